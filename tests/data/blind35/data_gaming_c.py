"""Gaming pairs 21-30: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (two each)."""
from common import c, gpair, t

PAIRS = []

# 21 --------------------------------------------------------------- ignored_customer, Nepal, spoken
_o = c("Namaste dai. I do food delivery, for the apps, like ten hours a day. My Pulsar is eight years old, always in the workshop now. I need something cheap to run. Can I give the Pulsar in exchange?", None)
PAIRS.append(gpair(
    "b35g_motorbike_kathmandu", "Motorcycle dealership, Teku, Kathmandu, Nepal", "ignored_customer",
    "A food delivery rider who covers about 130 km a day wants a cheaper-to-run motorcycle and to trade in his tired eight-year-old bike. Money is tight. Spoken, Nepali English.",
    _o,
    [
        t("Namaste. Ten hours a day, that's a lot of kilometres. How many per day, roughly, and what do you spend on petrol now?"),
        c("Maybe 120, 130 km. Petrol is like 600, 700 rupees a day. Too much.", None),
        t("Then fuel economy matters more than anything. The 125 cc commuter does about 55 km a litre in city traffic; your Pulsar probably does 35. That's close to half the petrol. For the exchange, bring the Pulsar and our valuer checks it. With eight years and all the workshop visits, maybe 60 to 80 thousand, but I won't promise before he sees it."),
        c("Okay. And the new one is how much? I cannot pay the full amount, I'm telling you directly.", "no_money"),
        t("It's 2 lakh 89 on the road. With the exchange, say 70, you'd need about 2 lakh 19. Finance is possible: 20 percent down, and over two years the EMI is around 9,800 a month. Compare that with the petrol you'd save at your kilometres, roughly 8 to 9 thousand a month."),
        c("Hmm. So the petrol saving almost pays the EMI. But servicing, how often? My Pulsar, every month something.", None),
        t("First four services are free, every 3,000 km. At 130 a day that's about every three weeks for you, so the free ones are used up in three months; after that budget around 1,200 a service. I won't pretend it's less."),
        c("Every three weeks... okay, that's honest. I'll bring the Pulsar Saturday for the valuation, and I'll check with my brother about the down payment.", "think_it_over"),
        t("Good plan. The valuer is here Saturday before eleven. Bring the bluebook, and I'll have the EMI sheet printed for your brother."),
        c("Dhanyabad dai.", None),
    ],
    [
        t("Namaste! Welcome to Teku Motors! Have you seen our new 200 cc sports model? Just arrived, three colours!"),
        c("Nice, but I need cheap to run. I ride 130 km a day. How many km per litre does the small one do?", None),
        t("Great question! All our bikes are super reliable. And this month there's a free helmet with every purchase!"),
        c("Okay, but the mileage? And can I give my Pulsar in exchange?", None),
        t("Exchange offers are amazing this season! You'll love the LED headlight on the 200, really good for night riding."),
        c("Dai, how much will you give for the Pulsar? It's eight years old.", None),
        t("We'll take care of everything! Shall I book you a test ride on the 200? It's really smooth."),
        c("I don't need 200 cc, I'm delivering momos, not racing.", "no_need"),
        t("Ha ha, love it! We have EMI options for everyone! Let me get you the brochure!"),
        c("Brochure I don't need. I'll ask at the other showroom.", "brush_off"),
    ],
))

