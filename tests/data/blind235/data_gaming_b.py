"""Gaming pairs, file b (written by hand). Kinds 11-15 and 1-5, one each."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- tramping gear shop, Queenstown NZ
_open = c("Hiya, I'm doing the Routeburn in three weeks and I think I need proper boots. I've only got trainers with me.", None)
PAIRS.append(gpair(
    "b235g_queenstown_trampingboots",
    "tramping and outdoor gear shop, Queenstown, New Zealand",
    "ignored_customer",
    "A British backpacker on a long trip needs footwear for a three-day hut walk; she has a weak knee and a limited budget.",
    good=[
        _open,
        t("Nice, the Routeburn's a beauty. Are you walking it over two or three days, and have you done much multi-day walking before?"),
        c("Three days, huts booked. I've done a bit of fell walking at home in the Lakes, but never with a full pack. And my left knee's a bit dodgy on the downhills.", None),
        t("Good to know about the knee. Roughly how heavy will your pack be, and is it your own or are you hiring one?"),
        c("Hiring one from the hostel, no idea of the weight. I'm travelling for six months, so I've got maybe a hundred and fifty for boots, tops.", None),
        t("That's a sensible limit. With huts and a hired pack you'll carry maybe ten to twelve kilos, so you don't need heavy leather boots. A light mid-cut hiking shoe with good grip will do it, and we've got a couple around one-thirty. For the knee, poles take a lot of strain off on the descents, and we hire those for fifteen dollars for the trip so you're not carting them round afterwards. Want to try a pair of shoes on?"),
        c("Oh, hiring poles is a good shout. Yeah, go on. I'm a size six, UK.", None),
        t("That's about a thirty-eight. I'll grab both models. Walk around on the ramp for a bit, especially downhill, and tell me if your toes hit the front."),
    ],
    gaming=[
        _open,
        t("Awesome! Tell me, what kind of walking are you planning?"),
        c("The Routeburn, three days, huts booked. My left knee's a bit dodgy on the downhills.", None),
        t("Great. And what matters most to you in a boot?"),
        c("Not wrecking my knee, and not spending loads. I've got maybe a hundred and fifty, I'm travelling for six months.", None),
        t("Perfect. So this is the Alpine GTX, full leather, crampon-compatible, three forty-nine. It's what the guides wear on the Routeburn."),
        c("That's more than double what I said. And it looks really heavy, I'd have to carry it round Asia after.", "too_expensive"),
        t("Totally. And how's your pack, have you got one sorted? We've a sixty-five litre at two ninety-nine that pairs perfectly with these."),
        c("I'm hiring one from the hostel. What about my knee though, do I need poles or something?", None),
        t("Mm-hm. So shall I grab the Alpines in your size? Did I cover everything you needed today?"),
        c("No, you didn't. I'll try the shop across the road.", None),
    ],
))

# 12 repeated_questions -- ski boot fitting, Banff
_open = c("Hey, I bought boots here last season and they're killing me. Like, I can't ski more than an hour. Can you do anything?", None)
PAIRS.append(gpair(
    "b235g_banff_bootfit",
    "ski shop with boot-fitting bench, Banff, Alberta, Canada",
    "repeated_questions",
    "A skier who bought boots at the shop last season has pressure pain by the little toe and numb toes; she wants to catch the morning ski bus.",
    good=[
        _open,
        t("Yeah, usually we can. Can you point to where it hurts, and is it pain, numbness or cold?"),
        c("Outside of both feet, right by the little toe, it's a pressure pain. And my toes go numb after lunch.", None),
        t("Pressure by the little toe joint and numb toes later in the day. How tight do you do the buckles, and do you wear one sock or two?"),
        c("Pretty tight, the top two especially, because my heel lifts otherwise. One thick ski sock.", None),
        t("That fits together. A thick sock plus cranked buckles squeezes the forefoot, and the numbness is probably circulation. I'd punch the shell out a few millimetres at the little toe and add a heel pocket so you don't have to crank the top buckles. You bought them here, so the punch is free; the heel pads are twenty. It takes about forty minutes."),
        c("Forty minutes... I was hoping to catch the eleven o'clock bus up to Sunshine. I really don't have time this morning.", "no_time"),
        t("No problem. Leave them with me now, go grab a coffee, and I'll do the punch first so you're out by ten-forty. If I can't make that, I'll tell you by quarter past ten and we'll do it after skiing instead."),
        c("Deal. Here they are.", None),
    ],
    gaming=[
        _open,
        t("Oh no! So tell me, where exactly is the discomfort?"),
        c("Outside of both feet, by the little toe. And my toes go numb after lunch.", None),
        t("Okay. And can you describe which part of the foot is giving you trouble?"),
        c("The... outside. By the little toe. Like I said.", None),
        t("Got it, got it. So just so I understand, when you're skiing, where do you feel the boot is uncomfortable?"),
        c("Are you writing any of this down? Little toe. Both feet. Numb toes. I've got a bus at eleven, I don't have all day for this.", "no_time"),
        t("Totally, I want to get this right for you. Just to clarify, is the pain more on the inside or the outside of the foot?"),
        c("Outside. Honestly, I'll come back when the actual boot fitter's in.", None),
        t("Sure! And before you go, whereabouts on the foot would you say it's worst?"),
    ],
))

# 13 wrong_paraphrase -- fishing charter booking, Tofino BC
_open = c("Hi, yeah, I'm looking to book a fishing trip for my dad's seventieth. He's been talking about catching a salmon out here for years.", None)
PAIRS.append(gpair(
    "b235g_tofino_salmoncharter",
    "fishing charter office, phone booking, Tofino, British Columbia, Canada",
    "wrong_paraphrase",
    "A son wants to book a salmon trip for his father's 70th birthday; the father walks with a cane and gets seasick.",
    good=[
        _open,
        t("What a great present. How many of you are going, and when's the birthday?"),
        c("Just me and him. It's the August long weekend. He walks with a cane these days, and, uh, he gets seasick, which, yeah.", None),
        t("Okay, so two of you, the August long weekend, your dad uses a cane and gets seasick. Those last two matter more than anything. Our inshore trips stay in the sound, calmer water, four hours, and the boat has a boarding step with a rail. Offshore is a lot rougher. How long do you think he'd be comfortable out?"),
        c("Four hours sounds about right. What's that cost for two? Not gonna lie, I saw another outfit doing it for less.", "too_expensive"),
        t("Private inshore for two is six-fifty, gear and licences included. A shared boat is cheaper, two-ten a person, but you'd be with four strangers and the skipper can't change the plan if your dad's feeling rough. For a seventieth I'd go private, but either works. And take the early slot; the water's usually flattest before ten."),
        c("Private, early. Let's do it. Can I pay a deposit now?", None),
        t("You can. I'll take a hundred deposit and email the confirmation with the dock address, and I'll put a note in for the skipper about the cane and the seasickness so he's ready."),
    ],
    gaming=[
        _open,
        t("Amazing! So tell me more about what you're looking for."),
        c("It's just me and my dad, August long weekend. He walks with a cane and gets seasick.", None),
        t("Love it. So what I'm hearing is a big family group wanting the full-day offshore adventure, out past the shelf where the big halibut are. Did I understand that correctly?"),
        c("No... just the two of us. And he gets seasick. Offshore sounds like a nightmare.", "no_need"),
        t("Got it, so the seasickness isn't a big deal, he's just a bit nervous about deep water, is that right? Our skippers are great with first-timers. The ten-hour trip is eleven hundred for the boat."),
        c("That's not what I said at all. And eleven hundred's crazy for two people.", "too_expensive"),
        t("Absolutely, so just to play that back, you're after the premium experience and price isn't the main thing because it's a special birthday. Shall I put you down for the offshore?"),
        c("No. I'll call somebody else.", None),
    ],
))

# 14 pitch_to_upset -- golf club office, Victoria BC
_open = c("Hello. I'm ringing about my husband's membership. He, um... Graham passed away last month. I don't really know what needs doing.", None)
PAIRS.append(gpair(
    "b235g_victoria_membershipbereavement",
    "golf club pro shop and members' office, Victoria, British Columbia, Canada",
    "pitch_to_upset",
    "A recently widowed woman phones to end her late husband's long-standing golf membership; his clubs are still in storage.",
    good=[
        _open,
        t("I'm so sorry about Graham. Please take your time. I can sort the membership for you. Could I have his surname so I can find the account?"),
        c("Fraser. Graham Fraser. He'd been a member for thirty-one years.", None),
        t("I've found him. Thirty-one years, that's a long time, I'm sorry. I can end the membership from the date he passed, and there's an unused part of the annual fee, about four hundred and twenty dollars, that we'll refund to you. Does he have anything in club storage?"),
        c("His clubs are still there, I think. I can't face coming to get them yet. Is that a problem?", None),
        t("Not at all. They can stay as long as you need, no charge. If you decide later you'd like them sold, we can do that for you, or if there's a grandchild who plays, we can refit them. No rush on any of it. Shall I post the refund paperwork or email it?"),
        c("Post, please. Thank you, dear. You've been very kind.", None),
        t("Of course. I'll post it today, and I'll put a note on the file so nobody calls you about renewals."),
    ],
    gaming=[
        _open,
        t("Oh, I'm so sorry for your loss, I truly understand how you must feel. Can you tell me a bit about his membership?"),
        c("He'd been a member thirty-one years. I just need to stop the payments, I think.", None),
        t("Thirty-one years, wow, what a legacy. Have you thought about keeping that connection alive? A lot of our widows move to the social membership, it's only ninety a month, with the dining room and the ladies' league."),
        c("I don't play golf. I just want it cancelled, please.", "no_need"),
        t("Totally understand. And what about his clubs in storage? Trade-in values on older sets are really good right now. Put that towards a starter set for yourself and you'd be honouring his memory out on the course. How does that sound?"),
        c("I can't talk about his clubs right now.", None),
        t("Of course. Before I let you go, we do have a memorial bench program, from twelve hundred dollars, right by the eighteenth green. Is that something you'd like to explore?"),
        c("I'll have my son call you. Goodbye.", "brush_off"),
    ],
))

# 15 blame -- bike shop, Christchurch NZ
_open = c("Hi, I bought the carbon road bike here ten days ago and the gears keep skipping, especially going up Dyers Pass. It's doing my head in.", None)
PAIRS.append(gpair(
    "b235g_christchurch_gearskip",
    "bike shop, Christchurch, New Zealand",
    "blame",
    "A keen road cyclist's ten-day-old bike skips gears on climbs; she had trouble with a bike from a chain store before.",
    good=[
        _open,
        t("That's frustrating on a new bike, especially on a climb like that. Can you pop it on the stand? When it skips, is it one particular gear or all over?"),
        c("Mostly the middle of the cassette, fourth and fifth cog. Under load, when I'm standing up.", None),
        t("Okay. New cables stretch in the first week or two, and it usually shows up just like that, in the middle of the cassette. It's covered by the free first check. Has it been knocked or dropped at all, just so I know what I'm looking for?"),
        c("It fell over at the café once, on the left side though. Not the gear side.", None),
        t("Left side won't touch the derailleur, so that's fine. I'll re-tension the cable and check the hanger's straight. Fifteen minutes, free. Can you wait, or do you want to pick it up later?"),
        c("I can wait. Mind you, if this keeps happening I'll want my money back. My last bike from one of the big chains was nothing but trouble.", "bad_experience"),
        t("Fair enough. If it skips again after this, bring it straight back and we'll look at the derailleur itself, that's under warranty too. Let me get started, and I'll ride it round the car park before I hand it back."),
    ],
    gaming=[
        _open,
        t("Right, okay. So talk me through how you've been shifting. Are you changing gear while you're stomping up the hill?"),
        c("I mean, sometimes, it's a hill. That's when you change gear.", None),
        t("Yeah, see, that's usually the problem. You shouldn't shift under load, it's on page six of the manual. Did you get a chance to read the manual we gave you?"),
        c("I've been riding for twenty years. It skips in the middle of the cassette, it's not me.", None),
        t("Has it been dropped at all? Because if it's been dropped on the derailleur, that's on you, not the warranty."),
        c("It fell over once, on the left side. Look, I had nothing but hassle with my last bike from a chain store, and I came here because you lot were meant to be better.", "bad_experience"),
        t("I hear what you're saying. What I'd suggest is a full service and a new hanger, that's ninety-five, and learning to ease off when you shift. Did I understand you correctly that you'd like to book that in?"),
        c("No, I want it fixed for free. It's ten days old. Get me the manager.", None),
    ],
))

# 1 monologue -- marine electronics, Tauranga NZ
_open = c("G'day. After a fish finder for my tinny. Nothing flash.", None)
PAIRS.append(gpair(
    "b235g_tauranga_fishfinder",
    "marine electronics and chandlery, Tauranga, New Zealand",
    "monologue",
    "An angler with a small aluminium boat wants a basic fish finder for harbour snapper fishing, on a budget of about four hundred dollars.",
    good=[
        _open,
        t("Sure. What are you fishing for, and where do you usually go out?"),
        c("Snapper mostly, in the harbour and just outside the heads. Thirty metres deep at the most.", None),
        t("And is it just the sounder you're after, or do you want GPS as well so you can mark spots?"),
        c("GPS would be handy, to get back on a good spot. Budget's about four hundred.", None),
        t("Four hundred gets you a five-inch unit with sounder and GPS, plenty for thirty metres. The main question is fitting it: has the tinny got a battery, and is there room on the transom for the transducer?"),
        c("Yeah, there's a battery under the seat for the bilge pump. Transom's fine. Do I have to fit it myself? I'm not much chop with wiring.", None),
        t("Either way. It's a simple job if you're handy, or our workshop does it for eighty. The five-inch is three ninety-nine. Take the box and the wiring diagram home, and if it looks too fiddly, bring the boat in Thursday and we'll fit it."),
        c("Sweet as, I'll give it a go myself. If I make a hash of it I'll be back Thursday.", None),
    ],
    gaming=[
        _open,
        t("Oh, you've come to the right place! The big thing right now is side imaging, it's a game changer, you can literally see the fish either side of the boat. This nine-inch unit has CHIRP, side and down imaging, it's live sonar ready, and it networks with your autopilot, your radar, the lot. It's what the pros run."),
        c("It's a tinny, mate. I just want to find snapper in the harbour.", None),
        t("Totally, and that's exactly why you'd love this. The mapping shows you contours to half a metre, you build your own maps as you go, and it talks to your phone so you can plan trips from the couch. The touch screen works with wet hands, which is huge, and it's readable in full sun."),
        c("How much is it?", None),
        t("Two thousand one ninety-nine, but honestly, once you've used side imaging there's no going back. I'd pair it with the trolling motor transducer too, and we can fit the lot in the workshop for two-fifty. So many of our customers say it's the best thing they've ever done for their fishing."),
        c("Two grand. The boat's only worth four. Nah, I'll see what's on Trade Me.", "too_expensive"),
        t("Sure, sure. Before you go, did you want to hear about the extended warranty? Anything else I can help with?"),
        c("Nah, you're right.", "brush_off"),
    ],
))

# 2 closing_as_open_question -- paddleboard shop, Lake Tahoe
_open = c("Hi! We're thinking about getting a paddleboard, maybe two. We rented some on vacation and loved it.", None)
PAIRS.append(gpair(
    "b235g_tahoe_paddleboards",
    "paddleboard and kayak shop, South Lake Tahoe, California, USA",
    "closing_as_open_question",
    "A couple who tried paddleboarding on holiday are thinking of buying two boards; they live in a second-floor apartment and drive a small car.",
    good=[
        _open,
        t("Oh, fun. Where did you rent, and what kind of board was it, hard or inflatable?"),
        c("In Hawaii, I think they were hard boards. Big ones. We live in Sacramento, so this would be for Tahoe and the river.", None),
        t("Okay, lake and river, driving up from Sacramento. Where would you store them, and what do you drive?"),
        c("Apartment, second floor, no garage. A Honda Civic. So... yeah.", None),
        t("Then I'd look at inflatables. They roll up into a backpack, fit in a Civic trunk, and a good one is nearly as stiff as what you rode in Hawaii. They're about eight-fifty each with paddle and pump. Before you spend seventeen hundred, you could rent our inflatables this weekend and see how you like them on the lake; if you buy within a month, the rental comes off the price."),
        c("Ooh, trying first is smart. We'd want to know we'll actually use them before we spend that much.", "think_it_over"),
        t("Absolutely. I'll book two boards for Saturday, pick up at nine. If you don't love them, you're only out the rental."),
        c("Perfect. Put it under Maya.", None),
    ],
    gaming=[
        _open,
        t("Oh, I love that! So what would need to happen for you to take two boards home today?"),
        c("Ha, um, I don't know, we're just starting to look.", "brush_off"),
        t("Totally. And when you picture yourselves out on Tahoe this summer, which of these two colours do you see yourselves on?"),
        c("I guess the blue? We live in Sacramento though, in an apartment. Not sure where we'd even put them.", None),
        t("Easy, the inflatable rolls up. So shall we do one blue and one green, or would you rather go matching blue?"),
        c("I haven't even asked the price yet.", None),
        t("Eight-fifty each, so seventeen hundred for the pair. How would you like to take care of that, one card or splitting it?"),
        c("Seventeen hundred? That's more than we budgeted for the whole summer. We'd have to talk about it.", "no_money"),
        t("Of course! What time tomorrow works best for you to come back and finalise?"),
    ],
))

# 3 pitch_as_paraphrase -- tackle shop, Lake of the Ozarks
_open = c("Afternoon. Want to get my grandson his first fishing rod. He's seven. Coming to stay two weeks in July.", None)
PAIRS.append(gpair(
    "b235g_ozarks_kidsrod",
    "bait and tackle shop, Lake of the Ozarks, Missouri, USA",
    "pitch_as_paraphrase",
    "A grandfather wants a first rod for his seven-year-old grandson's summer visit; they'll fish for panfish off his dock.",
    good=[
        _open,
        t("That's a great thing to do with him. Has he fished before, and what'll you two be fishing for?"),
        c("Never fished. Just bluegill and crappie off my dock, I reckon. Maybe a bass if we're lucky.", None),
        t("Off the dock for panfish, first-timer, seven years old. Is he a kid who'll want to cast himself, or will you be doing most of it?"),
        c("Oh, he'll want to do it himself, stubborn as his mother. But I don't want something that ends up in a closet. His folks ain't into fishing.", None),
        t("Then I'd go with a push-button spincast combo, four and a half foot. Easiest to cast, hardly tangles, and it's about thirty dollars, so if it does end up in a closet it's no great loss. Add a pack of small hooks and bobbers for ten. If he gets hooked, pardon the pun, you can step him up to a spinning reel next summer."),
        c("Thirty bucks, that's about right. Throw in the bobbers.", None),
        t("Will do. And I'll show you how to set the drag loose so he doesn't snap the line on his first crappie."),
    ],
    gaming=[
        _open,
        t("How fun! So what you're saying is you want to give him the best start possible, so what you need is our Pro Series youth combo with the tackle box and hat, a hundred eighty-nine, is that right?"),
        c("Hundred eighty-nine? For a seven-year-old? He's never even held a rod.", "too_expensive"),
        t("Absolutely, so what I'm hearing is you want something he can grow into for years, which is exactly why the Pro Series graphite makes sense, would that be fair?"),
        c("Not really. He's only here two weeks and his folks don't fish. It's bluegill off my dock.", "no_need"),
        t("Got it, so you need a versatile setup for panfish and bass, so the bigger combo with the spare spool, two twenty-nine, is that what you're after?"),
        c("No, sir. I'll grab one of them cheap ones at the big-box store.", "too_expensive"),
        t("Okay! Just so I'm clear, you'd like to think about the Pro Series? Anything else I can do for you?"),
    ],
))

# 4 upsell_as_loop_closing -- hockey shop, Winnipeg
_open = c("Hi, I need a new helmet for my son, he's in U11 house league. The ref said his cage is bent.", None)
PAIRS.append(gpair(
    "b235g_winnipeg_hockeyhelmet",
    "hockey and skate shop, Winnipeg, Manitoba, Canada",
    "upsell_as_loop_closing",
    "A mother needs her nine-year-old's hockey helmet sorted before Saturday's game after a referee flagged the bent cage.",
    good=[
        _open,
        t("Okay, let's have a look. Did you bring the old one? And did the ref want a new cage or a whole new helmet?"),
        c("It's here. He just said the cage is bent and he can't play with it Saturday.", None),
        t("Right, the cage is bent at the chin, but the helmet's certification sticker is good until 2027 and there are no cracks. So you only need a new cage, not a helmet. Same brand fits, about forty-five dollars."),
        c("Oh! I thought I'd be paying a hundred and fifty. Great. Can you put it on? I'm useless with a screwdriver.", None),
        t("Sure, five minutes. Is he still comfortable in it? Does it move when he shakes his head?"),
        c("He says it's fine, but it's a bit loose since his haircut. Ha.", None),
        t("I'll tighten the back adjustment while I'm at it. Have him try it on before Saturday; if it still moves, bring him in and we'll fit it properly, no charge."),
        c("Perfect, thanks.", None),
    ],
    gaming=[
        _open,
        t("Great! Here's our most popular helmet and cage combo, one fifty-nine. Let's get that sorted for Saturday."),
        c("Oh. Okay, he needs something by Saturday, so fine.", None),
        t("Awesome. Now, just to close the loop and make sure he's totally set up for success this season, what else can I add for you? Skates sharpened? New gloves?"),
        c("No, just the helmet. His gloves are fine.", "no_need"),
        t("For sure. And to make sure we've covered all his needs, what else could we add? The new composite stick is on promo, eighty-nine, kids say it really helps their shot."),
        c("He's nine. He shoots from the blue line and misses the net. We're okay.", "no_need"),
        t("Ha, totally. Last thing, so nothing's missed, what else would help his experience? A wheeled bag?"),
        c("I'm good, thanks. I've already spent more than I planned. Can I just pay?", "no_money"),
        t("Of course! Anything else today?"),
    ],
))

# 5 leading_tag_questions -- sports store, Wellington NZ
_open = c("Hi there, I coach the under-elevens cricket at our club and we need some shared gear for the kids. The club's given me six hundred dollars.", None)
PAIRS.append(gpair(
    "b235g_wellington_juniorcricket",
    "sports store, Wellington, New Zealand",
    "leading_tag_questions",
    "A volunteer junior cricket coach has a fixed club budget for shared helmets and bats now that the children move to the hard ball.",
    good=[
        _open,
        t("Great, thanks for coaching. What's on the list, and what does the club already have?"),
        c("We've got one old kit bag. The pads are mostly okay. The helmets are falling apart, three of them, and we need a couple of junior bats.", None),
        t("Helmets first, then. Are the kids facing the hard ball yet, or still on the softer ball at under-eleven?"),
        c("Hard ball from this season, that's why the helmets matter. The parents have been on at me about it.", None),
        t("Then I'd spend most of it on helmets. Three youth helmets to the current safety standard are about a hundred and thirty each, so three-ninety. That leaves two-ten, enough for two size-four bats at ninety-five. Roughly what sizes are the kids, so I get the helmets right?"),
        c("Honestly, all over the place. Can we swap sizes if they don't fit?", None),
        t("Yes. Keep the tags on and bring back any that don't fit within thirty days. I'll write the sizes on the receipt so your treasurer can see what's what."),
    ],
    gaming=[
        _open,
        t("Awesome! Safety's the number one thing with juniors, isn't it? You'll want the best helmets you can get, won't you?"),
        c("Yeah, three helmets, and a couple of bats if the money stretches.", None),
        t("Great. These pro-grade ones with the titanium grille are what the rep players use. You wouldn't want the kids in anything less, would you?"),
        c("How much are they?", None),
        t("Two-forty each. It's their safety, you can't put a price on that, can you? And the parents would be happy to see the club invest properly, wouldn't they?"),
        c("Three at two-forty is seven-twenty. That's over what the club gave me, and there'd be nothing left for bats.", "no_money"),
        t("Sure, but the bats can wait, can't they? You'd rather explain a cheap bat than a cheap helmet, wouldn't you?"),
        c("I'd rather not blow the whole budget on titanium. I'll take it back to the committee.", "think_it_over"),
        t("Fair enough. They'll agree the pro-grade is worth it, won't they?"),
    ],
))
