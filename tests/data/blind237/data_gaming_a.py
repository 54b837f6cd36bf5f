"""Gaming pairs, file a (written by hand for blind237)."""
from common import c, gpair, t

PAIRS = []

# a1 monologue: first US tax return for an H-1B arrival in Houston
_open = c("Hi, um, I got your number from the board at the Indian grocery store. I came here on an H-1B last April and this is my first time filing taxes in the US. I honestly don't know where to start.", None)
PAIRS.append(gpair(
    "b237g_us_houston_first_tax_return", "tax preparation office, Houston, Texas", "monologue",
    "An engineer who arrived on an H-1B in April phones a small tax preparer about his first US return; he has interest income in India and a wife on an H-4.",
    [
        _open,
        t("Welcome, and this is a good place to start. Before I say anything about fees, can I ask about your year? When exactly did you arrive, and have you been in the US more or less all the time since?"),
        c("I landed on April 9th. I went back to Pune for two weeks in December for my cousin's wedding, otherwise I was here.", None),
        t("Okay, that affects whether you're treated as a resident for the whole year or only part of it. Apart from your US salary, did you have any income in India last year? Interest, rent, anything?"),
        c("Only interest on my fixed deposits there. Maybe forty thousand rupees. Also my wife is here with me, she is on H-4, she has no job.", None),
        t("Got it. So: arrived April 9, a short trip home in December, US salary, some interest from fixed deposits in India, and your wife's here on an H-4 with no income. One more: roughly how much is in your Indian accounts altogether? If it went over ten thousand dollars at any point there's a separate foreign-account report, the FBAR, and people miss it a lot in their first year."),
        c("Oh. Yes, probably more than that, my savings from before are there. Nobody told me this. How much is all this going to cost me? My friend used free software and paid nothing.", "too_expensive"),
        t("Fair question. Free software is fine for a simple return. Yours has a few choices in it: whether you and your wife file jointly, how the Indian interest is reported, and the FBAR. A mistake there costs more than my fee. For a return like this I charge $325 including the FBAR. Bring your W-2, the interest certificates from India and your passports on Saturday, I'll look it all over and you decide then. If you walk away, there's no charge."),
        c("Saturday I can do. Morning is better, my wife will come also.", None),
        t("Ten o'clock, then. I'll text you a list of what to bring, and if something's missing we'll work out together what to ask your bank in India for."),
    ],
    [
        _open,
        t("Great question, and first let me say we love giving new arrivals a great first-time tax experience! So here's how it works. We have three tiers, but for someone on an H-1B you really want our Platinum Expat package: federal and state, well, Texas has no state tax but it's included anyway, plus three years of audit defense, a same-day refund advance up to $3,500, and our Immigration-Ready Transcript service that people use for their green card later. So what does your year look like?"),
        c("Uh, I came in April, and I have some...", None),
        t("April, perfect, super common, we do hundreds of those. And the refund advance is really popular because H-1B folks have relocation costs. Platinum is $489, but with the advance you pay nothing out of pocket today, it comes out of your refund. Plus you become part of our client family, and for us it's all about the long-term relationship. Does that sound like what you need?"),
        c("I don't know if I even get a refund. I also have interest in India, is that a problem?", None),
        t("Totally, international stuff is exactly why Platinum exists, it covers everything. We also do ITINs in case your wife needs one, and honestly most H-4 spouses do, so that's an add-on at $150. I can get you both set up right now, I just need your W-2 and a card on file as backup for the advance fee."),
        c("Four eighty-nine and one fifty. That is a lot for someone who has filed zero returns. My friend used free software.", "too_expensive"),
        t("I hear you, and software is fine for simple situations, but you're not simple, you're international! Plus we send reminders next year, and there's a referral bonus when you bring your colleagues, and..."),
        c("I think I will ask my colleagues first who they used. Thank you.", "think_it_over"),
    ],
))

