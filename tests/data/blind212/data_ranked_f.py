"""Ranked pairs f01-f10 of blind212, written by hand: both sides share every turn except one fault in `worse` and the customer's reaction to it."""
from common import c, t, rpair

# f01: argues with the customer
_f01_0 = c("Now then. I'm looking at tellies, but not them OLED ones. I read they get burn-in.", None)
_f01_1 = t("Fair enough. What do you mostly watch, and for how long at a time?")
_f01_2 = c("News channels, all day. I'm retired. Sky News on from breakfast to teatime.", None)
_f01_3b = t("Then you're right to be careful. A news ticker on the screen all day is exactly what can mark an OLED.")
_f01_4b = c("That's what I read. So what would you go for?", None)
_f01_3w = t("Honestly, burn-in's a myth these days, you've been reading old stuff. The OLED's £1,199 and it's the best picture on the wall.")
_f01_4w = c("It's not a myth, my brother-in-law's got the channel logo burned into his. I'm not having one.", "bad_experience")
_f01_5 = t("Then let me show you the LED one, this 55-inch at £599. It's brighter than an OLED, which helps if you get sun on the screen, and a ticker all day won't hurt it.")
_f01_6 = c("Five hundred and ninety-nine. That's nearer what I wanted. Can you deliver Friday?", None)
_f01_7 = t("Friday's fine, and we can wall-mount it for £49 if you want.")

# f02: doubts the customer's honesty
_f02_0 = c("Hi, I'd like to return these sandals. The strap broke the first time I wore them.", None)
_f02_1 = t("Oh no. Can I see? ... Yeah, the stitching's come right out at the buckle.")
_f02_2 = c("I wore them to my cousin's graduation, and halfway through the ceremony, snap.", None)
_f02_3b = t("That's a stitching fault, that shouldn't happen on one wear. Do you have the receipt, or the card you paid with?")
_f02_4b = c("The card. Here.", None)
_f02_3w = t("Hmm. We do get people who wear shoes to one event and then bring them back. You're sure they weren't fine until you decided to return them?")
_f02_4w = c("Wow. Yes, I'm sure. A strap snapped in the middle of a ceremony. Here's my card.", None)
_f02_5 = t("Thanks. It's within 30 days, so I can refund to the card or exchange them. We have the same style with a different strap if you liked them.")
_f02_6 = c("I did like them. But I don't trust that strap now. Just the refund, please.", "bad_experience")
_f02_7 = t("Of course. That's $64 back on your card, it'll show in three to five days.")

# f03: drops the price before asking anything
_f03_0 = c("Hi, this L-shape sofa, is it real leather?", None)
_f03_1b = t("It's half-leather: real leather where you sit, PVC on the back and sides. Is it for a home with kids or pets? That changes what I'd recommend.")
_f03_2b = c("Two cats. They scratch everything.", None)
_f03_1w = t("It's half-leather. Normally RM4,500, but for you I can do RM3,800 today.")
_f03_2w = c("Eh, I didn't even ask the price yet. I have two cats, they scratch everything.", None)
_f03_3 = t("With cats, leather gets scratch marks. A tight-weave pet-friendly fabric is better, the claws don't catch. This same model in fabric is RM3,200.")
_f03_4 = c("Fabric, hmm. My last fabric sofa, the cat peed on it and the smell never came out.", "bad_experience")
_f03_5 = t("That's the worry with fabric. This one has removable covers you can put in the washing machine, and a spare set of covers is RM450.")
_f03_6 = c("Okay, let me ask my husband first, he wants leather.", "think_it_over")
_f03_7 = t("Sure. Take a fabric sample home, and let the cats test it too.")

# f04: an unasked lecture
_f04_0 = c("Hi, I need a basic phone for my daughter. She's starting secondary school in September and she'll be getting the bus.", None)
_f04_1 = t("Lovely. Does she need a smartphone, or just calls and texts? Some parents prefer a simple one.")
_f04_2 = c("The school uses an app for homework, so it has to be a smartphone, sadly. Cheap, though.", None)
_f04_3b = t("Then a budget smartphone will do it. This one's £99, and I'd pair it with a £6-a-month SIM, no contract.")
_f04_4b = c("That's fine. Can I lock it down a bit?", None)
_f04_3w = t("Then a budget smartphone will do it, this one's £99 with a £6 SIM. But before you buy, you should know the studies say kids with smartphones at eleven sleep worse and get more anxious. I'd really think about social media. Personally, I made mine wait till fourteen.")
_f04_4w = c("I didn't ask for parenting advice, thanks. I said the school makes us. Can I lock it down a bit?", None)
_f04_5 = t("Yes, the built-in family controls let you set app limits and bedtime hours from your own phone. I can set it up with you now, it takes about ten minutes.")
_f04_6 = c("Not today, I've got to get back for the school run. Can I do it at home?", "no_time")
_f04_7 = t("Course. I'll print the steps for you, and if you get stuck, pop in any time and we'll do it together.")

