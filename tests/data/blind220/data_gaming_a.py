"""Gaming pairs, part A (b220). Hand-written."""
from common import c, t, gpair

PAIRS = []

# 1 monologue: payroll software, Dublin
_open = c("Hi, yeah, I filled in the form on your website. We're an architecture practice, twenty-two of us, and the payroll's being done on a spreadsheet by me, which is... not ideal.", None)
PAIRS.append(gpair(
    "b220g_dublin_payroll_software",
    "cloud payroll software vendor selling to an architecture practice in Dublin",
    "monologue",
    "The office manager of a 22-person architecture practice runs payroll on a spreadsheet and has asked for a call.",
    good=[
        _open,
        t("Thanks for getting in touch. Before I say anything about the software, can you walk me through how a pay run goes for you at the moment, start to finish?"),
        c("So I pull the timesheets out of the project system, work out overtime for the two technicians, then key it all into ROS for the payroll submission. Takes me most of a day, every month. And I got a figure wrong in March, which was mortifying.", None),
        t("Most of a day a month, and March still stings by the sound of it. What went wrong in March, was it the overtime or the Revenue side?"),
        c("The overtime. I'd copied last month's row. Look, I should say, we were sold a payroll package about four years ago and it was a disaster. Nobody could get support, so we went back to the spreadsheet.", "bad_experience"),
        t("That's useful to know, and fair enough that you'd be wary. What went wrong with the support, slow replies, or nobody who knew Irish payroll?"),
        c("Both. Tickets sat for a week. And they hadn't a clue about PRSI classes.", None),
        t("Then two things matter most to you: overtime coming in from the timesheets without retyping, and support that knows Irish payroll and actually answers. I'd rather you judge the support before you pay anything. Could we run your April payroll in parallel with your spreadsheet on a trial, and you ring our Cork support line with whatever comes up?"),
        c("A parallel run I could live with. I'd have to run it past Fiona, though, she's the partner who signs things off.", "think_it_over"),
        t("Of course. I'll send you a one-page summary for Fiona with the trial terms and the support hours, and I'll ring you Thursday morning to see where she's landed. Does Thursday suit?"),
    ],
    gaming=[
        _open,
        t("Brilliant, thanks for reaching out, I really want to understand your needs today. So let me tell you a bit about us. We're the number one cloud payroll platform in Ireland, we connect straight into ROS, automated PRSI, payslips on the app, holiday tracking, pension auto-enrolment ready, and our customers tell us it completely transforms their payroll experience."),
        c("Right. Does it pull the timesheets from—", None),
        t("Great question, and it does so much more than that. There's a dashboard that shows your whole payroll at a glance, department costs, year to date, the lot, and your partners can approve from their phones. Most practices your size go for our Professional tier because it includes the HR module, and honestly that's where the real value is."),
        c("I was going to say, we tried one of these before and honestly it was a nightmare, we—", "bad_experience"),
        t("Totally hear you, and that's exactly why we built ours differently. Our onboarding team does everything, you won't lift a finger, and we have a ninety-five per cent retention rate, which says it all about the relationship we build. So what I'd suggest is I get a Professional quote over to you today and we have you live for May."),
        c("I think just send me the brochure and I'll have a look when I get a chance.", "brush_off"),
        t("Absolutely, I'll send the brochure and the quote together. Is there anything else I can tell you about the platform?"),
        c("No, that's grand. Thanks.", None),
    ],
))

