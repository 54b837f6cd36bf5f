"""Gaming pairs, file c (b232). Hand-written. Home furnishing and DIY retail: Australia, South Africa, UK."""
from common import c, gpair, t

PAIRS = []

# 1. putdown_question: Nottingham decorating shop, bubbling wallpaper
_open = c("Hiya. I hung that wallpaper I bought here on Saturday, the green leaf one, and it's gone all bubbly. I followed the instructions.", None)
PAIRS.append(gpair(
    "b232g_nottingham_wallpaper_bubbles", "decorating shop, Nottingham (first-time DIYer)", "putdown_question",
    "A first-time DIYer's new wallpaper has bubbled; the wall was freshly plastered a week earlier.",
    good=[
        _open,
        t("Oh, that's annoying after a weekend's work. Are the bubbles all over, or in patches? And is it a paste-the-wall paper or paste-the-paper?"),
        c("Patches. And paste the wall, that's what it said on the roll. I used the ready-mixed paste you sold me.", None),
        t("Small bubbles in patches on paste-the-wall paper often settle as it dries over a day or two. What was underneath, was the wall painted before, or bare plaster?"),
        c("New plaster. The plasterer finished about a week before.", None),
        t("That's most likely it. New plaster needs a few weeks to dry and a coat of size first, otherwise it pulls the paste in unevenly. Not something you'd know unless someone told you, and we should have asked at the till. If the bubbles are still there tomorrow, bring a photo in and I'll give you replacement rolls and a tub of size at no charge."),
        c("Oh. I thought you'd say it was me. I can't get in before Saturday though, I'm working in Derby all week.", "no_time"),
        t("Saturday's fine. Bring the photo and the batch number off the roll label, and I'll leave a note at the desk so whoever's on knows."),
        c("That's decent of you. Ta.", None),
    ],
    gaming=[
        _open,
        t("Right. And when you say you followed the instructions, did you actually read them, or kind of skim them like most people do?"),
        c("I read them. Paste the wall, hang the paper, smooth it out.", None),
        t("Okay. And have you ever hung wallpaper before, or was this your first go at something this ambitious?"),
        c("First time, yeah. But it's not rocket science, is it?", None),
        t("Well, clearly it is a bit. What did you smooth it with, a proper tool, or your hands?"),
        c("A plastic smoother. The one from here. Why are you talking to me like I'm thick?", None),
        t("I'm just trying to understand what went wrong. Be honest, did you prep the wall at all, or go straight onto it?"),
        c("I want to speak to someone else. I'm not standing here being talked down to.", None),
    ],
))

# 2. not_my_department_or_read_the_terms: Bloemfontein curtain shop, curtains made too short
_open = c("Good afternoon. I collected my made-to-measure curtains last week and they are ten centimetres too short. They hang above the floor like trousers that shrank.", None)
PAIRS.append(gpair(
    "b232g_bloemfontein_short_curtains", "curtain and fabric shop, Bloemfontein (home owner)", "not_my_department_or_read_the_terms",
    "A customer's made-to-measure lined curtains came back shorter than the drop she measured.",
    good=[
        _open,
        t("Ag no, that's not what you paid for. Do you have the order slip? I want to check the drop we wrote down against what you measured."),
        c("Here. I measured two-forty from the rail to the floor, my sister helped me. It says two-thirty here.", None),
        t("You're right, our slip says two-thirty, so either it was written down wrong or we misread your note. Either way we'll sort it. Are they lined?"),
        c("Yes, the thermal lining, because the bedroom is so cold in winter.", None),
        t("Then adding a band at the bottom would look patchy with the lining. I'll have them remade at two-forty at no cost. The workroom needs about eight working days. Can you hang the short ones until then?"),
        c("Eight days is fine. I just don't want to pay again, I paid nearly four thousand rand.", None),
        t("You won't pay anything more. I'm writing 'remake, shop error' on the new slip and signing it, and I'll WhatsApp you when they're ready."),
        c("Thank you. That's all I wanted.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon, I'm sorry you feel that way. I really want to understand your experience. Can I see the slip?"),
        c("Here. I measured two-forty. It says two-thirty.", None),
        t("Okay, so the slip says two-thirty and you signed it, see, your signature's right there. If you read the terms on the back, made-to-measure items can't be returned once the customer has approved the measurements."),
        c("I signed for the order, not for the wrong number. I didn't see it said two-thirty.", None),
        t("I hear you. Unfortunately the workroom is a separate department and I can't tell them what to do, I just take the orders. I didn't make the policy, ma'am."),
        c("So who can help me? I paid four thousand rand.", None),
        t("You can email head office, they handle complaints. Is there anything else I can help you with today?"),
        c("No. I will tell everyone at church not to come here.", None),
    ],
))

