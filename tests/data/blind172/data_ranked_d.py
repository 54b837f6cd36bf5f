from common import c, rpair, t

P = []
o = c("So the test says I need them. My daughter's paying half, she insisted. What should I get?", None)
P.append(rpair("b172r_d01_boyntonbeach_hearing_choice",
    "Hearing aid center, Boynton Beach FL: a woman of 80 after her hearing test.",
    [o, t("Before any model: where do you most want to hear better, and how are your hands with small batteries?"),
     c("Bridge club, four women talking at once. And arthritis, I can't do tiny batteries.", None),
     t("So a noisy card table and no tiny batteries. A rechargeable pair with a noise program fits; drop them in the charger at night. About 3,200."),
     c("Three thousand. Linda says Costco has them cheaper.", "too_expensive"),
     t("Costco is a fair option. Here, follow-up visits are included. Try these 30 days at bridge club; if they don't earn it, return them."),
     c("A trial at bridge, I like that. I'll tell Linda.", None)],
    [o, t("Your loss is mild to moderate, so a mid-range behind-the-ear model suits you. About 3,200 a pair."),
     c("Three thousand. Linda says Costco has them cheaper.", "too_expensive"),
     t("They can be. Ours include follow-ups and cleanings for three years."),
     c("Do they take those tiny batteries? My arthritis.", None),
     t("Size 312, and we'll show you a tool that helps. There's a 30-day trial too."),
     c("Alright. Just give me a pamphlet and I'll call you.", "brush_off")]))

o = c("I'm 72, finally retiring from the hardware store in June, losing the company insurance. My wife says get a zero-premium plan.", None)
P.append(rpair("b172r_d02_sunlakes_medicare_travel",
    "Medicare Advantage by phone, Sun Lakes AZ: a man retiring late who spends summers out of state.",
    [o, t("Congratulations. Before picking: who are your doctors, what do you take, and do you spend time out of state?"),
     c("Dr. Kim at Banner. Metformin and a statin. And two months every summer at our son's in Colorado.", None),
     t("Those two months matter: many zero-premium plans are HMOs covering only emergencies out of state. A PPO would cover your summers, and Dr. Kim is in ours."),
     c("What's the PPO cost? Zero sounded awful nice.", "too_expensive"),
     t("48 a month. The zero plan could mean full price for a routine visit in Colorado. I'll send both with your drugs priced, for you and your wife."),
     c("Send them. She reads the fine print in our house.", "think_it_over")],
    [o, t("Congratulations! The zero-premium HMO is popular. Who's your doctor, and what medicines?"),
     c("Dr. Kim at Banner. Metformin and a statin.", None),
     t("Dr. Kim's in network and both drugs are tier 1, about 5 a month. Zero premium, dental included. Sounds like a fit."),
     c("Dental, good, my wife will like that. What if I get sick out of state?", None),
     t("Emergencies are covered anywhere in the U.S. I'll mail the enrollment kit today."),
     c("Okay. We'll look it over.", "think_it_over")]))

o = c("Son: Hi, we've got the two o'clock tour. This is my mom, Grace. We're thinking assisted living.", None)
P.append(rpair("b172r_d03_charlotte_assisted_tour",
    "Assisted living tour, Charlotte NC: a son brings his mother, 87.",
    [o, t("Welcome, both of you. Mrs. Hale, what matters to you in a place? What would you like to see?"),
     c("Grace: Nobody asks me that. A sunny window, and I still cook my own breakfast.", None),
     t("Sun and your own breakfast. Our apartments have kitchenettes and east windows. Has anything at home gotten hard?"),
     c("Grace: The bath. And pills, I get muddled. Son: She missed her blood thinner twice.", None),
     t("So help with bathing and medicines, and breakfast stays yours. That's level one, 5,800 a month. Grace, stay for lunch and meet residents before anyone decides?"),
     c("Grace: Lunch, yes. Deciding, not today.", "think_it_over")],
    [o, t("Welcome! Mr. Hale, what level of care do you think she needs?"),
     c("Son: Help with pills and bathing. She missed her blood thinner twice.", None),
     t("That's level one, 5,800 a month, and apartments have kitchenettes. Let me show you the model."),
     c("Grace: A kitchenette? I could still make my eggs?", None),
     t("You sure could, and the med team handles the pills. Mr. Hale, I'll email you the contract."),
     c("Grace: I'd like to see two other places. With me doing the asking.", "think_it_over")]))

