"""Ranked pairs d01-d10: two decent conversations, `better` deeper."""
from common import c, rpair, t

PAIRS = []

o = c("Hi, I have a balance from my gallbladder surgery, thirty-nine hundred, and I want to set up a payment plan. What's the longest you can do?", None)
PAIRS.append(rpair(
    "b109r_d01_hospital_billing_payment_plan",
    "Phone transcript. Hospital billing office, Pittsburgh, Pennsylvania. A patient asks for the longest payment plan on a surgery balance.",
    [o,
     t("Up to 24 months. Before I set it, can I ask two things? Sometimes there's help that lowers the balance itself. How many in your household, and roughly your yearly income?"),
     c("Four of us. I make about fifty-two, my wife's home with the baby.", None),
     t("For a family of four at that income, you're likely under our financial assistance limit, which could take 60 to 75 percent off. It's a two-page form and a pay stub. Want to try that first?"),
     c("Sixty percent? Nobody told me that. But I don't want this in collections while I do forms.", None),
     t("It won't be. I'm holding the account 45 days while it's reviewed. Then we set a plan on what's left, maybe around a thousand, roughly 40 a month."),
     c("Okay, yeah. Send me the form.", None)],
    [o,
     t("Up to 24 months, interest-free. That's about $163 a month. Does that work?"),
     c("Hmm, 163 is a stretch. We've got a baby, my wife's home right now.", "no_money"),
     t("I understand. I can request $100 a month, 39 months, with a supervisor's okay. Want me to?"),
     c("Yeah, let's do the hundred.", None),
     t("Done. You'll get a confirmation letter in a week, and payments start on the 15th."),
     c("Okay, thanks.", None)]))

o = c("hi, whats good for a really stuffed nose? cant sleep. was going to grab one of the day/night cold packs", None)
PAIRS.append(rpair(
    "b109r_d02_pharmacy_stuffy_nose",
    "Secure-message chat. Pharmacy in Victoria, British Columbia. A customer asks what to buy for a blocked nose.",
    [o,
     t("Sorry you're stuck with that. Two quick questions so I point you right: other symptoms? And do you take regular medications, or have blood pressure issues?"),
     c("a bit of a sore throat. i take amlodipine for blood pressure", None),
     t("That matters: most day/night packs have a decongestant that can raise blood pressure. For you, a saline rinse and a steroid nasal spray, plus lozenges for the throat. The spray takes a day or two to work."),
     c("a day or two? i need to sleep tonight", None),
     t("Fair. Tonight: saline rinse before bed, an extra pillow, a hot shower or humidifier. I can also ask the pharmacist whether a 3-day nasal decongestant spray is okay with your amlodipine."),
     c("yes ask her please", None)],
    [o,
     t("Sorry you're stuck with that. Anything besides the nose?"),
     c("a bit of a sore throat", None),
     t("Then the day/night pack is a reasonable pick: non-drowsy by day, helps you sleep at night. Add a saline spray for the nose and lozenges for the throat. Aisle 4."),
     c("ok. how long can i take them", None),
     t("Up to 7 days. If it's not better by then, or you get a fever, see a doctor. The pharmacist is here till 9 if you have questions."),
     c("ok thanks", None)]))

