"""Ranked pairs f01-f10: both sides share every turn (the same Python objects) except one
trainee fault in `worse` and the customer's reaction to it. Hand-written for blind54 (b54)."""
from common import t, c, rpair

# f01 - argues with the customer
F01_OPEN = [
    c("Hi, I bought the trekking e-bike here in May. The advert said 120 km range, I barely get 55. Is the battery faulty?", None),
    t("Let's check. How do you usually ride: which assist mode, and is it hilly where you go?"),
    c("Mostly turbo, honestly, I ride up to Weißer Hirsch every day. And I'm about 95 kilos, if that matters.", None),
]
F01_END = [
    t("The test takes twenty minutes; if the capacity is under 80 percent, it's a warranty swap. I'll also show you the tour mode for the hill, which usually adds about 25 km."),
    c("Alright, I'll wait.", None),
]

# f02 - doubts the customer's honesty
F02_OPEN = [
    c("Hello, I'm calling about a claim. My dog Max swallowed a sock on Sunday and needed surgery. The bill is 1,850 euros. What do you need from me?", None),
    t("I'm sorry, that's a scary weekend; I hope Max is recovering. Your policy covers accidents including swallowed objects, with a 20 percent co-pay."),
    c("So 20 percent, that's about 370 for me?", None),
]
F02_END = [
    t("Upload the invoice and the vet's report in the app; the payment usually arrives within five working days, and if anything's missing I'll call you myself."),
    c("Okay, I'll do it tonight.", None),
]

# f03 - drops the price before asking anything
F03_END = [
    t("For tram noise the bedroom should get acoustic glass, the others standard triple glazing. Does your housing cooperative have rules about the frame colour outside?"),
    c("White outside, the cooperative is strict. Inside I don't care.", None),
    t("Then white PVC, acoustic glass in the bedroom. I'd like to measure before I quote; it's free and takes an hour. Thursday afternoon?"),
    c("Thursday I work late. Saturday morning maybe?", "no_time"),
]
F03_OPEN = [c("Good morning, I'm interested in replacing the windows in my flat. Eight windows, a block from the seventies.", None)]

# f04 - an unasked lecture
F04_OPEN = [
    c("Selam. I have a 1998 tractor, 75 horsepower, for 80 hectares of wheat and chickpeas. The gearbox is tired. New or second-hand, I'm not sure.", None),
    t("Selam. For that work 75 to 90 horsepower is right. New is about 1.9 million lira, a good five-year-old under 3,000 hours about 1.1 million. Have you priced repairing the gearbox?"),
    c("The mechanic says 180,000 for the gearbox, and the hydraulics are leaking too.", None),
]
F04_END = [
    t("Yes: with the farm credit from the agricultural bank, the first payment can come after harvest. Come on Saturday and drive both."),
    c("Saturday after prayers. I come with my son.", None),
]

# f05 - vague next step
F05_OPEN = [
    c("Hi, we booked a sea-view room and got one facing the car park. We paid extra for the view. What can you do?", None),
    t("I'm sorry, that's not what you paid for. Could I have your room number and booking reference?"),
    c("Room 214, booked on your website, SH-55210. We're here a week, it's our anniversary.", None),
    t("Thank you. Tonight every sea-view room is taken, but two free up tomorrow."),
    c("Tomorrow is okay, if it's really tomorrow. Another hotel promised us things like that and nothing happened.", "bad_experience"),
]

# f06 - over-promises
F06_OPEN = [
    c("hi im from san diego, i need 2 implants, my dentist here quoted 9000 dollars. how much with you and how long does it take", None),
    t("Hi! Two implants with crowns are usually 2,400 dollars here. Do you have a recent x-ray or CT scan?"),
    c("i have an xray from last month, i can send it. the teeth are out since like a year", None),
    t("After a year the bone often shrinks. If there's enough, it's two visits: implants now, crowns about four months later. If not, a bone graft first, about 450 more."),
    c("two visits is ok, its 30 min drive for me. but my coworker went to a cheap place in tj and got an infection", "bad_experience"),
]

# f07 - closes before checking the thing works
F07_OPEN = [
    c("Hola, I have a small minimarket. The old cash register died. I want a POS system, a tablet or something, that works with my card machine from the bank.", None),
    t("Hola. How many products do you carry, and do you need stock control or only sales?"),
    c("Maybe 1,200 products. Stock, yes, I lose track of the drinks all the time. I'm alone in the shop, I can't be typing codes.", None),
    t("Then a tablet with a barcode scanner and our stock app: 29,000 pesos a month, or 390,000 for the hardware outright plus 15,000 a month for the app."),
    c("The monthly one. Buying outright now I can't, the fridge also broke this month.", "no_money"),
]

# f08 - recommends before asking
F08_OPEN = [c("Hi, I'm 52, my doctor says I need to move more. I haven't been in a gym in thirty years. What do you have?", None)]
F08_END = [
    t("Then knees first: the pool and the bikes are easy on them. Two aqua-fitness classes a week and one session with a trainer to set up a gentle circuit; that's the basic plan, 19,000 a month."),
    c("19,000 is okay. But I've joined gyms before and stopped going after two weeks.", "bad_experience"),
    t("Most people have. That's why the first month is month-to-month, no contract. Come Thursday at six to the aqua class, free, and see."),
    c("Thursday at six. Okay, I'll bring my swimsuit.", None),
]

