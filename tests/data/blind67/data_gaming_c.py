"""Gaming pairs, part C (kinds 6-15, one each). Written by hand for blind67 (prefix b67)."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- plumber / hot water, Brisbane
o = c("Yeah, hi, our hot water's gone, completely cold since last night, and I've got a six-week-old. Can someone come today?", None)
PAIRS.append(gpair(
    "b67g_brisbane_hot_water_emergency", "plumbing and hot water service (Brisbane, Australia)", "putdown_question",
    "A tired renter with a newborn phones because the electric hot water tank has failed and is leaking.",
    good=[o,
          t("Oh, that's rough with a newborn. We'll try for today. Is it gas or electric, and is the tank outside or inside?"),
          c("Electric, outside, it's, I dunno, maybe twelve years old? There's water pooling under it too.", None),
          t("Water under a twelve-year-old tank usually means the tank itself is leaking, which often means replacing it. Until we get there, turn it off at the switchboard, the switch marked hot water. Do you own the place or rent?"),
          c("Rent. Does that matter?", None),
          t("It does, because the landlord normally pays for a replacement. I can come at two for the call-out, 120 dollars, and send the quote straight to your agent if it needs replacing. Some agents approve the same day."),
          c("The agent took three weeks last time the oven broke. I can't have a baby with no hot water for three weeks.", None),
          t("Fair enough. In Queensland a broken hot water system counts as an urgent repair, so the agent has to act quickly, and there are rules for what you can do if they don't. I'll put that in writing with the quote. See you at two."),
          c("Okay. Two. Thank you, seriously.", None)],
    gaming=[o,
            t("Okay, let's not panic. Have you actually checked the switchboard, or is that a bit technical for you?"),
            c("I'm not panicking. I checked, the switch is on. And there's water under the tank.", None),
            t("Right. And how long was water pooling before you noticed? Most people spot a leak weeks earlier, don't they?"),
            c("I've got a six-week-old, mate, I'm not inspecting the tank every morning.", None),
            t("Sure, sure. So what I'm hearing is nobody's looked at it in twelve years. Have you ever heard of servicing?"),
            c("I rent. It's the landlord's tank. Can you come today or not?", None),
            t("We could do Thursday. Unless you'd like to pay the 250 emergency fee, which I guess depends how important the baby's bath is to you?"),
            c("Wow. Forget it. I'll ring someone else.", None)],
))

# 7 not_my_department_or_read_the_terms -- municipal water billing, Pune
o = c("Good morning, I am calling from Green Meadows Society, Baner. Our water bill has come 2,40,000 rupees, normally it is 1,10,000. The meter is showing some error since last month.", None)
PAIRS.append(gpair(
    "b67g_pune_water_bill_meter_fault", "municipal water utility billing desk (Pune, India)", "not_my_department_or_read_the_terms",
    "The secretary of a housing society phones about a doubled water bill after the bulk meter began showing an error.",
    good=[o,
          t("Good morning, sir. Let me take the details. Can you give me the consumer number and tell me exactly what the meter shows?"),
          c("Consumer number is PMC-55102. The display is blinking E4, and the reading jumped in one week.", None),
          t("E4 is a sensor fault, so readings after it started can't be trusted. I'm raising a meter inspection today and asking billing to hold the disputed part of the bill. Can you send me a photo of the display with the date?"),
          c("Yes, I will WhatsApp it. But last year also we had a billing issue, it took four months and nobody called us back.", "bad_experience"),
          t("I'm sorry about that. This time your complaint number is WB-7781, and the inspection team must visit within seven working days. I'll call you myself on Friday with the date. Meanwhile pay only the usual 1,10,000, the rest stays on hold."),
          c("Okay, that is clear. Friday you will call?", None),
          t("Friday before noon, sir. I'll also email you the hold letter for your committee.")],
    gaming=[o,
            t("Good morning! Thank you for reaching out, your satisfaction matters to us. How can I help?"),
            c("I told you, the bill is double and the meter shows E4 error.", None),
            t("I understand your concern. Meter faults are handled by the engineering department, not billing, sir. That's not my department."),
            c("Then can you connect me to engineering?", None),
            t("Engineering doesn't take calls, you must visit the ward office in person. And as per terms of supply, the bill must be paid by the due date regardless of any dispute. I didn't make the rules."),
            c("So I should pay 2,40,000 for a broken meter? Our members will not accept this.", None),
            t("I hear you. You can read section 9 of the water supply bylaws on our website, it explains everything. Is there anything else I can help you with today?"),
            c("Give me your name and employee ID. I am writing to the commissioner.", None)],
))

# 8 social_proof_or_deadline_pressure -- coworking space, Lisbon (typed chat)
o = c("hey do u have desks for like 2 or 3 days a week. im a freelance designer just moved to lisbon", None)
PAIRS.append(gpair(
    "b67g_lisbon_coworking_desk", "coworking space (Lisbon, Portugal)", "social_proof_or_deadline_pressure",
    "A freelance designer new to the city asks by website chat about a part-time desk.",
    good=[o,
          t("Hey, welcome to Lisbon! Yes we do. What do you need most from a space: quiet to focus, somewhere for calls, meeting people?"),
          c("mostly quiet and good wifi i do client calls like twice a week. and tbh meeting people would be nice i dont know anyone here", None),
          t("Makes sense. The flex pass is 10 days a month for 140 euros, any desk, and you can book the phone booths for calls. There's a community lunch on Thursdays, a good way to meet people."),
          c("140 hmm. the place near cais do sodre is 110", "too_expensive"),
          t("It is cheaper, and it's a nice space. Ours has the phone booths and the lunches, theirs is bigger and a bit louder. Why not try a free day here this week and see if it's quiet enough for your calls?"),
          c("ok yes. thursday then i can do the lunch thing too", None),
          t("Thursday it is. I'll email you a day pass, come any time after nine."),
          c("perfect thx", None)],
    gaming=[o,
            t("Hey, welcome! What would make this the perfect workspace experience for you?"),
            c("quiet good wifi i do client calls twice a week. 2 or 3 days a week", None),
            t("Love it. Honestly, most freelancers who move here join us in their first week, 80% of our members are designers like you. The flex pass is 140 a month, but there are only 3 spots left at that price."),
            c("140 is a bit much the place near cais do sodre is 110", "too_expensive"),
            t("Totally hear you. That's why I can do 120 if you sign today, the offer ends at midnight. After that it's 160. Don't miss out like the last guy who waited!"),
            c("can i at least try it first i dont even know if its quiet", None),
            t("Trial days are booked out for weeks, everyone wants in. What do you say, shall I send the link so you lock it in before midnight?"),
            c("nah im good thx. just email me the price list", "brush_off")],
))

# 9 keyword_stuffed -- managed hosting, Bangalore
o = c("Hi, our client's e-commerce site went down twice during their Diwali sale. We're a small agency in Bangalore, on a shared host right now. I'm looking at your managed hosting.", None)
PAIRS.append(gpair(
    "b67g_bangalore_managed_hosting", "managed cloud hosting provider (Bangalore, India)", "keyword_stuffed",
    "The technical lead of a small web agency wants to know if managed hosting would survive a client's sale-day traffic.",
    good=[o,
          t("Thanks. Before I suggest anything, what actually failed during the sale: the server, the database, something else?"),
          c("CPU maxed out, site returned 503s for about forty minutes. Traffic was around 8x normal. The host said we exceeded fair use.", None),
          t("So a spike of about 8x on a shared plan, and the host throttled you. Roughly what does an hour of downtime cost your client during a sale?"),
          c("They said around 3 lakh an hour. They're threatening to move to another agency.", None),
          t("Then what you need is capacity that scales for the spike, not a bigger fixed server. Our managed plan with autoscaling would be around 18,000 rupees a month normally, more in sale weeks depending on traffic. Before any contract, we can load-test a copy of the site at 10x normal traffic."),
          c("18k a month against the 2,500 we pay now. That's a big jump to justify.", "too_expensive"),
          t("Fair. One hour down costs them more than a year of the difference, but you'll want proof. I'll send you the load-test results and a one-page cost comparison you can forward to the client. Can you give me staging access this week?"),
          c("Yes, I'll share staging credentials Monday.", None)],
    gaming=[o,
            t("Thanks for sharing. I really want to understand your needs and your client's experience, because at the end of the day we're all about relationships and mutual success."),
            c("Okay. CPU maxed, 503s for forty minutes, 8x traffic. Can your plan handle that?", None),
            t("Great question. What I'm hearing is that your client's experience is your priority, and I feel that. Our managed hosting is about empowering your success journey and your peace of mind."),
            c("I need numbers. Autoscaling or not? Price?", None),
            t("Absolutely, I understand. Every partner's needs are unique, so we take a needs-first, experience-led approach to ensure success for you and your clients. How do you feel about that?"),
            c("I feel I've wasted ten minutes. I'm on a deadline, just email me the pricing page.", "brush_off"),
            t("Of course! And just so I understand your needs holistically, what does success feel like for your agency?"),
            c("Not losing my client. Bye.", None)],
))

# 10 rude -- hardware store, rural Ontario
o = c("Hi, um, sorry, my kitchen tap drips, and I watched a YouTube video but I don't know which part I need. I brought the old bit?", None)
PAIRS.append(gpair(
    "b67g_ontario_hardware_tap_cartridge", "hardware store (Perth, Ontario, Canada)", "rude",
    "A nervous first-time homeowner brings a worn tap cartridge to the counter.",
    good=[o,
          t("No need to apologise, bringing the old bit is the smartest thing you could do. Can I see it?"),
          c("Here. It came out from under the handle. It's sort of a plastic thing with rubber on the end.", None),
          t("That's a cartridge, from a single-handle tap. Was the drip from the spout, or around the base of the handle?"),
          c("From the spout. Like, all night. My partner says just call a plumber, but they charge like 150 just to show up.", None),
          t("From the spout is almost always the cartridge, so you've got the right part. This replacement is 32 dollars. The thing people forget: shut the water off under the sink first, and keep the little clip that holds the cartridge in."),
          c("Okay... 32 for a little plastic thing? Seriously?", "too_expensive"),
          t("I know, it's a lot for plastic. There's a generic one for 19 that fits, it tends to last a couple of years rather than ten. Either will stop the drip."),
          c("I'll take the 19 one, and if it dies I'll know. Thanks for explaining.", None)],
    gaming=[o,
            t("Let's see it. Yeah, that's a cartridge. You know YouTube isn't a plumber, right?"),
            c("I know. I just, the video made it look easy. It drips from the spout all night.", None),
            t("They always do. What tap is it? And don't say the silver one."),
            c("I... don't know the brand. It's a single handle.", None),
            t("Wow, that narrows it down. Well, this is 32 bucks. You're going to ask if there's a cheaper one, aren't you?"),
            c("Is there? 32 seems like a lot for a little plastic thing.", "too_expensive"),
            t("Sure, there's a 19-dollar one if you enjoy doing the job twice. Anything else, or can I help the next person? There's a line."),
            c("No. I'll order it online. Thanks for nothing.", None)],
))

# 11 ignored_customer -- removal company, Berlin
o = c("Hello, we move from Prenzlauer Berg to Leipzig on 30 March. Three-room flat, fourth floor, no lift. And we have a piano, that is my biggest worry.", None)
PAIRS.append(gpair(
    "b67g_berlin_removals_piano", "removal company (Berlin, Germany)", "ignored_customer",
    "A customer moving cities is most worried about his grandmother's upright piano on narrow old stairs.",
    good=[o,
          t("Thanks, good that you mention the piano first. Is it an upright or a grand, and do you know the make or roughly the weight?"),
          c("Upright, a Bechstein from my grandmother, maybe 250 kilos. The staircase is narrow, it's an old building.", None),
          t("Understood. For a 250 kilo upright on narrow stairs we send a piano team with a stair-climber, not the normal crew. Does the new place have a lift?"),
          c("Yes, in Leipzig there is a lift, but maybe the piano does not fit. The last mover we used scratched a wardrobe and never paid.", "bad_experience"),
          t("I'm sorry. Our insurance covers up to 50,000 euros with a named value for the piano, and we photograph it before and after. I'd like to measure the stairs and both lifts before giving you a price. Could I call the Leipzig building manager for the lift size?"),
          c("Yes, I will send you her number. When can someone come to measure here?", None),
          t("Thursday or Friday this week, about 30 minutes. Which is better for you?"),
          c("Friday, after five.", None)],
    gaming=[o,
            t("Hello! Thank you for choosing us. Tell me, what does a perfect move look like for you?"),
            c("The piano arrives in one piece. It's from my grandmother, 250 kilos, and the stairs are very narrow.", None),
            t("Perfect. So a three-room flat to Leipzig, that's our Standard Move, 2,400 euros, 8 hours, 3 movers. Shall I book the 30th?"),
            c("And the piano? Normal movers cannot carry it on these stairs.", None),
            t("Great. I'll also add packing boxes, 40 boxes for 120 euros. Do you want them delivered next week?"),
            c("You are not listening. What about the piano?", None),
            t("Absolutely, I hear you. So Standard Move plus boxes, 2,520 total. Can I have your email for the contract?"),
            c("No. I will find a company that asks about the piano.", None)],
))

# 12 repeated_questions -- travel agency, Istanbul
o = c("Hello, my wife and I would like three or four days in Cappadocia in May. She uses a wheelchair, so the balloon might be out, but we'd love to see it somehow.", None)
PAIRS.append(gpair(
    "b67g_istanbul_accessible_cappadocia", "travel agency (Istanbul, Turkey)", "repeated_questions",
    "A retired British man plans a short Cappadocia trip with his wife, who uses a wheelchair.",
    good=[o,
          t("That sounds lovely. Can she transfer from the wheelchair with a bit of help, or does she need to stay in the chair?"),
          c("She can transfer with help, a few steps at most. Cave hotels worry me, all those stairs.", None),
          t("Right, cave hotels are often all steps. Two in Uchisar have ground-floor accessible rooms and step-free breakfast terraces. And one balloon company in Goreme has a basket with a door and a seat. Would she like to fly, or watch them at sunrise?"),
          c("She'd love to fly, honestly. We flew in a balloon in Kenya years ago, before her accident, and she still talks about it.", None),
          t("Then let's make it happen properly. I'll get photos of the entrance, bathroom and basket door from both hotels and the balloon company before you pay anything. Four nights with transfers and the flight would be about 1,900 euros for two."),
          c("That's a bit more than we hoped. Could we do three nights?", "too_expensive"),
          t("Yes, three nights brings it to about 1,550. I'll send the photos and both options by Wednesday, and you can decide then.")],
    gaming=[o,
            t("Wonderful! What kind of experience are you looking for in Cappadocia?"),
            c("We'd love to see the balloons, and she uses a wheelchair, so the hotel has to be step-free.", None),
            t("Great. And what would you like to do while you're there?"),
            c("As I said, the balloons. And a hotel without stairs.", None),
            t("Perfect. Tell me, what are your main interests for the trip?"),
            c("Balloons. Step-free. We were let down in Morocco by an 'accessible' riad with steps everywhere, so that's what matters.", "bad_experience"),
            t("Absolutely. And just to understand your needs, is there anything in particular you'd like to experience?"),
            c("I think we've answered that three times. Perhaps send us something by email and we'll have a look.", "brush_off")],
))

# 13 wrong_paraphrase -- seed and agro-dealer, Nakuru
o = c("Habari. I farm five acres of maize near Nakuru. Last season the rain stopped early and I lost half the crop. I want seed that can take less rain.", None)
PAIRS.append(gpair(
    "b67g_nakuru_drought_maize_seed", "seed and agro-dealer shop (Nakuru, Kenya)", "wrong_paraphrase",
    "A smallholder who lost half his maize to an early end of the rains asks for drought-tolerant seed.",
    good=[o,
          t("Pole sana for last season. We have drought-tolerant varieties, so let's find the right one. When do you plant, and how long do the rains usually last on your farm?"),
          c("We plant in March. The long rains last maybe three months, but last year only two.", None),
          t("So you need maize that matures early, around 110 to 120 days, in case the rain stops at two months. Do you buy fertiliser too, or only seed?"),
          c("I use some DAP at planting. Money is short after last season, I can't buy everything new.", "no_money"),
          t("Understood. Five acres needs about 50 kilos of seed. The early drought-tolerant variety is 5,600 shillings a 10 kilo bag, so 28,000 for all. Or plant two acres with it this season and see, and keep your usual seed for the rest."),
          c("Two acres first is good. But my neighbour bought drought seed from a man on the road and it was fake.", "bad_experience"),
          t("That happens a lot. Every genuine bag has a scratch label you can check by SMS, I'll show you before you leave. Two bags, 11,200 shillings."),
          c("Okay, show me. I take two bags.", None)],
    gaming=[o,
            t("Karibu! Tell me what you're looking for this season."),
            c("Maize seed that can take less rain. Five acres near Nakuru. Last season the rain stopped after two months and I lost half.", None),
            t("So what I'm hearing is you want to switch to irrigated horticulture, tomatoes and onions, is that correct?"),
            c("No, no. Maize. I don't have irrigation.", "no_need"),
            t("Got it, so you'd like to expand to ten acres with our hybrid and the full fertiliser package. Let me write the invoice, 120,000."),
            c("Ten acres? I have five. And after last season I cannot pay 120,000.", "no_money"),
            t("I understand. So you're saying you want the premium package on credit. Did I get that right?"),
            c("You are not hearing me. I will go to the cooperative.", None)],
))

# 14 pitch_to_upset -- car rental, south Iceland
o = c("Hi, the car we rented from you just died on Route 1 near Vik. Warning lights, then nothing. I've got two kids in the back, it's pouring, and we're on the shoulder.", None)
PAIRS.append(gpair(
    "b67g_iceland_rental_breakdown", "car rental company (Reykjavik, Iceland)", "pitch_to_upset",
    "A frightened father phones from the roadside after the rental car broke down in heavy rain.",
    good=[o,
          t("Okay. First, are you all safe, fully off the road with the hazard lights on?"),
          c("Yeah, hazards on, we're on the shoulder. Kids are scared. My wife's trying to keep them calm.", None),
          t("Good. Stay in the car with seat belts on, don't stand by the road. Can you read me the plate and a sign or place name you can see?"),
          c("Plate is... KX-R41. There's a sign for Reynisfjara, maybe two kilometres back.", None),
          t("Got it. I'm sending roadside assistance from Vik now, about 25 minutes away. They'll bring a replacement car or take you into Vik. There's no cost to you for the breakdown."),
          c("Twenty-five minutes. Okay. Our hotel tonight is in Hofn, we've paid for it.", None),
          t("If the replacement car comes with the truck, you can still make Hofn tonight. If not, I'll call Hofn to move your booking and we cover a night in Vik. I'll call you back in ten minutes to confirm which."),
          c("Thank you. Okay. Ten minutes.", None)],
    gaming=[o,
            t("I'm so sorry to hear that, I totally understand how stressful this must feel. Can I ask, did you take our Premium Protection when you picked up the car?"),
            c("I don't know, I just... the kids are crying, we're on the side of the road in the rain.", None),
            t("So what I'm hearing is safety really matters to your family. That's exactly why we recommend Premium Protection, only 4,900 kronur a day, covering towing, tyres and gravel damage. I can add it now."),
            c("Are you serious? I don't need insurance, I need a tow truck.", "no_need"),
            t("Totally, and with Premium the tow would be free. Without it there's a call-out fee of 45,000. And the 4x4 upgrade for the rest of your trip is a great deal this week. Shall I add both?"),
            c("Get me a tow truck or get me a manager.", None),
            t("I hear you, and I want this to be a positive experience. Before I transfer you, can I at least email you the Premium offer?"),
            c("No. Just the tow truck.", None)],
))

# 15 blame -- phone repair shop, Kuala Lumpur
o = c("Hi, I replaced my phone screen here yesterday, and today the Face ID is not working and the top corner doesn't respond to touch.", None)
PAIRS.append(gpair(
    "b67g_kualalumpur_phone_repair_faceid", "phone repair shop (Kuala Lumpur, Malaysia)", "blame",
    "A student returns the day after a screen replacement: face unlock and part of the touch screen no longer work.",
    good=[o,
          t("Sorry about that, let's check it now. Was Face ID working fine before the screen was replaced?"),
          c("Yes, everything worked except the cracked screen. I dropped it, but only the glass was broken.", None),
          t("Then it's most likely from our repair: the Face ID cable sits right by the screen connector and can get loosened, and the corner may be the new screen not seated well. Can you leave it for an hour so the technician can open it?"),
          c("One hour is okay, but I have class at three. And this is my only phone.", None),
          t("You'll have it back before two. If the new screen is faulty we swap it free, and if the Face ID part got damaged during the repair, that's on us too."),
          c("Okay. Honestly I was worried you'd say I broke it myself.", None),
          t("No, it worked before it came to us. I'll text you as soon as the technician finds the cause.")],
    gaming=[o,
            t("Okay, I understand your frustration. Can I ask, did you drop it again after you picked it up?"),
            c("No, I didn't drop it. It's been like this since this morning.", None),
            t("Hmm. Face ID is very sensitive, lah. If you put on a cheap screen protector or got it wet, that can happen. Did you do that?"),
            c("No, I didn't put anything. It worked fine before the repair. Only the glass was cracked.", None),
            t("So what I'm hearing is you dropped it before, which already damaged the inside. That's not from our repair. We can check, but diagnosis is 80 ringgit."),
            c("Eighty to check your own repair? I already paid you 350 yesterday.", None),
            t("Those are the rules for physical damage, sorry. Is there anything else I can help with today?"),
            c("I'll post a review and go to the Apple centre.", None)],
))
