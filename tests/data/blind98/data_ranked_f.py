"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer: potato seed, agro-dealer, Nyeri
o = c("Good morning. I want potato seed for one acre. But honestly, last year the certified seed I bought in Karatina rotted in the ground. So I don't know.", "bad_experience")
a1 = t("Good morning. Which variety do you want, and when are you planting?")
c1 = c("Shangi. After the rains start, maybe in two weeks.", None)
b2 = t("Before we go on, tell me about last year's rot: was the soil waterlogged, and did the seed have sprouts when you planted?")
bc2 = c("It rained very much that month. And the seed, I kept it in a sack for three weeks, the sprouts were long and some broke.", None)
w2 = t("Certified seed doesn't rot like that. That can't have been the seed, you must have planted it wrong. Our seed is tested.")
wc2 = c("I have planted potatoes for 20 years. Don't tell me I don't know how to plant.", None)
a3 = t("Shangi certified seed is KSh 3,800 a 50 kg bag, and an acre needs about 16 bags. Plant on ridges so water drains, and keep the seed in a cool, shaded place with some light, not a closed sack, until planting.")
c3 = c("16 bags is 60,000, I don't have that now. Give me 8 bags, I'll plant half with my own seed.", "no_money")
PAIRS.append(rpair(
    "b98r_f01_nyeri_potatoseed",
    "A farmer burned by rotten seed last year buys potato seed; in `worse` the dealer argues with his account.",
    [o, a1, c1, b2, bc2, a3, c3], [o, a1, c1, w2, wc2, a3, c3]))

# f02 doubts the customer's honesty: lost prescription, pharmacy, Kaduna
o = c("Good afternoon. The doctor gave me amoxicillin for my chest infection but I lost the paper on the bus. Please can you give me?", None)
a1 = t("Good afternoon, sorry about that. Which hospital did you go to, and when?")
c1 = c("Barau Dikko hospital, this morning. Dr. Musa.", None)
b2 = t("Antibiotics need a prescription, so let me call the clinic to confirm, it takes five minutes. Do you have your hospital card or the receipt?")
bc2 = c("Yes, this is my card and the receipt.", None)
w2 = t("Hmm, many people say they lost the paper just to get antibiotics. How do I know a doctor even saw you?")
wc2 = c("Why would I lie? I am sick. Here is my card and the receipt, check it.", None)
a3 = t("Thank you. The clinic has confirmed: amoxicillin 500mg, three times a day for 7 days. That's ₦2,400. Finish all of it even if you feel better.")
c3 = c("2,400 ke? The hospital pharmacy said 1,500, but they had run out. Okay, give me.", None)
PAIRS.append(rpair(
    "b98r_f02_kaduna_prescription",
    "A patient who lost his prescription asks a pharmacist for antibiotics; in `worse` the pharmacist suggests he is lying.",
    [o, a1, c1, b2, bc2, a3, c3], [o, a1, c1, w2, wc2, a3, c3]))

# f03 drops the price before asking anything: church flyers, print shop, Madina, Accra (WhatsApp)
o = c("Hi please how much for printing flyers for our church harvest? We need them by Friday.", None)
b1 = t("Hi! It depends. How many copies, what size, colour on one side or both? And do you have the design already?")
bc1 = c("500 copies, A5, colour one side. Our youth leader made the design on Canva.", None)
w1 = t("For a church I'll give you a special discount, 20 percent off our normal price. How many do you want?")
wc1 = c("Ok... 500 copies, A5, colour one side, design is on Canva. But what is the normal price first?", None)
a2 = t("500 A5 in colour, one side, is GH₵ 650, ready Thursday. Please send the Canva file as a PDF so the colours print right.")
c2 = c("650, hmm. The church only budgeted 500 for flyers.", "no_money")
a3 = t("Then 400 copies at GH₵ 520, or 500 on lighter paper at GH₵ 500. Which do you prefer?")
c3 = c("Lighter paper, 500 copies. I'll send the PDF now.", None)
PAIRS.append(rpair(
    "b98r_f03_madina_flyers",
    "A church member orders harvest flyers; in `worse` the printer offers a discount before knowing the job.",
    [o, b1, bc1, a2, c2, a3, c3], [o, w1, wc1, a2, c2, a3, c3]))

