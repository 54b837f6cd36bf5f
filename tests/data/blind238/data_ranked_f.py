"""Ranked pairs f01-f10 (b238): both sides share every turn except one fault in `worse` and the customer's
reaction to it. Shared turns are the same Python variables. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
_open = c("Alright. I need six thermostatic radiator valves, but not the white ones you gave us last time. Two of them seized inside a year.", "bad_experience")
_t1 = t("Sorry about that. What are they for, a whole house or a few rooms?")
_c1 = c("Whole house, six rads, a rental in Roker. Combi boiler, microbore.", None)
_t3 = t("We've chrome ones from a different maker, about eleven pound each, and I've not had one back yet. Do you want the matching lockshields?")
_c3 = c("Eleven? The white ones were seven. Go on, with the lockshields, but that's dear.", "too_expensive")
_t4 = t("Six of each on your account. I'll box them up for you.")
PAIRS.append(rpair(
    "b238r_f01_sunderland_radvalves",
    "Plumbing merchant, Sunderland (UK): a plumber wants radiator valves, but not the kind that failed on him before. Fault in worse: argues with the customer.",
    better=[
        _open, _t1, _c1,
        t("Fair enough, no point fitting something you don't trust."),
        c("Exactly. I'm not going back to a landlord twice for the same job.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _open, _t1, _c1,
        t("To be fair, those white ones are a good valve. Nine times out of ten when they seize it's a dirty system with no inhibitor in it. It's not the valve."),
        c("Don't tell me it's the system, I flushed it myself. I'm not fitting them again. Have you got something else or not?", "bad_experience"),
        _t3, _c3, _t4,
    ],
))

# f02: doubts the customer's honesty
_open = c("Hi, I want to return this drum of 2.5 mil cable. The job got cancelled, it's never been cut. I've got the invoice here.", None)
_t1 = t("Thanks. Let me see the invoice... bought three weeks ago, that's fine. And the seal's still on the drum?")
_c1 = c("Ja, seal's on, you can see. The client pulled out, they ran out of money.", None)
_t3 = t("It's inside our thirty days, so I'll credit the full amount to your account today. Would you like a printed credit note?")
_c3 = c("Email is fine.", None)
_t4 = t("Done, it's on its way to your email now.")
PAIRS.append(rpair(
    "b238r_f02_johannesburg_cablereturn",
    "Electrical wholesaler, Johannesburg (South Africa): an electrician returns an unused, sealed cable drum. Fault in worse: doubts the customer's honesty.",
    better=[
        _open, _t1, _c1,
        t("Yes, the seal's intact, that's all I need to see."),
        c("Good. I didn't want to be stuck with a whole drum.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _open, _t1, _c1,
        t("Hmm. We do get people who use half a drum and rewind it. Are you sure it's never been touched?"),
        c("Are you calling me a liar? The seal is on it, you can see with your own eyes. Ten years I've bought here.", None),
        _t3, _c3, _t4,
    ],
))

# f03: drops the price before asking anything
_open = c("Morning, I'm after cake boxes for a bakery in Hessle. Do you do the windowed ones?", None)
_t2 = t("Ten-inch and eight-inch windowed both come in packs of a hundred. Do you need cake boards to go with them?")
_c2 = c("Boards we've got. How quick can you deliver?", None)
_t3 = t("Order by two and it's with you the next day.")
_c3 = c("Lovely. I'll have two packs of the tens and one of the eights.", None)
_t4 = t("I'll send the confirmation over now.")
PAIRS.append(rpair(
    "b238r_f03_hull_cakeboxes",
    "Packaging wholesaler, Hull (UK): a small bakery asks about windowed cake boxes. Fault in worse: offers a discount before asking anything.",
    better=[
        _open,
        t("Morning. We do. What sizes are you after, and roughly how many a week?"),
        c("Ten-inch mostly, some eight. About two hundred a week, more at Christmas.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    worse=[
        _open,
        t("We do, and I'll knock ten percent off the list price for you straight away, fifteen if you take a pallet."),
        c("Oh. I haven't even said what size. Ten-inch mostly, some eight, about two hundred a week. I've no use for a pallet.", "no_need"),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f04: an unasked lecture
_open = c("Hi, two drums of thick bleach and a box of the blue gloves, please. It's for the pub.", None)
_t1 = t("No problem. The five-litre drums or the twenty?")
_c1 = c("The fives, they're easier to lift.", None)
_t3 = t("Large gloves. That's forty-one euro twenty. On the account or card?")
_c3 = c("Card. Tap's fine.", None)
_t4 = t("There you go, the receipt's in the bag.")
PAIRS.append(rpair(
    "b238r_f04_drogheda_bleach",
    "Janitorial supplies counter, Drogheda (Ireland): a publican buys bleach and gloves. Fault in worse: an unasked safety lecture.",
    better=[
        _open, _t1, _c1,
        t("Five-litres it is. Gloves in large?"),
        c("Large, yeah.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _open, _t1, _c1,
        t("Five-litres it is. Just so you know, a lot of people mix bleach with other cleaners and it gives off chlorine gas, which is very dangerous, so your staff should never mix it with anything acidic, and you should have a COSHH sheet on file, and the drums really must be stored below shoulder height."),
        c("I've run a pub for twenty years, love, I know not to mix bleach. Gloves in large, please.", None),
        _t3, _c3, _t4,
    ],
))

# f05: a vague next step
_open = c("Hi, I dropped off a credit application last Monday for Dlamini Plastering. Any news? We start a big job on the 15th.", None)
_t1 = t("Let me check. Yes, it's here. The credit team have your bank statements, but they still need a copy of your CIPC registration.")
_c1 = c("Ag, I thought I sent it. I'll email it today. Will it be sorted before the 15th?", None)
_t3 = t("In the meantime you can still buy on card at the counter, and we'll switch you to the account as soon as it's approved.")
_c3 = c("Fine. I'll send the CIPC document now.", None)
_t4 = t("Thanks, I'll pass it straight on when it arrives.")
PAIRS.append(rpair(
    "b238r_f05_capetown_creditapplication",
    "Builders' merchant, Cape Town (South Africa): a plastering contractor chases a trade credit application. Fault in worse: a vague next step.",
    better=[
        _open, _t1, _c1,
        t("If it's in today, they usually decide within three working days, so by Thursday. I'll check with them Thursday morning and phone you before twelve either way."),
        c("Thursday before twelve. Okay, that works.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _open, _t1, _c1,
        t("They'll look at it when it comes in. We'll let you know."),
        c("When, though? I can't start a job with no materials. Maybe I should just try the other merchant.", "think_it_over"),
        _t3, _c3, _t4,
    ],
))

# f06: over-promises
_open = c("Hi, the compressor on our walk-in cold room has died and we've a wedding on Saturday. Can you get one?", None)
_t1 = t("Oh no. Do you know the make and model of the unit, or can you send me a photo of the rating plate?")
_c1 = c("Sent it to your WhatsApp there now.", None)
_t3 = t("I'm ordering it now. I'll text you at four with the dispatch news.")
_c3 = c("Grand, talk then.", None)
PAIRS.append(rpair(
    "b238r_f06_killarney_coldroom",
    "Catering refrigeration supplier, Killarney (Ireland): a hotel's cold-room compressor has failed days before a wedding. Fault in worse: over-promises a delivery it can't control.",
    better=[
        _open, _t1, _c1,
        t("Got it. That compressor isn't in stock here, the distributor in Dublin has them. If I order today it's normally on Thursday's van and our engineer fits it that afternoon, but I can't promise Thursday till they confirm dispatch, which I'll know by four. Could you line up a hired mobile cold room as a back-up, just in case?"),
        c("Okay, I'll ring around for a back-up. Better safe with a wedding.", None),
        _t3, _c3,
    ],
    worse=[
        _open, _t1, _c1,
        t("Got it. No problem at all, I'll have it in and fitted by Wednesday, guaranteed. You've nothing to worry about."),
        c("Brilliant, then I won't bother with a back-up. I've enough on this week.", None),
        _t3, _c3,
    ],
))

# f07: closes before checking the thing works
_open = c("Hiya, I need twenty LED downlights for a kitchen. The customer's keeping the old dimmer switches.", None)
_t1 = t("Okay. Twenty fire-rated downlights, warm white? Do you know what the dimmers are, the old rotary ones or newer ones?")
_c1 = c("Old rotary ones, from when the halogens went in. Fifteen years old, probably. And she won't pay for new switches, she's moaning about the bill already.", "no_money")
_t3 = t("Here you go. Keep the receipt, and ring me if you have any bother.")
_c3 = c("Will do, cheers.", None)
PAIRS.append(rpair(
    "b238r_f07_coventry_downlights",
    "Electrical wholesaler, Coventry (UK): an electrician buys LED downlights to run on old dimmers. Fault in worse: closes the sale before checking the lights will work on those dimmers.",
    better=[
        _open, _t1, _c1,
        t("Then I'd check before you buy twenty. Old dimmers made for halogens often make LEDs flicker or buzz, and their minimum load can be too high for a few LEDs on one switch. Take two of these, try them on one circuit tonight, and if they flicker we'll swap in LED-rated dimmers."),
        c("Good shout. I'd rather find out now than with the customer watching.", None),
        _t3, _c3,
    ],
    worse=[
        _open, _t1, _c1,
        t("These are dimmable, they'll be fine. Twenty at eight pounds fifty, that's a hundred and seventy. Shall I ring it through?"),
        c("Go on then. If they flicker I'll be back, mind.", None),
        _t3, _c3,
    ],
))

# f08: recommends before asking
_open = c("Morning. I need paint for the outside of a house in Bendor. Walls, about three hundred square metres.", None)
_t2 = t("Then scrape back the flaking and put a bonding primer on those patches, and fill the hairline cracks with a flexible filler. For the topcoat, a good exterior acrylic in the same cream is fine over old acrylic, about twelve twenty-litre drums for two coats.")
_c2 = c("Twelve drums plus primer and filler. Can you tint it to match what's there?", None)
_t3 = t("Bring me a chip from a hidden corner and we'll match it on the machine.")
_c3 = c("I'll bring one this afternoon.", None)
PAIRS.append(rpair(
    "b238r_f08_polokwane_exteriorpaint",
    "Trade paint counter, Polokwane (South Africa): a painter needs exterior paint for a house. Fault in worse: recommends a product before asking anything.",
    better=[
        _open,
        t("Morning. What's on the walls now, and what state are they in? Any flaking, damp, cracks?"),
        c("It's old acrylic, some flaking on the north side, and hairline cracks near the windows. The owner wants the same cream.", None),
        _t2, _c2, _t3, _c3,
    ],
    worse=[
        _open,
        t("Our premium elastomeric is what you want, it's the best we have. Twenty litres for two thousand one hundred rand."),
        c("Elastomeric? That's a lot more than I'd normally spend on a job like this. It's old acrylic, some flaking on the north side, hairline cracks by the windows.", "too_expensive"),
        _t2, _c2, _t3, _c3,
    ],
))

# f09: unexplained jargon
_open = c("Hello, I run a small café in Sligo and the kitchen gets very steamy. The builder said to get a bigger extractor fan. I don't know what to ask for.", None)
_t1 = t("Happy to help. How big is the kitchen, and where does the fan go out now, straight through the wall or up a duct?")
_c1 = c("Small, maybe three by four metres. It goes through the wall above the cooker. There's a toaster, a panini press and a big soup pot on all morning. And nothing dear, please, it's been a slow winter.", "no_money")
_t3 = t("It fits the hole you have now, and it's a quiet model; you'd hear it in the kitchen but not at the tables. I'll write it down for your builder.")
_c3 = c("Perfect, I'll take it.", None)
PAIRS.append(rpair(
    "b238r_f09_sligo_extractorfan",
    "Ventilation wholesaler, Sligo (Ireland): a café owner, not a tradesperson, needs a stronger kitchen extractor. Fault in worse: unexplained jargon.",
    better=[
        _open, _t1, _c1,
        t("Then a stronger wall fan, about twice the airflow of a standard one, should clear the steam. It takes the same size hole, so your builder won't need to cut anything new. It's about a hundred and forty euro."),
        c("Same hole is good. And it's not too loud? We've customers right beside the kitchen.", None),
        _t3, _c3,
    ],
    worse=[
        _open, _t1, _c1,
        t("You'll want a 150 mil axial with a backdraught shutter, around 300 metres cubed an hour at zero Pa, ideally with an overrun timer and a humidistat. About a hundred and forty euro."),
        c("Sorry, I've no idea what any of that means. Will it fit where the old one is? And is it loud? We've customers right beside the kitchen.", None),
        _t3, _c3,
    ],
))

# f10: talks about themselves instead of the customer
_open = c("Hi, I'm fitting a kitchen in Larkhall and the client wants a green splashback. About four square metres. What have you got?", None)
_t1 = t("We've a few greens. Is she after gloss or matt, plain or patterned?")
_c1 = c("Gloss, plain, a dark bottle green. She's sent me a photo of what she likes.", None)
_t3 = t("The handmade-look bottle green is in stock, about forty-five a square metre. Take three loose tiles to show her, and bring them back if she says no.")
_c3 = c("Perfect. I'll show her tonight, though knowing her she'll want to sleep on it.", "think_it_over")
PAIRS.append(rpair(
    "b238r_f10_bath_splashback",
    "Tile trade counter, Bath (UK): a kitchen fitter chooses splashback tiles for a client. Fault in worse: the trainee talks about their own kitchen.",
    better=[
        _open, _t1, _c1,
        t("Can I see the photo? ... That's close to our handmade-look bottle green. It varies a little tile to tile, which is the look she's after."),
        c("Yeah, that's the one. Is it in stock? She's fussy, mind.", None),
        _t3, _c3,
    ],
    worse=[
        _open, _t1, _c1,
        t("Ah, I love a bottle green. I did my own kitchen in it last year, took me three weekends, and my wife chose the grout and we nearly fell out over it, ha. I went for the handmade-look ones in the end."),
        c("Right... Is that one you've got in stock? She's sent me a photo, do you want to see it or not?", None),
        _t3, _c3,
    ],
))
