"""Gaming pairs, part A (hand-written)."""
from common import c, t

PAIRS = []

# 1 ------------------------------------------------------------------ monologue
_o = c("Hello, um, yes, I'm calling from Tokyo about my father. He lives in Matsumoto, he's eighty-four, and he had a fall last month. My brother said your agency does home visits? I don't really know how any of this works.", None)
PAIRS.append(dict(
    id="b31g_homecare_matsumoto",
    business="Home care agency, Matsumoto (Nagano), Japan",
    kind="monologue",
    situation="A daughter living in Tokyo phones a home care agency about her 84-year-old father, who lives alone and slipped in the bath last month. Spoken, on the phone.",
    good=[
        _o,
        t("Yes, we visit all over Matsumoto. I'm sorry to hear about the fall. How is he doing now?"),
        c("He's, well, he's okay. A bruised hip, nothing broken. But he's stubborn. He says he doesn't need anybody coming to the house.", None),
        t("That's very common, honestly. Can I ask what worries you most when you picture him there on his own?"),
        c("The evenings, mostly? He takes his bath at night, that's where he slipped. And he forgets his blood pressure pills. In the daytime the neighbour looks in, so days are fine.", None),
        t("So the daytime is covered by the neighbour, and it's the evening bath and the pills that keep you awake. Is that about right?"),
        c("Yes. Exactly that. But I can't see us paying for someone every single day, you know, with my own two at university.", "no_money"),
        t("Understood. Before we even get to money: would it help if it wasn't every day? Some families start with three evenings a week, on bath days, and on the other days we set up a pill box with a phone reminder. And if your father is certified for long-term care insurance, most people pay ten percent of the cost. Has he had the care-level assessment yet?"),
        c("No... what is that? Does he have to go somewhere for it?", None),
        t("No, someone from the city comes to his house. I can help you apply, it takes about a month. In the meantime our care manager could just go and have tea with him this week, no commitment. Would he accept a visit if you were on the phone with him while she's there?"),
        c("If I'm on the phone, maybe. Thursday evening I can do. Could you email me what the visit involves, so I can explain it to him first?", None),
    ],
    gaming=[
        _o,
        t("Yes! So, we are Matsumoto's most experienced home care provider, since 2006, forty-two certified care workers, and we offer body care, life support like cooking, cleaning and shopping, bathing assistance, medication management, night patrol visits, and we also have our day service centre with a rehabilitation room and a karaoke machine the users really love. Our basic plan starts from..."),
        c("Sorry, sorry, can I just say, he doesn't even want anyone in the house. That's my real problem.", None),
        t("Oh, that is very normal, everybody says that at the start, but once they meet our staff they love them. Our staff get training every month in communication and dementia care, we have a bilingual coordinator, and in last year's satisfaction survey we got ninety-four percent. We also give the first month of meal delivery free, low-salt bento, very popular, because many elderly people have blood pressure problems..."),
        c("He does have blood pressure, actually, and he keeps forgetting his...", None),
        t("Exactly, so medication management is included in the standard plan. The standard plan is three visits a week, the premium plan is daily visits plus the night patrol, and for someone living alone after a fall I really recommend premium, because falls happen mostly in the evening, in the bath, in the toilet, and premium includes the emergency pendant that connects to our twenty-four-hour centre."),
        c("Right. And how much is the premium?", None),
        t("With insurance it depends on the care level, but without certification it's around a hundred and eighty thousand yen a month. I can email the brochure and the contract today, and the pendant we can install on Monday."),
        c("A hundred and eighty thousand a month? That's... no. That's far more than I was expecting.", "too_expensive"),
        t("Of course, but remember premium includes the pendant and the night patrol, so compared with a nursing home it's actually very reasonable, and this month we also have a campaign where..."),
        c("I'll talk it over with my brother first. Thank you. Goodbye.", "think_it_over"),
    ],
))

# 2 ------------------------------------------------------------------ monologue
_o = c("G'day. I've got an old header sitting in the back paddock, been there since about ninety-eight, plus a heap of old fencing wire and a couple of dead water tanks. Do you blokes come and get that sort of thing or do I have to cart it in?", None)
PAIRS.append(dict(
    id="b31g_scrapyard_dubbo",
    business="Scrap metal recycling yard, Dubbo (NSW), Australia",
    kind="monologue",
    situation="A farmer rings a regional recycling yard about clearing an old combine harvester, fencing wire and steel tanks from a paddock where his daughter is about to build. Spoken, on the phone.",
    good=[
        _o,
        t("We can do either. Where's the property, roughly, and what's the access like into that paddock?"),
        c("Bout forty k out, towards Narromine. Access is alright in the dry. Bit boggy if it rains.", None),
        t("Righto. The header, is it complete, engine still in it? And the tanks, poly or steel?"),
        c("Engine's in it, tyres are shot. Tanks are the old galvanised ones. Look, mostly I just want it gone, my daughter's putting a house up out there. But I've heard you lot charge an arm and a leg to come out.", "too_expensive"),
        t("Fair thing to ask. With a header that size the steel usually covers the pick-up and there's a bit left over for you. The wire's the pain, tangled wire we pay less for. When does your daughter need the site clear by?"),
        c("Builders are coming start of March.", None),
        t("Okay, so the main thing is a clear site before March, and any money's a bonus. I'll get Shane to come out next week and look. He'll weigh up the header and give you a firm figure on the spot, and if you don't like the number there's no charge for the visit. Tuesday or Wednesday morning, while it's dry?"),
        c("Wednesday. Early's better, I'm out on the tractor by ten.", None),
        t("Wednesday, half seven. Can I grab your mobile and the property name for Shane?"),
    ],
    gaming=[
        _o,
        t("Yeah mate, we do pick-ups all over the Central West. We've got the tilt tray, the hook-lift and a twenty-tonne excavator with the shear, so honestly there's nothing we can't handle. Headers are great, heaps of steel in a header, we'll cut it up on site if we need to. Now prices, steel's moving around a bit, copper's strong, brass is strong, if you've got old radiators or batteries in the shed chuck those in too, batteries we pay per unit, and we take car bodies, whitegoods, the lot."),
        c("Right. It's about forty k out towards Narromine, is that...", None),
        t("Narromine's no problem, we're out that way every week. Now the tanks, if they're poly we can't do much with them, but steel's a different story. Fencing wire we take, though we prefer it rolled, because tangled wire wraps round the loader, so if you can roll it that's ideal, and if you've got star pickets we pay better for pickets than wire."),
        c("Look, can you just tell me what it'd cost me to have you come and get it?", None),
        t("Depends on the weight, depends on the day, depends on the market. We charge the truck at a call-out rate, then pay you on the weighbridge less the cutting, and there's a levy on certain items, and the tyres on the header are a separate disposal fee because tyres are a whole thing, you wouldn't believe the rules on tyres these days..."),
        c("Mate, I just want it gone before the builders come in March. Yes or no, can you do it?", None),
        t("Oh, absolutely, and while we're out there, if you've got any old sheds you want pulled down we do demolition as well. We did a woolshed out at Geurie last year, beautiful old thing, full of..."),
        c("Yeah, nah. I'll give the yard in Wellington a ring, see what they reckon.", None),
    ],
))

