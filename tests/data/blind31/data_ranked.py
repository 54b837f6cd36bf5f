"""Ranked pairs (hand-written). d01-d10: both sides decent, `better` clearly better.
f01-f10: the sides are identical except one fault in `worse` (shared turns are the same objects)."""
from common import c, t

PAIRS = []

# ====================================================================== d01 digs into a doubt
_o = c("Hei. The vet last week said my dog Pilvi needs her teeth cleaned and maybe two taken out, under anaesthesia. She's thirteen. I wanted to ask... is it really necessary? It's four hundred and something euros.", None)
PAIRS.append(dict(
    id="b31r_d01_vetdental_tampere",
    situation="Tampere, Finland, small-animal vet clinic, phone. The owner of a 13-year-old dog hesitates over a dental procedure under anaesthesia. Better asks what is behind the hesitation and finds the real fear; worse answers the price on the surface.",
    better=[
        _o,
        t("Hei. It's a fair thing to ask. Can I ask what worries you more, the cost or putting her under at thirteen?"),
        c("Honestly... the anaesthesia. My last dog didn't wake up properly after an operation. He was old too. I don't want that again.", "bad_experience"),
        t("I'm so sorry, that would make anyone hesitate. For older dogs we do a blood test first, to check kidneys and liver, and during the procedure she's on a drip and monitored the whole time. If the blood test shows a risk, we'll tell you and not do it. Would it help to do just the blood test first and decide after?"),
        c("Yes. That I can do. And if we don't do the teeth at all?", None),
        t("The two bad teeth are infected. That hurts her even if she doesn't show it, and the infection can affect the heart. So leaving them isn't free either. But it's your decision, and the blood test gives us both more to go on."),
        c("Okay. The blood test first. When?", None),
        t("Tomorrow morning. No food after ten tonight. The results come the same day, and Dr. Virtanen will call you herself."),
    ],
    worse=[
        _o,
        t("Hei. Dental disease is very common in older dogs, and the cleaning prevents bigger problems later. About the price, we can split it over three months if that helps."),
        c("It's not only the price. She's thirteen.", None),
        t("Yes, and at thirteen it's even more important. Infected teeth hurt and can affect the heart. Lots of thirteen-year-old dogs have the procedure without problems."),
        c("My last dog didn't wake up properly after an operation.", "bad_experience"),
        t("I'm sorry to hear that. Our anaesthesia is very safe and we monitor every patient carefully. We also do a blood test beforehand."),
        c("Okay. I need to think a bit.", "think_it_over"),
        t("Of course. Call us when you're ready, we can usually book within a week."),
    ],
))

# ====================================================================== d02 notices the real purpose
_o = c("hi, i need 2000 flyers A5, both sides color. opening a small cafe in Sangmu-dong next month. how much and how fast", None)
PAIRS.append(dict(
    id="b31r_d02_printshop_gwangju",
    situation="Gwangju, South Korea, print shop, typed chat. A first-time cafe owner orders flyers for her opening. Better asks how they will be used, spots that apartment mailboxes in the area block flyers, and serves the real goal (a busy first week); worse prints exactly what was asked.",
    better=[
        _o,
        t("Hi, congrats on the cafe! 2000 A5 double-sided is 180,000 won, 3 working days. Can I ask how you'll hand them out? It changes what paper and size I'd suggest."),
        c("put them in apartment mailboxes around here mostly and some on the street", None),
        t("Heads up: a lot of the apartment complexes in Sangmu don't allow flyers in the mailboxes, security just throws them out. What usually works better for cafes is a small card with an opening-week coupon, handed out near the subway and the offices at lunch. Is the main goal getting people in during the first week?"),
        c("yes exactly. i need the first week to be busy or i will panic lol. coupon card is smart", None),
        t("Then maybe 1000 coupon cards, business-card size, with a code so you can count how many come back, 90,000 won, and 500 flyers for shops that let you put up posters. Less money, and you'll know what worked."),
        c("i like it but honestly i spent everything on the espresso machine lol, no money left for a new design", "no_money"),
        t("No new designer needed. I'll crop your A5 design onto the card for free and send you a proof tonight. If you don't like it, we just print the flyers."),
    ],
    worse=[
        _o,
        t("Hi, congrats on the cafe! 2000 A5 double-sided is 180,000 won, 3 working days. Do you have the design ready?"),
        c("yes, i have it as pdf", None),
        t("Great. Please make sure it has 3mm bleed and is in CMYK. Would you like 150g or 200g paper? 200g feels more premium, +20,000."),
        c("150 is fine. money is tight lol, i spent everything on the espresso machine", "no_money"),
        t("No problem, 150g is our most popular. Send the PDF and I'll check it before printing."),
        c("sent. can i get them by friday? i want to put them in the apartment mailboxes on the weekend", None),
        t("Yes, Friday after 2pm. Good luck with the opening!"),
    ],
))

