"""Ranked pairs f01-f10 of blind90 (written by hand): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Osh, home internet retention - fault: drops the price before asking anything
_a = c("Hello. I want to cancel my home internet. I am switching to another company, their price is 900 som, yours is 1,200.", None)
_d = t("So the evenings are a problem too. I can see your line: the router is a six-year-old model on a channel shared with all the neighbours' wifi. A technician can swap it free this week. Would that matter for you?")
_e = c("If it is free, yes. But Wednesday and Thursday I work until nine, nobody is home.", "no_time")
_f = t("Then Saturday, 10 to 12; the technician tests the speed in the kids' room. On price, compare their speed at 900 with yours. And if the evenings are still slow after the swap, call me and you cancel without the early-exit fee.")
_g = c("Saturday is okay. Then I don't cancel for now.", None)
PAIRS.append(rpair(
    "b90r_f01_osh_cancelinternet",
    "A customer in Osh calls to cancel home internet for a cheaper rival. Both find the slow evenings and fix the router; in worse the trainee first gives away 30% before asking a single question.",
    [_a, t("Hello. I can do the cancellation. Before I do - is the price the only reason, or is something else not working for you?"),
     c("Price mostly. And in the evening it is slow, the kids can't do their homework videos.", None), _d, _e, _f, _g],
    [_a, t("Hello. Please don't go - I can give you 30% off right away, 840 som a month for six months."),
     c("Oh. Okay... that is cheaper than them. But in the evening it is slow, the kids can't do their homework videos.", None), _d, _e, _f, _g]))

# f02 Karakol, ski rental - fault: doubts the customer's honesty
_a = c("Hi. I rented these skis this morning and the binding broke on my first run. Look, the heel piece came off. I fell - my knee is okay - but I paid 1,500 som for the day.", None)
_d = t("Okay. A screw pulling out of the ski is a maintenance fault on our side - the hole was probably worn. I'll give you another pair now, checked in front of you, and the rest of today is free. Keep them until tomorrow noon as well?")
_e = c("Tomorrow I leave at nine, marshrutka to Bishkek. Today is enough.", "no_time")
_f = t("Then today. Here - bindings tightened and tested for your boot size. And this is 500 som back for the lost morning.")
_g = c("Okay. Thank you.", None)
PAIRS.append(rpair(
    "b90r_f02_karakol_skibinding",
    "A skier returns rented skis to a Karakol shop after the binding broke on the first run. Both replace the skis and refund part of the day; in worse the trainee first suggests the customer is lying.",
    [_a, t("I'm glad your knee is okay. Let me look... yes, the screw pulled out of the ski. How did it happen - on a turn, or when you fell?"),
     c("On a turn, the second turn. Then I fell.", None), _d, _e, _f, _g],
    [_a, t("Hmm. Are you sure it broke by itself? People sometimes drop skis off the lift and then say they got them like that."),
     c("What? I am telling you what happened. I am not lying to you for 1,500 som.", None), _d, _e, _f, _g]))

# f03 Ganja, pharmacy - fault: an unasked lecture
_a = c("Salam. Something for cough, dry cough, two weeks. At night especially.", None)
_b = t("Salam. Two weeks, mostly at night. Any fever, or short of breath when you walk?")
_c = c("No fever. Breath normal. I smoke, yes, maybe this.", None)
_rec = ("Thanks for telling me - smoking can keep a dry cough going. For the night, this syrup with butamirate, 9 manat, before sleep."
        " If it's not better in a week, or there's blood or fever, see a doctor - two weeks is already long.")
_f = t("Here's the syrup - one measuring spoon before sleep. If you go to the doctor, the polyclinic therapist can send you for a chest X-ray.")
_g = c("Okay. Thanks.", None)
PAIRS.append(rpair(
    "b90r_f03_ganja_drycough",
    "A man in a Ganja pharmacy wants something for a two-week dry cough and mentions he smokes. Both recommend the same syrup and a doctor if it persists; in worse the trainee adds an unasked lecture about smoking and pushes patches.",
    [_a, _b, _c, t(_rec),
     c("Okay, the syrup. One week I wait, then doctor.", None), _f, _g],
    [_a, _b, _c, t(_rec + " And honestly, you must stop smoking. Every cigarette shortens your life, it ruins the lungs and the heart, and at your age you should know that. We have patches at 35 manat, start today."),
     c("I came for syrup, not for a sermon. My father smoked sixty years. Just the syrup, no patches.", "no_need"), _f, _g]))

# f04 Balti, gas boiler service - fault: a vague next step
_a = c("Good day. The boiler shows error E1 and there is no hot water since yesterday. Heating works, only the water is cold. It is a 2015 wall boiler.", None)
_b = t("Good day. Heating fine but no hot water often points to the flow sensor. Does the boiler make any sound when you open a hot tap?")
_c = c("A click, then nothing. Like it wants to start and gives up. How much will this cost? My neighbour's son says he fixes it for 200.", None)
_d = t("That fits the flow sensor. The visit is 300 lei, the part about 450 if that's it. Your neighbour's son might manage, but a gas boiler should be opened by a licensed technician - otherwise the gas company can seal it. Your choice, honestly.")
_e = c("750 is heavy for my pension... but okay, you. When? Tuesdays I am at my daughter's.", "too_expensive")
PAIRS.append(rpair(
    "b90r_f04_balti_boilerrepair",
    "A pensioner in Balti has no hot water from her gas boiler. Both diagnose it well and handle the price; in worse the trainee ends with 'we'll let you know' instead of a date.",
    [_a, _b, _c, _d, _e,
     t("Tomorrow, Monday, 9 to 12 - Vasile calls half an hour before and carries the part. If it isn't the sensor, you pay only the 300 visit, and he tells you any other price before he starts."),
     c("Monday 9 to 12, good. I will be home.", None)],
    [_a, _b, _c, _d, _e,
     t("Fine. We'll let you know - someone will call when a technician is free, sometime this week."),
     c("Sometime? I have no hot water. If nobody calls by tomorrow I call another company.", None)]))

# f05 Astana, IELTS course - fault: over-promises
_a = c("Good afternoon. My daughter needs IELTS 6.5 for a university in Malaysia. The deadline is in May. Her last mock test was 5.5. Do you have a course?", None)
_b = t("Good afternoon. Yes. Do you know which part pulled the score down - the section scores?")
_c = c("Writing 5.0, speaking 5.5, reading and listening 6 something. She is shy to speak.", None)
_d = t("Thanks - writing is the main gap, which is common. Our intensive group meets three evenings a week, plus one-to-one writing feedback, 145,000 tenge a month. Five months is realistic to move writing a band if she writes two essays a week and gets feedback.")
_e = c("145,000 a month for five months, this is 725,000. And is it guaranteed she gets 6.5?", "too_expensive")
PAIRS.append(rpair(
    "b90r_f05_astana_ieltscourse",
    "A mother in Astana asks about IELTS preparation for a daughter who needs 6.5 by May. Both diagnose the writing gap and price the course; in worse the trainee answers the guarantee question by promising the score.",
    [_a, _b, _c, _d, _e,
     t("No school can honestly guarantee a band - the examiners are independent. What I can promise: a mock test every month with a band estimate, so by February you'll know if she's on track; if she isn't, we'll tell you plainly. Would a free level test this week help you decide?"),
     c("An honest answer, I like it. Yes, the test on Saturday. Then I talk with my husband.", "think_it_over")],
    [_a, _b, _c, _d, _e,
     t("Yes, with us she'll definitely get 6.5, even 7 - all our students reach their target. Don't worry about that at all."),
     c("All students? This I don't believe. At her old centre they also said 'guaranteed', and she got 5.5.", "bad_experience")]))

# f06 Gyumri, 4G home internet - fault: closes before checking it works
_a = c("Hi. I moved to a house in the old Kumayri district, thick stone walls. I need internet, I work from home, video calls with clients in Yerevan.", None)
_b = t("Hi. Is there a fibre line in your street already, or would it be wireless - a 4G router?")
_c = c("The neighbour says no fibre. So 4G router I think. How much?", None)
_d = t("The 4G router is 18,000 dram and the unlimited plan 9,500 a month. With stone walls the signal inside can drop a lot, and video calls need a steady upload.")
_e = c("9,500 is okay. But it must work by Monday, I have a client call.", None)
PAIRS.append(rpair(
    "b90r_f06_gyumri_4grouter",
    "A remote worker in a stone house in Gyumri needs internet for video calls. Both ask the right questions and flag the thick walls; in worse the trainee then signs a 12-month contract without testing the signal in the house.",
    [_a, _b, _c, _d, _e,
     t("Then let's test before you buy: take a test router today with a 3-day SIM, put it by the window facing the centre and make a video call. If upload stays above 5 Mbps we activate on Saturday; if not, an outdoor antenna for 12,000 fixes most houses like yours."),
     c("Test first, good. I bring it back Saturday.", None)],
    [_a, _b, _c, _d, _e,
     t("Great, let's sign you up now - here's the contract, 12 months, router included today. You'll be online tonight."),
     c("And if it doesn't work in my house with the walls? Twelve months... I don't want to sign before I know.", "think_it_over")]))

# f07 Varna, freight forwarder - fault: recommends before asking
_a = c("Hello. We are a small winery near Varna. A shop in Munich ordered our wine, the first order. I need to know how to send it.", None)
_d = t("For two pallets a full truck doesn't make sense. Groupage - sharing a truck - is about 380 euro a pallet to Munich, five to seven days, and in November wine travels fine without a reefer. The excise document, the e-AD - have you done one before?")
_e = c("No, never. This is what scares me.", None)
_f = t("Our customs agent prepares the e-AD with you for 60 euro; you need your excise number and the shop's. Pick-up by 20 November leaves a margin. Shall I send the booking form and the document list?")
_g = c("Yes, send. Tomorrow I check the excise number with my accountant.", None)
PAIRS.append(rpair(
    "b90r_f07_varna_winefreight",
    "A small winery near Varna needs to ship its first export order to Munich. Both end with groupage and help on excise papers; in worse the trainee first recommends a dedicated reefer truck before asking anything.",
    [_a, t("Hello, congratulations on the first order. How many bottles or pallets, and does the shop need it by a certain date?"),
     c("Two pallets, 1,200 bottles. They want it before the Christmas market, so by 1 December.", None), _d, _e, _f, _g],
    [_a, t("Hello! For wine to Germany I recommend our dedicated temperature-controlled truck, door to door in three days, 2,900 euro."),
     c("2,900? It is only two pallets, 1,200 bottles. That's more than half of what they pay for the wine.", "too_expensive"), _d, _e, _f, _g]))

# f08 Tashkent, electricity day/night meter - fault: unexplained jargon
_a = c("Hello. My friend says with a new meter electricity at night is cheaper. I have electric heating in my house in Chilanzar. Is this true?", None)
_b = t("Hello. Yes, with a day-night meter the night rate is lower. Do you heat mostly in the evening and at night, or in the day?")
_c = c("Night mostly. My mother is home in the day, she uses the heater in her room a little.", None)
_f = t("For a house heated mostly at night, it usually pays back within one winter - around 150,000 to 200,000 sum a month saved in the cold months. Send me last January's bill and I'll calculate it for your house exactly.")
_g = c("Good, I will send the January bill tonight.", None)
PAIRS.append(rpair(
    "b90r_f08_tashkent_nightmeter",
    "A homeowner in Tashkent with electric heating asks whether a day-night meter saves money. Both ask about heating habits and offer to calculate from a bill; in worse the trainee explains the tariff in unexplained jargon.",
    [_a, _b, _c,
     t("Then it could save you money. The night rate runs from 11 pm to 7 am and is about half the day rate; the day rate is a bit higher than now. If most heating runs at night, you win. The meter costs about 450,000 sum with installation."),
     c("450,000 is not small. But if the heating is at night... how fast does it pay back?", "too_expensive"), _f, _g],
    [_a, _b, _c,
     t("Then you'd go on the multi-zone TOU tariff with an AMI meter: T2 zone 23-07 at a 0.5 coefficient, T1 at 1.1 against the single-rate base, remote reading over PLC. CAPEX is 450,000 sum."),
     c("Sorry, I understand nothing. T2, PLC? I am a simple person. Is it cheaper or not?", None), _f, _g]))

# f09 Tbilisi, wedding hall complaint - fault: argues with the customer
_a = c("Hello. We had our wedding in your hall on Saturday. Mostly it was beautiful, but the music was turned off at 11 exactly, in the middle of my parents' dance. Nobody told us about 11.", None)
_b = t("Hello, congratulations, and I'm sorry the evening ended like that. May I ask how it happened - who turned the music off?")
_c = c("Your administrator. He went to the DJ and pulled the cable. My father was very ashamed, in front of 200 guests.", None)
_f = t("I understand. Today I'll speak to the owner about the administrator and about refunding the 600 lari late-evening fee you paid, since the evening was cut short. I'll call you tomorrow by 1 pm with the answer.")
_g = c("Tomorrow by one. And please tell the administrator what he did.", None)
PAIRS.append(rpair(
    "b90r_f09_tbilisi_musicstopped",
    "A bride calls a Tbilisi wedding hall after staff cut the music mid-dance at 11 pm. Both listen and promise a call back about a refund; in worse the trainee first argues that the rule was in the contract.",
    [_a, _b, _c,
     t("That was wrong of him, whatever the rule. The building has a noise limit at 11 because of the flats above, and it's in the contract - but we should have reminded you on the day and let the dance finish. Please tell your father I'm sorry."),
     c("The contract, maybe, but nobody told us. My mother cried. I want something to be done.", None), _f, _g],
    [_a, _b, _c,
     t("Well, the 11 o'clock rule is in clause 8 of the contract you signed. The administrator did exactly what he had to; honestly, it was up to you to read it and tell your DJ."),
     c("You are blaming me? My father was humiliated and you tell me about clauses? I want to speak to the owner.", None), _f, _g]))

# f10 Almaty, walk-behind tractor - fault: talks about himself
_a = c("Hello, I want a motoblock for my dacha land in Talgar. About 50 sotok, potatoes, some vegetables. I am 62, nothing too heavy.", None)
_b = t("Hello. Fifty sotok is half a hectare. Is the soil heavy - clay - or lighter, and does anyone help you with it?")
_c = c("Heavy soil, clay, a bit stony. My son helps on weekends, but weekdays I am alone.", None)
_d = t("Then something you can handle alone on clay. The 7 hp diesel is strong but weighs 120 kg - hard to turn at the row end. The 7 hp petrol with a reverse gear and a handlebar that adjusts to your height is 95 kg and easier: 285,000 tenge with a tiller and a potato plough.")
_e = c("285,000... at Barakholka I saw Chinese ones for 180,000.", "too_expensive")
PAIRS.append(rpair(
    "b90r_f10_almaty_motoblock",
    "A 62-year-old in Almaty region wants a walk-behind tractor for clay soil. Both ask the right questions and recommend a light petrol model; when he compares with a cheaper one, worse answers with the trainee's own dacha stories instead of his situation.",
    [_a, _b, _c, _d, _e,
     t("The cheaper ones usually have no reverse and a weaker gearbox on clay - you'd pull 95 kilos back by hand at every row end. For someone working alone, the reverse matters most. Would you try ours on the test patch before deciding?"),
     c("Let me try. But the price, I still must think.", "think_it_over")],
    [_a, _b, _c, _d, _e,
     t("Ah, I bought a Chinese one myself years ago for my dacha - I'm a bit of a gardener, best tomatoes in my street. My brother-in-law borrowed it and broke it in a week, so I bought the diesel, and honestly I love it, the whole family uses it."),
     c("Good for your tomatoes. So which one is for me? I am alone on weekdays.", None)]))
