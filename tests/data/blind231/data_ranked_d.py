"""Ranked pairs d01-d10 of blind231 (hand-written): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = [
    # d01: better weighs claim against paying privately before opening anything; worse opens the claim straight away
    rpair(
        "b231r_d01_dundrum_carpark_scrape",
        "Motor insurer, Dublin. A driver scraped a parked car in a Dundrum shopping centre car park, left a note, "
        "and the owner now wants her insurance details. She has a five-year no-claims bonus, unprotected.",
        better=[
            c("Hi, I scraped another car in the Dundrum car park this morning, just the corner of my bumper. I left "
              "a note with my number. The owner rang me and wants my insurance details. What do I do?", None),
            t("You did the right thing leaving a note. Before we decide how to handle it, what does the damage look "
              "like on both cars?"),
            c("Mine's barely marked. Hers has a scrape along the rear bumper, maybe thirty centimetres, through the "
              "paint.", None),
            t("Okay. You've a five-year bonus with no protection. If we pay a claim, it drops to two years at "
              "renewal, roughly 300 a year extra for three years. A bumper scrape is often 300 to 500 to fix, so "
              "some people pay the other driver directly. Would you want to consider that?"),
            c("Oh. I didn't know it'd cost that much. But I don't have five hundred sitting around either, it's the "
              "week before payday.", "no_money"),
            t("Understandable, and you don't have to decide today. Ask her for a quote from her garage. I'll log "
              "this as a notification only, which isn't a claim, and if the quote's more than you can manage we "
              "take it from there. If she won't wait, give her your policy number and I'll ring you before anything "
              "is paid."),
            c("That's much better. I'll ask her for a quote. Thank you.", None),
        ],
        worse=[
            c("Hi, I scraped another car in the Dundrum car park this morning, just the corner of my bumper. I left "
              "a note with my number. The owner rang me and wants my insurance details. What do I do?", None),
            t("You did the right thing leaving a note. I can open a claim for you now. Have you the other driver's "
              "name and registration?"),
            c("Her name's Siobhán Kelly, the reg is 222-D-30915. It's a scrape on her rear bumper.", None),
            t("Thanks, the claim's open. Our third-party team will contact her and arrange an assessment. Just so "
              "you know, it's an at-fault claim, so it will affect your no-claims bonus at renewal, typically from "
              "five years down to two."),
            c("Oh. Right. I'll have to think about whether that's worth it, to be honest.", "think_it_over"),
            t("Of course. If you decide to settle with her privately, just ring us and we'll close the claim. "
              "I'll email you the claim number now."),
            c("Okay, thanks.", None),
        ],
    ),
    # d02: better thinks about where the car should go for the claim and storage; worse sends it to the nearest shop
    rpair(
        "b231r_d02_somerville_tow_destination",
        "Roadside assistance dispatch, Massachusetts. A driver's car was hit in a supermarket lot in Somerville "
        "and won't drive; the other driver left his details. She has to be back at work in half an hour.",
        better=[
            c("Hi, my car got hit in the Market Basket lot in Somerville, the front wheel's bent in and it won't "
              "drive. I need a tow.", None),
            t("I'm sorry, let's get you moving. Are you safe, and is the car blocking anything?"),
            c("I'm fine, it's in a parking space. The guy who hit me left his info, he was nice about it.", None),
            t("Good. Before I send the truck: where the car goes matters. His insurer may want it at a certain shop, "
              "and if it sits somewhere that charges storage, that can get messy. Have you talked to either insurance "
              "company yet?"),
            c("Not yet. I was gonna do that tonight, I've got to get back to work in like half an hour.", "no_time"),
            t("Then here's a simple option: your membership covers 10 miles free, and our yard in Medford stores it "
              "free for five days while you sort the claim. Or I send it to your own mechanic. Which would you "
              "prefer?"),
            c("The yard, I guess, so I'm not stuck. My mechanic's tiny, he won't have room.", None),
            t("Medford it is, truck's 40 minutes out. I'm texting you the yard's address and phone so you can give "
              "them to the insurer tonight."),
        ],
        worse=[
            c("Hi, my car got hit in the Market Basket lot in Somerville, the front wheel's bent in and it won't "
              "drive. I need a tow.", None),
            t("Sorry to hear that. Let's get a truck to you. Where would you like the car taken?"),
            c("I don't know, honestly. Wherever's closest? I've got to get back to work in half an hour.", None),
            t("The closest shop is Union Square Auto, about a mile away, within your free miles. I'll send it there. "
              "The truck's 40 minutes out."),
            c("Okay, sure. And the other guy's insurance, do I call them or do you?", None),
            t("You'll need to call them yourself, we're just the tow. Give them the shop's name and they'll take it "
              "from there."),
            c("Alright. Thanks.", None),
        ],
    ),
    # d03: better asks about the chip and honestly advises a cheap repair; worse books what was asked for
    rpair(
        "b231r_d03_edmonton_chip_or_replace",
        "Windshield shop, Edmonton, Alberta. A driver with a pea-sized chip asks for a full replacement because a "
        "friend said chips always spread in winter. His 2019 Forester has camera-based driver assist.",
        better=[
            c("Hey, I need a new windshield. I got a rock chip on the Henday and my buddy says they always spread in "
              "winter, so I'd rather just replace it.", None),
            t("Sure, we can do a replacement. Before I book it, how big is the chip and where is it on the glass?"),
            c("Like the size of a pea. Right side, low, near the wiper. No cracks yet.", None),
            t("Honestly, a pea-size chip away from the edge with no cracks is usually a good repair, and filled "
              "chips rarely spread. A repair is 79 and takes half an hour. A replacement on a Forester with camera "
              "calibration is about 780, or your glass deductible if you claim."),
            c("Seven-eighty is a lot. I just figured I'd have to.", "too_expensive"),
            t("Then I'd repair it. If it spreads from the repair within a year, we put the 79 toward a replacement. "
              "Can you drop in Saturday morning, or would mobile suit better?"),
            c("I can swing by Saturday. Glad I called first.", None),
        ],
        worse=[
            c("Hey, I need a new windshield. I got a rock chip on the Henday and my buddy says they always spread in "
              "winter, so I'd rather just replace it.", None),
            t("Sure, we can do a replacement. What's the year and model?"),
            c("2019 Subaru Forester.", None),
            t("That has the EyeSight cameras, so we'd recalibrate after. It's about 780, or through insurance usually "
              "your glass deductible. Do you know what yours is?"),
            c("Five hundred, I think. Ugh. That's a lot for a chip.", "too_expensive"),
            t("It is. If you'd rather, we can look at the chip first and see if a repair would do. That's 79."),
            c("Oh, okay. Maybe that then. Can I come Saturday?", None),
            t("Saturday works. I'll put you down for 9."),
        ],
    ),
    # d04: better spots the PCP return issue before advising; worse gives general reassurance about copy parts
    rpair(
        "b231r_d04_cork_non_oem_parts",
        "Insurer-approved body shop, Cork. A customer asks what 'non-OEM parts' means on the assessor's letter for "
        "the bumper and headlamp of her 2021 Tucson, which is on a PCP finance agreement.",
        better=[
            c("Hi, the assessor's letter says 'non-OEM parts' for the headlamp and bumper. What does that mean, and "
              "should I be worried? It's a 2021 Hyundai Tucson.", None),
            t("Good question. OEM means made by Hyundai; non-OEM is a certified copy from another maker. Do you own "
              "the car outright, or is it on finance or PCP?"),
            c("It's on PCP, two years left. Then I'll probably hand it back.", None),
            t("That matters. Some PCP agreements want genuine parts at hand-back, or they charge you. Copy bumpers "
              "are usually fine, but copy headlamps sometimes fit a bit differently and can fog. I'd ask the assessor "
              "for a genuine headlamp because of the PCP; the difference is about 240. Shall I write that request "
              "today?"),
            c("Yes, do. But if they say no, I'm not sure 240 is worth it on top of my excess.", "too_expensive"),
            t("Fair. Let's see what they say first. Meanwhile, could you ask the finance company what their "
              "hand-back terms say about parts? Then you decide with both answers in front of you."),
            c("Grand, I'll ring them this evening.", None),
        ],
        worse=[
            c("Hi, the assessor's letter says 'non-OEM parts' for the headlamp and bumper. What does that mean, and "
              "should I be worried? It's a 2021 Hyundai Tucson.", None),
            t("OEM means made by Hyundai; non-OEM is a certified part from another maker. They're approved for "
              "safety, so there's no need to worry."),
            c("Are they as good, though? I don't want the car looking patched up.", None),
            t("They're generally very good. We fit them all the time and most people can't tell. If you wanted "
              "genuine ones, you'd pay the difference, about 240 for the headlamp and 180 for the bumper."),
            c("No, I'm not paying four hundred extra. I'll go with what they approved.", "too_expensive"),
            t("No problem. We'll go ahead with the approved parts, and it'll be ready Thursday."),
            c("Grand, thanks.", None),
        ],
    ),
    # d05: better prepares the customer honestly for a likely total loss; worse leaves it all to the adjuster
    rpair(
        "b231r_d05_houston_flooded_lexus",
        "Auto insurer, claims line, Houston, Texas. After a storm, water rose to the seats of a customer's "
        "paid-off 2015 Lexus in her driveway. She hopes it can be fixed.",
        better=[
            c("Hi, my car got flooded in the storm last night, water came up to the seats in my driveway. I'm hoping "
              "y'all can get it fixed, I love that car.", None),
            t("I'm so sorry, that's a rough morning. Are you and your family safe? And have you tried to start it?"),
            c("We're fine, thank God. I haven't touched it, my neighbor said not to.", None),
            t("Your neighbor's right. I'll be honest, since you love the car: when water reaches the seats, most "
              "cars end up a total loss, because the wiring under the carpet gets soaked. The adjuster decides, but "
              "I don't want you blindsided. Is it paid off?"),
            c("Yes, it's paid off. Oh no. I really can't take on a car payment right now.", None),
            t("Then if it's totaled, we'd pay the market value minus your 1,000 deductible, which could go a long way "
              "toward another car without a loan. You're also covered for a rental up to 20 days. Do you want one "
              "today?"),
            c("Not today, my husband can drive me.", "no_need"),
            t("Okay. The adjuster will call you before noon tomorrow. Meanwhile, take photos of the waterline inside "
              "and outside the car, and the rental's there whenever you want it."),
        ],
        worse=[
            c("Hi, my car got flooded in the storm last night, water came up to the seats in my driveway. I'm hoping "
              "y'all can get it fixed, I love that car.", None),
            t("I'm sorry to hear that. Have you tried to start the car?"),
            c("No, my neighbor said not to.", None),
            t("Good. I'll open a flood claim under your comprehensive coverage. An adjuster will inspect it and "
              "decide on the repair. Your policy also includes a rental up to 20 days. Would you like one?"),
            c("Not today, my husband can drive me. Do you think it can be fixed?", "no_need"),
            t("It depends on the damage, so the adjuster will let you know. They'll call within 48 hours. Please "
              "take photos of the damage in the meantime."),
            c("Okay, thanks.", None),
        ],
    ),
    # d06: better adapts the car to a nervous driver before she has to ask; worse fixes it only when she objects
    rpair(
        "b231r_d06_kelowna_nervous_driver_rental",
        "Car rental branch, Kelowna, British Columbia. A woman collects an insurance replacement car a week after "
        "a crash and says she is nervous about driving something unfamiliar. She drives an older Civic.",
        better=[
            c("Hi. I'm picking up a rental, my insurance set it up. I'll be honest, I was in a crash last week and "
              "I'm pretty nervous about driving something new.", None),
            t("Thanks for telling me, that's really normal. What do you usually drive, so I can find something that "
              "feels familiar?"),
            c("A Honda Civic, an older one. Nothing fancy, no touchscreens.", None),
            t("Then I'll swap the Kia I had lined up, it's all screens. I've a Corolla in the same class that's very "
              "simple inside, fully covered. Would you like to sit in it and I'll show you the controls?"),
            c("I don't really have time for a tour, I've got to be back at work by two.", "no_time"),
            t("No problem, two minutes then, just the wipers and lights, since rain's forecast. Everything else is "
              "laid out like your Civic."),
            c("Okay, two minutes. Thank you for being patient with me.", None),
        ],
        worse=[
            c("Hi. I'm picking up a rental, my insurance set it up. I'll be honest, I was in a crash last week and "
              "I'm pretty nervous about driving something new.", None),
            t("Sorry to hear that. Let me pull up your reservation. You're in a Kia Forte, standard class, fully "
              "covered by your insurer."),
            c("Okay. Is it complicated? I haven't driven anything new in years.", None),
            t("Not at all, it's an easy car. There's a quick-start card in the glovebox and the screen is pretty "
              "intuitive."),
            c("Screens aren't really my thing. Could I get something simpler?", "no_need"),
            t("Sure, I've a Corolla in the same class, more basic inside. Here are the keys, it's in bay 6. Drive "
              "safe."),
            c("Thanks.", None),
        ],
    ),
    # d07: better finds where the mother's real risk is and offers a cheaper fit; worse sells the standard package
    rpair(
        "b231r_d07_trim_breakdown_cover_mother",
        "Breakdown cover provider, County Meath. A man asks about breakdown cover for his 78-year-old mother who "
        "lives near Trim, drives short trips and dislikes her mobile phone.",
        better=[
            c("Hi, I'm looking at breakdown cover for my mother. She's seventy-eight, lives near Trim, still drives. "
              "I worry about her being stuck somewhere.", None),
            t("That's a kind thing to look into. What kind of driving does she do, and where would she most likely "
              "get stuck?"),
            c("Short trips mostly. Mass, the shop in Trim, my sister's in Navan. Honestly it's the car not starting "
              "at home in winter I'd worry about most.", None),
            t("That's useful, because basic roadside cover doesn't include breakdowns at home; she'd need Home Start, "
              "129 a year in total. We can also put you down as the contact so you can ring on her behalf."),
            c("One twenty-nine. Hmm. She only drives maybe three thousand kilometres a year.", "too_expensive"),
            t("That's fair. Since her risk is mostly at home, there's also pay-on-use, 95 a callout with no "
              "membership; if she'd break down once every few years, that's cheaper. Shall I send both side by "
              "side?"),
            c("Yes, send both and I'll talk to her on Sunday. She'll want a say.", "think_it_over"),
        ],
        worse=[
            c("Hi, I'm looking at breakdown cover for my mother. She's seventy-eight, lives near Trim, still drives. "
              "I worry about her being stuck somewhere.", None),
            t("Of course. Our most popular option is Roadside Plus at 89 a year; it covers her anywhere in Ireland, "
              "with a tow to a garage of her choice."),
            c("Does it cover her if the car won't start at the house?", None),
            t("That's Home Start, an add-on at 40 more, so 129 in total."),
            c("One twenty-nine. Hmm. She only drives maybe three thousand kilometres a year.", "too_expensive"),
            t("It's good value for peace of mind, she's covered whatever happens. I can set it up now with her "
              "details if you like."),
            c("I'll talk to her on Sunday first. She'll want a say.", "think_it_over"),
            t("No problem, I'll email you the details."),
        ],
    ),
    # d08: better finds that downtime, not premium, is the real problem; worse goes straight to matching price
    rpair(
        "b231r_d08_minneapolis_plumbing_vans",
        "Commercial auto insurer, account manager, Minneapolis, Minnesota. The owner of a small plumbing company "
        "with six vans calls to say he is thinking of moving after three messy claims this year.",
        better=[
            c("Yeah, I'm calling because I'm thinking of moving my vans to another carrier. Three claims this year "
              "and every one was a mess.", None),
            t("I'm sorry to hear that. Before anything else, what made them a mess? I want to understand what "
              "actually went wrong."),
            c("Each time the van sat at the body shop three, four weeks. That's a plumber not working. I lose like "
              "eight hundred a day per van. Mostly waiting on the adjuster.", None),
            t("So the real cost is downtime. That's on us. Two things could help: a rental van endorsement, about "
              "300 a year per van, and putting your account on our fast-track, where your shop can start repairs on "
              "photo approval within 48 hours. Would that fix the main problem?"),
            c("Maybe. But the other carrier quoted me eleven hundred less for the year.", "too_expensive"),
            t("Understood. It's worth asking them what they do about downtime, because at 800 a day one slow claim "
              "wipes out that saving. I'll send you a one-page comparison by Friday; would you hold off deciding "
              "until you've seen it?"),
            c("Fine, Friday. But it better be real numbers, not a brochure.", None),
        ],
        worse=[
            c("Yeah, I'm calling because I'm thinking of moving my vans to another carrier. Three claims this year "
              "and every one was a mess.", None),
            t("I'm sorry to hear that, I'd hate to lose you. Let me see what I can do on the premium. What are they "
              "quoting you?"),
            c("Eleven hundred less for the year.", "too_expensive"),
            t("With a higher deductible I can match about eight hundred of that. Would that keep you with us?"),
            c("It's not just the money. My vans sat in the shop for weeks each time.", None),
            t("I understand, and I'll pass that on to our claims team. I'll send you the revised quote by Friday."),
            c("Okay. I'll look, but I'm not promising anything.", "think_it_over"),
        ],
    ),
    # d09: better asks about the driver and explains trade-offs honestly; worse just shops for the cheapest quote
    rpair(
        "b231r_d09_halifax_student_renewal",
        "Insurance broker, online chat, Halifax, Nova Scotia. A 20-year-old student's renewal has doubled after a "
        "fender bender in February. He drives a 2013 Civic about 100 km a week; his parents help pay.",
        better=[
            c("hey so my insurance renewal came and its like double. i had a fender bender in february. is there "
              "anything i can do or am i just stuck", None),
            t("Hi! Sorry, that's a shock. A few questions so I can see what's realistic: how old are you, what car "
              "is it, and how much do you drive?"),
            c("im 20, 2013 civic, mostly just to school at dal and my part time job, maybe 100km a week", None),
            t("Thanks. Honestly, the accident follows you for a few years with any insurer, so there's no magic fix. "
              "What can help: a student discount if you're full time, usage-based insurance since you drive little, "
              "and maybe dropping collision, which saves about 600 but means no payout for your own car if you cause "
              "a crash. Could you replace the Civic yourself if that happened?"),
            c("ya that would be bad, i dont have savings. idk, let me talk to my parents, theyre kind of helping "
              "with this", "think_it_over"),
            t("Makes sense. I'll send a quote with the student discount and usage-based pricing, once with collision "
              "and once without, so you can all see the numbers. Renewal's the 30th, so there's time."),
            c("ok that would be really helpful thx", None),
        ],
        worse=[
            c("hey so my insurance renewal came and its like double. i had a fender bender in february. is there "
              "anything i can do or am i just stuck", None),
            t("Hi! Sorry to hear that. Let me run some quotes with other insurers. What's your date of birth and "
              "your car?"),
            c("march 3 2004, 2013 civic", None),
            t("Thanks. The best I can find is 3,100 with a different insurer, versus 3,600 from your current one. "
              "Want me to switch you?"),
            c("still really expensive, i dont know if i can even afford 3100", "no_money"),
            t("It's high because of the accident, unfortunately, and it should come down after a few claim-free "
              "years. The quote's good for 30 days, just let me know."),
            c("ok thx. ill talk to my parents", "think_it_over"),
        ],
    ),
    # d10: better gives a real timeline and owns a dated follow-up; worse says "you'll be notified"
    rpair(
        "b231r_d10_chicago_deductible_refund",
        "Auto insurer, customer line, Chicago, Illinois. A customer paid a 500 dollar deductible two months ago "
        "after another driver ran a red light on Western Avenue; she wants to know when she gets it back.",
        better=[
            c("Hi, I paid my five hundred deductible two months ago for a crash that wasn't my fault. The other "
              "driver ran a red light on Western. When do I get my money back?", None),
            t("That's a fair question, it's your money. Can I get your claim number so I can check?"),
            c("It's IL-30-55812.", None),
            t("Thanks. We're recovering it from the other driver's insurer, and they accepted liability last week, "
              "which is good news. Payment usually comes 30 to 60 days after that, and your 500 is refunded in full. "
              "Would you like it by direct deposit?"),
            c("Direct deposit. Sixty more days, though? I'm kind of counting on that money.", None),
            t("I get it. I'll flag the file as a priority with our recovery team, check it myself on the 15th, and "
              "email you that day whether it's paid or not. If they stall, we can take it to arbitration, and I'd "
              "tell you straight away."),
            c("Okay. Thanks for the straight answer.", None),
        ],
        worse=[
            c("Hi, I paid my five hundred deductible two months ago for a crash that wasn't my fault. The other "
              "driver ran a red light on Western. When do I get my money back?", None),
            t("I understand. Let me check. Claim number?"),
            c("IL-30-55812.", None),
            t("Okay, we're in the recovery process with the other insurer. Once we recover the money, your "
              "deductible will be refunded."),
            c("And when will that be? I'm kind of counting on that money.", None),
            t("It depends on how quickly the other company pays, it can take a few months. You'll be notified when "
              "the refund is issued."),
            c("Alright. Thanks, I guess.", None),
        ],
    ),
]
