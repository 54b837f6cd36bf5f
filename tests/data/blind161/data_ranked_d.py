from common import c, rpair, t

R = "b161r_"
o = c("Good morning. I have your offer for managed workplace, 250 users, and two others. Line 4, onsite support, yours is 40 percent higher. Please explain.", None)
D1 = rpair(R + "d01_itservice_offer_comparison",
 "A German procurement officer compares three IT offers line by line.",
 [o, t("Happy to. First, what do the other two offer in line 4, hours onsite or response time?"),
  c("One offers 'onsite on demand', the other one day per week. Yours is two days.", None),
  t("Then line 4 isn't the same thing in the three offers. How often do your people really need someone at the desk?"),
  c("One day is probably enough. But CAD engineers scream when a workstation fails. If you stay 40 percent higher, you are out.", "too_expensive"),
  t("I'll rework line 4: one day onsite, plus four-hour response for the CAD stations only. Then you compare like with like."),
  c("Okay, then I can compare properly. Send until Thursday.", None)],
 [o, t("Our onsite service is two days a week with certified engineers, more than on-demand support. That's the difference."),
  c("Maybe. But 40 percent is much. The others are also certified.", "too_expensive"),
  t("I understand. I can offer 10 percent off line 4 if you sign this quarter."),
  c("10 is not 40. I must compare again with my colleague.", "think_it_over"),
  t("Of course. I'll send the updated offer with the discount today."),
  c("Okay, send it.", None)])

o = c("Hi. Your trucks are late at our distribution centre in Tilburg again. Four times this month. What do you do about it?", None)
D2 = rpair(R + "d02_freight_late_deliveries",
 "A Dutch DC manager complains about late morning deliveries.",
 [o, t("Four times is too many, sorry. Late by how much, and always the same slot or route?"),
  c("Always the 6:00 slot. They come 7:30, 8:00. Afternoon is fine.", None),
  t("Only 6:00. Those trucks load the evening before in Antwerp and leave after 23:00 because your supplier hands over late. Is 6:00 fixed for your pickers?"),
  c("6:00 is when pickers start. Maybe 7:00 works, I must control with the shift leader.", None),
  t("Two options: 7:00 with the same truck, or keep 6:00 with a truck leaving Antwerp at 20:00, about 180 euro more per trip. And I'll talk to your supplier about the handover."),
  c("180 each trip is a lot for a problem that is not ours. First I check 7:00.", "too_expensive")],
 [o, t("I'm really sorry. I'll escalate to planning today and make sure drivers know punctuality is a priority."),
  c("You said the same last month.", "bad_experience"),
  t("I understand. As goodwill I'll credit 10 percent on this month's late deliveries and follow up with planning myself."),
  c("The credit is nice, but my pickers wait anyway. What is the reason?", None),
  t("Usually morning traffic around Antwerp. I'll ask planning to add buffer."),
  c("Okay. We see next month.", None)])

o = c("Hi. I was asked to look at learning platforms for our 300 employees in Malmo. I am not an IT person, sorry if I ask simple things.", None)
D3 = rpair(R + "d03_saas_learning_platform",
 "A hesitant Swedish HR coordinator looks at e-learning tools.",
 [o, t("Simple questions are the best ones. Who asked you, and what should be different after a year?"),
  c("My manager. We did safety training on paper, and at the audit we could not show who did what.", None),
  t("So the goal is proof at the audit. Is it mainly factory staff, and do they have computers?"),
  c("Factory. No computers. Phones, but some don't want private phones for work.", None),
  t("Then a shared tablet in the break room with a simple login. Let's put two of your safety courses on one tablet for a month and check the audit report shows what the auditor wants."),
  c("That sounds possible. But I cannot decide alone, my manager must say yes.", "think_it_over")],
 [o, t("No problem! It's very easy: course builder, quizzes, certificates, mobile app, reports, HR integration. What trainings do you run?"),
  c("Safety, mostly, for factory staff. The audit was a problem.", None),
  t("The reporting module covers audits, you export every certificate. And staff do courses on their phones."),
  c("Some don't want private phones for work, I think.", None),
  t("That's common; they can use a computer too. I'll send a demo link and pricing for 300 users."),
  c("Okay. I look at it with my manager.", "think_it_over")])