# 3. social_proof_or_deadline_pressure: Sheffield flooring showroom, stair carpet
_open = c("Hi. We need carpet for our stairs and landing. We've just moved in and the old one's threadbare and, er, a bit smelly.", None)
PAIRS.append(gpair(
    "b232g_sheffield_stair_carpet", "carpet and flooring showroom, Sheffield (first-time home owners)", "social_proof_or_deadline_pressure",
    "A young couple with a spaniel and a baby due need hard-wearing stair carpet.",
    good=[
        _open,
        t("Hi, congratulations on the move. Stairs take the hardest wear in a house. Who's using them, any pets or little ones?"),
        c("A spaniel, and a baby on the way, due in May. So it needs to be tough and easy to clean.", None),
        t("A spaniel now and a baby in May, so hard-wearing and cleanable. I'd look at a polypropylene or a wool-twist blend. Poly is bleach-cleanable and cheaper, the wool blend feels nicer and lasts longer on stairs. How many stairs, and is it a straight flight?"),
        c("Thirteen, with a turn at the bottom. And a small landing.", None),
        t("With the turn, that's about eight or nine square metres. The poly is around three hundred and twenty fitted with underlay, the wool blend about five-fifty. Do you want to take samples home and let the dog have a go at them?"),
        c("Ha, yes. We'll take both and decide at the weekend. We're a bit stretched after the move, so the cheaper one might win.", "think_it_over"),
        t("Makes sense. When you've decided, give me a ring and I'll book the fitter. They're about ten days out at the moment, so well before May."),
        c("Great, thanks.", None),
    ],
    gaming=[
        _open,
        t("Hi! Congratulations. So what's your vision for the stairs? Tell me about the feel you want."),
        c("Tough, easy to clean. We've got a spaniel and a baby due in May.", None),
        t("Lovely. Well, honestly, ninety percent of families on the new estates round here are going for our Luxe Saxony, it's the one everybody's got. I had three couples from Crookes in this week alone."),
        c("Saxony? Isn't that the long fluffy pile? We had one of those in our last flat and the dog matted it in a month.", "bad_experience"),
        t("It's very forgiving, everyone loves it. And the thing is, the fitters' prices go up on Monday and this sale price is only valid today, so if you want it in before the baby, today's really the day."),
        c("We were going to take samples home and think about it at the weekend.", "think_it_over"),
        t("I completely understand, but by the weekend it'll be twenty percent more and the slot will likely be gone. Your neighbours won't wait. Shall I take a deposit?"),
        c("No. If it's only good today then it's not for us. Come on, love.", None),
    ],
))

