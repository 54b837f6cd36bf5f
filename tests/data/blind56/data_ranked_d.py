"""Ranked pairs d01-d10 (b56): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 drone spraying for a vineyard, Cricova (Moldova)
_open = c("Hello. I have vineyard, 14 hectares near Cricova. How much is drone spraying for one hectare?", None)
PAIRS.append(rpair(
    "b56r_d01_cricova_dronespray",
    "A vineyard owner, Moldovan, short English sentences, asks the price per hectare for drone spraying.",
    better=[
        _open,
        t("Hello. It's 22 euro per hectare for one pass. Can I ask why drones, what do you use now?"),
        c("Tractor. But the lower part is on a slope, after rain the tractor cannot go in, and then the mildew comes. Last year I lost maybe a third there.", None),
        t("So the problem is the slope after rain, not the whole vineyard. How many hectares are on the slope?"),
        c("Five, maybe six. The rest is flat, tractor is fine.", None),
        t("Then keep the tractor on the flat part, and we do the six hectares on the slope only when the tractor can't. Let's start with one spray on the slope and you compare the leaves with the flat part."),
        c("Only the slope, this is cheaper than I thought. Yes, we try.", None),
    ],
    worse=[
        _open,
        t("Hello. It's 22 euro per hectare for one pass, so for 14 hectares 308 euro. We usually do a programme of six passes in the season."),
        c("Six times 308, it is more than 1800. This is a lot. With tractor I pay only the diesel.", "too_expensive"),
        t("True, but the drone doesn't compact the soil and it gets in after rain. We can give 10 percent if you book the full season."),
        c("Maybe. I must think, and talk with my brother, we have it together.", "think_it_over"),
        t("Of course. I'll send you the offer for the full season with the discount, you tell me when you've decided."),
        c("Okay, send it.", None),
    ],
))

# d02 public library meeting room, Minneapolis
_open = c("Hi, I want to book a room for our women group. We are Somali mothers, maybe 15 women. Every week if possible.", None)
PAIRS.append(rpair(
    "b56r_d02_minneapolis_libraryroom",
    "The organiser of a Somali mothers' group asks a neighbourhood public library for a weekly room.",
    better=[
        _open,
        t("Welcome, we'd love to have you. What does the group do when you meet? That helps me pick the right room."),
        c("We practise English, talk, sometimes sewing. The small children come with the mothers, we have no babysitter.", None),
        t("Then the room next to the children's area is better, it has a glass wall, so the kids can play on the carpet and you can still see them. Which day and time suits the mothers?"),
        c("Morning after school drop, 9 to 11. Evening is hard, the women cook for the family.", None),
        t("Wednesday mornings are free. And we have a volunteer who runs English conversation, Fadumo, she also speaks Somali. Shall I ask if she'd join you one week?"),
        c("Yes, that is very good. The women are shy to speak English with strangers.", None),
        t("I'll ask her and call you. Wednesday 9 to 11 is yours, starting next week."),
    ],
    worse=[
        _open,
        t("Sure, the meeting rooms are free for community groups. Room B holds 20. Which day?"),
        c("Maybe in the morning, 9 to 11. Evening is hard for us, the women cook for the family.", None),
        t("Wednesday 9 to 11 is free in Room B. There's a rule that children under 10 must be with an adult at all times, and no food in the room."),
        c("The children come with the mothers. And sometimes we sew, this is ok?", None),
        t("Sewing is fine. Just keep the children with you, and leave the room as you found it. I'll book you from next week."),
        c("Okay, thank you.", None),
    ],
))

# d03 cleaning chemicals for a care home, Galway (B2B)
_open = c("Hello, I manage a nursing home outside Galway, 40 beds. Three of my care staff have sore, cracked hands, they blame the cleaning products. I want to look at changing supplier.", None)
PAIRS.append(rpair(
    "b56r_d03_galway_carehomecleaning",
    "A nursing home manager wants to change cleaning supplier because staff have sore hands.",
    better=[
        _open,
        t("Sore hands are worth taking seriously. Before I quote, which products are they using when it happens, the floor cleaner, the disinfectant, or the hand soap?"),
        c("Mostly the disinfectant for the rooms. They wear gloves, mostly. Well, not always.", None),
        t("And how is it diluted, with a dosing unit on the wall or do they pour it from the big drum?"),
        c("They pour it. Into a bucket. I suppose nobody measures, now that you say it.", None),
        t("That's often the cause, a strong mix with no gloves will crack anyone's hands, whatever the brand. A wall dosing unit fixes the mix. We lend it free if you buy our concentrate, but honestly, you could also ask your current supplier for one first."),
        c("Huh. I didn't expect you to say that. Send me your prices anyway, and I'll ask them about the dosing.", "think_it_over"),
        t("Grand. I'll send them with a one-page glove and dilution poster for the sluice room, you can use it either way."),
    ],
    worse=[
        _open,
        t("We have a dermatologically tested range for healthcare, it's much gentler on skin. The disinfectant is 48 for a 5 litre concentrate."),
        c("48? We pay about 35 now. That's a fair bit more for 40 beds.", "too_expensive"),
        t("It is, but it goes further, the dilution is 1 to 100. And staff feel the difference. I can send a free sample drum to try for a month."),
        c("A trial would be good. I'd need to see the hands get better before I change.", None),
        t("Makes sense. I'll send it this week with the product sheets."),
        c("Grand, thanks.", None),
    ],
))

# d04 dehumidifier, hardware store, Bergen
_open = c("Hi, I need a dehumidifier. My room has black spots on the wall, in the corner by the window. It is a basement room.", None)
PAIRS.append(rpair(
    "b56r_d04_bergen_dehumidifier",
    "A Polish student renting a basement room in Bergen wants a dehumidifier for mould on the wall.",
    better=[
        _open,
        t("We have some. How big is the room, and where do you dry your clothes?"),
        c("Twelve square metres. Clothes, on a rack in the room, there is no other place. Why?", None),
        t("A rack of wet laundry puts maybe two litres of water into the air. In a small basement room that ends up on the coldest wall, the corner by the window. Does the window open?"),
        c("It opens, but it is cold, so I keep it closed. My landlord says the mould is my problem.", None),
        t("A small dehumidifier, 10 litres a day, 1990 kroner, run it while the laundry dries and it'll take most of it. Open the window ten minutes in the morning too. If the spots come back even then, it may be damp coming through the wall, and then it is the landlord's problem."),
        c("1990 is a lot for a student. But okay, if it stops the mould. I take it.", None),
    ],
    worse=[
        _open,
        t("We have a 20 litre one, very popular, 3490 kroner. It has a humidity sensor and a hose so you don't have to empty the tank."),
        c("3490 is a lot for me, I am a student. Is there cheaper?", "no_money"),
        t("There's a 10 litre one for 1990. For one room it's enough. Wipe the spots with a mould spray too, 89 kroner."),
        c("Okay. The 10 litre and the spray.", None),
        t("Good choice. Keep it running and the air will be dry."),
        c("Thanks.", None),
    ],
))

# d05 mobile plan for a long-distance truck driver, Poznan
_open = c("Dzien dobry, I am truck driver, two weeks in Germany and Holland, then home. I need better plan, now the internet stops in the middle of the month.", None)
PAIRS.append(rpair(
    "b56r_d05_poznan_truckerplan",
    "A long-haul truck driver, Polish, whose mobile data runs out mid-month on the road in Germany and the Netherlands.",
    better=[
        _open,
        t("Dzien dobry. What eats the data, navigation, films in the evening, video calls home? And how much did you use last month, it's in the app, we can look together."),
        c("Evening I watch football and films in the cabin, and video with my daughter. Here, last month 58 giga, and it stopped at 40.", None),
        t("Then the 100 giga plan, 79 zloty, covers you with room. One thing: in the EU roaming is fair use, on this plan you get about 38 giga abroad at home prices. You're abroad most of the month, so I'd add the EU roaming pack, 20 zloty, makes it 90 abroad."),
        c("79 and 20, almost 100 a month. Now I pay 45. Hmm. My company gives me nothing for phone.", "too_expensive"),
        t("Understood. Then another idea: 100 giga without the pack, and use truck stop wifi for films, keep the mobile for video with your daughter. Try one month, you can change the plan any time."),
        c("Okay, one month like this. We see.", None),
    ],
    worse=[
        _open,
        t("Dzien dobry. The unlimited plan is 99 zloty, no more stopping, and it works in the whole EU."),
        c("99, now I pay 45. It is double.", "too_expensive"),
        t("There's 100 giga for 79 zloty. For most people it's more than enough. In the EU you have the same data as at home."),
        c("Okay, 79 is better. This works in Germany, same?", None),
        t("Yes, roaming in the EU is like at home. I switch you today."),
        c("Good, do it.", None),
    ],
))

# d06 accountant for a freelance translator, Lisbon (chat)
_open = c("ola, i am brazilian, freelance translator in lisbon since january. i need someone to do my taxes, i dont understand anything here", None)
PAIRS.append(rpair(
    "b56r_d06_lisbon_freelancetax",
    "A Brazilian freelance translator, new in Portugal, writing in chat, asks an accounting office for help with taxes.",
    better=[
        _open,
        t("ola! welcome. are you already registered as self-employed at financas? and how many clients do you have, in portugal or abroad"),
        c("yes i registered, i do the green receipts. 4 agencies, 2 here, 2 in brazil, about 1800 per month. and a letter from social security came, i dont understand it", None),
        t("the letter is the quarterly declaration, due this month. with that income you're in the simplified regime, you don't need organised accounts. what you need is the quarterly social security and the yearly IRS done right, the foreign clients need care. we do that for 40 a quarter plus 90 for the IRS"),
        c("my friend said accountant here is 150 per month. 40 is really all?", None),
        t("for your situation yes. 150 is for full accounts, you'd be paying for things you don't need. send me the letter and I'll do this quarter first, then you decide"),
        c("perfect, i send now", None),
    ],
    worse=[
        _open,
        t("ola, welcome! we have a freelancer package: monthly accounting, social security, IRS and unlimited questions, 95 per month"),
        c("95 per month, hmm. i earn about 1800. its a lot", "too_expensive"),
        t("it covers everything, so you never have to worry about fines. many of our freelancers are brazilian too"),
        c("ok. i have a letter from social security i dont understand", None),
        t("send it with your registration and we take care of it. I'll send you the contract"),
        c("ok, i read the contract first", "think_it_over"),
    ],
))

# d07 first violin for a child, music shop, Durban
_open = c("Hello. My daughter wants to learn violin at school, she is nine. What do I need to buy?", None)
PAIRS.append(rpair(
    "b56r_d07_durban_childviolin",
    "A mother in Durban is buying for her nine-year-old, who wants to start violin at school.",
    better=[
        _open,
        t("Lovely. Violins come in sizes for children. Did the teacher say a size, or is she tall for nine?"),
        c("The teacher said to measure her arm, but I didn't know how. She is average, I think.", None),
        t("Most nine-year-olds are half size, but we can measure her arm here in one minute when she comes. Has she played anything before, or is she just starting?"),
        c("Nothing. And honestly, last year it was guitar, she stopped after two months. I don't want to waste money again.", "bad_experience"),
        t("That's exactly why most parents rent at the start. 150 rand a month, the bow and case included, and she changes size for free when she grows. If she sticks with it a year, part of the rent goes to buying."),
        c("Renting, I didn't know. Yes, I'll bring her Saturday to measure.", None),
    ],
    worse=[
        _open,
        t("For a nine-year-old usually a half-size outfit: violin, bow, case and rosin, 2400 rand. It's a good student model."),
        c("2400. Okay. And if she stops? Last year she stopped the guitar after two months.", "bad_experience"),
        t("Many kids stay with violin once they have a teacher. And we also buy back second-hand instruments in good condition."),
        c("Okay. I'll think about it, maybe I bring her to try.", "think_it_over"),
        t("Yes, bring her, then we check the size too. Saturdays we're open till 1."),
        c("Thank you.", None),
    ],
))

# d08 availability app for a volunteer fire brigade, Tyrol (B2B)
_open = c("Grüß Gott. I am commander of a volunteer fire brigade in a village in Tyrol, 38 members. Somebody told me your software is good for planning. We use paper and WhatsApp.", None)
PAIRS.append(rpair(
    "b56r_d08_tyrol_firebrigadeapp",
    "A volunteer fire brigade commander in a Tyrolean village asks about planning software.",
    better=[
        _open,
        t("Grüß Gott. Planning can mean a lot of things. Where does paper and WhatsApp let you down today?"),
        c("Exercises are fine. The problem is an alarm at 10 in the morning. Half the people work in Innsbruck, I don't know who can come. We have to wait and see who arrives.", None),
        t("So the real question is who is in the village right now. Our availability feature does that: members tap 'here' or 'away' in the app, and when the alarm goes you see on one screen who is close. Would your members use an app, the older ones too?"),
        c("The young ones yes. The older ones, hmm. Some have no smartphone. And the municipality pays, so I must ask the mayor.", "think_it_over"),
        t("The ones without smartphones can be set by SMS, or you set them as 'usually here'. For the mayor, try it free for two months with the whole brigade, and you show him real numbers from your alarms."),
        c("Two months free, this I can do without the mayor. Good, let us try.", None),
    ],
    worse=[
        _open,
        t("Grüß Gott. We have a complete package for brigades: exercise planning, equipment checks, member records, alarm availability and statistics for the district. 2 euros per member a month."),
        c("So 76 euro a month. The municipality pays, I must ask the mayor, he is careful with money.", "think_it_over"),
        t("Understandable. I can send you a presentation for the mayor, with the prices and the features."),
        c("Yes, send it. The availability thing interests me, in the day we never know who comes.", None),
        t("That's in the package, the members mark if they're available. I'll add a page about it."),
        c("Good, I'll show him.", None),
    ],
))

# d09 sleep aid at a pharmacy counter, Peterhead
_open = c("Hello, I need something for sleeping. Strong one please. I cannot sleep already two weeks.", None)
PAIRS.append(rpair(
    "b56r_d09_peterhead_sleepaid",
    "A Latvian fish-processing worker asks a town pharmacy for a strong sleeping aid.",
    better=[
        _open,
        t("Two weeks is rough. Is it falling asleep that's hard, or waking up in the night? And did something change two weeks ago?"),
        c("I changed to night shift at the fish factory. I come home at 7 in the morning and I lie there, it is light, I cannot sleep.", None),
        t("That makes sense, your body thinks it's morning. Do you drink energy drinks or coffee on the shift, near the end?"),
        c("Yes, two Monster, one at 4 o'clock. Otherwise I fall asleep at the machine.", None),
        t("The 4 o'clock one stays in you till midday. Try both before 2, sunglasses on the way home, and blackout on the window. I can give you a sleep tablet for a week to reset, not longer, they stop working. Any other medicines?"),
        c("No other. Okay, a week, and I try the curtain. If still not sleeping?", None),
        t("Then see the GP, shift work sleep problems are common and they can help. Here's the tablets, one 20 minutes before bed."),
    ],
    worse=[
        _open,
        t("We have these, they're an antihistamine that makes you drowsy, 20 minutes before bed. Are you on any other medicines?"),
        c("No other medicines. It is strong?", None),
        t("It helps most people. Don't drive the next morning if you feel drowsy, and don't take them for more than two weeks. If it's still bad after that, see your GP."),
        c("Next morning I don't drive, I sleep in the day. I work night shift.", None),
        t("Then take it when you go to bed, whatever time that is. That's 5.49."),
        c("Okay, thank you.", None),
    ],
))

# d10 used pickup, small dealership near Abilene (Texas)
_open = c("Hey there. Lookin' for a used pickup, nothin' fancy, under twenty-five thousand if y'all have somethin'.", None)
PAIRS.append(rpair(
    "b56r_d10_abilene_usedpickup",
    "A woman from a small ranch wants a used pickup under 25,000 dollars.",
    better=[
        _open,
        t("We've got a few. What's it gonna be doing mostly, town and feed store, or hauling?"),
        c("Bit of both. My husband's truck died. We pull a two-horse trailer to shows maybe once a month.", None),
        t("Loaded two-horse trailer, that's what, seven thousand pounds with the horses and tack? That matters. The cheap half-tons we've got would do it on paper, but right at the limit."),
        c("I never weighed it. The old truck was a three-quarter ton, I think. Struggled on the hills anyhow.", None),
        t("Then I'd stay with a three-quarter ton. I've got a 2016 with the tow package at 24,500, more miles than I'd like, 140 thousand. Or a half-ton at 19 that's nicer inside but I wouldn't put your horses behind it."),
        c("Lord, 24,500 with all those miles. Let me talk to Dale tonight before I sign anything.", "think_it_over"),
        t("Sure. Bring him and the trailer Saturday, hitch it up and take it out on the 277."),
    ],
    worse=[
        _open,
        t("Sure do. This 2018 half-ton, 19,800, 90 thousand miles, one owner, clean inside. Good value."),
        c("That's real nice. My husband's truck died, so we need somethin' quick.", None),
        t("This one's ready today. Cold AC, new tires, and it's got a hitch on it already."),
        c("Oh good, we pull a horse trailer now and then. 19,800 is still a stretch though.", "no_money"),
        t("I can do 19,200 and throw in a bed liner. Take it for a drive?"),
        c("Alright, let's take it around the block.", None),
    ],
))
