"""blind171 ranked pairs d01-d10 (two decent sides; better is better)."""
from common import c, rpair, t

O1 = c("Need my mooring chain replaced before June. It's been five years.", None)
D01 = rpair("b171r_d01_camden_mooring",
 "Mooring service, Camden ME (phone): a boat owner asks for new chain; better learns the boat got bigger.",
 [O1,
 t("Five years is about right to check it. Same boat on it as last year?"),
 c("No, actually. Bought a bigger one. Thirty-four, up from a twenty-six.", None),
 t("Then it may not be just chain. A 34 often needs a heavier block or a helix; the harbormaster will want it sized."),
 c("Hadn't figured on more than chain. That's real money.", "too_expensive"),
 t("Could be. We pull it and inspect first, 150, and you decide with numbers in hand. Chain alone runs about 900."),
 c("Do the inspection. Then we'll talk.", None)],
 [O1,
 t("Sure. Five years is about right. Chain's about 900 installed; we can do the second week of May."),
 c("Fine. That include shackles and swivel?", None),
 t("Yep, new shackles and swivel. A new pennant adds 120."),
 c("Do the pennant.", None),
 t("You're on the May list. We'll send the bill after."),
 c("Ayuh.", None)])

O2 = c("how much for a heat pump for a 1,800 sq ft house", None)
D02 = rpair("b171r_d02_lebanon_heat_pump_sizing",
 "Heat pump installer, Lebanon NH (web chat): better diagnoses the drafty house before quoting.",
 [O2,
 t("Depends a lot on the house. How old is it, and what heats it now?"),
 c("1920s farmhouse. oil. drafty", None),
 t("Drafty matters. A system sized for a leaky house costs more than sealing first. Had an energy audit? The utility "
  "does them free."),
 c("no. had an 'audit' once from a window company, was just a sales pitch", "bad_experience"),
 t("Fair. This one's the utility's; nobody sells anything on the visit. Then I size on real numbers, not a guess. "
  "Want the link?"),
 c("ok send it", None)],
 [O2,
 t("For 1,800 sq ft, a ducted cold-climate system is usually 14 to 18 thousand before rebates, up to 4,000 off."),
 c("thats a lot. whats the cheapest way", "too_expensive"),
 t("Ductless heads in the main rooms, maybe 9 to 11 thousand. I can come out for a free estimate."),
 c("ok maybe. when", None),
 t("Thursday at ten?"),
 c("fine", None)])

O3 = c("I want new boots. Mine kill my feet by lunch.", None)
D03 = rpair("b171r_d03_killington_ski_boots",
 "Ski boot fitter, Killington VT (counter): better finds the old shell is too long before selling.",
 [O3,
 t("Where exactly do they hurt, toes, top of the foot, the sides?"),
 c("Outside of my foot, here, by the little toe. And my shins.", None),
 t("Can I measure your foot and look at the old boot? Sometimes it's a packed-out liner, not the shell."),
 c("Go ahead. These are six years old, cost me a fortune.", None),
 t("Your shell's a size long, so your foot slides and the shins take it. This one a size down, punched at the little "
  "toe, should fix both. 550, and adjustments are free all season."),
 c("More than I wanted. But if it works, fine.", "too_expensive")],
 [O3,
 t("Sure. What size are you in now?"),
 c("Twenty-seven and a half.", None),
 t("This one's popular, wider fit, 27.5, nice and comfy. Try it on."),
 c("Feels okay here. Mine felt okay in the store too.", "bad_experience"),
 t("Walk around ten minutes. If they pinch, we heat-mold the liner."),
 c("Alright, I'll take them.", None)])

