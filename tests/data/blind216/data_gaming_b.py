"""Gaming pairs, file b (written by hand for blind216)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
_open = c("Hello, I am an electrician, sole trader, based in Tarneit. My ute is finished, gearbox gone. I am looking to lease a van, maybe a Hiace or similar.", None)

PAIRS.append(gpair(
    "b216g_melbourne_van_lease_sparky", "van leasing for a sole-trader electrician, Melbourne", "ignored_customer",
    "An electrician whose ute has died calls a commercial vehicle leasing company about a van.",
    good=[
        _open,
        t("Sorry about the ute, that's a bad time to lose a gearbox. What kind of work do you do mostly, and how far do you drive in a normal week?"),
        c("Mostly new houses in the estates, but I also do solar jobs for a company in Ballarat and Bendigo. So some weeks it is a lot of kilometres. Maybe 40,000 a year.", None),
        t("Forty thousand a year is a fair bit. Our standard leases include 25,000, and the excess is 12 cents a kilometre, which would add about 1,800 a year. I'd rather set it up at 40,000 from the start; the monthly goes up a little, but there's no surprise bill at the end. Does the van need to carry anything special?"),
        c("Ladders. Two extension ladders, and a conduit tube. And I am worried, my last lease company charged me a lot at the end for small scratches.", "bad_experience"),
        t("So roof racks with a ladder rack and a conduit tube, and no nasty damage bill at the end. On that: we do a walk-around with photos at pick-up, and normal wear like scratches under 25 millimetres isn't charged. I'll send the wear guide so you have it in writing. A Hiace with 40,000 kilometres a year and the racks fitted is about 1,190 a month over four years."),
        c("Okay. That is more than I thought. Let me check with my accountant, because of the tax side.", "think_it_over"),
        t("Good idea, lease or buy really depends on your tax position. I'll email the quote with the kilometres, the racks and the wear guide this afternoon. Would Thursday suit for me to call, after you've spoken to him?"),
        c("Thursday evening, after six. I am on site before that.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that! What does a typical week look like for you, and how far do you drive?"),
        c("Mostly new houses, but also solar jobs in Ballarat and Bendigo. So maybe 40,000 kilometres a year.", None),
        t("Great. So our standard Hiace lease is 25,000 kilometres a year, 990 a month over five years. Super popular with sparkies. What else matters to you in a van?"),
        c("But I just said 40,000. What happens with the extra? Also I need racks for two ladders and a conduit tube.", None),
        t("Love it. And how do you feel about the end of the lease, any worries there?"),
        c("Yes. My last lease company charged me a lot for small scratches at the end. I do not want that again.", "bad_experience"),
        t("Totally understand. So: 25,000 kilometres, five years, 990 a month, racks not included in the base price. Shall I send the contract through for signing today?"),
        c("You did not listen to one thing I said. The kilometres are wrong, the racks are missing. I will go to someone else.", None),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
_open = c("Hi, I dispatch for a landscaping company in Denver, fourteen trucks. The owner wants GPS tracking, and I'm the one who'll use it, so I'm making the calls. I've got about ten minutes.", None)

PAIRS.append(gpair(
    "b216g_denver_fleet_tracking_landscaping", "fleet tracking for a landscaping company, Denver", "repeated_questions",
    "A busy dispatcher calls a fleet-tracking vendor on her owner's behalf, between radio calls.",
    good=[
        _open,
        t("Ten minutes is plenty. What do you want it to do for you day to day, as the person using it?"),
        c("Mainly know which crew is closest when a client calls with something urgent. Right now I'm texting fourteen guys. And the owner wants to see hours on site, because clients dispute the bills.", None),
        t("So two jobs: find the nearest crew fast, and prove time on site when a bill is disputed. Do you schedule the jobs in software now?"),
        c("Yeah, FieldRoute. If it doesn't talk to that, I'm not interested. We tried a tracker three years ago that didn't, and I ended up entering everything twice.", "bad_experience"),
        t("That's the right test. We do have a FieldRoute link: each job address becomes a geofence, so arrival and departure times land on the job record by themselves. I can't promise it works cleanly with your setup until we try it, though. Could I set up a free trial on three trucks linked to your account?"),
        c("Three trucks for a couple of weeks, sure. But I'm not doing the install myself, I don't have time for that.", "no_time"),
        t("No problem, our tech fits them at your yard, about twenty minutes a truck, early before the crews head out. Would Monday at six work?"),
        c("Monday at six. I'll have the keys ready.", None),
    ],
    gaming=[
        _open,
        t("Absolutely. So tell me, what are you hoping tracking will do for you?"),
        c("Know which crew is closest when a client calls, and show hours on site for billing disputes.", None),
        t("Great. And what would you say your main goals are for a tracking solution?"),
        c("I just told you. Nearest crew and time on site. And it has to work with FieldRoute.", None),
        t("Got it. So help me understand, what problems are you trying to solve with GPS?"),
        c("The same ones. Look, does it link with FieldRoute or not? We had a tracker that didn't, I'm not doing that again.", "bad_experience"),
        t("Totally hear you. And in an ideal world, what would a tracking system do for your business?"),
        c("I've answered that three times. I'm out of time. Send me a brochure or something.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
_open = c("Hi there, I build kitchen cabinets out in Dartmouth. I've got a big order done for a condo job, but the building's running late, so I need somewhere to keep thirty-odd cabinets for maybe two months. My shop's chock-a-block.", None)

PAIRS.append(gpair(
    "b216g_halifax_cabinet_storage", "short-term warehouse storage for a cabinetmaker, Halifax", "wrong_paraphrase",
    "A cabinetmaker calls a small warehouse about storing a finished order until a delayed condo building is ready.",
    good=[
        _open,
        t("Sounds like a good problem and a bad one at once. How much space do the cabinets take, and do they need anything special, like humidity control?"),
        c("They'd fill about six pallet spots, boxed. Humidity's the big thing, they're painted maple. If it gets damp, the doors swell and I'm redoing them on my own dime.", None),
        t("So six pallet spots, two months or so, and humidity control is the must-have because of the painted maple. Do you know the delivery date, or could it slip again?"),
        c("Could slip. The builder says October, but they said August too.", None),
        t("Then month-to-month makes more sense than a fixed term. Our climate-controlled section stays between 40 and 50 percent humidity, and it's 95 a pallet spot a month, so about 570 a month for six. No minimum, thirty days' notice."),
        c("Bit steep. There's a fella with a barn in Musquodoboit who'd do it for half that.", "too_expensive"),
        t("That's likely cheaper, yes. The difference is the humidity; a barn in a Nova Scotia fall gets damp. If the doors did swell, what would redoing them cost you?"),
        c("Oh, a few thousand, easy. Yeah, okay, fair point. Let me think on it tonight and I'll call you in the morning.", "think_it_over"),
        t("Sure. I'll email the rate and the humidity logs from last fall so you can compare properly. Talk tomorrow."),
    ],
    gaming=[
        _open,
        t("Great, let me make sure I understand your needs. What's the situation exactly?"),
        c("Thirty-odd boxed cabinets, about six pallet spots, for maybe two months. They're painted maple, so humidity matters.", None),
        t("Perfect. So what I'm hearing is you need a long-term storage solution, twelve months or so, and humidity isn't really a concern because they're boxed. Did I get that right?"),
        c("No, humidity's the whole point. And it's two months, maybe a bit more.", None),
        t("Got it, so you're looking at about a year, and you'd like the standard section to keep costs down. That's 45 a spot, twelve-month minimum. Sound good?"),
        c("That's not what I said at all. I don't need a year, and I can't have them anywhere damp.", "no_need"),
        t("Understood. Just to play it back: you're a contractor, you want racking installed in your own shop, and you'd like us to quote the installation. Is that correct?"),
        c("No! Are you even listening? I'll call around, thanks.", None),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
_open = c("Hello, I'm ringing from Nguyen and Partners in Parramatta. I'm sorry, this is a bit hard. Our principal, Mr Nguyen, passed away on the weekend. The office will be closed for at least two weeks and I need to stop the coffee deliveries.", None)

PAIRS.append(gpair(
    "b216g_sydney_office_coffee_bereavement", "office coffee contract of a small accounting practice, Sydney", "pitch_to_upset",
    "An office manager, upset after her principal's sudden death, rings the practice's coffee supplier to stop deliveries.",
    good=[
        _open,
        t("I'm so sorry to hear that. Please take your time. I can pause the deliveries right now, and there's nothing else you need to sort out today. Is the account in the practice's name or in Mr Nguyen's?"),
        c("I think it's in his name. I don't know what happens with that. His son might take over the practice, nobody knows yet.", None),
        t("That's alright, it doesn't need deciding now. I've paused all deliveries and billing from today, with no end date, and the contract stays as it is until the family or the practice tells us otherwise. Is there anything in the office that needs collecting, like milk in the machine fridge?"),
        c("Oh, I hadn't thought of the milk. Yes, there's a fridge full.", None),
        t("I'll have our driver collect the milk and clean the machine, if someone can let him in, or it can wait until the office reopens."),
        c("I'll be there tomorrow morning to collect some files. Before eleven.", None),
        t("Then the driver will come at half past nine. And whenever you or the family are ready, call me directly on this number and we'll work out the account together. No rush at all."),
        c("Thank you. That's a weight off.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry for your loss. Times like these really bring a team together, don't they? Can I ask, will you be hosting anything at the office, like a memorial?"),
        c("I... maybe, later. I don't know. I just need to stop the deliveries.", None),
        t("Totally understand. A lot of offices in your situation go for our catering package for the memorial: urn coffee, pastries and a tea service for up to fifty. It really helps people feel looked after. Should I add that in?"),
        c("No. No, I don't need that right now. Can you just pause the account?", "no_need"),
        t("Absolutely. Just so you know, a pause attracts a 60 dollar admin fee, but if you move to our Flex plan, pauses are free and you get the new grinder. Honestly, it's a great time to reset. What do you think?"),
        c("I can't believe this. Our boss just died. Please just pause it.", None),
        t("Of course, I hear you. I'll note the pause. And once a new principal is appointed, I'd love to set up a quick call to review the partnership. Who should I reach out to?"),
        c("I'm hanging up now.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
_open = c("I picked up three hundred menus from y'all yesterday and every single price is the old price. We raised prices on the first. I've got a dinner rush tonight and I can't hand these out.", None)

PAIRS.append(gpair(
    "b216g_atlanta_menu_reprint", "print shop, restaurant menus, Atlanta", "blame",
    "A barbecue restaurant owner calls the print shop that printed her menus with last month's prices.",
    good=[
        _open,
        t("That's a real problem before a dinner rush, I'm sorry. Let me pull up your order and the proof you approved, so we can see where it went wrong. What's the restaurant name?"),
        c("Magnolia Smokehouse. Order was last Tuesday.", None),
        t("Got it. I'm looking at the proof you approved on Wednesday, and it has the new prices, brisket at 18. So what you approved was right, and we printed from an older file. That's on us."),
        c("Well, at least you're not telling me it's my fault. The last print shop did that.", None),
        t("It isn't your fault. We'll reprint all three hundred free. The press can run them this afternoon and have them ready by four-thirty. Is that in time, or do you need some sooner?"),
        c("Doors open at five. Four-thirty's tight, I can't leave the kitchen to come get them.", "no_time"),
        t("Then we'll deliver them, no charge, and I'll have fifty printed first and run them over by three so you're covered even if the rest run late."),
        c("Okay. Okay, that works. Thank you.", None),
        t("And we'll take the wrong ones away when we drop off the new ones. Sorry again for the hassle."),
    ],
    gaming=[
        _open,
        t("Oh no, I'm sorry to hear about your experience! Help me understand, did you check the proof carefully before you approved it?"),
        c("Yes, I checked it. It had the new prices on it.", None),
        t("Okay. So what I'm hearing is the proof was fine, but maybe the file you uploaded first was the old one? We can only print what customers send us."),
        c("I sent one file. The one with the new prices. Y'all printed the wrong thing.", None),
        t("I understand how you feel. Honestly, most of the time this happens because the customer changed something after approval. Did anyone else at the restaurant email us?"),
        c("No! Nobody else emails you. Are you going to fix this or not? I open at five.", None),
        t("We can reprint at 50 percent off as a goodwill gesture, since technically the approval was on your end. It'll be ready tomorrow. Anything else I can help with?"),
        c("Tomorrow does nothing for me tonight, and I'm not paying for your mistake. I want the manager.", None),
    ],
))

# ---------------------------------------------------------------- b6 monologue
_open = c("Hi, I have a small gym in Rosemont, like a CrossFit box. We clean ourself now but it's too much. I want a price for cleaning, maybe three times a week?", None)

PAIRS.append(gpair(
    "b216g_montreal_gym_cleaning", "cleaning contract for a small gym, Montreal", "monologue",
    "A French-speaking gym owner phones a commercial cleaning company in English for a quote.",
    good=[
        _open,
        t("Sure. When you say it's too much, what's taking the time, and what are members noticing?"),
        c("The showers, mostly. Two showers and the toilets. And the floor, the mats, with chalk everywhere. Members started to complain about the showers on Google. This is bad for me.", None),
        t("So the showers and toilets are the urgent part because of the reviews, then the mats and floors with the chalk. When is the gym empty? The cleaning has to fit around your classes."),
        c("Between one and four in the afternoon it's quiet. Or after nine at night. The morning is full, the first class is six o'clock.", None),
        t("Nine at night works well for us. Three nights a week, showers, toilets, floors and mats disinfected, would be about 780 a month."),
        c("Hmm. 780 is already a lot for me, I have maybe 120 members. I don't have so much budget.", "no_money"),
        t("Understood. Another way: we do the showers and toilets three nights, your team keeps doing the mats, and that's about 450. Would you want to try that for a month and see if the reviews change?"),
        c("Yes, that I can do. One month, and we see.", None),
        t("Great. I'll send a one-month agreement starting Monday night, and I'll call you after the second week to see how it's going."),
    ],
    gaming=[
        _open,
        t("Great, thank you for thinking of us! So let me tell you how we work, because I think you'll love it. We're Montreal's leading fitness-facility cleaning specialists, over forty gyms, and our process is hospital grade. Electrostatic sprayers, swab testing every month, and a colour-coded microfibre system so nothing from the toilets ever touches your mats."),
        c("Okay, yes, but mostly it is the showers that—", None),
        t("Exactly, showers, we do all of that. Our Elite Fitness plan is five nights a week, full facility: mats, equipment wipe-down, showers, toilets, glass, and a monthly deep clean of the rubber flooring. It's 1,450 a month, and honestly, for what it protects, that's nothing. Your members will feel the difference the first night. So what I'm hearing is you want a premium experience, right?"),
        c("1,450? No, it's too much for me, I have 120 members.", "no_money"),
        t("I totally understand, and lots of owners say that at first. But think about retention: if just two members stay because the showers are clean, it pays for itself. Plus you get a quarterly business review, an online portal and our satisfaction guarantee. I'll send the contract over now and we can start Monday. Sound good?"),
        c("No, not now. I have a class starting, I need to go.", "no_time"),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
_open = c("Hey, I run operations for a small medical supply distributor in Tempe. Our one in-house driver is retiring next month and I'm trying to figure out if we replace him or use a courier.", None)

PAIRS.append(gpair(
    "b216g_phoenix_medical_courier", "same-day courier for a medical supply distributor, Phoenix", "closing_as_open_question",
    "An operations manager weighs hiring a new driver against a courier contract and calls a local courier firm.",
    good=[
        _open,
        t("That's a good question to settle before you hire. What does his day look like now: how many runs, and how urgent are they?"),
        c("Eight to twelve stops a day, clinics around the Valley. Most are routine, but two or three a week are rush, like a surgery center that ran out of something and needs it in ninety minutes.", None),
        t("So mostly routine clinic runs, plus a few real rush jobs a week where ninety minutes matters. What does the driver cost you now, all in, with the van?"),
        c("Roughly 5,200 a month with the van, insurance, gas.", None),
        t("For ten stops a day on a set route we'd be about 3,600 a month, and rush jobs inside ninety minutes are 55 each. To be straight with you, past fifteen stops a day your own driver gets cheaper again. And if any products need temperature control, I'd want to know before you decide."),
        c("Some do, a couple of insulin products. And honestly, we used a courier years ago and they left a box on a loading dock in July. Cooked.", "bad_experience"),
        t("That's exactly the risk. Cold-chain items ride in powered coolers with us and need a signature; they're never left unattended. Would it help to run the route alongside your driver for his last two weeks, so you can compare before he goes?"),
        c("That would help. I'll need the owner to sign off on a trial, though.", "think_it_over"),
        t("Makes sense. I'll send you a one-page comparison today, your current cost next to ours, so you have something to show him."),
    ],
    gaming=[
        _open,
        t("Great timing! What would make you feel confident enough to start with us on the first of the month?"),
        c("I don't know yet. I'm trying to work out if a courier even makes sense compared to hiring another driver.", None),
        t("Totally. And when you picture your clinics getting deliveries on time, how many routes would you like to start with?"),
        c("I haven't decided anything. Some of it has to stay cold, too. A courier cooked a box of insulin on a dock for us once.", "bad_experience"),
        t("Understood. So what would it take for you to sign a twelve-month agreement today, if I threw in the first two rush deliveries free?"),
        c("Nothing would. The owner has to approve anything like this.", "think_it_over"),
        t("Of course. So which card would you like to put down to hold your start date while you talk to him?"),
        c("None. We're done here.", None),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
_open = c("Hey, I've got a pool cleaning business on the Gold Coast, two utes. Want some signage on them so people know who we are. Mate got a full wrap and it looked unreal, but I dunno.", None)

PAIRS.append(gpair(
    "b216g_goldcoast_ute_signage", "vehicle signage for a pool cleaning business, Gold Coast", "pitch_as_paraphrase",
    "The owner of a two-ute pool cleaning business calls a sign shop about lettering his vehicles.",
    good=[
        _open,
        t("Nice. What do you mostly want the signage to do: bring in new customers who see you around, or look professional when you pull up at a client's place?"),
        c("Bit of both, but mainly new work. We're in the same streets every week, the neighbours see the ute. Phone number's the main thing, and the logo.", None),
        t("So the phone number and logo, big enough for a neighbour to read from across the street. A full wrap is about 3,800 a ute. For what you're describing, cut vinyl on the doors and tailgate does the same job, readable from twenty metres, for around 650 a ute."),
        c("Yeah, the wrap's probably overkill then. Mate's one is peeling after two years anyway, salt air.", None),
        t("Salt air is hard on wraps, yes. Cut vinyl holds up better, and we use marine-grade film. Are the utes owned or leased? Some leases have rules about signage."),
        c("One's leased. Didn't think of that. I'd have to check the contract before I go ahead.", "think_it_over"),
        t("Worth checking. Vinyl comes off cleanly if it's removed within five years, which most leases accept. I'll email a mock-up of both utes with the number and logo, plus the quote, and you can go ahead once the lease is sorted."),
        c("Sweet, do that.", None),
    ],
    gaming=[
        _open,
        t("Love that! So tell me, what's the goal with the signage?"),
        c("Mainly new work. We're in the same streets every week. Phone number and logo, that's it.", None),
        t("Got it. So what I'm hearing is you want a full colour wrap on both utes in our premium cast film, about 3,800 each, right?"),
        c("Nah, I said the phone number and logo. Four grand a ute is a lot of money for stickers.", "too_expensive"),
        t("Totally. So if I play that back, what matters to you is standing out, which is exactly what the full wrap plus the reflective night package does. That's the one you're after, yeah?"),
        c("No. My mate's wrap is already peeling in the salt air. I'm not doing that.", "bad_experience"),
        t("I hear you. So what you're really saying is you need the wrap with our five-year protection plan, which is another 400 a ute. Have I got that right?"),
        c("Mate, you haven't got anything right. I'll get a quote from someone else.", None),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
_open = c("Hi, I'm the office manager at a distribution warehouse in northwest Edmonton. Our night shift has nowhere to get food after ten, and they've asked for a vending machine. What do we need to do?", None)

PAIRS.append(gpair(
    "b216g_edmonton_warehouse_vending", "vending machine placement in a warehouse break room, Edmonton", "upsell_as_loop_closing",
    "An office manager asks a vending operator about a machine for the night shift's break room.",
    good=[
        _open,
        t("Happy to help. How many people are on nights, and what are they after: snacks, drinks, proper meals?"),
        c("About thirty on nights. They want something more than chips. A few guys drive to the gas station on their break, and that's a safety thing for us in winter.", None),
        t("So thirty people, something more filling than chips, and you'd like them to stop driving out on breaks. A fresh-food machine does sandwiches, wraps and salads, restocked three times a week. We place it free if sales reach about 150 dollars a week, which thirty people on nights usually do."),
        c("Free placement is good. Do we have to sign a long contract? The last vending company took six months to come and get their machine.", "bad_experience"),
        t("No long contract. It's a one-year placement, and either side can end it with thirty days' notice. If we ever pull it, it's gone within two weeks, and that's written in the agreement. Does anything need doing on your side, like a power outlet near the break room?"),
        c("There's an outlet. I'll need to check the spot with our facility manager, though.", "think_it_over"),
        t("Sure. I can come by Thursday to look at the spot with him and measure up. Would two o'clock suit?"),
        c("Thursday at two should be fine.", None),
    ],
    gaming=[
        _open,
        t("Great! What's the main thing your night shift needs?"),
        c("Something more than chips. About thirty people. Guys are driving to the gas station on breaks and that worries us in winter.", None),
        t("Perfect, a fresh-food machine. And to close the loop, what else can I add for your team? Most warehouses also take our hot coffee machine, it's 180 a month."),
        c("Nobody asked for coffee. They have a kettle.", "no_need"),
        t("Got it. And just so we've covered everything, what else would make break time great? We have a micro-market kiosk with self-checkout, about 4,000 to install."),
        c("No, that's much more than we need. We just want the one machine.", "no_need"),
        t("Sure. And last thing, is there anything else at all I can add, like a healthy-choices fridge or the ice cream unit? Night shifts love those."),
        c("Honestly, I'm not sure I even want the first one now. I'll talk to the facility manager.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
_open = c("Hey, we're a small brewery in Pilsen. We just signed with a distributor in Milwaukee, so I need to get two pallets of cans up there every week. Never shipped freight before.", None)

PAIRS.append(gpair(
    "b216g_chicago_brewery_freight", "weekly pallet freight for a craft brewery, Chicago", "leading_tag_questions",
    "A brewery owner who has never shipped freight calls a regional carrier for weekly runs to a distributor.",
    good=[
        _open,
        t("Congrats on the distributor. A couple of things shape the price: are the pallets standard size, and does the beer have to stay cold?"),
        c("Standard pallets, about 1,800 pounds each. It's canned, so cold's nice but not required, the distributor's warehouse is cold.", None),
        t("Okay. Do you have a loading dock, or a street-level door? That changes what truck we send."),
        c("No dock. Roll-up door onto the alley. We load with a pallet jack.", None),
        t("Then we'd send a truck with a liftgate. Two pallets a week, Chicago to Milwaukee, liftgate at pickup, comes to about 420 a week. In winter you'd want 'protect from freezing' on the bill, 35 extra, because cans can burst in a January trailer."),
        c("Four-twenty a week. Okay. Honestly I've no idea if that's good. I'll get a couple other quotes, if that's cool.", "think_it_over"),
        t("Totally cool, you should. When you compare, check the others include the liftgate and the freeze protection, those often get added later. Want me to email this quote so you have it side by side?"),
        c("Yeah, email it over. I'll decide by Friday.", None),
    ],
    gaming=[
        _open,
        t("Congrats! You'll want refrigerated trucks for craft beer, won't you?"),
        c("I don't think so? It's canned, and the distributor's warehouse is cold.", None),
        t("Sure, but you wouldn't want to risk your brand on a warm truck, would you? Most breweries go reefer, don't they?"),
        c("I don't know what most breweries do. How much more is a reefer?", None),
        t("About 300 more a week, but that's the professional choice, isn't it? And you'll want our standing weekly booking with a twelve-month commitment, won't you?"),
        c("Twelve months? We've barely got the cash for the first month of shipping.", "no_money"),
        t("Totally get it. But you'd rather lock in a rate now than pay more later, wouldn't you? Let's get you started Monday, shall we?"),
        c("No. I need to sleep on this and look at a few other carriers.", "think_it_over"),
    ],
))
