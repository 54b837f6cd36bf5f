"""Ranked pairs f01-f10 of blind102: both sides share every turn (the same Python variables) except one
real fault in `worse` and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 - fault: argues with the customer about her brakes
open_ = c("Hi, I bought this commuter bike here in March and the rear brake's already squealing like crazy. I ride to ASU every day.", None)
t1 = t("Sorry about that - let me take a look. When does it squeal, all the time, or mostly when it's wet or when you brake hard?")
c1 = c("Mostly mornings, braking down the hill on Rural. It's embarrassing, people turn around.", None)
t2_good = t("Okay. Disc brakes often start squealing when the pads pick up contamination - road grime, sometimes sprinkler water in the bike lane. That's fixable and it doesn't mean you did anything wrong.")
c2_good = c("Oh, good. I thought I broke something.", None)
t2_bad = t("Honestly, disc brakes squeal, that's just how they are. It's not a real problem and nothing's wrong with it - people worry about that way too much.")
c2_bad = c("It wasn't doing it in March, though. Something changed. I'm not imagining it.", None)
t3 = t("Let me clean the rotor and check the pads. The cleaning is covered in your first-year tune-up; if the pads are contaminated, new ones are $28.")
c3 = c("I really can't spend more on this bike right now. I'm a student, I saved all year for it.", "no_money")
t4 = t("Understood. Since it's your first tune-up, I'll cover the pads this time if they need it. Leave it with me and it'll be ready by noon.")
PAIRS.append(rpair(
    "b102r_f01_tempe_bikebrakes",
    "A student brings a four-month-old commuter bike back to a Tempe AZ bike shop because the brake squeals.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f02 - fault: doubts the customer's honesty
open_ = c("hi i got a disconnect notice, i owe 612. i got laid off in october and just started a new job, first paycheck is the 20th. can i set up a payment plan", None)
t1 = t("hi, sorry youre dealing with that. yes we can set up an arrangement. the notice date is the 14th - how much could you pay before then, even a small amount")
c1 = c("maybe 100 on the 15th? i know thats after the date", None)
t2_good = t("that works. ill move the disconnect date so the 100 on the 15th stops it. the other 512 i can spread over 6 months with your regular bill, about 85 extra a month")
c2_good = c("85 a month on top of the bill is a lot right now. can it be longer", "no_money")
t2_bad = t("ok. i have to say we hear 'just started a new job' a lot and then the payment never shows up. ill move the date for the 100 on the 15th, but if it doesnt come in we cant do this again. the other 512 over 6 months, about 85 extra a month")
c2_bad = c("i pay my bills, i just lost my job. and 85 a month on top of the bill is a lot right now, can it be longer", "no_money")
t3 = t("yes, we can go to 12 months, about 43 extra a month. ill set it up that way and send the confirmation by email and text")
c3 = c("ok 12 months. thank you", None)
t4 = t("done. the disconnect is cancelled as long as the 100 posts by the 15th. if anything changes before then, message us before that date and we can adjust")
PAIRS.append(rpair(
    "b102r_f02_pueblo_paymentplan",
    "A customer with a disconnect notice asks a Pueblo CO electric utility's chat for a payment arrangement.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 - fault: drops the price before the customer has asked anything about it
open_ = c("got a rock chip in my windshield on i-84, its about the size of a dime. can you fix it or do i need a whole new windshield", None)
t1 = t("hi! a dime size chip is usually repairable. is it in the drivers line of sight, and is there any crack running out from it")
c1 = c("low on the passenger side. no crack yet", None)
t2_good = t("then its a good candidate - we fill it with resin so it doesnt spread, about 20 min. its 49, and a lot of insurance plans cover chip repair with no deductible. do you have comprehensive coverage")
c2_good = c("i think so. last time i went through insurance for glass they made me wait 2 weeks for approval tho", "bad_experience")
t2_bad = t("then its a good candidate - we fill it with resin so it doesnt spread, about 20 min. normally 49 but ill do it for 35 today, and if youd rather have a new windshield ill knock 60 off that")
c2_bad = c("uh ok. why would i want a new windshield if it can be fixed? kinda makes me wonder what the real price is. i think i have comprehensive", None)
t3 = t("for chip repairs we call your insurance while youre here, usually 10 min, you dont wait on an approval. can you come by today or tomorrow - the sooner, the less chance it spreads")
c3 = c("tomorrow at lunch, like 12:15", None)
t4 = t("12:15 tomorrow works. bring your insurance card, and skip the car wash until then")
PAIRS.append(rpair(
    "b102r_f03_twinfalls_windshield",
    "A driver asks a Twin Falls ID auto glass shop's chat whether a rock chip can be repaired.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f04 - fault: an unasked lecture that also blames the parent
open_ = c("Hi, my daughter's twelve and her dentist said she should get an ortho consult. I don't really know what that involves, or what it costs.", None)
t1 = t("Happy to explain. The consult is free - we take photos and x-rays, and Dr. Ames looks at her bite and tells you whether she needs treatment now, later, or not at all. Do you know what the dentist was concerned about?")
c1 = c("Crowding on the bottom, I think. And a bit of an overbite. She's pretty self-conscious, she won't smile in pictures anymore.", None)
t2_good = t("That's helpful to know - we'll make sure Dr. Ames talks to her directly, not just to you. If treatment makes sense, cases like that usually run eighteen to twenty-four months.")
c2_good = c("Okay. And cost-wise? We've got two more kids coming up behind her.", None)
t2_bad = t("That's helpful. You know, a lot of this comes from kids sipping soda all day and skipping mouthguards, and honestly parents should bring them in by age seven - that's the official recommendation. Twelve is late. Anyway, cases like that usually run eighteen to twenty-four months.")
c2_bad = c("She doesn't drink soda. And nobody ever told us age seven. Okay... what about cost? We've got two more kids coming up behind her.", None)
t3 = t("Full treatment is usually between $5,200 and $6,000. Your dental plan may cover part of it, and we have zero-interest monthly plans, often around $180 a month. Dr. Ames gives you the exact number at the consult.")
c3 = c("One-eighty a month, and eventually times three kids... I'd need to sit down with my husband on that.", "think_it_over")
t4 = t("Of course. The consult itself is free with no obligation - would a Tuesday after school work, so she doesn't miss class?")
PAIRS.append(rpair(
    "b102r_f04_sandy_orthoconsult",
    "A parent calls a Sandy UT orthodontist's front desk about a consult for her twelve-year-old.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05 - fault: vague next step
open_ = c("Yeah, I run a couple of ore haul trucks out of Elko, and one of my drivers says the steer tires are cupping bad. I need someone to look before he goes back out Thursday.", None)
t1 = t("Got it. Cupping on steers is usually alignment, worn shocks, or balance. Which truck, and how many miles on those tires?")
c1 = c("The Kenworth, T880. Tires maybe forty thousand. We put them on at your shop last spring, actually.", None)
t2 = t("That's early for cupping, so I'd check alignment and the front shocks before swapping tires. If it's alignment, it's $225, and we'll tell you whether the tires can be rotated or need replacing.")
c2 = c("Last time we paid for an alignment somewhere, it was off again in a month. I'm not paying for that twice.", "bad_experience")
t3_good = t("Fair. Ours comes with a 90-day recheck at no charge - if it's off, we redo it. I can have it on the rack Wednesday at six a.m., done by ten, so he's out Thursday. I'll call you by ten with what we found before doing anything past the alignment.")
c3_good = c("Wednesday at six works. I'll have him there.", None)
t3_bad = t("Understood. We'll get it looked at and let you know. Just have your driver bring it in sometime and we'll see what we can do.")
c3_bad = c("Sometime? He leaves Thursday. I need a time, or I'll call the shop in Wells.", None)
PAIRS.append(rpair(
    "b102r_f05_elko_truckalignment",
    "A small haul-truck owner phones an Elko NV truck tire shop about cupped steer tires before a run.",
    better=[open_, t1, c1, t2, c2, t3_good, c3_good],
    worse=[open_, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f06 - fault: over-promises about lake conditions
open_ = c("hi thinking about renting 2 kayaks saturday to paddle out to wild horse island. is that doable for beginners", None)
t1 = t("hi! how much paddling have you two done, and were you planning to launch from big arm")
c1 = c("a little on a calm pond. yeah big arm, a friend said its close", None)
t2_good = t("its about 1.5 miles each way across open water from big arm. on a calm morning its doable for fit beginners, but flathead gets windy fast in the afternon and the waves get big. id only go early and turn back if its choppy - or paddle the shoreline around big arm bay instead")
c2_good = c("hm thats further than i thought. open water makes me a little nervous tbh", None)
t2_bad = t("totally doable! its a quick paddle, the lake is always calm on summer mornings and youll be back way before any wind. beginners do it all the time, no problem at all")
c2_bad = c("awesome thats what i wanted to hear", None)
t3 = t("rental is 65 per kayak for the day, includes pfds, paddles and a dry bag. we open at 7. want me to reserve 2 for saturday")
c3 = c("65 each is kinda steep, the place in bigfork was 50", "too_expensive")
t4 = t("i think theirs is half day - ours is full day till 6. half day here is 45. either way i can hold 2 for saturday at 7")
PAIRS.append(rpair(
    "b102r_f06_kalispell_kayakrental",
    "A visitor asks a Flathead Lake kayak rental's chat near Kalispell MT whether beginners can paddle to an island.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f07 - fault: closes (runs the card) before checking the repair works
open_ = c("This is Ray Ochoa out on County 14th. Our turbine pump on the lettuce ground was making a racket - your guy swapped the bearings yesterday. Calling to settle up.", None)
t1 = t("Thanks, Ray. I've got the ticket here - bearings and new packing, $1,860 with the crane time.")
c1 = c("Eighteen-sixty. Yeah, that's about what he said.", None)
t2_good = t("Before I run the card - how's it running today? Is it quiet, and is the pressure at the field back where it was before the noise started?")
c2_good = c("It's quieter. Pressure's maybe five pounds low, I figured it's just settling in.", None)
t2_bad = t("Great. I'll run the card on file now, email you the receipt, and close out the ticket.")
c2_bad = c("Hold on - before you run it, the pressure's been about five pounds low since he left. I figured it's settling in, but should I be paying yet?", None)
t3 = t("Five pounds low after a bearing job can mean the impeller lateral wasn't set quite right. Let me have Mike come by tomorrow morning and check it - no charge, same job - and we'll settle up once it's running right.")
c3 = c("Tomorrow's fine. We're irrigating from six, he can come any time after. That field can't go two days dry.", None)
t4 = t("Mike will be there by seven. If he finds anything beyond the lateral, he calls you before touching it.")
PAIRS.append(rpair(
    "b102r_f07_yuma_irrigationpump",
    "A Yuma AZ grower calls a pump service company to pay for a turbine pump bearing job done the day before.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f08 - fault: recommends a product before asking anything
open_ = c("Hi. My wife made me come. She says I have the TV too loud. I think she mumbles.", None)
t1_good = t("Ha - that's how a lot of people end up here. Before anything else: where do you notice it yourself, if anywhere? Restaurants, the phone, meetings?")
c1_good = c("Restaurants, I guess. The Mexican place on Main, I just nod along.", None)
t1_bad = t("Ha - a lot of people end up here that way. You'll probably want our rechargeable behind-the-ear model - most people your age go with it. It's about $4,200 a pair.")
c1_bad = c("Whoa. I haven't even had a test. I'm not sure I need anything at all.", "no_need")
t2 = t("Let's start with a hearing test, then - about thirty minutes, and it's free. It tells us whether there's any loss and what kind, and plenty of people find out they don't need anything yet.")
c2 = c("Free, okay. My brother got hearing aids at one of those warehouse stores and they sat in a drawer. Whistled all the time.", "bad_experience")
t3 = t("That usually happens when they're not fitted and adjusted properly. If the test shows a loss, we do a forty-five-day trial with adjustments included, and you can return them. Want to do the test now? I have an opening.")
c3 = c("Not today, I'm parked in a fifteen-minute spot. Can I come back Friday?", "no_time")
PAIRS.append(rpair(
    "b102r_f08_ellensburg_hearingtest",
    "A reluctant older man walks into an Ellensburg WA hearing clinic at his wife's insistence.",
    better=[open_, t1_good, c1_good, t2, c2, t3, c3],
    worse=[open_, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09 - fault: unexplained jargon
open_ = c("hi we got a flyer about solar. our bill is around 140 a month. is our house even a good fit, roof faces kinda west", None)
t1 = t("hi! west facing can still work, it just produces a bit less then south. how old is the roof, and do you know your yearly kwh use - its on your bill")
c1 = c("roof is 6 yrs old. bill says 10,800 kwh last 12 months", None)
t2_good = t("thanks. for that use youd need about a 7 kilowatt system, roughly 18 panels. facing west you get maybe 85% of what south would. that covers most of your bill - youd still pay a small monthly connection charge to the utility")
c2_good = c("ok that makes sense. what does it cost up front", None)
t2_bad = t("thanks. so youd be looking at a 7kw dc system, ~18 modules on micros, about 0.85 tsrf on a west azimuth. with net metering and the itc your lcoe comes out really competitive vs your current rate")
c2_bad = c("ok i understood maybe half of that. is it going to save us money or not. what does it cost", None)
t3 = t("cash price is around 21k before the 30% federal tax credit, so about 14,700 after. theres also financing with nothing down. on a bill like yours payback is usually 10-12 years")
c3 = c("14k is a lot. and we got burned on a water softener lease a few years back so im wary of financing anything", "bad_experience")
t4 = t("understandable. ill email a written estimate with cash and loan side by side plus the contract terms, no obligation. take your time and compare with other installers")
PAIRS.append(rpair(
    "b102r_f09_greeley_solar",
    "A homeowner asks a Greeley CO solar installer's chat whether a west-facing roof is worth it.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f10 - fault: talks about himself instead of the customer
open_ = c("Hi, I'm looking for backcountry ski boots. I've been renting, but I'm starting to skin up Bridger with a friend - well, the lower parts of it.", None)
t1 = t("Nice. What have you been renting, and have you had fit problems - heel lift, toes, shins?")
c1 = c("Rentals killed my shins. And I've got a wide forefoot, everything pinches.", None)
t2_good = t("Wide forefoot and shin bang - that narrows it a lot. You want a touring boot with a roomier forefoot and a softer flex for the climb. These two both come in a wider last. Let's measure your foot and get you into both.")
c2_good = c("Okay. How much are they?", None)
t2_bad = t("Ha, I know the shin thing. When I started touring I wrecked my shins every weekend - then I did the whole Ridge Run in these, ten hours, and now I only go to a custom bootfitter in Salt Lake. Anyway, these two come in a wider fit.")
c2_bad = c("Cool... so which one's for me? How much are they?", None)
t3 = t("This one's $649, that one's $799. The pricier one is lighter for long climbs, but for shorter laps the 649 is plenty. Fit matters more than the model, though - try both for ten minutes.")
c3 = c("Honestly I'm just looking today. I might rent one more season.", "brush_off")
t4 = t("Fair. Try them on anyway so you know your size - and if you rent touring gear from us this season, we credit two rental days toward boots if you buy by March.")
PAIRS.append(rpair(
    "b102r_f10_bozeman_touringboots",
    "A newer backcountry skier shops for touring boots at a Bozeman MT outdoor gear shop.",
    better=[open_, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[open_, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
