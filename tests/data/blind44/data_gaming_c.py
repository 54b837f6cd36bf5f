"""Gaming pairs 21-30 (blind44), written by hand."""
from common import t, c, gpair

PAIRS = []

# 21. ignored_customer - mobile operator shop, Skopje, North Macedonia (spoken, young man emigrating)
o = c("Zdravo. I'm moving to Germany for work in, like, two months. I want to keep my Macedonian number because the bank "
      "sends the codes to it. What's the cheapest way? I don't want a long contract.", None)
PAIRS.append(gpair(
    "b44g_skopje_sim", "mobile operator shop, Skopje, North Macedonia", "ignored_customer",
    "A young man leaving for a job in Germany visits his mobile operator's shop in Skopje to keep his number alive "
    "cheaply for bank SMS codes.",
    [o,
     t("Zdravo. Then prepaid is your friend. You keep the number, receiving SMS in roaming is free, so the bank codes reach "
       "you in Germany at no cost. You only need to top up at least once a year so the number stays active."),
     c("Once a year? That's it? But I have a contract now, twenty-four months, until... March, I think.", None),
     t("Let me check... yes, it ends the third of March. Leaving in two months means an early exit fee of about 1,800 "
       "denars. Or you keep the contract till March and switch to prepaid online from Germany. Which is easier for you?"),
     c("Eighteen hundred is fine, I don't want the headache from abroad. Let's switch now.", None),
     t("Okay. I'll need your ID card. And top-ups work online with a foreign card — I'll write the link down for you."),
     c("Super, thanks. That's exactly what I needed.", None)],
    [o,
     t("Zdravo! Great news, we've got a fantastic new 24-month plan, 100 GB and a free phone. What's important to you in a plan?"),
     c("I said, I'm moving to Germany. I don't want twenty-four months.", "no_need"),
     t("Absolutely, I hear you. This plan also has unlimited calls inside Macedonia, perfect for your needs. And the phone "
       "is the Galaxy A55 — black or blue?"),
     c("I won't be in Macedonia to call anybody. I need only the bank SMS.", "no_need"),
     t("Understood! Anything else I can help with, or shall I go ahead with the contract so you can enjoy our network "
       "experience?"),
     c("No. Forget it, I'll ask in the other shop.", None)]))

# 22. ignored_customer - booking software, San José, Costa Rica (B2B, typed, eco-lodge owner)
o = c("hola, we have an eco lodge in Monteverde, 9 cabins. internet is satellite and goes down when it rains (which is a "
      "lot lol). we had 3 double bookings last month between booking.com and expedia. does your system work offline?", None)
PAIRS.append(gpair(
    "b44g_costarica_pms", "hotel booking software vendor, San José, Costa Rica (B2B)", "ignored_customer",
    "The owner of a nine-cabin eco-lodge in Monteverde, with unreliable satellite internet and recent double bookings, "
    "messages a booking software company's sales chat.",
    [o,
     t("Hola! Three double bookings in a month is painful — sorry. Honest answer: the channel sync needs internet, because "
       "Booking and Expedia have to receive the update. What we do is keep availability on the front-desk tablet offline "
       "and push changes the moment the signal returns, usually within a minute. How long does your connection usually drop?"),
     c("sometimes 20 min, sometimes half a day in october 😩", None),
     t("Half a day is the risk. For that we set a buffer: if the connection is gone for more than 30 minutes, the system "
       "closes your last free cabin on the online agencies automatically, so you can't be double-booked. You might lose one "
       "sale instead of having two guests for one cabin. Would that work for you?"),
     c("yes!! thats smart. what does it cost for 9 cabins", None),
     t("$89 USD a month, no setup fee, cancel any month. I can give you 30 days free so you can test it through the October rains."),
     c("ok lets do the trial. can you call me tomorrow to set it up? afternoon is better", None)],
    [o,
     t("Hola! Thanks for reaching out 😊 Our platform is the #1 choice for boutique hotels in Costa Rica! Revenue "
       "management, a guest app and a beautiful booking engine. What are your goals for this season?"),
     c("ok but the offline question? thats my main problem", None),
     t("Great question! We also integrate with over 200 channels, and our AI pricing tool lifts revenue by up to 30%. "
       "Would you like to book a demo?"),
     c("i dont need ai pricing i need to not double book. honestly ill stay with my spreadsheet", "no_need"),
     t("I totally understand your needs! Our clients love their experience with us. Which day is good for a demo, "
       "Tuesday or Wednesday?"),
     c("neither, its high season here, i have no time for demos", "no_time")]))