# ====================================================================== d03 adapts to a hurried customer
_o = c("Hi, I'm locked out of my salon on Pall Mall, the key snapped in the lock, I've got a client at nine, can you come now, please?", None)
PAIRS.append(dict(
    id="b31r_d03_locksmith_bendigo",
    situation="Bendigo (Victoria), Australia, mobile locksmith, phone at 8:40 a.m. A hairdresser has snapped her key in the shop door. Better matches her hurry with short, practical questions and spots a faster way in; worse is friendly and competent but chats, upsells and is slow.",
    better=[
        _o,
        t("Yep. Twenty minutes. Front door, glass with an aluminium frame?"),
        c("Yes, glass door, silver frame.", None),
        t("Right. I'll pull the broken key out, and if the barrel's fine you're in; if not I'll swap it on the spot. Call-out's ninety-five, a barrel's about eighty if needed. Text me the address and your name on this number."),
        c("Done. Is there anything I should try meanwhile? There's a back door off the lane.", None),
        t("If you've got that key, try it. If you're in, I'll still come and fix the front, no rush on it. Either way you can start your client."),
        c("Oh, it's on the ring! Trying now... I'm in.", None),
        t("Good. I'll be there by ten past nine to sort the front. You keep working."),
    ],
    worse=[
        _o,
        t("Oh no, that's no fun! Snapped keys happen a lot, usually with worn keys that were cut from a copy of a copy. What kind of lock is it, do you know the brand?"),
        c("I don't know, a silver one. Can you just come?", None),
        t("Sure, I'm just finishing a job in Kangaroo Flat, so about forty minutes. And while I'm there it'd be worth looking at a restricted key system for a business, it stops people copying your keys. I can bring some options."),
        c("Forty minutes? I've got a client at nine. I can't deal with key systems right now, honestly.", "no_time"),
        t("No worries. Call-out's ninety-five plus parts. Can you text me the address?"),
        c("Pall Mall, next to the bakery. Please hurry.", None),
        t("On my way as soon as I can."),
    ],
))

# ====================================================================== d04 adapts to a grieving customer
_o = c("Hello... I need flowers for my father's funeral. It's on Saturday, at the funeral hall on Linsen Road. I'm sorry, I don't really know what is normal. My mother asked me to do it.", None)
PAIRS.append(dict(
    id="b31r_d04_florist_tainan",
    situation="Tainan, Taiwan, florist, in person. A grieving son orders funeral flowers. Better slows down, takes the weight off him and finds something personal (the father's orchids); worse is polite and efficient but leads with a price menu.",
    better=[
        _o,
        t("I'm very sorry about your father. Please don't worry about what's normal, I'll help you with it. Do you know if the family is having a flower wall at the hall, or separate baskets?"),
        c("I think... the funeral company said a wall. But my mother wants something from us, the children, separate. Something he liked.", None),
        t("That's a lovely idea. Was there a flower he liked, or a colour?"),
        c("He grew orchids. On the balcony. The white ones, moth orchids. Sorry.", None),
        t("No need to be sorry. White moth orchids are right for a funeral here, and very personal. I can make an arrangement with white phalaenopsis and a ribbon with the children's names, around 4,500. I'll deliver it to the hall on Saturday morning, so you don't have to carry anything."),
        c("Thank you. That's... yes. I'll write the names for you. Can I pay by card?", None),
        t("Yes, card is fine. Take your time with the names, you can message them to me tonight or tomorrow."),
    ],
    worse=[
        _o,
        t("I'm sorry for your loss. For funerals we have three options: standard baskets at 2,800, large baskets at 4,000, and flower walls from 15,000. Which would you like?"),
        c("I don't know. The funeral company said a wall. My mother wants something separate from the children.", None),
        t("Then a large basket is very common from the children. White and yellow chrysanthemums with a ribbon, 4,000."),
        c("Okay. He liked orchids, though.", None),
        t("We can add orchids for 800 more, so 4,800 in total. Delivery to the hall on Saturday is included."),
        c("Okay. Thank you. Can I pay by card?", None),
        t("Yes. Please give me the names for the ribbon."),
    ],
))

