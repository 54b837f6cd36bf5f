"""Gaming pairs 1-15 of blind32, written by hand."""
from common import c, first, gpair, t

PAIRS = []

# 1 -------------------------------------------------------------------------------------------
o = first("Hello, yes, good morning. My neighbour gave me your number — we're thinking about a solar heater "
          "on the roof, because honestly the electricity bill this winter, I nearly fainted.")
PAIRS.append(gpair(
    "b32g_solar_amman", "solar water heater supplier and installer, Amman, Jordan", "monologue",
    "A homeowner in Amman phones a solar water heater firm after a shock winter electricity bill. Six people "
    "live in the flat, the roof is shared with two other families, and her sister had a poor experience with solar.",
    o,
    [
        t("Good morning, and I'm glad your neighbour passed us on. Winter bills do that to a lot of people. "
          "Before I say anything about heaters — how many of you are in the house, and when does everyone use the "
          "hot water? Mornings, evenings, the washing machine?"),
        c("So it's me, my husband, three kids, and my mother-in-law lives with us now, since last year. Mornings "
          "are chaos, everyone wants to shower before school. And she likes a bath in the afternoon, a long one.", None),
        t("Six people and a rush before school — that's a lot of hot water in a short window. And the roof: is it "
          "flat, and is it yours alone or shared with the other flats?"),
        c("Flat, but shared, we're on the third floor and there are two other families. There's already, like, "
          "water tanks up there, and one of them has a solar thing already.", None),
        t("Good to know — we'd need a spot agreed with the building, and we'd check the roof takes the weight when "
          "the tank is full. Can I ask what worries you most about switching? People usually have one thing on their mind."),
        c("Honestly? My sister. She put one in, she paid a fortune, and in January with the clouds she was back on "
          "the electric anyway. She says it was money thrown in the street.", "bad_experience"),
        t("Your sister's not wrong about the grey weeks — no system heats everything then. Ours keep the electric "
          "element as a backup, so on cloudy days it tops up, and the rest of the year the sun does most of the work. "
          "Rather than one big number, let me show you what six people would actually save in a year. A technician "
          "can look at the roof, talk to the building if needed, and I'll send a written quote with the saving "
          "worked out, cloudy months included. No obligation. Is Thursday or Saturday morning better?"),
        c("Saturday, because my husband is home — and he'll ask exactly that, what do we save. He'll want to go up "
          "on the roof with him anyway.", None),
        t("Saturday at ten, then. Omar will ring you Friday evening to confirm, and he'll bring the numbers for a "
          "300-litre tank so you can see the difference. Happy for you to make him coffee and ask him everything."),
    ],
    [
        t("Wonderful, you've called the right place! So we have three ranges: the Classic 200-litre with the "
          "flat-plate collector, the Evacuated Tube 300 which is our best seller, and the Pro 400 with the "
          "pressurised tank and the Italian pump, all with five years on the tank and two on the collector, and the "
          "tubes are much better in winter because the vacuum keeps the heat in, so for Amman I always say go tubes."),
        c("Okay... I don't really know what that means, tubes, plates. We're six people in the house, is that—", None),
        t("Six, perfect, then the 300 is the one, absolutely, and installation is included inside Amman — the stand, "
          "the piping, the connection to your existing heater, one day, our team is very clean, German fittings, not "
          "the cheap ones, and the price this month is 780 dinars installed, honestly the best on the market."),
        c("Seven hundred eighty... okay. But the roof is shared with two other families, I don't know if—", None),
        t("Shared roofs, no problem, we do them all the time, you put it in your corner, the frame is only one metre "
          "by two, the tubes take hail — we had hail in Madaba last year and not one tube broke — and there's also the "
          "smart controller, extra 45 dinars, you see the temperature on your phone."),
        c("Look, I called just to understand how it works. You're going very fast. Can you put the prices on "
          "WhatsApp and I'll show my husband.", "brush_off"),
        t("Of course, of course, I'll send the catalogue, and the 400 too because with six people maybe you want the "
          "bigger one, and remember the price is for this month, and the installation team has a slot next week, so "
          "if you confirm by Sunday—"),
        c("Just send it, please. If we decide, I'll call you.", "brush_off"),
    ],
))

