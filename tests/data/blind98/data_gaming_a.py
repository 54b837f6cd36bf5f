"""Gaming pairs a: kinds 1-5, two each."""
from common import c, gpair, t

PAIRS = []

# 1. monologue: solar home system, Ikeja, Lagos
o = c("Good afternoon. Please I want to ask about solar for my shop. NEPA has not given us light for three days and I'm spending too much on fuel for the gen.", None)
PAIRS.append(gpair(
    "b98g_lagos_solar", "solar installer, Ikeja, Lagos", "monologue",
    "A shop owner visits a solar showroom after three days without grid power.",
    [o,
     t("Good afternoon, sorry about the light, three days is hard. What kind of shop is it, and what do you need to keep running when light goes?"),
     c("It's a provision store here in Ikeja. Two freezers for drinks and frozen chicken, three bulbs, and I charge customers' phones small small.", None),
     t("Two freezers is the big load. Roughly how many hours a day does the gen run now, and what are you spending on fuel in a week?"),
     c("Like 8 hours a day. Fuel is almost 35,000 naira a week now. But I'm telling you, solar people have deceived us before. The panel they sold my brother stopped charging after six months.", "bad_experience"),
     t("That's a fair worry. So: two freezers, lights, phone charging, 8 gen hours and 35k a week on fuel, and you've seen a cheap system fail. Before any price I'd like to check the freezers' wattage and your roof, and show you the warranty papers so you can check them yourself."),
     c("Hmm. How much will the whole thing cost me, roughly?", None),
     t("For two freezers, likely 1.8 to 2.4 million naira with a lithium battery. There's also a pay-monthly plan. I won't give an exact figure until I've seen the load."),
     c("Two million ke. That money is not with me now o. Let me hear the monthly one first.", "no_money"),
     t("Fine. The site visit is free. Thursday morning I'll measure, then send cash and monthly figures beside your fuel spending, and you decide. Does Thursday work?"),
     c("Thursday is okay. Come before 10, market gets busy after.", None)],
    [o,
     t("Good afternoon madam, you're welcome! Let me tell you about the experience we give. Our SunPower 5kVA hybrid is the best in Lagos: five panels, 7.5kWh lithium battery, carries AC, freezer, pumping machine, everything. Customers in Lekki are saving up to 80 percent. What matters most to you in a solar partner? And we have an app that shows your battery level."),
     c("Okay... but it's just a shop. Two freezers and...", None),
     t("Exactly, freezers, no problem, this system carries them easily. Free installation this month, five-year warranty, and our relationship doesn't end at installation. So what I'm hearing is you want reliability, and reliability is what we do. The package is 4.2 million naira, and we have financing."),
     c("4.2 million? Please, I didn't say I want 5kVA. The solar people that sold to my brother...", "too_expensive"),
     t("I understand your concern completely. That's why we use only tier-one panels, not the China-China ones your brother bought. Our customers are very satisfied, and it grows with your business success. Shall I send you the brochure on WhatsApp?"),
     c("Send it. I will look at it.", "brush_off"),
     t("Sending now! And did you know we can also install CCTV on the same system? Anything else I can help you with today?"),
     c("No. Let me go, customers are waiting for me.", "no_time")]))

