"""Ranked pairs d01-d10 (blind44): both sides decent, `better` clearly better. Written by hand."""
from common import t, c, rpair

PAIRS = []

# d01 - hearing clinic, Brandon, Manitoba (spoken, elderly man sent by his wife)
o = c("Morning. My wife made the appointment, not me. I hear fine — it's people who mumble these days. And I've heard "
      "those things cost as much as a used truck.", "no_need")
PAIRS.append(rpair(
    "b44r_d01_brandon_hearing",
    "An older man arrives for a hearing test at a clinic in Brandon, Manitoba, booked by his wife. He doubts he needs "
    "hearing aids and has heard they are very expensive.",
    [o,
     t("Morning, Mr. Friesen. Fair enough — plenty of people come in because someone else booked it. Can I ask where the "
       "mumbling bothers you most?"),
     c("Church, mostly. And the coffee row at the Tim's on Victoria with the fellas. Noisy places, I just nod along.", None),
     t("That's a very common pattern — quiet rooms fine, busy rooms hard. The test is twenty minutes and free, and it'll "
       "tell us if it's your ears or really the mumbling. If it's the mumbling, you can tell your wife I said so. And if "
       "there is something, there are options from about fifteen hundred a pair, not truck money."),
     c("Ha. Alright, if it's free. But I'm not buying anything today, you understand.", "think_it_over"),
     t("Understood — nothing today. You take the results home and talk it over with your wife. Let's go to the booth.")],
    [o,
     t("Morning, Mr. Friesen. Hearing loss comes on so slowly that most people don't notice it themselves. Let's do the "
       "test — twenty minutes, and it's free."),
     c("Well, I'm here now. What do they cost, if it turns out I need them?", None),
     t("Our hearing aids range from about fifteen hundred to six thousand a pair, depending on the technology level, "
       "and there's a sixty-day trial."),
     c("Six thousand. Huh. We'll see what your test says.", "too_expensive"),
     t("Sounds good. Right this way to the booth.")]))

# d02 - marine dealer, Aqaba, Jordan (B2B, spoken, dive boat operator)
o = c("Salam. I have a dive boat, ten metres, with a 150 horsepower Yamaha. I want to change to 200. How much, and how "
      "fast you can install?", None)
PAIRS.append(rpair(
    "b44r_d02_aqaba_outboard",
    "A dive boat operator visits a marine engine dealer in Aqaba asking for a price to replace his 150 hp outboard "
    "with a 200 hp one.",
    [o,
     t("Wa alaikum assalam. I can price a 200 for you. Before I do — what is the 150 doing that you don't like? Top speed, "
       "or getting up on the plane with a full boat?"),
     c("With full boat, fourteen divers and the tanks, it's slow, slow. To Cedar Pride it takes twenty-five minutes, "
       "before it was fifteen. Customers complain, we lose time for the second dive.", None),
     t("Before it was fifteen, with the same engine? Then something changed. When was the hull last cleaned, and is it "
       "the same propeller?"),
     c("The hull... maybe one year, more. Propeller is the old one, a bit damaged from the reef one time.", None),
     t("That could be most of your ten minutes. I'd clean the hull and fit a new prop — about 900 dinars — and test it "
       "with a full boat. If it's still slow, the 200 is 14,500 installed and I take the prop off the bill."),
     c("Okay, this makes sense. First the cheap way. Next Sunday the boat is free.", None)],
    [o,
     t("Wa alaikum assalam. A 200 Yamaha is 14,500 dinars installed, with rigging and controls. We can fit it about ten "
       "days after the deposit."),
     c("Fourteen thousand five hundred... it's a lot of money. The boat is slow with full divers — it will fix it?",
       "too_expensive"),
     t("A 200 gives you much more power, so yes, it'll be quicker with a full load. We can also split the payment in two."),
     c("Okay. Let me think, I talk with my partner and come back.", "think_it_over"),
     t("Of course. I'll write the quote for you now.")]))

# d03 - web designer, Neiafu, Vava'u, Tonga (B2B, spoken, older guesthouse owner)
o = c("Mālō e lelei. My granddaughter says I need a website for the guesthouse. Four rooms, near the harbour. I am "
      "seventy-one, I don't use the computer much. The phone I use for Facebook only.", None)
