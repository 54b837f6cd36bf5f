"""Gaming pairs, file a (written by hand). Kinds 1-10 of SPEC, once each."""
from common import c, t, gpair

PAIRS = []

# 1. monologue - roofer, Leeds
_open = c("Hiya, I rang yesterday about the leak. There's a brown stain spreading on the back bedroom ceiling since that storm on Saturday.", None)
PAIRS.append(gpair(
    "b206g_leeds_roof_leak", "roofing contractor, Leeds (UK)", "monologue",
    "A homeowner in a 1905 terrace has a ceiling stain by the chimney breast after a storm and has been told before that the whole roof needs redoing.",
    good=[
        _open,
        t("Thanks for ringing back. Sorry about the ceiling, that's no fun. Whereabouts in the room is the stain, by an outside wall or more in the middle?"),
        c("Near the chimney breast, in the corner. It only drips when it really chucks it down, not otherwise.", None),
        t("That helps a lot. Drips only in heavy rain, next to the chimney, is often the lead flashing rather than the slates. Is it a slate roof, and do you know roughly how old it is?"),
        c("Slate, original I think, the house is 1905. The last roofer I had up there wanted nine grand to redo the lot and I never trusted him. I'm a bit wary of you lot, honestly.", "bad_experience"),
        t("Fair enough, I'd be wary too. I wouldn't quote a re-roof without getting up there. What I'd suggest is we come out with ladders and a pole camera, look at the flashing and the slates round the stack, and send you the photos. The visit's free and you see what we see. Would Thursday morning suit?"),
        c("Thursday's no good, I'm on earlies all week at the depot.", "no_time"),
        t("No problem. Saturday morning, or an evening while it's still light, whichever's easier for you?"),
        c("Saturday about ten. And you'll show me the photos before you quote anything?", None),
        t("Yes. Photos first, then a written price for the flashing if that's what it is, and we'll mention separately anything else that looks worn, no pressure on it. I'll text you now to confirm Saturday at ten."),
    ],
    gaming=[
        _open,
        t("Great to hear from you, and I really want to understand your experience today. So let me tell you how we work. We've been roofing in Leeds thirty-two years, family firm, all our lads are trained, and with a Victorian slate roof after a storm like Saturday's, nine times out of ten the whole thing's finished. Slates go brittle, nails rust, battens rot."),
        c("Right, it's only one stain though, by the chimn-", None),
        t("Exactly, and that's how it always starts. What we recommend is our full re-roof package: breathable membrane, new treated battens, reclaimed Welsh slate so it keeps the character, new lead throughout, twenty-year guarantee, and we do finance. Does that sound like the peace of mind you're after?"),
        c("I mean, the last roofer said the same and wanted nine grand. I didn't trust him and I'm wary now, to be honest.", "bad_experience"),
        t("Totally hear that, and that's why our relationship with customers matters so much. Nine grand for a cowboy job is nothing like ours, ours is more like eleven but it's done right. We're booked from March, so if we're getting you in it's this month. Scaffold up day one, strip day two, felt and batten day three..."),
        c("I was only hoping someone would come and look at the chimney.", "no_need"),
        t("Of course, and we'll look at everything during the re-roof survey. Anything else I can tell you about the package?"),
        c("No, you're alright. I'll ring someone else, ta.", None),
    ],
))

