"""Ranked pairs d01-d10: two decent conversations, `better` is better in a way a coach would agree with. Written by hand for blind78."""
from common import c, rpair, t

PAIRS = []

# d01 -- Fukuoka, IT support contract, dental clinic office manager who hints instead of saying no
_open = c("Thank you for your time. Our clinic has four reception PCs and the X-ray computer. The director asked me to get a quote for support. Though... we are managing somehow at the moment.", "no_need")
PAIRS.append(rpair(
    "b78r_d01_fukuoka_it_support",
    "The office manager of a dental clinic in Fukuoka asks an IT firm for a support quote but hints that they are 'managing somehow'.",
    [
        _open,
        t("Thank you. 'Managing somehow', may I ask how you manage now, when something breaks?"),
        c("Ah... the director's nephew comes. He is a student. He is very kind, but he has exams now, so sometimes we wait a few days.", None),
        t("So the nephew helps, but not always quickly, and waiting a few days must be hard with patients booked. Which machine would hurt most if it stopped?"),
        c("The X-ray computer, surely. Last year it stopped for one day and we moved eleven patients. But the director feels it is a little rude to the nephew, to bring in a company.", "no_need"),
        t("That's very understandable. Some clinics keep their helper for small things and put only the X-ray PC and the backups under a contract. Then the nephew isn't replaced, he just doesn't carry the risk of the X-ray machine. I can quote that smaller scope, about 18,000 yen a month, next to the full one, so the director can choose."),
        c("That would be easier to explain to him. Please send both.", None),
        t("I'll send both by Wednesday, with what happens step by step on the day the X-ray PC stops."),
    ],
    [
        _open,
        t("Thank you. For four PCs and an X-ray computer our standard contract is 32,000 yen a month: remote support, on-site within four hours, and backups."),
        c("I see. Four hours, that is fast. At the moment the director's nephew helps us, so...", "no_need"),
        t("Many clinics start with a family member helping. The difference is guaranteed response. Did you have any downtime last year?"),
        c("Yes, the X-ray computer stopped for one day. Eleven patients were moved.", None),
        t("That's exactly what the contract prevents. I'll send the standard quote with a summary of the response times, so the director can see the value."),
        c("Thank you. I will show him. He will decide.", "think_it_over"),
        t("Great, I'll call next week to hear what he thinks."),
    ],
))

# d02 -- Incheon, cloud booking software, hair salon owner
_open = c("Hi, I saw your booking app ad. We have three stylists. Honestly, no-shows are killing us on weekends.", None)
PAIRS.append(rpair(
    "b78r_d02_incheon_salon_booking",
    "A salon owner in Incheon asks a cloud booking-software vendor about no-shows.",
    [
        _open,
        t("That hurts on your busiest days. How do people book now, and roughly how many no-shows on a weekend?"),
        c("Mostly KakaoTalk messages and phone. Maybe four or five no-shows every Saturday. Mostly new customers, the regulars are fine.", None),
        t("So it's mainly new customers who don't come. Do you take any deposit now?"),
        c("No. I worry a deposit will scare new customers away. The salon across the street asks 10,000 won and I heard people complain.", None),
        t("Fair worry. Reminder messages by KakaoTalk the day before usually cut no-shows a lot on their own. Try reminders only for a month, and add a deposit just for new Saturday customers if you still need it. It's 39,000 won a month, first month free."),
        c("Reminders first, I like that. My youngest stylist can set it up, she's good with apps.", None),
        t("Then I'll send her the setup link, and after four weeks we look at your Saturday numbers together."),
    ],
    [
        _open,
        t("Our app has online booking, KakaoTalk reminders, deposits, and a waiting list that fills cancelled slots. It's 39,000 won a month, first month free."),
        c("Deposits... I'm not sure. New customers might not like it.", None),
        t("You can switch deposits on or off any time. Most salons use 10,000 won."),
        c("The salon across the street does that and people complain.", None),
        t("It's up to you, the reminders work either way. Shall I send the setup link for the free month?"),
        c("Okay, we can try the free month.", None),
        t("Great, I'll send it now."),
    ],
))

