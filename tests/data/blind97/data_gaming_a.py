"""blind97 gaming pairs, part A: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (2 each)."""
from common import c, gpair, t

PAIRS = []

# 1 -- monologue, London, office cleaning
o = c("Hi, yes, Priya Shah, facilities at Harcourt Lane Brokers on Bishopsgate. I've got three floors of people moaning about bins not being emptied and I'm, well, I'm shopping around for a new cleaning contract.", None)
PAIRS.append(gpair(
    "b97g_london_office_cleaning", "commercial office cleaning, City of London", "monologue",
    "Facilities manager of an insurance broker's office near Liverpool Street rings a cleaning firm after complaints about the current contractor's evening cleans.",
    [o,
     t("Thanks for ringing, Priya, and sorry about the bins saga. Before I say anything about us, what's actually going wrong with the current crew: missed cleans, or the standard when they do come?"),
     c("Bit of both. They're meant to be in five nights a week, six till nine, and I reckon they're skipping the fourth floor twice a week. And the kitchens are grim on a Monday morning.", None),
     t("So the fourth floor's being missed a couple of nights, and the kitchens aren't surviving the weekend. How do you find out: people telling you, or sign-off sheets?"),
     c("People tell me. Loudly. There's a sheet on the cleaner's cupboard but it's always ticked, which is sort of the point.", None),
     t("Ticked sheets that don't match reality, right. What would you need to see to trust a new contractor: a supervisor walk-round with you weekly, or some kind of check-in per floor?"),
     c("Honestly the walk-round. I don't want another app. And look, we're locked in till the end of March, so I'm not signing anything this month.", "no_time"),
     t("That's fair, March gives us time to do it properly. Could I come one evening after six, walk the floors with whoever's on, and then quote with a weekly walk-round built in? You'd have it well before your notice date."),
     c("Thursday works. Come to reception at half six and ask for me.", None)],
    [o,
     t("Priya, lovely to hear from you, and I totally hear you, bins are the number one thing we hear about. So let me tell you about us. Brightwell Commercial, going since 2009, 140 sites across the City and Canary Wharf, and every one gets our Platinum Clean experience: electrostatic spraying, eco products, a dedicated account manager and our client app so you see every clean in real time."),
     c("Okay, but the thing is I've got-", None),
     t("And I know what you're going to say: price. Platinum for a site your size is around £4,200 a month, which sounds a lot, but with productivity and staff wellbeing it pays for itself. Does that make sense?"),
     c("I don't know what size you think we are, I haven't told you. And I really don't want an app.", "no_need"),
     t("Totally understand, lots of clients felt that way and now they love it. It's included anyway. We also do washrooms, windows and a quarterly deep clean, and most of our Bishopsgate clients bundle all four. Can I ask, how satisfied are you with your current provider, one to ten?"),
     c("Three. Which is why I rang. Look, can you just email me something? I've got a meeting.", "brush_off"),
     t("Absolutely, I'll send the brochure and Platinum pricing, and pop a call in for Friday to walk you through the bundle. Anything else I can help with today?"),
     c("No. Thanks.", None)]))

