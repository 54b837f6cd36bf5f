"""Ranked pairs f01-f10 of blind218 (b218), written by hand: both sides share every turn (the same variables) except
one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Sydney, split system dripping after a service -- fault: argues with the customer
O = c("Hi, your tech serviced our split system three weeks ago and now it's dripping water down the wall inside. It never did that before.", None)
T1 = t("Sorry to hear that, water down the wall is no fun. Is it dripping from the bottom of the indoor unit, or from the side where the pipes go out?")
C1 = c("From the bottom, right-hand side. It's worse in the afternoon, once it's been running a few hours.", None)
T2_BETTER = t("That sounds like the drain, and it's quite possible something was knocked or not put back properly during the service. Either way, it's ours to sort out.")
C2_BETTER = c("Okay, good. What do I do in the meantime?", None)
T2_WORSE = t("I doubt that's from our service, to be honest. Our techs don't touch the drain line, so it's more likely a blockage that was coming anyway. Drains clog with age.")
C2_WORSE = c("Well, it never dripped before your bloke came. Bit convenient, isn't it? What do I do in the meantime?", None)
T3 = t("Put a towel along the skirting and set it to twenty-four instead of lower, it'll drip less. A tech can come tomorrow between eight and ten, and return visits within thirty days are free.")
C3 = c("Eight to ten's fine. I'll be home.", None)
PAIRS.append(rpair(
    "b218r_f01_sydney_split_dripping",
    "A homeowner in Sydney, New South Wales rings the air-conditioning company because the indoor unit started dripping down the wall three weeks after a service.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))

# f02 Tulsa, warranty claim on a fridge -- fault: doubts the customer's honesty
O = c("Hi, I need to file a claim. My fridge stopped cooling yesterday and everything in the freezer's thawing.", None)
T1 = t("Sorry, that's stressful with food in there. Let me get the claim started. What make is it, and roughly how old?")
C1 = c("Whirlpool, side-by-side. It came with the house, so maybe ten years? We started the warranty in March.", None)
T2_BETTER = t("Thanks. Fridges are covered on your plan, and I'll mark it urgent since there's food at risk. Is it completely silent, or can you hear the compressor humming?")
C2_BETTER = c("It clicks every few minutes, but no hum.", None)
T2_WORSE = t("March, so only a couple of months ago. I have to ask, was it having problems before you took out the coverage? We see a lot of people sign up when something's already on its way out.")
C2_WORSE = c("No! It was fine until yesterday. Are you calling me a liar? It clicks every few minutes, that's all I know.", None)
T3 = t("A click every few minutes with no hum often points to the start relay, which is a quick fix. I'll send a technician tomorrow, and your service fee is $100. Your plan also covers up to $250 of spoiled food, so keep a list and take photos.")
C3 = c("Okay. A hundred's fine. But tomorrow I'm at work till three, can they come after that?", "no_time")
PAIRS.append(rpair(
    "b218r_f02_tulsa_fridge_claim",
    "A homeowner in Tulsa, Oklahoma calls her home warranty company to file a claim on a ten-year-old fridge that stopped cooling two months after coverage began.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))

# f03 Vancouver, big black ants -- fault: drops the price before asking anything
O = c("Hi, we've got ants coming in around the kitchen window. Big black ones. How much is it to get rid of them?", None)
T1_BETTER = t("Price depends on what they are, so can I ask a couple of things first? Big black ones could be carpenter ants, which matter more than little sugar ants because they nest in damp wood. Are you seeing them mostly at night, and any little piles of sawdust anywhere?")
C1_BETTER = c("Mostly at night, yeah. And now you mention it, there's some sawdust on the window sill.", None)
T1_WORSE = t("Normally $240 for ants, but I can knock it down to $180 if you book this week. Are you seeing them mostly at night, and any little piles of sawdust anywhere?")
C1_WORSE = c("Oh, okay, I wasn't even haggling. Mostly at night, yeah, and there's some sawdust on the window sill.", None)
T2 = t("Sawdust by the window means carpenter ants, probably nesting in the frame where it's got damp. We'd find the nest and treat it directly, with a follow-up in three weeks, and I'd get someone to look at that wood too.")
C2 = c("Okay. When can you come? Not this week, though, we're away till Sunday.", "no_time")
T3 = t("Monday at ten?")
C3 = c("Monday works.", None)
PAIRS.append(rpair(
    "b218r_f03_vancouver_carpenter_ants",
    "A homeowner in Vancouver, British Columbia asks a pest control company the price of getting rid of large black ants near the kitchen window.",
    better=[O, T1_BETTER, C1_BETTER, T2, C2, T3, C3],
    worse=[O, T1_WORSE, C1_WORSE, T2, C2, T3, C3],
))

# f04 Calgary, lost keys with an address tag -- fault: an unasked lecture
O = c("Hi, I lost my keys at the hockey rink last night. They had my address tag on them. I want my locks changed today if possible.", None)
T1 = t("Good call, with the address on them. How many doors have locks, and are they deadbolts?")
C1 = c("Front and back, both deadbolts, and the door from the garage into the house.", None)
T2_BETTER = t("Three locks. Rekeying is faster and cheaper than replacing: same locks, new keys, and the old ones stop working. That's $85 call-out plus $25 a lock, so $160.")
C2_BETTER = c("Okay, that's reasonable. Can someone come today?", None)
T2_WORSE = t("Three locks. You know, putting your address on a key ring is the number one mistake people make, we tell everyone never to do it. And you should really keep a spare with a neighbour and never keep house keys with car keys. Anyway, rekeying is $85 call-out plus $25 a lock, so $160.")
C2_WORSE = c("Yeah, I know, I feel dumb enough already, thanks. Can someone come today?", None)
T3 = t("We can be there between two and four. I'll text you the tech's name.")
C3 = c("Two to four's great.", None)
PAIRS.append(rpair(
    "b218r_f04_calgary_lost_keys_rekey",
    "A homeowner in Calgary, Alberta lost keys with an address tag and calls a locksmith to change the locks the same day.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))

# f05 Toronto, waiting for a replacement AC price -- fault: a vague next step
O = c("Hi, your tech was here Tuesday and said our AC compressor is shot. He said someone would call with a price for a new unit, and nobody has.", None)
T1 = t("I'm sorry nobody called, that should have happened. Let me pull it up... I've got his notes: a three-ton unit, and he recommended replacing rather than swapping the compressor because of the age. Did he explain why?")
C1 = c("He said it's seventeen years old and the refrigerant's the old kind. That part made sense. I just need the number, it's been hot.", None)
T2 = t("Understood. A comparable three-ton system, installed, is $6,800 to $7,400 depending on the model, including removal of the old one and the permit.")
C2 = c("Ugh, that's a lot. I'll need to talk it over with my wife before we book anything.", "think_it_over")
T3_BETTER = t("Of course. I'll email you both model options tonight with exact prices and the rebate forms, and I'll call you Friday at six, once you've had time to talk. If you decide sooner, installs are about a week out.")
C3_BETTER = c("Friday at six works. Thanks.", None)
T3_WORSE = t("Of course. We'll get something over to you and let you know about install dates once things settle down.")
C3_WORSE = c("...Okay. When, though? That's pretty much what your tech said on Tuesday.", None)
PAIRS.append(rpair(
    "b218r_f05_toronto_ac_replacement_followup",
    "A homeowner in Toronto, Ontario calls the HVAC company because the promised price for a replacement AC never came.",
    better=[O, T1, C1, T2, C2, T3_BETTER, C3_BETTER],
    worse=[O, T1, C1, T2, C2, T3_WORSE, C3_WORSE],
))

# f06 Sydney, roaring washing machine -- fault: over-promises
O = c("Hi, my washing machine's making a horrible roaring noise on the spin cycle, like a plane taking off. It's an LG top loader, about seven years old.", None)
T1 = t("That roaring on spin is very often the drum bearings. Does the drum feel loose or clunky if you push it side to side with the machine off?")
C1 = c("Yeah, it clunks a bit when I push it.", None)
T2_BETTER = t("That fits bearings. Honest picture: bearings on that model run about $380 to $450 with labour, the tech needs to confirm it before ordering the part, and the part can take three to five days. At seven years it's usually worth doing, but if he finds the tub damaged as well, he'll tell you if replacing makes more sense.")
C2_BETTER = c("Okay, good to know. Four hundred-ish, I can live with that.", None)
T2_WORSE = t("Yep, bearings. No worries, we'll have it fixed tomorrow, guaranteed, and after that it'll be good for another ten years easy. About $300.")
C2_WORSE = c("Tomorrow? Great! That's better than I expected.", None)
T3 = t("When can someone be home for the tech?")
C3 = c("Tomorrow's no good, I'm at work. Thursday's best, I'm home all day.", "no_time")
PAIRS.append(rpair(
    "b218r_f06_sydney_washer_bearings",
    "A renter in Sydney, New South Wales calls an appliance repairer about a seven-year-old top-loader that roars on the spin cycle.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))

# f07 Adelaide, ceiling fan install on site -- fault: closes before checking the thing works
O = c("Right, is it done? The kids are desperate to have the fan going, it's thirty-eight today.", None)
T1 = t("Nearly. It's mounted and wired, and I've balanced the blades.")
C1 = c("Brilliant. The old one used to wobble like mad. How do the remote and the wall switch work together?", None)
T2 = t("The wall switch powers it, so just leave that on, and the remote does speed, light and reverse for winter. I'll leave the manual on the bench.")
C2 = c("Easy enough. And do you take card?", None)
T3_BETTER = t("I do, but let's test it together first. Flick the wall switch on, and I'll run it through all three speeds, the reverse and the light.")
C3_BETTER = c("Oh, that's lovely and quiet. And the light works. No wobble at all.", None)
T3_WORSE = t("Card's fine. That's $220 all up, here's the machine.")
C3_WORSE = c("Done. Right, let's... hang on, the light won't come on. Shouldn't you have checked that first?", None)
PAIRS.append(rpair(
    "b218r_f07_adelaide_ceiling_fan_install",
    "A handyman in Adelaide, South Australia finishes installing a ceiling fan on a 38-degree day while the homeowner waits.",
    better=[O, T1, C1, T2, C2, T3_BETTER, C3_BETTER],
    worse=[O, T1, C1, T2, C2, T3_WORSE, C3_WORSE],
))

# f08 Toronto, weedy lawn -- fault: recommends before asking
O = c("Hi, our lawn's looking terrible this year. Patchy, lots of weeds. What do you guys do?", None)
T1_BETTER = t("Depends what's going on with it. What kind of weeds, mostly dandelions, or things like crabgrass or clover? And is the patchiness in shady spots or all over?")
C1_BETTER = c("Dandelions and a lot of clover. The bare patches are under the big maple, mostly.", None)
T1_WORSE = t("Our six-step program is what you want: fertilizer and weed control from April to October, $79 a visit. That sorts out most lawns.")
C1_WORSE = c("Six visits? That's almost five hundred bucks, and you don't even know what's wrong with it yet. It's dandelions and clover, and the bare patches are under the big maple.", "too_expensive")
T2 = t("Clover usually means the soil's low in nitrogen, and under a maple it's shade and roots, grass struggles there. Spot weed treatment and fertilizing in spring and fall would handle the clover and dandelions, and under the maple I'd overseed with a shade mix in September.")
C2 = c("That sounds more like it. What would that cost?", None)
T3 = t("Two visits plus the overseeding, about $260 for the season.")
C3 = c("Okay, book the spring one.", None)
PAIRS.append(rpair(
    "b218r_f08_toronto_weedy_lawn",
    "A homeowner in Toronto, Ontario asks a lawn care company what it offers for a patchy, weedy lawn.",
    better=[O, T1_BETTER, C1_BETTER, T2, C2, T3, C3],
    worse=[O, T1_WORSE, C1_WORSE, T2, C2, T3, C3],
))

# f09 Houston, refrigerant leak report -- fault: unexplained jargon
O = c("Hi, the tech came out and left a report that says our AC needs work. I don't understand half of it. Can you explain?", None)
T1 = t("Of course. I have the report here. Which parts are confusing?")
C1 = c("He wrote that it's low on refrigerant and there's a leak. Is that a big deal? Can't they just top it up?", None)
T2_BETTER = t("Think of refrigerant as the blood of the system, it carries the heat out of the house. It runs in a closed loop, so if it's low, it's leaking somewhere. Topping it up works for a while, but it leaks out again, and refrigerant for an older unit like yours is expensive. The better fix is finding the leak first.")
C2_BETTER = c("Okay, that makes sense. How do they find the leak?", None)
T2_WORSE = t("So your system's R-22, and with the phase-out a recharge is pricey. His readings show low suction pressure and high superheat, so you've got a leak, likely at the evap coil or a Schrader valve. We'd do a nitrogen pressure test and then decide on the coil versus a full changeout.")
C2_WORSE = c("Sorry, I didn't follow any of that. What's superheat? Is it a big deal or not?", None)
T3 = t("A leak search takes about two hours and costs $275. Once we know where it is, I'll give you a clear choice: repair that part, or replace the system if the repair isn't worth it on a fifteen-year-old unit.")
C3 = c("Two seventy-five just to look for it... that stings. But alright, let's do the leak search first.", "too_expensive")
PAIRS.append(rpair(
    "b218r_f09_houston_refrigerant_leak",
    "A homeowner in Houston, Texas calls the HVAC company to have a technician's report about a refrigerant leak explained.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))

# f10 Gold Coast, soft deck boards by the spa -- fault: talks about himself
O = c("G'day, we've got a couple of boards on our deck that have gone soft, and one's cracked right through. My mum nearly put her foot through it on Sunday.", None)
T1 = t("Glad she's alright. Is the rest of the deck solid, or are there other boards that feel spongy when you walk on them?")
C1 = c("Mostly solid. Maybe three boards near the spa are soft. It's about fifteen years old, treated pine.", None)
T2_BETTER = t("Near the spa makes sense, they get wet all the time. I'd replace those boards and check the joists underneath while they're up, because soft boards near water often mean the joist below is going too. If the joists are fine, it's about $350.")
C2_BETTER = c("And if they're not?", None)
T2_WORSE = t("Ah, treated pine near a spa, classic. I've been doing decks twenty-two years, seen it all. When I built my own place in Burleigh I did merbau with stainless screws, never had a problem, the missus loves it. Anyway, I'd replace those boards and check the joists underneath while they're up. If the joists are fine, about $350.")
C2_WORSE = c("Right... good for you. And if the joists aren't fine?", None)
T3 = t("Then I'd show you photos and give you a price before doing anything extra, usually another $150 to $250 a joist. Can I come and have a look Wednesday?")
C3 = c("Wednesday's fine. Mum'll be thrilled.", None)
PAIRS.append(rpair(
    "b218r_f10_goldcoast_soft_deck_boards",
    "A homeowner on the Gold Coast, Queensland calls a handyman about soft and cracked deck boards near the spa after her mother nearly fell.",
    better=[O, T1, C1, T2_BETTER, C2_BETTER, T3, C3],
    worse=[O, T1, C1, T2_WORSE, C2_WORSE, T3, C3],
))
