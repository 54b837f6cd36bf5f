"""blind100 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer - car dealer, Akron OH
o = c("Hi, um, so I bought the Maverick hybrid from you in, like, October, and I'm only getting thirty-one miles a gallon? The sticker said forty-something. I'm kinda bummed.", None)
s1 = t("Yeah, thanks for coming in about it. Thirty-one against the forty-two on the sticker is a real gap. What kind of driving do you mostly do, and has it been that low since October or just lately?")
s2 = c("Mostly short, like four miles to work. And it's been worse since it got cold, I think. In October it was, like, thirty-eight.", None)
s5 = t("So, um, what I'd suggest: we check the tire pressure and scan it for codes, twenty minutes, no charge. And on cold days, if you can bundle errands into one trip, you'll see it come up. By April it should be back in the high thirties.")
s6 = c("Okay. Let's do the check, I've got twenty minutes.", None)
PAIRS.append(rpair(
    "b100r_f01_akron_hybrid_mileage", "Ford dealer, Akron OH. A woman in her twenties complains her new hybrid gets far worse mileage than the sticker.",
    [o, s1, s2,
     t("Okay, yeah, that pattern fits. In the cold, the engine runs more to warm itself and the cabin, and a four-mile trip never lets it warm up, so hybrids drop a lot in winter. It doesn't mean anything's wrong with yours."),
     c("Oh. Okay, that makes me feel better, honestly.", None),
     s5, s6],
    [o, s1, s2,
     t("Well, that's not really accurate. The EPA number's the EPA number, and nobody else is complaining. Thirty-one is probably how you're driving it."),
     c("I'm not driving it hard, I drive like a grandma. I'm just telling you what the screen says.", None),
     s5, s6]))

# f02 doubts the customer's honesty - credit union, Grand Forks ND
o = c("Yes, hello, I'm looking at my statement and there's charges here I didn't make. Some, uh, some online store, three of 'em, four hundred dollars each. I don't even use the computer much.", None)
s1 = t("Okay, let's get that, uh, taken care of. I'm pulling up your account. I see three charges on the fourteenth, to an electronics site. Is your card with you right now?")
s2 = c("It's right here in my wallet. Been here the whole time.", None)
s5 = t("I'm freezing the card now and filing all three as fraud. You'll see the twelve hundred back as a provisional credit within ten business days, and a new card in the mail in about a week.")
s6 = c("Ten days. Alright. Does my automatic stuff, the Xcel bill, come off this card?", None)
s7 = t("Um, let me check... yes, Xcel Energy's on it. When the new card comes, I can call them with you to update it.")
PAIRS.append(rpair(
    "b100r_f02_grand_forks_card_fraud", "Credit union member services, Grand Forks ND. A man in his eighties phones about three fraudulent card charges.",
    [o, s1, s2,
     t("Okay, good. So then someone likely got the number, not the card. That happens with data breaches at stores, it's nothing you did."),
     c("Okay. Well, that's a relief. Will I get the money back? That's twelve hundred dollars.", None),
     s5, s6, s7],
    [o, s1, s2,
     t("Hm. Are you sure nobody in the family used it? A grandkid, maybe? We see that a lot, and then it's not really fraud."),
     c("My grandkids are in Fargo, and they don't steal from me. I'm telling you I didn't make these.", None),
     s5, s6, s7]))

# f03 drops the price before asking anything - HVAC, Providence RI
o = c("Hi, I got a postcard about your, um, maintenance plan? The two-tune-ups-a-year thing. I just wanted to know what's in it.", None)
s3 = t("Yeah, fair question. It kinda depends on your equipment. How old are the furnace and the AC, and when were they last serviced?")
s4 = c("Furnace is, like, eight years? The AC's older, maybe fifteen. Nobody's looked at either since, um, before COVID, honestly.", None)
s5 = t("Okay, so then a tune-up on both is worth doing this year either way. A single visit is one-twenty-nine each, so the plan pays off if you'd do both. And with a fifteen-year-old AC, the priority scheduling helps on a July heat-wave day.")
s6 = c("Okay. Let me talk it over with my husband, he'll ask me a million questions.", "think_it_over")
PAIRS.append(rpair(
    "b100r_f03_providence_maintenance_plan", "Heating and cooling company, Providence RI. A homeowner calls about a maintenance plan postcard.",
    [o,
     t("Sure, yeah. So, two visits a year, spring for the AC, fall for the furnace, plus priority scheduling and fifteen percent off repairs. It's two-nineteen a year."),
     c("Okay. Is that worth it, though? I don't really know if I need it.", "no_need"),
     s3, s4, s5, s6],
    [o,
     t("Sure, yeah. So, two visits a year, spring for the AC, fall for the furnace, plus priority scheduling and fifteen percent off repairs. Normally two-nineteen, but I can knock it down to one-seventy-nine for you right now."),
     c("Huh, that was fast. If it drops that easy, what's it really worth? I don't even know if I need it.", "no_need"),
     s3, s4, s5, s6]))

# f04 unasked lecture - dental office, Davenport IA
o = c("Hi, um, I haven't been to the dentist in, like, a while, I don't have insurance right now, and I just wanted to know how much a cleaning is? Like, just a cleaning.", None)
s1 = t("Sure, um, how long has it been, roughly? It changes what kind of cleaning you'd need.")
s2 = c("Uh, like four years? Maybe five. I drive for DoorDash so, y'know, insurance isn't really a thing.", None)
s5 = t("And, uh, if they find you need a deeper cleaning, they'll give you that price before doing anything, so no surprises. I've got Tuesday at ten or Thursday at two.")
s6 = c("Um, Tuesday at ten's good, that's before the lunch rush.", None)
PAIRS.append(rpair(
    "b100r_f04_davenport_uninsured_cleaning", "Dental office, Davenport IA. A delivery driver in his twenties without insurance asks what a cleaning costs.",
    [o, s1, s2,
     t("Okay, thanks, that helps. After four or five years most people need an exam and x-rays with the cleaning. For new patients without insurance there's a package at one-forty-nine that covers all three."),
     c("One forty-nine, okay. That's less than I thought.", None),
     s5, s6],
    [o, s1, s2,
     t("Okay, so, five years is a long time. You really should be coming every six months, gum disease is linked to heart disease and diabetes, and if you're sipping soda in the car all day, that's basically bathing your teeth in acid. Anyway, for new patients without insurance there's a package at one-forty-nine, exam, x-rays and cleaning."),
     c("Okay, I know, I know, I didn't call for a lecture. One forty-nine, fine.", None),
     s5, s6]))

# f05 vague next step - rural municipality office, near Prince Albert SK
o = c("Hi, this is Linda Kowalchuk, out on Range Road 263? The culvert on our road washed out with the runoff, there's a hole you could lose a truck in. And the school bus comes down there at seven-thirty.", None)
s1 = t("Okay, thanks for calling, Linda. That's a safety issue, especially with the bus. Is the road passable at all, or completely cut?")
s2 = c("You can squeeze by on one side if you're careful. But the bus driver won't, she stopped at the corner today, so my kids walked a mile in the mud.", None)
s3 = t("Okay, understood. I'll call the bus company about a temporary stop, and I'll get barricades out there today so nobody drives into it.")
s4 = c("Okay. And the culvert? Because last spring it was the same thing down by the Hnatiuks' and it took, like, six weeks.", "bad_experience")
PAIRS.append(rpair(
    "b100r_f05_prince_albert_rm_culvert", "Rural municipality office near Prince Albert SK. A farm family reports a washed-out culvert on the school bus route.",
    [o, s1, s2, s3, s4,
     t("Fair enough. So our foreman, Dale, will be out tomorrow morning, and he'll call you by noon to say whether it's a patch or a new culvert, and give you a date. If you haven't heard by noon, call me directly, extension four."),
     c("Okay, noon tomorrow. I'll hold you to that.", None)],
    [o, s1, s2, s3, s4,
     t("Fair enough. So we'll get someone out to take a look when the crew's free, and we'll let you know."),
     c("When the crew's free. That's what they said last spring. I guess I'll call back in a week, then.", None)]))

# f06 over-promises - plumber, New Haven CT
o = c("Yeah, hi, our basement floor drain backed up again, like, sewage, second time this year. The last guy snaked it and said roots. I'm kinda done with this.", None)
s1 = t("Oh, sorry, that's miserable, especially twice. How old's the house, and do you know if the sewer line's clay or PVC?")
s2 = c("House is, uh, 1948. No idea what the pipe is. There's a big maple out front, if that matters.", None)
s3 = t("Yeah, it does. So a 1948 line's likely clay, and maples love clay joints. I'd start with a camera inspection, about two-seventy-five, to see if it's roots at a joint or if the pipe's cracked or sagging.")
s4 = c("Two seventy-five just to look. And then what, another grand to fix it? I just want it to stop.", "too_expensive")
s7 = t("I can have the camera truck there Thursday morning. Until then, go easy on the washer and dishwasher.")
PAIRS.append(rpair(
    "b100r_f06_new_haven_sewer_roots", "Plumbing and drain company, New Haven CT. A homeowner's basement drain has backed up with sewage twice this year.",
    [o, s1, s2, s3, s4,
     t("Yeah, I get it. So the camera tells us whether cleaning plus a root treatment will hold you a year or two, or whether a section needs replacing, which can be a few thousand. I can't promise roots won't come back short of replacing the line, but you'll know exactly what you're dealing with."),
     c("Okay. At least that's straight. Let's do the camera.", None),
     s7],
    [o, s1, s2, s3, s4,
     t("Yeah, I get it. So here's the deal: we run the camera, do our root cutting and the foaming treatment, and I guarantee that drain will never back up again. You'll never have to think about it."),
     c("Never? The last guy said that too, basically. Okay, let's do the camera, I guess.", "bad_experience"),
     s7]))

# f07 closes before checking the thing works - HVAC, Columbus OH (web chat)
o = c("hi do you guys sell and install the ecobee premium. want one for my condo", None)
s1 = t("Hi! Yes, the thermostat is $249 and install is $120. What kind of system do you have?")
s2 = c("heat pump i think. unit outside says trane. the old thermostat is a white honeywell", None)
s3 = t("Thanks. Do you know roughly how old the system is? Some older heat pumps are short a wire for smart thermostats.")
s4 = c("bought the condo 2 yrs ago, hoa says the hvac is from like 2009. mostly i want to turn the heat down from my phone at work, my bill was 240 last month", None)
PAIRS.append(rpair(
    "b100r_f07_columbus_thermostat_chat", "Heating and cooling company, web chat, Columbus OH. A young condo owner wants a smart thermostat installed.",
    [o, s1, s2, s3, s4,
     t("Makes sense, that's exactly what it's good at. Before we book, could you pop the old thermostat off the wall and send a photo of the wires? A 2009 heat pump might not have the C-wire, and I want to know it'll work before you pay anything."),
     c("oh ok yeah ill send it tonight", None)],
    [o, s1, s2, s3, s4,
     t("Makes sense, that's exactly what it's good at. I'll book you Friday at 10 and take the $369 now to hold the slot. What card would you like to use?"),
     c("wait will it even work with mine. my friend bought one and it didnt work with his wires and he couldnt return it", "bad_experience")]))

# f08 recommends before asking - truck dealer, Medicine Hat AB
o = c("Hi, so I'm, uh, in the market for a truck. My old Dodge is, well, it's done. I've been looking online but honestly the trims and everything, it's a lot.", None)
s3 = t("Okay, and does the gooseneck have living quarters? And roughly what does it weigh with the horses in?")
s4 = c("No living quarters. With the two horses and tack, maybe, uh, ten thousand pounds? I'd have to check.", None)
s5 = t("At ten thousand with a gooseneck, I'd point you at a three-quarter ton, like the 2500, gas or diesel. More truck than a half-ton, but you'd have the margin for the hills and the wind on the Trans-Canada.")
s6 = c("Diesel's a lot more money though, isn't it? I don't want to go crazy.", "too_expensive")
s7 = t("Um, about eleven thousand more. For ten thousand pounds, the gas 2500 does the job fine. Let's take a gas one out with the hitch on.")
PAIRS.append(rpair(
    "b100r_f08_medicine_hat_tow_truck", "Ram dealer, Medicine Hat AB. A woman in her fifties who hauls horses to shows needs a new truck.",
    [o,
     t("Yeah, it is a lot. Let's narrow it down. What's the truck going to do for you, daily driving, hauling, towing?"),
     c("Towing, mostly. I've got a two-horse gooseneck, and I haul to shows in the summer, down to Lethbridge, Calgary sometimes.", None),
     s3, s4, s5, s6, s7],
    [o,
     t("Yeah, it is a lot. Honestly, most people love the Ram 1500 Big Horn, it's our best seller, comfortable, good on gas with the eTorque. I'd start there."),
     c("Well, I've got a two-horse gooseneck, I don't know if a half-ton's gonna cut it. I haul to Calgary in the summer.", None),
     s3, s4, s5, s6, s7]))

# f09 unexplained jargon - credit union, Des Moines IA
o = c("Hello, dear. I've got, um, about twenty thousand sitting in my savings doing nothing, and my nephew said I should put it in one of those, uh, certificates? I don't really know how they work.", None)
s1 = t("Oh, happy to explain. First, do you need to get at any of that money in the next year or two, for anything planned?")
s2 = c("Well, I like to keep some for emergencies. My furnace is old. But most of it, no, I'm not going anywhere.", None)
s5 = t("Well, you can take it out if you truly need it, you'd just give up a few months of interest, never your deposit. Would you like me to write it all down so you can show your nephew?")
s6 = c("Yes, write it down, please. I want to talk to him before I do anything.", "think_it_over")
PAIRS.append(rpair(
    "b100r_f09_des_moines_share_certificate", "Credit union, Des Moines IA. A widow in her late seventies asks how share certificates work.",
    [o, s1, s2,
     t("Okay, so then you might keep five thousand in savings for the furnace and put fifteen in a certificate. It's like a savings account where you promise to leave the money a set time, say eighteen months, and we pay you more for it, about four percent a year. Take it out early and you lose some of the interest."),
     c("Oh, that's simple enough. Four percent, that's better than what I'm getting. Is my money locked up, though?", None),
     s5, s6],
    [o, s1, s2,
     t("Okay, so then you might keep five in savings and ladder fifteen across three tranches, twelve, eighteen and twenty-four months, APY around four percent compounded monthly, with an early withdrawal penalty of ninety days' dividends."),
     c("I'm sorry, you lost me at, at ladder. What's a tranche? Is my money locked up?", None),
     s5, s6]))

# f10 talks about themselves - farm supply, Steinbach MB
o = c("Hi! So we just, um, we just moved out near Steinbach, onto five acres, and we're getting goats? Three of them. And everybody says goats get out of everything, so, uh, what fence do we need?", None)
s1 = t("Ha, yeah, everybody's right, they do. How big a pen are you thinking, and is there any fence there now?")
s2 = c("There's, like, old barbed wire around the back part. We were thinking maybe half an acre for them.", None)
s5 = t("For the materials, yes. If you're putting it in yourselves, we rent a post driver for twenty a day. Doing it yourselves, or hiring out?")
s6 = c("Ourselves, I think. Um, can we measure first and come back? We kinda guessed the half acre.", "think_it_over")
s7 = t("Oh, definitely. Measure it, bring the numbers in, and we'll write up an exact list.")
PAIRS.append(rpair(
    "b100r_f10_steinbach_goat_fence", "Farm supply store, Steinbach MB. A couple new to acreage life asks what fence will hold goats.",
    [o, s1, s2,
     t("Yeah, so barbed wire won't hold goats, and they can tear themselves on it. For half an acre: four-foot woven goat fence, the four-by-four mesh, T-posts every ten feet and wood corners. Roughly six-fifty in materials."),
     c("Okay, six-fifty for the whole thing? That's actually not bad.", None),
     s5, s6, s7],
    [o, s1, s2,
     t("Oh man, goats. I had Nigerian Dwarfs for six years, my doe Pickles used to climb onto the truck hood every morning, and my buck went through two fences, cost me a fortune. My wife finally said it's the goats or me, ha. Anyway, half an acre, four-foot woven goat fence, T-posts, wood corners, about six-fifty."),
     c("Ha, okay. Um, sorry, so, six-fifty for the whole thing?", None),
     s5, s6, s7]))