# 2 -- monologue, Toronto, payroll software (web chat)
o = c("hi we are a small dental clinic in scarborough, 11 staff. our bookkeeper does payroll in excel and shes retiring in june. do you do small offices", None)
PAIRS.append(gpair(
    "b97g_toronto_dental_payroll", "payroll software, Toronto dental clinic", "monologue",
    "Office administrator of a dental clinic in Scarborough opens the website chat of a Canadian payroll software company; her bookkeeper, who runs payroll in spreadsheets, is retiring.",
    [o,
     t("Hi! Yes, plenty of offices your size. So I point you the right way: is everyone salaried, or are the hygienists on hourly rates?"),
     c("mix. 4 salaried, hygienists hourly, 2 part time front desk. and one associate dentist who invoices us, hes not on payroll", None),
     t("Got it: ten on payroll with mixed pay types, the associate stays off it. Who'd run payroll after June, you?"),
     c("me yes. and im not an accountant lol. thats my worry honestly, i dont want to mess up source deductions and get a letter from CRA", None),
     t("Very reasonable worry. The system works out CPP, EI and tax, remits to CRA for you and files the T4s, so you'd mostly be checking hours and approving. Would it help to do a test run with your own numbers while your bookkeeper's still around to check it?"),
     c("that would actually help a lot. how much is it tho, the owner will ask", None),
     t("For ten employees it's $45 a month base plus $4 a head, so about $85, and the first 30 days are free. I can book a 30-minute screen share; which day is your bookkeeper in?"),
     c("shes in tuesdays. next tuesday after 2?", None)],
    [o,
     t("Hi there, thanks for reaching out! Great question. PayNorth is Canada's fastest-growing payroll platform, trusted by 8,000 businesses coast to coast: payroll, HR, time tracking, benefits, scheduling and our new AI insights dashboard, all in one seamless experience!"),
     c("ok but is it for small offices", None),
     t("Absolutely! Our Growth plan is the most popular with clinics: unlimited pay runs, direct deposit, T4s, ROEs, a staff app, PTO tracking and a dedicated success manager. Clinics save 6 hours a week. And right now you get 3 months of our Benefits module free!"),
     c("we dont do benefits through payroll, we have a broker for that", "no_need"),
     t("Totally hear you! Lots of clients felt the same until they saw the integration. Our scheduling tool is also perfect for hygienist shifts. Growth is $189/month. Shall I set up your account now so you don't lose the promo?"),
     c("189 a month?? the bookkeeper costs us less than that. i just need help not messing up the deductions", "too_expensive"),
     t("I understand, and that's exactly why we built an all-in-one experience! Is there anything else I can help you with today?"),
     c("no thats ok. ill shop around", "think_it_over")]))

# 3 -- closing_as_open_question, Chicago, fleet leasing
o = c("Dan Kowalski, operations, Lakeshore Heating and Cooling. We run fourteen vans. Six leases come up in October. Looking at options.", None)
PAIRS.append(gpair(
    "b97g_chicago_fleet_leasing", "commercial van leasing, Chicago HVAC contractor", "closing_as_open_question",
    "Clipped operations manager of an HVAC contractor phones a fleet leasing company about replacing six vans whose leases end in the autumn.",
    [o,
     t("Thanks, Dan. Before options: what's not working on the current six, if anything? Mileage, downtime, the upfit?"),
     c("Downtime. 2019 Transits, north of 90,000 miles, and every winter two of them are in the shop when we're busiest.", None),
     t("So the real cost is vans off the road in January when the furnace calls come in. Same upfit, shelving and ladder racks, or has the work changed?"),
     c("Same upfit. And I'll be straight, our last lessor nailed us on excess mileage. I'm not doing that again.", "bad_experience"),
     t("Understood. Then let's set the allowance from your actual mileage, not a guess, and I'll put the per-mile overage in writing up front. Can you send last year's miles per van?"),
     c("I can pull that. Don't expect a decision before the owner sees three quotes, though.", "think_it_over"),
     t("Makes sense. Within a week of getting the miles you'll have a quote with a winter loaner option, and you can put it next to the other two."),
     c("Fine. I'll email the numbers Monday.", None)],
    [o,
     t("Great to meet you, Dan! Just so I understand your needs: what would it take for us to earn your business on all fourteen vans today?"),
     c("I said six. And I said looking at options.", "think_it_over"),
     t("Absolutely, I hear you. So if I could put you in six new Transits at a great monthly, what colour would you want the upfit in?"),
     c("I don't care about the colour. What's the mileage allowance?", None),
     t("Great question! 15,000 a year, which works for most clients. So how would you like to handle the paperwork: DocuSign, or shall I swing by your yard this afternoon?"),
     c("Fifteen's low for us. The last lessor had us at fifteen and we paid nine grand in overage. You're not listening.", "bad_experience"),
     t("I totally understand how you feel. What would need to happen for you to feel comfortable putting the deposit down this week?"),
     c("Put it in writing and I'll look at it with the other quotes. I've got a tech waiting.", "brush_off")]))

