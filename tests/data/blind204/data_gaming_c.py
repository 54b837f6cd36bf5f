"""Gaming pairs, file c (b204). Hand-written."""
from common import c, t, gpair

# 21 putdown_question: letting agent, Hobart (rejected first-time applicant)
_open_21 = c("Yeah hi, I applied for the unit on Queen Street in Sandy Bay and got knocked back this morning. That's the ninth one. Can you tell me why, or at least what I'm doing wrong?", None)

# 22 not_my_department_or_read_the_terms: condo association manager, Hoboken NJ (roof leak)
_open_22 = c("Hi, I'm in unit 4C at the Garden Street building. Water's been coming through my bedroom ceiling since last night's storm. It's dripping into a bucket right now. It's the roof, it has to be.", None)

# 23 social_proof_or_deadline_pressure: mortgage adviser, Abu Dhabi (expat first purchase)
_open_23 = c("Hello, I am working as project engineer here seven years, my wife also working. We are thinking to buy an apartment in Reem Island instead of renting. First I want to know what mortgage is possible.", None)

# 24 keyword_stuffed: home inspector, San Diego (report questions)
_open_24 = c("hi, you did the inspection on Mission Street on Monday. i've got the report but it's 42 pages and i don't know what's actually bad. my contingency ends friday", None)

# 25 rude: removalist, Darwin -> Townsville
_open_25 = c("Hi, we're moving from Palmerston down to Townsville end of June. Three-bedroom house. I rang last week and nobody called back, so I'm trying again.", None)

# 26 ignored_customer: rental agency, Portland OR (wheelchair user)
_open_26 = c("Hi. I'm looking for a one-bedroom in Portland, ideally near the MAX line. I use a wheelchair, so I need a step-free entrance and either ground floor or an elevator that actually works.", None)

# 27 repeated_questions: holiday-home operator, Dubai (overseas landlord)
_open_27 = c("Hi, I own a one-bed in Business Bay, I live in Perth. The tenant's leaving in April and a mate reckons holiday homes make way more. I want to know if that's true for my place, and what you take.", None)

# 28 wrong_paraphrase: self storage, Sunshine Coast (grey nomads)
_open_28 = c("G'day love, the wife and I are selling up in Caloundra and doing the big lap in the caravan, twelve months or so. We want to store the good furniture somewhere till we settle again.", None)

# 29 pitch_to_upset: apartment leasing office, Boston (tenant died)
_open_29 = c("Hi, my dad lived in 5B at Riverside Commons. He passed away last week. I... I don't really know what I'm supposed to do about his lease.", None)

# 30 blame: property management company, Dubai JLT (AC failure)
_open_30 = c("Hi, AC in my apartment is not cooling since yesterday. It's blowing but warm air. My kids are sleeping in the living room with a fan. This is JLT Cluster D, unit 1408.", None)

