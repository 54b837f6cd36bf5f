"""Ranked pairs f01-f10 (b151): same turns except one fault in worse and the customer's reaction."""
from common import c, rpair, t

N = None
PAIRS = []

# f01 doubts the customer's honesty
o = c("Printer on 3rd floor offline. Restarted it, restarted laptop. Nothing.", N)
a1 = t("Thanks for trying those. Is it just you, or the whole 3rd floor?")
a2 = c("Everyone. Whole floor.", N)
x3 = t("Then it's the printer's network link, not your laptop. Can you read me the IP address on its screen, under Settings > Network?")
x4 = c("Says 169.254.12.8.", N)
y3 = t("Are you sure you actually restarted it? People often just hit sleep. And what does the screen say under Settings > Network?")
y4 = c("Yes. Unplugged it for a full minute. As I wrote. Screen says 169.254.12.8.", N)
a5 = t("That address means it isn't getting an IP from the network. I'm resetting its switch port from here; give it two minutes.")
a6 = c("Back online. Test page printed.", N)
a7 = t("Great. I've noted that port in case it drops again. Closing the ticket.")
PAIRS.append(rpair("b151r_f01_seattle_helpdesk_printer", "Office IT helpdesk, Seattle WA (ticket): a floor printer is offline.",
  [o, a1, a2, x3, x4, a5, a6, a7], [o, a1, a2, y3, y4, a5, a6, a7]))

# f02 drops the price before asking anything
o = c("Hi, I'm shopping around for home insurance. My renewal is 2,100 a year for a bungalow in Dartmouth.", N)
x1 = t("Thanks for giving us a look. Before I quote, tell me about the house: age, heating, and any claims in the last five years?")
x2 = c("Built 1962, oil heat, new roof in 2019. One claim, a burst pipe in 2021.", N)
y1 = t("We can beat that. I'll knock 15 percent off right away, about 1,785. Now tell me about the house: age, heating, any claims in five years?")
y2 = c("Fifteen off before you know anything about it? Um, okay. Built 1962, oil heat, new roof in 2019. One claim, a burst pipe in 2021.", N)
a3 = t("Thanks. Is the oil tank under 15 years old? Insurers care a lot about that.")
a4 = c("Put in 2015.", N)
a5 = t("Good. I'll write the quote with sewer backup included, since you've had water before, and email it by noon tomorrow.")
a6 = c("Great. My wife will want to see it before we switch anything.", "think_it_over")
PAIRS.append(rpair("b151r_f02_dartmouth_homeins_quote", "Home insurance, Dartmouth NS (phone): a homeowner shops around.",
  [o, x1, x2, a3, a4, a5, a6], [o, y1, y2, a3, a4, a5, a6]))

# f03 an unasked lecture
o = c("Hi, I'd like to book Pepper's booster shots. She's due this month.", N)
a1 = t("Sure. Pepper, the tabby, four years old? Any changes since last time: appetite, weight, anything you've noticed?")
a2 = c("Nope, she's fine. Still eats like a horse, ha.", N)
x3 = t("Good to hear. Dr. Singh will weigh her at the visit. I have Tuesday at 9:30 or Thursday at 5:15.")
x4 = c("Thursday at 5:15, please. I can't do mornings.", N)
y3 = t("Well, actually, her weight was already high last time. Overfeeding is a leading cause of diabetes in cats, and owners really must measure portions instead of free-feeding. Anyway, Tuesday at 9:30 or Thursday at 5:15.")
y4 = c("Oh. Okay. I didn't really ask, but... Thursday at 5:15.", N)
a5 = t("Booked: Thursday at 5:15 with Dr. Singh. The boosters are 86, and we'll text a reminder the day before.")
a6 = c("Perfect, thanks so much.", N)
PAIRS.append(rpair("b151r_f03_victoria_vet_booster", "Veterinary clinic, Victoria BC (phone): a routine vaccine booking.",
  [o, a1, a2, x3, x4, a5, a6], [o, a1, a2, y3, y4, a5, a6]))