# 3 ------------------------------------------------------------------ closing_as_open_question
_o = c("hi. i saw ur ad on insta. i want to learn car driving but honestly i am very scared of traffic. i am 34, never drove anything except scooty", None)
PAIRS.append(dict(
    id="b31g_drivingschool_nashik",
    business="Driving school, Nashik (Maharashtra), India",
    kind="closing_as_open_question",
    situation="A nervous 34-year-old woman messages a driving school on WhatsApp; she wants to drive her mother to dialysis twice a week. Typed chat.",
    good=[
        _o,
        t("Hi! Thanks for messaging. Lots of our learners start exactly where you are, so don't worry. Can I ask what made you decide to learn now?"),
        c("my mother has dialysis 2 times a week at the hospital near college road. right now we take auto but its very difficult for her. so i want to drive her myself", None),
        t("That's a really good reason. So the goal is to drive your mother to College Road twice a week, calmly. What part of traffic scares you most? Crowds, bikes cutting in, parking, the flyover?"),
        c("everything lol. mainly when bikes come from both sides and someone honks behind me. i just freeze", None),
        t("Got it. With nervous learners we start early morning, 6:30, on the empty roads out towards Gangapur, and only when you feel ok we move to normal traffic. Near the end we practise the exact route to the hospital. The 21-day course is 5,500 with the car. How does that sound to you?"),
        c("5500 is bit high. my cousin learnt from some uncle for 3000", "too_expensive"),
        t("Fair, that is cheaper. Ours is a dual-brake car, so the instructor can stop it if you freeze, and you can have a lady instructor if you prefer. For someone who freezes, people tell us that's what makes the difference. But you decide. Would one trial class for 300 help you judge first?"),
        c("lady instructor would be nice actually. ok trial class. saturday morning possible?", None),
        t("Yes, Saturday 6:30 with Sunita ma'am. I'll send the pickup point here. If you have your learner licence bring it, if not we'll help you apply."),
    ],
    gaming=[
        _o,
        t("Hi! Great that you reached out :) Which batch would you like to join, morning 7am or evening 6pm?"),
        c("umm i dont know yet. i am very scared actually. is it ok for total beginner?", None),
        t("Of course! Most of our students are beginners. So shall I book you for the 21-day course starting Monday or the one starting on the 15th?"),
        c("wait how much is it", None),
        t("Only 5,500 including car! Will you pay by GPay or cash at the office?"),
        c("thats more than i thought. my cousin paid 3000 somewhere", "too_expensive"),
        t("Our quality is much better ma'am. What would you need to see from us to confirm your seat today?"),
        c("i havent even told you why i need it. anyway i will check with my cousins instructor first. thanks", "think_it_over"),
        t("Sure ma'am! When should I call you back to confirm the booking, tomorrow or day after?"),
        c("dont call pls. i will msg if needed", "brush_off"),
    ],
))

