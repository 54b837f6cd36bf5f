"""Ranked pairs d01-d10 (b151): two decent conversations, better is better."""
from common import c, rpair, t

N = None
PAIRS = []

o = c("Hi, I want whatever has the longest range. I don't want to be stuck anywhere.", N)
PAIRS.append(rpair("b151r_d01_portland_ev_range", "EV dealership, Portland OR: a buyer asks for the longest-range model.",
  [o, t("Makes sense. Where do you drive in a typical week, and what's the longest trip you do a few times a year?"),
   c("Commute's 20 miles each way. Couple times a year we drive to Bend, about 170 miles.", N),
   t("And could you charge at home?"),
   c("Yeah, garage. I'd put in a charger.", N),
   t("Then honestly the standard range, 260 miles, covers Bend with room to spare; in winter you'd stop once to top up. Long range is 7,000 more. If you want zero stops ever, it's worth it; otherwise I'd keep the money."),
   c("Huh. I figured you'd push the big one. Can I test drive the standard?", N)],
  [o, t("Good call, range anxiety is real. The Long Range gets 340 miles, best in its class. Want to take it for a spin?"),
   c("Sure. How much more is it than the regular one?", N),
   t("About 7,000 more, but you'll never worry about charging. With our financing it's around 110 a month extra."),
   c("That's a fair bit. Let me think about it after the drive.", "think_it_over"),
   t("Of course. I'll grab the keys.")]))

o = c("Hi, I'm buying my first condo in Burnaby and the strata says I need insurance. I have no idea what I need, sorry.", N)
PAIRS.append(rpair("b151r_d02_burnaby_condo_insurance", "Insurance broker, Burnaby BC: a first-time condo buyer asks what coverage to get.",
  [o, t("No need to apologise, most first-time owners don't know. Do you have the strata's insurance summary? The key number is the strata deductible."),
   c("I have a PDF somewhere. I think the water deductible is... 250,000?", N),
   t("That's common now. If a leak starts in your unit, the strata can charge you up to that, so your deductible coverage should match it. Any improvements, like new floors?"),
   c("No, all original. And I don't own much, honestly. Money's pretty tight after the down payment.", "no_money"),
   t("Then keep contents low, say 30,000, and put the money into the deductible coverage, which is your real risk. About 38 a month. Want the quote so you can check it against the PDF?"),
   c("Yes, please. That makes sense.", N)],
  [o, t("Happy to help. Our standard condo package covers contents, liability and improvements. Most people take the 50,000 contents option, 44 a month."),
   c("Okay. Does that cover the strata thing?", N),
   t("It includes 50,000 of strata deductible coverage. You can add more if your building's deductible is higher."),
   c("I'm not sure what ours is. Money's tight, so I don't want extras I don't need.", "no_money"),
   t("Understandable. I'll send the standard quote; check your strata documents and call us back."),
   c("Okay, thanks.", N)]))

o = c("Export to CSV greyed out on Reports page. Need it for month-end. Today.", N)
PAIRS.append(rpair("b151r_d03_toronto_saas_export", "Accounting SaaS support, Toronto ON (ticket): an export button is disabled at month-end.",
  [o, t("Understood, month-end today. Greyed out on every report or only some? And did it work last month?"),
   c("All reports. Worked last month.", N),
   t("Thanks. Your role changed from Admin to Analyst on the 3rd, when new users were added, and Analysts can't export. Do you know who your admin is?"),
   c("Probably Dev. Off till Monday.", N),
   t("Then I'll run the exports from our side now if you tell me which reports, and on Monday Dev can restore your role so it doesn't happen again."),
   c("Revenue by region and AR aging. Thanks, that saves me.", N)],
  [o, t("Sorry about that. Please try clearing your cache, logging out and back in, and using Chrome."),
   c("Done all that. Still greyed.", N),
   t("Then it's likely permissions. Please ask your company admin to check your role under Settings > Users."),
   c("Admin's off till Monday. I need it today.", N),
   t("I understand. I'll escalate to tier 2 and they'll get back to you as soon as possible.")]))

