"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01: drops the price before asking anything ----------------------------------
o = c("Hello, I'm ringing about a hygienist appointment. I haven't been in a while. How much is it?", None)
t2 = t("Bleeding gums are exactly what a hygienist helps with, so it's more than a polish. After three years there may be some build-up, and if she thinks you need a second visit she'll tell you before doing anything extra.")
c2 = c("Right, that's fair. Anything on a Thursday?", None)
t3 = t("Thursday the 18th at 8.30, or 1.15.")
c3 = c("Half eight, please.", None)
PAIRS.append(rpair(
    "b187r_f01_uk_edinburgh_dental_hygienist",
    "A man phones a dental practice in Edinburgh to ask the price of a hygienist visit after a long gap. Fault in worse: the receptionist discounts the price before asking anything.",
    better=[
        o,
        t("A standard half-hour visit is £62. Before you book, can I ask when you last had one, and whether anything's bothering you, like bleeding when you brush?"),
        c("Three years, maybe. My gums bleed a wee bit. I wasn't sure it was worth sixty-two pounds for a polish.", "too_expensive"),
        t2, c2, t3, c3,
    ],
    worse=[
        o,
        t("It's normally £62, but I can do it for £45 for you this month, no problem."),
        c("Oh! Forty-five, well, that's less than I expected. It's been about three years, mind, and my gums bleed a wee bit.", None),
        t2, c2, t3, c3,
    ],
))

# f02: argues with the customer -----------------------------------------------
o = c("So the doctor says I need glasses for driving? I've been driving forty years without them. I passed the DMV test last year.", None)
t2 = t("Signs coming up late is exactly what glasses help with, and a lot of people find night driving easier afterwards. You could have a simple pair just for the car, single vision, from about $129 with a frame from this wall.")
c2 = c("Hmm. Just for the car. My wife will be glad. Let me bring her Saturday to help me pick.", "think_it_over")
t3 = t("Saturday's great, we're open till two. I'll keep your prescription on file so it's ready.")
c3 = c("Saturday then.", None)
PAIRS.append(rpair(
    "b187r_f02_us_madison_optometry_driving",
    "After an eye exam in Madison, Wisconsin, a man in his sixties resists being told he needs glasses for driving. Fault in worse: the optician argues with him about his DMV test.",
    better=[
        o,
        t("Forty years is a good record, and you did pass. Your distance vision has dropped a bit since then, to just above the legal line in the left eye. Have you noticed anything at night, signs hard to read, glare?"),
        c("Well, night's a bit harder. Signs come up late on the highway. I figured that's just getting older.", None),
        t2, c2, t3, c3,
    ],
    worse=[
        o,
        t("Honestly, passing the DMV test last year doesn't mean much. Those screenings are pretty basic, and your vision today says you need them."),
        c("Well, excuse me. I'm not blind. Night's a bit harder, sure, signs come up late on the highway, but that's just getting older.", None),
        t2, c2, t3, c3,
    ],
))

# f03: doubts the customer's honesty --------------------------------------------
o = c("Hi, I need a refill of my Tylenol 3s, for my back. I know it's a week early, but the bottle went through the wash in my jacket pocket. I feel so stupid.", None)
t2 = t("Let me fax Dr. Chen now and ask if she'll authorize a few days' supply to get you to your refill date. Her office usually replies within a couple of hours. Meanwhile, ibuprofen alongside the two you have may help, if you're able to take it.")
c2 = c("A couple of hours. I'm due at work at three. Can I pick it up after seven?", None)
t3 = t("Yes, we're open till nine. I'll call you when it's ready, and if Dr. Chen says no, I'll call to tell you that too.")
c3 = c("Okay. Thanks.", None)
PAIRS.append(rpair(
    "b187r_f03_ca_winnipeg_pharmacy_early_refill",
    "A cleaner asks a Winnipeg community pharmacy for an early refill of codeine tablets after her bottle went through the wash. Fault in worse: the pharmacist hints she is lying.",
    better=[
        o,
        t("Oh no, that happens more than you'd think. With codeine I can't refill early without checking with your doctor, it's the rule. Do you have enough for tonight?"),
        c("I've got maybe two left from the old bottle at home. My back's bad, I'm a cleaner, I'm on my feet all day.", None),
        t2, c2, t3, c3,
    ],
    worse=[
        o,
        t("A week early for codeine, and the bottle went through the wash. I hear that story a lot, to be honest. I can't just refill it."),
        c("Are you saying I'm lying? I've got maybe two left at home. My back's bad, I'm a cleaner, I'm on my feet all day.", None),
        t2, c2, t3, c3,
    ],
))