# 4 ------------------------------------------------------------------ closing_as_open_question
_o = c("Hei, hi. We're looking at places for our wedding next summer, maybe August. About eighty guests. My fiance's family is coming over from Scotland, so we also need to think about where they'll sleep.", None)
PAIRS.append(dict(
    id="b31g_weddingvenue_alesund",
    business="Farm wedding venue with boathouse, near Alesund, Norway",
    kind="closing_as_open_question",
    situation="A Norwegian bride-to-be phones a fjord-side wedding venue; the groom's family, including a 90-year-old grandmother, is flying in from Scotland. Spoken, Norwegian speaking English.",
    good=[
        _o,
        t("Congratulations! August is lovely out here. Have you got a date, or are you still flexible?"),
        c("Flexible, kind of. His grandmother is ninety and she has to be able to come, that's the main thing. So not too far from the airport, and no, like, steep paths.", None),
        t("That's really useful to know. The barn is on the flat, and from the parking there's about forty metres of gravel, which we can board over. Does she use a wheelchair, or is she just slow on her feet?"),
        c("She walks with a stick. But the boat, I saw on your website that guests come by boat? She won't manage a boat.", None),
        t("No, the boat's only an extra, some couples like it for their arrival. She can be driven right to the door. For the Scottish side, there are twelve rooms in the farmhouse and a hotel fifteen minutes away in town. How many of them would need a bed?"),
        c("Maybe thirty people. And honestly the price on the website scared us a bit. The Saturday price.", "too_expensive"),
        t("It is steep for Saturdays in August, I won't pretend it isn't. A Friday is about a third less, and people flying in from abroad often like a Friday, they make a long weekend of it. Is Friday even possible for you, or is Saturday fixed?"),
        c("Hm. Friday could work, actually, if grandma flies on the Thursday. I need to talk to Callum.", "think_it_over"),
        t("Of course. I can hold the last Friday in August for you for two weeks, free, while you talk. And if you want to come and see it, I'm here every weekday."),
        c("Yes, please hold it. We could come on Sunday? Oh no, you said weekdays. Wednesday, then.", None),
    ],
    gaming=[
        _o,
        t("Congratulations! So when would you two like to come in and sign the booking agreement, this week or next?"),
        c("Oh. We haven't... we're only starting to look. His grandmother is ninety, so we need to see if she...", None),
        t("Absolutely, we're perfect for families. Which date in August shall I put you down for, the ninth or the sixteenth?"),
        c("I don't know yet. Can she get there without a boat? I saw boats on the website.", None),
        t("Yes, of course there's road access. And how would you like your boat arrival set up, at sunset or just before dinner?"),
        c("We didn't ask for a boat. What was the Saturday price again? It looked very high.", "too_expensive"),
        t("It's eighty-five thousand for the venue, then catering per head. And how would you like to split the deposit, half now and half in spring, or the full deposit now to lock in the date?"),
        c("Neither, right now. Maybe you can just email us the price list and we'll have a look.", "brush_off"),
        t("Sure! And what time tomorrow works for a quick follow-up call to confirm?"),
        c("We'll call you. Bye.", "brush_off"),
    ],
))

# 5 ------------------------------------------------------------------ pitch_as_paraphrase
_o = c("Good morning. So, we are a small architecture office, six people, in Brno, in Kralovo Pole. Our internet is, how to say, terrible in the afternoon. And the phones, we still have the old lines from the previous tenant. My colleague said you do offices.", None)
PAIRS.append(dict(
    id="b31g_officetelecom_brno",
    business="Business internet and phone provider for small offices, Brno, Czechia",
    kind="pitch_as_paraphrase",
    situation="The owner of a six-person architecture studio phones a telecom provider: uploads of large drawings to Austrian clients choke every afternoon. Spoken, Czech speaking English.",
    good=[
        _o,
        t("Good morning. Yes, small offices are most of what we do. When you say terrible in the afternoon, what actually happens? Does it drop, or get slow?"),
        c("Slow. When we send the big files to clients, the drawings, the renders, two, three gigabytes, everything stops. The video calls freeze. In the morning it is okay.", None),
        t("And who do you send to, mostly clients here in Brno, or abroad as well? I'm asking because it sounds like the upload is the problem, not the download."),
        c("Vienna, mostly. Half of our clients are Austrian. Last month we lost almost one day because a render did not arrive before the meeting.", None),
        t("So it's the afternoon uploads to Vienna, and it's already cost you a deadline once. Have I got that? And do you know what speed is on your contract now?"),
        c("Yes, exactly. The contract says 100 megabits. But I think that's 100 down and the up is... small. I don't know. And honestly, I don't want to change everything. We changed provider two years ago and we had no phones for one week.", "bad_experience"),
        t("That's a fair worry. Two things, then. I'll check whether there's fibre in your street. If there is, we'd give you the same speed up as down, which is what fixes the renders. And we'd keep your old numbers and only switch over once the new line is tested, so no gap. Can I take the address and come by to see where the cables come in?"),
        c("Yes, okay. Palackeho trida 24. Thursday I am in the office all day.", None),
        t("Thursday at ten, then. And if there's no fibre in your street, I'll tell you straight, and we'll talk about whether changing is worth it at all."),
    ],
    gaming=[
        _o,
        t("Good morning! So if I understand correctly, what you need is our Business Fibre 1000 with the cloud PBX, correct?"),
        c("I... don't know. I don't know what is PBX. Our problem is the afternoon, the internet is slow.", None),
        t("Yes, so you're saying you need more speed, which means the 1000 megabit plan at 2,490 crowns a month. Have I got that right?"),
        c("I am saying it is slow when we send big files, the renders to Vienna. Maybe 1000 is not necessary, we are only six people.", "no_need"),
        t("Exactly, six people sending big files, so what I'm hearing is you need the 1000 plus our Business Backup 4G in case the fibre fails, that's 390 extra. Is that right?"),
        c("No, that is what you are saying. Last time we changed, we were one week without phones. I don't want to risk that again.", "bad_experience"),
        t("So what you're telling me is that reliability matters most, which is why the premium support package, 290 with four-hour response, is the right fit for you. Shall I put that together?"),
        c("Please, just send me the prices by email. I will compare.", "brush_off"),
        t("Of course. So, to confirm, you'd like the quote for the full Business Bundle: fibre, PBX, backup and premium support?"),
        c("I would like the prices. Goodbye.", "brush_off"),
    ],
))