# ====================================================================== d05 adapts to an expert
_o = c("Good morning. I'm production head at Sri Velan Knits. We need twelve five-thread overlock machines, direct-drive, for a new line. Mostly cotton-lycra jersey, 160 to 220 GSM. What can you give me and when?", None)
PAIRS.append(dict(
    id="b31r_d05_sewingmachines_tiruppur",
    situation="Tiruppur (Tamil Nadu), India, industrial sewing machine dealer, phone. An expert production head of a knitwear exporter wants twelve machines. Better talks at his level, goes after his real technical problem and offers a trial on his own floor; worse recites features and price.",
    better=[
        _o,
        t("Good morning, sir. For lycra jersey at that GSM our direct-drive five-thread with differential feed fits. But what's the garment and the speed? If it's leggings at high stitch rates, needle heat on lycra becomes the issue."),
        c("Leggings and kidswear. We run around 6,000 stitches a minute now. Skipped stitches are our main headache on the old machines.", None),
        t("Skipped stitches on lycra at 6,000 is usually needle heat and looper timing. Ours has a needle-cooler option, and the timing holds better on direct drive. I can bring one machine to your floor for a week, with your fabric and your operators. Then you decide."),
        c("A trial I like. But honestly, your price last year was higher than the Coimbatore dealer's for Juki.", "too_expensive"),
        t("Per machine it may be. Our service engineer is here in Tiruppur, same day; theirs isn't. With twelve machines on export orders, one day down costs more than the difference. But run the trial and compare the skipped-stitch rate. Numbers will settle it."),
        c("Fair. Send it Monday. Line 3.", None),
        t("Monday, line 3, with the needle cooler fitted. I'll come myself with the engineer for the setup."),
    ],
    worse=[
        _o,
        t("Good morning, sir! For twelve machines our direct-drive five-thread is excellent, very popular in Tiruppur. Energy-saving motor, automatic lubrication, LED light, very easy for operators."),
        c("I know the features. What about skipped stitches on lycra at 6,000 a minute? That's our problem on the old machines.", None),
        t("Our quality is very good, sir, skipped stitches are very rare. For twelve with stands and installation, 26 lakhs, delivery in ten days."),
        c("Your price last year was higher than the Coimbatore dealer's for Juki.", "too_expensive"),
        t("For twelve we can give two percent off, sir. And we have a local service engineer."),
        c("Email me the quotation. I'll look at it when I get time.", "brush_off"),
        t("Sure, sir, I'll email it today."),
    ],
))

# ====================================================================== d06 offers a low-risk step
_o = c("Good afternoon. We are a nine-person law firm in Poznan. Our IT man says we should use cloud backup. I am not convinced. Client files leaving our office, I see only risk. Convince me, or don't.", None)
PAIRS.append(dict(
    id="b31r_d06_cloudbackup_poznan",
    situation="Poznan, Poland, cloud backup provider, typed chat. A sceptical senior partner of a small law firm. Better asks about the current risk and offers a small trial on non-sensitive files; worse is accurate and professional but asks for a full migration and a 12-month contract.",
    better=[
        _o,
        t("Good afternoon. A fair starting point. May I ask how you back up today, and what would happen if the office server died tomorrow?"),
        c("External disk, every Friday. Our secretary takes it home. If the server died... we restore from Friday, I suppose.", None),
        t("So up to a week of work could be lost, and a disk of client files travels home in a bag. Not a criticism, it's very common. Our backup is encrypted on your server before it leaves, with a key only you hold, stored in Warsaw, EU only. But don't take my word for it: a 30-day trial on one folder of non-sensitive files, your IT man checks the encryption and does a test restore. Nothing to sign except the trial."),
        c("Hm. The trial I could live with. But what is the monthly price? Our IT budget for this year is already spent.", "no_money"),
        t("It's priced by data, not people. For a firm your size, typically 250 to 400 zloty a month. If this year's budget is gone, do the trial now and decide in January. No pressure to switch before then."),
        c("That is reasonable. Send the trial link to our IT man, Mr Nowak.", None),
        t("I'll send it to him today, with a one-page description of how the encryption works, for your file."),
    ],
    worse=[
        _o,
        t("Good afternoon. Understood, data protection is crucial for law firms. Our service is GDPR-compliant, encrypted with AES-256 and stored only in EU data centres in Warsaw."),
        c("Everyone says that. How do I know it's true?", None),
        t("We're ISO 27001 certified, and I can send you the certificate and our data processing agreement. Many law firms in Poland use us."),
        c("Hm. And the monthly price? Our IT budget for this year is already spent.", "no_money"),
        t("For your size, about 250 to 400 zloty a month. We can start next month on a 12-month contract, and we migrate everything in one weekend."),
        c("Everything in one weekend. I would have to discuss that with my partners.", "think_it_over"),
        t("Of course. I'll email the certificate, the DPA and a quote today."),
    ],
))

# ====================================================================== d07 diagnoses before recommending
_o = c("Habari. I want a bigger pump. My petrol pump is two horsepower, and the water does not reach the end of my tomato field. I think it is too small. What is the price of the five horsepower?", None)
PAIRS.append(dict(
    id="b31r_d07_irrigationpumps_morogoro",
    situation="Morogoro, Tanzania, irrigation equipment dealer, at the counter. A vegetable farmer asks for a bigger pump. Better finds the real cause (a narrow field hose) before selling anything; worse sells a pump politely and helpfully but without diagnosing.",
    better=[
        _o,
        t("Habari. The five horsepower is 1.2 million shillings. But before you spend that, let's check the pump is really the problem. Where does the water come from, river or well?"),
        c("From the river, about fifty metres. Then the field goes up a little, and it's long, maybe two hundred metres.", None),
        t("And the pipe, what size, and is it the same all the way?"),
        c("Two inch from the river, then one inch hose in the field. The two inch was expensive.", None),
        t("That's probably it. Going from two inches down to a one-inch hose over two hundred metres chokes the water. A bigger pump just pushes harder into the same small hose and burns more petrol. Changing the field line to one and a half inch costs maybe 300,000. Your pump is probably fine."),
        c("Three hundred thousand... even that I must wait until I sell the tomatoes.", "no_money"),
        t("Then change only the first hundred metres now, about 150,000. That already helps the far beds. I can come on Saturday and measure the pressure at the end, before and after, so you see the difference yourself."),
    ],
    worse=[
        _o,
        t("Habari. Yes, the five horsepower is 1.2 million, very strong, it will reach two hundred metres easily."),
        c("1.2 million. It is a lot. But the water must reach.", "too_expensive"),
        t("We also have a four horsepower, 750,000. Good for small farms, six months warranty."),
        c("750... even that I must wait until I sell the tomatoes.", "no_money"),
        t("We can do half now and half after harvest. Many farmers do that."),
        c("Okay. Maybe. What hose do I need with it?", None),
        t("Your existing hose is fine. Come by when you're ready and we'll do the form."),
    ],
))

