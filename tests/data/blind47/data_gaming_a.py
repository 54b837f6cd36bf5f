"""Gaming pairs, kinds 1-5 (two each). Written by hand for this set."""
from common import t, c, gpair

PAIRS = []

# 1 ---------------------------------------------------------------- monologue
o = c("Hei, yeah, so, uh, my outboard keeps dying when I throttle down. It's a, um, a forty horse, maybe eight years old.", None)
PAIRS.append(gpair(
    "b47g_tromso_outboard", "marine engine workshop, Tromsø (Norway)", "monologue",
    "A small-boat owner phones a marine workshop: his outboard stalls at low revs since the spring.",
    good=[
        o,
        t("Annoying, especially coming in to the dock. When it dies, is it only when you slow down, or also when it idles in the harbour?"),
        c("Mostly when I slow down coming in. Idle is, eh, okay-ish. Sometimes it coughs.", None),
        t("And when did it start: after winter storage, or after filling up somewhere new?"),
        c("After winter, yes. I didn't, uh, I didn't drain the carburettor. My brother-in-law said it's fine.", None),
        t("That fits. Old fuel gums up the carb, and low revs suffer first. So: dies when you throttle down, started after storage, carb wasn't drained. I'd clean the carburettor and change the fuel filter before anyone talks about bigger parts. Around 1,800 kroner."),
        c("Eighteen hundred for a cleaning? The place in Finnsnes did my friend's for half that.", "too_expensive"),
        t("Could be, and if they can take it sooner, fair enough. We check the plugs for free when it's on the bench; if it turns out to be only plugs, you pay for plugs and half an hour, not the 1,800. I'd rather tell you after I've looked. Can you bring it Thursday morning?"),
        c("Thursday I'm out with the boat until, eh, two. Friday works.", "no_time"),
        t("Friday at eight, then. I'll write 'dies at low revs after storage, carb not drained' on the job card so the mechanic starts there."),
    ],
    gaming=[
        o,
        t("Great question, and thanks for reaching out, customer experience is really our thing here. So let me tell you about Marine Care: full annual service, new impeller, plugs, fuel system flush, winterisation in October, pick-up from your mooring, a loan engine if we keep yours more than three days. Most owners in Tromsø go for Gold, 6,900 a year, and honestly for a forty horse that's peace of mind, because what you don't want is to be out past Kvaløya and it quits. We also do electronics, plotters, echo sounders..."),
        c("Okay, but it just dies when I slow down, that's all I...", None),
        t("Exactly, and that's precisely why Marine Care exists. Dying at low revs could be a dozen things, so a full-system approach makes much more sense than guessing. With Gold you also get priority booking in the spring rush, which trust me matters in May. We've got about three hundred boats on the plan. What questions do you have about Gold?"),
        c("I don't want a yearly plan. I want someone to look at the motor.", "no_need"),
        t("Totally hear you, and looking at the motor is step one of Gold! Step two is the flush, step three the impeller, and you'd be surprised how many forty-horse owners come back in August because they only fixed one thing. If budget is a concern, Silver at 4,200 covers the essentials. Shall I put you down for Silver?"),
        c("Just tell me what a check costs. One check.", None),
        t("A standalone diagnosis is 950, but honestly, and I say this to everyone, that's money gone, because with Silver the diagnosis is included and you get the flush. Members get ten percent on parts too, and on a boat that age parts add up. I'll email you the Gold and Silver comparison so you can see the difference. Anything else I can help you with today?"),
        c("No. I'll call the guy in Finnsnes.", None),
    ],
))

