"""Gaming pairs c01-c10 of blind198 (hand-written). Theme: hotels and travel in the US, the UK and the Caribbean."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: night front desk, Montego Bay
o = c("It's one in the morning. There's a party on the terrace right under my window and it's been going since ten. I've got a seven o'clock tour.", None)
PAIRS.append(gpair(
    id="b198g_montegobay_noise",
    business="resort hotel night front desk, Montego Bay, Jamaica",
    kind="putdown_question",
    situation="A guest from Philadelphia complains at 1 a.m. about a wedding reception that was meant to end at midnight; he has an early excursion pickup.",
    good=[
        o,
        t("I'm sorry, sir. That's a wedding reception, and it was meant to finish at midnight. I'm sending security now to have them stop the music. Would you like to move rooms tonight, or would you rather stay put if it stops in the next fifteen minutes?"),
        c("Honestly, I don't want to pack up at one a.m. If it stops, I'll stay.", None),
        t("Understood. I'll call your room in fifteen minutes either way to tell you where it stands. What time is your tour pickup, so I can set a wake-up call?"),
        c("Six-fifteen in the lobby. Dunn's River Falls.", None),
        t("I'll put a call in at 5:45 and have coffee and a breakfast box waiting here at six, on the house. If the music's still going at half one, I'll move you to the north wing myself."),
        c("Okay. That's... thanks. I appreciate it.", None),
    ],
    gaming=[
        o,
        t("Sir, is it really that loud, or are you maybe a light sleeper? What exactly can you hear?"),
        c("Bass. Shouting. A DJ playing Shaggy at full blast. You can hear it from here.", None),
        t("Okay, but it's a wedding. You wouldn't want us to ruin somebody's big day, would you? And how long have you actually been trying to sleep?"),
        c("Three hours. And I'm not asking you to ruin anything, I'm asking for the music to go down after midnight.", None),
        t("I hear you. Did you not see the notice in the lobby about tonight's event? What were you expecting, a library?"),
        c("There was no notice. I want the manager, please.", None),
        t("The manager's asleep, as you should be. Would earplugs help, or is that too much to ask?"),
        c("Just give me the manager's email. And I'll be checking out early.", None),
    ],
))

# c02 not_my_department_or_read_the_terms: airline desk after a cancellation, Newark
o = c("Right, so the flight to Heathrow's been cancelled and the app's put me on one on Thursday. That's two days. I've got to be back at work on Wednesday. What are my options?", None)
PAIRS.append(gpair(
    id="b198g_newark_cancelled",
    business="UK airline customer service desk, Newark Liberty International Airport, New Jersey",
    kind="not_my_department_or_read_the_terms",
    situation="A British traveller heading home to Reading has been rebooked two days later after a crew-related cancellation; he needs an earlier flight, a hotel and to know about compensation.",
    good=[
        o,
        t("I'm sorry, that's a big change. Let me see what's open before Thursday. Is it Heathrow you need, or would Gatwick, or even Manchester, work?"),
        c("Anywhere in England, really. I live in Reading, I'll get a train.", None),
        t("That helps. We've nothing to Heathrow tomorrow, but our partner has a seat on the 9:15 p.m. tomorrow into Gatwick, arriving Wednesday at 9:20 a.m. I can move you onto it at no cost. Would that work?"),
        c("Twenty past nine Wednesday... I'd miss the morning, but it beats Thursday. Yes.", None),
        t("Done. Tonight's hotel and meals are on us, here are the vouchers. And because this was a crew issue on a UK airline, you're likely owed compensation under the UK rules, up to five hundred and twenty pounds. I can start the claim with you now; it takes about ten minutes."),
        c("Not now, mate, I'm knackered. I'll do it from the hotel.", "no_time"),
        t("Fair enough. I've written the reference and the claim page on the back of your voucher. The hotel shuttle goes from door 4 every half hour."),
        c("Cheers. I didn't even know about the compensation.", None),
    ],
    gaming=[
        o,
        t("I understand, and I want your experience to be as smooth as possible. Rebooking is handled through the app, though, so it's not really my department. Have you tried rebooking there?"),
        c("Yes, that's how I got Thursday. I need something sooner. You're the desk, can't you look?", None),
        t("I hear you. The app shows what's available. If you look at our conditions of carriage, section nine, it explains that we rebook on the next available flight."),
        c("Two days isn't the next available. What about another airline? And a hotel for tonight?", None),
        t("Other airlines are a separate matter; you'd need to call reservations. Hotels go through the customer relations team online. I didn't make the rules, unfortunately. Is there anything else I can help with today?"),
        c("Anything else? You haven't helped with anything. Am I at least owed compensation?", None),
        t("Compensation's a different department, I'm afraid. It's all in the terms on the website. Thank you for flying with us!"),
        c("Unbelievable. Give me the reservations number.", None),
    ],
))

# c03 social_proof_or_deadline_pressure: hotel group sales, San Diego
o = c("Hey, I'm the coach for the Tucson Thunder under-twelves. We've got a tournament in San Diego in June, and I need about twelve rooms for the families, three nights.", None)
PAIRS.append(gpair(
    id="b198g_sandiego_teamblock",
    business="hotel group sales office, Mission Valley, San Diego, California",
    kind="social_proof_or_deadline_pressure",
    situation="A volunteer youth soccer coach wants a room block for twelve families; several are on tight budgets, and he cannot personally take on the cost of empty rooms.",
    good=[
        o,
        t("Great to hear from you, Coach. June weekends fill up, so let's see what we've got. Which dates exactly, and how many people per room?"),
        c("June 13 to 16. Mostly two adults and one or two kids, so two queens. Budget's a big deal for a few of the families.", None),
        t("Two queens, three nights. I can offer a team rate of one sixty-nine a night, down from two twenty-nine, with breakfast, and kids eat free. How does that compare with what the families were expecting?"),
        c("Honestly, a couple of them were hoping for under one-fifty. The motel up the road is one-twenty.", "too_expensive"),
        t("That's a fair comparison. For the extra, you get breakfast for the kids, the pool, and we're eight minutes from the fields. If some families share four to a room with a rollaway, it drops under one-forty each. And I can set the block up so each family books and pays for itself; anything unbooked comes back to us thirty days out, with no charge to you."),
        c("No charge to me, that's the main thing. I'm a volunteer. Let me run it past the parents' group chat.", "think_it_over"),
        t("Sure. I'll hold twelve rooms until next Friday and send you a one-page flyer with the rate and the booking link that you can drop into the chat."),
        c("Perfect. Thanks for not making me sign for it personally.", None),
    ],
    gaming=[
        o,
        t("Coach! Love it. Tell me about your team's needs? Because I'll tell you now, the Phoenix Flames and two LA teams have already blocked with us for that weekend."),
        c("Okay. I need about twelve rooms, June 13 to 16. Some families are on a tight budget.", None),
        t("Understood. The team rate's one eighty-nine, and honestly every club in the tournament is staying here; your kids will want to be where the other teams are. But I can only hold that rate until five o'clock today."),
        c("Five today? I'm at work till six, I can't even get the parents on the phone by then.", "no_time"),
        t("I hear you. Most coaches just sign the block and let the parents sort it out. Four coaches have done it this week already. It'd be a shame if your team ended up at a motel miles away."),
        c("If I sign and families don't book, am I paying for empty rooms? I can't afford that, I'm a volunteer.", "no_money"),
        t("It's standard, everyone signs it. And there are only fourteen rooms left for that weekend, so really, it's now or never."),
        c("Then it's never. We'll find something else.", "no_need"),
    ],
))

# c04 keyword_stuffed: private dining, Mayfair, London
o = c("Good afternoon, I'm calling from Adeyemi and Clarke solicitors. We're planning a retirement dinner for one of our senior partners, about thirty guests, early December.", None)
PAIRS.append(gpair(
    id="b198g_mayfair_retirementdinner",
    business="restaurant private dining, Mayfair, London",
    kind="keyword_stuffed",
    situation="A law firm's office manager books a retirement dinner for thirty with speeches and a set budget per head.",
    good=[
        o,
        t("Good afternoon. Our Garden Room seats up to thirty-six, so thirty works well. Which dates are you looking at, and will there be speeches?"),
        c("The 4th or the 5th. And yes, speeches, three probably, including the man himself, who does like to talk.", None),
        t("Then I'd set up a microphone and put the speeches between the main and dessert, so the kitchen isn't waiting. The 5th is free; on the 4th there's another party next door, so it would be noisier. Do you have a budget per head?"),
        c("A hundred and twenty a head, including wine. The managing partner was very clear.", None),
        t("That's workable. Our December set menu is ninety-five, and the full wine pairing is thirty, which would take you to a hundred and twenty-five. If we pair two courses and pour a glass of champagne for the toast instead, it comes to a hundred and eighteen. Would that sit right?"),
        c("That sounds ideal. I'll need it signed off by the managing partner, though. Could you put it in writing?", "think_it_over"),
        t("I'll email a quote today with the 5th on hold for a week, the menu, and a room plan with the lectern marked."),
    ],
    gaming=[
        o,
        t("Good afternoon, and thank you for reaching out. Here at the restaurant, we really value understanding your needs so we can create a successful experience built on a lasting relationship. How do you feel about the occasion?"),
        c("Er, fine. It's a retirement dinner. Thirty guests. What dates do you have in early December?", None),
        t("Wonderful. I really hear that this is a meaningful milestone and that you need the experience to feel special. Understanding your needs is central to our success."),
        c("Yes. Dates, please? The 4th or 5th.", None),
        t("Absolutely. Our relationship-focused approach means we work to understand every need. Can I ask how you'd feel about partnering with us for a truly successful evening?"),
        c("I'd feel better if you told me the price. Our budget is a hundred and twenty a head.", None),
        t("I understand, and I feel your need for value. What does success look like for you on the night?"),
        c("Look, perhaps just email me your private dining pack and I'll have a look. Thank you.", "brush_off"),
    ],
))

# c05 rude: shore excursion desk on a ship docked in San Juan
o = c("Hi, we're booked on the El Yunque rainforest tour tomorrow, but my mother's knees are bad and I'm worried about the trails. Can we swap it for something else?", None)
PAIRS.append(gpair(
    id="b198g_sanjuan_excursion",
    business="cruise ship shore excursion desk, docked at San Juan, Puerto Rico",
    kind="rude",
    situation="A passenger travelling with her elderly mother, who walks with a cane, wants to change a rainforest hike for something gentler the evening before.",
    good=[
        o,
        t("Of course. Tell me what she can manage. Short walks on the flat, stairs, a coach ride?"),
        c("A coach is fine. Short walks, with her cane. Cobblestones might be hard.", None),
        t("Then I'd steer away from the Old San Juan walking tour too, it's cobbled and hilly. The island drive is mostly on the coach, with two short stops at viewpoints and a rum tasting at the distillery, which has ramps. It's seventy-nine each; El Yunque was eighty-nine, so you'd get twenty back on your onboard account."),
        c("Rum tasting, she'll love that. But she won't have to walk far?", None),
        t("The longest walk is about a hundred yards from the coach, with benches along the way. If you like, I'll note that she uses a cane, and the guide will help her off first."),
        c("Yes, please do that. Swap us.", None),
        t("Done. Meet on the pier at 8:40, coach 3. The tickets are on your cabin cards."),
    ],
    gaming=[
        o,
        t("Swap it? It's the night before. Did you not read the activity level before you booked?"),
        c("I did, it said 'moderate'. I didn't think it would be steep.", None),
        t("Moderate means moderate. What do you want, a wheelchair tour? There's the island drive, seventy-nine. Take it or leave it."),
        c("Is there much walking? She uses a cane.", None),
        t("Lady, I've got forty people in line. It's a bus. You sit on it."),
        c("There's no need to be rude. And do we get the difference back?", None),
        t("Ten bucks each. Whatever. Sign here. Next!"),
        c("Forget it. We'll stay on the ship, and I'll take this up with guest services.", None),
    ],
))

# c06 ignored_customer: airline service desk, Atlanta
o = c("Hello, good evening. My flight to Toronto is showing delayed by four hours. I have a meeting at ten tomorrow morning in Mississauga. Kindly tell me what options are there.", None)
PAIRS.append(gpair(
    id="b198g_atlanta_delay",
    business="airline service desk, Hartsfield-Jackson Atlanta International Airport, Georgia",
    kind="ignored_customer",
    situation="An Indian business traveller's evening flight to Toronto is delayed four hours; he has a 10 a.m. meeting, a suit in his checked case, and has seen an earlier flight on the board.",
    good=[
        o,
        t("Good evening. Let me check. A four-hour delay would get you in around 1:30 a.m. Would that still work for a ten o'clock meeting, or would you rather look at something else?"),
        c("1:30 is okay actually, I can sleep. My worry is if it gets delayed more, then it is a problem.", None),
        t("That's the real risk. There's a Delta flight at 7:55 tonight with two seats, landing 10:20 p.m., and I can move you onto it. The catch is that your checked bag would stay on the original flight and arrive later tonight."),
        c("Only laptop bag and one suitcase. The suitcase has my suit. Hmm.", None),
        t("Then you could take the earlier flight and we'd deliver the case to your hotel when it lands, usually by three or four in the morning. Or you stay with the bag on your flight. Which risk would you rather take?"),
        c("Earlier flight. If the suit comes by morning, fine. I am having one spare shirt anyway.", None),
        t("Done. Gate B22, boarding at 7:20. Here's the delivery form with your hotel address, and I've marked it urgent."),
        c("Very good. Thank you so much, you are very helpful.", None),
    ],
    gaming=[
        o,
        t("Good evening! What's most important to you about your travel today?"),
        c("Reaching Toronto before my meeting at ten. Any flight is fine, even another airline.", None),
        t("Wonderful. And how has your experience with us been so far?"),
        c("Honestly, not good. This is second delay this month with you people. Please check other flights.", None),
        t("I'm sorry to hear that. Now, your flight is delayed by four hours, and I can offer you a meal voucher for fifteen dollars. Would you also like to hear about our lounge day pass? It's fifty-nine."),
        c("I don't need lounge. I need a different flight. There is a Delta flight at 7:55, I saw on the board.", "no_need"),
        t("Great. Is there anything else I can help you with today?"),
        c("The Delta flight! Can you move me or not?", None),
        t("Thanks for your patience. Your flight is now scheduled to leave at 11:50 p.m. Enjoy your evening."),
        c("You have not listened to one word. Give me the customer care number.", None),
    ],
))

# c07 repeated_questions: dive resort reservations by phone, Grand Cayman
o = c("Hey there, I'm looking at your dive package for the first week of March. It's me diving, and my wife, she doesn't dive.", None)
PAIRS.append(gpair(
    id="b198g_cayman_diveresort",
    business="dive resort reservations, West Bay, Grand Cayman",
    kind="repeated_questions",
    situation="An experienced diver from Texas plans a week's dive trip with his non-diving wife; a crowded dive boat in Cozumel put him off big operators.",
    good=[
        o,
        t("Hi! First week of March is a great time, the west side's usually calm. What's your certification, and how recently have you been diving?"),
        c("Advanced open water, and nitrox. Last dove in Cozumel two years back. It was a mess, the operator crammed thirty of us on one boat.", "bad_experience"),
        t("Two years is fine, though we'd do a short check-out dive on day one. On crowding, our boats take twelve divers at most, usually eight in March. What did your wife enjoy on the Cozumel trip?"),
        c("She liked the beach and did one snorkel trip. Says she'd like a massage this time. She's not keen on sitting around alone all day, though.", None),
        t("Then the six-day package with ten boat dives has you back by one every day, so the afternoons are together. She can join the morning boat as a snorkeller on the shallow sites for twenty-five dollars, and the spa's on site. The package is twenty-one forty for you, and the room with her is fifteen ninety for the week."),
        c("That's steeper than I figured. Cozumel was about half that.", "too_expensive"),
        t("It is pricier; Cayman costs more across the board. What you get is small boats and nitrox included, which Cozumel usually charges extra for. If it helps, I can price a five-day package with eight dives, about three hundred and eighty less."),
        c("Send me both. I'll show her tonight.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Hi! Can you tell me about your diving experience?"),
        c("Advanced open water, nitrox certified. I've dived Cozumel and Bonaire. Cozumel put thirty of us on one boat, never again.", "bad_experience"),
        t("Great. And how would you describe your level as a diver?"),
        c("Uh, advanced? Like I said.", None),
        t("Perfect. So what kind of diving have you done? What's your experience been?"),
        c("Walls, reefs, about a hundred and fifty dives. Can we talk about what my wife does while I'm diving?", None),
        t("Absolutely. Before that, just so I understand, are you certified, and to what level?"),
        c("Man, I've told you three times. I'll look at another resort.", None),
    ],
))

# c08 wrong_paraphrase: car rental counter, Tampa airport
o = c("Hi, I've got a reservation under Alvarez. I need an infant car seat. I brought the booster for my older one, but I couldn't carry both.", None)
PAIRS.append(gpair(
    id="b198g_tampa_carseat",
    business="car rental counter, Tampa International Airport, Florida",
    kind="wrong_paraphrase",
    situation="A mother travelling alone with two small children needs one rear-facing infant seat for a ten-day rental; a rented seat elsewhere once came dirty and without its manual.",
    good=[
        o,
        t("Of course, let me add an infant seat. How old is the baby, so I get the right one? Rear-facing?"),
        c("Seven months. Rear-facing. And, um, last time I rented one somewhere it was filthy and missing the manual.", "bad_experience"),
        t("That's awful with a baby. Ours are cleaned and checked after every rental, but I'll bring it out so you can look at it before you accept it. It's thirteen ninety-nine a day, capped at seventy for the trip."),
        c("Ten days, so seventy. There's a Target right down the road, I could just buy one for eighty.", "too_expensive"),
        t("Honestly, that's not a bad idea if you'll use it again, and you'd know its history. If you'd rather not stop on the way with two tired kids, ours is ready now. Want to see it first and decide?"),
        c("Let me see it. If it's clean, I'll take it. I'm not dragging these two round Target tonight.", None),
        t("Fair enough. I'll bring it out now with the manual, and I can help you fit it if you like."),
    ],
    gaming=[
        o,
        t("Absolutely! Just so I understand your needs, can you tell me what you're looking for?"),
        c("One infant seat, rear-facing. My son's seven months. I have the booster for my daughter.", None),
        t("So what I'm hearing is you need two seats, an infant seat and a booster, which is twenty-seven ninety-eight a day. Did I get that right?"),
        c("No, I said I brought the booster. Just one seat.", None),
        t("Got it, so you're saying you'd like to upgrade to a minivan so there's room for both seats and the luggage. That's only twenty-two more a day."),
        c("I didn't say anything about a minivan. The compact's fine. It's just me and two kids.", "no_need"),
        t("Understood, so if I'm hearing you correctly, safety's your top priority, so you'll want our Premium Protection too. I'll add that, okay?"),
        c("No, I don't want that either. Just the seat. How much is all this?", "no_need"),
        t("With the seat, the minivan and the protection, it comes to a hundred and forty-eight a day."),
        c("A hundred forty-eight? Cancel all of it. I'll buy a seat at Target.", "too_expensive"),
    ],
))

# c09 pitch_to_upset: hotel front desk during Carnival, Port of Spain
o = c("Please, I need help. Someone took my bag on the road during the parade, my passport, my cards, everything. I fly home Thursday.", None)
PAIRS.append(gpair(
    id="b198g_portofspain_theft",
    business="hotel front desk, Port of Spain, Trinidad",
    kind="pitch_to_upset",
    situation="A British guest from Birmingham comes back in tears after her bag was stolen at Carnival; she still has her phone, with a photo of her passport.",
    good=[
        o,
        t("I'm so sorry. Come and sit down here. Are you hurt at all?"),
        c("No, no, I'm fine, just shaky. I don't know where to start.", None),
        t("Let's take it one step at a time. First your cards: you can use this phone to call your bank and cancel them. Then you'll need a police report; our driver can take you to the station. And the British High Commission does emergency travel documents. Do you have a copy of your passport anywhere?"),
        c("There's a photo on my phone. Thank God I had the phone in my pocket.", None),
        t("That'll help a lot. Your room is prepaid, so don't worry about the bill. I'll ring the High Commission now to ask for an appointment tomorrow, and I can advance you some cash against your room until your bank sends new cards."),
        c("You'd do that? Thank you. I'll ring the bank first.", None),
        t("Here's the phone. Take your time; I'll be right here when you're ready for the driver."),
        c("Okay. Okay. Thank you, honestly, I thought I'd be on my own with this.", None),
    ],
    gaming=[
        o,
        t("Oh no, I'm so sorry. That must be such a stressful experience. How can I help you today?"),
        c("I don't know, I don't even know what to do. My passport's gone.", None),
        t("I hear you. Just so you know, a lot of our guests feel safer with our in-room safe upgrade. It's only ten US a day, and you'd never have to worry about this again."),
        c("It's already been stolen. A safe won't help me now.", "no_need"),
        t("Totally understand. And since you'll probably have to stay on to sort out your passport, we have an extended-stay rate, seven nights at twenty percent off. Shall I book it for you?"),
        c("I can't even pay for a coffee right now, my cards are gone!", "no_money"),
        t("Of course. You can pay when your new cards arrive. And while you wait, our spa has a de-stress package that's wonderful after a shock like this."),
        c("Are you serious? I need the police and the High Commission, not a massage.", "no_need"),
    ],
))

# c10 blame: hotel accounts by phone, Liverpool
o = c("Hiya, I checked out yesterday and I've been charged twice, two lots of two hundred and twelve pounds. Can you sort it?", None)
PAIRS.append(gpair(
    id="b198g_liverpool_doublecharge",
    business="city-centre hotel reception by phone, Liverpool, England",
    kind="blame",
    situation="A guest phones after checkout because the card pre-authorisation was never released, so she sees two charges; her rent goes out on Friday.",
    good=[
        o,
        t("I'm sorry about that, let me look. Can I take your surname and the last four digits of the card?"),
        c("Murphy. It ends 4471.", None),
        t("Thanks, Ms Murphy, I can see it. One is the pre-authorisation we took at check-in and the other is the final bill. The pre-authorisation should have been released when you checked out, and it wasn't. That's on us. I'm releasing it now."),
        c("So when do I get it back? I've got my rent going out on Friday.", None),
        t("Banks usually take three to five working days, which might not beat Friday. I can email you a release letter right now to send your bank; most will clear it the same day if you ring them with it."),
        c("Go on then, email it. Bit annoying, the same thing happened at a hotel in Leeds.", None),
        t("Understandable. It's sent to the address on your booking. If it isn't released by Wednesday, ring me on this direct number and I'll chase it with our bank."),
    ],
    gaming=[
        o,
        t("Okay, and did you maybe tap your card twice at checkout? That happens a lot with contactless."),
        c("No, I tapped once. There's two charges of two-twelve on my statement.", None),
        t("I see. Well, one of them will be the pre-authorisation. It's in the terms you agreed to at check-in. Did you read them?"),
        c("I signed something, yes. Nobody said you'd keep the money after I'd left.", None),
        t("I understand your frustration. But it's really your bank that's holding it, not us. Did you check with them before calling us?"),
        c("Your system took it. You release it.", None),
        t("Honestly, if you'd paid by debit instead of credit, this wouldn't have happened. Is there anything else I can help with?"),
        c("Yes, your manager's name. My rent goes out on Friday and you're telling me it's my fault.", None),
    ],
))