# 2 -------------------------------------------------------------------------------------------
o = first("hello. we have 14 trucks, mostly Almaty - Khorgos route. looking at gps tracking, what is your price per truck")
PAIRS.append(gpair(
    "b32g_fleetgps_almaty", "fleet GPS tracking and fuel sensors for trucking firms, Almaty, Kazakhstan", "monologue",
    "The operations manager of a 14-truck freight company writes to a telematics vendor's web chat. He writes "
    "English as a second language, has been burned by a tracking supplier before, and his director controls the money.",
    o,
    [
        t("Hi, thanks for writing. The price depends a bit on what you need it to do, so let me ask one thing "
          "first: what made you start looking now? Something happen on the Khorgos run?"),
        c("two weeks ago one driver turn off phone for 9 hours, said no signal. we lost one day at border and client "
          "was very angry. also fuel, i think some fuel disappear", None),
        t("So two things: knowing where a truck is when a driver goes quiet, and fuel that doesn't add up. On the "
          "fuel — is it a feeling, or have you seen numbers that look wrong?"),
        c("numbers. same truck same route, one driver uses 20% more. maybe he drives bad, maybe he sells it. i dont "
          "know and i cant prove", None),
        t("Then the tracker alone won't answer it — it shows where, not how much fuel. You'd want a fuel-level "
          "sensor in the tank too. Tracker is 18,500 tenge per truck a month; the sensor is a one-time 65,000 "
          "installed. You don't need sensors on all 14 to find out, though."),
        c("we had tracking before, other company, 2021. box break every month, drivers pull the wire, support never "
          "answer. so i am not excited", "bad_experience"),
        t("That's exactly what I'd want to understand before you spend anything. Was it mostly the hardware failing, "
          "or drivers pulling it on purpose? The fix is different."),
        c("both i think. mostly drivers. box was under the dashboard, easy to reach", None),
        t("Ours goes behind the panel with a sealed connector, and if power is cut you get an alert with time and "
          "place — so pulling it becomes evidence, not an escape. My suggestion: 3 trucks for one month, the two "
          "drivers you worry about and one normal one to compare. If it shows you nothing useful, we remove it and "
          "you pay only that month. I can send that today with the full 14-truck price next to it, so your director "
          "sees both, and write to you Monday."),
        c("ok send. i need show to director, he decides money. friday we have meeting. write me monday", "think_it_over"),
    ],
    [
        t("Hello! Thank you for contacting TrackLine Kazakhstan, the leading telematics provider in Central Asia. "
          "Our solution includes real-time GPS tracking, geofencing, driver behaviour scoring, 12 months of route "
          "history, harsh braking alerts, idle time reports, reefer temperature monitoring, a mobile app for iOS and "
          "Android, and integration with 1C. Price from 18,500 tenge per unit per month."),
        c("ok but i asked price. 18500 for what exactly, all this or basic", None),
        t("Basic includes tracking and history, Standard adds geofences and driver scoring, Premium adds fuel "
          "sensors, CAN-bus data, tachograph download and our AI route optimisation, which clients say cuts fuel up "
          "to 15%. Most fleets your size go Premium. There is also a dashcam bundle, in-cab and road-facing."),
        c("i dont need cameras. my problem is drivers turn off phones and fuel", "no_need"),
        t("Then Premium is perfect — the fuel sensor shows every litre, and driver scoring gamifies behaviour with "
          "leaderboards, drivers love it. Installation is 40 minutes per truck, installers in Almaty, Astana, "
          "Shymkent and Karaganda. Shall I prepare a Premium contract for 14 units?"),
        c("we had tracking before and drivers just pull the box. you didnt say anything about this", "bad_experience"),
        t("Our boxes are very reliable, IP67 rated, 3-year warranty, and we have 24/7 support in Russian, Kazakh and "
          "English. Also this month new clients get the first month of Premium free on 12-month contracts."),
        c("12 months for 14 trucks premium, big money for something i dont know works. send me pdf, i look later", "brush_off"),
    ],
))

# 3 -------------------------------------------------------------------------------------------
o = first("Salam, hi — I'm calling from Rotterdam, my sister gave me the name of your riad. We're, um, trying to "
          "organise something for my parents' fortieth anniversary in April, family coming from everywhere, and "
          "I'm just, like, at the very beginning.")
PAIRS.append(gpair(
    "b32g_riad_marrakech", "riad guesthouse in the medina, Marrakech, Morocco", "closing_as_open_question",
    "A Dutch-Moroccan woman phones a Marrakech riad about a family gathering for her parents' fortieth anniversary: "
    "about eighteen people, a father who struggles with stairs, and five siblings sharing the cost.",
    o,
    [
        t("Wa alaykum salam, and congratulations to your parents — forty years! Happy to start from the beginning "
          "with you. Who's coming, roughly, and what do you picture for those days — mostly together in the riad, or "
          "out and about?"),
        c("Maybe eighteen people? Some kids. My parents are older, my dad has a bad knee, so honestly stairs are a "
          "thing. And the big moment is one dinner, all of us, on the actual anniversary night.", None),
        t("Then stairs matter a lot — most riads are three floors, and ours too. We have four rooms on the ground "
          "floor around the courtyard; I'd keep those for your parents and anyone else who struggles. For eighteen "
          "with kids you'd be close to the whole house, nine rooms. Did you imagine having the place just for family?"),
        c("The whole place sounds amazing but, honestly, I think that's out of our range. We're five siblings "
          "splitting it and two of them are still students.", "no_money"),
        t("Understood. Let me give you the real number and then we can see. The whole riad in April is 6,800 "
          "dirhams a night with breakfast — for three nights, about 4,000 each if five of you share. The other way "
          "is the ground floor plus a few rooms upstairs, and other guests in the rest — but then the anniversary "
          "dinner in the courtyard isn't private. Which matters more to you, the price or the privacy?"),
        c("Private for the dinner, definitely. The other nights, I mean, who cares. Could we have the whole house "
          "only for that one night?", None),
        t("We can do that: whole house on the anniversary night, and the other two nights you keep just the rooms "
          "you need. What's the exact date?"),
        c("The twelfth. It's a Saturday.", None),
        t("The twelfth is free right now. I'll email you tonight two options with prices — whole house for three "
          "nights, and whole house only on the Saturday — plus the dinner menu for eighteen. Talk it through with "
          "your brothers and sisters; I can keep the Saturday for you without any payment until next Wednesday."),
        c("Perfect, that gives me time to fight with them about it. Thank you, really.", None),
    ],
    [
        t("Congratulations, how lovely! So, for April — which dates shall I put you down for?"),
        c("Um, around the twelfth, I think, but I don't even know the numbers yet. Maybe eighteen people?", None),
        t("Eighteen, wonderful, then you'll want the whole riad. Would you prefer to settle the deposit by card or "
          "by bank transfer?"),
        c("Wait — I don't know what it costs yet. And my dad can't do stairs, is there even—", None),
        t("We have ground-floor rooms, no problem. The whole house is 6,800 a night. Shall I block the tenth to the "
          "thirteenth for you, or the eleventh to the fourteenth?"),
        c("Neither, for now. That's way more than we talked about — we're five siblings splitting it.", "too_expensive"),
        t("I understand, many families share it. When will you be able to confirm with your siblings — tomorrow, or "
          "would Friday be better for you?"),
        c("I'll get back to you after I've spoken to my brothers and sisters. There's no rush on my side.", "think_it_over"),
    ],
))