# 2 ---------------------------------------------------------------- monologue
o = c("Hello. We are construction company, around 60 workers, many on shifts. I want to understand if your payroll system can work for us.", None)
PAIRS.append(gpair(
    "b47g_almaty_payroll", "payroll software vendor, Almaty (Kazakhstan)", "monologue",
    "The HR manager of a construction firm asks a payroll-software vendor whether the system handles shift overtime.",
    good=[
        o,
        t("Hello, thank you for writing. Before I tell you anything about the system: how do you run payroll now, and which part hurts most?"),
        c("Now we use 1C and Excel. Accountant makes overtime in Excel by hand, then puts it in 1C. Every month two, three mistakes, workers come angry.", None),
        t("So overtime is done by hand outside 1C, and the mistakes land on the workers' pay. Are they mostly in night shifts, holiday pay, or just typing?"),
        c("Night shifts and holiday coefficient. And honestly, we tried one cloud program two years ago, it was disaster, it lost the timesheets for March.", "bad_experience"),
        t("Losing a month of timesheets, I understand why you're careful. Two things then. Our system calculates night and holiday rates straight from the timesheet and exports to 1C, so your accountant keeps 1C. And the data: a daily copy on servers in Kazakhstan, and you can export everything yourself any day. Would it help to run last month's timesheets through a trial, side by side with what your accountant calculated?"),
        c("Side by side is good. But I must show director first, he decides about money.", "think_it_over"),
        t("Of course. I'll send a one-page summary for him in Russian and English, and set up the trial whenever he says yes. Is a short call with him useful, or is it better to go through you?"),
        c("Through me is better. Send the paper, I call you Tuesday.", None),
    ],
    gaming=[
        o,
        t("Hello and thank you! So let me walk you through PayFlow. PayFlow is the leading payroll solution in Central Asia, more than 400 companies trust us. Mobile app for employees, payslips in three languages, leave management, HR analytics dashboard, KPI module, and our new AI assistant that answers employee questions 24/7. For 60 employees I'd recommend Business Plus with analytics, let me share my screen."),
        c("We mostly need overtime for shift...", None),
        t("Shifts, fully supported, and that's just the beginning! On this screen you see the dashboard: turnover by department, average salary, a heat map of absences, directors love this one. Then the AI assistant, you type 'how many vacation days do I have' and it answers. Our clients tell us the experience is transformational. What do you think so far?"),
        c("It's nice but... we had cloud program before, it lost our data. I worry about this.", "bad_experience"),
        t("Totally understand, that's why we're ISO certified. Now let me show you the mobile app, this is really where the magic happens: payslips, leave requests, even a salary advance through our partner bank..."),
        c("Sorry, I have meeting. Just send me the price.", "brush_off"),
        t("Will do! I'll send the Business Plus proposal with the AI add-on, and our onboarding team will reach out to schedule the implementation. Anything else I can help you with?"),
        c("No, thank you.", None),
    ],
))

# 3 ---------------------------------------------------------------- closing_as_open_question
o = c("Good afternoon. This dumsor is killing my business, my freezer cannot stay cold. I want to ask about your solar.", None)
PAIRS.append(gpair(
    "b47g_kumasi_solar", "solar home-system dealer, Kumasi (Ghana)", "closing_as_open_question",
    "A kiosk owner tired of power cuts walks into a solar dealer to ask what would keep her freezer running.",
    good=[
        o,
        t("Good afternoon, sorry to hear that. What do you need running when the light goes off: only the freezer, or lights, phone charging, anything else?"),
        c("Freezer mainly. Small one, for minerals and ice water. And two bulbs at night. The rest can wait.", None),
        t("And how long are the cuts these days, roughly?"),
        c("Ei, sometimes twelve hours. Sometimes one day on, one day off.", None),
        t("So a chest freezer and two bulbs, through cuts of up to twelve hours. Our starter kit won't hold a freezer that long, so I won't sell you that one. The 1.5 kilowatt kit would do it: 14,500 cedis installed, or 1,300 a month over twelve months."),
        c("Fourteen thousand. Hmm. I don't have that kind of money now, even the monthly one is heavy for me.", "no_money"),
        t("That's fair. One option: start with panels and a battery sized only for the freezer, about 9,000, and add the bulbs later on the same system. Or go and see a shop in Asafo that has the full kit, talk to the owner, and decide after. Which sounds better to you?"),
        c("Let me see the Asafo shop first. Then I'll talk to my husband.", "think_it_over"),
        t("Good. I'll call the owner and send you his number today. When you've seen it, call me and we'll size it properly."),
    ],
    gaming=[
        o,
        t("Good afternoon! Dumsor is tough, I hear you. Let me ask you: what would it take for you to have solar installed this week?"),
        c("This week? I only came to ask. I have a small freezer and two bulbs.", None),
        t("Perfect, freezer and bulbs, our Power Pro kit handles that easily. So when would you like the installers to come, Tuesday or Thursday?"),
        c("I don't even know the price.", None),
        t("It's 14,500 all in. How would you like to pay, mobile money or bank transfer? Most of our customers prefer MoMo."),
        c("Fourteen thousand five hundred? Ah, that's too much for me, I don't have it.", "no_money"),
        t("I understand. What monthly amount would make this a yes for you today?"),
        c("It's not about today. I need to think, and talk to my husband.", "think_it_over"),
        t("Of course, family is important. What would your husband need to hear for you both to sign by Friday?"),
        c("Let me go. I'll come back if I want.", "brush_off"),
    ],
))

