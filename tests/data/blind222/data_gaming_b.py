"""Gaming pairs b01-b10 of blind222 (written by hand)."""
from common import c, gpair, t

# ---------------------------------------------------------------- b01 ignored_customer
B01_OPEN = c("Hello, I am looking for a scooter or small bike. I just got my licence. I am short, five feet only, so on many bikes my feet don't touch.", None)

B01 = gpair(
    "b222g_kochi_usedbike_firstrider",
    "used two-wheeler dealer, Kochi, India",
    "ignored_customer",
    "A newly licensed, short rider wants a low, light two-wheeler for a city commute on roads that flood.",
    good=[
        B01_OPEN,
        t("Congratulations on the licence. Feet on the ground matters a lot when you're new. Where will you ride - city traffic here, or longer trips?"),
        c("Mostly Kakkanad to Edappally for work. Some days rain is heavy, the road near my house floods.", None),
        t("Then I'd look at a scooter with a low seat and decent ground clearance. We have a used Jupiter, 2020, 22,000 km. Sit on it and tell me if both feet reach flat."),
        c("Yes, both feet are flat. This is nice. How much?", None),
        t("58,000. One owner, the service record is here. New would be around 85."),
        c("Hmm. Used... My father says used two-wheelers are trouble, his last one was always in the workshop.", "bad_experience"),
        t("That's a fair worry. We give three months' warranty on engine and gearbox, and you can take it to any mechanic you trust before you pay. The record shows it was serviced at the company centre every time."),
        c("Okay. I will bring my father on Sunday to see. He will want to check himself.", "think_it_over"),
        t("Sunday is good, we open at ten. I'll keep the service record out for him."),
    ],
    gaming=[
        B01_OPEN,
        t("Congratulations! Tell me, what kind of riding are you planning?"),
        c("Mostly Kakkanad to Edappally for work. Some days rain is heavy, the road near my house floods.", None),
        t("Great. Have a look at this Classic 350 - really solid, superb on the highway."),
        c("It's very tall. My feet won't touch. I told you, I am five feet.", "no_need"),
        t("What matters most to you in a bike, would you say?"),
        c("Feet touching the ground. And not too heavy, I am a new rider.", None),
        t("Got it. The Classic is only 1.45 lakh used, very good condition, and the sound is beautiful. Shall I start it for you?"),
        c("1.45 lakh? I said scooter or small bike. That is double what I have.", "no_money"),
        t("Any other concerns I can address for you today?"),
    ],
)

# ---------------------------------------------------------------- b02 repeated_questions
B02_OPEN = c("Hi, my e-bike keeps cutting out when I go up hills. Full battery, then halfway up Park Street it just dies.", None)

B02 = gpair(
    "b222g_bristol_ebike_cutout",
    "e-bike repair shop, Bristol, UK",
    "repeated_questions",
    "A rider with a second-hand e-bike that cuts out under load on hills wants it diagnosed; a new battery would cost most of what he paid for the bike.",
    good=[
        B02_OPEN,
        t("Annoying, especially on Park Street. Does it come back on by itself after a minute, or do you have to switch it off and on? And how old's the battery?"),
        c("I have to turn it off and on. Battery's about three years. I bought the bike second-hand off Gumtree, so I don't really know its history.", None),
        t("That pattern - full on the display, then dead when you pull hard - is usually a tired battery whose voltage sags under load. It can also be a loose connector. I'll check the connector first, that's free, then load-test the battery."),
        c("If it's the battery, how much are we talking?", None),
        t("For your model a new battery is around 420. I know that's a lot. There's a cell-rebuild place in Bath that does it for about 250, with a year's warranty."),
        c("Four hundred... I only paid six hundred for the whole bike. Not sure it's worth it, honestly.", "too_expensive"),
        t("That's a fair thing to ask. Let me test it first - if it's the connector, it's ten minutes and nothing to pay. If it is the battery, I'll give you both prices in writing and you decide whether the bike's worth it."),
        c("Alright, do the test. I'll leave it with you till tomorrow.", None),
        t("Great. I'll text you by midday with what I find, before I do anything that costs money."),
    ],
    gaming=[
        B02_OPEN,
        t("Thanks for coming in. Can you tell me what's happening with the bike?"),
        c("It cuts out on hills. Full battery, then halfway up Park Street it dies. I have to turn it off and on.", None),
        t("Okay. And when exactly does the problem happen?"),
        c("On hills. Like I said. Park Street.", None),
        t("Right, right. So just to understand your situation better - in what circumstances does it stop working?"),
        c("...When I go uphill. Battery's three years old, if that helps.", None),
        t("Great, thanks. And can you walk me through what you experience when it cuts out?"),
        c("Mate, I've told you three times. Can you test it or not? I've got work in twenty minutes.", None),
        t("Absolutely. And just so I'm clear on your needs - what seems to be the issue with the e-bike today?"),
        c("Forget it. I'll take it to the place on Gloucester Road.", None),
    ],
)

