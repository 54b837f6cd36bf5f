"""b178 gaming pairs, part c (kinds 11-15, two each)."""
from common import c, gpair, t

PAIRS = []

o = c("Hiya. I've been a member here six years and I've just seen you're giving new people half price for three months. What do I get?", None)
PAIRS.append(gpair("b178g_leisureclub_brighton_loyalty", "Leisure club, Brighton UK (front desk)", "ignored_customer",
 "A six-year member feels taken for granted by a new-joiner offer.",
 [o, t("Fair question, and six years is a long time. What would feel fair to you?"),
 c("I'm not expecting half price. But I pay 45 and the new lot pay 22. It feels like loyalty counts for nothing.", None),
 t("So it's less the money, more that six years isn't recognised. I can't give the joiner rate, but I can move you to our loyalty rate, 38, with a free guest pass each month. Fairer?"),
 c("38 would help. I'll take it, but honestly it shouldn't have taken me asking.", None),
 t("You're right, it shouldn't. I'll tell the manager that too. Done from next month."),
 c("Okay. Thanks for being straight with me.", None)],
 [o, t("Great question! What does being a valued member mean to you?"),
 c("Not paying double what new people pay. I've been here six years.", None),
 t("Love that. And what do you enjoy most about the club?"),
 c("The pool, I suppose. But I'm asking about the price. Can I get the new rate or something like it?", None),
 t("Amazing, the pool is so popular. Have you tried our new reformer classes? Only 10 extra per class."),
 c("I don't want classes, I want a fair price. I'll cancel and rejoin as new, then.", "no_need")]))

o = c("Hi, I wanted to book a massage. I'm twenty-two weeks pregnant, so I just want to check that's okay?", None)
PAIRS.append(gpair("b178g_spa_goldcoast_pregnant", "Day spa, Gold Coast AU (phone booking)", "ignored_customer",
 "A pregnant woman with back pain calls to book a massage.",
 [o, t("Congratulations! Yes, we do pregnancy massage. How have you been feeling, any back or hip pain?"),
 c("Lower back, and my feet swell by the afternoon. My midwife's fine with massage.", None),
 t("So lower back and swollen feet, midwife's happy. Ours is side-lying with cushions, and Hannah's trained in it. 60 minutes is 115. A morning might beat the swelling. Does that suit?"),
 c("Mornings are hard with work. Could you do a Saturday?", "no_time"),
 t("Saturday at 9 with Hannah is free. I'll note lower back and feet."),
 c("Lovely, book it.", None)],
 [o, t("Of course! What kind of massage are you after today?"),
 c("Something for my lower back. And like I said I'm pregnant, twenty-two weeks.", None),
 t("Perfect, our signature deep tissue with hot stones is great for backs, 140 for 75 minutes."),
 c("Is hot stone okay when you're pregnant? I thought you weren't meant to get hot.", None),
 t("Great question! It's our bestseller. Morning or afternoon?"),
 c("You haven't answered me. I'll find somewhere that actually does pregnancy massage.", None)]))

o = c("Calling to book physical therapy. Got a referral after my hip replacement.", None)
PAIRS.append(gpair("b178g_pt_seattle_hip", "Physical therapy clinic, Seattle US (phone)", "repeated_questions",
 "A terse older man books rehab after a hip replacement.",
 [o, t("Glad you're through the surgery. When was it, and what does the referral ask for?"),
 c("Three weeks ago. Twice a week for six weeks, it says.", None),
 t("Twice a week for six weeks. Can you drive yet, or will someone bring you?"),
 c("Wife drives. She works afternoons, so mornings.", None),
 t("Then Tuesday and Friday at 9, same therapist each time. Bring the referral and your Medicare card."),
 c("Not Fridays. Friday's my VA appointment every week.", "no_time"),
 t("Tuesday and Thursday at 9, then. Same therapist."),
 c("Fine. Tuesday then.", None)],
 [o, t("Sure! So tell me, what brings you to physical therapy today?"),
 c("Hip replacement. Three weeks ago. I've got a referral.", None),
 t("Great. And what are you hoping to get out of therapy with us?"),
 c("Walking properly. It's on the referral. Twice a week, six weeks.", None),
 t("Got it. So just so I understand, what's the main reason you're reaching out today?"),
 c("I've told you twice. Hip. I'll call the hospital's own clinic.", None)]))

