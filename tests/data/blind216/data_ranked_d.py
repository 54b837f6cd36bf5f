"""Ranked pairs d01-d10 (written by hand for blind216): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
_open = c("Hi, I own an independent pharmacy in Port Credit. A lot of our seniors can't come in anymore, and I want to start delivering prescriptions. I need a courier.", None)

PAIRS.append(rpair(
    "b216r_d01_mississauga_pharmacy_courier",
    "A pharmacist in Mississauga asks a local courier about delivering prescriptions to elderly patients.",
    better=[
        _open,
        t("That's a good service to offer. Tell me about the deliveries: roughly how many a day, and is there anything like fridge items, or medications that need a signature?"),
        c("Maybe fifteen a day to start. Some insulin, so cold. And yes, controlled medications need a signature from the patient, not left at the door. That's the part that worries me.", None),
        t("Then two things matter more than speed: cold bags for the insulin, and drivers who won't leave a controlled prescription with a neighbour. Are the patients mostly home in the afternoon?"),
        c("Mostly, they're retired. Afternoon is best. But I'm worried about the cost, I can't charge the patients much for this.", "no_money"),
        t("Understood. A fixed afternoon route is cheaper than on-demand: fifteen stops around Port Credit and Mineola would be about 11 a stop, cold bags included, and the driver checks photo ID before handing over anything controlled. Would a two-week trial with your regulars help you see if the numbers work?"),
        c("Yes. Let's try it from the first of the month.", None),
        t("Great. I'll send the route sheet and the signature procedure today, so your pharmacists can check it before we start."),
    ],
    worse=[
        _open,
        t("Sounds good. How many deliveries a day are you thinking?"),
        c("Maybe fifteen to start. Some need to stay cold, and some need a signature.", None),
        t("No problem, we can do that. Our on-demand service is 14 a delivery within Mississauga, and drivers take a photo at every drop-off."),
        c("Fourteen each adds up. I can't charge the patients that much.", "too_expensive"),
        t("We do volume discounts after 500 deliveries a month. I'll email you the rate card, and you can start whenever you're ready."),
        c("Okay, send it and I'll have a look.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d02
_open = c("Hi, I do mobile dog grooming around Townsville. I've been using a trailer, but I want a proper van set up for it. Do you do leases on fitted-out vans?", None)

PAIRS.append(rpair(
    "b216r_d02_townsville_grooming_van",
    "A mobile dog groomer, eighteen months into her business, asks a van leasing firm about a fitted-out van.",
    better=[
        _open,
        t("We do. Before I talk models, what does the fit-out need? Water, power, air-con for the dogs?"),
        c("Water tank, a tub, a dryer, so power, and definitely air-con, it's forty degrees in summer. The trailer's a sauna. I've only been going eighteen months, though, so I don't want to get stuck with something huge.", None),
        t("Fair, eighteen months in is early to sign up for five years. The fit-out is the expensive part, about 18,000, and on a lease it's baked into the van. One option is a three-year lease on a Hiace with the fit-out on a removable frame, so if you change vans later, the fit-out comes with you. How many dogs a day are you doing now?"),
        c("Six, sometimes seven. If the van's quicker to set up, I could do eight.", None),
        t("Then roughly: the van and fit-out would be about 1,350 a month over three years, and one extra dog a day covers most of that. Check that against your own prices before you decide, though."),
        c("Yeah, I charge about 85 a dog, so that could work. Let me sit down with the numbers tonight.", "think_it_over"),
        t("Good. I'll send the quote with the removable fit-out, and a five-year version too, so you can compare."),
    ],
    worse=[
        _open,
        t("We do. Most groomers go for a Hiace with a full fit-out: water tank, tub, dryer and air-con. What's your budget?"),
        c("Not sure. Maybe a thousand a month? I've only been going eighteen months.", None),
        t("Our five-year lease on the fitted Hiace comes out at about 1,080 a month, so that's right around your number."),
        c("Five years is a long time. I don't know where I'll be in five years.", "think_it_over"),
        t("That's normal to feel. You can pay it out early if you need to. I'll email you the quote."),
        c("Okay, thanks, send it through.", None),
    ],
))

# ---------------------------------------------------------------- d03
_open = c("Hi, I run a snow removal outfit in Minneapolis, nine trucks, mostly commercial lots. Looking at GPS tracking before the season. What've you got?", None)

PAIRS.append(rpair(
    "b216r_d03_minneapolis_snowplow_tracking",
    "A snow removal contractor asks a fleet-tracking firm about GPS for his plow trucks before winter.",
    better=[
        _open,
        t("Sure. What's made you look at it this year? Something specific going on?"),
        c("Honestly, property managers. Last winter two of them said we never plowed their lots and wouldn't pay. One was like 6,000 bucks. I know we did it, but I couldn't prove it.", None),
        t("So the main job is proving service: that a truck was on that lot, at that time, plowing. Did they dispute that you were there at all, or that the job was done properly?"),
        c("That we were there. One said the lot was untouched at seven a.m. My guy was there at four-thirty.", None),
        t("Then time-stamped visits at each address get you most of the way. We can add a sensor so the report shows the blade was down, and email the property manager a service report after each visit, so the argument never starts. It's 38 a truck a month with the sensor."),
        c("Thirty-eight times nine, that's less than one of those unpaid invoices. Can I do it seasonal, though? I'm not paying for summer.", None),
        t("Yes, November to April only. I'll send the seasonal agreement and a sample service report you can show your property managers."),
    ],
    worse=[
        _open,
        t("Sure. We've got live tracking, route history, idle-time reports, and you can set up alerts. How many trucks?"),
        c("Nine. My main headache is property managers saying we never plowed, and not paying.", None),
        t("Route history will show where each truck went and when. It's 29 a truck a month on an annual plan."),
        c("Annual? I only run November to April. I don't need it in summer.", "no_need"),
        t("We can do seasonal at 34 a truck. I'll send you the details."),
        c("Okay, send it over.", None),
    ],
))

# ---------------------------------------------------------------- d04
_open = c("Hi there, we're a small winery on the Bellarine. We've run out of room for bottled stock, about 1,200 cases, and I'm after some warehouse space in Geelong for a year or so.", None)

PAIRS.append(rpair(
    "b216r_d04_geelong_wine_storage",
    "A small winery asks a general warehouse in Geelong about storing bottled wine.",
    better=[
        _open,
        t("Happy to help. Wine's a bit particular, so tell me how it needs to be kept: is it ready for sale, or still ageing?"),
        c("Mostly ready for sale, but some of the reds we'd hold two or three years. We need it cool. And we're small, so price matters a lot.", None),
        t("Then I'll be straight with you. Our warehouse isn't temperature controlled; in January it gets above thirty inside, which is fine for most goods but will cook reds you're ageing. For stock you're selling in the next few months, we're fine at 3 dollars a case a month. For the reds you're holding, you'd want proper wine storage; there's a place in North Geelong."),
        c("Oh. Thanks for telling me. Ugh, splitting it between two places is a bit of a pain, though.", None),
        t("It is. If the split's more hassle than it's worth, all of it at the wine storage place is simplest, but dearer. How many of the 1,200 cases are the long-hold reds?"),
        c("Maybe 300. The rest goes out by Christmas.", None),
        t("Then the 900 here would be about 2,700 a month to start, dropping as it ships. I'll email you that and the North Geelong contact, so you can price both before deciding."),
    ],
    worse=[
        _open,
        t("We can definitely do that. It's 3 dollars a case a month, so around 3,600 for 1,200 cases. When would you want to bring it in?"),
        c("Probably next month. Is it cool in there? Some of the reds we're holding a couple of years.", None),
        t("It's a big concrete building, it stays pretty cool most of the year. Plenty of drinks companies store with us."),
        c("Most of the year? Hmm. We had a batch cooked in a shed a few years ago, I don't want that again.", "bad_experience"),
        t("Understood. You're welcome to come and have a look before you decide. Would Tuesday suit?"),
        c("Tuesday could work. I'll come by.", None),
    ],
))

# ---------------------------------------------------------------- d05
_open = c("Hey, we're a small drone survey company in Kelowna. We've got our first trade show in Vancouver in five weeks, and we need, I guess, a backdrop? Banners? Whatever people have at their booths.", None)

PAIRS.append(rpair(
    "b216r_d05_kelowna_tradeshow_banners",
    "A small drone survey company asks a print shop what to get for its first trade show booth.",
    better=[
        _open,
        t("Exciting. What's the booth size, and do you think you'll do more shows after this one?"),
        c("It's a ten by ten. If this one goes well, maybe three or four a year, mining and forestry shows mostly.", None),
        t("Then it's worth getting something that travels well and lasts. A full pop-up wall looks great, but it's heavy and about 1,900. Two retractable banner stands, about 260 each, fit in a car trunk, and for a ten by ten they fill the back wall nicely. Are you flying or driving to Vancouver?"),
        c("Driving. And honestly, the pop-up wall's more than we can spend right now.", "no_money"),
        t("Then the two stands make more sense. One suggestion: keep the show name and date off the banners so you can reuse them, and put the show-specific bits on a small table sign instead."),
        c("Oh, good point. Okay, let's do the two stands. Our designer can send files next week.", None),
        t("Great. I'll email the artwork specs today, and if the files come by next Friday, they'll be ready a week before the show."),
    ],
    worse=[
        _open,
        t("Exciting! We do pop-up walls, retractable banners, table covers. What were you thinking?"),
        c("I don't know, a backdrop? It's a ten by ten booth.", None),
        t("Most people with a ten by ten go for the pop-up wall, it covers the whole back and looks very professional. It's about 1,900 with the graphic."),
        c("Nineteen hundred for a backdrop? That seems like a lot for what it is.", "too_expensive"),
        t("Retractable banners are cheaper, about 260 each. Two would cover most of the back wall."),
        c("Okay, let's do two banners then. Our designer can send files.", None),
        t("Great. I'll send you the artwork specs for the designer."),
    ],
))

# ---------------------------------------------------------------- d06
_open = c("Hi, I'm the office manager for a dental practice opening in East Nashville next month. We need room signs, like for the operatories and restrooms, and something for the front desk. The contractor said they have to be ADA?", None)

PAIRS.append(rpair(
    "b216r_d06_nashville_dental_ada_signs",
    "An office manager for a new dental practice orders room signs from a sign shop before the building inspection.",
    better=[
        _open,
        t("Yes. For permanent rooms like restrooms and operatories, the signs need raised letters and braille, mounted at a set height beside the door on the latch side. Do you know when your final inspection is?"),
        c("The 18th. The contractor said the inspector will check the signs. We've got, let me see, six operatories, two restrooms, a sterilization room and the break room.", None),
        t("So ten rooms needing ADA signs, with the inspection on the 18th. The front desk sign doesn't need to be ADA, so that can be whatever you like. ADA signs are about 65 each, and we turn them around in eight working days, so we'd need to order by Monday to make the 18th safely."),
        c("Monday. Hmm. Dr. Patel has to pick the colors, and she's in surgery all week.", "no_time"),
        t("Then let's split it: I'll order the ten ADA signs Monday in a neutral brushed finish that goes with anything, so the inspection's covered, and Dr. Patel can take her time choosing the front desk sign, which isn't on the clock."),
        c("That works. Send me the order to sign off.", None),
    ],
    worse=[
        _open,
        t("Yes, we do ADA signs. We've got a great range: brushed aluminum, wood-look, acrylic in any color. How many rooms?"),
        c("Six operatories, two restrooms, a sterilization room and a break room. Plus something for the front desk.", None),
        t("Great. So ten ADA signs at about 65 each, and we can match the front desk sign to them. Do you know what colors the practice is using?"),
        c("Dr. Patel's picking the colors, but she's in surgery all week. Can it wait until next week?", "no_time"),
        t("Sure, whenever she's ready, just send the color and we'll get started. Production is about eight working days."),
        c("Perfect, I'll get back to you next week.", None),
    ],
))

# ---------------------------------------------------------------- d07
_open = c("Hostel on the Esplanade. 60 beds. Need someone for the bathrooms and kitchen. Daily. Price?", None)

PAIRS.append(rpair(
    "b216r_d07_cairns_hostel_cleaning",
    "A terse backpacker hostel owner in Cairns texts a cleaning company's enquiry line wanting a quick price.",
    better=[
        _open,
        t("Can do. How many bathrooms, and when's checkout?"),
        c("Four shared. Checkout ten. Current mob's 2,400 a month but they don't turn up Sundays. Sunday's changeover. Worst day to miss.", None),
        t("So Sundays are the problem. Four bathrooms and the kitchen, seven days from ten-thirty, with a backup cleaner so Sunday's always covered: 2,800 a month. Miss a day, that day's free."),
        c("2,800. Bit steep.", "too_expensive"),
        t("Trial month at 2,600, then you decide. Start this Sunday?"),
        c("Sunday. Done.", None),
    ],
    worse=[
        _open,
        t("Thanks so much for getting in touch, we'd love to help! To put together an accurate quote, could you tell me a bit about the hostel: how many bathrooms, the size of the kitchen, what time guests check out, whether you'd like us to do the dorms and linen as well, and what you're paying now and whether you have any concerns with your current provider?"),
        c("Four bathrooms. Kitchen's normal. Checkout ten. No dorms. Paying 2,400. They skip Sundays.", None),
        t("Thank you, that's really helpful. Based on that, our daily service for four shared bathrooms and a commercial-style kitchen would be 2,800 a month. That includes all products, which are eco-certified, and our staff are police-checked and fully insured. We'd start at ten-thirty each day, seven days a week."),
        c("Bit steep.", "too_expensive"),
        t("I understand. Our price reflects the quality and reliability of the service, including Sundays. I'd be happy to send a full proposal with our terms so you can review it at your convenience."),
        c("Yeah. Send it.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d08
_open = c("Hi, I'm the office manager at a trucking company in Regina. Our dispatch runs twenty-four hours, and the coffee situation is a mess. We've got a drip machine and nobody cleans it. Looking for something better.", None)

PAIRS.append(rpair(
    "b216r_d08_regina_dispatch_coffee",
    "The office manager of a trucking company with a round-the-clock dispatch office calls an office coffee supplier.",
    better=[
        _open,
        t("A 24-hour dispatch goes through a lot of coffee. How many people across the shifts, and who'd be looking after a machine at three in the morning?"),
        c("Four on days, three on evenings, two overnight. Plus drivers come in and grab a cup. Nobody looks after it, that's the problem. The overnight guys leave the pot on the burner till it's tar.", None),
        t("So it has to survive people who won't clean it. A bean-to-cup machine brews one cup at a time with an automatic rinse, so there's no pot to burn. We'd service it every two weeks, and the overnight guys only empty the grounds bin when it asks. For around forty cups a day it's about 190 a month with beans."),
        c("Hmm. We spend maybe 80 a month on Folgers now. The owner's going to choke on 190.", "too_expensive"),
        t("That's a fair reaction. You're also pouring out burnt pots, though. If you want a cheaper middle step, a thermal carafe brewer keeps coffee hot with no burner, about 60 a month plus the coffee you already buy. Not as good, but no more tar."),
        c("Huh. I could probably sell him on that. Let me talk to him Monday.", "think_it_over"),
        t("Sure. I'll email both options side by side so you have them for Monday."),
    ],
    worse=[
        _open,
        t("We can definitely help. Our most popular office machine is a bean-to-cup with an automatic rinse, about 190 a month including beans. Would you like a demo?"),
        c("190? We spend about 80 on coffee now. The owner's going to choke.", "too_expensive"),
        t("I get that. It's a big step up in quality, though, and we service it every two weeks. I can drop off a brochure for him."),
        c("Sure, drop one off. I'll show him.", "think_it_over"),
        t("Great. I'll bring it by Wednesday."),
    ],
))

# ---------------------------------------------------------------- d09
_open = c("Hey, I own a car wash in Tampa, the full-service kind, people wait fifteen, twenty minutes inside. I'm thinking about getting a vending machine, maybe buying one. What do they go for?", None)

PAIRS.append(rpair(
    "b216r_d09_tampa_carwash_vending",
    "A car wash owner asks a vending company what a machine costs for his waiting area.",
    better=[
        _open,
        t("Good spot for one, people waiting are bored and thirsty. Before prices: how many cars a day, and do you want to run the machine yourself, stocking and all, or have someone else do it?"),
        c("About 150 cars on a weekday, 300 on Saturday. I don't want to stock it, man, I've got enough going on.", None),
        t("Then buying probably isn't the way. A new drink machine is around 5,000, and you'd be the one filling and fixing it. With your traffic, we'd place a drink and snack machine free, stock and service them, and pay you 10 percent of sales. At your numbers that's maybe 150 to 250 a month for you, no work."),
        c("Ten percent's kinda low. A buddy with a gym gets fifteen.", "too_expensive"),
        t("Gyms with big memberships can get more. Let's do a 90-day trial at ten percent; if sales are over 1,500 a month, it goes to fifteen. And if it's not worth it to you, we take the machines out, no charge."),
        c("Alright, that's fair. Let's try it.", None),
    ],
    worse=[
        _open,
        t("Sure. New drink machines start at about 4,800, and a combo snack and drink machine is around 6,500. Both come with a one-year warranty."),
        c("Dang. That's more than I figured.", "too_expensive"),
        t("We also have refurbished ones from about 2,900. Or we can place one free and pay you a 10 percent commission, whichever you prefer."),
        c("Free placement sounds easier. I don't really want to stock it myself.", None),
        t("Great, I'll have someone come out to see where it'd go."),
    ],
))

# ---------------------------------------------------------------- d10
_open = c("Hi, I import phone accessories and small electronics, I have a warehouse in Stoney Creek. I ship maybe forty cartons a week to stores in Ontario. I am looking for a cheaper courier.", None)

PAIRS.append(rpair(
    "b216r_d10_hamilton_electronics_courier",
    "A small electronics importer near Hamilton calls a courier saying he wants a lower rate.",
    better=[
        _open,
        t("Happy to quote. What are you paying now, and apart from price, is anything else bothering you about the current courier?"),
        c("About 14 dollars a carton. Price is the main thing... well, also the cartons arrive crushed sometimes, and the stores complain to me. Last month, three returns.", None),
        t("So the rate, but also crushed cartons and returns from the stores. What does a return cost you, roughly, with the refund and the shipping back?"),
        c("Maybe 60, 70 each. I never counted it like that.", None),
        t("So three returns a month is about 200, more than a couple of dollars off forty cartons a week would save. Our rate would be 13.20, and for your Ontario stores the cartons go on our own trucks, with no conveyor sorting, which is where most crushing happens. Want to send one week's shipments with us and compare the damage and the cost?"),
        c("Okay, one week, why not. But if the damage is the same, I go back to looking at price.", None),
        t("Fair deal. I'll book the pickup for Monday and send you a delivery report for every carton at the end of the week."),
    ],
    worse=[
        _open,
        t("Happy to quote. What are you paying now, and how many cartons a week?"),
        c("About 14 a carton, forty cartons a week, to stores in Ontario.", None),
        t("We can do 12.90 a carton for that volume. That would save you about 2,300 a year."),
        c("That's good. Do you handle boxes carefully? Sometimes my cartons arrive crushed.", None),
        t("We handle a lot of electronics, and damage is rare for us. If anything does arrive damaged, we have a claims process."),
        c("Okay. Let me think about it and I'll call you.", "think_it_over"),
    ],
))
