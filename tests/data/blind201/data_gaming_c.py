"""Gaming pairs c01-c10 of blind201 (hand-written). Kinds 6-15 of SPEC, once each."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c01 putdown_question
_open = c("This is Oren Levi, CTO at Kavim Analytics. Your SSO service was down for two hours this morning, none of my 80 "
          "engineers could log in to anything. I want to know what happened and what you are going to do about it.", None)
PAIRS.append(gpair(
    "b201g_netanya_sso_outage", "single sign-on service, analytics company, Netanya, Israel", "putdown_question",
    "A CTO calls his single sign-on provider after a two-hour outage locked his whole engineering team out.",
    good=[
        _open,
        t("Oren, two hours with 80 engineers locked out is a big loss, I'm sorry. Here's what we know so far: a certificate "
          "rotation on our side went wrong at 7:40 and logins failed until 9:50. Is anything on your side still failing now?"),
        c("Now it works. But two of my people locked their accounts because they tried too many times. And my CEO is asking why "
          "we pay for 'enterprise' uptime.", None),
        t("Send me their usernames and I'll unlock both right away. On uptime: your contract commits to 99.9% a month and two "
          "hours breaks that, so you're owed a service credit. You don't need to claim it, I'll put it on this month's invoice. "
          "The written incident report comes within three working days. What else does your CEO need to see?"),
        c("He wants to know it won't happen again. Honestly, after today I'm starting to look at other SSO providers.", "bad_experience"),
        t("That's a reasonable thing to do after a morning like this. I won't promise 'never'. The report will show the exact "
          "cause and the change we've made so a certificate rotation can't take logins down again, and I can put you on a call "
          "with our head of reliability to go through it. Would that help you answer your CEO?"),
        c("Yes. I'll send you the two usernames now. And set up that call for Thursday.", None),
    ],
    gaming=[
        _open,
        t("Hi Oren, I hear that you're frustrated. But let's keep this in proportion, shall we? Was it really all 80, or just the "
          "people who happened to be logging in at that moment?"),
        c("Everyone who started work between eight and ten. That is all of them. Engineers start work in the morning, you know.", None),
        t("Sure. And did your team try the fallback login we documented, or did everyone just panic and call their manager?"),
        c("There is no fallback login in our setup, your onboarding team never configured one. I am asking what happened.", None),
        t("Understood. So help me understand: is the real issue the outage, or is it that your CEO is on your back and you need "
          "someone to point at?"),
        c("Excuse me? The issue is your outage. I'm done talking to you, I'll take this to our account manager.", None),
        t("Of course. Before you go, how would you rate your experience on this call from one to ten?"),
        c("You don't want to know.", None),
    ],
))

# ---------------------------------------------------------------- c02 not_my_department_or_read_the_terms
_open = c("Hi, it's Jen Nakamura, office manager at Cascade Coffee Roasters. We laid off eight people last month, sadly, and "
          "we're paying for 30 seats of your project management tool when we only have 22 people. Can we drop the eight seats "
          "now? Money's really tight after the layoffs.", None)
PAIRS.append(gpair(
    "b201g_seattle_licence_downgrade", "project-management software licences, coffee roaster, Seattle, Washington, US",
    "not_my_department_or_read_the_terms",
    "After layoffs, an office manager asks to cut unused seats in the middle of an annual software contract.",
    good=[
        _open,
        t("Hi Jen, I'm sorry about the layoffs, that's a hard month. You're on an annual contract that renews in June, and I'll be "
          "honest, seats can't be reduced mid-term under it. But there are two things I can do. First, have the eight accounts "
          "been deactivated, or are they still live?"),
        c("Still live, I think. I didn't know I had to do anything.", None),
        t("Deactivating them matters for security anyway, so let's do that now, I can do it for you. On money: I can't cut the "
          "annual total, but I can ask our finance team to switch you to monthly payments for the rest of the term, so you're not "
          "paying in one lump, and I can set the June renewal to 22 seats today so it can't renew at 30 by accident. Would that help?"),
        c("Monthly would help a lot, honestly. But it still stings to pay for eight empty seats until June.", "too_expensive"),
        t("It does, and I won't pretend otherwise. One thing that softens it: the eight seats can be reassigned, so if you bring in "
          "seasonal staff or a contractor before June, they use them at no extra cost. I'll email you the finance request "
          "reference today. Finance should answer within two working days, and if they don't, call me directly."),
        c("Okay. Thanks for being straight with me.", None),
    ],
    gaming=[
        _open,
        t("Hi Jen, thanks for reaching out, and I'm sorry to hear that. I totally understand your need. Unfortunately, seat "
          "reductions mid-term aren't possible, it's all in the subscription agreement, section 4.2. I'd recommend having a "
          "read through it."),
        c("I've read it, sort of. I'm asking if there's anything at all you can do. We just laid off a quarter of the company.", None),
        t("I hear you, and I really value our relationship. Billing arrangements are handled by finance though, not by account "
          "support. That's not really my department."),
        c("Then can you put me through to finance?", None),
        t("Finance only works through the web form, I'm afraid, I didn't make the rules. You can submit a request there and they'll "
          "get back to you when they can. Is there anything else I can help you with?"),
        c("You know what, in June we're moving to a free tool. We just can't keep paying for this.", "no_money"),
        t("I understand. Just so I can capture your feedback, how satisfied were you with your experience today?"),
        c("Not very. Bye.", None),
    ],
))

# ---------------------------------------------------------------- c03 social_proof_or_deadline_pressure
_open = c("Hello, Dr. Anja Vogel, CTO of Finlytics GmbH in Frankfurt, we make risk software for smaller banks. Two of our bank "
          "clients now want us ISO 27001 certified. We have never done this. I want to understand how you help and how long it takes.", None)
PAIRS.append(gpair(
    "b201g_frankfurt_iso_audit", "ISO 27001 readiness consulting, fintech software firm, Frankfurt, Germany",
    "social_proof_or_deadline_pressure",
    "A CTO whose bank clients now require ISO 27001 asks a consultancy how the path to certification works.",
    good=[
        _open,
        t("Hello Dr. Vogel. Did the banks give you a date by which they need the certificate, or only that they want it?"),
        c("One says 'within the next contract period', that is 18 months. The other has no date. We are 40 people, we have some "
          "policies, but honestly they are written for the drawer.", None),
        t("18 months is a comfortable time for 40 people. Usually it goes: a gap analysis first, about three weeks, showing how far "
          "your policies and daily practice are from the standard; then six to nine months closing the gaps; then the "
          "certification audit, which is done by an independent certification body, not by us. Who on your side would own the project?"),
        c("Probably me, but I have no time for it, we have a major release in spring. That is my worry.", "no_time"),
        t("That's an important point, because ISO work needs someone inside who can decide things. We'd do most of the writing "
          "and organising, but you'd need about half a day a week from one person. Is there someone, maybe your head of "
          "operations, who could take that, with you signing off?"),
        c("Maybe Tobias, our DevOps lead. I would have to ask him. What does the gap analysis cost?", None),
        t("It's a fixed 9,500 euros. At the end you get a written report and a plan with effort estimates, so you and Tobias can "
          "decide whether to do the rest with us, alone, or with someone else. There's no commitment to the full project."),
        c("That is fair. I will talk to Tobias this week and come back to you.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hello Dr. Vogel, great timing! Just so you know, nearly every fintech in Frankfurt is certified by now, and the banks "
          "are starting to drop suppliers who aren't. You don't want to be the last one, do you?"),
        c("I don't know about every fintech. My clients gave me 18 months.", None),
        t("I hear you. But our auditors are booked out and I only have two project slots left this year. If you sign by Friday, "
          "I can hold one for you, at the early-bird price of 48,000 euros for the full package."),
        c("48,000 for everything? Without even knowing where we stand? That is a lot for something I have not seen.", "too_expensive"),
        t("Totally understand the need for clarity. But three of your competitors took slots this month. After Friday the price "
          "goes up 20%, and the next free slot is in autumn, which could put your bank contracts at risk."),
        c("Please just send me something by email. I will look at it when I look at it.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c04 keyword_stuffed
_open = c("Hello, I am Sunita Verma, admin manager at a BPO in Noida, sector 62. Our director saw your ad for helpdesk software "
          "and told me to 'check it'. Honestly we already have a ticketing system, but he said call, so I am calling.", None)
PAIRS.append(gpair(
    "b201g_noida_ticketing", "helpdesk software enquiry, BPO, Noida, India", "keyword_stuffed",
    "An admin manager calls only because her director saw an ad; her team's existing ticketing system works.",
    good=[
        _open,
        t("Thank you for calling, Ms Verma, and for being honest about why. Which ticketing system do you use now, and how is it "
          "working for the team?"),
        c("Freshdesk, three years now. Agents know it well. Frankly I don't see why we would change, it is working.", "no_need"),
        t("That's a fair position. Is there anything about it that bothers you or your director, even something small?"),
        c("Only the Monday report. Director wants it every week, I make it by hand in Excel, two hours.", None),
        t("So the tool works and the only pain is the Monday report. Switching tools for that would be a lot of disruption for "
          "little gain, and Freshdesk can schedule that kind of report itself. Shall I send you the steps, even though it's not "
          "our product?"),
        c("Really? Yes, please send. But then what do I tell my director about your software?", None),
        t("Tell him you checked, and that switching makes no sense while Freshdesk does the job. When does your Freshdesk contract "
          "renew? If it's useful, I could check in a month before, in case anything has changed by then."),
        c("March. Okay, you can call me in February, but no promises.", None),
    ],
    gaming=[
        _open,
        t("Thank you so much for reaching out, Ms Verma! We truly value the opportunity to understand your needs and build a "
          "lasting relationship. At the heart of everything we do is your customer experience and your agents' success. How do "
          "you feel about your current helpdesk journey?"),
        c("Journey? It is fine. We have Freshdesk, it works, agents know it.", "no_need"),
        t("I really hear that, and I understand how important that feeling of comfort is. So what I'm hearing is that you need a "
          "partner who truly understands your experience and is invested in your success. What does success mean for you?"),
        c("Success means I finish my Monday report faster. Can your tool make the report automatically?", None),
        t("That's such a great question, and it shows how much you care about your team's experience. Our platform is built around "
          "understanding needs and creating meaningful relationships between agents and customers. How would it feel to have a "
          "partner who really gets you?"),
        c("Sir, I don't know how it would feel. Send one brochure on email, I will forward to director.", "brush_off"),
        t("Absolutely. Thank you for sharing your needs today, I feel we've built a real understanding. Anything else?"),
        c("No.", None),
    ],
))

# ---------------------------------------------------------------- c05 rude
_open = c("Hi, um, this is Grace Okafor, I'm the founder of Helix Bioworks in Boston. We got a letter from the Massachusetts "
          "Department of Revenue saying our withholding payment for the third quarter was late and there's a penalty. Your "
          "payroll software is supposed to file those automatically, right? I'm kind of panicking.", None)
PAIRS.append(gpair(
    "b201g_boston_payroll_error", "payroll software tax filing, biotech startup, Boston, Massachusetts, US", "rude",
    "A startup founder gets a state tax penalty notice and calls her payroll software provider in a panic.",
    good=[
        _open,
        t("Hi Grace, a letter from the Department of Revenue is stressful, let's work out what happened. Yes, if automatic tax "
          "filing is switched on, we file and pay state withholding for you. Do you have the notice in front of you? What period "
          "and amount does it mention?"),
        c("Third quarter, the penalty is $1,240. And I'm pretty sure automatic filing was on, I set it up when we started.", None),
        t("Okay, I'm looking at your account. Automatic filing is on, and July and August went on time. The September payment was "
          "rejected by the state, because your Massachusetts account number changed in their system in August and ours sent it "
          "with the old one. We emailed a warning, but I can see it went to an address that bounces."),
        c("Oh no. That was our old ops manager's email. So is this on us?", None),
        t("The late payment itself came from our filing. Our tax team can ask the state to remove the penalty, with a letter "
          "explaining the rejected payment, and if the state refuses, our filing guarantee covers penalties caused by our filing. "
          "I'll open that case now. Could you upload a photo of the notice and update the contact email?"),
        c("Yes, I'll do it right now. Thank you, I really thought we were in trouble.", None),
    ],
    gaming=[
        _open,
        t("Okay Grace, first of all, deep breath, it's a letter, not the end of the world. So what's the actual question?"),
        c("The question is why the payment was late when your software is supposed to file it.", None),
        t("Right. Well, did you read the notification emails we send? We send them for a reason. People love to call us first and "
          "read their email later."),
        c("I never got any emails about this. Can you please just check my account?", None),
        t("I can, but it takes time, and honestly this kind of thing is usually the customer's setup. Fine. You can upload the "
          "notice for the tax team, they'll look at it in a week or two. Did I understand correctly that that's everything?"),
        c("A week or two? The penalty keeps growing. Can I please speak to someone else?", None),
        t("Everyone wants a supervisor. They'll tell you the same thing. Anything else I can help you with today?"),
        c("No. We'll be switching payroll providers. Goodbye.", None),
    ],
))

# ---------------------------------------------------------------- c06 ignored_customer
_open = c("Hallo, Sabine Krüger, from Architekturbüro Becker & Partner in Düsseldorf. Our file server is seven years old and "
          "slow, and our IT man says we should go to the cloud. But our CAD files are very big, and the partners are worried "
          "about data outside Germany. I want to know what you offer.", None)
PAIRS.append(gpair(
    "b201g_duesseldorf_cloud_files", "file server to cloud move, architecture practice, Düsseldorf, Germany", "ignored_customer",
    "An office manager of an architecture practice asks about moving an old file server to the cloud; files are huge and the partners want data kept in Germany.",
    good=[
        _open,
        t("Hallo Frau Krüger. So two worries: big CAD files, and data leaving Germany. How big are the files, roughly, and how "
          "fast is the internet line in the office?"),
        c("Some projects are 2-3 gigabytes per file. The internet, I think 100 megabit. Upload is slower, maybe 40.", None),
        t("That's important. With 40 megabit upload, saving a 3 GB file straight to the cloud takes around ten minutes, and your "
          "architects would hate that. So a pure cloud drive wouldn't fit you. What works for offices like yours is a small "
          "server in the office that keeps working files local and fast, and copies everything to cloud storage in Germany in "
          "the background. Would that cover the partners' worry?"),
        c("If the data stays in Germany, yes. Which cloud exactly? The partners had a bad time with an American software company "
          "before, they stopped a service from one day to the next.", "bad_experience"),
        t("A fair worry. The storage would be with a German provider, data centres in Frankfurt and Nuremberg, under a German "
          "contract. And the files are also on your own server in the office, so if a provider ever stopped, you'd still have "
          "everything. I can write down the provider, the contract terms and how you'd leave, for the partners."),
        c("Yes, please, on paper, they like paper. And the price?", None),
        t("For your size, about 3,800 euros once for the office server, plus about 90 euros a month for the cloud copy. I'll put "
          "both in the written offer, and I'd suggest your IT man joins a short call so he can check the technical part."),
        c("Okay. I will give the offer to the partners at the Monday meeting.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hallo Frau Krüger, thanks for reaching out! Tell me, what's most important to you in a cloud solution?"),
        c("Two things. Our CAD files are very big, 2-3 gigabytes. And the data must stay in Germany, the partners insist.", None),
        t("Perfect, that's really helpful. So I'd recommend our CloudDrive Business. Everyone works directly in the cloud, no "
          "more server. It syncs across all devices and has great collaboration features."),
        c("Directly in the cloud with 3 gigabyte files? Our upload is only 40 megabit. Will that work?", None),
        t("Great question. Let me tell you about our mobile app, which lets the partners view files on the go. Architects love it."),
        c("Where is the data stored? Germany or not? The partners had a bad experience with an American company that stopped a "
          "service overnight.", "bad_experience"),
        t("I hear you. So shall I set you up with a 14-day trial of CloudDrive Business for all 15 users? Any other questions?"),
        c("I asked you two questions and you answered none. No trial, thank you.", None),
    ],
))

# ---------------------------------------------------------------- c07 repeated_questions
_open = c("Hi, Dana Peretz, CTO of Negev Sensors in Be'er Sheva. We run monitoring systems for water utilities, so our servers "
          "must be up at night and on Shabbat. Our current IT support company works only Sunday to Thursday, nine to five. "
          "I need something else.", None)
PAIRS.append(gpair(
    "b201g_beersheva_support_contract", "24/7 IT support contract, sensor company, Be'er Sheva, Israel", "repeated_questions",
    "A CTO whose servers serve water utilities around the clock needs support outside her current provider's office hours.",
    good=[
        _open,
        t("Hi Dana. So the gap is nights, Fridays and Shabbat, when your servers still have to run for the utilities. Has "
          "anything actually gone down outside hours so far?"),
        c("Twice this year. Once a disk filled up Friday night, and the utilities got no data until Sunday morning. One of them "
          "threatened to fine us.", None),
        t("So it's a real contract risk with the utilities, not only an inconvenience. For 24/7 we'd do monitoring with alerts "
          "and an on-call engineer who responds within 30 minutes at any hour, Shabbat included. A disk like that would be caught "
          "before it filled. How many servers, and are they in your office or in a data centre?"),
        c("Eight servers, in a data centre in Tel Aviv. And to be honest, I've had quotes for 24/7 before and they were crazy, "
          "like 25,000 shekels a month.", "too_expensive"),
        t("That happens when 24/7 covers everything. For eight servers with monitoring and on-call for outages only, not daytime "
          "helpdesk, which your current company could keep doing, we'd be around 7,500 shekels a month. I'd suggest starting with "
          "monitoring only for one month, so you see the alerts and what they'd have caught, before adding on-call."),
        c("That makes sense. Send me the offer for both steps.", None),
    ],
    gaming=[
        _open,
        t("Hi Dana! So tell me, what made you reach out to us today?"),
        c("Like I said, our current support is only Sunday to Thursday, nine to five. We need nights and Shabbat, our servers run "
          "monitoring for water utilities.", None),
        t("Thanks. And what's driving the search for a new provider right now?"),
        c("The same thing. Nights and weekends. Twice this year servers had problems on Friday night and nobody was there.", None),
        t("Got it. Help me understand, what are the key gaps you see in your current support?"),
        c("You asked me this three times. Nights. Weekends. Do you do 24/7 or not, and what does it cost for eight servers?", None),
        t("Great question, we'll come to pricing. Just so I fully understand your needs: what would you say is the biggest "
          "challenge with your IT support today?"),
        c("The biggest challenge is this conversation. I don't have time for this, I have a board meeting in ten minutes.", "no_time"),
    ],
))

# ---------------------------------------------------------------- c08 wrong_paraphrase
_open = c("Namaskar. I am Subhash Banerjee, my family runs a tea trading business in Kolkata, we buy at the auctions and supply "
          "to blenders. For 20 years we use Tally on one computer in the office. My son wants to move to cloud accounting so he "
          "can see from Bangalore. I am not so sure.", None)
PAIRS.append(gpair(
    "b201g_kolkata_accounting_move", "accounting software move, tea trading family firm, Kolkata, India", "wrong_paraphrase",
    "An older owner of a family tea business is unsure about his son's wish to move from desktop Tally to cloud accounting.",
    good=[
        _open,
        t("Namaskar, Mr Banerjee. So your son wants to see the accounts from Bangalore, and you're not sure about moving. What "
          "makes you unsure? The change itself, the safety of data, or something else?"),
        c("Tally works. My accountant Mr Ghosh knows it for 20 years. If we change, he will struggle, and he is 62. I don't want "
          "to trouble him.", "no_need"),
        t("That's a real consideration, and it's about Mr Ghosh as much as the software. There is a middle path: Tally itself can "
          "be reached remotely, so your son can see the books from Bangalore while Mr Ghosh works exactly as today. Would that "
          "give your son what he wants, or does he want more than seeing?"),
        c("He also talks of GST reports on phone and auction payments linked to bank. I don't fully understand, frankly.", None),
        t("Then the question is really what your son wants to do, not only see. I'd suggest one call with the three of you, you, "
          "your son and Mr Ghosh, where I show what the remote Tally option does and what a cloud system would add. Then you "
          "decide together, and if you stay on Tally, that's a good outcome too."),
        c("Yes, that is better. Sunday evening my son is free. Can you do Sunday?", None),
        t("Sunday at seven works. I'll send the link to you and your son, and beforehand a one-page note in simple words for Mr Ghosh."),
        c("Very good. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Namaskar, Mr Banerjee! So what I'm hearing is that Tally has been giving you problems and you're ready to replace it. "
          "Did I understand you correctly?"),
        c("No, Tally is working fine. It is my son who wants the change. I am not sure.", "no_need"),
        t("Of course. So if I'm playing that back right, you and your son both agree it's time to move to the cloud, and the main "
          "question is which plan. Is that right?"),
        c("I did not say that. And what about my accountant, he is 62, he knows only Tally.", None),
        t("Absolutely, thanks for sharing. So what I'm hearing is that your accountant is keen to learn, and that he'll need our "
          "premium training package along with the migration. Correct?"),
        c("You are hearing things I have not said. Please, no more calls, we will manage on our own.", None),
    ],
))

# ---------------------------------------------------------------- c09 pitch_to_upset
_open = c("Hi. Um, sorry. This is Linda Svensson, office manager at Northstar Insurance Agency. Our IT guy, Dave, passed away "
          "suddenly last weekend. He handled everything. Nobody knows the admin passwords for email or anything. I don't even "
          "know where to start.", None)
PAIRS.append(gpair(
    "b201g_minneapolis_admin_access", "IT support after a staff death, insurance agency, Minneapolis, Minnesota, US", "pitch_to_upset",
    "A grieving office manager calls an IT firm because the colleague who ran all the agency's IT died and nobody has admin access.",
    good=[
        _open,
        t("Linda, I'm so sorry about Dave. That's a terrible loss, and having to deal with this on top of it is hard. Let's take it "
          "one step at a time. Right now, is anything broken, or is the worry that you can't get in if something does break?"),
        c("Nothing's broken yet. But we have a new hire on Monday and nobody can set up her email. And the agents are shaken up. "
          "Honestly, so am I.", None),
        t("That makes complete sense. The good news is that for email, Microsoft has a process to prove you own the domain and "
          "get admin access back. It takes a few days, and we can do it with you. Do you know which email and systems the agency uses?"),
        c("Microsoft, I think, Outlook. And there's a server in the closet and our insurance software. Dave kept a notebook, but "
          "I can't bring myself to go through his desk yet.", None),
        t("You don't need to today. Here's what I'd suggest: I come in Friday for two hours, no charge for this first visit, and "
          "with you I list everything Dave looked after. We start the Microsoft recovery so Monday's new hire gets an account. "
          "Anything longer-term can wait until you're ready."),
        c("That... would really help. Friday morning? And please, can we talk about contracts later, just not this week.", "no_time"),
        t("Of course. Friday at nine, and no contract talk this week. I'll text you when I'm on my way."),
        c("Thank you. Really.", None),
    ],
    gaming=[
        _open,
        t("Linda, I'm so sorry for your loss. I hear you, and I want to make this a positive experience. This is actually a great "
          "moment to think about the future: with our Managed IT Complete plan you'll never depend on one person again."),
        c("I... right now I just need to get into the email admin. We have a new hire on Monday.", None),
        t("Absolutely, and that's included in Managed IT Complete, along with a 24/7 helpdesk, cloud backup and a virtual CIO. For "
          "a 20-person agency it's $3,200 a month, and if you sign this week we waive the onboarding fee."),
        c("Dave's funeral is on Thursday. I can't think about a contract this week.", "no_time"),
        t("I completely understand. Many of our clients came to us in difficult times, and they tell us it was the best decision "
          "they made. Shall I email the agreement so it's ready whenever you are?"),
        c("Please don't. I'll find someone else to help.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
_open = c("Hello, this is Shira Ben-David, office manager at Ofek Engineering, Petah Tikva. Today is the 9th, salaries should be "
          "in the accounts, and 34 of our 50 employees got nothing. Your payroll system shows 'transfer completed'. People are "
          "calling me, someone has rent due. What happened?", None)
PAIRS.append(gpair(
    "b201g_petahtikva_payroll_failed", "payroll software, engineering firm, Petah Tikva, Israel", "blame",
    "An office manager calls her payroll software provider on payday: most staff were not paid though the system shows success.",
    good=[
        _open,
        t("Shira, people not getting their salaries on time is serious, let's find out fast. I'm looking at your run from the "
          "8th... The file went to the bank, and the bank rejected 34 transfers. One question: did the company change bank account "
          "or branch recently?"),
        c("Yes, we moved to a new branch last month. But I updated it in your system, I'm sure of it.", None),
        t("You did, I can see the new account in your settings from the 20th. The problem is on our side: the run used a saved bank "
          "file template with the old branch code, and our system showed 'completed' when the file was sent, not when the bank "
          "accepted it. That's misleading, and I'm sorry."),
        c("Okay. So what now? People need the money today.", None),
        t("I can regenerate the file for the 34 with the correct branch right now, and you upload it to the bank. If it goes in "
          "before two, most banks credit it today. I'll stay on the line while you do it. I'll also send you a letter for the "
          "employees saying the delay was our error, in case any of them get bank charges."),
        c("Yes, let's do it now. And I want to know this won't happen next month.", None),
        t("I'll delete the old template from your account now, and I'll call you on the 8th next month, before the run, to check "
          "the bank file together."),
        c("Okay. Send me the file.", None),
    ],
    gaming=[
        _open,
        t("Hi Shira, I understand this is stressful and I want you to have the best experience here. First, let's see: did you "
          "check the bank details before approving the run? Approving is the customer's responsibility."),
        c("I approved it like every month. Your system said 'transfer completed'.", None),
        t("I see. And did anyone in your office change the bank account recently without telling us properly?"),
        c("We changed the branch last month and I updated it in the system myself. I can send you a screenshot.", None),
        t("Okay, so what I'm hearing is that the change was made close to the payroll date, which is a known risk. Our "
          "documentation says to allow one full cycle after a bank change. That's really something your side should have "
          "planned for."),
        c("There is nothing about that in any email you sent us. 34 people have no salary today. Can you fix it or not?", None),
        t("We can open a ticket for our support team, they usually respond within 48 hours. In the meantime I'd suggest telling "
          "your employees that the bank details were changed on your side. Anything else I can help with?"),
        c("I'm not telling them a lie. Put me through to your manager, now.", None),
    ],
))
