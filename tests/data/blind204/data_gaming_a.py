"""Gaming pairs, file a (b204). Hand-written."""
from common import c, t, gpair

# 1 monologue: removal firm, Dubai -> Abu Dhabi
_open_1 = c("Hi, I got your number from the notice board in our building. We're shifting to Abu Dhabi end of this month, two-bedroom flat. I need a rough price only.", None)

# 2 closing_as_open_question: mortgage broker, Brisbane
_open_2 = c("G'day, my mate Jess used you guys for her first place. We're just trying to work out what we can actually borrow, we haven't found anything yet.", None)

# 3 pitch_as_paraphrase: self storage, Phoenix
_open_3 = c("Hey there, I'm redoing my garage floor, epoxy and all, and I need somewhere to stick my stuff for maybe two months. What sizes you got?", None)

# 4 upsell_as_loop_closing: building and pest inspection, Sydney
_open_4 = c("Hi, um, I've got an auction Saturday in Blacktown and the agent said I should get a building and pest done before. Can you do one by Thursday?", None)

# 5 leading_tag_questions: HOA management office, Round Rock TX
_open_5 = c("hi im in Brushy Creek Meadows, we just got a puppy and want to put a fence around the back yard. do i need to ask you guys first", None)

# 6 putdown_question: property manager, Melbourne (tenant with mould)
_open_6 = c("Good morning. I'm calling about 14/22 Ormond Street, Footscray. The black mould is coming back in the bedroom again, I have cleaned it two times already, and my son is coughing at night. I need somebody to come and look.", None)

# 7 not_my_department_or_read_the_terms: letting agent, Dubai Marina (deposit)
_open_7 = c("Hello, I moved out from Marina Pinnacle two weeks ago, unit 2307. Until now I don't receive my security deposit, 6,000 dirham. Landlord says he keeps it for painting. I left the flat clean, I have photos.", None)

# 8 social_proof_or_deadline_pressure: property management company, Denver
_open_8 = c("Hi, so I moved to Chicago for work and I'm renting out my condo in Denver. Right now I'm doing it all myself from here and it's kind of a pain. I'm trying to figure out if a management company makes sense.", None)

# 9 keyword_stuffed: strata manager, Perth (special levy)
_open_9 = c("Hello, I'm an owner at Kingsway Court in Scarborough, unit 9. I've just received this special levy notice for four thousand eight hundred dollars. Nobody told me about this. What is it for?", None)

# 10 rude: apartment leasing office, Chicago (student without credit history)
_open_10 = c("Hi, I saw the studio on your website, the one for $1,450 on Sheridan. I'm starting my PhD at Loyola in August. I don't have US credit history yet, is that a problem?", None)