# 4 -------------------------------------------------------------------------------------------
o = first("Hello? Yes. I am calling about the alarm. There was a burglary on the second floor of my building, the "
          "Petrović family, last week, and I am alone in the flat, so my son said call someone.")
PAIRS.append(gpair(
    "b32g_alarm_belgrade", "home alarm and monitoring company, Belgrade, Serbia", "closing_as_open_question",
    "An elderly widow living alone on the fourth floor of a Belgrade block phones an alarm company after a "
    "burglary downstairs. She is frightened at night, lives on a pension, and her son in Novi Sad pays half.",
    o,
    [
        t("Good afternoon, gospođo. I'm sorry to hear that — it's frightening when it happens right in your building. "
          "I'm Marko. Before we talk about any alarm: what worries you most — the flat being empty, or being at home at night?"),
        c("At night. I sleep badly now. I hear the lift and I think, this is them. In the day I'm at the market, at "
          "my sister's, the flat is empty, but it's the night I'm afraid.", None),
        t("So it's mostly lying awake at night, listening. Which floor are you on, and how could someone get in — "
          "only the front door, or a balcony as well?"),
        c("Fourth floor. Door and a balcony, but who climbs to the fourth floor? At the Petrović flat they came "
          "through the door. They broke the lock.", None),
        t("Then honestly, the first thing I'd look at is the door, not a big system — a proper security lock, a "
          "sensor on the door with a loud siren inside, and a panic button by your bed. If you hear something, you "
          "press it and someone is called straight away. Would something like that help you sleep?"),
        c("Maybe. But these companies, they want a contract for years, money every month. I have a pension, I "
          "cannot pay every month for years.", "no_money"),
        t("That's fair. The lock is a one-time cost, about 18,000 dinars fitted. The sensor and panic button without "
          "our control room is another 12,000, no monthly fee — the siren goes off and your son's phone gets a call. "
          "With the control room it's 1,500 a month, and you can stop with one month's notice. You don't have to "
          "choose now."),
        c("The one that calls my son. He is in Novi Sad, but he would call the neighbours. I want to ask him first, "
          "he pays half.", "think_it_over"),
        t("Of course. I could also come on Thursday, look at your door, and he can join on the phone while I'm "
          "there — no charge for the visit. Or I can just call him myself. Whichever you like."),
        c("Thursday, yes, in the morning. I will tell him to call at ten.", None),
    ],
    [
        t("Good afternoon! Yes, lots of calls this month after the break-ins. So, when would you like our technician "
          "to come and install — this week or next?"),
        c("Install what? I don't know what I need. I am on the fourth floor, they came through the door downstairs...", None),
        t("Our Standard package covers everything: door, windows, motion sensors and the control room. Would "
          "Wednesday or Friday be better for you?"),
        c("How much is it? I am a pensioner.", None),
        t("It's 2,900 dinars a month on a three-year contract, equipment included. Shall I register it in your name "
          "or in your son's?"),
        c("Three years? I could be dead in three years, sine. That's more than I pay for electricity.", "too_expensive"),
        t("Most of our clients are retired and they find it gives them real peace of mind. What time of day is best "
          "for the installer to ring your bell?"),
        c("No, no. I will talk with my son and he will call you. Goodbye.", "think_it_over"),
    ],
))

# 5 -------------------------------------------------------------------------------------------
o = first("good afternoon pls my data keeps finishing before month end. i run a small shop at circle and i use the "
          "phone as hotspot for the card machine and my laptop")
PAIRS.append(gpair(
    "b32g_mobiledata_accra", "mobile network operator, business data bundles, Accra, Ghana", "pitch_as_paraphrase",
    "A phone-accessories shop owner at Kwame Nkrumah Circle writes to his mobile network on WhatsApp because his "
    "monthly data runs out around the 20th. Business is slow and money is tight.",
    o,
    [
        t("Good afternoon! Sorry about that — running out mid-month when the card machine depends on it is a real "
          "problem. Which bundle are you on now, and around what day does it finish?"),
        c("the 50 cedis one monthly. by like 20th its finish then i buy small small daily bundles", None),
        t("Ok. Do you know what's eating it — the card machine, or the laptop? The machine itself uses very little; "
          "laptops with updates and videos can burn through a lot."),
        c("laptop is for my orders on instagram and whatsapp. and my boy watch youtube on it when no customer ehh", None),
        t("Haha, that'll do it. So the shop needs the card machine always on and the laptop for orders — the YouTube "
          "is the leak. Two ways: a bigger bundle, the 100 cedis one with 60GB, or keep your 50 and set the laptop to "
          "stop auto-updates and cap video quality. The second costs nothing. Want to try that first?"),
        c("100 i cant do now, business is slow this month. but i dont know how to do those settings", "no_money"),
        t("No problem, I'll send the steps with pictures, 5 minutes' work. If you still run out, there's a 75 cedis "
          "business bundle I can move you to next month. Try the settings and message me on the 20th with how much is left?"),
        c("ok send the steps. i will check on 20th", None),
        t("Sent. If anything in the steps is unclear, send me a photo of the screen and I'll guide you. Talk on the 20th."),
        c("ok thanks boss", None),
    ],
    [
        t("Good afternoon! So what you're telling me is you need our Biz Max 150 bundle with unlimited night data, "
          "is that right?"),
        c("i didnt say that. i am on the 50 cedis one, it finish around 20th", None),
        t("I hear you — so basically your business has outgrown the 50 bundle and you need to step up to Biz Max so "
          "you never run out, correct?"),
        c("150 cedis?? no. i just want to know why its finishing so fast", "too_expensive"),
        t("Understood, so what you're saying is you want peace of mind all month, which is exactly what Biz Max "
          "gives you, plus a free router. Shall I activate?"),
        c("no pls dont activate anything. business is slow, i cant pay 150 every month", "no_money"),
        t("Got it — so what matters to you is value, and Biz Max Lite at 120 gives you the same peace of mind for "
          "less. That sounds like a fit, yes?"),
        c("i will pass by the office at circle and ask them myself", "brush_off"),
    ],
))

