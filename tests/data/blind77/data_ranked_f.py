"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for blind77."""
from common import c, rpair, t

PAIRS = []

# f01 -- argues with the customer (Medellin gym)
o = c("Hola. I want to join for three months only, I'm in Medellin until August, working remote. I train "
      "mostly weights, five days a week. What do you have?", None)
t1 = t("Hola, welcome! Three months works, we have a quarterly plan with no long contract. Do you train "
       "mornings or evenings? The weights area gets busy after 6.")
c2 = c("Mornings, 7 to 8:30. And maybe the boxing class sometimes.", None)
t3 = t("Mornings are quiet, good. The quarterly plan is 390,000 pesos for the three months, all classes "
       "including boxing.")
c4 = c("390? A gym near my Airbnb in El Poblado is 120 a month, so 360.", "too_expensive")
PAIRS.append(rpair(
    "b77r_f01_medellin_gym",
    "Gym in Medellin (Colombia): a remote worker staying three months compares prices. Fault in worse: "
    "argues with the customer about the other gym.",
    [o, t1, c2, t3, c4,
     t("Fair, that's 30,000 difference over three months. Ours includes the classes and towels; if you'd "
       "only use weights, theirs may honestly be the better deal. Want a free session tomorrow at 7 to "
       "compare?"),
     c("Fair enough. Ok, tomorrow at 7.", None)],
    [o, t1, c2, t3, c4,
     t("No, that's not right. The 120-a-month places don't have proper equipment, you'll queue for "
       "everything. You're comparing two different things, ours is clearly better value."),
     c("I've trained there, the equipment is fine. I don't need you telling me it's bad. I'll stay there.",
       "no_need")]))

# f02 -- doubts the customer's honesty (Newcastle phone repair)
o = c("Hi, my Pixel 7 screen just went black yesterday. It still rings and vibrates, nothing on the screen. "
      "I haven't dropped it or anything. Should still be under warranty, I bought it in March.", None)
t1 = t("Hi, thanks. If it rings and vibrates, the phone's alive; it's the display or its connection. Can I "
       "have a look under the light?")
c2 = c("Go ahead.", None)
t5 = t("Okay. I'll book it in with Google now and give you the reference. Back up what you can from the "
       "cloud, they may reset it.")
c6 = c("Right. Thanks.", None)
PAIRS.append(rpair(
    "b77r_f02_newcastle_phone",
    "Phone repair shop in Newcastle (England): a screen went black with no visible damage. Fault in worse: "
    "doubts the customer's word that it wasn't dropped.",
    [o, t1, c2,
     t("No cracks, no dents, and the water indicator's clean. That points to a display fault, usually a "
       "warranty job. I can send it through Google's warranty for you, free, about 7 to 10 days, or replace "
       "the screen here today for £149."),
     c("Warranty, it's free. Ten days without a phone though, I'll have to dig out my old one.", None),
     t5, c6],
    [o, t1, c2,
     t("Hmm. Screens don't usually just die on their own. Are you sure it wasn't dropped? People forget, or "
       "someone else had it. Google will check. I can send it through warranty, 7 to 10 days, or replace "
       "the screen here today for £149."),
     c("I've told you I didn't drop it. I don't like being called a liar. Just send it to Google.", None),
     t5, c6]))

# f03 -- drops the price before asking anything (Mendoza wine tour)
o = c("Hi! We're two couples in Mendoza next week, looking at a wine tour in Lujan de Cuyo. We saw yours "
      "online, 95 dollars each. Can you tell me more?", None)
t3 = t("The tour visits three bodegas with a tasting at each and a five-course lunch paired with wines. "
       "Pickup 9am in the centre, back about 6. Anyone not drinking gets juice and pays less.")
c4 = c("It's more than the hop-on wine bus, but that's a van with thirty people, right? Ok, Thursday for four.",
       None)
