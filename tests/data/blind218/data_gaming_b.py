"""Gaming pairs b01-b10 of blind218 (b218), written by hand. Home services and repairs in the US, Canada and Australia."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer -- Halifax, heat pump for a pensioner on oil heat
O = c("Hello dear, my son told me to call about one of those heat pumps. I'm on oil heat and the oil bill last winter was nearly four thousand dollars.", None)
PAIRS.append(gpair(
    "b218g_halifax_heat_pump_pensioner",
    "Heat pump installer, Halifax, Nova Scotia (phone)",
    "ignored_customer",
    "A widow on a pension in a small bungalow heated by oil asks about a heat pump; she worries about noise near her neighbour's window and about cost.",
    good=[
        O,
        t("That's a big bill, I can see why he suggested it. Can I ask a few things about the house, so I don't give you the wrong idea? How big is it, and which rooms do you actually use in winter?"),
        c("It's a bungalow, not big. I live mostly in the kitchen and the living room. The two back bedrooms are shut, I don't heat them much.", None),
        t("That's helpful. For a bungalow where you mainly use the front, one wall unit in the living area often does most of the work, and the oil furnace stays as a backup for the coldest nights. Is there anything that worries you about it?"),
        c("Well, the noise. My neighbour's window is right by the side of the house, and she's already cross about my dog. And I'm on a pension, so I can't be doing anything fancy.", "no_money"),
        t("Both fair. We can put the outdoor part at the back, away from her window, and the modern ones are about as loud as a fridge. On cost, a single unit is around forty-five hundred installed, and the provincial rebate for switching off oil can cover a big share of that, fully for some incomes. I'd rather check what you qualify for before you commit to anything. Could I come by, see where it would go, and help with the rebate form? The visit's free."),
        c("That would be lovely. Can my son be there? He's off on Fridays.", None),
        t("Of course. Friday at ten? I'll bring the rebate paperwork with me."),
    ],
    gaming=[
        O,
        t("That's a big bill! Let me ask you some questions so I really understand your needs. Which rooms do you use most in winter?"),
        c("Mostly the kitchen and the living room. The two back bedrooms are shut.", None),
        t("Great. So we'd put a unit in every room, that's our whole-home package, four heads, so you're never cold anywhere. Any concerns at all?"),
        c("Well, the noise. My neighbour's window is right by the side of the house. And I'm on a pension, I can't be doing anything fancy.", "no_money"),
        t("Wonderful, thanks for sharing. The outdoor unit would go on the side by the driveway, that's the easiest spot for the lines. The whole-home package is sixteen thousand, and we have financing. When would you like us to start?"),
        c("Did you hear me about the neighbour? And sixteen thousand, I told you I'm on a pension!", "no_money"),
        t("Absolutely, I hear you. Most people just love the whole-home setup. I'll pencil in a Friday install. Is there anything else I can help you with today?"),
        c("No. I'll get my son to deal with this. Goodbye.", None),
    ],
))

# b02 repeated_questions -- Adelaide, fridge warm, freezer fine
O = c("Hi, my fridge has stopped being cold. The freezer's still freezing, but the fridge bit's like fifteen degrees. I've got a heap of food in there.", None)
PAIRS.append(gpair(
    "b218g_adelaide_fridge_warm",
    "Appliance repair company, Adelaide, South Australia (phone)",
    "repeated_questions",
    "A homeowner's five-year-old French-door fridge has gone warm while the bottom freezer still works; a rattle comes from the freezer.",
    good=[
        O,
        t("That's annoying, and the food's the urgent bit. What brand is it, roughly how old, and is the freezer on the bottom or the top?"),
        c("It's a Samsung, French door, freezer on the bottom. About five years. The model number's on a sticker somewhere, I can look.", None),
        t("Thanks. When the freezer's fine but the fridge is warm on those, it's very often ice built up behind the back panel of the freezer, blocking the cold air from getting up to the fridge. Have you heard a fan buzzing or rattling in the freezer?"),
        c("Yes! A sort of rattling when I open the door. I thought that was normal.", None),
        t("That fits. Two ways to go: you can switch it off and leave the doors open for a full day to defrost, which is free and often works for a while. Or we fix the cause, usually a defrost sensor or heater, around $280 to $340. Either way, move the meat and milk into an esky with ice or into the freezer now."),
        c("I can't really have it off for a day, I've got nowhere to put everything. Three hundred's a bit steep for a five-year-old fridge, but I suppose a new one's three grand. When could you come?", "too_expensive"),
        t("Thursday morning. Send me a photo of the sticker inside the fridge door and I'll make sure the tech brings the right parts, so it's done in one visit."),
        c("Thursday's good. I'll send the photo now.", None),
    ],
    gaming=[
        O,
        t("Sorry to hear that. So what seems to be the problem with the fridge?"),
        c("Like I said, the fridge part isn't cold, about fifteen degrees. The freezer's fine.", None),
        t("Okay. And can you describe for me what's going on with the temperature?"),
        c("...It's warm. In the fridge. The freezer's fine. It's a Samsung, five years old, and there's a rattle in the freezer.", None),
        t("Got it, thanks. Just so I understand properly, is it the fridge or the freezer that's not cooling?"),
        c("The fridge! I've told you three times. Can someone just come? My food's going off.", None),
        t("Absolutely, I hear you. And so the tech comes prepared, how would you describe the issue you're having?"),
        c("Forget it. I'll ring somewhere else.", None),
    ],
))

# b03 wrong_paraphrase -- Sacramento, one-off yard cleanup before a sale
O = c("Hi there, we're listing our house in about three weeks and the yard's a mess. I need someone to make it presentable. Not ongoing, just once.", None)
PAIRS.append(gpair(
    "b218g_sacramento_yard_cleanup",
    "Lawn and garden service, Sacramento, California (phone)",
    "wrong_paraphrase",
    "A homeowner selling the house wants a single yard cleanup before the listing photos on the 14th.",
    good=[
        O,
        t("Got it, a one-time cleanup before the listing. What's the yard like now, and what does 'presentable' look like to you or your realtor?"),
        c("Lawn's overgrown, the hedges are shaggy, and there's a dead shrub by the front steps. Our agent says curb appeal matters, and the photos are on the 14th.", None),
        t("So the front matters most, and it has to look good for photos on the 14th. Will the backyard be in the photos too?"),
        c("Backyard, yeah, but it's mostly just lawn. And honestly, we're also paying to paint the inside, so I'm trying to keep this part simple.", None),
        t("Makes sense. Here's what I'd suggest: mow and edge front and back, trim the hedges, pull the dead shrub, and fresh mulch in the front beds, which photographs really well. That's about $450. If you want a couple of flowering plants by the steps, add about $80, but that's optional."),
        c("Skip the plants. Can you do it on the 12th so it's fresh for the photos?", "no_need"),
        t("The 12th works. I'll send a written quote for the $450 today and a reminder the day before."),
    ],
    gaming=[
        O,
        t("Absolutely! Tell me a bit about what you have in mind."),
        c("Lawn's overgrown, hedges are shaggy, there's a dead shrub by the front steps. Photos are on the 14th.", None),
        t("So what I'm hearing is you've had a bad experience with your current gardener and you're looking for a reliable weekly service going forward. Did I get that right?"),
        c("No, I don't have a gardener. We're selling. It's a one-time thing.", None),
        t("Perfect, so you want the yard to be a long-term investment, which is why you're thinking about a full landscape redesign with new irrigation. Is that a fair summary?"),
        c("I never said anything like that. We're moving out. I don't want a redesign.", "no_need"),
        t("Understood, so budget matters to you and you'd like our monthly payment plan for the redesign. Does that sound right?"),
        c("No. You're not listening. I'll find someone else.", None),
    ],
))

# b04 pitch_to_upset -- Tampa, cancelling a late father's plan
O = c("Hi. I need to cancel my dad's maintenance plan with you. He passed away two weeks ago. Sorry, I've been making a lot of these calls today.", None)
PAIRS.append(gpair(
    "b218g_tampa_cancel_late_fathers_plan",
    "HVAC company, maintenance plan desk, Tampa, Florida (phone)",
    "pitch_to_upset",
    "A grieving daughter, executor of her father's estate, calls to cancel his monthly AC maintenance plan.",
    good=[
        O,
        t("I'm so sorry about your dad. Please don't apologise, take whatever time you need. I can take care of this for you. Could you give me his name or the address of the house?"),
        c("Robert Kessler, 1419 Palmetto Drive. He was on the plan for years. He really liked your tech, Luis.", None),
        t("I've found it. Luis will be sad to hear, he always talked about your dad. The plan is month to month, so I can cancel it from today. He'd paid through the end of the month, and I'll refund the unused days to his card, or to the estate if the card's closed. Which would be easier?"),
        c("Um, the card's probably closed. I'm the executor. We'll be selling the house, but not for a few months.", None),
        t("Then I'll send the refund as a check made out to you as executor, and email you a cancellation letter for your records. One thing that might help with the sale: his last service was in March and everything checked out fine. I can include that report, buyers sometimes ask for it. Would that be useful?"),
        c("That would actually help, yes. Thank you. You've made this easy.", None),
        t("Of course. Again, I'm very sorry. If you need anything for the house while it's on the market, call this number and ask for me, Dana."),
    ],
    gaming=[
        O,
        t("Oh, I'm so sorry for your loss. How are you holding up? And can I ask, who'll be living in the house now?"),
        c("No one. We're going to sell it. I just need to cancel the plan.", None),
        t("I completely understand. Actually, a lot of families in your situation find that keeping the plan adds real value when selling. And a new system is a huge selling point, we're running a promotion right now, under nine thousand installed, and that could add fifteen thousand to the sale price."),
        c("I... my father just died. I'm not buying an air conditioner.", "no_need"),
        t("I hear you, and that's totally valid. So what I'm hearing is you want the sale to go as smoothly as possible, so why don't I switch the plan to our Home Sale package? It's just $29 a month and includes a pre-listing inspection."),
        c("No. Please just cancel it.", "no_need"),
        t("Of course. Before I do, how satisfied have you been with our service over the years? I'd hate to lose the relationship we had with your dad."),
        c("Are you kidding me? Cancel it today or I'll dispute the charges with the bank.", None),
    ],
))

# b05 blame -- Gold Coast, pool green after a service
O = c("Yeah, I'm ringing because your bloke serviced our pool on Monday and by Saturday it's green. Like, properly green. We've got people coming tomorrow for my daughter's birthday.", None)
PAIRS.append(gpair(
    "b218g_goldcoast_green_pool",
    "Pool service company, Gold Coast, Queensland (phone)",
    "blame",
    "A father rings on a Saturday: the pool serviced on Monday has turned green, and his daughter's birthday party is the next day.",
    good=[
        O,
        t("Oh no, and with a party tomorrow. Let's work out what happened and get it fixed. Was it clear when he left on Monday, and has anything changed since, like heavy rain or a lot of swimming?"),
        c("Clear on Monday, yeah. There was a big storm Wednesday night. And the kids were in it most of Thursday.", None),
        t("Thanks, that helps. A big storm washes in leaves and junk, and that plus a heavy swim day uses up the chlorine fast. But let's check the equipment too: is the pump running, and what does the light on the chlorinator box say?"),
        c("Pump's going. The chlorinator's got a red light. It says check cell.", None),
        t("That's likely the main culprit, the cell isn't making chlorine. Our tech should have picked that up on Monday, so this one's on us. I'll send someone this afternoon at no charge to shock the pool and clean or test the cell. It should be swimmable by tomorrow afternoon. If the cell needs replacing, he'll give you a price before doing anything."),
        c("This afternoon? Okay. That's good. What time?", None),
        t("Between two and four. I'll text you when he's on his way."),
    ],
    gaming=[
        O,
        t("Sorry to hear that. Can you walk me through what you've been doing with the pool since Monday?"),
        c("Nothing special. There was a big storm Wednesday. The kids were in it on Thursday.", None),
        t("Right, so a storm and a full day of kids. Did you run the pump extra after the storm? Because honestly, if you let it sit after that much rain, that's your cause right there."),
        c("The pump runs on the timer like always. The chlorinator's got a red light, says check cell.", None),
        t("Okay, so that light's probably been on a while and nobody noticed? Our tech can't watch your pool all week, you know. What would you like us to do?"),
        c("I'd like you to fix it before tomorrow without telling me it's my fault.", None),
        t("I understand how you feel. We can come Monday, that'll be a $95 call-out since the problem happened after the service."),
        c("Monday's no use to me. Forget it, I'll take a water sample to the pool shop.", None),
    ],
))

# b06 monologue -- Charlotte, what a seller-paid home warranty covers
O = c("Hi, we just closed on a house in Charlotte and the seller threw in a year of your home warranty. I'm trying to figure out what it actually covers before something breaks.", None)
PAIRS.append(gpair(
    "b218g_charlotte_warranty_coverage",
    "Home warranty company, new-member line, Charlotte, North Carolina (phone)",
    "monologue",
    "A new homeowner with a seller-paid one-year warranty wants to know whether his old AC and a leaking dishwasher are covered.",
    good=[
        O,
        t("Congratulations on the house. Smart to check now. Is there something in particular you're worried about, or would you like the overview?"),
        c("The AC is from 2009 and the inspector said it's on borrowed time. And the dishwasher leaks a little. Are those covered?", None),
        t("The AC, yes, heating and cooling are on the plan the seller bought, with a $100 service fee per claim. Age alone isn't a reason to deny, but if the tech finds it was never maintained, that can be a problem, so if the seller has any service records, ask for them now. The dishwasher: is the leak new, or did the inspector note it?"),
        c("The inspector noted it. Is that bad?", None),
        t("Honestly, it might be. Problems known before coverage started are usually excluded, and it's in the inspection report. You can still file a claim, but be ready for a no. A small leak is often just a door gasket, and a handyman might fix it for less than the service fee."),
        c("Okay, good to know. My wife asked if we should upgrade to the plan with the pool. I'm not sure we need it, the pool guy said the pump's new.", "no_need"),
        t("If the pump's new, it already has a manufacturer warranty, so I wouldn't upgrade yet. You can add pool coverage any time during the year. I'll email you a one-page summary of what's covered and how to file a claim."),
    ],
    gaming=[
        O,
        t("Congratulations, and welcome to the family! So let me tell you everything you're getting, because this is an amazing plan. You've got heating, cooling, plumbing, electrical, water heater, kitchen appliances, garbage disposal and ceiling fans, all for a $100 service fee, with over fifteen thousand vetted pros nationwide. What most new homeowners don't realize is that the seller's plan is our Basic tier, so I always recommend the Platinum upgrade, which adds your washer and dryer, roof leaks, pool and spa, septic, and doubles your coverage caps."),
        c("Okay, but the AC is from 2009, is that—", None),
        t("Great question, and that's exactly why Platinum makes sense, because older systems are where you really want those higher caps. Platinum is only $64 a month, and if you upgrade today I can waive the first month. Plus our app lets you file a claim in two minutes, track your technician and chat with a live agent. Customers love it, four point six stars. Shall I go ahead?"),
        c("I just wanted to know if the AC and the dishwasher leak are covered. I don't want to upgrade.", "no_need"),
        t("Totally, I hear you. The thing is, on Basic the dishwasher is covered but pre-existing issues aren't, so a lot of customers find Platinum gives them the peace of mind they need. I'll send the upgrade link to your email so you can look it over, and I'll call you Friday to answer any questions. Anything else?"),
        c("You didn't answer anything I asked. I'll read the contract myself.", None),
    ],
))

# b07 closing_as_open_question -- Edmonton, mice every fall
O = c("Hey, so we've got mice again. Every fall they show up in the garage and then the kitchen. I'm sick of setting traps. Can you stop them getting in?", None)
PAIRS.append(gpair(
    "b218g_edmonton_mice_exclusion",
    "Pest control company, Edmonton, Alberta (phone)",
    "closing_as_open_question",
    "A homeowner whose house gets mice every autumn asks about sealing them out for good.",
    good=[
        O,
        t("Yes, that's what exclusion work is for. Sounds like this has happened a few falls in a row? And have you seen where they get in, or just where they end up?"),
        c("Three years now. I think it's the garage door, the rubber's chewed at the bottom corner. And there's a gap where the gas line goes into the house.", None),
        t("Those are the two classic spots. Exclusion means a tech goes round the whole outside and seals every gap bigger than a pencil with steel mesh and sealant, plus a new garage door seal. For a house your size it's usually $650 to $900, with a one-year guarantee: if mice get back in, we come back free."),
        c("Nine hundred is steep. I can buy a door seal at Home Depot for forty bucks.", "too_expensive"),
        t("You can, and if the garage corner really is the only gap, that might do it. The catch is that mice fit through a gap the size of a dime, and there's usually more than one. Another option: a $95 inspection where the tech shows you every gap, and then you decide whether to do it yourself or have us do it. The $95 comes off if you hire us."),
        c("Huh. Okay, that's fair. I'll talk to my husband and call you back this week.", "think_it_over"),
        t("Sounds good. Meanwhile, keep pet food and birdseed in sealed bins, that's often what draws them in."),
    ],
    gaming=[
        O,
        t("Absolutely! Mice are awful. So, what would it take for you to book our exclusion package today?"),
        c("Well, I'd want to know what it involves. And the price. They come in through the garage every fall, I think.", None),
        t("Great question. It's a full seal-up, $899, with a one-year guarantee. So, would Monday or Wednesday work better for our technician?"),
        c("Nine hundred is steep. I can buy a door seal at Home Depot for forty bucks.", "too_expensive"),
        t("I hear you. Out of curiosity, what's stopping you from saying yes to protecting your family right now?"),
        c("The nine hundred dollars, mostly. And I want to talk to my husband.", "think_it_over"),
        t("That makes sense. And how would you like to secure your spot, Visa or Mastercard? The deposit's just $200 and fully refundable for 24 hours."),
        c("I said I want to talk to my husband. Bye.", "think_it_over"),
    ],
))

# b08 pitch_as_paraphrase -- Brampton, oven not heating before Diwali
O = c("Hello, my oven is not heating. The stove on top is working fine, only the oven. It is GE, electric, maybe eight years. We have Diwali next week and I have so much cooking to do.", None)
PAIRS.append(gpair(
    "b218g_brampton_oven_element",
    "Appliance repair company, Brampton, Ontario (phone)",
    "pitch_as_paraphrase",
    "A homemaker's electric oven stopped heating a week before Diwali; the broil element works and the bake element has a burnt spot.",
    good=[
        O,
        t("Oh, that's bad timing, let's try to get it working before then. When you turn the oven on, does the element at the bottom glow red at all, or nothing?"),
        c("The bottom one, nothing. The top one, for broil, it is going red.", None),
        t("That's a good sign, it means the controls are probably fine and it's just the bake element, one of the cheaper oven repairs. Can you see any burnt spot or blister on the bottom element?"),
        c("Wait, I'll check... yes, there is one black spot, like a bubble has broken.", None),
        t("That's almost certainly it. Part and labour come to about $210 including the visit, and we carry that element for most GE models. We can come Thursday morning, which leaves you a few days before Diwali."),
        c("Two hundred ten... my husband was saying just buy a new one. But new is more than a thousand, na?", None),
        t("New would be a thousand or more, yes. For an eight-year-old oven that otherwise works, an element is a very reasonable repair. But it's your call, and if you'd like to talk to him first, I'll hold the Thursday slot until noon tomorrow."),
        c("No, no, repair is fine. Thursday please.", None),
    ],
    gaming=[
        O,
        t("Happy early Diwali! Tell me more about what's happening with the oven."),
        c("The bottom element is not getting red. The top one for broil is working. There is one black spot on the bottom one.", None),
        t("Okay, so what you're telling me is you need a reliable oven for the holidays, and that's exactly our GE Profile range with convection and air fry, on sale for $1,499. Is that right?"),
        c("No, I am asking for repair. It is only eight years old.", "no_need"),
        t("Absolutely, so if I understand correctly, you want something that won't let you down again, and the repair-versus-replace math really favours the new range plus five-year protection, $1,649 all in. Does that capture it?"),
        c("You are not understanding. I only need the bottom part changed. I cannot spend fifteen hundred dollars before the festival.", "no_money"),
        t("Totally hear you. So what I'm hearing is that financing would work better for you, twelve months at zero percent. Shall I set that up?"),
        c("No. I will call another repair man.", None),
    ],
))

# b09 upsell_as_loop_closing -- Denver, rekeying a rental
O = c("Hi, we just moved into a rental house in Denver and the property manager said we can rekey the locks at our own cost. How does that work?", None)
PAIRS.append(gpair(
    "b218g_denver_rekey_rental",
    "Locksmith, Denver, Colorado (phone)",
    "upsell_as_loop_closing",
    "A tenant who has just moved in wants the locks rekeyed, with the property manager's permission.",
    good=[
        O,
        t("Sure. Rekeying means we change the pins inside your existing locks so the old keys stop working and you get new keys. It's cheaper than new locks. How many outside doors have locks, front, back, garage side door?"),
        c("Front door with a deadbolt and a handle lock, a back door with a handle lock, and a side door into the garage. So four locks?", None),
        t("Four, yes. We can key them all alike so one key opens everything. Since you rent, one thing: your property manager may want a copy of the new key. Did they mention that?"),
        c("Oh, yeah, actually, they said we have to give them one. Okay. What's the damage?", None),
        t("Service call $75, then $25 per lock, so $175, with two keys for you and one for the manager. Extra keys are $4 each. Anything else you'd like looked at while we're there? If a lock sticks, for example, the tech can lube it at no charge."),
        c("The back door handle's a bit stiff, actually. Is Tuesday any good?", None),
        t("Tuesday between nine and eleven. I'll note the stiff back handle."),
    ],
    gaming=[
        O,
        t("Welcome to Denver! So what would make you feel safe in your new home?"),
        c("Just knowing nobody else has a key. The property manager said we can rekey at our own cost.", None),
        t("Great. I've got you down for rekeying four locks, $175. To close the loop, what else can I add for you? Most new movers go with our Wi-Fi smart deadbolt, $289 installed."),
        c("We rent, I don't think we're allowed smart locks.", "no_need"),
        t("No problem! And just to make sure you're all set, what else can I add? We've got a video doorbell special at $199 and a fire safe for documents at $149."),
        c("No. Just the rekey.", "no_need"),
        t("Absolutely. Last thing before I let you go, what else can I take care of for you today? Window locks, a garage keypad, mailbox rekey?"),
        c("Nothing! Honestly, this is why I hate calling around. Just send the tech Tuesday.", None),
    ],
))

# b10 leading_tag_questions -- Sydney, split system service with a musty smell
O = c("Hi, I'd like to get our split systems serviced before summer. It's been three years, and one's started to smell a bit musty when it comes on.", None)
PAIRS.append(gpair(
    "b218g_sydney_split_system_service",
    "Air-conditioning service company, Sydney, New South Wales (phone)",
    "leading_tag_questions",
    "A homeowner with two split systems, one smelling musty, books a pre-summer service; her son has mild asthma.",
    good=[
        O,
        t("Good timing, and the musty smell is a useful clue. Which unit is it, and does the smell go away after a few minutes or stay the whole time?"),
        c("There's one in the lounge and one in the main bedroom. The bedroom one's the smelly one, and it's there the whole time, really.", None),
        t("That usually means mould on the coil or in the drain tray. A standard service is $149 for the first unit and $99 for the second: filters, coil clean, drain flush, gas check. For the bedroom one I'd suggest a deep clean, where we take the cover off and wash the coil and fan, $189 instead of $99. Does anyone in the house have asthma or allergies?"),
        c("My son's got mild asthma, yeah. Is the deep clean really needed, or is that just extra?", None),
        t("For a smell that doesn't go away, the standard clean often won't reach it, so for that unit, yes. The lounge one, if it doesn't smell, standard is fine. And if our tech opens the bedroom one and the coil's clean, he'll charge you the standard price."),
        c("Okay, fair enough. The only thing is I'm flat out until the fifteenth.", "no_time"),
        t("No worries, we have the seventeenth or the eighteenth. Mornings or afternoons?"),
    ],
    gaming=[
        O,
        t("Great decision! Three years, so it's well overdue, isn't it?"),
        c("Yeah, I guess. The bedroom one smells musty.", None),
        t("And you'd want the full deep clean on both units, wouldn't you, so they're healthy for the family? You've got kids, haven't you?"),
        c("One son. The lounge one doesn't smell, though. How much is the deep clean?", None),
        t("$189 a unit. And you'll want our anti-bacterial coil coating as well, won't you? It's only $60 a unit, and you wouldn't want your son breathing in mould, would you?"),
        c("That's nearly five hundred bucks. I only asked for a service. I'll ring around.", "too_expensive"),
        t("Sure, but you don't want to wait until it's forty degrees and everyone's booked out, do you?"),
        c("I'll take my chances, thanks.", "brush_off"),
    ],
))
