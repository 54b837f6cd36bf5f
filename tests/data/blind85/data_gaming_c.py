"""Gaming pairs 21-30 of blind85 (b85), hand-written."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question - mobile operator chat, Francistown
o = c("hi my postpaid bill is P640 this month normally its P250. i didnt use anything extra", None)
PAIRS.append(gpair(
    "b85g_francistown_roaming_bill", "Mobile operator customer chat, Francistown, Botswana", "putdown_question",
    "A postpaid customer types in the chat about a bill more than twice the usual amount.",
    [o,
     t("Hi, sorry about the shock. Let me check. Can you confirm the cell number on the contract?"),
     c("71 234 567", None),
     t("Thanks. I see P390 of roaming data from the 12th to the 15th, on a Zimbabwean network. Were you across the border those days?"),
     c("eish yes i went to bulawayo for a funeral. but i didnt switch on roaming i think", None),
     t("On this contract roaming is on by default, which catches a lot of people, the phone just connects. I can't wipe it, but as a first time I can reverse half, P195, and switch roaming off so it only comes on if you ask."),
     c("half is better than nothing. but honestly maybe i dont need a contract at all, prepaid is enough for me", "no_need"),
     t("Fair thought. Apart from this your usage is under P200, so prepaid could suit you. The contract ends in March, leaving before costs P300. I'd keep it to March with roaming off, then switch for free. Want me to note that on the account?"),
     c("ok do that. and the half refund", None),
     t("Done. P195 credit shows on next month's bill and roaming is off. You'll get an SMS confirming both."),
     ],
    [o,
     t("Hi! Before we look, are you sure you've read the bill properly? What exactly do you think is wrong?"),
     c("yes i read it. P640. normally P250", None),
     t("Okay. Did you maybe forget what you used? Did you travel, or do you let other people use your phone?"),
     c("i went to bulawayo for a funeral. but i didnt put roaming on", None),
     t("So you went out of the country and you're surprised about roaming? Didn't you think to check before you went?"),
     c("nobody told me its on by default. is it normal to charge P390 for 3 days", None),
     t("It's in the contract. So what exactly would you like us to do, pay it for you?"),
     c("wow. i want to speak to a supervisor pls", None),
     t("I'm only trying to understand your concern. Is there anything else I can help with?"),
     c("no. supervisor.", None),
     ]))

# 22 not_my_department_or_read_the_terms - private clinic billing, Lilongwe
o = c("Muli bwanji. I was admitted here last week for two nights. My medical scheme should have paid, but I got a bill for 420,000 kwacha at home.", None)
PAIRS.append(gpair(
    "b85g_lilongwe_clinic_bill", "Private clinic accounts desk, Lilongwe, Malawi", "not_my_department_or_read_the_terms",
    "A teacher with medical aid queries a large bill after a short admission.",
    [o,
     t("Ndili bwino, zikomo. Sorry about the surprise. Let me pull your file. Your name and scheme number, please?"),
     c("Grace Banda. The number is on the card, here.", None),
     t("Thanks. The claim went to the scheme on the 4th. They paid 610,000 of 1.03 million, and the 420,000 is what they rejected. The reason given is the room, you were in a private room and your plan covers general ward."),
     c("Private? They put me there, nobody asked me. They said the ward was full.", None),
     t("That changes things. If the ward was full, that's on us, not you. I'll check the admission notes, and if it's written there I'll ask the billing manager to write off the room difference. What's left might be a co-pay on two medicines, about 35,000. Can I call you by Friday?"),
     c("Friday is okay. But I'm not paying 420,000, I don't have that, I'm a teacher.", "no_money"),
     t("Understood, and nobody will chase you while we check. I'm putting a hold so no reminders go out. I'll call Friday before 4, and if the notes don't show it, I'll tell you exactly what we can do."),
     c("Okay. Thank you. Friday.", None),
     ],
    [o,
     t("I'm sorry about that, I know that's frustrating. Unfortunately billing queries about medical schemes are handled by the scheme, not us. You'll need to call them."),
     c("I called them. They say the clinic charged for a private room. I never asked for a private room.", None),
     t("I understand how you feel. But room allocation is done by nursing, not accounts. I only process what comes to me."),
     c("So who do I talk to? Nurses send me to accounts, you send me to the scheme.", None),
     t("I hear you. The admission form you signed says patients are responsible for any amount their scheme doesn't cover. It's in the terms on the back."),
     c("I was in pain, I signed what they gave me. I'm not paying 420,000, I don't have that money.", "no_money"),
     t("I understand your concern. You can write to the administrator, they answer within 30 days. Is there anything else I can help with?"),
     c("Anything else? You haven't helped with anything. I'm going to the Ministry.", None),
     ]))

# 23 social_proof_or_deadline_pressure - agrovet (dairy feed), Nakuru
o = c("Hello. I have six cows, Friesians. The milk has dropped, they were giving 15 litres, now 9. Someone told me to change the dairy meal.", None)
PAIRS.append(gpair(
    "b85g_nakuru_dairy_feed", "Agrovet shop (dairy feeds), Nakuru, Kenya", "social_proof_or_deadline_pressure",
    "A small dairy farmer comes in after a month-long drop in milk during a dry spell.",
    [o,
     t("Hello. 15 down to 9 is a big drop. When did it start, and did anything change then, feed, weather, calving?"),
     c("Since the dry spell, about a month. The napier is finished, we give maize stover and dairy meal, 3 kilos each.", None),
     t("So the fodder changed. Stover is mostly fibre, very little protein, so they're short whatever the meal brand. Are they fresh in milk, or later?"),
     c("Two calved in August. The others are far, maybe seven months.", None),
     t("Then the two fresh ones lose most. Rather than change brand, I'd add cotton seed cake for those two, 1.5 kilos each a day at 85 a kilo, and give the dairy meal by yield, more to the fresh ones. Roughly 250 shillings a day extra."),
     c("250 a day... the cooperative pays me 50 a litre. If I get back 4 litres it pays.", None),
     t("That's the maths. Try two weeks and write the litres down daily. If nothing moves, it may be something else, mastitis or water, and then a vet visit beats more feed."),
     c("Okay. One bag of the cake to start. The rest after two weeks.", None),
     ],
    [o,
     t("Hello! Yes, that's why everyone in Bahati and Subukia has moved to our High-Yield dairy meal this season. Farmers report two to four litres more per cow. What are you feeding now?"),
     c("Maize stover and 3 kilos of dairy meal. The napier finished with the dry spell.", None),
     t("Great, so just swap to High-Yield. It's 3,400 a bag, and the cooperative chairman himself uses it. Honestly, you'd be the last one in your area not on it."),
     c("3,400? Mine is 2,700. That's a big difference for six cows.", "too_expensive"),
     t("I understand. But the promo price ends Saturday, after that it's 3,800. And only twelve bags are left before the next lorry, a farmer took twenty yesterday."),
     c("Wait, let me first see if it's the feed. Maybe it's the stover.", "think_it_over"),
     t("Of course, but your neighbours didn't wait and their milk is already up. Shall I load four bags now before they go?"),
     c("No. I'll come back after I ask the extension officer.", "think_it_over"),
     ]))

# 24 keyword_stuffed - clearing and forwarding agent, Beira
o = c("Good afternoon. I have a container of tiles coming to Beira from China, arriving on the 18th. My last agent was slow, the container sat three weeks and I paid demurrage.", None)
PAIRS.append(gpair(
    "b85g_beira_clearing_agent", "Clearing and forwarding agent, Beira, Mozambique", "keyword_stuffed",
    "A hardware importer from Chimoio looks for a new agent to clear a container at Beira port.",
    [o,
     t("Good afternoon. Three weeks is expensive. Do you know what held it last time, documents, inspection, duties?"),
     c("He said duties, but I paid the duties in two days. I think he just didn't push. I paid almost 90,000 meticais in storage and demurrage.", "bad_experience"),
     t("So speed, and knowing where it is. Do you have the bill of lading and invoice already? And does it stay in Beira or go up to Chimoio?"),
     c("I have the B/L copy, invoice, packing list. It goes to Chimoio by truck.", None),
     t("Send them today and we lodge the declaration before the ship arrives, so the assessment is ready on day one. Usually 4 to 6 working days from discharge if there's no physical inspection. Our fee is 18,500 plus port charges at cost, and you get a status message every day until it leaves the port."),
     c("Every day, okay. But 18,500, the other one was 14,000.", "too_expensive"),
     t("He was cheaper, and it cost you 90,000. I can't promise no inspection, customs decides that. But if we're the reason it's late, we pay the storage days. I'll write that into the quote."),
     c("Put it in writing. I'll send the documents tonight.", None),
     ],
    [o,
     t("Good afternoon, and thank you for reaching out! At our agency we truly understand our clients' needs, and a successful long-term relationship is at the heart of everything we do. How do you feel about your past clearing experience?"),
     c("I told you, bad. It sat three weeks, I paid 90,000 in demurrage.", "bad_experience"),
     t("I really understand how you feel, and I'm sorry your needs weren't met. We are committed to making your experience a success. Our relationship-driven approach puts your needs first."),
     c("Okay... so how long do you take to clear?", None),
     t("Great question. We focus on understanding each client's unique needs to deliver a seamless, successful experience. Every container is a journey, and we partner with you at each step."),
     c("That's not a number. How many days, and what's your fee?", None),
     t("I appreciate your need for clarity. Our fees reflect the value of the relationship and the success we create together. I'll have our team reach out to understand your needs more deeply. Anything else I can help with?"),
     c("The ship comes on the 18th and you want a team to understand me. I'll find someone else.", None),
     ]))

# 25 rude - bus company booking line, Mbarara
o = c("Hello, hello, I want two seats to Kampala tomorrow, the first bus, and I have goods, five sacks of matooke. Quickly please, I'm in the market.", None)
PAIRS.append(gpair(
    "b85g_mbarara_bus_booking", "Bus company booking line, Mbarara, Uganda", "rude",
    "A hurried market trader phones to book seats and luggage space on the early bus.",
    [o,
     t("Hello, yes. First bus is 6am, 30,000 a seat. Five sacks, the normal matooke size?"),
     c("Yes normal. Five. How much for the luggage?", None),
     t("5,000 a sack in the hold, so 25,000. Total 85,000. Names for the seats?"),
     c("Tumusiime Joseph and Ainomugisha Rose. Eh, 5,000 a sack, last week it was 3,000.", "too_expensive"),
     t("It changed on the 1st with fuel, sorry. If two sacks are small they can go as one, but the conductor decides when he sees them. Want to pay on mobile money so the seats are held?"),
     c("Send the number. I'm in the market, I'll pay in one hour.", None),
     t("No problem, I'll hold the seats until 2pm. Merchant code coming by SMS. Be at the park by 5:30 so the sacks load first."),
     c("5:30. Okay, okay. Thank you.", None),
     ],
    [o,
     t("Slow down, sir, I can't understand you when you shout. What do you want?"),
     c("Two seats! Kampala! Tomorrow first bus! And five sacks matooke.", None),
     t("The first bus fills up with people like you calling last minute. 30,000 a seat. Luggage 5,000 a sack. You want it or not?"),
     c("5,000 a sack? Last week it was 3,000.", "too_expensive"),
     t("Last week was last week. If you don't like it, hire a taxi for your matooke. Names?"),
     c("You people. Joseph Tumusiime and Rose Ainomugisha. Can two small sacks go as one?", None),
     t("What do I know about your sacks? The conductor will see. And don't come late like you people always do, the bus won't wait."),
     c("Don't insult me. I'll take the other company.", None),
     ]))

# 26 ignored_customer - solar irrigation pumps, Moshi
o = c("Hello, I farm tomatoes and onions near Lower Moshi, one and a half acres. I pump from the canal with petrol but petrol is killing me. I'm asking about solar pumps.", None)
PAIRS.append(gpair(
    "b85g_moshi_solar_pump", "Solar irrigation pump supplier, Moshi, Tanzania", "ignored_customer",
    "A vegetable farmer paying heavily for petrol asks about switching to a solar surface pump.",
    [o,
     t("Hello, karibu. How far is the canal from the field, and is the field higher than the canal?"),
     c("Maybe 50 metres. The field is a bit higher, 2 metres maybe.", None),
     t("And how do you water, furrows or hose, and how long does the petrol pump run?"),
     c("Hose and furrows. About 3 hours every second day. 10 litres of petrol each time.", None),
     t("So about 15 litres a week, near 50,000 shillings. For that lift and distance a small surface pump with two panels does it, 1.9 million installed. It runs only in sun, so you water roughly 10 to 3, not early morning."),
     c("1.9 million I don't have at once. And midday only, my workers come at 7.", "no_money"),
     t("There's a plan, 400,000 down and 120,000 a month for a year, less than your petrol. For timing, you could fill a tank by day and water from it in the morning, but that's a 5,000-litre tank extra. Or the workers shift hours. Which suits your farm?"),
     c("The workers can change. The down payment, let me think, I'll have money after the onion harvest in June.", "think_it_over"),
     t("Fair. I'll keep the quote valid to end of June and call you the first week of June. If you want to see one running, a farmer near TPC has the same pump, I can take you."),
     ],
    [o,
     t("Hello! Great, solar is the future. Tell me about your farm."),
     c("One and a half acres, tomatoes and onions. The canal is 50 metres, field a bit higher.", None),
     t("Okay. We have the 3 horsepower submersible solar pump, our best seller, 4.8 million."),
     c("Submersible? I don't have a borehole. I pump from the canal.", None),
     t("It's very strong, it'll do everything you need. And how much do you spend on petrol?"),
     c("About 50,000 a week. But 4.8 million, I don't have that.", "no_money"),
     t("It also comes with six panels and a controller with a phone app."),
     c("Did you hear me? No borehole. And my workers come at 7, can it pump in the morning?", None),
     t("So shall I book the installation team for next week?"),
     c("No. You're not listening to anything. Asante.", None),
     ]))

# 27 repeated_questions - microfinance school fees loan, Gulu
o = c("Good morning sir. I want the loan for school fees. I have three children, two in secondary.", None)
PAIRS.append(gpair(
    "b85g_gulu_fees_loan", "Microfinance institution branch, Gulu, Uganda", "repeated_questions",
    "A market trader asks for a school fees loan for three children before the term deadline.",
    [o,
     t("Good morning madam, you're welcome. How much is the total this term, and when do the schools want it?"),
     c("Secondary is 650,000 each, the small one 180,000. They want by the 10th. I have maybe 600,000 from my business.", None),
     t("So about 880,000 short. What's the business, and what do you make in a good week?"),
     c("Second-hand clothes at Gulu main market. A good week, 250,000 profit. A bad week, maybe 80.", None),
     t("880,000 over four months is about 250,000 a month, and with bad weeks that's tight. Could we do 700,000, and you ask the primary school to take the small one's fees in two parts?"),
     c("The primary head teacher knows me, she accepts two parts. 700 is okay. But my group must guarantee, and one of them owes already.", None),
     t("Then two clean guarantors are enough, not the whole group. Bring them Thursday with IDs, and your stall receipt. We pay the schools directly by the 9th."),
     c("Thursday I'm at the market from morning. Can it be Friday early?", "no_time"),
     t("Friday at 8 then. I'll have the forms filled so you only sign."),
     ],
    [o,
     t("Good morning madam! So tell me, what brings you in today?"),
     c("The school fees loan. Three children, two in secondary.", None),
     t("Okay. And what would you like to use the loan for?"),
     c("School fees. I said. Secondary is 650,000 each, primary 180,000.", None),
     t("I see. And how many children do you have in school?"),
     c("Three. Two secondary, one primary.", None),
     t("Good. And what is the purpose of the loan, just so I capture your needs correctly?"),
     c("Sir, school fees! Are you writing anything?", None),
     t("Yes, yes. And how much do you need in total?"),
     c("I've told you the numbers. My time is going, the market is open. I'll come back another day.", "no_time"),
     ]))

# 28 wrong_paraphrase - medical consumables distributor, Bahir Dar
o = c("Hello, we're a private clinic in Bahir Dar. We need a regular supplier for consumables, gloves, syringes, cannulas. Our distributor keeps running out.", None)
PAIRS.append(gpair(
    "b85g_bahirdar_clinic_supplies", "Medical consumables distributor, Bahir Dar, Ethiopia", "wrong_paraphrase",
    "A clinic's head nurse looks for a more reliable supplier of a few fast-moving items.",
    [o,
     t("Hello, thanks for calling. Running out of which items mostly, and how often do you order?"),
     c("Gloves and the 22G cannulas. We order every two weeks, and twice last month they said 'next week'.", None),
     t("So reliability on a few fast movers. Roughly how many boxes of gloves and cannulas in two weeks?"),
     c("Gloves 20 boxes, medium mostly. Cannulas maybe 150. Syringes we have stock for now.", None),
     t("We hold a buffer of those here in Bahir Dar, not just Addis, so two-week orders go out next day. On a standing order I reserve your quantities. Gloves 310 birr a box, cannulas 28 each."),
     c("The gloves are cheaper with our current one, 270.", "too_expensive"),
     t("Could be a different grade, ours are 4-gram nitrile. Send me what's on their box and I'll compare like for like. Or start with cannulas only, where you're short, and judge us on delivery."),
     c("Cannulas first is good. Let's try one order.", None),
     t("I'll send the order form today. If anything is out of stock, I'll tell you when you order, not on delivery day."),
     ],
    [o,
     t("Hello! So what I'm hearing is you want to move your whole supply, gloves, syringes, cannulas, everything, to us, right?"),
     c("Not everything. Gloves and cannulas, they run out. Syringes are fine.", None),
     t("Perfect, so you're telling me syringes are running low too, and you want a bigger monthly order. Let me put you down for 500 syringes."),
     c("No, I said we have enough syringes.", "no_need"),
     t("Got it. And you mentioned price isn't an issue, quality is the priority, so the premium gloves at 420 a box."),
     c("I never said price is not an issue. Our current one is 270.", "too_expensive"),
     t("Right, so to confirm: you're unhappy with your distributor and want a one-year contract with us from this month. Did I understand correctly?"),
     c("You understood nothing. Send me your price list, I'll look.", "brush_off"),
     ]))

# 29 pitch_to_upset - safari lodge front desk, Livingstone
o = c("Excuse me. I need the manager. Someone has been in our room. My wife's bag is gone, with her passport, and we fly out on Thursday.", None)
PAIRS.append(gpair(
    "b85g_livingstone_lodge_theft", "Safari lodge front desk, Livingstone, Zambia", "pitch_to_upset",
    "An angry guest reports a theft from a locked room, including a passport, two days before flying home.",
    [o,
     t("I'm so sorry. Let's sort this now. Which room, and when did you last see the bag?"),
     c("Room 14. This morning at 8, before we went to the Falls. We came back at 1 and it's gone. The door was locked.", None),
     t("I'm calling the duty manager and security now, nobody enters 14 until they've looked. I'll pull the key-card log for who opened it. Then I'll drive you to the police post for the report, you'll need it for the passport."),
     c("Which embassy even... we're from Kenya. Her ID and passport both.", None),
     t("The Kenya High Commission is in Lusaka. With a police report they issue an emergency travel document. I'll call them now to ask if it can be done without going to Lusaka and what photos they need."),
     c("Thank you. But how did someone get in? We're paying good money here.", None),
     t("You're right to ask, and I don't know yet, the log will tell us. Whatever it shows, the lodge covers your extra nights if the document delays you, the manager has agreed."),
     c("Okay. Let's go to the police then.", None),
     ],
    [o,
     t("Oh no, I'm so sorry, that's a terrible experience. Please have a seat. Can I offer you something from the bar while we look into it?"),
     c("I don't want a drink, I want to know who was in my room!", None),
     t("Of course, I understand how you feel. Security will check. Meanwhile, to make the rest of your stay special, there's the sunset cruise on the Zambezi tonight, I can upgrade you to the private deck at a reduced rate."),
     c("Are you serious? My wife has no passport and you're selling me a boat ride.", None),
     t("I hear you. Many guests find the cruise helps them relax after a stressful day. And how satisfied have you been with your stay so far?"),
     c("Not at all, obviously. Where is the manager?", None),
     t("He's on his way. Shall I put your names down for 5pm, just in case?"),
     c("No! I'm going to the police myself.", None),
     ]))

# 30 blame - mobile money agent support, Nampula
o = c("Boa tarde. I sent 8,000 meticais to my supplier this morning but I typed one number wrong. The money went to a stranger. Can you bring it back?", None)
PAIRS.append(gpair(
    "b85g_nampula_mobile_money", "Mobile money service desk, Nampula, Mozambique", "blame",
    "A shopkeeper asks for help recovering a mobile money payment sent to a wrong number.",
    [o,
     t("Boa tarde. It happens, let's try. Your number and the transaction ID from the SMS, please."),
     c("84 556 2210. The ID is CX71Q8. 8,000, at 9:12.", None),
     t("I see it. It went to an account ending 2291 and hasn't been withdrawn. I can't pull it back myself, but I'm freezing it now and opening a reversal. The receiver gets a message, and if they don't respond in 48 hours it's usually reversed."),
     c("48 hours? My supplier is waiting, I need the stock today.", None),
     t("I know. The 8,000 is frozen, the stranger can't withdraw it. If you can pay the supplier another way today, this comes back within two days. I'll SMS the case number and call you tomorrow with the status."),
     c("Okay. The case number please. And next time, how do I avoid this?", None),
     t("Case NM-30418. Save your supplier as a contact, and look at the name on the confirm screen before the PIN, it's there exactly for this."),
     c("The name, yes, I didn't look. Okay, obrigado.", None),
     ],
    [o,
     t("Boa tarde. Okay, so you sent to the wrong number. The confirm screen shows the name before the PIN, you didn't check it?"),
     c("I was in a hurry, the supplier was calling. Can you bring it back?", None),
     t("Unfortunately when customers don't check, it's the customer's responsibility. We can try a reversal, but you made the mistake, so I can't promise anything."),
     c("I know I made the mistake. I'm asking for help, not a lesson.", None),
     t("I am helping you. Your number and transaction ID? And please be more careful next time, this happens because people rush."),
     c("84 556 2210, CX71Q8. How long will it take?", None),
     t("Maybe 48 hours, maybe never if the person withdraws it. That's the risk when you type wrong."),
     c("You don't even freeze it? Your service is useless. I'll go to the agent shop.", None),
     ]))
