"""b167 ranked pairs f01-f10: the sides share every turn but one fault in `worse` and the reaction to it."""
from common import c, rpair, t

N, BO, NN, NM = None, "brush_off", "no_need", "no_money"
TE, NT, BE, TH = "too_expensive", "no_time", "bad_experience", "think_it_over"
PAIRS = []

# f01 argues with the customer
o = c("Before we expand to the sales team, you should know the engineering rollout was rough. Three months instead of one.", BE)
t1 = t("Thanks for telling me. What made it drag?")
c1 = c("Mostly the Jira integration. Nobody on your side knew our setup, and tickets bounced around.", N)
t3 = t("Let me write a four-week plan with one named engineer and weekly check-ins, and you judge it on paper first.")
c3 = c("Okay, send it over.", N)
PAIRS.append(rpair("b167r_f01_austin_rollout_argue", "Work management SaaS, Austin: expansion after a slow rollout. Fault: argues.", [o, t1, c1,
t("That's on us, I'm sorry. Sales has no Jira, just Salesforce, and I'd assign one named engineer from day one. Would that address it?"),
c("It would help. I still have to show my boss a realistic timeline.", TH),
t3, c3], [o, t1, c1,
t("To be fair, three months is normal for a team your size, and a lot of the delay was waiting on your admins."),
c("That's not how I remember it. Honestly, after that rollout I'm not sure we want round two.", BE),
t3, c3]))

# f02 doubts the customer's honesty
o = c("We were billed for 30 seats in March but we only had 18 people. Can we get a credit for the other 12?", N)
t1 = t("Let's sort it out. Were the extra 12 ever assigned to anyone, or just bought?")
c1 = c("Bought when we planned to hire, then hiring froze. Nobody ever logged in with them.", N)
t3 = t("The logs show zero logins on those 12, so the credit goes on your next invoice, and you're on 18 seats from today.")
c3 = c("Okay. Thanks.", N)
PAIRS.append(rpair("b167r_f02_seattle_seat_credit", "Design SaaS billing, Seattle: credit for unused seats. Fault: doubts honesty.", [o, t1, c1,
t("I can see it: 12 seats, zero logins since March. Let me confirm and put it right."),
c("Great. Can we drop to 18 going forward too?", N),
t3, c3], [o, t1, c1,
t("Are you sure nobody used them? We get a lot of customers sharing logins and then asking for credits."),
c("Yes, I'm sure. Check your own logs. I don't love being called a liar.", N),
t3, c3]))

