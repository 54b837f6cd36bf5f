"""Ranked pairs d01-d10 (two decent conversations; `better` is better). Hand-written for blind196."""
from common import c, rpair, t

# d01: Nottingham bakery, cake boxes. Better finds the storage problem before quoting.
o1 = c("Hi, I've got a bakery in Beeston and I'd like cake boxes with our name on. Can you give me a "
       "price for a thousand?", None)
d01 = rpair(
    "b196r_d01_nottingham_cake_boxes",
    "A small bakery wants branded cake boxes (packaging supplier, Nottingham, UK).",
    [o1,
     t("Yes, happily. What goes in them mostly, whole cakes, slices, cupcakes?"),
     c("Mostly celebration cakes, eight and ten inch. The tiered wedding ones go in a separate box.", None),
     t("So the branded ones are for eight and ten inch cakes. Have you got room to store them? A thousand "
       "flat boxes in two sizes takes up a fair bit of space."),
     c("Oh, not much, honestly. The back room's tiny. I hadn't thought of that.", None),
     t("Then I'd do one ten-inch box with a card insert for the eights, and split the thousand into two "
       "deliveries. About 85p each. I'll post a sample so you can try it with a real cake."),
     c("That's really helpful. Send the sample and I'll try it this weekend.", None)],
    [o1,
     t("Yes, happily. Our white cake box with a one-colour logo is 72p each for a thousand, in eight, ten or twelve inch."),
     c("Mostly eight and ten inch. Could I do five hundred of each?", None),
     t("Sure, 500 of each is £720 plus VAT, delivered in one go in about ten days."),
     c("Okay. Where would I put them all, though? My back room's tiny.", None),
     t("They come flat-packed, so it should be alright. Shall I send the artwork proof?"),
     c("Go on then, send it. I'll find space somewhere.", None)],
)

# d02: Canberra physio clinic, website. Better finds the real cause (booking software switch).
o2 = c("Hi. I own a physio clinic in Belconnen. Our website looks dated and I'd like it redone. What do "
       "you charge for a new site?", None)
d02 = rpair(
    "b196r_d02_canberra_physio_website",
    "A physiotherapy clinic owner asks for a website redesign (web designer, Canberra, Australia).",
    [o2,
     t("Happy to quote. Before I do, what's made you want to redo it now? Just the look, or is something not working?"),
     c("Partly the look. But, well, online bookings have dropped this year. About a third fewer.", None),
     t("That's a big drop. Has anything else changed this year, the booking system, a new clinic nearby, prices?"),
     c("We switched booking software in February. Hmm. Actually, that's about when it started.", None),
     t("Then before any redesign, let me check the booking link on your site works on phones, that's "
       "often the culprit. The check is free. If it's the site itself, a redesign is around $6,000."),
     c("That makes sense, check it first. Six thousand would need my business partner's okay anyway.", "think_it_over")],
    [o2,
     t("Happy to quote. A clinic site of about eight pages with a booking link and mobile layout is "
       "usually around $6,000. What don't you like about the current one?"),
     c("It looks dated. And bookings have dropped a bit, so I thought a fresh look might help.", None),
     t("A modern design definitely builds trust. We'd add new photos of the clinic and staff bios too."),
     c("Sounds good. Six thousand is a fair chunk, though. I'd have to run it by my business partner.", "think_it_over"),
     t("Of course. I'll send a proposal with examples of other clinic sites we've built."),
     c("Thanks, send it over.", None)],
)

# d03: Cape Town food truck wrap. Better is honest that the full wrap may miss the festival.
o3 = c("Hey! We've got a food truck, Durban-style bunny chows, and we want the whole thing wrapped before "
       "the festival in Green Point on the 28th. Can you do it?", None)
