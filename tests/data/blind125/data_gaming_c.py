"""Gaming pairs C (blind125)."""
from common import c, gpair, t

PAIRS = []

o = c("This scooter is cutting out again. Third time I bring it. I deliver food, when it stops I lose money.", None)
PAIRS.append(gpair("b125g_pretoria_scooter_cutout", "scooter dealership workshop, Pretoria ZA", "putdown_question",
    "A delivery rider brings back a scooter under warranty for the third time.",
    [o, t("Third time is too many, I'm sorry. When does it cut out: when it's hot, in rain, at idle?"),
     c("When it is hot, after maybe one hour. Then after ten minutes it starts again.", None),
     t("That points to something heat-related, maybe the ignition coil. The last two visits only checked fuel. I'd like to keep it today and test it hot. Do you need a scooter meanwhile?"),
     c("Yes, I cannot stop work. But I cannot pay more also, it is under warranty.", "no_money"),
     t("It is under warranty, so no charge for the repair. Take the loan scooter now, and I'll call you by four with what we find."),
     c("Okay. Thank you, my friend.", None)],
    [o, t("Third time, hey? Are you sure you're putting in the right fuel, or just the cheapest?"),
     c("The right one. Ninety-five, like the book says.", None),
     t("And maybe you ride it too hard? How fast do you actually go with the delivery box?"),
     c("Normal speed. It stops when it is hot, I told the other man.", None),
     t("Right. So what do you expect us to find, if the last two times nothing was wrong?"),
     c("I expect you to fix it. I will go to the other dealer.", None)]))

o = c("I got a recall letter about the passenger airbag. My kid sits in that seat. When can you fix it?", None)
PAIRS.append(gpair("b125g_miami_recall_airbag", "dealership service desk, Miami US", "not_my_department_or_read_the_terms",
    "A parent asks about a safety recall; the part is on backorder.",
    [o, t("Thanks for coming in on it. Can I get your plate or VIN to check the part status?"),
     c("Here. The letter says don't use the passenger seat, so my son's been in the back.", None),
     t("Good call. The part's on backorder, about three weeks. For this recall the manufacturer pays for a loaner while you wait. Want me to set that up today?"),
     c("Today? I can't, I have to pick him up at three.", "no_time"),
     t("No problem. I'll reserve it for tomorrow morning and put you on the list, so you get a call the day the part lands."),
     c("Tomorrow at eight works.", None)],
    [o, t("I understand your concern and I want you to have a great experience. Parts availability is a manufacturer thing, though, not my department."),
     c("So what am I supposed to do? Not drive?", None),
     t("Great question. It's all in the recall letter. Did you get a chance to read it all the way through?"),
     c("Yes. It says call your dealer. I'm at my dealer.", None),
     t("I hear you. Unfortunately I didn't make the rules. The manufacturer's hotline is at the bottom of the letter. Anything else?"),
     c("Un-freaking-believable. Get me your manager.", None)]))

o = c("Hiya, I'm interested in going electric, but I live in a flat with no driveway. Is that daft?", None)
PAIRS.append(gpair("b125g_nottingham_ev_no_driveway", "car dealership, Nottingham UK", "social_proof_or_deadline_pressure",
    "A nurse with no home charging is curious about an electric car.",
    [o, t("Not daft, but it depends. How many miles a week, and is there charging at work or near you?"),
     c("About 150 a week, I'm a nurse at the hospital. There are chargers in the staff car park but they're always full.", None),
     t("That's the catch. Without reliable charging an EV can be a hassle, and public rapid charging costs more. Would a hybrid be worth a look too?"),
     c("Maybe. My sister has one, she loves it.", None),
     t("Then let's drive both, and I'll work out the monthly running cost of each on your 150 miles. No need to decide today."),
     c("Good. Not this week though, I'm on nights. Next Tuesday?", "no_time"),
     t("Tuesday's fine. Two o'clock, after you've slept?"),
     c("Perfect.", None)],
    [o, t("Great question! Honestly, everyone's going electric, half our customers switched this year. What's your experience with EVs?"),
     c("None really. I do about 150 miles a week, and I'm not sure about charging with no driveway.", None),
     t("Totally hear you. People in flats make it work all the time, your whole area is switching. And the incentives could end any day."),
     c("The chargers at work are always full, though.", None),
     t("I get it. But this offer, 299 a month, finishes Saturday, and I've only two left in white. Shall I reserve one?"),
     c("I'm not rushing into this. I'll think about it properly.", "think_it_over")]))