# a2 closing_as_open_question: overseas driver who failed the NSW test once
_open = c("Hi, I'm calling about driving lessons. I had a licence in Brazil for eight years but here I have to do the test, and I already failed once at Penrith, so, I'm a bit nervous to be honest.", None)
PAIRS.append(gpair(
    "b237g_au_parramatta_driving_lessons", "driving school, Parramatta, New South Wales", "closing_as_open_question",
    "A Brazilian woman with years of driving experience has to pass the NSW driving test after failing it once; she rings a local driving school.",
    [
        _open,
        t("Thanks for telling me. That's really common with experienced overseas drivers, the test checks habits more than whether you can drive. What did the examiner mark you down on at Penrith?"),
        c("She said I didn't check the blind spot enough, and at a roundabout I was too slow, I stopped when I didn't need to. And something about my speed in a school zone.", None),
        t("So blind-spot checks, roundabout decisions and school zones. Those are all fixable. How much have you driven here since then? Do you have a car to practise in?"),
        c("My husband's car, but he gets stressed when I drive and we argue, so not much. And I already did five lessons with another school, very expensive, and the instructor was on his phone half the time. I don't want to pay for that again.", "bad_experience"),
        t("That's a fair worry, the time should be all yours. Here's what I'd suggest, and you can say no: one 60-minute assessment lesson, $75, on the streets around the Penrith test centre. I'll note exactly what needs work, and then you decide if you need two more lessons or six. No package up front."),
        c("Only one first? Okay, that I like. But I work at the café until two on weekdays.", None),
        t("Then how about Thursday at three? I can pick you up from the café if that's easier and drop you near home afterwards."),
        c("Thursday at three is good. Yes, pick me up from the café, it's on Church Street.", None),
        t("Perfect. I'll text you to confirm with my name and the car's rego. Bring your Brazilian licence and your learner paperwork."),
    ],
    [
        _open,
        t("Totally understandable, and thanks for sharing that. Can I ask, what would it take for you to feel confident enough to book your test with us today?"),
        c("Um, I don't know, I need to practise first. I failed on the blind spot and roundabouts.", None),
        t("Makes sense. So which would you prefer to start with, our 10-lesson Pass Guarantee pack at $690, or the 15-lesson pack with the test-day car included?"),
        c("That's a lot of lessons. I did five with another school already and they were useless, the guy was on his phone.", "bad_experience"),
        t("That won't happen here. So how would you like to pay for the ten today, card or direct debit? And what time suits you for the first one, morning or afternoon?"),
        c("I didn't say I want ten. Can I just do one lesson first and see?", "no_need"),
        t("Single lessons are $85 and they're $69 in the pack, so what would stop you from saving that money and locking in the pack right now?"),
        c("I need to talk to my husband first, it's his money too. I'll call back.", "think_it_over"),
    ],
))

# a3 pitch_as_paraphrase: panel beater after a weekend break-in
_open = c("Morning. Look, I've got a panel shop in Germiston, Driehoek side. Somebody came over the wall Saturday night and took two customers' catalytic converters and my compressor. I think I need someone there at night.", None)
PAIRS.append(gpair(
    "b237g_za_germiston_night_guard", "security guard company, Germiston, Gauteng", "pitch_as_paraphrase",
    "The owner of a small panel-beating shop phones a guarding company the Monday after a break-in.",
    [
        _open,
        t("Eish, sorry to hear that, especially with customers' cars involved. Let me understand the site first. How is it secured now: wall, gates, alarm, lights?"),
        c("Two-metre wall, ja, palisade gate in front. There's an alarm but it's not linked to anybody, it just screams and the neighbours ignore it. Lights at the front only.", None),
        t("And which nights worry you most? Every night, or mainly weekends when nobody's around?"),
        c("Weekends mostly. During the week my one guy Sipho sleeps in the back room, but Friday he goes home to Tembisa.", None),
        t("So the gap is Friday night to Monday morning, the back wall has no lights, and the alarm makes noise with nobody coming. I can price two options: a PSIRA-registered guard from Friday 6pm to Monday 6am, or linking your alarm to our armed response with a beam along the back wall, which is much cheaper month to month. Which way are you leaning?"),
        c("What's the guard going to cost me? I'm not a big company, my margins are tight, man.", "no_money"),
        t("A weekend guard comes to about R12,000 a month. The alarm link plus the back-wall beam is R650 a month after a once-off R3,200 install. I can come and look at that back wall on Thursday and give you both in writing, no obligation."),
        c("Thursday after four. Ja, come have a look.", None),
        t("Done. I'll WhatsApp you my details, and I'll bring our PSIRA certificates so you can see who you'd be dealing with."),
    ],
    [
        _open,
        t("Sorry to hear that, sir. What's your biggest concern right now?"),
        c("Honestly? That it happens again this weekend. The customers' cars are my responsibility.", None),
        t("So what I'm hearing is that you need our Gold Site package: two armed guards 24/7, plus CCTV with off-site monitoring, at R38,000 a month. Is that right?"),
        c("No, I didn't say 24/7. There's a guy who sleeps there during the week.", None),
        t("Right, so if I understand you correctly, what matters to you is total peace of mind, which is exactly the Gold package with the CCTV add-on. Did I get that right?"),
        c("Thirty-eight thousand? My whole rent is twelve. I can't carry that, bru.", "no_money"),
        t("So what you're saying is that protecting your customers' cars is worth more to you than a month's rent, correct? Because we can spread it over a 36-month contract."),
        c("No, that's what you're saying, not me. I'm done here, cheers.", None),
    ],
))