o = c("Hi, our lab Juno, she's twelve, she's been limping on a back leg for about a week. Should we bring her in?", N)
PAIRS.append(rpair("b151r_d04_kelowna_vet_limp", "Veterinary clinic, Kelowna BC (phone): an old dog has limped for a week.",
  [o, t("Yes, a week is worth a look. Is she putting weight on it? And is it worse after rest or after a walk?"),
   c("She puts weight on it. Worse in the morning, then she kind of warms up.", N),
   t("That pattern often fits arthritis, very common at twelve. Dr. Reyes will examine her and decide with you whether x-rays are needed. The exam is 95; x-rays about 350 more, only if needed."),
   c("Okay. We're on a fixed income, so step by step is good.", N),
   t("Step by step, and she'll tell you the cost of each step first. Wednesday at 10 or Thursday at 2?"),
   c("Thursday at 2.", N)],
  [o, t("Yes, we should see her. For a limp at her age we usually do the exam and x-rays together so nothing's missed. About 450 in total."),
   c("Oh. That's more than I thought. We're on a fixed income.", "no_money"),
   t("I understand. The x-rays really do help us see what's going on. I can book Thursday at 2."),
   c("Okay... I guess Thursday.", N),
   t("Great, see you Thursday. Please bring any medications she's on.")]))

o = c("Hey, I need heavy-duty boots. I'm doing 200 miles of the PCT through Oregon in July.", N)
PAIRS.append(rpair("b151r_d05_ashland_gear_pct", "Outdoor gear shop, Ashland OR: a hiker asks for heavy boots for a long July trail section.",
  [o, t("Nice section! What do you hike in now, and how heavy will your pack be?"),
   c("Trail runners for day hikes. Pack'll be about 25 pounds with food.", N),
   t("With 25 pounds in an Oregon July, most long-distance hikers pick trail runners over heavy boots: lighter, dry faster, fewer blisters. If your runners feel good after 15 miles, I'd get a fresh pair half a size up, since feet swell."),
   c("Huh. I thought boots were, like, mandatory. My ankles are fine.", N),
   t("Not mandatory. Try this pair, 160, and walk the ramp with a loaded pack. If they don't work after a 20-mile training day, bring them back."),
   c("Deal. Let me try the nine and a half.", N)],
  [o, t("Sure. The Summit GTX is our best seller for long trails: waterproof, great ankle support, 289."),
   c("289, huh. Are they worth it over the cheaper ones?", N),
   t("They'll last the whole trip and then some. Want to try a size 10?"),
   c("Sure, let's try.", N),
   t("Here you go. Walk the ramp and tell me how they feel."),
   c("Feels solid. Bit heavy, but okay. I'll take them.", N)]))

o = c("Hello, I'm inheriting my parents' house in Oak Bay and thinking of renting it out. What do you charge?", N)
PAIRS.append(rpair("b151r_d06_oakbay_propmgmt_inherit", "Property management, Victoria BC (phone): an heir in Calgary asks about fees.",
  [o, t("I'm sorry about your parents. Our fee is 9 percent of rent plus half a month for placement. Can I ask what you're hoping for: income, keeping it in the family, selling later?"),
   c("Keeping it, probably, for my kids. But I live in Calgary, I can't deal with toilets at 2 a.m.", N),
   t("That's where full management helps. One honest thing: a house that age likely needs work before it rents well, and that costs money. A free walkthrough first would give you a fix list and an expected rent."),
   c("Hmm. My brother thinks we should just sell. I'll need to talk to him.", "think_it_over"),
   t("Of course. The report might help that conversation either way. Would next Tuesday suit, if someone can let me in?"),
   c("My neighbour has a key. Tuesday's fine.", N)],
  [o, t("Our fee is 9 percent of monthly rent plus half a month's rent for placement. That covers rent collection, repairs, inspections and a 24/7 emergency line."),
   c("Okay. I live in Calgary, so I'd need all of that.", N),
   t("We handle many out-of-province owners. I'll send our management agreement and you can sign electronically."),
   c("My brother and I haven't decided whether to sell. Give me some time.", "think_it_over"),
   t("No problem. I'll send the agreement and follow up next week.")]))

o = c("Morning. I run a cow-calf operation near Pincher Creek. Looking at a bigger line of credit for spring, feed got expensive.", N)
PAIRS.append(rpair("b151r_d07_pinchercreek_cu_credit", "Credit union, southern Alberta (in branch): a rancher wants a bigger operating line.",
  [o, t("Morning. Feed's been brutal this year. How much are you short, and when do you usually sell calves?"),
   c("Maybe 80,000 short till fall. Calves go in October.", N),
   t("So February to October, then paid down. An operating line fits; you pay interest only on what you use. We'd need two years' statements and your herd count. Any other loans?"),
   c("Tractor loan with the dealer, 40 left. Last time I went through a bank it took two months and I nearly lost a hay deal.", "bad_experience"),
   t("Fair worry. Bring the statements this week and I'll have a decision in ten business days. I'll put that in writing."),
   c("Alright. I'll bring them Thursday.", N)],
  [o, t("Morning. We can certainly look at increasing your line. How much were you thinking?"),
   c("Maybe 80,000 more.", N),
   t("Okay. I'll need two years of statements, your herd count and a list of current loans. Then it goes to credit."),
   c("How long's that take? Last time, with the bank, it was two months.", "bad_experience"),
   t("Usually two to four weeks. Drop off the documents and we'll get started."),
   c("Alright.", N)]))

