"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would agree with.
Hand-written for blind73."""
from common import c, rpair, t

PAIRS = []

# d01 — better questions the brief; worse quotes what was asked and reassures
O = c("Hi, I'm Mei Chen, bursar at Sri Bukit International School. The board approved a technology budget and the principal wants interactive panels in all forty classrooms. Can you quote forty 75-inch panels with installation?", None)
PAIRS.append(rpair(
    "b73r_d01_kualalumpur_school_panels",
    "A school bursar in Kuala Lumpur asks for a quote for interactive panels in forty classrooms; she doubts teachers will use the touch features and answers to the board.",
    better=[O,
            t("Happy to quote, Ms. Chen. Before I do, what do the classrooms have now, and what is the principal hoping will change for teachers?"),
            c("Projectors, six or seven years old, some very dim. The principal saw panels at another school and liked them. Honestly, I'm not sure teachers will use the touch part, many just show slides.", None),
            t("Useful doubt to have now rather than later. Panels fix the dim projectors completely; touch only pays off where teachers write on the board, usually maths, science and the junior years. Do you know which teachers would use it?"),
            c("The primary section would, I think. Secondary mostly slides. The budget is 1.2 million ringgit and I must justify every ringgit to the board.", None),
            t("Then one option for the board: touch panels in the 16 primary rooms, bright non-touch displays in the 24 secondary rooms at about 40 percent less. I'll quote that and forty panels, and lend you one panel for two weeks in a primary class so you see whether teachers use it."),
            c("Two quotes and a trial, good. I need them before the board meets on the 20th.", None)],
    worse=[O,
           t("Certainly, Ms. Chen. Our 75-inch panel is 24,500 ringgit installed, with wall mounting, cabling and a five-year warranty. For forty, 980,000."),
           c("That's within budget. Is training included? Some teachers are not very technical.", None),
           t("Yes, two half-day staff sessions, plus video guides. Would you like a demo unit at the school so the principal can see it?"),
           c("A demo would be nice. Honestly, I'm not sure how many teachers will use the touch part.", None),
           t("Most schools find teachers pick it up within a term, especially after the training. I'll send the quote today and arrange the demo for next week."),
           c("Okay. I need it before the board meets on the 20th.", None)]))

# d02 — better diagnoses before selling frequency; worse pushes the usual monthly plan
O = c("Buenas, hello, I have a restaurant in Oaxaca centro, mole, tlayudas, lots of fat, you know. The kitchen drain smells terrible and the municipality sent a warning letter. How much for you to clean the grease trap?", None)
PAIRS.append(rpair(
    "b73r_d02_oaxaca_grease_trap",
    "A restaurant owner in Oaxaca calls a grease-trap service after a municipal warning about drain smells; her rent just went up.",
    better=[O,
            t("Hello! We can help. When was the trap last cleaned, and do you know how big it is?"),
            c("Hmm, the previous owner... I think never since I bought it, two years. The size I don't know, it is under the floor near the sink.", None),
            t("Two years with that much fat, it's probably completely full, which explains the smell and the warning. The first cleaning is bigger, about 3,800 pesos. How often after that depends on the size, so we measure it on the first visit and I tell you honestly: every month or every three."),
            c("Yes please, because a monthly contract I cannot pay, the rent went up.", "no_money"),
            t("Understood. If the trap is small, monthly may really be needed; if it's big, quarterly is enough. And you get the certificate for the municipality the same day. Thursday at eight, before you open?"),
            c("Thursday at eight. The certificate is important, they gave me thirty days.", None)],
    worse=[O,
           t("Hello! Yes, we do that. A single cleaning is 3,800 pesos, or our monthly plan is 1,900 a visit, which most restaurants take."),
           c("Monthly is a lot for me, the rent went up. Is once not enough?", "no_money"),
           t("For a kitchen with a lot of fat we recommend monthly, it stops the smell coming back. But you can start with one cleaning and see."),
           c("Okay, one cleaning. And the paper for the municipality?", None),
           t("Yes, you get a certificate after the cleaning. Thursday at eight?"),
           c("Thursday at eight is fine.", None)]))

# d03 — better hears the real need (trust at the scale); worse sells accuracy and a discount
O = c("Good morning, my name is Kofi Boateng, secretary of the Asante Akyem cocoa farmers' society. We want to buy new scales for the buying centres. Six of them.", None)
PAIRS.append(rpair(
    "b73r_d03_kumasi_cocoa_scales",
    "The secretary of a cocoa farmers' society near Kumasi wants six scales; farmers have accused the old ones of cheating and money is short after a poor harvest.",
    better=[O,
            t("Good morning, Mr. Boateng. Happy to help. What's wrong with the ones you have now?"),
            c("Old spring scales. The farmers complain the scales cheat them. Last season there was a quarrel and one farmer took his beans to another buyer.", None),
            t("So the real issue is trust at the weighing, not only accuracy. A platform scale with a display facing the farmer and a printed ticket for every bag helps a lot: he sees the number and takes it home. We'd also have them verified and stamped by the Ghana Standards Authority before delivery."),
            c("The ticket is good, the farmers will like it. But printing scales are expensive, no? The society has little money after the bad harvest.", "no_money"),
            t("About 30 percent more: 7,200 cedis each against 5,500 without the printer. You could put printing scales in the two busiest centres, plain ones in the other four, and add printers later. I'll quote both."),
            c("That is a good plan. I will present it to the executives at the next meeting.", "think_it_over")],
    worse=[O,
           t("Good morning! Our digital platform scale is very popular with cooperatives: 150 kilos, battery backup, accurate to 50 grams. 5,500 cedis each."),
           c("Is it accurate? The farmers say our old ones cheat them.", None),
           t("Very accurate, calibrated at the factory, with a one-year warranty. For six it's 33,000 cedis, delivered to the centres."),
           c("33,000 is a lot for us after the bad harvest.", "no_money"),
           t("I understand. 5,200 each if you take all six, and you can pay half now and half after the main crop."),
           c("Okay. Send me the quotation, I will present it to the executives.", "think_it_over")]))

# d04 — better sizes from usage and checks capacity first; worse proposes a number and leaves capacity vague
O = c("Hello, I'm Sigrún, operations at Hótel Hraun, 60 rooms, just outside Reykjavík. More and more guests arrive in electric rental cars and ask where to charge. I'd like a price for chargers in our car park.", None)
PAIRS.append(rpair(
    "b73r_d04_reykjavik_hotel_ev_chargers",
    "A hotel operations manager near Reykjavík asks an installer for EV chargers for guests; her budget is limited and the kitchen draws heavily in the evening.",
    better=[O,
            t("Hello Sigrún. Roughly how many electric cars do you see on a typical night, and how long do guests stay?"),
            c("In summer eight, nine a night. Winter three or four. Most stay one night, they're driving the Ring Road.", None),
            t("So it's overnight charging, one night. Good news: 11 kW chargers fill most rental cars overnight and cost far less than fast ones. Do you know how much spare capacity your connection has? That decides how many can run at once."),
            c("No idea. The kitchen uses a lot in the evening. I'd hate to pay for a new connection, our budget this year is limited.", "no_money"),
            t("Then before anyone quotes, we measure your load for a week: 45,000 krónur, deducted if you go ahead. With load management, most hotels your size run six chargers without a new connection. You'd get the result and prices for four and for six."),
            c("That sounds sensible. Can you start the measurement next week?", None)],
    worse=[O,
           t("Hello Sigrún! We install 22 kW chargers, the most popular for hotels. For a car park your size I'd suggest eight, so guests never wait."),
           c("Eight? In winter we get three or four electric cars. And our budget this year is limited.", "no_money"),
           t("Understood, you could start with four and add more later; we can lay the cabling now. Four with installation is around 2.8 million krónur."),
           c("Will our electricity handle it? The kitchen uses a lot in the evening.", None),
           t("Our electrician checks the connection when he comes to install. If it needs upgrading, we'll tell you the cost then."),
           c("Hmm. Send me the quote for four and I'll look at it.", "brush_off")]))

# d05 — better is honest about a limit and proposes a measurable parallel test; worse glosses over it
O = c("Good morning. I plan routes for 30 trucks doing container transport from the Antwerp port terminals. We do it in Excel and on experience. My director asked me to look at route-planning software. I'm sceptical, honestly.", None)
PAIRS.append(rpair(
    "b73r_d05_antwerp_route_planning",
    "A sceptical haulage planner in Antwerp evaluates route-planning software for container trucks working to terminal time slots; a past tool failed with the drivers.",
    better=[O,
            t("Good morning. Sceptical is healthy. What does a hard day look like with the way you plan now?"),
            c("When a terminal slot moves. The port gives us pickup slots; if one changes at ten in the morning I redo half the day by phone.", None),
            t("So the core problem is re-planning when slots change, not the first plan. To be honest: we re-plan in seconds, but we don't yet read terminal slots automatically from the port system; you'd type the change in. Would that still save you time?"),
            c("Typing it is fine if the re-plan is fast. But we had a planning tool five years ago, the drivers hated it, it sent them through the city centre.", "bad_experience"),
            t("Worth testing, not arguing. We can block zones like the centre and the tunnel at peak times. Run it in parallel with Excel for two weeks on ten trucks and time your re-plans both ways. If it saves nothing, you have the numbers for your director."),
            c("Two weeks parallel, ten trucks. That I can do. Send me the setup steps.", None)],
    worse=[O,
           t("Good morning! Our software optimises routes for fleets like yours, with time windows, driver hours and traffic. Most customers save 10 to 15 percent of kilometres."),
           c("Our problem is when a terminal slot changes in the morning. I have to redo half the day.", None),
           t("Yes, it re-plans automatically when something changes, that's one of the main benefits. And it integrates with most systems."),
           c("We had a planning tool five years ago, the drivers hated it. It sent them through the city centre.", "bad_experience"),
           t("The maps are much better now, and you can set restrictions. Shall we set up a demo with your director?"),
           c("Okay, a demo. Send me some dates.", None)]))

# d06 — better checks the lease to avoid double cover; worse quotes everything and discounts via deductible
O = c("Good afternoon. I am the administrator of Centro Diagnóstico San Isidro. A clinic near us had water damage and lost an ultrasound machine. I want to insure all our equipment: two ultrasounds, an X-ray, and computers.", None)
PAIRS.append(rpair(
    "b73r_d06_lima_clinic_equipment_insurance",
    "A diagnostic clinic administrator in Lima asks an insurance broker to cover its equipment; the X-ray is leased and the doctors decide on Friday.",
    better=[O,
            t("Good afternoon. Sensible to look at it now. Are all the machines owned by the clinic, or are some leased or financed?"),
            c("The X-ray is leased from the supplier, five years. The ultrasounds we bought. I think the lease has some insurance, but I never read it properly.", None),
            t("Worth checking before you pay twice: many leases already carry insurance, and then you'd only cover the ultrasounds and computers. Could you send me the lease? I'll read the insurance clause and tell you what's covered."),
            c("Yes, I can send it. But tell me more or less the cost, the doctors will ask.", None),
            t("For the ultrasounds and computers, about 1.2 percent of their value a year, roughly 4,800 soles if they're worth 400,000. More if the lease doesn't cover the X-ray. The exact figure by Wednesday, after I read the lease."),
            c("Okay. The doctors decide on Friday, so Wednesday is good.", None)],
    worse=[O,
           t("Good afternoon. We can insure all of it under an electronic equipment policy: water, fire, electrical damage and theft. What's the total value?"),
           c("Maybe 900,000 soles with the X-ray. The X-ray is leased, though.", None),
           t("We can include it in the policy. At about 1.2 percent a year, around 10,800 soles for everything."),
           c("10,800 is more than I thought. The doctors will not like it.", "too_expensive"),
           t("It's the standard rate for medical equipment. With a higher deductible it comes down to about 9,000."),
           c("Send me both options, I will show the doctors on Friday.", "think_it_over")]))

# d07 — better fits training to who actually faces the risk; worse offers one course for all
O = c("Hi. I'm Arjun, IT manager at Medipack Industries, Bengaluru. Last month someone in accounts paid a fake invoice, 6.5 lakh, from an email that looked like our supplier's. Management wants training for everyone. 400 people.", None)
PAIRS.append(rpair(
    "b73r_d07_bengaluru_security_awareness",
    "An IT manager at a packaging manufacturer wants security-awareness training after invoice fraud; most staff work shifts on the floor and production cannot stop.",
    better=[O,
            t("Hi Arjun, that's a painful one. Before I suggest anything: of the 400, how many use email in their job?"),
            c("Maybe 120. The rest are on the shop floor, three shifts, no email at all.", None),
            t("Then phishing training for all 400 wastes most of the hours. Focus on the 120, with a deeper session on invoice fraud for accounts and purchasing, like confirming bank-detail changes by phone. Does management need everyone covered for a reason, an audit perhaps?"),
            c("A customer audit, yes, they want training records for all staff. But management won't give three hours a person, production can't stop.", "no_time"),
            t("Then short pieces: fifteen minutes online for office staff, a ten-minute talk at shift change for the floor, ninety minutes for accounts and purchasing. Records for all 400, and a fake phishing test after a month so management sees whether it worked."),
            c("That I can sell internally. Send me a proposal with the cost per group.", None)],
    worse=[O,
           t("Hi Arjun, sorry to hear it. Our Cyber Aware programme is made for this: a two-hour online course on phishing, passwords and social engineering, with certificates."),
           c("Two hours for 400 people? The shop floor doesn't even have email, and production can't stop.", "no_time"),
           t("It's self-paced, they can do it in small chunks. And we can run a session for the shop floor in Kannada."),
           c("Okay. And accounts? That's where the money went.", None),
           t("The phishing module covers invoice fraud too. For 400 people it's 900 rupees each, 3.6 lakh in total."),
           c("I will need to show management. Send me the proposal.", "think_it_over")]))

# d08 — better finds how the thieves operate and is honest that cameras alone only record; worse rents towers
O = c("Hey, I'm Mike, site super on a condo build in Scarborough. We've been hit twice in three weeks, copper wire and power tools, something like 40 grand. Head office told me to get cameras up. What do you have?", None)
PAIRS.append(rpair(
    "b73r_d08_toronto_site_security",
    "A construction superintendent in Toronto calls a site-security firm after two thefts; head office has asked for cameras.",
    better=[O,
            t("Hey Mike, sorry, that's a lot. Before cameras: where did they get in, and when, nights, weekends?"),
            c("Both times Saturday night. Cut the fence at the back by the laneway and went straight for the tool container. Like they knew.", None),
            t("Straight to the container on a Saturday sounds like people who'd cased the site. Honestly, cameras alone just record it. What stops it is someone watching live who warns them off or calls police while they're still at the fence. Would head office pay for monitoring?"),
            c("Head office said cameras. Monitoring, I don't know, last project we had a guard who slept half the night.", "bad_experience"),
            t("Fair. Our towers detect motion at the fence after hours; the centre gets the clip, speaks over the speaker and calls police if they keep coming. Two towers on the laneway and container: about 2,900 a month monitored, 1,600 without. I'll send both so head office sees the difference."),
            c("Send both. I'll push for monitoring, the insurer might chip in too.", None)],
    worse=[O,
           t("Hey Mike. We rent solar camera towers, 4K, night vision, no power needed. Most sites your size take two, 1,600 a month for both."),
           c("Okay. Will that stop them?", None),
           t("It's a big deterrent, people see the tower and usually go elsewhere. And you'll have footage for the police and your insurer."),
           c("Last time they cut the fence at the back, by the laneway.", None),
           t("Then one tower on the back fence, one on the main gate. We can install Thursday."),
           c("Thursday's fine. Send the contract to head office.", None)]))

# d09 — better checks water conditions and prepares the committee; worse quotes what was asked
O = c("Hello. I'm Deng Akol, WASH officer with Riverbank Relief in Juba. We need purification tablets for about 5,000 households in the flooded areas of Jonglei, three months' supply. I need a quotation for our procurement committee.", None)
PAIRS.append(rpair(
    "b73r_d09_juba_water_treatment",
    "An NGO officer in Juba asks a supplier to quote water-treatment tablets for flood-affected households; a fixed grant and a procurement committee constrain him.",
    better=[O,
            t("Hello, Mr. Akol. I'll get it ready. One question changes what I'd quote: is the water people drink clear, or muddy flood water?"),
            c("Mostly muddy. River and flood water. People let it settle in buckets, sometimes.", None),
            t("Then tablets alone may not do it: chlorine works poorly in cloudy water unless it's settled or filtered first. Sachets that combine a flocculant with chlorine suit muddy water better, but cost more and need a bucket and cloth. Could your teams show households how?"),
            c("We have hygiene promoters, yes. But sachets cost more and the grant is fixed. The committee will not like a bigger number.", "too_expensive"),
            t("Then two options: tablets for households near boreholes and clearer water, sachets for the river-water households, each costed. I'll cite the WHO guidance on turbid water in the quote so the committee sees why the mix costs more."),
            c("Good, with the guidance they will understand. The committee sits next Tuesday.", None)],
    worse=[O,
           t("Hello. Sure. For 5,000 households over three months, one tablet per 20 litres, about 450,000 tablets. At 0.02 dollars each, around 9,000 dollars plus transport."),
           c("The committee will ask about delivery time. The roads are flooded.", None),
           t("We deliver to Juba in two weeks; from there it's river or air. Air freight to Bor is about 2,500 extra."),
           c("2,500 for air is too much for the grant, we have our own boats.", "too_expensive"),
           t("No problem, we deliver to your Juba warehouse then. I'll send the quotation today."),
           c("Thank you. The committee sits next Tuesday.", None)]))

# d10 — very short: better fixes the problem before selling the contract; worse uses the contract as the fix
O = c("hi, my espresso machine pressure is low since 2 days, the coffee taste bad. you have maintenance contract? how much", None)
PAIRS.append(rpair(
    "b73r_d10_hanoi_cafe_espresso",
    "A café owner in Hanoi messages a coffee-machine technician about low pressure and asks the price of a maintenance contract.",
    better=[O,
            t("hi, yes we do. first the machine: is pressure low all the time or only when busy? when did you last change the water filter"),
            c("all the time. filter... i think never, machine is 1 year", None),
            t("then probably scale from the hard water here. descale and new filter should fix it, 600k dong. lets fix that this week, then you decide about a contract: 350k a month, filter every 3 months"),
            c("ok fix first. thursday morning ok?", None),
            t("thursday 8am, before your morning rush. i bring the filter, it takes about one hour")],
    worse=[O,
           t("hi, yes: 350k dong a month, we visit every 3 months, change the filter, clean and check pressure. repairs 20% off for contract customers"),
           c("ok but now the pressure is low, can you fix?", None),
           t("yes, if you sign the contract the first visit is free, we can come thursday"),
           c("ok let me think, i call you tomorrow", "think_it_over"),
           t("ok no problem, talk tomorrow")]))
