"""Gaming pairs, part C (10 pairs). Written by hand; labels chosen line by line."""
from common import c, gpair, t

PAIRS = []

# 21 ------------------------------------------------------- putdown_question, Samarkand, spoken
o = c("Assalomu alaykum, qizim. I am pensioner, seventy-one years. They told me my pension is small because "
      "six years of my work is missing, the kolkhoz years, 1974 to 1980. I brought my labour book, look, "
      "but this page is, eh, torn a little.", None)
PAIRS.append(gpair(
    "b40g_samarkand_pension", "public services centre, Samarkand (Uzbekistan)", "putdown_question",
    "An elderly man comes alone to a public services centre to get missing Soviet-era work years counted "
    "towards his pension; his labour book is damaged. Spoken, at the counter.",
    [o,
     t("Va alaykum assalom, otaxon. Please sit. Let me see the book... yes, the 1974 stamp is half gone, "
       "but the entry itself I can read. Where was the kolkhoz, which district?"),
     c("Pastdargom district. Kolkhoz named after Navoi. It doesn't exist now.", None),
     t("The Pastdargom kolkhoz records went to the regional state archive. We send an official request "
       "from here and they answer within 30 days with a certificate of your work years. I fill the form, "
       "you only sign. For pensioners there's no fee."),
     c("Thirty days... and then my pension will be bigger?", None),
     t("When the certificate arrives, the pension fund recalculates and pays the difference from today, "
       "the day you applied, not from when it arrives. So you lose nothing by waiting. I'll write your "
       "phone number so they call you; you don't need to come back and check."),
     c("From today. Good, good. My phone is this one, write it. Rahmat, qizim, God give you health.", None)],
    [o,
     t("Otaxon, did you really think a torn labour book would be accepted? Didn't anyone tell you to keep "
       "documents in a folder?"),
     c("It's fifty years old, qizim. Things get old.", None),
     t("And the list of documents is on the door. Did you not read it before taking a number? Don't you "
       "have children who can apply online for you?"),
     c("My son works in Russia. I came myself. What do I do?", None),
     t("You need an archive certificate. You know what an archive is, yes? Form number 14. Take it, fill it "
       "at home, and do you think you can bring it back without mistakes this time?"),
     c("I came on two buses for this. I will ask at another centre, maybe there they are more human.", None)]))

# 22 ------------------------------ not_my_department_or_read_the_terms, Kumasi, spoken, B2B
o = c("Hello, good morning. My name is Akosua Frimpong, I have a shop policy with you, shop 214 at Kejetia. "
      "There was fire in the market on Tuesday night. My cloth stock, all burnt or wet from the water. "
      "Please, what do I do? I have loan on that stock.", None)
PAIRS.append(gpair(
    "b40g_kumasi_insurance", "insurance company branch office, Kumasi (Ghana), small-business policy",
    "not_my_department_or_read_the_terms",
    "A cloth trader whose market shop burned phones her insurer's local office; her stock was bought on "
    "a bank loan. Spoken, by phone.",
    [o,
     t("Good morning, Madam Frimpong. I'm very sorry, we heard about the Kejetia fire. Let me open your "
       "policy... yes, shop 214, stock cover up to 60,000 cedis, including fire and water damage from the "
       "firefighting. Are you safe? Nobody hurt?"),
     c("Nobody hurt, thank God. But everything is finished. Sixteen years of business.", None),
     t("I'm sorry. Here's what happens now. I'm opening your claim today. I need three things: photos of "
       "the shop as it is, your stock records or supplier invoices from the last months, and the fire "
       "service report, which the market association is collecting for all the shops. A loss adjuster will "
       "visit by Monday."),
     c("Some of my invoices were in the shop. They burnt.", None),
     t("That's common after a fire. Your suppliers can reprint them, and your mobile money statements for "
       "payments to suppliers also count. Please don't clear or throw anything away before the adjuster "
       "comes."),
     c("Okay. And the money, how long? The bank wants their loan.", None),
     t("After the adjuster's report, payment is usually within 21 days. Today I'll write a letter confirming "
       "your claim is open; give it to your bank, they often pause the loan while a claim is processed. "
       "Your claim number is KMS-0921."),
     c("Please send that letter, it will help me too much. Thank you.", None)],
    [o,
     t("Good morning, thank you for calling. I'm sorry for your experience. Please, claims are handled by "
       "the claims unit in Accra; this is the Kumasi sales office, we only sell new policies."),
     c("Please, can you not give me their number? Or tell me what I should do?", None),
     t("The procedure is all in your policy document, section 5, claims notification. Everything you need "
       "to know is there, you just have to read it."),
     c("My policy document was in the shop. It burnt.", None),
     t("You can download it from our website. Please also note section 8: stock without records may not be "
       "covered, so read that part carefully too. Would you maybe like to hear about our new home policy?"),
     c("Herh. I'm telling you my shop burnt and you're selling me home policy? Let me go to the office "
       "myself.", None)]))