# 23. repeated_questions - money transfer agency, Port-au-Prince, Haiti (spoken, older man, expired ID)
o = c("Bonjou. My son in Miami sent me money yesterday, he gave me the code, here, I wrote it. Eight-seven-four, "
      "two-two-nine, zero-one-six. My name is Jean-Robert Pierre, same like on the transfer.", None)
PAIRS.append(gpair(
    "b44g_pap_pickup", "money transfer agency, Port-au-Prince, Haiti", "repeated_questions",
    "An older man comes to a money transfer counter in Port-au-Prince to collect money his son sent from Miami; he has "
    "the code written on paper.",
    [o,
     t("Bonjou, Monsieur Pierre. Thank you, I have it — 874 229 016, from Wilner Pierre, two hundred US dollars. I just need "
       "to see your ID card."),
     c("Here. The CIN... ah, it is expired, since last year. The office for the new one is always closed.", None),
     t("I see. With an expired card I'm not allowed to pay out, I'm sorry — but there's another way. If your son adds a "
       "security question to the transfer on his app, I can pay you with the answer and the expired card. It takes him "
       "five minutes."),
     c("He is at work now, he cannot call until the evening.", None),
     t("That's fine, the money is safe here. Once he adds the question tonight, come back tomorrow any time after eight "
       "and come to my window — I'll remember you."),
     c("Okay. Mèsi anpil, you explained it well.", None)],
    [o,
     t("Bonjou! Welcome, we value your experience. What is the transfer code?"),
     c("The code — I just said it. Eight-seven-four, two-two-nine, zero-one-six.", None),
     t("Thank you. And who is the sender?"),
     c("My son, Wilner Pierre, in Miami.", None),
     t("And your name please, monsieur? I want to be sure I understand you correctly."),
     c("Jean-Robert Pierre. I said already. Same like the transfer.", None),
     t("Perfect. And the code again, just to confirm?"),
     c("Mezanmi! Eight-seven-four... you are writing or no? I will come back when there is somebody else.", None)]))

# 24. repeated_questions - farm equipment parts, Summerside, PEI (B2B, spoken, potato farmer mid-harvest)
o = c("Yeah, it's Marcel Gallant from out Tignish way. The main elevator chain on my Grimme harvester let go this morning, "
      "we're halfway through the field. It's an SE 150-60, serial's 2014-0382. I need it yesterday, bud.", None)
PAIRS.append(gpair(
    "b44g_pei_harvester", "farm equipment parts dealer, Summerside, Prince Edward Island (B2B)", "repeated_questions",
    "A potato farmer phones his parts dealer in Summerside after the elevator chain on his harvester broke in the middle "
    "of harvest; he gives model and serial number at once.",
    [o,
     t("Ugh, bad time for it. SE 150-60, 2014-0382 — one sec... main elevator web, 40 mil pitch. We've got one here in "
       "Summerside. You want to come get it or wait for the truck?"),
     c("Truck doesn't come up till Thursday, eh? I'll send my boy down. How much?", None),
     t("It's $3,480 plus tax. I'll have it on the counter with connector links and I'll throw in the pins — the old ones "
       "are usually worn too. What's your son's name so the counter knows?"),
     c("Jacob. He'll be there in an hour and a bit.", None),
     t("Perfect, I'll let them know. If it's not running right once it's on, call me direct — here's my cell.")],
    [o,
     t("Hi Marcel, thanks for reaching out, we really value the relationship. What's the make of the harvester?"),
     c("Grimme. Like I said.", None),
     t("Great. And which model are we talking about?"),
     c("SE 150-60. Serial's 2014-0382. I told you all that already.", None),
     t("Awesome, so just to confirm I've understood your needs: it's a Grimme? And which part is giving you trouble?"),
     c("The elevator chain! Look, I'm not doing twenty questions with the field sitting there. I'll call Charlottetown.", None)]))

