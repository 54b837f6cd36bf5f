"""Ranked pairs d01-d10: two decent conversations, `better` clearly better. Written by hand for blind62."""
from common import c, rpair, t

PAIRS = []

# d01 IT managed services, Singapore
_open = c("Hi, I'm the office manager at a small law firm in Tanjong Pagar, fifteen people. Our laptops are so slow, the lawyers keep complaining. I'd like a quote for new ones.", None)
PAIRS.append(rpair(
    "b62r_d01_singapore_it_slow_laptops",
    "IT support company, Singapore: a law firm's office manager asks for a quote for fifteen new laptops because 'everything is slow'.",
    better=[
        _open,
        t("Happy to quote. Before I do - when the lawyers say slow, what exactly are they waiting for? Starting up, opening files, something else?"),
        c("Mostly opening documents from the shared drive. Sometimes a minute for a big bundle. And the video calls freeze.", None),
        t("So opening documents from the shared drive, up to a minute for big bundles, and calls freezing. That sounds less like the laptops and more like the network or the file server. How old is the server, and is everyone on Wi-Fi?"),
        c("The server, I think it was put in in 2016. Yes, all Wi-Fi. Honestly new laptops were in the budget for this year, so I thought just replace them.", None),
        t("Understood. New laptops might not fix it, and I'd hate you to spend 25,000 and still hear complaints. Our engineer can spend two hours on site, free, testing the server and the Wi-Fi. If it's the laptops, I quote laptops; if it's the server, you know before spending."),
        c("Two hours... the partners won't like someone poking around during the working day.", "no_time"),
        t("We can come at 7:30 before anyone's in, or on a Saturday morning. Which is easier for you?"),
    ],
    worse=[
        _open,
        t("Sure. For lawyers I'd suggest a business laptop with 16 GB of RAM and an SSD - about 1,700 each, so 25,500 for fifteen, including setup and data transfer."),
        c("That's around what we budgeted. Will that fix the slowness with the shared drive?", None),
        t("Newer machines will definitely be faster overall - yours are probably four or five years old. We also include a three-year on-site warranty."),
        c("Okay. I need sign-off from the managing partner before I commit.", "think_it_over"),
        t("Of course. I'll send the quote today, valid for 30 days, and I'm happy to join a call with the partner if that helps."),
    ],
))

# d02 pharmacy, Montreal (Canada)
_open = c("Bonjour, hi, I need something for a cough. A dry one. It's been annoying me for weeks.", None)
PAIRS.append(rpair(
    "b62r_d02_montreal_pharmacy_dry_cough",
    "Community pharmacy, Montreal (Canada): a customer asks for cough syrup for a dry cough that has lasted weeks; she recently changed blood-pressure medication.",
    better=[
        _open,
        t("Sure. Weeks - how many, roughly? Any fever, phlegm, or trouble breathing?"),
        c("Maybe five, six weeks. No fever, nothing coming up, just this tickle, especially at night.", None),
        t("Okay, a dry tickly cough for five or six weeks, no fever. Are you taking any regular medication - anything new in the last couple of months?"),
        c("Just my blood pressure pill. The doctor changed it in, uh, September I think. Ramipril.", None),
        t("That's really useful. Ramipril causes exactly this kind of dry cough in some people, and syrup won't do much if that's the reason. Please don't stop it on your own, but talk to your doctor - I can fax a note to your clinic today if you like."),
        c("Really? A pill can do that? I was going to buy the expensive syrup.", None),
        t("It can, it's quite common. The syrup would mostly cost you money. For tonight, a spoon of honey before bed is fine. I'll write down the drug name and when you started it, for your doctor."),
    ],
    worse=[
        _open,
        t("Sure. Any fever or phlegm?"),
        c("No fever, nothing coming up. Just a tickle, especially at night.", None),
        t("For a dry cough this dextromethorphan syrup works well, a dose every six hours, and there's a night version that helps you sleep. It's 13.99."),
        c("Hmm, fourteen dollars for a syrup. Is there a cheaper one?", "too_expensive"),
        t("The store brand has the same ingredient for 8.49. If it's not better in a week, see your doctor."),
        c("Okay, the store brand then.", None),
    ],
))

