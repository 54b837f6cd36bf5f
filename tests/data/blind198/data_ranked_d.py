"""Ranked pairs d01-d10 of blind198 (hand-written): two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 walk-in after a long-distance walk, Fort William
o = c("Evening. Have you any rooms tonight? There's two of us, we've just come off the West Highland Way.", None)
PAIRS.append(rpair(
    id="b198r_d01_fortwilliam_walkin",
    situation="Two tired walkers finishing the West Highland Way ask for a room at a small hotel in Fort William, Scotland; one has bad blisters and they have a train at eleven the next day.",
    better=[
        o,
        t("We do. Congratulations on finishing. I've a twin at a hundred and thirty-five with breakfast, or a double at one-fifty. Is it just tonight, and how are the legs?"),
        c("Just tonight, we've a train at eleven tomorrow. Legs are done in, and my pal's got blisters like you wouldn't believe.", None),
        t("Then I'd give you the twin on the ground floor, no stairs, and it has a bath, which walkers always want. The chemist across the road is open till eight for blister plasters. Breakfast is from seven, so you'll have plenty of time for the train."),
        c("Ground floor and a bath, perfect. A hundred and thirty-five's a bit steep, mind. The hostel's forty.", "too_expensive"),
        t("It is more. The hostel's bunks and a shared bathroom, and I'm told it's full tonight, because half the Way finished today. If you'd rather check, I'll hold the twin for twenty minutes."),
        c("No, you're alright, we'll take it. I'm not walking another yard.", None),
    ],
    worse=[
        o,
        t("We do. I've a twin at a hundred and thirty-five with breakfast, or a double at one-fifty. Which would you like?"),
        c("The twin, I suppose. A hundred and thirty-five's a bit steep, mind. The hostel's forty.", "too_expensive"),
        t("Our rooms are en suite with breakfast included, so it's good value for Fort William in season. Would you like to go ahead?"),
        c("Aye, fine. Is it up many stairs? My pal's got blisters.", None),
        t("Second floor, but there's a lift at the end of the corridor. Breakfast is from seven."),
        c("Right. Fine, we'll take it.", None),
    ],
))

# d02 family holiday enquiry at a travel agency, Columbus
o = c("Hi, we're thinking Orlando for spring break. Two kids. My husband wants Disney, I'm not sure we can swing it.", None)
PAIRS.append(rpair(
    id="b198r_d02_columbus_orlandofamily",
    situation="A mother visits a travel agency in Columbus, Ohio, to plan a spring-break trip to Orlando for a family of four on a budget of about four thousand dollars.",
    better=[
        o,
        t("Orlando's a great spring break, but Disney is the priciest way to do it, so let's see what fits. How old are the kids, and what are they into?"),
        c("Eight and twelve. The twelve-year-old says Disney's for babies, she wants roller coasters. The eight-year-old wants to meet Elsa, obviously.", None),
        t("So one wants coasters and one wants princesses. A common split is two days at Magic Kingdom and two at Universal, staying off-site with a pool. For four people, five nights, that usually comes to about forty-eight hundred with tickets. What budget did you have in mind?"),
        c("Closer to four grand. And honestly, last time we did Disney we stood in lines all day and everybody cried.", "bad_experience"),
        t("Then I'd cut it to one Disney day for Elsa, with the paid line pass on the two rides she cares about, and two Universal days. That brings it to about thirty-nine hundred, and we'd put the park days on a Tuesday and Wednesday, the quieter days. Shall I write that plan up so you can go over it with your husband?"),
        c("Yes. He'll grumble about only one Disney day, but he'll live. Send it over.", None),
    ],
    worse=[
        o,
        t("Orlando's a great spring break! Our most popular package is five nights at a Disney value resort with four-day park tickets, about fifty-two hundred for a family of four. Would that work?"),
        c("That's more than we wanted to spend. We were thinking about four grand.", "no_money"),
        t("I can take it down to three-day tickets, which gets it to about forty-four hundred. Disney's worth it, the kids will love it."),
        c("Maybe. My older one's twelve and says Disney's for babies, though. And last time we did Disney we stood in lines all day.", "bad_experience"),
        t("Spring break is busy, but the paid line pass helps. I can add it for about twenty-five a day each. Shall I send you the quote?"),
        c("Sure, send it. I'll talk to my husband.", "think_it_over"),
    ],
))

# d03 beach wedding enquiry, Turks and Caicos
o = c("Hi! We'd love to get married on your beach next September. About forty guests. September's cheaper, right?", None)
PAIRS.append(rpair(
    id="b198r_d03_turkscaicos_wedding",
    situation="A bride-to-be calls a resort's wedding coordinator in Providenciales, Turks and Caicos, about a September beach wedding for forty guests.",
    better=[
        o,
        t("Congratulations! September is cheaper, about thirty percent off the venue fee. Before you set your heart on it, can I ask why September? Is it the price, or does the date matter for another reason?"),
        c("Mostly price. My fiancé's a teacher, so the summer break would suit better, but we can't afford July rates for forty people.", None),
        t("That makes sense. I should be honest, though: September is the height of hurricane season here. Most weddings go ahead fine, but in the last five years two of our September weddings had to move because of storms, and guests' flights were cancelled. Late June is still off-peak, and only about ten percent more than September, and he'd be on his break."),
        c("Oh. Nobody mentioned hurricanes. My cousin lost her whole deposit on a wedding in Mexico because of a storm.", "bad_experience"),
        t("That's exactly what I'd want to avoid. If you do choose September, our contract lets you move the date once, free, if there's a named storm, and guests should buy travel insurance. I'll send you both, late June and September, with prices side by side."),
        c("Please do. I need to talk to Marcus before we decide anything.", "think_it_over"),
    ],
    worse=[
        o,
        t("Congratulations! Yes, September is our off-season, so the venue fee is about thirty percent lower. For forty guests our Sunset package is fourteen thousand five hundred."),
        c("That's still a lot. Is there anything cheaper?", "too_expensive"),
        t("Our Coral package is eleven thousand two hundred, with a smaller menu and no live band. Most September couples go for that one."),
        c("Okay, that might work. Is the weather alright in September?", None),
        t("It's warm, and we do get some rain, but the ballroom is there as a backup. I'll send you the Coral package details."),
        c("Great, thanks. I'll talk to Marcus.", "think_it_over"),
    ],
))

# d04 family split up after a cancellation, Heathrow
o = c("Our flight to Boston's been cancelled and the new one's tomorrow morning, but the app's split us up. My six-year-old's sat on her own in row 41.", None)
PAIRS.append(rpair(
    id="b198r_d04_heathrow_familyseats",
    situation="An airline transfer desk at Heathrow, London: a family of five rebooked after a cancellation finds the children seated away from the adults on a full flight.",
    better=[
        o,
        t("That's not acceptable for a six-year-old, let's fix it. How many of you are there, and is the morning flight okay otherwise?"),
        c("Five. Two adults, three kids. The flight's fine, we just need to be together, or at least each kid next to a grown-up.", None),
        t("The flight's very full, so I'll be straight, I can't get all five together. What I can do is a three and a pair, rows 33 and 34, so every child is next to an adult. Would that work?"),
        c("Three and two, yeah, that's fine. Last time this happened they said the gate would sort it and nobody did.", None),
        t("Then I won't leave it to the gate. I've put you in 33A to C and 34A and B now and locked them, so the system can't move you. Here are your printed boarding passes and tonight's hotel voucher."),
        c("Brilliant. Thank you for actually doing it.", None),
    ],
    worse=[
        o,
        t("I'm sorry about that. The flight's very full. I'd suggest asking the gate agents tomorrow, they can usually swap people round."),
        c("Last time we were told that, nobody did anything. She's six.", "bad_experience"),
        t("I understand. Let me see... I can move her next to your husband in row 40, but the rest of you would be in row 28."),
        c("So the other two are with me and she's with him. Fine, I suppose.", None),
        t("Done. You're all set, and here's your hotel voucher for tonight."),
        c("Thanks.", None),
    ],
))

# d05 older driver at a car rental counter, Phoenix
o = c("Good morning. I've reserved a car, Henderson. I should say, I haven't driven a rental in about fifteen years, and my own car's a 2006 Buick.", None)
PAIRS.append(rpair(
    id="b198r_d05_phoenix_olderdriver",
    situation="An older man picks up a rental car at Phoenix Sky Harbor airport, Arizona, to drive to his daughter's in Sedona; he is wary of modern car technology.",
    better=[
        o,
        t("Good morning, Mr Henderson. Thanks for telling me, cars have changed a bit. Where are you headed, and is it mostly highway or around town?"),
        c("Up to Sedona to see my daughter. Highway, mostly. I just don't want something with a screen I can't figure out. She's expecting me by noon.", None),
        t("Then I'll give you the Camry. It's simple, with real knobs for the air and the radio. Before you go, I'll walk out with you and show you the push-button start and how to put directions on your phone. Five minutes."),
        c("I don't need the phone business, I've got a map. But the push-button, yes, I'd better see that.", "no_need"),
        t("A map's fine. I'll show you the start button and the lane assist, which nudges the wheel if you drift; you can switch it off if it bothers you. Ready?"),
        c("Lead the way.", None),
    ],
    worse=[
        o,
        t("Good morning, Mr Henderson. I've got you in a Camry. It has phone mirroring, adaptive cruise, lane assist, push-button start. Keys are on the fob. Any questions?"),
        c("Push-button start? How does that work?", None),
        t("Foot on the brake, press the button. Lane assist will steer a little if you drift. You'll get the hang of it."),
        c("I hope so. I've got a map; I won't need the phone thing.", "no_need"),
        t("No problem. It's in bay 17, just out that door. Have a safe trip."),
        c("Okay. Thank you.", None),
    ],
))

# d06 vacation ownership table, Branson
o = c("We're mainly here for the show tickets, to be honest. But my wife's been curious about these vacation ownership things.", "brush_off")
PAIRS.append(rpair(
    id="b198r_d06_branson_ownership",
    situation="A retired couple at a resort in Branson, Missouri, attend a vacation-ownership presentation in exchange for show tickets; they visit every other year and stay with her sister.",
    better=[
        o,
        t("Honest is good. What's made her curious?"),
        c("Her sister has one here in Branson and they come every year. We come maybe every other year, and we stay with her sister when we do.", None),
        t("So you already have a free place to stay here, and you travel every other year. I'd be doing you no favours selling you a week you'd use half the time. What we do have is a trial week: you rent an owner's week at member rates, eight ninety-nine, and if you ever buy, it counts toward the price. No commitment."),
        c("Eight ninety-nine is still money for a week we might not use. Let us think on it.", "think_it_over"),
        t("Of course. Here's the brochure with the trial week in it; it's good for eighteen months. And here's the voucher for your show tickets."),
        c("Thanks, that was pretty painless.", None),
    ],
    worse=[
        o,
        t("Great to hear. Vacation ownership gives you a week every year at a resort, with points you can trade for other places. Our starter package is fourteen thousand nine hundred, with maintenance of seven eighty a year."),
        c("Fourteen nine. That's a lot for us. We're on Social Security.", "no_money"),
        t("That's where the points come in. You can bank a year and use two weeks the next. Lots of couples do it that way."),
        c("Hmm. My wife's sister has one, and she says the fees keep going up.", "bad_experience"),
        t("Fees do rise a little with costs. Take a brochure and think about it, there's no pressure. Here's the voucher for your tickets."),
        c("Thanks. We'll think about it.", "think_it_over"),
    ],
))

# d07 table booking for a proposal, Chicago
o = c("Hi, do you have anything for two this Saturday around seven-thirty? It's, um, kind of a special night.", None)
PAIRS.append(rpair(
    id="b198r_d07_chicago_proposal",
    situation="A nervous man phones a restaurant in River North, Chicago, to book a table for the night he plans to propose.",
    better=[
        o,
        t("Let me check. I've got 7:15 or 8:00. When you say special, is it a birthday, an anniversary?"),
        c("I'm, uh, I'm going to propose. She doesn't know. Please don't put it in a confirmation text or anything.", None),
        t("Congratulations, and my lips are sealed, I'll note it on our side only. The corner table by the fireplace is the most private. Do you want any help on the night, or would you rather keep it simple?"),
        c("God, not the ring in the dessert, she'd swallow it. Just at the table. Maybe champagne after, if she says yes. How much is a bottle?", None),
        t("Our house champagne is eighty-five. I'll have a bottle on ice, and the server brings it only when you give a nod. Eight o'clock at the fireplace table, or is 7:15 better for your nerves?"),
        c("Eight's good. More time to panic. Thank you.", None),
    ],
    worse=[
        o,
        t("Let me check. I've got 7:15 or 8:00. Which would you prefer?"),
        c("Eight. It's a proposal, actually, so a nice table if possible.", None),
        t("Congratulations! I'll note it as a special occasion. Would you like a complimentary dessert with a message on the plate?"),
        c("No, she'd see it coming. Just a quiet table.", "no_need"),
        t("Of course. I'll request a quieter spot. We'll see you at eight."),
        c("Great, thanks.", None),
    ],
))

# d08 conference booking from Lagos, hotel near ExCeL, London
o = c("Good afternoon. I want to book room for five nights in June, I am attending the fintech conference at ExCeL. My name is Chukwuemeka Obi, I am calling from Lagos.", None)
PAIRS.append(rpair(
    id="b198r_d08_london_visaletter",
    situation="A Nigerian delegate phones a hotel near the ExCeL centre in East London; he needs a UK visa and, without saying so at first, a hotel letter for his application.",
    better=[
        o,
        t("Good afternoon, Mr Obi. We're ten minutes from ExCeL, so that works well. Which dates, and will you need anything for your visa application, a booking letter, for example?"),
        c("Yes, please, that is important. The embassy wants hotel letter. Last year another hotel sent it too late and I nearly missed a conference in Dubai.", None),
        t("Then let's make sure that doesn't happen. A standard double is a hundred and eighty-nine a night, or two hundred and nine on the fully refundable rate. With a visa pending, I'd suggest the refundable one, so you're not stuck with the cost if it's slow. Which dates exactly?"),
        c("9th to 14th June. The refundable, that is wise.", None),
        t("Booked. I'll email the visa letter today on our letterhead, with your name exactly as it is in your passport. Can you spell it for me?"),
        c("O-B-I. Chukwuemeka, C-H-U-K-W-U-E-M-E-K-A. Thank you very much.", None),
    ],
    worse=[
        o,
        t("Good afternoon, Mr Obi. We're ten minutes from ExCeL. Which dates?"),
        c("9th to 14th June.", None),
        t("A standard double is a hundred and eighty-nine a night, non-refundable, or two hundred and nine refundable. Which would you like?"),
        c("The cheaper one is fine. I also need a letter for the visa. Last year another hotel sent it too late.", None),
        t("No problem. Once the booking's made, our reservations team will send the letter. It usually takes two to three working days."),
        c("Okay. Please tell them it is urgent.", None),
    ],
))

# d09 school trip enquiry, York
o = c("Hi, I'm organising a Year 8 history trip to York in May. Forty pupils, four staff, two nights. Do you take school groups?", None)
PAIRS.append(rpair(
    id="b198r_d09_york_schooltrip",
    situation="A history teacher from Kent phones a hotel in York, England, about a two-night school trip; parents are paying and safeguarding rules apply.",
    better=[
        o,
        t("We do, quite a few. Before I quote: would you need the pupils on one floor with staff rooms at each end? Most schools ask for that."),
        c("Yes, absolutely, that's a must for our safeguarding policy. And an evening meal in the hotel, they can't go wandering round York.", None),
        t("Then the second floor works: twelve quads and four singles at the ends, with dinner in our function room at six. That's seventy-nine per pupil per night with breakfast and dinner, staff free. Does your budget stretch to that?"),
        c("It's a bit over. Parents are paying and we promised under three hundred all-in, coach included.", "no_money"),
        t("A coach from Kent is about ninety a head, so two nights here would come to two forty-eight with the coach, just under. If that's too tight, a Sunday arrival is sixty-nine a night. Shall I send quotes for both with the floor plan for your head?"),
        c("Yes please. The head will want the floor plan, definitely.", None),
    ],
    worse=[
        o,
        t("We do. The school rate is seventy-nine per pupil per night with breakfast and dinner, and staff go free. How does that sound?"),
        c("It's a bit over. Parents are paying, we said under three hundred all-in.", "no_money"),
        t("Sunday arrivals are sixty-nine, which might help. Would you like me to send a quote?"),
        c("Please. And will the pupils all be on one floor? It's a safeguarding thing.", None),
        t("We'll try to keep them together, but it depends on availability nearer the time. I'll put a note on the booking."),
        c("Okay. I'll need to check with the head.", "think_it_over"),
    ],
))

# d10 long project stay, extended-stay hotel, Jersey City
o = c("Hi, I am here on a project for three months, my company has booked me for one week only. I want to extend, but the rate is very high for me.", "too_expensive")
PAIRS.append(rpair(
    id="b198r_d10_jerseycity_longstay",
    situation="An Indian IT consultant at an extended-stay hotel in Jersey City, New Jersey, wants to stay three months; his company pays a fixed nightly allowance and he is vegetarian.",
    better=[
        o,
        t("Three months is a long time in a hotel. What does your company allow per night, and do you pay the difference?"),
        c("Company gives one-sixty per night, anything above I pay from pocket. Now you are charging one ninety-nine.", None),
        t("Then let's get you under one-sixty. For thirty nights or more, our monthly rate is forty-three fifty, about one forty-five a night. Do you need a kitchen? The studio suites have one, at the same monthly rate for project stays."),
        c("Kitchen is very important. I am vegetarian, eating outside every day is not possible.", None),
        t("Then the studio suite on the monthly rate. There's an Indian grocery on Newark Avenue, ten minutes' walk. I'll send the rate letter to your company's travel desk today, so they approve it before your week ends."),
        c("That is perfect. Please send it today, they are very slow.", None),
    ],
    worse=[
        o,
        t("We do have a long-stay rate. For thirty nights or more, it's forty-three fifty a month, about one forty-five a night."),
        c("That is better. Is there a kitchen in my room?", None),
        t("Your room has a microwave and a mini-fridge. If you want a full kitchen, the studio suite is forty-nine hundred a month."),
        c("That is above my company limit. I cannot pay that difference every month.", "no_money"),
        t("Sure. Let me know, and I can change it any time before Friday."),
        c("Okay, thank you.", None),
    ],
))
