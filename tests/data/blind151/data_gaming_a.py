"""Gaming pairs a (b151)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Hi, sorry, are you busy? I'm just wondering, um, how these do in the cold. We drive to Kamloops a fair bit in winter.", N)
PAIRS.append(gpair("b151g_northvan_ev_winter", "EV dealership, North Vancouver BC (walk-in)", "monologue",
  "A mother asks whether an EV can handle monthly winter trips over the Coquihalla.",
  [o, t("Not busy at all. Kamloops in winter, over the Coquihalla? Tell me about those trips: how often, and who's in the car?"),
   c("Maybe once a month, to see my mom. Me, my husband, the two kids and, uh, way too much stuff.", N),
   t("So monthly, a full car, a mountain pass in the cold. Where would you charge, or are you starting from zero?"),
   c("Zero. We've got a carport though. Honestly my brother-in-law's one died on him on the Coq and he won't shut up about it.", "bad_experience"),
   t("Fair worry. In real cold expect 25 to 30 percent less range; there are fast chargers at Hope and Merritt. Would it help to borrow one and do the actual trip before deciding?"),
   c("Oh, that would actually help. Could we do the weekend of the 14th?", N)],
  [o, t("Great question, love that you're thinking about your experience! This is the Aurora LR: 520 km, heat pump, heated everything, and over-the-air updates."),
   c("Okay, but on the Coquihalla-", N),
   t("Totally. Plus the winter package, premium tires, and 3.9 percent financing this month, which is honestly unheard of."),
   c("Sorry, I just... my brother-in-law got stuck with one on the Coq.", "bad_experience"),
   t("Right, but that was probably an older model. This one preconditions the battery, and chargers are everywhere now. Let me grab the keys and the finance sheet, sound good?"),
   c("No, that's okay. I'll just, um, have a look around on my own, thanks.", "brush_off")]))

o = c("Hi there, I got my renewal and the premium's up almost four hundred dollars. I haven't made a claim in years. Can you tell me why?", N)
PAIRS.append(gpair("b151g_calgary_homeins_renewal", "Home insurance, Calgary AB (phone)", "monologue",
  "A homeowner asks why the renewal premium rose by about 400 dollars with no claims.",
  [o, t("I can look into that with you. Has anything changed at the house this year: renovations, a new roof, anyone working from home?"),
   c("Same house in Bowness. Nothing's changed. Well, we finished the basement, but that was two years ago.", N),
   t("Thanks. About 280 of it is a province-wide hail rate change, nothing you did. And the basement isn't on the policy, so it may not be fully covered."),
   c("Huh. So the price goes up and I'm not even covered properly. Great.", N),
   t("I get the frustration. Two options: add the basement, about 60 a year, or raise your deductible from 500 to 1,000, which takes about 190 off. Which matters more to you, the bill or the out-of-pocket?"),
   c("I'd have to ask my wife. Can you email both?", "think_it_over"),
   t("Sure. Both options with numbers tonight, and I'll call Thursday at six once you've both had a look. Does that work?")],
  [o, t("Absolutely, and thanks for your loyalty, we value the relationship. Rates are up everywhere: hail, wildfires, inflation. And we've added identity theft coverage and a new claims app."),
   c("Right, but four hundred-", N),
   t("That's why I say look at the value, not the price. 24/7 claims, a dedicated adjuster, and bundle your auto to save up to fifteen percent."),
   c("My car's with my credit union. I'm fine there.", "no_need"),
   t("Sure, but let me just walk you through the bundle, because a lot of customers are surprised. So the way it works is-"),
   c("Honestly, at this price I'll be getting quotes elsewhere. Bye.", "too_expensive")]))

o = c("hi our trial of the scheduling app ends friday. front desk likes it but the reminder texts didnt always go out", N)
PAIRS.append(gpair("b151g_portland_saas_trial", "Scheduling SaaS for clinics, Portland OR (chat)", "closing_as_open_question",
  "A dental office manager reports failed reminder texts near the end of a free trial.",
  [o, t("Thanks for flagging it. Which reminders failed, and roughly when?"),
   c("the 24 hour ones mostly. last tuesday like 6 patients didnt get them and 2 no showed", N),
   t("That's a real cost. I checked: those six have landlines, which can't get texts. Voice reminders fix that (Settings > Reminders). Want me to turn it on now?"),
   c("oh. yes please. and can you extend the trial so we can see if it works", N),
   t("Done: voice reminders on, trial extended 14 days. I'll check the no-shows with you on the 20th; we only talk pricing if it works."),
   c("perfect thanks", N)],
  [o, t("Thanks for reaching out! What would it take for you to go ahead with the annual plan today?"),
   c("well the reminders need to actually work first", N),
   t("Totally hear you. So once I get that sorted, how would you like to pay, card or invoice?"),
   c("i havent decided to buy it. dr nguyen has to sign off anyway", "think_it_over"),
   t("Makes sense! What would Dr. Nguyen need to see to say yes by Friday? And which start date works better, the 1st or the 15th?"),
   c("can someone just look at the text problem please", N)]))

o = c("Hey. Looking at tents. We're doing a couple nights at Garibaldi in August, me and my daughter, she's nine.", N)
PAIRS.append(gpair("b151g_squamish_gear_tent", "Outdoor gear shop, Squamish BC (in store)", "closing_as_open_question",
  "A father wants a tent for a two-night backpacking trip with his nine-year-old.",
  [o, t("Nice, Garibaldi Lake? Have you got any gear already? And you're hiking in with everything on your backs?"),
   c("Yeah, the lake. It's about nine k in. I've got an old four-person tent but it weighs a ton.", N),
   t("Nine k with a nine-year-old, weight matters. A two-person: 1.6 kilos at 429, or 2.3 kilos at 249. For two summer nights you could also rent ours for 60."),
   c("Hm, 429 is a lot for maybe twice a year.", "too_expensive"),
   t("Fair. Rent for August; if you both love it, the rental fee comes off a tent bought before October. Book the rental for your dates?"),
   c("Yeah, let's do that. The 9th to the 11th.", N)],
  [o, t("Awesome, love that! So what would it take for you to walk out with the Summit 2 today?"),
   c("I don't know yet, I was just going to look.", "brush_off"),
   t("Of course. And when you picture your daughter at the lake, which colour do you see, orange or green?"),
   c("Um. I haven't even asked what it weighs.", N),
   t("Great point, super light. So should I ring it up with the footprint, or just the tent on its own?"),
   c("Neither for now. 429 for two nights, no.", "too_expensive")]))

o = c("Hi, my son just got his G2 and I need to add him to the policy. He'll drive the Corolla, mostly school and his job.", N)
PAIRS.append(gpair("b151g_mississauga_autoins_teen", "Auto insurance, Mississauga ON (phone)", "pitch_as_paraphrase",
  "A parent calls to add a 17-year-old new driver to the family policy.",
  [o, t("Congratulations to him. So I get it right: how old is he, and will he be the main driver of the Corolla or occasional?"),
   c("Seventeen. Occasional, really. I drive it to work, he takes it weekends and two evenings at Tim's.", N),
   t("So you're the main driver, he's occasional: weekends and two evening shifts. Has he done a driver's-ed course? That can take a good chunk off."),
   c("He did the Young Drivers one in the spring. Ballpark, what am I looking at?", N),
   t("As occasional with the course, about 95 a month more. Email me the certificate and the discount applies from day one."),
   c("Okay, I'll send it tonight.", N)],
  [o, t("Congrats! So what I'm hearing is you need our Family Protect package with accident forgiveness at 180 a month extra, is that right?"),
   c("No? I just need him added to the policy.", "no_need"),
   t("Totally, so if I understand correctly, you want peace of mind, which is exactly Family Protect plus the new-driver roadside bundle. Did I get that right?"),
   c("I didn't say any of that. We can't swing 180 a month, we just can't.", "no_money"),
   t("I hear you. So what you're really saying is you want the best value, which is Family Protect on the annual plan. Shall I set that up?"),
   c("Just add him as an occasional driver, please. Basic.", "no_need")]))

o = c("Hi, sorry to bother you. I got the quote for Biscuit's dental cleaning and it's nine hundred dollars? Is that right? He's a beagle, he's eight.", N)
PAIRS.append(gpair("b151g_victoria_vet_dental", "Veterinary clinic, Victoria BC (phone)", "pitch_as_paraphrase",
  "A dog owner is surprised by a 900-dollar dental cleaning estimate.",
  [o, t("No bother at all. Let me pull up Biscuit's file. Is this from Dr. Tam's exam last week?"),
   c("Yes. She said something about a tooth maybe needing to come out.", N),
   t("Right. The 900 covers anesthesia, bloodwork because he's eight, and x-rays. If the tooth comes out, that's up to about 250 more. Did she say how urgent it is?"),
   c("In the next couple of months. Honestly we just paid for car repairs, so I'm a bit stuck.", "no_money"),
   t("That's okay, it needn't be this week. We can book six weeks out, and there's a three-month payment plan. Want the itemized quote by email?"),
   c("Yes, please. And maybe book it for early March.", N)],
  [o, t("Of course! So what I'm hearing is you want the best for Biscuit, which is really our Gold Wellness plan at 79 a month, dental included, right?"),
   c("Um, no, I was asking about the nine hundred.", N),
   t("Totally, so you're saying cost matters, and the Gold plan spreads it out with two exams and vaccines. Is that a fair summary?"),
   c("Sorry, I don't think we need a monthly plan. He's usually healthy.", "no_need"),
   t("Makes sense, so what you need is flexibility, which is the Silver plan at 49. Did I understand you correctly?"),
   c("No. I'll call back when I've looked at the quote.", "brush_off")]))

o = c("Hi, I'm renting out my condo on Capitol Hill for the first time. I only need someone to find a tenant, I'll manage it myself after.", N)
PAIRS.append(gpair("b151g_seattle_propmgmt_placement", "Property management company, Seattle WA (phone)", "upsell_as_loop_closing",
  "A first-time landlord wants tenant placement only, not full management.",
  [o, t("Okay, placement only. What's the timeline, and is there anything you're worried about in finding someone?"),
   c("It's empty June 1. Mostly I'm scared of a tenant who stops paying. That happened to my sister.", N),
   t("That's what screening is for. Placement is one month's rent and covers credit, income and landlord checks. I'll send our criteria so you can check they match yours."),
   c("That sounds right. Send it over.", N),
   t("Today. Once you've read it, we list by May 1 and I send you each applicant's file before you decide."),
   c("Great, thanks.", N)],
  [o, t("Wonderful, welcome! So, to close the loop, what else can I add for you today, our full management at 8 percent a month?"),
   c("No, just placement. I'll manage it myself.", "no_need"),
   t("Perfect. And just so we've covered everything, anything else you need, like our rent guarantee at 35 a month?"),
   c("I don't think so.", "no_need"),
   t("Great. Last thing before I let you go: what else would make this a success for you? Most owners add the annual inspection package."),
   c("Can we just do the placement? I've got a meeting in five minutes.", "no_time")]))

o = c("Hello, I would like to book one room for two nights, 12 and 13 March. We come from Germany, my wife and me.", N)
PAIRS.append(gpair("b151g_banff_hotel_booking", "Hotel, Banff AB (phone)", "upsell_as_loop_closing",
  "A German couple books a simple room for two nights.",
  [o, t("Welcome. For those nights I have a queen, or a king with a mountain view. Any preference, or a budget in mind?"),
   c("The budget, yes, maybe 250 dollars the night. The view is nice but not necessary.", N),
   t("Then the queen at 229 a night fits. Breakfast isn't included, but there's a good cafe next door. Will you have a car? Parking is 25 a night."),
   c("No car, we take the bus from Calgary.", N),
   t("The bus stops two blocks from us. Shall I book the queen for the 12th and 13th and email the confirmation?"),
   c("Yes, please. Thank you.", N)],
  [o, t("Wonderful, we love to make the experience special! The deluxe king is 389. What else can I add for you, breakfast for two at 48?"),
   c("389 is too much for us, sorry.", "too_expensive"),
   t("Understood! To make sure we've covered all your needs, anything else? Our spa package is very popular with couples."),
   c("No, thank you. Only a room.", "no_need"),
   t("Perfect, and to close the loop, shall I add parking and late checkout, just in case?"),
   c("We have no car. I think I book on the website.", "brush_off")]))

o = c("Hi, I just bought a used Leaf and I'm trying to figure out if I even need a home charger, or if the regular outlet's fine.", N)
PAIRS.append(gpair("b151g_pasadena_evcharger_install", "EV charger installer, Pasadena CA (phone)", "leading_tag_questions",
  "A new used-EV owner asks whether a home charger is needed at all.",
  [o, t("Good to ask before spending anything. How far do you drive on a typical day, and where do you park overnight?"),
   c("About 25 miles round trip. Garage, and there's an outlet right there.", N),
   t("A regular outlet adds about 40 miles overnight, so for 25 a day it may be enough. Try it for two weeks. If you wake up short, a Level 2 install runs 1,200 to 1,800 depending on your panel."),
   c("Oh, okay. I honestly thought you'd push the charger.", N),
   t("If you end up needing one, I'll look at your panel for free. Want me to email how to check what it charged overnight?"),
   c("Yes, that'd be great.", N)],
  [o, t("Great question! You'll want the fastest charger so you're never stuck, won't you?"),
   c("I mean, I only drive about 25 miles a day.", N),
   t("Sure, but you'd hate to wake up with an empty battery, wouldn't you? And you'd want it done by a licensed team, right?"),
   c("I guess. Is it expensive?", N),
   t("It's 2,400 installed, but peace of mind is worth it, isn't it? And you'd want it this month while the crew is nearby, right?"),
   c("That's a lot for a used Leaf. I'll try the outlet first.", "too_expensive")]))

o = c("Hi, we're a four-lawyer office on Queen West. Our IT guy is retiring and we need someone for backups and the odd printer meltdown.", N)
PAIRS.append(gpair("b151g_toronto_msp_lawoffice", "Managed IT services, Toronto ON (phone)", "leading_tag_questions",
  "A law office manager looks for a new IT provider.",
  [o, t("Thanks for thinking of us. What does he do for you today, and what do you wish he'd done differently?"),
   c("Backups to a drive in the closet, passwords, printers. I'd like backups offsite, honestly. A partner lost a laptop last year.", N),
   t("So offsite backups plus day-to-day fixes for four people. Our basic plan covers that at 65 per person a month. Is there a rule on where client data has to sit?"),
   c("It has to stay in Canada. And I'd need to run this by the partners before signing anything.", "think_it_over"),
   t("Of course. Our backups sit in Montreal and Toronto. I'll send a one-page summary for the partners, and can join a short call with them if useful."),
   c("Send the summary. I'll get back to you after our Tuesday meeting.", N)],
  [o, t("Great to hear from you! You'll want our Premium 24/7 tier for a law firm, won't you?"),
   c("Do we? We're four people, we don't work nights.", "no_need"),
   t("Sure, but client data is everything, isn't it? You wouldn't want to be the firm that gets hacked, would you?"),
   c("No, obviously. What's the cost?", N),
   t("It's 190 per user, but your clients expect the best, don't they? And you'd want to lock it in before the new year, right?"),
   c("That's triple what we pay now. No.", "too_expensive")]))