# 6 -------------------------------------------------------------------------------------------
o = first("Gamarjoba! Hi. So, we're opening a little place in Vake next month, khinkali and wine, and I need menus, "
          "and I don't know, maybe other things? I've never done this.")
PAIRS.append(gpair(
    "b32g_printing_tbilisi", "print shop for small businesses, Tbilisi, Georgia", "pitch_as_paraphrase",
    "A first-time restaurant owner walks into a Tbilisi print shop a month before opening a twelve-table khinkali "
    "place. Her chef keeps changing the prices and she is watching every lari.",
    o,
    [
        t("Gamarjoba, and congratulations! Let's see. How many tables, and how do you picture people getting the "
          "menu — on the table, handed to them, on a board on the wall?"),
        c("Twelve tables. I like the idea of, like, one sheet, simple, on the table. But the prices will change, "
          "we're still testing, my chef changes his mind every day.", None),
        t("So a simple one-sheet menu, but prices that may move for the first weeks. Then I wouldn't print two "
          "hundred laminated ones yet. What about thirty on good paper — cheap enough to throw away when the prices "
          "change — and the laminated ones once the menu settles?"),
        c("Oh. Yes. That's smart, actually. My friend printed five hundred for her café and half went in the bin.", None),
        t("Happens all the time. For the opening itself — do you need anything to bring people in the first time? "
          "Flyers, something for the delivery apps?"),
        c("The sign is done. Flyers, maybe, but I don't know, does anybody read flyers? It feels like throwing money "
          "in the street.", "no_need"),
        t("Depends where. Under car wipers, no. Handed out near the office buildings around Vake at lunchtime, with "
          "a small discount for the first week, some do. You could try two hundred with a code on them, so you know "
          "if they brought anyone. If nobody uses the code, don't do it again."),
        c("Okay, two hundred, with a code. How much is all of that?", None),
        t("Thirty menus, A4 on 300-gram paper, 90 lari; two hundred flyers, 60. Send me the menu text by Friday and "
          "I'll have a proof for you on Monday, so your chef can change his mind one more time."),
        c("Ha! He will. Okay, Friday.", None),
    ],
    [
        t("Congratulations! So if I understand you, what you need is our full Opening Pack — menus, flyers, business "
          "cards, table stands and a banner — for 980 lari. Right?"),
        c("I... no, I said menus. Maybe other things. The prices aren't even fixed yet.", None),
        t("Right, so you need flexibility, which is why the Opening Pack includes two free reprints. That's what "
          "you're looking for, yes?"),
        c("980 lari is, like, half my chairs. I have twelve tables. I need twelve menus, maybe twenty.", "too_expensive"),
        t("Exactly — so what you're really saying is you want a professional look from day one, and the laminated "
          "menus in the pack give you that. Shall we do the Pack with laminated menus?"),
        c("No, what I'm really saying is I don't want to pay for a banner I didn't ask for. We have a sign already.", "no_need"),
        t("Got it, so you'd like the Pack without the banner — 820 lari. Shall I write it up?"),
        c("Let me first see what the print place near us charges for just the menus. Thanks, bye.", "brush_off"),
    ],
))

# 7 -------------------------------------------------------------------------------------------
o = first("Good evening. I need a blood pressure machine for my father. The doctor said today he has high pressure "
          "and he should measure at home every morning.")
PAIRS.append(gpair(
    "b32g_pharmacy_cairo", "neighbourhood pharmacy, Heliopolis, Cairo, Egypt", "upsell_as_loop_closing",
    "A man comes to a Cairo pharmacy counter in the evening to buy a home blood pressure monitor for his "
    "73-year-old father, newly diagnosed, stubborn, heavily built, with shaky hands.",
    o,
    [
        t("Good evening. Sorry to hear, but it's good that he'll be checking. How old is your father, and will he "
          "use it himself or will someone help him?"),
        c("Seventy-three. He'll do it himself, he's very stubborn, he won't let my mother touch it. But his hands "
          "shake a little, and his eyes, you know.", None),
        t("Then I'd take an upper-arm one, not the wrist kind — the wrist ones read wrong if the arm isn't held just "
          "right, and with shaky hands that's hard. This Omron has big numbers and one button. What about his arm — "
          "is he a big man?"),
        c("Big, yes. Like a wrestler, mashallah.", None),
        t("Then he needs the large cuff — the normal one squeezes and reads high. With the large cuff it's 1,450 "
          "pounds. There's one that remembers two people for 1,900, but if only he uses it, the 1,450 is enough."),
        c("1,450, hmm. My cousin said on the internet they're half that.", "too_expensive"),
        t("Some are, and some of those are fine. What to check is that the box says it's clinically validated, and "
          "that a large cuff exists for it. If you find one like that cheaper, buy it, honestly. What I can give you "
          "here is that if it ever reads strangely, you bring it back and we check it against ours."),
        c("No, I'm not going around Cairo at this hour. I'll take this one. Can you show me how, so I can show him?", None),
        t("Of course. Sit, arm on the counter like this, cuff two fingers above the elbow, press start, and don't "
          "talk. Tell him to do it before his coffee, sitting, same time every morning, and write it down for the "
          "doctor. If he argues, tell him the pharmacist said so."),
        c("He'll argue with the pharmacist too. Thank you, doctor.", None),
    ],
    [
        t("Good evening. This one, the Omron with memory, 1,900 pounds. And what else does your father need while "
          "you're here? We have a good omega-3 for the heart, two boxes for the price of one and a half."),
        c("Just the machine, please. He's already on the medicine from the doctor.", "no_need"),
        t("Of course. And is there anything else you'd like to sort out tonight? Many people take the spare cuff, "
          "350, because the first one wears out."),
        c("A spare cuff? He hasn't used the first one yet. His hands shake a bit — is this one easy for him?", "no_need"),
        t("Very easy. Anything else for him? There's a pill box with the days of the week, very useful for the "
          "elderly, 120, and a low-salt seasoning."),
        c("You keep asking me what else. I asked if it's easy with shaking hands. Is it on the arm or the wrist?", None),
        t("Upper arm, one button. So: machine 1,900, cuff 350, pill box 120? Is there anything else I can complete "
          "for you?"),
        c("Only the machine. Honestly, 1,900 is already more than I wanted to spend, don't add anything.", "too_expensive"),
    ],
))

