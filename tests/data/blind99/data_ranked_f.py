"""Ranked pairs f01-f10 of blind99 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
F01_C0 = c("my broadband is useless every night from about 7, kids cant even stream. daytime its fine. been like this 3 weeks", None)
F01_T1 = t("Sorry about that, three weeks of evenings is a long time. Is everything on wifi, or is anything plugged in with a cable?")
F01_C2 = c("all wifi. 2 phones, 2 ipads, the tv and my laptop", None)
F01_T3_GOOD = t("Thanks. Evening-only slowdowns are either congestion on the network or wifi crowding when everyone's on. Checking your line... it looks healthy, but your local cabinet has been heavily loaded in the evenings since a fault three weeks ago, which matches what you're seeing.")
F01_C4_GOOD = c("ok so its not just me then. when will it be fixed", None)
F01_T3_BAD = t("Thanks. Our network doesn't slow down in the evenings, we've more capacity than anyone in Glasgow. With six things on wifi, it'll be your wifi, not us.")
F01_C4_BAD = c("dont tell me its my wifi, its the same 6 devices for 2 years and never a problem till 3 weeks ago", None)
F01_T5 = t("I've opened a ticket for the network team on your local cabinet, reference GL-44871, with an update due within 48 hours. Meanwhile, plugging the TV into the router with a cable takes some load off the wifi. I'll text you as soon as there's news.")
F01_C6 = c("ok. text me then", None)

# f02 doubts the customer's honesty
F02_C0 = c("hi i cancelled my membership in january by email and u took the fee again in feb and march. thats 78 euro i want back", None)
F02_T1 = t("I'm sorry about that. Let me look at your account. Can I have your name and date of birth?")
F02_C2 = c("siobhan kelleher, 4 may 91", None)
F02_T3_GOOD = t("Thanks. I can't see a cancellation on the account, so it may have gone to an inbox nobody checks. Could you forward me the email you sent? Then I can match the date and refund from then.")
F02_C4_GOOD = c("forwarding it now. it was the 14th of january, to info at ur gym", None)
F02_T3_BAD = t("Thanks. There's no cancellation on the system. To be honest, we get a lot of people saying they emailed when they didn't. Are you sure you actually sent it?")
F02_C4_BAD = c("excuse me. of course i sent it. forwarding it now, 14th of january to info at ur gym, see for yourself", None)
F02_T5 = t("Got it: sent on the 14th of January to info@. That inbox hasn't been monitored properly, which is on us. I've cancelled from that date and I'm refunding the 78 to your card within five working days.")
F02_C6 = c("right. thanks. make sure nobody else gets caught the same way", None)

# f03 drops the price before asking anything
F03_C0 = c("Hello, how much is a small unit, roughly? I'm clearing my dad's house in Falmouth.", None)
F03_T1_GOOD = t("Hello, sorry to hear you're clearing the house, that's a big job. Small units start at 25 a week, but it depends what you're keeping. What sort of things are they?")
F03_C2_GOOD = c("Some furniture, his dresser and a couple of chairs, and boxes of papers and photos. Maybe twenty boxes.", None)
F03_T1_BAD = t("Hello. Small units are normally 25 a week, but I can do 15 a week for you, for the first eight weeks. What sort of things are you keeping?")
F03_C2_BAD = c("Oh. Why so cheap, is something wrong with them? Anyway, some furniture, his dresser and a couple of chairs, and about twenty boxes of papers and photos.", None)
F03_T3 = t("Then a 35 square foot unit would do, with room to get at the boxes. Papers and photos keep best off the floor; the units are dry and we lend pallets free. How long do you think you'll need it?")
F03_C4 = c("A few months. Until the house is sold and we've sorted what to keep. My sister wants a say in all of it.", None)
F03_T5 = t("There's no minimum term, so you only pay while you need it, and a week's notice to leave. Would you like to come and see one before booking?")
F03_C6 = c("Yes, I'll come by Saturday morning with my sister.", None)

# f04 an unasked lecture
F04_C0 = c("Hiya, Bailey's here for his booster. He's been grand, no problems at all.", None)
F04_T1 = t("Lovely, hello Bailey. Let's pop him on the scales first... 41 kilos. Last year he was 36. Has anything changed in his routine?")
F04_C2 = c("Ach, my husband had his knee done so the walks have been shorter. And the kids feed him toast, I know.", None)
F04_T3_GOOD = t("That makes sense, shorter walks and a bit of toast add up fast in a lab. Would it help to look at a simple plan to get a few kilos off? No pressure if now's not the time.")
F04_C4_GOOD = c("Go on then, what would it involve? I haven't much time for extra walking just now.", "no_time")
F04_T3_BAD = t("Labradors are the most overweight breed in the country, and every extra kilo takes time off their life. Toast is empty calories, and fat dogs get arthritis, diabetes and heart trouble. Really, controlling the food is the owner's job.")
F04_C4_BAD = c("I know, I know. I'm not a bad owner, it's been a hard few months. What would it involve, then? I haven't much time for extra walking just now.", "no_time")
F04_T5 = t("Nothing fancy: cut his food by about a tenth, swap the toast for a few bits of carrot, and a free weigh-in here every four weeks. No extra walking needed to start.")
F04_C6 = c("We can manage that. I'll tell the kids carrot's the new toast.", None)
F04_T7 = t("Perfect. I'll book his first weigh-in for four weeks' time, and his booster's done.")

# f05 a vague next step
F05_C0 = c("Hi, it's Laura at Dobson & Reid solicitors. The server in our back room has started making a clicking noise and it's slow this morning. Should I be worried?", None)
F05_T1 = t("Thanks for calling straight away. Clicking can mean a hard drive starting to fail, so yes, it's worth acting on. Can everyone still open files?")
F05_C2 = c("Yes, just slowly. We've a completion tomorrow, so I really can't have it going down.", None)
F05_T3 = t("Understood. I've logged in remotely: one of the two mirrored drives is reporting errors, so the data's safe on the other for now, but we shouldn't wait. Last night's backup ran fine too.")
F05_C4 = c("Okay, that's something. What happens now?", None)
F05_T5_GOOD = t("A replacement drive will be couriered to you by 11 tomorrow, and our engineer Sam will fit it at 12.30, after your morning completion calls: about an hour, no downtime. I'll email you that confirmation in the next ten minutes.")
F05_C6_GOOD = c("Perfect. Thank you.", None)
F05_T5_BAD = t("We'll look into getting a replacement drive and someone will be in touch about fitting it. We'll let you know.")
F05_C6_BAD = c("When, though? I need to know it won't die in the middle of tomorrow's completion.", None)

# f06 over-promises
F06_C0 = c("hello i book a car from cork airport for next friday. my flight arrive 23.40 and ur desk close at 23.00 i think. also i need automatic, i never drive manual", None)
F06_T1 = t("Hello. Let me see the booking... yes, Rossi, Friday, compact automatic. You're right, the desk closes at 23.00.")
F06_C2 = c("so what i can do. we are with 2 children, i dont want wait in airport all night", None)
F06_T3_GOOD = t("For late flights we have an out-of-hours key box next to the desk. I'll put your keys and papers in it and text you the code on Friday evening. The automatic is reserved for you. The one thing I can't control is the flight; if it's very late, ring the 24-hour number on the text.")
F06_C4_GOOD = c("good, key box is fine. and car seats for the children, 3 and 6 years", None)
F06_T3_BAD = t("No problem at all. I'll personally make sure someone waits for you however late the flight is, and I guarantee you a brand-new automatic, top model, no extra charge. Nothing will go wrong.")
F06_C4_BAD = c("really, someone wait at 2 in the night and better car for free. in italy also they promise like this and then nothing is there. and car seats for the children, 3 and 6 years", "bad_experience")
F06_T5 = t("I've added a child seat and a booster, 12 a day each, fitted in the car. I'm emailing you the confirmation now with everything on it.")
F06_C6 = c("ok thank you, i check the email", None)

# f07 closes before checking the thing works
F07_C0 = c("hi i want to try contact lenses, my glasses steam up under my mask at work, i work in a bakery", None)
F07_T1 = t("Hi! Makes sense, steamed-up glasses in a bakery sounds miserable. Have you worn contacts before?")
F07_C2 = c("never. bit scared of touching my eye tbh", None)
F07_T3 = t("Totally normal, most people are. We'd do a 20-minute fitting first and teach you to put them in and take them out. Daily disposables are easiest for beginners, nothing to clean.")
F07_C4 = c("ok. how much are they", None)
F07_T5_GOOD = t("About 25 a month on our plan, which includes check-ups. But first you'd take home a free week's trial, and only sign up if they're comfortable at work. Shall I book the fitting?")
F07_C6_GOOD = c("yes pls, trial sounds good. can i do thursday after 3", None)
F07_T5_BAD = t("About 25 a month on our plan, which includes check-ups. I'll set up the 12-month direct debit now so it's all sorted, and we'll do the fitting after. Can I take your bank details?")
F07_C6_BAD = c("wait ive not even tried them yet, what if i cant get them in. ill think about it", "think_it_over")

# f08 recommends before asking
F08_C0 = c("Hello, we are from Stuttgart, we have one free day in Glasgow on Wednesday and we want to see some Highlands. What do you recommend?", None)
F08_T1_GOOD = t("Lovely! There's a lot to choose from. What do you enjoy most: lochs and mountains, castles, walking? And how long a day on a coach are you happy with?")
F08_C2_GOOD = c("We like nature and a little walking. But not so long on the bus, my wife gets sick on winding roads. Eight hours maximum, maybe.", None)
F08_T1_BAD = t("The Loch Ness and Glencoe tour, definitely, it's our most popular. Twelve hours, leaves at 8, 59 each. You'll love it.")
F08_C2_BAD = c("Twelve hours? No, my wife gets sick on winding roads. Is there something shorter? We like nature and a little walking.", "no_need")
F08_T3 = t("Then I'd suggest Loch Lomond and the Trossachs: eight hours, mostly main roads, with a two-hour stop at Loch Katrine where you can walk by the water or take the steamship. It's 45 each.")
F08_C4 = c("That sounds good. Is there a place at the front, for my wife?", None)
F08_T5 = t("Yes, I'll reserve seats 1 and 2 for Wednesday. Pick-up is George Square at 9.")
F08_C6 = c("Perfect, we take it.", None)

# f09 unexplained jargon
F09_C0 = c("hello i am new in belfast from poland. in my flat is small machine with keypad for electricity and i must top up in shop. can i change to your company and still use this", None)
F09_T1 = t("Hello, welcome to Belfast. Yes, you can keep the keypad meter and switch to us. Do you rent the flat?")
F09_C2 = c("yes i rent. landlord said is ok to change", None)
F09_T3_GOOD = t("Good. To switch I only need the 11-digit number on the front of the meter, it starts with 81, and your name. You keep topping up the same way, just about 6 percent cheaper with us. The change takes about three weeks and the meter stays.")
F09_C4_GOOD = c("ok i find it. 81012344712", None)
F09_T3_BAD = t("Good. I'll just need your MPRN and we'll start the CoS. Your unit rate drops, there's no standing charge on keypad, and we'll send a new key when the CoS completes, about 15 WD.")
F09_C4_BAD = c("sorry, mprn and cos i dont know this words. there is number on the meter 81012344712, is this what u need", None)
F09_T5 = t("Thank you, that's the one. You'll get a new key in the post in about three weeks, then you top up exactly as now, just a little cheaper. I'll send a letter with all of this too.")
F09_C6 = c("ok thank you", None)

# f10 talks about themselves
F10_C0 = c("hello i am nurse, i start at cork university hospital on 1 of next month. i search one bedroom apartment near hospital, max 1400", None)
F10_T1 = t("Hello, and congratulations on the job! Near CUH, one-bed, up to 1,400. Do you have a car, or would you walk or get the bus?")
F10_C2 = c("no car. walking or bus. sometimes i work night shift so quiet is important for sleep in day", None)
F10_T3_GOOD = t("Night shifts, so quiet matters. Two fit: a one-bed on Wilton Road, 1,350, ten minutes' walk, at the back of the building away from the road; and one in Bishopstown, 1,290, on the 208 bus route, in a small block. Both free from the 28th.")
F10_C4_GOOD = c("wilton road sounds good. can i see it, i am in romania until 25", None)
F10_T3_BAD = t("Oh, I know all about night shifts, my sister's a nurse in the Mercy and she hated them. I lived in Bishopstown for years myself, brilliant spot, I used to run along the Lee Fields every morning. Anyway, two fit: Wilton Road, 1,350, and Bishopstown, 1,290.")
F10_C4_BAD = c("ok... but which one is quiet for sleeping in day. wilton road maybe. can i see it, i am in romania until 25", None)
F10_T5 = t("Of course. I can do a video viewing this week, and hold it for you with a holding deposit once you've seen it. Would Thursday at 6 your time work?")
F10_C6 = c("thursday ok. but the deposit i can pay only after first salary, is problem", "no_money")

PAIRS = [
    rpair("b99r_f01_glasgow_broadband_evenings",
          "A Glasgow customer's broadband has been unusable every evening for three weeks; the worse side argues that it must be her wifi.",
          better=[F01_C0, F01_T1, F01_C2, F01_T3_GOOD, F01_C4_GOOD, F01_T5, F01_C6],
          worse=[F01_C0, F01_T1, F01_C2, F01_T3_BAD, F01_C4_BAD, F01_T5, F01_C6]),
    rpair("b99r_f02_cork_gym_cancellation",
          "A Cork gym member was charged for two months after cancelling by email; the worse side doubts she sent it.",
          better=[F02_C0, F02_T1, F02_C2, F02_T3_GOOD, F02_C4_GOOD, F02_T5, F02_C6],
          worse=[F02_C0, F02_T1, F02_C2, F02_T3_BAD, F02_C4_BAD, F02_T5, F02_C6]),
    rpair("b99r_f03_falmouth_storage_dads_house",
          "A man clearing his father's house in Falmouth asks a Cornish self-storage firm for a price; the worse side discounts before asking anything.",
          better=[F03_C0, F03_T1_GOOD, F03_C2_GOOD, F03_T3, F03_C4, F03_T5, F03_C6],
          worse=[F03_C0, F03_T1_BAD, F03_C2_BAD, F03_T3, F03_C4, F03_T5, F03_C6]),
    rpair("b99r_f04_belfast_vet_overweight_lab",
          "A Labrador in for his booster at a Belfast vet has put on five kilos; the worse side gives the owner an unasked lecture on obesity.",
          better=[F04_C0, F04_T1, F04_C2, F04_T3_GOOD, F04_C4_GOOD, F04_T5, F04_C6, F04_T7],
          worse=[F04_C0, F04_T1, F04_C2, F04_T3_BAD, F04_C4_BAD, F04_T5, F04_C6, F04_T7]),
    rpair("b99r_f05_newcastle_it_server_drive",
          "A Newcastle solicitors' server starts clicking the day before a completion; the worse side ends with a vague 'we'll let you know'.",
          better=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_GOOD, F05_C6_GOOD],
          worse=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_BAD, F05_C6_BAD]),
    rpair("b99r_f06_cork_airport_late_pickup",
          "An Italian family's flight lands in Cork after the rental desk closes (booking chat); the worse side over-promises a waiting agent and a free upgrade.",
          better=[F06_C0, F06_T1, F06_C2, F06_T3_GOOD, F06_C4_GOOD, F06_T5, F06_C6],
          worse=[F06_C0, F06_T1, F06_C2, F06_T3_BAD, F06_C4_BAD, F06_T5, F06_C6]),
    rpair("b99r_f07_cardiff_optician_first_contacts",
          "A Cardiff bakery worker wants to try contact lenses for the first time; the worse side sets up a 12-month plan before any trial.",
          better=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_GOOD, F07_C6_GOOD],
          worse=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_BAD, F07_C6_BAD]),
    rpair("b99r_f08_glasgow_day_tour_german",
          "A couple from Stuttgart want a one-day Highlands coach trip from Glasgow; the worse side recommends a 12-hour tour before asking anything.",
          better=[F08_C0, F08_T1_GOOD, F08_C2_GOOD, F08_T3, F08_C4, F08_T5, F08_C6],
          worse=[F08_C0, F08_T1_BAD, F08_C2_BAD, F08_T3, F08_C4, F08_T5, F08_C6]),
    rpair("b99r_f09_belfast_keypad_switch_polish",
          "A Polish newcomer in Belfast asks whether he can switch supplier and keep his keypad meter; the worse side answers in industry jargon.",
          better=[F09_C0, F09_T1, F09_C2, F09_T3_GOOD, F09_C4_GOOD, F09_T5, F09_C6],
          worse=[F09_C0, F09_T1, F09_C2, F09_T3_BAD, F09_C4_BAD, F09_T5, F09_C6]),
    rpair("b99r_f10_cork_flat_night_nurse",
          "A Romanian nurse starting at Cork University Hospital looks for a quiet one-bed nearby; the worse side talks about his own sister and running route.",
          better=[F10_C0, F10_T1, F10_C2, F10_T3_GOOD, F10_C4_GOOD, F10_T5, F10_C6],
          worse=[F10_C0, F10_T1, F10_C2, F10_T3_BAD, F10_C4_BAD, F10_T5, F10_C6]),
]