# f04 an unasked lecture: school fees loan, microfinance, Kisumu
o = c("Good morning. I need a loan of 60,000 for my daughter's Form 3 fees. School opens next week.", None)
a1 = t("Good morning, we can help. Are you already a member, and what work do you do?")
c1 = c("Yes, member for two years. I sell fish at Kibuye market.", None)
b2 = t("Thank you. With two years' membership you qualify for our school fees loan, up to three times your savings. How much do you have saved?")
bc2 = c("About 25,000.", None)
w2 = t("You know, fees come every term, they're no surprise. People should put money aside weekly instead of running for loans at the last minute. Discipline is everything. Anyway, how much do you have saved?")
wc2 = c("I didn't come here for a sermon. I save when the fish sells. About 25,000.", None)
a3 = t("That allows up to 75,000, so 60,000 is fine. 1.5 percent a month over 6 months, about 10,900 a month, and we pay the school directly.")
c3 = c("10,900 a month is fine when fish is there. In the long rains it's low, but I'll manage. Let's do it.", None)
PAIRS.append(rpair(
    "b98r_f04_kisumu_feesloan",
    "A fish trader asks her microfinance for a school fees loan; in `worse` the officer lectures her about planning.",
    [o, a1, c1, b2, bc2, a3, c3], [o, a1, c1, w2, wc2, a3, c3]))

# f05 vague next step: delayed fibre installation, Lusaka
o = c("Hello. I applied for home fibre in Kabulonga three weeks ago and paid the K500 installation. Nobody has come. What is happening?", None)
a1 = t("Hello, I'm sorry about the wait. Can I have your account or phone number?")
c1 = c("0977 123 456. I have been calling every week.", None)
a2 = t("I see your order. The delay is the cable on your street: it wasn't connected to the pole near your house because the team needed a council permit. That came through on Monday.")
c2 = c("So when will they come? I need it, I'm working from home from next month.", None)
b3 = t("Your street is scheduled for Thursday. I've booked your installation for Friday morning, 8 to 12, and I'll call you Thursday evening to confirm the cable is done. If it slips, you can have your K500 back, no questions.")
bc3 = c("Friday morning is fine. I'll wait for your call on Thursday.", None)
w3 = t("The team will be in your area soon. We'll let you know once the cable is done, and they'll contact you to arrange installation.")
wc3 = c("Soon is what they told me last week. I'm thinking of taking my K500 back and going to another company.", "bad_experience")
PAIRS.append(rpair(
    "b98r_f05_lusaka_fibredelay",
    "A customer chases a fibre installation three weeks late; in `worse` the agent gives a vague next step.",
    [o, a1, c1, a2, c2, b3, bc3], [o, a1, c1, a2, c2, w3, wc3]))

# f06 over-promises: wedding hall power, Mikocheni, Dar es Salaam
o = c("Good evening. We're looking at your hall in Mikocheni for our son's wedding in January, 400 guests. At another hall the power went off during the speeches. I don't want that again.", "bad_experience")
a1 = t("Good evening, and congratulations. That's a bad memory to have from a wedding. Which date in January?")
c1 = c("Saturday the 18th.", None)
a2 = t("The 18th is open. For 400, the main hall is TSh 6.5 million, including chairs, basic decor and the generator.")
c2 = c("And the power? This is my main worry.", None)
b3 = t("We have a 150 kVA generator that starts by itself within about 10 seconds if TANESCO goes off. It's serviced monthly, and a technician stays on site during events. I can't say nothing will ever go wrong, but a 10-second blink is the worst we've had this year.")
bc3 = c("Ten seconds we can live with. Let me bring my husband to see the generator on Saturday.", "think_it_over")
w3 = t("Don't worry at all, I guarantee you 100 percent the power will never go off, not even for one second. We have never had any problem.")
wc3 = c("Never? The last hall also promised. I'll bring my husband to see it on Saturday.", "think_it_over")
PAIRS.append(rpair(
    "b98r_f06_dar_weddinghall",
    "A mother worried about power cuts books a wedding hall; in `worse` the manager over-promises.",
    [o, a1, c1, a2, c2, b3, bc3], [o, a1, c1, a2, c2, w3, wc3]))

# f07 closes before checking the thing works: motorbike battery, Kigali
o = c("Hello. My moto is not starting in the morning, I push it every day. I think the battery is finished.", None)
a1 = t("Hello. How old is the battery, and do the horn and light work when you turn the key?")
c1 = c("Maybe one year and half. The horn is weak in the morning, but after pushing, everything works.", None)
a2 = t("That sounds like the battery, but it can also be the charging. A new battery is 25,000 francs.")
c2 = c("Okay, put a new one. 25,000 is fine.", None)
b3 = t("Fitted. Before you pay, let me start it and check the charging with the meter... 14.2 volts at high revs, good, so the charging works and the new battery will stay full.")
bc3 = c("Good. Here is 25,000.", None)
w3 = t("Fitted. That's 25,000, pay by MoMo here please, and you're ready to go.")
wc3 = c("You didn't even start it. What if it's the charging and in one week it's dead again?", None)
PAIRS.append(rpair(
    "b98r_f07_kigali_motobattery",
    "A moto rider replaces a battery; in `worse` the mechanic takes payment without checking the charging.",
    [o, a1, c1, a2, c2, b3, bc3], [o, a1, c1, a2, c2, w3, wc3]))