# a4 upsell_as_loop_closing: one notarized signature for a truck sale
_open = c("hi do u do mobile notary today. selling my truck and the buyers credit union wants the bill of sale notarized, buyer is at my place at 6", None)
PAIRS.append(gpair(
    "b237g_us_phoenix_mobile_notary", "mobile notary service, Phoenix area, Arizona", "upsell_as_loop_closing",
    "A man selling his pickup texts a mobile notary the same afternoon; the buyer's credit union wants the bill of sale notarized.",
    [
        _open,
        t("Hi! Yes, we do mobile. Is it just the one document, the bill of sale? And who needs to sign, only you or both of you?"),
        c("both of us i think. theres also the title but the dmv guy said thats fine without notary. just the bill of sale", None),
        t("Okay. Both signers need a valid, unexpired government photo ID, and please don't sign it beforehand, you sign in front of me. Where are you located?"),
        c("chandler near ray and alma school. how much is it, last time i paid like 80 bucks for one signature at a ups store and it felt like a ripoff", "bad_experience"),
        t("Fair to ask up front. The notarization itself is $10 per signature, so $20 for two signers, plus a $45 travel fee to Chandler. $65 total, nothing else unless you ask for it. Shall I arrive at 5:45 so I'm set up before the buyer gets there?"),
        c("545 works. cash ok", None),
        t("Cash is fine. Send me the address here, have both IDs ready, and I'll text when I'm on the way."),
        c("will do thx", None),
    ],
    [
        _open,
        t("Hi! Absolutely, happy to help. Just to close the loop, is it only the bill of sale, or what else can I add for you tonight?"),
        c("just the bill of sale", None),
        t("Got it. And what else can we take care of while I'm there? A lot of sellers add our title courier to the MVD, $60, so nobody waits in line."),
        c("nah buyer handles the title", "no_need"),
        t("Perfect. Anything else I can help with? We also do certified copies of the bill of sale for your records, $15 a copy, and our Document Vault keeps a scanned copy for seven years for $9.99 a month. Should I put you down for the vault?"),
        c("bro i just need 1 stamp. how much for the stamp", "no_need"),
        t("Totally hear you! Base is $20 plus $45 travel. And before I lock it in, anything else you'd want added? The rush arrival guarantee is $25 and it means I'm there at 6 sharp."),
        c("wait so if i dont pay 25 you might be late. forget it ill find somebody else", None),
    ],
))

