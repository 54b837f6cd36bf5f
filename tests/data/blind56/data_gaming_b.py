"""Gaming pairs, part b (b56). Hand-written."""
from common import c, gpair, t

PAIRS = []

# b1 ignored_customer -- mobility shop, Bridlington
_open = c("Morning, duck. I'm after one of these scooters. My knees have packed in and the walk to the shops is getting beyond me.", None)
PAIRS.append(gpair(
    "b56g_bridlington_scooter", "mobility shop, Bridlington (UK)", "ignored_customer",
    "A retired woman with bad knees wants a mobility scooter; she lives up a hill and needs it to fit in her son's car.",
    good=[
        _open,
        t("Morning. Let's find you the right one. How far is it to the shops, and is it flat or are there hills?"),
        c("About a mile. And I live at the top of Sewerby Road bit, it's a fair old climb coming back.", None),
        t("Right, the climb matters, small scooters struggle uphill with shopping on. Would it live at your house, or does it need to go in a car sometimes?"),
        c("Our Gary takes me to Scarborough on Sundays, it'd have to go in his boot. It's one of them little Fiats.", None),
        t("That's the tricky bit: the ones that come apart to fit a small boot have smaller motors. There's one that splits into four pieces, the heaviest is 16 kilo, and it does manage hills, slowly. Do you want to try it up our ramp out back, and we see if Gary can lift the pieces?"),
        c("How much is it though? I'm on my pension.", None),
        t("That one's 1150. We also hire them out at 20 a week, so you could try it a month on your own hill before you decide anything."),
        c("Oh, hiring. I like that better. I'll bring Gary Saturday to see about the lifting.", None),
    ],
    gaming=[
        _open,
        t("Morning! Lovely. Tell me about your daily life, where would you like to go with it?"),
        c("Just the shops, about a mile. But I'm at the top of a steep road, it's a climb coming back.", None),
        t("Great, and what else is important to you?"),
        c("It has to go in my son's boot, a little Fiat, he takes me out on Sundays. I can't lift much.", None),
        t("Perfect. So I'd go for this one, the Cruiser 8, big comfy seat, road lights, 8 miles an hour, very stable. Everyone loves it."),
        c("That's massive, love. That'll never go in Gary's car. And it doesn't come apart, does it?", "no_need"),
        t("It's a great all-rounder, honestly. It's 3400, or 99 a month. Shall we do a test drive round the car park?"),
        c("I told you, it's got to go in the boot. I'm not paying 3400 for something that sits in my hallway.", "too_expensive"),
        t("No problem. It comes in red and silver, by the way. Which do you like better?"),
        c("Neither. I'll go to the one on Promenade.", None),
    ],
))

# b2 repeated_questions -- translation agency, Cork
_open = c("Hi, I need translation of documents from Portuguese, Brazilian, for the family court. Birth certificates of my two kids and my divorce. The court date is 10 days.", None)
PAIRS.append(gpair(
    "b56g_cork_certtranslation", "translation agency, Cork (Ireland)", "repeated_questions",
    "A Brazilian mother needs certified translations of three documents for a family court hearing in ten days.",
    good=[
        _open,
        t("We can do that. For the court they'll want a certified translation with our stamp and a statement. Do you have the documents as scans, or only paper?"),
        c("Scans on my phone, yes. The divorce is 6 pages, the birth certificates one page each.", None),
        t("Eight pages then. Is the divorce a court decision from Brazil with apostille? If there's an apostille page we translate that too."),
        c("Yes there is the apostille at the end. How much is it all? My solicitor said it can be expensive.", None),
        t("It's 35 a page with certification, so 280 for eight, plus 10 for posting the originals of our certificate. Ready in five working days, that leaves you a margin before the court."),
        c("280 is a lot for me now, with the solicitor also. Is there a way cheaper?", "no_money"),
        t("The birth certificates have a fixed layout, I can do those at 25. That's 260. Or if your solicitor only needs the divorce decree first, we do that now and the certificates later. Can you ask her which ones the judge needs?"),
        c("Ok I ask her today and send you the scans tonight.", None),
    ],
    gaming=[
        _open,
        t("Thanks for getting in touch. So tell me, what's your timeline for this project?"),
        c("The court is in 10 days. So less, to give to my solicitor before.", None),
        t("Great. And in terms of urgency, how soon would you ideally need them back?"),
        c("I said, court is in 10 days. Before that. Maybe one week.", None),
        t("Perfect. How much flexibility do you have on the deadline, would you say?"),
        c("No flexibility, it is a court! How much does it cost? That is my question.", None),
        t("Totally, we'll come to pricing. Just so I can scope it properly, when exactly is the hearing?"),
        c("Ten days! You asked four times. I will find another agency, I have no time for this.", None),
    ],
))

