"""Ranked pairs f01-f10 of blind201 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01: fault = argues with the customer
o = c("Hello, this is Anjali Menon from Malabar Spice Exports, Kochi. Since your update last week, the invoicing screen in your "
      "accounting software takes almost one minute to open. My team makes 200 invoices a day. This is very difficult.", None)
t1 = t("Hello Anjali, a minute per screen with 200 invoices a day is a lot of lost time. Is it slow for everyone, or only on "
       "some computers?")
c1 = c("Everyone. Even my laptop at home.", None)
t2_good = t("Thanks, that points to our side, not your computers. We've had two other reports since the update; the invoice "
            "screen now loads the full customer list every time it opens. Our team is working on a fix. Shall I add your "
            "company to that report so you hear first?")
c2_good = c("Yes, please add us. When will the fix come?", None)
t2_bad = t("I'm not sure that's right. The update was tested, and our servers are fine. Usually this is the customer's internet. "
           "Are you sure it's really a minute, and not maybe ten seconds?")
c2_bad = c("I timed it, madam. 55 seconds. Why would I call you if it was ten seconds?", None)
t3 = t("The fix is planned for Thursday. Until then, opening invoices from the 'New invoice' button on the dashboard skips the "
       "slow list. I'll call you Thursday afternoon to check it's working.")
c3 = c("Okay, I will tell the team about the button. We have big shipment billing on Friday, so please do call.", None)
PAIRS.append(rpair(
    "b201r_f01_kochi_slow_invoicing",
    "Kochi, India: an exporter's office manager reports that the invoice screen became very slow after a software update.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# ---------------------------------------------------------------- f02: fault = doubts the customer's honesty
o = c("Hi, Marcus Reed, I run operations at Lone Star Title Company. Our internet and phones went down Tuesday from about nine "
      "to two. Our contract says we get a credit for outages over four hours. I'd like that credit.", None)
t1 = t("Hi Marcus, sorry about Tuesday, five hours without phones at a title company is rough. Let me pull up the monitoring "
       "for your site.")
c1 = c("Sure. We had two closings that day, we had to move one to Wednesday.", None)
t2_good = t("Here it is: your connection dropped at 9:06 and came back at 1:58. That's just under five hours, so it qualifies.")
c2_good = c("Good. So what do we get?", None)
t2_bad = t("Our monitoring shows a drop at 9:06, but a lot of customers say 'five hours' when they had a short blip and just "
           "didn't reboot the router. Are you sure it was really on our side, and not somebody in your office unplugging something?")
c2_bad = c("I'm sure. Your own technician called us at one to say the line was being repaired. Are you calling me a liar?", None)
t3 = t("The credit is one month's phone and internet fee, and it'll show on your next invoice. Is anything from Tuesday still "
       "not working right?")
c3 = c("The fax line still drops now and then. Yes, we still use fax, it's title work.", None)
t4 = t("I'll have a technician test the fax line tomorrow morning and call you with what he finds.")
PAIRS.append(rpair(
    "b201r_f02_dallas_outage_credit",
    "Dallas, US: a title company's operations manager claims the contractual credit for a five-hour internet and phone outage.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# ---------------------------------------------------------------- f03: fault = drops the price before asking anything
o = c("Guten Tag, Klaus Richter, managing director of Elbtal Haustechnik in Dresden, plumbing and heating, 30 technicians. I'm "
      "looking at your field service software. Your website says 39 euros per user.", None)
t1_good = t("Guten Tag, Mr Richter. Yes, 39 per user a month. Before we go further on numbers: what made you look at field "
            "service software now?")
c1_good = c("My office is drowning. Too much paper, too many phone calls.", None)
t1_bad = t("Guten Tag, Mr Richter. Yes, 39 per user, but for you I can do 29 right away, and if you sign this month, 25.")
c1_bad = c("Hm. You don't know what I need yet and already it is 14 euros cheaper. What is the real price then?", None)
t2 = t("Tell me how you work today: who plans the technicians, and what goes wrong most often?")
c2 = c("Frau Lange plans 30 technicians on a whiteboard. Customers call three times asking when the technician comes, and she "
       "loses half the morning.", None)
t3 = t("Then the planning board, plus the automatic text message to customers with the arrival time, would address both. The "
       "messages are included. I'd suggest a 30-day trial with five technicians and Frau Lange, so she can see whether it gives "
       "her the morning back.")
c3 = c("Five technicians, good. If Frau Lange likes it, we talk about the price for all 30.", None)
PAIRS.append(rpair(
    "b201r_f03_dresden_field_service",
    "Dresden, Germany: the owner of a plumbing and heating firm enquires about field service planning software.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f04: fault = an unasked lecture
o = c("Hi, Tamar from Bloom Digital, Kfar Saba. We're 12 people. Our accountant said we should switch on two-factor for email. "
      "Can you help me do it without a big project?", None)
t1 = t("Hi Tamar, yes, this can be small. Which email do you use, Google or Microsoft?")
c1 = c("Google Workspace.", None)
t2_good = t("Good, then it's a setting. The main question is how people get their codes: an app on the phone, or a text "
            "message. Does everyone have a smartphone they're okay using for work?")
c2_good = c("Everyone has a smartphone. One designer might complain, she hates work stuff on her phone.", None)
t2_bad = t("Good. Before we start, you should know most small businesses get hacked through weak passwords, and 80% of breaches "
           "involve stolen credentials. Honestly, companies that wait for their accountant to tell them are taking a big risk. "
           "You should also have a password manager, encrypted backups, and staff training every quarter.")
c2_bad = c("Okay... I didn't call for a lecture. I just want two-factor on the email.", None)
t3 = t("Most people use an app on their phone; for anyone who doesn't want work things on their phone, a small USB key works "
       "instead, about 100 shekels each. I'd switch it on for you first, then give everyone a week before it's required. "
       "Shall I start today?")
c3 = c("Today is crazy, we have a client deadline at five. Tomorrow morning?", "no_time")
t4 = t("Tomorrow at nine works. It takes about 20 minutes with you.")
PAIRS.append(rpair(
    "b201r_f04_kfarsaba_two_factor",
    "Kfar Saba, Israel: a small agency's founder wants two-factor authentication switched on for email, quickly.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# ---------------------------------------------------------------- f05: fault = a vague next step
o = c("Hello, this is Vikram Rathore, I run an online store for block-print textiles from Jaipur. Our website goes down every "
      "time we run a Diwali sale. Last year we lost two days of orders. Can your cloud hosting handle this?", None)
t1 = t("Hello Vikram, losing two days of Diwali orders hurts. Where is the website hosted now, and roughly how many visitors "
       "come during the sale?")
c1 = c("Shared hosting, ₹6,000 a year. Normal days 500 visitors, in the sale maybe 15,000 a day.", None)
t2 = t("That explains it: shared hosting can't take a thirty-times jump. Our cloud plan grows automatically during the sale and "
       "shrinks after, so you pay more only on peak days: around ₹4,000 in a normal month, maybe ₹15,000 in the Diwali month.")
c2 = c("That's much more than six thousand a year. Our margins are small.", "too_expensive")
t3_good = t("Fair. Then let's test before you decide. I'll copy your site to our platform for free, and on Thursday at 4 pm we "
            "run a load test with 15,000 visitors while you watch on a call. If it holds, you decide; if not, you've lost "
            "nothing. I'll send the calendar invite today.")
c3_good = c("Thursday 4 pm, okay. If it holds, I will move before Diwali.", None)
t3_bad = t("Fair. We'll look into what can be done and get back to you at some point. Let us know if you have any questions.")
c3_bad = c("Okay... fine, just email me something when you have it.", "brush_off")
PAIRS.append(rpair(
    "b201r_f05_jaipur_cloud_hosting",
    "Jaipur, India: an online textile seller whose site crashes in every Diwali sale asks about cloud hosting.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# ---------------------------------------------------------------- f06: fault = over-promises
o = c("Hi, Karen Walsh, office manager at Liberty Street Accounting in Philadelphia. We're thinking about moving our email off "
      "our old server to Microsoft 365. The partners want to know how long it takes and whether anything gets lost.", None)
t1 = t("Hi Karen. How many mailboxes, and roughly how big? Some partners keep every email since forever.")
c1 = c("22 mailboxes. One partner has, I kid you not, 90 gigs of email going back to 2003.", None)
t2_good = t("Ha, that's common. Twenty-one mailboxes would move over a weekend. The 90-gig one takes longer, usually a few days, "
            "and he can keep using his old mail meanwhile. I can't promise nothing at all goes wrong with 20 years of email, but "
            "we count the items before and after and show you both numbers.")
c2_good = c("That's honest. The partners would rather hear that than a sales line.", None)
t2_bad = t("No problem at all. We'll move everything in one weekend, the 90-gig mailbox included, zero downtime, and I guarantee "
           "nothing will be lost. Monday morning everyone logs in and it's all there.")
c2_bad = c("All 90 gigs in a weekend? Our last IT company promised something like that for the server, and it took three weeks.",
           "bad_experience")
t3 = t("For the partners I'll write a one-page plan with the timing of each step and the item count check before and after. "
       "It's a fixed $3,300 for the 22 mailboxes.")
c3 = c("Okay, send me the plan and I'll take it to the partners' meeting on Thursday.", "think_it_over")
PAIRS.append(rpair(
    "b201r_f06_philadelphia_email_move",
    "Philadelphia, US: an accounting firm's office manager asks how long an email move to the cloud takes and what could be lost.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# ---------------------------------------------------------------- f07: fault = closes before checking the thing works
o = c("Hallo, Jens Wagner, head of HR at Leinetal Pflegedienst in Hannover, a home-care service, 70 employees. We want to switch "
      "payroll software. Our problem: the nurses' hours come from our care planning software, and the import always breaks.", None)
t1 = t("Hello Mr Wagner. Which care planning software do you use, and what happens today when the import breaks?")
c1 = c("CarePlan Nord. The export has the Sunday and night surcharges in extra columns, and our payroll ignores them. My "
       "colleague types them in by hand, two days every month.", None)
t2 = t("So the Sunday and night surcharges get lost in the import and someone retypes them for two days a month. Our software "
       "can map extra columns to surcharge types. I've seen that with other care planning exports, but not yet with CarePlan Nord.")
c2 = c("If that works, it saves a lot. What does it cost?", None)
t3_good = t("6 euros per employee a month, so about 420 for you. But before any contract: send me last month's export, I'll run "
            "it through our import with your surcharge rules and send you payslips for five nurses, so you can compare them with "
            "what you actually paid.")
c3_good = c("Good, I send the file today. If the five are right, we talk about the contract.", None)
t3_bad = t("6 euros per employee a month, so about 420 for you. I can send the contract today and we start with the January "
           "payroll. The import will work, we'll sort out the details during setup.")
c3_bad = c("Hm. 'Sort out during setup' is what our current vendor said. I want to see it work with our file before I sign "
           "anything.", "bad_experience")
PAIRS.append(rpair(
    "b201r_f07_hannover_payroll_import",
    "Hannover, Germany: a home-care service's HR head wants payroll software that imports shift surcharges from care planning.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# ---------------------------------------------------------------- f08: fault = recommends before asking
o = c("Hello, my name is Orly Mizrahi, I'm office manager at a law office in Modiin, six lawyers. We have rooms full of paper "
      "files. The senior partner wants to go 'paperless'. Where do we start?", None)
t1_good = t("Hello Orly. Paperless can mean different things, so first: is the goal to scan the old files, to stop new paper "
            "piling up, or both?")
c1_good = c("Mostly the new paper. The old files we keep seven years and then destroy them anyway.", None)
t1_bad = t("Hello Orly. For a law office I'd recommend our DocuLaw Enterprise: full scanning of all archives, text recognition, "
           "AI search and a client portal. We'd start by scanning everything in those rooms.")
c1_bad = c("Everything? Most of those files get destroyed in two years anyway. Why would I pay to scan them?", "no_need")
t2 = t("How do the lawyers find a file today, and where does the new paper come from? Post, courts, clients?")
c2 = c("By the case number on the folder. Paper comes mostly from the courts and the land registry, and clients bring documents.", None)
t3 = t("Then I'd start small: a scanner at reception, and every new document gets scanned into a folder under its case number "
       "the same day. The old files stay as they are until they're destroyed. That's about 3,500 shekels for the scanner and "
       "90 shekels per lawyer a month for the document system.")
c3 = c("That sounds doable. The senior partner has to approve, I'll show him this week.", "think_it_over")
PAIRS.append(rpair(
    "b201r_f08_modiin_paperless_office",
    "Modiin, Israel: a law office's office manager is asked by the senior partner to make the office paperless.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f09: fault = unexplained jargon
o = c("Namaste, I am Rajesh Srivastava, I run a chain of coaching institutes in Lucknow, four centres. You people did a security "
      "check of our systems last week. The report came, 30 pages. I am not a technical man. What should I actually do?", None)
t1 = t("Namaste, Rajesh ji. 30 pages is a lot, and most of it can wait. Three things matter now. Shall I go through them one by one?")
c1 = c("Yes, please. Simple words.", None)
t2_good = t("First: the computer at your main centre that keeps student fee records can be opened from the internet with a "
            "simple password. Anyone who guesses it could see every student's fees and their parents' phone numbers. We can "
            "close that in one day.")
c2_good = c("Arre, that is serious. Parents' numbers are there. Yes, close that first.", None)
t2_bad = t("First: RDP on your fee server is exposed on 3389 without NLA, and there's no MFA or VPN in front of it, so it's open "
           "to brute force and credential stuffing. We'd remediate by putting it behind a VPN gateway with conditional access.")
c2_bad = c("Sir, I did not understand one word. Is it serious or not? Should I spend money on this?", None)
t3 = t("The other two are smaller: staff at the centres share one login, and the backups sit only on a disk next to the "
       "computer. Fixing all three costs about ₹38,000 one time. The first one alone is ₹8,000.")
c3 = c("38,000 is too much for now, fee collection is low this quarter. Do the first one now, the others after April.", "no_money")
PAIRS.append(rpair(
    "b201r_f09_lucknow_audit_findings",
    "Lucknow, India: the owner of coaching institutes asks what to do about a 30-page security audit report.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# ---------------------------------------------------------------- f10: fault = talks about themselves
o = c("Hey, Brooke Jensen, co-founder of Tandem Health Apps in Salt Lake. We're 15 people, fully remote, and laptops are a mess, "
      "nobody knows who has what, and our first enterprise customer is sending a security questionnaire. I need some kind of "
      "device management.", None)
t1 = t("Hi Brooke. What does the questionnaire ask about laptops? Encryption, remote wipe, updates?")
c1 = c("All three, plus 'can you prove it'. Right now I'd be guessing.", None)
t2_good = t("So you need to show, not just say, that every laptop is encrypted, updated and can be wiped. Are they all Macs or a "
            "mix, and does the company own them?")
c2_good = c("Mix. 11 Macs, 4 Windows. All company money, but people bought them themselves and expensed them.", None)
t2_bad = t("Oh, I love that question. I went through exactly this at my last startup. We had 40 laptops and a big bank customer, "
           "and I personally built the whole device program from scratch, three months of late nights. Honestly it's how I got "
           "into this business. Our founder still jokes about it.")
c2_bad = c("Ha, okay. Sorry, I've got a call in ten minutes. Can we get to what I actually need?", "no_time")
t3 = t("A device management tool can enforce encryption, updates and remote wipe on Macs and Windows, and gives you a report to "
       "attach to the questionnaire. For 15 laptops it's about $6 a device a month. I'd set it up on three laptops first, "
       "yours included, so you see the report before rolling it out.")
c3 = c("Six bucks a device is fine. Let's do three laptops this week.", None)
PAIRS.append(rpair(
    "b201r_f10_saltlakecity_device_management",
    "Salt Lake City, US: a remote startup's co-founder needs proof of laptop security for an enterprise customer's questionnaire.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))