# ====================================================================== d08 adapts to an elderly, anxious customer
_o = c("Buenas. My grandson in Spain says I need a phone for the video calls. I have this one, with the buttons. I'm eighty-two, I'm not good with these things. I don't want anything complicated.", None)
PAIRS.append(dict(
    id="b31r_d08_phoneshop_mardelplata",
    situation="Mar del Plata, Argentina, mobile phone shop, in person. An 82-year-old man wants to video-call his grandson in Spain. Better finds out exactly who he calls, sets the phone up around that, lets him try it and answers his money worry; worse is pleasant but sells a spec and leaves him to learn alone.",
    better=[
        _o,
        t("Buenas! Let's find something simple. Who would you call mostly, just your grandson, or more people?"),
        c("My grandson Tomas in Valencia, and his mother. That's all. And the doctor calls me sometimes.", None),
        t("So video to Valencia, and normal calls. Do you have wifi at home?"),
        c("My neighbour set up something, internet, yes. The password is on the fridge.", None),
        t("Good. Then a basic smartphone with big letters will do. I'd set it up here with just three big buttons on the screen: Tomas, his mother, the doctor, nothing else on the front. Around 180,000 pesos. But first, want to try one? I'll call my colleague's phone and you see if you like it."),
        c("Let me try... Oh, I can see him. But one hundred eighty thousand, with my pension, I don't know.", "no_money"),
        t("Understood. There's a refurbished one, same size, 110,000, with six months' warranty, and I'd set it up exactly the same. And you can come back any morning and I'll show you again, free."),
    ],
    worse=[
        _o,
        t("Buenas! For video calls I recommend the Samsung A15. Big screen, good camera, long battery, only 180,000 pesos."),
        c("I don't know how to use these. I'm eighty-two.", None),
        t("It's very easy, everybody learns. WhatsApp video is just one button. I can install WhatsApp for you right now."),
        c("One hundred eighty thousand, with my pension, I don't know.", "no_money"),
        t("We have six interest-free instalments with the Banco Provincia card."),
        c("Okay... And who will teach me?", None),
        t("Your grandson can show you on a video call once it's set up! It's very intuitive."),
    ],
))

# ====================================================================== d09 notices the real purpose
_o = c("hello, i need my birth certificate translated from portuguese to japanese. 1 page. how much and how long? thank you", None)
PAIRS.append(dict(
    id="b31r_d09_translation_sapporo",
    situation="Sapporo, Japan, translation agency, typed chat. A Brazilian resident asks for a one-page translation. Better asks what it is for, learns it is a spouse-visa renewal with a near deadline, and checks the immigration list for free; worse quotes correctly and delivers, but never finds out what is really at stake.",
    better=[
        _o,
        t("Hello! One page Portuguese to Japanese is 6,600 yen, normally 5 working days. May I ask what it's for? Immigration, the city office and embassies each want slightly different things on a translation."),
        c("its for immigration. spouse visa renewal. my visa ends on the 28th and my lawyer is on vacation lol", None),
        t("Thank you, that matters. For immigration the translation needs the translator's name and a signed statement, we include that. Since the 28th is close, I can do express in 2 working days for 9,900. Do they also want your marriage registration translated, or only the birth certificate?"),
        c("oh. i dont know. the list is in japanese, my wife has it. express is bit expensive no? 5 days is maybe ok", "too_expensive"),
        t("5 days means ready on the 20th, which still leaves time, if nothing else is missing. Could you send me a photo of the list? I'll check it for free, so if anything else needs translating you find out now and not on the 27th."),
        c("ok sending the photo now. thank you, i didnt think of that", None),
        t("Got it. Only the birth certificate needs translating, the rest are Japanese documents already. Normal 5 days is fine. I'll send the invoice now."),
    ],
    worse=[
        _o,
        t("Hello! One page Portuguese to Japanese is 6,600 yen, 5 working days. Express in 2 days is 9,900."),
        c("ok. its for my visa, it ends on the 28th", None),
        t("5 working days is fine then. Please send a clear scan of the certificate."),
        c("ok express is bit expensive so the normal one. sending scan", "too_expensive"),
        t("Received. I'll start today, ready on the 20th. Payment by bank transfer, please."),
        c("thank you! do i need anything else for the visa?", None),
        t("I'm afraid we can't advise on visa matters, please check with immigration."),
    ],
))

