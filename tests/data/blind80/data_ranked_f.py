"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 -- German course, Oradea. Fault: drops the price before asking anything.
o = c("hi, i need german b1 certificate for work in germany, nurse. how much is course", None)
t2 = t("June gives us about seven months. With A1 behind you, A2 and B1 back to back, three evenings a week, gets most "
       "people there, and we run the telc B1 Pflege exam here, the one German hospitals ask for. Do you work "
       "shifts?")
c2 = c("yes shifts, sometimes nights. that is my problem", "no_time")
t3 = t("Then the hybrid group fits better: recorded lessons plus two live sessions a week, morning or evening, you "
       "pick each week by your rota. Payable in three parts.")
c3 = c("ok that can work. can i try one lesson first", None)
t4 = t("Yes, Thursday's live session at 9 or at 18. I'll send you the link, and a short level test before it.")
PAIRS.append(rpair(
    "b80r_f01_oradea_nurse_german",
    "A nurse with a job offer in Stuttgart asks a language school in chat about a B1 German course.",
    better=[o,
    t("Hi! Happy to help. Where are you with German now, a course before, or from zero? And by when do you need the "
      "certificate?"),
    c("i did a1 at school long ago. need b1 until june, the hospital in stuttgart waits", None),
    t2, c2, t3, c3, t4],
    worse=[o,
    t("Hi! Our B1 course is 2,400 lei, but for you I can do 1,900 if you sign up this week."),
    c("ok... why cheaper for me, i didnt say anything yet. i did a1 at school long ago, need b1 until june", None),
    t2, c2, t3, c3, t4]))

# f02 -- freight to China, Aktobe. Fault: over-promises the border time.
o = c("Hello. We need to send two trucks of bottled sunflower oil to Urumqi next week. Last month our trucks stood at "
      "Khorgos nine days. Can you do better?", "bad_experience")
t1 = t("Hello. Nine days at Khorgos, sadly, has been common this autumn. Are your papers, phytosanitary and origin "
       "certificate, ready before loading, or done on the way?")
c1 = c("Our agent does them, usually ready the day of loading.", None)
t3 = t("Two trucks, Aktobe to Urumqi, heated tent so the oil doesn't cloud: 3,900 dollars each. I'll also send you "
       "the dates of our carriers' last three trips through Khorgos, so you can see for yourself.")
c3 = c("Send it. I decide tomorrow after I talk to the director.", "think_it_over")
t4 = t("Within the hour. And I'll hold both trucks for the 14th until tomorrow evening.")
PAIRS.append(rpair(
    "b80r_f02_aktobe_khorgos_trucks",
    "An oil exporter burned by a nine-day border wait asks a broker for two trucks to China.",
    better=[o, t1, c1,
    t("That helps. Honestly, I can't promise the queue. Our carriers book the electronic queue at Khorgos, last month "
      "we averaged four to five days, but some trucks still had seven. I'd plan a week at the border to be safe."),
    c("A week to plan with, that is honest at least. What is the price for two trucks?", None),
    t3, c3, t4],
    worse=[o, t1, c1,
    t("That helps. With us it's guaranteed: three days at the border maximum, our carriers have their own "
      "arrangements at Khorgos, no queue."),
    c("Three days, guaranteed? Last month our other broker also promised fast, and it was nine. Well... what is the "
      "price for two trucks?", "bad_experience"),
    t3, c3, t4]))

# f03 -- car trade-in, Tbilisi. Fault: doubts the customer's honesty about the mileage.
o = c("Hi, I want to trade my 2016 Prius for the 2020 one on your website. Mine has 160,000 km, one owner, all service "
      "at the official dealer.", None)
t1 = t("Hi! Good car to trade, Priuses hold value here. Have you got the service book with you? And the hybrid "
       "battery, any warning lights?")
c1 = c("Service book is in the car. Battery no problems. Only the air-con is weak in summer.", None)
t3 = t("Technician's done: battery at 82%, good; the air-con needs a gas refill, small thing. Trade-in value is 24,500 "
       "lari. The 2020 is 41,000, so 16,500 difference.")
