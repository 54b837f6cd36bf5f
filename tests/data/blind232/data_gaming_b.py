"""Gaming pairs, file b (b232). Hand-written. Home furnishing and DIY retail: Australia, South Africa, UK."""
from common import c, gpair, t

PAIRS = []

# 1. ignored_customer: Glasgow curtain shop, nursery window
_open = c("Hi there, I'm after curtains or blinds for the baby's room. She's waking up at five every morning with the light.", None)
PAIRS.append(gpair(
    "b232g_glasgow_nursery_blackout", "curtains and blinds shop, Glasgow (young parent)", "ignored_customer",
    "A parent wants blackout for a nursery window with the cot under it and a baby who pulls herself up.",
    good=[
        _open,
        t("Oh, the five a.m. summer sunrise, that's rough. How big's the window, and is there a rail or pole up there already?"),
        c("It's a standard sash, about a metre wide. There's a wee pole from the last owners. And I don't want anything with cords, she's started pulling herself up.", None),
        t("Good thinking on the cords. So proper blackout, a metre-wide sash, and nothing she can get tangled in. Blackout curtains on your pole would help, but light creeps round the edges. A cordless blackout roller inside the frame stops more. Where's the cot in relation to the window?"),
        c("The cot's right under the window, actually. Is that bad?", None),
        t("It's common, but with anything on a window it's safer to have the cot away from it if the room allows, even a metre. Then I'd go with the cordless blackout roller, about seventy pounds made to measure, and keep your curtains for now."),
        c("Seventy's fine. We'll move the cot to the other wall. How long does the blind take?", None),
        t("Ten working days. I can give you a measuring guide now, or pop round Friday to measure if you'd rather not risk it."),
        c("I'll measure myself, I'm handy enough. Give us the guide.", None),
    ],
    gaming=[
        _open,
        t("Hi! Great, so tell me, what matters most to you in a nursery window?"),
        c("Honestly the light, and safety. No cords. She's pulling herself up now, and the cot's right under the window.", None),
        t("Lovely. So our best seller for nurseries is the Roman blind range, they're so pretty, this one's got a looped chain with lovely wooden toggles. How wide is the window?"),
        c("About a metre. But I said no cords, the cot's right there.", "no_need"),
        t("Perfect, a metre's an easy size. And what sort of colour palette are you thinking? We've got gorgeous pastels in this season."),
        c("I don't care about the colour. Does it even black out? She's up at five.", None),
        t("And how about matching curtains as well? It really finishes the room. Would you like to see the fabric books?"),
        c("You're not listening to a word I've said. I'll try somewhere else.", None),
    ],
))

# 2. repeated_questions: Hobart hardware, grey splintery deck
_open = c("Morning. I need something for my deck, it's gone grey and splintery. What do I use?", None)
PAIRS.append(gpair(
    "b232g_hobart_grey_deck_oil", "hardware store paint desk, Hobart (home owner)", "repeated_questions",
    "A home owner with young kids wants to restore an old, weathered treated-pine deck.",
    good=[
        _open,
        t("Morning. Grey and splintery usually means it's weathered and the old coating's gone. Do you know what timber it is, and whether it's had oil or stain on it before?"),
        c("Treated pine, I think. Previous owner did something, maybe ten years ago. It's mostly grey now but there's a bit of brown near the house.", None),
        t("So old treated pine, coating worn off except where the eaves protect it. Any soft spots when you walk on it, or just rough?"),
        c("No, it's solid. Just rough, and the kids keep getting splinters.", None),
        t("Good, then it's clean and recoat, not rebuild. Deck cleaner to lift the grey, a sand where it's splintery, and two coats of oil. With kids I'd go a water-based decking oil, it dries in a couple of hours and doesn't stink. How big is it?"),
        c("About six by four. Although, the oil I put on our last place went sticky for weeks. Bit put off oils, to be honest.", "bad_experience"),
        t("That's usually a solvent oil laid on too thick or in the cold. The water-based one dries in a couple of hours, and thin coats are the trick. For six by four, a four-litre cleaner and a ten-litre oil does two coats, about two-ten all up. You can hire a deck sander for the day, or do the worst boards by hand."),
        c("Two-ten, okay. I'll do the sanding by hand, it's only a few boards. I'll take it.", None),
    ],
    gaming=[
        _open,
        t("Morning! So I can help you best, what kind of deck is it?"),
        c("Treated pine, I think. It's gone grey, a bit of brown left near the house.", None),
        t("Great. And what's the deck made of, do you know? Hardwood, pine, composite?"),
        c("Like I said, pine. Treated pine.", None),
        t("Perfect. So what I'm hearing is you need a deck product. Just so I understand fully, what sort of timber are we dealing with?"),
        c("Pine! Mate, that's three times. It's grey and the kids are getting splinters.", None),
        t("Of course, sorry. And is it an older deck, or has it been done recently?"),
        c("About ten years since it's had anything. I told you, it's gone grey.", None),
        t("Great, and just to check, when was the last time it was treated?"),
        c("I've got the ute double-parked out the front. Forget it, I'll ask someone else.", None),
    ],
))