o = c("Yeah, hi, I'm self-employed, electrician, and I want dental for me, my wife and the two kids. What are the options?", None)
PAIRS.append(rpair(
    "b109r_d03_dental_plan_family",
    "Phone transcript. Individual dental plan sales line, Edmonton, Alberta. A self-employed tradesman shops for family coverage.",
    [o,
     t("Sure, three tiers. Before I go through them: anyone in the family with work coming up, and how old are the kids?"),
     c("Eleven and fourteen. Dentist mentioned braces for the older one. Me, I haven't been in years, honestly.", None),
     t("Then two honest points. No individual plan of ours covers braces, only group plans do. And after years away, your first visit may find work, which Enhanced covers at 50% after six months. For your family I'd look at Enhanced, $228 a month for four."),
     c("Two twenty-eight, that's a truck payment. And no braces at all?", "too_expensive"),
     t("No braces, sorry. If braces are the big cost, some families put that money aside instead and take Basic, $146 for four. I'll email a one-year cost sketch both ways for you and your wife."),
     c("Yeah, do that. I'll go over it with her.", "think_it_over")],
    [o,
     t("Sure. Basic is $146 a month for four: cleanings, checkups, fillings. Enhanced, $228, adds crowns, root canals and bridges. Premier, $310, raises the yearly maximums. Most families pick Enhanced."),
     c("Two twenty-eight, that's a truck payment. Does any of them do braces?", "too_expensive"),
     t("Braces are only covered on group plans through employers, not individual ones. Basic might be a good start, and you can upgrade at renewal."),
     c("Okay. Send me the info, I'll go over it with my wife.", "think_it_over"),
     t("Will do, I'll email the brochure with all three tiers.")]))

o = c("hi my son broke his glasses AGAIN, third time this year. does the plan pay for another pair or are we stuck", None)
PAIRS.append(rpair(
    "b109r_d04_vision_plan_broken_glasses",
    "Secure-message chat. Vision plan member services; parent in Minneapolis, Minnesota, asks about replacing a child's glasses.",
    [o,
     t("Oh no, third time. The plan covers one pair every 12 months and he used it in September, so not until then. How are they breaking, if you don't mind me asking?"),
     c("hockey mostly. he takes them off and they get stepped on. once he sat on them", None),
     t("Got it. Flexible sports frames survive being sat on, and for hockey, prescription goggles might be worth it. Do you still have the receipt from September?"),
     c("probably in my email. why", None),
     t("Some in-network shops include a 1-year breakage warranty on plan frames. If his came with one, the replacement could be free. Worth a call before you pay. Want the shop's number?"),
     c("yes please. i didnt know that", None)],
    [o,
     t("Oh no! The plan covers one pair every 12 months. He used it in September, so the next covered pair is after September 14."),
     c("ugh. so we pay out of pocket", None),
     t("For this pair, yes. In-network shops give members 20% off a second pair even when it isn't covered. Want a list of shops near you?"),
     c("eh just email me the list, ill look when i have a sec", "brush_off"),
     t("Sent to your email. Polycarbonate lenses are tougher, if you want to ask about them."),
     c("ok thanks", None)]))

o = c("Hi, um, we just moved from Alberta to Regina, and what do I need to do to switch over my driver's licence? And the car too, I guess?", None)
PAIRS.append(rpair(
    "b109r_d05_motor_licence_new_resident",
    "Phone transcript. Motor licence issuer, Regina, Saskatchewan. A new resident asks how to switch his licence and car.",
    [o,
     t("Welcome to Saskatchewan. When did you move? There are deadlines, so that sets the order."),
     c("Three weeks ago. Well, I did, my wife came a month before me.", None),
     t("Then the clock started earlier for her, so she should go first. You can both exchange with your Alberta licences and proof of address, no test. Is the car still registered in Alberta?"),
     c("Yeah, the Alberta registration runs to June.", None),
     t("It still has to be registered here within the same window, after an out-of-province inspection, and stations can take a week to book. I'd book that now, then do licences and registration in one visit. Want the station list?"),
     c("Yes. I didn't know about the inspection. Good thing I called.", None)],
    [o,
     t("Welcome! For the licence, bring your Alberta licence and two proofs of your Saskatchewan address to any motor licence issuer. No test for an Alberta licence."),
     c("Okay, easy. And the car?", None),
     t("It needs an out-of-province inspection at a licensed station, then you register it with the report and your insurance. Do both within 90 days of moving."),
     c("Okay. We'll get to it once we're unpacked, it's chaos here right now.", "no_time"),
     t("Sure. The station list is on our website."),
     c("Thanks.", None)]))

