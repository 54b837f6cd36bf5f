"""Ranked pairs d01-d10 of blind104: two decent conversations with the same customer; `better`
is better in a way an experienced sales coach would agree with, `worse` is competent but shallower."""
from common import c, rpair, t

PAIRS = []

# d01 Brisbane health fund, phone: better finds the braces coming next year before quoting
o = c("Hi, um, yeah - our premium's gone up again, we're paying, like, four-ninety a month for the family, and my husband wants me to, uh, ring around. Can you tell me what you'd charge for the same thing?", None)
PAIRS.append(rpair(
    "b104r_d01_brisbane_family_cover",
    "Phone call to a Brisbane health fund. A mother shopping around after a premium rise; her older child will probably need braces next year.",
    [o,
     t("Happy to. So I compare the right thing - who's on the policy, and what have you actually claimed in the last year or two?"),
     c("Me, my husband, two kids, eleven and thirteen. Um, dental check-ups, physio for his back, and - oh, the dentist says the older one'll probably need braces next year.", None),
     t("That last bit matters. Most funds have a twelve-month wait on orthodontics, and if you switch, your benefit usually carries over only up to your old fund's limit. Do you know your current orthodontic limit?"),
     c("No idea. Hang on - it says, um, lifetime ortho $2,000 per person.", None),
     t("Our comparable family cover has $1,500 and costs $452 a month - $38 cheaper, but $500 less toward braces. Our higher extras has $2,500 for $488. Honestly, with braces next year, staying put or taking our higher one are both fair."),
     c("Huh. So cheaper isn't really cheaper. I'll need to run that past Dave tonight.", "think_it_over"),
     t("Of course. I'll email both with the ortho limits side by side and how waiting periods carry over. No need to decide on the phone.")],
    [o,
     t("Happy to. What's your current cover - which hospital and extras level?"),
     c("Um, it's their Silver Plus hospital and Family Extras. Two adults, two kids.", None),
     t("Our equivalent is Silver Plus with Family Extras Mid at $452 a month - $38 a month cheaper, about $456 a year. Same hospital inclusions, and we recognise waiting periods you've already served."),
     c("Oh, that's not bad. What about the extras, is it the same dental and stuff?", None),
     t("Very similar - general and major dental, physio, optical. The limits differ a little but they're comparable. I can email you a quote now."),
     c("Yeah, okay. I'll show my husband first.", "think_it_over"),
     t("Great, sending it through. If you decide to switch, we handle the transfer from your old fund.")]))

# d02 Perth battery, face to face: better asks what the battery is for and sizes it honestly
o = c("Hi. I've got a 6.6 kilowatt system already and I want to add a battery. What's your price on the 13.5?", None)
PAIRS.append(rpair(
    "b104r_d02_perth_home_battery",
    "Face to face in a Perth solar showroom. A homeowner with panels asks the price of a large home battery.",
    [o,
     t("About $13,900 installed. Before you commit, what do you want it to do - cut the bill, keep the power on in blackouts? And if you've got your solar app, what do you export in the day and use at night?"),
     c("Bill mostly. And we had a blackout over Christmas, the fridge went. Uh - app says we export about 18 kWh a day and use maybe 12 at night.", None),
     t("Then a 13.5 saves roughly $900 to $1,100 a year - about twelve years to pay back, close to the warranty. A 10 kWh at $10,500 still covers most nights and pays back sooner. Either can back up the fridge circuit."),
     c("Twelve years is longer than I thought. I'd still like the backup, though. What's the 10 with backup?", None),
     t("$11,200 with a backup circuit for the fridge and lights. I'll write up both, with the rebate taken off, so you can compare at home."),
     c("Yeah, do that. I'll go through it this weekend.", "think_it_over")],
    [o,
     t("The 13.5 is $13,900 installed, and it's our most popular battery. When were you hoping to have it in?"),
     c("Not sure yet. Does it keep the power on in a blackout? We lost the fridge at Christmas.", None),
     t("Yes, with the backup gateway - that's $800 extra, and it'll run the whole house for a few hours. You'd save about a thousand a year on bills too."),
     c("Fourteen-seven all up. That's a lot of money for a box on the wall.", "too_expensive"),
     t("It's an investment, and power prices only go one way. We've got interest-free finance over three years if that helps. I can book the site check for next week."),
     c("Maybe. Let me have a think.", "think_it_over")]))

