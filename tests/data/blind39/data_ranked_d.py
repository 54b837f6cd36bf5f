"""Ranked pairs d01-d05: both sides decent, `better` clearly better. Written by hand."""
from common import t, c, rpair

RPAIRS = []

# d01 -- Tokyo, Japan: restaurant ordering/POS system (B2B), sceptical izakaya owner, spoken.
# Better digs into the doubt, finds the real problem (lost orders), offers a free weekend trial.
o = c("Ah, you're the POS company. Look, I said on the phone, I'm not sure. My customers are old salarymen, "
      "they don't want to order on a tablet. Ten minutes, okay? We open at five.", None)
RPAIRS.append(rpair(
    "d01_izakaya",
    "A sales rep from an ordering-system company visits a small izakaya in Tokyo an hour before opening; "
    "the owner agreed to ten minutes and doubts his regulars would use tablets.",
    [o,
     t("Ten minutes, understood. When you say they don't want tablets — is it that they like talking to "
       "your staff, or have you seen them struggle with one somewhere?"),
     c("They like talking. It's an izakaya, not a vending machine. My problem is different — Friday nights "
       "my two staff run around and orders get lost, the kitchen sends food to the wrong table.", None),
     t("Then tablets on the tables are probably wrong for you. We also do handhelds for the staff: they take "
       "the order at the table, chatting like always, and it goes straight to the kitchen printer. The "
       "customers see no difference."),
     c("Handhelds... we had those little machines once, ten years ago, other company. Batteries dead by nine "
       "o'clock, we went back to paper.", "bad_experience"),
     t("Batteries have changed a lot since then, but you don't have to believe me. We can lend you two for a "
       "Friday and Saturday, free. If they're dead by nine, you send me home."),
     c("Ha. Okay, one weekend. Next Friday.", None)],
    [o,
     t("Ten minutes is plenty. Actually, older customers get used to tablets quickly — we have many izakaya "
       "clients in Shinbashi with the same crowd, and their orders went up about fifteen percent."),
     c("Maybe in Shinbashi. My regulars come here thirty years. They like talking to the staff, not a "
       "screen.", "no_need"),
     t("That makes sense. The tablet has big fonts and a call-staff button, so people can still talk to "
       "staff. Let me show you the menu screen, it's very easy."),
     c("It looks easy, yes. But I don't know. Leave me the brochure, I'll look at it.", "brush_off"),
     t("Of course. Here's the brochure and my card — I'll call you next week to hear what you think."),
     c("Okay, okay. Next week.", None)]))

# d02 -- Hamburg, Germany: car dealership, woman who drives her elderly mother, spoken.
# Better notices the real purpose (getting mother and rollator in) before recommending.
o = c("Moin. I'm looking at the small ones, Polo size. Nothing fancy. My old car failed the TÜV, so I need "
      "something by next month, really.", None)
RPAIRS.append(rpair(
    "d02_cardealer",
    "A woman in her fifties walks into a car dealership in Hamburg needing a small car within a month "
    "because her old one failed its roadworthiness test.",
    [o,
     t("Moin. Next month is doable, we have a few in stock. What do you mostly use the car for?"),
     c("City, mostly. Shopping. And I drive my mother to the doctor twice a week, she's eighty-four.", None),
     t("Does your mother get in easily, or is a low seat a problem for her? And does she use a walker?"),
     c("Oh, getting in is terrible, she has her hip. Yes, a rollator. In my old car I had to put it on the "
       "back seat.", None),
     t("Then I'd look at the slightly higher small ones — this one here is the same length as a Polo, but "
       "the seat is about ten centimetres higher and the rollator fits folded in the boot. Shall we bring "
       "your mother for a test sit? Ten minutes, no test drive needed."),
     c("That's a good idea, actually. I hadn't thought about the height. Saturday I could bring her.", None),
     t("Saturday morning then. I'll have it parked by the door so she doesn't have to walk far.")],
    [o,
     t("Moin. Sure, we have a few in stock. This one's popular — 95 hp, very economical, 4.9 litres, and "
       "with the comfort package you get the big screen and parking sensors."),
     c("The big screen I don't need. What does the comfort package cost?", "no_need"),
     t("It's 1,900 extra; the base is 21,490 without it. The base has everything you need for the city."),
     c("Okay. I drive my mother around a lot too, she's eighty-four. It's fine for that?", None),
     t("Sure, four doors, plenty of room. Would you like a test drive today? I can have it ready in five "
       "minutes."),
     c("Not today, I've got her physio at three. I'll come back.", "no_time"),
     t("No problem — here's my card, call me whenever you like.")]))

# d03 -- Utrecht, Netherlands: gym, broke student, typed chat.
# Better adapts the offer to the person (off-peak plan, free freeze, fee waived after trial).
o = c("hoi! how much is a membership? im a student and honestly broke lol. also i have exams in june so i "
      "might stop for a month", None)
