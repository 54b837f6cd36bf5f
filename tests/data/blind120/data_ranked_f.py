"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 - fault: drops the price before asking anything
x0 = c("Hiya. Um, my MOT's due next week and the car's a 2009 Fiesta, a bit tired. How much do you charge?", None)
x1 = t("The MOT's fifty-four. Before anything else - anything you already know is wrong? Lights, noises, warning lights?")
x2 = c("The handbrake's a bit weak, and there's a knock on the back left over bumps.", None)
w1 = t("Normally fifty-four, but I'll do it for forty for you. Can't say fairer than that.")
w2 = c("That's quick - what's the catch? You've not even asked what's wrong with it. The handbrake's weak, and there's a knock at the back left.", None)
x3 = t("A weak handbrake usually just needs adjusting. The knock could be a drop link or a rear shock, and that could be a fail. Shall I look at both before the test so you know where you stand?")
x4 = c("How much would a shock be, though? I haven't got much spare this month.", "no_money")
x5 = t("Rear shock's about ninety fitted; a drop link, thirty. I'll ring you before doing any work - you decide.")
x6 = c("Okay. Book me in for Tuesday then.", None)
PAIRS.append(rpair("b120r_f01_carmarthen_mot",
 "Garage, Carmarthen: an owner of a tired 2009 Fiesta asks the MOT price.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, w1, w2, x3, x4, x5, x6]))

# f02 - fault: argues with the customer
x0 = c("Hi, sorry to bother you. Erm, room twelve. There's been a hum all night from somewhere, I barely slept.", None)
x1 = t("I'm sorry, that's miserable. Is it constant, and can you tell where from - window, wall, ceiling?")
x2 = c("Constant. The wall behind the bed, I think. Like a fridge, only louder.", None)
x3 = t("That wall backs onto the kitchen cold store - it sounds like it's playing up again. Maintenance will be on it this morning.")
x4 = c("Right. And tonight? I've the golf at eight tomorrow, I can't do another night of that.", None)
w3 = t("Honestly, nobody's ever complained about that room, and it's a quiet hotel. Are you sure it wasn't the wind off the sea?")
w4 = c("I know what wind sounds like. It was a hum, all night. And I've the golf at eight tomorrow, I can't do another night of that.", None)
x5 = t("I'll move you to room three on the other side - same type, and quiet.")
x6 = c("I haven't time to pack everything up again, I'm out all day.", "no_time")
x7 = t("No need - housekeeping will move your things carefully while you're out, and breakfast's on us today for the bad night.")
PAIRS.append(rpair("b120r_f02_standrews_noisy_room",
 "Hotel, St Andrews: a guest reports a hum in the room that kept her awake.",
 [x0, x1, x2, x3, x4, x5, x6, x7], [x0, x1, x2, w3, w4, x5, x6, x7]))

# f03 - fault: doubts the customer's honesty
x0 = c("Hello. I want to open a savings account, but, um, I moved here from Poland in spring, so no bills in my name yet.", None)
x1 = t("Welcome to Dunfermline. That's common when you've just moved. What ID have you got with you?")
x2 = c("Passport, my contract from the hospital, and a letter from the council about council tax.", None)
x3 = t("The passport and the council tax letter are enough - the letter counts as proof of address. What's the saving for?")
x4 = c("A car, maybe in one year. I would like to put four hundred every month.", None)
w3 = t("Hmm. A lot of people bring letters like that which turn out not to be genuine. Is this really your address, or are you staying with friends?")
w4 = c("It is really my address. I have the lease also. Why would I lie? I only want to save for a car, four hundred each month.", None)
x5 = t("Then our regular saver fits - up to five hundred a month, four point five percent, for twelve months. I can open it now.")
x6 = c("Is it safe? In Poland my parents' bank closed once, it was a big problem for my family.", "bad_experience")
x7 = t("Savings here are protected up to eighty-five thousand by the UK scheme - here's the leaflet, there's a Polish version. Shall we start?")
PAIRS.append(rpair("b120r_f03_dunfermline_new_account",
 "Building society, Dunfermline: a recent arrival from Poland wants a savings account.",
 [x0, x1, x2, x3, x4, x5, x6, x7], [x0, x1, x2, w3, w4, x5, x6, x7]))

# f04 - fault: an unasked lecture
x0 = c("Hiya, I need to book in for a smear, I got the letter. Can I do a Saturday?", None)
x1 = t("Yes, the nurse does a Saturday morning once a month - next is the eighteenth. Early or later on?")
x2 = c("Later-ish. Ten or after.", None)
x3 = t("Half ten with Nurse Hughes on the eighteenth. Anything that would make it easier for you on the day?")
x4 = c("Um, I'm nervous, to be honest. Last time it really hurt and the nurse was a bit rough.", "bad_experience")
w3 = t("Half ten, the eighteenth. And while I've got you - you're down as a smoker and overdue a blood pressure check. You really should think about stopping, there's a clinic Tuesdays.")
w4 = c("I only rang about the smear, love. I'm nervous enough about that - last time it really hurt and the nurse was rough.", "bad_experience")
x5 = t("That's really useful to know. I'll note it on the booking; she can use a smaller speculum, and you can ask her to stop any time.")
x6 = c("Oh, that'd help. Thank you. Half ten on the eighteenth, then.", None)
PAIRS.append(rpair("b120r_f04_wrexham_smear",
 "GP surgery, Wrexham: a patient phones to book a smear test on a Saturday.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, w3, w4, x5, x6]))

# f05 - fault: a vague next step
x0 = c("Hi. The Coll sailing Thursday got cancelled for weather, and I'd paid for a car and two. I'm wanting my money back, not a rebooking.", None)
x1 = t("Sorry about that, the weather's been wild. Can I have the reference?")
x2 = c("C-L-3-9-1-0. We were going for my uncle's birthday. We'll go in summer instead.", None)
x3 = t("Got it. We cancelled, so it's a full refund, fifty-eight forty, no fee.")
x4 = c("Good. How long does it take? Last time I'd a refund fae yous it took two months and three phone calls.", "bad_experience")
x5 = t("I'm doing it now, while you're here. Back on your card in five working days; I'll email the confirmation, and if it's not there by next Thursday, ring me - Eilidh - on this number.")
x6 = c("That's a relief. Thanks, Eilidh.", None)
w5 = t("I'll pass it on to the refunds team and they'll be in touch. Should be in due course.")
w6 = c("In due course? That's what they said last time. Can you not give me a date at least?", None)
PAIRS.append(rpair("b120r_f05_oban_coll_refund",
 "Ferry office, Oban: a passenger wants a refund for a sailing to Coll cancelled by weather.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, x3, x4, w5, w6]))

# f06 - fault: over-promises
x0 = c("Morning. The bearing's gone on my mower conditioner, and I've sixty acres to cut for silage. I need the part fast.", None)
x1 = t("Bad time for it. What make and model, and have you the old bearing with you?")
x2 = c("A Kuhn, FC 313. Old bearing's here in my pocket.", None)
x3 = t("Let me check... none in Huntly, Inverurie has two. What's your weather window?")
x4 = c("Good till Sunday. After that it's breaking.", None)
x5 = t("It can come up on tomorrow's van from Inverurie - here by three, that's firm, I've just checked the van's running. Thirty-eight pounds.")
x6 = c("Tomorrow by three. That'll do, I'll mow Friday. Put it on the account.", None)
w5 = t("No bother, I'll have it here first thing in the morning, eight o'clock, guaranteed. Thirty-eight pounds.")
w6 = c("Eight? From Inverurie? Well, if you're sure. I'll tell the contractor nine, then. Put it on the account.", None)
PAIRS.append(rpair("b120r_f06_huntly_mower_bearing",
 "Farm supplier, Huntly: a farmer needs a bearing for his mower before the weather breaks.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, x3, x4, w5, w6]))

# f07 - fault: closes before checking the thing works
x0 = c("Hiya, my heater's been blowing cold for a week. It's freezing going to work, the kids are moaning in the back.", None)
x1 = t("Not nice in this weather. Is the temperature gauge normal, and are you topping up the coolant?")
x2 = c("Gauge is normal. I've topped it up, yeah, a couple of times. Is that bad?", None)
x3 = t("It's losing water somewhere. Likely a hose, about sixty; worst case the heater matrix behind the dash, nearer four hundred.")
x4 = c("Four hundred? Please tell me it's a hose. I can't find four hundred before Christmas.", "no_money")
x5 = t("Good news, it was a split hose at the back of the engine - replaced. Let's run it up to temperature together and check it's blowing hot and not dripping before you pay.")
x6 = c("Oh, that's warm now. Lovely. What do I owe you?", None)
w5 = t("Good news, it was a split hose at the back of the engine - replaced, all sorted. Sixty pounds, card or cash?")
w6 = c("Right... but is it blowing hot now? I don't want to get halfway to Porthcawl and freeze again.", None)
PAIRS.append(rpair("b120r_f07_bridgend_heater",
 "Garage, Bridgend: a parent's car heater has blown cold for a week.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, x3, x4, w5, w6]))

# f08 - fault: recommends before asking
x0 = c("Hiya. Um, we're after a room for this Saturday, me and the wife. Bit of a last-minute thing.", None)
x1 = t("We've a few left. What's bringing you up - walking, a wedding, or just a break?")
x2 = c("Just a break. She's had a rough few months at work. Somewhere quiet, really, away from the road.", None)
w1 = t("We've the Snowdon Suite left - four-poster, spa bath, balcony, two-twenty. Our best room.")
w2 = c("Two-twenty? Bit much. We only want somewhere quiet, away from the road - she's had a rough few months.", "too_expensive")
x3 = t("Then room nine - at the back over the river, no road noise. One-twenty with breakfast.")
x4 = c("That sounds nice. Anywhere to walk from the door? She's not a hill person.", None)
x5 = t("A flat path along the river to Swallow Falls, about forty minutes. I'll leave a map in the room.")
x6 = c("Perfect. Book it, please.", None)
PAIRS.append(rpair("b120r_f08_betwsycoed_weekend",
 "Hotel, Betws-y-Coed: a husband wants a last-minute Saturday room for him and his wife.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, w1, w2, x3, x4, x5, x6]))

# f09 - fault: unexplained jargon
x0 = c("Hiya. Erm, I'm self-employed - a hairdresser - and I want to know could I get a mortgage. The bank just said no.", None)
x1 = t("Sorry the bank said no. We do lend to self-employed people. How long have you been trading, and does someone do your tax returns?")
x2 = c("Four years. Aye, my accountant does them. About thirty-one a year after costs.", None)
x3 = t("Four years is plenty - we use your last two years' profit from your tax returns. On thirty-one you could borrow around one-thirty-five, depending on outgoings. What deposit have you?")
x4 = c("About fifteen. Flats in Dennistoun are about one-fifty.", None)
w3 = t("Four years is fine - we'd use your SA302s and tax year overviews at four and a half times, subject to affordability and the LTV band. Deposit?")
w4 = c("Sorry, SA-what? LTV? I've no idea what that means, I just do hair. I've about fifteen, and flats in Dennistoun are about one-fifty.", None)
x5 = t("Fifteen on a one-fifty flat is a ten percent deposit, which we accept. Next step: ask your accountant for your last two years' tax calculations, and we'll give you a decision in principle the same day.")
x6 = c("Right. He's off till next week, mind, so I'll need to wait and phone you after.", "no_time")
PAIRS.append(rpair("b120r_f09_glasgow_self_employed",
 "Building society, Glasgow: a self-employed hairdresser refused by her bank asks about a mortgage.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, w3, w4, x5, x6]))

# f10 - fault: talks about themselves instead of the customer
x0 = c("Hello. I'm going up to Lerwick to see my daughter, first time on the overnight boat. I'm a bit nervous, I get seasick.", None)
x1 = t("It's a long one, about twelve hours. Have you sailed before, and would you sleep better in a cabin or a reclining seat?")
x2 = c("Only the wee boat to Orkney years ago, and I was sick the whole way. I'd want to lie down, I think.", None)
x3 = t("Then a cabin low down in the middle moves the least. An inside two-berth is the cheapest, one-oh-five on top of the fare.")
x4 = c("One-oh-five? On my pension? That's a lot for a bed.", "too_expensive")
w3 = t("Oh, I'm terrible for it too! I went to Shetland for my cousin's wedding and was green the whole night - my husband laughed at me all the way. Anyway, cabins are from one-oh-five.")
w4 = c("Oh dear. That's not helping my nerves, love. And one-oh-five on my pension is a lot for a bed.", "too_expensive")
x5 = t("Understood. A sleeping pod is forty-five; it reclines nearly flat and they're on a lower deck. A travel sickness tablet an hour before helps, and May's usually calm.")
x6 = c("A pod, then. I'll try that. Thank you.", None)
PAIRS.append(rpair("b120r_f10_aberdeen_lerwick_cabin",
 "Ferry office, Aberdeen: a seasick-prone pensioner books her first overnight sailing to Lerwick.",
 [x0, x1, x2, x3, x4, x5, x6], [x0, x1, x2, w3, w4, x5, x6]))
