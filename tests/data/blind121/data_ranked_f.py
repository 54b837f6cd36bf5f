"""b121 ranked pairs f01-f10: both sides share every turn except one fault in `worse`
(and the customer's reaction to it). Hand-written."""
from common import c, rpair, t

# f01 drops the price before asking anything
f1o = c("Hi, my landlord says I need tenant insurance before I move in on the first. How much is it?", None)
f1t2 = t("Thanks. For a basement unit I'd include sewer backup, and list the bike so it's covered in full. That comes to $19 a month. Want it sent so your landlord has proof by the first?")
f1c2 = c("Yeah, send it to me and I'll forward it.", None)
f1t3 = t("Done, it's in your inbox. Cover starts on the first at 12:01 a.m.")

# f02 over-promises delivery
f2o = c("Good day. NWC keep locking off the water in Granville, mi want a tank. Wha size unnu have?", None)
f2t1 = t("Good day. How many people in the house, and how long do the lock-offs usually last?")
f2c1 = c("Five of we. Sometimes two, three days. The last tank mi buy crack up in the sun after two years.", "bad_experience")
f2t2 = t("Five people, three days: a 600-gallon tank covers that with some to spare, J$68,000. This one is UV-stabilised, ten-year warranty. Where would it sit, on the roof or on the ground with a pump?")
f2c2 = c("On the roof, mi have a stand already. When yuh can deliver? Dem say lock-off again Friday.", None)
f2t4 = t("Let me take your name and number for the delivery slip.")

# f03 argues with the customer
f3o = c("Hi, I got a text saying I've used 90% of my data and it's only the 12th. I haven't done anything different.", None)
f3t1 = t("Let's figure it out. Okay if I open the usage breakdown on your line?")
f3c1 = c("Go ahead. But honestly, I barely use it.", None)
f3t3 = t("That's very likely: it restored over mobile data instead of wifi. I'll add a free 5-gig top-up this month and show you the setting to restore on wifi only.")
f3c3 = c("Okay. Thank you.", None)

# f04 doubts the customer's honesty
f4o = c("Morning. I want a loan, 40,000, to fix my roof before rainy season. I work at Point Lisas and I do catering on weekends.", None)
f4t1 = t("Morning. Roof before the rain, makes sense. What do you bring home monthly from the plant, and from the catering?")
f4c1 = c("Eleven thousand from the plant. Catering, about four thousand a month, more at Christmas.", None)
f4t3 = t("Good, then I can see the last six months from our side. You qualify for 40,000 over five years, about TT$880 a month. Shall I submit it today?")
f4c3 = c("Yes, submit it. Five years is long, but the roof can't wait.", None)
f4t4 = t("It goes to committee Thursday; I'll call you Friday with the answer either way.")

# f05 vague next step
f5o = c("Hi, our whale-watching trip this morning got cancelled for wind. We fly home Thursday. What happens now?", None)
f5t1 = t("Sorry about that, the strait was really rough. You can have a full refund or rebook. Do you have another free morning or afternoon before Thursday?")
f5c1 = c("Tomorrow afternoon, maybe. But if that gets cancelled too, I just want my money back.", None)
f5t2 = t("Fair. Tomorrow at 1:30 has room for both of you, and if the weather cancels it, you're refunded in full.")
f5c2 = c("Okay, let's try 1:30.", None)

# f06 unexplained jargon
f6o = c("Good evening. Mi grandchildren dem in Toronto, and when we video call, it freeze up. Somebody say fibre wi fix it?", None)
f6t1 = t("Good evening. It might. Is it only the video calls, or does TV streaming buffer too? And where is the router compared to where you sit?")
f6c1 = c("Only the calls, mostly. Router in the front room, mi sit out on the back veranda.", None)
f6t3 = t("Probably not yet. Try a wifi booster near the back door first, J$6,500; if the calls still freeze in two weeks, bring it back and we look at fibre.")
f6c3 = c("Alright, mi will try the booster.", None)

# f07 closes before checking the thing will work
f7o = c("Afternoon. After the last storm we were without current four days. I want a generator, something for the fridge, fans and maybe the AC.", None)
f7t1 = t("Afternoon. Four days is rough. How big is the AC, do you know the BTU? Anything else big, a freezer, a pump?")
f7c1 = c("One in the bedroom, 12,000 BTU I think. And a deep freezer. My neighbour's generator couldn't start his AC, so I'm worried.", "bad_experience")
f7t2 = t("Fridge, freezer, fans and one 12,000 AC: this 7,500-watt one should handle that, Bds$3,900. You'd also need a transfer switch put in by an electrician.")
f7c2 = c("That sound like what I need. Three-nine is fair.", None)
f7t4 = t("I'll write it up with the transfer switch and give you our electrician's number; he checks your panel before anything is wired.")