# 23 ------------------------------- social_proof_or_deadline_pressure, Batumi, typed
o = c("hello. i see your ad for the tower near the boulevard, 1 bedroom 42 m2 from 58,000 usd. is building "
      "finished or still construction? and what if construction stops, many stories about this in batumi", None)
PAIRS.append(gpair(
    "b40g_batumi_apartment", "property developer sales office, Batumi (Georgia)",
    "social_proof_or_deadline_pressure",
    "A cautious buyer living abroad asks a developer on WhatsApp about an off-plan seaside flat as a "
    "rental investment. Typed chat.",
    [o,
     t("Hello! Honest answer: it's under construction, the frame is at floor 19 of 28, handover planned for "
       "Q3 next year. About stopping: your payments go to an escrow account at the bank and are released to "
       "us stage by stage, so if works stop, the unpaid stages stay with the bank. I can send you the escrow "
       "agreement for your lawyer to check."),
     c("ok, this is better answer than other agents. 42 m2, which floor and which view?", None),
     t("At 58,000 it's floor 7, city side, mountain view. Sea view starts at floor 15, the same layout is "
       "71,000 there. Will you live in it or rent it out? That changes which one makes sense."),
     c("rent out, daily rent in summer, i live in Almaty. 71 is above my budget, i planned max 60", "no_money"),
     t("Then floor 7 is the sensible one. Summer daily rent depends more on distance to the beach than on "
       "the view, and you're 400 m from it. Most owners use a management company, 20-25% commission. No "
       "rush: prices change by construction stage, the next one is in about two months."),
     c("ok. i need discuss with my wife, big money for us. send me escrow doc and floor 7 plan",
       "think_it_over"),
     t("Sending both now. If you come to Batumi, I'll show you the site and one of our finished buildings "
       "two streets away."),
     c("thank you, maybe in may", None)],
    [o,
     t("Hello! Great choice, this is the hottest project in Batumi right now 🔥 More than 200 investors from "
       "Israel, Kazakhstan and Ukraine bought this month. Only 3 one-bedroom units left at 58,000!"),
     c("ok but is it finished or construction? and what if it stops", None),
     t("Construction is going fast, no worries, everyone who bought with us is very happy. But the price "
       "goes up 8% on Monday, so for 58,000 you need to reserve with a 2,000 deposit before Sunday."),
     c("i dont put deposit in 2 days from a chat. send me documents and plan by email, i will look",
       "brush_off"),
     t("Of course! But honestly, yesterday a client from Almaty waited one day and lost his unit. What's "
       "holding you back from securing yours today?"),
     c("what holds me is nobody answers about construction stopping. i will check other developers and "
       "compare", "think_it_over"),
     t("I understand! Just know these 3 units won't wait. Shall I hold one for 24 hours for you?"),
     c("no need to hold anything. thanks", "brush_off")]))

# 24 -------------------------------------------------- keyword_stuffed, Quebec City, spoken
o = c("Bonjour. Bon, my wife made the appointment, not me, eh. She says the TV is too loud. Me, I hear "
      "fine... mostly. It's at the restaurant, with the grandchildren all talking at the same time, that I "
      "lose the, the, the thread.", None)
