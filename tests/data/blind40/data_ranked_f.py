"""Ranked pairs f01-f10: the two sides share their turns (same variables) except ONE fault in `worse`.
Written by hand; the customer's next line reacts to the fault."""
from common import c, rpair, t

PAIRS = []

# f01 -- worse ARGUES with the customer. Takoradi, typed
o = c("hello pls my 10GB bundle i bought on monday is finished already. i didnt even use much, only "
      "whatsapp. something is wrong", None)
t1 = t("Hello, sorry about that. Let me check your usage for this week. Can you confirm the number please?")
c2 = c("0244 xxx 319", None)
t5 = t("A big phone system update can be 3 to 5 GB, some apps more. I'm adding 2 GB free as goodwill. To stop "
       "it happening again: Settings > Software update > turn off 'auto download over mobile data'.")
PAIRS.append(rpair(
    "b40r_f01_takoradi_data",
    "A customer in Takoradi (Ghana) writes to her mobile operator's chat because a data bundle bought two "
    "days ago is already used up. Typed chat.",
    [o, t1, c2,
     t("Thanks. I see 8.6 GB went on Tuesday night between 1 and 4 am, mostly one big download. That's often "
       "the phone updating itself on mobile data while you sleep. Could that be it?"),
     c("ooh maybe. my phone updates at night sometimes. but 8 gig?", None),
     t5,
     c("ok i will turn it off. thanks for the 2gb 🙏", None)],
    [o, t1, c2,
     t("Thanks. I see 8.6 GB used on Tuesday night between 1 and 4 am. So you did use it, the system doesn't "
       "make mistakes. WhatsApp alone can finish 10 GB easily if you watch videos."),
     c("i was SLEEPING at 1am. im not lying, i didnt watch anything. you people always say the system is "
       "right", None),
     t5,
     c("ok. but you could have said that first instead of saying i watched videos", None)]))

# f02 -- worse DOUBTS THE CUSTOMER'S HONESTY. Bouaké, spoken
o = c("Bonjour madame. I bought this blender here last Saturday, here is the receipt. Yesterday I was making "
      "gnamakoudji, the ginger juice, and it stopped, and now there's a burning smell. It doesn't turn.", None)
t1 = t("Bonjour. Sorry about that. Let me look... yes, bought on the 8th, still under the one-year warranty. "
       "What was inside when it stopped?")
c2 = c("Ginger, cut in pieces, with water. Maybe one kilo. I do this every week with my old blender, no "
       "problem.", None)
t5 = t("I'll exchange it today. For ginger every week, though, this 600-watt model handles it much better, "
       "6,000 francs more. Or the same model again at no cost, your choice.")
c6 = c("The same model is fine. I don't have 6,000 extra this month.", "no_money")
PAIRS.append(rpair(
    "b40r_f02_bouake_blender",
    "A woman brings a week-old blender back to an appliance shop in Bouaké (Ivory Coast) after it stopped "
    "with a burning smell. Spoken, at the counter.",
    [o, t1, c2,
     t("One kilo of ginger is heavy for this model, the motor is 350 watts, but it should cut out before it "
       "burns. That's a defect, not something you did."),
     c("Ah, thank you. I was afraid you would say it's my fault.", None),
     t5, c6],
    [o, t1, c2,
     t("One kilo of ginger? Are you sure you didn't put ice, or run it without water? People bring back "
       "blenders they broke at home and say it just stopped."),
     c("Madame, I'm telling you what happened. Why would I lie for a blender of 18,000 francs?", None),
     t5, c6]))

# f03 -- worse HAGGLES ON PRICE AT ONCE. Kutaisi, spoken, B2B
o = c("Gamarjoba. I have a small family marani near Kutaisi, we make Tsolikouri and Otskhanuri Sapere, about "
      "4,000 bottles this year. I need labels, nice ones, for restaurants in Tbilisi. How much?", None)
t1 = t("Gamarjoba, and congratulations on the vintage. For 4,000 labels, one design, two colours plus gold "
       "foil, on textured wine paper that survives an ice bucket: 0.45 lari a label, 1,800 in total, design "
       "included.")