# 8 -------------------------------------------------------------------------------------------
o = first("hi, we booked a small car from split airport for 7 days from 14 june, booking ref SPL-88213. just want "
          "to check we can cross to bosnia for one day trip to mostar")
PAIRS.append(gpair(
    "b32g_carrental_split", "car rental at Split airport, Croatia", "upsell_as_loop_closing",
    "A young tourist couple on a tight budget write to a Split car-rental web chat to ask whether their week's "
    "rental can cross into Bosnia and Herzegovina for a day trip to Mostar.",
    o,
    [
        t("Hi! I've got your booking — Škoda Fabia, 14–21 June. Yes, you can go to Bosnia and Herzegovina. You need "
          "a cross-border card, 35 EUR per rental, and the desk gives you the green card paper at pickup. Is Mostar "
          "the only trip out of Croatia, or maybe Montenegro too?"),
        c("only mostar. 35 eur just for one day?? its a day trip lol", "too_expensive"),
        t("I know — it's per rental, not per day, so it's the same for one day or seven. It's mostly the insurance "
          "paper: without it you're not covered at all in Bosnia, and the border can turn you back. If you'd rather "
          "not pay it, there are bus day tours from Split to Mostar for around 50 each — but for two people the card "
          "is cheaper."),
        c("ok fair, we are two so yes the card. do we need anything else for the border, like passports obviously", None),
        t("Passports, both driving licences, and the rental contract in the car. Also — do you have your own cover "
          "for the excess, from a credit card or travel insurance? Just so you're not surprised at the desk, because "
          "they will offer it to you there."),
        c("i think my card has something but i dont know if its valid in bosnia", None),
        t("Worth checking before you fly — look in your card's travel insurance document for 'rental excess' and the "
          "list of countries. If it covers you, just say no at the desk. I'll add the cross-border card now — new "
          "total 245 EUR. OK?"),
        c("ok add it. thanks for telling about the card insurance, the last company just pushed it at the desk", None),
    ],
    [
        t("Hi! Yes, cross-border is possible, 35 EUR, I can add it. Anything else to make your trip easier? Lots of "
          "people take GPS for the coastal roads, 8 EUR/day."),
        c("no gps, we have phones", "no_need"),
        t("Sure! Anything else I can sort out for you before you travel? Full protection is 15 EUR/day and means "
          "zero excess — really popular for Mostar, the Bosnian roads are narrow."),
        c("how much is the total then? we are on a budget", None),
        t("Without extras 210 + 35 cross-border = 245. With full protection 350. Would you like an additional driver "
          "as well, so you can share the driving? Only 5 EUR/day."),
        c("350 is way over what we planned. only the card pls", "too_expensive"),
        t("Added! One last thing — anything else you'd like? We have prepaid fuel so you can return it empty, 75 EUR."),
        c("no. nothing else. every message you add something. just confirm the card", "no_need"),
    ],
))

# 9 -------------------------------------------------------------------------------------------
o = first("Assalomu alaykum. I'm looking at the Cobalt, the basic one. It's my first car, so I want to understand "
          "what I'm paying for.")
PAIRS.append(gpair(
    "b32g_cardealer_tashkent", "car dealership showroom, Tashkent, Uzbekistan", "leading_tag_questions",
    "A schoolteacher buying his first car, on a bank loan with help from his brother, looks at the basic Chevrolet "
    "Cobalt in a Tashkent showroom. He has a wife and two boys and drives to his parents in Jizzakh in summer.",
    o,
    [
        t("Va alaykum assalom. Good that you ask before signing anything. What will you use it for mostly — the "
          "city, or longer trips?"),
        c("City, to school, I'm a teacher. And some weekends to my parents in Jizzakh, two hundred kilometres. With "
          "my wife and two boys.", None),
        t("Okay. For that, the basic Cobalt is enough — it's not fast, but it's fine on the Jizzakh road. The main "
          "difference with the next level is air conditioning. Do you do the Jizzakh trip in summer as well?"),
        c("Every summer, yes, it's forty degrees. But the one with AC is eleven million more, I counted. That's a "
          "lot for a teacher.", "too_expensive"),
        t("It is. Can I ask how you're paying — cash, or the bank's car loan? On the loan, eleven million over three "
          "years is about four hundred thousand a month, and that feels different. With cash it's another decision."),
        c("Loan. I have thirty percent for the first payment, my brother is helping.", None),
        t("Then let me print both — basic and with AC — with the monthly payment for each, so you and your wife can "
          "look at them at home. Honestly, with two boys in the back at forty degrees I'd think hard about the AC, "
          "but you know your budget, I don't."),
        c("Yes, print both. My wife decides, she's the minister of finance at home.", "think_it_over"),
        t("A good minister. Here, both on one page. Waiting time for either is about three weeks, so there's nothing "
          "to decide today. Come back whenever you're ready, or call me — this is my number."),
        c("Rahmat. We'll come on Saturday, probably.", None),
    ],
    [
        t("Welcome! The basic one — but you've got a family, haven't you? Families always regret skipping the "
          "comfort package, don't they?"),
        c("I have two boys, yes. But I'm a teacher, every sum is counted. I came for the basic.", "no_money"),
        t("Of course, but nobody wants to drive to the regions in July without air conditioning, do they? Eleven "
          "million extra is nothing over the life of a car, is it?"),
        c("Eleven million is four months of my salary. It's not nothing.", "too_expensive"),
        t("True, true, but resale value is much better with the comfort package, everybody knows that, don't they? "
          "And you'd want the alloy wheels that come with it, surely?"),
        c("I don't care about resale. I'm not selling it, I'm buying it. Can you just print the basic price with "
          "the loan?", "no_need"),
        t("I can, but you'll want to see the comfort one next to it, won't you, just to be fair to your wife?"),
        c("My wife will want to see that I didn't spend eleven million on wheels. I'll come back with her another day.", "think_it_over"),
    ],
))

