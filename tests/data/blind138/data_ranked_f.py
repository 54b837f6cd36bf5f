"""Ranked pairs f01-f10: b138, written by hand for this set. Sides share turns except one fault and its reaction."""
from common import c, rpair, t

# f01 argues with the customer
A0 = c("hi, i ship about 200 parcels a month from my shop in Cheras. your rate rm6.50 per parcel right?", None)
A1 = t("hi! yes rm6.50 up to 1kg in West Malaysia. what you usually send, how heavy?")
A2 = c("phone cases, very light, 200 gram. but other courier quote me rm5.20", "too_expensive")
A3g = t("ok, that's a real difference. for 200 light parcels a month i can check a volume rate. they pick up from you or you drop off?")
A4g = c("they pickup. but their tracking always stuck, customers keep asking me", None)
A3b = t("that cannot be, rm5.20 not possible for a real courier. they must add charges later, you check properly")
A4b = c("i saw the quote myself lah. their tracking always stuck, but at least cheap", None)
A5 = t("ok. our tracking updates every scan, and for 200 a month i can do rm5.60 with free pickup. try one month?")
A6 = c("ok lah, one month first, after that i see", None)

# f02 doubts the customer's honesty
B0 = c("Hi, Marites from an appliance store in Cubao. Your delivery yesterday, 3 of the 20 TVs have cracked screens.", None)
B1 = t("Sorry to hear that, ma'am. Were the boxes damaged outside too, or only the screens inside?")
B2 = c("One box dented. The other two looked okay outside pero cracked inside.", None)
B3g = t("That still happens with a hard drop. Can you send photos of boxes and screens, and the delivery receipt? I'll open the claim today.")
B4g = c("Yes, I took photos already. Sending now.", None)
B3b = t("Hmm, if two boxes were fine outside, sure they weren't cracked already from the supplier? We get a lot of these claims.")
B4b = c("Are you saying I'm lying? I took photos the moment we opened them. Sending now.", None)
B5 = t("Thank you. Claim number CL-2291; our surveyor will call you tomorrow morning to see the units.")
B6 = c("Okay. Make it fast please, my customers are waiting.", None)

# f03 drops the price before asking anything
C0 = c("Hello, logistics company in Jurong here. Looking for plastic pallets, maybe 300. How much?", None)
C1g = t("Depends on the type. What will they carry, and going into racking or just on the floor?")
C2g = c("Racking. Drinks cartons, about 800 kilo per pallet.", None)
C1b = t("For you I give 15% off already, $52 instead of $61. What will they carry?")
C2b = c("Wah, discount so fast, means can go lower ah? Racking, drinks, about 800 kilo.", None)
C3 = t("For 800 kilo on racking you need the reinforced one with steel tubes, otherwise it bends over time.")
C4 = c("Other supplier quote $48 for plastic pallet. Why so different?", "too_expensive")
C5 = t("Their $48 is probably non-reinforced, fine on the floor, not racking. Ask their racking load rating; if same, I look again.")
C6 = c("Okay, I check with them, then call you back.", "think_it_over")

# f04 an unasked lecture
D0 = c("Boss, I want 10 tins palm oil, 17 kilo. For my mamak shop in Sentul.", None)
D1 = t("Okay, 10 tins. Delivery or you take now?")
D2 = c("Delivery. Tomorrow before 7, we start frying early.", None)
D3g = t("Before 7 can, our lorry starts 6am on the Sentul route. RM 95 per tin, same as last month.")
D4g = c("Good. Price same, I happy.", None)
D3b = t("Before 7 can. But boss ah, so much frying not good for health, you should use less and change oil more. Customers now health-conscious. RM 95 per tin.")
D4b = c("I didn't ask for advice lah. My customers happy with my roti. Just send the oil.", None)
D5 = t("Okay. You're on tomorrow's first drop. Cash on delivery or transfer?")
D6 = c("Transfer. Send invoice.", None)

