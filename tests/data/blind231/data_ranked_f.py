"""Ranked pairs f01-f10 of blind231 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01: argues with the customer about whether the adjuster called
F01_O = c("Hi, I'm calling because my adjuster was supposed to call me on Monday about my car. It's Thursday. "
          "Nobody called. I've been sitting here waiting with no car.", None)
F01_T1 = t("I'm sorry, that's frustrating, especially with no car. Can I get your claim number so I can see what "
           "happened?")
F01_C1 = c("It's ON-7781-22. The RAV4, I got rear-ended on Dundas.", None)
F01_T2_BETTER = t("Thanks. I can see a call was logged on Monday, but to a number ending 4410. Is that still yours?")
F01_C2_BETTER = c("No! That's my old number, I changed it in the spring. I updated it online.", None)
F01_T2_WORSE = t("Thanks. The notes say the adjuster did call you on Monday and left a voicemail, so he did try. "
                 "Are you sure you didn't miss it?")
F01_C2_WORSE = c("He did not call me. I've had my phone in my hand all week. Are you calling me a liar?", None)
F01_T3 = t("Let me get this fixed now. What's the best number for you? I'll ask the adjuster to call you on it "
           "before four today.")
F01_C3 = c("416-555-0187. And I need to know about a rental, I've been taking Ubers to work all week.", None)
F01_T4 = t("I've put that number on the file and added a note about the rental; your policy covers one, so the "
           "adjuster will set it up on that call. Keep your Uber receipts and I'll flag them for review.")

# f02: doubts the customer's honesty about when the chip happened
F02_O = c("Hello, I've a chip in my windscreen since yesterday, a lorry threw up a stone on the N11 outside Gorey. "
          "I've windscreen cover with ye, I think?", None)
F02_T1 = t("You do, and chip repairs on your policy have no excess. Roughly how big is it, and where is it?")
F02_C1 = c("About the size of a five cent, on the driver's side but low down, below where I'd be looking.", None)
F02_T2_BETTER = t("Thanks, that sounds repairable. Low on the driver's side is fine as long as it's below your line "
                  "of sight, and it sounds like it is.")
F02_C2_BETTER = c("Good. I was afraid I'd need a whole new screen.", None)
F02_T2_WORSE = t("Okay. Just to be sure before I book anything, are you certain it happened yesterday and wasn't "
                 "there before you took out the policy?")
F02_C2_WORSE = c("What? I've had the policy four years. Of course it happened yesterday. I'd hardly ring ye about "
                 "something old.", None)
F02_T3 = t("Our repairer can come to you, at home or at work, and it takes about half an hour. Would tomorrow "
           "between ten and twelve suit?")
F02_C3 = c("Tomorrow morning's no good, I've a meeting till one. Could he come after lunch?", "no_time")
F02_T4 = t("He has two o'clock free. I'll book that at your work in Wexford town, and he'll text you on the way. "
           "Keep the chip clean till then and don't blast the heater on it.")

# f03: drops the price before looking at the dent or asking anything
F03_O = c("Hi, someone's cart rolled into my door at the Fred Meyer lot. It's a dent about the size of my fist. "
          "How much to fix something like that?", None)
F03_T1_BETTER = t("Let me take a look before I give you a number. Is the paint cracked or chipped anywhere on the "
                  "dent?")
F03_C1_BETTER = c("I don't think so, it's just pushed in. It's the back door, driver side.", None)
F03_T1_WORSE = t("Fist-size dents are usually around 350, but I can do it for 250 if you book today.")
F03_C1_WORSE = c("Oh. Um, okay, but you haven't even looked at it. How do you know?", None)
F03_T2 = t("Let's go out and look together. Right, the paint's intact and it's away from the door edge, so it's a "
           "good one for paintless dent repair: 180, about an hour, no repaint.")
F03_C2 = c("One-eighty's still more than I wanted to spend on a shopping cart. I was half thinking of leaving it.",
           "too_expensive")
F03_T3 = t("That's fair, it's cosmetic, and it won't rust while the paint's unbroken. If you'd like it done I have "
           "Thursday at ten; if not, there's no charge for looking.")
F03_C3 = c("Let me think about it. I'll call you by Wednesday if I want Thursday.", "think_it_over")

# f04: gives an unasked lecture about running out of fuel
F04_O = c("Hi, um, this is embarrassing. I've run out of gas on the Deerfoot, northbound near Glenmore. I'm on the "
          "shoulder.", None)
F04_T1 = t("No need to be embarrassed, it happens to lots of people. Are you safely on the shoulder with your "
           "hazards on?")
F04_C1 = c("Yes, hazards are on. I'm staying in the car, there's a lot of traffic.", None)
F04_T2_BETTER = t("That's the safest place. Your membership covers a fuel delivery, 10 litres free. Is it regular "
                  "gas?")
F04_C2_BETTER = c("Yes, regular. It's a Mazda 3.", None)
F04_T2_WORSE = t("Good. You know, the Deerfoot's the worst place to run dry. Most cars give you fifty kilometres of "
                 "warning, so it's really worth filling up at a quarter tank. Is it regular gas?")
F04_C2_WORSE = c("Yes, regular. And yes, I know, I feel stupid enough already, thanks.", None)
F04_T3 = t("The truck's about 35 minutes out with 10 litres, covered by your membership. That'll get you to the "
           "station at Glenmore. Are you okay to wait, or do you need to be somewhere?")
F04_C3 = c("I'm supposed to pick up my son from daycare at 5:30. Thirty-five minutes is cutting it close.", None)
F04_T4 = t("Then call the daycare now so they know you might be a few minutes late, and I'll ask the driver to "
           "ring you when he's ten minutes away.")

# f05: a vague next step ("we'll let you know")
F05_O = c("Hi, I'm ringing about my claim. A delivery van hit my parked car in Salthill two weeks ago. I sent in the "
          "photos and the garage quote. What's happening now?", None)
F05_T1 = t("Thanks for ringing. I have it here: the photos and the quote from Furey's garage came in last week, and "
           "the van company's insurer has accepted liability.")
F05_C1 = c("Oh, that's good. So do I get the car fixed now, or do I wait for something?", None)
F05_T2 = t("You're nearly there. Their insurer needs to approve the quote, 1,840, and under 2,000 it's usually "
           "approved without an assessor. Is the car drivable in the meantime?")
F05_C2 = c("It is, but the back door won't open, so the kids climb in over the front. It's a pain.", None)
F05_T3_BETTER = t("Then let's not leave you waiting. I'll send the quote for approval today and ring you on Friday by "
                  "lunchtime with the answer, chased or not. Once it's approved you book Furey's directly and the "
                  "bill comes to us.")
F05_C3_BETTER = c("Friday by lunchtime. Grand, that's great.", None)
F05_T3_WORSE = t("Okay. We'll send it over to them for approval and we'll let you know once we hear back.")
F05_C3_WORSE = c("And when would that be, roughly? A week? A month? I've been waiting two already.", None)

# f06: over-promises a ready date that depends on a part
F06_O = c("Hi, I'm dropping off the Highlander, front-end damage. The insurance approved it. Big question: we're "
          "driving to Savannah on the 20th. Will it be ready?", None)
F06_T1 = t("Let's see. Can I look at the approved estimate and the damage first?")
F06_C1 = c("Sure, here's the paperwork. The adjuster said it's the bumper, the grille and the radiator support.",
           None)
F06_T2_BETTER = t("Thanks. The bumper and grille are in stock with our supplier. The radiator support is the one to "
                  "watch: if it's back-ordered, that can add a week. I'd say the 18th is likely but not certain, and "
                  "I'll know by Monday once the parts are confirmed.")
F06_C2_BETTER = c("Okay, I appreciate you being honest. So Monday I'll know more.", None)
F06_T2_WORSE = t("No problem at all, it'll definitely be ready by the 18th, you have my word. We do these all the "
                 "time.")
F06_C2_WORSE = c("Oh, great, that's a relief. We've already booked the hotel.", None)
F06_T3 = t("If a part is delayed, your policy covers a rental, so the trip can still happen. Do you want me to put a "
           "rental on hold for the 19th just in case?")
F06_C3 = c("Not yet. Let's wait till Monday and see.", "think_it_over")
F06_T4 = t("Sounds good. I'll call you Monday afternoon with the parts update either way.")

# f07: closes before checking that the recalibrated camera works
F07_O = c("Hi, I'm here to pick up the CR-V, the windshield replacement. Is it all done?", None)
F07_T1 = t("Yes, the glass is in and cured. Your car has a lane-keeping camera behind the mirror, and we "
           "recalibrated it after the install.")
F07_C1 = c("Good. I drive to Montreal every week for work, and I use the lane assist a lot on the 417.", None)
F07_T2_BETTER = t("Then let's make sure it works before you go. The calibration report passed, and I'd like to take a "
                  "quick loop on the Queensway with you so you can see the lane lines come up. About ten minutes, "
                  "have you got time?")
F07_C2_BETTER = c("Ten minutes, sure. Better to know now than on the highway.", None)
F07_T2_WORSE = t("The system's all reset. Here's your invoice and the keys, you're all set to go.")
F07_C2_WORSE = c("Great. Should I check anything, or does it just work?", None)
F07_T3 = t("If the lane-keeping light ever flashes, or the steering feels like it's pulling, bring it straight back; "
           "the calibration is guaranteed for a year.")
F07_C3 = c("Okay. And do I owe anything beyond the deductible?", None)
F07_T4 = t("No, just the 300 deductible you've paid. The rest is billed to your insurer.")

# f08: recommends cover before asking anything
F08_O = c("Hi, I've bought a different car and need to change the policy over. It's a 2017 Skoda Octavia, I "
          "collect it Saturday.", None)
F08_T1_BETTER = t("Congratulations, happy to change it over. Before I look at cover, how will you use it, and is "
                  "anyone else driving it?")
F08_C1_BETTER = c("Just me. Commuting to Drogheda and the odd trip up to Newry. I'm on third party, fire and theft "
                  "at the moment.", None)
F08_T1_WORSE = t("Congratulations. For a car like that I'd go straight to comprehensive with protected no-claims "
                 "and the Europe extension, it's what most people pick. Shall I set that up?")
F08_C1_WORSE = c("Hang on, I don't go to Europe. I'm on third party, fire and theft at the moment, and I only "
                 "commute to Drogheda and the odd trip up to Newry.", "no_need")
F08_T2 = t("Thanks. Your policy already covers Northern Ireland at no extra cost, so Newry's fine. On a 2017 "
           "Octavia, comprehensive is about 110 a year more than third party, fire and theft.")
F08_C2 = c("A hundred and ten extra is a lot. The old car wasn't worth much, that's why I had third party.",
           "too_expensive")
F08_T3 = t("That made sense for the old car. The Octavia's worth around 14,000, so if it were written off in an "
           "accident you caused, third party wouldn't pay anything towards it. It's your call; I can email both "
           "prices so you can decide before Saturday.")
F08_C3 = c("Email both. I'll decide tonight.", "think_it_over")

# f09: unexplained jargon in the settlement explanation
F09_O = c("Hi, I got a letter that my car's a total loss, with a number on it. I don't get how you came up with "
          "the number. It's less than I thought.", None)
F09_T1 = t("I'm sorry, it's a hard letter to get. Let me walk you through it. What's the claim number?")
F09_C1 = c("AZ-4471-09. It's the Altima.", None)
F09_T2_BETTER = t("Thanks. The number is what your car was worth just before the crash: we looked at five similar 2014 "
                  "Altimas for sale around Phoenix, adjusted for your mileage and condition, then took off your 500 "
                  "deductible. That gives 6,240.")
F09_C2_BETTER = c("Okay, that makes sense. But mine had new tires and only ninety thousand miles.", None)
F09_T2_WORSE = t("Thanks. The figure is the ACV, based on comps with condition adjustments, less your deductible, "
                 "with salvage retained under the settlement. So 6,240.")
F09_C2_WORSE = c("I have no idea what any of that means. What's ACV? What comps?", None)
F09_T3 = t("Put simply, it's what a car like yours would sell for today. If yours had something that makes it worth "
           "more, like new tires or low miles, send the receipts, plus links to similar cars listed for more, and "
           "the adjuster will review it. Can you get those this week?")
F09_C3 = c("I can, but I'm working doubles all week. Maybe the weekend.", "no_time")
F09_T4 = t("The weekend's fine, there's no deadline this week. I'll hold the settlement until I hear from you.")

# f10: talks about themselves instead of the stranded customer
F10_O = c("Hi, I've a flat tyre on the N69 just outside Foynes. I've never changed one in my life and it's getting "
          "dark.", None)
F10_T1 = t("Okay, we'll get you sorted. Are you pulled in somewhere safe, off the road?")
F10_C1 = c("I'm in a lay-by, hazards on. It's the front passenger side.", None)
F10_T2_BETTER = t("Good. Do you know if the car has a spare wheel, or one of those repair kits? It's usually under "
                  "the boot floor.")
F10_C2_BETTER = c("Hang on... there's a spare, a thin one. Skinny thing.", None)
F10_T2_WORSE = t("Good. God, I'd be the same, I got a flat on the Ennis road last winter and I was there an hour in "
                 "the rain till my husband came out, it was a nightmare. Is there a spare in the boot?")
F10_C2_WORSE = c("Right. I'm on my own out here, can we just focus on me? Hang on, there's a thin spare.", None)
F10_T3 = t("That's a space-saver, fine to get you home under 80 kilometres an hour. A patrol is 30 minutes away and "
           "will fit it for you. Stay in the car with the doors locked. Will I ring you back in ten minutes?")
F10_C3 = c("Yes please. And the tyre, can they fix it there or do I need a new one?", None)
F10_T4 = t("The patrol will check it. If it's a nail, a tyre place in Limerick can usually repair it for about 25; "
           "if the sidewall's gone you'd need a new tyre, and he'll tell you which.")

PAIRS = [
    rpair(
        "b231r_f01_toronto_adjuster_callback",
        "Auto insurer, claims line, Toronto, Ontario. A customer whose RAV4 was rear-ended says her adjuster never "
        "made Monday's promised call; the file shows a call to her old number. Fault in worse: argues with her.",
        better=[F01_O, F01_T1, F01_C1, F01_T2_BETTER, F01_C2_BETTER, F01_T3, F01_C3, F01_T4],
        worse=[F01_O, F01_T1, F01_C1, F01_T2_WORSE, F01_C2_WORSE, F01_T3, F01_C3, F01_T4],
    ),
    rpair(
        "b231r_f02_gorey_stone_chip",
        "Motor insurer, glass line, Wexford. A four-year customer reports a stone chip from a lorry on the N11. "
        "Fault in worse: doubts his honesty about when it happened.",
        better=[F02_O, F02_T1, F02_C1, F02_T2_BETTER, F02_C2_BETTER, F02_T3, F02_C3, F02_T4],
        worse=[F02_O, F02_T1, F02_C1, F02_T2_WORSE, F02_C2_WORSE, F02_T3, F02_C3, F02_T4],
    ),
    rpair(
        "b231r_f03_seattle_cart_dent",
        "Body shop, Seattle, Washington. A customer asks what a fist-sized shopping-cart dent costs to fix. "
        "Fault in worse: drops the price before looking or asking anything.",
        better=[F03_O, F03_T1_BETTER, F03_C1_BETTER, F03_T2, F03_C2, F03_T3, F03_C3],
        worse=[F03_O, F03_T1_WORSE, F03_C1_WORSE, F03_T2, F03_C2, F03_T3, F03_C3],
    ),
    rpair(
        "b231r_f04_calgary_deerfoot_fuel",
        "Roadside assistance, Calgary, Alberta. A member has run out of fuel on Deerfoot Trail at rush hour and "
        "has to collect her son from daycare. Fault in worse: an unasked lecture about fuel.",
        better=[F04_O, F04_T1, F04_C1, F04_T2_BETTER, F04_C2_BETTER, F04_T3, F04_C3, F04_T4],
        worse=[F04_O, F04_T1, F04_C1, F04_T2_WORSE, F04_C2_WORSE, F04_T3, F04_C3, F04_T4],
    ),
    rpair(
        "b231r_f05_salthill_claim_next_step",
        "Motor insurer, claims line, Galway. A mother asks what happens next after a delivery van hit her parked "
        "car; liability is accepted and the quote is in. Fault in worse: a vague next step.",
        better=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_BETTER, F05_C3_BETTER],
        worse=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_WORSE, F05_C3_WORSE],
    ),
    rpair(
        "b231r_f06_atlanta_savannah_trip",
        "Body shop, Atlanta, Georgia. A customer drops off her Highlander for front-end repairs and asks if it "
        "will be ready before a family trip on the 20th. Fault in worse: over-promises the date.",
        better=[F06_O, F06_T1, F06_C1, F06_T2_BETTER, F06_C2_BETTER, F06_T3, F06_C3, F06_T4],
        worse=[F06_O, F06_T1, F06_C1, F06_T2_WORSE, F06_C2_WORSE, F06_T3, F06_C3, F06_T4],
    ),
    rpair(
        "b231r_f07_ottawa_lane_camera",
        "Auto glass shop, Ottawa, Ontario. A weekly highway commuter collects his CR-V after a windshield "
        "replacement and camera recalibration. Fault in worse: hands over the keys without checking it works.",
        better=[F07_O, F07_T1, F07_C1, F07_T2_BETTER, F07_C2_BETTER, F07_T3, F07_C3, F07_T4],
        worse=[F07_O, F07_T1, F07_C1, F07_T2_WORSE, F07_C2_WORSE, F07_T3, F07_C3, F07_T4],
    ),
    rpair(
        "b231r_f08_dundalk_policy_change",
        "Motor insurer, Dundalk, County Louth. A customer on third party, fire and theft rings to move her policy "
        "to a 2017 Octavia. Fault in worse: recommends cover before asking anything.",
        better=[F08_O, F08_T1_BETTER, F08_C1_BETTER, F08_T2, F08_C2, F08_T3, F08_C3],
        worse=[F08_O, F08_T1_WORSE, F08_C1_WORSE, F08_T2, F08_C2, F08_T3, F08_C3],
    ),
    rpair(
        "b231r_f09_phoenix_total_loss_value",
        "Auto insurer, total loss line, Phoenix, Arizona. A customer doesn't understand how the settlement on his "
        "written-off 2014 Altima was worked out. Fault in worse: unexplained jargon.",
        better=[F09_O, F09_T1, F09_C1, F09_T2_BETTER, F09_C2_BETTER, F09_T3, F09_C3, F09_T4],
        worse=[F09_O, F09_T1, F09_C1, F09_T2_WORSE, F09_C2_WORSE, F09_T3, F09_C3, F09_T4],
    ),
    rpair(
        "b231r_f10_foynes_flat_tyre",
        "Breakdown assistance, County Limerick. A woman alone at dusk has a flat tyre on the N69 near Foynes and "
        "has never changed one. Fault in worse: talks about her own breakdown instead of the customer.",
        better=[F10_O, F10_T1, F10_C1, F10_T2_BETTER, F10_C2_BETTER, F10_T3, F10_C3, F10_T4],
        worse=[F10_O, F10_T1, F10_C1, F10_T2_WORSE, F10_C2_WORSE, F10_T3, F10_C3, F10_T4],
    ),
]
