"""Ranked pairs d01-d10 (b81): two decent conversations, `better` is better."""
from common import c, rpair, t

_o1 = c("Hola, good morning, I buy coffee for Café Andino, we have eleven shops in Lima. I'm looking at new suppliers for our house blend.", None)
D1 = rpair(
    "b81r_d01_quillabamba_coffee_chain",
    "A café chain's buyer calls a coffee exporter in Quillabamba, Cusco, about supplying a house blend.",
    better=[_o1,
            t("Good morning, welcome. Can I ask what's making you look at new suppliers? Is it price, or something with the coffee you have now?"),
            c("Honestly, last year our supplier ran out in October and we changed the blend twice. Customers noticed. The price was fine.", None),
            t("So consistency through the whole year matters more to you than the price per kilo. How much does the blend use in a year?"),
            c("About eighteen tonnes. We roast every week.", None),
            t("Eighteen tonnes, weekly. We could reserve that from the June harvest and hold it in our warehouse in Quillabamba, delivering monthly, so you never run out mid-year. It's a bit more for the storage, around twenty cents a kilo."),
            c("Twenty cents more, I'd have to justify it to my finance manager.", "think_it_over"),
            t("Fair. I'll send samples of the two lots we'd use and a one-page comparison: the price with storage, against what changing the blend twice cost you. Then it's your call."),
            ],
    worse=[_o1,
           t("Good morning, welcome! We'd love to work with you. For a house blend I'd suggest our washed Typica, very clean, chocolate and nuts, most chains like it."),
           c("Sounds nice. Last year our supplier ran out in October, so I'm looking around.", None),
           t("We have good volumes this year. How much would you need?"),
           c("About eighteen tonnes for the year.", None),
           t("No problem, we can do that. It's five-forty a kilo, delivered Lima. I'll send you samples this week."),
           c("Okay, send them. I'm tasting samples from three exporters, so I'll compare.", "think_it_over"),
           t("Perfect, you'll have them Thursday."),
           ])

_o2 = c("Buenas tardes. I have a mini-market in Antofagasta, and the electricity is eating me alive, four hundred thousand a month. A friend told me solar. Does it work?", None)
D2 = rpair(
    "b81r_d02_antofagasta_solar_minimarket",
    "A mini-market owner in Antofagasta asks a solar installer whether panels would cut his electricity bill.",
    better=[_o2,
            t("In Antofagasta, with this sun, it can work very well. But it depends when you use the power. What uses the most, and are you open at night?"),
            c("The fridges and the freezers, four of them, twenty-four hours. We're open eight in the morning to eleven at night.", None),
            t("Then I have to be honest: panels without batteries only cover the day. The fridges run at night too, so solar might take maybe half the bill, not all of it. Batteries would do more but they double the cost."),
            c("Half is already good. But I don't want to spend on batteries.", None),
            t("Then no batteries. Can you send me twelve months of bills? I'll work out what half your daytime use is worth, and how long it takes to pay back. If it's more than six years I'll tell you it's not worth it."),
            c("Okay. I'll ask my son to scan them, he does the computer.", None),
            ],
    worse=[_o2,
           t("It works very well in Antofagasta, some of the best sun in the world. How big is your roof?"),
           c("Maybe a hundred square metres, flat. The fridges use most of the power, they run all day and night.", None),
           t("A hundred square metres fits a good system, around 15 kilowatts. That would cut your bill a lot. It's about twelve million pesos installed."),
           c("Twelve million. That's a lot of money for me right now.", "no_money"),
           t("We work with a bank that finances it over five years. I'll send you a quote with the monthly payment, so you can see."),
           c("Okay, send it, I'll look.", "brush_off"),
           ])