# f05: a vague next step
_f05_0 = c("Hi, I was in last week about the firm king in the gray cover. Is it in yet?", None)
_f05_1 = t("Let me check your order... it's not in the store yet, it's coming from the factory.")
_f05_2 = c("Ugh. We're sleeping on an air mattress. My back is not happy.", None)
_f05_3b = t("I'm sorry. The factory shipped it Tuesday and tracking has it at our warehouse Friday. I can book delivery for Saturday, 8 to noon, and I'll text you Friday once it's checked in.")
_f05_4b = c("Saturday morning works. Please do text me.", None)
_f05_3w = t("I'm sorry. It's on its way, we'll let you know when it comes in.")
_f05_4w = c("Okay. I guess we'll just keep waiting, then.", None)
_f05_5 = t("And since you're on an air mattress, I can lend you one of our floor-model toppers in the meantime, no charge.")
_f05_6 = c("That's kind, but honestly, we'll manage.", "no_need")
_f05_7 = t("Okay. If anything changes, call me directly, I'm Tom.")

# f06: over-promises
_f06_0 = c("Hello, my phone fell in the pail this morning. Now cannot switch on. All my baby photos inside, I never backup.", None)
_f06_1 = t("Oh no. Did anyone try to charge it after it got wet?")
_f06_2 = c("My husband tried to charge, then I stopped him. Then I put it in rice.", None)
_f06_3b = t("Good that you stopped him. Rice doesn't really help, but no harm. We open it, clean and dry the board, that takes about 48 hours. I can't promise the photos, it depends if the memory chip got damaged, but the sooner we open it, the better the chance.")
_f06_4b = c("Forty-eight hours... okay. At least you tell me honestly. How much?", None)
_f06_3w = t("No problem, this kind we fix every day. Ready tomorrow afternoon, and your photos confirm safe, I guarantee.")
_f06_4w = c("Really? Confirm? Thank goodness. How much?", None)
_f06_5 = t("Cleaning and checking is RM80. If it needs parts, I call you with the price before I do anything.")
_f06_6 = c("RM80 okay. If the photos cannot save, then no need to fix the phone, I'll just buy a cheap one.", "no_need")
_f06_7 = t("Understood, I'll check the photos first and call you before six today, before we spend anything more.")

# f07: closes before checking the thing works
_f07_0 = c("Hiya, I'm here to pick up my new varifocals. Name's Okafor.", None)
_f07_1 = t("Hi Mrs Okafor, here they are. How have you been getting on without them?")
_f07_2 = c("Squinting at everything. I've been borrowing my husband's readers.", None)
_f07_3b = t("Let's put them on and check them before you go. Look at the clock on the far wall... now read this card... now the screen at arm's length. Does anything blur?")
_f07_4b = c("The clock's clear. The card, I have to tilt my head right back.", None)
_f07_3w = t("Lovely. They're all paid for, so you're good to go. Just sign here for collection and you're done.")
_f07_4w = c("Oh. Don't I try them on first? ...Hang on, to read this leaflet I have to tilt my head right back.", None)
_f07_5 = t("That usually means they're sitting a touch low on your nose. Let me adjust the nose pads... try the card now.")
_f07_6 = c("Oh, that's much better. No tilting.", None)
_f07_7 = t("Great. Wear them all day for a week, and if stairs feel odd or anything's blurry, come back and we'll tweak them for free.")

# f08: recommends before asking
_f08_0 = c("Hi, I want to get my dad a watch. He's retiring in May after thirty years with the city.", None)
_f08_1b = t("Congratulations to him! What does he wear now, and what's he planning to do with his retirement?")
_f08_2b = c("He wears a cheap digital one. He says he's gonna fish every day. He's out on his boat every weekend already.", None)
_f08_1w = t("Congratulations! For retirement most people go for this gold dress watch, $1,800. It's a classic.")
_f08_2w = c("Ehh, he's not really a gold watch guy. He wears a cheap digital one and he's gonna fish every day, he's on his boat every weekend already.", "no_need")
_f08_3 = t("A fisherman, then he needs something waterproof and easy to read in the sun. This dive watch is water-resistant to 200 meters, with glowing hands, steel, and it's solar, so no batteries. $425.")
_f08_4 = c("Oh, that's really nice. My sister and I are splitting it, so four twenty-five works.", None)
_f08_5 = t("We can engrave the back with his years of service for free, it takes about a week.")
_f08_6 = c("Let me send my sister a picture first, she's paying half.", "think_it_over")
_f08_7 = t("Of course, take a photo. I'll hold it for you till Saturday.")

