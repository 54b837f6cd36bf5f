"""Gaming pairs, file b (written by hand for blind237)."""
from common import c, gpair, t

PAIRS = []

# b1 ignored_customer: citizenship form with an old arrest the customer is scared of
_open = c("Hello, good morning. I want to apply for the citizenship, I have my green card eleven years. My daughter say you help with the forms, yes?", None)
PAIRS.append(gpair(
    "b237g_us_chicago_citizenship_forms", "immigration form preparation service, Chicago, Illinois", "ignored_customer",
    "A Mexican-born permanent resident wants to apply for naturalisation and is frightened about an old arrest that was reduced in court.",
    [
        _open,
        t("Good morning! Yes, we help people fill in the citizenship application, the N-400. Before anything else, can I ask a few questions so I know if your case is simple or if you need more help than we can give?"),
        c("Yes, okay, ask.", None),
        t("Have you been outside the US for a long trip, six months or more, in the last five years? And have you ever been arrested or had any problem with the police, even a small one?"),
        c("Trips, no, only two weeks to Zacatecas for Christmas. The police... one time, 2015. They stop me, they say I was drinking, but in court it became reckless driving. I paid the fine. This is the part I am scared.", None),
        t("Thank you for telling me, that's exactly the thing we have to get right. The form asks about every arrest, even ones that were reduced, and the answer has to match your court papers. We're a form service, not lawyers, so we can't tell you how it affects your case. I'd like you to talk to an immigration attorney or an accredited representative first. There's a nonprofit in Pilsen that does free or low-cost consultations."),
        c("Another office? I think you do everything here. The lawyer is very expensive, no?", "too_expensive"),
        t("Some are, but that consultation is free or cheap, and it may be one short meeting. If they say you're fine to apply, you come back and we fill in the N-400 together; our fee is $250 plus the government filing fee. I'd rather you pay us a little later than pay for a denial."),
        c("Okay. That make sense. You have the phone number?", None),
        t("Yes, I'll write down their number and address for you. Take your court papers from 2015; if you don't have them, the courthouse can give you a copy. Call me after, and we'll set up your appointment here."),
    ],
    [
        _open,
        t("Good morning! Absolutely, we love helping people on their citizenship journey. Can you tell me a bit about your situation?"),
        c("Green card eleven years. Only one problem: in 2015 the police stop me, they say I was drinking, in court it became reckless driving. I am scared about this.", None),
        t("Perfect, eleven years is great. The process is very simple: we fill in the N-400, you sign, we mail it, and then you study for the civics test. Our fee is $250. What's your address?"),
        c("But the police thing, is it a problem? I need to say it on the form?", None),
        t("Great question. For the civics test there are a hundred questions but they only ask you ten, and we give you free flashcards. Have you started studying?"),
        c("No... Miss, please, the arrest. My cousin say people lose the green card for this.", None),
        t("I understand. So I'll just need your green card, your passport and a list of your trips. Is there anything else I can help you with today?"),
        c("You don't answer me. I will ask a lawyer before I give you any money.", "think_it_over"),
    ],
))