# ====================================================================== d10 digs into a doubt
_o = c("Hei. My wife wants an air-to-air heat pump, I'm not so sure. We have a wood stove and electric panels. I'm just not sure it's worth it for us.", None)
PAIRS.append(dict(
    id="b31r_d10_heatpump_trondheim",
    situation="Trondheim, Norway, heat pump installer, phone. A husband is unsure about a heat pump his wife wants. Better asks what 'not sure' means and uncovers the real worry (noise towards a neighbour he has fallen out with); worse gives correct arguments about savings and cold-climate performance that miss it.",
    better=[
        _o,
        t("Hei. Good question to ask before spending money. When you say not sure it's worth it, is it the price, whether it works in the cold here, or something else?"),
        c("Well... the price, partly. But to be honest, it's our neighbour. The outdoor unit would go on the wall towards his house, and we already had a fight about the hedge.", None),
        t("Ah. That's a real thing, outdoor units hum, and on a winter night you can hear them. Is there another wall it could go on? The back, towards the garden?"),
        c("The back wall is the bedroom. Then we hear it.", None),
        t("Modern units at night are about as loud as a fridge at a few metres, and it can stand on a ground frame out by the garden, away from the bedroom window, on rubber feet. I'd come and look, measure, and show you the noise figures for each spot. The visit costs nothing."),
        c("Okay. But honestly, maybe the wood stove is enough for us.", "no_need"),
        t("Could be. It depends on what you spend on electricity now. If you have last winter's power bills at the visit, I'll show you roughly what you'd save, and if it doesn't add up, I'll tell you."),
    ],
    worse=[
        _o,
        t("Hei. It's definitely worth it in Trondheim. A heat pump can cut heating costs by thirty to fifty percent, and modern units work down to minus twenty-five."),
        c("Hm. Maybe. It's not only that.", None),
        t("With electricity prices the last few years, most people get their money back in four to six years. And it cools in summer too."),
        c("We don't need cooling in Trondheim, ha. Honestly, maybe the wood stove is enough for us.", "no_need"),
        t("The stove is nice, but it's work, and it doesn't heat the bedrooms evenly. A heat pump keeps an even temperature all day."),
        c("Yes, yes. I'll talk to my wife again.", "think_it_over"),
        t("Good idea. I can come for a free visit and a quote, just call us."),
    ],
))

