"""Ranked pairs f01-f10 (hand-written for blind241): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 - Lagos, pharmacy, brand vs generic (fault: argues with the customer)
o = c("Good morning. Last month you gave me a different make of my BP drug, amlodipine, the cheaper one. Since then my ankles are swelling. I want the original one, Norvasc, please.", None)
t1 = t("Good morning, ma. Sorry about the swelling. Let me check your record - what dose are you on, five or ten?")
c1 = c("Ten. The doctor increased it in January. I know the original is more money, but I'd rather pay than have swollen legs.", None)
t2_good = t("That's your call, and I'll give you the original. I should mention that ankle swelling is a known side effect of amlodipine itself, especially at ten milligrams, so it may come from the dose going up in January rather than the make. Either way, your doctor should know - can you tell him at your next visit?")
c2_good = c("Ehn, I didn't know that. The swelling started around February. Okay, I'll tell him.", None)
t2_bad = t("Ma, honestly, the generic is exactly the same drug, the swelling can't be from the make. Same molecule, same standards. You'd be wasting six thousand naira for nothing.")
c2_bad = c("Are you the one whose legs are swelling? I said I want the original. I didn't come here to argue with you.", None)
t3 = t("I'll get you the original now - thirty tablets of Norvasc, ten milligrams. If the swelling doesn't settle in a few weeks, please see your doctor, and don't just stop the tablets.")
c3 = c("Alright. Bring it.", None)
PAIRS.append(rpair(
    "b241r_f01_lagos_pharmacy_brand_generic",
    "A woman blames a cheaper generic for her swollen ankles and asks for the original brand; the worse side argues with her.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f02 - Nairobi, insurance claim without the receipt (fault: doubts the customer's honesty)
o = c("Hello. I want to claim for my son's hospital visit at a clinic in Kasarani, four thousand two hundred. The problem is I lost the receipt. I have the M-Pesa message though.", None)
t1 = t("Hello. Sorry about your son, I hope he's fine now. Let's see what we can do. Do you have the clinic's name and the date of the visit?")
c1 = c("Yes, Afya Bora Clinic, on the fourteenth. He had tonsillitis, they gave him antibiotics.", None)
t2_good = t("Thank you. The M-Pesa message shows the amount and the clinic's till, which helps a lot. We also need something showing the treatment.")
c2_good = c("Okay. What kind of paper do you need?", None)
t2_bad = t("Hmm. Lost receipts are a common way people claim for visits that never happened, so I have to be careful with this one. How do I know the M-Pesa payment wasn't for something else?")
c2_bad = c("Something else? My son was sick. You think I'm cheating you for four thousand shillings?", None)
t3 = t("What we need is a duplicate invoice from the clinic with his name, the date and the diagnosis - they can print it from their system. Once you upload it with the M-Pesa message, the claim is normally paid within seven days.")
c3 = c("Fine. I'll get the paper from them tomorrow and upload it.", None)
PAIRS.append(rpair(
    "b241r_f02_nairobi_claim_lost_receipt",
    "A mother claims for her son's clinic visit without the original receipt; the worse side suggests she may be making a false claim.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f03 - Accra, health insurance for a freelancer (fault: drops the price before asking anything)
o = c("Hi, I'm a freelance photographer. I want health insurance, but honestly I don't have much money. What's your cheapest plan?", "no_money")
t1_good = t("I'll help you find something that fits. Before I quote, two things: what do you mostly want it for - clinic visits when you're sick, or in case something big happens, like an accident or an operation? And roughly what could you manage a month?")
c1_good = c("The big things mostly. I'm rarely sick, but I ride a motorbike to shoots. Maybe a hundred and fifty cedis a month.", None)
t1_bad = t("Our cheapest is the Essential plan at two hundred and twenty a month, but I can give you twenty percent off straight away - one seventy-six. Actually, for you, one sixty.")
c1_bad = c("Okay... but what does it cover? I ride a motorbike to shoots, accidents are my worry. And one sixty is still more than I can do, maybe one fifty.", "no_money")
t2 = t("For accidents and admissions, the Emergency and Hospital plan is the one to look at: one hundred and thirty a month, covering emergency treatment, admission and surgery up to fifty thousand cedis, but not routine clinic visits - you'd pay those yourself.")
c2 = c("That sounds like what I need. Send me the details, I'll read them tonight.", "think_it_over")
t3 = t("I'll send it now, with the list of hospitals near you that take it. Call me with any questions.")
c3 = c("Thank you.", None)
PAIRS.append(rpair(
    "b241r_f03_accra_insurance_freelancer",
    "A freelance photographer on a tight budget asks for the cheapest plan; the worse side cuts the price before asking what she needs.",
    [o, t1_good, c1_good, t2, c2, t3, c3],
    [o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f04 - London, dental hygiene booking (fault: an unasked lecture)
o = c("Hi, I'd like to book a hygiene appointment. My gums have been bleeding a bit when I brush.", None)
t1 = t("Of course. Bleeding when brushing is usually a sign of gum inflammation, and a hygienist visit is a good first step. Are you registered with us, or would you be new?")
c1 = c("New. I haven't been to a dentist in about four years, to be honest. And I smoke, if that matters.", None)
t2_good = t("Thanks, that's useful - smoking can hide gum bleeding, so the hygienist will check your gums carefully. As a new patient you'd need a check-up with the dentist first, sixty-five pounds, then the hygienist, seventy-five. We can often do both back to back.")
c2_good = c("Both on the same day would be ideal. I work in the City, I can't keep taking time off.", None)
t2_bad = t("It does matter, a lot. Smoking is one of the biggest causes of gum disease and tooth loss - it restricts blood flow to the gums, stains your teeth and causes mouth cancer. You really should think about quitting; there are free stop-smoking services. As a new patient you'd need a check-up first, sixty-five, then the hygienist, seventy-five.")
c2_bad = c("Right. I know smoking's bad, thanks, I didn't ask for a lecture. Can I just book?", None)
t3 = t("We have Saturday the ninth with the dentist at 9.15 and the hygienist straight after at 9.45. Would that suit?")
c3 = c("Saturday works. Book me in.", None)
PAIRS.append(rpair(
    "b241r_f04_london_dental_hygiene_smoker",
    "A new patient with bleeding gums, who mentions he smokes, books a hygiene visit; the worse side lectures him about smoking.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f05 - Abuja, HMO upgrade for maternity (fault: vague next step)
o = c("Good afternoon. I'm on your Bronze plan with my wife and two kids. My wife is pregnant, and I've heard Bronze doesn't cover maternity. I want to upgrade.", None)
t1 = t("Congratulations! You heard right, Bronze doesn't include maternity; Silver and Gold do. How far along is your wife?")
c1 = c("About ten weeks. Is it too late? Somebody told me there's a waiting period.", None)
t2 = t("There usually is - twelve months for maternity on an upgrade. But for existing members who upgrade before the end of the first trimester, we can apply for a waiver. It isn't automatic, the medical team decides. Silver is one hundred and eighty thousand more a year for the family.")
c2 = c("One eighty more. Hmm. If the waiver is approved, I'll do it. If not, it's no use to me.", "no_need")
t3_good = t("Fair. I'll submit the waiver request today with her scan date. The medical team answers within five working days, so by next Thursday. I'll call you that day with the answer, and you decide then - you pay nothing unless it's approved.")
c3_good = c("Next Thursday. Okay, I'll wait for your call.", None)
t3_bad = t("Okay, I'll pass it to the medical team and someone will get back to you.")
c3_bad = c("Someone? When? She's already ten weeks, I can't wait forever.", None)
PAIRS.append(rpair(
    "b241r_f05_abuja_hmo_upgrade_maternity",
    "A member wants to upgrade his family HMO plan because his wife is pregnant; the worse side ends with a vague next step.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f06 - Mombasa, maternity package, cash-paying couple (fault: over-promises)
o = c("Hi, I'm thirty-two weeks, first baby, and I want to book the normal delivery package. How much will I pay in total?", None)
t1 = t("Congratulations! The normal delivery package is eighty-five thousand shillings - two nights, the delivery, and the baby's first checks. Where have you been going for antenatal care?")
c1 = c("At the dispensary near home. Everything has been okay, the nurse says baby is head down.", None)
t2 = t("That's good. We'd want to see your antenatal card and do one visit here before delivery so the doctor knows you. Are you on any insurance?")
c2 = c("No insurance. My husband and I have saved exactly eighty-five thousand, so I need to know it won't go above.", None)
t3_good = t("I want to be straight with you: if everything goes normally, eighty-five thousand is the total. If something changes in labour - say you need a caesarean, or the baby needs the nursery - the cost changes; a caesarean is one hundred and ninety thousand. Most first babies are born normally, but I can't promise it. Would it help to talk about what you'd do in that case?")
c3_good = c("Hmm. I didn't think about that. Let me talk to my husband about keeping a bit more aside.", "think_it_over")
t3_bad = t("Don't worry at all, eighty-five thousand is all you'll pay, guaranteed. Our doctors are excellent, nothing will go wrong - we've never had a mother pay more than the package.")
c3_bad = c("Really? Never? Okay, that's a relief. Then I'll pay the deposit today.", None)
PAIRS.append(rpair(
    "b241r_f06_mombasa_maternity_fixed_budget",
    "A first-time mother paying cash needs to know the delivery cost won't exceed her savings; the worse side guarantees it will not.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f07 - Birmingham, mobility scooter (fault: closes before checking it works for them)
o = c("Hello, I'm looking for a mobility scooter for my dad. He's eighty, bad knees, and he wants to get to the shops and the park on his own again.", None)
t1 = t("That's a lovely thing to help him with. Will he use it only on pavements near home, or does it need to go in a car sometimes?")
c1 = c("Mostly pavements. But I'd like to put it in my boot for days out - I've got a Fiesta.", None)
t2 = t("Then a boot scooter that comes apart makes sense. This one splits into four pieces, the heaviest is fourteen kilos, and it does about ten miles on a charge. It's seven hundred and ninety-five pounds.")
c2 = c("That looks about right. Fourteen kilos, I think I can lift that.", None)
t3_good = t("Before you decide, I'd suggest two checks: bring your dad in to try it, so we know he can manage the tiller and brakes with his hands, and let's see if the pieces fit in your Fiesta - we can try it in the car park now if you're parked outside.")
c3_good = c("Good idea, I'm parked right outside. Let's try it, and I'll bring him in Saturday.", None)
t3_bad = t("Great, shall I take payment now, and we'll have it delivered to your dad's on Monday?")
c3_bad = c("Oh. Erm, okay, I suppose. Is card alright?", None)
PAIRS.append(rpair(
    "b241r_f07_birmingham_mobility_scooter",
    "A daughter chooses a boot scooter for her father; the worse side takes payment before checking he can use it or that it fits her car.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f08 - Kumasi, eye clinic, first contact lenses (fault: recommends before asking)
o = c("Good morning. I want to try contact lenses. I've been wearing glasses for ten years.", None)
t1_good = t("Good morning. Happy to help you try. Can I ask what's making you want to switch - sport, appearance, work?")
c1_good = c("I play football on weekends, and my glasses keep fogging and falling off. For work I don't mind glasses.", None)
t1_bad = t("Good morning. Then you'll want our monthly silicone hydrogel lenses - they're our best. One pair lasts a month; four hundred cedis for three months' supply.")
c1_bad = c("Monthly? I only want them for football on Saturdays. Four hundred for three months is a lot for that.", "too_expensive")
t2 = t("Then daily disposables make more sense - you open a fresh pair only on the days you play, no cleaning, and a box of thirty lasts about seven months if you play once a week. One hundred and eighty cedis a box. You'd need a fitting first to check the fit and learn how to put them in.")
c2 = c("That's better. How much is the fitting?", None)
t3 = t("Eighty cedis, with a trial pair to take home. We have a slot on Thursday at four.")
c3 = c("Thursday at four is fine.", None)
PAIRS.append(rpair(
    "b241r_f08_kumasi_contact_lenses_football",
    "A man who wants contact lenses for weekend football; the worse side recommends a lens before asking what they are for.",
    [o, t1_good, c1_good, t2, c2, t3, c3],
    [o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09 - Glasgow, café owner asking about staff health insurance (fault: unexplained jargon)
o = c("Hiya. I own a wee café in the West End, six staff. One of them's been off for months waiting on a hip op. I'm wondering about health insurance for them. How does it work?", None)
t1 = t("Hi. Sorry to hear about your staff member, that's tough for her and for you. Are you thinking of covering all six, and would you pay for it as a perk, or would they contribute?")
c1 = c("All six, and I'd pay. But I've not got a huge budget, it's a café, not a bank.", "no_money")
t2_good = t("Understood. The cheapest way to keep the cost down is what's called a six-week option: if the NHS can treat them within six weeks, they use the NHS; if not, the policy pays for private treatment. For six staff that's around thirty pounds each a month. One thing to know - problems they already have, like your colleague's hip, wouldn't be covered at first.")
c2_good = c("Right, so it wouldn't help her. But it would help the next one. That's clear, thanks.", None)
t2_bad = t("Understood. For budget-conscious SMEs I'd go with a moratorium-underwritten group scheme with a six-week option and a two-fifty excess, outpatient capped at five hundred, MHD waived. Roughly thirty a head per month. Pre-existings excluded under the moratorium.")
c2_bad = c("Sorry, you've lost me. Moratorium? Six-week what? Would it help my waitress with her hip or not?", None)
t3 = t("Let me send you a one-page summary with the price for six staff. Could we have a fifteen-minute call on Monday to go through it together?")
c3 = c("Aye, Monday's fine. Morning, before the lunch rush.", None)
PAIRS.append(rpair(
    "b241r_f09_glasgow_cafe_staff_insurance",
    "A café owner asks how staff health insurance works; the worse side explains it in unexplained insurance jargon.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f10 - Ibadan, pharmacy, forgetful mother's medicines (fault: talks about themselves)
o = c("Good evening. My mother is seventy-four, she lives alone in Bodija. She takes five different drugs and I think she's forgetting some. Is there anything that can help?", None)
t1 = t("Good evening. Yes, there are a few things. How does she take them now - from the original packets, or does someone set them out for her?")
c1 = c("From the packets. I visit on Sundays, and I see some packets still full and some almost finished.", None)
t2_good = t("That sounds like she's mixing them up, which is common with five drugs. Does she read well, and can she manage opening small boxes? The options depend on her eyes and her hands.")
c2_good = c("Her eyes are okay with glasses. Her fingers are stiff from arthritis, small things are hard for her.", None)
t2_bad = t("Ah, I know exactly how you feel. My own mother was the same in Ogbomoso, she used to mix her drugs, and my sister and I were always quarrelling about it. In the end we moved her into my sister's house here in Ibadan, and honestly it was the best thing, though my sister complained a lot at first.")
c2_bad = c("Okay... I'm not moving her anywhere. Can you just tell me what can help?", None)
t3 = t("We can pack her drugs into a weekly tray with big flip-up lids - morning, afternoon and night, each day labelled. I fill it here every Sunday when you come, and you can see at a glance what she's missed. The tray is four thousand five hundred naira, and filling is free if you buy the drugs here.")
c3 = c("Sunday filling is perfect, I'm here anyway. But her drugs are cheaper at the market, that's where I buy them.", "too_expensive")
t4 = t("Then bring the ones you buy and I'll still fill the tray, for five hundred a week. Your choice.")
PAIRS.append(rpair(
    "b241r_f10_ibadan_pharmacy_pill_organiser",
    "A son worries his elderly mother is missing doses of five medicines; the worse side talks about his own mother instead.",
    [o, t1, c1, t2_good, c2_good, t3, c3, t4],
    [o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