# 4 -- closing_as_open_question, Sydney, gym (consumer)
o = c("Hi, um, do you do casual passes? I'm only in Sydney about six weeks for work.", None)
PAIRS.append(gpair(
    "b97g_sydney_gym_pass", "gym, Surry Hills, Sydney", "closing_as_open_question",
    "A visitor on a six-week work placement walks into a Surry Hills gym asking about casual passes.",
    [o,
     t("We do, yeah. Welcome to Sydney! What are you hoping to do while you're here: classes, weights, the treadmills?"),
     c("Mostly keep running indoors when it's raining or stinking hot. Maybe a yoga class.", None),
     t("Treadmill a few times a week and the odd yoga class, then. How many times a week do you reckon?"),
     c("Three? Four if the project's quiet. I don't want to get locked into anything though. Did that with a gym back home and it took months to cancel.", "bad_experience"),
     t("Fair enough, nobody should have to fight to leave. A casual visit is $25, or there's a 10-visit pass for $190, valid three months, no contract. Want to do a casual visit today and decide after?"),
     c("Yeah, I'll do a casual today and see if the treadmills are any good.", None),
     t("Sweet. Here's the timetable too, Thursday 6pm yoga usually has space. Towel's $2 if you need one."),
     c("Brilliant, thanks.", None)],
    [o,
     t("Hi! Welcome! Love that. So tell me, what would it take for you to become part of the Pulse family today?"),
     c("Um, I just want a casual pass. I'm only here six weeks.", "no_need"),
     t("Totally hear you. And when you picture yourself smashing your goals these six weeks, would you rather start on the 12-month Flex at $32 a week, or go all in with Platinum?"),
     c("Neither? I said six weeks. And I got stuck in a contract at my gym in Perth, never again.", "bad_experience"),
     t("I completely understand how you feel. What if I took the joining fee off: how would you like to pay, card or direct debit?"),
     c("I'm not joining. Can I just buy a day pass or not?", "no_need"),
     t("Sure. Before you go, what's stopping you from committing to your health today?"),
     c("Honestly? You are. I'll try the one down the road.", None)]))

# 5 -- pitch_as_paraphrase, Dublin, cybersecurity for an accountancy practice
o = c("Hello, it's Siobhán Kearney from Kearney and Doyle, we're a small accountancy practice in Ranelagh. One of the lads clicked a dodgy link last week and I'd like to know what we should actually be doing.", None)
PAIRS.append(gpair(
    "b97g_dublin_cyber_accountants", "cybersecurity services, Dublin accountancy practice", "pitch_as_paraphrase",
    "Partner of a nine-person accountancy practice rings a managed security firm after a staff member entered his password on a phishing page.",
    [o,
     t("Thanks for ringing, Siobhán. First, is it contained? Did the link ask him for a password, and has it been changed?"),
     c("It did, his Microsoft one. Our IT fella changed it the same day and says nothing went out, as far as he can tell.", None),
     t("Good, fast reaction. Do you have multi-factor on email at the moment, and is your IT fella in-house or a contractor?"),
     c("Contractor, Declan, a few hours a month. No multi-factor, no. He suggested it once and we said it'd be a pain in tax season.", None),
     t("So nine people, a part-time contractor, no MFA, and client tax data at the busiest time of year. Honestly, step one is MFA, which Declan can switch on himself this week, plus a short phishing session for staff. Where we'd come in is the training and monitoring, if you want it."),
     c("And what would that run to? We're not a big firm.", None),
     t("For nine users, training plus monitoring is €38 a user a month; training alone is €9. I'd start with MFA and the training, then see. Would a call with you and Declan on Thursday suit?"),
     c("Thursday's grand. I'll get Declan on.", None)],
    [o,
     t("Oh no, sorry to hear that, Siobhán. So what I'm hearing is you need our ShieldPro Complete bundle, 24/7 SOC and dark-web monitoring, at €65 a user. Did I understand you correctly?"),
     c("I didn't say anything about... I don't know what a SOC is. I just want to know what we should be doing.", None),
     t("Absolutely. So playing that back: you want peace of mind, and that's exactly what ShieldPro Complete gives you, on a 36-month term that locks in the price. Is that a fair summary?"),
     c("No, it's not. Sixty-five a head for nine people for three years? That's more than our accounts software.", "too_expensive"),
     t("I hear you. So what you're really saying is you'd like the Essentials tier at €42 on a 24-month term, yes?"),
     c("What I'm saying is I need to talk to Declan, our IT contractor, before I agree to anything.", "think_it_over"),
     t("Of course. So just to confirm, you're happy for me to send the Essentials agreement for signature and Declan can review it, correct?"),
     c("No. Send me nothing to sign. Goodbye.", None)]))