o = c("Good morning, I need O-rings for a dosing pump, 200 pieces, the cheapest compatible you have. Originals are too expensive.", None)
D4 = rpair(R + "d04_spareparts_pump_seals",
 "An Italian water-treatment buyer wants the cheapest compatible O-rings.",
 [o, t("I can find cheaper, but O-rings fail fast in the wrong material. What does the pump dose, at what temperature?"),
  c("Sodium hypochlorite, water treatment. Room temperature, 30 in summer.", None),
  t("Standard NBR swells in hypochlorite within weeks; you need FKM or EPDM. Do you know the originals' material?"),
  c("No idea, only the part number. Eventually my colleague knows.", None),
  t("Send the number, I'll check. FKM ones are about 0.90 each against 3.20 original. Better 0.90 than 0.30 for rings that leak."),
  c("0.90 is okay. Number in ten minutes.", None)],
 [o, t("Our cheapest compatible are standard NBR, 0.30 each. What size?"),
  c("I send the part number. 0.30 is good, original is 3.20.", None),
  t("NBR is a solid all-round material. I'll reserve 200 when I have the number."),
  c("Can you deliver this week? Service is on Friday.", None),
  t("Yes, if you order by Wednesday. I'll confirm the size match from the part number."),
  c("Good, I send it now.", None)])

o = c("Hello. I have 5 minutes. Coffee machines for breakfast, three hotels. Price per cup, service, contract length. Go.", None)
D5 = rpair(R + "d05_hotel_breakfast_coffee",
 "A very direct Dutch hotel buyer wants coffee machine terms fast.",
 [o, t("About 9 cents a cup with our beans, service included, repair in 48 hours, 3 years. One question: cups at breakfast peak per hotel?"),
  c("Biggest 400 between 7 and 9. Others 200.", None),
  t("400 in two hours needs two machines there or guests queue. Five in total, about 610 a month plus beans."),
  c("Three years is long. Our last contract was five and we regret.", "bad_experience"),
  t("Then 2 years at about 40 more a month, or 3 with a break clause after 12 months if service fails."),
  c("Break clause. In writing, one page.", None)],
 [o, t("Thanks for your time! We've supplied hotels for 20 years and believe coffee is part of the guest experience. Our machines grind fresh for every cup and the milk system..."),
  c("Yes, yes. Price per cup?", None),
  t("About 9 cents depending on beans, service included, 48-hour repair, 3-year contract. Would you like to taste it at a reference hotel?"),
  c("No time for tasting.", "no_time"),
  t("Understood. I'll send the proposal for three machines, one per hotel, with the contract options."),
  c("Okay. Quickly, please.", None)])

o = c("Good day. We are small cosmetics brand from Krakow. It is our first fair abroad, in Bologna. We don't know what stand we need. Can you help?", None)
D6 = rpair(R + "d06_tradefair_first_exhibit",
 "A Polish cosmetics start-up plans its first fair abroad.",
 [o, t("Happy to. Before size: what do you want to bring home from Bologna, orders, distributors, press?"),
  c("Distributors. One in Italy, one in Germany.", None),
  t("Then the stand is for meetings, not passing shoppers. How many meetings a day do you hope for?"),
  c("Maybe 8, 10. We are two persons. And money is limited, first time.", None),
  t("For two people and ten meetings, 12 m2 with a table and a product shelf is enough, about 7,500 with the basic package. Book meetings before the fair; I'll send how other first-timers did it."),
  c("12 metres is less than I thought. Good. Send the list, please.", None)],
 [o, t("Congratulations on your first fair! Most first-timers take our 24 m2 starter: walls, lights, counter, storage. About 13,000 euro."),
  c("13,000 is more than we planned. We have maybe 8.", "no_money"),
  t("We also have 18 m2 at 10,500, still good visibility in the hall."),
  c("Still high. I must speak with my partner.", "think_it_over"),
  t("Of course. I'll send both packages; any questions, call me."),
  c("Thank you. Send by email, we look at it some time.", "brush_off")])

o = c("Hello. We sell garden tools online from Hamburg, about 600 orders a day. We want to move fulfilment to an external warehouse. Can you make an offer?", None)
D7 = rpair(R + "d07_logistics_fulfilment_errors",
 "A German web shop wants to outsource fulfilment.",
 [o, t("Yes. Before I price it, why move out now? What isn't working in your own warehouse?"),
  c("Space is full. And honestly, too many wrong shipments, wrong hose length, customers send back.", None),
  t("How many wrong, roughly, and what does a return cost you?"),
  c("Maybe 3 percent. A return costs about 12 euro. The director thinks it's the staff.", None),
  t("That's some 18 returns, over 200 euro a day. We scan every pick, errors usually under 0.2 percent. I'll put error cost next to our price for your director. Can you send your top 50 articles?"),
  c("This week is impossible, we have inventory count. Next week. The error cost is a good point.", "no_time")],
 [o, t("Of course. For 600 a day about 2.40 per order pick and pack, plus storage per pallet. How many pallet places?"),
  c("Around 400. 2.40 is more than our own cost, maybe 2 euro.", "too_expensive"),
  t("Ours includes staff, software, packaging. Your 2 euro probably doesn't include rent and management."),
  c("Maybe. I must calculate again with the director.", "think_it_over"),
  t("Sounds good. I'll send the offer with storage and the onboarding steps."),
  c("Okay, thank you.", None)])