t5 = t("Thursday for four, booked. I'll send the pickup point tonight.")
PAIRS.append(rpair(
    "b77r_f03_mendoza_wine",
    "Wine tour operator in Mendoza (Argentina): two couples ask about a day tour. Fault in worse: drops the "
    "price before asking anything.",
    [o,
     t("Hi! Happy to. Is it more about tasting a lot, seeing how wine's made, or a long lunch at a bodega? "
       "And are any of you wine buffs or more casual?"),
     c("Casual! We like Malbec but we're no experts. Lunch would be lovely.", None),
     t3, c4, t5],
    [o,
     t("Hi! For two couples I can do it for 80 each instead of 95, today only. What would you like to "
       "know?"),
     c("Oh. Why is it cheaper all of a sudden? Is it the same tour?", None),
     t3, c4, t5]))

# f04 -- an unasked lecture (Dublin dental practice)
o = c("Hi, a filling's come out, bottom left, and there's a sharp edge cutting my tongue. Any chance of being "
      "seen this week? I'm flying to Boston Saturday.", None)
t1 = t("Hi, sorry to hear that. Yes, we keep emergency slots. Is it painful, or just the sharp edge?")
c2 = c("Just the edge, and a bit sensitive to cold drinks.", None)
t5 = t("Thursday at 8:40 then. If it gets painful before, ring and we'll fit you in sooner.")
c6 = c("Will do, thanks.", None)
PAIRS.append(rpair(
    "b77r_f04_dublin_dental",
    "Dental practice in Dublin (Ireland): a lost filling before a flight. Fault in worse: an unasked lecture "
    "on brushing and flossing.",
    [o, t1, c2,
     t("That sounds like a straightforward replacement. Thursday at 8:40 or Friday at 2? It's 120 euro for "
       "the exam and the filling."),
     c("Thursday 8:40. 120's grand.", None),
     t5, c6],
    [o, t1, c2,
     t("Okay. While I have you: fillings usually come out because of decay at the edges, and that's mostly "
       "brushing technique and not flossing. Most adults brush forty seconds, not two minutes, and evening "
       "sugary drinks are a big one. Get an electric brush. Thursday 8:40 or Friday at 2? It's 120 euro."),
     c("I didn't ask for a lecture, I do floss. Thursday 8:40.", None),
     t5, c6]))

# f05 -- a vague next step (Liverpool removals)
o = c("Hiya, I'm moving from a flat in Wavertree to a house in Crosby, probably the 28th but it depends on "
      "the solicitors. One-bed, not much stuff, but a big American fridge freezer. Can you give me a price?",
      None)
t1 = t("Hiya. One-bed and a fridge freezer is a small van and two men, about three hours. Is the flat "
       "upstairs, and is there parking at both ends?")
c2 = c("Second floor, no lift. Parking's fine in Crosby, the flat's got permit bays, you'd need a visitor "
       "permit.", None)
t3 = t("Two flights with the fridge freezer is fine for two lads with a trolley. That's £340, stairs "
       "included. The date moving isn't a problem for us.")
c4 = c("£340, bit more than I'd thought, but if you can be flexible on the date that's the main thing.", None)
PAIRS.append(rpair(
    "b77r_f05_liverpool_move",
    "Removals firm in Liverpool (England): a one-bed move with an uncertain completion date. Fault in worse: "
    "a vague next step.",
    [o, t1, c2, t3, c4,
     t("We can. I'll pencil you in for the 28th now, no deposit. When the solicitor confirms, text me; if it "
       "moves, we take the nearest free day. Quote in your email within the hour, and I'll ring you on the "
       "21st to check."),
     c("Perfect, that's a weight off.", None)],
    [o, t1, c2, t3, c4,
     t("Yeah, we can work round it. Just let us know when you know, and we'll see what we've got and get "
       "back to you."),
     c("'See what you've got' isn't great. I'll ring round a couple who'll actually book me in.",
       "think_it_over")]))

# f06 -- over-promises (Cartagena bedbug treatment for a hostel)
o = c("Buenas. I have a small hostel in Getsemani, eight dorms. Two guests complained of bites and I found "
      "bedbugs in one mattress. Reviews are already bad. I need this gone.", None)
