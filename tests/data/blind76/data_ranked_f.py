"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it (written by hand for blind76)."""
from common import c, rpair, t

# f01 argues with the customer (Bundaberg, ute hire)
a0 = c("Hi, I need a ute for Saturday, moving my daughter's stuff from Bundy to Hervey Bay. Just the day.", None)
a1 = t("No worries. Is it furniture, like a fridge and a bed, or mostly boxes? Helps me pick between the tray ute and the one with the canopy.")
a2 = c("Fridge, bed, washing machine, a mountain of boxes. She's 19 and she's got more stuff than me.", None)
a3 = t("Then the tray ute with a cage, and I'll throw in ratchet straps. 119 for the day with 200 k's included; Bundy to Hervey Bay and back is about 170.")
a4 = c("Right. Last time I hired one of yours, though, a tyre went flat on the highway and I sat there two hours waiting for someone.", "bad_experience")
a5b = t("That's a rotten way to spend a day, sorry. I'll check the tyres with you before you leave, the spare on this one's brand new, and here's my mobile: if anything happens, ring me, not the call centre.")
a6b = c("Alright, that's fair. Put me down for seven on Saturday.", None)
a5w = t("Honestly, I doubt it was the ute, our tyres get checked every hire. More likely you picked something up on the road. That's not really on us.")
a6w = c("I was there, mate, the tyre was bald. Forget it, I'll borrow my brother-in-law's trailer.", None)

# f02 doubts the customer's honesty (Kisumu, phone insurance)
b0 = c("Hello, my phone was snatched at the stage in Kisumu yesterday evening. I have your phone insurance. What do I do?", None)
b1 = t("Pole sana, that's horrible. Were you hurt?")
b2 = c("No, just shocked. A boda guy grabbed it from my hand and he was gone. I reported at Central police, I have the OB number.", None)
b3 = t("Good, the OB number is the main thing. I also need the phone's IMEI, it's on the box or the receipt, and your ID. Do you still have the box?")
b4 = c("Yes, the box is at home. Will I pay something? I'm a student, I don't have much.", None)
b5b = t("There's an excess of 2,000 shillings, paid when the replacement comes. Send the OB number, a photo of the IMEI and your ID today, and the replacement is usually ready in five working days.")
b6b = c("Okay, I'll send them tonight. Thank you.", None)
b5w = t("There's a 2,000 excess. But I have to ask: a lot of 'snatched' phones turn out to be lost or sold. Are you sure it was stolen and not just lost?")
b6w = c("Are you calling me a liar? I have the OB number from the police. I'll send the papers, but I'm not happy.", None)

# f03 drops the price before asking anything (Luxor, hotel menus)
p0 = c("Good morning. I am F&B manager at a hotel on the Corniche. We need new restaurant menus, 80 pieces, the old ones are dirty from the guests.", None)
p1b = t("Good morning. 80 menus: same design as now, or do dishes and prices change too?")
p2b = c("Same design, but the prices changed, everything went up. Can you make them so they don't get dirty so fast?", None)
p1w = t("Good morning. For 80 menus I can give you a special price straight away, 35 pounds each instead of 45.")
p2w = c("Already a discount? Then you can do 25, the shop on Karnak Street said 25. Anyway, same design, new prices, and they must not get dirty so fast.", "too_expensive")
p3 = t("Two ways: laminated card, or a leather-look cover with paper pages inside, so next time you reprint only the pages. How often do your prices change?")
p4 = c("With the dollar? Every three months, honestly. The cover with pages, I think.", None)
p5 = t("Then the covers are 120 pounds each, once, and pages 12 pounds a set each time prices change. Laminated is cheaper today but you'd reprint every three months. I'll bring a sample of both tomorrow to compare.")
p6 = c("Bring both. Ten o'clock, ask for Mr. Adel at reception.", None)

