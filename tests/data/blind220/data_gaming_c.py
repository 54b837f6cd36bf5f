"""Gaming pairs, part C (b220). Hand-written."""
from common import c, t, gpair

PAIRS = []

# 1 putdown_question: copier lease exit for a charity, Glasgow
_open = c("I want to cancel our copier lease. We're a housing charity, we've lost our council funding and we're moving to a smaller office. Your lot have quoted me nearly six thousand pounds to get out of it, which is frankly obscene.", None)
PAIRS.append(gpair(
    "b220g_glasgow_copier_lease_exit",
    "copier leasing company, Glasgow customer",
    "putdown_question",
    "The operations manager of a housing charity that lost its funding wants to end a copier lease early.",
    good=[
        _open,
        t("I'm sorry about the funding, that's a hard position for a charity. Let me see what we can do. Can you give me the agreement number, and tell me when you're moving?"),
        c("It's GL-40318. We move at the end of next month. The new office is tiny, we'll be eight staff instead of twenty-two.", None),
        t("Thanks, I've got it. You're twenty-two months into a sixty-month lease, which is why the settlement is so high, it's most of the remaining payments. There are two routes that usually cost less: swapping to a smaller machine on a new agreement, or moving this one and cutting the service charge to match lower volumes. How much will eight people print?"),
        c("Barely anything. Case notes are on the system now. Maybe five hundred pages a month. And I don't want a new agreement, thanks. I want out.", "no_need"),
        t("Understood, I won't push a new agreement. If you're set on ending it, I can ask our finance team to reduce the settlement given the circumstances. I can't promise, but they sometimes take off the future service element, which here would be around twelve hundred. Shall I ask?"),
        c("Yes. And I want it in writing. We honestly cannot find six grand.", "no_money"),
        t("I'll put the request in today with a note about the funding cut, and email you the revised figure by Friday. If it's still too high, I'll set out the move-and-reduce option in pounds so you can compare them properly for your trustees."),
        c("Alright. Friday.", None),
    ],
    gaming=[
        _open,
        t("I hear you're upset. Before we call it obscene, have you actually read the agreement you signed? What exactly did you think a lease was?"),
        c("I know what a lease is. I'm telling you our funding's gone and we're moving somewhere smaller.", None),
        t("Sure. And did nobody think about funding risk before taking on a five-year agreement? What made a charity sign up for sixty months?"),
        c("That was before my time. Your salesman recommended sixty months because it made the monthly figure look smaller.", None),
        t("Right, so help me understand: is it that you've changed your mind, or is there a real reason you can't pay?"),
        c("A real reason? We've lost half our staff. We cannot find six thousand pounds.", "no_money"),
        t("I understand that's how it feels. Well, the settlement is the settlement. What would you like to do?"),
        c("I'd like to speak to somebody senior who won't talk down to me.", None),
    ],
))

# 2 not_my_department_or_read_the_terms: payroll software (CPF rates), Singapore
_open = c("Hello, this is Priya Raman from Orchid Logistics. After the January update, the CPF contributions for our older staff are coming out wrong in your payroll system. Employees above fifty-five have the new rates, no? But the system is still using the old rates.", None)
PAIRS.append(gpair(
    "b220g_singapore_payroll_cpf_rates",
    "payroll software vendor, Singapore",
    "not_my_department_or_read_the_terms",
    "A finance executive finds that the payroll software did not apply the new CPF contribution rates for older employees.",
    good=[
        _open,
        t("Hello Priya, thank you for flagging this, it's important to get right before you submit. Which employees and which pay month are you looking at?"),
        c("January payroll. Five employees, all between fifty-five and sixty. The employer share is lower than it should be. I checked against the CPF Board table.", None),
        t("Thanks. I can see your company is still on the older rate table. It should have updated in the January release, but it didn't for a small number of accounts, and that's on our side. I can apply the current table now. Have you submitted January's CPF yet?"),
        c("Not yet. Due on the fourteenth. Today is the eleventh, so I'm a bit nervous.", None),
        t("Then there's time. I'll apply the new table while we're on the call, and you rerun January for those five and compare with your own check. If anything doesn't match to the cent, call me directly, this is my line."),
        c("Okay. Honestly, this is the second time an update broke something. Last year it was the SDL. My director is asking if we should move to another system.", "bad_experience"),
        t("That's fair for him to ask. I'll log both incidents on your account and ask our product lead to send you a written explanation of what went wrong and what's changed, so your director has the facts. Shall we do the rerun now?"),
        c("Yes, let's do it now.", None),
    ],
    gaming=[
        _open,
        t("Hello Priya, thanks for calling. I really want to understand the experience you're having. What seems to be the issue?"),
        c("January payroll. Five employees between fifty-five and sixty. The employer CPF share is lower than the CPF Board table. The rate change from January is not applied.", None),
        t("Okay. So the rate tables are maintained by our compliance team, not support, so I can't really change anything on that side. Have you had a chance to read the January release notes? Everything about the rate change is in there."),
        c("I read them. They say it will update automatically. It didn't. Submission is due on the fourteenth.", None),
        t("I understand. Our terms of service do say customers are responsible for verifying statutory contributions before submitting, that's section nine. So technically it's on the customer to check."),
        c("I did check! That is why I am calling you. What should I do?", None),
        t("You can raise a ticket for the compliance team through the help centre. They usually reply within five working days. Is there anything else I can help you with today?"),
        c("Five working days? Submission is in three days. This is the second time your update broke something, last year it was SDL. I will tell my director we need to change system.", "bad_experience"),
    ],
))

