"""Gaming pairs, file c (written by hand). Kinds 6-15, one each."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- archery shop, Michigan
_open = c("Hi. I bought this bow here two weeks ago and I can barely pull it back. My shoulder's sore after ten arrows. I think it's the wrong one.", None)
PAIRS.append(gpair(
    "b235g_michigan_compoundbow",
    "archery pro shop, Grand Rapids, Michigan, USA",
    "putdown_question",
    "A woman new to archery bought a compound bow for deer season and struggles to draw it; her brother-in-law told her fifty pounds is the minimum.",
    good=[
        _open,
        t("Sorry to hear that, a sore shoulder after ten arrows isn't right. Can you show me how you draw it? I'll watch your form and check the settings."),
        c("Sure. See, I kind of have to point it at the sky and heave.", None),
        t("Okay, that tells me the draw weight's too high for you right now. It's set at fifty-five pounds. What's your goal with it, targets or hunting?"),
        c("Deer, in November. My brother-in-law said I need at least fifty pounds for deer.", None),
        t("For whitetail at twenty yards or so, forty to forty-five is plenty, and this bow goes down to forty-five. I'd drop it there now, you practise through the summer, and if it feels easy by September we can bring it up. No charge for the adjustment."),
        c("Oh. I was ready to trade it in. I did that with a kayak once, bought the wrong one and lost three hundred on the trade.", None),
        t("No need to trade this one. Let me adjust it, then you draw it a few times here on the lane. If it still feels wrong, we'll look at other bows then."),
        c("Okay, let's try that.", None),
    ],
    gaming=[
        _open,
        t("Okay. And have you done any strength work at all, or did you just expect it to be easy?"),
        c("Um, no, I'm just... new. I've shot maybe a hundred arrows.", None),
        t("A hundred arrows, right. So what makes you think it's the bow and not your form?"),
        c("I don't know, that's why I'm asking. My brother-in-law said fifty pounds for deer.", None),
        t("Sure. And do you always take hunting advice from your brother-in-law, or is this a first for you too? Fifty-five is standard. Most people push through the soreness in a few weeks."),
        c("That's kind of rude. I came in for help. I'm thinking I'd rather just return it.", None),
        t("Return it? Come on, do you really want to give up after two weeks? Have you considered that maybe the bow isn't the problem here?"),
        c("I'd like to speak to the owner, please.", None),
    ],
))

# 7 not_my_department_or_read_the_terms -- ski rental, Stowe Vermont
_open = c("Hi, I just saw a two-hundred-fifty-dollar charge on my card from your rental shop. For damage? We returned the skis Sunday and nobody said anything.", None)
PAIRS.append(gpair(
    "b235g_stowe_rentaldamage",
    "ski rental shop, Stowe, Vermont, USA",
    "not_my_department_or_read_the_terms",
    "A father finds a damage charge on his card after a family ski weekend; nobody mentioned damage at return and no damage waiver was offered.",
    good=[
        _open,
        t("Sorry for the surprise, let's look at it together. Can I have the name on the rental?"),
        c("Dan Okafor. Two adult sets and one kids' set, Friday to Sunday.", None),
        t("Got it. The note says a core shot on the base of one adult ski, and the photo's from Monday morning when the tech checked them. Do you remember hitting anything, rocks or a thin patch?"),
        c("Honestly, it was icy and there were rocks on one of the traverses. Maybe? But nobody told us at return, and I wasn't offered the damage waiver either.", None),
        t("That's fair to raise. The waiver should have been offered at pickup, and your contract doesn't show it ticked. Here's what I can do: since it wasn't offered, I'll reduce the charge to what the waiver would have cost, eighteen dollars for the weekend, and refund the rest today. I'll email you the photo and the adjusted receipt."),
        c("Okay, that's reasonable. I'm not thrilled, but that's fair.", None),
        t("Thanks for being understanding. The refund takes three to five business days; if it isn't there by Friday, reply to the email and it comes straight to me."),
    ],
    gaming=[
        _open,
        t("I totally understand your concern and I appreciate you bringing it to us. Damage charges are covered in section nine of the rental agreement you signed, so that's really where the answer is."),
        c("I didn't read nine sections at the counter with a seven-year-old pulling my arm. What damage?", None),
        t("I hear you. It says a core shot on the base. Assessments are done by the tech team, though, so that's not really my department, I'm on the front desk."),
        c("Then who do I talk to? Nobody offered us the damage waiver either. Another mountain pulled this on me two years ago and I fought it for months.", "bad_experience"),
        t("I get that, and your experience matters to us. The waiver's optional, and that's in the terms too. I didn't make the policy, I just work here. Is there anything else I can help with?"),
        c("Yes, you can give me the manager's email. And I'm disputing it with my card company.", None),
        t("Sure, there's a contact form on the website. Have a great day!"),
    ],
))

# 8 social_proof_or_deadline_pressure -- overland outfitter, Denver
_open = c("Hey. We've been thinking about one of those rooftop tents for the Subaru. How do they work?", None)
PAIRS.append(gpair(
    "b235g_denver_rooftoptent",
    "overland and camping outfitter, Denver, Colorado, USA",
    "social_proof_or_deadline_pressure",
    "A man whose partner hates sleeping on the ground asks about a rooftop tent for a 2017 Outback with factory crossbars; they camp eight to ten weekends a year.",
    good=[
        _open,
        t("Sure. How do you camp now, and what's pulling you towards a rooftop tent?"),
        c("We've got a regular tent. Mostly it's my partner, she hates sleeping on the ground and she's sure there's bears. We go out maybe eight, ten weekends a year. Forest roads, dispersed sites.", None),
        t("That's a good fit for one. Which year is the Subaru, and what rack's on it now?"),
        c("2017 Outback, just the factory crossbars.", None),
        t("Then the first thing to check is the roof's driving load. On that Outback it's about a hundred and fifty pounds, and most hardshell tents are a hundred and thirty plus, so I'd want you on an aftermarket rack first. Tent and rack together come to about twenty-eight hundred. We also rent them by the weekend, a hundred and twenty with the rack, so you could try one before deciding."),
        c("Twenty-eight hundred, oof. We don't have that kind of cash right now. Renting might be the move.", "no_money"),
        t("Let's do that. What weekend are you thinking? I'll book it, and we'll fit it here on the Friday afternoon so you can see how it opens before you head out."),
        c("Fourth of July weekend, if it's free.", None),
        t("It's free. I'll put you down and email a confirmation with the fitting time."),
    ],
    gaming=[
        _open,
        t("Awesome! Honestly, everyone's going rooftop now. Every Outback that comes through here has one by the end of summer. So what's your timeline?"),
        c("No timeline. My partner hates sleeping on the ground, that's all. We've got a 2017 Outback with the factory bars.", None),
        t("Perfect. This hardshell is the one, we've sold over forty this spring, half the trailheads in Colorado have one. It's twenty-three hundred today, but the price goes up on the first of the month, so this week's really the time."),
        c("Is it okay on the factory bars? It looks heavy.", None),
        t("People run them like that all the time, you'll be fine. And I've only got two in stock; another couple was in this morning asking about one. If you put a deposit down now, I can guarantee it for you."),
        c("I don't want to be rushed into this. We're not really a twenty-three-hundred-dollar camping couple.", "too_expensive"),
        t("Totally get it. But think of it this way, everybody who waits ends up paying more in July. Shall I grab your name for the deposit?"),
        c("No. We'll think about it, and maybe rent one somewhere first.", "think_it_over"),
    ],
))

# 9 keyword_stuffed -- marina service desk, Muskoka Ontario
_open = c("Need my sixty horse winterized. Boat's coming out of the water end of October. What's the wait?", None)
PAIRS.append(gpair(
    "b235g_muskoka_winterize",
    "marina service desk, Muskoka, Ontario, Canada",
    "keyword_stuffed",
    "A terse cottage owner who works in Toronto wants his 60 hp outboard winterized before he takes the boat home for the winter.",
    good=[
        _open,
        t("We can do that. Is it staying with us for storage, or are you taking it home on the trailer?"),
        c("Taking it home. Garage.", None),
        t("Okay. Winterizing is fuel stabilizer, fogging, gear oil change and a check of the water pump, two-forty. Has it been running alright this season?"),
        c("Fine. Bit of a hesitation at low revs last month.", None),
        t("Worth having the tech look at that while it's in, it could be a carb that needs cleaning; he'll call you before doing anything extra. Next opening is October twenty-eighth, drop-off by nine, ready the thirtieth."),
        c("Twenty-eighth's a Tuesday. I work in Toronto, can't do weekdays.", "no_time"),
        t("Understood. We take Saturday drop-offs until noon. Bring it Saturday the twenty-fifth, it waits here till the Tuesday, and you pick it up the following Saturday. That work?"),
        c("Yeah. Book it.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, and thanks for reaching out! We really value our relationship with our boating community, and our goal is to understand your needs so your winterization experience is a real success. How are you feeling about the end of the season?"),
        c("Fine. What's the wait?", None),
        t("I hear you, and I understand that timing is really important to you. What I'm hearing is you need a solution that meets your needs and takes the stress out of the season. How does that resonate?"),
        c("It doesn't. Price and date.", None),
        t("Totally, I want to make sure I understand your needs fully. Our Complete Care winterization package is designed around the customer experience, and it's three ninety-five. Can I ask how satisfied you've been with your engine's performance?"),
        c("Three ninety-five? The dock guy at the other marina does it for two-fifty. Forget it.", "too_expensive"),
        t("I completely understand your feelings around value. Our relationship with you matters, so is there anything else I can help you feel good about today?"),
    ],
))

# 10 rude -- running store, Boise Idaho
_open = c("Hi, my daughter runs cross-country for the high school and she's been getting shin splints. The coach said maybe it's her shoes. Can you help us figure it out?", None)
PAIRS.append(gpair(
    "b235g_boise_runningshoes",
    "running specialty store, Boise, Idaho, USA",
    "rude",
    "A mother brings her high-school cross-country runner with shin splints after the girl doubled her weekly mileage; money is tight after team fees.",
    good=[
        _open,
        t("Absolutely. How old are the shoes, and roughly how many miles a week is she running?"),
        c("They're from last spring, so a year? She's doing thirty miles a week now, it was fifteen over the summer.", None),
        t("That jump from fifteen to thirty is a classic trigger for shin splints, so it may not only be the shoes, and it's worth mentioning the mileage to the coach. But a year at that many miles is past the life of most trainers. Would she be willing to jog a few steps on the treadmill so I can see how her foot lands?"),
        c("Sure, she's right here. We can't spend a fortune though, we just paid for her spikes and the team fees.", None),
        t("Got it. She lands pretty evenly, so she doesn't need a stability shoe, just a cushioned neutral trainer. We've got last year's colour of a good one at eighty-five instead of one-forty. Have her jog in those and tell me how her shins feel. If they still hurt after two weeks of easier mileage, a sports physio is the next step, not more shoes."),
        c("Eighty-five is doable. She says they feel good.", None),
        t("Great. Have her rotate them with the old pair on easy days for a week, then retire the old ones."),
    ],
    gaming=[
        _open,
        t("Shin splints. Okay. How many miles is she doing, or do you not know?"),
        c("Um, thirty a week, I think? It was fifteen over the summer.", None),
        t("Well, there's your answer, shoes aren't magic. Doubling her mileage, what did you expect? Anyway. What are you wanting to spend?"),
        c("Not a fortune, we just paid for spikes and team fees. Maybe a hundred?", None),
        t("A hundred. Right. Look, the decent stuff is one-forty. If you want cheap, go to the mall."),
        c("That's not very helpful. One-forty is more than we can do this month.", "no_money"),
        t("Then I guess she'll keep getting shin splints. Did you want to try something on or not? I've got people waiting."),
        c("No, thank you. We'll go somewhere else.", None),
    ],
))

# 11 ignored_customer -- sailing shop, Annapolis Maryland
_open = c("Hi, my son's starting the junior sailing program at the club this summer and they said we should get him his own Opti. Is that something you sell?", None)
PAIRS.append(gpair(
    "b235g_annapolis_optimist",
    "small-boat sailing shop, Annapolis, Maryland, USA",
    "ignored_customer",
    "A parent needs a first Optimist dinghy for a ten-year-old in a learn-to-sail program and is worried the boy might quit.",
    good=[
        _open,
        t("We do, new and used. How old is he, and has he sailed before?"),
        c("He's ten. He did the two-week beginner camp last year and loved it. But honestly, kids quit things, and I don't want to drop a fortune and have it sit in the yard.", None),
        t("Very fair. Is the program racing, or learn-to-sail, and where would you keep the boat?"),
        c("Learn-to-sail first year, maybe racing later. The club has dinghy racks, forty bucks a season.", None),
        t("Then a used club-level Opti is the right call. New race boats are forty-eight hundred and the difference only matters at regattas. We have two used ones on consignment, fourteen hundred and seventeen hundred; the cheaper one needs a new sail, about two-fifty. Used Optis hold their value, so if he does quit you'd likely get most of it back."),
        c("Okay, that's reassuring. Can he come sit in them? He'll want to pick.", None),
        t("Of course. Bring him Saturday, we'll rig both on the lawn and he can try them. I'll ask the owners to hold them till then."),
    ],
    gaming=[
        _open,
        t("Great! So tell me about him, what's his experience?"),
        c("He's ten, did the beginner camp last year. Kids quit things though, I don't want to spend a fortune.", None),
        t("Awesome. And what's your vision for his sailing?"),
        c("Learn-to-sail this year, see how it goes. Maybe a used one? We were thinking fifteen hundred, tops.", None),
        t("Love that. So this is the new race-spec Opti, forty-eight hundred with the racing sail package, it's what the regatta kids use. He'll feel like a champion."),
        c("That's three times what I just said. He's a beginner.", "too_expensive"),
        t("For sure. We also do a coaching package on top, it really accelerates their development. What questions do you have for me?"),
        c("I asked about used boats. Do you have any or not?", None),
        t("So shall I put a deposit on the race-spec for you? And how satisfied are you with your visit today?"),
        c("Not very. I'll ask the club for names of people selling.", None),
    ],
))

# 12 repeated_questions -- outfitter, Whitehorse Yukon
_open = c("Hello, I am from Germany, my friend and I paddle the Yukon River by canoe, Whitehorse to Dawson, sixteen days. Our tent was broken on the plane. We need a new one.", None)
PAIRS.append(gpair(
    "b235g_whitehorse_canoetent",
    "outfitter and camping store, Whitehorse, Yukon, Canada",
    "repeated_questions",
    "A German visitor whose tent was damaged in the airline's hold needs a replacement the day before a sixteen-day canoe trip and wants a receipt for the airline claim.",
    good=[
        _open,
        t("Oh no, on the plane! Okay, we'll sort you out. Two people, sixteen days on the river. When do you start?"),
        c("Tomorrow morning, the canoe is booked at eight. So I need it today.", None),
        t("Today's fine. On the Yukon in August you get rain, wind on the gravel bars, and mosquitoes. Is weight important, or does everything go in the canoe?"),
        c("Everything in the canoe, so weight is not so important. The airline will pay maybe, I do not know how much, so I do not want the most expensive one.", None),
        t("Makes sense. Then a sturdy three-person tent for the two of you, with a full fly and good mesh, gives you room for your gear when it rains. This one's three-eighty. The lighter version is six hundred, but you don't need that in a canoe. I'll give you an itemised receipt with today's date for the airline."),
        c("Three-eighty, good. And the receipt, yes, very important. Can you show me how to set it up? Tomorrow we have no time.", None),
        t("Sure. I'll pitch it on the floor right now, it takes ten minutes, and then you can do it once yourselves."),
    ],
    gaming=[
        _open,
        t("Oh no! So tell me, how many people will be sleeping in the tent?"),
        c("Two. Me and my friend. Sixteen days, to Dawson.", None),
        t("Great. And when you say the trip, who's going to be using the tent?"),
        c("Two people. Me and my friend. We start tomorrow.", None),
        t("Perfect. Just so I understand your needs, how many are you planning to sleep in it?"),
        c("Is this a joke? Two. TWO. I need it today, we start at eight tomorrow, I have no time for this.", "no_time"),
        t("Totally, I just want to make sure I get it right. So roughly how many people would the tent need to fit?"),
        c("I go to the other store. Goodbye.", None),
    ],
))

# 13 wrong_paraphrase -- golf course pro shop, Kelowna BC
_open = c("Hi, so my friend and I want to learn golf. We're both total beginners. Do you do lessons for, like, absolute beginners? We're both in our fifties.", None)
PAIRS.append(gpair(
    "b235g_kelowna_beginnergolf",
    "public golf course pro shop, Kelowna, British Columbia, Canada",
    "wrong_paraphrase",
    "A woman in her fifties and her friend want beginner golf lessons on weekday evenings; she was ignored by a pro at another club years ago.",
    good=[
        _open,
        t("We do, and lots of people start in their fifties. Do you have any clubs, and when are you free, weekdays or weekends?"),
        c("No clubs. Weekday evenings, we both work. And I'll be honest, I tried lessons at another club years ago and the pro just ignored me and talked to the men.", "bad_experience"),
        t("I'm sorry that happened, and thanks for telling me. Our beginners' program is a women's group on Tuesday evenings, four sessions, a hundred and sixty each, clubs provided, with one of our female pros. You don't need to buy anything until you know you like it."),
        c("Oh, that sounds more like it. Tuesdays might be tricky for my friend though, she has her grandkids. I'll have to ask her.", "think_it_over"),
        t("Of course. There's also a Thursday group starting two weeks later. I'll pencil you both into Tuesday and hold Thursday as a backup; just text me by Friday which one works."),
        c("Perfect. Here's my number.", None),
    ],
    gaming=[
        _open,
        t("Love it! So tell me more about what you're looking for."),
        c("Just lessons, basic stuff. We've got no clubs. Weekday evenings, we both work.", None),
        t("Awesome. So what I'm hearing is you're both keen to get out on the course as quickly as possible, so you'll want a full set each and a playing membership, is that right?"),
        c("No, I said lessons. We haven't even hit a ball yet.", "no_need"),
        t("Got it, so you've played a bit before and you're looking to get competitive, maybe join a league. Did I understand you correctly?"),
        c("No, you didn't. And this is exactly what happened at the last club I tried. Nobody listens.", "bad_experience"),
        t("Absolutely, I really appreciate you sharing. So to play that back, you'd like to start with the ladies' starter set at five-ninety and we'll book the lessons after. Shall I ring that up?"),
        c("I'll find somewhere else. Thanks.", None),
    ],
))

# 14 pitch_to_upset -- mountain bike hire, Rotorua NZ
_open = c("I need to talk to someone about the bike you hired my son yesterday. The back brake went on the downhill and he's come off and broken his wrist. We were in A&E till midnight.", None)
PAIRS.append(gpair(
    "b235g_rotorua_brakefailure",
    "mountain bike hire shop, Rotorua, New Zealand",
    "pitch_to_upset",
    "An Australian mother on holiday is furious after her fifteen-year-old broke his wrist when a hire bike's rear brake failed.",
    good=[
        _open,
        t("I'm really sorry. How is he this morning?"),
        c("Sore. Plaster on for six weeks. He's fifteen, he's gutted, it's our holiday. I'm furious, honestly.", None),
        t("You've every right to be. I want to find out what happened with that bike. Do you know the number on the frame, or the colour of the tag?"),
        c("Orange tag, number fourteen. It was fine on the flat, then halfway down the lever went right to the bar.", None),
        t("Thank you. I'm taking fourteen out of the fleet now and our mechanic will inspect it this morning; I'll send you his report. I'll refund the full hire, and I'm reporting it to our insurer for any costs ACC doesn't cover. Can I ring you this afternoon once we've looked at the bike?"),
        c("Yes. My number's on the booking. Ring after three, we'll be back from the fracture clinic.", None),
        t("After three, I'll ring you myself. And again, I'm sorry this has happened on your holiday."),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry to hear that, I totally understand how upsetting that must be. Can you tell me more about your experience?"),
        c("My son has a broken wrist. The brake failed. That's my experience.", None),
        t("I hear you, and your family's safety really matters to us. Actually, this is exactly why we launched our Premium Hire tier, newer bikes, hydraulic brakes, only twenty dollars more a day. Would you like me to book that for the rest of your stay?"),
        c("Are you serious? He's in a cast. He's not riding anything.", "no_need"),
        t("Totally, totally. Well, for you and your partner then, we've got guided e-bike tours, really relaxing, a great way to rescue the holiday. And I can do ten percent off."),
        c("I want a refund and I want to know what happened to that bike. Is there a manager?", None),
        t("For sure. Before I grab her, can I ask how likely you'd be to recommend us to a friend, on a scale of one to ten?"),
    ],
))

# 15 blame -- fly shop, Bozeman Montana
_open = c("Hey there. These waders are six weeks old and the left leg leaks. I've been walking round with a wet sock all week on the Madison.", None)
PAIRS.append(gpair(
    "b235g_bozeman_waderleak",
    "fly shop, Bozeman, Montana, USA",
    "blame",
    "An angler's six-week-old waders leak at the left knee; a previous warranty claim elsewhere dragged on for two months.",
    good=[
        _open,
        t("That's no fun, especially in water that cold. Can you show me where you're wet when you come out, the foot, the knee, higher up?"),
        c("Inside of the left knee, mostly. Right about here. Could be I knelt on something, I kneel a lot when I'm netting fish.", None),
        t("Could be, or it could be a seam. Easy to find out: I'll spray the inside with alcohol, and a pinhole or a bad seam shows up dark in about a minute. Want to wait while I check?"),
        c("Sure.", None),
        t("There it is. It's the seam at the knee, not a puncture. That's a manufacturing fault, so it's a warranty replacement. I can swap them for a new pair off the shelf today, same size, and send these back to the maker myself."),
        c("Oh, good. I was braced for a fight. My last pair I had to ship off myself and wait two months.", None),
        t("No need this time. Try the new ones on for size, and keep the receipt with the exchange note on it in case anything else comes up."),
    ],
    gaming=[
        _open,
        t("Okay. So how have you been storing them? Hanging upside down, or balled up in the back of the truck?"),
        c("Hanging in the garage, usually. What's that got to do with a leak?", None),
        t("Well, a lot of guys don't dry them properly and the seams break down, that's user care. And were you bushwhacking in them? The willows along the Madison will shred breathable fabric."),
        c("I walk the trail to the river like everybody else. It's the inside of the knee.", None),
        t("Inside of the knee, yeah, that's usually from kneeling on rocks. That's not really a defect. We do a patch kit, fourteen ninety-nine. Did I understand you correctly that you'd like to take one?"),
        c("No, I wouldn't. They're six weeks old. Last waders I bought, different shop, same story, and they made me wait two months. I'm not doing that again.", "bad_experience"),
        t("I hear your frustration. Honestly, most of our customers get three seasons out of these, so it does come down to how they're used. Anything else I can help with today?"),
        c("Yeah, you can get me whoever does warranty. I'm not leaving till I talk to them.", None),
    ],
))
