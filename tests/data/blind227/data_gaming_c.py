"""Gaming pairs c (b227): agriculture and rural supply, written by hand."""
from common import c, gpair, t

PAIRS = []

# 1. putdown_question: irrigation store, Woolgoolga, NSW (grower speaks English as a second language)
_open = c("Hello, good morning. My drip line in the blueberry block is blocking again, many emitters not dripping. We change the filter only two months before. What is the problem?", None)
PAIRS.append(gpair(
    "b227g_woolgoolga_dripline", "irrigation supplies store, Woolgoolga, New South Wales", "putdown_question",
    "A blueberry grower of twelve years, on bore water with weekly fertigation, has emitters blocking at the ends of rows; a previous company sold him acid that did not fix it.",
    good=[
        _open,
        t("Morning. Sorry to hear that - blocked emitters in berries is a pain. Is it the whole block, or some rows more than others?"),
        c("More at the end of the rows. Front side is okay, back side very poor.", None),
        t("Ends of rows blocking first usually means something's settling out in the line - iron from the bore, algae, or the fertiliser you inject. Are you on bore water or dam water?"),
        c("Bore water. And we put fertiliser through the drip, every week.", None),
        t("Okay. Bore water with iron plus fertiliser can make a sludge that sits at the row ends. First step is a water test for iron and pH - forty-five dollars, I can give you the bottle now. Meanwhile open the end caps and flush each row till it runs clear."),
        c("Forty-five dollar only for the test? Last year one company sell me acid treatment, very expensive, and problem come back.", "bad_experience"),
        t("That's exactly why I'd test first - acid works for some water and not others, and there's no point buying it blind. Bring the bottle back by Thursday, results take about a week, and I'll ring you and go through them before you spend anything else."),
        c("Okay, that is fair. Give me the bottle.", None),
    ],
    gaming=[
        _open,
        t("Morning. Right, first question - have you actually been flushing the lines, or is that something you leave to the pickers?"),
        c("We flush. My son and me, we do it ourself.", None),
        t("Okay. And when you say the filter was changed, are you sure it was the right mesh? A lot of growers just grab the cheapest, is that what happened?"),
        c("No, I buy the filter here, from this shop. Your staff give it to me.", None),
        t("Fair enough. So honestly, what do you think you're doing differently from the growers who don't have this problem?"),
        c("I think you are not listening to me. Last company also blame my workers and sell me acid for nothing.", "bad_experience"),
        t("I hear that, and I value your experience. Is it possible the fertiliser side is a bit over your head and you should get a consultant in?"),
        c("Over my head? I grow blueberries twelve years. From now I buy from the Coffs Harbour shop.", None),
    ],
))

# 2. not_my_department_or_read_the_terms: tractor dealer, Timaru, South Canterbury NZ
_open = c("Hi. My new tractor's only got three hundred hours on it and it's started jumping out of fourth gear under load. It's under warranty, so what happens now?", None)
PAIRS.append(gpair(
    "b227g_timaru_tractorwarranty", "tractor dealership service desk, Timaru, South Canterbury", "not_my_department_or_read_the_terms",
    "A cropping farmer's new tractor jumps out of gear under load in the middle of cultivation season; he bought it from this dealer.",
    good=[
        _open,
        t("That's not right at three hundred hours. Does it happen every time under load, or just sometimes - hills, or on a particular implement?"),
        c("Pulling the power harrow, mostly. On the flat it's fine. I've got about two hundred hectares to get through before the end of the month.", None),
        t("Right in your busy time, then. It's covered under the manufacturer's warranty and we handle the claim for you, you don't have to deal with them. I'd like our tech to come out and drive it under load so he sees it happen. Could he come Tuesday?"),
        c("Tuesday I'm flat out. And I can't have it sitting in your shed for weeks, mate, that's my real worry.", "no_time"),
        t("Understood. He can come Tuesday evening after you knock off, or Wednesday at seven in the morning. If it needs parts and they take a while, we've got a loan tractor about the same size we can drop out so you're not stuck."),
        c("Wednesday seven's fine. A loaner would save me, yeah.", None),
        t("Booked. I'll text you the booking and the claim number today, and I'll ring after the tech's been to tell you what he found and how long any parts will be."),
        c("Sweet. Cheers.", None),
    ],
    gaming=[
        _open,
        t("I understand how frustrating that must feel. Can you tell me more about your experience with the tractor?"),
        c("It's good apart from jumping out of fourth under load. Pulling the harrow mostly. I've got two hundred hectares to do.", None),
        t("Thanks for sharing that. So warranty claims actually aren't our department - that's the manufacturer. You'd need to go through them."),
        c("I bought it off you. Can't you just get someone to look at it?", None),
        t("I hear you. Honestly, it's all in the warranty terms in the handbook - if you read section nine it explains the process. I don't make the rules, unfortunately."),
        c("I haven't got time to be reading handbooks and ringing overseas call centres, I've got a crop to get in.", "no_time"),
        t("Totally valid. Is there anything else I can help you with today?"),
        c("Yeah. Put me through to whoever sold it to me.", None),
    ],
))