PAIRS.append(rpair(
    "b44r_d03_vavau_website",
    "A 71-year-old guesthouse owner in Neiafu, Vava'u, visits a local web designer because her granddaughter told her "
    "the four-room guesthouse needs a website.",
    [o,
     t("Mālō e lelei. Then let's make something you can look after from your phone. Where do your guests find you now?"),
     c("Word of mouth, the yachties. Some message on Facebook. July to October is the whales, I'm full. Other months, empty.",
       None),
     t("So the website's real job is the empty months. I'd make one simple page with photos and prices and a big button "
       "that opens WhatsApp to your phone — no booking system to learn — and put you on Google Maps, where most travellers "
       "look. It's 1,200 pa'anga one time, and I'll show you and your granddaughter how to change the prices."),
     c("WhatsApp I can do. But twelve hundred... it's quiet now, I don't have it until the whale season.", "no_money"),
     t("Understood. We can do half now and half in August when the whales come. Or I put you on Google Maps this week for "
       "free, and we make the page in July. Which suits you?"),
     c("The free one first, and the page in July. Good.", None)],
    [o,
     t("Mālō e lelei. A website is a great idea. I'd build a full site with an online booking calendar, card payments so "
       "guests pay a deposit, and a photo gallery. 2,800 pa'anga."),
     c("A calendar... my nephew made me an email once and I lost the password the same week. Who will change it when "
       "someone books by phone?", "bad_experience"),
     t("It's easy — you log in on the phone and tap the dates. I'll do a training session with you, and we can spread the "
       "payment over three months."),
     c("Maybe. I will ask my granddaughter, she knows these things.", "think_it_over"),
     t("Of course. I'll email her the proposal.")]))

# d04 - travel insurance broker, Dubrovnik, Croatia (typed, older couple, heart condition)
o = c("hello, my husband and me go to Canada to visit our son in Calgary, 2 months from october. my husband had heart "
      "bypass 2021. do we need special insurance? the bank one says no cover for existing illness", None)
PAIRS.append(rpair(
    "b44r_d04_dubrovnik_travelcover",
    "A retired woman in Dubrovnik writes to an insurance broker's chat about cover for a two-month visit to Canada; her "
    "husband had heart bypass surgery three years ago.",
    [o,
     t("Hello! Yes, for Canada proper cover really matters — hospital costs there are very high. The key is a policy that "
       "covers a stable pre-existing heart condition. Has his cardiologist changed any of his medicine in the last 12 months?"),
     c("no, same pills 2 years. he is good, walks every day", None),
     t("That's good news — most insurers call that stable and can cover it. Two of our policies do, about 380 and 460 euro "
       "for both of you for the 2 months. Before you pay anything, I can send you the heart-condition paragraph of each one "
       "in Croatian, plus a short form for his doctor to sign, so you know exactly what's covered."),
     c("yes please, croatian is better. my english is not so good for the small letters 😅", None),
     t("Of course. I'll send them tomorrow morning. Take your time and read them — October is still far."),
     c("thank you very much, you are very kind", None)],
    [o,
     t("Hello! Yes, our Senior Travel Plus covers pre-existing conditions — 460 euro for both of you for 2 months. "
       "I can issue it today."),
     c("and the heart is covered? the bypass?", None),
     t("Pre-existing conditions are covered if stable. The full terms are on our website under Senior Travel Plus."),
     c("ok. send me the link, i look some other time", "brush_off"),
     t("Sure, here it is. Write whenever you're ready.")]))

# d05 - computer shop, Quetzaltenango, Guatemala (spoken, teacher with slow laptop)
o = c("Buenas. My laptop is very slow, takes like ten minutes to turn on. I teach at the institute and I need it for the "
      "classes, for PowerPoint. I think I need a new one. What do you have around four thousand quetzales?", None)
PAIRS.append(rpair(
    "b44r_d05_xela_laptop",
    "A secondary-school teacher in Quetzaltenango comes to a computer shop intending to buy a new laptop because her "
    "four-year-old one takes ten minutes to start.",
    [o,
     t("Buenas. I have a couple around that price, but ten minutes to start sounds like something fixable. Did you bring "
       "it? Let me look for five minutes before you spend four thousand."),
     c("Yes, here in the bag. It's four years old. My son says it's a virus.", None),
     t("Let's see... it has an old spinning disk and it's ninety-eight percent full. Not a virus. If I put in a solid-state "
       "disk and copy everything across, it'll start in under a minute. That's 650 quetzales, ready tomorrow."),
     c("Six hundred fifty, not four thousand? Hmm. Last time I paid a shop to fix the screen and it died again in two months.",
       "bad_experience"),
     t("The new disk has a three-year warranty, and I give you thirty days: if it's still slow, the 650 goes toward a new "
       "laptop here. Your files and your PowerPoints stay exactly the same."),
     c("Then yes, let's do it. I pick it up tomorrow after school.", None)],
    [o,
     t("Buenas. For four thousand I'd go with this Acer — i5, solid-state disk, it starts in seconds and PowerPoint runs "
       "smoothly. It's 3,850."),
     c("It looks good. And my files from the old one? All my classes are there.", None),
     t("We can transfer them for a hundred quetzales, done in a day."),
     c("Hmm, 3,950 all together. That's most of my salary this month. Let me see at the end of the month.", "no_money"),
     t("Sure, I'll keep it in mind for you.")]))

