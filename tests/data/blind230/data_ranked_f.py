"""Ranked pairs f01-f10 of blind230, written by hand: both sides share every turn (same variables) except one
fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01: worse argues with the customer about how long the outage lasted
F01_C0 = c("Hi, it's Angela Brooks at Queen City Physical Therapy. Your scheduling software was down Tuesday for like four hours. I'm calling about the credit your contract talks about.", None)
F01_T1 = t("Hi Angela, sorry about Tuesday. Let me pull up the incident. What did your front desk see?")
F01_C2 = c("From about nine to one they couldn't book or check anybody in. We were writing appointments on paper.", None)
F01_T3_GOOD = t("So nine to one, four hours, with the front desk on paper. Our record shows the core service came back at eleven, but it's quite possible your site took longer to reconnect, so I'll go with what you saw and put the claim in for four hours.")
F01_C4_GOOD = c("Thank you. I was expecting an argument, honestly.", None)
F01_T3_BAD = t("Our monitoring shows it was back up at eleven, so it was two hours, not four. The credit is calculated on two.")
F01_C4_BAD = c("I'm telling you we were on paper till one, I've got the sheets. If this is how you handle it, we'll be looking at other scheduling software at renewal.", "think_it_over")
F01_T5 = t("The credit will show on next month's invoice, and I'll email you a confirmation today with the incident number.")
F01_C6 = c("Okay. And can someone call us next time it goes down, instead of us finding out from patients?", None)
F01_T7 = t("Yes. I'm adding your cell and the front desk to our outage text alerts now.")

# f02: worse doubts the customer's word that she didn't click the phishing link
F02_C0 = c("Hi, it's Priya Shah in payroll at Soar Valley Foods. I've had an email from IT security saying my account was used to send spam overnight and it's been blocked. I genuinely don't know how.", None)
F02_T1 = t("Hi Priya, thanks for ringing straight away. I'll get you back in safely. Have you had any odd emails in the last few days, anything asking you to log in?")
F02_C2 = c("There was one yesterday about a parcel, but I didn't click it, I deleted it. I know about those.", None)
F02_T3_GOOD = t("Good, then there's probably another way in. I can see a sign-in yesterday evening from a phone abroad, using your password. Have you used the same password anywhere else, a shopping site maybe?")
F02_C4_GOOD = c("Oh no. Possibly. I might've used it for a clothes site, ages ago.", None)
F02_T3_BAD = t("Hmm. People often say that, but a link's usually how it happens. Are you sure you didn't click it, maybe on your phone without thinking?")
F02_C4_BAD = c("I said I didn't click it. I'm not lying to you. I might've used the same password on a clothes site ages ago, if that's what you're after.", None)
F02_T5 = t("That could well be it: if that site was breached, someone could try your password here. I'll reset it now and set up the authenticator app on your phone, so a password alone can't get in again. Have you got five minutes?")
F02_C6 = c("Five minutes, yes, but payroll has to go by three, so I can't be long.", None)
F02_T7 = t("We'll be done well before then. Open the app store on your phone and search for the authenticator app, I'll wait.")

# f03: worse drops the price before asking anything
F03_C0 = c("Hello, I'm Faizan Ahmed, admin at Avadh Coaching Centre, Lucknow. Our antivirus licences for 40 computers expire next month. I wanted to know about renewal.", None)
F03_T1_GOOD = t("Hello Faizan, happy to help. Are all forty computers still in use, and has anything changed, like a new lab or laptops for teachers?")
F03_C2_GOOD = c("We added a new lab with 15 computers, but those came with their own antivirus trial, which is ending also.", None)
F03_T1_BAD = t("Hello Faizan. I can give you fifteen percent off the renewal right now if you confirm today.")
F03_C2_BAD = c("Discount is nice, but I haven't even told you what we have. We added a new lab with 15 computers, and their own antivirus trial is ending also.", None)
F03_T3 = t("So forty existing plus fifteen in the new lab, fifty-five in all, with two separate expiries coming. It's simpler to put all fifty-five on one licence with one expiry date. For fifty-five it comes to about 52,000 rupees a year.")
F03_C4 = c("52,000 is more than our budget. Last year we paid 38 for forty.", "no_money")
F03_T5 = t("The difference is the fifteen extra machines; per computer it's the same as last year. If you have your institute's education registration certificate, there's an education rate that helps. Can you send it?")
F03_C6 = c("Yes, I will send it tomorrow. Then send me the revised quote and I'll show the director.", "think_it_over")
F03_T7 = t("I'll send the revised quote as soon as I have the certificate.")

# f04: worse gives an unasked lecture on password hygiene to a customer in a hurry
F04_C0 = c("Hey, this is Tony at Capitol Valley Plumbing. I'm locked out of the dispatch software, forgot my password over the weekend. Can you reset it? Got a crew waiting on jobs.", None)
F04_T1 = t("Hey Tony, sure. Can you confirm the last four digits of the phone number on your account, so I know it's you?")
F04_C2 = c("4471.", None)
F04_T3_GOOD = t("Thanks, that matches. I've sent a reset link to that number. It'll ask you to choose a new password, and then you're in.")
F04_C4_GOOD = c("Got it. Okay, setting it now.", None)
F04_T3_BAD = t("Thanks, that matches. Before I send the link, a quick word on passwords: you really should use a passphrase of sixteen characters or more, never reuse it, and keep it in a password manager. Most breaches start with weak passwords, and trades businesses are a big target. Okay, I've sent a reset link.")
F04_C4_BAD = c("Yeah, yeah. I got a crew standing around here, man, I don't have time for a class. Got the link.", "no_time")
F04_T5 = t("Once you've set it, log into dispatch and tell me if the jobs board loads.")
F04_C6 = c("It's in. Jobs are showing.", None)
F04_T7 = t("Great. If it locks you out again, text RESET to the support number and it'll send you a link straight away.")

# f05: worse ends with a vague next step ("they'll be in touch")
F05_C0 = c("Hello, it's Martin Doyle, IT manager at Tamar Care Homes. The Wi-Fi at our Saltash home has been dropping every afternoon for a week. Carers can't update the care records on their tablets. Your first-line team has had the ticket for five days.", None)
F05_T1 = t("Hello Martin, five days with carers unable to update records isn't good enough. I've got the ticket here. Does it drop at the same time each afternoon?")
F05_C2 = c("Between two and four, nearly every day. Mornings are fine.", None)
F05_T3 = t("Two to four fits the logs: the main access point reboots itself around then, which looks like overheating. It's in the loft over the laundry, isn't it?")
F05_C4 = c("That's right. It's roasting up there in the afternoons when the dryers are going.", None)
F05_T5_GOOD = t("Then I'll book an engineer for Thursday morning to move it out of the loft, and I'll ring you Thursday at one to check the afternoon holds up. Meanwhile I'll set the tablets to save notes offline until they reconnect.")
F05_C6_GOOD = c("Thursday's good. Thank you, that's the first real answer I've had.", None)
F05_T5_BAD = t("Then I'll pass this to our field team and they'll be in touch to arrange a visit. We'll let you know.")
F05_C6_BAD = c("When? 'We'll be in touch' is what I was told five days ago. Honestly, the last provider we had did exactly this and it's why we left them.", "bad_experience")
F05_T7 = t("I'll also email you the ticket update tonight, so you have it in writing.")

# f06: worse over-promises (all five years, one weekend, guaranteed zero errors)
F06_C0 = c("Hello, this is Rajesh Jain, finance head at Malwa Agro Foods, Indore. We are planning to move from our desktop accounting software to your cloud ERP. Our auditors come in the first week of May. Can we be migrated and running before that?", None)
F06_T1 = t("Hello Rajesh ji. Let's see. How many years of data would you want to bring across, and how many companies are in the books?")
F06_C2 = c("Three companies. Five years of data. Auditors will mostly look at the last financial year.", None)
F06_T3_GOOD = t("Then realistically: masters and last financial year first, in about two weeks, checked against your trial balance, and the older four years after the audit. I can't promise all five years before May without risking errors, and errors in front of auditors are worse than a delay.")
F06_C4_GOOD = c("That is honest. Last vendor promised everything in one week and we spent two months fixing entries.", "bad_experience")
F06_T3_BAD = t("No problem at all. We can move all five years for all three companies in one weekend, guaranteed zero errors, and you'll be fully running well before May.")
F06_C4_BAD = c("One weekend, all five years? Last vendor also promised everything in one week and we spent two months fixing entries. I don't believe it.", "bad_experience")
F06_T5 = t("I'd like our consultant to look at a backup of your current data this week, so the plan is based on what's actually in the books. Can your accountant share it by Wednesday?")
F06_C6 = c("Wednesday is possible. But I must discuss with our MD before we sign anything.", "think_it_over")
F06_T7 = t("Of course. I'll send you the consultant's findings and a written plan you can show him.")

# f07: worse closes the ticket before checking the printing works
F07_C0 = c("Hi, this is Gloria at Harbor Point Title. Nobody on the second floor can print to the big printer since yesterday. Documents just sit in the queue.", None)
F07_T1 = t("Hi Gloria, let's get that moving. Is it everyone on the second floor, and can they print to other printers?")
F07_C2 = c("Everyone on two. The little printer by the kitchen works fine.", None)
F07_T3 = t("Thanks. A driver update went out to the second-floor computers yesterday and the big printer's driver didn't take. I'm pushing the right driver out now, about five minutes a computer.")
F07_C4 = c("Okay. We've got a closing package to print by eleven, so fingers crossed.", None)
F07_T5_GOOD = t("Done on all six. Could you send a test page from your computer and tell me if it prints, and ask one other person to do the same?")
F07_C6_GOOD = c("Printed! And Jamal's came out too. Thank you.", None)
F07_T5_BAD = t("Done on all six, so that should be fixed. I'll close the ticket now. Anything else?")
F07_C6_BAD = c("Wait, mine's still stuck in the queue. Don't close it yet.", None)

# f08: worse recommends handsets before asking how the phones are used
F08_C0 = c("Hello, it's Gemma from Minster Gate Dental in York. Our phones are ancient and the practice owner says we can finally replace them. Where do I start?", None)
F08_T1_GOOD = t("Hello Gemma, good news for you. Let's start with how you use them: how many people answer the phones, and do they stay at a desk or move around?")
F08_C2_GOOD = c("Two on reception, and the nurses answer from the surgeries when reception's busy. They're always walking between rooms.", None)
F08_T1_BAD = t("Hello Gemma. I'd go for our Pro desk handsets, one per room, with the colour screen. They're our best sellers.")
F08_C2_BAD = c("One per room? The nurses are always walking between rooms, a desk phone won't help them much.", "no_need")
F08_T3 = t("Then cordless handsets for the nurses make sense, with desk phones on reception. How many surgeries have you got?")
F08_C4 = c("Four surgeries. And we want the call recording the old system never had, for complaints.", None)
F08_T5 = t("Four cordless for the surgeries, two desk phones for reception, and recording switched on. I'll send a quote with a monthly option and a buy-outright option.")
F08_C6 = c("Monthly suits us better, the owner would rather not have a big bill up front.", None)
F08_T7 = t("Monthly it is. You'll have the quote by tomorrow.")

# f09: worse explains the backup service in unexplained jargon
F09_C0 = c("Hello sir, I am Murugan, I have a small spinning mill office in Coimbatore. Our accounts computer hard disk failed last month and we lost two weeks of entries. My son says take some backup service. What is it exactly?", None)
F09_T1 = t("Vanakkam Murugan sir, sorry to hear about the lost entries. May I ask how many computers have important data, and is it only the accounts software?")
F09_C2 = c("Only two computers. Accounts computer and one for orders. Internet is there but sometimes slow.", None)
F09_T3_GOOD = t("Then it works like this: every night, after office hours, a copy of the accounts and orders files goes automatically over the internet to a safe place outside your mill. If a disk fails again, we put yesterday's copy back on a new computer. Because it runs at night, slow internet is not a problem.")
F09_C4_GOOD = c("That I understand. Every night one copy. Good.", None)
F09_T3_BAD = t("Then we'd deploy an agent on both endpoints doing incremental block-level backups to S3-compatible object storage, with a 24-hour RPO, a four-hour RTO, versioning and immutability.")
F09_C4_BAD = c("Sir, I didn't understand anything. Agent, RPO... My son may understand. I will ask him and call you.", "think_it_over")
F09_T5 = t("For two computers the cost is 900 rupees a month. I can come to the mill on a weekday to set it up and show you how to check it worked.")
F09_C6 = c("900 is fine. But come Saturday, on weekdays the machines are running and I am on the floor.", "no_time")
F09_T7 = t("Saturday morning then. I'll call you Friday to confirm the time.")

# f10: worse talks about themselves instead of the customer's worry
F10_C0 = c("Hi, this is Danielle at Bayshore Logistics in Tampa. We go live on your HR software Monday and I'm the one training our forty warehouse supervisors. I'm nervous, to be honest.", None)
F10_T1 = t("Hi Danielle, that's a lot on your shoulders. What part worries you most?")
F10_C2 = c("The supervisors approving time-off on their phones. Half of them barely use email. If they don't approve, people don't get paid right.", None)
F10_T3_GOOD = t("So the worry is supervisors who hardly use email having to approve time-off on their phones, and pay going wrong if they don't. How do they usually get messages from you now?")
F10_C4_GOOD = c("Texts. They all text. Group texts, mostly.", None)
F10_T3_BAD = t("Oh, I totally get it. When I started here I was nervous too. I trained three hundred people at my last company and I remember being up till midnight making slides. I'm actually kind of known for my training sessions, people still message me about them.")
F10_C4_BAD = c("Okay... but I'm asking about my supervisors. Half of them barely use email, they only do texts.", None)
F10_T5 = t("Then approvals can reach them as a text message link, no app or email needed. I'll make a one-page guide with screenshots, and I can join your first supervisor session on Monday by video to answer questions.")
F10_C6 = c("That would help a lot. But Monday morning's packed with go-live stuff. Could you do the afternoon?", "no_time")
F10_T7 = t("Monday at two, then. I'll send the guide by Friday so you can look it over first.")

PAIRS = [
    rpair(
        "b230r_f01_charlotte_outage_credit",
        "Office manager of a physical therapy clinic in Charlotte, North Carolina, US, calls the scheduling software vendor about an outage credit.",
        better=[F01_C0, F01_T1, F01_C2, F01_T3_GOOD, F01_C4_GOOD, F01_T5, F01_C6, F01_T7],
        worse=[F01_C0, F01_T1, F01_C2, F01_T3_BAD, F01_C4_BAD, F01_T5, F01_C6, F01_T7],
    ),
    rpair(
        "b230r_f02_leicester_compromised_account",
        "Payroll clerk at a food manufacturer in Leicester, UK, rings the service desk after her account was blocked for sending spam.",
        better=[F02_C0, F02_T1, F02_C2, F02_T3_GOOD, F02_C4_GOOD, F02_T5, F02_C6, F02_T7],
        worse=[F02_C0, F02_T1, F02_C2, F02_T3_BAD, F02_C4_BAD, F02_T5, F02_C6, F02_T7],
    ),
    rpair(
        "b230r_f03_lucknow_antivirus_renewal",
        "Admin of a coaching centre in Lucknow, India, asks a reseller about renewing antivirus licences for forty computers.",
        better=[F03_C0, F03_T1_GOOD, F03_C2_GOOD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
        worse=[F03_C0, F03_T1_BAD, F03_C2_BAD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
    ),
    rpair(
        "b230r_f04_sacramento_password_reset",
        "Plumbing company dispatcher in Sacramento, California, US, locked out of the dispatch software with a crew waiting.",
        better=[F04_C0, F04_T1, F04_C2, F04_T3_GOOD, F04_C4_GOOD, F04_T5, F04_C6, F04_T7],
        worse=[F04_C0, F04_T1, F04_C2, F04_T3_BAD, F04_C4_BAD, F04_T5, F04_C6, F04_T7],
    ),
    rpair(
        "b230r_f05_plymouth_care_home_wifi",
        "IT manager of a care home group near Plymouth, UK, escalates a five-day-old Wi-Fi ticket to second-line support.",
        better=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_GOOD, F05_C6_GOOD, F05_T7],
        worse=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_BAD, F05_C6_BAD, F05_T7],
    ),
    rpair(
        "b230r_f06_indore_erp_migration",
        "Finance head of an agro foods company in Indore, India, asks whether the move to a cloud ERP can be done before the auditors arrive in May.",
        better=[F06_C0, F06_T1, F06_C2, F06_T3_GOOD, F06_C4_GOOD, F06_T5, F06_C6, F06_T7],
        worse=[F06_C0, F06_T1, F06_C2, F06_T3_BAD, F06_C4_BAD, F06_T5, F06_C6, F06_T7],
    ),
    rpair(
        "b230r_f07_baltimore_printer_queue",
        "Office coordinator at a title company in Baltimore, Maryland, US, reports that the second floor cannot print to the main printer.",
        better=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_GOOD, F07_C6_GOOD],
        worse=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_BAD, F07_C6_BAD],
    ),
    rpair(
        "b230r_f08_york_dental_phones",
        "Receptionist at a dental practice in York, UK, asks a phone system supplier where to start replacing old phones.",
        better=[F08_C0, F08_T1_GOOD, F08_C2_GOOD, F08_T3, F08_C4, F08_T5, F08_C6, F08_T7],
        worse=[F08_C0, F08_T1_BAD, F08_C2_BAD, F08_T3, F08_C4, F08_T5, F08_C6, F08_T7],
    ),
    rpair(
        "b230r_f09_coimbatore_mill_backup",
        "Owner of a small spinning mill office in Coimbatore, India, asks what a backup service is after a disk failure lost two weeks of accounts.",
        better=[F09_C0, F09_T1, F09_C2, F09_T3_GOOD, F09_C4_GOOD, F09_T5, F09_C6, F09_T7],
        worse=[F09_C0, F09_T1, F09_C2, F09_T3_BAD, F09_C4_BAD, F09_T5, F09_C6, F09_T7],
    ),
    rpair(
        "b230r_f10_tampa_hr_software_golive",
        "HR coordinator at a logistics company in Tampa, Florida, US, is nervous about training forty supervisors before Monday's HR software go-live.",
        better=[F10_C0, F10_T1, F10_C2, F10_T3_GOOD, F10_C4_GOOD, F10_T5, F10_C6, F10_T7],
        worse=[F10_C0, F10_T1, F10_C2, F10_T3_BAD, F10_C4_BAD, F10_T5, F10_C6, F10_T7],
    ),
]
