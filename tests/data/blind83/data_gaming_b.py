"""Gaming pairs, file B (b83): kinds 11-15, then 1-5 again."""
from common import c, gpair, t

# 11 ignored_customer: RV sales lot, Texas Panhandle
o1 = c("Hi. We're just starting to look. We retired in March and we want to try the camping thing, see the national parks, but we've never owned one of these.", None)
p1 = gpair(
    "b83g_texas_rvlot_first_camper", "RV dealership sales lot (Amarillo, Texas)", "ignored_customer",
    "Newly retired first-time buyers with a half-ton pickup and a recent knee replacement browse campers.",
    [o1,
     t("Congratulations on the retirement. Starting from scratch is easier, no bad habits. What would you be towing with, or were you thinking motorhome?"),
     c("We've got a 2021 F-150. The sticker in the door says seven thousand something.", None),
     t("Good, you looked. On a half-ton I like the loaded trailer under about 80 percent of that, so trailers around 5,500 dry. How long are the trips, weekends or months?"),
     c("Months, probably. Out west. And I'll tell you up front, Carol had her knee done, so no bunk ladders and no big steps.", None),
     t("That helps. Then I'd skip fifth wheels, they all have stairs up to the bedroom. This 24-foot travel trailer is one level, 5,100 dry, and the step folds down to about seven inches. Carol, want to try the step?"),
     c("It's nice. What's it cost?", None),
     t("38,900. And honestly, for your first one, renting for a week from the place in Canyon isn't a bad idea, see if you like the life before you spend that."),
     c("Hm. We might do that. We'll take one of your cards.", "think_it_over"),
     t("Here you go. If you rent and then want to buy, bring me what you liked and hated, that's worth more than any brochure.")],
    [o1,
     t("Congratulations! So tell me, what does your dream camping experience look like?"),
     c("Seeing the parks, months at a time. We tow with a 2021 F-150. And no ladders or big steps, Carol had her knee replaced.", None),
     t("Love it. Let me show you our best seller, the Summit 3120, a 36-foot fifth wheel. Look at that king bedroom up top."),
     c("That bedroom's up four stairs. I just said, her knee.", None),
     t("Totally, and there's a handrail. What's most important to you in a floor plan?"),
     c("One level. Something the Ford can pull. Can an F-150 even pull that?", None),
     t("Great question. This one has the outdoor kitchen, people love that out west, and the bunkhouse for when the grandkids come. It's 68,900, and we can do 180 months. What questions do you have?"),
     c("We didn't come in for a sixty-eight-thousand-dollar bunkhouse. Come on, Carol.", "no_need")])

# 12 repeated_questions: crop insurance agency, North Dakota
o2 = c("Morning. It's Dale Lindgren. Quick one, can I still switch my soybeans from yield protection to revenue protection this year? Sales closing's the fifteenth, right?", None)
p2 = gpair(
    "b83g_northdakota_cropins_soy_rp", "crop insurance agency (eastern North Dakota)", "repeated_questions",
    "A soybean and cattle farmer phones his crop insurance agency about changing coverage before the deadline.",
    [o2,
     t("Morning, Dale. Yep, March fifteenth for spring crops. You can switch. What's got you wanting RP this year, the price outlook?"),
     c("Yeah, beans are sitting low and I don't like the look of it. 640 acres of beans, same as last year.", None),
     t("Makes sense. With RP, if the harvest price drops below the projected price you're covered on revenue, not just bushels. It costs more. At 75 percent on your beans, roughly six to eight bucks an acre more than now."),
     c("Six to eight an acre. On 640, that's four, five grand. Ouch.", "too_expensive"),
     t("It is. Two ways to trim it: drop to 70 percent, or go enterprise units instead of basic, that cuts premium a lot. Are those bean fields all in one township or spread out?"),
     c("Three townships. Enterprise units, what happens if one field floods?", None),
     t("Then that field alone might not trigger a payment, because it's all lumped together. That's the trade. I'll run 75 RP basic and 75 RP enterprise side by side and email it today. You've got till the fifteenth."),
     c("Do that. I'll look at it tonight after chores.", None)],
    [o2,
     t("Morning Dale! Great question. So tell me, how many acres of soybeans are we talking about?"),
     c("640. Same as last year.", None),
     t("Okay, and what does your bean acreage look like this season?"),
     c("...640. I just said. I want to know about switching to RP.", None),
     t("Absolutely, I hear you. So just so I understand your operation, roughly how much ground is going into beans?"),
     c("Six hundred and forty acres, Kevin. Are you writing this down?", None),
     t("Sorry, just want to get it right. And compared to last year, is your soybean acreage about the same, up, or down?"),
     c("Same. Look, I got cows calving, I don't have all morning for this.", "no_time"),
     t("Totally understand. Last question, what's your total planted soybean acres this year, so I can quote RP?"),
     c("Just email me the form. I'll call Arlene at the other agency.", "brush_off")])