# d03 Adelaide physio, face to face: better finds the training jump and adapts the plan to her
o = c("Hi, I'm booked in with you. My Achilles has been sore for about three weeks. I've got the City-Bay in six weeks and I really don't want to miss it.", None)
PAIRS.append(rpair(
    "b104r_d03_adelaide_achilles",
    "Face to face at an Adelaide physiotherapy clinic. A recreational runner with a sore Achilles and a fun run in six weeks.",
    [o,
     t("Let's see what we can do. When is it sore - first steps in the morning, during runs, after?"),
     c("Mornings, first few steps, and the first k of a run. Then it kind of warms up. After, it's stiff.", None),
     t("That's typical of an irritated tendon, and they often tolerate running if we manage the load. What has your training looked like this last month?"),
     c("I went from twenty k a week to about forty. The plan I downloaded said so.", None),
     t("That jump's the likely cause. I'll check it now, but the plan would be: back to about twenty-five for two weeks, no hills, calf strength work daily, then build. You'd have a good shot at the race. I'd see you fortnightly rather than weekly."),
     c("Fortnightly's good, I'm paying for a wedding this year. But my group runs Tuesdays, I don't want to drop that.", None),
     t("Keep Tuesday - make it flat and easy - and skip the Saturday long run for two weeks. Now let's have a look at that tendon.")],
    [o,
     t("Sure. Let's have a look - lie face down for me. Yep, tender through the middle of the tendon. That's Achilles tendinopathy."),
     c("Is that bad? Can I still run the race?", None),
     t("Probably, if we treat it. I recommend our standard six-session plan, once a week - soft tissue, shockwave and exercises. Most people are much better after six."),
     c("Weekly's a lot. I'm paying for a wedding this year.", "no_money"),
     t("Understood - your fund should cover part of it. Meanwhile, cut back your running and do these calf raises twice a day."),
     c("Okay. How much should I cut back?", None),
     t("Halve it for now, and we'll see how you go next week.")]))

# d04 Auckland car hire, phone: better checks kids' seats and route before choosing the car
o = c("Kia ora, um, we're after a car for the school holidays - flying into Auckland on the 5th, back the 12th. Two adults, three kids. What have you got?", None)
PAIRS.append(rpair(
    "b104r_d04_auckland_family_hire",
    "Phone call to an Auckland car hire firm. A parent booking a week's car for a family of five in the July holidays.",
    [o,
     t("Kia ora. With five, the big things are space and car seats. How old are the kids, and how much luggage?"),
     c("Eight, five and two. So - yeah, two car seats and a booster, I guess. And three big suitcases.", None),
     t("Three child seats across one back row is a squeeze in most SUVs. A seven-seater like the Highlander fits them easily with bags in the boot - $112 a day. Where are you driving?"),
     c("Rotorua, then down to Tongariro, maybe the Desert Road. Is that fine with a normal car?", None),
     t("All sealed, yes, but in July the Desert Road can close for snow, so carry chains - we include them free for that route. Seats are $12 a day each, so about $1,036 all up."),
     c("Ooh. That's over what we budgeted - we were thinking eight hundred.", "no_money"),
     t("Fair. Bring your own booster and it's $952; a five-seater would be cheaper, but three seats won't fit safely. I'll hold the Highlander free for 48 hours while you decide.")],
    [o,
     t("Kia ora. For five I'd suggest the Outlander SUV at $89 a day, or the Highlander at $112. Which would suit?"),
     c("Um, the cheaper one, I guess. Will we fit?", None),
     t("It's five seats, so yes. Anything else - child seats, GPS?"),
     c("Yeah, three seats - two car seats and a booster.", None),
     t("Done, $12 a day each. That's $875 all up. Would you like our zero-excess cover for $29 a day?"),
     c("No, we'll be right with what we've got, thanks.", "no_need"),
     t("No problem. I'll email the confirmation now.")]))

# d05 Wellington council, face to face: better checks whether the deck is exempt before sending him to consent
o = c("Hi - I want to build a deck off the back of the house, and my neighbour reckons I need a building consent. I'd rather not spend money on that if I don't have to.", None)
PAIRS.append(rpair(
    "b104r_d05_wellington_deck_consent",
    "Face to face at a Wellington city council service desk. A homeowner asks whether a backyard deck needs building consent.",
    [o,
     t("It could go either way, so let's check. How high off the ground would the deck be at its highest point?"),
     c("The section slopes, so - maybe 1.2 metres at the far end? The rest is lower.", None),
     t("That's the key one. A deck where nobody can fall more than 1.5 metres is usually exempt. Close to a boundary, or with a roof, planning rules can still apply. How close to the fence?"),
     c("About three metres off. No roof.", None),
     t("Then it likely needs no consent. Photograph and measure the fall height, in case you sell. With the slope, and wind and earthquakes here, I'd still have a builder or engineer check the fixings."),
     c("An engineer's another few hundred bucks, though. My brother-in-law's done decks before.", "too_expensive"),
     t("That's allowed under the exemption, as long as it's built to the code. I'll print the guide with post and bearer sizes for a slope, so he can check his fixings against it.")],
    [o,
     t("To be safe, you'd apply for building consent. For a deck it's around $900 to $1,200 and takes about twenty working days."),
     c("Twelve hundred for a deck? My neighbour said there are exemptions.", "too_expensive"),
     t("There are exemptions for some low decks, but applying means you're covered. You'd need plans, a site plan and the structural details."),
     c("Hmm. How do I know if mine's exempt?", None),
     t("The exemption guidance is on our website - it depends on height and a few other things. If you're unsure, consent is the safe route."),
     c("Right. I'll read it and decide.", "think_it_over")]))