# 3. wrong_paraphrase: Gqeberha tile shop, non-slip floor for elderly mother
_open = c("Hello. I need tiles for a small bathroom floor. My mother is moving in with us and she uses a walking frame.", None)
PAIRS.append(gpair(
    "b232g_gqeberha_nonslip_bathroom_tiles", "tile shop, Gqeberha (home owner)", "wrong_paraphrase",
    "A woman needs safe floor tiles in a small bathroom for her elderly mother who uses a walking frame.",
    good=[
        _open,
        t("Hello. Thank you for telling me about your mother, that changes what I'd suggest. Are you redoing the whole bathroom, or only the floor?"),
        c("Only the floor. The old tiles are very shiny and she nearly slipped last week when she visited. It's about two by two metres.", None),
        t("So a small floor, two by two, and the shine is the worry after that near-slip. You'll want a tile with a proper slip rating for wet areas, matt rather than glossy. Do you also need it easy to clean? Some of the grippiest ones hold dirt."),
        c("Yes, I'm the one who'll be cleaning it. And not too dark, her eyes aren't good.", None),
        t("Good point: a lighter tile, and a contrasting strip at the doorway so she can see where the floor changes. This matt porcelain is rated R11, light grey, wipes clean. It's three-twenty a square metre, so about fifteen hundred for your floor with wastage."),
        c("That's more than I thought. The ones in the front were one-fifty.", "too_expensive"),
        t("They are, but those are for dry floors; I wouldn't put them in a bathroom for someone with a frame. If the budget's tight, this R10 one at two-forty is still safe wet. Would you like a sample of each to try at home with wet feet?"),
        c("Yes, I'll take both samples and show my husband tonight.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hello! Lovely. So if I understand correctly, you're redoing the whole bathroom to modernise it for your mother?"),
        c("No, just the floor. The tiles are too shiny, she nearly slipped.", None),
        t("Got it, so what I'm hearing is you'd like a high-gloss look to brighten the space, something like these polished marble-effect ones?"),
        c("No... the opposite. Shiny is the problem. She has a walking frame.", None),
        t("Absolutely. So to play it back, you want a statement floor, dark tones, big format, to really make the room pop. Did I understand you correctly?"),
        c("No, you didn't. Her eyes are bad, dark is the last thing I want. Are you hearing me at all?", None),
        t("Totally. So we're agreed on the polished charcoal at six-fifty a square metre, and you'll want the matching wall tiles too since you're doing the whole room. Shall I work out the quantities?"),
        c("We're not agreed on anything. I'm going to the other shop.", None),
    ],
))