# b2 repeated_questions: diesel theft at a small winery before vintage
_open = c("Hi, it's Helen from Red Gum Flat Wines, out past Tanunda. We've had diesel siphoned out of the tractors twice this month and someone's been into the barrel shed. The owners want me to sort out some kind of patrol before vintage.", None)
PAIRS.append(gpair(
    "b237g_au_barossa_patrol_security", "mobile patrol security company, Barossa Valley, South Australia", "repeated_questions",
    "The manager of a small family winery rings a patrol company after two night-time thefts; the elderly owners are careful with money.",
    [
        _open,
        t("Hi Helen. Diesel and the barrel shed, twice in a month, that's a pattern. When do you think it's happening, and how are they getting in? Is the property fenced?"),
        c("Overnight, we reckon between midnight and four, the dog goes off. The front's gated but the back boundary is just a stock fence along the creek. They'd be coming in off the creek track.", None),
        t("And is anyone living on site?"),
        c("The owners' house is about a kilometre up the hill. They're in their seventies, I don't want them going out there with a torch.", None),
        t("Sensible. So: overnight hits, probably in from the creek track at the back, and the owners on site but not close, and you don't want them confronting anyone. For that I'd suggest random mobile patrols, three visits a night between eleven and five, plus a motion camera on the diesel tank that alerts our control room. A static guard all night would be overkill out there and about four times the price."),
        c("How much are we talking for the patrols? The owners are tight, I'll be honest. They'll baulk at anything over a few hundred a month.", "no_money"),
        t("Three patrols a night at $28 a visit is about $2,500 a month, so that's well over their number. Two a night plus the tank camera is about $1,900. Or we run patrols just through vintage, when there's the most on site, and camera-only after that."),
        c("Vintage only, they might go for that. I'll need to run it past them, though, they decide money stuff over dinner.", "think_it_over"),
        t("Of course. I'll email both options on one page today so you can show them tonight. Would it help if I came out Friday and walked the creek boundary with you first?"),
        c("Friday morning would be good, yeah.", None),
    ],
    [
        _open,
        t("Thanks, Helen. To start, what's most important to you when it comes to security?"),
        c("Stopping the diesel theft and keeping people out of the barrel shed.", None),
        t("Got it. And what would you say your main security priorities are at the moment?"),
        c("Like I said. The diesel and the shed. They come in off the creek track at night.", None),
        t("Understood. So tell me, what does a secure property mean to you?"),
        c("It means nobody siphoning the diesel. Are you writing any of this down?", None),
        t("Absolutely. And just so I understand your needs, what would you say your top concerns are?"),
        c("I've told you three times. I've got a vintage to get ready for. Just email me a price and I'll have a look.", "brush_off"),
    ],
))

# b3 wrong_paraphrase: apostilles for a nurse going to work in Ireland
_open = c("Good day. I am a nurse in Mitchells Plain, I got a job in Ireland and the recruitment agency says I need an apostille on my nursing degree and my police clearance. I don't understand what an apostille is. Can you help?", None)
PAIRS.append(gpair(
    "b237g_za_capetown_apostille_nurse", "document legalisation and courier agency, Bellville, Western Cape", "wrong_paraphrase",
    "A nurse with a job offer abroad needs apostilles on her degree and police clearance; she is afraid of losing her originals.",
    [
        _open,
        t("Good day, and congratulations on the job! An apostille is an official stamp that makes a South African document accepted in Ireland. Which documents exactly, and do you have the originals?"),
        c("The degree certificate from CPUT and the police clearance. The police clearance I applied in January, it came last week. The degree I have the original, it's framed on my mother's wall.", None),
        t("Both can be done. For the degree, the apostille can go on a copy certified by the university, so the original stays at home. The police clearance is done on the original. When does the agency need them?"),
        c("They said by the end of next month, I start in June. There's no rush, but I'm scared it gets lost.", None),
        t("So: the degree and the police clearance, end of next month, and your worry is losing the originals. We'd ask CPUT for a certified copy of the degree, so the framed one stays with your mother, and the police clearance goes with our own runner to DIRCO in Pretoria and back, tracked all the way. Our fee is R1,450 for both, and it takes about three weeks."),
        c("R1,450... My friend did hers herself for nothing, she just stood in the queue at DIRCO.", "too_expensive"),
        t("She's right, you can do it yourself, DIRCO doesn't charge for the apostille. What you'd be paying us for is the trip to Pretoria and the tracking. If you can get to Pretoria, I'll happily tell you exactly what to take."),
        c("No, Pretoria is too far for me, I work shifts. Okay, let's do it with you.", None),
        t("Then drop the police clearance at our Bellville office any day this week, and I'll send you the university's request form for the certified copy today."),
    ],
    [
        _open,
        t("Good day! Absolutely, we can help. Tell me more about what you need."),
        c("The degree and the police clearance, for the agency in Ireland. By the end of next month.", None),
        t("Okay, so what I'm hearing is you need it urgently, this week, and you'd like our express service with full translation into Irish. Did I understand you correctly?"),
        c("No, not this week. End of next month. And they speak English in Ireland, no?", None),
        t("Right, so to play that back: you're worried about the deadline, so you'd like express at R3,900, plus our document insurance. Is that correct?"),
        c("I never said express. And R3,900 is too much for two stamps. I said I'm scared the original gets lost.", "too_expensive"),
        t("Perfect, so you want us to collect your original degree from your mother's house and keep it in our secure vault until it's done, correct?"),
        c("Eish, no. You are not listening to me. I'll ask the agency if they know somebody else.", None),
    ],
))

