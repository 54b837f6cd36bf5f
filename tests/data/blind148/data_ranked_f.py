from common import c, t, rpair

PAIRS = []
A = PAIRS.append

# f01 fault: argues with the customer
o = c("Hello po, my bill this month is 3,200, usually only 1,299. I didn't use anything extra.", None)
t1 = t("Hello po, let me check the breakdown... I see 1,900 in roaming data on the 12th and 13th.")
c2 = c("roaming? I was in Batangas po, not abroad", None)
t5 = t("I'll raise a dispute for the 1,900 now; you pay only 1,299 while it's reviewed. Result by text within 7 days.")
c6 = c("ok po. please switch off roaming on my line also", None)
A(rpair("b148r_f01_ph_telco_roaming_bill", "Postpaid subscriber disputes a roaming charge.",
[o, t1, c2,
t("Thank you. Near the coast, phones sometimes catch a foreign network at sea. Was data roaming on in your settings?"),
c("I don't know po, I never touch that", None), t5, c6],
[o, t1, c2,
t("No po, that's not possible. The charges are correct, the system shows roaming, so the phone was roaming."),
c("but I'm telling you I was in Batangas! check properly", None), t5, c6]))

# f02 fault: doubts the customer's honesty
o = c("Hi, I want to claim my clinic visit last month, RM180. But I lost the original receipt, only got photo.", None)
t1 = t("Hi, thanks. Which clinic, and was it a panel clinic or you paid yourself?")
c2 = c("paid myself, a clinic in Cheras, fever and blood test", None)
t5 = t("Please upload the photo and the clinic's letter in the app; claims with both are usually paid within 10 working days.")
c6 = c("ok, 10 days. thanks", None)
A(rpair("b148r_f02_my_outpatient_claim", "Policyholder asks how to claim without the original receipt.",
[o, t1, c2,
t("A clear photo is usually fine if the clinic confirms it. Can you ask them for an itemised letter?"),
c("ok I can go there Saturday", None), t5, c6],
[o, t1, c2,
t("Hmm, many people say they lost receipts so they can claim twice. How do I know you didn't claim this somewhere else?"),
c("wah, I'm not cheating ok. I only have this one policy", None), t5, c6]))

# f03 fault: drops the price before asking anything
o = c("Hello, son is Sec 4, O levels in October. Composition very weak. How much your class?", None)
t3 = t("That's common. Our class does planning drills: 10 minutes to plan, then write, and the tutor marks each plan.")
c4 = c("ok. but Saturday morning he got maths tuition already", "no_time")
t5 = t("We also have Saturday 3pm and Wednesday 7pm. He can try one lesson free first.")
c6 = c("wednesday better. let me ask him first", "think_it_over")
A(rpair("b148r_f03_sg_tuition_composition", "Father asks a tuition centre about an English composition class.",
[o,
t("Hello. $280 a month, 4 sessions. Before you decide: is it ideas or grammar that pulls his mark down?"),
c("ideas lah. he stare at the question 20 minutes", None), t3, c4, t5, c6],
[o,
t("Hello. Normally $280, but for you $220 if you sign up this week. Is it ideas or grammar that pulls his mark down?"),
c("eh so fast discount, class not full is it? anyway ideas, he stare at the question 20 minutes", None), t3, c4, t5, c6]))

# f04 fault: an unasked lecture
o = c("Good morning doc, cough for one week, mostly at night. I need something for it po.", None)
t1 = t("Good morning. Any fever, phlegm, or shortness of breath?")
c2 = c("no fever, a little phlegm, white. I smoke, around half pack a day", None)
t5 = t("Here's a syrup for night, 10ml before bed. If it's not better in 2 weeks, or you get fever, come back for an X-ray.")
c6 = c("ok po, salamat doc", None)
A(rpair("b148r_f04_ph_clinic_cough", "Patient at a Quezon City clinic wants cough medicine.",
[o, t1, c2,
t("Thanks for telling me. Your lungs sound clear; this looks like irritation after a cold. Would you want help with the smoking at some point, or not now?"),
c("not now po, maybe after the holidays", "no_time"), t5, c6],
[o, t1, c2,
t("Your lungs sound clear. But honestly, you must stop. Smoking causes cancer, heart disease, stroke. Half a pack a day is 3,000 pesos a month burned. Think of your children..."),
c("doc, I know po. I only came for the cough", None), t5, c6]))

# f05 fault: a vague next step
o = c("hi, following up. your technician came yesterday for our office aircon, said need to order part. when fixing?", None)
t1 = t("Hi, yes, I see the report: the fan motor on unit 2 needs replacing. Is the unit still running?")
c2 = c("we switched it off, meeting room very hot. client meeting on thursday", None)
t3 = t("Understood, Thursday matters. The motor is $320 with labour, at your contract rate.")
c4 = c("ok go ahead", None)
A(rpair("b148r_f05_sg_office_aircon_part", "Office manager chases an aircon repair before a client meeting.",
[o, t1, c2, t3, c4,
t("Supplier confirms the motor arrives Wednesday noon; Lim installs it Wednesday 3pm, done by 5. I'll WhatsApp you once it's ordered today."),
c("ok good, before thursday", None)],
[o, t1, c2, t3, c4,
t("Okay, we'll order the part and let you know when it comes in. Should be soon."),
c("soon is when? I need the room by thursday", None)]))

