"""Gaming pairs, file a (written by hand for blind216)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- a1 monologue
_open = c("G'day, I run a plumbing outfit out of Brisbane, five vans. A mate said you lot do GPS tracking. Just trying to get a feel for what it costs.", None)

PAIRS.append(gpair(
    "b216g_brisbane_fleet_tracking", "fleet tracking for a five-van plumbing business, Brisbane", "monologue",
    "The owner of a small plumbing business rings a telematics company for a rough price on tracking his vans.",
    good=[
        _open,
        t("Happy to help with that. Before I throw numbers at you, what's got you looking at tracking now? Is something going on with the vans?"),
        c("Yeah, look, two things. Fuel's gone through the roof and I reckon one of the boys is taking his van home to Ipswich every night. And customers ring up asking where's the plumber and I've got no idea.", None),
        t("So fuel costs, a van you think is going home with someone, and not being able to tell customers when the plumber's turning up. Which of those hurts more day to day?"),
        c("Honestly the customer calls. My wife does the phones and she's sick of saying he's on his way when she doesn't know. The fuel thing I can probably sort with a chat to the bloke.", None),
        t("Makes sense. For that, the basic plan gives live location on a phone app, so she sees all five vans on one map. It's 29 dollars a van a month, and no install fee if you plug the units in yourself. There's a dearer tier with driver scoring, but from what you've said you don't need it."),
        c("So about a hundred and forty-five a month. Hmm. That's not nothing for us. I'd want to be sure it's worth it before I lock in for a year.", "think_it_over"),
        t("Fair enough. The monthly plan has no lock-in, and I can send two units for a free fortnight. Put them in the vans your wife gets asked about most, and if she's not using the map by week two, post them back. Would that work?"),
        c("Yeah, righto. Send two, I'll put them in Dave's and Shane's vans.", None),
        t("Done. I'll email the trial form today and ring you on the fourteenth to see how she's finding it."),
    ],
    gaming=[
        _open,
        t("Great question, and thanks so much for reaching out! What's driving your interest today? Actually, let me tell you a bit about us first, because it'll answer most of it. We're Australia's fastest growing telematics provider, twelve thousand vehicles tracked, and the platform gives you live location, driver behaviour scores, fuel card integration, geofencing, service reminders and a full customer portal."),
        c("Right. I've only got five vans, mate.", None),
        t("Totally understand, and that's exactly who we love working with. So what I'm hearing is you want visibility. Our Pro tier is where most tradies land: dash cams front and rear, fatigue alerts, harsh braking reports emailed every Monday, and it links to your job software so customers get a text with the ETA. It's 59 a van plus install, and honestly the cameras pay for themselves the first time someone reverses into you."),
        c("Fifty-nine a van? I was thinking twenty-odd. I don't need cameras.", "too_expensive"),
        t("I hear you, and plenty of our customers said the same until they saw the reports. Let me walk you through the onboarding experience: we install at your yard, we train your office person, you get a dedicated success manager, and at ninety days we sit down for a business review. Does that sound like the kind of partnership you're after?"),
        c("Look, I just wanted a price for the basic one. Flick me an email, I'll have a look when I'm not on the tools.", "brush_off"),
        t("Absolutely, I'll send the Pro proposal with the cameras included so you can see the full picture. Anything else I can help with today?"),
        c("Nah. Cheers.", None),
    ],
))

# ---------------------------------------------------------------- a2 closing_as_open_question
_open = c("Hi, I own a flower shop in Kensington, here in Calgary. I'm looking at maybe leasing a van with a fridge unit? We've been using my own SUV and it's not working.", None)

PAIRS.append(gpair(
    "b216g_calgary_van_lease", "refrigerated van leasing for a florist, Calgary", "closing_as_open_question",
    "A florist who delivers in her own SUV calls a commercial van leasing firm about a refrigerated van.",
    good=[
        _open,
        t("Thanks for calling. Tell me a bit about how you'd use it: how many deliveries a day, and how far out?"),
        c("Normal weeks maybe ten, twelve drops, mostly inner city. But Valentine's and Mother's Day it's like sixty a day and I hire a driver. The rest of the year I honestly don't know if I'd fill it.", None),
        t("So a steady ten or twelve a day close in, then two huge spikes, and you're not sure a full-time fridge van earns its keep the other ten months. Have I got that right?"),
        c("Yes, exactly. And the fridge van lease I looked at was like twelve hundred a month, which is crazy for a shop our size.", "too_expensive"),
        t("That's about what a reefer van runs on a three-year lease, yes. Two options worth comparing: a small cargo van with an insulated box and no compressor, which keeps flowers fine most of the Calgary year, at about six-fifty a month. Then for February and May you rent a second refrigerated van by the week. I can price both so you see the yearly totals side by side."),
        c("Okay, that's interesting. I need to run it past my business partner though, she does the books.", "think_it_over"),
        t("Of course. I'll email both options with yearly totals today, and if it helps I can join a call with the two of you Thursday or Friday. Which suits?"),
        c("Friday morning, before ten. We do the market run after that.", None),
        t("Friday at nine it is. I'll send the invite with the quote attached."),
    ],
    gaming=[
        _open,
        t("Great to hear from you! What would you like to see in your ideal delivery van?"),
        c("Just something with a fridge that isn't a fortune. Normal weeks I've maybe ten deliveries, but Valentine's and Mother's Day it's crazy.", None),
        t("Love that. So when you picture Mother's Day running smoothly, what would it take for you to drive away in our refrigerated Transit this week?"),
        c("This week? I'm just getting prices. The one I saw elsewhere was twelve hundred a month, that's a lot for us.", "too_expensive"),
        t("Totally valid. And if I could get you to eleven-fifty, how would you like to handle the paperwork, in person or e-sign?"),
        c("I haven't said I want it. My partner does the books, I can't sign anything without her.", "think_it_over"),
        t("Of course, and I respect that. How soon could you get her on the phone so we can lock in the deposit today?"),
        c("You're not listening. I'll talk to her and call back if we're interested.", "brush_off"),
        t("Absolutely. And just so I understand your needs, what's the one thing stopping you from saying yes right now?"),
        c("You are, honestly. Bye.", None),
    ],
))

# ---------------------------------------------------------------- a3 pitch_as_paraphrase
_open = c("hi we have 22 people in the office and our coffee machine died last week. looking at options", None)

PAIRS.append(gpair(
    "b216g_portland_office_coffee", "office coffee service for an architecture studio, Portland, Oregon", "pitch_as_paraphrase",
    "The office manager of a 22-person architecture studio types into an office-coffee supplier's web chat.",
    good=[
        _open,
        t("Sorry to hear it died, that's a rough week for an office. What were you using before, and what did people like or not like about it?"),
        c("a pod machine. people liked it ok but the pods cost a fortune and the recycling was a pain. half the team drinks oat milk lattes and the other half just want drip", None),
        t("Got it: two camps, oat milk lattes and plain drip, and the pod cost and the waste were the main gripes. Roughly how many cups a day, would you guess?"),
        c("no idea honestly. maybe 40? we have a budget of about 300 a month, the partners set that", None),
        t("That helps. At 40 cups, a bean-to-cup machine with a small milk fridge fits under 300 if you rent it: about 240 a month plus roughly 60 in beans. It does a long black for the drip people and lattes with any milk. If they really want a carafe, a batch brewer adds 35. Want me to bring one out so people can try it before you decide?"),
        c("a trial would be good. can it be next week, the partners are away until the 14th", None),
        t("Sure. I'll book Tuesday the 15th for a free two-week trial, and I'll email the costs in writing so the partners have them when they're back."),
        c("perfect thanks", None),
    ],
    gaming=[
        _open,
        t("Oh no! I'd love to understand your situation. What's your team's coffee culture like?"),
        c("we had a pod machine. pods cost a fortune. half the team drinks oat milk lattes, half just want drip", None),
        t("So what I'm hearing is you need our Barista Elite 9000 with the dual-boiler upgrade and the premium bean subscription, is that right?"),
        c("i dont know what that is. how much is it. we only have about 300 a month", None),
        t("Great, so if I'm playing it back correctly, your team's experience really matters to you, which means the Elite package at 489 a month is the right fit, correct?"),
        c("no thats way over. the partners wont go past 300, period", "no_money"),
        t("Understood. So what you're really saying is you want the best long-term value, which is exactly what the Elite's 36-month term gives you. Did I capture that correctly?"),
        c("not really no. just email me something and ill look at it", "brush_off"),
        t("Will do! Just to confirm, you'd like the Elite proposal with the 36-month term emailed over?"),
        c("no. the thing under 300. never mind ill google it", None),
    ],
))

# ---------------------------------------------------------------- a4 upsell_as_loop_closing
_open = c("Hello, I am a realtor, I just moved to a new brokerage in Scarborough and I need new business cards. Five hundred, maybe? By Friday if possible.", None)

PAIRS.append(gpair(
    "b216g_toronto_print_cards", "print shop, business cards for a realtor, Toronto", "upsell_as_loop_closing",
    "A realtor who just changed brokerage walks into a small print shop in Scarborough for new business cards.",
    good=[
        _open,
        t("Congratulations on the move. Do you have the brokerage's logo files and layout, or would you need us to set it up?"),
        c("They sent me a PDF template. I just need to put my name, phone and photo. The last printer I used, my photo came out all dark, so I am a bit nervous about that part.", "bad_experience"),
        t("That happens a lot with photos taken indoors. If you send me the photo today, I'll check the brightness and email you a proof before anything prints, so you see exactly how it will look. Are cards the only thing you need for the move, or did the brokerage ask you for anything else?"),
        c("Only cards for now. The brokerage does the signs and all that.", None),
        t("Right. Five hundred on thick matte stock is 68 dollars, and Friday is fine if you approve the proof by Wednesday noon."),
        c("Okay, that is good. I will email the photo tonight.", None),
        t("Great. You'll have the proof Tuesday afternoon, and I'll call you if the photo needs any retouching."),
    ],
    gaming=[
        _open,
        t("Congratulations! Tell me more about what success looks like for you at the new brokerage."),
        c("Ha, selling houses. I just need cards with my name, phone and photo, they gave me a template.", None),
        t("Perfect, 500 cards, noted. Before we wrap up, what else can I add to make sure you're fully set up? Most agents grab our magnetic car signs."),
        c("No, the brokerage does the signs.", "no_need"),
        t("Got it. And just to close the loop, what else would help you stand out? We have a listing flyer bundle, a thousand glossy flyers for 199."),
        c("I don't need flyers, we do everything online now. Can you just tell me the price for the cards?", "no_need"),
        t("Absolutely, 68 for the cards. And is there anything else on your mind? A lot of realtors also add our open-house A-frame and branded pens, and we can do all of it by Friday."),
        c("Honestly, this is too much selling. I will order the cards online.", None),
    ],
))

# ---------------------------------------------------------------- a5 leading_tag_questions
_open = c("Hiya, I sell protein powder online and my garage in Joondalup is full. Literally can't park the car. I'm after some warehouse space but I've no clue how it works.", None)

PAIRS.append(gpair(
    "b216g_perth_pallet_storage", "warehouse pallet space for an online supplement seller, Perth", "leading_tag_questions",
    "A one-person online shop rings a small shared warehouse in Perth's northern suburbs about pallet storage.",
    good=[
        _open,
        t("Ha, the garage stage, we see that a lot. How much stock are we talking about, and how often does it move?"),
        c("Probably eight pallets? I get a container from the supplier every three months, then I pack maybe thirty orders a day myself.", None),
        t("Okay, eight pallets landing every quarter and about thirty orders a day that you pack yourself. Do you want to keep packing yourself, or would you want us to pick and pack for you?"),
        c("I'd keep packing for now. I can't really afford to pay someone per order yet, the margins are thin.", "no_money"),
        t("Fair enough. Then what fits is pallet storage plus a bench in our shared packing area, and you come in and pack. Eight pallets is 22 dollars each a week, the bench is 40 a week, and you've got access seven till five on weekdays. Does that fit with when you usually pack?"),
        c("Mostly. I pack at night sometimes, after my day job.", None),
        t("That's the catch, we're not open at night. Some of our people pack before work instead; if that won't work, a storage unit with 24-hour access might honestly suit you better. Want to come and see the space Saturday and decide then?"),
        c("Yeah, let's do Saturday. I'll have a think about the hours thing before then.", "think_it_over"),
        t("Great, Saturday at ten. I'll text you the address and the price sheet."),
    ],
    gaming=[
        _open,
        t("Love it, what a great problem to have! You'll want room to grow, won't you?"),
        c("I suppose. I've got about eight pallets, new stock every three months.", None),
        t("Eight pallets now, so you'd want to book twenty to be safe, wouldn't you? Growth like yours doesn't slow down, does it?"),
        c("Twenty? No way, I can't pay for twenty. Margins on protein are thin.", "no_money"),
        t("Totally understand. But you wouldn't want to get caught short at Christmas, would you? And you'll obviously want our pick and pack so you get your nights back, won't you?"),
        c("I actually like packing myself, it's how I check the orders. I just need somewhere to put the pallets.", "no_need"),
        t("Of course. Sounds like the Growth package is the sensible choice then, doesn't it? Twelve-month term, you're happy with that, aren't you?"),
        c("No, I'm not. I'll have a look at a few self-storage places and get back to you.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- a6 putdown_question
_open = c("Yeah, this is Tina at Buckeye Dental Lab. Your driver was supposed to pick up at two. It's three-forty. I've got a crown that has to be at a dentist in Dublin by four-thirty, the patient's in the chair at five.", None)

PAIRS.append(gpair(
    "b216g_columbus_courier_missed_pickup", "same-day courier account of a dental lab, Columbus, Ohio", "putdown_question",
    "A dental lab's dispatcher calls her courier company because a booked pickup never came and a patient is waiting.",
    good=[
        _open,
        t("I'm sorry, Tina, that's a real problem with a patient waiting. Let me pull it up. I see the two o'clock pickup on your account, reference ending 418. Is it one package going to Dublin?"),
        c("One small box. Same as every Tuesday. This is the second time this month, by the way.", None),
        t("Understood, the second time this month. Right now our nearest car is eleven minutes from you and can make Dublin by about four-twenty if 270 is moving. Shall I send him, at no charge?"),
        c("Yes, send him. But honestly, I'm starting to look at other couriers. I can't keep apologizing to dentists.", "bad_experience"),
        t("That's fair, and I'd feel the same. Once the crown's on its way, I'll find out why the two o'clock was missed both times and call you back by six with what happened and what we're changing on your Tuesday route. Is this number best?"),
        c("This number's fine. After five I'm usually in the back, so let it ring.", None),
        t("Will do. The driver is Marcus, silver Camry, and he's on his way now."),
    ],
    gaming=[
        _open,
        t("Okay, let's take a breath, I'm sure we can figure this out. Are you sure the pickup was actually booked for two and not four?"),
        c("Yes I'm sure, I book it every Tuesday. This is the second time this month.", None),
        t("Got it. And just so I understand, was the package actually ready at the door, or was our driver maybe waiting on your team like last time?"),
        c("Nobody was waiting on us. There was no driver. Can you just send someone?", None),
        t("I hear your frustration. But help me understand, why is a four-thirty delivery being booked so close to the wire in the first place?"),
        c("Because that's when the crown comes out of the furnace! Are you sending a car or not?", None),
        t("I can send one for the rush fee of 45. But is it fair to say some of this stress comes from your own scheduling? What could your lab do differently next Tuesday?"),
        c("Unbelievable. Forget it, I'll call someone else. And I want your manager's name.", None),
    ],
))

# ---------------------------------------------------------------- a7 not_my_department_or_read_the_terms
_open = c("Hi, I'm calling from Harbourview Imports on Hastings. Your cleaning crew hasn't done our kitchen or emptied the bins for two weeks now. Fruit flies everywhere. I want to know what's going on.", None)

PAIRS.append(gpair(
    "b216g_vancouver_cleaning_contract", "office cleaning contract of a small import firm, Vancouver", "not_my_department_or_read_the_terms",
    "An office manager rings her commercial cleaning company because half the contracted work has been skipped for two weeks.",
    good=[
        _open,
        t("I'm sorry, that's not okay, and fruit flies in a kitchen are miserable. Can I check: you're on the Tuesday and Friday evening service, and is it only the kitchen and bins being missed, or other areas too?"),
        c("Tuesday and Friday. The desks and floors look done. Just the kitchen, the bins, and the soap in the washroom wasn't refilled either.", None),
        t("Okay, so the kitchen, the bins and the soap refill, for the last two weeks, while desks and floors are done. That sounds like the crew's checklist changed. Tonight's Tuesday, so I'll have the supervisor on site to do the kitchen properly and go through the checklist with the crew."),
        c("Fine. But we paid for four visits that were half done. I'm not thrilled about paying full price this month.", None),
        t("You shouldn't have to. I'll put a credit for the kitchen part of those four visits on this month's invoice, 120 dollars, and email you the confirmation today. Is that fair?"),
        c("That's fair. Honestly though, if it happens again we'll probably go with someone else. We had the same thing with our last company.", "bad_experience"),
        t("Understood. I'll call you Wednesday morning after tonight's visit to check it's right, and again after Friday's."),
        c("Okay. Wednesday morning works.", None),
    ],
    gaming=[
        _open,
        t("Thanks for sharing that, I really want to understand your experience. Which crew is it? Because honestly, crew scheduling isn't my department, I'm in accounts."),
        c("I don't know the crew's name. I just know the kitchen's disgusting and we're paying for it.", None),
        t("I hear you. So what I'm hearing is the kitchen wasn't cleaned. Have you read section 4 of your service agreement? Kitchens are only included if the sink is cleared of dishes by 6 pm."),
        c("There weren't any dishes! And the bins aren't emptied either. I want a credit for those visits.", None),
        t("I understand how you feel. Credits have to be approved by operations, and I don't make the rules. Is there anything else I can help you with today?"),
        c("Yes, put me through to operations then.", None),
        t("Operations don't take calls, you'd need to email them through the portal. It's all in the terms on our website. Did that answer your question?"),
        c("No, it didn't. I'm going to start getting quotes from other cleaners.", None),
    ],
))

# ---------------------------------------------------------------- a8 social_proof_or_deadline_pressure
_open = c("Hi, um, we're opening a little café on The Parade in Norwood in about six weeks, and we need a sign out the front. I don't really know where to start, sorry.", None)

PAIRS.append(gpair(
    "b216g_adelaide_cafe_signage", "shopfront signage for a new café, Adelaide", "social_proof_or_deadline_pressure",
    "A shy first-time café owner phones a sign shop about a sign for her shopfront before opening.",
    good=[
        _open,
        t("No need to be sorry, that's what we're here for, and congratulations on the café. Do you know yet what the landlord allows on the front, like a fascia sign above the window, or something hanging out over the footpath?"),
        c("The landlord said the fascia's fine, the old shop had one. I don't know about council. We've got a logo, my brother did it.", None),
        t("Good. Replacing a fascia sign at the same size usually doesn't need council approval, but a sign hanging over the footpath would. Is the sign mostly for people driving past, or walking past?"),
        c("Walking, mostly. It's a strip with lots of foot traffic. Um, what does it cost? We've spent a lot on the fit-out already.", None),
        t("A fascia panel with your logo in printed vinyl, the same size as the old one, is around 1,400 installed. Lit letters are more like 4,000, but for people walking past in the daytime you may not need them. A window decal is about 250, so people can read the name up close."),
        c("Fourteen hundred is still more than we've got left, to be honest. Could we just do the window for now and the sign later?", "no_money"),
        t("You can. The window decal alone will get you open, and the fascia can go up whenever suits. If you email me the logo, I'll send a mock-up of both on a photo of your shopfront with the two prices, so you can decide in your own time."),
        c("Oh, that would really help. I'll send the logo tonight.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! Tell me, what does success look like for your café on opening day?"),
        c("Um, people coming in, I guess. We've got a logo, we just need a sign out the front.", None),
        t("Love that. Just so you know, every café on The Parade that opened this year went with our illuminated 3D letters. People notice the lit ones, that's just how it is now. Would that fit your vision?"),
        c("I don't think we can stretch to lit letters, we've spent so much on the fit-out already.", "no_money"),
        t("Totally hear you. The thing is, our installers are booked solid from next week, and this 3,950 price is only good until five today. After that it's 4,600. How do you feel about locking it in now?"),
        c("Today? I need to talk to my husband first, it's his café too.", "think_it_over"),
        t("Of course. Just bear in mind the two cafés down from you already signed this week, and I'd hate for yours to be the only dark sign on the strip. Can I take a small deposit to hold the spot?"),
        c("No, I think I'd rather get a couple of other quotes. Sorry.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- a9 keyword_stuffed
_open = c("Good afternoon. My name is Chidi Okafor, I have a small machine shop in southwest Houston. I ship two, three pallets of parts to a customer in Tulsa every two weeks. I want a quote from you people.", None)

PAIRS.append(gpair(
    "b216g_houston_ltl_freight", "LTL freight for a small machine shop, Houston", "keyword_stuffed",
    "The owner of a machine shop calls a regional freight carrier for a quote on regular pallet shipments to Tulsa.",
    good=[
        _open,
        t("Good afternoon, Mr. Okafor. Happy to quote. What are the pallets like, roughly how heavy, and does the freight need any special care?"),
        c("About 1,200 pounds each, steel flanges, shrink-wrapped. The problem is my current carrier, they damaged two loads this year. The forklift goes through the wrap and the parts get scratched. My customer rejected one whole pallet.", None),
        t("A rejected pallet is expensive. So the real issue isn't only the rate, it's the parts arriving scratched. How are they packed now, just wrapped, or crated?"),
        c("Only wrapped. Crating costs money and time, my men are busy. And how do I know you will not do the same thing?", "bad_experience"),
        t("Fair question. Honestly, every LTL carrier moves freight across docks. What cuts damage is fewer handlings: Houston to Tulsa we run direct, no transfer in Dallas, so it's loaded once and unloaded once. And corner boards and a top cap cost about 15 dollars a pallet, nothing like a crate. The rate would be 385 a pallet."),
        c("Three eighty-five. The current one is 340.", "too_expensive"),
        t("Right, about 135 more per shipment. Against one rejected pallet a year it may still come out ahead, but that's your call. Would you want to try one shipment next cycle and see how the parts arrive?"),
        c("Okay. One shipment, and we see. Next Thursday.", None),
        t("Good. I'll email the rate confirmation and the corner board specs today, and I'll call you Friday once Tulsa has signed for it."),
    ],
    gaming=[
        _open,
        t("Good afternoon, Mr. Okafor, and thank you for reaching out! I really want to understand your needs and your shipping experience so we can build a successful relationship. How do you feel about your freight journey today?"),
        c("My freight journey? I ship steel flanges to Tulsa. My carrier damaged two loads this year.", None),
        t("I completely understand how you feel, and I hear that your experience matters. Here, your success is our success, and we're all about relationships built on understanding needs. What does a successful partnership look like for you?"),
        c("A successful partnership is my parts arriving without scratches. Can you do that or not?", None),
        t("Absolutely, I feel that. So what I'm understanding is that your need is a positive shipping experience. We're committed to customer success and a relationship-first approach. How satisfied are you with that?"),
        c("I am not satisfied, I have not heard anything. What is your price, and how do you handle the pallets?", None),
        t("Great question, and I appreciate your openness. Our pricing is tailored to each relationship, so I'll have someone send you a customised success proposal. Is there anything else I can help you understand today?"),
        c("No. Send it, I will look at it. But the others gave me a number on the phone.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a10 rude
_open = c("Hi, I've got one of your vending machines at Red River Auto on Pembina. It's been eating toonies for a week. My guys are ticked off.", None)

PAIRS.append(gpair(
    "b216g_winnipeg_vending_repair", "vending machine in an auto repair shop, Winnipeg", "rude",
    "The owner of a car repair shop calls the vending operator whose drink machine sits in his staff room.",
    good=[
        _open,
        t("Sorry about that, nobody likes losing money to a machine. Is it the snack machine or the drink machine, and does it take the coin and give nothing, or just not register it?"),
        c("The drink one. Takes the toonie, display doesn't change. Loonies work fine. I've got a jar of IOUs here, twenty-six bucks.", None),
        t("So toonies only, on the drink machine, and your guys are out about twenty-six dollars. That sounds like the coin validator. I can have a tech out tomorrow between eight and noon, and he'll refund the twenty-six in cash from the machine."),
        c("Tomorrow morning's bad, the hoists are full and I won't have anyone free to let him in the back. Afternoon?", "no_time"),
        t("Afternoon works, between one and four. While he's there, is there anything about what's stocked that you'd want changed?"),
        c("Honestly, more of the energy drinks and less of that sparkling water. Nobody drinks it.", None),
        t("Done, I'll tell the route driver. Tech tomorrow between one and four, refund in cash, and more energy drinks from the next fill."),
        c("Good. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Right. And what exactly do you want me to do about it? Did you try giving it a kick?"),
        c("I'm not kicking a machine. It takes the toonie and nothing happens. My guys are out twenty-six bucks.", None),
        t("Okay, well, twenty-six bucks isn't exactly the end of the world. So what I'm hearing is some coins got stuck. Anything else?"),
        c("Yeah. I want it fixed and I want the money back for my guys.", None),
        t("Sure. Tech can come tomorrow morning. That's the only slot, take it or leave it."),
        c("Morning's no good, the shop's full and nobody can let him in the back.", "no_time"),
        t("Then I don't know what to tell you, buddy. How satisfied are you with the rest of the service? We can always just pull the machine if it's that much hassle."),
        c("You know what, pull it then. I'll get someone else in.", None),
    ],
))
