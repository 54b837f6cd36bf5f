"""Gaming pairs, file a (written by hand). Kinds 1-10, one each."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- chandlery, Auckland
_open = c("Gidday, I need antifoul for my boat, she's due out of the water next month. What've you got?", None)
PAIRS.append(gpair(
    "b235g_auckland_antifouling",
    "chandlery at a marina, Auckland, New Zealand",
    "monologue",
    "A weekend sailor with a seven-metre trailer sailer, now on a swing mooring, wants antifouling before haul-out. "
    "Last time he used cheap paint and the hull came out weedy.",
    good=[
        _open,
        t("Sure, happy to help. Tell me a bit about the boat first. What is she, and does she live on a mooring, in a marina berth or on a trailer?"),
        c("Seven-metre trailer sailer. She's been on a swing mooring in the Tamaki Strait the last two years, before that always on the trailer.", None),
        t("Right, so on the mooring now. How did the last coat hold up, much growth when you last hauled out?"),
        c("Honestly it was a mess. Weed all along the waterline and barnacles on the keel. I used the cheap stuff from the hardware store and I'm not keen on paying double for something that does the same job.", "too_expensive"),
        t("Fair enough. A budget paint on a mooring in warm water won't last two seasons, so the weed isn't down to you. If she stays on the mooring, a mid-range coat is the usual answer; the top-end ones only pay off if you're racing. Are you keeping her there, or going back to the trailer at some point?"),
        c("Staying on the mooring. Might trailer her up to the Bay of Islands at Christmas, that's about it.", None),
        t("Then I'd go for the mid-range self-polishing one. It copes with a trip on the trailer without going chalky. For seven metres it's usually two four-litre tins, about three-forty all up. I'll print you the coverage sheet so you can check your hull area before you buy anything."),
        c("Bit more than I'd planned, but if it saves me scraping barnacles off... yeah, print the sheet, I'll measure her at the weekend and come back for the tins.", None),
    ],
    gaming=[
        _open,
        t("Great question, thanks for asking! What I'd love to do is walk you through our whole range, because your experience on the water really depends on the product. This is Ocean Shield Pro, top of the line, copper-free, three seasons, the racing crews at the squadron swear by it. Then there's the Pro Plus with the slime inhibitor, and honestly that's what I'd put on my own boat."),
        c("Right. It's only a trailer sailer on a mooring, mate, I just...", None),
        t("Totally, totally, and that's exactly why you need to think long term. You'll want the primer too, because the warranty doesn't apply without it, then the roller kit, the tape, and I'd really suggest the hull cleaner first. Does that make sense? So we're at about nine hundred all up, which sounds like a lot, but across three seasons it's nothing. And the yard next door does a full haul-out package, they'll do the lot for you."),
        c("Nine hundred? I was thinking more like two. She goes out maybe a dozen weekends a year.", "too_expensive"),
        t("And that's so valid! Here's the thing though, cheap antifoul is a false economy, I see it every week. One of our customers had a Noelex just like yours, went with the budget stuff, had to redo the whole hull in six months. So what I'd really recommend for a boat like yours is..."),
        c("I never said it was a Noelex. Look, I'll go and see what the other chandlery's got.", "think_it_over"),
        t("Absolutely, and before you go, can I grab your email for our spring specials? Anything else I can help you with today?"),
    ],
))

# 2 closing_as_open_question -- bike shop, Portland
_open = c("Hi, um, my daughter just joined the middle school mountain bike team and the coach sent a list. I have no idea what I'm looking at.", None)
PAIRS.append(gpair(
    "b235g_portland_kidsmtb",
    "bike shop, Portland, Oregon, USA",
    "closing_as_open_question",
    "A parent with the coach's gear list needs a first proper mountain bike for an eleven-year-old on a school team, on a tight budget.",
    good=[
        _open,
        t("No problem at all, that list confuses most parents. How old is she, roughly how tall, and what's she riding now?"),
        c("She's eleven, about four-eight? She has a hand-me-down from her cousin, it's a heavy thing with a coaster brake.", None),
        t("Got it. The team's safety check usually won't pass a coaster brake, so that part of the list is real. What does the coach's sheet actually ask for, any brakes or wheel size mentioned?"),
        c("It says hand brakes, gears, twenty-six or twenty-seven-five wheels. And honestly I looked online and, yikes. We can't do fifteen hundred on a bike she'll outgrow in two years.", "no_money"),
        t("That's a fair worry, and you don't need to. She's between sizes, so a 26-inch hardtail with room to grow is the sweet spot. New, those start around five-fifty, and we have a trade-in program: when she outgrows it you get forty percent back toward the next size. There's also a used rack in back, a couple of team bikes came in last month. Want to look at both and have her sit on them?"),
        c("Used could work. Can I bring her in Saturday morning? Practice starts the week after.", None),
        t("Saturday morning's perfect. I'll set the two used ones aside until noon under your name and check them against the coach's list before you get here. What's your name and a number?"),
    ],
    gaming=[
        _open,
        t("Oh, congrats to her! So, just so I can help you best, what would it take for you to walk out with a bike for her today?"),
        c("Today? Oh, no, I'd need to measure her first, she's at school.", "think_it_over"),
        t("Totally get it. Most eleven-year-olds fit the 27.5 Trail Comp right here, it's what the team kids ride. Which colour do you think she'd be most excited about, the teal or the black?"),
        c("Um, I don't know. What does it cost?", None),
        t("It's fourteen ninety-nine, and it's a bike she'll grow into. How would you like to take care of that today, card or our zero percent financing over twelve months?"),
        c("Fifteen hundred? That's way more than we can spend. I was thinking three, four hundred tops.", "no_money"),
        t("I hear you, budget matters. So what's stopping you from getting started on the financing today, is it the monthly amount or something else?"),
        c("What's stopping me is I came in to ask questions. I'll talk to the coach and come back.", "think_it_over"),
        t("Of course! When would be the best day to come back and pick it up, Thursday or Saturday?"),
    ],
))

# 3 pitch_as_paraphrase -- ski shop, Squamish BC
_open = c("Hi there, we just moved to Squamish and the kids want to ski every weekend this winter. Do you do season rentals or do we have to buy everything?", None)
PAIRS.append(gpair(
    "b235g_squamish_seasonlease",
    "ski and board shop, Squamish, British Columbia, Canada",
    "pitch_as_paraphrase",
    "A parent new to the area asks about season rentals for two boys, nine and thirteen; the older one wants to try out for a freestyle team. Money is tight after the move.",
    good=[
        _open,
        t("Welcome to the area! We do both. How many kids, how old, and how much have they skied before?"),
        c("Two boys, nine and thirteen. The little one's done a couple of lessons back in Ontario, the older one's pretty decent, he wants to do the park.", None),
        t("Okay, a nine-year-old still learning and a thirteen-year-old heading for the terrain park. Is it weekends only, or are they in a program?"),
        c("The older one's trying out for the freestyle team, the little one's in Saturday lessons. I'll be honest, we just paid for a move across the country, so whatever's cheapest that's still safe.", None),
        t("That helps. For the nine-year-old a season lease is the smart move: he'll likely need a bigger size next year, and the lease is one-ninety with a free size swap mid-season. For your older son, if he makes the freestyle team the coaches will want twin-tips, and our lease skis aren't twin-tips. When are tryouts?"),
        c("Second week of December.", None),
        t("Then I'd lease for the little one now and hold off on the older one. Put him in a one-week rental for tryouts at sixty bucks, and if he makes the team, that sixty comes off a used pair of twin-tips. Does that fit the budget?"),
        c("Yeah, that's way better than buying for both now. Let's do the lease today and book the week rental.", None),
    ],
    gaming=[
        _open,
        t("Welcome! Great question. So what I'm hearing is you want the kids set up for the whole season with zero hassle, so what you really need is our Family Premium Season Package, four-fifty per kid with skis, boots, poles, helmet and tunes, is that right?"),
        c("Uh, I just asked if you do rentals. The little one's only had two lessons.", None),
        t("Absolutely, and did I understand you correctly that you'd like them both on the same level of gear, so nobody feels left out? That's why families love the Premium, same skis, same experience."),
        c("I didn't say that. Nine hundred dollars is a lot for us right now, we just moved here.", "no_money"),
        t("Totally, so what you're telling me is you're after long-term value, which is exactly why the Premium with the end-of-season buyout makes so much sense, is that fair to say?"),
        c("No, what I'm telling you is I want the cheapest safe option. The rental place up at the mountain is probably half that.", "too_expensive"),
        t("Understood! So just to summarise, you'd like me to hold two Premium packages while you compare? And how satisfied are you with the service today?"),
    ],
))

# 4 upsell_as_loop_closing -- fly shop, Turangi NZ
_open = c("Kia ora, I need a day licence and a few nymphs for the Tongariro tomorrow. First time on that river.", None)
PAIRS.append(gpair(
    "b235g_turangi_flyshop",
    "fly fishing shop, Turangi, New Zealand",
    "upsell_as_loop_closing",
    "A visiting angler from Christchurch wants a day licence and flies for his first day on a big, fast river. He has his own rod and waders.",
    good=[
        _open,
        t("Kia ora. Sure thing. Where do you usually fish, and what rod are you bringing?"),
        c("I'm from Christchurch, mostly the little spring creeks down there. Got a six-weight, nine foot.", None),
        t("A six-weight will do fine here. The Tongariro's a lot bigger and faster than the spring creeks though. Are you planning to wade, and have you got a wading staff?"),
        c("Just boots and waders, no staff. I wasn't going to buy anything else, to be honest, I've got all the gear I need.", "no_need"),
        t("Fair enough, you've got the main stuff. I only ask because a few of the pools have a strong push of water at the tail and people go in every season. You can borrow a staff from our loan bin for the day, no charge, just drop it back. For flies, the river's up a bit after the rain, so two or three heavy nymphs and a small glo-bug. About eighteen dollars, licence on top."),
        c("Oh, a loan staff, that's good of you. Yeah, I'll take those and the licence.", None),
        t("Sorted. Here's the licence, check the name and date are right. The river report on the board by the door gets updated every evening if you want to check the flows before you head out."),
        c("Cheers, I'll have a look on the way out.", None),
    ],
    gaming=[
        _open,
        t("Kia ora, awesome! Let's get you sorted. Day licence, done. Which nymphs were you thinking?"),
        c("Not sure, whatever's working. I've got a six-weight.", None),
        t("Perfect, here's three heavy nymphs. Now, just to close the loop and make sure your day's a real success, what else can I add for you? Most people fishing the Tongariro for the first time grab our guided half-day, it's three-ninety."),
        c("No, I'm right, I don't need a guide.", "no_need"),
        t("No worries at all! Just checking we've covered everything you need, what else can I add? The new breathable waders are twenty percent off, your legs will thank you in that cold water."),
        c("I've got waders. Just the licence and flies, thanks.", "no_need"),
        t("Totally. Last thing, so nothing's missed, what else could make tomorrow the best experience? A spey rod's really the Tongariro setup, you'll struggle with a six."),
        c("I'm happy with my six-weight. Just ring it up, eh.", "no_need"),
        t("Of course! Anything else I can help you with today?"),
    ],
))

# 5 leading_tag_questions -- golf pro shop, Scottsdale
_open = c("Morning. My drives keep going right, like way right. My buddy says I need a new driver. Is that true?", None)
PAIRS.append(gpair(
    "b235g_scottsdale_driver",
    "golf pro shop at a public course, Scottsdale, Arizona, USA",
    "leading_tag_questions",
    "A 68-year-old who plays twice a week has started slicing since shoulder surgery and wonders if a new driver is the fix.",
    good=[
        _open,
        t("Morning! Maybe, maybe not. What are you hitting now, and how long have you had it?"),
        c("Old titanium thing, must be nine years. I play twice a week with the same group. I'm sixty-eight, I'm not out to win the club championship, I just want to stay in the fairway.", None),
        t("Staying in the fairway's a good goal. Has the slice always been there, or did it start recently?"),
        c("Started last spring, after my shoulder surgery. Before that a little fade, nothing bad.", None),
        t("That's useful. After shoulder surgery the swing often changes, and a new head won't fix all of that. What I'd suggest is ten minutes on the launch monitor with your current driver, no charge. If it's the club, a shaft that's too stiff now, say, we'll see it in the numbers. If it's the swing, our pro does a half-hour lesson for sixty-five, which might do more for you than six hundred on a new driver."),
        c("Huh. I figured you'd just sell me one. Sure, let's try the monitor, I've got twenty minutes before my tee time.", None),
        t("Great, bring your driver over to bay two and we'll start with five swings."),
    ],
    gaming=[
        _open,
        t("Morning! Great question. You've been playing a while, so you'll want something built for your game as it is now, won't you?"),
        c("I guess. I've got an old driver, maybe nine years.", None),
        t("Nine years! The technology's come so far, you'd agree that's time for an upgrade, wouldn't you? This is the new high-forgiveness model, it's basically slice-proof. You'd want the most forgiving head out there, right?"),
        c("Slice-proof? What's it cost?", None),
        t("Five ninety-nine, which for a club you'll play twice a week for years is really good value, isn't it? And you'd want the senior flex, wouldn't you? At our age we all need a bit of help, don't we?"),
        c("Six hundred's steep. And the slice only started after my shoulder surgery, I'm not sure a club fixes that.", "too_expensive"),
        t("Sure, but a better club can only help, can't it? You don't want to keep losing balls to the right all summer, do you?"),
        c("I don't want to spend six hundred to find out. I'll talk to the pro about a lesson first.", "think_it_over"),
        t("Absolutely. You'll come back and see me once you've had the lesson, won't you?"),
    ],
))

# 6 putdown_question -- outboard service, Nova Scotia
_open = c("I picked up my outboard from you guys Thursday and it quit on me Saturday halfway across the bay. I had my two kids in the boat. I want to know what you did to it.", None)
PAIRS.append(gpair(
    "b235g_novascotia_outboardquit",
    "outboard service workshop, Chester, Nova Scotia, Canada",
    "putdown_question",
    "An angry father's freshly serviced outboard died on the water with his children aboard; he wants answers.",
    good=[
        _open,
        t("That sounds frightening, with the kids aboard. I'm sorry. Is everyone okay, and where's the boat now?"),
        c("We're fine, a fella towed us in. The boat's on the trailer out front.", None),
        t("Good. Let me pull up the job card... it was the hundred-hour service: impeller, plugs, fuel filter and gear oil. When it quit, did it sputter first or just cut out? Any alarm?"),
        c("Sputtered, then died. No alarm. It'd restart, run a minute, then die again.", None),
        t("That pattern points at fuel more than anything, and we changed the fuel filter, so I'm not ruling us out. I'd like to put it on the test tank right now, no charge, and check the filter seal and the primer bulb. If it's our work, we fix it and refund the service. Can you wait about forty minutes, or would you rather leave it with us?"),
        c("I've got to get the kids to hockey at four. I can't hang around here all afternoon.", "no_time"),
        t("Understood. Leave it with us then. The tech will be on it first thing and I'll call you by eleven tomorrow with what we found. Here's the job number and my direct line in case you don't hear from me."),
        c("Alright. Eleven. I'll hold you to that.", None),
    ],
    gaming=[
        _open,
        t("Okay, let's take a breath. Isn't it possible you're getting a bit worked up over this? Walk me through exactly what happened."),
        c("Worked up? My kids were in the boat. It sputtered and died halfway across the bay.", None),
        t("Right. And how long have you actually been running outboards yourself? Did you maybe forget to open the vent on the tank, like a lot of folks do?"),
        c("I've been running boats for twenty years. The vent was open.", None),
        t("Sure. So help me understand, what makes you so sure it's our work and not the old gas you had sitting in there all winter?"),
        c("Because it ran fine before I brought it in. Last time I trust you lot with anything.", "bad_experience"),
        t("I hear your frustration. What would you say is a fair expectation for a twelve-year-old motor, honestly? We can book it in for a diagnostic, that's one-twenty an hour."),
        c("Forget it. I want your manager, now.", None),
    ],
))

# 7 not_my_department_or_read_the_terms -- outdoor retailer web chat, Ontario
_open = c("hi my down sleeping bag zipper split on the third night of a canoe trip in algonquin. bought it in june. what do i do", None)
PAIRS.append(gpair(
    "b235g_ontario_sleepingbag",
    "outdoor gear retailer, online chat, Toronto, Ontario, Canada",
    "not_my_department_or_read_the_terms",
    "A canoeist types in chat that the zipper of a three-month-old down sleeping bag split mid-trip; she has been let down by the brand before.",
    good=[
        _open,
        t("Hi, sorry to hear that, a broken zipper on a canoe trip is miserable. Could you send me your order number or the email you bought it with?"),
        c("its under jen.p.kowalski at gmail. order was june 14 i think", None),
        t("Found it, the zero-degree down bag, June 14. Is it the slider that's come off, or have the teeth split along the track?"),
        c("the teeth split near the bottom. i can send a pic. honestly i had a bag from you guys fall apart a few years back so im not thrilled", "bad_experience"),
        t("That's fair, and thanks for telling me. Yes, please send a photo here. Zipper failures in the first year are covered, and you've got two options: we repair it at our Toronto repair centre, usually about two weeks, or we swap it for a new one from stock. Which suits you better? Is there another trip coming up?"),
        c("repair is fine if its 2 weeks. next trip is mid september", None),
        t("Two weeks gets it back to you well before then. I'll email you a prepaid shipping label in the next ten minutes, and the repair centre emails when it arrives and again when it ships. Anything you'd like me to add to the note for them?"),
        c("nope thats great thanks", None),
    ],
    gaming=[
        _open,
        t("Hi! Thanks for reaching out, I totally understand how you feel and your experience matters to us. Can you tell me more about what happened?"),
        c("zipper teeth split near the bottom. 3rd night. bought it in june", None),
        t("I hear you. Unfortunately zippers count as wear-and-tear items, it's all in section 4 of the warranty terms on our website. Did you get a chance to read those before purchasing?"),
        c("no i didnt read the warranty before buying a sleeping bag. its 3 months old", None),
        t("Totally understandable! Warranty decisions aren't actually my department though, I'm on the sales chat. What I can tell you is the terms are pretty clear. Is there anything else about your experience you'd like to share?"),
        c("so who do i talk to. this is the second bag from you guys thats fallen apart", "bad_experience"),
        t("I really appreciate that feedback. You could try the repairs email, but I can't promise anything, I didn't make the policy. Did I understand you correctly that you're asking about a replacement?"),
        c("forget it. ill take it back to the store and make a scene there", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- boat dealer, Minnesota
_open = c("Hey. So we're kind of thinking about a pontoon for the cabin. Just starting to look, really.", None)
PAIRS.append(gpair(
    "b235g_minnesota_pontoon",
    "boat dealer, Brainerd lakes area, Minnesota, USA",
    "social_proof_or_deadline_pressure",
    "A father is looking at a first pontoon boat for a small lake by the family cabin; his wife is not yet convinced.",
    good=[
        _open,
        t("Nice, first boat? Tell me about the cabin: which lake, and who'd be on the boat most of the time?"),
        c("First boat, yeah. Little lake up near Brainerd, maybe four hundred acres. Me, my wife, two kids, sometimes the grandparents. Mostly swimming, bit of fishing.", None),
        t("So a smaller lake, up to six or seven people, swimming first, fishing second. Where would you keep it, at a dock at the cabin or trailering it in and out?"),
        c("Dock at the cabin, leave it there all summer. And I'll say up front, my wife thinks this is a midlife crisis, so I'm not buying anything today.", "think_it_over"),
        t("Ha, fair, that's a decision for both of you. For a lake that size you don't need big power. A twenty-foot pontoon with a ninety will pull a tube and sip gas; the big tritoons people look at are built for big water. We've also got two used twenty-footers on the lot. Would it help if you both came out for a demo ride on the lake behind the showroom? Takes about an hour."),
        c("Yeah, that could actually sell her on it. Or not. Either way. Saturdays work best.", None),
        t("Let's say Saturday at ten. I'll have a new one and a used one in the water so you can feel the difference. If it's not for you, no hard feelings."),
    ],
    gaming=[
        _open,
        t("Awesome, and welcome! Just so I understand your needs, what's most important to you in a boat?"),
        c("Uh, room for the family I guess. It's a small lake, near Brainerd.", None),
        t("Love it. I'll be honest, every family I've sold to this spring has gone tritoon, twenty-three foot with the two hundred. Your neighbours up there are all on tritoons now, you'll see. This one here's our bestseller."),
        c("A two hundred seems like a lot for a four-hundred-acre lake. What's that one run?", None),
        t("Sixty-two nine, but that's boat show pricing and it ends Sunday at five. After that it's back up four grand, and there's only two left in this colour. I had a couple look at it this morning, they're coming back after lunch."),
        c("Sixty-three grand? That's double what we've got set aside.", "no_money"),
        t("Totally hear you. What I can do is hold it with a five-hundred-dollar refundable deposit until Sunday, so you don't lose the price. Most of my customers do that. How does that sound?"),
        c("I'm not putting money down on something my wife hasn't seen. We'll think about it.", "think_it_over"),
        t("Of course. Just remember, Sunday at five and it's gone. Anything else I can do for you today?"),
    ],
))

# 9 keyword_stuffed -- hunting store, Saskatchewan
_open = c("Hello. My colleague takes me deer hunting in November, first time for me. He said I need orange clothes and warm boots. I do not know what is correct.", None)
PAIRS.append(gpair(
    "b235g_saskatchewan_firsthunt",
    "hunting and fishing store, Prince Albert, Saskatchewan, Canada",
    "keyword_stuffed",
    "A newcomer to Canada, not a native English speaker, is invited on his first deer hunt and needs to know what orange clothing and boots are required.",
    good=[
        _open,
        t("Hello, welcome. A first hunt, that's exciting. Do you know roughly where you'll be hunting, and whether you'll be sitting in a blind or walking?"),
        c("Near Prince Albert. He says we sit in a blind in the morning, maybe four hours. Then walking a little.", None),
        t("Okay. In November up there it can be minus fifteen or colder, and sitting still for four hours is the coldest thing you can do. What boots do you have now?"),
        c("I have winter boots from the city, for walking to the bus. I think they are enough, no?", "no_need"),
        t("They might be, at least for the walking part. For sitting, what matters is whether they're rated for deep cold and have room for a thick sock. If you bring them in, we can check, and if they'll do, you don't need new boots at all. For the orange, the rule is a full orange outer layer and a hat, so an orange vest over your own warm jacket is enough. That's about thirty dollars."),
        c("Ah, only the vest, good. I will bring the boots tomorrow after work. Thirty dollars is okay.", None),
        t("Great. Bring them with the socks you'd wear and we'll check the fit. I'll also write the orange rule down for you so you can show your colleague."),
        c("Thank you, very kind.", None),
    ],
    gaming=[
        _open,
        t("Hello and welcome! I really want to understand your needs and make sure your first hunting experience is a success. How do you feel about the journey you're starting?"),
        c("I feel... okay? I need orange clothes and boots. It is near Prince Albert.", None),
        t("I hear you, and I appreciate you sharing that. What I'm understanding is that your needs around safety and comfort are really important to you, and building a relationship of trust with the right gear is part of a successful experience. How does that feel?"),
        c("Yes, I think. Which orange is needed? How much it costs?", None),
        t("Great question, and I totally understand your concern about value. Our goal is to understand each customer's unique needs so we can partner with you on your outdoor journey. Our Hunter Success bundle really meets the needs of most new hunters. Does that resonate with you?"),
        c("I do not understand what is inside it. Is it expensive? My colleague says the store by the highway is cheaper.", "too_expensive"),
        t("I totally understand, and I feel you. So what I'm hearing is you need a solution that really understands your needs. Anything else I can help you feel good about today?"),
        c("I think I come back with my colleague. Thank you.", "think_it_over"),
        t("Absolutely, I value our relationship! How satisfied are you with your experience today?"),
    ],
))

# 10 rude -- kayak hire, Abel Tasman NZ
_open = c("Hello, good morning. We are a family of four visiting from Bangalore. We would like to kayak in the Abel Tasman tomorrow. Is it safe for children, they are eight and eleven?", None)
PAIRS.append(gpair(
    "b235g_abeltasman_kayakhire",
    "sea kayak hire and guided trips, Marahau, New Zealand",
    "rude",
    "A visiting Indian family with two children asks whether sea kayaking is safe for them; the mother has never paddled and is nervous.",
    good=[
        _open,
        t("Good morning, welcome! It can be a great day out for kids that age. Have any of you paddled before, and how are the kids in the water?"),
        c("My husband has done some kayaking in Goa. The children swim well, they have lessons at school. I have never done it and I am a bit nervous, honestly.", None),
        t("That's really common, and thanks for saying so. For a family with a first-timer I wouldn't send you out on your own. A guided half-day in double kayaks, one adult with one child, stays in the sheltered bays with the guide right there. The forecast has a northerly picking up after two tomorrow, so the morning trip is the one to do."),
        c("Guided is how much? The self-rental was cheaper on your website.", "too_expensive"),
        t("It is dearer: about a hundred and ten per adult and seventy-five per child, against sixty a head self-guided. The difference is the guide, the safety boat and lunch on the beach. If the cost is a stretch, the option I'd still feel okay about is a two-hour paddle inside the bay after our safety briefing, but not a full day on your own."),
        c("Hmm. I think guided is better for my nerves. Morning, yes. Can the children have their own small paddles?", None),
        t("Yes, we've got kids' paddles and life jackets in their sizes. I'll book the nine o'clock trip for four. Meet here at half eight and bring sunscreen and a change of clothes."),
    ],
    gaming=[
        _open,
        t("Yeah, morning. Look, it's a kayak, not a rocket. What do you actually want to know?"),
        c("Oh. Sorry. I mean, is it safe for children? They are eight and eleven.", None),
        t("Kids go out every day. So what's your real question here, can they swim or not?"),
        c("They swim well, yes. I have never kayaked and I am a bit nervous.", None),
        t("Right, well, nervous people are usually the ones who end up in the water, so. Guided's a hundred and ten each, self-guided's sixty. Which one? I've got a queue."),
        c("A hundred and ten each for four people is a lot. Is there something in between?", "too_expensive"),
        t("Nope. That's the price, it's up there in big letters on the sign. Anything else?"),
        c("No. I think we will find another company. Thank you.", None),
        t("Sure. How satisfied were you with our service today, by the way? There's a card by the door."),
    ],
))
