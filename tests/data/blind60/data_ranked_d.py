"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better in a way a
sales coach would agree with, `worse` is competent but shallower. Written by hand for blind60."""
from common import c, rpair, t

PAIRS = []

# d01 -----------------------------------------------------------------------
o = c("Hi, we're two people running a coffee roastery, started eight months ago, and our bookkeeping is a spreadsheet my "
      "co-founder hates. Someone told us we should get an accountant. What do you do for businesses our size?", None)
PAIRS.append(rpair(
    "b60r_d01_roastery_bookkeeping",
    "Accountancy firm; a coffee-roastery co-founder asks what an accountant would do for them.",
    [o,
     t("Congratulations on the first eight months. Before I list services, what made you reach out now: the "
       "spreadsheet itself, a deadline, or something like VAT?"),
     c("Honestly, we're about to go over the VAT threshold, I think, and neither of us knows what that means. And the "
       "spreadsheet's a mess.", None),
     t("That's the big one. Once you cross it you have 30 days to register, and prices may need to change. Do you sell "
       "mostly to cafés, or to the public online?"),
     c("Mostly cafés, wholesale. Some online. Why does that matter?", None),
     t("Cafés are usually VAT-registered and reclaim it, so wholesale barely changes, but online customers would pay 20% "
       "more unless you absorb it. So first: check your turnover this month and register on time; then software so the "
       "spreadsheet goes. We'd do both for 120 a month plus 200 to set up. I can look at your last three months for free "
       "first and tell you exactly when you cross."),
     c("That's more than I was hoping, but the free look sounds good. I'll send the spreadsheet tonight.",
       "too_expensive")],
    [o,
     t("Thanks for getting in touch. For businesses your size we do monthly bookkeeping, VAT returns, year-end accounts "
       "and your tax returns, 120 a month. Do you use any accounting software?"),
     c("No, just the spreadsheet. We're about to go over the VAT threshold, I think.", None),
     t("No problem, we can handle VAT registration too. We'd move you onto cloud software and take over the "
       "bookkeeping. There's a 200 setup fee to clean up the spreadsheet."),
     c("Okay. 120 a month is more than I was hoping, though.", "too_expensive"),
     t("It's competitive for a full service. I'll send you our engagement letter and you can have a think."),
     c("Yeah, send it over, I'll talk to my co-founder.", "think_it_over")]))

# d02 -----------------------------------------------------------------------
o = c("Afternoon. My leylandii hedge has gone brown in patches, big patches, and I want to know what to spray on it. Or "
      "do I need to rip it out?", None)
PAIRS.append(rpair(
    "b60r_d02_gardencentre_brown_hedge",
    "Garden centre; a retired man asks what to spray on a hedge that has gone brown in patches.",
    [o,
     t("Let's work out the cause before spraying anything, because brown leylandii has a few causes and a spray fixes "
       "only one. Is the brown deep inside near the trunk, or on the outside where you've cut?"),
     c("Outside, in patches. Where I cut it back hard in the spring, I wanted it narrower.", None),
     t("That's likely the answer, then. Leylandii won't regrow from old brown wood; if it was cut back past the green, "
       "those patches stay bare. Did you go further back than the green growth?"),
     c("Well, yes, quite a bit. Is it dead, then? I've had that hedge thirty years.", None),
     t("The bare bits won't come back, but the hedge isn't dead where there's green around them, so a spray wouldn't "
       "help and I'd rather you didn't spend on one. You can let the green sides grow over the gaps, which takes a "
       "couple of years, or plant something like yew in front. Want to see some yew, or have a think first?"),
     c("I'll have a think. Thirty years... bit of a blow. But thanks for not selling me some potion.", "think_it_over")],
    [o,
     t("Brown patches on leylandii are often a fungal problem or aphids. We've a systemic fungicide here at 14.99, and a "
       "conifer feed at 9.99 that helps it recover. Have you noticed any tiny insects?"),
     c("Can't say I have. I did cut it back quite hard in spring, if that matters.", None),
     t("Cutting hard can stress it too. The feed will help it green up, and the fungicide protects the cuts in case "
       "it's fungal. Use both every two weeks for a couple of months."),
     c("Twenty-five quid. Bit steep if it doesn't work. Will it fix it?", "too_expensive"),
     t("It gives it the best chance. If it doesn't improve, come back and we can talk about replacing sections."),
     c("Alright, I'll take them.", None)]))

# d03 -----------------------------------------------------------------------
o = c("I need reading glasses now, apparently. The optometrist said varifocals. I spend all day at two monitors. What "
      "are my options?", None)
PAIRS.append(rpair(
    "b60r_d03_optician_office_lenses",
    "Optician's dispensing desk; an accountant who works at two monitors is told he needs varifocals.",
    [o,
     t("Two monitors all day is important. Are they side by side at arm's length, and do you need these glasses for "
       "distance too, driving for example?"),
     c("Side by side, arm's length. I drive, but my distance vision's fine, I don't need glasses for that.", None),
     t("Then standard varifocals may frustrate you: the screen zone is a narrow band, and with two wide monitors you'd be "
       "turning your head a lot. People in your situation often do better with office lenses: a wide zone for screen and "
       "desk, nothing for the distance you don't need. 210, against 340 for good varifocals. Want to try both demo "
       "lenses at screen distance?"),
     c("Cheaper and better suited? I'm suspicious, but yes, let me try.", None),
     t("Fair to be suspicious. The monitor here is at your distance. Try the office demo first, then the varifocal, and "
       "tell me what you notice at the edges of the screen."),
     c("Office ones. Definitely. The other one's blurry at the sides.", None)],
    [o,
     t("Varifocals are a great solution, distance, middle and reading in one lens. Our mid-range ones are 340 with "
       "anti-glare, and there's a blue-light filter for screen work at 40 extra."),
     c("Do I need the distance bit? My distance vision's fine.", None),
     t("It's just clear at the top, so it doesn't hurt to have it. Some people take a couple of weeks to adapt, "
       "especially on screens, but most get used to them."),
     c("Three hundred and eighty with the filter. That's a lot for something I have to get used to.", "too_expensive"),
     t("We do a 30-day adaptation guarantee, so if you can't get on with them we'll remake them. Shall we measure you "
       "up?"),
     c("Go on, then. If there's a guarantee.", None)]))

# d04 -----------------------------------------------------------------------
o = c("hey, were a four person architecture studio, our lease ends in march. looking at your coworking space, do you "
      "have private offices", None)
PAIRS.append(rpair(
    "b60r_d04_coworking_architects",
    "Coworking space, web chat; a small architecture studio needs a new base when its lease ends.",
    [o,
     t("hey! yes we do. before I send options, what does a normal week look like: are all four in every day, and do you "
       "meet clients in person?"),
     c("3 of us most days, one is part time. clients maybe twice a week, and we pin up big drawings and sometimes a "
       "model. also we need a plotter", None),
     t("that changes things. so you need space to pin drawings and show models to clients, not just desks, plus a "
       "large-format plotter. our 4-person offices are small and the meeting rooms have screens but no pin-up walls. the "
       "ground-floor studio room has a big wall and a table, 1,850 a month vs 1,400 for the office. you can bring your "
       "own plotter, power and space are fine. want to see both with a drawing or two to check it works?"),
     c("1850 is more than our current rent honestly. but the wall thing is a big deal. can we come thursday",
       "too_expensive"),
     t("thursday's good, 11am? bring a drawing and I'll show you both rooms, plus the meeting room you'd use for "
       "clients"),
     c("11 works. see you then", None)],
    [o,
     t("yes! our 4-person private offices are 1,400 a month, 24/7 access, meeting rooms bookable by the hour, coffee "
       "included. want me to send the brochure?"),
     c("ok cool. we meet clients a couple times a week, is that ok", None),
     t("totally, you get 10 hours of meeting room credit a month, more at 25/hr. the rooms have big screens for "
       "presentations"),
     c("sounds ok. we also have a plotter, is there space for that", None),
     t("we have a shared printer on each floor, A3 colour. want to come for a tour this week?"),
     c("maybe. ill talk to the others and get back to you", "think_it_over")]))

# d05 -----------------------------------------------------------------------
o = c("Hello, I've been asked to organise catering for our office end-of-year lunch. Sixty people. I've never done this "
      "before and my manager just said 'sort it'. I'm not sure what you need from me.", None)
PAIRS.append(rpair(
    "b60r_d05_catering_office_lunch",
    "Event caterer; a junior office assistant organising catering for sixty for the first time.",
    [o,
     t("That's fine, we'll work it out together. Is it a sit-down lunch or people mingling, and is there a kitchen, or "
       "just a meeting room?"),
     c("Mingling, I think. In the big meeting room. There's a little kitchen with a fridge and a microwave.", None),
     t("Then a standing buffet, finger food and a couple of bowls, works better than hot plates. Do you know about "
       "dietary needs? With sixty people there are usually vegetarians, a vegan or two, gluten-free, maybe allergies."),
     c("Oh. I didn't think about that. I could ask on the team chat? And my manager said the budget is about 20 a head. "
       "Is that enough?", None),
     t("Twenty a head is enough for a good buffet with desserts. Asking on the chat is exactly right; ask about "
       "allergies specifically, not just preferences, and I'll label every dish. I'll send two menus, at 18 and 22 a "
       "head, for your manager, and a short form you can paste into the chat. When's the date?"),
     c("The 15th. Thank you, that makes it a lot less scary.", None)],
    [o,
     t("No problem. For sixty our most popular option is the deluxe buffet at 22 a head: sandwiches, wraps, salads, "
       "cakes and fruit. What date is it?"),
     c("The 15th. Is there vegetarian stuff? Some people are vegetarian, I think.", None),
     t("Yes, about a third of the buffet is vegetarian. If anyone has allergies, just let us know by the week before."),
     c("Okay. My manager said about 20 a head, so 22 is a bit over.", "too_expensive"),
     t("There's the standard buffet at 18, with fewer desserts. I'll email both menus and you can choose."),
     c("Okay, I'll check with my manager.", "think_it_over")]))

# d06 -----------------------------------------------------------------------
o = c("Hi. We've got twins on the way and my Fiesta won't cut it. Looking for something bigger, used, under ten grand if "
      "possible.", None)
PAIRS.append(rpair(
    "b60r_d06_usedcars_twins",
    "Used-car dealership; an expectant father of twins looks for a bigger car under ten thousand.",
    [o,
     t("Congratulations! What will it mostly do: short town runs, or long drives? And will two car seats plus a double "
       "buggy need to go in?"),
     c("Mostly town, nursery and work, but the in-laws are three hours away, we go monthly. And yeah, double buggy. The "
       "side-by-side one we bought is massive.", None),
     t("The buggy's what catches people out; side-by-side doubles often don't fit a normal boot. Could you bring it in? "
       "I'd rather you test it in the boot than buy on specs. And for mostly town with a monthly motorway run, a petrol "
       "or hybrid estate would suit better than a diesel SUV, which doesn't like short trips."),
     c("I can bring it Saturday. Estates, hm. I had my heart set on an SUV, if I'm honest.", None),
     t("Fair, and some SUVs work. I'll have two estates and a petrol SUV under ten ready on Saturday, and we'll try the "
       "buggy and both seats in each. Then you pick."),
     c("Deal. I'll bring my wife too, she's the one lifting the buggy.", None)],
    [o,
     t("Congratulations! We've got a great 2017 diesel SUV at 9,495, seven seats, big boot, loads of room for twins. "
       "Want to take it for a drive?"),
     c("Seven seats, nice. Is diesel alright? We mostly do town, but monthly trips to the in-laws.", None),
     t("It's fine, diesel's great on the motorway and really economical. The boot's 520 litres with the third row down, "
       "plenty for a buggy."),
     c("Our buggy's a massive side-by-side one. Will it fit?", None),
     t("Should do, most do. Come for a test drive and you can see the space."),
     c("Okay. Not sure about the price, it's right at our limit. We'll have a look Saturday.", "no_money")]))

# d07 -----------------------------------------------------------------------
o = c("Hi, we want a quote for a new kitchen. Ours is from the nineties. Just the cabinets and worktops, we'll keep the "
      "layout. We've got three other quotes coming, so.", None)
PAIRS.append(rpair(
    "b60r_d07_kitchen_refit_quote",
    "Kitchen fitter; a homeowner wants a like-for-like quote and has three other quotes coming.",
    [o,
     t("Keeping the layout saves a lot. Before I measure: what's not working in the current kitchen, apart from its "
       "age? Storage, worktop space, something breaking?"),
     c("Drawers falling apart, and there's never enough worktop when we both cook. And the boiler's in a cupboard in the "
       "corner, it's ugly.", None),
     t("Even keeping the layout we could gain worktop, for example by moving the boiler. That's a gas engineer job, "
       "around 800 to 1,200 extra, and it frees the corner. Or we box it in with a tall unit for much less. Which matters "
       "more: the space or the budget?"),
     c("Budget, honestly. We've got twelve thousand and I don't want to go over. Box it in, then.", None),
     t("Then I'll quote cabinets, worktops and boxing the boiler, and show where a breakfast-bar end could give you more "
       "worktop. I'll break it down line by line so you can compare properly; people often compare totals that include "
       "different things."),
     c("Line by line would be great. The others just gave a number.", None)],
    [o,
     t("Great. I'll come and measure, then send a quote for cabinets, worktops, fitting and taking out the old kitchen. "
       "Any particular style in mind?"),
     c("Something modern, handleless maybe. There's a boiler in the corner cupboard, it's ugly.", None),
     t("We can box that in with a tall unit. Handleless is popular. Budget-wise, a kitchen like that usually runs twelve "
       "to fifteen thousand."),
     c("Fifteen's over what we want to spend. We're at twelve.", "no_money"),
     t("I'll keep it near twelve, then. I can come Thursday to measure."),
     c("Thursday's fine. We'll compare it with the other quotes.", "think_it_over")]))

# d08 -----------------------------------------------------------------------
o = c("hi just got a french bulldog puppy, 12 weeks. need insurance. whats the cheapest you have", None)
PAIRS.append(rpair(
    "b60r_d08_petinsurance_frenchie",
    "Pet insurer, web chat; a new French bulldog owner asks for the cheapest policy.",
    [o,
     t("congrats on the puppy! I can show you the cheapest, but with frenchies I want to check one thing first so it "
       "doesn't let you down later. did the breeder mention breathing or spine problems in the parents?"),
     c("breeder said parents were fine. hes a bit snorty but all frenchies are right", None),
     t("snorty is very common, and that's the point: breathing surgery for them often costs 3-4k. the cheapest plan, 19 "
       "a month, has a 2,000 limit per condition, so it would pay about half. the lifetime plan, 38, resets every year. "
       "the middle one, 27, has a 5k limit. I'd rather you know that now than find out at the vet"),
     c("38 is loads, i already spent a fortune on him. 27 maybe. let me look at the small print tonight",
       "think_it_over"),
     t("sure. I'll send all three side by side with the breed exclusions highlighted. accidents are covered from day "
       "one, so don't leave it too long"),
     c("ok send it", None)],
    [o,
     t("congrats! our cheapest is accident and illness basic at 19 a month, vet fees up to 2,000 per condition. want a "
       "quote?"),
     c("yes. is that enough for a frenchie", None),
     t("it covers most things. frenchies can have breathing issues so some people choose the lifetime plan at 38, it's "
       "up to you"),
     c("38 is too much honestly, i already spent a fortune on him", "no_money"),
     t("no problem, basic is a good start and you can upgrade later. shall i set it up"),
     c("yeah go on", None)]))

# d09 -----------------------------------------------------------------------
o = c("Your ad said job software for trades. I've got six plumbers and my office is a whiteboard and a diary. My wife "
      "does the admin and she's had enough. Does it do invoices?", None)
PAIRS.append(rpair(
    "b60r_d09_plumbing_job_software",
    "Job-management software for trades; a plumbing firm owner asks whether it does invoices.",
    [o,
     t("It does. Before I show it, what's the worst part of your wife's week right now: the invoices, the scheduling, or "
       "chasing the lads for what they did?"),
     c("Chasing. The lads finish a job, forget to say what parts they used, and she's ringing round on Friday to do the "
       "invoices. Half the time we don't bill the parts.", None),
     t("So the money's leaking at the parts, not the invoice. In our app the plumber ticks the parts on his phone before "
       "he can close the job, and the invoice builds itself from that. The catch is the lads have to use it. Are they "
       "phone people, or will some resist?"),
     c("Two of them are in their sixties. They'll moan. One's still got a flip phone.", None),
     t("Then I'd start a free month with the four younger ones, your wife keeps doing the other two by hand, and you see "
       "whether billed parts go up. It's 29 per user a month after. Shall I set up a call so your wife can see the office "
       "side?"),
     c("Twenty-nine times six... she'll want to see it first anyway. Thursday evening, after seven.", "think_it_over")],
    [o,
     t("It does: invoices, quotes, scheduling, a mobile app for your plumbers, card payments, and it links to accounting "
       "software. 29 per user a month. Want a demo?"),
     c("Can the lads put in what parts they used? That's where we lose out.", None),
     t("Yes, there's a parts section on each job; they add items and it goes on the invoice."),
     c("Some of them won't bother, they're old school.", None),
     t("Most teams get used to it within a few weeks. We can do a demo with you and your wife next week."),
     c("Alright. It's a fair bit for six of them, mind. She'll want to see it.", "too_expensive")]))

# d10 -----------------------------------------------------------------------
o = c("Milk yields have dropped about two litres a cow since we changed to your new dairy nut. I'm wondering if I should "
      "go back to the old supplier.", "bad_experience")
PAIRS.append(rpair(
    "b60r_d10_dairyfeed_yield_drop",
    "Animal-feed rep on a dairy farm; the farmer blames the new feed for a drop in milk yield.",
    [o,
     t("That's worth taking seriously. When exactly did you change, and did anything else change around then, like a "
       "new silage clamp, grazing, or a group of cows calving?"),
     c("Changed three weeks ago. We opened a new silage clamp about then too, now you mention it.", None),
     t("So two changes at once, and either could do it. A new clamp can be lower in energy or wetter than the last. Have "
       "you had the new silage analysed?"),
     c("Not yet. Been meaning to.", None),
     t("Then before switching anything, let's test it; I can take a sample today and have results Friday, no charge. If "
       "the silage is fine, I'll look at the nut and we'll adjust it or take it back. I don't want you staying with us if "
       "it's our feed."),
     c("Fair. Take it today. But if it's your nut, I'm going back to the old lot.", "bad_experience")],
    [o,
     t("Sorry to hear that. The new nut has the same energy as the old one, but some herds take a few weeks to adjust. "
       "I'd give it another fortnight."),
     c("Another fortnight of two litres down is a lot of money.", None),
     t("Understood. I could raise the rate a bit, an extra half kilo a cow, to push yields back up. It's about 20p a cow "
       "a day."),
     c("More feed's more money. We've opened a new clamp as well, might that be it?", "too_expensive"),
     t("Could be. Worth getting it analysed some time. Let's try the extra half kilo for a week and see."),
     c("I'll give it a week. After that I'm going back to the old supplier.", "bad_experience")]))
