"""Gaming pairs, file c (written by hand for blind216)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c1 putdown_question
_open = c("Morning. I run Derwent Valley Stockfeed, three trucks, and your tracking thing keeps sending me alerts at three in the morning saying a truck's left the yard. It hasn't. I've about had it, to be honest.", None)

PAIRS.append(gpair(
    "b216g_hobart_tracking_false_alerts", "fleet tracking for a stockfeed delivery business, Tasmania", "putdown_question",
    "An older business owner calls his fleet-tracking provider about night-time alerts for a truck that never moved.",
    good=[
        _open,
        t("Three a.m. alerts for nothing would wear anyone down. Sorry about that. Is it the same truck each time, or all three?"),
        c("Same one, the old Isuzu. The other two are fine.", None),
        t("That helps. When the Isuzu's parked, is it near the edge of the yard, or next to a shed or anything metal?"),
        c("It's parked by the back fence, next to the big shed. Been parking it there for years.", None),
        t("That's likely it. Next to a big steel shed the GPS signal bounces and the position jumps a few metres, sometimes across the yard boundary. I can widen the boundary by twenty metres on that side, which should stop it tonight. Want me to do it now while we're talking?"),
        c("Go on then. But if it wakes me again this week I'm cancelling the lot. I've paid for a year of this and it's been more bother than it's worth.", "bad_experience"),
        t("Fair enough. Done, the boundary's wider. I'll check the Isuzu's alerts each morning this week and ring you Friday. If it's still going off, I'll send a tech to move the unit onto the cab roof, no charge."),
        c("Righto. Friday.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that. Just so I understand, you do know the difference between an alert and an actual movement report, don't you?"),
        c("I know when my phone goes off at three in the morning, that's what I know.", None),
        t("Sure. And is it possible you set up the geofence yourself without quite knowing what you were doing? That's usually what's behind these calls."),
        c("Your bloke set it up. I've not touched it.", None),
        t("Okay. With respect, are you maybe getting a bit worked up over a couple of notifications? What's the actual harm, if the truck didn't move?"),
        c("The harm is I'm up at three thinking someone's nicking my truck. I've paid a year for this and it's been nothing but bother.", "bad_experience"),
        t("I hear you. Well, you could always just put your phone on silent at night, couldn't you? Anything else I can help with?"),
        c("Yeah, you can cancel it. I'm done.", None),
    ],
))

# ---------------------------------------------------------------- c2 not_my_department_or_read_the_terms
_open = c("Hi, I returned a Transit Connect to you last month, end of lease, and I just got a bill for 2,300 dollars for damage. Half that damage was there when I picked it up. I run a small HVAC company, I can't just eat that.", None)

PAIRS.append(gpair(
    "b216g_seattle_lease_return_damage", "end-of-lease damage bill on a leased van, Seattle", "not_my_department_or_read_the_terms",
    "The owner of a small HVAC company disputes an end-of-lease damage bill with his van leasing company.",
    good=[
        _open,
        t("I understand, that's a big bill to get a month later. Let me pull up the return report. Do you have the lease number or the plate?"),
        c("Plate is CDK 4421. And I still have photos from when I picked it up, my office manager took them on her phone.", None),
        t("Good, those photos matter. The report lists three items: a dent in the sliding door, a cracked rear bumper, and a scuffed driver's seat. Which ones were there at pickup?"),
        c("The dent on the slider and the bumper. The seat, yeah, that's us, fair enough.", None),
        t("Okay. So you accept the seat, about 310, and you're disputing the door and the bumper. I handle return disputes myself. If you email me the pickup photos, I'll compare them with our pickup inspection and get back to you within five business days. The bill's on hold in the meantime, so no late fees."),
        c("Five days is fine. I'll be honest, I was thinking of leasing two more vans from you for spring, but this makes me want to go somewhere else.", "bad_experience"),
        t("That's understandable. Let's get this one sorted properly first. Then if you still want to talk about spring, I'd set up a joint inspection with you at pickup, so there's nothing to argue about later."),
        c("Okay. I'll send the photos this afternoon.", None),
    ],
    gaming=[
        _open,
        t("I hear you, and I totally understand your frustration. Unfortunately, damage assessment isn't my department, I only handle new leases."),
        c("Okay, then who does it? I've got photos from pickup showing the dents were already there.", None),
        t("So what I'm hearing is you've got photos, that's great. The thing is, your agreement says you had 48 hours after pickup to report existing damage. Did you read that part of the terms?"),
        c("Nobody told me about 48 hours. The guy at pickup said it was all in the report.", None),
        t("I understand how you feel. I didn't write the contract, unfortunately. Is there anything else I can help with today, like a new lease for spring?"),
        c("A new lease? From you guys? Not a chance. I was thinking about two more vans, not anymore.", "bad_experience"),
        t("Totally understand. You can email the disputes inbox, it's on page 14 of the terms. They usually reply in four to six weeks. Did I answer your question?"),
        c("No. I'm calling my credit card company, and this is going on Google.", None),
    ],
))

# ---------------------------------------------------------------- c3 social_proof_or_deadline_pressure
_open = c("Good morning. I manage a law office downtown, twelve lawyers and eight staff. The partners want something nicer than our pod machine for client meetings. I'm gathering quotes.", None)

PAIRS.append(gpair(
    "b216g_ottawa_law_office_coffee", "office coffee machine for a law firm, Ottawa", "social_proof_or_deadline_pressure",
    "A law firm's office manager calls an office coffee supplier for a quote on a machine for client meetings.",
    good=[
        _open,
        t("Good morning, happy to quote. When you say nicer, is it mostly about what clients are offered in meetings, or also what the team drinks through the day?"),
        c("Mainly clients. At the moment an assistant runs out with pods and it looks a bit cheap. The staff are fine with whatever, honestly.", None),
        t("So the focus is a good espresso-based coffee in front of clients, made quickly, without it looking improvised. How many client meetings on a busy day, and is there a kitchen near the boardroom?"),
        c("Maybe six meetings a day. There's a small kitchenette right beside the boardroom.", None),
        t("That's handy. A compact bean-to-cup machine in the kitchenette, with proper cups, would do it: one button, a real cappuccino in under a minute. It's 165 a month rented, or 3,900 to buy. The staff can keep the pod machine if they're happy."),
        c("I'll be honest, another company quoted me 120 a month for something similar.", "too_expensive"),
        t("That's possible. Worth asking whether theirs includes descaling and service visits; ours does, quarterly, and a machine that's down on a client day is the last thing you'd want. I can also leave one with you for two weeks free, so the partners can try it in real meetings."),
        c("A trial would help. I'll need the managing partner to approve it, though. She's back Monday.", "think_it_over"),
        t("Then I'll send the quote and the trial terms today, and call you Tuesday once she's had a look."),
    ],
    gaming=[
        _open,
        t("Good morning! I'd love to understand your vision. What kind of impression do you want clients to have?"),
        c("Something more professional than pods. An assistant runs out with them now and it looks a bit cheap.", None),
        t("Totally. Between us, most of the big firms on Sparks and O'Connor have switched to our Maestro line in the last six months. It's become the standard for client-facing law offices. You wouldn't want to be the one still on pods, would you?"),
        c("I'm not sure that matters to us. How much is it?", None),
        t("It's 249 a month, but I can only hold that rate until Friday, when our price increase kicks in. After that it's 289. How does that timeline feel?"),
        c("That's well above the other quotes I've had.", "too_expensive"),
        t("I understand. Three firms in your building signed this week, so installation slots are filling up fast. Could you sign provisionally and sort the approval afterwards?"),
        c("No, I can't sign anything without the managing partner, and she's away until Monday.", "think_it_over"),
        t("Of course. Would it help if I called her directly today to explain the Friday deadline?"),
        c("No. Please just email the quote.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c4 keyword_stuffed
_open = c("Hi, I'm the practice manager at a GP clinic in Casuarina. Our cleaner is retiring, and we've got accreditation coming up in March, so I need a contractor who knows clinical cleaning.", None)

PAIRS.append(gpair(
    "b216g_darwin_clinic_cleaning", "cleaning contract for a GP clinic, Darwin", "keyword_stuffed",
    "A medical practice manager looks for a commercial cleaner who can meet accreditation requirements.",
    good=[
        _open,
        t("Good timing to sort it before accreditation. Do you know what the assessors will want to see from the cleaning side: schedules, logs, products?"),
        c("They'll want a written cleaning schedule, logs signed off each night, and proof the disinfectants are TGA-listed. Our old cleaner just did it, nothing was ever written down.", None),
        t("So the clinical cleaning itself plus the paperwork: a written schedule, nightly signed logs and product evidence, none of which is on file now. How many rooms, and when is the clinic empty?"),
        c("Six consult rooms, a treatment room, the waiting room, two toilets. We close at six on weekdays, and twelve on Saturday.", None),
        t("We can do five evenings plus Saturday afternoon, with a written schedule, signed logs kept in a folder at reception, and the product data sheets. The treatment room gets every surface wiped, the consult rooms the high-touch points and floors. It'd be about 2,600 a month."),
        c("Hmm, that's a fair bit more than we paid the old cleaner. She was about 1,700.", "too_expensive"),
        t("That makes sense, she wasn't carrying insurance or doing the paperwork. If you want it lower, we could make Saturday a light clean, which brings it to about 2,300. I'd keep the weeknights as they are with accreditation coming."),
        c("Okay, that's closer. I'll have to take it to the doctors at Thursday's meeting.", "think_it_over"),
        t("Sure. I'll send the quote with a sample schedule and a sample log sheet, so the doctors can see what the assessor would get."),
    ],
    gaming=[
        _open,
        t("Thank you for reaching out! I really want to understand your needs, because for us cleaning is all about relationships and the patient experience. How do you feel about your cleaning journey so far?"),
        c("My cleaning journey? Well, our cleaner's retiring, and we need written logs and schedules for accreditation.", None),
        t("Absolutely, I hear you and I feel that. Accreditation is all about success, and success comes from understanding. We really value partnerships where your needs are at the centre of the experience. What does success mean to you?"),
        c("Passing accreditation. I need to know if you do clinical cleaning and the logs, and what it costs.", None),
        t("That's a great question, and I appreciate you sharing. We're passionate about understanding every client's unique needs and building trust through a consistent experience. Our team genuinely cares about how you feel."),
        c("Right. But do you do the logs? And what's the price?", None),
        t("I totally understand. We tailor every solution to the relationship, so our success team will reach out with a customised proposal. How satisfied are you with today's conversation?"),
        c("Not very. Accreditation's in March and I still don't know what you do. I'll try someone else.", None),
    ],
))

# ---------------------------------------------------------------- c5 rude
_open = c("Hello, I have a taco truck, we park by the brewery in Deep Ellum on weekends. I need a banner with our name, and maybe a menu board. My English is not so good, sorry.", None)

PAIRS.append(gpair(
    "b216g_dallas_taco_truck_banner", "sign shop, banner and menu board for a food truck, Dallas", "rude",
    "A food truck owner whose first language is Spanish walks into a sign shop for a banner and a menu board.",
    good=[
        _open,
        t("Your English is fine, no problem at all. Tell me about the truck: where would the banner go, and how big is the space?"),
        c("On the side, under the window. Maybe two meters long? I can measure. The menu now is paper with tape, and it flies away with the wind.", None),
        t("Okay, so a banner under the service window, about two meters, and a menu that doesn't blow away. Do your prices change often?"),
        c("Sometimes, yes. The meat is more expensive now, so I change the prices maybe every few months.", None),
        t("Then I'd suggest a vinyl menu panel with the dishes printed, and the prices on small magnetic strips, so you change them yourself without reprinting. The banner is about 95 dollars, and the menu panel with the magnets about 180."),
        c("Okay. So 275 total? It's a little much for me right now, the truck had a repair last month.", "no_money"),
        t("Understood. You could start with the menu panel, since that's the one blowing away, and add the banner when business allows. Can you send me a photo of the truck and the measurements, so I can show you a design?"),
        c("Yes. I send the photo tonight, after we close.", None),
    ],
    gaming=[
        _open,
        t("Yeah, okay. What do you need? Make it quick, I've got people waiting."),
        c("A banner with our name, for the side of the truck. And maybe a menu board, my paper menu flies away.", None),
        t("Right, so what I'm hearing is you taped a paper menu to a truck. Great plan. How big is the banner?"),
        c("Maybe two meters. I can measure it.", None),
        t("Maybe? We don't do maybes. Come back when you've measured. Anything else?"),
        c("How much, more or less? Money is tight this month, the truck had a repair.", None),
        t("Banners start at 95. If that's too much, maybe a sign shop isn't really for you, buddy. Anything else, or are we done?"),
        c("We are done. I go to another shop.", None),
    ],
))

# ---------------------------------------------------------------- c6 ignored_customer
_open = c("Hi, I run the parts counter at a farm equipment dealer in Saskatoon. We ship parts out to farms all over the province, and our current carrier is slow in winter. I'm looking at options.", None)

PAIRS.append(gpair(
    "b216g_saskatoon_farm_parts_freight", "parcel and pallet freight for a farm equipment dealer, Saskatchewan", "ignored_customer",
    "A parts manager at a farm equipment dealership calls a regional carrier because parts reach farms too slowly.",
    good=[
        _open,
        t("Sure. When you say slow in winter, what's actually happening: late pickups, parts sitting at a terminal, or the delivery out to the farm itself?"),
        c("Sitting at terminals, mostly. A part goes to Regina and sits two days before it heads north. And in seeding or harvest, a farmer with a broken combine can't wait two days. We lose customers over it.", None),
        t("So terminal transfers add days, and it matters most in seeding and harvest when a machine is down. Where do most of your parts go?"),
        c("Mostly north and west. North Battleford, Lloydminster, Kindersley. Some of the farms don't have anywhere to unload a pallet, either.", None),
        t("Those three we run direct from our Saskatoon yard, next day, no Regina transfer. For farms without a forklift our trucks have liftgates, and we can drop at the nearest town depot when a farm road isn't passable. To be honest, in a real blizzard nobody moves, us included."),
        c("Fair. What does it cost? We pay about 85 a shipment now for a small box.", None),
        t("Small parcels to those three towns would be about 92, pallets about 190. Same-day rush out of Saskatoon is 160."),
        c("Hmm, it's more, but if it's a day faster... I'd need to talk to the owner. He hates changing anything.", "think_it_over"),
        t("Understood. Would it help to run a few harvest shipments with us as a test, so he can see the difference on real parts?"),
        c("Maybe. Send me something I can show him.", None),
    ],
    gaming=[
        _open,
        t("Great! What does success look like for your shipping?"),
        c("Parts getting to farmers fast. Our carrier sends everything through Regina, and parts sit there two days. In harvest, that loses us customers.", None),
        t("Got it. Our standard network is very reliable. We route through our Regina hub, and it's 78 a shipment. Where do you ship most?"),
        c("Wait, through Regina? That's exactly the problem I just told you about. Most of ours go to North Battleford and Lloydminster.", None),
        t("Perfect, we cover both. And how do you feel about delivery at the farm?"),
        c("Some farms have no forklift. Can you handle that? And what happens in a blizzard?", None),
        t("Great questions. So, to confirm: standard network through Regina, 78 a shipment, dock delivery only. Shall I set up the account today?"),
        c("No. You're offering me the same thing I've got now. I'm not switching to get the same problem.", "no_need"),
    ],
))

# ---------------------------------------------------------------- c7 repeated_questions
_open = c("Hi, I'm from a community health not-for-profit in Belconnen. We need our annual report printed, about 200 copies, and the board meeting is in three weeks. I've never organised printing before.", None)

PAIRS.append(gpair(
    "b216g_canberra_annual_report_print", "print shop, annual report for a not-for-profit, Canberra", "repeated_questions",
    "A young communications officer rings a print shop for the first time to get an annual report printed.",
    good=[
        _open,
        t("Happy to walk you through it. How many pages is the report, and is it full colour?"),
        c("Forty pages, with photos and charts. Our designer did it in InDesign. We've got about 1,500 budgeted for it.", None),
        t("That's a good start. Forty pages in colour, 200 copies, stapled on the spine, on a mid-weight paper is about 1,350. A glued square spine like a paperback looks nicer, but forty pages is a bit thin for it and it would go over your budget."),
        c("Oh, okay. The stapled one is fine. Do we need to do anything to the file?", None),
        t("Ask your designer for a print-ready PDF with 3 millimetre bleed. I'll check it the day it arrives and flag anything like low-resolution photos. With three weeks to go, I'd want the file by next Friday to be safe."),
        c("Next Friday's tight, the CEO still has to sign off on the foreword. Could it be the Monday after?", "no_time"),
        t("Monday works if you approve the proof by the Wednesday. That still gives us a week to print and bind before the board meeting."),
        c("Great, I'll let the designer know. Thanks so much.", None),
    ],
    gaming=[
        _open,
        t("Love it! So tell me, what are your printing needs?"),
        c("An annual report, about 200 copies, forty pages, full colour. The board meeting is in three weeks.", None),
        t("Great. And what are you looking to achieve with this print job?"),
        c("Um, to have the report printed? For the board meeting. We've budgeted about 1,500.", None),
        t("Perfect. And just so I understand, what kind of document are we talking about, and how many copies?"),
        c("The annual report. Two hundred. Forty pages. Like I said.", None),
        t("Got it. And could you walk me through what you need from us on this project?"),
        c("I feel like we're going in circles. I'll compare with the other printer's quote and come back to you.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- c8 wrong_paraphrase
_open = c("hey, i manage a small coworking space in somerville, about 60 members. our cleaner just quit. can you guys do daily cleaning", None)

PAIRS.append(gpair(
    "b216g_boston_coworking_cleaning", "cleaning contract for a coworking space, Boston area", "wrong_paraphrase",
    "A coworking space's community manager types into a cleaning company's web chat after her cleaner quits.",
    good=[
        _open,
        t("Hi! Yes, we can. So I quote the right thing, what needs doing every day, and what's fine once a week?"),
        c("daily is kitchen, 2 bathrooms, trash, wiping desks in the hot desk area. weekly floors, theyre hardwood so no carpets. and the phone booths need wiping, people eat in there which is gross", None),
        t("Got it: daily kitchen, two bathrooms, trash and hot desks; weekly hardwood floors; and the phone booths wiped, probably daily given the eating. When could we come in, do members have 24-hour access?"),
        c("yeah 24 hr access but its dead between 5 and 7am", None),
        t("Then a 5 am visit on weekdays, the daily list plus the booths, with floors on Fridays, would be about 1,950 a month."),
        c("hmm we were paying 1400 to the last person. she was solo and kind of flaky tho", "too_expensive"),
        t("That's a fair comparison. Our price covers two cleaners, insurance and a backup when someone's sick. If you want it lower, we could do the kitchen and bathrooms daily and the desks three days a week, which is about 1,600."),
        c("ok 1600 could work. need to run it by the owner but he usually says yes to me", "think_it_over"),
        t("Sounds good. I'll email both options with the checklist, and if he's happy, we can start next Monday."),
    ],
    gaming=[
        _open,
        t("Hi! Absolutely. Tell me about your space and what you need."),
        c("daily kitchen, 2 bathrooms, trash, wiping desks. weekly floors, hardwood. and phone booths wiped", None),
        t("Perfect. So what I'm hearing is you want a weekly deep clean, carpets shampooed, and your members handle the daily stuff themselves. Is that right?"),
        c("no, daily is the main thing. and there are no carpets", None),
        t("Got it, so you're after a once-a-month carpet and window package, for an office of about 20 people. We'd quote 890 for that. Sound good?"),
        c("its 60 members not 20, and i said no carpets. do you need me to type it again", None),
        t("Totally understand. So to confirm: evening janitorial five nights, and you mentioned your budget is flexible. Shall I book a walkthrough?"),
        c("i never said anything about budget. honestly forget it, ill ask in the somerville facebook group", None),
    ],
))

# ---------------------------------------------------------------- c9 pitch_to_upset
_open = c("Hi, it's Priya, dispatch at Island Express Couriers. One of our leased vans was in a crash on the Pat Bay Highway this morning. Our driver's been taken to hospital. I, um, I don't know what I need to do with you guys. Sorry, I'm a bit shaken.", None)

PAIRS.append(gpair(
    "b216g_victoria_courier_van_crash", "leased courier van after a crash, Victoria, British Columbia", "pitch_to_upset",
    "A shaken dispatcher at a small courier company calls the van leasing company after one of their drivers crashed.",
    good=[
        _open,
        t("I'm so sorry, Priya, that sounds awful. Is your driver okay, do you know yet?"),
        c("They think a broken wrist. He was conscious, he called me himself. The van's been towed, I don't know where.", None),
        t("I'm glad he could call you. For now you don't need to do much; I'll open the claim on this call. Do you have the van's plate, or the unit number on the side?"),
        c("Unit 7. The white Promaster.", None),
        t("Got it, unit 7. I'll find out where it was towed and let the insurer know, so you don't have to chase it. Do you need a replacement van to keep your routes running tomorrow?"),
        c("Yes, if possible, we're down to three vans. But I don't know if we can pay for a rental on top of everything.", "no_money"),
        t("Your lease includes a replacement vehicle for up to thirty days after an accident, so there's no extra charge. I can have one at your yard by seven tomorrow. I'll email you the claim number within the hour, and call tomorrow afternoon with what the insurer says."),
        c("Okay. Thank you, really. Seven is fine.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry to hear that! I can hear this is really stressful. Can I ask, was it one of the older Promasters?"),
        c("Unit 7, yes. I don't know, our driver's in hospital, I just need to know what to do.", None),
        t("Totally understand. Honestly, this is a good moment to think about upgrading the fleet. Our new electric E-Transits have collision avoidance as standard, which might have prevented this. Would you like me to send a quote?"),
        c("What? No. I need to know what happens with the van and whether we get a replacement.", "no_need"),
        t("Of course. A replacement is possible, though it's not on your current plan. If you move to our Premium Care plan today, replacements are covered and you get gap insurance too. It's only 140 more a month per van."),
        c("We can't afford more per van, we're a small company. And our driver's in hospital, I'm not deciding anything right now.", "no_money"),
        t("I hear you, and I know it's a lot. What would it take for you to feel safe about your fleet again?"),
        c("For someone to actually help me. I'll call our insurance broker.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
_open = c("Hi, I store my stock with you at the Beresfield warehouse. A customer's just sent me photos of a whole carton of smashed mugs, and when I came in today, two of my pallets have their corners crushed in. I'd like to know what happened.", None)

PAIRS.append(gpair(
    "b216g_newcastle_warehouse_damage", "third-party warehouse storage for a ceramics importer, Newcastle NSW", "blame",
    "A small ceramics importer confronts the warehouse storing her stock after finding crushed pallets.",
    good=[
        _open,
        t("I'm sorry, that's a horrible thing to find. Let me look into it properly. Which pallets are they, do you have the location labels?"),
        c("Aisle C, bay 12, the bottom two. They were fine when they went in, I checked them myself in March.", None),
        t("Thanks. The bottom level in bay 12 is beside a busy forklift lane, so that's the first thing to check. I'll pull the CCTV for that aisle and the handling log today, and if it was our forklift, we cover it. Can you send me the customer's photos and what the broken stock is worth?"),
        c("I can. It's about 1,400 wholesale across the two pallets. Honestly, I was already thinking of moving somewhere smaller, and this isn't helping.", "bad_experience"),
        t("That's completely fair. I'll have the footage checked by tomorrow midday and ring you with exactly what it shows, whichever way it goes. Meanwhile I'll move your pallets up to the second level, away from the lane, at no cost."),
        c("Fine. Tomorrow midday. I'll be on my mobile.", None),
        t("Noted. I'll call your mobile by twelve."),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. Just so I understand, how were the pallets wrapped when they came in? Ceramics really need to be double-wrapped."),
        c("They were wrapped the way the supplier sends them, and they've been fine for months.", None),
        t("Okay. So what I'm hearing is they weren't double-wrapped, which is honestly a packaging issue on your side. Did you take out insurance on your stock?"),
        c("I've got insurance, but that's not the point. Your forklift crushed the corners, anyone can see that.", None),
        t("I understand how you feel, but we can't assume it was us. Fragile stock on the bottom level is really the owner's responsibility, which is why we recommend the top racks. They cost a bit more. Would you like to upgrade your storage today?"),
        c("No, I would not. I've had enough of this place. I'm moving my stock out.", "bad_experience"),
        t("Totally your call. Just note the contract has a 30-day notice period. Anything else I can help with?"),
        c("I'll be speaking to Fair Trading.", None),
    ],
))
