"""Ranked pairs f01-f10: both sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it. Hand-written for b48."""
from common import t, c, rpair

PAIRS = []

# f01 - boiler service booking, Lisburn. Fault: argues with the customer.
o = c("Hello, I'm ringing to book the boiler service. Last year your man came and I found the boiler leaking two days after. I want someone different this time.", "bad_experience")
t1 = t("Of course, I'm sorry that happened. I'll note that you'd like a different engineer. Can I take the address and the boiler make?")
c2 = c("Fourteen Hillsborough Road, Lisburn. It's a Worcester, about eight years old.", None)
t3 = t("Thanks. So an eight-year-old Worcester, and a different engineer after last year's leak. The service is 85 pounds. Would Tuesday morning suit?")
c4 = c("Tuesday's grand.", None)
t3w = t("Thanks. I should say, I've looked at last year's notes and that leak was on a pipe, not the boiler, so our engineer wouldn't have caused it. The service is 85 pounds. Would Tuesday morning suit?")
c4w = c("It never leaked before he touched it, so don't be telling me that. I've a good mind to ring someone else.", "bad_experience")
t5 = t("I'll put you down for Tuesday, 8 till 12, with Declan, and ask him to check last year's repair while he's there at no charge. I'll text you his details the day before.")
c6 = c("Fine. Thank you.", None)
PAIRS.append(rpair(
    "b48r_f01_lisburn_boiler_service",
    "Heating company bookings line, Lisburn, Northern Ireland: customer books a service after a leak following last year's visit. Fault in worse: argues with the customer about last year.",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1, c2, t3w, c4w, t5, c6]))

# f02 - swim school, Mackay. Fault: drops the price before asking anything.
o = c("Hi, just ringing about swimming lessons for my daughter. She's six. What do they cost?", None)
t1 = t("Hi! Lessons are 21 a week during term. Can I ask a bit about her first? Has she done lessons before, and how is she in the water?")
c2 = c("She did some at the old pool in Sarina, but she hated putting her face in. She cries if water goes on her face.", None)
t1w = t("Hi! Normally 21 a week, but I can do 15 a week if you sign up today, and the first lesson's free. Can I ask a bit about her? Has she done lessons before?")
c2w = c("Oh. Um, why's it suddenly cheaper? Anyway, she did some at the old pool in Sarina, but she hated putting her face in. She cries if water goes on her face.", None)
t3 = t("Lots of kids are like that. We have a small water-confidence group, four kids per teacher, and they don't make them put their faces in until they're ready. It's Tuesdays and Thursdays at 3:45.")
c4 = c("Thursdays I work till five, and Tuesdays are her dancing. Is there a Saturday?", "no_time")
t5 = t("Saturday at 9:30 has one spot left. Would you like to bring her to watch a class first, before you book?")
c6 = c("Yeah, I'll bring her Saturday to watch. Then we'll decide.", "think_it_over")
PAIRS.append(rpair(
    "b48r_f02_mackay_swim_school",
    "Swim school, Mackay, regional Queensland: parent asks about lessons for a water-shy six-year-old. Fault in worse: discounts before asking anything.",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1w, c2w, t3, c4, t5, c6]))

