"""Gaming pairs a01-a10 of blind90 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Almaty, mobile operator shop
_o = c("Good afternoon, dear. My grandson put this phone in my hands and now every month they take 6,000 tenge and I don't even know for what. I only call my son, he is in Hamburg, and sometimes my sister in Taraz.", None)
PAIRS.append(gpair(
    "b90g_almaty_tariff", "mobile operator shop, Almaty", "monologue",
    "An older woman in a mobile operator's shop does not understand why her bill is 6,000 tenge; she mainly calls her son in Germany.",
    [_o,
     t("Good afternoon. Let's find out where the 6,000 goes. May I open the account with you? And how do you usually call your son - an ordinary call, or through WhatsApp?"),
     c("Ordinary call. WhatsApp the grandson installed, but I press the wrong thing and it shows my face, I don't like it.", None),
     t("I see. Most of the bill is an international add-on for 2,900 and a 20 gigabyte internet package - last month you used 300 megabytes of it. How long do you talk to your son, roughly, in a week?"),
     c("Sunday, maybe half an hour. More when he has news. Before I had a card for international, it was cheaper, but they closed it.", None),
     t("Half an hour a week is about two hours a month. There is a tariff with 150 international minutes and 2 gigabytes for 3,200 tenge, so you would pay about 2,800 less. The catch: after 150 minutes each extra minute is 45 tenge. Shall I set a text to warn you at 120?"),
     c("3,200... but the grandson said not to change anything without him, he will be angry, he pays half.", "think_it_over"),
     t("That's fair, it's his money too. I'll write the tariff name and price on a card for him; nothing changes today. If he agrees, either of you can switch by calling 505 or coming back here, it takes five minutes."),
     c("Good. Write with big letters please. My eyes.", None)],
    [_o,
     t("Good afternoon! Great question - and what matters most to you in your mobile experience? Let me tell you, you'll love this: our new Family Max bundle, unlimited 5G, forty TV channels in the app, cloud for the grandchildren's photos, free calls inside the network."),
     c("I don't need television in the phone, I have television. I only call my son in-", "no_need"),
     t("Absolutely, and that's why the bundle is so flexible! Plus 10% cashback in partner supermarkets, a free SIM for your grandson, and roaming in Turkey at local prices. Our senior customers say it changed their life. The price is 8,900 tenge, but think what you get!"),
     c("8,900? I am asking why I pay 6,000 already.", "too_expensive"),
     t("I hear you, and the value is in the package. We also have new phones in installments, 0% for twelve months, bigger screen, perfect for the eyes, and the app shows your balance any time. So, any questions? Great, I'll prepare the Family Max contract."),
     c("No contract. You did not even look where my money goes. Leave it, I come another day with my grandson.", "brush_off")]))

# 2 closing_as_open_question - Tashkent, car dealership
_o = c("Good day. I am interested about a family car. Please tell me what is the waiting time now for delivery.", None)
PAIRS.append(gpair(
    "b90g_tashkent_familycar", "car dealership, Tashkent", "closing_as_open_question",
    "A father of two asks a Tashkent car dealer about delivery times for a family car; he has not chosen a model.",
    [_o,
     t("Good day. It depends on the model and the colour - from two weeks to about three months. So I can give you a real answer: what will the car be used for mostly?"),
     c("City, work, and to Samarkand to my parents, maybe two times in month. We are four persons, two childrens small.", None),
     t("So four people, city driving and regular highway trips of about 300 km each way. Has the family already decided between automatic and manual, and is there a budget you want to stay under?"),
     c("Automatic my wife wants. Manual is cheaper, I know. Budget around 180 million sum, not more. Credit I don't want, my brother took credit, very bad with the bank, penalties.", None),
     t("Understood: automatic, up to 180 million, cash, no credit. The compact sedan with automatic is 168 million and the boot takes a pram and two bags. White or grey comes in about three weeks, other colours longer. Would you like to bring your wife for a test drive before deciding anything?"),
     c("Saturday is possible? She works in weekdays.", None),
     t("Saturday at 11 is fine. I'll print today's price and the delivery terms for you to read at home. To be honest with you: the price is fixed only when the contract is signed."),
     c("Ok. Saturday. Thank you, very clear.", None)],
    [_o,
     t("Good day! Great question. Before we talk timing - what would it take for you to leave a deposit with us today?"),
     c("Deposit? I don't know which car yet. We are four, we go to Samarkand often.", None),
     t("Perfect, family trips, I love that. So which colour shall I write down for your sedan? White is the most popular, it keeps the place in the queue better."),
     c("I did not say sedan. And my wife must see the car first. She wants automatic.", "think_it_over"),
     t("Of course. And how would you like to pay - full cash today, or 30% now and the rest at delivery? Either way I can secure your place before the price goes up."),
     c("I asked the waiting time. Only this. Three times now.", None),
     t("And I respect that! So what's stopping you from signing the reservation form now, so the waiting starts today?"),
     c("What is stopping me is you. I will go to the other showroom in Sergeli.", None)]))

# 3 pitch_as_paraphrase - Tbilisi, dental clinic chat
_o = c("hi how much for a filling my tooth hurts when i drink cold water", None)
PAIRS.append(gpair(
    "b90g_tbilisi_filling", "dental clinic (web chat), Tbilisi", "pitch_as_paraphrase",
    "A customer writes to a Tbilisi dental clinic's chat asking the price of a filling for a tooth sensitive to cold.",
    [_o,
     t("Hi, sorry to hear that. A filling is 90 to 160 lari depending on size and material, but the doctor needs to see the tooth first. How long has it been hurting, and is it only with cold or also when you bite?"),
     c("like 2 weeks only cold. bite is ok. i had a filling there before 4 years ago i think", None),
     t("Okay: two weeks, only cold, biting fine, old filling in that area. Often that means the old filling is leaking at the edge or the gum has pulled back a bit - both usually simple. An exam with an X-ray is 40 lari, taken off the treatment price if you treat here. Would tomorrow or Thursday suit you?"),
     c("40 is ok but i work till 7 every day", None),
     t("We have 19:30 slots on Tuesday and Thursday. Until then lukewarm water and a sensitive toothpaste help. If it starts hurting by itself at night, call us - then it's more urgent."),
     c("thursday 730 ok", None),
     t("Booked: Thursday 19:30, Dr. Nino Beridze, Chavchavadze avenue 14, second floor. You'll get a text reminder the day before.")],
    [_o,
     t("Hi! Thanks for reaching out. So what I'm hearing is that you want a beautiful, pain-free smile - which is exactly our Total Smile package: cleaning, whitening and a veneer consultation, 1,200 lari. Did I understand you correctly?"),
     c("no i just have one tooth hurting with cold. whitening i dont need", "no_need"),
     t("Totally understand. So what you're really saying is that sensitivity matters to you, and that's why our Sensitive Care programme - six visits, fluoride, whitening light - at 690 lari fits your needs, right?"),
     c("690 for a cold tooth?? my friend paid 80 for a filling at other clinic", "too_expensive"),
     t("I hear that price is important to you. So to sum up, you'd like the programme but in instalments, 115 lari a month - is that a fair summary?"),
     c("no that is not what i said at all", None),
     t("No problem! So just to confirm your needs, shall I book you for the free consultation about the programme?"),
     c("i need someone to look at my tooth not a programme. bye", None)]))

# 4 upsell_as_loop_closing - Baku, auto parts shop
_o = c("Front pads, Prius 2012. How much.", None)
PAIRS.append(gpair(
    "b90g_baku_brakepads", "auto parts shop, Baku", "upsell_as_loop_closing",
    "A taxi driver walks into a Baku auto parts shop for front brake pads.",
    [_o,
     t("For the 2012 Prius front we have two: a Korean brand at 38 manat and Japanese original at 72. Taxi or personal? It changes how long they last."),
     c("Taxi. Bolt. 300 km a day sometimes.", None),
     t("With that mileage the Korean ones last about four to five months, the originals eight or nine - per kilometre it's almost the same. Any scraping, or just the wear warning?"),
     c("Little scraping. From yesterday.", None),
     t("Then have the discs checked before fitting - if the pads went to metal, the discs may be scored and new pads won't sit right. The garage next door measures them for 5 manat. If the discs are fine, either pad works."),
     c("Ok. Korean. If disc bad I come back.", None),
     t("Korean pads, 38 manat. Keep the receipt: if the discs need replacing you can swap these for the pad-and-disc set within a week. Anything else you came in for?"),
     c("No. That's it.", None)],
    [_o,
     t("Great choice coming to us! Front pads for the Prius, premium Japanese, 72 manat. Now, to make sure we've covered all your needs - what else can I add for you today? Rear pads?"),
     c("Rear is fine. Only front.", "no_need"),
     t("Perfect. And so your experience is complete - what else would make your drive better? Brake fluid, 14 manat, most drivers change it with the pads."),
     c("Changed fluid in spring.", "no_need"),
     t("Great! Just closing the loop - anything else you need? Wipers, 22 manat the pair, rain is coming, and a cabin filter for the passengers. Your Bolt rating will thank you."),
     c("Brother, I asked pads. On Nizami street they are 38. Give me pads or I go.", "too_expensive"),
     t("Absolutely, pads it is. Last thing before I ring it up - what else can I add? Air freshener, two for 5?"),
     c("Nothing. I go to Nizami.", None)]))

# 5 leading_tag_questions - Chisinau, wedding hall
_o = c("Good evening. My daughter is marrying in September and we search a hall for around 180 persons. I want to understand the prices before she comes, she is very emotional person.", None)
PAIRS.append(gpair(
    "b90g_chisinau_weddinghall", "wedding hall / restaurant, Chisinau", "leading_tag_questions",
    "The bride's mother visits a Chisinau wedding hall alone to learn prices for about 180 guests.",
    [_o,
     t("Good evening, and congratulations. Of course. Which Saturday in September, and is there a price per guest the family is comfortable with?"),
     c("The 20th if possible. Per person we thought 600, maybe 650 lei. The wine is our own, from my husband's cousin near Cricova.", None),
     t("So: 20 September, about 180 guests, 600-650 lei each, your own wine. The 20th is free in our smaller Terrace hall, up to 200 people. The 620 lei menu has the traditional courses - sarmale, cold starters, two hot dishes. Corkage for own wine is 40 lei a bottle. Is that a problem?"),
     c("Forty per bottle... we will have maybe 90 bottles. This is 3,600 lei only for opening bottles.", "too_expensive"),
     t("It adds up, I agree. For weddings over 150 guests I can do a flat corkage of 2,000 lei for the evening - that's as far as I'm allowed. Would you like to come with your daughter for a tasting? It's free for the couple and two parents, and nothing is booked until a deposit is paid."),
     c("Flat 2,000 is better. I will speak with my husband and we call you for the tasting. Can you keep the 20th?", "think_it_over"),
     t("I can hold the 20th for five days without a deposit. Tonight I'll email the date, the menu and the flat corkage so your husband can see it all.")],
    [_o,
     t("Good evening and congratulations! You'll want our Golden Hall, won't you? It's where the best weddings in Chisinau happen."),
     c("How much is the Golden Hall? 180 guests is many people.", None),
     t("A daughter's wedding happens only once, doesn't it? The Golden menu is 890 lei per person, and that's really the minimum for an elegant evening, isn't it?"),
     c("890 times 180... no. We thought around 600. We are simple family.", "no_money"),
     t("I understand. But you wouldn't want guests to feel it was a cheap wedding, would you? And you'll take the live band package, surely - a DJ alone feels empty, doesn't it?"),
     c("My nephew is DJ. He plays for free. And the wine we bring ourselves.", "no_need"),
     t("Own wine, well, that's allowed, but our wine list is better, isn't it? And you'd agree your daughter deserves the best, wouldn't you?"),
     c("Of course she deserves, but I did not come here to be made guilty. I will look at the halls on Calea Iesilor.", None)]))

# 6 putdown_question - Bishkek, electricity supplier counter
_o = c("My bill this month is 3,400 som. Usually 1,500, maximum 1,700 in winter. This is a mistake, I want somebody to fix it now.", None)
PAIRS.append(gpair(
    "b90g_bishkek_electricbill", "electricity supplier customer counter, Bishkek", "putdown_question",
    "An angry customer at the electricity supplier's counter in Bishkek has a bill twice the usual amount.",
    [_o,
     t("That's a big jump, let's look. What's your account number? And do you remember when the controller last read the meter?"),
     c("0417-22891. Controller, I don't remember, in summer maybe. I live alone, no electric heater, I have coal stove.", None),
     t("Thank you. I see it: the last three months were estimated, not read, because nobody was home when the controller came, and this month the system used a default winter norm instead of your own history. Do you know what the meter shows now?"),
     c("I took a photo this morning, wait... 18 442.", None),
     t("With that reading your real use is far below that estimate - about 1,650 som for this month. I'm filing a recalculation; the corrected bill replaces this one within ten working days. Meanwhile pay 1,650 by the 25th, not the 3,400, and there's no penalty."),
     c("And next time? I work, I am not home in the day.", None),
     t("You can send the reading yourself by the 20th of each month, in the app or by SMS to 4040: account number, space, reading. Then there's no estimate. I'm texting you the reference number of the recalculation now."),
     c("Okay. Send it. Thank you, I came ready to fight.", None)],
    [_o,
     t("I understand you're frustrated. But are you sure you're not just using more than you think - what exactly have you plugged in this month?"),
     c("I live alone. Fridge, television, kettle. What I plug in!", None),
     t("And a kettle five times a day adds up, doesn't it? So help me understand: why do you think our meter is wrong and not your habits?"),
     c("Because ten years I have the same habits and the bill was never 3,400.", None),
     t("Right. Everybody says that in winter, so what makes your case so special, exactly?"),
     c("You are calling me a liar? Check the readings, that is your job.", None),
     t("Nobody is calling you a liar, but you're raising your voice, so can we calm down - have you even looked at your meter yourself this year?"),
     c("I want your manager. Now.", None)]))

# 7 not_my_department_or_read_the_terms - Lviv, freight forwarder
_o = c("Hello, my pallet with ceramics should be in Krakow on Monday. Today is Thursday and your driver says it stands at Rava-Ruska. Nobody tells me anything and now there is 'storage' on the invoice, 1,800 hryvnia.", None)
PAIRS.append(gpair(
    "b90g_lviv_customshold", "freight forwarder, Lviv", "not_my_department_or_read_the_terms",
    "A small ceramics maker calls her Lviv forwarder: her pallet to Krakow is held at the border and storage has been charged.",
    [_o,
     t("Hello, I'm sorry nobody called you. Give me the waybill number and I'll open it now."),
     c("LV-4471. It's handmade dishes for a shop, they have the opening on Saturday.", None),
     t("I see it. Customs stopped it because the invoice has the value but no commodity code for the ceramics, so the broker couldn't file the export declaration. Do you have the code from your buyer, or shall our broker classify it? Normally that's 450 hryvnia."),
     c("I don't know any codes. Last time I sent with another company, they did everything, no extra money.", "too_expensive"),
     t("Fair point - and our manager should have checked the documents at pickup, that was our miss. So I'll waive the 450 and ask the depot to drop storage for Monday to Wednesday. If the broker files in the next two hours, the truck crosses tonight and reaches Krakow on Friday afternoon."),
     c("Friday afternoon is okay, opening is Saturday. And the 1,800?", None),
     t("Removed. If it waits longer because of the border queue, that's up to 600 a day, and I'll call you before anything is added. I'll message you the moment the declaration is filed."),
     c("Fine. But call, not email, in the workshop I don't read email.", None)],
    [_o,
     t("Good afternoon, thank you for reaching out, your experience matters to us. Unfortunately customs delays are not my department - I only handle bookings."),
     c("But you booked it. Who do I talk to? Saturday the shop in Krakow opens.", None),
     t("I understand how important that is. The border is the broker's side, they are a separate company. I can give you their email."),
     c("And the storage 1,800? Also another company?", None),
     t("Storage is in clause 11.4 of the terms you accepted when booking: waiting at the border is charged to the sender. I'd really recommend reading the terms before the next shipment."),
     c("Nobody told me what document is missing. How do I fix something if I don't know what?", None),
     t("I hear your frustration. I didn't make the rules, and documents are the client's responsibility, section 3. Is there anything else I can help you with today?"),
     c("Anything else? You helped with nothing. I am calling the other forwarder.", None)]))

# 8 social_proof_or_deadline_pressure - Plovdiv, agricultural machinery dealer
_o = c("Good morning. Listen, my old Belarus tractor, forty years it worked, my father bought it, and now the gearbox - finished. The mechanic in Rakovski says not worth it. So I am looking, maybe something used, not too big.", None)
PAIRS.append(gpair(
    "b90g_plovdiv_usedtractor", "agricultural machinery dealer, Plovdiv", "social_proof_or_deadline_pressure",
    "A 67-year-old vegetable grower near Plovdiv needs to replace a forty-year-old tractor whose gearbox has failed.",
    [_o,
     t("Good morning. Forty years is a good life for a tractor. So I show you the right machines: how much land do you work, and what do you grow?"),
     c("Thirty-eight decares, peppers and tomatoes. My son has wheat across the road but he uses the cooperative's machines.", None),
     t("So row crops, narrow rows, no heavy field work. What implements do you have - tiller, sprayer?"),
     c("Tiller, sprayer 400 litres, small plough. All three-point hitch. I don't want to buy everything new, I am 67, how many more years I work.", None),
     t("Then something of 50 to 60 horsepower with a standard hitch, narrow enough for your rows, so your implements fit. We have a 2014 machine, 55 hp, 3,100 hours, for 29,000 leva, and a 2019 one with 1,400 hours at 41,000."),
     c("41,000 no, never. The 29 - maybe, but I must see it in my field, not on the asphalt.", "too_expensive"),
     t("Fair. We bring the 2014 one to your field on a trailer, you hitch your own tiller and do a few rows. Free within 30 km of Plovdiv. Tuesday morning? And would your son want to come?"),
     c("Tuesday yes. My son - yes, he knows engines better than me.", None)],
    [_o,
     t("Good morning! I really understand, and we're here for a long-term relationship. You know, almost every farmer around Asenovgrad and Rakovski took our 75 hp model this year - they can't all be wrong, can they?"),
     c("Seventy-five horsepower for peppers? What do I do with this, fly?", "no_need"),
     t("Ha! But seriously, the subsidy window for new machines closes Friday at five, after that you lose 30%. I can hold this price, 68,000 leva, only until then."),
     c("I am 67. I don't take debts of 68,000 now.", "no_money"),
     t("I hear you. Your neighbour Petrov signed yesterday, and he's older than you! And this is the last unit, the next delivery is spring. So what do you need to decide today?"),
     c("I need to think. Petrov has 200 hectares, I have my peppers.", "think_it_over"),
     t("Of course, but thinking costs money here - by Monday it's gone. Everyone who waited last year regretted it."),
     c("Then let it go. I will find something in the newspaper.", "no_need")]))

# 9 keyword_stuffed - Yerevan, private school admissions
_o = c("Good day. My son is 12, now in public school number 55. We think to move him to your school from September. I want to know about the level of mathematics and the cost.", None)
PAIRS.append(gpair(
    "b90g_yerevan_privateschool", "private school admissions office, Yerevan", "keyword_stuffed",
    "A father asks a Yerevan private school about its maths teaching and fees for his 12-year-old son.",
    [_o,
     t("Good day. Happy to tell you both. First - what's making you think about a move? It helps me tell you honestly whether we're the right place."),
     c("He is good in mathematics, at the district olympiad he took second place. But in class there are 34 children, the teacher has no time for him. He is bored, he starts to be lazy.", None),
     t("So a strong student who isn't being stretched in a big class. Our classes are 16 at most, and from grade 7 there's an extra maths group three times a week for olympiads; Mr. Hakobyan coaches the regional team. The fee is 2.4 million dram a year, in three payments. Is that near what you expected?"),
     c("It is more than we calculated. We thought around 1.8. My wife works, I work, but there is also the small daughter.", "no_money"),
     t("I understand. Two things may help: prize-winners get 15% off after the entrance test, and the maths group alone is open to outside students for 45,000 dram a month - he could stay at school 55 and try the group first. Would a trial day make sense, so he sees if he likes it?"),
     c("The group alone, this is interesting. Trial day yes, he should see. The full transfer I must discuss with my wife.", "think_it_over"),
     t("Of course. The next trial day is Saturday the 14th, 10 to 2, with the entrance test the same day. I'll email the fee sheet and the maths group timetable so you can compare both at home.")],
    [_o,
     t("Good day, and thank you for reaching out! We truly understand the needs of every family, and our relationship with parents is built on trust, success and a holistic learning experience. How do you feel about that?"),
     c("Fine. But the mathematics - what level? And how much?", None),
     t("Great question. Mathematics is at the heart of our success story. We understand every child has unique needs, so we build a personalised experience where each student feels valued, heard and empowered to succeed."),
     c("Yes, but what does it mean? How many hours? Olympiad preparation is there or no?", None),
     t("I hear you, and I really understand how important your son's success is. Our value is in the relationship and the experience - families feel the difference. What does success look like for your family?"),
     c("Success is I get an answer. And the price, please.", None),
     t("Absolutely, I understand your need for clarity. The investment in your child's future is 2.4 million, reflecting our commitment to excellence and a caring, successful experience."),
     c("Thank you. Please just email me the price list, I will read it myself.", "brush_off")]))

# 10 rude - Samarkand, pharmacy
_o = c("Good day, daughter. My doctor at polyclinic number 3, she wrote me this - here, the paper - for the pressure. I went to two pharmacies on Registan street, nobody has it. Six years I take it, last month she changed the dose, and now I cannot find.", None)
PAIRS.append(gpair(
    "b90g_samarkand_pharmacy", "pharmacy, Samarkand", "rude",
    "An elderly man brings a blood-pressure prescription whose usual brand is out of stock across Samarkand.",
    [_o,
     t("Good day. Let me see. Amlodipine, 10 milligrams, once a day. That brand isn't delivered to the city this month, but we have the same medicine from another maker - same substance, same 10 milligrams. Has she ever given you another brand?"),
     c("No, always this one. My neighbour took a cheap one from India and he said his legs swelled. I am afraid.", "bad_experience"),
     t("That's a fair worry. Ankle swelling can come with amlodipine itself, any brand, especially at a higher dose - so if you notice it, tell your doctor; it's not about the maker. This one is from a Turkish factory, 30 tablets, 41,000 sum. How many tablets do you have left?"),
     c("Four. Maybe five.", None),
     t("Then take one pack now so you don't miss days. If you'd feel safer, I can call the polyclinic and ask your doctor to confirm - she usually answers the pharmacy line."),
     c("Call, please. If she says yes, I take.", None),
     t("I'm calling now. Please sit down there, it will be a minute.")],
    [_o,
     t("Okay, okay, grandpa, I don't need the whole story, there's a queue. What's the name of the medicine?"),
     c("It is on the paper, I gave you. The doctor changed the dose last month, and-", None),
     t("Yes, I can read. We don't have that brand, nobody has. Take the other one, 41,000 sum, or don't, your choice."),
     c("The other one is the same? My neighbour took Indian one and his legs-", "bad_experience"),
     t("Your neighbour isn't a pharmacist, is he? It's the same thing. Honestly, people believe everything they hear in the mahalla."),
     c("Why you speak to me like this? I only asked.", None),
     t("Because I have eight people behind you. So - do you want it or not? Anything else?"),
     c("Nothing. I find a pharmacy where they respect old people.", None)]))