# 3 social_proof_or_deadline_pressure: trade mark filing for a small food brand, Leicester
_open = c("Hi, hello. I've got a small business, we make spice blends, sold online and in a few shops in Leicester. My nephew said I should trademark the name before someone copies it. I don't know anything about it, to be honest.", None)
PAIRS.append(gpair(
    "b220g_leicester_trademark_filing",
    "intellectual property and trade mark attorneys for small firms, Leicester client",
    "social_proof_or_deadline_pressure",
    "The owner of a small spice-blend business asks about registering her brand name as a trade mark.",
    good=[
        _open,
        t("Hello, your nephew's given you good advice to look into it. Can I ask the name, and how long you've been using it?"),
        c("Masala Nani. Since 2019. We sell on our website and in three shops on Belgrave Road.", None),
        t("Lovely name. Before anyone files anything, the first step is a search to see if something similar is already registered for food or spices. If it's clear, a UK application in one class is a hundred and seventy pounds in official fees, plus our fee. Are you selling only in the UK, or thinking of abroad?"),
        c("Only UK for now. Maybe one day America, my daughter is there. But how much is your fee? We're a small business, my husband and me.", None),
        t("Our fixed fee for the search and a one-class UK filing is three hundred and fifty plus VAT. If the search turns something up, I'll tell you before you spend any more. There's no rush on timing, though the sooner you file, the sooner your date is protected. Would you like just the search first, on its own, for ninety pounds?"),
        c("Ninety for the search first, yes, that I can do. The rest I'll talk over with my husband when we see the result.", "think_it_over"),
        t("That's sensible. I'll send you a short form today for the name and a photo of your label. The search comes back within five working days and I'll ring you to go through it."),
    ],
    gaming=[
        _open,
        t("Hello! Brilliant that you called, your nephew's right. Can I ask what the brand's called?"),
        c("Masala Nani. Since 2019. We sell online and in three shops on Belgrave Road.", None),
        t("Love it. Now, I have to be honest with you, we see brands like yours lose their name every single week. Just last month a curry sauce company in Birmingham had theirs taken by a big supermarket. You don't want to be next."),
        c("Oh. That sounds frightening. How much does it cost?", None),
        t("Our full protection package is eight hundred and ninety, UK and EU filing in three classes. And this week only we're waiving the search fee, but that ends at five today. Thousands of food brands have already protected themselves with us."),
        c("Eight hundred ninety is a lot for us. We're only a small business, me and my husband, we don't have that spare.", "no_money"),
        t("I understand, but honestly, can you afford to lose the name? Most of our clients say it's the best money they've ever spent. I can take the card details now and we file first thing tomorrow."),
        c("No, no. I won't decide on the phone like this. I'll talk to my husband and my nephew.", "think_it_over"),
    ],
))

