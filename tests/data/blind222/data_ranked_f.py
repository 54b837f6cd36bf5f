"""Ranked pairs f01-f10 of blind222: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

# ---------------------------------------------------------------- f01 argues with the customer
F01_OPEN = c("Excuse me. I paid for the full wash and look at the windscreen - white spots all over. And the side mirrors are still dirty.", None)
F01_T1_GOOD = t("Let me see... yes, you're right, those are water spots - the boys didn't dry it properly, and they missed the mirrors. Sorry about that.")
F01_T1_BAD = t("Those are not from us, madam. That's hard water from the rain, it's already in the glass. Our boys dry every car.")
F01_C1_GOOD = c("Okay. But I'm in a hurry, I have a meeting in Westlands at eleven.", None)
F01_C1_BAD = c("It hasn't rained this week. I watched them skip the drying. Don't argue with me.", None)
F01_T2 = t("Let me get the glass and mirrors redone now, by hand - ten minutes, no charge.")
F01_C2 = c("Fine. And next time please check before you hand me the keys.", None)
F01_T3 = t("I will. I'm checking it myself before you leave.")

F01 = rpair(
    "b222r_f01_nairobi_carwash_spots",
    "Car wash, Nairobi, Kenya. A customer comes back about water spots and dirty mirrors. Fault in worse: the attendant argues that the spots are not the wash's fault before giving in.",
    better=[F01_OPEN, F01_T1_GOOD, F01_C1_GOOD, F01_T2, F01_C2, F01_T3],
    worse=[F01_OPEN, F01_T1_BAD, F01_C1_BAD, F01_T2, F01_C2, F01_T3],
)

# ---------------------------------------------------------------- f02 doubts the customer's honesty
F02_OPEN = c("Sir, this battery I bought from your shop eight months back. Car is not starting since two days. It has two years warranty.", None)
F02_T1 = t("Okay sir, let me test it first... Yes, one cell is dead. That's a manufacturing fault, not something you did. Do you have the bill or the warranty card?")
F02_C1 = c("Bill I lost. But the card is there, you people stamped it, see.", None)
F02_T2_GOOD = t("A stamped card with the serial number is all I need - and it matches the battery. It's covered.")
F02_T2_BAD = t("Without the bill... see, sir, many people buy cheap batteries outside and then somehow get our card stamped. How do I know this is the same battery?")
F02_C2_GOOD = c("Good. How long will it take? I have to drop my son at tuition at five.", None)
F02_C2_BAD = c("The serial number is on the card and on the battery, check it yourself! You think I am cheating you?", None)
F02_T3 = t("The replacement goes in now, twenty minutes. I'm writing the new serial number on your card.")
F02_C3 = c("Okay. Twenty minutes is fine.", None)

F02 = rpair(
    "b222r_f02_chennai_battery_warranty",
    "Car battery shop, Chennai, India. A customer brings back a battery under warranty without the bill. Fault in worse: the trainee suggests the customer may be cheating with a stamped card.",
    better=[F02_OPEN, F02_T1, F02_C1, F02_T2_GOOD, F02_C2_GOOD, F02_T3, F02_C3],
    worse=[F02_OPEN, F02_T1, F02_C1, F02_T2_BAD, F02_C2_BAD, F02_T3, F02_C3],
)

# ---------------------------------------------------------------- f03 drops the price before asking anything
F03_OPEN = c("Hi, I'm interested in the silver Yaris you've got online. Is it still here?", None)
F03_T1_GOOD = t("It is, it's round the side. What's drawn you to it - is it for commuting, or someone's first car?")
F03_T1_BAD = t("It is - and I'll tell you what, I can knock five hundred off straight away, call it 7,490.")
F03_C1_GOOD = c("For my mum, actually. She's 74, she wants something small and automatic. Her old Micra's finally died.", None)
F03_C1_BAD = c("Oh... right. Why, is something wrong with it?", None)
F03_T2 = t("It's a 2018 hybrid, automatic, one owner, 31,000 miles, full Toyota history. Easy to park, light steering.")
F03_C2 = c("My mum's a bit wary of hybrids, mind. Her friend's Prius battery packed in and cost a fortune.", "bad_experience")
F03_T3 = t("That does happen on older ones. This one's under Toyota's hybrid battery cover until 2028 as long as it's serviced with them. Would your mum like to come and drive it? Better she tries the seat and mirrors herself.")
F03_C3 = c("Yeah, I'll bring her Saturday.", None)

F03 = rpair(
    "b222r_f03_bristol_usedcar_yaris",
    "Used-car dealer, Bristol, UK. A customer asks about a small automatic for her elderly mother. Fault in worse: the salesman cuts the price before asking a single question, which makes the buyer suspicious.",
    better=[F03_OPEN, F03_T1_GOOD, F03_C1_GOOD, F03_T2, F03_C2, F03_T3, F03_C3],
    worse=[F03_OPEN, F03_T1_BAD, F03_C1_BAD, F03_T2, F03_C2, F03_T3, F03_C3],
)

# ---------------------------------------------------------------- f04 an unasked lecture
F04_OPEN = c("Boss, I need a helmet. Mine cracked, it fell from the bike.", None)
F04_T1 = t("Okay. Is it for you, or also for passengers? And what size was the old one?")
F04_C1 = c("For me. Size I don't know. I want something not too hot - Mombasa heat is too much, that's why many riders don't wear.", None)
F04_T2_GOOD = t("Then this one with the vents and a removable lining - you can wash the lining. Let's try the size on. It's 3,200.")
F04_T2_BAD = t("You know, the reason riders die in this town is exactly that - no helmets. Head injuries are the number one killer on bodas, Coast General sees them every day, and a cracked helmet is useless, you should never have ridden with it. Anyway, this one with vents is 3,200.")
F04_C2_GOOD = c("3,200... the ones at the roadside are 1,500.", "too_expensive")
F04_C2_BAD = c("I didn't come for a sermon, boss, I know all that. Anyway, 3,200? The roadside ones are 1,500.", "too_expensive")
F04_T3 = t("The roadside ones usually have no certification sticker - see, this one has the KEBS mark. But try both sizes first and see how it feels.")
F04_C3 = c("Okay, this medium fits. I'll take it.", None)

F04 = rpair(
    "b222r_f04_mombasa_boda_helmet",
    "Motorbike parts and accessories shop, Mombasa, Kenya. A boda-boda rider replaces a cracked helmet and wants one that is not too hot. Fault in worse: an unasked road-safety lecture before answering his need.",
    better=[F04_OPEN, F04_T1, F04_C1, F04_T2_GOOD, F04_C2_GOOD, F04_T3, F04_C3],
    worse=[F04_OPEN, F04_T1, F04_C1, F04_T2_BAD, F04_C2_BAD, F04_T3, F04_C3],
)

# ---------------------------------------------------------------- f05 a vague next step
F05_OPEN = c("Hi, my car AC is blowing warm air since last week. Delhi in May, I can't drive like this.", None)
F05_T1 = t("That's rough in this heat. Does it start cold and then go warm, or is it warm from the start? Any noise when you switch it on?")
F05_C1 = c("Warm from the start. There's a hissing sound under the bonnet sometimes.", None)
F05_T2 = t("Hissing often means a gas leak. We'd do a leak test with dye, then fix the leak and refill. The test is 800, the gas refill around 2,500, and the repair depends on where the leak is.")
F05_C2 = c("Okay, do the test. But I need the car for office, I can't leave it for days.", "no_time")
F05_T3_GOOD = t("Leave it now - the dye test takes two hours. I'll call you by 1 p.m. with exactly where the leak is and the repair price, and nothing gets done without your okay. If it's a simple seal, you'll have it back this evening.")
F05_T3_BAD = t("Leave it with us, we'll have a look and let you know.")
F05_C3_GOOD = c("1 p.m., okay. I'll wait for your call.", None)
F05_C3_BAD = c("Let me know when? I need it tomorrow for office. Can you at least tell me something today?", None)

F05 = rpair(
    "b222r_f05_delhi_car_ac_leak",
    "Car service workshop, Delhi, India. An office commuter's AC blows warm air. Fault in worse: the next step is vague - no time, no call, no promise of approval before work.",
    better=[F05_OPEN, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_GOOD, F05_C3_GOOD],
    worse=[F05_OPEN, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_BAD, F05_C3_BAD],
)

# ---------------------------------------------------------------- f06 over-promises
F06_OPEN = c("Hiya, I'm a Deliveroo rider, I need an e-bike that'll last a full Friday night shift. I keep running my current one flat by nine.", None)
F06_T1 = t("How many miles do you do on a Friday shift, roughly? And is it mostly flat, or are you going up to Hampstead and that?")
F06_C1 = c("Forty, forty-five miles. Camden, Kentish Town, bits of Hampstead. Heavy bag on the back.", None)
F06_T2_GOOD = t("With hills and a heavy bag, even a big battery will struggle to do forty-five miles on one charge. This one with the 750Wh battery will probably give you thirty-five to forty in real life. The honest answer for a long shift is a second battery in the bag - that's 390.")
F06_T2_BAD = t("This one with the 750Wh battery will do a hundred miles easy, any hills, any weight. Guaranteed. You'll never need to charge mid-shift again.")
F06_C2_GOOD = c("Three ninety on top of the bike? That's steep, mate. The bike's already eighteen hundred.", "too_expensive")
F06_C2_BAD = c("A hundred miles? My mate's got that exact one and he gets about forty. You sure?", None)
F06_T3 = t("You could start with the bike on its own, see how far you get on a real shift, and add the second battery later if you need it.")
F06_C3 = c("Yeah, alright. I'll try the bike on its own first.", None)

F06 = rpair(
    "b222r_f06_london_ebike_delivery_range",
    "E-bike shop, London, UK. A delivery rider needs range for a long hilly shift. Fault in worse: the trainee over-promises a guaranteed hundred miles.",
    better=[F06_OPEN, F06_T1, F06_C1, F06_T2_GOOD, F06_C2_GOOD, F06_T3, F06_C3],
    worse=[F06_OPEN, F06_T1, F06_C1, F06_T2_BAD, F06_C2_BAD, F06_T3, F06_C3],
)

# ---------------------------------------------------------------- f07 closes before checking the thing works
F07_OPEN = c("Habari. My rear tyre keeps going flat. I pumped it at the petrol station this morning and it's already soft again.", None)
F07_T1 = t("Let's find the leak. Bring it onto the ramp... There's a nail here, in the tread. We can plug it from inside, 500.")
F07_C1 = c("500 okay. Do it, but fast, I'm driving to Naivasha today.", None)
F07_T2_GOOD = t("Done - the plug is in and it's at 32. Before you go, I'll spray the patch with soapy water and check the pressure again in ten minutes, to be sure it holds. It's a long drive to Naivasha.")
F07_T2_BAD = t("Done - the plug is in and it's at 32. That's 500, M-Pesa to this till number. You're good to go, safe journey!")
F07_C2_GOOD = c("Ten minutes is fine. I'll pay while we wait.", None)
F07_C2_BAD = c("You're not checking it first? Last time another shop patched it and it went flat on the highway at Gilgil.", "bad_experience")
F07_T3 = t("Pressure is still 32 and there are no bubbles at the patch. It's holding.")
F07_C3 = c("Good. Asante.", None)

F07 = rpair(
    "b222r_f07_nakuru_puncture_naivasha",
    "Tyre repair shop, Nakuru, Kenya. A driver with a slow puncture is about to drive to Naivasha. Fault in worse: the fitter takes payment and sends him off before checking the plug holds.",
    better=[F07_OPEN, F07_T1, F07_C1, F07_T2_GOOD, F07_C2_GOOD, F07_T3, F07_C3],
    worse=[F07_OPEN, F07_T1, F07_C1, F07_T2_BAD, F07_C2_BAD, F07_T3, F07_C3],
)

# ---------------------------------------------------------------- f08 recommends before asking
F08_OPEN = c("Salaam. I want an electric scooter for my father. He is 66, he goes to the market and the mosque daily.", None)
F08_T1_GOOD = t("Walaikum salaam. How far are those places, and has he ridden a scooter before, or will this be his first time?")
F08_T1_BAD = t("Walaikum salaam. Take the 450 model - fastest in its class, 90 km/h top speed, touchscreen, best seller in Hyderabad.")
F08_C1_GOOD = c("One kilometre, not more. He rode a Chetak for thirty years, but he stopped after his knee operation.", None)
F08_C1_BAD = c("Touchscreen? He is 66, he stopped riding after his knee operation. He only goes one kilometre. He doesn't need all that.", "no_need")
F08_T2 = t("For one kilometre, and a rider coming back after a knee operation, a low-speed scooter is better - 25 km/h, light, low floor, no licence needed. This one is 62,000.")
F08_C2 = c("62 is okay. But can he put his feet down easily? His knee doesn't bend much.", None)
F08_T3 = t("The floor is flat and low, but he should sit on it himself - that's the only way to know. Saturday morning is quiet here.")
F08_C3 = c("Saturday I will bring him.", None)

F08 = rpair(
    "b222r_f08_hyderabad_escooter_father",
    "Electric scooter showroom, Hyderabad, India. A son buys a scooter for his elderly father. Fault in worse: the trainee recommends the fastest model before asking a single question.",
    better=[F08_OPEN, F08_T1_GOOD, F08_C1_GOOD, F08_T2, F08_C2, F08_T3, F08_C3],
    worse=[F08_OPEN, F08_T1_BAD, F08_C1_BAD, F08_T2, F08_C2, F08_T3, F08_C3],
)

# ---------------------------------------------------------------- f09 unexplained jargon
F09_OPEN = c("Hiya, my engine warning light's come on and the car's gone really sluggish. It's a diesel Focus, I mostly just do the school run.", None)
F09_T1 = t("Right, let's plug it in and see what it's saying. Two minutes.")
F09_C1 = c("Is it bad? I can't afford anything big this month, honestly.", "no_money")
F09_T2_GOOD = t("It's the diesel particulate filter - a filter in the exhaust that catches soot. On short trips like the school run it never gets hot enough to burn the soot off, so it clogs and the car drops into low power. Usually we can clear it by running the engine hot with our machine - about 90, no new parts.")
F09_T2_BAD = t("Yeah, it's thrown a P2463, DPF's over the soot threshold so it's in limp mode. Needs a forced regen via OBD, and if the diff pressure sensor's out of spec after that, we'll look at the EGR.")
F09_C2_GOOD = c("Ninety's alright. Will it just happen again though?", None)
F09_C2_BAD = c("Sorry, I didn't understand any of that. What's a DPF? Is it expensive?", None)
F09_T3 = t("It's about 90 to sort today. To stop it coming back, give it a twenty-minute run on the motorway every couple of weeks - that lets it clean itself.")
F09_C3 = c("Okay. I can do that on a Sunday. Go ahead.", None)

F09 = rpair(
    "b222r_f09_cardiff_diesel_dpf",
    "Independent garage, Cardiff, UK. A parent doing short school runs has a warning light on a diesel car. Fault in worse: the mechanic explains the fault in unexplained jargon.",
    better=[F09_OPEN, F09_T1, F09_C1, F09_T2_GOOD, F09_C2_GOOD, F09_T3, F09_C3],
    worse=[F09_OPEN, F09_T1, F09_C1, F09_T2_BAD, F09_C2_BAD, F09_T3, F09_C3],
)

# ---------------------------------------------------------------- f10 talks about themselves
F10_OPEN = c("Good afternoon. I'm a nurse, I've just been posted to a dispensary near Mweiga. No matatus go there early. I think I need a motorbike, but I've never owned one.", None)
F10_T1 = t("Congratulations on the posting. How far is it from where you stay, and what's the road like?")
F10_C1 = c("Fourteen kilometres from Nyeri town. Half tarmac, half murram, and hilly.", None)
F10_T2_GOOD = t("Then a light 150 trail bike will handle the murram better than a road bike, and it's not too heavy to pick up if you drop it. Have you ridden at all, or will you need training?")
F10_T2_BAD = t("Ah, Mweiga! I grew up near there, you know. My first bike was a Honda I bought in 2009, I rode it to Nanyuki every weekend. Eighteen years riding now - I know those roads better than anyone.")
F10_C2_GOOD = c("I rode a little with my brother. But I don't have a licence.", None)
F10_C2_BAD = c("Okay... but it's me who will ride. I rode a little with my brother, and I don't have a licence.", None)
F10_T3 = t("Then start with the licence - a riding school here does the course in three weeks, about 7,000. We can hold a used 150 trail bike for you at 115,000, and you pay a deposit only once you have the licence.")
F10_C3 = c("115,000 is more than my salary can carry right now. I'll need a loan - let me speak to the SACCO at the hospital first.", "no_money")

F10 = rpair(
    "b222r_f10_nyeri_nurse_motorbike",
    "Motorbike dealer, Nyeri, Kenya. A newly posted nurse needs transport to a rural dispensary. Fault in worse: the salesman talks about his own riding history instead of her needs.",
    better=[F10_OPEN, F10_T1, F10_C1, F10_T2_GOOD, F10_C2_GOOD, F10_T3, F10_C3],
    worse=[F10_OPEN, F10_T1, F10_C1, F10_T2_BAD, F10_C2_BAD, F10_T3, F10_C3],
)

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
