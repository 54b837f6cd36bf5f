"""Ranked pairs f01-f10 of blind195 (shared turns; one fault in 'worse' and the customer's reaction), written by hand."""
from common import c, rpair, t

# f01 York: fault = argues with the customer
F01_C1 = c("Hello, I sat in the upper circle last night, seat D14, and I could barely see the left side of the stage for a pillar. It wasn't sold as restricted view.", None)
F01_T1 = t("I'm sorry, that's a frustrating way to spend an evening. How much of the show did you miss?")
F01_C2 = c("Any scene on the left, which was a lot of the second half. I paid 54 for it.", None)
F01_T3 = t("I've checked: D14 should have been sold as restricted view, at 32. Our seat map had it wrong. I'll refund the difference of 22 today and get the map fixed.")
F01_C4 = c("Right. Thank you for sorting it.", None)

# f02 Houston: fault = doubts the customer's honesty
F02_C1 = c("Hi, we had my daughter's party at your place Saturday. We paid for twenty kids up front but only fourteen showed. Can I get something back for the six?", None)
F02_T1 = t("Happy belated birthday to her! Let me pull up the booking. Was it the Jump and Pizza package?")
F02_C2 = c("Yeah. Two of the no-shows had the flu, and the others just... didn't come. You know how it is.", None)
F02_T3 = t("The door count shows fourteen jumpers. We refund no-shows above the ten-child minimum, so that's six at $22, $132 back on your card within five days.")
F02_C4 = c("Okay. Honestly I figured you'd say no. The last place we did a party wouldn't refund a thing.", None)
F02_T4 = t("Not here. And for next time, no-show credit is automatic up to 48 hours before. Just call us with the final number.")

# f03 Edmonton: fault = drops the price before asking anything
F03_C1 = c("Good afternoon. Please, I am looking at renting a suite for a hockey game in February. Sixteen people, more or less. What does that cost?", None)
F03_T3 = t("For a crew night I'd go with a Tuesday or Wednesday game and the hot food package: burgers, wings, a proper feed. Midweek, the suite for sixteen is $4,800 with food included.")
F03_C4 = c("Forty-eight hundred is more than my boss approved. He said four thousand, not more.", "no_money")
F03_T4 = t("Then a suite for twelve on a Wednesday is $3,900 with the same food. Or I can hold the sixteen-person one for a week while you ask him.")
F03_C5 = c("Let me ask him about the bigger one first. I will call you on Friday.", "think_it_over")

# f04 Miami: fault = an unasked lecture
F04_C1 = c("hey can my 17 yr old brother come with me to the fest? im 22", None)
F04_T1 = t("Hi! Yes, 16- and 17-year-olds can come with an adult 21 or over on the same order, or with their ticket linked to that adult's.")
F04_C2 = c("ok cool. he already has his ticket tho, bought it himself last week", None)
F04_T3 = t("Thanks. They're linked now. At the gate, go through together and show both IDs. His wristband will be a different color.")
F04_C4 = c("does the linking cost anything? he already paid like 180 for his", None)
F04_T4 = t("No, it's free. You're all set.")

# f05 Stratford: fault = a vague next step
F05_C1 = c("Hello, I organise a bus trip for our church group every summer, about forty people, and we'd like a musical in Stratford this year. The bus has to leave by five.", None)
F05_T1 = t("Then the 2pm Wednesday matinee is your best bet, it ends at 4:40. Groups of forty get $62 a ticket, down from $89.")
F05_C2 = c("Sixty-two is more than most of them can manage. A lot of them are on pensions. Is there anything cheaper?", "no_money")
F05_T2 = t("The upper balcony group rate is $45, and it's a fine view for a musical. I'd need a list of names and a deposit.")
F05_C3 = c("Forty-five is better. I'll have to bring it to the committee on Sunday, though.", "think_it_over")