# 2 closing_as_open_question: office fit-out, London
_open = c("Hiya, I'm Priya, I run ops at a fintech. We've taken a new floor on Great Eastern Street, roughly four thousand square feet, and it needs fitting out by September. I've got three firms quoting.", None)
PAIRS.append(gpair(
    "b220g_london_office_fitout",
    "office fit-out contractor, Shoreditch, London",
    "closing_as_open_question",
    "The operations lead of a 30-person fintech is collecting fit-out quotes for a new floor.",
    good=[
        _open,
        t("Thanks, Priya. September isn't long for a fit-out, so let me make sure I understand what you actually need. What's behind the move, and what has to be different about the new space?"),
        c("We've outgrown the old place, obviously, but the real thing is people hate coming in. No quiet rooms, calls going on everywhere. The founders want everyone in three days a week and the office has to earn that.", None),
        t("So it's less about desks and more about a space people choose to come into, with quiet rooms and somewhere to take calls. How many people are in on a typical office day?"),
        c("Thirty-ish on Tuesdays and Wednesdays, maybe twelve on a Friday. Budget's about two hundred and eighty grand all in, which the board's already a bit twitchy about.", None),
        t("That helps. With thirty at peak you probably need fewer desks than heads and more enclosed space. I'd suggest our designer walks the floor with you next week and sketches two layouts inside two-eighty, so you can compare us properly with the other two. Is there anything you need from us before that?"),
        c("Honestly the bit I'm dreading is landlord consent. The last fit-out I did, the landlord sat on the drawings for six weeks.", None),
        t("That happens a lot, and it belongs in the timeline. We send drawings to the landlord's surveyor in week one and chase every week, and I can show you how long consent took on our last three jobs round there. Shall I book the walk-round for Tuesday at ten?"),
        c("Tuesday at ten works. Send the invite to me and copy in Tom, our CFO.", None),
    ],
    gaming=[
        _open,
        t("Lovely to meet you, Priya. So, open question for you: what would it take for you to choose us over the other two today?"),
        c("Today? I haven't even seen a design yet. I'm just collecting quotes at this stage.", "think_it_over"),
        t("Totally understand, and I love that you're being thorough. Let me put it another way: if I matched the lowest of the three, how soon could we get a letter of intent signed?"),
        c("You don't know what the other quotes are. Or what we need, to be fair.", None),
        t("Fair point. So tell me, what matters most to you in a fit-out partner?"),
        c("Quiet rooms. People hate coming in because there's nowhere to take a call. And the budget's two-eighty max, the board's nervous about it.", None),
        t("Perfect, quiet rooms, love that. So how would you like to structure the deposit, thirty per cent on signing or split over two stages?"),
        c("I'm not structuring any deposit. All three proposals go to the board and they decide.", "think_it_over"),
        t("Of course. And what would make it easy for the board to say yes to us on Thursday?"),
        c("Look, I've got to jump on another call.", "no_time"),
    ],
))

# 3 pitch_as_paraphrase: copier leasing, Singapore
_open = c("Hello, I'm calling from Tan Freight in Jurong. Our copier lease is ending in July. The machine is old already, always jam. Can you quote for a replacement?", None)
PAIRS.append(gpair(
    "b220g_singapore_copier_lease",
    "printer and copier leasing dealer, Singapore",
    "pitch_as_paraphrase",
    "The office manager of a freight forwarder wants a quote to replace a jamming leased copier.",
    good=[
        _open,
        t("Hello, thanks for calling. Happy to quote. So I quote the right machine, can I ask what the team mostly prints, how much, and what kind of documents?"),
        c("Mostly delivery orders and invoices, black and white. Maybe four, five thousand pages a month. Colour very little, sometimes for the boss presentation.", None),
        t("Mostly black-and-white delivery orders, around five thousand a month, colour now and then. And the jamming, is it on the carbonless forms or on everything?"),
        c("The carbonless ones, yes. Triplicate forms. Every day got jam.", None),
        t("Then how the paper feeds matters more than speed. A mid-range mono machine that handles multipart forms would suit, with colour charged per page when you need it. Before I quote, roughly what do you pay now, and who decides?"),
        c("Now we pay about four hundred twenty a month. My director say cannot go higher than that. If your price is more, we just extend with the current vendor.", "no_money"),
        t("Understood, four-twenty is the ceiling. I'll quote a mono machine that takes triplicate forms inside that, and you can test it on your own forms before you sign anything. Could you bring ten of your carbonless sets to our Ubi showroom next week?"),
        c("Can. Wednesday afternoon okay?", None),
    ],
    gaming=[
        _open,
        t("Hello, thanks for calling, and sorry to hear about the jamming. Can I ask, what are you printing mostly?"),
        c("Mostly delivery orders, invoices. Black and white. Four, five thousand a month. Colour very little.", None),
        t("So what I'm hearing is you need a high-speed colour multifunction, something like our C-Series 60 at six hundred eighty a month, so the whole team can print colour whenever they want. Did I understand you correctly?"),
        c("No lah, I said colour very little. And six hundred eighty is too much, we pay four-twenty now.", "too_expensive"),
        t("Got it, so what you're really saying is that quality matters to you, which is why the C-Series 60 with the booklet finisher is the right fit. It staples and folds as well. Is that a fair summary?"),
        c("Not fair. We don't staple anything. The problem is the carbonless forms jam.", None),
        t("Absolutely, so what you need is a premium machine that never jams, and that's the C-Series 60 with our Gold service plan. Shall I put that in the quote?"),
        c("No need. I think we just extend with our current vendor. Thank you.", "no_need"),
    ],
))