# d03 wine wholesaler, Buenos Aires (Argentina)
_open = c("Hola. I'm opening a second restaurant in Palermo next month and I need a wine list. Something different from the first place, but I don't want to spend a fortune on stock.", None)
PAIRS.append(rpair(
    "b62r_d03_buenosaires_wine_list",
    "Wine wholesaler, Buenos Aires (Argentina): a restaurateur needs a list for a new small-plates place with little storage.",
    better=[
        _open,
        t("Congratulations. Tell me about the new place - what's the food, and who do you expect to come?"),
        c("Small plates, a lot of fish, some vegetarian. Younger crowd than the first, people from the offices around, after-work drinks. The first place is a parrilla, all Malbec.", None),
        t("So small plates, fish and vegetables, an after-work office crowd - very different from a parrilla. That points to whites, rosados and lighter reds, more by the glass. How much storage do you have, and what price per bottle on the list?"),
        c("Storage is small, a fridge and one shelf. On the list between 12 and 25 thousand pesos a bottle. I don't want to be stuck with cases I can't sell.", None),
        t("Then I'd start with 12 labels, not 30, and you buy by the box of six so nothing sits. Let me bring six samples - a Torrontes, a Sauvignon Blanc from Gualtallary, a rosado, a Patagonian Pinot, a Criolla, a Bonarda - and you taste them with your chef against the dishes. No commitment."),
        c("Sounds good, but next week is crazy with the building works. After the 20th maybe.", "no_time"),
        t("After the 20th is fine. I'll call you on the 21st and bring the samples once the kitchen is cooking - they're better tasted with the food anyway."),
    ],
    worse=[
        _open,
        t("Congratulations! Here's our catalogue. Our bestsellers for restaurants are the Malbec reserva, the Cabernet Franc and the Torrontes - they move fast."),
        c("The first place is all Malbec, I want something different here. Small plates, fish.", None),
        t("Then the Torrontes and the Sauvignon Blanc go well with fish, and we have a nice Pinot Noir. Minimum order is one case of each, 12 bottles."),
        c("Twelve of each is a lot for my storage. Leave me the catalogue and I'll get back to you.", "brush_off"),
        t("Of course. Call me when you're ready and I'll arrange the delivery."),
    ],
))

# d04 lettings agent, Glasgow (Scotland)
_open = c("Hi, I've got a two-bed flat in Dennistoun I want to rent out. What are your fees?", None)
PAIRS.append(rpair(
    "b62r_d04_glasgow_lettings_landlord",
    "Letting agent, Glasgow (Scotland): a first-time landlord about to move abroad asks about fees.",
    better=[
        _open,
        t("Happy to go through them. First, can I ask about your situation - have you let a property before, and will you be nearby?"),
        c("First time. I'm moving to Dubai on a two-year contract, so no, I won't be around.", None),
        t("So a first-time landlord, two years in Dubai, not able to pop round. Then someone has to handle repairs, the deposit scheme, the gas safety check and landlord registration. Let-only is a one-off 600 but you'd do all that yourself; full management is 12 percent of the rent and we do it all. With you abroad, I'd honestly lean to full management."),
        c("Twelve percent's a big chunk. My pal lets his through one of those online agents for way less.", "too_expensive"),
        t("It is a chunk. Online agents are fine if you're local and can deal with a boiler on a Saturday night. The question is who picks up the phone when you're four hours ahead. What's your biggest worry about renting it out?"),
        c("Honestly, damage. My mum's furniture is still in there.", None),
        t("Then we'd do a photo inventory, and you might put the pieces that matter into storage before you go. I'll come out this week to value the rent and talk it through, no charge."),
    ],
    worse=[
        _open,
        t("Sure. Two options: let-only at 600, where we find and reference the tenant, and full management at 12 percent of the rent, where we also do repairs, rent collection and inspections."),
        c("Twelve percent's a big chunk. My pal uses an online agent for way less.", "too_expensive"),
        t("Online agents can be cheaper, but our local team handles everything and we've been in Glasgow twenty years. Most landlords say it's worth the peace of mind."),
        c("Aye, maybe. I'm moving to Dubai in six weeks, so I'll need to decide soon.", None),
        t("No problem, I'll come out this week to value the rent and you can decide after that."),
    ],
))

