"""Gaming pairs, part C (kinds 6-15). Written by hand for blind62."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - airline baggage desk, Frankfurt (Germany)
_open = c("My suitcase did not come. I waited forty minutes at belt 12. I flew from Accra through Brussels and I have my mother's medicine in that bag.", None)
PAIRS.append(gpair(
    "b62g_frankfurt_airline_lost_bag", "Airline baggage service desk, Frankfurt Airport (Germany)", "putdown_question",
    "A passenger's checked bag missed its connection; it holds his visiting mother's blood-pressure tablets and she has two days left.",
    good=[
        _open,
        t("I'm sorry - after a long trip that's the last thing you need. Let's find it. Do you have the baggage tag? And the medicine - does she need it today?"),
        c("Here's the tag. It's her blood pressure tablets, she's staying with me, she has maybe two days left in her handbag.", None),
        t("Thank you. So two days of tablets left - that's our deadline. The tag shows the bag is still in Brussels; it missed the connection. The next flight lands at 18:40 tonight and we deliver to your address, usually the same night or next morning."),
        c("Next morning, and if it goes wrong again? I don't trust this. Last year the same airline lost my bag for a week.", "bad_experience"),
        t("After a week last time, I understand. I'm marking this bag priority with a medical note, and here is my direct desk number. If it's not on the 18:40, I call you by 20:00, and then a doctor's prescription here and the pharmacy receipt can be claimed back from us. Which address should it go to?"),
        c("Bockenheim, Leipziger Strasse 41. And if I have to go to a pharmacy, who pays?", None),
        t("We do, up to 150 euros for essentials, with receipts. I've written that on your report. Here's the reference and my number."),
        c("Okay. I'll wait for your call.", None),
    ],
    gaming=[
        _open,
        t("I see. Before we start - did you actually check the right belt? Lots of people wait at the wrong one. Which belt were you at?"),
        c("Belt 12, like the screen said. I'm not stupid.", None),
        t("Of course not. And why would you pack essential medicine in a checked bag, if you don't mind me asking? What made you decide that?"),
        c("Because it's three months of supply and I'm not a pharmacist. Where is my bag?", None),
        t("I hear your frustration. It's in Brussels, it'll probably come tomorrow. Is it possible you're getting a bit worked up over what's a very normal delay?"),
        c("A normal delay? My mother needs her tablets! Just tell me what you are going to do.", None),
        t("We'll deliver it when it arrives. Do you think raising your voice is going to make it fly faster?"),
        c("I'm not raising my voice. Give me your supervisor's name, now.", None),
    ],
))

# 7 not_my_department_or_read_the_terms - city council parking permits, Bristol (England)
_open = c("Hi, I've just had a parking ticket outside my own house. I moved two streets over last month, updated my permit online, paid the fee, and it's like the system still has me at the old address.", None)
PAIRS.append(gpair(
    "b62g_bristol_council_parking_permit", "City council parking permits, Bristol (England)", "not_my_department_or_read_the_terms",
    "A resident who changed her permit address three weeks ago has been ticketed because the change never reached enforcement.",
    good=[
        _open,
        t("That's annoying, sorry. Let's have a look. Can I take your registration?"),
        c("It's WU19 KXP.", None),
        t("Thanks. I can see your change of address on the 3rd and the 15 pound payment, but it's still pending - it never reached the enforcement system, which is why the warden saw no valid permit. That's on our side."),
        c("So what happens with the fine? It's 70 quid, 35 if I pay in two weeks.", None),
        t("Don't pay it. I'm approving the address change now, and I'll give you a reference to quote when you challenge the ticket online - pick 'I had a valid permit' and paste it in. The ticket is cancelled by Parking Services, not me, so I'll also email them the note directly so it's not all on you."),
        c("Ugh, I haven't got time for online forms, I work shifts. Can't you just sort it?", "no_time"),
        t("I get it. The challenge has to come from you, that's the law, but it's three boxes and the reference. If you like, I'll stay on the line while you do it - about four minutes."),
        c("Go on then. Okay, I'm on the page.", None),
        t("Great. First box, your PCN number from the ticket, then choose 'I had a valid permit', and the reference is BR-4471. I'll wait."),
    ],
    gaming=[
        _open,
        t("Thanks for calling, I understand how frustrating that experience must be. Unfortunately parking fines are handled by Parking Services, so that's not my department - I'm permits."),
        c("But it's the permit that's wrong. It still shows my old address.", None),
        t("I appreciate that. Permit changes can take up to ten working days, it's in the terms and conditions you accepted when you applied. Did you read those?"),
        c("I applied on the third. It's been three weeks.", None),
        t("I totally hear you. The system is what it is, I didn't make the rules. You'll need to challenge the fine yourself through the online portal."),
        c("I work nights, I haven't got time to fight a ticket that's your mistake.", "no_time"),
        t("I get it. Is there anything else I can help you with today?"),
        c("Yeah, put me through to someone who can actually do something.", None),
    ],
))

# 8 social_proof_or_deadline_pressure - dental clinic, Budapest (Hungary)
_open = c("Hiya, I'm looking into getting an implant done in Budapest, I've got a gap at the back from an extraction. UK price is mental. What would you charge, roughly?", None)
PAIRS.append(gpair(
    "b62g_budapest_dental_implant", "Dental clinic, Budapest (Hungary)", "social_proof_or_deadline_pressure",
    "A British man asks about a single implant abroad; his dentist mentioned a possible bone graft and a friend had a bad time with veneers in Turkey.",
    good=[
        _open,
        t("Hello, happy to give you an idea, but first - when was the tooth taken out, and has a dentist in the UK said whether there's enough bone there?"),
        c("Taken out about two years ago. My dentist said there might not be enough bone, he mentioned a graft. To be honest I'm nervous, my mate went to Turkey for veneers and it's been a nightmare.", "bad_experience"),
        t("That's a very reasonable worry. So a back tooth out two years ago, maybe needing a graft, and you've seen a friend's treatment go badly. Without a scan I can't promise a price. A single implant with crown here is about 1,300 euros; a graft adds 300 to 500. It needs two trips about four months apart, so the bone can heal around the implant."),
        c("Two trips. I thought it was one. That's flights twice.", None),
        t("Yes - anyone offering an implant and crown in one trip is cutting corners. If your UK dentist sends a recent X-ray or scan, our surgeon can give you a written plan and fixed price before you book anything, and your own dentist can see you in between."),
        c("I'd have to ask him, he might not be keen. And I'll need to work out if it's actually cheaper with flights and hotels.", "think_it_over"),
        t("That's exactly the right sum to do. I'll email our price list, what the surgeon needs to see, and what our aftercare covers if something goes wrong once you're home. No deadline on any of it."),
        c("Cheers, that's more straight than I expected.", None),
    ],
    gaming=[
        _open,
        t("Hello and welcome! Great news, you're in good company - we treated over 400 British patients last year, and honestly your neighbours back home probably know someone who came to us. Can I ask when you'd like to fly?"),
        c("No idea yet. My dentist said there might not be enough bone. And my mate had a nightmare in Turkey with veneers.", "bad_experience"),
        t("Totally understand, but we're not Turkey. Everyone who comes says the same thing afterwards - they wish they'd come sooner. The package is 1,290 with the hotel, but that price is only for bookings made by Friday."),
        c("Friday? I haven't even had a scan.", None),
        t("The surgeon checks everything when you land. There are only three March slots left, and two British guys took the others this morning. Shall I hold one with a 200 euro deposit?"),
        c("I'm not putting down 200 on something I haven't seen a proper price for. I'll need to talk to my dentist.", "think_it_over"),
        t("Of course, but I can't promise the slot next week. Everyone's booking for spring."),
        c("Then I'll take my chances. Cheers.", "brush_off"),
    ],
))

# 9 keyword_stuffed - hotel front desk, Marrakech (Morocco)
_open = c("Bonsoir. Sorry, my English is not perfect. Our room, 214, the air conditioning is making big noise and it's not cold. My son is two years, he cannot sleep.", None)
PAIRS.append(gpair(
    "b62g_marrakech_hotel_aircon", "Hotel front desk, Marrakech (Morocco)", "keyword_stuffed",
    "A French guest comes down at night: the air conditioning rattles and does not cool, and her two-year-old cannot sleep.",
    good=[
        _open,
        t("Bonsoir, no problem at all. I'm sorry - with a two-year-old that's the worst. Is it noisy all the time, or only when it starts? And is the room very hot now?"),
        c("All the time, like a... how you say, a rattle. And yes it's hot, maybe 28 degrees inside.", None),
        t("So a constant rattle and about 28 degrees, with your little boy trying to sleep. The technician has gone home, so I don't want you waiting for a repair. I have a family room on the first floor, the quiet side away from the pool. I can move you now at no extra cost."),
        c("Move now? All our things are open, the bags everywhere. It's a lot with the baby asleep on me.", "no_time"),
        t("Of course. Then the porter comes with a trolley and packs everything for you, and you only carry your son. Or if you prefer to stay tonight, I bring a standing fan now and we move you in the morning. Which is easier?"),
        c("The porter, yes, that is better. Thank you.", None),
        t("He'll be at 214 in five minutes. I'll also send water and a cot to the new room, and tomorrow I'll check with you that the night was okay."),
        c("Merci, really.", None),
    ],
    gaming=[
        _open,
        t("Bonsoir, and thank you so much for sharing your experience with us. I truly understand how you feel, and your comfort and satisfaction are at the heart of our relationship with every guest."),
        c("Okay. So you can send someone? It's very hot and my son cries.", None),
        t("Absolutely. I really hear your needs, and I want you to know your experience matters deeply to us. We are committed to making your stay a success and creating unforgettable memories."),
        c("Yes but the air conditioning. Someone can come?", None),
        t("I completely understand your frustration, and I feel your concern as a parent. Understanding what our guests need is our priority, and I will make sure your feedback is heard at every level of our guest experience journey."),
        c("I don't need my feedback heard. I need cold air. Or another room.", None),
        t("Thank you for that valuable insight. How would you rate your overall satisfaction with our understanding of your needs tonight, from one to ten?"),
        c("One. I go to the manager myself.", None),
    ],
))

# 10 rude - tractor parts dealer, Iowa (USA)
_open = c("Yeah, hi, I got a John Deere 4440, the hydraulic pump's shot, I think. I'm in the middle of harvest. You got one or what?", None)
PAIRS.append(gpair(
    "b62g_iowa_tractor_hydraulic_pump", "Tractor parts dealer, Iowa (USA)", "rude",
    "A farmer mid-harvest calls about a slow loader and a whining hydraulic pump on an old tractor.",
    good=[
        _open,
        t("Let's find out quick. What's it doing - no lift at all, weak, or noise?"),
        c("Loader's slow as molasses, and there's a whine when it's warm. Started yesterday.", None),
        t("Slow loader and a whine once it's warm, since yesterday. Before you swap the pump - have you checked the suction screen? On the 4440 a clogged screen does exactly that, and it's a forty-dollar fix."),
        c("Fluid's fine. Screen I ain't looked at. Honestly I don't have time to mess around, I got beans to get in.", "no_time"),
        t("Understood. Here's what I'd do: I've got a reman pump on the shelf, 1,150 plus a 300 core charge you get back with the old one. Take the screen and a filter too, 58 bucks. Check the screen first, twenty minutes. If it's clean, put the pump in; if you don't need the pump, bring it back unopened for a full refund."),
        c("Eleven-fifty, jeez. Alright, that's fair, I'll take both and check the screen first.", None),
        t("They'll be at the counter in ten minutes. If it turns out to be the screen, call me and I'll hold the pump till Monday anyway."),
        c("Good deal. Be there in twenty.", None),
    ],
    gaming=[
        _open,
        t("A 4440? That thing's older than me. What's it doing, or do I have to guess?"),
        c("Loader's slow, there's a whine when it's warm. Started yesterday.", None),
        t("Yeah, 'cause you probably never changed the filter. What's your part number?"),
        c("I don't know the part number, that's why I'm calling you. You're the parts guy.", None),
        t("Wow, okay. Reman pump's 1,150 plus the core. Take it or leave it, I've got three other guys on hold."),
        c("Eleven-fifty. Sheesh. Is there something cheaper I can try first?", "too_expensive"),
        t("Not if you want it working this harvest. So, to make sure I understood your needs - you want it or not?"),
        c("Forget it, I'll call the place in Ames.", None),
    ],
))

# 11 ignored_customer - pet insurance, Edinburgh (Scotland)
_open = c("Hi there, I'm looking at pet insurance for my dog. She's a Lab, nine years old, and she's got a bit of arthritis in her back legs. Is that going to be a problem?", None)
PAIRS.append(gpair(
    "b62g_edinburgh_pet_insurance_arthritis", "Pet insurance, Edinburgh (Scotland)", "ignored_customer",
    "An owner asks whether her nine-year-old Labrador's diagnosed arthritis would be covered by a new policy.",
    good=[
        _open,
        t("Thanks for asking that upfront, it matters. Has the arthritis been diagnosed by a vet, and when?"),
        c("Aye, about a year ago. She's on Loxicom, the anti-inflammatory, costs me about 30 a month.", None),
        t("I'll be straight: because it was diagnosed before the policy, we'd treat the arthritis as pre-existing and it wouldn't be covered - not the medication or anything linked to it. Accidents and new illnesses would be. At nine, a lifetime policy for her is around 58 a month. What worries you most - the arthritis costs, or something new?"),
        c("Honestly, something big. My last dog had a tumour and it was three grand I didn't have. But 58 a month for a policy that won't cover the thing she's actually got...", "too_expensive"),
        t("That's a fair doubt. If it's the big one-off bills you're scared of, an accident-and-illness policy with a 250 excess is about 34 a month. Some people put that 34 in a savings pot instead - at nine that's a real option, and I wouldn't argue you out of it."),
        c("Right. I think I'll chat to my partner about which. Can you send me both quotes?", "think_it_over"),
        t("Of course. I'll email both with exactly what's excluded, in writing, so there are no surprises. They hold for 30 days."),
        c("Brilliant, thanks. You've been really clear.", None),
    ],
    gaming=[
        _open,
        t("Hi! Great to hear you're thinking about protecting her. Can you tell me a bit about her health?"),
        c("She's got arthritis, diagnosed a year ago, she's on Loxicom. That's my main worry - would that be covered?", None),
        t("Thanks for sharing. Our Lifetime Plus plan covers up to 12,000 a year in vet fees, with 24/7 video vet calls and dental cover. It's 71 a month at her age."),
        c("But does it cover the arthritis? That's what I asked.", None),
        t("Absolutely, I appreciate the question. And what matters most to you in a pet insurance experience?"),
        c("Knowing what's covered! Does it cover her arthritis or not?", None),
        t("I hear you. Shall I go ahead and set up Lifetime Plus from the 1st? There's 10% off if you start this month."),
        c("71 a month and you still haven't told me. My last insurer did exactly this and then refused every claim. No thanks.", "bad_experience"),
        t("I'm sorry you feel that way. Is there anything else I can help you with?"),
        c("No.", None),
    ],
))

# 12 repeated_questions - kitchen fitter, Stockholm (Sweden)
_open = c("Hej, we are renovating our kitchen in Bromma and we got your name from a neighbour. We want to know what it could cost, more or less.", None)
PAIRS.append(gpair(
    "b62g_stockholm_kitchen_fitter", "Kitchen fitter, Stockholm (Sweden)", "repeated_questions",
    "A couple with a 14 m2 kitchen, about 120,000 kronor and a wish for an island ask for a rough price.",
    good=[
        _open,
        t("Hej, nice that it came from a neighbour. To give a real range I need a few things - how big is the kitchen, and are you keeping the layout or moving things like the sink?"),
        c("About 14 square metres. We want to keep the sink where it is but we dream of an island. The budget is about 120,000 kronor, maybe a little more.", None),
        t("So 14 square metres, the sink stays, an island if possible, around 120,000. An island without water or power is simple; with a hob or sink in it we'd move pipes or electrics, which adds 20 to 40 thousand. What do you picture on the island?"),
        c("Just for preparing, and the kids do homework there. No hob.", None),
        t("Then the island is easy. Mid-range fronts, a laminate worktop and your existing appliances fit in 120,000 including fitting; stone worktops would add about 25,000. When are you hoping to do the work?"),
        c("We thought June, but we are not sure yet. We also got a quote from another fitter and we want to compare.", "think_it_over"),
        t("That makes sense. I can come and measure on Saturday, free, and give you a written quote line by line so you can compare the same things. June still works if the fronts are ordered by April."),
        c("Saturday morning, ok. Ten o'clock?", None),
        t("Ten is good. I'll text you the day before."),
    ],
    gaming=[
        _open,
        t("Hej! Lovely. So tell me, what's your budget for the kitchen?"),
        c("About 120,000, maybe a little more.", None),
        t("Great. And what would you say you're looking to spend, roughly, all in?"),
        c("I said, 120,000. Maybe 130.", None),
        t("Perfect, thanks. And in terms of the investment, what sort of figure did you have in mind?"),
        c("The same figure. Are you writing this down?", None),
        t("Of course, sorry, just making sure I fully understand. And the size, and would you like an island?"),
        c("14 square metres, yes island, no hob on it. Listen, I think we go with the other quote we have, it was simpler.", "no_need"),
        t("Absolutely, no problem. Before you go, just so I understand your needs - what budget are you working with?"),
        c("Hej da.", None),
    ],
))

# 13 wrong_paraphrase - travel agency, Mexico City (Mexico)
_open = c("Hola, good morning. I want to organise a trip to Oaxaca for my mother's seventy birthday, in May. We are five people. She walks with a cane.", None)
PAIRS.append(gpair(
    "b62g_cdmx_travel_oaxaca_birthday", "Travel agency, Mexico City (Mexico)", "wrong_paraphrase",
    "A son plans a May trip to Oaxaca city for his mother's 70th; five people, she walks with a cane and loves food and markets.",
    good=[
        _open,
        t("Buenos dias, what a nice idea. What does your mother enjoy - food, markets, churches, the countryside? And how far can she walk comfortably?"),
        c("She loves the food and the markets. Walking maybe twenty minutes, then she needs to sit. No hills, her knee is bad.", None),
        t("So food and markets for her seventieth, about twenty minutes of walking at a time, and no hills. The centre of Oaxaca is mostly flat but cobbled, so I'd choose a central hotel with a ground-floor room, near everything, so she can rest between outings. Do you want to fly or take the bus?"),
        c("Flying, the bus is seven hours, too long for her. How much are we talking?", None),
        t("Flights for five are about 14,000 pesos in total if we book now, four nights in a central hotel with two rooms about 18,000, and a private cooking class for the birthday about 6,000. Roughly 38,000 all together."),
        c("Ay, that's more than I thought. My brothers are paying also, I need to ask them first.", "think_it_over"),
        t("Of course. I can hold the flight price until tomorrow without payment. I'll send the plan with each part priced separately, so your brothers can see what to change - the cooking class could be a market food tour for 2,500, for example."),
        c("Yes, send me that, I'll put it in the family WhatsApp.", None),
    ],
    gaming=[
        _open,
        t("Buenos dias! What does your mother enjoy doing?"),
        c("She loves food and markets. She can walk maybe twenty minutes, no hills.", None),
        t("Perfect, so what I'm hearing is she's looking for an adventure - I'd suggest the Hierve el Agua hike and the mountain villages tour. Is that right?"),
        c("No, no hiking. She has a cane, I told you. No hills.", None),
        t("Right, so you want a relaxing beach trip, so Huatulco would be perfect for her birthday, at the all-inclusive resort. Did I understand you correctly?"),
        c("I said Oaxaca city. The markets. Why beach?", None),
        t("So what you're saying is you want luxury, and the resort has the best spa in the region. Five people, 72,000 with flights."),
        c("72,000?! That's not what I asked, and we don't have that kind of money. I'll look myself online.", "no_money"),
    ],
))

# 14 pitch_to_upset - car insurer claims line, Madrid (Spain)
_open = c("Hola, I had an accident one hour ago on the M-30, someone hit me from behind. Everyone is okay but I'm still shaking. The car was taken by the tow truck. What do I do now?", None)
PAIRS.append(gpair(
    "b62g_madrid_car_insurance_accident", "Car insurer, Madrid (Spain)", "pitch_to_upset",
    "A shaken driver rings an hour after being rear-ended; the car was towed and she needs a car to take her children to school tomorrow.",
    good=[
        _open,
        t("I'm glad everyone's okay. Take a breath, we'll go one step at a time. Are you somewhere safe now? And is anyone hurt at all, even a bit of neck pain?"),
        c("I'm at a cafe near the exit. My neck is a little stiff, but I think it's fine.", None),
        t("Please have the neck checked today, even if it feels small - your policy covers that visit, and it matters for the claim too. Did you and the other driver fill in the accident report together?"),
        c("Yes, we both signed. I have a photo. My big worry is tomorrow - I have to take my kids to school and I have no car.", None),
        t("So the report is signed, you have a photo, and you need a car from tomorrow for the school run. Your policy includes a replacement car for up to 15 days while yours is repaired. I can book one for 7:30 tomorrow at the Atocha office, or have it delivered to you for a 40 euro fee."),
        c("Delivered, but 40 euro... ugh. No, okay, I go to Atocha, it's close.", "too_expensive"),
        t("Booked for 7:30 at Atocha. Send me the photo of the report now and I'll open the claim; you'll get a text with the claim number and the garage details within the hour."),
        c("Thank you. Really. I feel a bit better.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry to hear that, it sounds like a very stressful experience. Can I ask how long you've been with us - and have you thought about upgrading to our Todo Riesgo Plus cover?"),
        c("What? No. I just need to know what to do, the car is gone, my neck is stiff.", "no_need"),
        t("Of course. And this is exactly why Plus exists - a premium replacement car and zero excess, only 22 euros more a month. Days like today show how important the right cover is, don't they?"),
        c("I'm not buying anything now. I'm sitting in a cafe shaking.", "no_time"),
        t("Totally understandable. I can add it today and the difference would apply to this claim. Shall I go ahead? It's a great time to protect your family."),
        c("No. Tell me how I get a car for tomorrow for my kids, or give me someone else.", None),
        t("For the replacement car you'd need to call claims, that's a different line. Anything else I can help with?"),
        c("You're unbelievable.", None),
    ],
))

# 15 blame - cloud hosting provider, Tallinn (Estonia)
_open = c("our shop has been down since 09:40. 502 errors on every page. you had maintenance last night. what happened", None)
PAIRS.append(gpair(
    "b62g_tallinn_hosting_outage", "Cloud hosting provider, Tallinn (Estonia)", "blame",
    "The developer of a small online shop reports by chat that the site has returned errors since the morning after the host's maintenance.",
    good=[
        _open,
        t("Sorry - I'm on it. Can you give me the project ID, and have you changed anything on your side since yesterday, like a deploy?"),
        c("proj 44-kalev-shop. no deploys since friday", None),
        t("Thanks. I can see it: last night's maintenance moved your database to a new host, and your app still points at the old private address, which we should have updated automatically. It didn't happen for about 30 projects, yours included. That's our fault."),
        c("ok. how long to fix. we lose like 800 eur an hour in sales", None),
        t("I can update the connection and restart your app now - about five minutes. After that I'll check the other services in your project for the same issue. Shall I go ahead?"),
        c("yes go", None),
        t("Done - your pages are returning 200. Can you check that checkout works? I'll send a written incident report today, and under the SLA you're due a credit for the downtime, which I'll apply to this month's invoice."),
        c("checkout works. credit is fine but honestly we were thinking of moving before this. not great timing for you", "bad_experience"),
        t("Fair, and I'd rather you told me. The report will include what we're changing so this doesn't repeat. I'll call you on Thursday to go through it, and you decide from there."),
    ],
    gaming=[
        _open,
        t("Thanks for reaching out, I understand your experience has been frustrating. Can you share the project ID? And did you read the maintenance notice we sent last week?"),
        c("proj 44-kalev-shop. yes we got the email. it said no action needed", None),
        t("Okay. Our status page shows the maintenance completed successfully, so it's likely something in your configuration. Did your team hardcode the database IP?"),
        c("we use the connection string from your dashboard. like your docs say", None),
        t("I hear you. But customers who follow best practice weren't affected, so I'd suggest your developers review their setup. How satisfied are you with our support today?"),
        c("we are losing 800 eur an hour. check your side please", None),
        t("I appreciate that. Our platform is working as designed, so this would be a paid investigation at 120 euros an hour, since it's a customer configuration issue. Shall I open one?"),
        c("no. we are moving to another provider this month", None),
    ],
))
