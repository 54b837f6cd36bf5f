from common import c, rpair, t

P = "b133r_"
PAIRS = []

o = c("Hi, we've got a 6.6 kW system and I want to add more panels. The bill's still around $400 a quarter.", None)
PAIRS.append(rpair(P + "d01_caloundra_solar_addpanels",
  "Solar installer, Caloundra QLD: owner of an existing system wants more panels.",
  [o, t("Happy to look at it. Before we talk panels, when in the day do you use most of your power?"),
  c("Evenings mostly. The pool pump runs at night and we charge the EV after work.", None),
  t("That's the key bit. More panels make more daytime power, which you'd mostly export for a few cents. Running the pool pump at midday and charging the car on a timer or at weekends could cut a chunk for free. Can I see a month of your usage data before we decide?"),
  c("Huh. I thought more panels was the answer. The bloke next door said so.", None),
  t("It might still be part of it; your roof and inverter limit matter too. But I'd rather show you numbers than sell panels you'd export. Send the data and I'll come back with two options by Friday."),
  c("Alright, I'll download it tonight.", None)],
  [o, t("Happy to look at it. What inverter have you got, and is there room on the roof?"),
  c("A 5 kW Fronius. There's space on the west side.", None),
  t("Good. We could put about 3 kW on the west roof with a second inverter, around $4,800 installed. West-facing gives you more in the late afternoon."),
  c("Hmm, that's a fair bit. Will it actually bring the bill down?", "too_expensive"),
  t("It'll cover more of your afternoon use, so it should help. I'll send a quote with the estimated generation."),
  c("Okay, send it through and I'll have a look.", "think_it_over")]))

o = c("hey im thinking of joining. do you have a beginner program or do i just turn up", None)
PAIRS.append(rpair(P + "d02_hamilton_gym_beginner",
  "Gym, Hamilton NZ, web chat: a possible new member asks about starting.",
  [o, t("Hey! You can just turn up, but most beginners do better with a plan. What are you after, and have you trained before?"),
  c("bit at school. want to get stronger, im a builder and my back gets sore by the end of the week", None),
  t("Makes sense, lots of tradies feel that. Start Strong is 4 weeks, 2 coached sessions a week, on lifting technique and core, $79 on top of membership. With your back, the coach would start with a movement check. What times suit after work?"),
  c("after 5 most days. 79 is a bit steep on top of the membership tho", "too_expensive"),
  t("Fair. Do the free 30-min movement check first, then decide if the program's worth it. Thursday 5:30?"),
  c("yeah ok thursday", None)],
  [o, t("Hey! You can turn up anytime. We've also got Start Strong: 4 weeks, 2 coached sessions a week, $79 on top of membership. Keen?"),
  c("maybe. want to get stronger, im a builder and my back gets sore", None),
  t("Start Strong would be great for that, people love it. Want me to book you in?"),
  c("79 is a bit steep on top of the membership tho", "too_expensive"),
  t("It's good value for four weeks of coaching. I can put you in Monday's intake."),
  c("ill think about it", "think_it_over")]))

o = c("Hi, I'd like some of that joint stuff for my labrador. He's been a bit stiff getting up.", None)
PAIRS.append(rpair(P + "d03_napier_vet_jointchews",
  "Vet clinic, Napier NZ: owner at the counter asks for a joint supplement.",
  [o, t("Sure, we've got a few. How old is he, and is he stiff all over or favouring one leg?"),
  c("He's nine. Mostly the back left, I reckon. Worse in the mornings.", None),
  t("Favouring one back leg can be arthritis, but it can also be a ligament, which chews won't fix. I can sell you the chews today, $48 a month, but I'd suggest a quick check first; if it's arthritis, pain relief works much better alongside them."),
  c("I was hoping to avoid a vet bill, to be honest. Money's tight since Christmas.", "no_money"),
  t("Understood. Our nurse does a $45 mobility check on Tuesdays and can tell you if he needs the vet. Chews today and a Tuesday slot?"),
  c("Yeah, okay, do both.", None)],
  [o, t("Sure. How old is he?"),
  c("Nine. Bit stiff getting up, worse in the mornings.", None),
  t("Very common at that age. These green-lipped mussel chews are the most popular, $48 a month. Most owners see a difference in four to six weeks."),
  c("Forty-eight a month... money's tight since Christmas.", "no_money"),
  t("There's a smaller tub at $30 that lasts three weeks. If he's not improving, book in with the vet."),
  c("Okay, I'll take the small one.", None)]))