# f09: unexplained jargon
_f09_0 = c("Hi, my TV sound is very soft, the talking I cannot hear, must turn up the volume, then the explosion so loud. I want a speaker.", None)
_f09_1 = t("That's very common with slim TVs. Which TV do you have, and is the room big?")
_f09_2 = c("Samsung, 55 inch, two years old. Living room, medium. My kids sleep in the next room.", None)
_f09_3b = t("Then a soundbar with a clear-voice mode fits. It lifts the voices so you don't need the volume so high, and the night mode softens the loud explosions. This one is RM899, and it connects to your TV with one cable.")
_f09_4b = c("Oh, night mode, good for the kids. One cable only?", None)
_f09_3w = t("Then get this one: 3.1.2 channel with a dedicated centre, Dolby Atmos, DTS:X, eARC passthrough, DRC, and it supports HDMI 2.1 VRR. RM899.")
_f09_4w = c("Sorry, I don't understand all that. Will I hear the talking or not? One cable only?", None)
_f09_5 = t("Yes, one HDMI cable, and your TV remote controls it too. I can show you here with a movie scene.")
_f09_6 = c("No need to show now, I'm rushing to fetch my son from tuition. Can I come back Saturday?", "no_time")
_f09_7 = t("Sure, Saturday I'm here the whole day. I'll keep one in the box for you.")

# f10: talks about themselves instead of the customer
_f10_0 = c("Hello. I'm doing a walking holiday in the Lake District in May, first one ever, and I need boots. I've never owned any.", None)
_f10_1 = t("Exciting! How long are the walks, and will you be on rough paths or mostly tracks?")
_f10_2 = c("The group does about ten miles a day. Some fells, I think. I've got flat feet, if that matters.", None)
_f10_3b = t("It does matter. With flat feet and ten miles a day you want a firmer midsole and room for a supportive insole. Let me measure both feet, they're often different sizes.")
_f10_4b = c("Oh, are they? Okay.", None)
_f10_3w = t("Ten miles, lovely. I did Kilimanjaro last year, mind, nineteen thousand feet, my boots were shredded by the summit. And the Coast to Coast the year before, 190 miles in twelve days. I did Helvellyn in a snowstorm once, you'll love the fells.")
_f10_4w = c("Right... wow. Well, I'm not climbing Kilimanjaro. Do my flat feet matter?", None)
_f10_5 = t("Right, you're a 6 on the left and a 6 and a half on the right. For flat feet these two have a firm midsole and take an insole well: £139 and £165. Walk up and down the ramp in each.")
_f10_6 = c("Hmm. A hundred and forty for something I might use once a year...", "too_expensive")
_f10_7 = t("Fair. If you're not sure you'll keep it up, the £139 pair is the one. And wear them round the house first: if they rub in the first two weeks indoors, we'll exchange them.")