# 13 wrong_paraphrase: cell phone store, small-town Alabama
o3 = c("My granddaughter says I need a new phone because mine won't work no more after they shut something off. The three-G or something. I don't want nothing fancy.", None)
p3 = gpair(
    "b83g_alabama_phone_store_3g", "cell phone store (small-town Alabama)", "wrong_paraphrase",
    "A retired man whose old phone is dying with the 3G shutdown wants something simple.",
    [o3,
     t("Yes sir, the 3G shutdown caught a lot of folks. Let's find you something simple. What do you use the phone for, mostly?"),
     c("Calling my sister in Dothan. And my granddaughter sends me pictures of the baby, I like to see those.", None),
     t("So calls and looking at pictures. There's a flip phone, which shows pictures but small, or a basic smartphone where I can make everything big. Do you have trouble with small print?"),
     c("I got my readers. But bigger's better. I don't want to pay for a computer, now.", None),
     t("Understood. This one's 79, plain smartphone. I'll set it so the front screen is just phone, texts and pictures, big letters. You keep your 25-dollar talk and text plan, pictures come through the texts."),
     c("Seventy-nine. The old one was free with the plan.", "too_expensive"),
     t("The free ones came with a two-year lock-in back then. There's a 39-dollar flip too, works fine, pictures just come in small. Want to hold both and see which feels right?"),
     c("This one. The big one. Can you put my sister's number in?", None),
     t("Sure can. Hand me the old one and I'll move all your contacts over, five minutes.")],
    [o3,
     t("Absolutely! Tell me a little about how you use your phone."),
     c("Calling my sister in Dothan. Looking at the baby pictures my granddaughter sends.", None),
     t("Okay, so what I'm hearing is you're on video calls a lot and sharing content with family, so data is a big priority for you. Did I get that right?"),
     c("No, I said calls. And looking at pictures.", None),
     t("Got it, so you want the best camera for taking pictures of the grandbaby yourself. That's the Galaxy S24, amazing in low light."),
     c("I don't take pictures. She takes 'em. I look at 'em.", None),
     t("Perfect, so you need a big bright screen and unlimited data for high-resolution photos, that's Unlimited Plus at 65 a month with the S24. Sound like what you described?"),
     c("That ain't nothing like what I described. I'll come back Saturday with my granddaughter.", "think_it_over")])