# 4. keyword_stuffed: Soweto hardware counter, gate motor battery
_open = c("Sawubona. My gate motor is dead after the load shedding, it doesn't open anymore. I think it is the battery. Do you have?", None)
PAIRS.append(gpair(
    "b232g_soweto_gate_motor_battery", "hardware store counter, Soweto (home owner)", "keyword_stuffed",
    "A home owner's sliding gate motor stopped after load shedding and he needs the right battery.",
    good=[
        _open,
        t("Yebo, we have. Which motor is it, do you know the make? It's usually on a sticker inside the cover."),
        c("It's a Centurion, the D5 I think. My son took a photo.", None),
        t("Let me see... yes, a D5 Evo. That takes a 12-volt, 7 amp-hour battery. How old is the one in there now?"),
        c("Maybe four years. It was there when we bought the house.", None),
        t("Four years with all the load shedding, that's about its life. The battery is three hundred and fifty rand. But if you bring the old one in, I can test it free in two minutes, to be sure it's not the charger."),
        c("It's in the car. Let me bring it.", None),
        t("Good. Okay, the tester says it's flat and won't hold a charge, so it is the battery. The new one connects the same way, red to red."),
        c("Okay. The garage near me sells them for two hundred, but I'd rather have the one you tested for. I'll take it.", None),
    ],
    gaming=[
        _open,
        t("Sawubona! Welcome. I really want to understand your needs today and make sure your experience with us is a success. How are you feeling about your gate situation?"),
        c("I am feeling the gate does not open. I need a battery.", None),
        t("I hear you, and I understand how important access to your home is for your family's experience of security. Here we believe in building a relationship that meets your needs holistically, so I'd love to understand your journey."),
        c("My journey is I am standing in the street opening the gate by hand. Which battery do I need?", None),
        t("I truly hear your need. To make your family's experience of security a long-term success, many customers in a relationship with us explore our full home inverter solution. How would that feel for you?"),
        c("An inverter? That is thirty thousand rand. Where must I get that money? I need one small battery.", "no_money"),
        t("Great question, I really appreciate that. Every customer's need is different, and I want to understand what success looks like for you, so together we can find the solution that best fits your needs."),
        c("Success is the gate opens. I'm going to ask the other man.", None),
    ],
))

# 5. rude: Belfast DIY store, first-time tiler
_open = c("Hi, I'm tiling my kitchen splashback, first time, and I'm wondering do I need to hire a tile cutter or can I just buy one of those hand ones?", None)
PAIRS.append(gpair(
    "b232g_belfast_splashback_tile_cutter", "DIY store with tool hire desk, Belfast (first-time DIYer)", "rude",
    "A first-time tiler asks whether to hire or buy a tile cutter for a ceramic splashback with socket cut-outs.",
    good=[
        _open,
        t("Good question. What are the tiles, ceramic, porcelain or glass? And roughly how many cuts?"),
        c("They're ceramic metro tiles, the wee white rectangular ones. About three square metres. There'll be cuts round the sockets.", None),
        t("Ceramic metros, three square metres, with socket cuts. For straight cuts a manual cutter does ceramic easily, and buying one is about thirty pounds, less than a weekend hire. For the sockets you need an L-shaped cut, so either a tile nibbler or an angle grinder."),
        c("I don't really want to be using a grinder in the kitchen, to be honest. My brother-in-law took a chunk out of his hand with one.", "bad_experience"),
        t("Fair enough. A nibbler and a tile file will do the sockets, just slower. Practise on a spare tile first. So: manual cutter, nibbler and a file, about forty-five pounds, and you keep them."),
        c("That's grand. And spacers?", None),
        t("Two mil for metros, they're by the grout. If you get stuck on the sockets, bring a tile in and I'll show you."),
        c("Lovely, thanks very much.", None),
    ],
    gaming=[
        _open,
        t("Depends. What tiles? Please don't tell me you bought porcelain without knowing what you'd cut it with."),
        c("Ceramic. Metro ones. About three square metres.", None),
        t("Right, well, you'd have known a hand cutter does those if you'd looked on YouTube. Sockets?"),
        c("Yes, a couple of sockets. I was wondering about hiring a wet saw for those.", None),
        t("A wet saw. For a splashback. Go on then, it's sixty quid a day, knock yourself out. Or buy a nibbler like a normal person."),
        c("Sixty a day's a bit much for two cuts, isn't it? I only asked a question.", "too_expensive"),
        t("And I answered it. Nibblers are aisle six. Anything else?"),
        c("No. Not from you, anyway.", None),
    ],
))