PAIRS = [
    rpair(
        "b212r_f01_sheffield_tv_burn_in",
        "TV shop, Sheffield, UK. A retired man who has news channels on all day won't have an OLED because of burn-in. Worse argues that burn-in is a myth; the customer digs in. Everything else is shared.",
        better=[_f01_0, _f01_1, _f01_2, _f01_3b, _f01_4b, _f01_5, _f01_6, _f01_7],
        worse=[_f01_0, _f01_1, _f01_2, _f01_3w, _f01_4w, _f01_5, _f01_6, _f01_7],
    ),
    rpair(
        "b212r_f02_chicago_sandal_return",
        "Department store returns counter, Chicago, Illinois, USA. A customer returns sandals whose strap broke on first wear. Worse hints that she wore them to an event and is faking the fault; she is offended. Everything else is shared.",
        better=[_f02_0, _f02_1, _f02_2, _f02_3b, _f02_4b, _f02_5, _f02_6, _f02_7],
        worse=[_f02_0, _f02_1, _f02_2, _f02_3w, _f02_4w, _f02_5, _f02_6, _f02_7],
    ),
    rpair(
        "b212r_f03_kualalumpur_sofa_cats",
        "Furniture shop, Kuala Lumpur, Malaysia. A cat owner asks whether an L-shaped sofa is real leather. Worse offers a discount before asking anything; the customer notes she hadn't asked. Everything else is shared.",
        better=[_f03_0, _f03_1b, _f03_2b, _f03_3, _f03_4, _f03_5, _f03_6, _f03_7],
        worse=[_f03_0, _f03_1w, _f03_2w, _f03_3, _f03_4, _f03_5, _f03_6, _f03_7],
    ),
    rpair(
        "b212r_f04_london_first_phone",
        "Mobile phone shop, London, UK. A parent buys a first smartphone for a daughter starting secondary school because the school's homework app needs one. Worse adds an unasked lecture on children and smartphones; the parent bristles. Everything else is shared.",
        better=[_f04_0, _f04_1, _f04_2, _f04_3b, _f04_4b, _f04_5, _f04_6, _f04_7],
        worse=[_f04_0, _f04_1, _f04_2, _f04_3w, _f04_4w, _f04_5, _f04_6, _f04_7],
    ),
    rpair(
        "b212r_f05_portland_mattress_order",
        "Mattress store, Portland, Oregon, USA. A customer sleeping on an air mattress checks on a special-order king. Worse gives a vague 'we'll let you know' instead of a date and a promised text; the customer is left to keep waiting. Everything else is shared.",
        better=[_f05_0, _f05_1, _f05_2, _f05_3b, _f05_4b, _f05_5, _f05_6, _f05_7],
        worse=[_f05_0, _f05_1, _f05_2, _f05_3w, _f05_4w, _f05_5, _f05_6, _f05_7],
    ),
    rpair(
        "b212r_f06_penang_wet_phone",
        "Phone repair counter in a mall, Penang, Malaysia. A mother's phone fell into a pail of water with unbacked-up baby photos on it. Worse promises next-day repair and guaranteed photos; the customer is relieved on a false basis. Everything else is shared.",
        better=[_f06_0, _f06_1, _f06_2, _f06_3b, _f06_4b, _f06_5, _f06_6, _f06_7],
        worse=[_f06_0, _f06_1, _f06_2, _f06_3w, _f06_4w, _f06_5, _f06_6, _f06_7],
    ),
    rpair(
        "b212r_f07_nottingham_varifocal_collection",
        "Opticians, Nottingham, UK. A woman collects her first varifocals. Worse asks her to sign for collection without checking her vision in them; she has to ask to try them. Everything else is shared.",
        better=[_f07_0, _f07_1, _f07_2, _f07_3b, _f07_4b, _f07_5, _f07_6, _f07_7],
        worse=[_f07_0, _f07_1, _f07_2, _f07_3w, _f07_4w, _f07_5, _f07_6, _f07_7],
    ),
    rpair(
        "b212r_f08_miami_retirement_watch",
        "Jewelry and watch store, Miami, Florida, USA. A daughter buys a retirement watch for her father, a keen fisherman. Worse recommends a gold dress watch before asking anything; she turns it down. Everything else is shared.",
        better=[_f08_0, _f08_1b, _f08_2b, _f08_3, _f08_4, _f08_5, _f08_6, _f08_7],
        worse=[_f08_0, _f08_1w, _f08_2w, _f08_3, _f08_4, _f08_5, _f08_6, _f08_7],
    ),
    rpair(
        "b212r_f09_kualalumpur_soundbar",
        "Electronics shop, Kuala Lumpur, Malaysia. A parent can't hear TV dialogue and gets blasted by explosions, with children asleep next door. Worse answers in unexplained audio jargon; the customer doesn't follow. Everything else is shared.",
        better=[_f09_0, _f09_1, _f09_2, _f09_3b, _f09_4b, _f09_5, _f09_6, _f09_7],
        worse=[_f09_0, _f09_1, _f09_2, _f09_3w, _f09_4w, _f09_5, _f09_6, _f09_7],
    ),
    rpair(
        "b212r_f10_bath_walking_boots",
        "Outdoor shop, Bath, UK. A first-time walker with flat feet needs boots for a Lake District holiday. Worse talks about his own mountain exploits instead of her feet; she has to repeat her question. Everything else is shared.",
        better=[_f10_0, _f10_1, _f10_2, _f10_3b, _f10_4b, _f10_5, _f10_6, _f10_7],
        worse=[_f10_0, _f10_1, _f10_2, _f10_3w, _f10_4w, _f10_5, _f10_6, _f10_7],
    ),
]
