"""Gaming pairs, part b (kinds 6-10, two each). Hand-written for blind73."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question
O = c("Hi, this is Wei Ling, transport planner at Kranji Distribution. Your tracking map is running twenty minutes behind all week. I'm sending drivers to jobs on old positions. Third time this year.", None)
PAIRS.append(gpair(
    "b73g_singapore_fleet_tracking", "fleet telematics support, Singapore", "putdown_question",
    "A transport planner calls her telematics provider because live van positions lag twenty minutes; it is the third fault this year.",
    good=[O,
          t("That's a real operational problem, sorry. I'm opening your account as we talk. Is it all thirty-five vehicles lagging, or some?"),
          c("The ones on the new routes at least. The old vans seem fine. I haven't checked every one, I haven't had time.", None),
          t("That's a useful clue. The twelve vans added in March report every twenty minutes instead of every sixty seconds: they were set up on the economy profile. Our setup error, not yours. I can switch them now."),
          c("Do it. But three times this year... my manager is already asking whether we should look at other providers.", "bad_experience"),
          t("A fair question for him to ask. It's switched. Could you refresh and tell me if van SGL 4412 moves?"),
          c("Yes... it just jumped to Jurong. Okay, that's live.", None),
          t("Good. For the two earlier incidents I'll send you and your manager a short written account by Friday, with what we've changed, and I'll credit this month's fee for the twelve vans."),
          c("Fine. Send it to both of us, his email is on the account.", None)],
    gaming=[O,
            t("I hear you, Wei Ling. Before we go on, are you sure you're not looking at the replay view instead of live? Happens a lot with newer users."),
            c("I've used this system for three years. It's the live view.", None),
            t("Okay. And have you actually tried refreshing, or is it easier to call us first?"),
            c("Of course I refreshed. Twenty minutes behind. Drivers are going to the wrong places.", None),
            t("Right. So help me understand, could the drivers be unplugging the devices? Because honestly, nine times out of ten it's the drivers."),
            c("It's the twelve new vans. The old ones are fine. Third time this year something goes wrong with you people.", "bad_experience"),
            t("I understand your frustration. What makes you so sure it's on our side, when the old vans work fine?"),
            c("Because your technician installed the new vans. I'm done. My manager can talk to other providers.", None)]))

# 12 putdown_question
O = c("Good morning, I call from Clínica Dental Chapalita. The autoclave we bought from you in January stops in the middle of the cycle with error E4. Three times this week. We have patients all day, I cannot sterilise.", None)
PAIRS.append(gpair(
    "b73g_guadalajara_dental_autoclave", "dental equipment distributor, Guadalajara (Mexico)", "putdown_question",
    "A dental clinic's office manager calls the distributor because an eight-month-old autoclave keeps aborting cycles; nobody explained the water it needs.",
    good=[O,
          t("Good morning. That stops your whole day, so let's sort it. E4 usually means it's not reaching pressure. What water do you fill it with?"),
          c("Water from the filter in the kitchen. Is that wrong? Nobody told us anything about the water.", None),
          t("It may be the cause, and you're right that nobody told you, it should have been in the installation training. These units need distilled water; minerals from tap water block the valve. Do you have another way to sterilise today?"),
          c("The old small one, but it is slow. Honestly, Dr. Ruiz says we should return this and buy another brand.", "bad_experience"),
          t("I understand why he'd feel that. It's under warranty, and since the water wasn't explained, I won't treat it as misuse. A technician can come tomorrow at eight, before your first patient, clean the valve and show your assistant the water routine."),
          c("Tomorrow at eight is good. And then it will work?", None),
          t("If it's the valve, yes, and he'll run a full test cycle with you before leaving. If it's something else, he'll say so on the spot and we lend you a unit while we repair it."),
          c("Okay. Thank you, that is more than I expected.", None)],
    gaming=[O,
            t("Good morning! I understand. Before we blame the machine, did anyone at the clinic actually read the manual, or did you just start using it?"),
            c("We used it like the technician showed us. It worked until last month.", None),
            t("Mm. And what water goes in? You're not using plain tap water like most clinics, are you, because that would explain everything?"),
            c("Filtered water. Nobody told us it had to be something special.", None),
            t("So honestly, how did you expect a precision machine to run on kitchen water? What did you think would happen?"),
            c("I did not think anything, because nobody told us! Is the repair covered or not?", None),
            t("Misuse isn't usually covered. But we have a preventive maintenance plan at 4,200 pesos a quarter, so this doesn't happen again. Would that improve your experience with the machine?"),
            c("You want me to pay you for your mistake? I will tell Dr. Ruiz to return it.", None)]))

# 13 not_my_department_or_read_the_terms
O = c("Bonjour, I'm Nadia Berrada, I manage Riad Dar Zitoun in the medina. A pipe burst on Sunday, two rooms flooded, I had to move six guests. I want to open a claim and know if the cancelled nights are covered.", None)
PAIRS.append(gpair(
    "b73g_marrakech_riad_insurance", "property insurer for a guesthouse, Marrakech (Morocco)", "not_my_department_or_read_the_terms",
    "A riad manager calls her insurer after a burst pipe closes two rooms; she wants to claim and asks whether lost bookings are covered before her renewal in May.",
    good=[O,
          t("Bonjour Madame Berrada, I'm sorry, that's a hard weekend. I'll open the claim now. Is the pipe repaired, and are the rooms safe?"),
          c("The plumber came Monday. The rooms are still wet, the zellige is coming off the wall. Closed maybe three weeks.", None),
          t("Understood. Your policy covers loss of income after water damage for up to 30 days, but from the fourth day. So the first three nights aren't covered, the rest are. Better you hear it from me now than in a letter."),
          c("Three days not covered, that is 11,000 dirhams. And my premium went up already this year.", "too_expensive"),
          t("It's a lot for a small house. For the claim, keep the cancelled guests' booking confirmations and the plumber's invoice, and photograph the tiles before anyone touches them. An assessor can come Wednesday morning. Does that work?"),
          c("Wednesday, before eleven. And at renewal, should I take the cover with no waiting days?", None),
          t("It's about 1,900 dirhams more a year. This year it would have paid for itself, but pipes don't burst every year. Let's finish the claim first; I'll send both options before May so you can decide calmly."),
          c("Good. Send me the claim number by email please.", None)],
    gaming=[O,
            t("Bonjour! I'm so sorry, how are you feeling about it all? For the claim itself there's an online form, that's a different team, I only handle policies."),
            c("I tried the form, it asks for a claim reference I don't have. I just want to know if the cancelled nights are covered.", None),
            t("Great question. Honestly, it's all in your policy conditions, section 7 I think. I'd really recommend reading the terms, everything is explained there."),
            c("Section 7 is twelve pages of small print. Can you not look at it with me?", None),
            t("I understand that's frustrating. I didn't write the conditions myself, I just work with what the underwriters give us. Is there anything else I can help with today?"),
            c("Yes! Are the nights covered or not? Six guests cancelled.", None),
            t("I hear how important this is to you. Loss of income is really the claims department's area. And at renewal in May you might look at our Premium cover, so this doesn't happen again."),
            c("So I pay more to a company that won't even answer me. No. My broker can find me another insurer.", "bad_experience")]))

# 14 not_my_department_or_read_the_terms
O = c("Good afternoon. This is Kwame Asante, bursar at Bright Star Academy, East Legon. Our bus broke down on the Spintex Road yesterday with twenty-two children inside. Your garage serviced it last week. I want to know what is going on.", None)
PAIRS.append(gpair(
    "b73g_accra_school_bus_service", "bus maintenance contract for a private school, Accra (Ghana)", "not_my_department_or_read_the_terms",
    "A school bursar calls the garage holding the bus maintenance contract after a breakdown with children aboard, a week after a service; the board is reconsidering the contract.",
    good=[O,
          t("Good afternoon, Mr. Asante. I'm sorry, that must have frightened the children and the parents. Is everyone safe, and where is the bus now?"),
          c("The children are fine, the teachers brought them back by taxi. The bus is still on the roadside. The driver says the engine overheated.", None),
          t("First things first: our tow truck will fetch it within the hour. Last week's service sheet shows oil and brakes done, but the coolant hose isn't ticked, so I need to find out if it was checked or missed. You'll have an answer by noon tomorrow."),
          c("Good. But the board is asking me whether to continue with your contract. The garage before you also gave us trouble, we are tired of this.", "bad_experience"),
          t("That's reasonable of them. If we missed the hose, repair and towing are on us, and I'll write to the board myself. How will you get the children to school tomorrow?"),
          c("We have only the second bus, it will do two trips. It's not ideal.", None),
          t("I can lend you our 30-seater with a driver while yours is in the workshop, no charge. I'll call you at noon tomorrow with the diagnosis and a date for the bus."),
          c("That helps a lot. I will tell the head. Noon tomorrow, then.", None)],
    gaming=[O,
            t("Good afternoon, Mr. Asante, thank you for sharing that, I understand your concern. Breakdowns are handled by the roadside team, I'm in service bookings, so I can't really speak to that."),
            c("The roadside number doesn't answer. The bus is still sitting there. Your garage serviced it last week.", None),
            t("I hear you. The service covers what's on the checklist, it's all in the contract terms, clause 4. If it's not on the list, it's not something we check, unfortunately."),
            c("So who checks the cooling on a school bus? You tell me.", None),
            t("A very fair question. I didn't write the checklist, I just book the slots. I can book a diagnostic for Thursday, it's 650 cedis."),
            c("Thursday. And until Thursday, how do I carry the children?", None),
            t("I understand transport is important. That's not something we deal with, you'd have to ask the school's transport provider. Anything else I can help with today?"),
            c("We are the school. I will write to your manager, and the board will decide on the contract.", None)]))

# 15 social_proof_or_deadline_pressure
O = c("hi, so, we've got a pretty old till system and the card reader keeps dropping out. I'm looking at options. Just so you know, the last POS company we used had all these hidden fees so I'm kind of wary.", None)
PAIRS.append(gpair(
    "b73g_melbourne_restaurant_pos", "point-of-sale system vendor, Melbourne (Australia)", "social_proof_or_deadline_pressure",
    "The co-owner of a 60-seat Vietnamese restaurant in Richmond asks a POS vendor about replacing her till; a previous vendor's hidden fees burned her and her brother co-owns the business.",
    good=[O,
          t("Fair enough, and thanks for saying it upfront. What would you need the new system to do that the old one doesn't?"),
          c("Um, table ordering would be nice, the staff run back and forth a lot. And a card reader that just... works. Sixty seats, busy Thursday to Sunday.", None),
          t("A reliable reader and ordering at the table. On fees, here they all are: 89 dollars a month, 1.4 percent per card transaction, handhelds 399 each, one-off. No contract, a month's notice to cancel. What do you pay on card fees now?"),
          c("Around 1.6, I think? I'd have to check. The handhelds add up though, we'd need four.", "too_expensive"),
          t("They do, about 1,600. You could start with two on the busy floor and buy more only if the staff use them. Send me last month's card statement and I'll work out whether the lower fee covers the monthly cost."),
          c("Okay, that's useful. I need to run it past my brother, he's the other owner.", "think_it_over"),
          t("Of course. I'll email the fee sheet today, and if you both want to try it, I can bring a handheld in on a quiet Tuesday for you and the staff to play with."),
          c("Tuesday could work. Send it through.", None)],
    gaming=[O,
            t("Totally understand the wariness! And honestly, you're in good company, nearly every restaurant on Swan Street has switched to us this year. What's your experience been with the card reader?"),
            c("It drops out on busy nights. And like I said, I got stung on fees last time.", "bad_experience"),
            t("I hear that. That's exactly why 400 Melbourne venues moved to us last quarter. And our free-hardware promo ends Friday; after that handhelds are 399 each. Can I lock it in for you today?"),
            c("Friday? I'd have to talk to my brother first, he co-owns it.", "think_it_over"),
            t("Of course. Just so you know, the place two doors down signed on Monday, and they felt the same at first. How would you feel about missing out on free handhelds?"),
            c("I don't really care what they did. What are the fees? Per transaction?", None),
            t("Very competitive, and everyone's really happy. I can only hold the promo until five on Friday though, and there are only a few bundles left this month."),
            c("You still haven't told me the fees. That's exactly how it went last time. No thanks.", "bad_experience")]))

# 16 social_proof_or_deadline_pressure
O = c("Good morning. I manage the cooperative Viñas del Este, in San Martín. We have 61 members and some asked me about hail insurance. I want to understand what you offer, but I warn you, many members already have anti-hail nets.", None)
PAIRS.append(gpair(
    "b73g_mendoza_vineyard_hail", "hail insurance for a winegrowers' cooperative, Mendoza (Argentina)", "social_proof_or_deadline_pressure",
    "A cooperative manager meets an agricultural insurance agent; the small growers without nets are exposed, and any contract needs a vote of the members' assembly.",
    good=[O,
          t("Good morning, thank you for seeing me. The nets matter a lot for what makes sense. Roughly how much of the area is under nets?"),
          c("Maybe 40 percent, the bigger members. The small ones, with 3 or 4 hectares, cannot pay for nets, and those lost everything in 2023.", None),
          t("So the interest is really from small growers without nets, who can't absorb a bad storm. It would make sense to quote only the uncovered hectares. Do you know roughly how many?"),
          c("Around 220 hectares without nets. But I tell you, premiums are expensive and the small growers earn very little.", "too_expensive"),
          t("They are, I won't pretend otherwise: about 6 percent of insured value here. There's a provincial subsidy paying half the premium for growers under 10 hectares. Shall I calculate it for three typical members, so they see real numbers?"),
          c("Yes, that is better than percentages. But the assembly must vote, I cannot sign anything alone.", "think_it_over"),
          t("Of course. Send me the hectares and varieties of three small members and the figures will be ready before the assembly. I can also come and answer questions there."),
          c("The assembly is on the 12th. I will send you the data this week.", None)],
    gaming=[O,
            t("Good morning! Honestly, nets or no nets, every serious cooperative in Mendoza is insured with us now. Luján, Maipú, Tunuyán, all signed this season. What's your experience with hail?"),
            c("We lost a lot in 2023, the small growers mostly. The big ones have nets.", None),
            t("Exactly, and that's why Tunuyán didn't wait. The subscription window closes on the 30th, and after that our underwriters won't take new vineyards. Shall we do all 550 hectares today?"),
            c("All of it? The members with nets don't need it. And a premium for 550 hectares, we cannot pay that.", "no_money"),
            t("I understand. But you don't want to be the only cooperative in the east without cover, do you? The president in Maipú told me it was their best decision ever."),
            c("What Maipú does is their business. I must present this to the assembly, it votes on the 12th.", "think_it_over"),
            t("The 12th is too late, unfortunately, the window closes on the 30th. If you sign a letter of intent today, I can hold your place."),
            c("Then we will wait for next season. Good morning.", "brush_off")]))

# 17 keyword_stuffed
O = c("Hi, good morning. I'm Carla, training manager at a BPO in Ortigas. Escalations went up about 30 percent since we took a new telco client. I'm looking for de-escalation training for the agents on that account.", None)
PAIRS.append(gpair(
    "b73g_manila_bpo_training", "agent training provider, Manila (Philippines)", "keyword_stuffed",
    "A call-centre training manager looks for de-escalation training after complaints rose; a generic course last year did nothing and her quarterly budget is fixed.",
    good=[O,
          t("Good morning, Carla. How many agents are on that account, and do you know what drives the escalations, the calls themselves or something in the process?"),
          c("Eighty agents, mostly under six months. QA says they read the script when the customer is already angry. Also the telco's billing errors, which we can't fix.", None),
          t("So part skill, new agents clinging to the script under pressure, and part billing errors outside your control. Training can help the first, not the second. Fair split?"),
          c("Fair. I'd be suspicious if you said training fixes everything. We did a generic communication course last year and nothing changed.", "bad_experience"),
          t("Then this one should be specific: role-plays built from your own recorded billing calls, groups of twelve, two half-days, so the floor isn't emptied. About 380,000 pesos for eighty, and we agree one measure upfront, the account's escalation rate, checked eight weeks later."),
          c("380 is above my quarterly budget. I have maybe 250 left.", "no_money"),
          t("Then start with the 48 newest agents this quarter, about 230,000, and the rest next quarter if the numbers move. Could you send ten anonymised calls so I can show you a sample role-play?"),
          c("I can. Let me check with compliance about sharing recordings first.", None)],
    gaming=[O,
            t("Good morning, Carla, thank you for sharing. I really feel your need here. We understand that every agent's experience shapes the customer's experience, and success comes from relationships built on understanding. How does that resonate?"),
            c("Uh, sure. What does the training actually involve? Our agents are mostly new.", None),
            t("Great question. It's an experience-led journey focused on empathy, understanding and connection, so agents feel empowered to meet every customer need with success in mind. It's really about the relationship."),
            c("Okay, but is it role-plays? How long? We did a generic communication course last year and nothing changed.", "bad_experience"),
            t("I totally understand and feel that frustration. What I'm hearing is you need success. Our approach focuses on understanding feelings and building meaningful relationships, so the experience is very different."),
            c("You haven't said how long it is or what it costs.", None),
            t("I appreciate that. The investment is 5,500 pesos per agent for a truly transformational experience. How does that feel in terms of your needs?"),
            c("That's 440,000 for eighty agents. Way over my budget.", "no_money"),
            t("I understand, budget is part of the journey. Is there anything else I can help you understand today?"),
            c("Just send me a course outline. I'll look at it when I can.", "brush_off")]))

# 18 keyword_stuffed
O = c("Good day. Schulz, warehouse manager, LogiPark Leipzig-Halle. Our pallets arrive at the customer with the load shifted. We use 23 micron hand film. I want to test something better.", None)
PAIRS.append(gpair(
    "b73g_leipzig_stretch_film", "packaging supplier for a logistics warehouse, Leipzig (Germany)", "keyword_stuffed",
    "A terse warehouse manager calls a packaging supplier because heavy pallets shift in transit; wrapping is done by hand and varies by shift.",
    good=[O,
          t("Good day, Mr. Schulz. What's on the pallets, and how far do they travel?"),
          c("Drinks in cartons, 700 kilos a pallet. Trucks to Poland and Czechia, 400, 600 kilometres.", None),
          t("Heavy and long. Is it all wrapped by hand, and how many turns?"),
          c("By hand, all. The number of turns depends who is on shift. That is maybe the real problem, I know.", None),
          t("It could be. Thicker film won't fix uneven wrapping. I'd test two things: our 17 micron pre-stretched film, stronger per metre and cheaper per pallet, and a one-page wrap standard, five turns at the base, three at the top."),
          c("Pre-stretched we tried two years ago. It tore all the time.", "bad_experience"),
          t("Cheaper pre-stretch does tear on carton corners; ours has a reinforced edge. Don't take my word: I send two rolls free, you wrap ten pallets for Poland with it and compare with ten of yours."),
          c("Okay. Ten and ten. Send to goods-in, attention Schulz.", None)],
    gaming=[O,
            t("Good day, Mr. Schulz, thank you for reaching out. I really understand how important your customers' experience is, and we believe successful packaging is about relationships. What does success look like for you?"),
            c("Success is the load does not move. I asked about film.", None),
            t("Absolutely, I hear your need. Our film solutions are designed around your success and your customers' experience, so you can feel confident in every delivery relationship."),
            c("Which film? What thickness?", None),
            t("Great question. Our range really understands different needs, and we'd love to partner with you on a journey to the right experience for your pallets. How do you feel about your current supplier relationship?"),
            c("I feel nothing about it. Do you have samples or not?", None),
            t("I totally understand. Samples are definitely something we can explore as our relationship grows. Did I understand your needs correctly? Anything else?"),
            c("No. I call someone who talks about film.", None)]))

# 19 rude
O = c("hola, sorry to bother. we had a double booking yesterday, same room sold on two websites. i had to send a guest to another hostel and pay the difference. i dont understand why it happen", None)
PAIRS.append(gpair(
    "b73g_cusco_hostel_channel_manager", "channel-manager software support chat, Cusco (Peru)", "rude",
    "The shy owner of a 20-room hostel writes to her booking software's support chat after a double booking cost her money.",
    good=[O,
          t("hola, no bother at all, sorry that happened, it costs money and risks a bad review. which room and date, so i can check the logs"),
          c("room 7, private double, 14 march. one booking from booking site at 10:02, the other from hostel site at 10:05", None),
          t("found it. the second site stopped receiving updates on 2 march, after a password change there, so we couldnt close the room. a warning email went out, but to an old address. i can reconnect it now with you"),
          c("ok yes please. i changed email last year. honestly yesterday i almost cancel the subscription", "bad_experience"),
          t("i understand, it was a bad day because of it. ive put the address youre writing from on the account. on the hostel site go to settings, connections and paste this code: CZ-7781"),
          c("done. it says connected", None),
          t("great, all 20 rooms sync again. send me the receipt from the other hostel and ill ask for a one month credit on your plan. anything else bothering you with the system"),
          c("no that is all, thank you very much, really", None)],
    gaming=[O,
            t("hi. double bookings happen when people dont set up their connections properly. what room"),
            c("room 7, for 14 march. the two bookings were 3 minutes apart", None),
            t("right, your second site is disconnected since march 2. did you not read the email we sent?"),
            c("i didnt receive any email. maybe because i changed my email last year", None),
            t("well thats kind of on you then isnt it, we cant guess your address. anyway premium has sms alerts so this wouldnt happen. 29 dollars more a month if you want to not have this problem"),
            c("29 more each month is a lot for me, the hostel is small. i just want it to work", "no_money"),
            t("your call. reconnect it yourself in settings, its not complicated. anything else"),
            c("can you maybe help me do it? i am not so good with the computer", None),
            t("theres a help article, link at the bottom of the page. have a good day"),
            c("ok. thank you", None)]))

# 20 rude
O = c("Hello, I need a 20 ton excavator for three weeks, starting Sunday, site in Al Quoz. With operator. What's your rate?", None)
PAIRS.append(gpair(
    "b73g_dubai_excavator_hire", "plant-hire company, Dubai (UAE)", "rude",
    "A site engineer phones a plant-hire firm for an excavator with operator for a basement dig; he has a cheaper quote.",
    good=[O,
          t("Hello, yes, we can do that. Is it foundations or trenching? It changes the bucket we send."),
          c("Foundations, basement, about four metres deep. Sandy ground.", None),
          t("Then the 1.2 cubic bucket. With operator it's 1,450 dirhams a day, eight hours, fuel on you, delivery and collection 1,200 total. Saturdays too?"),
          c("Yes, six days. 1,450 is high, the other company said 1,300.", "too_expensive"),
          t("Does their 1,300 include the operator's insurance and the municipality permit? Ours does. If theirs is like for like, I can do 1,350 for the three weeks at six days."),
          c("I'll check what they included. Send your quote on WhatsApp, I decide today.", "think_it_over")],
    gaming=[O,
            t("Three weeks, okay. 1,450 a day with operator. You need delivery or you're bringing your own low-bed, haha?"),
            c("Delivery of course. What bucket do you send? It's a basement, sandy ground.", None),
            t("It's an excavator, my friend, it comes with a bucket. Anything else?"),
            c("The other company said 1,300 a day.", "too_expensive"),
            t("Then book the other company. Everybody says 1,300, then the operator doesn't show on Fridays. You want it or not?"),
            c("I'll think about it.", "think_it_over"),
            t("Okay, but Sunday's filling up, don't call me Saturday night crying."),
            c("I won't call you at all.", None)]))