# d03 -- Tainan, bike shop, older woman afraid of e-bikes
_open = c("Hello. My bicycle is heavy now, my knees... My grandson says buy an electric one, but I'm afraid of them. They go too fast, no?", None)
PAIRS.append(rpair(
    "b78r_d03_tainan_ebike",
    "A woman of about seventy comes into a Tainan bike shop; her bicycle is getting too hard to ride and she is nervous about electric bikes.",
    [
        _open,
        t("Hello, auntie. Many people feel that at first. Where do you ride, to the market, the temple? How far?"),
        c("The morning market, about two kilometres, and back with vegetables. There is a small bridge. With my knees I walk the bike up now.", None),
        t("So the bridge is the hard part, and you carry shopping. An electric bike only helps while you pedal, and on the lowest level it feels like a gentle push. Would you try one here in the lane, very slowly, with me walking next to you?"),
        c("Here? Now? ...Okay, only slowly.", None),
        t("There, you see, it stopped as soon as you stopped pedalling. This low step-through one with a front basket is 28,000. Or a three-wheeler, more stable but wide, 22,000."),
        c("It was not so scary. But 28,000 is a lot, I must ask my son.", "think_it_over"),
        t("Of course. I'll write both models and prices on a card for him, and he can bring you back to try the three-wheeler too."),
    ],
    [
        _open,
        t("Don't worry, auntie, these are very safe. This one has a low frame, a front basket, and the motor has five levels. It's 28,000."),
        c("Five levels... I won't remember which button.", None),
        t("Just leave it on level one, it's easy. Where do you ride?"),
        c("The morning market, two kilometres. There is a bridge.", None),
        t("Level one is enough for the bridge. Would you like to take it?"),
        c("I must ask my son first. It's a lot of money.", "think_it_over"),
        t("Of course. Here's a brochure for him."),
    ],
))

# d04 -- Quezon City, childcare, mother returning to work
_open = c("hi good morning, im looking for daycare for my baby, 14 months. i go back to work next month, call center, night shift sometimes", None)
PAIRS.append(rpair(
    "b78r_d04_quezon_daycare",
    "A mother in Quezon City messages a daycare centre about her 14-month-old before returning to a call-centre job.",
    [
        _open,
        t("Good morning! Before anything, I should be honest: we're open 7 am to 7 pm only, no nights. How does your schedule usually run?"),
        c("mostly day shift 8 to 5, but every 3rd month they rotate us to nights. my mom can take her on those months i think", None),
        t("Okay, so we cover the day shifts and your mom helps on night months. At 14 months she'd be in the toddler room, 6 babies with 2 carers. What's most on your mind about leaving her?"),
        c("shes never been with anyone except me and my mom. and she has egg allergy, thats my biggest fear honestly", None),
        t("Thank you for telling me. Her allergy goes on a card in the kitchen and in the room, and her table is cooked egg-free. Could you both come and stay an hour, to see the room and the kitchen?"),
        c("yes pls. but the monthly is 9,500 right? thats a bit much for us, my husbands salary only for now", "no_money"),
        t("Yes, 9,500. In the months your mom has her, you can pause at half the fee. Let's go through it at the visit, Saturday at 10?"),
    ],
    [
        _open,
        t("Good morning! We have a toddler room for 12 months to 3 years, 6 babies and 2 carers, meals included, 9,500 a month. Would you like to enrol?"),
        c("maybe, but i sometimes have night shift. are you open at night", None),
        t("We're open 7 to 7. Most parents manage nights with family."),
        c("ok. she also has egg allergy", None),
        t("No problem, we handle allergies all the time. Would you like to come for a visit?"),
        c("yes pls. the 9,500 is a bit much for us though", "no_money"),
        t("I understand. We have a sibling discount if you have more kids later. See you Saturday at 10?"),
    ],
))