PAIRS.append(gpair(
    "b40g_quebec_hearing", "hearing aid clinic, Sainte-Foy, Quebec City (Quebec)", "keyword_stuffed",
    "A 78-year-old retired man, sent by his wife, comes back after his hearing test to talk about hearing "
    "aids. Spoken, in the clinic.",
    [o,
     t("Bonjour Monsieur Gagnon. That's very common, noisy places are usually the first thing people "
       "notice. Your test shows a moderate loss in the high pitches, both ears, which is exactly what makes "
       "voices hard to pick out in noise. Is it mostly restaurants, or church and meetings too?"),
     c("Restaurant, and the Sunday dinner at my daughter's. Church, I sit in front, ça va.", None),
     t("Okay. For that, a pair with a directional mode helps a lot: it focuses on the person in front of "
       "you and turns down the noise behind. The model I'd suggest is 3,800 for the pair. There's also a "
       "version with Bluetooth for the phone and the TV, 4,600."),
     c("The Bluetooth, non, I don't need. I have a flip phone, I'm not a teenager.", "no_need"),
     t("Ha, fair enough, the 3,800 then. You may get part of it back: do you have private insurance from "
       "your old work?"),
     c("From Hydro-Québec, yes. But 3,800 still... my brother-in-law says at Costco it's half.",
       "too_expensive"),
     t("Costco can be cheaper, true, and their devices are decent. What you pay for here is the adjustments "
       "for as long as you wear them, and for noise that matters more than the device. Take them home for "
       "30 days and try the Sunday dinner; if they don't help, bring them back, nothing to pay."),
     c("Thirty days, no charge? Bon. That, I can try. My wife will be happy, anyway.", None)],
    [o,
     t("Bonjour Monsieur Gagnon! Welcome to your hearing journey. Our mission is to understand your unique "
       "needs and build a lasting relationship focused on your hearing success. How would you describe "
       "your listening experience?"),
     c("My listening... eh, I told you, the restaurant. I lose the conversation.", None),
     t("Thank you for sharing that. So what I'm hearing is that connection and engagement are important "
       "values for you. Our solutions are designed around your lifestyle goals, your communication needs "
       "and a seamless, customer-centred experience. What does hearing success mean to you?"),
     c("Success? I want to hear my grandson. What machine, how much, that's all.", None),
     t("Absolutely, and I'm so glad you shared your needs. Together we'll co-create a personalised hearing "
       "care plan to maximise your satisfaction. Before we discuss options, is there anything else you'd "
       "like to share about your experience?"),
     c("Non, c'est assez. Give me the pamphlet, I'll read it at home.", "brush_off")]))

# 25 ---------------------------------------------- rude, Nashville, spoken (phone), B2B
o = c("Hey, it's Travis over at the Rusty Spur on Lower Broad. My Friday delivery came, but it's short six "
      "kegs of the Yee-Haw IPA and four of the Miller Lite. I got a bachelorette weekend comin' in like a "
      "freight train. What happened?", None)
PAIRS.append(gpair(
    "b40g_nashville_kegs", "beverage distributor, Nashville, Tennessee (US South), B2B", "rude",
    "A bar manager phones his beer distributor on a Friday: his delivery is short ten kegs before a busy "
    "weekend. Spoken, by phone.",
    [o,
     t("Hey Travis. Lemme pull up your ticket... yep, I see it. The IPA was shorted at our warehouse, the "
       "brewery came in light this week. The Miller Lite should've been on your truck; that's our loader's "
       "mistake."),
     c("So what do I do, I'm fixin' to be dry by Saturday noon.", None),
     t("Miller Lite I can get you today, I've got a driver doing a second run downtown at three. Yee-Haw, "
       "I've only got two kegs in the whole building; I'll send those too. For the other four I could sub a "
       "local IPA, Southern Grist or Jackalope, same price tier."),
     c("Nah, don't sub it. My regulars ask for Yee-Haw by name, they'd notice in one sip.", "no_need"),
     t("Fair enough. Two Yee-Haw and four Miller Lite on the three o'clock, no delivery fee since we shorted "
       "you. The brewery restocks us Monday, and I'll hold four for you off the top."),
     c("Alright. Three o'clock. I'll have the cooler door open.", None)],
    [o,
     t("Yeah, how can I help you today. Short kegs? Look, man, it's Friday, everybody's short. You ain't the "
       "only bar on Broadway."),
     c("I know I'm not the only bar, but I ordered these two weeks ago.", None),
     t("And I got forty other accounts who ordered two weeks ago. The IPA's out, period. Miller Lite, maybe "
       "Monday. Did y'all really think you'd get it same day on a Friday?"),
     c("I'm not askin' for same day, I'm askin' for what I already ordered and paid for.", None),
     t("Well, take it up with the brewery. Anything else? 'Cause I got a line of calls here. Appreciate your "
       "business, have a great day."),
     c("Unbelievable. I'm callin' your boss, and I'm lookin' at another distributor.", None)]))