# f06 fault: over-promises
o = c("Hi, my flight lands KLIA 2am. Need a 7-seater for family. Can deliver car to arrival hall?", None)
t1 = t("Hi! Yes, we do airport delivery. How many people, any child seats?")
c2 = c("6 adults, 1 baby. need baby seat", None)
t3 = t("Then a 7-seater with a baby seat. With 6 adults, boot space is tight. How many big bags?")
c4 = c("4 big luggage", None)
t7 = t("I'll send the booking with the runner's number; WhatsApp him once you have your bags.")
A(rpair("b148r_f06_my_klia_7seater", "Family books a late-night airport car delivery.",
[o, t1, c2, t3, c4,
t("Honestly, 4 big bags and 6 adults won't fit a 7-seater. A van is RM80 more a day. The runner usually reaches arrivals within 20 minutes of your message."),
c("van ok, RM80 fine. better than squeeze", None), t7],
[o, t1, c2, t3, c4,
t("No problem, everything will fit. And our runner will be waiting the moment you walk out, guaranteed zero waiting even at 2am."),
c("really all fit? ok good, then the 7-seater is fine", None), t7]))

# f07 fault: closes before checking the thing works
o = c("hi IT, 3rd floor printer keeps saying offline on my laptop. other people can print", None)
t1 = t("Hi! Are you on office wifi or the cable at your desk?")
c2 = c("wifi, I moved to the hot desk today", None)
t3 = t("That's it: hot desks are on guest wifi, which can't see the printer. I've added your laptop to the staff network; please connect to STAFF-3F.")
c4 = c("ok connected", None)
A(rpair("b148r_f07_ph_printer_offline", "Employee in a Manila office chats with IT about a printer.",
[o, t1, c2, t3, c4,
t("Great. Can you print one page now and tell me if it comes out?"),
c("it printed. thanks!", None)],
[o, t1, c2, t3, c4,
t("Great, that should fix it. I'm closing the ticket now. Anything else?"),
c("wait, it still says offline", None)]))

# f08 fault: recommends before asking
o = c("Hi, my new helper arrives next month. Agency says must buy insurance. What do you have?", None)
t3 = t("The legal minimum is $60,000 medical a year plus personal accident. Plans differ in extras like outpatient. Want outpatient included, or pay clinic visits yourself?")
c4 = c("clinic visits I can pay myself. just want hospital covered properly", None)
t5 = t("Then the Basic plan meets the rules, $310 for 26 months. I'll send the form; the agency needs the policy number before she arrives.")
c6 = c("ok. let me compare with the agency's offer first", "think_it_over")
A(rpair("b148r_f08_sg_helper_insurance", "First-time employer asks about domestic helper insurance.",
[o,
t("Hi. Yes, it's needed for the work permit. Is this her first time in Singapore, and any health issues you know of?"),
c("first time. agency said she's healthy, age 29", None), t3, c4, t5, c6],
[o,
t("Hi! Our Gold plan is the most popular, $420 for 26 months, lots of extras. I'd go with Gold."),
c("erm, 420 so much? first time hiring, I don't know what I need yet", "too_expensive"), t3, c4, t5, c6]))

# f09 fault: unexplained jargon
o = c("Hi, our HDB loan is 2.6%. Friend said bank loan cheaper now. Worth switching?", None)
t1 = t("Hi. How much is left on the loan, and how many years?")
c2 = c("about 280k, 20 years left", None)
t5 = t("Sure. I'll send a one-page comparison: your HDB loan versus ours over 5 years, month by month, in plain numbers.")
c6 = c("ok send. we look at it this weekend", "think_it_over")
A(rpair("b148r_f09_sg_home_loan_refi", "HDB owner asks a bank about refinancing.",
[o, t1, c2,
t("Our 2-year fixed is 2.4%, roughly $30 less a month on 280k. But once you leave the HDB loan you can't go back, and after 2 years the bank rate can rise."),
c("can't go back? that's a big thing. let me talk to my wife", "think_it_over"), t5, c6],
[o, t1, c2,
t("Our 2Y fixed is 2.4%, then 3M SORA plus 0.8% spread, 2-year lock-in, clawback on the legal subsidy. Refi from HDB is one-way."),
c("sorry, SORA? clawback? I don't understand any of that", None), t5, c6]))

# f10 fault: talks about themselves
o = c("Hi, just bought a resale 4-room in Toa Payoh. Want to redo kitchen and 2 toilets. Budget around 35k.", None)
t1 = t("Congrats! When do you need to move in, and are you staying there during the works?")
c2 = c("end of March. now staying with in-laws, so cannot wait too long", None)
t5 = t("Kitchen and two toilets in 35k by end March is workable if we start by mid-January; the hacking permit takes about a week. Can I see the flat Saturday to measure?")
c6 = c("saturday ok. but I'm getting 3 quotes, just so you know", "think_it_over")
A(rpair("b148r_f10_sg_hdb_renovation", "New resale flat owner calls a renovation contractor.",
[o, t1, c2,
t("So about 10 weeks. In the kitchen, do you want a new layout, or just cabinets and tops?"),
c("cabinets and top only. toilets full hacking, old ones very bad", None), t5, c6],
[o, t1, c2,
t("Toa Payoh, nice! I grew up there, my mum still at Lor 1. I've done 40 units there, and my own kitchen I did myself, open concept, won an award..."),
c("ok... so can finish by March or not?", None), t5, c6]))
