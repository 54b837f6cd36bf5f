"""blind159 ranked pairs f01-f10: shared turns, one fault in worse (and the customer's reaction)."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

# f01 fault: doubts the customer's honesty
o = c("Hi, boiler's packed in again at Flat 3, 22 Cedar Road. No hot water since last night. I've got a newborn.", None)
a = t("Sorry, with a newborn that's urgent. Is the boiler showing any lights or a code?")
b = c("Red light and E119. I've tried the reset twice, like the manual says.", None)
z = t("Engineer's booked for 10 to 12 today; he'll text when he's on his way. I'll ring you at 1 to check it's fixed.")
w = c("OK. Thank you.", None)
P(rpair("b159r_f01_enfield_letting_boiler_newborn",
 "Tenant with a three-week-old baby reports a failed boiler to the managing agent.",
 [o, a, b, t("Thanks. E119 is low pressure, and after two resets it needs an engineer. I'm booking our emergency one now."),
  c("Thank God.", None), z, w],
 [o, a, b, t("Are you sure you've done the reset properly? We get a lot of tenants who haven't really tried."),
  c("Yes, I'm sure. Twice. I've got a three-week-old here, I'm not making it up.", None), z, w]))

# f02 fault: unexplained jargon
o = c("Hi, the GP here says I should see a dermatologist about a mole. What happens now, and what does it cost?", None)
a = t("Sure. Are you paying yourself, or have you got health insurance?")
b = c("Insurance through work, Bupa I think. Never used it. Half tempted to just wait for the NHS, to be honest.", "no_need")
z = t("Dr Osei has Thursday at 4; I'll hold it till Wednesday while you sort it with Bupa.")
w = c("OK. Thursday at 4 could work, if Bupa play ball.", None)
P(rpair("b159r_f02_chiswick_private_gp_referral",
 "Patient of a private GP needs a dermatology referral and has never used his work insurance.",
 [o, a, b, t("With a mole, sooner is better, and Bupa may cover all of it. Ring them for a pre-authorisation number, their reference saying they'll pay, and give it to us."),
  c("Right, makes sense. I'll ring them at lunch.", None), z, w],
 [o, a, b, t("With a mole, sooner is better. You'll need pre-auth and an open referral, and check your excess and whether outpatients are capped."),
  c("Sorry, you've lost me. Pre-what?", None), z, w]))

# f03 fault: drops the price before asking anything
o = c("Hi, we're looking at a weekly breakfast for the team, Fridays. Could you quote?", None)
z = t("For 30 at 8.30, a mix: pastries, plus yogurt pots and fruit for the health kick. About 6.50 a head, 195 a week.")
w = c("195 a week is more than we've budgeted. Could we start fortnightly?", "no_money")
v = t("Course. Fortnightly Fridays from the 14th, cancel any time. I'll email the menu now.")
P(rpair("b159r_f03_shoreditch_catering_breakfast",
 "Office manager asks an office caterer to quote a weekly team breakfast.",
 [o, t("Happy to. How many people, and what time do they get in?"),
  c("About 30, in by 8.30. Half of them are on some health kick.", None), z, w, v],
 [o, t("Happy to, and I can take 15 percent off straight away. How many people, and what time do they get in?"),
  c("Discount before I've said what we want? Makes me wonder what the real price is. Anyway, about 30, in by 8.30. Half are on some health kick.", None), z, w, v]))

# f04 fault: over-promises
o = c("Hi, we're on your waiting list for the baby room. Any idea if Leo'll get a place for September? I need to tell work.", None)
a = t("Let me check. He's third on the list for three days a week. Are your days fixed, or could you be flexible?")
b = c("Fairly flexible. Mon to Wed ideally, but my husband can do Fridays.", None)
z = t("I'll add Wed to Fri as a second choice on his file and email you by 30 April.")
w = c("Perfect, thank you.", None)
P(rpair("b159r_f04_sevenoaks_nursery_waiting_list",
 "Parent on a nursery waiting list needs to tell her employer when she can return.",
 [o, a, b, t("I can't promise September yet; the two families ahead may take the places. Wed to Fri would give you a better chance. I'll know by 30 April."),
  c("OK, at least that's honest. I'll tell work it's likely, not certain.", None), z, w],
 [o, a, b, t("Don't worry, you'll definitely have a place for September, I'll make sure of it."),
  c("Brilliant! I'll tell work it's sorted then.", None), z, w]))

# f05 fault: talks about themselves instead of the customer
o = c("Hi, I'm getting married in June and want to feel good in the dress. Never really done a gym. Where do I even start?", None)
a = t("Congratulations! How many days a week could you realistically come, with work and wedding planning?")
b = c("Two, maybe three. I'm in the office in Holborn and home late.", None)
z = t("Our 8-class pack is 120, used over a month. Try one class free first, if you like.")
w = c("120 a month on top of the wedding... let me talk to my fiance first.", "think_it_over")
v = t("Of course. I'll book your free class Thursday at 1 and you decide after.")
P(rpair("b159r_f05_holborn_gym_wedding",
 "Bride-to-be with a busy office job asks a boutique gym how to start.",
 [o, a, b, t("Then two sessions you'll keep beat five you won't. Lunchtime classes near Holborn, 45 minutes. Would that fit?"),
  c("Lunchtimes could work. What does it cost?", None), z, w, v],
 [o, a, b, t("Honestly, I got married last year and trained six days a week, lost a stone, loads of HIIT. My coach was brilliant, I'll tell you my whole plan."),
  c("Right... good for you. I can't do six days though. What does it cost?", None), z, w, v]))

# f06 fault: a vague next step
o = c("Transfer of 8,000 to our new supplier has been on hold since yesterday. Why, and when does it go?", None)
a = t("Sorry for the wait. It's a first payment over 5,000 to a new payee, so it's held for a check. Did the supplier's bank details come from an invoice or an email?")
b = c("Email from their accounts team. Said their bank details changed last week.", None)
d = t("That's the classic pattern of invoice fraud, so it's good it was held. Please ring the supplier on a number you already had, not one from that email, and confirm the details.")
e = c("Fair. Our finance lead's off today though, I'm covering. I've a call in five minutes.", None)
P(rpair("b159r_f06_fintech_held_supplier_payment",
 "Operations manager chases a held supplier payment on a business banking app.",
 [o, a, b, d, e, t("Then you can do it: ring them, reply here with who confirmed, and I'll release it within an hour of your reply. I'm on till 6."),
  c("Clear. I'll call them now.", None)],
 [o, a, b, d, e, t("OK. Once it's been looked into, we'll let you know."),
  c("Looked into by whom? When? I need to tell them when it lands.", None)]))

# f07 fault: an unasked lecture
o = c("Hiya, can we add milk to our office coffee order, 12 litres a week, semi-skimmed, from Monday?", None)
a = t("Sure. Is that to the Canary Wharf address, with the beans on Mondays?")
b = c("That's the one. Same day's easiest.", None)
z = t("No problem. Anything else for Monday's delivery?")
w = c("Actually, can we skip the Monday after? Bank holiday, nobody's in.", None)
v = t("Sure, I'll skip the 26th and restart on 2 June.")
P(rpair("b159r_f07_canary_wharf_office_milk",
 "Office manager adds milk to an existing coffee supply order.",
 [o, a, b, t("Done: 12 litres semi-skimmed with the beans from Monday. It's 1.20 a litre, so 14.40 a week."),
  c("Lovely, thanks.", None), z, w, v],
 [o, a, b, t("Done. Honestly though, you should think about oat, dairy's carbon footprint is massive and offices are going plant-based. Semi-skimmed's 14.40 a week."),
  c("Didn't ask for a lecture, mate. Just the milk.", "no_need"), z, w, v]))

# f08 fault: closes before checking it works
o = c("Morning. Looking at your expense cards for our sales team, 15 people. Main thing: it must talk to our accounts software.", None)
a = t("Morning. Which software, and is it the cloud version or installed on a PC?")
b = c("Sage 50, installed. Finance won't move off it, don't ask.", None)
z = t("I'll email you the details now, with my direct line.")
w = c("Cheers. To be fair, we're talking to two other providers as well.", "think_it_over")
P(rpair("b159r_f08_fintech_expense_cards_sage",
 "Sales director of a Watford firm wants expense cards that work with his finance team's desktop software.",
 [o, a, b, t("Then to be straight: we sync with Sage cloud, not Sage 50. You'd get a monthly CSV your finance team imports. Can I send a sample file for them to test first?"),
  c("Yes, do that. If they can import it, we're interested.", None), z, w],
 [o, a, b, t("Great, we integrate with Sage. Shall I set up the 15 cards today so the team can get going?"),
  c("Go on then, set them up.", None), z, w]))

# f09 fault: argues with the customer
o = c("Hi, I booked the 7pm ride last night and got turned away because the class was full. I'd booked it on the app three days ago.", None)
a = t("I'm sorry, that's really annoying after booking ahead. Can I take your name so I can check?")
b = c("Jess Okafor. And the app says 'attended', which is a joke.", None)
z = t("I'll put the class credit back on your account and add a free guest pass, and I'll tell the desk booked riders come first.")
w = c("Fine. Though it's the second time this month, so I'm not sure I'll bother rebooking.", "bad_experience")
P(rpair("b159r_f09_battersea_spin_class_turned_away",
 "Spin studio member turned away from a class she had booked.",
 [o, a, b, t("I can see it. Your booking was there, and the desk let walk-ins take the bikes. That's our mistake."),
  c("OK. Thanks for saying that.", None), z, w],
 [o, a, b, t("The app doesn't mark 'attended' unless you check in, so you must have checked in."),
  c("I didn't, that's the point. I'm not going to argue about it.", None), z, w]))

# f10 fault: recommends before asking
o = c("Hi, I want to book something for my lower back. It's been bad since I moved house.", None)
z = t("From what you've said, a physio assessment first is the safest start: 80, and we'll say if massage would help after. Saturday at 10?")
w = c("Saturday's out, we're still unpacking. Monday evening?", "no_time")
v = t("Monday 6.15 with Priya. I'll text you a reminder.")
P(rpair("b159r_f10_brentwood_physio_back_pain",
 "New arrival in Brentwood rings a physio clinic with back pain after moving house.",
 [o, t("Sorry to hear it. When did you move, and is it just your back or going down a leg?"),
  c("Three weeks ago. Just the back, worse in the mornings.", None), z, w, v],
 [o, t("Sounds like you need our sports massage, 60 minutes, 70. Shall I book it?"),
  c("Er, is massage right for that? It's three weeks since the move, just the back, worse in the mornings.", None), z, w, v]))