# 4. pitch_to_upset: Cardiff tool hire, clearing late mother's house
_open = c("Hi, um. I need to hire a carpet cleaner for the weekend. My mum passed last month and we're... we're clearing the house to sell it.", None)
PAIRS.append(gpair(
    "b232g_cardiff_carpet_cleaner_bereaved", "tool hire shop, Cardiff (bereaved family member)", "pitch_to_upset",
    "A grieving son is clearing his late mother's house and wants to hire a carpet cleaner.",
    good=[
        _open,
        t("I'm so sorry about your mum. Let's make this bit easy for you. How many rooms are you doing, and are there stains you're worried about?"),
        c("Three bedrooms and the lounge. There's, um, a few marks where her chair was, and the dog's been in there.", None),
        t("Okay. For four rooms with some pet marks, the standard cleaner with the pet stain solution will do it. It's thirty-eight pounds for the weekend, collect Friday after three, back Monday morning. Are you doing it on your own?"),
        c("My brother's meant to help but he's in Swansea, so, probably just me. And Friday I'm at the solicitor's about the will till five, I can't get here by then.", "no_time"),
        t("Then collect it Saturday at eight and bring it back Monday, same price. If your back's not great, take the smaller upright one, it's lighter and still does the job, and I'll put it in the car for you. One thing: if the house is going on the market, some agents say don't bother, buyers often rip carpets up. Might be worth a quick call first."),
        c("Oh, I hadn't thought of that. I'll ring them, but I think I'll still want it clean. It's mum's house.", None),
        t("Of course. I'll pencil you in for Saturday, and if the agent says otherwise, just ring and cancel, no charge."),
        c("Thank you. That's really kind.", None),
    ],
    gaming=[
        _open,
        t("Oh, sorry to hear that. So, selling, that's actually a big opportunity. Have you thought about a quick refresh before it goes on? We do full decorating packages, paint, flooring, the lot, to add value."),
        c("I... no. I just need to clean the carpets. I can't think about all that right now.", "no_need"),
        t("Totally understand. But what I'm hearing is you want the best price for the house, yeah? New carpet in a neutral beige adds thousands, honestly, and we've got twenty percent off this month."),
        c("It's my mum's house. I'm not doing it up for strangers. And I can't afford new carpets, the funeral cost enough.", "no_money"),
        t("Of course. What about our premium cleaner then, with the upholstery tool, so you can do her sofa and chairs too? Only twenty quid extra, and you'd get more for them on Facebook."),
        c("Her chair's not going on Facebook. Just the basic one. Please.", "no_need"),
    ],
))

# 5. blame: Perth flooring store, hybrid floor lifting
_open = c("The hybrid floor you lot put in my lounge in March is lifting. There's a ridge right down the middle now, you can see it from the kitchen.", None)
PAIRS.append(gpair(
    "b232g_perth_hybrid_floor_lifting", "flooring store, Perth (home owner)", "blame",
    "A home owner's store-installed hybrid floor has buckled near a west-facing sliding door after three months.",
    good=[
        _open,
        t("I'm sorry, that shouldn't happen after three months. Where's the ridge exactly, near a wall, a doorway, or out in the open floor?"),
        c("Across the middle, by the sliding door. It's worse in the afternoon, I swear it moves.", None),
        t("Worse in the afternoon by a sliding door. Is that door west-facing? Sun heating the boards is one cause, and so is the fitters not leaving enough expansion gap at the edges."),
        c("Yeah, west. Full sun after two. But it's a floor, it's supposed to handle sun, isn't it?", None),
        t("It should, within limits, and the gap is there to allow for it. I'd like our installation manager to come and look, no charge. If it's the install, we relay that section at our cost. If it's the sun, we'll talk through options like a blind or a break at the door. Can he come Thursday?"),
        c("Thursday's no good, I'm on shift all day. Friday morning?", "no_time"),
        t("Friday at eight. I'll text you his name now, and he'll bring a moisture meter so you'll see the readings too."),
        c("Okay. Good. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Okay, I hear you, and I want to understand what's going on. Have you been mopping it with a wet mop, by any chance?"),
        c("Just a damp mop, once a week. Same as the old floor.", None),
        t("Right. See, that's probably it. Hybrid really doesn't love water. And do you keep the blinds closed in the afternoon?"),
        c("There aren't any blinds on the sliding door, no. Nobody told me I needed blinds.", None),
        t("It's in the care guide we gave you. So what I'm hearing is the floor's been getting full sun and mopping, which honestly would do that to any floor. Did you put heavy furniture on it too?"),
        c("A couch. You're telling me it's my fault your fitters put down a floor that lifts in three months?", None),
        t("I'm not saying fault, I'm saying conditions. We can send someone, but it's a two-hundred-dollar call-out since it's not a warranty issue."),
        c("Two hundred bucks to be told it's my fault? No chance. I'm going to Consumer Protection.", None),
    ],
))