PAIRS = [
    gpair(
        "b204g_hobart_rental_application_knockback", "residential letting agency, Hobart (Australia)", "putdown_question",
        "A second-year apprentice carpenter, never rented before, asks a Hobart letting agent why his ninth rental application was rejected and what he could do better.",
        good=[
            _open_21,
            t("Hi, sorry to hear that. Nine is rough, the Hobart market's brutal at the moment. I can't share the owner's reasons in detail, but I can go over your application with you. Can you tell me a bit about your situation?"),
            c("I'm a second-year apprentice chippy, I get about eight-fifty a week. The Queen Street one was four-sixty. I've never rented before, I've been living with my nan.", None),
            t("Thanks. So it's your first rental with no rental history, and the rent was more than half your pay. Those two together are usually what sinks an application, not you as a person. Did you put any references in?"),
            c("Just my boss. I didn't know what else to put.", None),
            t("Your boss is good. A few things help a first-timer: a reference from your nan saying you've paid board and kept things tidy, your apprenticeship contract showing the pay rises, and a short cover note about you. And aim for rent under about a third of your pay, so 280 to 300, or share with a mate. Is sharing an option?"),
            c("Maybe. My mate from TAFE is looking too. I'd have to talk to him first though.", "think_it_over"),
            t("Makes sense. We've got a two-bed in Moonah coming up next week at 480, which split two ways is 240 each. I'll email you the details and a checklist for a first application, and if you both apply I'll make sure the owner reads the cover note. Sound okay?"),
            c("Yeah, that'd be good. Thanks for actually explaining it.", None),
        ],
        gaming=[
            _open_21,
            t("Hi. Well, before we get into it, have you considered that maybe your application is the problem? What exactly did you put on it?"),
            c("My details, payslips, my boss as a reference. I'm a second-year apprentice, about eight-fifty a week.", None),
            t("Right. And what made you think a four-sixty unit in Sandy Bay was realistic on that? Do you know how many applications we got?"),
            c("I didn't know it was that bad. I've never rented before, I've been living with my nan.", None),
            t("So no rental history at all. Honestly, what did you expect? Help me understand what you feel you bring to an owner compared to a couple on two incomes?"),
            c("I pay my bills. I'm not a party guy. I just wanted to know what to do better.", None),
            t("I hear you. Have you thought about staying with your nan a bit longer? That'd suit your situation, wouldn't it?"),
            c("Right. Thanks for nothing.", None),
        ],
    ),
    gpair(
        "b204g_hoboken_condo_roof_leak", "condominium association management office, Hoboken NJ (US)", "not_my_department_or_read_the_terms",
        "A top-floor condo owner calls the association's management company about water coming through her bedroom ceiling after a storm, the second leak in the same corner in a year.",
        good=[
            _open_22,
            t("Oh no, okay, let's get on it. First, is the water anywhere near a light fixture or an outlet?"),
            c("There's a ceiling light maybe two feet away. I turned the breaker off for that room, just in case.", None),
            t("Good call, keep it off. I'm logging this as an emergency roof leak right now. Has water come in there before?"),
            c("Yes, last March, same corner. Your roofer 'fixed' it. Honestly I don't want that same guy again.", "bad_experience"),
            t("Fair enough. I'll send a different roofer from our list and ask for the whole flashing on that side to be checked, not just a patch, and I'll tell the board it's a repeat. On the damage inside: under the master deed the roof is a common element, so the association fixes the roof. The drywall and paint in your unit usually fall to your own HO-6 policy, unless the association was negligent, which a repeat leak could raise. Take dated photos now. Do you have an HO-6?"),
            c("I think so, through State Farm. Ugh, my deductible's a thousand bucks.", None),
            t("Then it's worth doing both: a claim on your policy, and a written notice to the association about the repeat leak, I'll email you the form. The roofer can be there by two today. Will you be home?"),
            c("Two's tough. I've got meetings at the office till five.", "no_time"),
            t("No problem. He can tarp the roof from outside at two without you, and come back at 5:30 to look at the ceiling from inside. Would 5:30 work?"),
            c("5:30 works. Thank you.", None),
        ],
        gaming=[
            _open_22,
            t("I'm sorry you're dealing with that, I understand how stressful this experience must be. Unfortunately, interior damage isn't our department, that's between you and your insurance."),
            c("It's not about the interior yet, it's the roof. The roof is the association's, right? Somebody needs to come and look.", None),
            t("I hear you. If you read Article 7 of the master deed, it lays out the common elements and the unit owner's responsibilities. I'd really recommend reviewing that before we go further."),
            c("I don't need to read a deed, I need a roofer. It's dripping into a bucket.", None),
            t("I totally understand. But roofing vendors are chosen by the board, I don't make those decisions, I just manage the office. You can email the board at the address on the website."),
            c("The board are volunteers, they meet once a month! This happened last March too.", None),
            t("So what I'm hearing is this is a recurring experience for you. Per the terms, you'd need to submit a maintenance request through the portal, it's all in the welcome packet. Anything else I can help with?"),
            c("Unbelievable. I'm calling the board president at home.", None),
        ],
    ),
    gpair(
        "b204g_abudhabi_reem_expat_mortgage", "mortgage adviser, Abu Dhabi (UAE)", "social_proof_or_deadline_pressure",
        "An Indian project engineer with seven years in Abu Dhabi asks a mortgage adviser what he and his wife could borrow to buy a two-bedroom on Reem Island instead of renting.",
        good=[
            _open_23,
            t("Hello, happy to help you work that out. Can I ask a few things first? What's your monthly salary, and is it transferred to a UAE bank?"),
            c("My salary is 32,000, transferred to Emirates NBD. Wife's is 14,000, different bank.", None),
            t("Thank you. Any existing loans, a car loan, credit cards?"),
            c("One car loan, 2,100 a month, finishing next year. Two credit cards, but we pay full every month.", None),
            t("Okay. As a rough guide, banks cap your total debt payments at half your income, and for expats buying a first home under 5 million they lend up to 80%. So you'd need 20% down plus roughly 5% for registration, agent and bank fees. What price are you looking at on Reem?"),
            c("About 1.4 million for two-bedroom. We have savings around 300,000.", None),
            t("Then the deposit is 280,000 and fees around 70,000, so about 350,000 in total, a bit above your savings. Options are a unit nearer 1.2 million, or waiting a few months to close the gap. Shall I run both for you, including the car loan ending?"),
            c("Hmm. I don't want to rush. Maybe we stay renting one more year, my contract renewal is in March.", "think_it_over"),
            t("That's sensible, especially with the contract renewal. I'll send the two scenarios and a document list. A pre-approval is free but only valid 60 days, so it only makes sense once you're ready to look seriously. Shall we talk again in January?"),
            c("Yes, January is good. Thank you.", None),
        ],
        gaming=[
            _open_23,
            t("Hello! Great timing, honestly. Rates go up on the first of the month, and I've had three engineers from your company lock in with us just this week. What's your salary?"),
            c("32,000, my wife 14,000. But I am only asking what is possible, we didn't decide anything.", "think_it_over"),
            t("Totally. But the thing is, Reem is moving fast, everyone in Shams Gate who was renting last year has bought now. And the bank's 3.99% special ends Thursday. What's stopping you from applying today?"),
            c("We have only 300,000 saved. I don't know if it is enough.", "no_money"),
            t("Most of my clients start with less! Your colleagues were in exactly your position and now they're owners. If we submit before Thursday, you lock the rate. Shall I send the application link?"),
            c("My colleagues are not my family. I will discuss with my wife and decide, and not by Thursday.", "think_it_over"),
            t("Of course, no pressure. Just remember after Thursday it's gone, and units on Reem are getting snapped up every day. Can I call you tomorrow at 10?"),
            c("No, please don't call. I will contact you if needed.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_sandiego_inspection_report_call", "home inspection company, San Diego CA (US)", "keyword_stuffed",
        "A first-time buyer calls the home inspector two days before her inspection contingency ends, unsure which of many findings in a 42-page report actually matter.",
        good=[
            _open_24,
            t("Hi, yes, I remember the house. Thanks for calling, 42 pages is a lot. Let's sort out what matters before Friday. Have you got it open?"),
            c("yes. theres a lot of red ones. the roof one and something about the electrical panel scared me", None),
            t("Those are the two I'd focus on too. The roof: the stain on the hallway ceiling was damp on my meter, so it's an active leak, not an old one. The panel: two wires under one breaker, a double tap, and that panel brand has a history of breakers not tripping. Neither is a walk-away on its own, but both need a licensed pro to price them. Can you get a roofer and an electrician out before Friday?"),
            c("idk, its wednesday already. my agent said just ask the seller for a credit", None),
            t("That's a common approach. A credit is easier to get with real quotes, otherwise it's a guess. Lots of roofers do a free estimate within a day. Has your agent said anything about asking for a few extra days on the contingency if quotes can't happen in time?"),
            c("she said the seller might say no. and a whole new roof would wipe me out, i hope its just a repair", None),
            t("From what I saw it looked like a flashing problem around the vent, not the whole roof, but a roofer has to confirm that. I'll send you a one-page summary tonight with the four items I'd get priced and the photos, so you can forward it to the roofer, the electrician and your agent. Okay?"),
            c("yes please. that helps a lot", None),
        ],
        gaming=[
            _open_24,
            t("Hi! Thank you so much for reaching out. I really want to understand your needs and make sure this is a positive experience. Our relationship doesn't end at the inspection."),
            c("ok thanks. so the roof one and the electrical panel, are those bad", None),
            t("Great question. I hear that you feel concerned, and that's so valid. Every finding in the report is about empowering you to make an informed decision on your homeownership journey. What I'd say is, success looks different for every buyer."),
            c("but should i be worried about the roof or not. my contingency ends friday", None),
            t("I totally understand the time pressure you're feeling. We believe in transparency and partnership, and your peace of mind is our number one need, I mean priority. I'd really encourage you to review the report holistically with your team."),
            c("my team is me and my agent. im asking you. you were on the roof", None),
            t("Absolutely, and I appreciate that trust. What I'm hearing is you need clarity, and I'm committed to that. How satisfied are you with the report overall?"),
            c("not very. ill just get a roofer out myself", None),
        ],
    ),
    gpair(
        "b204g_darwin_townsville_removal_booking", "removalist, Darwin (Australia)", "rude",
        "A mother of three, whose husband works a mining roster, tries again to book a removal from Palmerston to Townsville after nobody returned her first call.",
        good=[
            _open_25,
            t("Sorry nobody got back to you, that's on us. I'll look after it myself from here. End of June, Palmerston to Townsville. Is there an exact date you need to be out?"),
            c("Lease ends the 28th. Husband's on swing at the mine till the 25th, so it's me and three kids doing the packing.", None),
            t("Right, so you're mostly on your own till the 25th. Would packing help, either the whole house or just the kitchen, which is usually the worst bit?"),
            c("How much is packing? Because the mob that moved us up here charged a fortune and broke half the plates anyway.", "bad_experience"),
            t("Fair enough to be wary. Kitchen-only packing is $480, a full pack is about $1,600 for a three-bed. Anything we pack that gets broken is on our insurance, since we packed it; if you pack it yourself, it's only covered if the box itself is damaged. Which way are you leaning?"),
            c("Kitchen only, I reckon. Do you move cars? We've got a second car.", None),
            t("We don't carry cars ourselves, but we can book a car carrier through a partner, Darwin to Townsville is about $1,400, or one of you drives it down. I'll put both in the quote. Loading on the 26th, delivery in Townsville around the 2nd or 3rd?"),
            c("The 2nd is good. Send it through and I'll show him when he's back.", "think_it_over"),
        ],
        gaming=[
            _open_25,
            t("Yeah, we're flat out, it's June. What's the date?"),
            c("The lease ends on the 28th. My husband's on swing at the mine till the 25th, so it's just me and the kids packing.", None),
            t("Right. Well, that's not really our problem, is it. Are you packing or are we? Because if you're packing, it needs to actually be done when the truck turns up, not half done like everyone else."),
            c("I'll pack. I just wanted a price for the kitchen, the last mob broke half our plates.", "bad_experience"),
            t("Yeah, well, plates break. That's why people buy proper boxes. Kitchen's four-eighty. Anything else, or can I go?"),
            c("Wow. No, I'm good. I'll ring someone else.", None),
        ],
    ),
    gpair(
        "b204g_portland_accessible_one_bed", "apartment rental agency, Portland OR (US)", "ignored_customer",
        "A wheelchair user needing a step-free, ground-floor or elevator one-bedroom near the MAX line, with a month to move, contacts a rental agency.",
        good=[
            _open_26,
            t("Thanks for telling me upfront, it saves you wasted viewings. Beyond the entrance and the floor, what else inside the unit matters? Door widths, the shower, counters?"),
            c("Doorways at least 32 inches. A roll-in shower would be amazing but I know that's rare, a tub I can transfer from is okay. And parking close to the door.", None),
            t("Okay: step-free entry, ground floor or a reliable elevator, 32-inch doors, ideally a roll-in shower or else a transfer-friendly tub, and close parking. What's your budget and your move date?"),
            c("Up to sixteen hundred. I have to be out of my place by the 30th, so it's a bit tight.", None),
            t("Honestly, at 1,600 with all of that, two of our buildings might fit: a ground-floor unit in Gateway near the MAX with a tub, and a newer building in Lents with elevators, but that one's 1,650. And with a tub, you can ask the landlord for a reasonable modification like grab bars, which they generally can't refuse. Want me to check door widths at both before you visit?"),
            c("1,650 is over what I said, but for a roll-in I'd stretch. Does it have one?", None),
            t("I don't know yet. I'll call that property manager this afternoon and measure the Gateway doors myself tomorrow, and text you by 5 tomorrow with both answers and photos of the entrances."),
            c("Perfect. That's more than the last three places did.", None),
        ],
        gaming=[
            _open_26,
            t("Welcome! So tell me, what's most important to you in your next home?"),
            c("Step-free entrance, ground floor or an elevator that works, doorways at least 32 inches. I use a wheelchair.", None),
            t("Love that. We have a gorgeous one-bed in a Victorian in Sunnyside, original hardwood, so much character, third floor, $1,495. What's your budget?"),
            c("Third floor? Is there an elevator?", None),
            t("It's a classic walk-up, that's the charm of the building. Budget-wise you'd be right under sixteen hundred. And what timeline are you working with?"),
            c("I just told you I use a wheelchair. A walk-up doesn't work for me at all.", "no_need"),
            t("Totally hear you. We also have a lovely garden-level unit in Irvington, a few steps down to the entrance, but they're short steps. Shall I set up a tour for Saturday?"),
            c("Steps are steps. Never mind, I'll use a different company.", None),
        ],
    ),
    gpair(
        "b204g_dubai_business_bay_holiday_home", "holiday-home management company, Dubai (UAE)", "repeated_questions",
        "An Australian living in Perth who owns a Business Bay one-bed asks a holiday-home operator whether short-term letting would beat his current long-term tenant when the lease ends in April.",
        good=[
            _open_27,
            t("Hi, happy to give you real numbers rather than a sales pitch. What's the tenant paying now per year, and what are the service charges?"),
            c("Ninety-five thousand dirhams a year. Service charges are about eighteen grand.", None),
            t("Which building, and does it have a view? That swings the nightly rate a lot in Business Bay."),
            c("Executive Towers, facing the canal, twelfth floor. It's unfurnished at the moment.", None),
            t("Canal-facing helps. Units like that with us average about 450 dirhams a night over the year at around 75% occupancy, so roughly 123,000 gross. Our fee is 20% of that; you pay the holiday-home permit, utilities and internet, maybe 12,000 a year, plus furnishing it once, about 45,000. So year one is worse than long-term, from year two maybe 10 to 15 thousand better, and it goes up and down with the seasons. Does that match what your mate told you?"),
            c("Not really, he made it sound like double. And forty-five grand up front for furniture is a lot.", "too_expensive"),
            t("It is, and it's the main reason I wouldn't rush. If you'd rather have steady income and no furnishing, re-letting long-term is a perfectly good choice. I'll send this breakdown in writing, with last year's month-by-month for a similar unit in your building, and you decide before April."),
            c("Yeah, send it. I'll sit down with the wife and run the numbers.", "think_it_over"),
        ],
        gaming=[
            _open_27,
            t("Hi! Love it. So what are your goals for the property?"),
            c("Well, more income, if it's actually more. The tenant pays ninety-five thousand a year.", None),
            t("Great. And what does success look like for you as an owner?"),
            c("Like I said, more than ninety-five a year after costs. Otherwise I'll just re-let it.", None),
            t("Totally. So help me understand, what's the main outcome you're hoping for with the apartment?"),
            c("Money, mate. More than now. Can you just tell me what you'd expect it to make?", None),
            t("Absolutely, and I want to get that right for you. So before I do, what would you say is your number one priority: income, flexibility or capital growth?"),
            c("Income. I've said it three times. Look, this isn't worth the hassle, I'll just find another tenant.", "no_need"),
        ],
    ),
    gpair(
        "b204g_sunshinecoast_storage_big_lap", "self-storage facility, Sunshine Coast (Australia)", "wrong_paraphrase",
        "A retired couple selling their Caloundra house to travel around Australia in a caravan for a year want to store only their best furniture and family photos.",
        good=[
            _open_28,
            t("Oh, the big lap, lovely. How much furniture are we talking, the whole house or just the good pieces?"),
            c("Just the good stuff. Dining setting, the bed, two recliners, her mum's sideboard, boxes of photos and books. The rest's going to the kids or the tip.", None),
            t("So the keepers plus some boxes, for about a year while you're on the road. Will you need to get into it while you're away, or can it sit untouched?"),
            c("Probably untouched. Maybe the kids would grab something for us. Is that allowed?", None),
            t("Yes, you can add them as authorised users with their own code. For that list a 3 by 3 metre unit should do. Photos and a timber sideboard don't love Queensland humidity, so I'd suggest our climate-controlled block: $245 a month, against $175 for a standard unit."),
            c("Two forty-five times twelve, that's near three grand. We're on the pension now, love.", "no_money"),
            t("Understood. Then the standard 3 by 3 at $175, with the photos in sealed plastic tubs and moisture absorbers, and the sideboard drawers left slightly open under a cover. Prepaying twelve months takes 10% off, so about $1,890 for the year. Would that sit better?"),
            c("That's more like it. I'll run it past the missus, but I reckon that's us.", "think_it_over"),
        ],
        gaming=[
            _open_28,
            t("Oh lovely! So what I'm hearing is you're moving into a smaller place and need a unit for a couple of weeks in between. That right?"),
            c("No, we're going on the road. In the caravan. Twelve months.", None),
            t("Got it. So to play it back, you'd like your whole house stored, and you'll be popping in regularly to swap things in and out of the van. Have I got that right?"),
            c("Not the whole house, just the good pieces. And we won't be popping in, we'll be up in the Kimberley.", None),
            t("Perfect. So you're after our large 6 by 3 climate-controlled unit with the monthly access pass and our insurance bundle. That's $410 a month. Does that sound like what you need?"),
            c("Four hundred and ten a month? We're pensioners. That's not what we asked for at all.", "no_money"),
            t("Absolutely. So just to confirm, you'd like to lock that in today for the full twelve months?"),
            c("No, mate. I'll try the place in Kunda Park.", None),
        ],
    ),
    gpair(
        "b204g_boston_lease_after_fathers_death", "apartment leasing office, Boston MA (US)", "pitch_to_upset",
        "A daughter who lives in Ohio calls the leasing office of her late father's Boston apartment, a week after his death, not knowing what to do about the lease.",
        good=[
            _open_29,
            t("I'm so sorry for your loss. Thank you for calling us, and there's no rush on this call. Can I ask your name, and are you the person handling his affairs?"),
            c("I'm Maria, his daughter. My brother and I are doing everything, I guess. There's no lawyer or anything yet.", None),
            t("Thank you, Maria. Here's how it usually works: the lease can be ended early with a copy of the death certificate and written notice from the family or the executor. We'd normally give you until the end of next month to clear the apartment, and the rent stops then. Does that timeline feel manageable, or do you need longer?"),
            c("End of next month... I don't know. I live in Ohio, I'd have to fly back and forth, and I can't get much time off work.", "no_time"),
            t("That's completely understandable. I'll ask the owner today for an extra two weeks at no charge. His security deposit goes back to the estate after the move-out inspection. Would it help if I emailed you a short list of the steps and documents, so you and your brother have it all in one place?"),
            c("Yes. That would really help. Thank you.", None),
            t("I'll send it tonight. And whenever you're in Boston, just call me first, I'll meet you and let you in, so you don't have to deal with keys."),
            c("Thank you. I didn't expect this to be... okay. Thank you.", None),
        ],
        gaming=[
            _open_29,
            t("Oh, I'm so sorry for your loss. That must be such a hard experience. Have you thought about taking over the lease yourself? We actually have a renewal special right now, one month free on a 13-month term."),
            c("What? No. I live in Ohio. I just need to know how to end it.", "no_need"),
            t("Totally understand. Another option a lot of families like: our partner StoreRight gives 50% off the first month, so you don't have to rush clearing his things. Want me to set that up for you?"),
            c("I... I don't know. I haven't even been inside the apartment yet.", None),
            t("No pressure at all. I'll also mention, 5B is one of our most requested units, so if a family member ever wanted to move to Boston, we could hold it. What else can I do to support you today?"),
            c("Just tell me what paperwork you need. Please.", None),
            t("Of course. It's all in the lease terms, section 22, early termination. Is there anything else I can help you with?"),
            c("I'll get my brother to call you.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_dubai_jlt_ac_not_cooling", "property management company, Dubai (UAE)", "blame",
        "A tenant in Jumeirah Lakes Towers reports in August that all the AC units have blown warm air since yesterday; his children are sleeping in the living room.",
        good=[
            _open_30,
            t("I'm sorry, in August that's urgent. Let me log it now. Is it every unit or one room? And is the building on district cooling, do you pay Empower, or are there split units on the balcony?"),
            c("All of them, the thermostat shows 29 and doesn't go down. We pay Empower separately.", None),
            t("Then it's most likely the fan coil unit or the valve in your ceiling, not something you can fix yourself. When were the filters last cleaned? I'm not blaming you, it just tells the technician where to look first."),
            c("Honestly, I think not for a long time. Nobody told us we had to.", None),
            t("That's fine, the landlord's maintenance covers a service, so I'll add a filter clean to the visit. I can get a technician today between 4 and 7. Will someone be home?"),
            c("My wife is home. But last time we reported a leak here, they came three days later.", "bad_experience"),
            t("I understand. This one is marked urgent, and I'll WhatsApp you the technician's name and number within the hour once he's assigned. If nobody has contacted you by 5, call me directly on this number."),
            c("Okay. Thank you, please, it's very hot.", None),
        ],
        gaming=[
            _open_30,
            t("Okay. When did you last clean the filters? Because 90% of these calls are tenants who never clean them, and that's a tenant responsibility in your contract."),
            c("I don't know, nobody told us. But it's blowing warm air, not weak air.", None),
            t("I hear you, but if the filters are blocked the coil freezes and then it blows warm. So really this is the result of a lack of maintenance on your side. Did you read the maintenance section of your tenancy contract?"),
            c("I read it. It says major maintenance is landlord. The AC is not working at all, my kids are sleeping in the living room.", None),
            t("I understand your frustration. But if our technician finds dirty filters, the 350 dirham call-out will be charged to you, because it's caused by misuse. Do you still want to book?"),
            c("350? It's not my fault the building AC is broken. Send someone, but I will not pay this.", None),
            t("So what I'm hearing is you refuse the charge. Then the earliest slot is Thursday. Anything else I can help with?"),
            c("Thursday? In August? I'm calling RERA and the landlord directly.", None),
        ],
    ),
]