# f04 a vague next step
o = c("Hi, I viewed the 2-bedroom on Fremont Ave on Saturday and I'd like to apply. What happens next?", N)
a1 = t("Great to hear. So I set it up right: who would be living there, and when do you want to move in?")
a2 = c("Me and my partner, and our cat. Around March 1.", N)
a3 = t("Cats are fine with a 300 pet deposit. The application is online, 45 per adult for the screening check.")
a4 = c("45 each, okay. We both work at the hospital, so the pay stubs are ready.", N)
x5 = t("Perfect. Once both applications are in, we review within two business days, and I'll call you Thursday either way.")
x6 = c("Great. We'll do them tonight.", N)
y5 = t("Perfect. Once you apply, we'll review it and let you know.")
y6 = c("Um, okay. Roughly when, though? We're looking at another place too.", "think_it_over")
PAIRS.append(rpair("b151r_f04_seattle_propmgmt_apply", "Property management, Seattle WA (phone): a couple wants to apply for a rental.",
  [o, a1, a2, a3, a4, x5, x6], [o, a1, a2, a3, a4, y5, y6]))

# f05 over-promises
o = c("Hi, I'm looking at the Ioniq 5. Honestly my worry is winter. It hits minus 30 here.", N)
a1 = t("That's the right worry in Calgary. How far do you drive on a cold day, and can you plug in at home?")
a2 = c("About 60 km round trip. Attached garage, yes.", N)
x3 = t("Then you're in good shape. At minus 30 expect maybe 40 percent less range, so about 250 km instead of 400. Your 60 km is fine; long highway trips need planning.")
x4 = c("Okay, that's honest. Banff is the only long drive I do.", N)
y3 = t("Then no worries at all. The heat pump handles the cold; you'll barely notice, easily 400 km even at minus 30.")
y4 = c("Really? My neighbour says his drops by half. And I drive to Banff sometimes.", "bad_experience")
a5 = t("Banff is about 130 km each way, so on the coldest days you'd charge in Canmore or Banff. Want to take it out this afternoon? It's minus 18, a good test.")
a6 = c("Yes, let's do that.", N)
PAIRS.append(rpair("b151r_f05_calgary_ev_winter", "EV dealership, Calgary AB (showroom): a buyer worries about winter range.",
  [o, a1, a2, x3, x4, a5, a6], [o, a1, a2, y3, y4, a5, a6]))

# f06 closes before checking the thing works
o = c("Hi, landscaping company in Surrey, 12 crews. I need invoicing that talks to our QuickBooks Desktop. Does yours?", N)
a1 = t("Good to ask up front. Which version exactly, and what should flow across: invoices, payments, both?")
a2 = c("Desktop 2021. Invoices and payments. The last app we tried only did QuickBooks Online and it was a mess.", "bad_experience")
x3 = t("Then let's test it before anything else. Our connector supports Desktop 2019 and later, but I'd like you to sync ten real invoices in a trial and check they land right.")
x4 = c("Yes, that makes sense. I'd want someone to walk us through it.", N)
y3 = t("Great, we integrate with QuickBooks. I can sign you up on the annual plan today at 89 a month, and onboarding will connect it.")
y4 = c("Hang on, I said Desktop. I'm not signing anything till I've seen it work.", "think_it_over")
a5 = t("I'll book a 30-minute call with onboarding to connect your Desktop file and sync ten real invoices. Would Wednesday at 8 work?")
a6 = c("Earlier if you can. The crews leave at 7.", "no_time")
a7 = t("Wednesday at 6:30, then. You'll see the ten invoices in QuickBooks before you pay anything.")
PAIRS.append(rpair("b151r_f06_surrey_saas_quickbooks", "Invoicing SaaS, Surrey BC (phone): a landscaper needs a QuickBooks Desktop link.",
  [o, a1, a2, x3, x4, a5, a6, a7], [o, a1, a2, y3, y4, a5, a6, a7]))

# f07 recommends before asking
o = c("Hi, sorry, I need a sleeping bag. I'm kind of lost in all these.", N)
x1 = t("No worries at all, they're confusing. Where will you be sleeping, and what time of year?")
x2 = c("Car camping with my kids, summer, in the Okanagan. I don't want to spend a lot.", N)
y1 = t("No worries at all. You want this one, the Alpine -15, our warmest. It's 549.")
y2 = c("549? Oh gosh, no. It's for car camping with my kids, in summer, in the Okanagan.", "too_expensive")
a3 = t("For summer car camping there, a +5 synthetic bag is plenty. This one's 89 and unzips flat into a blanket on warm nights.")
a4 = c("Oh, that's more like it. Do you have three? The kids are 6 and 9.", N)
a5 = t("One more adult one here, and the kids' version is 59. Want me to check the back for a third adult one?")
a6 = c("Yes please, that'd be great.", N)
PAIRS.append(rpair("b151r_f07_kelowna_gear_sleepingbag", "Outdoor gear shop, Kelowna BC (in store): a parent needs sleeping bags.",
  [o, x1, x2, a3, a4, a5, a6], [o, y1, y2, a3, a4, a5, a6]))