# f04: an unasked lecture -------------------------------------------------------
o = c("Hi. My knee's sore on the inside when I walk up stairs. I started walking for exercise in January, five kilometres a day. It's been getting worse for three weeks.", None)
t2 = t("Let me look at how the knee moves and at your hip strength. With a new walking routine, the muscles round the hip and thigh often haven't caught up yet. A few exercises and a flatter route for two weeks usually settle it without you having to stop.")
c2 = c("Okay. How many sessions are we talking? My medical aid savings are almost finished for the year.", "no_money")
t3 = t("Probably two or three, with exercises at home. Today's assessment, then one in two weeks to check. If it's settled by then, you won't need a third.")
c3 = c("Fine. Let's start.", None)
PAIRS.append(rpair(
    "b187r_f04_za_pretoria_physio_knee_walking",
    "A woman who took up daily walking in January sees a sports physiotherapist in Pretoria East about inner knee pain on stairs. Fault in worse: an unasked lecture about her weight.",
    better=[
        o,
        t("Well done on the walking, and sorry it's biting back. Is it sore during the walk or afterwards, and is there any swelling or clicking?"),
        c("Afterwards mostly. No swelling. It clicks sometimes. I don't want to stop, I've lost six kilos.", None),
        t2, c2, t3, c3,
    ],
    worse=[
        o,
        t("Good that you're walking. Just so you know, every kilo you carry puts about four kilos through the knee, so losing weight is really the main thing you can do. Diet is eighty percent of it, honestly. Any swelling?"),
        c("I've lost six kilos since January, thank you. That's why I'm walking. No swelling. It clicks sometimes.", None),
        t2, c2, t3, c3,
    ],
))

# f05: a vague next step --------------------------------------------------------
o = c("Hello, my left hearing aid's stopped working. It just makes a wee crackle. I've my grandson's christening on Sunday and I can't be without it.", None)
t1 = t("Oh no, not this week of all weeks. Have you changed the battery and the little wax filter at the tip?")
c1 = c("Battery, yes, twice. The filter, I don't know how to do that.", None)
t2 = t("That's often the culprit. Could you pop in tomorrow? The audiologist can change the filter in two minutes, and if it's a fault, we send it for repair under warranty.")
c2 = c("Tomorrow's difficult, I'm minding the grandchildren till four.", "no_time")
PAIRS.append(rpair(
    "b187r_f05_uk_belfast_hearing_aid_repair",
    "An older woman phones a hearing aid centre in Belfast because her aid has failed days before a christening. Fault in worse: a vague next step.",
    better=[
        o, t1, c1, t2, c2,
        t("We're open till half five. Come at quarter past four and I'll put you in with Aoife. If it has to go away for repair, we'll lend you one for Sunday."),
        c("Quarter past four, grand. A loan one would be a relief.", None),
    ],
    worse=[
        o, t1, c1, t2, c2,
        t("No problem, just drop in when you can and we'll have a look. We'll let you know."),
        c("Right. But will it be working by Sunday? I need to know.", None),
    ],
))