# f08 unasked lecture
f8o = c("Hi, um, where do you keep the nicotine patches? I'm trying to quit. Again.", None)
f8t1 = t("Right over here, and good for you. How much do you smoke a day, so we pick the right strength?")
f8c1 = c("About a pack. Twenty.", None)
f8t3 = t("That's common. Take the patch off at bedtime and the dreams usually stop, and a piece of gum covers the first craving in the morning. Want me to write out the step-down?")
f8c3 = c("Sure. I'll skip the gum though, the patches are already forty bucks.", "too_expensive")

# f09 talks about themselves instead of the customer
f9o = c("Hello, we're two birders from Halifax coming to Tobago in February. We want somewhere quiet near the Main Ridge forest.", None)
f9t1 = t("Welcome! How many nights, and would you have a car, or want a guide to pick you up?")
f9c1 = c("Eight nights. We'd rather not drive on the left, honestly.", None)
f9t3 = t("Our guide, Desmond, picks guests up at 6 a.m. and knows where the sabrewing feeds. Eight nights in February is US$95 a night. Shall I send the booking link?")
f9c3 = c("Let us check with friends who stayed in Castara last year first. We'll email you this week.", "think_it_over")
f9t4 = t("Of course. I'll hold February 10 to 18 for you until Friday, no deposit.")

# f10 recommends before asking
f10o = c("Hi, I run an online shop selling hockey sticks and tape out of Calgary. I'm looking at courier options.", None)
f10t2 = t("Five-foot sticks change things: many couriers charge oversize on anything over four feet. Our standard rate covers up to six feet without oversize, and at forty a week, two pickups a week is plenty.")
f10c2 = c("That's the thing, the oversize fees are killing me with my current courier.", None)
f10t3 = t("Then let me price last month's shipments at our rates so you can compare line by line. Can you send me that invoice?")
f10c3 = c("Sure, tonight. Just so you know, I'm not signing anything long-term, I got locked in once before.", "bad_experience")

