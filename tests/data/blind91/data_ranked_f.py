"""Ranked pairs f01-f10 (b91): both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand for blind91."""
from common import c, rpair, t

PAIRS = []

# f01 Dubbo - stock water pump. Fault: drops the price before asking anything.
c0 = c("Need a pump for the stock trough. Old one's carked it.", None)
t1_b = t("Bugger. What was the old one, and is it pumping from a dam, a bore or a tank?")
c1_b = c("Dam. Old petrol Honda, twenty-odd years. Pumped up to a tank on the hill.", None)
t1_w = t("Bugger. Tell you what, I'll knock fifteen percent off whatever you pick today.")
c1_w = c("Righto. Dunno what I'm picking yet. Old one was a petrol Honda off the dam, up to a tank on the hill.", None)
t2 = t("How high's the tank above the dam, roughly, and how long's the run?")
c2 = c("Thirty metres up, maybe. Three hundred metres of poly.", None)
t3 = t("Then you need a high-head pump, not a transfer pump, or it'll never get up there. Petrol like your old one, or solar, no fuel runs but a lot more up front.")
c3 = c("Petrol. Solar's a bit rich for me.", "too_expensive")
t4 = t("Fair enough. I've got a petrol high-head in stock. I'll throw in a foot valve and we'll check it primes before you leave the yard.")
PAIRS.append(rpair(
    "b91r_f01_dubbo_stock_pump",
    "Farm supplies, Dubbo NSW. A farmer needs a new pump to lift dam water up to a hilltop tank. Worse fault: offers a discount before asking anything.",
    better=[c0, t1_b, c1_b, t2, c2, t3, c3, t4],
    worse=[c0, t1_w, c1_w, t2, c2, t3, c3, t4],
))

# f02 Apia - getting an elderly mother online. Fault: unexplained jargon.
c0 = c("Talofa. My mum lives in Falealili, she has my old phone, the signal inside her house is bad. I want to video call her from Auckland. What does she need?", None)
t1_b = t("Then the simplest is a small home router. It catches the signal better than the phone and makes wifi in the house. She just plugs it in. It's 180 tala, and data from 50 tala a month.")
c1_b = c("Plug in only? Good. She is not good with technology.", None)
t1_w = t("Then you want a 4G LTE CPE with an external MIMO antenna, better RSRP than the handset, and put her on a 30 gig postpaid with QoS for VoLTE.")
c1_w = c("Sorry, I don't understand any of that. She's seventy-six.", None)
t2 = t("Who will set it up for her? Are you going to the village?")
c2 = c("My cousin lives near, he can. But I pay it from Auckland, it can't be big money every month.", "no_money")
t3 = t("50 tala a month is enough for two or three video calls a week, and you can top it up online from Auckland. I'll write the steps on a card for your cousin.")
c3 = c("Ok. Fa'afetai, I take it.", None)
PAIRS.append(rpair(
    "b91r_f02_apia_mum_video_calls",
    "Mobile provider shop, Apia, Samoa. A son visiting from Auckland wants his elderly mother in a village to be able to video call. Worse fault: unexplained jargon.",
    better=[c0, t1_b, c1_b, t2, c2, t3, c3],
    worse=[c0, t1_w, c1_w, t2, c2, t3, c3],
))

# f03 Fairbanks - guided pike fishing. Fault: over-promises.
c0 = c("My son's up from Texas in June, four days. Bass guy. Thinking about a guided pike trip on Minto Flats. He wants a big one.", None)
t1_b = t("Pike out there mostly run five to ten pounds, and there's usually plenty of action. A twenty-pounder happens, but I can't promise one. Full day is 450 a person, boat or floatplane depending on the water.")
c1_b = c("Fair enough. Four-fifty each though, that's nine hundred.", "too_expensive")
t1_w = t("Oh, he'll get a twenty-pounder, guaranteed. We never come back without a trophy. Full day is 450 a person.")
c1_w = c("Guaranteed, huh. Last guide who told me that, we got skunked. And four-fifty each, that's nine hundred.", "bad_experience")
t2 = t("It's a lot. Half day is 275 each, less travel, still good water. Which days is he here?")
c2 = c("June 12 to 16. Half day might be plenty.", None)
t3 = t("The 13th is open. I'll hold it till Friday, no deposit until you confirm.")
c3 = c("Good. I'll call you Friday.", None)
PAIRS.append(rpair(
    "b91r_f03_fairbanks_pike_guide",
    "Fishing guide service, Fairbanks, Alaska. A father books a pike trip for his visiting son who wants a trophy fish. Worse fault: guarantees a trophy.",
    better=[c0, t1_b, c1_b, t2, c2, t3, c3],
    worse=[c0, t1_w, c1_w, t2, c2, t3, c3],
))