_o3 = c("Hi, good morning. My son Daniel is seven, and, um, he was just diagnosed with dyslexia, and his school now, they're... not great about it. I'm looking at other prep schools.", None)
D3 = rpair(
    "b81r_d03_kingston_prep_dyslexia",
    "A mother in Kingston, Jamaica, asks a private prep school's office about a move for her son with dyslexia.",
    better=[_o3,
            t("Good morning. Thank you for calling. When you say not great about it, what's happening at his school now?"),
            c("They make him read out loud in front of the class, and he comes home crying. The teacher says he's lazy.", None),
            t("Oh, that's hard for a seven-year-old. So you need a place where he's not embarrassed, and where reading help actually happens. I'll be honest: we have a learning support teacher, but she's shared across the school, about two sessions a week for him."),
            c("Two sessions. I was hoping for more, to be honest.", None),
            t("I understand. Some parents add a tutor outside; others find a specialist school suits better. Would you like to meet our support teacher first? She'll tell you straight if we're the right fit for Daniel."),
            c("Yes, I'd like that. Mornings are better, I work in the afternoons.", None),
            t("I'll book you for a morning next week and send you her name today."),
            ],
    worse=[_o3,
           t("Good morning. We're a very inclusive school, and we have a learning support department, so Daniel would be well looked after."),
           c("That's good to hear. At his school now they make him read out loud, he comes home crying.", None),
           t("That wouldn't happen here. Our teachers are all trained in differentiation. Would you like to come for a tour?"),
           c("Yes, a tour would be good. How much are the fees?", None),
           t("Tuition is 380,000 a term. The tour is Tuesdays and Thursdays at nine. Shall I put you down for Tuesday?"),
           c("Tuesday is fine.", None),
           ])

_o4 = c("Buenas, hi. My cat Lulú is fifteen and she's not eating for two days. She just sleeps. I'm, um, I'm scared, and also I just lost my job, so...", None)
D4 = rpair(
    "b81r_d04_bogota_vet_old_cat",
    "A worried owner brings her 15-year-old cat to a vet clinic in Bogotá; she has just lost her job.",
    better=[_o4,
            t("I'm glad you brought her in. Two days without eating at fifteen, we need to look. I'll examine her first, then we talk about what's worth doing and what it costs, step by step. Okay?"),
            c("Okay. Yes. Thank you.", None),
            t("She's dehydrated and her mouth smells of something I think is the kidneys. The most useful first step is a blood test, 120,000, and fluids today, 60,000. I wouldn't do X-rays or ultrasound yet."),
            c("One-eighty... I can do that, but not much more after.", "no_money"),
            t("Understood. If the blood shows kidney disease, at her age, we'd talk about comfort and a special food, not big treatments. I'll call you with results tomorrow before deciding anything."),
            c("Thank you for explaining it like that.", None),
            ],
    worse=[_o4,
           t("I'm glad you brought her in. Let me examine her. Hmm, she's dehydrated and her breath suggests something with the kidneys."),
           c("Is that bad?", None),
           t("It can be serious at her age. I'd recommend full bloods, urine, an abdominal ultrasound and fluids today, so we know exactly what's going on. It comes to about 480,000."),
           c("Four-eighty. I... I just lost my job. I can't do all that.", "no_money"),
           t("I understand. We could start with the bloods and fluids, 180,000, and see. Would that work?"),
           c("Yes, that, please.", None),
           ])

_o5 = c("Good afternoon. My son is in Houston, he sends me money every month, and he says I should open an account here so it comes straight in. I never had a bank account, mija.", None)
D5 = rpair(
    "b81r_d05_sansalvador_coop_remittance",
    "An older woman comes to a cooperative in San Salvador to open her first account for remittances from her son.",
    better=[_o5,
            t("Good afternoon, welcome. Let's do it together. How does the money reach you now?"),
            c("I go to the agency in the market, with the code he sends. They charge him twelve dollars and I wait in line, sometimes an hour.", None),
            t("So it's the fee and the wait. With an account here, he sends from an agent in Houston that works with us for four dollars, and it goes straight in. You take it out at our ATM or the counter."),
            c("An ATM? I don't know how to use those. I'm afraid I press something wrong.", None),
            t("Then the counter is fine, the preferential line, no ATM needed. If you want, one day I go with you to the ATM once, and you decide. To open it I need your DUI and a receipt of water or electricity."),
            c("I have them here. My son is going to be happy.", None),
            ],
    worse=[_o5,
           t("Good afternoon, welcome! Yes, we can open a savings account today. It has no monthly fee and pays two percent interest."),
           c("Two percent, okay. And the money from my son comes here?", None),
           t("Yes, he can send it to your account number from any remittance company. You'll get a debit card for our ATMs."),
           c("A card. I don't know how to use those machines.", None),
           t("It's easy, the ATM guides you. To open it I need your DUI and a receipt of water or electricity."),
           c("I have them here. Okay.", None),
           ])