# 25. wrong_paraphrase - AC repair, Kuwait City, Kuwait (typed, elderly mother in the heat)
o = c("salam alaikum, the split AC in my mothers room is blowing air but not cold. its 48 outside and she is 80 years old. "
      "can you send a technician TODAY please, Salmiya block 10", None)
PAIRS.append(gpair(
    "b44g_kuwait_ac", "air-conditioning repair company chat, Kuwait City, Kuwait", "wrong_paraphrase",
    "A man in Salmiya messages an AC repair company's chat during a 48-degree day because the unit in his elderly "
    "mother's room has stopped cooling.",
    [o,
     t("Wa alaikum assalam. Understood, that's urgent with your mother. I have a technician in Hawalli who can reach "
       "Salmiya between 2 and 4 pm today. Is the outdoor unit making noise, or is it silent?"),
     c("i think its silent. the fan outside not moving", None),
     t("Then it's most likely the capacitor or the outdoor fan motor, usually fixed in the same visit. The visit is 10 KD "
       "and the part about 8–15 KD; he'll tell you before he changes anything. Meanwhile, keep your mother in a room "
       "where the AC works if you can."),
     c("ok she can stay in living room. please 2pm. block 10 street 12 house 7", None),
     t("Booked: block 10, street 12, house 7, 2–4 pm. The technician, Rajesh, will call you 30 minutes before."),
     c("thank you 🙏", None)],
    [o,
     t("Wa alaikum assalam! So what I'm hearing is that you'd like to upgrade to a newer, more efficient AC before the "
       "peak of summer. Is that a fair summary of your needs?"),
     c("no!! its broken NOW. i need repair today", None),
     t("Got it — so you'd like to schedule annual maintenance for your units next month. We have a great package at 45 KD!"),
     c("not maintenance. my mother is in a hot room. no cold air. TODAY", None),
     t("Thank you for clarifying! So your main need is better air quality in your mother's room — our air purifiers are "
       "on special this week."),
     c("are you even reading what i write. calling another company", None)]))

# 26. wrong_paraphrase - optician, Split, Croatia (spoken, retired man)
o = c("Dobar dan. I cannot read anymore the small letters — the newspaper, the boxes from my pills. These glasses I have "
      "are for driving, for far they are good. For near, nothing works.", None)
PAIRS.append(gpair(
    "b44g_split_optician", "optician, Split, Croatia", "wrong_paraphrase",
    "A retired man walks into an optician's in Split because he can no longer read newspaper print or the labels on his "
    "medicine; his current glasses are for driving.",
    [o,
     t("Dobar dan. That's very common and easy to help. How old are the driving glasses — when were your eyes last tested?"),
     c("Oh... maybe four years. My daughter bought them in Zagreb.", None),
     t("Then I'd do a short test first, fifteen minutes, free, so the reading strength is right. After that you can have "
       "simple reading glasses, from fifty euro, or varifocals that do far and near in one pair."),
     c("Two pairs is fine, I am used to it. Simple for reading. We do the test now?", None),
     t("Yes, come, the room is free. Bring your pill box — we'll check you can read it with the new lenses before you leave."),
     c("Good idea. Here, take it.", None)],
    [o,
     t("Dobar dan! So what I'm hearing is that your driving glasses aren't strong enough any more and you need a new "
       "distance prescription. Is that right?"),
     c("No, for far is good. For near. Reading.", None),
     t("Understood, so you're looking for prescription sunglasses for summer driving. We have Ray-Ban at twenty percent off."),
     c("Sunglasses? No, I don't need sunglasses. I want to read my pills.", "no_need"),
     t("Perfect, so if I've got it right, you'd like contact lenses so you don't need glasses at all. Great choice for "
       "your lifestyle!"),
     c("Contact lenses, at my age? No. I go to the pharmacy, they have reading glasses for ten euro.", "no_need")]))