# f04 Gisborne - soft spot in an old fibreglass boat. Fault: vague next step.
c0 = c("Gidday. Soft spot in the floor near the transom on my old glass boat. Worth fixing?", None)
t1 = t("Might be. How old is she, and does it flex when you stand on it?")
c1 = c("Eighties. Flexes a bit, yeah. Water dribbles out the bung hole for ages after I pull her out.", None)
t2 = t("Sounds like wet core, most likely in the transom. Fixable, depends how far it's spread. If it's just round the bung, maybe 1,200. Whole transom rotten, 4,000 plus, and then we'd talk about whether she's worth it.")
c2 = c("Four grand on a boat worth five. Hmm.", "too_expensive")
t3_b = t("That's the honest question. Bring her Tuesday at nine and I'll drill a couple of test holes while you wait. Half an hour, forty bucks, and you'll know which it is before you leave.")
c3_b = c("Tuesday nine. Done.", None)
t3_w = t("That's the honest question. Drop her in sometime and we'll have a look and get back to you.")
c3_w = c("Sometime when? I'm out every weekend, can't leave her sitting here for weeks.", "no_time")
PAIRS.append(rpair(
    "b91r_f04_gisborne_hull_core",
    "Boat repair yard, Gisborne NZ. An owner asks whether a soft spot in an old fibreglass boat is worth fixing. Worse fault: vague next step.",
    better=[c0, t1, c1, t2, c2, t3_b, c3_b],
    worse=[c0, t1, c1, t2, c2, t3_w, c3_w],
))

# f05 Nuku'alofa - diabetes refill. Fault: an unasked lecture.
c0 = c("Mālō e lelei. I need more metformin, for my sugar. Last month's box is finished.", None)
t1 = t("Mālō. Yes, we can do that. Any problems since last time, feeling thirsty, tired, sore feet?")
c1 = c("Feet a bit sore. I stand all day at the market.", None)
t2_b = t("Okay. I'll ask the nurse to look at your feet today while the tablets are made up. It's quick and free. With sugar we like to check sore feet early.")
c2_b = c("Today? I have to be back at the market by twelve.", "no_time")
t2_w = t("You know, sore feet come from sugar too high. You must stop so much white bread and rice and soft drink. Tongan food now has too much sugar and fat, that's why everyone has diabetes. And walk more, don't sit in the car.")
c2_w = c("I didn't ask about my food. I only came for the tablets. And I have to be back at the market by twelve.", "no_time")
t3 = t("The nurse can check your feet now, ten minutes, while the tablets are made up. You'll be back before twelve.")
c3 = c("Ok. Mālō.", None)
PAIRS.append(rpair(
    "b91r_f05_nukualofa_clinic_refill",
    "Community health clinic, Nuku'alofa, Tonga. A market vendor with diabetes comes for a refill and mentions sore feet. Worse fault: an unasked lecture on diet.",
    better=[c0, t1, c1, t2_b, c2_b, t3, c3],
    worse=[c0, t1, c1, t2_w, c2_w, t3, c3],
))

# f06 Invercargill - school uniform hardship grant. Fault: doubts the customer's honesty.
c0 = c("Hi. The school said you've got a uniform grant for families who are struggling? My husband lost his job at the smelter.", None)
t1_b = t("Yes, we do, we run it with the school. Sorry about the job. What does your boy need most right now?")
c1_b = c("Shoes and a jersey. He's been wearing his brother's, it's got holes in the elbows.", None)
t1_w = t("We do, but I have to ask, have you got proof? We get a lot of people saying that and it turns out they're fine.")
c1_w = c("His redundancy letter's in the car. I'll go get it. He needs shoes and a jersey, his brother's has holes in it.", None)
t2 = t("The grant covers up to 150 a term. The jersey's 85 and school shoes are 60, so that's covered. Is he with you to try them on?")
c2 = c("He's in the car. Can he try them here?", None)
t3 = t("Of course, bring him through. I'll just need your name and the school's reference for the form.")
c3 = c("Thanks. Honestly I nearly didn't come in.", None)
PAIRS.append(rpair(
    "b91r_f06_invercargill_uniform_grant",
    "School uniform shop, Invercargill NZ. A mother whose husband was made redundant asks about the hardship uniform grant. Worse fault: asks for proof and doubts her.",
    better=[c0, t1_b, c1_b, t2, c2, t3, c3],
    worse=[c0, t1_w, c1_w, t2, c2, t3, c3],
))

# f07 Moose Jaw - cat peeing outside the box. Fault: argues with the customer.
c0 = c("My cat's peeing outside the litter box. She's eleven. We got a dog about two weeks ago. Is she just being spiteful?", None)
t1 = t("Cats don't really do spite. It's usually stress or something medical, sometimes both. Is she going more often than usual, or straining?")
c1 = c("Going a lot, small bits. Honestly I think it's the dog. She hates him.", None)
t2_b = t("The dog may well be part of it. But small amounts often, at eleven, I'd want to check her urine too so we don't miss an infection or crystals. Exam and urine test is 140.")
c2_b = c("140. Okay, if it rules stuff out.", None)
t2_w = t("No, it's not the dog. Small amounts often means bladder, that's textbook. People always blame the new pet.")
c2_w = c("I live with her, you don't. It started the week he came home.", None)
t3 = t("Can you bring her in tomorrow morning? And if she stops peeing altogether, call right away, that's an emergency.")
c3 = c("Tomorrow's tough, I start work at eight. Saturday?", "no_time")
PAIRS.append(rpair(
    "b91r_f07_moosejaw_cat_vet",
    "Veterinary clinic, Moose Jaw, Saskatchewan (phone). An owner thinks her old cat is acting out against a new dog. Worse fault: argues with the owner instead of keeping both causes open.",
    better=[c0, t1, c1, t2_b, c2_b, t3, c3],
    worse=[c0, t1, c1, t2_w, c2_w, t3, c3],
))