# b3 wrong_paraphrase -- mobile phone shop, Huelva province
_open = c("hello i am here for the strawberries until june. i need sim card for call to romania, my kids", None)
PAIRS.append(gpair(
    "b56g_huelva_seasonalsim", "mobile phone shop, Lepe (Spain)", "wrong_paraphrase",
    "A Romanian seasonal farm worker, short non-native chat-style lines, wants a SIM to call her children until June.",
    good=[
        _open,
        t("Hello. So until June, about five months. Do you call normal calls, or video on WhatsApp?"),
        c("video on whatsapp every night. normal calls not much", None),
        t("Then you need data more than minutes. Is there wifi where you live, at the farm houses?"),
        c("wifi is there but very bad, many people. at night it does not work", None),
        t("Okay. Then a prepaid with 50 giga a month, 15 euros, no contract, you stop it when you go home in June. Video calls every night use about 20 to 30 giga, so you have margin."),
        c("15 every month. my friend pays 10 at other company", "too_expensive"),
        t("There's a 10 euro one with 25 giga. If you call every night for an hour it may run out near the end of the month. You can start with 10 and go to 15 if it's not enough, you change it in the app."),
        c("ok i start with 10. i need my passport?", None),
    ],
    gaming=[
        _open,
        t("Welcome! Tell me a bit about how you use your phone."),
        c("video on whatsapp with my kids in romania every night. i go home in june", None),
        t("Lovely. So what I'm hearing is you're settling here long term and you want a 24 month plan with a new phone, is that right?"),
        c("no. i go home in june. i have phone, this one is ok", "no_need"),
        t("Got it, so you mostly make international calls to landlines, so our Mundo 300 minutes pack, 29 a month, would be ideal, correct?"),
        c("not landline. whatsapp. and 29 is very much for me, i send the money home", "no_money"),
        t("Perfect, so just to confirm, you'd like the family plan so your kids in Spain can share it?"),
        c("my kids are in romania. you dont listen. i go to the supermarket, they sell sim", None),
    ],
))

# b4 pitch_to_upset -- credit union branch, Marietta (Ohio)
_open = c("Hi. My husband passed two weeks ago. I, um. I don't know what I'm supposed to do with our accounts. Everything was in both our names.", None)
PAIRS.append(gpair(
    "b56g_marietta_bereavement", "credit union branch, Marietta (Ohio, USA)", "pitch_to_upset",
    "A recently widowed woman comes to the branch, unsure what to do with joint accounts.",
    good=[
        _open,
        t("I'm so sorry. Take your time, there's no rush today. Can I get you some water?"),
        c("No, I'm okay. I just... his pension goes in there and the mortgage comes out. I'm scared something's going to bounce.", None),
        t("That's the first thing then. With a joint account it just carries on in your name, nothing gets frozen, the mortgage payment will go out as usual. Do you have the death certificate with you?"),
        c("I have a copy. The funeral home gave me a few.", None),
        t("That's all I need today. His pension though, they'll stop it once they're told, so the next payment may not come. Has anyone from his pension contacted you?"),
        c("No. Oh God, I didn't think of that. We were going to retire in the spring.", None),
        t("I'll give you their number and I'll write down everything we did today, so you don't have to remember it. Anything else, like his savings account, can wait until you're ready."),
        c("Thank you. I couldn't have done this on the phone.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry for your loss. I hear you, and I want to understand your needs today. How are you feeling about your financial future?"),
        c("I don't know. Scared. His pension goes in there and the mortgage comes out. I don't want anything to bounce.", None),
        t("That's completely valid. And was there a life insurance payout? Because so many of our members in your situation find real peace of mind in our Legacy Growth Certificate, 4.1 percent for 24 months."),
        c("I haven't even... the funeral was Tuesday. I'm not thinking about that.", "no_time"),
        t("Totally understandable, and that's exactly why it's good to get a plan in place early, so money doesn't just sit there. We also have an estate planning session with our advisor, it's complimentary. Would Thursday or Friday suit you better?"),
        c("I just want to know if the mortgage will go out. Please.", None),
        t("Of course. So just to make sure I've understood, you're looking to secure your future, and the certificate would do that. Can I at least send you the brochure?"),
        c("No. I'll come back when my daughter can come with me.", None),
    ],
))