# 6. ignored_customer: Cairns paint shop, 1920s Queenslander and lead paint
_open = c("Hey, I'm going to repaint the outside of our old Queenslander, it's from the 1920s. Someone told me I should be worried about lead paint?", None)
PAIRS.append(gpair(
    "b232g_cairns_queenslander_lead_paint", "paint shop, Cairns (home owner renovating)", "ignored_customer",
    "A renovator with small children and a vegie garden asks about lead before repainting an old timber house.",
    good=[
        _open,
        t("They're right to mention it, houses that old very often have lead in the bottom layers. Are you planning to sand, or is the paint mostly sound?"),
        c("It's peeling in a lot of places. I was going to hire a sander and just go for it. We've got two little kids and a vegie garden under the house.", None),
        t("With peeling paint, two little kids and a vegie patch, I'd test before you sand anything. Sanding lead paint spreads dust everywhere, soil included. We sell lead test swabs, about twenty dollars a pack. You rub one on a chipped edge and it changes colour."),
        c("Twenty bucks, fine. And if it is lead?", None),
        t("Then no dry sanding. Wet-scrape the loose bits onto drop sheets, keep the kids away while you work, or get a licensed painter for the worst areas. For the paint itself, an exterior acrylic with mould resistance for the humidity up here. But test first, no point buying thirty litres till you know."),
        c("Yeah, makes sense. I'd been hoping to get it done before the wet, that's only a couple of months off.", None),
        t("You can still make it. Test this weekend, and if it's clear, come back and we'll sort colours and quantities."),
        c("Deal. Give me the swabs.", None),
    ],
    gaming=[
        _open,
        t("Great project! So tell me, what colours are you thinking?"),
        c("Haven't really thought about colour. I'm more worried about the lead thing, we've got little kids and a vegie garden under the house.", None),
        t("Love it. Heritage colours look amazing on Queenslanders, a classic white with a Brunswick green trim. How many litres do you reckon you'll need?"),
        c("No idea. But should I be sanding it or not? It's peeling everywhere.", None),
        t("Sanding's definitely the way to a good finish. We hire orbital sanders for forty-five a day. Shall I book you one for the weekend with the paint?"),
        c("No, don't book a sander. You haven't said a word about the lead, and I'm not sanding anything till someone tells me it's safe. I'll ask at the other place.", "no_need"),
    ],
))

# 7. repeated_questions: Stellenbosch blinds, guesthouse with six rooms
_open = c("Good morning. I run a guesthouse in Stellenbosch, six rooms, and I want to replace all the curtains with blinds before the season. Can you quote?", None)
PAIRS.append(gpair(
    "b232g_stellenbosch_guesthouse_blinds", "blinds company, Stellenbosch (guesthouse owner, B2B)", "repeated_questions",
    "A guesthouse owner wants blackout, easy-care blinds in six rooms before the tourist season.",
    good=[
        _open,
        t("Morning. Happy to. What's pushing the change, are the curtains worn out, or is it something about how the rooms work?"),
        c("Both. Guests complain the rooms get light at half past five, and the curtains are a nightmare to wash between bookings.", None),
        t("So blackout for the early light, and something quick to clean between guests. Are the windows the same size in all six rooms?"),
        c("Four rooms are the same, two bigger ones face the vineyard. Those have big doors onto the stoep.", None),
        t("For the four standard rooms, blackout rollers in a wipe-clean fabric. For the two with stoep doors, a panel glide works better on a wide opening. Would you like me to come and measure, or can you send sizes?"),
        c("Come and measure, please. And I'll be honest, the blinds I put in at home from another company, the chains broke within a year. I can't have that with guests yanking them.", "bad_experience"),
        t("Understood. For guest rooms I'd go with spring-assisted rollers, no chain at all, and a three-year guarantee on the mechanism. Would Tuesday morning suit, before check-ins?"),
        c("Tuesday's fine, nine o'clock. The season starts first of October, so they must be in by then.", None),
    ],
    gaming=[
        _open,
        t("Morning! Absolutely. So, tell me, what is it you're looking for?"),
        c("Blinds for six rooms, instead of curtains. Guests complain about the early light.", None),
        t("Great. And what sort of window coverings were you thinking of?"),
        c("Blinds. Blackout ones. Like I said.", None),
        t("Perfect. And just so I understand your needs, is it blinds or curtains you're interested in?"),
        c("Blinds! Six rooms. The curtains are a nightmare to wash.", None),
        t("Got it. And how many rooms are we talking about?"),
        c("Six. I've said six. Look, I've got guests checking in at two, just email me a quote.", "brush_off"),
    ],
))

