"""Gaming pairs, part b (written by hand)."""
from common import c, gpair, t

# b1 ignored_customer: Wagga Wagga, rural insurance agent's office
_b1 = c("G'day. Look, I'm not here to buy anything fancy. Renewal's come in for the farm pack and it's gone up four grand, and I want to know what I'm actually covered for with fences and hay, because after the fires my brother-in-law found out he wasn't.", None)

# b2 repeated_questions: Pretoria, gap cover broker in a shopping centre
_b2 = c("Morning. My orthopaedic surgeon says my medical aid will only pay a hundred percent of the rate and he charges three hundred. The op's in six weeks. Someone at work said gap cover fixes that. Does it?", None)

# b3 wrong_paraphrase: Fort Myers, Florida, car insurance agency
_b3 = c("Good afternoon. My car insurance renewal came and it's gone from a hundred and forty to two hundred and ten a month. I'm seventy-four, I've never had an accident in my life, I drive to Publix and church. What on earth happened?", None)

# b4 pitch_to_upset: Adelaide, bank branch
_b4 = c("Hello. I'm sorry, I... my husband Geoff died two weeks ago. The accounts were in both our names and the card's stopped working and I don't know what I'm meant to do. Someone said there's insurance in his super too.", None)

# b5 blame: Polokwane, cash loan branch
_b5 = c("Good morning. I need help. You took the loan payment twice this month, R1,150 two times, on the 25th and the 27th. Now I have no money for taxi and my child's school trip.", None)

# b6 monologue: Chicago, commercial insurance agency
_b6 = c("Hi, I'm opening a food truck, tamales, and the city needs a certificate of insurance for the license. The guy at the commissary said my regular car insurance won't cover the truck. I have no idea what I need.", None)

# b7 closing_as_open_question: Townsville, small-loan shopfront
_b7 = c("hey mate, need about four hundred bucks. rego's due and I've got a bald tyre, cops already pulled me over once. how quick can I get it", None)

# b8 pitch_as_paraphrase: Bloemfontein, insurance broker in a shopping centre
_b8 = c("Good day. My neighbour's house was broken into last week, they took everything, TV, laptop, even the meat in the freezer. I realised I don't even know if I'm covered. I've got the bond with the bank, is that insurance?", None)

# b9 upsell_as_loop_closing: Kansas City, auto insurance agency
_b9 = c("Hi. My daughter just passed her driver's test, so I guess I need to add her. I'm bracing myself. How bad is this going to be?", None)

# b10 leading_tag_questions: Gqeberha, bank branch financial adviser
_b10 = c("Hi there. I'm forty-five and my wife says we have nothing for retirement. Someone at church said I must get a retirement annuity. I'm a mechanic, I don't know much about this stuff.", None)

