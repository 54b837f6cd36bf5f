"""Gaming pairs, part b (kinds 11-15, then 1-5), written by hand for blind94."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- Bengaluru, IT services
o = c("Hi, I run a small CA practice in Jayanagar, six staff. Last month one PC crashed and we nearly lost a client's Tally data. I want proper backup, nothing fancy.", None)
PAIRS.append(gpair(
    "b94g_bengaluru_it_backup", "IT services firm, Bengaluru (India)", "ignored_customer",
    "A chartered accountant wants simple, reliable backup after a near data loss.",
    [o,
     t("That's a scare, especially with client data. Where does the Tally data sit now, on one PC or on a shared server?"),
     c("One desktop acts as the server, everyone connects to it. Backup is my junior copying to a pen drive on Fridays. When he remembers.", None),
     t("So one desktop holds everything and the only backup is a weekly pen drive that depends on one person. What would hurt more, losing a week's entries, or that machine being down for two days in filing season?"),
     c("Down in September would kill us. A week we can redo. Budget is tight though, I'm not IBM.", None),
     t("Then two pieces. An automatic nightly backup to a small NAS box in the office plus an encrypted copy to cloud, about 38,000 one-time and 600 a month. And a spare-PC image so we can restore onto another machine in two hours."),
     c("38,000 is more than I thought. Can we skip the NAS and do only cloud?", "too_expensive"),
     t("You can. Cloud-only is about 900 a month, but a full restore from cloud on your line takes most of a day. If September downtime is the real fear, the NAS fixes that. We can do cloud now and NAS after filing season."),
     c("Cloud now, NAS in November. Send me the proposal.", None)],
    [o,
     t("Great to hear from you! What are the biggest challenges you face with your IT today?"),
     c("Just the backup. Tally data sits on one desktop and my junior copies it to a pen drive when he remembers.", None),
     t("Got it. We'd recommend our Managed Office 365 bundle with Teams, SharePoint and a new Dell server, 2.4 lakh setup. How does that sound?"),
     c("I don't need Teams and a server. Six people, one Tally. I asked about backup.", "no_need"),
     t("Understood, thanks for sharing. Another question: how do you see your firm growing over the next five years?"),
     c("Filing season is September. I need to know what happens if that desktop dies.", None),
     t("Absolutely. With the new server you'd have a very modern setup, and we can add firewall and antivirus licences too. What budget have you set aside?"),
     c("Not 2.4 lakh for a backup, that's absurd. I'll ask my nephew to set something up.", "too_expensive")],
))

# 12 repeated_questions -- Patna, kirana wholesale
o = c("bhaiya send fortune oil 1 ltr 2 carton, tata salt 5 bag, parle g 10 box. by tomorrow", None)
PAIRS.append(gpair(
    "b94g_patna_kirana_wholesale", "FMCG wholesaler, Patna (India)", "repeated_questions",
    "A kirana shop owner places a WhatsApp order with his wholesaler.",
    [o,
     t("Ji, noted: Fortune 1 litre 2 cartons, Tata salt 5 bags, Parle-G 10 boxes, for tomorrow. Delivery to the Kankarbagh shop as usual, before 11?"),
     c("haan before 11. payment after 15 days", None),
     t("15 days is fine for this amount. One thing: Parle-G has gone up 4 rupees a box from this week, company increase. Still send 10?"),
     c("4 rs more?? why. put last week rate only", "too_expensive"),
     t("I get it, but the increase is from the company, same for every shop in Patna. What I can do is last week's rate on 5 boxes I still have in old stock, new rate on the other 5."),
     c("ok. and sugar rate?", None),
     t("Sugar 50 kg bag is 2,060 today. Add one bag?"),
     c("no not now, old stock is there", "no_need")],
    [o,
     t("Ji bhaiya! Happy to help. Tell me, what are you looking to order for the shop this week?"),
     c("i just wrote. oil 2 carton, salt 5 bag, parle g 10 box. payment after 15 days", None),
     t("Right. Just to understand your requirement properly, which items do you need?"),
     c("bhai read the msg above", None),
     t("Sure. And how much of each, and how would you like to pay?"),
     c("2 5 10. 15 days. same as i wrote. u ok??", None),
     t("Got it, thanks. So to be sure I've understood your needs: what products, and in what quantities, are you looking at?"),
     c("forget it. ordering from gupta traders, they dont ask 4 times", None)],
))

# 13 wrong_paraphrase -- Chattogram, mobile operator shop
o = c("I want a monthly pack for my mother's SIM. She only does WhatsApp video calls with my brother in Dubai, maybe one hour a day.", None)
PAIRS.append(gpair(
    "b94g_chattogram_mobile_pack", "mobile operator customer centre, Chattogram (Bangladesh)", "wrong_paraphrase",
    "A son buys a data pack for his mother's video calls to Dubai.",
    [o,
     t("Okay. Does she use data for anything else, YouTube or Facebook, or only the video calls?"),
     c("Only video calls. She is 62, she doesn't know YouTube. But the calls break sometimes.", None),
     t("One hour of video a day is roughly 15 to 20 GB a month. The breaking can also be weak signal at home. Where does she live, and does the phone show 4G there?"),
     c("Patiya, village side. Sometimes 4G, sometimes nothing.", None),
     t("Then a bigger pack alone won't stop the breaking. The 30-day 25 GB pack is 499 taka and covers her calls. For the signal, I can log a coverage complaint for her area. Calling from the side of the house facing the road usually helps too."),
     c("499 is okay. Log the complaint also, though last time I complained nobody called back.", "bad_experience"),
     t("Fair. I'll give you the complaint number; you can check it by dialling 121. If nothing happens in seven days, come to me directly, I'm here Saturday to Thursday."),
     c("Okay. Activate the pack.", None)],
    [o,
     t("Sure! Tell me a bit about how your mother uses her phone."),
     c("Only video calls with my brother in Dubai. About one hour a day.", None),
     t("So what I'm hearing is she streams a lot, YouTube and Facebook, so she needs our 60 GB Unlimited Social pack at 999, right?"),
     c("No, I said only calls. She doesn't use YouTube.", None),
     t("Got it, so she's a heavy data user who wants the fastest speed, which is our 5G-ready pack. Did I understand correctly?"),
     c("There's no 5G in Patiya. Barely 4G. Are you listening?", None),
     t("Absolutely. So to summarise, you want the 999 pack with a home router, because she's unhappy with her current operator. Shall I go ahead?"),
     c("She is already with you! She doesn't need 60 GB. Just give me something around 500 taka.", "no_need")],
))

# 14 pitch_to_upset -- Kandy, diagnostic lab
o = c("Hello, I'm calling about my mother, Mrs. Kusuma Ratnayake. She had a home blood collection booked every month with you. She passed away last Tuesday. I need to cancel it, and the reminder messages keep coming.", None)
PAIRS.append(gpair(
    "b94g_kandy_lab_bereaved", "diagnostic laboratory, Kandy (Sri Lanka)", "pitch_to_upset",
    "A daughter calls to cancel her late mother's standing home-collection bookings.",
    [o,
     t("I'm very sorry for your loss, madam. I'll stop it now. Can you give me the number the bookings were made on, so I can find her file?"),
     c("077 341 8826. It's my number, I used to book for her.", None),
     t("Thank you. I've cancelled the monthly booking; the reminders stop from today. There was an advance of Rs. 4,500 for the next two visits, and I can refund that to your account."),
     c("I didn't even remember that. Yes, please. Do you need anything from me?", None),
     t("Only your bank details and a copy of the death certificate for our accounts, whenever you're ready, there's no hurry. Send them on WhatsApp to this number and I'll handle it myself."),
     c("Thank you. It's been a hard week. Her last reports, can I get copies? Her doctor asked.", None),
     t("Of course. I'll email all her reports from the last year today. Please take care of yourself."),
     c("Thank you. You've made this easy.", None)],
    [o,
     t("I'm so sorry for your loss, madam, I really understand how you feel. May I ask, how are you and the family doing with your own health?"),
     c("We're... managing. I just want the messages to stop.", None),
     t("Of course. You know, at times like this many families realise how important prevention is. Since your mother had diabetes, have you thought about our Family Wellness package? Four members, full screening, Rs. 18,900, and we can move her advance into it."),
     c("I'm not thinking about packages right now. Please just cancel it.", "no_time"),
     t("Absolutely, I'll note that. Just so you know, diabetes runs in families, and the package is 20 percent off this month only. Shall I at least book a slot for you, so your experience with us continues?"),
     c("My mother died eight days ago. Do you understand what you're doing?", None),
     t("I'm sorry, madam. I'll cancel the bookings. Is there anything else I can help you with today?"),
     c("No. Just stop the messages.", None)],
))

# 15 blame -- Coimbatore, two-wheeler service
o = c("Sir, I gave my Jupiter for service on Saturday. Monday morning it stopped on Avinashi Road and wouldn't start. I had to push it one kilometre in the heat. I'm 58.", None)
PAIRS.append(gpair(
    "b94g_coimbatore_bike_service", "two-wheeler service centre, Coimbatore (India)", "blame",
    "A customer's scooter broke down two days after a paid service.",
    [o,
     t("I'm sorry, sir. Pushing it a kilometre in that heat, right after we serviced it, is not okay. Where is the scooter now?"),
     c("At a petrol bunk near Peelamedu. I left it there and came by auto.", None),
     t("I'll send our pickup van to the bunk within the hour, no charge. When it stopped, did it cut off suddenly, or sputter first?"),
     c("Sputtered a bit near the signal, then died. Fuel was half tank, I checked.", None),
     t("That helps. Sputtering after a service often means a spark plug or a loose connector, which would be on us. The mechanic will check it today and I'll call you by 4 with the reason. Any repair from the service is free, and I'll pay back your auto fare."),
     c("Okay. But last year also the brakes were not adjusted properly after your service. If this happens again I'm not coming back.", "bad_experience"),
     t("That's fair, and I'll note the brake issue on your file so the senior mechanic does your next service. I'll call you by 4, sir."),
     c("Okay, 4 o'clock. Don't forget.", None)],
    [o,
     t("Sorry to hear that, sir. Just to understand your experience better, where did you fill petrol after the service?"),
     c("The bunk near my house, same as always. Why?", None),
     t("So what I'm hearing is the fuel may be adulterated. Many customers fill at cheap bunks and then blame the service. Did you perhaps ride it with the choke on?"),
     c("What choke? It stopped two days after your service.", None),
     t("Sir, with respect, it left here in perfect condition, the mechanic test-rode it. Maybe it was overloaded, or you didn't warm it up in the morning? These scooters need careful riding."),
     c("Careful riding? I've ridden for forty years. I'm taking it to the Gandhipuram service centre.", None),
     t("That's your choice, sir. Just note that work done outside voids the warranty. Anything else I can help you with?"),
     c("Nothing. Goodbye.", None)],
))

# 1 monologue -- Multan, FMCG distributor visiting a general store
o = c("Haan, Shahid bhai, quickly. Rush time.", None)
PAIRS.append(gpair(
    "b94g_multan_fmcg_store", "FMCG distributor's order-taker, Multan (Pakistan)", "monologue",
    "A distributor's salesman visits a busy general-store owner on his route.",
    [o,
     t("Two minutes only. Last month you took the new 500 ml dishwash liquid. How did it move?"),
     c("Slow. People still ask for the bar.", None),
     t("So the bar sells and the liquid sits. How many bottles are still on the shelf?"),
     c("Nine out of twelve.", None),
     t("Then no more liquid this month. If those nine don't move in two weeks, I'll take three back against bar stock. How many cartons of bar?"),
     c("Two carton. And last time you billed five rupees extra on the bar.", None),
     t("You're right, I checked, that was our billing mistake. I'll adjust it in this bill. So two cartons of bar, no liquid, and I'll check those nine bottles on the 20th."),
     c("Theek. Write it and go, customers waiting.", None)],
    [o,
     t("Shahid bhai, two minutes, great news! Company has a new scheme: buy five cartons of dishwash liquid, get one free, plus 2 percent display incentive for the front shelf, plus the new lemon bar, plus a motorcycle lucky draw for Multan retailers who cross one lakh a quarter. Customers love the liquid, it's the future, and with this margin you'll see real success. So, five cartons?"),
     c("Bhai, the liquid isn't moving. Nine bottles are lying there.", "no_need"),
     t("That's because it needs visibility, bhai! That's why front shelf. Eye level, our danglers, I'll give the stand free, and with the lemon bar as a combo it'll fly. The company is launching a TV ad in March also, so demand will come automatically. Your experience will be totally different, trust me. I'll write five liquid, three lemon bar, okay?"),
     c("Not now, bhai, customers are standing. Come later.", "no_time"),
     t("Two seconds only! Just sign here, scheme ends on the 15th, the stand I'll put myself, you don't have to do anything, and the bill we adjust next month. Any other needs I can help with?"),
     c("I said later. Go.", "brush_off")],
))

# 2 closing_as_open_question -- Pokhara, rooftop solar
o = c("Namaste. I run a 14-room guesthouse at Lakeside. Load-shedding is less now, but the electricity bill in the season is about 45,000 rupees a month, mostly geysers. I'm thinking of solar.", None)
PAIRS.append(gpair(
    "b94g_pokhara_solar_guesthouse", "solar installer, Pokhara (Nepal)", "closing_as_open_question",
    "A guesthouse owner with high seasonal bills asks about solar.",
    [o,
     t("Namaste. About 45,000 in season, mostly geysers. Are they electric geysers in each room, or one central tank?"),
     c("Electric in each room. Fourteen geysers. Off season the bill is maybe 15,000.", None),
     t("Then honestly, the biggest saving may be solar water heaters, not panels. For hot water they cut most of that load at roughly a third of the cost of panels doing the same job. Is there open roof space facing south?"),
     c("Roof is there, but half is my rooftop cafe. Guests like the lake view.", None),
     t("Then we use the other half, and I need to measure it. Rough figure: water heaters for 14 rooms around 6 lakh, paying back in under three years at your bills. A firm quote only after I see the roof."),
     c("6 lakh in one go is hard. After the season I'll have cash, now everything goes on staff salaries.", "no_money"),
     t("Understood. The survey is free. I can come next week, measure, and give you a written quote valid till October, so you decide after the season. Which day suits?"),
     c("Thursday morning, before the guests check out. Okay.", None)],
    [o,
     t("Namaste! Great decision. What would it mean for your business to bring that bill down to zero?"),
     c("Zero would be nice. But is it possible with fourteen geysers?", None),
     t("Absolutely. So which would you prefer, the 10 kW or the 15 kW system?"),
     c("I don't know yet, I just started asking. What does it cost?", None),
     t("The 15 kW is 18 lakh, and with our bank partner the EMI is small. What's the best date for us to start installation, this month or next?"),
     c("18 lakh? That's far too much for a guesthouse. I was thinking five or six.", "too_expensive"),
     t("I hear you. So what would it take for you to say yes today? If I add the monitoring app free, how would you like to pay the advance, cash or bank transfer?"),
     c("I'll get two more quotes and then see.", "think_it_over")],
))

# 3 pitch_as_paraphrase -- Lucknow, IELTS coaching
o = c("Hello sir, I am a staff nurse at a private hospital in Lucknow. The UK agency says I need 7 in IELTS writing. I got 6.5 in writing and 7.5 in the others.", None)
PAIRS.append(gpair(
    "b94g_lucknow_ielts", "IELTS coaching centre, Lucknow (India)", "pitch_as_paraphrase",
    "A nurse needs half a band more in IELTS writing for a UK job.",
    [o,
     t("Well done on the 7.5s, that's strong. So the gap is only writing, 6.5 to 7. Do you remember how Task 1 and Task 2 went?"),
     c("I think Task 2 I didn't finish. I wrote around 210 words.", None),
     t("That's a likely reason; under 250 words in Task 2 costs marks. You don't need a full course then. What are your duty timings?"),
     c("Rotating. This month nights. I can't come to daily classes.", "no_time"),
     t("Then don't. We have a writing-only module: two essays a week on the app, a trainer marks them with comments within 48 hours, and a 30-minute video call on Sundays. Six weeks, 7,500 rupees."),
     c("7,500 is fine. But how do I know the marking is proper? My friend paid a centre in Aliganj and they wrote 'good' on everything.", "bad_experience"),
     t("Fair worry. Send me one essay now, free, and I'll have it marked with band scores by Thursday. If the comments don't help you, don't join."),
     c("Okay, I'll send one tonight after duty.", None)],
    [o,
     t("Great! Can you tell me more about what you're looking for?"),
     c("Only writing. I need 7, I got 6.5. Others are 7.5.", None),
     t("So what you're saying is you need our complete IELTS Gold programme, three months, all four modules, 24,000 rupees. Correct?"),
     c("No sir, only writing. Listening and reading I already have.", "no_need"),
     t("Got it. So what I'm hearing is you want to be fully sure of your band, which is why Gold with mock tests in all modules is right. Did I understand you correctly?"),
     c("I do night shifts. I can't come for three months of classes.", "no_time"),
     t("Understood, so your need is flexibility, meaning our Gold Weekend batch, same 24,000, Saturday and Sunday 10 to 4. Is that right?"),
     c("Weekends also I have duty sometimes. Let me look at online options and call you back.", "think_it_over")],
))

# 4 upsell_as_loop_closing -- Kochi, mobile recharge shop
o = c("Chetta, need to recharge my father's number. He uses it only for calls, no internet. Cheapest one that lasts the month.", None)
PAIRS.append(gpair(
    "b94g_kochi_recharge", "mobile recharge and accessories shop, Kochi (India)", "upsell_as_loop_closing",
    "A son visiting from Bangalore recharges his elderly father's phone.",
    [o,
     t("Sure. Calls only, no data. Which operator, and does he call outside Kerala much?"),
     c("Jio. Only local, to me and my sister in Ernakulam. Sometimes bank OTPs come.", None),
     t("Then the 28-day calling pack at 189 is enough. If you'd rather not come every month, the 84-day pack at 479 works out cheaper per month."),
     c("84 days is better. I'm in Bangalore, I can't come every month.", None),
     t("Then 479. I'll also put your number for the expiry reminder SMS, so he doesn't get cut off. Okay?"),
     c("Yes, do that. Thanks chetta.", None)],
    [o,
     t("Sure! To make sure we fully understand your needs, what else can I add today? We have a home AirFiber connection at 599 a month."),
     c("No, no. He's 74. He only uses calls.", "no_need"),
     t("Understood. So the 479 pack for 84 days. And to close the loop, shall I add an OTT subscription so he can watch cricket on TV? Just 149 more."),
     c("He watches on Asianet only. Just the recharge.", "no_need"),
     t("Done. Before I finish, what else can I add for him? A 4G feature phone with big buttons is 1,499, very popular with senior citizens."),
     c("His phone is fine. How much total?", "no_need"),
     t("479. Anything else at all I can add for you? Screen guard, back cover?"),
     c("Nothing. Just give me the receipt.", "brush_off")],
))

# 5 leading_tag_questions -- Nagpur, diagnostic lab
o = c("Hello, my husband is 52, his company reimburses one health check a year, up to 3,000. Doctor asked for lipid profile, fasting sugar, HbA1c and thyroid. Which package should we take?", None)
PAIRS.append(gpair(
    "b94g_nagpur_lab_package", "diagnostic centre, Nagpur (India)", "leading_tag_questions",
    "A wife books her husband's company-paid annual blood tests.",
    [o,
     t("Good that the doctor gave a list. Those four come to about 1,450 here, well inside your 3,000. Does the company need a package name on the bill, or just the tests?"),
     c("Just a bill and the report. But my friend said take the big package, more tests is better.", None),
     t("More isn't always better; tests nobody asked for sometimes show borderline numbers and cause worry for nothing. If you want to use the full 3,000, kidney function and vitamin D are sensible at 52, but I'd check with his doctor first."),
     c("Vitamin D the doctor was also saying, yes. Home collection possible? He leaves at 8 for office.", None),
     t("Yes. It's fasting, so nothing after 10 pm, and our person comes at 7 am. Home collection is free above 1,000. Tomorrow or day after?"),
     c("Day after. Tomorrow he has an office dinner, he'll eat late.", None),
     t("Day after tomorrow, 7 am, confirmed. I'll send the address form on WhatsApp and a fasting reminder the night before."),
     c("Okay, thank you.", None)],
    [o,
     t("Hello ma'am! You'll want the complete picture of his health at 52, won't you?"),
     c("Yes, but the doctor gave a list. Lipid, sugar, HbA1c, thyroid.", None),
     t("Right, but those are basics. You wouldn't want to miss anything serious, would you? So the Platinum 86-test package at 4,999 makes sense, doesn't it?"),
     c("4,999 for tests the doctor didn't even ask for? Company gives 3,000 only.", "too_expensive"),
     t("Ma'am, health is more important than 2,000, isn't it? You'd never forgive yourself if something was missed, would you? And you'll want home collection at 7, won't you?"),
     c("Don't frighten me like that. I'll ask his doctor which tests and come back.", "think_it_over"),
     t("Of course, but the doctor will also say more tests is better, won't he? Shall I block the 7 am slot anyway?"),
     c("No. I'll call.", "brush_off")],
))
