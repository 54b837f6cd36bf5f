"""blind152 ranked pairs f01-f10: both sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

N = None
P = []

# f01 argues with the customer
o = c("Howzit. I bought a 10 gig bundle on Monday and it's already finished. Wednesday! Something's wrong.", N)
a = t("Eish, that's fast. Let me look at the usage on your number. Anything different this week, updates, videos, a new app?")
b = c("Nothing. WhatsApp and Facebook. Same as always.", N)
xg = t("I see 6 gigs went between 1 and 3am on Tuesday. That's usually a backup running while the phone charges. New phone lately?")
yg = c("Oh. Ja, I changed phones on Sunday. Maybe it was restoring.", N)
xb = t("With respect, bundles don't just disappear, it's impossible. You must have used it, there's nothing wrong on our side.")
yb = c("Are you calling me a liar? I'm telling you I didn't use it.", N)
z = t("Cloud backups can run on mobile data at night. I'll add 2 gigs as goodwill and set backups to wifi-only with you now.")
w = c("Okay. Please do that.", N)
P.append(rpair("b152r_f01_cell_data_vanished", "Cellphone network call centre, SA: a data bundle ran out in two days.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f02 doubts the customer's honesty
o = c("Morning. I bought this gate motor from you three weeks ago. It just stopped. It won't even click.", N)
a = t("Morning. Sorry, that's annoying. Is the gate stuck open or closed?")
b = c("Open. I had to tie it with wire overnight. Not nice in Pumula.", N)
xg = t("Let's test it on the bench. Did anything happen when it died, a storm, a power cut?")
yg = c("There was a power cut. When the power came back, nothing.", N)
xb = t("Hmm. Motors don't die in three weeks. Are you sure nobody drove into the gate, or that it wasn't installed wrong?")
yb = c("Your own installer fitted it! Why would I lie to you?", N)
z = t("A surge when power returns can blow the control board. That's under warranty. I'll swap the board now, twenty minutes, and add a surge protector at cost.")
w = c("Okay. I'll wait.", N)
P.append(rpair("b152r_f02_pumula_gate_motor", "Hardware store, Bulawayo (counter): a gate motor died after three weeks.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f03 drops the price before asking anything
o = c("Good afternoon. How much is that 5kVA solar system in the window?", N)
xg = t("It's $3,400 installed. Before anything else, what do you want running during the ZESA cuts?")
yg = c("Fridge, lights, TV, and the borehole pump. Some cuts are twelve hours.", N)
xb = t("It's $3,400, but for you, $2,900 today, cash.")
yb = c("If it drops that fast, what was the first price for? Anyway, I need the fridge, lights, TV and the borehole pump.", N)
a = t("The pump is the big one. How deep is the borehole, and what size is the pump?")
b = c("About 60 metres, 1.5 kilowatt pump. My neighbour's system can't start his pump at all.", N)
z = t("A 5kVA can start it, but twelve hours needs a second battery. Let me see your board and pump on Saturday and quote exactly.")
w = c("Saturday is fine. Morning.", N)
P.append(rpair("b152r_f03_harare_solar_window", "Solar shop, Harare (walk-in): a customer asks the price of a display system.",
               [o, xg, yg, a, b, z, w], [o, xb, yb, a, b, z, w]))

# f04 an unasked lecture
o = c("Hi, my screen cracked. Can you fix it today? I need my phone for work.", N)
a = t("Let me see. Ja, only the glass, the display underneath still works. What model is it?")
b = c("Samsung A34. I dropped it getting out of a combi.", N)
xg = t("Combis are rough on phones. By what time do you need it back?")
yg = c("By two, my shift starts half past.", N)
xb = t("I see this every day. If people used a proper case and screen guard they wouldn't be here. Phones aren't made to be dropped, you must look after them.")
yb = c("Okay... I know. I didn't come for a lesson, I just need it fixed.", N)
z = t("The A34 glass is P650 and it takes about two hours, so you'll have it before lunch.")
w = c("P650 is more than I hoped, but fine, I need it. Do it.", "too_expensive")
P.append(rpair("b152r_f04_gabs_phone_screen", "Phone repair kiosk, Gaborone (counter): a cracked screen before a shift.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f05 a vague next step
o = c("Hi, we're a building contractor, 45 workers, weekly wages. Payroll is killing my admin lady. Do you have something?", N)
a = t("We do. How are wages worked out now, paper timesheets then a spreadsheet?")
b = c("Paper timesheets from site, then she types them into Excel. Friday is chaos.", N)
d = t("So the pain is retyping paper every Friday. If foremen clock workers on a phone on site, hours go straight to payroll. Do your foremen have smartphones?")
e = c("Most do. One is old-school, he'll moan. And we were sold a system before that nobody used.", "bad_experience")
xg = t("Then let's trial it for two weeks on one site, with the old-school foreman in it. I'll set up Monday at 8 and come back on the 20th to check with your admin lady.")
yg = c("Monday at 8 works. She'll be very happy.", N)
xb = t("Okay, great. I'll chat to the team about a trial and we'll let you know when we can set something up.")
yb = c("Let me know when? Friday is chaos every week. Okay, I suppose.", N)
P.append(rpair("b152r_f05_polokwane_payroll", "Payroll software, Polokwane (call): a contractor's weekly wages take a day to type.",
               [o, a, b, d, e, xg, yg], [o, a, b, d, e, xb, yb]))

# f06 over-promises
o = c("Hi, we're moving from Joburg to Cape Town on the 28th. Three-bed house. My wife's piano is coming too, I'm nervous about that.", N)
a = t("Understood, pianos need care. Upright or grand, and are there stairs at either end?")
b = c("Upright. There's a narrow staircase at the new place in Tokai.", N)
xg = t("Narrow stairs are the risk. Our surveyor measures both ends before I quote, and the piano is insured on the truck. I can't promise the stairs until we've measured.")
yg = c("Good, I'd rather know now.", N)
xb = t("Don't worry at all, we've never damaged a piano in twenty years. It'll fit, it always does, and delivery on the 29th is guaranteed.")
yb = c("Never? That sounds too good. But okay.", N)
z = t("Our surveyor can come and list everything, say Thursday at 10?")
w = c("Weekdays are hard, we're both working and packing at night. Saturday?", "no_time")
P.append(rpair("b152r_f06_joburg_cpt_piano_move", "Removals company, Johannesburg (call): a long-distance move with a piano.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f07 closes before checking the thing works for him
o = c("Good morning. My children say I don't hear properly anymore. I don't think it's so bad, but here I am.", N)
a = t("Good morning, and well done for coming. Where do you notice it most, TV, phone, restaurants?")
b = c("In church, and when the grandchildren talk fast. My wife says the TV is too loud.", N)
d = t("Common first signs. The test shows mild loss in both ears, mostly high sounds, that's children's voices. This small device sits behind the ear, R9,800 a pair.")
e = c("R9,800. Hmm. That's a lot for something I'm not sure I need.", "too_expensive")
xg = t("Fair. Let's switch it on now so you hear the difference, then take it home for a week, church too, before paying anything.")
yg = c("Oh. I can hear the air conditioner. Okay, a week.", N)
xb = t("It's the best value on the market. Pay today and I'll book the fitting for next month. Card or EFT?")
yb = c("Pay before I've even heard with it? No, I'll leave it for now.", "think_it_over")
P.append(rpair("b152r_f07_hearing_aid_trial", "Audiology practice, East London (consulting room): an older man reluctant about hearing aids.",
               [o, a, b, d, e, xg, yg], [o, a, b, d, e, xb, yb]))

# f08 unexplained jargon
o = c("Hello. The fibre people were digging in our street. My son says we should get fibre. What is it and what does it cost?", N)
a = t("Hello! What do you use the internet for now, and how do you connect?")
b = c("Data on my phone, for WhatsApp and news. My son does his university work on my hotspot. We fight about data.", N)
xg = t("Fibre is a cable into the house: internet for every device, one flat amount a month, no data running out. The smallest, 20 megabits, is P399 and plenty for that.")
yg = c("No running out? That would end the fighting.", N)
xb = t("It's FTTH on a GPON network, we install an ONT, and the 20 meg symmetrical line is uncapped and unshaped at P399.")
yb = c("Eish, that's a lot of letters. But P399, okay.", N)
z = t("Installation is free this month. Shall I check if your house can be connected?")
w = c("P399 every month on a pension... let me speak to my son first.", "think_it_over")
P.append(rpair("b152r_f08_gaborone_fibre_gran", "Fibre provider, Gaborone (call): a pensioner asks what fibre is.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f09 talks about herself instead of the customer
o = c("Hi! We're getting married in March and need a cake. About 120 guests. No idea where to start.", N)
a = t("Congratulations! Let's start with you two: what kind of wedding, and what do you both love to eat?")
b = c("Outdoors on a farm in the Midlands. He loves carrot cake, I'm a chocolate person.", N)
xg = t("Outdoors in March can be warm, so buttercream holds better than fresh cream. A carrot tier and a chocolate tier, so you each get yours?")
yg = c("Oh, I love that. He will too.", N)
xb = t("Ah, I got married on a farm too! We had a naked cake, five tiers, gorgeous, my husband still talks about it. Best day of my life, honestly.")
yb = c("Ha, lovely... so, um, what would you suggest for us?", N)
z = t("For 120, carrot and chocolate tiers plus a cutting cake is about R3,800. Tasting on Saturday?")
w = c("R3,800 is more than we budgeted. Can we do the tasting and then decide?", "too_expensive")
P.append(rpair("b152r_f09_durban_wedding_cake", "Cake studio, Durban (WhatsApp voice call): a bride-to-be needs a wedding cake.",
               [o, a, b, xg, yg, z, w], [o, a, b, xb, yb, z, w]))

# f10 recommends before asking
o = c("Hi, I need something for a cough. It's been keeping me up at night.", N)
xg = t("Sorry to hear. How long, is it dry or chesty, and are you on any other medicine?")
yg = c("About a week. Dry, tickly. I take blood pressure pills.", N)
xb = t("This one's our best seller, R129. It knocks you out and you sleep right through.")
yb = c("Knocks me out? I'm on blood pressure pills, is that okay? It's a dry cough, a week now.", N)
a = t("Good you mention the BP pills. Some mixtures have decongestants that push pressure up, so a plain dry-cough syrup, R89. No better in a week, or a fever, see the doctor.")
b = c("R89. Money's tight this month, is there nothing cheaper?", "no_money")
z = t("The generic is R52, same active ingredient. I'll write the dose on the box.")
w = c("The generic, then. Thanks.", N)
P.append(rpair("b152r_f10_pharmacy_cough_bp", "Pharmacy, Bulawayo (counter): a customer on blood pressure pills wants cough medicine.",
               [o, xg, yg, a, b, z, w], [o, xb, yb, a, b, z, w]))

PAIRS = P
