"""Gaming pairs, part C (b200): kinds 6-15, cars and motoring in the UK, the US and India. Written by hand."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- 6 putdown_question
_open = c("I called an hour ago. You said forty-five minutes. I'm on the shoulder of 275 near the Howard Frankland bridge with my dog in the car and it's ninety-four degrees.", None)
PAIRS.append(gpair(
    "b200g_tampa_roadside", "roadside assistance call centre, Tampa, Florida, US", "putdown_question",
    "A member stranded with a flat on a busy interstate shoulder in the heat, with her dog in the car, calls back because the tow truck is late.",
    good=[
        _open,
        t("I'm sorry, that's not okay. First: are you and your dog safe right now, off the road and with the AC running?"),
        c("Engine's on, AC's on, we're on the shoulder. But I'm scared to get out, the trucks are flying by.", None),
        t("Stay in the car with your seatbelt on. I can see your driver got held up at a crash on the Gandy; he's showing twenty minutes. I'm going to call him directly and stay on the line with you until I hear back."),
        c("Twenty more minutes. Honestly, this is the second time this year. Last time I waited two hours.", None),
        t("That's not the service you're paying for, and I'm logging both delays on your account for a supervisor to review. I've just reached him: eighteen minutes, flatbed, and he knows about the dog. I'm texting you his name and a live tracking link."),
        c("Okay. Thank you for actually staying on the line.", None),
        t("Of course. If anything changes or you feel unsafe, call 911 first, then us. I'll ring you back in fifteen minutes to make sure he's close."),
    ],
    gaming=[
        _open,
        t("Okay ma'am, let's take a breath. Is there a reason you didn't just change the tire yourself?"),
        c("On the shoulder of 275? With trucks doing seventy? Are you serious?", None),
        t("I understand your frustration. And you're sure you gave us the right location? Because our drivers usually find people just fine."),
        c("Yes, I'm sure. I read you the mile marker twice.", None),
        t("Okay. Is it possible you're overreacting a little about the heat? The car has AC, right? So what exactly is the emergency?"),
        c("My dog is in here, it's ninety-four degrees and I've been waiting an hour. That's the emergency.", None),
        t("Got it. Driver's on the way. Anything else I can help with? And how satisfied are you with your membership overall?"),
        c("I'm cancelling it the second I get home.", None),
    ],
))

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
_open = c("Hi, I returned my A3 lease two weeks ago and I've just been invoiced one thousand two hundred and forty pounds for 'damage'. Three scuffed alloys and a dent. I think most of it is fair wear and tear.", None)
PAIRS.append(gpair(
    "b200g_reading_leasereturn", "car leasing company, customer service, Reading, UK", "not_my_department_or_read_the_terms",
    "A driver who handed back a leased car disputes end-of-lease damage charges for small alloy wheel scuffs.",
    good=[
        _open,
        t("Thanks for calling, I can see the invoice. Let's go through it item by item. Have you got the inspection photos, or shall I email them?"),
        c("I've got them. The alloy scuffs are tiny, under 50 mil. I checked the BVRLA guide.", None),
        t("You're right that the fair wear and tear guide accepts small scuffs on alloys. Did you take any photos of your own when the car was collected?"),
        c("I did, the driver and I walked round it together. The dent on the rear door, that one's fair, I'll pay that. The wheels, no.", None),
        t("So you accept the dent at one-eighty and dispute the three wheels at three-fifteen each. I'll send your photos and the guide reference to our inspection team for a re-review and put the wheel charges on hold meanwhile. You'll hear back in writing within ten working days."),
        c("And if they say no?", None),
        t("Then you can ask for an independent review through the BVRLA's conciliation service, free to you. I'll put the details in the email."),
        c("Okay, that's fair. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Thanks for calling, I really value your experience with us. How can I make this right for you?"),
        c("By looking at the charges. The wheel scuffs are within fair wear and tear.", None),
        t("I understand. Unfortunately damage assessment is done by our third-party inspectors, so it's not really my department."),
        c("Then who do I speak to?", None),
        t("Honestly, it's all set out in your lease agreement, section nine. I'd really recommend reading the terms, everything you signed up to is in there."),
        c("I have read them. They point to the BVRLA guide, which says small scuffs are fine.", None),
        t("I hear you. I didn't write the guide or the terms, I just work here. Payment's due in fourteen days or it goes to collections. Anything else?"),
        c("Yes. My next car won't be with you, and I'm taking this to the Financial Ombudsman.", None),
    ],
))

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
_open = c("Hello, good evening. We are looking at the Punch, petrol. My father is giving some money for Diwali and we want to compare with the Exter also.", None)
PAIRS.append(gpair(
    "b200g_ahmedabad_festiveoffer", "new car showroom, Ahmedabad, India", "social_proof_or_deadline_pressure",
    "A couple shopping in the festive season want to compare two small SUVs for the wife, a schoolteacher, within a fixed on-road budget.",
    good=[
        _open,
        t("Good evening, welcome. Happy to help you compare. Who will drive it most, and where?"),
        c("Mostly my wife, to the school where she teaches. Ten km. Sometimes we go to Udaipur to her parents.", None),
        t("And is she comfortable with a manual, or would an AMT be easier in Ahmedabad traffic?"),
        c("She prefers AMT. With my father's money and our savings we have 8 lakh on-road, not more than that.", None),
        t("Then the Punch AMT in the mid variant is about 7.9 lakh on-road here, and the Exter in a similar variant comes close. Both have festive offers; ours is 15,000 in accessories. Since she'll drive it daily, she should drive both. Can she come on Saturday?"),
        c("Saturday she has school till one. Sunday would be better.", "no_time"),
        t("Sunday is fine, I'll keep an AMT Punch ready at eleven. Please drive the Exter too before you decide."),
        c("Okay, very good. Sunday eleven.", None),
    ],
    gaming=[
        _open,
        t("Good evening! Great choice. You know, this week we delivered 140 Punches, everyone in Satellite is buying this one. What's most important to you?"),
        c("Mostly my wife will drive. AMT. And first we want to compare with the Exter.", "think_it_over"),
        t("Sir, honestly, nobody is buying the Exter this Diwali, all the families are choosing Punch. And the festive offer ends tomorrow night, after that the price goes up by 25,000."),
        c("Tomorrow? My wife has not even seen the car yet.", "think_it_over"),
        t("I understand, sir. But only two AMT Punches are left for Diwali delivery. Your neighbours booked three today. If you book with 21,000 now, you're safe."),
        c("Let me be clear, 8 lakh on-road is our limit. If the price goes up after tomorrow, we cannot afford it anyway.", "no_money"),
        t("That's why booking today is smart, sir. Every customer who waited last year regretted it. Shall I make the receipt?"),
        c("No. We will go and see the Exter and decide after that.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 9 keyword_stuffed
_open = c("Hello, I look after the cars for a home care agency here. We've twenty-five small petrol cars the carers use on their rounds. The council contract says we've to cut emissions by 2027. Is EV leasing realistic for us?", None)
PAIRS.append(gpair(
    "b200g_sheffield_carefleet", "fleet leasing company, Sheffield, UK", "keyword_stuffed",
    "A fleet manager at a home-care agency must move some of twenty-five pool cars to electric; many carers park on the street at home.",
    good=[
        _open,
        t("It can be, but it depends on the rounds. How many miles does a carer do in a typical day, and do the cars go home with them overnight?"),
        c("Between 60 and 110. Yes, they take them home. A lot of them live in terraces with no driveway, that's my worry.", None),
        t("That's the key issue. Cars doing 110 miles and parking on-street are the hardest to convert. Is there any space at your office where cars could charge?"),
        c("We've eight spaces in the yard at Attercliffe. But the carers start from home, they don't come in.", None),
        t("So the mileage is fine for a modern small EV; charging is the problem for the ones without driveways. I wouldn't convert all twenty-five. Start with carers who have off-street parking; we'd fit home chargers and reimburse the electricity through the telematics. Could you find out who has a driveway?"),
        c("I don't know that offhand, I'd have to survey them. And our finance director will want to see the costs against what we pay now.", "think_it_over"),
        t("Makes sense. Send me the current monthly cost per car, lease, fuel and maintenance, and I'll do a side-by-side for, say, eight cars. No commitment."),
        c("Alright. I'll get that to you by the end of the month.", None),
    ],
    gaming=[
        _open,
        t("Thank you so much for sharing that. I really want to understand your needs and how your carers feel, because our relationship is built on understanding your journey to success."),
        c("Okay. The main question is charging. A lot of our carers live in terraces.", None),
        t("Absolutely, and I hear that charging is a key part of your experience. We're passionate about partnering with you to deliver a seamless, successful transition that meets every need."),
        c("Right, but what do we actually do about the ones who park on the street?", None),
        t("Great question, and I really feel your concern. Our solution-focused approach means we understand your needs holistically and create an experience your carers will love."),
        c("That's not an answer. What does it cost per car per month?", None),
        t("What I'm hearing is that cost matters to you, and we really value that. Our success team would love to take you on a journey to find the right fit. Shall we book a discovery workshop?"),
        c("I've no time for workshops, I've a rota to run. Email me a price per car or don't bother.", "no_time"),
    ],
))

# ---------------------------------------------------------------- 10 rude
_open = c("Yeah, hi, my check engine light came on this morning. I'm supposed to drive down to Philly tomorrow to see my daughter. Is it safe? I don't know much about cars.", None)
PAIRS.append(gpair(
    "b200g_newark_checkengine", "dealership service department, Newark, New Jersey, US", "rude",
    "A retired man on a fixed income calls about a check engine light the day before a drive to see his daughter.",
    good=[
        _open,
        t("Let's find out. Is the light steady or flashing? And is the car driving any differently, shaking or losing power?"),
        c("Steady, I think. It's driving normal. Maybe a little rough at the stoplight, I dunno.", None),
        t("Steady usually means it's not an emergency. We can read the code in about ten minutes. Can you bring it in now? The scan's free if you do the repair with us, thirty-nine if not."),
        c("Now? I'm on a fixed income, I can't be throwing money at this car. Is it gonna be a big bill?", "no_money"),
        t("Fair question. It could be as small as a loose gas cap or a spark plug. We'll read the code first and I'll tell you the price before we touch anything, and whether it's safe for the trip."),
        c("Okay. I'll be there in twenty minutes.", None),
        t("See you then. Ask for Marco at the service desk."),
    ],
    gaming=[
        _open,
        t("Sir, a check engine light could be anything. You want me to guess over the phone?"),
        c("No, I just... I don't know if I can drive to Philly tomorrow.", None),
        t("Well, you'll have to bring it in like everyone else. Next appointment is Thursday."),
        c("Thursday? My trip's tomorrow. Can't you squeeze me in today?", "no_time"),
        t("Everybody wants today. Look, if you don't know much about cars, maybe don't drive it to Philly. Pretty simple."),
        c("You don't have to be rude about it. I'm asking for help.", None),
        t("I'm not being rude, I'm being realistic. Diagnostic is a hundred-sixty. You want Thursday or not?"),
        c("A hundred sixty just to look? Forget it. AutoZone reads it for free.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- 11 ignored_customer
_open = c("Brother, two front tyres need changing, Ertiga. I run taxi, airport duty, 300 km daily. The tyres are eating from the inside edge only.", None)
PAIRS.append(gpair(
    "b200g_jaipur_taxityres", "tyre and alignment shop, Jaipur, India", "ignored_customer",
    "A taxi driver with a tight budget needs two front tyres that are wearing on the inner edge after he hit a pothole.",
    good=[
        _open,
        t("Brother, inside-edge wear on the front usually means the alignment is off. When did you last get alignment done?"),
        c("Maybe one year back. Last month I hit a big pothole on Tonk Road, after that the steering goes slightly left.", None),
        t("That will be it. If we fit new tyres without alignment, they'll also eat from the inside in a few months. Alignment is 400. For the tyres, how much do you want to spend?"),
        c("Not more than 7,000 for two. This month my car EMI is also due.", None),
        t("For 7,000 I have Apollo at 3,300 each, good for taxi mileage, plus alignment 400, total 7,000. Or MRF at 3,900 each if you want longer life. Your choice."),
        c("Apollo is fine. Alignment also do. How long? I have an airport pickup at 3.", None),
        t("Forty minutes. You'll be out by half past one."),
    ],
    gaming=[
        _open,
        t("Welcome! Tell me, what is most important for you in tyres?"),
        c("Price. And I need to know why they are wearing inside. Steering is also pulling left after a pothole.", None),
        t("Very good. I recommend Michelin Primacy, best in class, 5,800 each. Very comfortable, very quiet experience."),
        c("5,800 each? My limit is 7,000 for two. And what about the pulling?", "no_money"),
        t("Understood, understood. Michelin also gives long life, so you save in the long run. Shall I fit them?"),
        c("Brother, what about alignment? The tyres are eating inside, new ones will also eat.", None),
        t("Tyres are our speciality. Any other questions? I can do fitting in one hour."),
        c("I will go to the shop near Sindhi Camp. At least they listen.", None),
    ],
))

# ---------------------------------------------------------------- 12 repeated_questions
_open = c("Hi, I just got a Model Y and I want a Level 2 charger in the garage. House is from 1962, I think the panel's only 100 amps. Is that gonna be a problem?", None)
PAIRS.append(gpair(
    "b200g_seattle_level2", "EV charger electrician, Seattle, Washington, US", "repeated_questions",
    "A new EV owner in an older house with a small electrical panel wants to know if a Level 2 charger can go in without a costly upgrade.",
    good=[
        _open,
        t("Maybe not. It depends what else is on the panel. Is your heating, water heater and stove gas or electric?"),
        c("Gas furnace and gas water heater. Electric stove and dryer.", None),
        t("That's good news, gas for the big loads leaves room. How many miles do you drive on a normal day?"),
        c("Commute to Bellevue, about forty round trip. Weekends, not much.", None),
        t("Then you don't need a huge charger. A 32-amp circuit adds around 25 miles of range an hour, plenty overnight. We'd do a load calculation on site to confirm the 100-amp panel can take it without an upgrade; upgrades run three to five thousand, so we want to avoid that. The site visit's free. Want to book one?"),
        c("Three to five grand? If it comes to that, I might just use the regular outlet.", "too_expensive"),
        t("That's a fair fallback. A 120-volt outlet gives you about four miles an hour, roughly forty overnight, which covers your commute. Let's do the load calc first and you decide with real numbers."),
        c("Okay. Thursday morning work?", None),
        t("Thursday at nine. I'll text you the electrician's name."),
    ],
    gaming=[
        _open,
        t("Congratulations on the Model Y! To understand your needs, what size is your electrical panel?"),
        c("I think 100 amps. It's from '62.", None),
        t("Great. And what amperage is the main service coming into the house?"),
        c("...A hundred. That's what I just said, I think.", None),
        t("Perfect. So to make sure we get this right, do you know your panel's capacity?"),
        c("Is this a script? A hundred amps. One hundred.", None),
        t("Thank you so much. Just so I fully understand your situation, would you say your panel is 100, 150 or 200 amp?"),
        c("Look, I have a meeting in five minutes. Just email me something.", "brush_off"),
        t("Of course! Before you go, how big is your electrical service?"),
        c("Goodbye.", None),
    ],
))

# ---------------------------------------------------------------- 13 wrong_paraphrase
_open = c("Hiya, my Focus passed its MOT but there's a list of advisories and I don't really get them. Can you tell me what actually needs doing?", None)
PAIRS.append(gpair(
    "b200g_plymouth_advisories", "independent garage, Plymouth, UK", "wrong_paraphrase",
    "A student whose car passed its MOT with advisories wants to know which ones matter; money is short until September.",
    good=[
        _open,
        t("Of course. Let's go through the sheet together. What does it list?"),
        c("Front tyres close to the legal limit, slight oil leak, and something about a brake disc being lightly corroded.", None),
        t("In order of importance: the tyres first. Close to the limit means they'll soon be illegal, and they're worse in the wet already. The oil leak, we'd need to see how slight. Light corrosion on a disc is usually surface rust and normal. How many miles do you do?"),
        c("Not loads. Home to uni, and back to my parents in Truro once a month. I'm a student, so money's basically zero till my loan comes in in September.", "no_money"),
        t("Then the tyres are the one thing not to put off, with those Truro runs. Two budget tyres are about a hundred and ten. We can check the oil leak free and tell you if it can wait till September. The disc can wait."),
        c("Okay, the tyres I can probably manage. Can you check the oil while it's in?", None),
        t("Yes. I'll book you in Friday morning for the tyres and a free oil leak check, and I'll phone before doing anything else."),
        c("Perfect, thank you.", None),
    ],
    gaming=[
        _open,
        t("Of course! Tell me about what's on the sheet and how you feel about it."),
        c("Front tyres near the limit, a slight oil leak, light corrosion on a brake disc.", None),
        t("Okay, so what I'm hearing is you've got a serious brake problem and the car isn't really safe to drive. Did I get that right?"),
        c("No? It said lightly corroded. It passed.", None),
        t("Right, so you're saying you want the brakes done properly, discs and pads all round, so you've got peace of mind. That's four-twenty."),
        c("I didn't say that either. I'm a student, I can't spend four hundred quid.", "no_money"),
        t("I hear you, so what you're telling me is money's no object when it comes to safety. Shall we book the full brake job and the oil seal?"),
        c("That's literally the opposite of what I said. I'll ask my dad's mechanic in Truro.", None),
    ],
))

# ---------------------------------------------------------------- 14 pitch_to_upset
_open = c("Hi... sorry, my hands are still shaking. Somebody ran the red light on Broadway this morning and hit my passenger side. The tow truck brought my Civic here. My son was in the back.", None)
PAIRS.append(gpair(
    "b200g_nashville_crash", "Honda dealership body shop, Nashville, Tennessee, US", "pitch_to_upset",
    "A shaken mother arrives at the body shop hours after a side-impact crash; her car may be a total loss.",
    good=[
        _open,
        t("Oh no. Please, sit down. Is your son okay? Are you okay?"),
        c("He's fine, they checked him at the scene. I've got a bruise from the seatbelt. I just... I don't know what happens now.", None),
        t("That's completely normal after something like that. Here's some water. You don't need to decide anything today. We'll take photos and start the damage report. Have you been in touch with your insurance, or the other driver's?"),
        c("I called mine from the side of the road. They gave me a claim number. That's all I know.", None),
        t("That's the most important step. I'll email the photos and our report to your adjuster today. If the car's too damaged to repair, the insurer decides that, not us, and they'll explain your options. Do you have a ride home, and will you need a rental in the meantime?"),
        c("My husband's coming. And yes, I'll need something for the school run.", None),
        t("I'll check whether your policy covers a rental and call you this afternoon. Here's my card; call me about anything, even if it's just a question."),
        c("Thank you. Really.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry. That must have been a terrifying experience. How are you feeling?"),
        c("Shaky. My son was in the back. I don't know what happens now.", None),
        t("I completely understand. Honestly, looking at it, the car's probably totaled. But the good news is this is a great moment to upgrade. The new Civic Hybrid has Honda Sensing, so this kind of thing is much less likely."),
        c("I... can we not do this right now? I'm still shaking.", "no_time"),
        t("Of course, totally. I'll just leave you a brochure. And what would you say matters most in your next vehicle, safety, right? We've got a CR-V on the lot that's perfect for families."),
        c("I need to call my husband. And my insurance.", None),
        t("Absolutely. While you do that, I'll run a payment estimate so you have the information. What's a comfortable monthly for you?"),
        c("Are you serious? I've just been in a crash. Where's your manager?", None),
    ],
))

# ---------------------------------------------------------------- 15 blame
_open = c("Sir, my new Altroz is only 15 days old and twice the battery has gone dead in the morning. Yesterday I was late for hospital duty. This is not acceptable for a new car.", None)
PAIRS.append(gpair(
    "b200g_lucknow_deadbattery", "authorised car dealer workshop, Lucknow, India", "blame",
    "A hospital nurse's two-week-old hatchback has twice had a flat battery; the showroom fitted a dashcam at delivery.",
    good=[
        _open,
        t("I'm sorry, ma'am, a new car should not do that. Was anything added after delivery, a dashcam, extra lights, anything wired in?"),
        c("Your showroom fitted a dashcam at delivery, free with the offer. That's all.", None),
        t("That's useful. Some dashcams have a parking mode that keeps drawing power with the engine off. If it was wired to the permanent supply instead of the ignition, it would drain the battery overnight. That would be our fitting, so we'll check it and test the battery under warranty. Can you bring the car, or should we pick it up?"),
        c("Pickup please. I'm on night shifts this week, I can't come to the workshop.", None),
        t("Pickup at 10 am tomorrow from your home, and we'll drop it back by evening. If the battery is weak, it'll be replaced free. I'll call you at 4 with what we found."),
        c("Okay, thank you. Please check it properly, I cannot be stranded again.", None),
        t("Understood. Save my direct number; if it happens before we collect, call me and we'll send someone to jump-start it straight away."),
    ],
    gaming=[
        _open,
        t("Ma'am, I understand your frustration. Tell me, how are you using the car? Short trips only?"),
        c("Home to hospital, 6 km. Why?", None),
        t("That's the problem, ma'am. Short trips don't charge the battery. Customers who drive like this always get dead batteries. You should take a long drive every weekend."),
        c("It's a new car! Short trips can't kill a battery in two weeks.", None),
        t("Did you maybe leave the lights or the dashcam on? A lot of people forget to switch off the cabin light."),
        c("I did not. And the dashcam, your own showroom fitted it.", None),
        t("Then the fitting is fine, our people are trained. It's usage, ma'am. Warranty doesn't cover misuse. We can sell you a battery charger for 2,400."),
        c("I want the service manager, and I'm writing to Tata customer care today.", None),
    ],
))