# f04 an unasked lecture (Kununurra, laminitic pony)
k0 = c("Hi, my daughter's pony is walking like she's on eggshells, rocking back on her heels. Started this morning.", None)
k1 = t("That stance worries me, it can be laminitis. Has she been on new grass, or got into the feed?")
k2 = c("The wet's brought the grass up heaps, she's been out on it all week. She's a chubby little thing.", None)
k3 = t("Right. Please get her off the grass now, into a yard with soft ground or sand, no feed except a bit of soaked hay. I can come out at four. The call-out's 180 plus the exam.")
k4 = c("180 just to turn up? Christ. Can't you tell me what to give her over the phone?", "too_expensive")
_k5 = "I wish I could. With laminitis the first day matters: I need to check her feet and pulses, and she'll need pain relief I can't send down the phone. If you can float her in, there's no call-out, just the 95 exam."
k5b = t(_k5)
k6b = c("She can walk to the float, just. I'll bring her in. Half an hour.", None)
k5w = t(_k5 + " And honestly, this is what happens when ponies are kept fat on lush grass. You need to manage her weight all year: grazing muzzle, small paddock, weigh her monthly. Laminitis is nearly always an owner-management problem.")
k6w = c("I'll bring her in. Didn't need the lecture, though, she's my daughter's first pony and she's already in tears.", None)

# f05 a vague next step (Rustenburg, PPE kits)
r0 = c("Hi, I'm the safety officer for a contractor at one of the platinum shafts near Rustenburg. We're taking on 60 new guys next month and need PPE kits for all of them.", None)
r1 = t("Hi. What goes in a kit for you: hard hat, boots, overalls, gloves, glasses, earplugs? And does the mine issue cap lamps and self-rescuers, or do you?")
r2 = c("The mine issues lamps and self-rescuers. We do the rest. Boots are always the headache, sizes all over the place.", None)
r3 = t("Then send me the size list when you have it and I'll hold stock. A kit like that is about 1,650 rand a person, so roughly 99,000. Boots carry a six-month sole warranty.")
r4 = c("Ninety-nine is more than I've got. They gave me 85 for the lot.", "no_money")
r5b = t("Two changes get you close: our own-brand overalls save 120 a person and bulk gloves 60, so about 88,000, and I'll take the rest off the boots to land on 85. Revised quote by 10 tomorrow; sign by Friday and it's on site on the 28th, boots bagged by name.")
r6b = c("That works. Ten tomorrow, I'll look out for it.", None)
r5w = t("Leave it with me, we'll see what we can do on the price and get back to you. Delivery should be fine, we'll let you know closer to the time.")
r6w = c("Okay... but the guys start on the 1st. When will I actually hear from you?", None)

# f06 over-promises (Dodoma, boarding school water)
s0 = c("Good afternoon. I am head teacher of a private secondary school near Dodoma, 600 boarders. Our borehole pump runs on the grid, and when the power goes there is no water for the dormitories.", None)
s1 = t("Good afternoon. That's hard with boarders. How deep is the borehole, and how much water do you use a day, do you know?")
s2 = c("The borehole is 90 metres. We use maybe 30,000 litres a day. We have two tanks of 10,000 on a tower.", None)
s3 = t("Thank you. For 30,000 a day from 90 metres you need a solar pump around 4 kilowatts with about twelve panels, and a third tank for cloudy days. Roughly 28 million shillings installed.")
s4 = c("28 million. That is the money for new desks this year. We cannot find that kind of money easily.", "no_money")
s5b = t("I understand. One honest thing: 30,000 a day needs the borehole to give about 4,000 litres an hour in the sunny hours. Before you spend anything, we should test-pump the borehole, 450,000, so we know it can. Then the board gets a real number, maybe a smaller one.")
s6b = c("A test first, yes, this is sensible. The board meets on the 10th.", None)
s5w = t("Don't worry, this system will give you water 24 hours a day, every single day, even in the rains, and it pays for itself in one year, I guarantee it. The board will love it.")
s6w = c("Every day, even with clouds? One year? Our electricity bill is not so big. I don't believe this.", None)