# 6 ------------------------------------------------------------------ pitch_as_paraphrase
_o = c("Boa tarde. Look, I'll be honest. The cooperative says I should renew the crop insurance for the soy, but the last payout took eight months to arrive. Eight months. So I'm not sure I want it again.", None)
PAIRS.append(dict(
    id="b31g_cropinsurance_passofundo",
    business="Crop insurance broker, Passo Fundo (Rio Grande do Sul), Brazil",
    kind="pitch_as_paraphrase",
    situation="A soy farmer who waited eight months for a drought claim phones the broker about renewing. Spoken, phone, rendered in English.",
    good=[
        _o,
        t("Boa tarde. Eight months is a long time to wait when you've got seed and fertiliser to pay for. Was that the drought claim?"),
        c("The 2023 one. We lost maybe forty percent. The adjuster came late, then they wanted more papers, then more papers.", None),
        t("Which papers held it up, do you remember? I ask because some of that we can have ready before anything happens."),
        c("The planting records, the receipts for the seed, photos with the date on. My son does the computer, he had some of it, not all.", None),
        t("Okay. So the question isn't really whether to insure, it's that if you lose a crop again, the money arrives too late to plant the next one. Is that fair?"),
        c("Yes. That's it. If it comes late I'm taking a bank loan anyway, so what is the point of paying for it?", "no_need"),
        t("I understand. Here's what I can offer, and you decide if it helps. We register the planting and the seed receipts with the policy now, at the start, so the adjuster has them on day one. I can't promise you eight weeks instead of eight months, but the papers were most of the delay last time. And at your size you qualify for the federal premium subsidy, so the premium comes down. Would it help if I came out to the farm and set up the records with your son?"),
        c("If you come and do it with Diego, yes. But I want to see the number, the premium, before I say yes to anything.", None),
        t("Of course. I'll bring the number with the subsidy already taken off. Is Tuesday afternoon good, after the spraying?"),
    ],
    gaming=[
        _o,
        t("Boa tarde! So what you're saying is you want more complete cover this year, the Multirrisco Plus, yes?"),
        c("No. I'm saying the last one paid after eight months.", "bad_experience"),
        t("Right, so you need faster claims, which is exactly what Multirrisco Plus gives you, with priority adjustment. So we agree Plus is the one for you?"),
        c("Priority adjustment. The last one also said priority. They came after three weeks.", "bad_experience"),
        t("Only eighteen percent more than basic. So if I'm hearing you correctly, you want peace of mind, and that's the Plus with the hail add-on, correct?"),
        c("Eighteen percent more, for something that paid late? No. The basic is already expensive.", "too_expensive"),
        t("So what you're telling me is price matters, which is why we'd split it into three instalments at harvest. So you want the Plus on instalments, right?"),
        c("What I want is to talk to the cooperative first. I'll call you.", "think_it_over"),
    ],
))

# 7 ------------------------------------------------------------------ upsell_as_loop_closing
_o = c("Morning. I've, uh, got the prescription here from the eye test last week. Just want a pair of readers. Nothing flash. My old ones snapped when I sat on them, ha.", None)
PAIRS.append(dict(
    id="b31g_optician_timaru",
    business="Optician, Timaru, New Zealand",
    kind="upsell_as_loop_closing",
    situation="A retired man in his late sixties walks into a small-town optician with a new prescription, wanting plain reading glasses. Spoken.",
    good=[
        _o,
        t("Ha, happens more than you'd think. Let's have a look. Are these just for reading, or do you do much on a computer or a phone as well?"),
        c("Bit of both. The paper in the morning, and I do the books for the bowling club on the laptop. That's where I struggle, actually, the laptop.", None),
        t("Right, the laptop sits further away than a book, so plain readers can go fuzzy at that distance. What do you do at the moment, lean in?"),
        c("Lean in, yeah, and then my neck's sore. But I'm not going near those varifocals. My brother-in-law got a pair and was dizzy for a month, took them back.", "bad_experience"),
        t("Fair enough, they don't suit everyone. Two simpler ways: office lenses, clear from book to laptop but not for walking about in, or two cheap pairs, one for each distance. The two pairs would be about a hundred and eighty all up with frames off this stand. Office lenses more like three-twenty. Want to try the laptop distance with a sample first?"),
        c("Two pairs sounds more my style. Do I have to come back in for them?", None),
        t("About a week. I'll ring when they're in, and bring the laptop if you like, so we can check the second pair at your real distance."),
        c("Righto. I'm in town Thursdays anyway.", None),
    ],
    gaming=[
        _o,
        t("Morning! Lovely, let's get you sorted. And what else can we do for you today, have you thought about a spare pair for the car?"),
        c("Just the readers, thanks. One pair.", "no_need"),
        t("No worries, readers it is. Anything else I can pop on for you? Our anti-glare coating is only sixty extra, cuts down the glare off a laptop."),
        c("Well, I do use the laptop for the bowling club books, but...", None),
        t("Perfect, anti-glare on. And what else would make life easier, a blue-light filter too? Lots of screen people swear by it."),
        c("Hang on, what's all this coming to? I came in for a forty-dollar pair of readers.", "too_expensive"),
        t("With the coatings you're at two-forty. Anything else you'd like while we're at it, a hard case, a cleaning kit? Everything's ten percent off with a second pair."),
        c("No. Take the coatings off. Just the plain ones.", "no_need"),
        t("Sure thing. Anything else at all before I put it through? Eye drops? A chain so they don't get sat on again?"),
        c("No. Thank you.", "no_need"),
    ],
))