# f09 - unexplained jargon
F09_OPEN = [c("Hello, I'm moving to a farmhouse above Innsbruck, in Mutters, Nockhofweg 7. I work from home, video calls all day. What internet can I get there?", None)]
F09_END = [
    t("The 5G router: 39 euros a month, and if the signal inside the house is weak you can send it back within 30 days."),
    c("39 is more than I pay in Munich now, that's 29 with fibre.", "too_expensive"),
    t("It is more. Fibre isn't coming up there for now, and the cheaper phone line would struggle with calls all day. The 30-day trial lets you test it in the actual rooms."),
    c("Okay, a trial in the real house is fair. Send it for the 1st of March.", None),
]

# f10 - talks about themselves instead of the customer
F10_OPEN = [
    c("Grüezi. We're looking for a dining table. Something that seats eight when the family comes, but we have a small flat.", None),
    t("Grüezi. How big is the dining area, and how often do you need the eight seats?"),
    c("The room is about 3 by 3.5. The family comes five, six times a year. Normally it's just the two of us.", None),
]
F10_END = [
    t("Then the ash version, same mechanism, 1,580, or this oak display model at 1,900 with a small mark on one leg. Shall we pull them both out so you can try them?"),
    c("Let's see the display one. A mark I can live with.", None),
]

