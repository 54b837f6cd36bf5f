"""Gaming pairs, part B (b220). Hand-written."""
from common import c, t, gpair

PAIRS = []

# 1 ignored_customer: office furniture / sit-stand desks, Belfast
_open = c("Hi, I'm Gráinne, office manager at Doherty McCall solicitors in Belfast. We've had a few staff with back problems and I've been asked to look at sit-stand desks. About eighteen desks, but I don't think we'd do them all at once.", None)
PAIRS.append(gpair(
    "b220g_belfast_sitstand_desks",
    "office furniture and fit-out supplier, Belfast",
    "ignored_customer",
    "The office manager of a solicitors' firm in a listed building is looking at sit-stand desks after staff back complaints.",
    good=[
        _open,
        t("Hi Gráinne, thanks for ringing. Before we look at products, can you tell me a bit more about the back problems? Is it a few people with a diagnosis, or more general discomfort?"),
        c("Two have had occupational health assessments that recommended sit-stand desks. The rest are just, well, asking, to be honest, because they've seen the two get them.", None),
        t("So two have a formal recommendation and the others would like one, which does point to doing it in phases. Are there any limits in the office itself, floor boxes, cabling, narrow rooms?"),
        c("The building's old. Listed, actually. Cabling comes up through the floor in about half the rooms, and the partners won't have anything drilled.", None),
        t("That's really useful. Freestanding frames don't need drilling, and we can run cables up a spine instead of through the floor. For the two with OH reports I'd match the recommendations exactly, chair too if it's specified. What budget are you working to?"),
        c("Around nine thousand for this year. I know that won't cover eighteen.", None),
        t("It won't cover eighteen at the quality you'd want, but it covers the two recommended set-ups plus six more, and the rest could go into next financial year. I'll come and measure the rooms and bring a frame for people to try. When would suit?"),
        c("Not this month, honestly, we're up to our eyes with a file audit. Could you come in the first week of next month instead?", "no_time"),
    ],
    gaming=[
        _open,
        t("Hi Gráinne, thanks for ringing. What's prompting the look at sit-stand desks?"),
        c("Two of the team have occupational health reports recommending them. The rest, honestly, would just like one too.", None),
        t("Great. And what kind of look are you going for in the office?"),
        c("Look? Tidy, I suppose. The building's listed, so nothing can be drilled, and the cables come up through the floor in half the rooms.", None),
        t("Lovely. So I'd recommend our Apex desk-mounted range, it bolts to the floor for real stability and the cable trays screw under the desktop. Eighteen of those would be about twenty-two thousand."),
        c("I said nothing can be drilled. And I said we wouldn't do all eighteen at once, we've about nine thousand this year.", "no_money"),
        t("Understood. Most firms find it's cheaper per desk to do it all in one go, and the Apex is our best seller. Any questions on the Apex?"),
        c("Does the Apex even match the OH reports? One of them specifies a chair as well.", None),
        t("The Apex suits everyone, it's fully adjustable. Shall I put eighteen Apex desks in the quote and we take it from there?"),
        c("No. I'll get quotes from somewhere that listens.", None),
    ],
))