o = c("Hi, we want the biggest motorhome you've got for two weeks over the school holidays. Five of us.", None)
PAIRS.append(rpair(P + "d04_auckland_campervan_family",
  "Camper-van hire, Auckland NZ: a father phones to book a large motorhome.",
  [o, t("Great. Where are you heading, and has anyone driven something that size before?"),
  c("Coromandel then down to Taupo. No, but I drive a ute for work, how hard can it be?", None),
  t("The 6-berth is 7.5 metres: fine on the motorway, tight on Coromandel's hill roads and campsites. A 4-berth plus a tent can work well. How old are the kids?"),
  c("Twelve, nine and six. Hmm, the twelve-year-old would love a tent. But the big one sounds more fun.", None),
  t("Fair. The 6-berth's $340 a night in the holidays, the 4-berth $260. Why not drive the 6-berth round the yard before you commit? Saturday, 15 minutes?"),
  c("Yeah, good idea. My wife'll want to see it too.", None)],
  [o, t("Great. Our 6-berth sleeps five comfortably, with shower and toilet. It's $340 a night in the school holidays. Where are you heading?"),
  c("Coromandel then Taupo. That's a bit more than I budgeted.", "too_expensive"),
  t("Holiday rates are up everywhere, I'm afraid. The 4-berth is $260 if you want to save, but it'd be tight for five."),
  c("I'll talk to the wife and come back.", "think_it_over"),
  t("No problem. The holidays are filling, so don't leave it too long."),
  c("Will do.", None)]))

o = c("Hi, my neighbour says you've got a better plan for people with solar. Can I switch to that?", None)
PAIRS.append(rpair(P + "d05_brisbane_energy_solarplan",
  "Energy retailer, Brisbane QLD: existing customer asks for the solar plan.",
  [o, t("Maybe. It depends how much you export. Have you got a recent bill there?"),
  c("Yeah. Says we exported 1,100 kWh last quarter and used about 1,400.", None),
  t("Thanks. The solar plan pays 10c feed-in instead of 5c, but usage is 3c dearer. On your numbers that's $55 more for exports and $42 more for usage, about $13 a quarter better. Your neighbour may export more. Switch, or shall I email the comparison?"),
  c("Thirteen bucks. Hardly worth the fuss, is it?", "no_need"),
  t("Your call, you lose nothing by staying. If you add a battery or your use changes, ring us and we'll rerun it."),
  c("Good to know. Thanks for being straight.", None)],
  [o, t("Yes, the SolarMax plan. It pays 10c feed-in instead of the 5c you're on. Would you like to switch?"),
  c("Is it better for me, though? We use a fair bit at night.", None),
  t("Most solar customers come out ahead. The feed-in's double."),
  c("Okay. Any exit fee or anything?", None),
  t("No exit fees. I can switch you today, from your next bill."),
  c("Alright, go for it.", None)]))

o = c("G'day, I'm after a new shortboard. My old one snapped.", None)
PAIRS.append(rpair(P + "d06_torquay_surf_shortboard",
  "Surf shop, Torquay VIC: a surfer replaces a broken board.",
  [o, t("Bummer. What were you riding, and where do you mostly surf?"),
  c("6'0 Channel Islands, 29 litres. Jan Juc, Bells when it's small. I'm about 85 kilos.", None),
  t("At 85 kilos, 29 litres is on the low side unless you're out a lot. How often do you get in, and were you missing waves on it?"),
  c("Honestly, twice a week since the kid came. And yeah, I was missing waves.", None),
  t("Then I'd go up to a 6'2 around 33 litres, like this DHD at $920. You'll catch more and still turn it. Take it on our demo program for a weekend, with $40 off if you buy?"),
  c("Bit more than I wanted to spend. But a demo first is smart. Saturday?", "too_expensive"),
  t("Saturday it is. I'll have it waxed.")],
  [o, t("Bummer. What were you riding?"),
  c("6'0 Channel Islands, 29 litres.", None),
  t("Nice. We've got the new CI in the same size at $1,080, or the DHD 6'0 at $920. Both great boards."),
  c("Bit more than I wanted to spend.", "too_expensive"),
  t("The DHD's good value, really popular for Jan Juc and Bells."),
  c("Yeah, okay, I'll grab the DHD.", None)]))