# d05 -- Turku, office furniture, city procurement officer with criteria
_open = c("Hello. Turku city procurement, Virtanen. A school wants adjustable desks for two classrooms as a pilot. My criteria: price, durability, delivery in July, and a ten-year spare parts guarantee.", None)
PAIRS.append(rpair(
    "b78r_d05_turku_school_desks",
    "A city procurement officer in Turku asks a furniture supplier about adjustable desks for a two-classroom school pilot.",
    [
        _open,
        t("Thank you, I can answer all four. May I first ask what the school hopes the pilot will show? It changes which model makes sense."),
        c("The teachers want pupils to stand sometimes. The rector wants to know if it changes restlessness. If the pilot works, maybe 40 classrooms.", None),
        t("Then what matters is that pupils actually adjust them. Gas-spring desks move in two seconds; crank desks take half a minute, and children tend to stop adjusting crank desks after a few weeks. Gas-spring is 310 euros, crank 240."),
        c("For 52 desks that difference is over 3,600 euros. Price is weighted 40% in my criteria.", "too_expensive"),
        t("Understood. Then one option: both models in the pilot, one classroom each, and the results show whether the difference is worth it for 40 classrooms. July delivery is confirmed for both, and parts are guaranteed for twelve years. I'll put that in the offer."),
        c("Two models in the pilot, that I can justify. Send the offer by the 15th.", None),
        t("You'll have it by the 12th."),
    ],
    [
        _open,
        t("Thank you. Price: 310 euros per desk for our gas-spring model. Durability: ten years on frames. July delivery is fine, and spare parts are guaranteed for twelve years."),
        c("Good. 310 is high, the other bidder is at 240.", "too_expensive"),
        t("Ours adjusts in two seconds, which matters in a classroom. The 240 ones usually have cranks."),
        c("Pupils can turn a crank, I think.", None),
        t("They can, but they often don't. I can offer 295 for the 52 desks."),
        c("I'll put it in the comparison. Send the offer by the 15th.", None),
        t("You'll have it by the 12th."),
    ],
))

# d06 -- Leiden, medical devices (ECG), blunt GP between patients
_open = c("Right, I've got ten minutes between patients. Our ECG machine is fifteen years old and the paper is impossible to get. I need a replacement, not a sales pitch.", None)
PAIRS.append(rpair(
    "b78r_d06_leiden_gp_ecg",
    "A GP in Leiden calls a medical device supplier between patients to replace an old ECG machine.",
    [
        _open,
        t("Understood, I'll be quick. Do you want the ECGs to go straight into your GP system, or is printing fine?"),
        c("Straight in would be great, the assistants scan them now. Our system is one of the smaller ones, I forget what it's called this year.", None),
        t("Then the link is the thing that has to work, and I'll confirm it with your exact system before you buy, rather than assume. How many ECGs a week, and who takes them?"),
        c("Maybe fifteen, the assistants do them. One of them gets nervous with new equipment.", None),
        t("Then the simple touchscreen model is enough, 3,400 euros. We'd come for an hour on a normal clinic day and train the assistants on real patients, not in a demo room. I'll check the link this week and email you a yes or no by Friday."),
        c("Fine. If the link works, I'll buy it. If it doesn't, don't bother.", None),
        t("Clear. Friday, yes or no."),
    ],
    [
        _open,
        t("Of course. Our CardioLine 12 is the one I'd recommend: 12-lead, touchscreen, interpretation software, integration with GP systems, 3,400 euros."),
        c("Does it go straight into our system? The assistants scan the paper now.", None),
        t("Yes, it integrates with all the common GP systems."),
        c("All of them? Ours is a bit of an odd one. And one of my assistants gets nervous with new equipment.", None),
        t("It's very intuitive, she'll pick it up quickly, and there's a training video. Shall I send you a quote?"),
        c("Send it, and I'll decide this week.", "think_it_over"),
        t("Will do."),
    ],
))