# 6. monologue: Birmingham bathroom showroom, HMO landlord
_open = c("Afternoon. I've got an HMO in Selly Oak, five students, and the shower room's had it. I need something that'll take a beating and not cost the earth.", None)
PAIRS.append(gpair(
    "b232g_birmingham_hmo_shower_room", "bathroom showroom, Birmingham (landlord)", "monologue",
    "A landlord of a five-student house in multiple occupation needs a tough, affordable shower room refit.",
    good=[
        _open,
        t("Afternoon. Five students on one shower room is hard going. What's actually failing, the tray, the enclosure, the tiles, or all of it?"),
        c("Tray's cracked, and the tiles keep coming off round the shower. Mould everywhere. I've redone the silicone three times in two years.", None),
        t("So a cracked tray, tiles that won't stay on, and you've resealed three times. That usually means water's got behind the tiles. For an HMO I'd look at wall panels instead of tiles: no grout, wipe clean, very hard to damage. Is it a standard-size room?"),
        c("About one-eight by two. I've seen those panels. My mate put them in his rental and they bowed off the wall inside a year.", "bad_experience"),
        t("That happens when they're glued straight onto damp or uneven walls. Fixed onto battens they stay flat, and the better ones have a stone or tile effect and a ten-year guarantee. Panels and a stone resin tray are about nine hundred in materials, and a plumber can fit them in two days, which matters with the students in."),
        c("Two days is good. They're in till end of June, so I'd do it in July anyway. Let me get my plumber to price the fitting and I'll come back to you.", "think_it_over"),
        t("Sounds sensible. I'll write down the panel and tray codes and the sizes so he can price it exactly, and give you a couple of samples to show him."),
        c("Perfect, ta.", None),
    ],
    gaming=[
        _open,
        t("Afternoon! Love that, HMOs are our bread and butter. So for student lets what everyone's doing now is the full wet room, honestly it's the future, no tray to crack, level floor, linear drain, frameless glass, and we do a lovely matt black range the students absolutely love on the listings, it gets your rooms let faster, and with the market the way it is you want the wow factor, right?"),
        c("Right, well, I'm more worried about the tiles falling off. I've resealed it three—", None),
        t("Exactly, and that's why with a wet room we tank the whole room, floor and walls, so you never worry again. Then there's the rainfall head, we do a twin-head thermostatic, and a heated towel rail, which is a must in an HMO because students never dry anything. The install team can be in within two weeks, and there's zero percent finance for landlords with a portfolio."),
        c("Two weeks? They're living there. I can't have the only shower out for—", "no_time"),
        t("No problem at all, we work round tenants all the time. So ballpark, the full wet room with the matt black package is about seven and a half, but you'll get that back in rent, guaranteed. I'll put a quote together and email it over, shall I?"),
        c("Seven and a half grand? For a student shower? You haven't asked me a single thing. No, don't bother emailing.", "too_expensive"),
    ],
))

# 7. closing_as_open_question: Edinburgh fitted furniture, tenement alcove
_open = c("Hello. We've got an awkward alcove in a tenement bedroom, sloping ceiling, and we're wondering about a fitted wardrobe. Just, seeing what's possible.", None)
PAIRS.append(gpair(
    "b232g_edinburgh_tenement_wardrobe", "fitted bedroom furniture showroom, Edinburgh (home owners)", "closing_as_open_question",
    "A couple in an old tenement flat are exploring a fitted wardrobe for an alcove with a sloping ceiling.",
    good=[
        _open,
        t("Hello. Sloping ceilings are fiddly but usually doable. What do you need to store, mostly hanging, or folded things, shoes, that kind of thing?"),
        c("Mostly hanging. My partner's got a lot of long coats. And, em, the floor's not level either, the building's from 1890.", None),
        t("Long coats and an uneven floor in an 1890 tenement, got it. The long hanging goes in the tallest part and shelves where the ceiling drops. The floor's fine, we scribe the plinth to it. How wide is the alcove, and how high at each end?"),
        c("About a metre forty wide, two-thirty at the high side, maybe one-sixty at the low end. What sort of money are we talking?", None),
        t("For that size with hinged doors, roughly eighteen hundred to two thousand four hundred, depending on the door finish. I'd want to measure before committing to a number, tenement walls are rarely straight."),
        c("Okay. It's more than we'd hoped, but it's a one-off. We're getting one other quote, just so you know.", "think_it_over"),
        t("You should. The survey's free, no obligation either way. Would an evening suit, so you can both be there?"),
        c("Thursday evening would be grand.", None),
    ],
    gaming=[
        _open,
        t("Hello! Love a tenement. So, just to get a sense, what would need to happen for you to go ahead with us today?"),
        c("Today? Em, we've not even had a measure. We're just seeing what's possible.", "brush_off"),
        t("Of course. And when we do measure up, which finish do you see yourselves going with, the oak or the white gloss?"),
        c("I don't know, we haven't got that far. Honestly the floor's not level and the ceiling slopes, we don't even know if it'll work.", None),
        t("It'll work, we do them all the time. So how would you prefer to secure your installation date, a ten percent deposit today or the full amount at survey?"),
        c("We'd rather not pay anything yet, thanks. We're getting another quote.", "think_it_over"),
        t("Totally respect that. Out of interest, what would the other company have to offer for you to choose us instead?"),
        c("Probably just not rushing us. We'll leave it for now.", None),
    ],
))