PAIRS = [
    gpair(
        "b223g_au_farm_pack_renewal",
        "rural insurance agent's office, Wagga Wagga, New South Wales",
        "ignored_customer",
        "A sheep farmer's farm-pack renewal has jumped four thousand dollars and he wants to know whether his fences and hay are really covered.",
        good=[
            _b1,
            t("G'day. Fair enough, that's a big jump and a fair question. Have you got the renewal schedule on you? Let's go through fences and hay first, since that's what's worrying you."),
            c("Yeah, here. It says 'boundary fencing, limited to five kilometres'. I've got about eighteen k of boundary.", None),
            t("Right, so if a fire took the whole boundary, you'd get five kilometres' worth. What does fencing cost you per kilometre these days, roughly?"),
            c("Last run I did was eleven, twelve grand a k with labour. Hay's in the shed, maybe four hundred round bales.", None),
            t("So the boundary alone could be two hundred grand to replace and you're covered for about sixty. Hay's listed at twenty thousand, which at today's prices is maybe half your four hundred bales. Do you want to see what raising both would cost, or first look at why the renewal's gone up?"),
            c("Why it went up first. Because if I'm paying four grand more for the same thing, I'm ringing around.", "too_expensive"),
            t("Fair. Looking at the breakdown, about twenty-six hundred is the insurer's rate rise for your district after last season's claims, and the rest is the emergency services levy and stamp duty going up with it. So you're not getting anything new for it. Getting two other quotes is sensible and I can do that for you, but the fence limit is the thing I'd fix wherever you end up."),
            c("Righto. Get me the other quotes with eighteen k of fence on them. I'll come back Thursday, I'm carting sheep tomorrow.", None),
        ],
        gaming=[
            _b1,
            t("G'day! Great to see you. So tell me, what are the most important things for you on the farm?"),
            c("Fences and hay, mate. Like I said. After the fires my brother-in-law got stung on his fences.", None),
            t("Absolutely. And how long have you been with us?"),
            c("Eleven years. The renewal's gone up four grand. Why?", None),
            t("Great, eleven years, loyal customer, love that. Now, have you thought about farm machinery breakdown cover? A lot of our croppers are adding it this year."),
            c("I run sheep. I asked about fences. It says five k of boundary here and I've got eighteen.", None),
            t("Sure, sure. And what's your biggest concern for the season ahead?"),
            c("My biggest concern is you're not listening, mate. What's it cost to fix the fence limit, and why's it gone up four grand?", None),
            t("Good questions. Look, I'll pop you down for machinery breakdown as well and get someone to email the renewal pack. Anything else I can help with?"),
            c("Forget it. I'll ring the other mob.", None),
        ],
    ),
    gpair(
        "b223g_za_gap_cover_knee_op",
        "medical gap cover broker's kiosk, Menlyn, Pretoria",
        "repeated_questions",
        "A man with knee surgery in six weeks hopes gap cover will pay his surgeon's fees above the medical aid rate.",
        good=[
            _b2,
            t("Morning. Gap cover is for exactly that difference, but timing matters with it. Has the knee been seen by a doctor before today, or is this new?"),
            c("It's been on and off for two years. Physio, scans. Now he says I need the op.", None),
            t("Then I have to be straight with you. Gap policies have a general waiting period, usually three months, and a twelve-month exclusion for conditions you've already been treated for. A policy taken today won't pay for this knee in six weeks. I'd be lying if I sold it to you for that."),
            c("Ag, no man. So I'm paying the gap myself. It's like forty thousand.", None),
            t("Possibly, but there are things to try. Ask the surgeon's rooms for the exact quote and whether they'll come down to two hundred percent; some do if you ask. And ask your medical aid which orthopaedic surgeons are on their network. Would you still want gap cover for the future, for anything else that comes up?"),
            c("Ja, maybe. My wife is also on the plan and we're not getting younger. What does it cost?", None),
            t("For the two of you, around R380 to R450 a month depending on the level. I'll give you two quotes with the waiting periods written out, so there are no surprises. No rush on it; the knee is the urgent thing."),
            c("Okay. Give me the quotes, I'll show my wife. First I'm phoning the surgeon's rooms.", "think_it_over"),
        ],
        gaming=[
            _b2,
            t("Morning! Great question. So tell me, what brings you in to look at gap cover today?"),
            c("Like I said, my surgeon charges three hundred percent and the medical aid pays a hundred. The op is in six weeks.", None),
            t("Okay. And what's your main reason for wanting gap cover?"),
            c("The same reason. The knee op. The shortfall.", None),
            t("Perfect. And just so I understand, what's the most important thing you'd want gap cover to do for you?"),
            c("Pay the difference on my knee op! Are you writing any of this down?", None),
            t("Absolutely. And are there any upcoming procedures you're worried about?"),
            c("The knee. In six weeks. Which I've now said three times. Does it cover it or not?", None),
            t("I totally understand. So, in your own words, what's driving your interest in gap cover at the moment?"),
            c("You know what, I'll go ask my broker. Cheers.", None),
        ],
    ),
    gpair(
        "b223g_us_auto_renewal_senior",
        "car insurance agency, Fort Myers, Florida",
        "wrong_paraphrase",
        "A widow of seventy-four with a clean record sees her car insurance jump fifty percent after the hurricane season.",
        good=[
            _b3,
            t("Good afternoon. That's a big jump, and I'm sorry it came as a shock. Since the hurricane, rates have gone up across Lee County, and it isn't about your driving. Let me pull up your policy. It's the 2012 Camry, right?"),
            c("Yes, that's her. My late husband bought it. I don't plan on getting another car.", None),
            t("Okay. You've got collision and comprehensive with a two-fifty deductible, and the Camry's worth maybe seven or eight thousand now. One option is raising the deductible to a thousand, which saves about thirty a month. Another is dropping collision, which saves more, but then if you hit something, the repair's on you. How would you feel about paying for a repair yourself?"),
            c("I have some savings. Not a lot. I'd hate to lose the car, though. I can't be walking to Publix in August.", None),
            t("That makes sense. Then I'd keep collision and raise the deductible. And you're missing two discounts: there's a mature driver course online, a few hours, that takes about ten percent off for three years, and you're not on paperless billing. With the deductible, that brings two-ten down to roughly a hundred sixty-five."),
            c("It's still more than I was paying. I'd like to call my daughter before I change anything.", "think_it_over"),
            t("Of course. I'll put the three changes and the new price on one sheet for you. Renewal's on the twelfth, so there's time. Have her call me if she has questions."),
        ],
        gaming=[
            _b3,
            t("Good afternoon! I'm so sorry, let's fix this together. Help me understand what's going on with your driving these days?"),
            c("Nothing's going on. Publix, church, the doctor. Never an accident.", None),
            t("Okay, so what I'm hearing is you're driving more now and you'd like to move up to full replacement cover on a newer car. Is that right?"),
            c("No. I said I drive to Publix. I've got the same Camry, 2012. I don't want a new car.", None),
            t("Got it, so you're worried your Camry's unsafe and you want extra protection with our roadside and rental package. Did I get that right?"),
            c("I never said that either. I want my bill to go down, not up.", None),
            t("I hear you. So really you're saying price isn't the issue, it's peace of mind, and our Premier bundle for eighteen more a month would be the perfect fit."),
            c("Young man, price is the only issue. Two hundred and ten is already too much for a twelve-year-old car. I'll have my daughter find me somebody else.", "too_expensive"),
        ],
    ),
    gpair(
        "b223g_au_widow_joint_account",
        "bank branch, Marion, Adelaide",
        "pitch_to_upset",
        "A widow of two weeks can't use her card on the joint accounts and has heard there may be life insurance in her husband's super.",
        good=[
            _b4,
            t("I'm so sorry about Geoff. Please, have a seat, there's no rush at all. Would you like a glass of water? Let's start with the card, so you can get to your money this week."),
            c("Thank you. Yes. I just need to pay the electricity and the funeral director.", None),
            t("Of course. Because the accounts are joint, they pass to you. I need a copy of the death certificate or the funeral director's notice, and your ID. Have you got either with you?"),
            c("I've got the funeral director's letter. The certificate isn't back yet, they said six weeks.", None),
            t("The letter will do for now. I'll move the accounts into your name today and order you a new card, and if you give me the funeral director's invoice I can pay it from here so it's not hanging over you. The super insurance is with his fund, not us. Do you know which fund it was?"),
            c("HESTA, I think, he was a nurse. I can't face ringing them. I just keep crying on the phone.", None),
            t("That's completely understandable. If you like, I can ring them with you now, on speaker, and you only need to say you give permission. They'll post you a claim pack. Nothing about it has to happen this month; you can take it slowly."),
            c("Would you? Yes. Thank you. I didn't think the bank would do that.", None),
        ],
        gaming=[
            _b4,
            t("Oh, I'm so sorry for your loss. That must be a very difficult experience. While I've got you, can I ask, have you thought about what you'll do with the insurance money when it comes through?"),
            c("I... no. I just want the card to work. I can't pay the electricity.", None),
            t("Completely understand, we'll sort that. It's just that a lot of widows end up leaving a large sum in an everyday account earning nothing, and our financial planners can set up a term deposit or an income fund for you. Shall I book you in with Mark for next week?"),
            c("I don't want to talk about investments. Geoff's not even buried yet.", "no_time"),
            t("Of course, no pressure at all. And have you thought about your own arrangements? Losing a partner is often when people realise they need their own funeral cover. Ours starts at just fourteen dollars a fortnight."),
            c("Are you really selling me a funeral plan right now? I just want my card fixed. Please get someone else.", None),
        ],
    ),
    gpair(
        "b223g_za_loan_double_debit",
        "cash loan branch, Polokwane, Limpopo",
        "blame",
        "A borrower's loan instalment was debited twice in one month and she has no money left for transport and her child's school trip.",
        good=[
            _b5,
            t("Good morning, ma'am. I'm sorry, that's serious, let's look at it right now. Can I have your ID number?"),
            c("Here is my ID. And the bank statement, I printed it this morning.", None),
            t("Thank you. I can see it. The first debit on the 25th went through, but our system sent it again on the 27th. That's our mistake, not yours. You'll get the R1,150 back."),
            c("When? Because I need it now, not next month.", None),
            t("I'll do a refund transfer from the branch today, and with your bank it should show by tomorrow morning. I'll also put a note on your file so the next debit goes off once only, and give you the reference in writing. Is the 25th still right with your payday?"),
            c("The 25th is fine, my salary comes on the 24th. Okay. Tomorrow morning. And if it doesn't come?", None),
            t("Then you call me on this number, not the call centre. I'm Lerato, and I'll phone the bank from here. I'm sorry this happened when money is already tight."),
            c("Thank you. I'll go tell the school it will be tomorrow.", None),
        ],
        gaming=[
            _b5,
            t("Good morning, ma'am. I understand how stressful that is. Help me understand, did you maybe have insufficient funds on the 25th?"),
            c("No! The money was there. It went off on the 25th and again on the 27th. Look at the statement.", None),
            t("Okay. But you know, ma'am, if you had cancelled the old debit order when you moved banks, this wouldn't happen. Did you cancel it?"),
            c("I never moved banks. It's the same Capitec account since 2019.", None),
            t("Hmm. Then maybe you signed two debit orders when you took the top-up loan. Customers do that without reading. So what I'm hearing is there was some confusion on your side."),
            c("There was no confusion on my side! You took my money twice. I want it back.", None),
            t("I understand your feelings. Next time please check your statement before the 27th and phone us, then we can stop it. I can log a query; it takes seven to ten working days."),
            c("Seven to ten days? The trip is Friday. I'm going to the ombud, and I'm telling everyone at work not to borrow here.", None),
        ],
    ),
    gpair(
        "b223g_us_food_truck_license",
        "commercial insurance agency, Pilsen, Chicago",
        "monologue",
        "A first-time food truck owner needs a certificate of insurance for her city license and has spent everything on the truck.",
        good=[
            _b6,
            t("Congrats on the truck. He's right, a personal policy won't cover a vehicle used for business. The city usually wants commercial auto and general liability at set minimums. Did they give you a sheet with the requirements?"),
            c("Yes, here. It says a million general liability, and auto, and they need to be named on it.", None),
            t("Okay, that's standard. A few questions so the quote's right: is the truck paid off or financed, who's going to drive it, and are you running propane?"),
            c("Financed, through my uncle's credit union. Me and my brother drive. Yes, propane for the steamers.", None),
            t("Then the lender will want physical damage cover too, and we have to disclose the propane, because some carriers won't take it. Is your brother on payroll, or anyone else working with you?"),
            c("Just him, and no, I pay him cash for now. Is that a problem?", None),
            t("Illinois generally expects workers' comp once you have employees, family included, so that's one to ask your accountant about. I won't sell you that today, but you should know. For the truck and liability I'll get quotes from three carriers that write food trucks. Rough idea, three to five thousand a year for both."),
            c("Five thousand? I was thinking like one thousand. I already spent everything on the truck.", "no_money"),
            t("That's common with a first truck. Most carriers take monthly payments, and with a deposit around five hundred you'd have your certificate. I'll have real quotes by Friday, and we'll look at which limits you can start lower on without failing the city's sheet."),
        ],
        gaming=[
            _b6,
            t("Congrats, that's awesome, tamales, love it! Okay, so what you need is our Mobile Eats package, honestly the best in the business. Commercial auto, general liability at a million per occurrence and two million aggregate, product liability, spoilage cover in case your fridge dies, equipment breakdown, business interruption, cyber for your card reader, and hired and non-owned auto. Plus a free certificate service, so whenever a festival needs a certificate you just text us and boom. Food truck owners love it, we've got over two hundred in Chicagoland."),
            c("Okay, but I just need what the city...", None),
            t("Totally, and the city's covered, that's built in. Plus, and this is big, you get our Growth Partner program: marketing tips, a spot on our food truck map, discounts at restaurant supply stores. And there's a commercial umbrella for another fifty a month that takes you to three million, which lots of festivals are starting to want. All in, about six-fifty a month, and I can have the certificate to the city tomorrow if we do the application now."),
            c("Six-fifty a month? I already spent everything on the truck. I can't do that.", "no_money"),
            t("I hear you. But think about it: one customer gets sick, one fire, and the truck's gone, and that's your whole dream. So really six-fifty is what it costs to protect everything you've built. Let's start with your business name and EIN."),
            c("I have to go. I'll ask the commissary who they use.", "brush_off"),
        ],
    ),
    gpair(
        "b223g_au_small_loan_rego",
        "small-loan shopfront, Townsville, Queensland",
        "closing_as_open_question",
        "A man on JobSeeker with casual work wants four hundred dollars fast for his car registration and a tyre.",
        good=[
            _b7,
            t("G'day. We can usually do it same day if everything checks out. Before that, can I ask what you've got coming in? I need to make sure the repayments won't leave you short."),
            c("Centrelink, JobSeeker, plus a bit of casual at the servo. Bout nine hundred a fortnight all up.", None),
            t("Okay. On four hundred over three months, with our establishment fee and monthly fee, you'd pay back about five hundred and forty all up, so around ninety a fortnight. Have a think whether ninety a fortnight works next to your rent."),
            c("Jeez. A hundred and forty on top for four hundred? That's a lot.", "too_expensive"),
            t("It is, I'll be straight with you. There's also a no-interest loan scheme through the community centre on Charters Towers Road; for rego and tyres they lend with no fees at all. It takes a few days, maybe a week. When's the rego actually due?"),
            c("Next Friday. Tyre I can maybe get second-hand for eighty at the wreckers.", None),
            t("Then you might have time for the no-interest loan for the rego, and the tyre's cheap enough to cover yourself. If it falls through, come back Thursday and we'll do ours; I'll keep your details so it's quick. Sound fair?"),
            c("yeah fair enough. cheers mate, I'll try them first", "think_it_over"),
        ],
        gaming=[
            _b7,
            t("G'day mate! Easy, we can get that sorted. So how would you like the money, cash or straight into your account?"),
            c("uh, account's fine. what's it cost but", None),
            t("Don't worry, it's really affordable. What's the best repayment day for you, Thursdays with your Centrelink?"),
            c("how do you know I'm on centrelink. anyway what's the fee", None),
            t("Just a guess, a lot of our customers are. It's a standard fee, all up front and all legal. What would stop you walking out with the cash in the next twenty minutes?"),
            c("the fact you won't tell me what it costs, mate", None),
            t("Fair, it's five-forty all up for four hundred. Now, would you rather spread it over twelve weeks or sixteen, so the payments are smaller?"),
            c("five forty for four hundred? nah that's a rip off. I'll sort the rego some other way", "too_expensive"),
        ],
    ),
    gpair(
        "b223g_za_contents_after_burglary",
        "short-term insurance broker, Bloemfontein",
        "pitch_as_paraphrase",
        "After a neighbour's burglary, a retired man realises he may only have bond-linked building cover; his wife sews for income on three machines.",
        good=[
            _b8,
            t("Good day, sir. I'm sorry about your neighbour, that's frightening. Usually the bank makes you take building insurance with the bond, which covers the house itself, walls, roof, geyser, but not what's inside. Do you pay for a separate household contents policy anywhere?"),
            c("No. Only the bond, and a little insurance on it, R340 a month. So my TV is not covered?", None),
            t("From what you describe, probably not, but let's check your bond statement so we're sure. Meanwhile, what's in the house you'd most worry about losing?"),
            c("The TV, the computer, my wife's sewing machines. She sews for people, she has three machines, expensive ones. And the tools in the garage.", None),
            t("The machines are important to know about. Because she earns from them, a normal household policy may not cover them fully; they can count as business equipment. So I'd either list them by name or add a small business extension. Do you have an alarm or armed response?"),
            c("Alarm, yes, with armed response. No beams outside.", None),
            t("That usually brings the premium down. I'll quote contents at about two hundred thousand with the machines specified, and show you the price with and without the business extension. Since they're her machines, she should see it too."),
            c("Yes, she must see it. She knows what the machines cost. Let me bring her on Saturday.", "think_it_over"),
        ],
        gaming=[
            _b8,
            t("Good day! That's terrible about your neighbour. Tell me, what's most on your mind right now?"),
            c("Whether I am covered. Is the bond insurance covering my TV and things?", None),
            t("So what I'm hearing is you want our HomeSafe Platinum, contents and building combined with all-risks on portables, R1,180 a month. Is that correct?"),
            c("I don't know, is it? I already pay the bank for the building.", None),
            t("Absolutely, so what you're really saying is you want to consolidate everything with us and cancel the bank's cover, and Platinum does exactly that. Did I understand you correctly?"),
            c("No. I didn't say cancel anything. And R1,180 is more than our rates and taxes.", "too_expensive"),
            t("I hear you. So you're telling me budget matters, which means HomeSafe Gold at R890 is the one you're looking for, right?"),
            c("You keep telling me what I'm telling you. I'll ask the bank what the bond insurance covers first.", "think_it_over"),
        ],
    ),
    gpair(
        "b223g_us_teen_driver_added",
        "auto insurance agency, Kansas City, Missouri",
        "upsell_as_loop_closing",
        "A father needs to add his newly licensed daughter to the family car insurance and is worried about the cost.",
        good=[
            _b9,
            t("Congratulations to her, and yes, teen drivers cost, but there are ways to soften it. Which car is she going to drive mostly?"),
            c("The 2014 Civic. My wife's car is the Highlander, she won't be touching that.", None),
            t("Good to know. If we list her as the main driver of the Civic only, it's usually cheaper than rating her on the Highlander. How are her grades? Most carriers give a good student discount for a B average or better."),
            c("Straight A's, honestly. She's a nerd, in a good way.", None),
            t("Then she gets that. Did she do driver's ed through school, or a course?"),
            c("Through school, yeah, last fall. I think we have a certificate somewhere.", None),
            t("Send me a photo of it and I'll apply that too. With both, adding her to the Civic comes to about ninety-five more a month, instead of around one sixty. Anything about that you want me to go over?"),
            c("Ninety-five. Ouch, but better than I feared. If she gets a ticket, does it shoot up?", None),
            t("One minor ticket usually bumps it at renewal, maybe ten to twenty percent; an accident more. There's also a free app that tracks braking and phone use, and safe driving can take another ten percent off. Want me to include that in the quote?"),
            c("Yeah, let's do that. She'll hate it, but I'm for it.", None),
        ],
        gaming=[
            _b9,
            t("Congratulations! Let's get her added. So we'll put her on, and before we wrap up, what else can I add for you today? Most parents take our accident forgiveness."),
            c("How much is that? I'm already bracing for her.", None),
            t("Just eighteen a month. And what else can we protect while we're at it? A personal umbrella is really smart with a teen, a million and a half for about thirty a month."),
            c("Okay, hold on. I just wanted to add her. What does that part cost?", None),
            t("Of course! About one sixty for her on the Highlander. Now, just to close the loop, anything else I can add? Roadside for her, rental reimbursement, gap cover?"),
            c("The Highlander? She's driving the Civic. And one sixty plus all that, we're over two hundred. That's nuts.", "too_expensive"),
            t("I hear you. And so we've covered everything, have you thought about life insurance for yourself, now she's on the road? What else can I take care of today?"),
            c("No. Just add the kid, the basic way. The rest I don't need.", "no_need"),
        ],
    ),
    gpair(
        "b223g_za_retirement_annuity_mechanic",
        "bank branch financial adviser, Gqeberha",
        "leading_tag_questions",
        "A forty-five-year-old mechanic with only a workplace provident fund wants to start saving for retirement on a tight budget.",
        good=[
            _b10,
            t("Hi. Your wife's right to think about it, and forty-five isn't too late. Do you work for a company, and is there a provident or pension fund at work?"),
            c("Ja, at the dealership, there's a provident fund. I think they take about seven percent. I never looked at the statement.", None),
            t("That's already something. If you can get the latest statement, it'll show the balance. A retirement annuity would sit on top of that. What could you put away each month without it hurting?"),
            c("Maybe five hundred. Eight hundred in a good month. We've got two kids in high school.", None),
            t("Two things to know. The money in a retirement annuity is locked until fifty-five, so you can't take it out for emergencies, and you get a tax deduction on it, which helps. I'd start at five hundred, which you can raise later, and keep some emergency savings separate. Does the lock-in worry you?"),
            c("A bit. My brother had one with another company and when he wanted to stop, they took a big penalty. I don't want that.", "bad_experience"),
            t("That happened a lot with older policies. The one I'd show you has no penalty for stopping or reducing, fees about one percent a year, and I'll put that in writing. Bring your provident fund statement and your wife next time, and we'll look at the whole picture together."),
            c("Okay. I'll bring her, she's the one who keeps the papers anyway.", None),
        ],
        gaming=[
            _b10,
            t("Good for you! You'll want to retire comfortably, won't you?"),
            c("Ja, obviously.", None),
            t("And you wouldn't want to be relying on your kids one day, would you?"),
            c("No. But what does it cost, this annuity?", None),
            t("Well, at forty-five you're behind already, aren't you? So you'd want to catch up with at least three thousand a month, wouldn't you?"),
            c("Three thousand? I can't do three thousand, man, I've got two kids in high school.", "no_money"),
            t("But your kids would want you to be secure, wouldn't they? And it's tax deductible, so it practically pays for itself, doesn't it?"),
            c("It doesn't pay for itself. My brother lost a lot when he stopped one of these. I don't trust them.", "bad_experience"),
            t("That was his company though, wasn't it? You're smarter than that, aren't you? Shall we start you on two thousand, then?"),
            c("No. I'll talk to my wife first.", "think_it_over"),
        ],
    ),
]
