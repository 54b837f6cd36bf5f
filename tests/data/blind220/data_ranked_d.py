"""Ranked pairs d01-d10 (b220): two decent conversations, `better` is better. Hand-written."""
from common import c, t, rpair

PAIRS = []

# d01 payroll software for a hotel, Kinsale
_open = c("Hi there, I'm the HR and payroll person at the Harbour View Hotel in Kinsale, about forty-five staff, more in summer. We're looking at new payroll software. Our current one's fine for salaries but the hourly staff are a nightmare.", None)
PAIRS.append(rpair(
    "b220r_d01_kinsale_hotel_payroll",
    "A hotel's HR and payroll officer is looking for payroll software that copes with hourly staff.",
    better=[
        _open,
        t("Thanks for calling. When you say the hourly staff are a nightmare, what happens on a pay run? Where does it go wrong?"),
        c("The rosters are on paper and WhatsApp, the supervisors change shifts all the time, and I have to chase them for the actual hours. Then there's tips, which have to go through payroll now, and Sunday premium on the older contracts.", None),
        t("So three things: getting the real hours out of the supervisors, tips going through payroll properly, and the Sunday premium on some contracts. Which of those costs you the most time, or causes the most complaints?"),
        c("The hours, by a mile. Every fortnight I've at least five staff telling me they're short. It's embarrassing.", None),
        t("Then new payroll software on its own won't fix it, the hours have to come in clean. Ours has a clock-in app that supervisors approve, and it feeds the pay run, tips and Sunday premium included. I'd suggest we set it up for one department, say the kitchen, for two pay runs before you move everyone. Would the head chef be open to that?"),
        c("Dermot? He'd love anything that stops me ringing him. Yeah, let's try the kitchen. What does the trial cost?", None),
        t("The trial's free for two pay runs; after that it's four euro per employee a month. I'll send you the set-up steps for the kitchen today and book a call with you and Dermot for Monday."),
    ],
    worse=[
        _open,
        t("Thanks for calling. We'd be a great fit, lots of hotels use us. Our software handles hourly and salaried staff, tips, Sunday premium, and there's a clock-in app. Would you like a demo?"),
        c("A demo would be good. The hours are the big thing for me, the supervisors never get them to me on time.", None),
        t("The clock-in app sorts that, staff clock in on their phones. It's four euro per employee per month. I can book a demo for Thursday at eleven. Does that work?"),
        c("Thursday's no good, we've a wedding in and it's all hands. Could it be the week after? And would it cost more in summer with the extra staff?", "no_time"),
        t("It's per employee paid, so yes, it goes up with the summer staff and down again after. I'll send an invite for the Tuesday after instead."),
        c("Grand, send it on.", None),
    ],
))

# d02 executive assistant recruitment, London
_open = c("Hi, I'm looking to hire an executive assistant. I'm the founder of a twenty-person design consultancy in Clerkenwell and I'm drowning. Can you find me someone good, ideally within the month?", None)
PAIRS.append(rpair(
    "b220r_d02_london_ea_recruitment",
    "A founder asks a recruitment agency for an executive assistant; the real pain turns out to be finance admin.",
    better=[
        _open,
        t("Happy to help. When you say drowning, what's filling your day that shouldn't be?"),
        c("Diary, emails, travel, yes, but honestly the worst is invoicing and chasing payments. Our bookkeeper only comes in on Fridays, so I end up raising invoices at eleven at night.", None),
        t("So a good part of the pain is finance admin, not just the diary. That changes the hire, because a classic EA may not touch invoicing. Would you want someone who does both, an EA who can run invoicing and credit control in Xero, or would you rather give the bookkeeper more days and hire a classic EA?"),
        c("I hadn't thought of it like that. Someone who does both sounds ideal, but won't that cost a fortune? I was thinking forty thousand.", "too_expensive"),
        t("In London an EA with solid Xero experience is more like forty-four to forty-eight. You might save some of the bookkeeper's hours, so the real difference could be small. I'd suggest I send you three profiles at each level by next Wednesday, and you see who you'd actually want before deciding."),
        c("Fine, let's do that. I'll look at them on Wednesday.", None),
    ],
    worse=[
        _open,
        t("Happy to help. We place a lot of EAs in the creative sector. What salary are you thinking, and is it full-time in the office?"),
        c("About forty thousand, full time, four days in the office. Diary, email, travel, and honestly some of the invoicing, our bookkeeper's only in on Fridays.", None),
        t("Forty's about right for a good EA in Clerkenwell. I'll put together a shortlist with creative-agency experience. Our fee is eighteen per cent, and we'd aim to have CVs with you within ten days."),
        c("Eighteen's a bit more than I expected, but okay, if they're good.", "too_expensive"),
        t("They will be. I'll send the terms today and the first CVs by next Friday."),
        c("Great, thanks.", None),
    ],
))