o = c("Hi. My renewal went up 40 percent. One speeding ticket, 11 over, in eight years with you. I'd like to understand this, please.", N)
PAIRS.append(rpair("b151r_d08_spokane_autoins_renewal", "Auto insurance, Spokane WA (phone): a long-time customer, politely furious about a 40% jump.",
  [o, t("I can see why that's upsetting after eight years. The ticket is part of it; about half is a state-wide rate increase. May I ask how much you drive now? Your policy says 15,000 miles a year."),
   c("I work from home now. Maybe 5,000.", N),
   t("That changes things. Updating your mileage takes off about 180 a year. And an online defensive driving course gives another discount for three years. Interested?"),
   c("Fine. I'm still not thrilled. I'm getting a quote from another company too.", "think_it_over"),
   t("That's reasonable. I'll email the new price with the mileage change today, plus the course link, so you compare real numbers."),
   c("Okay. Thank you.", N)],
  [o, t("I understand. Tickets do raise premiums for three years, and rates went up across the state this year."),
   c("Eleven over. Once. It seems like a lot.", "too_expensive"),
   t("I can add our loyalty discount, 5 percent off. That brings it to about 1,650."),
   c("Still a lot. I'll shop around.", "too_expensive"),
   t("Understood. If you change your mind, the discount is there for you.")]))

o = c("Hi, we roast coffee in Portland and ship maybe 300 bags a week to subscribers. Shipping costs are killing us. What can you do?", N)
PAIRS.append(rpair("b151r_d09_portland_logistics_coffee", "Shipping consolidator, Portland OR (phone): a small roaster wants lower parcel costs.",
  [o, t("Let's see where the money goes. What's your typical package weight, and where do most subscribers live?"),
   c("Mostly 12-ounce bags, one or two a box. About half on the West Coast, the rest all over.", N),
   t("Under a pound is where ground rates are cheapest, and zone-skipping can help the East Coast half. Can you send last month's shipping invoice? Then I show you the real saving, not a guess."),
   c("Sure. We switched carriers last year and the 'savings' vanished after three months, so I'm skeptical.", "bad_experience"),
   t("Fair. I'll show the saving line by line on your own invoice, and we start month-to-month, no contract."),
   c("Okay, I'll send it today.", N)],
  [o, t("We can definitely help. Our rates are usually 15 to 25 percent below retail. How many packages a week?"),
   c("About 300, mostly small bags.", N),
   t("Great. That volume qualifies for our Tier 2 rates. I'll send a rate card and a sign-up link."),
   c("We switched carriers last year and it didn't save anything in the end.", "bad_experience"),
   t("Our rates are locked for a year, so that won't happen. I'll send everything over today."),
   c("Sure, just email it. I'll have a look when things calm down.", "brush_off")]))

o = c("Hi! I'm getting married in Tofino next September and want to book rooms for guests. Maybe 30 people? Not sure where to start.", N)
PAIRS.append(rpair("b151r_d10_tofino_hotel_wedding", "Resort hotel, Tofino BC (email/phone): a bride asks about a room block.",
  [o, t("Congratulations! Let's start simple: which dates, and will guests pay for their own rooms?"),
   c("September 13, so the 12th to the 14th. Guests pay, but lots are students, so it can't be crazy.", N),
   t("Then a courtesy block may suit you: we hold 15 rooms at the group rate, guests book themselves, and unbooked rooms go back 60 days out, so you're not on the hook. The rate is 219 a night, which I know isn't cheap for students."),
   c("Yeah, that's still steep for some of them.", "too_expensive"),
   t("For them, our partner hostel is a five-minute walk, about 60 a bed. I can hold 10 rooms here and send you the hostel contact, so your wedding site shows both."),
   c("Oh, that's perfect. Let's do 10.", N)],
  [o, t("Congratulations! For 30 guests you'd want about 15 rooms. Our group rate is 219 a night, two-night minimum."),
   c("Okay. A lot of the guests are students, though.", "too_expensive"),
   t("Understood. The group rate is already 20 percent off. I'd need a 500 deposit to hold the block."),
   c("Let me check with my fiance first.", "think_it_over"),
   t("Of course. The hold is good for seven days.")]))