# 2. closing_as_open_question - kitchen fitter, Cork
_open = c("Hi, we're only starting to look. We bought an old farmhouse outside Macroom and the kitchen is, well, it's grim.", None)
PAIRS.append(gpair(
    "b206g_cork_kitchen_farmhouse", "kitchen showroom and fitter, Cork (Ireland)", "closing_as_open_question",
    "A mother of four who has just bought an old farmhouse walks into a kitchen showroom to start looking, with a budget in mind and her husband away.",
    good=[
        _open,
        t("Congratulations on the house. Grim how, would you say: the layout, the units themselves, or the whole lot including plumbing and electrics?"),
        c("The whole lot, probably. The doors are falling off, there's one socket, and the range is from the seventies. We cook a lot, there's four kids.", None),
        t("So a busy family kitchen used every day, and the services may need work as well as the units. Has an electrician looked at the wiring yet? It decides a lot about the order things happen in."),
        c("Not yet, we hadn't thought of that. We were hoping to keep it under twenty thousand all in, and I've no idea if that's even realistic.", None),
        t("It can be, depending on how much is hidden work. I'd rather not guess. What I'd suggest is a free measure at the house, and I bring you a rough split: units and worktops, appliances, and a placeholder for the electrics until your electrician has been. Then you can see where the twenty goes."),
        c("That sounds sensible. I'd want my husband there though, he's away till Friday.", "think_it_over"),
        t("Of course. I'll email you what the measure involves and a few dates the week after next, and you can pick one together."),
        c("Perfect, thanks a million.", None),
    ],
    gaming=[
        _open,
        t("You're very welcome! What brought you in today, and what would it take for us to design your dream kitchen together?"),
        c("Well, the house is old, four kids, we cook a lot. We're really only starting to look.", "brush_off"),
        t("Lovely. And when you picture cooking for the kids in your new kitchen, which of our three ranges do you see yourself in, the Shaker, the Handleless or the Inframe?"),
        c("I've no idea. We haven't even had the wiring checked.", None),
        t("Not to worry, our team looks after all that. So how would you like to secure your install slot, with the ten per cent deposit today or the twenty per cent that gets you free soft-close drawers?"),
        c("Today? We haven't the money to be putting deposits down, the house took every cent.", "no_money"),
        t("I understand completely. What would need to happen for you to feel comfortable leaving a small deposit before you go?"),
        c("My husband would need to be here, for a start. We'll think about it.", "think_it_over"),
        t("Absolutely. And once he's seen it, which day this week works best for you both to come in and sign off the design?"),
        c("I'll give you a ring.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase - window and door firm, Auckland
_open = c("Kia ora, I own a rental in Mt Albert and the tenants reckon the bedrooms are freezing and the windows run with water every morning.", None)
PAIRS.append(gpair(
    "b206g_auckland_villa_glazing", "window and door company, Auckland (NZ)", "pitch_as_paraphrase",
    "A landlord of a 1920s villa with cold, wet bedrooms and a Healthy Homes inspection in June asks a glazing firm for help.",
    good=[
        _open,
        t("Kia ora, thanks for getting in touch. Is it an older villa with the original timber sashes, or something newer with aluminium joinery?"),
        c("1920s villa, original timber sashes. A few of them rattle. I've got a Healthy Homes inspection coming in June as well.", None),
        t("Right, so cold rooms, wet glass, rattling sashes and a compliance date in June. Can I ask what the ventilation's like, is there a working extractor in the bathroom and kitchen? And what heats the lounge? Condensation is often more about moisture than the glass."),
        c("Bathroom fan barely works. Heat pump in the lounge. Honestly I was assuming I'd have to double glaze the lot, and that's money I just haven't got this year.", "no_money"),
        t("Good to know before anyone quotes you. Double glazing isn't actually required for Healthy Homes, and retrofitting it into sashes isn't cheap. I'd look at the extractor, draught-stopping the sashes and maybe thermal curtains first. If you still want glazing later we can price a couple of rooms. Would a free assessment help, so you know what's needed for June?"),
        c("Yeah, that'd be good. Could you do it while the tenants are at work? Weekdays after nine.", None),
        t("Sure. Give me a couple of days that suit and let the tenants know, and I'll write up what's needed for compliance separately from the nice-to-haves."),
        c("Sweet as, that works.", None),
    ],
    gaming=[
        _open,
        t("Kia ora, thanks for reaching out. So what I'm hearing is that you need our full double glazing retrofit for the whole villa, is that right?"),
        c("Well, I don't know. The bedrooms are cold and the windows get wet. There's a bathroom fan that barely works.", None),
        t("Absolutely. So if I've understood you correctly, what you're really after is our ThermaSash Plus system, 980 a window with the Healthy Homes pack, is that fair?"),
        c("980 a window? There's fourteen windows. That's crazy money for a rental.", "too_expensive"),
        t("I hear you. So what you're telling me is that value matters, which is exactly why ThermaSash Plus pays for itself in higher rent. Did I get that right?"),
        c("No, I never said anything about rent. I just need to pass the inspection in June.", None),
        t("Perfect, so what you need is to pass in June, and the way to do that is the full retrofit, which we can install in May if we book it now. Shall I pencil that in?"),
        c("Nah. I'll sort the fan first and see how it goes. Leave it for now.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing - electrician, Glasgow (web chat)
_open = c("hi the power keeps tripping in the kitchen, 3 times this week, usually when the kettle and washing machine are on", None)
PAIRS.append(gpair(
    "b206g_glasgow_rcd_tripping", "electrical contractor, web chat, Glasgow (UK)", "upsell_as_loop_closing",
    "A homeowner types into a web chat about a kitchen circuit that keeps tripping and an outside socket that looks damp.",
    good=[
        _open,
        t("Hi, sorry about that, it's a pain. When it trips, is it the whole house that goes off or just the kitchen?"),
        c("just the kitchen and the hall lights weirdly", None),
        t("OK, that suggests they share one RCD. Has anything changed lately, a new appliance, any work done, any water near a socket?"),
        c("we got a new washing machine last month. also the outside socket by the back door looks a bit damp", None),
        t("Thanks, that's a good clue. A weathered outdoor socket letting water in is one of the most common causes. Until we come, leave that outside socket unused. An electrician would test each circuit to find the fault, usually about an hour. Is there a day that suits?"),
        c("how much is it going to be, we had a guy out before who charged 200 and didnt find anything", "bad_experience"),
        t("That's frustrating. Fault-finding is a fixed 85 for the first hour, and if it is the outside socket, a proper weatherproof replacement is about 60 on top. If it turns out to be something bigger, we tell you and price it before doing anything. Would Tuesday or Wednesday work?"),
        c("wednesday is fine, after 3 if poss", None),
        t("Wednesday after 3 it is. I'll send a confirmation text with the electrician's name."),
    ],
    gaming=[
        _open,
        t("Hi, thanks for getting in touch! Before we dive in, is there anything else electrical we could help you with while we're out?"),
        c("erm not really, its just the tripping", None),
        t("Great. And to close the loop on that, what else can I add for you? A lot of customers get a full rewire check and a smart consumer unit at the same time."),
        c("we had a guy out before who charged 200 and didnt find anything so i just want the fault found please", "bad_experience"),
        t("Totally understand. So to wrap up your booking, shall I add the smart consumer unit upgrade at 650 and the EV charger survey, so everything's covered in one visit?"),
        c("we dont even have an electric car. i dont need any of that", "no_need"),
        t("No problem at all! Anything else I can add before I confirm, maybe our annual safety plan at 12 a month so you're never without cover?"),
        c("no. just send someone for the trip thing. how much is that", None),
        t("That's our standard callout of 95 plus parts. And just to make sure all your needs are covered, would you like USB sockets in the kitchen while we're there?"),
        c("forget it ill find someone else", None),
    ],
))

# 5. leading_tag_questions - damp specialist, Galway
_open = c("Hello there. We've black mould coming up behind the wardrobe in the back bedroom and a musty smell. My daughter told me to ring a damp company.", None)
PAIRS.append(gpair(
    "b206g_galway_mould_bungalow", "damp and mould specialist, Galway (Ireland)", "leading_tag_questions",
    "A retired homeowner in a 1970s bungalow rings about black mould behind a wardrobe on the gable wall.",
    good=[
        _open,
        t("Hello, thanks for ringing. Black mould behind furniture is very common, and the cause matters. Is the wardrobe against an outside wall?"),
        c("It is, the gable wall. And it's worse in the winter. We dry the clothes on a rack in that room too.", None),
        t("That's very helpful. A cold outside wall, a wardrobe stopping air getting to it, and washing drying in the room, that often points to condensation rather than rising damp. Is the mould low down near the floor, or higher up and in the corners?"),
        c("Higher up, in the corner mostly. A man years ago said it might be rising damp, but we never did anything about it.", None),
        t("Mould high up in the corners is usually condensation. Before anyone sells you an injection treatment, I'd want to take moisture readings. I can call out, measure the walls and check your ventilation. If it's condensation, the fix might be a vent or a small extractor and pulling the wardrobe out a few inches, not a big job. Would that be all right?"),
        c("It would. What does the visit cost?", None),
        t("It's 120 for the survey with a written report, and if you go ahead with any work we take that off. I have Tuesday afternoon or Friday morning."),
        c("Friday morning. I'll have the kettle on.", None),
    ],
    gaming=[
        _open,
        t("Hello! Black mould, that's a real health worry, isn't it? You'll want it dealt with properly, won't you?"),
        c("Well, yes, I suppose. It's behind the wardrobe on the gable wall.", None),
        t("Right, and in an older house that's rising damp nine times out of ten, isn't it? You wouldn't want to risk the family's health with a cheap fix, would you?"),
        c("It's a 1970s bungalow, it's not that old. And it's higher up the wall, in the corner.", None),
        t("Even so, you'd agree the safest thing is our full damp-proof course and tanking, wouldn't you? It's only four and a half thousand, and that's nothing for peace of mind, is it?"),
        c("Four and a half thousand? I haven't that kind of money, I'm on the pension.", "no_money"),
        t("You'd rather spread it out then, wouldn't you? We do finance, so that's sorted, isn't it?"),
        c("I'd rather talk it over with my daughter before I sign anything.", "think_it_over"),
        t("Of course, but you'll want to get in before the winter, won't you?"),
        c("I'll ring you back.", "brush_off"),
    ],
))

# 6. putdown_question - plumbing and heating, Bristol
_open = c("Your engineer was here Monday, charged me 140, and now the boiler's gone off again. No hot water, the kids had to have their bath at my mum's. I'm not happy.", None)
PAIRS.append(gpair(
    "b206g_bristol_boiler_revisit", "plumbing and heating firm, Bristol (UK)", "putdown_question",
    "A father rings two days after a paid boiler repair because the boiler has failed again.",
    good=[
        _open,
        t("I'm sorry, that's the last thing you need after paying for a repair. Let me pull up Monday's job. What is the boiler's display showing right now?"),
        c("It says F28 and there's a flame symbol with a line through it.", None),
        t("Thanks. F28 is an ignition fault, and Monday's notes say he replaced the fan, so it may well be linked. Either way we're coming back and there's no charge for the revisit. Is the gas on elsewhere, does the hob light?"),
        c("Yeah, the hob's fine. Look, I don't want the same bloke back, he obviously didn't fix it.", "bad_experience"),
        t("Understood, I'll send our senior engineer, Kieran, instead. I can get him to you between four and six today, or first thing tomorrow."),
        c("Four to six today. I'll make sure I'm back from work.", None),
        t("Done. Kieran will ring when he's on his way, and I've put on the job that the visit is free. If it turns out to be a different part, we'll tell you the cost before he touches anything."),
        c("Alright. Thanks for sorting it.", None),
    ],
    gaming=[
        _open,
        t("OK, let's not get too worked up, these things happen with older boilers. What exactly did you do to it after he left?"),
        c("I didn't do anything to it! It just stopped. It's showing F28.", None),
        t("Right. And have you actually checked the gas is on, or is that too much to ask before ringing us?"),
        c("Of course the gas is on, the hob works. Your man was here Monday and I paid 140.", None),
        t("I hear you. Help me understand though, did nobody ever tell you that you can't expect miracles from a twelve-year-old boiler?"),
        c("So that's it? I'm meant to pay again? Not a chance.", None),
        t("There's no need for that tone. What would you like me to do, send someone out on the standard callout fee?"),
        c("I'd like to speak to your manager, please.", None),
        t("Is that really necessary? He'll tell you the same thing."),
    ],
))

# 7. not_my_department_or_read_the_terms - scaffolding hire, Dublin
_open = c("Hi, I'm ringing about the scaffold at 14 Leinster Road. The roofers finished three weeks ago, it's still up, and now I've an invoice from ye for extra hire.", None)
PAIRS.append(gpair(
    "b206g_dublin_scaffold_hire", "scaffolding hire, Dublin (Ireland)", "not_my_department_or_read_the_terms",
    "A homeowner has scaffolding left up weeks after a roofing job and an invoice for extra hire weeks the roofer never mentioned.",
    good=[
        _open,
        t("Hi, thanks for ringing, and sorry it's still standing. Let me find the job. Who booked the scaffold, was it you directly or the roofing contractor?"),
        c("The roofer booked it, Declan Byrne Roofing. But the invoice is addressed to me, 420 euro for three extra weeks.", None),
        t("I see it. The order came through Declan's firm with your address on it. Did anyone tell you the roof was signed off? Our hire only stops when someone calls for the strike."),
        c("Nobody told me that. I assumed the roofer would. I'm not paying 420 for a mix-up between the two of ye.", None),
        t("That's fair to raise. Here's what I'll do: book the strike for Thursday, the earliest crew I have, and ring Declan today to find out when he finished. If no one told you the hire was running, I'll ask my manager to cancel those weeks or move them to his account. I'll ring you back by five either way."),
        c("Thursday... I'm away Thursday. Will they need me there?", None),
        t("No, they only need the front garden, not the house. Is the side gate locked, or can they get round?"),
        c("It's not locked. Grand, so. And you'll ring me by five?", None),
        t("By five, yes, with what Declan says and what's happening with the invoice."),
    ],
    gaming=[
        _open,
        t("Hi there, thanks for calling, I really want to understand your experience. What seems to be the issue?"),
        c("The scaffold's been up three weeks since the roofers finished and I've an invoice for 420 euro extra hire.", None),
        t("I hear you. So the hire runs until a strike is requested, that's clause 7 of the terms on the back of the order form. Did you get a chance to read them?"),
        c("I never saw any order form. The roofer booked it. I'm not paying for weeks nobody told me about.", None),
        t("I understand your frustration, but billing isn't my department, I only do the bookings. You'd need to email accounts."),
        c("Can you at least book it to come down?", None),
        t("I can't book a strike without the person who placed the order, that's the policy, I didn't make the rules. Is there anything else I can help you with today?"),
        c("You haven't helped me with anything. Give me your manager's name.", None),
        t("Our manager doesn't take calls, but you're welcome to put it in writing. Have a great day."),
    ],
))

# 8. social_proof_or_deadline_pressure - pest control, Belfast
_open = c("Hi, we've mice in the roof space, you can hear them scratching at night. How soon could someone come out?", None)
PAIRS.append(gpair(
    "b206g_belfast_loft_mice", "pest control, Belfast (UK)", "social_proof_or_deadline_pressure",
    "A homeowner hears mice in the loft and worries because a neighbour's treatment by another firm failed.",
    good=[
        _open,
        t("Hi, sorry to hear that, it's horrible listening to them at night. Have you seen any droppings in the house itself, kitchen cupboards or under the sink?"),
        c("Not in the kitchen. Just the loft, there's droppings along the eaves and some of the insulation's been chewed.", None),
        t("OK. How long has it been going on, and have you noticed any gap on the outside, round pipes or where the soffit meets the wall?"),
        c("About a fortnight. There's a bit at the back where the soffit's broken. The woman next door had a company out six times and they still came back. That's what's worrying me.", "bad_experience"),
        t("That's a fair worry. Baiting without blocking the way in often ends like that. Our visit is a survey, bait boxes in the loft, a return in ten days, and we show you exactly where they're getting in so you or a joiner can fix that soffit. It's 145 for both visits."),
        c("That's more than I expected. I think the council do it cheaper.", "too_expensive"),
        t("They may well, and it's worth ringing them. What we add is the proofing advice and the follow-up. If you'd like to check with the council first, that's fine. I'm free Wednesday if you decide to go with us, just let me know."),
        c("Ach, go on, book Wednesday. I'd rather get it done.", None),
        t("Booked, Wednesday morning. I'll text you the time, and have a look where the cable or pipes go into the loft so we can check there too."),
    ],
    gaming=[
        _open,
        t("Hi! Loft mice, we're seeing loads of that. Actually, half the houses on your road have signed up with us this autumn. What's your postcode?"),
        c("BT5. It's just the loft, there's droppings at the eaves and a broken soffit at the back.", None),
        t("BT5, yep, that's our busiest area. Your neighbours all went for the annual protection plan, 240 for the year. So what I'm hearing is you'd want the same cover as everyone else?"),
        c("I don't know. The woman next door had a company six times and the mice came back. That's put me off these plans.", "bad_experience"),
        t("Totally understand, that won't be us. But I should say, the 240 is a promo that ends at five today, after that it's 320. Most people just lock it in now. How does that sound?"),
        c("I'm not deciding on the phone in five minutes. I'd want to see what the council charge.", "think_it_over"),
        t("Of course, but I can only hold this week's slot until five, then we're booked till December. Everyone on your street's been really happy. Shall I go ahead?"),
        c("No. I'll take my chances with the council.", "no_need"),
    ],
))

# 9. keyword_stuffed - builder, Cardiff
_open = c("Morning. I've bought a two-up two-down in Splott to do up and sell on. I'm after a price for a single-storey rear extension, kitchen diner, about four by three.", None)
PAIRS.append(gpair(
    "b206g_cardiff_rear_extension", "general builder (extensions), Cardiff (UK)", "keyword_stuffed",
    "A small developer flipping a terraced house wants a price and start date for a rear extension while a bridging loan runs.",
    good=[
        _open,
        t("Morning. Thanks for the detail. Have you got drawings yet, or is it still an idea? And is it going through permitted development or full planning?"),
        c("Drawings done. Architect says permitted development, it's under three metres deep. The lawful development certificate's been applied for.", None),
        t("Good, that saves time. As you're selling on, what matters most to you: lowest build cost, speed, or a finish that lifts the sale price?"),
        c("Speed, honestly. I've got a bridging loan running, so every month it sits there costs me about a grand.", None),
        t("Clear. So built fast to cut the bridging cost, with a finish good enough to sell. With drawings in, we could start in about five weeks, and a build like that takes us nine to ten weeks to plaster. I'd need to see the site for access and the drains before I price it. Could I come Thursday?"),
        c("Thursday's fine, after ten. Is nine weeks realistic though? Someone else told me six.", None),
        t("Six can happen if the weather's kind and nothing nasty's in the ground, but I'd rather give you a number I'll hit. Once I've seen the drains I'll send a written programme stage by stage, so you can plan the loan around it."),
        c("Fair enough. Half ten Thursday then.", None),
    ],
    gaming=[
        _open,
        t("Morning! Thank you so much for reaching out. I really want to understand your needs and your vision, because for us every extension is about the relationship and the whole customer experience. How do you feel about your journey so far?"),
        c("My journey? I want a price for a four by three rear extension. The drawings are done.", None),
        t("Absolutely, and I really hear that. What I'm understanding is you need a partner who understands your needs, someone who values your success and wants your experience to be amazing. How important is that relationship to you?"),
        c("What's important is the price and when you can start. I've a bridging loan costing me a grand a month.", None),
        t("I totally feel that. Your success is our success. We pride ourselves on understanding and delivering an experience built on trust, so I'd love to understand how you feel about quality versus value on your journey."),
        c("Mate, I've told you. Can you give me a rough figure and a start date or not?", None),
        t("I understand completely, and I value that honesty. Our whole approach puts your needs first. So how satisfied would you say you are with our conversation so far?"),
        c("Not very. I'll get someone else to quote.", None),
    ],
))

# 10. rude - plumber, Dunedin
_open = c("Oh hello, um, sorry to bother you. I think my hot water cylinder's leaking. There's a puddle in the hall cupboard and, well, I wasn't sure who to ring.", None)
PAIRS.append(gpair(
    "b206g_dunedin_cylinder_leak", "plumber, Dunedin (NZ)", "rude",
    "An elderly widow finds water under an old hot water cylinder and is unsure what to do or what it will cost.",
    good=[
        _open,
        t("No bother at all, you've rung the right place. Can you tell whether the water's coming from the cylinder itself or from a pipe near it?"),
        c("I'm not really sure, dear. It's coming from underneath somewhere. The cylinder was here when we moved in, and that was 1989.", None),
        t("Thanks, that helps. While we talk, is there a tap or valve on the pipe going into the top of the cylinder? If you can turn it clockwise it'll slow the leak. Only if it's easy, don't strain yourself."),
        c("I've turned it. It was stiff but it went. Now, I have to ask, is this going to be expensive? I'm on the pension.", None),
        t("Fair question. If it's just a fitting, a couple of hundred. If the cylinder itself has gone, after thirty-odd years it may need replacing, and that's more like 2,500 to 3,500 fitted. We'll know when we see it, and I'll tell you the price before we do anything."),
        c("Oh dear. I don't know that I've got that sort of money put by.", "no_money"),
        t("Understood, and it may not come to that. How about we come and look first, no obligation, and your family could be on the phone when we tell you what we find? If it is the cylinder, we can talk through paying in instalments. I could be there this afternoon."),
        c("That would be lovely. This afternoon's fine, I'll ring my son Graham now.", None),
        t("Lovely. I'll be there about two. Leave that valve off and put a towel down in the cupboard. See you then."),
    ],
    gaming=[
        _open,
        t("Yep. Cylinder or pipe? I need to know which."),
        c("Oh, I'm not sure, dear. It's underneath somewhere. The cylinder's been here since 1989.", None),
        t("1989. Right, so it's had it, obviously. Did you not think to get it looked at some time in the last thirty years?"),
        c("Well, it's always worked. Is it going to be expensive? I'm on the pension.", None),
        t("It's a cylinder, they're not free. Three grand, give or take. Do you want it booked or not? I've got other calls waiting."),
        c("I'll have to ask my son first, he looks after these things for me.", "think_it_over"),
        t("Fine. He'd better be quick, the puddle's not going to wait for him."),
        c("I don't have that kind of money just sitting there anyway. Could you at least tell me how to stop the water?", "no_money"),
        t("Valve on top, turn it. Look it up on YouTube. Ring back when you've got the money sorted."),
    ],
))