# b4 pitch_to_upset: a widow facing the first return without her husband
_open = c("Hello. I'm sorry, I... my husband passed in October and he always did our taxes. There's a pile of mail and I don't even know what I'm supposed to file this year.", None)
PAIRS.append(gpair(
    "b237g_us_dayton_widow_final_return", "tax preparation office, Dayton, Ohio", "pitch_to_upset",
    "A 71-year-old widow whose husband always handled the money calls about the first tax return since his death.",
    [
        _open,
        t("I'm so sorry about your husband. Please don't apologise, you've called the right place and we'll go one step at a time. May I ask your name?"),
        c("Barbara. Barbara Kessler. Ron did everything with the money. Forty-six years.", None),
        t("Forty-six years, Barbara. That's a lot of him to miss. For this year you can still file a joint return with Ron, which is usually the better choice, and I'll help you with it. Do you know whether he used a preparer or did it on the computer?"),
        c("The computer. TurboTax, I think. His laptop has a password I don't know. I'm sorry, I'm not good at this.", None),
        t("You're doing fine. We don't need the laptop. Most of what we need comes in the mail: his Social Security statement and yours, any pension forms, the bank interest forms. If you put every envelope that looks official in a bag and bring it, I'll sort it with you. Would it be easier if your son or daughter came along?"),
        c("My daughter lives in Columbus, she could come on a Saturday. What does this cost? I don't know what we have yet, the pension isn't sorted out.", "no_money"),
        t("That's completely understandable. A joint return like yours is usually $190, and if that's a strain right now we can wait for payment until the pension is settled. Would Saturday the 8th at ten work for you and your daughter?"),
        c("Yes, I think so. Thank you for being kind.", None),
        t("Of course. I'll mail you a short checklist so you know which envelopes matter. Bring the rest anyway, and we'll go through it together."),
    ],
    [
        _open,
        t("I'm so sorry for your loss. Losing someone is such a big life change, and it's the perfect moment to think about your financial future. Can I ask, what are your goals now?"),
        c("Goals? I... I just need to do the taxes. Ron always did them.", None),
        t("Absolutely. And that's why a lot of our widowed clients move to our Legacy Plan: we do your taxes every year, plus a full financial review, and our partner looks at annuities so your income is protected. What's your biggest worry about money going forward?"),
        c("I don't know what money there is yet. The pension isn't sorted. I'm not ready to talk about annuities.", "no_time"),
        t("Totally understand, and that's exactly when people make mistakes. The Legacy Plan is $45 a month and includes this year's return, so it basically pays for itself. Shall I set up a first appointment with our annuity partner too?"),
        c("Forty-five a month. Ron would never. I only called about one tax return.", "no_need"),
        t("I hear you. Just so you know, the first month is free only until the end of January. Would you like me to hold that for you?"),
        c("No. I'm going to ask my daughter to help me find somebody else. Goodbye.", None),
    ],
))

