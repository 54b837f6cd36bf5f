from common import c, rpair, t

P = "b156r_"
PAIRS = []

o = c("Good day. We are a Riyadh home furnishing importer. Kindly quote 200 TC percale bedsheet sets, queen and king, 5,000 sets.", None)
PAIRS.append(rpair(P + "d01_karachi_bedsheets", "Saudi importer asks a Karachi home-textile mill for a quote.",
 [o,
 t("Thank you sir. Before quoting: who is the end customer, hotels or retail? It changes finish and packing."),
 c("Hotels mostly, 3-4 star, Riyadh and Makkah. They wash at high temperature.", None),
 t("Then white and strong hems matter more than print. Any issue with their current sheets?"),
 c("Sheets go grey and corners tear after six months. That's why they want a new supplier.", None),
 t("Then I'd also quote 250 TC combed cotton: about 8% more, but twice the washes. Both options with wash reports, so the hotels see cost per wash."),
 c("Good idea. Send both by Thursday, I'll revert back after talking to our purchase head.", "think_it_over")],
 [o,
 t("Thank you sir. Queen 14.20 USD, king 16.80 per set, FOB Karachi, 60 days."),
 c("Ok. Composition?", None),
 t("Poly-cotton 50/50, bleached white. 100% cotton is 10% more."),
 c("My clients are hotels. They complain sheets go grey and tear after six months.", None),
 t("Our quality is very good sir, many Gulf buyers are happy. I'll send the quote with both options."),
 c("Ok send. We'll compare with other offers.", "think_it_over")]))

o = c("I want a 10 kW on-grid system with net metering. What's your best price?", None)
PAIRS.append(rpair(P + "d02_lahore_solar_sizing", "Homeowner in Lahore asks for a price on a fixed system size.",
 [o,
 t("I'll quote it. To size it right, what are your summer and winter units a month?"),
 c("Summer about 1,400 units, winter 450. June bill was 82,000.", None),
 t("Is the roof free of shade, and any new load coming, like an EV or another AC?"),
 c("Roof is free. No EV. Why, is 10 kW wrong?", None),
 t("Not wrong, but under the new net metering rules exported units earn less. 8 kW covers most of your summer and saves about 3 lakh. I'll quote 8 and 10 side by side with payback."),
 c("That's useful. Send both. My brother-in-law has solar, I'll check with him too.", "think_it_over")],
 [o,
 t("Sure. 10 kW on-grid, tier-1 panels, 10 kW inverter, net metering file included: 18.5 lakh."),
 c("18.5 is high. Other company said 17.", "too_expensive"),
 t("Our inverter is better and we handle the full net metering process. I can do 18."),
 c("Ok, 18. Warranty?", None),
 t("Panels 25 years, inverter 5, installation 1. Our team can survey Saturday."),
 c("Saturday I'm at the office till late. Sunday possible?", "no_time")]))

o = c("My son is 6, starting class 1 next year. He is very shy, he cried every day in playgroup. I want to know about your school.", None)
PAIRS.append(rpair(P + "d03_dhaka_shy_child", "Mother of a shy boy visits a Dhaka private school.",
 [o,
 t("Thank you for telling me. When he cried, was it leaving you in the morning, or something in the class itself?"),
 c("Mornings mostly. Once settled he was ok, but the class had 35 children and he got lost.", None),
 t("So the goodbye is hard and big classes overwhelm him. Our class 1 sections are 22 with an assistant teacher, and for two weeks parents can stay the first hour."),
 c("That sounds good. But fees are 9,500 a month, yes? It's a stretch for us.", "no_money"),
 t("It is. Term payment gets 15% off, and admission fee splits over three months. Would you bring him for a morning visit first, to see how he feels?"),
 c("Yes, a visit first. Next Sunday?", None)],
 [o,
 t("Welcome. We have smart classrooms, a pool, robotics club, and Cambridge curriculum from class 1."),
 c("That's nice. But he's shy, will he manage?", None),
 t("Don't worry, our teachers are very caring, all children settle in a few weeks. Classes are 22."),
 c("Ok. Fees are how much?", None),
 t("9,500 monthly, admission 40,000, 15% off for term payment. Admission test is on the 12th."),
 c("It's a stretch for us. I'll talk to my husband.", "think_it_over")]))

