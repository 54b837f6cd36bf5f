"""Ranked pairs f01-f10 (b82): both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer (telecom, Penang)
o = c("hi, my bill this month got 180 ringgit roaming. i went hat yai 3 days, but i sure i off the data roaming", None)
t1 = t("Let me pull up the bill... yes, 180 in data roaming on the 4th and 5th. Which phone do you use, and did you use a Thai SIM while you were there?")
c1 = c("iphone. no thai sim. i only use hotel wifi. data roaming i off before i cross the border", None)
t2 = t("Okay. One thing catches a lot of phones near the border: before you cross, the phone can jump onto a Thai tower while you're still on our side, and if roaming is on for those minutes it uses data in the background. Most of this is at 9:40am on the 4th. Were you still on the road then?")
c2 = c("9:40... ya, we cross around that time. maybe i off it only after", None)
t2x = t("The system doesn't lie, sir. If roaming was off there'd be no roaming charge. The log shows data at 9:40am on the 4th, so it was on.")
c2x = c("i tell you i off it. you are saying i lying ah", None)
t3 = t("As it's the first time and it happened at the border, I can waive half as a one-off, 90 ringgit. And I'll put the roaming block on your line, so next trip nothing is charged unless you buy a roam pass first.")
c3 = c("ok half is fair. the block good, my wife go next month, put on hers also", None)
c3x = c("hmm. half ok lah. but dont tell me i dont know how to use my own phone", None)
PAIRS.append(rpair(
    "b82r_f01_penang_roaming",
    "A customer in Penang disputes a roaming charge from a short trip to Hat Yai; he is sure he switched data roaming off. Fault in worse: the trainee argues with him.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2x, c2x, t3, c3x]))

# f02 - doubts the customer's honesty (microfinance, Apia)
o = c("talofa. i want to apply for loan to fix my van. i do taxi for the church group and the airport on weekends. the gearbox broke", None)
t1 = t("Talofa lava. Sorry about the gearbox. What's the quote for the repair, and what does the van bring in on a normal week?")
c1 = c("the garage say 4,200 tala. the van bring maybe 600 a week, more when the cruise ship come. most is cash, i dont have a paper for it", None)
t2 = t("Cash is normal for taxi work. We can use three months of bank deposits if you bank the fares, or your trip book if you keep one. Do you write the trips down anywhere?")
c2 = c("yes i write every trip in a book, name and fare. my daughter help me", None)
t2x = t("Cash with no paper... to be honest, lots of people tell us 600 a week and it turns out to be 200. How do I know the numbers are real?")
c2x = c("i am not lying. i write every trip in a book, name and fare, my daughter help me. you can ask the church", None)
t3 = t("That works. Bring the book and the garage quote. 4,200 over 18 months is about 62 a week, around a tenth of what the van makes, which is comfortable. If it's all in order, we pay the garage directly this week.")
c3 = c("ok, i bring the book tomorrow. faafetai", None)
c3x = c("ok. i bring the book tomorrow. but i did not like that you think i lie", None)
PAIRS.append(rpair(
    "b82r_f02_apia_vanloan",
    "A woman who runs a weekend taxi van in Apia applies for a loan to fix its gearbox; most of her income is cash. Fault in worse: the officer openly doubts her honesty.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2x, c2x, t3, c3x]))

# f03 - drops the price before asking anything (English centre, Hue)
o = c("chao. my daughter 10 year old. next year we move to melbourne for my work. she need english. how your centre work", None)
t1 = t("Chào anh. Moving to Melbourne, exciting. How much English does she have now, and will she go to school there straight away?")
c1 = c("she learn at school here, basic. she can read but talk very little. in melbourne she go to grade 5 public school", None)
t1x = t("Chào anh! Good timing, this month we have 30% off for new students, so the course is only 1.4 million a month instead of 2 million. Pay three months and we add one free.")
c1x = c("ok, cheap is good, but i dont know which course yet. she can read but talk very little. in melbourne she go to grade 5 public school", None)
t2 = t("Then what she needs is speaking and listening in a classroom, not grammar tests. Our small class for children going abroad does show-and-tell, group tasks, asking the teacher for help, the things she'll do every day in Melbourne. Two evenings a week. Could she come for a free trial on Saturday so the teacher can hear her?")
c2 = c("ok, saturday. she is shy but i think she like it", None)
t3 = t("Shy is fine, the trial group is four kids. I'll send you the address and time on Zalo.")
PAIRS.append(rpair(
    "b82r_f03_hue_englishkids",
    "A father in Hue asks about English lessons for his 10-year-old daughter before the family moves to Melbourne. Fault in worse: the trainee opens with a discount before asking anything.",
    [o, t1, c1, t2, c2, t3],
    [o, t1x, c1x, t2, c2, t3]))

# f04 - unasked lecture (rest home, Palmerston North)
o = c("Hi, quick one. My dad's in your Kowhai wing since last week. Can we bring his dog when we visit? He keeps asking about her.", None)
t1 = t("Hi, yes, he talks about her to us too, Bella, isn't it? Dogs are welcome in the garden lounge and his room, on a lead. Is she good with people? A few residents get nervous around dogs.")
c1 = c("She's a twelve-year-old lab, she basically just lies down. Can we come Sunday?", None)
t2 = t("Sunday's great, he'll be thrilled.")
c2 = c("Ha, he will. Anything we need to do?", None)
t2x = t("Sunday's fine. Before you come though, it's worth knowing the first weeks in care are an adjustment period, and reminders of home can unsettle new residents. Research shows a structured visiting plan helps families through the transition, and I'd recommend our family handbook on visit frequency and managing your own feelings about the move.")
c2x = c("Um, okay. He asks for the dog every day, I think it'll cheer him up. I only wanted to know if we could. Anything we need to do?", None)
t3 = t("Afternoons after 2 are quietest. Let the front desk know when you arrive, and bring a water bowl.")
c3 = c("Easy. See you Sunday.", None)
c3x = c("Right. Sunday then.", None)
PAIRS.append(rpair(
    "b82r_f04_palmerstonnorth_dogvisit",
    "A son asks a rest home in Palmerston North whether the family can bring his father's dog to visit. Fault in worse: an unasked lecture about adjusting to care.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2x, c2x, t3, c3x]))

# f05 - vague next step (building supplier, Bekasi)
o = c("pagi bu. i need ceramic 60x60, the grey one like this photo, 300 meter for 3 houses in bekasi. can deliver next week", None)
t1 = t("Pagi, pak. That's our Granito Abu, let me check... we have 180 square metres in the warehouse, one batch. The rest would come from the factory. When do your tilers start?")
c1 = c("tiler start on 15th. if different batch the color a bit different, the client complain. last project this happen, i must redo one room", "bad_experience")
t2 = t("Right, mixed batches are the risk. Two ways: take the 180 now for two houses, and the third house gets its own full batch, so any difference is house to house, never inside one room. Or wait for 300 from one batch, which the factory says is ten days.")
c2 = c("two house now, third house later is ok. but the 120 must come before the 25th, or my tiler go to another job", None)
t3 = t("I'll phone the factory now while you're here and get their date for 120 metres in one batch. If they can't promise before the 25th, you'll know today and can look elsewhere for the third house. The 180 I can deliver Monday.")
c3 = c("ok good, call them now", None)
t3x = t("Okay, noted. We'll process the order and let you know about the 120 once we hear from the factory. The 180 we'll send soon.")
c3x = c("soon when, bu. i need a date, my tiler cannot wait. maybe i check the shop in cikarang also", "think_it_over")
PAIRS.append(rpair(
    "b82r_f05_bekasi_tiles",
    "A small contractor needs 300 square metres of one tile colour for three houses near Jakarta; only 180 are in stock. Fault in worse: a vague next step.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2, c2, t3x, c3x]))

# f06 - over-promises (boatyard, Vuda, Lautoka)
o = c("Hi, we've got a 38-foot sloop at Vuda. Rudder's got play in it, clunking at anchor. We're meant to leave for Port Vila in six days, weather window. Can you help?", None)
t1 = t("We can take a look. Play in a rudder is usually the bearings, sometimes the stock itself. Is it clunking side to side, or up and down as well?")
c1 = c("Side to side mostly. A few mil of movement at the tiller. We had the bearings done in Opua two years ago.", None)
t2 = t("A few mil side to side on two-year-old bearings sounds like wear or a loose housing rather than a bent stock, but I need her out of the water to be sure. We can haul you Wednesday morning.")
c2 = c("Wednesday's fine. Will we make the window though? If we miss it we're stuck here another two weeks.", None)
t3 = t("If it's the housing, yes: we re-bed it and you're back in Thursday. If the bearings need replacing, I have one size in stock; if yours are different, a set from Auckland takes four to seven days and you'd miss it. I'll know within an hour of hauling and tell you straight away so you can plan.")
c3 = c("Fair enough. Let's see on Wednesday.", None)
t3x = t("Don't worry, you'll make the window for sure. Back in the water Thursday, guaranteed.")
c3x = c("Great, that's a relief. I'll tell the crew we're off Friday then.", None)
PAIRS.append(rpair(
    "b82r_f06_lautoka_rudder",
    "A cruising couple at Vuda Marina need a loose rudder fixed before a weather window to Vanuatu in six days. Fault in worse: the yard promises a date it cannot know yet.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2, c2, t3x, c3x]))

# f07 - closes before checking it works (restaurant ordering app, Bangkok)
o = c("hi, i want your system for my restaurant, 20 table. my friend use it, she like. can you set up this week", None)
t1 = t("Great, thanks for coming to us. What do you use now to get orders to the kitchen, paper or a printer?")
c1 = c("we have kitchen printer, old one, maybe 8 year. the waiter write on paper, and the printer we use for the bill also", None)
t2 = t("Okay. Our app sends the order from the waiter's phone straight to the kitchen printer, so nobody writes. For 20 tables it's 990 baht a month.")
c2 = c("990 a bit high, but ok if my friend say it good", "too_expensive")
t3 = t("One thing before we sign: older printers don't always talk to our app. Can you send me a photo of the label on the back, with the model number? If it works we set up Thursday; if not, a compatible one is about 4,500 baht, and you'd know before paying anything.")
c3 = c("ok wait, i send photo now. it say TM something", None)
t3x = t("Perfect, let's get you signed up now. I'll take the first month by card and book the installer for Thursday.")
c3x = c("ok, card. thursday good", None)
PAIRS.append(rpair(
    "b82r_f07_bangkok_kitchenprinter",
    "An Isaan restaurant owner in Bangkok, sent by a friend, wants an ordering app set up this week; her kitchen printer is eight years old. Fault in worse: the trainee closes before checking the printer works with the app.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2, c2, t3x, c3x]))

# f08 - recommends before asking (travel clinic, Kuala Lumpur)
o = c("hi, i going to africa next month, kenya and tanzania. what vaccine i need", None)
t1 = t("Hi! Nice trip. What kind of trip is it, safari, city, visiting family? And have you had travel vaccines before, like yellow fever?")
c1 = c("safari, 2 week, with tour company. yellow fever i take 8 years ago for brazil, i still have the yellow card", None)
t1x = t("Hi! For Kenya and Tanzania you need yellow fever, typhoid, hepatitis A, rabies, cholera and malaria tablets. The full set is about 1,650 ringgit, I can book you Saturday.")
c1x = c("1,650, wah. but yellow fever i take already 8 years ago for brazil, still have the yellow card. and it is safari with tour company, only 2 week", "too_expensive")
t2 = t("Good, yellow fever now counts for life, so that card is still valid; keep it with your passport. For two weeks on safari with a tour company I'd suggest hepatitis A, typhoid and malaria tablets. Rabies only if you'll be around animals outside the vehicle or far from a hospital. Will you be?")
c2 = c("no, always in the jeep and the lodge. so how much for that", None)
t3 = t("Hep A, typhoid and the tablets come to about 520 ringgit. I can book you Saturday morning.")
c3 = c("ok saturday. i bring the yellow card", None)
PAIRS.append(rpair(
    "b82r_f08_kualalumpur_safari",
    "A woman in Kuala Lumpur asks a travel clinic what she needs for a two-week safari in Kenya and Tanzania. Fault in worse: the full list and price come before any question.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1x, c1x, t2, c2, t3, c3]))

# f09 - unexplained jargon (internet provider, Port Moresby)
o = c("our office internet slow every afternoon after 2. 6 staff. we cannot upload the tax files. what is the problem", None)
t1 = t("That's frustrating, especially at tax time. Is it slow for everyone at once or only some computers? And does it come right after 5?")
c1 = c("everyone. after 5 ok again. morning also ok", None)
t2 = t("Then it's most likely on our side, not your office. Your plan shares the line with other businesses in your building, and in the afternoon everyone's on it, so your share shrinks. Uploads suffer most, because your plan gives you much less speed going up than coming down.")
c2 = c("ok i understand. so what we can do", None)
t2x = t("That'll be contention on the shared backhaul. Your plan's on a 1:20 contention ratio with asymmetric upstream, so at peak your CIR drops and TCP throughput on the uplink tanks.")
c2x = c("sorry, i dont understand all that. so what we can do", None)
t3 = t("Two options. A dedicated business line, nobody else on it, same speed up and down, is 1,450 kina a month, about double what you pay now. Or the cheap way: upload the big files before 2, and I check whether your router lets uploads use the whole line. That's free, I can do it remotely tomorrow.")
c3 = c("double is too much for us now. do the free one first", "too_expensive")
PAIRS.append(rpair(
    "b82r_f09_portmoresby_slowinternet",
    "An accounting office manager in Port Moresby asks why the internet slows every afternoon when they upload tax files. Fault in worse: the diagnosis is given in unexplained jargon.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2x, c2x, t3, c3]))

# f10 - talks about themselves (eldercare home, Chiang Rai)
o = c("hello ka, my father 81, he has parkinson, he lives in chiang rai with a maid, but the maid leave next month. i work in bangkok. i am looking for a place near his house", None)
t1 = t("Hello ka. I'm sorry, that's a lot to sort out from far away. How is he getting around now, on his own, with a stick, or does he need help?")
c1 = c("walker. he fall two time this year. he is very stubborn, he dont like strangers", None)
t2 = t("That's a real worry, with the falls. Our carers are used to Parkinson's; they walk beside, they don't take over. What does he enjoy, something we could help him keep doing?")
c2 = c("he like his garden, orchid. and the radio, thai boxing", None)
t2x = t("I completely understand. My own grandmother had Parkinson's, honestly it's why I went into care. I lived with her three years in Lampang, and she was stubborn too, she refused her walker for months. It taught me so much about patience.")
c2x = c("oh... ok. sorry about your grandmother. so for my father, what you have", None)
t3 = t("Rooms are from 28,000 baht a month, with a nurse on at night. Could he come for a day visit with you, so he meets the staff before anything is decided?")
c3 = c("28,000... a bit heavy. i must talk with my brother first, he pay half", "think_it_over")
PAIRS.append(rpair(
    "b82r_f10_chiangrai_parkinsons",
    "A daughter working in Bangkok looks for a care home near her father's house in Chiang Rai; he has Parkinson's and his live-in helper is leaving. Fault in worse: the trainee talks about their own family instead of hers.",
    [o, t1, c1, t2, c2, t3, c3],
    [o, t1, c1, t2x, c2x, t3, c3]))