# d03 copier lease renewal for a law firm, Edinburgh
_open = c("Good afternoon. It's Morag from Craig and Dunbar, solicitors, on George Street. Our copier lease ends in three months and your rep sent me a renewal for a newer model. I just want to check it's sensible before the partners sign.", None)
PAIRS.append(rpair(
    "b220r_d03_edinburgh_copier_renewal",
    "A law firm's office manager checks a copier lease renewal before the partners sign it.",
    better=[
        _open,
        t("Good afternoon, Morag, sensible to check. Do you know roughly how much you print now, compared with when the lease started five years ago?"),
        c("Much less, I'd think. We've gone paperless on most files since Covid. I couldn't give you numbers, though.", None),
        t("I've pulled the meter readings: you've averaged about two thousand pages a month this last year, against twelve thousand in the first year. The renewal is for a machine built for fifteen thousand. Do you still need the big finisher, the stapling and booklets?"),
        c("We used to do court bundles. That's nearly all electronic now. Maybe twice a year we'd need a bundle, and we could send that out.", None),
        t("Then the renewal is more machine than you need. A smaller model would be about sixty pounds a month less than that quote, and I'd rather you renewed on that than found out in a year's time. I'll send both side by side for the partners. Would that help?"),
        c("That'd be very helpful. Though I'll be honest, the partners may want to look at other suppliers now as well.", "think_it_over"),
        t("That's fair, and they should. The comparison will show the cost per page clearly, so they can hold any other quote against it. I'll have it with you by Thursday."),
    ],
    worse=[
        _open,
        t("Good afternoon, Morag. The renewal is for our latest model, faster and more secure than your current one, and we've held your monthly price the same. Did you have any questions about it?"),
        c("Only whether we need it. We print a lot less than we used to, we've gone mostly paperless.", None),
        t("The new model has lower running costs per page, so less printing means lower bills anyway. And the security features suit a law firm, with PIN release for confidential documents. I'd say it's a good renewal."),
        c("That sounds reasonable. I suppose the partners will want to see a couple of other quotes, though.", "think_it_over"),
        t("Of course. I'll send you a summary of the new features and the pricing for the partners."),
        c("Thanks, that's fine.", None),
    ],
))

# d04 holding company question, Singapore accountants
_open = c("Hi, I'm Arjun, I run a software company here, about thirty staff. A friend told me I should set up a holding company above my operating company, for tax reasons. Can you help me set one up?", None)
PAIRS.append(rpair(
    "b220r_d04_singapore_holding_company",
    "A software founder asks his accountants to set up a holding company because a friend recommended it.",
    better=[
        _open,
        t("Hi Arjun, yes, we can, but before setting one up I'd like to be sure it does what you want. What did your friend say the benefit would be, and what are you hoping for?"),
        c("He said it's good for when I sell one day, and for moving profits around. Honestly, I'm also thinking of bringing in an investor next year.", None),
        t("So two different reasons: a future sale, and a new investor. In Singapore there's generally no capital gains tax, so a holding company on its own doesn't save much on a sale. It can help if you plan more than one business, or want to keep cash away from trading risk. Has the investor said what they want?"),
        c("They're from India. They mentioned they'd prefer to invest into a holding company, I didn't ask why. And what does it cost to run two companies?", None),
        t("Then their reason matters more than your friend's, it may be about their tax treaty position. A second company adds roughly three to four thousand a year in accounts, secretarial and filing. I'd suggest a one-hour call with you and the investor's adviser before you set anything up. Would that be possible?"),
        c("Makes sense. I'll ask them for the adviser's name, but give me a week or two, we're in the middle of a big release.", "no_time"),
        t("No rush at all. I'll send you a short list of questions to pass on to them in the meantime."),
    ],
    worse=[
        _open,
        t("Hi Arjun, yes, we do that all the time. We'd incorporate the holding company, then transfer your shares in the operating company into it. Set-up is about fifteen hundred dollars, then around three thousand a year to maintain."),
        c("Okay. Is there any tax when I move the shares?", None),
        t("Usually there's stamp duty on the share transfer, though relief may be available. I'd need the company's latest accounts to work it out. Can you send them?"),
        c("Sure. My friend says it's good for when I sell the company one day, is that right?", None),
        t("It gives you more flexibility for a sale, yes. Send the accounts over and I'll come back with the full costs this week."),
        c("Okay, will do.", None),
    ],
))

