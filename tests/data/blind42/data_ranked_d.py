"""Ranked pairs d01-d10: both sides decent, `better` clearly better. Written by hand."""
from common import c, t, rpair

PAIRS = []

# d01 ------------------------------------------------------------ Nebraska, seed dealer (B2B)
o = c("I'll be honest with you, I've planted the 6224 for five years and it's done fine. Why would I switch to this new one you keep mailing me about?", None)
PAIRS.append(rpair(
    "b42r_d01_seedcorn",
    "A corn grower in south-central Nebraska, sceptical of a new hybrid, asks his seed dealer at the co-op counter why he should change. Spoken.",
    o,
    [t("Fair question. Before I answer it, when you say it's done fine, what's it been giving you, and has anything about it bugged you?"),
     c("About 205 on the dryland. Only thing, it went down on me in that windstorm in '23, stalks were weak on the east quarter.", None),
     t("Then that's what I'd talk about. The new one's not much different on yield in our plots, four, five bushels maybe, but it rates two points better on stalk strength. I wouldn't switch the whole farm on my word. Plant it on one forty next to your 6224 and compare at harvest."),
     c("Forty acres I could do. What's it cost me over the 6224?", None),
     t("Eighteen dollars a bag more, so about three hundred sixty on forty acres. If it doesn't beat the 6224 on your ground, you'll know for sure and we'll quit mailing you."),
     c("Ha. Alright, put me down for forty.", None),
     t("Done. I'll mark the field map so we can weigh them side by side in the fall.")],
    [t("Well, it's our top hybrid now, eleven bushels better than the 6224 in the university trials across the state. Better disease package too."),
     c("University plots aren't my ground. What's it cost over the 6224?", None),
     t("Eighteen more a bag, but book before December first and I can take five percent off the whole order."),
     c("That's still more money for something I don't know works out here. I'll stick with what I've got.", "no_need"),
     t("Understood. I'll leave you the trial booklet, give me a call if you change your mind.")],
))

# d02 ------------------------------------------------------------ Tanzania, laptop
o = c("Habari. I want a laptop for my daughter, she is joining university in Dodoma next month. Not too expensive, something simple.", None)
PAIRS.append(rpair(
    "b42r_d02_studentlaptop",
    "A father in Dar es Salaam shops for a laptop for his daughter who starts university next month; he asks for something simple and not too expensive. Spoken, electronics shop.",
    o,
    [t("Karibu, and congratulations to her. What is she going to study? Some courses ask more from the computer than others."),
     c("Architecture. Bachelor of Architecture at UDOM.", None),
     t("Ah, then it matters. Architecture students use programs like AutoCAD and Revit, and a simple laptop freezes on those. She needs 16 GB memory and a proper graphics card. Did the department give a list?"),
     c("They gave a paper, I didn't read it properly. How much is that kind?", None),
     t("This Lenovo with 16 GB and a graphics card is 2.1 million. The simple ones are around 900,000. Send her a photo of the list and I'll hold this one for you until Saturday."),
     c("2.1 million is heavy for me. Let me talk to her and check the paper first.", "too_expensive"),
     t("Of course. Also ask the university about student prices, some suppliers in Dodoma give them. Here is my number.")],
    [t("Karibu! For simple use this HP is very good, 8 GB, 900,000 shillings. Light, good battery for lectures."),
     c("900,000 is okay. Is it good for university work?", None),
     t("Yes, very good for Word, Excel, internet, Zoom, everything students need. One year warranty."),
     c("Okay, I take it. She will be happy.", None),
     t("Asante sana. I'll bring a new one from the store, and the bag is free.")],
))