# 22 --------------------------------------------------------------- ignored_customer, Hungary, typed, vet
_o = c("hello, my cat (male, 6 yrs) hasnt eaten anything for 2 days and he is hiding under the bed. is this urgent? do you have anything today", None)
PAIRS.append(gpair(
    "b35g_vet_debrecen", "Veterinary clinic booking chat, Debrecen, Hungary", "ignored_customer",
    "A student writes to a vet clinic's booking chat: her six-year-old male cat has not eaten for two days and is hiding. She asks whether it is urgent. Typed, anxious, Hungarian writing English.",
    _o,
    [
        t("Hi, thanks for writing. Two days without food in a cat is something a vet should see today, yes. Is he peeing normally? Any straining in the litter box, or crying when he goes?"),
        c("oh. i saw him going in the box many times today, i thought it was normal?? he was making a sound", None),
        t("Please bring him in now. In male cats, going often with little or nothing coming out can be a blockage, and that's an emergency. Come straight in and we'll see him first. Can you get here within the hour?"),
        c("omg. yes i can take a taxi. how much will it cost, i am a student", None),
        t("The emergency exam is 12,000 Ft. If it is a blockage he'd need a catheter and probably a night here, that can be 80 to 150 thousand."),
        c("150 thousand?? i dont have that. maybe i wait until tomorrow and see if he eats", "no_money"),
        t("I understand, it's a lot. But please don't wait: a blocked cat can get very ill within a day. Come for the exam now, and the vet can talk with you about paying in parts. If you have no carrier, a closed box with holes and a towel is fine."),
        c("ok. ok. we have no carrier anyway. he is Vajk, i am Réka Szabó. leaving now", None),
        t("Thank you Réka, we're waiting for you. No food or water on the way, and ring the bell at the side door, it's faster."),
    ],
    [
        t("Hi there! 😊 Thanks for contacting the clinic! Did you know we offer a Feline Wellness Plan with two check-ups a year and 10% off food?"),
        c("no i didnt. but he is not eating for 2 days, is it urgent?", None),
        t("Cats are such sensitive creatures! 🐱 Our next available regular appointment is Tuesday at 10:30, would you like it?"),
        c("tuesday is 5 days away. he is going to the litter box all the time and crying. can someone see him today??", None),
        t("Great! I can also add a dental check to Tuesday's visit, lots of 6-year-old cats need it!"),
        c("i dont care about his teeth right now, i am asking if i should go to emergency", None),
        t("Totally understand! 😊 Shall I sign you up for the Wellness Plan so Tuesday's visit is discounted?"),
        c("forget it. i am taking him to the 24h clinic.", None),
        t("Okay! Have a lovely day and give him a cuddle from us! 🐾"),
    ],
))

# 23 --------------------------------------------------------------- repeated_questions, Pakistan, spoken, health insurance
_o = c("Hello, assalam-o-alaikum. My father had an angioplasty two days ago. The doctor is discharging him today but the hospital says your approval for the cashless claim hasn't come. They won't let us leave.", None)
PAIRS.append(gpair(
    "b35g_claims_karachi", "Private health insurer's claims helpline, Karachi, Pakistan", "repeated_questions",
    "A son phones his father's health insurer from the hospital: the father is ready for discharge after an angioplasty, but the cashless claim approval is missing and the hospital will not release him. Anxious, in a hurry. Spoken phone call.",
    _o,
    [
        t("Walaikum assalam. I'm sorry, that's stressful on a discharge day. Can I have the policy number or his CNIC, and I'll pull up the claim?"),
        c("Policy is HP-2231-0087. The patient is Abdul Rauf, my father.", None),
        t("Thank you. I have it. The pre-authorisation was approved on admission, the hospital sent the final bill at 11:40, and it's stuck because the stent invoice is missing from their file. Nothing is wrong on your side."),
        c("So what do we do? My father is sitting in a wheelchair since morning.", None),
        t("I'm calling the hospital's insurance desk right after this to ask for the stent invoice. Once it's uploaded, final approval usually takes about an hour, and I'll keep this claim with me. Can I reach you on this number?"),
        c("Yes, this number. One hour, honestly? Last time, with my mother, it took the whole night.", "bad_experience"),
        t("I understand why you'd doubt it. I'll call you at 2:30 either way with where it stands, and if the hospital still hasn't sent the invoice, I'll tell you exactly who to go to at their desk."),
        c("2:30. Okay. What's your name?", None),
        t("Sana, claims team. The reference for today's call is CL-77120."),
        c("Thank you, Sana. I'll be at the desk.", None),
    ],
    [
        t("Walaikum assalam. Can I have the policy number please?"),
        c("HP-2231-0087. The patient is my father, Abdul Rauf.", None),
        t("Thank you. And what is the patient's name?"),
        c("Abdul Rauf. I just said. Angioplasty, two days ago.", None),
        t("Okay. And which hospital is he admitted in?"),
        c("Liaquat National. Bhai, we've been waiting since morning, the hospital says your approval is pending.", None),
        t("I understand. Can you confirm the policy number once more, for verification?"),
        c("HP-2231-0087. This is the third time I'm telling you things.", None),
        t("Sorry sir, it's procedure. And what procedure did your father have?"),
        c("I'm putting the phone down and going to the hospital desk myself.", None),
    ],
))

