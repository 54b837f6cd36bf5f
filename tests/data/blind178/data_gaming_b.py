"""b178 gaming pairs, part b (kinds 6-10, two each)."""
from common import c, gpair, t

PAIRS = []

o = c("G'day. I got my hair cut here yesterday and the fade's uneven, look, the left side's way higher.", None)
PAIRS.append(gpair("b178g_barber_sydney_fade", "Barber shop, Sydney AU (walk-in)", "putdown_question",
 "A four-year regular comes back the day after an uneven fade.",
 [o, t("Sorry mate, let's have a look. Yeah, I can see it. Who cut it, and what did you ask for?"),
 c("Young bloke, Jayden I think. Low fade, number one. This is basically a mid on one side.", None),
 t("So you wanted low and the left came out mid. I can't put hair back, but I can bring the right up to match and blend it so it looks intended. No charge. That work?"),
 c("It'll be higher than I wanted, though.", None),
 t("It will, for about two weeks. Or we leave it, I fix it free once it's grown, and you get your 40 back today. Your call."),
 c("Fix it now, I've got a wedding Saturday. Cheers.", None)],
 [o, t("Hmm, are you sure it's uneven, or is it just a funny light? What exactly did you ask for?"),
 c("A low fade. And no, it's not the light, the left is clearly higher.", None),
 t("Right. And did you maybe move your head? A lot of blokes can't sit still, what happened?"),
 c("I sat still. I've been coming here four years.", None),
 t("Fair enough. So what would you like, seeing as fades always look a bit off the first day?"),
 c("My money back. I'll go somewhere else.", None)]))

o = c("Hi, I had the glow facial at your spa Saturday and my face has been red and itchy since. Like, bumpy. I'm kind of freaking out.", None)
PAIRS.append(gpair("b178g_spa_scottsdale_reaction", "Resort spa, Scottsdale US (phone)", "putdown_question",
 "A client calls about a rash two days after a facial.",
 [o, t("I'm so sorry, that sounds really uncomfortable. Is it getting worse, and any swelling round your eyes or lips?"),
 c("No swelling. About the same as yesterday. Mostly cheeks and chin.", None),
 t("Okay, same as yesterday, cheeks and chin, no swelling. If it spreads or swells, urgent care today please. I'll pull the product list so you can show a doctor. Can I call you back within the hour?"),
 c("Yes please. Am I going to have to pay for a doctor because of this?", None),
 t("Send us the bill and we'll refund the facial too. Our lead esthetician will call you at two with the list."),
 c("Okay. Thank you, that really helps.", None)],
 [o, t("Oh no! Well, did you use something at home afterwards? A lot of clients ignore the aftercare, what exactly did you put on?"),
 c("Nothing! Just the moisturizer I've used for years.", None),
 t("Hmm, and do you have really sensitive skin? Most people are fine with that facial. Are you sure it's not just a breakout?"),
 c("It's not a breakout. It's a rash. I want to know what was in the products.", None),
 t("I hear you. So how would you describe your skin-care routine, since that's usually where these things start?"),
 c("Forget it. I'm calling my dermatologist and leaving a review.", None)]))

o = c("Hi, I need to freeze my membership. I broke my ankle, I'm in a boot for eight weeks.", None)
PAIRS.append(gpair("b178g_gym_bristol_freeze", "Gym chain, Bristol UK (front desk)", "not_my_department_or_read_the_terms",
 "A member on crutches asks to freeze her membership.",
 [o, t("Ouch, I'm sorry. We can sort that. Have you got anything showing the injury, a letter or note?"),
 c("The discharge letter from A and E, on my phone.", None),
 t("Perfect. Medical freezes are free for up to three months with that. Restart in eight weeks, or only when you tell us?"),
 c("When I tell you, I think. Physio might take longer.", None),
 t("Sensible. Open-ended, with a reminder email in eight weeks. No charge from this month."),
 c("Great, that was easy. Thanks.", None)],
 [o, t("Oh, I totally hear you, and I want you to have a great experience. But freezes are head office, not really my department."),
 c("Can you not just do it on the system? I'm paying 42 a month and I can't walk.", None),
 t("I understand how you feel. It's all in the terms you agreed when you joined, section nine, it's on the app."),
 c("I've got a broken ankle, I'm not reading section nine. Who do I speak to?", None),
 t("I didn't make the rules, sorry! Is there anything else I can help you with today?"),
 c("Yes. Cancelling. Where's the form for that?", None)]))