# d03 ------------------------------------------------------------ Malaysia, hearing aids
o = c("Eh? Sorry. My wife says I must come. She says the TV is too loud. I think is fine.", None)
PAIRS.append(rpair(
    "b42r_d03_hearingaid",
    "A retired fisherman in his seventies, sent by his wife, comes into a hearing centre in Kota Kinabalu, unconvinced he has a problem. Spoken.",
    o,
    [t("That's alright, uncle. Many people tell me the same. Can I do a small test, ten minutes, free? Then you see for yourself."),
     c("Free ah? Okay, can.", None),
     t("Finished. Your left ear is weaker than the right, mostly the high sounds, like women's and children's voices. That's why the TV goes up. I'll write it here for you, big."),
     c("My grandchildren, yes, I cannot catch what they say. But these machines very expensive, my friend paid eight thousand.", "too_expensive"),
     t("Some are. For you, one ear only, there's a basic one at 2,800 ringgit, and we lend it to you for two weeks first, no payment. If it doesn't help with the grandchildren, you bring it back."),
     c("Two weeks try first. Okay, that one I can tell my wife.", None),
     t("Bring her next time too, she can hear how it sounds.")],
    [t("Okay uncle, hearing aids now are very advanced: Bluetooth, rechargeable, AI noise reduction, app control, 48 channels. Our top model is 8,900 for the pair."),
     c("Aiyo, 8,900? Too much. And my phone is the old type.", "too_expensive"),
     t("We also have a mid-range one, 5,200 a pair, still rechargeable. Maybe we do the hearing test first, ten minutes?"),
     c("Okay, test can. But I don't think I need two.", "no_need"),
     t("We'll see after the test. Please come this way.")],
))

# d04 ------------------------------------------------------------ Croatia, boatyard software (B2B, typed)
o = c("hi, small boatyard in rijeka, 6 ppl. we do everything in excel now (invoices, winter storage, repairs). is your program ok for something this small or is it only for big marinas", None)
PAIRS.append(rpair(
    "b42r_d04_boatyardsoftware",
    "The co-owner of a six-person boatyard in Rijeka writes to a marina-management software company's chat, wondering whether it suits a small yard. Typed chat.",
    o,
    [t("hi! it's used by yards from 3 people up. which part of the excel hurts most right now?"),
     c("winter storage. 80 boats, who paid, who didnt, who wants antifouling in march. every spring its chaos", None),
     t("that's exactly the storage module. suggestion: 30-day trial, no card, and a 1-hour call where we import your storage sheet, so you test with your real boats, not demo data."),
     c("sounds good but with the last program we tried the import broke all the croatian letters, č ć ž everywhere ??", "bad_experience"),
     t("fair worry. send me 10 rows of the sheet first, I import them and send you screenshots before we book the call. if the letters break, you've lost nothing."),
     c("ok deal, sending tomorrow", None),
     t("great, my email is in the next message.")],
    [t("hi! yes it works for small yards too. it's 89 eur/month per user, 10% off if you pay yearly. here's a 5-min demo video: shipyard-demo"),
     c("6 users x 89 is a lot for us tbh", "too_expensive"),
     t("you could start with 3 users, owner, office and workshop, the others don't need logins. the annual contract gives you the discount."),
     c("ok. i'll watch the video and get back to you", "brush_off"),
     t("great, I'm here if you have questions")],
))

# d05 ------------------------------------------------------------ Uganda, irrigation pump
o = c("Good morning. I need a bigger pump. The one I have, it's no longer pushing water up to my tomatoes.", None)
PAIRS.append(rpair(
    "b42r_d05_waterpump",
    "A smallholder tomato grower near Gulu comes to an agricultural supply shop in the dry season asking for a bigger pump. Spoken.",
    o,
    [t("Good morning. Before we go bigger, tell me, where does the water come from, and did this pump work well before?"),
     c("From a shallow well, maybe six metres. Last year it was working fine, same pump. Only this month it became weak.", None),
     t("Same pump, same field, and only now weak. That sounds like the dry season: the water in the well goes down, and a surface pump can only pull from about seven metres. Or the foot valve is blocked with sand. Did you check the pipe at the bottom?"),
     c("No, I didn't check. The well is lower now, yes, my wife said so.", None),
     t("Then a bigger surface pump won't help, it has the same seven-metre limit. First clean the foot valve, it's free. If it's still weak, put the pump in a pit one metre down. The real fix later is a small submersible, around 1.4 million."),
     c("Ah. Okay, let me try the valve first. Thank you, you have saved me money.", None),
     t("Come back and tell me how it went. If you need the submersible, I'll show you how it works.")],
    [t("Good morning. Okay, for more push I recommend this one, the 1.5 horsepower petrol pump. Twice the pressure of the small ones."),
     c("How much?", None),
     t("850,000 shillings, with one year warranty. The fuel consumption is also good."),
     c("850... that's a lot of money for me now, the tomatoes are not yet sold.", "no_money"),
     t("We can do half now and half after one month if you bring your ID."),
     c("Okay, let me see. I'll pass by again.", "brush_off")],
))

