from common import c, rpair, t

# f01: drops the price before asking anything
a0 = c("I want to see that blue phone in the window.", None)
a1 = t("Sure, here it is. What will you mostly use it for?")
a1x = t("Sure, here it is. It's 24,999, but for you I'll do 22,500 right now, special price. What will you mostly use it for?")
a2 = c("Photos of my cakes, I run a home bakery on Instagram. My old phone is bad indoors.", None)
a2x = c("Twenty-two five already? Then twenty-one also you can do, I think. Anyway, photos of my cakes, I run a home bakery on Instagram. Old phone is bad indoors.", "too_expensive")
a3 = t("Under tube-light this blue one struggles a bit. The grey one beside it is better in low light. Shall we shoot that cake poster on the wall with both?")
a4 = c("Yes... grey one is much better, the cream looks like cream.", None)
a5 = t("Then the grey one is right for you. 23,999 with a free cover, and I'll set the camera to full quality before you go.")
a6 = c("Okay, pack the grey one.", None)
a6x = c("23,999? On the blue one you gave 2,500 off without me asking. Make this one 21 and I'll take it.", "too_expensive")

# f02: doubts the customer's honesty
b0 = c("I want to deposit 8 lakh cash in my account. I sold my car.", None)
b1 = t("Sure. For cash this size we note the source; a car sale is fine. Do you have the sale agreement or transfer letter?")
b1x = t("Eight lakh cash? Hmm. Are you sure it's from a car? Many people say 'car sale'. Do you have the sale agreement or transfer letter?")
b2 = c("Yes, here, the sale agreement and the excise transfer slip.", None)
b2x = c("Why would I lie? I've banked here twelve years. Here, the sale agreement and the excise transfer slip.", None)
b3 = t("Thank you, all in order; I'll attach copies to the slip. Will you keep it in savings, or do you have plans for it?")
b4 = c("I'll buy a smaller car in two, three months. Till then just keep it.", None)
b5 = t("Then savings is fine, or a three-month term deposit earns a bit more and matures in time. No pressure either way.")
b6 = c("Savings is fine for now.", "no_need")

# f03: vague next step
d0 = c("New flat in Borivali, the building has your fibre. I need connection by the 10th, I start work from home then.", None)
d1 = t("Noted, the 10th. Which building and wing? I'll check the port.")
d2 = c("Shanti Heights, B wing, 7th floor.", None)
d3 = t("Port is free. 100 Mbps is 899 a month, installation free. How many people will be online, working or streaming?")
d4 = c("Only me working, my wife watches some shows. 100 is enough.", None)
d5 = t("Then I'm booking the technician for the 7th, 10 to 1, three days before you start. You'll get an SMS with his name; if he's not there by 1, call me on this number.")
d5x = t("Okay, I'll put in the request. The team will call you for installation. We'll let you know.")
d6 = c("7th morning is fine, I'll be there.", None)
d6x = c("When, though? I start on the 10th. Last company also said 'we'll let you know', it took three weeks.", "bad_experience")

# f04: over-promises
e0 = c("We have power cuts, two, three hours. I want a UPS for my computer and router, I do freelance design.", None)
e1 = t("What needs to keep running: only the PC and router, or the monitor too? And how long do cuts usually last?")
e2 = c("PC, monitor and router. Usually two hours, sometimes three.", None)
e3 = t("That's about 250 watts. For two hours you'd need an inverter with a battery, about 95,000 rupees.")
e4 = c("95,000 I can't do right now, machan.", "no_money")
e5 = t("Then the 1,500 VA UPS at 38,000: the router runs for hours, and the PC gets about 20 minutes to save and shut down. A laptop on the router could carry you through.")
e5x = t("Then the 1,500 VA UPS at 38,000. It will run your PC, monitor and router the full two hours, no problem, and the battery lasts ten years.")
e6 = c("Okay, that's within budget. I'll use my old laptop in cuts. I'll take it.", None)
e6x = c("Two hours on 38,000? You just said only an inverter does that. Now I don't know what to believe.", None)