RPAIRS.append(rpair(
    "d03_gym",
    "A university student writes to a gym's web chat in Utrecht asking the price of a membership; money is "
    "tight and she has exams in June.",
    [o,
     t("Hoi! Student rate is €24,95/month. But first: when would you usually come? If it's before 16:00, our "
       "off-peak student plan is €17,50."),
     c("mostly mornings before lectures tbh. 7-9ish", None),
     t("Then off-peak fits perfectly. And for June: you can freeze for up to 2 months a year for free, just "
       "tell us a week before. Monthly cancellable after the first 3 months."),
     c("oh nice. is there a sign up fee? my friend paid like 30 euro for a card", None),
     t("Normally €29, but if you do a free trial session first and sign up after, we skip it. Want to book "
       "one this week?"),
     c("yes! thursday 8am?", None),
     t("Booked ✅ Bring your student card. See you Thursday!")],
    [o,
     t("Hoi! Our student membership is €24,95/month, 12-month contract, plus a €29 sign-up fee. Includes "
       "all classes and the sauna 💪"),
     c("12 months?? i might stop in june for exams. and 25 a month is a lot for me rn", "no_money"),
     t("Totally get it! You can freeze for exams, it's €5 per month of freezing. And we sometimes have "
       "sign-up fee promos, I'll let you know."),
     c("hmm ok. ill check with my roommate, she goes to another gym, maybe thats cheaper", "think_it_over"),
     t("Sure! Here's the link to sign up whenever you're ready 🙂"),
     c("thx", None)]))

# d04 -- Busan, South Korea: packaging supplier for a skincare start-up (B2B), typed chat.
# Better offers a low-risk next step (stock box + sleeve, free samples, colour proof before the run).
o = c("Hello, I am Seo-yeon, founder of small skincare brand Haneul Lab. we need boxes for our new serum "
      "30ml. first launch only maybe 800 pcs. your website says MOQ 5000 😢 is there any way?", None)
RPAIRS.append(rpair(
    "d04_packaging",
    "The founder of a two-person skincare brand messages a Busan packaging maker about boxes for a first "
    "launch of about 800 serums; the website says the minimum order is 5,000.",
    [o,
     t("Hello Seo-yeon! MOQ 5,000 is for fully custom printed boxes. For a launch of 800 there's another "
       "way: our stock white box in the 30ml size with a custom printed sleeve. MOQ for sleeves is 500. May "
       "I ask where you sell — online, or in shops too?"),
     c("online only for now, smart store and instagram. but unboxing photo is very important for us, "
       "customers post it", None),
     t("Then the inside matters too — we can print a short message inside the sleeve, it photographs well. "
       "Shall I send 3 sample sleeves on our stock box with your logo first? Samples are free, you pay only "
       "courier, 4,000 won."),
     c("yes!! but honestly we had bad experience before, the sample was beautiful but mass production "
       "color was different, more pink than our green", "bad_experience"),
     t("That happens when the colour isn't locked. We'll match your Pantone code, and for the real order we "
       "send you a press-proof photo from the machine before running all 800. If the colour is off, we "
       "stop."),
     c("ok that makes me feel better. i send you our AI file and pantone today", None)],
    [o,
     t("Hello Seo-yeon! Our MOQ for custom printed boxes is 5,000 pcs, but price per box goes down a lot at "
       "that volume, only 180 won each. With 800, the setup cost makes it very expensive."),
     c("5000 is too many, we dont have storage and not the money. we are 2 people 😅", "no_money"),
     t("I understand. We can do 2,000 as an exception, 310 won per box. Many brands order more at first "
       "and use them for the next batches."),
     c("hmm.. we had bad experience before, mass production color was different from the sample. i dont "
       "want 2000 wrong boxes", "bad_experience"),
     t("Our quality is very good, we work with many big brands. I'll send you the quote for 2,000 and you "
       "can decide."),
     c("ok send please, i will discuss with my partner", "think_it_over")]))

# d05 -- Milan, Italy: running shop, half-marathon runner with knee pain, spoken.
# Better diagnoses (pain location, worn shoes, gait) before recommending.
o = c("Ciao, buonasera. I need new running shoes. I'm doing the Milano half marathon in April and my knee "
      "hurts a bit since I started the longer runs.", None)
RPAIRS.append(rpair(
    "d05_running",
    "A man around forty training for his first half marathon comes into a running shop in Milan for new "
    "shoes; his knee has started to hurt on longer runs.",
    [o,
     t("Ciao! Where does the knee hurt — the front, the outside? And did you bring your old shoes?"),
     c("Outside, here. After ten, twelve kilometres. Yes, they're in the bag, I've had them... three years "
       "maybe.", None),
     t("Three years — let me see the soles... look, the outside of the heel is worn flat, the shoe isn't "
       "doing much anymore. Could you run on the treadmill for a minute? I want to see how you land before I "
       "bring anything."),
     c("Now? In jeans? Ha, okay, okay.", None),
     t("Thanks. You land a bit on the outside and the knee goes inward after. I'll bring three with a little "
       "more stability to try on the treadmill. If the knee still hurts with new shoes, see a physio — shoes "
       "aren't always the whole answer."),
     c("Okay, show me. What's the price range?", None),
     t("Between 130 and 170. I'll start you on the cheapest one, it may well be enough.")],
    [o,
     t("Ciao! For a half marathon, this is our best-seller — very soft, lots of cushioning, great for long "
       "distances. 170 euros."),
     c("170... that's more than I wanted to spend. And the knee — soft ones are good for the knee?",
       "too_expensive"),
     t("Cushioning absorbs the impact, yes, many runners with knee pain like it. We also have last year's "
       "model at 120."),
     c("Okay, let me try the 120.", None),
     t("Here, size 43? Walk around a bit... how do they feel?"),
     c("Soft. Nice. I think they're fine, I take them.", None)]))