# 4 upsell_as_loop_closing: translation agency, Stockport / Manchester
_open = c("Hi there, we're a small solicitors' practice in Stockport. I've got a witness statement in Polish, six pages, and it needs a certified English translation for a hearing on the twentieth.", None)
PAIRS.append(gpair(
    "b220g_manchester_legal_translation",
    "translation agency, Manchester, serving a small law firm",
    "upsell_as_loop_closing",
    "A paralegal at a small solicitors' firm needs a certified Polish-to-English translation of a witness statement for a court hearing.",
    good=[
        _open,
        t("Thanks for that, the twentieth gives us a bit of room. Can I check two things first: is it typed or handwritten, and does the court want the translator's own statement of truth, or just our agency certificate?"),
        c("Typed, it's a scan. The translator's statement, I think. The other side's solicitor queried ours last time. Different firm, and their certificate wasn't accepted, so we lost the hearing date.", None),
        t("Losing a hearing date over a certificate is painful. So the priority is a translation that stands up if it's questioned. Our translator would sign a statement of truth giving her qualifications, and we'd lay it out to mirror the original page by page. Is it definitely six pages, or could there be exhibits?"),
        c("Just the six pages. What's it going to cost, roughly? Our client's on a fixed fee so I need to know.", None),
        t("For six typed pages, Polish to English, with the translator's statement, it's two hundred and ten pounds plus VAT, back to you in four working days, well ahead of the twentieth. Is there anything else the hearing needs from us, or does that cover it?"),
        c("That covers it. Can you email me your terms and I'll send the scan over today?", None),
        t("I'll email the terms now. When the scan comes in I'll confirm we've got it and put the delivery date in writing."),
    ],
    gaming=[
        _open,
        t("Thanks for that. Just so I understand your needs, is it typed or handwritten?"),
        c("Typed, it's a scan. The court needs the translator's own statement of truth. The last firm we used, their certificate got queried and we lost the hearing date.", None),
        t("I completely understand. So, to close the loop on your needs, what else can I add for you? Lots of firms add our express forty-eight-hour service, it's only another ninety pounds."),
        c("We've got till the twentieth. I don't need express.", "no_need"),
        t("Of course. And what else can we take off your plate? We do a second-pass review by a lawyer-linguist for sixty-five, which most of our legal clients add."),
        c("Will that make the court accept it? Because that's the only thing I care about.", None),
        t("It gives you peace of mind. And just to make sure we've covered everything, would you like the bound hard copy with an apostille as well? That's a hundred and forty, it's what our premium clients go for."),
        c("An apostille's for using it abroad, isn't it? It's a hearing in Manchester. And this is going way past what our client's fixed fee can stand.", "no_money"),
        t("Totally understand. So, anything else I can add for you today before I send the quote?"),
        c("No. Just the certified translation, that's all I asked for. I'll ring round a couple of other agencies.", "think_it_over"),
    ],
))

