"""Ranked pairs d01-d10 of blind218 (b218), written by hand: two decent conversations, `better` deeper than `worse`."""
from common import c, rpair, t

PAIRS = []

# d01 San Antonio, is the maintenance plan worth it
O = c("Hi, I saw your ad for the maintenance plan, nineteen ninety-nine a month. Is that worth it, or is it one of those things you never use?", None)
PAIRS.append(rpair(
    "b218r_d01_sanantonio_maintenance_plan",
    "A homeowner in San Antonio, Texas phones an HVAC company about its $19.99/month maintenance plan after seeing an ad; his AC is four years old.",
    better=[
        O,
        t("Honest answer: it depends on your system and how you'd use it. Can I ask how old your AC is, and when it was last serviced?"),
        c("It's about four years old. Never been serviced, to be honest. It works fine.", None),
        t("At four years and working fine, the main value is the two tune-ups a year. Those are $109 each on their own, so the plan costs about the same as booking both separately, plus you get priority in summer. If you'd realistically only do one tune-up a year, it isn't worth it, just book one in spring. Which sounds more like you?"),
        c("Probably one a year, if I'm honest. I'd forget the second one anyway.", "no_need"),
        t("Then skip the plan. Book a spring tune-up, and if you want the priority scheduling later, you can join any time. Shall I put you down for April?"),
        c("Yeah, April's good. Thanks for not upselling me.", None),
    ],
    worse=[
        O,
        t("Great question! The plan covers two tune-ups a year, spring and fall, priority scheduling, and fifteen percent off repairs. Most customers find it pays for itself."),
        c("Huh. My AC's only four years old, and it works fine. Do I need two tune-ups?", None),
        t("Two a year is what manufacturers recommend. It keeps your warranty valid and catches small problems early, and Texas summers work a system hard."),
        c("I guess. Nineteen ninety-nine a month adds up, though.", "too_expensive"),
        t("It's about the same as two tune-ups booked separately, so you're not really paying extra, and you get the repair discount on top. I can sign you up now and book the spring tune-up for April."),
        c("Okay, let's do it.", None),
    ],
))

# d02 Scottsdale, asks for an acid wash
O = c("Hi, I need an acid wash. My pool's got black spots on the plaster and I read online that's what fixes it.", None)
PAIRS.append(rpair(
    "b218r_d02_scottsdale_pool_black_spots",
    "A homeowner in Scottsdale, Arizona calls a pool service asking for an acid wash to remove black spots on the plaster.",
    better=[
        O,
        t("Happy to help. Before I book it, can you tell me a bit about the spots? Are they raised, like little bumps, and do they come off at all if you scrub them with a steel brush?"),
        c("They're kind of raised, yeah. I brushed one really hard and it went lighter, but it came back in a week.", None),
        t("That sounds like black algae rather than a stain. An acid wash would take them off, but it's $550, means draining the whole pool, and strips a layer of plaster every time. Black algae usually responds to treatment: steel-brushing, a heavy chlorine shock and an algaecide made for it, about $180 over two visits. If the spots survive that, then an acid wash makes sense. Want to try the cheaper way first?"),
        c("Oh. Yeah, I'd rather not drain the pool if I don't have to, water's crazy expensive here.", None),
        t("Exactly. I'll book the first treatment Tuesday and the follow-up Friday."),
    ],
    worse=[
        O,
        t("Sure, we do acid washes. It's $550: we drain the pool, wash the plaster and refill. Takes about two days."),
        c("Okay. Will that get rid of the black spots for good?", None),
        t("It'll take them off. If it's algae, it can come back when the chemistry's off, so keep your chlorine up afterwards. We can do next Monday."),
        c("Five fifty plus the water to refill, that's a lot. But okay, Monday.", "too_expensive"),
        t("Great, I'll book Monday and send you a confirmation."),
    ],
))

