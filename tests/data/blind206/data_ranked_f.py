"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, t, rpair

PAIRS = []

# f01 - patio and damp, Bristol. Fault in worse: argues with the customer.
_o = c("Hi, since we had a new patio laid last spring, the wall in the back room gets damp after heavy rain. The patio firm's gone bust.", None)
_t1 = t("Hi, sorry to hear that, and annoying that the installer's gone. Is the damp low down on the wall, just above the floor?")
_c1 = c("Yes, a band along the bottom, maybe a foot high. It's worse after a downpour.", None)
_t3 = t("I'd like to come and look: check the patio level against the damp-proof course, the fall of the slabs, and take moisture readings. If it is the patio, the usual fix is a channel drain along the wall and cutting the slabs back, not relaying the whole lot.")
_c3 = c("Sounds like a big job. We've already paid out for the patio, there's not much left for fixing it.", "no_money")
_t4 = t("Understood. A channel drain along a five-metre wall with the slabs cut back is usually 900 to 1,400, and the visit to check is free. I could come Thursday morning.")
PAIRS.append(rpair(
    "b206r_f01_bristol_patio_damp",
    "A homeowner in Bristol has damp at the base of a wall since a new patio went in; the installer has gone bust.",
    better=[
        _o, _t1, _c1,
        t("That pattern often means the patio's been laid too high, above the damp-proof course, or it slopes towards the house. Do you know if it's level with the old ground or higher?"),
        c("Now you mention it, it's higher than the old one. We lost a step at the back door.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("I doubt it's the patio, honestly. Patios don't cause damp like that. It'll be your gutters or the render."),
        c("The gutters were cleared in October, and it only started after the patio went in. I'm fairly sure it's the patio.", None),
        _t3, _c3, _t4,
    ],
))

# f02 - banging boiler, Limerick. Fault in worse: doubts the customer's honesty.
_o = c("Hi, our boiler's making a banging noise when the heating comes on. It was serviced last October, so I'm surprised.", None)
_t1 = t("Hi. Banging, or kettling, is usually scale or a circulation problem. Is it when the heating first kicks in, or all the time?")
_c1 = c("When it first comes on in the morning. It goes on for a few minutes and then calms down.", None)
_t3 = t("That points to sludge in the system. A power flush clears it, but it's a big job, around 450 to 550. A cheaper first step is a chemical cleaner and bleeding the radiators, about 140, and we see if the banging stops.")
_c3 = c("I'd rather try the cheaper one first. I'm not exactly flush myself this month, if you'll pardon the pun.", "no_money")
_t4 = t("Makes sense. I can do it Monday morning, and if it's still banging after a week, we'll talk about the flush then.")
PAIRS.append(rpair(
    "b206r_f02_limerick_boiler_kettling",
    "A homeowner in Limerick reports a banging boiler that was serviced last autumn.",
    better=[
        _o, _t1, _c1,
        t("Thanks. Since it was serviced in October, the burner side is likely fine, so I'd look at the water side: the pump, and sludge in the radiators. Have any radiators gone cold at the bottom?"),
        c("The one in the back bedroom is cold at the bottom, yeah.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Thanks. Are you sure it was actually serviced? A lot of people tell us that and then it turns out nobody's touched it in years. Have you the paperwork?"),
        c("Yes, I'm sure, I paid 110 for it and I've the receipt. The back bedroom radiator's cold at the bottom too, if that matters.", None),
        _t3, _c3, _t4,
    ],
))

# f03 - re-roof quote, Wellington. Fault in worse: drops the price before asking anything.
_o = c("Hi, I got your quote for re-roofing our place in Karori, 24,000. I've got a couple of questions before we decide.", None)
_t2 = t("Guttering and downpipes are included, new Colorsteel to match. On the sarking, we've allowed for replacing up to ten square metres; beyond that it's 65 a square metre, and we'd show you photos before doing any.")
_c2 = c("OK, that's clearer than the other quote. I'd still want to go through both properly.", "think_it_over")
_t3 = t("Of course. If it helps, send me theirs and I'll point out where they differ, and you can decide in your own time.")
_c3 = c("Yeah, I'll do that. Talk Friday.", None)
PAIRS.append(rpair(
    "b206r_f03_wellington_reroof_quote",
    "A homeowner in Wellington rings back with questions about a re-roofing quote while comparing it with another.",
    better=[
        _o,
        t("Hi, thanks for getting back to me. Of course, what would you like to know?"),
        c("Is the guttering in that, and the downpipes? The other quote had them separate. And what happens if the sarking's rotten underneath?", None),
        _t2, _c2, _t3, _c3,
    ],
    worse=[
        _o,
        t("Hi, thanks for getting back to me. Look, before you ask, I can knock that down to 21,500 if you sign this week."),
        c("Oh. Well, that's nice, but it's not what I was asking. Is the guttering in that? And what happens if the sarking's rotten underneath?", None),
        _t2, _c2, _t3, _c3,
    ],
))

# f04 - bathroom extractor fan, Manchester. Fault in worse: an unasked lecture.
_o = c("Hiya, I need an extractor fan putting in the bathroom. There isn't one and the ceiling's going black.", None)
_t1 = t("Hiya, we can do that. Is the bathroom on an outside wall, or in the middle of the house?")
_c1 = c("Outside wall, above the bath. There's a window, but it's tiny.", None)
_t3 = t("For a fan through the wall with a humidity sensor, fitted and wired, it's 285. It takes about half a day.")
_c3 = c("285, hmm. My brother-in-law reckons he could do it for half that.", "too_expensive")
_t4 = t("He might, if he's qualified, but bathroom wiring has to be done and certified properly. Ours comes with the certificate and a two-year guarantee. I've got Tuesday free if you want it.")
PAIRS.append(rpair(
    "b206r_f04_manchester_bathroom_fan",
    "A homeowner in Manchester wants an extractor fan fitted in a bathroom with a blackening ceiling.",
    better=[
        _o, _t1, _c1,
        t("Good, that makes it straightforward: a fan through the outside wall, wired to come on with the light and run on for a few minutes after. I'd suggest one with a humidity sensor, so it kicks in when someone showers."),
        c("Sounds good. How much?", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Good. You know, black mould is mostly lifestyle. People shower with the door shut, dry washing on the radiators, never open a window. You'd be amazed how many problems we'd avoid if people just aired their homes."),
        c("I didn't ring for a lecture, love, I rang for a fan. How much is it?", None),
        _t3, _c3, _t4,
    ],
))

# f05 - rewire during a renovation, Cork. Fault in worse: a vague next step.
_o = c("Hi, we're renovating a 1960s house in Ballincollig and the builder says the wiring has to be done before he plasters. When could you fit us in?", None)
_t1 = t("Hi. What stage is the builder at, are the walls stripped back already?")
_c1 = c("Yes, the plaster's off most rooms. He wants to start plastering in three weeks.", None)
_t2 = t("OK. A full rewire on a three-bed with the walls open is about five days for first fix, and typically 7,500 to 9,000 all in, with a new board and the certificate. I'd want to walk it with the builder to agree socket and light positions, then I'd fix the price.")
_c2 = c("That's more than we'd set aside, but I suppose it has to be done. So when could you come?", "too_expensive")
PAIRS.append(rpair(
    "b206r_f05_cork_renovation_rewire",
    "A couple renovating a 1960s house need a rewire scheduled before the builder plasters in three weeks.",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("I can meet you and the builder on site Thursday at eight. If the price suits, first fix starts the Monday after, which leaves him a clear week before plastering. I'll email the fixed quote by Friday."),
        c("Thursday at eight is perfect, I'll tell Dave.", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("We're fairly busy at the moment, but we'll be in touch. We'll let you know when we can get out to you."),
        c("Right... he needs to plaster in three weeks, though. I might have to ring around a few others.", "think_it_over"),
    ],
))

# f06 - bathroom extension, Christchurch. Fault in worse: over-promises on the consent time.
_o = c("Hi, we want to add a second bathroom onto our house in Riccarton. We've had plans drawn. How soon could you start?", None)
_t1 = t("Hi, good that the plans are done. Have they gone to council for building consent yet?")
_c1 = c("Not yet. The designer said she'd lodge them this week.", None)
_t3 = t("What I'll need from you is a copy of the plans and the engineer's details, and I'll put together a fixed price for the build.")
_c3 = c("Great. We were hoping to stay under sixty thousand. Is that realistic for a bathroom?", None)
_t4 = t("For a bathroom extension of about six square metres, fifty to sixty-five is typical here. I'll tell you which end you're at once I've priced your plans.")
PAIRS.append(rpair(
    "b206r_f06_christchurch_bathroom_extension",
    "A couple in Christchurch with drawn plans ask a builder how soon a bathroom extension could start.",
    better=[
        _o, _t1, _c1,
        t("Then, realistically, council has up to twenty working days to process consent, often longer if they come back with questions, so allow five or six weeks. We could pencil in early March and firm it up once consent's issued."),
        c("Oh, longer than I'd hoped. But early March is fine, we'd rather know.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("No worries, we'll have your consent through in two weeks, guaranteed, and we can start on the fifteenth of next month."),
        c("Two weeks? Brilliant, that's faster than I'd heard. Let's go for the fifteenth, then.", None),
        _t3, _c3, _t4,
    ],
))

# f07 - new front door fitted, Glasgow. Fault in worse: closes before checking the door works.
_o = c("That's you finished, then? It looks great. The old door let the rain in for years.", None)
_t2 = t("Let's try it together. Lift the handle right up first, then turn the key... You're right, it's catching a touch at the top. I'll adjust the keep, two minutes.")
_c2 = c("That's much better. Smooth as anything now.", None)
_t3 = t("Good. Keep the spare keys somewhere safe, and give the lock a spray of silicone once a year. The balance is 1,850, and the guarantee certificate comes by email.")
_c3 = c("Grand. Can I do a bank transfer tonight? I've not got my card on me.", None)
_t4 = t("Tonight's fine, the details are on the invoice. Any bother with the door, ring me direct.")
PAIRS.append(rpair(
    "b206r_f07_glasgow_door_handover",
    "A fitter finishes installing a composite front door in Glasgow and hands it over to the homeowner.",
    better=[
        _o,
        t("Thanks, it's come up well. Before I pack up, can I show you how the multipoint lock works? You lift the handle first, then turn the key."),
        c("Oh right, I didn't know that. Let me try. Lift... and turn. It's a bit stiff, is that normal?", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    worse=[
        _o,
        t("Thanks, it's come up well. That's everything, then, so it's the balance of 1,850. Card or bank transfer?"),
        c("Oh. Hang on, shouldn't we check the lock first? I've not even tried the key.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f08 - cold villa, Dunedin. Fault in worse: recommends before asking.
_o = c("Hi, our house in Roslyn is freezing in winter and we were wondering about the windows. Where do we start?", None)
_t2 = t("Good to know. With original sashes there are two routes: retrofit double glazing into your existing timber sashes, which keeps the look, or new timber double-glazed sashes made to match. Is the underfloor insulated? Cold air from below can matter as much as the glass.")
_c2 = c("I don't think the floor is. To be honest, we've only got about ten thousand to spend this year.", None)
_t3 = t("Then I'd put some of that into underfloor insulation first, it's cheaper for the warmth you get, and retrofit the sashes in the bedrooms and lounge, maybe five or six windows. I can come and measure and price those.")
_c3 = c("That makes sense. Can you come next week? Mornings are best.", None)
PAIRS.append(rpair(
    "b206r_f08_dunedin_villa_windows",
    "Owners of a cold 1910 villa in Dunedin ask a window company where to start.",
    better=[
        _o,
        t("Hi. Windows can make a big difference, but so can other things. What sort of house is it, and what are the windows like now?"),
        c("It's a 1910 villa, original single-glazed sash windows. There's insulation in the ceiling, the floor I'm not sure.", None),
        _t2, _c2, _t3, _c3,
    ],
    worse=[
        _o,
        t("Hi. What you want is our thermally broken aluminium double glazing. It's the warmest range we do and it'll transform the house."),
        c("Oh. Would that even go in? It's a 1910 villa with the original wooden sashes, and I'd hate to lose them.", "no_need"),
        _t2, _c2, _t3, _c3,
    ],
))

# f09 - explaining an electrical report, Maidstone. Fault in worse: unexplained jargon.
_o = c("Hello, you did the electrical test on my house yesterday. My son said I should ring and ask what the report means.", None)
_t1 = t("Hello, of course. Do you have the report in front of you?")
_c1 = c("I have. It says unsatisfactory at the top, which has worried me.", None)
_t3 = t("Fitting a new fuse board with those safety switches and fixing the kitchen wire would be about 650, a day's work.")
_c3 = c("650 is a lot for me. I'm on my own now and the pension doesn't stretch far.", "no_money")
_t4 = t("I understand. The kitchen wire is the urgent part, that's about 80, and I can do it this week. The board can follow when you're ready, and your son may want to look at it with you.")
PAIRS.append(rpair(
    "b206r_f09_maidstone_report_explained",
    "An elderly homeowner in Kent rings an electrician to understand an 'unsatisfactory' test report.",
    better=[
        _o, _t1, _c1,
        t("I understand. Unsatisfactory means a couple of things need fixing to make it safe, not that anything's about to catch fire. The main one is that your sockets don't have the safety switch that cuts the power if someone gets a shock. The other is a loose earth wire in the kitchen."),
        c("Oh, I see. That's not as bad as it sounded. What would fixing it cost?", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Sure. You've got two C2s and a C3. The C2s are no RCD protection on the socket circuits and a high Zs on the kitchen ring, so the EICR's unsatisfactory. The C3's just the bonding label."),
        c("I'm sorry, I didn't follow any of that. Is it dangerous or not? What would fixing it cost?", None),
        _t3, _c3, _t4,
    ],
))

# f10 - kitchen consultation, Naas. Fault in worse: talks about themselves instead of the customer.
_o = c("Hi, we're thinking about redoing our kitchen. It's a 1980s bungalow in Naas, and the kitchen's tiny and dark. I'm not sure what's possible.", None)
_t1 = t("Hi, thanks for coming in. Tell me how you use the kitchen now. Who does the cooking, and what annoys you most about it?")
_c1 = c("I do most of the cooking. It's the lack of worktop, I'm always juggling plates. And there's no light, one little window.", None)
_t3 = t("Opening that wall would give you more worktop and borrow light from the dining room window. If it's load-bearing you'd need an engineer and a steel, which adds cost. I could have a look and tell you if it's a big or a small job.")
_c3 = c("Hmm. I'd have to run it past my husband before anyone starts knocking walls down.", "think_it_over")
_t4 = t("Of course. If it's not load-bearing, the opening and making good is maybe 2,000 to 3,000; if it is, more like 5,000 to 7,000 with the steel. I can come when you're both home and you can ask me anything.")
PAIRS.append(rpair(
    "b206r_f10_naas_kitchen_consultation",
    "A homeowner in Co. Kildare visits a kitchen showroom with a small, dark kitchen and no clear plan.",
    better=[
        _o, _t1, _c1,
        t("So more worktop and more light are the two big ones. Is there a wall between the kitchen and the dining room, and do you use the dining room much?"),
        c("There is, and we hardly use the dining room, it's become a dumping ground.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Oh, I know exactly what that's like. When I did my own kitchen in Clane, I knocked through to the dining room, put in a big island, rooflights, the works. My wife loves it, we entertain all the time now. Took us about four months, mind."),
        c("Right... well, I'm not sure we'd want all that. There is a wall to the dining room, and we hardly use that room.", None),
        _t3, _c3, _t4,
    ],
))