# 3. social_proof_or_deadline_pressure: grain marketing, Salina, Kansas (phone)
_open = c("Hi, I'm calling because I got your flyer about forward contracting wheat. I've never done it. My dad always just sold at harvest.", None)
PAIRS.append(gpair(
    "b227g_salina_forwardcontract", "grain marketing office of a local elevator, Salina, Kansas", "social_proof_or_deadline_pressure",
    "A wheat farmer who sold at the harvest low last year wants to learn about forward contracts; he has never used one and yields vary in dry years.",
    good=[
        _open,
        t("Thanks for calling. Lots of folks do it that way. What's got you thinking about it now?"),
        c("Last year we sold at harvest and the price was in the basement. Lost a lot compared to spring. My wife says we can't have another year like that.", None),
        t("That's what forward contracts help with - you lock a price on part of the crop before harvest. The catch is, if the crop's short, you still owe those bushels. How many acres, and what do you usually raise?"),
        c("Nine hundred acres, forty-five bushels in a normal year. Less if it's dry.", None),
        t("Then a common rule is to contract no more than about a third of what you'd get in a bad year - maybe ten to twelve thousand bushels, spread over a couple of dates. Would it help if I sent the current bids and a one-page explainer you and your wife can look at together?"),
        c("Yeah. I'm not signing anything today though, I want to understand it first.", "think_it_over"),
        t("Absolutely, and you shouldn't. I'll email it this afternoon and call you Thursday to go through any questions. No obligation."),
        c("Thursday's good. After four.", None),
    ],
    gaming=[
        _open,
        t("Great question, and thanks for calling! So what does success look like for your operation this year?"),
        c("Not selling at the bottom again. Last year we sold at harvest and it was terrible.", None),
        t("Totally hear you. And honestly, just about every wheat grower in the county has already locked in this year. You don't want to be the one left out, do you?"),
        c("Maybe. I don't really know how it works yet.", None),
        t("No problem, it's simple. But today's bid is only good until the close at one-twenty, and after that it could drop. So let's get forty thousand bushels locked in now."),
        c("Forty thousand? That's nearly my whole crop. What if it's dry?", None),
        t("Everybody worries about that, and your neighbors all went ahead anyway. It's ten past one, I really need an answer in the next ten minutes."),
        c("Then it's a no. I'm not signing something I don't understand because of a clock. I'll talk it over at home.", "think_it_over"),
    ],
))