# 10 ------------------------------------------------------------------------------------------
o = first("Bonjour, good morning. I am Aïssatou, president of the groupement of women in Mboro. We grow onions and "
          "cabbage. The pump we have on the well is diesel, it eat too much gasoil, and someone tell us solar pumps exist.")
PAIRS.append(gpair(
    "b32g_irrigation_thies", "solar pump and drip irrigation supplier, Thiès, Senegal", "leading_tag_questions",
    "The president of a women's market-gardening cooperative in the Niayes visits an irrigation supplier in Thiès. "
    "She speaks French and Wolof first, has little cash in the group's fund, and was let down by a pump seller before.",
    o,
    [
        t("Bonjour Madame, welcome. Yes, solar pumps exist, and in the Niayes they work well. Before I tell you what "
          "we sell — how deep is your well, and how much land do you water?"),
        c("The well is maybe fifteen metres. The land, two hectares, but we water one and a half, because the "
          "gasoil costs too much to do all.", None),
        t("So the diesel isn't only a cost — it's keeping you off the last half hectare. And how does the water get "
          "to the plants now: hoses, channels?"),
        c("Hoses, and the women carry with buckets for the small parts. It is very hard work, the older ones have "
          "pain in the back.", None),
        t("Then two things could change for you: the pump, and how the water reaches the plants. A solar pump for "
          "fifteen metres and two hectares is about 2.8 million CFA with the panels. With drip lines too, around 4 "
          "million — drip uses less water, so the same pump covers the two hectares and nobody carries buckets."),
        c("Four million! We are a groupement of women, we don't have this money. In the caisse we have maybe eight "
          "hundred thousand.", "no_money"),
        t("I understand. Groups like yours usually do it one of two ways. Some got it through the DER or an NGO "
          "project — I can give you two groups in Mboro who did. And we have a plan where you pay over three "
          "harvests, after each onion sale. Would either be possible for you?"),
        c("After the harvest, maybe. But last time a company sold us a motor pump on credit, and when it broke, "
          "nobody came. Two years we paid for a broken pump.", "bad_experience"),
        t("That's a bad memory, and the women are right to remember it. Our technician lives in Tivaouane, forty "
          "minutes from you, and the service for the first two years is written in the contract — if the pump stops "
          "in the season, he comes within 48 hours. I'd rather explain that to all the women than to you alone. Can "
          "I come to Mboro and show them?"),
        c("Come on Saturday, after the market. All the women will be there, and they will ask you many, many questions.", None),
    ],
    [
        t("Bonjour Madame! Yes, solar is the future. You want to stop paying for gasoil forever, don't you?"),
        c("Of course, but first I want to know what it costs. We are a small groupement.", None),
        t("And you want the best for your women, no? The Lorentz pump with twelve panels is what serious farmers "
          "take, isn't it?"),
        c("I don't know what serious farmers take. I know what we have in the caisse — eight hundred thousand.", "no_money"),
        t("But a good pump pays for itself, doesn't it? You wouldn't buy a cheap one that breaks, would you?"),
        c("We already did, with another company. A pump that broke and nobody came. So excuse me if I don't believe "
          "everything.", "bad_experience"),
        t("Exactly, that's why ours is better, you can see that, can't you? With our credit you'd be silly not to "
          "start this season, wouldn't you?"),
        c("I am not silly, Monsieur. I will tell the women what you said, and we will see.", "think_it_over"),
    ],
))

# 11 ------------------------------------------------------------------------------------------
o = first("Good day. This laptop, it does not switch on. My grandson gave it to me for emails and now it is dead, "
          "I press and press and nothing.")
PAIRS.append(gpair(
    "b32g_laptoprepair_sofia", "computer and laptop repair shop, Sofia, Bulgaria", "putdown_question",
    "A 78-year-old man brings a laptop his grandson gave him into a small Sofia repair shop. It won't switch on; "
    "the battery has simply run flat. He is proud and easily embarrassed, and his pension is small.",
    o,
    [
        t("Good day. Let's have a look. When did it last work normally?"),
        c("Sunday. I was reading the news, then I closed it and put it on the shelf. Monday — nothing.", None),
        t("Was it plugged in on Sunday, or running on the battery?"),
        c("The battery, I think. The cable was in the other room. Is that bad?", None),
        t("Not bad at all — most likely the battery just ran completely empty. Some models don't even show a light "
          "until they've charged for a few minutes. Let me plug it into ours... there, a little orange light. Give it "
          "five minutes."),
        c("Oh. So it's not broken? Now I feel foolish.", None),
        t("Don't — it happens to everyone, and this model doesn't warn you well. While it charges, shall I check the "
          "battery's health? If it's old, it'll run down faster and faster. It's free, two minutes."),
        c("If it's free, yes. But I don't want to buy a new battery, my pension doesn't stretch that far.", "no_money"),
        t("Understood. ... There — the battery is at 84% of what it was new, fine for years still. Nothing to buy. "
          "One tip: keep the cable where you keep the laptop, and when the little light on the side turns red, plug "
          "it in. Press the button now."),
        c("It's on! There is my grandson's photo. What do I owe you?", None),
    ],
    [
        t("Let me guess — when did you last plug it in? Or did nobody explain to you that laptops need charging?"),
        c("I am seventy-eight, young man, not stupid. I charged it. Maybe not on Sunday.", None),
        t("Maybe not on Sunday. So it's flat. Did you think it runs on air? ... Fine, it's charging. Has anyone ever "
          "shown you the battery light, or do you just ignore it?"),
        c("Nobody showed me anything. My grandson put it in my hands and went back to Munich.", None),
        t("Right. Well, the battery is probably old anyway — do you even know how old it is? We can put a new one "
          "in for 140 leva."),
        c("A hundred and forty? For something you haven't even checked? No, thank you.", "no_need"),
        t("Suit yourself. But don't come back next week complaining when it dies again, okay? Think you'll manage to "
          "remember the cable this time?"),
        c("I will remember not to come here. Give it back, please.", None),
    ],
))