# d05 irrigation supplier, Agadir region (Morocco)
_open = c("Salam. I have four greenhouses tomatoes near Chtouka. I water by hose, it takes too much water and time. I want drip system. How much cost?", None)
PAIRS.append(rpair(
    "b62r_d05_agadir_drip_irrigation",
    "Irrigation supplier near Agadir (Morocco): a tomato grower with a falling, slightly salty well wants drip irrigation.",
    better=[
        _open,
        t("Wa alaykum salam. Good choice for tomatoes. Where does your water come from - a well or the canal? And do you know if it's salty?"),
        c("From a well. The water is a little salty, yes, the leaves sometimes burn at the edge. The well is getting lower every year.", None),
        t("So a well that drops every year and slightly salty water. That matters: with salty water drip needs a good filter, sometimes a little extra water to wash the salt down, and the drippers can block. How big is each greenhouse?"),
        c("Each one is half hectare. Two hectares total.", None),
        t("For two hectares with filter, pipes and a fertiliser injector, about 60,000 dirhams. The state subsidy for drip can cover a large part, but the file takes some months. You could start with one greenhouse now, about 15,000, and we do the subsidy file for the rest."),
        c("60,000 I don't have now. One greenhouse maybe. I must talk with my brother, we work together.", "no_money"),
        t("Of course. I'll come Thursday to see the well and test the water, free, and your brother can be there. Then you both see the real plan."),
    ],
    worse=[
        _open,
        t("Wa alaykum salam. For tomatoes we install drip with 2-litre drippers every 30 centimetres. How big are the greenhouses?"),
        c("Four, each half hectare.", None),
        t("So two hectares. The full system with filter and pipes is about 60,000 dirhams, installed in one week. It saves around 40 percent of water."),
        c("60,000 I don't have now. Maybe after the harvest.", "no_money"),
        t("No problem. There is a state subsidy for drip, I can give you the form. Call me when you are ready."),
    ],
))

# d06 music school, Vienna (Austria)
_open = c("Gruss Gott, hello. My daughter is eight and she wants piano lessons. Do you have places for children?", None)
PAIRS.append(rpair(
    "b62r_d06_vienna_music_school_piano",
    "Music school, Vienna (Austria): a parent asks about piano lessons for an eight-year-old who has no piano at home.",
    better=[
        _open,
        t("Yes, we do. What made her want to start - has she played a bit already, or heard someone play?"),
        c("Her friend plays, and she watched a concert at school. She plays songs by ear on her grandma's old keyboard.", None),
        t("Playing by ear at eight is a good sign. Is there an instrument at home she can practise on, or only at grandma's?"),
        c("Only the keyboard at grandma's, once a week. A piano is too expensive for us now, and the flat is small.", "no_money"),
        t("Many children start on a keyboard - a 61-key one with touch-sensitive keys, about 200 euros, is enough for the first year or two. Practising a little every day matters more than the instrument. Lessons are 30 minutes, 72 euros a month. Would she like a trial lesson to see if she likes the teacher?"),
        c("Yes, a trial is good. After school, three o'clock or later?", None),
        t("Tuesday at 15:30 with Frau Novak, who is lovely with beginners. I'll also send you a short list of keyboards that are fine to start with."),
    ],
    worse=[
        _open,
        t("Yes, we do. Lessons for children are 30 minutes once a week, 72 euros a month, and the semester starts in September."),
        c("Okay. She has only a keyboard at grandma's. Is that a problem?", None),
        t("She'll need to practise regularly, ideally on a piano. We rent pianos from 45 euros a month."),
        c("Hm, 45 more every month, I don't know. I need to talk to my husband.", "think_it_over"),
        t("Of course. There's a place on Tuesdays at 15:30; I can hold it until Friday."),
    ],
))