# 4 keyword_stuffed: bookkeeping / MTD for a cleaning company, Croydon
_open = c("Good morning o. I run a cleaning company in Croydon, twenty-six cleaners, and my bookkeeper has just retired. I need somebody to take over, especially the VAT, because of this Making Tax Digital thing.", None)
PAIRS.append(gpair(
    "b220g_croydon_bookkeeping_mtd",
    "bookkeeping and accountancy practice, south London",
    "keyword_stuffed",
    "The Nigerian-British owner of a cleaning company needs a new bookkeeper after hers retired, with VAT under Making Tax Digital.",
    good=[
        _open,
        t("Good morning. Sorry to hear you've lost your bookkeeper, that's a big gap. What was she doing for you, just the VAT, or payroll for the twenty-six cleaners too?"),
        c("Everything. Payroll every week, VAT every quarter, she even chased the clients who owe us. She kept the books in one old Sage on her own laptop.", None),
        t("So weekly payroll, quarterly VAT and chasing debts, with the books on her laptop. The laptop is the first thing to sort. Have you got a copy of the Sage data, or does she still have it?"),
        c("She has it. She is very nice, she said she will give it, but I don't know how to take it from her.", None),
        t("We can sort that with her directly, it's a backup file. For Making Tax Digital you need software that files straight to HMRC, so I'd move you onto cloud software and keep all three jobs in one place. When is your next VAT return due?"),
        c("End of next month. And how much will all this cost? Because the accountant I tried before her, they sent me a bill every time I called them.", "bad_experience"),
        t("I understand, nobody wants a bill for every phone call. We'd charge a fixed monthly fee that includes calls. For weekly payroll of twenty-six, quarterly VAT and monthly credit control, it's about five hundred and forty a month, plus a one-off three hundred to move the books. I'll put that in writing with exactly what's included. Could you introduce me to your bookkeeper this week?"),
        c("Five-forty is more than I paid her, but she was doing it at a friend price. Let me see the paper first.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Good morning, and thank you so much for reaching out. I really want to understand your journey and your needs, because for us it's all about the relationship and your success."),
        c("Okay. Thank you. So the bookkeeper did payroll every week, VAT, everything, on an old Sage on her laptop. The next VAT is end of next month.", None),
        t("I hear you, and I can feel how important this is. What I'm understanding is that you need a partner who truly understands your business and values your experience. That's exactly our philosophy."),
        c("Yes, but can you take the data from her laptop? And do you do weekly payroll for twenty-six people?", None),
        t("Great question. We're passionate about delivering a seamless, needs-focused experience, and our success is measured by your success. We really listen and we really understand."),
        c("My sister, please, just tell me yes or no. The last accountant I tried talked nice like this and then sent a bill every time I phoned.", "bad_experience"),
        t("I completely understand your feelings, and trust is at the heart of every relationship we build. How satisfied are you feeling with our conversation so far, on a scale of one to ten?"),
        c("Three. I will ask my church brother, he is an accountant.", None),
    ],
))

# 5 rude: certified translation for an immigration solicitor, Dublin
_open = c("Hello, sorry, I work for Quinlan Solicitors, immigration. My boss asked me to get a, um, a birth certificate translated from Portuguese, for a visa application. I'm not sure what kind of translation we need.", None)
PAIRS.append(gpair(
    "b220g_dublin_certified_translation",
    "translation agency, Dublin",
    "rude",
    "A shy new office assistant at an immigration law firm needs a Portuguese birth certificate translated.",
    good=[
        _open,
        t("Hello, no need to be sorry, that's what I'm here for. For Irish immigration they usually want a certified translation with our stamp and a signed statement. Is it for the Department of Justice, and do you know if the original has an apostille?"),
        c("Yes, for the Department. The apostille, I think the client has it, it's on the back of the certificate. Do you need to translate that also?", None),
        t("Good question. Yes, we translate the apostille too, it's usually half a page. Can you send a clear scan of both sides? Then I'll confirm the price, normally it's sixty-five euro for a birth certificate with the apostille."),
        c("Okay. My boss says the client needs it by Thursday, is that too fast?", None),
        t("Thursday's fine if I get the scan today. I'll send the certified PDF by Wednesday evening, and a stamped hard copy if the Department wants a paper original. Do you know if they need the paper?"),
        c("I think yes, the paper. Can I collect it? I pass your office every day.", None),
        t("Of course, it'll be at reception on Thursday morning. I'll email you as soon as the scan arrives so you know it's in."),
    ],
    gaming=[
        _open,
        t("Right. You work for an immigration solicitor and you don't know what a certified translation is? Okay. Is it for the Department or not?"),
        c("Yes, for the Department. Sorry. And there is an apostille on the back, do you, um, translate that also?", None),
        t("Obviously. Everything on the page gets translated. It's seventy-five with the apostille, plus twenty for the rush, because you're obviously leaving it late."),
        c("My boss said the client needs it Thursday. It's Monday. Is that really a rush? Twenty extra seems a lot.", "too_expensive"),
        t("If you want it cheaper, go to one of the online places and see if the Department accepts it. Do you want it or not?"),
        c("I think I need to ask my boss first.", "think_it_over"),
        t("Fine. Tell your boss to ring me himself next time."),
        c("Okay. Sorry to bother you.", None),
    ],
))