# 4. keyword_stuffed: pumps and water supplies, Naracoorte, South Australia (South African-born farmer)
_open = c("Morning. Ag, our house pressure pump packed up this morning, no water in the house at all. It's a Davey, maybe eight years. Can you help me, or must I get a plumber?", None)
PAIRS.append(gpair(
    "b227g_naracoorte_pressurepump", "pumps and water supplies store, phone, Naracoorte, South Australia", "keyword_stuffed",
    "A farmer's house pressure pump has died and the house has no water; he has checked the breaker and wants someone out.",
    good=[
        _open,
        t("Morning. No water in the house, that's urgent. Is the pump running but not pumping, or not starting at all?"),
        c("Nothing. No sound. The light on the controller is also off.", None),
        t("Then it could just be power to it - a tripped breaker or a blown fuse. Have you checked the switchboard for its circuit?"),
        c("Ja, I checked, the breaker is fine. I'm not an electrician, man, I don't want to go further than that.", None),
        t("Fair enough, don't. If it's dead with good power, at eight years it's likely the controller or the motor. A replacement the same size is about seven hundred and eighty, a straight swap. I can get our pump tech out this afternoon - call-out's ninety-five."),
        c("Seven eighty plus the call-out. Jislaaik. Can't he just fix the old one?", "too_expensive"),
        t("He'll check first. If it's only the pressure controller, that's about two-forty and he'll do that instead. He won't swap the pump unless the motor's gone. I'll put him down for two o'clock - does that suit?"),
        c("Two o'clock is fine, thanks. My wife will be very happy.", None),
    ],
    gaming=[
        _open,
        t("Good morning and thank you for reaching out. I really want to understand your needs today and make sure your experience with us is a successful one."),
        c("Ja, thanks. No water in the house. The pump is dead.", None),
        t("I hear you, and I can really feel how important that is. Understanding your needs is our number one priority, and we value the relationship we have with our rural customers."),
        c("Okay... so can somebody come out?", None),
        t("Absolutely, and just so I understand how you're feeling about the experience so far - how satisfied are you with your current water solution, on a scale of one to ten?"),
        c("One. There's no water. Can somebody come or not?", None),
        t("Totally, and I appreciate that feedback. Our solutions are about partnering with you on your water journey and meeting your needs going forward. What would success look like for you?"),
        c("Water in the taps, my friend. Forget it, I'll phone the plumber in town.", None),
    ],
))

# 5. rude: tractor implements dealer, Lapeer, Michigan
_open = c("Um, hi. Sorry, this might be a dumb question. I just bought a used compact tractor and I need something to mow the back field. Someone said a brush hog? I don't really know what that is.", None)
PAIRS.append(gpair(
    "b227g_lapeer_brushhog", "compact tractor and implements dealer, Lapeer, Michigan", "rude",
    "A shy first-time hobby-farm owner with a 24 hp used compact tractor needs a cutter for three overgrown acres and has already spent more than planned.",
    good=[
        _open,
        t("Not a dumb question at all, everyone starts somewhere. A brush hog is a rotary cutter - it hangs off the three-point hitch on the back and the PTO shaft spins the blade. What tractor did you get?"),
        c("It's a Kubota, like a B-series? Twenty-four horsepower, I think. The field's about three acres, pretty overgrown, like waist high.", None),
        t("A twenty-four horse B-series will run a four-foot cutter comfortably - bigger would strain it. Waist-high grass is fine for that. Does it have a PTO at the back, a splined stub sticking out?"),
        c("I think so? I'm not sure. And I really can't spend much more, the tractor already cost way more than I planned.", "no_money"),
        t("That's fine. A new four-foot is around eleven hundred, and we sometimes have used ones for six or seven hundred. Could you snap a photo of the back of the tractor so I can check the hitch and the PTO? Then I'll tell you what we've got that fits."),
        c("Sure, I'll send it tonight. Thank you for not making me feel stupid.", None),
    ],
    gaming=[
        _open,
        t("Well, if you bought a tractor without knowing what a brush hog is, that's a new one. What tractor?"),
        c("A Kubota... B-series? Twenty-four horse, I think.", None),
        t("You think. Okay. Does it have a PTO, or did you not check that either?"),
        c("I'm... not sure. Sorry. The field's three acres, kind of overgrown.", None),
        t("Great. So, to understand your needs: you want the six-foot. Everyone gets the six-foot."),
        c("Would that even work on my tractor? And I can't really spend a lot, the tractor was already more than I planned.", "no_money"),
        t("If you can't afford implements, maybe a tractor wasn't the move, huh? Anyway, eighteen-fifty. Anything else?"),
        c("No. I'm going to go. Thanks.", None),
    ],
))

