"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction. Hand-written."""
from common import c, rpair, t

# f01 argues with the customer
f01_c0 = c("Hi, I had my windscreen replaced on Monday and they've charged me a 115 pound excess. I thought glass was free on my policy.", None)
f01_t1 = t("Sorry about the surprise. Let me look at your policy. Can I take your reg?")
f01_c2 = c("KP19 XRT.", None)
f01_t3 = t("Thanks. I can see the windscreen cover. Repairing a chip is free, but a full replacement has a 115 excess on your policy.")
f01_c4 = c("Nobody told me that. The man who sold it me said glass was covered.", None)
f01_t5_good = t("I understand why that's annoying. I can't hear what was said back then, but I can check the notes from when you bought it, and if we told you it was free, I'll raise it as a complaint for you.")
f01_c6_good = c("Okay, that's fair. Please do.", None)
f01_t5_bad = t("Well, glass is covered, it just has an excess. He wasn't wrong, you probably just didn't read the schedule properly.")
f01_c6_bad = c("Don't tell me what I did or didn't read. I want this looked into.", None)
f01_t7 = t("I'll request the call recording from when you bought it and email you by Thursday with what it shows.")

# f02 doubts the customer's honesty
f02_c0 = c("Hi, someone broke into my flat in Sea Point while I was at work. They took my laptop and my camera. I've got a case number.", None)
f02_t1 = t("I'm sorry, that's awful to come home to. Are you okay, and is the flat secure now?")
f02_c2 = c("I'm fine. The landlord fixed the window this morning. I'm just angry.", None)
f02_t3 = t("Understandable. For the laptop and camera, have you got receipts or anything showing you owned them?")
f02_c4 = c("The laptop receipt is in my email. The camera was a gift from my dad, no receipt, but I've got the box and lots of photos I took with it.", None)
f02_t5_good = t("That's good. The box has the serial number, and the photos carry the camera's details too. Send those with the case number and I'll log the claim.")
f02_c6_good = c("Great, I'll send them tonight.", None)
f02_t5_bad = t("Hmm, a camera with no receipt. We do see a lot of people adding things after a break-in, so the assessor will look at that one closely.")
f02_c6_bad = c("Are you saying I'm lying? It was a gift from my dad.", None)
f02_t7 = t("The claim form and the upload link are on their way to your email now.")

# f03 drops the price before asking anything
f03_c0 = c("Hi, I want to cancel my car insurance. I've found something cheaper.", "too_expensive")
f03_t1_good = t("Okay, I can help with that. Before I do, would you mind telling me what you've found, so I can check you're not losing anything?")
f03_c2_good = c("It's $890 a year. You're charging me $1,240. Same car, same everything.", "too_expensive")
f03_t1_bad = t("Oh, don't cancel! I can take $200 off right now, that brings it to $1,040.")
f03_c2_bad = c("So you've been overcharging me all along? That makes me want to leave even more.", "bad_experience")
f03_t3 = t("Can I check a couple of things on the other quote? Is it agreed value or market value, and is the excess the same as your $600?")
f03_c4 = c("Market value, I think. Excess is a thousand.", None)
f03_t5 = t("So with them you'd pay $400 more if you claimed, and if the car's written off you'd get market value rather than the $24,000 agreed. That may still suit you, I just want you to choose knowing it.")
f03_c6 = c("Hmm. I didn't look at that. Let me compare them properly and ring back.", "think_it_over")