# f08 unexplained jargon
o = c("Hello dear, my internet keeps freezing when I video call my grandkids. I'm in Salmon Arm. Can you help?", N)
a1 = t("Of course. Does it freeze only on video calls, or also when you read email or the news?")
a2 = c("Mostly the video calls. The rest is slow but it works.", N)
x3 = t("Then it's likely your plan's upload speed, the part that sends your picture to them. Yours sends 1 megabit; video calls need about 3.")
x4 = c("Oh, that makes sense. What can we do?", N)
y3 = t("Sounds like your upstream's throttled. You're on a 10/1 profile, Zoom wants 3 meg up, and the CPE's probably saturating the uplink.")
y4 = c("I'm sorry, dear, I didn't understand a word of that. What can we do?", N)
a5 = t("We can move you to the 25 plan, which sends about 5. It's 12 more a month, 67 in total.")
a6 = c("67. Hmm. I'm on a pension. Let me ask my son, he helps me with these things.", "think_it_over")
a7 = t("Of course. I'll mail the details so he can read them, and switching back is free if it doesn't help.")
PAIRS.append(rpair("b151r_f08_salmonarm_isp_video", "Rural internet provider, Salmon Arm BC (phone): video calls freeze.",
  [o, a1, a2, x3, x4, a5, a6, a7], [o, a1, a2, y3, y4, a5, a6, a7]))

# f09 talks about themselves
o = c("Hi, I just bought a Honda CR-V and need to switch my insurance from the old Civic. Picking it up Friday.", N)
a1 = t("Congratulations. Is the CR-V new or used, and is it financed or leased?")
a2 = c("New, financed through Honda. I drive to work in Markham, about 30 km a day.", N)
x3 = t("Since it's financed, the lender needs collision and comprehensive, and we list Honda Financial as lienholder. Do you want new-car replacement? It pays for a new one if it's written off in the first two years.")
x4 = c("What does that cost?", N)
y3 = t("Oh nice, I almost bought a CR-V last year, went RAV4 because my wife liked the colour, and honestly I regret it, the trunk's way smaller for my son's hockey bags... Anyway, do you want new-car replacement?")
y4 = c("Uh, okay. Sorry, I'm on my lunch and only have ten minutes. What does that cost?", N)
a5 = t("About 14 a month. With the Civic coming off, your new total is 186 a month. I'll email the pink slip today so you can show Honda on Friday.")
a6 = c("186 is more than I expected, but fine, the loan needs it. Send it over.", N)
PAIRS.append(rpair("b151r_f09_markham_autoins_newcar", "Auto insurance, Markham ON (phone): a driver switches cover to a new car.",
  [o, a1, a2, x3, x4, a5, a6], [o, a1, a2, y3, y4, a5, a6]))

# f10 argues with the customer
o = c("Hi. I've got about 20,000 in savings and I want it in a GIC. I don't trust the stock market, I lost a lot in 2008.", N)
a1 = t("Thanks for telling me. When might you need this money, and is it for anything in particular?")
a2 = c("Maybe a down payment in three years. So I can't lose it.", N)
x3 = t("Then a GIC makes sense: the money's safe and you know the rate. A three-year GIC pays 4.1 percent today, and inside a TFSA the interest isn't taxed, if you have room.")
x4 = c("I think I have room. I've never opened one.", N)
y3 = t("Honestly, 2008 was a one-off, the market always comes back, and fear costs people more than crashes do. But fine: a three-year GIC pays 4.1 percent, and inside a TFSA the interest isn't taxed.")
y4 = c("With respect, it wasn't a one-off for me. I want the GIC. I think I have TFSA room, I've never opened one.", "bad_experience")
a5 = t("We can check your room and open the TFSA and the GIC together today. It takes about 20 minutes.")
a6 = c("Today's tricky, I'm on my lunch. Could we do Saturday morning?", "no_time")
a7 = t("Saturday at 10 works. Bring your ID and SIN and we'll be done by 10:30.")
PAIRS.append(rpair("b151r_f10_winnipeg_cu_gic", "Credit union, Winnipeg MB (in branch): a saver wants a GIC.",
  [o, a1, a2, x3, x4, a5, a6, a7], [o, a1, a2, y3, y4, a5, a6, a7]))