# f05 a vague next step
E0 = c("Hi, garment exporter in Rosario, Cavite. We need a truck to Manila port twice a week. Can you quote?", None)
E1 = t("Yes po. 20 or 40-footer, and which days are your cut-offs?")
E2 = c("40-footer, Tuesday and Friday, cut-off 5pm. Current trucker sometimes late, we missed a vessel last month.", None)
E3 = t("Missing a vessel is expensive. We leave Cavite by 11 for a 5pm cut-off, for the traffic. 14,500 per trip.")
E4 = c("14,500 is higher than now. If on-time, maybe worth it. I need to show my manager.", "think_it_over")
E5g = t("Of course. I'll email the rate and our on-time record for 3 months by 3pm today, and call you Thursday morning after your manager sees it.")
E6g = c("Okay, Thursday morning is good.", None)
E5b = t("Sure, no problem po. We'll let you know, just get back to us anytime.")
E6b = c("Uh, okay. But when do I get the quote in writing?", None)

# f06 over-promises
F0 = c("Hi, 2 boxes of surgical instruments land at Changi tonight from Germany. Hospital needs them Thursday morning.", None)
F1 = t("Okay. Registered with HSA, and you have the import licence details ready?")
F2 = c("Yes, registered. Licence number I can send now.", None)
F3g = t("Good. Permit in tonight, clearance is usually same day, so Wednesday afternoon delivery. If customs inspects, it may slip to Thursday, and I'd call you at once.")
F4g = c("Okay, at least I know the risk. Call me if anything.", None)
F3b = t("No problem at all, I guarantee Wednesday morning, 100%. Nothing will go wrong with us.")
F4b = c("100% ah? Last agent also said guaranteed, then customs inspected and took four days.", "bad_experience")
F5 = t("Send me the licence and invoice now and I'll file the permit tonight.")
F6 = c("Sending. Thanks.", None)

# f07 closes before checking the thing works
G0 = c("Hi, we need 10 barcode scanners for our warehouse in Nilai. Old ones too slow.", None)
G1 = t("Okay. Which system do they connect to, and what barcodes - normal 1D or QR too?")
G2 = c("Local WMS, runs on Android. Labels got QR and 1D both.", None)
G3g = t("Our Android scanner reads both. Before you buy 10, I lend you one for 3 days to test with your WMS; some local systems need a keyboard setting.")
G4g = c("Good idea. Last time we bought tablets that couldn't run our app.", None)
G3b = t("Our Android scanner reads both, should be fine. Shall I invoice the 10 today so you get them Monday?")
G4b = c("Wait, should be fine? Last time we bought tablets that couldn't run our app. Don't want to repeat.", "bad_experience")
G5 = t("Each unit RM 1,450, one year warranty, service centre in Seremban.")
G6 = c("Hmm, RM 1,450 each. I check with my manager first.", "think_it_over")

# f08 recommends before asking
H0 = c("Hello, do you have space for our produce? Exporter here in Davao, shipment delayed one week.", None)
H1g = t("We may. What produce, and how much? Fruits need different temperatures.")
H2g = c("Fresh mangoes, 6 pallets. Must be chilled, not frozen, or ruined.", None)
H1b = t("Yes! Our freezer room at minus 18 has space, 950 per pallet a week. Shall I reserve?")
H2b = c("Freezer? No no, fresh mangoes, 6 pallets. Frozen, they're ruined.", None)
H3 = t("Then our chiller at 12 degrees fits. Space for 6 pallets from tomorrow, 1,100 per pallet a week.")
H4 = c("Hmm, 1,100 medyo mahal. The port warehouse is cheaper.", "too_expensive")
H5 = t("Could be. Check if theirs is chilled or ambient - mangoes ripen fast at ambient. If chilled, theirs may be the better deal.")
H6 = c("Ok, I call them and compare, then call you back today.", "think_it_over")

# f09 unexplained jargon
J0 = c("Hi, I make sambal in Singapore. A shop in Perth wants 2 pallets. Never export before. How it works?", None)
J1 = t("Congrats! First, did the shop say who pays shipping and import costs, you or them?")
J2 = c("They say they pay everything after it reaches Perth port.", None)
J3g = t("So you pay to get it on the ship and across to Perth; from Perth port on, they pay import tax and delivery. For 2 pallets we put you in a shared container.")
J4g = c("Oh, shared container, okay, makes sense.", None)
J3b = t("Okay so that's CFR Fremantle, LCL, you cover origin THC and ocean, they take DTHC and clearance. I'll need VGM and packing list.")
J4b = c("Sorry, CFR what? THC? I don't understand all that.", None)
J5 = t("Australia is also strict on food. Can you send me the ingredients list, so we get the import permits right?")
J6 = c("Can, I email you tonight.", None)