# f08 Broken Hill - road train of hay. Fault: talks about himself.
c0 = c("Need forty round bales taken out to a station near Tibooburra. Mate's in a bad way with the drought.", None)
t1 = t("Can do. When does he need it, and where are the bales sitting?")
c1 = c("Yesterday. They're in my shed at Menindee. He runs out next week.", None)
t2_b = t("Forty rounds is one double out of Menindee. Is the station track dry? After rain those roads close and we can't get a truck in.")
c2_b = c("Dry as a bone. Been dry two years.", None)
t2_w = t("Forty rounds, easy. I carted hay up that way in the last big drought, nine runs in a month, hardly slept, the missus nearly left me. Could drive those roads blind. Best years of my life, really.")
c2_w = c("Right. Good for you. So can you do it next week or not?", None)
t3 = t("Monday or Tuesday. It's about 3,800 for the run, there and back empty.")
c3 = c("Thirty-eight hundred. He's skint, and so am I after feeding my own.", "no_money")
t4 = t("There's a drought freight subsidy that covers half for fodder. I'll send you the form tonight and put you down for Tuesday. You pay after the claim comes through.")
PAIRS.append(rpair(
    "b91r_f08_brokenhill_hay_roadtrain",
    "Road freight (road trains), Broken Hill NSW. A farmer sends donated hay to a drought-hit mate's station. Worse fault: the trucker talks about his own past instead of the job.",
    better=[c0, t1, c1, t2_b, c2_b, t3, c3, t4],
    worse=[c0, t1, c1, t2_w, c2_w, t3, c3, t4],
))

# f09 Brandon - bin moisture sensors. Fault: closes before checking it works.
c0 = c("My kid says there's moisture sensors for grain bins that talk to your phone. I've got an older aeration setup. Would that work?", None)
t1 = t("Could. What are you running now, a controller, or just manual switches on the fans?")
c1 = c("Manual switches. Fans are fifteen years old.", None)
t2 = t("The sensors work in any bin, they hang on a cable. The phone part needs cell signal at the yard. How's your signal out there?")
c2 = c("Two bars on a good day. Drops in the Quonset.", None)
t3_b = t("Two bars might do it, might not. Before you buy, I'll lend you a test unit for a week. Hang it in one bin and see if it reports. If it does, four bins is about 6,200.")
c3_b = c("Test first makes sense. Wouldn't want six grand of stuff that can't phone home.", None)
t3_w = t("Should be fine. Let's get your order in today for four bins, 6,200, and we'll have it out before harvest.")
c3_w = c("Six grand and you don't know if it'll get a signal? I'll hold off till I know.", "think_it_over")
PAIRS.append(rpair(
    "b91r_f09_brandon_bin_sensors",
    "Farm equipment dealer, Brandon, Manitoba. A farmer with weak cell signal asks whether phone-linked bin moisture sensors would work for him. Worse fault: takes the order before checking they will work.",
    better=[c0, t1, c1, t2, c2, t3_b, c3_b],
    worse=[c0, t1, c1, t2, c2, t3_w, c3_w],
))

# f10 Port Vila - day tour with parents. Fault: recommends before asking.
c0 = c("Hello, I'm here with my parents for five days. We want to do one day trip. What do you have?", None)
t1_b = t("Welcome to Vanuatu. Happy to help. What do your parents enjoy, and how are they with walking or boats?")
c1_b = c("Dad loves history, the war stuff. Mum has a bad hip, no rough boats, no climbing.", None)
t1_w = t("Welcome! You must do the Tanna volcano trip, best thing in Vanuatu. Fly down, climb up to the crater at sunset, amazing.")
c1_w = c("Climb? My mum has a bad hip. And Dad mostly loves the war history.", None)
t2 = t("Then the round-island tour by minibus suits better. It stops at the old WW2 sites and a small museum, and there's a cascade, but Mum can wait at the cafe at the bottom. Lunch included, seven hours.")
c2 = c("Seven hours is long for Mum. Is there something shorter?", None)
t3 = t("There's a half day, just the museum and the war sites on the north side, back by one. 7,500 vatu each.")
c3 = c("Half day is perfect. Can we go Wednesday?", None)
t4 = t("Wednesday is fine. Pickup 8:30 at your hotel, and I'll tell the driver to keep the front seat for your mum.")
PAIRS.append(rpair(
    "b91r_f10_portvila_day_tour",
    "Tour desk, Port Vila, Vanuatu. A visitor wants one day trip for her parents: a father keen on WW2 history and a mother with a bad hip. Worse fault: recommends a volcano climb before asking anything.",
    better=[c0, t1_b, c1_b, t2, c2, t3, c3, t4],
    worse=[c0, t1_w, c1_w, t2, c2, t3, c3, t4],
))