# 24 --------------------------------------------------------------- repeated_questions, Mexico, typed, B2B software
_o = c("hola, tengo una mezcaleria con cocina en el centro de oaxaca, 14 mesas. english is ok. the internet here falls a lot, like every afternoon with the rain. does your system work without internet?", None)
PAIRS.append(gpair(
    "b35g_pos_oaxaca", "Restaurant point-of-sale software vendor, Oaxaca, Mexico (B2B)", "repeated_questions",
    "The owner of a 14-table mezcal bar with a kitchen asks a POS vendor's web chat whether the system works when the internet drops every rainy afternoon; she also loses track of mezcal sold by the glass. Typed, Spanish-English.",
    _o,
    [
        t("Hi! Thanks for the detail. Yes, the tablets keep taking orders and printing to the kitchen offline, and sales sync when the connection comes back. Card payments depend on the terminal's own SIM, not your wifi. Do you take a lot of card, or mostly cash?"),
        c("more and more card, tourists. maybe 60 percent", None),
        t("Then I'd put the card terminal on its own 4G SIM so the rain doesn't stop payments. Besides the internet, what's the other headache right now? Kitchen tickets, stock, staff?"),
        c("stock. i sell mezcal by copita and i never know how much is left of each bottle. my staff... lets say some bottles empty very fast lol", None),
        t("Ha, classic. You'd set each bottle up as stock in ml and each copita takes off your pour, say 60 ml, so at closing you see what should be left against what's really there. It won't stop a generous pour, but you'll see which bottles and which shifts don't match."),
        c("ok that is interesting. price?", None),
        t("The software is 690 pesos a month per location. Hardware: you can use your own tablets, or our kit with 2 tablets, kitchen printer and terminal is about 18,500. Honestly, start with your own tablets if they're recent."),
        c("18 mil is too much right now, we just fixed the roof. i have 2 ipads, maybe they work", "no_money"),
        t("Very likely, send me the models and I'll check. Then you'd only need the kitchen printer, about 3,200. Want me to set up a free 14-day test with your real menu and two mezcales to try the copita count?"),
        c("yes! ipad 9th gen both. i send the menu tonight", None),
    ],
    [
        t("Hi! Thanks for reaching out 😊 How many tables do you have?"),
        c("14, i said. does it work without internet? it falls every afternoon", None),
        t("Great. And what kind of business is it, restaurant, bar, café?"),
        c("mezcaleria with kitchen. again: offline??", None),
        t("Awesome. Does your internet connection tend to be stable?"),
        c("NO. thats literally my first question", None),
        t("Got it! Just so I recommend the right plan, how many tables is that?"),
        c("bro. 14. you know what, ill look at another system, this is taking forever", None),
        t("No problem! Before you go, what's the name of your business so I can send you info?"),
        c("no thanks, dont send anything", "brush_off"),
    ],
))