O4 = c("I want to borrow forty thousand for a second oven. The bakery's busy, we're turning away wholesale orders.", None)
D04 = rpair("b171r_d04_providence_bakery_loan",
 "Community bank, Providence RI (branch desk): better is honest about approval odds and picks the right route.",
 [O4,
 t("Good problem to have. How long have you been open, and are the wholesale orders steady?"),
 c("Two years. Steady, three cafes, and a grocery in Cranston wants us.", None),
 t("Honestly, at two years our committee usually wants a cosigner or an SBA guarantee for forty. SBA is slower, six "
  "weeks, but a better rate. Is timing tight?"),
 c("The grocery wants us by September. Six weeks is okay, barely.", None),
 t("Then start the SBA package now. Bring statements and the grocery's letter of intent. I'll tell you in a week if "
  "it looks weak, not in six."),
 c("I'll talk to my partner, but I think yes.", "think_it_over")],
 [O4,
 t("Congratulations! Let's get the application going. How long have you been open?"),
 c("Two years.", None),
 t("Great. Forty thousand, five-year term. I'll need two years of statements and tax returns."),
 c("And how long does it take?", None),
 t("Usually two to three weeks. We'll call you when the committee meets."),
 c("Okay. I'll bring the papers Monday.", None)])

O5 = c("Um. Hi. I'm here for the tour? My mom's parking.", None)
D05 = rpair("b171r_d05_farmington_campus_visit",
 "Small public college admissions, Farmington ME (front desk): better adapts to a shy student.",
 [O5,
 t("Welcome. Tour starts in ten. No need to talk much; is there one thing you'd want to see for sure?"),
 c("Maybe the... library. And I guess the dorms.", None),
 t("We'll do both. There's also a students-only Q&A at the end, no parents, if you want it."),
 c("Oh. Okay. Yeah.", None),
 t("If questions come later, email me. Most people think of the real ones on the drive home."),
 c("Thanks. I'm kind of not sure I even want to go to college yet.", "think_it_over"),
 t("That's fair. The tour commits you to nothing; come see it, then decide.")],
 [O5,
 t("Welcome! Tour starts in ten. So tell me about you, what do you want to major in? Hobbies?"),
 c("Um. I don't know yet. Drawing, I guess.", None),
 t("Great! We have a wonderful art program, and our education program is one of the best in the state. Questions?"),
 c("Not really.", None),
 t("Okay! Your mom can ask me anything too. Here's a brochure."),
 c("Okay. Thanks.", None)])

O6 = c("We want to knock out the wall between the kitchen and dining room. Old house, 1890. How much?", None)
D06 = rpair("b171r_d06_brattleboro_wall_removal",
 "Old-house contractor, Brattleboro VT (phone): better proposes a small paid look before any price.",
 [O6,
 t("Could be simple, could be a beam job. Do you know if it's bearing? What's above it?"),
 c("No idea. There's a bathroom right above it, if that matters.", None),
 t("It does: likely bearing, and plumbing in the wall. I'd open a small hole and look first, two hours, 200. Then a "
  "real number, and you're not locked in."),
 c("Two hundred to look? The other guy gave me a price over the phone.", "too_expensive"),
 t("He may be right, but phone prices on an 1890 wall under a bathroom tend to grow. If you hire us, the 200 comes "
  "off the job."),
 c("Okay. Fair enough.", None)],
 [O6,
 t("Usually 6 to 10 thousand for a wall like that, depending on whether we need a beam."),
 c("That's a big range.", None),
 t("Old houses are like that. I can come see it next week and tighten it up."),
 c("There's a bathroom right above it. Problem?", None),
 t("Could be. We'll see when we open it up."),
 c("Okay, come Tuesday.", None)])

O7 = c("Hi, I run the cafe on Main. Thinking of switching our maple to local. What do you charge wholesale?", None)
D07 = rpair("b171r_d07_waterbury_cafe_maple",
 "Sugarhouse wholesale, Waterbury VT (phone): better learns the cafe's use and volume, and offers a trial.",
 [O7,
 t("Glad to hear it. How much do you go through a week, and what for, lattes, pancakes, baking?"),
 c("Lattes mostly, a Saturday pancake thing. About a gallon a week.", None),
 t("For lattes you want dark; it holds up in milk. At a gallon a week, gallon jugs at 58, dropped off every other "
  "Monday."),
 c("Fifty-eight a gallon. We pay forty-one for the Canadian stuff.", "too_expensive"),
 t("I can't match that. What I can give you is a sign with our farm on it; lots of cafes find people pay a bit more "
  "for local. Two jugs to try for a month?"),
 c("Two to try, sure. I'll see if it moves.", None)],
 [O7,
 t("Sixty-two a gallon, fifty-eight if you take six or more a month. Which grade?"),
 c("Uh, whatever's normal. Amber?", None),
 t("Amber's our best seller. Six a month gets you the 58."),
 c("Fifty-eight's a jump. We pay forty-one now.", "too_expensive"),
 t("It's local and pure. I can do 56 if you commit to a year."),
 c("Let me think about it.", "think_it_over")])

