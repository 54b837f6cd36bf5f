from common import c, rpair, t

PAIRS = []

# f01: worse argues with the customer
o = c("I want to cancel. They've moved the Tuesday spin class to mornings and that's the only reason I came.", None)
a = t("That's annoying, sorry. What time was it, and what time is it now?")
b = c("Half six at night, now it's seven in the morning. I start work at seven.", None)
g1 = t("So the one class you came for is now at a time you can't do. There's a Thursday spin at half six at night. Would that work, or shall I cancel?")
g2 = c("Thursday's my mum's night, I sit with her. Cancel it, ta.", "no_time")
w1 = t("Actually, mornings are our busiest classes, and most people find exercise before work is better for them. You should give it a go.")
w2 = c("I start work at seven! I can't be in two places. Just cancel it.", "no_time")
e = t("Done. It's a month's notice, so your last payment is on the first, and I've noted why you left.")
f = c("Ta.", None)
PAIRS.append(rpair("b147r_f01_bradford_gym_spin_moved",
"Gym, Bradford (front desk): a member cancels after her class was moved. Worse argues with her about mornings.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))

# f02: worse doubts the customer's honesty
o = c("I sent a meter reading and the bill still says estimated. I'm sure I sent it on the third.", None)
a = t("Let's have a look. What reading did you send?")
b = c("Electric 22841. I've a photo of it with the date on.", None)
g1 = t("Thanks. It came in on the third but just after the bill was made, so it missed it.")
g2 = c("Oh, right. Annoying, but fair enough.", None)
w1 = t("Hmm. Are you sure you sent it? People often think they have when they haven't.")
w2 = c("I've just told you I've a photo. Are you saying I'm lying?", None)
e = t("I'll reissue the bill with 22841 today, and it'll be in your email tomorrow.")
f = c("Right. Ta.", None)
PAIRS.append(rpair("b147r_f02_durham_energy_reading_missed",
"Energy supplier, Durham customer (phone): a reading missed the bill. Worse doubts she sent it.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))

# f03: worse drops the price before asking anything
o = c("What do you charge to manage a flat? It's in Bath, I've moved up to Leeds.", None)
g1 = t("Twelve per cent of the rent. Before I say more, what do you need from us, with you being up in Leeds?")
g2 = c("Everything, really. I can't be coming down for a dripping tap.", None)
w1 = t("Twelve per cent of the rent, but I'll do ten for you straight away.")
w2 = c("Ten already? Makes me wonder what the twelve was for.", None)
e = t("Full management covers finding the tenant, collecting rent, repairs with our own contractors and two inspections a year. I'll email the terms and two recent Bath lets.")
f = c("Send it. I'm talking to two other agents as well.", "think_it_over")
g = t("Of course. Compare what's included, not just the percentage. I'm Sam, if you've questions.")
PAIRS.append(rpair("b147r_f03_bath_letting_fee_drop",
"Letting agent, Bath (phone): an absent landlord asks the management fee. Worse discounts before asking anything.",
[o, g1, g2, e, f, g], [o, w1, w2, e, f, g]))

# f04: worse gives an unasked lecture
o = c("I'm behind on me gas, about two hundred pound. Can I pay it off bit by bit?", None)
a = t("Yes, we can set up a plan. What could you manage each month on top of your usual?")
b = c("Twenty, maybe twenty-five. I'm paid monthly and money's tight with the baby.", None)
g1 = t("Twenty clears it in ten months. Shall we say twenty, so there's a bit of slack?")
g2 = c("Twenty, yeah. Ta.", None)
w1 = t("Twenty clears it in ten months. And honestly, if you turned the thermostat down and didn't heat empty rooms, you'd not fall behind like this.")
w2 = c("I've a baby, love. I'm not sitting her in the cold. Twenty.", None)
e = t("Twenty it is, from payday on the twenty-eighth. I'll email the plan, and if a month's hard, ring before it's missed and we'll adjust.")
f = c("Thanks. That's a weight off.", None)
PAIRS.append(rpair("b147r_f04_wolverhampton_energy_arrears_plan",
"Energy supplier, Wolverhampton customer (phone): a young mum asks for a payment plan. Worse adds an unasked lecture on heating.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))

# f05: worse gives a vague next step
o = c("Our kitchen's been leaking a week, I've rung twice already, and now the cupboard under the sink's soaked.", None)
a = t("Sorry you've had to ring again. Is it dripping from the tap, or underneath from the pipes?")
b = c("Underneath. There's a bowl under there filling up twice a day.", None)
c1 = t("That's pipework, so it's an urgent repair. Can you see a little valve on the pipe under the sink? Turning it off stops the drip between uses.")
d = c("I didn't know there was one. Oh aye, there it is.", None)
g1 = t("Keep that off for now. A plumber's booked for tomorrow between eight and one, and I'm texting you the job number now.")
g2 = c("Tomorrow morning's fine. Ta, pet.", None)
w1 = t("Keep that off for now. I'll pass it on and someone will be in touch to arrange it.")
w2 = c("When, though? Last time someone was meant to be in touch it took three weeks.", "bad_experience")
PAIRS.append(rpair("b147r_f05_hartlepool_council_leak",
"Council housing repairs, Hartlepool (phone): a tenant's third call about a leak. Worse ends on a vague next step.",
[o, a, b, c1, d, g1, g2], [o, a, b, c1, d, w1, w2]))

# f06: worse over-promises
o = c("Can you do an MOT Friday? It's a 2008 Micra and I need it for work Monday.", None)
a = t("Friday at nine is free. Any warning lights, or anything you've noticed?")
b = c("The ABS light came on last week, then went off again.", None)
g1 = t("Could be a sensor. If it comes on in the test, it's a fail. We can often fix that same day, but I can't promise till we've seen it.")
g2 = c("Fair enough. Better to know.", None)
w1 = t("Don't worry, it'll definitely pass. Those lights never come on in the test. You'll be right for Monday.")
w2 = c("Oh brilliant, that's a relief.", None)
e = t("Friday at nine, then. We'll ring you by twelve.")
f = c("Thanks.", None)
PAIRS.append(rpair("b147r_f06_doncaster_mot_abs_light",
"MOT garage, Doncaster (phone): a driver books an MOT with a warning light history. Worse promises a pass.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))

# f07: worse closes before checking the thing works
o = c("They put a smart meter in yesterday, but the little screen thing says no signal.", None)
a = t("Let's sort that. Is the display near the meter or in another room?")
b = c("In the kitchen. The meter's out in the garage.", None)
c1 = t("Take it next to the meter for a minute. The garage wall sometimes blocks it.")
d = c("Right... I'm in the garage... it's showing numbers now.", None)
g1 = t("Good. Now take it back to the kitchen and tell me if the numbers stay.")
g2 = c("Kitchen... yep, still there. Twenty-two pence so far today.", None)
w1 = t("Brilliant, sorted then. Thanks for calling, have a lovely day.")
w2 = c("Hang on, will it still work back in the kitchen, though?", None)
e = t("If it ever drops out in the kitchen, ring us and we'll send someone to fit a booster, free.")
PAIRS.append(rpair("b147r_f07_lincoln_energy_display_signal",
"Energy supplier, Lincoln customer (phone): a new in-home display shows no signal. Worse wraps up before checking it works where it lives.",
[o, a, b, c1, d, g1, g2, e], [o, a, b, c1, d, w1, w2, e]))

# f08: worse recommends before asking
o = c("I'm thinking about a personal trainer. What have you got?", None)
g1 = t("Happy to help. What are you hoping to get out of it?")
g2 = c("I'm getting married in June and I want to feel alright in the suit. Me back's bad, mind, and I work shifts.", None)
w1 = t("Our twelve-week Shred package is the one: three sessions a week, ninety-five a month. Everyone loves it.")
w2 = c("Three a week? I work shifts, I've a bad back and a wedding in June. That's not happening.", "no_time")
e = t("With a bad back I'd put you with Priya, she does rehab work. One session a week, fifty a month, plus a plan for home. Does that fit?")
f = c("One a week I can do. Fifty's a lot with a wedding to pay for, though.", "no_money")
g = t("Try a single session at twenty-five first, and decide after that.")
PAIRS.append(rpair("b147r_f08_harrogate_gym_personal_trainer",
"Gym, Harrogate (front desk): a groom-to-be asks about personal training. Worse recommends a package before asking anything.",
[o, g1, g2, e, f, g], [o, w1, w2, e, f, g]))

# f09: worse uses unexplained jargon
o = c("Hiya, you said my offer's been accepted. What happens now? I've never bought before.", None)
a = t("Congratulations! Next you'll need a solicitor, and your lender will want a survey.")
b = c("Right. Do I pick the solicitor?", None)
g1 = t("Yes, you choose. They check the legal side, who owns what, any planning problems. First-timers usually take eight to twelve weeks to moving day.")
g2 = c("Eight to twelve weeks. Okay, that's clearer.", None)
w1 = t("Yes. Once they're instructed it goes SSTC, they raise enquiries and do searches, then exchange and completion, chain permitting.")
w2 = c("Sorry, I didn't follow any of that.", None)
e = t("I'll email you a one-page list of each step and who does it, with our in-house solicitor's number if you want a quote.")
f = c("Ta. I'll probably use my cousin's solicitor though, she's cheaper.", "too_expensive")
PAIRS.append(rpair("b147r_f09_northampton_estate_offer_accepted",
"Estate agent, Northampton (phone): a first-time buyer asks what happens after an accepted offer. Worse answers in jargon.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))

# f10: worse talks about themselves
o = c("Hiya, I saw a poster for a beginners' running group. I've never run in me life. Is it for someone like me?", None)
a = t("It's exactly for that. What's got you thinking about running?")
b = c("Doctor says my blood pressure's up. And I'm fifty-eight, I'm worried I'll be last.", None)
g1 = t("Lots of the group are in their fifties and sixties, and the first weeks are mostly walking. Nobody's left behind: the leader runs at the back.")
g2 = c("Oh, that's good to know.", None)
w1 = t("Ha, I was the same! I did my first marathon at forty, Manchester, four hours ten. Now I do three halves a year, I love it.")
w2 = c("Right. Well, good for you. I'll not be doing marathons.", None)
e = t("It's Tuesdays at seven from the front door, free for the first four weeks. Shall I put your name down?")
f = c("I'll see if my husband'll come with me, then I'll ring you.", "think_it_over")
PAIRS.append(rpair("b147r_f10_chesterfield_leisure_running_group",
"Leisure centre, Chesterfield (counter): a nervous beginner asks about a running group. Worse talks about their own running.",
[o, a, b, g1, g2, e, f], [o, a, b, w1, w2, e, f]))
