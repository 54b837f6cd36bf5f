"""Gaming pairs, file c (kinds 11-15, two each). Written by hand for blind68."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer - pharmacy, Vilnius
o = c("Labas - hi, sorry, English? My son, he's six, his eyes are red and he's sneezing all the time since we moved "
      "here in April. I think allergy? What can I give him?", None)
PAIRS.append(gpair(
    "b68g_vilnius_child_allergy", "Pharmacy, Vilnius (Lithuania)", "ignored_customer",
    "A father new to the city asks a pharmacist what to give his six-year-old for red eyes and sneezing.",
    [o,
     t("Hi, English is fine. April is birch pollen season here, and it's strong. Any fever, or is he otherwise well?"),
     c("No fever. He plays fine. Just the eyes, he rubs them, and the nose at night, he can't sleep well.", None),
     t("Does he take any medicine, or have asthma?"),
     c("No, nothing. Back home in Tbilisi we never had this.", None),
     t("For six, a children's antihistamine syrup once a day is the usual first step, this one, 7 euros. It can make some "
       "kids sleepy, so give it in the evening, which helps the nights too. Rinse his eyes with cool water after outside."),
     c("Okay. But I don't want to give medicine every day all summer if it's not even allergy. I'm not sure.",
       "think_it_over"),
     t("Fair. Try it one week. If he improves, that points to allergy; if not, or if he wheezes, see the family doctor for "
       "an allergy test. I'll write the dose on the box."),
     c("Good. One week. Thank you.", None)],
    [o,
     t("Hi! Of course. Tell me, what symptoms are you noticing?"),
     c("Red eyes, sneezing. At night he can't sleep. No fever.", None),
     t("Okay! Any other medicines or conditions I should know about?"),
     c("He has a little asthma. He has an inhaler, the blue one, for when he runs a lot.", None),
     t("Great, thank you for sharing. For allergies I'd go with this decongestant spray plus these antihistamine tablets, "
       "19 euros together. They work really fast."),
     c("Tablets? He's six, he can't swallow tablets. And with the asthma, is the spray okay?", None),
     t("They're very popular, honestly, people love them. Do you need a bag?"),
     c("You didn't answer about the asthma. I'll ask at another pharmacy.", None)]))

# 22 ignored_customer - farm supply, Eldoret
o = c("Good morning. I want fertiliser for maize planting, DAP, maybe five bags? But, eh, last season my harvest was "
      "poor even with DAP, so I'm not sure if it's the fertiliser or what.", None)
PAIRS.append(gpair(
    "b68g_eldoret_maize_fertiliser", "Agro-dealer shop, Eldoret (Kenya)", "ignored_customer",
    "A smallholder buying fertiliser mentions that last season's maize yield was poor despite the same fertiliser.",
    [o,
     t("Good morning. Poor harvest even with DAP, let's think about that before you buy. How many acres, and have you ever "
       "had the soil tested?"),
     c("Three acres. Soil test, never. My father never did one either, ha.", None),
     t("Around here many fields have turned acidic after years of DAP, and then the maize can't use what you put. A test at "
       "the county lab is 1,500 and takes about ten days. When do you plant?"),
     c("Rains in three weeks maybe. But 1,500 for a test, when I still have to buy fertiliser... money is tight before "
       "planting.", "no_money"),
     t("I understand. But if the soil is acidic, five bags could be half wasted again, far more than 1,500. If it is, lime "
       "is cheap, and a different planting fertiliser may suit better. I'll hold today's price for you until the results."),
     c("Hmm. Okay, okay. How do I take the soil?", None),
     t("A handful from ten spots, a hand deep, mixed in a clean bucket, half a kilo. Here's the bag and the lab form."),
     c("Thank you. I'll bring it Monday.", None)],
    [o,
     t("Good morning! Tell me about your farm."),
     c("Three acres maize, near Moiben. Last season the harvest was poor even with DAP, I don't know why.", None),
     t("Okay! And how many bags are you thinking?"),
     c("Five maybe. But like I said, I'm worried it's not the fertiliser, maybe the soil...", None),
     t("Five is great. DAP is 3,500 a bag this week, 17,500. Would you like CAN for top dressing too? Most farmers take "
       "both."),
     c("But will it help? Last season I did the same and got eight bags an acre only. Is there something else?", None),
     t("It's our best seller, honestly. So five DAP, five CAN, 32,000. Shall I load it?"),
     c("I don't have 32,000 today. Just the DAP. I'll ask the extension officer about the soil myself.", "no_money")]))

# 23 repeated_questions - guest house, Castries
o = c("Hi! Um, so, my sister's getting married in Rodney Bay in December, and I'm trying to find rooms for the family, "
      "about fourteen people? Some are flying from London, some from Toronto.", None)
PAIRS.append(gpair(
    "b68g_castries_wedding_rooms", "Guest house, Rodney Bay near Castries (Saint Lucia)", "repeated_questions",
    "The bride's sister phones a guest house to book rooms for a family wedding party.",
    [o,
     t("Congratulations to your sister! What are the dates, roughly, and will everyone arrive together?"),
     c("Wedding's the 13th. London lot arrive the 10th, Toronto the 11th. Most leave the 16th, but grandma wants a whole "
       "week after, bless her.", None),
     t("How many rooms? Any couples, kids, anyone who needs the ground floor?"),
     c("Grandma, ground floor, definitely, her knees. Four couples, two kids, two singles, grandma with my auntie. So... "
       "seven rooms? Seven.", None),
     t("Seven, one on the ground floor, no steps, near the pool. Peak season is 185 US a room a night; for a group of five "
       "rooms or more, four nights plus, it's 160."),
     c("160 still adds up for some of them. The Toronto cousins were looking at Airbnb.", "too_expensive"),
     t("Makes sense, a shared Airbnb is often cheaper for a family. I could hold five rooms for the London side and grandma, "
       "and the cousins decide separately; the group rate still applies."),
     c("Oh, that works. Can you hold them a week while I check with everyone?", "think_it_over"),
     t("Until next Friday, no deposit. I'll email the details tonight.")],
    [o,
     t("Congratulations! Tell me, how many guests are we talking about?"),
     c("Fourteen people. About seven rooms, I think.", None),
     t("Lovely. And in terms of your party, roughly how many rooms would you be needing?"),
     c("Seven. Like I said.", None),
     t("Great. And when are you looking to come in?"),
     c("From the 10th. Wedding's the 13th. Grandma needs a ground-floor room.", None),
     t("Perfect. Just so I understand your needs, what would the size of the group be, in rooms?"),
     c("Seven! Are you writing any of this down?", None),
     t("Absolutely, I value your time. And arrival would be around when, again?"),
     c("Forget it. I'll book online, where I don't have to repeat myself.", None)]))

# 24 repeated_questions - invoicing software, Budapest (typed chat)
o = c("hi. we have 3 bakeries, invoices in excel. need something for invoices + NAV reporting. price?", None)
PAIRS.append(gpair(
    "b68g_budapest_bakery_invoicing", "Invoicing software vendor, chat sales, Budapest (Hungary)", "repeated_questions",
    "The owner of three bakeries asks in a web chat about invoicing software with tax-authority reporting.",
    [o,
     t("Hi! Yes, ours reports invoices to NAV automatically. How many invoices a month, and how many people would use it?"),
     c("cash sales go through tills. invoices are b2b to cafes, maybe 200 per month. 3 people", None),
     t("That fits the Business plan: 8,900 forints a month, unlimited invoices, NAV included. Do the tills need to connect, "
       "or are they separate?"),
     c("separate its fine. but we tried an app last year and it crashed every month end. went back to excel",
       "bad_experience"),
     t("Good reason to be careful. Don't take my word: 30-day free trial, all features, so you go through one month-end "
       "before paying. I can import your customer list from the Excel so you don't retype it."),
     c("ok thats fair. can you do the import today", None),
     t("Send the file here and it'll be in within two hours. I'll check in on the 2nd to see how month-end went."),
     c("ok sending", None)],
    [o,
     t("Hi! Thanks for reaching out. So tell me, what does your invoicing look like today?"),
     c("excel. 200 invoices a month. 3 bakeries. need NAV", None),
     t("Got it! And how are you currently managing your invoices?"),
     c("excel. i just said", None),
     t("Sorry! And what's the volume like, how many invoices would you say you send in a typical month?"),
     c("200. can you tell me the price please", None),
     t("Absolutely! Before pricing I just want to understand your needs. How many locations would you be invoicing from?"),
     c("3. the last app we had wasted our time like this. not again. bye", "bad_experience")]))

# 25 wrong_paraphrase - electrician, Georgetown
o = c("Hi, yes, morning. The breaker keeps tripping in the kitchen, mostly when I use the microwave and the kettle "
      "together, I think. Is it, like, dangerous? I rent, so, I don't wanna spend a lot on it.", None)
PAIRS.append(gpair(
    "b68g_georgetown_tripping_breaker", "Electrician, Georgetown (Guyana)", "wrong_paraphrase",
    "A tenant phones an electrician because the kitchen circuit breaker keeps tripping.",
    [o,
     t("Morning, good that you called. Does it trip only when those two run together, or sometimes on its own?"),
     c("Only together, I think. Wait, once it tripped at night, when nothing was on. Maybe the fridge? I don't know.", None),
     t("That night one is worth knowing. Two heaters on one circuit can just be too much, the breaker doing its job. But "
       "tripping with nothing on can mean a fault. Any burning smell, warm sockets, marks round the outlets?"),
     c("No smell. The socket behind the fridge is a bit brown, now you say it.", None),
     t("Then I'd rather look than guess; don't use that socket until then. Since you rent, it's usually the landlord's cost. "
       "The inspection is 8,000 dollars and I'll send him the report."),
     c("The landlord takes forever to pay anything. The last electrician he sent never came back.", "bad_experience"),
     t("That happens. If he won't pay, you have the written report to show him, and you owe only the 8,000. I won't touch "
       "anything more without his okay or yours. Tomorrow morning?"),
     c("Okay. Nine?", None)],
    [o,
     t("Morning! Sure. Tell me more about what's going on."),
     c("The kitchen breaker trips, when the microwave and kettle are on together.", None),
     t("Okay, so what I'm hearing is the wiring in the whole house is old and you're looking to rewire, did I understand "
       "you correctly?"),
     c("No, I said the kitchen. And I rent, the house isn't mine.", None),
     t("Right, so the landlord's asked you to sort an upgrade to a bigger panel, which makes total sense, that's about "
       "180,000."),
     c("He didn't ask me anything! I haven't even told him. I'm not paying 180,000 for somebody else's house.", "no_need"),
     t("Got it. Playing it back: budget's the main concern and you want our cheapest panel upgrade, so 140,000?"),
     c("I never said that either. I'll tell the landlord and he can call somebody.", "brush_off")]))

# 26 wrong_paraphrase - freight forwarder, Gdansk
o = c("Good morning. I have a small workshop, we make oak tables, and a shop in Toronto wants to order - eh, twelve "
      "tables, first order. I never exported outside the EU. I need to know how it works.", None)
PAIRS.append(gpair(
    "b68g_gdansk_oak_tables", "Freight forwarder, Gdansk (Poland)", "wrong_paraphrase",
    "A furniture maker with a first export order to Canada asks a forwarder how shipping works.",
    [o,
     t("Good morning, and congratulations. How big is each table packed, and did you agree with the shop who pays the "
       "shipping?"),
     c("Two metres by one, maybe 60 kilos packed. Shipping, hm, we didn't talk. They said 'send the price with delivery'.",
       None),
     t("Then quote them delivered, with shipping inside your price. Twelve tables go as a part-load by sea to Montreal, then "
       "truck to Toronto: five to six weeks, about 2,800 euros door to door. Duty on EU furniture is normally zero if your "
       "invoice carries an origin statement."),
     c("Six weeks, they want for spring, so okay. But 2,800, that's almost one table's price... hm.", "too_expensive"),
     t("On a small first order it's a lot per table, true; it drops as orders grow, and some makers split it with the buyer. "
       "Shall I send a written quote you can put in your offer, plus a one-page paperwork checklist?"),
     c("Yes, please. And I talk to the shop about splitting the shipping.", "think_it_over")],
    [o,
     t("Good morning! Great to hear. So what I'm hearing is you're ready to ship a full container to Canada every month, "
       "let's get you on our contract rate."),
     c("No, no. Twelve tables, first order. I don't know if they order again.", None),
     t("Perfect, so to play it back: the buyer wants air freight because it's urgent, smart for high-value pieces. Air to "
       "Toronto is around 9,000."),
     c("Air? Nobody said air. 9,000 is more than my profit on the tables! They need them for spring.", "too_expensive"),
     t("Understood, so you're telling me the buyer pays all the shipping and you just need a pickup from the workshop. That "
       "simplifies everything, I'll book Monday."),
     c("I didn't say that. Please, don't book anything. Just email me your prices, I'll look.", "brush_off")]))

# 27 pitch_to_upset - vet clinic, Dakar
o = c("Bonjour... hello. I'm calling because our dog, Simba, died last night. He was at your clinic on Monday for the, "
      "the teeth cleaning, and he was fine, and then... I just want to understand what happened.", None)
PAIRS.append(gpair(
    "b68g_dakar_dog_died", "Veterinary clinic, Dakar (Senegal)", "pitch_to_upset",
    "A grieving owner phones the clinic where his dog had a dental procedure two days before it died.",
    [o,
     t("I'm so sorry about Simba. Thank you for calling us. Take your time. What happened after you took him home?"),
     c("Monday he was sleepy, the doctor said normal after the anaesthetic. Tuesday he didn't eat. Last night he was "
       "breathing strange and then... he was gone before we could bring him.", None),
     t("That must have been terrible. I can't tell you what caused it and I won't guess. Dr. Ndiaye, who did the procedure, "
       "can call you today and go through his records. If you want to know for sure, a post-mortem can tell us; there's no "
       "charge for it from us."),
     c("I don't know. My children... I don't know if I want them to cut him.", "think_it_over"),
     t("You don't have to decide now, only within a day or two if you want it. Shall Dr. Ndiaye call this afternoon or "
       "tomorrow?"),
     c("This afternoon. After four, when the children are at my sister's.", None),
     t("After four. I'll make sure of it. Again, I'm very sorry.")],
    [o,
     t("Oh, I'm so sorry for your loss. I completely understand how you feel. How can we support you through this "
       "experience today?"),
     c("I want to know what happened. He was fine on Monday.", None),
     t("Of course. Every procedure carries some risk, it's in the consent form. Many families find comfort in our memorial "
       "service: individual cremation, a carved wooden urn, 85,000 francs, with a paw-print keepsake."),
     c("I'm not asking about urns. I'm asking what you did to my dog.", None),
     t("I hear you. And when you're ready, our Puppy Welcome Plan is a lovely way to heal as a family, first vaccines and "
       "check-ups for 45,000. The children might love that."),
     c("A new puppy? He died last night! Do you hear yourself?", None),
     t("I'm sorry, I only want what's best for your family's journey. Shall I book our grief counsellor? Just 15,000 a "
       "session."),
     c("No. I'm coming to the clinic to speak to the doctor myself.", None)]))

# 28 pitch_to_upset - insurance claim, Bridgetown
o = c("Yes, hello, my house was broken into on the weekend, they took the laptop, my mother's jewellery, everything, "
      "and I put the claim in nine days ago and nobody has called me back. Nine days!", None)
PAIRS.append(gpair(
    "b68g_bridgetown_burglary_claim", "Home insurance claims line, Bridgetown (Barbados)", "pitch_to_upset",
    "An angry policyholder chases a burglary claim that has had no response for nine days.",
    [o,
     t("I'm really sorry, a break-in is awful, and nine days with no call makes it worse. Let me look right now. Claim "
       "number?"),
     c("BB-22... hold on. BB-2281. I have the police report also.", None),
     t("Found it. It's waiting for the list of items with values, and our request went to an old email, that's why you "
       "heard nothing. I'm sorry. What's your current email?"),
     c("The gmail one. I changed it last year, I told you people.", None),
     t("Updated. Your policy covers jewellery up to 5,000 dollars unless pieces were listed separately. Any photos, receipts "
       "or valuations of your mother's pieces?"),
     c("Photos of her wearing them, some. No receipts, they're old. So you won't pay for them?", None),
     t("Photos help a lot; an independent jeweller can value from them, at our cost. The adjuster gets it today and will call "
       "you by Thursday. If not, call me: Dwayne, extension 214."),
     c("Thursday. Okay. Thank you, Dwayne.", None)],
    [o,
     t("I'm so sorry to hear that, and I hear your frustration. Your experience matters to us. Can I ask, how secure do you "
       "feel at home right now?"),
     c("Secure? Not at all. I want my claim dealt with!", None),
     t("Absolutely. Which is exactly why so many clients in your situation upgrade to Home Plus: high-value items up to "
       "25,000 and a 48-hour claims promise. Only 60 dollars more a month."),
     c("Buy more insurance from people who don't answer the phone? No. I want the claim I already have.",
       "bad_experience"),
     t("I totally understand. We also partner with an alarm company, 15% off for claimants, and it can lower your premium. "
       "Shall I set up a consultation?"),
     c("Are you even looking at my claim? BB-2281!", None),
     t("Of course, it's in the queue and the team will be in touch. While I have you, shall I email the Home Plus brochure?"),
     c("Put me through to a supervisor. Now.", None)]))

# 29 blame - phone repair, Tbilisi
o = c("Hi, I had my screen replaced here two weeks ago, and now the touch doesn't work on the bottom part, I can't press "
      "the keyboard letters at the bottom. I didn't drop it or anything.", None)
PAIRS.append(gpair(
    "b68g_tbilisi_screen_warranty", "Phone repair shop, Tbilisi (Georgia)", "blame",
    "A customer returns to a phone repair shop because the replacement screen stopped responding at the bottom.",
    [o,
     t("Sorry about that, let me see. When did you notice it, right after the repair or later?"),
     c("Three, four days after. First just the space bar, now the whole bottom row.", None),
     t("I'll open it and check the connector and the screen; either way it's under our 3-month warranty, so no cost to you."),
     c("Okay, good. Another shop once told me 'water damage' and charged me again, so I was a bit worried.", None),
     t("Understandable. I can do it here in front of you, about twenty minutes."),
     c("Twenty minutes is fine, I'll wait.", None),
     t("It's the screen itself, see this faint line along the bottom? A fault in that panel. I'll fit one from a different batch and test "
       "every key with you before you go."),
     c("Great, thank you.", None)],
    [o,
     t("Hi! Sorry to hear that. Help me understand, how have you been using the phone since the repair?"),
     c("Normally. Messages, calls. I didn't drop it.", None),
     t("I hear that. What I'm noticing is there's no case on it, and these screens really need one. Did you maybe keep it "
       "in your back pocket?"),
     c("Sometimes, like everybody. But it broke three days after your repair.", None),
     t("I understand your frustration, but the warranty doesn't cover user damage, and sitting on it is user damage. A new "
       "screen is 180 lari, and I'd add our case and glass bundle, 45, so it doesn't happen again."),
     c("180 again? No way. I paid you two weeks ago.", None),
     t("Did you read the warranty slip when you picked it up? Physical damage isn't covered, it's very clear. So what would "
       "you like to do?"),
     c("My money back. And I'm writing a review.", None)]))

# 30 blame - municipal water billing, Windhoek
o = c("Good afternoon. I got a water bill for 3,400 Namibian dollars, normally I pay like 600. I live alone! There must "
      "be a mistake.", None)
PAIRS.append(gpair(
    "b68g_windhoek_water_bill", "Municipal water accounts counter, Windhoek (Namibia)", "blame",
    "A pensioner living alone queries a water bill more than five times her usual amount.",
    [o,
     t("Good afternoon. That's a big jump, I understand the shock. Can I have your account number?"),
     c("It's 220... 22071.", None),
     t("The reading was actual, not estimated: about 55 kilolitres against 9 normally. Living alone, that points to a leak "
       "after the meter. A wet patch in the yard, or a toilet that keeps running?"),
     c("The toilet, yes, it hisses sometimes. I thought it was nothing. That is 3,000 dollars?", None),
     t("A running toilet wastes a lot, day and night. Close all the taps tonight and see if the meter dial still turns. "
       "Once it's fixed, a plumber's invoice lets you apply for a leak rebate, which usually takes off a good part."),
     c("A plumber also now. Eish. I'm on a pension, I can't pay all this at once.", "no_money"),
     t("Understood. I'll put the bill on hold for 30 days while you apply, and after that split what's left over three "
       "months. Would that help?"),
     c("Yes, that helps. I'll look at the meter tonight.", None)],
    [o,
     t("Good afternoon! I hear you. Help me understand, are you sure you've been checking your own meter regularly?"),
     c("No... I didn't know I must. That's the municipality's job, no?", None),
     t("Well, the reading is actual, so the water did go through your meter. Most high bills are customers ignoring leaks. "
       "Have you been ignoring any leaks at home?"),
     c("Ignoring? The toilet hisses a little, but I didn't think...", None),
     t("There we go. That's on the owner, unfortunately. So just to confirm my understanding, you'll settle the 3,400 by "
       "the due date?"),
     c("I can't pay 3,400 by the due date, I'm a pensioner. Is there no help?", "no_money"),
     t("Arrangements are for customers with a good payment record, and frankly a leak left running isn't our fault. "
       "Anything else?"),
     c("I've paid every month for thirty years. I'm going to my councillor.", None)]))
