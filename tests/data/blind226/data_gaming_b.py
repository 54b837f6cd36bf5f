"""Gaming pairs b01-b10 of blind226 (hand-written): hotels, B&Bs and tours in Scotland, Wales, Canada, New Zealand."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: Tofino surf school desk, grandmother booking for a grandson with asthma
_open = c("Hi there. My grandson's fourteen and he's desperate to try surfing while we're here. I'm, well, I'm a bit nervous about it, honestly.", None)
PAIRS.append(gpair(
    "b226g_tofino_surflesson", "surf school desk in a beach lodge, Tofino", "ignored_customer",
    "A grandmother from Winnipeg wants a first surf lesson for her grandson, who has mild asthma.",
    good=[
        _open,
        t("That's completely fair, the Pacific here is no swimming pool. What's worrying you most?"),
        c("The cold, for one. And he has asthma. Mild, but cold air sets it off sometimes.", None),
        t("Thanks, that helps. The cold is handled by a thick wetsuit, boots and a hood, he'll be warmer than you'd think. For the asthma, our instructors are first-aid trained, and he can keep his inhaler in a dry bag with the instructor on the beach. I'd also suggest the small group, four kids per instructor, rather than the big one with ten. How is he in the water?"),
        c("Strong swimmer, he's on a team back home in Winnipeg. So it's really just the asthma.", None),
        t("Then I'd book the small group at Chesterman Beach, mid-morning when it's a bit warmer, and you can watch from the sand. It's $139 for two and a half hours, wetsuit included. Does that work?"),
        c("A hundred and thirty-nine... the big group was ninety-five, wasn't it? Is the small one really worth the extra?", "too_expensive"),
        t("For him, I think so. In the big group one instructor is watching ten kids. With four, they'll notice if he's short of breath. If it weren't for the asthma I'd tell you the cheaper one is fine."),
        c("Okay. That makes sense. Put him in the small one, Thursday if there's room.", None),
    ],
    gaming=[
        _open,
        t("Love that! So tell me, what are you hoping he gets out of the experience?"),
        c("Just to try it safely. He has asthma, mild, but cold air sets it off sometimes.", None),
        t("Great, great. So our most popular is the Sunrise Group Session at 7 a.m., ten kids, one instructor, super high energy. How does that sound?"),
        c("Seven in the morning? That's the coldest time of day. Did you hear me about the asthma?", None),
        t("Totally. And what's his surfing background, has he been before?"),
        c("Never. He's a strong swimmer. I'm more worried about him having an attack out there with nobody watching.", None),
        t("Perfect, so a beginner. I'll pop him in the 7 a.m., $95, and we'll add a rash vest, it's $20 but everyone gets one. Anything else?"),
        c("No, I don't think I'll book anything today. I'd rather phone his mother first.", "think_it_over"),
        t("No worries! Just so you know, the 7 a.m. fills up fast. Can I take a card to hold it?"),
        c("No, thank you. Come on, Josh.", None),
    ],
))

# b02 repeated_questions: Wellington business hotel, late checkout and airport shuttle
_open = c("Morning. Quick one: my flight to Sydney isn't until nine tonight. Any chance of a late checkout? And do you run a shuttle to the airport?", None)
PAIRS.append(gpair(
    "b226g_wellington_latecheckout", "business hotel on Lambton Quay, Wellington (front desk)", "repeated_questions",
    "A consultant with an evening flight asks for a late checkout and the airport shuttle.",
    good=[
        _open,
        t("Morning. Let me check. How late would you like the room, and is it for working or for resting?"),
        c("I've got a video meeting from two till half three, so I need a desk and decent wifi until at least four.", None),
        t("Got it, the room until four for your meeting. Four o'clock is free for you as a Gold member, and six is $45 if you'd like a buffer. The shuttle runs on the half hour; the 6:30 gets you there about seven, in good time for a nine o'clock flight."),
        c("Four is enough. I'm not paying for two hours I won't use. I'll take the 6:30 shuttle.", "no_need"),
        t("Sensible. Room until four, then we'll keep your bags here. The lobby lounge has sockets and wifi if you want to work between four and half six. Shall I put your name down for the shuttle?"),
        c("Yes please, one person, one suitcase.", None),
        t("Done, 6:30 from the front door. Good luck with the meeting."),
    ],
    gaming=[
        _open,
        t("Good morning! Happy to look into that for you. What time is your flight tonight?"),
        c("Nine. Like I said. Nine p.m. to Sydney.", None),
        t("Great. And when are you thinking you'd need to leave the hotel?"),
        c("About half six, I suppose. But I need the room till four for a meeting.", None),
        t("Okay. Just so I fully understand your needs, what time do you need to be at the airport by?"),
        c("Seven, half seven. Look, I've got a meeting at two. Can I have the room or not?", None),
        t("Absolutely. And so roughly what time would you say you're departing?"),
        c("I've told you three times. Nine. Forget the shuttle, I'll get an Uber, I haven't got time for this.", None),
        t("Totally understand. And one last thing, how has your stay with us been overall?"),
        c("Just tell me about the checkout.", None),
    ],
))

# b03 wrong_paraphrase: Pitlochry hotel reception, distillery tour and dinner for a German couple
_open = c("Hello, we are staying three nights. My husband is interested in the distillery, but I am not drinking alcohol and he is driving. Is there something for us?", None)
PAIRS.append(gpair(
    "b226g_pitlochry_distillery", "country house hotel, Pitlochry (reception)", "wrong_paraphrase",
    "A German woman asks about a distillery visit for her engineer husband; neither of them will drink.",
    good=[
        _open,
        t("Yes, there are a couple of ways to do it. Is it the history and how it's made that interests him, or the tasting?"),
        c("More the making, the old buildings. He is an engineer, he likes machines.", None),
        t("So the process and the machinery, and nobody needs to drink. Edradour does a tour where drivers get their dram in a little bottle to take home, and there's a soft drink for you. It's twenty pounds each. The bigger distillery in town has a longer technical tour, ninety minutes, thirty-five each."),
        c("The small one sounds nice. And for dinner, do you have something here at the hotel?", None),
        t("We do a three-course dinner at thirty-nine pounds each, or a dinner, bed and breakfast rate that works out ten pounds cheaper per person per night. Do you want dinner every night, or some nights out?"),
        c("Only one night here, I think. The other nights we like to try places in the town.", None),
        t("Then one dinner here is the better deal for you. Shall I book Edradour for tomorrow and a table for two here on Thursday at seven?"),
        c("Tomorrow is good. Thursday, let me ask him first, he is in the car park.", "think_it_over"),
        t("Of course. I'll book the tour now and pencil in Thursday; just let me know at breakfast."),
    ],
    gaming=[
        _open,
        t("Wonderful! So what I'm hearing is that you're both big whisky fans and you'd like our Connoisseur Tasting, six drams each. Is that right?"),
        c("No, no. I said I am not drinking. And my husband drives.", None),
        t("Got it, so to play that back: your husband wants the premium experience and you'd like to try whisky for the first time, so a gentle beginners' tasting, fifty-five pounds each?"),
        c("That is not what I said. He likes the machines, the making. Nobody is drinking anything.", "no_need"),
        t("Perfect, so you'd like the full experience with the warehouse dram, and the dinner package every night, because you said you prefer to eat at the hotel."),
        c("I never said that. We want to eat in the town. Please, just give me the leaflet, we find it ourselves.", "brush_off"),
        t("Of course. So just to confirm, that's two for the Connoisseur and dinner on all three nights?"),
        c("No! Nothing. Only the leaflet.", "no_need"),
    ],
))

# b04 pitch_to_upset: hotel in Betws-y-Coed, guest leaving early after a bereavement
_open = c("Hi. I'm sorry, I need to leave today. My dad died this morning. We're booked till Sunday.", None)
PAIRS.append(gpair(
    "b226g_betwsycoed_bereavement", "walkers' hotel, Betws-y-Coed, Eryri (front desk)", "pitch_to_upset",
    "A woman from Bristol has just heard her father has died and needs to cut short a walking holiday.",
    good=[
        _open,
        t("I'm so sorry. Please don't apologise. Take a seat if you like; we'll sort the booking, you don't need to worry about it. Where do you need to get to?"),
        c("Bristol. My husband's driving, but he had a pint at lunch so we can't go until later... I don't know. I can't think.", None),
        t("That's all right, you don't have to think about all of it now. I'll cancel Friday and Saturday with no charge, and you can keep the room until you're ready to go, however late that is. Would a pot of tea in the room help?"),
        c("No, thank you. I couldn't. Maybe just some water.", None),
        t("Of course, I'll bring water up myself. And if you'd rather not drive in the dark, you're welcome to stay tonight free and leave first thing. No pressure either way."),
        c("Thank you. I think we'll go tonight. You've been very kind.", None),
        t("Take all the time you need. Just ring down when you're ready and I'll help with the bags."),
    ],
    gaming=[
        _open,
        t("Oh, I'm so sorry for your loss. I really hear you. Just so you know, the last two nights are non-refundable, but what I can do is move them to our Flexi Rate for a forty-pound change fee, so you could come back later in the year for a restful experience. How does that sound?"),
        c("I... I don't know. I just need to go home.", None),
        t("Totally understand. And if you're driving tonight, can I suggest a forty-minute Calm Mind massage in our spa first? It's sixty-five pounds and guests going through difficult times say it really helps."),
        c("A massage? My father died this morning. I don't want a massage.", "no_need"),
        t("Of course. We also do a hamper for the road, sandwiches and Welsh cakes, eighteen pounds. What else can I add to make this easier for you?"),
        c("Please, just cancel what you can and let us go.", None),
        t("Of course. Before you go, how satisfied were you with your stay overall? We'd love a review."),
        c("I'm not doing this now.", None),
    ],
))

# b05 blame: Halifax waterfront hotel, a booking made on a travel website cannot be found
_open = c("Hello, I have a reservation, the name is Leung, L-E-U-N-G. Two nights. I booked on the website, the travel one, I have the confirmation on my phone.", None)
PAIRS.append(gpair(
    "b226g_halifax_lostbooking", "waterfront hotel, Halifax (front desk)", "blame",
    "A Toronto-based business traveller, originally from Hong Kong, arrives and the hotel cannot find his third-party booking.",
    good=[
        _open,
        t("Welcome to Halifax, Mr Leung. Let me look... I'm not seeing it under Leung yet. Could I see the confirmation on your phone?"),
        c("Here. It says Harbourview Hotel, king room, two nights, and the number.", None),
        t("Thank you, that's definitely us. These sometimes come through with the name spelled differently... here it is, under L-E-O-N-G. The site changed a letter. I'm sorry for the fright. King room, two nights, at the rate you booked."),
        c("Ah, okay! I was worried. Last year in Montreal the same thing, the hotel said no booking and I had to pay again.", None),
        t("That sounds stressful. I'll correct the spelling so your receipt is right for your expenses. Would you like a harbour-side room if one's free? Same price, just quieter."),
        c("Either is fine, I am only here to sleep. Meetings all day.", None),
        t("Then you'll get whichever is ready first. Room 506, and breakfast starts at half six."),
    ],
    gaming=[
        _open,
        t("Okay, let me check... No, nothing under Leung. Did you book through one of those third-party sites, by any chance?"),
        c("Yes, the travel website. I have the confirmation here, look.", None),
        t("Right, so that's the problem. We always tell people to book direct. When you use those sites you're taking a risk, so this is really something to take up with them."),
        c("But it has your hotel name, the dates, everything. I paid already.", None),
        t("I understand how you feel, but did you check the spelling of your name when you typed it? Usually it's a typo on the guest's side. What I can do is a king room tonight at our walk-in rate, $289."),
        c("Pay again? Last year in Montreal the same thing, I paid twice and the website never gave my money back. I will not do that again.", "bad_experience"),
        t("Well, that's the risk with those sites, sir. You might want to call them. Next time book direct and you won't have this problem."),
        c("I will call them, and I will find another hotel. Thank you for nothing.", None),
    ],
))

# b06 monologue: Franz Josef glacier activities desk, family with an eight- and an eleven-year-old
_open = c("Kia ora. We're thinking about doing a glacier thing tomorrow, me, my partner and the two kids. What have you got?", None)
PAIRS.append(gpair(
    "b226g_franzjosef_glacier", "glacier activities desk, Franz Josef / Waiau", "monologue",
    "A mother from Auckland asks about glacier trips for a family with children of eight and eleven.",
    good=[
        _open,
        t("Kia ora! How old are the kids, and how are they with walking?"),
        c("Eight and eleven. They're pretty good walkers, they did the Tongariro Crossing... well, half of it.", None),
        t("Good on them. The heli-hike is the one people usually ask about, but our operator's minimum age is ten, so your eight-year-old can't go on the ice. What works for all four of you is a scenic flight with a snow landing, about twenty minutes, or the free walk up the valley to the viewpoint. What are you hoping the kids get out of it?"),
        c("Honestly, touching snow on a glacier. The scenic flight sounds cool. How much?", None),
        t("It's $345 per adult and $250 per child, so about $1,190 for the four of you. The weather is the big thing here: roughly a third of flights get cancelled, and if yours is, you get a full refund."),
        c("Ouch. Twelve hundred for twenty minutes? That's steep. We might just do the valley walk and put the money towards the kayaking.", "too_expensive"),
        t("Fair enough, the valley walk is a great morning and it's free. If you change your mind, the 9 a.m. flights usually get the clearest weather, and you can book up to the night before."),
        c("Cheers, good to know.", None),
    ],
    gaming=[
        _open,
        t("Kia ora! Oh, you've come to the right place. The absolute must-do is the Heli-Hike: you fly onto the glacier, three hours on the ice with crampons, blue ice tunnels, the guides are amazing, our reviews are five stars across the board, honestly it's the experience of a lifetime, and right now there's a family deal with photos included..."),
        c("Sounds great, but the kids are eight and eleven, is that okay?", None),
        t("Totally, and the photos alone are worth it, they're professional, you get them on a USB, plus if you add the hot pools afterwards it's a combo at ten percent off, the kids love the pools and the café does a mean hot chocolate. So that's $499 each for the heli-hike and pools combo..."),
        c("Wait. Five hundred each? Times four? That's two thousand dollars, mate.", "too_expensive"),
        t("It sounds like a lot, but it's an investment in memories. And tomorrow's forecast is clear, which is rare here, so I'd lock it in now, and I'll also give you the info for our skydiving partner in Wānaka for your next stop..."),
        c("Can the eight-year-old even go on the ice?", None),
        t("Ah, the minimum age for the ice is ten, so he'd sit that one out, but there's the scenic flight, and the hot pools, and honestly the eleven-year-old will be fine with his dad while you two do the pools, it's an amazing way to experience the West Coast..."),
        c("I think we'll just walk up the valley. Thanks.", "no_need"),
    ],
))

# b07 closing_as_open_question: Mont-Tremblant chalet rentals, web chat with a student organising a group trip
_open = c("hi, looking at chalets for feb reading week, 8 of us, uni friends. whats available", None)
PAIRS.append(gpair(
    "b226g_tremblant_chalet", "chalet rental agency, Mont-Tremblant (web chat)", "closing_as_open_question",
    "A university student from Ottawa asks in a web chat about a chalet for eight friends in February.",
    good=[
        _open,
        t("Hi! Happy to help. Do you have exact dates yet, and is skiing the main thing or is it more of a get-together?"),
        c("feb 17 to 21 probably. half of us ski half dont. someone said hot tub is a must lol", None),
        t("Okay: four nights from Feb 17, eight people, a hot tub, and close to the hill for the skiers. Chalet Boréal sleeps ten, has a hot tub and the ski shuttle stops at the door, $2,400 for the four nights with cleaning. What's the group thinking per person?"),
        c("thats 300 each ya. we said max 250 each. some of us are broke students", "no_money"),
        t("Got it, $2,000 at most. Chalet Érable sleeps eight and has a hot tub, but it's a ten-minute drive to the hill, $1,960 all in. Does the group have cars?"),
        c("2 cars yeah. erable could work. i need to check with everyone tho, group chat is chaos", "think_it_over"),
        t("Totally normal. I can hold Érable for 48 hours with no deposit while you ask. Want me to send the link with photos so you can share it in the chat?"),
        c("yes pls thats perfect", None),
    ],
    gaming=[
        _open,
        t("Hi! Great question. So what would it take for you to book a chalet with us today?"),
        c("idk, depends on price and if theres a hot tub. 8 people feb 17 to 21", None),
        t("Perfect. Chalet Boréal has it all, $2,400 for four nights. Which credit card would you like to secure it with?"),
        c("thats 300 each, we said max 250. most of us are students", "no_money"),
        t("I hear you. If I could bring that down a little, how soon could you confirm, within the next hour?"),
        c("i cant confirm anything without asking the group", "think_it_over"),
        t("Totally get it. So when you tell the group it's booked, how do you think they'll feel about the hot tub?"),
        c("its not booked. i havent said yes and i want to look at other places first", "think_it_over"),
        t("Of course! What's the best time today for me to call you and finalise the payment?"),
        c("none. ill msg if we want it", "brush_off"),
    ],
))

# b08 pitch_as_paraphrase: St Andrews hotel concierge, golf with a client
_open = c("Hi, I'm here till Friday for work. I've got Thursday afternoon free and a client who plays golf. Any chance of getting a round in?", None)
PAIRS.append(gpair(
    "b226g_standrews_golf", "golf hotel, St Andrews (concierge)", "pitch_as_paraphrase",
    "An American sales director on a business trip wants to take a client for a round of golf.",
    good=[
        _open,
        t("Hopefully, yes. Is it the Old Course you're hoping for, or just a good round with your client?"),
        c("I mean, the Old Course would be the dream, but honestly I just want him to have a good time. He's a twelve handicap, I'm more like twenty-five.", None),
        t("That's helpful. The Old Course on Thursday is down to the daily ballot, and that's a long shot, maybe one in five. The New Course and the Jubilee are right next to it, proper links golf, and much easier to get. With your handicaps the New is probably the friendlier. A tee time around one is a hundred and twenty pounds each."),
        c("The New sounds fine. Can you book it, and maybe a table for dinner after? Somewhere we can talk business, not too loud.", None),
        t("Yes. A 1:10 tee time on the New Course for two, and a quiet corner table in our restaurant at seven. Shall I also put you both in the Old Course ballot, just in case? It's free."),
        c("Sure, why not. Thanks.", None),
        t("I'll email you both confirmations in the next ten minutes."),
    ],
    gaming=[
        _open,
        t("Absolutely! So tell me, what would a great afternoon look like for you?"),
        c("Just a good round with my client. He's a twelve handicap, I'm, uh, more like a twenty-five. Nothing crazy.", None),
        t("So what you need is our Champions Experience: a guaranteed Old Course tee time, caddies, a spa session and the tasting menu, seven hundred and fifty pounds per person. Is that right?"),
        c("Seven-fifty each? No. I'd never get that past expenses.", "no_money"),
        t("Totally. So just to make sure I've understood: you want the guaranteed tee time without the spa, which is our Links Executive at five hundred and twenty each, correct?"),
        c("I didn't say guaranteed anything. Any course is fine. He just wants to play.", "no_need"),
        t("Got it, so what you're telling me is you'd like the Links Executive with caddies, because you want to impress the client. Shall I book it?"),
        c("No. I'll ask at the pro shop myself.", None),
    ],
))

# b09 upsell_as_loop_closing: harbour restaurant in Tenby, phone booking for a grandmother's 80th
_open = c("Hiya, I'd like to book a table for Saturday night, for five please. It's my nan's eightieth.", None)
PAIRS.append(gpair(
    "b226g_tenby_birthday", "harbourside restaurant, Tenby (phone booking)", "upsell_as_loop_closing",
    "A young woman from Carmarthen books a family table for her grandmother's 80th birthday.",
    good=[
        _open,
        t("Lovely, happy birthday to her. What time were you thinking, and is there anything we should know so it goes well for her, access, diet, anything like that?"),
        c("About six, she doesn't like eating late. She uses a walking frame, so no stairs if you can help it.", None),
        t("Six is fine. We've a window table on the ground floor, next to the accessible toilet, with room to park the frame beside her. Would you like us to do anything for the birthday, like a candle on her dessert?"),
        c("Oh, that'd be nice. Not the whole singing thing though, she'd hate that.", None),
        t("No singing, just a candle on her pudding, on the house. Can I take a name and a number?"),
        c("Rhian Davies. I'll give you my mobile.", None),
        t("Thanks, Rhian. Saturday at six, five people, ground-floor window table, a candle for your nan, no singing. See you then."),
    ],
    gaming=[
        _open,
        t("Lovely! Six o'clock, five people, done. Now, just to close the loop, what else can I add for you? A bottle of prosecco on the table when you arrive is thirty-two pounds."),
        c("No, we're alright thanks, nan doesn't drink and I'm driving.", "no_need"),
        t("No problem. And anything else to make it special? For birthdays we recommend our private room upstairs, it's a hundred and fifty to hire, but the sea view is gorgeous."),
        c("Upstairs? She's got a walking frame. And we can't be spending that on a room, it's just a family meal.", "no_money"),
        t("Totally understand. So is there anything else I can pop on? A celebration cake from our pastry chef is thirty-five pounds, and the singing waiters are complimentary!"),
        c("She'd hate the singing. I'll bring a cake from the bakery myself, thanks.", "no_need"),
        t("Lovely. So, anything else at all before I let you go?"),
        c("Just make sure the table's downstairs. That's all I asked for.", None),
    ],
))

# b10 leading_tag_questions: Niagara-on-the-Lake visitor desk, winery tour for an older couple
_open = c("Morning. We'd like to see a few wineries while we're here, but we're not as young as we were, so nothing too energetic.", None)
PAIRS.append(gpair(
    "b226g_niagara_winetour", "inn and tour desk, Niagara-on-the-Lake", "leading_tag_questions",
    "A retired couple from Yorkshire ask about a gentle wine tour; the husband has had a hip replaced.",
    good=[
        _open,
        t("Morning! How many would you like to visit, and is it the wine itself you're after, or the whole day out?"),
        c("Two or three. We like a nice white. And Brian's got to be back for his tablets by four.", None),
        t("So two or three wineries, whites, and back by four. The small-group van tour leaves from here at ten, three wineries, back by half past three. No bikes, no long walks, the driver drops you at each door. It's $129 each."),
        c("That sounds about right. Does it include lunch?", None),
        t("Lunch is optional at the second winery, $38 each on top. Plenty of people skip it and eat afterwards. The tastings come with crackers and a bit of cheese."),
        c("We'll skip the lunch, we have a big breakfast. Is there an icewine on it? My sister said we had to try it.", "no_need"),
        t("Yes, the last stop does an icewine tasting. I'll book you both for tomorrow at ten, back by half three."),
        c("Lovely, thank you, dear.", None),
    ],
    gaming=[
        _open,
        t("Morning! Oh, but you'll want to do it properly, won't you? The e-bike tour is how everyone sees Niagara-on-the-Lake, it's only twelve kilometres and the bikes do most of the work, don't they?"),
        c("Bikes? No, love. Brian's had a new hip.", "no_need"),
        t("Oh, but you'd still enjoy the full-day tour, wouldn't you? Six wineries, lunch, back by six. That's the best value, isn't it?"),
        c("Six wineries? He has to be back for his tablets by four.", "no_time"),
        t("Well, he could bring them with him, couldn't he? And you'll be adding the icewine upgrade, won't you? It would be silly to come all this way and miss it."),
        c("It's a lot of money, all of this. We were thinking of something small.", "too_expensive"),
        t("But you only live once, don't you? Shall I book the full day for both of you?"),
        c("No, I don't think so. We'll ask at the hotel.", "brush_off"),
    ],
))