# 8 ------------------------------------------------------------------ upsell_as_loop_closing
_o = c("hello, i manage a small apartment bldg in Taichung, Beitun district, 40 units. our guard is tired of all the parcels piling up at his desk lol. do you install lockers for buildings our size?", None)
PAIRS.append(dict(
    id="b31g_parcellockers_taichung",
    business="Smart parcel locker supplier for residential buildings, Taichung, Taiwan",
    kind="upsell_as_loop_closing",
    situation="The manager of a 40-unit apartment building asks a parcel-locker company about a locker bank; the building committee will have to approve the cost. Typed web chat, in English.",
    good=[
        _o,
        t("Hi! Yes, 40 units is a very normal size for us. Roughly how many parcels does the guard get on a normal day? And are there big ones, like boxes of water or rice?"),
        c("maybe 30-50 a day, more around 11/11 and before new year. and yes ppl order big stuff, 24-packs of water, cat litter etc", None),
        t("OK so big boxes are a real part of it. Where would the lockers go, is there space in the lobby, and a power socket nearby?"),
        c("lobby has space next to the mailboxes, theres a socket. but the committee will ask about cost first. last yr another company quoted 600k NT and they all laughed", "too_expensive"),
        t("Understood. For 40 units you probably don't need a huge bank. A 24-door unit with 6 large doors usually does it, and the really big water boxes can still go to the guard. That's about 180k NT to buy, or 3,900 a month to rent with maintenance included. Renting might be easier to get past a committee, no big one-off number."),
        c("rent is interesting. what if the committee doesnt like it after a year", None),
        t("Then you can end it after the first 12 months and we take it away. Shall I put both options on one page for your committee? When do they meet?"),
        c("next thurs. one page would be great, in chinese pls, some of the older members dont read english", None),
        t("No problem, I'll send it in Chinese by Monday so you have time to read it first."),
    ],
    gaming=[
        _o,
        t("Hi! Yes we do, our 36-door Smart Locker is perfect for you. Anything else you'd like with it? We can add a refrigerated compartment for groceries!"),
        c("umm no i dont think so. how many doors do we actually need for 40 units?", "no_need"),
        t("36 is what most buildings take! Can I also add the app package for you? Residents get a push notification and the committee gets a dashboard, only 800/month."),
        c("the guard just wants the boxes off his desk. whats the total", None),
        t("Total with 36 doors, app and installation is 420k NT. And what else can I include for you, CCTV over the lockers? Lots of buildings like the extra security."),
        c("420k?? the committee laughed at 600k last yr, theyll laugh at this too. we dont need all these extras", "too_expensive"),
        t("Totally get it! What other things could I add to make it more valuable for the committee? Free first-year maintenance if you add the 5-year service plan?"),
        c("i think ill just get a couple more quotes first. thx", "think_it_over"),
    ],
))

# 9 ------------------------------------------------------------------ leading_tag_questions
_o = c("Hello, yes, good afternoon. I am calling about termites. In our house the door frames on the kitchen side have gone hollow, you can see the mud lines, you know. We have a small baby also, eight months, so I am worried about the chemicals.", None)
PAIRS.append(dict(
    id="b31g_pestcontrol_mysuru",
    business="Pest control (termite treatment), Mysuru (Karnataka), India",
    kind="leading_tag_questions",
    situation="A father with an eight-month-old baby phones a pest-control firm about termites in his kitchen door frames. Spoken, Indian English.",
    good=[
        _o,
        t("Good afternoon, sir. Mud tubes on the frames is usually subterranean termites. Very sensible to ask about the baby first. How old is the house, and is it ground floor?"),
        c("House is around twenty years. Independent house, ground plus one. Only the kitchen side we have seen it.", None),
        t("Okay. Any other wood on the ground floor, wardrobes, a pooja shelf?"),
        c("Pooja room has a wooden mandir, yes. I didn't check it properly, actually.", None),
        t("Please check the back of it tonight with a torch. For treatment there are two ways. Drilling and injecting chemical into the floor along the walls: that's standard, lasts years, but the house should be empty that day and aired after. Or bait stations: slower, two to three months, but almost no spraying inside. With a baby, many families choose bait. Which matters more to you, speed or keeping chemicals out of the house?"),
        c("Baby first, definitely. But bait, three months... and it is costing more, no? My neighbour did the drilling for eight thousand.", "too_expensive"),
        t("Bait usually comes to around fourteen thousand for a house your size, so yes, more. Let our inspector come and look first, inspection is free. If it's only the kitchen side, maybe spot treatment is enough, and that's cheaper. Saturday morning okay?"),
        c("Saturday is fine. Before eleven, because baby sleeps after that.", None),
    ],
    gaming=[
        _o,
        t("Good afternoon sir! Termites in the door frames is very serious, no? You'll be wanting the full-house treatment then, isn't it?"),
        c("I don't know. We have seen it only on the kitchen side. My worry is the baby, the chemicals.", None),
        t("Our chemical is fully safe, sir. You wouldn't want to risk the whole house for a few thousand rupees, would you?"),
        c("No, but... fully safe for an eight-month baby? How can it be fully safe if it kills termites?", None),
        t("Everyone uses it, sir. You'll agree drilling is the most permanent solution, won't you? Five years warranty."),
        c("I'm not agreeing to anything just now. My neighbour paid eight thousand. How much is yours?", None),
        t("Eighteen thousand for full house with warranty. For your family's safety, that is a small price, isn't it?"),
        c("Eighteen? That is more than double. I will ask my neighbour's people.", "too_expensive"),
        t("Sure sir, but cheap services never last, right? You don't want to do it twice, do you?"),
        c("I'll call back if needed. Thank you.", "brush_off"),
    ],
))

