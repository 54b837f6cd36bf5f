"""Ranked pairs f01-f10 (b200): both sides share every turn except one fault in `worse` and the customer's
reaction to it. Shared turns are the same Python objects. Written by hand."""
from common import c, t, rpair

PAIRS = []

# ---------------------------------------------------------------- f01: argues with the customer
o = c("Hi, I had my Golf serviced here on Tuesday and you fitted two new front tyres. Since then it pulls to the left on the motorway. It never did before.", None)
t1 = t("Sorry about that. Does it pull all the time, or mostly when you brake, or only on certain roads?")
c1 = c("All the time on the M27. I have to hold the wheel slightly to the right.", None)
b_t2 = t("That shouldn't happen after new tyres. It could be a tyre with a slight internal fault, or the tracking knocked out during fitting. We'll check it free, today if you can.")
b_c2 = c("I can bring it in at lunch, about one.", None)
w_t2 = t("Honestly, that's very unlikely. We checked the tracking when we fitted them, and new tyres don't make a car pull. It'll be the camber of the road.")
w_c2 = c("It's not the road, I drive the M27 every day. Are you saying I'm imagining it? I can bring it at one and you can see for yourself.", None)
t3 = t("Bring it at one and we'll swap the front tyres side to side and recheck the alignment. If it's down to us, there's no charge.")
c3 = c("Okay. See you at one.", None)
t4 = t("Ask for Sam at the desk, I'll keep a bay free.")
PAIRS.append(rpair(
    "b200r_f01_southampton_tyrepull",
    "Service centre, Southampton, UK. A driver says his car pulls left since new front tyres were fitted at his service. Fault in worse: the trainee argues with the customer.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# ---------------------------------------------------------------- f02: doubts the customer's honesty
o = c("Hi, my F-150's transmission started slipping between second and third, and it's got 58,000 miles. I'm still under the powertrain warranty, right?", None)
t1 = t("Sounds like you are, powertrain is five years or sixty thousand. When did you first notice it, and has the check engine light come on?")
c1 = c("About two weeks ago. Light came on yesterday. I've got all my service records from the dealer in Plano.", None)
b_t2 = t("Good, the records help a lot. We'll run a diagnostic to confirm the fault and the code; if it's a warranty item, there's no charge to you.")
b_c2 = c("And if it's not covered? I can't afford a transmission right now, not with the baby coming.", "no_money")
w_t2 = t("Okay. Just so you know, we see a lot of folks who've been towing over the limit and then want warranty. You haven't been towing something heavy and not telling us, have you?")
w_c2 = c("Excuse me? I pull a bass boat twice a year, way under the limit. I've got nothing to hide. And if it's not covered, I can't afford a transmission anyway.", "no_money")
t3 = t("Understood. We'll read the transmission data; if it's covered, Ford pays, and if any part isn't, I'll call you with a price before we do anything. Can you drop it Monday?")
c3 = c("Monday works. My brother can give me a ride.", None)
t4 = t("Perfect. If it needs to stay more than a day, I'll set you up with a loaner.")
PAIRS.append(rpair(
    "b200r_f02_dallas_transmission",
    "Ford dealership service department, Dallas, Texas, US. A truck owner near the end of his powertrain warranty reports a slipping transmission. Fault in worse: the trainee doubts the customer's honesty.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# ---------------------------------------------------------------- f03: drops the price before asking anything
o = c("Hello, this white Swift, 2020. What is the price?", None)
b_t1 = t("It's listed at 5.45 lakh. Is it for you, and what will you mainly use it for?")
b_c1 = c("For me. Daily office, Vijay Nagar to Pithampur, 30 km one side.", None)
w_t1 = t("Listed at 5.45, but for you I can make it 5.15 straight away. Final.")
w_c1 = c("5.15 already, without me asking? Then what is the problem with the car? Anyway, it is for my daily office, Vijay Nagar to Pithampur, 30 km one side.", None)
t2 = t("It's a one-owner car, 42,000 km, full service history at the Maruti workshop; I'll show you the book. For 60 km a day it suits you well, it gives around 18 in mixed driving. Would you like to take it on the bypass?")
c2 = c("Yes, test drive. But honestly, I saw a similar one on Cars24 for 5 lakh.", "too_expensive")
t3 = t("Then compare the kilometres and service records side by side. After the drive, if you like it, we'll talk price.")
c3 = c("Okay, fair. Let's go.", None)
PAIRS.append(rpair(
    "b200r_f03_indore_usedswift",
    "Pre-owned car lot, Indore, India. A commuter asks the price of a used hatchback. Fault in worse: the trainee drops the price before asking anything.",
    better=[o, b_t1, b_c1, t2, c2, t3, c3],
    worse=[o, w_t1, w_c1, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f04: an unasked lecture
o = c("Alright, I've been told my back tyre's bald. Can you swap it? I've got a job interview in Warrington at two.", None)
t1 = t("Course. Let's have a look. Yep, 1.2 millimetres on the inside edge, that needs doing. Do you know the size, or shall I check?")
c1 = c("No idea, it's a 2014 Clio.", None)
b_t2 = t("I'll check it on the wheel now. It's about twenty-five minutes, so you'll make Warrington fine.")
b_c2 = c("Brilliant. How much are we talking?", None)
w_t2 = t("I'll check. But honestly, you know you could've been fined two and a half grand and got three points for that? Per tyre. And your stopping distance in the wet goes right up, people don't realise. You really need to check them every month with a twenty pence piece, it's basic stuff.")
w_c2 = c("Yeah, alright, I'm here now, aren't I? Just tell me how much.", None)
t3 = t("Budget one's fifty-two fitted, mid-range sixty-eight. For your mileage the budget one's fine.")
c3 = c("Budget, then. Money's tight till I get this job, ha.", None)
t4 = t("Good luck with the interview. Have a seat, I'll shout when it's done.")
PAIRS.append(rpair(
    "b200r_f04_liverpool_baldtyre",
    "Tyre shop, Liverpool, UK. A young driver needs a bald rear tyre replaced before a job interview. Fault in worse: an unasked lecture.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# ---------------------------------------------------------------- f05: a vague next step
o = c("Hi, it's Dana Morales. My CX-5's been with you eleven days now and the rental runs out Friday. What's going on?", None)
t1 = t("Hi Dana, sorry for the wait. Let me pull it up. The repair's done except the rear bumper cover and one sensor bracket; both are backordered from Mazda.")
c1 = c("Backordered until when? I can't pay for a rental out of my own pocket.", None)
t2 = t("Your insurer pays the rental while the car's here waiting on parts. I'll send them the backorder notice today so they extend it.")
c2 = c("Okay, that helps. So when do I get my car back?", None)
b_t3 = t("Mazda's date for both parts is next Wednesday. I'll call you Wednesday by noon whether they've arrived or not, and if they're in, you'll have the car Thursday evening.")
b_c3 = c("Okay. Wednesday noon, I'll wait for your call.", None)
w_t3 = t("Honestly, it depends on Mazda. As soon as we hear something, we'll let you know.")
w_c3 = c("'We'll let you know' is what you said last week. I need an actual date.", None)
PAIRS.append(rpair(
    "b200r_f05_boston_partsdelay",
    "Collision repair shop, Boston, Massachusetts, US. A customer whose car has waited eleven days for parts asks when she'll get it back. Fault in worse: a vague next step.",
    better=[o, t1, c1, t2, c2, b_t3, b_c3],
    worse=[o, t1, c1, t2, c2, w_t3, w_c3],
))

# ---------------------------------------------------------------- f06: over-promises
o = c("Hi, I'm taking delivery of my MG ZS EV next Saturday. I live in a DLF society, Phase 5. How soon can you install the home charger?", None)
t1 = t("Congratulations! Is your parking slot close to your flat's meter, or does the cable have to run from the meter room?")
c1 = c("Meter room is in the basement, near my slot. Maybe 15 metres.", None)
b_t2 = t("That's a short run, good. The install itself takes half a day, but we need the society's NOC first, and in these societies that usually takes four to seven days. If you apply tomorrow there's a fair chance we finish by the weekend, but I can't promise Saturday. Meanwhile the portable charger with the car works on a 15-amp socket.")
b_c2 = c("Hmm, I was hoping for Saturday. But okay, I'll apply for the NOC tomorrow.", None)
w_t2 = t("No problem at all, sir, we'll install it on Friday, guaranteed. Society approval we will handle, it's just a formality, one day.")
w_c2 = c("Great, Friday then. My neighbour said his NOC took two weeks, but if you say one day, fine.", None)
t3 = t("I'll send the NOC form and our electrical drawing on WhatsApp tonight.")
c3 = c("Okay, send it. What's the cost, by the way? My friend in Sector 56 paid only 8,000.", "too_expensive")
t4 = t("Installation with 15 metres of cable is 12,500 plus GST; the charger comes with the car. If your friend's run was shorter, that explains most of the difference.")
PAIRS.append(rpair(
    "b200r_f06_gurugram_homecharger",
    "EV charger installer, Gurugram, India. A new EV owner in a gated society wants a home charger fitted before delivery day. Fault in worse: the trainee over-promises.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# ---------------------------------------------------------------- f07: closes before checking the thing works
o = c("Morning, I want a tow bar fitted to my Tucson. We've just bought a caravan, we pick it up in three weeks.", None)
t1 = t("Lovely. Which Tucson is it: petrol, hybrid or plug-in?")
c1 = c("The hybrid, 2022.", None)
b_t2 = t("And do you know the caravan's maximum weight, the MTPLM? It's on a plate by the door. The hybrid's towing limit is lower than the petrol's, so I want to check it can legally tow it before we fit anything.")
b_c2 = c("Oh, I've no idea. It's a Bailey four-berth. I'll check the paperwork.", None)
w_t2 = t("Great, we can do a detachable tow bar with 13-pin electrics on Thursday, four hundred and ninety fitted. Shall I book you in?")
w_c2 = c("Yes, Thursday's great, book it. It's a Bailey four-berth, the paperwork's somewhere at home.", None)
t3 = t("Send me a photo of the weight plate by the caravan door when you can, and I'll put it on your file.")
c3 = c("Will do. My husband can find it tonight.", None)
PAIRS.append(rpair(
    "b200r_f07_bath_towbar",
    "Tow bar fitting centre, Bath, UK. A new caravan owner wants a tow bar on a hybrid SUV. Fault in worse: the trainee books the job before checking the car can legally tow the caravan.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3],
))

# ---------------------------------------------------------------- f08: recommends before asking
o = c("Hi, I'm replacing my Corolla. Winters are getting to me, I think I want something with all-wheel drive.", None)
b_t1 = t("Makes sense up here. What's been the hardest part of winter with the Corolla: getting out of your street, hills, the highway?")
b_c1 = c("Our alley. It never gets plowed, and I get stuck pulling out of the garage. Highway's fine. It's just me and my dog.", None)
w_t1 = t("Then you want the Highlander AWD. Three rows, eight inches of clearance, nothing stops it. It's at forty-nine nine.")
w_c1 = c("Whoa, forty-nine? That's way more car than I need. It's just me and my dog, and I only get stuck in the alley.", "too_expensive")
t2 = t("Got it. A lot of getting-stuck-in-the-alley problems are tires more than drivetrain. Are you on all-seasons now?")
c2 = c("Yeah, the originals. Probably pretty worn.", None)
t3 = t("Then a Corolla Cross AWD with proper winter tires would handle the alley easily, and even winter tires alone on the Corolla would help a lot. Let's look at the Corolla Cross and price both options honestly.")
c3 = c("Okay, show me the Corolla Cross. I'm not buying today, though, I want to compare with the Subaru dealer.", "think_it_over")
PAIRS.append(rpair(
    "b200r_f08_minneapolis_awd",
    "Toyota dealership, Minneapolis, Minnesota, US. A single driver wants all-wheel drive for winter; her real problem is an unplowed alley. Fault in worse: the trainee recommends before asking.",
    better=[o, b_t1, b_c1, t2, c2, t3, c3],
    worse=[o, w_t1, w_c1, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f09: unexplained jargon
o = c("Hiya, I'm looking at the Polo on your website, the finance one at one-nine-nine a month. I've never done car finance before. How does it actually work?", None)
b_t1 = t("Sure. It's a PCP. You pay a deposit, then monthly payments for four years, and at the end there's a bigger one-off payment, about seven thousand, if you want to keep the car. If you don't, you hand it back and owe nothing more, as long as you're under the agreed mileage and it's in decent nick.")
b_c1 = c("Oh right. So the one-nine-nine isn't really paying it off?", None)
w_t1 = t("Sure. It's a PCP, 48 months, 9.9% APR representative, GMFV of seven-one at the end, 8,000 miles per annum, 10p excess mileage, and you've got VT rights once you've paid half.")
w_c1 = c("Sorry, you've lost me. GM-what? I don't know what any of that means.", None)
t2 = t("Put simply: you're paying for the value the car loses over four years, plus interest, so it's a bit like a long rental with the option to buy at the end. Then you choose: pay the final amount and keep it, hand it back, or trade it in. Would that suit how you'd use the car?")
c2 = c("I think so. I do about a hundred miles a week. I'd want to go through it with my dad before I sign anything, though.", "think_it_over")
t3 = t("Good idea. I'll print a sheet with the total cost and the final payment so you can go through it with him.")
PAIRS.append(rpair(
    "b200r_f09_newcastle_pcp",
    "Volkswagen dealership, Newcastle upon Tyne, UK. A first-time buyer asks how a monthly car finance deal works. Fault in worse: unexplained jargon.",
    better=[o, b_t1, b_c1, t2, c2, t3],
    worse=[o, w_t1, w_c1, t2, c2, t3],
))

# ---------------------------------------------------------------- f10: talks about themselves
o = c("Hello, my Baleno was parked in the basement and the water came up to the door level last night. Now it won't start. Should I tow it to you? Insurance is there.", None)
t1 = t("Please don't try to start it again, that can damage the engine if water got inside. Do you know how high the water came, up to the seats?")
c1 = c("Up to the bottom of the seats, I think. The carpet is fully wet.", None)
b_t2 = t("Okay. Then it has to come on a flatbed, not be pulled on a rope. Have you informed your insurance company yet? They need to know before any work starts, and whether you have engine protect cover matters here.")
b_c2 = c("Not yet. I don't know if I have engine protect. The policy is in my email.", None)
w_t2 = t("Same thing happened to me in the 2018 floods, sir! My Alto was fully underwater in Aluva, I pushed it half a kilometre, my wife was shouting, insurance took three months. Terrible time, I still remember.")
w_c2 = c("Sorry to hear, but what about my car? I haven't even called insurance yet. I don't know if I have engine protect.", None)
t3 = t("Call the insurance helpline now and register the claim, and look for 'engine protect' in the policy. I'll send our flatbed to your building; it can come at 2 pm. Is that okay?")
c3 = c("2 pm I'm at office. Can it be after 5?", "no_time")
t4 = t("After 5 is fine. I'll send it at 5:30 and message you the driver's number.")
PAIRS.append(rpair(
    "b200r_f10_kochi_floodedcar",
    "Authorised service centre, Kochi, India. A car owner's hatchback was flooded in a basement during monsoon rain and won't start. Fault in worse: the trainee talks about himself instead of the customer.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))
