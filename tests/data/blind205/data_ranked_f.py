"""Ranked pairs f01-f10 (hand-written for blind205, prefix b205): both sides share every turn except one
fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: argues with the customer. Leicester vet nurse, overweight Labrador
o = c("Hi, the vet said at Bramble's check-up that she's overweight and I should book a weight clinic. She's a Labrador, though, they're meant to be solid, aren't they?", None)
t1 = t("They're a sturdy breed, yes. How much does she weigh now, and what does she eat in a day?")
c1 = c("Thirty-eight kilos. Two scoops of kibble, a dental stick, and whatever the kids drop at tea time. She's always starving.", None)
t2 = t("Thanks for being so honest, the tea-time bit is really common. How's she getting on with walks, is she slowing down at all?")
c2 = c("A bit, on the hills. I thought that was just her getting older, she's seven.", None)
PAIRS.append(rpair(
    "b205r_f01_uk_leicester_vet_nurse_weight_clinic",
    "Vet practice, Leicester (UK). An owner doubts the vet's advice that her Labrador is overweight. Fault in worse: the nurse argues with her.",
    better=[o, t1, c1, t2, c2,
            t("It might be partly age. Extra weight does make hills harder on her joints, though. For her frame the vet's probably aiming for about thirty-three. The weight clinic is free, twenty minutes with a nurse once a month. Would you like to try one and see?"),
            c("Free? Go on, then, book me in. I just don't want her hungry all the time.", None)],
    worse=[o, t1, c1, t2, c2,
           t("It's not her age, it's the weight. Labs aren't meant to be solid, that's a myth, and honestly she's overweight whether you see it or not. The weight clinic is free, twenty minutes with a nurse once a month. Would you like to book one?"),
           c("No, thanks. She's seven and she's happy, and I didn't ring up to be told off.", "no_need")],
))

# f02 -- fault: doubts the customer's honesty. Minneapolis groomer, husky de-shed
o = c("Hi. I picked up Bear, my husky, on Saturday. I paid the forty-five extra for the de-shed treatment and he's still dropping clumps all over my floor. Like nothing was done.", None)
t1 = t("I'm sorry, that's frustrating, especially with a husky. Do you have the receipt handy so I can find the appointment?")
c1 = c("Yeah, it's in my email. Ticket 5512.", None)
t2 = t("Thanks. I can see the de-shed on the ticket, and Kayla did him. Has he been blowing his coat this month, lots of undercoat coming out in tufts?")
c2 = c("Yeah, it started about a week before the groom. That's why I brought him in.", None)
PAIRS.append(rpair(
    "b205r_f02_us_minneapolis_groomer_husky_deshed",
    "Dog grooming salon, Minneapolis (US). An owner says a paid de-shed made no difference to her husky, who is in a full coat blow. Fault in worse: the groomer doubts her honesty.",
    better=[o, t1, c1, t2, c2,
            t("That explains a lot. During a full coat blow, one de-shed gets a lot out, but more keeps coming for a couple of weeks. We should have told you that at pickup. Would you like to bring him back this week for a free follow-up brush-out?"),
            c("Oh. Okay, that's fair. Thursday after work?", None)],
    worse=[o, t1, c1, t2, c2,
           t("Are you sure he hasn't been rolling around in the yard since? A lot of people say nothing was done when the dog's just been outside. Would you like to bring him back this week for a follow-up brush-out?"),
           c("Are you calling me a liar? He's been inside all week. Forget the brush-out, just refund the forty-five.", None)],
))

# f03 -- fault: drops the price before asking anything. Cape Town aquarium shop, first tank
t2 = t("Those blue tangs are saltwater fish, they need a lot of experience and a much bigger tank. For a first tank, freshwater is far easier, neon tetras and platies are bright and hardy. What were you hoping to spend in total, fish and all?")
c2 = c("I'd want to stay under five thousand all in. And I'm not sure about the monthly costs yet, I'll need to check with his dad.", "think_it_over")
t3 = t("That's sensible. Monthly it's mostly electricity for the heater and some food, a couple of hundred rand. I'll write you a full list with prices to take home, and remember we'd run the tank for two weeks before any fish go in.")
o = c("Hi, I'm looking at that 200-litre tank set in the window. My son wants to start keeping fish.", None)
PAIRS.append(rpair(
    "b205r_f03_za_capetown_aquarium_first_tank",
    "Aquarium shop, Cape Town (South Africa). A mother asks about a large tank set for her son's first fish. Fault in worse: the assistant cuts the price before asking a single question.",
    better=[o,
            t("Lovely hobby to start together. Has either of you kept fish before, and does he have particular fish in mind?"),
            c("No, first time for both of us. He wants those bright blue ones from Finding Nemo.", None),
            t2, c2, t3],
    worse=[o,
           t("Great choice. Look, I can do it for you at R4,200 instead of R4,900 today. Has either of you kept fish before, and does he have particular fish in mind?"),
           c("Oh. I hadn't even asked about the price yet. Is something wrong with it? Anyway, it's the first time for both of us. He wants those blue ones from Finding Nemo.", None),
           t2, c2, t3],
))

# f04 -- fault: an unasked lecture. Cornwall boarding kennels, no kennel cough vaccine
o = c("Hi, I'd like to book Alfie in for a week in August, the 4th to the 11th. He's a cocker spaniel.", None)
t1 = t("Lovely, let me check... yes, we have space. Has he stayed with us before?")
c1 = c("No, first time. We usually take him with us, but we're flying this year.", None)
t2 = t("Okay. We'll need his vaccination card, including kennel cough, at least two weeks before he comes. Is he up to date?")
c2 = c("His main ones are, but he's never had the kennel cough one. Is that a must?", None)
PAIRS.append(rpair(
    "b205r_f04_uk_cornwall_kennels_kennel_cough_rule",
    "Boarding kennels, Cornwall (UK). A first-time boarder's dog has never had the kennel cough vaccine. Fault in worse: an unasked lecture.",
    better=[o, t1, c1, t2, c2,
            t("It is for us, yes. It's a quick nose spray, your vet can do it any time before the 21st of July, and it's usually about £30. Once that's done, I'll send you the booking form."),
            c("Fine, I'll ring the vet tomorrow.", None)],
    worse=[o, t1, c1, t2, c2,
           t("It is, yes. Honestly, I'm surprised. Kennel cough is really contagious, dogs can get seriously ill, it spreads in parks and on walks, not just kennels, and far too many owners don't take it seriously. He should really have had it years ago, boarding or not. Your vet can do it any time before the 21st of July."),
           c("Right. I didn't ring for a lecture. I'll have a think about whether kennels are even the right thing for him.", "think_it_over")],
))

# f05 -- fault: a vague next step. Montana farm supply, fencing for goats
o = c("I got six Nigerian Dwarf goats comin' next month and my fence is barbed wire. Neighbor says they'll be through it in a day. What do I need?", None)
t1 = t("Your neighbor's right, goats go through barbed wire and get cut doing it. How much are you fencing, and are your posts in good shape?")
c1 = c("About two acres, mostly flat. Posts are solid, I put 'em in three years ago.", None)
t2 = t("Good, then it's just the wire. For goats you want woven wire, the four-foot goat panel with four-inch squares. Two acres is roughly 1,200 feet, so about $2,100 in wire.")
c2 = c("Twenty-one hundred? That's a good deal more than I figured on.", "too_expensive")
PAIRS.append(rpair(
    "b205r_f05_us_montana_farm_supply_goat_fencing",
    "Farm and ranch supply store, Montana (US). A new goat keeper needs goat-proof fencing before the goats arrive on the 15th. Fault in worse: a vague next step.",
    better=[o, t1, c1, t2, c2,
            t("It's a big spend. You could fence a half-acre paddock first, about $900, and do the rest next year, goats don't need two acres to start. We deliver out your way on Thursdays. I'll write up the half-acre order now, you check your measurements tonight, and I'll call you tomorrow at noon to confirm it for this Thursday."),
            c("Half acre to start, yep. Noon tomorrow works.", None)],
    worse=[o, t1, c1, t2, c2,
           t("It's a big spend. You could fence a half-acre paddock first, about $900, and do the rest next year, goats don't need two acres to start. We'll sort out the details and the delivery at some point. Leave it with me and we'll let you know."),
           c("Let me know when? The goats come on the 15th. I'd better call around.", "think_it_over")],
))

# f06 -- fault: over-promises. Johannesburg dog behaviourist, Rottweiler food guarding
o = c("Hi. Our Rottweiler, Zeus, bit my brother-in-law on the hand at a braai on Sunday. It wasn't bad, but my wife is scared now, and we've got a baby coming in June.", None)
t1 = t("I'm glad nobody was badly hurt. That's a lot to deal with, with a baby on the way. What was happening just before he bit?")
c1 = c("My brother-in-law reached over Zeus's bowl to get a chop off the braai. Zeus was eating.", None)
t2 = t("So he was eating and a hand came over his bowl. That's food guarding, it's common and it's workable. Has he ever growled or gone stiff over food, toys or his bed before?")
c2 = c("He growled at the neighbour's kids once, over a bone. We thought it was nothing.", None)
PAIRS.append(rpair(
    "b205r_f06_za_johannesburg_behaviourist_food_guarding",
    "Dog behaviourist, Johannesburg (South Africa). A father-to-be calls after his Rottweiler bit a guest who reached over its food bowl. Fault in worse: the trainer over-promises.",
    better=[o, t1, c1, t2, c2,
            t("Okay. I can't promise he'll never guard again, nobody honestly can, but most dogs improve a lot with a plan. I'd start with a home visit, R850, to see his setup and give you rules that keep everyone safe from today, then four follow-ups before the baby comes."),
            c("R850 and then four more, that adds up. Let me talk to my wife tonight.", "think_it_over")],
    worse=[o, t1, c1, t2, c2,
           t("Don't worry, I guarantee I'll have him completely fixed in two weeks, he'll be one hundred percent safe with the baby. I'd start with a home visit, R850, then four follow-ups before the baby comes."),
           c("A hundred percent? My wife won't believe that, and neither do I. The last trainer told us the same about our old dog and it didn't work.", "bad_experience")],
))

# f07 -- fault: closes before checking the thing works. Brighton pet shop, escape-proof harness
o = c("Hi, my whippet slips out of every harness we try. She backed out of one in the park last week and ran across the road.", None)
t1 = t("That's terrifying. Whippets are escape artists, their heads are narrower than their necks. What harness has she got at the moment?")
c1 = c("A cheap one from the supermarket, the kind that goes over her head with one strap under her tummy.", None)
t2 = t("With that shape she can back straight out of it. This one has a third strap behind the ribs, so she can't reverse out. It's £34.99. Have you brought her with you?")
c2 = c("She's in the car. I wasn't sure you'd let her in.", None)
PAIRS.append(rpair(
    "b205r_f07_uk_brighton_pet_shop_whippet_harness",
    "Pet shop, Brighton (UK). An owner whose whippet escapes every harness looks for a safer one. Fault in worse: the assistant rings up the sale before the harness is tried on the dog.",
    better=[o, t1, c1, t2, c2,
            t("Dogs are welcome. Bring her in and we'll fit it, then get her to walk backwards against the lead here in the shop before you pay, so you know she can't get out of it."),
            c("Oh good, I'll grab her now.", None)],
    worse=[o, t1, c1, t2, c2,
           t("Lovely. I'll ring it up, then. Size small, it'll be fine on a whippet. Card or cash?"),
           c("Can we not try it on her first? I've wasted money on three harnesses already and she's backed out of every one.", "bad_experience")],
))

# f08 -- fault: recommends before asking. Baltimore vet clinic, itchy dog after a move
o = c("Hi, my pit mix Daisy has been scratching like crazy for two weeks. What can I give her?", None)
t2 = t("Scratching near the tail after a move, with no flea treatment since spring, is the classic pattern for fleas, even if you haven't seen any. They love the carpets in a new place. I'd like the doctor to go over her with a flea comb. We have 3:15 today with Dr. Patel.")
c2 = c("I'm at work till five, I can't do 3:15.", "no_time")
t3 = t("We're open till seven, so I can do 5:45 with Dr. Patel instead. Bring her in and we'll check her coat, and if it's fleas, we'll go through treating her and the apartment.")
c3 = c("5:45. We'll be there.", None)
PAIRS.append(rpair(
    "b205r_f08_us_baltimore_vet_itchy_pit_mix",
    "Veterinary clinic front desk, Baltimore (US). An owner asks what to give a dog that has been scratching since a move; the flea treatment lapsed. Fault in worse: a medicine is recommended before any question is asked.",
    better=[o,
            t("Poor Daisy. A few questions first: where is she scratching most, and has anything changed lately, like her food, her flea treatment, or somewhere new she's walking?"),
            c("Mostly her back near her tail, and her belly. We moved apartments three weeks ago. Flea stuff, uh, I think we ran out in the spring.", None),
            t2, c2, t3, c3],
    worse=[o,
           t("Sounds like allergies. Apoquel works really well, the doctor can prescribe it at an exam, and it's about $90 a month. Where is she scratching most?"),
           c("Ninety a month? For scratching? I was hoping for like a shampoo. It's mostly near her tail and her belly. We moved three weeks ago, and the flea stuff, uh, I think we ran out in the spring.", "too_expensive"),
           t2, c2, t3, c3],
))

# f09 -- fault: unexplained jargon. KZN equine vet, lameness x-ray results
o = c("Hi, it's Thandi, Storm's owner. Dr Naidoo said you'd call me with the x-ray results?", None)
t1 = t("Hi Thandi, yes, thanks for waiting. Before I go through them, how's Storm been since Tuesday?")
c1 = c("Still short on the left front, especially on the circle. He's eating fine.", None)
t2 = t("That's in line with what Dr Naidoo saw. What sort of work were you hoping to do with him this year?")
c2 = c("We were aiming for the Midlands show in August. Showjumping, nothing big. But honestly, after the bill for the x-rays, I'm not sure I can afford much more treatment.", "no_money")
PAIRS.append(rpair(
    "b205r_f09_za_kzn_equine_vet_navicular_results",
    "Equine vet practice, Pietermaritzburg (South Africa). A young rider on a tight budget hears her horse's x-ray results. Fault in worse: the results are given in unexplained jargon.",
    better=[o, t1, c1, t2, c2,
            t("Thanks for telling me. The x-rays show wear on a small bone at the back of his hoof, the navicular bone, which is making the heel area sore. It's manageable: special shoes, about R1,200 a set, and some medication, and many horses go back to light work. August may be too soon, but we'll know in six weeks. I'll send you a full estimate before we do anything."),
            c("Okay. That's clearer than I feared. Send me the estimate and I'll talk to my dad, he helps with Storm's costs.", "think_it_over")],
    worse=[o, t1, c1, t2, c2,
           t("Thanks for telling me. The radiographs show remodelling of the navicular bone with synovial invaginations on the distal border, consistent with podotrochlosis. We'd suggest remedial farriery with egg bars and an intrabursal corticosteroid, and reassess with nerve blocks in six weeks."),
           c("Sorry, I didn't understand a word of that. Is he going to be okay or not?", None)],
))

# f10 -- fault: talks about themselves. Manchester pet shop, first kitten
o = c("Hi. I'm picking up my first kitten on Saturday and I've got no idea what I need. The breeder gave me a list, but it's like forty things.", None)
t1 = t("Congratulations! Let's make that list shorter. What breed and how old, and are you in a flat or a house with a garden?")
c1 = c("A British Shorthair, twelve weeks. I'm in a flat, third floor, no garden.", None)
t2 = t("An indoor kitten, then. The essentials are the food the breeder's using, a litter tray and litter, a scratching post, a carrier for the vet, and a couple of toys. The rest can wait. Has the breeder said what food she's on?")
c2 = c("Some kitten pouches, I'll check. What about one of those big cat trees? They look amazing, but they're like a hundred and twenty quid.", None)
PAIRS.append(rpair(
    "b205r_f10_uk_manchester_pet_shop_first_kitten",
    "Pet shop, Manchester (UK). A first-time kitten owner in a flat asks what she really needs. Fault in worse: the assistant talks about her own cats instead of the customer.",
    better=[o, t1, c1, t2, c2,
            t("You can leave that for now. A twelve-week kitten is happy with a tall scratching post, this one's £24. If she turns out to love climbing once she's settled, get a tree then."),
            c("Ah, that makes sense. I'll take the post and the carrier.", None)],
    worse=[o, t1, c1, t2, c2,
           t("Oh, my cats love theirs. I've got three Maine Coons, Pickle, Gizmo and Duchess, and honestly Duchess sleeps on the top platform all day, she's such a queen. When I got my first one I bought everything, the lot, and I don't regret it. Mine cost two hundred."),
           c("Right... that's nice. But I haven't got two hundred to spend this week, I just need the basics.", "no_money")],
))
