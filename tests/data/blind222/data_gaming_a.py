"""Gaming pairs a01-a10 of blind222 (written by hand)."""
from common import c, gpair, t

# ---------------------------------------------------------------- a01 monologue
A01_OPEN = c("Habari. I want to ask about those TVS bikes outside. I do boda in Githurai, my current one is finished.", None)

A01 = gpair(
    "b222g_nairobi_boda_loan",
    "motorbike dealer (boda-boda), Nairobi, Kenya",
    "monologue",
    "A boda-boda rider whose old bike's engine is knocking asks about a new bike; he has little cash and rides long days.",
    good=[
        A01_OPEN,
        t("Karibu. Finished how - the engine, or it's just too old to keep fixing? And how many hours a day are you riding?"),
        c("Engine is knocking. I ride from six morning to maybe nine night. Fuel is eating me too much.", None),
        t("Long days, and fuel is the big cost. Is the bike yours, or are you paying a daily rent to an owner?"),
        c("Mine. I finished paying last year. But now I don't have cash for a new one, I have only like twenty thousand.", "no_money"),
        t("Twenty thousand can work as a deposit on hire purchase, then daily payments. Before I say a number: on a good day, what do you clear after fuel?"),
        c("Maybe one thousand two hundred. Bad day, six hundred.", None),
        t("Then a daily payment of five hundred would kill you on bad days. The 125 on a 24-month plan comes to about 380 a day, and it drinks less than your old one. I'll write the full cost - deposit, daily, total, and what happens if you miss a day - so you can check it before you sign anything. Okay?"),
        c("Yes, write it. I will show my brother first, he knows these loans.", "think_it_over"),
        t("Here it is. Come with him on Saturday, and bring your ID and the logbook of the old bike if you want us to value it as a trade-in."),
    ],
    gaming=[
        A01_OPEN,
        t("Karibu sana! What brings you in today? Let me tell you, you have come to the right place. This HLX 125 is the king of the road - number one boda in Kenya, strong chassis, five speed, and the fuel economy is amazing, people are getting sixty kilometres a litre. We have hire purchase, insurance, free first service, and this month a free helmet and reflector jacket. Your experience with us will be smooth from day one."),
        c("Eh, okay, but my problem is the money-", "no_money"),
        t("Money is no problem, my friend, I hear you, that is why we have the plan. Small deposit, small daily, you ride away the same day. The resale on this one, you won't believe it. Our riders come back and tell us it changed their life - the relationship we build with riders is the best in Nairobi. We also have the Boxer if you want bigger, but for you I see the HLX."),
        c("How much is the daily payment?", None),
        t("Very small, very small, we work it out on the form. Let me just take your ID and we start the paperwork, the bike will be ready by two. Red or black? Black is nice, doesn't show the dust. Any other questions?"),
        c("I didn't even tell you how much I have. Let me go.", None),
        t("No problem, no problem, but before you go, the offer on the helmet ends Friday, so you know, and the Boxer also has a plan-"),
    ],
)

# ---------------------------------------------------------------- a02 closing_as_open_question
A02_OPEN = c("Hiya, um, I'm looking at the blue Fiesta on the end. It's my first car, I passed my test last month.", None)