PAIRS = [
    rpair(
        "b54r_f01_dresden_ebikerange",
        "Bike shop (Dresden, Germany): a customer gets 55 km from an e-bike advertised at 120 km. "
        "Fault in worse: the trainee argues and tells him it's his own riding, instead of explaining the test conditions and checking the battery.",
        better=F01_OPEN + [
            t("It does matter. The 120 km is measured in eco mode on the flat with a lighter rider; turbo uphill uses about twice as much. I'll still run a battery test so we know the cells are fine."),
            c("Okay, fair, I didn't know it was eco mode. Test it, please.", None),
        ] + F01_END,
        worse=F01_OPEN + [
            t("Well, then the battery's fine, that's just how you ride. The range depends on the mode, it's in the brochure, everybody knows that. You can't expect 120 in turbo."),
            c("Nobody told me that when I bought it. Don't argue with me, just check the battery.", None),
        ] + F01_END,
    ),
    rpair(
        "b54r_f02_leuven_petclaim",
        "Pet insurance (Leuven, Belgium): an owner calls about a claim after his dog swallowed a sock. "
        "Fault in worse: the trainee hints the owner may have insured the dog after the accident.",
        better=F02_OPEN + [
            t("Yes, about 370; we pay the rest. An accident like this is straightforward."),
            c("Good, that's a relief.", None),
        ] + F02_END,
        worse=F02_OPEN + [
            t("Yes, about 370. Just so you know, we check sock cases carefully, some owners insure the dog right after it has swallowed something. When exactly did you take out the policy?"),
            c("Two years ago! Are you saying I'm lying? It's in your own records.", None),
        ] + F02_END,
    ),
    rpair(
        "b54r_f03_katowice_windows",
        "Window fitter (Katowice, Poland): a flat owner wants to replace eight windows. "
        "Fault in worse: the trainee opens with a discount before asking anything about the windows.",
        better=F03_OPEN + [
            t("Good morning. What's wrong with the ones you have: draughts, noise, condensation, or just age?"),
            c("Draughts, mostly, and the noise. The tram runs right under the bedroom.", None),
        ] + F03_END,
        worse=F03_OPEN + [
            t("Good morning. For eight windows I can give you 15 percent off the list price straight away, and another 5 if you sign this month."),
            c("A discount on what? You don't know anything yet. It's draughts mostly, and the tram under the bedroom.", None),
        ] + F03_END,
    ),
    rpair(
        "b54r_f04_konya_tractor",
        "Tractor dealer (Konya, Turkey): a farmer with a worn 1998 tractor weighs new against used. "
        "Fault in worse: an unasked lecture on precision farming and modernisation before getting to his question.",
        better=F04_OPEN + [
            t("Then repairing a 26-year-old tractor twice is money you won't get back. A five-year-old with a dealer warranty is probably your best balance; I have two on the lot."),
            c("1.1 million is still a lot for me. Can I pay after harvest?", "no_money"),
        ] + F04_END,
        worse=F04_OPEN + [
            t("You know, farmers in Konya really should think about precision farming: GPS steering, soil sensors, it's the future, and with old machines you lose yield every year. Young people won't stay in farming if we don't modernise. Anyway, I have two used ones on the lot."),
            c("I came for a tractor, not a lesson. 1.1 million is already a lot for me. Can I pay after harvest?", "no_money"),
        ] + F04_END,
    ),
    rpair(
        "b54r_f05_sharm_seaview",
        "Resort front desk (Sharm el-Sheikh, Egypt): an anniversary couple paid for a sea view and got the car park. "
        "Fault in worse: a vague next step (\"we'll see and let you know\") instead of a named room, a time and a refund of the supplement.",
        better=F05_OPEN + [
            t("Room 508, sea view, from twelve tomorrow. The porter will move your bags at twelve, and tonight's view supplement comes off your bill."),
            c("Okay. That's fair. Thank you.", None),
        ],
        worse=F05_OPEN + [
            t("I understand. We'll see what we can do tomorrow and let you know."),
            c("Let us know when? That's exactly what the other hotel said.", None),
        ],
    ),
    rpair(
        "b54r_f06_tijuana_implants",
        "Dental clinic (Tijuana, northern Mexico): a patient from San Diego asks about two implants. "
        "Fault in worse: the trainee over-promises (a 100 percent success rate, no graft, done in one visit) before anyone has seen the x-ray.",
        better=F06_OPEN + [
            t("That happens, so ask any clinic which implant brand they use and who places it. Ours are Straumann, placed by a periodontist, and you get the serial numbers. Send the x-ray and Dr. Ruiz will tell you honestly whether you need the graft."),
            c("ok sending the xray now", None),
        ],
        worse=F06_OPEN + [
            t("Don't worry, that never happens here. Our success rate is 100 percent, and I promise you won't need a graft; we'll have you done in one visit with teeth the same day."),
            c("100 percent? no clinic has 100. ok im sending the xray but now im skeptical", None),
        ],
    ),
    rpair(
        "b54r_f07_antofagasta_pos",
        "Point-of-sale systems (Antofagasta, Chile): a minimarket owner wants a tablet till that works with the bank's card machine. "
        "Fault in worse: the trainee has the contract signed before checking that the customer's card terminal connects.",
        better=F07_OPEN + [
            t("Monthly, then. Before you sign anything: which card terminal do you have? Some older bank models don't connect, and then the card totals won't match the till."),
            c("The white one from the bank, from 2019. Here, have a look.", None),
        ],
        worse=F07_OPEN + [
            t("Great, the monthly plan. Sign here and here, and we'll install on Monday."),
            c("Okay, signed. It does work with my card machine, right? The white one from the bank.", None),
        ],
    ),
    rpair(
        "b54r_f08_rosario_gym",
        "Gym (Rosario, Argentina): a 52-year-old sent by his doctor hasn't trained in thirty years. "
        "Fault in worse: the trainee recommends a high-intensity programme before asking anything about his health.",
        better=F08_OPEN + [
            t("Good on your doctor. Did he mention anything specific, blood pressure, back, knees? And what kind of moving do you actually enjoy?"),
            c("Blood pressure is a bit high. And my knees complain on stairs. I used to swim as a kid.", None),
        ] + F08_END,
        worse=F08_OPEN + [
            t("Perfect, our 12-week transformation programme is ideal: four high-intensity classes a week plus a nutrition plan, 38,000 pesos a month."),
            c("High intensity? My knees complain on stairs and my blood pressure is a bit high. That's not for me.", "no_need"),
        ] + F08_END,
    ),
    rpair(
        "b54r_f09_innsbruck_broadband",
        "Broadband provider (Innsbruck, Austria): a remote worker moving to a farmhouse asks what internet is available. "
        "Fault in worse: the options are given in unexplained jargon (FTTH, VDSL2 vectoring, FWA on n78).",
        better=F09_OPEN + [
            t("At that address there's no fibre yet. Your choices are the phone line, about 20 megabits there, enough for one video call and not much else, or a 5G home router, which measures around 150. For calls all day I'd take the 5G router."),
            c("5G sounds better. How much is it?", None),
        ] + F09_END,
        worse=F09_OPEN + [
            t("At that address there's no FTTH, only VDSL2 with vectoring at around 20 down, or FWA over 5G NR on n78, roughly 150. For your use case I'd go FWA."),
            c("Sorry, I understood about half of that. Which one is better for video calls? And how much?", None),
        ] + F09_END,
    ),
    rpair(
        "b54r_f10_lucerne_diningtable",
        "Furniture shop (Lucerne, Switzerland): a couple in a small flat needs a table that seats eight a few times a year. "
        "Fault in worse: the trainee talks about his own family and his home-made walnut table before answering.",
        better=F10_OPEN + [
            t("Then an extending table makes sense: 140 cm for the two of you, 240 with both leaves for the family, and in a 3.5 m room you can still walk round it. This oak one is 2,400 francs."),
            c("2,400 is more than we wanted to spend. We thought around 1,500.", "too_expensive"),
        ] + F10_END,
        worse=F10_OPEN + [
            t("Oh, we have the same at home! My wife's family is huge, twelve at Christmas, so I built our table myself, walnut, I do woodworking at weekends, took me three months. Anyway, an extending one would work: this oak one goes from 140 to 240 cm, 2,400 francs."),
            c("Nice for you. 2,400 is more than we wanted to spend. We thought around 1,500.", "too_expensive"),
        ] + F10_END,
    ),
]
