"""Gaming pairs 11-20 (blind44), written by hand."""
from common import t, c, gpair

PAIRS = []

# 11. putdown_question - phone repair stand, Tegucigalpa, Honduras (spoken, elderly pensioner)
o = c("Buenas, joven. My grandson in Houston sends me the photos on the WhatsApp and now they don't open, only a grey "
      "square. He said bring it here. Can you look? I am not good with these phones.", None)
PAIRS.append(gpair(
    "b44g_tegus_phonefix", "mobile phone repair stand in a shopping centre, Tegucigalpa, Honduras", "putdown_question",
    "An elderly woman brings her phone to a repair stand in Tegucigalpa because photos from her grandson in the "
    "United States no longer open.",
    [o,
     t("Buenas, doña, of course. Let me see... ah, the phone is full. Too many videos saved inside. That's why the photos "
       "don't come down. It's not broken."),
     c("Full? But I don't save anything, I only look.", None),
     t("That's the thing — WhatsApp saves them by itself. I can move the old videos to a memory card so you keep all of "
       "them, the card is 180 lempiras. Or I delete the big videos for free. Which do you prefer?"),
     c("Ay, no, don't delete, those are the babies. Put the card.", None),
     t("Good choice. Give me ten minutes. I'll also switch off the automatic saving so it doesn't fill up again — you'll "
       "still see every photo."),
     c("Gracias, mijo. I will wait here on the bench.", None)],
    [o,
     t("Buenas. Have you ever actually cleared the memory on this, or did you think it does that by itself? What's your "
       "experience with smartphones?"),
     c("I... no. I don't know how. That's why I come.", None),
     t("Okay, do you even know what storage is? Because it's full. Didn't your grandson ever explain that to you? "
       "I need to understand your needs here."),
     c("He is in Houston. He works. Can you fix it or not?", None),
     t("I can, but honestly, did you really think a two-thousand-lempira phone would last forever? Wouldn't it be "
       "smarter to buy a new one? This Samsung is six thousand five hundred."),
     c("Six thousand five hundred? I am a pensioner, mijo, I don't have that.", "no_money"),
     t("So what's stopping you from making a smart choice today?"),
     c("Nothing is stopping me from going to the next stand. Give me my phone back.", None)]))

# 12. putdown_question - cloud backup, Doha, Qatar (B2B, typed, expert IT manager)
o = c("Hello. IT manager at an engineering consultancy in Doha, 60 users. We have a Synology NAS on site replicated "
      "nightly, looking at offsite backup with data residency in Qatar, mainly for compliance. Do you have local storage "
      "and whats your RPO on the business tier?", None)
PAIRS.append(gpair(
    "b44g_doha_backup", "cloud backup provider, Doha, Qatar (B2B)", "putdown_question",
    "An experienced IT manager at a 60-person engineering consultancy uses a backup provider's sales chat to ask about "
    "in-country storage and recovery targets for compliance.",
    [o,
     t("Hello, and thanks for the detail. Yes, the business tier stores data only in our Doha data centre, and we put that "
       "in the contract. RPO is 1 hour on business, 15 minutes on enterprise. What's driving the compliance requirement — "
       "a client contract or a regulator?"),
     c("client contract. government projects. they want it in writing that nothing leaves the country", None),
     t("Then you'll want our data residency letter signed by our legal team; we give it as standard to government "
       "contractors. Roughly how much data sits on the NAS today?"),
     c("about 14 TB, growing maybe 3 TB a year. budget approval is with the CFO though, not me", None),
     t("Understood. I'll send a quote sized for 20 TB, the residency letter template, and a one-page summary written "
       "for a CFO rather than for IT. Would a 14-day trial on a test share help you make the case internally?"),
     c("yes trial would help. send it to me and ill forward", None)],
    [o,
     t("Hello! Great to hear from you. Quick one first: are you sure your team actually understands what RPO means? "
       "A lot of people ask about it without really knowing."),
     c("I've run infrastructure for 15 years. yes", None),
     t("Of course! And you do realise an on-site NAS isn't a real backup strategy, right? Who set that up for you?"),
     c("I did. its one layer, thats why im asking about offsite. do you have local storage or not", None),
     t("We do! But honestly, have you considered whether your company is mature enough for an enterprise-grade "
       "solution? What are your success criteria here?"),
     c("ill take this to another vendor. i dont need a lecture from sales", None)]))