# f04 an unasked lecture
f04_c0 = c("hi im a student at anglia ruskin and my laptop got nicked from the library. does my parents home insurance cover it", None)
f04_t1 = t("Hi, sorry to hear that. It might. If your parents are with us, give me their surname and postcode and I'll check.")
f04_c2 = c("okafor, LU4 postcode. my mum said theres something for students on it", None)
f04_t3 = t("Found it. Their contents cover includes your things at uni, but only theft by forced entry from where you live. The library wouldn't count under that part.")
f04_c4 = c("oh. so i get nothing", None)
f04_t5_good = t("Not from that part, but they also added personal possessions cover, for things taken out of the house, up to 1,500 per item. So the laptop should be covered, with a 100 pound excess.")
f04_c6_good = c("omg amazing. what do i need to do", None)
f04_t5_bad = t("Not from that part. And honestly, leaving a laptop unattended in a library is asking for trouble, you should always lock it or take it with you. Anyway, they also added personal possessions cover, up to 1,500 per item, so it should be covered with a 100 pound excess.")
f04_c6_bad = c("i only went to the toilet but ok. what do i need to do", None)
f04_t7 = t("Report it to the police for a crime number, then your mum can start the claim online. I'll text her the link.")

# f05 a vague next step
f05_c0 = c("Good morning. The hail on Thursday in Centurion dented my whole car and cracked the sunroof. I want to claim.", None)
f05_t1 = t("Good morning, sorry about the car, that storm was bad. Is the sunroof letting water in?")
f05_c2 = c("I taped plastic over it. But the rain is coming again this week.", None)
f05_t3 = t("Then the sunroof is urgent. I've opened the claim. The assessor needs to see the car before any repairs.")
f05_c4 = c("When? I work in town, in the CBD. I can't just take a day off.", "no_time")
f05_t5_good = t("Our hail centre in Centurion is open Saturday 8 to 1, no appointment. Bring your licence; they'll assess it and approve the sunroof the same day. I'll SMS you the address now.")
f05_c6_good = c("Saturday morning is perfect. Thank you.", None)
f05_t5_bad = t("We'll let you know when an assessor is available. Someone will be in touch.")
f05_c6_bad = c("Someone? When? The rain is coming. I need more than that.", None)

# f06 over-promises
f06_c0 = c("Hi, our place in Rocklea went under in the flood. Ground floor's gutted. We've got flood cover, I checked.", None)
f06_t1 = t("I'm really sorry. Are you and the family somewhere safe tonight?")
f06_c2 = c("Yeah, at my sister's in Sunnybank. Kids are with us.", None)
f06_t3 = t("Good. I've opened the claim and I can see flood cover on the policy. Assessors and builders are flat out across Brisbane, but you're in the queue now.")
f06_c4 = c("How long are we talking? We can't stay at my sister's forever.", None)
f06_t5_good = t("Honestly, assessment is usually two to three weeks after a flood this big, and repairs take months. Your policy pays for temporary accommodation up to $20,000, so you won't be at your sister's the whole time. I'll send you the accommodation form today.")
f06_c6_good = c("Months. Okay. At least I know. Send the form.", None)
f06_t5_bad = t("Don't worry, I'll have an assessor out by Monday and you'll be back in the house in a few weeks. Leave it with me.")
f06_c6_bad = c("Really? Monday? That's a relief, we'll tell the kids.", None)

# f07 closes before checking the cover fits
f07_c0 = c("Hi, I want car insurance for my new Yaris. I've just started doing food delivery at weekends, on top of my day job.", None)
f07_t1 = t("Hi, happy to help. Can I take the car's reg and your date of birth?")
f07_c2 = c("Reg is LB21 KMV. Born 14th March 1994.", None)
f07_t3 = t("Thanks. I've got a quote for social, domestic and commuting at 710 a year.")
f07_c4 = c("That's not bad at all. My last one was over eight hundred.", None)
f07_t5_good = t("Before you take it, though, that one won't cover you while you're delivering. You'd need hire and reward cover for that. Let me requote with food delivery added.")
f07_c6_good = c("Oh, I didn't know that. How much more is it?", None)
f07_t5_bad = t("Great, shall I set it up from today? I just need your card details.")
f07_c6_bad = c("Go on then. That covers me for the deliveries, yeah?", None)