# 26 ------------------------------------------------ ignored_customer, Abuja, typed, B2B
o = c("Good afternoon. This is Procurement, Garki General Hospital. We are considering 10 units of the 10L "
      "oxygen concentrator from your quote 2231. Before PO, 3 questions: 1) warranty length and does it "
      "cover damage from power surge 2) who services it in Abuja 3) delivery time", None)
PAIRS.append(gpair(
    "b40g_abuja_oxygen", "medical equipment distributor, Abuja (Nigeria), B2B", "ignored_customer",
    "A hospital procurement officer sends three precise questions before raising a purchase order for "
    "oxygen concentrators. Typed (business messaging).",
    [o,
     t("Good afternoon, thank you. 1) 2 years warranty, parts and labour. Surge damage is not covered by the "
       "manufacturer, and with grid fluctuation that's the main risk, so we advise a voltage stabiliser per "
       "unit, 38,000 naira each. 2) Our engineer is based in Wuse, 24-hour response within Abuja. 3) 6 units "
       "are in stock in Abuja, the other 4 come from Lagos in 7-10 days."),
     c("Thank you, clear. On service, do we need your maintenance contract? Your quote lists it at 1.2m per "
       "year", None),
     t("It depends on your team. If you have in-house biomedical engineers, they can do the routine filter "
       "and sieve-bed checks themselves and you only call us for warranty repairs. If you don't, the "
       "contract is worth it."),
     c("We have two biomed engineers. So we will not take the contract.", "no_need"),
     t("That makes sense. I'll take it off the quote and add a one-day training on these units for your "
       "engineers, free with the order. Shall I include the stabilisers?"),
     c("Yes, include stabilisers. Send the revised quote, we'll raise the PO this week.", None)],
    [o,
     t("Good afternoon! Thank you for considering us. Our 10L concentrator is our best seller, hospitals "
       "love it. Would you also like to see our new patient monitors? There's a bundle discount this "
       "quarter."),
     c("Thank you but not now. Please answer the 3 questions first, we need them for the PO", "brush_off"),
     t("Sure! Our full catalogue is attached. Our relationship with Garki General is important to us. Shall "
       "I book a demo of the monitors for your team?"),
     c("We don't need monitors. Warranty? Power surge? Service in Abuja? Delivery?", "no_need"),
     t("Noted! Our products are CE certified and top quality. I'll forward your questions to the team. What "
       "quantity of monitors should I put in the revised quote?"),
     c("None. Please ask someone else to call me.", None)]))

# 27 ---------------------------------------------- repeated_questions, Haifa, spoken (phone)
o = c("Hello, shalom. I am thirty-two weeks pregnant, and since the morning I feel the baby is moving very "
      "little. Normally he's kicking all the time. I'm scared. What should I do?", None)
PAIRS.append(gpair(
    "b40g_haifa_nurseline", "health fund nurse line, Haifa (Israel)", "repeated_questions",
    "A frightened pregnant woman calls her health fund's nurse line about reduced baby movements. Spoken, "
    "by phone.",
    [o,
     t("Shalom, I'm one of the nurses, I'm glad you called. Since this morning, so how many hours with less "
       "movement?"),
     c("Since maybe eight o'clock. Now it's two. I drank cold water, I lay on my left side like they say. A "
       "little movement, very little.", None),
     t("You did the right things. With less movement that long at 32 weeks, you should be checked today, "
       "now, not tomorrow. Go to the maternity emergency at Rambam or Bnai Zion, whichever is closer; "
       "they'll put you on the monitor. Most of the time all is fine, but we want to see it."),
     c("Now? My husband has the car, he's at work in Acre until five.", None),
     t("Don't wait for him. Take a taxi and call him from the taxi. Bring your pregnancy file and your ID "
       "card. Is there someone who can come with you?"),
     c("My sister lives near, I'll call her. Okay, okay. I'm going.", None),
     t("Good. If you have pain, bleeding or fluid on the way, tell the driver to go straight in. Call us "
       "after if you want."),
     c("Thank you, thank you so much.", None)],
    [o,
     t("Shalom, thank you for calling. May I have your ID number please?"),
     c("It's 0-3-8-4... wait. 038412756.", None),
     t("Thank you. And how many weeks are you?"),
     c("Thirty-two. I told you, the baby is moving very little, I'm worried.", None),
     t("I understand. Can you confirm your ID number again, please?"),
     c("038412756. Please, what should I do?", None),
     t("Thank you. And since when do you feel less movement? And which week, thirty-two you said? Let me "
       "just verify your ID once more."),
     c("Why are you asking me the same things? I'm going to the hospital myself, yalla.", None)]))

