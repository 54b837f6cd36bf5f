"""Ranked pairs d01-d10 of blind85 (b85): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 accounting software for a distributor, Nairobi
o = c("Hi, we're a hardware distributor in Industrial Area, about 15 staff. Our accountant says we need proper software, right now it's Excel and a lot of paper. I said I'd look around.", None)
PAIRS.append(rpair(
    "b85r_d01_nairobi_accounting_software",
    "Business owner enquiring about accounting software (Nairobi, Kenya); better finds the real trigger (tax invoice compliance) and the real user (counter staff) and offers a trial on live sales.",
    [o,
     t("Thanks for reaching out. Before I show you anything, what's pushing this now? Did something go wrong, or does the accountant just want it cleaner?"),
     c("Honestly, KRA. The eTIMS invoices. We got a letter last month, some invoices weren't transmitted, and the accountant spent two weeks fixing it.", None),
     t("Two painful weeks. So the must-have is invoices going to eTIMS straight from the sale. Who raises invoices today, the accountant or the sales counter?"),
     c("The counter. Three guys, not computer people. If it's complicated they'll go back to the receipt book.", None),
     t("Then the counter screen matters more than the reports. Up to 5 users is 6,500 a month, eTIMS included. But don't take my word: two weeks' trial, one counter guy on real sales, and your accountant checks it all transmits. If they hate it, you've lost nothing."),
     c("That's reasonable. But I won't commit before my partner sees it, he signs.", "think_it_over"),
     t("Of course. The trial's free, no card. I'll set it up Monday and come Wednesday at 10 if your partner's in, so he sees real invoices, not a demo."),
     ],
    [o,
     t("Thanks for reaching out! We have a great package for distributors: invoicing, stock, payroll, eTIMS integration and reports. Up to 5 users is 6,500 a month."),
     c("Okay. eTIMS is the main thing, we had a problem with KRA last month.", None),
     t("We're fully eTIMS compliant, every invoice goes straight to KRA. There's also stock management with reorder alerts, good for hardware."),
     c("Our counter guys aren't good with computers though. And payroll we don't need, a bureau does it.", "no_need"),
     t("No problem, you can switch payroll off. It's very user-friendly, most people learn in a day, and we offer training. Can I book you a demo this week?"),
     c("Maybe. I'll need my partner there, he's the one who signs.", "think_it_over"),
     t("Sure, when suits you both? I'll bring the full demo on a laptop."),
     ]))

# d02 crop insurance for a coffee cooperative, Huye
o = c("Good morning. I am the chairman of a coffee cooperative near Huye, 340 members. The agronomist told us about crop insurance. But our members, they don't trust insurance.", None)
PAIRS.append(rpair(
    "b85r_d02_huye_coffee_insurance",
    "Elderly cooperative chairman asking about coffee crop insurance (Huye, Rwanda); better digs into why members distrust insurance and which risk matters, is honest about what is not paid, and proposes a small pilot.",
    [o,
     t("Good morning, Muzehe, thank you for coming yourself. When you say they don't trust it, did something happen before, or is it that it's new to them?"),
     c("Five years ago a company sold cow insurance here. When cows died they asked for vet papers, many never got paid. People remember.", "bad_experience"),
     t("I understand why they remember. For the coffee, what worries members most, hail, dry spells, or prices?"),
     c("Hail. Two years ago hail took the flowers on the hillside, we lost maybe a third of the harvest in three sectors.", None),
     t("Then how a claim is decided matters most. For hail an assessor comes within five days and payment goes to the cooperative account, nobody chases papers. Premium is about 4% of insured value, government pays 40% of it. I won't pretend it pays everything, under 20% damage pays nothing. Why not start with the three hill sectors, so members see one season themselves?"),
     c("Only the hill sectors, that is better. But I cannot decide, the general assembly must vote.", "think_it_over"),
     t("Then let me come to the assembly and answer their questions myself, including about that cow insurance. When do you meet?"),
     ],
    [o,
     t("Good morning, Muzehe, welcome. Many people are unsure, I understand. Let me explain: it's coffee insurance covering hail and drought, and the government pays 40% of the premium."),
     c("Hmm. Five years ago a company came with cow insurance. People never got paid.", "bad_experience"),
     t("I'm sorry to hear that. We are licensed and regulated by the National Bank and we've paid many claims. The premium is about 4% of insured value, so with the subsidy it's affordable."),
     c("What is covered exactly? Hail is our problem.", None),
     t("Hail is covered, yes, and drought. An assessor checks the damage and we pay. I can give you brochures in Kinyarwanda for the members."),
     c("Give me the brochures. The general assembly must vote.", "think_it_over"),
     t("Of course. Here are twenty copies, my number is on the back if they have questions."),
     ]))

# d03 bus charter for a church youth trip, Lusaka
o = c("Hello. I'm organising a trip for our church youth to Livingstone, end of April. About 60 people. Do you hire out buses?", None)
PAIRS.append(rpair(
    "b85r_d03_lusaka_bus_charter",
    "Church organiser hiring a bus for a youth trip (Lusaka to Livingstone, Zambia); better asks who travels and hears the parents' safety worry, then meets the budget by trimming standby days rather than safety.",
    [o,
     t("Hello, yes. 60 people is one 65-seater. Is it there and back the same weekend, and does the bus stay with you in Livingstone?"),
     c("Friday to Sunday. It stays with us, we go to the Falls and the lodge is outside town.", None),
     t("Okay, three days with bus and driver on standby. Who's travelling, teenagers with some adults?"),
     c("Teenagers mostly, 14 to 19, and eight adults. The parents are worried, you know, the accident on that road last year.", None),
     t("Fair worry. For 500 km we send two drivers so nobody drives over four hours straight, no night driving, and the bus is limited to 80. Three days with two drivers is K42,000, fuel included. Parents are welcome to see the bus before."),
     c("42,000 is a lot for the church. We were thinking 30.", "no_money"),
     t("I'd rather not drop the second driver. What I can drop is the standby: we take you Friday, the bus waits at our Livingstone depot, collects you Sunday, and you use local taxis for the Falls. That's about K33,000."),
     ],
    [o,
     t("Hello, yes we do. For 60 people it's one 65-seater. Lusaka to Livingstone, what dates?"),
     c("Friday to Sunday, end of April. The bus stays with us.", None),
     t("Okay. That's K42,000 for three days, fuel and driver included."),
     c("42,000 is a lot for the church. We were thinking 30.", "no_money"),
     t("Since it's a church group I can do K38,000. That's the best I can do."),
     c("Okay, let me take it to the committee.", "think_it_over"),
     t("Sure. I'll WhatsApp you the quote, valid for one week."),
     ]))

# d04 pharmacy, repeat blood pressure tablets, Dar es Salaam
o = c("Habari. My blood pressure tablets are finished. The doctor at Mwananyamala gave me these, I want the same.", None)
PAIRS.append(rpair(
    "b85r_d04_dar_pharmacy_bp",
    "Elderly man refilling blood pressure tablets at a pharmacy (Dar es Salaam, Tanzania); better asks how he feels on them, notices a side effect, checks his pressure and gives him a practical way to see a doctor.",
    [o,
     t("Shikamoo, mzee. Let me see the box. Amlodipine 10. Do you have the prescription, and when did you last see the doctor?"),
     c("Marahaba. The paper is at home. I saw him in... March, maybe. Half a year.", None),
     t("I can give you a month today. How have you been with these, any swelling of the feet, headaches, dizzy when you stand?"),
     c("The feet, yes, they swell in the evening. I thought it's old age.", None),
     t("Could be, but this medicine does that to some people, especially at 10. Let me check your pressure, it's free... 150 over 90, a bit high. Here's a month, 6,000. I've written the reading and the swelling on this paper, please show the doctor this month, he may change the dose."),
     c("The clinic, the queue is a whole day. I have no time for that.", "no_time"),
     t("I understand, mzee. They register from 6:30, Tuesdays are shorter. Or our doctor is here Saturday mornings, 10,000. Either way, don't let the month finish without someone looking at those feet."),
     ],
    [o,
     t("Shikamoo, mzee. Let me see the box. Amlodipine 10, yes, we have it. How many do you want?"),
     c("Marahaba. One month.", None),
     t("A month is 6,000. Do you have the prescription?"),
     c("The paper is at home. I saw the doctor in March.", None),
     t("Okay, I'll give you this month, but bring it next time. One every morning, don't miss days."),
     c("Yes, every morning. The feet swell in the evening, but that's old age.", None),
     t("Put them up on a stool in the evening, it helps. If it continues, tell the doctor at your next visit. Here's your change, mzee, karibu tena."),
     ]))

# d05 solar kit to run a shop fridge, Zomba
o = c("Hi. I run a small shop in Zomba, near the market. People ask for cold drinks, I want a solar that can run a fridge.", None)
PAIRS.append(rpair(
    "b85r_d05_zomba_solar_fridge",
    "Shopkeeper wanting solar power for a drinks fridge (Zomba, Malawi); better asks about the fridge and likely sales, steers to a cheaper DC-fridge kit that pays for itself and says which option he would not recommend.",
    [o,
     t("Hi. Do you already have a fridge, or would you buy one too?"),
     c("I have one, a normal one from my sister, it was on ESCOM at her house.", None),
     t("That's the tricky part. A normal fridge needs 4 panels, batteries and an inverter, about 2.8 million kwacha. A DC solar fridge uses about a third of the power and runs on our 2-panel kit, both together 1.9 million. How many cold drinks do you think you'd sell a day?"),
     c("Maybe 40. I'd add 100 kwacha on each for cold.", None),
     t("So about 4,000 a day, 120,000 a month. Pay-as-you-go on the DC kit is 150,000 down and 115,000 a month for 18 months, the drinks pay most of it. Your sister's fridge on the big system would be about 170,000 a month, I wouldn't advise it."),
     c("Even 150,000 down I don't have now. After Christmas maybe.", "no_money"),
     t("That's fine. Until then count how many people ask for cold drinks, so you know the real number. I'll visit after Christmas, see where panels can go, and we decide then."),
     ],
    [o,
     t("Hi. Yes, we have a system that runs a fridge: 4 panels, 2 batteries, inverter. 2.8 million, or pay-as-you-go."),
     c("2.8 million, eh. How much is the pay-as-you-go?", None),
     t("200,000 down and 170,000 a month for 18 months. It runs your fridge, lights, and phone charging for customers, that's extra income."),
     c("170 a month is heavy. I don't even know how many drinks I'll sell.", "too_expensive"),
     t("Phone charging can bring you 20,000 to 30,000 a month as well. Many shop owners cover the cost that way."),
     c("Let me think. After Christmas maybe.", "think_it_over"),
     t("Sure, I'll leave you the leaflet. Call me when you're ready."),
     ]))

# d06 boda-boda asset loan, Kisii
o = c("habari, naomba info ya boda loan. i have 20k deposit", None)
PAIRS.append(rpair(
    "b85r_d06_kisii_boda_loan",
    "Young rider asking by WhatsApp about a motorbike loan (Kisii, Kenya); better learns he rents a bike now, shows the total cost honestly and gives him a cheaper path with a bigger deposit.",
    [o,
     t("Mzuri sana. Are you riding already, maybe someone's bike, or will this be your first?"),
     c("niko na boss, i pay him 400 per day. i want my own", None),
     t("Makes sense, that 400 becomes yours. Do you have a licence, and which stage are you at?"),
     c("licence yes. stage ya Daraja Mbili", None),
     t("Good, the stage letter helps. With 20k deposit on a 125cc it's 380 a day for 18 months, insurance and tracker included. In total you pay about 225k against a cash price of 150k, I want you to see that. With 40k deposit it drops to 320 a day."),
     c("380 is almost what i pay boss. ok but wacha nikae nione if i can reach 40", "think_it_over"),
     t("Sawa, both work. I'll send you the two calculations on WhatsApp. When ready, bring licence, ID and the stage letter."),
     ],
    [o,
     t("Mzuri. Yes we have boda loans. With 20k deposit you pay 380 per day for 18 months, insurance included."),
     c("ok. what documents", None),
     t("ID, licence, a letter from your stage chairman and two passport photos."),
     c("licence i have. 380 every day, even sundays?", None),
     t("Yes, daily, pay on M-Pesa. If you miss three days the tracker can immobilise the bike, so keep up."),
     c("ok wacha nifikirie", "think_it_over"),
     t("Sawa, come anytime with the documents."),
     ]))

# d07 standby reefer transport for a rose farm, Bishoftu
o = c("Hello, I manage a rose farm in Bishoftu. Our cold truck to the airport broke down twice this month, we lost two loads. I need a backup transport option.", None)
PAIRS.append(rpair(
    "b85r_d07_bishoftu_flower_coldchain",
    "Flower farm manager needing backup refrigerated transport (Bishoftu, Ethiopia); better asks about schedule and whether backup or replacement is needed, is honest about peak capacity and adapts when response time is too slow.",
    [o,
     t("Two loads lost, that hurts. How often do you ship, and when must loads be at the cargo terminal?"),
     c("Six days a week. Truck leaves the farm 6pm, must be at Bole cargo by 8:30. About 400 boxes a night.", None),
     t("Is the broken truck yours or a contractor's? I'm asking whether you want us every night, or only when yours fails."),
     c("Ours. The reefer unit is old. We buy a new truck next year, I only need backup till then.", None),
     t("Then standby fits: 18,000 birr a month retainer, a reefer at your gate within 90 minutes of your call, trips at 9,500 each with the temperature log. To be honest, the week before Valentine's we're nearly full, you'd book those days ahead."),
     c("90 minutes is too long. If the truck fails at 6, we miss the flight.", None),
     t("Fair. Then we park one truck at our Bishoftu depot from 5 to 8pm, ten minutes from you, so it's 40 minutes. The retainer becomes 26,000. Want a dry run next week so you can time it yourself?"),
     ],
    [o,
     t("We can help. We have reefer trucks in Addis. Bishoftu to Bole cargo is 9,500 birr a trip."),
     c("I need it on call, when our truck fails. Sometimes at 6pm.", None),
     t("Call dispatch and we send the nearest free truck, usually within two hours."),
     c("Two hours is too long. We'd miss the flight.", None),
     t("I understand. Evenings are busy, but we'll do our best to prioritise you. Shall I open an account?"),
     c("Just email me the rate card.", "brush_off"),
     t("Sure, you'll have it today."),
     ]))

# d08 wheelchair access at a safari lodge, Okavango (Maun)
o = c("Hi, we're looking at your lodge in the Okavango for July. Our daughter is 12 and uses a wheelchair. Is the lodge accessible?", None)
PAIRS.append(rpair(
    "b85r_d08_maun_lodge_access",
    "Parent asking about wheelchair access at a delta lodge booked through Maun (Botswana); better asks about the chair and transfers and is specific and honest about what works and what needs checking.",
    [o,
     t("Hi, thanks for asking up front. Honestly, some parts are fine and some are tricky. Is her chair manual or powered, and can she transfer with help, say into a vehicle seat?"),
     c("Manual. She transfers with help from her dad, she's light. Sand is our usual nightmare.", None),
     t("Sand is the issue here too. The main deck and tent 3 are on boardwalk with a ramp, no steps; the bathroom has a wide door and shower seat but no grab rails yet, I'd fit them before you come. Game vehicle she'd transfer into. The mokoro, the dugout canoe, I'd only say yes after our head guide talks with you about how she sits."),
     c("That's more honest than most places. What about the small plane from Maun?", None),
     t("The pilots put the chair in the hold and she transfers to the seat. I'll confirm the airstrip ramp for your day. Shall I hold tent 3 and set a call with the head guide this week?"),
     c("Yes please. Hold it, but dates aren't final, my husband's leave isn't approved yet.", "think_it_over"),
     t("No problem, I'll hold it ten days without deposit and extend if his leave is still pending."),
     ],
    [o,
     t("Hi, thanks for asking! Yes, we welcome all guests and we have an accessible tent with a ramp and a wide bathroom door."),
     c("Great. What about the game drives and the mokoro?", None),
     t("Our guides are very experienced and will help her into the vehicle. The mokoro is a dugout canoe, guests love it, we can arrange for her to join."),
     c("And sand? That's usually our problem.", None),
     t("There's some sand around camp, but the main paths have boardwalks, and staff will help anytime."),
     c("Sounds good. Send me the July rates please.", None),
     t("Wonderful. Rates coming by email, and I'll hold the accessible tent for a week."),
     ]))

# d09 agro-dealer, first-time layer farmer, Entebbe
o = c("Hello. I want to start keeping chickens, layers. 300 birds. What do I need to buy?", None)
PAIRS.append(rpair(
    "b85r_d09_entebbe_layers_start",
    "First-time poultry farmer asking an agro-dealer what to buy (Entebbe, Uganda); better asks about experience, housing and egg buyers, explains the chicks vs point-of-lay trade-off and suggests starting smaller.",
    [o,
     t("Hello, welcome. Have you kept birds before, and is the house already built?"),
     c("Never. The house is being built, my uncle is doing it. I saw on YouTube it's good money.", None),
     t("It can be, but layers eat for five months before they lay. Are you thinking day-old chicks, or point-of-lay birds at about 18 weeks?"),
     c("What's the difference? Point-of-lay means they lay soon?", None),
     t("Yes. Chicks are 4,000 each but you feed and vaccinate five months, and beginners often lose some early. Point-of-lay are about 22,000 but lay within weeks. For a first time I'd take 100 point-of-lay, learn on them, and add more once eggs are selling. Do you know who'll buy your eggs?"),
     c("Not yet. I'll ask shops around Kitoro. But 22,000 each, that's a lot.", "too_expensive"),
     t("It is. Set it against five months of feed, about 16,000 a bird, plus losses. Find two buyers first, then come back and we plan feed and vaccines together. And don't bring birds before the house is finished."),
     ],
    [o,
     t("Hello, welcome! For 300 layers you need day-old chicks, chick mash, feeders, drinkers and vaccines. Chicks are 4,000 each."),
     c("Okay, 4,000 times 300. And the feed?", None),
     t("Chick mash 8 weeks, growers mash to 18 weeks, then layers mash. Roughly 16,000 a bird until laying. I'll give you a vaccination schedule too."),
     c("That's a lot of money before any eggs.", "too_expensive"),
     t("It's an investment, but from month five they lay almost every day. You could start with fewer, maybe 200."),
     c("I'll think. The house isn't finished yet.", "think_it_over"),
     t("Okay. When you're ready, book chicks two weeks ahead, the hatchery gets busy."),
     ]))

# d10 borehole for a primary school, Chimoio
o = c("Good morning, I am the director of a primary school near Chimoio. 600 children, no water, they carry it from the river. An NGO gave us funds for a borehole. How much is it?", None)
PAIRS.append(rpair(
    "b85r_d10_chimoio_school_borehole",
    "School director with NGO funds for a borehole (Chimoio, Mozambique); better asks what the funds cover and who will maintain the pump, and builds the quote around repairs as well as drilling.",
    [o,
     t("Good morning, diretor, that's good news. How much did the NGO give, and is it for drilling only or pump and maintenance too?"),
     c("600,000 meticais. They said for the borehole. I don't know about the pump.", None),
     t("Around Chimoio boreholes are usually 40 to 70 metres. Survey and drilling to 60 is about 420,000, then the pump: a hand pump about 80,000, solar with a tank over 300,000. For 600 children a hand pump works if it's near the gate. Who would fix it when it breaks?"),
     c("Nobody knows how. The last hand pump in the village broke in a year and nobody fixed it.", "bad_experience"),
     t("That's the usual story. I'd put 30,000 into a spares kit and train two people, a teacher and a parent, at installation. So: survey, drilling, hand pump, training, spares, and about 40,000 left. If the survey says deeper than 70, I tell you before we drill."),
     c("That sounds right. But I must send it to the NGO first, they approve.", "think_it_over"),
     t("Of course. I'll break the quote into those lines so the NGO sees every metical, and I can join a call with them."),
     ],
    [o,
     t("Good morning. Yes, we drill boreholes. Survey is 35,000, drilling 6,000 a metre, around Chimoio usually 50 to 60 metres."),
     c("So about 400,000? And the pump?", None),
     t("Hand pump 80,000, solar pump with tank about 320,000. Solar is better for 600 children, no pumping by hand."),
     c("The NGO gave only 600,000.", "no_money"),
     t("Then the hand pump fits. Survey, drilling to 60 metres and hand pump, about 480,000."),
     c("Okay. I must send it to the NGO first.", "think_it_over"),
     t("No problem, I'll email the quote today."),
     ]))