# a5 leading_tag_questions: partner visa for a fiancee in the Philippines
_open = c("G'day, yeah, I'm after some advice. My fiancée's in the Philippines, we want her to come over here to live, and the government website's doing my head in, honestly.", None)
PAIRS.append(gpair(
    "b237g_au_brisbane_partner_visa", "registered migration agent, Brisbane, Queensland", "leading_tag_questions",
    "A forklift driver rings a migration agent about bringing his Filipina fiancée to Australia; money is tight.",
    [
        _open,
        t("Happy to help untangle it. Can I ask a bit about the two of you first? Are you planning to marry before she comes, or after she arrives?"),
        c("We were thinking of getting married over there in March. Her family wants a church wedding, so, yeah.", None),
        t("Right, so that points to a partner visa lodged from outside Australia rather than a prospective marriage visa. How long have you actually lived together, and what do you have that shows the relationship: photos, messages, money sent?"),
        c("About four months all up in Cebu, over a few trips. I send her money every month through Remitly, so there's records of that. Look, I've read these things cost a fortune. The visa fee alone's over nine grand and I'm on a forklift wage, mate.", "no_money"),
        t("That's a real number and it's fair to say it out loud. The government charge is the big one and nobody can get you out of it. What you can choose is how much help you pay for. Some couples lodge it themselves just fine. Where I'm useful is the evidence, the statements and the timeline, the stuff that gets partner visas delayed. I can do a one-hour review for $220: we look at what you've got and I tell you honestly whether you need me for the rest."),
        c("Yeah, that sounds more my speed. Can Joy be on the call? She's two hours behind.", None),
        t("Of course. How about Saturday at 11 our time, so 9 for her? I'll email a checklist so you can both pull together the remittance records and some photos beforehand."),
        c("Saturday's good. Cheers, that's a weight off.", None),
    ],
    [
        _open,
        t("No worries, that's what we're here for. You'll want to get it right the first time, won't you?"),
        c("Well, yeah, obviously.", None),
        t("And you wouldn't want to risk a refusal on something this important, would you? So our full-service partner package is really the only sensible way to go, isn't it?"),
        c("How much is the full-service thing?", None),
        t("It's $5,900 plus the government fee. That's a fair investment in your future together, isn't it? You can't really put a price on love, can you?"),
        c("Mate, the government's already nine grand. I'm on a forklift wage. I can't just find another six.", "no_money"),
        t("But you'd agree most couples who go it alone end up regretting it, wouldn't you? You'd rather pay once than twice, surely?"),
        c("I'd rather not be talked at like that. I'll have a crack at it myself and ring back if I get stuck.", "no_need"),
    ],
))

# a6 putdown_question: first call to a debt counsellor
_open = c("Hello, good afternoon. My sister said I must phone you people. I've got store accounts and a loan from the bank, and the calls are coming every day, at work also. I don't know what to do anymore.", None)
PAIRS.append(gpair(
    "b237g_za_durban_debt_counselling", "registered debt counsellor, Durban, KwaZulu-Natal", "putdown_question",
    "A school administrator in Chatsworth with a personal loan, three store cards and a car payment calls a debt counsellor for the first time; one creditor has sent attorney letters.",
    [
        _open,
        t("Good afternoon, I'm glad your sister pushed you to call. Those calls at work wear you down, I know. Can you tell me roughly what you owe each month, and what comes in?"),
        c("I take home about eighteen thousand. The personal loan is four thousand two hundred a month, then Edgars, Truworths, Mr Price, and the car is three eight. After everything I'm short every month, I'm borrowing from my sister for groceries.", None),
        t("Thank you, that's clear. So eighteen thousand in, the loan and the car alone take about eight, three store accounts on top, and you're short before groceries. Has anyone taken legal steps yet, a summons or letters from attorneys?"),
        c("There was a letter from attorneys for the loan last month. I got such a fright I didn't even open the second one.", None),
        t("That matters, and I'm glad you told me, because once a creditor has gone to court on an account it's harder to bring it into the process. Debt review can bring all of this down to one payment you can manage, and the calls stop once we notify your creditors. But you can't take new credit while you're under review, and it usually runs a few years. I'd rather you know that now."),
        c("A few years... And I heard you people charge a lot. My colleague did this and she said it was fees and fees and fees.", "bad_experience"),
        t("The fees follow the National Credit Regulator's guidelines, and I'll show you each one on paper before you sign: the application fee, the first-month fee and the monthly after-care. If the new payment doesn't come out lower than what you pay now, I'll tell you straight. Can you bring your payslip, your statements and both attorney letters, the unopened one too, on Thursday?"),
        c("Thursday I'm off. Okay. I'll bring everything, even that envelope.", None),
        t("Good. Ten o'clock at our Musgrave office; I'll SMS you the list now. And if an attorney phones before then, you can tell them you're applying for debt review."),
    ],
    [
        _open,
        t("Okay. Before we start, how did you let it get this far, honestly? What were you buying?"),
        c("It's not like I was buying nonsense. The car broke, my mother was sick, I used the cards for school uniforms...", None),
        t("Mm. Three store cards for school uniforms? What exactly did you think would happen when you opened the third one?"),
        c("I... I don't know. I thought I would manage.", None),
        t("Right. And the attorney letter you didn't open, what was the plan there, hope it disappears? That's how people end up with garnishee orders. So what's your take-home?"),
        c("Eighteen. Look, I phoned for help, not to be scolded. And my colleague said you people just charge fees and fees anyway.", "bad_experience"),
        t("Well, somebody has to tell you. Fees are the least of your worries, wouldn't you say? Do you want to sort this out, or do you want to keep making excuses?"),
        c("I'll sort it out, but not with you. Goodbye.", None),
    ],
))