# 10 ----------------------------------------------------------------- leading_tag_questions
_o = c("Hej. I have a wooden boat, a snipa from 1978, and it is taking water at the back. Near the propeller shaft. I pump maybe twice a day now. I was hoping you could look at it before it gets worse.", None)
PAIRS.append(dict(
    id="b31g_boatrepair_karlskrona",
    business="Wooden boat repair yard, Karlskrona, Sweden",
    kind="leading_tag_questions",
    situation="A retired man with a 1978 wooden motorboat calls a small boatyard about a leak at the propeller shaft; his grandchildren are coming in July. Spoken, Swede speaking English.",
    good=[
        _o,
        t("Hej. Twice a day is worth a look, yes. Is it a steady drip at the shaft, or does it come more when the engine's running?"),
        c("More when I drive. When she lies still, only a little. I think maybe the packing, the stuffing box, but I am not sure.", None),
        t("That's the most likely, and the cheap one. Sometimes it's the planks round the stern tube if they've dried out. Is she in the water now?"),
        c("Yes, at Salto. I can drive her over, it's twenty minutes.", None),
        t("Good. Bring her over and we'll look in the water first. If it's the packing we can often repack it without lifting, about an hour's work. If it's the planks she has to come up, and that's a bigger conversation. Is she your summer boat, or do you use her all year?"),
        c("Summer. My grandchildren come in July, we go out to the islands. That's the real thing, she must be okay for July.", None),
        t("Then let's look soon, so there's time either way. Tuesday morning? If it's the packing, you'll go home the same day."),
        c("And if it is the planks, how much are we talking? I'm a pensioner, I cannot pay for a big restoration.", "no_money"),
        t("If it's planks I'll show you what I find and give you a price before touching anything. Sometimes one plank and some caulking is enough for a few more summers. You won't get a surprise bill."),
        c("Okay. Tuesday. Thank you, that makes me calmer.", None),
    ],
    gaming=[
        _o,
        t("Hej! A 1978 snipa, lovely. At that age the whole bottom probably needs going over, doesn't it?"),
        c("Maybe, I don't know. It's at the back, by the shaft. More when I drive.", None),
        t("Right, so you'll want her lifted and the stern tube pulled, won't you? No point doing half a job."),
        c("I thought maybe only the packing? My neighbour says it's usually the packing.", None),
        t("Your neighbour isn't a boatbuilder though, is he? At forty-five years old you'd rather do it properly once, wouldn't you?"),
        c("I would rather know what is wrong first. How much is the lifting and all that?", None),
        t("Lift, wash, pull the shaft, new bearing and packing, about twenty-two thousand. Worth it for a boat you love, isn't it?"),
        c("Twenty-two thousand for something that is maybe only the packing. No. I am a pensioner.", "too_expensive"),
        t("Well, you wouldn't want her sinking with the grandchildren on board, would you?"),
        c("That is not a fair thing to say. I will ask at the yard in Nattraby.", None),
    ],
))

# 11 ----------------------------------------------------------------- putdown_question
_o = c("hi, i took TOPIK in april and got level 2, i needed 3 for my visa change. i studied in your beginner class last yr. is there a course that will actually get me to 3 by october?", None)
PAIRS.append(dict(
    id="b31g_languageschool_busan",
    business="Korean language school for foreigners, Busan, South Korea",
    kind="putdown_question",
    situation="A foreign English teacher who missed the TOPIK level she needs for a visa change messages the school she studied at. Typed chat.",
    good=[
        _o,
        t("Hi! Sorry April wasn't what you needed, level 3 for a visa change is a lot of pressure. Do you have your section scores? Listening, reading, writing?"),
        c("listening was ok, reading close, writing was a disaster. i basically left the essay blank bc i ran out of time", None),
        t("That helps a lot. Writing is where a lot of people get stuck between 2 and 3, and a blank essay costs a lot of points. How much time can you honestly give it each week until October?"),
        c("i teach till 9 most nights so weekday classes are impossible. weekends maybe 5 hrs", None),
        t("OK, then our weekday TOPIK class isn't for you. There's a Saturday writing workshop, three hours, small group, mostly timed essay practice, and you'd do reading on your own with a plan we give you. It's 320,000 won for ten weeks."),
        c("hmm. i paid for the full beginner course last yr and didnt use half of it. not sure i want to pay again and waste it", "bad_experience"),
        t("Fair. Want to sit in on one Saturday first, free, and see if the pace works? If it doesn't fit, no hard feelings."),
        c("yeah that i can do. this saturday?", None),
        t("This Saturday, 10am, room 3. Bring your April score report and I'll ask the teacher to look at your writing first."),
    ],
    gaming=[
        _o,
        t("Hi! Level 2 after a whole year with us? Did you actually come to the classes?"),
        c("yes i came to most of them. i work full time, its not easy", None),
        t("OK. And did you do the homework, or just come and sit there? 😅"),
        c("wow. i did what i could. writing was the problem, i ran out of time on the essay", None),
        t("You do know the essay is worth 50 points right? Didn't anyone tell you to practise timed writing?"),
        c("no one told me that in your class actually. anyway is there a course or not", None),
        t("There's the TOPIK intensive, weekday evenings 7 to 9, 800,000 won. You can manage to come on time for that, can't you?"),
        c("i teach till 9pm. i cant do weekday evenings", "no_time"),
        t("Have you thought about maybe not working so late if the visa is that important? 😊"),
        c("nvm. ill find a tutor somewhere else. bye", None),
    ],
))