# d07 -- Trondheim, wedding photography, groom unsure they need a full day
_open = c("Hi. We're getting married in August at a farm outside Trondheim. We got your price list. Honestly, we're not sure we need a photographer for the whole day.", "no_need")
PAIRS.append(rpair(
    "b78r_d07_trondheim_farm_wedding",
    "A groom-to-be in Trondheim calls a wedding photographer after seeing the price list, unsure whether they need full-day coverage.",
    [
        _open,
        t("That's a good thing to be unsure about. What parts of the day matter most to you two?"),
        c("The ceremony, and the speeches maybe. Nobody needs photos of me dancing. My fiancee's dad had a stroke last year, so having him there is a big deal.", None),
        t("So the heart of it is the ceremony and photos with her dad, maybe the speeches. Is he likely to get tired as the day goes on?"),
        c("Yeah, he'll probably leave after dinner.", None),
        t("Then a half day, from the ceremony to the end of dinner, covers everything you've named, and we'd do family photos early while he's fresh. That's 14,500 instead of 24,000 for the full day."),
        c("That's much better. Can we still get some of the farm and the fjord?", None),
        t("Yes, twenty minutes for the two of you before dinner, down by the water. I'll send a draft timeline so you can check it with the farm."),
    ],
    [
        _open,
        t("Totally understandable. The full day is most popular because you don't miss anything: getting ready, ceremony, speeches, first dance. But we also have a half day at 14,500."),
        c("Half day might be enough. My fiancee's dad had a stroke last year, so having him there is a big deal.", None),
        t("I'm sorry to hear that. We'll make sure to get lovely photos of him. Which half would you like, the first or the second?"),
        c("The ceremony part, I guess.", None),
        t("Great, ceremony to dinner then. Shall I send the booking form?"),
        c("Yeah, send it. We'll look at it together tonight.", "think_it_over"),
        t("Sounds good!"),
    ],
))

# d08 -- Hsinchu, accounting firm, blunt hardware-startup founder
_open = c("We're a five-person hardware startup in Hsinchu. We just raised seed money from a Singapore fund. The investors want proper books and quarterly reports. I have zero interest in accounting.", None)
PAIRS.append(rpair(
    "b78r_d08_hsinchu_startup_books",
    "The engineer-founder of a Hsinchu hardware startup asks an accounting firm to handle books and investor reporting.",
    [
        _open,
        t("Fair enough, that's our job. What do the investors' quarterly reports need to show? Did they give you a template?"),
        c("They sent one. P&L, cash, burn rate, runway. In English. Also we buy components from Shenzhen and pay in US dollars.", None),
        t("Dollar payments mean exchange differences every month, or the runway numbers drift. Who approves payments now?"),
        c("Me. On my phone. From my personal card sometimes, when the company card hits the limit.", None),
        t("Very common at your stage, but personal-card payments need to be booked as owed to you, or the books and your own taxes get messy. I'd suggest monthly books with FX handled, the investor report in their template, and a simple rule for card receipts: NT$18,000 a month. Before you commit, send last quarter's bank statements and I'll tell you what the clean-up involves."),
        c("18k a month is real money for us. But if the investors stop emailing me, it's worth it.", "too_expensive"),
        t("Then let's look at the statements first, and you'll have a fixed price for the clean-up before anything starts."),
    ],
    [
        _open,
        t("No problem. We offer monthly bookkeeping, quarterly reporting and tax filing, NT$18,000 a month for a company your size."),
        c("That's a lot of money for five people.", "too_expensive"),
        t("It includes everything. Do the investors have a reporting template?"),
        c("Yes. P&L, cash, burn, runway, in English. We pay Shenzhen suppliers in dollars.", None),
        t("We can do English reports and dollar transactions, no problem. Shall I send the engagement letter?"),
        c("Send it. I'll ask my co-founder.", "think_it_over"),
        t("Great, I'll send it today."),
    ],
))