# d05 patient leaflet translation for a health trust, Belfast
_open = c("Hello, I'm a patient information officer at one of the health trusts. We need our maternity leaflets translated, about twelve leaflets, into Polish, Lithuanian, Arabic and Tetum. I need a quote, please.", None)
PAIRS.append(rpair(
    "b220r_d05_belfast_leaflet_translation",
    "A health trust officer wants maternity leaflets translated into four languages within a fixed budget.",
    better=[
        _open,
        t("Hello, happy to quote. Before I do, can I ask who'll be reading them and how? Are they handed out in clinic, or online?"),
        c("Both, but mainly handed out at booking appointments. The midwives have told me some of the women don't read well even in their own language.", None),
        t("That's important. If reading levels are low, a word-for-word translation of the English, which is fairly clinical already, might not help much. Has anyone thought about plain-language versions, or short audio versions of the same content?"),
        c("Audio's interesting. But the budget's fixed. I've about six thousand pounds for this year and I can't go over it.", "no_money"),
        t("Understood. With six thousand, I'd suggest the four most-used leaflets first, in plain language in all four languages, with audio for Tetum and Arabic where the midwives see most difficulty, and the other eight next year. Could you ask the midwives which four they hand out most?"),
        c("I can. That's a better use of the money than what I'd planned, to be honest.", None),
        t("I'll draft a quote on that basis today, and we can adjust it once the midwives have answered."),
    ],
    worse=[
        _open,
        t("Hello, happy to quote. Could you send the leaflets so I can count the words? Our NHS rate is nine pence a word, and we'd use medically qualified translators for all four languages."),
        c("I can send them today. Is Tetum a problem? It's quite rare.", None),
        t("We have two Tetum translators, so it's fine, though it may take a week longer. Roughly, twelve leaflets at around fifteen hundred words each would be about six and a half thousand for the four languages."),
        c("That's over what I have. The budget's six thousand and I can't go past it.", "no_money"),
        t("We could do eleven leaflets this year and one next year, or I can ask about a volume discount. Send them over and I'll give you an exact figure."),
        c("Okay, I'll email them this afternoon.", None),
    ],
))

# d06 office consolidation fit-out for a terse CFO, Singapore
_open = c("CFO of Meridian Re, Singapore branch. We're consolidating two floors into one at Marina Bay. Sixty staff. I want a ballpark cost and timeline. Short answers, please, I have ten minutes.", None)
PAIRS.append(rpair(
    "b220r_d06_singapore_fitout_cfo",
    "A busy CFO wants a quick ballpark for a one-floor consolidation fit-out.",
    better=[
        _open,
        t("Understood. Three questions, then numbers. Square footage of the new floor, do you keep any existing furniture, and is the lease start date fixed?"),
        c("Nine thousand square feet. Keep the chairs, bin the desks. Lease starts first of March, fixed.", None),
        t("Ballpark: mid-spec at nine thousand square feet is about 1.1 to 1.3 million Singapore dollars, new desks, chairs reused. Twelve to fourteen weeks' build from approved design, plus four to six weeks for landlord approval. So design sign-off by mid-October to make March. Is that realistic your side?"),
        c("Mid-October's tight. Hong Kong signs off anything over a million, and they take their time. I'd have to put it to them first.", "think_it_over"),
        t("Then split it: a design-only contract now, under a million, which your branch can sign, and the build contract once Hong Kong approves. That protects March. I'll email a one-page cost range and the split option today."),
        c("Good. One page. Send it to me, not my assistant.", None),
    ],
    worse=[
        _open,
        t("Fantastic, Marina Bay, what a location! Consolidating is such an exciting chance to rethink how your people work. Before numbers, I'd love to understand your culture. How do your teams collaborate? Are you thinking activity-based working, wellness areas?"),
        c("I said short answers. Nine thousand square feet, sixty staff, lease starts first of March. Cost and timeline.", None),
        t("Of course. For nine thousand square feet, a mid-spec fit-out would be around 1.2 to 1.4 million Singapore dollars, and about fourteen weeks to build after design and landlord approval."),
        c("Fine. Anything over a million goes to Hong Kong for sign-off, and they're slow. I'll have to take it to them.", "think_it_over"),
        t("Understood. I'll send you our capability statement and some case studies, and we can set up a workshop with your team to explore the design."),
        c("Just send the numbers. We'll be in touch if we need you.", "brush_off"),
    ],
))