o = c("Hi, our insurance company says we need a switchboard upgrade. How much is that?", None)
PAIRS.append(rpair(P + "d07_nelson_sparky_switchboard",
  "Electrician, Nelson NZ: homeowner told by the insurer to upgrade the switchboard.",
  [o, t("Can do. Did they say why? Old fuses, no RCDs?"),
  c("The letter says 'no residual current device'. House is from the 60s, the board's got those old pull-out fuses.", None),
  t("Right. The minimum fix is RCD protection, which often means a new board, roughly $1,200 to $1,800 depending on circuits and what's behind it. I'd rather look before promising a figure: a free inspection Wednesday, and a fixed quote you can send the insurer."),
  c("Eighteen hundred. Ugh. Do I need all of it, or just the bit they want?", "too_expensive"),
  t("Just what they want is the RCDs. I won't add anything unless it's unsafe, and if I find something I'll show you and you decide."),
  c("Okay, Wednesday's fine.", None)],
  [o, t("Can do. How old's the house?"),
  c("60s. Old pull-out fuses.", None),
  t("Then you'll want a full new board with RCDs, usually $1,200 to $1,800."),
  c("Eighteen hundred. Ugh. Do I really need all of it?", "too_expensive"),
  t("If the insurer's asking, yes, and old boards are a fire risk anyway. I can come Wednesday to quote properly."),
  c("Alright. Wednesday.", None)]))

o = c("Hi, we're a small winery in Wilyabrup. About 40 cases a month to restaurants in Sydney and Melbourne. Our carrier keeps breaking bottles.", None)
PAIRS.append(rpair(P + "d08_perth_freight_winery",
  "Freight company, Perth WA: a winery looks for a new carrier.",
  [o, t("Sorry to hear. How are they packed, and is it breakage on every run or certain routes?"),
  c("Six-bottle shippers with dividers. Mostly Melbourne, it goes through a depot in Adelaide.", None),
  t("Depot handling usually means more knocks. We run Perth to Melbourne direct, so your 40 cases would go on one shrink-wrapped pallet, fewer touches, about $380. What are you paying now?"),
  c("About $9 a case, so $360 a month. Plus the broken ones, which they argue about.", None),
  t("Similar money, fewer breakages. Want to trial one pallet to Melbourne next month and compare claims?"),
  c("A trial makes sense. I'll run it past my partner but I'd say yes.", "think_it_over")],
  [o, t("We do a lot of wine. For 40 cases a month to the east coast it's about $9.50 a case, door to door, insured."),
  c("That's a bit more than we pay now.", "too_expensive"),
  t("We're known for careful handling, breakage under 1%. I can send you our rate card."),
  c("Okay, send it. I'll have a look.", "brush_off"),
  t("Will do. Give me a call when you're ready."),
  c("Will do, thanks.", None)]))

o = c("Mornin'. I need drench for about 600 merino weaners. Whatever you've got that works.", None)
PAIRS.append(rpair(P + "d09_wagga_farmsupply_drench",
  "Rural supplies store, Wagga Wagga NSW: a sheep farmer buys drench.",
  [o, t("Can do. Done a worm egg count lately, or had trouble with a drench not working?"),
  c("No test. Last year I used the white drench and they didn't pick up much.", "bad_experience"),
  t("That can mean resistance. A worm test is $60 and tells you which drench will work. If you need to drench now, a combination product is safer, about $1.10 a head."),
  c("Six hundred plus? And I haven't got time to muck round with tests, they're scouring now.", "no_time"),
  t("Fair. Drench now with the combo, but take ten dung samples first so we can test what's there. The kit's free, drop it back Friday."),
  c("Yeah, righto, I can do that.", None)],
  [o, t("Can do. For weaners, this white drench is cheapest, about 60 cents a head."),
  c("I used white last year and they didn't pick up much.", "bad_experience"),
  t("Then try this combination product, $1.10 a head, covers more worm types."),
  c("Bit dearer, but righto. How much all up?", None),
  t("About $660. I'll load it on the ute."),
  c("Good on ya.", None)]))

o = c("Hello, I've got about eighty thousand from selling my late husband's car and boat. I'd like to put it in a term deposit.", None)
PAIRS.append(rpair(P + "d10_toowoomba_bank_termdeposit",
  "Bank branch, Toowoomba QLD: a widow wants to invest a lump sum.",
  [o, t("I can help with that, and I'm sorry about your husband. Will you need any of it in the next year, for anything planned?"),
  c("Well, the roof needs doing, maybe next winter. And I'd like something for emergencies.", None),
  t("Then locking all of it away for a year might not suit; breaking early costs interest. We could put 60 in a 12-month term at 4.6% and 20 in savings at 4.3% you can reach any time."),
  c("That sounds sensible. I'd like to ask my son first, though, he does my tax.", "think_it_over"),
  t("Of course. I'll print both options, rates held till Friday, and he's welcome to come in with you."),
  c("Thank you, dear.", None)],
  [o, t("Certainly. Our best rate is 4.6% for 12 months. On $80,000 that's about $3,680 interest."),
  c("That sounds good. Can I get it out if I need it?", None),
  t("You can, with 31 days' notice, and the interest is reduced if you break it early."),
  c("Oh. The roof might need doing next winter.", None),
  t("It's 12 months, so that should work out. Shall I set it up?"),
  c("I suppose so. Yes.", None)]))