_o6 = c("Look, I run a twelve-room hotel in Getsemaní, I have guests arriving at three, and my laundry lady quit. I need someone from tomorrow. Give me a price and a time, I don't have time for a meeting.", None)
D6 = rpair(
    "b81r_d06_cartagena_laundry_urgent",
    "An impatient boutique hotel owner in Cartagena calls a laundry service needing help from the next day.",
    better=[_o6,
            t("Understood, quick then. Three questions: about how many kilos a day, do you need ironed sheets, and what time should it come back?"),
            c("Maybe forty kilos. Sheets ironed, yes. Back before one, checkout is at noon, check-in at three.", None),
            t("Forty kilos, ironed, back by one. That's 7,500 pesos a kilo ironed, pick-up at ten, back at twelve-thirty. Starting tomorrow, no contract."),
            c("Seven-five is high. The lady charged me less.", "too_expensive"),
            t("Probably, a person at home costs less than a plant. Try us for a week; if it's not worth the difference, you go. I'll send the truck at ten tomorrow."),
            c("Fine. Ten. Ask for Yolanda.", None),
            ],
    worse=[_o6,
           t("Of course. We'd love to help. We work with many hotels in the walled city. Let me tell you about our process: we collect in sealed bags, sort by fabric, wash at seventy degrees, and we have a new ironer from Italy."),
           c("Okay, fine, but I need a price.", None),
           t("Sure. It depends on kilos and whether you want ironing. Could we set up a visit so I can see your linen and agree a service level?"),
           c("I told you, no meetings. Forty kilos, ironed, back before one.", "no_time"),
           t("Got it. That's 7,500 a kilo ironed. We can start tomorrow with pick-up at ten."),
           c("Okay. Ten.", None),
           ])

_o7 = c("Morning. Our bus insurance renewal came in, and it's up thirty-five percent. Thirty-five! I run four tour buses to Dunn's River and the Blue Hole. Find me something cheaper.", None)
D7 = rpair(
    "b81r_d07_montegobay_broker_busfleet",
    "A tour bus operator in Montego Bay asks his insurance broker to bring down a steep renewal.",
    better=[_o7,
            t("Morning. Thirty-five is steep. Before I shop it around, did the insurer give a reason? Any claims this year, or new drivers?"),
            c("One bus clipped a car in Ocho Rios in March, small thing. And I hire two young drivers in the summer.", None),
            t("That's probably most of it: a claim plus drivers under twenty-five. Other insurers will see the same record, so I can't promise a big drop. But I can ask for quotes where the young drivers are only on two buses, not all four."),
            c("Hmm. I didn't know that matters. But I can't be doing a lot of paperwork, season start next week.", "no_time"),
            t("I'll do the forms. Just send me the drivers' licence copies and which buses they drive. I'll have three quotes Thursday, including your current insurer's."),
            c("Okay. Thursday. Let's see.", None),
            ],
    worse=[_o7,
           t("Morning. That's a big jump. I'll go to the market for you, I work with five insurers."),
           c("Good. Because I can't afford thirty-five percent.", "no_money"),
           t("Understood. Send me the renewal notice and your fleet details and I'll get quotes."),
           c("Alright. You need anything else?", None),
           t("That should be it. I'll try to get you something lower and call you by Thursday."),
           c("Okay. Thursday.", None),
           ])