# d03 Perth, keypad lock for an elderly mother
O = c("Hello, I'm looking at those keypad locks for my front door. My mum lives with us now and she keeps losing her keys.", None)
PAIRS.append(rpair(
    "b218r_d03_perth_keypad_lock_mum",
    "A woman in Perth, Western Australia asks a locksmith about keypad locks because her 84-year-old mother keeps losing keys.",
    better=[
        O,
        t("That's a good use for them. Can I ask a bit about your mum? Does she use a smartphone, and is she comfortable with things like PIN numbers?"),
        c("She's eighty-four. She can manage a code, I think, if it's short. She doesn't really use a smartphone.", None),
        t("Then I'd steer you away from the app-based ones toward a simple keypad deadlock with big backlit buttons and a key backup. She gets a four-digit code, and you can set separate codes for carers or family. About $380 installed. The Wi-Fi ones are $550 and mostly add phone features she won't use."),
        c("That sounds right. I'll need to check the price with my husband, though.", "think_it_over"),
        t("Of course. I'll email you both models with photos so he can see the buttons, and you ring when you're ready."),
    ],
    worse=[
        O,
        t("Great idea. Our most popular is the Wi-Fi smart lock, $550 installed. You can open it with a code, your phone or remotely, and you get an alert whenever someone comes in."),
        c("Mum doesn't really use a smartphone. She's eighty-four.", None),
        t("That's fine, she can just use the keypad, and you manage the codes from your phone. It's got a key backup too."),
        c("Okay. Five fifty's a bit more than I was thinking. I'll check with my husband.", "too_expensive"),
        t("No problem, I'll email you the details."),
    ],
))

# d04 Portland, gritty dishwasher
O = c("Hi, my dishwasher's not cleaning properly anymore. There's gritty stuff left on the glasses. It's a Bosch, about five years old. Can someone come look at it?", None)
PAIRS.append(rpair(
    "b218r_d04_portland_dishwasher_grit",
    "A homeowner in Portland, Oregon calls an appliance repair company because her five-year-old Bosch dishwasher leaves grit on glasses.",
    better=[
        O,
        t("We can, but a couple of questions first, because sometimes it's a five-minute fix you can do yourself. Have you ever cleaned the filter at the bottom of the tub, the round one that twists out?"),
        c("There's a filter? No. Never.", None),
        t("That's very often the cause on a Bosch, especially at five years. Twist it out counter-clockwise, rinse it under the tap with a soft brush, and check the spray arms spin freely. If the glasses are still gritty after two runs, call back and I'll book a tech. The visit would be $95."),
        c("Huh, okay. I'll try that tonight.", None),
        t("Great. And if you use powder, try switching to pods for a while, powder can leave grit too."),
    ],
    worse=[
        O,
        t("Sure. It could be a few things, a blocked filter, the spray arms, or the wash pump. A tech visit is $95 and we can come Thursday."),
        c("Ninety-five just to look? Hm. Thursday's fine, I guess.", "too_expensive"),
        t("The $95 goes toward the repair if there is one. I'll book you in for Thursday morning."),
        c("Okay.", None),
        t("You'll get a confirmation text today."),
    ],
))

# d05 Raleigh, home warranty renewal
O = c("Hi, my home warranty's up for renewal and it's going up to six hundred and twenty a year. I'm thinking of just not renewing.", "too_expensive")
PAIRS.append(rpair(
    "b218r_d05_raleigh_warranty_renewal",
    "A homeowner in Raleigh, North Carolina calls his home warranty company because the renewal price went up and he is thinking of letting it lapse.",
    better=[
        O,
        t("That's a fair thing to weigh up. Can I ask how you've used it this past year? Did you make any claims?"),
        c("One, the dishwasher. You replaced the pump. The service fee was a hundred and twenty-five.", None),
        t("So this year you paid about $560 plus the $125, and that repair might have been $350 without us, so on the numbers it didn't pay off. Where it usually pays is the big systems. How old are your AC and water heater?"),
        c("AC's twelve. The water heater's original, so fourteen-ish. Hm. I hadn't thought about that.", None),
        t("Those are the two most likely to go in the next couple of years, and an AC replacement claim can be worth thousands. If they were new, I'd honestly tell you to skip it. It's your call, and it doesn't lapse until the 30th, so you have time."),
        c("Yeah, okay. Let me think about it over the weekend.", "think_it_over"),
    ],
    worse=[
        O,
        t("I'm sorry to hear that, I'd hate to lose you. I can offer ten percent off the renewal, which brings it to about $560."),
        c("That's better. I only used it once this year, though.", "no_need"),
        t("A lot of years are quiet, and then one big repair makes it worth it. With the ten percent off, it's a good deal. Shall I renew it now?"),
        c("Let me think about it over the weekend.", "think_it_over"),
        t("Of course. The discount's available until the 30th."),
    ],
))