# f06: over-promises ------------------------------------------------------------
o = c("Hi, my doctor ordered a CT of my abdomen. I have a high-deductible plan and I'm worried about the cost. Can you tell me what I'd pay?", None)
t1 = t("Sure. Can I get your insurance name and member ID, and do you know if your doctor has sent the order?")
c1 = c("It's Cigna, ID U8821054. The order came from Dr. Reyes yesterday. I've only paid about four hundred toward my deductible this year.", None)
t2 = t("Thanks. Your plan's rate here for an abdominal CT is $640, and with most of your deductible still to go, you'd likely pay all of it. Our self-pay price is $450, but that wouldn't count toward your deductible.")
c2 = c("Hmm, four-fifty. And is the insurance going to fight me on it? Last year they denied my MRI and it took months.", "bad_experience")
PAIRS.append(rpair(
    "b187r_f06_us_houston_ct_scan_cost",
    "A patient with a high-deductible plan phones an imaging center in Houston, Texas, about the cost of an abdominal CT. Fault in worse: the scheduler promises the insurer will approve it.",
    better=[
        o, t1, c1, t2, c2,
        t("I can't promise what Cigna will decide. CT needs prior authorization, so I'll check today whether Dr. Reyes' office has requested it, and call you back by noon tomorrow before we book anything."),
        c("Okay, that's fair. Call me tomorrow.", None),
    ],
    worse=[
        o, t1, c1, t2, c2,
        t("Oh, that won't happen here. I promise you won't have any problem with Cigna, we'll get it approved and you'll be in this week."),
        c("You promise? Alright. Book me for Thursday then.", None),
    ],
))

# f07: closes before checking it works --------------------------------------------
o = c("Hi, the dentist said I'm grinding my teeth at night and I should get a night guard. My jaw's sore every morning. My work benefits should cover it, I think?", None)
t1 = t("They often do. Do you have your benefits card, and do you know the insurer?")
c1 = c("Sun Life, through work. Here's the card. The dentist said it's about five hundred.", None)
t2 = t("Yes, $520 for the custom guard, including the fitting.")
c2 = c("Okay. I'd really like it soon, I've been getting headaches too.", None)
PAIRS.append(rpair(
    "b187r_f07_ca_edmonton_dental_night_guard",
    "A patient at a dental clinic in Edmonton, Alberta, wants a night guard and assumes her work benefits cover it. Fault in worse: the front desk takes payment before checking the coverage.",
    better=[
        o, t1, c1, t2, c2,
        t("I understand. Let me send a predetermination to Sun Life first. It usually comes back in two or three days, so you'll know exactly what they pay before we take impressions. I'll call you as soon as it's back."),
        c("Two or three days is fine. Call me.", None),
    ],
    worse=[
        o, t1, c1, t2, c2,
        t("Great, let's take the impressions right now and you can pay the $520 today, then submit it to Sun Life yourself."),
        c("Today? Hang on, what if they don't cover it? I can't just put five hundred on my card.", "no_money"),
    ],
))

# f08: recommends before asking -------------------------------------------------
o = c("Good day. I'm phoning for my father. He's eighty-eight and he lives alone in Scottsville. My brother and I are worried. We want to know what you offer.", None)
t2 = t("So it's meals and falls, and he wants to stay independent. A carer could visit once a day at lunchtime, make a meal and check he's alright, about R4,200 a month. And a panic button for falls is about R250 a month.")
c2 = c("That sounds more like it. Let me talk to my brother tonight.", "think_it_over")
t3 = t("Of course. I'll send the details by WhatsApp, and if you like, our coordinator can visit your father with you, at no charge.")
c3 = c("That would be good. Thank you.", None)
PAIRS.append(rpair(
    "b187r_f08_za_pietermaritzburg_home_care_father",
    "A daughter phones a home-based care agency in Pietermaritzburg about her 88-year-old father who lives alone. Fault in worse: a live-in carer is recommended before anything is asked.",
    better=[
        o,
        t("Good day. I can tell you everything we offer, but first, what's worrying you and your brother most?"),
        c("He forgets to eat. And he fell last month, nothing broken. He refuses to move to a home, he's very proud.", None),
        t2, c2, t3, c3,
    ],
    worse=[
        o,
        t("Good day. For someone his age I'd recommend our live-in carer, twenty-four hours, R18,000 a month. That's what most families go for."),
        c("Eighteen thousand? Ai, we can't do that. He forgets to eat and he fell last month, but he won't have a stranger living in his house.", "no_money"),
        t2, c2, t3, c3,
    ],
))