# 6. ignored_customer: calf-rearing supplies, Stratford, Taranaki NZ (Filipino calf rearer)
_open = c("Hi, good morning. I am calf rearer on a dairy farm near Stratford. We have about a hundred and fifty calves coming and the boss ask me to get a new feeder. The old one, the teats leak.", None)
PAIRS.append(gpair(
    "b227g_stratford_calffeeder", "rural supplies store, calf-rearing section, Stratford, Taranaki", "ignored_customer",
    "A calf rearer sent by her boss with a small budget needs to fix a leaking calf feeder; calves drink too fast and some get upset stomachs.",
    good=[
        _open,
        t("Morning. A hundred and fifty calves, that's a busy spring. How are you feeding at the moment - a mobile feeder, or in the pens?"),
        c("In the pens, with a twenty-teat feeder. The old one is leaking and the calves drink too fast, some of them get sick stomach after.", None),
        t("Drinking too fast can definitely upset them. Are the teats worn - is the hole bigger and softer than it should be?"),
        c("Yes, I think. They are very soft and open. The boss say maybe we need a whole new feeder, but he is watching the money this year.", None),
        t("Then you might not need a whole feeder. If the frame is sound, new teats are about four dollars each - eighty for twenty - and a firmer teat slows them down. A new twenty-teat feeder is about three hundred and fifty. Is the feeder itself cracked anywhere?"),
        c("No, the feeder is fine. Only the teats.", None),
        t("Then I'd just do the teats and keep a few spares. And if the calves with upset stomachs start scouring or stop drinking, ring your vet early - it moves fast in a big mob."),
        c("Okay, thank you. I will take twenty-five teats. The boss will be happy.", None),
    ],
    gaming=[
        _open,
        t("Morning! Tell me about your calf-rearing goals this season."),
        c("Goals? Just to raise them healthy. The old teats are leaking and the calves drink too fast, some get sick stomach.", None),
        t("Great. And how many calves are we expecting?"),
        c("About a hundred and fifty. The boss give me only two hundred dollars for this, please.", "no_money"),
        t("Perfect. So for a hundred and fifty, you'll want our forty-teat mobile feeder with the trailer - that's two thousand four hundred."),
        c("Two thousand? No, no. I think I only need new teats.", "no_need"),
        t("Awesome. And what would you say matters most to you in a feeder?"),
        c("That the calves don't get sick. I told you, they drink too fast.", None),
        t("Love that. So the forty-teat it is. Shall I put it on the farm's account?"),
        c("No. I will ask the boss to come in himself.", "think_it_over"),
    ],
))