# d06 Christchurch power company, phone: better uses his actual usage and his son's EV
o = c("Hi there. I've been with you guys eight years and I keep seeing ads for cheaper power. I want to know if I'm on the best plan you've got.", None)
PAIRS.append(rpair(
    "b104r_d06_christchurch_power_plan",
    "Phone call to a Christchurch electricity retailer. A long-standing customer asks whether he is on the best plan.",
    [o,
     t("Good question, and thanks for sticking with us. You're on anytime low-user, about 7,400 kWh a year. Are you home during the day?"),
     c("I work from home three days. The heat pump's on most of the winter, and my son charges his EV here on weekends.", None),
     t("The EV changes things. Our EV plan has cheap power from 9pm to 7am. If he charges overnight and the dishwasher goes on a timer, I estimate about $310 a year less. If he keeps charging in the day, almost nothing."),
     c("He could charge overnight, I suppose. Is there a catch - a contract?", None),
     t("Twelve months, $150 break fee. If you're unsure he'll change habits, try it - you can move back within 60 days free."),
     c("Sixty days, okay. Let me talk to him first, it's his car.", "think_it_over")],
    [o,
     t("Let me check. You're on anytime low-user. The cheapest headline rate we have is Night Saver - 19 cents off-peak. That could save you money."),
     c("How much, roughly?", None),
     t("Depending on usage, up to $400 a year. Would you like me to switch you now?"),
     c("Hmm - I work from home, does that matter?", None),
     t("It means more of your use is at peak, so the saving would be less. Probably still a saving, though. Shall I switch you?"),
     c("I'll think about it. Send me the details.", "think_it_over")]))

# d07 Hobart plumber, phone: better diagnoses the sudden change before quoting a new system
o = c("Hi - yeah, look, our hot water's been running out really fast lately. Like, second shower's cold. I'm guessing we need a new system? What do those cost?", None)
PAIRS.append(rpair(
    "b104r_d07_hobart_hot_water",
    "Phone call to a Hobart plumbing business. A homeowner whose hot water runs out quickly assumes he needs a new system.",
    [o,
     t("Maybe, but let's not jump there yet. How old is it, and is it electric, gas or heat pump?"),
     c("Electric, 250 litres. It was here when we bought in 2011, so at least fourteen years.", None),
     t("That's getting on. Did it start suddenly, or has something changed - more people at home?"),
     c("Suddenly, maybe two weeks ago. Same four of us.", None),
     t("A sudden change often means a failed element or thermostat rather than the tank - a few hundred dollars, not thousands. Call-out's $130; we'd check the tank and anode while there. If the tank's done, a like-for-like is about $2,200, or a heat pump about $4,500."),
     c("Forty-five hundred's out of our league right now. But Thursday arvo for the check's fine.", "no_money")],
    [o,
     t("Yeah, if it's running out fast it's probably at the end of its life. How old is it?"),
     c("At least fourteen years. Electric, 250 litres.", None),
     t("That's about the lifespan, so I'd replace it. A new electric is $2,200 installed, or a heat pump about $4,500 with the rebate."),
     c("Oh. That's a lot to find straight away.", "no_money"),
     t("Understood. The electric is the budget option, and we could do it Thursday. Old ones can burst, so I wouldn't leave it too long."),
     c("Let me talk to my wife and call you back.", "think_it_over"),
     t("No problem. I'll email you both quotes.")]))