# b5 blame -- print shop, Accra
_open = c("Please, I collected the wedding programmes yesterday and the names at the bottom are cut off. Half of the page numbers also. The wedding is Saturday!", None)
PAIRS.append(gpair(
    "b56g_accra_weddingprint", "print and copy shop, Osu, Accra (Ghana)", "blame",
    "A bride's sister collected 200 wedding programmes and found text cut off at the edges, three days before the wedding.",
    good=[
        _open,
        t("Ei, let me see. Yes, the bottom line is gone on all of them. Do you have the file you sent us? I want to see where it went wrong."),
        c("It is here on my phone, the PDF. The designer made it.", None),
        t("I see it. The names are very close to the edge, and our cutter takes a few millimetres. But we should have told you that at the proof stage, that's on us. I'll move the text in a little and reprint all 200."),
        c("How much will that cost me? I already paid 1200 and the decoration people are also collecting money.", None),
        t("Nothing. It's our mistake not to check. I can have them ready Thursday afternoon, is that okay for you?"),
        c("Thursday I am at the venue the whole day. Friday morning?", "no_time"),
        t("Friday by 9 then, I'll put them in a box with your name. And you keep the old ones, maybe for the rehearsal."),
        c("God bless you. I was so worried.", None),
    ],
    gaming=[
        _open,
        t("I hear your concern, and I want to understand what happened. Who prepared the file for you?"),
        c("A designer, my cousin's friend. It is here on my phone.", None),
        t("Okay, so I see the problem. Your designer didn't leave a bleed margin. That's a basic thing, so with respect, this is really on your side, not ours."),
        c("But you printed it! Nobody told me anything about margin. I paid 1200.", None),
        t("I understand how you feel. But we print what customers send us, and the proof you signed says 'customer approves layout'. Did you check the proof carefully?"),
        c("The proof was on a small screen. How can I know? The wedding is Saturday, what do I do now?", None),
        t("What I'm hearing is you'd like a reprint. We can do that at full price, 1200 again, since the file was the issue. How does that sound?"),
        c("1200 again for your mistake? I don't have that money. I will tell everybody in Osu about this shop.", "no_money"),
    ],
))

# b6 monologue -- card terminals and tills for small shops, Hamburg
_open = c("Hallo, my card machine in the shop is always losing connection. Customers want to pay card, I say sorry only cash. I need something that works.", None)
PAIRS.append(gpair(
    "b56g_hamburg_cardterminal", "card terminal and till supplier, Hamburg (Germany, B2B)", "monologue",
    "The owner of a small kebab shop, German-Turkish, short spoken lines, has an unreliable card terminal.",
    good=[
        _open,
        t("Annoying, yes. Is your machine on wifi or on a cable, or does it have a SIM?"),
        c("Wifi. The router is in the back, behind the fridge. The machine is at the front.", None),
        t("Behind the fridge, that's probably half the problem, the metal blocks it. How many card payments a day, more or less?"),
        c("Now maybe 40. Could be 100 if it works. Young people don't carry cash.", None),
        t("Then a terminal with its own SIM makes sense, it doesn't need your wifi. 29 a month with the SIM, and 0.9 percent per payment. You keep your till as it is."),
        c("29 plus percent. My cousin has one for 19 at another company.", "too_expensive"),
        t("Some are 19 with 1.4 percent. At 100 payments of 10 euros a day, ours ends up cheaper, at 40 it's about the same. Or first try moving the router, costs you nothing. If it still drops, call me."),
        c("Ok, I try the router first this week. I keep your card.", None),
    ],
    gaming=[
        _open,
        t("Hallo, thanks for calling, I totally get it, and let me tell you what we can do. We don't just do card terminals, we do a complete restaurant experience: cloud till, kitchen display so your orders go straight to the grill, online ordering with your own app, loyalty points, stock management, and reports on your phone at home. Everything in one. What's your biggest dream for the shop?"),
        c("My dream is customers can pay with card. That's all.", None),
        t("Exactly, payments, that's part of it. And with our Complete package you also get Lieferando and Wolt integration, self-order kiosk, and our customers see on average 22 percent more sales in the first six months. The full set with hardware is 189 a month, 36 months, and installation is free this quarter. I can come Tuesday and set it up, so you can focus on your food."),
        c("189? I sell kebab for 7.50. I don't need a kiosk, I need the card to work.", "too_expensive"),
        t("I understand, a lot of owners say that before they see the numbers. Think of it as an investment, not a cost. The loyalty app alone brings people back, and the kitchen display means no lost orders, no paper. So, Tuesday morning or Tuesday afternoon?"),
        c("Neither. Just send me a paper, I look later.", "brush_off"),
    ],
))