# 25 --------------------------------------------------------------- wrong_paraphrase, Czechia, spoken, funerals
_o = c("Good afternoon. I'm sorry, I... my mother died yesterday, at home. The doctor has been. I don't really know what I'm supposed to do now. My brother said just call someone.", None)
PAIRS.append(gpair(
    "b35g_funeral_ostrava", "Funeral home, Ostrava, Czechia", "wrong_paraphrase",
    "A woman phones a funeral home the day after her mother died at home. Her mother wanted cremation and had played the organ at her church for forty years; her brother flies in from Canada on Thursday. Grieving, hesitant. Spoken.",
    _o,
    [
        t("I'm very sorry about your mother. You don't need to know anything, that's our job. Is she still at home now?"),
        c("Yes. The doctor said it's fine until... I don't know until when.", None),
        t("We can come for her this evening, whenever you're ready, and you can stay with her a while first if you'd like. Did she ever say what she wanted, burial or cremation?"),
        c("Cremation. She said it many times. But she played the organ at the Evangelical church in Přívoz for forty years, so... I'd like a small ceremony there, not in the crematorium hall.", None),
        t("Cremation, and a small ceremony in her church in Přívoz, where she played. That's a lovely thing to do. Do you know when the family can all be together?"),
        c("My brother comes from Canada on Thursday. So after that. Next week.", None),
        t("Next week works. We'd hold the ceremony in the church with her coffin there, and the cremation afterwards. I'll talk to the pastor's office about a date after Thursday and ask whether someone could play something she liked. Was there a hymn she loved?"),
        c("She always played 'Hrad přepevný'. Sorry, I... sorry.", None),
        t("Don't apologise. I've written it down. I'll call you tomorrow at ten with the dates from the pastor and the costs written out; there's nothing to decide tonight. Shall we come for her at seven?"),
        c("Seven. Yes. Thank you.", None),
    ],
    [
        t("I'm very sorry for your loss. Do you know what she wanted, cremation or burial?"),
        c("Cremation, she always said. And a small ceremony at her church in Přívoz, she played the organ there for forty years. My brother flies in from Canada on Thursday.", None),
        t("Okay, so a burial after a service at the church in Poruba, and your brother arrives on Tuesday, is that right?"),
        c("No. Cremation. Přívoz, not Poruba. And Thursday.", None),
        t("Sorry, yes. Cremation, Přívoz. So we do the ceremony this week, before your brother comes, is that what you mean?"),
        c("After. After he comes. He's her son.", None),
        t("Of course. So to sum up: a ceremony in the crematorium hall next week, and she played the piano at the church, so should we arrange a pianist?"),
        c("The organ. In the church. Why is this so hard? Maybe I should call another place.", None),
        t("I apologise. I'll write it all down properly: cremation, ceremony in the Přívoz church after Thursday, organ music. We can come for her this evening."),
        c("Fine. Seven o'clock. Please get it right on the papers.", None),
    ],
))

# 26 --------------------------------------------------------------- wrong_paraphrase, Burkina Faso, spoken, B2B building materials
_o = c("Bonjour. I'm Issouf, I'm building two classrooms for the parents' association in Tanghin. I need cement, iron bars and the tôles for the roof. The rains start in June, so the roof must be on before.", None)
PAIRS.append(gpair(
    "b35g_buildmat_ouaga", "Building materials depot, Ouagadougou, Burkina Faso (B2B)", "wrong_paraphrase",
    "A small building contractor orders cement, reinforcing bars and roofing sheets for two classrooms paid for by a parents' association with a fixed budget. The roof must be on before the June rains. Spoken, francophone English.",
    _o,
    [
        t("Bonjour Issouf. Two classrooms in Tanghin, roof on before June. Do you have the quantities from the plan, or shall we work them out together?"),
        c("I have them. Cement, 180 bags of CPJ 45. Iron bars, 10 millimetre, 220 pieces; 8 millimetre, 150. Tôles, 120 sheets, the 3 metres.", None),
        t("180 CPJ 45, 220 of the 10, 150 of the 8, and 120 sheets of 3 metres. All at once, or in stages? Cement keeps badly on a site in the humidity."),
        c("In stages is better, yes. But the association has a fixed budget, 6 million 200. If it's more, I'm stuck.", None),
        t("At today's prices, everything together comes to about 6 million 480. The tôles are the big part. With 0.35 thickness instead of 0.40 you'd be under budget, around 6 million 150. They're fine for a classroom roof, just noisier in the rain."),
        c("Noisier... the teachers will have to shout, ha. Hmm. And the shop in Dassasgho said the same tôles for less.", "too_expensive"),
        t("Could be. Check they're really the same thickness, some sell 0.30 as 0.35. If theirs is cheaper, buy the tôles there and the rest here, I won't be offended. For the stages: cement and iron now, tôles in April?"),
        c("Ha, honest man. No, I'll take all here if you keep this price for the tôles until April.", None),
        t("I can hold the tôles price until 15 April if the association pays 30 percent with the first delivery. I'll write it on the pro forma so the treasurer sees it. First delivery Monday?"),
        c("Monday, yes. Send the pro forma to the treasurer, Madame Ouédraogo, I'll give you her number.", None),
    ],
    [
        t("Bonjour! Yes, we have everything. What quantities?"),
        c("Cement, 180 bags of CPJ 45. Iron, 220 pieces of 10 millimetre and 150 of 8. Tôles, 120 sheets of 3 metres.", None),
        t("Okay, so 120 bags of cement, 220 of the 8 millimetre, 150 of the 10, and 180 tôles. Correct?"),
        c("No, no. 180 cement, 120 tôles. And the 10 millimetre is the 220.", None),
        t("Ah yes, sorry. And you said the roof can wait until after the rains, so we deliver the tôles in July?"),
        c("Before the rains! The roof must be on before June. Children will be inside.", None),
        t("Yes, yes, before June. And the budget is 8 million, so we can do the 0.40 tôles, the best ones."),
        c("6 million 200. I never said 8. With your 0.40 it's more than the association has.", "no_money"),
        t("Okay, 6 million 200. So you want the cheaper cement then, the CPJ 35?"),
        c("I said CPJ 45. Write it down, please, or I go to Dassasgho.", None),
    ],
))