# 12 ------------------------------------------------------------------------------------------
o = first("Salam. I changed my phone and now the app says device not registered. I need to pay school fees today")
PAIRS.append(gpair(
    "b32g_bankapp_muscat", "retail bank, mobile app support chat, Muscat, Oman", "putdown_question",
    "A bank customer in Muscat who has just changed phones is locked out of the mobile app on the day his son's "
    "new school fees are due. He writes to the bank's support chat, short on time.",
    o,
    [
        t("Wa alaikum assalam. Sorry, that's stressful with the fees due today. When you changed phones, did you keep "
          "the same mobile number, or is it a new number?"),
        c("same number. new phone only. it sends the OTP and then says device not registered anyway", None),
        t("Thanks, that helps. When the app moves to a new phone, the old device has to be removed first — the app "
          "doesn't always do it by itself. I can remove it from here. Can you confirm the last 4 digits of your card "
          "and your date of birth?"),
        c("4417, 03/09/1986", None),
        t("Thank you, verified, and the old device is removed. Please close the app fully, open it again and log "
          "in — you'll get a new OTP. Tell me what you see."),
        c("ok it worked. it asks me to set a pin", None),
        t("That's the right screen — set the PIN and you're in. For the fees: is the school already saved as a "
          "beneficiary? A new one can take up to 4 hours to activate, so with a deadline today it may be faster to "
          "pay under Bill Payments, if the school is listed there. What's the school's name?"),
        c("Al Noor International, its new this year. deadline is 2pm", None),
        t("It's listed — Bill Payments > Education > Al Noor International, and the reference is your son's student "
          "number. That one goes through instantly."),
        c("done. thank you, it went", None),
    ],
    [
        t("Salam. Did you read the SMS we sent when you registered? It says clearly you must deregister the old "
          "phone before switching. Did you do that?"),
        c("no one told me that. i just need to pay fees today", None),
        t("It's in the terms you accepted. Do you usually accept things without reading them? Anyway, please "
          "confirm the last 4 digits of your card and your DOB."),
        c("4417 03/09/1986. please just fix it", None),
        t("Removed. Now close the app and open it again — you know how to close an app completely, yes? Not just "
          "pressing home?"),
        c("yes i know how to close an app. it worked", None),
        t("Good. For the fees, you have the school saved as a beneficiary, I assume? Or are you one of those who "
          "pays at the last minute?"),
        c("why are you talking to me like this. the school is new. how do i pay it today", None),
        t("New beneficiaries take 4 hours. You could have added it earlier, couldn't you? Try Bill Payments."),
        c("i will go to the branch. and i will complain about this chat", None),
    ],
))

# 13 ------------------------------------------------------------------------------------------
o = first("good evening. i bought 15,000 naira units through my bank app 3 hours ago, money has left my account, "
          "no token. house in darkness. pls what is going on")
PAIRS.append(gpair(
    "b32g_prepaidmeter_lagos", "electricity distribution company, prepaid meters, Ikeja, Lagos, Nigeria",
    "not_my_department_or_read_the_terms",
    "A Lagos householder paid for prepaid electricity units through her bank app but never received the token; "
    "she has been in the dark for three hours with a baby and writes to the distribution company's chat.",
    o,
    [
        t("Good evening, I'm really sorry — paying and then sitting in the dark is the worst. Let me trace it now. "
          "Can you send your meter number and the transaction reference from the bank app?"),
        c("meter 0457 2210 9983. ref FBN2405118834", None),
        t("Thank you. The payment reached us at 6:42pm, but the token didn't go out because our vending system was "
          "down for about 40 minutes this evening. That's on our side, not your bank's. I've regenerated it: "
          "4821 0093 5572 1160 2248. Can you load it and tell me what the meter shows?"),
        c("it says ACCEPT. light is back. but why did nobody tell me, i was on the phone with the bank for one hour", None),
        t("You're right, we should have sent a message to everyone affected, and I'm sorry you lost an hour with the "
          "bank. I'm logging a complaint so the team sees how long you were left. Can you check the units on the "
          "meter — should be about 161 for 15,000."),
        c("161.4", None),
        t("That matches, you're sorted. If it ever happens again, come straight to this chat with the reference — "
          "you don't need to go through the bank at all."),
        c("ok. thank you abeg, at least you sorted it", None),
    ],
    [
        t("Good evening. Token issues after bank payments are handled by your bank, not by us. Please contact your bank."),
        c("i called the bank for one hour. they said the money has been sent to you. so who do i talk to??", None),
        t("As stated in our Terms of Vending, section 4.2, tokens purchased through third-party channels are the "
          "responsibility of the vending partner. You can raise a ticket with them within 72 hours."),
        c("72 hours?? i have a baby in this house and its dark. can you not just check if you received the money", None),
        t("I don't have access to payment records, that's the billing department. Billing works 8am to 4pm, Monday "
          "to Friday."),
        c("so tonight nothing. this is how you people treat customers", None),
        t("I understand your frustration. Per our policy I can only log the complaint and give you a reference: "
          "CMP-77812. Is there anything else I can help you with?"),
        c("help me with?? you havent helped me with anything. i will go to your office tomorrow", None),
    ],
))