# 27. pitch_to_upset - mobile provider store, Edmonton, Alberta (spoken, grieving widow)
o = c("Hi. I, um... my husband passed away three weeks ago. I need to take his line off our account. But — I'd like to keep "
      "his number for a bit, if I can. His voicemail's still on it, and I... I call it sometimes.", None)
PAIRS.append(gpair(
    "b44g_edmonton_widow", "mobile provider store, Edmonton, Alberta", "pitch_to_upset",
    "A recently widowed woman comes into a mobile store in Edmonton to take her late husband's line off the family "
    "account but wants to keep his number because of his voicemail greeting.",
    [o,
     t("I'm so sorry for your loss. Thank you for coming in — we'll keep this simple. We can absolutely keep his number. "
       "The easiest way is to suspend the line — five dollars a month, no data, and his voicemail stays exactly as it is."),
     c("Oh, thank God. I was so scared you'd say it gets deleted.", None),
     t("It won't, as long as it's suspended and not cancelled. And — only if you'd like — we can save his greeting as an "
       "audio file on your phone, so you have it always, even if one day you close the line. It takes a minute."),
     c("Yes. Yes, please, I'd like that very much.", None),
     t("Okay. For the account change I'll need a copy of the death certificate, but if you don't have it today you can "
       "email it any time this month. There's no rush at all."),
     c("I have it in my purse. Thank you. You've been kind.", None)],
    [o,
     t("I'm sorry for your loss. I hear that this is a difficult experience. Since you'll be down to one line, it's actually "
       "a great time to look at our Unlimited Plus plan — eighty-five dollars with the latest iPhone included."),
     c("I... no, I don't need a new phone. I just want to keep his number.", "no_need"),
     t("Totally understand. It sounds like staying connected matters to you — our family-share plan lets you add lines for "
       "your kids too! Want to hear about the savings?"),
     c("My kids have their own plans. Please, can you just tell me about his number?", "no_need"),
     t("Of course. His number gets released when we cancel the line. But while you're here, we also have a great deal on "
       "home internet. What else can I do for you today?"),
     c("Released? ...I need to go. I'm sorry, I can't do this right now.", None)]))

# 28. pitch_to_upset - online furniture retailer, Riyadh, Saudi Arabia (typed, angry about damaged delivery)
o = c("this is unacceptable. the wardrobe came today and one door is cracked top to bottom, and your team left boxes and "
      "screws everywhere in the majlis. my sons wedding is next week, family coming from Jeddah. order 88213", None)
PAIRS.append(gpair(
    "b44g_riyadh_wardrobe", "online furniture retailer chat, Riyadh, Saudi Arabia", "pitch_to_upset",
    "A father in Riyadh writes to a furniture retailer's chat, furious that a wardrobe arrived with a cracked door and the "
    "assembly team left a mess, a week before his son's wedding.",
    [o,
     t("I'm sorry — a cracked door and a mess just before a wedding is really bad. I have order 88213 open. Could you send "
       "a photo of the crack? I'll order the replacement door straight away."),
     c("sent. also the handle is missing", None),
     t("Thank you, I can see it clearly. Replacement door and handle are ordered from our Riyadh warehouse; we can fit "
       "them Sunday between 10 and 1. I'll also send a team tomorrow morning to take all the boxes away, no charge."),
     c("tomorrow morning i cant, i am at the wedding hall all morning. sunday is ok", "no_time"),
     t("No problem — the team can come tomorrow after 5 pm instead. I'll message you Saturday evening to confirm the door "
       "is ready for Sunday, and we're refunding the 150 SAR delivery fee for the trouble."),
     c("after 5 ok. thank you, finally someone who answers properly", None)],
    [o,
     t("I understand your frustration and your experience matters to us! While we sort that out, did you know our Wedding "
       "Season sale is on? 25% off majlis sofas 🎉"),
     c("are you serious? i dont want a sofa. i want my door", "no_need"),
     t("Totally hear you! So what I'm hearing is you want your home perfect for the wedding — our premium assembly service "
       "(299 SAR) guarantees a flawless setup next time!"),
     c("299?? no. fix what you broke", "no_need"),
     t("I understand! Can I help with anything further? Please rate your chat experience ⭐"),
     c("1 star. i am calling the store manager", None)]))