c3 = c("I hoped 26,000 for mine. 16,500 on top is more than I planned.", "too_expensive")
t4 = t("I understand. The 24,500 comes from the battery report, I'll print it for you. Take it to another dealer to "
       "compare if you like, the offer stands for a week.")
PAIRS.append(rpair(
    "b80r_f03_tbilisi_prius_tradein",
    "A one-owner Prius driver wants to trade up to a newer model at a used-car dealer.",
    better=[o, t1, c1,
    t("Thanks, the book makes this quick. Let our technician do a 20-minute check, battery health and the air-con, "
      "and then I give you a firm trade-in number, not a guess."),
    c("Okay, 20 minutes is fine. I get a coffee.", None),
    t3, c3, t4],
    worse=[o, t1, c1,
    t("160,000 on a 2016 Prius... honestly, a lot of them come with the odometer wound back. Are you sure that's the "
      "real mileage? We'll check it in the computer anyway."),
    c("You think I'm lying? I bought it new from the dealer on Kakheti highway, it's all in the book. Check what you "
      "want.", None),
    t3, c3, t4]))

# f04 -- dental clinic, Gdansk. Fault: unexplained jargon.
o = c("Hi, I'm back for the result. After the root canal you said we'll talk about what next with this tooth. It "
      "broke a bit more last week, eating nuts.", None)
t1 = t("Hi, yes, let me look... Right, more of the back wall has cracked off. Does it hurt, or just feel sharp on "
       "the tongue?")
c1 = c("Not hurt. Just sharp. And I'm scared to chew on that side now.", None)
t3 = t("A zirconia crown is 1,900 zloty, two visits: today I prepare the tooth and scan it, in ten days we fit it. "
       "Meanwhile a temporary, so it doesn't break further.")
c3 = c("1,900... this month is hard. Can I do it in January?", "no_money")
t4 = t("Yes, if you chew on the other side until then. I'll put a good temporary filling today so the sharp edge is "
       "gone, and book you for the second week of January.")
PAIRS.append(rpair(
    "b80r_f04_gdansk_crown",
    "A young patient returns after a root canal; the treated tooth has cracked further and needs a crown.",
    better=[o, t1, c1,
    t("After a root canal a tooth gets brittle, like dry wood, that's why it keeps breaking. What protects it is a "
      "crown, a cap over the whole tooth that holds it together. Without one, the next crack may go down the root, "
      "and then it can't be saved."),
    c("A cap, okay. I understand. How much is it?", None),
    t3, c3, t4],
    worse=[o, t1, c1,
    t("With that much loss of coronal structure post-endo, I'd go with full-coverage zirconia on a fibre post, "
      "ferrule permitting, otherwise we risk a vertical root fracture."),
    c("Sorry, I didn't understand half of that. Okay... how much is it?", None),
    t3, c3, t4]))

# f05 -- wine labels, Belgrade. Fault: vague next step.
o = c("Good day. I make wine in Sremski Karlovci, small cellar. I need two thousand self-adhesive labels for bottles, "
      "for the wine fair in three weeks.", None)
t1 = t("Good day. Do you label by hand or with a machine? For a machine they have to be on rolls, wound the right "
       "way.")
c1 = c("By hand. My wife and me, in the evenings. The last printer gave us labels that peeled off in the ice bucket, "
       "it was embarrassing at a tasting.", "bad_experience")
t2 = t("For ice buckets you need wet-strength wine paper with a stronger glue. About 14 dinars a label instead of 9, "
       "so around 28,000 for two thousand. I'd send ten test labels first, and you leave them in ice water "
       "overnight.")
c2 = c("Ice water test, yes, I like that. And when would I have them?", None)
PAIRS.append(rpair(
    "b80r_f05_belgrade_wine_labels",
    "A small winemaker orders labels for a fair after a bad experience with labels peeling in ice buckets.",
    better=[o, t1, c1, t2, c2,
    t("Test labels Thursday. If they pass, tell me Friday, and the full run is ready the Wednesday after, ten days "
      "before the fair. I'll call you Thursday when the tests are ready to pick up."),
    c("Thursday, good. I come myself, I'm in Belgrade anyway.", None)],
    worse=[o, t1, c1, t2, c2,
    t("We'll do the test labels when we can fit them in, and the full run after that. Don't worry, we'll let you "
      "know."),
    c("When you can fit them in? The fair is in three weeks. I need a date, otherwise I find someone else.", None)]))

