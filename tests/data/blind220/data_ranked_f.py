"""Ranked pairs f01-f10 (b220): both sides share every turn except one fault in `worse` and the customer's
reaction to it. Hand-written."""
from common import c, t, rpair

PAIRS = []

# f01 fault: argues with the customer (accountants, Salford)
_o = c("Hi, I run a small recruitment agency in Salford, six of us. I'm thinking of switching accountants. Our current lot charged us four and a half grand last year and I've no idea what for.", None)
_t1 = t("Thanks for getting in touch. Do you know what was included in the four and a half thousand: year-end accounts, corporation tax, payroll, VAT?")
_c1 = c("Accounts, corporation tax, VAT returns. Payroll we do ourselves. And they charged extra every time I rang with a question, which drove me mad.", "bad_experience")
_t2_good = t("So accounts, corporation tax and quarterly VAT, plus charges for calls, and it's the calls that annoyed you most. Our fixed fee for that work would include calls and emails, so you'd know the cost up front. Roughly how often would you ring in a typical month?")
_c2_good = c("Two or three times, usually about contractors' invoices or cash flow. Nothing major.", None)
_t2_bad = t("To be fair, four and a half thousand for accounts, corporation tax and VAT isn't unusual, and charging for calls is normal in this industry. I'd honestly say they weren't overcharging you. How often do you ring them?")
_c2_bad = c("Well, it felt like overcharging to me, and I didn't ring you to defend them. Two or three times a month, about contractors' invoices or cash flow.", None)
_t3 = t("For a business your size with two or three calls a month, our fixed fee would be about three hundred and fifty a month, so forty-two hundred a year, calls included.")
_c3 = c("So about the same as now, really. I'd want to think about whether it's worth the hassle of moving.", "think_it_over")
_t4 = t("That's fair, moving is a bit of work. I'll send you a breakdown of what's included so you can hold it against last year's invoices, and if you want to talk it through afterwards, book a free half-hour with me.")
PAIRS.append(rpair(
    "b220r_f01_salford_switch_accountant",
    "A recruitment agency owner is thinking of switching accountants over fees. Fault in worse: the trainee argues the old fees were fair.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f02 fault: doubts the customer's honesty (plotter toner delivery, Dublin)
_o = c("Hi, I'm ringing from Fitzgerald Architects on Baggot Street. We ordered cyan toner for the plotter a week ago and what arrived was magenta. And the replacement you promised for Monday hasn't come either.", None)
_t1 = t("Sorry about that, let me look it up. Can you give me the order number, or the plotter's serial number?")
_c1 = c("Order 88213. The serial's on a sticker, hang on... FA-PL-0419.", None)
_t2_good = t("Thanks. I can see the magenta went out by mistake, and the replacement cyan was booked for Monday but it's still in our warehouse, the courier label was never printed. That's our mistake.")
_c2_good = c("Okay, at least that explains it. We've a competition entry printing on Friday, so we really need it.", None)
_t2_bad = t("Our system shows the replacement was signed for on Monday at 2.14. Are you sure it hasn't arrived and someone's put it in a cupboard?")
_c2_bad = c("I'm sure. I'm the only one on reception and I've checked everywhere. Do you think I'm making it up? We've a competition entry printing on Friday, so we really need it.", None)
_t3 = t("I'll have the cyan sent by same-day courier this afternoon at our cost, with a returns bag for the magenta. I'll text you the tracking as soon as it leaves.")
_c3 = c("Fine. If it's not here by five, I'll be ringing back.", None)
PAIRS.append(rpair(
    "b220r_f02_dublin_plotter_toner",
    "An architects' receptionist reports a wrong toner delivery and a missing replacement. Fault in worse: the trainee doubts she is telling the truth.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f03 fault: drops the price before asking anything (website translation, London)
_o = c("Hello, we're a small architecture practice in Islington and we'd like our website translated into German. We're bidding for some work in Munich.", None)
_t1_good = t("Lovely, good luck with the bids. How many pages is it, and is it the whole site or mainly the project pages the Munich clients will look at?")
_c1_good = c("Maybe twenty pages, but honestly the project pages matter most. About eight of them.", None)
_t1_bad = t("Lovely. I can do that at twenty per cent off our usual rate straight away, so roughly eleven pence a word. Shall I book it in?")
_c1_bad = c("Erm, you don't even know how much there is yet. It's maybe twenty pages, but honestly the project pages matter most. About eight of them.", None)
_t2 = t("Then I'd start with the eight project pages and the homepage. Are the project texts technical, with planning or building-standard terms, or more descriptive?")
_c2 = c("Bit of both. There's Passivhaus standards and so on. Our last translator, a freelancer, turned 'listed building' into something meaningless in German, so I'm wary.", "bad_experience")
_t3 = t("That's why I'd use a translator with an architecture background and send you a short glossary of the key terms to check first. For nine pages it would be about six hundred and fifty pounds, within a week. Is there a German speaker on your team who could check the glossary?")
_c3 = c("Yes, Anke can check it. Six-fifty's fine.", None)
PAIRS.append(rpair(
    "b220r_f03_london_website_german",
    "An architecture practice wants its website translated into German for bids in Munich. Fault in worse: the trainee offers a discount before asking anything.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f04 fault: an unasked lecture (payroll software support, Glasgow nursery)
_o = c("Hi, I run a children's nursery in Partick, we use your payroll. I've two new starters on Monday and I can't work out how to add them. The button's greyed out.", None)
_t1 = t("Hi, let's get that sorted. Are you logged in as the account owner, or as a user someone else set up?")
_c1 = c("Er, as me, I think? My manager set the account up originally, she's left now.", None)
_t2_good = t("That'll be it. A greyed-out button usually means your login doesn't have admin rights, and when your manager left nobody took them over.")
_c2_good = c("That makes sense. Can you give them to me?", None)
_t2_bad = t("That'll be why, your login won't have admin rights. While I have you, though, a lot of nurseries get caught out on pension auto-enrolment with new starters. You've legal duties to assess them and write to them within six weeks, and the Pensions Regulator does fine employers who get it wrong. Worth reading up on.")
_c2_bad = c("I've been doing auto-enrolment for six years, thanks. I just want to add two people. Can you fix the button?", None)
_t3 = t("Yes. Once you confirm a couple of security details I'll move the admin rights to you, and the button will work.")
_c3 = c("Go ahead. Date of birth, is it?", None)
_t4 = t("Date of birth and the postcode on the account. Then I'll stay on the line while you add the first starter.")
PAIRS.append(rpair(
    "b220r_f04_glasgow_nursery_payroll",
    "A nursery owner cannot add new starters in the payroll software. Fault in worse: the trainee gives an unasked lecture on auto-enrolment.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f05 fault: a vague next step (office manager recruitment, Singapore)
_o = c("Hi, I'm the founder of a twelve-person architecture firm in Tiong Bahru. Our office manager is leaving at the end of next month and I need a replacement who can also do basic HR and the books.", None)
_t1 = t("Thanks for calling. What does your office manager do day to day, and which part would hurt most if the new person couldn't do it?")
_c1 = c("Everything. Payroll, CPF, ordering, leave, the accounts in Xero. The Xero is what scares me, I don't understand any of it.", None)
_t2 = t("So the must-haves are Xero and CPF payroll, and the rest can be learned. For that mix you're looking at four and a half to five and a half thousand a month. If that's a stretch, four and a half gets a good person if the heavier HR work goes to a part-time consultant.")
_c2 = c("Our current one is on four thousand two, so four and a half is really the most I can do. Okay. What happens now?", "no_money")
_t3_good = t("I'll send you three profiles by Thursday with their Xero experience spelled out, and call you on Friday at ten to go through them. If none fit, we'll adjust the brief then.")
_c3_good = c("Friday at ten is fine. Thanks.", None)
_t3_bad = t("Great, leave it with us. We'll be in touch as soon as something suitable comes up.")
_c3_bad = c("As soon as something comes up? She's gone in six weeks. I need more than that.", None)
PAIRS.append(rpair(
    "b220r_f05_singapore_office_manager_hire",
    "An architecture firm founder needs to replace an office manager who also does payroll and Xero. Fault in worse: a vague next step.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f06 fault: over-promises (glass meeting room fit-out, Dún Laoghaire)
_o = c("Hello, we're an accountancy practice in Dún Laoghaire, fifteen staff. We want to turn part of our open-plan office into a glass-walled meeting room. Our busy season starts in September, so ideally before then.", None)
_t1 = t("Thanks. How big an area are you thinking of, and do you own the building or lease it?")
_c1 = c("About four metres by three. We lease. The landlord's fine in principle, he said to send him drawings.", None)
_t2 = t("Good, so landlord approval is the first step. Does the room need to be soundproof for client meetings, or just separate?")
_c2 = c("Soundproof, really, we talk about people's finances in there. At our old office we had a partition put in and you could hear every word through it.", "bad_experience")
_t3_good = t("Then it needs acoustic glass with a proper seal at the ceiling, which is a different product from the cheaper glass. Allowing for drawings, the landlord's sign-off and a six-week lead time on the glass, early August is realistic if we start now. Could I come and measure this week?")
_c3_good = c("Early August's fine. Thursday morning?", None)
_t3_bad = t("No problem at all, we can have it soundproof, approved and installed in two weeks, guaranteed. Landlords never hold us up.")
_c3_bad = c("Two weeks including the landlord? He takes a fortnight to answer an email. That sounds too good to be true.", None)
PAIRS.append(rpair(
    "b220r_f06_dunlaoghaire_meeting_room",
    "An accountancy practice wants a soundproof glass meeting room before its busy season. Fault in worse: the trainee over-promises the timeline.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f07 fault: closes before checking the thing works (scan-to-case-management MFPs, Leeds law firm)
_o = c("Hi, Ben here, IT manager at Holroyd Law in Leeds. We're looking at new multifunction printers. The main thing is they have to scan straight into our case management system. The current ones can't, so staff scan to email and drag the files across.", None)
_t1 = t("Thanks, Ben. How many devices, and roughly how many scans a day?")
_c1 = c("Four devices over two floors. Probably three hundred scans a day across the firm. The fee earners hate the drag-and-drop.", None)
_t2 = t("Three hundred a day through email is a lot of lost time. Our devices have a connector for most case management systems, though set-ups vary by version. Which version are you on, and is it hosted or on your own server?")
_c2 = c("Hosted, latest version as far as I know. To be fair, your price is a fair bit higher than the other quote we've had.", "too_expensive")
_t3_good = t("Then the connector should work, but I'd rather prove it than promise it. We can put one device in on a two-week trial and scan real documents into a test matter. If it works, the price difference is probably less than what the drag-and-drop costs you. Shall we book the trial?")
_c3_good = c("That's fair. Yes, book it, and I'll set up a test matter.", None)
_t3_bad = t("The connector will be fine. If you sign today I can get all four in next week and hold this price. Shall I send the DocuSign over?")
_c3_bad = c("Hold on, I'm not signing for four before I've seen one scan land in the system. The last supplier swore theirs would work too.", "bad_experience")
PAIRS.append(rpair(
    "b220r_f07_leeds_lawfirm_mfp_scanning",
    "A law firm's IT manager needs printers that scan straight into the case management system. Fault in worse: the trainee pushes to sign before testing.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f08 fault: recommends before asking (accounting software for a translation agency, Leeds)
_o = c("Hi, we're a small translation agency in Leeds, four in-house staff and about sixty freelance translators. Our accountant says we should get proper accounting software instead of spreadsheets. Which one should we use?", None)
_t1_good = t("Happy to help you choose. Before I name anything, how do you pay the freelancers, and do you invoice any clients in other currencies?")
_c1_good = c("Freelancers send us invoices, we pay about a hundred and fifty a month, some in euros. Clients are mostly UK, a few in Germany.", None)
_t1_bad = t("Easy one: go for the top tier of the big cloud package, it's what most small businesses use. It's about sixty-five a month. I can set it up for you this week.")
_c1_bad = c("Erm, okay, but does it cope with paying sixty freelancers? We pay about a hundred and fifty invoices a month, some in euros, and a few clients are in Germany.", None)
_t2 = t("A hundred and fifty supplier bills a month, some in euros, plus some euro sales. So the two things that matter are paying bills in bulk and handling more than one currency. Who'll use it day to day?")
_c2 = c("Me, mostly. And I'm not a finance person, I'm a translator who ended up running the place. Honestly, I don't want to pay a fortune for software either.", "too_expensive")
_t3 = t("Understood. The middle tier of most cloud packages does multi-currency and bulk payments for around forty a month, and I'd pair it with a bill-capture app so freelancer invoices are read automatically. I'd suggest a free trial with last month's bills loaded, so you see it working before you pay anything.")
_c3 = c("A trial with real bills, yes, that would help.", None)
PAIRS.append(rpair(
    "b220r_f08_leeds_agency_accounting_software",
    "A translation agency asks which accounting software to buy. Fault in worse: the trainee recommends a product before asking anything.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f09 fault: unexplained jargon (seasonal warehouse temps, Cork)
_o = c("Hello, I'm the finance director at Lee Valley Foods in Cork. We need about ten warehouse operatives for the Christmas peak, October to January. We've never used an agency before.", None)
_t1 = t("Thanks for calling. Ten operatives over four months is very doable. Would they be on days, nights or both, and do any need forklift tickets?")
_c1 = c("Both shifts. Maybe three with forklift licences. We need to know the cost per person, the MD watches every cent on this.", None)
_t2_good = t("Of course. They'd be on our payroll, not yours, and you pay us one hourly rate that covers their wages, holiday pay, PRSI and our margin. Nights cost a bit more because of the shift premium.")
_c2_good = c("So one figure per hour, that's simple. What is it, roughly? And do we pay for their training?", None)
_t2_bad = t("Sure. We'd set you up as a T&M client on our VMS with a blended charge rate, uplift on unsocials, and agency worker parity kicks in at the usual point, so factor that into your cost model.")
_c2_bad = c("Sorry, I've no idea what half of that means. What's it going to cost me per hour, in euro? And do we pay for their training?", None)
_t3 = t("About twenty-one euro an hour for general operatives and twenty-four for forklift drivers, all in, with nights around three euro more. Induction on your site is paid at the normal rate, usually half a day, and forklift refreshers we cover. I'll put it in writing today with an example week, so your MD can see what ten people cost.")
_c3 = c("Good. Twenty-four for the forklift lads is more than I'd hoped, mind. I'll take it to him and come back to you.", "think_it_over")
PAIRS.append(rpair(
    "b220r_f09_cork_warehouse_temps",
    "A food company's finance director asks about seasonal warehouse temps for the first time. Fault in worse: unexplained agency jargon.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f10 fault: talks about themselves (bookkeeping for a tuition centre, Singapore)
_o = c("Hi, I'm the admin manager at a tuition centre in Bishan, about three hundred students. The owner wants the bookkeeping outsourced, because fees come in by PayNow, cash, cheque, all mixed up, and I cannot reconcile properly.", None)
_t1 = t("Thanks for calling. Mixed payment methods are the usual headache. How many fee payments a month, roughly, and how do you record them now?")
_c1 = c("About three hundred payments, monthly fees. I record in Excel, then the bank statement comes and nothing matches, because parents pay for two kids in one transfer, or pay late.", None)
_t2_good = t("So the problem is matching one transfer to several students, and keeping track of late payers. Who checks the cash and cheques when they come in?")
_c2_good = c("Me, at the counter. I write the receipts by hand.", None)
_t2_bad = t("I know exactly how that feels. When I started my own practice in 2011, I did the books for my cousin's tuition centre in Tampines, and honestly those were the longest nights of my life. That's actually why I specialise in education now, I've built the firm up to twelve staff.")
_c2_bad = c("Okay... but can you fix the matching? I take the cash and cheques at the counter and write the receipts by hand.", None)
_t3 = t("Then here's what I'd suggest: a fee register linked to your bank feed, so most PayNow transfers match automatically, and a simple receipt app at the counter so cash goes straight in. For three hundred students our monthly fee would be about six hundred and fifty dollars.")
_c3 = c("Six fifty a month, hmm. The owner was thinking below five hundred.", "no_money")
_t4 = t("Then we could do the set-up and the monthly reconciliation and leave the counter receipts with you, which brings it to about four-eighty. I'll send both options so the owner can choose.")
PAIRS.append(rpair(
    "b220r_f10_singapore_tuition_bookkeeping",
    "A tuition centre's admin manager needs help reconciling fees paid in mixed ways. Fault in worse: the trainee talks about themselves.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))
