"""Gaming pairs, part C (kinds 11-15, two each). Written by hand for blind78."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer -- Daegu, medical devices (hearing aids), elderly woman
_open = c("Hello... my son made me come. I hear fine, mostly. Only on the telephone and at the market it is difficult.", "no_need")
PAIRS.append(gpair(
    "b78g_daegu_hearing_aid", "medical devices (Daegu, Korea)", "ignored_customer",
    "A 78-year-old woman, brought by her son, visits a hearing-aid centre in Daegu.",
    [
        _open,
        t("Thank you for coming in. The phone and the market are where most people notice it first. When you're on the phone, what happens?"),
        c("My granddaughter calls from Seoul and she speaks fast. I say 'yes, yes' but I don't catch half. I feel bad.", None),
        t("That sounds hard, missing half of what she says. Have you tried a hearing aid before, or do you know someone who has one?"),
        c("My friend Mrs Kim has one. It whistles all the time and she takes it out in church. I don't want that.", "bad_experience"),
        t("Whistling usually means it doesn't sit well in the ear, and that can be fixed. Before we talk about any device, shall we do a hearing test now? Fifteen minutes, no cost, so we know what is really happening."),
        c("Fifteen minutes is fine. But I decide nothing until my son sees the results.", "think_it_over"),
        t("Of course. After the test I'll explain the results to you both, and if a hearing aid could help, you can try one at home for two weeks before deciding anything."),
        c("Try at home... that is good. Then I can see if it whistles.", None),
    ],
    [
        _open,
        t("Welcome! Tell me, in what situations do you find hearing difficult?"),
        c("On the telephone. My granddaughter speaks fast and I miss half.", None),
        t("I see. So our new model, the Clear 7, is rechargeable, Bluetooth, connects straight to the phone. How do you feel about hearing aids generally?"),
        c("My friend's one whistles all the time. She takes it out in church. I don't want that.", "bad_experience"),
        t("Thank you for sharing. The Clear 7 comes in beige and grey and it's nearly invisible. Which colour do you prefer?"),
        c("But does it whistle? And I don't know this Bluetooth.", None),
        t("Great questions. The charger is very compact, you just put them in at night. Anything else you'd like to know? It's 3.2 million won for the pair."),
        c("3.2 million! That is three months of my pension. I only want to hear my granddaughter.", "no_money"),
        t("Understood. We have a 12-month instalment plan. Shall we do the fitting today?"),
        c("No. I'm going home.", None),
    ],
))

# 22. ignored_customer -- Makati, car leasing (small fleet), procurement officer
_open = c("Good afternoon. I'm Grace from admin and procurement of a pharma distributor. We need to lease 8 vehicles for our medical reps in Metro Manila. I need three quotes by month-end.", None)
PAIRS.append(gpair(
    "b78g_makati_fleet_lease", "car leasing (Makati, Philippines)", "ignored_customer",
    "A procurement officer at a pharmaceutical distributor in Makati asks a leasing firm to quote eight cars for medical reps.",
    [
        _open,
        t("Good afternoon, Grace. Happy to quote. What will the reps use the cars for, mostly city driving to clinics, or provincial trips too?"),
        c("City mostly, Makati, QC, Pasig. Sometimes Batangas. They carry samples, some must stay cool, so a cooler box in the back.", None),
        t("Noted: eight cars, city with some Batangas trips, room for a cooler box. Should the lease include maintenance, insurance and a replacement car when one is in the shop?"),
        c("Yes, all of those. Our last leasing company took two weeks to replace a car after an accident. The rep couldn't work.", "bad_experience"),
        t("That's exactly what should be in the contract. We guarantee a replacement within 24 hours in Metro Manila, and I can write in a penalty if we miss it. A compact sedan with those inclusions is about 32,000 pesos per car per month on 36 months."),
        c("Okay. And coding days? Each rep loses one day a week.", None),
        t("We can mix plate endings across the eight so no more than two are coded on the same day, and reps can swap. The quote will have the 24-hour replacement with penalty, the cooler box fit and the plate plan. You'll have it Friday."),
        c("Friday is good. I'll compare it with the other two and come back to you.", "think_it_over"),
    ],
    [
        _open,
        t("Good afternoon, Grace! What's most important to your team in a vehicle?"),
        c("Reliability, and a quick replacement car. Our last leasing company took two weeks after an accident.", "bad_experience"),
        t("Thanks for sharing. Our most popular option is the SUV, seven seats, very comfortable. Great for team outings too. How many reps did you say?"),
        c("Eight. And they don't need seven seats, they need space for a cooler box for samples.", "no_need"),
        t("Perfect, eight SUVs then. The SUV is 48,000 a month per unit on 60 months. What are your thoughts?"),
        c("That is over our budget. And you didn't answer about the replacement car.", "no_money"),
        t("We have a great after-sales team. So, eight SUVs on 60 months, shall I prepare the contract?"),
        c("Just send the quote. I'll put it with the other two.", "brush_off"),
    ],
))

# 23. repeated_questions -- Sapporo, home renovation (inner windows), elderly man
_open = c("Hello. Our house is very cold in winter. My wife's hands hurt from the cold. My neighbour had inner windows put in. We wondered how much such a thing costs.", None)
PAIRS.append(gpair(
    "b78g_sapporo_inner_windows", "home renovation (Sapporo, Japan)", "repeated_questions",
    "An elderly man in Sapporo phones a renovation company about inner windows for his cold house.",
    [
        _open,
        t("Hello. I'm sorry to hear about her hands. Which rooms are coldest, and where do you spend most of the day?"),
        c("The living room with the kotatsu, and the toilet. The toilet is freezing. The bedroom we heat with a kerosene heater.", None),
        t("A cold toilet and bathroom is also a health risk in winter, the sudden change of temperature. How many windows in the living room, toilet and bathroom together?"),
        c("The living room has two big ones, the toilet one small, the bathroom one. We want only what is necessary.", None),
        t("Then inner windows on those four only, about 280,000 yen, one day of work. The city has a subsidy for energy renovation in older homes that may cover part of it; I'll check if you qualify. Would that suit you?"),
        c("280,000. Ah, my neighbour did two windows, so for four it is about the same, I think.", None),
        t("Very close. I can come to measure, with no obligation, and bring the subsidy form already filled in so you only need to sign. Thursday?"),
        c("Thursday... my wife has the hospital on Thursday. Friday?", "no_time"),
        t("Friday at ten, then."),
    ],
    [
        _open,
        t("Hello! Tell me, what's the main problem you're facing with your home?"),
        c("The cold. My wife's hands hurt. The living room and the toilet are the worst.", None),
        t("I understand. And what would you say is your biggest challenge in winter?"),
        c("...The cold, as I said. The toilet especially.", None),
        t("Right. So which rooms would you say feel uncomfortable?"),
        c("The living room and the toilet. And the bathroom. I said this.", None),
        t("Thank you. And in your own words, what are you hoping to improve in your home?"),
        c("I am sorry, I do not understand what you want to know. Maybe I call again another day.", "brush_off"),
        t("Of course! Before you go, what's the biggest pain point for you and your wife?"),
        c("Please just tell me the price of inner windows. I will ask my son to look at it.", "think_it_over"),
    ],
))

# 24. repeated_questions -- Espoo, cloud HR software, procurement with must-haves
_open = c("Hi. I'm evaluating HR systems for a company of 450 people in Espoo and Tallinn. Three must-haves: Finnish and Estonian payroll integration, absence management, and EU data residency. Everything else is nice to have.", None)
PAIRS.append(gpair(
    "b78g_espoo_hr_saas", "cloud software (Espoo, Finland)", "repeated_questions",
    "An HR procurement lead at a Finnish-Estonian company evaluates a cloud HR system.",
    [
        _open,
        t("Thanks, that's a clear list. On payroll: which payroll systems do you use in each country? The integration depends on that."),
        c("In Finland a local payroll provider, they have an API. In Estonia an accounting firm does payroll in their own software. We send them Excel.", None),
        t("Finland through the API is standard for us. For Estonia we can export absences and salary changes in the file your accounting firm wants, no API needed. Absence management is built in with both countries' holiday rules, and data is hosted in Frankfurt and Helsinki. What's driving the change, why now?"),
        c("Our current setup is a patchwork. Managers approve holidays by email and HR retypes it. Last summer we paid 18 people the wrong holiday pay.", None),
        t("So the real cost is the retyping and the payroll errors. Managers would approve in the app and payroll gets the file. For 450 people the list price is 7 euros per employee per month. I'd suggest a demo with your HR lead and one manager, using your own holiday rules."),
        c("7 euros is above what we budgeted, we had 5 in mind. But the demo is fine.", "no_money"),
        t("Understood. Part of the difference may be modules you don't need; let's look at that after the demo, once you've seen what's essential. Tuesday or Wednesday next week?"),
        c("Wednesday afternoon.", None),
    ],
    [
        _open,
        t("Hi! Before we get into it, what are the key requirements for your new HR system?"),
        c("As I said: Finnish and Estonian payroll integration, absence management, EU data residency.", None),
        t("Great. And what would you say are your must-haves?"),
        c("The same three. Payroll integration, absences, data in the EU.", None),
        t("Perfect. And to be sure I understand your needs fully, what are the most important capabilities for your HR team?"),
        c("I've answered this three times. Do you integrate with Estonian payroll or not?", None),
        t("Absolutely, we integrate with many systems. Which features matter most to you?"),
        c("I don't have time for this. Put the answers in writing and I'll score them with the others.", "brush_off"),
    ],
))

# 25. wrong_paraphrase -- Kaohsiung, office furniture, small design studio, polite owner
_open = c("Hello, we are a small design studio, eight people. We move to a bigger office in Kaohsiung in two months. We need desks, maybe, and we are not sure about chairs.", None)
PAIRS.append(gpair(
    "b78g_kaohsiung_studio_desks", "office furniture (Kaohsiung, Taiwan)", "wrong_paraphrase",
    "The owner of an eight-person design studio in Kaohsiung visits an office furniture showroom before a move.",
    [
        _open,
        t("Hello, congratulations on the move. What kind of work happens at the desks: drawing, computers, meeting clients?"),
        c("Mostly computers with two big monitors, and sometimes we spread out large printed boards. The desks we have now are too small for that.", None),
        t("So bigger desks that take two monitors and leave room for printed boards. And the chairs, why are you unsure?"),
        c("The chairs are only two years old. Some staff say their backs hurt, but maybe it is the desks being too low. I don't want to buy chairs if the problem is something else.", None),
        t("That's a sensible thought, desk height often causes that. I'd start with desks, 160 by 80 with adjustable height so each person can set theirs, and keep your chairs for now. If backs still hurt after a month, we look at chairs then."),
        c("Adjustable ones are expensive, no? We have maybe 120,000 for furniture.", None),
        t("Manual ones are about 9,500 each, so 76,000 for eight, which leaves room for a meeting table. Electric ones are 15,000 each and would use most of the budget. Would you like to try both here?"),
        c("Maybe next week. This week we are packing.", "no_time"),
        t("Next Wednesday, then? I'll keep both set up for you."),
    ],
    [
        _open,
        t("Hello! Tell me more about how your team works."),
        c("Mostly computers with two monitors, and sometimes we spread out large printed boards. The chairs, I'm not sure, they are two years old.", None),
        t("So if I heard you correctly, you want to replace all the chairs because they're worn out, and you're looking at an open-plan bench system for sixteen people?"),
        c("Ah... eight people. And the chairs are quite new, actually.", "no_need"),
        t("Right, so what I'm hearing is that you want room to grow to sixteen, and ergonomic chairs are the priority because staff have back pain. Did I get that right?"),
        c("Some have back pain, but maybe it's the desks. We don't plan to grow so much.", "no_need"),
        t("Perfect, so to summarise: sixteen bench desks and sixteen ergonomic chairs, budget flexible. I'll prepare that quote."),
        c("The budget is not flexible. We have 120,000. Maybe we ask another shop. Thank you.", "no_money"),
    ],
))

# 26. wrong_paraphrase -- Groningen, accounting firm, blunt baker with two shops
_open = c("Morning. I've got a bakery in Groningen, two shops since March. My brother-in-law did my books but he's had enough. I need someone for the VAT and the annual accounts.", None)
PAIRS.append(gpair(
    "b78g_groningen_bakery_accounts", "accounting firm (Groningen, Netherlands)", "wrong_paraphrase",
    "A baker with two shops in Groningen looks for an accountant to take over from a family member.",
    [
        _open,
        t("Morning. Two shops since March, congratulations. How are the books kept now, and how do the shops take payments?"),
        c("Card terminal and cash, both shops. He used an online bookkeeping program; the logins are still his. The second shop has staff, payroll goes through a payroll company.", None),
        t("Then we take over the program in your name and do the quarterly VAT and the annual accounts; payroll stays where it is. Is the cash counted and written down every day in both shops?"),
        c("In the first shop yes. The second... my daughter runs it and she's a bit loose with it, I'll be honest.", None),
        t("Thanks for saying. That's the one thing I'd fix first; the tax office looks hard at cash businesses. So: two shops, card and cash, the program in your brother-in-law's name, payroll outside, daily cash counts needed in shop two. VAT and annual accounts would be 2,900 a year."),
        c("2,900. The brother-in-law did it for a bag of bread a week.", "too_expensive"),
        t("Hard to beat. What I can do is fix the price so there are no surprises, and give your daughter a simple daily cash sheet so the year-end doesn't cost extra. Shall I come by after closing on Tuesday to look at the program?"),
        c("Tuesday, after two. There'll be coffee.", None),
    ],
    [
        _open,
        t("Morning! Tell me about your business."),
        c("Two shops, card and cash. Books in an online program, payroll at a payroll company. I need the VAT and the annual accounts.", None),
        t("So what I'm hearing is you want us to take over everything, including payroll, and you're planning a third shop. Is that right?"),
        c("No. Payroll stays where it is. No third shop.", "no_need"),
        t("Got it, so you'd like full weekly bookkeeping, with us doing the daily cash entries for both shops. Did I understand correctly?"),
        c("Where did you get that? I said VAT and the annual accounts.", None),
        t("Perfect, so to confirm: full administration, payroll and a monthly management report, 6,800 a year. Shall I draw up the engagement letter?"),
        c("You haven't listened to one word. 6,800 for things I didn't ask for. No.", "no_need"),
    ],
))

# 27. pitch_to_upset -- Taoyuan, wedding photography, grieving bride
_open = c("Hello. We got our wedding photos yesterday. My grandfather passed away two weeks after the wedding. There are only three photos of him and two are blurry. I was told you shot over two thousand.", None)
PAIRS.append(gpair(
    "b78g_taoyuan_wedding_grandfather", "wedding photography (Taoyuan, Taiwan)", "pitch_to_upset",
    "A bride in Taoyuan, whose grandfather died shortly after the wedding, calls the photographer about missing photos of him.",
    [
        _open,
        t("I'm so sorry about your grandfather. And I'm sorry the photos of him aren't what you hoped, that's the last thing you need now. Let me check all the raw files from the day. Do you remember when he was photographed, at the tea ceremony, at the banquet?"),
        c("At the tea ceremony, and at his table during the banquet. He gave a toast.", None),
        t("I'll go through every raw file from the tea ceremony and the banquet myself tonight, including the ones that weren't edited, and send you every frame he's in by Thursday. Anything usable that wasn't edited, we'll edit at no charge."),
        c("Thank you. My mother asked if there is video of the toast too.", None),
        t("Our second shooter may have short clips on her camera. I'll ask her today and include whatever she has. We'll also try to improve the blurry two, and tell you honestly if they can't be saved."),
        c("Okay. Please tell me on Thursday even if there is nothing.", None),
        t("I will, on Thursday, either way."),
    ],
    [
        _open,
        t("Oh, I'm so sorry for your loss. I completely understand how you feel. This is actually a good time to think about a memorial album; our Heritage leather album is 18,000 and it makes a very meaningful keepsake."),
        c("I don't want an album. I want the photos of him. Two are blurry.", "no_need"),
        t("I hear you. What I can offer is our restoration service, 2,500 per photo, and we can enlarge and frame the best one. Many families find it really helps with grieving."),
        c("You want me to pay to fix your blurry photos? You shot two thousand pictures.", None),
        t("I understand your frustration. The delivery terms say 400 edited images. But we can open the raw files as an add-on, that's a separate package at 6,000."),
        c("I can't believe this. I'll write a review and talk to a lawyer.", None),
    ],
))

# 28. pitch_to_upset -- Aarhus, car leasing, recently widowed woman
_open = c("Hello. My husband had a car leased from you, the grey Skoda. He died last month. I don't drive it, I can't really drive. I don't know what to do with it.", None)
PAIRS.append(gpair(
    "b78g_aarhus_lease_bereavement", "car leasing (Aarhus, Denmark)", "pitch_to_upset",
    "A recently widowed woman of 74 calls the leasing company about her late husband's car.",
    [
        _open,
        t("I'm very sorry for your loss. Thank you for calling us; you don't have to sort this out alone. Is the lease in his name, and do you have a contract number on a letter?"),
        c("There's a letter, a number starting 4471... 4471-2209. Our son said maybe we must pay until the end, two more years. I can't pay that.", None),
        t("I've found it. In our contracts, when the lessee dies, the lease can end early without the remaining payments; the estate only pays up to the return date. So there are no two more years. We'll collect the car from your home; you don't need to drive it anywhere."),
        c("Oh. Oh, thank you. Is there a fee for collecting it?", None),
        t("No fee. We'll need a copy of the death certificate and the probate paper when you have them, no rush. Would you like your son on the call when we arrange the pickup?"),
        c("Yes, he knows more about these things. He comes on Saturdays.", None),
        t("Then I'll call Saturday at eleven, if that suits you, and today I'll send a short letter with all of this so you have it in writing."),
    ],
    [
        _open,
        t("I'm so sorry for your loss, truly. How are you feeling? Since you can't drive it, many customers in your situation switch the lease to a smaller city car to keep their independence. Have you thought about learning to drive?"),
        c("I am 74. I just want to know what to do with his car.", "no_need"),
        t("I completely understand. Well, the lease can be transferred to you, and with our Comfort package you get automatic parking, very easy. It's only 2,900 a month."),
        c("Our son says I must maybe pay until the end. Two years. How can I pay that?", None),
        t("That's exactly why switching to the smaller car makes sense, lower monthly payments. And this month we have a special for new drivers."),
        c("I'll have my son call you. I can't talk about this now.", None),
    ],
))

# 29. blame -- Nagoya, medical devices (CPAP), elderly man
_open = c("Hello... this is Yamada. The breathing machine, the CPAP, it shows an error for two nights. I don't sleep. My wife says I snore again.", None)
PAIRS.append(gpair(
    "b78g_nagoya_cpap", "medical devices (Nagoya, Japan)", "blame",
    "An 81-year-old man in Nagoya calls the rental company of his CPAP machine about an error code.",
    [
        _open,
        t("Mr Yamada, thank you for calling, and I'm sorry you haven't slept. Let's find the cause together. What does the screen say, is there a number or letters?"),
        c("It says E... E-03? And it blows only a little.", None),
        t("E-03 usually means the air filter or the tube is blocked. At the back of the machine there's a small cover with a filter inside. What colour is the filter?"),
        c("Grey, quite dark. The man who delivered it said something about a filter but I forgot. I'm sorry.", None),
        t("No need to be sorry, it's a lot to remember, and we should have left you a written note. A dark filter needs changing. There's a spare in the box with the mask. Shall I guide you step by step now?"),
        c("Yes, please. Slowly.", None),
        t("Open the cover... take out the old filter... put the new one in, smooth side out... close it. Now switch it on."),
        c("It's blowing properly now. No error.", None),
        t("Good. I'll post you a large-print card showing how to change the filter every month, with six spare filters; they're included in your rental, no charge. If the error comes back tonight, this number is open 24 hours."),
    ],
    [
        _open,
        t("Good morning, Mr Yamada. Let me understand your experience. E-03: have you been changing the filter every month, like the delivery man told you?"),
        c("Filter... I don't remember that he told me.", None),
        t("It's in the manual, page 12. Most users who get E-03 simply haven't maintained the machine. How often do you clean it?"),
        c("I... wipe the mask. I'm sorry, I'm 81, I don't understand machines well.", None),
        t("I understand, but a machine can't work if it isn't looked after, can it? If the motor is damaged by a dirty filter, that's not covered by the rental. It would be 45,000 yen."),
        c("45,000 yen? I didn't know about any filter. Nobody told me.", None),
        t("Well, it was explained at delivery and it's in the manual. So can you check the filter now, or shall we send a technician? The visit is 8,000 yen, since it's a user maintenance issue."),
        c("8,000... My son comes on Sunday, he can look. I'll wait.", "too_expensive"),
    ],
))

# 30. blame -- Bergen, home renovation, leaking new bathroom
_open = c("You finished our bathroom three weeks ago. Now there's a brown stain on the kitchen ceiling right under it. I want someone here this week.", None)
PAIRS.append(gpair(
    "b78g_bergen_bathroom_leak", "home renovation (Bergen, Norway)", "blame",
    "A homeowner in Bergen calls the firm that renovated his bathroom about a damp stain on the ceiling below.",
    [
        _open,
        t("I'm sorry, that's not what you should be dealing with three weeks after. Is the stain getting bigger, and is it wet to the touch or dry?"),
        c("Damp. Bigger after showers, I think. We've been using the shower normally.", None),
        t("Then water is probably getting past the membrane at the drain or the shower wall. Please use the sink but not the shower until we've checked, so it doesn't get worse. I can have our tiler there with a moisture meter on Thursday morning. Does that work?"),
        c("Thursday I'm at work until four. My wife is home though. But we have guests at the weekend, we need the shower.", None),
        t("Thursday with your wife, then. If it's the drain seal, it's usually fixed the same day and the shower works by Saturday. If it's the membrane, it's bigger, and I'll tell you straight on Thursday. Either way it's our work and our cost, the kitchen ceiling included."),
        c("Good. The firm that did our kitchen argued for months over something like this. I don't want that again.", "bad_experience"),
        t("Understood. You'll get a written report on Thursday with photos and what we'll do, and my mobile number."),
    ],
    [
        _open,
        t("I understand this is frustrating, and I want to hear about your experience. Tell me, how have you been using the shower, are you letting water splash over the glass onto the floor?"),
        c("We shower like normal people. The stain is damp and gets bigger after showers.", None),
        t("Right. And did you wait the full 28 days before using it, like we said? The silicone needs time to cure. A lot of customers ignore that."),
        c("Nobody said 28 days. Your guy said 'finished, enjoy'.", None),
        t("It's on the handover sheet you signed. So honestly, this might be on your side. We can send someone, but if it's user damage the call-out is 1,900 kroner. What would you like to do?"),
        c("I'm not paying 1,900 to find out your bathroom leaks. I'll get an independent inspector and we'll see whose fault it is.", None),
    ],
))