o = c("Hi, my car pulls to the left since I hit a pothole last week. Do you do alignment?", None)
PAIRS.append(gpair("b125g_gqeberha_wheel_alignment", "tyre and fitment centre, Gqeberha ZA", "keyword_stuffed",
    "A driver's car pulls left after a pothole.",
    [o, t("We do. Since the pothole, any vibration or knock, and is the steering wheel off-centre?"),
     c("Wheel is a bit crooked, yes. And a small wobble at 100.", None),
     t("The wobble makes me want to check the rim and tyre too. Alignment is R450; the check is free. If the rim's bent I'll show you before doing anything. Okay?"),
     c("Okay. But I've been to a place that 'found' me four new tyres. I'm wary.", "bad_experience"),
     t("Understood. Stand at the car with me while we check, and you decide on anything beyond the alignment."),
     c("Fair. Let's do it.", None)],
    [o, t("Absolutely, and thank you for trusting us with your journey. To understand your needs and make your experience a success, how do you feel about your car right now?"),
     c("It pulls left. I hit a pothole. Do you do alignment, yes or no?", None),
     t("I hear that, and I feel your frustration. Our relationship with you matters, and understanding your experience is our success. How does that make you feel?"),
     c("Confused. How much is it and how long?", None),
     t("Great question. We focus on value and on understanding your needs holistically. Let's explore what success looks like for you."),
     c("Ag, no man. I'll go to the place by the mall.", None)]))

o = c("hi locked my keys in the car at the grocery store. no one inside thank god. how long for someone", None)
PAIRS.append(gpair("b125g_atlanta_lockout", "roadside assistance chat, Atlanta US", "rude",
    "A member locked her keys in the car and writes in the app chat.",
    [o, t("Glad nobody's inside. Which store and which row, and is the membership in your name?"),
     c("publix on ponce, row f near the carts. membership is under my husbands name i think", None),
     t("Found it, you're covered on his plan. A locksmith van is 35 minutes out. Does that work, or is anything time-critical?"),
     c("35 is ok. ice cream melting but ill live lol", None),
     t("Sorry about the ice cream. You'll get a text with the driver's name and live tracking."),
     c("thank you!!", None)],
    [o, t("ok. you know most cars stop you doing that with the fob right. where are you"),
     c("publix on ponce row f. membership under my husbands name i think", None),
     t("'I think' isn't much use. Name on the account? Spell it. And how satisfied are you with our service so far?"),
     c("why are you being like this. its okafor. o-k-a-f-o-r", None),
     t("Fine, found it. 90 minutes, maybe. We're busy. Try not to do it again. Anything else?"),
     c("90 min?? forget it im calling a locksmith", None)]))

o = c("Hi, I'm selling my old Falcon and need a roadworthy. Buyer's coming Saturday. Can you squeeze me in?", None)
PAIRS.append(gpair("b125g_geelong_rwc_sale", "roadworthy inspection garage, Geelong AU", "ignored_customer",
    "A private seller needs a roadworthy certificate before Saturday.",
    [o, t("Let's see. Thursday 9 am is free. Any known issues: warning lights, worn tyres, blown bulbs?"),
     c("Driver's window doesn't wind down. And the tyres are, um, getting there.", None),
     t("Both would fail it, so best to know now. If it fails you get 7 days for a free reinspect. Want me to quote tyres and the window too?"),
     c("Ugh. I'm only getting four grand for it, I'm not putting another grand in.", "too_expensive"),
     t("Fair. Part-worn tyres are about $60 each here, and a second-hand window motor maybe $150 fitted. Thursday 9, and you decide on the day?"),
     c("Alright, Thursday 9.", None)],
    [o, t("Great, tell me about your car and what you need."),
     c("Old Falcon. Driver's window is stuck and the tyres are worn. Buyer's coming Saturday, that's the problem.", None),
     t("Lovely. We've got next Wednesday at 2. That suit?"),
     c("Saturday! I said the buyer's coming Saturday. Wednesday's too late.", "no_time"),
     t("Understood. So Wednesday at 2, and I'll note the window. Anything else I can help with?"),
     c("Are you even listening? I'll try another garage.", None)]))

o = c("Morning. I'm a joiner, self-employed. Thinking of leasing a van instead of buying. Is it worth it?", None)
PAIRS.append(gpair("b125g_edinburgh_van_lease", "van leasing broker, Edinburgh UK", "repeated_questions",
    "A self-employed joiner asks whether to lease or buy his next van.",
    [o, t("Depends how you use it. How many miles a year, and how long do you usually keep a van?"),
     c("Twenty-odd thousand miles. Kept my last one eight years, till it rotted.", None),
     t("High mileage and you keep them long. Leases usually cap at 15 to 20 thousand and charge over that, and racking holes count as damage at handback."),
     c("Not great. I've just paid twelve hundred for shelving in the old one.", None),
     t("Then hire purchase or buying used may suit you better. I'll price lease and HP side by side, and it's worth asking your accountant about the VAT."),
     c("Aye, do that. I'll run it past her before I decide.", "think_it_over")],
    [o, t("Great question. So tell me, how do you use your van?"),
     c("Twenty-odd thousand miles a year, tools and timber. I keep them till they rot.", None),
     t("Brilliant. And what does a typical year of mileage look like for you?"),
     c("Twenty thousand. Like I said.", None),
     t("Got it. And roughly how far would you say you drive in a year?"),
     c("Are you a robot? Twenty thousand. Look, I've a job at eleven.", "no_time"),
     t("Sorry! Last one, just to understand your needs: what's your annual mileage?"),
     c("Send me a brochure. I'm off.", "brush_off")]))

