"""Ranked pairs d01-d10 of blind201 (hand-written): two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01: diagnoses the real cause before selling an upgrade
_open = c("Hi, I'm Rosa Delgado, office manager at Coastline Property Management. Our helpdesk tickets keep piling up and "
          "staff complain nobody answers. I'm wondering if we need a bigger plan or a different tool.", None)
PAIRS.append(rpair(
    "b201r_d01_sandiego_helpdesk",
    "San Diego, US: an office manager thinks her helpdesk tool is too small because tickets go unanswered.",
    better=[
        _open,
        t("Hi Rosa. Before we talk plans, let's see where they pile up. Who answers tickets on your side, and do they come in "
          "by email or through the portal?"),
        c("Two people in IT. Most come by email to helpdesk@. Some people just email Kevin directly though.", None),
        t("And the tickets that sit unanswered, are they usually ones sent to helpdesk@, or ones sent straight to Kevin?"),
        c("Huh. Now that you say it... the complaints are mostly from people who emailed Kevin. He's out at the properties half "
          "the week.", None),
        t("Then a bigger plan wouldn't fix it, those tickets never reach the tool. A free rule that forwards support emails sent "
          "to Kevin into helpdesk@ would put them in front of both people. Want me to send you the steps, and check with you in "
          "two weeks whether the complaints drop?"),
        c("Yes. Honestly I was ready to pay for an upgrade, glad I don't have to yet.", None),
    ],
    worse=[
        _open,
        t("Hi Rosa. Piling-up tickets usually means the team has outgrown the plan. About how many tickets do you get a month?"),
        c("Maybe 150? Two people answer them.", None),
        t("That's right at the edge of the Basic plan. Professional adds automatic assignment and SLA alerts, so nothing sits "
          "unnoticed. It's $29 more per agent a month. Want me to turn on a 14-day trial?"),
        c("Hmm, fifty-eight bucks more a month. My boss will want to see it actually fixes things before we pay.", "think_it_over"),
        t("Fair enough. The trial is free, so you can show him the SLA alerts working before anything changes on the bill."),
        c("Okay, turn on the trial.", None),
    ],
))

# ---------------------------------------------------------------- d02: asks about the data and the odd system before planning a move
_open = c("Good day, Markus Lehmann, CTO of Saxonia Labordiagnostik in Leipzig. We want to move our servers to the cloud next "
          "year. What would you recommend?", None)
PAIRS.append(rpair(
    "b201r_d02_leipzig_cloud",
    "Leipzig, Germany: the CTO of a diagnostics laboratory asks for a recommendation on moving servers to the cloud.",
    better=[
        _open,
        t("Good day, Mr Lehmann. Before I recommend anything: what runs on those servers, and do any of them hold patient lab results?"),
        c("The lab information system, yes, with patient results. Then file shares, the mail server, and some old software for "
          "the analysers.", None),
        t("Patient results are health data, so the region, the contracts and who can access it matter before any technical "
          "question. And the old analyser software, does it have to talk directly to the machines in the lab?"),
        c("Yes, the analysers are connected by serial cable to a PC that sends to the server. Nobody has wanted to touch it for years.", None),
        t("Then that part probably stays in the lab, whatever else moves. I'd suggest a two-week assessment: we list each system, "
          "decide what can move and what should stay, and what your data protection officer must sign off. Could she join one meeting?"),
        c("She is very busy until March. But one hour I can get from her, I think.", "no_time"),
    ],
    worse=[
        _open,
        t("Good day, Mr Lehmann. For labs your size we usually recommend moving the servers as they are to a German cloud region "
          "first, and modernising later. How many servers do you have?"),
        c("About twelve. Lab information system, file shares, mail, and some old analyser software.", None),
        t("Twelve is manageable. We'd move them in three waves over about four months, mail server first because it's simplest. "
          "Running costs would be roughly 4,000 euros a month, depending on sizes."),
        c("Four thousand a month, and today we pay almost nothing for the servers, they are paid off. That is hard to explain "
          "to our managing director.", "too_expensive"),
        t("Understood. I'll send a comparison with the cost of replacing the hardware over five years, which usually makes the "
          "cloud look more reasonable."),
        c("Okay, send it.", None),
    ],
))

# ---------------------------------------------------------------- d03: adapts to a non-technical owner
_open = c("Hello, I am Hetal Patel, I run a snacks manufacturing unit in Ahmedabad, 85 workers. My CA says I must do PF and "
          "ESI properly with software. I am not a computer person, please explain simply.", None)
PAIRS.append(rpair(
    "b201r_d03_ahmedabad_payroll",
    "Ahmedabad, India: the non-technical owner of a food factory is told by her CA to use payroll software for statutory deductions.",
    better=[
        _open,
        t("Hello Hetal ji. I'll keep it simple. Today, how do you pay the workers, cash or bank, and who calculates the PF and ESI?"),
        c("Mostly bank, some cash. My manager Dinesh calculates in a register and the CA's office files it.", None),
        t("So Dinesh calculates and the CA files. Our software would do Dinesh's calculation by itself from attendance, and give "
          "the CA a ready file. You would see only one screen: who gets how much, and a button to approve. Would Dinesh use it daily?"),
        c("Yes, Dinesh. He knows computer a little. But I am worried, if it goes wrong, who will I call? Last software we "
          "bought, that company never picked up the phone.", "bad_experience"),
        t("That's the right question. You'd get one named support person who speaks Gujarati and Hindi, and for the first two "
          "months we run it alongside Dinesh's register, so if numbers don't match we fix it before anything is filed. Shall I "
          "come to the unit one afternoon and show Dinesh on his own laptop?"),
        c("Yes, Thursday afternoon is good.", None),
    ],
    worse=[
        _open,
        t("Hello Hetal ji. Our PayWise software handles PF, ESI, professional tax and TDS automatically, generates the ECR file "
          "for the EPFO portal and the ESIC challans, and integrates with biometric devices. It's ₹45 per employee per month."),
        c("ECR, challan... I don't know these words. My manager Dinesh does the calculation now.", None),
        t("No problem, Dinesh will understand. It makes all the monthly files automatically, he just uploads them. For 85 workers "
          "it's about ₹3,800 a month."),
        c("Okay. But last software we bought, that company never picked up the phone. I am worried about that.", "bad_experience"),
        t("We have phone support six days a week, and most questions are answered the same day. I can send a demo video for Dinesh."),
        c("Send it, I will show him.", None),
    ],
))

# ---------------------------------------------------------------- d04: honest about what the firm cannot do well
_open = c("Hi, Eitan Shapira, CTO at AquaFlow Systems in Herzliya. We make control systems for desalination plants. A customer "
          "wants a security audit covering our office IT and also the control software we deliver. Can you do both?", None)
PAIRS.append(rpair(
    "b201r_d04_herzliya_security_audit",
    "Herzliya, Israel: a CTO of an industrial control company needs one security audit of office IT and plant control software.",
    better=[
        _open,
        t("Hi Eitan. Let me be precise about the control software: is it running on industrial controllers at the plants, PLCs "
          "and so on, or a normal application on Windows servers?"),
        c("Both. The operator screens run on Windows, but they talk to PLCs on the plant network over Modbus.", None),
        t("Then I'll be honest: we're strong on office IT, cloud and Windows applications, and we can audit the operator software. "
          "Testing PLCs and industrial protocols is a specialist field, and we don't do it well enough to put our name on it. I "
          "can bring in one of two firms who do, and we coordinate so your customer gets one combined report."),
        c("Hmm. I hoped for one vendor, it's simpler. Two companies sounds like more cost.", "too_expensive"),
        t("It may cost a bit more than one vendor who says it does everything. But if the customer's auditors look closely at the "
          "PLC part, a weak test there would hurt you more. I'd send a joint proposal with one price, and you compare it with any "
          "single-vendor quote."),
        c("That's fair. Send the joint proposal, I'll compare.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Hi Eitan. Yes, we can cover both. For office IT we'd do an external and internal test, and for the control software "
          "we'd review the application and the network around it. About three weeks in total."),
        c("Including the PLCs and the Modbus side?", None),
        t("We'd look at network segmentation and the operator application, and we can include some checks on the PLC network too."),
        c("Okay. What's the price?", None),
        t("For both parts, around 95,000 shekels. I'll send you a detailed scope."),
        c("That's higher than I expected, but send it and I'll look.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- d05: finds that the problem is cash flow, not price
_open = c("Hey there, Luke Brennan, I own Southbound Sound, a recording studio in Nashville. Got your renewal notice for the "
          "booking software, $1,440 for the year. Business has been slow since spring, I'm not sure I can swing that right now.", "no_money")
PAIRS.append(rpair(
    "b201r_d05_nashville_booking_renewal",
    "Nashville, US: a studio owner hesitates over the annual renewal of his booking software after a slow season.",
    better=[
        _open,
        t("Hey Luke, thanks for calling before it renewed. Slow since spring, is the booking software still earning its keep, or "
          "are you using it less with fewer sessions?"),
        c("Oh, I use it every day, clients book online, it sends the reminders, that part's great. It's the lump sum. I've got a "
          "console repair bill coming too.", "no_money"),
        t("So the tool's worth it, it's a big annual payment at a bad time. There's a monthly option at $135. Over a year that's "
          "a bit more, but nothing up front, and you can switch back to annual when things pick up. Would that fit better?"),
        c("Yeah, that'd actually work. Extra ninety bucks a year, but I don't have to find fourteen hundred in one go.", None),
        t("Right. I'll switch the plan so your next charge is $135 on the renewal date, and nothing changes for your clients."),
        c("Perfect. Appreciate it.", None),
    ],
    worse=[
        _open,
        t("Hey Luke, understood. I can offer you 10% off if you renew annually today, that brings it to $1,296."),
        c("That helps a little, but it's still thirteen hundred at once, and I've got a console repair coming.", "no_money"),
        t("I get it. The 10% is the best I can do on the annual, and it's good until the end of the month."),
        c("Alright. Let me see what the month looks like and I'll call you back.", "think_it_over"),
        t("Sounds good, I'll note the offer on your account."),
        c("Thanks.", None),
    ],
))

# ---------------------------------------------------------------- d06: finds what the boss really wants (no surprises)
_open = c("Grüß Gott, Monika Bauer, office manager at Frankenmöbel, a furniture wholesaler in Nürnberg. We pay our IT company "
          "by the hour, and my boss wants to 'change something'. I should collect offers.", None)
PAIRS.append(rpair(
    "b201r_d06_nuremberg_it_contract",
    "Nuremberg, Germany: an office manager collects offers for IT support because her boss is unhappy with hourly billing.",
    better=[
        _open,
        t("Hello Frau Bauer. When your boss says 'change something', do you know what bothers him? The amount, that it changes "
          "every month, or the service itself?"),
        c("I think the surprises. Some months 300 euros, then one month 2,400 because the server had a problem. He hates not knowing.", None),
        t("So predictability, more than the total. Then a flat monthly fee that includes server problems makes sense, so a bad "
          "month costs the same as a quiet one. For 25 PCs and one server ours would be 950 euros a month. What did you pay in "
          "total last year?"),
        c("I would have to add it up. Maybe 9,000, 10,000? So yours is more.", "too_expensive"),
        t("Probably a bit more, yes, the difference buys certainty. If your boss values that, it's worth it; if not, staying hourly "
          "is reasonable too. Shall I make a one-page comparison from your real invoices of last year, so he decides on numbers?"),
        c("Yes, that he will like. I send you the invoices tomorrow.", None),
    ],
    worse=[
        _open,
        t("Hello Frau Bauer. We offer managed service contracts: monitoring, updates, helpdesk and server care for a fixed monthly "
          "fee. How many PCs do you have?"),
        c("25 PCs, one server.", None),
        t("Then it would be 950 euros a month, everything included. Most of our customers save money compared to hourly billing."),
        c("Hmm, I think last year we paid maybe 10,000 in total. So it is not cheaper.", "too_expensive"),
        t("It depends on the year, one big server problem and hourly costs explode. I'll send the offer so your boss can look at it."),
        c("Okay, send it please.", None),
    ],
))

# ---------------------------------------------------------------- d07: measures usage before cutting
_open = c("Hi, Rohan Malhotra, CTO of a logistics startup in Gurugram. Our SaaS bill is out of control, about 40 tools. Finance "
          "wants me to cut 30%. Your company does SaaS management, right?", None)
PAIRS.append(rpair(
    "b201r_d07_gurugram_saas_spend",
    "Gurugram, India: a startup CTO is told by finance to cut software subscription spend by 30%.",
    better=[
        _open,
        t("Hi Rohan, yes. Before cutting anything: do you know which tools people actually log into? Or is that part of the problem?"),
        c("That's the problem. Half are on people's personal cards and expensed. I don't even have a list.", None),
        t("Then step one is the list. We connect to your single sign-on and expense system for two weeks and show every tool, "
          "its cost, and how many people used it in the last 30 days. Usually around a fifth of spend is on tools nobody opens. "
          "How many tools go through single sign-on?"),
        c("Maybe half. Rest are direct logins. And I'm a bit wary, last year a 'cost optimisation' consultant cut a tool our ops "
          "team needed daily.", "bad_experience"),
        t("That's exactly why usage comes first, and nothing gets cut unless the person who owns that tool confirms it. The "
          "two-week discovery is free; you pay only if you keep the platform after that."),
        c("Fine, let's do the two weeks.", None),
    ],
    worse=[
        _open,
        t("Hi Rohan, yes. Typical savings are 25 to 35%. We look for overlapping tools, say three video call tools, and downgrade "
          "plans. Which tools cost the most?"),
        c("Slack, Jira, a couple of analytics tools, AWS of course. I don't have the full list, half are on personal cards.", None),
        t("Very common. Usually you can keep one video tool and one analytics tool. Our platform is ₹1.5 lakh a year and mostly "
          "pays for itself in two months."),
        c("Last year a consultant cut a tool ops needed every day. I'm wary of blanket cuts.", "bad_experience"),
        t("Understood, you stay in control of what gets cut. I'll set up a demo with your finance team."),
        c("Okay, next week is fine.", None),
    ],
))

# ---------------------------------------------------------------- d08: asks what went wrong last time
_open = c("Hello, Rivka Cohen, office manager at BioNova Labs, a small research company in Rehovot. We need to replace our "
          "accounting software. But I tell you honestly, the last switch was a nightmare.", "bad_experience")
PAIRS.append(rpair(
    "b201r_d08_rehovot_accounting",
    "Rehovot, Israel: an office manager of a grant-funded research company must change accounting software after a bad previous switch.",
    better=[
        _open,
        t("Thank you for telling me that up front. What made the last switch a nightmare? I'd like to know so we don't repeat it."),
        c("The opening balances came over wrong, and for three months our reports to the grant foundation didn't match. I spent "
          "my evenings fixing it.", None),
        t("So the real risk for you is the grant reporting, not the software itself. Does the foundation want reports per grant?"),
        c("Per grant, yes, each grant separately, in their own format.", None),
        t("Then before any switch we'd move one closed month, check the grant reports against your current ones line by line, "
          "and switch only when they match. Could you send me one recent report, so I check we can produce their format?"),
        c("Yes, I can send last quarter's. That already sounds better than last time.", None),
    ],
    worse=[
        _open,
        t("I'm sorry to hear that. Our migration team is very experienced, we've moved over 500 companies, and opening balances "
          "are imported automatically."),
        c("The last company also said automatic. Then for three months our grant reports didn't match.", "bad_experience"),
        t("Our import is checked by a specialist, and we have project accounting, so grants can be tracked separately. Shall I "
          "book a demo?"),
        c("Okay, a demo. But I'm not promising anything.", "think_it_over"),
        t("Of course. I'll send a few times for next week."),
        c("Fine.", None),
    ],
))

# ---------------------------------------------------------------- d09: finds what needs protecting before recommending
_open = c("hey, this is sam from rosebud bakery co, we have 3 shops in portland. a friend told me we need 'backups'. i honestly "
          "dont know what we have. we use square in the shops and quickbooks online and a shared computer in the office", None)
PAIRS.append(rpair(
    "b201r_d09_portland_backup",
    "Portland, US: a bakery founder types into a chat because a friend said the business needs backups.",
    better=[
        _open,
        t("Hi Sam, good friend. Square and QuickBooks Online are already stored safely by those companies, so the thing to protect "
          "is probably what lives on that office computer. What's on it?"),
        c("recipes, staff schedules, some photos for instagram, and a spreadsheet of our wholesale customers. thats kind of our "
          "whole business tbh", None),
        t("The recipes and the wholesale list sound like what you'd really miss. Is that computer the only place they are?"),
        c("yeah i think so. also i cant spend much, we just opened shop 3", "no_money"),
        t("Then the cheap fix is the right one: a cloud storage folder for those files, around $10 a month, syncing by itself. "
          "No need for a bigger backup service for one computer. I'll send a 10-minute setup guide, and then check with you that "
          "the recipes really landed in it. Okay?"),
        c("yes please, that i can do", None),
    ],
    worse=[
        _open,
        t("Hi Sam, great that you're thinking about it. For a business with three locations I'd recommend our Small Business "
          "Backup plan: up to 5 computers, daily backup to the cloud, $49 a month."),
        c("hmm we only have one computer in the office. the shops use square", None),
        t("That's fine, the plan covers up to 5 so you can grow into it. It also backs up email and includes ransomware protection."),
        c("49 is more than i wanted to spend, we just opened a new shop", "no_money"),
        t("Understood. There's a single-computer plan at $19 a month with daily backups. Want me to set that up?"),
        c("ok maybe. send me the link and ill look at it sometime", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d10: adapts to a shy, unsure customer
_open = c("Hello... um, I'm Julia Hoffmann, I work in the office at Weser Logistik in Bremen. My boss asked me to find a "
          "password manager for the team. I'm not really an IT person, sorry.", None)
PAIRS.append(rpair(
    "b201r_d10_bremen_password_manager",
    "Bremen, Germany: a shy office worker is sent by her boss to find a password manager for an 18-person team.",
    better=[
        _open,
        t("No need to apologise, Ms Hoffmann, you don't have to be an IT person for this. Can I ask what made your boss want one? "
          "Did something happen?"),
        c("Um, someone's email was hacked last month. People write passwords on notes... I do too, honestly.", None),
        t("That's very common, you're not alone. So the goal is that nobody has to remember or write down passwords. How many "
          "people, and do some share logins, like a customs portal?"),
        c("18 people. Yes, four of us share the customs portal and the shipping accounts. I'm worried the older colleagues won't "
          "like something new.", None),
        t("Then I'd start with a two-week trial for just the four who share logins, you included, so you see if it's easy enough "
          "before anyone else changes anything. And I can do a 30-minute screen session with you first, so you're comfortable "
          "before you show the others."),
        c("That would really help. Could we do it Thursday? I'm a bit nervous about presenting to the team.", None),
    ],
    worse=[
        _open,
        t("Hello Ms Hoffmann. Our password manager is 4 euros per user per month, with shared vaults, browser extensions, "
          "two-factor and admin reports. How many users?"),
        c("Um, 18, I think.", None),
        t("Great, then it's 72 euros a month. I'll send you the admin setup guide: you install the extension, import the existing "
          "passwords from the browsers, and invite the users."),
        c("Okay... I'm not sure I can do that alone.", None),
        t("The guide is quite easy, and our support chat can help. Shall I email it together with the offer?"),
        c("Yes, just email it, I'll look at it when I find time.", "brush_off"),
    ],
))