# 6 -- pitch_as_paraphrase, Johannesburg, phone contract (consumer)
o = c("Morning. My contract is up this month and I'm paying R899 for a phone I barely use except WhatsApp. I want something cheaper, hey.", None)
PAIRS.append(gpair(
    "b97g_joburg_phone_contract", "mobile network store, Rosebank, Johannesburg", "pitch_as_paraphrase",
    "A customer walks into a mobile network store in Rosebank at the end of his contract wanting to pay less.",
    [o,
     t("Morning! Let's see what you actually use. Roughly how much data a month, and do you still make normal calls?"),
     c("Maybe 5 gigs? Calls, hardly. Everyone WhatsApp calls. Only my gogo phones me on the normal line.", None),
     t("About 5GB and very few minutes, then. Is the phone you have still working well? Which one is it?"),
     c("Samsung A54, it's fine. Battery still lekker.", None),
     t("Then honestly you don't need a new handset. SIM-only with 10GB and 100 minutes is R279 a month, month-to-month, you keep your number and the A54. That covers your 5GB with room to spare."),
     c("R279... and I can cancel anytime? Last time I tried to downgrade with you guys they said I'm locked in.", "bad_experience"),
     t("Fair question. This one is month-to-month with one calendar month's notice, and I'll print the terms with that line highlighted. Want me to do the switch now? About fifteen minutes."),
     c("Ja, let's do it now-now.", None)],
    [o,
     t("Morning, sir! So what I'm hearing is you'd like to upgrade to the new Galaxy on our Red 1000 plan to get more value from your experience. Did I get that right?"),
     c("No, I said cheaper. I'm already paying R899.", "too_expensive"),
     t("Absolutely, I hear you. So you want more for your money, which is why the Galaxy on Red 750 at R1,049 is perfect, yeah?"),
     c("That's more money, my bru. I don't need a new phone. Mine is fine.", "no_need"),
     t("Totally. So to summarise what you've told me: you value your phone and want to protect it, so you'd like our device cover at R129 added on. Correct?"),
     c("I never said that. Just tell me the cheapest SIM-only you have.", None),
     t("Great question. Before we go there, can I ask how satisfied you are with your experience today?"),
     c("Not very. I'll do it on the app.", None)]))