# f09: unexplained jargon -------------------------------------------------------
o = c("Hello, I'm thinking of taking out health insurance, but I had knee trouble two years ago. Would that be covered?", None)
t1 = t("Good question to ask first. Have you had any treatment or advice for the knee in the last five years?")
c1 = c("Physio, six sessions, and a scan. It's been fine since, touch wood.", None)
t3 = t("Cover for someone your age starts at around £58 a month with a £250 excess. Shall I email you a quote with all of this written down?")
c3 = c("Email it, and I'll have a read and compare.", "think_it_over")
PAIRS.append(rpair(
    "b187r_f09_uk_leeds_insurance_preexisting_knee",
    "A man phones a private health insurer in Leeds asking whether an old knee problem would be covered. Fault in worse: unexplained underwriting jargon.",
    better=[
        o, t1, c1,
        t("Thanks. With most of our policies, anything you've had symptoms or treatment for in the last five years isn't covered at first. But if you then go two years on the policy with no treatment, advice or symptoms for the knee, it can become covered. Everything else is covered from the start."),
        c("Ah, so the knee's out for now but could come back in after two clear years?", None),
        t3, c3,
    ],
    worse=[
        o, t1, c1,
        t("Thanks. So you'd go on moratorium underwriting, with a five-year look-back and a two-year rolling clear period, otherwise FMU with a specific exclusion."),
        c("Sorry, you've lost me. Moratorium? I don't know what any of that means.", None),
        t3, c3,
    ],
))

# f10: talks about themselves ----------------------------------------------------
o = c("Hi. I'm looking at your membership. My husband has diabetes and heart stuff, and our current doctor never has time. I'm trying to figure out if it's worth eighteen hundred a year.", None)
t1 = t("That's a fair question. What happens now when you need the doctor, how long do you wait?")
c1 = c("Three weeks for a regular visit. And when we do get in, it's fifteen minutes and he's typing the whole time. Last month Joe's sugar went crazy and we ended up in the ER.", None)
t3 = t("It's $1,800 per person, so $3,600 for both of you, and it doesn't replace your insurance. Many couples start with just the one who needs it most.")
c3 = c("Thirty-six hundred. That's a lot on top of our premiums. Maybe just Joe to start. Let me look at our budget this weekend.", "think_it_over")
PAIRS.append(rpair(
    "b187r_f10_us_boston_concierge_practice",
    "A woman phones a concierge primary care practice in Boston, Massachusetts, to ask whether membership is worth it for her diabetic husband. Fault in worse: the staff member talks about their own career.",
    better=[
        o, t1, c1,
        t("So three-week waits, rushed visits, and an ER trip that maybe didn't need to happen. With us it's same- or next-day visits, thirty minutes minimum, and you can text the doctor. For Joe, our nurse would check his sugar logs every week."),
        c("Texting the doctor, that would change things. But is it eighteen hundred each, or for both?", None),
        t3, c3,
    ],
    worse=[
        o, t1, c1,
        t("Totally hear you. That's actually why I joined this practice. I worked at a big hospital system for twelve years and burned out, honestly, fifteen-minute visits all day. Here I can breathe. Our doctors say the same, they love it."),
        c("Good for you, I guess. But what would it mean for Joe? And is it eighteen hundred each, or for both?", None),
        t3, c3,
    ],
))