PAIRS = [
    gpair(
        "b204g_dubai_movers_jvc_to_abudhabi", "removal firm, Dubai (UAE)", "monologue",
        "An Indian expat mother with a baby phones a Dubai removal firm for a rough price to move a two-bedroom flat from JVC to Khalifa City, Abu Dhabi; the lease ends on the 30th and a glass table from her mother-in-law worries her.",
        good=[
            _open_1,
            t("Happy to help. Before I give a figure, can I ask a few things so it isn't a guess? Which area in Dubai, where in Abu Dhabi, and is the date fixed?"),
            c("JVC, District 12, to Khalifa City A. It's the 28th, Saturday. Our lease finishes on the 30th so we cannot go later.", None),
            t("Okay, the 28th, and the 30th is the hard stop. What's coming with you, everything or only some pieces?"),
            c("Everything basically. Two beds, baby cot, sofa, washing machine, and a big glass dining table. Honestly the table is what scares me, my mother-in-law gave it.", None),
            t("So the glass table matters most, and with the baby the cot has to be set up first thing on arrival. Have I got that right?"),
            c("Yes, exactly, cot first. And listen, last time we moved inside Dubai the company broke two chairs and after that nobody picked up the phone.", "bad_experience"),
            t("That's a fair worry after that. Two things I'd do: the glass top goes in a wooden crate we build on site, and you get the supervisor's own mobile for the day, not a call centre. If something is damaged you report it within 48 hours on our claim form, and I'll send you the wording before you book so you can read it. For the survey, do you want me to come to the flat, or is a video call easier with the baby?"),
            c("Video call is easier. But I have two other quotes, I must show my husband first before anything.", "think_it_over"),
            t("Of course. Let's do the video survey tomorrow and I'll email the written quote the same evening, with the crate priced as a separate line so you can compare like for like. What time suits you?"),
            c("After four, when she's sleeping.", None),
        ],
        gaming=[
            _open_1,
            t("Absolutely, great question, and thank you for reaching out! Let me tell you a bit about us. We're the top-rated movers in the Emirates, fourteen years, over eight thousand happy families, and our Gold package includes full packing, unpacking, wardrobe boxes, a handyman, curtain fitting, TV mounting and a free cleaning voucher for your old flat. Own trucks, no subcontractors, and we handle the Abu Dhabi building permits. Most two-bedrooms go Gold, it's 3,950 dirhams, and honestly it's the experience our families love most. What would you like to know?"),
            c("Okay... it's only a rough price I wanted. We have one glass table that-", None),
            t("Glass is no problem at all, we do glass every day! And above Gold there's Platinum, which adds full insurance and a dedicated move manager, amazing for peace of mind. We also have storage in Al Quoz if the new place isn't ready, first month half price. So what I'm hearing is you want a stress-free move, right? That's exactly what Gold gives you."),
            c("There is a baby also, so the cot-", None),
            t("Babies, pets, we've done it all! Our crews are trained, uniformed, background-checked, and you get our app with live truck tracking. I can lock the 28th for you today with a 500 dirham deposit, month-end dates go very fast. How does that sound?"),
            c("I didn't even tell you the date yet. You know what, just email me something, I will see.", "brush_off"),
            t("Sure thing! And just so you know, Gold includes everything we talked about. Anything else I can help you with today?"),
            c("No. Bye.", None),
        ],
    ),
    gpair(
        "b204g_brisbane_broker_first_home_borrowing", "mortgage broker, Brisbane (Australia)", "closing_as_open_question",
        "A nurse calls a Brisbane mortgage broker to find out what she and her partner, a self-employed electrician with one tax return on his ABN, could borrow for a first home; they have not found a property.",
        good=[
            _open_2,
            t("Thanks for getting in touch, and say thanks to Jess. Happy to start there. Who's buying, just you or with someone?"),
            c("Me and my partner, Kieran. I'm a nurse at the PA, he's a sparky, he's been on his own ABN about eighteen months though.", None),
            t("Right, that ABN bit matters, so good you mentioned it. Some lenders want two years of tax returns for self-employed, some take one. Has he lodged a return for the ABN yet?"),
            c("One. The second one's due in October. Is that gonna be a problem?", None),
            t("Not a dead end, it just narrows the lenders. What sort of place are you thinking, where, and what have you got saved?"),
            c("About forty-five grand. Townhouse probably, Redbank Plains or out Logan way. Kieran reckons we should just wait till October and get the second return in first.", "think_it_over"),
            t("He might be right, and I'd rather say so than push you. What I can do now is work out two numbers: what you'd get today with lenders who accept one year, and what it looks like after October. Then you two decide. I'd also check whether you fit the First Home Guarantee, so you're not paying mortgage insurance on a 45k deposit. Would that be useful?"),
            c("Yeah, that'd actually help. What do you need from us?", None),
            t("Your last two payslips, Kieran's tax return and notice of assessment, and three months of bank statements for both. There's no fee to you, the lender pays me if you ever go ahead. I'll text a checklist tonight, and could we do a half-hour call with both of you next week?"),
            c("Thursday arvo works, he knocks off early.", None),
        ],
        gaming=[
            _open_2,
            t("Love that, Jess is a legend. So let me ask you an open question: what would it take for you to sign a loan application with us today?"),
            c("Um. We haven't even found a place yet. I just want to know how much we can borrow.", None),
            t("Totally hear you. And what's stopping you from getting pre-approved right now, so you're ready to pounce?"),
            c("Well, my partner's on an ABN, only had it eighteen months. I'm not even sure we'd get approved.", None),
            t("That's great info, thank you. So how would you like to move forward, shall I submit to the lender tonight or first thing tomorrow?"),
            c("Hang on, no, don't submit anything. Kieran wants to wait till his second tax return's in, in October.", "think_it_over"),
            t("I get that. What's one thing I could do today that would make you comfortable saying yes now instead of October? Rates won't wait for Kieran's tax return, will they?"),
            c("Nothing, mate. We're waiting. I'll have a yarn with him and maybe call back.", "think_it_over"),
            t("No worries! And when you do call back, which day this week suits you two to come in and sign the forms?"),
            c("...I'll let you know.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_phoenix_storage_garage_reno", "self-storage facility, Phoenix AZ (US)", "pitch_as_paraphrase",
        "A homeowner in Phoenix needs somewhere to put aluminium patio furniture, a kayak, a grill and boxes of Christmas decorations for about two months while his garage floor is redone.",
        good=[
            _open_3,
            t("Sure thing. What's the stuff, roughly how much and what kind?"),
            c("Patio set, aluminum, four chairs and a table. A kayak, a grill, bunch of plastic totes with Christmas decorations. Maybe twelve totes.", None),
            t("Okay. Anything in there that minds the heat, like candles, photos, electronics, records? If it's all been living in a Phoenix garage it's probably fine already."),
            c("Nah, it's all been in the garage for years. Although my wife's got candles in one of the totes, I think.", None),
            t("Candles will melt in a drive-up unit in July. Easiest fix is to take that one tote into the house. Everything else is fine in a standard drive-up. How long's the kayak?"),
            c("Twelve foot.", None),
            t("Then a 10 by 15 drive-up fits the kayak lengthwise and the rest stacked. That's $119 a month, first month's a dollar right now, month to month with ten days' notice. You bring your own lock or we sell one for twelve bucks. Want me to hold one near the gate so you can back the truck right up?"),
            c("Hundred nineteen, huh. The place on Bell Road told me ninety-five.", "too_expensive"),
            t("They may well be cheaper. Worth checking theirs is drive-up and fits a twelve-foot kayak, a lot of 10 by 10s won't. If theirs fits, go for it. I can hold ours till Friday at no charge while you check."),
            c("Fair enough. Hold it, I'll swing by Thursday.", None),
        ],
        gaming=[
            _open_3,
            t("Great project! Tell me more about what you're storing."),
            c("Patio set, aluminum, four chairs and a table. A kayak, a grill, and like twelve plastic totes of Christmas stuff.", None),
            t("Perfect. So what I'm hearing is you need our climate-controlled 10 by 15 with the premium disc lock and the Gold protection plan, $189 a month. Did I understand you correctly?"),
            c("Uh, no? It's aluminum chairs and a kayak. They've been sitting in a hot garage for ten years.", "no_need"),
            t("Absolutely. So what you're really telling me is you want peace of mind for your belongings, which is exactly what climate control gives you in a Phoenix summer. So that's the premium unit, right?"),
            c("What I'm telling you is I'm not paying a hundred eighty-nine bucks to air-condition a kayak.", "too_expensive"),
            t("Totally valid. So if I'm summarizing right, value matters to you, so the twelve-month prepay on climate-controlled brings it to $169. Sound like what you're looking for?"),
            c("Nope. You got a drive-up or not?", "no_need"),
            t("We do have drive-ups, but most customers in your situation go climate-controlled. Shall I put you down for that?"),
            c("Forget it. I'll try the place on Bell.", None),
        ],
    ),
    gpair(
        "b204g_sydney_building_pest_auction", "building and pest inspection firm, Sydney (Australia)", "upsell_as_loop_closing",
        "A nervous first-home buyer in Sydney needs a pre-purchase building and pest inspection before a Saturday auction on a 1960s fibro house in Blacktown.",
        good=[
            _open_4,
            t("We can most likely fit that in, let me check. What's the property, house or unit, and roughly how old?"),
            c("It's a house, fibro, they reckon built about 1962. Three bedrooms. First place, so I'm a bit out of my depth, honestly.", None),
            t("That's fine, that's what we're for. Do you know if it's on a slab or on piers? And has the agent said anything about termites or an old report?"),
            c("Piers I think, it's raised a bit at the back. The agent said there was a termite treatment in 2019 but he didn't have the paperwork.", None),
            t("Good to know, I'll ask the inspector to get under the floor and look for the treatment notice in the meter box. One thing to flag: a fibro house that age very likely has asbestos sheeting. Our standard inspection notes where it's suspected but doesn't lab-test it; for most buyers that's enough to factor into the price, testing is optional. So: combined building and pest, Thursday, report emailed the same night so you have it before Saturday. It's $495. Does that work?"),
            c("Four ninety-five, ugh. It's a lot on top of everything, but okay, I'd rather know what I'm buying.", None),
            t("Makes sense. Last thing, access: is the agent letting us in, or do you need to be there?"),
            c("Agent's got the keys. I can't get there Thursday morning though, I'm on shift at the hospital till three.", "no_time"),
            t("That's fine, you don't need to be there. The inspector will ring you on your break to talk through what he found, and the report follows that night. I'll text you the 9am confirmation in a minute."),
            c("Thank you, that's a relief.", None),
        ],
        gaming=[
            _open_4,
            t("Absolutely, congratulations on the auction! Let's lock Thursday 9am for the combined building and pest, $495. Before I close that off, what else can I add for you today to make sure your needs are fully covered?"),
            c("Um, I don't know. What else is there?", None),
            t("Great question! Most first-home buyers add our thermal imaging scan, $180, and the drone roof inspection, $150. Would you like both to round out your experience?"),
            c("I'm honestly scraping every dollar together for the deposit. Do I actually need those?", "no_money"),
            t("Totally understand. Just to close the loop, is there anything else? We also do pool compliance certificates, strata report reviews, and an asbestos lab package for $390."),
            c("There's no pool. And it's a house, not a unit, so I don't think strata is a thing?", "no_need"),
            t("No problem at all, just making sure we've covered everything for you! So anything else you'd like to add before I finalise, maybe the pre-settlement re-inspection for $220?"),
            c("No. Just the basic one. Please.", "no_need"),
            t("Perfect, basic it is. And how satisfied are you with your booking experience today, one to ten?"),
            c("Like a four. Just send the confirmation.", None),
        ],
    ),
    gpair(
        "b204g_roundrock_hoa_fence_puppy", "HOA management office, Round Rock TX (US)", "leading_tag_questions",
        "A homeowner types into the HOA management company's chat asking whether she needs approval to close the side yards with a fence for a new puppy.",
        good=[
            _open_5,
            t("Hi, congrats on the puppy! Yes, fences need architectural approval first. Can I ask a couple of things so I send you the right form? Is there a fence there already, or is it all new?"),
            c("there is one on the back lot line from the builder i think. the sides are open. we just want to close the sides so he cant run out", None),
            t("Got it, so you're only adding the two side sections to tie into the existing back fence. What height and material were you thinking?"),
            c("same as the back one, wood, 6 ft. is that allowed? honestly our last hoa took 3 months to approve a mailbox lol", "bad_experience"),
            t("I hear that. Here the committee meets twice a month and the guidelines give them 30 days at most. Matching the existing fence, 6 ft wood, stained to match, is one of the simpler approvals. Side fences have to start at least 10 feet back from the front corner of the house. Does that work with where you want the gate?"),
            c("yeah the gate would be about halfway down the side. how long realistically", None),
            t("Next meeting is the 14th, so if the form and a simple sketch are in by the 10th, you'd likely hear by the 16th. There's no fee for fence applications. I'll email you the form and a sample sketch. Is the email on your account still the right one?"),
            c("yes same email. thank you!! puppy says thanks too", None),
        ],
        gaming=[
            _open_5,
            t("Congrats on the puppy! You'll want to use our preferred fence vendor, won't you? It makes the whole experience so much smoother, doesn't it?"),
            c("i mean we were gonna have my brother in law do it, hes a contractor", "no_need"),
            t("Sure. But you'd agree a vendor who already knows our guidelines is safer, wouldn't you? And you'll want the expedited review for $150, right, with a puppy running around?"),
            c("how long is the normal review", None),
            t("It can be up to 30 days. You wouldn't want to wait a whole month, would you? Most owners go expedited, don't they?"),
            c("id rather not pay 150 bucks to the hoa for a fence thats the same as the one already there tbh", "too_expensive"),
            t("Totally understand. But you do want it approved the first time, don't you? So the vendor package is really the way to go, isn't it?"),
            c("ill talk to my husband about it. just send me the form pls", "think_it_over"),
            t("Of course! And you're happy with the service today, aren't you?"),
            c("sure", None),
        ],
    ),
    gpair(
        "b204g_melbourne_tenant_mould_bedroom", "residential property manager, Melbourne (Australia)", "putdown_question",
        "A Nigerian-Australian tenant in Footscray rings his property manager about black mould that keeps returning in his toddler's bedroom; he suspects a blocked gutter.",
        good=[
            _open_6,
            t("Good morning, thanks for calling, and I'm sorry your son's unwell. Let me pull up the file. When did you first notice it, and where exactly is it?"),
            c("About three weeks now. It's on the ceiling corner in the kids' room, above the window, and behind the wardrobe. I wipe it with vinegar, one week later it's back.", None),
            t("So two spots in the children's room, back within a week of cleaning, for three weeks. Is there any water stain, or does it look wetter after rain?"),
            c("Yes, when it rains heavy the corner goes darker. I think the gutter above is blocked, I see water coming over the side.", None),
            t("That's really useful, it points to a leak from outside rather than condensation, and a leak is the owner's repair. I'll get a plumber to check the gutter and roof this week, and a mould treatment once the leak's fixed. Can they come Wednesday or Thursday?"),
            c("Thursday. But honestly, last time I reported the kitchen tap it took six weeks. I don't have six weeks with a sick child.", "bad_experience"),
            t("You're right to push on that, and I'm sorry about the tap. I'll email you today with a reference number and the Thursday booking, and I'll ring you Thursday afternoon with what the plumber found. If it isn't fixed within a week, I'll include the Consumer Affairs Victoria page on urgent repairs so you know where you stand."),
            c("Okay. Thursday, and you call me. Thank you.", None),
        ],
        gaming=[
            _open_6,
            t("Morning. Before we get into it, are you sure you're opening the windows? A lot of tenants just don't ventilate, do they? So what exactly have you been doing in there?"),
            c("I open the window every day. It's winter, it's cold, but I open it. The mould is above the window, on the ceiling.", None),
            t("Okay, and how are you cleaning it? Because bleach on a cloth just spreads it, you know that, right? What makes you so sure it's the building and not you drying clothes inside?"),
            c("I don't dry clothes inside, we have a dryer. And there's a dark patch when it rains, I think the gutter is blocked.", None),
            t("Right. I'm hearing you feel really strongly about this. But honestly, aren't we overreacting a little? Every Melbourne flat gets a bit of mould in winter, so what exactly do you expect the owner to do?"),
            c("Overreacting? My son is two and he is coughing every night. I want somebody to check the gutter.", None),
            t("I understand your concern. Can I ask, have you lived in an older building before? Because this is pretty normal."),
            c("You know what, I will put it in writing to Consumer Affairs. Goodbye.", None),
        ],
    ),
    gpair(
        "b204g_dubai_marina_deposit_withheld", "letting agency, Dubai Marina (UAE)", "not_my_department_or_read_the_terms",
        "A Russian expat tenant, leaving the UAE soon, chases the letting agent for a 6,000 dirham security deposit the landlord is keeping for 'painting' without an invoice.",
        good=[
            _open_7,
            t("Hello, thank you for calling, and I'm sorry it's been two weeks. Let me open the file. You said the landlord wants to keep it for painting. Did he send you anything in writing, an invoice or a list?"),
            c("Only a WhatsApp message: 'deposit used for painting and cleaning'. No invoice, nothing.", None),
            t("Okay. And your photos, are they from the move-out day? And do you remember the move-in inspection report from when you started?"),
            c("Yes, photos on the last day, with date. The move-in report I think your office has it, your colleague Rania did it.", None),
            t("Good, Rania's report should be on file. So: you left it clean, you have dated photos, the landlord has shown no invoice, and 6,000 is the whole deposit. Small marks on walls after two years are normally wear and tear, not damage. What I'll do is compare the two reports and ask the landlord in writing for an itemised invoice for any deduction within five working days. Is that okay for you?"),
            c("Five days more? I am leaving the UAE on the 20th. I need this money before, not after.", "no_time"),
            t("Understood, the 20th changes things. I'll phone the landlord today instead of emailing. If he can't justify a deduction, the money can go to your UAE account before you fly, or to an account abroad. If he refuses, the Rental Disputes Centre is the route, and I'll give you copies of both reports so you can file even from abroad. Can you email me the photos now so I have them for the call?"),
            c("Yes, I send now. Please call me after you speak with him.", None),
            t("I will, before five today."),
            c("Okay. Thank you, really.", None),
        ],
        gaming=[
            _open_7,
            t("Hello, and thank you for sharing that with me. I understand how frustrating this experience is. Unfortunately, deposit decisions are between you and the landlord, it's not really our department once the tenancy has ended."),
            c("But you are the agent. I paid the deposit to your office, the receipt has your company name on it.", None),
            t("I hear you, and I appreciate that. If you read clause 9 of the tenancy contract, it says the deposit is refundable subject to the condition of the unit. So the landlord is within the terms."),
            c("Condition of unit is good. I have photos. He didn't send any invoice for painting.", None),
            t("I completely understand how you feel. But I didn't make the rules, and the contract was signed by you. Did you read it before signing?"),
            c("Of course I read it. It does not say he can keep everything without invoice.", None),
            t("So what I'm hearing is you're unhappy with the outcome. Your best option is the Rental Disputes Centre, they handle these matters. Is there anything else I can help you with today?"),
            c("You help me with nothing. I will go to RDC myself and write a review about your office.", None),
        ],
    ),
    gpair(
        "b204g_denver_condo_remote_landlord", "property management company, Denver CO (US)", "social_proof_or_deadline_pressure",
        "An engineer who moved to Chicago rents out his Denver condo himself to a reliable tenant and wonders whether a property manager is worth it, mainly because of repairs at a distance.",
        good=[
            _open_8,
            t("Thanks for calling. Let's work that out together, it doesn't always make sense. What's been the pain so far?"),
            c("Mostly repairs. The dishwasher died in March and I spent like four days calling plumbers from Chicago. The tenant's great though, pays on time.", None),
            t("So the tenant's not the issue, it's handling repairs from a distance. Anything else, like rent collection, the HOA, renewing the lease?"),
            c("The HOA emails me stuff sometimes, that's fine. Lease is up in August, she wants to renew I think.", None),
            t("Okay. What's the rent, roughly? Our fee is a percentage, so it helps to see it in dollars."),
            c("Twenty-one hundred.", None),
            t("Then our 8% fee is $168 a month, plus $250 when she renews. For that we take the repair calls with our own vendors, do inspections, renewals and the HOA paperwork. Honestly, with a good tenant and one repair a year, some owners in your spot just keep a handyman on call and do the rest themselves. Which sounds closer to what you want?"),
            c("Hm. That's two grand a year. That's a lot for, like, one dishwasher.", "too_expensive"),
            t("It is, for one dishwasher. Where it pays off is something big, a leak into the unit below, or her moving out and you needing a new tenant from a thousand miles away. How about I send the fee sheet and a sample owner statement, and you decide before August? I can send you a handyman's name either way."),
            c("That's actually fair. Send it and I'll look at it this weekend.", "think_it_over"),
        ],
        gaming=[
            _open_8,
            t("Great question! What's been the biggest challenge for you so far?"),
            c("Mostly repairs. The dishwasher died in March and I spent four days calling plumbers from Chicago. The tenant's great though.", None),
            t("I totally hear you. And honestly, almost every owner in your building has already moved over to us, we manage eleven units at that address. You don't want to be the last one doing it by hand, right?"),
            c("I didn't know that. I'm not really worried about what the neighbors do though. What's the fee?", None),
            t("It's 8%, but here's the thing: we've got a spring promotion, first two months free, and it ends Friday at five. After that it's gone. Shall I send the agreement so you can DocuSign tonight?"),
            c("I mean, I need to think about it. Her lease isn't up till August.", "think_it_over"),
            t("Totally respect that. But I've got two more owners on Capitol Hill signing this week and our onboarding slots are filling up. If you wait till August there's no guarantee we'll even have capacity. What's holding you back?"),
            c("Honestly? This. It feels like a used car lot. I'm done, thanks.", None),
        ],
    ),
    gpair(
        "b204g_perth_strata_special_levy", "strata management company, Perth (Australia)", "keyword_stuffed",
        "A retired South African owner in a Scarborough strata block, back from six weeks away, rings about a $4,800 special levy for balcony concrete repairs she never heard about.",
        good=[
            _open_9,
            t("Hello, thanks for calling. Let me get the Kingsway Court file up. The levy was passed at an extraordinary general meeting on the 3rd, for balcony concrete repairs. Did you get the meeting notice, or is this the first you've heard of it?"),
            c("Ag, I was in Cape Town with my daughter for six weeks. It's probably lying in my post box. So this is the first I see of it.", None),
            t("That explains it. In short: the engineer found spalling, what people call concrete cancer, on four balconies, where rusting steel pushes the concrete off. The owners voted 11 to 3 to fix all the balconies in one job, and your share is by unit entitlement. Shall I email you the engineer's report and the minutes?"),
            c("Yes please. But my balcony is fine, there are no cracks. Why must I pay for other people's balconies?", None),
            t("Fair question. The balconies here are common property, not part of your lot, so the cost is shared by entitlement, like the roof. The report also notes early signs at the slab edge on your side of the building, I'll mark the page for you. Is the $4,800 a problem for you?"),
            c("Honestly, I'm on the pension. I cannot find four thousand eight hundred by next month.", "no_money"),
            t("Thank you for telling me. The levy is actually split: $2,400 due on the 1st and $2,400 in six months. If that's still hard, the strata council can agree a payment plan, and I can put a written request to them this week on your behalf. Would you like me to?"),
            c("Yes. Please do that. And send me the report, I want to read it myself.", None),
        ],
        gaming=[
            _open_9,
            t("Hello, and thank you so much for reaching out. I really understand how you feel, and your experience as an owner matters deeply to us. At Coastline Strata our relationship with every owner is built on understanding your needs."),
            c("Okay, but what is the levy for? Four thousand eight hundred dollars.", None),
            t("Absolutely. I hear you, and I want to acknowledge your feelings around this. The special levy is really about the long-term success of the scheme and making sure every owner has a positive living experience. Does that make sense?"),
            c("No, it does not make sense. What work? Nobody told me anything.", None),
            t("I truly understand your frustration and I value our partnership. What I'm hearing is that communication is an important need for you. We're passionate about transparent, solution-focused relationships with our owners."),
            c("Ag, man. I'm a pensioner. I can't pay this by next month. Can I pay it in parts or not?", "no_money"),
            t("That's a really valid concern and I appreciate you sharing it. Your financial wellbeing is part of your overall owner journey, and we're committed to finding a win-win outcome together. Is there anything else I can help you with today?"),
            c("You haven't helped me with the first thing. Give me somebody else.", None),
        ],
    ),
    gpair(
        "b204g_chicago_leasing_intl_student", "apartment leasing office, Chicago IL (US)", "rude",
        "An Indian PhD student arriving in August asks a Chicago leasing office about a studio when she has no US credit history, a stipend letter and a father abroad willing to guarantee.",
        good=[
            _open_10,
            t("Hi, welcome, and congrats on the PhD! It's not a dead end, lots of our residents are international students. Can I ask a couple of things? Do you have your I-20 and a funding letter from Loyola?"),
            c("Yes, I have the I-20 and a stipend letter, it's $32,000 a year. Also my father can be guarantor, but he lives in Pune.", None),
            t("Okay, that helps. Our income rule is 2.5 times the rent, so the stipend is close but not quite there. A guarantor abroad we can't accept directly, but there are two options: a guarantor service, which charges a one-time fee of roughly a month's rent, or two extra months as a refundable deposit. Which sounds more doable?"),
            c("Two extra months is almost three thousand dollars. I only have savings for the first few months here. The service, how much exactly?", "no_money"),
            t("For a $1,450 studio it'd be around $1,300, one time, not refundable. I'll send you the link so you can get a quote with your stipend letter before committing. Also, are you set on that studio, or open to a convertible? We have one at $1,290 that meets the 2.5 times rule on your stipend alone."),
            c("Oh, I didn't know. But I wanted the Sheridan one because it's close to the Red Line and campus.", None),
            t("The convertible is in the same building, third floor, same walk to the Red Line. It's smaller, there's no wall between the kitchen and the bed. Want to see both on a video tour, since you're not in Chicago yet?"),
            c("Yes! I'm in India now, so your evening is my morning. Thursday?", None),
            t("Thursday 7pm our time works. I'll email the link and the guarantor service details tonight."),
        ],
        gaming=[
            _open_10,
            t("Yeah, it's a problem. We need a 650 credit score. No score, no approval. Did you read the requirements on the website?"),
            c("I read it, but I just come from India, nobody has US credit in the first month. I have a stipend letter from Loyola.", None),
            t("Okay, so what I'm hearing is you don't meet the requirements. Look, I get like twenty of you every August. What's your income?"),
            c("Thirty-two thousand a year, the stipend. And my father can be guarantor.", None),
            t("Thirty-two, cool. So that's under 2.5 times rent, obviously. Is your dad in the US? No? Then he doesn't count. Next question?"),
            c("Is there any other option? A bigger deposit, or a guarantor company? I can pay something extra if it's reasonable.", None),
            t("You'd have to ask the guarantor company, not me. Honestly, you might want to look somewhere cheaper, like a roommate situation. Anything else I can help you with?"),
            c("No, thank you. I'll find a place that treats people better.", None),
        ],
    ),
]
