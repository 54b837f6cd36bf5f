"""Gaming pairs b01-b10 of blind90 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# 1 ignored_customer - Osh, mobile operator shop
_o = c("I need a SIM for my mother. She lives in a village in Alay district, two hours from Osh. The signal there is bad.", None)
PAIRS.append(gpair(
    "b90g_osh_villagesim", "mobile operator shop, Osh", "ignored_customer",
    "A man wants a SIM card for his 74-year-old mother in a mountain village with poor coverage.",
    [_o,
     t("Okay. Which operator does she use now, and where does the signal drop - everywhere, or only inside the house?"),
     c("Now other operator. Inside the house nothing, she goes to the yard to call me. In winter this is bad, she is 74.", None),
     t("So what matters is that she can call you from inside in winter. Our map shows only 2G in upper Alay, and thick walls weaken it - honestly, a new SIM alone might not fix it. Do you know if any neighbours use our network there?"),
     c("Her neighbour the teacher, I think he has yours. He calls from the house, I think.", None),
     t("That's a good sign. Then let's try cheaply: the basic Voice tariff, calls only, 150 som a month - she doesn't need internet, right? If it doesn't work inside, bring it back within 14 days and we refund the tariff."),
     c("Internet no, she has a button phone. 150 is okay. But I go to her only on Saturday.", None),
     t("Fine, I'll set the activation for Saturday so the 14 days start then. My number is on the packet; if it's weak, call me and we'll look at a signal booster."),
     c("Good. Give.", None)],
    [_o,
     t("Of course! Tell me, what's most important for your mother in her mobile experience?"),
     c("That she can call from inside the house. Now she goes outside, in winter it is cold, she is 74.", None),
     t("Wonderful. And how does she use the internet - YouTube, Instagram?"),
     c("She has a button phone. No internet. I said, she only needs to call.", "no_need"),
     t("Got it. So I'd recommend our Smart 20 tariff, 20 gigabytes for 590 som, and this smartphone in installments - great screen for video calls with the grandchildren."),
     c("Video calls? The signal there is bad. Does your network work in Alay, inside the houses? This is my question.", None),
     t("Our network is the fastest in Kyrgyzstan. Shall I add a second SIM for you with the family discount?"),
     c("You do not listen. I asked one question. I go to another shop.", None)]))

# 2 repeated_questions - Kutaisi, bank branch
_o = c("Hello. I have a small guesthouse near the Bagrati cathedral, four rooms. I want to build two more rooms on the second floor. I would like to know about a loan.", None)
PAIRS.append(gpair(
    "b90g_kutaisi_guesthouseloan", "bank branch, Kutaisi", "repeated_questions",
    "A guesthouse owner in Kutaisi asks a bank about a loan to add two rooms.",
    [_o,
     t("Hello. Two more rooms, good. Roughly what will the work cost, and do you have a builder's estimate?"),
     c("Builder says 38,000 lari with bathrooms. I have 10,000 myself. So 28,000 I need.", None),
     t("So 28,000 on top of your own 10,000. How does income come in - mostly the summer, or steady through the year?"),
     c("May to October full. Winter maybe two rooms on weekends. Last year around 45,000 lari, I have the Booking reports.", None),
     t("That helps. For seasonal businesses there's a loan where you pay only interest from November to April. For 28,000 over four years, about 14.5% a year: roughly 1,050 lari a month in season, 340 in winter. We'd need the property as collateral. Does that shape work for you?"),
     c("The house as collateral... this I don't like. One bad year and I lose my house. My uncle had this in 2009.", "bad_experience"),
     t("That's a real risk and I understand the worry. Without collateral the maximum is 15,000 at about 19%. One option: borrow 15,000 unsecured, build one room this winter, see how it pays before the second. Shall I calculate both so you can compare at home?"),
     c("Yes, both. On paper. I will show my wife, the house is hers also.", "think_it_over"),
     t("I'll prepare both today. Bring the Booking reports and the builder's estimate when you come back, and you'll have a decision within three working days.")],
    [_o,
     t("Hello! Great to hear. So tell me, what is the purpose of the loan?"),
     c("Two more rooms, I said. Builder says 38,000 lari. I have 10,000.", None),
     t("Wonderful. And what exactly will you use the money for?"),
     c("For the rooms. Building. Bathrooms.", None),
     t("I see. And roughly how much would you need to borrow?"),
     c("28,000. Thirty-eight minus ten.", None),
     t("Okay, just so I understand your needs: what's the purpose of the financing - business or personal?"),
     c("Business! The guesthouse! Four times I explain. Maybe I come when another person is working.", None),
     t("Of course, sorry. Last question - how much are you thinking of borrowing, and for what?"),
     c("Enough. Thank you. Goodbye.", None)]))

# 3 wrong_paraphrase - Balti, water utility phone line
_o = c("Good day. I am calling about the water meter. My son-in-law changed it in the bathroom last Sunday, the old one was leaking at the nut, you know, and he bought a new one at the market, with papers. Now the neighbour says it must be sealed by you, otherwise you count by norm. Is this true?", None)
PAIRS.append(gpair(
    "b90g_balti_watermeter", "water utility call centre, Balti", "wrong_paraphrase",
    "An elderly widow in Balti asks the water utility whether her new water meter must be sealed.",
    [_o,
     t("Good day. Yes, that's true - a new meter must be checked and sealed by our technician, otherwise the bill goes by the norm per person. Do you have the meter's passport, the paper with the serial number and verification date?"),
     c("Yes, here on the table. Number 0517732. The date, March this year.", None),
     t("Good, March is valid. And the old meter - did your son-in-law keep it, and do you know its last reading?"),
     c("He put it on the balcony. Last reading I wrote on the calendar, 1,204.", None),
     t("Perfect: new meter with passport, old one kept, last reading 1,204. The sealing visit is 120 lei. The technician can come Wednesday or Friday, between 9 and 1. Which suits you?"),
     c("Friday. But 120 lei for five minutes of work? My pension is 2,800.", "too_expensive"),
     t("It's not small, I know. Pensioners who live alone pay 60. Are you registered alone at the address?"),
     c("Alone, yes, since my husband died. Sixty is alright.", None),
     t("Then 60 lei, Friday between 9 and 1. Keep the old meter and the passport ready. Until then you're billed from the old reading, not the norm.")],
    [_o,
     t("Good day, thanks for calling. So what I'm hearing is that a plumber damaged your meter and you want us to replace it free of charge - did I understand you correctly?"),
     c("No, no. My son-in-law changed it. It was leaking. I only ask about the seal.", None),
     t("I see, so to summarise: you want to dispute the bills by norm you've received for the last months, correct?"),
     c("I did not receive any bill by norm. I am asking before it happens.", None),
     t("Great, so you'd like to switch to a smart meter with remote reading - our new service, 950 lei installed. Shall I book it?"),
     c("I did not say smart. I have a new meter already, with papers. 950 I cannot pay, my pension is 2,800.", "no_money"),
     t("Understood, so you'd prefer to pay the smart meter in instalments. To confirm: three payments of 317?"),
     c("Lady, you are not listening to an old woman. I will go to the office myself on Monday.", None)]))

# 4 pitch_to_upset - Gyumri, bank branch
_o = c("Hello. My husband passed away three weeks ago. He had his pension on a card in your bank. I don't know what to do with it. The notary told me to come here.", None)
PAIRS.append(gpair(
    "b90g_gyumri_widowaccount", "bank branch, Gyumri", "pitch_to_upset",
    "A recently widowed woman comes to a Gyumri bank branch about her late husband's pension card.",
    [_o,
     t("I'm very sorry for your loss. Please sit down, there's no hurry. Do you have the death certificate and the paper from the notary with you?"),
     c("The certificate yes. From the notary only a paper that the case is opened. He said six months.", None),
     t("That's right. The money on his account stays there, safe, until the notary issues the inheritance certificate; then you bring it here and we transfer it to you. Today I'll block his card so nobody can use it. Did he pay anything automatically from it - gas, phone?"),
     c("Gas and electricity, yes. Oh... I didn't think about this. The bills will come.", None),
     t("They will. Once the card is blocked those payments stop, so they need to come from your own account or the post office. Where do you get your own pension?"),
     c("In another bank, near the market. Please, I don't want to open anything new now. My head is not working.", "no_need"),
     t("You don't need to open anything. Your own bank can take over the gas and electricity, or you pay at the post office. I'll write it all on one page, with the date to come back and my name, so you ask for me."),
     c("Thank you, son. Write it, please.", None)],
    [_o,
     t("I'm so sorry for your loss, I understand this is a difficult time. While you're here - has your husband's passing made you think about your own financial security?"),
     c("I... I don't understand. I only want to know what to do with his card.", None),
     t("Of course. The money stays until the notary's certificate. But this is a good moment to plan: our Golden Age deposit pays 9% a year, and the inheritance can go straight into it."),
     c("He is dead three weeks. I am not thinking about percent now.", "no_time"),
     t("Completely understandable. That's exactly why many widows choose our life insurance, so the children aren't left with problems. Only 4,500 dram a month. Shall I prepare the form?"),
     c("My children are grown. Please, only the card.", "no_need"),
     t("Of course. And a credit card for unexpected costs, the funeral and so on - I can approve it today against your pension."),
     c("The funeral I paid already. I am going. I will come with my son, maybe he understands you.", None)]))

# 5 blame - Astana, car dealer service desk (chat)
_o = c("hello i bought crossover from you in august now 3000 km and check engine is on and the car shakes when standing at the light", None)
PAIRS.append(gpair(
    "b90g_astana_checkengine", "car dealership service desk (chat), Astana", "blame",
    "The owner of a three-month-old crossover writes to the Astana dealer: engine light on and rough idle.",
    [_o,
     t("Hello, sorry to hear that - on a car this new it shouldn't happen. Is the light steady or blinking, and does the shaking go away when you drive?"),
     c("steady. when driving its ok mostly. only at idle shakes", None),
     t("A steady light with rough idle usually means one cylinder is misfiring - often a coil or a plug. All of that is under warranty, and warranty diagnostics are free. Can you bring it in?"),
     c("i work 6 days this week cant come before sunday", "no_time"),
     t("Our service is open Sunday 10 to 4. If the light starts blinking before then, stop and call us - we'll collect the car by tow truck, also under warranty."),
     c("ok sunday 11. will it take long i need car monday", None),
     t("Diagnosis takes about an hour. If it's a coil we usually have it in stock and you leave the same day; if a part comes from Almaty, you get a replacement car until it's fixed. Booking 11:00 Sunday, confirmation coming here."),
     c("ok good thanks", None)],
    [_o,
     t("Hello! Thanks for contacting us, your experience is important to us. Let me ask - where do you usually fill up?"),
     c("different places on the highway why", None),
     t("That's most likely the issue. Cheap fuel from roadside stations ruins injectors, and that's not a factory defect. Did you read the fuel section of the manual?"),
     c("i fill 95 like the manual says. car is 3 months old", None),
     t("I hear you, but honestly most problems at 3,000 km come from how drivers run the engine in. Were you revving it hard in the first thousand?"),
     c("no. so you say its my fault", None),
     t("I'm not saying fault, I'm saying warranty doesn't cover driver-caused damage. Diagnostics will be 18,000 tenge, and if it's the fuel, the repair is on you."),
     c("18000 for diagnostic on a new car?? i will write to the importer and to consumer protection", None)]))

# 6 monologue - Cluj-Napoca, invoicing software
_o = c("Buna ziua. I have two bakeries in Cluj, we supply also three cafes and a hotel. My accountant says now all invoices to companies must go through e-Factura. Can your program do this?", None)
PAIRS.append(gpair(
    "b90g_cluj_efactura", "invoicing software vendor, Cluj-Napoca", "monologue",
    "A bakery owner asks an invoicing software vendor whether its program sends invoices to Romania's e-Factura system.",
    [_o,
     t("Good day. Yes, it sends invoices to e-Factura automatically. So I don't oversell you - how are invoices made today, and about how many a month go to companies?"),
     c("My daughter makes them in Excel, then the accountant uploads. Maybe 60 a month, to the cafes and the hotel. In the shops people pay cash, receipt from the register.", None),
     t("So about 60 company invoices, made in Excel and uploaded by hand. Our basic plan covers up to 100 a month for 59 lei; the cash receipts stay as they are. Does your accountant use a particular program? It changes how we pass her the data."),
     c("Saga, I think. But nothing complicated please, my daughter is the only one with the computer and she goes to university in October.", None),
     t("Understood - it must be simple enough for someone else after October. There's a 30-day free trial: I'd do a 20-minute call with your daughter, set up the cafes and the hotel, and she sends next week's invoices from it. If it isn't simpler than Excel, you just stop."),
     c("59 lei every month, plus what I pay the accountant... Let me ask her first, maybe she has something already.", "think_it_over"),
     t("Good idea - some accountants include it in their service. I'll email a one-page description she can look at and call you on Thursday to hear what she thinks.")],
    [_o,
     t("Buna ziua! Absolutely, and so much more. e-Factura, SAF-T reports, stock, recipes with the automatic cost of flour per croissant, a loyalty app, an HR module for shifts, and a dashboard of your sales by hour. Bakeries love it."),
     c("I only need the invoices to the cafes, maybe 60 a mon-", "no_need"),
     t("Exactly, and that's where the value grows! With Pro at 249 lei a month you get unlimited invoices, the mobile app, cash register integration, route planning for your vans, and on-site onboarding. What's important to you?"),
     c("Important to me is simple. 249 is a lot for a bakery.", "too_expensive"),
     t("Totally hear you. And remember, e-Factura fines go up to 10,000 lei, so it pays for itself! Next month we also launch AI forecasting of how many loaves to bake. I'll send the Pro contract right now, okay?"),
     c("No contract. Send me a brochure maybe, I look when I have time.", "brush_off")]))

# 7 closing_as_open_question - Batumi, heating installer
_o = c("Hi. I have an apartment in a new building on Gorgiladze street, I rent it on Airbnb. In winter it is cold, guests complain. I am thinking gas boiler or maybe just electric heaters. What do you suggest?", None)
PAIRS.append(gpair(
    "b90g_batumi_boiler", "heating installer, Batumi", "closing_as_open_question",
    "A short-let apartment owner in Batumi asks a heating installer whether a gas boiler or electric heaters make sense.",
    [_o,
     t("Hi. Good to ask first. How big is the apartment, and is there a gas line already, and a balcony or wall where a boiler could vent?"),
     c("58 square meters, two rooms. Gas is in the kitchen for the stove. Balcony yes. The building manager said something about permission for the chimney.", None),
     t("Right - many new buildings need the owners' association and the gas company to approve a wall flue. How much is it rented in winter, roughly?"),
     c("Winter maybe 40% of nights. Summer full.", None),
     t("Then let's compare honestly. Boiler with two radiators, installed, about 3,800 lari, plus two or three weeks for approval; running cost around 90 lari a month in winter. Two good panel heaters are 600 lari and about 220 a month at your occupancy. The boiler pays back in about four winters - worth it if you keep renting long-term, not if you might sell soon."),
     c("3,800 is a lot now, I just paid for the furniture. Maybe heaters this winter.", "no_money"),
     t("That's a sensible step. Heaters this winter, and I can still send a technician to check whether the balcony flue would be allowed - free - so you know the option for next year."),
     c("The check, yes. But not this week, I am in Tbilisi until the 10th.", "no_time"),
     t("After the 10th, then. I'll call you on the 11th to fix a time, and I'll send the heater models today.")],
    [_o,
     t("Hi! Great question. So, would you prefer the installation on Monday or on Wednesday?"),
     c("Wait, I didn't decide anything. Boiler or heaters, I am asking.", None),
     t("Of course! Boiler, definitely. Which model shall I put on the invoice, the 24 kW or the 28 kW?"),
     c("I don't know the difference. How much is all of it?", None),
     t("All in, 3,800 lari. What would make you comfortable paying the 50% deposit today - card or transfer?"),
     c("3,800... I just paid for the furniture. I was thinking heaters maybe.", "no_money"),
     t("Heaters cost more in the end, trust me. So what's the best number for the installation team - and shall we say Wednesday at ten?"),
     c("No. You didn't ask me anything about the apartment. I will think about it.", "think_it_over")]))

# 8 pitch_as_paraphrase - Fergana, drone crop spraying
_o = c("Assalomu alaykum. My cotton, 30 hectare, has aphids, the agronomist says spray this week. The tractor sprayer breaks the plants now, they are tall. Can drone do it?", None)
PAIRS.append(gpair(
    "b90g_fergana_dronespray", "drone crop-spraying service, Fergana", "pitch_as_paraphrase",
    "A cotton farmer in the Fergana valley needs one urgent aphid spray on 30 hectares of tall plants.",
    [_o,
     t("Va alaykum assalom. Yes, the drone flies above the plants, no damage. Which product did the agronomist recommend, and do you have it already?"),
     c("Insecticide, the name is written, I have it, 60 litres. But the drone needs something special?", None),
     t("Drones spray a small volume, about 15 litres of mix per hectare, so your product is fine; our operator calculates the dilution. Is the field one piece, and are there power lines or trees around it?"),
     c("Two pieces, 18 and 12. Near the 12 there are poplars along the canal.", None),
     t("Poplars are fine, we keep a strip and do the edge carefully. It's 95,000 sum per hectare, about 2.85 million for the 30. We can come Thursday at dawn, before the wind. Will someone be there to show the boundaries?"),
     c("2.85 million... the tractor man takes 60,000 a hectare. But he breaks the plants, I know.", "too_expensive"),
     t("He's cheaper, yes. The difference is broken plants and time - the drone does 30 hectares in one morning. If you want, we do the 12 first, you see the result, then decide on the 18."),
     c("Yes, first the 12. My son will be there Thursday at six.", None)],
    [_o,
     t("Assalomu alaykum! So what you need is our Full Season Protection contract - six sprays, foliar feeding and field monitoring, 14 million sum for 30 hectares, is that right?"),
     c("No. One spray, this week, aphids.", "no_need"),
     t("Got it, so what you're saying is you want the aphids never to come back this season - that's our Season Lite, four sprays, 9 million. Correct?"),
     c("I did not say season. 9 million is more than my cotton gives me per hectare.", "too_expensive"),
     t("I understand, so to play it back: you're looking for value, which is why the contract with monitoring is perfect for you, right?"),
     c("You repeat my words wrong. I call another drone company, my cousin knows one.", None)]))

# 9 upsell_as_loop_closing - Varna, optician
_o = c("Hi, my glasses broke - the frame cracked here at the hinge. The lenses are fine, only a year old. Can you just put them in a new frame?", None)
PAIRS.append(gpair(
    "b90g_varna_glassesframe", "optician, Varna", "upsell_as_loop_closing",
    "A woman in Varna wants her one-year-old lenses moved into a new frame after the old one cracked.",
    [_o,
     t("Often yes - it depends on whether the lens shape fits another frame. May I see? Half-rim, 52 millimetres. Did the hinge go by itself or did they fall?"),
     c("I sat on them. Don't laugh.", None),
     t("Happens every week here. Your lenses can go into a frame the same width or slightly smaller, not bigger. These three fit: 65, 89 and 120 leva, plus 15 for cutting and fitting. Are they for all day, or mostly reading?"),
     c("All day, I drive a taxi. The 65 is fine, I don't care about brands.", None),
     t("The 65 is good for driving - thin temples, so you keep your side vision. One thing: once we cut the lenses, they can't go back into a bigger frame. Okay?"),
     c("Yes. How long? My shift starts at 4.", None),
     t("About forty minutes, ready by 2. Anything else you wanted me to check - the fit behind the ears - or is that it?"),
     c("That's it. I'll get a coffee and come back.", None)],
    [_o,
     t("Hi! Absolutely, we can look at that. While we're here - what else can I add for you today? Blue-light coating is very popular, 80 leva."),
     c("No, only the frame. The lenses are one year old.", "no_need"),
     t("Perfect, this designer frame is 189 leva. And to round off your experience - what else? A second pair for reading, 30% off today?"),
     c("189 for a frame? I wanted something simple, 60, 70.", "too_expensive"),
     t("Of course, we have one at 65. Anything else I can add - a case, a cleaning kit, our care plan for 25 a year? Most customers take the care plan."),
     c("No. Frame. Just the frame.", "no_need"),
     t("Got it! Last thing, to close the loop - prescription sunglasses, 20% off? Summer in Varna!"),
     c("I came for a frame and you sell me the beach. Give me the 65 and that's all.", None)]))

# 10 leading_tag_questions - Ganja, phone shop
_o = c("Salam. I need a phone for my daughter, she is 13, starting new school. Her old one, the screen is broken. Something normal.", None)
PAIRS.append(gpair(
    "b90g_ganja_teenphone", "mobile phone shop, Ganja", "leading_tag_questions",
    "A father in Ganja shops for a mid-priced phone for his 13-year-old daughter.",
    [_o,
     t("Salam. What does she use it for mostly - calls, messages, school apps, photos? And is there a price you want to stay around?"),
     c("School group in WhatsApp, calls with me, and she photographs everything. Around 300 manat. Not more, her brother will want one next year.", None),
     t("So WhatsApp, calls, a good camera, up to 300. Two are worth a look: one at 279 with a very good camera but 128 gigabytes, one at 299 with 256 gigabytes and a slightly weaker camera. With lots of photos memory fills fast. Do you want limits, like screen time, from your own phone?"),
     c("Limits yes, my wife wants this. But I don't understand these settings.", None),
     t("Both work with family settings from your phone. If you buy, I'll set them up with you here - bedtime lock, app approval - ten minutes. Would she like to see the two first? At 13 the colour matters."),
     c("Yes, she is outside with her mother. I call them in.", None),
     t("Of course. I'll keep both on the counter for you.")],
    [_o,
     t("Salam! She'll want the newest iPhone, won't she? All the girls her age do."),
     c("iPhone? That is 2,000 manat. No. Something normal, I said.", "too_expensive"),
     t("Of course, but you wouldn't want her left out at the new school, would you? This one is last year's, 1,450, a good compromise, isn't it?"),
     c("1,450 also no. I don't have this money, her brother needs one next year also.", "no_money"),
     t("I understand. Still, a good camera matters for a girl, doesn't it? And you'll want the insurance, since the last screen broke, won't you?"),
     c("Insurance is not needed, her last phone cost 180 manat.", "no_need"),
     t("Right, but you agree she deserves something better this time, don't you?"),
     c("I agree I go to the market in the centre. Goodbye.", None)]))
