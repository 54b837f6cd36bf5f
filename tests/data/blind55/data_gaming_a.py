"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions), two each. Hand-written for blind55."""
from common import c, gpair, t

PAIRS = []

PAIRS.append(gpair(
    "b55g_tromso_aurora_tour", "aurora tour operator, Tromsø, Norway", "monologue",
    "A mother at the tour desk of a small Tromsø operator asks about a northern lights trip tonight for herself, "
    "her husband and their seven-year-old son. The family flies out early the next morning.",
    good=[
        c("Hi, um, we're thinking about one of the northern lights trips tonight? It's me, my husband and our son, he's seven.", None),
        t("Lovely. Tonight's looking cloudy on the coast, so the chase buses will probably head inland toward the Finnish border. That's a long night, back around two. How's he with late nights?"),
        c("Hmm. He's fine in the cold, he's been sledding all day. But we fly out at nine tomorrow morning.", None),
        t("Ah, then I wouldn't put you on the chase. There's the fjord camp, forty minutes out: a lavvu tent, a fire, reindeer soup, back by half eleven. You'll see lights if they come through the gaps, but on a night like this I can't promise it."),
        c("How much is that one?", None),
        t("890 adults, children half price. If you see nothing you can rebook for free, though with your flight that won't help you much, I know."),
        c("Mm. That's still over two thousand for maybe seeing nothing.", "too_expensive"),
        t("It is. If the lights are the whole point, tonight's a gamble. If a warm evening by a fire with a chance of lights sounds good anyway, families usually love the camp. What's he most excited about this trip?"),
        c("Reindeer, honestly. He's been going on about them all week.", None),
        t("Then the camp's the one. They keep six out there and the kids get to feed them. I'll check for three seats on the 18:30 bus, and if the forecast turns bad by five you can cancel for a full refund."),
        c("Okay, go on, check it.", None),
    ],
    gaming=[
        c("Hi, um, we're thinking about one of the northern lights trips tonight? It's me, my husband and our son, he's seven.", None),
        t("Great question, and what an experience you're in for! Let me tell you about Aurora Hunter Premium, our most successful tour. 2,200 per person, and we go wherever the lights are: Finland, Sweden, some nights four hundred kilometres. Professional photographer, thermal suits, hot chocolate, tripods, and we're back about three or four in the morning. People tell us it changed their lives. Kids are very welcome, of course."),
        c("Four in the morning? We've got a flight at —", None),
        t("And that's exactly why people choose us, no time to waste, right? You get all the photos by email within a week. There's also the memory package, a hoodie and a printed photo book, and families who add it never regret it. What I always say is this is about your relationship with nature, the memory you build together. So what questions do you have about the Premium?"),
        c("Well, the flight. I was saying. It's at nine.", None),
        t("Nine's no problem at all, lots of guests go straight from the bus to the airport and sleep on the plane! And tonight could be once in a lifetime, we're talking Kp 4. The Premium has a ninety-four percent success rate this season. Shall I put the three of you down?"),
        c("With a seven-year-old? No. We'll just look out of the hotel window.", "no_need"),
        t("Totally understand, but you won't see anything from town with the street lights. Can I at least give you the brochure for the Premium and the photo package?"),
        c("No thanks, we're fine.", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_ulaanbaatar_ger_stoves", "heating stove supplier (B2B), Ulaanbaatar, Mongolia", "monologue",
    "The owner of a twelve-ger tourist camp in Terelj, who has only opened in summer so far, comes to a stove "
    "supplier in Ulaanbaatar because she wants to try a winter season. Her English is functional; her budget is a small bank loan.",
    good=[
        c("Hello. I have ger camp in Terelj, twelve gers. This year we want open in winter also. I need stoves, maybe.", None),
        t("Winter guests, good idea, the snow in Terelj sells itself. What do you heat the gers with now?"),
        c("Now small metal stoves, old type, wood. Summer is okay, only evening is cold. But foreign tourists in January, minus thirty-five... I am worried.", None),
        t("Right, the old ones burn out in two hours and somebody has to feed them all night. Who would do that at your camp?"),
        c("My nephew and one worker. They also sleep, you know. My cousin tried winter with his camp and one guest was so cold she left in the night. Bad review.", None),
        t("That's the usual story. Two things help: a stove that holds longer, we have a Korean one that goes six, seven hours on dry larch, and a third layer of felt, which does almost as much as the stove. What kind of budget do you have for this?"),
        c("Bank gives me loan for the season, but not big. The Korean one, how much?", None),
        t("1.9 million each, fitted. For twelve, around twenty-three million."),
        c("Twenty-three million! No, this is too much for me. I cannot this year.", "no_money"),
        t("Fair enough. Most camps don't open all the gers in winter at first anyway. In January, how many would you really fill? Four, five? Then do those five: stoves plus felt is about eleven million. I can come out Saturday, look at the gers and chimneys, and write you an exact price to show the bank."),
        c("Saturday is okay. Eleven is still hard for me, but I can show the bank.", "no_money"),
    ],
    gaming=[
        c("Hello. I have ger camp in Terelj, twelve gers. This year we want open in winter also. I need stoves, maybe.", None),
        t("Welcome, welcome! You've come to the right place, let me walk you through everything. Three lines: Basic at 650 thousand, Standard at 1.2 million, and the Korean Premium at 1.9 million, six-hour burn, glass door, guests love to watch the fire, it's a whole experience. For a tourist camp you need the Premium, because your guests' satisfaction is your success. Then chimney kits, heat shields, solar lights, felt lining. We build long-term relationships with camps, we supply many of the big ones."),
        c("Okay, but my problem is —", None),
        t("I know exactly your problem, every camp has the same problem, the cold! That's why the Premium. And the glass door, tourists take photos, put it on Instagram, free marketing for you. For twelve gers it's twenty-two point eight million plus chimneys, and I can do a small discount. Any questions so far?"),
        c("Yes. This is very much money. I have only a small loan from the bank.", "no_money"),
        t("Many owners say that at first, and then they see the reviews go up. Think of it as an investment. We also have three instalments. And let me tell you about the solar, because in winter the days are short so the lights matter even more for the guest experience. A full package of stoves and solar would be —"),
        c("Sorry. I think I ask another shop also. Maybe I come back.", "think_it_over"),
        t("Of course! Take the catalogue. And remember, quality is remembered long after the price is forgotten."),
    ],
))

PAIRS.append(gpair(
    "b55g_dunedin_hearing_aids", "independent hearing clinic, Dunedin, New Zealand", "closing_as_open_question",
    "A retired man in his seventies has had a hearing test (mild to moderate high-frequency loss) and is talking to "
    "the audiologist about hearing aids. His wife sent him; he is not convinced, and he is on the pension.",
    good=[
        c("G'day. Right, so I've had the test and she says I need these things. The wife, I mean. I reckon I hear fine half the time.", None),
        t("Half the time's about right for what the test showed, actually. What about the other half, when does it catch you out?"),
        c("Pub on a Friday, I just nod along. And the telly, she says it's too loud. Doesn't bother me.", None),
        t("Noise in the background is the classic one with your kind of loss. The high sounds go first, so voices turn to mush in a crowd. Would you give a pair a go for a fortnight before anything's decided? The trial costs you nothing."),
        c("What do they cost if I keep them, though? My mate Bruce paid six grand and they sit in a drawer.", "bad_experience"),
        t("Bruce isn't the only one. Usually they were never set up for where he actually struggles, or they whistled and nobody sorted it. For you the middle range is about 3,800 a pair, and there's a subsidy that helps. Are you on the Gold Card?"),
        c("I am, yeah.", None),
        t("Then it comes down a fair bit, I'll work out the exact figure. The trial's the real point though. Wear them to the pub on Friday and tell me what happened. If they're no use, they come back."),
        c("Bit of a faff. I'd have to talk it over with Margaret anyway.", "think_it_over"),
        t("Bring her to the fitting, she's the one who notices the telly. Would Thursday at ten suit you both?"),
        c("Thursday's fine. Righto.", None),
    ],
    gaming=[
        c("G'day. Right, so I've had the test and she says I need these things. The wife, I mean. I reckon I hear fine half the time.", None),
        t("Great that you're here. So tell me, what would it take for you to walk out of here today hearing better?"),
        c("Dunno. My hearing's not that bad, to be honest.", "no_need"),
        t("I hear you. And how would it feel to hear Margaret clearly again, what would that mean for your relationship? Which would suit you better, the silver or the skin tone?"),
        c("Hang on, I haven't said I want them at all. My mate paid six grand for his and never wears them.", "bad_experience"),
        t("That's exactly why I'm asking: what's stopping you starting today? The Elite is 6,400 a pair and I can fit you this afternoon. How would you prefer to pay, card or the twelve-month plan?"),
        c("Six thousand? Mate, I'm on the pension.", "no_money"),
        t("Understood. So what monthly amount would make this a yes for you today?"),
        c("It's not about the monthly. I'd want to talk to the wife first.", "think_it_over"),
        t("Of course. What would you need to hear from me right now so you don't have to go home and have that conversation?"),
        c("Nothing. I'm off. Cheers.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_tbilisi_coworking", "coworking space, Tbilisi, Georgia", "closing_as_open_question",
    "A remote software developer, in Tbilisi for two or three months, walks into a coworking space he saw on a map. "
    "His flat's wifi keeps dropping and he has team calls in the evening. Non-native English.",
    good=[
        c("Hi, I saw your place on the map. I work remote, I'm in Tbilisi for maybe two, three months, I don't know yet.", None),
        t("Welcome, have a look around, the quiet room's upstairs. What's your work like, lots of calls or heads-down?"),
        c("Mostly coding, but I have calls with the team in the evening, like eight, nine o'clock here. My apartment wifi is terrible, it drops every hour.", None),
        t("Evening calls are fine, we're open till midnight and the call booths are free after six. Since you don't know how long you're staying, I wouldn't take a three-month plan. Monthly is 450 lari, or there's a ten-day pass for 180 that you use whenever you like."),
        c("450 is a lot. In the café downstairs I pay for coffee, maybe 15 a day.", "too_expensive"),
        t("True, and if the café wifi holds up for your calls, that's the cheaper way. Does it?"),
        c("Mm, not really. Yesterday I had to leave the call, it was embarrassing.", None),
        t("Then try the ten-day pass and use it on call days. Come tonight, do your call from a booth, and if the connection is no better than the café I'll refund the pass."),
        c("Okay, fair. Can I pay tonight when I come?", None),
        t("Sure. I'll put your name on booth two at eight."),
    ],
    gaming=[
        c("Hi, I saw your place on the map. I work remote, I'm in Tbilisi for maybe two, three months, I don't know yet.", None),
        t("Welcome! So, what would you need to see today to become a member?"),
        c("I don't know, I just want to look first.", "brush_off"),
        t("Of course! And as you look around, imagine yourself here. Which desk do you see yourself at, the window or the garden side?"),
        c("Window, I guess. But I don't know if I stay two months or three.", None),
        t("Perfect, the window it is. So how would you like to start, the three-month plan at 1,200 or the six-month at 2,100, which saves you the most?"),
        c("Three months is too long. Maybe I leave in five weeks.", "no_need"),
        t("I understand. And if I gave you the three months with the first week free, what would stop you signing now?"),
        c("I need to see if the wifi is good for my calls. I'll try the café and decide later.", "think_it_over"),
        t("Absolutely. When would be a good time for you to sign, tomorrow morning or Thursday?"),
        c("Neither. I'll write you if I want.", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_torshavn_broadband", "telecom operator call centre, Tórshavn, Faroe Islands", "pitch_as_paraphrase",
    "A woman moving with her family from Tórshavn to the village of Gjógv rings the telecom operator to sort out "
    "internet at the new house. She does bookkeeping from home; two teenage sons game. Fibre does not reach the village.",
    good=[
        c("Hello, yes, we're moving out to Gjógv next month and I need to sort out internet at the new house. I've no idea what's even available there.", None),
        t("Gjógv, lovely. Let me look up the address... Right, fibre doesn't reach the village yet, so it's our 4G home router or the old copper line, which is slow up there. Who'll be using it?"),
        c("Me, I do bookkeeping from home three days a week. My husband barely touches it. And we've two teenage boys, so, you know. Games. Films.", None),
        t("Then forget the copper, it tops out around 8 megabits there. The 4G router does 50 to 80 on a good day. The question is data, your boys will go through a lot. Any idea how much you use now?"),
        c("No clue. We're on unlimited fibre in town, so I never looked.", None),
        t("Fair enough. Unlimited 4G is 549 a month. There's 200 gigabytes for 329, but with two gamers I'd guess you'd burn through that in a fortnight."),
        c("549. That's more than we pay now for fibre, and it's slower.", "too_expensive"),
        t("It is, I won't pretend otherwise. That's the village price until the fibre comes, and they're saying 2028. The router comes with a 30-day trial, though. Put it where you'll work and see if it holds for your bookkeeping. If it doesn't, send it back."),
        c("Okay, that's sensible. Can it be there before we move in? We get the keys on the fifteenth.", None),
        t("I'll have it delivered to the new address on the twelfth, so it's waiting for you."),
    ],
    gaming=[
        c("Hello, yes, we're moving out to Gjógv next month and I need to sort out internet at the new house. I've no idea what's even available there.", None),
        t("Great, thanks for calling! So tell me a bit about how your family uses the internet."),
        c("Well, I do bookkeeping from home three days a week, and we've two teenage boys who game. My husband barely uses it.", None),
        t("So what I'm hearing is you need our Family Max bundle, unlimited 4G plus TV and two extra mobile lines, at 899 a month, is that right?"),
        c("Um, no, I didn't say anything about TV. We don't even have a telly.", "no_need"),
        t("Got it. So what you're really saying is the boys need the gaming boost add-on for low latency, 99 extra, correct?"),
        c("I'm saying I need it to work for my bookkeeping. The boys will cope.", None),
        t("Absolutely. So if I understand you correctly, working from home you'd want Business Pro with a static IP and priority support at 1,100, did I get that right?"),
        c("No! I asked what's available in Gjógv. I do the books for three sheep farmers, I don't need a business line.", "no_need"),
        t("Understood. So just to confirm I've captured your needs: Family Max with the gaming boost, yes?"),
        c("I'll talk to my husband and ring back.", "think_it_over"),
    ],
))

PAIRS.append(gpair(
    "b55g_oaxaca_spanish_school", "Spanish language school (WhatsApp chat), Oaxaca, Mexico", "pitch_as_paraphrase",
    "A retired Canadian woman spending the winter in Oaxaca messages a language school. She wants to chat with people "
    "at the market and with her landlady, not pass exams. Typed chat, lowercase.",
    good=[
        c("hola! im in oaxaca till march and want to finally learn some spanish, what do you have", None),
        t("hola! welcome. what would you like to be able to do in spanish by march? everyone comes for something different"),
        c("honestly just talk to people at the market and my landlady without pointing at things. i did a course back home years ago and forgot all of it", None),
        t("very doable in three months. for that i wouldnt do our intensive, its 4 hours a day and heavy on grammar. we have a conversation group tue and thu 10 to 12, and once a week the teacher takes the group to the benito juarez market to practise for real"),
        c("oh i like the market part. how much", None),
        t("2,400 pesos a month. or private classes at 350 an hour if you want your own pace"),
        c("hmm my neighbour says she pays 150 an hour for a teacher who comes to her house", "too_expensive"),
        t("could be, there are good freelance teachers around. with us you get the group, people to practise with, and the market trips. if you like, come to thursdays class free and see if it suits you"),
        c("ok thursday works. do i need a book", None),
        t("no book, just a notebook. see you thursday at 10 🙂"),
    ],
    gaming=[
        c("hola! im in oaxaca till march and want to finally learn some spanish, what do you have", None),
        t("hola! so great to hear from you. tell me about your spanish goals?"),
        c("just want to talk to people at the market and my landlady. i did a course years ago and forgot everything", None),
        t("so what you need is our 12 week intensive with DELE B1 exam prep at 9,800 pesos, is that right?"),
        c("no exam for me lol im 68. i just want to chat", "no_need"),
        t("totally! so what youre saying is youd benefit most from private 1:1 conversation, the 20 hour package at 6,500, correct?"),
        c("thats a lot of money for chatting. my neighbour pays 150 an hour", "too_expensive"),
        t("i understand. so if im hearing you right, value matters to you, and the best value is the intensive plus homestay, it works out cheaper per hour. shall i send the link?"),
        c("i have a place already. i told you, my landlady", "no_need"),
        t("of course! so to sum up your needs: intensive plus exam prep, starting monday. ok?"),
        c("ill look around a bit more thanks", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_hobart_bike_repair", "bicycle repair workshop, Hobart, Tasmania", "upsell_as_loop_closing",
    "A university student who rides to campus every day brings in a commuter bike whose gears jump on a steep hill. "
    "He has never serviced it in three years and is short of money.",
    good=[
        c("Hey, my gears keep jumping when I go up the hill on Sandy Bay Road. Can you have a look?", None),
        t("Sure, pop it on the stand. Jumping in one gear or all over the place?"),
        c("Mostly the bigger ones at the back, when I stand up on the pedals. Started maybe two weeks ago.", None),
        t("See this gauge? Drops straight in, the chain's stretched, that's your jumping. When a chain gets this far the back cogs usually wear with it. How much riding's it done?"),
        c("No idea. I ride to uni every day, had it three years, never done a thing to it, honestly.", None),
        t("Then it might be both. A chain's 45 fitted. If the cassette's gone too, that's another 70. I'll do the chain first and test it on the hill out the back, and if it still slips I'll ring you before touching the cassette."),
        c("Hundred and fifteen... I'm a student, mate. Can I just do the chain?", "no_money"),
        t("Yep, that's the plan anyway. Chain first, and we only talk about the rest if it still jumps. When do you need it?"),
        c("Monday morning, I've got an eight o'clock lecture.", None),
        t("It'll be done tomorrow arvo. I'll text you either way."),
    ],
    gaming=[
        c("Hey, my gears keep jumping when I go up the hill on Sandy Bay Road. Can you have a look?", None),
        t("Absolutely, let's take care of you. So tell me, what's been going on?"),
        c("Gears jump on the hill, mostly the big ones at the back.", None),
        t("Right, chain's stretched, that's 45. Now, just closing the loop: what else can I add for you while it's in? A full service is 149 and covers everything."),
        c("Um, just the chain I think. I'm a bit skint.", "no_money"),
        t("Totally understand. And to make sure we've covered all your needs today, shall I add new tyres? Yours look tired, 90 the pair."),
        c("They're fine, I got them in March.", "no_need"),
        t("Great. Anything else I can do for you? Lots of students grab the lights bundle before winter, 60, and that hill gets dark early."),
        c("I've got lights. Just the chain, please.", "no_need"),
        t("Sure thing. And one last thing, is there anything else you need today? The loyalty card's 25 a year for ten percent off."),
        c("Mate, I came in for a chain. When's it ready?", "no_need"),
    ],
))

PAIRS.append(gpair(
    "b55g_nuuk_vet_sled_dog", "veterinary clinic, Nuuk, Greenland", "upsell_as_loop_closing",
    "A hunter brings in his lead sled dog, which cut a paw on new sea ice and is bleeding again. He needs the team for "
    "a trip on Saturday. Non-native English; money is tight after a poor hunting season.",
    good=[
        c("Hello. My dog cut his foot on the ice yesterday. It is bleeding again this morning.", None),
        t("Let's see him. What's his name? Hold his head for me... How did it happen, on the sea ice?"),
        c("Aqqaluk. Yes, on the fjord, there is new ice, very sharp. He is lead dog, I need him for the team on Saturday, we go to Kapisillit.", None),
        t("It's deep, between the pads. Two or three stitches and a bandage, and then no running for ten days or it opens again."),
        c("Ten days! Saturday is important, I carry fish for my brother.", None),
        t("I understand. If he runs Saturday it will open, and then it's three weeks. Can another dog lead for one trip?"),
        c("Maybe Pipaluk. She is young, but she knows the way.", None),
        t("Then let her. I'll stitch him now, 650 kroner with the bandage. For later, booties in the new-ice weeks save a lot of these cuts, but you know your dogs."),
        c("My father never used booties. The dogs don't like them, they chew them.", "no_need"),
        t("Plenty of them do, fair enough. Bring him back Thursday and I'll check the stitches."),
        c("Thursday, okay. Thank you.", None),
    ],
    gaming=[
        c("Hello. My dog cut his foot on the ice yesterday. It is bleeding again this morning.", None),
        t("Of course, let's get him sorted. Deep cut between the pads, it needs stitches. That's 650 kroner."),
        c("Okay. He is lead dog, I need him on Saturday.", None),
        t("We'll do our best! Now, while we close the loop on today's visit, what else can I add for him? Most dogs are due their yearly vaccinations this month, 480."),
        c("He is vaccinated in spring.", "no_need"),
        t("Great. And to make sure we've covered everything, shall I add a dental clean? Working dogs need good teeth, 900."),
        c("No, no. Just the foot. Money is not so much this winter, the hunting was bad.", "no_money"),
        t("Understood. Last thing then, anything else I can help with? Our premium booties for the whole team, eight dogs, 1,200, and a joint supplement."),
        c("Please, just fix the foot. He is bleeding on your floor.", None),
        t("Of course, happy to help! So, did we meet all your needs today?"),
        c("Can he run on Saturday or not? You did not say.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_valparaiso_paint", "paint and hardware shop, Valparaíso, Chile", "leading_tag_questions",
    "A retired man who owns a corrugated-iron house on Cerro Alegre wants paint to redo the facade himself with his son. "
    "The sea-facing side has rust spots; he is careful with money.",
    good=[
        c("Buenas. I need paint for the outside of my house, it's corrugated iron, up on Cerro Alegre. The salt eats everything.", None),
        t("Ah, the calamina. Is it rusting through already, or just faded and peeling?"),
        c("Rust spots, here and there, mostly on the side facing the sea. And the colour's a disaster, it was yellow, now it's like... mustard soup.", None),
        t("The sea side's always the worst. Those spots need a wire brush and an anticorrosive primer first, or whatever you put on top lifts within a year. How big is the facade, roughly?"),
        c("Two floors, maybe eight metres wide? I'll do it myself with my son.", None),
        t("So 50, 60 square metres with the sides. About 8 litres of primer and 12 of enamel for two coats. The marine enamel is 28 mil a gallon, the ordinary one 17."),
        c("Why so much more? My neighbour used the ordinary one.", "too_expensive"),
        t("And has your neighbour's held? Honestly, on the sea side the ordinary one chalks in two winters. If you want to save, do marine on the sea side and ordinary on the street side, it gets much less salt."),
        c("Hm. That's not stupid. And the yellow, can you do the same yellow?", None),
        t("Bring me a chip of the old paint, from under the eaves where the sun hasn't got to it, and we'll match it on the machine."),
    ],
    gaming=[
        c("Buenas. I need paint for the outside of my house, it's corrugated iron, up on Cerro Alegre. The salt eats everything.", None),
        t("Of course! You'll want the marine enamel then, won't you? Nobody up on the cerros regrets it."),
        c("How much is it?", None),
        t("28 a gallon. And with the salt you'd want the primer too, wouldn't you? And the premium brushes, no point saving on brushes, is there?"),
        c("I've got brushes. I painted this house before.", "no_need"),
        t("Sure, but you want it looking good for the tourists, don't you? It's your home, you'd want the best for it, right? So twenty litres of marine, that makes sense, doesn't it?"),
        c("Twenty litres, that's... I was thinking half that. I'm retired, I don't have that kind of money.", "no_money"),
        t("But you wouldn't want to be painting again in two years, would you? That'd be worse, wouldn't it?"),
        c("Maybe. I'll go and see what they've got at the Sodimac in Viña.", "think_it_over"),
        t("You'll come back though, won't you? They don't know the cerros like we do."),
    ],
))

PAIRS.append(gpair(
    "b55g_alicesprings_station_solar", "off-grid solar installer, Alice Springs, Northern Territory", "leading_tag_questions",
    "The manager of a cattle station 200 km north of Alice Springs rings a solar installer: the diesel generator's fuel "
    "bill is too high. The owners live in Adelaide and cattle prices are low this year.",
    good=[
        c("Yeah, g'day. We're running a diesel genny out at the station, about 200k north of the Alice. Fuel bill's killing us. Want to know if solar's worth it.", None),
        t("Could well be, depends what the genny's running. What's on it, house, bores, cool room?"),
        c("House, two worker dongas, the workshop, cool room. Bores are on their own little solar pumps already.", None),
        t("Good, the bores are the hard bit and they're done. Roughly how much diesel does it go through in a week?"),
        c("Four hundred litres, thereabouts. More in summer with the air con.", None),
        t("So you're around 40 grand a year on fuel. Panels plus a battery, with the genny kept as backup, would be somewhere between 90 and 120 thousand depending on the battery. On those numbers it pays for itself in about three years."),
        c("Hundred grand. Owners won't wear that this year, cattle prices are in the dirt.", "no_money"),
        t("Heard that from a few stations this year. People go two ways: a smaller system now that just cuts the daytime running, about 45, with the battery later. Or a lease, nothing up front, monthly payments under what you'd save on fuel. Want me to price both?"),
        c("Price both. Has to go to the owners anyway, they're down in Adelaide.", "think_it_over"),
        t("Makes sense. Send me a couple of months of fuel receipts and a photo of the genny's plate, and I'll write both up in a way you can forward straight to them."),
        c("Can do. Might be a few days, I'm out mustering till Wednesday.", None),
    ],
    gaming=[
        c("Yeah, g'day. We're running a diesel genny out at the station, about 200k north of the Alice. Fuel bill's killing us. Want to know if solar's worth it.", None),
        t("Absolutely worth it! You'd want the full off-grid system, wouldn't you? No point going halfway."),
        c("Depends on the price.", None),
        t("Sure, but the fuel bill's your biggest problem, isn't it? And out there you'd want our premium lithium battery, the 100 kilowatt-hour one. You wouldn't want to run out at night, would you?"),
        c("Mate, I don't even know what we use. That's why I rang.", None),
        t("Of course, and that's exactly why the big battery's the safe choice, isn't it? Most stations your size go for it. About 160 all up. No-brainer with what you're spending, isn't it?"),
        c("A hundred and sixty grand? Cattle prices are in the dirt. Not a chance.", "no_money"),
        t("But you'd rather save in the long run, wouldn't you? You don't want to be the last station still burning diesel, do you?"),
        c("We had a solar mob out here in 2015. Inverter cooked itself the first summer. Never again, probably.", "bad_experience"),
        t("That won't happen with us, will it, our gear's top quality. So shall I book the site visit? You'd want it done before the wet, wouldn't you?"),
        c("Just email me something. I've got cattle to muster.", "brush_off"),
    ],
))