# b5 blame: the school's car never arrived for the driving assessment
_open = c("Yeah, hi, I'm ringing because your instructor was supposed to bring the car for Liam's driving assessment at Kelmscott this morning and nobody turned up. He's missed it. He's devastated and I'm furious.", None)
PAIRS.append(gpair(
    "b237g_au_perth_test_day_car", "driving school, Perth, Western Australia", "blame",
    "A mother rings the driving school whose instructor failed to bring the car to her son's practical driving assessment; he starts an apprenticeship in three weeks.",
    [
        _open,
        t("I'm really sorry, that's awful for Liam, and you've every right to be furious. Let me look it up straight away. What's Liam's surname?"),
        c("Nguyen. Liam Nguyen. Nine-ten at Kelmscott. We stood there for half an hour.", None),
        t("Got it. It was booked with Doug, and... he called in sick at 6am and the booking wasn't handed to anyone else. That's our failure, not yours, and I'm sorry. What does Liam need most now? Just a new date quickly, or is something else riding on it?"),
        c("He starts an apprenticeship in Armadale in three weeks, he needs to be able to drive there. The next date online is about six weeks away.", None),
        t("Right, so the real deadline is the apprenticeship. Here's what I'll do: we'll pay the rebooking fee, I'll ring the assessment centre today about cancellations, which we often pick up, and Liam gets a free lesson before the new date so he's not rusty. I can't promise a date inside three weeks, but I'll chase it every day."),
        c("Well... okay. That's more than I expected. But if this happens again, we're gone.", "bad_experience"),
        t("That's fair. I'll make the cancellation calls myself, and I'll text you by four every afternoon with where it's at, even if there's no news."),
        c("Okay. Thanks. I'll tell Liam.", None),
    ],
    [
        _open,
        t("I'm sorry to hear that. Can I ask, did you reconfirm the booking with us 48 hours ahead? That's in the confirmation email."),
        c("Reconfirm? You booked it. You sent a text last week saying the car would be there.", None),
        t("Right, but we do ask clients to reconfirm, it's on the second page of the email. And did Liam have his phone on? Doug may have tried to call him."),
        c("His phone was on the whole time. Nobody called. He starts an apprenticeship in three weeks and he needs his licence.", None),
        t("I understand how you feel, and I hear that it's important. But honestly, with an apprenticeship coming, leaving the test until three weeks before was cutting it fine, wasn't it? What can we do together to make this a better experience?"),
        c("You can stop blaming a seventeen-year-old for your instructor not turning up. I want a refund for the test package.", None),
        t("Refunds aren't really possible when the client didn't reconfirm. I can rebook him for the next available date; the rebooking fee is $60."),
        c("Unbelievable. I'm putting this in a Google review and taking him to another school.", None),
    ],
))

# b6 monologue: a home baker hiring her first two staff
_open = c("Hi there. I run a small bakery from my house in Randburg, it's grown, and I'm hiring my first two staff next month. A friend said I must register with SARS for something, PAYE? And UIF? I have no idea what I'm doing.", None)
PAIRS.append(gpair(
    "b237g_za_randburg_first_employees", "tax practitioner, Randburg, Johannesburg", "monologue",
    "A home baker about to employ her first two workers asks a tax practitioner what registrations she needs; her margins are thin.",
    [
        _open,
        t("Congratulations on growing, that's a big step. Let's work out what actually applies to you. Roughly what will the two people earn, and how many hours a week?"),
        c("Both full-time, Monday to Friday plus Saturday mornings. I was thinking around six thousand five hundred each a month. Is that enough? I don't want to be unfair.", None),
        t("At that pay neither of them will owe income tax, so PAYE may not come in yet, but UIF does: one percent from their pay and one percent from you, and you register as an employer for it. Are you trading as a company or in your own name?"),
        c("My own name. I'm on eFiling for my personal tax only.", None),
        t("That keeps it simple. I can do the employer registration, set up the monthly UIF declaration, and give you a payslip template. Some people run it themselves once it's set up. Would you like me to set it up and show you how, or run it for you every month?"),
        c("Set it up and show me, I think. I can't pay someone every month, the margins on bread are terrible.", "no_money"),
        t("That's a perfectly good choice for two staff. Setup plus one training session is R1,800, and for the first three months a quick call when you get stuck is free."),
        c("R1,800. Can I pay half now and half when it's done?", None),
        t("Yes, that's fine. Bring your ID and your laptop on Thursday at two, and we'll do the registration together so you see every step."),
        c("Thursday at two. I'll bring rusks.", None),
    ],
    [
        _open,
        t("Congratulations! So, exactly what you need is our Small Employer Complete bundle. Let me explain how it works. We register you for PAYE, UIF, SDL and COIDA, we do your payslips, your EMP201 every month, your EMP501 reconciliations twice a year and IRP5s at year end, and we give you an HR contract pack and a disciplinary code, because with staff you'll need that, trust me. It's R1,650 a month. Sound good?"),
        c("Um, it's only two people, and I...", None),
        t("Two is exactly when you need it, because it grows. And honestly, the CCMA is no joke, one unfair dismissal and you're paying a year's salary. That's why the bundle includes a labour law hotline. Plus our clients love the relationship they have with their dedicated consultant, Precious, she's amazing. We can start on the first of next month."),
        c("R1,650 every month? For two people earning six and a half each? That's way too much for what I need.", "too_expensive"),
        t("I totally get that, but think of it as an investment in your business's success. And if you sign the 24-month agreement we waive the R3,000 onboarding fee and you get a free BEE affidavit. We also do your personal tax at a discount, and..."),
        c("I need to think about all this. Maybe I'll just ask my friend how she did hers.", "think_it_over"),
    ],
))