# d06 ------------------------------------------------------------ Mauritius, wedding venue (typed)
o = c("Bonjour! We're getting married next May, about 120 guests, and we love the beach lawn in your photos 😍 can you send prices?", None)
PAIRS.append(rpair(
    "b42r_d06_weddingvenue",
    "A bride-to-be messages a hotel's events team in Mauritius asking for prices for a beach-lawn wedding of about 120 guests. Typed chat.",
    o,
    [t("Congratulations! 🎉 Happy to. Before I send, anything about the day or your guests we should plan around? Ceremony and dinner in the same place, elderly guests, kids?"),
     c("oh good question, my grand-mère is 91 and in a wheelchair, she HAS to be there for the ceremony. is the beach ok for that?", None),
     t("Then I'd suggest the ceremony on the lawn just above the beach: same sea view, a paved path from the parking, no sand. Her seat in the front row in the shade. The beach lawn package for 120 is Rs 1.45M with dinner."),
     c("omg perfect. and toilets etc will be ok for her? 😅", None),
     t("Yes, there's an accessible restroom 30 m from the lawn. Come and visit on a Saturday, bring her if she's up to it, she can try the path herself."),
     c("she'll love that. saturday 15th?", None),
     t("Saturday 15th at 10:00 is booked, I'll meet you at reception.")],
    [t("Congratulations! 🎉 The beach lawn package for 120 guests is Rs 1.45M incl. ceremony setup, 4-course dinner and DJ. Sending the PDF now."),
     c("thanks! is the ceremony on the sand itself?", None),
     t("Yes, barefoot on the sand at sunset, it's our most popular. There's also 10% off for May dates."),
     c("hmm my grand-mère is in a wheelchair, sand could be hard. i'll discuss with my fiancé", "think_it_over"),
     t("Of course! Let me know if you'd like to visit.")],
))

# d07 ------------------------------------------------------------ Alberta, commercial cleaning (B2B)
o = c("I'll be upfront. We've had three cleaning companies in two years. They all start great and after a month the exam rooms are a mess. Why would you be different?", None)
PAIRS.append(rpair(
    "b42r_d07_clinicleaning",
    "The office manager of a family medical clinic in Edmonton meets a commercial cleaning company's sales rep; she has been let down by three previous cleaners. Spoken, at the clinic.",
    o,
    [t("Fair question, and I'd rather not just promise. What exactly slipped with the last ones? What did 'a mess' look like?"),
     c("Sharps bins not swapped, the paper on the exam tables not changed, the staff washroom. And nobody ever answered my emails.", None),
     t("Those are checklist items, and the emails are a supervisor problem. We'd do a room-by-room checklist the cleaner signs each night, photos of the exam rooms in a shared folder, and one named supervisor who answers you the same day. Month-to-month, thirty days' notice, no annual contract."),
     c("Month-to-month I like. What's the price?", None),
     t("For your 4,200 square feet, five nights a week, about 2,650 a month. I'd suggest a walk-through Thursday evening with the supervisor so she sees the rooms with you."),
     c("Hm, 2,650. The last ones were 2,100.", "too_expensive"),
     t("I know we're not the cheapest. The difference is mostly an extra twenty minutes a night in the exam rooms, which is exactly what failed before. See the checklist Thursday and decide after.")],
    [t("I understand. We've been in Edmonton fifteen years and we clean six clinics, including two dental offices. I can give you references."),
     c("Everyone has references. The last ones did too.", "bad_experience"),
     t("Sure. Our staff are bonded and WHMIS-trained, and we use hospital-grade disinfectant. For your space it'd be about 2,650 a month on a one-year agreement."),
     c("A year? After what happened with the last three, no way.", "bad_experience"),
     t("We could start with six months. I'll email you the proposal and the references today.")],
))

