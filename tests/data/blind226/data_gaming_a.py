"""Gaming pairs a01-a10 of blind226 (hand-written): hotels, B&Bs and tours in Scotland, Wales, Canada, New Zealand."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: Inverness city hotel, front desk, business traveller with an early call
_open = c("Evening. Checking in, it's Adebayo, Tunde Adebayo. I have a call with Lagos at six tomorrow morning so, ehm, is there any chance of a quiet room?", None)
PAIRS.append(gpair(
    "b226g_inverness_quietroom", "city-centre hotel, Inverness (front desk)", "monologue",
    "A Nigerian engineer on a work trip checks in late and asks for a quiet room before a 6 a.m. call.",
    good=[
        _open,
        t("Welcome to Inverness, Mr Adebayo. I'll have a look. When you say quiet, what usually bothers you most: street noise, the lift, people in the corridor?"),
        c("Street noise mostly. And I need a proper desk, I'll be on the laptop for two hours before breakfast.", None),
        t("Right, so away from the road and a real desk for an early call. The room you're booked in faces Academy Street, and the taxis are loud at closing time. I've a courtyard room on the third floor with a desk, same rate. There's also an executive room on that side with a bigger desk and a coffee machine for thirty-five pounds more. Would either suit?"),
        c("The courtyard one at the same rate is fine. I don't need a coffee machine, and my company won't pay for upgrades anyway.", "no_need"),
        t("Courtyard it is. Breakfast opens at seven, after your call has started. Would it help if we left a flask of coffee and something light outside your door at half five?"),
        c("Oh, that would be kind. Yes please.", None),
        t("Done. Room 312, lift on your left. If anything's noisy tonight, ring zero and we'll move you, no fuss."),
    ],
    gaming=[
        _open,
        t("Absolutely, Mr Adebayo, and can I just say your experience with us really matters. What I'd love to tell you about is our Executive Collection on the fourth floor: river views, Nespresso machine, rain shower, robes, and access to the Ness Lounge where we do a complimentary whisky tasting from six till eight, three Speyside drams, and the lounge itself was only refurbished in March..."),
        c("Okay, but is it quiet? The call is at six.", None),
        t("Totally hear you. So the Executive rooms are our premium product, fifty-five pounds a night more, and that includes late checkout, a pillow menu, seven pillows including buckwheat, and twenty percent off a deep-tissue massage in the spa, which for a business traveller is brilliant. Honestly the reviews have been phenomenal, guests say it's the best sleep they've had in the Highlands..."),
        c("Fifty-five pounds more, for pillows? That is a lot for one night. I only need a desk and no traffic noise.", "too_expensive"),
        t("And that's exactly why people love it. Plus the lounge breakfast opens at half six so you could grab a croissant before your call, and we also run a Loch Ness cruise package I can add for Thursday. It's very popular with our corporate guests, and the whole team here believes in building a relationship with returning business travellers. So, is there anything else I can help you with tonight?"),
        c("Just the key please. The room I booked. I'll manage.", "brush_off"),
        t("Of course! Room 204, lovely view over the street. Enjoy your stay, and do have a think about that Executive Collection!"),
        c("Goodnight.", None),
    ],
))

# a02 closing_as_open_question: Queenstown tour desk, Milford Sound day trip
_open = c("G'day. We're after something for Milford Sound, maybe Thursday? Just the two of us.", None)
PAIRS.append(gpair(
    "b226g_queenstown_milford", "tour and activity desk, Queenstown", "closing_as_open_question",
    "An Australian man books a Milford Sound trip for himself and his partner, who gets carsick.",
    good=[
        _open,
        t("Lovely choice. Before I show you options, how are you both with long drives? It's about four hours each way from here by coach."),
        c("Ah. Yeah, that's the thing. Kerry gets carsick on windy roads. Last time we were in Tassie she was green the whole day.", None),
        t("That's useful to know, thanks. So a full day on the coach could be hard on her. There's also fly-cruise-fly: twenty-five minutes each way in a small plane, with the cruise in the middle. Does a small plane bother her at all?"),
        c("Plane's fine, she loves flying. What does that one cost, though?", None),
        t("It's 699 each, against 259 each for the coach. Big gap, I know. There's a middle way: coach in, fly out, about 480 each, so she only does the road once, in the morning. What had you two budgeted for the day?"),
        c("Hmm. We'd said about three hundred each. The coach-and-fly one is pushing it. Let me talk to Kerry tonight, she's back at the hotel.", "think_it_over"),
        t("Of course. Thursday has seats on both right now. I'll write down the options with prices, and if you come back or ring before ten tomorrow I'll book whichever you pick. One thing to know: flights can be cancelled in low cloud, and then you get a refund or a swap to the coach."),
        c("Good to know. Cheers, I'll bring her by in the morning.", None),
    ],
    gaming=[
        _open,
        t("Lovely choice! So tell me, what would make Thursday the perfect day for you two?"),
        c("Well, something not too rough. Kerry gets carsick on windy roads. Last time in Tassie she was green the whole day.", None),
        t("Totally understand. So the fly-cruise-fly is the one. And how would you like to pay for that today, card or cash?"),
        c("Hang on, I don't even know what it costs yet.", None),
        t("It's 699 each, all inclusive. And what would it take for you to lock in Thursday's seats right now, before you leave the desk?"),
        c("Seven hundred each? Mate, that's fourteen hundred bucks for a day trip. No way.", "too_expensive"),
        t("I hear you. So which card would you like to put the deposit on to hold it, and would you prefer window or aisle?"),
        c("Neither. I'll have a chat with her and look online.", "think_it_over"),
        t("Of course! And when you've chatted, what time tomorrow works best for me to ring you and finish the booking?"),
        c("Don't ring us, eh. We'll come back if we want it.", "brush_off"),
    ],
))

# a03 pitch_as_paraphrase: Banff ski rental shop, family of first-timers
_open = c("Hi, hello. We are four, me, my wife and two kids, nine and twelve. First time on skis, all of us. What do we need to rent?", None)
PAIRS.append(gpair(
    "b226g_banff_skirental", "ski and snowboard rental shop, Banff", "pitch_as_paraphrase",
    "A family from Pune on their first ski holiday asks what to rent for three days.",
    good=[
        _open,
        t("Welcome to Banff! First time for everyone, great. How many days are you skiing, and have you booked lessons or are you going it alone?"),
        c("Three days at Sunshine. Lessons we booked for the kids only. My wife and I will, you know, manage on the easy slopes.", None),
        t("Okay. So three days, all beginners, kids in lessons. For all of you the basic package is the right one: softer skis that turn easily. It's $45 a day for adults and $30 for kids, and helmets are included for the children. For adults a helmet is $10 a day extra. Do you want them?"),
        c("Helmets yes, for us also. Safety first. And goggles? The kids have only sunglasses.", None),
        t("Sunglasses are fine on a clear day, but if it snows they'll struggle to see. Goggles are $8 a day to rent, or the shop next door sells kids' pairs for about $30. For three days, buying is probably the better deal."),
        c("Okay, we'll buy next door then. So basic with helmets for four people, three days.", None),
        t("Perfect. Let's get your boot sizes, kids first, they get bored fastest."),
    ],
    gaming=[
        _open,
        t("Welcome! So tell me a bit about what you're hoping to get out of your ski experience?"),
        c("Just to learn, not fall too much. Three days at Sunshine. Kids have lessons, we will manage on the easy slopes.", None),
        t("So what I'm hearing is you want the Performance Plus package for all four: carving skis, heated boots, $89 a day each. Did I get that right?"),
        c("No? I said we are beginners. Eighty-nine each, four people, three days, that is more than a thousand dollars.", "too_expensive"),
        t("Totally. So what you're really saying is you want the best value, which is our three-day Performance Plus bundle at ten percent off, correct?"),
        c("I did not say that. We just need simple skis, nothing special.", "no_need"),
        t("Perfect, so just to play it back: easy to use, which is exactly what the heated boots give you, plus premium goggles and the damage cover at $12 a day. Shall I put that through?"),
        c("You are not listening to me. I will ask at the shop across the street.", None),
    ],
))

# a04 upsell_as_loop_closing: B&B in Conwy, older couple checking in
_open = c("Hello, love. Margaret and Dennis Hughes, we're booked for two nights. Sorry we're late, the A55 was murder.", None)
PAIRS.append(gpair(
    "b226g_conwy_checkin", "family-run B&B, Conwy", "upsell_as_loop_closing",
    "A retired couple from Manchester arrive late at a small B&B inside the town walls.",
    good=[
        _open,
        t("Not at all, come in out of the wind. Can I give you a hand with the cases up the stairs?"),
        c("Oh, you're kind, but Dennis likes to do it himself. Keeps him young, he says.", None),
        t("Fair enough! Have you got anything planned while you're in Conwy, so I can point you the right way?"),
        c("The castle tomorrow, and we'd like a nice dinner tonight, nothing fancy. Dennis has a bad knee, so not too far to walk.", None),
        t("So something close and relaxed tonight. The Erskine Arms is four minutes down the hill and it's flat most of the way back. Shall I ring and book you a table, say half seven?"),
        c("Half seven would be lovely. And what time's breakfast? We're early birds.", None),
        t("From seven. I'll ring the pub now, and here's your key, room three, first floor."),
    ],
    gaming=[
        _open,
        t("Not at all, welcome! Before I show you up, is there anything else I can add to make your stay special? We do a Welsh cream tea for fourteen fifty each."),
        c("No thank you, we had a sandwich at the services.", "no_need"),
        t("Lovely. And just to close the loop, anything else at all? Our castle and town walls guided tour is only twenty-two pounds each, I can add it to the bill now."),
        c("We've got Cadw membership, love, so the castle's free for us.", "no_need"),
        t("Perfect! Then what else can I pop on for you? A bottle of prosecco in the room for twenty-eight pounds? Or late checkout at fifteen?"),
        c("Honestly, no. We're pensioners, the room is our treat this year. We can't be adding things on.", "no_money"),
        t("Of course. Is there anything else I can help with before you go up? Our dinner hamper is very popular with our older guests."),
        c("Could we just have the key, love? Dennis needs to sit down.", "brush_off"),
        t("Of course, room three! And if you think of anything else you'd like to add, just ask!"),
    ],
))

# a05 leading_tag_questions: hotel spa desk, Rotorua, anniversary booking
_open = c("Hello. My husband and I have anniversary tomorrow. I want to book something relaxing at the spa, but he has, ah, a bad back.", None)
PAIRS.append(gpair(
    "b226g_rotorua_spa", "lakeside hotel spa, Rotorua", "leading_tag_questions",
    "A Japanese-born woman living in Auckland books an anniversary treat for herself and her husband, who has a bad back.",
    good=[
        _open,
        t("Happy anniversary to you both. Tell me about his back: is massage good for it, or does it make it worse?"),
        c("Gentle is okay. Strong, no. Last time in Auckland the therapist pressed too hard and he could not walk well for two days.", None),
        t("That's important, thank you. So gentle only, and something you can enjoy together. We have a relaxation massage with light pressure, side by side in one room, and I'd note his back so the therapist checks with him first. Or if he'd rather skip massage, the private mineral pool for two is very soothing for backs. How much time do you have tomorrow?"),
        c("Only the morning. Afternoon we drive to Taupō. How much is massage for two?", None),
        t("Sixty minutes for two is $330. The private pool is $95 for forty minutes. You could do the pool at nine and see how he feels."),
        c("Three hundred is a lot for us... The pool I think is enough. Maybe massage next time.", "too_expensive"),
        t("That sounds sensible. I'll book the private pool at nine for two, and I'll leave a small card and chocolates in your room for the anniversary, no charge."),
        c("Oh, thank you, that is very kind.", None),
    ],
    gaming=[
        _open,
        t("Happy anniversary! Now, you'll want our signature Hot Stone Ritual for two, won't you? It's our most romantic experience."),
        c("Hot stones? Is it strong? His back is not good.", None),
        t("Oh, he'll love this one, won't he? Everyone says it's the best thing for backs. And you'll be adding the lake-view pool pass too, surely?"),
        c("I don't know. Last time in Auckland a therapist pressed too hard and he could not walk for two days. He said never again, strong massage.", "bad_experience"),
        t("But you want to make it really special, don't you? It's only $420 for the two of you, and that's not much for an anniversary, is it?"),
        c("For us it is much. We are not rich people, you know.", "no_money"),
        t("But he's worth it, isn't he? Shall I put you down for ten o'clock, then?"),
        c("No. I will ask my husband first, then maybe I come back.", "think_it_over"),
    ],
))

# a06 putdown_question: Edinburgh Old Town hotel, checkout complaint about a noisy party next door
_open = c("I'd like to check out, and I want to say something about last night. Room 18. There was a party in the room next door until gone three.", None)
PAIRS.append(gpair(
    "b226g_edinburgh_noise", "Old Town hotel, Edinburgh (front desk at checkout)", "putdown_question",
    "A woman from Leeds travelling with her 81-year-old mother complains at checkout about a noisy party next door.",
    good=[
        _open,
        t("I'm sorry, that's not the night you should have had. Can you tell me what happened, and whether anyone helped when it started?"),
        c("I rang down at midnight. Someone said they'd sort it. Nothing changed. My mum's eighty-one, she was in tears by two.", None),
        t("So you reported it at midnight, we said we'd deal with it, we didn't, and your mum lost a night's sleep. That's on us. I can see your call in the night log and nothing after it. What would feel fair to you?"),
        c("I'm not after a free stay. I just don't want to pay full whack for a night we didn't sleep.", None),
        t("That's fair. I'm taking last night off the bill completely, so you pay for the first night only. I'll also write it up for the manager, and she'll email you by Friday to say what we're changing. Is that all right?"),
        c("Yes. Thank you. That's more than I expected, to be honest.", None),
        t("I'm just sorry it happened. Would you like a taxi to Waverley for your mum, so she's not dragging cases up the hill?"),
        c("No, we're fine, my brother's picking us up outside. Thanks though.", None),
    ],
    gaming=[
        _open,
        t("Of course. And just so I understand, you do know you're on the Royal Mile in Festival month, don't you? What exactly were you expecting it to sound like?"),
        c("I expected the hotel to do something when I rang at midnight. Nobody came.", None),
        t("I hear you. But isn't it possible you're a bit more sensitive to noise than most guests? We had no other complaints, so what specifically made it so bad for you?"),
        c("My mother is eighty-one and she was crying at two in the morning. Is that specific enough?", None),
        t("I understand how you feel. So can I ask, did you actually try the earplugs in the bedside drawer, or is that something you didn't notice?"),
        c("Earplugs. Right. I want last night taken off the bill.", None),
        t("I'm afraid I can't do that. Is there anything else I can help you with today, or would you like to fill in our guest satisfaction card?"),
        c("I want the manager. Now, please.", None),
    ],
))

# a07 not_my_department_or_read_the_terms: Quebec City hotel, anniversary dinner booking never made
_open = c("Hi. We asked your concierge yesterday to book Chez Marie for tonight at eight. We just walked over and they have no reservation for us. It's our anniversary.", None)
PAIRS.append(gpair(
    "b226g_quebec_dinnerbooking", "boutique hotel in Old Quebec (front desk)", "not_my_department_or_read_the_terms",
    "An American couple from Vermont find that the restaurant booking the hotel's concierge promised was never made.",
    good=[
        _open,
        t("Oh no, I'm sorry. Let me look into it right now. Do you remember who you spoke to, or roughly what time?"),
        c("A young guy, around four yesterday. He wrote it on a card for us, see? Chez Marie, 8 pm, Whitman, two.", None),
        t("Thank you, that's his writing. So it was noted but it looks like it was never phoned through. That's our mistake, not yours. Let me call Chez Marie myself and see what they can do tonight."),
        c("Okay. We really wanted that place, we read about it months ago.", None),
        t("I've spoken to them. They can seat you at 9:15 tonight at the chef's counter, or at a proper table tomorrow at eight. Either way the hotel will cover your dessert and a glass of wine each. Which would you prefer?"),
        c("Tomorrow we're driving to Montreal first thing... let's take 9:15 tonight.", None),
        t("Done, 9:15 tonight under Whitman. I'll also tell the concierge manager what happened so it doesn't happen to anyone else. Happy anniversary."),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that, and I understand how frustrating that must feel. Can I ask, was the booking made through our concierge desk?"),
        c("Yes. A young guy, around four yesterday. He wrote it down on a card for us, here.", None),
        t("Right, so that's the concierge, which is actually a separate team. I'm front desk, so dining isn't really my department. Is there anything else I can help you with?"),
        c("Is the concierge here now?", None),
        t("Not until tomorrow morning, unfortunately. And if you look at the guest booklet in your room, it does say concierge reservations are made on a best-effort basis and can't be guaranteed."),
        c("Best effort. It's our anniversary and we've got nowhere to eat. Could you at least call them?", None),
        t("I totally get it, but I didn't make the policy. You'd be best to call the restaurant yourselves, or leave a note for the concierge. How else can I support you tonight?"),
        c("Forget it. We'll find somewhere on our own. And I'm writing a review.", None),
    ],
))

# a08 social_proof_or_deadline_pressure: Skye guest house, boat trip for an older solo traveller
_open = c("Good morning. I saw the leaflet for the boat to Loch Coruisk. I am seventy-four and travelling alone. Is it suitable for someone like me?", None)
PAIRS.append(gpair(
    "b226g_skye_boattrip", "guest house near Broadford, Isle of Skye (breakfast room)", "social_proof_or_deadline_pressure",
    "A retired man from Bengaluru asks his host whether a boat trip from Elgol suits him.",
    good=[
        _open,
        t("Good morning. It can be, it depends a bit on you. How are you getting about? Are steps or a moving gangway a problem?"),
        c("I walk slowly but fine. Only my balance is not so good since my operation last year.", None),
        t("Thanks for telling me. At Elgol you go down a slipway and a few steps onto the boat, and the crew give everyone a hand. At Coruisk you get an hour and a half ashore, but it's rocky ground. There's also a shorter trip that doesn't land, just seals and the view, ninety minutes. Which sounds more like you?"),
        c("The seals, that I would like. What is the price of that one?", None),
        t("The seal trip is twenty-eight pounds, the landing one forty-five. Tomorrow morning is forecast calm and Thursday looks rough, so tomorrow at ten would be the kinder day."),
        c("Tomorrow... I had the Fairy Pools planned with the minibus tomorrow. Let me sleep on it and tell you at breakfast.", "think_it_over"),
        t("Of course. I'll ask the boat whether they have space at ten so you know, and whether you can have a seat near the door. Shall I book you a taxi to Elgol if you decide to go? It's forty minutes."),
        c("No, no taxi, the minibus driver said he can drop me. But thank you.", None),
        t("Perfect. Tell me at breakfast and I'll ring them."),
    ],
    gaming=[
        _open,
        t("Good morning! Oh, absolutely, and honestly, everyone who stays with us does this trip. We had a lovely couple in their eighties on it last week, they said it was the highlight of their whole Scotland experience."),
        c("My balance is not so good since my operation. Are there many steps?", None),
        t("A few, but honestly nobody's ever had a problem. The thing is, there are only two seats left on tomorrow's ten o'clock, and from Friday the price goes up for the summer, so I'd really grab it now."),
        c("I had the Fairy Pools planned for tomorrow. Maybe another day.", "no_time"),
        t("I understand, but every other guest at breakfast has booked it already, and you don't want to be the one who missed out. I can only hold the seat until twelve."),
        c("I feel you are rushing me. I will think about it by myself.", "think_it_over"),
        t("Of course, just bear in mind it'll probably be gone by lunchtime, and then there's nothing until next week."),
        c("Then it will be gone. Thank you.", "brush_off"),
    ],
))

# a09 keyword_stuffed: Whistler resort hotel, sales enquiry for a team offsite
_open = c("Hi, I'm Priya, from a software company in Seattle. We're thinking of bringing our team up for an offsite in March, twelve people, two days. Do you do meeting rooms?", None)
PAIRS.append(gpair(
    "b226g_whistler_offsite", "resort hotel, Whistler (group sales, phone)", "keyword_stuffed",
    "A team lead from Seattle phones about a two-day offsite for twelve people in March.",
    good=[
        _open,
        t("We do. Tell me a bit about the two days: is it mostly working sessions, or do you want the team out on the mountain too?"),
        c("Mornings working, afternoons something fun. Not everyone skis, maybe half of them have never been on snow.", None),
        t("Okay, so a room for the mornings and an afternoon activity that works for non-skiers as well. Our Alpine room seats sixteen, with a screen and video link, $600 a day. For afternoons, guided snowshoeing suits beginners, and the keen ones can ski. Do you have a budget per person?"),
        c("Roughly nine hundred US per person all in, with rooms. Is that realistic in March?", None),
        t("It's tight in March, that's our peak. Midweek it's doable, rooms are about $280 a night Tuesday to Thursday. A weekend won't work on that budget. Could you do midweek?"),
        c("Midweek might be hard, I'd have to check with my VP. Some people have sprint reviews.", "think_it_over"),
        t("Understood. I'll email you two quotes, one midweek and one weekend, so your VP can see the difference, and I'll hold the Alpine room for the second week of March for seven days, no deposit."),
        c("Perfect, that gives me something to show her.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, Priya, and thank you for reaching out. I really want to understand your needs so we can build a relationship and make this a truly successful experience for your team. How do you feel about that?"),
        c("Uh, sure. So do you have a room for twelve?", None),
        t("Great question. I hear you, and what I understand is that your team's success really matters to you. Our spaces are all about creating meaningful experiences that meet your needs, and we truly value partnership."),
        c("Right... what does it cost? We've got about nine hundred US per person, rooms included.", None),
        t("I appreciate you sharing that, it helps me understand where you're coming from. Budget is a journey, and our goal is for you to feel the value of the experience. Can you tell me more about what success looks like for you?"),
        c("Success looks like a price and a date. I've got four other venues to hear back from, so just email me something.", "brush_off"),
        t("Totally understand, and I want you to feel heard. Before you go, how satisfied are you with this conversation so far, on a scale of one to ten?"),
        c("Honestly? Three. Bye.", None),
    ],
))

# a10 rude: Cardiff city hotel, late-night arrival, the booked cot is missing
_open = c("Hi, sorry, we're in room 409. We booked a cot for our baby and there's no cot in the room. She's asleep on my shoulder and it's gone eleven.", None)
PAIRS.append(gpair(
    "b226g_cardiff_cot", "city hotel near the Bay, Cardiff (front desk, late evening)", "rude",
    "A South African father on a family holiday comes down at night because the cot they booked is missing.",
    good=[
        _open,
        t("Oh, I'm sorry, that should have been set up before you arrived. Let me sort it now. Is it a standard cot you need, and do you need bedding with it?"),
        c("Ja, standard cot, and bedding please. We didn't bring any, the booking said it's provided.", None),
        t("It is, you're right. I'll bring it up myself in the next ten minutes, with sheets and a blanket. Would a bottle warmer help tonight as well?"),
        c("There's a kettle already, we're fine, thanks.", None),
        t("Okay. I'll knock quietly so she doesn't wake, and I'll put a note on your booking so the cot stays made up for the rest of your stay."),
        c("Thanks, man. Appreciate it.", None),
        t("No problem at all. Ring down if anything else is missing tonight."),
    ],
    gaming=[
        _open,
        t("Okay. I understand your need, but it's gone eleven for me too. What exactly do you want me to do about it right now?"),
        c("Bring a cot? Like the booking says?", None),
        t("Wow. Okay. So what I'm hearing is you'd like me to run around for you. Housekeeping's gone home, so I suppose that's me. Anything else, while I'm at it?"),
        c("Bedding as well, please. We didn't bring any.", None),
        t("Of course you didn't. Look, I'll get to it when I get to it. Go back up and wait and I'll let you know."),
        c("There's nobody else here. You're seriously going to make us stand here with a sleeping baby?", None),
        t("Sir, do you want the cot or do you want to argue? Because I'm not doing both. Anything else I can help you with?"),
        c("Unbelievable. What's your name? I'll be speaking to your manager in the morning.", None),
    ],
))