c2 = c("1,800... my neighbour printed at a shop in Tbilisi for 0.30.", "too_expensive")
c6 = c("March, after the bottling. I'll send you my ideas for the design next week.", None)
PAIRS.append(rpair(
    "b40r_f03_kutaisi_labels",
    "A small winemaker from near Kutaisi (Georgia) asks a print shop for a price on wine labels for "
    "restaurant sales. Spoken, in the shop, B2B.",
    [o, t1, c2,
     t("Could be. Do you know what paper he used? Plain paper is cheaper, but in an ice bucket it peels and "
       "goes soft within an hour, and in a restaurant that's where your Tsolikouri sits. Want to see both? I "
       "have samples here."),
     c("Show me... ah, yes, the plain one is already wrinkled from my hand. Okay, the textured.", None),
     t("Good. When do you need them? We need two weeks after you approve the design."),
     c6],
    [o, t1, c2,
     t("Okay, okay, for you 0.38. No, let's say 0.35, final, 1,400 total. Deal?"),
     c("Hm, so the first price was just air? Then maybe 0.30 is possible too.", "too_expensive"),
     t("No, 0.35 is really the limit, below that I lose money. When do you need them? We need two weeks "
       "after you approve the design."),
     c6]))

# f04 -- worse gives UNASKED ADVICE / A LECTURE. Jerusalem, spoken
o = c("Shalom. My e-bike battery, it used to do 60 km, now at 25 it's finished. I do deliveries for Wolt, I "
      "need it the full day. What can you do?", None)
t1 = t("Shalom. How old is the battery, and how do you charge it, every night from empty?")
c2 = c("Two years. Yes, every night, from zero to full. Sometimes it stays in the cold on the balcony.", None)
t5 = t("There's a rebuilt option: we put new cells in your own battery case, 950, one-year warranty, ready "
       "tomorrow morning.")
c6 = c("Tomorrow morning is okay, today I use my old bike. Do it.", None)
PAIRS.append(rpair(
    "b40r_f04_jerusalem_ebike",
    "A food-delivery courier brings his e-bike to a bike shop in Jerusalem (Israel) because the battery no "
    "longer lasts a working day. Spoken, in the shop.",
    [o, t1, c2,
     t("Two years of full cycles every day, that's normal wear. A new 48-volt 17 Ah battery is 1,650 "
       "shekels, fitted today."),
     c("1,650, ouch. You have nothing for less?", "too_expensive"),
     t5, c6],
    [o, t1, c2,
     t("Two years of full cycles every day, that's normal wear. But let me tell you, achi, you shouldn't do "
       "deliveries without a helmet like you came in, and the way you guys ride on the sidewalks in this city "
       "is dangerous for everybody. A new 48-volt 17 Ah battery is 1,650 shekels, fitted today."),
     c("Achi, I came for a battery, not a lesson. 1,650, is there something cheaper or not?", "too_expensive"),
     t5, c6]))

# f05 -- worse gives NO DATE FOR THE FIX. Jackson, typed
o = c("hey yall my internet been out since saturday. i work from home, customer service job, i cant log in. "
      "whats going on", None)
t1 = t("Hi, I'm really sorry, three days is a long time when you work from home. Can you confirm the service "
       "address for me?")
c2 = c("1420 lakeland dr apt 6B jackson", None)
PAIRS.append(rpair(
    "b40r_f05_jackson_outage",
    "A remote customer-service worker in Jackson, Mississippi (US South) contacts her internet provider's "
    "chat after three days without service. Typed chat.",
    [o, t1, c2,
     t("Thank you. A line box on your street was damaged in Friday night's storm. A crew is scheduled "
       "Wednesday between 8 am and noon, and service should be back by 2 pm Wednesday. I'm crediting you for "
       "the days out, and I'll text you if that slips."),
     c("wednesday by 2. ok i can tell my supervisor that. can i get a hotspot till then?", None),
     t("Yes, I'm shipping you a mobile hotspot free until it's fixed; it arrives tomorrow."),
     c("ok thank you for the straight answer", None)],
    [o, t1, c2,
     t("Thank you. A line box on your street was damaged in Friday night's storm. Our technicians are working "
       "on it and service will be restored as soon as possible. I'm crediting you for the days out."),
     c("as soon as possible WHEN?? i have to tell my supervisor something, i cant just say soon", None),
     t("I understand. I'm shipping you a mobile hotspot free until it's fixed; it arrives tomorrow."),
     c("ok send it. but if its still out next week im switching providers", None)]))

# f06 -- worse PROMISES WHAT CAN'T BE GUARANTEED. Thiès, spoken
o = c("Salamaleikum. My sister is getting married in Lyon in June. I want the visa for France, me and my wife. "
      "Last year they refused me, I don't know why. Can you help us this time?", None)
t1 = t("Malekum salam. Yes, we prepare the file and book the appointment at the visa centre in Dakar. Do you "
       "have last year's refusal letter? It shows which reason they ticked.")