# d08 Brisbane dental, face to face: better asks about the fear and starts with a small first visit
o = c("Hi. Um. I need to book a - I haven't been to the dentist in about eight years, and one of my back teeth has been aching a bit. I'm not great with dentists.", None)
PAIRS.append(rpair(
    "b104r_d08_brisbane_nervous_patient",
    "Face to face at a Brisbane dental clinic reception. A nervous adult who hasn't seen a dentist in eight years books in for an aching tooth.",
    [o,
     t("Thanks for coming in - that takes guts. Is the ache constant, or only when you chew? And when you say you're not great with dentists, what's the hard part for you? It helps us plan."),
     c("Mostly when I chew on that side, it's not killing me. And - the injections, mainly. I had a bad one as a kid, the dentist didn't wait for it to work.", None),
     t("That shouldn't happen. Dr Nguyen uses numbing gel first and checks it's worked. I'd start with just a look and an x-ray of that tooth - $140, no treatment unless you agree. Raise your hand any time and she stops."),
     c("Just a look would be okay. What's it cost if I need a filling?", None),
     t("Usually $180 to $250, and she'll tell you before starting. Mornings are calmer here - would Thursday at 8:30 suit?"),
     c("Thursday morning, yeah.", None)],
    [o,
     t("No problem. Since it's been a while, I'll book a full new-patient exam, x-rays and clean - an hour, $290."),
     c("Oh. Okay. Does that include fixing the tooth?", None),
     t("No, the dentist checks it and books any fillings for another visit. Dr Nguyen is lovely with nervous patients."),
     c("Two-ninety's more than I thought for just a check.", "too_expensive"),
     t("It covers a lot - full x-rays and a scale and clean too. You can claim it if you have extras."),
     c("I don't have extras. Um - okay, just book it, I guess. Thursday morning?", None)]))

# d09 Adelaide electrician, face to face at a cafe: better checks the load before pricing points
o = c("Thanks for coming. So I want three more power points along the back bench - we're getting a second grinder and a panini press. How much per point?", None)
PAIRS.append(rpair(
    "b104r_d09_adelaide_cafe_power",
    "Face to face in an Adelaide cafe. The owner wants extra power points for new machines on the back bench.",
    [o,
     t("Roughly $180 a point, but before I quote - what's already on that wall, and what are the new machines rated at?"),
     c("Espresso machine's hard-wired there. Then the fridge and the toaster. The press is - hang on - 2.4 kilowatts, it says.", None),
     t("The espresso machine, a 2.4 kW press and a toaster on one circuit could trip it at the morning rush. Can I look at your board?"),
     c("Sure, it's out back. Does that mean more money?", None),
     t("Yep - one circuit runs that whole wall. I'd put the press on its own circuit: about $650 with the three points, versus $540 for the points alone. The extra $110 saves you a trip at 8am."),
     c("Fair enough, I'd rather not lose a Saturday rush. Can you do a Monday? We're shut.", None),
     t("Monday week. I'll put it in writing today.")],
    [o,
     t("$180 a point, so $540 for three, done in half a day. When do you want it?"),
     c("Could you do a Monday? We're shut Mondays.", None),
     t("Monday week works. Anything else while I'm there?"),
     c("No, that's it. The panini press is pretty grunty - is that okay on a normal point?", None),
     t("Most appliances are fine on a standard ten-amp point. If it trips, we can look at it then."),
     c("Okay. Let's do it.", None)]))

# d10 Auckland health insurer, phone: better finds that lost income is the real worry and is honest about the knee
o = c("Yeah, gidday. Look, I'm self-employed, building, and a mate of mine waited eleven months for a hip op in the public system and couldn't work. I'm thinking I need health insurance. What've you got?", None)
PAIRS.append(rpair(
    "b104r_d10_auckland_builder_cover",
    "Phone call to an Auckland health insurer. A self-employed builder in his forties, worried by a mate's long wait for surgery.",
    [o,
     t("That's a real worry when you're self-employed. Before I suggest anything - what would hurt most: the cost of surgery, or the time off work while you wait?"),
     c("Time off. If I'm off the tools, no money comes in. The surgery bill I could probably sort.", None),
     t("That's useful. Health insurance speeds up surgery but won't replace your income while you recover - that's income protection, a different product. Got anything for that now?"),
     c("No, nothing. Also - I did my knee playing league years ago. Would that be covered?", None),
     t("Honestly, probably not - existing conditions are usually excluded. For new problems, surgical-only is about $95 a month at your age. Income protection may matter more for you, and an adviser can help with that."),
     c("Ninety-five a month for something that won't cover the knee... Hmm. I'll need to think about which one first.", "think_it_over"),
     t("Makes sense. I'll email the surgical plan with the exclusion wording, plus a list of independent advisers for income protection.")],
    [o,
     t("Great that you're looking into it. Our Comprehensive plan covers surgery, specialists and tests, so you'd skip the wait. At 42 it's about $168 a month, or Surgical Only is $95."),
     c("Does it cover my knee? I did it playing league years back.", None),
     t("Pre-existing conditions can be excluded, but it depends on your history - underwriters decide when you apply."),
     c("Right. And what about if I'm off work?", None),
     t("Some plans have a small allowance for time in hospital. Comprehensive is the best option for full peace of mind."),
     c("A hundred and sixty-eight's steep for me. I'll look at the surgical one.", "too_expensive"),
     t("Sure, I'll send the Surgical Only details.")]))
