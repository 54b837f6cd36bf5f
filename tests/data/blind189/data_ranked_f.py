"""Ranked pairs f01-f10 of blind189, written by hand: the sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer ----------------------------------------------
c1 = c("Hi, I send about a hundred parcels a week, candles. I'm looking at switching couriers.", None)
t1 = t("Thanks for calling. What's making you look around?")
c2 = c("Missed collections, mostly. But to be fair they're cheap, £2.80 a parcel.", None)
t2_b = t("So reliability's the problem, and price matters. Ours would be £3.20, so more. The difference is guaranteed collection windows; miss one and that week's collections are free. Does a missed collection cost you more than 40p a parcel?")
c3_b = c("Probably, when I end up driving to the depot. Hmm. Still, it's forty quid a week more.", "too_expensive")
t2_w = t("Honestly, £2.80 isn't real. Nobody can do it at that price. They'll have added surcharges you haven't noticed.")
c3_w = c("I think I'd know what I pay. I do the invoices myself.", None)
t3 = t("Would it help to try us for two weeks on half your parcels, and compare the missed collections?")
c4 = c("I could try that, yeah.", None)
t4 = t("Great. I'll set up the account today and send you the collection times.")
PAIRS.append(rpair(
    "b189r_f01_uk_courier_candles",
    "Owner of a candle business in Norwich asks a courier for a business rate; her current courier is cheaper but unreliable.",
    [c1, t1, c2, t2_b, c3_b, t3, c4, t4],
    [c1, t1, c2, t2_w, c3_w, t3, c4, t4],
))

# f02 doubts the customer's honesty -----------------------------------------
c1 = c("Hi, we got a delivery of pallets yesterday and forty of them are broken. Cracked boards, nails sticking out.", None)
t1 = t("Sorry about that. Out of how many in the delivery?")
c2 = c("Three hundred. I've got them set aside, and I took photos.", None)
t2_b = t("Thanks for setting them aside, that makes it simple. Could you email me the photos so I can log them against the delivery?")
c3_b = c("Sure, sending them now.", None)
t2_w = t("Forty's a lot. Are you sure they weren't damaged by your own forklifts after they arrived?")
c3_w = c("They were broken when we unloaded them. I'm not making this up. You want the photos or not?", None)
t3 = t("We'll collect the forty broken ones on Thursday's run and credit them on your invoice. I'll also flag our depot to check the next load before it leaves.")
c4 = c("Thursday works. But if this happens again, we're looking at other pallet companies.", "bad_experience")
t4 = t("Understood. I'll call you after Thursday's pickup to confirm the credit.")
PAIRS.append(rpair(
    "b189r_f02_us_pallet_rental_broken_delivery",
    "Receiving manager at a distribution center in Memphis, Tennessee calls the pallet rental company: forty pallets in the last delivery were broken.",
    [c1, t1, c2, t2_b, c3_b, t3, c4, t4],
    [c1, t1, c2, t2_w, c3_w, t3, c4, t4],
))

# f03 drops the price before asking anything --------------------------------
c1 = c("Good afternoon. We're reviewing our office supplies supplier for next year. Can you send us a quote?", None)
t1_b = t("Good afternoon! Happy to. So the quote is accurate, what do you order most, and where do we deliver?")
c2_b = c("Mostly bond paper, toner and pantry items. Three sites, the main office and two warehouses.", None)
t1_w = t("Good afternoon! For a yearly contract I can already give you ten percent off our list price, and free delivery.")
c2_w = c("Ten percent off what, though? I haven't told you what we buy.", None)
t2 = t("Could you send me last year's order history? I'll price exactly those items and your delivery points.")
c3 = c("I can email it today. We're also talking to two other suppliers, just so you know.", "think_it_over")
t3 = t("Of course. You'll have our quote by Friday, item by item, so it's easy to compare.")
c4 = c("Good. Friday is fine.", None)
PAIRS.append(rpair(
    "b189r_f03_ph_office_supplies_annual_quote",
    "Purchasing officer of a logistics company in Parañaque asks an office-supplies distributor for a quote on a yearly supply contract.",
    [c1, t1_b, c2_b, t2, c3, t3, c4],
    [c1, t1_w, c2_w, t2, c3, t3, c4],
))

# f04 an unasked lecture -----------------------------------------------------
c1 = c("Hi, it's Priya at Hale Accountants. Could we add a window clean to our contract? Inside and out, ground floor only.", None)
t1 = t("Hi Priya, of course. How often, monthly or quarterly?")
c2 = c("Quarterly's fine. And the glass partitions inside too, if possible, they get fingerprinty.", None)
t2_b = t("Quarterly, windows inside and out, plus the glass partitions. That's about ninety pounds a visit.")
c3_b = c("That's fine. Can it be a Saturday, so it doesn't disturb clients?", None)
t2_w = t("Quarterly, yes. Though honestly, you should be thinking monthly. Fingerprints on glass are a big germ transfer point, and offices that clean touch points more often have far fewer sick days. It's about ninety pounds a visit.")
c3_w = c("I only asked about windows. Quarterly's fine. Can it be a Saturday?", None)
t3 = t("Saturday mornings, yes. I'll pencil in the first one for the fourteenth and send the contract update to sign.")
c4 = c("Great, thanks.", None)
PAIRS.append(rpair(
    "b189r_f04_uk_cleaning_add_windows",
    "Office manager of an accountancy office in Reading asks the cleaning contractor to add a window clean to the contract.",
    [c1, t1, c2, t2_b, c3_b, t3, c4],
    [c1, t1, c2, t2_w, c3_w, t3, c4],
))

# f05 a vague next step ------------------------------------------------------
c1 = c("Hi, I've got a forty-foot container of outdoor furniture ready in Ho Chi Minh on January 10. I need it in Charlotte by March 1 for our spring sale.", None)
t1 = t("Tight but doable: about thirty days on the water to Savannah, then a couple of days by truck. The risk is port delays in February, so I'd book space now.")
c2 = c("Okay. What would it cost? We got burned last year with detention fees.", "bad_experience")
t2 = t("Our quote would include the ocean freight, Savannah port charges and trucking, and I'll list the free days so you can see where detention could start.")
c3 = c("That's what I need. When can I have it?", None)
t3_b = t("I'll email the quote by noon tomorrow, and if you approve by Friday, I'll book the space that same day.")
c4_b = c("Great, noon tomorrow. I'll look out for it.", None)
t3_w = t("We'll get something over to you soon. We'll let you know.")
c4_w = c("Soon when? I need space booked this week. I'll get a quote from my other forwarder too.", "think_it_over")
PAIRS.append(rpair(
    "b189r_f05_us_forwarder_furniture_container",
    "Buyer at a furniture retailer in Charlotte, North Carolina asks a freight forwarder about a container from Vietnam for a spring sale.",
    [c1, t1, c2, t2, c3, t3_b, c4_b],
    [c1, t1, c2, t2, c3, t3_w, c4_w],
))

# f06 over-promises ----------------------------------------------------------
c1 = c("Hi. Hurricane season's coming and our claim calls triple. How fast can you add agents to our account?", None)
t1 = t("How many extra agents are you thinking, and from when?")
c2 = c("Twenty more, ideally by June 1. They'd need to know our claims process.", None)
t2_b = t("Honestly, hiring and training twenty for insurance claims takes about six weeks. If we start recruiting this week, we can have ten live by June 1 and the other ten by mid-June.")
c3_b = c("Hm. Ten by June is less than I wanted, but I'd rather know now.", None)
t2_w = t("No problem at all. We'll have twenty fully trained agents live by next Monday, guaranteed.")
c3_w = c("Next Monday? For insurance claims? That sounds too good to be true, honestly.", None)
t3 = t("I'll send you the recruiting and training plan with dates, and the cost per agent, by Wednesday.")
c4 = c("Okay. I'll need my VP to sign off on the budget.", "think_it_over")
t4 = t("Understood. I'll keep the plan short enough for your VP to read in five minutes.")
PAIRS.append(rpair(
    "b189r_f06_ph_callcentre_storm_season",
    "Operations director of a Florida home-insurance agency asks its Manila call-centre provider how fast it can add agents for hurricane season.",
    [c1, t1, c2, t2_b, c3_b, t3, c4, t4],
    [c1, t1, c2, t2_w, c3_w, t3, c4, t4],
))

# f07 closes before checking the thing works --------------------------------
c1 = c("The main thing for us is scanning drawings straight into our project folders. Our old machine couldn't do it.", None)
t1 = t("So scan-to-folder into your project system is the must-have. What system do you use?")
c2 = c("A shared drive on our server, a folder for each project. IT set it up, I don't know the details.", None)
t2_b = t("Then before we talk paperwork, let's test it. I'll point the demo machine at your shared drive, and you check the file lands where it should.")
c3_b = c("Okay, yeah, let's try it.", None)
t2_w = t("It'll work with any shared drive. Let's get the lease signed today, and our tech will sort the connection at install.")
c3_w = c("I'd rather see it work first. The last dealer said that too, and it never did.", "bad_experience")
t3 = t("Pick a project folder and I'll scan this drawing to it now.")
c4 = c("The Morrison one... oh, there it is. That's exactly what we need.", None)
t4 = t("Great. I'll send the lease quote this afternoon, and the install includes a folder shortcut for each engineer.")
PAIRS.append(rpair(
    "b189r_f07_us_copier_scan_to_folder",
    "Office manager of a small engineering firm in Pittsburgh has a copier demo; scans must go straight into their project folders.",
    [c1, t1, c2, t2_b, c3_b, t3, c4, t4],
    [c1, t1, c2, t2_w, c3_w, t3, c4, t4],
))

# f08 recommends before asking ----------------------------------------------
c1 = c("Hi, I run a skincare brand, about six hundred orders a month out of a unit in Bristol. I'm thinking of outsourcing the packing.", None)
t1_b = t("Hi. Before I suggest anything, what's driving it: space, time, something else?")
c2_b = c("Time, mostly. I'm packing boxes instead of selling. And the balms melt a bit in summer, so storage matters.", None)
t1_w = t("Great, our Standard Fulfilment plan would suit you: ambient storage and next-day despatch, from one pound ninety an order.")
c2_w = c("Ambient? Some of our balms melt in summer. Do you have cooler storage?", None)
t2 = t("We have a temperature-controlled section that stays under twenty degrees all year; it costs a bit more per shelf. Would you want everything there, or just the balms?")
c3 = c("Just the balms, I think. What would it all cost? I can't spend more than I'm paying my packer now.", "no_money")
t3 = t("Send me last month's orders and what your packer costs, and I'll show you both side by side by Friday. If ours is more, I'll say so.")
c4 = c("Deal.", None)
PAIRS.append(rpair(
    "b189r_f08_uk_fulfilment_skincare",
    "Founder of a small skincare brand in Bristol phones a fulfilment warehouse about outsourcing her packing.",
    [c1, t1_b, c2_b, t2, c3, t3, c4],
    [c1, t1_w, c2_w, t2, c3, t3, c4],
))

# f09 unexplained jargon -----------------------------------------------------
c1 = c("Hi, we're importing four espresso machines from Italy. It's our first time importing anything. What do we need to do?", None)
t1 = t("Congratulations. Did the supplier tell you the shipping terms, what they cover?")
c2 = c("They wrote 'FCA Milan'. I don't know what that means.", None)
t2_b = t("It means the supplier hands the machines to our carrier in Milan, and from there the freight, insurance and Philippine customs are on you. We can handle all of it and tell you the costs upfront.")
c3_b = c("Okay, so everything after Milan is us. That's clear.", None)
t2_w = t("Okay, FCA, so you're on the hook from the named place. We'd do LCL, CFS to CFS. You'll need your BOC accreditation and an import permit, and watch the demurrage and arrastre.")
c3_w = c("Sorry, I didn't understand most of that. Is it a lot of extra cost?", None)
t3 = t("I'll send a quote with every cost listed, from Milan to your shop, and a checklist of the papers you need, by Thursday.")
c4 = c("Okay. It's a big expense for us, so I need to see the total before we decide.", "think_it_over")
PAIRS.append(rpair(
    "b189r_f09_ph_forwarder_first_import",
    "Owner of a new coffee-shop chain in Quezon City asks a freight forwarder about importing espresso machines from Italy for the first time.",
    [c1, t1, c2, t2_b, c3_b, t3, c4],
    [c1, t1, c2, t2_w, c3_w, t3, c4],
))

# f10 talks about themselves -------------------------------------------------
c1 = c("Thanks for coming by. Our last cleaners just stopped showing up, no notice. I need someone reliable.", "bad_experience")
t1 = t("That's rough. How often would you want us, and when's the office empty?")
c2 = c("Three nights a week. We close at six. It's four rooms and a little kitchen.", None)
t2_b = t("Three nights after six, four rooms and a kitchen. Since the last company vanished on you, I'll give you my cell and the crew lead's, and the crew texts you each night when they're done.")
c3_b = c("Oh, the text would be great. That's exactly what I want.", None)
t2_w = t("You know, I started this business myself with one mop and a van fifteen years ago. Now we've got forty crews, and I still visit every new client. My son runs the Clovis crews.")
c3_w = c("That's nice. So, um, would someone actually show up three nights a week?", None)
t3 = t("Our price for that is about three-twenty a month, and we can start Monday.")
c4 = c("Three-twenty is more than we paid before, but then they were useless. Can I think about it over the weekend?", "think_it_over")
t4 = t("Sure. I'll call Monday morning, and if you want to start, the crew can be there that night.")
PAIRS.append(rpair(
    "b189r_f10_us_cleaning_insurance_agency",
    "Owner of a small insurance agency in Fresno, California meets a commercial cleaning rep after her last cleaners stopped turning up.",
    [c1, t1, c2, t2_b, c3_b, t3, c4, t4],
    [c1, t1, c2, t2_w, c3_w, t3, c4, t4],
))
