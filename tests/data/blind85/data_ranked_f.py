"""Ranked pairs f01-f10 of blind85 (b85): both sides share every turn except one fault in `worse` and the
customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 SACCO development loan, Thika - fault: doubts the customer's honesty
o = c("Good afternoon. I want a development loan, 300,000, to add two rooms to my rentals in Makongeni. I've been saving with you four years.", None)
t1 = t("Good afternoon, welcome. Four years, good. How many units do you have now, and what would the two new rooms rent for?")
c1 = c("Six single rooms, 4,500 each. The new ones bigger, 7,000 each. All full now, there's even a waiting list.", None)
good2 = t("A waiting list helps. So the new rooms bring 14,000 a month. 300,000 over 24 months is about 15,800 a month, the rooms nearly pay it. Your deposits are 110,000, so you qualify up to 330,000. Do you have the contractor's quote?")
good_r = c("Yes, here. 295,000 with materials. I also brought the tenants' agreements.", None)
bad2 = t("Six rooms all full and a waiting list? Everyone says that. Honestly, can you prove it? We see a lot of inflated figures on these forms.")
bad_r = c("Why would I lie to my own SACCO? Here are the tenants' agreements, look. And the quote, 295,000.", None)
t3 = t("That's all I need. The committee sits Tuesday, you get an SMS Wednesday, and if approved the money is in your FOSA two days later. Two guarantors who are members, do you have them?")
c3 = c("Yes, my sister and a neighbour, both members.", None)
PAIRS.append(rpair(
    "b85r_f01_thika_sacco_loan",
    "Member asking for a loan to build rental rooms (Thika, Kenya); in worse the officer openly doubts the member's figures before looking at the papers.",
    [o, t1, c1, good2, good_r, t3, c3],
    [o, t1, c1, bad2, bad_r, t3, c3]))

# f02 conference venue, Mwanza - fault: drops the price before asking anything
o = c("Hello, I'm calling from an NGO. We need a conference hall in Mwanza for a three-day workshop in November, about 80 people.", None)
good1 = t("Hello, thanks for calling. Which dates in November, and is it the hall and meals only, or will people need rooms too?")
good_r = c("12 to 14 if possible. Hall, two tea breaks and lunch. About 30 need rooms, they come from Shinyanga and Geita.", None)
bad1 = t("Hello! For an NGO I'll give you 20% off our conference package straight away. Which dates?")
bad_r = c("Eh, okay, thank you... but I haven't even told you what we need. 12 to 14. Hall, two teas, lunch, and about 30 need rooms, from Shinyanga and Geita.", None)
t2 = t("12 to 14 is open. Does your donor cap the package or the rooms? NGOs often have a rate we must fit under.")
c2 = c("Yes, the donor caps conference at 45,000 per person per day, rooms at 80,000.", None)
t3 = t("Our full-day package, hall, two teas and lunch, comes to 42,000 a head, so you're inside the cap. Rooms with breakfast are 75,000. I'll hold the hall and 30 rooms for a week and send a proforma in the donor's format.")
c3 = c("Good. My finance officer must approve before we pay any deposit.", "think_it_over")
PAIRS.append(rpair(
    "b85r_f02_mwanza_conference_hall",
    "NGO officer booking a workshop venue (Mwanza, Tanzania); in worse the sales agent gives away a discount before knowing dates, needs or the donor's rate cap.",
    [o, good1, good_r, t2, c2, t3, c3],
    [o, bad1, bad_r, t2, c2, t3, c3]))

# f03 salary-backed school fees loan, Kabale - fault: an unasked lecture
o = c("Good morning. I need 1.2 million for my son's fees at a school in Kabale town. I'm a government teacher, my salary comes through your bank.", None)
t1 = t("Good morning, welcome. Since your salary comes here, the salary advance for fees is quickest. When are the fees due, and do you have any other loan running with us?")
c1 = c("Due in two weeks. I have a small one, ends in May, 90,000 a month.", None)
t2 = t("Okay. Deductions can't pass half your net pay. Net is 1.1 million, so 550,000 in total, minus the 90,000, leaves 460,000. 1.2 million over six months is about 225,000 a month with interest, so it fits.")
c2 = c("Six months is fine. What do you need from me?", None)
good3 = t("Last three payslips, your ID, and the school's fee invoice, we pay the school directly.")
good_r = c("The payslips are here. The invoice is on my phone.", None)
bad3 = t("Payslips, ID, the fee invoice. And if I may, as a teacher you should know, many parents borrow for fees every term and get trapped. You should save a little monthly in a fees account instead, then you don't need to borrow.")
bad_r = c("Madam, I didn't come for advice on saving. My son was sick last term, that's why. Can we just do the loan? The invoice is on my phone.", None)
t4 = t("Forward the invoice to this email and I'll print it. You'll get an SMS by tomorrow evening, and the school is paid the day after.")
PAIRS.append(rpair(
    "b85r_f03_kabale_fees_loan",
    "Teacher applying for a salary-backed fees loan (Kabale, Uganda); in worse the officer adds an unasked lecture about saving instead of borrowing.",
    [o, t1, c1, t2, c2, good3, good_r, t4],
    [o, t1, c1, t2, c2, bad3, bad_r, t4]))

# f04 business fibre for till and CCTV, Ndola - fault: a vague next step
o = c("Hi, I've got a hardware shop in Ndola, on Broadway. I want internet for the till and for CCTV so I can watch the shop from my phone.", None)
t1 = t("Hi. Is the CCTV already installed, and how many cameras? That decides how much upload you need.")
c1 = c("Four cameras, put in last year, but they only record to the box. I want to see them when I'm in Kitwe.", None)
t2 = t("Four cameras viewed remotely plus a till, I'd go for 20 Mbps fibre with a fixed IP, K850 a month, K500 to install. Let me check your street... yes, Broadway is covered.")
c2 = c("850 is fine if it works. The last provider, the wireless one, kept dropping every afternoon.", "bad_experience")
good3 = t("Fibre doesn't have that afternoon problem, the wireless shares a busy tower. Our technician Mwila can survey Thursday morning and install Monday. I'll SMS you today with his number. If it drops more than twice in the first month, cancel with no fee.")
good_r = c("Thursday morning is fine. Before 10, I open at 8.", None)
bad3 = t("Fibre is much more stable. I'll pass your details to the installations team and someone will be in touch about a date.")
bad_r = c("Someone when? I've heard that before. The last ones took a month to even call.", "bad_experience")
PAIRS.append(rpair(
    "b85r_f04_ndola_shop_fibre",
    "Shop owner ordering fibre for a till and remote CCTV (Ndola, Zambia); in worse the next step is a vague 'someone will be in touch'.",
    [o, t1, c1, t2, c2, good3, good_r],
    [o, t1, c1, t2, c2, bad3, bad_r]))

# f05 insulin at a pharmacy, Dire Dawa - fault: over-promises
o = c("Hello. My father has diabetes, he uses insulin. The pharmacy near us has none this month. Do you have the Mixtard pen?", None)
t1 = t("Hello. We have Mixtard in vials, but the pens are out. Does he only use a pen, or can he use syringes?")
c1 = c("Only the pen, he's old, his eyes are weak, the syringe is hard for him.", None)
t2 = t("I see. With vials someone would draw the dose for him. Is there someone at home who can do it morning and evening?")
c2 = c("My sister lives with him. She could, if someone shows her.", None)
good3 = t("Then take two vials today, and bring your sister, I'll show her how to draw and check the dose, ten minutes. The pens, our supplier expects them, but I can't promise a date, the shortage is from Addis. I'll call you when they land.")
good_r = c("Okay, I'll bring her this afternoon. Please call me when the pens come.", None)
bad3 = t("Then take the vials for now. And don't worry about the pens, they'll be here Friday for sure, I'll reserve five for you.")
bad_r = c("Friday for sure? The other pharmacy told me the same last month, and nothing came.", "bad_experience")
PAIRS.append(rpair(
    "b85r_f05_diredawa_insulin",
    "Son looking for his father's insulin during a shortage (Dire Dawa, Ethiopia); in worse the pharmacist promises a delivery date he cannot control.",
    [o, t1, c1, t2, c2, good3, good_r],
    [o, t1, c1, t2, c2, bad3, bad_r]))

# f06 knapsack sprayer, Kasungu - fault: closes before checking the thing works
o = c("Muli bwanji. I need a knapsack sprayer for my tobacco and maize. Mine is leaking at the pump.", None)
t1 = t("Ndili bwino. Where's the leak, the handle side or the bottom of the tank? Sometimes it's just a seal, 1,500 kwacha, not a new sprayer.")
c1 = c("The bottom, where the pump joins. It's old, five seasons. And the tank has a crack.", None)
t2 = t("With a cracked tank, a new one makes sense. This 16-litre is 38,000. The cheaper one is 24,000, but the pump is plastic and they rarely last two seasons.")
c2 = c("38,000 is a lot, but the cheap one I had before broke fast. Okay, the 38.", None)
good3 = t("Let's fill it with water and pump it here first, so you see it holds pressure and sprays even... See, no leak, fine mist. Here's your receipt, and a spare seal kit is in the box.")
good_r = c("Good, it sprays well. Zikomo.", None)
bad3 = t("Okay, 38,000. Here's your receipt, it's sealed in the box, brand new.")
bad_r = c("So I only see it at home? If it leaks I have to come back, and the road from my village is long.", None)
PAIRS.append(rpair(
    "b85r_f06_kasungu_sprayer",
    "Farmer replacing a leaking knapsack sprayer at an agro-dealer (Kasungu, Malawi); in worse the sale is closed without testing the sprayer in front of him.",
    [o, t1, c1, t2, c2, good3, good_r],
    [o, t1, c1, t2, c2, bad3, bad_r]))

# f07 lakeside hotel, Rubavu - fault: recommends before asking
o = c("hello, we want to come to rubavu for a weekend, me and my wife, our 10th anniversary. what rooms do you have", None)
good1 = t("Congratulations, ten years! Is it more a quiet, just-the-two-of-you weekend, or do you want to do things, boat to the islands, hot springs?")
good_r = c("quiet mostly. she works too much, she wants to rest. maybe one boat trip", None)
bad1 = t("Congratulations! You'll love our Presidential Suite, top floor, private terrace, jacuzzi, 450 dollars a night. Shall I book it?")
bad_r = c("450?? thats too much for us. we want something simple, she just wants to rest", "too_expensive")
t2 = t("Then a lake-view garden room, away from the bar and pool, is the quiet one, 140 a night with breakfast. For anniversaries we set a dinner on the jetty on the Saturday, on the house.")
c2 = c("that sounds nice. friday and saturday, 2 nights", None)
t3 = t("Friday and Saturday, garden room, lake view, jetty dinner Saturday. I'll send the booking link, nothing to pay until you arrive.")
c3 = c("perfect. thank you", None)
PAIRS.append(rpair(
    "b85r_f07_rubavu_anniversary_room",
    "Husband booking an anniversary weekend by chat (Rubavu, Rwanda); in worse the agent pushes the most expensive suite before asking what the couple want.",
    [o, good1, good_r, t2, c2, t3, c3],
    [o, bad1, bad_r, t2, c2, t3, c3]))

# f08 backup solar for a farmhouse, Palapye - fault: unexplained jargon
o = c("Dumela. We get power cuts at the farm house. I want solar so the fridge and lights stay on. Not everything, just the important things.", None)
t1 = t("Dumela mma. So backup for the essentials. Which exactly, fridge, lights, anything else, TV, the borehole pump?")
c1 = c("Fridge, lights, the TV and the phones. The borehole pump no, it's too big.", None)
good2 = t("Then a small system: two panels, one battery, and a box that turns the battery power into normal house power. It keeps those running through about 8 hours of cut, longer if the sun is out. About P18,000 installed.")
good_r = c("8 hours is enough, cuts here are 4 or 5 hours. P18,000, okay. How long does the battery last?", None)
bad2 = t("Then you'd want a 3kVA hybrid inverter with a 5kWh LiFePO4 bank, 2 x 550W mono PERC, and an ATS for UPS-grade changeover. About P18,000 installed.")
bad_r = c("Eh, I didn't understand any of that. Will the fridge stay on or not? And how long does the battery last?", None)
t3 = t("Yes, fridge, lights, TV and phones stay on through a normal cut. The battery is made for about ten years of daily use, with five years' warranty. I can come Saturday to see where panels can face north.")
c3 = c("Saturday we have a funeral in the village. Can it be next week?", "no_time")
t4 = t("Of course. Wednesday morning then, I'll call Tuesday to confirm.")
PAIRS.append(rpair(
    "b85r_f08_palapye_backup_solar",
    "Farm owner wanting backup power for essentials (Palapye, Botswana); in worse the installer answers in unexplained technical jargon.",
    [o, t1, c1, good2, good_r, t3, c3, t4],
    [o, t1, c1, bad2, bad_r, t3, c3, t4]))

# f09 bus parcel service, Tete - fault: argues with the customer
o = c("Hello. I sent a parcel on your bus from Tete to Chimoio on Monday. My brother went to collect it yesterday and they said it's not there.", None)
t1 = t("Hello, sorry about that. Do you have the waybill number?")
c1 = c("TC-5528. A box, sewing machine parts, for his business.", None)
t2 = t("I see TC-5528, Monday's bus, received at Chimoio on Tuesday. Did your brother go to the office at the bus station, or the one in town?")
c2 = c("The one at the station. They said nothing came.", None)
good3 = t("Then let me call the Chimoio office now while you're on the line.")
good_r = c("Please. He needs those parts this week.", None)
bad3 = t("No, that can't be, the system says received, so they have it. Your brother probably didn't look properly, or went at the wrong time.")
bad_r = c("He was there one hour! You think he's lying? Check again.", None)
t4 = t("...They have it. It went to the town office, the station sends parcels there after a day. Sorry nobody told him. He collects with his ID and the waybill number, I'm sending you the address by SMS.")
PAIRS.append(rpair(
    "b85r_f09_tete_bus_parcel",
    "Sender chasing a parcel that was not found at the destination (Tete to Chimoio, Mozambique); in worse the clerk argues that the brother must have looked badly.",
    [o, t1, c1, t2, c2, good3, good_r, t4],
    [o, t1, c1, t2, c2, bad3, bad_r, t4]))

# f10 agrovet, coughing sheep, Nanyuki - fault: talks about himself
o = c("Hello. I keep sheep, about 40, near Nanyuki. Some are coughing and one died last week. What can I give them?", None)
t1 = t("Sorry about the one you lost. How many are coughing, and anything else, runny nose, not eating, diarrhoea?")
c1 = c("Maybe eight coughing. Some runny nose. They still eat, but two are thin. The one that died was thin too.", None)
good2 = t("When did you last deworm them, and with what? Lungworm can give the cough and the thinness together.")
good_r = c("Not since the long rains, maybe six months. The white drench.", None)
bad2 = t("Ah, sheep. My father kept 200 sheep in Laikipia when I was small, I helped him drench every Saturday. That's how I came into this business actually, I studied animal health at Egerton, best years of my life.")
bad_r = c("Okay... but my sheep. Should I be worried? I dewormed maybe six months ago, the white drench.", None)
t3 = t("Six months is long. I'd use a drench that covers lungworm, this one, 1,800, enough for 40. And since one died, I'd get the county vet to see the thin ones, pneumonia needs an antibiotic I shouldn't guess at.")
c3 = c("The drench, yes. The vet costs money, let me try the drench first and see.", "no_money")
t4 = t("Fair. But if another one gets thin or stops eating this week, call the vet then, don't wait. His number is on this card.")
PAIRS.append(rpair(
    "b85r_f10_nanyuki_sheep_cough",
    "Sheep farmer asking about coughing sheep (Nanyuki, Kenya); in worse the agrovet attendant talks about his own background instead of the flock.",
    [o, t1, c1, good2, good_r, t3, c3, t4],
    [o, t1, c1, bad2, bad_r, t3, c3, t4]))