O8 = c("Thinking about switching bait suppliers. What do you get for herring?", None)
D08 = rpair("b171r_d08_stonington_bait",
 "Bait dealer, Stonington ME (wharf): better asks why the lobsterman is switching before quoting.",
 [O8,
 t("Depends on volume. What's got you thinking about switching?"),
 c("Other fella ran out twice in August. Lost two days hauling.", None),
 t("Two days in August hurts. So steady supply matters more than price. How many barrels a week?"),
 c("Eight. Nine in the fall.", None),
 t("We hold a reserve for regular boats. Herring's 62, pogies as backup when it's short, same price, and a text "
  "Sunday if a shortage is coming. Try a month, no contract?"),
 c("A month. Ayuh.", None)],
 [O8,
 t("Herring's 62 a barrel right now, 58 on contract."),
 c("Other fella's 60.", "too_expensive"),
 t("We're steady, though. Never run out in twelve years."),
 c("Hm. How many can you do a week?", None),
 t("As many as you need. Sign by Friday and you lock 58."),
 c("I'll think on it.", "think_it_over")])

O9 = c("Our computers are slow and the x-ray software crashed twice this week. The doctor wants someone to fix it.", None)
D09 = rpair("b171r_d09_worcester_dental_it",
 "IT support firm, Worcester MA (phone): better narrows the fault to one machine before any contract.",
 [O9,
 t("Crashes with patients in the chair are awful. Was it one machine or all of them?"),
 c("Just the one in operatory two. It's the oldest.", None),
 t("So maybe that machine, not the network. Before any contract, a one-hour remote check on that PC, 120 flat. You "
  "might just need a new computer, not us."),
 c("I'd rather not sign anything big. The last IT company locked us in for three years.", "bad_experience"),
 t("No contract for the check, and monthly support later would be month to month. Can I connect tomorrow at lunch?"),
 c("Twelve-thirty. Okay.", None)],
 [O9,
 t("We can help. Our managed plan covers all machines, backups and the x-ray software, 95 per computer a month."),
 c("We have six computers. That's almost six hundred a month.", "too_expensive"),
 t("It includes everything and we're fast. Most dental offices we support say it pays off."),
 c("I need to run it by the doctor.", "think_it_over"),
 t("Sure. I'll send a proposal today."),
 c("Okay, thanks.", None)])

O10 = c("I want to sign up for automatic propane delivery. Place in North Conway.", None)
D10 = rpair("b171r_d10_conway_propane_autofill",
 "Propane dealer, North Conway NH (phone): better learns it is an empty weekend house and adapts.",
 [O10,
 t("Sure. Is it your year-round home or a second place?"),
 c("Weekend place. We're up maybe twice a month in winter.", None),
 t("Then use is uneven, and autofill guesses by weather. A tank monitor, 60 a year, tells us the real level. Does the "
  "house sit at low heat when you're gone?"),
 c("Fifty-five. Pipes froze there once, not doing that again.", None),
 t("Then the monitor earns its keep; it also texts you if the level drops fast. Autofill plus monitor, and drop the "
  "monitor after a year if it's no use."),
 c("Sixty a year. Fine, do it.", None)],
 [O10,
 t("Sure. Autofill's free to sign up. We estimate your use by the weather and fill before you run low."),
 c("Good. We're only up twice a month, does that matter?", None),
 t("It works either way. We'll learn your usage after a couple of fills."),
 c("Okay. I don't want to run out. Pipes froze there once.", None),
 t("You won't. I'll email the forms tonight."),
 c("Great.", None)])

PAIRS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
