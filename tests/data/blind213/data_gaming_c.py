"""Gaming pairs c (b213): patient-facing healthcare in Australia, the UK and the US. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question -- Canberra physiotherapy
_open = c("Hi. Did my back in on the weekend moving my daughter into her uni place. Same thing happened two years ago, to be honest.", None)
PAIRS.append(gpair(
    "b213g_canberra_physio_back", "physiotherapy clinic, Canberra, Australia", "putdown_question",
    "A 44-year-old public servant has low back pain after moving furniture; he stopped his home exercises "
    "after the last episode and his extras cover is nearly used.",
    good=[
        _open,
        t("Ouch, sorry to hear it. What helped last time, and what's it stopping you doing now?"),
        c("Physio sorted it in a few weeks. I got given exercises and, look, I'll be honest, I stopped after about a week. Now I can't sit at my desk more than twenty minutes.", None),
        t("Thanks for being straight, most people stop once it feels better. So the desk is the hardest thing right now. Let's assess you today, get you moving, and this time keep the home program to three exercises that fit a workday, so it's realistic. Would that work?"),
        c("Three I can probably manage. I can't afford heaps of sessions though, my extras are nearly gone.", "no_money"),
        t("Understood. Most backs like yours settle in two or three sessions if you keep moving. At the end of today I'll tell you whether you need to come back at all, and what your remaining extras will cover."),
        c("Fair enough. Let's do it.", None),
    ],
    gaming=[
        _open,
        t("Ah, the old furniture back. Let me guess, you didn't do a single one of your exercises last time, did you?"),
        c("I... did some. For about a week. Now I can't sit at my desk more than twenty minutes.", None),
        t("Twenty minutes, right. So what exactly did you think would happen when you stopped? You know this is a bit self-inflicted, don't you?"),
        c("I came in for help, not a lecture. How many sessions are we talking? My extras are nearly gone.", None),
        t("Well, that depends on whether you're actually going to do the homework this time. Are you going to be one of those patients who's back here every two years?"),
        c("Mate, I'll find a physio who doesn't talk down to me.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- Birmingham pharmacy
_open = c("Hello, I come for my prescription, amlodipine. The app said the surgery sent it on Monday. I have only two tablets left.", None)
PAIRS.append(gpair(
    "b213g_birmingham_pharmacy_backorder", "community pharmacy, Birmingham, UK", "not_my_department_or_read_the_terms",
    "A 58-year-old Polish-born bus driver's repeat blood-pressure prescription isn't ready because of a stock "
    "shortage; he has two tablets left and works late shifts.",
    good=[
        _open,
        t("Let me check for you. Can I have your name and date of birth?"),
        c("Tomasz Nowak, third of August sixty-six.", None),
        t("Thanks, Mr Nowak. The surgery did send it, but the amlodipine is on back-order from our wholesaler, that's why it isn't ready, and I'm sorry nobody told you. Our Erdington branch may have it in today."),
        c("I finish my shift at ten at night. Erdington is not on my way.", "no_time"),
        t("Understood. Then I'll ask them to send it over on our afternoon van, it'll be here by four tomorrow. And since you've only two left, I can give you a few days' emergency supply of the same tablet from a different maker, so you're not without. Is that alright?"),
        c("Different maker is same medicine? Last time they give me different one I had headaches.", "bad_experience"),
        t("Same medicine and same strength, but some people do notice a difference. I'll note the headaches on your record and we'll keep you on your usual maker once the stock arrives. For two days it should be fine, and if you get a headache, come and tell me."),
        c("Okay. Thank you, you are very helpful.", None),
    ],
    gaming=[
        _open,
        t("Let me see... yeah, it's not ready, it's on back-order. That's the wholesaler, not really something we control here."),
        c("But I have only two tablets. What I do?", None),
        t("I understand how you feel. Honestly, the best thing is to ring the surgery, they issued it, so supply issues are really their department. They can change it to something else."),
        c("The surgery say call pharmacy. Pharmacy say call surgery. I drive a bus, I cannot be on the phone all day.", None),
        t("I hear you, it's frustrating. We can't guarantee stock, it's in the terms on that leaflet there. I didn't make the rules. Was there anything else I can help with today?"),
        c("Yes. You can help me not run out of my tablets. This is your job, no?", None),
        t("Well, you could try another pharmacy, but that's up to you. Have a good day."),
        c("Unbelievable. I want to speak with the pharmacist, not you.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Los Angeles laser eye centre
_open = c("hi, yeah, I'm here for the free consult? I'm kind of on the fence about LASIK, honestly.", None)
PAIRS.append(gpair(
    "b213g_losangeles_lasik_consult", "laser eye surgery centre, Los Angeles, California, US", "social_proof_or_deadline_pressure",
    "A 36-year-old freelance video editor with dry eyes comes for a free LASIK consultation; a friend sees "
    "halos at night after her surgery.",
    good=[
        _open,
        t("That's a good place to be for a consult, nothing gets decided today. What's making you think about it, and what's making you hesitate?"),
        c("I'm tired of contacts, my eyes get super dry when I'm editing all day. But my friend got it done and she sees halos around lights at night now. That freaks me out.", "bad_experience"),
        t("Both of those really matter. Dry eyes can get worse after LASIK for a while, and halos do happen for some people. So before anyone talks surgery, we measure your corneas and your tear film. If your eyes are too dry, the surgeon may say LASIK isn't right for you and suggest a different procedure, or nothing."),
        c("Oh. Okay. I kind of assumed you'd say yes to everyone.", None),
        t("No, and don't trust anyone who does. If you're a candidate you'll get a written quote and the surgeon's halo and dry-eye numbers for eyes like yours. Take it home and think about it. The price doesn't change if you wait."),
        c("It's like four grand, right? I'm freelance, that's a lot at once.", "no_money"),
        t("Around that for both eyes here. Some people use an HSA or a payment plan, but don't decide on money first, decide on whether your eyes are suitable. Shall we start the measurements?"),
        c("Yeah. Let's see what my eyes say.", None),
    ],
    gaming=[
        _open,
        t("Awesome! So what's making you think about LASIK today?"),
        c("I'm tired of contacts, my eyes get super dry when I'm editing all day. But my friend got it and she sees halos at night now. That freaks me out.", "bad_experience"),
        t("Totally hear you. Honestly, we did over two thousand eyes last year and our patients love it, like half the editors in Burbank have been through here. And the consult special takes eight hundred off, but only if you book surgery before the end of the month."),
        c("End of the month? That's like nine days. I can't take time off for surgery that fast, I've got a delivery due.", "no_time"),
        t("Most people find a way! And the surgeon's calendar is filling fast, I've only got two Saturdays left this month. Everyone says their only regret is not doing it sooner."),
        c("My friend's only regret is the halos. I need to actually think about this.", "think_it_over"),
        t("Totally, but honestly the price won't be this good again. Can I at least put a two-hundred-dollar deposit on one of the Saturdays? It's fully refundable-ish."),
        c("Refundable-ish. Okay, I'm going to go.", None),
    ],
))

# 9. keyword_stuffed -- Hobart family dental clinic (phone)
_open = c("Hi, yeah, I want to book my daughter in for her first check-up. She's three. Bit of a tricky one though, she's terrified of anyone in a uniform after a few hospital stays last year.", None)
PAIRS.append(gpair(
    "b213g_hobart_dental_first_visit", "family dental clinic, Hobart, Tasmania, Australia", "keyword_stuffed",
    "A father phones to book his three-year-old's first dental check; she is frightened of clinicians after "
    "several hospital stays.",
    good=[
        _open,
        t("Thanks for telling me that upfront, it really helps. What calms her down in those situations?"),
        c("Her bunny. And if she can sit on my lap she's usually okay. If someone comes at her with a light, forget it.", None),
        t("Okay, the bunny, your lap, and no sudden lights. For a first visit at three we do a 'happy visit': she rides the chair, the dentist counts her teeth while she's on your lap, and if she won't open up that day, that's fine, we try again. Dr Lee doesn't wear a white coat for little ones either."),
        c("That sounds alright. Is it covered? She's on the Child Dental Benefits thing, I think.", None),
        t("If she's eligible, yes, it's bulk-billed, so no cost to you. Mornings are usually best for three-year-olds, before they get tired. Would a Tuesday or a Friday morning work?"),
        c("I work Tuesdays. Friday at nine?", None),
        t("Friday at nine it is. Bring the bunny, we'll give her a check-up too."),
    ],
    gaming=[
        _open,
        t("Absolutely! We really value understanding each family's unique needs and building a trusting relationship from the very first experience. How do you feel about your daughter's dental journey so far?"),
        c("Uh, there isn't one, she's three. She's scared of uniforms after some hospital stays.", None),
        t("I completely understand and I really feel where you're coming from. Your child's emotional needs are at the heart of everything we do, and our success is measured by the experience you both have. What would success look like for you?"),
        c("Her opening her mouth without screaming? Can you just tell me what you actually do with scared kids?", None),
        t("Great question. We pride ourselves on a holistic, needs-based, relationship-focused approach that really understands where each little patient is at emotionally. Does that resonate with you?"),
        c("Not really. Is there a dentist there who's good with kids or not? And what's it cost?", None),
        t("I hear you, and I totally understand your need for clarity. Every member of our team is deeply committed to understanding your needs. Is there anything else you'd like to share about how you're feeling?"),
        c("I'll ask at the kinder who they use. Cheers.", None),
    ],
))

# 10. rude -- Newcastle hearing centre (phone)
_open = c("Hello? Is that the hearing place? I'm nearly out of me batteries, pet, and I can't get into town this week with me hip.", None)
PAIRS.append(gpair(
    "b213g_newcastle_hearing_batteries", "NHS-contracted hearing centre, Newcastle upon Tyne, UK", "rude",
    "An 83-year-old woman with a bad hip phones because she is nearly out of hearing-aid batteries; she "
    "struggles to hear on the phone.",
    good=[
        _open,
        t("Yes, this is the hearing centre. No problem, we can post some out to you. Can I take your name and postcode?"),
        c("Sorry, pet, you'll have to speak up, I've only got the one aid in.", None),
        t("Of course. CAN I HAVE YOUR NAME, AND YOUR POSTCODE, PLEASE?"),
        c("Oh, that's better. Margaret Hall, NE6... I've got it written down somewhere. Hang on.", None),
        t("Take your time, Mrs Hall. I've found you. The 312 size, brown packet? I'll post six packs today, they're free with your NHS aids. They should come Thursday or Friday."),
        c("Eeh, you're a star. Will they fit through me letterbox? Only I can't get to the door quick.", None),
        t("They come in a padded envelope that fits through the letterbox. And whenever you're running low, just ring and we'll send more, no need to come in."),
        c("Thank you, pet. God bless.", None),
    ],
    gaming=[
        _open,
        t("Yep. Name?"),
        c("Sorry, pet, you'll have to speak up, I've only got the one aid in.", None),
        t("I SAID NAME. Honestly. Have you tried wearing both of them?"),
        c("There's no need to shout like that. Margaret Hall. I've not got many batteries left, that's the point.", None),
        t("Right, well, batteries are collected from the centre. Tuesdays and Thursdays. We're not a delivery service."),
        c("I can't get in this week, me hip's bad. Can you not post them?", "no_time"),
        t("Can't you get a neighbour to pop in? We've got people here who actually made the effort to come in, you know. Anything else?"),
        c("No. I'll ring me daughter, she'll sort you out.", None),
    ],
))

# 11. ignored_customer -- Boston dermatology web chat
_open = c("hi my hands are cracking and bleeding again, eczema, i need an appt but im allergic to the cream my last derm gave me (triamcinolone) so i dont want that again", None)
PAIRS.append(gpair(
    "b213g_boston_derm_chat_eczema", "private dermatology practice web chat, Boston, Massachusetts, US", "ignored_customer",
    "A 27-year-old lab technician on a student health plan types in about a hand-eczema flare; she is allergic "
    "to triamcinolone, can't leave the lab in the mornings and can't afford big copays.",
    good=[
        _open,
        t("Sorry to hear that, cracked and bleeding hands are really sore. I've noted the triamcinolone allergy so the doctor sees it before your visit. How long has this flare been going on, and is anything at work or home setting it off?"),
        c("about 3 weeks. im a lab tech, gloves all day, washing hands like 40 times", None),
        t("Thanks, that's useful, gloves and constant washing are common triggers. Dr Lin also does patch testing, so she can check whether it's the gloves themselves. What insurance do you have, so I can check coverage?"),
        c("student plan through the university. last derm charged me 90 copay and i cant really do that every month", "no_money"),
        t("Understood. I've checked your plan: your specialist copay with us is 35, and patch testing is covered after that. The first visit is just the consult, nothing else gets done without asking you. Earliest is Monday 8am or Wednesday 5:30pm."),
        c("wed 530 pls, cant leave the lab in the morning", None),
        t("Booked, Wednesday 5:30 with Dr Lin, allergy noted. Until then, plain petroleum jelly under cotton gloves at night can help the cracks."),
        c("ok thank u", None),
        t("You're welcome. You'll get a text reminder the day before. If the cracks turn red, hot or weepy before Wednesday, that can mean infection, so message us and we'll fit you in sooner."),
        c("will do. the vaseline thing actually sounds helpful lol", None),
    ],
    gaming=[
        _open,
        t("Hi! Thanks for reaching out. Can you tell me a bit about what's going on, and any allergies we should know about?"),
        c("like i said allergic to triamcinolone. hands cracking for 3 wks, im a lab tech, gloves all day", None),
        t("Great, thanks! And what insurance do you have?"),
        c("student plan. i cant do big copays, my last derm was 90 every visit", "no_money"),
        t("Perfect. So I've booked you for our Hand Renewal visit. Dr Lin will start you on a triamcinolone regimen plus our signature barrier cream kit. The kit is 120 and not covered by insurance. Does Monday 8am work?"),
        c("are you serious. i literally just said im allergic to triamcinolone. and i cant pay 120 for a kit", "no_money"),
        t("Thanks for the feedback! Anything else I can help with? Monday 8am is our only slot this week so I've gone ahead and held it for you."),
        c("cancel it. ill go to student health", None),
    ],
))

# 12. repeated_questions -- Nottingham private physiotherapy
_open = c("Morning. My shoulder's been stiff since Christmas, I can't hardly lift my arm to hang the washing out. GP said physio or an injection. Which one should I be doing?", None)
PAIRS.append(gpair(
    "b213g_nottingham_physio_shoulder", "private physiotherapy clinic, Nottingham, UK", "repeated_questions",
    "A 63-year-old Jamaican-British retired postman with a stiff, painful shoulder asks whether physio or the "
    "steroid injection his GP mentioned is the better choice.",
    good=[
        _open,
        t("Good question, and it depends a bit on what's going on. Is it more pain, or more stiffness, like it just won't go any further?"),
        c("Stiff mostly. Hurts at night if I roll on it. Can't reach the top shelf at all now.", None),
        t("So stiffness more than pain, night pain on that side, and since Christmas. That could be a frozen shoulder, but I'd need to examine it to be sure. With those, an injection can help the pain early on and physio helps the movement. Often it's both, not either."),
        c("I had an injection in my knee years back, didn't do nothing. I'm not mad keen.", "bad_experience"),
        t("That's fair, and it's your choice. Let me assess it today, and if it is frozen shoulder I'll give you exercises aimed at the washing line and the shelf. If the night pain stops you sleeping, you can go back to your GP about the injection later."),
        c("Alright. How much is today?", None),
        t("Fifty-five for the assessment, about forty minutes. I'll tell you at the end how many more you'd likely need, if any."),
        c("Go on then.", None),
    ],
    gaming=[
        _open,
        t("Of course. So, tell me, what seems to be the problem?"),
        c("My shoulder. Stiff since Christmas, can't lift my arm to hang the washing out. GP said physio or an injection.", None),
        t("Okay. And what would you say is the main issue you're having?"),
        c("The stiffness. Like I said. Can't reach the top shelf, hurts at night.", None),
        t("Right. And just so I understand, what's bringing you in to see us today?"),
        c("The shoulder, love. That's three times. Which is better, physio or the injection? I had an injection in my knee once and it did nothing.", "bad_experience"),
        t("Mm. And in terms of your shoulder, what would you say is bothering you most about it?"),
        c("Tell you what, love, just give me a leaflet and I'll have a read at home.", "brush_off"),
    ],
))

# 13. wrong_paraphrase -- Toowoomba pharmacy
_open = c("G'day. Doc says I've gotta check me blood pressure at home for a fortnight. Need one of them machines. Nothing flash.", None)
PAIRS.append(gpair(
    "b213g_toowoomba_pharmacy_bp_monitor", "community pharmacy, Toowoomba, Queensland, Australia", "wrong_paraphrase",
    "A 59-year-old cattle farmer who lives an hour out of town must record his blood pressure twice a day for "
    "two weeks; he has large arms and poor phone reception.",
    good=[
        _open,
        t("No worries. Has the doctor asked you to write the readings down or send them in? And are your arms on the bigger side? Cuff size matters."),
        c("Write 'em down, morning and night. And yeah, I've got arms like hams, shirts never fit.", None),
        t("Then you want a large cuff, otherwise it reads high. This is a large-cuff upper-arm model, validated, eighty-nine dollars. The wrist ones are sixty but less reliable, I wouldn't use one for what the doctor wants."),
        c("Eighty-nine for two weeks of use? Bit rich. Can I hire one?", "too_expensive"),
        t("Fair question. We don't hire them. Plenty of people keep using theirs, and if your numbers are up you'll likely be checking for a while. If it's only the fortnight, the community health centre sometimes lends them. Your call."),
        c("Nah, I'm an hour out, not driving in twice. I'll take it.", None),
        t("Good. Sit for five minutes first, feet flat, arm resting on the table, and take two readings each time. I'll show you how the cuff goes on now."),
        c("Righto.", None),
    ],
    gaming=[
        _open,
        t("No worries. What's the doctor asked you to do with it?"),
        c("Write the readings down morning and night for a fortnight. Just need something simple, I'm an hour out of town.", None),
        t("So what I'm hearing is you want one that connects to your phone and sends the readings to your GP automatically, is that right? That's our Bluetooth model, one forty-nine."),
        c("Nah mate, I said write 'em down. Pen and paper. Reception's rubbish out our way anyway.", "no_need"),
        t("Right, so you're saying you want something that'll last for years and track the whole family, which is this one, two users, one sixty-nine."),
        c("Never said that. It's just me. One sixty-nine for a fortnight? Pull the other one.", "too_expensive"),
        t("Okay, so to make sure I've got you right: you're after the premium model because you want the most accurate one. Shall I put it through?"),
        c("Just a basic one, mate. No? Chemist Warehouse'll have one for half that. See ya.", "too_expensive"),
    ],
))

# 14. pitch_to_upset -- Belfast private GP (phone)
_open = c("Hiya, I've just got a message on the app saying my smear result's abnormal and to contact the practice. I'm sitting in the car park at work shaking. What does it mean?", None)
PAIRS.append(gpair(
    "b213g_belfast_gp_smear_result", "private GP clinic, Belfast, Northern Ireland, UK", "pitch_to_upset",
    "A 39-year-old woman rings in a panic after the clinic app tells her that her smear result is abnormal; "
    "the GP is away until tomorrow.",
    good=[
        _open,
        t("Oh, I'm sorry, that's a horrible way to find out. Take a breath, you've done the right thing ringing. I'm not a clinician, so I can't read the result to you, but I can get you someone who can today. Can I take your date of birth?"),
        c("Fourteenth of February eighty-six. Is it cancer? Just tell me.", None),
        t("I understand you want an answer. What I can say is that 'abnormal' on a smear very often means changed cells or HPV, which is common, and it isn't a diagnosis of cancer. Dr McCann is off until tomorrow, but our nurse Siobhan can ring you within the hour and go through it properly. Would that help?"),
        c("Within the hour? I'm meant to be in a meeting at two.", "no_time"),
        t("If I mark it urgent she can ring before two, or any time you say. What number's best, and is it okay to leave a message?"),
        c("This number. Before two please. Sorry, I'm all over the place.", None),
        t("There's nothing to be sorry for. It's marked urgent, Siobhan will ring before two. If you haven't heard by half one, ring back and ask for Claire."),
        c("Thank you, Claire. Honestly.", None),
    ],
    gaming=[
        _open,
        t("Oh, don't worry, that happens a lot! How are you feeling about it?"),
        c("How do you think? I'm shaking. Is it cancer? Can someone tell me what it means?", None),
        t("I completely understand. The GP's away until tomorrow. But actually, this is a great time to mention our Women's Wellbeing Screen: HPV testing, a pelvic ultrasound and full bloods, two hundred and ninety-five, total peace of mind."),
        c("I don't want a package, I want someone to explain my result.", "no_need"),
        t("Absolutely, and the package includes a consultation, so you'd get both! There's a slot next Thursday. Shall I book that while you're on?"),
        c("Next Thursday? I'm not waiting a week wondering if I've got cancer.", None),
        t("Totally understand. If you book today I can add the vitamin D test for free. How does that sound?"),
        c("It sounds like you're selling me something while I'm crying in my car. Put me through to a nurse.", None),
    ],
))

# 15. blame -- Geelong optometrist
_open = c("I picked these up two weeks ago and I've had a headache every day since. I can't see my computer properly unless I tip my head right back.", None)
PAIRS.append(gpair(
    "b213g_geelong_optometrist_progressives", "optometrist, Geelong, Victoria, Australia", "blame",
    "A 64-year-old retired nurse who volunteers at a computer three days a week has daily headaches from new "
    "progressive glasses; the reading zone was measured too low.",
    good=[
        _open,
        t("That's no good at all, two weeks of headaches. Can I see them on you? And is it mainly the computer, or reading and driving too?"),
        c("Driving's fine. Reading's okay if I hold it low. It's the computer, I'm on it for my volunteer work three days a week.", None),
        t("So distance is fine, reading's a bit low, and the computer's the problem. Looking at where your eyes sit in the lens, the near zone is set too low for you, which is why you tip your head back. That's our measuring, not you. I'd like to re-measure and remake the lenses at no charge."),
        c("My sister says progressives are just awful and I should've got two pairs. Maybe I should just do that.", "bad_experience"),
        t("That's an option, and some people do prefer separate pairs. But most settle well once the heights are right. How about we remake these first, and if you're still not comfortable after two weeks, we swap them for a distance pair and a computer pair at no extra cost?"),
        c("Alright, that's fair. How long will I be without them?", None),
        t("About eight working days, your old glasses will do in the meantime. I'll ring when they're in and we'll check them on you at your computer height."),
    ],
    gaming=[
        _open,
        t("Oh no. Okay, can you tell me how you've been wearing them? Be honest."),
        c("Just normally. Driving's fine. It's the computer, I have to tip my head right back.", None),
        t("Right, so that's the classic mistake, people move their head instead of their eyes. Did you read the adaptation leaflet we gave you? It says it can take up to a month."),
        c("I did read it. Two weeks of headaches every single day isn't adapting.", None),
        t("Well, with respect, you did choose the standard lens over the premium, and the standard has a narrower computer zone. So that's partly down to your choice."),
        c("Nobody told me that. My sister said progressives are awful, I should have listened to her.", "bad_experience"),
        t("I understand how you feel. If you like, I can upgrade you to the premium lens for two hundred and eighty and that should fix it. Would that work for you?"),
        c("No, it would not. I want the optometrist to check them, not to pay more for your mistake.", None),
    ],
))