# b7 closing_as_open_question -- driving school, Tralee
_open = c("Good evening. I am a nurse at the hospital here, I need an Irish licence. I was driving in Lagos for ten years but here they say I must do the lessons.", None)
PAIRS.append(gpair(
    "b56g_tralee_drivinglessons", "driving school, Tralee (Ireland)", "closing_as_open_question",
    "A Nigerian nurse who drove for years in Lagos must take the mandatory lessons and test for an Irish licence.",
    good=[
        _open,
        t("Good evening. Yes, with a Nigerian licence you need the twelve lessons, even with experience. Do you have your learner permit already?"),
        c("Yes I got it last month. My test date is not yet. The problem is my shifts, they change every week.", None),
        t("That's fine, we book lesson by lesson, not fixed days. With your experience the lessons are mostly about Irish road habits, roundabouts, the test routes. Would you like one lesson first to see where you are?"),
        c("How much is the twelve? My colleague said it is a lot.", None),
        t("It's 45 a lesson, or 500 for the twelve if you pay together. But there's no need to pay the twelve upfront. Do one at 45, then decide."),
        c("Ok one. But I must check my roster first, it comes out on Friday.", "no_time"),
        t("Perfect, text me your days off when you have the roster and I'll fit you in. Early mornings are often free."),
        c("Early morning is good after night shift. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Good evening, and welcome! What would success look like for you with your licence?"),
        c("To drive to the hospital, my shifts finish late, there is no bus. I have ten years driving already.", None),
        t("Brilliant. So what would it take for you to get started with our 20-lesson Confident Driver package today?"),
        c("20? I thought twelve is the rule. And my shifts change every week, I don't know my days.", None),
        t("Twenty gets most people through first time. How would you like to pay for it, card now or bank transfer by Friday?"),
        c("I have not agreed anything. 900 for twenty is too much, I have rent and I send money home.", "no_money"),
        t("I hear you. So which would work better for your first lesson, this Monday at 10 or Wednesday at 2?"),
        c("I told you my roster is not out! I will call another school.", None),
    ],
))

# b8 pitch_as_paraphrase -- backup service for small offices, Tallinn (chat)
_open = c("hi, our nas died last week and we lost 2 days of drawings. boss said find a backup. we are 6 architects", None)
PAIRS.append(gpair(
    "b56g_tallinn_officebackup", "IT backup service for small offices, Tallinn (Estonia, B2B chat)", "pitch_as_paraphrase",
    "The office manager of a six-person architecture practice, writing short chat lines, needs a backup after a storage failure.",
    good=[
        _open,
        t("ouch, sorry. how much data is on the nas roughly, and did you get any of it back?"),
        c("about 3 tb. the repair guy saved most, only the last 2 days gone. but we were lucky", None),
        t("yes, lucky. what would hurt most if it happened again, losing old projects, or not being able to work for a day or two?"),
        c("not working. we have a deadline every week. the old projects are also on external disk at boss home", None),
        t("then you want a fast local copy you can switch to in an hour, plus a cloud copy every night. we can do a second small nas in the office and cloud for 3 tb, about 60 a month plus the box, around 500 once."),
        c("500 and 60 every month. i have to ask the boss, he will say is it not enough with the disk at home", "think_it_over"),
        t("fair. the home disk helps for old projects but not for this week's drawings. want me to write him 5 lines he can read, with both options and what each protects?"),
        c("yes please. send to me, i forward it", None),
    ],
    gaming=[
        _open,
        t("so sorry to hear that! help me understand your situation?"),
        c("6 architects, about 3 tb on the nas. it broke, lost 2 days. repair guy saved the rest", None),
        t("got it. so what you're saying is you need our Enterprise Vault plan, unlimited cloud, 24/7 phone support and ransomware shield, 299 a month, correct?"),
        c("i didnt say that. we are 6 people. 299 is more than our internet and phones together", "too_expensive"),
        t("totally, so just to reflect back, what matters most to you is enterprise grade protection, which means the Vault plan is the right fit, is that fair?"),
        c("what matters is we can work if it breaks again. boss has old projects on a disk at home anyway", "no_need"),
        t("understood! so you'd like to start with the Vault and add the home disk to it, did I capture that right?"),
        c("no. just send a price list, i show the boss", "brush_off"),
    ],
))