# f05: argues with the customer
g0 = c("Hi, I bought these earrings here last month. One stone already fell out.", None)
g1 = t("Oh, sorry about that. Let me see... yes, one stone is missing on the left. Do you have the receipt?")
g2 = c("Yes, here. I wore them only twice, at a wedding.", None)
g3 = t("Thank you. That shouldn't happen after two wears.")
g3x = t("Only twice? Stones don't just fall out after two wears. Usually it got knocked or caught in a dupatta. Are you sure?")
g4 = c("That's what I thought. Can you fix it?", None)
g4x = c("I'm telling you, twice. I'm not rough with my jewellery. Are you going to fix it or not?", None)
g5 = t("We'll reset it free and check the other stones are tight. Ready Thursday after 2; I'll text you.")
g6 = c("Okay, Thursday.", None)

# f06: unexplained jargon
h0 = c("I'm going to Toronto for my son's convocation, then Vancouver to see my brother, then back home. Can you make the ticket?", None)
h1 = t("Yes. Dates for each part? Any preference for route, Dubai, Doha or Istanbul?")
h2 = c("Toronto June 5th, Vancouver June 15th, back to Dhaka June 28th from Vancouver. Route doesn't matter, cheaper is better.", None)
h3 = t("Then the cheapest is usually a ticket into Toronto and back from Vancouver, with a separate flight between them. About 1,85,000 taka via Doha. The airline holds it free till Thursday.")
h3x = t("Then best is an open-jaw, YYZ in, YVR out, domestic sector on a separate PNR. Fare basis allows changes with a fee; TTL Thursday, 1,85,000 all-in via DOH.")
h4 = c("Good. Can I change the return date if I stay longer with my brother?", None)
h4x = c("Bhai, I understood nothing except one lakh eighty-five. Open what? Is Vancouver included or not?", None)
h5 = t("The Toronto to Vancouver flight is separate, about 25,000 taka more; I'll book both. Changing the return date later costs a fee, usually around 15,000.")
h6 = c("That's fine. Hold it, I'll pay on Wednesday.", None)

# f07: closes before checking the thing works
k0 = c("My phone is not charging. I think port is the problem. Can you fix today?", None)
k1 = t("Let's see. When did it start, and does it charge if you hold the cable a certain way?")
k2 = c("Last week. If I hold the cable like this, it charges.", None)
k3 = t("Sounds like lint or a loose port. I'll clean it first, free; if that doesn't work, a new port is 79 dollars.")
k4 = c("Okay, try cleaning first.", None)
k5 = t("Cleaned, lots of lint. Let's plug it in here... it shows charging, and the cable sits firm without holding. You try.")
k5x = t("Cleaned, lots of lint. That should do it. All done, have a good day.")
k6 = c("Yes, it's charging. Thank you, boss.", None)
k6x = c("You didn't even plug it in. If it still doesn't charge, I come back from Jamaica Avenue again?", None)

# f08: unasked lecture
m0 = c("I want to increase my credit card limit. It's 50,000 now. We're buying furniture for our new house.", None)
m1 = t("Congratulations on the house. Roughly how much is the furniture, and will you pay in one go or EMIs?")
m2 = c("About 1.2 lakh. The shop gives no-cost EMI on cards, six months.", None)
m3 = t("Then you need at least 1.2 lakh limit, since the full amount is blocked. With your salary here you're eligible up to 1.5 lakh. I can raise it now; approval in about two days.")
m3x = t("Okay. Honestly, many young couples get into trouble furnishing on credit; save first and buy in cash, that's the disciplined way. Anyway, you're eligible up to 1.5 lakh. I can raise it now; approval in about two days.")
m4 = c("Two days is fine. Please do it.", None)
m4x = c("I've already worked out the EMI, thank you. I didn't ask for advice. Just raise it.", None)
m5 = t("Raised. One check: 'no-cost' EMI sometimes has a processing fee at the shop, around 199. Ask before you swipe.")
m6 = c("Okay, good to know.", None)

# f09: recommends before asking
n0 = c("I want to change my internet package. The current one is not working for us.", None)
n1 = t("Sure. What's not working: speed, drops, or the price?")
n1x = t("Sure, I'd recommend our 100 Mbps Max, 7,500 a month, it solves most problems. What's not working?")
n2 = c("It's the price actually. My son went abroad, only me and my wife now. News and WhatsApp only. 6,000 a month is too much.", "too_expensive")
n2x = c("Bigger package? No, no. It's the price actually. My son went abroad, only me and my wife now. News and WhatsApp only. 6,000 is too much.", "too_expensive")
n3 = t("Then you can go down. 15 Mbps at 2,800 is plenty for news and video calls.")
n4 = c("Video call with my son will work? He calls every Sunday.", None)
n5 = t("Yes, a video call needs 2 or 3 Mbps. I'll switch you from the next billing date, no charge to change.")
n6 = c("Very good. Do it.", None)