# 2 repeated_questions: employment law for small firms, Singapore
_open = c("Hi, we are a twenty-person interior design studio in Tanjong Pagar. I have one employee not performing for months already, and I want to know how to end the contract properly. I don't want trouble with MOM.", None)
PAIRS.append(gpair(
    "b220g_singapore_employment_law",
    "employment law practice for small businesses, Singapore",
    "repeated_questions",
    "The founder of a design studio wants advice on ending an underperforming employee's contract properly.",
    good=[
        _open,
        t("Thanks for calling before acting, that helps. How long has he been with you, and what's been done so far about the performance?"),
        c("Three years. I talked to him maybe two, three times, but nothing written. Last month he missed a client deadline, the client almost left us.", None),
        t("Three years, only verbal conversations, and one serious missed deadline. Roughly what's his monthly salary, and what does the contract say about notice?"),
        c("He earns about four thousand eight. Contract says one month notice, either side.", None),
        t("Then he's covered by the Employment Act and one month's notice applies. You can end it with notice, but with nothing written, if he says it was wrongful dismissal it's harder for you to show why. Many firms put a written improvement plan in place first, four to six weeks, then decide. Which way are you leaning?"),
        c("Honestly I just want it over. Six more weeks is painful, and lawyers are not cheap. How much are we talking?", "too_expensive"),
        t("Fair. A fixed-fee package, where we draft the improvement plan and the letters and have two calls with you, is eight hundred dollars. If you decide to end it with notice now, a one-hour call and a termination letter is three hundred. I'll set out the risks of each, but it's your call."),
        c("Send me both options by email. I'll talk to my partner tonight and decide this week.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Thanks for calling. So tell me, what's going on with this employee?"),
        c("He's been underperforming for months. Three years with us. I talked to him two, three times but nothing in writing. Last month he missed a client deadline and the client nearly left.", None),
        t("I understand. And how would you describe the performance issue, in your own words?"),
        c("I just told you. Missed deadlines, sloppy drawings, the client nearly walked. What I need to know is how to let him go without problems with MOM.", None),
        t("Absolutely. So help me understand, what's the situation with this employee's performance at the moment?"),
        c("Same as I said. Is it a problem that nothing is written down? That is my question.", None),
        t("Great question. And just so I'm clear, when you say he's underperforming, what does that look like day to day?"),
        c("I'm paying a lawyer to tell me things, not to ask me the same thing four times. Forget it.", None),
    ],
))

# 3 wrong_paraphrase: accountants / cash-flow forecasting, Bristol
_open = c("Hi, yeah, um, I run a little marketing agency in Bristol, eight of us. We've got an accountant, he's fine, does the year end, but I've no idea week to week whether we can afford to hire. Someone said you do forecasting?", None)
PAIRS.append(gpair(
    "b220g_bristol_cashflow_forecast",
    "accountancy and advisory firm, Bristol",
    "wrong_paraphrase",
    "The owner of a small marketing agency wants to know if she can afford a hire, and asks about cash-flow forecasting.",
    good=[
        _open,
        t("We do. Tell me a bit more about the hiring question. What's the hire you're weighing up, and what makes it hard to call?"),
        c("A senior designer, about forty-five grand. Thing is, clients pay us on sixty days, some of them later, so the bank balance goes up and down like mad. I look at it and think, can I? And I just don't know.", None),
        t("So the money comes in late and unevenly, and you can't tell whether a forty-five-grand salary would squeeze you in a bad month. How do you keep track of what's owed to you now?"),
        c("Xero, sort of. Invoices go out from Xero. But I don't look at the aged debtors, um, as often as I should.", None),
        t("That's where I'd start. A rolling thirteen-week cash forecast built from your Xero invoices and your regular costs would show the low points, and then we'd model the hire on top. You'd keep your accountant for the year end, this sits alongside. Is that what you were after?"),
        c("Yeah, that's exactly it. I wouldn't want to lose Martin, he's been with us since day one. What does it cost?", None),
        t("Setting it up is a fixed four-fifty, then a monthly update call at a hundred and fifty. Could we book an hour next week where you share your Xero and I show you a rough first version before you commit to anything?"),
        c("Um, a hundred and fifty every month is a bit steep for us at the minute. Could we do it quarterly?", "too_expensive"),
        t("We can. Quarterly is two-twenty a time, and we'd still set it up properly. Let's do the Xero session first and decide how often after. Wednesday at two?"),
        c("Wednesday at two, go on.", None),
    ],
    gaming=[
        _open,
        t("We do. What's on your mind in terms of finances?"),
        c("Um, mainly whether we can afford a senior designer. Clients pay us on sixty days, some later, so the balance is all over the place and I just don't know.", None),
        t("So what I'm hearing is that you're unhappy with your current accountant and want to move everything over to us. Have I got that right?"),
        c("No, no, Martin's fine. He's been with us since day one. I'm not moving anything. It's just the week-to-week cash I can't see.", "no_need"),
        t("Got it. So if I'm understanding correctly, you've been doing a lot of innovative creative work and you'd like to claim R&D tax credits for it, which is something we specialise in."),
        c("I didn't say anything about R&D. It's a marketing agency. We make, um, social media campaigns.", None),
        t("Absolutely, and what you're really telling me is that growth is your priority, so our full-service Growth package, accounts, payroll, R&D and advisory at six-fifty a month, would fit perfectly. Did I understand you correctly?"),
        c("No, you didn't. I'll, um, I'll stick with Martin and a spreadsheet, thanks.", "no_need"),
    ],
))