d03 = rpair(
    "b196r_d03_capetown_foodtruck_wrap",
    "A food truck wants a full vehicle wrap before a festival (sign and wrap shop, Cape Town, South Africa).",
    [o3,
     t("Love a bunny chow. Today's the 9th, so let's check it's realistic. Do you have a design, or do you need one?"),
     c("We need one. We've got a logo but that's it.", None),
     t("Honestly, design, approval, print and a two-day install is tight for the 28th. I won't promise it. "
       "What I can promise is a partial wrap, the serving side and the back with logo and menu, done by the "
       "25th, and the rest after the festival."),
     c("Hmm, I wanted the full thing for the festival. But something's better than nothing.", None),
     t("Partial is about R14,000, and finishing it later is R22,000 more, so you don't pay twice for the "
       "same panels. Shall I book the design session for Monday?"),
     c("Monday works. Let's do the partial.", None)],
    [o3,
     t("Love a bunny chow. A full wrap is about R36,000 with design. We're busy, but we'll do our best to "
       "fit you in for the 28th."),
     c("Nice. We need a design though, we've only got a logo.", None),
     t("No problem, our designer will do three concepts. As soon as you pick one we go to print."),
     c("Thirty-six thousand is a lot for us. Any way to bring it down?", "too_expensive"),
     t("We could do a partial wrap, just the sides, for R14,000. I'll put both in writing and you can decide."),
     c("Okay, send both. I'll decide tonight.", "think_it_over")],
)

# d04: York B&B, leaflets. Better finds the real goal (direct bookings) and suggests a small trial.
o4 = c("Morning. We run a six-room B&B near the Minster and I'm told we should have leaflets in the "
       "tourist information centre. Is that worth it, do you think?", None)
d04 = rpair(
    "b196r_d04_york_bnb_leaflets",
    "A B&B owner asks whether tourist-office leaflets are worth it (print shop, York, UK).",
    [o4,
     t("Good question to ask first. Where do your guests mainly come from now?"),
     c("Booking sites, mostly. They take fifteen per cent, which stings. I'd love more direct bookings.", None),
     t("So the aim is direct bookings rather than more guests. Honestly, people picking up leaflets in "
       "town usually have a room already. Leaflets work better for B&Bs in your own rooms, so guests book "
       "you directly next time."),
     c("Oh. I hadn't thought of it that way. I'd hate to pay for a rack of leaflets nobody reads.", None),
     t("Then start small: 250 'book direct and save ten per cent' cards for the rooms, about £35. Count "
       "how many direct bookings mention the card over three months before spending more."),
     c("That I can do. Let's try the cards.", None)],
    [o4,
     t("They can be. The centre charges about £120 a year for rack space, and 2,000 DL leaflets would be around £140."),
     c("So two hundred and sixty a year. Is that worth it for six rooms?", "too_expensive"),
     t("Lots of B&Bs do it. It puts your name in front of visitors, and you can add a discount code to see if it works."),
     c("I don't know. I'll think about it and see what my husband says.", "think_it_over"),
     t("Of course. I'll email you a sample layout and the prices."),
     c("Thank you, that'd be helpful.", None)],
)

# d05: Gold Coast agent, Facebook ads. Better adapts to a terse, rushed customer.
o5 = c("Need facebook ads for a listing. 4 bed in Burleigh. Open home Saturday. Quick.", None)
d05 = rpair(
    "b196r_d05_goldcoast_listing_ads",
    "A busy real estate agent wants ads for an open home (digital marketing freelancer, Gold Coast, Australia).",
    [o5,
     t("On it. Three things: budget, who's the buyer, and have you got photos?"),
     c("$300. Families. Photos yes.", None),
     t("Got it. I'll run it Wednesday to Saturday morning, 20km radius, people 30 to 55 looking at "
       "property. Send the photos and the listing link and it's live tonight."),
     c("Tonight good. Report after?", None),
     t("Yes, Monday: views, clicks and how many registered for the open home. One page."),
     c("Perfect. Sending now.", None)],
    [o5,
     t("Hi! Thanks for reaching out. I'd love to learn more about you and the property. Could you tell me "
       "about the home, the buyer you picture, your budget, timeline and what's worked for you before?"),
     c("4 bed Burleigh. $300. Families. Saturday. Photos ready.", None),
     t("Lovely. We'd suggest a multi-stage campaign, awareness, engagement and retargeting. I'll put "
       "together a proposal with options for you to review."),
     c("No time for proposals. Open home's Saturday.", "no_time"),
     t("Understood. I'll skip the proposal and launch one campaign tonight if you send the photos."),
     c("Fine. Sending.", None)],
)

