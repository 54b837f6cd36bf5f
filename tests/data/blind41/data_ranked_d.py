"""Ranked pairs d01-d10: both sides decent, `better` clearly better. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 - consumer, Arequipa (Peru), spoken. Better notices the real purpose (steep Colca descent in two days).
PAIRS.append(rpair(
    "b41r_d01_arequipa_boots",
    "A student from Lima walks into a trekking shop in Arequipa and asks for boots that are good but not too "
    "expensive.",
    c("Hola, buenas. I need boots for trekking, something good but not too expensive. What do you recommend?", None),
    [
        t("Buenas. Where are you going, and when?"),
        c("Colca Canyon, the three-day trek, down to Sangalle. We leave on Thursday.", None),
        t("Thursday, so only two days to break them in. Colca is very steep going down, and in new stiff boots your toes "
          "hit the front the whole way. I'd take a lighter trekking shoe, softer, half a size bigger, rather than a "
          "heavy boot. This one is 320 soles."),
        c("320... I was thinking more like 200. I'm a student.", "too_expensive"),
        t("Then this one at 210, it has a good grip for the loose stones. Wear it around the city these two days with "
          "the socks you'll use on the trek, and I'll show you a way to lace it so your toes don't hit on the descent."),
        c("Ah, that's useful. Yes, I'll try the 210, size 38.", None),
    ],
    [
        t("Buenas. This one is our best seller: leather, waterproof, very strong. It's 450 soles, but it lasts ten "
          "years."),
        c("450 is a lot for me. I'm a student, and I go to Colca on Thursday.", "too_expensive"),
        t("I understand. Then this one, 280, also waterproof, good ankle support. Very popular for Colca."),
        c("Okay, can I try it? Size 38.", None),
        t("Of course, here you are. Walk around the shop a bit, see how it feels."),
        c("It feels... stiff, but okay. I'll take it.", None),
    ],
))

# d02 - B2B, Manchester, spoken. Better digs into the doubt and offers a low-risk trial.
PAIRS.append(rpair(
    "b41r_d02_manchester_coffee",
    "The office manager of a forty-person design agency in Manchester's Northern Quarter rings a coffee-machine "
    "leasing company after getting their leaflet; the agency's last leased machine went badly.",
    c("Hi, yeah, we got your leaflet about the bean-to-cup lease. We're about forty people. I'll be honest, the last "
      "machine we leased was a nightmare, so I'm, er, a bit cautious.", None),
    [
        t("Fair enough. What went wrong with the last one?"),
        c("It broke every few weeks, the milk bit mainly, and the engineer took like five days to come out. People just "
          "went to the café over the road. And we were stuck in a five-year contract.", None),
        t("So: reliable milk system, a quick engineer, and not being locked in. Our contract has a 48-hour fix or we "
          "knock a month off, and you can leave after twelve months with three months' notice. For forty people I'd "
          "also go for a machine with a fridge milk unit that's easy to clean, that's where most breakdowns start."),
        c("Twelve months is better. But honestly, I've heard the 48-hour thing before, from the last lot.",
          "bad_experience"),
        t("Understandable. Then try it for a month, free. If it breaks and we miss the 48 hours during the trial, you "
          "walk away and owe nothing."),
        c("Alright, a trial I can sell to the directors. Can you come and look at the kitchen next week?", None),
    ],
    [
        t("Great, well, our bean-to-cup range is really reliable, we supply loads of offices in Manchester. For forty "
          "people I'd recommend the Barista 600, sixty-nine pounds a week on a three-year lease."),
        c("Three years? The last one had us stuck for five, and it was a disaster.", "bad_experience"),
        t("I understand. Ours come with a service plan, and engineers are usually out within a couple of days. I can "
          "send you a quote and a few testimonials."),
        c("Yeah, okay, send it over and I'll have a look when I get a minute.", "brush_off"),
        t("Will do. I'll email it this afternoon and give you a call next week."),
    ],
))

# d03 - consumer, Sliema (Malta), typed, non-native. Better finds the purpose (IELTS 7 for nursing) and adapts.
PAIRS.append(rpair(
    "b41r_d03_sliema_english",
    "A Brazilian nurse messages a language school in Sliema, Malta, asking the price of an eight-week General English "
    "course.",
    c("hi, I want information for english course, general english 8 weeks, price?", None),
    [
        t("Hi! General English 8 weeks is €1,440 (20 lessons a week). Can I ask what you need the English for? Sometimes "
          "another course fits better."),
        c("I am nurse from Brazil, I want to work in Ireland, they ask IELTS 7 in every part. my writing is weak", None),
        t("Then IELTS preparation is probably better than General English: same price and length, but focused on the "
          "exam, with writing corrected every day. First you can do our free level test online, so we know if 8 weeks "
          "is realistic for 7.0."),
        c("ok the test is good idea. but 1440 is much for me, i am still paying the flight", "no_money"),
        t("Understood. You can pay in two parts, half before you start and half in week 4. Do the test first (link "
          "below) and we talk about a plan with your result, no commitment."),
        c("ok i do the test tonight 👍 thank you", None),
    ],
    [
        t("Hi! General English 8 weeks is €1,440, 20 lessons a week, classes start every Monday, max 12 students per "
          "class."),
        c("ok. the classes are good for IELTS? i need 7 for nursing in Ireland", None),
        t("Yes, General English improves all four skills, and many students take IELTS afterwards."),
        c("ok but 1440 is much for me, i am still paying my flight", "no_money"),
        t("We have a 5% discount if you pay everything in advance. Would you like to book?"),
        c("i will think and write later", "think_it_over"),
    ],
))

# d04 - consumer (farm family), Lautoka (Fiji), spoken. Better diagnoses before recommending.
PAIRS.append(rpair(
    "b41r_d04_lautoka_generator",
    "A sugarcane farmer from near Lautoka comes into a hardware store after a cyclone-season power cut and asks for "
    "the biggest generator they have.",
    c("Bula, bro. I want a generator. The biggest one you got. Last cyclone we had no power eleven days.", None),
    [
        t("Bula. Eleven days, that's rough. What do you need to keep running when the power's out?"),
        c("The freezer, mainly, we lost all the fish last time. Lights, phone charging. And the pump for the water "
          "tank.", None),
        t("Then you don't need the biggest. Freezer, pump and lights, a 3.5 kVA petrol one does it easily, 1,890 "
          "dollars. The big 8 kVA is 4,600 and drinks twice the fuel, and after a cyclone fuel is hard to find."),
        c("Ah, true, last time the petrol station in Lautoka ran out on day three.", None),
        t("Right. So take the 3.5 and a couple of jerry cans. I'll show you how to run the freezer two hours on, two "
          "hours off, and the fuel lasts more than a week."),
        c("Sweet as. Okay, the 3.5 then, and two cans.", None),
    ],
    [
        t("Bula. The biggest is this one, the 8 kVA diesel, it runs the whole house. 4,600 dollars."),
        c("Eh, 4,600... that's a lot, bro.", "too_expensive"),
        t("It is, but it's a very good machine. We also have a 5 kVA for 2,900, it still runs most of the house."),
        c("Okay. I'll talk to my wife first and come back.", "think_it_over"),
        t("No worries. Here's the brochure with both, the prices are on the back."),
        c("Vinaka.", None),
    ],
))

# d05 - consumer, Thessaloniki, spoken, elderly widower. Better adapts to the person.
PAIRS.append(rpair(
    "b41r_d05_thessaloniki_bank",
    "A 77-year-old widower comes into his bank branch in Thessaloniki: the counter will open only two mornings a week "
    "and staff keep telling him to use the app.",
    c("Kaliméra. They tell me the counter is open only two mornings now, and I must use the, the application. I'm "
      "seventy-seven, I don't know these things. My wife did all this.", None),
    [
        t("Kaliméra, Kyrie Papadopoule. Sit down, please, we have time. What do you usually come to the bank for?"),
        c("The pension, to take cash. The electricity bill, the water. And I send a little money to my grandson in "
          "Germany every month.", None),
        t("Okay. The bills can be paid automatically from your account, you never have to do anything, I can set that "
          "up today. Cash you take from the machine outside with your card. Only the money for your grandson needs the "
          "app, or you come on Tuesday or Thursday."),
        c("Automatic for the bills, that's good. The machine... I'm afraid I'll make a mistake with the numbers.", None),
        t("Then let's go out to the machine together now: you press, I stand next to you. And if you like, next Tuesday "
          "we put the app on your phone, only for your grandson, step by step."),
        c("Together, yes. And next Tuesday I come. You are very patient, kori mou.", None),
    ],
    [
        t("Kaliméra. Yes, the app is very easy, let me show you. You download it from here, then you put your username, "
          "then the code we send by SMS."),
        c("Slowly, slowly. Where is the SMS?", None),
        t("Here, in the messages. You copy the six numbers into the app. Then the home screen: here are your accounts, "
          "and here transfers and payments. I'll give you a leaflet with all the steps."),
        c("Okay. I'll try at home with the leaflet. Maybe the neighbour's son can help me.", None),
        t("Yes, he can help too. And remember, the counter is still open Tuesday and Thursday mornings."),
    ],
))

# d06 - B2B, Antalya (Lara), typed. Better diagnoses (chloramines) and offers a free on-site test.
PAIRS.append(rpair(
    "b41r_d06_antalya_pool",
    "The technical manager of a large hotel in Lara, Antalya, messages his pool-chemical supplier: guests complain "
    "about red eyes and a chlorine smell, and he wonders whether to change product.",
    c("Hello, Tech. manager at Lara Sun Hotel. Guests complain red eyes and chlorine smell at main pool. We use your "
      "trichlor tablets. Maybe product quality? Maybe we change to other product?", None),
    [
        t("Hello. Red eyes and a strong smell usually mean combined chlorine (chloramines), not too much chlorine. What "
          "are your free chlorine, total chlorine and pH readings?"),
        c("Free 1.5, total 3.2, pH 7.9. Pool is full every day, 300+ guests", None),
        t("That confirms it: 1.7 combined is high, and pH 7.9 makes it worse. Trichlor also builds up stabiliser over "
          "the season, so before you change product let's test cyanuric acid. Our technician can come Wednesday and "
          "test everything on site, free, then we recommend."),
        c("ok but we are in high season, I can't close the pool for treatment", "no_time"),
        t("No closing for the test. If shock treatment is needed, we make it after 22:00 and pool is ready before "
          "08:00. Wednesday 10:00 is ok for you?"),
        c("ok Wednesday 10:00, I tell the pool team", None),
    ],
    [
        t("Hello. Our trichlor is top quality and certified. But if guests complain, you could try our liquid chlorine "
          "system, it's gentler, many hotels in Antalya use it. Dosing pump + 6 months supply is 48,000 TL."),
        c("48.000 is high. and we are in high season, I can't change the system now", "too_expensive"),
        t("I understand. Then for now do a shock chlorination at night and keep pH around 7.4. I'll send you the liquid "
          "system brochure for next season."),
        c("ok thanks, we try the shock", None),
        t("Good. Write to me if there's any problem."),
    ],
))

# d07 - consumer, Cochabamba (Bolivia), spoken, penny-pinching mother. Better asks what the school needs.
PAIRS.append(rpair(
    "b41r_d07_cochabamba_tablet",
    "A mother in Cochabamba comes into an electronics shop and asks for the cheapest tablet, because her 11-year-old's "
    "school now sends homework online.",
    c("Buenas tardes, joven. I need a tablet for my son, for the school. What is the cheapest you have?", None),
    [
        t("Buenas tardes, señora. The cheapest is this one, 690 bolivianos. Before you take it: what does the school ask "
          "him to do on it?"),
        c("They send the homework on WhatsApp and Google, and sometimes videos of the classes. And he has to write, long "
          "things, essays.", None),
        t("Then be careful with the cheapest: it has little memory, and with videos it fills up in a month, and writing "
          "essays on the screen is hard for a child. This one at 990 has double the memory, and a keyboard cover for 120 "
          "so he can write properly."),
        c("Mm, 990 and 120... it's too much, joven, this month I have to buy the uniforms also.", "no_money"),
        t("I understand. Then the 690 with the keyboard, 810 in total, plus a memory card for 60 so the videos don't "
          "fill it up. I'll set it up for you. That works fine for homework."),
        c("Ya, that's better. The 810 and the card. Can you put the WhatsApp for him?", None),
    ],
    [
        t("Buenas tardes, señora. The cheapest is this one, 690 bolivianos, 32 gigas."),
        c("And it works for the school? The homework and the classes on video?", None),
        t("Yes, it works with WhatsApp, Google, YouTube, everything."),
        c("Okay, good, I'll take it. Is there a warranty?", None),
        t("Six months, señora. Keep the receipt."),
    ],
))

# d08 - B2B, Drumnadrochit near Inverness, spoken. Better finds the real purpose (winter cost, not the terminal).
PAIRS.append(rpair(
    "b41r_d08_inverness_terminal",
    "The owner of a five-room B&B near Inverness phones her card-payment provider to cancel her terminal because the "
    "monthly fee hurts in the quiet winter months.",
    c("Hello there. I run a wee B&B out at Drumnadrochit, five rooms. I'm paying twenty-five pound a month for your card "
      "machine and from November to March I barely use it. I think I'll cancel.", None),
    [
        t("Hello. I can help with that. Before I do, can I ask what you'd use instead? Most guests want to pay by card "
          "these days."),
        c("Well... that's the thing. In summer I need it, the Americans never carry cash. It's the winter that's the "
          "problem.", None),
        t("Then cancelling might cost you in summer. There's a seasonal plan: it pauses November to March for three "
          "pounds a month and switches back on in April by itself. Or a pay-as-you-go reader with no monthly fee, but "
          "1.69% per transaction instead of 1.2%."),
        c("Hmm, I'd have to work out which is better. I'll need to sit down with my figures.", "think_it_over"),
        t("Of course. If you tell me roughly what you take by card in a summer month, I can work it out with you now, "
          "it's two minutes."),
        c("About nine thousand in July. Go on then.", None),
        t("With a July like that, the seasonal plan comes out a bit cheaper over the year than pay-as-you-go, and the "
          "busier your summer, the more it saves. I'll email you both sums so you can check them."),
    ],
    [
        t("Hello. Sorry to hear that. I can process the cancellation; there's a thirty-day notice period and the "
          "terminal goes back by post."),
        c("Right. And the box, do you send one?", None),
        t("Yes, we'll post you a prepaid bag. Can I ask why you're leaving? We do have a seasonal plan, three pounds a "
          "month in winter."),
        c("Oh. I didn't know that. Well, I'll think about it and ring you back.", "think_it_over"),
        t("No problem. The cancellation's on hold until I hear from you."),
    ],
))

# d09 - consumer, Alexandria (Egypt), typed. Better digs into the doubt (headaches) and offers a guarantee.
PAIRS.append(rpair(
    "b41r_d09_alexandria_glasses",
    "A university lecturer in Alexandria messages an optician chain about new progressive glasses; her last pair, "
    "from another shop, gave her weeks of headaches.",
    c("hello, I need progressive glasses, new prescription. my last pair from another shop gave me headaches for weeks "
      "so I'm nervous honestly", None),
    [
        t("Hello! Sorry about the headaches, that's quite common with progressives when the lens is fitted too high or "
          "the middle zone is too narrow for how you use it. What do you mostly use your glasses for: computer, reading, "
          "driving?"),
        c("lecturing, so looking at students and then my notes, and a lot of laptop. I don't drive", None),
        t("That helps. For lecturing and laptop, a wide middle zone matters more than distance. We measure you wearing "
          "the frame, and there's a 60-day guarantee: if you can't adapt, we remake the lenses free or change to office "
          "lenses."),
        c("60 days is good. how much though? the last ones were 4000 EGP", None),
        t("With the wide-middle design, 5,200 EGP, frame not included. Come in for the measurement first (free, 20 "
          "min), and decide after."),
        c("ok, I can come saturday morning", None),
    ],
    [
        t("Hello! We have great progressive lenses from 3,800 EGP, with anti-reflective coating. Bring your "
          "prescription and choose a frame."),
        c("ok. but my last pair gave me headaches, how do I know these will be different?", "bad_experience"),
        t("Our lenses are high quality, most people adapt in one or two weeks. If there's a problem, come back and we'll "
          "check them."),
        c("ok, I'll come and see", None),
        t("See you soon!"),
    ],
))

# d10 - consumer, Puna near Hilo (Hawaii), spoken. Better checks household, roof and drinking use before selling.
PAIRS.append(rpair(
    "b41r_d10_hilo_catchment",
    "A couple who have just bought an off-grid lot in Puna, near Hilo, come to a water-catchment supplier asking for "
    "the ten-thousand-gallon tank their neighbour told them to get.",
    c("Hi, um, so we just bought a place out in Puna, off-grid, and the neighbour said we need a ten-thousand-gallon "
      "catchment tank. So... we'd like one of those, I guess? And the liner and stuff.", None),
    [
        t("Sure, we can do that. Couple of questions first: how many people in the house, and how big is the roof you're "
          "catching from?"),
        c("Just the two of us, and a dog. The roof's small, maybe eight hundred square feet. We might build bigger "
          "later.", None),
        t("Eight hundred square feet in Puna fills a ten-thousand most of the year, so that size is fine and leaves room "
          "for the bigger house. What matters more is the filtration: are you drinking this water?"),
        c("Yeah, we'll drink it. Is that... safe? Our neighbour just has a filter on the tap.", None),
        t("It can be, with a UV light and two filters at the pump, plus a first-flush diverter on the gutter, about nine "
          "hundred more than the tank. Leaf guards for the gutters too, if you've got trees over the roof."),
        c("The UV and filters, yes. The leaf guards, let's leave that for now.", "brush_off"),
        t("No problem. I'll write it all down with prices, and get the water tested at the county lab after the first "
          "month, it's cheap."),
    ],
    [
        t("Sure thing. A ten-thousand with liner and cover is four thousand two hundred, delivery to Puna two-fifty. "
          "Install is usually two weeks out."),
        c("Okay. Do we need anything else with it?", None),
        t("Gutter connection, a pump, and filters if you're drinking it. I can add a basic pump-and-filter package for "
          "six-fifty."),
        c("Great, let's do that.", None),
        t("Perfect. I'll write up the order."),
    ],
))
