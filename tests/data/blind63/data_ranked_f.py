"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it.
Written by hand for blind63."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer; mattress shop, Stockholm (Sweden)
o = c("Hi, I'm looking for a new mattress. I wake up with a sore lower back most mornings and I think mine's too hard.", None)
a1 = t("Sorry to hear that. How old is your current mattress, and do you sleep on your back, side or stomach?")
b1 = c("About nine years. Side mostly. My sister says I need a firm one, but honestly I think I need softer.", None)
a2_good = t("For side sleepers, too hard is often the problem - the shoulder and hip can't sink in, so the lower back takes the strain. You may well be right. Let's test rather than guess: lie on your side on a couple and I'll check whether your spine stays straight.")
b2_good = c("Okay, sure. Let's try.", None)
a2_bad = t("Your sister's right, actually. Soft mattresses are bad for your back, any physio will tell you. Firm support is what you need - the soft thing is a myth.")
b2_bad = c("But my mattress now is firm and my back hurts. I know how I feel in the morning.", None)
a3 = t("Well, try this medium-soft one on your side for a few minutes... from here your spine looks straight. It's 8,900 kronor, with a 100-night trial, so if your back isn't better you can swap it.")
b3 = c("8,900 is more than I thought. The one at IKEA was half that.", "too_expensive")
a4 = t("It is more. The difference is the zoned springs under your hips, and the trial. Lie on the IKEA one on your side for ten minutes and see how your hip feels - if it's comfortable, buy that one.")
PAIRS.append(rpair(
    "b63r_f01_stockholm_mattress_backpain",
    "A side sleeper with morning back pain thinks her mattress is too hard. Same conversation, except in worse the trainee argues with her self-assessment (siding with her sister) and she has to defend what she feels.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f02 - doubts the customer's honesty; phone shop warranty claim, Manila (Philippines)
o = c("Hi po, my phone screen suddenly has green lines and now half is black. I bought it here four months ago, it is still in warranty right?", None)
a1 = t("Hi! Let me see. Yes, you're inside the 12-month warranty. When did the lines start, and did anything happen before - a drop, water, the phone getting hot?")
b1 = c("Two days ago, in the morning I just open it and there's lines. No drop, I have a case and the screen protector is not even cracked.", None)
a2_good = t("Thanks. No dents on the frame and the protector is fine, so this looks like a display fault, which the warranty covers. I'll send it to the service centre for a screen replacement.")
b2_good = c("Okay, good. How long will it take? I use it for work, I'm a Grab driver.", None)
a2_bad = t("Hmm. Honestly, everyone says they didn't drop it. Green lines like this usually come from a drop. Are you sure nobody else used it?")
b2_bad = c("I'm telling the truth, why would I lie? I'm a Grab driver, this phone is my work.", None)
a3 = t("Warranty repairs take about 7 to 10 working days. I can lend you a loaner phone so you can keep driving - it needs a 1,000 peso deposit, refunded when you return it.")
b3 = c("1,000 deposit, hmm, I only have 500 until Friday. Can I bring the rest on Friday?", "no_money")
a4 = t("Yes, 500 now and the rest Friday is fine, I'll note it on your slip. Let's move your SIM and your Grab app to the loaner now.")
PAIRS.append(rpair(
    "b63r_f02_manila_phoneshop_warranty",
    "A ride-hailing driver brings in a phone with a screen fault under warranty. Same conversation, except in worse the trainee doubts her word that it was never dropped.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f03 - drops the price before asking anything; web agency, Bengaluru (India)
o = c("Hello, I run a yoga studio in Indiranagar and I want a proper website. What would it cost?", None)
a1_good = t("Happy to help. It depends a lot on what the site needs to do. Do you want people to book and pay for classes online, or mainly find you and see the timetable?")
b1_good = c("Booking would be great. Right now everything is on WhatsApp and I'm answering messages at midnight.", None)
a1_bad = t("Let me say straight away, for a small studio like yours I can cut our usual price a lot, don't worry, we'll work something out. So what do you need on the site?")
b1_bad = c("You haven't even asked what I need and you're already cutting the price? Now I wonder what the real price is. Anyway - booking would be great, right now everything is on WhatsApp and I'm answering messages at midnight.", None)
a2 = t("Then online booking is the heart of it. Do you use any booking app now, or take payments by UPI?")
b2 = c("UPI only, to my own number. I tried one booking app last year, it was so confusing my students gave up.", "bad_experience")
a3 = t("Good to know. We'd build it on a simple booking tool where students pick a class and pay by UPI in two taps, and I'll show you the booking screen on a phone before you commit. A five-page site with booking is 65,000, plus about 1,500 a month for the booking tool.")
b3 = c("65,000 is okay if it really stops the midnight messages. Show me the demo.", None)
a4 = t("I'll set up a demo with your real class timetable and send you the link by Thursday.")
PAIRS.append(rpair(
    "b63r_f03_bengaluru_webagency_yogastudio",
    "A yoga studio owner asks what a website costs. Same conversation, except in worse the trainee offers a price cut before asking a single question, and the owner starts to distrust the price.",
    [o, a1_good, b1_good, a2, b2, a3, b3, a4],
    [o, a1_bad, b1_bad, a2, b2, a3, b3, a4]))

# f04 - an unasked lecture; pet shop, Wellington (New Zealand)
o = c("Hi, I'm after a big bag of dry food for my Labrador. He's been on the supermarket stuff but the vet said to try something better.", None)
a1 = t("Sure. Did the vet say why - his weight, his skin, his tummy?")
b1 = c("Skin, mostly. He scratches a lot and he's got a couple of bald patches. He's seven.", None)
a2_good = t("Okay. Itchy skin in Labs is often linked to chicken or wheat, and supermarket brands are full of both. This salmon and potato one has neither - worth trying for eight weeks to see if the scratching settles.")
b2_good = c("Makes sense. How much is a bag?", None)
a2_bad = t("Okay. Can I just say, seven-year-old Labs really have to be kept lean - most of them are overweight, and supermarket food and table scraps are how it happens, portion control is everything. Anyway, this salmon and potato one has no chicken or wheat, worth trying for eight weeks.")
b2_bad = c("I didn't say he was fat, or that he gets scraps. How much is the bag?", None)
a3 = t("The 12 kilo bag is 139 dollars, which lasts a Lab about six weeks.")
b3 = c("Whoa, the supermarket one's like fifty. That's nearly three times as much.", "too_expensive")
a4 = t("It is more. If you'd like to test it first, there's a 2 kilo bag for 32 - if the scratching hasn't eased in a couple of weeks, you haven't spent much finding out.")
PAIRS.append(rpair(
    "b63r_f04_wellington_petshop_labrador",
    "A dog owner wants better food for his itchy Labrador on the vet's advice. Same conversation, except in worse the trainee gives an unasked lecture about overweight dogs and table scraps.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f05 - a vague next step; furnace repair, Montreal (Canada)
o = c("Hi, my furnace keeps shutting off after a few minutes - it starts, runs, then just stops. It's minus 15 out and I've got a baby at home.", None)
a1 = t("Okay, with a baby and minus 15 that's urgent. Is the house getting any heat at all, and is there a light blinking on the furnace?")
b1 = c("It gets a bit warm then cold again. There's a red light that blinks three times, stops, then three times again.", None)
a2 = t("Three blinks on most models means the pressure switch is tripping, often because the vent pipe outside is blocked. If the white plastic pipe on the outside wall has snow or ice on it, clear it by hand and switch the furnace off and on. If that doesn't fix it, we send someone - emergency call-outs are 189 dollars.")
b2 = c("189 just for someone to show up? Ugh. Hold on, I'll check the pipe first.", "too_expensive")
a3_good = t("Good. I'll stay on the line while you clear it. And I'm booking a technician for 4pm today anyway - if the ice fixes it, I cancel it free, so you're not left waiting if it doesn't.")
b3_good = c("Okay, that makes me feel better. Give me a minute, I'm going outside.", None)
a3_bad = t("Sounds good. If it still doesn't work, call us back and we'll let you know when someone can come out.")
b3_bad = c("Let me know when? It's minus 15 and I've got a baby. Can't you give me a time?", None)
PAIRS.append(rpair(
    "b63r_f05_montreal_furnace_shutoff",
    "A parent with a baby calls about a furnace that keeps shutting off in deep cold. Same conversation, except in worse the next step is vague ('call back and we'll let you know').",
    [o, a1, b1, a2, b2, a3_good, b3_good],
    [o, a1, b1, a2, b2, a3_bad, b3_bad]))

# f06 - over-promises; freight forwarder, Rotterdam (Netherlands)
o = c("Hello, we have a container of garden furniture arriving in Rotterdam on Monday and our client needs it in their warehouse in Dusseldorf by Friday. Can you do customs and the trucking?", None)
a1 = t("Yes, we do both. Have you imported this product into the EU before, and are the commercial invoice and packing list ready?")
b1 = c("We've imported from this factory before, with another forwarder. Documents are ready. The last forwarder was a disaster, the container sat in port eleven days.", "bad_experience")
a2 = t("Sorry to hear that. Eleven days usually means a document problem or a customs inspection. If you send the documents today, we check them before the ship arrives, so the declaration goes in the moment it docks.")
b2 = c("Good. So Friday is realistic?", None)
a3_good = t("If customs releases it without an inspection, yes - cleared Monday or Tuesday, truck Wednesday, Dusseldorf Thursday. If they pick it for inspection, that can add three to five days, and nobody controls that. I'd tell your client Friday is likely, not certain.")
b3_good = c("Honest answer, thank you, I'll warn the client. What does it cost?", None)
a3_bad = t("Absolutely, Friday is guaranteed. We have a great relationship with Dutch customs, our containers basically never get inspected.")
b3_bad = c("Guaranteed? The last forwarder promised the same thing. Well, we'll see. What does it cost?", "bad_experience")
a4 = t("Customs clearance is 145 euros and trucking to Dusseldorf is 780. Send the documents today and I'll confirm by tomorrow that everything's in order.")
PAIRS.append(rpair(
    "b63r_f06_rotterdam_freight_deadline",
    "An importer burned by a previous forwarder needs a container cleared and trucked within the week. Same conversation, except in worse the trainee guarantees a delivery date that customs controls.",
    [o, a1, b1, a2, b2, a3_good, b3_good, a4],
    [o, a1, b1, a2, b2, a3_bad, b3_bad, a4]))

# f07 - closes before checking the thing works; card payments for a food truck, Austin (USA)
o = c("Hey, I run a taco truck, mostly at festivals and breweries around Austin. My card reader's dying and I'm looking at your system.", None)
a1 = t("Cool. What's going wrong with the current one, and what do you need the new one to do?")
b1 = c("It's slow, and at festivals the cell signal is trash, so half the time cards just fail and I lose the sale. People with no cash just walk away.", None)
a2 = t("So the big thing is taking cards with bad or no signal. Our reader has an offline mode: it stores card payments and sends them when signal comes back. Hardware is 299, and it's 2.6% plus 15 cents a transaction.")
b2 = c("2.6, my current one's 2.5. Not a huge deal I guess.", None)
a3_good = t("Before you buy anything, let's test the offline mode at your truck, since that's the whole point. I'll lend you a demo reader for your next gig - switch off your hotspot, run a few test sales, and watch them go through afterwards. If it works, you buy; if not, you've lost nothing.")
b3_good = c("Oh, yeah, that's smart. I'm at Zilker on Saturday, I'll try it there.", None)
a3_bad = t("Great, so shall we get you signed up today? I can ship the reader tomorrow and you'll be live by the weekend.")
b3_bad = c("Hold on, I'd want to see the offline thing actually work at a festival before I put 300 down. My last reader said it did offline too and it didn't.", "bad_experience")
PAIRS.append(rpair(
    "b63r_f07_austin_foodtruck_cardreader",
    "A food-truck owner losing sales to bad festival signal looks at a card reader with offline mode. Same conversation, except in worse the trainee closes before checking the offline mode works where he trades.",
    [o, a1, b1, a2, b2, a3_good, b3_good],
    [o, a1, b1, a2, b2, a3_bad, b3_bad]))

# f08 - recommends before asking; paint shop, Lima (Peru); non-native English
o = c("Buenas, hello. I want to paint the living room wall, it has some stains. What paint you recommend?", None)
a1_good = t("Hello! Before I choose one - what kind of stains? Dark spots, peeling, white powder? And is it a wall to the outside?")
b1_good = c("It's the wall to the garden, yes. Dark spots near the bottom, and the paint is peeling a little. Every winter is worse.", None)
a1_bad = t("Our bestseller is the premium satin, 189 soles a gallon - covers in one coat and it's washable, perfect for living rooms.")
b1_bad = c("Okay but... the wall has dark spots near the bottom and the paint is peeling, every winter is worse. The premium paint fixes that?", None)
a2 = t("Dark spots and peeling low down on a garden wall, worse in winter - that's damp, from the winter humidity. Normal paint will peel again in a few months. You need to scrape the loose paint, treat it with a fungicide, put on an anti-humidity sealer, and then any paint on top.")
b2 = c("So many products. How much is all that?", None)
a3 = t("For one wall: fungicide 25, the sealer 95 for a quarter gallon, and a standard washable paint 110 a gallon. About 230 soles.")
b3 = c("230 for one wall... my husband will say is too much, he wants to use the paint we have left from before.", "too_expensive")
a4 = t("The leftover paint can go on top - then you only need the fungicide and the sealer, 120. The sealer is the part that stops it coming back.")
PAIRS.append(rpair(
    "b63r_f08_lima_paintshop_dampwall",
    "A customer wants paint for a stained living-room wall that turns out to be damp. Same conversation, except in worse the trainee recommends a premium paint before asking what the stains are.",
    [o, a1_good, b1_good, a2, b2, a3, b3, a4],
    [o, a1_bad, b1_bad, a2, b2, a3, b3, a4]))

# f09 - unexplained jargon; tax accountant, Vienna (Austria); non-native English
o = c("Hello, I'm a freelance translator, I moved to Vienna last year from Spain. I need help with my tax return, I have no idea how it works here.", None)
a1 = t("Welcome to Vienna! Let's see what you need. Are you registered as self-employed, and are your clients in Austria, in other EU countries, or both?")
b1 = c("I registered last March. Clients are mostly agencies in Spain and Germany, a few in Austria.", None)
a2_good = t("Okay. Because most of your clients are businesses in other EU countries, you usually don't charge them Austrian VAT - they account for it in their own country. That changes what goes on your invoices and your return. Have you been adding VAT so far?")
b2_good = c("I... don't know. I just put the total amount. Is that bad?", None)
a2_bad = t("Okay. So for your B2B EU clients it's reverse charge, you'd need a UID, file the ZM quarterly, and we'd check whether you fall under the Kleinunternehmerregelung or opted into Regelbesteuerung. Have you done any of that?")
b2_bad = c("Sorry, I understood maybe three words. I just put the total amount on my invoices. Is that bad?", None)
a3 = t("Not necessarily - depending on your income, it may be fine. We'd go through last year's invoices together. For a first-year return with an invoice check, our fee is 650 euros.")
b3 = c("650... that's a lot for me, my first year was not so good.", "no_money")
a4 = t("Understood. Send me your invoice list first - if it's simple, I'll quote a lower fixed fee before you commit to anything.")
PAIRS.append(rpair(
    "b63r_f09_vienna_accountant_translator",
    "A newly arrived freelance translator needs help with her first Austrian tax return. Same conversation, except in worse the trainee answers in unexplained tax jargon.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f10 - talks about themselves; driving school, Kampala (Uganda)
o = c("Hello, I want to learn driving. I am 40 years, I am very nervous, I was in an accident years ago as a passenger.", None)
a1 = t("Thank you for telling me. Many of our learners start nervous. Manual or automatic, and have you ever been behind the wheel?")
b1 = c("Never. Automatic I think, my husband's car is automatic.", None)
a2_good = t("Automatic is easier to start with. For nervous beginners we do the first two lessons in a quiet compound in Kololo, no traffic at all, until you feel ready for the road. You decide when we go out.")
b2_good = c("That sounds good. I'm scared of the boda bodas in traffic.", None)
a2_bad = t("Automatic is easier. You know, I started this school fifteen years ago with one car, and now we have twelve. I have trained over three thousand drivers, even government officials, and I myself have never had an accident in thirty years.")
b2_bad = c("Okay... that is good for you. But I'm scared of the boda bodas in traffic.", None)
a3 = t("Everyone is. We build up slowly - quiet roads first, then busier ones, with the instructor beside you on dual brakes. The full course is 20 lessons, 900,000 shillings.")
b3 = c("900,000 is a lot. I need to talk to my husband first.", "think_it_over")
a4 = t("Of course. You could also book one trial lesson for 45,000 and see how you feel before deciding on the full course.")
PAIRS.append(rpair(
    "b63r_f10_kampala_drivingschool_nervous",
    "A nervous 40-year-old who was once in a crash asks about learning to drive. Same conversation, except in worse the trainee talks about himself and his school instead of her fear.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))