# f06 -- seed potatoes, Samarkand region co-op. Fault: argues with the customer.
o = c("Assalomu alaykum. Last spring I bought seed potatoes from your co-op, the Dutch variety. The harvest was half "
      "of normal. This year I don't know if I buy again.", "bad_experience")
t1 = t("Va alaykum assalom. Half is a big loss, I'm sorry. Tell me what happened: when did you plant, and how was the "
       "water in June and July?")
c1 = c("I planted early April, like always. Water... in July the canal was low, two turns were missed.", None)
t3 = t("This year I'd suggest half Dutch, half a local heat-tolerant variety on the plot that gets water last. And "
       "members get 10% off seed if they bring last year's receipt.")
c3 = c("Half and half... I will think. Show me the price list.", "think_it_over")
t4 = t("Here it is. Take it home. If you come before the 20th, the seed is still in the cold store, the best "
       "choice.")
PAIRS.append(rpair(
    "b80r_f06_samarkand_seed_potatoes",
    "An experienced farmer who got half a harvest from the co-op's seed potatoes is unsure about buying again.",
    better=[o, t1, c1,
    t("That July was bad for everyone on your canal, and Dutch varieties suffer more in heat without water than "
      "local ones. So maybe not only the seed, but it was our recommendation, and we should have warned you about "
      "the water."),
    c("Yes, nobody told me this. My neighbour with local seed got more.", None),
    t3, c3, t4],
    worse=[o, t1, c1,
    t("Then it wasn't the seed, it was the water. The seed was certified, other members got forty tonnes a hectare "
      "with the same variety. You can't blame seed for a missed canal turn."),
    c("Forty years I plant potatoes, I know water. I tell you the seed was weak. Maybe this time I buy at the "
      "bazaar.", "bad_experience"),
    t3, c3, t4]))

# f07 -- water account transfer, Lviv. Fault: an unasked lecture.
o = c("Hello. I bought a flat on Zelena street last month, and the water account is still on the old owner. How do I "
      "move it to my name?", None)
t1 = t("Hello, congratulations on the flat. You'll need the ownership extract, your passport and tax number, and the "
       "meter readings on the day you got the keys. Do you have the readings?")
c1 = c("The old owner wrote them on the handover paper, yes. Cold 312, hot 140.", None)
t3 = t("Yes. Send them to this email and I'll print... done. From today the account is in your name, billing starts "
       "from 312 and 140, and your online login comes by SMS.")
c3 = c("Thank you.", None)
PAIRS.append(rpair(
    "b80r_f07_lviv_water_account",
    "A new flat owner at the water utility counter wants the account moved into her name.",
    better=[o, t1, c1,
    t("Perfect, that's what we need. You can do it online in the personal account, or here at the counter now if "
      "you've got the papers with you."),
    c("I have them here, on the phone. Can we do it now?", None),
    t3, c3],
    worse=[o, t1, c1,
    t("Perfect. And a word of advice: you'd be amazed how much water people waste. A dripping tap is 2,000 litres a "
      "month, a running toilet up to 10,000. New owners never check the flush valve and then complain about bills. "
      "And showers, not baths..."),
    c("Okay... I didn't ask about taps. I only want the account in my name. I have the papers on the phone, can we "
      "do it now?", None),
    t3, c3]))

# f08 -- pharmacy inventory software, Yerevan. Fault: closes before checking it works.
o = c("Hello. We have four pharmacies in Yerevan. We want to change our inventory program, the old one is slow. But "
      "it must work with our fiscal registers and our old barcode scanners.", None)
t1 = t("Hello. Which register model and which scanners? Those two decide whether we fit.")
c1 = c("Registers, I'm not sure of the model. Scanners are old Honeywell, ten years maybe.", None)
t2 = t("Those scanners usually work, they act like a keyboard. The registers, we connect to several models, but I "
       "need the exact one to be sure. Could you send a photo of the label on the back?")