# 4 pitch_to_upset: accountants, Limerick, bereaved client's widow
_open = c("Hello. My husband was a client of yours, Declan Ryan, the electrician. He died three weeks ago. I don't know what to do about his business, the van, the VAT, any of it.", None)
PAIRS.append(gpair(
    "b220g_limerick_accountant_bereavement",
    "accountancy practice, Limerick",
    "pitch_to_upset",
    "The widow of a sole-trader electrician rings his accountants, not knowing what to do about his business affairs.",
    good=[
        _open,
        t("Mrs Ryan, I'm so sorry about Declan. Thank you for ringing us. There's no rush on any of this today. Would it help if I told you what needs doing soon and what can wait?"),
        c("Yes. Please. There's letters from Revenue on the table and I can't bring myself to open them.", None),
        t("That's completely understandable. Most of it can wait. The thing that matters soonest is letting Revenue know he's passed, and we can do that for you as his agent. Would you be happy for us to do that this week?"),
        c("Please. And the VAT? He was always going on about the VAT.", None),
        t("We'll file a final VAT return and cancel the registration, so you won't need to deal with Revenue yourself. Do you know who the solicitor is for his estate, or hasn't that been sorted yet?"),
        c("It's Brennan's on William Street. But will this cost a lot? I don't know what money there is until the bank sorts things out.", "no_money"),
        t("Our fees for this can come out of the estate when it's settled, not from you now. I'll write to Brennan's this week, and I'll ring you next Tuesday just to tell you where things are. Is there a better time of day to call?"),
        c("Mornings. Thank you. Really.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm so sorry for your loss. I really understand how hard this must be. Can I ask, are you running the business yourself now?"),
        c("Running it? No. I'm not an electrician. I don't even know what's in the van.", None),
        t("Of course. Well, a lot of families in your situation find it's the perfect time to review everything. We have a Bereavement Business Package that covers the estate, your own personal tax and planning for the future. It's very popular."),
        c("I just want to know what to do about the letters from Revenue. I can't open them.", None),
        t("Totally, and the package handles all that. And while I have you, have you thought about your own pension and life cover? Our financial planning partner does a free review, it's a chance to get your own house in order."),
        c("I buried him three weeks ago. I don't need a pension review.", "no_need"),
        t("I completely hear you. I'll pop the brochure in the post anyway so it's there when you feel ready. Is there anything else I can help with?"),
        c("No. I'll ask his solicitor to deal with you.", None),
    ],
))