# 8. pitch_as_paraphrase: Centurion paint trade desk, boundary wall contractor
_open = c("Hi. I'm a painting contractor, I've got a boundary wall job in Centurion, about sixty metres, old plaster, some of it's flaking. I need a price on paint.", None)
PAIRS.append(gpair(
    "b232g_centurion_boundary_wall_paint", "paint trade desk, Centurion (painting contractor)", "pitch_as_paraphrase",
    "A painting contractor needs paint for a client's sixty-metre boundary wall with damp at the base.",
    good=[
        _open,
        t("Hi. Sixty metres of boundary wall. Is it flaking down to bare plaster, or the old paint peeling off in sheets?"),
        c("Peeling in sheets near the bottom, like rising damp. Top part is chalky. The client wants it done before the rains.", None),
        t("So chalky on top and peeling at the base, probably damp from the ground. Scrape and wire-brush the loose stuff, a plaster primer on the chalky parts, then a good exterior acrylic. But if it's rising damp, no paint holds long at the bottom. Does the client know about the damp?"),
        c("I told her, she doesn't want to pay for damp-proofing. She just wants it looking nice.", None),
        t("Then put that in writing on your quote so you're covered when the bottom peels again. Sixty metres long, how high, and one side or both?"),
        c("Street side only. Two metres high.", None),
        t("About a hundred and twenty square metres. Primer for the chalky bits and two coats of the premium exterior, roughly six thousand five hundred on trade."),
        c("Six-five? Eish. Builders quoted me five-two.", "too_expensive"),
        t("Was that their contractor range? Ours comes in around five thousand for the same job, and for a boundary wall it's fine. The premium only earns its price on a house."),
        c("Contractor then. The client's already complaining about my labour anyway.", None),
    ],
    gaming=[
        _open,
        t("Hi! Sure. So what I'm hearing is you need our Weatherguard Elastomeric at two thousand one hundred and ninety-nine for twenty litres, because it bridges cracks, is that right?"),
        c("I didn't say cracks, I said flaking. At the bottom, like damp.", None),
        t("Okay, so if I'm playing that back correctly, what you need is the Weatherguard plus our Damp-Stop membrane underneath, the complete system for walls like yours, yeah?"),
        c("The client doesn't want damp-proofing, she won't pay for it. And I haven't even told you how big the wall is.", None),
        t("Great, so what you're saying is you want a job you won't get called back on, which is exactly the Weatherguard system. Sixty metres both sides, that's about eighteen thousand. Sound right?"),
        c("Eighteen? It's one side, and it's a boundary wall, not a hotel. I'll get it at Builders on my trade account.", "too_expensive"),
    ],
))