o = c("im behind on my electric, like 1150. got a disconnect notice for the 22nd. i need a payment plan. i get paid every 2 weeks", None)
PAIRS.append(rpair(
    "b109r_d06_electric_payment_plan",
    "Secure-message chat. Electric utility, Columbus, Ohio. A customer with a disconnect notice asks for a payment plan.",
    [o,
     t("Thanks for reaching out before the 22nd, we can stop that. To find the right plan: how many in your household, and about what's the monthly income? Some plans go by income, not balance."),
     c("me and my daughter. about 2000 a month after taxes", None),
     t("Then you likely qualify for the percentage-of-income plan: around $60 a month total, current use included, and the old balance is credited down as you pay on time. It needs an income check with the state energy office. Start that and hold the disconnect?"),
     c("60 a month for everything? the last plan i had with you got cancelled over one late payment", "bad_experience"),
     t("Honestly, same rule here: you have to pay on time every month and re-verify income each year, or you drop off. The disconnect is on hold for 30 days, and I'm sending the energy office link now."),
     c("ok. yes. thank you", None)],
    [o,
     t("Thanks for reaching out before the 22nd. I can set a 6-month plan: $192 a month plus your current bill. Can you do that?"),
     c("thats like 300 a month with the bill. i cant", "no_money"),
     t("Understood. The longest standard plan is 9 months, $128 plus your current bill, and the disconnect is held while it's active."),
     c("ok thats closer. ill try", None),
     t("Set up. First payment due the 22nd, in the app. There are assistance programs on our website too if you need them."),
     c("ok", None)]))

o = c("Hi, yeah, I just graduated, MSW, my grace period ends next month, and I got this letter with like five plan options and I have no idea which one to pick.", None)
PAIRS.append(rpair(
    "b109r_d07_loan_servicer_new_grad",
    "Phone transcript. US federal loan servicer; a new social-work graduate in Baltimore, Maryland, asks which repayment plan to choose.",
    [o,
     t("Congratulations. Let's narrow it down. Where are you working, and roughly what's the salary?"),
     c("A children's hospital, it's a nonprofit. Forty-eight thousand to start.", None),
     t("That matters a lot. Full-time at a nonprofit, you may qualify for Public Service Loan Forgiveness: after 120 qualifying payments on an income-driven plan, the rest is forgiven. On $71,000 that's big. Income-driven would be roughly $200 a month, versus about $790 on standard."),
     c("Wait, so paying less is better? My cousin did PSLF ten years and got denied, I'm kind of scared of it.", "bad_experience"),
     t("Many early denials were paperwork. Certify your employer every year and you'll see your count as you go; stay in qualifying jobs, or it's a longer road. I'd pick income-driven. Do it together now, about 15 minutes, or shall I send the link?"),
     c("Send the link, I'm on my lunch break. I'll do it tonight.", "no_time")],
    [o,
     t("Congratulations! Quick overview: Standard is 10 years, fixed, least interest overall. Graduated starts low and rises. Extended is 25 years. Income-driven plans follow your income. On your $71,000, standard is about $790 a month."),
     c("Seven-ninety? I'm starting at forty-eight thousand. That's my rent.", "no_money"),
     t("Then income-driven makes sense, about $200. It takes longer and costs more interest, but it's manageable. You can apply online."),
     c("Okay. I'll look tonight, I'm on my lunch break.", "no_time"),
     t("Sounds good. Call back if you have questions.")]))