# 4 ---------------------------------------------------------------- closing_as_open_question
o = c("hi, saw your ad for the gym. i have bad knee after football long ago, is it even ok for me to join", None)
PAIRS.append(gpair(
    "b47g_tartu_gym", "fitness club, Tartu (Estonia)", "closing_as_open_question",
    "Website chat: a man in his forties with an old knee injury asks a gym whether he can join at all.",
    good=[
        o,
        t("Hi! Good that you ask before joining. What does the knee let you do now: walking, stairs, cycling?"),
        c("walking ok, stairs bit painful. cycling i dont know, havent tried in years", None),
        t("And what would you like to get out of it: lose weight, get stronger, just move more?"),
        c("mostly lose like 10 kg and not be tired all the time. but i did a gym in riga before and the trainer made me do squats, knee was bad for two weeks", "bad_experience"),
        t("That's exactly what we'd avoid. So: the knee doesn't like stairs, squats hurt it last time, and the goal is 10 kg and more energy. I'd suggest a free intro session with Kadri, she works with knee rehab, and you try the bike and the pool before paying anything."),
        c("ok free sounds good. but after, how much, im not sure i can pay a lot", "no_money"),
        t("Monthly is 39 euros, no contract. There's also off-peak at 27 if you can come before 15:00. Try the intro first and decide after, no pressure."),
        c("off peak could work, i finish work at 2. when is kadri free", None),
        t("Wednesday 14:30 or Friday 15:00 this week. Which suits you?"),
        c("wednesday", None),
    ],
    gaming=[
        o,
        t("Hi! Great that you reached out! What would it take for you to start your fitness journey with us today?"),
        c("i just want to know if its ok with my knee, old football injury", None),
        t("Absolutely, we have everyone here! What's stopping you from signing up right now so we can get that knee stronger?"),
        c("well, last gym in riga the trainer made me squat and knee was bad for 2 weeks. so im careful", "bad_experience"),
        t("Totally get it. So which would you prefer, the 12-month plan at 29 a month or the 24-month at 25? Which one fits your goals better?"),
        c("neither, i dont want 12 months before i know if i can even do it", "think_it_over"),
        t("Makes sense. How would you feel about locking in today's price with just a 20 euro deposit?"),
        c("no. just email me the price list, ill look at it some time", "brush_off"),
    ],
))

# 5 ---------------------------------------------------------------- pitch_as_paraphrase
o = c("Gamarjoba. My bill last month was, um, 180 lari. I was in Trabzon four days. I don't understand how.", None)
PAIRS.append(gpair(
    "b47g_tbilisi_roaming", "mobile operator shop, Tbilisi (Georgia)", "pitch_as_paraphrase",
    "A retired woman comes to a mobile operator's shop about a roaming bill after visiting her sister in Turkey.",
    good=[
        o,
        t("That's a shock, I'm sorry. Let's look together. Do you remember if you used the internet there, maps, WhatsApp, or mostly normal calls?"),
        c("WhatsApp, yes, and, um, some videos to my grandson. I thought WhatsApp is free.", None),
        t("Here it is: about 1.2 gigabytes over four days, charged at roaming rates because there was no package on. That's where 160 lari went. Do you go to Turkey often, or was this once?"),
        c("Maybe three, four times a year. My sister lives there.", None),
        t("So you go to Turkey a few times a year, use WhatsApp and video with family, and this bill came because no roaming package was on. Two choices: a Turkey pack you switch on only when you travel, 15 lari for a week with 3 gigabytes, or a monthly plan with roaming at 35. With three or four trips a year, the weekly pack is cheaper for you."),
        c("Fifteen each time, okay. But the 180, I have to pay all of it? It's a lot for my pension.", None),
        t("I can't cancel it, but I can apply a one-time goodwill credit, 60 lari off, and split the rest over three months. And I'll set an SMS to remind you to switch the pack on when your phone connects in Turkey."),
        c("Okay. That is... okay, thank you. Split it, please.", None),
    ],
    gaming=[
        o,
        t("Gamarjoba, I'm sorry to hear that. Can you tell me more about your experience with the bill?"),
        c("I was in Trabzon, four days, I used WhatsApp, videos to my grandson. Now 180 lari.", None),
        t("So what I'm hearing is that you need our Unlimited World plan at 65 lari a month so this never happens again, is that right?"),
        c("No, I... I go maybe three times a year. 65 every month is too much.", "too_expensive"),
        t("Let me make sure I understood: you want to stay connected with family without worrying, so Unlimited World with the family add-on for your grandson is the right fit, correct?"),
        c("My grandson is in Tbilisi, he has his own phone. I just want to understand the 180.", "no_need"),
        t("Got it, so what matters to you is peace of mind, which is exactly what Unlimited World gives. Shall I activate it from today so next month is covered?"),
        c("And the 180? Do I pay all of it?", None),
        t("The bill stays as it is, unfortunately. Did I understand correctly that you'd like the Unlimited World brochure to take home?"),
        c("You did not understand anything.", None),
    ],
))

