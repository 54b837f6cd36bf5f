"""Ranked pairs f01-f10 (b81): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01: unexplained jargon
_a = [c("Hi, um, I work from home now, for a call centre in the States, and my internet keeps cutting out in the middle of calls. My supervisor is getting, um, upset.", None),
      t("That's stressful when your job depends on it. What plan do you have now, and when does it cut, all day or certain times?"),
      c("I have the ten-mega cable plan, from you. It cuts mostly evenings, seven to ten. That's exactly my shift.", None)]
_b = [t("The new fibre plan is 1,150 córdobas a month, about 150 more than you pay now. For calls, thirty megas is plenty."),
      c("One-fifty more... if it stops the cuts, it's worth it. My job is worth more.", None),
      t("Install is Saturday morning or Tuesday afternoon. Keep your cable plan until the fibre works, so you're never without.")]
F1 = rpair(
    "b81r_f01_managua_internet_homeoffice",
    "A home-based call-centre agent in Managua, Nicaragua, calls her internet provider about dropped calls.",
    better=_a + [t("Evenings usually means the cable line in your area is crowded, everyone streaming at once. Your street has fibre now, and fibre doesn't slow down like that in the evening."),
                 c("Fibre. How much is that? I can't pay a lot, I'm just starting this job.", "no_money")] + _b,
    worse=_a + [t("Evenings, that's contention on your HFC node. Your area has FTTH now, GPON with a 1:32 split, and we'd give you a public IP instead of CGNAT, so your SIP doesn't drop."),
                c("Sorry, I... I don't understand any of that. Will it stop cutting or not? And I can't pay a lot, I'm just starting.", "no_money")] + _b)

# f02: over-promises
_a = [c("Hey, this is Dana from Lakeside Importers in Chicago. We need forty bags of a washed Bourbon for a roaster client, 86-plus cup score, landed Chicago by mid-April. Can you do it?", None),
      t("Hi Dana. Forty bags, 86-plus, mid-April, got it. We have a Bourbon from the Apaneca side that scored 86.5 on our table this harvest. For mid-April it has to leave Acajutla by early March, doable if you confirm this month."),
      c("Scored by whom, though? Our last supplier's 87 came in as an 83 on our table.", "bad_experience")]
_b = [t("I'll send a 300-gram pre-shipment sample by DHL tomorrow, with the lot number. Price is 5.60 a pound FOB."),
      c("Five-sixty, okay, that's within range. I'll cup it with the client next week and get back to you.", "think_it_over")]
F2 = rpair(
    "b81r_f02_santaana_coffee_importer",
    "A Chicago green-coffee importer asks an exporter in Santa Ana, El Salvador, for a high-scoring lot with a deadline.",
    better=_a + [t("Fair question. Our own Q grader scored it. Cup it yourselves; if it's not 86 on your table, you're not bound to anything."),
                 c("That works. Send it.", None)] + _b,
    worse=_a + [t("Don't worry, I guarantee it'll be 86-plus on anyone's table, and I guarantee it's in Chicago by April 1st, customs and all. We've never had a problem."),
                c("Nobody can guarantee customs, come on. Our last supplier promised the same. Send a sample, we'll cup it ourselves.", "bad_experience")] + _b)

# f03: drops the price before asking anything
_b = [t("Good, a 2020 roof won't need redoing under the panels. We use rails rated for 180-mile winds, bolted into the rafters, not just the decking. With two ACs and a pool pump, you're likely around an 8-kilowatt system."),
      c("And what does that come to?", None),
      t("Roughly twenty to twenty-four thousand, depending on batteries. I'd want to see a year of your power bills to size it properly."),
      c("That's more than I was hoping. I had fifteen in my head, to be honest.", "too_expensive"),
      t("Then we could do panels now and batteries later, which gets closer to fifteen. Send me the bills and I'll price both ways.")]
_o = c("Good afternoon. I'm thinking about solar for the house in Carmichael, but after Dorian I worry about panels flying off the roof. What does something like that run?", None)
F3 = rpair(
    "b81r_f03_nassau_solar_hurricane",
    "A homeowner in Nassau, Bahamas, asks a solar installer about cost and hurricane safety.",
    better=[_o, t("Good afternoon. Fair worry after Dorian. Before a number, tell me about the roof and the house: shingle or concrete, how old, and what do you run?"),
            c("Shingle, redone in 2020 after the storm. Three bedrooms, two ACs, and the pool pump.", None)] + _b,
    worse=[_o, t("Good afternoon! A typical home system is about twenty-two thousand, but I can knock fifteen percent off right now if you sign this month."),
           c("Fifteen off what? You don't know my house. It's shingle, redone in 2020, three bedrooms, two ACs and the pool pump.", None)] + _b)

# f04: talks about themselves
_a = [c("Buenas tardes. I'm calling for my daughter, she works till late. My granddaughter Valeria is eleven, they're moving back from Miami in July, and we need a bilingual school.", None),
      t("Buenas tardes, and welcome home to the family. What's Valeria like at school, what does she enjoy? And how's her Spanish after Miami?"),
      c("Her Spanish is good at home, but writing, not so much. She loves science, she wants to be a vet. My daughter worries she'll fall behind in Spanish class.", None)]
_b = [t("For new students from the US, it's four hours a week of Spanish reinforcement instead of French, for one term, then we review. And our science lab has a club on Thursdays she'd love."),
      c("And the fees... my daughter is raising her alone, she doesn't have much.", "no_money"),
      t("We have a single-parent discount, fifteen percent. I'll email her the fees and the form, and she can call me after six, I'm here till seven.")]
F4 = rpair(
    "b81r_f04_panama_school_grandmother",
    "A grandmother calls a bilingual private school in Panama City for her daughter about a granddaughter returning from Miami.",
    better=_a + [t("So the worry is her written Spanish, not her English, and keeping the science going. We have a plan for exactly that."),
                 c("Good. How does it work?", None)] + _b,
    worse=_a + [t("Oh, I know exactly! My own son came back from Houston at twelve, he cried for weeks, I had to hire a tutor, and honestly that's how I ended up working in admissions, ha."),
                c("Ay, I see. But, sorry, what about Valeria? My daughter wants to know about the Spanish.", None)] + _b)

# f05: an unasked lecture
_a = [c("Hello, my parrot Paco is pulling out his feathers, here on the chest, look. He's twelve, an Amazon.", None),
      t("Hello, Paco. Yes, I see the bare patch. How long has he been doing this, and has anything changed at home?"),
      c("About a month. We moved flats in May, he's in the kitchen now, before he was in the living room with us. And he eats sunflower seeds mostly, he loves them.", None)]
_b = [t("His skin looks clean, no mites. I think it's mainly the move: he's alone in the kitchen now. Could he go back where the family sits?"),
      c("The living room is small now... but by the window, maybe, yes.", None),
      t("Try that for three weeks, and give him things to shred, cardboard or palm leaves. If he's still plucking, we do a blood test then.")]
F5 = rpair(
    "b81r_f05_lima_vet_parrot",
    "An owner brings a feather-plucking Amazon parrot to an exotic-animal vet in Lima, Peru.",
    better=_a + [t("A move and less company can stress parrots a lot, and plucking is often how it shows. Let me check his skin first, to rule out mites or infection."),
                 c("Okay, please.", None)] + _b,
    worse=_a + [t("Sunflower seeds. I have to tell you, seeds are junk food for parrots, it's one of the worst things owners do. Pellets and vegetables, always; I see this mistake every week and it takes years off their lives."),
                c("Okay... I didn't know. Now I feel bad. But is that why he's pulling feathers?", None)] + _b)

# f06: doubts the customer's honesty
_a = [c("Buenos días. I'm a tailor, I have a little shop in Envigado, and I need a loan for a second industrial machine. The school uniform orders start in January.", None),
      t("Buenos días. Congratulations on the orders. How much is the machine, and what do you usually earn a month from the shop?"),
      c("The machine is six million. I make maybe three and a half a month, more in December, January. I don't have papers for everything, lots of clients pay cash.", None)]
_b = [t("Signed orders help a lot. For six million over eighteen months, the payment is around 410,000 a month."),
      c("Four-ten is fine in the good months, but February, March are slow. Last year I borrowed from my cousin to get through.", None),
      t("Then let's set smaller payments for February and March and bigger ones in the school months. Bring the orders and your ID Thursday and I file it that same day.")]
F6 = rpair(
    "b81r_f06_medellin_coop_tailor",
    "A tailor asks his savings cooperative in Medellín, Colombia, for a loan for a second sewing machine.",
    better=_a + [t("That's normal for a shop like yours. We can use your deposits here from the last six months, plus the uniform orders if you have them in writing."),
                 c("I have signed orders from two schools. And most of the cash I deposit here.", None)] + _b,
    worse=_a + [t("Cash, hmm. Honestly, a lot of people tell us they earn more than they really do. How do I know it's three and a half?"),
                c("Excuse me? Eight years a member here. I'm not lying to you. I have signed orders from two schools.", None)] + _b)

# f07: a vague next step
_a = [c("Hi, hello, I left my backpack on the ten o'clock boat from Playa del Carmen! Black, with a red strap. My passport is in it, and my flight is Thursday.", None),
      t("Okay, let's find it. Where were you sitting, upstairs or inside below? And what else is in it besides the passport?"),
      c("Inside, the back rows, near the toilets. The passport, a little wallet, a charger. Please, my flight is Thursday.", None),
      t("That boat is on its way back now, it docks here in Cozumel at one-thirty. I'm radioing the crew to check the back rows right now."),
      c("Okay... and then what? Do I wait here?", None)]
F7 = rpair(
    "b81r_f07_cozumel_ferry_lost_passport",
    "A tourist at the Cozumel ferry office has left a backpack with her passport on the boat from Playa del Carmen.",
    better=_a + [t("Go get lunch and come back at two to this window, ask for me, Karla. If the crew finds it sooner, I'll call you, so leave me your number. If it's not on board, I'll give you a report for your consulate the same day."),
                 c("Two o'clock, Karla. Okay. Thank you so much.", None)],
    worse=_a + [t("Just leave your number and we'll let you know if it turns up."),
                c("If it turns up? My flight is Thursday! When will you know? Who do I even ask?", None)])

# f08: recommends before asking
_o = c("Morning. I have a fishing boat, twenty-six-foot skiff, out of Belize City. The co-op say I should insure it now, after what happen to Marcus boat in the storm.", None)
_b = [t("So the big risk for you is losing the boat or the engine in a storm, and the engine is the expensive part. What would it cost to replace it?"),
      c("The engine, maybe twenty thousand Belize. The boat, less than that.", None),
      t("Then hull and engine for about thirty thousand runs around 1,800 a year. Liability is extra, maybe 300. Personal accident only if the co-op doesn't already cover you."),
      c("Eighteen hundred is a lot for me. Fishing been slow this year.", "no_money"),
      t("Understood. The co-op has a group rate, about fifteen percent less, payable quarterly. I'll get you the group quote and call you Friday.")]
F8 = rpair(
    "b81r_f08_belizecity_broker_skiff",
    "A fisherman asks an insurance broker in Belize City about insuring his skiff.",
    better=[_o, t("Morning. Sorry about Marcus. Tell me about your boat: how old, what engine, where you keep it, how far out you fish?"),
            c("Fibreglass, 2015, 75-horse Yamaha. I keep it in Haulover Creek. I fish the reef, Turneffe sometimes, two days out.", None)] + _b,
    worse=[_o, t("Morning. Good thinking. What you want is our full marine package: hull, engine, liability and personal accident. That's the one everybody takes."),
           c("Everybody? You don't know my boat yet. It's a 2015 fibreglass, 75-horse Yamaha, kept in Haulover Creek, and I fish the reef, Turneffe sometimes.", None)] + _b)

# f09: argues with the customer
_a = [c("Good morning. This is Mr. Joseph from Papillote Guesthouse. The last two deliveries, the sheets came back smelling like, like smoke. Guests are complaining.", None),
      t("Good morning, Mr. Joseph. A smoky smell, the last two deliveries. Is it all the sheets, or only some bags?"),
      c("All of them. The towels too, a little.", None)]
_b = [t("I'll rewash your last delivery today, no charge, and bring it back by four."),
      c("Four is too late, I have check-ins at two. I need at least the queen sheets by one.", "no_time"),
      t("Then queen sheets first, by one, the rest by four. And I'll call you once the technician has checked the dryer.")]
F9 = rpair(
    "b81r_f09_roseau_laundry_smoke",
    "A guesthouse owner in Roseau, Dominica, calls his laundry contractor about smoky-smelling linen.",
    better=_a + [t("Then it's on our side. We had a new gas burner fitted on the dryer last week, it may be venting into the drum. The technician will look this morning."),
                 c("Okay, that would explain it.", None)] + _b,
    worse=_a + [t("That's strange, nobody else has complained, and our dryers are almost new. Could it be where you store them? Near the kitchen, maybe?"),
                c("The linen closet is upstairs, nowhere near the kitchen. It smells the minute I open your bags.", None)] + _b)

# f10: closes before checking the treatment works
_a = [c("Hola, good morning. My knee hurts going down stairs, for two months now. I'm sixty-three, and in Valparaíso everything is stairs, ha.", None),
      t("Ha, true, this city is all stairs. Where exactly does it hurt, the front or the inside? Any swelling, any fall?"),
      c("The front, under the kneecap. No fall. A little swelling after a long day. My doctor said maybe arthrosis.", None),
      t("Let's test it. Squat a little for me... now step down from this box. Okay. Your thigh muscle is weak on that side, which puts more load on the kneecap. Strengthening it usually helps a lot."),
      c("How many sessions is that? My pension doesn't stretch very far.", "no_money")]
F10 = rpair(
    "b81r_f10_valparaiso_physio_knee",
    "A 63-year-old with knee pain comes to a physiotherapy clinic in Valparaíso, Chile.",
    better=_a + [t("Let's do two sessions first, I teach you the exercises for home, and in two weeks we see how the stairs feel. If it isn't getting better, we rethink before you spend more. Each session is 22,000."),
                 c("Two first, that I like. Can we start Monday?", None)],
    worse=_a + [t("The ten-session pack is 180,000, which saves you 40,000. Let's book all ten now so you get the discount, starting Monday."),
                c("Ten? We don't even know if it works for me. I'll think about it.", "think_it_over")])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]
