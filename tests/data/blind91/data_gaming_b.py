"""Gaming pairs, file b (b91). Written by hand for blind91."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - Fairbanks community health clinic
o = c("Hi, I need to see someone about my blood pressure pills. I run out Friday and I'm heading out to the village Monday for two months.", None)
PAIRS.append(gpair(
    "b91g_fairbanks_clinic_refill", "community health clinic, Fairbanks, Alaska (phone)", "ignored_customer",
    "A patient runs out of blood pressure medicine on Friday and leaves for a remote village on Monday; she has morning dizziness.",
    good=[
        o,
        t("Okay, out Friday and gone Monday for two months. Which medicine is it, and who prescribed it?"),
        c("Lisinopril. Dr. Patel, but I think she left.", None),
        t("She did, yes. One of our nurse practitioners can see you and renew it. Any dizziness or headaches lately?"),
        c("Bit dizzy in the mornings. I figured it's the cold.", None),
        t("Worth telling the NP, it might be the dose. I can get you in Thursday so there's time to fill it, and I'll ask for a ninety-day supply since you're away two months. Is there someone in the village who can check your pressure?"),
        c("There's the health aide. Thursday's hard though, I work till noon.", "no_time"),
        t("Then Thursday 1:40, the last slot before Friday. I'll put the dizziness and the ninety-day request on the booking so they're ready for you."),
        c("Good. Thank you.", None),
    ],
    gaming=[
        o,
        t("Great, thanks for calling. So tell me, how are you feeling about your health journey overall?"),
        c("Fine. I just need the refill before Monday. I'm gone two months.", None),
        t("Got it. What's your date of birth?"),
        c("March 3, 1961. Can I get in this week?", None),
        t("Thank you. Our next routine appointment is the 28th. How does that work for you?"),
        c("The 28th? I said I leave Monday. I'll be in the village.", "no_time"),
        t("Okay. And is there anything else going on health-wise you'd like us to know?"),
        c("I get dizzy in the mornings.", None),
        t("Thanks for sharing. So I'll pop you in for the 28th and they'll go through everything then. Anything else?"),
        c("Did you hear anything I said? Put me through to the nurse line.", None),
    ],
))

# 12 repeated_questions - Apia bank, taxi loan
o = c("Talofa. I want to ask about a loan for a second taxi. I drive one already, my son will drive the other.", None)
PAIRS.append(gpair(
    "b91g_apia_taxi_loan", "rural and small-business bank branch, Apia, Samoa", "repeated_questions",
    "A taxi driver wants to borrow for a second car for his son; income swings with the cruise ship season and a past loan was hard on the family.",
    good=[
        o,
        t("Talofa. Good that you already run one. How long have you driven it, and is it paid off?"),
        c("Six years. Paid off two years ago. I bank here already.", None),
        t("That helps. Roughly what does the taxi bring in a week, after fuel?"),
        c("Good week 600 tala, bad week 350. Depends on the cruise ships.", None),
        t("So it moves with the ship season. What would the second car cost, and how much can you put in yourself?"),
        c("Toyota from Japan, about 28,000 landed. I have 8,000 saved. But I don't want big repayments in the quiet months.", None),
        t("Makes sense. We have a loan where repayments drop in the off-season, about 20,000 over four years. I'll work out the numbers for a good month and a quiet month so you can see them before you decide."),
        c("Ioe, please. I will talk with my wife also.", "think_it_over"),
        t("Of course. Bring her in if she wants. I'll have the figures ready Wednesday, with the list of papers we need."),
        c("Fa'afetai. Wednesday.", None),
    ],
    gaming=[
        o,
        t("Talofa! Great. So tell me, what's your goal with this loan?"),
        c("A second taxi. My son will drive it.", None),
        t("Lovely. And what are you hoping this loan will help you achieve?"),
        c("More income for the family. But not big repayments. The last loan, for the fale, it was very hard for us.", "bad_experience"),
        t("I hear you. So what is the purpose of the borrowing today?"),
        c("The taxi. I said already.", None),
        t("Great, thank you. And in your own words, what would you use the funds for?"),
        c("Aue, are you listening? I think I come back when Mele is working.", None),
        t("Of course. Before you go, what's the main reason you came in today?"),
        c("Tofa.", None),
    ],
))

# 13 wrong_paraphrase - Dubbo boundary fence
o = c("Need to replace about a k of boundary fence the flood took out. Neighbour's cattle keep wandering in.", None)
PAIRS.append(gpair(
    "b91g_dubbo_flood_fence", "rural merchandise and fencing supplies, Dubbo NSW", "wrong_paraphrase",
    "A sheep farmer needs wire for a kilometre of flood-damaged boundary fence; the posts survived; he is waiting on a disaster payment.",
    good=[
        o,
        t("The flood got a few round here. What was there before, plain wire, barb, ringlock?"),
        c("Ringlock with a barb on top. Posts are mostly fine. It's the wire that's gone.", None),
        t("So posts are okay, it's a kilometre of ringlock plus a barb. Is it the neighbour's cattle you need to hold, or your sheep as well?"),
        c("Both. My ewes one side, his steers the other.", None),
        t("Then I'd stay with ringlock, plus one barb on top for the cattle. For a k that's five rolls of ringlock and two of barb, about 2,900. Has the neighbour said he'll go halves, being a boundary?"),
        c("He'll go halves. Still a fair bit. I'll wait on the disaster payment first.", "no_money"),
        t("Makes sense. I'll write the quote in both your names so you can both use it, and hold the price thirty days. If the payment's slow, ring me and we'll sort something."),
        c("Righto. Chuck it in an email.", None),
    ],
    gaming=[
        o,
        t("Sounds rough. So what I'm hearing is you're after a whole new fencing system, posts, wire, the lot, to keep your cattle in. Is that fair?"),
        c("No. Posts are fine. And they're his cattle, not mine.", None),
        t("Got it, so you're saying the posts are old and you want to upgrade to steel. Did I get that right?"),
        c("Didn't say that either. It's the wire. Ringlock.", None),
        t("Perfect, so you want to move off ringlock to electric, a lot of guys are doing that. Help me understand, how many energisers?"),
        c("Mate, I don't want electric. Tried it. Roos flattened it in a week.", "bad_experience"),
        t("Okay, so what you're telling me is you want something roo-proof, which is our exclusion fence, about eleven grand a k. Did I understand you right?"),
        c("Eleven grand? I want ringlock, not the Great Wall of China. I'll try the co-op.", "too_expensive"),
    ],
))

# 14 pitch_to_upset - Invercargill vet, dog put down
o = c("Hi, it's Karen Boyd. We had Max put to sleep yesterday. I'm... sorry. I'm ringing about getting his ashes back.", None)
PAIRS.append(gpair(
    "b91g_invercargill_vet_ashes", "veterinary clinic, Invercargill NZ (phone)", "pitch_to_upset",
    "A grieving owner rings the day after her old dog was euthanised, to arrange the return of his ashes.",
    good=[
        o,
        t("Karen, I'm so sorry about Max. Take your time. I can sort the ashes for you."),
        c("Thanks. He was fourteen. The kids are gutted.", None),
        t("Fourteen years is a long time with a dog. Were you wanting his ashes in a box to keep, or were you thinking of scattering or burying them?"),
        c("We want to bury them under his tree at the farm. Does that matter?", None),
        t("Then the plain tube is simplest, and it's already covered by what you paid. They're usually back within ten days. I'll ring you myself when they're here, and if someone else is picking up, just tell me who."),
        c("My husband'll get them. Is there anything more to pay?", None),
        t("No, nothing. And we took a paw print yesterday for the kids, if you'd like it. I'll put it in with the ashes."),
        c("Oh. They'd love that. Thank you.", None),
    ],
    gaming=[
        o,
        t("Oh, I'm so sorry for your loss, I really understand how you feel. We can absolutely help. Have you had a look at our memorial range? The cedar urns with the engraved plaque are really popular."),
        c("I... we were going to bury him at the farm.", None),
        t("Lovely. We actually do a keepsake package, urn, photo frame and a paw print cast, it's 289. Families say it really helps with the grieving process."),
        c("I don't think we need all that.", "no_need"),
        t("Totally hear you. And when you're ready, no pressure at all, we have a puppy wellness plan with our breeder partner in Gore. A lot of families find a new pup really helps the kids."),
        c("He died yesterday.", None),
        t("Of course, of course. I'll pop a brochure in with the ashes. Can I just check, did you want the standard return or the premium with the keepsake?"),
        c("Just the ashes. Please.", "no_need"),
    ],
))

# 15 blame - Moose Jaw fixed wireless (chat)
o = c("internet down since yesterday at the farm office. light on the box is red", None)
PAIRS.append(gpair(
    "b91g_moosejaw_wireless_outage", "rural fixed wireless internet provider, Moose Jaw, Saskatchewan (chat)", "blame",
    "A farmer at harvest has lost internet after a windstorm and a power cut; he has a bad back and cannot go on the roof.",
    good=[
        o,
        t("Sorry about that. Red light on the box inside, or on the receiver up on the roof?"),
        c("box inside. in the office", None),
        t("Ok. Did anything happen yesterday or the night before, storm, power flicker, anything moved?"),
        c("big wind night before. power was out an hour", None),
        t("That lines up. Wind can knock the dish out of line, and a power cut can lock up the box. Can you unplug the box's power for 30 seconds and plug it back in?"),
        c("did that. still red. cant go up on the roof, bad back", None),
        t("Don't go up. I'll book a tech to realign it, earliest is Thursday morning, no charge since it's weather. Want me to ask the tower crew if they can swing by sooner?"),
        c("thursday's a long time with harvest on. yes try", None),
        t("Will do. I'll text you by 3 today either way."),
        c("ok thx", None),
    ],
    gaming=[
        o,
        t("Thanks for reaching out, I understand how frustrating that is. Have you been unplugging the box at night? A lot of customers do and it causes exactly this."),
        c("no. never touched it", None),
        t("Ok. Has anything been put near the dish? Usually red means something's in the line of sight, like a new grain bin or a tree."),
        c("the bins have been there 20 years. it was working tuesday", None),
        t("Got it. Sounds like it's probably on your side then, maybe the wiring in your office. A tech visit is 125 if it's customer equipment."),
        c("125 to fix your thing? no way", "too_expensive"),
        t("I understand. Maybe the wind moved the dish, but honestly if it wasn't mounted properly by whoever installed it, that's not on us."),
        c("YOU installed it. 6 years with you and this is the 3rd time", "bad_experience"),
        t("I hear you, and I appreciate your loyalty. How satisfied are you with your service overall?"),
        c("not. cancel me. ill go satellite", None),
    ],
))

# 16 monologue - Nuku'alofa whale swim
o = c("Hi, we're in Tonga for a week. My wife wants to swim with the whales but I'm not a strong swimmer.", None)
PAIRS.append(gpair(
    "b91g_nukualofa_whale_swim", "whale-swim tour operator, Nuku'alofa, Tonga", "monologue",
    "A visiting couple: she wants to swim with whales, he is nervous in water after panicking once while snorkelling.",
    good=[
        o,
        t("Mālō e lelei, welcome. When you say not strong, can you float with a vest and a snorkel, or is the water a worry in general?"),
        c("With a vest, fine. I just can't do long swims.", None),
        t("That's okay. Our guides put four in the water at a time and you can hold the float line, nobody swims far. Have you snorkelled before?"),
        c("Once, in Fiji. Got panicky and climbed back in the boat.", "bad_experience"),
        t("Thanks for telling me. Then come on the boat and decide on the day: stay on board and watch, or go in with a guide right beside you. Swimmers are 450 pa'anga each, and if we don't see whales you come again free."),
        c("450 each, hmm. If I only watch, is it cheaper?", "too_expensive"),
        t("Observers are 200. Book as an observer and you can upgrade on the boat if you feel like it. What day suits? We go every day except Sunday."),
        c("Thursday then. One swimmer, one maybe.", None),
    ],
    gaming=[
        o,
        t("Mālō e lelei! Oh, you are going to love it, honestly the experience of a lifetime. We leave at seven, the boat is eleven metres, very stable, morning tea and fruit, the guides all certified. The whales come up from Antarctica to have their calves, July to October, the mothers are very calm, so no worries at all. Everybody is fine."),
        c("Right, but I'm not really a swimmer.", None),
        t("No problem at all! Fins, masks, wetsuits, we have everything. We also have the sunset cruise and the lunch package on Pangaimotu, beautiful island, so many guests do whales in the morning and the island in the afternoon, great value. And the game fishing boat another day. Does that sound like the experience you need?"),
        c("I was asking about the swimming.", None),
        t("Of course, of course. Whales, yes. So the swimming is very easy, you just float, the guide says when to go in, the most amazing feeling, people cry, really. It's 450 each, or the combo with the island is 650 each, most couples take the combo. Shall I book you both for tomorrow?"),
        c("I don't think I'm going in. Last time I snorkelled I nearly drowned.", "bad_experience"),
        t("Ah, that happens to many people, but this is different, the guides are the best, you'll be totally fine. So two swimmers, the combo, tomorrow?"),
        c("I'll talk to my wife. We'll come back.", "think_it_over"),
    ],
))

# 17 closing_as_open_question - Brandon credit union operating line
o = c("I'm looking at whether I can get an operating line for spring. My bank's dragging its feet.", None)
PAIRS.append(gpair(
    "b91g_brandon_operating_line", "credit union agricultural lending, Brandon, Manitoba", "closing_as_open_question",
    "A grain farmer is frustrated with his bank and asking whether a spring operating line is possible here; switching banks once went badly for him.",
    good=[
        o,
        t("Happy to look. What's the line mostly for, seed and fertilizer, fuel, all of it?"),
        c("Seed, fert, chem. About 2,200 acres, canola and wheat.", None),
        t("And how much were you thinking, and by when?"),
        c("Around 400 grand. Need it by mid-April for the fert prepay.", None),
        t("Okay. What's the hold-up with your bank, if you don't mind me asking? Helps me not repeat it."),
        c("They want a new land appraisal. Thing is, I switched banks once before and it was a nightmare. Three months of paperwork.", "bad_experience"),
        t("Fair worry. If your last appraisal is under two years old we can use it, and with three years of financials we usually decide in three weeks. Mid-April works if we start by early March. I'll send the document list today and you decide whether it's worth the switch."),
        c("Three weeks I can live with. Send the list.", None),
        t("Will do. I'll put our rate and fees on one page next to what you're paying now, so you can compare straight."),
        c("Good. I'll run it past my accountant.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Great to meet you. So what would it take for you to move your banking over to us today?"),
        c("Today? I just wanted to know if it's even possible.", "think_it_over"),
        t("Of course. And what's stopping you from signing the application now, while you're here?"),
        c("I don't have my financials with me, for one.", None),
        t("No problem, we start it and you bring them in. How would you like the line structured, 400, or round it to 500 for flexibility?"),
        c("I haven't decided anything. Last time I switched banks it was a nightmare.", "bad_experience"),
        t("Totally understand. So what would make this the easiest decision you make this spring? If I waive the setup fee, when can we book the appraisal?"),
        c("You're not hearing me. Send me the rates and I'll look at them.", "brush_off"),
    ],
))

# 18 pitch_as_paraphrase - Gisborne trailer bearing
o = c("Gidday. Wheel bearing on the boat trailer's making a racket. Heading up to Tolaga Bay Saturday.", None)
PAIRS.append(gpair(
    "b91g_gisborne_trailer_bearing", "boat and trailer repair workshop, Gisborne NZ", "pitch_as_paraphrase",
    "A man with a small aluminium boat needs a noisy trailer wheel bearing fixed before a Saturday trip.",
    good=[
        o,
        t("Right, Saturday's close. Which side, and is the hub hot after a drive?"),
        c("Left. Hot, yeah. Burnt my hand on it.", None),
        t("That bearing's on its way out. Do you dunk the trailer in salt water when you launch?"),
        c("Every time. It's a boat trailer, mate.", None),
        t("Fair. The salt gets in. I'd do bearings and seals on both sides, about 240 with labour, done Thursday. Bearing protectors on top are another 60, they help keep the water out, up to you."),
        c("Skip those. Had them on the last trailer, didn't make a blind bit of difference.", "bad_experience"),
        t("No worries, bearings and seals only. Drop it Thursday morning, ready by three, and I'll ring if I find anything worse in the hub."),
        c("Thursday's good.", None),
    ],
    gaming=[
        o,
        t("Gidday. Okay, so what I'm hearing is you want a full trailer refurb before summer, new hubs, bearings, brakes, galv touch-up, is that right?"),
        c("No. One bearing. Left side.", None),
        t("Sure, so you're saying you want it done properly, which means our Marine Trailer Service package at 890. Did I get that right?"),
        c("Eight-ninety? I'm saying the bearing's noisy.", "too_expensive"),
        t("Totally, noise is a safety thing, so what you need is brakes as well, you might legally need them at your weight. Fair summary?"),
        c("It's a four-and-a-half metre tinny. It weighs nothing.", "no_need"),
        t("Great, so what I'm hearing is you value getting it right, so I'll book you in for the package Friday?"),
        c("Friday's too late. I'll do the bearing myself.", "no_time"),
    ],
))

# 19 upsell_as_loop_closing - Fairbanks fishing licence
o = c("Need a fishing license. Resident. Going after grayling on the Chena this weekend.", None)
PAIRS.append(gpair(
    "b91g_fairbanks_fishing_license", "sporting goods store selling fishing licences, Fairbanks, Alaska", "upsell_as_loop_closing",
    "A local man renewing a lapsed resident fishing licence for a weekend of grayling fishing; he has all his gear.",
    good=[
        o,
        t("Sure. Have you had a resident license before? Lived here over a year?"),
        c("Born here. Just let it lapse last year.", None),
        t("Easy then, resident sport fishing is 29. Are you keeping grayling or letting them go? Part of the Chena is catch and release only, I can show you on the map."),
        c("Release mostly. Show me, yeah.", None),
        t("Here. Above this bridge is release only, below it you can keep a few. Need anything for the trip, or are you set?"),
        c("Set. Got everything in my dad's garage.", "no_need"),
        t("Then here's your license, 29. Tight lines."),
        c("Thanks.", None),
    ],
    gaming=[
        o,
        t("Awesome. License done, 29. Now just to close the loop, what else can I add to set you up for success, king salmon stamp?"),
        c("It's grayling. Don't need a king stamp.", "no_need"),
        t("Got it. What else can I get you? We've got the new ultralight rods, perfect for grayling."),
        c("Got a rod.", "no_need"),
        t("Perfect. And to round out the experience, what else can I add, bug dope, a head net? Mosquitoes on the Chena are brutal."),
        c("It's September. They're gone.", "no_need"),
        t("Ha, true. Last thing, what else can I help you with? Our Anglers Club is 40 a year and gets you ten percent off."),
        c("Just the license. I'm in a hurry.", "no_time"),
        t("For sure. Anything else at all?"),
        c("No.", "brush_off"),
    ],
))

# 20 leading_tag_questions - Broken Hill outback tour
o = c("We're driving through to Adelaide. Got one day in Broken Hill. Wondering about a tour out to Silverton or the Mundi Mundi.", None)
PAIRS.append(gpair(
    "b91g_brokenhill_silverton_tour", "outback tour operator, Broken Hill NSW", "leading_tag_questions",
    "A woman travelling with her husband and her 84-year-old mother, who tires easily and loved Mad Max, has one day in town.",
    good=[
        o,
        t("One day's enough for a good taste. Who's in the car, and are you after history, landscape, the film stuff?"),
        c("Me, my husband and Mum, she's 84. She loved Mad Max, weirdly. Can't walk far.", None),
        t("Then Silverton could be perfect, there's the Mad Max museum and the pub, not much walking, and the Mundi Mundi lookout's just past it for sunset. Would she manage a couple of hours in a minibus, or is your own car easier?"),
        c("Own car's easier. She needs her cushion and toilet stops.", None),
        t("Then honestly you don't need a tour. It's 25 minutes on a sealed road and you can go at her pace. I'll give you a map with the toilets marked. I do a private drive-along for 180 if you want a guide, but I wouldn't push it."),
        c("Oh. That's honest. We'll just go ourselves then.", "no_need"),
        t("Good on you. Leave Silverton about six for the sunset. Enjoy."),
        c("Will do. Thanks, love.", None),
    ],
    gaming=[
        o,
        t("Oh, you'll want the full-day Silverton and Mundi Mundi tour, won't you? Everyone does."),
        c("Maybe. My mum's 84. Is there much walking?", None),
        t("Not much. She'll be fine, won't she? And you'd want the sunset dinner add-on too, surely?"),
        c("She gets tired by five.", None),
        t("Sure, but you don't come all this way and miss the sunset, do you? It's the highlight, isn't it?"),
        c("I don't know. How much?", None),
        t("Three-sixty each with dinner. Worth it for a once in a lifetime trip, isn't it?"),
        c("Over a grand for the three of us? I'll have to think about it.", "think_it_over"),
        t("Of course, but you'd hate to miss out, wouldn't you? Spots are filling up."),
        c("We'll just drive out ourselves.", "no_need"),
    ],
))