o = c("Hello, the doctor's office gave me your number, for the day program? My husband has Parkinson's and I- well, I'm not sure he'd go, to be honest.", None)
PAIRS.append(rpair(
    "b109r_d08_seniors_day_program",
    "Phone transcript. Adult day program run by a seniors' services agency, Kingston, Ontario. A wife calls about her husband.",
    [o,
     t("Thank you for calling. Lots of people aren't sure at first. Tell me a bit about him: what does he enjoy, and what makes you think he might not go?"),
     c("He was a shop teacher, loves working with his hands. He says those places are for old people sitting in a circle. He's seventy-nine.", "no_need"),
     t("A common worry. On Tuesdays a retired carpenter runs a woodworking table, and there's a men's coffee group. And how are you doing, looking after him?"),
     c("Tired. I haven't had a day to myself in a year, honestly.", None),
     t("That matters too; the day is for you as much as him. Would he try one Tuesday, free, with you staying the first hour? No forms until you both decide."),
     c("Woodworking... he might do that. I'll ask him tonight.", "think_it_over")],
    [o,
     t("Thank you for calling. The program runs Monday to Friday, 9 to 3, with lunch, activities, exercise, and a nurse on site. It's $40 a day, with subsidies available."),
     c("That sounds nice. But he says those places are for old people sitting in a circle.", "no_need"),
     t("We have lots going on: crafts, music, exercise, outings. Most people enjoy it once they come. I can mail an application and a calendar."),
     c("Okay, send it. I'll see what he says.", "think_it_over"),
     t("Will do. Call us with any questions.")]))

o = c("hi my mom is coming home from the hospital friday after pneumonia. does medicare pay for someone to help her at home? she needs help showering and stuff", None)
PAIRS.append(rpair(
    "b109r_d09_homecare_after_discharge",
    "Secure-message chat. Home-care agency, Orlando, Florida. A daughter asks whether Medicare pays for help at home after discharge.",
    [o,
     t("Glad she's coming home. Honest answer: if her doctor orders home health and she's homebound, Medicare pays for part-time nurse or therapy visits, and an aide for bathing as part of that. Not ongoing daily help. Has the hospital mentioned home health?"),
     c("they said something about a nurse coming. i didnt know the aide part", None),
     t("Ask the discharge planner to add an aide for bathing to the order. Anything beyond that is private pay with us, $30 an hour, 4-hour minimum. How much is she alone?"),
     c("im there evenings. mornings are the hard part. 120 a visit is a lot though", "too_expensive"),
     t("Understood. Start with what Medicare covers and see how week one goes; if mornings are still hard, we could add a few. I'll check in Monday, if that's okay."),
     c("yes thats perfect", None)],
    [o,
     t("Glad she's coming home. Medicare generally doesn't pay for personal care like showering at home. Our private rate is $30 an hour, with a 4-hour minimum per visit."),
     c("120 a visit. thats a lot. how often would she need it", "too_expensive"),
     t("Many families start with three mornings a week, about $360 a week. We can start as soon as Saturday."),
     c("ok let me talk to my brother and get back to you", "think_it_over"),
     t("Sure! Here's my direct line and our brochure.")]))

o = c("how much is a knee MRI at your hospital? my doctor ordered one and i have a high deductible plan", None)
PAIRS.append(rpair(
    "b109r_d10_hospital_mri_estimate",
    "Secure-message chat. Hospital patient financial services, Boise, Idaho. A patient with a high-deductible plan asks an MRI price.",
    [o,
     t("Hi, I can estimate it. Which plan are you on, and how much of the deductible have you met this year?"),
     c("bronze plan, 6000 deductible, havent met any of it", None),
     t("Then through insurance you'd likely pay our full negotiated rate, about $1,240. Self-pay for the same MRI is $525, paid at the visit, but it won't count toward your deductible. Expecting other big bills this year?"),
     c("hopefully not, its just this knee. maybe physical therapy after", None),
     t("Then self-pay is likely cheaper, unless the knee leads to surgery this year. I can book it self-pay, and you can switch to insurance up to the day of the scan. Okay?"),
     c("yes do that. 525 is way better", None)],
    [o,
     t("Hi. With most commercial plans a knee MRI without contrast is about $1,240 before adjustments. If you haven't met your deductible, you'd pay most of that."),
     c("1240?? thats insane for one scan", "too_expensive"),
     t("I understand. We offer interest-free plans up to 12 months, about $103 a month. I can also send a formal estimate."),
     c("ok send the estimate, ill check with my insurance", "think_it_over"),
     t("Sent to your email. Let us know when you'd like to schedule.")]))