_o8 = c("Morning, I have a little shop in Port Elizabeth, Bequia. I want to start bringing my goods from Kingstown on your boat instead of the other one. What are the cargo days?", None)
D8 = rpair(
    "b81r_d08_bequia_ferry_cargo",
    "A shopkeeper on Bequia asks a ferry operator about shipping goods from Kingstown, St Vincent.",
    better=[_o8,
            t("Morning! Cargo goes every day except Sunday. What kind of goods, and why the change, if you don't mind me asking?"),
            c("Groceries, drinks, and some frozen chicken. The other boat left my chicken on the dock one hot afternoon. I lost everything.", "bad_experience"),
            t("Ouch. Then what matters for you is the frozen going straight into cold storage. We have a freezer hold, but only on the 6:30 a.m. and the 2 p.m. Frozen must be at our Kingstown shed an hour before."),
            c("6:30 is early for my supplier, he opens at seven.", None),
            t("Then the 2 p.m. is for you. Try it with one load this week; I'll note the chicken goes to the freezer, and you check it when it lands."),
            c("Alright, Thursday I try.", None),
            ],
    worse=[_o8,
           t("Morning! Cargo goes every day except Sunday, on all sailings. Rates are by weight, from 2 EC a pound."),
           c("Okay. I have groceries, drinks, and some frozen chicken.", None),
           t("No problem, we carry frozen goods too. Just drop them at the Kingstown shed an hour before departure."),
           c("Good. I'll try Thursday.", None),
           t("Perfect. Here's the rate sheet."),
           c("Thank you.", None),
           ])

_o9 = c("Hola. I have a bakery in Córdoba, two counters. My accountant says I need a new cash register system. I don't know anything about this.", None)
D9 = rpair(
    "b81r_d09_cordoba_bakery_pos",
    "A bakery owner in Córdoba, Argentina, asks a point-of-sale software seller about a new system.",
    better=[_o9,
            t("No problem, you don't need to know. Why does your accountant say you need a new one? What's going wrong now?"),
            c("The old register doesn't do the electronic invoices. And at the end of the day the cash never matches, I lose an hour.", None),
            t("So two things: electronic invoicing that the tax office accepts, and closing the day fast. Do you also need stock, like how much flour you have, or not?"),
            c("No, no, the flour I know by looking. And I don't have much for this, the flour went up a lot.", "no_money"),
            t("Then the basic plan covers exactly that, invoicing and a daily close, 18,000 a month. You don't need the stock module. Try it thirty days on one counter before the second."),
            c("Okay, one counter first. That I like.", None),
            ],
    worse=[_o9,
           t("No problem! Our system does everything: electronic invoicing, stock, recipes, supplier orders, reports, loyalty cards. Let me show you the screen."),
           c("Okay... it looks complicated.", None),
           t("It's easy once you learn it. The full plan is 34,000 a month, or the basic with only invoicing is 18,000."),
           c("I think the basic. I don't have much money, the flour went up a lot.", "no_money"),
           t("Basic is fine, you can upgrade later. I'll send the contract."),
           c("Send it, I'll show my accountant.", "think_it_over"),
           ])

_o10 = c("Hello, good day, I'm calling for my father, he grows avocados near Uruapan, he's here with me. He wants to know about drip irrigation, because the water, the well is getting low.", None)
D10 = rpair(
    "b81r_d10_uruapan_drip_irrigation",
    "A daughter calls an irrigation supplier in Michoacán for her father, an avocado grower with a falling well.",
    better=[_o10,
            t("Good day to you both. How many hectares, and how does he water now, with sprinklers, hose, flooding?"),
            c("Six hectares. He waters with hose, by hand, with two workers. He says it's too much water and too much work.", None),
            t("So saving water and labour. Is it all flat, or on slope? And does the well have a pump with enough pressure?"),
            c("One part flat, three hectares on the hill. Pump is old, he says.", None),
            t("Then I'd start with the three flat hectares, and test the pump first: if it's weak, the drip won't reach the hill. A technician can measure it Friday. After one season he'll see the water savings himself."),
            c("He says he likes that, start small. Friday he's at the packing house in the morning though.", "no_time"),
            t("Friday afternoon then, four o'clock. I'll send you the price for the flat part before, so he has it."),
            ],
    worse=[_o10,
           t("Good day! Drip is perfect for avocados, it saves up to half the water. How many hectares?"),
           c("Six hectares. He waters with hose now, by hand.", None),
           t("For six hectares of avocado a full drip system is around 280,000 pesos installed, with filters and controller."),
           c("He says that's a lot of money all at once.", "too_expensive"),
           t("We have payments over twelve months. I can send a technician to measure the field on Friday."),
           c("Okay, Friday. He'll be there.", None),
           ])

PAIRS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10]