# 12 ----------------------------------------------------------------- putdown_question
_o = c("Dzien dobry. I bought this bike here three weeks ago, the grey city one. They said eighty kilometres on one battery. I get twenty. Twenty! I ride to work in Oliwa and back and it's already blinking.", None)
PAIRS.append(dict(
    id="b31g_ebikeshop_gdansk",
    business="Electric bicycle shop, Gdansk, Poland",
    kind="putdown_question",
    situation="A woman in her fifties returns to the shop where she bought an e-bike: the battery range is a quarter of what she was told. Spoken, Polish speaking English.",
    good=[
        _o,
        t("Dzien dobry. That's a big difference, and I'm sorry it isn't what you were told. Let's find out why. Which assist mode do you usually ride in?"),
        c("I don't know the names. The one with the most help? The hill at my work is terrible.", None),
        t("That's likely a big part of it. Eighty is the figure for the lowest mode on a flat road, which honestly we should have explained. In the top mode with a hill every day, thirty or forty is more normal. Can I also test the battery itself? Now and then one is faulty."),
        c("Test it, yes. But if it's only thirty even when it works, then it's no good for me. I need there and back, and sometimes the shop after.", None),
        t("How far is it from home to work, one way?"),
        c("Eleven kilometres. From Wrzeszcz.", None),
        t("So twenty-two there and back, plus the shop and the hill. If the battery tests fine, I'll show you how to ride the middle mode on the flat and the top one only on the hill, which should get you home with battery to spare. If after a week it's still not enough, we'll talk about a bigger battery or an exchange. Fair?"),
        c("And if I don't want a bigger battery, I want my money back?", None),
        t("You're within the thirty days, so yes, you can return it. Let's test the battery first, twenty minutes, and you decide after."),
        c("Okay. Twenty minutes. I'll get a coffee.", None),
    ],
    gaming=[
        _o,
        t("Dzien dobry. Twenty? You do charge it fully every night, yes?"),
        c("Of course I charge it. I'm not stupid. It's on the charger every night.", None),
        t("Okay, okay. And you know there are different modes? You're not riding in turbo the whole time, are you?"),
        c("I ride in the one with the most help, because of the hill. Nobody told me about modes when I bought it.", None),
        t("It's in the manual, page six. Did you not look at the manual before riding?"),
        c("I looked at the manual. It says eighty kilometres. Your colleague said eighty kilometres.", None),
        t("Eighty in eco mode. Have you ever actually tried eco mode?"),
        c("I want to talk to the manager, please. Or I want my money back.", None),
        t("The manager's on holiday. Are you sure you want to return a bike just because you didn't read about the modes?"),
        c("Yes. I'm sure. Give me the return form.", None),
    ],
))

# 13 ----------------------------------------------------------------- not_my_department_or_read_the_terms
_o = c("Habari. I applied for a loan six weeks ago, for a second motorbike for my boda business. The officer said two weeks. Now it is six. Nobody tells me anything. I have a rider waiting, he will go to somebody else.", None)
PAIRS.append(dict(
    id="b31g_sacco_arusha",
    business="Savings and credit cooperative (SACCO), Arusha, Tanzania",
    kind="not_my_department_or_read_the_terms",
    situation="A member who runs motorbike taxis comes to the SACCO counter: his loan application has been silent for six weeks. Spoken, Tanzanian English with some Swahili.",
    good=[
        _o,
        t("Nzuri, karibu. Six weeks with no news is too long, I'm sorry. Let me look at it now. Can I have your member number?"),
        c("It is 4417. Emmanuel Laizer.", None),
        t("Thank you, Mr Laizer. I see it. The application is complete except one thing: one of your two guarantors hasn't signed at the office. Did anyone call you about this?"),
        c("No! Nobody called. Which one, Joseph or Mama Neema?", None),
        t("Mama Neema has signed. Joseph's signature is missing. You should have been told weeks ago, that's our mistake. If Joseph can come in this week, the credit committee meets on Friday and I'll put your file on the list."),
        c("Joseph is in Moshi until Thursday. And honestly, if Friday also fails, I am going to the phone loans, even with their interest.", None),
        t("I understand. Thursday afternoon is fine, we're open until five. I'm writing a note on the file now so whoever is at the desk knows. And I'll call you myself on Friday after the committee, yes or no."),
        c("You will call? Yourself?", None),
        t("Myself. I'm Grace, this is my direct number. If Joseph has a problem on Thursday, call me and we'll see what we can do."),
        c("Asante, Grace. Okay. Thursday.", None),
    ],
    gaming=[
        _o,
        t("Habari. Loan applications are handled by the credit department. This is member services."),
        c("But last time I came to member services they sent me to credit, and credit said come here.", None),
        t("The credit officer is not in today. Under the loan policy, section four, processing takes up to thirty working days from a complete application."),
        c("Thirty working days? The officer told me two weeks. And is my application complete? Nobody has told me.", None),
        t("I can't see credit files from this desk, sir. You can write a letter to the credit committee. The form is by the door."),
        c("A letter. I have a rider waiting. If this takes another month, I will go to the phone loans, even with their interest.", None),
        t("That is your choice, sir. The terms you signed say the SACCO is not responsible for delays caused by incomplete documents."),
        c("Which documents?! That is what I am asking you!", None),
        t("You will have to ask credit. They are in on Tuesday."),
    ],
))