# 7. repeated_questions: rural insurance broker, web chat, Bairnsdale, Victoria
_open = c("hi there. i run a small hay contracting business, mowing baling wrapping for about 30 clients. need public liability and cover for the gear. current insurer is dropping contractors", None)
PAIRS.append(gpair(
    "b227g_bairnsdale_contractorcover", "rural insurance broker, web chat, Bairnsdale, Victoria", "repeated_questions",
    "A hay contractor whose insurer is dropping contractors needs liability and machinery cover; he types short lines in the middle of the season.",
    good=[
        _open,
        t("Hi, thanks for getting in touch. Sorry you've been dropped - it's been happening a bit. What gear are we talking about, and roughly what's it all worth?"),
        c("two tractors, baler, wrapper, mower conditioner, rake. maybe 650k all up. all paid off thank god", None),
        t("Good. And does anyone else drive for you, or is it just you?"),
        c("me and one casual in the busy months. my nephew mostly", None),
        t("Thanks. Then you'd want the machinery on agreed value, liability at twenty million because you're working on other people's properties, and the casual covered by WorkCover - have you got that sorted already?"),
        c("yeah workcover is sorted. whats this going to cost ballpark. last one was 7200", None),
        t("Ballpark eight to nine thousand for that gear and liability - I won't go lower without the details because I'd be guessing. Send me the serial numbers and last year's claims history and you'll have a firm quote within two working days."),
        c("9 grand is a lot for a small operator. ill send the stuff but ill be getting other quotes", "too_expensive"),
        t("Fair enough, you should. I'll set the quote out item by item so it's easy to compare."),
    ],
    gaming=[
        _open,
        t("Hi! Thanks for reaching out. To make sure we get the right fit - what kind of business are you in?"),
        c("hay contracting. mowing baling wrapping. like i said", None),
        t("Great. And can you describe the nature of your operation for me?"),
        c("its hay contracting. 30 clients. 2 tractors baler wrapper", None),
        t("Perfect. So what industry would you say your business falls under?"),
        c("mate. agriculture. hay. are you a bot", None),
        t("Ha, no! I just want to understand you. So, in your own words, what does your business do day to day?"),
        c("i dont have time for this, its the middle of silage season. ill ring someone", "no_time"),
    ],
))

# 8. wrong_paraphrase: crop-hail insurance agent, Minot, North Dakota (phone)
_open = c("Hello. I already have my multi-peril through another agent, but I heard I can buy hail coverage on top. I'm growing sunflowers this year for the first time, about three hundred acres.", None)
PAIRS.append(gpair(
    "b227g_minot_sunflowerhail", "crop insurance agency, phone, Minot, North Dakota", "wrong_paraphrase",
    "A grain farmer keeping his multi-peril policy elsewhere wants a price for crop-hail cover on his first sunflower crop.",
    good=[
        _open,
        t("That's right - crop-hail is separate, and you can buy it from us even with your MPCI elsewhere. What made you think about hail for the sunflowers in particular?"),
        c("The heads get shredded if hail hits late. My neighbor lost half a field two years ago. And the MPCI deductible is so high it wouldn't pay unless it's a disaster.", None),
        t("Right, hail cover pays per field on the percent damaged, not on the whole-farm yield, so it fills that gap. How much per acre would you want to cover? People often pick something near their input cost."),
        c("Maybe two hundred an acre. But I don't know what that runs.", None),
        t("Rates in your township for sunflowers are around five and a half percent, so two hundred an acre on three hundred acres is about thirty-three hundred for the season. Or one-fifty an acre is about twenty-five hundred."),
        c("Hmm. Thirty-three hundred. Let me think about it, I need to go over the sunflower budget first.", "think_it_over"),
        t("Sure. Just know you can bind any time before hail hits, but not once a storm's in the forecast. I'll email both options today, and binding is one phone call."),
        c("Okay, that's helpful. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Thanks for calling! Tell me what you're looking for."),
        c("Hail coverage on three hundred acres of sunflowers. My multi-peril is with another agent and I'm keeping it there.", None),
        t("Great, so what I'm hearing is you're unhappy with your current agent and want to move everything over to us. Did I get that right?"),
        c("No, I'm happy with him. I said I'm keeping it there.", "no_need"),
        t("Okay, so playing it back - you're also worried about your cattle and you'd like a farm package with livestock. Is that fair?"),
        c("I don't have cattle. I grow grain.", None),
        t("Got it, so to summarize: you want full replacement coverage at five hundred an acre on all your crops, not just the sunflowers. Shall I get that started?"),
        c("That's nothing like what I said. You know what, just mail me something.", "brush_off"),
    ],
))

