"""Ranked pairs d01-d10 (b238): two decent conversations, `better` better in a way a coach would agree with. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01: diagnoses before recommending
_open = c("Hi, I've a customer in Lucan giving out that the shower's weak. I'm thinking a booster pump. What have you got?", None)
PAIRS.append(rpair(
    "b238r_d01_dublin_showerpump",
    "Plumbing wholesaler, Dublin (Ireland): a plumber asks for a shower pump for an elderly customer's weak shower.",
    better=[
        _open,
        t("Before the pump, is the shower fed off a cold tank in the attic, or off the mains? It makes a big difference to what'll work."),
        c("Cold tank in the attic, cylinder in the hot press. Although, come to think of it, it's an electric shower.", None),
        t("Ah, an electric shower runs off the mains cold, so a pump on the tank won't help it at all. What's the mains pressure like at the kitchen tap? A quick bucket test would tell you."),
        c("I didn't check. To be fair, I was going to whack a pump in and be done. She's a pensioner, she's not flush.", None),
        t("Then do the flow test first. If the mains is decent, it's likely a scaled-up head or a tired shower unit, and that's a forty euro fix, not a four hundred one. If the mains is poor, come back and we'll look at an accumulator."),
        c("Fair play, that could save her a few quid. I'll test it tomorrow and ring you.", None),
    ],
    worse=[
        _open,
        t("We've the twin-impeller one most lads use, three hundred and eighty trade. Quiet and easy to fit."),
        c("Right. It's an electric shower, mind. Does that matter?", None),
        t("For an electric shower you'd need a single cold pump instead, around two-ninety. Check the shower maker allows pumping it, some don't."),
        c("Two-ninety's a lot for her, she's a pensioner. I'd want to check with her first.", "think_it_over"),
        t("No problem, I'll print you both prices. Ring me when you've spoken to her."),
        c("Will do, thanks.", None),
    ],
))

# d02: digs into the real reason
_open = c("Hi, I've a thirty-day account with you. Any chance of moving it to sixty days? Things are a bit tight.", None)
PAIRS.append(rpair(
    "b238r_d02_stockport_creditterms",
    "Builders' merchant, Stockport (UK): a small builder asks to move his account from thirty to sixty days.",
    better=[
        _open,
        t("Possibly, but sixty days goes to the credit committee, so let me understand it first. What's making thirty days tight at the minute, one job or all of them?"),
        c("Mainly one. Housing association job, they pay sixty days after invoice and I'm buying the materials up front. The rest of my work's fine.", None),
        t("So it's one contract on sixty-day terms, not the whole business. Rather than change your whole account, we can open a separate job account for that contract on sixty days and keep your normal one on thirty. The committee passes those far more easily when there's a contract to show. Would that cover you?"),
        c("That'd be better, actually. I didn't know you could do that. What do you need from me?", None),
        t("A copy of the contract showing their payment terms, and your estimate of the materials for it. Send them over and I'll put it to the committee on Tuesday; you'll hear from me Wednesday."),
        c("I'll email them this afternoon.", None),
    ],
    worse=[
        _open,
        t("I can put a request in for sixty days. It goes to the credit committee and they usually want two years' accounts and a good payment history. You've always paid on time, so that's in your favour."),
        c("Right. I've only one year's accounts, I've not been going two years yet.", None),
        t("Then it might be a no this time, I'll be honest. You could try again next year. Or we could look at a higher limit on thirty days, if that helps."),
        c("A higher limit doesn't really help, it's the timing that's the problem. I'll have a think.", "think_it_over"),
        t("No problem. If you want the request put in anyway, just let me know."),
        c("Okay, cheers.", None),
    ],
))

# d03: diagnoses the real cost before offering a cheaper box
_open = c("Hello. We sell spice blends online from Durban and the boxes are costing us too much. I need something cheaper.", None)
PAIRS.append(rpair(
    "b238r_d03_durban_spicemailers",
    "Packaging wholesaler, Durban (South Africa): an online spice seller wants cheaper boxes.",
    better=[
        _open,
        t("Let's see what we can do. Which box are you using now, and what goes in a typical order? How many jars or packets?"),
        c("The 200 by 150 by 100 single-wall. Most orders are two or three packets of spice, flat pouches. Some people order only one.", None),
        t("Flat pouches, so that box is mostly air, and you may be paying the courier for the size too. Have you looked at a flat mailer? For one to three pouches, a small kraft mailer costs about a third of the box, and the courier rate is usually lower as well."),
        c("Serious? I never thought about the courier side. But we tried plastic bags once from another company and half of them arrived split open.", "bad_experience"),
        t("Those were probably thin poly bags; kraft mailers are much stiffer, and pouches can take a bit of squashing, unlike jars. I'll give you twenty mailers to send to some regulars first and see how they arrive. Keep the boxes for the bigger orders."),
        c("That sounds good. Give me the twenty.", None),
    ],
    worse=[
        _open,
        t("Sure. Which box are you on now?"),
        c("The 200 by 150 by 100 single-wall.", None),
        t("We've a cheaper one in recycled board, same size, about fifteen percent less. And if you take two thousand instead of five hundred, the price drops another ten percent."),
        c("I don't have space for two thousand. But I'll try the recycled ones, same size.", None),
        t("Good choice. I'll send five hundred with your next order."),
        c("Thanks.", None),
    ],
))

# d04: low-risk next step (a demo) and fits the person
_open = c("Hiya, I'm the caretaker at a secondary school in Ballincollig. The principal says I can look at getting a floor scrubber. What would you recommend?", None)
PAIRS.append(rpair(
    "b238r_d04_cork_schoolscrubber",
    "Janitorial equipment supplier, Cork (Ireland): a school caretaker asks about a floor scrubber-dryer.",
    better=[
        _open,
        t("Good stuff. What floors have you got, and how much of them? Corridors, sports hall, classrooms?"),
        c("Long corridors mostly, vinyl, and the canteen. The sports hall's sprung wood, I don't go near that with water. I'm on my own doing it in the evenings.", None),
        t("So vinyl corridors and the canteen, one man, evenings, and leave the hall alone. A battery walk-behind with a 50 cm head would suit, no cable to trip over in the corridors. They're about four and a half thousand. Before the school spends that, would you like one for a week on demo, to see if it really saves you time?"),
        c("A demo'd be great. The principal will want to know it's worth it, though. Money's very tight, it's a school.", "no_money"),
        t("Then use the week to time a corridor with the mop against the machine; that's the figure she'll want. I'll drop it out Monday and show you how it works."),
        c("Monday after half three, I'll be around then.", None),
    ],
    worse=[
        _open,
        t("For schools most go for a battery walk-behind scrubber-dryer, the 50 cm one. It's about four and a half thousand and it'll do most floors."),
        c("Most floors? The sports hall is wood, I wouldn't want water on it.", None),
        t("True, don't use it on the sprung floor. It's grand on vinyl and tiles. I'll send you a brochure and a quote for the principal."),
        c("Okay. She'll want to think about it, it's a lot of money for a school.", "think_it_over"),
        t("No problem. The quote is good for sixty days."),
        c("Right, thanks.", None),
    ],
))

# d05: honest about limits, checks before selling
_open = c("Hiya. I'm a landlord, I've two flats in Dennistoun and I need the smoke alarms brought up to the new Scottish rules. What do I need?", None)
PAIRS.append(rpair(
    "b238r_d05_glasgow_smokealarms",
    "Electrical wholesaler, Glasgow (UK): a small landlord asks for interlinked alarms for two flats.",
    better=[
        _open,
        t("I can tell you what's usually needed and sell you the kit, but the exact layout depends on each flat, so it's worth checking against the guidance. Generally it's a smoke alarm in the living room, one in each hall and landing, and a heat alarm in the kitchen, all linked. Are there gas appliances in the flats?"),
        c("Gas boiler in both, aye. And one of them has an open fire the tenant uses.", None),
        t("Then you'll also want a carbon monoxide alarm by each boiler and one in the room with the fire. Are you fitting them yourself? Mains-wired ones need an electrician; the sealed ten-year battery ones that link by radio you can fit yourself."),
        c("I was going to do it myself, but I'm not touching mains. How much for the battery ones?", None),
        t("For a typical one-bed, the radio-linked set with a CO alarm is about a hundred and sixty pounds, the flat with the fire a bit more. If you send me a rough sketch of each flat's rooms, I'll check the list before you buy."),
        c("Grand, I'll send the sketches tonight.", None),
    ],
    worse=[
        _open,
        t("You need interlinked alarms. This is our radio-linked kit, smoke, heat and a CO alarm, a hundred and forty-nine pounds. It covers a standard flat."),
        c("Is one kit enough per flat? One of them has an open fire.", None),
        t("You'd want an extra CO alarm for the room with the fire, that's twenty-five pounds. Anything else?"),
        c("No, I think that's it. I'll take two kits and the extra alarm.", None),
        t("Perfect, I'll ring them through. Keep the receipt in case you need to swap anything."),
        c("Cheers.", None),
    ],
))

# d06: finds the real bottleneck instead of selling the bigger machine
_open = c("Hi, I've a wee café near the Cathedral Quarter and the queue in the morning is out the door. I'm thinking I need a bigger coffee machine.", None)
PAIRS.append(rpair(
    "b238r_d06_belfast_espresso",
    "Catering equipment supplier, Belfast (UK): a café owner with a morning queue asks about a bigger espresso machine.",
    better=[
        _open,
        t("Good problem to have. What are you running now, and how many of you are on in the rush?"),
        c("A two-group, about five years old. Two of us in the morning. One on coffee, the other takes orders and does the food.", None),
        t("A two-group can turn out a good couple of hundred an hour with both groups going. When the queue builds, what's the barista waiting on: the grinder, the milk, or the machine itself?"),
        c("Hmm. The grinder, probably. We've the one grinder and she's dosing by hand, and we swap the beans over for decaf.", None),
        t("Then a bigger machine may not fix it. A second on-demand grinder, one for house and one for decaf, would likely speed you up more, and it's about a fifth of the price of a three-group. Would you like to borrow one for a week and see if the queue moves?"),
        c("Aye, I'd try that. A lot cheaper than a new machine.", None),
    ],
    worse=[
        _open,
        t("Good problem to have. What are you running now?"),
        c("A two-group, about five years old. Two of us in the morning.", None),
        t("A three-group would give you more capacity. We've one at about nine thousand, and I'd give you a trade-in on the old one, maybe twelve hundred."),
        c("Nine grand's steep for a café this size.", "too_expensive"),
        t("Understandable. There's a lease option as well, about two hundred a month. I'll send you both prices."),
        c("Aye, email them over. I'll have a look when things quieten down.", "brush_off"),
    ],
))

# d07: adapts to a terse, busy customer
_open = c("Ja, hi. Foreman at the Irene site. I need a plate compactor tomorrow, six o'clock. Quick please, I'm on the slab.", None)
PAIRS.append(rpair(
    "b238r_d07_centurion_platecompactor",
    "Plant hire depot, Centurion (South Africa): a busy site foreman phones to book a plate compactor.",
    better=[
        _open,
        t("Sure. Standard petrol plate, for the sub-base under the slab? Delivered to the Irene site gate at six?"),
        c("Ja, standard. Two days.", None),
        t("Done. Two days, delivered at six, six hundred and eighty rand all in. Same account as last month, Steyn Civils?"),
        c("Same account. Driver must phone Johan, not me.", None),
        t("Johan's number on file ends in 221, still right?"),
        c("Still right. Thanks.", None),
    ],
    worse=[
        _open,
        t("Sure. So we've three plate compactors: the light 60 kilo for paving, the standard 90 kilo petrol for sub-base, and the 400 kilo reversible for deeper layers. For under a slab I'd go standard, unless your layers are over 200 mil, then the reversible's better, that one's about nine hundred a day."),
        c("Standard. Two days. I'm busy, man.", None),
        t("No problem. Two days standard is six hundred and eighty rand all in, delivered at six. Which account, and who should the driver call on site?"),
        c("Steyn Civils. Driver must phone Johan.", None),
        t("Got it, booked for six tomorrow."),
    ],
))

# d08: finds the cause so the replacement doesn't fail the same way
_open = c("Morning. I had forty lengths of redwood off you last week for a staircase job, and a good few have twisted on me. Not happy.", None)
PAIRS.append(rpair(
    "b238r_d08_wexford_twistedtimber",
    "Timber merchant, Wexford (Ireland): a joiner complains that timber for a staircase has twisted.",
    better=[
        _open,
        t("Sorry to hear it. How many have twisted, and where's it been kept since it came, inside or out?"),
        c("Eight or nine. It's in the client's new extension, and they've the heating on full blast to dry out the plaster.", None),
        t("That'll do it; fresh timber in a hot room that's drying out moves fast. I'll replace the worst ones, no charge, but if the new ones go into the same room they'll do the same. Could you stack them flat with spacers in a cooler room or the garage for a few days before you cut?"),
        c("The garage, aye, I can do that. Can you swap them this week? I'm behind as it is.", None),
        t("I'll send nine out Thursday and the driver will take the twisted ones back. If any more move after a week in the garage, ring me."),
        c("Grand, that's fair.", None),
    ],
    worse=[
        _open,
        t("Sorry to hear that. How many have twisted?"),
        c("Eight or nine.", None),
        t("I'll replace them, no charge. I can have nine out to you Thursday and the driver will take the bad ones back."),
        c("Grand. I hope these ones are better, I'm behind as it is.", None),
        t("They should be, it's a new batch. Sorry again for the trouble."),
        c("Right so.", None),
    ],
))

# d09: asks about the roof before recommending, gives honest options
_open = c("Hiya, I'm pricing a flat roof re-do on a kitchen extension in Canton, about eighteen square metres. What would you use these days?", None)
PAIRS.append(rpair(
    "b238r_d09_cardiff_flatroof",
    "Roofing supplies merchant, Cardiff (UK): a roofer asks what to use on a small flat roof.",
    better=[
        _open,
        t("Depends a bit on the roof. Is it just a roof, or will anyone walk on it, like a terrace off a bedroom? And what's on there now?"),
        c("Old felt, it's had it. No one walks on it, but the customer wants a roof lantern put in the middle.", None),
        t("No foot traffic, and a lantern to detail round. Rubber in one sheet is cheap and simple, but the lantern upstand is fiddly in it; fibreglass is easier to form round an upstand and it's a bit dearer. Have you done much fibreglass?"),
        c("A bit of both. I'm quicker with rubber, honestly. But the customer's nervous about leaks round the lantern.", None),
        t("Then rubber's fine as long as you use the pre-formed corners for the upstand, they take the fiddle out of it. I'll price rubber with the lantern kit and fibreglass side by side, so you can see the gap before you quote."),
        c("Spot on, send both over.", None),
    ],
    worse=[
        _open,
        t("Most lads use EPDM rubber now. One sheet, cheap, lasts twenty years and more. For eighteen square metres with adhesive and trims you're about four hundred and fifty pounds."),
        c("There's a roof lantern going in the middle too.", None),
        t("That's fine, you dress the rubber up the upstand. I'll add a tin of bonding adhesive for it and email you the price today."),
        c("Okay, that'll do me for the quote.", None),
        t("Grand. It'll be with you by lunchtime."),
    ],
))

# d10: checks the site before a costly crane delivery
_open = c("Morning. I need the roof trusses for plot 14 delivered on a crane wagon next Wednesday. The site's in Musselburgh.", None)
PAIRS.append(rpair(
    "b238r_d10_musselburgh_trusses",
    "Builders' merchant, Edinburgh area (UK): a site manager books a crane-wagon delivery of roof trusses.",
    better=[
        _open,
        t("Morning, can do. The crane needs to reach the wall plate from the road. How far in from the road is the plot, and is there anything overhead, phone lines, power cables?"),
        c("It's on the back row, maybe twenty-five metres in. There's a phone line across the front of it, come to think of it.", None),
        t("Twenty-five metres with a line in the way, so our standard wagon might not reach safely. Our driver can call in on Friday and look; ten minutes, and it saves a wasted trip. If it won't reach, we land them on the ground by the plot or you book a separate crane. Is that okay?"),
        c("Aye, better that than a wagon turning up and not lifting. Friday's bad, though, I've building control in all morning.", "no_time"),
        t("Then he can come Friday after one, or Thursday teatime if that suits better. I'll pencil in Wednesday and confirm after his visit."),
        c("Thursday teatime. Sound.", None),
    ],
    worse=[
        _open,
        t("Morning. I can book the crane wagon Wednesday, first drop at eight. The crane lifts them onto the wall plate, so have a couple of lads ready to guide them."),
        c("Good. Eight's fine. It's the back row, mind, plot 14.", None),
        t("No problem, I'll note back row, plot 14. The driver will ring you when he leaves the yard."),
        c("Sound, cheers.", None),
        t("You're welcome. I'll email the booking confirmation this afternoon."),
    ],
))
