"""Gaming pairs, file b, blind84."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer - wireless internet provider, Erbil
_o = c("Hi, good evening. I am translator, I work from home in Ankawa, video calls with clients in Germany. My internet is with you, the 20 mega. Every evening from 8 to 11 it's cutting, cutting. I lose clients like this.", None)
PAIRS.append(gpair(
    "b84g_erbil_home_internet", "wireless and fibre internet provider, Erbil, Iraqi Kurdistan", "ignored_customer",
    "A freelance translator working from home calls her internet provider because her connection freezes every evening during video calls with European clients.",
    [_o,
     t("Good evening. That's the worst time for it, exactly when you work. Does it cut completely — the router light goes red — or it stays connected but gets very slow?"),
     c("Slow, very slow, and the video freezes. The light stays green. In the morning is perfect.", None),
     t("Then the line isn't broken; the tower is overloaded in the evening — Ankawa is very crowded on our wireless after eight. Fibre has reached part of Ankawa. Which street are you on?"),
     c("Near Saint Joseph church, behind the Family Mall road. But fibre, my neighbour said the installation is 150 dollars, it's a lot.", "too_expensive"),
     t("Your street has fibre, yes. Installation is 150 normally, but with a 12-month contract it's 25. Fibre 50 mega is 45 a month — you pay 35 now. It doesn't share the tower, so the evening is like the morning."),
     c("Ten dollars more is okay if it really works. But last year with another company they also promised, after one month same problem. I'm afraid to sign 12 months.", "bad_experience"),
     t("Fair. Then the first month is a trial: if your evening speed test is under 40 mega more than three times, you cancel and pay only that month. I'll write it on the contract. Can the technician come Saturday morning?"),
     c("Saturday I have a client at ten. After one is okay.", None),
     t("Saturday one to three, then; he calls an hour before. Keep your old line until the fibre works and I'll cancel it for you after."),
     c("Good. Thank you, finally somebody understands.", None)],
    [_o,
     t("Good evening, thank you for calling! Can you tell me a bit about how you use the internet at home?"),
     c("I told you, I work, video calls with Germany. In the evening it freezes, from 8 to 11.", None),
     t("Great. And how many devices do you have at home — phones, TV, tablets?"),
     c("Me and my mother, two phones, one laptop. The problem is only the evening, the morning is perfect.", None),
     t("Okay! So for a family with multiple devices I'd recommend our 40 mega wireless, 55 dollars. Much more speed."),
     c("55? I pay 35 now. And if the tower is full in the evening, more mega doesn't help, no?", "too_expensive"),
     t("The 40 mega is our most popular plan in Erbil. What time is best for the installation?"),
     c("You didn't answer me. Last year another company did the same, sold me a bigger package, same freezing.", "bad_experience"),
     t("I understand. Can I also interest you in our IPTV package, Kurdish and Turkish channels, 5 dollars?"),
     c("No. I call again tomorrow, maybe somebody else answers.", None)]))

# 12. repeated_questions - freight forwarder, Porto
_o = c("Bom dia. I need a quote for two pallets of port wine to Toronto, a client's Christmas stock. It must be in the shop by the 25th of November, latest.", None)
PAIRS.append(gpair(
    "b84g_gaia_wine_freight", "freight forwarder, Vila Nova de Gaia, Portugal", "repeated_questions",
    "The export manager of a small port-wine house asks a forwarder for a quote to ship two pallets to a Canadian wine shop before Christmas; a previous shipment arrived damaged by heat.",
    [_o,
     t("Bom dia. Two pallets, Toronto, in the shop by the 25th. Full pallets — how many cases and roughly what weight? And is there a Canadian importer of record, or is the shop importing itself?"),
     c("120 cases of six, about 950 kilos each pallet. The shop has an importer, I'll send you the contact.", None),
     t("Good, that makes customs easier. By sea from Leixoes it's about 18 days plus a week of rail and clearance from Montreal — load by the 20th of October and you're comfortable. Is temperature a worry? The container can sit in Montreal for days."),
     c("Yes, the vintage especially. Last year another forwarder sent it in a normal container, it arrived in January with the corks pushed out. The client was furious.", None),
     t("Then a reefer share — we group with two other wine shippers, set at 14 degrees. Roughly 1,900 euro door to door for both pallets, against 1,450 dry. For the vintage I'd do reefer at least."),
     c("1,900... my director will ask why so much. I need to show him the difference in writing first.", "think_it_over"),
     t("Of course. I'll send both quotes today, dry and reefer, with transit dates and a line on the cork risk so he sees why. The reefer slot for the 20th I can hold until Wednesday."),
     c("Good. Send it to me and put Miguel in copy.", None)],
    [_o,
     t("Bom dia! Happy to help. To start, what exactly are you shipping?"),
     c("Port wine. Two pallets, to Toronto.", None),
     t("Okay. And what kind of goods would that be — liquids, general cargo?"),
     c("Wine. Port wine. Liquid, yes.", None),
     t("Great. And the destination — where would the goods be going?"),
     c("Toronto. I said it. In the shop by the 25th of November.", None),
     t("Perfect, thank you. And do you have a date in mind for arrival?"),
     c("The 25th of November. Listen, I have a meeting in ten minutes, I can't do this now.", "no_time"),
     t("Absolutely. Just before you go, to make sure I understand your need: what are you sending, and where to?"),
     c("Forget it. I ask somebody else.", None)]))

# 13. wrong_paraphrase - riad, Marrakech, daughter booking for parents
_o = c("Hi, I'm calling for my parents — they're coming to Marrakech in April and they only speak Spanish, so I'm arranging it. Four nights from the 12th. My dad had a hip operation, so stairs are a problem.", None)
PAIRS.append(gpair(
    "b84g_marrakech_riad", "small riad guesthouse, Marrakech medina, Morocco", "wrong_paraphrase",
    "A daughter phones on behalf of her Spanish-speaking parents to book four nights; her father walks with a cane after hip surgery and her mother sleeps badly.",
    [_o,
     t("Hello! A hip operation — so ground floor is a must. Can he manage two or three steps with a rail, or does it need to be completely flat? Riads nearly always have a step at the door."),
     c("A couple of steps with a handrail is fine, he walks with a cane. A full staircase, no way.", None),
     t("Then our Amber room: patio level, one step in, walk-in shower with a seat. The roof terrace is upstairs, but we serve breakfast in the patio for guests who can't climb. 110 euro a night with breakfast."),
     c("They said around a hundred, so 110 is okay-ish. Is it noisy? My mom sleeps terribly.", None),
     t("It's on the inside of the patio, away from the lane, so it's quiet — but I won't lie, the call to prayer at dawn you hear everywhere in the medina. Earplugs are in the room. Also taxis can't reach our door: it's 200 metres on a flat lane; a porter brings the bags and walks with them."),
     c("Okay, that's honest, thanks. Let me check with them about the 200 metres tonight and confirm tomorrow?", "think_it_over"),
     t("Sure. I'll hold the Amber for the 12th to the 16th until tomorrow evening, no card needed. Send me their flight times and I'll arrange the airport car."),
     c("Perfect, thank you so much.", None)],
    [_o,
     t("Hello, welcome to Riad Dar Zitoun! So what I'm hearing is your parents want the full authentic experience — the rooftop suite with the view over the medina, right?"),
     c("No, sorry — my dad can't do stairs. He had a hip operation.", None),
     t("Of course. So if I've got it right, they're active travellers who'd like our guided walk in the Atlas on day two?"),
     c("What? No. He walks with a cane. I just said hip operation.", None),
     t("Got it, comfort matters. And you mentioned budget isn't an issue, so our Royal Suite at 240 a night would be perfect. Did I understand you correctly?"),
     c("I never said that. They have about a hundred a night, that's it.", "no_money"),
     t("Sure. So to summarise: four nights in the Royal Suite, late check-in, and a hammam package for your mother, correct?"),
     c("None of that. I'll look for something on one level somewhere else. Bye.", None)]))

# 14. pitch_to_upset - mobile phone shop, Heraklion, bereavement
_o = c("Good morning. I need to close my father's phone line. He died three weeks ago. I have the papers. Sorry, I'm not... it's still hard.", None)
PAIRS.append(gpair(
    "b84g_heraklion_phone_bereavement", "mobile network shop, Heraklion, Crete, Greece", "pitch_to_upset",
    "A grieving woman comes to close her late father's mobile contract; she fears the family must pay the eight months left, and her mother still calls the number to hear his voicemail.",
    [_o,
     t("I'm very sorry for your loss. Please sit, there's no hurry. Do you have the death certificate and your own ID? That's usually all we need."),
     c("Yes, here. There are eight months left on his contract, my brother says we have to pay them.", None),
     t("No — when the holder dies, the contract ends with no penalty, you don't pay the remaining months. The last bill runs only to today. Is there anything on the number you want to keep — or does your mother want to keep the number itself?"),
     c("Oh... my mother, she calls it sometimes, to hear his voicemail. Can we keep it? But she doesn't need a contract, she has her own phone.", None),
     t("We can. Instead of closing it, I move the number to a prepaid card in your mother's name — no monthly fee, five euro top-up once a year, and the voicemail stays. Would she want that?"),
     c("Yes. Yes, I think she would. I didn't know that was possible.", None),
     t("I'll do it now, it takes ten minutes. Send me a photo of her ID when you can and I'll finish the transfer. Here, some water while you wait."),
     c("Thank you. Really.", None)],
    [_o,
     t("I'm so sorry for your loss, I understand how you feel. Let me see the account... Okay. While I have you — did you know you could take over his line with our Family Plus? Two lines, 35 a month, 100 GB."),
     c("No, I... I just want to close it. I have my own phone.", "no_need"),
     t("Absolutely, I hear you. It's a difficult time, and that's when family matters most. With Family Plus your mother gets unlimited calls to you, so she's never alone. What do you think?"),
     c("My mother has a phone. Please, the eight months left — my brother says we must pay them?", None),
     t("Let me check... there's a cancellation fee, but if you upgrade to Family Plus I can waive it. Our best offer this month, it ends Friday."),
     c("I don't want an offer. My father died. Is there a fee or not?", None),
     t("I totally understand. Anything else I can help you with, like a new phone for yourself? The new models are at 0% interest."),
     c("I'll come back with my brother. I can't do this today.", None)]))

# 15. blame - hajj group operator, Sohar
_o = c("Assalamu alaikum. My mother is registered in your hajj group, departure on the 2nd. Everybody in the group got the permit on the app, she didn't. It says photo rejected. What is happening?", None)
PAIRS.append(gpair(
    "b84g_sohar_hajj_permit", "licensed hajj group operator, Sohar, Oman", "blame",
    "A man calls the hajj operator because his 71-year-old mother's permit is stuck after her photo was rejected, ten days before the group leaves; the operator scanned and uploaded the photo.",
    [_o,
     t("Wa alaikum assalam. Her name and civil number, please? ... Yes, I see it: the photo we uploaded was rejected on Sunday, the background wasn't white enough. That was our scan, not yours, and I should have called you on Sunday. I apologise."),
     c("Ten days left. She is 71, she waited all her life for this. Will she still go?", None),
     t("There is time — photo corrections usually come back in two to four days. I need a new photo today, white background, no glasses. The studio next to our office does it in fifteen minutes, on us. Can you bring her this afternoon?"),
     c("Today I work until five. She can't come alone.", "no_time"),
     t("Then come at six, the studio is open till nine, and I'll stay and upload it myself tonight. I'll call you when the app shows the permit, and if by Thursday nothing has moved, I take her file to the ministry on Friday morning."),
     c("Okay. Six o'clock. Please call me, don't let me find out from the app again.", None),
     t("I'll call you. Save my mobile, 9218 4406, and call me any time before departure."),
     c("Jazak Allah khair.", None)],
    [_o,
     t("Wa alaikum assalam, thank you for reaching out. I understand your concern. Can you tell me which photo you gave us?"),
     c("The one from the passport office. You said it's fine.", None),
     t("I see. Did you check the requirements we sent on WhatsApp? White background, it says clearly. Many families don't read them, and then the ministry rejects."),
     c("You scanned it. You said it's fine. Nobody told me it was rejected, I saw it on the app.", None),
     t("I hear you, but we can't control the photos customers give us. You should have checked the app every day — that's the family's responsibility."),
     c("She is 71. Ten days left. What do I do now?", None),
     t("So what I'm understanding is you want to change the photo. You'll need to bring a new one, and the re-submission fee is 20 rial, since it's a second upload."),
     c("Twenty rial for your mistake?", None),
     t("That's the policy, sir. Anything else I can help you with today?"),
     c("I go to the ministry myself. And I tell the whole group how you treat people.", None)]))

# 16. monologue - till / cash register supplier, Catania
_o = c("Si, pronto. Look, I'm in the middle of lunch service, I have five minutes. My old cash register, the technician says it can't send the receipts to the Agenzia anymore. I need a new one before the end of the month.", None)
PAIRS.append(gpair(
    "b84g_catania_cash_register", "cash register and POS supplier, Catania, Sicily", "monologue",
    "The owner of a busy rosticceria calls mid-service because his old register can no longer send electronic receipts to the tax agency; he needs a simple, fast replacement.",
    [_o,
     t("Understood, I'll be quick. Three things: how many tills, do you take cards on a separate terminal, and should the register do anything else — stock, orders — or just receipts?"),
     c("One till. The card machine is separate, from the bank. Just receipts, and fast — at one o'clock I have a queue to the street.", None),
     t("Then you don't need a full system. A keypad register with your twenty products on buttons, 450 installed; or a tablet one at 790 plus a monthly fee. For one till and speed, the keypad — most rosticcerie use it."),
     c("450, okay. When can you install? Not at lunch, for God's sake.", None),
     t("Monday at nine, before you open, forty minutes: we register it with the Agenzia and program your products. Send me your price list on WhatsApp today so it's ready."),
     c("Monday at nine. I send the list tonight. Ciao.", None)],
    [_o,
     t("Absolutely, thank you for calling! So what I'm hearing is you need a solution, and let me tell you about Cassa Cloud Suite: touch screen, stock, loyalty cards, online orders with the delivery apps, real-time dashboards on your phone, kitchen screens. Restaurants in Catania have seen up to 30% more revenue."),
     c("I sell arancini, I don't—", None),
     t("Exactly, and arancini are perfect for loyalty! Every tenth one free, automatically. The analytics show you which filling sells at which hour. The Suite is 79 a month plus 1,200 of hardware, but with our financing it's nothing. How does that sound for your business success?"),
     c("1,200? I need only a register that sends the receipts. I have a queue here.", "no_need"),
     t("Of course, and the Suite sends receipts too! Also the self-order kiosk, so the queue orders by itself — that solves your queue. I'll prepare a full proposal and a demo next week. Thursday afternoon?"),
     c("Thursday afternoon I'm working. Send me something by email, I have to go.", "brush_off")]))

# 17. closing_as_open_question - private school admissions, Alexandria
_o = c("Good morning. We just moved back from Kuwait, my daughter is nine, she was in a British school there. I'm looking for a school for her from February. The fees on your website, they are for the year?", None)
PAIRS.append(gpair(
    "b84g_alexandria_school", "private British-curriculum school, Alexandria, Egypt", "closing_as_open_question",
    "A father who has just returned from the Gulf asks about mid-year admission for his nine-year-old; her Arabic is weak and he has a second child starting next year.",
    [_o,
     t("Good morning, welcome back. Yes, annual — mid-year we charge only the remaining terms, so from February it's about 55% of the year. She was in Year 5, British curriculum all along?"),
     c("Year 5, yes. Her English is good, but her Arabic is weak, she had only two hours a week there.", None),
     t("Very common with families back from the Gulf. Arabic is compulsory here, but we run a returners' group, four sessions a week, included; most catch up in a year. Would she like an assessment day — sit in her class, meet the teacher?"),
     c("Yes, that's good. But honestly, even 55% is 68,000, and her brother starts next year. I need to see what the other school offers.", "think_it_over"),
     t("Sensible. When you compare: our fee includes books and the bus, many schools add those. Siblings get 10% off the second child. The assessment day is free and commits you to nothing. Sunday or Tuesday?"),
     c("Tuesday. I bring her mother too.", None),
     t("Tuesday at 8:30, ask for Ms Rania at the gate. Here's the full fee sheet, so you can put it next to the other school's."),
     c("Thank you.", None)],
    [_o,
     t("Good morning, welcome back to Egypt! Tell me, what would you like your daughter's future to look like?"),
     c("A good education, English, and she must improve her Arabic. But I want to understand the fees first.", None),
     t("Wonderful. And if we can give her all that, what would stop you from registering her today?"),
     c("Today? I haven't even seen the school. And the fees — I have two children.", "think_it_over"),
     t("I understand. Let me ask another way: when she starts in February, which would you prefer — the morning bus, or the afternoon activities bus?"),
     c("I don't know yet if she starts here. How much is it from February?", None),
     t("Very reasonable for the quality. So the only question left is: would you like to pay the registration fee in one payment or in two?"),
     c("You're not answering me. I'll ask at the other school.", None)]))

# 18. pitch_as_paraphrase - solar installer, Tripoli (Lebanon)
_o = c("Hello. The state electricity gives us two hours a day, maybe. The generator subscription is now 90 dollars a month for 5 amps. I want a small solar, for the fridge, the lights, the internet. Not the air conditioner.", None)
PAIRS.append(gpair(
    "b84g_tripoli_solar", "solar panel installer, Tripoli, Lebanon", "pitch_as_paraphrase",
    "A flat owner with two hours of state power a day wants a small solar system for essentials to cut his generator bill; he has limited cash and shares the roof with neighbours.",
    [_o,
     t("Hello. Fridge, lights, router — a modest load, good. Is it a building or a house, and how much roof can you use?"),
     c("Building, fourth floor of five. The roof is shared, neighbours already put panels, there's space for four, five maybe.", None),
     t("Four panels of 550 watts cover that load in the day, plus a 5 kWh lithium battery for the night. Keep the generator as backup but drop to 2 or 3 amps. Installed, roughly 2,400 dollars. Does that work, or should we look smaller?"),
     c("2,400 cash, that's a lot for me now. I have maybe 1,500.", "no_money"),
     t("Then two steps: panels, inverter and a 2.5 kWh battery now, about 1,550 — it runs the fridge most of the night — and the second battery later; the inverter takes it. Get the building committee's okay for the roof in writing first, it avoids fights."),
     c("Two steps, this I can do. The committee meets Sunday, I'll ask them.", None),
     t("Good. After Sunday I send a technician to measure the roof and the cable run to your floor, free. Then you get the final price on paper."),
     c("Okay, I call you Monday.", None)],
    [_o,
     t("Welcome! So what you need is full energy independence — our 10 kW hybrid with 15 kWh of storage, so you run everything including the AC, is that right?"),
     c("No, I said not the air conditioner. Only fridge, lights, internet.", "no_need"),
     t("Of course. So if I understand well, you want to get rid of the generator completely — that's the 10 kW, 7,800 dollars, with financing over 24 months. Correct?"),
     c("I didn't say get rid of it. And I don't take loans — the banks here took our money already in 2019.", "bad_experience"),
     t("Totally understand. So what I'm hearing is you want a system that grows with your family — the 10 kW is expandable, so it's the smart choice, yes?"),
     c("What I want is something for 1,500. You have this or not?", "no_money"),
     t("For 1,500 there are no quality options. So basically you're looking for premium peace of mind, right?"),
     c("Basically I'm looking for another shop.", None)]))

# 19. upsell_as_loop_closing - private hospital outpatients, Irbid
_o = c("Good morning. I need the medical exam for the work visa, for Saudi. The company sent me this list: blood test, chest x-ray and the certificate. How much, and when can I do it?", None)
PAIRS.append(gpair(
    "b84g_irbid_visa_medical", "private hospital outpatient clinic, Irbid, Jordan", "upsell_as_loop_closing",
    "A young man about to start a job in Saudi Arabia needs the standard pre-employment medical for his visa; he is paying himself and is short of money until his first salary.",
    [_o,
     t("Good morning. Let me see the list... yes, the standard visa panel: blood for hepatitis and HIV, the x-ray, the doctor's exam. No fasting needed. 45 dinars, results in two days. When do you need the certificate?"),
     c("The company wants it by the 15th. Today is the 8th. I can do it today, I took the day off.", None),
     t("Today is good, then. One check: the certificate must come from a centre accredited for Saudi visas. We are, but look at the company's letter — sometimes they name a specific centre."),
     c("Let me see... it says any accredited centre. Okay.", None),
     t("Then registration at counter 3 with your passport, the x-ray is on the ground floor. About an hour and a half in all. We email the certificate and you collect the stamped copy on the 10th."),
     c("Fine. 45, I pay at the counter?", None),
     t("At counter 3, cash or card. And good luck with the new job.")],
    [_o,
     t("Good morning! Yes, we can do that. Before we close this, what else can I add for you today? Most people going to the Gulf also take our Executive Check-up, full body, 120 dinars."),
     c("No, only what the company asks. I am paying this myself.", "no_need"),
     t("Of course. And just to make sure everything's covered — shall I add vitamin D and thyroid? Only 30 more; people working in offices there often need it."),
     c("I don't need. How much is the visa one alone?", "no_need"),
     t("45. So to confirm the full list: the visa panel, the vitamins, and a dental check since you'll be far from home — what else would you like to add?"),
     c("I said no vitamins. I have little money until the first salary. Just the visa one.", "no_money"),
     t("Understood. Anything else at all — maybe a check-up for your wife before you leave?"),
     c("No. Please, only the visa exam. Where do I register?", "no_need")]))

# 20. leading_tag_questions - appliance shop, Braga
_o = c("Boa tarde. My dishwasher died, fifteen years it worked. I live alone now, I use it maybe two times a week. My son says buy a good one with the wifi and all that, but I don't know.", None)
PAIRS.append(gpair(
    "b84g_braga_dishwasher", "household appliance shop, Braga, Portugal", "leading_tag_questions",
    "A widowed pensioner needs to replace a fifteen-year-old built-in dishwasher she uses twice a week; her son has told her to buy an expensive connected model.",
    [_o,
     t("Boa tarde. Fifteen years, it did its job. Twice a week — do you fill it up each time, or would a smaller one do? And is it built in under the counter, or free-standing?"),
     c("Under the counter, built in, the normal size. I fill it, yes, I wait until it's full.", None),
     t("Then stay with a full-size 60 cm so it fits the gap and the door panel. The wifi is for starting it from the phone — if you don't use apps much, that's 150 euro for nothing. This Bosch, 449, quiet, simple buttons, half-load. Installation 39, and we take the old one."),
     c("449... my son said the one with wifi is 699. He will say I bought a cheap one.", None),
     t("If you like I'll write both models on paper for him. The difference is the app and a drying feature — the washing is the same. What matters is it fits and you find it easy."),
     c("No, no, it's my kitchen. This one. Can you install Thursday? Friday I go to my sister in Guimaraes.", None),
     t("Thursday morning, between nine and one, and they take the old one. Just your address and a phone number."),
     c("Rua do Souto 41, second floor. There is no elevator, eh.", None),
     t("No problem, they'll come two. Obrigado, Dona Fernanda.")],
    [_o,
     t("Boa tarde! Fifteen years, wow. Your son is right, isn't he? You'll want the smart model, the one with wifi, won't you?"),
     c("I don't know how to use the wifi. I use it twice a week.", "no_need"),
     t("But you'd like to start it from your sofa, wouldn't you? And you want it to last another fifteen years, don't you? That's the Miele, 899."),
     c("899! For a woman alone? My pension is not for this.", "no_money"),
     t("Quality has a price, doesn't it? And you don't want your son to worry about you, do you? The app tells him if it breaks."),
     c("My son worries enough. You have something simple, normal?", None),
     t("We do, but you wouldn't want something basic after fifteen years with a good one, would you? Shall I book the installation for the Miele?"),
     c("No. I come back another day with my son. Boa tarde.", "brush_off")]))
