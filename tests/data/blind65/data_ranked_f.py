"""Ranked pairs f01-f10: both sides share every turn (same Python objects) except one real fault in `worse`
and the customer's reaction to it. Written by hand for blind65."""
from common import c, rpair, t

PAIRS = []

# f01 roofing, Minneapolis -- fault: argues with the customer
o = c("Hi, we've got water coming through the ceiling in the upstairs bedroom. I'm pretty sure it's ice dams, there's a huge one over the gutter.", None)
t1 = t("That's stressful in February. Ice dams are a common cause here. Is the stain near the outside wall or more toward the middle of the room?")
c1 = c("Along the outside wall, right under where the ice is. It started after that warm spell on Tuesday.", None)
t2b = t("That lines up with an ice dam: meltwater backs up behind the ice and gets under the shingles. The emergency fix is steaming the ice off, 450 for your size roof, and we can come tomorrow. The long-term fix is usually attic insulation and ventilation, which I'd check while we're up there.")
t2w = t("I doubt it's ice dams, honestly. Everybody says ice dams. It's much more likely your shingles are shot. How old is the roof? I'd bet it's past due.")
c2b = c("Tomorrow's good. Insulation, though, we spent fourteen grand on the roof four years ago, I'm not keen to spend more.", "no_money")
c2w = c("The roof is four years old, and I'm looking at the ice right now out the window. Are you even listening to me?", None)
t3 = t("Four years on the roof is good news; then the shingles are likely fine and the problem is warm air getting into the attic and melting the snow. An insulation top-up is usually 1,800 to 2,500 and stops this every winter. I'll look tomorrow and give you a written quote, and you decide after the steaming.")
c3 = c("Okay. Tomorrow before nine if you can, I work at ten.", None)
t4 = t("8:15 then. Tonight, put a bucket under the drip and move anything electrical away from that wall.")
PAIRS.append(rpair(
    "b65r_f01_minneapolis_roof_ice_dam",
    "Roofing contractor, Minneapolis, USA: a homeowner with a leak under an ice dam. Fault in worse: the trainee argues with the customer's own, correct reading of the problem.",
    better=[o, t1, c1, t2b, c2b, t3, c3, t4],
    worse=[o, t1, c1, t2w, c2w, t3, c3, t4]))

# f02 phone repair, Bangkok -- fault: doubts the customer's honesty
o = c("Hi, my phone screen is flickering and has green lines since yesterday. I dropped it on the floor at the BTS station.", None)
t1 = t("Sorry to hear. Let me see. Which model is it, and did it get wet at any point, or was it only the drop?")
c1 = c("iPhone 12. Only the drop, no water. It still works, but the lines are really annoying.", None)
t2b = t("Okay. Green lines after a drop usually mean the display is damaged, not the board underneath. A replacement screen is 3,900 baht for original quality or 2,200 for a copy screen.")
t2w = t("Hmm, green lines, this is usually water. Many people say only a drop, but it's water. I'll open it and check the water sticker; if it's red, I'll know you weren't telling the truth.")
c2b = c("2,200 is okay, but 3,900 is a lot. My friend changed hers at MBK for 1,800.", "too_expensive")
c2w = c("I am telling you it was not water. Why would I lie to you? I just want the price.", None)
t3 = t("The original screen for an iPhone 12 is 3,900 with six months' warranty; a copy screen is 2,200 with one month. Cheaper shops often fit a copy with weaker brightness. If you're not sure, I can fit a copy screen on your phone to test, ten minutes, free, and then you choose.")
c3 = c("Okay, test first. If it looks good I take the cheaper one.", None)
t4 = t("Sure. Wait here, I'll show you both side by side.")
PAIRS.append(rpair(
    "b65r_f02_bangkok_phone_screen",
    "Phone repair kiosk, Bangkok, Thailand: a customer with green lines on a dropped phone. Fault in worse: the trainee openly doubts the customer's honesty about water damage.",
    better=[o, t1, c1, t2b, c2b, t3, c3, t4],
    worse=[o, t1, c1, t2w, c2w, t3, c3, t4]))