# d07 shareholders' agreement for three co-founders, Dublin
_open = c("Hi, we're three co-founders of a food-tech startup in Dublin, we've just incorporated, and our accelerator says we need a shareholders' agreement before they invest. Do you have a standard one we can use?", None)
PAIRS.append(rpair(
    "b220r_d07_dublin_shareholders_agreement",
    "A startup co-founder asks a small-business law firm for a standard shareholders' agreement.",
    better=[
        _open,
        t("We do have a template, and for many founders it works with some changes. Before I send it, how are the shares split now, and is everyone full-time?"),
        c("Forty, forty, twenty. Me and Ciara are full-time, Tom's still at Google, he's joining in six months. That's, em, actually been a bit of a sore point.", None),
        t("That's exactly what a template handles badly. If Tom doesn't join in six months, what should happen to his twenty per cent? Have the three of you talked about vesting, or what happens if someone leaves?"),
        c("Not really. We've avoided it, to be honest. It's awkward, we're friends.", None),
        t("Very common, and much easier now than later. I'd suggest a fixed-fee agreement at eleven hundred euro, including one hour with all three of you to agree vesting and leaver terms before I draft. That conversation is the valuable part. Would the others do an hour next week?"),
        c("Eleven hundred's a lot more than the free template we were hoping for. But you're right about Tom.", "too_expensive"),
        t("Fair. Accelerators often reimburse legal fees up to a cap, so it's worth asking yours. I'll send you the fee note and three dates for the call, and you can decide once you've spoken to the others."),
    ],
    worse=[
        _open,
        t("Yes, we have a standard shareholders' agreement that accelerators are happy with. It covers share transfers, drag and tag rights, board seats and good and bad leaver clauses. It's four hundred and fifty euro to tailor it with your names and share split."),
        c("That's great. The split is forty, forty, twenty. Do we all need to sign it at once?", None),
        t("You can sign electronically, separately. I'll need each founder's full name and address, and the company number. I'd also recommend adding vesting, it's standard for investors."),
        c("Vesting, okay. Is that extra?", None),
        t("It's included. Send over the details and I'll have a draft with you in three working days."),
        c("Brilliant, I'll send them this afternoon.", None),
    ],
))

# d08 payroll bureau for a care home, Swansea
_open = c("Hiya, I'm the manager of Gower Court care home, fifty-odd staff on shifts. Our payroll lady's leaving and the owners want to outsource it. We need help with the rota too, it's a nightmare with agency staff. Can you do both?", None)
PAIRS.append(rpair(
    "b220r_d08_swansea_carehome_payroll",
    "A care home manager wants payroll outsourced and help with shift rotas.",
    better=[
        _open,
        t("Hiya. I'll be straight with you: we do payroll, not rostering. So let me understand both, and I'll tell you honestly where we fit. How's the rota done now, and how do the hours get into payroll?"),
        c("Spreadsheet rota, I do it, then the payroll lady types the hours in from timesheets. Sleep-ins, bank holidays, night enhancements, all by hand.", None),
        t("So the rota and the hours are one problem and the calculation's another. Sleep-ins and night enhancements we handle every week for other homes. For the rota, a care rostering system that exports hours would save the retyping, and we can import from the common ones. Do the owners have a system in mind?"),
        c("No idea. They just want it off my desk. And honestly, I tried one of those rota apps last year and the carers flat refused to use it.", "bad_experience"),
        t("That's worth knowing, if the carers won't use it, it fails. I'd suggest we take on payroll first, from your spreadsheet as it is, so the leaving date is covered, and separately I'll send you two rota systems that carers at our other homes actually use. Shall I price weekly payroll for fifty-five?"),
        c("Yes, weekly. And send me those names.", None),
    ],
    worse=[
        _open,
        t("Hiya. Yes, we can help with payroll, we do a lot of care homes. Weekly or monthly?"),
        c("Weekly. Sleep-ins, nights, bank holidays, it's complicated. And the rota?", None),
        t("We handle all the enhancements. For the rota, send us the hours every week in a spreadsheet and we'll take it from there. For fifty-five staff weekly it's about four hundred and twenty a month."),
        c("Four-twenty. I'll have to run that past the owners.", "think_it_over"),
        t("Of course. I'll email a proposal for them today."),
        c("Thanks, that'd be great.", None),
    ],
))