# 28 ---------------------------------------------------- wrong_paraphrase, Salalah, typed
o = c("salam alaikum. we are coming salalah in khareef, 10 to 17 august, family 6 persons, 2 kids. we want "
      "go to jebel samhan and wadi darbat and maybe the sand on the empty quarter side. what car you have "
      "and price", None)
PAIRS.append(gpair(
    "b40g_salalah_rental", "car rental agency, Salalah (Oman)", "wrong_paraphrase",
    "A father planning a khareef-season family trip asks a car rental agency on WhatsApp for a car for "
    "mountains and sand. Typed chat.",
    [o,
     t("Wa alaikum assalam, welcome in advance 🌧️ For 6 people and sand you need a real 4x4 with 7 seats: "
       "Land Cruiser Prado 2022, or a Fortuner. 10 to 17 August is 7 days."),
     c("prado price?", None),
     t("Prado is 38 rial per day, 266 for the week, 250 km per day. Fortuner is 32 per day. Both 4x4 with "
       "low range, fine for the sand on the Thumrait side. One thing: in khareef the jebel road is very "
       "foggy in the afternoon, better go up in the morning."),
     c("38 is expensive, in muscat my cousin rent prado for 28", "too_expensive"),
     t("In Muscat yes, but in khareef every price in Salalah goes up, demand is very high. Fortuner at 32 is "
       "the cheaper option, same 7 seats. If you book the full 7 days now I can do the Prado at 35."),
     c("ok prado at 35. insurance included?", None),
     t("Basic insurance is included, with 300 rial excess. Full cover with zero excess is 6 rial per day "
       "more. Your choice."),
     c("no need full, my credit card covers the excess. just basic", "no_need"),
     t("Fine. Send me a photo of the driving licences and I'll confirm, pick-up at the airport on the 10th."),
     c("sending now. thanks brother", None)],
    [o,
     t("Wa alaikum assalam! So if I understand correctly, you need an economy sedan for driving in the "
       "city, correct?"),
     c("no, 4x4. we go to mountain and sand. 6 persons", None),
     t("Ah great, so what I'm hearing is a 5-seater SUV for the beach road and the city, for 6 days. Did I "
       "get that right?"),
     c("6 persons. not 5. 7 days. 10 to 17 august. and sand", None),
     t("Perfect, thanks for clarifying! So to summarise your needs: a Nissan X-Trail, 5 seats, 2WD, 10 to 16 "
       "August. A great family car. Shall I confirm?"),
     c("no. you dont read. i will ask other company and compare", "think_it_over")]))

# 29 ---------------------------------------------------- pitch_to_upset, Jounieh, spoken
o = c("Bonsoir. Listen, the generator cut four times this week, four! Yesterday right in the middle of my "
      "son's exam revision, and the fridge, khalas, everything is warm. And you raised the price this "
      "month. Ya3ne what are we paying for?", None)
