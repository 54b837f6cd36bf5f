"""Ranked pairs d01-d10 (hand-written for blind241): two decent conversations; `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 - Lagos, HMO for a tech startup
o = c("Hi. We're a twelve-person software startup in Yaba. We want to get HMO cover for the team. Can you send me your plans and prices?", None)
PAIRS.append(rpair(
    "b241r_d01_lagos_hmo_startup",
    "A startup founder asks an HMO to send plans and prices for twelve staff.",
    [o,
     t("Hi, happy to. Before I send a pile of brochures - what's prompting it now? Sometimes it's staff asking, sometimes an investor requirement, and that changes which plan makes sense."),
     c("Honestly, we lost two good developers last quarter to a bank that offers HMO. And one of our designers is pregnant, she's asked if we'll have anything.", None),
     t("That's helpful. So it's partly about keeping people, and there's a maternity question right now. You should know most plans have about a twelve-month waiting period for maternity, so a new plan usually won't cover her delivery. Ours waives it for groups of ten or more if everyone enrols. Are all twelve likely to join?"),
     c("I think so, if the company pays. We've set aside about six hundred thousand a year in total.", None),
     t("Then at fifty thousand a head, our Standard group plan at forty-eight thousand fits, and with all twelve enrolled the maternity wait is waived, so your designer would be covered for antenatal care and delivery up to the limit. I'll send that one plan, the hospitals around Yaba, and the maternity terms in writing. Could you check the hospital list with your team before we go further?"),
     c("That's exactly what I needed. Send it, I'll share it on Slack.", None)],
    [o,
     t("Hi, sure. For a team of twelve we have three group plans: Basic at thirty-two thousand per person, Standard at forty-eight, and Premium at eighty-five. All include outpatient, admission and emergencies, and Standard and Premium add dental and optical. Do you have a budget in mind?"),
     c("We've set aside about six hundred thousand a year in total.", None),
     t("Then Standard fits well - fifty thousand a head is close. It's our most popular plan for startups, with good hospitals around Yaba and Surulere and an app for booking. I'll send you the three brochures and a quote for Standard."),
     c("Okay. One of our staff is pregnant, will it cover her?", None),
     t("Maternity is covered on Standard, up to two hundred and fifty thousand. There's usually a waiting period, the details are in the brochure. I'll send everything today."),
     c("Alright, thanks. I'll look through it and get back to you.", "think_it_over")],
))

# d02 - Nairobi, maternity package after a previous caesarean
o = c("Hello, I'm twelve weeks pregnant and I'm comparing maternity packages. What does yours cost?", None)
PAIRS.append(rpair(
    "b241r_d02_nairobi_maternity_after_cs",
    "A woman twelve weeks pregnant compares maternity package prices; her first baby was an emergency caesarean.",
    [o,
     t("Congratulations! Our normal delivery package is ninety-five thousand and the caesarean package is two hundred and ten. Which one applies can depend on your history - is this your first pregnancy?"),
     c("Second. My first was a CS three years ago, at another hospital. Emergency, the baby was in distress.", None),
     t("Thank you. After one caesarean many women can try for a normal birth, but it depends on why the CS happened and how you've healed, so that's for our obstetrician to look at with your old notes. Can you get the discharge summary from that hospital?"),
     c("I think I have it at home somewhere. I'd really like to try normal this time, if it's safe.", None),
     t("Then I'd suggest this: book a first antenatal visit with Dr Wanjiru, bring the summary, and she'll tell you whether trying for a normal birth is reasonable. On money, plan for the CS figure, two hundred and ten, and if you deliver normally you pay less - better than a surprise. The first visit is three thousand."),
     c("That makes sense. I'll find the paper and book for next week.", None)],
    [o,
     t("Congratulations! Our normal delivery package is ninety-five thousand shillings, two nights, with the baby's paediatric check. The caesarean package is two hundred and ten thousand, four nights. Both include delivery fees and the ward stay."),
     c("Okay. My first was a CS, so probably the CS one.", None),
     t("Yes, most mothers after a CS have a repeat CS, so the two hundred and ten package would be yours. It includes theatre, the anaesthetist and four nights in a semi-private ward. A private room is ten thousand more per night."),
     c("I see. Can I pay in instalments?", None),
     t("Yes, you can start depositing now and pay in instalments up to thirty-six weeks. I'll give you the form."),
     c("Okay. Let me take the form and think about it.", "think_it_over")],
))

# d03 - London, physio for a runner's knee before a race
o = c("Hi, I'm after a physio appointment, my knee's been sore when I run. I've got a half marathon in six weeks and I'm panicking a bit.", None)
PAIRS.append(rpair(
    "b241r_d03_london_physio_runner_knee",
    "A runner with knee pain six weeks before a half marathon phones a private physio clinic.",
    [o,
     t("Six weeks is tight, so let's make the most of it. Whereabouts is the pain - front, outside or inside of the knee - and does it come on during the run or after?"),
     c("Outside, kind of. It starts about five K in and then gets really sharp, I have to stop.", None),
     t("That pattern often responds well to changes in training load and some strength work, though the physio will confirm what it is. Has your mileage gone up recently?"),
     c("Yeah, I jumped from about fifteen K a week to thirty quite fast. Oh. That's probably it, isn't it.", None),
     t("Very possibly. So the assessment does two things: confirms what it is, and gives you a plan to get to the start line - which may mean changing your training, not just treatment. It's seventy pounds. I'd rather you come once and get a plan than book a block now. Tomorrow at 7am or Thursday at 6pm?"),
     c("Thursday at six. And I'll hold off the long run till then.", None)],
    [o,
     t("Of course. Initial assessments are seventy pounds for forty-five minutes, follow-ups fifty-five. Given the race, I'd book the assessment and a few follow-ups now so they're in the diary."),
     c("How many follow-ups would I need?", None),
     t("It varies, but for a running injury before an event three or four is typical, weekly up to the race. Is the pain sharp or more of an ache?"),
     c("Sharp, outside of the knee, after about five K.", None),
     t("Okay, the physio will have a good look. Shall I book the assessment and three follow-ups? Thursday at six for the first one."),
     c("Just the assessment for now, I'll see what they say.", "think_it_over")],
))

# d04 - Accra, optician, seamstress asking for varifocals
o = c("Good morning. I'm a seamstress, I'm forty-eight, and for some months now I can't see to thread the needle. My sister said I should get varifocals like hers.", None)
PAIRS.append(rpair(
    "b241r_d04_accra_optician_seamstress",
    "A 48-year-old seamstress struggling with close work asks for varifocals on her sister's advice.",
    [o,
     t("Good morning, madam. That's very common around your age, close focusing gets harder. Before we talk varifocals - how is your working day? Mostly close work at the machine, or also walking about and looking across the shop?"),
     c("Mostly at the machine, close. Sometimes customers come and I take measurements. I don't drive.", None),
     t("Varifocals are very good for people who switch between near and far all day, like driving and reading. Most of your day is close work at arm's length, so after the eye test you may find single-vision reading glasses, set for your machine distance, are clearer - and around two hundred cedis, against nine hundred for varifocals. Some people also find varifocals awkward for fine sewing."),
     c("Ah, my sister's ones cost plenty, that's why I was worried. Two hundred is better.", None),
     t("Let's do the eye test first - sixty cedis, twenty minutes - and if you have some sewing with you, we can set the focus for it. Then you decide."),
     c("I have some work in my bag. Let's do it now.", None)],
    [o,
     t("Good morning, madam. Yes, varifocals are a great choice, you see near and far in one pair. We'll do an eye test first, sixty cedis."),
     c("Okay. How much are the varifocals?", None),
     t("From nine hundred cedis with standard lenses, up to one thousand eight hundred for premium ones with a wider reading area. There's about two weeks of getting used to them, some people feel a bit dizzy at first."),
     c("Nine hundred. Hmm, that's a lot for me.", "no_money"),
     t("We also do simple reading glasses, around two hundred. After the test the optometrist will advise which is best."),
     c("Okay, let's do the test.", None)],
))

# d05 - Eldoret, pharmacy, toddler's cough
o = c("Habari. My son is two, he's been coughing for ten days now. I want a good cough syrup for him, something strong.", None)
PAIRS.append(rpair(
    "b241r_d05_eldoret_pharmacy_toddler_cough",
    "A mother asks a pharmacy for a strong cough syrup for her two-year-old who has coughed for ten days.",
    [o,
     t("Nzuri, mama. Pole, ten days is long for a small one. Before I give anything, a few questions - does he have fever, and is his breathing fast or noisy, like the chest pulling in?"),
     c("Fever on and off. At night his breathing is fast, and there's a sound, like whistling.", None),
     t("I'll be honest with you - with fast breathing and that whistling, he should see a clinician today, not take a syrup. Cough syrups aren't advised for small children anyway, and he may need something like an inhaler, which needs someone to listen to his chest. The clinic next door is open until eight, the consultation is five hundred."),
     c("I came here because the clinic is more money. Can't you just give something?", "no_money"),
     t("I understand. I can give paracetamol syrup for the fever, one hundred and twenty shillings, with the dose for his weight. But please take him next door tonight, and if his lips look blue or he struggles to breathe, go straight to the county hospital. I'm not trying to sell you anything - I don't want you to lose more days."),
     c("Okay. Give me the paracetamol, I'll take him next door now.", None)],
    [o,
     t("Nzuri, mama. For a two-year-old we have a mild children's syrup for dry and wet cough. Two hundred and eighty shillings, five mils three times a day."),
     c("Is it strong? He's been coughing ten days.", None),
     t("It's the right strength for his age. Ten days is quite long though. Does he have fever?"),
     c("On and off. At night his breathing is fast.", None),
     t("Then take the syrup and I'll add paracetamol for the fever. Fast breathing at night is something a clinician should check - if it carries on, take him to the clinic this week."),
     c("Okay, thank you. How much altogether?", None)],
))

# d06 - Manchester, home equipment after a hip replacement
o = c("Hi, my mum's coming home from hospital on Friday after a hip replacement. I want to get her a riser recliner chair before she's back. What have you got?", None)
PAIRS.append(rpair(
    "b241r_d06_manchester_riser_chair_hip",
    "A son wants to buy a riser recliner chair for his mother before she comes home after a hip replacement.",
    [o,
     t("Hi, hope the op went well. We've got a few. Has the hospital's occupational therapist been to see her, or given you a list of equipment for home?"),
     c("They mentioned something about an OT visit, and a raised toilet seat, I think. I didn't really take it in.", None),
     t("That's worth chasing before Friday. After a hip replacement the OT often lends things like a raised seat, a frame, sometimes chair raisers, and tells you the seat height she needs - too low and she'll struggle for the first six weeks. Riser recliners start at about seven hundred pounds, so I'd hate you to buy one she doesn't need, or the wrong height."),
     c("Seven hundred. Blimey. I'd assumed it was a must.", None),
     t("For some people it's great long term, but for recovery she may only need it a couple of months. If the OT says a riser would help, we rent them at sixty pounds a month, delivered within two days. Could you ring the ward today for the OT's list and then call me back?"),
     c("Yeah, I'll ring them now. Thanks, that's saved me a packet.", None)],
    [o,
     t("Hi, hope the op went well. We've got riser recliners from seven hundred pounds up to about one thousand four hundred. The seven hundred one is single motor; the dearer ones are dual motor, so the back and footrest move separately."),
     c("Which would you recommend for a hip?", None),
     t("For a hip you want her to stand up without bending too far, so the single motor is usually fine. Check the seat height suits her. We can deliver Thursday so it's there when she's home."),
     c("Seven hundred's a fair bit. Is there anything cheaper?", "too_expensive"),
     t("We do rent them, sixty a month. Might suit if it's just for the recovery."),
     c("Maybe that. I'll have a chat with my brother and let you know.", "think_it_over")],
))

# d07 - Abuja, dental, whitening before a wedding
o = c("Good afternoon. I want to do teeth whitening. How much is it?", None)
PAIRS.append(rpair(
    "b241r_d07_abuja_dental_whitening_wedding",
    "A woman phones a dental clinic asking the price of teeth whitening.",
    [o,
     t("Good afternoon. In-chair whitening is a hundred and fifty thousand naira, home trays ninety. Can I ask what's prompted it - an event coming up, or something about your teeth that bothers you?"),
     c("My wedding is in two months. And this front tooth is darker than the rest, I hate it in pictures.", None),
     t("Congratulations! One darker front tooth is worth a proper look. If it was knocked at some point, the nerve may have died, and whitening the other teeth doesn't lighten that one - it can even make it stand out more. Did you ever hit it?"),
     c("Yes! In secondary school, in a football match. It's been a bit grey since.", None),
     t("Then the right plan may be different: the dentist X-rays it, and if the nerve is dead it's root canal treatment, then whitening from inside that tooth, with or without the rest. I'd start with a check-up and X-ray, fifteen thousand, so you know before spending a hundred and fifty on the wrong thing. Two months is enough time if we start this week."),
     c("I'm glad I asked. Book me this week.", None)],
    [o,
     t("Good afternoon. In-chair whitening is a hundred and fifty thousand naira, one session of about ninety minutes. Home trays are ninety thousand, worn for two weeks. In-chair is faster."),
     c("Okay. My wedding is in two months, so in-chair is better?", None),
     t("Either works in two months, but in-chair gives the result in one visit. Some sensitivity for a day or two is normal. We need a check-up first to make sure your gums are healthy - fifteen thousand."),
     c("Okay. One of my front teeth is darker, will it become white too?", None),
     t("It should lighten along with the others, though every tooth responds a bit differently. The dentist will tell you at the check-up."),
     c("Okay, let me book the check-up.", None)],
))

# d08 - Kumasi, lab, pre-employment medicals for mining contractor
o = c("Hello, I'm the HR officer at a mining services contractor in Obuasi. We're taking on forty new workers and they need pre-employment medicals. Can you give me a quote?", None)
PAIRS.append(rpair(
    "b241r_d08_kumasi_lab_preemployment_medicals",
    "An HR officer asks a diagnostic lab for a quote for forty pre-employment medicals.",
    [o,
     t("Hello, yes, we do a lot of those. Does the mine you're contracting to have a required list of tests? Mines often specify chest X-ray, hearing test, drug screen - if we miss one, the workers get sent back."),
     c("Let me check... yes, they sent a form. Full blood count, hepatitis B, chest X-ray, audiometry, urine drug screen, and a fitness certificate from a doctor.", None),
     t("We can do all of those. For that list it's three hundred and eighty cedis a person. When do they start, and where are the workers now? Forty people through one lab takes time."),
     c("They start on the first of next month. Most are in Obuasi. Three eighty times forty is above what I was told to spend - about twelve thousand.", "no_money"),
     t("Understood. Two things may help: our Obuasi collection point can take the bloods and urine there, so the workers don't travel to Kumasi and lose a day. And for forty I can do three hundred and forty each - thirteen thousand six hundred. I can't go lower on the X-ray and audiometry, those costs are fixed. Could you check with your manager whether that works?"),
     c("Thirteen six. I'll take it to my manager this afternoon.", "think_it_over")],
    [o,
     t("Hello, yes. Our standard pre-employment package is two hundred and sixty cedis a person: full blood count, urine routine, hepatitis B, chest X-ray and a doctor's certificate. For forty people, ten thousand four hundred."),
     c("That's within budget. Does it include audiometry and drug screen? The mine's form lists those.", None),
     t("Those are extra - audiometry sixty, drug screen sixty. So three hundred and eighty each. I can do a small discount for the group."),
     c("Hmm, that's fifteen thousand two hundred. More than I was told to spend.", "no_money"),
     t("I'll send you a written quote with five percent off. The workers can come to our Kumasi lab any weekday from seven."),
     c("Alright, send it. I'll see.", "think_it_over")],
))

# d09 - Edinburgh, private health insurance for a self-employed joiner
o = c("Hi there. I'm self-employed, a joiner, and I've been thinking about private health insurance. The NHS waiting lists up here are shocking. What would it cost me?", None)
PAIRS.append(rpair(
    "b241r_d09_edinburgh_insurance_joiner_knee",
    "A self-employed joiner asks what private health insurance would cost; he is on a long wait for a knee referral.",
    [o,
     t("Hi. Happy to get you a quote. Is something in particular making you think about it - a worry about a specific problem, or more general?"),
     c("Well, my knee's been giving me gyp for a year. The GP's referred me, but it's a forty-week wait for orthopaedics.", None),
     t("Thanks for being straight, so I'll be straight too: anything you've had symptoms of or advice about in the last five years is excluded at the start on our standard policy. So the knee wouldn't be covered - not for at least two years, and only if it's been trouble-free in that time. If the knee is the main reason, insurance won't solve it."),
     c("Ach. That's a bummer. So what's the point then?", "no_need"),
     t("It'd still cover new problems, and for someone self-employed quick treatment means less time off the tools - about fifty-five a month at your age. For the knee itself, a self-pay consultation with an orthopaedic surgeon is about two hundred and fifty, and you could be seen in a fortnight. Shall I send you both, so you can weigh them up?"),
     c("Aye, send both. I'll have a think.", "think_it_over")],
    [o,
     t("Hi. For a self-employed joiner your age, our mid-level policy would be about fifty-five pounds a month with a two hundred and fifty pound excess. That covers inpatient and day-patient treatment in full, and outpatient up to a thousand a year."),
     c("Would that cover my knee? The GP's referred me, forty-week wait.", None),
     t("Pre-existing conditions aren't covered at the start - it's moratorium underwriting - so it depends on your history. Most people find it excellent value once they're on it. I can set it up today."),
     c("I'm not sure, to be honest. Let me think on it.", "think_it_over"),
     t("Of course. I'll email the quote and the policy summary."),
     c("Aye, fine.", None)],
))

# d10 - Port Harcourt, home nursing after a stroke
o = c("Good evening. I want to find out about your home nursing. My father had a stroke in March, he's at home now. I need someone to help.", None)
PAIRS.append(rpair(
    "b241r_d10_portharcourt_home_nursing_stroke",
    "A daughter who works offshore asks a home nursing agency about help for her father after a stroke.",
    [o,
     t("Good evening, ma. Sorry about your father. Help can mean many things - what does he need help with day to day, and who is with him now?"),
     c("He can't bathe himself or stand for long. My mother is old too, she can't lift him. I work offshore, two weeks on, two weeks off, so when I'm away, nobody.", None),
     t("So the hard part is your two weeks offshore - your mother can't lift him and there's nobody else. Is it mainly mornings and bathing, or does he need someone at night too?"),
     c("Mornings mostly - bath, dress, help him to the chair. At night he sleeps, my mother manages.", None),
     t("Then you may not need full-time care. A nurse aide four hours every morning is eighty-five thousand naira a week, and we could do it only on your offshore weeks, plus a physio visit twice a week to keep him moving. I'd suggest our nurse visits first to assess him and the house - bathroom, stairs - before we agree anything. The assessment is fifteen thousand."),
     c("Only my offshore weeks, that's good. Let's do the assessment before I travel on the twelfth.", None)],
    [o,
     t("Good evening, ma. Sorry about your father. We have live-in nurses at three hundred thousand a week, and day nurses, eight hours, at one hundred and sixty thousand a week. All our nurses are registered and experienced with stroke patients."),
     c("Three hundred thousand a week is too much. I work offshore, two weeks on, two off.", "too_expensive"),
     t("I understand. Many families choose the day nurse, it's about half the cost. She can do bathing, feeding, medication and exercises."),
     c("Okay, the day nurse. Can she start next week?", None),
     t("Yes, we can start on Monday. I'll send you the contract."),
     c("Alright. Send it and I'll look.", None)],
))