# f10 talks about themselves
K0 = c("Hi, I roast coffee in George Town. Need labels for my bags, about 2,000 a month.", None)
K1 = t("Sure! What size bags, and do the labels need to survive a chiller or just shelf?")
K2 = c("250g bags, shelf only. But every blend different label, 6 designs.", None)
K3g = t("Six designs, 2,000 a month total. With digital printing mixing designs costs the same as one. You change designs often?")
K4g = c("Every season new blend. Last printer charged setup fee every time, painful.", None)
K3b = t("Ah coffee! I'm a big fan myself, pour-over every morning, I even did a roastery tour in Melbourne last year. Anyway, 6 designs can.")
K4b = c("Ok... nice. So price for 6 designs?", None)
K5 = t("RM 0.18 per label for 2,000, no setup fee for new designs. I send 6 proofs this week.")
K6 = c("18 sen okay. Send the proofs.", None)

PAIRS = [
    rpair("b138r_f01_my_courier_rate_cheras", "Courier, Kuala Lumpur (WhatsApp): worse argues that the rival quote cannot be real.",
          [A0, A1, A2, A3g, A4g, A5, A6], [A0, A1, A2, A3b, A4b, A5, A6]),
    rpair("b138r_f02_ph_cracked_tv_claim", "Forwarder, Manila (phone): worse doubts the customer's damage claim.",
          [B0, B1, B2, B3g, B4g, B5, B6], [B0, B1, B2, B3b, B4b, B5, B6]),
    rpair("b138r_f03_sg_plastic_pallets", "Pallet supplier, Singapore (phone): worse drops the price before asking anything.",
          [C0, C1g, C2g, C3, C4, C5, C6], [C0, C1b, C2b, C3, C4, C5, C6]),
    rpair("b138r_f04_my_palm_oil_mamak", "Cooking oil wholesaler, Kuala Lumpur (counter): worse gives an unasked health lecture.",
          [D0, D1, D2, D3g, D4g, D5, D6], [D0, D1, D2, D3b, D4b, D5, D6]),
    rpair("b138r_f05_ph_port_trucking_cavite", "Trucking, Cavite (phone): worse ends with a vague next step.",
          [E0, E1, E2, E3, E4, E5g, E6g], [E0, E1, E2, E3, E4, E5b, E6b]),
    rpair("b138r_f06_sg_medical_airfreight", "Air freight forwarder, Singapore (phone): worse over-promises a clearance it cannot control.",
          [F0, F1, F2, F3g, F4g, F5, F6], [F0, F1, F2, F3b, F4b, F5, F6]),
    rpair("b138r_f07_my_barcode_scanners_nilai", "Scanner reseller, Negeri Sembilan (phone): worse closes before checking the scanner works with the WMS.",
          [G0, G1, G2, G3g, G4g, G5, G6], [G0, G1, G2, G3b, G4b, G5, G6]),
    rpair("b138r_f08_ph_mango_cold_room_davao", "Cold storage, Davao (phone): worse recommends the freezer before asking what the produce is.",
          [H0, H1g, H2g, H3, H4, H5, H6], [H0, H1b, H2b, H3, H4, H5, H6]),
    rpair("b138r_f09_sg_sambal_first_export", "Freight forwarder, Singapore (counter): worse explains terms in unexplained jargon.",
          [J0, J1, J2, J3g, J4g, J5, J6], [J0, J1, J2, J3b, J4b, J5, J6]),
    rpair("b138r_f10_my_coffee_labels_penang", "Label printer, Penang (phone): worse talks about himself instead of the customer.",
          [K0, K1, K2, K3g, K4g, K5, K6], [K0, K1, K2, K3b, K4b, K5, K6]),
]