# f03 drops the price before asking anything
o = c("Hi, I'm looking at applicant tracking for our clinic group in Denver. We hire a lot of nurses. What do you cost?", N)
t2 = t("Tell me, what slows nurse hiring down most right now?")
c2 = c("Licence checks. We verify every nurse's licence by hand on the state website.", N)
t3 = t("We check Colorado nursing licences automatically when someone applies. I'd suggest a 30-day trial at your busiest clinic.")
c3 = c("Sounds useful, but I'll check with our HR director first.", TH)
PAIRS.append(rpair("b167r_f03_denver_ats_discount", "Recruiting software, Denver: clinic group asks for price. Fault: discount before any question.", [o,
t("Mostly it depends on open roles at once. Roughly how many, and how many people do the hiring?"),
c("About 20 openings at a time, three hiring managers.", N),
t2, c2, t3, c3], [o,
t("For you I can do 30% off list right away, so $420 a month instead of $600."),
c("Oh. Okay, I guess. You don't know anything about us yet, though.", N),
t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("hey one of our designers lost her phone and cant log in. mfa. can you reset it", N)
t1 = t("Sure. Can you confirm you're an admin on the account, and her email?")
c1 = c("yes im admin. its jess at our domain", N)
t3 = t("If she has trouble, ping me here and I'll stay on it until she's in.")
c3 = c("will do", N)
PAIRS.append(rpair("b167r_f04_sf_mfa_reset", "Design tool support chat, San Francisco: MFA reset. Fault: unasked lecture.", [o, t1, c1,
t("Thanks. I've sent jess a reset link, valid for an hour. She sets up MFA on her new phone when she logs in."),
c("perfect thanks", N),
t3, c3], [o, t1, c1,
t("Sent a reset link. Honestly though, everyone should be on hardware keys. Phone MFA is bad practice, and companies your size get breached all the time because of it."),
c("ok... i just needed the reset. not really the moment for this", NT),
t3, c3]))

# f05 vague next step
o = c("We finished the two-week trial. My team liked it. I need to make the case to our CFO before quarter end.", N)
t1 = t("Good to hear. What did the team find most useful, in their words?")
c1 = c("It found three public S3 buckets we didn't know about. That got attention.", N)
t2 = t("That's a strong story for a CFO. What does she usually want to see?")
c2 = c("A number. Cost versus what a breach would cost. And she'll push on price, she always does.", N)
PAIRS.append(rpair("b167r_f05_austin_cspm_next_step", "Cloud security tool, Austin: trial done, CFO case needed. Fault: vague next step.", [o, t1, c1, t2, c2,
t("I'll send a one-page case by Wednesday, with the three buckets, our price and a breach-cost estimate, and hold 30 minutes Thursday for her questions."),
c("That works. Thursday at 10.", N)], [o, t1, c1, t2, c2,
t("Great. We'll put something together and let you know."),
c("Okay... when? The quarter ends in three weeks and I can't chase this.", NT)]))

# f06 over-promises
o = c("Does your HR system integrate with our payroll provider? It's a small regional one, Cascade Pay.", N)
t1 = t("What needs to flow between them, new hires, salary changes, time off?")
c1 = c("New hires and salary changes. Our HR person types everything twice right now.", N)
t3 = t("I'll confirm the details with Cascade Pay and send you what the setup looks like, in writing.")
c3 = c("Okay. If it works, it goes to our CFO next month.", TH)
PAIRS.append(rpair("b167r_f06_seattle_payroll_integration", "HR software, Seattle: integration with a regional payroll firm. Fault: over-promises.", [o, t1, c1,
t("We don't have a ready-made Cascade Pay connector. We can export a file they may import, but I need to ask them. Can I contact their team this week?"),
c("Yes, please. Double typing is the whole reason I'm looking.", N),
t3, c3], [o, t1, c1,
t("Absolutely, we integrate with everything. It'll be live in a day, zero typing."),
c("Great, that's exactly what I need. So I can tell HR it's done?", N),
t3, c3]))

# f07 closes before checking the thing works
o = c("The new VoIP phones you put in yesterday, most seem to work. Can we sign off and move on?", N)
t1 = t("Glad most work. Which ones don't, or is it just a feeling?")
c1 = c("Reception said a transferred call dropped once. Probably nothing.", N)
t3 = t("Any trouble with transfers, call me directly and I'll come in the same day.")
c3 = c("Fine. Thanks.", N)
PAIRS.append(rpair("b167r_f07_denver_voip_signoff", "Office IT provider, Denver: VoIP install sign-off. Fault: closes before checking.", [o, t1, c1,
t("Before sign-off, let me test transfers from reception myself. A dropped transfer is often one setting. Ten minutes."),
c("Sure, she's at the desk now.", N),
t3, c3], [o, t1, c1,
t("Probably nothing. I'll send the sign-off form now and you can sign it today."),
c("Okay. But if it happens with a client, I'm calling you.", N),
t3, c3]))

# f08 recommends before asking
o = c("Hi, I own two taco places in Austin. My accountant says I need real payroll software. Where do I start?", N)
t2 = t("Tips are the key, then. Our restaurant payroll logs cash tips per shift and handles the tip credit. For about 26 people it's around $190 a month.")
c2 = c("That's more than the accountant charges me for payroll now, though.", TE)
t3 = t("Fair. Ask her what payroll costs you today and compare. I'll send a one-page breakdown she can check.")
c3 = c("Okay, send it, I'll ask her.", TH)
PAIRS.append(rpair("b167r_f08_austin_taco_payroll", "Payroll software, Austin: restaurant owner. Fault: recommends before asking.", [o,
t("Happy to help. How do you pay people now, and do your staff get tips?"),
c("Checks my accountant writes, for 26 people. And lots of cash tips, that's the messy part.", N),
t2, c2, t3, c3], [o,
t("Start with our Complete plan: payroll, HR, benefits, performance reviews, everything you'd ever need."),
c("Performance reviews? I have 26 cooks and servers. I just want them paid right, and the cash tips are the messy part.", NN),
t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("I run a dental office. Our IT guy retired and I'm worried about ransomware. I'm not technical at all.", N)
t1 = t("That's a sensible worry. What do you use for patient records, and where does it live?")
c1 = c("Dentrix, on a computer in the back room. Plus the front-desk PCs.", N)
t3 = t("For your office, about $180 a month, including someone to call when something looks wrong.")
c3 = c("Hmm. That's a lot for a small practice. Let me think about it.", TE)
PAIRS.append(rpair("b167r_f09_seattle_dental_backup", "Managed security for a dental office, Seattle. Fault: unexplained jargon.", [o, t1, c1,
t("Then step one is a copy of that back-room computer kept outside the office, so if ransomware locks it, you get everything back. Does that make sense?"),
c("Yes, that I understand. What does it cost?", N),
t3, c3], [o, t1, c1,
t("Then we'd deploy EDR on the endpoints, set up immutable 3-2-1 backups, and harden AD with tiered admin. Sound good?"),
c("I... don't know what most of that means. What does it cost?", N),
t3, c3]))

# f10 talks about themselves
o = c("I'm the only in-house lawyer at a 150-person startup. I'm drowning in NDAs and vendor contracts.", N)
t1 = t("That's a lot for one person. Which kind takes most of your time?")
c1 = c("NDAs, by volume. Sales sends me five a day, all basically the same.", N)
t3 = t("Sales fills in a form, gets your approved NDA, and only ones with edits reach you. Try it with two reps for a month?")
c3 = c("Maybe. I don't have bandwidth to set anything up until after our board meeting.", NT)
PAIRS.append(rpair("b167r_f10_denver_legal_nda", "Contract software, Denver: solo in-house lawyer. Fault: talks about themselves.", [o, t1, c1,
t("So the same NDA five times a day. Sales could generate your approved NDA themselves and only send you the edited ones. Would that take enough off?"),
c("That would give me half my week back, honestly.", N),
t3, c3], [o, t1, c1,
t("Ha, I get it. Before sales I was a paralegal for six years, basically lived on NDAs. It's why I joined this company, I love our story."),
c("Okay. Great. So how does it help with my NDAs?", N),
t3, c3]))