# f03 web hosting, Krakow -- fault: drops the price before asking anything
o = c("Hi, my online shop is very slow lately, customers complain, and I'm thinking of changing hosting. I sell handmade ceramics, the site is on WooCommerce.", None)
t1b = t("Thanks. Before we talk about moving, let's see where the slowness comes from. Roughly how many products and visitors, and is it slow all the time or at certain hours?")
t1w = t("We can definitely help, and I'll give you 30% off the first year of our Business plan right now, so just 29 złoty a month instead of 42.")
c1b = c("About 300 products, maybe 200 visitors a day, more on Sunday evenings. It's slowest right after I post on Instagram.", None)
c1w = c("Okay... but you don't know anything about my site yet. Can you check what's wrong first?", None)
t2 = t("Can you give me the shop address? ... Okay, I ran a quick test. Your product photos are 4 to 5 MB each, and your current plan has 1 GB of memory. The photos are the main issue, and a small plan struggles with the spikes after your Instagram posts.")
c2 = c("4 MB! I take the photos with my good camera. So moving hosting won't fix it?", None)
t3 = t("Moving alone would help with the spikes, but compressing the photos would help more and costs nothing; there's a free plugin and I'll send instructions. If it's still slow on Sundays after that, the Business plan with 4 GB would fit, 42 a month.")
c3 = c("42 is more than double what I pay now. Let me fix the photos first and see.", "think_it_over")
t4 = t("Good plan. I'll email the plugin guide today and check the speed with you again next Monday.")
PAIRS.append(rpair(
    "b65r_f03_krakow_web_hosting",
    "Web hosting company, Kraków, Poland: a ceramics shop owner with a slow site. Fault in worse: the trainee offers a discount before asking a single question.",
    better=[o, t1b, c1b, t2, c2, t3, c3, t4],
    worse=[o, t1w, c1w, t2, c2, t3, c3, t4]))

# f04 organic veg box, Bristol -- fault: an unasked lecture
o = c("Hiya, I'm thinking of getting one of your veg boxes. Two adults, two kids, but the kids are fussy, they'll only eat carrots and peas basically.", None)
t1 = t("Ha, that's very normal. Which box are you looking at, and how much veg do you get through in a week now?")
c1 = c("The medium, I think. We do one big shop at Aldi, veg's maybe 15 quid a week. Your medium's 22, which is a bit of a jump.", "too_expensive")
t2b = t("It is more than Aldi, honestly. What you get is seasonal, organic and local, and no waste if you pick right. You can swap up to three items a week, so swap in carrots and peas and drop the kale. Or take the small box at 16 and keep buying carrots at the shop.")
t2w = t("It is more, but cheap supermarket veg is flown in and sprayed, you know, and kids really should be eating a rainbow every day. Five a day is the minimum, and fussy eating mostly comes from parents not offering enough variety.")
c2b = c("Oh, swapping's good. The small box might do it then.", None)
c2w = c("Right, well, thanks for the parenting tips. I only asked about the box.", None)
t3 = t("The small box at 16 with up to three swaps a week is probably the best fit to start. You can pause or cancel any week online before Sunday midnight.")
c3 = c("Can I start next week? We're away this weekend.", None)
t4 = t("Yes, first delivery next Thursday. I'll send a link so you can set the swaps for your first box.")
PAIRS.append(rpair(
    "b65r_f04_bristol_veg_box",
    "Organic veg box scheme, Bristol, England: a father of fussy kids asks about a box. Fault in worse: the trainee delivers an unasked lecture on children's diets.",
    better=[o, t1, c1, t2b, c2b, t3, c3, t4],
    worse=[o, t1, c1, t2w, c2w, t3, c3, t4]))

# f05 sports physiotherapy, Vancouver -- fault: vague next step
o = c("Hi, I'm training for the Vancouver marathon in ten weeks and my right knee's been hurting on the outside after about 12 k.", None)
t1 = t("That's a specific pattern, which helps. Is it worse downhill or on stairs, and have you changed shoes or mileage lately?")
c1 = c("Downhill's the worst. I went from 40 to 60 k a week in a month, and new shoes, yeah.", None)
t2 = t("A quick jump in distance plus pain on the outside of the knee going downhill often points to the IT band, but I'd want to assess you properly: hip strength, and your running form on the treadmill. The first assessment is 120, usually partly covered by extended health.")
c2 = c("My benefits cover some of it. I went to physio before for my shoulder and they just handed me a sheet of exercises, it didn't help at all.", "bad_experience")
t3b = t("That's frustrating. Here it's hands-on, we film your run, and we adjust your plan week by week toward race day. I have Thursday at 7:30 am or Friday at 5:15 pm with Priya, who works with a lot of marathoners. Which suits you?")
t3w = t("That's frustrating. Here it's hands-on, we film your run, and we adjust your plan week by week toward race day. Let me check with the team about availability and someone will get back to you at some point.")
c3b = c("Friday at 5:15, I'll come straight from work.", None)
c3w = c("At some point? I've got ten weeks. I'll just call the clinic near my office.", None)
PAIRS.append(rpair(
    "b65r_f05_vancouver_runner_physio",
    "Sports physiotherapy clinic, Vancouver, Canada: a marathon runner with knee pain. Fault in worse: the next step is vague ('someone will get back to you at some point').",
    better=[o, t1, c1, t2, c2, t3b, c3b],
    worse=[o, t1, c1, t2, c2, t3w, c3w]))