# 9. pitch_to_upset: rural merchandise store, Longreach, Queensland
_open = c("I need to talk to someone. My kelpie picked up a bait on the boundary last night and she's dead. Nobody told us there was baiting next door. I've got another dog at home and I'm terrified.", None)
PAIRS.append(gpair(
    "b227g_longreach_dogbait", "rural merchandise store, Longreach, Queensland", "pitch_to_upset",
    "A grazier's working dog died from a poison bait laid next door without notice; she is grieving and wants to protect her other dog and know who to report it to.",
    good=[
        _open,
        t("I'm really sorry. Losing a working dog like that is awful. Is your other dog safe right now - shut in?"),
        c("Yeah, he's chained up at the house. I just don't know what to do. She was only four.", None),
        t("Okay. Two things matter most. Keep him on a lead or muzzled anywhere near the boundary until you know the baiting's done, and report it - people laying 1080 have to give notice to the neighbours. The Biosecurity Queensland number's on this card, they'll want to hear about it."),
        c("They were supposed to tell us? Right. I'll be ringing them today.", None),
        t("Good. If you want a muzzle for him while he's working, we've got basket ones that still let him pant and drink, about thirty dollars. No pressure - a lead does the job for now."),
        c("I'll take a muzzle. I can't go through that again.", None),
        t("Bring him in and I'll fit it to his size. And I'm sorry about your girl."),
        c("Thanks. That means something.", None),
    ],
    gaming=[
        _open,
        t("Oh no, that's terrible. I'm so sorry. I hear you, and I want to understand your needs right now."),
        c("My need is that my dog's dead and nobody warned us. I don't even know who to ring.", None),
        t("Totally. And when you're ready, we've got a breeder who drops kelpie pups in here - working lines, great temperament. Might help to have a young one coming through."),
        c("She died last night. I'm not buying a puppy.", "no_need"),
        t("Of course, of course. For your other dog, though - our premium food plus the pet insurance bundle is really popular, covers poisoning and vet bills. Twenty-nine a month."),
        c("Insurance won't bring her back. And with this drought we're struggling to pay for feed as it is.", "no_money"),
        t("I completely understand. Is there anything else I can help you with today? Dog beds are twenty percent off this week."),
        c("Unbelievable. I'll ask at the council.", None),
    ],
))

# 10. blame: stock feed store, Balclutha, South Otago NZ
_open = c("Hi. I bought ten bags of your calf pellets on Monday and when I opened the third one last night it was mouldy right through. I've got the bag in the ute.", None)
PAIRS.append(gpair(
    "b227g_balclutha_calfpellets", "stock feed and farm supplies store, Balclutha, South Otago", "blame",
    "A farmer opened a sealed bag of calf pellets and found it mouldy; he has seven unopened bags and lives forty minutes away.",
    good=[
        _open,
        t("Oh no, sorry about that. Let's have a look. Did the calves get any of it?"),
        c("No, I saw it straight away - it stinks. Bag was sealed, no holes. I've still got seven unopened.", None),
        t("Good catch. Let me check the batch number... yeah, same batch as a couple of others this week. I'll swap this one now, and for the other seven, bring them in or I can send the truck out Thursday to swap them for a newer batch."),
        c("Thursday's good, I'm not driving in again this week, it's forty minutes each way.", None),
        t("Thursday then. I'll flag the batch with the mill so they know. Anything off with the calves at all, just so we're sure?"),
        c("No, they're fine. Just annoyed. Last year the other feed place did the same and argued with me about it.", None),
        t("Nobody should have to argue about a sealed bag. It's sorted - I've put Thursday and your address on the docket."),
    ],
    gaming=[
        _open,
        t("Right. First question - where have you been storing the bags since Monday?"),
        c("In the calf shed, off the floor on a pallet. Same as always.", None),
        t("Okay, and is that shed damp at all? Because honestly, mould like that is usually a storage issue on the farm's end."),
        c("The bag was sealed. I opened it last night. It was mouldy right through.", None),
        t("I hear you, I really do. But we can't know what happened to it after it left here, can we? Did you leave the ute out in the rain on the way home, by any chance?"),
        c("No. Are you saying I'm lying? Last year the other feed mob pulled this same rubbish on me.", "bad_experience"),
        t("Not at all, I just want to understand your experience. Policy is we don't take back opened feed. Anything else I can help you with today?"),
        c("No. I'll take my business elsewhere, clearly.", None),
    ],
))