# f08 recommends before asking
f08_c0 = c("Hello, I have a farm stall on the R40 outside Mbombela. Fruit, honey, some crafts. I've never had insurance and the bank says I should.", None)
f08_t1_good = t("Hello. Good that you're looking at it. Tell me a bit about the stall: is it a building you own, and do customers come inside?")
f08_c2_good = c("It's a small brick building on my land. Yes, people come in, and there's parking for maybe ten cars.", None)
f08_t1_bad = t("Hello. I'd recommend our Small Business Comprehensive, it covers everything for R1,200 a month.")
f08_c2_bad = c("R1,200? That's more than my electricity. And I don't know if I need everything.", "too_expensive")
f08_t3 = t("Which would hurt most if it went wrong: a break-in, a fire, or a customer getting hurt on the property?")
f08_c4 = c("A customer falling, that worries me. Last year a lady slipped on the wet floor. She was fine, but I got a fright.", None)
f08_t5 = t("Then public liability is the most important piece, and for a stall your size it's about R280 a month. Stock and the building can be added later if you want.")
f08_c6 = c("R280 I can manage. Let me talk to my son, he helps with the money.", "think_it_over")

# f09 unexplained jargon
f09_c0 = c("Hi, I got my renewal and there's a note saying I might be underinsured. What does that mean for me?", None)
f09_t1 = t("Hi, thanks for checking. Can I get your address so I can pull it up?")
f09_c2 = c("14 Fisher Street, Magill.", None)
f09_t3 = t("Thanks. Your house is insured for $420,000, but our estimate to rebuild it is about $560,000.")
f09_c4 = c("Okay. And why does that matter? It's never going to burn down.", "no_need")
f09_t5_good = t("Hopefully not. But if it did, we'd only pay up to $420,000, and you'd have to find the other $140,000 to rebuild. Raising it to $560,000 adds about $23 a month.")
f09_c6_good = c("Right, that's clearer. I'll have a think and check the calculator.", "think_it_over")
f09_t5_bad = t("Well, your SI's below the RCV, so you'd be exposed on a total loss, and while the PDS has no averaging you'd still be capped. Adjusting the SI adds about $23 a month.")
f09_c6_bad = c("Sorry, I didn't follow any of that. RC what?", None)

# f10 talks about themselves
f10_c0 = c("Hiya, do you do insurance for rabbits? I've got two house rabbits, Pip and Wynn.", None)
f10_t1 = t("Hiya, yes, we do rabbits. How old are they?")
f10_c2 = c("Both three. Wynn had a tooth problem last year, the vet had to file them.", None)
f10_t3_good = t("Thanks, that's useful to know, teeth are a common thing with rabbits. Has he needed any treatment since?")
f10_c4_good = c("No, the vet says they're fine now. Would that be covered?", None)
f10_t3_bad = t("Oh, rabbits! I had three growing up, Thumper was my favourite, he lived till nine. My sister's got one now and she spoils him rotten, honestly.")
f10_c4_bad = c("Right. Um. So would Wynn's teeth be covered?", None)
f10_t5 = t("Wynn's teeth would be excluded for two years as it's pre-existing; Pip's fully covered. It's 18 pounds a month for both, with 2,000 of vet fees each a year.")
f10_c6 = c("Eighteen's fine for both. I'll do it online tonight.", None)