# f06 Baltimore: fault = over-promises
F06_C1 = c("Hi, my son turns nine next month and he's crazy about the Orioles. I want to do something special at a game. What can you do?", None)
F06_T1 = t("Love that. What's he like? Would he rather have great seats, be down on the field, or meet someone?")
F06_C2 = c("Honestly, meeting a player would be the dream. But I don't know if that's even a thing.", None)
F06_T3 = t("It's for a group of up to six. For four of you it's $340.")
F06_C4 = c("Three forty is more than I was hoping to spend, but for his birthday, okay.", "too_expensive")
F06_T4 = t("Great. I'll book the 14th and email you the batting practice times so you can get there early.")

# f07 Leicester: fault = closes before checking the thing will work
F07_C1 = c("Hi there, I want to hire a jumping castle for my boy's party, Sunday the 9th. The big one off your website, the pirate ship.", None)
F07_T1 = t("Good choice, the kids love that one. How many are coming, and how old?")
F07_C2 = c("About twelve, all six and seven.", None)
F07_T3 = t("Then the pirate ship won't fit safely. The Jungle castle is 14 foot wide, and we can level a slight slope with mats. It's 95 for the day.")
F07_C4 = c("Jungle? Shame, he had his heart set on the pirate ship. Let me check with his dad before you book it.", "think_it_over")
F07_T4 = t("Of course. I'll hold the Jungle for the 9th until tomorrow evening. Just text me either way.")

# f08 St. John's: fault = recommends before asking
F08_C1 = c("Hi, I'm booking music for our office Christmas party, the 13th of December. About sixty people.", None)
F08_T2 = t("Then I'd suggest a trio: guitar, fiddle and a box, trad and a few pop covers, quiet for the first hour and then we turn it up. Three hours is $1,100.")
F08_C3 = c("Eleven hundred. Hm. Our social committee has eight hundred.", "no_money")
F08_T3 = t("Two hours would be $800. They'd start at nine, when the dancing usually gets going. Or I can send you both and you decide.")
F08_C4 = c("Two hours is grand. Send me the contract.", None)

# f09 Detroit: fault = unexplained jargon
F09_C1 = c("Hi, my granddaughter wants tickets for the big concert in August, and she says there's some presale thing tomorrow? I'm not very good with computers.", None)
F09_T1 = t("No problem, I'll walk you through it. Do you have an account with us already, or would this be your first time?")
F09_C2 = c("First time. I've got an email address, that's about it.", None)
F09_T3 = t("Prices go up and down with demand, but the cheapest seats were $65 each last time this artist came through. The upper levels are the cheapest.")
F09_C4 = c("Sixty-five each for three of us... goodness. Her mother will want a say on that.", "think_it_over")
F09_T4 = t("Of course. I'll email you a step-by-step for Friday, and you can call me back once you've talked with her.")

# f10 Oxford: fault = talks about themselves instead of the customer
F10_C1 = c("Hello, I'd like to buy opera tickets as a present for my dad. He's seventy-five and he loves Puccini, but he's never been to a live one.", None)
F10_T1 = t("What a lovely present. Is there a date that works for him, and is he alright with stairs and long evenings?")
F10_C2 = c("Any Saturday in spring. He's fit, but he's a bit deaf in one ear, if that matters.", None)
F10_T3 = t("Then the left side of the stalls, row J, seats 3 and 4, would suit him best. They're 68 each.")
F10_C4 = c("Sixty-eight each. Hm. Is there anything a bit cheaper on that side? It's a lot for a present.", "too_expensive")
F10_T4 = t("Row R on the left is 44 each, still a good view. And I can put the tickets in a gift card for him, no charge.")

