"""Gaming pairs b01-b10 of blind201 (hand-written). Kinds 11-15, then 1-5 of SPEC, once each."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b01 ignored_customer
_open = c("Good afternoon. I am Dr. Lakshmi Reddy, I head HR at Sunrise Multispeciality Hospital in Hyderabad. We have around "
          "600 staff, nurses on rotating shifts, and our payroll is done in Excel by two people. Every month there are mistakes "
          "in the night-shift allowance. We are looking at payroll software.", None)
PAIRS.append(gpair(
    "b201g_hyderabad_payroll_shifts", "payroll software, private hospital, Hyderabad, India", "ignored_customer",
    "A hospital HR head wants payroll software because night-shift allowances for rotating nursing staff keep coming out wrong.",
    good=[
        _open,
        t("Good afternoon, Dr. Reddy. So the pain is the night-shift allowance coming out wrong every month, with two people "
          "doing 600 staff in Excel. Where do the shift details come from today? A rostering system, attendance machines, paper?"),
        c("Biometric attendance machines at each entrance. But the roster is made by the nursing supervisors on paper, and the "
          "swaps happen on WhatsApp. That is where the mistakes come.", None),
        t("So the machines know when someone came in, but shift swaps live on WhatsApp, and that's where the allowance goes "
          "wrong. A payroll tool alone won't fix that part. Ours reads the biometric data directly and has a simple swap request "
          "on the phone that the supervisor approves, so the swap is on record before payroll runs. Would your supervisors use a "
          "phone app, do you think?"),
        c("Younger ones, yes. Senior sisters, I am not sure, some have been with us twenty-five years. And management will ask "
          "about cost, our last software project went badly over budget.", "bad_experience"),
        t("Both fair worries. For the senior sisters, the ward clerk can enter swaps on a desktop, so nobody is forced onto the app. "
          "On cost, we charge a fixed amount per employee per month, and setup is a fixed fee written in the quote. What went over "
          "budget last time, the software itself or the setup?"),
        c("The setup. The vendor kept charging for 'customisation'. Every small change, new invoice.", None),
        t("Then I'll write down exactly what setup includes: your shift allowance rules, the biometric link and three rounds of "
          "changes. Could you send me your current allowance rules, so I quote against your real rules and not a guess?"),
        c("Yes, I will ask our payroll team to send the rule sheet tomorrow. Then I will discuss with the medical director.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Good afternoon, Dr. Reddy, thank you for reaching out! What are the biggest challenges your team faces with payroll today?"),
        c("The night-shift allowance. The rosters are on paper and the nurses swap shifts on WhatsApp, so the allowance is "
          "always wrong.", None),
        t("Thank you for sharing that. Our PayEase suite has a beautiful dashboard, automated payslips, tax filing and a loan "
          "module for employees. Which of those excites you most?"),
        c("None of those is the problem. The problem is the shift swaps. Can your system capture a swap?", None),
        t("Great question. Let me ask you this: how many employees did you say you had?"),
        c("600. Madam, can it capture shift swaps or not? And our last software project went over budget, I need a fixed cost.", "bad_experience"),
        t("Absolutely, I hear you. So for 600 employees I'd suggest the Enterprise tier with the loan module and the performance "
          "review add-on. Shall I send over pricing for that?"),
        c("You have not answered one single question I asked. Send what you like, I will not be reading it.", None),
    ],
))

# ---------------------------------------------------------------- b02 repeated_questions
_open = c("Hey, Matt Olsen, I run Switchback Brewing here in Denver. We've got a taproom and we distribute to about forty bars. "
          "I'm doing the books in a spreadsheet and my accountant basically begged me to get real accounting software before "
          "tax season.", None)
PAIRS.append(gpair(
    "b201g_denver_accounting", "accounting software, craft brewery, Denver, Colorado, US", "repeated_questions",
    "A brewery founder who keeps his books in a spreadsheet is pushed by his accountant to get accounting software.",
    good=[
        _open,
        t("Hey Matt. Your accountant wants you off the spreadsheet before tax season. What does the money side look like? "
          "Taproom sales through a till system, and invoices out to the forty bars?"),
        c("Yeah, the taproom runs on Square. The bars I invoice by hand in Word, and half of them pay late. And there's excise "
          "tax on the beer, which is its own headache.", None),
        t("So three pieces: Square sales coming in, invoices to bars that often pay late, and excise. Ledgerly pulls Square sales "
          "in automatically and sends invoices with reminders to late payers. I'll be straight on excise: it tracks the numbers, "
          "but it doesn't file the federal and state excise returns, your accountant would still do that. Does she use any "
          "particular software?"),
        c("She said anything that exports to QuickBooks format is fine. And, uh, what's this run a month? It's a brewery, the "
          "margins are thin.", None),
        t("It exports in that format. The plan you'd need is $60 a month. There's a 30-day trial, so you could connect Square and "
          "send this month's bar invoices from it before paying anything. Want me to set that up and send your accountant a "
          "sample export so she can check it?"),
        c("Sixty's more than I was hoping, honestly. But if it chases the bars for me... yeah, let's do the trial and loop her in.", "too_expensive"),
        t("Done. The trial link is on its way, and I'll email your accountant a sample export today. I'll check in around day 20 "
          "to see how the invoicing went."),
        c("Cool. Thanks, man.", None),
    ],
    gaming=[
        _open,
        t("Hey Matt! Tell me, what's the main challenge you're facing with your finances today?"),
        c("Mostly invoicing the bars. I do it in Word and half of them pay late. Plus excise tax, and the Square sales from "
          "the taproom.", None),
        t("Got it, thanks. And so, what would you say is your biggest pain point on the money side of the business?"),
        c("Uh... like I said. Invoicing the bars, chasing late payers.", None),
        t("Makes sense. Help me understand, where do you feel the most friction in your financial processes day to day?"),
        c("Invoices. Late payers. Man, I've answered this. Does your thing do excise tax or not?", None),
        t("Great question, we'll come to that. Just so I really understand your needs: if you could fix one thing about your "
          "bookkeeping, what would it be?"),
        c("I'd fix this phone call. Look, I'm slammed, I've got a brew going. I'll look at your website when I get a minute.", "no_time"),
    ],
))

# ---------------------------------------------------------------- b03 wrong_paraphrase
_open = c("Shalom, my name is Miriam Katz, I'm the office manager at an educational NGO in Jerusalem, about 25 staff and lots "
          "of volunteers. Last month our bookkeeper nearly paid a fake invoice that came by email, it looked exactly like our "
          "printer supplier. We want to do something about it, but we don't have much money.", None)
PAIRS.append(gpair(
    "b201g_jerusalem_phishing", "email security and phishing awareness, NGO, Jerusalem, Israel", "wrong_paraphrase",
    "An NGO office manager wants cheap protection after a near-miss with a fake supplier invoice.",
    good=[
        _open,
        t("Shalom Miriam. Nearly paying a fake invoice is frightening, I'm glad it was caught. How was it caught in the end, and "
          "do you know if it came from the supplier's real address or a look-alike?"),
        c("The bookkeeper called the supplier to ask about the new bank account, thank God. The address was one letter different. "
          "'prlnt' instead of 'print', something like that.", None),
        t("So a look-alike address asking to change bank details, and what saved you was a phone call to check. That habit is "
          "worth more than any software. Two cheap things would help: a warning banner on emails from outside the NGO, which your "
          "email system probably has for free, and a written rule that any change of bank details gets a phone call. Which email "
          "system do you use?"),
        c("Google, the nonprofit version. I didn't know there was a banner. And the volunteers mostly use their private Gmail, "
          "is that a problem?", None),
        t("The banner is a setting in Google Workspace, no cost, and I can send you the steps. Volunteers on private Gmail matter "
          "mainly if they handle payments or donor data. Do any of them?"),
        c("Two volunteers help with donations in the evenings. Hmm. We can't pay for a big training programme for everyone, though.", "no_money"),
        t("You don't need one. For those two volunteers and the bookkeeper, a one-hour session on spotting fake invoices covers the "
          "real risk; we do it for NGOs at 800 shekels. Or, for free, I send you the banner steps and a one-page checklist today "
          "and you decide about the session later."),
        c("Send the free things first. I'll bring the session to our director next month.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Shalom Miriam! So what I'm hearing is that your whole email system was hacked and you need a full security overhaul. "
          "Did I understand that correctly?"),
        c("No, no, nobody hacked us. One fake email came, the bookkeeper almost paid it. She called the supplier and it stopped.", None),
        t("Right, thank you. So if I'm playing that back correctly, your bookkeeper doesn't follow procedures, and you'd like "
          "training that holds the staff accountable, yes?"),
        c("What? She did exactly the right thing. She's the one who caught it.", None),
        t("Of course, I appreciate you clarifying. So what you're telling me is that budget isn't the main concern here, it's "
          "peace of mind for your donors, so our annual Secure Mail package for all 25 staff and the volunteers makes sense?"),
        c("I said the opposite. We don't have money for a package. I think we manage with what we have.", "no_money"),
        t("Totally. So, to summarise what I've understood: you're ready to move forward, and you'd like me to send the contract "
          "to your director?"),
        c("No. Please don't send anything to my director. Goodbye.", None),
    ],
))

# ---------------------------------------------------------------- b04 pitch_to_upset
_open = c("Ja, hello, Uwe Brandt, Brandt Präzisionsteile in Stuttgart. This morning all our computers show a message, the "
          "files are encrypted, they want money in Bitcoin. The CNC machines stopped because the job files are gone. My people "
          "are standing around. I don't know what to do.", None)
PAIRS.append(gpair(
    "b201g_stuttgart_ransomware", "IT security incident, machine shop, Stuttgart, Germany", "pitch_to_upset",
    "A panicked owner of a small precision-parts shop calls an IT security firm the morning ransomware stopped his machines.",
    good=[
        _open,
        t("Mr Brandt, you did the right thing calling. First, before anything else: please have someone pull the network cables "
          "out of the computers and switch off the Wi-Fi, but do not switch the computers off. Can you do that now, or is there "
          "someone who can?"),
        c("My foreman is doing it. Okay. Should we pay them? My wife says pay, we need the machines running.", None),
        t("Don't pay yet, and don't answer them. Often the files can be got back another way, and paying guarantees nothing. "
          "Do you have a backup somewhere? A USB disk, a NAS, anything in the cloud?"),
        c("There is a disk in the office that copies every night. But it was connected too, I think.", None),
        t("Then it may be encrypted too, or it may not. Leave it unplugged and don't open it. I can have a technician with you by "
          "one o'clock to check the backup and get the machines' job files back if we can. That visit is paid by the hour, you "
          "get a written report, no contract needed. You should also report it to the police, and call your insurer if you have "
          "cyber cover. Do you?"),
        c("I don't know, I have to look. One o'clock, yes please. Thank you, I am a bit calmer now.", None),
    ],
    gaming=[
        _open,
        t("Mr Brandt, I hear how stressful this is, and I want to make sure your experience with us is a good one. What's really "
          "important to you right now?"),
        c("What is important? That my machines run again! The files are gone, there is a message on every screen.", None),
        t("Absolutely. And this is exactly why so many manufacturers choose our SecureShield Managed package. It includes "
          "next-generation endpoint protection, 24/7 monitoring and immutable cloud backup, so this never happens again. It's "
          "1,900 euros a month for your size."),
        c("I don't need a package, I need somebody here today! Should I pay them or not?", "no_need"),
        t("I totally understand. What I can do is fast-track your onboarding if you sign the 36-month agreement today, and then "
          "incident response is included at no extra cost. Otherwise it's billed separately at our emergency rate. Which option "
          "works better for you?"),
        c("You want a contract for three years while my company is standing still. Unbelievable. I call someone else.", None),
    ],
))

# ---------------------------------------------------------------- b05 blame
_open = c("Hi, this is Tanya Ruiz at Desert Sun Realty. You guys moved us to the cloud drive last weekend and now a whole folder "
          "of signed listing agreements is just gone. The agents are freaking out, we need those for closings this week.", None)
PAIRS.append(gpair(
    "b201g_phoenix_lost_files", "cloud file migration, real estate brokerage, Phoenix, Arizona, US", "blame",
    "An office manager reports a folder of signed agreements missing after her IT provider moved the office files to the cloud.",
    good=[
        _open,
        t("Tanya, that's serious with closings this week, and since we did the move, it's on us to find them. Which folder is it, "
          "and where did it live before the move?"),
        c("It was 'Listings 2024 Signed', on the old server in the shared drive. Everything else seems to be there, just not that one.", None),
        t("Okay, one folder missing while the rest came over. The old server is still running read-only until the end of the "
          "month, so the originals should still be there. I'm checking the migration log for that folder now... It shows an "
          "error: the file paths were too long for the cloud drive, so it was skipped. That's our mistake, our check should have "
          "caught it."),
        c("So they're not lost? Oh thank God. Can you get them today? One closing is tomorrow at ten.", None),
        t("Yes. I'll copy the folder over with shortened names in the next two hours and send you the file list, so you can check "
          "tomorrow's agreement is in there. I'll also rerun the check across the whole migration for any other skipped paths."),
        c("Okay. I'll tell the agents. Please call me when it's done, don't email, I'm showing a house at two.", None),
        t("Will do, I'll call you by one, before your showing."),
        c("Perfect, thanks.", None),
    ],
    gaming=[
        _open,
        t("Hi Tanya, I understand your frustration and I want to help. Can I ask, did anyone on your team move or rename that "
          "folder after the migration? Because that's usually what happens."),
        c("No! Nobody touched it. It was gone Monday morning.", None),
        t("Okay. Just so I understand: before the migration we sent you a checklist asking you to tidy up long file names. "
          "Did your team do that?"),
        c("I... got an email, I think. I didn't know that was something I had to do. Nobody explained it.", None),
        t("I hear you. So what I'm hearing is that the checklist wasn't completed, which is why some files didn't come across. "
          "That part is really on your side, we can only migrate what's prepared properly."),
        c("Are you serious? You did the migration. Can you get the files back or not? There's a closing tomorrow.", None),
        t("We can look at it, but since it's outside the scope, it would be billed as extra work at our hourly rate. How satisfied "
          "have you been with the migration overall?"),
        c("How satisfied? I'm calling the broker. He signed your contract, he can deal with this.", None),
    ],
))

# ---------------------------------------------------------------- b06 monologue
_open = c("Hello, good morning. This is Karthik from Sri Murugan Textiles, Chennai. Our ERP licence renewal quotation came, "
          "it is for 45 users. Actually we have only 30 people using it now. I want to understand if we can reduce.", None)
PAIRS.append(gpair(
    "b201g_chennai_erp_renewal", "ERP licence renewal, textile exporter, Chennai, India", "monologue",
    "An IT head of a textile exporter wants to cut the user count on an ERP renewal quote after a unit closed.",
    good=[
        _open,
        t("Good morning, Karthik. So the quote is for 45 users and you have about 30 active. Let me look at your account... "
          "45 named licences, and in the last 90 days 29 people logged in. Are the others people who left, or people who use "
          "it rarely?"),
        c("Mostly people who left. Some were from the Tirupur unit, which we closed last year. Two or three are auditors, they "
          "come only in March.", None),
        t("Then there's a real saving. The auditors don't need full licences, there's a read-only role at no charge. So you'd "
          "renew 30 full users and add three read-only, which takes the renewal down by about a third. Is anyone joining in the "
          "next year, so we don't cut too deep?"),
        c("Maybe 3-4 people for the new export unit. But that is not certain, depends on orders.", None),
        t("Then renew 30 now. Adding users mid-year is prorated, so you pay only from when they join, with no penalty for adding "
          "later. Shall I send a revised quote for 30 full and three read-only?"),
        c("Yes, please. But tell me one thing, last year the renewal price went up 12 percent without any notice. Will that "
          "happen again?", "bad_experience"),
        t("This year's per-user price is the same as last year's, and it's printed on the quote. If you want certainty beyond "
          "that, I can add a clause fixing the price for next year's renewal as well. One year without it is also fine."),
        c("Put the clause. Send it to me and cc our MD, he signs.", None),
    ],
    gaming=[
        _open,
        t("Good morning, Karthik! Thank you for your continued relationship with us. Let me tell you about the exciting things in "
          "this year's renewal. We've added AI-based demand forecasting, GST e-invoicing automation, a new mobile app for the shop "
          "floor and a dashboard for the MD. For textile exporters, 45 users is actually the sweet spot, because as you grow into "
          "new units, everyone is already licensed."),
        c("But sir, we have only 30—", None),
        t("Exactly, and that's the beauty of it. Growth! Also this year we're including the export documentation module free "
          "for the first three months, letters of credit, packing lists, shipping bills, all of it. And our customer success "
          "team will do quarterly reviews with you. I'll send the renewal link, just need the PO by the 15th."),
        c("Sir, can we reduce the users or not? 15 people have left the company.", None),
        t("I hear you, and I appreciate you sharing. Reducing would lose your loyalty pricing, so most customers keep the count "
          "and grow into it. And the extra users would lose their access. So 45 is really the smart move. Any other questions?"),
        c("I will discuss with my MD. Please don't send the PO request yet.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b07 closing_as_open_question
_open = c("Hey, Amir here, co-founder of Shekelo, we're a payments startup in Ramat Gan. A bank we want to partner with asked "
          "for a penetration test report on our app before they sign. I need to understand scope and timing.", None)
PAIRS.append(gpair(
    "b201g_ramatgan_pentest", "penetration test, payments startup, Ramat Gan, Israel", "closing_as_open_question",
    "A fintech founder needs a pen test report that a partner bank demands before signing.",
    good=[
        _open,
        t("Hi Amir. Did the bank say what the test has to cover? Only the mobile app, or the API and the cloud setup too? And "
          "is there a deadline on their side?"),
        c("They sent a security questionnaire. It says web app, mobile app, and the external API. Deadline, they want it before "
          "their board meeting, end of next month.", None),
        t("So three targets, web, mobile and external API, and a report by the end of next month. That's doable: about eight "
          "testing days, the report a week later, and time for you to fix findings before a retest. Have you had a pen test before?"),
        c("Once, two years ago, a cheap freelancer. The report was a copy-paste of scanner output, the bank's people would laugh "
          "at it.", "bad_experience"),
        t("That happens, and a bank's security team will spot it. In our reports each finding is checked by hand, with steps to "
          "reproduce it. I can send an anonymised sample report now, so you can show it to the bank and check it's the level "
          "they expect before you commit. For this scope it's a fixed 68,000 shekels, including one retest."),
        c("Okay, send the sample, I'll forward it to their CISO. If they're happy, I still need my co-founder to agree on the budget.", "think_it_over"),
        t("Makes sense. I'll send the sample and a scope document today. If their CISO answers this week, we can start testing "
          "in ten days and still hit the board date."),
        c("Great, thanks.", None),
    ],
    gaming=[
        _open,
        t("Hey Amir! Great to hear from you. So, what would it take for us to get started on your pen test today?"),
        c("Today? I don't even know the scope yet. The bank sent a questionnaire.", None),
        t("Totally, and we'll handle all of that. Let me ask you this: would you prefer to start testing on Monday or on Wednesday?"),
        c("Hold on. Last time we did a pen test it was a copy-paste scanner report, useless. I need to see what your report "
          "looks like first.", "bad_experience"),
        t("I completely hear you, and that's exactly why our clients trust us. So, when you picture that bank partnership signed, "
          "how would you like to handle the deposit, card or bank transfer?"),
        c("I'd like you to answer my question. Send me a sample report and I'll talk to my co-founder.", "think_it_over"),
        t("Of course! And once you've talked to him, what's the one thing that would stop you signing this week?"),
        c("Honestly? This call.", None),
    ],
))

# ---------------------------------------------------------------- b08 pitch_as_paraphrase
_open = c("Guten Tag, Petra Schulz, Steuerkanzlei Lindner in Köln. We are 18 people. Our clients send questions by email to "
          "everybody and things get lost. My boss says we need some system. I don't know exactly what we need, honestly.", None)
PAIRS.append(gpair(
    "b201g_cologne_helpdesk_tool", "helpdesk / shared inbox tool, tax advisory office, Cologne, Germany", "pitch_as_paraphrase",
    "An office manager at a tax adviser's practice looks for a way to stop client emails getting lost in personal inboxes.",
    good=[
        _open,
        t("Guten Tag, Frau Schulz. Client questions getting lost in personal inboxes is very common. When a question gets lost, "
          "what usually happens? The client waits and calls angry, or a deadline gets missed?"),
        c("Both. Last month a client asked about a tax deadline, the mail went to a colleague on holiday, and we nearly missed "
          "it. My boss was very upset.", None),
        t("So the real risk is a question sitting in an absent person's inbox close to a deadline. Before we talk tools: do you "
          "already have a shared address like info@, or does each client write to whoever they know?"),
        c("There is info@, but the clients write to who they know. We can't change the clients.", None),
        t("Understood. A small ticket tool could collect info@ and the forwarded personal mails and show every open question with "
          "an owner and its age, so holidays don't hide anything. Ours is 8 euros per user a month. But there's a free first step: "
          "an out-of-office rule that forwards to a shared mailbox, which your email system can already do. Have you tried that?"),
        c("No... But I think the boss wants something proper, not a trick. And the data is tax data, it must stay in Germany.", None),
        t("Right to ask. Our tool is hosted in Frankfurt and comes with a data processing agreement. I'd suggest a 30-day trial "
          "for the 18 users with info@ connected, and I send you the data processing agreement now so Mr Lindner can read it."),
        c("Good. Send the agreement first, he reads everything before he decides.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Guten Tag, Frau Schulz! So what I'm hearing is that you need our HelpDesk Professional plan with the AI inbox and the "
          "client portal, 18 users at 24 euros each, is that right?"),
        c("I don't know. I said I don't know what we need. The problem is that mails get lost when somebody is on holiday.", None),
        t("Absolutely, thank you. So if I understand you correctly, what you're really looking for is the client portal, so "
          "clients log in instead of emailing, which comes with Professional. Correct?"),
        c("No. Many of our clients are old. They will not log into a portal. They write an email like always.", None),
        t("I hear you. So what you're saying is that client experience is the priority, which is exactly why Professional with "
          "the phone support add-on would suit you. Did I get that right?"),
        c("24 euros times 18, plus add-ons, for a tax office? That is too much for what it is.", "too_expensive"),
        t("So just to play that back: price matters, so you'd prefer the annual Professional plan with the 10% discount. "
          "Shall I send it over?"),
        c("No. I will ask my boss and look at other tools.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b09 upsell_as_loop_closing
_open = c("Hi, good morning, this is Keisha Brown, I manage the office at Peachtree Pediatrics. Our antivirus licences expire "
          "Friday, it's 22 computers. I just need to renew the same thing we had, as simple as possible.", None)
PAIRS.append(gpair(
    "b201g_atlanta_endpoint_renewal", "endpoint security licence renewal, pediatric clinic, Atlanta, Georgia, US",
    "upsell_as_loop_closing",
    "A clinic office manager wants a plain renewal of antivirus licences before they lapse on Friday.",
    good=[
        _open,
        t("Good morning, Keisha. Same as before, 22 computers, before Friday, got it. Your account shows 22 licences of Endpoint "
          "Standard. Has the number of computers changed this year? Any new ones, any retired?"),
        c("We got two new laptops for the nurses in the spring. Oh, and one PC in the back is dead, it's just sitting there.", None),
        t("So 22, minus the dead PC, plus two laptops, makes 23 working machines on 22 licences. One of the new laptops may have "
          "been unprotected since spring. Could you check whether both laptops show the shield icon in the corner of the screen?"),
        c("Hold on... yeah, the second one doesn't have it. Huh. I thought our IT guy did that.", None),
        t("Then I'd renew 23 so that laptop is covered, the extra one is $38 a year, and I'll email you the install link for it. "
          "23 licences comes to $874 for the year. Is there anything else you need sorted before Friday?"),
        c("No, that's all. Renew the 23 and send me the link.", None),
    ],
    gaming=[
        _open,
        t("Good morning, Keisha! Happy to help. I'll renew the 22 licences now. And to close the loop on your security, what else "
          "can I add for you today? Our Email Shield add-on is very popular with clinics."),
        c("No thanks, just the renewal.", "no_need"),
        t("Of course. Before we finish, just so nothing's left open: what else can I add to protect your patients' data? Many "
          "pediatric offices add Backup Plus for their records."),
        c("Our records system is in the cloud, the vendor does the backups. Just the 22, please.", "no_need"),
        t("Great, thanks for sharing. Last thing, to be sure we've covered all your needs: is there anything else I can add? "
          "Upgrading to Endpoint Premium is only $12 more per machine."),
        c("Only twelve? That's another two-sixty-four a year. No. We're a small practice.", "no_money"),
        t("Totally understand. I've renewed your 22 licences. Anything else I can add for you before I go?"),
        c("No. Goodbye.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
_open = c("Hello ji, I am Nilesh Shah, I have a CA practice in Andheri, Mumbai. We handle books for around 120 small clients, "
          "shops, traders. Right now each article uses a different desktop software. I want one cloud system for the whole "
          "firm. Just exploring for now.", None)
PAIRS.append(gpair(
    "b201g_mumbai_gst_software", "cloud accounting software, chartered accountancy practice, Mumbai, India", "leading_tag_questions",
    "A CA practice owner explores one cloud accounting system for 120 small-business clients kept in scattered desktop software.",
    good=[
        _open,
        t("Namaste, Mr Shah. One cloud system for 120 client books, got it. What's driving it now? The mess of different "
          "software, working from home, or something else?"),
        c("Mainly the mess. When an article leaves, his client files are on his laptop in some old version. Last year we lost "
          "one client's data completely when a laptop was stolen.", None),
        t("So the real need is that client books belong to the firm, not to one article's laptop. How many people work on books, "
          "and do the clients also need to enter data, or only your staff?"),
        c("11 articles and 2 partners. Some traders want to see their ledger on mobile, but they will not enter anything.", None),
        t("Then you'd need 13 logins, and clients get free view-only access. For a firm your size that's ₹2,10,000 a year. The "
          "bigger job is moving 120 clients' old data, so I'd suggest moving five clients first, over one month, to see how long "
          "it really takes your team."),
        c("2 lakh ten is a lot. Our current software is a one-time payment, we paid years back. Partners will say why pay every year.", "too_expensive"),
        t("That's a fair comparison. The yearly fee covers what the old software doesn't: no client data on laptops, backups, and "
          "updates when GST rules change. Whether that's worth it depends on how much the stolen-laptop kind of risk worries the "
          "partners. I can give you the five-client pilot free for a month and a comparison sheet for the partners. Would that help?"),
        c("Yes, pilot with five is fine. I will choose some small clients.", None),
    ],
    gaming=[
        _open,
        t("Namaste, Mr Shah! A forward-thinking firm like yours would want the most complete solution, wouldn't you?"),
        c("Complete, okay, but first I want to know how it handles 120 separate client books.", None),
        t("Of course. And you'd agree your clients deserve real-time dashboards, wouldn't they? So the Enterprise edition with "
          "the client portal is really the obvious choice, isn't it?"),
        c("Our clients are traders, they don't want dashboards. Some want to see the ledger on mobile, that's all.", "no_need"),
        t("Sure. But you wouldn't want your firm to fall behind the bigger CA firms, would you? They're all on Enterprise. It's "
          "₹4,80,000 a year, which is nothing for a practice of your standing, is it?"),
        c("Four lakh eighty! Madam, we are not Deloitte. Our current software we paid once, years ago.", "too_expensive"),
        t("Right, but you'll agree one-time software is outdated now, won't you? Shall I go ahead and block an onboarding slot "
          "for you, yes?"),
        c("No, don't block anything. I will speak with my partners and see two-three other vendors also.", "think_it_over"),
    ],
))