o = c("i have mobile shop in bahawalpur. want to become wallet agent, cash in cash out. what is the commission", None)
PAIRS.append(rpair(P + "d04_bahawalpur_wallet_agent", "Shopkeeper asks about becoming a mobile wallet agent.",
 [o,
 t("Before numbers: how much cash can you keep as float, and how many people pass your shop a day?"),
 c("maybe 2 lakh float. 100 150 people, its near the bus stand", None),
 t("Bus stand is good, labourers cash out there. Commission is about 0.35%. Honestly with 2 lakh, on the 1st of the month you'll run out of cash by noon."),
 c("so then what. i cant put more money now", "no_money"),
 t("Start with 2 lakh; we link you to a super-agent nearby who refills same day. At your footfall expect 25-35 thousand a month. Send you the agreement?"),
 c("ok send. 30k a month is fine for start", None)],
 [o,
 t("0.35% on cash-in and cash-out, paid daily. You need CNIC, shop proof and 2 lakh minimum float."),
 c("2 lakh i can do. how much i will earn monthly", None),
 t("Depends on transactions. Agents earn 20 thousand to 1 lakh; top agents in Bahawalpur do very well."),
 c("1 lakh is good. what next", None),
 t("I'll send the form on WhatsApp, fill and send back with documents."),
 c("ok", None)]))

o = c("Hi, I want your full body checkup, the 899 dirham one. Can I book Saturday?", None)
PAIRS.append(rpair(P + "d05_dubai_checkup", "Patient asks a Dubai clinic for its biggest check-up package.",
 [o,
 t("Saturday is possible. May I ask what made you decide on a check-up now? So the package covers what you need."),
 c("My sugar was 210 at a pharmacy test. Father is diabetic. I'm worried.", None),
 t("A good reason to check. For you the key tests are HbA1c, fasting sugar, kidney and lipids: 320, plus 150 for a GP to read them with you."),
 c("So 470 instead of 899? Is that enough?", None),
 t("For sugar, yes; the doctor adds tests if needed. Does your company insurance cover GP visits? Many plans do."),
 c("I have basic card. Ok, book Saturday 8 am, fasting.", None)],
 [o,
 t("Yes sir, Saturday 8 am is free. Come fasting for 10 hours."),
 c("Does it include sugar? Mine was 210 at a pharmacy.", None),
 t("Yes: fasting sugar, HbA1c, blood count, liver, kidney, thyroid, vitamin D and ECG."),
 c("899 is a lot, but ok, it's my health.", None),
 t("Our doctor will review the results with you. Booked, Saturday 8 am."),
 c("Thanks.", None)]))

o = c("We sell sarees online from Chattogram, 400 orders a month all over Bangladesh. Looking to change courier. Your rate?", None)
PAIRS.append(rpair(P + "d06_ctg_saree_courier", "Online saree seller compares couriers.",
 [o,
 t("Happy to quote. What's making you change: price, speed, or something else?"),
 c("Returns. 18% come back and the current courier charges full both ways. Sarees come back crushed too.", None),
 t("That costs more than the rate. We charge half on returns and pack with a stiff board. Inside Chattogram 60, outside 120 up to 1 kg."),
 c("120 is more than my current 110.", "too_expensive"),
 t("On 400 orders with 18% returns, half-price returns save about 4,000 a month, more than the 10 taka gap. I'll send the sum. Try one month?"),
 c("Send the calculation. If it adds up, we start next month.", None)],
 [o,
 t("Inside Chattogram 60 taka, outside 120 up to 1 kg, COD paid every 2 days."),
 c("120 is more than my current 110.", "too_expensive"),
 t("We are faster, 48 hours to Dhaka, with better tracking. For 400 orders I can do 115."),
 c("And returns? We get many.", None),
 t("Returns are charged half. Shall I send the agreement?"),
 c("Send it, I'll compare.", "think_it_over")]))

o = c("We have a 40-room hotel in Swat. For the wedding season, June to August, we want to rent a generator. What size you recommend?", None)
PAIRS.append(rpair(P + "d07_swat_hotel_genset", "Hotel owner plans a rental generator for the season.",
 [o,
 t("Good to plan early. In an outage, what must run: lights and fans, or also kitchen, pumps and the hall ACs?"),
 c("Everything. Hall has 6 ACs for weddings, kitchen, pumps. Our small generator runs lights only.", None),
 t("Then 120-140 kW peak, so 150 kVA: 4.5 lakh a month with maintenance. Honestly, diesel at full load is about 30 litres an hour, your biggest cost."),
 c("30 litres! Then we can't run hall ACs on it all day.", None),
 t("Right: hall ACs on wedding nights only, and a load manager that drops big loads automatically. Can I measure the real load on Thursday?"),
 c("Thursday we have a wedding. Can you prepone to Wednesday? 11 am.", "no_time")],
 [o,
 t("For 40 rooms, 100 kVA is usually enough. 3.5 lakh a month, we deliver and maintain."),
 c("Will it run the hall ACs also? We have 6 for weddings.", None),
 t("Should be ok if not everything runs together. We can upgrade if needed."),
 c("And fuel?", None),
 t("Fuel is your side. We can arrange supply if you want."),
 c("Ok, send the agreement. I'll discuss with my father.", "think_it_over")]))

