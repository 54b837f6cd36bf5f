"""Ranked pairs f01-f10 (blind209, written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
f01_c1 = c("Hello, we have four forklifts from you, and the tyres wear very fast, we change them every six months. I think your tyres are bad quality.", None)
f01_t1 = t("Hello, thank you for telling us. Six months is fast. What is the floor like, and how many hours a day do the trucks run?")
f01_c2 = c("Inside concrete, but outside there is a ramp with rough asphalt, they go up and down all day. Two shifts.", None)
f01_t2 = t("Two shifts and a rough ramp, that wears tyres a lot. Which tyres are on now, do you know? The standard black solid ones?")
f01_c3 = c("Yes, black standard. The tyres from the last supplier lasted longer, I am sure.", None)
f01_t3_better = t("That's possible, their compound may have been harder. For a rough ramp there's a premium compound that usually lasts about 40 percent longer, for about 20 percent more per tyre.")
f01_c4_better = c("40 percent longer for 20 percent more, that sounds fair. But I want to see it before I change all four trucks.", "think_it_over")
f01_t3_worse = t("I don't think so. Our standard tyres are as good as anybody's; the wear is from your ramp, not the tyres. Every customer with a rough ramp has this. There's a premium compound for about 20 percent more per tyre.")
f01_c4_worse = c("Please, don't tell me I don't know my own ramp. I change tyres here ten years. Maybe I go back to the old supplier.", None)
f01_t4 = t("I'll send you the price for the premium compound in writing today, and we can fit one truck first and compare the wear after three months.")
PAIRS.append(rpair(
    "b209r_f01_wroclaw_forklifttyres",
    "A Polish warehouse manager in Wroclaw complains that the forklift tyres from the supplier wear out every six months. Worse: the trainee argues with him.",
    better=[f01_c1, f01_t1, f01_c2, f01_t2, f01_c3, f01_t3_better, f01_c4_better, f01_t4],
    worse=[f01_c1, f01_t1, f01_c2, f01_t2, f01_c3, f01_t3_worse, f01_c4_worse, f01_t4],
))

# f02: doubts the customer's honesty
f02_c1 = c("Hey, we got a centrifugal pump from y'all four months ago for the CIP skid and the mechanical seal's already leaking. Warranty's twelve months, right?", None)
f02_t1 = t("Yes, twelve months. Sorry it's leaking already. What's the pump moving, and at what temperature?")
f02_c2 = c("Caustic at about 80 C for the CIP cycles, then rinse water. Same as the old pump did for years.", None)
f02_t2 = t("Okay. Do you know if it ever ran dry, like at the end of a cycle when the tank empties?")
f02_c3 = c("Not that I know of. We've got a low-level cutoff on the tank. I checked the log, it tripped like it should every time.", None)
f02_t3_better = t("Good, that rules out the usual cause. Then it's more likely a seal face problem or an elastomer that doesn't like hot caustic.")
f02_c4_better = c("Could be. So what do we do now? We got a production run Thursday.", None)
f02_t3_worse = t("Hmm. Honestly, a seal that goes in four months on CIP usually means somebody ran it dry, whatever the log says. Are you sure nobody bypassed the cutoff?")
f02_c4_worse = c("You calling me a liar? I just told you I checked the log. We've bought pumps from y'all for years. Just tell me what we do now, we got a production run Thursday.", None)
f02_t4 = t("Send us the old seal and a photo of the faces, and I'll ship a replacement seal kit today under warranty, with elastomers rated for hot caustic, so you're running by Thursday.")
PAIRS.append(rpair(
    "b209r_f02_sanantonio_pumpseal",
    "A maintenance tech at a bottling plant in San Antonio, Texas, reports a leaking seal on a four-month-old CIP pump. Worse: the trainee doubts what the customer says.",
    better=[f02_c1, f02_t1, f02_c2, f02_t2, f02_c3, f02_t3_better, f02_c4_better, f02_t4],
    worse=[f02_c1, f02_t1, f02_c2, f02_t2, f02_c3, f02_t3_worse, f02_c4_worse, f02_t4],
))

# f03: drops the price before asking anything
f03_c1 = c("Hello, Wagner from TeileDirekt in Hannover. I saw your automatic case taper TS-50 on your website for 7,900 euro. Can you tell me more about it?", None)
f03_t1_better = t("Hello Mr Wagner, gladly. So I tell you the right things: what carton sizes do you close, and how many a day?")
f03_c2_better = c("Many sizes, twenty different ones, maybe 1,200 cartons a day. Now all by hand.", None)
f03_t1_worse = t("Hello Mr Wagner! For you I can do it for 6,900 right away, that's a thousand off the list price.")
f03_c2_worse = c("Hm, a thousand off before I even ask anything? Is something wrong with it? We have twenty carton sizes, about 1,200 a day.", None)
f03_t2 = t("With twenty sizes, the TS-50 needs a manual adjustment for each size, about a minute each time. If sizes change often, a random-size taper like the TS-80R adjusts itself, at 14,500. How often do the sizes change?")
f03_c3 = c("Every few cartons, it's mixed orders. But 14,500 is almost double.", "too_expensive")
f03_t3 = t("Understood. Then send us ten of your most common cartons; we run them on both machines, film it, and you see if the TS-50 with manual changes is workable for you.")
f03_c4 = c("Okay, this is good. I send the cartons this week.", None)
PAIRS.append(rpair(
    "b209r_f03_hannover_casetaper",
    "A German logistics lead at an auto parts e-commerce warehouse in Hanover asks about an automatic carton taper seen on the website. Worse: the trainee cuts the price before asking anything.",
    better=[f03_c1, f03_t1_better, f03_c2_better, f03_t2, f03_c3, f03_t3, f03_c4],
    worse=[f03_c1, f03_t1_worse, f03_c2_worse, f03_t2, f03_c3, f03_t3, f03_c4],
))

# f04: an unasked lecture
f04_c1 = c("Merhaba, I need a price for 300 safety helmets, white, with chin strap, EN 397. For our foundry in Konya. Can you send quickly?", None)
f04_t1 = t("Merhaba! Yes: 300, white, chin strap, EN 397. Since it's a foundry, do any of them need the molten metal splash marking, MM, or only the standard?")
f04_c2 = c("Hmm, good question. Our safety engineer said EN 397, I don't know about MM. Wait, I ask him... yes, he says MM for the casting area, about 80 people. The rest normal.", None)
f04_t2_better = t("Thank you. So 80 with MM marking for the casting area and 220 standard. The MM helmets are 420 lira, the standard ones 180. Delivery in five days.")
f04_c3_better = c("Okay. 420 is more than we paid last time, but last time it was not MM. Please send the quote today, I give it to my manager tomorrow.", None)
f04_t2_worse = t("Thank you. You know, helmets are very important. In foundries there are many head injuries every year, and a lot of companies buy cheap helmets that don't protect. Helmets must be replaced every three to five years, never stored in the sun, and workers should never put stickers on them. Anyway: 80 with MM marking at 420 lira, 220 standard at 180. Delivery in five days.")
f04_c3_worse = c("Yes, yes, I know, our safety engineer tells us this every week. I only need the price. Please send the quote today, I give it to my manager tomorrow.", None)
f04_t3 = t("I'll send it within half an hour, with the two helmet types as separate lines.")
f04_c4 = c("Thank you.", None)
f04_t4 = t("You're welcome. I'll call tomorrow afternoon to check your manager has everything he needs.")
PAIRS.append(rpair(
    "b209r_f04_konya_helmets",
    "A Turkish purchasing assistant at a foundry in Konya wants a quick price for 300 safety helmets. Worse: the trainee gives an unasked lecture on helmet safety.",
    better=[f04_c1, f04_t1, f04_c2, f04_t2_better, f04_c3_better, f04_t3, f04_c4, f04_t4],
    worse=[f04_c1, f04_t1, f04_c2, f04_t2_worse, f04_c3_worse, f04_t3, f04_c4, f04_t4],
))

# f05: a vague next step
f05_c1 = c("Good morning, Jacek from the port terminal in Szczecin. The hoist brake on our gantry crane number 2 is worn, we need new brake pads and the thruster. The crane is from your company, 2012.", None)
f05_t1 = t("Good morning Jacek. Can you send me the crane serial number and a photo of the brake nameplate? Then I'll check the exact parts.")
f05_c2 = c("I send it now... done. We are running the crane, but with limited load. I want it fixed within two weeks, a big ship comes on the 20th.", None)
f05_t2 = t("Got it, thank you. The brake pads are in stock; the thruster comes from the factory in Germany, usually eight to ten days. Price for both is 14,300 zloty plus fitting.")
f05_c3 = c("14,300, the budget is okay, it's an emergency anyway. But the date is very important.", None)
f05_t3_better = t("Then here's the plan: I order the thruster today, you get the order confirmation with the factory ship date by tomorrow noon, and I book our technician for the 16th to fit both, so you have four days spare before the ship. If the factory date slips, I'll call you by Thursday at the latest.")
f05_c4_better = c("Good. The 16th is fine, I plan the crane stop.", None)
f05_t3_worse = t("Okay. I'll order the parts and we'll let you know when they come in, and then we'll organise the fitting.")
f05_c4_worse = c("When will you let me know? I need a date, the ship comes on the 20th. Maybe I should ask the other service company also.", "think_it_over")
PAIRS.append(rpair(
    "b209r_f05_szczecin_cranebrake",
    "A Polish maintenance head at a port terminal in Szczecin needs crane brake parts fitted before a big ship arrives. Worse: the trainee gives a vague next step.",
    better=[f05_c1, f05_t1, f05_c2, f05_t2, f05_c3, f05_t3_better, f05_c4_better],
    worse=[f05_c1, f05_t1, f05_c2, f05_t2, f05_c3, f05_t3_worse, f05_c4_worse],
))

# f06: over-promises
f06_c1 = c("Hi, Jim Kowalczyk, maintenance at Hoosier Precision in Indianapolis. Our Makino's spindle is making a grinding noise and the vibration's gone up. I need a rebuild. How fast can you turn one around?", None)
f06_t1 = t("Hi Jim, sorry to hear it. Which Makino, and which spindle? Do you have the model and the spindle serial? And is the machine down, or still running?")
f06_c2 = c("a61nx, the 14,000 rpm spindle, serial's on its way to you by email. It's still running but we slowed it down. It's our bottleneck machine.", None)
f06_t2 = t("Got it. A normal rebuild is three weeks from when we receive it, around $18,000 depending on what we find. We also have an exchange program: we ship you a rebuilt spindle first, then you send yours back.")
f06_c3 = c("Exchange sounds good. Is there one available? Three weeks without that machine would kill me.", None)
f06_t3_better = t("Let me check rather than guess... There's one exchange unit for the a61nx, but it's reserved for another customer until Wednesday, and they may take it. I'll know Wednesday. Exchange is $21,500. If it's gone, the fastest honest rebuild is two and a half weeks with overtime.")
f06_c4_better = c("Okay. Hold it for me if it frees up. I'll take that over three weeks down.", None)
f06_t3_worse = t("Absolutely, no problem. We'll get you a spindle by Friday, guaranteed, and have it installed Monday. Exchange is $21,500.")
f06_c4_worse = c("Friday, guaranteed? Okay, I'll plan the line around that. I'll take that over three weeks down.", None)
f06_t4 = t("I'll send you the exchange agreement today.")
PAIRS.append(rpair(
    "b209r_f06_indianapolis_spindle",
    "A maintenance manager at a precision machining shop in Indianapolis needs a spindle rebuild fast for his bottleneck machine. Worse: the trainee over-promises a delivery date.",
    better=[f06_c1, f06_t1, f06_c2, f06_t2, f06_c3, f06_t3_better, f06_c4_better, f06_t4],
    worse=[f06_c1, f06_t1, f06_c2, f06_t2, f06_c3, f06_t3_worse, f06_c4_worse, f06_t4],
))

# f07: closes before checking that the product works for the customer
f07_c1 = c("Hello, Schaefer, energy engineer at the Bochum plant of Ruhrtech Automotive. We have four compressors of different brands and we are interested in your master controller to run them together.", None)
f07_t1 = t("Hello Mr Schaefer. Four compressors of different brands: which brands and models, and are they fixed speed or variable speed?")
f07_c2 = c("Two Atlas Copco GA 75, fixed speed, from 2010. One Kaeser SK 25, and one Boge with variable speed, from 2019.", None)
f07_t2 = t("Thanks. Our controller talks to most brands, but older units sometimes only through a simple load and unload signal, and then you lose some of the saving. The controller with installation is about 14,000 euro.")
f07_c3 = c("The main reason is energy saving. Our energy audit said we could save 15 percent.", None)
f07_t3_better = t("Then before you buy, I'd like to check that the 2010 Atlas units can take a remote load signal and that the Boge interface is compatible, otherwise the 15 percent won't happen. Can you send photos of the controller panels and the electrical cabinets? Then I'll confirm in writing what works.")
f07_c4_better = c("Yes, I send the photos tomorrow. Good that you check. Last year we had a bad surprise with a monitoring system.", None)
f07_t3_worse = t("Great, then let's get it ordered. I'll send you the order form today and we can install in three weeks.")
f07_c4_worse = c("Wait. You don't know yet if it works with our old Atlas units. Last year we bought a monitoring system that never talked to half of our machines. I don't order before that is clear.", "bad_experience")
PAIRS.append(rpair(
    "b209r_f07_bochum_mastercontroller",
    "A German energy engineer at an automotive plant in Bochum wants a master controller for four mixed-brand compressors. Worse: the trainee goes for the order before checking it will work with the old units.",
    better=[f07_c1, f07_t1, f07_c2, f07_t2, f07_c3, f07_t3_better, f07_c4_better],
    worse=[f07_c1, f07_t1, f07_c2, f07_t2, f07_c3, f07_t3_worse, f07_c4_worse],
))

# f08: recommends before asking
f08_c1 = c("Hello, Elif Sahin, facility manager at Ege Beyaz Esya in Manisa. We want to buy floor cleaning machines for our production hall.", None)
f08_t1_better = t("Hello Elif Hanim, happy to help. How big is the hall, what kind of floor and dirt, oil, metal chips, dust, and who would drive the machines?")
f08_c2_better = c("The hall is 18,000 square metres, epoxy floor, oil spots and some metal chips near the presses. The cleaning contractor's people would drive it.", None)
f08_t1_worse = t("Hello Elif Hanim! Our ride-on scrubber RS-900 is perfect for production halls: 90 centimetre brushes, 200 litre tank, it cleans 10,000 square metres an hour.")
f08_c2_worse = c("Wait, I didn't tell you anything about our hall yet. It is 18,000 square metres, epoxy floor, oil spots and metal chips near the presses, and the contractor's people would drive it.", None)
f08_t2 = t("Thank you. For 18,000 square metres with oil and chips you want a ride-on scrubber with a sweeping function, so the chips are picked up before the brushes. The RS-900 does both, 1.4 million lira. With contractor staff driving, I'd add a one-day operator training, included in the price.")
f08_c3 = c("1.4 million is over the budget, we planned one million for this.", "no_money")
f08_t3 = t("Understood. The smaller RS-700 is 1.05 million; it needs about a third more time per shift for your hall. I'll send you both with the cleaning time calculated for 18,000 square metres.")
f08_c4 = c("Okay, send both. Our finance will also want the running costs, brushes and water.", None)
PAIRS.append(rpair(
    "b209r_f08_manisa_floorscrubber",
    "A Turkish facility manager at a white goods factory in Manisa wants floor cleaning machines for a production hall. Worse: the trainee recommends a machine before asking anything.",
    better=[f08_c1, f08_t1_better, f08_c2_better, f08_t2, f08_c3, f08_t3, f08_c4],
    worse=[f08_c1, f08_t1_worse, f08_c2_worse, f08_t2, f08_c3, f08_t3, f08_c4],
))

# f09: unexplained jargon
f09_c1 = c("Hi, this is Carla, I own a small molding shop in Huntsville, eight presses. A guy at a trade show said I should put monitoring on my machines. I'm not a tech person. Is that something y'all do?", None)
f09_t1 = t("Hi Carla. Yes, we do. What made you interested? Is there something about your presses you'd like to know that you can't see now?")
f09_c2 = c("Mostly I never know why a press was down. The guys write it on a sheet. Sometimes.", None)
f09_t2 = t("That's the most common reason people start. Do your presses have any network connection now, or are they standalone?")
f09_c3 = c("They're old, like 2005 to 2015. No network, I don't think.", None)
f09_t3_better = t("Then the simple way is a small box on each press that counts cycles and notices when it stops. When a press stops, the operator taps the reason on a tablet: no material, mould problem, no operator. At the end of the week you see where the hours went. About $300 per press to set up and $40 a month each.")
f09_c4_better = c("Okay, that I understand. Could we try it on two presses first?", None)
f09_t3_worse = t("Then we'd retrofit an IIoT edge gateway with MQTT over your LAN, pull the cycle signal off the PLC I/O, and push it to our cloud for OEE and MTBF dashboards with a downtime Pareto. About $300 per press and $40 a month each.")
f09_c4_worse = c("I... didn't understand most of that. I think I need to talk to somebody who knows computers before I spend money on it.", "think_it_over")
PAIRS.append(rpair(
    "b209r_f09_huntsville_monitoring",
    "The owner of a small injection molding shop in Huntsville, Alabama, asks about machine monitoring and says she is not a tech person. Worse: the trainee explains it in unexplained jargon.",
    better=[f09_c1, f09_t1, f09_c2, f09_t2, f09_c3, f09_t3_better, f09_c4_better],
    worse=[f09_c1, f09_t1, f09_c2, f09_t2, f09_c3, f09_t3_worse, f09_c4_worse],
))

# f10: talks about themselves instead of the customer
f10_c1 = c("Good morning, Andrzej Michalski from Tkalnia Lodzka. We need spare parts for our Picanol looms, mostly rapier tapes and grippers. We use a lot, and the original parts are very expensive. Do you have alternatives?", None)
f10_t1 = t("Good morning Mr Michalski. Yes, we supply both original and compatible parts. Which loom model, and roughly how many tapes do you use in a year?")
f10_c2 = c("Picanol OptiMax, 24 looms. Rapier tapes maybe 150 a year. The original price is killing us.", None)
f10_t2 = t("150 tapes a year on 24 OptiMax, and the original price is the pain. Our compatible tapes cost about 40 percent less; honestly, in most mills they last 80 to 90 percent as long. What do you weave? Heavier yarns wear tapes faster.")
f10_c3 = c("Mostly cotton, some polyester blends for workwear, medium heavy. But I tell you, we tried cheap tapes from another company two years ago, they broke after two weeks.", "bad_experience")
f10_t3_better = t("That's a real risk with cheap tapes. With medium-heavy cotton I'd suggest a test: ten tapes on four looms for two months, and you count the hours against your originals. If they don't reach 80 percent, you don't buy more.")
f10_c4_better = c("Ten for a test, okay, that is fair.", None)
f10_t3_worse = t("I understand. You know, I started my career in a weaving mill in Bielsko-Biala twenty years ago, so I know looms very well. I've worked on Picanol, Dornier, Sulzer, everything. My team and I built this company from zero, and now we supply mills in six countries. We're not like those cheap suppliers.")
f10_c4_worse = c("Okay, but this does not tell me if your tapes will last on my looms. I will think about it.", "think_it_over")
PAIRS.append(rpair(
    "b209r_f10_lodz_rapiertapes",
    "A Polish weaving mill manager in Lodz looks for cheaper compatible rapier tapes and grippers for his looms. Worse: the trainee talks about himself instead of the customer's worry.",
    better=[f10_c1, f10_t1, f10_c2, f10_t2, f10_c3, f10_t3_better, f10_c4_better],
    worse=[f10_c1, f10_t1, f10_c2, f10_t2, f10_c3, f10_t3_worse, f10_c4_worse],
))