# f06 removals, Santiago de Chile -- fault: over-promises
o = c("Hola, good afternoon, we are moving from Providencia to Viña del Mar on the 30th, a 3-bedroom apartment, and we have an upright piano. My English is not perfect, sorry.", None)
t1 = t("Your English is fine! A 3-bedroom and a piano, to Viña on the 30th. Is there a lift in both buildings, and which floor?")
c1 = c("Here 7th floor with lift, but the piano does not fit in the lift, we asked. In Viña it's a house, only two steps.", None)
t2 = t("Then the piano goes down the stairs with a special team, four people and straps. For the whole move including the piano it's 1,350,000 pesos. The 30th is the end of the month, our busiest day.")
c2 = c("That's more than the other quote, 1,100,000, but they don't do pianos.", "too_expensive")
t3b = t("That makes sense, the piano is about 250,000 of it. I can guarantee the 30th: loading from 8, arriving in Viña around 3. The piano is insured, but with seven floors of stairs I can't promise there will be no scratch on the case. We wrap it well and any damage is covered.")
t3w = t("Don't worry, with us absolutely nothing gets damaged, ever, and you'll be completely moved in, unpacked and with the piano tuned by lunchtime. Guaranteed.")
c3b = c("Okay, I prefer honest. We take it, I will send the deposit.", None)
c3w = c("By lunchtime, with seven floors and a piano? That sounds too good to be true. I think I need to compare again.", "think_it_over")
PAIRS.append(rpair(
    "b65r_f06_santiago_piano_move",
    "Removals company, Santiago, Chile: a family moving to the coast with an upright piano. Fault in worse: the trainee over-promises (nothing ever damaged, unpacked and tuned by lunchtime).",
    better=[o, t1, c1, t2, c2, t3b, c3b],
    worse=[o, t1, c1, t2, c2, t3w, c3w]))

# f07 point-of-sale for a cafe, Athens -- fault: closes before checking it works
o = c("Hi, I have a small café in Koukaki. My old cash register is broken and I want a system with card payments. What do you have?", None)
t1 = t("Good timing, that's exactly what we do. How many tables, and who takes orders? Only at the counter, or waiters at the tables too?")
c1 = c("Twelve tables, two waiters, and me at the counter. And it must connect to myDATA for the tax, my accountant insists.", None)
t2 = t("So the counter plus two handhelds for the waiters, and the myDATA connection. Our basic package is the counter tablet, two handhelds and the card terminal, 59 euros a month.")
c2 = c("59 a month, okay. I paid 40 for the old one, but it was only a cash register.", None)
t3b = t("Before you sign anything, let's check it works with your accountant's software. Which program does she use? I'll send a test invoice to myDATA with her this week, and we install only after that works.")
t3w = t("Great, then let's sign today and I'll install it on Monday. How would you like to pay the setup fee?")
c3b = c("She uses Epsilon. I give you her number. Good idea to test first.", None)
c3w = c("Wait, does it work with my accountant's program? If the tax part doesn't work I'm in big trouble. I don't sign before I know.", "think_it_over")
PAIRS.append(rpair(
    "b65r_f07_athens_cafe_pos",
    "Point-of-sale reseller, Athens, Greece: a café owner needs a till that reports to the tax system. Fault in worse: the trainee closes before checking the system works with the accountant's software.",
    better=[o, t1, c1, t2, c2, t3b, c3b],
    worse=[o, t1, c1, t2, c2, t3w, c3w]))

# f08 garden makeover, Sakai (Osaka) -- fault: recommends before asking
o = c("Hello. My mother lives alone in a house in Sakai, and the garden is too much for her now. I want to make it easier for her.", None)
t1b = t("I understand. Could you tell me about the garden? How big, what's there now, and what does your mother like to do in it?")
t1w = t("Then I recommend gravel and ground cover everywhere: we remove all the plants and lay a weed sheet. It's our low-maintenance package, 380,000 yen.")
c1b = c("About 40 square metres. There are azaleas, a small pine, and a vegetable corner. She loves the vegetables, but bending is hard for her knees.", None)
c1w = c("Remove everything? No, she loves her vegetables, and the pine was my father's. She would be very sad.", "no_need")
t2 = t("Then let's keep the pine and the azaleas, and turn the vegetable corner into two raised beds at waist height so she doesn't have to bend. The open ground we can cover with gravel to stop the weeds. That would be around 260,000 yen.")
c2 = c("260,000, that is about what my brother and I expected. She will like the raised beds.", None)
t3 = t("Good. I can visit on Saturday with a drawing, so your mother can see it and tell us what she wants.")
c3 = c("Saturday morning is good, she is fresh in the morning.", None)
PAIRS.append(rpair(
    "b65r_f08_osaka_garden_makeover",
    "Garden design firm, Sakai, Osaka, Japan: a son wants his elderly mother's garden made easier. Fault in worse: the trainee recommends a package before asking anything.",
    better=[o, t1b, c1b, t2, c2, t3, c3],
    worse=[o, t1w, c1w, t2, c2, t3, c3]))