# d06 - commercial vehicle dealer, Abu Dhabi, UAE (B2B, spoken, fleet manager burned by past units)
o = c("Good morning. I'm the fleet manager at a catering company here. We need four refrigerated vans for deliveries to "
      "schools and offices. But I'll be honest, our last fridge units were a disaster in August — two broke down on the road.",
      "bad_experience")
PAIRS.append(rpair(
    "b44r_d06_abudhabi_fridgevans",
    "The fleet manager of an Abu Dhabi catering company meets a commercial vehicle dealer about four refrigerated "
    "delivery vans, after the company's previous fridge units failed in summer.",
    [o,
     t("Good morning. Thanks for saying it straight away — August is exactly when it matters. What went wrong with the old "
       "units: the compressor, or they couldn't hold temperature with the doors opening?"),
     c("The doors. Each van does twenty, twenty-five stops. By noon the box is at twelve degrees. The food inspector gave "
       "us a warning.", None),
     t("Then the van isn't really the question — the fridge unit and the door setup are. For that many stops I'd spec a unit "
       "rated for 50-degree ambient, strip curtains and a temperature logger with alerts. A bakery in Mussafah runs that "
       "setup; you could ride along on one of their routes at noon and watch the logger yourself."),
     c("That I want to see before I sign anything. The last dealer only showed me a brochure.", None),
     t("I'll arrange it for next week. And I'll write it into the quote: if the box can't hold 5 degrees in the first "
       "summer, we fix or replace the unit at our cost."),
     c("Good. Send the quote and the date for the ride-along.", None)],
    [o,
     t("Good morning. I'm sorry to hear that. Our vans come with a top-brand fridge unit and a two-year warranty, so you're "
       "covered if anything breaks."),
     c("The old ones had a warranty too. The problem was the food got warm, not only the breaking.", "bad_experience"),
     t("Understood. Our units are very powerful and rated for Gulf conditions. For four vans I can give you a five "
       "percent fleet discount."),
     c("Send me the specs. I'll compare with the other two dealers.", "think_it_over"),
     t("Sure, I'll email them today.")]))

# d07 - tire shop, Sydney, Nova Scotia (spoken, anxious new driver)
o = c("Hi — sorry, I don't really know anything about cars. I just got my licence in September and everyone at work says "
      "I need winter tires before the snow. I'm kind of nervous about driving in winter, honestly. I do night shifts at the hospital.",
      None)
PAIRS.append(rpair(
    "b44r_d07_capebreton_tires",
    "A nurse who got her driving licence a few months ago comes to a tire shop in Sydney, Cape Breton, before her first "
    "winter of driving to night shifts.",
    [o,
     t("No need to be sorry, that's what we're here for. Your co-workers are right — for nights on Cape Breton roads, winter "
       "tires make a big difference, especially stopping. What car is it?"),
     c("A 2016 Corolla. It's my first car.", None),
     t("Good little car. A set of winter tires for it is about 620 installed. I'll also show you where to check the pressure, "
       "because the cold drops it. And since you're nervous — the tires help a lot, but leaving extra space and braking early "
       "is what really keeps you safe."),
     c("Okay. That's less than I thought. Can you do them before Friday? My night block starts Friday.", None),
     t("Thursday at four — after you've slept? It's about forty-five minutes, you can wait with a coffee."),
     c("Thursday at four, perfect. Thanks for explaining it like that.", None)],
    [o,
     t("Sure. What car is it?"),
     c("A 2016 Corolla. It's my first car.", None),
     t("For a Corolla our best option is the Nokian Hakkapeliitta, premium Nordic compound, 1,050 installed on rims. "
       "Or a mid-range for 620."),
     c("Um... I don't know the difference. A thousand is a lot for me right now, I'm still paying off school.", "no_money"),
     t("The premium grips better on ice; the mid-range is fine for most people. We've got a slot next Tuesday."),
     c("Tuesday... my nights start Friday, so I guess that's okay. I'll take the cheaper one.", None)]))

# d08 - solar water heaters, Shkodër, Albania (typed, family with high winter bills)
o = c("pershendetje. electricity bill in winter is too high, the boiler is eating everything. thinking about solar for the "
      "water. but in winter in shkoder is raining all the time, does it even work?", None)