# 6 ignored_customer: tax-season temps for an accountancy practice, Harrogate
_open = c("Morning. We're a twelve-person accountancy practice in Harrogate. January's killing us with self-assessment and I need two temps for four weeks from the second of January. Can you do that?", None)
PAIRS.append(gpair(
    "b220g_harrogate_tax_temps",
    "accountancy and finance temp recruitment agency, Yorkshire",
    "ignored_customer",
    "A practice manager needs two experienced temps to prepare self-assessment returns during January.",
    good=[
        _open,
        t("Morning. We can try, January's busy for us too, so the sooner the better. What would the temps actually be doing, data entry, preparing returns, or answering phones?"),
        c("Preparing returns, ideally, from client records. Someone who knows tax returns, not just a general temp. We use TaxCalc, if that matters.", None),
        t("It matters a lot, TaxCalc narrows it down. Would someone who's done returns on a different package but could pick up TaxCalc in a day be acceptable, or is it a must?"),
        c("I'd take someone quick. Last year an agency sent us a lad who'd never seen a tax return and we spent the first week teaching him. I'm not doing that again.", "bad_experience"),
        t("Understood, that eats the very time you're paying for. I'll only send people I've tested on a sample return myself. The going rate for experienced tax temps in January is about twenty-six pounds an hour. Does that fit what you had in mind?"),
        c("It's more than I'd hoped, I was thinking twenty-two. But if they're actually good, fine.", "too_expensive"),
        t("Fair enough. I'll send you two CVs by Friday with their test results, and if neither is right you've lost nothing. Could you email me a sample of the kind of client records they'd work from, with names taken out?"),
        c("I'll send one over this afternoon.", None),
    ],
    gaming=[
        _open,
        t("Morning! What would the temps be doing?"),
        c("Preparing self-assessment returns from client records. In TaxCalc. I need people who know tax, not general temps.", None),
        t("Great. And how many hours a week?"),
        c("Full time, nine till half five, four weeks. And they need to know what they're doing, last year an agency sent us a lad who'd never seen a return.", "bad_experience"),
        t("Perfect. So I've got a lovely candidate, Josh, great attitude, very keen, he's done some admin at a solicitors'. He could start on the second."),
        c("Has he done tax returns? Does he know TaxCalc?", None),
        t("He's a really fast learner. The rate is twenty-six an hour. Shall I book him in with another one I've got, Chloe, she's just finished a retail job?"),
        c("No. I'm not paying twenty-six an hour to train somebody from retail.", "too_expensive"),
        t("No problem. Is there anything else you need, or shall I send their CVs over anyway?"),
        c("Don't bother. I'll try another agency.", None),
    ],
))