c2 = c("Yes, I have it. It says... 'justification of the purpose and conditions of stay was not provided'.", None)
t3 = t("That usually means the invitation or the accommodation proof was weak. This time we add your sister's "
       "official invitation with her residence card, the wedding date from the mairie, three months of bank "
       "statements and your work attestation.")
c4 = c("And your fees, how much?", None)
PAIRS.append(rpair(
    "b40r_f06_thies_visa",
    "A man in Thiès (Senegal), refused a visa once before, asks a travel and visa agency to help him and his "
    "wife apply again for a family wedding in France. Spoken, in the agency.",
    [o, t1, c2, t3, c4,
     t("Our service is 50,000 francs per person, plus the visa fee, 80 euros each. I can't promise the result, "
       "the consulate decides, but a complete file answers the reason they gave last time. Buy only "
       "refundable tickets until you have the visas."),
     c("Okay. Refundable tickets, noted. We start the file.", None)],
    [o, t1, c2, t3, c4,
     t("Our service is 50,000 francs per person, plus the visa fee, 80 euros each. And with us it's 100%, I "
       "guarantee you'll get the visas, we know people there. You can book your flights."),
     c("Guaranteed? Wallahi? Then I buy the tickets tomorrow, the cheap ones, non-refundable.", None)]))

# f07 -- worse DOESN'T CHECK THE FIX WORKED. Gyumri, typed
o = c("barev, bank app says 'device not recognised' and doesnt let me log in. i changed phone yesterday. i "
      "need to pay my mother's gas bill today", None)
t1 = t("Barev dzez. After a phone change the app must be linked to the new device. Open the app, tap 'New "
       "device', enter your card number, and we send an SMS code.")
c2 = c("i did. no SMS came", None)
t3 = t("Your phone number in our system ends in 51. Is that still your number?")
c4 = c("no!! i changed number too, 2 months ago. new one ends 87", None)
t7_tail = ("For today, pay the gas bill without logging in: on our website, 'Quick payments', only your card "
           "number and your mother's gas account number. Tomorrow the app will work.")
PAIRS.append(rpair(
    "b40r_f07_gyumri_bankapp",
    "A customer in Gyumri (Armenia) who changed phone cannot log in to her banking app and needs to pay a "
    "bill today. Typed chat.",
    [o, t1, c2, t3, c4,
     t("That's why. I've emailed you a video-verification link, 3 minutes with your passport; it updates the "
       "number so the SMS can come. Please do it now and try logging in again while I'm here, tell me what "
       "you see."),
     c("done the video. now it says 'number update in progress, try again in 24 hours'. but i need to pay "
       "today", None),
     t("Okay, good that we checked. " + t7_tail)],
    [o, t1, c2, t3, c4,
     t("That's why. I've emailed you a video-verification link, 3 minutes with your passport; it updates the "
       "number so the SMS can come. That solves it. Thank you for contacting us, have a nice day!"),
     c("hello?? did the video, now it says 'number update in progress, try in 24 hours'. you said its "
       "solved. i need to pay today", None),
     t("Sorry about that. " + t7_tail)]))

# f08 -- worse RECOMMENDS BEFORE ASKING. Al Khor, typed, B2B
o = c("Good morning. We are an engineering office in Al Khor, about 40 staff. We want a proper coffee machine "
      "for the office, the capsule one in the pantry is not enough anymore. What do you suggest?", None)
c_ans = c("Maybe 120 cups a day. Mostly americano and cappuccino, and the site engineers drink karak. No water "
          "line, we use 5-gallon bottles.", None)
t_rec = t("Thanks, that helps. Without a water line the plumbed machines are out. For 120 cups of americano "
          "and cappuccino, a Jura X8 with its own tank does it: 14,500 QAR, or lease at 420 a month, fine with "
          "bottled water. For the karak drinkers, a separate hot-water and tea dispenser, 900.")
c_fin = c("14,500 is within budget. I need our finance manager to approve, though.", "think_it_over")
PAIRS.append(rpair(
    "b40r_f08_alkhor_coffee",
    "The office manager of a 40-person engineering firm in Al Khor (Qatar) asks a coffee-equipment "
    "supplier by chat what machine to get. Typed chat, B2B.",
    [o,
     t("Good morning! Happy to help. A few questions first: roughly how many cups a day, do people drink "
       "mostly espresso-type or milk drinks, and is there a water line in the pantry or only bottles?"),
     c_ans, t_rec, c_fin,
     t("Of course. I'll send a one-page buy-versus-lease comparison, and we can put the Jura in your pantry "
       "for a one-week trial before anything is signed."),
     c("A trial is good. Send me the comparison today please.", None)],
    [o,
     t("Good morning! For 40 staff I recommend the Franke A600: bean-to-cup, automatic milk system, 20 drinks, "
       "touchscreen. 38,000 QAR, or lease at 1,100 per month."),
     c("38,000?? That's far above what we planned. And we don't even have a water line in the pantry, only "
       "bottled water.", "too_expensive"),
     t("Ah, okay. Let me ask a few questions then: roughly how many cups a day, and what do people drink?"),
     c_ans, t_rec, c_fin]))

