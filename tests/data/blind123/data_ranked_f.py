"""blind123 ranked f01-f10: the sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t


def f01():
    o = c("Good morning. I am here for a project at the shipyard, three weeks. I need a car. How much?", None)
    b1 = t("Good morning. Three weeks, mostly city driving or other sites too? And from today?")
    b2 = c("Only city, hotel to shipyard, maybe weekend to Malbork. From today. Company pays, I need invoice on company.", None)
    w1 = t("Good morning. For you a special price straight away: 15% off, 95 zl a day instead of 110.")
    w2 = c("Ok... I didn't ask discount yet. Company pays anyway. Only city, hotel to shipyard, maybe weekend Malbork. Invoice on company.", None)
    s3 = t("Then a compact, Corolla, good for city and Malbork. Three weeks on one company invoice, insurance included. Company tax number?")
    s4 = c("It's Romanian company, I have the CUI, is same thing?", None)
    s5 = t("Yes, an EU VAT number works, I check it in VIES... valid. Licence and a card for the deposit, please.")
    s6 = c("Here. Thank you, quick.", None)
    return rpair("b123r_f01_gdansk_carrental_shipyard",
                 "Gdansk station, car rental desk. An engineer on a three-week project.",
                 better=[o, b1, b2, s3, s4, s5, s6], worse=[o, w1, w2, s3, s4, s5, s6])


def f02():
    o = c("Good evening. Fever three days, my company doctor is closed. Blood test I did yesterday in a lab, results on my phone.", None)
    s1 = t("Sorry you're sick. Internal medicine is here until 10. Can you show me the results so I attach them to your file?")
    s2 = c("Here, Al Borg lab, yesterday evening. Also I need sick leave paper for work, three days.", None)
    b3 = t("Thank you, I send them to the doctor. Sick leave the doctor decides after she examines you, usually fine if the results support it.")
    b4 = c("Ok good. How much is the visit?", None)
    w3 = t("Hmm, sick leave... are you sure you're really that sick? Many people come only for the paper.")
    w4 = c("What? I have 39 fever, look at me. I don't come for paper. How much is the visit?", None)
    s5 = t("Consultation is 450 pounds, the doctor sees you in about 20 minutes. Please sit, I call your name.")
    s6 = c("Ok. I wait.", None)
    return rpair("b123r_f02_alexandria_clinic_sickleave",
                 "Alexandria, private clinic reception. A patient with fever.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


def f03():
    o = c("Hello, in my house internet is very weak in bedrooms. Modem is in the salon. What I should buy?", None)
    s1 = t("How big is the flat, are the walls concrete? And what speed is your package?")
    s2 = c("Three rooms, 120 metres, concrete, old building. Package 100 megabit, Turk Telekom.", None)
    b3 = t("Concrete blocks Wi-Fi a lot. Best is a two-box mesh set: one by the modem, one in the corridor, they work as one network and the phone switches alone. This one, 2,800 lira.")
    b4 = c("Ok, I understand. Is difficult to install?", None)
    w3 = t("You want tri-band Wi-Fi 6 mesh with wired backhaul, or at least 160 MHz on 5 GHz, with 802.11k/v/r roaming. This one, 2,800 lira.")
    w4 = c("Sorry, I understood nothing. Is difficult to install?", None)
    s5 = t("No, with the phone app, 10 minutes. If the bedroom is still weak, bring it back within 14 days.")
    s6 = c("Ok, I take it. 2,800 is a bit much, but if it works, ok.", "too_expensive")
    return rpair("b123r_f03_ankara_electronics_wifi",
                 "Ankara, electronics shop. Weak Wi-Fi in the bedrooms.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


def f04():
    o = c("Hi, need quotation: 600 bags OPC cement, 8 tonne rebar 12 and 16 mm, delivery to Al Zahia site, Sharjah.", None)
    s1 = t("Noted. When do you need it on site, all at once or in stages?")
    s2 = c("Cement half next week, half after two weeks. Rebar all next week. Last supplier came late, we lost three days.", "bad_experience")
    s3 = t("Understood. Cement 15 dirham a bag, rebar 2,650 a tonne, Sharjah delivery included. Both in stock now.")
    s4 = c("Price ok. But I need sure delivery, pouring is fixed Tuesday.", None)
    b5 = t("Quotation on WhatsApp within one hour with dates written: rebar and 300 bags Monday 7 am, rest in two weeks. Confirm by 4 pm and I book the truck for Monday.")
    b6 = c("Good. Send it, I confirm before 4.", None)
    w5 = t("Don't worry, we prepare something and let you know about delivery.")
    w6 = c("Let me know when? Tuesday is pouring, I need dates. Maybe I ask other supplier also.", "think_it_over")
    return rpair("b123r_f04_sharjah_building_materials",
                 "Sharjah, building materials trader, phone. A contractor needs cement and rebar.",
                 better=[o, s1, s2, s3, s4, b5, b6], worse=[o, s1, s2, s3, s4, w5, w6])


def f05():
    o = c("Hello, we sold a used tractor, 7 tonnes, to farmer near Chisinau. We need transport. How long and how much?", None)
    s1 = t("Does it run, can it drive onto a low-loader? And are export documents in hand, Moldova is outside the EU?")
    s2 = c("Yes, it runs. Export declaration our accountant prepares. Farmer wants it before planting, end of March.", None)
    b3 = t("Low-loader, about 1,800 km, 2,600 euro. Driving is 3 days, but the Moldovan border can add 1-3, so plan 5-6 and load by 15 March.")
    b4 = c("Ok, 15 March is possible. Farmer will be calm with end of March.", None)
    w3 = t("Low-loader, 2,600 euro. Three days door to door guaranteed, the border is never a problem with us.")
    w4 = c("Never? My colleague waited four days at that border last year... but ok, if you guarantee.", "bad_experience")
    s5 = t("I send the order confirmation today with price and loading date. Send me the export declaration when ready.")
    s6 = c("Ok, thank you. Next week I send it.", None)
    return rpair("b123r_f05_poznan_freight_tractor",
                 "Poznan, road freight forwarder, phone. A used tractor to Moldova.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


def f06():
    o = c("Hello, I returned the car this morning. I filled the tank at Shell in Qurum, full, but the bill says fuel charge 18 rial.", None)
    s1 = t("Let me check the return record... it says three-quarters. Do you still have the fuel receipt?")
    s2 = c("Yes, here, 7:40 this morning, 22 litres. Then I drove 25 km to the airport.", None)
    b3 = t("25 km takes a little, not a quarter. Maybe the gauge was read wrong. I ask my colleague to check the car, it's still in the lot.")
    b4 = c("Ok, please. I have flight at 2, but ten minutes I can wait.", None)
    w3 = t("The gauge doesn't lie, madam. 25 km in Muscat traffic is a lot, and maybe the pump didn't fill completely.")
    w4 = c("The pump stopped by itself, it was full! I have a flight at 2, I am not staying to argue.", None)
    s5 = t("My colleague checked: nearly full, it was recorded wrong. I remove the 18 rial now, refund in 3-5 days.")
    s6 = c("Thank you. Next time check before you charge.", None)
    return rpair("b123r_f06_muscat_carrental_fuel",
                 "Muscat, car rental office. A customer disputes a fuel charge.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


def f07():
    o = c("Hi, I need second monitor for my MacBook, for design. Good colours, around 1,500 lei.", None)
    s1 = t("Air or Pro, which year? Some Airs drive only one external screen.")
    s2 = c("Air M1, 2020. And one cable if possible.", None)
    s3 = t("This 27-inch with USB-C, good colour range, 1,450 lei. One cable for picture and charging.")
    s4 = c("Looks nice. M1 works with it?", None)
    b5 = t("Let's check before you pay: plug your laptop in at the demo table, see the colours and whether it charges. Two minutes.")
    b6 = c("Yes, good, I have it in my bag. Let's try.", None)
    w5 = t("Sure, no problem. Let's go to the till, cash or card?")
    w6 = c("Hmm, you didn't check. Last monitor I bought online didn't work with my Mac. Maybe I try at home first and come back.", "bad_experience")
    return rpair("b123r_f07_timisoara_electronics_monitor",
                 "Timisoara, electronics store. A designer wants a monitor for her MacBook.",
                 better=[o, s1, s2, s3, s4, b5, b6], worse=[o, s1, s2, s3, s4, w5, w6])


def f08():
    o = c("Good evening, I twisted my ankle yesterday, football with friends. Swollen, I walk a little. Doctor can see me today?", None)
    s1 = t("Sorry to hear. Can you put weight on it? Bruising, numbness?")
    s2 = c("Little weight, yes. Blue on the side. No numbness.", None)
    b3 = t("The doctor will likely want an x-ray to rule out a fracture. Dr. Tariq has 8:15 tonight, x-ray is here, all in one visit.")
    b4 = c("Good. How much? My insurance is Gulf Insurance.", None)
    w3 = t("Honestly, at 50 football in this heat is risky, walk or swim instead, and watch your weight, ankles suffer. Dr. Tariq has 8:15 tonight with x-ray.")
    w4 = c("I didn't ask advice, brother. How much? My insurance is Gulf Insurance.", None)
    s5 = t("Gulf Insurance covers visit and x-ray, 5 dinar co-pay. I book 8:15, come 10 minutes early with civil ID.")
    s6 = c("Ok, 8:15. Thank you.", None)
    return rpair("b123r_f08_kuwait_clinic_ankle",
                 "Kuwait, orthopaedic clinic reception. A man twisted his ankle at football.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


def f09():
    o = c("Buna ziua, I want sunflower seed for spring, 50 hectares. What you have?", None)
    b1 = t("Good day. Before I name a hybrid: which herbicide system, Clearfield, Express or classic? And broomrape on the field?")
    b2 = c("Express. Yes, broomrape was bad two years ago near the river.", None)
    w1 = t("Good day. Take SX-700, best seller this year, very high yield, 620 lei per bag.")
    w2 = c("Best seller for who? I use Express herbicide and I had broomrape near the river.", None)
    s3 = t("Then an Express-tolerant hybrid resistant to broomrape up to race G, the SX-745. 680 lei a bag, a bag does about 3 hectares.")
    s4 = c("680 is more than I paid last year. 17 bags is a lot of money.", "too_expensive")
    s5 = t("60 more a bag, but broomrape can take half the yield there. Use it on the river fields only, a cheaper hybrid on the rest.")
    s6 = c("That makes sense. I calculate with my son and call tomorrow.", "think_it_over")
    return rpair("b123r_f09_iasi_sunflower_seed",
                 "Iasi, agricultural supplies dealer, phone. A farmer buys sunflower seed.",
                 better=[o, b1, b2, s3, s4, s5, s6], worse=[o, w1, w2, s3, s4, s5, s6])


def f10():
    o = c("Salam, I have online abaya shop, orders now from Kuwait and Emirates. Normal post takes 2 weeks, customers complain.", None)
    s1 = t("Wa alaikum salam. How many orders a week to each, and how heavy is one package?")
    s2 = c("Maybe 40 a week, mostly Kuwait. One abaya in a box, less than one kilo.", None)
    b3 = t("Then our GCC consolidated express fits: 3-4 days to Kuwait and UAE, about 28 riyal a parcel at 40 a week, pickup at your house.")
    b4 = c("28 is ok if customers get it in 4 days. Pickup from house is very good.", None)
    w3 = t("Let me tell you, I started this company 15 years ago with one truck, now 60 trucks, I personally know Kuwait customs. For you, 28 riyal a parcel, 3-4 days.")
    w4 = c("Mashallah. But I asked about my orders... 28 is ok if 4 days. You take from my house?", None)
    s5 = t("Yes, daily pickup at 4 pm. I send a trial account link, ship the first 10 orders and see the times yourself.")
    s6 = c("Ok, send the link. We try next week.", None)
    return rpair("b123r_f10_jeddah_freight_abaya",
                 "Jeddah, freight forwarder, phone. An online abaya shop ships to Kuwait and the UAE.",
                 better=[o, s1, s2, b3, b4, s5, s6], worse=[o, s1, s2, w3, w4, s5, s6])


PAIRS = [f() for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)]
