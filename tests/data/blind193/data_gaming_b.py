"""Gaming pairs b: kinds 11-15 and 1-5 (hand-written, blind193)."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer: NZ fishing guide, Taupo
o = c("Hi there, I'm looking at booking a guided trout fishing trip. It's for my dad's seventieth.", None)
PAIRS.append(gpair(
    "b193g_taupo_trout_guide_birthday", "trout fishing guide, Taupo, New Zealand", "ignored_customer",
    "A son books a fishing trip for his father, who had a hip replaced and cannot wade.",
    good=[
        o,
        t("What a great present. Tell me a bit about your dad. Has he fished much, and is there anything physical I should know about?"),
        c("He's fished all his life, fly mostly. But he had his hip replaced in May, so he can't really wade.", None),
        t("Then I wouldn't put him in the river. We've a boat trip on the lake, fly fishing from the boat at the delta. No wading, a proper seat, and a loo on board."),
        c("Oh, that's good. How long is it?", None),
        t("Half a day is four hours, six hundred and fifty for up to three people, gear and licences included."),
        c("Okay, my brother and I are splitting it, so that's doable.", None),
        t("Nice. Would a morning suit him? The fish bite early and the lake's usually calmer."),
        c("Morning. The fourteenth if you've got it.", None),
        t("Seven o'clock on the fourteenth is yours. I'll send the booking with the meeting point at the marina, it's a flat ramp, no steps."),
    ],
    gaming=[
        o,
        t("Lovely! Tell me about your dad. What kind of fishing experience is he after?"),
        c("He's a fly man. But he had his hip replaced in May, so he can't do much wading.", None),
        t("Awesome. Our most popular trip is the full-day Tongariro River wade. You're right in the river with the big rainbows."),
        c("Um, like I said, he can't really wade at the moment.", None),
        t("Totally hear you. Does a full day or a half day suit better?"),
        c("I'm worried about the river, honestly. Last time he waded the Tongariro he slipped on the rocks and was laid up for a month.", "bad_experience"),
        t("Great, so the full day is eight-ninety. And what else is important to you for the trip?"),
        c("Him not falling over, mostly! Is there a boat option or not?", None),
        t("I'll pop the full-day wade info in an email. Anything else I can help with?"),
        c("No. I'll try someone who listens.", None),
    ],
))

# 12. repeated_questions: UK leisure centre swimming lessons, Leeds
o = c("Hello, I'm trying to book swimming lessons for my son, he's six, but the website keeps saying the class is full.", None)
PAIRS.append(gpair(
    "b193g_leeds_swim_lessons", "council leisure centre, Leeds, England", "repeated_questions",
    "A working parent phones to book swimming lessons the website shows as full.",
    good=[
        o,
        t("Sorry about that, let's sort it by phone. What stage is he at, and which days can you do?"),
        c("He's Stage 2, he can do a width with a float. Only Tuesdays or Thursdays after school, I finish at half three.", None),
        t("Tuesdays at Kirkstall are full until January, but Thursday at quarter to five at Armley has two places left. Is Armley doable for you?"),
        c("Armley's a bit further, and I'm cutting it fine as it is after work.", "no_time"),
        t("He'd need to be there at four thirty-five. If that's too tight, I can also put him on the Kirkstall Tuesday waiting list and you can swap when a place comes up."),
        c("Do both, then. Thursdays at Armley for now.", None),
        t("Done. You'll get a text confirming Thursday, and another if a Tuesday place opens."),
        c("Thank you, that's brilliant.", None),
    ],
    gaming=[
        o,
        t("Of course! So what's your son's swimming experience?"),
        c("He's Stage 2, he can do a width with a float. I can only do Tuesdays or Thursdays after school.", None),
        t("Lovely. And how confident would you say he is in the water?"),
        c("Like I said, Stage 2. He can do a width with a float.", None),
        t("Great. So which days would suit you for lessons?"),
        c("Tuesdays or Thursdays. After school. I said.", None),
        t("Perfect. And what level would you say he's at, roughly?"),
        c("Stage. Two. Are you actually writing any of this down?", None),
        t("Absolutely. Just to make sure I understand your needs, which days are good for you?"),
        c("You know what, I haven't got time for this. I'll ring back another day.", None),
    ],
))

# 13. wrong_paraphrase: US climbing gear shop, Boulder
o = c("Hey, I want to start climbing outside. I've been bouldering in the gym for about a year.", None)
PAIRS.append(gpair(
    "b193g_boulder_crash_pad", "climbing gear shop, Boulder, Colorado", "wrong_paraphrase",
    "A gym boulderer wants a crash pad to start bouldering outdoors with a friend.",
    good=[
        o,
        t("Nice. Outside bouldering, or roped climbing? And who are you going with?"),
        c("Bouldering. My buddy has a crash pad, but we want a second one. I've got around two hundred.", None),
        t("So outdoor bouldering, a buddy with one pad already, and about two hundred. Where will you mostly go?"),
        c("Flagstaff mostly. Some Chaos Canyon once it warms up.", None),
        t("Chaos means a hike in, so carrying comfort matters. This one's one ninety-nine with proper shoulder straps. The one forty-nine is fine for roadside Flagstaff but a pain to haul uphill."),
        c("Hmm. Maybe I should wait and see if his pad's enough first.", "think_it_over"),
        t("Totally reasonable. Go out on his a couple of times. We also rent pads at twelve bucks a day if you want to test the one ninety-nine on the hike."),
        c("Oh, nice. I'll rent it Saturday.", None),
    ],
    gaming=[
        o,
        t("Awesome! So what I'm hearing is you're getting into trad climbing and you need a full rack, is that right?"),
        c("No, bouldering. Outside. I don't need any rope stuff.", "no_need"),
        t("Got it, so you want to lead sport routes this summer, so a rope and quickdraws. Did I understand you correctly?"),
        c("Dude. Bouldering. I need a crash pad. My buddy already has one.", None),
        t("Right, so you and your buddy both need pads and you've got about five hundred to spend. Fair summary?"),
        c("I never said five hundred. I've got two hundred, tops.", "no_money"),
        t("Perfect, so you're looking at our top pad at three forty-nine, since you mentioned you're at Chaos Canyon every weekend."),
        c("I didn't say that either. I'm just gonna browse on my own, thanks.", "brush_off"),
    ],
))

# 14. pitch_to_upset: NZ fishing shop, West Auckland
o = c("Hello. My husband passed away last month, and he had, well, a garage full of fishing gear. I don't know what to do with it all.", None)
PAIRS.append(gpair(
    "b193g_auckland_late_husband_gear", "fishing tackle shop, West Auckland, New Zealand", "pitch_to_upset",
    "A recently widowed woman asks what to do with her late husband's fishing gear.",
    good=[
        o,
        t("I'm so sorry. That's a lot to face. Is there anything you'd like to happen with it, or are you just trying to work out the options?"),
        c("Just the options, I think. I don't want it sitting there, but some of it he loved. His reels especially.", None),
        t("That makes sense. Would it help if I came round and had a look, no obligation? I can tell you what's worth keeping in the family, what's worth selling, and what the fishing club could use for the juniors."),
        c("That would be kind. I'm not sure I'm ready to sell any of it yet, though.", "think_it_over"),
        t("There's no rush at all. Ring me whenever it feels right. Here's my card, and my mobile's on the back."),
        c("Thank you, love. I'll call you in a few weeks.", None),
    ],
    gaming=[
        o,
        t("I'm so sorry for your loss. What was his fishing experience like?"),
        c("He fished every weekend for forty years. Mostly off the rocks at Piha.", None),
        t("Wonderful. So while you're here, we've got a trade-in deal. Bring his gear in and put it towards something new for yourself, maybe a beginner kayak fishing set-up?"),
        c("I... I don't fish. I've never fished in my life.", "no_need"),
        t("It's never too late! Lots of ladies find it really therapeutic. We run a women's fishing morning, forty-five dollars a session."),
        c("I came in because I don't know what to do with his things.", None),
        t("Totally understand. And his reels, if they're Shimanos we'd give you store credit. What's your timeline for the trade-in?"),
        c("I think I need to go.", None),
    ],
))

# 15. blame: US ski rental, Stowe, Vermont
o = c("Hi. The boots you gave me yesterday wrecked my shins. I could barely ski after lunch.", None)
PAIRS.append(gpair(
    "b193g_stowe_rental_boots_shins", "ski rental shop, Stowe, Vermont", "blame",
    "An experienced skier comes back with sore shins from rental boots a size too big.",
    good=[
        o,
        t("I'm sorry, that ruins a day. Where exactly does it hurt, and what size did they give you?"),
        c("Right across the front, both legs. I'm normally a nine and they gave me a ten.", None),
        t("A size up often lets your foot slide forward and bang the shin, so that's probably it. Were you wearing one sock or two?"),
        c("Just one ski sock.", None),
        t("Good, that's right. Let me get you a nine in a softer flex and check the fit with you standing in them. And I'll credit you half a day for yesterday afternoon."),
        c("Oh. Thanks, I wasn't expecting that.", None),
        t("If they rub at all by eleven, come straight down and we'll swap again."),
        c("Deal.", None),
    ],
    gaming=[
        o,
        t("Oh no, sorry to hear that. Walk me through what happened."),
        c("Pain right across the front of both shins. I'm a nine normally but I got a ten.", None),
        t("Okay, so did you actually tell the tech your size, or just let him guess?"),
        c("I told him. He said tens run small.", None),
        t("Right. And were you doing that thing where you sit back in the boot? Most shin bang is technique, honestly."),
        c("I've skied for twenty years.", None),
        t("Sure. And did you buckle them properly? People leave the top buckle loose and then blame the boots."),
        c("I'm not blaming anyone, I'm asking for boots that fit. Can I get a credit for yesterday or not?", None),
        t("Unfortunately fit issues are on the skier once you leave the shop. Anything else I can help with?"),
        c("Unbelievable. Get me a manager.", None),
    ],
))

# 1. monologue: UK surf school, Newquay
o = c("Hello, my friends and I want to try surfing. We are from Bangalore, on holiday. Is it safe for beginners?", None)
PAIRS.append(gpair(
    "b193g_newquay_bangalore_friends_surf", "surf school and hire, Newquay, Cornwall", "monologue",
    "Four friends on holiday from India, two of them weak swimmers, ask about trying surfing.",
    good=[
        o,
        t("It can be, with the right set-up. How many of you are there, and how confident are you all in the sea?"),
        c("There are four of us. Two can swim properly, two of us only in a pool.", None),
        t("Thanks, that's important. Today the swell's about four foot at Fistral, which is too big for a first go on your own. I'd honestly book a lesson rather than hire boards. The instructor keeps you in the shallow whitewater between the flags."),
        c("How much is a lesson? We were thinking only to hire boards, it's cheaper no?", "too_expensive"),
        t("Hire's twenty pounds each for two hours, a lesson is forty-five with everything. With this swell I wouldn't hire to first-timers. If money's tight, Thursday looks small, and you could hire then at Great Western, which is gentler."),
        c("Okay, okay. Lesson today for all four. Safety first, my mother will kill me otherwise.", None),
        t("Ha, we'll keep her happy. Two o'clock, meet here, wear swimwear under the wetsuit."),
    ],
    gaming=[
        o,
        t("Great question! Safety is our top priority. We're the longest-running surf school in Newquay, founded 1998, all our instructors are lifeguards. We do hire, lessons, family packages, surf-and-stay weekends, and a three-day improver course which honestly is the best value. Most groups like yours go for the three-day, because on day one you barely stand up."),
        c("Okay, but two of us only swim in a-", None),
        t("Totally, and that's exactly why the three-day is amazing. By day three you're riding green waves. It's one eighty-nine each, wetsuits included, plus a photo package with GoPro footage your friends back home will love. Boots and gloves are extra if you feel the cold, and the cafe does a surfer's breakfast."),
        c("We are here only two more days.", "no_time"),
        t("No worries, we'll squeeze it, double session tomorrow! And if you're keen I'd really recommend buying a soft-top, we sell them from a hundred and twenty, then you can keep going at home."),
        c("There is no sea in Bangalore. Sorry, this is too much. We will see.", "brush_off"),
    ],
))

# 2. closing_as_open_question: NZ bike shop, Rotorua
o = c("Kia ora, I'm thinking about getting into mountain biking properly. Heaps of my mates ride the Redwoods.", None)
PAIRS.append(gpair(
    "b193g_rotorua_mtb_first_fullsus", "mountain bike shop, Rotorua, New Zealand", "closing_as_open_question",
    "A young rider on an old hardtail wants to keep up with friends but is saving for a house.",
    good=[
        o,
        t("Good place for it. What are you riding at the moment?"),
        c("Old hardtail from like 2012. My mates are all on full-sus and I'm always last.", None),
        t("Ha, the Redwoods will do that. Which trails are you doing, mostly the blues, or are they dragging you down the black stuff?"),
        c("Blues mostly, a few easy blacks. Budget's tight though, I'm saving for a house.", "no_money"),
        t("Fair enough. For blues on a budget, a decent fork and tyres on your hardtail, maybe six hundred, would make a real difference. Or rent a full-sus for a day at ninety-five and find out if it's the bike or the legs."),
        c("Ha, might be the legs. Renting sounds smart.", None),
        t("Saturday? I'll set the suspension up for your weight before you go."),
        c("Saturday's good.", None),
    ],
    gaming=[
        o,
        t("Awesome! What would it take for you to ride out of here on a new full-sus today?"),
        c("Oh, um, I'm just starting to look around. I've got an old hardtail.", "brush_off"),
        t("Love it. So when you picture yourself keeping up with your mates, which colour do you see yourself on, the blue or the black?"),
        c("I dunno, hadn't got that far. What are they price-wise?", None),
        t("This one's fifty-four ninety-nine. How would you like to pay, card or our twenty-four-month finance?"),
        c("Five and a half grand? Bro, I'm saving for a house.", "no_money"),
        t("Totally get it. So what's stopping you from taking it for a spin and putting a deposit down today?"),
        c("The five and a half grand, mostly. Cheers anyway.", "no_money"),
    ],
))

# 3. pitch_as_paraphrase: UK tennis club, Edinburgh
o = c("Hi there, I've just moved to Edinburgh from Joburg and I'm looking for a tennis club. I played league back home.", None)
PAIRS.append(gpair(
    "b193g_edinburgh_tennis_club_joiner", "tennis club, Edinburgh, Scotland", "pitch_as_paraphrase",
    "A South African league player new to Edinburgh wants matches, and worries about winter.",
    good=[
        o,
        t("Welcome. What level were you playing, and what are you after here: matches, coaching, social tennis?"),
        c("Decent, I played second team. I want matches, not lessons, maybe twice a week. And winter here worries me, hey.", None),
        t("Fair, winter's the real question here. We've four indoor courts and a winter league, so you'd keep playing. There's a free hit with the captain so you get placed in the right team. Want to do that before you decide anything?"),
        c("Ja, that sounds good. How much is membership, roughly?", None),
        t("Four hundred and twenty a year. Indoor courts are twelve pounds an hour extra, but winter league matches are free."),
        c("Hmm, the indoor bit adds up. Let me see where I land after the hit.", "think_it_over"),
        t("Makes sense. Thursday at seven? Bring your racket, we'll have balls."),
        c("Thursday works.", None),
    ],
    gaming=[
        o,
        t("Welcome to Scotland! What's the most important thing for you in a club?"),
        c("Matches, really. I played second team back home. Twice a week, and I'm worried about winter.", None),
        t("So what you're saying is you want our Platinum membership with unlimited indoor and the coaching package, is that right?"),
        c("No, I didn't mention coaching. I want to play matches.", "no_need"),
        t("Sure, so basically you need Platinum, because that's the only way you'll get winter tennis, yeah?"),
        c("What does Platinum cost?", None),
        t("Eleven hundred and fifty a year. So your priority is premium access, which is exactly Platinum. Did I get that right?"),
        c("No, my priority is a decent game for a normal price. That's robbery for a tennis club.", "too_expensive"),
        t("Totally hear you. So you're looking to lock in Platinum before the January rise, correct?"),
        c("I'll check the other clubs first, thanks.", "think_it_over"),
    ],
))

# 4. upsell_as_loop_closing: US paddleboard rental, Austin
o = c("Hi, can I rent a paddleboard for like an hour? Just me.", None)
PAIRS.append(gpair(
    "b193g_austin_sup_one_hour", "paddleboard rental, Lady Bird Lake, Austin, Texas", "upsell_as_loop_closing",
    "A customer on a lunch break wants a one-hour paddleboard rental.",
    good=[
        o,
        t("Sure thing. Have you paddled before?"),
        c("Once, on vacation in Hawaii. I'm okay.", None),
        t("Cool. An hour's twenty-five, life vest included, it's required on the lake. I just need an ID for the deposit."),
        c("Yep, here. Anywhere I should avoid?", None),
        t("Stay upstream of the Congress bridge, below it gets busy with tour boats. And the wind picks up around four."),
        c("Good to know, thanks.", None),
        t("You're all set, board twelve. Back by three-thirty and you're golden."),
    ],
    gaming=[
        o,
        t("Absolutely! What does your perfect day on the water look like?"),
        c("Just an hour's paddle, nothing fancy. I've done it once before.", None),
        t("Love it. So to close the loop on your experience, what else can I add? A dry bag for your phone?"),
        c("I'll leave my phone in the car.", "no_need"),
        t("Totally. Anything else I can add to make it complete, like our paddle-yoga add-on? It's only twenty."),
        c("No, just the board. I'm on my lunch break.", "no_time"),
        t("Great. And to round it off, should I add the two-hour upgrade? Most people regret one hour."),
        c("One hour. That's what I asked for.", "no_need"),
        t("Perfect. Last thing, did we cover everything? Waterproof pouch, sunscreen, photo package?"),
        c("Oh my gosh. Just the board, please.", "no_need"),
    ],
))

# 5. leading_tag_questions: NZ outdoor shop, Taupo (German backpacker)
o = c("Hello, I need shoes for the Tongariro Crossing. I have only sneakers with me.", None)
PAIRS.append(gpair(
    "b193g_taupo_tongariro_crossing_shoes", "outdoor gear shop, Taupo, New Zealand", "leading_tag_questions",
    "A German backpacker needs footwear for the Tongariro Alpine Crossing and more hikes later.",
    good=[
        o,
        t("Sure. When are you walking it, and are you doing more hiking after that?"),
        c("On Thursday. After, I go to the South Island, maybe Routeburn. I don't want to carry heavy boots in my backpack.", None),
        t("Good point. With Routeburn later I'd go for a light hiking shoe rather than a big boot. The Crossing has loose scoria on the way down, so grip matters more than height. Any ankle trouble?"),
        c("No, my ankles are okay.", None),
        t("Then these trail shoes, two twenty-nine: light, good grip, waterproof lining. Walk up our ramp in them."),
        c("Hmm, is a bit much. In Germany I think is cheaper.", "too_expensive"),
        t("Could be, though you need them by Thursday. These at one fifty-nine have less waterproofing but the same kind of grip, fine on a dry day. Check the forecast on Wednesday."),
        c("The cheaper ones then. And I check the weather, good tip.", None),
    ],
    gaming=[
        o,
        t("Great! What kind of hiking experience do you have?"),
        c("Some in the Alps. After Tongariro maybe the Routeburn. I don't want heavy boots in my backpack.", None),
        t("You'll want full leather boots for Tongariro though, won't you? It's a serious alpine crossing, isn't it?"),
        c("Maybe. But they are heavy, no? I don't want to carry big boots for three weeks.", "no_need"),
        t("A bit, but your ankles matter more than weight, don't they? And you wouldn't want to be turned back, would you?"),
        c("Turned back because of shoes? I did not know this.", None),
        t("Exactly. So you'll take the Meindl at three eighty-nine, won't you? It's our best boot, isn't it?"),
        c("Three hundred eighty-nine? This is more than my hostel for one week. No, thank you.", "too_expensive"),
    ],
))
