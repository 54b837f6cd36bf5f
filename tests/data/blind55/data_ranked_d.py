"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better in a way a sales
coach would agree with, `worse` is competent but shallower. Hand-written for blind55."""
from common import c, rpair, t

PAIRS = []

PAIRS.append(rpair(
    "b55r_d01_kotor_boat_charter",
    "Kotor, Montenegro: a father books a boat trip to the Blue Cave for five, including two children and his "
    "76-year-old mother-in-law with bad knees. Better asks who is coming and fits boat and route to the grandmother; "
    "worse quotes and books the standard speedboat well but never finds out about her.",
    better=[
        c("Hi, I want to book a boat for tomorrow, the Blue Cave trip, for five people. How much?", None),
        t("For five, a private boat to the Blue Cave and Mamula is 450 for the day, or the shared tour is 60 each. Who's coming along?"),
        c("Me, my wife, two kids, eight and eleven, and my mother-in-law. She's seventy-six.", None),
        t("Is she all right getting on and off boats? The speedboats bounce a lot past the mouth of the bay when it's windy, and you board over the side."),
        c("Her knees aren't great, no. But she's the one who wanted to come.", None),
        t("Then I'd take a slower wooden boat with a proper ladder, 520. It's longer out to the cave, so skip Mamula and stop at Žanjice for lunch, there's shade and a ramp into the water. Wind picks up after two tomorrow, so leave at nine."),
        c("520... that's more than I had in mind. The speedboat is cheaper.", "too_expensive"),
        t("By 70, yes. If she's fine with a bumpy ride and climbing over the side, the speedboat's great. If not, it's the difference between her enjoying it and waiting on the dock."),
    ],
    worse=[
        c("Hi, I want to book a boat for tomorrow, the Blue Cave trip, for five people. How much?", None),
        t("For five, a private speedboat to the Blue Cave and Mamula is 450, about six hours. The shared tour is 60 each, so 300, but you're on a boat with twelve others."),
        c("Private is better, we have kids and my mother-in-law.", None),
        t("Sure, private it is. Departure at ten from the marina. Life jackets, snorkels and water are on board. Lunch isn't included, but the skipper stops at a beach with a restaurant."),
        c("Okay. And is it safe for the kids?", None),
        t("Absolutely, our skippers are licensed and we have children's life jackets. If the sea's rough, we adjust the route."),
        c("Fine, let's do it. Ten o'clock.", None),
    ],
))

PAIRS.append(rpair(
    "b55r_d02_iloilo_store_loan",
    "Iloilo, Philippines: a sari-sari store owner asks a microfinance officer for a 30,000-peso loan for a chest freezer. "
    "Better asks about demand, daily sales and unpaid credit (utang) and checks she can carry the repayments; worse "
    "explains the loan terms and documents clearly but never looks at whether the loan fits her cash flow.",
    better=[
        c("Good morning po. I want to apply for a loan, 30,000, to buy a chest freezer for my sari-sari store.", None),
        t("Good morning po. What would you sell from the freezer?"),
        c("Ice candy, ice, frozen fish and hotdogs. The neighbours ask every day and I have to say wala.", None),
        t("Good, so there's demand. A chest freezer adds maybe 800 to 1,000 to the electric bill. How much do you sell in a day now? And how much is out as utang?"),
        c("Around 2,500 a day. Utang... honestly, maybe 9,000. Some pay only on payday, some not at all.", None),
        t("That 9,000 is a big part of a freezer already. Repayment on 30,000 is about 1,400 a week for six months, and with that much utang some weeks get tight. Would 20,000 for a smaller freezer work, with a limit on utang?"),
        c("Smaller... but then I can't stock the fish. Let me think, I'll ask my husband tonight.", "think_it_over"),
        t("Of course. Come with him on Thursday if he can, and bring your sales notebook. We'll look at both amounts together."),
    ],
    worse=[
        c("Good morning po. I want to apply for a loan, 30,000, to buy a chest freezer for my sari-sari store.", None),
        t("Good morning po. For 30,000 our business loan is six months, 1,400 a week. You need a co-maker and a barangay clearance."),
        c("My sister can be co-maker. How long before I get the money?", None),
        t("About a week once the documents are complete. The first payment is a week after release."),
        c("One week, okay. Is the interest high?", None),
        t("2.5 percent a month, one of the lowest in Iloilo. Here's the checklist of documents."),
        c("Okay, I'll come back with my sister on Thursday.", None),
        t("See you Thursday po. Don't forget the barangay clearance, that's the one people forget."),
    ],
))

PAIRS.append(rpair(
    "b55r_d03_fairbanks_heating_oil",
    "Fairbanks, Alaska: new owners of a house with an oil furnace ask how delivery works. Better finds out the tank is "
    "outside and that they leave for three weeks at Christmas, so it recommends automatic delivery for that reason and "
    "is candid that the price lock may not pay; worse explains the plans correctly and lets them choose.",
    better=[
        c("Hi, we just bought a house off Chena Pump Road and it's got an oil furnace. I have no idea how this works. Do you just come and fill it up?", None),
        t("We can. Either you call us when it's low, or we put you on automatic delivery and track it by the weather. Do you know how big the tank is?"),
        c("The inspector said 300 gallons, outside, behind the garage. The old owners left receipts, they used about 900 gallons last winter.", None),
        t("Normal house then. With an outside tank at forty below, running dry is the worst thing, the line can gel and you need a service call on top. Are you ever away for long in winter?"),
        c("Actually, yeah, we go to my parents in Arizona for three weeks over Christmas.", None),
        t("Then automatic, for sure. We fill before you leave and again while you're gone. There's a season price lock at 4.29, but prices are falling right now, so I'm not sure it's worth it. I'd stay on the daily price."),
        c("Okay. Is there a contract? My oil company in Anchorage made me pay a fee to leave.", "bad_experience"),
        t("No contract on automatic, cancel any time. I can do the first fill Tuesday."),
    ],
    worse=[
        c("Hi, we just bought a house off Chena Pump Road and it's got an oil furnace. I have no idea how this works. Do you just come and fill it up?", None),
        t("We can. Automatic delivery or will-call. On automatic we track your usage and come before you run low. On will-call you phone us when the gauge is at a quarter."),
        c("What's the difference in price?", None),
        t("Same price per gallon, 4.35 today. There's also a season price lock at 4.29. Most people in town go automatic, it's one less thing to think about."),
        c("Is there a contract? My oil company in Anchorage charged me to leave.", "bad_experience"),
        t("No contract on automatic, you can cancel any time. The price lock is a one-year commitment, though."),
        c("Okay, automatic then. Can you come this week?", None),
        t("Tuesday works, I'll put you down."),
    ],
))

PAIRS.append(rpair(
    "b55r_d04_aarhus_cleaning_scheduling",
    "Aarhus, Denmark: the operations manager of a forty-person cleaning company asks a scheduling-software seller for a "
    "demo. Better finds where the pain is (sick calls at six a.m.), shows only that, is honest that the app lacks the "
    "cleaners' languages and proposes a one-team pilot; worse gives a good full-feature demo and a standard trial.",
    better=[
        c("Hej, I'm Mette, I run operations at Rengøring Østjylland. We do the schedules for forty cleaners in Excel and it's chaos. Can you show me the system?", None),
        t("Happy to. Before I show you anything: where does the chaos hit hardest, the weekly plan or the day itself?"),
        c("The day. Someone calls in sick at six in the morning, I phone around, then text the new person the address and the key code. Every single day.", None),
        t("So it's the six o'clock shuffle. That's what I'll show you: the sick call comes in on the app, the system suggests who's free and nearby, they accept on the phone and get the address and key info. What languages do your cleaners read?"),
        c("Polish, Romanian, a few Danes. Some don't read Danish or English well.", None),
        t("Then I should be honest: the app is Danish and English today. Polish comes in spring, Romanian isn't planned. Maps and addresses work for anyone, the messages won't. Would you try it with one team, the ones who'd manage, free for a month?"),
        c("A month free, fine. But my boss hates new subscriptions, so it depends on the price after.", "think_it_over"),
        t("It's 39 kroner per cleaner a month. After the month I'll write him one page with that and what the pilot showed."),
    ],
    worse=[
        c("Hej, I'm Mette, I run operations at Rengøring Østjylland. We do the schedules for forty cleaners in Excel and it's chaos. Can you show me the system?", None),
        t("Of course, I'll share my screen. Here's the weekly planner, drag and drop, colour-coded by team. Here's the customer view with key codes and notes. And the cleaners' app: GPS check-in, photos of finished jobs."),
        c("Looks nice. What happens when someone is sick in the morning?", None),
        t("They report it in the app, you get an alert, and you reassign the job from your phone in two taps. The new cleaner gets all the details."),
        c("And is it in Polish? Many of my cleaners are Polish.", None),
        t("Danish and English now, Polish is coming in spring. It's 39 kroner per cleaner a month, and there's a 30-day free trial."),
        c("Forty cleaners times 39 every month, that's not nothing. I need to show my boss.", "think_it_over"),
        t("Absolutely. I'll send you the brochure and the trial link today."),
    ],
))

PAIRS.append(rpair(
    "b55r_d05_broome_pearl_gift",
    "Broome, Western Australia: a man wants a pearl necklace for his wife's fortieth. Better asks what she wears and "
    "learns she is a nurse who can't wear dangling jewellery at work, so it suggests studs she can wear every day, with "
    "a cheaper size offered openly; worse presents the range and grading well and sells a nice pendant.",
    better=[
        c("G'day. Looking for something for my wife. It's her fortieth. I was thinking a pearl necklace, maybe.", None),
        t("Lovely. Does she wear much jewellery now? Gold, silver?"),
        c("Gold, small stuff. She's a nurse, so she can't wear much at work. Nothing that dangles, she says.", None),
        t("That's useful. A necklace she'd only wear on weekends; studs she could wear every day, most hospitals allow small ones. Would she rather have something for going out, or something she wears all the time?"),
        c("All the time, I reckon. She'd feel bad having something dear sitting in a drawer.", None),
        t("Then these: 10-millimetre South Sea studs in 18-carat gold, from a farm up the peninsula, 1,450. If that's more than you wanted, the 8-millimetre are 790 and still look lovely."),
        c("The 790 ones. I'd love to go bigger but the mortgage says no.", "no_money"),
        t("They'll suit her. I'll box them with the farm's certificate, and she can swap them within thirty days if she'd rather something else."),
    ],
    worse=[
        c("G'day. Looking for something for my wife. It's her fortieth. I was thinking a pearl necklace, maybe.", None),
        t("Lovely. Necklaces start around 1,200 for a single strand of smaller pearls, and the South Sea strands go up to 15,000. Or there are pendants, a single pearl on a gold chain, from 650."),
        c("Fifteen grand, crikey. No, something around a thousand.", "no_money"),
        t("Sure. This pendant's 980: a 10-millimetre South Sea pearl on an 18-carat chain. Pearls are graded by lustre, surface and shape, and this one's very clean."),
        c("It is nice. She likes gold.", None),
        t("Then it's a good choice. I'll put it in a gift box with the certificate, and she can exchange it within thirty days."),
        c("Righto, let's do it.", None),
    ],
))

PAIRS.append(rpair(
    "b55r_d06_arequipa_reading_glasses",
    "Arequipa, Peru: a man in his seventies can't read the newspaper with his two-year-old progressive glasses, which he "
    "never liked. Better asks what he does up close (newspaper, a furniture workshop) and suggests cheaper single-vision "
    "readers, tried on the spot; worse tests and recommends new progressives, reassuring him with a guarantee.",
    better=[
        c("Good afternoon, señorita. My glasses aren't good anymore. I can't read the newspaper properly.", None),
        t("Let's check your eyes first. Are these the ones you wear all day? When did you get them?"),
        c("Two years ago. They're progressive, my daughter insisted. Honestly, I never liked them, I have to move my head like a chicken.", "bad_experience"),
        t("Lots of people find that. Where do you read, mostly, and what else do you do up close?"),
        c("The newspaper in the morning, at the table. And I have a little workshop, I make furniture for my grandchildren, I need to see the measurements.", None),
        t("Your reading prescription has gone up a little, that's the newspaper. For the table and the workshop, plain reading glasses give you a wide clear view, no chicken head. Good single-vision readers are 180 soles; new progressives would be 650."),
        c("180 is better. But will I be changing glasses all the time?", None),
        t("Only when you sit down to read or work. Try a pair here with the paper. If it's easier, we make them; if not, we talk about progressives again."),
    ],
    worse=[
        c("Good afternoon, señorita. My glasses aren't good anymore. I can't read the newspaper properly.", None),
        t("Let's check... Your near vision has gone up half a step, that's why the newspaper is harder. I'd recommend new progressives with the new prescription, and anti-glare, very good with the Arequipa sun."),
        c("The progressive ones, I never liked them. I have to move my head a lot.", "bad_experience"),
        t("That's normal at first, the brain adapts. The new lenses have a wider reading zone, much more comfortable than the older ones. 650 soles with anti-glare."),
        c("650. Hmm. It's a lot, but if they're better...", "too_expensive"),
        t("They are, and there's a guarantee: if you don't get used to them in a month, we change the lenses."),
        c("Okay. Let's try.", None),
        t("I'll measure the frame now, they'll be ready on Friday afternoon."),
    ],
))

PAIRS.append(rpair(
    "b55r_d07_jaffna_maths_tuition",
    "Jaffna, Sri Lanka: a father wants his daughter in a maths tuition class because her O/L term marks are low. Better "
    "finds she can do the sums at home but fails under test conditions and is already tired from two evening classes, "
    "and offers a Saturday timed-paper class with a free trial; worse enrols her competently in the standard weekday class.",
    better=[
        c("Vanakkam. My daughter is doing O/L next year and her maths marks are very low. I want to put her in your maths class.", None),
        t("Vanakkam. What marks is she getting? All of maths, or some parts?"),
        c("Term test she got 38. But at home, when her brother helps, she does the sums correctly. I don't understand it.", None),
        t("Sounds like she knows more than her marks show. Does she go to any other tuition now?"),
        c("Yes, science and English, evenings. She comes home at eight, very tired.", None),
        t("Then another weekday evening may not help. Our Saturday morning paper class does timed past papers and then goes through the mistakes together. It trains the exam nerves. 2,500 a month. Could she come for a trial paper this Saturday? No charge."),
        c("This Saturday is her cousin's wedding. Next Saturday, yes.", "no_time"),
        t("Next Saturday at eight, then. After a month we look at the term test together, and if it hasn't moved, we add a weekday."),
    ],
    worse=[
        c("Vanakkam. My daughter is doing O/L next year and her maths marks are very low. I want to put her in your maths class.", None),
        t("Vanakkam. Our O/L maths class is Tuesday and Thursday, four to six, 3,000 rupees a month. We cover the whole syllabus, with a test every month."),
        c("Tuesday and Thursday... she has science tuition on Tuesday evening.", "no_time"),
        t("There's also a Monday and Wednesday group, same times."),
        c("Monday and Wednesday is okay. She'll be very tired, but okay.", None),
        t("Good. Bring her on Monday with a calculator and her last term test, so the teacher can see where she is."),
        c("Okay, Monday.", None),
    ],
))

PAIRS.append(rpair(
    "b55r_d08_stornoway_phone_for_mum",
    "Stornoway, Isle of Lewis: a man buys a phone for his 82-year-old mother, who wants video calls with grandchildren in "
    "Canada. Better asks about the signal at her house in Ness, finds she has broadband, and sets her up on wifi with a "
    "cheap SIM and a set-up session; worse sells a suitable phone and a data plan efficiently.",
    better=[
        c("Hiya. I'm after a phone for my mum, she's 82. She wants to do the video calls with my sister's kids in Canada.", None),
        t("Nice. Where does she live, and what's the signal like at hers?"),
        c("Out at Ness. Signal's rubbish in the house, you've to stand by the back door.", None),
        t("Then video calls over mobile data won't work well at Ness. Has she got broadband?"),
        c("Aye, she got it for the telly. Never uses it otherwise.", None),
        t("Then the calls go over her wifi and she doesn't need a big plan, a five-pound SIM for ordinary calls does. This one's 149, big screen and a simple mode. Bring her in Saturday and I'll set it up with her."),
        c("Saturday's no good, I'm on the ferry to Ullapool till Tuesday. Could you do Wednesday? She'll need showing, she can barely work the telly remote.", "no_time"),
        t("Wednesday's fine. I'll have WhatsApp and your sister's number on it before she comes, and show her the three big buttons. If she can't get on with it, bring it back within fourteen days."),
    ],
    worse=[
        c("Hiya. I'm after a phone for my mum, she's 82. She wants to do the video calls with my sister's kids in Canada.", None),
        t("Good idea. This one's popular with older folk, big screen, 149. And the plan: unlimited calls and 20 gig of data for 15 a month, plenty for video calls."),
        c("Fifteen a month on top of her pension... she'll moan.", "too_expensive"),
        t("There's a 10-pound one with 8 gig, about eight hours of video a month."),
        c("That'd do. Can you set WhatsApp up on it?", None),
        t("Of course, and I'll put your sister's number in too. Bring it back if anything's not working."),
        c("Grand.", None),
    ],
))

PAIRS.append(rpair(
    "b55r_d09_manaus_river_freight",
    "Manaus, Brazil: a building-materials supplier asks for a price to ship 40 tons of bagged cement up the Solimões to "
    "Tefé for a school that starts mid-October. Better asks about the deadline, warns about low water in the dry season, "
    "advises shipping now and checks storage, then meets the cash-flow worry with split payment; worse quotes, defends "
    "the price and books a September boat without raising the river.",
    better=[
        c("Bom dia. I need a price to send 40 tons of cement to Tefé. Bagged. When is your next boat?", None),
        t("Bom dia. Next balsa leaves Thursday, six days up to Tefé. When does it need to be there?"),
        c("The client starts a school building mid-October. So end of September, beginning of October.", None),
        t("That's deep in the dry season. Last year the Solimões got so low near Tefé that boats couldn't reach the port, cargo went onto small boats, weeks late and extra cost. How firm is the date?"),
        c("The mayor wants it started before the election. Very firm.", None),
        t("Then send it this Thursday or next, don't wait for September. Is there covered storage in Tefé? Cement that sits on a wet dock for a month is lost."),
        c("The client has a warehouse, yes. But shipping now means I pay now, and he pays me only on delivery.", "no_money"),
        t("For a regular client I can do 30 percent now and the rest on delivery. It's 380 a ton, so 15,200. Check the warehouse with him and tell me by tomorrow, Thursday's boat fills fast."),
    ],
    worse=[
        c("Bom dia. I need a price to send 40 tons of cement to Tefé. Bagged. When is your next boat?", None),
        t("Bom dia. 380 reais a ton to Tefé, so 15,200 for 40 tons, loading at our port in São Raimundo. Next balsa is Thursday, six days."),
        c("380 is higher than last year.", "too_expensive"),
        t("Fuel went up and everybody raised prices. We're still one of the cheapest on the Solimões, and insurance is included."),
        c("Okay. I'd send it in September, the client starts mid-October.", None),
        t("No problem, we have boats every week in September. Book two weeks ahead and we hold the space."),
        c("Good, I'll call you at the end of August.", None),
        t("Perfect. I'll note you down for September, and I'll send you the price in writing today."),
    ],
))

PAIRS.append(rpair(
    "b55r_d10_almaty_ski_lessons",
    "Shymbulak, near Almaty, Kazakhstan: a woman in her thirties wants to learn to ski after a bad fall years ago; her "
    "friends ski every weekend. Better asks what happened and what she wants to manage by the end of the season and "
    "adapts the first lessons to her fear; worse sells a reasonable group package and reassures her.",
    better=[
        c("Hi, I want to learn to ski. Well, I tried once before, it didn't go well. My friends all ski here every weekend.", None),
        t("What happened last time?"),
        c("Ten years ago in Georgia, friends took me to the top and said just follow us. I fell, hurt my knee, and said never again. Until now.", "bad_experience"),
        t("That's the classic way to scare someone off. This time we start on the flat, no lifts. What would you like to manage by the end of the season?"),
        c("Honestly? Come down the blue run with my friends without everyone waiting for me.", None),
        t("Realistic by March with five or six lessons. I'd start with two private ones on weekday mornings, when the beginner area is empty, 25,000 tenge each, then join a small group."),
        c("Private is expensive. My friends say group is fine.", "too_expensive"),
        t("Group is fine once you're not scared; the first lessons are where the fear goes or stays. One private, then group? Tuesday at nine is free."),
    ],
    worse=[
        c("Hi, I want to learn to ski. Well, I tried once before, it didn't go well. My friends all ski here every weekend.", None),
        t("Welcome back to skiing, then! We have beginner groups, four people max, two hours, 12,000 tenge. Or a package of five for 50,000."),
        c("I fell badly last time. Is a group okay for someone who's scared?", "bad_experience"),
        t("Of course, our instructors are very patient, and beginners start on the learning slope with the carpet lift."),
        c("Okay. And five lessons is a good price?", None),
        t("Yes, you save 10,000. Saturdays or Sundays at ten."),
        c("Saturday. Let's do the five.", None),
    ],
))
