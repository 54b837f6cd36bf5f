"""Ranked pairs f01-f10: both sides share every turn (same Python objects) except one real fault
in `worse` and the customer's reaction to it. Written by hand for blind96."""
from common import c, rpair, t

PAIRS = []

# f01 Quezon City, remittance app chat - fault: unexplained jargon
o = c("hello po, my husband sent 1,000 usd, I received only ₱55,800. why less? he said the rate is 58", None)
t1 = t("Hello po! Sorry for the confusion. Let me check the transfer. Can I have the reference number?")
c1 = c("REF 88120394", None)
t2b = t("Thank you, I see it. The 58 your husband saw is the rate on Google. Our rate that day was 56.08, because we add a margin when we change dollars to pesos, and the $5 fee came out first. So $995 x 56.08 is ₱55,800.")
c2b = c("ah so thats the difference. sayang, almost 2k less. other app gives better rate daw", "too_expensive")
t2w = t("Thank you, I see it. The variance is due to the FX spread over mid-market plus the fixed sender-side fee debited pre-conversion. Applied rate was 56.08.")
c2w = c("sorry po, i dont understand. what is FX spread? am i cheated?", None)
t3 = t("For next time po, your husband can check the 'you receive' amount in the app before he presses send. It shows the exact pesos after the rate and the fee, so he can compare with other apps that day.")
c3 = c("ok po, ill tell him. thank you", None)
PAIRS.append(rpair(
    "b96r_f01_quezoncity_remit_rate",
    "The wife of a seafarer chats with a remittance app's support because she received less than her husband expected.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f02 Sengkang Singapore, aircon repeat leak - fault: over-promises
o = c("Hi, my bedroom aircon leaking again. 2nd time this year. Condo at Sengkang.", None)
t1 = t("Sorry to hear, again some more. Which brand and how old? And did the last repair say what the cause was?")
c1 = c("Daikin, about 8 years. Last time the guy just clear the pipe, say choke. $90.", None)
t2b = t("At 8 years, choking again and again often means slime in the tray or a sag in the drain pipe. Our tech will flush it and check the pipe slope. If the slope is the problem it may need re-piping, around $120 to $180, and he'll show you before doing anything.")
c2b = c("Ok. Hopefully this time really settle. I don't want a third time.", None)
t2w = t("No worries, we're the best in Sengkang. Our tech will fix it permanently, I guarantee it will never leak again. Just $90.")
c2w = c("Never leak again? Last guy also say like that, then 3 months later leak again. Sure or not?", "bad_experience")
t3 = t("The tech will explain what he finds on the spot. Thursday 2pm or Saturday 10am, which suits you?")
c3 = c("Saturday 10am. Thanks.", None)
PAIRS.append(rpair(
    "b96r_f02_sengkang_aircon_repeat_leak",
    "A condo owner in Sengkang calls an aircon company about a unit leaking for the second time this year.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f03 Bangsar South KL, onsite health screening - fault: vague next step
o = c("Hi, I'm the admin for a 25-person accounting firm in Bangsar South. Boss wants health screening for all staff before year end. Can?", None)
t1 = t("Hi, yes can. Basic package, or does your boss have specific tests in mind? And can staff come to us, or you prefer we come to the office?")
c1 = c("Basic blood and urine, BP, BMI. Staff very busy, audit season, better you come to the office.", None)
t2 = t("Onsite for 25 is fine, we just need one small room. Basic package is RM180 per person, onsite fee waived above 20 people. Results by email in 5 working days, and a doctor can give a short talk on the results.")
c2 = c("RM4,500 total ah. I need my boss to approve first.", "think_it_over")
t3b = t("Sure. I'll email the quote and two possible dates, 12 or 19 December, before 5pm today, and call you Thursday morning to hear what your boss says and lock a date.")
c3b = c("Ok, Thursday morning good.", None)
t3w = t("Sure, no problem. Get back to us when you're ready, we'll let you know about the dates.")
c3w = c("Ok... but December fills up fast right? So when will I know?", None)
PAIRS.append(rpair(
    "b96r_f03_bangsarsouth_health_screening",
    "An office admin asks a KL clinic to run year-end health screening at the office for 25 staff.",
    [o, t1, c1, t2, c2, t3b, c3b],
    [o, t1, c1, t2, c2, t3w, c3w],
))

# f04 Bangkok, condo juristic office, common fee increase - fault: argues with the customer
o = c("Hello ka, I am owner of unit 1508. The common fee this year went up 20%. Why so much?", None)
t1 = t("Hello khun. Yes, the AGM in March approved the new rate, from 45 to 54 baht per square metre. Did you receive the AGM minutes?")
c1 = c("I was in Japan, I didn't go. Nobody told me anything.", None)
t2b = t("I understand, that's frustrating to find out from a bill. The notice went to your registered email, maybe an old address, let me update it now. The increase is mainly for the lift replacement and higher electricity for the common areas.")
c2b = c("Hmm, lift replacement ok, the lift is very old. But 20% at once is a lot for me, I'm retired.", "no_money")
t2w = t("Khun, the notice was sent to every owner, so you were told. It's the owner's responsibility to attend or check email. The increase is mainly for the lift replacement and higher electricity for the common areas.")
c2w = c("Don't tell me my responsibility. I pay here 12 years. 20% at once is a lot for me, I'm retired.", "no_money")
t3 = t("I can send you the minutes and the budget breakdown. If it's hard to pay at once, the committee allows paying the year in two halves, no extra charge.")
c3 = c("Two halves is better. Send me the form please.", None)
PAIRS.append(rpair(
    "b96r_f04_bangkok_condo_common_fee",
    "A retired owner calls her Bangkok condo's juristic person office about a 20% rise in the common fee.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f05 Hanoi, international school sports - fault: talks about themselves
o = c("Hello, we move from Seoul to Hanoi in August. My son is 11, he loves football. Does your school have good sports program?", None)
t1 = t("Hello, and welcome in advance! Yes, football is big here. Does he play in a club now, and at what level?")
c1 = c("Yes, club in Gangnam, two times a week. He is quite good, he was captain.", None)
t2b = t("A captain, great. Our under-12 team trains three times a week and plays in the Hanoi schools league, with trials in the first two weeks of term, and new students are welcome. Does he play any other sport?")
c2b = c("Some swimming. But football is everything for him. His English is not perfect, is it problem for team?", None)
t2w = t("A captain, great! I played football too, at university in Manchester, I was a striker. I still play every Sunday with the teachers. Actually I started our staff team myself in 2019, we even won the expat league.")
c2w = c("Oh, ok. But my son, can he join the team? His English is not perfect, is it problem?", None)
t3 = t("Not at all. Many players are Korean, Japanese and Vietnamese, the coach uses simple English and a lot of showing. I can arrange for him to join a training when you visit in June.")
c3 = c("That would be great. We visit 12 June.", None)
PAIRS.append(rpair(
    "b96r_f05_hanoi_school_football",
    "A Korean mother relocating to Hanoi asks an international school about football for her 11-year-old.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f06 Davao, motorcycle loan for a self-employed fish vendor - fault: doubts the customer's honesty
o = c("Good afternoon. I'm a fish vendor in Bankerohan market. I want to apply motorcycle loan, Mio Gear. But I have no payslip.", None)
t1 = t("Good afternoon po. That's okay, many of our clients are self-employed. How much do you earn in a usual month, more or less?")
c1 = c("Around 25,000 po, more during fiesta. I have my Mayor's permit and stall rent receipts.", None)
t2b = t("Those help a lot. With the permit, the rent receipts and a barangay certificate we can use them as proof of income, no payslip needed.")
c2b = c("Ah good. I was worried you'd reject me like the bank.", None)
t2w = t("25,000 from selling fish? Hmm, that's quite high po. Honestly many applicants give bigger numbers. We'll have to verify that with a CI visit to your stall.")
c2w = c("I'm not lying po. Come to my stall anytime, everyone in Bankerohan knows me.", None)
t3 = t("For the Mio Gear, with ₱8,000 down over 24 months, the monthly is about ₱4,100. If one month is slow, call us before the due date and we'll arrange, better than missing it.")
c3 = c("4,100... kaya naman. I'll bring the documents on Monday.", None)
PAIRS.append(rpair(
    "b96r_f06_davao_fishvendor_motorloan",
    "A fish vendor without payslips asks a Davao motorcycle financing office whether she can qualify.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f07 Johor Bahru, chicken supply to a nasi lemak stall - fault: cuts the price unprompted
o = c("Hi, I got one nasi lemak stall in Taman Molek. Now I buy chicken from the market every morning. You can supply or not?", None)
t1 = t("Hi, can. How many kg a day, and which parts?")
c1 = c("Around 15 kg, whole leg. Market one RM9.80 per kg.", None)
t2b = t("For 15 kg whole leg daily, our price is RM9.40, fresh-chilled, delivered to your stall by 6am. What matters most to you, price, or not going to the market so early?")
c2b = c("Actually waking up early is the worst. 4am every day, my back also pain.", None)
t2w = t("Ok boss, for you I give RM8.50, special price, cheapest in JB. Can start tomorrow?")
c2w = c("Wah, so cheap ah? Got problem with the chicken or not? Frozen one ah?", None)
t3 = t("It's fresh-chilled, slaughtered the day before, never frozen. Let me drop 2 kg tomorrow morning as a sample, you cook and see yourself.")
c3 = c("Ok, tomorrow 5am I'm at the stall.", None)
PAIRS.append(rpair(
    "b96r_f07_johorbahru_nasilemak_chicken",
    "A nasi lemak hawker in Johor Bahru asks a poultry distributor about daily delivery.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f08 Ubud Bali, co-working day pass - fault: unasked lecture
o = c("hey, do you guys have day passes? just need somewhere with aircon and good wifi for today", None)
t1 = t("Hey! Yes, day pass is Rp150,000, coffee and wifi included. Are you doing calls, or mostly heads-down work?")
c1 = c("calls mostly, with clients in the US, tonight around 9", None)
t2b = t("We're open till 10pm, and the phone booths are free after 7. Want me to reserve one for 9 to 10?")
c2b = c("yes please, a booth at 9 is perfect", None)
t2w = t("We're open till 10pm. Honestly, working US hours from Bali isn't sustainable, you should set boundaries, lots of nomads here burn out from late calls. Have you thought about asking your clients to move to your morning?")
c2w = c("uh, thanks, but the calls are fine. i just need a quiet spot at 9", None)
t3 = t("Booth 2 is yours from 9 to 10, I'll put your name on it. The day pass you can pay at the counter.")
c3 = c("great, ill pay now", None)
PAIRS.append(rpair(
    "b96r_f08_ubud_coworking_daypass",
    "A traveller in Ubud asks a co-working space about a day pass for evening client calls.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))

# f09 Mandaue Cebu, courier for pasalubong boxes - fault: recommends before asking
o = c("Hi, I make dried mango and otap pasalubong boxes in Mandaue. I want to start sending to buyers in Manila. What service should I use?", None)
t1b = t("Hi! Happy to help. How many boxes a week, how heavy each, and do your buyers need them fast or is 3-5 days okay?")
c1b = c("Around 40 boxes a week, 1 kg each. Buyers are resellers, 3-5 days ok. But the otap breaks easily.", None)
t1w = t("Hi! For food going to Manila the best is our Express Air, next day, ₱280 per kilo. Shall I set up your account?")
c1w = c("₱280 a kilo? My box only sells ₱350. My buyers don't need next day. Around 40 boxes a week, 1 kg each. But the otap breaks easily.", "too_expensive")
t2 = t("For 40 boxes a week, sea cargo to Manila is ₱95 per kilo, 3 to 5 days, with weekly pickup in Mandaue. For the otap, use a rigid box marked fragile, we hand-carry those in the hub.")
c2 = c("₱95 ok, that works with my price. Pickup Fridays?", None)
t3 = t("Fridays at 2pm. I'll send the account form on Messenger now.")
PAIRS.append(rpair(
    "b96r_f09_mandaue_pasalubong_courier",
    "A home producer of Cebu delicacies asks a courier how to ship boxes to Manila resellers.",
    [o, t1b, c1b, t2, c2, t3],
    [o, t1w, c1w, t2, c2, t3],
))

# f10 George Town Penang, online booking SaaS for a dental clinic - fault: closes before checking it works
o = c("Hi, our dental clinic in George Town wants online booking. But patient records are in an old system, DentPro. Your booking can connect?", None)
t1 = t("Hi, thanks. We connect with some older systems, but not every version. Which version of DentPro, and is it on a clinic computer or in the cloud?")
c1 = c("Version 6, installed on the front desk PC. We have 2 dentists, 3 chairs.", None)
t2b = t("Version 6 we've connected before, but only through a small sync program on that PC. Before you commit anything, let our tech do a 30-minute remote test this week to confirm it reads your appointments correctly.")
c2b = c("Ok good, better test first. Last vendor said can, then cannot.", None)
t2w = t("Version 6 should be fine. Let's get you started, the annual plan is RM2,400, I'll send the invoice today and we set everything up next week.")
c2w = c("Should be fine? Last vendor also said can, then cannot connect, we paid for nothing. I don't want to pay before I know it works.", "bad_experience")
t3 = t("Our tech is free Thursday 2pm for a remote session on the front desk PC. Is that okay for your receptionist?")
c3 = c("Thursday 2pm ok, after the morning patients.", None)
PAIRS.append(rpair(
    "b96r_f10_georgetown_dental_booking_saas",
    "A dental clinic manager in George Town asks a booking-software vendor whether it works with their old records system.",
    [o, t1, c1, t2b, c2b, t3, c3],
    [o, t1, c1, t2w, c2w, t3, c3],
))