# b9 upsell_as_loop_closing -- tyre shop, Kalgoorlie
_open = c("G'day mate, picked up a screw in the back left. Got to drive to Perth first thing tomorrow, can youse fix it today?", None)
PAIRS.append(gpair(
    "b56g_kalgoorlie_tyrerepair", "tyre and wheel shop, Kalgoorlie (Western Australia)", "upsell_as_loop_closing",
    "A contractor with a ute has a screw in a tyre and a 600 km drive to Perth the next morning.",
    good=[
        _open,
        t("Should be right. Where's the screw, in the middle of the tread or near the edge? Near the sidewall we can't plug it."),
        c("Middle I reckon. Been losing a bit of air since Monday, I've been pumping it up.", None),
        t("Okay, if it's been driven soft a few days I'll check the inside wall too before I patch it. Patch is 45. Half an hour if it's all good."),
        c("Sweet. Don't go finding me four new tyres though, I only just did the rego.", None),
        t("Ha, no. I'll only ring you if the inside's damaged, then it's not safe for the highway. Is your spare any good? 600 k's out there, you want a spare that holds air."),
        c("Dunno, haven't looked at it since I bought the thing.", None),
        t("I'll check the pressure on it while it's up, no charge. Leave the keys, back by 3."),
        c("Legend. See you at 3.", None),
    ],
    gaming=[
        _open,
        t("G'day! No worries, we'll get you sorted. Patch is 45. Now, just to close the loop on your needs, what else can we add for you today? Wheel alignment's 89, and on a long trip that's peace of mind."),
        c("Just the patch thanks. Alignment's fine, she drives straight.", "no_need"),
        t("Too easy. And is there anything else I can help you with while she's here? We've got the nitrogen fill special, 40 for all four, keeps pressure steadier on long runs."),
        c("Nah mate. Screw, patch, done. I'm not made of money.", "no_money"),
        t("Totally hear you. Last thing, to make sure you leave 100 percent happy, have you thought about upgrading to all-terrains? Set of four, 1280 fitted, and we'll throw in the alignment."),
        c("I've got four good tyres and one screw. Can you just fix the screw or not?", "no_need"),
        t("Absolutely. And anything else at all on your mind before I book it in? Windscreen chips, wipers?"),
        c("Mate. Just the tyre. Forget it, I'll go to Beaurepaires.", None),
    ],
))

# b10 leading_tag_questions -- hardware store, Kuopio region
_open = c("Hei. I need chainsaw. For the summer cottage, sauna wood. I have never used one.", None)
PAIRS.append(gpair(
    "b56g_kuopio_chainsaw", "rural hardware store, near Kuopio (Finland)", "leading_tag_questions",
    "A first-time buyer, short Finnish-English sentences, wants a chainsaw to cut sauna wood at a summer cottage.",
    good=[
        _open,
        t("Hei. What kind of trees, and how thick? Fallen trees, or you cut standing ones?"),
        c("Birch mostly, already on the ground, storm last autumn. Maybe 20, 25 centimetres.", None),
        t("Then you don't need a big one. Is there electricity at the cottage?"),
        c("Yes, there is. But the trees are maybe 100 metres from the house.", None),
        t("A battery saw would do it, light, quiet, no petrol mixing, easier for a beginner. With two batteries you cut a good pile. And trousers and helmet with visor, that's not optional with a chainsaw."),
        c("How much all together? I did not think the clothes also.", None),
        t("Saw with two batteries 420, trousers 130, helmet 60. If that's too much, there's a local course in May, 80 euros, and they lend the gear for the day, you can try before buying."),
        c("Course is good idea. My wife will be happy I don't cut my leg. I think about the saw after.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hei! You'll want something that lasts, won't you? Tell me about the cottage."),
        c("Birch on the ground, from the storm. 20, 25 centimetres. I never used chainsaw.", None),
        t("You wouldn't want to be underpowered, would you? So you'll want the 60 cc professional model, won't you? Same as the forestry guys use."),
        c("Professional? I am not forestry guy. It is heavy, no?", None),
        t("It's a bit heavier, but you'd rather have power in reserve, wouldn't you? And you'll take the 50 cm bar too, won't you, since you're doing it properly?"),
        c("How much is this?", None),
        t("890 with the bar. It's worth it for a cottage like yours, isn't it? You don't want to buy twice, do you?"),
        c("890 for some sauna wood. No, this is too much. My neighbour has old saw, maybe I borrow.", "too_expensive"),
    ],
))