# 5 blame: payroll software support, Newcastle
_open = c("Hiya. I'm a bookkeeper, I run payroll for nine small clients through your software. This month three employees at one of them got taxed on an emergency code and they're furious. I never touched their codes.", None)
PAIRS.append(gpair(
    "b220g_newcastle_payroll_taxcodes",
    "payroll software support desk, Newcastle customer",
    "blame",
    "A bookkeeper reports that the payroll software put three of a client's employees on emergency tax codes.",
    good=[
        _open,
        t("Thanks for ringing, and sorry, that's a horrible call to have to take from a client. Let's find out what happened. Which client, and do you know roughly when the codes changed in the system?"),
        c("Tyne Joinery. Their codes were fine last month. This month three of them went to 1257L W1. I haven't imported anything new.", None),
        t("I've got Tyne Joinery open. A batch of coding notices was downloaded from HMRC on the 9th and our auto-apply setting processed them. Three of them came through as emergency codes. Do you remember seeing a notification about it?"),
        c("No. I get about forty emails a day off your system, I'll be honest, I don't read them all. I didn't know auto-apply was even on.", None),
        t("That's fair, it's on by default and a lot of people don't realise. The codes came from HMRC, but our notice should have been much clearer. Would you like me to switch auto-apply off for all nine clients, so codes wait for your approval? And for the three staff, we can correct it next pay run, or I can walk you through an off-cycle payment today."),
        c("Off-cycle, today. They've rent due. And switch it off, yes.", None),
        t("Let's do the off-cycle now, I'll stay on the line while you run it. Afterwards I'll send you the three HMRC notices so you can ask HMRC why they issued emergency codes."),
    ],
    gaming=[
        _open,
        t("Thanks for ringing. I hear how frustrating that is, and I want to understand. Which client is it?"),
        c("Tyne Joinery. Their codes were fine last month, this month three went to emergency. I haven't imported anything new.", None),
        t("Okay, I can see that. So what's happened is HMRC coding notices were downloaded on the 9th and applied. Did you check the notifications before running the payroll?"),
        c("No, I get about forty emails a day off your system. I didn't know auto-apply was even on.", None),
        t("Right, so it's been on since you set the account up, and it's in the setup guide. To be honest, checking codes before each run is really the bookkeeper's responsibility, not ours."),
        c("I check them when I change them. The system changed them without asking me.", None),
        t("I understand how you feel, but the system did exactly what your settings told it to. Most of our bookkeepers review the coding report every month. Have you thought about our Payroll Confidence course? It's only forty-nine pounds."),
        c("I've done payroll for fifteen years, pet. I don't need a course, I need the three lads paid properly.", "no_need"),
        t("Sure. You can correct it in next month's run. Anything else I can help with?"),
        c("Next month? They've rent due. Forget it, I'll sort it myself and start looking at other software.", None),
    ],
))

# 6 monologue: translation agency, Singapore (packaging for regional launch)
_open = c("Hi, I'm Mei from Lumière Skin. We're launching in Indonesia, Thailand and Vietnam next quarter and we need our packaging and product inserts translated. I'm not sure how it works with the regulatory wording.", None)
PAIRS.append(gpair(
    "b220g_singapore_packaging_translation",
    "translation and localisation agency, Singapore",
    "monologue",
    "The marketing manager of a skincare brand needs labels and inserts translated for three South-East Asian markets.",
    good=[
        _open,
        t("Hi Mei, thanks for calling. Regulatory wording is the right thing to worry about. How many products and how much text are we talking about, and has anyone in the three countries already looked at your English versions?"),
        c("Twelve products. Each has a label and an insert, maybe three hundred words a product. Our Indonesian distributor says BPOM needs specific phrasing for claims, but nobody has told us what.", None),
        t("So around three and a half thousand words, three languages, and the Indonesian claims wording is the unknown. Who has the final say on the claims, your distributor or someone of your own?"),
        c("The distributor submits it, so them, I guess. When we did Malaysia, the agency translated 'brightening' too literally and a whole batch of boxes had to be reprinted, so my boss is nervous about using an agency at all.", "bad_experience"),
        t("A reprint is expensive, so your boss has good reason. The way to avoid it is for our translators to work from an agreed claims list, and the distributor signs off the text before anything goes to print. Would your distributor review a draft within a week or so?"),
        c("Probably, they're quite responsive. What's the timing, and the rough cost?", None),
        t("For three languages, about three weeks including one review round, and roughly four thousand two hundred Singapore dollars. I'd suggest we do one product in all three languages first, so you and the distributor see the quality before you commit the other eleven. Shall I send a quote for that pilot?"),
        c("Yes, send the pilot quote. I'll have to show my boss on Monday before we go ahead.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hi Mei, fantastic, congratulations on the launch! Let me tell you how we work, because I think you'll love it. We have over four hundred native linguists across Asia, ISO 17100 certification, a dedicated project manager, a cloud portal where you track every job in real time, and a glossary system so your brand voice stays consistent in every market."),
        c("Okay, nice. The thing I'm worried about is the regulatory—", None),
        t("Absolutely, compliance is huge for us. We've done cosmetics for some of the biggest names in the region, I can't say who, but you'd know them. Our desktop publishing team lays out the packaging files directly in Illustrator, so there's no back-and-forth with your designer. It's a full end-to-end experience."),
        c("Right, but the last agency we used, in Malaysia, got the claims wrong and we had to reprint a whole batch. So my boss is nervous about agencies.", "bad_experience"),
        t("Totally hear you, and that's exactly why our clients stay with us, we build long-term relationships. We also do transcreation for marketing copy, subtitles for your launch videos, and we can localise your website in all three languages. I'd say bundle the lot, it brings the per-word rate right down."),
        c("We only need the labels and inserts. Can you just email me something?", "brush_off"),
        t("Of course! I'll send our full capabilities deck and a bundle quote. Any other questions for me?"),
        c("No. Thanks.", None),
    ],
))