# d08 ------------------------------------------------------------ Indonesia, life insurance (typed)
o = c("hi, saya baru jadi ayah 2 bulan lalu. i want life insurance but im confused, so many products. gaji saya 9 juta per month", None)
PAIRS.append(rpair(
    "b42r_d08_lifeinsurance",
    "A new father in Jakarta, anxious and on a modest salary, messages an insurance adviser asking which life insurance to take. Typed chat.",
    o,
    [t("Selamat ya Pak! Before products: if something happened to you, what should the insurance take care of? School fees, a house loan, daily costs for your wife?"),
     c("mostly that my wife and baby can live and he can go to school. we rent, no house loan", None),
     t("Then simple term life is usually enough, e.g. 1 billion rupiah cover for 20 years, around Rp 350rb per month at your age. No investment part, that's why it's cheap. Unit-link products mix investment in and cost 3-4x more."),
     c("my colleague said unit link is better bcs the money comes back", None),
     t("Some money, after high fees in the first years. A common approach: cheap term life, and save the difference separately in a deposit or reksa dana. I can send a comparison of both so you and your wife can read it calmly."),
     c("ok pls send, i want to read it with my wife first", "think_it_over"),
     t("Sent to your email. No hurry, the quote is valid 30 days.")],
    [t("Selamat Pak! For young fathers our best product is ProFuture Link: protection plus investment, 750 juta cover, premium Rp 1.2 juta/month, and the investment grows for your child's education."),
     c("1.2 juta every month... thats a lot from 9 juta salary, we also pay rent", "no_money"),
     t("We can do Rp 800rb with 500 juta cover, still with investment. Many young parents start there."),
     c("hmm ok, send me the brochure", "brush_off"),
     t("Sent! I'll follow up next week.")],
))

# d09 ------------------------------------------------------------ Albania, summer apartment
o = c("Hello, I saw your apartments in Durrës on the website. I need one for all of July, only for me. What do you have?", None)
PAIRS.append(rpair(
    "b42r_d09_durresapartment",
    "A freelance translator living in Germany phones a Durrës apartment agency about renting for the whole of July. Spoken, phone.",
    o,
    [t("Hello! For a whole month, are you on holiday, or will you also be working from here?"),
     c("Working, mostly. I'm a translator, I have video calls with clients in Germany every morning.", None),
     t("Then honestly I wouldn't give you the sea-front one. From June the promenade bars play music until three, and the delivery trucks start at six. We have one at the back of the building, the quiet side, fibre 100 Mbps, I can send a speed-test screenshot. No sea view, but a balcony with morning shade."),
     c("Quiet is more important than the view. How much?", None),
     t("July is 950 euro for the month; the sea-front one is 1,300. 200 deposit now, the rest on arrival."),
     c("950 is fine. Send me the speed test and I'll pay the deposit.", None),
     t("Sending it now with the bank details.")],
    [t("Hello! For July we have a beautiful sea-front one-bedroom on the promenade, sixth floor, balcony with full sea view, air conditioning, Wi-Fi. 1,300 euro for the month."),
     c("It's nice. I'll be working there, video calls. Is the internet good?", None),
     t("Yes, Wi-Fi is included, guests are happy with it."),
     c("1,300 is more than I wanted to pay. Let me look at some others and I'll write back.", "too_expensive"),
     t("Of course. July fills fast, so let me know soon.")],
))

# d10 ------------------------------------------------------------ Madagascar, vacuum sealer (B2B)
o = c("Bonjour. I export vanilla from Sambava, we pack in 500 gram and 1 kilo vacuum bags. Our old machine died. I need one quickly, before the August shipment.", None)
PAIRS.append(rpair(
    "b42r_d10_vacuumsealer",
    "A vanilla exporter from the SAVA region visits a packaging-machinery dealer in Antananarivo after his vacuum sealer broke a month before the export season. Spoken, French-accented English.",
    o,
    [t("Bonjour. How many bags a day in the busy weeks, and did the old one have problems before it died, bags losing vacuum?"),
     c("Maybe 300 bags a day in August. And yes, sometimes the buyers in France found soft bags, the seal was not good.", None),
     t("Then seal quality matters more than speed. This double-chamber model does about 400 a day, with a wider 10 mm seal bar, better for oily pods. 14 million ariary. Bring a kilo of your beans, we pack them here and you check the bags after a week, before you pay."),
     c("14 million... we have 11 in the budget for the machine this year.", "no_money"),
     t("We have the same model, one year old, from a pepper exporter who closed. 10.5 million, six months warranty. I can do the test on that one."),
     c("Okay. I send my brother with the beans on Monday.", None),
     t("Monday is good. I'll keep the machine aside until then.")],
    [t("Bonjour. For that volume we have the double-chamber VS-400, 400 bags a day, 14 million ariary, one year warranty, delivery to Sambava in ten days."),
     c("Ten days is too late. We pack from the first of August.", "no_time"),
     t("I can send it by air freight, four days, for 600,000 more."),
     c("Hm. The price is high already. Let me call you back.", "too_expensive"),
     t("Of course, I'll hold one until Friday.")],
))