# f10: talks about himself instead of the customer
p0 = c("Hello, I want a microwave for my mum. She's seventy, she only heats food, nothing fancy.", None)
p1 = t("Sure. Does she find buttons easy, or would dials be simpler?")
p2 = c("Dials, definitely. Too many buttons confuse her. And small, her kitchen is tiny.", None)
p3 = t("Then this 20-litre one with two dials, time and power. 69 pounds, fits a small counter.")
p3x = t("Ha, same as my mother! She's in Jalandhar; I bought her a fancy one with twenty programmes and she still phones me every time. My brother says I always buy fancy stuff, even for myself. Anyway, this 20-litre with two dials, 69 pounds.")
p4 = c("69 is fine. Is it easy to clean?", None)
p4x = c("Okay... 69 is fine. Is it easy to clean? I'm on my lunch break, sorry.", None)
p5 = t("Yes, enamel inside, wipes clean. One-year guarantee, keep the receipt.")
p6 = c("Great, I'll take it.", None)

PAIRS = [
rpair("b112r_f01_koti_blue_phone", "Mobile shop, Koti, Hyderabad: a home baker picks a phone for cake photos. Worse drops the price before asking anything, and she starts bargaining.",
 [a0, a1, a2, a3, a4, a5, a6], [a0, a1x, a2x, a3, a4, a5, a6x]),
rpair("b112r_f02_modeltown_cash_deposit", "Bank branch, Model Town, Lahore: a long-time customer deposits cash from a car sale. Worse doubts his honesty before seeing the papers.",
 [b0, b1, b2, b3, b4, b5, b6], [b0, b1x, b2x, b3, b4, b5, b6]),
rpair("b112r_f03_borivali_fibre_install", "Fibre broadband desk, Borivali, Mumbai: a new tenant needs a connection before starting remote work. Worse ends with 'we'll let you know' instead of a booked slot.",
 [d0, d1, d2, d3, d4, d5, d6], [d0, d1, d2, d3, d4, d5x, d6x]),
rpair("b112r_f04_majestic_ups_powercuts", "Electronics shop, Majestic City, Colombo: a freelance designer wants backup power. Worse over-promises what a cheaper UPS can do.",
 [e0, e1, e2, e3, e4, e5, e6], [e0, e1, e2, e3, e4, e5x, e6x]),
rpair("b112r_f05_gerrard_loose_stone", "Jewellery shop, Gerrard Street India Bazaar, Toronto: a customer brings back earrings that lost a stone. Worse argues about how she wore them.",
 [g0, g1, g2, g3, g4, g5, g6], [g0, g1, g2, g3x, g4x, g5, g6]),
rpair("b112r_f06_gulshan_openjaw_ticket", "Travel agent, Gulshan, Dhaka: a mother flies to Toronto and Vancouver. Worse explains the fare in unexplained airline jargon.",
 [h0, h1, h2, h3, h4, h5, h6], [h0, h1, h2, h3x, h4x, h5, h6]),
rpair("b112r_f07_jacksonheights_charging_port", "Phone repair counter, Jackson Heights, New York: a phone that won't charge. Worse closes without testing the fix.",
 [k0, k1, k2, k3, k4, k5, k6], [k0, k1, k2, k3, k4, k5x, k6x]),
rpair("b112r_f08_annanagar_card_limit", "Bank branch, Anna Nagar, Chennai: a customer wants a higher card limit for furniture EMI. Worse gives an unasked lecture on saving.",
 [m0, m1, m2, m3, m4, m5, m6], [m0, m1, m2, m3x, m4x, m5, m6]),
rpair("b112r_f09_f10_downgrade_package", "Broadband office, F-10, Islamabad: an older couple wants a change of package. Worse recommends a bigger plan before asking what is wrong.",
 [n0, n1, n2, n3, n4, n5, n6], [n0, n1x, n2x, n3, n4, n5, n6]),
rpair("b112r_f10_sohoroad_mum_microwave", "Electronics shop, Soho Road, Birmingham: a daughter buys a simple microwave for her mother. Worse talks about his own family instead of hers.",
 [p0, p1, p2, p3, p4, p5, p6], [p0, p1, p2, p3x, p4x, p5, p6]),
]