# a7 not_my_department_or_read_the_terms: a passport stuck on its way back from a consulate
_open = c("Hi, this is Dana Kowalski, I run a small engineering firm in Hoboken. We used you guys to take my employee's passport to the Brazilian consulate for a business visa. It was supposed to be back Tuesday, it's Thursday, and he flies Monday.", None)
PAIRS.append(gpair(
    "b237g_us_newark_passport_courier", "visa and passport courier, Newark, New Jersey", "not_my_department_or_read_the_terms",
    "A small employer calls the visa courier that took her engineer's passport to a consulate; it is two days late and he flies on Monday.",
    [
        _open,
        t("Okay, Dana, let's find it. Can you give me the order number or your employee's name? And is the flight Monday morning or evening?"),
        c("Order is NK-40718. His name's Tomasz Wisniewski. Flight's Monday, 9:40 at night, out of Newark.", None),
        t("Thanks. I'm looking now... The consulate released it Wednesday afternoon, our runner picked it up and it went into overnight return shipping, but the label was printed with your old suite number, 210 instead of 410. That one's on us. It's sitting at the carrier's Secaucus facility."),
        c("Oh my God. Okay. Can it get here tomorrow? He cannot miss this trip, it's our biggest client.", None),
        t("Two options. I can have the carrier redirect it for Friday delivery, which usually works but isn't guaranteed. Or I send our own driver to collect it at Secaucus first thing tomorrow and bring it to your office by noon, at no charge, since the label error was ours. Given Monday, I'd go with the driver."),
        c("Driver. Definitely the driver. Can you have him call me when he's got it?", None),
        t("Yes. He'll call you from Secaucus once it's in his hands, and I'll email you his name and number tonight. I'm also fixing the suite number on your account so this doesn't happen again."),
        c("Okay. Thank you. Honestly, I was ready to scream.", None),
        t("Completely fair. If you haven't heard from him by ten tomorrow, I'll call you myself."),
    ],
    [
        _open,
        t("I completely understand your frustration, Dana, and I want to make sure you have a great experience. Can you walk me through what's happening?"),
        c("I just did. The passport was due back Tuesday, it's not here, and he flies Monday.", None),
        t("Right. So once the consulate has a passport, the timeline really is on their side, not ours. I don't set their processing times. Did you read our terms when you booked? Section 6 says all return dates are estimates."),
        c("Your own tracking says you picked it up from the consulate yesterday. So it's on your side now.", None),
        t("I hear you. Once it's with the shipping carrier, though, that's a different department, I'm in bookings. You'd need to open a claim with the carrier directly, and that's all in the FAQ on our website."),
        c("You chose the carrier. You printed the label. I am not calling FedEx to chase something you shipped.", None),
        t("I totally understand how you feel. Is there anything else I can help you with today? And how satisfied would you say you are with your experience so far?"),
        c("Zero. Put me through to a manager. Now.", None),
    ],
))

