"""Ranked pairs f01-f10 (b199): both sides share every turn except one fault in `worse` and the customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: argues with the customer
_o = c("Hey, the boom height control on the sprayer you guys set up keeps diving into the ground on my terraces. Bent a nozzle body already.", None)
_t1 = t("That's not good, sorry. Does it happen on every terrace, or mostly when you cross them at an angle? And do you know what mode it's in?")
_c1 = c("Every terrace, worse when I'm going across them. It's in whatever mode you guys set it to.", None)
_t3 = t("He'll be there by eight. Until then, if you need to spray, switch it to manual and raise the boom a notch so it can't dive.")
_c3 = c("Alright. Eight.", None)
PAIRS.append(rpair(
    "b199r_f01_dodgecity_boomheight",
    "A farmer near Dodge City, Kansas calls the sprayer dealer because the boom height control they set up keeps hitting the ground on terraces.",
    better=[_o, _t1, _c1,
            t("Then it's likely our setup; the sensitivity was probably set for flat ground. I'll send our tech out tomorrow morning to set it up for terraces and replace the nozzle body, no charge. Does morning suit?"),
            c("Morning's good. Appreciate it.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("Honestly, that system works fine on terraces, we've got it on twenty sprayers round here. More likely it's how you're driving it, you've got to slow down across them. I'll send the tech out tomorrow morning anyway if you want."),
           c("I've been driving terraces for thirty years, son. It's the setup. Send him, and he'd better fix it.", None),
           _t3, _c3],
))

# f02 -- fault: doubts the customer's honesty
_o = c("G'day, Brett Mills here. My settlement for the sorghum's come through six tonne short of what my own weighbridge dockets say. That's a couple of grand.", None)
_t1 = t("G'day Brett. Six tonne is worth chasing. How many loads was it, and have you got your docket numbers handy?")
_c1 = c("Fourteen loads over three days. Got all the dockets here, yeah.", None)
_t3 = t("I'll go through them this afternoon and ring you by five with what I find. If a load's been booked to someone else, we'll correct the settlement this week.")
_c3 = c("Righto. Five o'clock.", None)
PAIRS.append(rpair(
    "b199r_f02_goondiwindi_sorghumweights",
    "A grower near Goondiwindi, Queensland rings the grain receival site because his settlement shows six tonnes less sorghum than his own dockets.",
    better=[_o, _t1, _c1,
            t("Good. Can you email me photos of all fourteen? I'll match them against our tickets load by load. On a busy day a load sometimes gets booked to the wrong grower."),
            c("Yeah, I'll send them through in the next hour.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("Our weighbridge is certified every year, so it's hard to see how it'd be us. Are you sure your dockets are right, and you're not counting a load that went somewhere else? Email me photos of all fourteen and I'll match them against our tickets."),
           c("Are you saying I'm making it up? Every one of those loads went to you. I'll send them, but I'm not happy.", None),
           _t3, _c3],
))

# f03 -- fault: drops the price before asking anything
_o = c("Hello. I want to see your knapsack sprayers. Mine is old and leaking.", None)
_t2 = t("For one acre of coffee with fungicide, I'd take the sixteen litre one with the brass pump and nozzle. It's four thousand two hundred, and the seals can be replaced, so it lasts. The cheap plastic one usually leaks within a season.")
_c2 = c("Four thousand two hundred. Hmm. The plastic one is how much?", None)
_t3 = t("Two thousand five hundred. It will work, but with fungicide every two weeks I think you'd be back here next year.")
_c3 = c("Okay, give me the brass one.", None)
PAIRS.append(rpair(
    "b199r_f03_embu_knapsack",
    "A coffee and banana farmer near Embu asks an agrovet to show him knapsack sprayers.",
    better=[_o,
            t("Welcome. We have three kinds. What will you be spraying mostly, and how big is the farm?"),
            c("Coffee, about one acre, and some bananas. Mostly fungicide for the coffee.", None),
            _t2, _c2, _t3, _c3],
    worse=[_o,
           t("Welcome. We have three kinds. For you, I can give ten percent off any of them today. What will you be spraying, and how big is the farm?"),
           c("Ten percent already, before I even look? Then your prices must be high. Coffee, about one acre, and some bananas, mostly fungicide.", "too_expensive"),
           _t2, _c2, _t3, _c3],
))

# f04 -- fault: an unasked lecture
_o = c("Hi, it's Ann Koenig. I need four bags of the twenty-twenty milk replacer for the calves, on Thursday's delivery with my usual feed.", None)
_t1 = t("Hi Ann. Four bags of twenty-twenty on Thursday's truck. Are you on the same calf numbers, or should I check that's enough to the next delivery?")
_c1 = c("Eleven calves on milk right now, two more due this week. Four bags should get me two weeks.", None)
_t3 = t("Got it. The driver will be there between ten and noon Thursday, and the invoice comes with the feed.")
_c3 = c("Great, thanks.", None)
PAIRS.append(rpair(
    "b199r_f04_dubuque_milkreplacer",
    "A dairy farmer near Dubuque, Iowa calls the feed store to add milk replacer to her regular delivery.",
    better=[_o, _t1, _c1,
            t("That works out about right for thirteen calves at your rate. I'll add them to Thursday's order, same price as last time, eighty-nine a bag."),
            c("Perfect, that's what I hoped.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("That works out. Just so you know, a lot of calf problems start at birth, so make sure every calf gets four quarts of good colostrum in the first hour, and you should really be testing it with a refractometer, and keep those bottles sanitized... anyway, I'll add them to Thursday's order, eighty-nine a bag."),
           c("I've raised calves for twenty-five years, I think I've got colostrum figured out. Just the milk replacer, thanks.", None),
           _t3, _c3],
))

# f05 -- fault: a vague next step
_o = c("Hi, you put in a concrete tank at our place last year, out at Bogan Gate. There's a crack down one side now and it's weeping. We're on tank water for the house.", None)
_t1 = t("That's worrying, especially on house water. Is it just a weep, or is the level actually dropping? And have you got the invoice or install date handy?")
_c1 = c("It's dropped about a foot in a week. Installed March last year, I've got the invoice here.", None)
_t3 = t("If it keeps dropping, use the water for the house first, and fill a few drums from it so you don't lose it all.")
_c3 = c("Yeah, we will.", None)
PAIRS.append(rpair(
    "b199r_f05_parkes_tankcrack",
    "A farming family near Parkes, NSW ring the tank company because a concrete tank installed last year has cracked and is leaking.",
    better=[_o, _t1, _c1,
            t("That's within the warranty. I'll book Steve, our repairer, for Tuesday morning; he seals it from the inside, so the level needs to be below the crack by then. I'll text you his arrival window Monday afternoon."),
            c("Tuesday's fine. We'll run it down over the weekend.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("That should be within warranty. I'll pass it on to the repair team and someone will be in touch to sort something out."),
           c("When, though? We're losing water every day. I need something a bit more definite than someone'll be in touch.", None),
           _t3, _c3],
))

# f06 -- fault: over-promises
_o = c("Hello, I need ploughing for ten acres at Njoro. The rains are expected in two weeks. Can you do it?", None)
_t1 = t("Hello. Yes, we plough in Njoro. Has the land been ploughed before, and is the ground hard now or still soft?")
_c1 = c("It was maize last season, the stalks are still there. The ground is hard, it has been dry.", None)
_t3 = t("I'll send you the driver's number by SMS today. You pay the five thousand deposit when he arrives on your land, not before.")
_c3 = c("Okay, that is fair. Send it.", None)
PAIRS.append(rpair(
    "b199r_f06_njoro_tractorhire",
    "A farmer near Njoro, Nakuru County calls a tractor-hire service to plough ten acres before the rains.",
    better=[_o, _t1, _c1,
            t("Hard ground with stalks needs ploughing and then harrowing a few days later. We are heavily booked this week, so the earliest is Tuesday and Wednesday for the ploughing and the harrowing the week after, still before the rains. It's three thousand five hundred an acre for the ploughing."),
            c("Tuesday is fine. Before the rains, that is what matters.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("No problem at all, we can come tomorrow, plough and harrow everything in one day, and it will be ready to plant immediately. It's three thousand five hundred an acre for the ploughing."),
           c("Tomorrow, ten acres, ploughed and harrowed in one day? Last year another hire man promised me the same and came after the rains. Are you sure?", "bad_experience"),
           _t3, _c3],
))

# f07 -- fault: closes before checking the thing works
_o = c("So is it all hooked up? I'm planting Monday and I need this thing to hold a straight line with the planter on.", None)
_t1 = t("It's all wired in. Which correction signal did you go with, the free one or the RTK subscription? That decides how straight it'll be.")
_c1 = c("I bought the RTK. I want the passes to match up, no overlaps.", None)
_t3 = t("And if anything doesn't track right Monday, our support line is open seven days during planting, and I can be out within a few hours.")
_c3 = c("Alright.", None)
PAIRS.append(rpair(
    "b199r_f07_decatur_rtkguidance",
    "A farmer near Decatur, Illinois is with the dealer's technician as a GPS guidance system is finished on his tractor before planting.",
    better=[_o, _t1, _c1,
            t("Then before I sign it off, let's hook the planter on and run a few passes in the lot, so I can check the RTK fix and that it holds the line with the planter's weight. Twenty minutes."),
            c("Good idea. Let me go get the planter.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("Great, then you're all set. If you sign here I'll close out the work order and you're good to go Monday."),
           c("Hang on. You haven't even run it with the planter on. What if it wanders Monday morning?", None),
           _t3, _c3],
))

# f08 -- fault: recommends before asking
_o = c("Hi, I'm ringing from Wando Vale. We've got some weaners doing poorly, losing condition. The boss asked me to ring and see what we should do.", None)
_t2 = t("Twenty out of three hundred, native pasture and lick, drenched at weaning. It could be worms, but it could also be tick fever, or just not enough protein in the dry. I'd like to come out Thursday and do worm egg counts and a blood test on a few of the poor ones before treating anything.")
_c2 = c("What'll that cost roughly? The boss'll ask.", None)
_t3 = t("About four hundred for the visit and the tests. Cheaper than drenching three hundred head for nothing.")
_c3 = c("Fair enough. I'll tell him Thursday.", None)
PAIRS.append(rpair(
    "b199r_f08_charterstowers_weaners",
    "A station hand near Charters Towers, Queensland rings the vet because some weaners are losing condition.",
    better=[_o,
            t("Thanks for ringing. How many are affected out of the mob, what are they eating, and have they been drenched or vaccinated since weaning?"),
            c("About twenty out of three hundred. They're on native pasture with a lick. Drenched at weaning, no vaccines since then I don't think.", None),
            _t2, _c2, _t3, _c3],
    worse=[_o,
           t("Sounds like worms. Give the whole mob a pour-on drench, the long-acting one, and they'll pick up. How many are affected, and what are they eating?"),
           c("Drench them all again? They were done at weaning. It's about twenty out of three hundred, on native pasture with a lick. The boss won't want to drench the lot if it's not worms.", "no_need"),
           _t2, _c2, _t3, _c3],
))

# f09 -- fault: unexplained jargon
_o = c("Good afternoon. Last year the maize failed because of the dry spell in June, I lost everything. Someone said you have insurance for this. How does it work?", None)
_t1 = t("Good afternoon. Sorry about last year. How many acres do you plant, and do you buy your inputs on your own or through a group?")
_c1 = c("Four acres. I buy on my own, but I am in a farmers group at church.", None)
_t3 = t("You can sign up with your group here at the field day, and the premium is paid by M-Pesa before planting.")
_c3 = c("Let me first talk to the group chairman.", "think_it_over")
PAIRS.append(rpair(
    "b199r_f09_kitale_weatherindex",
    "A maize farmer near Kitale asks an insurance agent at a farmers' field day about cover for drought.",
    better=[_o, _t1, _c1,
            t("For dry spells we have cover where nobody needs to come and inspect your farm. We measure the rain in your area by satellite. If the rain in the important months is below a set amount, everyone insured in that area is paid automatically, by M-Pesa. For four acres it is about one thousand eight hundred shillings a season."),
            c("So even if my neighbour's maize looks fine, if the rain was low, I get paid? Okay, I understand.", None),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("We have an area-yield index product and a weather index product using satellite-derived rainfall estimates. Payouts trigger when the index falls below the strike level, subject to basis risk of course. For four acres the premium is about one thousand eight hundred shillings."),
           c("Index, strike, basis... I don't understand these words. Will I get paid if my maize dries or not?", None),
           _t3, _c3],
))

# f10 -- fault: talks about himself instead of the customer
_o = c("Hi, I've got about three miles of old barbed wire fence on the west pasture that needs replacing. Posts are rotting. Wondering what you'd charge.", None)
_t1 = t("Sure. Is it cattle on both sides, and are you thinking barbed again or something else? Any creeks or rough ground along the line?")
_c1 = c("Cattle one side, neighbor's hay ground the other. Barbed's fine, four strand. There's one creek crossing.", None)
_t3 = t("I'll bring a layout and the price sheet when we walk it, so you've got something to compare. Tuesday or Thursday?")
_c3 = c("Thursday, morning.", None)
PAIRS.append(rpair(
    "b199r_f10_pierre_pasturefence",
    "A rancher near Pierre, South Dakota calls a fencing contractor about replacing three miles of pasture fence.",
    better=[_o, _t1, _c1,
            t("Four-strand barbed, three miles, one creek crossing. I'd use steel T-posts with wood braces every quarter mile, and a floating water gap at the creek so it doesn't wash out. Ballpark, four-fifty a foot installed, so around seventy thousand. I can walk the line with you next week to firm it up."),
            c("Seventy's more than I hoped, but it's about what I figured. Next week's fine.", "too_expensive"),
            _t3, _c3],
    worse=[_o, _t1, _c1,
           t("Four-strand barbed, sure. You know, I've been building fence out here twenty-two years, started with my dad, and we've done most of the big ranches in Stanley County. We built that long river line back in '09, now that was a job. Anyway, ballpark, four-fifty a foot installed, so around seventy thousand. I can walk the line with you next week."),
           c("Okay... not sure what that job has to do with mine. Seventy's more than I hoped. And what about the creek?", "too_expensive"),
           _t3, _c3],
))