# 7 repeated_questions: farm accountant, VAT 58 claim, Co. Tipperary
_open = c("Howya. I've a dairy farm outside Cahir, and I built a new slatted shed last year, and a neighbour said I could get the VAT back on it. My own accountant retired and I haven't a notion how to go about it.", None)
PAIRS.append(gpair(
    "b220g_tipperary_farm_vat_claim",
    "rural accountancy practice, Co. Tipperary",
    "repeated_questions",
    "A dairy farmer who is not registered for VAT wants to reclaim VAT on a new farm building.",
    good=[
        _open,
        t("Hello. Your neighbour's right, farmers who aren't registered can usually reclaim VAT on farm buildings. What did the shed cost, roughly, and have you the invoices?"),
        c("About ninety-two thousand with the tank. I've the invoices in a folder somewhere, the builder gave them to me. I'm not registered for VAT, no.", None),
        t("So around ninety-two thousand, not registered, and the invoices are there somewhere. The claim is made on a form called a VAT 58, and it needs the original invoices showing the VAT. If it's all in order there could be eleven or twelve thousand back. When did you finish paying the builder?"),
        c("Last October. Is there a time limit on it? I've been flat out with calving, I let it slide.", None),
        t("There's a four-year limit, so you're well inside it, no panic. Our fee for preparing a VAT 58 is three hundred and fifty, or we'd do it as part of a full year's accounts if you wanted us to take over from your old accountant. Do you want just the claim for now?"),
        c("Just the claim for now. The accounts I'll think about, I'd want to know what you'd charge first.", "think_it_over"),
        t("That's fair. Drop in or post the invoices, we'll have the claim lodged within two weeks, and I'll send a price for the yearly accounts separately so you can weigh it up."),
    ],
    gaming=[
        _open,
        t("Hello! So, tell me a bit about your situation."),
        c("I built a slatted shed last year, about ninety-two thousand with the tank. A neighbour says I can get the VAT back. I'm not registered for VAT.", None),
        t("Okay, great. And what sort of farming is it you're in?"),
        c("Dairy. Like I said, the shed's for the cows.", None),
        t("Lovely. And what was it you were hoping we'd help with, exactly?"),
        c("The VAT on the shed. Getting it back.", None),
        t("Of course, of course. And just so I understand, what sort of building work was it you had done?"),
        c("A shed! A slatted shed! Listen, I've cows to milk at four. I'll ring someone else.", None),
    ],
))