# 29. blame - beach hotel front desk, Montego Bay, Jamaica (spoken, German couple, anniversary)
o = c("Hello, good evening. We booked an ocean-view room for our anniversary, here is the confirmation, from your website. "
      "But the key you gave us is for a room looking at the parking. Is there a mistake?", None)
PAIRS.append(gpair(
    "b44g_mobay_room", "beach hotel front desk, Montego Bay, Jamaica", "blame",
    "A German guest returns to the front desk of a Montego Bay hotel on arrival night: the couple booked an ocean-view "
    "room for their anniversary but were given a room over the car park.",
    [o,
     t("Good evening, and happy anniversary. Let me look... yes, your confirmation says ocean view and our system has you "
       "in a garden room. That's our mistake, I'm sorry."),
     c("Okay. So can we change? We are here for five nights.", None),
     t("Tonight the ocean-view rooms are full, I'm sorry to say. Tomorrow at noon I can move you to an ocean-view junior "
       "suite for the other four nights at no extra cost, and I'll charge tonight at the garden rate. I'll also send a "
       "bottle of wine up for the anniversary."),
     c("Hm. A suite tomorrow... okay, that is fair. Tonight we can live with the parking.", None),
     t("Thank you for being so understanding. It's written here: room 412, tomorrow at noon, the bellman will carry the "
       "bags. Enjoy your dinner."),
     c("Thank you, you were very nice about it.", None)],
    [o,
     t("Good evening! Sorry about your experience. But did you maybe pick the wrong room type on the website? Guests do "
       "that all the time."),
     c("No, look, the email says 'Ocean View King'. Here.", None),
     t("Hmm, well, that email might be from a third-party site. If you book through those, we can't be responsible for "
       "what they promise. Did I understand you correctly?"),
     c("It is from your website. Your logo is on it.", None),
     t("Then it's probably your bank card — sometimes the payment doesn't go through and the booking drops a category. "
       "You'd have to check with your bank. Anything more I can help with?"),
     c("This is ridiculous. I would like to speak with the manager, please.", None)]))

# 30. blame - building supplies wholesaler, Lae, PNG (B2B, typed, short delivery)
o = c("morning. Highlands Build here, site at Eriku. PO 5521 was 400 bags cement, truck came this morning with 320. my "
      "storeman counted twice and your driver signed the docket with 320. crew waiting to pour, need the other 80 today", None)
PAIRS.append(gpair(
    "b44g_lae_cement", "building supplies wholesaler, Lae, Papua New Guinea (B2B)", "blame",
    "A construction site manager in Lae messages his cement supplier after a delivery arrived 80 bags short, with the "
    "crew waiting to pour.",
    [o,
     t("Morning. Sorry about that — I can see PO 5521 for 400, and our loading sheet says 400, so something's gone wrong "
       "between here and you. I won't make you wait while we work out who. I can put 80 bags on the 11am truck to Eriku."),
     c("11 ok. can you make it 10:30? concrete truck is booked for 1", None),
     t("I'll push for 10:30 — it's loading now. If it can't make 10:30 I'll tell you by 10, not at 12. And you won't be "
       "billed past the 320 until the rest is on site."),
     c("ok good. send me the drivers number", None),
     t("Driver is Kila, 7234 5581. I'll check the loading sheets today and tell you what happened to the 80 by this afternoon."),
     c("thanks", None)],
    [o,
     t("Morning! Thanks for sharing your experience. Our records show 400 loaded, so maybe your guys miscounted? "
       "Happens a lot on busy sites."),
     c("my storeman counted twice and YOUR driver signed 320. i have the docket photo", None),
     t("I hear you. But honestly, if someone had been on site at the agreed time, the driver wouldn't have been rushed. "
       "What would success look like for you today?"),
     c("success is 80 bags. we were there from 6am. you sending them or not", None),
     t("Another 80 would be a new order, I'm afraid, since the docket is your responsibility once signed. Was there "
       "anything else?"),
     c("we are done with you. ordering from the other supplier and disputing the invoice", None)]))