# f09 -- worse uses UNEXPLAINED JARGON. Trois-Rivières, spoken
o = c("Bonjour. My mortgage renewal, the letter came. It says I must choose, fixed or variable, and one, "
      "three, five years. My husband always did this, he passed in the winter. I don't know what to choose.", None)
t1 = t("Bonjour Madame Lafrenière. I'm sorry about your husband. We'll go through it together, no rush. Your "
       "balance is 86,000 dollars and about twelve years are left to pay.")
c2 = c("Okay. Twelve years. I'd like it finished sooner if possible, but the payment can't go up much, I'm "
       "alone on my pension now.", None)
t5 = t("I'll prepare the renewal papers for the 3-year fixed. Take them home and read them before signing, "
       "there's no rush; the deadline is in five weeks.")
PAIRS.append(rpair(
    "b40r_f09_troisrivieres_mortgage",
    "A recently widowed retiree in Trois-Rivières (Quebec) comes to her credit union to renew the mortgage "
    "her husband used to handle. Spoken, in the branch.",
    [o, t1, c2,
     t("Then here's the main choice. Fixed means the rate, and so your payment, stays the same for the whole "
       "term, no surprises. Variable follows the Bank of Canada: a bit lower today, 5.2% against 5.6% fixed, "
       "but the payment can go up. On a pension I'd lean to fixed, three years. And each year you can pay up "
       "to 15% extra without a penalty, when you can, to finish sooner."),
     c("Fixed, three years, and extra when I can without a penalty. Okay, that I understand. Fixed.", None),
     t5,
     c("Merci. You explained it well, better than the letter.", None)],
    [o, t1, c2,
     t("Then here's the main choice. Your options are a 3- or 5-year fixed at 5.6%, or variable at prime minus "
       "0.9. With the fixed you keep your amortization, you have 15% annual prepayment privileges, and beyond "
       "that an IRD penalty applies. On a pension I'd lean to fixed, three years."),
     c("Excusez-moi... prime minus, IRD, amortization... I don't understand any of this. My husband "
       "understood.", None),
     t5,
     c("I'll take them home... I'll ask my son to read them with me first.", "think_it_over")]))

# f10 -- worse TALKS ABOUT THEMSELVES instead of the next step. Bamenda, spoken
o = c("Good morning sir. I want to open a savings account, for my children school fees. September is always "
      "hard, I want to start putting small small every month.", None)
t1 = t("Good morning, madam, you're welcome. That's a wise plan. How many children, and roughly how much "
       "could you put aside each month?")
c2 = c("Three children. Maybe 20,000 a month, some months less. I'm a nurse at the regional hospital, salary "
       "comes end of month.", None)
PAIRS.append(rpair(
    "b40r_f10_bamenda_savings",
    "A nurse comes to a credit union in Bamenda (Cameroon) to open a savings account for her children's "
    "school fees. Spoken, at the desk.",
    [o, t1, c2,
     t("Then our school-fees plan fits: you choose the amount, we take it from your salary automatically at "
       "month end, and it's locked until August so you're not tempted. To open today: ID card, one passport "
       "photo and 5,000 francs opening deposit. Do you have those with you?"),
     c("ID card I have. The photo, no. Can I bring it tomorrow?", None),
     t("Yes. We open it today with the ID and the deposit, and you bring the photo tomorrow; I'll keep the "
       "file ready."),
     c("Good. Let me pay the 5,000 now.", None)],
    [o, t1, c2,
     t("Ah, three children, like me! Mine are at Sacred Heart and Saker, and I tell you, every September I "
       "used to borrow, until I started saving. My wife and I sat down one Christmas and said, enough. Now "
       "I'm even thinking of sending the first one to Buea for university. It's not easy being a parent in "
       "this country, eh."),
     c("Yes, it's not easy... So what do I need to do to open it?", None),
     t("Oh yes! ID card, one passport photo and 5,000 francs opening deposit. We take the amount from your "
       "salary at month end and it's locked until August."),
     c("ID I have, photo no. I'll come back another day, I must go for my shift now.", "no_time")]))
