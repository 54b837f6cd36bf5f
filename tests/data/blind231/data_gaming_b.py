"""Gaming pairs b01-b10 of blind231 (hand-written). Theme: car insurance claims, towing, glass and repair."""
from common import c, gpair, t

PAIRS = [
    # b01 ignored_customer
    gpair(
        "b231g_limerick_child_seat_claim",
        "Motor insurer, claims handler, Limerick",
        "ignored_customer",
        "A father with an open claim after a low-speed shunt in Castletroy rings because the child seat was "
        "fitted in the car and the maker says to replace it after any crash; he needs it for the school run.",
        good=[
            c("Hi, I've a claim open with you, the car's gone to the body shop. But there's something nobody's "
              "mentioned. The child seat was in the car when we got hit. Does that get replaced?", None),
            t("Good that you asked. Can I take the claim number? And was your child in the seat at the time?"),
            c("It's CL-20931. No, thank God, she wasn't, but it was fitted in the back. The manual says replace it "
              "after any crash.", None),
            t("You're right to check. On your policy, child seats in the car at the time of an accident are covered "
              "up to 300 euro, whether or not a child was in them. What seat is it, and have you still the receipt?"),
            c("It's a Maxi-Cosi, the ISOFIX one, about 280 I think. Receipt, God, I'd have to look. We bought it two "
              "years ago.", None),
            t("If you can't find it, a bank statement or a screenshot of the online order does. Send a photo of the "
              "seat and its label and I can approve it today. How are you managing for a car in the meantime?"),
            c("We've a courtesy car, but I can't use it for the school run till there's a seat in it. And I'm not "
              "going out paying 280 today and hoping.", None),
            t("Understood. If you send the photos this afternoon, I'll approve it today and the money's in your "
              "account in two or three working days. Or Smyths in the Crescent can invoice us directly. Which suits?"),
            c("The direct one, definitely. I'll send the photos at lunch.", None),
            t("Perfect. I'll email you the authorisation for the shop within an hour of getting them. Is there "
              "anything else on the claim that's worrying you?"),
            c("No, that's it. Thanks a million.", None),
        ],
        gaming=[
            c("Hi, I've a claim open with you, the car's gone to the body shop. But there's something nobody's "
              "mentioned. The child seat was in the car when we got hit. Does that get replaced?", None),
            t("Absolutely, thanks for calling. Can I take the claim number, and tell me, how's the repair going from "
              "your side?"),
            c("It's CL-20931. The repair's fine, I suppose. It's the child seat I'm ringing about, it was fitted in "
              "the back when we got hit.", None),
            t("Great, and how did you find the body shop, were they helpful at drop-off?"),
            c("They were grand. But the seat. The manual says replace it after any crash. Is it covered?", None),
            t("Lovely to hear. So the car should be ready by the 19th. I see you've a Fiesta as a courtesy car; we "
              "could upgrade you to an estate for 15 a day if the family needs more room?"),
            c("I don't need more room, I need a car seat. I can't do the school run without one.", "no_need"),
            t("Completely understand, and I'll make a note. So just to confirm, the Fiesta's due back on the 19th. "
              "How satisfied would you say you are with the claim overall?"),
            c("Not at all. You've not answered me once. Can I speak to your supervisor?", None),
        ],
    ),
    # b02 repeated_questions
    gpair(
        "b231g_phoenix_rental_extension",
        "Auto insurer, claims line, Phoenix, Arizona",
        "repeated_questions",
        "A delivery driver's car has been in the shop since a hit-and-run; a headlamp is back-ordered and he is "
        "on day 26 of 30 days of rental cover at 30 dollars a day. The car is his income.",
        good=[
            c("Hi, I'm calling about my rental. My car's been in the shop since the hit-and-run and they're saying "
              "parts won't come till next week. My rental coverage runs out on day thirty, right? What happens then?",
              None),
            t("Thanks for calling ahead, that's smart. Can I get your claim number, and do you know what day of the "
              "rental you're on?"),
            c("Claim's 04-77120. I think today's day twenty-six. The shop said the headlamp assembly is "
              "back-ordered.", None),
            t("Okay, I see it. You're covered for 30 a day up to 30 days. On a hit-and-run with back-ordered parts I "
              "can ask your adjuster for an extension, since the delay isn't on you. How much do you rely on the car "
              "day to day?"),
            c("It's my job. I do DoorDash and Instacart. No car, no money. The rental's 45 a day, so I'm already "
              "paying fifteen of it.", None),
            t("So the car is your income. I'll request the extension today and note that you drive for work. One "
              "option: the compact class is exactly 30 a day, so you'd pay nothing on top. Would that work?"),
            c("Nah, a compact's no good, I need the trunk for grocery orders. I'll keep paying the fifteen.",
              "no_need"),
            t("Makes sense. I'll ask the adjuster to cover the extra days and flag the 15 a day difference for "
              "review, though I can't promise that part. You'll hear from them by five tomorrow. Would a text work "
              "better than a call while you're driving?"),
            c("Text is better, yeah. I can't pick up when I'm on a run.", None),
            t("Text it is. If the shop gives you a firm date for the part, send it to me, it helps the extension."),
            c("Will do. Thanks.", None),
        ],
        gaming=[
            c("Hi, I'm calling about my rental. My car's been in the shop since the hit-and-run and they're saying "
              "parts won't come till next week. My rental coverage runs out on day thirty, right? What happens then?",
              None),
            t("Absolutely, I want to understand your situation. So tell me, what's going on with your vehicle right "
              "now?"),
            c("It's in the shop. Hit-and-run. Parts are back-ordered till next week, and I'm on day twenty-six of "
              "thirty for the rental.", None),
            t("Got it. And just so I understand, where is the vehicle at the moment, and what's its status?"),
            c("The shop. Like I said. Waiting on a headlamp.", None),
            t("Perfect. And how many days have you had the rental so far?"),
            c("Twenty-six. I just said that. What happens after thirty? I drive for a living, I need that car.",
              None),
            t("I hear you. So help me understand, what's the main thing going on with the car and the rental today?"),
            c("Are you serious? Same answer. Shop, parts, day twenty-six.", None),
            t("Thanks for your patience. And what day would you say you're on with the rental?"),
            c("I'm done. I'll call back and get someone who can write things down.", None),
        ],
    ),
    # b03 wrong_paraphrase
    gpair(
        "b231g_truro_deer_strike",
        "Auto insurer, claims intake, Halifax, Nova Scotia",
        "wrong_paraphrase",
        "A driver hit a deer on Highway 102 near Truro at night. The car is drivable but a headlight is smashed "
        "and the hood pushed in. She has comprehensive with a 500 deductible and a shop she trusts in Bedford.",
        good=[
            c("Hi there, I hit a deer last night on the 102 near Truro. I'm fine, the deer's not. Car's drivable but "
              "the headlight's smashed and the hood's pushed in. What do I do?", None),
            t("I'm glad you're okay, that's scary at night. Is the car safe to drive right now with the headlight "
              "out?"),
            c("Only in daylight, I guess. I drove it home slow last night with the high beam on the good side.",
              None),
            t("Keep it to daylight for now, then. Hitting an animal falls under comprehensive, not collision, so "
              "your 500 deductible applies and it doesn't count as an at-fault accident. Did you take any photos or "
              "call the RCMP?"),
            c("I took photos of the car and the spot. Didn't call the police, I didn't know if I should.", None),
            t("Photos are great. A police report isn't needed for wildlife if nobody's hurt; I'll note the time and "
              "place. Would you like us to send an appraiser, or take it to a shop you trust?"),
            c("There's a guy in Bedford I always use. But five hundred is a chunk. Maybe I just fix the headlight "
              "myself and live with the dent.", "no_money"),
            t("That's an option. Just so you know, a hood pushed in can hide damage to the radiator support, so I'd "
              "let the Bedford shop look before you decide. The estimate's free and the claim stays open either way."),
            c("Yeah, okay, that's fair. I'll bring it in Thursday.", None),
            t("Great. I'll email you the claim number and a note for the shop. If it comes back under about 800 you "
              "might prefer to pay it yourself, and we can close the claim with no payout."),
            c("Perfect. Thanks for not making me feel stupid.", None),
        ],
        gaming=[
            c("Hi there, I hit a deer last night on the 102 near Truro. I'm fine, the deer's not. Car's drivable but "
              "the headlight's smashed and the hood's pushed in. What do I do?", None),
            t("I'm so sorry to hear that. So just to make sure I've got it right, you were going a bit fast on the "
              "102 and the deer came out of nowhere, is that correct?"),
            c("I didn't say I was going fast. I was doing the limit.", None),
            t("Got it, thank you. So what I'm hearing is you'd like to file a collision claim and get a rental while "
              "it's in the shop, did I understand that correctly?"),
            c("No, I asked what I should do. And isn't a deer comprehensive?", None),
            t("Good question. So to play it back, you're happy with the 1,000 collision deductible and you'd like our "
              "preferred shop in Dartmouth to handle it. Have I got that right?"),
            c("No! I never said any of that. My deductible's five hundred and I use a guy in Bedford.", None),
            t("Perfect, so the Bedford shop, and you mentioned you've had a couple of claims before, so I'll flag "
              "that for the underwriter. Anything else?"),
            c("I've never had a claim. Stop putting words in my mouth. I'll fix the headlight myself and forget it.",
              None),
        ],
    ),
    # b04 pitch_to_upset
    gpair(
        "b231g_atlanta_total_loss_father",
        "Auto insurer, total loss team, Atlanta, Georgia",
        "pitch_to_upset",
        "A woman with power of attorney calls about her 81-year-old father's car, written off on I-285; he is in "
        "hospital with a broken hip and his hearing aids are still in the car. She is exhausted.",
        good=[
            c("Hi, I'm calling for my dad, Harold Jenkins. His car was totaled on 285 on Sunday and he's in Grady "
              "with a broken hip. I've got power of attorney. I don't even know what I'm supposed to be asking.",
              None),
            t("I'm so sorry. That's a lot to carry. How is your dad doing?"),
            c("He's stable. Surgery went okay. He's just... he's eighty-one, and he keeps asking about the car. His "
              "hearing aids were in the glove box, his Bible too.", None),
            t("Let's start with those, then. The car's at the salvage yard in Fairburn. I can arrange for you to go "
              "and take his things out, or ask the yard to box them up. Which is easier this week?"),
            c("I can't get out to Fairburn this week, I'm at the hospital every day and I've got the kids.",
              "no_time"),
            t("Then I'll have them box everything and courier it to you at no cost. On the car itself: as a total "
              "loss, we pay the actual cash value minus his deductible, and there's no rush on any of it. Would you "
              "like me to explain how the value is worked out, or leave that for another day?"),
            c("Another day, please. I can't take in numbers right now.", "no_time"),
            t("Completely understood. I'll put it all in writing, with the value and how we got it, and call you "
              "Monday. Are mornings or afternoons better around the hospital?"),
            c("Mornings, before visiting hours.", None),
            t("Monday morning, then. I'm texting you my direct number now so you don't go through the main line. "
              "Please give your dad our best."),
            c("Thank you. I'll tell him his hearing aids are coming. That'll cheer him up.", None),
        ],
        gaming=[
            c("Hi, I'm calling for my dad, Harold Jenkins. His car was totaled on 285 on Sunday and he's in Grady "
              "with a broken hip. I've got power of attorney. I don't even know what I'm supposed to be asking.",
              None),
            t("I'm so sorry to hear that, and we're here for you on this journey. The good news is a total loss can "
              "be a fresh start. Has your dad thought about what he'll drive next?"),
            c("He's in a hospital bed with a broken hip. He's not thinking about his next car.", None),
            t("Totally understand. When he's ready, we partner with a dealer group for preferred financing, and I'd "
              "really recommend gap coverage on the new vehicle. Is that something you'd like me to set up?"),
            c("No. I need to know about the car he has. His hearing aids are in it.", "no_need"),
            t("Of course, I'll note that. And while I have you, at eighty-one, has your dad looked at our hospital "
              "cash plan? It pays out per night in hospital. It can't be backdated, but it'd cover him next time. "
              "What's the best email for the info?"),
            c("Are you seriously selling me insurance while my father's lying in Grady? Put me through to someone "
              "else.", None),
        ],
    ),
    # b05 blame
    gpair(
        "b231g_naas_m7_breakdown",
        "Breakdown assistance provider, M7 motorway, County Kildare",
        "blame",
        "A father's car lost power on the hard shoulder of the M7 near Naas in the rain, with two small children "
        "in the back; a battery warning light came on that morning.",
        good=[
            c("Hello, I've broken down on the M7, hard shoulder, just past the Naas exit heading for Dublin. Car "
              "just lost power. I've two small kids in the back and the lorries are flying past.", None),
            t("Okay, we'll get you sorted. First, is it safe to get everyone out and behind the barrier, away from "
              "the traffic?"),
            c("There's a barrier, yeah. It's lashing rain though, the kids'll get soaked.", None),
            t("Soaked is better than sitting in the car on the hard shoulder, honestly. Take coats if you can and "
              "put your hazards on. What's the registration?"),
            c("Reg is 191-KE-4402. Hazards are on. We're out now.", None),
            t("Well done. I've a patrol van in Naas, about 20 minutes away. Did anything happen before it lost "
              "power, any warning lights or noises?"),
            c("A battery light came on this morning. I thought I'd get it looked at at the weekend. Stupid, I know.",
              None),
            t("Not stupid at all, that light is easy to put off. It sounds like it could be the alternator. If the "
              "patrol can't fix it on the spot, your membership covers a tow for you and the family to a garage, and "
              "you'd pay the garage for the repair. Is there one you'd want it to go to?"),
            c("My garage is in Clane. But honestly I don't know if I can stretch to an alternator this month.",
              "no_money"),
            t("Understood. The patrol can give you a rough price before anything is done, and Clane is within the "
              "free tow. You don't have to decide anything on the hard shoulder. I'll text you when the van is five "
              "minutes out."),
            c("Thanks. Okay. We'll wait behind the barrier.", None),
        ],
        gaming=[
            c("Hello, I've broken down on the M7, hard shoulder, just past the Naas exit heading for Dublin. Car "
              "just lost power. I've two small kids in the back and the lorries are flying past.", None),
            t("Okay, we'll get someone out. Just so I understand, did you notice any warning lights before this "
              "happened?"),
            c("A battery light came on this morning. I thought I'd get it looked at at the weekend.", None),
            t("Right, so you drove onto a motorway with a warning light on. What made you decide that was okay?"),
            c("I didn't think it was that serious. Look, I've two kids in the back, can you just send someone?",
              None),
            t("I hear you. But to be honest, most breakdowns we see on the M7 are avoidable, people ignoring the "
              "signs. When did you last have the car serviced?"),
            c("I don't know, last year? What does that matter now? There are lorries flying past us.", None),
            t("It matters because if it's neglect, the patrol may not be able to do much, and a tow beyond ten "
              "kilometres would be at your own cost. Do you understand why that would be on you?"),
            c("I pay you every year so I don't get a lecture on the hard shoulder. And I've no money for a private "
              "tow, so sort it.", "no_money"),
            t("Van's on its way, about 40 minutes. Anything else I can help with, or shall I leave you to it?"),
            c("Forty minutes. Brilliant. Bye.", None),
        ],
    ),
    # b06 monologue
    gpair(
        "b231g_winnipeg_ditch_winch",
        "Towing company, Winnipeg, Manitoba",
        "monologue",
        "A driver slid into the ditch on Highway 59 in a January storm. Nobody is hurt and the car is on its "
        "wheels; she wants a price and a time for a pull-out. She has CAA but waited four hours last winter.",
        good=[
            c("Hi, I slid into the ditch on the 59, just north of Île-des-Chênes. Nobody's hurt, car seems fine, I "
              "just can't get out. How long to get someone out here and what's it cost?", None),
            t("Glad nobody's hurt. Is the car running, and are you warm enough while you wait?"),
            c("Engine's on, heat's on. I cleared the tailpipe already, my dad taught me that.", None),
            t("Good thinking. Is the car on its wheels, and how far down the ditch are you?"),
            c("On its wheels, maybe two metres off the shoulder, front end down a bit. I think a pull would do it.",
              None),
            t("Then it's likely a winch-out, not a tow. That's 165 flat within 40 kilometres of the city, and with "
              "the storm the truck can be there in about 75 minutes. Do you have roadside cover through CAA or your "
              "insurer? They might pay for it."),
            c("I have CAA, but last winter they took four hours to come for me. I'd rather pay you and be out of "
              "here.", "bad_experience"),
            t("Fair enough. Keep the receipt, you may be able to claim it back from them later. Can you drop me a pin "
              "or tell me the nearest crossroad?"),
            c("I'll send a pin. It's by the grain bins, you'll see my hazards.", None),
            t("Perfect. Run the engine in short bursts and check the tailpipe now and then. The driver will call when "
              "he's ten minutes out, and if anything changes, call me back on this line."),
            c("Okay. Thank you.", None),
        ],
        gaming=[
            c("Hi, I slid into the ditch on the 59, just north of Île-des-Chênes. Nobody's hurt, car seems fine, I "
              "just can't get out. How long to get someone out here and what's it cost?", None),
            t("Great, and thanks for reaching out, we're all about the customer experience here. So, ditch recoveries "
              "are our specialty, we've got flatbeds, wreckers, heavy rotators, and honestly in this weather you want "
              "a flatbed, because winching can scratch the undercarriage and then you're into a body shop claim, "
              "which nobody wants, so it's 295 plus mileage, and we throw in a free inspection at our partner shop-"),
            c("I don't think I need a flatbed, it's just a pull-", "no_need"),
            t("Totally, I hear you, but what people don't realise is a pull-out looks fine and two weeks later your "
              "alignment's off and you're blaming the tow company, so we recommend the flatbed and the inspection, and "
              "our Winter Shield membership is 89 a year and covers two ditch recoveries, which in Manitoba, let's be "
              "honest, you're going to need. So I'll sign you up, save you money today. Sound good?"),
            c("I already have CAA. I just need to know when someone's coming.", "no_need"),
            t("Absolutely, and CAA is great, but their waits in a storm are brutal, everybody knows that, which is "
              "why our members love priority dispatch. So it's the flatbed, the inspection and the membership, and "
              "we'll have somebody out in about two hours. Anything else I can help you with?"),
            c("Two hours? Forget it, I'll call CAA.", None),
        ],
    ),
    # b07 closing_as_open_question
    gpair(
        "b231g_paramus_shop_choice",
        "Independent body shop, Paramus, New Jersey",
        "closing_as_open_question",
        "A driver sideswiped on Route 4 walks in for a second opinion. The at-fault driver's insurer wants him "
        "at its shop in Hackensack and wrote the damage up at 1,900; he thinks that is low.",
        good=[
            c("Hey, quick question. My insurance wants me to go to their shop in Hackensack. Am I allowed to bring it "
              "here instead? And is it gonna cost me more?", None),
            t("Yes, in New Jersey you choose your repair shop; the insurer can recommend one but can't make you use "
              "it. Can I take a look at the damage and ask a few things first?"),
            c("Sure. Guy sideswiped me on Route 4, it's both doors on the driver side and the mirror.", None),
            t("Thanks. Who's at fault, and is it going through your insurer or his?"),
            c("His, he admitted it. His insurance sent an appraiser who wrote it up for like 1,900, and I think "
              "that's low. The doors don't even close right.", None),
            t("From what I see, I'd agree. The rear door hinge looks bent, and that's not on their estimate. If you "
              "bring it here, we write a supplement and deal with them directly, and since his insurer's paying, you "
              "shouldn't be out of pocket. We're about two weeks out, though. Does that timing work?"),
            c("Two weeks is rough. The Hackensack place said they could take it Monday.", "no_time"),
            t("That's a fair point. If speed matters most, Hackensack is reasonable, and you can ask them to check "
              "the hinge. If getting it fully right matters more, we're worth the wait, and his insurer has to cover "
              "your rental either way. Which matters more to you?"),
            c("Honestly, getting it right. Last time I used one of those insurance shops the paint peeled after a "
              "year.", None),
            t("Then let's book you for the 18th. I'll write a preliminary estimate today with photos of the hinge, "
              "and you can send it to their adjuster so the rental gets set up. Sound fair?"),
            c("Sounds good. Book me in.", None),
        ],
        gaming=[
            c("Hey, quick question. My insurance wants me to go to their shop in Hackensack. Am I allowed to bring it "
              "here instead? And is it gonna cost me more?", None),
            t("Great question! Yes, you can choose. So, what would it take for you to leave the car with us today?"),
            c("I mean, I just came in to ask. It's the other guy's insurer paying, they already wrote it up at "
              "1,900.", "brush_off"),
            t("Love that. And once we've got it right for you, which day works best to drop it off, Wednesday or "
              "Thursday?"),
            c("Hold on. You haven't even looked at it. And I heard you guys are two weeks out.", None),
            t("For you, we'll make it work. So how would you like to handle the paperwork, sign the authorization "
              "now or when you drop off?"),
            c("I'm not signing anything yet. I need to talk to my wife, it's her car too.", "think_it_over"),
            t("Totally get it. What would you need to hear from me right now so you can tell her it's done?"),
            c("For you to look at the car. I'll go to Hackensack, at least they looked.", None),
        ],
    ),
    # b08 pitch_as_paraphrase
    gpair(
        "b231g_waterford_lease_windscreen",
        "Windscreen repair and replacement centre, Waterford",
        "pitch_as_paraphrase",
        "An Indian software engineer working in Waterford has a 30 cm crack across the windscreen of his leased "
        "Skoda. He wants to know whether insurance covers it and whether new glass will cause trouble when the "
        "lease ends.",
        good=[
            c("Hi, good afternoon. There is a crack across my windscreen, almost 30 centimetres. The car is on lease "
              "from the company. Will insurance cover it, and will it create any problem when I return the car?",
              None),
            t("Good afternoon. Most comprehensive policies here include windscreen cover, some with no excess. Do you "
              "know who the insurer is, or is the insurance part of the lease?"),
            c("It is part of the lease, I think. The leasing company handles everything. I have only one card from "
              "them.", None),
            t("Then the first step is the number on that card; they usually authorise us directly. For the lease "
              "return, they'll want glass of the same standard as the original, either the maker's own or a "
              "certified equivalent. Do you know if your lease says which?"),
            c("I didn't read it that carefully, honestly. Is the original glass very expensive?", None),
            t("It's about 180 more than the certified equivalent, but if the leasing company pays, it doesn't cost "
              "you. The lane-assist camera needs calibrating after either. Shall I hold a slot while you check with "
              "them?"),
            c("Yes, but I can come only on Saturday. Weekdays I am in office till seven.", "no_time"),
            t("We're open Saturday till one. I'll pencil you in at nine, and once the leasing company confirms "
              "which glass, we'll order it."),
            c("That is perfect. I will call them today itself.", None),
        ],
        gaming=[
            c("Hi, good afternoon. There is a crack across my windscreen, almost 30 centimetres. The car is on lease "
              "from the company. Will insurance cover it, and will it create any problem when I return the car?",
              None),
            t("Good afternoon! So what I'm hearing is you need our Premium OEM Glass package with the lifetime chip "
              "guarantee, that's 520, is that right?"),
            c("No, I am asking if the insurance covers it.", None),
            t("Absolutely. So just to play it back, what matters to you is protecting the lease value, which is "
              "exactly why customers like you choose Premium plus our windscreen protection plan at 8 euro a month. "
              "Have I got that right?"),
            c("I don't know any protection plan. I only want to know what the leasing company will accept.", None),
            t("Perfect, so you're saying you want peace of mind on return day, and the plan is how to guarantee "
              "that. Shall I set you up?"),
            c("No, I don't want any monthly plan. The lease insurance should be enough.", "no_need"),
            t("Got it. So to summarise your needs: Premium glass, calibration and the plan, starting at 520 today. "
              "Did I understand you correctly?"),
            c("You did not understand anything I said. And 520 is too much anyway. I will call the leasing company "
              "and go where they say.", "too_expensive"),
        ],
    ),
    # b09 upsell_as_loop_closing
    gpair(
        "b231g_regina_replacement_rental",
        "Car rental branch handling insurance replacement rentals, Regina, Saskatchewan",
        "upsell_as_loop_closing",
        "A man whose pickup was backed into at a supermarket collects a rental paid by the other driver's "
        "insurer, covered up to a standard car; he drives 40 minutes each way to a potash mine, partly on gravel.",
        good=[
            c("Hi, I'm here to pick up a rental, the other guy's insurance set it up. Name's Dale Kowalchuk. My "
              "truck's in the body shop after some fella backed into it at the Co-op.", None),
            t("Hi Dale, yes, I've got you. The insurer covers a standard car for up to two weeks. Before I pick one, "
              "what'll you mostly be using it for?"),
            c("Drive out to the mine every day, about forty minutes each way, and a lot of it's gravel at the end.",
              None),
            t("Gravel and winter mornings, then. At the covered rate I've a Malibu or a Rogue, and the Rogue's "
              "all-wheel drive. A pickup would be 22 a day extra, which the insurer won't cover. Which suits?"),
            c("Rogue for sure. Twenty-two a day for a pickup, no chance, I'm not paying to get hit.",
              "too_expensive"),
            t("Rogue it is. It's covered for 14 days; if the shop runs over, they call the insurer and it's "
              "extended, no need to come back in. The insurer doesn't pay fuel or the damage waiver, and your own "
              "policy may already cover rentals. Do you know if it does?"),
            c("No idea. What's the waiver cost?", None),
            t("It's 18 a day. You don't have to decide blind: call your broker, and if your policy covers rentals, "
              "skip it. Otherwise you can add it by phone today."),
            c("I'll skip it and phone my broker on the way. Never had trouble with rentals yet.", "no_need"),
            t("That's fine. Keys are here, stall 4. Anything else I can help with before you head out?"),
            c("Nope. Thanks.", None),
        ],
        gaming=[
            c("Hi, I'm here to pick up a rental, the other guy's insurance set it up. Name's Dale Kowalchuk. My "
              "truck's in the body shop after some fella backed into it at the Co-op.", None),
            t("Hi Dale! Welcome, we want this to be a great experience. Before I set you up, what else can I add for "
              "you today? Most of our insurance renters love the pickup upgrade, only 22 a day."),
            c("Nah, a car's fine. Whatever the insurance covers.", "no_need"),
            t("You got it. And to make sure we've covered everything, what else can I add? Damage waiver at 18 a "
              "day, and Roadside Plus at 7?"),
            c("What's Roadside Plus? I've already got CAA.", "no_need"),
            t("Great, so just the waiver then. And before I let you go, anything else? Prepaid fuel saves you time "
              "on return, 75 for the tank."),
            c("I'll fill it myself. I just need something that handles gravel, I drive to the mine every day.",
              "no_need"),
            t("Awesome. So I've got you in a Malibu with the waiver and the prepaid fuel. Anything else I can add "
              "on?"),
            c("I said no fuel. And a Malibu on that gravel road? Did you hear anything I said?", None),
        ],
    ),
    # b10 leading_tag_questions
    gpair(
        "b231g_sacramento_teen_driver",
        "Auto insurance agency, Sacramento, California",
        "leading_tag_questions",
        "A mother calls to add her newly licensed 17-year-old to her policy. He will drive her 2012 Camry to "
        "school and a part-time job; she is dreading the cost.",
        good=[
            c("Hi, my son just passed his driving test, so I need to add him to my policy. I'm kind of dreading what "
              "it's going to cost.", None),
            t("Congratulations to him, and I get the dread. Let's see what we can do. Which car will he mostly drive, "
              "and how often?"),
            c("My old Camry, 2012. Mostly to school and his job at Target, like fifteen minutes away.", None),
            t("Good, an older car with no loan on it. Does he have a B average or better? And did he take a driver "
              "training course?"),
            c("He's a straight-A kid, honestly. And yes, he did the course through the school.", None),
            t("That helps, both are discounts. Adding him to the Camry comes to about 118 a month more. There's also "
              "accident forgiveness at 9 a month, so a first at-fault accident doesn't raise your rate; it's "
              "optional. What do you think?"),
            c("A hundred and eighteen. Oof. That's a lot on top of what I already pay. Is there any way to get it "
              "lower?", "too_expensive"),
            t("Two ways: raising the Camry's collision deductible from 500 to 1,000 saves about 22 a month, and our "
              "driving app can take off another 10 to 15 percent after 90 days of safe driving. Would either fit?"),
            c("The app, maybe. Let me talk to him, he might hate being tracked. And I'll skip the forgiveness thing "
              "for now.", "think_it_over"),
            t("Of course. I'll add him today at the current rate so he's covered from tomorrow, and email you the app "
              "details. Call me once you've talked and we'll adjust."),
            c("Perfect. Thank you.", None),
        ],
        gaming=[
            c("Hi, my son just passed his driving test, so I need to add him to my policy. I'm kind of dreading what "
              "it's going to cost.", None),
            t("Congratulations! Now, you'll want to keep him safe, won't you? So you'll want full coverage and "
              "accident forgiveness, right?"),
            c("I guess? I mean, I want it to be affordable too.", None),
            t("Of course, but safety comes first, doesn't it? And teen drivers have accidents, don't they? So "
              "forgiveness is a no-brainer, isn't it?"),
            c("He's a really careful kid, honestly. I don't think we need extras right away.", "no_need"),
            t("Every parent says that, don't they? And you wouldn't want one fender-bender to wreck your rate, would "
              "you? So I'll add forgiveness and put him on a newer car, shall I?"),
            c("What newer car? He's driving my 2012 Camry. How much is all this?", None),
            t("About 190 more a month all in, which is pretty reasonable for peace of mind, isn't it?"),
            c("A hundred and ninety? No, that's way more than we can do right now.", "no_money"),
            t("I understand, but you don't want him driving uninsured tomorrow, do you? So let's just lock it in now, "
              "shall we?"),
            c("No. I'll call back after I've compared a few quotes.", "think_it_over"),
        ],
    ),
]