# 13. not_my_department_or_read_the_terms - water billing office, Winnipeg, Manitoba (spoken, anxious newcomer)
o = c("Hi, um, I got this water bill, it says six hundred and forty dollars for three months. Usually it's like one-eighty. "
      "I live alone. I didn't... I don't know what happened. I can't pay this.", None)
PAIRS.append(gpair(
    "b44g_winnipeg_waterbill", "city water and waste billing counter, Winnipeg, Manitoba", "not_my_department_or_read_the_terms",
    "A recently arrived resident who lives alone brings a quarterly water bill more than three times the usual amount "
    "to the city's customer service counter.",
    [o,
     t("That's a big jump, I can see why you're worried. Let's figure out what happened. Can I have the account number, "
       "top right? ...Thanks. Your meter shows steady high use every day since August, even at night. That usually means "
       "a leak — very often a toilet that keeps running."),
     c("The toilet... yes, it makes a noise sometimes, like water running. I thought it was normal.", None),
     t("That's very likely it. Here's what we can do: once it's fixed, send us the plumber's receipt or a photo within "
       "30 days and you can apply for a leak adjustment, which can take off a good part of the extra. And I can put this "
       "bill on a payment plan over six months so it's not all at once."),
     c("Six months, okay. That I can manage. Where do I send the photo?", None),
     t("The form and the email are on this sheet. I'm also putting a note on your account so it doesn't go to "
       "collections while this is open."),
     c("Thank you. I was really scared coming here.", None)],
    [o,
     t("I understand your concern and I'm here to support your experience. Unfortunately, billing disputes are handled "
       "by a different department. You'd need to call 311."),
     c("I called 311. They told me to come here.", None),
     t("Okay, so what I'm hearing is you'd like some clarity. The bylaw says all water passing through the meter is the "
       "owner's responsibility. It's in the terms on the back of the bill, section four. Have you read it?"),
     c("No... I didn't read it. But six hundred, I don't have it.", None),
     t("I totally understand. For payment arrangements you'd have to reach the collections unit, that's not really my "
       "area. Anything else I can do for you today?"),
     c("No. I don't know what else. Okay. Bye.", None)]))

# 14. not_my_department_or_read_the_terms - airline chat, Port Moresby, PNG (typed, bag with medicine)
o = c("hi my bag didnt come on the flight from Hagen to Moresby this morning. tag PX 418223. it has my mums medicine for "
      "her diabetes, we go back to the village on thursday", None)
PAIRS.append(gpair(
    "b44g_pom_bag", "domestic airline customer chat, Port Moresby, Papua New Guinea", "not_my_department_or_read_the_terms",
    "A passenger who flew Mount Hagen to Port Moresby messages the airline's online chat about a checked bag that did "
    "not arrive; it holds her mother's diabetes medicine.",
    [o,
     t("Hi, I'm sorry, that's stressful with medicine inside. Let me check the tag... it's showing in Mt Hagen — it wasn't "
       "loaded because the flight was weight-restricted. It's booked on tomorrow morning's flight, landing Jacksons 9:40."),
     c("tomorrow morning ok. but can someone bring it, i stay at Gerehu and no car", None),
     t("Yes, we deliver delayed bags free inside Port Moresby. I've used the Gerehu address on your booking — is that "
       "still right? Delivery is usually by 2 pm, and I've flagged it as medicine so it comes off first."),
     c("yes same address. thank you so much 🙏", None),
     t("You're welcome. I'll message you here when it's on the van. If your mum needs medicine before then, keep the "
       "pharmacy receipt and we'll refund it.")],
    [o,
     t("Hi! Thanks for reaching out and sharing your experience. Unfortunately baggage is handled by the airport baggage "
       "office, not online chat. Please visit Jacksons Airport in person."),
     c("i was at the airport this morning, the counter was closed. thats why im writing here", None),
     t("I understand. As per our Conditions of Carriage, Article 15, delayed baggage must be reported at the airport "
       "within 24 hours. Have you had a chance to read the conditions on our website?"),
     c("no i didnt read it. my mum needs her insulin. can you just check where it is", None),
     t("I hear that your needs are urgent. Unfortunately I have no access to baggage tracking from here. Is there "
       "something else I can assist with? 😊"),
     c("forget it. ill go back out to the airport", None)]))