# f09 office network, Accra -- fault: unexplained jargon
o = c("Good morning. Our law office has eight people and the wifi keeps dropping, and a client asked if our files are safe. I'm not technical at all.", None)
t1 = t("Good morning. No problem, I'll keep it simple. When it drops, is it everyone at once, or only people in some rooms?")
c1 = c("Mostly the two back offices. And when the power goes off and the generator starts, everything resets.", None)
t2b = t("So two things. The back rooms are too far from the router, so one extra wireless point, a small box on the ceiling, would fix that, and a backup battery keeps the router on while the power switches to the generator. For the files, a secure shared drive with automatic backup. All together around 9,500 cedis.")
t2w = t("Sure, so you need a mesh AP deployment with a PoE switch and a UPS on the core, VLAN segmentation for guest traffic, and for the files a NAS in RAID 1 with an offsite 3-2-1 backup and MFA on the admin. All together around 9,500 cedis.")
c2b = c("9,500 is more than we planned. The partners gave me 6,000 for this.", "no_money")
c2w = c("I'm sorry, I didn't understand any of that. How do I explain to the partners what they pay 9,500 for?", None)
t3 = t("Let's split it. The extra wireless point and the battery fix the daily drops, about 4,800. The file storage can come next quarter, and I'll write a one-page note for the partners explaining each item in plain words.")
c3 = c("Yes, do that. The 4,800 part I can approve myself, so let's start with it.", None)
t4 = t("I'll email the note today, and we can install the wireless point and the battery on Thursday, before your clients come in.")
PAIRS.append(rpair(
    "b65r_f09_accra_law_office_network",
    "IT services firm, Accra, Ghana: a non-technical office manager with dropping wifi. Fault in worse: the recommendation is given in unexplained jargon.",
    better=[o, t1, c1, t2b, c2b, t3, c3, t4],
    worse=[o, t1, c1, t2w, c2w, t3, c3, t4]))

# f10 used car dealer, Stuttgart -- fault: talks about himself
o = c("Hi, I'm looking for my first car. I'm a nurse, I do night shifts at the Klinikum, and the bus at 5 in the morning is just awful.", None)
t1 = t("That sounds tough. Besides work, what do you need the car for, city only or longer trips? And do you have a budget in mind?")
c1 = c("Mostly to work, 15 km, and sometimes to my parents in Ulm. Budget maybe 12,000, I have 8 saved and could finance the rest.", None)
t2b = t("So short daily trips, sometimes the motorway to Ulm, around 12,000. Since you drive at night, I'd look for good headlights and driver assistance. We have a 2019 Polo with 48,000 km for 13,900, and a 2018 Škoda Fabia with LED lights for 11,500.")
t2w = t("Ah, Ulm, I'm from near there myself! I bought my first car at 19, a Golf 3, did all the work on it myself, those were the days. Nowadays I drive an Arteon, fantastic car. Anyway, we have a 2019 Polo with 48,000 km for 13,900, and a 2018 Škoda Fabia with LED lights for 11,500.")
c2b = c("The Polo is over my budget. The Fabia sounds good.", "no_money")
c2w = c("Okay... nice for you. I didn't come for stories, to be honest. The Polo is over my budget anyway.", "no_money")
t3 = t("Then let's look at the Fabia. It has a full service history and a 12-month warranty. Do you want a 20-minute test drive now, or at a time that suits your shifts?")
c3 = c("Now is fine. My dad wanted to come too, but he's in Ulm, so I'll send him photos.", None)
t4 = t("Good idea. Let's drive, and I'll email you the service history so you can send it to him as well.")
PAIRS.append(rpair(
    "b65r_f10_stuttgart_first_car",
    "Used car dealer, Stuttgart, Germany: a night-shift nurse buying her first car. Fault in worse: the trainee talks about himself instead of the customer.",
    better=[o, t1, c1, t2b, c2b, t3, c3, t4],
    worse=[o, t1, c1, t2w, c2w, t3, c3, t4]))