# f08 recommends before asking: cement for plastering, Ibadan
o = c("Good morning sir. I want cement. How much is one bag?", None)
b1 = t("Good morning. Dangote 42.5 is ₦9,800, the 32.5 grade ₦9,200. What are you using it for: blocks, plastering, a slab?")
bc1 = c("Plastering, inside my two rooms. Maybe 10 bags.", None)
w1 = t("Good morning. Take Dangote 42.5, it's the strongest, ₦9,800 a bag. How many bags should I load?")
wc1 = c("Strongest for what? I'm only plastering inside two rooms. Maybe 10 bags. Is there not a cheaper one?", None)
a2 = t("For plastering, 32.5 is enough: ₦9,200, so ₦92,000 for 10 bags. You'll also need sharp sand; the sand sellers at the junction have it.")
c2 = c("92,000. Hmm. My budget was 80,000. Let me take 8 bags now and the rest next week.", "no_money")
a3 = t("That's fine. Eight bags, ₦73,600. Keep them raised off the floor.")
c3 = c("Okay, load them.", None)
PAIRS.append(rpair(
    "b98r_f08_ibadan_cement",
    "A homeowner buys cement for plastering; in `worse` the seller recommends a grade before asking the use.",
    [o, b1, bc1, a2, c2, a3, c3], [o, w1, wc1, a2, c2, a3, c3]))

# f09 unexplained jargon: Wi-Fi upstairs, Nyali, Mombasa (chat)
o = c("Hi, my wifi at home in Nyali keeps dropping every few minutes. I pay for 20 Mbps. Can you fix it?", None)
a1 = t("Hi, sorry about that. Does it drop on all devices, and in every room or only far from the router?")
c1 = c("All phones, mostly in the bedrooms upstairs. Downstairs is okay.", None)
b2 = t("Then your line is probably fine; the Wi-Fi signal just isn't getting upstairs through the concrete floor. A small second router upstairs, a mesh unit, would carry it there. KSh 4,500 once, and we set it up.")
bc2 = c("4,500... okay, if it fixes upstairs.", None)
w2 = t("Looks like low RSSI on 2.4 GHz; I'd deploy a mesh node with wired backhaul, or at least a 5 GHz AP upstairs to fix the roaming. KSh 4,500 once.")
wc2 = c("I didn't understand any of that. What exactly is the problem, and will 4,500 fix it?", None)
a3 = t("We can send a technician Saturday to install it and test the speed in each bedroom. If it doesn't help, we take it back and refund you.")
c3 = c("Saturday is fine. After 10 please.", None)
PAIRS.append(rpair(
    "b98r_f09_mombasa_wifi",
    "A customer's Wi-Fi drops upstairs; in `worse` the support agent explains in unexplained jargon.",
    [o, a1, c1, b2, bc2, a3, c3], [o, a1, c1, w2, wc2, a3, c3]))

# f10 talks about themselves: susu savings for a hairdresser, Kumasi
o = c("Good morning. I'm a hairdresser in Bantama. I want to save for a second dryer and maybe a small loan later. What account do you have?", None)
a1 = t("Good morning. How much could you save, and how often, daily or weekly?")
c1 = c("Daily is easier for me, maybe 30 cedis a day. Some days nothing.", None)
b2 = t("Then daily susu suits you. Before I explain, how much is the dryer, and when would you like to have it?")
bc2 = c("About 2,500 cedis. Before Christmas, that's when women do their hair.", None)
w2 = t("Then daily susu suits you. You know, I started here as a collector myself, walking round Bantama in the sun, and now I'm branch supervisor, best staff two years running. My own sister has a salon too. Anyway, how much is the dryer?")
wc2 = c("Okay... congratulations. The dryer is 2,500. I want it before Christmas.", None)
a3 = t("Then a collector comes to your salon every day, no fixed amount. Save from now, and by October you can borrow up to twice your balance, so you'd have the dryer before Christmas. The fee is 2 cedis a month.")
c3 = c("The saving, I can start. The loan part, let me talk to my husband first.", "think_it_over")
PAIRS.append(rpair(
    "b98r_f10_kumasi_susu",
    "A hairdresser asks about saving for a dryer; in `worse` the officer talks about his own career.",
    [o, a1, c1, b2, bc2, a3, c3], [o, a1, c1, w2, wc2, a3, c3]))