# f03 - HR software for a manufacturer, Greenville (B2B). Fault: over-promises.
o = c("Hi, I'm the HR manager at Piedmont Precision. We make machined parts, 260 employees. We're looking at replacing our HR software, and the big concern is it has to talk to our payroll, which is ADP.", None)
t1 = t("Thanks for reaching out. ADP integration is a common ask. Which ADP product are you on, Workforce Now or something else?")
c2 = c("Workforce Now. And the timeclocks on the shop floor are old Kronos boxes, that's the other headache.", None)
t3 = t("Workforce Now we integrate with directly, that one's standard. The Kronos clocks I can't promise until our implementation team sees the model. Some connect, some need replacing, and I'd rather you know that now than after you sign.")
c4 = c("Appreciate that. The last vendor swore everything would work and it didn't.", None)
t3w = t("Workforce Now, no problem. And the Kronos clocks, we connect to everything, we'll have it all live in three weeks, guaranteed.")
c4w = c("Three weeks, with 260 people and old Kronos clocks? The last vendor swore everything would work too, and it didn't. I'd need that in writing.", "bad_experience")
t5 = t("The next step would be a call with our implementation lead, who can look at your clock models and your ADP setup. Would Thursday work, with your payroll person on too?")
c6 = c("Thursday works. I'll get Carla from payroll on. We'll need pricing per employee, our CFO's going to push hard on that.", None)
t7 = t("Per employee it is. I'll bring it to Thursday's call so you and Carla see it together.")
PAIRS.append(rpair(
    "b48r_f03_greenville_hr_software",
    "HR software vendor, Greenville, South Carolina (B2B): manufacturer needs ADP and old Kronos timeclock integration. Fault in worse: over-promises a guaranteed three-week go-live.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))

# f04 - estate agent valuation, Stirling. Fault: vague next step.
o = c("Hi, we're thinking of selling our three-bed semi in Bridge of Allan. The kids have left, so it's too big. Maybe spring, no rush, we'd want to find somewhere first. What's it worth and what do you charge?", None)
t1 = t("So you're downsizing, no rush, and you'd want the next place lined up before you sell. Our fee is 1.2 percent plus VAT, only if it sells, and a valuation is free, about 45 minutes in the house.")
c2 = c("1.2 percent. The online lot are a flat 999.", "too_expensive")
t5 = t("They are, and some people do well with them. The difference is we do the viewings and chase the buyers through to completion. Either way, the valuation gives you a number to compare with.")
c6 = c("Fair enough. Let's do the valuation then.", None)
t7 = t("Great. I can come Wednesday at 5 or Saturday at 11. I'll bring three recent sales from your street so you can see where the number comes from, and you'll have it in writing by Monday.")
c8 = c("Saturday at eleven. My husband'll be in then.", None)
t7w = t("Great. Someone from the office will be in touch to arrange a time, and we'll get a figure to you in due course.")
c8w = c("Right... when, roughly? We'll maybe just ask the online lot as well.", "think_it_over")
PAIRS.append(rpair(
    "b48r_f04_stirling_house_valuation",
    "Estate agent, Stirling, Scotland: downsizing couple ask about valuation and fees. Fault in worse: vague next step.",
    [o, t1, c2, t5, c6, t7, c8],
    [o, t1, c2, t5, c6, t7w, c8w]))

# f05 - physio clinic reception, Hamilton. Fault: unasked lecture.
o = c("Hi, I've hurt my back lifting at work, I'm a builder. Can I get in to see someone this week? Does ACC cover it?", None)
t1 = t("Sorry to hear that. Yes, if it happened at work it's an ACC injury, so most of the cost is covered. There's a small co-payment, about 25 dollars. When did it happen?")
c2 = c("Monday. Lifting a sheet of gib. Can barely bend now.", None)
t3 = t("Okay. We'll lodge the ACC claim at your first appointment, so you don't need to do anything beforehand. I've got tomorrow at 7:30 am or Thursday at 4.")
c4 = c("Seven-thirty's good, I can go to site after.", None)
t3w = t("Okay. Just so you know, most back injuries on sites come from lifting with your back instead of your legs. You really want to bend your knees, keep the load close, and get a mate for sheets that size. Anyway, I've got tomorrow at 7:30 am or Thursday at 4.")
c4w = c("Yeah, I know how to lift, cheers, been doing it twenty years. Seven-thirty.", None)
t5 = t("Seven-thirty tomorrow with Sam. Wear something loose, and bring your employer's details for the ACC form.")
c6 = c("Sweet. Twenty-five bucks, yeah? Can I pay by card?", None)
t7 = t("Card's fine. See you at 7:30.")
PAIRS.append(rpair(
    "b48r_f05_hamilton_physio_reception",
    "Physiotherapy clinic reception, Hamilton, New Zealand: builder with a work back injury books an ACC appointment. Fault in worse: an unasked lecture on lifting.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))

# f06 - credit union car loan, Bemidji. Fault: doubts the customer's honesty.
o = c("Hi, I'd like to apply for a car loan. I'm a nurse at the hospital, I just switched to full time, so my pay stubs only show two weeks at the new hours.", None)
t1 = t("Congrats on going full time. How much are you looking to borrow, and what for?")
c2 = c("About 18,000 for a used Equinox. My Civic died on Highway 2 last week.", None)
t3 = t("Sorry about the Civic. A new full-time position is fine. We can use your offer letter to confirm the hours and rate along with the two pay stubs. Do you have the letter?")
c4 = c("Yes, it's in my email, I can forward it.", None)
t3w = t("Sorry about the Civic. Two weeks isn't much to go on. People tell us they've gone full time and then it turns out it's temporary. Is it actually permanent?")
c4w = c("It's permanent. I'm not making it up. I have an offer letter if you want it. Honestly, if this is going to be a hassle I'll just go through the dealership.", None)
t5 = t("Forward it to me and I'll run the application today. On 18,000 over five years you'd be looking at around 360 a month at our current rate.")
c6 = c("Three-sixty. I was hoping closer to 300, that's what I can manage with rent.", "no_money")
t7 = t("Six years would bring it near 310, though you'd pay a bit more interest overall. I'll show you both side by side once it's approved.")
PAIRS.append(rpair(
    "b48r_f06_bemidji_credit_union_auto_loan",
    "Credit union, Bemidji, northern Minnesota: nurse newly full time applies for a used-car loan. Fault in worse: doubts her honesty about the job.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))

# f07 - laptop repair shop, Wrexham. Fault: closes the sale before checking the fix works.
o = c("Alright. My laptop won't charge. I think it's the charger. It's got my dissertation on it and it's due Friday.", None)
t1 = t("Right, Friday, so let's be quick. Can I see the charger and the laptop? Is the little light on the charger coming on at all?")
c2 = c("No light at all. I've tried different sockets.", None)
t3 = t("That does sound like the charger, but let me try one of ours on the laptop before you buy anything... there, the charging light's on. So it's your charger, not the laptop.")
c4 = c("Oh thank god. How much is a new one?", None)
t3w = t("Sounds like the charger, they go all the time on that model. A replacement's 29.99, want me to ring it up?")
c4w = c("Hang on, shouldn't you check it's not the laptop first? I don't want to buy a charger and then find out.", None)
t5 = t("It's 29.99 for the replacement. And with Friday coming, I'd copy the dissertation onto a memory stick today, just in case.")
c6 = c("Thirty quid. Bit steep, but alright, I need it. And yeah, I'll back it up.", "too_expensive")
t7 = t("Good plan. Here you go. Keep the receipt, it's a year's guarantee.")
PAIRS.append(rpair(
    "b48r_f07_wrexham_laptop_repair",
    "Computer repair shop, Wrexham, Wales: student's laptop won't charge days before a deadline. Fault in worse: rings up a charger without testing that the charger is the fault.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))

# f08 - outdoor gear store, Bend. Fault: recommends before asking.
o = c("Hi, I need a sleeping bag. Going camping with my kids next month.", None)
t1 = t("Fun! Where are you headed, and is it car camping or backpacking? Makes a big difference.")
c2 = c("Car camping up at Elk Lake. First time with the kids. I don't know how cold it gets.", None)
t1w = t("Fun! This one's our best seller, the Alpine 15, down, packs tiny, 289. You'll love it.")
c2w = c("Two eighty-nine? For a sleeping bag? We're just car camping at Elk Lake, it doesn't need to pack tiny.", "too_expensive")
t3 = t("Elk Lake's high, it can drop into the 30s at night even in summer. For car camping a synthetic bag rated to 30 degrees is plenty, and weight doesn't matter. This one's 99. A pad under you matters as much as the bag.")
c4 = c("Good to know. I've got a pad from my old tent. I'll need bags for the kids too, they're 8 and 10.", None)
t5 = t("The youth version of the same bag is 69. If you're not sure they'll take to camping, we rent bags too, 15 a weekend.")
c6 = c("Renting for the kids makes sense. They might hate it. I'll buy mine.", None)
PAIRS.append(rpair(
    "b48r_f08_bend_outdoor_store",
    "Outdoor gear store, Bend, Oregon: parent buying a sleeping bag for a first car-camping trip with kids. Fault in worse: recommends an expensive bag before asking anything.",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1w, c2w, t3, c4, t5, c6]))

# f09 - winery wholesale to a restaurant, Launceston (B2B). Fault: unexplained jargon.
o = c("Hi, I own Tamar Table in Launceston. We're redoing the wine list and want more local stuff. Your pinot came up.", None)
t1 = t("Great to hear. What's the restaurant like, the food, and what price point do the wines need to sit at on the list?")
c2 = c("Modern Tassie, lots of seafood and lamb. By-the-glass wines sell around 16 to 18. Bottles up to about 90.", None)
t3 = t("Then our estate pinot fits. Wholesale it's 28 a bottle, which puts it around 75 to 85 on your list. For by-the-glass, our rose works with seafood, 19 wholesale. I can drop samples of both.")
c4 = c("Samples would be good. Is 28 delivered, and is the wine tax in that?", None)
t3w = t("Then our estate pinot fits. It's 28 LUC ex-WET, FIS on a six-dozen minimum drop, or we can go through our distributor on the usual consignment terms.")
c4w = c("Sorry, you've lost me. Ex what? Is that the price I pay or not?", None)
t5 = t("Yes, 28 a bottle to you, delivered, wine tax included, ordered by the case. I'll bring samples Thursday afternoon before service so you and your floor manager can taste them with the menu.")
c6 = c("Thursday's good. I'll be honest though, we're talking to two other Tamar wineries as well.", "think_it_over")
t7 = t("Makes sense, taste them side by side. I'll leave a price sheet with the samples so you can compare properly.")
PAIRS.append(rpair(
    "b48r_f09_launceston_winery_wholesale",
    "Winery cellar door wholesale, Launceston, Tasmania (B2B): restaurant owner building a local wine list. Fault in worse: unexplained trade jargon on price.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))

# f10 - business phone line for a small hotel, Sligo (B2B). Fault: talks about themselves.
o = c("Hello, I run a twelve-room hotel in Strandhill. Our phone line goes down in every storm and we lose bookings. Someone said your VoIP thing might help.", None)
t1 = t("It might. When it goes down, is it just the phone, or the broadband too?")
c2 = c("Both, usually. It's all on the copper line from the village. Fibre's not here yet, they say next year.", None)
t3 = t("Then VoIP on its own won't help, it runs over the same broadband that's dropping. What would help is a 4G backup router, so calls and the card machine switch over to mobile when the line goes. Do you get decent mobile signal at reception?")
c4 = c("Three bars, usually. Vodafone's best out here.", None)
t3w = t("I know exactly what that's like. I grew up in Enniscrone and our phone went every winter. That's actually how I got into this job, I did hotel reception myself for six years before telecoms. Anyway, do you get decent mobile signal at reception?")
c4w = c("Right. Three bars, I think. Look, I've guests arriving, can we get to it?", "no_time")
t5 = t("A 4G backup router is 180 upfront and 15 a month for data, and your calls move across on their own when the line drops. I can set it up and test it in a day.")
c6 = c("180 up front, this time of year? January's dead for us. Could we do it in March?", "no_money")
t7 = t("March is fine. I'll send the quote now so it's in writing, and ring you on the first of March to book the install before the spring storms.")
PAIRS.append(rpair(
    "b48r_f10_sligo_hotel_phone_backup",
    "Business telecoms provider, Sligo, Ireland (B2B): small coastal hotel loses phone and broadband in storms. Fault in worse: talks about themselves instead of the customer.",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7]))