PAIRS = [
    rpair(
        "b195r_f01_york_theatre_restricted_view",
        "Theatre box office (phone), York: a customer's seat had a pillar blocking the stage but was not sold as restricted view. Fault in worse: the trainee argues with her.",
        [F01_C1, F01_T1, F01_C2,
         t("That's fair to be upset about. Give me a second to check D14 on our plan."),
         c("Thanks. It's definitely the left side.", None),
         F01_T3, F01_C4],
        [F01_C1, F01_T1, F01_C2,
         t("Honestly, D14 isn't restricted. The pillar only blocks a tiny corner, and most people in that seat never notice it."),
         c("Well, I noticed it. Are you saying I'm making it up?", None),
         F01_T3, F01_C4],
    ),
    rpair(
        "b195r_f02_houston_trampoline_party_headcount",
        "Trampoline park parties (phone), Houston: a mother asks for money back for six no-shows at her daughter's party. Fault in worse: the trainee doubts her honesty.",
        [F02_C1, F02_T1, F02_C2,
         t("I do, it happens a lot. Let me check the door count for Saturday."),
         c("Sure, go ahead.", None),
         F02_T3, F02_C4, F02_T4],
        [F02_C1, F02_T1, F02_C2,
         t("Hmm. Are you sure it was fourteen? Parents sometimes say fewer came to get money back, so I'll need to check the door count."),
         c("Wow. Yes, I'm sure. I was there. I counted the goodie bags.", None),
         F02_T3, F02_C4, F02_T4],
    ),
    rpair(
        "b195r_f03_edmonton_hockey_suite",
        "Hockey arena suite sales (phone), Edmonton: a warehouse supervisor wants a suite for sixteen staff on a capped budget. Fault in worse: the trainee cuts the price before asking anything.",
        [F03_C1,
         t("It depends a bit on the game and the food. Is this for clients, staff, family?"),
         c("Staff. It is our year-end thank-you for the warehouse crew.", None),
         F03_T3, F03_C4, F03_T4, F03_C5],
        [F03_C1,
         t("For sixteen it's usually $6,400, but I can do it for $5,400 right now, that's a thousand off. Is this for clients, staff, family?"),
         c("A thousand off already? Okay... It is staff. Our year-end thank-you for the warehouse crew.", None),
         F03_T3, F03_C4, F03_T4, F03_C5],
    ),
    rpair(
        "b195r_f04_miami_festival_under18",
        "Music festival support (web chat), Miami: a 22-year-old wants to link his 17-year-old brother's ticket to his own. Fault in worse: an unasked lecture on underage drinking.",
        [F04_C1, F04_T1, F04_C2,
         t("No problem, I can link his ticket to yours. Can you send me both order numbers?"),
         c("sure. mine is MF-20331 and his is MF-20957", None),
         F04_T3, F04_C4, F04_T4],
        [F04_C1, F04_T1, F04_C2,
         t("No problem. Just a heads-up though: as the adult you're responsible for him. We see a lot of underage drinking and it's not a joke, people end up in the medical tent every year. Can you send me both order numbers?"),
         c("uh ok?? hes not a kid and i didnt ask. mine is MF-20331 and his is MF-20957", None),
         F04_T3, F04_C4, F04_T4],
    ),
    rpair(
        "b195r_f05_stratford_theatre_bus_tour",
        "Theatre festival group sales (phone), Stratford, Ontario: a church trip organiser needs an early musical for forty people, many on pensions. Fault in worse: a vague next step.",
        [F05_C1, F05_T1, F05_C2, F05_T2, F05_C3,
         t("Of course. I'll email you a written quote for both prices today and hold forty balcony seats for July 16th until next Wednesday. I'll ring you Monday to hear what the committee said."),
         c("That's perfect, thank you.", None)],
        [F05_C1, F05_T1, F05_C2, F05_T2, F05_C3,
         t("Of course. Let us know what they decide and we'll see what we can do."),
         c("Could you hold the seats until then? I don't want to lose them.", None)],
    ),
    rpair(
        "b195r_f06_baltimore_ballpark_birthday",
        "Ballpark group and birthday sales (phone), Baltimore: a parent wants her son to meet a player for his 9th birthday. Fault in worse: the trainee promises a meeting he cannot guarantee.",
        [F06_C1, F06_T1, F06_C2,
         t("I'll be straight: I can't promise a player, they're busy before games. What I can offer is the Birthday Fan package: his name on the scoreboard, and the kids watch batting practice from the field-level rail, where players often sign. $85 a person."),
         c("That's honest. The rail sounds great. He'd lose his mind if someone signed his ball.", None),
         F06_T3, F06_C4, F06_T4],
        [F06_C1, F06_T1, F06_C2,
         t("Absolutely, I can promise he'll meet a player and get a photo, we'll make it happen. It's the Birthday Fan package: his name on the scoreboard and batting practice from the field-level rail. $85 a person."),
         c("Really? Guaranteed? That's amazing. I'm telling him tonight.", None),
         F06_T3, F06_C4, F06_T4],
    ),
    rpair(
        "b195r_f07_leicester_bouncy_castle",
        "Party equipment hire (phone), Leicester: a South African mum wants the big pirate-ship castle for a narrow, sloping garden. Fault in worse: the trainee books it before checking it will fit.",
        [F07_C1, F07_T1, F07_C2,
         t("Perfect for that age. Before I book it, how big is your garden? The pirate ship needs 20 foot by 16 and a flat bit of lawn."),
         c("Oh. Erm, the garden's maybe fifteen foot wide. And it slopes.", None),
         F07_T3, F07_C4, F07_T4],
        [F07_C1, F07_T1, F07_C2,
         t("Perfect for that age. I'll book it in now: 120 for the day, free delivery, and we'll be with you at nine."),
         c("Lovely. Oh, hang on, will it fit? The garden's maybe fifteen foot wide, and it slopes.", None),
         F07_T3, F07_C4, F07_T4],
    ),
    rpair(
        "b195r_f08_stjohns_christmas_party_band",
        "Party band booking (phone), St. John's, Newfoundland: an office wants music for sixty accountants in a pub back room on an 800-dollar budget. Fault in worse: the trainee recommends before asking.",
        [F08_C1,
         t("Happy to help. What's the venue like, and what sort of party is it? People dancing, or more background music while they chat?"),
         c("It's the back room of a pub on George Street, so not huge. And they're accountants, mostly. Some will dance after a few drinks.", None),
         F08_T2, F08_C3, F08_T3, F08_C4],
        [F08_C1,
         t("Happy to help. You'll want our Big Harbour Show Band, eight pieces, horns, the works, the best party band on the island. What's the venue like, and is it a dancing crowd?"),
         c("An eight-piece? It's the back room of a pub on George Street, you'd never fit them. And they're accountants, mostly. Some will dance after a few drinks.", "no_need"),
         F08_T2, F08_C3, F08_T3, F08_C4],
    ),
    rpair(
        "b195r_f09_detroit_concert_presale",
        "Concert ticketing (phone), Detroit: a grandmother with little computer experience wants tickets for her granddaughter. Fault in worse: unexplained ticketing jargon.",
        [F09_C1, F09_T1, F09_C2,
         t("That's all you need. Tomorrow's presale is only for people who signed up in advance, and that closed last week, I'm sorry. But the general sale is Friday at 10am. You make an account today, then on Friday you log in, pick seats and pay by card, and the tickets show up on your phone."),
         c("Friday at ten. Okay, I can do that. What would they cost?", None),
         F09_T3, F09_C4, F09_T4],
        [F09_C1, F09_T1, F09_C2,
         t("That's all you need. The presale's Verified Fan only, so you'd be in the general on-sale queue Friday at 10. It's dynamic pricing with platinum inventory excluded, and delivery is SafeTix only, so you'll need the app for the rotating barcode."),
         c("I'm sorry, dear, I didn't understand a word of that. What would they cost, anyway?", None),
         F09_T3, F09_C4, F09_T4],
    ),
    rpair(
        "b195r_f10_oxford_opera_gift",
        "Opera and theatre box office (phone), Oxford: a daughter buys Puccini tickets for her father, who is deaf in one ear. Fault in worse: the trainee talks about her own love of opera.",
        [F10_C1, F10_T1, F10_C2,
         t("It might. If his good ear is his right, I'd sit him on the right side of the stalls, so he's turned slightly towards the stage. La Boheme is on in April, and it's short for an opera, two hours with an interval."),
         c("His good ear's the left, actually. And Boheme's his favourite.", None),
         F10_T3, F10_C4, F10_T4],
        [F10_C1, F10_T1, F10_C2,
         t("Oh, Puccini! I saw La Boheme in Verona when I was at uni and sobbed the whole way through. Honestly, it changed my life, I've been to about thirty operas since. We've got it on in April, and it's short for an opera, two hours with an interval."),
         c("That's nice. Would he hear alright, though? His good ear is the left one.", None),
         F10_T3, F10_C4, F10_T4],
    ),
]
