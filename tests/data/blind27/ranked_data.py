"""Ranked pairs (hand-written). d01-d10: both decent, `better` clearly better. f01-f10: nearly the same,
`worse` has ONE real fault (named in FAULT, used only for the README). Label next to each customer line."""
from common import c, t

FAULT = {}   # id -> what makes `worse` worse (README only, never written to the JSONL)

PAIRS = [
    # d01 ----------------------------------------------------------------
    dict(
        id="b27r_d01_dental_implants",
        situation="Dental implant clinic, Budapest, Hungary. A patient from Leeds who has a quote for two implants "
                  "phones with a worry about what happens after she gets home.",
        open="Hi, I've got a quote from you for two implants, £2,900 all in, which is about a third of what my "
             "dentist in Leeds wants. But I'm nervous. What happens if something goes wrong when I'm back home?",
        better=[
            t("That's the right question to ask. What's making you most nervous — the treatment itself, or being far "
              "away if there's a problem afterwards?"),
            c("Being far away, mainly. A friend had veneers done abroad and one came off, and her dentist here "
              "wouldn't touch it.", None),
            t("That does happen, and it's a real worry. Three things we do about it: the implants have a 10-year "
              "guarantee and the crowns 5, and if something fails we cover the repair and your flight. We work with "
              "a partner practice in Leeds who can see you for checks and emergencies. And we send your X-rays and "
              "implant details to your own dentist, so they know exactly what's in your mouth."),
            c("A partner in Leeds — that does help. Would my own dentist see me, though?", None),
            t("Many will for routine things, but not all, so it's worth asking them. I can send you the Leeds "
              "practice's details so you can ring them yourself before deciding anything, and we could set up a video "
              "call with our surgeon to go over your X-rays."),
            c("Yes, send me that, I'll ring them this week.", None),
            t("I'll email it today, with the guarantee in writing. Shall we talk again next Tuesday?"),
        ],
        worse=[
            t("Totally understandable. All our implants come with a 10-year guarantee, and our surgeons have over 15 "
              "years' experience. We treat hundreds of UK patients every year."),
            c("Right, but if something goes wrong, I'm in Leeds and you're in Budapest.", None),
            t("Of course. Under the guarantee, if there's a problem with an implant we fix it free of charge — you'd "
              "just need to come over to Budapest. Flights from Leeds Bradford are cheap."),
            c("I suppose. I'll have to think about it.", "think_it_over"),
            t("No problem. I'll email you the guarantee details and our patient reviews. Let me know when you've "
              "decided."),
            c("Okay, thanks.", None),
        ],
    ),
    # d02 ----------------------------------------------------------------
    dict(
        id="b27r_d02_laundry_equipment",
        situation="Commercial laundry equipment dealer, São Paulo, Brazil. The owner of a small neighbourhood laundry "
                  "phones asking the price of a bigger washing machine.",
        open="Bom dia. I have a laundry in Pinheiros, with two washing machines of 18 kg. I want to buy a bigger one, "
             "maybe 40 kg. What is the price?",
        better=[
            t("Bom dia! A 40 kg starts at about R$ 68,000. Before I recommend one — what's changing in your business "
              "that you need the bigger machine?"),
            c("A small hotel near me asked if I can do their sheets, 80 rooms. Now I can't, it's too much volume.",
              None),
            t("So the real goal is winning the hotel contract. Then the washer is only half of it — with hotel "
              "sheets the bottleneck is usually drying and ironing. With a 40 kg washer you'd wash fast and then "
              "wait hours for the dryers. Do you have a flatwork ironer?"),
            c("No, we fold by hand. I didn't think of that.", None),
            t("Then a 30 kg washer plus a small ironer might be better — similar money, but you can actually turn "
              "around 80 rooms a day. Could you visit our showroom in Barra Funda to see both working? Bring the "
              "hotel's daily volume if you have it."),
            c("Yes, that makes sense. I come Thursday with the numbers.", None),
        ],
        worse=[
            t("Bom dia! For 40 kg we have the Electrolux at R$ 68,000 and a Brazilian model at R$ 52,000. Both are "
              "good machines."),
            c("What is the difference?", None),
            t("The Electrolux spins faster, so clothes come out drier, and the programmes are more flexible. The "
              "Brazilian one is simpler and cheaper to repair. What will you mainly use it for?"),
            c("A hotel asked me to do their sheets. 80 rooms.", None),
            t("Then the Electrolux is better — with the faster spin, drying is shorter. I can send you both quotes "
              "today."),
            c("Ok, send me, please.", None),
        ],
    ),
    # d03 ----------------------------------------------------------------
    dict(
        id="b27r_d03_funeral_florist",
        situation="Florist doing funeral flowers, Edinburgh, Scotland. A woman whose father died last week phones on "
                  "the funeral director's advice; the funeral is on Friday.",
        open="Hello. Sorry. My dad died last week and the funeral's on Friday. The funeral director said to call you "
             "about flowers. I don't really know what I'm supposed to order.",
        better=[
            t("I'm so sorry about your dad. You don't need to know — I'll help you. There's really only one decision "
              "that matters: would you like something on the coffin from the family?"),
            c("Yes. I think so. Just one thing, not loads.", None),
            t("That's lovely and simple. Was there anything he liked — a flower, a colour, something from his "
              "garden?"),
            c("He grew sweet peas every summer. He was so proud of them. Silly, really.", None),
            t("Not silly at all. Sweet peas are hard to get this time of year, but I can work some in with white "
              "roses, so they're there even if it isn't all sweet peas. It would be around £150. Would that feel "
              "right?"),
            c("That would be perfect. He'd laugh at me for crying about flowers.", None),
            t("I'll take care of it. I'll deliver to the funeral home on Friday morning and send you a photo "
              "beforehand. You don't need to do anything else."),
        ],
        worse=[
            t("I'm sorry for your loss. We have several options — a coffin spray, a wreath, a heart, letters like "
              "DAD, posies for family, and sheaf bouquets. Prices run from £60 for a posy to about £300 for a full "
              "coffin spray. What would you like?"),
            c("I... I don't know. Something for the coffin, I think.", None),
            t("Then a coffin spray. Traditional mixed, all white, or seasonal? And the size — three, four or five "
              "feet?"),
            c("Um. White, I suppose. Whatever's normal.", None),
            t("Four feet of white roses and lilies is the most popular, that's £220. I'll have it delivered to the "
              "funeral home on Friday morning."),
            c("Okay. Thanks.", None),
        ],
    ),
    # d04 ----------------------------------------------------------------
    dict(
        id="b27r_d04_greenhouse_builder",
        situation="Greenhouse builder, Almería, Spain. Chat with a pepper grower with 4 ha of old greenhouses who is "
                  "considering a climate-controlled multi-tunnel but doubts it pays back.",
        open="hola, we grow peppers in almería, 4 ha of old raspa y amagado greenhouses. thinking about your "
             "multi-tunnel with climate control but it's a big investment and i'm not sure it pays back for peppers",
        better=[
            t("Hola! That's the right doubt — for peppers in Almería it doesn't always pay back across a whole farm. "
              "What's pushing you to look at it: yield, quality, or heat problems in summer?"),
            c("summer heat mostly, we lose a lot of fruit in aug/sept, and the export buyers want a longer season",
              None),
            t("Then the climate control would be doing real work for you. Rather than 4 ha at once, some growers "
              "start with one hectare — about €480k with cooling — and compare it with an old house for a season. "
              "Want me to put you in touch with a grower in El Ejido who did exactly that?"),
            c("yes pls, talking to another grower is worth more than a brochure 😄", None),
            t("Agreed. I'll send you his number today, plus a cost for 1 ha on your plot plan. No commitment — if "
              "the numbers don't work after you talk to him, fine."),
            c("perfect, thanks", None),
        ],
        worse=[
            t("Hola! Totally understand. Our multi-tunnels typically raise pepper yields by 30–40% and extend the "
              "season, so most growers see payback in 6–8 years."),
            c("6-8 yrs is long. for 4 ha that's millions", "too_expensive"),
            t("It is a big investment, but EU modernisation grants can cover up to 40%. I can prepare a full "
              "proposal for the 4 ha with the grant estimate so you can see the numbers."),
            c("ok pls send it", None),
            t("Will do — you'll have it by Friday."),
            c("ok", None),
        ],
    ),
    # d05 ----------------------------------------------------------------
    dict(
        id="b27r_d05_irrigation_pump",
        situation="Pump sales and repair workshop, Kumasi, Ghana. A tomato farmer phones because his irrigation pump "
                  "gives much less water than before and asks the price of a new one.",
        open="Good morning. My irrigation pump on my tomato farm is not giving water like before. The pressure is "
             "very low. I think I need a new pump. How much is a new one?",
        better=[
            t("Good morning. A new one is possible, but let's first see if it really needs replacing — often it's "
              "something cheaper. What pump is it, and how old?"),
            c("It's a Honda petrol pump, 3 inch, maybe four years.", None),
            t("Those last a long time. When it runs, does the engine sound normal? And is the suction hose in a well "
              "or a river?"),
            c("The engine is fine. It's from the river. The water is low now, dry season.", None),
            t("Then I suspect the foot valve or strainer is blocked with mud, or the hose is sucking air because the "
              "water is low. That's a small repair, maybe 150 cedis. Our technician can come and check before you "
              "spend 4,000 on a new pump. Tomorrow morning?"),
            c("Yes please. Tomorrow is good. The farm is near Ejisu.", None),
        ],
        worse=[
            t("Good morning. A new 3-inch Honda petrol pump is about 4,200 cedis, and we have a Chinese one for 2,300 "
              "that works well too."),
            c("That is a lot. My Honda is only four years old.", "too_expensive"),
            t("Four years is not so old. Maybe the impeller is worn — we can replace that for about 600 cedis. Bring "
              "the pump to our workshop and we'll check it."),
            c("Okay, I'll bring it Saturday.", None),
            t("Good, see you Saturday."),
            c("Thank you.", None),
        ],
    ),
    # d06 ----------------------------------------------------------------
    dict(
        id="b27r_d06_asl_interpreting",
        situation="Sign-language interpreting agency, Toronto, Canada. An HR coordinator phones to book an ASL "
                  "interpreter for a one-hour meeting next Wednesday.",
        open="Hi, I need to book an ASL interpreter for a meeting next Wednesday, 10 to 11. What's your rate?",
        better=[
            t("Hi! It's $95 an hour with a two-hour minimum. Can I ask what the meeting is, and who the interpreter "
              "is for? It helps me pick the right person."),
            c("We've hired a Deaf engineer, she starts Monday. Wednesday's her first team meeting.", None),
            t("Congratulations to her! Then Wednesday probably isn't the only thing — first weeks usually mean "
              "training, one-on-ones, maybe an all-hands. Has anyone asked her what she'd like? Some people prefer "
              "the same interpreter throughout; some want live captioning for bigger meetings."),
            c("Honestly, no. We were just trying to sort out Wednesday. That's a good point.", None),
            t("I'd ask her this week. Meanwhile I'll book Wednesday with Maya, who does a lot of tech work, and "
              "hold her for Monday's onboarding too — you can cancel that free until Friday. Would that help?"),
            c("Yes, that's great. I'll talk to her tomorrow and get back to you by Thursday.", None),
        ],
        worse=[
            t("Hi! It's $95 an hour with a two-hour minimum. In person or virtual?"),
            c("In person, at our office on King Street.", None),
            t("Great. What's the meeting about, so I can match the interpreter?"),
            c("It's a software team meeting. We've hired a Deaf engineer.", None),
            t("I'll book Maya, she does a lot of tech meetings. You'll get a confirmation by email today."),
            c("Perfect, thanks.", None),
        ],
    ),
    # d07 ----------------------------------------------------------------
    dict(
        id="b27r_d07_guitar_luthier",
        situation="Guitar repair shop, Nashville, Tennessee, USA. A session guitarist who plays most days phones "
                  "about worn frets on his Stratocaster-style guitar and can't be without it for long.",
        open="Hey. I've got a '62 reissue Strat, I play sessions four, five days a week. Frets 3 through 7 are "
             "grooved pretty bad and I'm getting buzz under bends. I'm thinking a partial refret, but I don't want "
             "the neck off for two weeks. What are my options?",
        better=[
            t("Yeah, first-position wear, classic session neck. With grooves that deep a level and crown would take "
              "the whole board too low. Partial on 1 through 9 is what I'd do. Are they the stock vintage wire, and "
              "do you want to match it or go taller?"),
            c("Stock vintage wire. I'd actually like medium-jumbo if it doesn't mess with the feel too much.", None),
            t("If we only do 1–9 in medium-jumbo you'll feel the step at 10. So either match vintage on the partial, "
              "or do a full refret in the bigger wire — full is $450 and a week. Partial with matching wire is $280, "
              "three days. Which matters more this month, the wire or the time?"),
            c("Time. I've got sessions booked every day next week except Wednesday.", None),
            t("Then partial, matching vintage wire. Drop it off Tuesday evening and it's back to you Friday by noon, "
              "set up to your current action. Write down your string gauge and action height so I can match it."),
            c("Tens. I'll measure the action. See you Tuesday.", None),
        ],
        worse=[
            t("Sure. Fret buzz can come from a few places — relief, action, or the frets. Have you checked your neck "
              "relief?"),
            c("Relief's fine. It's the frets, they're grooved 3 through 7.", None),
            t("Got it. We'd usually start with a level and crown, $150, and see if that sorts it. If not, a partial "
              "refret's $280. Either way our queue's about a week right now."),
            c("The grooves are too deep for a level. And a week's a long time for me.", "no_time"),
            t("Understood. Drop it in when you can and we'll get it done as fast as we can."),
            c("Yeah. I'll see.", "think_it_over"),
        ],
    ),
    # d08 ----------------------------------------------------------------
    dict(
        id="b27r_d08_hostel_school_trip",
        situation="Hostel, Kraków, Poland. Chat with a French teacher planning a three-night school trip for 28 "
                  "students aged 15-16, who is worried about safety in a hostel.",
        open="hi, i'm a teacher in lyon, planning a trip for 28 students (15-16 y.o.) + 3 teachers in may, 3 nights. "
             "your hostel looks great but honestly i'm a bit worried about safety, a hostel with other guests...",
        better=[
            t("Hi! Completely understandable, a lot of teachers ask. What worries you most — other adult guests on "
              "the same floor, people getting in at night, or the area when you go out?"),
            c("mostly other adults on the same floor as the students tbh. and students sneaking out 😅", None),
            t("For groups we give you a whole floor — the 3rd, 8 rooms — with its own keycard access, so only your "
              "group's cards open it, and the teachers' rooms can be at both ends of the corridor. Reception is "
              "staffed 24/7 and the front door is keycard-only after 11pm, so we'd know if anyone goes out. Would "
              "that cover it?"),
            c("a private floor is exactly what i needed. can you send me the floor plan?", None),
            t("Sending it now, with a quote for 3 nights with breakfast. I can hold the floor for 7 days, no deposit, "
              "while you check with your head teacher."),
            c("merci, perfect 🙏", None),
        ],
        worse=[
            t("Hi! Don't worry, we host lots of school groups and it's very safe. We have 24/7 reception and CCTV at "
              "the entrance."),
            c("ok. would the students be mixed with other guests?", None),
            t("Groups are usually in rooms near each other. The price for 3 nights with breakfast is €29 per person "
              "per night."),
            c("ok, i'll need to discuss with my colleagues", "think_it_over"),
            t("Sure, let me know!"),
            c("ok thanks", None),
        ],
    ),
    # d09 ----------------------------------------------------------------
    dict(
        id="b27r_d09_horse_transport",
        situation="Long-distance horse transport, Queensland, Australia. Chat with an owner who needs her nervous "
                  "mare moved from Toowoomba to Ballarat; the mare has never travelled more than an hour.",
        open="hi, need to move my mare from Toowoomba to Ballarat end of June. she's never travelled more than an "
             "hour and she's a nervous loader. how does it work for a trip that long?",
        better=[
            t("Hi! It's about 22 hours' driving, so we do it over two days with an overnight at our yard in Dubbo, "
              "where she comes off the truck, stretches and sleeps in a stable. How bad is the loading — does she "
              "refuse outright, or just need time?"),
            c("she'll go in eventually but she panics in a narrow float. took us 2 hrs last time 😩", None),
            t("Our truck has a wide rear ramp and box stalls, not a float — most nervous loaders find that easier. If "
              "you like, we can bring the truck out a week before for a practice load, 20 min, $80, so you both know "
              "how she'll go before the real day."),
            c("oh that would honestly make me feel so much better", None),
            t("Let's do it. The trip is $1,650 including the Dubbo stop. I'll pencil in 28 June and the practice on "
              "the 20th, and confirm both by email today."),
            c("thank you!!", None),
        ],
        worse=[
            t("Hi! It's about 22 hours, so we do it over two days with an overnight in Dubbo, where she rests in a "
              "stable. $1,650 all in."),
            c("ok. what about the loading? she's a nervous loader", None),
            t("No worries, our drivers are very experienced with nervous horses, they'll get her on. We've got a wide "
              "ramp too."),
            c("ok... i'll have a think", "think_it_over"),
            t("No worries, just let us know which date."),
            c("will do, thanks", None),
        ],
    ),
    # d10 ----------------------------------------------------------------
    dict(
        id="b27r_d10_law_firm_it",
        situation="Managed IT services company, Johannesburg, South Africa. The office manager of a 25-person law "
                  "firm phones asking for a quote for a faster fibre line because everything is slow.",
        open="Morning. We're a 25-person law firm in Sandton. Everything is slow — opening files from the server, "
             "email, Teams calls drop. I think we need faster fibre. Can you quote us for a bigger line?",
        better=[
            t("Morning. Happy to quote, but let me ask a couple of things first so we don't sell you a line that "
              "doesn't fix it. Is it slow for everyone all day, or at certain times?"),
            c("Mostly mornings, and after load-shedding when everything comes back on.", None),
            t("Interesting. And opening files from your own server is slow too — that's inside the office, so the "
              "fibre line wouldn't touch it. It sounds more like the network switch or the server struggling, maybe "
              "after the power cuts. Are the server and switches on a UPS?"),
            c("The server, yes. The switches... I don't know.", None),
            t("Then I'd suggest our engineer does a two-hour network check first — R2,500 — before you spend on a "
              "bigger line. If it does turn out to be the fibre, I'll quote it. Could Thursday morning work, during "
              "the slow period, so he can see it happen?"),
            c("Thursday at 8. Makes sense, thank you.", None),
        ],
        worse=[
            t("Morning. For 25 people I'd recommend a 200 Mbps dedicated fibre line, around R9,800 a month, and we'd "
              "add LTE backup for load-shedding."),
            c("Okay. Will that fix the files from the server being slow?", None),
            t("It should help overall, yes. Faster internet improves everything — email, Teams, cloud. And with the "
              "LTE backup you won't drop calls."),
            c("That's quite a jump from what we pay now.", "too_expensive"),
            t("Understood. It's an investment, but most firms find it pays off in productivity. I'll send the "
              "proposal today."),
            c("Okay. I'll take it to the partners.", "think_it_over"),
        ],
    ),
    # f01 ----------------------------------------------------------------
    dict(
        id="b27r_f01_optician_varifocals",
        situation="Optician, Lisbon, Portugal. A customer who collected new varifocal glasses ten days ago phones "
                  "because she still gets headaches.",
        open="Hi, I picked up my new varifocals ten days ago and I'm still getting headaches, and the stairs look "
             "tilted. Is that normal?",
        better=[
            t("Sorry to hear that. Some adjustment is normal in the first week or two, but headaches after ten days "
              "are worth checking. Are they worse when you read, or at the computer?"),
            c("The computer, mostly. I have to tilt my head back to see the screen.", None),
            t("That suggests the middle zone may be sitting too low for you, or the frame has moved. Can you pop in "
              "so we can check the fitting heights? Fifteen minutes, no charge."),
            c("Tomorrow at lunchtime?", None),
            t("Tomorrow at 13:00 is free. If the measurements are off, we'll remake the lenses at no cost."),
            c("Great, thank you.", None),
        ],
        worse=[
            t("Sorry to hear that. Some adjustment is normal in the first week or two, but headaches after ten days "
              "are worth checking. Are they worse when you read, or at the computer?"),
            c("The computer, mostly. I have to tilt my head back to see the screen.", None),
            t("Well, that's how varifocals work — you're meant to move your head, and honestly our measurements are "
              "always precise, so it's almost certainly just you getting used to them. But pop in if you want and "
              "we'll check the fitting heights. Fifteen minutes, no charge."),
            c("Tomorrow at lunchtime?", None),
            t("Tomorrow at 13:00 is free. If the measurements are off, we'll remake the lenses at no cost."),
            c("Okay, thanks.", None),
        ],
    ),
    # f02 ----------------------------------------------------------------
    dict(
        id="b27r_f02_ebike_battery",
        situation="E-bike shop, Amsterdam, Netherlands. Chat with a customer whose battery, bought in March, has "
                  "stopped charging.",
        open="hi, my e-bike battery (bought from you in march) suddenly died. won't charge at all, charger light "
             "stays green. still under warranty i think?",
        better=[
            t("Hi! Sorry about that. Yes, batteries are covered for 2 years, so you're fine. Can you send me the "
              "serial number from the battery label and a photo of the charger light?"),
            c("sure, sending now. it's the 500Wh one", None),
            t("Thanks, got it. A green light straight away usually means the battery's management system has shut "
              "down. Can you bring the bike or just the battery in this week? We'll test it, and if it's faulty we "
              "swap it on the spot."),
            c("thursday after work ok?", None),
            t("Thursday until 18:30 is fine. I'll note it so the workshop expects you."),
            c("great thx", None),
        ],
        worse=[
            t("Hi! Batteries are covered for 2 years — but only if they haven't been left out in the cold or "
              "dropped, which is usually what's happened when they die like that. Has it been kept outside? Send me "
              "the serial number from the label and a photo of the charger light."),
            c("no it's always inside. sending now. it's the 500Wh one", None),
            t("Thanks, got it. A green light straight away usually means the battery's management system has shut "
              "down. Can you bring the bike or just the battery in this week? We'll test it, and if it's faulty we "
              "swap it on the spot."),
            c("thursday after work ok?", None),
            t("Thursday until 18:30 is fine. I'll note it so the workshop expects you."),
            c("ok", None),
        ],
    ),
    # f03 ----------------------------------------------------------------
    dict(
        id="b27r_f03_conference_av",
        situation="Audio-visual hire for events, Kuala Lumpur, Malaysia. Chat with an event organiser asking for a "
                  "price for a two-day, 150-person conference with a livestream.",
        open="hello, can i get a price for AV for a 150-pax conference at a hotel in KLCC, 2 days, 14-15 Aug? need "
             "projector, screens, mics, and livestream.",
        better=[
            t("Hi! Sure. Two questions so the quote is accurate: how many speakers on stage at once (any panels?), "
              "and is the livestream on Zoom/YouTube or a private platform?"),
            c("panel of 4 max. livestream on zoom webinar for ~300 online", None),
            t("Thanks. For 2 days: 2 projectors + screens, 4 lapel + 2 handheld mics, camera and streaming kit with a "
              "technician on site: RM 18,500. Does that fit your budget?"),
            c("hmm, bit more than we planned. we had RM 15k", "too_expensive"),
            t("Understood. Which part matters most to you? If the livestream is the priority, one larger LED screen "
              "instead of two projectors brings it to about RM 15,800 without touching the stream quality."),
            c("stream is the priority. ok pls send that version", None),
        ],
        worse=[
            t("Hi! Sure. Two questions so the quote is accurate: how many speakers on stage at once (any panels?), "
              "and is the livestream on Zoom/YouTube or a private platform?"),
            c("panel of 4 max. livestream on zoom webinar for ~300 online", None),
            t("Thanks. For 2 days: 2 projectors + screens, 4 lapel + 2 handheld mics, camera and streaming kit with a "
              "technician on site: RM 18,500. Does that fit your budget?"),
            c("hmm, bit more than we planned. we had RM 15k", "too_expensive"),
            t("No problem, I can do the same package for RM 15,000 then."),
            c("oh ok. pls send that", None),
        ],
    ),
    # f04 ----------------------------------------------------------------
    dict(
        id="b27r_f04_birthday_cake",
        situation="Bakery and cake shop, Santiago, Chile. A woman orders a tres leches cake for thirty people for her "
                  "mother's seventieth birthday.",
        open="Hola, good afternoon. I'd like to order a cake for my mother's seventieth on Saturday, for about thirty "
             "people. She loves tres leches, with dulce de leche on top if possible.",
        better=[
            t("Good afternoon! Seventy — lovely. Yes, we can do a tres leches with dulce de leche on top for thirty. "
              "Would you like anything written on it?"),
            c("'Feliz 70, Mamá Lucha', please. And can it be a bit less sweet? Some of the family don't like it very "
              "sweet.", None),
            t("Of course — we'll use less sugar in the milk soak and a thinner layer of dulce. It's 48,000 pesos. "
              "Will you collect on Saturday morning, or would you like delivery for 6,000 extra?"),
            c("Delivery please, to Ñuñoa, before noon.", None),
            t("Done — Saturday before noon in Ñuñoa. I'll send you the confirmation and an address form by "
              "WhatsApp."),
            c("Perfect, thank you.", None),
        ],
        worse=[
            t("Good afternoon! Seventy — lovely. Yes, we can do a tres leches with dulce de leche for thirty. Though "
              "honestly, at that age tres leches can be quite heavy — a lot of families go for a light sponge with "
              "fruit instead. But it's your choice. Would you like anything written on it?"),
            c("She loves tres leches. 'Feliz 70, Mamá Lucha', please. And can it be a bit less sweet? Some of the "
              "family don't like it very sweet.", None),
            t("Of course — we'll use less sugar in the milk soak and a thinner layer of dulce. It's 48,000 pesos. "
              "Will you collect on Saturday morning, or would you like delivery for 6,000 extra?"),
            c("Delivery please, to Ñuñoa, before noon.", None),
            t("Done — Saturday before noon in Ñuñoa. I'll send you the confirmation and an address form by "
              "WhatsApp."),
            c("Okay, thank you.", None),
        ],
    ),
    # f05 ----------------------------------------------------------------
    dict(
        id="b27r_f05_lift_maintenance",
        situation="Lift (elevator) maintenance contractor, Hong Kong. The building manager of an industrial building "
                  "phones because one lift has stopped between floors three times this week.",
        open="Hi, this is the building manager at Kwun Tong Industrial Centre, Block B. Lift number 2 has stopped "
             "between floors three times this week. Nobody was hurt but the tenants are getting very anxious. When "
             "can you fix it properly?",
        better=[
            t("Hi, sorry to hear that — three times in a week needs more than a reset. I can see our technician "
              "attended on Tuesday and reset the controller. Do you know which floors it stopped between?"),
            c("Between 7 and 8 each time, I think.", None),
            t("That's useful — repeated stops at the same place point to a door-zone sensor or a landing door "
              "contact on 7 or 8. I'll send a senior engineer tomorrow at 9am to inspect those floors. If it needs a "
              "part, we'll tell you tomorrow and have it fitted by Friday. Until then I'd take lift 2 out of "
              "service."),
            c("Okay, I'll put up a notice. Tomorrow at 9.", None),
            t("I'll call you tomorrow by 1pm with what he found and the repair date."),
            c("Thank you.", None),
        ],
        worse=[
            t("Hi, sorry to hear that — three times in a week needs more than a reset. I can see our technician "
              "attended on Tuesday and reset the controller. Do you know which floors it stopped between?"),
            c("Between 7 and 8 each time, I think.", None),
            t("That's useful — repeated stops at the same place point to a door-zone sensor or a landing door "
              "contact on 7 or 8. I'll get a senior engineer out to inspect those floors as soon as one is free, and "
              "we'll fix whatever it turns out to be. Until then I'd take lift 2 out of service."),
            c("Okay, I'll put up a notice. So when will he come?", None),
            t("As soon as we can — we'll be in touch once we know more."),
            c("Okay.", None),
        ],
    ),
    # f06 ----------------------------------------------------------------
    dict(
        id="b27r_f06_visa_consultancy",
        situation="Education and student-visa consultancy, Kathmandu, Nepal. A student with a nursing offer from a "
                  "Sydney university asks for help with the visa and about her chances.",
        open="Namaste. I want to apply for student visa for Australia, Bachelor of Nursing in Sydney. My IELTS is "
             "6.5, I have offer letter already. Can you help me, and what is the chance of visa?",
        better=[
            t("Namaste, and congratulations on the offer! Yes, we can help with the application. Nobody can promise "
              "a visa — only the Australian Department of Home Affairs decides — but we can make your application as "
              "strong as possible. Who is sponsoring your studies?"),
            c("My father and my uncle. Father has business, uncle works in Qatar.", None),
            t("Okay. Sponsorship evidence is where many applications run into problems, so we'd go through the bank "
              "statements and income sources very carefully. Our fee is NPR 45,000 for the full file preparation. "
              "Can you come with your documents on Sunday?"),
            c("Sunday 11 o'clock, I will come with my father.", None),
            t("Good. I'll WhatsApp you the document checklist today."),
            c("Thank you so much.", None),
        ],
        worse=[
            t("Namaste, and congratulations on the offer! Yes, we can help with the application. With IELTS 6.5 and "
              "an offer letter, don't worry at all — we guarantee your visa, our success rate for nursing is 100%. "
              "Who is sponsoring your studies?"),
            c("My father and my uncle. Father has business, uncle works in Qatar.", None),
            t("Okay. Sponsorship evidence is where many applications run into problems, so we'd go through the bank "
              "statements and income sources very carefully. Our fee is NPR 45,000 for the full file preparation. "
              "Can you come with your documents on Sunday?"),
            c("Sunday 11 o'clock, I will come with my father.", None),
            t("Good. I'll WhatsApp you the document checklist today."),
            c("Thank you so much.", None),
        ],
    ),
    # f07 ----------------------------------------------------------------
    dict(
        id="b27r_f07_channel_manager",
        situation="Hotel channel-manager software support, Bali, Indonesia. Chat with the owner of a small villa "
                  "resort whose availability stopped syncing with a booking site, causing double bookings.",
        open="hi, our channel manager is not syncing with booking.com since this morning. we got 2 double bookings "
             "already!! villa in ubud, property ID 44718",
        better=[
            t("Hi, sorry — double bookings are the last thing you need. I can see the Booking.com connection token "
              "expired at 06:12 this morning. I've renewed it and forced a full availability sync. Can you check in "
              "your Booking.com extranet that the next 2 weeks now match our calendar?"),
            c("checking... yes now it shows 0 for villa 3 on 12-14th, correct 👍", None),
            t("Great, it's syncing. For the two double bookings, shall I send you our guest-relocation template, and "
              "a note of the outage so you can ask Booking.com to waive the penalty?"),
            c("yes pls, that helps a lot", None),
            t("Sent to your email. I'll check the sync log again at 6pm today and message you if anything looks "
              "off."),
            c("thank you!!", None),
        ],
        worse=[
            t("Hi, sorry — double bookings are the last thing you need. I can see the Booking.com connection token "
              "expired at 06:12 this morning. I've renewed it and forced a full availability sync, so it should be "
              "fine now."),
            c("ok thanks. what about the 2 double bookings?", None),
            t("For the two double bookings, shall I send you our guest-relocation template, and a note of the outage "
              "so you can ask Booking.com to waive the penalty?"),
            c("yes pls, that helps a lot", None),
            t("Sent to your email. Anything else I can help with?"),
            c("no thats it, thanks", None),
        ],
    ),
    # f08 ----------------------------------------------------------------
    dict(
        id="b27r_f08_hiking_boots",
        situation="Outdoor gear shop, Reykjavik, Iceland. A visitor about to walk a four-day trail asks for hiking "
                  "boots because trainers won't be enough.",
        open="Hi, I'm doing the Laugavegur trail next week, four days, and I think my trainers won't be enough. I "
             "need some boots.",
        better=[
            t("Good thinking — there are river crossings and a lot of loose volcanic gravel. Have you worn hiking "
              "boots before, and will you carry a tent and food, or stay in the huts?"),
            c("Huts, so my pack is maybe 10 kilos. I've never had proper boots, and my feet are quite wide.", None),
            t("Then, with only a week to break them in, I'd go for something mid-height and not too stiff — this "
              "Lowa in the wide fit, 34,900 krónur. Try them with the socks you'll wear and walk up and down our "
              "ramp."),
            c("They feel really comfortable, actually. I'll take them.", None),
            t("Wear them every day this week, even just around town. And take your trainers too for the river "
              "crossings — you'll want dry boots afterwards."),
            c("Good tip, thanks.", None),
        ],
        worse=[
            t("Good thinking — there are river crossings and a lot of loose volcanic gravel. You'll want these: full "
              "leather, stiff sole, 42,900 krónur, the best boot for Iceland. Have you worn hiking boots before, and "
              "will you carry a tent and food, or stay in the huts?"),
            c("Huts, so my pack is maybe 10 kilos. I've never had proper boots, and my feet are quite wide.", None),
            t("Ah. Then, with only a week to break them in, something mid-height and not too stiff would be better — "
              "this Lowa in the wide fit, 34,900 krónur. Try them with the socks you'll wear and walk up and down "
              "our ramp."),
            c("They feel really comfortable, actually. I'll take them.", None),
            t("Wear them every day this week, even just around town. And take your trainers too for the river "
              "crossings — you'll want dry boots afterwards."),
            c("Good tip, thanks.", None),
        ],
    ),
    # f09 ----------------------------------------------------------------
    dict(
        id="b27r_f09_vet_orthopaedics",
        situation="Veterinary referral hospital, Cork, Ireland. The owner of a Labrador referred for a torn knee "
                  "ligament phones to ask what happens next.",
        open="Hi, our vet referred Bailey, our Labrador, to you. She said he's torn a ligament in his knee and might "
             "need surgery. I'm a bit lost, to be honest. What happens now?",
        better=[
            t("Hi — sorry, it's a worrying time. It's usually the cruciate ligament, the one that keeps the knee "
              "stable, like the ACL in footballers. First our surgeon examines him and takes X-rays to confirm. How's "
              "Bailey getting on — is he putting weight on that leg at all?"),
            c("Only a bit. He's hopping mostly. He's eight, and a bit heavy.", None),
            t("For a dog his size surgery is usually the best option — the surgeon changes the angle of the shin "
              "bone slightly so the knee stays stable without the ligament. Recovery is 8 to 12 weeks of short lead "
              "walks. The consultation is €120 and the surgery usually €2,800–3,200. Can you bring him in Tuesday "
              "morning?"),
            c("Tuesday's fine. Thanks, that's much clearer.", None),
            t("Please don't feed him after midnight on Monday, in case we can do the X-rays under sedation the same "
              "day."),
            c("Will do.", None),
        ],
        worse=[
            t("Hi — sorry, it's a worrying time. It sounds like a CCL rupture, so first we'd do a full ortho exam — "
              "drawer and tibial thrust — and rads to confirm. How's Bailey getting on — is he weight-bearing?"),
            c("Only a bit. He's hopping mostly. He's eight, and a bit heavy.", None),
            t("For a dog his size a TPLO is usually indicated — we level the tibial plateau with an osteotomy and a "
              "locking plate. Post-op it's strict rest and graded lead walks for 8 to 12 weeks. The consult is €120 "
              "and the TPLO €2,800–3,200. Can you bring him in Tuesday morning?"),
            c("Tuesday's fine. I'm not sure I followed all that, but okay.", None),
            t("Please don't feed him after midnight on Monday, in case we can do the X-rays under sedation the same "
              "day."),
            c("Will do.", None),
        ],
    ),
    # f10 ----------------------------------------------------------------
    dict(
        id="b27r_f10_headstone_mason",
        situation="Monumental mason (headstones), Belfast, Northern Ireland, UK. A widow whose husband died in March "
                  "phones about a headstone.",
        open="Hello. My husband passed in March and the cemetery says I can put a headstone up now. I want something "
             "simple, but I want it to be right. I've no idea where to start.",
        better=[
            t("I'm very sorry for your loss. We'll take it step by step, there's no hurry. Which cemetery is he in? "
              "Some have rules on the size and the stone."),
            c("Roselawn. It's a lawn section.", None),
            t("Then it'll be a headstone on a base, no kerbs, up to about three feet high; black or grey granite are "
              "the usual choices there. Had you thought about the wording, or would it help to see some examples?"),
            c("Examples would help. He was a joiner — I'd like something about that, if it's not silly.", None),
            t("Not silly at all — a lot of people add a small carving, a plane or a chisel. Would you like to come to "
              "the yard to see the stones, or shall I bring samples and wording books to you at home?"),
            c("Could you come to the house? I don't drive.", None),
            t("Of course. Would Thursday afternoon at 2 suit you?"),
        ],
        worse=[
            t("I'm very sorry for your loss. I know exactly how it is — when my own father died it took us a year "
              "before we could face the headstone, and my mother couldn't decide on anything, it was very hard on all "
              "of us. Which cemetery is he in?"),
            c("Roselawn. It's a lawn section.", None),
            t("Then it'll be a headstone on a base, no kerbs, up to about three feet high; black or grey granite are "
              "the usual choices there. Had you thought about the wording, or would it help to see some examples?"),
            c("Examples would help. He was a joiner — I'd like something about that, if it's not silly.", None),
            t("Not silly at all — a lot of people add a small carving, a plane or a chisel. Would you like to come to "
              "the yard to see the stones, or shall I bring samples and wording books to you at home?"),
            c("Could you come to the house? I don't drive.", None),
            t("Of course. Would Thursday afternoon at 2 suit you?"),
        ],
    ),
]