o = c("hi i cancelled my free trial on the 3rd and ive still been charged 89 dollars can someone fix this", None)
PAIRS.append(gpair("b178g_dietapp_perth_charge", "Weight-loss app, Perth AU (web chat)", "not_my_department_or_read_the_terms",
 "A user was charged after cancelling a free trial.",
 [o, t("Hi, sorry about that, I'll look now. Is it the same email as this chat?"),
 c("yes. jess moretti", None),
 t("Thanks Jess. Your cancel on the 3rd didn't go through because the app crashed at the last step. That's on us. I've cancelled it and refunded the 89, 3-5 business days."),
 c("ok good. do i need to do anything", None),
 t("Nothing. I'll email the refund confirmation now so you have it in writing."),
 c("thanks appreciate it", None)],
 [o, t("Hi there! I understand your frustration and I want this to be a positive experience. Unfortunately billing is a different team, I cant see payments."),
 c("ok so who can. i want my 89 back", None),
 t("I hear you! Just so you know, the terms say cancel 48 hours before the trial ends, have you read them?"),
 c("i cancelled 5 days before it ended. i have the screenshot", None),
 t("Thanks for sharing! I cant do refunds myself, you could email billing, usually back in 10 working days. Anything else?"),
 c("10 days?? no. im disputing it with my bank", None)]))

o = c("Hi, do you have classes for total beginners? I'm not flexible at all, like I can't touch my toes.", None)
PAIRS.append(gpair("b178g_yoga_brooklyn_walkin", "Yoga studio, Brooklyn US (walk-in)", "social_proof_or_deadline_pressure",
 "A stressed new-job starter asks about beginner yoga.",
 [o, t("We do, and most people who start can't touch their toes. What's drawing you to yoga?"),
 c("Stress, mostly. New job and I'm not sleeping great.", None),
 t("So stress and sleep, more than flexibility. Then slow flow and yin would suit you better than power. Do evenings work?"),
 c("After seven, yeah. How much are they?", None),
 t("Drop-ins are 25, or an intro week is 30, unlimited for seven days. Try the week and see which helps you sleep?"),
 c("The intro week sounds good. I'll start Monday.", None)],
 [o, t("Totally! Honestly, everyone on this block does yoga here now, we're top-rated in Brooklyn. What's bringing you in?"),
 c("Stress, I guess. New job, not sleeping.", None),
 t("I hear you. The founding membership is 149 a month, it goes to 189 at midnight, and there are three spots left. Most beginners grab it day one."),
 c("I haven't even taken a class yet. And 149 a month is a lot for me right now.", "no_money"),
 t("I get it, but people who wait always regret it. Your neighbors are all locked in. Shall I hold one of the last three?"),
 c("I need to try a class before I decide anything. I'll think about it.", "think_it_over")]))

o = c("hiya, does your laser work on darker skin? im south asian and ive heard it can burn", None)
PAIRS.append(gpair("b178g_laser_birmingham_dm", "Laser clinic, Birmingham UK (Instagram DM)", "social_proof_or_deadline_pressure",
 "A woman asks whether laser hair removal is safe for her skin.",
 [o, t("Hi! Good question. We use an Nd:YAG laser, the type that's safer on darker skin. Which areas?"),
 c("underarms and upper lip. ive threaded my lip for years and im sick of it", None),
 t("So underarms and lip, no more threading. We'd patch test free and wait 48 hours to check your skin. Want to book that?"),
 c("yes but how much is a course? dont want a shock after", None),
 t("Both areas are 65 a session, usually 6-8. No course up front, pay as you go."),
 c("ok thats reasonable. can i do the patch test saturday", None)],
 [o, t("Hi babe! 100%, literally all our clients are south asian girls and everyone is obsessed with their results. Which areas?"),
 c("underarms and upper lip. but is it safe? my cousin got burned at another place", "bad_experience"),
 t("Our reviews speak for themselves, 4.9 stars! Full body package 399 not 799 but it ends midnight, 2 slots left"),
 c("i havent even had a patch test. i dont need a full body package", "no_need"),
 t("Totally get it hun! But everyone who waits pays double. Want me to lock it in before its gone?"),
 c("no im good thanks", "brush_off")]))

o = c("Hi, um, I've been getting tension headaches, and my coworker said deep tissue massage helped her. Do you do that?", None)
PAIRS.append(gpair("b178g_massage_chicago_headache", "Massage clinic, Chicago US (phone)", "keyword_stuffed",
 "A laptop worker with tension headaches asks about deep tissue massage.",
 [o, t("We do. Can you tell me about the headaches, where and how often?"),
 c("Back of the head and neck, three times a week. Laptop all day. My doctor said it's muscular.", None),
 t("Good that it's been checked. Neck and back of the head, laptop work. Deep tissue on neck and shoulders can help, though you may be sore for a day. Okay?"),
 c("Sore's fine if it helps. Do you take HSA cards?", None),
 t("We do. 60 minutes is 110, and the therapist will show you two desk stretches. Weekday or weekend?"),
 c("Saturday morning if you have it.", None)],
 [o, t("Absolutely, and I really want to understand your needs and make your experience with us a success. How do you feel about your wellness journey?"),
 c("Uh, not great? The headaches are like three times a week.", None),
 t("I totally understand, I feel that. Our client relationships matter so much, we really focus on your needs and your success. What does success feel like for you?"),
 c("Not having a headache? Sorry, do you do deep tissue or not, and what does it cost?", None),
 t("Great question, I hear you. Our holistic experience is personalized to your unique needs, so we'd love to understand you better first. How do you feel about that?"),
 c("I feel like calling somewhere else. Bye.", None)]))

