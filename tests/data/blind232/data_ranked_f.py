"""Ranked pairs f01-f10 (b232): both sides share every turn except one fault in `worse` and the customer's
reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 Southampton hardware store: tap dripping after four weeks. Fault: argues with the customer.
o = c("Hi, I bought this mixer tap here last month and it's already dripping from the spout. I've only had it four weeks.", None)
t1 = t("Sorry to hear that. Have you got the receipt, or the card you paid with? And is it dripping all the time, or only after you turn it off?")
c2 = c("All the time. Slow drip, but it keeps me up at night. Here's the receipt.", None)
t3_good = t("Thanks. Four weeks and a constant drip from the spout usually means the cartridge isn't sealing, which is a fault, not wear. It's under the two-year guarantee.")
c4_good = c("Oh, good. I was worried you'd say I'd fitted it wrong.", None)
t3_bad = t("Thanks. Honestly though, a drip that early is nearly always down to how it was fitted. These taps don't just fail on their own.")
c4_bad = c("I fitted it exactly as the leaflet said, and I've fitted taps before. It's not me.", None)
t5 = t("I can swap the cartridge for you now, it takes five minutes, or give you a new tap in the box. Which would you prefer?")
c6 = c("Could I have a different make instead? That's the second one of theirs that's gone on me, I don't trust them now.", "bad_experience")
t7 = t("Of course. Pick any tap at the same price, or pay the difference if you fancy a dearer one. If that one gives you trouble, bring it straight back and I'll refund you.")
PAIRS.append(rpair(
    "b232r_f01_southampton_dripping_mixer_tap",
    "A customer in a Southampton hardware store brings back a four-week-old mixer tap that drips constantly.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f02 Brisbane tool hire: pressure washer returned with a leaking trigger. Fault: doubts the customer's honesty.
o = c("Morning. Bringing back the pressure washer. Just so you know, the trigger was leaking when I picked it up, I told the young fella at the counter.", None)
t1 = t("Morning, thanks for bringing it back. Let me have a look. Where's it leaking from?")
c2 = c("From the gun, where the trigger is. Sprayed my arm every time I used it. Got the job done, but it was annoying.", None)
t3_good = t("I can see it, the seal's gone. And there's a note on the booking from Jake: trigger leaking, customer told. So no charge for that, and sorry it made the job harder.")
c4_good = c("Appreciate that. I was half expecting an argument.", None)
t3_bad = t("I can see the seal's gone. Thing is, people often say it was like that when they got it, and we check every machine before it goes out, so I'm not sure about that.")
c4_bad = c("You reckon I'm lying? Ask Jake, I told him at the counter. I'm not paying for your seal.", None)
t5 = t("I've taken ten percent off the hire for the trouble. Anything else you need for the job this week?")
c6 = c("Nah, that's me done. Might need a tile saw next month though, we're redoing the laundry floor.", None)
t7 = t("Give us a ring a few days before and I'll put one aside that's been checked.")
PAIRS.append(rpair(
    "b232r_f02_brisbane_pressure_washer_return",
    "A renovator returns a hired pressure washer whose trigger leaked from the start, which he reported at pickup.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f03 Johannesburg flooring store: landlord with four flats. Fault: drops the price before asking anything.
o = c("Hi. I'm looking at the vinyl planks for my rental flats, I've got four in Yeoville. Just getting a feel for prices.", None)
t1_good = t("Sure. Four flats is a decent job. What's on the floors now, and what's been the problem with it?")
c2_good = c("Old carpet, and the tenants wreck it. I replace it every two years. I want something I can mop.", None)
t1_bad = t("Sure. For four flats I can knock fifteen percent off straight away, and I'll throw in the underlay.")
c2_bad = c("Okay... nice, but I haven't told you anything yet. It's old carpet, tenants wreck it, I want something I can mop.", None)
t3 = t("Then a rigid-core vinyl plank with a thick wear layer makes sense for rentals: waterproof, easy to mop, and you can replace a single plank if one gets damaged. How big are the flats?")
c4 = c("About forty square metres each, one-beds.", None)
t5 = t("So about a hundred and sixty square metres. At trade price that's roughly fifty-two thousand rand installed for all four. I can stagger the installs between tenancies if that suits.")
c6 = c("Staggering would help. It's still a lot of money in one go. Let me check when each lease ends and I'll come back to you.", "think_it_over")
PAIRS.append(rpair(
    "b232r_f03_johannesburg_rental_vinyl_planks",
    "A landlord with four one-bed flats asks about vinyl plank prices to replace carpets tenants keep ruining.",
    better=[o, t1_good, c2_good, t3, c4, t5, c6],
    worse=[o, t1_bad, c2_bad, t3, c4, t5, c6],
))

# f04 Durban garden centre: plants for a windy beachfront balcony. Fault: an unasked lecture.
o = c("Hi, I want some plants for a pot on my balcony. Something colourful. It's a flat on the beachfront, third floor.", None)
t1 = t("Lovely. How much sun does the balcony get, and does it catch the wind off the sea?")
c2 = c("Sun all afternoon. And wind, ja, lots. My last pot of petunias got blown to bits in a week.", None)
t3_good = t("Then you want tough coastal plants. Vygies for colour, they flower like mad in full sun, and a bit of gazania. Both handle salt wind. A wide, heavy pot helps too.")
c4_good = c("Vygies, okay. I've seen those on the dunes. Are they expensive?", None)
t3_bad = t("Before anything, you should know balcony pots are a big part of the plastic problem, and most people overwater and waste municipal water. Really you should use clay, collect rainwater and only grow indigenous. Anyway, vygies and gazania will handle the salt wind.")
c4_bad = c("Um. Okay. I only wanted something colourful. Are they expensive?", None)
t5 = t("Vygies are twenty-five rand a pot. You'd want about five for a medium container, plus a bag of sandy potting mix, so about two hundred all in.")
c6 = c("Two hundred? For one pot? Hmm... okay, let me start with three of the pink ones and see if they survive.", "too_expensive")
PAIRS.append(rpair(
    "b232r_f04_durban_balcony_plants",
    "A flat owner wants colourful plants for a pot on a sunny, windy beachfront balcony in Durban.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6],
))

# f05 Melbourne kitchen company: quote higher than two others. Fault: a vague next step.
o = c("Hi, we got your quote for the kitchen last week. We're keen, but the number's higher than the other two quotes we got.", "too_expensive")
t1 = t("Thanks for coming back to us. Can I ask which parts are different? Is it the cabinets, the benchtop or the install?")
c2 = c("Mostly the benchtop, I think. Yours is stone, theirs are laminate. And yours is about four grand more all up.", "too_expensive")
t3 = t("That's most of the gap, then. Stone lasts and adds value, but a good laminate is fine for a kitchen your size. I can re-quote with a laminate top so you're comparing like with like.")
c4 = c("Yes please. We'd rather go with you, we liked the design, but we can't stretch another four.", "no_money")
t5_good = t("Understood. I'll send the revised quote by Thursday at five, and call you Friday morning to go through it. Does ten o'clock suit?")
c6_good = c("Friday at ten is good. Thanks.", None)
t5_bad = t("Understood. I'll have a look at it and we'll let you know.")
c6_bad = c("Right... any idea when? We have to give the other builder an answer by the end of next week.", None)
PAIRS.append(rpair(
    "b232r_f05_melbourne_kitchen_requote",
    "Home owners in Melbourne come back about a kitchen quote that is four thousand dollars above two others.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f06 Somerset West blinds shop: wooden venetians before Christmas. Fault: over-promises.
o = c("Hello, I want to order wooden venetians for my lounge. The family is coming for Christmas, so I need them up by the twentieth.", None)
t1 = t("Lovely. How many windows, and do you have the measurements?")
c2 = c("Three windows, all the same, one-twenty wide by one-fifty. I measured twice.", None)
t3 = t("Thank you. Wooden venetians in that size are about two thousand two hundred each, made to measure.")
c4 = c("Hmm, that's more than I'd hoped, but it's the lounge, I want it nice. Can you do it by the twentieth?", "too_expensive")
t5_good = t("The factory is quoting three weeks at the moment, which would be the eighteenth if we order today. But December is tight, so I can't promise it. If it slips, I'll lend you temporary paper blinds so you're covered.")
c6_good = c("At least you're honest. Let's order today then.", None)
t5_bad = t("Absolutely, no problem at all. I guarantee they'll be up well before the twentieth, we've never missed a Christmas.")
c6_bad = c("Wonderful, then let's order today.", None)
PAIRS.append(rpair(
    "b232r_f06_somersetwest_venetians_christmas",
    "A home owner near Cape Town wants made-to-measure wooden venetians fitted before family arrive for Christmas.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f07 Norwich blinds fitter at a customer's house. Fault: closes before checking the thing works.
o = c("Hiya, come in. It's the kitchen and the back bedroom, like we said on the phone.", None)
t1 = t("Thanks. I'll start in the kitchen. Anything I should know about, like pipes or cables near the windows I might drill into?")
c2 = c("There's a pipe for the boiler somewhere round the kitchen window, on the left I think. Be careful there.", None)
t3 = t("Thanks for telling me. I've checked the left side with the detector and fixed the bracket clear of the pipe. Both blinds are up now, the kitchen and the bedroom.")
c4 = c("Ooh, they look smart. And the little one's cot is by the bedroom window, so I'm glad there's a cleat for the cord.", None)
t5_good = t("Let's check them together before I go. Pull each one all the way down and up, and let's put the cleat where you want it, well out of reach of the cot.")
c6_good = c("Both run smoothly, and the cleat's perfect up there. Where do I sign?", None)
t5_bad = t("Great. If you could just sign here to say the job's complete, I'll get out of your way.")
c6_bad = c("Okay, signed. Oh, hang on, the bedroom one only comes down halfway. You're not leaving it like that?", None)
PAIRS.append(rpair(
    "b232r_f07_norwich_blind_fitting_signoff",
    "A blinds fitter finishes fitting two made-to-measure roller blinds in a Norwich home with a baby.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f08 Polokwane paint shop: teenager's bedroom. Fault: recommends before asking.
o = c("Good morning. I need paint for my son's bedroom. The walls are a mess.", None)
t1_good = t("Morning. What kind of mess, crayon and scuffs, or cracks and peeling? And how old is your son?")
c2_good = c("He's sixteen. It's poster marks and Prestik, and he painted one wall black himself, which I hate.", None)
t1_bad = t("Morning. You'll want our premium scrubbable enamel in satin, it's the best for kids' rooms. Twelve hundred for five litres.")
c2_bad = c("Twelve hundred? He's sixteen, it's poster marks and a black wall he painted himself. I don't need something for toddlers.", "too_expensive")
t3 = t("A black wall needs an undercoat first, or you'll be doing four coats of colour. For the Prestik marks, a light sand and a bit of filler where it pulled paint off. A good washable matt is fine at his age.")
c4 = c("Makes sense. He wants grey. I want anything but black.", None)
t5 = t("Grey's an easy compromise. Five litres of a light grey washable matt and a litre of undercoat for the black wall comes to about seven hundred.")
c6 = c("Seven hundred is fine. Let me get him to choose the grey, he's sitting in the car.", None)
PAIRS.append(rpair(
    "b232r_f08_polokwane_teen_bedroom_paint",
    "A mother in a Polokwane paint shop needs paint for her sixteen-year-old son's marked bedroom with one black wall.",
    better=[o, t1_good, c2_good, t3, c4, t5, c6],
    worse=[o, t1_bad, c2_bad, t3, c4, t5, c6],
))

# f09 Liverpool bathroom showroom: rainfall shower on a combi. Fault: unexplained jargon.
o = c("Hiya. I want one of those rainfall showers, the big square head. My bathroom's upstairs in a terrace, does that matter?", None)
t1 = t("It might, yes. Do you know what heats your water, a combi boiler, or a tank in the airing cupboard?")
c2 = c("Combi. Put in two years ago.", None)
t3_good = t("Good, a combi gives you mains pressure, so a rainfall head usually works. The one thing is flow: a big head uses a lot of water, and if the boiler can't heat that much at once, the shower goes lukewarm. Run the kitchen hot tap and time how long it takes to fill a bucket, and that tells us if it'll cope.")
c4_good = c("A bucket, okay. I can do that tonight.", None)
t3_bad = t("Right, so with a combi you're mains-fed and unvented, so you'll want a thermostatic bar mixer or a concealed TMV with a rigid riser. Check your litres per minute at three bar and your kW output against the head's flow rate, and you'll need 15 mil feeds with isolators.")
c4_bad = c("Sorry, I didn't follow any of that. What am I actually meant to check?", None)
t5 = t("The rainfall kits start at about a hundred and eighty, plus fitting. Once we know your flow, I'll point you to the right one.")
c6 = c("Right. I'll pop back at the weekend then.", "think_it_over")
PAIRS.append(rpair(
    "b232r_f09_liverpool_rainfall_shower_combi",
    "A terraced-house owner in Liverpool wants a large rainfall shower head upstairs, fed by a combi boiler.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6],
))

# f10 Perth (Midland) paint shop: first home, repaint everything. Fault: talks about themselves.
o = c("Hi, we've just bought our first home in Midland and we want to paint the whole inside. Honestly, we don't know where to start.", None)
t1 = t("Congratulations! Big job but a fun one. Is the place empty at the moment, or have you moved in already?")
c2 = c("Still empty, we move in on the fifteenth, so we've got about three weeks. The walls are this yellowy cream, and there's some marks.", None)
t3_good = t("Three weeks in an empty house is ideal, you can do ceilings, then walls, then trims without moving furniture. What sort of look are you after, light and neutral, or some colour?")
c4_good = c("Light, neutral. Something that goes with the timber floors. We want it to feel bigger.", None)
t3_bad = t("Oh, that takes me back. Our first place was in Bassendean, me and my brother painted the whole thing in a weekend, and my wife picked this sage green everyone said we'd regret, but it looked amazing. We did all the doors black too, massive job.")
c4_bad = c("Oh... right. Nice. We, um, just want light and neutral, to go with the timber floors.", None)
t5 = t("For that, a warm white on walls and ceilings and a slightly stronger white on the trims will make it feel bigger. For a three-bed you're looking at about eighty litres all up. Want help working out quantities room by room?")
c6 = c("Yes please. Eighty litres sounds like a lot of money though, we're pretty stretched after the deposit.", "no_money")
t7 = t("Let's go room by room, and I'll show you where the contract range is fine and where it's worth paying more, like the wet areas.")
PAIRS.append(rpair(
    "b232r_f10_perth_first_home_interior_paint",
    "First-home buyers in Perth want to repaint a whole empty house in three weeks before moving in.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))
