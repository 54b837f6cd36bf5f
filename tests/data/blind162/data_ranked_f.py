"""b162 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
a0 = c("Bringing back the double kayak. Just so you know, it took on water the whole way, we were bailing with a cup.", None)
a1 = t("Oh no, sorry. Could you tell where it was coming in?")
a2 = c("Back hatch, I think. The cover kept popping off. That's the Columbia out there, not a pond.", None)
a3g = t("Thanks for telling me. That cover's been loose, I'm pulling the boat today.")
a4g = c("Good. Somebody's gonna sink in that thing.", None)
a3b = t("Honestly, those covers don't pop off by themselves. It can't have been seated right when you launched.")
a4b = c("I didn't put it on, your guy did. Don't tell me what happened, I was there.", None)
a5 = t("You didn't get the trip you paid for, so I'm refunding half, $45, back on your card.")
a6 = c("Okay. That's fair.", None)

# f02 doubts the customer's honesty
b0 = c("Hey, our order came this morning. Invoice says twelve bags, we got ten. Two of the Kona medium missing.", None)
b1 = t("Sorry about that. Was the box damaged, or sealed fine?")
b2 = c("Sealed fine. Just ten bags inside.", None)
b3g = t("Then it's probably on our packing line. Thanks for checking.")
b4g = c("No worries, we're just low on medium.", None)
b3b = t("Hm, our packer double-checks every box. You sure nobody at your shop shelved two already?")
b4b = c("I opened the box myself. You think I'm scamming you for two bags, brah?", None)
b5 = t("I'll ship two bags by air today, you'll have them tomorrow, and I'll fix the invoice.")
b6 = c("Okay. Mahalo.", None)

# f03 drops the price before asking anything
e0 = c("Hi, I'm looking at the Harman pellet stove on your website. Is it, um, worth the money?", None)
e1g = t("Depends what you need it for. What heats the house now, and how big is it?")
e2g = c("Electric baseboard, about 1,400 square feet. Winter bills are ugly.", None)
e1b = t("Good news, I can knock $300 off this week, so $3,699. Pretty good deal.")
e2b = c("Oh. Okay... I don't even know if it's the right size. 1,400 square feet, baseboard heat.", None)
e3 = t("For 1,400 square feet that model's about right. Pellets run near $300 a ton; a house your size burns two to three tons a winter.")
e4 = c("Hm. That's still a chunk of money up front.", "no_money")
e5 = t("It is. Come see one burning Saturday, no obligation, and I'll show you the numbers against your bills.")
e6 = c("Sure, Saturday morning.", None)

# f04 an unasked lecture
g0 = c("Need a bag of scratch grains. Girls love it.", None)
g1 = t("Sure, $18 for the fifty pound. How many hens you got?")
g2 = c("Eight. Mostly Rhode Islands.", None)
g3g = t("Nice, good layers. Want me to throw it in your truck?")
g4g = c("Yeah, it's right by the door.", None)
g3b = t("Just so you know, scratch is basically candy. Low protein, they get fat and quit laying. Layer pellets first, scratch a handful a day, tops. A lot of people get that backwards.")
g4b = c("I've kept chickens thirty years, hon. I know what scratch is. Just the bag.", None)
g5 = t("You got it. Cash or card?")
g6 = c("Card.", None)

# f05 a vague next step
h0 = c("We ship frozen seafood from Tacoma to three restaurants in Boise, twice a week. Our carrier keeps missing Tuesdays.", None)
h1 = t("Missing Tuesdays with frozen is a big deal. How many pallets a run, and what delivery window do the kitchens need?")
h2 = c("Two pallets. Before 10 am or the kitchen's slammed.", None)
h3 = t("We run reefer to Boise Monday and Thursday nights, in before 8. I'd have to confirm Tuesday capacity.")
h4 = c("How soon can you tell me? My contract's up end of the month.", None)
h5g = t("I'll check with dispatch today and email a quote with a yes or no on Tuesdays by Thursday noon.")
h6g = c("Thursday works. I'll watch for it.", None)
h5b = t("Let me look into it and we'll get back to you.")
h6b = c("Back to me when? I heard that from the last outfit too.", "bad_experience")

# f06 over-promises
k0 = c("The AC in the condo quit, it's like 88 inside. We have a baby.", None)
k1 = t("I'm sorry, with a baby that's urgent. Blowing warm air, or not turning on at all?")
k2 = c("Turns on, blows warm.", None)
k3g = t("Our AC tech can come between 2 and 4 today. If it needs a part, I'll bring two portable units tonight for the bedroom.")
k4g = c("Okay, 2 to 4. We'll take the baby to the beach till then.", None)
k3b = t("No problem, our tech will have it fixed within the hour, guaranteed. You'll be cool by lunch.")
k4b = c("Oh thank god. We'll skip the beach and wait for him here then.", None)
k5 = t("I'll text you his name and ETA as soon as he's dispatched.")
k6 = c("Thank you.", None)

# f07 closes before checking the thing works
m0 = c("You put my new VHF in yesterday. I'm heading out alone at five tomorrow, just want to grab the boat.", None)
m1 = t("Sure. Antenna's on the cabin top, wired to the panel, and the DSC's set with your MMSI.")
m2 = c("Great. What do I owe you?", None)
m3 = t("$640 with the install.")
m4 = c("Okay. Card.", None)
m5g = t("Thanks. Before you go, let's do a radio check on 16 with the harbormaster, so you don't find out at sea.")
m6g = c("Good thinking. Let's do it.", None)
m5b = t("Thanks! You're all set. Have a great trip.")
m6b = c("Wait, did anybody actually test it? I'm out there alone.", None)

# f08 recommends before asking
n0 = c("Hi, I need a sleeping bag. Going camping next month.", None)
n1g = t("Where, and how are you getting there, car or backpacking? And do you sleep cold?")
n2g = c("Car camping at Baker Lake with my kids. And yes, I'm always freezing.", None)
n1b = t("This one's our bestseller, the 15-degree down bag, $329. Super light, packs tiny.")
n2b = c("Oh. It's just car camping at Baker Lake with my kids, I don't need tiny. I'm always freezing, though.", "no_need")
n3 = t("For car camping weight doesn't matter, so a synthetic 20-degree bag, $129, is warm and handles damp. Add a fleece liner since you run cold.")
n4 = c("That sounds right. The bag and the liner.", None)
n5 = t("Air it out before the trip and keep it dry in the car.")
n6 = c("Will do, thanks.", None)

# f09 unexplained jargon
p0 = c("We're thinking about a heat pump. Which one would you put in our house?", None)
p1 = t("Tell me about the house: size, how you heat now, and which rooms are a problem.")
p2 = c("1,600 square feet, ranch, oil furnace with ducts. Back bedroom's always cold.", None)
p3g = t("Since you have ducts, I'd swap the oil furnace for a heat pump that uses the same vents; it keeps heating well below freezing. And I'd check why the back bedroom's duct isn't delivering.")
p4g = c("Okay, that makes sense. Checking the duct is smart.", None)
p3b = t("With ducts I'd go a 3-ton cold-climate air handler, SEER2 around 17, HSPF2 9-plus, variable-speed ECM, Manual J first and a static pressure test on that back run.")
p4b = c("Um. I got 'ducts'. What does any of that mean for my bedroom?", None)
p5 = t("I'd like to come measure and test the airflow. It's free, about an hour. Tuesday afternoon?")
p6 = c("Tuesday's bad, I work till six. Saturday?", "no_time")

# f10 talks about themselves
q0 = c("We're thinking about the bear viewing flight to Katmai. My husband's a nervous flier, though.", None)
q1 = t("Good to know. What gets him, small planes, turbulence, or both?")
q2 = c("Small planes. He did a floatplane in Ketchikan once and hated the bumping.", None)
q3g = t("Fair. I'd put you on the early flight, the air's calmest before noon, and he can sit up front where it feels steadier.")
q4g = c("Early flight, okay. How much is it?", None)
q3b = t("Ha, I get it, I was terrified my first time too. Now I've flown that route four hundred times. Got my own Beaver, restored it myself over two winters. Best thing I ever did.")
q4b = c("Okay... good for you. But will it be bumpy for him or not?", None)
q5 = t("It's $895 each, full day, lunch included, free cancellation up to 48 hours before if he changes his mind.")
q6 = c("That's a lot for a day. Let me talk to him tonight.", "think_it_over")

PAIRS = [
rpair("b162r_f01_astoria_kayakreturn", "Kayak rental, Astoria OR: a returned kayak leaked. Fault in worse: argues with the customer.",
 [a0, a1, a2, a3g, a4g, a5, a6], [a0, a1, a2, a3b, a4b, a5, a6]),
rpair("b162r_f02_kona_shortshipment", "Coffee roaster, Kona HI, to a Honolulu cafe: two bags short. Fault in worse: doubts the customer's honesty.",
 [b0, b1, b2, b3g, b4g, b5, b6], [b0, b1, b2, b3b, b4b, b5, b6]),
rpair("b162r_f03_eugene_pelletstove", "Stove shop, Eugene OR (phone). Fault in worse: drops the price before asking anything.",
 [e0, e1g, e2g, e3, e4, e5, e6], [e0, e1b, e2b, e3, e4, e5, e6]),
rpair("b162r_f04_yakima_scratch", "Feed store, Yakima WA (counter). Fault in worse: an unasked lecture to an experienced customer.",
 [g0, g1, g2, g3g, g4g, g5, g6], [g0, g1, g2, g3b, g4b, g5, g6]),
rpair("b162r_f05_tacoma_reefer", "Refrigerated freight, Tacoma WA, B2B. Fault in worse: a vague next step.",
 [h0, h1, h2, h3, h4, h5g, h6g], [h0, h1, h2, h3, h4, h5b, h6b]),
rpair("b162r_f06_honolulu_condoac", "Vacation rental, Honolulu HI (phone): AC out, guests with a baby. Fault in worse: over-promises a fix time.",
 [k0, k1, k2, k3g, k4g, k5, k6], [k0, k1, k2, k3b, k4b, k5, k6]),
rpair("b162r_f07_sitka_vhf", "Marine electronics, Sitka AK: pickup after a radio install. Fault in worse: closes before checking the radio works.",
 [m0, m1, m2, m3, m4, m5g, m6g], [m0, m1, m2, m3, m4, m5b, m6b]),
rpair("b162r_f08_bellingham_sleepingbag", "Outdoor gear store, Bellingham WA. Fault in worse: recommends before asking.",
 [n0, n1g, n2g, n3, n4, n5, n6], [n0, n1b, n2b, n3, n4, n5, n6]),
rpair("b162r_f09_vancouver_heatpump", "HVAC contractor, Vancouver WA (phone). Fault in worse: unexplained jargon.",
 [p0, p1, p2, p3g, p4g, p5, p6], [p0, p1, p2, p3b, p4b, p5, p6]),
rpair("b162r_f10_homer_bearflight", "Flightseeing operator, Homer AK (phone). Fault in worse: talks about himself instead of the customer.",
 [q0, q1, q2, q3g, q4g, q5, q6], [q0, q1, q2, q3b, q4b, q5, q6]),
]