# d06: Sandton law firm, stationery. Better asks how letters are sent and cuts what isn't used.
o6 = c("Good morning. I'm the office manager at a small law firm in Sandton. We've rebranded and need "
       "new letterheads, compliment slips and business cards for six attorneys.", None)
d06 = rpair(
    "b196r_d06_sandton_law_stationery",
    "A law firm's office manager orders stationery after a rebrand (printer, Johannesburg, South Africa).",
    [o6,
     t("Good morning, and congratulations on the rebrand. How do you send letters mostly these days, "
       "printed and posted, or as PDFs by email?"),
     c("Mostly PDF, to be honest. We only post court papers and the odd formal letter.", None),
     t("Then the item you'll use most is a Word letterhead template, not paper. I'd do the template for "
       "everyone, 500 printed letterheads for formal post, and the cards. Slips only if you still use them."),
     c("We don't really use slips anymore. The partners will want the cards on heavy stock, though.", None),
     t("Fine, 450gsm. Template R2,500, 500 letterheads R1,800, cards R450 per attorney. I'll send proofs "
       "of everything so the partners can sign off together."),
     c("Good. They meet on Thursday, I'll put it on the agenda.", "think_it_over")],
    [o6,
     t("Good morning. Certainly. For six attorneys we'd do 2,000 letterheads, 1,000 compliment slips and "
       "200 cards each. That's our standard practice pack, R11,900."),
     c("That seems like a lot of paper. We mostly email PDFs now.", "no_need"),
     t("Understood. We can halve the letterheads and slips, R7,400 then, and add a Word template for R2,500."),
     c("Okay, that's better. The partners will want to see a proof first.", None),
     t("Of course, I'll send proofs of everything by Wednesday."),
     c("Fine. They meet Thursday.", None)],
)

# d07: Exeter farm shop, tote bags. Better asks what the bags must carry and how they'll be sold.
o7 = c("Afternoon. We run a farm shop outside Exeter and want some branded tote bags. Cotton ones, I "
       "think. How much are they?", None)
d07 = rpair(
    "b196r_d07_exeter_farmshop_totes",
    "A farm shop wants branded tote bags (promotional merchandise supplier, Devon, UK).",
    [o7,
     t("Afternoon. Depends a bit on what they're for. Would you give them away, sell them, or use them "
       "instead of carrier bags at the till?"),
     c("Sell them, I suppose. People keep asking for a bag. We stopped the plastic ones last year.", None),
     t("So for sale at the till. What do people carry out, veg boxes, bottles, eggs?"),
     c("Everything. Our veg boxes are heavy, and people buy cider by the bottle.", None),
     t("Then thin cotton won't cope. A heavier canvas with a flat base takes a veg box and bottles, about "
       "£3.20 each for 250, and farm shops usually sell them at £6 to £8. Start with 250 and see how fast they go."),
     c("That sounds right. Can I see one first? Heavy's no good if it looks cheap.", None)],
    [o7,
     t("Afternoon. Our natural cotton totes with a one-colour logo are £1.70 each for 500, or £2.10 for 250."),
     c("Right. Would they hold a veg box? Some of ours are quite heavy.", None),
     t("They're a standard weight, fine for normal shopping. We also do a heavier canvas one at £3.20 if "
       "you want something sturdier."),
     c("Probably the sturdier one, then. I'll need to think about how many.", "think_it_over"),
     t("No problem, I'll send both prices with a couple of quantity options."),
     c("Thanks. I'll get back to you next week.", None)],
)

# d08: Fremantle taproom, tap list screens. Better finds the reason and offers a cheaper middle option.
o8 = c("G'day. We've got a brewery taproom in Freo and we're thinking of screens for the tap list instead "
       "of the chalkboard. What would that cost?", None)