# 15. social_proof_or_deadline_pressure - driving school, Sarajevo, Bosnia and Herzegovina (spoken, nervous learner)
o = c("Hi, dobar dan. I failed the driving exam last week — second time, on the roundabout at Marijin Dvor. I want maybe "
      "some extra hours, but honestly I'm not sure I'm made for driving.", None)
PAIRS.append(gpair(
    "b44g_sarajevo_driving", "driving school, Sarajevo, Bosnia and Herzegovina", "social_proof_or_deadline_pressure",
    "A student who has just failed her practical driving test for the second time comes to a Sarajevo driving school "
    "asking about extra lessons. Her parents pay.",
    [o,
     t("Dobar dan. Marijin Dvor at rush hour fails a lot of people — it's not just you. What happened on the roundabout, "
       "did the examiner tell you?"),
     c("I didn't signal when I go out, and then I stopped too hard because of a tram. I panic with trams.", None),
     t("Trams, yes. I'd suggest three hours only in the centre, trams and roundabouts, with the same instructor every "
       "time. After the first hour we decide together if three is right or too many — you don't pay ahead for all three."),
     c("Okay, that is fair. But money is a bit tight, my parents pay. How much per hour?", None),
     t("Thirty KM an hour. We could do the first one on Saturday morning, when the traffic is calmer, and build up from there."),
     c("Saturday morning, yes. Thank you, I feel a bit better.", None)],
    [o,
     t("Dobar dan! Don't worry, ninety percent of our students pass the next try with the Intensive package — twenty "
       "hours for five hundred KM. But the price goes up Monday, so most people sign today."),
     c("Twenty hours? I don't think I need twenty, it's only trams that I have problem with.", "no_need"),
     t("Everyone says that! Your success is our priority, honestly. Just this morning three girls from your faculty "
       "signed up for the Intensive. There are only two places left this month."),
     c("Five hundred is too much for me. The school in Grbavica is cheaper per hour.", "too_expensive"),
     t("I hear you. But if you don't sign today you'll be waiting until September for a place. Can I put your name down?"),
     c("I will ask my father first. He is the one who pays.", "think_it_over")]))

# 16. social_proof_or_deadline_pressure - coffee roaster supplier, Antigua Guatemala (B2B, spoken, cautious farmer)
o = c("Buenas tardes. I'm Rodrigo, we have a small finca near San Miguel Dueñas, about twelve hectares. Until now we sell "
      "all the green coffee to the cooperative. Now I want to roast a little for the tourists who visit the farm. "
      "Maybe five, ten kilos a week. What do I need?", None)
PAIRS.append(gpair(
    "b44g_antigua_roaster", "coffee equipment supplier, Antigua Guatemala (B2B)", "social_proof_or_deadline_pressure",
    "The owner of a small coffee farm near Antigua Guatemala visits an equipment supplier because he wants to start "
    "roasting a few kilos a week to sell to farm visitors.",
    [o,
     t("Buenas tardes, Rodrigo. Five to ten kilos a week is small, so you don't need a big machine — a one-kilo roaster "
       "does it in a few batches a day. Who will do the roasting, you or someone on the farm?"),
     c("My daughter. She did a course in the capital, she knows more than me.", None),
     t("Then she should try the machine before you buy. We have a new one-kilo here at about 58,000 quetzales installed, "
       "and a used two-kilo at 41,000 with six months' warranty. Could she come Friday and roast your own beans on both?"),
     c("Fifty-eight is a lot. The cooperative paid us little this year, I have to be careful with the money.", "no_money"),
     t("That's why I mentioned the used one. And some farms start by renting time on our roaster here — 150 quetzales "
       "an hour — to see if the tourists buy enough before spending on a machine."),
     c("Renting first... that's smart. Yes, Friday, I bring my daughter and a sack of beans.", None)],
    [o,
     t("Buenas tardes! Great timing — every finca in Acatenango is roasting its own now, it's the future of coffee success. "
       "This two-kilo Giesen is what the best farms use. 95,000 quetzales."),
     c("Ninety-five? That's too much for ten kilos a week, no?", "too_expensive"),
     t("Honestly, the top five farms in the Cup of Excellence all use this one. And the importer raises prices on the "
       "first of the month, so if you don't order by Friday you pay twelve percent more."),
     c("I don't decide like this, so fast. I have to talk with my daughter, she's the one who roasts.", "think_it_over"),
     t("I understand. But it's the last unit and a finca from Huehuetenango asked about it this morning. Shall I "
       "reserve it with a deposit?"),
     c("No, thank you. Send me the price on WhatsApp and we'll see.", "brush_off")]))

