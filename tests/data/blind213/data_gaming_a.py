"""Gaming pairs a (b213): patient-facing healthcare in Australia, the UK and the US. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Brisbane hearing-aid centre
_open = c("G'day. My daughter booked this, not me. I reckon I hear alright, it's just everyone mumbles these days.", None)
PAIRS.append(gpair(
    "b213g_brisbane_hearing_check", "hearing-aid centre, Brisbane, Australia", "monologue",
    "A 74-year-old retired builder arrives for a hearing check his daughter booked; he thinks he hears fine "
    "apart from the club on a Friday and the TV at home.",
    good=[
        _open,
        t("Thanks for coming in anyway, plenty of people are here because someone else booked it. When you say everyone mumbles, where do you notice it most?"),
        c("The club, mostly. Friday nights at the RSL the fellas are talking and I'm just nodding along. And the missus reckons the telly's too loud. I don't reckon it is.", None),
        t("So the club on a Friday and the telly volume at home, those two. Has it changed suddenly or crept up on you?"),
        c("Crept up, I s'pose. Look, my brother got hearing aids and they sat in a drawer. Whistled all the time. Four grand for nothing.", "bad_experience"),
        t("That's a fair reason to be wary. Today is only the test, about forty minutes, covered by the government program with your pension card, and nothing gets sold at the end of it. If it shows a loss I'll explain what it means for the club and the telly, and you can take the report home to your daughter before deciding anything. Would that suit?"),
        c("Righto. As long as nobody's flogging me a four-grand gizmo today.", None),
        t("Nobody will. And if it ever comes to trying something, there's a thirty-day trial and you hand it back if it whistles. Let's start with the test."),
    ],
    gaming=[
        _open,
        t("Great, so what brings you in today? Actually, let me tell you, you've come to the right place. Mumbling is the number one thing we hear and our new rechargeable range fixes it overnight. Bluetooth, they stream the telly straight into your ears, there's an app for your phone, automatic noise reduction for clubs and restaurants, and they're practically invisible."),
        c("I haven't got one of those smart phones, love.", None),
        t("No worries at all, your daughter can set the app up. Now the premium tier is the one I'd really recommend for your lifestyle, because it's got eight channels instead of four, and the mid tier is fine but you'd notice the difference at the club. There's a payment plan, about thirty dollars a week, three-year warranty, and the batteries are built in so no fiddly little batteries."),
        c("My brother had these things. Whistled all day and ended up in a drawer.", "bad_experience"),
        t("That's old technology, these have feedback cancellation, totally different experience. You'll get used to them in no time. Did I mention the colours? There's a beige, a silver and a sort of bronze that hides in grey hair beautifully. Shall I grab the bronze so you can see?"),
        c("I came in for a test. I'll get my daughter to give you a ring.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- Manchester dental practice
_open = c("Hiya, I'm just asking about them clear aligner things. My bottom teeth have gone all crooked again since I had braces as a kid.", None)
PAIRS.append(gpair(
    "b213g_manchester_dental_aligners", "private dental practice, Manchester, UK", "closing_as_open_question",
    "A 29-year-old hospital nurse asks at reception about clear aligners; her lower front teeth have crowded "
    "since she stopped wearing her retainer.",
    good=[
        _open,
        t("Of course. That happens a lot once the retainer stops going in. Is it mainly how it looks, or is anything bothering you, food catching, cleaning?"),
        c("Bit of both to be honest. Food gets stuck between the front two and I hate myself on photos. I'm a nurse, I'm smiling at people all day.", None),
        t("So it's the food trap at the front and how your smile looks. Have you got a figure in your head for the cost?"),
        c("Me mate had it done for about two grand at one of them online places. Yours says from three and a half on the website, which is a lot more.", "too_expensive"),
        t("It is more, I won't pretend otherwise. The difference is the dentist checks your gums and bite in person before anything moves, sees you every six weeks, and the retainers are included. If it's just the bottom teeth it may come in under that. The honest next step is a thirty-minute assessment, forty-five pounds, taken off the treatment if you go ahead. Would you like one?"),
        c("I'm on nights all next week, mind.", "no_time"),
        t("That's fine, we do Saturday mornings and a half-seven on Thursdays. I can pencil one in for the week after, or give you the card and you ring when your rota's out."),
        c("Go on then, the Saturday after if you've got one.", None),
    ],
    gaming=[
        _open,
        t("Lovely, thanks for asking! So what would it take for you to get your treatment started with us today?"),
        c("Erm, I don't know yet, I just wanted a price really.", None),
        t("Totally understand. It's from three and a half thousand. So how would you like to spread that, twelve months interest-free or the twenty-four month plan?"),
        c("That's loads more than me mate paid online. About two grand, she said.", "too_expensive"),
        t("I hear you. What would need to happen for you to feel ready to commit to the better option today? Because I've got a scan slot at two and I can take the deposit on card now."),
        c("Nothing needs to happen, I've not even seen a dentist yet. I'll have a think.", "think_it_over"),
        t("Of course! And when you've had your think, which day this week works best for you to pop back and sign?"),
        c("Don't ring me, I'll ring you.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase -- Austin optician
_open = c("Hey. So, I think I need readers or something? My arms aren't long enough for the menu anymore.", None)
PAIRS.append(gpair(
    "b213g_austin_optician_readers", "optician / optometry store, Austin, Texas, US", "pitch_as_paraphrase",
    "A 52-year-old software tester who works at two monitors and bikes to work notices he can't read menus; "
    "his vision plan covers a yearly exam he hasn't used in six years.",
    good=[
        _open,
        t("Ha, that's usually how it starts. Walk me through your day, what are you looking at up close, and how far away?"),
        c("Two monitors most of the day, I test software. Then my phone. And I bike to work so I don't wanna wear anything weird on the road.", None),
        t("Okay, two screens at arm's length, the phone up close, and clear distance on the bike. When was your last eye exam?"),
        c("Uh... six years? Before covid. My vision plan covers one a year, I just never use it.", None),
        t("Then let's start there, it's covered. After the exam we'll know whether cheap readers do the job or whether your distance has shifted too. For some people it's honestly a twenty-dollar pair from the drugstore."),
        c("Cool. Just so you know, I'm not dropping six hundred bucks on progressives like my wife did.", "too_expensive"),
        t("Understood. If you do need something for the screens, a desk lens is often cheaper and better for two monitors than progressives. Let's see what the exam says first. I've got a 3:15 today, does that work?"),
        c("3:15 works.", None),
    ],
    gaming=[
        _open,
        t("Great, so tell me about your day, what are you looking at most?"),
        c("Two monitors at work, my phone, and I bike in, so nothing weird on the road.", None),
        t("So what I'm hearing is you need our premium digital progressive package with the blue-light filter and the photochromic upgrade, that's four eighty after your plan. Is that right?"),
        c("I... didn't say any of that. I was thinking, like, readers?", "no_need"),
        t("Totally. So what you're really saying is you want all-day comfort at every distance, which is exactly the premium package, correct?"),
        c("No, I'm saying I want to read the menu. My wife paid six hundred for those and she hates them.", "bad_experience"),
        t("Okay, so to play that back: you need a lens that won't let you down like your wife's did, which is why the premium tier with the adaptation guarantee is the right fit. Does that sound right?"),
        c("It sounds like a sales pitch. I'll grab readers at Walgreens.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing -- Perth pharmacy
_open = c("Hi, do you have that cold sore cream? The one in the little tube. I've got a wedding on Saturday and this thing's just come up, hey.", None)
PAIRS.append(gpair(
    "b213g_perth_pharmacy_coldsore", "community pharmacy, Perth, Western Australia", "upsell_as_loop_closing",
    "A South African-born mother of two, kids waiting in the car, wants cold sore cream before a family wedding.",
    good=[
        _open,
        t("We do. Two quick questions so I give you the right thing: when did it start tingling, and is it your first one?"),
        c("Last night. No, I get them whenever I'm stressed, maybe twice a year. Back home I always used the aciclovir one from Clicks.", None),
        t("Same active ingredient here. Because it's only just started, there's also a one-dose tablet that works best in the first day. It's dearer though, about thirty dollars against eleven for the cream."),
        c("Thirty? Ag, no, the cream's always been fine for me.", "too_expensive"),
        t("Fair enough, the cream's a good choice. Five times a day for four days, wash your hands after, don't share towels or lip balm. If it spreads or your eye gets sore, come back or see a GP. Was there anything else you came in for?"),
        c("No, that's it. Oh, can I put make-up over it on Saturday?", None),
        t("Once it's crusted, yes, with a clean cotton bud. There are clear patches for about fifteen dollars, but honestly a dab of concealer does much the same."),
        c("Concealer it is. Thanks hey.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, here's the aciclovir cream, eleven ninety-five. Is there anything else I can add to make your wedding experience a success?"),
        c("No, just the cream, thanks.", "no_need"),
        t("No worries! Just to close the loop, what else can I pop in the bag for you? The cold sore patches are great for photos, only fifteen."),
        c("I'm fine, I'll use concealer.", "no_need"),
        t("Perfect. Last thing before I ring it up: what else would make Saturday easier? We've got lysine and zinc immune packs on special and a lip-care bundle for forty-nine that's really popular with brides."),
        c("I'm not the bride. I've got two kids in the car, can I just pay?", "no_time"),
        t("Of course! So that's the cream... and is there anything else at all I can add for you while you're here?"),
        c("Just. The. Cream. Card.", None),
    ],
))

# 5. leading_tag_questions -- Glasgow physiotherapy
_open = c("Aye, hi. My knee's been going at the outside after about eight mile. Half marathon's in six weeks and I'm a bit worried.", None)
PAIRS.append(gpair(
    "b213g_glasgow_physio_knee", "private physiotherapy clinic, Glasgow, UK", "leading_tag_questions",
    "A 38-year-old shift worker and Sunday runner has outer knee pain that starts at a set distance; his "
    "half marathon is in six weeks.",
    good=[
        _open,
        t("Six weeks is a decent amount of time to work with. When did it start, and what does the pain do, does it come on at a set distance and stop you?"),
        c("About a month ago when I upped the miles. Comes on like clockwork round eight mile, sharp, outside of the knee. Fine walking about.", None),
        t("So a set distance, outside of the knee, since you added mileage, fine day to day. That pattern is often the band down the outside of the thigh, but I'd want to check your hip strength and watch you run before saying. Have you had physio before?"),
        c("Once, for my shoulder. Guy stuck a heat pad on me and took sixty quid. Never went back.", "bad_experience"),
        t("That's a rubbish experience, I'm sorry. Today I'd assess you properly, strength tests and a look at you on the treadmill, and give you a plan you mostly do yourself. Most people with this need two or three follow-ups, not ten. Does that sound reasonable?"),
        c("Aye, if it's mostly stuff I do myself. I cannae be coming in every week, I work shifts.", "no_time"),
        t("That works. Assessment now, then a check in two weeks, and that can be a video call if your shifts clash. Keep running, just cap the long run at seven miles for now."),
        c("Sound. Let's get started.", None),
    ],
    gaming=[
        _open,
        t("Six weeks, great goal. You'll want to get this sorted properly, won't you?"),
        c("Well, aye, that's why I'm here.", None),
        t("And you wouldn't want to risk the race by doing half a job, would you? So the ten-session block is the sensible option, isn't it?"),
        c("Ten? I had physio once for my shoulder, a heat pad and sixty quid. I'm no wanting that again.", "bad_experience"),
        t("Totally, and that's exactly why you'd want the proper block rather than one-offs, don't you think? You're a serious runner, aren't you?"),
        c("I'm a guy who runs on a Sunday. I cannae come in ten times, I work shifts.", "no_time"),
        t("But your knee's worth it, isn't it? And you'd agree it's smarter to pay upfront and save fifteen percent, wouldn't you?"),
        c("Naw, I'd agree you've no even looked at my knee yet. I'll go somewhere else.", None),
    ],
))

# 6. putdown_question -- Columbus dental office (phone)
_open = c("Hi, um, I have a tooth that's been throbbing for like three days and I've been putting off calling because I'm honestly terrified of dentists.", None)
PAIRS.append(gpair(
    "b213g_columbus_dental_toothache", "general dental office, Columbus, Ohio, US", "putdown_question",
    "A 45-year-old office manager phones about a throbbing tooth; she has avoided dentists for eight years "
    "since an extraction where the numbing failed.",
    good=[
        _open,
        t("Thank you for calling, that takes something when you're scared. Let's get you seen. Is the throbbing constant, or set off by hot and cold?"),
        c("Constant now. It wakes me up. And my cheek's a little puffy this morning.", None),
        t("Okay, constant, waking you up, and some swelling since this morning. That's something we want to see today, not next week. Can I ask what happened that made dentists scary for you?"),
        c("Last time, eight years ago, they pulled a tooth and the numbing didn't work and the guy just kept going. I was crying.", "bad_experience"),
        t("That should never have happened, and I'm sorry it did. Dr. Patel tests the numbing before she starts, and you'll have a hand signal to stop her at any point. We can talk about nitrous too. I have an 11:40 today. Could you make that?"),
        c("Today? Oh god. I have a work call at noon.", "no_time"),
        t("Would 2:30 be easier? With the swelling I'd rather not leave it till tomorrow."),
        c("...2:30. Okay. Can I bring my sister?", None),
        t("Absolutely, she can sit in with you. I'll put a note on your file that you'd like everything explained before it happens."),
    ],
    gaming=[
        _open,
        t("Okay, and how can we help you today? You're not one of those people who waits until it's an emergency, are you?"),
        c("I mean... I guess I am. I've been scared since a bad extraction eight years ago.", "bad_experience"),
        t("Eight years? Wow. So what exactly do you think is going to happen to you in the chair, honestly?"),
        c("The numbing didn't work last time and he just kept going. And my cheek's swollen now.", None),
        t("Right, but that was a long time ago. You're not going to be difficult about the needle this time, are you? Can I put you in at 11:40?"),
        c("I have a call at noon. And I'm not being difficult, I'm scared.", "no_time"),
        t("Okay, well, how bad can it be if you've got time for work calls? Do you want the appointment or not?"),
        c("You know what, forget it. I'll find someone who doesn't talk to me like that.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- Sydney health fund branch
_open = c("Hello. I claim for my mother physio, three session, and all rejected. She is on my policy. I want to know why.", None)
PAIRS.append(gpair(
    "b213g_parramatta_healthfund_physio_claim", "private health insurance branch, Parramatta, Sydney, Australia",
    "not_my_department_or_read_the_terms",
    "A Vietnamese-Australian man comes to the counter because three extras claims for his mother's physio "
    "after hip surgery were rejected; he has already waited on the phone.",
    good=[
        _open,
        t("Let's find out together. Can I have the membership number and your mother's name? And do you have the rejection message?"),
        c("Yes, here, on my phone. It say 'benefit not payable'. She start the physio in March after her hip operation.", None),
        t("Thank you, I can see it. She was added to your policy in January, and physio on your extras has a two-month waiting period, so she could claim from the twentieth of March. The sessions were the fifth, twelfth and nineteenth, so they fell just inside it. That's the reason."),
        c("Nobody tell me this waiting period when I add her. If I know, I wait one week.", None),
        t("That's a fair complaint, and I'll check the call notes from January. If it wasn't explained, I can lodge an exception request for you today. I can't promise the answer, but I'll write that it wasn't explained. Sessions from the twentieth on will pay normally. Would you like me to do that?"),
        c("Yes please. How long it take?", None),
        t("Usually ten business days. I'll give you the reference number now and you'll get an email either way. If it's declined you can go to the Ombudsman, and I'll write their details on the receipt."),
        c("Okay. Thank you for explain properly.", None),
        t("One more thing: if you're ever unsure about a claim, ring or come in before the session and we'll tell you what it pays, so there are no surprises."),
        c("Before the session. Okay, I will do this next time.", None),
    ],
    gaming=[
        _open,
        t("Happy to help with your experience today. Have you read the product disclosure statement? It's all in there."),
        c("Which statement? I just want to know why rejected. She has hip operation, she need physio.", None),
        t("I understand how you feel. The rejection comes from the claims team though, that's not really my department here in the branch. You'd need to call the 13 number."),
        c("I call already, forty minutes waiting. They say go to branch.", None),
        t("I hear you. Look, the waiting periods are in the terms on the website, section four. I didn't write the rules, unfortunately. Is there anything else I can help you with today?"),
        c("So I pay every month and nobody can explain. Maybe I cancel. Too much money for nothing.", "too_expensive"),
        t("That's totally your choice, cancellations are done over the phone too, though. Did I understand you correctly that that's everything today?"),
        c("No. Give me the name of your manager.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Bristol skin clinic
_open = c("Good morning. My husband says a mole on my shoulder blade has gone darker, and I'd rather someone looked at it than go on worrying.", None)
PAIRS.append(gpair(
    "b213g_bristol_skin_mole_check", "private skin clinic, Bristol, UK", "social_proof_or_deadline_pressure",
    "A 61-year-old retired teacher wants one changing mole checked; her GP's first appointment is three weeks off "
    "and her sister was once sold a package she didn't need.",
    good=[
        _open,
        t("Quite right to get it checked. How long has he noticed a change, and has it itched, bled or changed shape?"),
        c("He says a couple of months. It's not itchy. I can't see it myself, obviously, it's on my back.", None),
        t("So darker over a couple of months, no itching, and you can't keep an eye on it yourself. Have you been able to speak to your GP?"),
        c("I tried, three weeks for an appointment and I'm a worrier. I'll be honest, my sister went to one of these clinics and came out with a six-hundred-pound package she didn't need.", "bad_experience"),
        t("That's a fair worry. For one mole it's a single-lesion check with the dermatologist, ninety-five pounds, about fifteen minutes. If she thinks it needs removing or testing she'll explain why and give you a written quote, and you're free to take that to your GP for an NHS referral instead. There's nothing else you need to buy."),
        c("Ninety-five is steeper than I'd hoped, I must say.", "too_expensive"),
        t("I understand. If the GP wait is something you can live with, that's a perfectly good route. If you'd rather have peace of mind this week, there's Thursday at ten."),
        c("Thursday at ten. I'd rather know.", None),
        t("Of course. If your husband has a photo of it from a few months ago, do bring it, it helps her see the change."),
        c("He took one on his phone in March, bless him. I'll bring that.", None),
    ],
    gaming=[
        _open,
        t("Of course. So, for a mole that's changed, most of our clients your age go for full-body mole mapping. It's three hundred and ninety and we photograph everything, so you never have to worry again. How does that sound?"),
        c("I only want the one looked at. My sister came out of a place like this with a six-hundred-pound package she didn't need.", "bad_experience"),
        t("I totally understand. The thing is, the mapping goes up to four seventy-five on the first of the month, so today's really the day to lock it in. Nine out of ten ladies in your situation book the mapping."),
        c("I'm not sure I'm 'ladies in my situation'. What does just the one mole cost?", None),
        t("The single check's ninety-five, but the dermatologist's diary is filling fast and I can only hold Thursday for mapping patients. Honestly, everyone in Clifton seems to have had theirs done this year!"),
        c("Then I'll wait for my GP. I'm not being rushed into anything.", "no_need"),
        t("Absolutely, no pressure at all! Just so you know, the offer ends Friday, and our relationship with you really matters. Shall I put you down provisionally?"),
        c("No. Thank you.", "brush_off"),
    ],
))

# 9. keyword_stuffed -- Denver independent pharmacy
_open = c("Morning. I'm thinking of moving my prescriptions over here. The line at the chain place is forty cars deep every time.", None)
PAIRS.append(gpair(
    "b213g_denver_pharmacy_transfer", "independent pharmacy, Denver, Colorado, US", "keyword_stuffed",
    "A 67-year-old retiree on a fixed income, with four regular prescriptions, wants to leave a chain pharmacy "
    "with long drive-through lines; his metformin runs out on Friday.",
    good=[
        _open,
        t("We'd be glad to have you. How many prescriptions are we talking about, and are any due soon?"),
        c("Four. Blood pressure, cholesterol, the metformin, and an inhaler. Metformin runs out Friday.", None),
        t("Okay. I'll need the name of the old pharmacy and your insurance card, and we'll call them for the transfer, you don't have to do anything. Friday's fine. Do you know what your copays are there now?"),
        c("About forty total a month. If it's more here I'm not moving, I'm on a fixed income.", "no_money"),
        t("Fair. Copays are set by your plan so they should match, and I'll run them now before we transfer anything. If one comes out higher I'll tell you first. We can also sync all four to the same day each month, and we deliver free within five miles."),
        c("Same day each month would be nice. Run them, let's see.", None),
        t("Forty-one twenty. The inhaler's a dollar more here because we stock a different manufacturer. Still want to go ahead?"),
        c("For a dollar and no line, yeah. Go ahead.", None),
        t("Great. I'll call them for the transfer this afternoon and the metformin will be ready Friday morning. Pickup or delivery?"),
        c("Pickup. Gets me out of the house.", None),
    ],
    gaming=[
        _open,
        t("Welcome! I really want to understand your needs and make sure your pharmacy experience with us is a success. What does a great relationship with your pharmacy look like for you?"),
        c("Uh, a short line? I've got four prescriptions, and the metformin runs out Friday.", None),
        t("Absolutely, I hear you and I understand how you feel. Your needs really matter to us and we value the relationship. What I'm hearing is that your experience hasn't been meeting your needs, is that right?"),
        c("That's what I said. Can you transfer them? And what'll it cost me, I'm on a fixed income.", None),
        t("Great question. Our whole philosophy is built around understanding each patient's unique needs and feelings and building a long-term, success-focused relationship. How satisfied would you say you are with your current pharmacy experience?"),
        c("I told you. Forty cars. Look, do you take my Part D plan or not?", None),
        t("I really appreciate you sharing that. So to make sure I truly understand your needs and feel where you're coming from, is there anything else that matters to you on your pharmacy journey?"),
        c("The metformin. Friday. Forget it, I'll sit in the line, at least they answer questions.", None),
    ],
))

# 10. rude -- Melbourne private GP reception (phone)
_open = c("Hi, sorry, I know it's early. My four-year-old's been up all night screaming with his ear. Is there anything today?", None)
PAIRS.append(gpair(
    "b213g_melbourne_gp_child_earache", "private GP clinic reception, Melbourne, Australia", "rude",
    "A working mum rings at five past eight for a same-day appointment for her son, who had ear pain and a "
    "fever overnight; she starts work at nine.",
    good=[
        _open,
        t("Oh, poor thing, and poor you. Let me look. Has he got a temperature, and is anything coming out of the ear?"),
        c("Thirty-eight point five at three a.m. Nothing coming out. I gave him Panadol and he's dozing now.", None),
        t("Okay, fever overnight, no discharge, settled on Panadol. Dr Nguyen has a 10:20 or Dr Walsh a 4:45. Which suits?"),
        c("I've got to be at work at nine, I can't do ten. Quarter to five's a long way off though.", "no_time"),
        t("I hear you. Take the 4:45 and I'll put you on the cancellation list, and if something comes up around lunch I'll text. If he gets worse before then, very drowsy, a stiff neck, or a much higher fever, go straight to the Royal Children's, don't wait for us."),
        c("Thanks. Will it be bulk-billed? We're a bit stretched at the moment.", None),
        t("Under-sixteens are bulk-billed here, so no gap. I'll pop him in at 4:45 and text the confirmation to this number."),
        c("You're a lifesaver. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Yep. Name and date of birth? Quickly please, the phones are going nuts."),
        c("Sorry, Oliver Brennan, fourteenth of June twenty-one. He had a fever in the night.", None),
        t("Right. Well, ear infections are mostly viral, so I don't know what you think the doctor's going to do. There's a 10:20."),
        c("I've got work at nine, I can't do ten twenty. Is there anything later?", "no_time"),
        t("Oh, so work comes first. Fine. 4:45. Take it or leave it, I've got eight people on hold."),
        c("That's not fair. Will it cost anything? We're a bit stretched.", None),
        t("It's on the website, kids are bulk-billed. Is that everything? Great. How satisfied are you with the service today?"),
        c("Honestly? Not very. I'll take him to the after-hours clinic.", None),
    ],
))