# d07 e-bike shop, Amsterdam (Netherlands)
_open = c("Hoi, I'm looking for an electric bike. I want to cycle to work instead of the train. It's about 18 kilometres each way.", None)
PAIRS.append(rpair(
    "b62r_d07_amsterdam_ebike_commute",
    "E-bike shop, Amsterdam (Netherlands): a 61-year-old wants to commute 18 km by e-bike; he lives on a third floor without a lift.",
    better=[
        _open,
        t("Nice plan. Tell me about the ride - mostly bike paths, bridges, wind? And where does the bike stay at home?"),
        c("Mostly paths along the Amstel, a lot of headwind some days. At home... that's the problem, I live on the third floor, no lift, and bikes get stolen on the street.", None),
        t("So 18 kilometres with headwind, and a bike you might carry up three floors. Most commuter e-bikes weigh 25 to 28 kilos, heavy on stairs. There are lighter ones around 17 kilos with a smaller battery - enough for 36 kilometres a day if you charge each night. Would you carry it up, or could it stay at work?"),
        c("I'd carry it. I'm sixty-one but I'm fit. The light ones are more expensive, I guess?", None),
        t("Yes, about 2,800 against 2,300 for a heavier one. Take both for a test ride, and try carrying each up our stairs here. If the light one isn't worth the difference to you, you'll feel it."),
        c("Good idea. My wife wants to see too - can we come Saturday?", None),
        t("Saturday is perfect. I'll have both charged and ready at ten."),
    ],
    worse=[
        _open,
        t("Great. For 18 kilometres I'd take this one, our best-selling commuter - 500 Wh battery, mid motor, 2,300 euros. Range about 80 kilometres."),
        c("It looks nice. It's quite heavy though, no?", None),
        t("It's 27 kilos, but with the motor you don't feel it while riding. And with the big battery you only charge twice a week."),
        c("Hmm. I live on the third floor. I'll think about it.", "think_it_over"),
        t("Sure. Come back for a test ride whenever you like."),
    ],
))

# d08 business energy broker, Cardiff (Wales)
_open = c("Hiya, I run a bakery in Canton. Our electricity contract ends in March and the renewal quote is double what we pay now. Can you find us something cheaper?", None)
PAIRS.append(rpair(
    "b62r_d08_cardiff_energy_bakery",
    "Business energy broker, Cardiff (Wales): a baker whose renewal quote doubled wants a cheaper contract; he distrusts brokers.",
    better=[
        _open,
        t("I can try. Before I go shopping - when do the ovens run? Bakeries are often busiest in the early hours."),
        c("We start at three, ovens flat out till about eight, then it's quiet, just the fridges and the shop lights. Closed Sundays.", None),
        t("So heavy use from three to eight in the morning, quiet after. Useful - some suppliers have cheaper night rates, and a lot of your heavy use falls before seven. Do you have a smart meter that records half-hourly?"),
        c("I think so, they changed the meter last year. Look, I've had brokers before who just stuck me on whatever paid them most.", "bad_experience"),
        t("Fair worry. We're paid a commission by the supplier too - it'll be printed on each quote in pence per unit so you can see it. Send me twelve months of meter data and I'll compare a flat rate and a time-of-use rate, with our commission shown on both."),
        c("Right. That's more honest than the last lot. I'll send it tonight.", None),
        t("Great. I'll have both options back to you by Friday, and we can go through them on the phone before you sign anything."),
    ],
    worse=[
        _open,
        t("I can. We work with twenty suppliers. Send me your latest bill and I'll get quotes on a fixed two-year deal - that's the safest in this market."),
        c("Okay. I've had brokers before who stuck me on whatever paid them the most.", "bad_experience"),
        t("We're not like that, we always look for the cheapest fixed rate for you. I'll have three quotes back by Friday."),
        c("Fine, I'll email the bill.", None),
        t("Perfect, speak Friday."),
    ],
))