# 6 ---------------------------------------------------------------- pitch_as_paraphrase
o = c("Bonjour. I have a tailoring atelier in Médina, four workers. My clients pay me by Wave, by cash, everything is mixed with my personal money. My accountant says I need a business account.", None)
PAIRS.append(gpair(
    "b47g_dakar_bizaccount", "retail bank branch, Dakar (Senegal)", "pitch_as_paraphrase",
    "A tailor with a small workshop asks a bank adviser about a business account to separate her money.",
    good=[
        o,
        t("Bonjour, your accountant is right, it makes everything clearer. Tell me how the money comes in and goes out now: what do you pay each month?"),
        c("Salaries of the four, the rent, fabric from Sandaga market, that one is cash always. The clients, maybe half Wave, half cash.", None),
        t("So half your income comes by Wave, and the fabric is paid in cash. Do you pay salaries in cash too, or would your workers want transfers?"),
        c("Cash now. Two of them ask for Wave also. And I already have a personal account at another bank, they charge me for everything, every little thing.", "bad_experience"),
        t("Then fees matter to you. Our small-business account is 2,500 francs a month; Wave payments in are free, salaries to Wave wallets from the app cost 1%, cash deposits at the counter are free. For the fabric you'd still withdraw cash: two withdrawals a month are free, then 300 each."),
        c("Two is not enough, I go to Sandaga every week. Then I pay more than now.", "too_expensive"),
        t("Fair point. Weekly withdrawals would add about 600 a month. The Pro account is 4,000 with unlimited withdrawals, nearly the same for you. I'd start with the basic one, look at two months of statements, and switch if it costs more. Do you want to bring your NINEA and ID and open it this week?"),
        c("Yes, Thursday. I bring the papers.", None),
    ],
    gaming=[
        o,
        t("Bonjour madame, welcome! Tell me, what does success look like for your business this year?"),
        c("Success... I want to stop mixing my money. Clients pay Wave and cash, I pay fabric cash at Sandaga, salaries cash.", None),
        t("So what you're saying is you need our Entrepreneur Premium account with the business credit card and a card terminal, is that right?"),
        c("I didn't say a card. I don't want a card, I buy with cash at the market.", "no_need"),
        t("I understand completely. So, to reformulate: you want full control of your cash flow, which means Premium with the terminal so clients can pay by card in the atelier, 12,000 a month. Did I get that right?"),
        c("No. 12,000 is too much. My clients pay by Wave, nobody pays by card in Médina.", "too_expensive"),
        t("Let me check I understood: you're looking for a premium experience at a better price, so I can offer Premium with the first three months at 9,000. Shall we start the paperwork?"),
        c("Just give me the brochure. I will look at home.", "brush_off"),
    ],
))