PAIRS = [
    rpair("b194r_f01_leicester_glass_excess",
          "Motor insurer, Leicester UK: a customer disputes a windscreen replacement excess. Fault in worse: argues with the customer.",
          better=[f01_c0, f01_t1, f01_c2, f01_t3, f01_c4, f01_t5_good, f01_c6_good, f01_t7],
          worse=[f01_c0, f01_t1, f01_c2, f01_t3, f01_c4, f01_t5_bad, f01_c6_bad, f01_t7]),
    rpair("b194r_f02_seapoint_burglary",
          "Home contents insurer, Cape Town South Africa: a tenant claims for a stolen laptop and a gifted camera. Fault in worse: doubts the customer's honesty.",
          better=[f02_c0, f02_t1, f02_c2, f02_t3, f02_c4, f02_t5_good, f02_c6_good, f02_t7],
          worse=[f02_c0, f02_t1, f02_c2, f02_t3, f02_c4, f02_t5_bad, f02_c6_bad, f02_t7]),
    rpair("b194r_f03_perth_motor_cancel",
          "Motor insurer retention desk, Perth WA Australia: a customer wants to cancel for a cheaper quote. Fault in worse: drops the price before asking anything.",
          better=[f03_c0, f03_t1_good, f03_c2_good, f03_t3, f03_c4, f03_t5, f03_c6],
          worse=[f03_c0, f03_t1_bad, f03_c2_bad, f03_t3, f03_c4, f03_t5, f03_c6]),
    rpair("b194r_f04_cambridge_student_laptop",
          "Home insurer web chat, UK: a student asks whether her parents' policy covers a laptop stolen from a university library. Fault in worse: an unasked lecture.",
          better=[f04_c0, f04_t1, f04_c2, f04_t3, f04_c4, f04_t5_good, f04_c6_good, f04_t7],
          worse=[f04_c0, f04_t1, f04_c2, f04_t3, f04_c4, f04_t5_bad, f04_c6_bad, f04_t7]),
    rpair("b194r_f05_centurion_hail_car",
          "Motor claims, Pretoria South Africa: hail dented a car and cracked its sunroof, rain is forecast. Fault in worse: a vague next step.",
          better=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_good, f05_c6_good],
          worse=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_bad, f05_c6_bad]),
    rpair("b194r_f06_rocklea_flood",
          "Home claims, Brisbane QLD Australia: a family's ground floor was gutted by flood. Fault in worse: over-promises on timing.",
          better=[f06_c0, f06_t1, f06_c2, f06_t3, f06_c4, f06_t5_good, f06_c6_good],
          worse=[f06_c0, f06_t1, f06_c2, f06_t3, f06_c4, f06_t5_bad, f06_c6_bad]),
    rpair("b194r_f07_coventry_delivery_driver",
          "Motor insurance sales, Coventry UK: a new customer does weekend food delivery. Fault in worse: closes before checking the cover fits the use.",
          better=[f07_c0, f07_t1, f07_c2, f07_t3, f07_c4, f07_t5_good, f07_c6_good],
          worse=[f07_c0, f07_t1, f07_c2, f07_t3, f07_c4, f07_t5_bad, f07_c6_bad]),
    rpair("b194r_f08_mbombela_farm_stall",
          "Small-business insurer, Mbombela South Africa: a farm stall owner has never had insurance. Fault in worse: recommends before asking.",
          better=[f08_c0, f08_t1_good, f08_c2_good, f08_t3, f08_c4, f08_t5, f08_c6],
          worse=[f08_c0, f08_t1_bad, f08_c2_bad, f08_t3, f08_c4, f08_t5, f08_c6]),
    rpair("b194r_f09_magill_underinsured",
          "Home insurer, Adelaide SA Australia: a homeowner asks what an underinsurance warning means. Fault in worse: unexplained jargon.",
          better=[f09_c0, f09_t1, f09_c2, f09_t3, f09_c4, f09_t5_good, f09_c6_good],
          worse=[f09_c0, f09_t1, f09_c2, f09_t3, f09_c4, f09_t5_bad, f09_c6_bad]),
    rpair("b194r_f10_swansea_rabbits",
          "Pet insurer, Swansea UK: an owner asks about cover for two house rabbits, one with past dental trouble. Fault in worse: talks about themselves.",
          better=[f10_c0, f10_t1, f10_c2, f10_t3_good, f10_c4_good, f10_t5, f10_c6],
          worse=[f10_c0, f10_t1, f10_c2, f10_t3_bad, f10_c4_bad, f10_t5, f10_c6]),
]