A02 = gpair(
    "b222g_leeds_usedcar_firstcar",
    "used-car lot, Leeds, UK",
    "closing_as_open_question",
    "A newly qualified young driver looks at a used small hatchback; her dad wants to see it and insurance is already high.",
    good=[
        A02_OPEN,
        t("Congratulations on passing. Before we look at it properly - what will you mostly use it for, and have you had an insurance quote yet? For new drivers that's often the bigger number."),
        c("Getting to work in Bradford, so motorway every day. And yeah, insurance is... it's like eighteen hundred on a 1.0 so far. My dad said don't go over a 1.2.", None),
        t("That helps. This one's a 1.0, 2016, sixty-one thousand miles. One thing I'd want you to know: this engine has a belt in oil, and the history shows it hasn't been changed yet. It's due about now."),
        c("Oh. Is that a lot to do?", None),
        t("It can be several hundred pounds at a garage. We can either do it before you collect - I'd put that in writing - or take it off the price if you'd rather use your own garage. Do you want to drive it first, with your dad if he's coming?"),
        c("He's coming Saturday. I don't want to decide anything till he's seen it, to be honest.", "think_it_over"),
        t("Makes sense. I'll print the service history and the MOT advisories for you now and book you both a test drive for Saturday at ten. No deposit needed to hold the slot."),
        c("Okay, ten's fine. Thanks.", None),
    ],
    gaming=[
        A02_OPEN,
        t("Congratulations! So tell me, what made you choose the Fiesta today?"),
        c("Just, it's meant to be cheap to run, I think. My dad said don't go over a 1.2.", None),
        t("Great choice, great choice. So what would it take for you to drive it home today?"),
        c("Um, I haven't even sat in it. And I've got to sort insurance, it's like eighteen hundred.", "think_it_over"),
        t("We can sort insurance here in ten minutes, no problem at all. How would you like to pay the deposit - card or bank transfer?"),
        c("I wanted my dad to see it first, he's coming Saturday.", "think_it_over"),
        t("Totally understand, family is important. And if your dad loves it on Saturday, what's stopping us putting a small holding deposit down now so nobody else takes it? Which would suit you better for collection, Saturday morning or Saturday afternoon?"),
        c("You're not really listening, are you. I'll leave it, thanks.", None),
    ],
)

# ---------------------------------------------------------------- a03 pitch_as_paraphrase
A03_OPEN = c("hi, saw your ad on insta. i need something for office, its 9 km from HSR to Koramangala, auto is costing too much", None)

A03 = gpair(
    "b222g_bengaluru_ebike_commute",
    "e-bike seller (online chat and showroom), Bengaluru, India",
    "pitch_as_paraphrase",
    "An office worker chats about an e-bike for a 9 km commute; she lives on a third floor with no lift and has a budget.",
    good=[
        A03_OPEN,
        t("Hi! 9 km each way - is the route mostly flat, and do you have somewhere to charge, at home or at the office?"),
        c("flat mostly, one flyover. i stay in 3rd floor flat, no lift. office has plug points in basement parking", None),
        t("Okay, so carrying a heavy e-bike up three floors is out. Then a removable battery matters most - you leave the bike in the parking and take only the battery up. Have I got that right?"),
        c("yes exactly. what is price range", None),
        t("Models with a removable battery start around 32k with us. For 18 km a day the basic battery is enough - you'd charge every two days. I wouldn't push you to the 45k one, you won't use its range."),
        c("32k is ok but let me see if my company cycle scheme covers it, they have some tax thing", "think_it_over"),
        t("Good idea, many companies do that. I'll send the quote on WhatsApp with GST shown separately, that's what HR usually asks for. You can also come for a test ride over a flyover on Saturday if you like."),
        c("ok send. saturday maybe", None),
    ],
    gaming=[
        A03_OPEN,
        t("Hi! Thanks for reaching out. Tell me more about your commute?"),
        c("flat mostly, one flyover. i stay in 3rd floor flat, no lift. budget maybe 30-35k", None),
        t("So what I'm hearing is you need our Volt X Pro with the 14Ah dual battery and suspension fork, 58,999, for complete peace of mind on that flyover - did I understand you correctly?"),
        c("no?? i said 30-35k. and i have to carry it upstairs", "too_expensive"),
        t("Got it, so what matters most to you is a premium carrying experience, which is exactly why the Pro's alloy frame and rear rack are perfect. Just to play it back: you want the best, and the best is the Pro, yes?"),
        c("your own site says the pro is 26 kg. thats not light", "no_need"),
        t("Fair point. So to summarise, your priority is a strong, reliable bike with easy EMI - shall I block the Pro for you on 0% EMI? Is that a fair summary?"),
        c("no. ill check decathlon, they have cheaper ones", "too_expensive"),
    ],
)

# ---------------------------------------------------------------- a04 upsell_as_loop_closing
A04_OPEN = c("Morning boss. My Probox doesn't start in the mornings, I have to push it. I drive taxi, I can't lose time like this.", None)