# 7 ---------------------------------------------------------------- upsell_as_loop_closing
o = c("Hi, sorry, our flight to Boston got cancelled, the storm. Do you have a room for tonight? We're two, plus a kid.", None)
PAIRS.append(gpair(
    "b47g_reykjavik_hotel", "city hotel front desk, Reykjavík (Iceland)", "upsell_as_loop_closing",
    "A stranded family walks up to a hotel desk late in the evening after their flight was cancelled.",
    good=[
        o,
        t("Oh no, I'm sorry. Yes, let me check. Do you know yet when the new flight is?"),
        c("Airline says tomorrow evening, maybe Thursday. They give us a voucher, 20,000 krónur per night.", None),
        t("Okay. The family room tonight is 32,000, so the voucher covers most of it. Do you want me to keep a second night open in case it's Thursday?"),
        c("Twelve thousand more every night is, hmm, that's a lot when we didn't choose any of this.", "too_expensive"),
        t("Understood. A standard double with a folding bed is 24,000. Tighter, but the voucher nearly covers it. And I can hold Wednesday without charging until noon tomorrow, so you only pay if the flight really moves."),
        c("The double with the bed is fine, he's small. Yes, hold Wednesday please.", None),
        t("Done. Breakfast opens at seven, and I've put you down for a free late checkout at one since you're waiting for the airline. Anything you need for the little one tonight, an extra blanket, a kettle?"),
        c("A kettle would be great actually. Thank you, really.", None),
    ],
    gaming=[
        o,
        t("Oh no, I'm sorry to hear that! Yes, we have rooms. Can I just ask, how was your experience with us last time?"),
        c("We weren't here before. The airline gives a voucher, 20,000 per night.", None),
        t("Perfect, so for tonight the family suite is 41,000. And to close the loop, what else can I add to make your stay perfect? Our Northern Lights tour leaves at nine."),
        c("We have a tired kid and a cancelled flight. No tour.", "no_need"),
        t("Totally understood. Is there anything else I can add for you? Breakfast buffet for three is 9,900, and the Blue Lagoon transfer is very popular with stranded guests."),
        c("Is there nothing cheaper than 41,000? The voucher doesn't cover that.", "too_expensive"),
        t("The suite is what we have with space for three. Before we finish, anything else? Late checkout is 5,000, and the spa package makes the wait feel like a holiday."),
        c("You know what, we'll ask at the place across the street.", None),
    ],
))

# 8 ---------------------------------------------------------------- upsell_as_loop_closing
o = c("Hello, my son has temperature, 38.5, since the night. He is four. What can I give him?", None)
PAIRS.append(gpair(
    "b47g_bishkek_pharmacy", "neighbourhood pharmacy, Bishkek (Kyrgyzstan)", "upsell_as_loop_closing",
    "A mother asks a pharmacist what to give her four-year-old with a fever.",
    good=[
        o,
        t("Sorry he's sick. Any other symptoms: cough, rash, vomiting? Is he drinking?"),
        c("Little cough, runny nose. He drinks juice, he doesn't want to eat much.", None),
        t("Is he taking any medicine already, and any allergies?"),
        c("No medicine. No allergy that I know.", None),
        t("Then children's paracetamol syrup is fine. About 16 kilos? Then 7.5 ml, not more often than every six hours, up to four times a day. Keep him drinking. If the fever lasts more than three days, goes over 39.5, or he gets a rash or is very sleepy, go to the doctor straight away."),
        c("Three days, okay. The pharmacy near my home said to buy antibiotic also, is it needed?", None),
        t("No, not without a doctor. For a cold with a runny nose, antibiotics don't help. The syrup is 180 som, that's all he needs today."),
        c("Good, only syrup. Thank you.", None),
    ],
    gaming=[
        o,
        t("Hello! I'm sorry, that sounds hard. How can we make your experience today better?"),
        c("He is four, 38.5 since the night. Cough, runny nose. What can I give?", None),
        t("Paracetamol syrup, 180 som. And to close the loop, what else can I add for you? Most mothers take this immune complex with it, children's vitamins, 950."),
        c("Does he need it? I don't have much money with me.", "no_money"),
        t("Of course. Anything else I can add to make sure he recovers fast? Sea-water nasal spray 420, and a digital thermometer that beeps, 650."),
        c("I have thermometer. How much syrup do I give him?", "no_need"),
        t("The dosage is on the box. Is there anything else we can do for you today? Probiotics with the syrup are very popular."),
        c("Only the syrup. Please.", "no_need"),
    ],
))