t1 = t("Buenas. That's urgent for a hostel. Just the one dorm, or have you checked the others? Look at "
       "mattress seams and bed frames for little black dots.")
c2 = c("I checked. Dorm 3 is bad, dorm 4 has a few. The others clean, I think.", None)
t3 = t("Then we treat dorms 3 and 4 with heat and a residual product, and inspect the other six. Two visits "
       "two weeks apart, because eggs hatch after the first. 1.4 million pesos, inspection included.")
c4 = c("1.4 million. Ay. It's low season, there's not much money coming in.", "no_money")
PAIRS.append(rpair(
    "b77r_f06_cartagena_bedbugs",
    "Pest control in Cartagena (Colombia): bedbugs in a backpacker hostel. Fault in worse: over-promises a "
    "result nobody can guarantee.",
    [o, t1, c2, t3, c4,
     t("I understand. We can split the payment between the two visits. And honestly: guests bring bedbugs "
       "in backpacks, so nobody can promise they never come back; what we can do is clear these two rooms "
       "and train your staff to spot them early."),
     c("That's honest. Ok, split payment, start Monday.", None)],
    [o, t1, c2, t3, c4,
     t("I understand. We can split the payment between the two visits. And after our treatment you'll never "
       "see a bedbug again, one hundred percent guaranteed, forever."),
     c("Forever? With backpackers from everywhere? The last company promised me the same thing.",
       "bad_experience")]))

# f07 -- closes before checking the thing works (Limerick tackle shop)
o = c("Hi, I bought this reel here two weeks ago for the Shannon and it keeps jamming, the line gets caught "
      "behind the spool every few casts. Can you look at it?", None)
t1 = t("Hi, sorry about that. Let's have a look. Is it every cast, or when you cast far?")
c2 = c("When I cast hard, with the heavier lures. Light stuff it's grand.", None)
t3 = t("Sounds like the line went on too loose, or there's too much on the spool, so loops slip behind it. "
       "Let me take off the top ten metres and rewind it under tension.")
c4 = c("Fair enough. I spooled it myself, first time, to be honest.", None)
PAIRS.append(rpair(
    "b77r_f07_limerick_reel",
    "Fishing tackle shop in Limerick (Ireland): a two-week-old reel that jams. Fault in worse: declares it "
    "fixed and sells an extra before testing it.",
    [o, t1, c2, t3, c4,
     t("That's usually it. Rewound. Come out to the car park and cast it a few times with your heaviest lure "
       "before you go, so we know it's sorted."),
     c("Ten casts, not one tangle. Sorted, thanks.", None)],
    [o, t1, c2, t3, c4,
     t("That's usually it. Rewound, all sorted, you're good to go. While you're here, do you want a spare "
       "spool? 22 euro."),
     c("Hang on, you haven't even tried it. I'm not buying a spare spool for a reel that might still jam.",
       "no_need")]))

# f08 -- recommends before asking (Sao Paulo business English)
o = c("Ola, I work in logistics in Sao Paulo and my company wants me to improve my English. The company has "
      "budget, but I have little time. What do you have?", None)
t3 = t("For supplier calls at lunchtime, one-to-one online fits best: two 50-minute sessions a week at "
       "12:10, with role-plays of real calls. The company pays 1,100 reais a month.")
c4 = c("1,100 is inside the budget. But my manager has to approve it first.", "think_it_over")
t5 = t("Of course. I'll send a one-page proposal he can approve, with schedule and price, today.")
c6 = c("Perfect.", None)
PAIRS.append(rpair(
    "b77r_f08_saopaulo_english",
    "Language school in Sao Paulo (Brazil): a busy logistics employee with company budget for English. Fault "
    "in worse: recommends a course before asking anything.",
    [o,
     t("Ola! What do you use English for at work: emails, calls with suppliers, presentations? And how much "
       "time a week is realistic?"),
     c("Calls, mostly, with suppliers in China and the US. Emails I do with a translator. Time, two hours a "
       "week, at lunch.", None),
     t3, c4, t5, c6],
    [o,
     t("Ola! I recommend our Executive Intensive: six hours a week in the evenings, group classes with other "
       "professionals, and a certificate at the end. The best one for companies."),
     c("Six hours? I said I have little time. Two hours a week at lunch, maximum. And I need it for calls "
       "with suppliers, not a certificate.", "no_time"),
     t3, c4, t5, c6]))