o = c("Hey Mick. Look, I've got to say it. You've been late three of the last five sessions and I'm still paying full whack.", None)
PAIRS.append(gpair("b178g_pt_adelaide_late", "Personal trainer, Adelaide AU (in the gym)", "keyword_stuffed",
 "A long-standing client confronts her trainer about lateness.",
 [o, t("You're right, and I'm sorry. Three of five is on me. How has it affected you?"),
 c("I lose ten minutes every time, and I've rearranged my mornings for this. Feels like I'm an afterthought now you've got more clients.", None),
 t("That's fair. I'll credit the three late sessions, and move you to 6am, my first of the day, so nothing runs over. Would that work?"),
 c("6am's too early for me. I'd rather keep 7.30 if you can actually be on time.", "no_time"),
 t("Then 7.30 stays, and if I'm ever late again, that session's free. Texting you the credit now."),
 c("Alright. Fair enough, mate. See you Thursday.", None)],
 [o, t("I hear you, and I really value our relationship. Your experience and your success are my number one need. How are you feeling about the journey?"),
 c("I just told you how I feel. I'm paying for sessions you're late to.", None),
 t("Absolutely, I understand, I feel that. Honest communication is the foundation of our relationship and I want to meet your needs. What does a successful partnership look like to you?"),
 c("You turning up on time. Am I getting a credit or not?", None),
 t("Great question. I really want to understand your expectations so we can create a great experience together. Can we explore that next session?"),
 c("No. I'm done, I'll find another trainer.", None)]))

o = c("Hi there. I'm looking for someone who can actually cut curly hair. The last place brushed it out dry and I looked like a triangle.", "bad_experience")
PAIRS.append(gpair("b178g_salon_edinburgh_curls", "Hair salon, Edinburgh UK (phone)", "rude",
 "A curly-haired woman burned by another salon asks who can cut curls.",
 [o, t("Oh no, that's exactly what not to do with curls. How tight are they, and how long is it now?"),
 c("Tight-ish ringlets, shoulder length. I'd like to keep the length but get some shape back.", None),
 t("Keep the length, bring back the shape. Aileen cuts curls dry, curl by curl, which suits you. 75 for a curl cut. Roughly what you expected?"),
 c("Bit more than I usually pay, but if she knows curls, it's worth it.", None),
 t("Great. Come with it dry, no product. She has Tuesday at 11 or Friday at 3."),
 c("Friday at 3, please.", None)],
 [o, t("Yep, we do curly. What do you want?"),
 c("Well, I wanted to ask who's good with curls, because last time...", None),
 t("Look, all our stylists cut curly hair, it's not rocket science. Appointment or not?"),
 c("I'd like to know a bit more first. Do they cut it wet or dry?", None),
 t("It's a haircut. If you want a lecture on curls, go to a specialist and pay double."),
 c("Maybe I will. Thanks for nothing.", None)]))

o = c("Hi! Sorry, I've never done this, I'm just curious about Botox for my forehead lines. Is it, like, safe? Does it hurt?", None)
PAIRS.append(gpair("b178g_medspa_miami_botox", "Med-spa, Miami US (front desk)", "rude",
 "A nervous first-timer, a teacher, walks in with questions about Botox.",
 [o, t("Totally normal to ask. It's tiny pinpricks, most people say a pinch. What's bothering you about the lines?"),
 c("I'm a teacher and I look angry in photos. I don't want to look frozen, though.", None),
 t("So less stern, not frozen. That's about dose. Our injector can go light and add at the two-week check. Would a free consult help?"),
 c("Maybe. Honestly I'm kind of just browsing today. How much, roughly? I've seen prices all over the place.", "brush_off"),
 t("Usually 12 to 15 a unit, and a light forehead is 10 to 15 units. Exact number at the consult, no obligation."),
 c("Okay, less than I thought. Let's book the consult.", None)],
 [o, t("It's FDA approved, so yes. We do forty a day. Are you booking or just asking questions?"),
 c("Um, I just wanted to know, do people look frozen after?", None),
 t("Only if you ask for frozen. It's really not a big deal. Booking or not? I've got a line."),
 c("There's nobody behind me. And how much is it?", None),
 t("It's on the website. If you're this nervous, maybe Botox isn't for you."),
 c("Maybe this place isn't for me. Bye.", None)]))