# 7 closing_as_open_question: finance recruitment, Dublin
_open = c("Hi. We're a Series A startup in the Docklands, forty people, and we need our first proper finance lead. I've had two agencies ring me this week already. What makes you different?", None)
PAIRS.append(gpair(
    "b220g_dublin_finance_recruitment",
    "finance and accounting recruitment agency, Dublin",
    "closing_as_open_question",
    "A startup CEO is choosing an agency to hire the company's first finance lead.",
    good=[
        _open,
        t("Fair question, and I'd rather answer it once I know what you need. When you say first proper finance lead, what's the gap right now, who does the finance today?"),
        c("An outsourced bookkeeper and me, basically. I'm the CEO. The board wants monthly management accounts and a real forecast before we raise again in about eighteen months.", None),
        t("So someone who can build reporting from scratch and be credible with the board before the next round. Is that a financial controller who does the work, or a finance director who'd also lead the fundraise?"),
        c("Good question. Probably controller now, with room to grow. The salary budget's around ninety-five. I know a proper FD would be way more.", None),
        t("Ninety-five fits a strong controller in Dublin at the moment. On how we work: contingency, twenty per cent, nothing payable unless you hire. I'd want an hour with you and your board chair to pin down the brief first. Could we do that next week?"),
        c("Twenty per cent's steep. One of the others said fifteen.", "too_expensive"),
        t("Some do. The difference is usually the guarantee and how much searching happens before CVs arrive. Ours is a twelve-week replacement and a shortlist of three, each interviewed by me. If that isn't worth five per cent to you, the fifteen per cent firm may honestly suit you better. Shall I send our terms so you can compare them side by side?"),
        c("Yeah, do that. I'll compare them and come back to you by Friday.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Great question! Can I ask you one back: what would you need to see from us today to make us your exclusive agency?"),
        c("Exclusive? I don't even know your fees yet, I'm not deciding anything today.", "think_it_over"),
        t("Totally fair. Our fee is twenty per cent. So, how would you like to handle the retainer, one payment or split in three?"),
        c("Retainer? The others are contingency. And twenty's steep, one of them said fifteen.", "too_expensive"),
        t("I hear you. So let me ask, what's stopping you from getting started with us this week?"),
        c("Well, I haven't told you what the role is yet. It's a bookkeeper and me at the moment, and the board wants proper reporting before we raise again.", None),
        t("Perfect, that's exactly our sweet spot. So when would you like your first interviews, the week of the twelfth or the nineteenth?"),
        c("Neither, until I've seen terms. Send them over and I'll compare them with the other two.", "think_it_over"),
    ],
))