# d06 Adelaide, redbacks in the sandpit
O = c("Hiya, I found two redbacks in the kids' sandpit this week. I want the whole place sprayed. Today if possible.", None)
PAIRS.append(rpair(
    "b218r_d06_adelaide_redbacks_sandpit",
    "A parent in Adelaide, South Australia rings a pest controller after finding redback spiders in the children's sandpit.",
    better=[
        O,
        t("Understandable, with kids around. Let's sort it quickly. Where else have you seen them? Just the sandpit, or around the fence, the shed, under the outdoor furniture?"),
        c("One was under the sandpit lid. And there's webs on the back fence and in the letterbox.", None),
        t("Redbacks love dry, sheltered spots like that. I'd treat the fence line, the shed, the letterbox and the underside of the sandpit lid, but not the sand itself, you don't want chemical where the kids dig. Leave the lid off on sunny days too, they hate the heat. It's $190 for the outside, I can do three o'clock today, and the kids need to stay off treated areas for about four hours."),
        c("Three's fine. They're at swimming till six anyway.", None),
        t("Perfect timing, then. I'll text when I'm on my way."),
    ],
    worse=[
        O,
        t("No worries, we can do a full general spray, inside and out, $260. I can be there at three."),
        c("Do you need to do inside? I've only seen them outside.", "no_need"),
        t("It's our standard treatment, but I can just do the outside for $190. I'll go around the house, the fence and the sandpit."),
        c("Okay, three's fine. The kids are out till six.", None),
        t("Great, see you at three."),
    ],
))

# d07 Toronto, patching TV-mount holes before move-out
O = c("Hey, I'm moving out of my apartment at the end of the month and there are a couple of holes in the wall from a TV mount. Can you patch them so I get my deposit back?", None)
PAIRS.append(rpair(
    "b218r_d07_toronto_moveout_patch",
    "A tenant in Toronto, Ontario asks a handyman to patch TV-mount holes before moving out.",
    better=[
        O,
        t("Sure. How big are the holes, and is the wall a standard colour, or something the landlord picked?"),
        c("Four holes, like a loonie each. Wall's just white, but I don't know which white.", None),
        t("Landlord white is rarely the same as the white in a can. If we patch and paint just the spots, they can show up as shiny squares. What I'd do is patch, then paint that one wall corner to corner, so any difference won't show. Does your landlord or the building super have the paint?"),
        c("The super might. I'll ask him. How much for all that?", None),
        t("About $220 with paint, or $160 if the super has it. Ask him this week, and let me know by Friday so it's dry before your walkthrough."),
        c("Cool, will do.", None),
    ],
    worse=[
        O,
        t("Definitely. How big are the holes?"),
        c("Four holes, like a loonie each. Wall's just white.", None),
        t("Easy. We patch, sand and touch up with white paint. $140. I can do next Tuesday."),
        c("Tuesday's good. Hundred forty's fine.", None),
        t("Great, I'll book you in."),
    ],
))

# d08 Denver, loud garage door
O = c("Hi, our garage door opener is incredibly loud. Our bedroom's over the garage and it wakes the baby. I'm looking for a quieter one.", None)
PAIRS.append(rpair(
    "b218r_d08_denver_loud_garage_door",
    "A parent in Denver, Colorado calls a garage door company wanting a quieter opener because the noise wakes the baby.",
    better=[
        O,
        t("Makes sense. Before we talk openers, which part is loud? A grinding from the motor on the ceiling, or clanking and squealing from the door itself as it moves?"),
        c("Hmm. I think it's more the door. It kind of clanks and squeals as it rolls up.", None),
        t("Then a new opener might not fix it, the noise is probably the rollers and hinges. Metal rollers are loud. Swapping to nylon rollers and lubricating everything often cuts the noise in half, for about $180. If it's still too loud after that, a belt-drive opener is the next step, about $650 installed. I'd try the cheap fix first."),
        c("Oh. Yeah, definitely try that first. Any chance of a Saturday?", None),
        t("Saturday morning works. The tech will let you hear it before and after."),
    ],
    worse=[
        O,
        t("Good choice. For quiet, belt drives are the way to go. Our belt-drive model is $650 installed, much quieter than a chain."),
        c("Six fifty. Hmm. We put a new opener in at our last house and it was still loud. Does it really make a difference?", "bad_experience"),
        t("It's a big difference, belt drives are the quietest type. And we lube the door when we install."),
        c("Okay, let's do it. Saturday?", None),
        t("Saturday morning works."),
    ],
))