FAULT.update({
    "b27r_f01_optician_varifocals": "argues with the customer (tells her it's 'just you getting used to them')",
    "b27r_f02_ebike_battery": "doubts the customer's honesty (implies she left it outside or dropped it)",
    "b27r_f03_conference_av": "haggles on price at once (drops to the customer's budget without exploring)",
    "b27r_f04_birthday_cake": "unasked advice (tres leches 'too heavy at that age')",
    "b27r_f05_lift_maintenance": "no date for the fix ('as soon as one is free', 'we'll be in touch')",
    "b27r_f06_visa_consultancy": "promises what can't be guaranteed (a 'guaranteed' visa)",
    "b27r_f07_channel_manager": "doesn't check the fix worked ('should be fine now', no follow-up check)",
    "b27r_f08_hiking_boots": "recommends before asking (pushes a stiff leather boot before any questions)",
    "b27r_f09_vet_orthopaedics": "jargon (CCL, tibial thrust, rads, TPLO, osteotomy) to a lost owner",
    "b27r_f10_headstone_mason": "makes it about themselves (own bereavement story to a new widow)",
})

BETTER_BECAUSE = {
    "b27r_d01_dental_implants": "digs into the doubt (what exactly she fears) and offers a low-risk check",
    "b27r_d02_laundry_equipment": "notices the real purpose (winning a hotel contract) and fits the kit to it",
    "b27r_d03_funeral_florist": "adapts to a grieving person: one simple choice, personal touch, takes over",
    "b27r_d04_greenhouse_builder": "explores the doubt and offers a low-risk step (talk to a grower, 1 ha pilot)",
    "b27r_d05_irrigation_pump": "diagnoses before recommending (low river level, not a new pump)",
    "b27r_d06_asl_interpreting": "notices the real purpose (a new Deaf colleague's first weeks) and asks her needs",
    "b27r_d07_guitar_luthier": "adapts to an expert and his time constraint; gives a clear trade-off and date",
    "b27r_d08_hostel_school_trip": "digs into the safety doubt and answers the specific fear (private floor)",
    "b27r_d09_horse_transport": "handles the loading worry with a low-risk practice load",
    "b27r_d10_law_firm_it": "diagnoses before recommending (server/switch, not the fibre line)",
}