# 7 -- upsell_as_loop_closing, New York, catering contract
o = c("Hi, this is Renee Alvarez at Pell Whitcombe, we're on Third Avenue. We do a partners' lunch every Tuesday for about twenty and I need a new caterer. The current one's been late three weeks running.", None)
PAIRS.append(gpair(
    "b97g_newyork_partners_lunch", "corporate catering, Midtown Manhattan law firm", "upsell_as_loop_closing",
    "Office manager of a Midtown law firm phones a caterer to replace the late supplier of a weekly partners' lunch.",
    [o,
     t("Hi Renee, thanks for calling. Late three weeks running for a partners' lunch is rough. What time does it need to be set up, and any dietary stuff I should know about?"),
     c("Set by 12:15, they sit at 12:30 sharp. Two vegetarians, one celiac, and one partner who tells you every single week he hates cilantro.", None),
     t("Got it: twenty, set by 12:15, two veg, one strict gluten-free, no cilantro near the senior guy. What budget per head are you working to?"),
     c("Thirty-two a head including delivery. The current guy's at thirty-five and late, so.", None),
     t("We can do a rotating menu at thirty a head delivered, with the celiac meal packed and labeled separately, arriving by noon. Want to trial two Tuesdays before a standing order?"),
     c("Two-week trial works. I'll need it on a PO though, accounts payable is strict.", None),
     t("No problem. Send me the PO number and I'll confirm the first Tuesday's menu in writing by Thursday."),
     c("Perfect. Thanks.", None)],
    [o,
     t("Hi Renee! Thanks for calling, I hear you, lateness is the worst. So let's close the loop: twenty on Tuesdays. What else can I add for you, our artisan dessert platter?"),
     c("I didn't ask for dessert. What I need is someone who shows up on time.", "no_need"),
     t("Totally, on-time delivery is part of our premium experience. And so we've covered everything, shall I add cold-pressed juices? Partners love them."),
     c("We have water. Look, what's your price per head?", "no_need"),
     t("Great question! Thirty-eight a head with the premium setup. Before I let you go, anything else to make your Tuesdays a success, a barista station maybe?"),
     c("Thirty-eight? I'm over budget at thirty-five with the guy who's late.", "too_expensive"),
     t("I hear you. So to close the loop, what else could I add so it feels worth it? We do branded napkins too."),
     c("You know what, send me a menu and I'll get back to you.", "brush_off")]))

# 8 -- upsell_as_loop_closing, London, print and packaging
o = c("Hiya, I run a small skincare brand from a unit in Hackney Wick. I need about 2,000 printed mailer boxes, and my last supplier's moved everything abroad with twelve-week lead times.", None)
PAIRS.append(gpair(
    "b97g_london_mailer_boxes", "print and packaging, East London", "upsell_as_loop_closing",
    "Founder of a small skincare brand rings a packaging printer for a Christmas run of mailer boxes.",
    [o,
     t("Hi! Twelve weeks is no good for a small brand. When do you need them by, and what size and print are the current boxes?"),
     c("Ideally mid-October, for the Christmas gift sets. About 22 by 16 by 5, one colour outside, plain kraft inside.", None),
     t("So 2,000 mailers, roughly 220 by 160 by 50 mil, one colour out, kraft in, landed by mid-October. Same artwork, or is anything changing for Christmas?"),
     c("Same artwork. Budget's the thing, I paid 68p a box last time.", None),
     t("At 2,000 in one colour we'd be about 71p, or 64p at 3,000, but only go up if you'll use them by spring, because storage eats the saving. I can post a plain sample in your size this week to check the fit."),
     c("2,000 at 71p then, I'd rather not store them. A sample would be great, I'm paranoid about the jars rattling.", None),
     t("Sample in the post tomorrow. Try it with a jar in, and once you're happy I'll book the press slot for late September."),
     c("Lovely, cheers.", None)],
    [o,
     t("Hi! Love Hackney Wick. So, 2,000 mailers, great. To close the loop, what else can I add for you, custom tissue paper with your logo?"),
     c("Er, no, I just need the boxes. And the lead time.", "no_need"),
     t("Absolutely, I hear you. And so we've covered all your needs, shall I add inside printing? It really elevates the unboxing experience."),
     c("I've got about 68p a box to play with, so no.", "no_money"),
     t("Totally understand. Just so nothing's missing: most brands your size also take our branded stickers and thank-you cards. Which would you like to add?"),
     c("Neither. When could you deliver 2,000 plain one-colour boxes?", "no_need"),
     t("Great question, I'll check. Before I do, anything else I can add to your order today?"),
     c("No. I'll try someone else.", None)]))