# ---------------------------------------------------------------- b03 wrong_paraphrase
B03_OPEN = c("Hello. We are looking for a used 7-seater. My parents are moving in with us, and my mother has knee trouble, so getting in and out is a problem.", None)

B03 = gpair(
    "b222g_hyderabad_usedcar_sevenseater",
    "used-car lot, Hyderabad, India",
    "wrong_paraphrase",
    "A man buying a used seven-seater so his elderly parents, one with bad knees, can travel with the family; budget about 8 lakh.",
    good=[
        B03_OPEN,
        t("Namaste. That helps a lot - so how easily she can step in matters more than anything. How often will all seven seats be used, and is it mostly city or highway?"),
        c("All seven maybe on weekends, temple trips, Yadagirigutta. Weekdays just me to Gachibowli. Budget is around 8 lakh.", None),
        t("So mostly city with you alone, a full car at weekends, and your mother needs to get in easily. An Ertiga fits - the seat is at about hip height, she won't have to climb up like in an SUV. We have a 2019 CNG one at 7.9."),
        c("CNG... I heard the boot space goes because of the cylinder. And my friend had one, he said it loses pickup badly.", "bad_experience"),
        t("Both partly true. The cylinder takes most of the boot, and it is slower on CNG - you can switch to petrol on the highway. If luggage on temple trips matters, there's a petrol one at 7.6, 2018, 52,000 km."),
        c("Petrol is better for us, I think. Can my mother come and try sitting in it?", None),
        t("Yes, please bring her. Weekday mornings are quiet here, she won't have to stand and wait. Shall I note Thursday at eleven?"),
        c("Thursday is okay. I will bring both of them.", None),
    ],
    gaming=[
        B03_OPEN,
        t("Namaste! Tell me more about what you're looking for."),
        c("Mostly city, me to Gachibowli. Weekends a full car, temple trips. Budget around 8 lakh.", None),
        t("So what I'm hearing is you want a big diesel SUV with strong road presence for long highway trips, and the budget is flexible, around 12 - did I understand you correctly?"),
        c("No, I said 8 lakh. 12 I cannot do. And my mother cannot climb into an SUV, her knees.", "no_money"),
        t("Perfect, so you want something tall so your mother feels safe and high up. The XUV500 is exactly that, 11.5, showroom condition. Is that a fair summary of your needs?"),
        c("That is the opposite of what I said.", None),
        t("Got it, got it. So to play it back: you're a couple looking for a premium SUV for weekend highway drives. Shall I arrange the test drive?"),
        c("We are seven people. I will look somewhere else.", None),
    ],
)

# ---------------------------------------------------------------- b04 pitch_to_upset
B04_OPEN = c("Good morning. My brother bought a bike here on loan in March. He... he passed away last week, an accident on the Iten road. The family doesn't know what to do about the loan.", None)