# f09 -- unexplained jargon (Costa Rican coffee mill and a Galway roastery)
o = c("Hi, I'm opening a small roastery-cafe in Galway in the spring, with a 5 kg roaster. I loved the "
      "Tarrazu coffee when I travelled in Costa Rica. Could I buy from your mill directly? I'm new to all "
      "of this.", None)
t1 = t("Hi! Lovely, and yes, we sell to small roasters. How much do you think you'll roast a month to "
       "start?")
c2 = c("Honestly no idea. Maybe 100 kilos a month? I'll be small.", None)
t5 = t("I'll send you a 2 kg sample and a one-page sheet with all the costs from the farm to Galway.")
c6 = c("Brilliant, thanks.", None)
PAIRS.append(rpair(
    "b77r_f09_tarrazu_coffee",
    "Coffee mill exporter in Tarrazu (Costa Rica): a first-time roaster in Galway asks to buy direct. Fault "
    "in worse: unexplained trade jargon.",
    [o, t1, c2,
     t("A good size to start. The easiest way is to buy through a European importer who keeps our coffee in "
       "a warehouse, so you buy a bag or two at a time, about 69 kilos each, instead of a container from "
       "Costa Rica. Around 11 euro a kilo delivered to Galway."),
     c("Two bags at a time sounds right. Can I taste it first?", None),
     t5, c6],
    [o, t1, c2,
     t("Sure. We'd quote SHB EP, FOB Limon, at C plus differential, in GrainPro, with a PSS before "
       "shipment; or spot ex-works from an EU warehouse. Minimum one bag."),
     c("Sorry, I'm lost. FOB? C? PSS? I did say I'm new to this.", None),
     t5, c6]))

# f10 -- talks about himself (Samana whale watching)
o = c("Hello, we're a family from Belfast, in Las Terrenas in February with my dad, who's 78 and walks with "
      "a stick. Is the whale watching boat ok for him? And does it get rough? He gets seasick.", None)
t1 = t("Hello! February is peak season, great timing. Boarding is from a small pier with a ramp, and the "
       "crew help people on. Can he manage a couple of steps with a hand?")
c2 = c("Yes, with a hand he's fine. It's the seasickness I worry about more.", None)
t3 = t("The trip out to the bay is about 45 minutes and mornings can be choppy. I'd take the afternoon boat, "
       "sit him mid-boat on the lower deck where there's least movement, and a tablet an hour before.")
c4 = c("Afternoon then. What does it cost? And do you actually see whales? We paid for one in Tenerife and "
       "saw nothing but sea, so I'm a bit wary.", "bad_experience")
PAIRS.append(rpair(
    "b77r_f10_samana_whales",
    "Whale watching operator in Samana (Dominican Republic): a family with a 78-year-old father prone to "
    "seasickness. Fault in worse: the trainee talks about himself instead of the customer.",
    [o, t1, c2, t3, c4,
     t("65 dollars adults, 50 for your dad. In February we see whales on nearly every trip, and if you see "
       "none you come again free. I'll hold four seats on the afternoon boat on the 12th; do you need pickup "
       "from Las Terrenas?"),
     c("Yes please, pickup would be great. Book it.", None)],
    [o, t1, c2, t3, c4,
     t("65 dollars adults, 50 for your dad, and if you see no whales you come again free. You know, I've "
       "done this fifteen years, over 2,000 trips; my first season I was the seasick one, lost six kilos! "
       "Once a humpback breached so close it soaked me. Best job in the world."),
     c("Lovely... So can you book us for the afternoon of the 12th or not?", None)]))