# a8 social_proof_or_deadline_pressure: first-year sole trader electrician
_open = c("Hey, yeah, so I went out on my own as a sparky this year, subbying mostly, got my ABN in like August, and my old man reckons I need a proper accountant now instead of doing it myself on myGov. Is that right?", None)
PAIRS.append(gpair(
    "b237g_au_geelong_sole_trader_tax", "tax agent, Geelong, Victoria", "social_proof_or_deadline_pressure",
    "A 24-year-old electrician in his first year as a sole trader rings a tax agent; he has not put money aside for tax.",
    [
        _open,
        t("Your old man's got a point, but let's see. Were you on wages with an employer before August, and roughly what have you turned over on the ABN since?"),
        c("Yeah, I was on wages at Sparky Bros till the end of July. Since then, maybe sixty-five, seventy grand through the ABN? I haven't really added it up.", None),
        t("Okay. Have you been putting anything aside for tax from those ABN payments? And have you kept receipts for tools, the ute, your phone?"),
        c("Uh, not really putting aside, no. Receipts, some, in the glovebox. I bought a heap of tools. Am I in trouble?", None),
        t("Not in trouble, but it's worth knowing now: nobody's withheld tax from that seventy grand, so there'll be a bill, and the ATO will likely put you on quarterly instalments after. The good news is tools, part of the ute, phone and insurance come off. And whether you need to register for GST depends on going over $75,000 for the year, and you're close."),
        c("Right. What's something like that cost, roughly?", None),
        t("A first-year sole trader return with us, including sorting your deductions and the GST question, is $440. I'll also set you up with a simple spreadsheet so next year's receipts aren't living in the glovebox."),
        c("Bit more than I was hoping, but if it saves me a nasty surprise, yeah, fair enough.", "too_expensive"),
        t("That's the idea. Bring your invoices since August, the glovebox receipts and your bank statements. Could you come in Tuesday after work? I'll give you a rough figure for the tax bill that night so you can start putting money aside."),
        c("Tuesday arvo, half four. Sweet.", None),
    ],
    [
        _open,
        t("Great question, mate, and congrats on going out on your own. What's the biggest thing on your mind with tax this year?"),
        c("Just not stuffing it up, I guess. I haven't put any money aside.", None),
        t("Yeah, look, that's exactly why every sparky in Geelong comes to us. Honestly, most of the tradies on the Bellarine are our clients. Our Tradie Starter Pack is $790, and if you sign today I'll throw in your first quarter's BAS."),
        c("Seven ninety? My mate's accountant did his for like four hundred.", "too_expensive"),
        t("Sure, but your mate's accountant won't be around when the ATO comes knocking, will he? And the Starter Pack goes up to $990 on the 30th, and we've only got three spots left this month. I'd hate for you to miss out."),
        c("Three spots. Righto. I reckon I'll have a chat to my old man first.", "think_it_over"),
        t("Totally get it, but I can only hold that price until five today. What's stopping you from locking it in now?"),
        c("Nothing's stopping me from hanging up, mate. See ya.", None),
    ],
))