# 9. upsell_as_loop_closing: Walthamstow hardware shop, new landlord changing a lock
_open = c("Hi, I need to change the lock on a front door, the tenant's left and didn't give back all the keys. It's a Yale-type one, I think.", None)
PAIRS.append(gpair(
    "b232g_walthamstow_landlord_lock", "hardware shop, Walthamstow, London (new landlord)", "upsell_as_loop_closing",
    "A new, inexperienced landlord needs to change a front-door lock after a tenant kept a key.",
    good=[
        _open,
        t("Hi. Sensible to change it. Did you bring the old cylinder, or do you know the size? They come in different lengths."),
        c("No, I didn't bring it. Never done this before. I inherited the flat off my aunt, I'm new to all this.", None),
        t("No problem. If it's a Yale-type night latch you usually only swap the cylinder, two screws on the inside. Is it a uPVC door or wooden?"),
        c("Wooden, old Victorian conversion. The latch looks pretty ancient.", None),
        t("Then a standard rim cylinder will most likely fit, eighteen pounds with three keys. Worth knowing: if that's the only lock on the door, a lot of landlord insurers want a five-lever mortice as well. Check your policy before the next tenant moves in."),
        c("Oh, I didn't know that. I'll check tonight. For now just the cylinder please, I'm a bit skint after the solicitor's fees.", "no_money"),
        t("Just the cylinder, then. If it doesn't fit, bring it back with the old one and I'll swap it."),
        c("Brilliant, thank you.", None),
    ],
    gaming=[
        _open,
        t("Hi. Sure, here's a rim cylinder, eighteen quid. Now, to close the loop, what else can I add to make the flat fully secure today? Door chain? Window locks?"),
        c("Erm, I don't think so. I only wanted the lock. The tenant didn't give back the keys.", "no_need"),
        t("Of course. And so I'm fully meeting your needs, can I add the smart video doorbell? Landlords love them, you can see who's coming and going."),
        c("I don't think I'm allowed to watch the tenants coming and going, am I? No, thank you.", "no_need"),
        t("Fair. What about a set of five-lever mortice locks for the other doors while we're at it? Anything else I can pop in the basket?"),
        c("I really only have about thirty quid on me.", "no_money"),
        t("No problem, we do a spread-the-cost card. So what else can I add before I ring you up?"),
        c("Nothing. Just the cylinder. Please.", "no_need"),
    ],
))

# 10. leading_tag_questions: Toowoomba hardware, first drill
_open = c("Hi, I need a drill. Just moved into my first place and I want to put up some shelves and curtain rods and stuff.", None)
PAIRS.append(gpair(
    "b232g_toowoomba_first_drill", "hardware store tool aisle, Toowoomba (first-time home owner)", "leading_tag_questions",
    "A first-time home owner wants a drill to hang shelves and curtain rods, one shelf on a brick wall.",
    good=[
        _open,
        t("Congrats on the first place! What are the walls, plasterboard, brick, or a bit of both? That decides what drill you need."),
        c("Um, plasterboard inside I think, but the lounge has a brick feature wall where I want the TV shelf.", None),
        t("So mostly plasterboard, plus one brick wall for the TV shelf. For brick you want hammer action, so an 18-volt cordless hammer drill covers both. Are you likely to do bigger jobs later, like decking, or mostly hanging things?"),
        c("Mostly hanging things. I'm not exactly a tradie. I don't want to spend a fortune on something I'll use twice a year.", None),
        t("Fair enough, then skip the brushless pro range. This entry kit with one battery and a charger is a hundred and thirty-nine and it'll do brick fine. For the curtain rods you'll want spring toggles in the plasterboard, because they take a pull."),
        c("Okay. And the TV shelf, what do I use for that?", None),
        t("A 6 mil masonry bit, brown wall plugs and 8-gauge screws. I'll grab them. If you get stuck, there's a free DIY basics class here Saturday mornings."),
        c("Oh, nice, I might do that. Okay, I'll take the kit and the bits.", None),
    ],
    gaming=[
        _open,
        t("Congrats! You'll want a proper brushless one then, won't you? No point buying twice, is there?"),
        c("I mean, I just want to hang shelves and curtain rods. I'm not a tradie.", "no_need"),
        t("Sure, but you'll be doing more once you get going, won't you? Everyone does. And you'd want the two-battery kit so you're never waiting, wouldn't you?"),
        c("I don't know, I'm not going to be building decks or anything. How much is that one?", "no_need"),
        t("It's three ninety-nine, which is pretty reasonable for a pro-grade kit, isn't it? And you'll want the hundred-piece bit set as well, won't you, seeing as you've got nothing yet?"),
        c("Four hundred bucks is a lot to hang a few shelves. Haven't you got something cheaper?", "too_expensive"),
        t("You could go cheaper, but you'd only regret it, wouldn't you? Shall I ring up the brushless kit?"),
        c("No. I'll have a look at Bunnings.", None),
    ],
))