B04 = gpair(
    "b222g_eldoret_boda_bereaved",
    "motorbike dealer and finance desk (boda-boda), Eldoret, Kenya",
    "pitch_to_upset",
    "A man whose brother, a boda-boda rider, died in a crash comes to ask what happens to the loan on the bike.",
    good=[
        B04_OPEN,
        t("I'm very sorry for your loss. Please, sit. Let me look at the account and we'll go slowly. Do you know if the loan had credit life cover? It's usually in the papers he signed."),
        c("I don't know. The papers are at his house in Kapseret. His wife is not ready to go through his things.", None),
        t("That's understandable. I can check from our side... Yes, there is credit life cover on this loan. That means the insurer should clear the balance. We'll need a copy of the death certificate and the police abstract."),
        c("The death certificate will take time. We are still arranging the burial.", None),
        t("There's no rush. I'll put a note on the account today so no penalties are added and nobody calls the family asking for payment. When you have the documents, bring them to me - I'm Ruth, here's my number."),
        c("And the bike? It is damaged. Do we have to pay for it?", None),
        t("Once the cover clears the loan, the bike belongs to the family. Whether to repair it or sell it can wait. I'll call you in two weeks only to see how you're doing with the papers, if that's alright."),
        c("Thank you. That is a relief.", None),
    ],
    gaming=[
        B04_OPEN,
        t("I'm so sorry for your loss. How can I help you on this journey today?"),
        c("The family doesn't know what happens with the loan. His wife is not ready to go through his papers.", None),
        t("I understand. The good news is the account can be transferred to you. And actually, if you ride, we have the new Boxer 150 with a better deposit than your brother got - a bike is a good way to support the family, no?"),
        c("I don't want a bike. I came about the loan.", "no_need"),
        t("Of course. But think about it, with the bike standing, the family loses the income. And we have a road-safety package now - helmet, jacket, extra accident cover - only 3,500. Maybe if your brother had it... Would that be of interest?"),
        c("Are you serious? We haven't even buried him.", None),
        t("I'm sorry, I just want to make sure all your needs are met. Shall I leave a brochure with you for when you're ready?"),
        c("Keep it. I will ask the bank myself.", None),
    ],
)

# ---------------------------------------------------------------- b05 blame
B05_OPEN = c("Morning. You fitted a new battery in my Corsa a fortnight ago and this morning it's flat again. I'd to get a jump off my neighbour to get here.", None)

B05 = gpair(
    "b222g_belfast_battery_flatagain",
    "garage with tyre and battery bay, Belfast, UK",
    "blame",
    "A commuter's newly fitted battery is flat two weeks later; the real fault turns out to be the alternator.",
    good=[
        B05_OPEN,
        t("Ah no, sorry about that. Let's find out why. Was anything left on - lights, boot light - or was it just parked as normal overnight?"),
        c("Parked as normal. Nothing on. It's been a bit sluggish a few mornings, to be fair, I just thought it'd settle.", None),
        t("Right. A new battery going flat in two weeks usually means it isn't being charged, or something's draining it with the car off. I'd like to test the alternator and do a drain test. Can you leave it an hour?"),
        c("An hour's a pain, I'm meant to be in work in Lisburn.", "no_time"),
        t("Understood. I can run the alternator test now - ten minutes - and do the drain test another day if we need it."),
        c("Do the quick one, so.", None),
        t("Alternator's only putting out 12.9 volts with the engine running - it should be over 13.8. So the battery isn't being charged. The battery itself is probably fine; the alternator's the fault."),
        c("Brilliant. And how much is that going to cost me?", None),
        t("A reconditioned one fitted is about 190, a new one about 280. I'll ring you by lunchtime with the exact part price. And we'll recharge the battery free - we should have checked the charging when we fitted it."),
    ],
    gaming=[
        B05_OPEN,
        t("Okay. So talk me through it - what were you doing with the car last night?"),
        c("Nothing. Parked it outside the house like always.", None),
        t("Right. Did you leave the interior light on, or the radio? Because our batteries don't just go flat. That's usually driver error."),
        c("No, I didn't. It's been a bit sluggish a few mornings, to be fair.", None),
        t("See, that's the thing - if it was sluggish you should've brought it straight back. Waiting makes it worse. How satisfied would you say you are with how you look after the car?"),
        c("Excuse me? I paid you ninety quid two weeks ago.", None),
        t("And the battery was perfect when it left here. Short journeys kill batteries - you're probably only doing the school run. A new one's another ninety, we can do that now."),
        c("I drive to Lisburn every day. I'm not buying another battery off you. I'll get it looked at elsewhere.", "no_need"),
    ],
)