# d09 Melbourne, evaporative versus split system
O = c("Hi, um, I'm trying to work out whether to get evaporative cooling or a split system. I've had three quotes and I'm more confused than when I started.", None)
PAIRS.append(rpair(
    "b218r_d09_melbourne_evaporative_or_split",
    "A hesitant homeowner in Melbourne, Victoria with hay fever asks an air-conditioning company to help choose between evaporative cooling and split systems.",
    better=[
        O,
        t("That's really common, and the answer depends on your house and how you like to live in it. How many rooms do you want cool, and do you keep the windows open or closed on hot days?"),
        c("Whole house, it's four bedrooms. And, well, I've got hay fever, so I like to keep everything shut.", None),
        t("That's a big factor. Evaporative works by blowing outside air in, so you need windows open, and it brings pollen in with it. It also struggles on humid days. For someone with hay fever who keeps the house closed, reverse-cycle suits you better, and it heats in winter too."),
        c("Oh. None of the quotes mentioned that. The evaporative one was the cheapest, though, by about four grand.", "too_expensive"),
        t("It is cheaper to buy and run, no question. If cost matters most, two good splits, one in the living area and one in the main bedroom, would cover where you spend most of your time for about half the price of ducted. I can come and measure and give you both options side by side, no charge."),
        c("Yes, that would help. Thank you.", None),
    ],
    worse=[
        O,
        t("Happy to help. Evaporative is cheaper to buy and run, and it's great for Melbourne's dry heat. Splits cool better on humid days and also heat in winter. It depends on your budget."),
        c("The evaporative one was the cheapest, by about four grand.", None),
        t("Then evaporative could be a good fit. It's about $4,800 for a four-bedroom house. Want me to send you our quote?"),
        c("Um, okay. Just email it through and I'll have a look sometime.", "brush_off"),
        t("Sure, I'll email it this afternoon."),
    ],
))

# d10 Mesa, scorpion contract for a 12-unit complex
O = c("Hi, I manage a twelve-unit complex in Mesa and I'm looking for a pest control contract. Scorpions, mostly, we get complaints every summer.", None)
PAIRS.append(rpair(
    "b218r_d10_mesa_scorpion_contract",
    "A property manager in Mesa, Arizona asks a pest control company for a contract to deal with scorpion complaints at a 12-unit complex.",
    better=[
        O,
        t("Scorpions in Mesa, yep, that's a big one. How many complaints did you get last summer, and were they spread across the units or mostly in certain ones?"),
        c("Maybe eight? Mostly the ground-floor units on the east side, by the desert wash.", None),
        t("That helps a lot. Rather than treating all twelve monthly, I'd do a perimeter barrier around the whole building quarterly, plus monthly treatment and sealing for the east ground-floor units, since that's where they're coming from. Night blacklight checks in June will show whether it's working. That's about $240 a month instead of $380 for monthly on every unit."),
        c("That's less than I expected. The owner will want to see last year's numbers against this year's, though, before he signs anything.", "think_it_over"),
        t("Makes sense. Send me the complaint log and I'll put together a one-page proposal with a target for this summer, and we review it together after three months."),
    ],
    worse=[
        O,
        t("We can definitely help. Scorpions need regular treatment. Our monthly program for a twelve-unit complex is $380 a month, covering all units inside and out."),
        c("That's a good bit more than we pay now for general pests. Is it worth it?", "too_expensive"),
        t("Scorpions are tough, they need monthly treatment. Most of our complexes see complaints drop a lot in the first summer."),
        c("Okay, I'll run it by the owner.", "think_it_over"),
        t("Great, I'll send the contract over today."),
    ],
))