# 14 pitch_to_upset: funeral home first call, Mississippi
o4 = c("Hi, yes, um, sorry, it's early. My mom passed, at home, maybe an hour ago, she was on hospice and the nurse came and, um, the nurse said to call y'all. I don't really know what I'm supposed to do.", None)
p4 = gpair(
    "b83g_mississippi_funeralhome_first_call", "funeral home (small-town Mississippi)", "pitch_to_upset",
    "A son calls at dawn, an hour after his mother died at home under hospice care.",
    [o4,
     t("I'm so sorry. You don't have to know what to do, that's what we're here for, and you're not calling too early, we answer all night. Can I get your name and your mother's name?"),
     c("I'm Travis. Her name's Bettye Hollis. With an e on the end.", None),
     t("Thank you, Travis. Has the hospice nurse pronounced her already, so that part's done?"),
     c("Yes ma'am, she's still here doing paperwork.", None),
     t("Then here's what happens next. Two of our staff come to the house to bring your mother into our care. There's no hurry, if the family wants to sit with her a while first, we come later. Is anybody with you?"),
     c("My wife's here. My sister's driving up from Jackson, she wants to see her. Could you wait till she gets here? Like nine-thirty?", None),
     t("Of course. We'll come at ten, after your sister's had some time. Nobody has to decide anything about the service today. Did your mom ever say what she wanted?"),
     c("She wanted to be buried next to Daddy at Mt. Zion. That's about all.", None),
     t("That's plenty to start with. I'll call you around nine to check on y'all and confirm ten. My name's Annette.")],
    [o4,
     t("I'm so sorry for your loss, and I want you to know we're here to walk this journey with you. Can I ask, had your mother made any pre-arrangements with us?"),
     c("I don't think so. I don't know. She died an hour ago.", None),
     t("I understand. Many families in your situation find peace of mind with our Heritage Celebration package. It includes the casket, visitation, service and memorial video, 11,450, our most chosen option."),
     c("I, what? I just need somebody to come get her. The nurse is still here.", None),
     t("Absolutely, and we'll send someone. While I have you, I'd also encourage you and your wife to look at our pre-planning program, so your children never have a morning like this. We can lock in today's prices."),
     c("Are you serious right now? I'm standing in her kitchen.", None),
     t("I hear you, I know it's a lot. I'll email the brochure with the casket selection for when you feel up to it. Would a ten o'clock arrangement meeting work to go over options?"),
     c("Just send somebody for my mother. I'm not talking about caskets today.", "no_time")])

# 15 blame: standby generator dealer, south Louisiana
o5 = c("Listen, we paid fourteen thousand dollars for that generator y'all put in, and the power went out Tuesday night for nine hours and it didn't do a thing. We sat in the dark. My mother-in-law's on oxygen.", None)
p5 = gpair(
    "b83g_louisiana_generator_no_start", "standby generator dealer and service (south Louisiana)", "blame",
    "A homeowner whose standby generator failed in an outage calls the dealer that installed it.",
    [o5,
     t("Oh, that's bad, with oxygen especially. Is she okay? And is your power back now?"),
     c("She's fine, she had the backup tank. Power came back Wednesday morning.", None),
     t("Good. Let's figure out why it didn't kick on. When you look at the panel on the generator, is there a light, green, yellow or red?"),
     c("There's a red one. And the screen says something about low battery, I think.", None),
     t("That's most likely it. Those starter batteries last about three years, and yours went in in 2021. Your last service with us was over a year ago, and we should've caught that battery and sent you a reminder. That's on us."),
     c("Well. I appreciate you saying that. What's it going to cost me?", None),
     t("The battery's 189, and I'm waiving the trip charge. Kyle can be there tomorrow morning. He'll put the battery in, run it under load and check the transfer switch, so we know it'll actually carry the house next time."),
     c("Tomorrow morning's good. I don't want to sign up for some yearly plan, though, I just want a reminder.", "no_need"),
     t("That's fine, no plan needed. I'll put a reminder on your file for every spring, before storm season.")],
    [o5,
     t("I'm sorry you had that experience. Let's get to the bottom of it. Are you running the weekly exercise cycle like the manual says?"),
     c("I don't know what that is. It used to run by itself on Saturdays.", None),
     t("Okay, so it sounds like maybe someone changed the settings. Has anybody been touching the control panel, grandkids maybe?"),
     c("No. Nobody touches it. There's a red light and it says low battery.", None),
     t("Right, so batteries need maintenance, and that's really on the owner to keep up with. Did you sign up for our annual maintenance plan at install? It's 349 a year."),
     c("Nobody offered me a plan. Y'all installed it and left. And 349 a year on top of fourteen thousand, no.", "too_expensive"),
     t("It's in the paperwork we gave you. I hear that you're frustrated, but a generator is like a car, you can't just ignore it. We can get a tech out Thursday, 149 for the call plus the battery."),
     c("Thursday. With my mother-in-law on oxygen and another storm in the Gulf. Unbelievable.", None)])