# d09 physiotherapy clinic, Perth (Australia)
_open = c("Hi, can I book a sports massage? My knee's been sore and I've got the City to Surf half in three weeks.", None)
PAIRS.append(rpair(
    "b62r_d09_perth_physio_runner_knee",
    "Physiotherapy clinic, Perth (Australia): a runner with outer-knee pain three weeks before a half marathon asks for a massage.",
    better=[
        _open,
        t("Sure, let's get you sorted. Where on the knee is it sore, and when does it come on - during a run, after, on stairs?"),
        c("Outside of the knee. Comes on about five k into a run, then it gets sharp and I have to stop. Fine walking around.", None),
        t("Outside of the knee, starts around five k, sharp enough to stop you, fine otherwise. That's often the ITB - a massage eases it for a day or two, but it usually comes back unless we find out why. Has your training changed lately?"),
        c("I've upped the mileage a lot, like doubled it in a month. Yeah, probably stupid.", None),
        t("Not stupid, very common before a race. With three weeks to go I'd suggest an assessment instead of just a massage: 45 minutes, we check your hips and running, treat the tight bits, and plan the next three weeks so you can still start. It's 110, and most of it is claimable on your cover."),
        c("110, hmm, the massage was 80. But if it gets me to the start line... okay, book the assessment.", "too_expensive"),
    ],
    worse=[
        _open,
        t("Sure! Our sports massage is 60 minutes for 80 dollars. Any particular area?"),
        c("The outside of the knee and the thigh. It gets sharp about five k into a run.", None),
        t("Sounds like a tight ITB, we see that a lot in runners. The massage should loosen it off. Our three-massage pack is 210 and would take you to race day."),
        c("Three's probably overkill, I'm a bit skint after the race entry. Just the one for now.", "no_money"),
        t("No worries, I've got Thursday at 5:30 with Kylie."),
        c("Perfect.", None),
    ],
))

# d10 print shop, Nairobi (Kenya)
_open = c("Hello, I need 500 brochures printed for a conference on Thursday. We are an NGO working on water projects. How fast can you do it?", None)
PAIRS.append(rpair(
    "b62r_d10_nairobi_print_brochures",
    "Print shop, Nairobi (Kenya): an NGO needs 500 brochures for a donor conference in four days.",
    better=[
        _open,
        t("We can do it. Is the design ready, and what size and paper are you thinking? And when on Thursday do you need them in hand?"),
        c("The design is ready, A4 folded in three. We need them Wednesday evening because the conference starts at 8 on Thursday at KICC.", None),
        t("So A4 tri-fold, design ready, in your hands Wednesday evening for an 8 a.m. start. Who will receive them - donors, community members, government?"),
        c("Mostly donors and county officials. Our director wants it to look professional. But our budget for printing is only 40,000 shillings.", None),
        t("For donors, 150-gram silk paper looks good, and 500 tri-folds come to about 32,500, inside your 40,000. I'll send a printed proof tomorrow at midday so you can check colours and folding before the run; if the director approves by 3, they're ready Tuesday, a day to spare."),
        c("Tuesday is even better. But the director is travelling, maybe she cannot approve by tomorrow afternoon.", "no_time"),
        t("Then I'll send a photo of the proof on WhatsApp as well, so she can approve from her phone. As long as we have approval by Tuesday morning, Wednesday evening is safe."),
    ],
    worse=[
        _open,
        t("We can do it. 500 A4 tri-folds on 130-gram gloss are 28,000 shillings, ready in three days."),
        c("Okay, that's within our budget. The design is ready.", None),
        t("Send it to our email and pay a 50 percent deposit by M-Pesa, and we start today. You can collect on Wednesday afternoon."),
        c("Good. I'll send it now.", None),
        t("Thank you, we'll call you when they're ready."),
    ],
))