A04 = gpair(
    "b222g_mombasa_battery_taxi",
    "tyre and battery shop, Mombasa, Kenya",
    "upsell_as_loop_closing",
    "A taxi driver's car will not start in the mornings; he has a client soon and needs a fix, not extras.",
    good=[
        A04_OPEN,
        t("Pole sana, that's a bad way to start the day. How old is the battery, and when it won't start, are the lights dim or do you hear clicking?"),
        c("Battery is maybe two years. Clicking, yes. Sometimes it starts after three tries.", None),
        t("Let me test it before we sell you anything - clicking can also be the terminals or the alternator. Two minutes."),
        c("Okay, but quickly please, I have a client at ten.", None),
        t("Battery is at forty percent health and the alternator is charging fine, so it's the battery. A 65Ah like yours is 9,800 fitted with an eighteen-month warranty. There's a 7,200 one but only six months' warranty."),
        c("Nine eight is a lot. The guy at Kongowea sells for eight.", "too_expensive"),
        t("He might. Check that his has a warranty and is fresh stock - look at the date on the sticker. If you prefer, the 7,200 one will get you working today."),
        c("No, let me take the 9,800, I don't want to come back in six months. Fit it.", None),
        t("Fitting now, about fifteen minutes, you'll be out before ten. Keep the receipt in the car for the warranty."),
    ],
    gaming=[
        A04_OPEN,
        t("Pole sana! How can we make your experience better today?"),
        c("Just the battery I think. It's clicking. Battery is maybe two years.", None),
        t("Okay, 65Ah, 9,800 fitted. Before we close out - what else can I add for you? We have a terminal protector kit, 800, very popular."),
        c("No, just the battery. I have a client at ten.", "no_need"),
        t("Sure, sure. And just to make sure all your needs are covered, shall I add a full electrical diagnostic, 2,500? What else is on your mind for the car - wipers, air freshener, the new seat covers?"),
        c("I said no. Nine eight is already too much money for me this month.", "no_money"),
        t("Understood, we keep it simple. Last thing, just to close the loop: anything else I can add, like the two-year extended warranty for 1,500? Most taxi drivers take it."),
        c("Boss, it's quarter to ten. I don't have time for this, just fit the battery or I go.", "no_time"),
    ],
)

# ---------------------------------------------------------------- a05 leading_tag_questions
A05_OPEN = c("Hi there, I'm after a bike for my daughter, she's ten. Her old one's too wee now.", None)

