"""Ranked pairs d01-d10 (b232): two decent conversations with the same customer; `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 Brisbane kitchen showroom: island bench in a galley kitchen
_open = c("Hi, we're after a quote for a kitchen island. We've seen them on the renovation shows and we'd love one.", None)
PAIRS.append(rpair(
    "b232r_d01_brisbane_kitchen_island",
    "A home owner in a Brisbane kitchen showroom asks for a quote on an island bench; her kitchen is a narrow galley.",
    better=[
        _open,
        t("Lovely. Before I price it, tell me about the kitchen you've got now. How big is the space, and what's bugging you about it?"),
        c("It's a galley, maybe three metres wide. What bugs me is there's nowhere to put anything down, and the kids do homework at the dining table so I can't see them while I cook.", None),
        t("So it's bench space, and keeping an eye on the kids. In a three-metre galley an island usually leaves under a metre to walk past, which gets tight with the oven door open. Could a peninsula off the end do the same job? More bench, stools on the other side for homework, facing you."),
        c("Oh. I hadn't thought of that. Is it cheaper?", None),
        t("Usually a bit, because there's no separate plumbing or power run. Roughly fourteen to eighteen thousand with a stone top. I'd like to measure before I promise anything; the island might still fit if the room's wider than you think."),
        c("Let's get you out to measure then. My husband will want to see both options before we decide, though.", "think_it_over"),
        t("Of course. I'll draw both up so you can compare them side by side. Is Saturday good, so he's there?"),
    ],
    worse=[
        _open,
        t("Lovely, islands are really popular. How big would you like it, and do you want a sink or cooktop in it, or just bench?"),
        c("Just bench, I think. Maybe two metres? Somewhere for the kids to do homework.", None),
        t("Great. A two-metre island with a 20 mil stone top and storage underneath would be around sixteen to twenty thousand installed. We can add stools and pendant lights too."),
        c("Okay, that's roughly what we were thinking. What's the next step?", None),
        t("I'll send a designer out to measure and draw it up. Is Saturday good?"),
        c("Saturday's good. My husband will want to see it before we decide, though.", "think_it_over"),
        t("No problem, the designer will bring the plans and samples so you can both go through them."),
    ],
))

# d02 Cape Town paint shop: landlord repainting a rental in a designer matt
_open = c("Hi, I'm repainting a two-bed flat I rent out. I want that warm grey, Pebble Shore, in matt. How much will I need?", None)
PAIRS.append(rpair(
    "b232r_d02_capetown_rental_repaint",
    "A landlord in a Cape Town paint shop asks for a designer grey in matt for a rental flat he repaints between tenants.",
    better=[
        _open,
        t("Happy to work it out. Before I do, how often do you repaint between tenants, and do you do the touch-ups yourself?"),
        c("Every two or three years. And yes, I do the touch-ups, usually when someone moves out and there are marks everywhere.", None),
        t("Then two things could save you money. Matt looks great but it marks easily and doesn't wipe, so you end up repainting whole walls. A washable low-sheen in the same colour hides scuffs and wipes clean. And keep the tint code on file, so touch-ups always match even if the colour card changes."),
        c("Hmm. I'd rather stick with matt, I like the look. The agent says soft greys let faster.", "no_need"),
        t("Then keep Pebble Shore, just in low-sheen; from a few steps back most tenants won't see the difference, but you will when you're cleaning. For two bedrooms, lounge and passage, two coats is usually about twenty litres. If you give me the room sizes I'll check it."),
        c("Fine, twenty litres low-sheen then. What's that come to?", None),
        t("About two thousand eight hundred rand. I'll print the tint code on a sticker for your files."),
    ],
    worse=[
        _open,
        t("Pebble Shore is lovely. How big is the flat, and is it walls only or ceilings too?"),
        c("Two bedrooms, lounge, passage. Walls only, the ceilings are fine.", None),
        t("Then for two coats you'll need about twenty litres. In matt, that's around two thousand six hundred rand."),
        c("Okay. Will it cover the old colour? It's a kind of yellow at the moment.", None),
        t("Pebble Shore covers well, but over yellow you'll want a full second coat, which is already in the twenty litres."),
        c("Fine. I'll take it.", None),
        t("Great, I'll get it tinted for you, about ten minutes."),
    ],
))

# d03 Manchester tool hire: mini digger for a terrace back garden
_open = c("Morning. I want to hire a mini digger for the weekend to dig out the back garden for a patio.", None)
PAIRS.append(rpair(
    "b232r_d03_manchester_digger_access",
    "A terraced-house owner in Manchester wants a mini digger for a patio dig; the only access is a narrow back alley.",
    better=[
        _open,
        t("Morning. How big is the patio area, and how deep are you going? And how do you get into the back garden, is there a side gate or a passage?"),
        c("About five by four, and the guy on YouTube said 150 mil down. It's a terrace, so you get in through the ginnel at the back. It's a bit narrow, maybe eighty centimetres between the walls.", None),
        t("Then a mini digger won't get through, the smallest is about a metre wide. A micro digger at seventy centimetres will, just. But five by four at 150 mil is about three tonnes of soil, and getting that out is the bigger job. Where's the spoil going?"),
        c("Honestly, no idea. A skip, I suppose? I've only got the weekend, so it needs to be quick.", None),
        t("A skip on the street and barrowing through the ginnel works. Micro digger for the weekend is one-forty, and a six-yard skip for the Friday. Send me a photo of the ginnel with a tape measure in it and I'll confirm the width before you pay anything."),
        c("That's a good shout. I'll send the photo tonight.", None),
    ],
    worse=[
        _open,
        t("Morning. How big's the area and how deep?"),
        c("About five by four, 150 mil down.", None),
        t("That's a half-day job with a 1.5 tonne mini digger. It's one-eighty for the weekend, delivered Friday afternoon, collected Monday. You'll need a skip for the soil as well."),
        c("Right. Can you do the skip too?", None),
        t("We can, a six-yard is two-twenty. Just make sure your access is wide enough for the digger, it's about a metre."),
        c("Should be fine. Book it.", None),
        t("Booked for Friday. I'll text you the delivery window."),
    ],
))

# d04 Pretoria furniture store: leather couch, two cats
_open = c("Morning. We've just moved into our first house and we're looking at that brown leather couch in the window. Is it any good?", None)
PAIRS.append(rpair(
    "b232r_d04_pretoria_leather_couch_cats",
    "A first-time home owner in a Pretoria furniture store asks about a full-grain leather couch; she has two cats.",
    better=[
        _open,
        t("Morning, and congratulations. It is a good couch, full-grain leather, solid frame. How will you use it? Who's sitting on it, any pets?"),
        c("Me and my partner, movie nights mostly. And two cats. They're a bit destructive, to be honest.", None),
        t("Two cats changes things. Claws mark leather, and on full-grain every scratch shows. If you love the look, a pigmented leather hides marks better. Or there's a tight-weave performance fabric over there that cats tend to leave alone because their claws can't hook in. Want to feel both?"),
        c("Ja, show me. The leather one was nineteen thousand, which was already pushing our budget.", "no_money"),
        t("The performance fabric one is fourteen and a half. Take a swatch home and let the cats test it. I'd rather you do that than come back in a year unhappy."),
        c("Ha, the cats will definitely test it. Let me take the swatch and we'll come back Saturday.", "think_it_over"),
        t("Perfect. I'll put a note on that couch so it's kept for you till Saturday."),
    ],
    worse=[
        _open,
        t("Morning, congratulations! It's one of our best sellers, full-grain leather, kiln-dried hardwood frame, ten-year warranty on the frame. Would you like to sit on it?"),
        c("Sure. Oh, it's comfy. How do you look after leather?", None),
        t("Easy: wipe it with a damp cloth and condition it twice a year. We sell a care kit for three-fifty that does both."),
        c("We've got two cats, will it be okay?", None),
        t("Cats can scratch leather, but the care kit helps hide light marks. Lots of our customers with pets are happy with it."),
        c("Okay. It's nineteen thousand, that's pushing it a bit. Let us think about it.", "think_it_over"),
        t("Of course. Here's my card, and we can do lay-by if you decide to go ahead."),
    ],
))

# d05 Lewisham bathroom showroom: replacing an old bath, knees going
_open = c("Hello there. I want to replace my bath. It's the old cast iron one, been there since nineteen-seventy-odd.", None)
PAIRS.append(rpair(
    "b232r_d05_lewisham_bath_replacement",
    "An older man in a London bathroom showroom wants to replace his bath; getting in and out has become hard.",
    better=[
        _open,
        t("Hello. Those cast iron ones are built like tanks. What's making you want to change it now?"),
        c("Well, between you and me, getting in and out is getting hard. My knees. My daughter worries I'll go over one day.", None),
        t("That's a very good reason. So the worry is stepping over the side. Do you still want to soak in a bath, or would a shower you can walk straight into suit you just as well?"),
        c("I like a bath, always have, and I don't want anything that looks like a hospital. But I suppose I mostly stand and wash these days, if I'm honest.", "no_need"),
        t("Then a walk-in shower with a low tray, a fold-down seat and a grab rail might be safer than any bath, and they needn't look clinical, the seat folds flat and the rail can match the taps. And the council can assess you and may pay for part of it through a grant. Shall I write down what to ask them, and we do the quote after their visit?"),
        c("Oh, I'd no idea about the council. Yes, write it down. I'll get my daughter to ring them.", None),
        t("I'll write it now, and put our number on it so she can ring me with any questions."),
    ],
    worse=[
        _open,
        t("Hello. A new bath is a big improvement. Are you keeping it in the same place, or moving things around?"),
        c("Same place. Just something easier to get in and out of, my knees aren't what they were.", None),
        t("Then this low-sided steel bath is a good option. The side is about ten centimetres lower than your old one, and we can fit a grab rail on the wall. It's four hundred and sixty, plus fitting."),
        c("That sounds better. How long would the fitting take?", None),
        t("About two days. I can get the fitter round to measure next week."),
        c("Alright, let's do that. My daughter will want to be there.", None),
    ],
))

# d06 Sunshine Coast garden centre: weeds in a buffalo lawn
_open = c("G'day, I need something to kill the weeds in my lawn. They've taken over the whole front yard.", None)
PAIRS.append(rpair(
    "b232r_d06_sunshinecoast_lawn_weeds",
    "A home owner at a Sunshine Coast garden centre wants weed killer; the lawn is buffalo and the weed is bindii.",
    better=[
        _open,
        t("G'day. What sort of weeds? Got a photo, or can you describe them: prickly, flat and spreading, grassy-looking?"),
        c("Here, I took a photo. Little prickly ones, the kids won't go barefoot anymore.", None),
        t("That's bindii. And what's the lawn, buffalo, couch, kikuyu? Some weed killers burn buffalo."),
        c("Buffalo, I'm pretty sure. And the dog basically lives on that lawn.", None),
        t("Then a bindii spray labelled safe for buffalo, sprayed now before the prickles set seed, and keep the dog off until it's dry, check the label, usually a few hours. It's thirty-two dollars and covers about three hundred square metres. Go again in six weeks."),
        c("Thirty-two's fine. Six weeks, got it.", None),
        t("And mow a bit higher over summer, the buffalo will crowd them out. I'll jot that on the receipt."),
    ],
    worse=[
        _open,
        t("G'day. Our most popular is this weed-and-feed, it kills broadleaf weeds and feeds the lawn at the same time. Forty-five dollars for the big bag."),
        c("Will it get the prickly ones? The kids can't go barefoot.", None),
        t("Yes, bindii's a broadleaf, so it'll get them. Water it in after you spread it."),
        c("And it's okay for the dog?", None),
        t("Keep the dog off until it's watered in and dry. Most people find that's fine."),
        c("Alright, I'll grab a bag.", None),
    ],
))

# d07 Leicester curtain shop: floor-length curtains over a radiator in a bay
_open = c("Hiya, I'm after floor-length curtains for a bay window in our front room. Something thick, it's freezing in there.", None)
PAIRS.append(rpair(
    "b232r_d07_leicester_bay_window_curtains",
    "A first-time home owner in Leicester wants thick floor-length curtains for a cold bay window with a radiator under it.",
    better=[
        _open,
        t("Hiya. Thick curtains will help with the cold. Is there a radiator under the bay?"),
        c("Yeah, right under the middle window. Why?", None),
        t("Floor-length curtains over a radiator trap the heat behind them and send it up the glass, so the room can feel colder. Two ways round it: sill-length thermal curtains so the radiator heats the room, or thermal blinds inside each window with floor-length curtains just at the sides for the look. Which matters more, the look or the warmth?"),
        c("Warmth, honestly, the heating bill's scary. But I do love a floor-length curtain.", None),
        t("Then blinds plus side curtains gives you both, about three-eighty for a three-sided bay. Sill-length thermal curtains on their own are about one-sixty."),
        c("Hmm, three-eighty's more than I'd planned. I'll start with the sill-length and maybe add blinds later.", "too_expensive"),
        t("That's a sensible start. I'll note the bay measurements on your account so the blinds will match if you come back."),
    ],
    worse=[
        _open,
        t("Hiya. For warmth, our thermal-lined velvet is the thickest we do. Do you have the bay measurements?"),
        c("Roughly. It's a three-sided bay, about three metres round and two-forty from the pole to the floor.", None),
        t("Then you'd want a bay pole and two pairs in the velvet, thermal lined. That's around two-ninety all in, including the pole."),
        c("Ooh, two-ninety. That's a bit more than I'd budgeted for curtains. Will it definitely keep the heat in?", "too_expensive"),
        t("Thermal lining makes a real difference, yes. Most customers notice the room's warmer the first week."),
        c("Lovely. Go on then, let's order them.", None),
    ],
))

# d08 East London hardware counter: dripping single-lever kitchen tap
_open = c("Hello. My kitchen tap is dripping day and night. The plumber wants five hundred just to come out. Can I fix it myself?", None)
PAIRS.append(rpair(
    "b232r_d08_eastlondon_dripping_tap",
    "A nervous first-time DIYer at an East London (Eastern Cape) hardware counter wants to fix a dripping single-lever tap.",
    better=[
        _open,
        t("Often, yes. What sort of tap is it, one lever you lift, or two separate handles for hot and cold?"),
        c("One lever. It's quite new, maybe three years.", None),
        t("A single lever that new usually has a ceramic cartridge inside, not a washer, so a washer kit won't help. They come in different sizes, so the safest way is to take the cartridge out and bring it in, and I'll match it. It's between one-eighty and three hundred rand, still less than the call-out."),
        c("Is that difficult? I'm not very handy, and I'm scared I'll flood the kitchen.", None),
        t("Turn off the little valve under the sink first and no water can come out. Then it's a small screw under the cap on the lever and one nut. Take a photo at every step so you can put it back. If you get stuck, come in with the photos and I'll talk you through it."),
        c("Right. I'll try it tomorrow and bring the piece in.", None),
    ],
    worse=[
        _open,
        t("You can. Usually it's just a worn washer. This tap repair kit has washers in all the common sizes, thirty-five rand."),
        c("Oh, that's cheap. Is it hard to do?", None),
        t("Turn the water off under the sink, undo the handle, swap the washer, put it back. There's a diagram on the back of the pack."),
        c("It's a single lever tap, does that matter?", None),
        t("Some of those have cartridges instead. If the washer doesn't fix it, bring the part in and we'll find the right one."),
        c("Okay, I'll try the kit first.", None),
    ],
))

# d09 Geelong trade desk: decking screws for a beach-side merbau deck
_open = c("Mate, I need decking screws for a job, about forty square metres of merbau. What've you got?", None)
PAIRS.append(rpair(
    "b232r_d09_geelong_decking_screws",
    "A builder at a Geelong trade desk needs screws for a merbau deck a couple of streets from the beach.",
    better=[
        _open,
        t("Forty square of merbau. Where's the job, near the water? And are you pre-drilling or after self-drillers?"),
        c("Ocean Grove, couple of streets back from the beach. Self-drilling if I can, I've got two blokes and four days.", None),
        t("Then I'd go 316 stainless self-drillers, ten-gauge, 65 long. Galv and 304 will rust-streak in salt air inside a couple of years, and merbau tannins make it worse. About three thousand screws for forty square, so three boxes, two-ninety a box trade."),
        c("Two-ninety a box, bloody hell. The galv ones are half that.", "too_expensive"),
        t("They are. But one callback to replace rusty screws on a beach house costs you more than the difference. I'll do three boxes at two-seventy, and you can return an unopened box."),
        c("Yeah, alright. Chuck 'em on the account, and throw in a fourth in case.", None),
    ],
    worse=[
        _open,
        t("Forty square of merbau. We've got these hot-dip galv decking screws, ten-gauge, 65 long, a hundred and forty a box of a thousand. You'll want about three boxes."),
        c("Galv alright near the beach? It's in Ocean Grove.", None),
        t("They're fine for most coastal jobs, though stainless lasts longer if you want to spend more. Stainless are two-ninety a box."),
        c("Nah, galv'll do. Client's watching every dollar on this one.", "no_money"),
        t("No worries. Three boxes of galv then. On the account?"),
        c("Yep, cheers.", None),
    ],
))

# d10 York flooring showroom: solid oak over underfloor heating in a new extension
_open = c("Hello, we'd like solid oak flooring in our new kitchen-diner. About thirty square metres.", None)
PAIRS.append(rpair(
    "b232r_d10_york_oak_underfloor_heating",
    "A couple in a York flooring showroom want solid oak for a new extension with wet underfloor heating in fresh screed.",
    better=[
        _open,
        t("Lovely choice. Is the kitchen-diner a new extension, and is there underfloor heating going in?"),
        c("Yes, it's an extension, just finished, and yes, wet underfloor heating in a screed.", None),
        t("Then I'd steer you to engineered oak rather than solid. Solid boards move too much with heating underneath and can gap or cup; engineered has the same oak on top, so it looks identical once it's down. Also, a new screed has to be properly dry before any wood goes on. Has your builder tested it?"),
        c("I don't think so. He just said it'd be fine in a couple of weeks.", None),
        t("Screed usually takes a good deal longer than that, roughly a day per millimetre for the first forty. I'd test before booking the fitting. The engineered oak is about sixty-five a square metre, so just under two thousand for the room, plus fitting."),
        c("That's a bit of a shock on the timing, but better than a ruined floor. Can you test the screed?", None),
        t("Yes, our fitter can do a moisture test next week for forty pounds, taken off the fitting if you go ahead with us."),
    ],
    worse=[
        _open,
        t("Lovely choice. We've got a rustic grade and a prime grade in solid oak. Do you want it oiled or lacquered?"),
        c("Oiled, I think. It's a kitchen-diner so it'll get some spills.", None),
        t("Oiled is easy to spot-repair, good for a kitchen. Prime grade solid, oiled, is about seventy-five a square metre, so around two thousand three hundred for thirty metres, plus fitting."),
        c("That's within budget. Anything we need to know?", None),
        t("Let the boards acclimatise in the room for a week before fitting, and keep the heating steady. The fitter will check the subfloor on the day."),
        c("Great, let's book it.", None),
    ],
))