# b7 closing_as_open_question: an experienced Venezuelan driver needs a Florida licence
_open = c("Hola, good afternoon. I am from Venezuela, I drive there twenty years, but here I need the Florida license for my job, I clean houses and I have to drive to them. I did the written test already. I want to know about lessons.", None)
PAIRS.append(gpair(
    "b237g_us_orlando_adult_driving", "driving school and road-test provider, Orlando, Florida", "closing_as_open_question",
    "A house cleaner who drove for twenty years in Venezuela needs to pass the Florida road test for work; she has just started earning.",
    [
        _open,
        t("Good afternoon! Twenty years of driving is a big advantage, and congratulations on the written test. What worries you most about the road test here?"),
        c("The parking. In Caracas we park how we can, you know? And the four-way stop signs, I don't understand who goes first.", None),
        t("Those two are very common for drivers from abroad. Do you have a car to practise in, with someone licensed who can ride with you?"),
        c("My cousin's car, yes, he has license. But for the road test, which car I use? My cousin works all day.", None),
        t("A lot of our students use our car for the test. For you I'd suggest two lessons on parking and four-way stops, then the test in our car. That's $65 a lesson and $95 for the car on test day. If after the first lesson you feel ready, we skip the second."),
        c("So $225 all together... It's a lot, I just started working. Maybe I try first only with my cousin.", "no_money"),
        t("That's a sensible plan. Practise the four-way stops with your cousin this week, and if you like, book only the test-day car with us. It includes 30 minutes of warm-up before the test, so it's just $95. Would that help?"),
        c("Yes, that is better for me. When is possible?", None),
        t("There are test openings next Thursday and Friday mornings. Which one works with your clients?"),
        c("Friday. Thursday I have a big house in Winter Park.", None),
    ],
    [
        _open,
        t("Good afternoon! Twenty years, wow. So how soon would you like to get started with our Road Ready package, this week or next?"),
        c("First I want to know how much. And I only need help with the parking.", None),
        t("Of course. Road Ready is eight lessons plus the test, $599. What would it take for you to say yes to that today?"),
        c("Eight lessons? I drive twenty years. I don't need eight.", "no_need"),
        t("Totally. So if I could do it for $549, which card would you like to use, Visa or Mastercard?"),
        c("I just start working, I don't have $549. I don't have even $500.", "no_money"),
        t("I understand. Which day works better for your first lesson then, Monday or Tuesday? We can do a payment plan."),
        c("You are not listening. I will practise with my cousin. Bye.", "no_need"),
    ],
))