# f07 closes before checking it works (Harare, payment terminal)
h0 = c("Hi, I run a small restaurant in Avondale. Customers want to pay with mobile money and cards, but the signal inside is bad, the kitchen is like a bunker. Will your machine work here?", None)
h1 = t("Good question to ask first. Which network are you on, and where would the machine live: at the till, or carried to the tables?")
h2 = c("Econet. At the till, but sometimes carried to the tables outside. Inside my phone gets one bar.", None)
h3 = t("The machine takes two SIMs, so if one network is weak it uses the other, and it can use your Wi-Fi too. Rental is 15 dollars a month, plus 2% on cards and 1% on mobile money.")
h4 = c("15 a month is fine. But I tried another machine last year and it kept failing. Customers walked out without paying while we waited.", "bad_experience")
h5b = t("Then let's not guess. I have a demo machine in the car. Let's do a real payment at the till and at an outside table right now, with your own phone. If it doesn't connect, don't sign.")
h6b = c("Okay, let's try. Here's my card, try five dollars.", None)
h5w = t("Ours is much better, don't worry. I have the contract here: sign today and it's delivered by Friday.")
h6w = c("That's exactly what the last guy said. Leave the contract, I'll read it and call you.", "think_it_over")

# f08 recommends before asking (Ras Al Khaimah, wedding venue)
w0 = c("Hi, I'm calling about a wedding for my son. Not sure yet what we need. We live in Dubai, but my wife says Ras Al Khaimah is cheaper.", None)
w1b = t("Congratulations! Let's work it out together. Is it one event or several, nikkah, mehndi, walima? And roughly how many guests for each?")
w2b = c("Mehndi maybe 150, walima 400. Nikkah at the mosque. Separate men and women for the walima would be better, my mother-in-law insists.", None)
w1w = t("Congratulations! Our Royal Ballroom package is what most families take: 400 guests, 185 dirhams a head, with the beach terrace for photos.")
w2w = c("Royal for 400? I didn't tell you anything yet. Mehndi maybe 150, walima 400, and separate men and women for the walima, my mother-in-law insists.", None)
w3 = t("That helps. The main ballroom divides into two halls with a moving wall, so men and women are separate with the same food. For the mehndi the garden terrace takes 150 and music can run late. Walima 185 a head, mehndi 140.")
w4 = c("185 times 400... 74,000. Okay. It's more than we planned, but less than Dubai would be.", None)
w5 = t("I can hold two dates for a week. Would you and your wife like to come Saturday and see both halls with the wall moved?")
w6 = c("Saturday afternoon. She will want to see the kitchen too.", None)

# f09 unexplained jargon (Irbid, private school)
j0 = c("Good evening. My son is in grade 9 at a public school. Everyone talks about Tawjihi stress. I'm thinking of moving him to your school. What is the difference?", None)
j1 = t("Good evening, happy to explain. What does he want to study later, and in Jordan or abroad?")
j2 = c("Medicine, he says. Maybe in Jordan, maybe Germany. His English is medium.", None)
j3 = t("Then both routes can work. Can I ask what worries you most: the exam itself, or his English?")
j4 = c("The exam. Tawjihi is one exam for everything, the whole family is stressed for a year. And the fees, of course, we are not rich people.", None)
j5b = t("In our international track he sits exams at the end of grade 10 and again in grade 12, so the pressure is split, and Jordanian universities accept them for medicine after converting the grades. In the first year he gets extra English lessons. Fees are 3,200 dinars a year.")
j6b = c("Split in two, that is better for him. 3,200 is a lot for us. I must talk with my wife.", "think_it_over")
j5w = t("In our track he'd do IGCSEs in G10, then AS and A2, with MoE equivalency for medicine, and EAL in year one based on his CAT4. Fees are 3,200 dinars a year.")
j6w = c("Sorry, IGCSE, A2, CAT... I understood only the fees. Is it less stress for him or more?", None)