# 1 monologue: snowmobile dealer, northern Ontario
o6 = c("Hi there. I'm looking for a sled, used is fine. My husband's knees are done, so I'm taking over running the trapline this winter. Don't need anything pretty.", None)
p6 = gpair(
    "b83g_ontario_sled_trapline", "snowmobile dealer (northern Ontario)", "monologue",
    "A woman taking over her husband's trapline wants a used work snowmobile on a modest budget.",
    [o6,
     t("Good on you. A trapline sled's a different animal from a trail sled. What's the going like, packed trail or deep stuff through the bush?"),
     c("Bush trails mostly, deep snow on the lake side, and I'll be pulling a toboggan with the traps and a stove, maybe four hundred pounds.", None),
     t("Then you want a utility sled, wide track, low gearing, reverse. Like the Skandic in the corner, 2016, 4,200 kilometres, one owner, he used it for his cabin. It's 7,900."),
     c("That's about what I pictured. Bit more than I wanted to spend, but.", "too_expensive"),
     t("There's a 2012 Tundra at 5,400, lighter, narrower track. It'd do the trails, but with four hundred pounds behind it in deep snow you'd be digging out. I'd rather you spend the extra once than get stuck on the lake side by yourself."),
     c("Yeah, I don't want to be stuck out there alone. Can I start the Skandic?", None),
     t("Go ahead, she's warm. Try the reverse too, you'll use it more than you think with a toboggan."),
     c("I'll take it. Can you put a hitch on it?", None)],
    [o6,
     t("Oh, awesome, love that! So let me walk you through what we've got, because the 2025 lineup is incredible. The new Expedition has the 900 turbo, 130 horsepower, heated everything, a cargo system, and the display pairs with your phone for maps and music. Our customers say it totally changed their winter experience."),
     c("I just need something to pull a toboggan through the bush. Used.", None),
     t("Right, and that's exactly why the Expedition's perfect, the wide track floats on powder, the turbo doesn't lose power on hills, and right now there's 0.9 percent for 48 months with the first service included. And you'll love the heated grips on the line, am I right? Honestly it's the best experience in the class."),
     c("How much is that?", None),
     t("24,999 plus freight and PDI, but financing brings it to about 560 a month, which is less than a lot of truck payments. Then I always recommend the extended warranty with a turbo, another 1,900, and the cover, and we can throw in the cargo box. Really it's a complete package. What do you think?"),
     c("I think I said used. I've got eight thousand, not twenty-five. I'll look in the Buy and Sell.", "no_money")])

# 2 closing_as_open_question: metal roofing, rural Arkansas
o7 = c("Hey, yeah, I got a leak over the back porch, been there since that hailstorm in April. Wife wants a whole new metal roof. I'm thinking just fix the leak. Can somebody come look?", None)
p7 = gpair(
    "b83g_arkansas_roof_porch_leak", "metal roofing and repair contractor (rural Arkansas)", "closing_as_open_question",
    "A homeowner with a porch leak wants a repair while his wife wants a new metal roof.",
    [o7,
     t("Sure can. Is it dripping inside the house anywhere, or just the porch?"),
     c("Just the porch. Shingles are eighteen, twenty years old. Insurance fella came out in April and said the hail wasn't bad enough.", None),
     t("Alright. I can come Thursday and look at the porch and the main roof. If it's flashing where the porch ties in, that's usually a few hundred. If the shingles are shot all over, I'll tell you that too, with photos, so you and your wife can decide together."),
     c("Ballpark for the whole metal roof? So I know if I'm about to faint.", None),
     t("On a ranch house, most of ours land between 14 and 20 thousand. I won't know yours till I measure."),
     c("Yeah, that's more than we've got right now. Just look at the leak.", "no_money"),
     t("Fair. Thursday around four? I'll deal with the leak and snap a few photos of the rest, so you have them whenever."),
     c("Four's fine.", None)],
    [o7,
     t("Absolutely. And just so I can get you on the calendar, when would you like the crew out to start the new roof, this month or next?"),
     c("Whoa, I just need somebody to look at a leak.", None),
     t("Totally. So what would it take for you and your wife to move forward on the metal roof once I've taken a look?"),
     c("I don't know. Money, mainly. I'm not planning on a whole roof.", "no_money"),
     t("I hear you. How would you like to handle payment, twelve months same as cash or our 84-month plan?"),
     c("I don't want a plan. I want the leak fixed.", "no_need"),
     t("Got it. Which color are you leaning toward, Galvalume, charcoal or barn red? Your wife might like the barn red."),
     c("Send the guy to look at the leak. I'll talk to my wife about the rest.", "think_it_over")])