# 9 -- leading_tag_questions, Sydney, commercial insurance for a physio clinic
o = c("G'day, it's Mark from Westside Physio in Parramatta. Our business insurance renews next month and we've moved into a bigger place, so I figure it needs updating.", None)
PAIRS.append(gpair(
    "b97g_sydney_physio_insurance", "commercial insurance broker, Western Sydney", "leading_tag_questions",
    "Practice manager of a physiotherapy clinic that has moved to bigger premises with a hydrotherapy pool rings his insurance broker before renewal.",
    [o,
     t("Thanks, Mark, good call ringing before renewal. What's changed with the move: floor area, equipment, staff?"),
     c("Twice the floor space, a new hydro pool, and we've gone from four physios to seven. Plus a Pilates studio out the back.", None),
     t("That's a fair bit. The pool changes the liability picture. Who uses it: only patients in supervised sessions, or people on their own too?"),
     c("Just supervised for now, but the boss wants to sell pool memberships next year.", None),
     t("Okay. I'll quote supervised-only, and flag what memberships would add so it's no surprise next year. Do you have a contents value for the new fit-out?"),
     c("Roughly 180 grand. Our premium's gone up twenty per cent in two years, mind, so I'm half expecting bad news.", None),
     t("It'll go up with the pool, I won't pretend otherwise. By Friday I'll send two options, one at your current excess and one with a higher excess to soften it, so you can see the trade-off."),
     c("Yeah, that's fair. Friday's good.", None)],
    [o,
     t("G'day Mark! Moving's exciting. You'll want our Allied Health Elite cover, won't you?"),
     c("Dunno, what's in it? We've got a hydro pool now.", None),
     t("A pool, perfect. Then you'd want twenty million liability, not ten, wouldn't you? No clinic owner wants to be underinsured, do they?"),
     c("I mean, I want whatever's right for us. Ten's been fine so far.", "no_need"),
     t("Sure, and you'd want business interruption at the top level too, right? With a pool you can't afford downtime, can you? All up it's $9,400 a year, pretty reasonable for peace of mind, isn't it?"),
     c("Nine-four? We paid six-one last year. That's not reasonable at all.", "too_expensive"),
     t("I hear you, but you wouldn't want to risk it to save a bit, would you? You'll be happy to lock it in today, won't you?"),
     c("I'll be getting two other quotes, thanks. Email it through.", "think_it_over")]))

# 10 -- leading_tag_questions, Toronto, recruitment agency for a school
o = c("Hi, Margaret Osei, vice-principal at Hillcrest Academy in North York. Our Grade 5 teacher goes on mat leave in November and I need cover until June.", None)
PAIRS.append(gpair(
    "b97g_toronto_school_cover", "education recruitment agency, North York, Toronto", "leading_tag_questions",
    "Vice-principal of an independent school calls a teacher recruitment agency for maternity-leave cover.",
    [o,
     t("Thanks, Margaret, and congratulations to your teacher. For the cover, what matters most to you: OCT certification, experience with your program, someone who can start early to overlap?"),
     c("OCT-certified, that's non-negotiable for our parents. An overlap week would be lovely. We're inquiry-based, so someone who isn't rigid.", None),
     t("So OCT, comfortable with inquiry-based teaching, ideally a week's overlap. Have you used an agency before?"),
     c("Once, for a French teacher. The agency sent someone who quit after three weeks, so I'm wary, frankly.", "bad_experience"),
     t("That's a fair reason to be wary. Our fee includes a free replacement if anyone leaves in the first eight weeks, and I'd send two or three CVs for you to interview, not one name. Would that work?"),
     c("That sounds better. The head will need to sign off on the fee, though.", "think_it_over"),
     t("Of course. I'll send the fee sheet and guarantee today, and a shortlist by next Wednesday, so you and the head decide with real candidates in front of you."),
     c("Good. Thank you.", None)],
    [o,
     t("Hi Margaret! You'll want someone really experienced, won't you? Our Platinum placement gets you a teacher with ten-plus years, which makes sense, doesn't it?"),
     c("Well, I want someone OCT-certified who suits our program. Ten years isn't really the point.", None),
     t("Of course. And you'd want them starting in October so there's no gap, wouldn't you? A full month's overlap is always better, isn't it?"),
     c("A month of paying two teachers? Our budget doesn't stretch to that.", "no_money"),
     t("Sure, but quality's worth it, isn't it? You don't want someone who quits after three weeks, do you?"),
     c("No, I don't. That happened to us once already with an agency.", "bad_experience"),
     t("Right, so you'll be happy going with Platinum, won't you?"),
     c("I'll speak to the head and get back to you.", "think_it_over")]))