# 5 leading_tag_questions: accountants, Edinburgh (web chat)
_open = c("hi just incorporated my design business (was a sole trader before) and honestly no idea what i need from an accountant now, can you help", None)
PAIRS.append(gpair(
    "b220g_edinburgh_accountant_new_ltd",
    "small accountancy practice, Edinburgh, web chat",
    "leading_tag_questions",
    "A freelance graphic designer has just formed a limited company and asks on web chat what accounting help they need.",
    good=[
        _open,
        t("Hi, congratulations on incorporating. Happy to help. So I can point you the right way, can you tell me a bit about the business: roughly what turnover, any staff, and how you handled the books as a sole trader?"),
        c("just me. turnover about 70k last year. i did my own self assessment off a spreadsheet and it was fine but everyone keeps saying a ltd company is way more complicated", None),
        t("It is a step up: company accounts and a corporation tax return every year, a confirmation statement, and deciding how to pay yourself, salary, dividends or a mix. At 70k you're also getting near the VAT threshold. Which parts would you want to keep doing yourself, and which would you rather hand over?"),
        c("id keep the bookkeeping, im organised. its the year end and the tax side that scares me. also i cant spend loads this first year", "no_money"),
        t("That makes sense, so you probably don't need a full bookkeeping package. Our year-end package covers the accounts, the corporation tax return, the confirmation statement and a planning call on salary and dividends. It's £85 a month. Would a free thirty-minute call first help, to see if we're a fit?"),
        c("85 a month is more than i thought tbh. a mate uses an online one for 40", "too_expensive"),
        t("Fair. Some cheaper online firms don't include the planning call or advice on Scottish tax bands for dividends, and some do, so compare like for like. I'll send you a one-page list of what's in ours to hold against your mate's, and you can book the free call after if it stacks up."),
        c("ok yeah send it over, ill have a look and book in if its worth it", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hi, congratulations! Let's make sure we understand your needs. You'll want the full-service package, won't you, now you're a proper company?"),
        c("not sure? i dont even know what full service means", None),
        t("It's everything: bookkeeping, payroll, VAT, year end. You wouldn't want to risk getting it wrong with HMRC, would you?"),
        c("well no but i did my own books fine as a sole trader. turnovers only about 70k and its just me, no payroll", None),
        t("Exactly, and that's why it makes sense to hand the lot over, doesn't it? Your time's better spent on design, isn't it?"),
        c("i like doing my own books tho. and everything sounds pricey, i cant spend loads this first year", "no_money"),
        t("Totally hear you. But peace of mind is worth £195 a month, isn't it? And you'd agree most successful founders outsource this, wouldn't you?"),
        c("no i dont need all that tbh. ill look elsewhere thanks", "no_need"),
    ],
))

# 6 putdown_question: recruitment agency, Galway
_open = c("I'm ringing about the management accountant you placed with us. She walked out after three weeks. I want to know where we stand on the fee, because we paid eleven thousand euro for her.", None)
PAIRS.append(gpair(
    "b220g_galway_recruitment_rebate",
    "finance recruitment agency, Galway, client account",
    "putdown_question",
    "The finance director of a medtech firm rings because a placed candidate resigned after three weeks.",
    good=[
        _open,
        t("I'm sorry, that's a real blow, especially three weeks in. Let me get the facts straight first. When did she leave, and did she say why?"),
        c("Friday. She told HR the role wasn't what she'd been told at interview. Apparently your consultant said it was fully remote. It's three days in the office, it always was.", None),
        t("That matters, and if our consultant told her that, it's on us. I'll check the notes and his emails today. On the fee, our terms give you a free replacement or a sliding refund inside twelve weeks, and at three weeks that's eighty per cent back. Which would suit you better, given where the team is?"),
        c("Honestly, I don't know that I want another candidate from you lot after this.", "bad_experience"),
        t("That's understandable, and you don't have to decide today. A refund is paid within fourteen days of your written request. If you did want a replacement, I'd run the search myself and you'd see the exact brief we give candidates before anyone is put forward. How does month-end look without her?"),
        c("Grim. Month-end's in ten days and I've one person doing two jobs.", None),
        t("Then let me do two things today: confirm the refund figure to you in writing, and send you two interim contractors who could start next week while you decide. I'll ring you at four with what I find in the consultant's notes. Does that work?"),
        c("Fine. Four o'clock. And I want to see the notes, not a summary of them.", None),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. Let's not get too worked up just yet, though. What exactly happened, from your side?"),
        c("I'm not worked up, I'm annoyed, and I think I've a right to be. She told HR your consultant said the job was fully remote. It's three days in the office.", None),
        t("I hear you. But are you sure that's what she actually said, or is that HR's version? People do tend to hear what they want to hear, don't they?"),
        c("I'm telling you what's in her resignation email. I can forward it to you.", None),
        t("Great, thanks. And just so I understand, was the hybrid arrangement made really clear in your job spec, or was it, let's say, a bit open to interpretation?"),
        c("It was in the spec in bold. You should be asking your consultant these questions, not me.", None),
        t("Totally. And with respect, how would you describe your onboarding for her? A quick exit often says as much about the first week as about the hire, wouldn't you say?"),
        c("Right. I'll take the refund, in writing please, and we won't be using you again.", None),
    ],
))

# 7 not_my_department_or_read_the_terms: legal services subscription, Leeds
_open = c("Hello, we're on your Essentials legal plan, a twelve-person software consultancy in Leeds. I've just had an invoice for four hundred and fifty quid for a contract review I thought was covered.", None)
PAIRS.append(gpair(
    "b220g_leeds_legal_plan_invoice",
    "subscription legal services for small firms, Leeds client",
    "not_my_department_or_read_the_terms",
    "The founder of a small software consultancy queries an unexpected invoice on a fixed-fee legal plan.",
    good=[
        _open,
        t("Sorry about the surprise, let's work out what happened. Which contract was it, and how did you send it in?"),
        c("A client's master services agreement, about forty pages. I uploaded it through the portal like I always do with our NDAs.", None),
        t("Thanks, I've got it up. Essentials covers reviews of documents up to ten pages, and anything longer is supposed to be quoted first. Looking at the notes, nobody sent you a quote before the work started, which should have happened. Is that how you remember it?"),
        c("Yes. Nobody asked me anything. I'd never have agreed to four-fifty for that, to be honest. We're a small shop.", "too_expensive"),
        t("That's fair. Because we didn't quote first, I'm cancelling that invoice, and you keep the review. For next time, shall I flag your account so anything over ten pages gets a quote and your sign-off before anyone starts?"),
        c("That'd help. Though I'm wondering whether Essentials is even right for us, if half our contracts are the long ones.", "think_it_over"),
        t("That's a good question to ask. Roughly how many contracts over ten pages do you think you'll get in a year?"),
        c("Five, maybe six. The big clients all send their own MSAs.", None),
        t("Then it's worth comparing Essentials plus quotes against our Growth plan, which covers those. I'll email you the cancelled invoice now and a side-by-side for six long reviews a year, and you can decide at renewal in June, no pressure before then."),
    ],
    gaming=[
        _open,
        t("Thanks for flagging that. I really want to understand your experience here. Which invoice is it?"),
        c("INV-2291, four hundred and fifty pounds, for a review of a client's master services agreement. I'm on Essentials. I thought reviews were covered.", None),
        t("I hear you. So Essentials covers documents up to ten pages, it's all in section four of the terms you accepted at sign-up. Have you had a chance to read through those?"),
        c("Nobody told me it was over the limit. Nobody sent a quote. I just uploaded it the way I do with NDAs.", None),
        t("I understand how frustrating that must feel. Billing's a separate team, though, so it's not really something I can touch from here. I'm in client success."),
        c("So who can? You're the one answering the phone.", None),
        t("You can raise a dispute through the portal, there's a form under Account. I'd honestly recommend reading clause 4.3 before you do, it explains the overage process. Is there anything else I can help with today?"),
        c("Anything else? You haven't helped with this. I'll pay it, and we'll be cancelling at renewal.", None),
    ],
))

# 8 social_proof_or_deadline_pressure: bookkeeping and GST, Singapore
_open = c("Hi, my co-founder asked me to check with you guys. Our revenue is getting close to the one million mark, so I think we need to register for GST? We're doing our own books in Xero now.", None)
PAIRS.append(gpair(
    "b220g_singapore_gst_bookkeeping",
    "bookkeeping and tax firm, Singapore",
    "social_proof_or_deadline_pressure",
    "A co-founder of a growing online homeware business asks about GST registration and outsourced bookkeeping.",
    good=[
        _open,
        t("Yes, you're right to check now. The one-million test looks back at the past twelve months and also at what you expect in the next twelve. Where are you on both?"),
        c("Last twelve months about nine hundred twenty K. Next year should be more, we signed a big corporate client in March.", None),
        t("Then you'll probably need to register soon, within thirty days of it becoming clear, and after that you file GST every quarter. Who keeps Xero up to date now, and how clean is it?"),
        c("Me, at night, after the kids sleep. Honestly it's a bit of a mess. Reconciliation is maybe two months behind.", None),
        t("That's common at your stage, and it's the main thing to fix before the first GST return, because the return comes straight out of the books. We could do a one-off clean-up and the registration, and then you decide whether to keep the books yourself or hand the monthly work over. Would that split be useful?"),
        c("Maybe. How much is the clean-up? We just paid for a new warehouse, so cash is a bit tight this quarter.", "no_money"),
        t("For two months behind on one Xero file it's usually around twelve hundred dollars, fixed. If cash is tight, do the registration now, because that's the deadline that matters, and the clean-up next month. I'll email both quotes separately so you and your co-founder can choose."),
        c("Okay, send both. I'll talk to Wei Ling tonight.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Great that you reached out, and I want to make sure we understand your needs. Quick one, what's your revenue looking like?"),
        c("Last twelve months about nine twenty K. Should grow, we signed a big corporate client in March.", None),
        t("Perfect. So honestly, every e-commerce founder at your stage in our network has already moved their books to us, ninety per cent easily. You don't want to be the last one still doing Xero at midnight, right?"),
        c("Haha, I am the one doing it at midnight. But we're still deciding whether to outsource at all.", "think_it_over"),
        t("Totally understand. Just so you know, our founder bundle at two hundred eighty a month is only open until Friday, then it goes to four hundred. And IRAS penalties are no joke, a company near you got hit last month."),
        c("Which company? And what's in the bundle? I only wanted to know about GST registration.", None),
        t("I can't name clients, of course. But the bundle is everything: bookkeeping, GST, payroll, corp sec. Can I lock in the Friday price for you now so you don't miss out?"),
        c("Friday is too fast. I have to check with my co-founder first.", "think_it_over"),
        t("I hear you. The thing is, three other founders took slots this week alone, so I really can't promise it'll still be there on Monday. Shall I send you the sign-up link?"),
        c("Then I'll just miss it. We just put a deposit on a warehouse, another monthly bill is not happening now.", "no_money"),
    ],
))

# 9 keyword_stuffed: payroll bureau, Birmingham
_open = c("Good afternoon. I'm the finance director at Harwood Precision, sixty staff in Tyseley. Our payroll manager starts maternity leave in five weeks and I need payroll covered for six to nine months. I'm not sure whether that's a temp or a bureau.", None)
PAIRS.append(gpair(
    "b220g_birmingham_payroll_cover",
    "payroll bureau and temp payroll staffing, Birmingham",
    "keyword_stuffed",
    "The finance director of an engineering firm needs payroll cover during the payroll manager's maternity leave.",
    good=[
        _open,
        t("Good afternoon. Five weeks is workable, so let's work out which fits. What does your payroll involve, how often do you pay, and what's complicated about it?"),
        c("Weekly for the shop floor, monthly for staff. Shift premiums, overtime, a couple of attachment of earnings orders. It runs on Sage, on a server in the office.", None),
        t("Weekly and monthly runs, shift premiums and attachment orders, on desktop Sage. The shift premiums are usually where a newcomer trips up. Who checks the run before it goes out at the moment?"),
        c("Sandra does it all and I sign off the BACS file. Honestly I don't know the detail, that's the worry.", None),
        t("Then the real risk is losing what's in Sandra's head, whichever option you pick. A temp would sit in your office on your Sage; a bureau would take the data and run it on ours, with a team rather than one person. Either way I'd want Sandra to write up the premium rules in the next five weeks. Does she have time for that?"),
        c("She's flat out. And we had a bureau years ago, they got the weekly run late twice and the lads were furious.", "bad_experience"),
        t("Late pay on the shop floor is the one thing you can't have. For a six-to-nine-month gap I'd lean towards a temp in your office, which we can also supply, with our bureau as backup if they're off sick. Could I come in next week, sit with Sandra for an hour, and give you a costed option for each?"),
        c("Go on then. Thursday's best, she's in all day.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon, and thank you for sharing that. I really want to understand your needs and make this a positive experience for you and your people. How are you feeling about the transition?"),
        c("Feeling? It's payroll. I'm worried it won't get done. Weekly shop floor, monthly staff, shift premiums, attachment orders, all on Sage.", None),
        t("I completely understand, and I hear that you value getting it right. At our bureau, success is all about relationships. We partner with you on your journey so your people feel valued and supported every step of the way."),
        c("Right. But would you run it on our Sage or yours? And who checks the shift premiums?", None),
        t("Great question, and I really appreciate you asking. Our solution is built around understanding each client's unique needs, so the experience is fully tailored to you. We pride ourselves on a culture of trust and partnership."),
        c("That's not an answer. We had a bureau years ago that paid the lads late twice. I need to know it won't happen again.", "bad_experience"),
        t("I hear you, and I feel your frustration. That's exactly why we focus on a strong, lasting relationship built on understanding and shared success. How satisfied would you say you are with our conversation so far?"),
        c("Not very. Send me something in writing with actual prices and I'll look at it.", "brush_off"),
    ],
))

# 10 rude: copier breakdown service, Cork
_open = c("Hi, it's Niamh from Kelleher and Co. accountants on the South Mall. Our printer's been showing error C-2557 since this morning and we can't print a thing, and it's our busiest fortnight of the year with the tax returns.", None)
PAIRS.append(gpair(
    "b220g_cork_copier_breakdown",
    "copier leasing and service company, Cork",
    "rude",
    "An office manager at a small accountancy firm reports a broken leased printer during the tax-return rush.",
    good=[
        _open,
        t("Hi Niamh, sorry, that's awful timing. Let's get this moving. C-2557 is usually the fuser unit. Is the machine making any noise or smell, and is scanning still working?"),
        c("There was a bit of a burning smell earlier, actually. Scanning works, I think, one of the girls scanned something an hour ago.", None),
        t("Thanks, that fits the fuser. Please switch it off at the wall and leave it off so nothing gets worse. Your contract is next-day parts, but because of your deadline I'll ask the engineer to carry a fuser today. The earliest I can get someone there is two o'clock. Can someone let him in?"),
        c("Two's fine, I'll be here. But what do we do until then? We've clients coming in to sign returns.", None),
        t("Scanning still works, so you can scan to email, and for printing I can point your PCs at our loan machine in the Patrick Street branch, two streets away, free while you wait. Would that help for the signing appointments?"),
        c("That'd be a lifesaver, honestly. Yes please.", None),
        t("Done. I'll text you the branch contact now, and the engineer's name and arrival time by one. If the fuser doesn't fix it, I'll arrange a swap machine for tomorrow morning."),
    ],
    gaming=[
        _open,
        t("Yeah, C-2557. It's the fuser. Did you try switching it off and on again, or is that too much to ask?"),
        c("Of course we did. Twice. There was a burning smell, so I'm not sure we should keep doing that.", None),
        t("Great, so somebody's been forcing it. Look, I've got fourteen of these today. Earliest engineer is Thursday."),
        c("Thursday? It's the tax deadline. We've clients coming in to sign returns all week.", None),
        t("Everyone's got a deadline, Niamh. Honestly, if it was that important you'd have taken the same-day cover when it was offered, wouldn't you? It's a hundred and twenty a month. Want it now?"),
        c("We're a five-person office. We can't be paying a hundred and twenty extra a month for a printer.", "no_money"),
        t("Then Thursday it is. Anything else, or are we done?"),
        c("We're done. I'll have the partner ring your manager.", None),
    ],
))