o = c("Hiya!! I'm getting married in June and looking for someone to do my hair and my two bridesmaids, do you do trials? x", None)
PAIRS.append(gpair("b178g_salon_cardiff_bridal", "Hair salon, Cardiff UK (Instagram DM)", "repeated_questions",
 "A bride asks about wedding hair for herself and two bridesmaids.",
 [o, t("Congratulations! Yes, we do trials. What date, and where's the wedding? We'd come to you on the morning."),
 c("14th June, hotel in Penarth. I'm thinking a low bun but open to ideas! x", None),
 t("We're free on the 14th. Low bun for you, and for the bridesmaids, the same or something simpler?"),
 c("Simpler, maybe half up? Budget's about 300 for all three, is that doable x", None),
 t("Doable: bridal 150 with the trial, bridesmaids 70 each, no travel charge to Penarth. Shall I send trial dates in April?"),
 c("Yes please!! Amazing x", None)],
 [o, t("Congrats lovely! So what are you looking for on your big day?"),
 c("Low bun for me, half up for the two bridesmaids. 14th June, Penarth x", None),
 t("Gorgeous! And tell me a bit about your vision for the wedding hair?"),
 c("Like I said, low bun for me, half up for them! Budget about 300 x", None),
 t("Love it! So what kind of look are you going for on the day? x"),
 c("Are you reading my messages?? I'll try somewhere else, thanks", None)]))

o = c("Hey, I need to cancel my membership. I got laid off last week and I just can't swing 59 a month right now.", "no_money")
PAIRS.append(gpair("b178g_gym_atlanta_cancel", "Gym, Atlanta US (front desk)", "wrong_paraphrase",
 "A member who lost his job asks to cancel.",
 [o, t("Sorry about the job, that's rough. I can cancel today. Would a freeze help, or fully closed?"),
 c("How much is a freeze?", None),
 t("Ten a month, up to six months, same rate when you're back. But if every dollar counts, cancelling is fine, no fee."),
 c("Ten is still ten. Just cancel it.", "no_money"),
 t("Done, no charges after today. Back within a year, no joining fee. Good luck with the search."),
 c("Thanks, appreciate you not making it hard.", None)],
 [o, t("Sorry to hear that. So what I'm hearing is you want to keep training but on a plan that works better for you, right?"),
 c("No, I said cancel. I don't have a job.", "no_money"),
 t("Got it, so the gym's really important to you in a stressful time, and you'd like to look at the 39 plan?"),
 c("I didn't say that. I don't want any plan.", "no_need"),
 t("Absolutely. So just to confirm, you'd like to pause the cancellation and think it over for a week?"),
 c("Oh my god. Is there a manager?", None)]))

o = c("Hi, my GP's told me I'm pre-diabetic and I should see a dietitian. I'm not really after a diet as such.", None)
PAIRS.append(gpair("b178g_dietitian_hobart_prediabetes", "Dietitian and weight-loss clinic, Hobart AU (phone)", "wrong_paraphrase",
 "A hospital shift worker referred for pre-diabetes calls.",
 [o, t("Thanks for calling. So managing the pre-diabetes, not a diet. What did your GP say about your results?"),
 c("Sugar's a bit high. She did a care plan referral, so some visits are covered?", None),
 t("Yes, a care plan usually covers part of up to five visits. What would you want from the dietitian?"),
 c("Knowing what to eat. I do shifts at the hospital, so my meals are all over the place.", None),
 t("So eating around shift work, to bring the sugar down. She sees lots of shift workers. First visit 60 minutes, about 40 out of pocket with the plan. Book?"),
 c("Yeah, go on. Afternoons are best.", None)],
 [o, t("Great! So what I'm hearing is you want to lose weight fast before it turns into diabetes, is that right?"),
 c("No, I didn't say anything about weight. I want to know what to eat.", None),
 t("Totally, so you're after a meal replacement plan to reset your body. Our 8-week shake program is 349."),
 c("Shakes? No. I did shakes before, they made me feel awful.", "bad_experience"),
 t("So you're ready to commit to shakes this time but want more support. We can add coaching calls."),
 c("That's the opposite of what I said. I'll go through my GP.", None)]))

o = c("Hi, I was in on Friday for highlights and my hair is snapping off. There's bits in the shower. I'm really upset.", None)
PAIRS.append(gpair("b178g_salon_london_breakage", "Hair salon, London UK (phone)", "pitch_to_upset",
 "A tearful client's hair is breaking after bleach highlights.",
 [o, t("Oh no, I'm so sorry. That sounds really distressing. Where is it breaking, roots or ends?"),
 c("Round the front, near my face. It feels like straw when it's wet.", None),
 t("Near your face, straw-like when wet. That sounds like the bleach was too strong there. No heat styling, please. Could our senior colourist see you tomorrow, free, and we refund Friday?"),
 c("I don't really want to sit in the same chair again, honestly.", "bad_experience"),
 t("Completely understandable. It'd be Priya, in the private room, and nothing gets done unless you agree."),
 c("Okay. Tomorrow morning, then.", None)],
 [o, t("I'm so sorry to hear that. What I'd recommend is our Olaplex rebuild treatment, amazing for damaged hair, 65 a session."),
 c("I'm not paying more! It's your bleach that did this.", "no_need"),
 t("I completely understand how you feel. Most clients do a course of three, 180, and add the take-home bond mask, 30."),
 c("Are you actually selling me something right now? I'm in tears here.", None),
 t("I hear you. The course really is the best way back on track, shall I book the first one?"),
 c("I want to speak to the owner.", None)]))