# 2. monologue: trader loan, Owino market, Kampala
o = c("Hello. I sell shoes at Owino market. My friend told me you give loans to traders. I want to know the conditions.", None)
PAIRS.append(gpair(
    "b98g_kampala_microloan", "microfinance branch, Kampala", "monologue",
    "A market shoe seller asks about trader loans.",
    [o,
     t("You're welcome. Yes, we do trader loans. Before I explain conditions, tell me a bit: what would you use the money for, and how much are you thinking?"),
     c("I want to bring a bigger stock of school shoes before term starts. Maybe 3 million shillings.", None),
     t("School shoes before term makes sense, they move fast then. How do your sales go through the year? Is there a slow season when repaying would be hard?"),
     c("January and May are good. After that it goes slow, like July I sometimes sell very little.", None),
     t("So about 3 million for term stock, with sales dropping around July, when weekly repayment would hurt. We have a loan repaid monthly over six months: 3.5 percent a month on the reducing balance, plus a 2 percent processing fee."),
     c("Eh, 3.5 every month? That is a lot. The SACCO in my village charges less.", "too_expensive"),
     t("It can be less at a SACCO, true, and if they can give you 3 million in time, that may be cheaper. Our advantage is speed, about five days. I can print our total cost in shillings so you compare."),
     c("Let me first talk to the SACCO chairman and come back.", "think_it_over"),
     t("Good idea. If you come back, bring your national ID and three months of mobile money statements. Can I call you Monday to hear what the SACCO said?"),
     c("Yes, Monday is fine. Thank you, ssebo.", None)],
    [o,
     t("You're most welcome! We are the number one microfinance in Kampala for traders' success. Biashara Boost: up to 10 million, approval in 48 hours, ID, LC1 letter, a guarantor. Interest is competitive. We also have savings, insurance, school fees loans. What are your goals for your business journey?"),
     c("I just want to stock school shoes...", None),
     t("Perfect! School shoes, very good business. So Biashara Boost is exactly for you. Repayment is weekly, every Monday, our officer comes to the market. We also recommend our credit life insurance, just 1 percent. Many of our clients moved from a table to a full shop!"),
     c("Weekly? But in July I don't sell much, where will I get money every Monday...", "no_money"),
     t("Don't worry at all, our relationship is long term. Everybody's business goes up and down, the key is discipline. Let me give you the form now, you fill it, bring the guarantor Friday, and we disburse next week. Do you have any questions?"),
     c("I'll take the form home. I need to see if weekly can work.", "think_it_over"),
     t("Sure! And tell your friends in Owino about us, we give a referral bonus. Anything else?"),
     c("No. Just write your number on the form, I'll call you.", "brush_off")]))

# 3. closing_as_open_question: home fibre, Kasarani, Nairobi (typed chat)
o = c("hi am in kasarani, do you have fibre here and how much is it per month", None)
PAIRS.append(gpair(
    "b98g_nairobi_fibre", "home fibre ISP, Nairobi (chat)", "closing_as_open_question",
    "A man who works from home asks an ISP's web chat about fibre.",
    [o,
     t("Hi! Yes, we cover most of Kasarani. Which estate or road are you on, and who will be using the internet: just you, family, work from home?"),
     c("mwiki, near the stage. its me and my wife, i work from home on zoom and the kids watch youtube", None),
     t("Thanks. What are you using now, and what problems do you have with it?"),
     c("safaricom 4G router, it drops every evening. i pay 3000 a month", None),
     t("So it's the evening drops during your calls that hurt, not only speed. Our 15 Mbps is KSh 2,999 and 30 Mbps is 4,100. For Zoom plus kids on YouTube, 15 should be enough. Installation is free but there's about a week's wait in Mwiki now."),
     c("ok but a friend in roysambu says your guys take forever to fix when it goes off", "bad_experience"),
     t("That does happen sometimes, I won't pretend otherwise. Our target is 24 hours for faults, and it's month to month, no contract. I can book a free survey so a technician confirms the fibre actually reaches your building."),
     c("ok book the survey. saturday if possible", None),
     t("Booked for Saturday between 9 and 12, the technician will call first. Nothing to pay until you decide after the survey."),
     c("sawa thanks", None)],
    [o,
     t("Hi! Great choice reaching out. Which of our plans would you like to start with today, 15, 30 or 50 Mbps?"),
     c("i dont know yet, i asked the price", None),
     t("Of course! 15 is 2,999, 30 is 4,100, 50 is 5,999. What would make you feel confident enough to sign up right now?"),
     c("i need to know if it works in mwiki first. and my friend says your support is slow", "bad_experience"),
     t("Great question. So that we sort coverage quickly, how would you like to pay the 1,000 booking fee, M-Pesa or card?"),
     c("booking fee? the website says installation is free", None),
     t("Yes, it's refunded on your first bill. Which day this week works best for our team to install your new connection?"),
     c("bana i havent even agreed. let me discuss with my wife first", "think_it_over"),
     t("Totally understand. What would it take for you to say yes before the end of today?"),
     c("nothing. i'll check later", "brush_off")]))