d08 = rpair(
    "b196r_d08_fremantle_taproom_screens",
    "A taproom owner asks about digital tap-list screens (signage company, Fremantle, Australia).",
    [o8,
     t("G'day. Can do. What's bugging you about the chalkboard?"),
     c("We change beers every few days and rewriting it takes ages. And the bar staff's handwriting, mate, "
       "you can't read half of it.", None),
     t("Ha, so time and legibility. How many taps, and who'd update the screens?"),
     c("Fourteen taps. The bar manager would, she's good with tech.", None),
     t("Then two screens with a tap-list app she updates from her phone, about $2,400 installed plus $30 "
       "a month. If you'd rather keep the chalkboard look, printed magnetic tap strips are $15 each."),
     c("Screens, I reckon. But let me get the bar manager to see the app before we commit.", "think_it_over")],
    [o8,
     t("G'day. Two 55-inch screens, mounted and connected, with a tap-list app, come to about $2,400, plus "
       "$30 a month for the app."),
     c("Right. And the app's easy? The bar manager would be the one updating it.", None),
     t("Very easy, most venues pick it up in a day. We can do a demo."),
     c("Yeah, a demo would be good. Twenty-four hundred's about what I expected.", None),
     t("Great. I'll book a demo for Tuesday at the taproom."),
     c("Tuesday's no good, mate, it's brew day, I can't leave the tanks. Thursday?", "no_time")],
)

# d09: Durban spice family, supermarket pouches. Better reads the buyer's spec and thinks about shelf life.
o9 = c("Hello, my family has sold spices at the Victoria Street market for forty years. Now a supermarket "
       "wants to stock our masala, so we need proper packets with labels.", None)
d09 = rpair(
    "b196r_d09_durban_spice_pouches",
    "A market spice seller needs retail packaging for a supermarket listing (packaging supplier, Durban, South Africa).",
    [o9,
     t("Congratulations, that's a big step. Did the supermarket give you any packaging requirements, like "
       "barcodes or a spec sheet?"),
     c("They said barcode and ingredients, and it must be sealed. The buyer sent a document, but it's very long.", None),
     t("Email it to me and I'll mark what applies to packaging, so nothing gets rejected. How long must the "
       "masala stay fresh on the shelf?"),
     c("At least six months. At the market we sell it fresh, but in the shop it sits.", None),
     t("Then foil-lined pouches with a zip, printed, so the aroma holds and no light gets in. About R4.60 "
       "each for 2,000. I'll confirm the wording and the barcode steps once I've read the document."),
     c("Okay, my son will email it tonight.", None)],
    [o9,
     t("Congratulations! We do printed stand-up pouches with a clear window, R3.90 each for 2,000. Do you have a logo?"),
     c("Yes, we have a logo. They said we need a barcode and the ingredients, and sealed.", None),
     t("No problem, we'll add the barcode and ingredient panel. You'll need to register for a barcode yourself first."),
     c("Okay. How long does that take?", None),
     t("A week or two usually. Once you have it, send the logo and ingredients and we'll do the proof."),
     c("Fine. I'll ask my son to do the barcode.", None)],
)

# d10: Swansea driving instructor, door magnets. Better checks the doors will actually hold a magnet.
o10 = c("Hiya, I'm a driving instructor in Swansea and I want those magnetic signs for the car doors. "
        "How much are they?", None)
d10 = rpair(
    "b196r_d10_swansea_door_magnets",
    "A driving instructor wants magnetic door signs (sign maker, Swansea, UK).",
    [o10,
     t("Hiya. About £60 a pair. Quick question first: is the car yours, or leased?"),
     c("It's leased. That's why I want magnets, I can't put stickers on.", None),
     t("Makes sense. Do the doors have curves or a crease where the sign would go? Magnets only grip flat steel."),
     c("Hmm, the front doors have a sort of crease line. I'm not sure.", None),
     t("Then send me a photo of the flattest part with a tape measure on it. If it's too curved, a rear "
       "window sticker you can peel off works instead. No point paying for magnets that fly off on Fabian Way."),
     c("Ha, true. I'll send a photo tonight.", None)],
    [o10,
     t("Hiya. A pair of magnetic door signs is £60, full colour, with your name and number. About three days."),
     c("Hmm. I had magnets on my old car and one flew off on the M4, mind.", "bad_experience"),
     t("That's usually the thin cheap ones. Ours are thicker. Just take them off before a car wash."),
     c("Good to know. Go on then, I'll order a pair.", None),
     t("Great. Send me your logo and number and I'll do a proof."),
     c("Will do, ta.", None)],
)

PAIRS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
