"""Gaming pairs, part B (kinds 11-15 and 1-5). Written by hand for blind67 (prefix b67)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- fertility clinic reception, Auckland
o = c("Hi, um, I'm calling about booking a first appointment. We've been trying for two years and our GP gave us a referral.", None)
PAIRS.append(gpair(
    "b67g_auckland_fertility_first_consult", "fertility clinic reception (Auckland, New Zealand)", "ignored_customer",
    "A 38-year-old woman phones to book a first consultation; worried about waiting lists, cost and being rushed again.",
    good=[o,
          t("Thanks for calling, and I'm glad you've got the referral. I can book that. Is the referral for public funding, or are you thinking of going private?"),
          c("Public, I think? But the GP said the public wait is over a year. I'm 38, so... I don't know if we can wait that long.", None),
          t("That's a very reasonable worry at 38. The public list is about 12 to 14 months at the moment. A private first consultation is 395 dollars, and the doctor can go through your options, including staying on the public list at the same time, which a lot of people do."),
          c("Three-ninety-five just to talk. And IVF is like fifteen thousand, right? We honestly don't have that.", "no_money"),
          t("A full cycle is around that, yes, and it is a lot. But not everyone needs IVF; the doctor looks at tests first, and some people start with much cheaper treatment. Would it help if I email you our full price list and the public-list details, so you see the whole picture first?"),
          c("Yes. And... the last clinic we saw, in Hamilton, we felt so rushed. The doctor barely looked at us.", "bad_experience"),
          t("I'm sorry that happened. First consultations here are 45 minutes, and you're welcome to bring your partner and a list of questions. I could pencil you in with Dr Ngata on the 19th, free to cancel up to 48 hours before if you decide to wait for public."),
          c("Okay. Yes, pencil us in. Thank you for explaining.", None)],
    gaming=[o,
            t("Thanks for calling! How can I make your experience with us a great one today?"),
            c("We want to book a first appointment. I'm 38 and the public wait is over a year, so we're scared to wait.", None),
            t("Great! I can book you with Dr Ngata on the 19th. It's 395 dollars, payable on booking. Can I take a card number?"),
            c("Wait, can we stay on the public list if we do this? And we really can't do fifteen thousand for IVF.", "no_money"),
            t("That's a great question. So, card number? We take Visa and Mastercard."),
            c("Sorry, you didn't answer. And the last clinic rushed us so badly, I need to know the doctor will actually listen.", "bad_experience"),
            t("Absolutely, our patients love Dr Ngata. How would you rate your experience of this call so far, one to five?"),
            c("Honestly? One. We'll find another clinic.", None)],
))

# 12 repeated_questions -- tailor, Hong Kong
o = c("Hello. I am in Hong Kong until Friday. I need a suit for a wedding, my sister's, in Munich. Is it possible so fast?", None)
PAIRS.append(gpair(
    "b67g_hongkong_tailor_wedding_suit", "tailor (Tsim Sha Tsui, Hong Kong)", "repeated_questions",
    "A German business traveller with non-native English wants a suit made within four days for his sister's summer wedding.",
    good=[o,
          t("Yes, it's possible by Friday, with two fittings. When is the wedding, and what kind is it, formal or relaxed?"),
          c("In three weeks. It is in a garden, in summer. Not so formal, but I am the witness, so I should look good.", None),
          t("A summer garden wedding where you're the witness: light cloth, smart but not stiff. Do you run hot, or is the look more important than comfort?"),
          c("I sweat a lot, honestly. My last suit from a shop in Bangkok was so hot I took the jacket off after one hour. And the sewing was bad, a button fell off.", "bad_experience"),
          t("Then I'd suggest a wool-linen blend, half-lined, light grey or sand, it breathes much better. Buttons are sewn by hand with a shank, and you can pull on them at the fitting. Two-piece is 7,800 Hong Kong dollars."),
          c("Hmm. Seven thousand eight hundred. In Munich I can buy off the rack for half.", "too_expensive"),
          t("You can, and for one wedding that might be the right call. The difference here is the cut and a cloth made for summer. We can measure you now and you decide after you've seen the cloth, no deposit until you choose."),
          c("Okay, measure me. I have thirty minutes, then a meeting.", None),
          t("Thirty minutes is plenty. First fitting Wednesday at seven in the evening, after your meetings?")],
    gaming=[o,
            t("Of course! Tell me, what is the occasion?"),
            c("My sister's wedding in Munich. In a garden, in summer. I am her witness.", None),
            t("Lovely. And what kind of event will you be wearing the suit to?"),
            c("The wedding. My sister's wedding. In a garden.", None),
            t("Great. So help me understand, what will you mostly use this suit for?"),
            c("I said. Wedding. Also I sweat a lot, so the cloth must be light.", None),
            t("Understood. And what's the occasion you're dressing for, formal business or social?"),
            c("Are you listening? I have only thirty minutes today. Maybe I come back tomorrow.", "no_time"),
            t("No problem! Before you go, just so I understand your needs: what is the suit for?"),
            c("For leaving. Goodbye.", None)],
))

# 13 wrong_paraphrase -- bank mortgage desk, Dublin
o = c("Hi, I'm self-employed, I've a salon in Rathmines, and I'm wondering would I even get a mortgage. My accountant says the books are fine but my last bank said no.", None)
PAIRS.append(gpair(
    "b67g_dublin_selfemployed_mortgage", "bank mortgage desk (Dublin, Ireland)", "wrong_paraphrase",
    "A self-employed hairdresser, turned down by another bank, asks whether she can get a mortgage for a flat.",
    good=[o,
          t("Thanks for coming in. Self-employed people get mortgages all the time, it just takes different paperwork. How long have you been trading, and what were the last two years' profits?"),
          c("Four years. Profit was about 68 grand last year, 58 the year before. Covid was a mess before that.", None),
          t("So four years, 58 then 68, rising. That helps, we average the last two. What price are you looking at, and how much have you saved?"),
          c("Around 280 for a two-bed in Crumlin. I've 45 saved. The last bank said my income was 'not stable', whatever that means. I'm a bit sick of banks, to be honest.", "bad_experience"),
          t("That's fair. On those numbers you'd borrow about 235, and on a two-year average of 63 our limit is roughly 250, so you're inside it. I can't promise approval until an underwriter sees the accounts, but nothing you've told me is a problem. Could you bring the last two years' accounts and tax returns?"),
          c("Really? Right. I'll get them off the accountant, might take a week or two, he's slow.", None),
          t("That's fine. I'll email you a checklist today so he sends everything in one go, and I'll ring you once they're in.")],
    gaming=[o,
            t("Thanks for coming in! Tell me about your situation."),
            c("Salon in Rathmines, four years trading. Profit was 68 last year, 58 the year before. I'm looking at about 280 for a two-bed.", None),
            t("Great. So what I'm hearing is you've only been trading a year or so and your income's dropped, is that right?"),
            c("No... four years. And it went up, not down.", None),
            t("Got it. So to play that back: you want to remortgage the salon to fund an expansion, and you'd like our business loan too. Did I understand you correctly?"),
            c("I never said anything about a business loan. I want a mortgage for a flat. To live in.", "no_need"),
            t("Absolutely. So you want a buy-to-let flat in Crumlin, with our landlord protection insurance. I'll start that application now."),
            c("This is exactly what happened at the last bank, nobody listened there either. I'll go to a broker.", None)],
))

# 14 pitch_to_upset -- pet crematorium, Ohio
o = c("Hi... sorry. Our dog died this morning. Biscuit. The vet gave us your number. I don't really know what happens now.", None)
PAIRS.append(gpair(
    "b67g_ohio_pet_cremation", "pet crematorium (Columbus, Ohio, USA)", "pitch_to_upset",
    "A crying father phones the morning the family dog died; the children want to say goodbye.",
    good=[o,
          t("I'm so sorry about Biscuit. You don't need to know anything, I'll walk you through it. Is he still at the vet's, or at home with you?"),
          c("At home. On his bed. The kids want to say goodbye properly before... before anything.", None),
          t("Of course. There's no rush at all. We can come to the house whenever the kids are ready, today or tomorrow morning. Would you like the options now, or shall I call you back later?"),
          c("Now is okay. I just, is it expensive? I've no idea what this costs.", None),
          t("It's a fair question. A private cremation, where only Biscuit's ashes come back to you, is 240 dollars for his size, including collection. A communal one, where ashes aren't returned, is 90. Both are done with the same care, and you don't need to decide today."),
          c("Private. We want him back. Can the kids put a letter in with him?", None),
          t("Yes, letters or a favourite toy can go with him. Shall I come at ten tomorrow, after they've had the evening with him?"),
          c("Ten is good. Thank you. Sorry, I can't stop crying.", None),
          t("Please don't apologise. I'll see you at ten, and call me any time before then if you need to.")],
    gaming=[o,
            t("I'm so sorry for your loss, I really understand how you feel. Tell me, what would be the most meaningful way to honour Biscuit's memory?"),
            c("I don't know... the kids want to say goodbye first. He's on his bed at home.", None),
            t("So what I'm hearing is you want something special. Our Eternal Companion package is the one families love: private cremation, a walnut urn, a clay paw print and a memorial video, 895 dollars."),
            c("Eight hundred... I can't think about that right now. I just wanted to know what happens.", "no_time"),
            t("Totally understand. Many families also add a second urn for the grandparents, and there's 10% off if you book the package today. Does that sound like something you'd like?"),
            c("We don't need all that. We just want him back. Is there something simple?", "no_need"),
            t("There's a basic option, but honestly most families regret not choosing the full package. It's a once-in-a-lifetime goodbye, right? Shall I put you down for Eternal Companion?"),
            c("I have to go. I'll ask the vet for somebody else.", None)],
))

# 15 blame -- mobile operator, Manila (typed chat)
o = c("hello my bill this month is 18,400 pesos!! i normally pay 999 only. i was in dubai 5 days visiting my sister", None)
PAIRS.append(gpair(
    "b67g_manila_roaming_bill_shock", "mobile network operator, chat support (Manila, Philippines)", "blame",
    "A customer types in shock about a roaming bill eighteen times her usual plan after a short trip.",
    good=[o,
          t("Hi, I'm sorry, that's a shock. Let me look. Can I have your mobile number and the name on the account?"),
          c("09171234567 maria santos. i turned off data im sure", None),
          t("Thanks Maria. I can see 16,900 pesos of roaming data on your first day in Dubai, between 2 and 4 am. That often happens when a phone updates apps on landing, before roaming is switched off. Did you get our welcome text with the 599-a-day roaming pass?"),
          c("i got a text but i didnt read it i was so tired from the flight", None),
          t("Completely understandable after a night flight. Here's what I can do: re-rate that day at the roaming pass price, so 599 for that day plus your normal 999. A supervisor has to approve it, usually within 48 hours."),
          c("really thank you. but will my line be cut before that due date is friday", None),
          t("No, I'm putting a hold on the disputed amount now, so your line stays on and you only pay the 999 by Friday. You'll get a text when the adjustment is approved."),
          c("ok thank you so much", None)],
    gaming=[o,
            t("Hi! Thanks for reaching out, I understand your concern. Can I ask, did you turn on data roaming before you travelled?"),
            c("no i turned off data im sure", None),
            t("Our system shows 16,900 pesos of data on your first day. So what I'm hearing is you didn't check your settings when you landed. That's really on the phone owner."),
            c("i was tired from the flight. nobody told me it costs this much", None),
            t("We sent you a text with the roaming rates. If customers don't read their texts, we can't be responsible. Did you read it?"),
            c("i didnt read it ok. but 18k for 2 hours is crazy. last time i had a problem you fixed it same day", None),
            t("I hear you. But with respect, this is a common mistake people make when they travel without preparing. Is there anything else I can help you with today?"),
            c("so you will not do anything. ok i will move my whole family to other network", None)],
))

# 1 monologue -- farm equipment dealer, Saskatchewan
o = c("Yeah, hi. Our grain dryer's been acting up, shuts off halfway through a batch. Harvest starts in ten days. You guys sell new ones, right?", None)
PAIRS.append(gpair(
    "b67g_saskatchewan_grain_dryer", "farm equipment dealer (Yorkton, Saskatchewan, Canada)", "monologue",
    "A farmer with an old grain dryer that trips out phones ten days before harvest.",
    good=[o,
          t("We do, but let's not jump to a new one yet. What model is it, and how old?"),
          c("Old one, 1998. Dad bought it. Runs fine till it's about half done, then trips off.", None),
          t("Trips off halfway. Is it worse on warm afternoons, or any time? And does the burner flame look normal before it goes?"),
          c("Mostly afternoons. Flame looks fine. Neighbour had the same thing last year and the dealer sold him a new dryer for ninety grand. Turned out it was a sensor.", "bad_experience"),
          t("That happens, and I don't want that for you. Tripping on warm afternoons sounds like a high-limit switch or the fan motor overheating, a few hundred bucks, not ninety grand. I can send a tech Tuesday to check it, 140 an hour plus parts."),
          c("Tuesday's no good, we're hauling canola to the elevator. Wednesday?", "no_time"),
          t("Wednesday morning works. If the dryer's past saving, the tech will say so straight, and I'll give you options then, new and used. Want me to book it?"),
          c("Yeah, book it. Wednesday, early as you can.", None)],
    gaming=[o,
            t("Great question! So here's where we are. The new DryMax 5200 is our bestseller this year: 30% more capacity, touchscreen, remote monitoring on your phone, and way quieter. Most farmers around Yorkton have gone to it. I know harvest is close, so here's the thing, we've got two on the lot right now."),
            c("I was more asking if someone can fix the old...", None),
            t("Totally, and fixing is always an option, but with a 1998 unit you're throwing good money after bad. The 5200 pays for itself in fuel in maybe six years. Financing is 3.9% over seven years, five-year warranty, trade-in on the old one maybe four grand, and delivery is two days, so you'd be ready for harvest."),
            c("How much?", None),
            t("Ninety-four thousand before trade-in. And I should mention the remote monitoring subscription, about 300 a year, honestly the best part, you check moisture from the truck. So, does that sound like what you need?"),
            c("Ninety-four grand? I haven't got ninety-four grand, last year's crop hasn't even paid yet.", "no_money"),
            t("Sure, that's what the financing is for. I can also throw in a free first service. What else can I tell you about the 5200?"),
            c("Nothing. I'll call the repair guy in Melville.", "no_need")],
))

# 2 closing_as_open_question -- language school, Seoul
o = c("Hello. I need English speaking for my company promotion interview. It is in two months. How much is your course?", None)
PAIRS.append(gpair(
    "b67g_seoul_english_interview_course", "language school (Gangnam, Seoul, South Korea)", "closing_as_open_question",
    "An office worker with non-native English needs speaking practice for a promotion interview in two months.",
    good=[o,
          t("Hello! We have a few options, so let me ask first. What will the interview be like? Who interviews you, and what do they ask?"),
          c("It is with the overseas director, he is Australian. Maybe 20 minutes. He asks about my project and my plan for the team.", None),
          t("So a 20-minute conversation with an Australian director about your project and your team plan. When you speak English now, what is the hardest part?"),
          c("I understand well. But when I speak, I freeze. I think in Korean first. I studied in a big academy before, 30 people in one class, I never spoke.", "bad_experience"),
          t("That's very common, and a big class won't fix it. For you I'd suggest one-to-one interview practice: 16 sessions of 50 minutes where we rehearse the real questions about your project. It's 960,000 won. You can try one trial lesson first for 30,000."),
          c("960,000 is a lot. Maybe my company pays, I must ask my manager.", "think_it_over"),
          t("Good idea, many companies pay for this. I can write a short plan in English and Korean for your manager, with the goal and dates. Would you like to do the trial this week meanwhile?"),
          c("Yes. Thursday after work, 7:30 is possible?", None),
          t("Thursday 7:30 is fine. Bring one slide about your project and we'll practise with it.")],
    gaming=[o,
            t("Hello! Great goal. What would it take for you to start with us today?"),
            c("I don't know. I freeze when I speak. I studied in a big academy before, 30 people in one class, it did not help.", "bad_experience"),
            t("I understand. So which payment works better for you, card now or bank transfer this afternoon? Our Business Fluency course is 1,800,000 won for three months."),
            c("Three months? My interview is in two months. And it is very expensive for this.", "too_expensive"),
            t("Good point! How soon would you like to start, Monday or Wednesday?"),
            c("I did not say I want it. And I work until nine every night, Monday or Wednesday I cannot come.", "no_time"),
            t("Of course. So what's stopping us from signing the form now, so your place is saved for whichever evening you can do?"),
            c("It is too fast for me. I will go now, thank you.", None)],
))

# 3 pitch_as_paraphrase -- HR software, Warsaw
o = c("Hi, we are a 40-person engineering office in Warsaw. Holiday requests are a chaos, people send emails, I keep everything in Excel. I saw your HR software.", None)
PAIRS.append(gpair(
    "b67g_warsaw_leave_software", "HR software vendor (Warsaw, Poland)", "pitch_as_paraphrase",
    "An office manager of a 40-person engineering firm wants to stop tracking holidays in a spreadsheet.",
    good=[o,
          t("Thanks for getting in touch. Leave for 40 people in Excel sounds painful. What goes wrong most often?"),
          c("People don't know how many days they have left, so they ask me every week. And twice this year two key engineers were on holiday the same week, and a project was late.", None),
          t("So two things: people can't see their own balance, and nobody sees overlaps before approving. Who approves holidays now, you or the team leads?"),
          c("Team leads, by email, then they forward to me. Payroll is done by an outside accountant, we are happy with him.", None),
          t("Then you probably need only our leave module, not payroll: everyone sees their balance, leads approve in the app and see who else is off, and you export a monthly file for the accountant. That's 3 euros per person per month, so 120 a month."),
          c("Hmm. We tried one app two years ago, people stopped using it after a month, it was too complicated.", "bad_experience"),
          t("That happens a lot. Try 30 days with one team first, say the engineers. If they're not using it after a month, you'll know before paying anything. I can do a 20-minute setup call with you and one team lead."),
          c("That sounds reasonable. Next Tuesday, morning?", None),
          t("Tuesday at ten. I'll send the invite and a template to import your Excel balances.")],
    gaming=[o,
            t("Thanks for reaching out! What challenges are you facing?"),
            c("Holiday requests by email, I track in Excel, people ask me their balance every week, and twice two key engineers were off at the same time.", None),
            t("So what I'm hearing is you need a full HR suite, payroll, performance reviews, recruitment and leave, which is our Business Pro at 11 euros per employee. Is that right?"),
            c("No, payroll is done by our accountant and we are happy. It's only the holidays.", "no_need"),
            t("Understood, so what you're telling me is you want to bring payroll in-house eventually and need a platform that grows with you, which is exactly Business Pro. Correct?"),
            c("I didn't tell you that. 440 euros per month for holidays? That's too much.", "too_expensive"),
            t("So if I play that back: cost matters, so you'd like the annual Business Pro plan with 10% off. Shall I send the contract?"),
            c("No. Just send me a brochure, I will pass it to my director.", "brush_off")],
))

# 4 upsell_as_loop_closing -- optician, Cape Town
o = c("Hi, I sat on my glasses this morning. I work night shift at Groote Schuur tonight, I really need something by this evening if possible.", None)
PAIRS.append(gpair(
    "b67g_capetown_optician_broken_glasses", "optician (Cape Town, South Africa)", "upsell_as_loop_closing",
    "A night-shift nurse broke her only glasses and needs a pair the same day, on a tight month.",
    good=[o,
          t("Oh no. Let's see what we can do by tonight. Do you have your prescription, or did we test you here?"),
          c("You tested me last year, March I think. The name's Thandi Mokoena.", None),
          t("Found you. Your prescription is straightforward, so we can cut lenses from stock today. Do you mostly need them for distance, like driving at night, or for reading charts?"),
          c("Both really. Driving home at seven in the morning into the sun is the worst, and charts on the ward.", None),
          t("Your one prescription covers both, which is good. In-stock frames with standard lenses start at R1,200, ready by five. Anti-glare coating helps with headlights, R350 extra, but it's optional, you've managed without it."),
          c("R1,200 is fine. I'll skip the coating for now, money's a bit tight this month.", "no_money"),
          t("No problem. If night driving bothers you, you can add it on your next pair. Pick a frame from this wall and they'll be ready at five."),
          c("This black one. Five is perfect, my shift starts at seven.", None)],
    gaming=[o,
            t("Oh no! So tell me, what does your ideal eyewear experience look like?"),
            c("Ideal? Just glasses I can see with by tonight. I work night shift at Groote Schuur.", None),
            t("Lovely. Same prescription as last year, in-stock lenses, ready at five. Now, to make sure we've covered all your needs: what else can I add? Anti-glare, blue-light filter and scratch guard are R950 together."),
            c("I don't need all that. Just the normal ones please.", "no_need"),
            t("Absolutely. And just closing the loop, anything else you'd like today? A second pair is half price, a great spare in case this happens again."),
            c("That's still money I don't have this month. Just the one pair.", "no_money"),
            t("Totally understand. Last thing before we finish: what else can we add to make this perfect? Most nurses take our two-year breakage cover, R300."),
            c("Please, can you just tell me if they'll be ready at five? I have to sleep before my shift.", "no_time"),
            t("Yes, ready at five! And while you wait, is there anything else we can add for you? A cleaning kit, a designer case?"),
            c("No. Thank you.", "no_need")],
))

# 5 leading_tag_questions -- e-bike shop, Amsterdam
o = c("Hoi, good afternoon. I want to try an e-bike. I cycle 12 kilometres to work in Haarlem and my knees don't like the wind anymore.", None)
PAIRS.append(gpair(
    "b67g_amsterdam_ebike_commute", "e-bike shop (Amsterdam, Netherlands)", "leading_tag_questions",
    "A woman in her fifties wants an e-bike for a flat, windy commute; burned once by a cheap battery.",
    good=[o,
          t("Good afternoon! Twelve kilometres into the wind is exactly where e-bikes help. Is it flat, and do you carry much, bags or shopping?"),
          c("Flat, only wind. I carry a laptop bag, sometimes groceries. I had a cheap e-bike from the supermarket, the battery died after one year.", "bad_experience"),
          t("That's a common story with cheap batteries. For 24 kilometres a day you want a decent battery, about 500 watt-hours, with a real warranty. What matters more to you, light weight or range?"),
          c("Light. I have to lift it into the bike shed, two steps.", None),
          t("Then try two: a city bike at 2,800 and a lighter one at 3,100, both with 500 watt-hour batteries and a two-year battery warranty. Twenty minutes each on the dyke road."),
          c("Three thousand is more than I wanted. I thought maybe two.", "too_expensive"),
          t("Around two you're back to the cheaper batteries, like the one you had. We also have a one-year-old trade-in of the lighter model at 2,300, battery tested at 95%. Want to try that one too?"),
          c("Yes, that one first.", None)],
    gaming=[o,
            t("Good afternoon! You'll want the speed pedelec then, won't you? Much faster to Haarlem, isn't it?"),
            c("Faster? No, I just want less wind. I'm not in a hurry.", "no_need"),
            t("But you'd agree the biggest battery is the safe choice, wouldn't you? You don't want to run out halfway, do you?"),
            c("It's twelve kilometres only. I don't need a battery for a hundred.", "no_need"),
            t("But you'll want quality this time, won't you? The Premium S at 4,900 is what people like you choose, isn't it?"),
            c("4,900? That's crazy for a bike to go to work.", "too_expensive"),
            t("It's an investment in yourself though, isn't it? You deserve the best, don't you?"),
            c("I'll think about it. Dag.", "brush_off")],
))