# 8. wrong_paraphrase: Truro garden centre, coastal hedge
_open = c("Morning. I want to put a hedge along the bottom of the garden, we're near the sea and the wind flattens everything. What'll survive?", None)
PAIRS.append(gpair(
    "b232g_truro_coastal_hedge", "garden centre, Truro, Cornwall (home owner)", "wrong_paraphrase",
    "A home owner on a windy coastal hill wants a low hedge that keeps the sea view.",
    good=[
        _open,
        t("Morning. Coastal wind is tough, salt as well as wind. How close are you to the sea, and how long and how tall do you want the hedge?"),
        c("About half a mile, up on a hill. Maybe fifteen metres long. Chest height would do, I'm not trying to block the view.", None),
        t("Fifteen metres, chest height, keeping the view. For salt wind round here, escallonia and griselinia are the usual winners. Escallonia flowers, griselinia is glossy green and very tough. Is the soil heavy or free-draining?"),
        c("Quite sandy, drains fast. I'd like the flowers, the wife likes the bees.", None),
        t("Escallonia suits sandy soil. At two plants a metre that's thirty plants. Potted now they're about nine pounds each; bare-root in winter is about four. And I'd put up windbreak mesh for the first two years while they settle."),
        c("Nine quid a plant, thirty plants, that's near three hundred. Bit much.", "too_expensive"),
        t("Then wait till November and go bare-root, about a hundred and twenty for the lot. I can put your name down and ring you when they come in."),
        c("That's more like it. Put me down.", None),
    ],
    gaming=[
        _open,
        t("Morning! So what I'm hearing is you want a tall privacy screen to block out the neighbours, is that right?"),
        c("No, the neighbours are fine. It's the wind. And I don't want it tall, I want to keep the sea view.", None),
        t("Got it, so you're after something fast-growing that'll hit three metres quickly, like leylandii. Did I understand correctly?"),
        c("No. Chest height. I said I want the view.", None),
        t("Sure. And playing it back, you've got heavy clay and a shady spot, so we're looking at something like laurel."),
        c("I never said clay or shade. It's sandy and it's in full wind. Have you been listening?", None),
        t("Absolutely. So we're agreed on thirty leylandii at fourteen ninety-nine each, plus the feed and the stakes."),
        c("I'm not agreeing to anything. Thirty leylandii is the last thing I want on that hill. I'll go to the nursery in Hayle.", "no_need"),
    ],
))