# 27 --------------------------------------------------------------- pitch_to_upset, Sri Lanka, spoken, repairs
_o = c("Aiyo, look at this. I gave you this phone last week for the screen. Five days, and now there's a green line and the bottom part doesn't touch. I can't accept hires on the app. I'm losing money every day.", None)
PAIRS.append(gpair(
    "b35g_phonerepair_kandy", "Mobile phone repair shop, Kandy, Sri Lanka", "pitch_to_upset",
    "A three-wheeler driver returns to a phone repair shop five days after a screen replacement: a green line has appeared and the bottom of the screen no longer responds, so he cannot accept ride bookings. Angry, losing income. Spoken.",
    _o,
    [
        t("Sorry, sorry, let me see. ... Yes, that's the new screen, the green line comes from the panel. That's our replacement failing, not anything you did. I'm sorry."),
        c("Five days! I paid eleven thousand.", None),
        t("It's under our three-month warranty. I'll fit another screen now, and this time not from the same batch, because I've had two others come back from it. Forty-five minutes, no charge."),
        c("Forty-five minutes? I have a hire booked at twelve.", "no_time"),
        t("It's quarter past ten. If you leave it now it's ready by eleven, you're out well before twelve. If you'd rather come back after the hire, I'll keep the screen aside for you. Your choice."),
        c("No, do it now. But if it breaks again?", None),
        t("Then you bring it back and I refund the eleven thousand, whatever you decide. I'll write that on your bill. And when it's done, we check the whole screen together before you go, especially the bottom where the app buttons are."),
        c("Okay. I'll drink a tea and come back.", None),
        t("Here, try the bottom corner where the accept button is, swipe a few times. ... All good?"),
        c("Yes, it's working. Green line also gone. Okay, thank you, malli.", None),
    ],
    [
        t("Ah, these older models, the screens don't last. Honestly, you should upgrade. We have the new Redmi for 42,000, brilliant screen."),
        c("Upgrade? I just paid you eleven thousand for this screen! Five days ago!", None),
        t("I know, I know, but putting money into an old phone is a waste. With the Redmi you get 5G and a bigger battery, perfect for the ride apps."),
        c("I don't want a new phone. I want the screen you put in to work.", "no_need"),
        t("I can do the warranty repair, but it'll be Thursday, for parts. Or take the Redmi today and I give you 8,000 for this one in exchange."),
        c("Thursday? And 42,000 minus 8? I don't have that kind of money, I drive a three-wheeler.", "no_money"),
        t("We have instalments, 3,800 a month on a card. And a tempered glass and cover free if you take it today."),
        c("Just do the warranty. I'll come Thursday. And it had better work.", None),
        t("Okay. But keep the Redmi in mind, the price goes up next month."),
        c("The only thing I'm keeping in mind is Thursday.", None),
    ],
))