c2 = c("I send it tonight. And the price?", None)
PAIRS.append(rpair(
    "b80r_f08_yerevan_pharmacy_software",
    "The owner of four pharmacies wants new inventory software that must work with fiscal registers and old "
    "scanners.",
    better=[o, t1, c1, t2, c2,
    t("25,000 dram per pharmacy a month. But first let's be sure it works with your register: once I have the photo, "
      "we install a test version in one pharmacy for a week, and you see real receipts go through before you sign "
      "anything."),
    c("One week test in one pharmacy, good. Then I decide.", None)],
    worse=[o, t1, c1, t2, c2,
    t("25,000 dram per pharmacy a month. I'll send the contract today and we can install in all four next week, the "
      "sooner the better."),
    c("All four next week? You don't know yet if it works with my registers. If receipts stop, I lose a day of sales. "
      "Let me think.", "think_it_over")]))

# f09 -- savings for a flat, Chisinau. Fault: recommends before asking.
o = c("Buna ziua. My husband and I want to start saving for a flat. We can put away maybe 4,000 lei a month. What do "
      "you have?", None)
t2 = t("Then I wouldn't lock it all. The 4,000 a month goes into a savings account you can withdraw from, 5%, and "
       "each time it reaches 20,000 you move that into a one-year deposit at 7%. Most of it earns more, and the "
       "newest money is always reachable.")
c2 = c("Sounds sensible. And for the mortgage later, does saving here help?", None)
t3 = t("Yes, two years of regular saving with us counts in the mortgage assessment, and first-home buyers can use "
       "Prima Casa, with a 10% down payment. I can open the savings account now, fifteen minutes with your ID.")
c3 = c("I want my husband to see first. We come together Saturday.", "think_it_over")
PAIRS.append(rpair(
    "b80r_f09_chisinau_flat_savings",
    "A young woman asks a bank how to save monthly towards a flat; her husband's income is irregular.",
    better=[o,
    t("Buna ziua, good plan. Roughly when would you like to buy, and might you need the money before then, for "
      "emergencies?"),
    c("In three, four years. Emergencies... we have a little, not much. My husband's work is not stable, he's a "
      "builder.", None),
    t2, c2, t3, c3],
    worse=[o,
    t("Buna ziua! Then our 3-year term deposit is ideal, 7.5% a year, our best rate. You can open it today."),
    c("Three years locked? My husband's work is not stable, he's a builder. If something happens we need the money.",
      None),
    t2, c2, t3, c3]))

# f10 -- hotel booking chat, Bishkek. Fault: talks about themselves.
o = c("hi, 5 nights from 3rd, single. i arrive 4 am at manas, flight from istanbul. need quiet room, i have calls with "
      "china in the morning", None)
t1 = t("Hi! Five nights from the 3rd, single, that's fine. For a 4 am arrival, would you like our airport pickup, "
       "1,500 som, and the room ready when you arrive? Otherwise check-in is 2 pm.")
c1 = c("yes pickup. room ready on arrival how much extra", None)
t3 = t("Wifi is fibre, about 100 Mbps in the rooms, and I'll put you on a floor with its own router. So: pickup at 4, "
       "early check-in, quiet room, breakfast tray at 6. Five nights with everything is 33,200 som.")
c3 = c("33,200 is more than booking site showed, there it was 27,000", "too_expensive")
t4 = t("That's the room only: same rate here, 5,400 a night, plus pickup, early check-in and the trays. Book direct "
       "and I'll drop the tray charge.")
PAIRS.append(rpair(
    "b80r_f10_bishkek_hotel_chat",
    "A terse business traveller books five nights by chat, arriving at 4 am and needing quiet for early calls.",
    better=[o, t1, c1,
    t("Early check-in is half a night, 2,200. For quiet, the courtyard side, 5th floor, away from the lift. What time "
      "do your calls start? Breakfast opens at 7, but I can send a tray up at 6."),
    c("calls start 6. tray at 6 good. also wifi must be good for video", None),
    t3, c3, t4],
    worse=[o, t1, c1,
    t("Early check-in is half a night, 2,200. Honestly, I know how it is, I flew through Istanbul myself last month, "
      "six hours waiting, and the food in that airport is so expensive. I always tell friends, never the night "
      "flight."),
    c("ok. anyway, i need quiet room, calls with china start at 6. and wifi good for video", None),
    t3, c3, t4]))