# d09 -- Sendai, car leasing, widowed man of 76 unsure about leasing
_open = c("Good afternoon. My car is twenty years old. The inspection is next month and it will cost a lot. My daughter says lease, don't buy, at my age. I'm 76. I don't really understand leasing.", None)
PAIRS.append(rpair(
    "b78r_d09_sendai_kei_lease",
    "A 76-year-old man in Sendai visits a car dealer about leasing instead of renewing the inspection on his old car.",
    [
        _open,
        t("Good afternoon. I'll explain it simply, and then you can see whether it suits you. First, what do you use the car for?"),
        c("Shopping, the hospital every two weeks, and visiting my wife's grave. Maybe 300 kilometres a month.", None),
        t("Thank you. Leasing means a fixed amount every month, and inspection, tax and maintenance are included. At the end you give the car back. For a small car, about 15,000 yen a month. And if one day you stop driving, what happens is written in the contract; I'll show you."),
        c("Yes, my daughter worries about that. If I return my licence in two years, do I still pay?", None),
        t("On our senior plan, if you return your licence the lease ends with one month's fee. I'd also suggest a car with automatic braking. Would you like to come with your daughter so she can read the contract too?"),
        c("Yes, she comes on Sunday. Is Sunday possible?", None),
        t("Sunday at two. I'll print the contract in large type."),
    ],
    [
        _open,
        t("Good afternoon. Leasing is very convenient. You pay 15,000 yen a month, and inspection, tax and maintenance are included. We have a very popular kei car with automatic braking."),
        c("Included... so I pay nothing else? And if I stop driving?", None),
        t("If you end early there's a cancellation fee, but the senior plan has a smaller one. How many kilometres do you drive?"),
        c("About 300 a month. Shopping, the hospital, my wife's grave.", None),
        t("That fits our standard plan perfectly. Would you like to apply today?"),
        c("Today... I would like my daughter to see it first.", "think_it_over"),
        t("Of course. Please come back with her."),
    ],
))

# d10 -- Odense, home renovation (kitchen), parents expecting a second child
_open = c("Hej. We want a new kitchen. We've got a two-year-old and another one due in March, so it has to be done before that. We've had two quotes already and they were all over the place.", None)
PAIRS.append(rpair(
    "b78r_d10_odense_kitchen",
    "A father in Odense asks a renovation firm for a third kitchen quote; the family's second baby is due in March.",
    [
        _open,
        t("Before I price anything: what's wrong with the kitchen now? And what did the other quotes include that made them so different?"),
        c("It's tiny and the layout's stupid, no counter space. One quote was 140,000 and one 260,000. The expensive one moves the sink to the window.", None),
        t("Moving the sink means new drains and sometimes floor work; that's most of the difference, and it adds about two weeks. How much does the sink at the window matter to you?"),
        c("My wife wants it. I care more about it being finished before the baby.", None),
        t("Then I'll price both: the sink where it is, four weeks, and moved, six weeks. Starting early January, six weeks ends mid-February, tight but possible. I'll check our drain contractor's calendar before I promise that."),
        c("Both versions makes sense. I'll show my wife.", "think_it_over"),
        t("You'll have them Thursday, with a week-by-week plan so you can see where the risk is."),
    ],
    [
        _open,
        t("Congratulations! Let's have a look. We usually do a full kitchen in about five weeks. What's your budget?"),
        c("Depends. We had quotes for 140,000 and 260,000. The expensive one moves the sink to the window.", None),
        t("Moving the sink is a lovely idea, you get the light. We can do that too. I'd estimate around 210,000."),
        c("And it's done before March?", None),
        t("We'll make sure of it. I'll send a quote."),
        c("Okay. We'll compare it with the other two.", "think_it_over"),
        t("Sounds good, I'll send it this week."),
    ],
))