# ---------------------------------------------------------------- b06 monologue
B06_OPEN = c("Bhaiya, my Swift tyres are looking old. We are going to Udaipur next month with family. Should I change?", None)

B06 = gpair(
    "b222g_jaipur_tyres_swift",
    "tyre shop, Jaipur, India",
    "monologue",
    "A family man asks whether his car's original tyres are safe for a highway trip; school fees are due this month.",
    good=[
        B06_OPEN,
        t("Let's check first. How many kilometres on these tyres, and how old are they? The year is on the side, I'll show you."),
        c("Maybe forty thousand. Car is 2019, these are the original tyres.", None),
        t("See here - made in 2019, and the tread is about 2 mm at the edges. There's small cracking on the sidewall also. For a highway trip with family, I'd change the front two at least, better all four."),
        c("All four is too much right now. My son's school fees are due this month.", "no_money"),
        t("Understood. Then the front two now, because steering and braking depend most on them, and the rear two in two or three months. Budget tyres are 3,200 each, mid-range 4,100 - mid-range is quieter and lasts longer, but both are safe."),
        c("3,200 ones are fine. Do you do alignment also?", None),
        t("Yes, alignment and balancing are free with two tyres. Forty minutes. Now or Saturday?"),
        c("Now only. I'll wait.", None),
        t("Okay. There's chai inside. I'll also show you the rear tyres' tread so you know when to come back for them."),
    ],
    gaming=[
        B06_OPEN,
        t("Sir, good question, very good question! Let me explain. Tyres are the only part of your car touching the road. Our premium range has silica compound, 3D sipes, noise-reduction technology. With family, safety is number one, no? For a Swift I recommend the full premium set of four, plus nitrogen, plus alignment, plus balancing. Highway to Udaipur, you need stability, cornering grip, wet braking - our tyres are the best in Rajasthan."),
        c("Okay, but how much-", None),
        t("Price I'll come to. First understand: cheap tyres, you will regret. Premium is 5,800 each, but you get 60,000 km, so per kilometre it is actually cheaper. Plus a free car perfume and a one-year road hazard warranty. Your experience will be totally different, sir, the car will feel new. So four tyres, I'll tell the boy to start?"),
        c("Four at 5,800? Bhaiya, my son's school fees are due this month.", "no_money"),
        t("Sir, safety has no price! We have EMI on credit card, zero interest, three months. Nitrogen is free this week. And later you can upgrade to 16-inch alloys, very stylish, all the young people are doing it-"),
        c("I only asked if I should change. Okay, I'll ask my regular mechanic.", "brush_off"),
        t("Sir, one minute, let me just show you the alloys catalogue, it will take two minutes only-"),
    ],
)

# ---------------------------------------------------------------- b07 closing_as_open_question
B07_OPEN = c("Bhai, I do Swiggy delivery in Andheri. Petrol is costing me 250-300 daily. Is electric scooter worth it for me?", None)