# f10 talks about themselves (Wagga Wagga, mobile patrols)
g0 = c("G'day. Someone's pinched 800 litres of diesel and a welder from our machinery shed, second time this year. We're out on the Holbrook road. Do you blokes patrol out that far?", None)
g1 = t("G'day. Sorry to hear it, second time's gutting. We do. How far out are you, and when do you reckon they came: at night, or while you're out in the paddocks?")
g2 = c("About 25 k's out. Both times at night, middle of the week. Dog barked, I thought it was a fox.", None)
g3 = t("Mobile patrol can do random visits between ten and four, two a night, and we'd fit a camera with a phone alert on the fuel tank. Patrols are 95 a visit, so 1,300-odd a month every night.")
g4 = c("Thirteen hundred a month is more than the diesel they took. I can't justify that.", "too_expensive")
g5b = t("Fair call. Then let's match it to when they come; you said midweek. Three nights, Tuesday to Thursday, is about 570 a month, and the camera alert covers the rest.")
g6b = c("Midweek only, that makes sense. Yeah, send me that.", None)
g5w = t("Fair call. You know, I grew up out near Junee myself, and Dad lost a whole tank of fuel once, never caught them. That's why I got into security. Fourteen years now, I've seen it all. Three nights a week would be about 570.")
g6w = c("Right. Good for you. Send me the three nights, I've got sheep to feed.", None)

PAIRS = [
    rpair("b76r_f01_bundaberg_ute_hire",
          "Bundaberg QLD (Australia): a father hires a ute to move his daughter; he was left stranded by a flat tyre on an earlier hire.",
          better=[a0, a1, a2, a3, a4, a5b, a6b], worse=[a0, a1, a2, a3, a4, a5w, a6w]),
    rpair("b76r_f02_kisumu_phone_claim",
          "Kisumu (Kenya): a student claims on phone insurance after a snatch theft.",
          better=[b0, b1, b2, b3, b4, b5b, b6b], worse=[b0, b1, b2, b3, b4, b5w, b6w]),
    rpair("b76r_f03_luxor_hotel_menus",
          "Luxor (Egypt): a hotel F&B manager orders 80 restaurant menus.",
          better=[p0, p1b, p2b, p3, p4, p5, p6], worse=[p0, p1w, p2w, p3, p4, p5, p6]),
    rpair("b76r_f04_kununurra_pony_laminitis",
          "Kununurra WA (Australia): a parent rings a vet about a pony with suspected laminitis.",
          better=[k0, k1, k2, k3, k4, k5b, k6b], worse=[k0, k1, k2, k3, k4, k5w, k6w]),
    rpair("b76r_f05_rustenburg_ppe_kits",
          "Rustenburg (South Africa): a contractor's safety officer needs 60 PPE kits within a fixed budget.",
          better=[r0, r1, r2, r3, r4, r5b, r6b], worse=[r0, r1, r2, r3, r4, r5w, r6w]),
    rpair("b76r_f06_dodoma_school_borehole",
          "Dodoma (Tanzania): a boarding-school head teacher asks about solar pumping for the borehole.",
          better=[s0, s1, s2, s3, s4, s5b, s6b], worse=[s0, s1, s2, s3, s4, s5w, s6w]),
    rpair("b76r_f07_harare_payment_terminal",
          "Harare (Zimbabwe): a restaurant owner with poor signal asks about a mobile-money and card terminal.",
          better=[h0, h1, h2, h3, h4, h5b, h6b], worse=[h0, h1, h2, h3, h4, h5w, h6w]),
    rpair("b76r_f08_rasalkhaimah_walima",
          "Ras Al Khaimah (UAE): a father from Dubai asks a resort about his son's wedding events.",
          better=[w0, w1b, w2b, w3, w4, w5, w6], worse=[w0, w1w, w2w, w3, w4, w5, w6]),
    rpair("b76r_f09_irbid_school_track",
          "Irbid (Jordan): a father weighs moving his grade-9 son from the Tawjihi track to a private international track.",
          better=[j0, j1, j2, j3, j4, j5b, j6b], worse=[j0, j1, j2, j3, j4, j5w, j6w]),
    rpair("b76r_f10_waggawagga_farm_patrols",
          "Wagga Wagga NSW (Australia): a farmer hit twice by diesel thieves asks about mobile patrols.",
          better=[g0, g1, g2, g3, g4, g5b, g6b], worse=[g0, g1, g2, g3, g4, g5w, g6w]),
]
