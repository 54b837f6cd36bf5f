"""Gaming pairs c01-c10 of blind90 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# 1 putdown_question - Ivano-Frankivsk, veterinary clinic (chat)
_o = c("hi my dog vomited 4 times since morning he is 9 years old labrador can i bring him today", None)
PAIRS.append(gpair(
    "b90g_ivanofrankivsk_vetvomit", "veterinary clinic (chat), Ivano-Frankivsk", "putdown_question",
    "A dog owner writes to a vet clinic: his nine-year-old Labrador has vomited four times since morning.",
    [_o,
     t("Hi, yes, bring him today. So the doctor is ready: does he keep water down, and could he have eaten anything unusual - bones, something from the street, a toy?"),
     c("he drinks and then vomits again. yesterday we had shashlik in the yard maybe he got a bone i dont know", None),
     t("Thank you, that's important. A bone or a piece of skewer can get stuck, so the doctor may want an X-ray. Exam 450 hryvnia, X-ray 700 more if needed. We have a free slot at 12:40 - can you make it?"),
     c("12 40 i cant im at work till 2 my wife also", "no_time"),
     t("I understand. Four times and not keeping water down shouldn't wait until evening. Could someone else bring him? If not, come straight at 2 and I'll keep 14:15 for you. Until then no food, only small sips of water."),
     c("ok my mother can bring him at 1 shes retired she has the car", None),
     t("Good, 13:00 with your mother. If you find anything he might have chewed, bring it. I'm noting 'possible bone' so the doctor checks that first."),
     c("thanks", None)],
    [_o,
     t("Hi! Let's not panic, dogs vomit all the time - what exactly makes you think it's serious?"),
     c("4 times since morning and he doesnt keep water. he is 9", None),
     t("Okay. And were you maybe feeding him from the table, like most owners who write to us?"),
     c("yesterday we had shashlik maybe he got a bone. i wasnt watching all the time", None),
     t("So you weren't watching him. Do you know how dangerous that is for a dog his age? So what do you want us to do now?"),
     c("i know thats why im writing. can i bring him or not", None),
     t("Sure. But honestly, do you realise most of our emergencies are owners who leave food around? Exam 450, X-ray 700."),
     c("i didnt ask for a lecture. i will call the clinic on vovchynetska", None)]))

# 2 not_my_department_or_read_the_terms - Tashkent, public services centre
_o = c("Good morning. I moved to a rented flat in Yunusabad in June. I must do the address registration. I bring the passport and the rent contract. What else is necessary?", None)
PAIRS.append(gpair(
    "b90g_tashkent_registration", "public services centre, Tashkent", "not_my_department_or_read_the_terms",
    "A tenant at a Tashkent public services centre needs address registration but his landlord works abroad.",
    [_o,
     t("Good morning. For a rental, besides your passport and the contract, the owner must give consent - in person here, or online through the government services portal. Is the owner in Tashkent?"),
     c("The owner is in Moscow, working. He cannot come. This is the problem.", None),
     t("Then he can confirm online with his own ID, or send a notarised power of attorney. Does he use the portal, do you know?"),
     c("I think yes, he pays taxes there. But he is not very good with computer.", None),
     t("Then take this printed step-by-step for him - five screens. When he confirms, you get an SMS and come back with your passport. The fee is about 75,000 sum and it takes fifteen minutes. If he's stuck, this number connects him to a colleague who walks him through it."),
     c("75,000 okay. But I work until six and you close at five. Saturday you are open?", "no_time"),
     t("Saturday 9 to 1, yes. With this slip go straight to window 7, no queue number needed."),
     c("Thank you. Very useful.", None)],
    [_o,
     t("Good morning, thank you for visiting, we value your experience. Owner consent isn't handled at this window, that's a different department."),
     c("Which department? The owner is in Moscow, he cannot come.", None),
     t("I understand your situation. The rules for owners abroad aren't mine, it's all on the portal under the regulations. Please read section 4."),
     c("I read, I don't understand. This is why I came. Can you explain?", None),
     t("I didn't write the regulations, sir. We accept complete documents only. Is there anything else I can help you with?"),
     c("You did not help with the first thing. Who is your chief?", None),
     t("The chief receives on Thursdays, but complaints aren't my department either. Next, please."),
     c("I will write on the portal about this window.", None)]))

# 3 social_proof_or_deadline_pressure - Ruse, insurance broker
_o = c("Hello, my civil liability expires on the 30th. I have a 2011 Octavia. I just want the same thing as last year, how much?", None)
PAIRS.append(gpair(
    "b90g_ruse_carliability", "insurance broker office, Ruse", "social_proof_or_deadline_pressure",
    "A driver in Ruse wants to renew compulsory third-party car insurance for an old Octavia before it expires.",
    [_o,
     t("Hello. Same cover, renewed before the 30th, let's do it. Still registered in Ruse, and any claims in the last year?"),
     c("Ruse, yes. No claims. Last year I paid 310 leva at another broker, one payment.", None),
     t("With no claims you'll get a similar price. Three insurers: 289, 305 and 334 for the year in one payment; in four instalments it's about 8% more. All three give the same legal cover. Honestly, the 289 one gets more complaints here about slow claims handling."),
     c("Slow how? Years ago I had an accident and my insurer paid after five months. Never again this.", "bad_experience"),
     t("That's exactly the point. For a claim against you it matters less, but if you add roadside assistance, the 305 insurer is quicker. For the liability itself, all three are legally the same. Do you want roadside assistance?"),
     c("No, I have it with my bank card. Just the basic.", "no_need"),
     t("Then 305 is a sensible middle. I can issue it now to start on the 30th, so there's no gap. Card or cash?"),
     c("Card. Go.", None)],
    [_o,
     t("Hello! Great. And you know, half your street in Ruse switched to our combined package this month - civil liability, casco and assistance. They can't all be wrong!"),
     c("I don't need casco. The car is 2011. Only the civil liability.", "no_need"),
     t("Understood, but the combined price holds only until 6 pm today - after that new tariffs, 20% higher. It's 690 leva."),
     c("690? Last year I paid 310 for liability only.", "too_expensive"),
     t("Yes, but eight out of ten drivers your age chose the combined this year. And I have only two policies left at this price."),
     c("How only two? It is paper. I need to think, I come back tomorrow.", "think_it_over"),
     t("Tomorrow it's gone, I'm afraid. Your neighbours didn't wait. Shall I issue it?"),
     c("No, thank you. I will manage myself. Goodbye.", "brush_off")]))

# 4 keyword_stuffed - Aktobe, trucking company (phone)
_o = c("We need bagged cement delivered from Aktobe to our sites in Kandyagash and Khromtau. 20-ton loads, about 12 trips a month. What's your rate?", None)
PAIRS.append(gpair(
    "b90g_aktobe_cementtrucking", "trucking company (B2B), Aktobe", "keyword_stuffed",
    "A building-materials buyer in Aktobe asks a trucking firm for a per-trip rate to two construction sites.",
    [_o,
     t("Thanks. Two things decide the rate: is it on pallets, and do both sites have a forklift to unload?"),
     c("Pallets. Kandyagash has forklift. Khromtau unloads by hand, small site.", None),
     t("Then for Khromtau we'd send a truck with a tail-lift. How many of the 12 go to each site, and do you need same-day delivery?"),
     c("8 Kandyagash, 4 Khromtau. Next day is fine, but Khromtau closes at 5.", None),
     t("Kandyagash 145,000 tenge a trip; Khromtau with the tail-lift truck 175,000 - about 1.86 million a month. If a truck waits over two hours at the plant, 8,000 an hour after that."),
     c("Our carrier now charges 130,000 flat for both. But they are late half the time, the foreman complains every week.", "too_expensive"),
     t("Then on paper we're more expensive. What does a late truck cost you - a crew standing idle? I'd suggest a trial month on Khromtau only, four trips, with 10% off any trip that arrives after 3 pm, so you can compare."),
     c("Trial on Khromtau is reasonable. Send the contract with the penalty, I show the director.", "think_it_over"),
     t("I'll send it today. When does the director usually sign, so I know when to call?"),
     c("Friday he signs. Call Monday.", None)],
    [_o,
     t("Thank you for reaching out! We truly understand the needs of construction partners, and we believe success is built on relationships and a seamless logistics experience."),
     c("Fine. Rate per trip?", None),
     t("Great question. Our pricing reflects our commitment to your success. Every partnership is unique, so we focus on understanding your journey and your pain points to create value together."),
     c("12 trips a month, 20 tons, two sites. I need a number.", None),
     t("Absolutely, I hear your need for clarity. We understand reliable delivery is key to your success, and our relationship-driven approach ensures an outstanding experience. How do you feel about partnering with us?"),
     c("I feel I am wasting my morning. I have a meeting in ten minutes.", "no_time"),
     t("I understand your time is valuable. So, to understand your needs better - what does success look like for your deliveries?"),
     c("Success is a price in my email. Send it or don't call again.", "brush_off")]))

# 5 rude - Khujand, money transfer office
_o = c("Assalomu alaykum. My son sent money from Yekaterinburg, he called, he said take it today. Here is the code and my passport. Last month also there was a problem, they told me come tomorrow.", None)
PAIRS.append(gpair(
    "b90g_khujand_remittance", "money transfer office, Khujand", "rude",
    "An older man from a village near Khujand cannot collect a transfer from his son because of a name spelling mismatch.",
    [_o,
     t("Va alaykum assalom. Let me check. The transfer is here, 520 somoni. But the name is written 'Rakhmonov', and your passport says 'Rahmonov' with just an h - that's why it's stuck. Was it the same last month?"),
     c("Yes, I think. They said name wrong. I don't understand these letters, for me it is the same name.", None),
     t("For you it is, of course. The system needs an exact match. Two ways: your son asks his office there to correct it - about an hour - or I request a manual check with your passport copy, which takes until tomorrow. Can you reach him now?"),
     c("He works on construction, he answers only at lunch. I came one hour by marshrutka from the village.", None),
     t("Then both: I send the manual request now, and at lunch he corrects the spelling. Whichever is first, I'll call you - don't come back until I call. Tell him to copy the name from a photo of your passport."),
     c("Good. Write my phone. And the spelling, write it for him.", None),
     t("R-A-H-M-O-N-O-V, here on this paper with the code. I'll call you by noon tomorrow at the latest.")],
    [_o,
     t("Code and passport. ... The name doesn't match. Your son wrote it wrong. Next."),
     c("Wait, wait. What is wrong? It is my name.", None),
     t("Rakhmonov with kh, your passport with h. I told you, it doesn't match. I can't do anything, I'm not a magician."),
     c("Last month the same. One hour I come from the village. What must I do?", None),
     t("Tell your son to learn to write. Honestly, every day the same people from the villages with the same mistakes."),
     c("Don't speak like this about my son. He works in the cold for this money.", None),
     t("Okay, okay, emotions. Step aside, there's a line. Anything else?"),
     c("I go to the other office near the bazaar. There the girl is polite.", None)]))

# 6 ignored_customer - Lviv, used-car dealer trade-in
_o = c("Good day. I drive a 2013 Megane, diesel, 240 thousand km. I want to change it for something newer, maybe from you. What would you give me for mine?", None)
PAIRS.append(gpair(
    "b90g_lviv_tradein", "used-car dealer, Lviv", "ignored_customer",
    "A driver in Lviv wants to trade in an old diesel Megane for a car his wife can also drive.",
    [_o,
     t("Good day. For a fair number our technician needs to see it, but first - what should the next car do that the Megane doesn't?"),
     c("My wife will drive it too, she can't do manual, her back - the clutch hurts her. And diesel is expensive to repair now, last year injectors cost me 18,000 hryvnia.", None),
     t("So automatic, and preferably not diesel. A 2013 Megane diesel with 240 thousand in average condition usually trades at 4,500 to 5,500 dollars; I'll confirm after a 30-minute inspection. How much can you add on top?"),
     c("Maybe 8,000 dollars more. Not more. And I heard dealers give very low for trade-in, my colleague got a thousand under the market.", "bad_experience"),
     t("That happens - partly because we give a warranty on what we resell. I'll show you the inspection sheet line by line; if you think a private sale gets more, sell privately, no hard feelings. Around 13,000 total gets you a 2018 petrol Corolla automatic, 92 thousand km, or a 2017 Ceed automatic. Can your wife come to try the seat and pedals?"),
     c("Saturday she can. She decides which is comfortable. But the inspection I want today.", None),
     t("Inspection now, then, and both cars ready Saturday at 11. You keep the printed inspection sheet either way.")],
    [_o,
     t("Good day! Great, tell me about your driving - what does a great car experience look like for you?"),
     c("My wife will drive also. She can't do manual, her back, the clutch hurts. And diesel repairs kill me, 18,000 for injectors last year.", None),
     t("Got it. So we have this beautiful 2019 Passat diesel, manual, 15,900 dollars - a fantastic family car."),
     c("Manual? Diesel? I just said... And my Megane, how much you give?", "no_need"),
     t("We'll get to that. What budget are you thinking about?"),
     c("8,000 on top of the trade-in, maximum.", None),
     t("Perfect. With financing the Passat is only 410 dollars a month. Shall we do a test drive now?"),
     c("410 a month I cannot, and my wife cannot drive it. You ask and you don't hear. I sell the Megane myself.", "no_money")]))

# 7 repeated_questions - Bishkek, banquet hall
_o = c("Salam. My father turns seventy in October, we want a big toi, relatives come from Naryn and from Talas, maybe 250, maybe 300 people, you know how it is, everybody brings somebody. I want to see your hall and hear the prices.", None)
PAIRS.append(gpair(
    "b90g_bishkek_jubileetoi", "banquet hall, Bishkek", "repeated_questions",
    "A son books a banquet hall in Bishkek for his father's 70th-birthday toi for 250-300 guests.",
    [_o,
     t("Salam, congratulations to your father. Our big hall seats 320. Which date, and will it be beshbarmak and the usual courses, or a special menu?"),
     c("The 12th, Saturday. Beshbarmak of course, the family brings two sheep from the village. Your kitchen can cook it?", None),
     t("Yes, we cook the family's meat - 8,000 som per sheep - and the rest of the menu is 1,400 som per person. For 280 people about 392,000 plus 16,000. Does that fit what the family planned?"),
     c("The brothers said 350,000 maximum, we share between four brothers. 392 is more.", "no_money"),
     t("Then let's find where to save. Many families bring their own fruit and sweets for the tables - that's 200 som less per person, about 56,000, which brings it near 350. Shall I write both versions for your brothers?"),
     c("Yes, write. I must show the older brother, he decides everything, like our father.", "think_it_over"),
     t("Writing both now. The 12th is free; I'll hold it until Wednesday without a deposit."),
     c("Good. Wednesday we call.", None)],
    [_o,
     t("Salam! Congratulations. So, how many guests are you expecting?"),
     c("I said, 250, maybe 300. Relatives from Naryn, Talas.", None),
     t("Great. And which date are you thinking about?"),
     c("12th October, Saturday.", None),
     t("Perfect. And roughly how many people will come, so I can choose the hall?"),
     c("250, 300! I said two times.", None),
     t("Sorry! And when is the event exactly?"),
     c("Brother, the 12th. Are you writing anything? Maybe I talk to your manager.", None),
     t("Of course. Just to understand your needs - what kind of celebration is it, and how many guests?"),
     c("Seventy years of my father. Goodbye, I go to the restaurant in Asanbay.", None)]))

# 8 wrong_paraphrase - Plovdiv, mobile operator (chat)
_o = c("hi i want to add second sim for my son to my contract he is 15 how much", None)
PAIRS.append(gpair(
    "b90g_plovdiv_extraline", "mobile operator (app chat), Plovdiv", "wrong_paraphrase",
    "A mother in Plovdiv asks her mobile operator's chat how much an extra line for her 15-year-old son costs.",
    [_o,
     t("Hi! Yes, you can add a line. Which plan are you on, and what will he mostly use it for - calls or internet?"),
     c("i have the 25 leva one. him mostly internet tiktok games lol and calling me", None),
     t("Got it. An extra line on your plan is 12 leva with 10 GB or 17 with 30 GB; for TikTok and games 10 GB usually lasts about two weeks. Do you want a cap so he can't run up extra charges?"),
     c("yes cap for sure. last year my daughter went over in greece roaming and we paid 140 leva", None),
     t("Ouch. Then a data cap and roaming blocked by default; you unlock roaming from your app when you travel. 17 with 30 GB, or 12 with 10?"),
     c("17 is a lot for a kid, can i take 12 and buy extra if he needs", "too_expensive"),
     t("Yes - an extra 5 GB is 3 leva, and only you can buy it, from the app. The line ends with your contract, no new 24 months. Shall I send the confirmation to your email?"),
     c("ok yes send", None)],
    [_o,
     t("Hi! So what I'm hearing is you want to move your whole family to our Family Unlimited plan, did I understand correctly?"),
     c("no just one sim for my son", None),
     t("Right, so you're saying your son needs his own contract with a new phone - the latest model is 39 leva a month on 24 months."),
     c("i didnt say phone he has a phone. and 39 no way", "too_expensive"),
     t("Got it, so to confirm: you want to upgrade your own plan to unlimited and give him your old SIM?"),
     c("what?? no. im keeping my plan. i want to add a line. is it so hard", None),
     t("Totally understand. So to summarise your needs: a new 24-month family contract with two phones, yes?"),
     c("forget it ill do it in the app myself", None)]))

# 9 pitch_to_upset - Almaty, housing management company hotline
_o = c("Hello?! Water is coming through my ceiling, kitchen and bathroom, the neighbour on the 7th floor doesn't open the door. I'm on the 6th. Please, it's running on the electrics!", None)
PAIRS.append(gpair(
    "b90g_almaty_flooding", "housing management company hotline, Almaty", "pitch_to_upset",
    "A resident calls her building's management company in panic: water from the flat above is pouring through her ceiling.",
    [_o,
     t("I'm sending the emergency plumber now to shut your riser. If you can do it safely, switch off the electricity for the kitchen and bathroom at your panel. Which apartment?"),
     c("64, building 12. The panel is in the corridor... okay, switched off. The ceiling is bubbling.", None),
     t("Good. Put buckets down and move what you can. The plumber is in the next building, about ten minutes. We have the 7th-floor owner's phone on file - I'm calling him right after this. Is anyone with you?"),
     c("My daughter. She is crying, her room got wet, her school things.", None),
     t("I'm sorry, that's awful. Once the water stops, photograph everything - ceiling, walls, damaged things - before you clean. We'll draw up an official flooding report with the plumber; you'll need it to claim from the neighbour or his insurance."),
     c("A report, okay. But tomorrow I work, I cannot sit all day waiting for your commission.", "no_time"),
     t("The plumber can sign a preliminary report tonight, and the commission comes when you choose - evenings until 8 are fine. I'll call you back in fifteen minutes once I reach the neighbour.")],
    [_o,
     t("Hello, I understand how stressful that is! Floods like this are exactly why we recommend our partner's home insurance - from 3,900 tenge a month, ceilings and furniture covered."),
     c("What insurance? The water is running NOW! Send someone!", None),
     t("Of course, a request is created. And since you'll be renovating after this anyway, our partner does stretch ceilings with 15% off for residents."),
     c("I don't want ceilings! The electrics are wet, my daughter is here!", "no_need"),
     t("I hear you. The plumber comes in order of requests. Shall I send the insurance brochure to your WhatsApp for later?"),
     c("Send me nothing. Give me the plumber's number or I call the akimat.", None),
     t("The plumber's number is internal, I'm afraid. But the insurance really is a great deal - shall I sign you up?"),
     c("You are unbelievable.", None)]))

# 10 blame - Shymkent, gas supplier call centre
_o = c("Good afternoon. They cut my gas this morning. I paid the bill on the 3rd, in the terminal at the market, I have the receipt. It is cold, I have two small children at home.", None)
PAIRS.append(gpair(
    "b90g_shymkent_gascutoff", "gas supplier call centre, Shymkent", "blame",
    "A mother in Shymkent had her gas disconnected although she paid; the payment went to a mistyped account.",
    [_o,
     t("Good afternoon, I'm sorry - let's fix this fast. Can you read me the receipt number and the account number printed on it?"),
     c("Receipt 7730-1145, account 15-088-421.", None),
     t("Thank you. I see it: your account is 15-088-412, the last two digits were swapped, so the money went to another account and yours showed a debt. It's easy to do on terminals where you type the number by hand. I'm opening a request to move the payment and a reconnection order."),
     c("Maybe I typed wrong, I was with the children, in a hurry. But how long? Tonight will be cold.", None),
     t("Normally reconnection is 3,500 tenge and up to two days. Since you paid on time, I'm marking it as a disputed disconnection: no fee, and the crew comes today before 8. Will someone be home to open the gate?"),
     c("Yes, I am home all day. No fee is good, the money is finished until salary.", None),
     t("Crew before 8 today, then. Next time, the QR code on the bill fills the number in by itself in the app. I'm sending the order number by SMS now.")],
    [_o,
     t("Good afternoon, thank you for calling, we value your experience. Our records show no payment, so the disconnection is correct. Did you type the account number properly?"),
     c("I have the receipt, I paid on the 3rd, 9,800 tenge. Look at the receipt.", None),
     t("Yes, you typed 421 instead of 412. So the payment went to someone else - that's the customer's responsibility, it's on the bill."),
     c("Okay, maybe I made a mistake. But my children are cold. What do we do?", None),
     t("I hear you. But you have to understand this happened because of your mistake, not ours. Reconnection is 3,500 tenge and up to 48 hours."),
     c("3,500 more? The money is finished until salary. I paid once already.", "no_money"),
     t("I understand, but the terminal clearly shows you entered it wrong. You'll need to get your money back from the other customer, or write to the bank. Anything else?"),
     c("Get it back from a stranger? Give me your supervisor.", None)]))
