"""Ranked pairs d01-d10 (b82): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 - telecom shop, Otahuhu, Auckland
o = c("Talofa. My daughter says I need a smart phone to do the video call with the grandchildren in Apia. I had one before, I gave it back. Too hard.", "bad_experience")
PAIRS.append(rpair(
    "b82r_d01_auckland_seniorphone",
    "A retired Samoan man at a phone shop in Otahuhu, Auckland, wants video calls with his grandchildren in Apia; he returned a smartphone before because he could not use it.",
    [o,
     t("Talofa, welcome. What made the last one too hard, can you remember? The screen, the buttons, something else?"),
     c("The writing so small, I can't read it without my glasses. And I keep pressing things by accident, then it's on some other page.", None),
     t("That's what we fix first, then. I can set a phone with big text and only three things on the front: the video call to the grandkids, your daughter, and the phone. Nothing else to press by mistake. Your granddaughter, does she use Messenger or WhatsApp?"),
     c("Messenger, she uses that. But these phones are expensive, no? My pension is not much.", "no_money"),
     t("This one's $199, on the $20 prepay, which is enough for a video call every day. Before you spend anything, let's sit here and try a call to her now on the shop phone set up the big way, and you see if you can manage it."),
     c("Now? She is at school... no, it's Saturday. Okay, we try.", None)],
    [o,
     t("Talofa! Video calls are easy now. This one's our most popular with seniors, $199, big screen, good camera. On the $20 prepay you've plenty of data for Messenger."),
     c("Messenger, yes, my granddaughter uses that. But the last one, I couldn't read anything.", "bad_experience"),
     t("No problem, I can turn the text size up in settings. And I'll put Messenger on and log you in."),
     c("Hmm. $199, my pension is not much.", "no_money"),
     t("It's one of the cheapest smartphones we sell, and no contract on the prepay. I can set it all up now, ten minutes, and show you how to call."),
     c("Okay... I'll come back next week with my daughter, she knows these things.", "think_it_over")]))

# d02 - POS software, Da Nang
o = c("hi, we are cafe near my khe beach, 2 branch. our pos now very slow and annoying. i want to see your system", None)
PAIRS.append(rpair(
    "b82r_d02_danang_cafepos",
    "A cafe owner with two branches in Da Nang wants to replace a 'slow' POS; the real problem is student staff who change every two months.",
    [o,
     t("Hi! Happy to show you. When you say slow, is it the machine that's slow, or the staff being slow with it?"),
     c("hmm. both maybe. actually staff change a lot, students, every 2 month new one. they take long time to learn, rush hour they make mistake", None),
     t("So the real cost is training new students every two months. Then what matters is how fast someone can take an order on day one, more than features. Our screen has a photo for each drink, and the cashier login hides everything except the menu. Want your newest staff to try the demo for five minutes and see?"),
     c("ok good idea. but the old company also show nice demo, then after we pay the support disappear", "bad_experience"),
     t("Fair, a demo's the easy part. I'll give you two cafes in Son Tra who've used us a year, call them and ask about support. And it's monthly, 350k a branch, cancel any month, so if support disappears, you leave."),
     c("monthly better. ok send me the numbers, i call them this week", None)],
    [o,
     t("Hi! Happy to show you. Our system is very fast, cloud-based, works offline too. Look at the order screen: tap, tap, done, it prints at the bar."),
     c("ok fast. but my staff are students, change every 2 month", None),
     t("No problem, it's very easy to use. We also have inventory, loyalty points, and reports for both branches on your phone."),
     c("the old company also show nice demo, then after we pay the support disappear", "bad_experience"),
     t("We have support seven days a week on Zalo. Price is 350k a branch a month, no contract."),
     c("ok, send me information, i compare", "brush_off")]))

# d03 - eldercare home, Kota Kinabalu
o = c("good afternoon. i want to ask about your home for my mother. she is 78, living alone in kampung in kota belud. my wife and i both work in KK", None)
PAIRS.append(rpair(
    "b82r_d03_kotakinabalu_eldercare",
    "A son asks an eldercare home in Kota Kinabalu about a place for his 78-year-old mother, who fell at home but does not want to leave her village.",
    [o,
     t("Good afternoon. How is she managing at the moment, and what worries you most about her living alone?"),
     c("she manage ok, cooking, washing. but last month she fall in the bathroom and lay there until the neighbour come. that is my worry", None),
     t("That's frightening, for both of you. How does she feel about moving, have you talked with her?"),
     c("she dont want. she say she will die in her own house. but i cannot go every day, one hour drive", None),
     t("Then a full-time home may be a fight you don't need yet. Some families start with a fall alarm she wears, 90 ringgit a month, which calls you and a neighbour, and two days a week at our day centre so she gets to know us. A room here is 3,800 a month if it comes to that. Would she come for a day, with you?"),
     c("maybe, if i tell her it is only for lunch. the alarm i think she will accept", None)],
    [o,
     t("Good afternoon. We have 24-hour nursing, a doctor visiting weekly and a physio. Single rooms are 3,800 a month, shared 2,600. How is her health?"),
     c("she is ok, only last month she fall in the bathroom, lay there until the neighbour come", None),
     t("That's exactly why 24-hour care matters. Here a nurse checks every two hours at night, and every bathroom has a call bell."),
     c("but she dont want to leave her house. and 3,800 very heavy for us", "no_money"),
     t("Many residents feel that way at first and settle within a month. The shared room is cheaper. You're welcome to visit with her any time."),
     c("ok, i will discuss with my wife first", "think_it_over")]))

# d04 - microfinance, Nausori
o = c("bula, i do sewing from home in nausori. school uniforms mostly. i want a loan for an industrial machine, my home machine too slow", None)
PAIRS.append(rpair(
    "b82r_d04_nausori_sewingloan",
    "A home seamstress near Suva wants a loan for an industrial sewing machine; her work is seasonal and she was hurt by a moneylender before.",
    [o,
     t("Bula vinaka. How many uniforms do you make in a busy month now, and how many could you make with the industrial one?"),
     c("january is busy, maybe 120 sets, i turn away orders. with industrial maybe 250. rest of the year maybe 30 a month", None),
     t("So the machine earns its money in January and the rest of the year is quiet. A good second-hand industrial is about 1,400. Over 12 months that's around 32 a week, the quiet months too. Could you manage that on 30 sets a month?"),
     c("hmm 32 every week... june july hard. last time i borrow from a lender in town, the interest kill me", "bad_experience"),
     t("Then let's shape it around your year: bigger payments December to February, small the rest, and a fixed rate with the total in writing before you sign. Do you have January orders promised yet?"),
     c("two schools already ask, they pay half deposit in november", None),
     t("Then the deposits cover the first big payments. Bring me their messages or letters and we'll size the loan properly.")],
    [o,
     t("Bula vinaka. Yes, we lend for equipment. A second-hand industrial is about 1,400, so 1,500 over 12 months, about 32 a week. Do you have ID and a bank account?"),
     c("yes i have both. but 32 every week, june july i have not much work", "no_money"),
     t("Most of our clients have quiet months. You can put a bit aside in January to cover them. The rate's fixed, 2% a month."),
     c("last time i borrow from a lender in town, the interest kill me", "bad_experience"),
     t("We're not like those lenders, we're registered and the rate's fixed. I can start the application today."),
     c("i think i talk to my husband first and come back", "think_it_over")]))

# d05 - tuition centre, Bishan, Singapore
o = c("hello, my son sec 3, chemistry last year A, now this term C5. i think need tuition. you all have sec 3 chem class", None)
PAIRS.append(rpair(
    "b82r_d05_singapore_chemtuition",
    "A mother in Singapore looks for chemistry tuition for her Sec 3 son whose grade fell after a change of teacher; he has stopped asking questions in class.",
    [o,
     t("Hi, yes we do. A to C5 in one term is quite a drop. Do you know if it's one topic, like mole concept, or everything?"),
     c("he say mole concept very confusing. but actually he also say the new teacher talk too fast, he dont dare to ask", None),
     t("So maybe two things: mole concept, which trips up lots of Sec 3s, and he's stopped asking in class. In a group of 20 he'd likely stay quiet too. Ours are max 5 and the tutor has each one explain a working out loud. $300 a month. Would he try one lesson first?"),
     c("300 ah... a bit more than we plan. the one near our block is 220", "too_expensive"),
     t("Worth comparing. The difference is group size, and with a quiet boy that's the point. Do the free trial and ask him afterwards if he spoke up. If he didn't, the cheaper one is just as good."),
     c("ok can. tuesday evening can or not", None)],
    [o,
     t("Hi, yes we do. Sec 3 chemistry, Tuesday and Friday 7pm, $300 a month. Our tutors are ex-MOE, and last year 85% of our students got an A."),
     c("ok. he say mole concept very confusing", None),
     t("Mole concept is very common, we have a full module on it with worksheets and topical papers."),
     c("300 ah... a bit more than we plan. the one near our block is 220", "too_expensive"),
     t("Our results are better, and all notes are free. You can try one lesson first."),
     c("ok, you whatsapp me the timetable first, i see how", "brush_off")]))

# d06 - building supplier, Wellington
o = c("Hi, I've got a rental in Newtown, tenant moves in next month, and the property manager says I need to sort insulation for the healthy homes standards. What do I need to buy?", None)
PAIRS.append(rpair(
    "b82r_d06_wellington_insulation",
    "A landlord with a 1920s villa in Wellington asks a building supplier what insulation to buy before a new tenant moves in.",
    [o,
     t("Depends what's there already. Has anyone been up in the ceiling or under the floor? And how old's the house?"),
     c("1920s villa. Think there's some old pink batts in the ceiling, no idea how thick. Never been under the floor.", None),
     t("Then I'd hold off buying yet. If the ceiling batts are thick enough they may already comply and you'd waste a couple of grand. An assessor checks it for about $250 and tells you exactly what's missing, and your property manager will want that report anyway."),
     c("Another $250. I was hoping to just sort it this weekend. Tenant's in on the first.", "no_time"),
     t("Fair. To get ahead, pop up the ceiling hatch with a tape measure this weekend and text me a photo with the thickness; I'll tell you if it's close. Underfloor in a villa nearly always needs doing, about $1,900 for your size. I'll hold that stock for you till the assessor's been."),
     c("Alright, I'll do the hatch thing Saturday and send you the photo.", None)],
    [o,
     t("Sure. Typically you'd want R3.3 ceiling batts and R1.5 underfloor. For a 100 square metre house that's about $2,600 ceiling and $1,900 underfloor."),
     c("It's a 1920s villa, I think there's something in the ceiling already. Not sure what.", None),
     t("Old batts compress over time, so most landlords just replace to be safe. I'd do both; underfloor definitely."),
     c("$4,500 is a lot more than I budgeted for this.", "no_money"),
     t("I can do 10% off if you take both today, and we deliver Friday."),
     c("I'll run it past the property manager and get back to you.", "think_it_over")]))

# d07 - boatyard, Phuket
o = c("hi, we need haul out for our dive boat, 14 metre, antifouling and check the props. when you have space", None)
PAIRS.append(rpair(
    "b82r_d07_phuket_haulout",
    "A dive shop owner in Phuket books a haul-out for a 14-metre dive boat that has lost speed and vibrates at high revs; a previous yard kept the boat three weeks.",
    [o,
     t("Hi. We've got slots from the 10th. Before I book, when's your quiet week? I'd rather not pull her out in the middle of your bookings."),
     c("low season start in may. but the boat is slow now, maybe 2 knot slower, and vibration at high rpm", None),
     t("Two knots is a lot of growth, but vibration at high revs could be a bent blade or a shaft bearing, not only fouling. If it's the bearing and we lack the part, she sits here a week. I'd rather send a diver to check the props at your mooring this week, 1,500 baht, so we order what's needed before she comes out."),
     c("ok that is smart. last yard we use, boat stay 3 week, they wait for part from bangkok", None),
     t("That's what I want to avoid. Diver Wednesday; if the props are fine, we haul out on 1 May, four days, antifouling and zincs, about 68,000 baht. If not, we order the part now and still keep it to four days."),
     c("ok wednesday diver. send me the quote on line", None)],
    [o,
     t("Hi. 14 metre, haul-out with antifouling and prop polish is 68,000 baht, four days on the hard. Next slot is the 10th."),
     c("10th is middle of high season, our boat full every day. also the boat is slow now, vibration at high rpm", "no_time"),
     t("Vibration is usually fouling on the props, the polish should sort it. Otherwise we can do 1 May."),
     c("last yard we use, boat stay 3 week because they wait for part from bangkok", "bad_experience"),
     t("We carry most parts in stock, it'll be four days. I'll book you for 1 May."),
     c("ok, 1 may. send me the quote on line", None)]))

# d08 - travel clinic, Cairns
o = c("Hi, we're taking the kids to visit my wife's family in Mount Hagen for Christmas. Four weeks. What jabs and tablets do we need?", None)
PAIRS.append(rpair(
    "b82r_d08_cairns_pngtrip",
    "A father in Cairns asks a travel clinic what his family of four needs for four weeks in Papua New Guinea; his wife grew up there and thinks malaria tablets are overkill.",
    [o,
     t("Lovely trip. How old are the kids, and are you in Mount Hagen the whole time or heading down to the coast as well?"),
     c("Kids are 4 and 9. Mostly Hagen, but probably a week in Madang at the end.", None),
     t("That Madang week matters: Hagen's high enough that malaria risk is low, Madang is high. So tablets for that week, and the 4-year-old's dose goes by weight. There's a daily and a weekly option; the weekly one tastes foul and little kids spit it out, so most families go daily, crushed into something sweet."),
     c("Right. Honestly, my wife grew up there and says she never took tablets. She reckons it's overkill.", "no_need"),
     t("Really common, and she may have had some immunity growing up, but it fades after years away, and the kids have none. I'd at least cover the kids for Madang. All four is about $280; just the kids about $110."),
     c("Okay, kids for sure. I'll talk to her about us two.", "think_it_over")],
    [o,
     t("For PNG you'll want hep A, typhoid and malaria tablets for everyone, and the kids' routine vaccines up to date. Malaria tablets for four weeks for a family of four are about $280."),
     c("My wife grew up there and says she never took tablets. She reckons it's overkill.", "no_need"),
     t("PNG is a high-risk malaria country, so the guidelines say all travellers should take them. Better safe than sorry."),
     c("$280 on top of the flights, it adds up at Christmas.", "too_expensive"),
     t("The daily tablet is the cheaper option. I can book the whole family in next week."),
     c("I'll check with her and give you a call.", "think_it_over")]))

# d09 - delivery integration software, Bandung
o = c("siang kak. i have sundanese resto in dago. we have gofood and grabfood, each one own tablet. very messy. your system can join them", None)
PAIRS.append(rpair(
    "b82r_d09_bandung_delivery",
    "A restaurant owner in Bandung with two delivery-app tablets asks about an integration; her real pain is cancellations when a dish sells out.",
    [o,
     t("Siang, kak. Two tablets at the counter, I know that mess. What goes wrong most, missed orders or something else?"),
     c("missed order sometimes. but the worst is when menu habis, like nasi timbel finish, staff forget to turn off in the apps, then customer order and we must cancel. rating go down", None),
     t("So the real damage is cancelling after something sells out. Honest answer: we connect fully with GrabFood, orders go to your kitchen printer and when you mark a dish sold out it switches off there too. GoFood we can't connect yet, so that tablet stays. Which one brings most of your delivery?"),
     c("70 percent grab. hmm, but if still two tablet, i not sure it worth it", "no_need"),
     t("Fair question. With 70% on Grab, most of your cancellations should stop. It's 250 ribu a month; try one month, count cancellations before and after, and decide on the numbers."),
     c("ok, one month. we count", None)],
    [o,
     t("Siang, kak! Yes, our dashboard brings delivery orders into one screen with a kitchen printer. 250 ribu a month."),
     c("the worst is when menu habis, staff forget to turn off in the apps, customer order and we must cancel", None),
     t("The dashboard has a sold-out button for every dish, very easy."),
     c("and it turn off in both apps at the same time", None),
     t("In GrabFood yes, automatically. GoFood you still do on its tablet for now. You can cancel any month."),
     c("hmm, still two tablet. i think about it first", "think_it_over")]))

# d10 - telecom, Nuku'alofa
o = c("malo e lelei. i have a small shop in kolofoou, clothes and phone cards. your man came and told about the business package. i just want to ask a little", None)
PAIRS.append(rpair(
    "b82r_d10_nukualofa_bizpackage",
    "A shopkeeper in Nuku'alofa, Tonga, asks about a business internet package a salesman mentioned; she politely signals it is too big for her without saying no.",
    [o,
     t("Malo e lelei. Sure, ask anything. What do you use internet for in the shop now, if anything?"),
     c("my phone only. sometimes customer pay by transfer, i check on my phone. that is all", None),
     t("Then honestly the business package, fixed line and 100GB, may be more than you need. What made you want to ask, is something not working?"),
     c("the package is very good i think. but maybe for a bigger shop. my son also says we see how", "no_need"),
     t("I hear you, it's built for bigger shops. If checking transfers is the main thing, a data top-up on your phone, 30 pa'anga a month, does the job. If the shop grows, come back and we look again."),
     c("yes, that one is good. thank you for being straight", None)],
    [o,
     t("Malo e lelei. The business package is our best value: fixed line, 100GB, router and business email, 120 pa'anga a month on a 12-month contract."),
     c("the package is very good i think. but maybe for a bigger shop", "no_need"),
     t("It suits all sizes. Lots of small shops in Nuku'alofa have it, for card payments and social media."),
     c("my son also says we see how", "think_it_over"),
     t("No problem. I'll leave the form with you and call on Friday to see how you go."),
     c("ok, friday. malo", None)]))