B07 = gpair(
    "b222g_mumbai_escooter_delivery",
    "electric scooter showroom, Mumbai, India",
    "closing_as_open_question",
    "A food-delivery rider doing 130 km a day, living in a room with no plug at the parking, asks whether an electric scooter makes sense.",
    good=[
        B07_OPEN,
        t("Good question, let's work it out. How many kilometres do you do in a day? And where would you charge - do you have a plug where you park?"),
        c("120, 130 km on good days. I stay in a chawl, no plug outside. Only inside the room.", None),
        t("Then a fixed-battery scooter is a problem - you can't take it into the room. And 130 km is more than most one-charge ranges. For you a battery-swap scooter makes more sense; there are swap stations in Andheri East and Jogeshwari."),
        c("Swap is monthly fee, no? I heard it is costly.", "too_expensive"),
        t("About 2,200 a month for unlimited swaps on the delivery plan, plus the scooter on rent at 180 a day, or buy for about 75,000. Against 300 a day of petrol, renting saves you around 2,000 a month; buying saves more but needs money upfront."),
        c("Buying I can't do now. Rent is okay maybe. Let me ask my friends who are using swap, how it is.", "think_it_over"),
        t("Sensible. Here's the list of swap stations, ask them if there's a queue in the evening rush. If you want, you can also take one on a three-day trial rental - 540, no lock-in."),
        c("Trial is good. Tomorrow I'll come.", None),
    ],
    gaming=[
        B07_OPEN,
        t("Definitely worth it, bhai! So tell me, which colour would you like to take home today?"),
        c("Colour? I don't know if it works for me. I do 130 km a day and I stay in a chawl, no plug.", None),
        t("Great, so when would you like to take delivery - today or tomorrow?"),
        c("Bhai, I'm asking if it works. I cannot charge it in the room.", None),
        t("No problem, we'll sort it out. What would it take for you to sign today - shall I throw in a free helmet?"),
        c("I don't want helmet. I cannot pay one lakh now.", "no_money"),
        t("Understood. So how would you prefer to pay - EMI over 24 months or 36 months? Which feels more comfortable for you?"),
        c("Neither. I'll ask my friends who use the swap scooters.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- b08 pitch_as_paraphrase
B08_OPEN = c("Hi. I'm thinking of getting a 125 to commute to Wymondham instead of the train. I've only done my CBT, nothing else.", None)

B08 = gpair(
    "b222g_norwich_125_commuter",
    "motorcycle dealer, Norwich, UK",
    "pitch_as_paraphrase",
    "A train commuter with only a CBT wants a cheap 125 for a twelve-mile commute and has not thought about riding kit.",
    good=[
        B08_OPEN,
        t("Nice. How far is it door to door, and will you ride all year, winter mornings included?"),
        c("About twelve miles. Yeah, all year, I suppose. The train's a hundred and forty a month and it's always late.", None),
        t("So twelve miles each way, every day, all weathers, on a CBT - so L plates and no passengers. A simple, economical 125 will do that easily. Have you budgeted for kit? Decent gear is often a few hundred on top."),
        c("Ah. I hadn't really thought about kit. How much are we talking?", None),
        t("Helmet, jacket, gloves and boots - about 400 if you shop sensibly. Bikes: a new Honda CB125F is about 3,200, a two-year-old used one around 2,300."),
        c("That's more than I thought overall. I was hoping to keep it under two and a half grand all in.", "no_money"),
        t("Then the used one plus kit is about 2,700 - close. Or a used Chinese 125 at around 1,500 brings you well under, though it won't hold its value as well. Want to sit on both, and I'll write down the all-in number for each?"),
        c("Yeah, go on. I'll have a think over the weekend.", "think_it_over"),
        t("Here you go. If you come back, bring your CBT certificate and licence, and we can do insurance quotes on both so you've got the full picture."),
    ],
    gaming=[
        B08_OPEN,
        t("Love that. What's driving the decision?"),
        c("The train's a hundred and forty a month and always late. It's about twelve miles.", None),
        t("So what you're really saying is you want freedom on the open road - which sounds like our CB500F, the perfect bike to grow into. Is that right?"),
        c("I've only got a CBT, mate. I can't ride a 500, and I don't want one.", "no_need"),
        t("Got it. So if I play that back: you want a bike that gets you to your full licence fast, and that means our CBT-to-A2 training bundle with the CB500F on PCP at 119 a month. Did I capture that correctly?"),
        c("No. I want to get to Wymondham. And 119 a month is nearly what the train costs.", "too_expensive"),
        t("Totally hear you. So what you need is value, and the best value is the bundle, because you save on training later. Shall I run the finance?"),
        c("I'll just stick with the train for now, cheers.", "no_need"),
    ],
)

# ---------------------------------------------------------------- b09 upsell_as_loop_closing
B09_OPEN = c("Hello. My back seat smells terrible. My son spilled milk last week, I thought I cleaned it but now the whole car smells.", None)

B09 = gpair(
    "b222g_nakuru_carwash_milk",
    "car wash and interior cleaning, Nakuru, Kenya",
    "upsell_as_loop_closing",
    "A mother whose car smells of spilled milk needs the back seat cleaned and the car back for the school run; money is tight.",
    good=[
        B09_OPEN,
        t("Ah, milk is the worst for that. Are the seats fabric or leather? And did it go into the seat only, or also onto the carpet?"),
        c("Fabric. Into the seat, I think also under, on the floor. I used wet wipes only.", None),
        t("Wipes clean the top, but the milk is inside the foam. We need to shampoo and extract the back seat and the carpet under it. That's 2,000, and it has to dry a few hours."),
        c("A few hours? I need the car to pick the children at four.", "no_time"),
        t("It's ten now. If you leave it now, it'll be done by two, and we'll park it in the sun with the windows open. If there's still a smell when you collect, tell me and we do it again."),
        c("Okay. But just the back, don't do the whole car, money is tight this month.", None),
        t("Only the back seat and the carpet under it, 2,000. See you at two."),
    ],
    gaming=[
        B09_OPEN,
        t("Oh no, sorry! We'll take care of you. Fabric or leather?"),
        c("Fabric. My son spilled milk into the seat. I need the car back by four.", None),
        t("No problem, back seat shampoo, 2,000. Now, to close the loop - what else can I add for you? Engine wash? Only 800 today."),
        c("No, just the seat please.", "no_need"),
        t("Of course. And just to make sure we've covered everything you might need: full interior detail with ozone treatment, 6,500, takes the smell out of the whole car for good. Shall I add that?"),
        c("6,500? No. Money is tight this month. Just the seat.", "no_money"),
        t("Understood! Final thing so you leave fully satisfied - tyre shine, wax, and our monthly wash membership? What else can I add today?"),
        c("Nothing else. Honestly, I'll take it to the car wash near Naivas.", None),
    ],
)

# ---------------------------------------------------------------- b10 leading_tag_questions
B10_OPEN = c("Alright. I drive private hire, Uber mostly. My Passat's on 190,000 and the council won't license it much longer. I'm looking at hybrids.", None)

B10 = gpair(
    "b222g_birmingham_hybrid_privatehire",
    "used-car dealer, Birmingham, UK",
    "leading_tag_questions",
    "A private-hire driver must replace an old car with one the council will license; he was burned by a hybrid battery before.",
    good=[
        B10_OPEN,
        t("Makes sense. What does the council need - an age limit, an emissions standard? And roughly how many miles a week do you do?"),
        c("Has to be under five years for first licensing, and clean enough for the Clean Air Zone. I do about eight hundred a week.", None),
        t("Eight hundred a week is big mileage. A Corolla or Prius hybrid is the usual pick - hybrids suit stop-start city work. We've got a 2021 Corolla Touring, 61,000 miles, 15,400. The estate boot helps on airport runs."),
        c("Sixty-one thousand on a three-year-old car, that's a lot. I had a high-mileage Auris before and the hybrid battery went at a hundred and fifty.", "bad_experience"),
        t("Fair. The hybrid battery on this one has Toyota's extended cover as long as it's serviced at a main dealer each year, up to ten years. The history shows every service at Toyota, so it's covered. I'll print the battery health check too."),
        c("Alright, that helps. I need to sort finance though, and I want to ring the council to check it'll pass first.", "think_it_over"),
        t("Good idea - here's the reg and the V5 details so they can check it. Ring me when you know, and we'll talk finance then."),
        c("Will do. Cheers.", None),
    ],
    gaming=[
        B10_OPEN,
        t("Great decision! You'll want something with plenty of space, won't you?"),
        c("Space is fine, yeah. It has to be under five years old for the council.", None),
        t("And you'd agree the Prius is the smartest choice for a driver like you, wouldn't you? Everyone's moving that way, aren't they?"),
        c("Maybe. I had an Auris hybrid before, and the battery went at a hundred and fifty.", "bad_experience"),
        t("But that was bad luck, wasn't it? You wouldn't let one bad battery put you off, would you? This 2020 Prius at 17,900 is a no-brainer, isn't it?"),
        c("Seventeen nine is more than I was planning, to be honest.", "too_expensive"),
        t("But you'll earn it back in fuel in no time, won't you? You're a smart guy - you can see that, can't you?"),
        c("What I can see is you're not listening. I'll get back to you.", "brush_off"),
    ],
)

PAIRS = [B01, B02, B03, B04, B05, B06, B07, B08, B09, B10]
