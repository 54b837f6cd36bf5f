"""b117 ranked pairs f01-f10: same turns (same variables) except one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("Hi. We're a 30-person engineering consultancy. Backups go to a NAS in the server cupboard. The insurer's asking for offsite copies. What do you do?", None)
t1 = t("We back up servers and Microsoft 365 offsite. How much is on the NAS, roughly?")
c1 = c("About six terabytes, mostly CAD. Honestly I think the NAS is fine, it's the insurer being fussy.", "no_need")
tb = t("The NAS is a good local copy, quick to restore from. The insurer's point is a fire or break-in takes both. What's your upload speed?")
cb = c("Yeah, fair. Upload's 20 meg, that's my worry, I don't want to kill the line for a week.", None)
tw = t("I'd disagree. A NAS in the same cupboard isn't a real backup, and the insurer is right to push. What's your upload speed?")
cw = c("It's served us fine for eight years, but okay. Upload's 20 meg, that's my worry, I don't want to kill the line for a week.", "no_need")
t3 = t("Then we seed the first copy by courier: we send a drive, you copy overnight, we load it here. After that only changes go up, at night. 180 a month for six terabytes.")
c3 = c("Courier drive, clever. 180's within what I had in mind. The MD has to sign though, he's back Monday.", "think_it_over")
t4 = t("I'll send a one-page summary for him today and call you Monday afternoon.")
PAIRS.append(rpair("b117r_f01_nottingham_offsite_backup", "Engineering consultancy, Nottingham: offsite backup for the insurer.",
                   [o, t1, c1, tb, cb, t3, c3, t4], [o, t1, c1, tw, cw, t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Hey, I'm IT admin at a 45-person freight broker. Antivirus renewal's due and I want quotes. We have 52 devices.", None)
t1 = t("Thanks. 52 devices for 45 people, so some shared machines or servers?")
c1 = c("Yeah, four dispatch desktops shared across shifts, two servers, a few manager laptops.", None)
tb = t("Got it. Any Macs, or all Windows? Same price, different setup.")
cb = c("All Windows. Ditched the last Mac last year.", None)
tw = t("Okay. Just so you know, we audit counts at renewal, and if there are more than 52 we bill the difference. People often undercount. All Windows?")
cw = c("I counted them myself last week. It's 52. Bit odd to lead with that. All Windows.", None)
t3 = t("Thanks. For 52 Windows devices with managed detection and 24-hour response, it's 6.50 a device a month, about $340.")
c3 = c("Our current vendor is 4, basic antivirus. What do I get for the extra?", None)
t4 = t("Someone watching alerts and isolating a machine at 3am. I'll quote plain antivirus at 3.80 and the managed version, and you decide.")
PAIRS.append(rpair("b117r_f02_dallas_endpoint_renewal", "Freight broker IT admin, Dallas: antivirus renewal quotes.",
                   [o, t1, c1, tb, cb, t3, c3, t4], [o, t1, c1, tw, cw, t3, c3, t4]))

# f03 drops the price before asking anything
o = c("Namaste, we are jewellery export house, 120 employees. Looking for HR software, attendance and leave mainly. What is price?", None)
tb = t("Namaste. It depends on modules. Do you need payroll too, or only attendance and leave? And do staff punch on biometric?")
cb = c("Payroll our CA does, not needed. Biometric yes, two machines in workshop.", None)
tw = t("Namaste! Normally 90 per employee, but for you I can do 60 straight away. Do you need payroll too, or only attendance and leave? Biometric?")
cw = c("Discount already, before we talk? Makes me wonder what real price is. Payroll our CA does, not needed. Biometric yes, two machines in workshop.", None)
t2 = t("Then attendance and leave with biometric sync is enough. For 120 people that's 60 per employee a month, 7,200 total.")
c2 = c("Okay. Workshop karigars are on piece rate, will leave rules work for them?", None)
t3 = t("Yes, piece-rate staff get their own leave policy. Shall we do a demo with your workshop supervisor?")
c3 = c("Demo is fine, but festive season, orders are full. After Diwali.", "no_time")
t4 = t("After Diwali then. I'll call you on the 5th to fix a day.")
PAIRS.append(rpair("b117r_f03_jaipur_hr_attendance", "Jewellery exporter, Jaipur: attendance and leave software.",
                   [o, tb, cb, t2, c2, t3, c3, t4], [o, tw, cw, t2, c2, t3, c3, t4]))

# f04 an unasked lecture
o = c("Hi. Our office manager's email got hacked yesterday, it sent invoices with a different bank account to three clients. We're a small surveying firm.", None)
t1 = t("That's serious. Have you reset her password and told those clients not to pay the new account?")
c1 = c("Password's reset. Rung two clients, can't reach the third.", None)
tb = t("Keep trying the third, and email them from a different account too. Do you have multi-factor on your email?")
cb = c("No. We talked about it last year and never got round to it.", None)
tw = t("Keep trying the third. I have to say, this is what happens when passwords get reused; most breaches are people using their dog's name. Everyone needs a password manager and 16 characters minimum. Multi-factor on your email?")
cw = c("I don't need a lecture right now, mate. No, we talked about it last year and never got round to it.", None)
t3 = t("Then the fastest protection is multi-factor for all 12 of you, and checking her mailbox for forwarding rules the attacker set. I can do both remotely this afternoon, about two hours, 330 dollars.")
c3 = c("Do it today, please. Will everyone get kicked out?", None)
t4 = t("Each person signs in once more with their phone, that's all. I'll start at two and send you a list of what I changed.")
PAIRS.append(rpair("b117r_f04_darwin_email_compromise", "Surveying firm, Darwin: hacked mailbox sent fake invoices.",
                   [o, t1, c1, tb, cb, t3, c3, t4], [o, t1, c1, tw, cw, t3, c3, t4]))

# f05 a vague next step
o = c("Hello. I own a metal fabrication firm, 14 staff. Our accountant's retiring and I need someone for year-end, VAT and payroll.", None)
t1 = t("Thanks for getting in touch. When's your year end, and is there anything he did you'd keep, or wished he'd done?")
c1 = c("March, books in Xero, my wife does the entries. He was good on tax. I'd like someone to tell me quarterly how we're doing, not once a year.", None)
t3 = t("Doable: year-end, VAT, payroll and a quarterly review meeting. Around 450 a month for your size.")
c3 = c("More than him, he was 300. Mind, he didn't do quarterly anything.", "too_expensive")
tb = t("Fair comparison. A fixed quote by Wednesday with and without the quarterly review, then a call Thursday at four to go through it. Suit you?")
cb = c("Thursday at four's fine.", None)
tw = t("Fair comparison. We'll look at it and get something over to you in due course, and take it from there.")
cw = c("Right. When's in due course? I need someone before March.", None)
PAIRS.append(rpair("b117r_f05_sheffield_fabricator_accounts", "Fabrication firm owner, Sheffield: replacing a retiring accountant.",
                   [o, t1, c1, t3, c3, tb, cb], [o, t1, c1, t3, c3, tw, cw]))

# f06 over-promises
o = c("Hi, I'm ops manager at a 60-person architecture firm. We want our file server in the cloud. CAD files are big and people are nervous.", None)
t1 = t("Nervous about what mostly: files opening slowly, or losing work during the move?")
c1 = c("Both. Revit files over a gig. And three deadlines in March.", None)
tb = t("Then I'd move in stages, archived jobs first, live projects after March. Big Revit files may still need a local cache; we'd test that first.")
cb = c("Staged sounds sensible. What does it cost?", None)
tw = t("No problem at all. We'll move everything over one weekend, zero downtime guaranteed, and Revit will open as fast as it does now.")
cw = c("That sounds too good. Our last IT firm promised a weekend and it took three weeks. What does it cost?", "bad_experience")
t3 = t("Migration is a fixed 6,500, then storage about 900 a month.")
c3 = c("That's a chunk. I'll take it to the partners.", "think_it_over")
t4 = t("I'll write it up for them, with the plan and the March dates, by Friday.")
PAIRS.append(rpair("b117r_f06_portland_cad_cloud_move", "Architecture firm, Portland: file server to cloud.",
                   [o, t1, c1, tb, cb, t3, c3, t4], [o, t1, c1, tw, cw, t3, c3, t4]))

# f07 closes before checking it works
o = c("Hello, we are pharma distributor in Bhopal, 85 staff, 30 field sales. Need payroll with field staff attendance from mobile.", None)
t1 = t("Hello. How do field staff mark attendance today?")
c1 = c("WhatsApp location in the morning. HR compiles in Excel. Very messy.", None)
t2 = t("Our app marks attendance with GPS and selfie and it flows into payroll. For 85 staff, 9,000 a month.")
c2 = c("Price is okay. But office staff punch on a Realtime biometric machine. That must also come.", None)
tb = t("Let me check that before anything else. Send me the model number; I'll test the sync with our team and confirm in writing tomorrow.")
cb = c("Model is T502. I will send photo.", None)
tw = t("Should be fine, we integrate with most machines. Shall I send the agreement so we start onboarding on the 1st?")
cw = c("Should be? Last software also said should be, then biometric never synced. Model is T502, please check first.", "bad_experience")
t4 = t("Understood. Once it's confirmed, we'll run a one-month pilot with office and field staff before full payroll.")
PAIRS.append(rpair("b117r_f07_bhopal_field_payroll", "Pharma distributor, Bhopal: payroll with field attendance.",
                   [o, t1, c1, t2, c2, tb, cb, t4], [o, t1, c1, t2, c2, tw, cw, t4]))

# f08 recommends before asking
o = c("Hi, I run a 12-person biotech software company. We need our first head of engineering and I've never hired at that level.", None)
tb = t("Thanks. What would this person need to do in year one that isn't happening now?")
cb = c("Honestly, I'm the bottleneck. I review all the code and manage eight devs. I need someone to take the team and the hiring.", None)
tw = t("What you want is a VP from a big pharma software team, someone who's scaled to 50-plus. We've a couple in mind already.")
cw = c("Hang on, we're 12 people, I don't need someone who's run fifty. I'm the bottleneck: I review all the code and manage eight devs. I need someone to take the team and the hiring.", "no_need")
t2 = t("So someone to lead and hire, who you can trust with the code. Hands-on, or fully managing?")
c2 = c("Still hands-on, 50-50. Budget is 110 to 130k.", None)
t3 = t("Realistic in Cambridge for a hands-on lead. Our fee is 22% retained, a third upfront.")
c3 = c("22 percent is a lot. Contingency agencies quote 18 and nothing upfront.", "too_expensive")
t4 = t("They do. Retained gets you a properly tested shortlist. I'll send two anonymised profiles we've placed at this level, so you can judge.")
PAIRS.append(rpair("b117r_f08_cambridge_head_of_engineering", "Biotech software founder, Cambridge: first head of engineering.",
                   [o, tb, cb, t2, c2, t3, c3, t4], [o, tw, cw, t2, c2, t3, c3, t4]))

# f09 unexplained jargon
o = c("Hi, I'm practice manager at a medical centre. Internet keeps dropping in telehealth calls and patients are complaining.", None)
t1 = t("Frustrating mid-consult. Whole building, or certain rooms? And are those rooms on Wi-Fi or cables?")
c1 = c("Mostly the back consult rooms, front desk seems okay. Wi-Fi, I think. There's one box on the ceiling near reception.", None)
tb = t("Then that one Wi-Fi box probably can't reach the back rooms well. I'd add two more down the corridor, and a cable to each doctor's computer where we can. About 2,800 installed.")
cb = c("Oh, that makes sense. How long would it take?", None)
tw = t("Right, a single AP with poor RSSI at the edge, likely co-channel interference. I'd deploy two more APs with wired backhaul and run Cat6 drops with PoE where feasible. About 2,800.")
cw = c("Sorry, I didn't follow most of that. How long would it take?", None)
t4 = t("About a day. I'd check the back rooms on a Saturday first, so the quote is firm and clinics aren't disrupted.")
c4 = c("Saturday's good. The owner doctors will have to approve the spend.", "think_it_over")
PAIRS.append(rpair("b117r_f09_townsville_clinic_wifi", "Medical centre, Townsville: Wi-Fi drops in telehealth.",
                   [o, t1, c1, tb, cb, t4, c4], [o, t1, c1, tw, cw, t4, c4]))

# f10 talks about themselves
o = c("Hi, I'm office manager at a 25-person engineering firm. Projects live on a whiteboard and in email. The principals want something better.", None)
t1 = t("What's going wrong with the whiteboard: missed deadlines, not knowing who's on what?")
c1 = c("Not knowing who's overloaded. Two engineers drowning, others waiting for work.", None)
tb = t("So workload across people is the main thing. Do you track hours anywhere, for billing?")
cb = c("Yes, a separate timesheet app. That's not going anywhere, accounting loves it.", None)
tw = t("Ha, that was my last job exactly, I was the one drowning, it's why I got into software sales. I built a whole spreadsheet system back then. Anyway, do you track hours?")
cw = c("Uh, okay. Yes, a separate timesheet app. That's not going anywhere, accounting loves it.", None)
t3 = t("Then we'd pull hours from that app, not replace it, and show workload per engineer. 12 dollars a user, 300 a month.")
c3 = c("The principals won't love 300 a month for a whiteboard replacement.", "too_expensive")
t4 = t("Fair. Start with the eight project leads, under 100 a month, and see if it shows who's drowning.")
PAIRS.append(rpair("b117r_f10_philadelphia_project_tool", "Engineering firm, Philadelphia: project and workload tool.",
                   [o, t1, c1, tb, cb, t3, c3, t4], [o, t1, c1, tw, cw, t3, c3, t4]))