o = c("I want a quote for hurricane shutters. The cheapest that passes code. I'm 82 and on a budget.", None)
P.append(rpair("b172r_d04_naples_shutters_budget",
    "Shutter company visit, Naples FL: a woman of 82 alone, on a budget.",
    [o, t("Cheapest that passes code, understood. One question first: when a storm comes, who puts them up?"),
     c("Me, I suppose. My neighbor helped last time, but he's moving back to Ohio.", None),
     t("Steel panels are cheapest, about 3,000, but heavy and need a ladder. Accordions are about 7,500 and just slide shut. Could you handle panels alone?"),
     c("Heavens, no. But seven and a half is a stretch for me.", "no_money"),
     t("Then a mix: accordions on windows you can reach, light clear panels on the two high ones, about 5,200."),
     c("That I could manage. Write it up. I'll sleep on it.", "think_it_over")],
    [o, t("Steel panels are the cheapest that pass code. For your house, about 3,000 installed, tracks on every window."),
     c("Three thousand. That's what I hoped. Are they hard to put up?", None),
     t("A bit of work, but lots of folks manage. We label each panel so you know where it goes."),
     c("My neighbor helped last time. He's moving.", None),
     t("A handyman could put them up before a storm. Shall I write it up?"),
     c("Just leave me a brochure, dear. I'll call if I want it.", "brush_off")]))

o = c("I'm 88, my husband's gone and I can't travel. I want out of this timeshare. The fees are killing me.", None)
P.append(rpair("b172r_d05_kissimmee_timeshare_exit",
    "Timeshare owner services by phone, Kissimmee FL: a widow of 88 wants out.",
    [o, t("I'm sorry. Let's see what's possible. What are the fees now, and is the loan paid off?"),
     c("Paid off years ago. Fees are 1,340. A man called offering to sell it for a 2,000 fee upfront.", None),
     t("Please don't pay him; upfront resale fees are nearly always a scam. Since it's paid off, you qualify to surrender it to us, 250 for the deed, no resale needed."),
     c("Two-fifty and I'm done? My son will want to see it. He handles my checks.", "think_it_over"),
     t("Of course. I'll mail you the form and email him a copy. Nothing is final until you both sign."),
     c("Here's his email. And thank you for warning me about that man.", None)],
    [o, t("I understand. We have a resale program: we list it on our owner marketplace, many sell in six to twelve months."),
     c("Six to twelve months? And I pay fees meanwhile?", None),
     t("Until it sells, yes. Listing is free, and renting your week could cover the fees."),
     c("Renters, at my age? A man called offering to sell it for 2,000 upfront.", None),
     t("I'd be careful with outside companies. I'll send our listing form."),
     c("Alright. My son will read it.", "think_it_over")]))

o = c("We want to take my wife on one more cruise. She's in a wheelchair since her stroke. Port Canaveral, close to home.", None)
P.append(rpair("b172r_d06_portcanaveral_cruise_wheelchair",
    "Travel agent, Port Canaveral FL: a man of 80 plans a cruise with his wife, a wheelchair user.",
    [o, t("Let's make it work for her. Manual chair or power, and can she transfer on her own?"),
     c("Manual. She can stand a moment to transfer. I push. I'm 80 but strong.", None),
     t("Then a roll-in shower cabin near the elevators. Some ports use tender boats that can't take chairs; this 5-night trip docks at every stop. Does she want to go ashore?"),
     c("She'd love Nassau. But I read those accessible rooms sell out.", None),
     t("They do. I can hold one free for 48 hours while you two talk."),
     c("Hold it. We'll decide by tomorrow.", "think_it_over")],
    [o, t("Happy to help. Most ships out of Port Canaveral have accessible cabins. How many nights?"),
     c("Five or so. Manual chair, I push.", None),
     t("The 5-night to Nassau and the private island has an accessible cabin left, 2,480 for two."),
     c("Can she get off at both stops?", None),
     t("Most guests do fine; the crew helps on the gangways. Shall I hold it?"),
     c("Hold it. We'll decide by tomorrow.", "think_it_over")]))