# b8 pitch_as_paraphrase: a young mum behind on a car loan and buy-now-pay-later
_open = c("hi um im behind on a few things, afterpay zip and my credit card and the car loan, saw your ad on facebook about reducing debt. can u actually help or is it a scam lol", None)
PAIRS.append(gpair(
    "b237g_au_adelaide_debt_agreement", "debt agreement administrator, Adelaide, South Australia", "pitch_as_paraphrase",
    "A part-time supermarket worker with two children messages a debt solutions firm after a Facebook ad; her car loan is two payments behind.",
    [
        _open,
        t("Hi, fair question. We're not a scam, but let me be upfront about what we do and don't do. Roughly how much is owed on each, and are you working at the moment?"),
        c("credit card like 6k, afterpay and zip maybe 1500 together, car is 14k left. im part time at woolies 3 days. 2 kids", None),
        t("Thanks. Is anything urgent right now, like the car being repossessed or rent being behind?"),
        c("car loan is 2 payments behind and they sent a letter. rent is ok my mum helps", None),
        t("Okay. So the car is the pressing one, the card and the buy now pay later are smaller, and rent's covered for now. Honestly, with about $7,500 of unsecured debt, a formal debt agreement might not be your best first step. It goes on a public register and we charge fees for it. I'd ring the National Debt Helpline first, 1800 007 007. The financial counsellors there are free and they can ask the car lender for a hardship arrangement, which can pause or lower the payments."),
        c("wait so ur telling me not to use u", None),
        t("For now, yes. If the hardship arrangements don't work and you're still going under in a couple of months, message me and we'll look at a debt agreement properly. I'd rather you tried the free option first."),
        c("ok thats actually really decent. ill call them tomorrow on my day off", None),
        t("Good. Have the car loan letter in front of you when you call. And if they can't help, my direct number is in this chat."),
    ],
    [
        _open,
        t("Hi! Totally not a scam, we're here to help. Can you tell me what's going on with your finances?"),
        c("credit card 6k, afterpay and zip about 1500, car loan 14k and im 2 payments behind on the car", None),
        t("Okay, so what you're saying is you need a formal debt agreement to combine everything into one low weekly payment, right?"),
        c("i didnt say that. i dont even know what that is", None),
        t("No worries, so if I'm hearing you right, you want the stress gone and one payment of around $95 a week for five years, with our admin fees built in. Is that a fair summary?"),
        c("5 years?? for 7 grand plus the car? that sounds like way more than i owe. my sister did something like this and it wrecked her credit for ages", "bad_experience"),
        t("So what I'm hearing is that you're ready to take control and move forward with the agreement today. Shall I send the forms through?"),
        c("no. im not signing anything. bye", "no_need"),
    ],
))

# b9 upsell_as_loop_closing: a taxi owner needs his driver's PrDP renewed
_open = c("Sawubona. I'm Mthembu, I have two taxis on the Bara to Noordgesig route. My driver's PrDP expires end of this month, they told me you people can sort it out so he doesn't lose days on the road.", None)
PAIRS.append(gpair(
    "b237g_za_soweto_prdp_runner", "licensing runner and document service, Soweto, Gauteng", "upsell_as_loop_closing",
    "A minibus-taxi owner wants his driver's professional driving permit renewed with as little time off the road as possible.",
    [
        _open,
        t("Sawubona, Baba Mthembu. Yes, we can help, but let me explain what we can and can't do. For a PrDP renewal the driver has to go to the testing centre himself for fingerprints and the eye test; nobody can do that for him. What we do is sort out the medical certificate, book the slot and check the papers so he's in and out. Has he had his medical yet?"),
        c("No, not yet. So he must still go himself? Eish. Every day he's not driving I lose money.", None),
        t("I understand. That's why we'd get him an early slot, half past seven, so he's back on the road by about ten. Where does he usually start his day?"),
        c("He starts at five at Bara. He can go at seven thirty, yes, if it's quick. How much is your service?", None),
        t("R450 for us, plus the licensing fee, which he pays at the centre, and the doctor for the medical, usually around R300 at the clinic we use in Jabavu. I'll send all of it to you in writing."),
        c("Okay, fair. Book it. Which day?", None),
        t("I'll check slots for next Tuesday and Wednesday and WhatsApp you this afternoon. Tell Bongani to bring his ID and his current licence card. When does your other driver's permit expire, so we can note it?"),
        c("Next year, March. Just Bongani for now.", None),
        t("Noted. You'll have the slot on WhatsApp by three."),
    ],
    [
        _open,
        t("Sawubona! Yes, we sort it all out. Just so I close the loop on everything you need, what else can I add for you today? We also do licence disc renewals, roadworthies and traffic fine checks."),
        c("No, just the PrDP for Bongani. The discs are fine.", "no_need"),
        t("Perfect. And while we're at it, anything else? We have Fleet Gold membership for taxi owners, R600 a month, we track all your drivers' licences and permits and remind you before anything expires."),
        c("R600 a month just for reminders? That's too much, my bra. How much is the PrDP thing?", "too_expensive"),
        t("The PrDP service is R450. And to close off, can I add our fines-clearance check on both vehicles? It's only R150 each, and most owners say yes."),
        c("And will Bongani still have to go there himself?", None),
        t("Great question. So that's the PrDP and the fines check on both taxis, and shall I put you down for Fleet Gold as well? Anything else I can add?"),
        c("You didn't answer me. I'll go to the testing centre myself with him. Sharp.", "no_need"),
    ],
))