PAIRS = [
rpair("b121r_f01_dartmouth_tenantinsurance", "Insurance (phone), Dartmouth NS: a renter needs tenant insurance before moving in. Worse drops the price before asking anything.",
 [f1o, t("Sure, I can quote you. Apartment or house, and roughly what are your things worth, furniture, laptop, bike?"),
  c("Basement apartment. Not much stuff, maybe ten grand, and a good bike, like three thousand.", None), f1t2, f1c2, f1t3],
 [f1o, t("Sure! It's normally about $25 a month, but I can knock 20% off right now, so don't worry about price. Apartment or house, and what are your things worth?"),
  c("Oh. Um, why, is it normally overpriced? Basement apartment, maybe ten grand of stuff, and a good bike, like three thousand.", None), f1t2, f1c2, f1t3]),

rpair("b121r_f02_montegobay_watertank", "Hardware store, Montego Bay JM: a water tank before a lock-off. Worse over-promises delivery.",
 [f2o, f2t1, f2c1, f2t2, f2c2,
  t("The truck goes to Granville Thursday and Saturday. Thursday is likely, but I only know once the load is set tomorrow morning. I'll call you by ten either way."),
  c("Alright, that fair. Mi wi wait fi yuh call.", None), f2t4],
 [f2o, f2t1, f2c1, f2t2, f2c2,
  t("No problem at all, mi guarantee it reach you tomorrow first thing, and we hook it up for you too."),
  c("Tomorrow? Good, good. Mi will take the day off work fi it.", None), f2t4]),

rpair("b121r_f03_winnipeg_datausage", "Telecom (phone), Winnipeg MB: data nearly used up by the 12th. Worse argues with the customer.",
 [f3o, f3t1, f3c1,
  t("I believe you. Most of it went on the 8th and 9th, about 6 gigs overnight while the phone sat idle. Did anything change around then?"),
  c("The 8th... I got my new phone. Oh. Was it restoring my photos?", None), f3t3, f3c3],
 [f3o, f3t1, f3c1,
  t("Well, the data doesn't lie: 6 gigs on the 8th and 9th. Phones don't use data by themselves, somebody was using it."),
  c("I'm not making it up, I was asleep. Wait, the 8th... I got my new phone. Was it restoring my photos?", None), f3t3, f3c3]),

rpair("b121r_f04_couva_roofloan", "Credit union branch, Couva TT: a roof loan with weekend catering income. Worse doubts the member's honesty.",
 [f4o, f4t1, f4c1,
  t("Thanks. For the catering I'll need six months of records, deposits or invoices, because the committee only counts documented income."),
  c("I have the deposits, everything go into my account here.", None), f4t3, f4c3, f4t4],
 [f4o, f4t1, f4c1,
  t("Four thousand from catering? Hmm. Everybody says that. I'll need proof, a lot of people inflate side income."),
  c("Inflate? Everything go into my account right here, you could see it yourself.", None), f4t3, f4c3, f4t4]),

rpair("b121r_f05_victoria_whalewatch", "Tour operator (phone), Victoria BC: a trip cancelled for wind. Worse leaves a vague next step.",
 [f5o, f5t1, f5c1, f5t2, f5c2,
  t("Booked. The forecast is better; if we do cancel, you'll get a text by 10 tomorrow morning and the refund on your card within five days."),
  c("Perfect, that's clear. Thanks.", None)],
 [f5o, f5t1, f5c1, f5t2, f5c2,
  t("Booked. If anything changes with the weather, we'll let you know."),
  c("When, though? We need to plan the day. And how does the refund work?", None)]),

rpair("b121r_f06_portmore_homewifi", "Telecom store, Portmore JM: a grandfather's video calls freeze. Worse uses unexplained jargon.",
 [f6o, f6t1, f6c1,
  t("Then the trouble may be distance, not the service: the wifi gets weak through the walls out to the veranda. A small booster could fix it without changing your plan."),
  c("Oh, so mi nuh need the fibre?", None), f6t3, f6c3],
 [f6o, f6t1, f6c1,
  t("Then it's likely RSSI degradation on 5 GHz through the walls; you could add a mesh node, or we move you to GPON with a dual-band ONT."),
  c("Mi nuh understand none of that. Mi need the fibre or not?", None), f6t3, f6c3]),

rpair("b121r_f07_wildey_generator", "Hardware store, Wildey BB: a generator for storm outages. Worse closes before checking it will run the AC.",
 [f7o, f7t1, f7c1, f7t2, f7c2,
  t("Before you pay: is the AC an inverter type? Older ones pull a big surge on start-up, and that changes the size. Do you have a photo of its label?"),
  c("I have one on my phone... yes, it says inverter.", None), f7t4],
 [f7o, f7t1, f7c1, f7t2, f7c2,
  t("Great, let's ring it up now, and I'll throw in the first oil change."),
  c("Okay, ring it up. I hope it go handle the AC.", None), f7t4]),

rpair("b121r_f08_london_nicotinepatch", "Pharmacy, London ON: a smoker trying to quit again. Worse gives an unasked lecture.",
 [f8o, f8t1, f8c1,
  t("Then the 21 mg patch is the usual start, stepping down over about ten weeks. What happened last time, if you don't mind me asking?"),
  c("The patch gave me weird dreams, so I quit using it after a week.", None), f8t3, f8c3],
 [f8o, f8t1, f8c1,
  t("Then the 21 mg patch. You know a pack a day costs you over $5,000 a year, and every cigarette takes minutes off your life. You really have to want it this time. What happened last time?"),
  c("I know all that, thanks. The patch gave me weird dreams, so I quit after a week.", None), f8t3, f8c3]),

rpair("b121r_f09_tobago_guesthouse", "Guesthouse (phone), Castara, Tobago TT: two birders from Halifax. Worse talks about the owner instead of the guests.",
 [f9o, f9t1, f9c1,
  t("Then Castara suits you: twenty minutes from the ridge, and a local guide collects guests before dawn for the morning birds. Which birds are you hoping to see?"),
  c("The white-tailed sabrewing, mostly. We missed it in 2019.", None), f9t3, f9c3, f9t4],
 [f9o, f9t1, f9c1,
  t("Castara is perfect. I opened this guesthouse in 2011 after twenty years in London, renovated it myself, and my cousin's restaurant next door was in a magazine last year."),
  c("Oh, lovely. We're after the white-tailed sabrewing, mostly. But how do we get to the ridge without a car?", None), f9t3, f9c3, f9t4]),

rpair("b121r_f10_calgary_courier", "Courier sales (phone), Calgary AB: an online hockey shop compares couriers. Worse recommends before asking.",
 [f10o, t("Great. What does a typical week look like: how many parcels, how big, and where to?"),
  c("Around forty a week. Mostly small, but sticks are long, five feet. Mostly Alberta and BC, a few to the States.", None), f10t2, f10c2, f10t3, f10c3],
 [f10o, t("Perfect, you'll want our Business Plus contract: $300 a month flat with daily pickup. That's what most online shops go with."),
  c("Hang on, I don't know if I need daily pickup. It's around forty a week, mostly small, but sticks are five feet. Mostly Alberta and BC, a few to the States.", None), f10t2, f10c2, f10t3, f10c3]),
]