# 4. closing_as_open_question: event hall, Ahodwo, Kumasi (phone)
o = c("Good morning. Please I am calling about your hall at Ahodwo. We are planning my daughter's engagement in March and I want to know if it is available.", None)
PAIRS.append(gpair(
    "b98g_kumasi_eventhall", "event hall, Kumasi", "closing_as_open_question",
    "A mother phones about a hall for her daughter's engagement.",
    [o,
     t("Good morning, and congratulations to your family. Which Saturday in March are you thinking of, and roughly how many guests?"),
     c("The 22nd. About 250 people, the two families and church members.", None),
     t("The 22nd is still open. For 250 you'd need the main hall; it seats 300. Will you bring your own caterer and canopies, or do you want us to arrange them?"),
     c("We have a caterer, my sister. But please tell me the full price, because the last hall we used at Adum charged hidden fees for light and cleaning.", "bad_experience"),
     t("Understood, no surprises then. The main hall is GH₵ 9,500 for the day, including light, generator fuel, cleaning and 250 chairs. The only extra is going past 10 pm. I'll write every item on the quote."),
     c("9,500. Hmm, it is a bit high. Let me discuss it with my husband tonight.", "think_it_over"),
     t("Of course. I'll WhatsApp the quote. If anyone else asks for the 22nd, I'll call you before I give it away. Can I call you Thursday?"),
     c("Yes, Thursday evening. Thank you very much.", None)],
    [o,
     t("Good morning madam, congratulations! How many guests will be celebrating this special experience with you?"),
     c("About 250, on the 22nd.", None),
     t("Lovely. So which package would you like to reserve the 22nd with today, Gold at 12,000 or Platinum at 15,500?"),
     c("Please, I haven't seen the hall yet. And the last hall we used charged hidden fees, so I want to be careful.", "bad_experience"),
     t("I completely understand. What would it take for you to secure the date with a 50 percent deposit this morning?"),
     c("Nothing will make me pay today. 12,000 is even more than what my friend paid at the Christian Village hall.", "too_expensive"),
     t("Fair enough. How soon can you send the deposit so I can block the date in our book?"),
     c("I will talk to my husband. Goodbye.", "think_it_over")]))

# 5. pitch_as_paraphrase: maize seed, agro-dealer, Eldoret
o = c("Habari. I want maize seed for the long rains. Last season my crop was very poor, I don't know if it was the seed or the rain.", None)
PAIRS.append(gpair(
    "b98g_eldoret_seed", "agro-dealer, Eldoret", "pitch_as_paraphrase",
    "A farmer buys seed after a poor maize season.",
    [o,
     t("Pole for last season. Which seed did you plant, and on how many acres?"),
     c("Four acres. I planted seed my neighbour kept from his harvest, and I used DAP at planting, no top dressing, money was finished.", None),
     t("Seed kept from a hybrid crop often gives much less, and no top dressing hurts too. Where is the farm? Some varieties do better higher up."),
     c("Near Moiben, it's high. Cold at night.", None),
     t("So four acres near Moiben, recycled seed and no top dressing last time because money ran out. For that altitude a medium-late hybrid suits you. A 2 kg packet is about KSh 650 and an acre takes around 10 kg, so seed for four acres is roughly 13,000."),
     c("13,000 just for seed! Then fertiliser also. That one is hard for me this season.", "no_money"),
     t("It's a lot. Some farmers plant certified seed on two acres and compare. And the subsidy fertiliser at the NCPB depot could free money for seed, if you're registered."),
     c("I'm registered. Okay, let me take for two acres now, 20 kg.", None),
     t("Good. Ten packets, 6,500. Keep the receipt and labels in case of a germination problem, and tell me at harvest how the two halves compare."),
     c("Sawa, I will.", None)],
    [o,
     t("Pole sana. Tell me more about your experience last season."),
     c("Four acres. I used seed my neighbour kept, and DAP only, money was finished for top dressing.", None),
     t("So what I'm hearing is you need our complete Mavuno Bora pack: hybrid seed, planting fertiliser, top dressing and foliar feed, 58,000 for four acres, is that right?"),
     c("No, I only came for seed. I didn't say I want all that.", "no_need"),
     t("I understand. So if I understand you correctly, what you really want is a guaranteed harvest, which is why premium seed plus our crop insurance at 4,000 an acre is the best fit for you, correct?"),
     c("Insurance? I never said anything about insurance. I don't have that kind of money.", "no_money"),
     t("Let me just make sure I've got it: you're looking for peace of mind, and the full pack gives you that, yes?"),
     c("I'm looking for seed, just seed. Let me go to the other shop.", None)]))

