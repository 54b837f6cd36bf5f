"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would
agree with, `worse` competent but shallower. Written by hand for blind96."""
from common import c, rpair, t

PAIRS = []

# d01 Makati, condo leasing and management for an owner abroad
o = c("Hi, I'm calling from London. I own a one-bedroom in your building, 23F. I'm thinking of renting it out. What are your fees?", None)
PAIRS.append(rpair(
    "b96r_d01_makati_condo_leasing",
    "An OFW nurse in London calls the leasing desk of her Makati condo building about renting out her empty unit.",
    [o,
     t("Hi! Our leasing fee is one month's rent for a one-year contract, and full management is 8% of monthly rent. Before you choose, can I ask what made you decide to rent it out now?"),
     c("It's been empty two years. I pay dues and amortisation, ₱28,000 a month, nothing comes in. But I'm scared of bad tenants, I can't fly home to fix problems.", None),
     t("That makes sense from 10,000 km away. So what you really need is someone who screens tenants and handles problems without calling you at 3am. With full management we check employment and references, collect rent, pay your dues from it, and send a monthly statement. One-bedrooms here rent for ₱25,000 to ₱30,000 furnished."),
     c("8% on top of the leasing fee, hmm. It adds up.", "too_expensive"),
     t("It does. You could do leasing only and have a relative collect rent, that's cheaper. But with you abroad, most owners find the 8% worth it for repairs and late payers. I can send a sample statement from another owner, name hidden, so you see what you'd get."),
     c("Yes, send that. I'll decide this weekend.", "think_it_over")],
    [o,
     t("Hi! Our leasing fee is one month's rent for a one-year contract, and management is 8% of monthly rent. One-bedrooms in our building rent for ₱25,000 to ₱30,000."),
     c("Ok. And you find the tenant?", None),
     t("Yes, we list it on the portals and do the viewings, contract signing and move-in inspection. With management, we also collect rent and handle repairs."),
     c("8% on top of the leasing fee, hmm. It adds up.", "too_expensive"),
     t("It's the standard rate in Makati, ma'am, and it covers a lot. I'll email you the contract and our rate card."),
     c("Ok, send it. I'll decide this weekend.", "think_it_over")],
))

# d02 Setapak KL, dry goods supplier for a new mamak restaurant
o = c("Assalamualaikum. I'm opening a restaurant in Setapak next month. Roti canai, nasi kandar. Looking for supplier for oil, flour and rice.", None)
PAIRS.append(rpair(
    "b96r_d02_setapak_mamak_supplies",
    "The owner of a soon-to-open 24-hour mamak restaurant calls a wholesale supplier of flour, oil and rice.",
    [o,
     t("Waalaikumsalam, congratulations on the new shop. To quote the right pack sizes, how many seats and what hours? Roti canai eats a lot of flour and oil."),
     c("60 seats, 24 hours. Maybe 800 roti a day at first. But storage small, only the back room.", None),
     t("800 roti a day is roughly two 25kg bags of flour daily and a lot of oil. With a small store room, I'd deliver three times a week instead of one big drop, same price per kg. Cash on delivery or monthly invoice?"),
     c("Monthly invoice would help, new business, cash flow tight at first.", None),
     t("New accounts start on COD for two months, then 30 days credit. I can't skip that, sorry, but I can give 14 days from the third week if payments are smooth. I'll send prices for flour, palm oil and rice in each pack size."),
     c("Ok, fair. Send. I'm comparing with two others also.", "think_it_over")],
    [o,
     t("Waalaikumsalam, congratulations! Our flour is RM52 per 25kg bag, palm oil RM98 per 17kg tin, rice from RM38 per 10kg. Free delivery above RM500."),
     c("Ok. Delivery how many times a week?", None),
     t("Once a week in Setapak, every Wednesday. Most customers order a month's stock for the bulk discount, 3% off above RM3,000."),
     c("One month stock? My store room small lah.", None),
     t("Then just order what fits, no problem. First two months COD, then 30 days credit."),
     c("Ok lah, WhatsApp me the price list. If anything I call you.", "brush_off")],
))

# d03 Singapore, international school, mid-year move from CBSE
o = c("Good afternoon. We're relocating from Bangalore in June. My daughter is 14, in CBSE grade 9. I'd like to know your fees and whether there's space.", None)
PAIRS.append(rpair(
    "b96r_d03_singapore_school_cbse_transfer",
    "An Indian father relocating to Singapore asks an international school about fees and a place for his 14-year-old.",
    [o,
     t("Good afternoon. Year 10 fees are S$38,000 a year. Before I talk about space, what matters most to you in the switch from CBSE?"),
     c("Honestly, that she doesn't lose a year. She's a strong student, she wants medicine later.", None),
     t("That helps. Our Year 10 is the second year of IGCSE, so joining in August means one year to cover a two-year course. Some students manage it, but many repeat Year 9 to be safe, I'd rather say that now. She'd take an entry test in maths and English first."),
     c("Repeat? Hmm. That's what I'm afraid of. Another school told us she can go straight in.", None),
     t("She might, it depends on her test. Would it help if she did our entry test online next month, so you know her actual placement before you commit? There's a short waitlist for Year 10 now, two families."),
     c("Yes, the online test makes sense. Please send the link. I'll discuss the fees with my wife too.", "think_it_over")],
    [o,
     t("Good afternoon! Year 10 fees are S$38,000 a year, plus a S$2,500 application fee and S$1,800 for the bus if needed. We have a short waitlist for Year 10."),
     c("Ok. She's a strong student, CBSE grade 9. Will that be a problem?", None),
     t("Not at all, we have many CBSE students, they adapt well. She'd take an entry test in maths and English and then we place her."),
     c("Good. She wants medicine later, so she can't lose a year.", None),
     t("Our science results are excellent and the IB programme later is strong. I'll send you the application form and fee sheet."),
     c("Ok. I'll discuss the fees with my wife.", "think_it_over")],
))

# d04 Bangkok, scooter instalments for a delivery rider
o = c("Sawasdee krub. I want PCX 160 on installment. How much per month?", None)
PAIRS.append(rpair(
    "b96r_d04_bangkok_pcx_installment",
    "A food-delivery rider asks a Bangkok motorcycle shop's finance desk about monthly payments.",
    [o,
     t("Sawasdee krub. PCX 160 is 95,000 baht. With 10% down over 36 months, about 3,300 a month. What will you use it for, and how does your income come in?"),
     c("I ride Grab and Lineman. Maybe 18,000 a month, but rainy season less.", None),
     t("So some months 3,300 is easy, some months tight. PCX over 48 months is about 2,600 a month, but you pay around 12,000 more interest in total. Or the Click 160, 2,200 a month over 36, and a bit less petrol, which matters for delivery."),
     c("Click... I like PCX more, bigger seat. I ride 10 hours a day.", "no_need"),
     t("Fair, 10 hours a day, comfort matters. Then PCX with 15% down if you can, brings it to about 3,100 over 36. Bring ID, house registration and three months of app income, I get approval before you commit."),
     c("Ok krub, I bring Saturday.", None)],
    [o,
     t("Sawasdee krub. PCX 160 is 95,000 baht. With 10% down over 36 months, about 3,300 a month. We also have 48 months if you want lower monthly."),
     c("48 months how much?", None),
     t("About 2,600 a month. Very popular. You need ID, house registration and proof of income."),
     c("I ride Grab. App screenshot ok for income?", None),
     t("Yes, three months of screenshots is fine. Approval takes 1-2 days."),
     c("Ok krub, I bring Saturday.", None)],
))

# d05 Cebu, dental chain, chipped tooth before a wedding
o = c("Hi po! How much for veneers? I saw your post on FB.", None)
PAIRS.append(rpair(
    "b96r_d05_cebu_dental_veneer_wedding",
    "A bride-to-be messages a Cebu dental chain about veneers after seeing a Facebook ad.",
    [o,
     t("Hi! Porcelain veneers are ₱18,000 per tooth, composite ₱7,000. May I ask what you'd like to change about your smile? Sometimes there's a simpler option."),
     c("I chipped my front tooth last month, ate a bone haha. And my wedding is in 6 weeks, I want it fixed for the photos.", None),
     t("Congrats! If it's one chipped tooth you may not need a veneer at all. Bonding repairs the chip in one visit, about ₱3,500, and looks natural in photos. Porcelain needs 2-3 visits and a lab, possible in 6 weeks but tight."),
     c("Oh ₱3,500 is way better. But will it last? My cousin had bonding and it turned yellow.", "bad_experience"),
     t("It can stain over the years, especially with coffee, and usually lasts 3 to 5 years with care. After the wedding you can still decide on a veneer. Shall I book a ₱500 check-up first so the dentist confirms bonding is enough?"),
     c("Yes po, Saturday if possible.", None)],
    [o,
     t("Hi! Porcelain veneers are ₱18,000 per tooth, composite ₱7,000. How many teeth are you thinking of?"),
     c("Just one, my front tooth. I chipped it last month. Wedding in 6 weeks.", None),
     t("Congrats! For a front tooth, porcelain gives the most natural look for photos. It's 2-3 visits, so we should start soon."),
     c("₱18,000 for one tooth, hmm. That's a lot for me, wedding expenses pa.", "no_money"),
     t("We have 0% installment for 6 months by credit card, about ₱3,000 a month. Or the composite veneer at ₱7,000."),
     c("Ok, I'll think which one. Can I book a check-up first?", "think_it_over")],
))

# d06 Bekasi, POS and WhatsApp ordering for a laundry chain
o = c("Selamat siang. I have 3 laundry outlets in Bekasi. I want a system so customers can order by WhatsApp. You have?", None)
PAIRS.append(rpair(
    "b96r_d06_bekasi_laundry_saas",
    "An owner of three laundromats calls a small-business software company asking for WhatsApp ordering.",
    [o,
     t("Selamat siang Pak. Yes, we have WhatsApp ordering. Can I ask what's happening now that makes you want it? Customers asking, or something else?"),
     c("Honestly... I can't see what happens at the outlets. Staff write in a book. Cash at end of day sometimes doesn't match.", None),
     t("So the bigger problem is seeing orders and cash at all three outlets, not only WhatsApp. Our POS records each order with weight and price, prints a numbered receipt, and you see every outlet's sales on your phone live. WhatsApp ordering is an add-on."),
     c("That's what I need actually. How much for three outlets?", None),
     t("Rp350,000 per outlet a month, so Rp1.05 juta, and WhatsApp adds Rp150,000 per outlet. I'd start with the POS in your busiest outlet for a month, then roll out. Staff usually resist at first, it's normal."),
     c("Ok, start with the Kalimalang outlet. When can you install?", None)],
    [o,
     t("Selamat siang Pak. Yes, our WhatsApp ordering sends customers automatic confirmations and pickup reminders. It's Rp150,000 per outlet a month."),
     c("Ok. Can I also see what happens at the outlets?", None),
     t("Yes, with our POS you see each outlet's sales on your phone. POS is Rp350,000 per outlet, so both for 3 outlets is Rp1.5 juta a month."),
     c("Rp1.5 juta a month is a lot for a laundry business.", "too_expensive"),
     t("It's competitive for the features. We give 10% off if you pay annually."),
     c("Let me discuss with my wife first, she handles the money.", "think_it_over")],
))

# d07 Ho Chi Minh City, urgent garment shipment to Los Angeles
o = c("Hi, I need quote to ship 2 pallets of garments from HCMC to Los Angeles. Air or sea, which is better?", None)
PAIRS.append(rpair(
    "b96r_d07_saigon_garments_la",
    "A garment exporter asks a Saigon forwarder whether to ship two pallets by air or sea.",
    [o,
     t("Hi chị Thảo. It depends on when the buyer needs them. Is there a delivery deadline, and who pays freight under this contract?"),
     c("Buyer wants them in LA warehouse by the 20th, or they cancel. We pay freight, this time it's CIF.", None),
     t("Today is the 2nd, and sea LCL is 25 to 30 days door to door, that misses the 20th. Air is 4 to 6 days. Two pallets by air is about 4,800 USD, sea would be about 900. Does the whole order need to be there by the 20th, or can part follow?"),
     c("4,800 is a lot, our margin on this order is thin.", "too_expensive"),
     t("Understood. Worth asking the buyer if half can land by the 20th and half later. One pallet air, one sea saves about 2,000 USD. I'll send both quotes now so you can show the buyer."),
     c("Good idea. Send both, I call the buyer tonight.", None)],
    [o,
     t("Hi chị. For 2 pallets to LA, sea LCL is about 900 USD, 25 to 30 days. Air is about 4,800 USD, 4 to 6 days. Sea is much cheaper."),
     c("Buyer wants them by the 20th. Today is the 2nd.", None),
     t("Then air is safer. I can book Friday's flight."),
     c("4,800 is a lot, our margin on this order is thin.", "too_expensive"),
     t("I understand. That's the market rate to LA now. I'll check another airline for a slightly better price."),
     c("Ok, please check and send me the quote.", None)],
))

# d08 Manila (Sampaloc), student pawning a laptop
o = c("hi po, do you accept laptops? I need 12k for my enrollment by Friday", None)
PAIRS.append(rpair(
    "b96r_d08_sampaloc_laptop_pawn",
    "A university student in Sampaloc brings his laptop to a pawnshop to cover enrolment fees.",
    [o,
     t("Hi! Yes, we accept laptops. Let me check the model and condition. Can I ask, do you need this laptop for school right now?"),
     c("yes po, its for my thesis actually. but enrollment first, no enrollment no thesis haha", None),
     t("Haha true. This model we can lend up to ₱14,000. But gadget loans are 4% a month and only 30 days before forfeiture, shorter than jewelry. If you can't redeem in time you lose your thesis files too. Can you pay it back within 30 days?"),
     c("my tita will send on the 15th. pero 4% is kinda high", "too_expensive"),
     t("It is higher than jewelry. On ₱12,000 that's ₱480 for the month plus ₱50 service fee. If your tita sends on the 15th, you redeem in two weeks. Before you leave it, back up your thesis to Drive, just in case."),
     c("ok po, 12k lang. let me back up first", None)],
    [o,
     t("Hi! Yes, we accept laptops. For this model we can lend up to ₱14,000. Interest is 4% a month."),
     c("ok po, 12k is enough", None),
     t("Okay, ₱12,000. Term is 30 days. Please leave the charger too, we keep it with the unit."),
     c("30 days only? i thought 3 months like jewelry", None),
     t("For gadgets it's 30 days, then you can renew by paying the interest. Just sign here."),
     c("ok po", None)],
))

# d09 George Town Penang, co-working for a visiting video editor
o = c("Hi! I'm in Penang for three months. Looking for a desk. What do you have?", None)
PAIRS.append(rpair(
    "b96r_d09_penang_coworking_nomad",
    "A German video editor staying three months in George Town walks into a co-working space.",
    [o,
     t("Hi, welcome to Penang! Hot desks are RM450 a month, fixed desks RM650. What kind of work do you do? Helps me suggest the right one."),
     c("I'm a video editor. Mostly I need fast upload and a big screen, my laptop screen is killing me.", None),
     t("Then a fixed desk makes more sense, you can leave a monitor set up. We don't supply monitors, but a shop on Jalan Burma rents 27-inch ones for about RM80 a month. Upload is 500 Mbps, but I'd rather you test it with your own files. Come tomorrow for a free day?"),
     c("Sounds good. But RM650 for a desk is more than I paid in Chiang Mai.", "too_expensive"),
     t("Chiang Mai is cheaper, honestly. For three months paid upfront the fixed desk is RM580 a month. Test the upload tomorrow first, then decide."),
     c("Deal, I'll come at ten.", None)],
    [o,
     t("Hi, welcome to Penang! Hot desks are RM450 a month, fixed desks RM650. Both include fast internet, coffee and 4 hours of meeting room a month."),
     c("How fast is the internet? I upload big video files.", None),
     t("500 Mbps fibre, very fast, members are happy with it. The fixed desk comes with a locker too."),
     c("RM650 is more than I paid in Chiang Mai.", "too_expensive"),
     t("For three months paid upfront, the fixed desk is RM580 a month, hot desk RM400."),
     c("Ok. Just give me your card, I'll let you know.", "brush_off")],
))

# d10 Lampung, shrimp feed and a high FCR
o = c("Mas, my vannamei FCR this cycle 1.8, too high. I need feed that is cheaper. What do you have?", None)
PAIRS.append(rpair(
    "b96r_d10_lampung_shrimp_fcr",
    "A vannamei shrimp farmer in Lampung calls his feed company's sales rep wanting a cheaper feed.",
    [o,
     t("Pak, 1.8 is high, yes. Before changing feed, how do the workers adjust feeding? Do they check the anco trays?"),
     c("Workers feed by the table chart. Anco they check sometimes, not every time.", None),
     t("That may be the main cause. Following the chart without checking anco often means overfeeding, especially on cloudy days when shrimp eat less. A cheaper, lower-protein feed could even make FCR worse. How was the water this cycle, any plankton crash?"),
     c("Ya, two weeks ago the water suddenly turned clear, some shrimp died.", None),
     t("That fits: after a crash shrimp eat less, but the chart doesn't know. Keep the same feed, have workers check anco every feeding, and I'll come next week to look at the pond with you. If FCR is still high next cycle, then we talk about the feed."),
     c("Ok mas, Tuesday. But honestly your feed price heavy for me, shrimp price down now.", "too_expensive"),
     t("I can't change the price list, but ordering for the full cycle upfront gets 3% off. Fixing the FCR will save you more than any discount, though.")],
    [o,
     t("Pak, we have Grower 30, Rp16,000 per kg, cheaper than your Grower 36 at Rp18,500. Many farmers use it."),
     c("Protein lower, no problem?", None),
     t("Growth is a bit slower, but cost per kg is lower. You should also check the feeding, sometimes overfeeding makes FCR high."),
     c("Ok. How many sacks minimum?", None),
     t("Minimum 20 sacks for delivery to your farm. I can send Thursday."),
     c("Ok, send 20 sacks, I try this cycle.", None)],
))