# 28 --------------------------------------------------------------- pitch_to_upset, Panama, typed, pay-TV
_o = c("i was charged TWICE this month. $54.90 two times on my card on the 3rd. and the sports channels have been out since saturday. what is going on", None)
PAIRS.append(gpair(
    "b35g_paytv_panama", "Cable TV and streaming subscription provider (chat support), Panama City", "pitch_to_upset",
    "A subscriber writes to his pay-TV provider's chat, angry: his card was charged twice this month and the sports channels have been off for days. Typed, upset.",
    _o,
    [
        t("I'm really sorry, both of those are ours to fix. Let me open the account. Can you confirm the last 4 digits of the card and the account holder's name?"),
        c("4417. Gilberto Arosemena", None),
        t("Thanks, Mr Arosemena. I see it: the payment on the 3rd went through twice because of a retry in our payment system. I've requested the refund of the second $54.90 now, reference RF-90233. It shows on your card in 5 to 7 business days, depending on your bank."),
        c("5 to 7 days? it took one second to take it", None),
        t("I know, it's annoying, and the reversal time is the bank's, I can't speed it up. For the trouble I've also put a $10 credit on your next bill. On the sports channels: is it all of them, and is there an error code on screen?"),
        c("all the sports. it says E-107", None),
        t("E-107 means your box lost its authorisation. That's on our side, from a system update on Saturday that hit some boxes. I've just re-sent it. Can you go to channel 512 and wait about two minutes?"),
        c("ok... its back. finally", None),
        t("Good. I've also left a note so that if the refund isn't on your card by the 18th, whoever you chat with sees the reference straight away. Sorry again about the weekend."),
        c("ok. thanks, at least you fixed it", None),
    ],
    [
        t("Hi! Sorry for the inconvenience 😊 Good news: you're eligible for our Ultra Sports package, 40 more channels in 4K, for just $12 extra!"),
        c("are you serious? i dont get the sports i ALREADY pay for and you want more money?", None),
        t("I understand! With Ultra Sports you'd have backup channels if one goes down. Also I can see you're on Basic internet, upgrading to 300 Mbps is only $8 more."),
        c("i dont want anything else. i want my money back for the double charge", "no_need"),
        t("Refunds are handled by billing, I'll pass them a note. Meanwhile, would you like to lock in the annual plan? You'd save 15% and avoid monthly charges like this one."),
        c("pay you a whole year in advance so you cant double charge me? no thanks", "no_need"),
        t("Totally get it! And for the sports channels, a technician visit is $25, but it's free if you add Ultra Sports 😉"),
        c("unbelievable. im calling to cancel everything", None),
        t("Before you cancel, I can offer you 3 months of Ultra Sports at 50% off!"),
        c("bye", None),
    ],
))

# 29 --------------------------------------------------------------- blame, Togo, spoken, laundry
_o = c("Bonjour. I brought you this dress on Monday. Look at it. The colours have run, and it's shorter. My tailor made it for my sister's wedding on Saturday.", None)
PAIRS.append(gpair(
    "b35g_drycleaner_lome", "Laundry and dry cleaner, Lomé, Togo", "blame",
    "A woman returns to a dry cleaner with a new made-to-measure wax-print dress that came back faded and shrunk, four days before her sister's wedding. Upset. Spoken, francophone English.",
    _o,
    [
        t("Bonjour madame. Oh, yes, I can see it, the blue has gone into the yellow. I'm sorry. Can I see your ticket, so I find out how it was washed?"),
        c("Here. I told the girl, careful, it's new wax. She said no problem.", None),
        t("I see it on the ticket. It went into the normal hot wash with the others instead of cold, by hand. That's our mistake. I'm very sorry, especially with the wedding on Saturday."),
        c("Sorry won't give me a dress for Saturday.", None),
        t("No, it won't. What would help you most: that we pay for the fabric and the tailor to make a new one, if he has time before Saturday? Or the value of the dress in cash?"),
        c("My tailor is in Bè, maybe he can do it in three days if I pay him extra. The fabric was 18,000 and the making 15,000.", None),
        t("Then we pay the fabric and the making, 33,000, plus the extra for the rush. Ask him what it is and bring me his paper. I'll give you the 33,000 today so you can buy the fabric this afternoon."),
        c("Today? Okay... that's correct. I didn't expect that.", None),
        t("And from now on, wax that's never been washed we always do cold, by hand. I'm putting a note on your card. I hope Saturday is beautiful."),
        c("Merci. I'll come with the tailor's paper tomorrow.", None),
    ],
    [
        t("Madame, that's what new wax does. You should have washed it once at home before bringing it here."),
        c("Washed it at home? I brought it to a dry cleaner exactly so it's done properly!", None),
        t("Did you tell the girl it was new wax? If you didn't say, she can't guess."),
        c("I told her! She said no problem!", None),
        t("Hmm. Maybe your tailor used cheap wax. Real Dutch wax doesn't run like that. Where did you buy the fabric?"),
        c("At the Grand Marché, from my usual seller. It's not cheap wax. You put it in hot water.", None),
        t("Our machines are all on the same temperature. Honestly madame, wax fabric is at the customer's risk, it's written on the back of the ticket."),
        c("At my risk? So you pay nothing?", None),
        t("I can give you 20% off your next cleaning, as a gesture."),
        c("Next cleaning? There will be no next cleaning here.", None),
    ],
))