# d09 engineering recruitment after failed hires, Singapore
_open = c("Hi, I'm head of HR at a payments company in Singapore. We need five backend engineers by the end of the quarter. We've used two agencies already this year and, frankly, none of the hires have lasted.", None)
PAIRS.append(rpair(
    "b220r_d09_singapore_engineer_hiring",
    "An HR head needs five engineers after earlier agency hires left quickly.",
    better=[
        _open,
        t("Thanks for being upfront. Before we talk about finding five more, what happened with the ones who left? When did they go, and what reasons did they give?"),
        c("Three left within four months. The exit interviews said the on-call rota was heavier than they'd been told, and one said the tech stack was older than advertised.", None),
        t("So two gaps between what candidates heard and the reality: on-call load and the stack. What does on-call actually look like, and what's the stack?"),
        c("One week in four, nights included. Java 8 on a lot of services, we're migrating, slowly. Our engineering head doesn't love me telling candidates that.", None),
        t("I'd want to say it, though, because the people who stay are the ones who know and still want the job. I'd put both in the brief and screen for people who've done on-call and want a migration project. Fewer CVs, but better ones. Could I have thirty minutes with your engineering head to agree how we describe it?"),
        c("He'll push back, but yes, I'll set it up. Next week, he's travelling at the moment.", None),
    ],
    worse=[
        _open,
        t("Sorry to hear that. We specialise in backend engineering and have a strong Java and Go network here. What salary range are you offering, and is it hybrid?"),
        c("Eight to eleven thousand a month, depending on level. Three days in the office. On-call one week in four.", None),
        t("That's competitive. For five roles we'd offer a reduced fee of eighteen per cent and a ninety-day replacement guarantee, given your last hires didn't last."),
        c("Ninety days doesn't help much, the last ones left at four months. And the other agencies were at fifteen per cent.", "too_expensive"),
        t("We could look at a hundred and twenty days. Our shortlisting is much more rigorous than most. I'll send the terms and we can start this week."),
        c("Send them. I'll compare them with the others.", "think_it_over"),
    ],
))

# d10 ACAS early conciliation letter for a restaurant owner, Birmingham
_open = c("Hello, I've had a letter from ACAS about a former waiter, he says I dismissed him unfairly. I own a restaurant in Moseley and I've never had anything like this. What do I do?", None)
PAIRS.append(rpair(
    "b220r_d10_birmingham_acas_claim",
    "A restaurant owner has received an ACAS early conciliation notice from a dismissed waiter.",
    better=[
        _open,
        t("I'm glad you called early. An ACAS letter at this stage usually means early conciliation, which comes before any tribunal claim. How long did he work for you, and how did his job end?"),
        c("Eighteen months. I let him go because he kept turning up late, four or five times, and I'd warned him. But I never wrote anything down.", None),
        t("Eighteen months matters: under two years he generally can't claim ordinary unfair dismissal, unless it's linked to something like discrimination or a complaint he made. Did he raise any complaints while he worked for you?"),
        c("He did complain once about not getting his tips properly. That was a few weeks before. Is that a problem?", None),
        t("It could be, because he may say he was let go for complaining about pay. That doesn't mean he'd win. I'd suggest a fixed-fee review, two hundred and fifty pounds, where I look at the ACAS letter, the rotas and any messages, and tell you whether to negotiate or defend. Would that help before you reply to ACAS?"),
        c("Two-fifty I can do. I was worried you'd want thousands.", None),
    ],
    worse=[
        _open,
        t("I'm glad you called. These claims can be expensive to defend, so it's best to get a solicitor in early. We'd handle the ACAS conciliation and, if needed, the tribunal defence. A full defence is usually between four and eight thousand pounds."),
        c("Eight thousand? That's more than he earned in three months. I can't spend that on this.", "no_money"),
        t("Most cases settle during conciliation, so it's rarely the full amount. How long did he work for you?"),
        c("Eighteen months. He was late all the time, that's why I let him go.", None),
        t("Then he may not have the two years needed for unfair dismissal, which is good news. Send me the ACAS letter and I'll advise on the next step."),
        c("Okay, I'll scan it tonight.", None),
    ],
))