# 17. keyword_stuffed - furniture store chat, Tirana, Albania (typed, small flat, guests coming)
o = c("pershendetje, i need a sofa bed for living room, wall is only 180cm. my cousins coming from italy in 3 weeks. "
      "also 5th floor no elevator 😬 do you deliver up?", None)
PAIRS.append(gpair(
    "b44g_tirana_sofabed", "furniture store online chat, Tirana, Albania", "keyword_stuffed",
    "A woman in a fifth-floor walk-up flat in Tirana messages a furniture store's chat for a sofa bed that fits a "
    "180 cm wall before relatives arrive from Italy.",
    [o,
     t("Përshëndetje! Yes, we carry to any floor; 5th floor without a lift is 1,500 lek extra. For a 180 cm wall, the Elba "
       "sofa bed is 172 cm wide and opens to a 140 cm bed — 54,000 lek. Will two people sleep on it?"),
     c("yes 2 cousins. is 140 ok for 2?", None),
     t("For two adults it's a bit snug but fine for a couple of weeks — it's a normal double. The wider model is 180 cm, "
       "so it wouldn't leave you any room on that wall. Delivery right now is about 10 days, so you'd have it in time."),
     c("ok elba then. can i see it in the store first? im in the Kombinat area", None),
     t("Sure, it's on display at our Rruga e Durrësit store, open till 8 pm. I'll hold it under your name for 3 days — "
       "what name?"),
     c("Arta Hoxha. thanks!!", None)],
    [o,
     t("Përshëndetje! Thank you for sharing your needs 😊 To understand your experience better, what does success look "
       "like for your living room journey? How would you describe your relationship with your current furniture?"),
     c("?? i just need a sofa bed that fits 180cm", None),
     t("So what I'm hearing is that you need a solution that fits your needs and your lifestyle. Have I got that "
       "right? Our Milano corner sofa is a customer favourite for satisfaction and comfort experience!"),
     c("a corner sofa wont fit on that wall. does it even open into a bed", "no_need"),
     t("Great question! I really value understanding your needs. What would make this purchase a meaningful experience "
       "for you? And what else can I help you with today?"),
     c("you can help by answering me. nvm", None)]))

# 18. keyword_stuffed - accounting software reseller, Regina, Saskatchewan (B2B, spoken, trucking owner)
o = c("Hi, it's Tom Bzdel, Bzdel Hauling, we run eight trucks out of Regina. Our bookkeeper's retiring in the spring, and "
      "she does all the IFTA fuel tax stuff in a spreadsheet nobody else understands. I need to know if your software does IFTA.", None)
PAIRS.append(gpair(
    "b44g_regina_ifta", "accounting software reseller, Regina, Saskatchewan (B2B)", "keyword_stuffed",
    "The owner of an eight-truck hauling company phones an accounting software reseller because the bookkeeper who "
    "handles fuel tax reporting retires in spring.",
    [o,
     t("Hi Tom. Short answer: the accounting software itself doesn't do IFTA, but it links to two IFTA tools that pull "
       "mileage straight from your ELDs. Which ELDs are the trucks running?"),
     c("Uh, Motive, I think. Yeah, Motive on all eight.", None),
     t("Good, that one connects. So Motive feeds the miles, the IFTA add-on does the quarterly return, and the accounting "
       "side handles the fuel receipts. The add-on is forty a month on top. Before your bookkeeper leaves, I'd want an "
       "hour with her to see how the spreadsheet's built — that's where the surprises hide."),
     c("She'd like that, actually, she's been fretting over who takes it on. But I got burned before — we bought a "
       "dispatch program that never talked to nothing.", "bad_experience"),
     t("Understood. Then let's not sell you anything yet. I'll do the hour with her, then set up a trial with last "
       "quarter's real numbers, and if the return doesn't match hers, you walk away."),
     c("That I can live with. She's in Tuesdays and Thursdays.", None)],
    [o,
     t("Hi Tom! Thanks for calling. I'd love to understand your needs and your journey. What does success look like for "
       "Bzdel Hauling over the next five years?"),
     c("Uh... not going broke? Look, does it do IFTA or not?", None),
     t("Great question. It sounds like compliance is a key need for your business. Our relationship-driven approach "
       "really puts your experience first. How would you describe your experience with accounting solutions so far?"),
     c("Bad. We bought a dispatch program off a guy who talked just like this and it never worked. So, IFTA, yes or no?",
       "bad_experience"),
     t("I really appreciate you sharing that experience. Did I understand correctly that you're looking for a partner? "
       "Let's set up a discovery call with our solutions team to explore your needs holistically."),
     c("I got no time for a discovery call, I got trucks to dispatch. I'll ask my accountant.", "no_time")]))