PAIRS.append(rpair(
    "b44r_d08_shkoder_solar",
    "A mother of three in Shkodër messages a solar water heater installer on Facebook chat about cutting winter electricity "
    "bills, unsure solar works in a rainy winter.",
    [o,
     t("Përshëndetje! Good question. In Shkodër in December and January, solar gives maybe 40–50% of your hot water, in "
       "summer almost all of it. So the electric boiler stays as backup for the rainy weeks. Over a year most families save "
       "about 60% on water heating."),
     c("60% is good. how much it costs? we are 5 people", None),
     t("For 5 people, a 200-litre system installed is around 95,000 lek. But before you decide, I can come look at your "
       "roof for free — if it faces north or has shade, I'll tell you honestly it's not worth it."),
     c("hmm 95 thousand is alot at once 😕", "too_expensive"),
     t("It is. We also do 12 monthly payments of about 8,200 with no interest, and the savings on the bill cover most of "
       "it. First let me see the roof — Saturday morning? If it's no good, you've lost nothing."),
     c("ok saturday good. rruga e dugajeve near the school, i send location", None)],
    [o,
     t("Përshëndetje! Yes, it works in winter too, less than in summer but still good. For 5 people we recommend 200 litres, "
       "95,000 lek installed."),
     c("and if it doesnt give hot water in winter? my brother in law put one and said it was useless", "bad_experience"),
     t("Maybe his was a cheap one. Ours is a good brand with a 5-year warranty. We can install next week."),
     c("ok let me talk with my husband first", "think_it_over"),
     t("Of course, write me when you've decided.")]))

# d09 - industrial sewing machine service, San Pedro Sula, Honduras (B2B, spoken, production supervisor)
o = c("Buenas. I'm the production supervisor at a small maquila in Choloma, we make sportswear. Last two weeks, six of our "
      "overlock machines keep breaking needles and skipping stitches. I'm thinking we need to replace them. How much are new ones?",
      None)
PAIRS.append(rpair(
    "b44r_d09_sps_overlock",
    "A production supervisor at a sportswear factory near San Pedro Sula phones an industrial sewing machine dealer "
    "about replacing six overlock machines that keep breaking needles.",
    [o,
     t("Buenas. New ones are about 38,000 lempiras each, but six machines failing in the same two weeks is unusual. Did "
       "anything change two weeks ago — new fabric, new thread, new operators?"),
     c("Well... yes, we started a new order, polyester with lycra, very stretchy. Before it was cotton.", None),
     t("That's probably it. Stretch fabric needs ball-point needles and different thread tension — with normal needles "
       "they skip and break. Before you spend 228,000, let me send a technician tomorrow to change needles and adjust one "
       "machine. If that one runs clean, we do the other five."),
     c("Tomorrow is good. But the client needs the order by the thirtieth, we cannot stop lines for a whole day.", "no_time"),
     t("He'll work during your lunch break, one machine at a time, about forty minutes each. No line stops for more than "
       "an hour."),
     c("Perfect. Tell him ask for Marleny at the gate.", None)],
    [o,
     t("Buenas. Our Juki overlock is 38,000 lempiras each; for six I can do 35,500 each and deliver in a week, with one "
       "year's warranty."),
     c("That's over two hundred thousand. I have to ask the owner, it's a big amount.", "think_it_over"),
     t("Understood. I'll send a formal quote to you and the owner today. We also offer financing."),
     c("Okay, send it. Meanwhile the machines keep breaking...", None),
     t("If you want, we can send a technician to look at them, 800 lempiras a visit."),
     c("Maybe. I'll let you know.", "brush_off")]))

# d10 - bank agent, Salelologa, Savai'i, Samoa (typed, church treasurer)
o = c("talofa. i am the treasurer for our church in Salelologa. i want to open a savings account for the church building "
      "fund. what do i need?", None)
PAIRS.append(rpair(
    "b44r_d10_savaii_churchfund",
    "The treasurer of a church in Salelologa, Savai'i, messages a bank's Facebook page about opening an account for the "
    "church building fund.",
    [o,
     t("Talofa! Happy to help. You'll need the committee minutes approving the account and ID for two signatories. Can I ask "
       "where most of the fund's money comes from?"),
     c("most from our families in auckland and brisbane. now they send to my personal account and i take it out and walk "
       "it to the bank lol. the pastor worries it looks bad", None),
     t("That makes sense — so what you really need is for overseas families to pay straight into the church account. We "
       "can set it up with international details, and each family puts their name as the reference, so the committee sees "
       "every tala and no cash goes through your hands."),
     c("oh that is much better. the pastor will like that. is there a fee for them to send?", None),
     t("Their own bank charges a sending fee; ours is 5 tala per deposit received. Bring the minutes and both signatories "
       "on Tuesday and I'll set it up with you in 30 minutes."),
     c("tuesday ok after the morning service. fa'afetai!", None)],
    [o,
     t("Talofa! You need the committee minutes approving the account and ID for two signatories. Savings interest is 2.5%."),
     c("ok. and people in NZ can send to it?", None),
     t("Yes, they can send to any account using our SWIFT code. The fee is 5 tala per deposit received."),
     c("hmm 5 tala every time, most families send 50 or 100. thats a lot for us", "too_expensive"),
     t("Understood. Come in when you're ready to open it.")]))
