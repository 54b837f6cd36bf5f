"""blind164 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

# f01 argues with the customer
a0 = c("Hi, thanks for showing me. The flat is nice, but the metro looks far. I don't drive.", None)
a1 = t("Thanks for saying so. How do you get to work now, and how long door to door is okay for you?")
a2 = c("Metro to Business Bay. Up to 45 minutes is fine, more than that no.", None)
a3b = t("That's a fair worry. It's about 12 minutes' walk to the station, which is a lot in July.")
a4b = c("Yes, in summer I'd be melting before I reach the platform.", None)
a3w = t("Honestly it's not far. 12 minutes is nothing, everyone here walks it. You're overthinking it.")
a4w = c("For me it is far. Please don't tell me what is far, I'm the one walking.", None)
a5 = t("There's a feeder bus from the gate every 15 minutes to the station. Shall we time the trip together now, door to platform?")
a6 = c("Ok, let's see. If it's under 45 minutes in total, maybe.", None)

# f02 doubts the customer's honesty
b0 = c("Good afternoon. My claim for my daughter's clinic visit was rejected, missing receipt. I uploaded the receipt, I'm sure.", None)
b1 = t("Good afternoon, let me open the claim. I see the invoice and the prescription, but no payment receipt. Could the invoice have gone up twice?")
b2 = c("Maybe. The clinic gave me two papers, they look the same.", None)
b3b = t("That happens a lot, the invoice and the receipt look nearly identical. Do you still have the second paper?")
b4b = c("I think it's in the car. I can take a photo.", None)
b3w = t("Hmm. We see many claims where people say they paid but didn't. Did you actually pay the clinic?")
b4w = c("Are you calling me a liar? I paid 640 cash. I've been with you five years.", None)
b5 = t("If you send a photo of the payment receipt under this claim in the app, I'll reopen it today; payment is usually within 10 working days.")
b6 = c("Ok. I'll send it tonight.", None)

# f03 drops the price before asking anything
d0 = c("Hello, I have a building in Al Taawun, 24 flats. Current maintenance contract finishes next month. What do you charge?", None)
d1b = t("Hello. It depends what's in the building. Lifts, central AC or split units, a pump room?")
d2b = c("One lift, split ACs in the flats, tenants handle those. Pumps and the fire system are ours.", None)
d1w = t("For you I can already do 15% off our normal rate, so around 34,000 a year. What's in the building?")
d2w = c("15% off what? You don't know the building yet. One lift, pumps and fire system. Flat ACs are the tenants'.", None)
d3 = t("So the lift, pumps and fire system, no flat ACs. That's around 28,000 a year, civil defence inspections included.")
d4 = c("28 is more than I pay now. The current company charges 24.", "too_expensive")
d5 = t("Does the 24 include the civil defence inspection and the lift certificate? Those are often extra, around 5,000.")
d6 = c("Not sure. Let me check my contract and call you back.", "think_it_over")

# f04 an unasked lecture
e0 = c("Hi, do you have after-school clubs till 5? I work till 5 and my son is alone at home playing games.", None)
e1 = t("Hi. Yes, Monday to Thursday until 4:45, with a late bus at 5. How old is he, and what does he like apart from games?")
e2 = c("He is 11. He likes football and drawing.", None)
e3b = t("Then football on Monday and Wednesday and the art club on Tuesday would fill most of his week.")
e4b = c("That sounds good. He will like football.", None)
e3w = t("Before that, honestly, 11 is too young to be alone with games every afternoon. Screens harm concentration; parents really need to set limits.")
e4w = c("I didn't ask for parenting advice. I work because I have to.", None)
e5 = t("The clubs are 35 rials a term each, and the late bus is 20 a term.")
e6 = c("So 125 for three clubs and the bus, that's a lot this term. Maybe football and the bus first.", "too_expensive")

# f05 a vague next step
g0 = c("Hi, the AC is blowing warm air. I need the car for school tomorrow morning, is that doable?", None)
g1 = t("Let's check. Is it warm all the time, or cold for a bit and then warm?")
g2 = c("Cold for ten minutes, then warm. Started last week.", None)
g3 = t("Sounds like a gas leak or the compressor clutch. We'll pressure-test it this afternoon. A re-gas is about 250 riyals, a compressor much more.")
g4 = c("Hopefully the re-gas then. My last car needed a compressor, 3,000, so I know the pain.", None)
g5b = t("I'll call you by 3 pm with what we find and the exact price, and no work starts until you say yes.")
g6b = c("Great, 3 pm. Thanks.", None)
g5w = t("Okay, we'll let you know once the technician has checked.")
g6w = c("When roughly? I need to plan how to get to school tomorrow.", None)

# f06 over-promises
h0 = c("We love the villa. Problem is, we can only do 6 cheques, not 2. Is that a deal breaker?", None)
h1 = t("Not necessarily. Is it about cash flow, or the amount up front?")
h2 = c("Cash flow. We're both paid monthly and the school fees are due in September too.", None)
h3b = t("I can't promise it, this landlord usually wants 2. I'll ask for 6, with 4 as a fallback, and tell him you're both salaried.")
h4b = c("Fair. 4 might work too, if we had to.", None)
h3w = t("Don't worry, I'll get you 6 cheques, 100%. Landlords always agree when I ask. Consider it done.")
h4w = c("Oh, what a relief! So we can give notice on our current flat?", None)
h5 = t("I'll call the landlord this evening and message you both here by 8.")
h6 = c("Alright. We really can't stretch to 2 cheques, so please push for it.", "no_money")

# f07 closes before checking the thing works
k0 = c("Hi, welcome. The main thing: I work from the back bedroom, video calls all day. The wifi must reach there.", None)
k1 = t("Noted. Where would you like the router, and is the office the room at the end of the corridor?")
k2 = c("Yes, end of the corridor. The fibre point is in the living room, near the TV.", None)
k3 = t("The router has to sit near the fibre point. Concrete walls here can weaken the signal, so I brought a mesh unit; the first one is in your package.")
k4 = c("Good. The last provider left me one bar in that room, I had to take calls from the kitchen.", None)
k5b = t("Then let's check before I leave: start a test video call from the office while I measure the speed there.")
k6b = c("Sure... 180 down in the office, and the call is smooth. Perfect.", None)
k5w = t("All done! Everything's installed. Could you sign here to close the job, and rate me five stars?")
k6w = c("Wait, you haven't checked the office. I'm not signing until I see it works there.", None)

# f08 recommends before asking
m0 = c("Salam, I need something for cough for my son. He coughs all night.", None)
m1b = t("Wa alaikum salam. How old is he, is it dry or with phlegm, and does he take any medicine now?")
m2b = c("Four years. Dry, mostly at night. He uses an inhaler for asthma, the blue one.", None)
m1w = t("Take this syrup, it's very good, 28 riyals. Two spoons at night.")
m2w = c("Is it ok for four years old? He also uses the blue inhaler for asthma.", None)
m3 = t("A dry night cough in a child with asthma can be the asthma itself, not a cold, and strong cough syrups aren't for under six. Is he using the inhaler more than usual?")
m4 = c("Yes, maybe three times a day this week. I didn't think it's connected.", None)
m5 = t("Then he should see his doctor in the next day or two. Meanwhile honey in warm water at bedtime is safe at his age. If he struggles to breathe, go to emergency.")
m6 = c("Doctor again... last visit was 300 riyals and they gave him nothing. You can't give any medicine?", "bad_experience")
m7 = t("I understand. But with asthma I'd rather a doctor checks him; his insurance card should cover most of the visit.")

# f09 unexplained jargon
n0 = c("Hello, I have insurance but the clinic asked me 50 dirhams when I went. Why? Should I take a better plan?", None)
n1 = t("Hello. Let me look at your card. Which clinic did you go to?")
n2 = c("The one in Mussafah, Al something Medical Centre.", None)
n3b = t("Your plan makes you pay 20% of each visit yourself, never more than 50 dirhams, at clinics on its list. The higher plan has no such share there, but costs 1,300 more a year.")
n4b = c("Ah ok, so 50 is the most every time. Then the higher plan is not worth it for me.", "no_need")
n3w = t("That's the 20% co-insurance capped at 50, standard on your TPA's basic network tier. The Enhanced tier removes in-network co-pay for 1,300 more.")
n4w = c("Sorry, co... what? TPA? I don't understand. Just tell me if I should upgrade or not.", None)
n5 = t("Simply: unless you see a doctor more than twice a month, staying on your plan is cheaper. I'll send you the Mussafah clinics on your list.")
n6 = c("Ok, send me on WhatsApp, thank you.", None)

# f10 talks about himself instead of the customer
p0 = c("Hello, my parents are coming from Chennai next week. I need a 7-seater for one week, maybe we go to Nizwa and Wahiba.", None)
p1 = t("Hello, welcome. Who'll be travelling, and anything I should know - child seats, anyone who finds high cars difficult?")
p2 = c("Me, my wife, our daughter who is 3, my parents. My father has bad knees, difficult to climb.", None)
p3b = t("Then a high 4x4 will be hard for your father. A Kia Carnival has sliding doors and a low step; I'll add a child seat. For Wahiba sand, a pickup from the camp is safer.")
p4b = c("Good idea, the camp pickup. How much for the week?", None)
p3w = t("Ah, Nizwa and Wahiba, I love it! I took my own family last Eid, my kids loved the dunes, my wife was scared, haha. Best trip I had in Oman.")
p4w = c("Ok... but my father has bad knees. Which car is easy for him?", None)
p5 = t("The Carnival: 32 rials a day, 210 for the week with the child seat and full insurance.")
p6 = c("Budget is only 150 this month, my parents' tickets already cost a lot.", "no_money")

PAIRS = [
rpair("b164r_f01_dubai_flat_metro_walk", "Indian software tester viewing a 1-bed in Al Furjan worries about the walk to the metro; worse argues with her.",
 [a0, a1, a2, a3b, a4b, a5, a6], [a0, a1, a2, a3w, a4w, a5, a6]),
rpair("b164r_f02_abudhabi_rejected_claim", "Egyptian sales rep's claim was rejected for a missing receipt; worse doubts his honesty.",
 [b0, b1, b2, b3b, b4b, b5, b6], [b0, b1, b2, b3w, b4w, b5, b6]),
rpair("b164r_f03_sharjah_building_amc", "Indian owner of a 24-flat Sharjah building asks for a maintenance contract price; worse drops the price before asking anything.",
 [d0, d1b, d2b, d3, d4, d5, d6], [d0, d1w, d2w, d3, d4, d5, d6]),
rpair("b164r_f04_muscat_after_school_clubs", "Working Indian mother asks a Muscat school about clubs until 5; worse gives an unasked lecture on screen time.",
 [e0, e1, e2, e3b, e4b, e5, e6], [e0, e1, e2, e3w, e4w, e5, e6]),
rpair("b164r_f05_riyadh_car_ac_warm", "British teacher leaves his car at a Riyadh service centre for a warm AC; worse ends with a vague next step.",
 [g0, g1, g2, g3, g4, g5b, g6b], [g0, g1, g2, g3, g4, g5w, g6w]),
rpair("b164r_f06_dubai_villa_six_cheques", "Couple wants a Dubai villa but can pay only in 6 cheques; worse over-promises the landlord's answer.",
 [h0, h1, h2, h3b, h4b, h5, h6], [h0, h1, h2, h3w, h4w, h5, h6]),
rpair("b164r_f07_dubai_fibre_install_office", "Egyptian freelance designer needs wifi in her back-bedroom office; worse closes the job before checking it works there.",
 [k0, k1, k2, k3, k4, k5b, k6b], [k0, k1, k2, k3, k4, k5w, k6w]),
rpair("b164r_f08_jeddah_pharmacy_child_cough", "Egyptian father at a Jeddah pharmacy wants cough medicine for his asthmatic 4-year-old; worse recommends before asking.",
 [m0, m1b, m2b, m3, m4, m5, m6, m7], [m0, m1w, m2w, m3, m4, m5, m6, m7]),
rpair("b164r_f09_abudhabi_copay_question", "Filipino restaurant supervisor asks why he paid 50 dirhams at an insured clinic visit; worse answers in jargon.",
 [n0, n1, n2, n3b, n4b, n5, n6], [n0, n1, n2, n3w, n4w, n5, n6]),
rpair("b164r_f10_muscat_family_seven_seater", "Indian engineer rents a 7-seater in Muscat for visiting parents; worse talks about his own holiday.",
 [p0, p1, p2, p3b, p4b, p5, p6], [p0, p1, p2, p3w, p4w, p5, p6]),
]