# 8 pitch_as_paraphrase: business broadband for a dental practice, Cardiff
_open = c("Hello, I'm the practice manager at Cathedral Road Dental in Cardiff. Our internet has dropped out three times this month, and our patient records are all in the cloud now, so when it goes, we're stuck.", None)
PAIRS.append(gpair(
    "b220g_cardiff_dental_broadband",
    "business broadband and telecoms provider, Cardiff",
    "pitch_as_paraphrase",
    "A dental practice manager wants the practice's internet to stop dropping out, because patient records are cloud-based.",
    good=[
        _open,
        t("That sounds stressful, especially with patients in the chair. When it drops, how long is it out for, and is it the whole building or just some rooms?"),
        c("Whole building. Once it was twenty minutes, once nearly two hours. We had to reschedule six patients.", None),
        t("Two hours with a full list is a lot. What connection do you have now, and who is it with?"),
        c("Standard business fibre, forty megs I think, with one of the big ones. There's eight months left on the contract, so I'm not sure I can even change.", None),
        t("That's worth knowing. Honestly, your main problem is having only one line, not the speed. A 4G backup router, which switches over by itself when the line drops, would keep the records working, and you can add it without leaving your current contract. It's twenty-five a month. Does that sound like it would have saved you this month?"),
        c("If it actually switches over on its own, yes. Our IT man put something like that in at my last practice and it never once kicked in.", "bad_experience"),
        t("Then let's prove it before you commit. We can install it on a thirty-day trial and unplug the fibre while you watch, so you see the records stay up. Shall I book an engineer for a quiet afternoon?"),
        c("Wednesday afternoons we've no clinic. Next Wednesday?", None),
    ],
    gaming=[
        _open,
        t("Oh no, that's not good. When it drops, what happens?"),
        c("The whole building goes down. Once twenty minutes, once nearly two hours. We had to reschedule six patients.", None),
        t("So what you need is our Gigabit Pro leased line at three hundred and ten a month, so speed is never a problem again. Is that right?"),
        c("Speed isn't the problem, it's that it drops. I don't need faster, I need it to stay on.", "no_need"),
        t("Absolutely, so what I'm hearing is you want reliability, and the best way to get that is the leased line with our Premium SLA, for an extra forty a month. Did I get that right?"),
        c("Three-fifty a month? We pay forty-two now. That's a lot of fillings.", "too_expensive"),
        t("I understand, so what you're telling me is that value matters to you, which is why the thirty-six-month term brings it down to two-ninety. Shall I pencil that in?"),
        c("No. We've eight months left on our contract anyway. I'll ring our own provider about the drop-outs.", "no_need"),
    ],
))

# 9 upsell_as_loop_closing: hotel meeting room for a firm's away day, Kilkenny
_open = c("Hi, I'm organising an away day for our accountancy firm, fourteen people, a Friday in late September. We need a meeting room and lunch. Budget's around fifty euro a head.", None)
PAIRS.append(gpair(
    "b220g_kilkenny_hotel_awayday",
    "hotel meetings and events desk, Kilkenny",
    "upsell_as_loop_closing",
    "An accountancy firm's office manager books a meeting room and lunch for a staff away day.",
    good=[
        _open,
        t("Lovely, thanks for thinking of us. So I get it right, what kind of day is it, planning, training, a bit of fun? And what time do you need the room from and until?"),
        c("Strategy planning in the morning, then the partners want something relaxed in the afternoon. Ten till four, roughly. Some people are driving up from Waterford.", None),
        t("Ten to four, planning then something lighter. For fourteen I'd put you in the Nore Room, it has daylight and a screen. Our day delegate rate is forty-eight, which covers the room, tea and coffee twice and a two-course lunch. Does anyone have dietary needs?"),
        c("Two vegetarians and one coeliac. And for the afternoon, have you anything nearby? Not a zipline, please, half of them are over fifty.", None),
        t("Noted on the diets, the kitchen's good with coeliac. For the afternoon, there's a guided walk of the Medieval Mile from our door at ten euro a head, or the room's yours until four if they'd rather just talk. I can pencil in the twenty-sixth and hold it for a week while you check with the partners. Would that help?"),
        c("Yes, hold the twenty-sixth. I'll need to ask the partners about the walk before I confirm that.", "think_it_over"),
        t("Done. I'll email the hold and a menu. Is there anything else you need from me for the day, or is that everything?"),
        c("That's everything, thanks.", None),
    ],
    gaming=[
        _open,
        t("Lovely! Just so I fully understand your needs, what time would you need the room?"),
        c("Ten till four. Strategy in the morning, something relaxed after. Fifty a head is the budget.", None),
        t("Perfect, the day delegate rate is forty-eight. Now, to close the loop, what else can I add for you? Most firms add our prosecco reception at the end, it's twelve a head."),
        c("It's a work day and they're driving back to Waterford. No prosecco.", "no_need"),
        t("Of course. And what else would make the day complete? There's our upgraded three-course lunch for an extra fifteen, with a cheese board."),
        c("That puts us well over fifty a head. The partners were very clear about the budget.", "no_money"),
        t("Totally hear you. And just so nothing's missed, would you like to add overnight rooms? Lots of groups make it a two-day thing, we've a special at one-forty a room."),
        c("No. I'll book the basic day rate and nothing else, please. If anything extra turns up on the invoice, we'll have words.", "no_need"),
        t("Absolutely, basic day rate for fourteen on the twenty-sixth. Anything else I can add while you're on?"),
        c("You've asked me that four times. Just the room and the lunch. Goodbye.", "no_need"),
    ],
))

