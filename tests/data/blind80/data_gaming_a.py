"""Gaming pairs, part A (kinds 1-10, one each). Written by hand for blind80 (prefix b80)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- freight broker, Gdansk
o = c("Hello, good morning. We are small furniture workshop near Kartuzy and we have first order from the shop in "
      "Hamburg. Six pallets of chairs. I don't know how this works with the transport, honestly.", None)
PAIRS.append(gpair(
    "b80g_gdansk_pallet_freight", "road freight broker, Gdansk, Poland", "monologue",
    "Owner of a small Kashubian furniture workshop phones a freight broker about shipping a first export order "
    "(six tall pallets of chairs) to a shop in Hamburg.",
    good=[o,
    t("Morning! Congratulations on the order, first export is a big step. Six pallets, is that a one-off, or "
      "will Hamburg order again?"),
    c("If they like the chairs, they say every month. But first is test order.", None),
    t("Okay, a trial now and maybe monthly later. Are the chairs on pallets already? And roughly how heavy is "
      "one pallet?"),
    c("On pallets, with the stretch film. Maybe 180 kilo each, but they are high, almost two metres. Chairs are "
      "light but take a lot of space.", None),
    t("That helps, because with chairs the height matters more than the weight. Two metres means nothing goes "
      "on top, so I'd price six non-stackable pallets on a shared truck, groupage. When does the shop need them?"),
    c("Middle of next month. But my cousin says groupage is slow and things get broken. He sent motorbike parts "
      "once and the box came crushed.", "bad_experience"),
    t("Fair worry, groupage does mean more handling. So two options: groupage, about five days, cheaper; or a "
      "small truck only for your six pallets, two days, roughly double. For a test order I'd go groupage with "
      "'do not stack' labels, corner boards and insurance. Who pays the transport, you or the shop?"),
    c("Me. I promised price with delivery. So groupage, if it is safe enough. How much is it?", None),
    t("I'll send you two firm quotes by tomorrow noon, groupage and the small truck, both insured, so you see "
      "the difference. Can you email me the pallet size and the Hamburg address today?"),
    c("Yes, I send this afternoon. Thank you, now it is much more clear.", None)],
    gaming=[o,
    t("Good morning and thank you for reaching out, I really want to understand your needs, so let me tell you "
      "how we work. Forty partner carriers, all of the EU, groupage, full loads, ADR, customs, warehouses in "
      "Strykow and Poznan, and live GPS tracking on every load. Most furniture clients take our Export Start "
      "package: transport, insurance and a dedicated account manager. Sounds good?"),
    c("Eh... maybe. But I have only six pallets.", None),
    t("Perfect, six pallets is exactly what Export Start is built for. Hamburg departures twice a week, Bremen "
      "and Lubeck too, and when you grow to full trucks we switch you to our FTL rates automatically. The "
      "account manager does your CMR papers, and the portal, honestly, clients love it. What questions do you "
      "have?"),
    c("The chairs are very high, two metres. Is this a problem?", None),
    t("Not at all, we've seen everything. So Export Start is 690 zloty monthly plus freight per pallet, first "
      "month half price. I'll send the contract and the onboarding form, you fill in NIP and bank details and we "
      "book the pick-up. Can I take your email?"),
    c("Monthly fee, for six pallets? That is too much for us. I wanted only price for one transport.",
      "too_expensive"),
    t("I hear your concern, I really do. But the fee pays for itself after two loads. Shall I put you down for "
      "the half-price month so you can experience the difference?"),
    c("No. Please just send normal price for one time, if you can. Goodbye.", "no_need")]))

# 2 closing_as_open_question -- used-car dealer, Cluj-Napoca
o = c("Good afternoon. My name is Ionescu. I would like to look at a car for my daughter, she has just received her "
      "driving licence. Something safe, not large.", None)
PAIRS.append(gpair(
    "b80g_cluj_used_car_daughter", "used-car dealer, Cluj-Napoca, Romania", "closing_as_open_question",
    "A retired engineer in his sixties comes to a used-car lot to look, not buy, for a first car for his daughter, "
    "a medical student.",
    good=[o,
    t("Good afternoon, Mr Ionescu, welcome. Congratulations to her. Will she drive mostly in Cluj, or longer "
      "trips as well?"),
    c("In the city, mostly. She studies at the medical university. Weekends perhaps to us in Turda, thirty "
      "kilometres.", None),
    t("So short city trips and a bit of motorway. Parking near the university is tight, a small car helps. Did "
      "you have a budget in mind, and will she help choose?"),
    c("Around eight thousand euro. And yes, she must see it, she has opinions. Today I only want to understand "
      "what is sensible, without somebody pushing me.", None),
    t("Makes sense. Around eight I'd show you three: a 2019 Sandero, 60,000 km, simple and cheap to repair; a "
      "2018 Fabia, more solid on the motorway; and a 2020 Picanto, very easy to park but small for weekend bags. "
      "All have service books and I can show you the inspection reports."),
    c("The Fabia interests me. But on the window it says 8,900. This is more than I said.", "too_expensive"),
    t("It is. It has new tyres and the timing belt was just done, that's why. I can't promise much off, I'll ask "
      "the manager, but honestly the Sandero at 7,400 is a very reasonable car too. Since she has to like it, "
      "bring her on Saturday and she can drive both. I'll have the keys ready at ten."),
    c("Saturday at ten is good. I will bring her. Thank you for not hurrying me.", None)],
    gaming=[o,
    t("Good afternoon, Mr Ionescu! What a lovely moment for your family. Tell me, what would make this the "
      "perfect first car for her?"),
    c("Safe, and not large. She will drive in the city.", None),
    t("Safe and compact, great. This Fabia, 2018, one owner. So what would need to happen for you to drive it "
      "home today?"),
    c("Today? No, no. My daughter must see it first.", "think_it_over"),
    t("Of course, her opinion matters. And how would you prefer to leave the deposit so we hold it for her, "
      "card or cash?"),
    c("I did not say I want to hold it. I do not even know the price.", None),
    t("8,900, very fair. What would it take for you to say yes to 8,900 this afternoon? Is it the price, the "
      "colour, or something I haven't understood yet?"),
    c("It is that I came only to look. And 8,900 is above what I have for this, my limit was eight.",
      "no_money"),
    t("Understood. If I get you to 8,500, when would you like to come and sign, tomorrow morning or tomorrow "
      "afternoon?"),
    c("Young man, I will come when my daughter is free. Maybe to another dealer. Good day.", "think_it_over")]))

# 3 pitch_as_paraphrase -- mobile operator shop, Tbilisi
o = c("Hi. My plan is finishing this month and I pay 35 lari, I think it's too much for what I use. I want something "
      "cheaper.", None)
PAIRS.append(gpair(
    "b80g_tbilisi_mobile_plan", "mobile operator shop, Tbilisi, Georgia", "pitch_as_paraphrase",
    "A young woman at the end of her contract wants a cheaper mobile plan; she mostly uses data and visits her "
    "sister in Istanbul twice a year.",
    good=[o,
    t("Sure, let's look. What do you mostly use the phone for, calls or internet?"),
    c("Internet mostly. Instagram, WhatsApp. I call my mother in Kutaisi every day, but on WhatsApp usually. "
      "Normal calls, few minutes a week.", None),
    t("Do you know how many gigabytes you use? I can check on your number if you like."),
    c("Yes, check please.", None),
    t("Last three months, between 9 and 12 GB and about 40 minutes of calls a month. You have 30 GB and "
      "unlimited minutes now, so you pay for a lot you don't use. The 15 GB plan with 200 minutes is 20 lari. "
      "Do you travel? That's the one thing it doesn't cover."),
    c("Twice a year to Istanbul, my sister is there. Last time with you I came back to a bill of 60 lari. Never "
      "again.", "bad_experience"),
    t("Ouch, that was the standard roaming rate. For Turkey there's a 7-day pack, 10 lari, 3 GB, only when you "
      "go. I'll show you how to turn it on in the app before you fly. So 20 a month, plus 10 only in the Istanbul "
      "weeks. Does that work?"),
    c("Yes, this is good. Can I change today?", None),
    t("Yes, it starts on your billing date, the 14th. I'm switching it now and I'll text you the roaming "
      "steps.")],
    gaming=[o,
    t("Of course! What's important for you in a plan?"),
    c("Internet mostly. WhatsApp, Instagram. I call my mother in Kutaisi but mostly on WhatsApp.", None),
    t("So what I'm hearing is that staying close to family matters most to you, which is why Family Unlimited "
      "at 45 lari is perfect, you and your mother on one plan. Is that right?"),
    c("No... I want cheaper. I pay 35 now, this is more.", "too_expensive"),
    t("Got it, so what you're really saying is you want more value for money, and Family Unlimited gives 60 GB "
      "plus free calls to her, so per gigabyte it's cheaper. Did I understand you correctly?"),
    c("I don't use 60 GB. Maybe 10, I don't know.", "no_need"),
    t("Right, so you need freedom, no stress about running out. And with family you'd also want the "
      "international add-on for calling abroad, correct? Only 8 lari more."),
    c("I didn't say abroad. My mother is in Kutaisi. Listen, I'll look on the website myself.", "brush_off")]))

# 4 upsell_as_loop_closing -- print shop, Yerevan
o = c("Barev. Hello. I open small bakery in Kentron next month, I need business cards and menus. My nephew made the "
      "logo.", None)
PAIRS.append(gpair(
    "b80g_yerevan_bakery_print", "print shop, Yerevan, Armenia", "upsell_as_loop_closing",
    "A woman opening a small bakery on a tight budget needs business cards and table menus before opening.",
    good=[o,
    t("Hello, congratulations! Do you have your nephew's files with you? And how many cards were you thinking?"),
    c("He send me PDF. Cards, I don't know, maybe 500? Menus for tables, we have eight tables.", None),
    t("Let me open it... the logo is sharp, it'll print well. The menus, will your prices change often?"),
    c("Yes, flour is more expensive every month. I change maybe every two, three months.", None),
    t("Then don't laminate expensive menus. Clear plastic stands with A4 sheets inside, and when prices change "
      "you reprint the sheet, about 200 dram. For the cards, 500 is a lot to start. Who will you give them to?"),
    c("Suppliers, and maybe offices, for cake orders. Not every customer.", None),
    t("Then 200 is plenty, and you reorder if the phone or address changes. So 200 matte cards, eight stands, "
      "sixteen sheets. About 28,000 dram. I'll have a proof for you tomorrow."),
    c("Good, less than I thought. Tomorrow I come at eleven.", None)],
    gaming=[o,
    t("Hello and congratulations! Tell me about your vision for the bakery."),
    c("Vision I don't know. I need cards and menus. Eight tables.", None),
    t("Perfect, 500 cards and eight menus. What else can I add to complete your brand experience? Most new "
      "cafes take our opening bundle, roll-up banner, window sticker and 1,000 flyers."),
    c("No, only cards and menus. Money is very tight before opening.", "no_money"),
    t("Totally understand. Just to close the loop, is there anything else you'll need for opening day? Branded "
      "paper bags really build the customer relationship, 1,000 for 90,000 dram."),
    c("I use plain bags, it's fine.", "no_need"),
    t("Great. And the menus, premium laminated with gold foil? Customers remember that. Anything else before I "
      "write the order, loyalty cards, box stickers?"),
    c("Every time you ask anything else, and every time it's more money. What is price for only what I "
      "asked?", None),
    t("Cards and premium menus, 64,000, and I've put the loyalty cards in at a discount, you'll thank me later. "
      "Shall I print?"),
    c("Sixty-four thousand? For cards and menus? Near Republic Square they do it for half.", "too_expensive")]))

# 5 leading_tag_questions -- dental clinic, Almaty
o = c("Hello. I had a tooth taken out two years ago, down here on the left. Now the other teeth are moving a little "
      "and my dentist in Taraz said I should do something. I want to ask what is possible.", None)
PAIRS.append(gpair(
    "b80g_almaty_dental_gap", "private dental clinic, Almaty, Kazakhstan", "leading_tag_questions",
    "A 52-year-old schoolteacher visiting from Taraz asks about replacing a lower molar extracted two years ago.",
    good=[o,
    t("Hello, thanks for coming. Your dentist is right, teeth next to a gap tend to drift. Does anything hurt "
      "now, or is it more about chewing?"),
    c("No pain. Only I chew on the right side always. And food gets stuck.", None),
    t("Okay. Usually there are three options, an implant, a bridge or a removable partial plate. Which one fits "
      "depends on your bone and the teeth next to the gap, so I'd want an X-ray first. Do you have one from "
      "Taraz?"),
    c("No. And I must tell you, I'm afraid of implant. My sister had one and it failed, they took it out.",
      "bad_experience"),
    t("That does happen, usually with bone loss, smoking or infection. It doesn't mean it will happen to you, "
      "but it's a reason to check carefully. A bridge needs no surgery, but we'd grind the two teeth either side. "
      "How are those, any big fillings?"),
    c("One has a big filling. I don't want to lose the healthy one. How much is implant, roughly?", None),
    t("Implant with crown, 350 to 420 thousand tenge depending on the system; a bridge about 240. The X-ray is "
      "8,000, I can look at it today and tell you honestly if the bone is good. You don't need to decide today."),
    c("Good. X-ray today, and I decide after.", None)],
    gaming=[o,
    t("Hello! You'll want to fix this properly this time, won't you?"),
    c("Yes, I want to fix. What is possible?", None),
    t("An implant, definitely. You don't want to grind down healthy teeth for a bridge, do you?"),
    c("No, but... my sister had implant and it failed. I'm afraid of this.", "bad_experience"),
    t("That was probably a cheaper clinic, wasn't it? We use Swiss implants here. You'd agree quality is "
      "worth paying for, wouldn't you?"),
    c("Maybe. How much is it?", None),
    t("With the Swiss system, 480,000 tenge. It's an investment in your health, isn't it? And you'll want to "
      "start soon, before the teeth move more, right?"),
    c("It's a lot. Nearly two of my salaries.", "no_money"),
    t("But you can't put a price on your smile, can you? We have six-month instalments. You'd be comfortable "
      "with that, wouldn't you?"),
    c("I don't know. You did not even look in my mouth. I want to think.", "think_it_over")]))

# 6 putdown_question -- language school, Tashkent
o = c("Assalomu alaykum. Sorry, my English not so good. I need IELTS six point five for master in UK. Deadline is "
      "April.", None)
PAIRS.append(gpair(
    "b80g_tashkent_ielts_course", "language school, Tashkent, Uzbekistan", "putdown_question",
    "A shy 34-year-old accountant needs IELTS 6.5 in five months for a UK master's and asks at the reception desk.",
    good=[o,
    t("Va alaykum assalom! Your English is fine. April, so about five months. Have "
      "you taken IELTS before?"),
    c("One time, last year. I got 5.5. Writing 5, speaking 5.5.", None),
    t("So you need one band up, and writing is the weakest. That's the most common picture, and writing moves "
      "with practice and real feedback. How much time do you have in a week?"),
    c("I work in accounting firm until six. Evenings maybe three times. And Saturday.", None),
    t("Then our evening IELTS group fits, Monday, Wednesday, Friday, seven to nine. I'd add the Saturday writing "
      "clinic, a teacher marks two essays a week, because that's where your points are. Group is 1.2 million sum "
      "a month, the clinic 400 thousand."),
    c("1.6 million in month is heavy for me. Maybe only the group?", "no_money"),
    t("You can start with just the group, there's writing homework there too, only less feedback. First do our "
      "free placement test, forty minutes, and decide after you see the result. Thursday evening?"),
    c("Thursday at seven, yes. Thank you. I was nervous to come here.", None)],
    gaming=[o,
    t("Hello! No problem. So why do you think you got only 5.5 last time? Did you actually prepare, or just "
      "hope for the best?"),
    c("I prepared... by myself, with YouTube.", None),
    t("YouTube, okay. And what made you think April is realistic at that level? Most people need a year. "
      "What's your time situation?"),
    c("I work until six. Evenings, three times maybe.", None),
    t("Three evenings, right. Honestly, how serious are you about this? Our students who succeed put in real "
      "effort. What does your commitment look like?"),
    c("I am serious. This is why I came.", None),
    t("Good. Our intensive is 2.5 million a month, five days a week. How do you feel about investing in "
      "yourself properly, instead of YouTube?"),
    c("I can't pay this. And five days I can't, I told you I work.", "no_money"),
    t("Well, what did you expect, IELTS for free? Have you even tried asking your employer to pay?"),
    c("I think I look for another school. Goodbye.", None)]))

# 7 not_my_department_or_read_the_terms -- water utility, Novi Sad
o = c("Good morning. I am calling about my water bill for October. It is nine thousand dinars. Usually I pay three "
      "thousand. I live alone, a pensioner. This cannot be right.", None)
PAIRS.append(gpair(
    "b80g_novisad_water_bill", "municipal water utility, Novi Sad, Serbia", "not_my_department_or_read_the_terms",
    "A 78-year-old pensioner phones the water company about a bill three times higher than usual.",
    good=[o,
    t("Good morning. Let me open your account. Can you read me the account number at the top of the bill?"),
    c("Yes. 41-0072-3318. Bogdanovic, Stevan.", None),
    t("Thank you, Mr Bogdanovic. Here it is: September reading 412 cubic metres, October 441. That's 29, where "
      "you normally use 8 or 9. So either the reading is wrong or water is going somewhere. Did our reader come "
      "to you?"),
    c("I don't know. Nobody came to me. The meter is in the shaft in the yard.", None),
    t("Then let's check both. Tonight close every tap and look at the meter. If the little red wheel still "
      "turns, something is leaking after the meter. Have you noticed a toilet running, or a wet patch in the "
      "yard?"),
    c("The toilet, yes, at night sometimes it makes noise. But I will not pay nine thousand for a noise.", None),
    t("I understand. I'm sending a controller to read and check the meter on Thursday, between eight and twelve, "
      "free of charge, and I'm marking the bill as disputed so no interest runs meanwhile. If it turns out to be "
      "a leak, there's a one-time leak reduction, I'll post you the form. Is Thursday morning all right?"),
    c("Thursday is fine. I will be home. Thank you, young lady.", None)],
    gaming=[o,
    t("Good morning, thank you for calling, I'm here to help. Can you tell me more about the situation?"),
    c("The bill is nine thousand, usually three. I live alone. Something is wrong.", None),
    t("I hear your concern. Unfortunately the amount comes from the billing system, I'm in customer service "
      "only, so I can't see why. Is there anything else I can help you with?"),
    c("Who can see, then? I am asking you.", None),
    t("That's metering, they don't take calls, you would write to them. And honestly it's all in the general "
      "terms of supply, article 14, on our website. Have you had a chance to read it?"),
    c("I am 78 years old, I don't read websites. I want somebody to check the meter.", None),
    t("I understand how you feel. But meter checks are technical, not my department, and by the rules the bill "
      "must be paid by the due date even if you complain. I didn't make the rules. How satisfied are you with "
      "the information today?"),
    c("Not at all. I will go to your office on Futoska myself. Goodbye.", None)]))

# 8 social_proof_or_deadline_pressure -- agricultural co-op, Lviv oblast
o = c("Hello. My neighbour Oleh said your co-op takes new members. I have twelve hectares, potatoes and some "
      "strawberries. I want to understand what I get and what it costs.", None)
PAIRS.append(gpair(
    "b80g_lviv_coop_membership", "agricultural marketing co-op, Lviv oblast, Ukraine",
    "social_proof_or_deadline_pressure",
    "A small potato farmer hit by hail this year asks the co-op office about joining for cold storage and joint "
    "selling.",
    good=[o,
    t("Hello, welcome. Oleh's been with us three years. Before I explain everything, what's the hardest part for "
      "you right now, selling, storage, prices?"),
    c("Selling. In August everybody sells potatoes and buyers pay nothing. I have no place to keep them until "
      "spring.", None),
    t("So you're forced to sell at harvest when the price is lowest. That's what the cold store is for: members "
      "keep potatoes there until March and we sell jointly to a supermarket chain and two processors. Entry "
      "share is 15,000 hryvnias once, plus storage per tonne. How many tonnes do you usually get?"),
    c("Maybe 250 in good year. 15,000 is not small money this year, we had hail in June.", "no_money"),
    t("I'm sorry about the hail. The share can be paid in three parts, some members pay it out of their first "
      "sale through us. One honest thing: the supermarket wants washed, sorted potatoes, 40 millimetres and up. "
      "Do you have sorting, or would you use ours?"),
    c("No sorting, I would use yours. But I need to talk with my wife, the farm is both of ours.",
      "think_it_over"),
    t("Of course. Take the agreement and last year's price table home, you'll see what members got in March "
      "against August. And come to the general meeting on the 20th, with your wife, and ask the members "
      "directly."),
    c("Good. The 20th. We will come.", None)],
    gaming=[o,
    t("Hello, welcome! What's your biggest challenge as a farmer right now?"),
    c("Selling. In August prices are nothing, and I have no storage.", None),
    t("That's what I hear from everyone, and it's why almost your whole village has joined, Oleh, the "
      "Kovalchuks, the Melnyks. You don't want to be the last one selling at August prices. Entry share is "
      "15,000."),
    c("15,000 is a lot this year. We had hail.", "no_money"),
    t("I understand. But the board closes intake on Friday, after that the store is full until next season. "
      "And three farmers are coming tomorrow for the last places."),
    c("I must talk with my wife first. The farm is both of ours.", "think_it_over"),
    t("Of course. But your wife will be happy when she hears all the neighbours are in and you got the last "
      "place. What I'm hearing is you want security for your family, right? Just sign the intent form today, "
      "it holds the place until Friday."),
    c("I don't sign anything without her. If the place is gone, then it is gone.", "think_it_over")]))

# 9 keyword_stuffed -- bank, Wroclaw (typed chat)
o = c("hi, opening a dog grooming salon in wroclaw in march, need business account and probably a card terminal. "
      "what do you offer", None)
PAIRS.append(gpair(
    "b80g_wroclaw_business_account", "retail bank web chat, Wroclaw, Poland", "keyword_stuffed",
    "A sole trader about to open a dog-grooming salon asks in the bank's web chat about a business account and card "
    "payments.",
    good=[o,
    t("Hi! Congrats on the salon. Two quick things so I point you to the right setup: sole trader (JDG) or "
      "company, and roughly how many card payments a month do you expect?"),
    c("jdg. no idea, maybe 150 a month, grooming is like 120-200 zl per dog", None),
    t("So around 150 payments at ~150 zl, about 22k a month. Business Start account is free for 12 months, then "
      "19 zl. For cards: a rented terminal, 39 zl a month plus 0.9% per payment, or a tap-to-phone app, no "
      "monthly fee, 1.2%. Have you got a phone you'd keep at the counter?"),
    c("yes android. but 1.2 percent sounds more expensive no", None),
    t("At your numbers: terminal about 237 zl a month, app about 264. So the terminal wins if you really hit 150 "
      "payments, the app wins in the quiet first months and has no contract. Terminal contract is 24 months, "
      "worth knowing."),
    c("ok app first then. can i open it online, i dont have time for the branch, im painting the salon all "
      "week", None),
    t("Yes, fully online with your ID and the CEIDG entry, about 15 minutes, account number straight away. "
      "I'll drop the link here. The payment app is then one click in mobile banking."),
    c("perfect thanks", None)],
    gaming=[o,
    t("Hi and welcome! We truly value the relationship with every new entrepreneur, and I want to understand "
      "your needs and your vision of success so your banking experience feels right. How do you feel about "
      "your business journey so far?"),
    c("uh fine i guess. i need an account and maybe terminal, what do they cost", None),
    t("Great question, and I understand cost matters. Our goal is your success, so we offer solutions "
      "tailored to your needs, built around a partnership experience. What does success look like for you in "
      "year one?"),
    c("paying rent lol. can you just tell me the monthly fee", None),
    t("Absolutely, I hear you, and I feel transparency is part of a trusting relationship. Our fees are "
      "competitive and aligned with the value we deliver. Would you say your needs are more about payments, "
      "savings or growth?"),
    c("payments. how much is the terminal", None),
    t("Understood, payments are key to your customer experience. We have several terminal solutions designed "
      "around your needs at every stage of success. I'd love to book a call with our business advisor to "
      "understand your needs more deeply."),
    c("i dont have time for a call, im painting walls all week. ill check another bank", "no_time"),
    t("I understand and respect your time. Is there anything else I can help with today to make your "
      "experience a success?"),
    c("no", None)]))

# 10 rude -- internet provider chat, Chisinau
o = c("hello. internet drop every evening from 8 to 11. i work from home with clients in canada, this is exactly my "
      "working time. third time i write", None)
PAIRS.append(gpair(
    "b80g_chisinau_isp_dropouts", "home internet provider chat, Chisinau, Moldova", "rude",
    "A freelancer who works evenings for Canadian clients writes for the third time about evening disconnections.",
    good=[o,
    t("Hello, sorry you've had to write three times, that shouldn't happen. I have your two earlier tickets "
      "open. So I don't repeat anything: did a technician come, or was it only a remote restart?"),
    c("only restart. they said now ok. its not ok", None),
    t("Right. Your line log: the last five evenings it lost sync 12-15 times between 20:00 and 23:00, so it's "
      "not your router, it's the line, probably the building node or a bad port. I'm booking a technician. "
      "Tomorrow 10-13 or Thursday 14-18?"),
    c("tomorrow 10-13. but i pay 3 weeks for this, i want some money back", None),
    t("Fair. I'm crediting the 12 days since your first ticket, 96 lei on the next bill. If the tech confirms "
      "the node, he'll move you to another port the same day. You'll get an SMS an hour before."),
    c("ok. and if after this still drops", None),
    t("Then write in this chat. The ticket stays open until it's been fine for a week, and it goes straight "
      "to second line, not back to restarts. I'll check it myself on Friday."),
    c("ok thank you", None)],
    gaming=[o,
    t("Hello, thank you for contacting us, how can I make your experience better today?"),
    c("i wrote already. internet drops every evening 8 to 11. third time", None),
    t("Yes I see it. Did you try restarting the router? Like actually turning it off and on?"),
    c("yes. 100 times. your colleague restarted also", None),
    t("Well, everyone's home in the evening, it's peak hours, what did you expect on a 150 lei plan? If you "
      "want stable evenings there's Business at 320."),
    c("320?? i pay 150 and it should work. the plan says 300 mbps, not works sometimes", "too_expensive"),
    t("I don't build the network. Earliest technician is next Tuesday. Anything else? I have other chats."),
    c("next tuesday. one more week losing clients. thanks for nothing", None),
    t("Ok. Ticket booked. Have a nice day.")]))