# b10 leading_tag_questions: an independent pharmacy wants an evening guard
_open = c("Yeah, hi, I own an independent pharmacy in Van Nuys. We've had two incidents this month, a guy yelled at my tech and grabbed stuff off the shelf. I'm thinking maybe a guard in the evenings. I don't know what that looks like.", None)
PAIRS.append(gpair(
    "b237g_us_vannuys_pharmacy_guard", "security guard company, Los Angeles, California", "leading_tag_questions",
    "The owner of a small independent pharmacy asks about a guard after two evening incidents that frightened his pharmacy technician.",
    [
        _open,
        t("Sorry to hear that, it's scary for your staff. What are your hours, and when did the incidents happen?"),
        c("Nine to eight. Both were after five, when it's just me and one tech. Mornings are fine, there's three of us.", None),
        t("So the risk window is five to eight, when you're two people. Did anyone try to get behind the counter, or was it shelf stuff near the door?"),
        c("Shelf stuff near the door. Razors, Tylenol, whatever. Nobody's gone behind the counter, thank God. But my tech is shaken, she's talking about quitting.", None),
        t("Then I'd suggest one unarmed officer by the door, five to eight. With customers who are often elderly or sick, an armed guard can make people uneasy, and it costs a lot more. Unarmed is $32 an hour, so five to eight on weekdays comes to about $2,100 a month."),
        c("Two grand a month? That's more than I figured. I'm a small store, I'm not CVS.", "too_expensive"),
        t("Understood. Two ways to bring it down: only the busiest evenings, or a one-month trial to see if the incidents stop. Which evenings have been worst?"),
        c("Thursdays and Fridays, I'd say. Okay, let me try Thursday and Friday for a month.", None),
        t("Good, that's about $830 for the month. I'll send a one-month contract with no auto-renewal, and I'd like to meet your tech first so the officer knows what she's seen."),
    ],
    [
        _open,
        t("Sorry to hear that. Your staff's safety is priceless, isn't it?"),
        c("Sure, of course.", None),
        t("And you'd agree an unarmed guard is basically a scarecrow in LA these days, wouldn't you? So you'll want an armed officer, won't you?"),
        c("My customers are mostly old people picking up blood pressure pills.", None),
        t("Exactly, and they deserve protection, don't they? Armed is $58 an hour, nine to eight, six days a week. You wouldn't want to cut corners on safety, would you?"),
        c("Nine to eight, six days? That's like sixteen grand a month. The problems are only after five.", "too_expensive"),
        t("But you wouldn't want to be the owner who saved a few dollars and regretted it, would you? Let's get you started Monday, shall we?"),
        c("Let me talk to my wife, she does the books. Don't call me, I'll call you.", "think_it_over"),
    ],
))
