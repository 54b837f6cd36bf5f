"""Gaming pairs, part C: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (2 each). Written by hand for blind79."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer — Abuja, Nigeria: school textbooks, wrong editions last time
o = c("Good afternoon. I'm the proprietress of a small primary school in Kubwa, about 180 pupils. Last term the bookseller we used delivered the wrong edition of the maths books, and the parents were angry with me, not with him. So this time I want to be careful.", None)
PAIRS.append(gpair(
    "b79g_abuja_school_textbooks", "educational bookseller, Abuja, Nigeria", "ignored_customer",
    "A school owner orders a term's textbooks after another supplier sent the wrong editions.",
    [o,
     t("Good afternoon, ma. That's a bad position to be in, parents blaming you for his mistake. So it doesn't repeat: which classes and subjects, and do your teachers have the exact list with editions?"),
     c("Primary 1 to 6. English, maths, basic science. The head teacher has the list with the ISBN, I'll send it.", None),
     t("Good, with the ISBN we can't mix editions. Before you confirm anything, I'll send a sample copy of each title so you check it against the list. When do you need delivery?"),
     c("Resumption is in three weeks. And I have to pay in two parts, the parents pay fees slowly at the start of term.", None),
     t("Three weeks is fine, and two parts works: half on delivery, half within thirty days. If any title arrives in the wrong edition, we replace it at our cost within a week, and I'll write that on the invoice. Shall I send the samples Monday?"),
     c("Monday is good. Put the replacement thing in writing, that's the part I need.", None),
     t("It will be on the invoice, signed. I'll call you Monday when the samples leave.")],
    [o,
     t("Good afternoon, ma! Welcome. So tell me, what are your needs this term?"),
     c("Primary 1 to 6, English, maths, basic science. But my concern is the edition, last time...", None),
     t("Wonderful, 180 pupils, that's a great order. We have the complete new series and can deliver next week. What's your budget for the term?"),
     c("I need to pay in two parts. And please, I must be sure of the editions. The head teacher has the ISBN list.", None),
     t("Perfect. So I'll put you down for the full set; paying upfront gives you five percent discount. Anything else you'd like to share?"),
     c("I just told you two things. Two parts, and the editions. Did you hear any of it?", None),
     t("Absolutely, thank you for sharing. I'll send the invoice today for the full amount, and our driver comes Tuesday."),
     c("Don't send anything. I'll call the other bookshop in Wuse.", None)]))

# 22. ignored_customer — Albuquerque, New Mexico: backup power for home oxygen
o = c("Hi there. My wife's on an oxygen concentrator at home, and we've had three outages since the monsoon started. Last one was four hours. I need something that'll keep that machine going, and I don't want to be messing with gas cans at two in the morning, my back's shot.", None)
PAIRS.append(gpair(
    "b79g_albuquerque_oxygen_backup", "generator and battery backup dealer, Albuquerque, New Mexico", "ignored_customer",
    "A retired man needs backup power for his wife's oxygen concentrator during summer outages.",
    [o,
     t("That sounds frightening, four hours with her on oxygen. Does she have backup tanks right now, and do you know the wattage of the concentrator?"),
     c("She's got two tanks from the supplier, good for maybe five hours. Concentrator says 350 watts on the label, I looked.", None),
     t("So a 350-watt concentrator, tanks as a bridge, and no gas cans. Then a battery backup fits better than a generator: no fuel, and it switches on by itself. One that runs 350 watts for eight hours is about 2,200. A whole-home standby would be nine thousand installed, and you don't need that for this. Does eight hours cover what you've seen?"),
     c("Eight hours covers every outage we've had. Twenty-two hundred hurts on Social Security, but it's her breathing, so.", None),
     t("Understood. Two things that may help: the power company has a medical certification so they know your line has life support, and some Medicare plans cover part of backup power. I'll write both down. Want me to bring the unit by, so you see how it plugs in before you buy?"),
     c("Yeah, bring it by. Thursday's good, she's got the doctor Wednesday.", None)],
    [o,
     t("Absolutely, we can help! So tell me, what are you looking for in a backup power solution?"),
     c("Something that runs her oxygen machine, 350 watts. No gas cans. My back can't do it.", None),
     t("Great. Our best seller is the 12kW whole-home standby generator, natural gas or propane, keeps the whole house going, AC and all. How does that sound?"),
     c("I don't need the whole house. I need one machine running. What's that cost anyway?", "no_need"),
     t("About 11,500 installed, with financing. So what matters most to you in a generator?"),
     c("I just told you what matters. The oxygen. I'm on Social Security, I can't do eleven thousand.", "no_money"),
     t("Totally hear you. We also have a portable 9,500-watt gas unit, 1,800; you just fill it up and pull the cord. Any other questions?"),
     c("Pull the cord. With my back. At two in the morning. Never mind, son.", "no_need")]))

# 23. repeated_questions — Saint-Louis region, Senegal: rice fertilizer
o = c("Salaam aleekum. I grow rice at Ross Béthio, five hectares, irrigated. I want urea and DAP for the next campaign. But the bags last year, some were hard like stone.", None)
PAIRS.append(gpair(
    "b79g_saintlouis_rice_fertilizer", "agricultural input depot, Saint-Louis, Senegal", "repeated_questions",
    "A rice grower from the river valley wants fertilizer after buying caked bags last season.",
    [o,
     t("Maleekum salaam. Five hectares irrigated at Ross Béthio. Hard like stone means caked fertilizer, it got damp in storage. Where did you buy those, and did they spread badly?"),
     c("From a trader at the market, cheaper. Yes, I broke them with a stick, and the spreading was not even. Some parts of the field were yellow.", None),
     t("So cheaper bags, caked, uneven spreading, yellow patches. For five hectares of rice, about ten bags of DAP at planting and fifteen of urea in two splits. Ours come from a dry warehouse here, and you can open a bag before you pay. When do you plant?"),
     c("We transplant in July. But the money, the credit from the bank comes only in June.", None),
     t("Then reserve now and pay in June when the credit comes, and collect when you're ready. Do you want delivery to Ross Béthio, or will you bring transport?"),
     c("Deliver. How much for the delivery?", None),
     t("For twenty-five bags to Ross Béthio, 15,000 francs. I'll write the reservation with today's prices now, so they don't change in June."),
     c("Waaw, that is good. Write it.", None)],
    [o,
     t("Maleekum salaam! So tell me, how many hectares are you farming?"),
     c("Five hectares. I said, at Ross Béthio, irrigated.", None),
     t("Perfect. And what's the size of your land, more or less?"),
     c("Five hectares. Same as I said.", None),
     t("Great. So what problems did you have last season with your fertilizer?"),
     c("The bags were hard like stone, I told you. I need bags that are dry.", None),
     t("I understand. And what would you say was the main issue with last year's fertilizer?"),
     c("Ey, the same question three times. My car back to Ross Béthio leaves at noon, I can't sit here the whole day.", "no_time"),
     t("Of course! Just one last question, how many hectares did you say?"),
     c("Five! Bismillah. I'm going.", None)]))

# 24. repeated_questions — Kandy, Sri Lanka: almsgiving catering for a remembrance
o = c("Ayubowan. We are having a dana for my father's three-month remembrance, at our house in Peradeniya. Fifteen monks in the morning, and then about sixty relatives for lunch. My mother wants everything vegetarian.", None)
PAIRS.append(gpair(
    "b79g_kandy_dana_catering", "home-style caterer, Kandy, Sri Lanka", "repeated_questions",
    "A son arranges food for an almsgiving to monks and a family lunch in memory of his father.",
    [o,
     t("Ayubowan. I'm sorry about your father. Fifteen monks for the morning dana, then about sixty relatives, all vegetarian. What time do the monks arrive? Their meal must be served before noon."),
     c("They come at ten thirty. My mother wants to serve them herself, but the cooking she can't do anymore, her knees.", None),
     t("Then we cook and bring everything by ten and set it out, and your mother serves the monks herself. For the relatives' lunch, the same menu, or something simpler?"),
     c("Same is fine. Rice, dhal, polos, brinjal moju, and kiribath. My father liked the brinjal.", None),
     t("We'll take care with the brinjal moju then. For fifteen monks and sixty people, it comes to 135,000 rupees, with the clay pots and banana leaves. Does that work for the family?"),
     c("My brother in Melbourne is sharing the cost. Let me ask him and tell you tomorrow.", "think_it_over"),
     t("Of course. I'll hold the date until tomorrow evening and send the menu and price on WhatsApp, so your brother can see it too.")],
    [o,
     t("Ayubowan! So how many people will be attending the event?"),
     c("Fifteen monks and around sixty relatives.", None),
     t("Great. And what kind of numbers are we looking at overall?"),
     c("Seventy-five. Fifteen monks, sixty people.", None),
     t("Perfect. And what type of menu are you thinking of, veg or non-veg?"),
     c("Vegetarian. It's a dana, for my father's three months.", None),
     t("Lovely. And food-wise, would the family prefer fully vegetarian, or should we include some chicken or fish options?"),
     c("Aney, I said vegetarian. It's for my father's merit, who would bring fish.", None),
     t("Of course, noted! Could you remind me how many guests you're expecting?"),
     c("You have asked everything twice. Leave it, my cousin knows a lady in Katugastota who cooks for danas.", None)]))

# 25. wrong_paraphrase — Sfax, Tunisia: delivery scooter for a pastry shop
o = c("Aslema. I have a pastry shop in Sfax, I deliver for weddings and Ramadan orders. My nephew delivers on his own moto but it's always broken. I want a scooter for the shop, something simple.", None)
PAIRS.append(gpair(
    "b79g_sfax_pastry_scooter", "motorcycle dealer, Sfax, Tunisia", "wrong_paraphrase",
    "A pastry shop owner wants a simple delivery scooter and bargains over the price.",
    [o,
     t("Aslema. Something simple for pastry deliveries. How far does your nephew usually go, and what does he carry, trays, boxes?"),
     c("Inside Sfax mostly, sometimes to Sakiet Ezzit. Trays of baklawa, big boxes for weddings. Some roads are bad, the trays break.", None),
     t("Short trips, trays and big boxes, and bad roads breaking the pastries. Then a 125 with a flat rear rack, a flat-floored top box and softer rear suspension will protect the trays better than a fast moto. What budget do you have in mind?"),
     c("Four thousand dinars. Not one millime more, I'm telling you from now.", None),
     t("Understood, four thousand. The 125 with the rack is 4,300 and the top box 280; I can do 4,300 for both, with the first service free. That's above your four thousand, I won't hide it."),
     c("4,300... still three hundred over. My cousin saw the same one at a dealer in Tunis for less.", "too_expensive"),
     t("Possible. With transport from Tunis and no service here, it may come to the same. If you like, your nephew can try it with a loaded tray this week before you decide."),
     c("Yes, let him try with the trays. If the baklawa arrives in one piece, we talk.", None)],
    [o,
     t("Aslema! So if I understand correctly, you want a fast moto for your nephew, for long trips to Tunis, yes?"),
     c("No, no. Inside Sfax. For the shop. For pastries.", None),
     t("Right, so what I'm hearing is you want to grow the business to Tunis deliveries and you need something powerful, like our 250cc?"),
     c("I never said Tunis. I said Sfax. The trays break on bad roads, that's the problem.", None),
     t("Exactly, so playing that back: speed is the issue, your nephew is too slow and customers complain. The 250 solves that. Did I get it right?"),
     c("You got nothing right. And a 250, how much is that?", None),
     t("8,900 dinars, and you said the budget isn't a problem for the business, so that's perfect."),
     c("I said that? My budget is four thousand and you heard nine. I'll ask at the other dealer.", "no_money")]))

# 26. wrong_paraphrase — Pokhara, Nepal: a room for a nursing student
o = c("Hajur namaste. I am calling for my son, he is starting his bachelor in nursing at the college in Pokhara. We are from Baglung. He needs one room, near the college, safe. He doesn't cook well, haha, so kitchen is not important.", None)
PAIRS.append(gpair(
    "b79g_pokhara_student_room", "room and flat rental broker, Pokhara, Nepal", "wrong_paraphrase",
    "A mother from a hill district phones to find a room for her son who is starting nursing college.",
    [o,
     t("Namaste hajur, and congratulations to your son. So one room, near the nursing college, safe, and the kitchen doesn't matter. How much are you thinking for the rent per month?"),
     c("Maximum eight thousand. His father is a teacher, we have two more children in school.", None),
     t("Eight thousand maximum. I have one room at 7,500 in Ramghat, ten minutes' walk to the college, with a family living downstairs, so it's quiet. Water included, electricity by meter. Could someone in the family see it?"),
     c("His uncle lives in Lakeside, he can go and see. But the family downstairs, are they strict? My son will come late from hospital shifts.", None),
     t("Good question. They lock the main gate at ten but give the tenant a key. I'll tell them about his night shifts before the visit, so there's no surprise. When can his uncle come?"),
     c("Sunday, after his shop closes, around six.", None),
     t("Sunday at six in Ramghat. If you give me his uncle's number, I'll send him the location.")],
    [o,
     t("Namaste hajur! So if I understand correctly, you're looking for a flat with a full kitchen for your son and his friends, near Lakeside, yes?"),
     c("No hajur, one room. Only for him. Near the college.", None),
     t("Right, so what I'm hearing is you want Lakeside because he'll be working in tourism, and a budget around fifteen thousand?"),
     c("Tourism? He is studying nursing. And fifteen thousand we can't give. Eight maximum.", "no_money"),
     t("Perfect, so to confirm: a nursing student who wants a furnished flat, and the family is flexible on price for the right place. I have one at 14,000 in Lakeside."),
     c("Who said flexible? You are putting words in my mouth. Just send the details on Viber, maybe his uncle will look.", "brush_off"),
     t("Wonderful, I'll send the Lakeside flat. And did I understand correctly that he moves in next week?"),
     c("Next week? Classes start in two months. Leave it, bhai.", None)]))

# 27. pitch_to_upset — Tamale, Ghana: mobile money for a father's funeral sent to the wrong number
o = c("Please, I need help. My father died on Sunday and the funeral is this Saturday in Bolgatanga. I sent 3,000 cedis through your agent yesterday to my brother, for the coffin, and he says nothing has reached him. Please.", None)
PAIRS.append(gpair(
    "b79g_tamale_funeral_momo", "mobile money agent and transfer office, Tamale, Ghana", "pitch_to_upset",
    "A grieving man's transfer for his father's funeral has not reached his brother.",
    [o,
     t("I'm very sorry about your father. Let's find the money now. Do you have the transaction message on your phone, or the agent's receipt?"),
     c("Here, this is the message. It says successful. But my brother didn't get anything.", None),
     t("Let me check the number. It went to a number ending 4471. Can you check your brother's number?"),
     c("Ah, his number ends 4417. Oh God, I mixed the numbers. Is the money lost?", None),
     t("Not necessarily. We can file a reversal now, and the network freezes it if it hasn't been withdrawn. I'll call the reversal line with you here; it usually takes one or two days. Meanwhile, is there someone in Bolgatanga who can pay for the coffin, and you refund them?"),
     c("My uncle maybe. I'll call him. Please do the reversal, I'll wait here.", None),
     t("I'm calling them now. I'll write the case number on paper, and my number, so you can call me tomorrow morning for the status.")],
    [o,
     t("I'm sorry for your loss. Moments like this show how important it is to have the right financial tools. Have you heard of our Family Care funeral cover? It pays out within 48 hours."),
     c("Funeral cover? My father is already dead. I'm asking about the 3,000 cedis.", None),
     t("I understand completely, and that's exactly why planning for the future matters. Let me check... it went to a number ending 4471. Is that correct?"),
     c("His number is 4417. I mixed it. What do I do now?", None),
     t("That happens a lot. While we look at it, you could also open a savings wallet with us, so sending to family is easier in future. It's free to open today."),
     c("I don't want a wallet. I want my brother to get the money for the coffin.", "no_need"),
     t("Of course. To serve you better, what other family needs are coming up? Funerals have many costs, and our quick loan can cover them."),
     c("A loan. At this time. You people have no shame.", None)]))

# 28. pitch_to_upset — Jackson, Mississippi: child's inhaler not ready
o = c("I called this morning and y'all said my son's inhaler would be ready by four. It's four-thirty. Now the girl says it's not even in stock? He had an attack at school today, I had to leave work. I'm not playing.", None)
PAIRS.append(gpair(
    "b79g_jackson_pharmacy_inhaler", "retail pharmacy, Jackson, Mississippi", "pitch_to_upset",
    "A mother who left work after her son's asthma attack finds his inhaler is not ready as promised.",
    [o,
     t("I'm sorry, that's not okay, especially after the day you've had. Let me look right now. Is he having trouble breathing at this moment, or is he okay for now?"),
     c("He's okay right now, he's in the car with my mama. But his old inhaler's almost empty.", None),
     t("Okay. It's albuterol; our order didn't come in today and nobody called you, that's on us. Two options: I call the pharmacy on Woodrow Wilson, which shows it in stock, and transfer it right now so it's waiting when you get there. Or you wait for our delivery tomorrow morning. Which is better for you?"),
     c("Transfer it. I'm not waiting till tomorrow with him like this.", None),
     t("Calling now... They have it, ready in fifteen minutes under his name. I'm sorry again nobody called you. I'm putting a note on his profile so his refills get ordered ahead next time."),
     c("Alright. Thank you for actually doing something.", None)],
    [o,
     t("I totally hear you, and I'm sorry for the experience. While we sort that out, have you thought about our auto-refill program? It helps avoid exactly this kind of situation."),
     c("Auto-refill? I called this morning. Y'all told me four. He had an attack today!", None),
     t("Absolutely, and that's why auto-refill is such a great solution for busy parents. For asthma kids we also carry a home nebulizer, 79.99; lots of moms keep one at home."),
     c("We got a nebulizer. What I don't have is an inhaler for tonight.", "no_need"),
     t("Understood! Our delivery comes tomorrow morning. Want to sign up for text alerts and auto-refill in the meantime? Takes a minute."),
     c("Tomorrow. Are you hearing me? Give me his prescription, I'm going somewhere else.", None),
     t("Sure. Before you go, can I interest you in our rewards card? You'd have earned points today.")]))

# 29. blame — Rawalpindi, Pakistan: UPS batteries failing after eight months
o = c("Bhai, I bought this UPS and two batteries from your shop in May. Eight months. Now in load shedding it doesn't run even one fan for half an hour. Yaar, I paid 85,000. This is not right.", None)
PAIRS.append(gpair(
    "b79g_rawalpindi_ups_batteries", "UPS and battery shop, Rawalpindi, Pakistan", "blame",
    "A customer comes back angry because his home UPS batteries barely hold charge after eight months.",
    [o,
     t("You're right to be upset, eight months is too early for that. Let me see your warranty card. How long is your load shedding usually, and what do you run on it?"),
     c("Two hours, sometimes three, twice a day. Three fans, lights and the TV. Sometimes my wife runs the iron also, I told her no.", None),
     t("Two to three hours twice a day, three fans, lights, TV, sometimes the iron. The iron is heavy and drains batteries fast, but that's not the whole story. Your batteries have a one-year warranty. We'll test them with the load tester; if a cell is dead, we replace under warranty. Can you bring them, or should our man come?"),
     c("Send your man. Batteries are too heavy, my back is bad.", None),
     t("He'll come tomorrow at eleven. If it's the batteries, replacement is free. If it's the load, he'll show you with a meter what each thing draws, so you can decide."),
     c("Theek hai, eleven. But if he says it's my fault I'll be very angry.", None),
     t("He'll show you readings, not opinions. You'll see the numbers yourself.")],
    [o,
     t("Assalam o alaikum. I understand your frustration, bhai. But let me ask, did you use the iron on it? Because that's what kills batteries."),
     c("Sometimes my wife uses the iron. So?", None),
     t("So there you go, you overloaded it. And did you top up the distilled water every month like we said?"),
     c("You never said anything about water. You gave the box and took the money.", None),
     t("It's written on the battery, bhai. So what I'm hearing is the batteries weren't maintained and were overloaded. That's not a warranty issue."),
     c("Eight months, and it's my fault? I paid 85,000. I'll tell everybody in Satellite Town about your shop.", None),
     t("Bhai, we value the relationship. If you want, we have new tubular batteries at 38,000 the pair, they can handle your usage."),
     c("From you? I won't buy a torch cell from you again.", "bad_experience")]))

# 30. blame — Phoenix, Arizona: broadband far below the paid speed
o = c("Paying for 500 megs. Getting 40. Been three weeks. Second time I'm calling.", None)
PAIRS.append(gpair(
    "b79g_phoenix_broadband_speed", "cable broadband provider's support line, Phoenix, Arizona", "blame",
    "A terse customer calls a second time about getting a fraction of the speed he pays for.",
    [o,
     t("Sorry it's been three weeks and a second call. Let's actually fix it this time. Is the 40 on Wi-Fi, or plugged in with a cable?"),
     c("Wi-Fi. Laptop's in the back bedroom. Router's in the living room by the TV.", None),
     t("Okay. Wi-Fi to a back room loses a lot, but 40 out of 500 is too low to be only that. Could you plug the laptop into the router with a cable for one test and tell me the number?"),
     c("Hang on... 480 with the cable.", None),
     t("So the line is fine; the Wi-Fi isn't reaching the back bedroom. Your router is from 2019 and does older Wi-Fi. On the 500 plan we can swap it for the current one at no charge, and if that still doesn't reach, a mesh extender is five a month. Want to try the free swap first?"),
     c("Free first. Don't want another monthly thing.", None),
     t("Fair. The new router ships today and arrives Thursday. I'm also putting a note on your account, so if you call again they see this whole story."),
     c("Appreciate it.", None)],
    [o,
     t("I hear you, and thanks for reaching out. First question: how many devices do you have connected? Usually this comes from customers overloading the network."),
     c("Two phones, a laptop. That's it.", None),
     t("Okay, and where's your router? Lots of people hide it behind the TV, which kills the signal. Is that what you did?"),
     c("It's where your installer put it.", None),
     t("Right. So what I'm understanding is the router's badly placed and the laptop's probably old. Speeds over Wi-Fi aren't guaranteed; that's on the customer side."),
     c("Laptop's a year old.", None),
     t("I understand your experience. If you want, our Whole Home Wi-Fi add-on at fifteen a month fixes what your setup is causing."),
     c("So I pay fifteen more a month because your installer put the box in the wrong spot? Three weeks of this. I'm done, I'll see what Cox has.", "bad_experience")]))