# 14 ------------------------------------------------------------------------------------------
o = first("Barev dzez, hello. I'm calling about my son's application, Aram Petrosyan, for computer science. The "
          "portal says 'incomplete' and the deadline is Friday, and he says he uploaded everything, and I'm, "
          "honestly, I'm very worried.")
PAIRS.append(gpair(
    "b32g_admissions_yerevan", "state university admissions office, Yerevan, Armenia",
    "not_my_department_or_read_the_terms",
    "An anxious mother phones a Yerevan university's admissions office on a Wednesday: her 17-year-old son's "
    "application shows 'incomplete' two days before the deadline and neither of them knows why.",
    o,
    [
        t("Barev dzez. Let's find out what's missing — it's only Wednesday, there's time. Do you have his "
          "application number?"),
        c("Yes, it's 24-CS-1187. He's at school now, I'm at work, I have his password, is that okay?", None),
        t("I don't need the password, the number is enough — and tell him to keep it to himself. ... Here it is. "
          "Everything's there except the school certificate: it's uploaded, but the photo is cut off at the bottom, "
          "so the stamp isn't visible. The system marks it incomplete until someone approves it."),
        c("The stamp. Oh my God. So he has to go back to the school? The director is impossible to catch.", None),
        t("He doesn't need a new certificate — just a full photo or scan of the same one, with the stamp showing. "
          "If he re-uploads it tonight, I'll check and approve it myself tomorrow morning."),
        c("Tonight he has his physics tutor until nine, he'll be dead. Can't he do it Thursday?", "no_time"),
        t("He can do it at eleven at night, the portal doesn't close — it's two minutes with his phone, the whole "
          "page in the picture. Thursday leaves no margin if something else is wrong. I'll look at ten tomorrow; if "
          "there's any problem, call me directly, extension 214. I'm Lilit."),
        c("Lilit, 214. Okay, I'll make him do it tonight. Thank you, really.", None),
    ],
    [
        t("Hello. Questions about application status go through the online help desk, not by phone. Did you submit "
          "a ticket?"),
        c("A ticket? The deadline is Friday. I just want to know what is missing.", None),
        t("I understand, but I'm in general admissions. Document checks are done by the computer science faculty, "
          "that's a different office."),
        c("Can you give me their number, then?", None),
        t("They don't take calls during the application period. It's in the applicant guide, page six — all queries "
          "must be made through the portal with the application number."),
        c("We did it through the portal, the portal says 'incomplete' and nothing else. My son is seventeen, he's "
          "panicking.", None),
        t("The guide also says incomplete applications at the deadline are not considered, so I'd recommend he "
          "checks all his uploads carefully. Anything else?"),
        c("That's exactly what I'm asking you to help with! Fine. I'll come there myself tomorrow.", None),
    ],
))

# 15 ------------------------------------------------------------------------------------------
o = first("Hi. My doctor says I have to start moving — cholesterol, back, the whole package. I'm just looking. "
          "I've paid for gyms before and went, like, three times.")
PAIRS.append(gpair(
    "b32g_gym_beirut", "fitness club, Achrafieh, Beirut, Lebanon", "social_proof_or_deadline_pressure",
    "A sceptical office worker in his forties, sent by his doctor, walks into a Beirut gym. He has wasted a yearly "
    "membership before, gets home late, and has an old disc problem in his back.",
    o,
    [
        t("Honestly, that's most people's story, so you're in good company. What stopped you going last time?"),
        c("Time, mostly. I work in Hamra, I get home at eight, I'm dead. And I didn't know what to do with the "
          "machines, I felt like an idiot next to the young guys.", None),
        t("Both of those can be fixed, but differently. When could you realistically come — before work, lunch, weekends?"),
        c("Mornings, maybe. Six thirty? But I'm not paying for a year again. Last time I paid a year upfront and the "
          "card sat in my wallet.", "bad_experience"),
        t("Fair enough, you don't have to. There's a monthly, 45 dollars, cancel when you like. And for the "
          "machines, the first two sessions with a coach are included — he'd set you a simple forty-minute routine. "
          "About the back: has a doctor looked at it?"),
        c("Lower back, a disc thing, years ago. The doctor said swimming, but honestly I hate swimming.", None),
        t("Then I'd want the coach to see the doctor's note before he gives you anything heavy. Here's a thought: "
          "come Thursday at six thirty, do one session with Karim, free, and see whether mornings actually work for "
          "you before you pay anything."),
        c("One free session — no card, no signing?", None),
        t("Nothing. If you like it, monthly. If you don't, you've lost one morning."),
        c("Okay, Thursday. If I'm not here by six forty, I overslept.", None),
    ],
    [
        t("Perfect timing, honestly — half the doctors in Achrafieh send their patients to us, and this week we have "
          "the annual offer: 360 dollars for the year instead of 540, but it ends Sunday."),
        c("I just told you I paid for a year before and didn't go. I'm not doing that again.", "bad_experience"),
        t("I hear you, but that was another gym. Here people stick with it — over two thousand members, lots of "
          "guys your age who said exactly the same. Look at the board, the before-and-after photos."),
        c("Good for them. I'm asking about me. I get home at eight, I'm dead.", None),
        t("That's why the morning crowd is huge now, everybody from the banks comes at six. Honestly, the offer is "
          "nearly gone, I've signed twelve people today. I can't promise 360 tomorrow."),
        c("Then I'll pay 540 if I ever decide. I don't like being rushed.", "think_it_over"),
        t("Totally understand. Most people who wait regret it, though — your neighbours, your colleagues, they're "
          "already in. Can I at least take a 50-dollar deposit to hold the price?"),
        c("No. Give me the leaflet, I'll look at it at home.", "brush_off"),
    ],
))