# 6. pitch_as_paraphrase: private clinic, Gwarinpa, Abuja (WhatsApp)
o = c("Good evening pls I want to ask if your clinic can do check-up for my mum. She is 68 and her BP has been high, she complains of headache.", None)
PAIRS.append(gpair(
    "b98g_abuja_clinic", "private clinic, Gwarinpa, Abuja (WhatsApp)", "pitch_as_paraphrase",
    "A son messages a clinic about his elderly mother's blood pressure.",
    [o,
     t("Good evening. Yes, we can. Is she already on any BP medicine, and when was she last seen by a doctor?"),
     c("She takes amlodipine, I think 5mg. Last saw doctor like 8 months ago in Jos before she came to stay with me in Gwarinpa.", None),
     t("Thank you. Has she had dizziness, chest pain, weakness on one side or blurred vision? If yes, please take her to emergency today, not tomorrow."),
     c("No, nothing like that. Just the headache and she is tired.", None),
     t("Okay. So she's 68, on amlodipine, not reviewed for 8 months since she left Jos, with headaches and tiredness. I'd book a doctor's consultation with a BP check, plus the kidney and urine tests doctors usually want with BP. Consultation is ₦15,000, the two tests about ₦18,000."),
     c("Ok. My HMO is Hygeia, do you take it?", None),
     t("For consultation, yes; the lab tests depend on her plan, the front desk will check with them when you come. Can you bring her tomorrow at 10, with the amlodipine packet?"),
     c("Tomorrow I'm at work, I can't bring her. Is Saturday open?", "no_time"),
     t("Saturday 9 am, yes. Bring the amlodipine packet. If the headache gets worse before then, don't wait."),
     c("Ok Saturday 9. Thank you", None)],
    [o,
     t("Good evening! We value your mum's health experience. What are her main concerns?"),
     c("High BP and headache. She takes amlodipine. Last saw doctor 8 months ago in Jos.", None),
     t("So what you need is our Senior Wellness Gold package, ₦145,000, full body screening, ECG, echo, cancer markers, did I get that right?"),
     c("Not really. I just want a doctor to see her. That's a lot of money for a check-up.", "too_expensive"),
     t("I understand. So what you're really saying is you want the best for your mum, and Gold is the most complete care, correct? We can split it into two payments."),
     c("Is a doctor going to see her or not? She doesn't need all those tests.", "no_need"),
     t("Just to confirm my understanding: you'd prefer Silver at ₦95,000 with a specialist review, yes?"),
     c("I'll take her to the general hospital. Thanks.", None)]))