PAIRS.append(gpair(
    "b40g_jounieh_generator", "neighbourhood generator subscription office, Jounieh (Lebanon)",
    "pitch_to_upset",
    "An angry subscriber of the private neighbourhood generator comes to the office after repeated "
    "outages and a price rise. Spoken, in the office.",
    [o,
     t("Bonsoir Madame Rita. You're right, it's been a bad week, I'm sorry. The big generator had a cooling "
       "problem, it was overheating and cutting out. The mechanic came Tuesday and he's changing the "
       "radiator tomorrow morning."),
     c("Tomorrow, and then it's finished? Or next week the same story?", None),
     t("The radiator was the cause, he checked it. Tomorrow from eight to eleven there's no generator while "
       "he works; I'm telling everyone now so you can plan. After that it should be stable. If it cuts again "
       "after tomorrow, call me directly, not the office."),
     c("And the price? Why more this month?", None),
     t("Diesel went from 16 to 19 dollars the tanka, that's the whole increase, I can show you the "
       "invoices. But for this week's cuts we're taking 10 dollars off this month's bill, for everyone on "
       "the line."),
     c("Okay. Ten dollars, at least it's something. Eight to eleven tomorrow, I'll tell my son to study "
       "early.", None)],
    [o,
     t("Bonsoir Madame, yes, I know, I know. Listen, the real solution for you is to upgrade from 5 amps to "
       "10; with 10 you won't feel the problems the same way. It's only 45 dollars more a month."),
     c("Are you joking? I don't need more amps, I need the five I'm paying for to work!", "no_need"),
     t("I understand your experience has been frustrating. That's why many neighbours are installing our "
       "solar battery system, 1,800 dollars, installed in two days, and then the cuts don't matter at all. "
       "Shall I come and look at your roof?"),
     c("Eighteen hundred dollars? We can barely pay your bill! Why is it cutting, that's what I'm asking.",
       "no_money"),
     t("The generator is old, these things happen. Ya3ne, think about the battery, it's an investment in "
       "your family's satisfaction. Anything else I can do for you tonight?"),
     c("Yes, fix your generator. Yalla, tisbah 3ala kheir.", None)]))

# 30 ------------------------------------------------ blame, Saint-Louis, spoken (phone), B2B
o = c("Allô, Monsieur Diallo? It's Mame Diarra Sow, Sow Pêche Export. My container of thiof arrived in "
      "Marseille this morning and the buyer refused it. They say the temperature was 9 degrees, the fish is "
      "spoiled. Twelve tonnes! What happened?", None)
PAIRS.append(gpair(
    "b40g_saintlouis_fish", "freight forwarder / cold-chain logistics, Saint-Louis (Senegal), B2B", "blame",
    "A fish exporter calls her freight forwarder after a refrigerated container of fish was refused at "
    "the port of arrival. Spoken, by phone.",
    [o,
     t("Madame Sow, I'm sorry, that's a huge loss. Let me look at the data. Your reefer... the log shows 0 to "
       "2 degrees until Las Palmas, then on day four it climbs to 9 and stays there. That looks like a power "
       "failure on the vessel's connection, not your loading."),
     c("So it's not my fault. At loading my people measured minus one, I have the papers.", None),
     t("Your papers will help. I'm opening a cargo claim with the shipping line today, with the log and "
       "your loading records. Please send me the Marseille refusal report and the commercial invoice for "
       "the twelve tonnes."),
     c("How long is this claim? I must pay the fishermen this week.", None),
     t("I won't lie to you, carrier claims take one to three months. Once the line accepts responsibility I "
       "can ask our insurer for a partial advance, maybe in two weeks, but I can't promise the amount yet. "
       "I'll call you Friday with where it stands."),
     c("Two weeks, that's already something. Please push them.", None),
     t("I will. And for the next shipments, we can add live temperature monitoring: an alarm reaches you "
       "and us within the hour if it rises. 45,000 francs per container."),
     c("We'll see about the monitoring. First I want to see how you handle this claim.", "think_it_over")],
    [o,
     t("Madame Sow, I'm sorry for this experience, we value our relationship. But honestly, when fish "
       "arrives spoiled, usually the problem is at loading. Did your team pre-cool the fish properly "
       "before stuffing?"),
     c("Of course! Minus one degree at loading, I have the papers signed by your own driver.", None),
     t("Sometimes the probe goes into the ice, not the fish, and the reading is wrong. And you loaded at two "
       "in the afternoon, in the heat, no? That's a risk the shipper takes."),
     c("The log, Monsieur Diallo. Look at the log. Did the temperature go up at sea or not?", None),
     t("The log shows some variation, but we can't say the cause. Under the contract the shipper is "
       "responsible for cargo condition at loading; you can claim from your own insurance. Anything else I "
       "can assist with?"),
     c("Yes: find yourself a new client. We're finished.", None)]))