# 10 leading_tag_questions: office fit-out for a family law firm, Singapore
_open = c("Hi, good morning. I'm the practice manager at Lim and Partners, family law, level twelve at Raffles Place. We want to redo our reception and maybe add one more meeting room. Our clients are often quite emotional, and the reception now is very open.", None)
PAIRS.append(gpair(
    "b220g_singapore_lawfirm_reception",
    "office fit-out and interiors firm, Singapore",
    "leading_tag_questions",
    "The practice manager of a family law firm wants a more private reception and possibly another meeting room.",
    good=[
        _open,
        t("Good morning. That's helpful context. When a client comes in upset today, what happens? Where do they wait, and where do they go?"),
        c("They sit in reception, which is right by the lift lobby, so everyone walking past can see them. Sometimes they cry there. Our lawyers hate it.", None),
        t("So the priority is privacy from the moment they arrive, more than how it looks. How big is the space, and does the landlord have rules on works?"),
        c("About forty square metres for reception. The landlord needs drawings approved, and noisy works only after seven pm, which makes it expensive, I'm told.", None),
        t("After-hours works do add cost, yes. One way round most of it is a frosted glass partition with an acoustic seal, which makes a small waiting room off reception, and most of it is built offsite. Roughly what budget do you have in mind?"),
        c("The partners said maybe sixty thousand. Honestly, if it's more than that, they'll say wait until next year.", "no_money"),
        t("Sixty is realistic for a partition and a reception refresh, though a full extra meeting room may push past it. I'd price two versions, one inside sixty and one with the meeting room, so the partners see the difference. Can I come and measure this week after seven, so I see it when the works would happen?"),
        c("Thursday after seven is okay. I'll stay back.", None),
    ],
    gaming=[
        _open,
        t("Good morning! Let's understand your needs. You'll want a full reception redesign with a statement feature wall, won't you, to really impress clients?"),
        c("Impress? Our clients are going through divorces. Mostly they want nobody to see them.", None),
        t("Of course, privacy's important, isn't it? And you'd agree a premium space reflects a premium firm, wouldn't you?"),
        c("I suppose. But the landlord only allows noisy works after seven, and the partners said sixty thousand is the most they'll spend.", "no_money"),
        t("Absolutely. But you wouldn't want to do it twice, would you? Most firms at Raffles Place go for our full package, about ninety-five, and it includes the meeting room. It makes sense to do it properly once, doesn't it?"),
        c("Ninety-five thousand for forty square metres? That's a lot of money for a waiting area.", "too_expensive"),
        t("It's an investment, isn't it? And you'll want to lock in a slot before the year-end rush, won't you?"),
        c("Maybe just send me the brochure and I'll pass it round. Thank you.", "brush_off"),
    ],
))