# 7. upsell_as_loop_closing: cement, hardware, Lusaka
o = c("Good morning boss. I need cement for a foundation, a two-bedroom house in Chalala. How much is a pocket?", None)
PAIRS.append(gpair(
    "b98g_lusaka_cement", "hardware store, Lusaka", "upsell_as_loop_closing",
    "A man buys cement for a house foundation.",
    [o,
     t("Morning. K165 a pocket for 32.5. How big is the house, and is the builder doing strip footing with blocks up to slab level?"),
     c("It's 9 by 12 metres. Builder says strip footing, then blocks up to DPC. He told me 60 pockets.", None),
     t("For that size, 60 sounds right. Do you have sand and stones already, and will you need delivery to Chalala?"),
     c("Sand is there. Stones not yet. Delivery yes, I don't have transport.", None),
     t("So 60 pockets, sand on site, stones still needed, delivery to Chalala. Cement is K9,900. We sell 19mm stones, K4,200 for 5 tons, but the quarry may be cheaper for you. Delivery is K450."),
     c("The quarry near Chilanga is cheaper, let me get stones there. Just the cement and delivery.", "no_need"),
     t("No problem. K10,350 total, delivered tomorrow morning. Keep the pockets off the ground and covered, rain is coming."),
     c("Tomorrow is fine. I'll pay by Airtel Money.", None),
     t("Good. Here's the till number. The driver will call you from Kafue Road."),
     c("Thanks boss.", None)],
    [o,
     t("Morning! Great to have you. How many pockets do you need for your project?"),
     c("Builder says 60, for the foundation. 9 by 12 house in Chalala.", None),
     t("Sixty, noted. To make sure we've covered everything, what else can I add: DPC membrane, brickforce, waterproofing additive?"),
     c("I just need cement for now.", "no_need"),
     t("Sure. Just closing the loop: have you got your reinforcing bar? Most foundations need Y12, I can add 40 lengths."),
     c("Ah boss, I only budgeted for cement this month.", "no_money"),
     t("Understood. Anything else before I print? Wheelbarrow, spades, tarpaulin? Everything for your success in one trip."),
     c("No. Just the 60 pockets.", "no_need"),
     t("Perfect. And to close the loop on delivery, would you like premium same-day for K900 instead of standard?"),
     c("Standard. Tomorrow is fine.", None)]))

# 8. upsell_as_loop_closing: school uniforms, Accra (WhatsApp)
o = c("Good afternoon please do you have Ridge Primary uniforms? I need for my son class 3, he has grown so the old ones are short.", None)
PAIRS.append(gpair(
    "b98g_accra_uniforms", "school uniform shop, Accra (WhatsApp)", "upsell_as_loop_closing",
    "A working mother orders uniforms for her son over WhatsApp.",
    [o,
     t("Good afternoon. Yes, we have Ridge Primary. What's his age or height, and how many sets do you need?"),
     c("He's 8, tall for his age, about 1.35m. 2 sets. Sportswear he has already.", None),
     t("Size 10 should fit with room to grow. Shirt GH₵ 85, shorts GH₵ 70, two sets GH₵ 310. Can you bring him to try, or shall I send and you exchange if it doesn't fit?"),
     c("Send it please, I'm at work in Osu, I can't come. Can it reach before Monday?", None),
     t("Yes, we deliver Saturday within Accra for GH₵ 25. If the size is wrong, the rider swaps it on Monday at no charge."),
     c("Ok. 310 plus 25. I'll MoMo you.", None),
     t("Thanks. The MoMo number is on the invoice. Please send your Osu address and a number for the rider."),
     c("Sent. Thanks", None)],
    [o,
     t("Good afternoon! Great to hear from you. How many sets would you like?"),
     c("2 sets. He's 8, about 1.35m. Sportswear he has already.", None),
     t("Noted, size 10, two sets, GH₵ 310. Before we close, what else can I add for you? Many parents also take the sweater and the school bag with logo."),
     c("No the sweater from last year still fits. Just the 2 sets please", "no_need"),
     t("Okay! To make your son's experience complete, shall I add socks and the new Ridge tie? Only GH₵ 60."),
     c("Please, only the uniforms. Money is tight this term with the fees.", "no_money"),
     t("I understand. Last thing to close the loop: an extra shirt? Boys get them dirty so fast, most mums take three."),
     c("I said 2. Please just send the invoice.", None),
     t("Sure! Invoice sent. Anything else I can add to your cart today?"),
     c("No", "no_need")]))