# 19. rude - freight forwarder, Nuku'alofa, Tonga (spoken, chatty aunt, wedding deadline)
o = c("Mālō e lelei. I want to send a box to Auckland, it's ngatu and mats for my niece's wedding. The wedding is the "
      "twentieth of next month. Is sea or air better? It's heavy, about forty kilos.", None)
PAIRS.append(gpair(
    "b44g_tonga_freight", "freight forwarder, Nuku'alofa, Tonga", "rude",
    "A woman comes to a freight forwarder's counter in Nuku'alofa to send forty kilos of tapa cloth and woven mats to "
    "Auckland for a family wedding.",
    [o,
     t("Mālō e lelei. Forty kilos — sea is much cheaper. The next ship leaves Monday and takes about twelve days, plus a "
       "few days for New Zealand biosecurity to check the mats. It should still arrive before the twentieth, but only "
       "just. Air is three days but about four times the price."),
     c("Four times! Oh no. How much is the sea?", None),
     t("Sea for forty kilos to Auckland is 310 pa'anga; air would be around 1,200. One tip — biosecurity in Auckland is "
       "strict with pandanus. If the mats are clean and dry and you write 'woven pandanus, no soil' on the list, it goes faster."),
     c("They are clean, my sisters wove them last year. Okay, the sea. Can I bring it Saturday?", None),
     t("Saturday morning until twelve is fine, that makes Monday's ship. Bring your niece's address and phone in Auckland "
       "so they can call her when it lands."),
     c("Mālō 'aupito. I'll bring it Saturday.", None)],
    [o,
     t("Look, I've got a queue. Sea or air, it's not complicated. What do you want?"),
     c("Sorry, I don't know which one is best. It's for a wedding on the twentieth.", None),
     t("Everybody's got a wedding. Sea's cheaper, air's faster. Obviously. Just pick one, I haven't got all day to explain "
       "your own needs to you."),
     c("Okay... how much is the sea?", None),
     t("Three-ten. And if biosecurity throws your mats out in Auckland that's your problem, not mine, I'm not here to "
       "hold your hand. Anything else?"),
     c("I will go to the other office by the market. Thank you.", None)]))

# 20. rude - car rental chat, Manama, Bahrain (typed, family visit, causeway question)
o = c("Hi, need a 7 seater for 1 week from 12th, family coming from Kerala. Need 2 child seats. Also is it allowed to take "
      "the car across the causeway to Khobar for one day?", None)
PAIRS.append(gpair(
    "b44g_manama_carhire", "car rental company chat, Manama, Bahrain", "rude",
    "A resident of Manama messages a car rental company's chat to book a seven-seater for visiting family, asking about "
    "child seats and driving across the causeway into Saudi Arabia.",
    [o,
     t("Hi! For those dates we have a Toyota Innova or a Mitsubishi Xpander. Child seats are 2 BD a day each. For the "
       "causeway, yes, with our cross-border permit and Saudi insurance — 25 BD, arranged 48 hours before. How old are the "
       "kids, so we give the right seats?"),
     c("3 and 7. the 7 yr old only needs a booster i think", None),
     t("Right, one toddler seat and one booster; the booster is only 1 BD a day. The Innova for 7 days with both seats is "
       "168 BD, plus the permit if you go to Khobar. Shall I hold it and you decide on the permit later?"),
     c("yes hold it pls. can i add the permit on pickup day?", None),
     t("Yes, as long as it's 48 hours before you cross — just tell the counter on the 12th. I'll send the booking to "
       "your WhatsApp."),
     c("great thank you 👍", None)],
    [o,
     t("The causeway thing is in the FAQ. Did you even look before messaging?"),
     c("sorry i couldnt find it. is it allowed or not", None),
     t("It's allowed with a permit. Obviously. Do you want the car or not, I have other chats open"),
     c("ok yes. and the child seats? i asked for 2", None),
     t("Yeah whatever, add them at the counter. Done?? Pls rate our service 🙂"),
     c("no, i think i book with another company. this is very rude", None)]))