o = c("Hi. I need to cancel my classes for a while. My husband passed away on Sunday.", None)
PAIRS.append(gpair("b178g_pilates_portland_bereaved", "Pilates and yoga studio, Portland US (phone)", "pitch_to_upset",
 "A widowed member calls to stop her class pack.",
 [o, t("I'm so sorry for your loss. Please don't worry about anything here. I'll freeze your pack now, no end date. Anything else I can do?"),
 c("Thank you. I don't know when I'll be back. Maybe never, I don't know.", None),
 t("That's completely fine. The classes won't expire, and you don't need to call us. If you'd rather have a refund, just say."),
 c("That's kind. He used to drop me off here on Saturdays.", None),
 t("That's a lovely thing to remember. Take care of yourself. We're here whenever, or never, and that's okay."),
 c("Thank you. Bye for now.", None)],
 [o, t("I'm so sorry for your loss. Lots of members find yoga really helps with grief. Have you thought about our restorative series? Six weeks, 180."),
 c("I... no. I just need to cancel for now.", "no_need"),
 t("Totally understand. The hardest thing is to stop moving. We also have grief meditation on Thursdays, 20 for members."),
 c("I can't think about this right now.", "no_time"),
 t("Of course. Just so you know, a freeze is 15 a month, so it might make more sense to keep coming?"),
 c("Please just cancel it.", "no_need")]))

o = c("Someone's broken into my locker. My phone and wallet are gone. It was locked, I'm sure of it.", None)
PAIRS.append(gpair("b178g_gym_melbourne_locker", "Gym, Melbourne AU (front desk)", "blame",
 "A member's locker is broken into during a class.",
 [o, t("I'm really sorry, that's awful. Let's sort it now. Which locker, and roughly when did you put your things in?"),
 c("Forty-two. About six, I've been in class an hour.", None),
 t("Forty-two, about six. The manager will pull the corridor CCTV and I'll write an incident report for the police and your insurer. Want our phone to cancel your cards?"),
 c("Yes please. God, this is such a hassle.", None),
 t("Here you go. I'll print the report while you call. We'll ring you tomorrow with what the footage shows."),
 c("Okay. Thanks for taking it seriously.", None)],
 [o, t("That's terrible. Just so I understand, did you actually lock it, or just close it? Lots of members think they've locked it."),
 c("I locked it. I've used the same locker for a year.", None),
 t("Right. And you brought valuables even though the signs say not to? They're everywhere."),
 c("Where else am I meant to put my phone? So you're not doing anything?", None),
 t("I hear you. I'll take your details, but honestly, that's why we say use a padlock, not the built-in lock."),
 c("Unbelievable. I'm calling the police and cancelling.", None)]))

o = c("Hi. I had acrylics here two weeks ago and my fingers are swollen and itchy round the nails. The GP thinks it's an allergy.", None)
PAIRS.append(gpair("b178g_nailbar_leicester_allergy", "Nail bar, Leicester UK (walk-in)", "blame",
 "A client with a suspected acrylic allergy comes back to the salon.",
 [o, t("I'm so sorry. Let's take them off today so they're not touching your skin. Did the GP say what you're reacting to?"),
 c("Probably the acrylic, something called methacrylate. I've never had this before.", None),
 t("That fits, reactions can start even after years. We'll soak them off, no charge, and I'll write down our products for your GP. I'd avoid acrylics and gels now."),
 c("So I can't have my nails done at all? That's gutting.", None),
 t("Normal polish is a different chemistry. We'd try one nail first if you like. Shall we take them off now?"),
 c("Yes, please. Now.", None)],
 [o, t("Oh no. Did you pick at them, though? Lots of clients pick and that causes irritation."),
 c("No, I didn't pick them. My GP says it's an allergy.", None),
 t("Hmm, nobody's reacted before, so it's probably something at home. What hand cream do you use?"),
 c("The same one for years. Are you saying it's my fault?", None),
 t("I'm just saying our products are professional grade. You can book a removal if you want, it's 20."),
 c("Pay you 20 to take off what gave me an allergy? No chance.", "too_expensive")]))