A05 = gpair(
    "b222g_glasgow_kidsbike",
    "bicycle shop, Glasgow, UK",
    "leading_tag_questions",
    "A parent wants a bike for a ten-year-old who rides to school and on weekend trails; the last bike was too heavy.",
    good=[
        A05_OPEN,
        t("Lovely. Where will she mostly ride it - round the park, to school, or off down forest trails?"),
        c("Bit of everything. School's a mile, and her dad takes her up the Cathkin trails at weekends. She's about four foot six?", None),
        t("Then a 24-inch wheel should fit her. For that mix, a light bike with proper gears does both. Is weight an issue - will she be lifting it into a car or up steps?"),
        c("Aye, into the boot. The last one was a tank, she hated it.", None),
        t("Then I'd steer away from the ones with a cheap suspension fork - they add a couple of kilos and don't do much at her weight. This one's about nine kilos, rigid fork, eight gears, 349. There's a 279 one but it's heavier."),
        c("349's more than I planned, to be honest. She'll grow out of it in two years.", "too_expensive"),
        t("That's fair. Two things: we buy back kids' bikes in good nick against the next size up, usually about a third of the price. And she could come and sit on both before you decide. Could she pop in after school?"),
        c("Thursday maybe. I'll bring her in and we'll see.", "think_it_over"),
        t("Thursday's great. I'll set both aside and put the saddles roughly at her height so it's quick."),
    ],
    gaming=[
        A05_OPEN,
        t("Lovely! You'll want something she can grow into, won't you?"),
        c("Well, I suppose. She's about four foot six.", None),
        t("So a 26-inch would be ideal, wouldn't it, since she'll shoot up? And you'd want front suspension for safety, surely?"),
        c("Is 26 not too big? Her last one was a tank, she hated it.", None),
        t("She'll get used to it though, won't she? Kids adapt. This is our best seller at 449 - you'd agree quality matters with kids, wouldn't you?"),
        c("Well yes, but 449 is a lot for a bike she'll outgrow.", "too_expensive"),
        t("You wouldn't want to buy twice, though, would you? Better to do it right once. Shall I get the pedals on for you?"),
        c("I'd rather she tried it first. I'll come back with her.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- a06 putdown_question
A06_OPEN = c("Listen, I got my car washed here on Sunday, and now there are these circle marks all over the bonnet. It's a new car, only four months!", None)

A06 = gpair(
    "b222g_pune_detailing_swirls",
    "car-wash and detailing studio, Pune, India",
    "putdown_question",
    "A new-car owner finds swirl marks on the bonnet after a basic foam wash and comes back angry.",
    good=[
        A06_OPEN,
        t("I'm sorry, that's upsetting on a new car. Can we go out and look at it together? And was it the foam wash or the polish package on Sunday?"),
        c("Only foam wash, 499. I didn't ask anyone to polish anything.", None),
        t("You're right, those are swirl marks, and a foam wash shouldn't leave them. Most likely a dirty wash mitt - I'll check who did Sunday's cars. We'll correct it with a light machine polish on the bonnet, no charge."),
        c("And how do I know you won't make it worse? My cousin got his car polished somewhere in Kothrud, they burnt the paint on the edges.", "bad_experience"),
        t("Fair worry. Our senior detailer, Sandeep, will do it, he tapes the edges, and he'll do a small test patch first that you can see. If you don't like the patch, we stop and I refund the 499 as well."),
        c("Okay. Test patch first. But I can't wait today, I have to be in Hinjewadi by eleven.", "no_time"),
        t("Then either leave it with us tomorrow morning, or come Saturday and wait - about ninety minutes. Which suits you?"),
        c("Saturday. Nine o'clock.", None),
    ],
    gaming=[
        A06_OPEN,
        t("Okay, okay, no need to panic. Are you sure these weren't there before? New owners always notice things late, no?"),
        c("They were NOT there before. I check my car every day.", None),
        t("Alright. And what cloth are you using at home to wipe the dust - you're not using a dry duster, are you? Most people have no idea how to care for paint."),
        c("I don't touch it. Only your people touched it on Sunday.", None),
        t("I understand your frustration and I value your experience with us. But honestly, you didn't think a 499 wash comes with paint protection, did you? What exactly were you expecting for that price?"),
        c("I was expecting you not to scratch it. Forget it, I'm going to the consumer forum.", None),
    ],
)

# ---------------------------------------------------------------- a07 not_my_department_or_read_the_terms
A07_OPEN = c("Hi, I booked your car for my driving test this morning at Llanishen and the instructor never turned up. I've lost my test. That slot took me four months to get.", None)

A07 = gpair(
    "b222g_cardiff_testcar_noshow",
    "driving school (test-day car hire), Cardiff, UK",
    "not_my_department_or_read_the_terms",
    "A learner paid to use a school car for her practical test; the car never arrived and she lost the slot.",
    good=[
        A07_OPEN,
        t("That's awful, I'm really sorry. Let me pull up the booking now. Can you give me your name and the test time - and did anyone call or text you?"),
        c("Priya Nair, test was 8:40. Nobody called. I rang the office twice and it went to voicemail.", None),
        t("I can see it. Gareth was booked and his car broke down at ten to eight. That should have been phoned through to you straight away and it wasn't - that's our failure. The DVSA won't refund you because the car didn't arrive, so we'll pay the 62 pounds to rebook, and refund today's car hire in full."),
        c("Fine, but I've got to find another slot now, and those are months away. And honestly I don't know if I want to trust you with the next one.", "bad_experience"),
        t("That's fair after this morning. If you do book with us again, you get my direct mobile and I confirm the car the day before and at seven on the morning. If you'd rather use another school, we still pay the rebooking fee - that isn't conditional."),
        c("Okay. Let me think about who I'm using. Can you send the refund today?", "think_it_over"),
        t("Yes - the hire refund goes back to your card today, three to five days to show. For the 62, email me your new booking confirmation and I'll transfer it the same day. Here's my email."),
    ],
    gaming=[
        A07_OPEN,
        t("Oh no, I'm so sorry to hear about that experience. Can you tell me how you're feeling about it?"),
        c("How I'm feeling? Furious. It took four months to get that slot. Nobody called me.", None),
        t("I hear you, and I completely understand. Unfortunately instructor scheduling isn't my department, I only do bookings. Did you read the terms when you booked? Section 6 covers cancellations."),
        c("Your car didn't come. How is that a cancellation by me?", None),
        t("I appreciate that. The terms say we're not liable for test fees if the vehicle becomes unavailable for reasons beyond our control. I didn't make the rules, I'm afraid. Is there anything else I can help you with today?"),
        c("Yes - the money. Who do I speak to?", None),
        t("You could email the general inbox, they usually reply within ten working days. Thank you for your patience and for being a valued customer."),
        c("Ten working days. Unbelievable. I'm leaving a review.", None),
    ],
)

# ---------------------------------------------------------------- a08 social_proof_or_deadline_pressure
A08_OPEN = c("Good afternoon. I am looking for a small car, maybe a Vitz or a Demio. I am a teacher, I go to school in Maseno daily.", None)

A08 = gpair(
    "b222g_kisumu_usedcar_teacher",
    "used-car yard, Kisumu, Kenya",
    "social_proof_or_deadline_pressure",
    "A teacher with an approved SACCO loan of 600,000 shillings looks for a small used car for a daily commute with her children.",
    good=[
        A08_OPEN,
        t("Good afternoon, madam. Maseno daily, that's a good stretch. Will it be only you in the car, or the family too? And how are you paying - cash or a loan?"),
        c("Me and my two children in the morning. I have a SACCO loan approved for six hundred thousand. Not more.", None),
        t("Six hundred is enough for a clean Vitz. I have one at 590 - silver, 2013, ninety-eight thousand kilometres. There's a white one at 640, but that's above your loan, so I'll only show it if you ask."),
        c("Only the silver. But I don't want a car that sat in the yard for long. My colleague bought one in Kondele that had been rained on, and the electrics died.", "bad_experience"),
        t("That's a good thing to check. I'll show you the import papers and the date it came into the yard. And bring your own mechanic - we'll put it on the lift for him, no charge."),
        c("My brother-in-law is a mechanic. He can come on Saturday. I'm not buying today anyway, I have to finish with the SACCO.", "think_it_over"),
        t("No problem. I won't take money to hold it, but if someone wants to pay before Saturday I'll call you first so you know. Saturday at ten for the inspection?"),
        c("Yes, Saturday at ten.", None),
    ],
    gaming=[
        A08_OPEN,
        t("Good afternoon! What's most important to you in your next car?"),
        c("Reliable, and not too much fuel. I have a SACCO loan approved for six hundred thousand.", None),
        t("Perfect. Madam, all the teachers in Maseno are driving this white Vitz, I have sold four to your school alone. It's 640, but that price is only until five o'clock - there's a man from Kakamega coming to pay."),
        c("Six forty is more than my loan. And I'm not buying today, I must finish with the SACCO first.", "no_money"),
        t("I understand your needs. But by Saturday it will be gone, I promise you. Everybody in Milimani who waited ended up paying more. Can you put fifty thousand today to hold it? What do you think?"),
        c("I can't decide a car in one hour. My colleague bought one in a hurry and the electrics died.", "bad_experience"),
        t("That's exactly why you take this one, it's the one all your colleagues trust. Only today, madam. The man from Kakamega is already on the way."),
        c("Then sell it to him.", "no_need"),
    ],
)

# ---------------------------------------------------------------- a09 keyword_stuffed
A09_OPEN = c("Alright mate, I've got a slow puncture, front left. Keeps going down every couple of days. Can you have a look?", None)

A09 = gpair(
    "b222g_manchester_tyre_puncture",
    "tyre shop, Manchester, UK",
    "keyword_stuffed",
    "A delivery driver with a slow puncture wants it found and fixed quickly and cheaply.",
    good=[
        A09_OPEN,
        t("Yeah, course. How long's it been doing it, and have you hit anything - kerb, pothole?"),
        c("About a week. Might've clipped a kerb on Oxford Road, not sure. I'm doing deliveries, like two hundred miles a day.", None),
        t("Okay. I'll get it off and dunk it in the tank. If it's a nail in the tread we can plug it for twenty quid. If it's the sidewall or the rim, that's a different story, and I'll show you before doing anything."),
        c("Go on then. Last place told me I needed two new tyres and charged me ninety quid for what turned out to be a valve.", None),
        t("Found it - a screw in the tread, well away from the edge, so it's a legal repair. Twenty pounds, twenty minutes. Tread's at four mil, so the tyre itself is fine, no need for a new one."),
        c("Nice one. Twenty minutes is fine, I'll grab a brew.", None),
        t("Kettle's in the back. While it's up I'll check the pressures on the other three, no charge."),
    ],
    gaming=[
        A09_OPEN,
        t("Absolutely, mate. First, I want to really understand your needs and make sure today's experience is the start of a great relationship. How do you feel about your tyres in general?"),
        c("Erm... they're fine? It's just the front left going down.", None),
        t("I hear you, and I really understand how that feels. Your success is our success. Tell me, what does a successful tyre experience mean to you?"),
        c("It means it stays up, mate. I've got drops from two o'clock. Can you just look at it?", None),
        t("Totally. I feel your need for reliability. To fully understand your journey we offer a holistic tyre health check that looks at your whole relationship with the road. It's our premium experience, forty-five pounds, and customers feel really valued."),
        c("I don't want a holistic anything. Forty-five quid for a slow puncture? The place on Stockport Road plugs them for twenty.", "too_expensive"),
        t("I understand, and I value your feedback. What I'm hearing is you need a solution that meets your needs and exceeds your expectations. Is there anything else you'd like to share about your experience today?"),
        c("No. I'm off to Stockport Road.", None),
    ],
)

# ---------------------------------------------------------------- a10 rude
A10_OPEN = c("Sir, I gave my Activa for service yesterday morning. You said it will be ready by evening. Now it is next day afternoon and nobody is picking the phone.", None)

A10 = gpair(
    "b222g_chennai_scooter_service",
    "two-wheeler service centre, Chennai, India",
    "rude",
    "A scooter owner who depends on her scooter for evening tuition classes comes in when her service is a day late and nobody answered her calls.",
    good=[
        A10_OPEN,
        t("Sorry madam, that's not okay - we should have called you. Let me check the job card now. What's the registration number?"),
        c("TN 09 BK 4417. I need it to go to my tuition classes, I am taking bus since yesterday.", None),
        t("Found it. The mechanic found the front brake shoes worn to the metal and was waiting for your approval to replace them - but nobody called you. That's our mistake. The shoes are 450, labour 150."),
        c("Brake shoes again? I changed them only last year at another shop. Are you sure it is needed?", "no_need"),
        t("Fair question. Come and see - the old shoes are on the bench, there's no lining left. Last year's may have been cheap ones. If you don't want them changed here I won't force you, but I wouldn't ride it like this."),
        c("Okay, I saw. Change them. But today I must have it, I have class at six.", None),
        t("It'll be ready by four. I'm waiving the labour for the delay, so 450 only, and I'll call you myself at four. Here's my number."),
    ],
    gaming=[
        A10_OPEN,
        t("Madam, there are forty bikes here. What do you expect, we call everyone personally? What's the number?"),
        c("TN 09 BK 4417. I need it for my tuition classes, I am taking bus since yesterday.", None),
        t("Yes, yes, everyone needs their bike. So, how satisfied are you with our service today, one to ten? Just kidding. Brake shoes are finished, six hundred. We were waiting for you."),
        c("Waiting for me? Nobody called me! And I changed the brake shoes only last year, why again?", "no_need"),
        t("Then whoever changed them did a cheap job, not my problem. You want it done or you want to ride without brakes? Your choice, madam, I have other customers."),
        c("Don't talk to me like that. Give me my scooter, I'll take it somewhere else.", None),
        t("Fine. Pay the inspection charge, 200, at the counter. Anything else?"),
    ],
)

PAIRS = [A01, A02, A03, A04, A05, A06, A07, A08, A09, A10]