o = c("Good afternoon. We are accounting office in Gdansk, 40 clients. We want to scan invoices automatically. Does your tool read Polish invoices?", None)
D8 = rpair(R + "d08_saas_invoice_scanning",
 "A Polish accounting office asks about document scanning software.",
 [o, t("Typed Polish invoices and KSeF e-invoices, very well. What do your clients bring: printed invoices, or receipts and handwritten too?"),
  c("Small clients bring petrol station receipts, some handwritten. Maybe 30 percent.", None),
  t("Honestly, handwritten receipts we read badly, about half right, so someone still checks. Printed ones are fine. Worth it if it saves the 70 percent?"),
  c("The 70 percent is most work, yes. But our last software promised much and we checked everything.", "bad_experience"),
  t("Then test with your own: send 200 mixed documents from one month, I send the result with error rate before any contract."),
  c("Fair. I prepare them this week.", None)],
 [o, t("Yes, it reads Polish invoices, receipts and e-invoices, 98 percent accuracy on average. Upload, and data goes to your accounting system."),
  c("Also petrol station receipts? Some are handwritten.", None),
  t("Receipts work well. Handwriting is harder, but the tool learns over time."),
  c("Our last software also said it learns. We checked everything.", "bad_experience"),
  t("Understood. There's a 30-day free trial, see for yourself."),
  c("Okay, send me the link. Maybe I try it some time.", "brush_off")])

o = c("Good morning. We have 30 company cars with another leasing company, contracts end next year. I want an offer. The rate is for me not the most important.", None)
D9 = rpair(R + "d09_carlease_fleet_switch",
 "A German finance head wants to move a 30-car fleet.",
 [o, t("Thanks for saying that. If not the rate, what is it? What went wrong with the current company?"),
  c("Returns. Every car back, we get a damage bill, 800, 1,200 euro, for small scratches.", None),
  t("How are cars checked today, by them alone?"),
  c("They send an inspector, we are not there. The bill comes weeks later.", None),
  t("So our return rules matter most: inspection with your employee present, a published damage catalogue, scratches under 2.5 cm free. I'll attach the catalogue so you compare rules, not only rates."),
  c("Exactly what I need. But the board must see the rate is not much higher.", "think_it_over")],
 [o, t("Happy to. Which models now, and how many km a year?"),
  c("Passat and Octavia, 30,000 km. Returns are a problem with the current company, many damage bills.", None),
  t("We have a fair return process. Our rates for those are very competitive; I'll quote all 30."),
  c("How is your return process exactly?", None),
  t("It's in our general conditions, I'll attach them."),
  c("Fine. Send it, then I compare.", "think_it_over")])

o = c("Good morning. Technical manager, hospital in Lublin. We have 4 sterilisers from you, 9 years old. One stopped twice this month. Do we need new ones?", None)
D10 = rpair(R + "d10_hospital_steriliser_service",
 "A Polish hospital asks if old sterilisers must be replaced.",
 [o, t("Not necessarily. What did it show when it stopped, an error code?"),
  c("E-27, the door seal, the technicians said. Same machine both times.", None),
  t("E-27 twice on one machine is usually the seal and its sensor. Replace both, about 2,100 zloty, and check the other three the same visit. New ones are 180,000 each; let's not replace working machines."),
  c("Good news. But our budget is closed this year, even 2,100 is difficult.", "no_money"),
  t("The seal can be ordered now and invoiced in January, if procurement allows. I'll date the offer January."),
  c("January is possible. Send to procurement and to me.", None)],
 [o, t("Nine years is a typical lifetime, a good moment to think about replacement. The new model uses 30 percent less water."),
  c("How much is the new model?", None),
  t("About 180,000 zloty each, with trade-in. For the stopped one, service can look this week."),
  c("180,000 for four is impossible this year. Budget is closed.", "no_money"),
  t("Understood. A technician for the broken one first, and a replacement offer for next year's budget."),
  c("Okay, technician first. Thank you.", None)])

PAIRS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10]