# 9. leading_tag_questions: motorbike chain, Kigali (spoken)
o = c("Mwaramutse. My moto, the chain is making noise and it jumps when I climb Kimihurura hill. I want a new chain.", None)
PAIRS.append(gpair(
    "b98g_kigali_motoparts", "motorbike spare parts shop, Kigali", "leading_tag_questions",
    "A moto-taxi rider wants a new chain because it jumps on hills.",
    [o,
     t("Mwaramutse. A chain that jumps on hills is often the sprockets, not only the chain. Which moto is it, and how long since you changed the chain?"),
     c("TVS Apache. The chain I changed maybe 8 months. I do taxi every day, maybe 150 km a day.", None),
     t("That's a lot of kilometres. Can I look at the rear sprocket? If the teeth are hooked like waves, a new chain on old sprockets will jump again in a few weeks."),
     c("Look. But I have only 20,000 today, I cannot buy everything.", "no_money"),
     t("I see it: the rear sprocket teeth are worn, the front one too, so a chain alone won't stop the jumping. Chain and both sprockets is 27,000 francs. Chain alone is 12,000, but I think you'd be back soon."),
     c("27,000... I have 20,000. Can I pay the rest Friday?", None),
     t("We can fit the full kit now; you pay 20,000 today and 7,000 on Friday, I write it in the book with your plate number. Fitting is free."),
     c("Okay. Do it, murakoze.", None)],
    [o,
     t("Mwaramutse! You'll want our best chain, the gold DID one, won't you? It's the most reliable for a taxi man."),
     c("How much is it?", None),
     t("Only 18,000. You do many kilometres every day, don't you? So you need strong quality, right?"),
     c("Yes, 150 km a day. But my friend says the noise can be the sprocket also.", None),
     t("Your friend is not a mechanic, is he? It's the chain, surely. And you don't want to come back next week, do you?"),
     c("I don't know. 18,000 is more than the normal chain, the boys at Nyabugogo sell for 10,000.", "too_expensive"),
     t("But you'd agree those Nyabugogo chains are fake, wouldn't you? You want a genuine experience, don't you?"),
     c("Let me check at Nyabugogo first.", "think_it_over")]))

# 10. leading_tag_questions: phone for an elderly mother, Kariakoo, Dar es Salaam
o = c("Hello, I'm looking for a simple smartphone for my mother. She mostly uses WhatsApp and M-Pesa. Budget about 200,000 shillings.", None)
PAIRS.append(gpair(
    "b98g_dar_phone", "phone shop, Kariakoo, Dar es Salaam", "leading_tag_questions",
    "A woman buys a simple phone for her mother who lives alone.",
    [o,
     t("Karibu. Does she have trouble with small text, and will she use it alone or will someone help her?"),
     c("Her eyes are not good. She will use it alone, I'm in Arusha for work. She gets confused by too many buttons.", None),
     t("So big screen, big letters, simple, and she's on her own. The Tecno Spark is TSh 245,000; the Itel A70 is 185,000, same screen size, smaller camera. Either way I can set big font and put only WhatsApp and M-Pesa on the home screen."),
     c("245 is above what I have, I said 200.", "no_money"),
     t("Then the Itel, within budget. She won't miss the camera or memory. I'll set it up free, and if she struggles she can bring it here and we'll help her."),
     c("That's good. Can you put her SIM and check M-Pesa works?", None),
     t("Yes. When she comes, we'll send a small test amount of 1,000 in front of her before she leaves."),
     c("Great, I'll send my brother with her on Saturday.", None)],
    [o,
     t("Karibu! You want the best for your mother, don't you? The Samsung A35 is perfect, isn't it?"),
     c("How much is it?", None),
     t("Only 780,000. She deserves a good camera to see the grandchildren, doesn't she?"),
     c("That's far more than my budget. I said 200,000.", "no_money"),
     t("But you wouldn't want her to struggle with a slow cheap phone, would you? Quality lasts longer, right?"),
     c("She just needs WhatsApp and M-Pesa with big letters. She already struggles with buttons.", None),
     t("Exactly, so a premium phone is easier, isn't it? And you'll take the screen protector and cover too, won't you?"),
     c("Your phones are too expensive for what she needs. I'll get an Itel next door.", "too_expensive")]))