o = c("I've got nine bottles in this bag and I can't keep them straight. Two look alike. The doctor changed things after the hospital.", None)
P.append(rpair("b172r_d07_suncitywest_pharmacy_bottles",
    "Pharmacy counter, Sun City West AZ: a man of 83 confused by his medicines after a hospital stay.",
    [o, t("Let's sort them together. Do you have the discharge paper from the hospital?"),
     c("In there somewhere. My eyes aren't good for small print.", None),
     t("Found it. Two bottles are the same medicine, different brands; you take only one. I'll set one aside and call Dr. Patel to confirm."),
     c("Good Lord. I've been taking both for a week.", None),
     t("Then we call her now. After, we can put everything in dated packs, morning and night, free with your plan. Would that help?"),
     c("Packs, yes. My daughter's been after me to do that.", None)],
    [o, t("Of course. I'll print a list of what each pill is for and when to take it."),
     c("Print it big, my eyes aren't good.", None),
     t("Large print. Morning, these four; night, these three. These two are similar, so ask your doctor."),
     c("Similar? Should I be taking both?", None),
     t("Your doctor knows your plan best. We also do pill packs, about 15 a month."),
     c("Fifteen more a month? I'll stick with the list.", "too_expensive")]))

o = c("I'd like a golf cart. Gave up my car keys last year, my eyes. I just want to get around.", None)
P.append(rpair("b172r_d08_suncitycenter_cart_streetlegal",
    "Golf cart dealer, Sun City Center FL: a man who gave up driving a car wants a cart.",
    [o, t("Good for you, staying mobile. Where would you go, and do you cross any main roads?"),
     c("Publix and church. Publix is across 674, there's a light.", None),
     t("Crossing 674 means street-legal: lights, signals, mirrors, belts, a tag. And with your eyes, do you go out at dusk?"),
     c("Daytime only. Does street-legal cost more?", None),
     t("About 1,200 more with the tag. Better than getting stopped. Test drive to Publix and back?"),
     c("That's more than I planned. Let me see the whole total first.", "too_expensive")],
    [o, t("Sure. Our four-seat electric is most popular, 8,900 with new batteries."),
     c("Four seats is plenty. Can I take it to the Publix?", None),
     t("Yes, lots of residents do. Test drive?"),
     c("Yes. Nothing fancy, I only go out in daylight.", None),
     t("Then this one's perfect. We can deliver Friday."),
     c("Let me ask my son to look first.", "think_it_over")]))

o = c("My CD is coming due. I'm 84. The fellow on the phone said renew it. My daughter Pam came with me.", None)
P.append(rpair("b172r_d09_scottsdale_bank_cd",
    "Bank branch, Scottsdale AZ: a woman of 84 and her daughter about a maturing CD.",
    [o, t("Glad you're both here. Before renewing, what's this money for: bills, emergencies, or to leave to family?"),
     c("Pam: Mom may move to assisted living next year. This would help pay.", None),
     t("Then you may need it within a year. Five years pays more, but breaking it costs six months' interest. Twelve months keeps it reachable. Mrs. Ortiz, how does that sound?"),
     c("Twelve months. I don't like being locked up, my money or me. Ha!", None),
     t("Twelve months at 4.1%, and we'll talk again next spring, Pam too."),
     c("Pam: First time anyone asked what it was for. Thank you.", None)],
    [o, t("Sure. The five-year CD has our best rate, 4.5%. Twelve months is 4.1%."),
     c("The higher one, I suppose. Pam?", None),
     t("You should both know: taking money out early costs six months of interest."),
     c("Pam: Mom might move to assisted living next year. Hmm.", "think_it_over"),
     t("Then twelve months might suit better. Your call."),
     c("Pam: Twelve months, then. I'll read the penalty part at home.", None)]))

o = c("My dad's 89, alone in Columbia, I'm in Raleigh. He won't admit he needs help. I want someone there a few hours a day.", None)
P.append(rpair("b172r_d10_columbia_homecare_dad",
    "Home care agency by phone, Columbia SC: a daughter calls about her father, 89.",
    [o, t("Hard from Raleigh. What is he struggling with, and what does he say when you bring up help?"),
     c("Meals, and he's stopped driving to the store. He says 'no strangers in my house.'", None),
     t("So meals and groceries, and no strangers. Many dads accept a 'driver' or 'cook' they've met first. Would he meet an aide over coffee?"),
     c("Maybe, if I'm there. I'm down next weekend.", None),
     t("Saturday coffee then, no contract. Visits are 3 hours minimum, about 90 each. He decides if she comes back."),
     c("Ninety a visit, three times a week, that adds up. But let's try the coffee.", "too_expensive")],
    [o, t("We can help. Minimum 3 hours a visit, 30 an hour. How many days?"),
     c("Three, maybe. Meals mostly, groceries. He won't like it.", None),
     t("Most clients warm up in a week or two. I can book an in-home assessment Monday."),
     c("I'm not there Monday, I work. Next weekend?", "no_time"),
     t("Saturday at ten. Our nurse will go over his needs and a care plan."),
     c("Okay. I hope he lets her in.", None)]))

PAIRS = P