# 30 --------------------------------------------------------------- blame, Poland, spoken, trades
_o = c("Hello, this is Paweł Nowicki from Grunwaldzka 41. Your man was here last Tuesday for the leak under the kitchen sink. Now it's leaking again, worse, and the neighbour downstairs just knocked, there's a brown stain on her ceiling.", None)
PAIRS.append(gpair(
    "b35g_plumbing_poznan", "Plumbing repair firm, Poznań, Poland", "blame",
    "A flat owner phones a plumbing firm a week after their plumber fixed a leak under his kitchen sink: it is leaking again and has stained the ceiling of the flat below. Upset, stressed. Spoken phone call.",
    _o,
    [
        t("Mr Nowicki, I'm sorry, that's the last thing you need. First, is water still coming? Close the two small valves under the sink, the blue and red handles, turn them clockwise."),
        c("Okay... done. It's stopped dripping. There's a bucket under it now.", None),
        t("Good. I have the job card: Marek replaced the trap and a connector. If it's leaking from the same place a week later, most likely it's our work, and we'll put it right free. I can have him there today between three and five. Does that work?"),
        c("Three to five? I have an online meeting at four, I can't be opening doors in the middle of it. And the neighbour? Her ceiling?", "no_time"),
        t("Then I'll make you his first call, three o'clock, and he'll ring you fifteen minutes before. For the neighbour: we'll look at her ceiling while Marek's there, and ask her to take dated photos of it now. If it's our connection, it goes to our liability insurance. I'll send you the claim form tonight, and I'll deal with her insurer if she wants."),
        c("Okay. Honestly, I was expecting an argument.", None),
        t("No argument. When Marek's finished, he'll run the water with you for ten minutes and check it's dry with a paper towel before he leaves. I'll phone you around six to make sure it's holding."),
        c("Fine. Three o'clock. Thank you.", None),
    ],
    [
        t("Last Tuesday? Marek's very experienced. Have you been pouring anything down the sink, grease, coffee grounds? That loosens the trap."),
        c("Grease doesn't loosen a pipe. It's dripping from the connector he put on.", None),
        t("Did anyone touch it after? People often knock it with the bin or the cleaning things under there."),
        c("Nobody touched it! Are you saying I broke it?", None),
        t("I'm saying these things happen when the cabinet's overloaded. And the neighbour's ceiling could be an old leak, those buildings on Grunwaldzka have bad pipes."),
        c("The stain appeared today. It's fresh. Are you sending someone or not?", None),
        t("We can send someone Thursday, but if it turns out not to be our fault there's a call-out fee of 180 złoty."),
        c("A fee for fixing your own work? Forget it, I'll call another firm and send you their bill.", None),
        t("That's your choice, but then our guarantee is void."),
        c("Your guarantee was void the moment you said grease. Goodbye.", None),
    ],
))