o = c("Hi, I want to trade my sportbike in. My back's killing me, I need something more upright.", None)
PAIRS.append(gpair("b125g_portland_sportbike_tradein", "motorcycle dealership, Portland US", "wrong_paraphrase",
    "A rider with back pain wants to trade a sportbike for an upright bike.",
    [o, t("Sorry about the back. What riding do you do, and how long are your rides?"),
     c("Commuting, forty minutes each way, and a weekend ride. After half an hour my lower back is screaming.", None),
     t("So upright, comfortable for forty minutes plus weekends. What would you want to add on top of the trade?"),
     c("Not more than three grand. The sportbike's paid off.", None),
     t("Let's appraise yours first. Then I'll show you two standards and an adventure bike within three grand of your trade, and you can sit on each a while."),
     c("Sounds good. I'm in no hurry though, I'll ride a couple before deciding.", "think_it_over")],
    [o, t("Love it. Tell me about your riding experience."),
     c("Commuting, forty minutes. My back's screaming after half an hour on the sportbike.", None),
     t("So what I'm hearing is you want more power for the commute, something like our 1000cc hyper-naked, right?"),
     c("No, I said my back hurts. I want upright and comfy.", "no_need"),
     t("Right, so if I've got you: you want to go faster in comfort, and budget's flexible. Did I understand you correctly?"),
     c("I never said budget's flexible. Three grand over my trade, max.", "no_money"),
     t("Great, so a sport tourer around nineteen grand then. Let me get the paperwork."),
     c("No. I'm done here.", None)]))

o = c("Hi, I... I've just hit a roo on the Monaro Highway. The front's smashed and there's steam coming out. I'm shaking.", None)
PAIRS.append(gpair("b125g_canberra_kangaroo_strike", "roadside recovery call centre, Canberra AU", "pitch_to_upset",
    "A shaken driver calls after hitting a kangaroo at night.",
    [o, t("You did the right thing calling. Are you hurt, and is the car off the road?"),
     c("I'm not hurt. I'm on the shoulder, hazards on. The roo's... it's still on the road.", None),
     t("Stay in the car or behind the barrier, and don't go near the roo; I'll tell police it's on the road. Where exactly are you?"),
     c("Just past the Williamsdale turn-off, heading south.", None),
     t("Got it. A tow truck is 40 minutes away and will take you and the car to Queanbeyan. I'll ring you back in 15 minutes to check on you."),
     c("Okay. Thank you. Sorry, I'm a mess.", None)],
    [o, t("Oh no, that sounds scary, are you okay? Just so I understand your experience: are you on basic cover or premium?"),
     c("I don't know, basic? Please, the car's steaming.", None),
     t("Okay. Basic only tows 20 km, so this is actually a great moment to upgrade to premium. It's just $89 more and covers you to 100 km. Shall I do that now?"),
     c("What? I've just hit a kangaroo. I can't think about that now.", "no_time"),
     t("Totally understand. It takes two minutes and it'll save you on this tow. Can I grab your card number?"),
     c("No! Just send a truck. Please.", "no_need")]))

o = c("You sold me the wrong brake discs. I've had the wheels off all morning and they don't fit. I need the car for work tomorrow.", None)
PAIRS.append(gpair("b125g_sheffield_parts_wrong_discs", "motor factor parts counter, Sheffield UK", "blame",
    "A DIY customer returns brake discs that did not fit his car.",
    [o, t("Sorry, that's a wasted morning. Have you got the receipt or your reg? Let's see what went wrong."),
     c("Receipt's here. Reg is on it, the lad typed it in.", None),
     t("Thanks. Your model changed mid-2016: 280 and 300 mil discs. The system gave the smaller. If you measure the old one, I can be sure."),
     c("Hang on. Three hundred, near enough.", None),
     t("Then these are the right ones, in stock, and the swap's free. I'll check the pads match too, in case it's the same story."),
     c("Go on then. Cheers for sorting it.", None)],
    [o, t("Okay, let's look. Did you give us the right reg? Because the system doesn't make mistakes."),
     c("It's on the receipt. Your lad typed it in himself.", None),
     t("Right. Well, with this model you should really measure the old discs before ordering, most people know that. How can I make your experience better?"),
     c("By giving me the right discs! I've lost a whole morning.", None),
     t("I hear you. We can swap them, but there's a 15 percent restocking fee as they've been out of the box. Anything else?"),
     c("You're charging me for your mistake? I'll take it up with your manager.", None)]))