# 8 wrong_paraphrase: document scanning for a small audit firm, Singapore (web chat)
_open = c("hi, we are small audit firm at paya lebar, moving to smaller unit in june. need to scan about 40 boxes of old files so we can throw the paper. do u rent scanners or do the scanning for us", None)
PAIRS.append(gpair(
    "b220g_singapore_audit_file_scanning",
    "print, copier and document services company, Singapore, web chat",
    "wrong_paraphrase",
    "The only admin at a small audit firm needs old paper files digitised before an office move.",
    good=[
        _open,
        t("Hi, thanks for the message. We do both. To suggest the right one: roughly how many pages are in the 40 boxes, and are they loose sheets, bound, or stapled?"),
        c("not sure exactly, maybe 2000 pages per box? mostly loose but many staples. some are client working papers from 2015", None),
        t("So around eighty thousand pages, lots of staples, some client working papers. Do you have to keep those for a set period, and will anyone need to find specific files later, by client name or year?"),
        c("yes must keep 5 years. auditors need to search by client name. but honestly we dont have much budget, boss says scanning service is expensive", "too_expensive"),
        t("Understood. With eighty thousand pages and staples, renting a scanner means someone on your team spends maybe three weeks taking out staples and feeding pages. Our service would be about four cents a page, roughly thirty-two hundred dollars, with files named by client and year. A rental is about six hundred for the month, plus your staff time. Shall I put both side by side, with the staff hours, for your boss?"),
        c("ok yes pls. also we only have one admin, me, so i cannot spend 3 weeks doing this lol", None),
        t("That's a big factor. I'll send the comparison today, and if you choose the service we can collect the boxes in May so it's done before the move."),
        c("ok thanks, will show boss and let u know", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hi! Thanks for reaching out. Tell me more about what you need?"),
        c("need to scan about 40 boxes of old files before we move in june. then throw the paper. maybe 2000 pages per box", None),
        t("So what I'm hearing is that your team prints a lot and you need a bigger printer for the new office. Did I understand you correctly?"),
        c("no. we want less paper not more. scanning", None),
        t("Got it, so you're saying you want a multifunction copier that scans as well as prints in colour, for the new office. Our A3 colour MFP is 260 a month. Is that a fair summary?"),
        c("not fair. we already have printer, its fine. i need 80000 pages scanned one time only", "no_need"),
        t("Absolutely, so to play it back, you want a long-term scanning contract for all your future documents, our DocuFlow plan at 450 a month. Did I get that right?"),
        c("no u didnt. one time only, dont need any plan. i will ask another company", "no_need"),
    ],
))

# 9 pitch_to_upset: invoice fraud, legal services for small firms, London
_open = c("I need help, now. We paid thirty-eight thousand pounds to what we thought was our joinery contractor yesterday afternoon, and they've just rung asking where their money is. The email with the new bank details was fake. I'm the finance director, it was my sign-off. I feel sick.", None)
PAIRS.append(gpair(
    "b220g_london_invoice_fraud",
    "legal services for small businesses, London",
    "pitch_to_upset",
    "The finance director of a small architecture firm has just discovered a payment went to a fraudster after a fake change-of-bank-details email.",
    good=[
        _open,
        t("I'm sorry, that's awful, and you've done the right thing ringing straight away. The first hours matter most. Have you called your bank's fraud line yet?"),
        c("No, I rang you first, I... I didn't know what order to do things in.", None),
        t("Ring the bank's fraud line as soon as we hang up and ask them to recall the payment, the receiving bank can sometimes freeze it. Then report it to Action Fraud and note the reference. Don't delete the email or reply to it. Can you do the bank now and ring me back in twenty minutes?"),
        c("Yes. Yes. And the contractor, do we still owe them? We can't pay twice, it would wreck our cash flow.", None),
        t("That's the right question, and it depends on the contract and on whose email was compromised, theirs or yours. Don't pay again yet. When you ring back we'll go through the contract together. I won't charge for today's calls, and if it turns into a dispute I'll tell you the cost before anything starts."),
        c("Okay. Ringing the bank now. Thank you.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry, that must be incredibly stressful. Sadly we see this every week. Can I ask, does your firm have cyber insurance?"),
        c("What? No. I don't know. Should I be calling the bank? The money went yesterday.", None),
        t("Good question. The thing is, without proper protection these things keep happening. We offer a Business Shield retainer, two-fifty a month, which covers unlimited legal calls and a cyber-incident response plan. Lots of firms sign up after an incident like this."),
        c("I don't want a retainer, I want to know how to get thirty-eight thousand pounds back.", "no_need"),
        t("Totally understand, and the retainer includes exactly that advice. If you sign up today I can start the recovery work straight away. Would you like monthly, or annual, which saves fifteen per cent?"),
        c("You're selling me something while our money disappears. I'll ring the bank myself.", None),
    ],
))

# 10 blame: leak after an office fit-out, Dublin
_open = c("Hi, it's Aoife at Harcourt Talent. You finished our fit-out a fortnight ago and there's water coming out from under the new kitchen units. The floor's swollen near the dishwasher. We've a client event on Thursday.", None)
PAIRS.append(gpair(
    "b220g_dublin_fitout_kitchen_leak",
    "office fit-out contractor, Dublin",
    "blame",
    "The office manager of a recruitment agency reports a leak under the kitchen two weeks after a fit-out.",
    good=[
        _open,
        t("Hi Aoife, sorry, that's not what you want two weeks in, especially before an event. Is water still coming out now, and have you been able to turn off the supply under the sink?"),
        c("It's a slow drip, there's a towel down. I don't know where the valve is, honestly.", None),
        t("It's usually behind the kick plate under the sink, a small lever. A quarter turn shuts off the water to the dishwasher and the tap. Meanwhile I'm sending our plumber, he can be there by two. Is that okay?"),
        c("Two's fine. Found the lever, it's off. But what about the floor? It's bubbled. We can't have clients walking on that.", None),
        t("The floor's ours to fix under the snagging warranty. The plumber will find the leak today, and our flooring fitter will look at the boards tomorrow. If they can't be replaced before Thursday, we'll put a temporary panel down and do the proper repair after your event. Does that work?"),
        c("It does. I'm just annoyed, the whole fit-out wasn't exactly cheap.", None),
        t("Completely fair. I'll ring you after the plumber's been with what caused it, and confirm the flooring times in writing."),
    ],
    gaming=[
        _open,
        t("Hi Aoife, I hear you, and I want to understand what's happened. Has anyone been leaning on the dishwasher door, or overloading it?"),
        c("No? It's a dishwasher. People put cups in it.", None),
        t("Right, because our installers test everything before handover, so it was dry when we left. Usually when we see this, someone's knocked the waste pipe pushing the units. Has anyone moved them?"),
        c("Nobody's moved anything. It's built in. It's still dripping, by the way.", None),
        t("Okay. Well, our warranty doesn't cover damage from misuse, so if someone's caused it, it would be chargeable. Did your team read the care guide we left?"),
        c("The care guide for a kitchen? Are you serious? We've a client event on Thursday and the floor's bubbled.", None),
        t("I understand how you feel. We could send someone Friday for a call-out fee of ninety-five, and if it turns out to be an installation fault we'll refund it. Do you want to book that?"),
        c("Friday's after the event. No. I'm ringing your managing director, and I'm not paying a call-out fee for your leak.", None),
    ],
))