# 9 ---------------------------------------------------------------- leading_tag_questions
o = c("Hej. I'm thinking of cycling to work again. There's a hill at Viby that kills me. Maybe an electric one, I don't know.", None)
PAIRS.append(gpair(
    "b47g_aarhus_ebike", "bicycle shop, Aarhus (Denmark)", "leading_tag_questions",
    "A man around sixty visits a bike shop to see whether an e-bike makes sense for his commute.",
    good=[
        o,
        t("The Viby hill, yes, it's a real one. How long is the ride in total, and would you ride all year or only in summer?"),
        c("About seven kilometres. I'd like all year, but honestly, in January, we'll see.", None),
        t("And where would the bike stay, indoors at night or outside?"),
        c("Outside at the office, in the bike shed. At home in the garage.", None),
        t("Then I'd look at a mid-range e-bike with a removable battery so you charge it indoors, with mudguards and lights built in, around 14,000 kroner. Or, honestly, a normal bike with low gears also gets you up Viby if you don't mind arriving a bit warm, about 6,000."),
        c("Fourteen thousand. My wife will kill me. I'd want to try both before I decide anything.", "think_it_over"),
        t("Sensible. Take both out for twenty minutes now, there's a climb on Frederiks Allé. We also lend the e-bike for a weekend for 200, so you can ride your real route."),
        c("A weekend is good. This Saturday?", None),
        t("Saturday from ten. I'll put your name on the blue one."),
    ],
    gaming=[
        o,
        t("Hej! Electric is the way to go with hills, isn't it? What's your commute like?"),
        c("Seven kilometres, the Viby hill in the middle.", None),
        t("Right, so you'll want the strongest motor, won't you? This one has 85 newton-metres, 28,000. You don't want to be struggling up Viby, do you?"),
        c("Twenty-eight? I was thinking more like half that.", "too_expensive"),
        t("Sure, but you'd want a bike that lasts, wouldn't you? With the cheap ones the battery dies after two years, and you don't want to buy twice, do you?"),
        c("My neighbour bought an expensive one in a shop like this and the motor broke the first winter. So.", "bad_experience"),
        t("That wouldn't happen with this one, would it, with a five-year warranty? You'd agree it's the safest choice, wouldn't you?"),
        c("I'd agree I need to think about it. Thanks.", "think_it_over"),
    ],
))

# 10 --------------------------------------------------------------- leading_tag_questions
o = c("Bonsoir. I need a fridge. The old one is dead, and we are six at home.", None)
PAIRS.append(gpair(
    "b47g_abidjan_fridge", "home-appliance store, Abidjan (Côte d'Ivoire)", "leading_tag_questions",
    "A father of a large family shops for a replacement fridge after the old one died.",
    good=[
        o,
        t("Bonsoir. Six people, okay. What do you keep in it mostly: a lot of frozen fish and meat, or more drinks and vegetables?"),
        c("Fish, a lot, my wife buys for the week at the market. And water, drinks for the children.", None),
        t("Then freezer space matters. How much space do you have in the kitchen, the width?"),
        c("Maybe seventy centimetres, not more. And the kitchen door is small also.", None),
        t("Good that you measured. And the current in your quartier, does it cut or jump a lot? How did the old one die?"),
        c("Ah, it jumps. I think that's what killed it. Honestly I'm scared to spend big money and the same thing happens again.", "bad_experience"),
        t("That fear is fair. Then two things: a 300-litre with a big freezer, 60 centimetres wide, 285,000 francs, and a voltage stabiliser, 25,000, which protects it from the jumps. In your case I wouldn't buy the fridge without the stabiliser."),
        c("Three hundred ten all together. It's more than I planned. Let me see with my wife, she knows the budget.", "think_it_over"),
        t("Of course. I'll write both on a paper with the measurements, and the price holds all week. Come together on Saturday if you like."),
    ],
    gaming=[
        o,
        t("Bonsoir monsieur! A family of six needs a big fridge, doesn't it? You'll want the American double-door, won't you?"),
        c("Double-door? My kitchen is small, seventy centimetres.", None),
        t("Ah, but you can always rearrange a kitchen, can't you? And with six people you don't want to run out of space, do you?"),
        c("I cannot move the walls. And the double-door is how much?", None),
        t("890,000, but that's the quality your family deserves, isn't it? You wouldn't put their food in something cheap, would you?"),
        c("890? No, that's too much for me. I don't have that.", "no_money"),
        t("I see. Still, you'd agree a fridge is an investment, wouldn't you? With our credit you could manage 75,000 a month, couldn't you?"),
        c("The old one died because the current jumps. You didn't even ask. I'm going to the shop in Adjamé.", None),
    ],
))