# a9 keyword_stuffed: Code 10 licence needed for a job offer
_open = c("Hello sisi. I want to ask about code 10. I got a job offer for furniture delivery, but they say I must have the licence before end of March. I have my learners already.", None)
PAIRS.append(gpair(
    "b237g_za_pretoria_code10_licence", "driving school, Pretoria East, Gauteng", "keyword_stuffed",
    "A 23-year-old from Mamelodi with a learner's licence needs a Code 10 licence within three months to take up a delivery job; his mother is helping pay.",
    [
        _open,
        t("Hello, and congratulations on the job offer! End of March, okay. Have you driven a truck before, or any vehicle at all?"),
        c("Only my uncle's bakkie, a little bit, in the township on Sundays. Never a truck.", None),
        t("Okay, so we're starting close to the beginning with a bigger vehicle, that's fine. The yard test for Code 10 has alley docking and a hill start with the truck, and that's where most people struggle. The other thing is booking: test dates at Silverton are sometimes six or seven weeks out. Have you booked a date yet?"),
        c("No, I didn't know I must book early. The money also, I'm not working yet. My mother is helping but she can't pay everything at once.", "no_money"),
        t("Then let's plan around that. We book your test this week so there's a target, and you do lessons weekly so the cost is spread. Twelve one-hour truck lessons is usually enough for someone who has driven a bit. It's R380 a lesson, paid per lesson, nothing upfront."),
        c("Twelve lessons... I think that's okay if it's per week. Can I do Saturdays? In the week I'm helping my uncle at his stall.", None),
        t("Saturdays work. The truck is free at eight and at two. Which suits you?"),
        c("Eight o'clock. But first I must book the test, né?", None),
        t("Yes. Bring your ID and learner's licence on Saturday, and afterwards I'll go with you to Silverton to book it, so you're not standing in the wrong queue."),
    ],
    [
        _open,
        t("Hello, and congratulations! At Ubuntu Driving Academy we are all about your journey and your success. Can you share with me what your driving needs are, so we can understand the experience you're looking for?"),
        c("I need the code 10 licence for the job. Before March.", None),
        t("I hear you, and I really feel that. Your success is our success, and we believe in building a relationship with every learner so that we understand their needs at a deep level. How does that make you feel?"),
        c("Okay... it's fine. How many lessons, and how much?", None),
        t("Great question. What I'm hearing is that value matters to you, and we value that. Our learners experience a transformational journey, and our success rate reflects the relationship we build. Understanding your needs is our number one need."),
        c("Sorry, I don't understand. Is it expensive? I'm not working yet, my mother is paying.", "no_money"),
        t("I completely understand, and I feel your concern. We are committed to your success and to exceeding your expectations. Is there anything else I can help you understand today?"),
        c("I think I'll ask the school by the taxi rank. Thank you.", "brush_off"),
    ],
))

# a10 rude: a church festival that needs licensed security for its permit
_open = c("Hi there, my name's Loretta Simmons, I'm with Greater Hope Baptist over in East Point. We're having our fall festival October 19th, first time we've done it this big, and the city told us we need security for the permit. I've never hired security in my life.", None)
PAIRS.append(gpair(
    "b237g_us_atlanta_event_security", "security guard company, Atlanta, Georgia", "rude",
    "A church volunteer organising a one-day community festival needs licensed security to get a city permit; the church has little money.",
    [
        _open,
        t("Nice to meet you, Loretta, and don't worry, that's what we're here for. Tell me about the day: how many people are you expecting, what hours, and will there be food, music, anything like that?"),
        c("Oh, maybe three, four hundred over the day. Noon to seven. Food trucks, a bounce house for the kids, and a gospel band from five. No alcohol, Lord no.", None),
        t("Got it. Did the city say exactly what they want? A number of guards, off-duty police, anything in writing?"),
        c("The lady said 'licensed security' and something about one officer per so many people. I wrote it down somewhere. Honestly, honey, we're a small church, we don't have a lot of money for this.", "no_money"),
        t("Understood, and I'll keep it lean. For that crowd and those hours, the usual is two licensed unarmed officers, one at the parking entrance and one walking the grounds, noon to seven. That's 14 hours at $34, so $476. If the permit paper says more we'll adjust, but I won't sell you more than the city asks for. Could you send me a photo of what you wrote down, or the permit form?"),
        c("$476. Mm. I'll have to take that to the finance committee, they meet Tuesday.", "think_it_over"),
        t("That makes sense. I'll email a written quote today with our state license number on it, which the committee and the city will both want to see. Can I call you Wednesday to hear what they decided?"),
        c("Wednesday's fine. Thank you for being patient with me.", None),
        t("My pleasure. Good luck with the festival, Loretta."),
    ],
    [
        _open,
        t("Okay. And what exactly do you need from me?"),
        c("Well, security for the festival, for the permit. About three or four hundred people, noon to seven.", None),
        t("Yeah, I got that from 'fall festival.' Do you know how many guards the city requires, or did you just call without checking?"),
        c("The lady said licensed security and something about one officer per so many people. I wrote it down somewhere.", None),
        t("'Somewhere.' Great. Look, it's $45 an hour per guard, and church events always need four guards because somebody's cousin gets into it. So figure thirteen hundred or so. Anything else?"),
        c("Lord. We're a small church, we don't have that kind of money.", "no_money"),
        t("Then have a smaller festival. I've got actual clients waiting, ma'am. Do you want the booking or not?"),
        c("Not from you. I'll call somebody who has some manners.", None),
    ],
))