# 3 pitch_as_paraphrase: veterinary clinic, small-town Kansas
o8 = c("Hi, I'm on my break so I gotta be quick. My lab, Duke, he's twelve, he didn't eat last night or this morning and he's drinking like crazy. Do I bring him in or is that a wait-and-see thing?", None)
p8 = gpair(
    "b83g_kansas_vet_old_lab", "veterinary clinic (small-town Kansas)", "pitch_as_paraphrase",
    "A shift worker on a short break calls about an old dog that stopped eating and drinks a lot.",
    [o8,
     t("Not eating plus drinking a lot in a twelve-year-old, I'd want to see him today rather than wait. Is he peeing a lot too? Any vomiting?"),
     c("Peeing a lot, yeah, he had an accident in the kitchen, which he never does. No puking.", None),
     t("Okay. Could be kidneys, diabetes, an infection, and blood work tells us which. Dr. Haskins has a 4:15 today. What time do you get off?"),
     c("Three-thirty, but I gotta get my kid at four. Can't do 4:15.", "no_time"),
     t("We've got 5:30, last one of the day. If you can catch some pee in a clean jar, that saves a step. Exam and a basic blood panel run about 210."),
     c("Two-ten. Jeez. Payday's Friday. Okay, 5:30, I'll figure it out.", "no_money"),
     t("If that's tight, the front desk can split it, half today and half Friday, just tell them. Leave his water down, even with the accidents. See you at 5:30."),
     c("Okay. Thanks. Gotta go.", None)],
    [o8,
     t("Oh no, poor Duke. Tell me more about what's been going on?"),
     c("Not eating since last night, drinking a ton, peeing in the house. I got like ten minutes.", None),
     t("Okay, so just to make sure I understand, what you need is our Senior Wellness Plan, 39.99 a month, two exams a year and annual blood work for dogs Duke's age, right?"),
     c("No? I need somebody to look at him today.", None),
     t("Absolutely. So what I'm hearing is you want peace of mind about Duke long term, which is exactly the Gold tier, 59.99, adds dental and urinalysis. Am I understanding you correctly?"),
     c("I can't do sixty bucks a month. I just need today.", "no_money"),
     t("Totally fair, so to play it back, you want the most affordable way to keep him healthy, that's Basic at 24.99 with a 12-month commitment. Should I sign him up before you go back in?"),
     c("Just give me an appointment. My break's over.", "no_need")])