# 9. pitch_to_upset: Penrith kitchen renovator, job three weeks late, newborn at home
_open = c("This is the third time I'm ringing. Our kitchen was meant to be finished three weeks ago. We've got a newborn and we're washing bottles in the bathroom sink. I'm at the end of my rope.", None)
PAIRS.append(gpair(
    "b232g_penrith_late_kitchen_newborn", "kitchen renovation company phone line, Penrith (home owner)", "pitch_to_upset",
    "An exhausted new parent rings for the third time about a kitchen install running three weeks late.",
    good=[
        _open,
        t("I'm really sorry. Washing bottles in the bathroom with a newborn is awful, and you shouldn't have had to ring three times. Can I grab your name or job number so I can see exactly what's holding it up?"),
        c("Nguyen, Emu Plains. Job 2291.", None),
        t("Thanks, Ms Nguyen. The hold-up is the stone benchtop: it was templated, but the fabricator hasn't cut it. That's ours to chase, not yours. Can I put you on hold for three minutes while I ring them now?"),
        c("Fine. But if you tell me 'next week' again I'm going to lose it.", None),
        t("Thanks for waiting. The stone's cut and being polished, install is booked for Thursday. And in the meantime our plumber can connect your sink temporarily on a board tomorrow, so you've got running water in the kitchen."),
        c("Thursday I'm at the paediatrician all morning.", "no_time"),
        t("Then Thursday from one. And I'll ring you myself Wednesday afternoon to confirm the truck's loaded, so you're not chasing us."),
        c("Okay. Okay, thank you. The sink tomorrow would honestly help a lot.", None),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that, and I totally understand your frustration. While I've got you, have you thought about upgrading to the integrated dishwasher? With a newborn you'll be washing bottles for years, it would honestly change your life."),
        c("Are you joking? I don't need a dishwasher, I need the kitchen you already sold me.", "no_need"),
        t("Absolutely, and I hear you. The benchtop's with the fabricator, so that's out of my hands, but it's actually a great moment to add the upgrade, because it'd go in at the same time. It's only nineteen hundred, with twelve months interest-free."),
        c("We've just had a baby and we're living out of boxes. We are not spending another cent.", "no_money"),
        t("Totally. What about the soft-close drawer upgrade then? Only three-fifty, and with a baby sleeping it's a real game changer."),
        c("Put me through to your manager. Now.", None),
    ],
))

# 10. blame: Pietermaritzburg tool hire, concrete mixer cut out mid-pour
_open = c("Hey. The mixer I hired from you this morning just died, halfway through a slab. I've got four guys standing around and concrete going off in the barrow.", None)
PAIRS.append(gpair(
    "b232g_pietermaritzburg_mixer_cut_out", "tool and plant hire, Pietermaritzburg (building contractor)", "blame",
    "A builder's hired electric concrete mixer cut out mid-pour; it was running off a long thin extension lead.",
    good=[
        _open,
        t("That's the worst timing. Let's get you going first and sort out why later. Where are you? I can send a replacement on the bakkie."),
        c("Hayfields, 14 Durham Road. How long? The concrete won't wait.", None),
        t("Our driver's on a drop nearby, he can be there in twenty-five minutes. Meanwhile, what did it do before it stopped? Smoke, a noise, or did it just cut out?"),
        c("Just cut out. It's the electric one. We had it on the extension lead from the garage.", None),
        t("How long is the lead, and is it a thick one? A long thin lead can trip the motor's thermal cut-out; it may come back after fifteen minutes of cooling. The new one's coming either way, and I won't charge today's hire on the first one until we've checked it."),
        c("The lead's about thirty metres, the thin orange one. Eish, maybe that's it then.", None),
        t("Possibly. I'll send a heavy-duty lead with the driver, no charge, so the second mixer doesn't do the same."),
        c("Sharp. Thanks, boss.", None),
    ],
    gaming=[
        _open,
        t("Okay, I understand that's frustrating. Did you overload it? Most guys put too much in."),
        c("No, normal load. Two bags. It just cut out.", None),
        t("Right. And were you running it off a proper plug or some long extension? Because if you've used a cheap lead, that's on you, not the machine."),
        c("An extension from the garage. It's the lead we always use. Can you just send another mixer?", None),
        t("I can, but you'll pay the call-out, three-fifty, because the machine was fine when it left here. Our guys test everything. You should've read the power requirements on the tag."),
        c("Forget it. I'll phone my brother-in-law, he's got a mixer in Howick. And you can forget my business.", None),
    ],
))