o = c("Hi, we just moved to Al Nahda with my family. Need home internet. Which package is best?", None)
PAIRS.append(rpair(P + "d08_sharjah_home_internet", "New family in Sharjah picks a home internet plan.",
 [o,
 t("Welcome! How many of you, and what's it used for most: calls home, kids' classes, TV, gaming?"),
 c("Five of us. Kids have online tuition, my wife video calls Lahore daily, I watch cricket.", None),
 t("Classes and cricket at the same time need steady speed. 250 Mbps at 389 handles it; 500 at 499 you'd not feel."),
 c("389 is a bit much. My friend pays 299.", "too_expensive"),
 t("That's likely 100 Mbps, fine for one or two. With a class and cricket together it may buffer. Start on 250, drop to 100 free in the first month if it's too much?"),
 c("That's fair. Saturday morning installation.", None)],
 [o,
 t("Welcome! Most popular is 500 Mbps at 499 dirham, with a free TV box."),
 c("That's high. We're five, anything cheaper?", "too_expensive"),
 t("250 Mbps at 389 is also good. 100 Mbps is 299."),
 c("Which one for five people?", None),
 t("250 is what most families take."),
 c("Ok, 250. Saturday installation?", None)]))

o = c("Your hoodie price 6.80 FOB is too high. I need 5.90 or I go to another factory. 10,000 pcs.", "too_expensive")
PAIRS.append(rpair(P + "d09_dhaka_hoodie_price", "Kuwaiti buyer squeezes a Dhaka factory on price.",
 [o,
 t("I hear you, 5.90 is the target. What's driving it, your retail price point or another factory's quote?"),
 c("Retail point. We sell at 5.5 dinar, I need landed under 2.5. Other factory quoted 6.00.", None),
 t("To get close without cutting fabric weight: no inside brushing, flat drawcord, and 75 days instead of 45. That's 6.05."),
 c("6.05 still more than the other guy.", "too_expensive"),
 t("With 15,000 pcs over two colours, 5.95, same 320 GSM. I'll put both options on the quote."),
 c("5.95 with 15,000... I'll check with my boss, but likely ok.", "think_it_over")],
 [o,
 t("Sir, 5.90 is very tough, fabric cost alone is high. Best is 6.40."),
 c("6.40 still high. Other factory gave 6.00.", "too_expensive"),
 t("Ok sir, for you special, 6.10, final."),
 c("6.00 and we have a deal.", None),
 t("Ok sir, 6.00, but LC at sight."),
 c("Fine. Send PI.", None)]))

o = c("I need cotton seed for 25 acres in Sanghar. Which variety is good this year? Price also tell.", None)
PAIRS.append(rpair(P + "d10_sanghar_cotton_seed", "Farmer buys cotton seed from a Sindh dealer.",
 [o,
 t("What did you sow last year, how was the yield, and how bad was whitefly?"),
 c("Local variety, 22 maund an acre. Whitefly very bad, and June heat burned the flowers.", None),
 t("Then a heat-tolerant, whitefly-resistant one suits you. It gave 30-35 maund in Sanghar trials. 5,200 a bag, one bag an acre."),
 c("5,200 is high. Local seed is 3,000.", "too_expensive"),
 t("On 25 acres that's 55,000 more; 5 extra maund an acre covers it many times. Try 10 acres new, 15 local, and compare yourself?"),
 c("10 acres trial is sensible. Keep 10 bags, I'll pick up Monday.", None)],
 [o,
 t("This year everyone takes the new heat-tolerant variety. 5,200 a bag, one bag an acre."),
 c("5,200 is high. Local seed is 3,000.", "too_expensive"),
 t("It gives 30-35 maund, local 20-25. It pays back."),
 c("Last year whitefly was very bad. This one ok for whitefly?", None),
 t("Yes, good resistance. 5,000 a bag for 25 bags."),
 c("Ok give 25 bags.", None)]))