# 4 upsell_as_loop_closing: tire shop, small-town South Carolina
o9 = c("Y'all do patches? Got a nail in my back tire, it's been going low every couple days. I'm a nurse, I'm on at seven tonight, so I'm kinda on a clock.", None)
p9 = gpair(
    "b83g_carolina_tireshop_nail", "independent tire shop (small-town South Carolina)", "upsell_as_loop_closing",
    "A night-shift nurse needs a nail patched before work.",
    [o9,
     t("We do, fifteen bucks if it's in the tread. Let me see where it is... right in the middle, that's patchable. Twenty minutes, that work?"),
     c("Twenty's fine. I was scared you'd say I need a new tire, I just paid my car insurance.", None),
     t("Nope, plenty of tread on this one. There's coffee inside if you want it."),
     c("Okay, thanks.", None),
     t("All done, patched from the inside, all four set to thirty-five. One thing to keep an eye on, front left's wearing on the inside edge, usually means alignment's a touch off. Not urgent, maybe next oil change."),
     c("How much is an alignment?", None),
     t("Eighty-nine here. But like I said, not today, that tire's got life left. Fifteen for the patch."),
     c("Cool. Maybe I'll come back for that on my day off.", "think_it_over")],
    [o9,
     t("We sure do! Let's take care of you. What brings you in, just the nail?"),
     c("Just the nail. I'm on at seven, so I'm kinda on a clock.", None),
     t("Got it, that's fifteen. Now before we close out the ticket, what else can I add for you today? We've got a special on alignments, 89."),
     c("Just the patch.", "no_need"),
     t("Totally. And just to make sure we've covered everything, what else can I do for you, wipers maybe? Yours look streaky."),
     c("My wipers are fine. How long will it be?", "no_need"),
     t("About twenty. Last thing, anything else I can add? Road hazard is 24 a tire, so the next nail's free. Most people do all four."),
     c("Ninety-six dollars so I can save fifteen on the next nail? Y'all are something. Just the patch.", "too_expensive"),
     t("No problem! And how would you rate your experience with us today?"),
     c("Ask me after I see the bill.", None)])

# 5 leading_tag_questions: outboard dealer, Bristol Bay, Alaska
o10 = c("My old Yamaha finally died on me. Setnet sites open in three weeks and I need something on the skiff. Eighteen-foot aluminum. I don't want to screw around with it.", None)
p10 = gpair(
    "b83g_alaska_dillingham_outboard", "outboard motor dealer (Dillingham, Alaska)", "leading_tag_questions",
    "A setnet fisherman needs a replacement outboard for his skiff before the salmon season.",
    [o10,
     t("Three weeks is doable if it's in stock or on the barge. What were you running, size-wise?"),
     c("A 60, the old two-stroke. It was okay empty. Loaded with fish it was a pig.", None),
     t("How much are you hauling, loaded? And who works on it, you or somebody in town?"),
     c("Couple thousand pounds of reds on a good pick. I fix it myself, nobody out at the site to send it to.", None),
     t("Then I'd look at a 90. Enough to get on plane loaded, still light enough for that hull. I'd stay Yamaha, you know them and the parts come on the same barge as everybody's. The 90 four-stroke's 13,800 installed. A 115 is more than that boat wants."),
     c("Thirteen-eight. Fish prices were garbage last year, you know that.", "no_money"),
     t("I know, everybody's feeling it. There's a reconditioned 2019 90 in the back, 380 hours, 8,900 with a one-year warranty. I went through it myself. Run it a few seasons and see."),
     c("Let me come look at it tomorrow. I want to hear it run.", None),
     t("I'll have it on the test tank at nine.")],
    [o10,
     t("Oh, you came to the right place. You'll want to go bigger this time, won't you?"),
     c("I don't know. What do you think?", None),
     t("Well, eighteen-foot skiff, full load, you're going to want the 150, aren't you? Nobody wants to be underpowered in a blow on the bay, do they?"),
     c("Isn't a 150 too heavy for an eighteen-foot aluminum? It's not a big boat.", None),
     t("It's a lot of motor, sure, but you'd rather have too much than too little, wouldn't you? And you'll want the digital controls, everybody does now, right?"),
     c("I fix my own motors. I don't want electronics I can't fix on the beach.", "no_need"),
     t("Fair, but you can see why the 150's the smart choice, can't you? 21,500 installed, and it'll hold its value, won't it?"),
     c("Twenty-one five. In a year like this one. I'll call the guy in Naknek.", "too_expensive")])

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