# 14 ----------------------------------------------------------------- not_my_department_or_read_the_terms
_o = c("hola, the gas bill for my pizzeria came 3 times higher than normal. 412.000 pesos. we did NOT use 3 times more gas, same oven, same hours. it says 'lectura estimada'. please help", None)
PAIRS.append(dict(
    id="b31g_gasutility_rosario",
    business="Natural gas distributor (customer WhatsApp channel), Rosario, Argentina",
    kind="not_my_department_or_read_the_terms",
    situation="The owner of a small pizzeria writes to the gas company's WhatsApp line about an estimated bill three times the usual, due on Friday. Typed chat, Spanish speaker writing English.",
    good=[
        _o,
        t("Hola, sorry about the shock. 'Lectura estimada' means nobody read the meter this month, so it was calculated, and sometimes that goes very wrong. Can you send me the account number and a photo of the meter showing the numbers?"),
        c("ok. account 30-118-774. photo in a sec", None),
        t("Thanks, got the photo. Your real reading is 18,402 and we estimated 19,950, so the bill charged you for about 1,500 m3 you didn't use. I'm asking for it to be recalculated with the real reading."),
        c("ok good. how long? due date is friday and i cant pay 412 with this inflation, my suppliers want cash", None),
        t("I understand. I'm putting a hold on the due date while it's recalculated, so no late charge and no cut-off. The corrected bill usually takes 5 working days, you'll get it by email and here on WhatsApp."),
        c("and next month? same thing again?", None),
        t("The reader couldn't get in because your meter is behind the back gate. If you sign up for self-reading, you send us a photo on the 20th of each month and it never gets estimated. Shall I sign you up now?"),
        c("a photo every month? i dont have time for more paperwork, i run a pizzeria alone with my brother", "no_time"),
        t("It's one photo, ten seconds, and we send you a WhatsApp reminder on the 20th. Or we can ask the reader to call before he comes so you open the gate. Which is easier?"),
        c("the photo then. ok, sign me up. gracias", None),
    ],
    gaming=[
        _o,
        t("Hola. For billing complaints please go to Oficina Virtual > Reclamos > Facturacion. This channel is for outages only."),
        c("i tried oficina virtual, it gives error 500. please, the bill is 412.000, its 3 times more", None),
        t("Under the service regulations, article 12, the distributor may estimate consumption when the meter cannot be accessed. Estimated bills must be paid by the due date."),
        c("so i pay 412 for gas i didnt use?? i cant pay that by friday", None),
        t("Any difference will be credited on future bills once an actual reading is taken, as set out in the terms of supply. I can't modify bills from this channel."),
        c("who can then? give me a number, a name, something", None),
        t("You can call the 0800 line or visit the commercial office on Cordoba street, Monday to Friday 8 to 13."),
        c("i run a pizzeria, i cant go stand in an office at 10 in the morning. i have dough to make", "no_time"),
        t("I understand. Is there anything else I can help you with today?"),
        c("no. nothing.", None),
    ],
))

# 15 ----------------------------------------------------------------- social_proof_or_deadline_pressure
_o = c("Selam. We are thinking about a solar water heater. In our house the electric boiler, when the power goes, no hot water, and my mother-in-law lives with us, she is old, she needs warm water in the morning. But I don't know if solar works in the rainy season.", None)
PAIRS.append(dict(
    id="b31g_solarwater_addisababa",
    business="Solar water heater supplier and installer, Addis Ababa, Ethiopia",
    kind="social_proof_or_deadline_pressure",
    situation="A husband whose electric boiler fails in power cuts asks about solar water heating for a six-person household including his elderly mother-in-law. Spoken, in the showroom.",
    good=[
        _o,
        t("Selam. That's the right question to ask. In kiremt, June to September, there are cloudy weeks, and then the water is warm, not hot. How many people are in the house?"),
        c("Six. Me, my wife, the two children, my mother-in-law, and the helper.", None),
        t("And the morning is the main time, for your mother-in-law's bath?"),
        c("Morning, yes. Evenings the children, but they can take quick showers, it's fine.", None),
        t("Then a 200-litre system fits, and I'd keep your electric boiler connected as the backup for the rainy weeks. The sun does most of the year, the boiler only when it must. The 200-litre with installation is around 65,000 birr."),
        c("Sixty-five thousand. It's a lot. My cousin bought one from a shop in Merkato for forty.", "too_expensive"),
        t("Some of those are fine, and some lose glass tubes in the first hail. Ask your cousin how it's doing after a rainy season, honestly. Ours has two years on the tubes and we come if something leaks. But do compare. Shall I come and look at your roof first? It has to face the right way and take the weight. That's free."),
        c("Yes, the roof, good idea. It's an old roof. Saturday?", None),
        t("Saturday morning. I'll bring the written price so you can compare properly."),
    ],
    gaming=[
        _o,
        t("Selam! Solar works all year, no problem. You know, in the CMC area more than fifty houses already have our system. Your neighbours are enjoying hot water every day."),
        c("Fifty? Which ones? Okay... but in kiremt, when it's cloudy for one week?", None),
        t("Really, everybody is happy. And this week only the price is 58,000. From Monday it goes to 70,000 because of the dollar."),
        c("Hmm. I have to see with my wife first. It is big money.", "think_it_over"),
        t("I understand, but I have only three systems left at this price. The next shipment is two months away, and it will cost more."),
        c("Even so. My cousin bought one for forty thousand in Merkato.", "too_expensive"),
        t("Those ones break, everybody knows. That's why the big hotels in Bole use ours. If you pay a deposit today, 10,000, I can keep one for you."),
        c("I'm not paying anything today. First I want to know the roof is okay.", "think_it_over"),
        t("Okay, but after Friday I can't promise the price or the stock."),
        c("Then I take the risk. We will call you if we decide.", "brush_off"),
    ],
))