# ====================================================================== f01 argues with the customer
_o = c("Good evening. I'm sorry, but our room was not cleaned today. Same towels, the bins are full. And this morning there was no hot water. We paid for a good room.", None)
_t1 = t("Good evening. I'm sorry, you should have had a clean room. Which room are you in?")
_c2 = c("Room 6. We left at seven for the churches and came back at five.", None)
_t5 = t("The solar tank runs out early when the house is full, and that's ours to fix. Tomorrow I'll switch the electric backup on at half past five, so it's hot by six. What time do you shower?")
_c6 = c("Six. Before the sunrise at Bete Giyorgis.", None)
_t7 = t("Then it will be hot. And tonight's dinner is on us, for the trouble.")
PAIRS.append(dict(
    id="b31r_f01_guesthouse_lalibela",
    situation="Lalibela, Ethiopia, family guesthouse reception, evening. A guest complains that the room was not cleaned and the water was cold. The sides are identical except that in worse the receptionist argues that the room was done and towels are not changed daily (turn 3), and the guest pushes back.",
    better=[
        _o, _t1, _c2,
        t("Then housekeeping should have done it while you were out. I'm sorry. I'll send fresh towels up now and have the room cleaned tomorrow while you're at breakfast, or now if you'd rather."),
        c("Towels now is fine, we're tired. And the hot water?", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("Are you sure? Housekeeping marked every room as done today. And we don't change towels every day unless they're on the floor, it's to save water, it says so on the card."),
        c("I'm sure. Yesterday's banana peel is still in the bin. I'm not going to argue about a bin. Just send towels. And the hot water?", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f02 doubts the customer's honesty
_o = c("hi my electric kettle order came today and the base is cracked, water leaks when i fill it. order no 55120. i want a replacement pls", None)
_t1 = t("Hi, sorry the kettle arrived like that. Could you send a photo of the crack and of the box?")
_c2 = c("sending. box was also dented on one corner", None)
_t5 = t("From our Jaipur warehouse it's 2 days, so I'll ship the replacement from there. The courier will collect the broken one when they deliver the new one, no need to pack anything.")
_c6 = c("ok that works. thanks", None)
_t7 = t("The tracking number will come by SMS tonight. Sorry again for the trouble.")
PAIRS.append(dict(
    id="b31r_f02_electronicsshop_udaipur",
    situation="Udaipur (Rajasthan), India, online electronics store, typed chat. A kettle arrived cracked. The sides are identical except that in worse the agent suggests the customer may have damaged it herself (turn 3), and she is offended.",
    better=[
        _o, _t1, _c2,
        t("Thanks, I can see it, and the dent on the box matches, so it looks like it happened in transit. I'll send you a replacement, normally 3-4 days to Udaipur."),
        c("3-4 days? i need it, my mother makes tea many times a day lol. any faster?", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("Thanks. I have to ask, are you sure it was like this when it arrived? We do get claims where the damage happened after use. Did you use it before you noticed?"),
        c("what?? i filled it once and water came out the bottom. the box is dented, you saw the photo. why would i lie about a 1200 rupee kettle. and i need it fast, my mother makes tea all day", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f03 haggles on price at once
_o = c("Hi, I got your quote for the backyard, the retaining wall, the lawn and the deck. Eighteen thousand four hundred. It's, um, a bit more than I'd thought.", None)
_t3 = t("That makes sense. The wall's the bit that can't wait, the deck can. If we do the wall and the lawn now, you're at about thirteen-two, and the deck whenever you're ready, at the same rate.")
_c4 = c("Oh. That's actually... yeah, that's workable. Can the deck wait till next summer without the price going up?", None)
_t5 = t("I'll put the deck price in writing, held until next December.")
_c6 = c("Good. When could you start on the wall?", None)
_t7 = t("Three weeks out. I'll book you in for the Monday after Easter and drop the revised quote in your letterbox on Friday.")
PAIRS.append(dict(
    id="b31r_f03_landscaping_gisborne",
    situation="Gisborne, New Zealand, landscaping contractor, phone. A homeowner finds the quote higher than expected. The sides are identical except that in worse the contractor offers ten percent off straight away (turn 1) instead of asking what matters, and the customer is still stuck on the price.",
    better=[
        _o,
        t("Thanks for coming back to me. Can I ask what you had in mind, and which part matters most to you?"),
        c("Honestly, maybe twelve, thirteen. The wall matters most, the bank's been slipping since the cyclone and it's creeping toward the shed. The deck's more of a nice-to-have.", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    worse=[
        _o,
        t("I hear you. I can knock ten percent off, so sixteen and a half. How's that?"),
        c("Oh. Um, thanks, but that's still well over what I'd thought, more like twelve, thirteen. The wall matters most, the bank's been slipping since the cyclone. The deck's more of a nice-to-have.", "too_expensive"),
        _t3, _c4, _t5, _c6, _t7,
    ],
))

# ====================================================================== f04 gives unasked advice
_o = c("Hello. I need these trousers shortened, and the jacket sleeves also. My son's wedding is in two weeks. I bought the suit at the department store, it's too long everywhere.", None)
_t1 = t("Congratulations on the wedding! Please put the jacket on for me. Will you wear these shoes with it on the day?")
_c2 = c("Yes, these shoes. The black ones.", None)
_t5 = t("Trousers 15,000, sleeves 30,000 because of the buttons. Ready next Thursday.")
_c6 = c("Forty-five thousand for a few centimetres? The department store said they would do it free if I wait three weeks.", "too_expensive")
_t7 = t("They do, and if three weeks worked that would be cheaper. With the wedding in two weeks it won't be back in time, though. If you go with us, bring the shoes on Thursday and try it on here once more.")
PAIRS.append(dict(
    id="b31r_f04_tailor_jeonju",
    situation="Jeonju, South Korea, alterations tailor, in person. The father of the groom wants a new suit shortened. The sides are identical except that in worse the tailor volunteers that the suit's colour and fabric are wrong and he should buy another (turn 3), and the customer brushes it aside.",
    better=[
        _o, _t1, _c2,
        t("Good. I'll pin the trousers with a small break over the shoe. The sleeves... about two centimetres, so a little shirt cuff shows. Look in the mirror, like this?"),
        c("Oh, yes. That looks much better. How much is it?", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("Good. I'll pin the trousers with a small break over the shoe, sleeves about two centimetres. But honestly, sir, for the groom's father navy is more elegant than black, and this fabric is a bit shiny. If I were you I'd look for another suit."),
        c("I didn't ask about the colour. My wife chose this one. Just the sleeves and the trousers, please. How much is it?", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f05 gives no date for the fix
_o = c("Bom dia. Your man came on Monday to look at the roof. He said some tiles are broken and the flashing by the chimney. Now it's raining again and the water comes into my daughter's room. When are you coming to fix it?", None)
_t1 = t("Bom dia. I'm sorry, water in a child's room is the last thing you need. I have his report here: six broken tiles and the flashing. Is it coming in a lot, or dripping?")
_c2 = c("Dripping, but all night. I put a bucket. She sleeps in our room now.", None)
_t5 = t("Today someone can come and put a tarp over that part, this afternoon between two and four. It won't be pretty, but it should stop the dripping.")
_c6 = c("A tarp my husband can put up himself, he has a ladder. I don't want to pay a visit just for a tarp.", "no_need")
_t7 = t("There's no charge for the tarp, it's part of the job. And please, not your husband on a wet roof. Tiago will call you when he's on his way.")
PAIRS.append(dict(
    id="b31r_f05_roofrepair_joinville",
    situation="Joinville (Santa Catarina), Brazil, roofing repair firm, phone. A mother whose daughter's room leaks wants to know when the roof will be fixed. The sides are identical except that in worse the date is left open (turn 3), and the customer asks again.",
    better=[
        _o, _t1, _c2,
        t("Okay. The tiles are ordered and arrive Wednesday. The team will do the repair on Thursday morning if it's dry, and the forecast says dry from Thursday. If it rains Thursday, they come Friday. Either way I'll call you Wednesday evening to confirm."),
        c("Thursday. Okay. And until then?", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("Okay. The tiles are ordered. As soon as they're here and the weather lets us, the team will come. We'll call you."),
        c("But when? This week? Next week? My daughter is sleeping in our room. And until then?", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f06 promises what cannot be guaranteed
_o = c("Hi. I get pain on the outside of my knee when I run, after about five kilometres. I'm signed up for a half marathon in six weeks. Can you fix it in time?", None)
_t1 = t("Let's see what's going on first. When did it start, and has your training changed lately?")
_c2 = c("About three weeks ago. I went from three runs a week to five, to get ready.", None)
_t5 = t("The first session is an hour, examination and a plan, 650 kroner. I have Thursday at ten or Friday at one.")
_c6 = c("Daytime is impossible for me, I'm on the ward at the hospital all week. Is there nothing outside working hours?", "no_time")
_t7 = t("Saturday at nine, I keep a few Saturday slots for shift workers. Until then, keep your runs under five kilometres and skip the hills.")
PAIRS.append(dict(
    id="b31r_f06_physio_aalborg",
    situation="Aalborg, Denmark, physiotherapy clinic, phone. A runner with knee pain asks whether she can be fixed for a half marathon in six weeks. The sides are identical except that in worse the physio guarantees a pain-free race before examining her (turn 3), and she takes it at face value.",
    better=[
        _o, _t1, _c2,
        t("That kind of jump is a common trigger. From what you describe it could be the IT band, but I want to examine it before I say. Often with exercises and adjusting the load people do run their race. I can't promise that for you before I've looked, but six weeks is a reasonable amount of time."),
        c("Okay. I was hoping for a yes. But fair enough.", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("That kind of jump is a common trigger. It's the IT band, I see it all the time. Don't worry, I guarantee you'll run that half marathon pain-free. Six weeks is plenty."),
        c("Really? Guaranteed? Without even looking at it? Well... okay, I'll take that.", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f07 does not check the fix worked
_o = c("Hi, my EFTPOS terminal's declining every card, it says comms error. I've got a line out the door. Cafe on Brisbane Street.", None)
_t1 = t("Let's get you going. Is the terminal on wifi, or plugged into the router with a cable?")
_c2 = c("Wifi. Always has been.", None)
_t3 = t("Okay. Hold the red and yellow buttons together until it restarts, about twenty seconds. Then Menu, Settings, Wifi, and pick your network again.")
_c4 = c("Restarting... okay, it's back. I picked the network. It's showing the little bars.", None)
_t7 = t("Great. If it happens again today it's probably your router dropping out. Ring back and we'll send a backup SIM so it switches to 4G by itself.")
PAIRS.append(dict(
    id="b31r_f07_cardterminal_launceston",
    situation="Launceston (Tasmania), Australia, card payment terminal helpdesk, phone during the morning rush. The sides are identical except that in worse the agent declares it fixed without asking for a test transaction (turn 5).",
    better=[
        _o, _t1, _c2, _t3, _c4,
        t("Good. Can you run a one-dollar test purchase on your own card and tell me what it says?"),
        c("Hang on... Approved. Oh, thank god.", None),
        _t7,
    ],
    worse=[
        _o, _t1, _c2, _t3, _c4,
        t("Good, that should be it. You should be right to go."),
        c("Okay... I'll give it a go. Thanks.", None),
        _t7,
    ],
))

# ====================================================================== f08 recommends before asking
_o = c("Hi. I'm looking for a new mattress. My back hurts in the morning, and my wife says our mattress is too old. It's maybe twelve years.", None)
_t3 = t("That's really common. For the two of you, a pocket-spring mattress with two firmness zones, softer on your side and firmer on hers, could work. Our dual-zone is 32,000. Please lie down on it, on both sides.")
_c4 = c("Hmm. Thirty-two thousand is more than we planned. The ones online are twelve.", "too_expensive")
_t5 = t("Some online ones are good. The difference here is the two zones, most online mattresses have one firmness. You can lie on it here as long as you like, and there's a 60-night exchange if it doesn't suit you.")
_c6 = c("Sixty nights, that's good. I'll bring my wife on Saturday to try it.", None)
_t7 = t("Saturday's good. Come before noon, it's quieter, and I'll keep the dual-zone free for you both.")
PAIRS.append(dict(
    id="b31r_f08_mattressstore_kaohsiung",
    situation="Kaohsiung, Taiwan, mattress store, in person. A man with morning back pain wants a new mattress. The sides are identical except that in worse the salesperson recommends a firm orthopaedic mattress before asking anything (turn 1), and the customer has to correct the picture.",
    better=[
        _o,
        t("Twelve years is a good run for a mattress. Where does your back hurt, lower back or shoulders? And how do you sleep, on your side or your back?"),
        c("Lower back. I sleep on my side, my wife sleeps on her back. She likes it hard, I like it softer.", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    worse=[
        _o,
        t("Twelve years is a good run. For back pain the best is our firm orthopaedic mattress, 28,000, very popular. Please lie down on it."),
        c("Firm? I sleep on my side, I like softer. My wife is the one who likes hard. And it's my lower back that hurts.", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
))

# ====================================================================== f09 uses unexplained jargon
_o = c("hello, we are small ceramic studio in ningbo. first time export. customer in poland ordered 40 boxes of cups and plates, about 2 cubic meter. how do we send and how much?", None)
_t5 = t("Good question, and yes. For cups and plates the EU wants a lab test showing lead and cadmium are under the limit. Does your studio have one?")
_c6 = c("no. do we really need it? the customer didnt ask for any test", "no_need")
_t7 = t("Yes, otherwise customs in Poland can hold the whole shipment at the port. A lab in Ningbo does it in about a week, around 1,500 yuan. I'll send you two lab names. Start that first, then we book the shipment.")
PAIRS.append(dict(
    id="b31r_f09_freightforwarder_ningbo",
    situation="Ningbo (Zhejiang), China, freight forwarder, typed chat. A small ceramics studio exports for the first time. The sides are identical except that in worse the forwarder speaks in unexplained trade terms (LCL, CFS, ETD, Incoterm, THC; turns 1 and 3) and the customer is lost.",
    better=[
        _o,
        t("Hello! Congratulations on the first export. 2 cubic metres is too small for a whole container, so it goes in a shared container with other people's goods. Sea to Gdansk is about 35-40 days. Did your customer agree who pays the transport, you or them?"),
        c("they said we pay until the ship, they pay after. is that normal?", None),
        t("Yes, very normal. It's called FOB: you pay transport to Ningbo port and the export paperwork, and from the moment it's on the ship the cost and the risk are the customer's. For you that's around 1,800 yuan, for pickup, export declaration and port fees."),
        c("ok. and do we need special paper for ceramics? for cups people drink from?", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o,
        t("Hello! Congratulations. For 2 CBM you'd go LCL, CFS to CFS, weekly ETD from Ningbo, ETA Gdansk around 35-40 days. Which Incoterm did you agree, FOB, CIF or DAP?"),
        c("sorry i dont understand these words. customer said we pay until the ship, they pay after", None),
        t("Right, so that's FOB. You cover pre-carriage, export customs clearance and origin THC. For you that's around 1,800 yuan."),
        c("ok... i dont know what is THC but ok. and do we need special paper for ceramics? for cups people drink from?", None),
        _t5, _c6, _t7,
    ],
))

# ====================================================================== f10 makes it about themselves
_o = c("dzien dobry, i need to board my dog for 8 days from 3 march, i have surgery. she is a beagle, 10 yrs, very anxious with strangers. is that possible? i am nervous about leaving her", None)
_t1 = t("Dzien dobry! Yes, we can. Sorry you have surgery, I hope it goes well. Can I ask how her anxiety shows, barking, not eating, hiding?")
_c2 = c("she stops eating the first days. and she howls at night if she is alone", None)
_t5 = t("8 days is 560 zl, the visit is free. If she hasn't eaten by day two, we'll call the contact person you give us and try her favourite food.")
_c6 = c("my sister Ania can be the contact. ok i want to book", None)
_t7 = t("Booked: 3 to 11 March. Visit on Saturday 24 February at 11, does that work? I'll email you the contact form for Ania today.")
PAIRS.append(dict(
    id="b31r_f10_dogkennel_katowice",
    situation="Katowice, Poland, dog boarding kennel, typed chat. A woman going into hospital needs to board her anxious old beagle. The sides are identical except that in worse the staff member turns the conversation to her own dog's howling (turn 3), and the worried customer is put off.",
    better=[
        _o, _t1, _c2,
        t("Thanks, that helps. At night we can put her in the room next to the staff room so she's not alone, and you can bring her own blanket and food. Would a short visit before the 3rd help, an hour here with you, so the place smells familiar?"),
        c("yes good idea. how much is 8 days? i also have to pay hospital things", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("Oh, I know that one so well, my own beagle Bruno howled every night for a year, the neighbours wrote to the building manager about us, haha. Beagles! Anyway, at night we can put her next to the staff room and you can bring her blanket and food. Would a short visit before the 3rd help?"),
        c("maybe. sorry i am not in the mood for funny stories, i am worried. how much is 8 days? i also have to pay hospital things", None),
        _t5, _c6, _t7,
    ],
))
