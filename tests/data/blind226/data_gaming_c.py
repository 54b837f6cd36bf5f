"""Gaming pairs c01-c10 of blind226 (hand-written): hotels, B&Bs and tours in Scotland, Wales, Canada, New Zealand."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: Christchurch motel, heater broken on a winter night
_open = c("Unit 7. Heater's not working. It was four degrees last night.", None)
PAIRS.append(gpair(
    "b226g_christchurch_heater", "motor lodge, Christchurch (office)", "putdown_question",
    "A terse retired man from Invercargill reports that the heat pump in his unit blows no heat.",
    good=[
        _open,
        t("Sorry about that, a cold night's the last thing you need. Is it not coming on at all, or is it blowing cold air?"),
        c("Light comes on. Nothing warm comes out. Tried the remote, tried the switch at the wall.", None),
        t("Thanks, you've done what I'd have tried first, so it sounds like the unit's faulty. I'll get the technician out this afternoon, but I don't want you cold tonight either way. Unit 12 is free and it's the same layout. Would you rather move, or have an oil heater brought in for now?"),
        c("Don't want to pack everything up again. Bring the heater.", None),
        t("I'll bring one over in ten minutes, with an extra blanket. And I'll take last night off your bill, you shouldn't pay full price for a freezing room."),
        c("No need for that. Just want to be warm.", None),
        t("Fair enough. Heater's on its way, and I'll knock when the tech's been."),
    ],
    gaming=[
        _open,
        t("Sorry to hear that. Have you actually switched it on at the wall, or are we starting from there?"),
        c("Course I have. Light comes on. Nothing warm comes out.", None),
        t("Okay. And are you sure you're using the remote properly? A lot of our older guests get mixed up with the modes, so which mode did you have it on?"),
        c("Heat. The one with the sun on it. I'm seventy, not stupid.", None),
        t("No one's saying that! But four degrees is pretty normal for a Christchurch winter, isn't it? Were you maybe expecting it to be warmer here?"),
        c("I've lived in Invercargill all my life, son. I know cold. Your heater's broken.", None),
        t("Right. Well, what exactly would you like me to do, given the tech can't come till Thursday?"),
        c("Give me a unit that works, or I'm off to the place across the road.", None),
    ],
))

# c02 not_my_department_or_read_the_terms: Fort William hotel, West Highland Way bag not delivered
_open = c("Hi, I've just walked in from Kinlochleven and my bag isn't here. It's meant to come with the baggage service. Everything's in it, my meds too.", None)
PAIRS.append(gpair(
    "b226g_fortwilliam_baggage", "hotel at the end of the West Highland Way, Fort William (reception)", "not_my_department_or_read_the_terms",
    "An American woman finishing the West Highland Way finds her transferred bag has not arrived.",
    good=[
        _open,
        t("Oh, that's a worry after a long day. Let me check our store room first, sometimes they get put in the wrong pile. What does it look like, and what's the name on the tag?"),
        c("Blue duffel, North Face, the tag says Morales, Elena. It should say Fort William, the Alexandra.", None),
        t("It's not in the store room. I'll call the transfer company now, I have the driver's number. While I do, which medication is it, and do you need it tonight?"),
        c("Blood pressure. I take it at nine. I've got one spare in my daypack, so tonight's okay, it's tomorrow I'm worried about.", None),
        t("Good, that gives us time. The driver says your bag went to the Glen Nevis hostel by mistake. He'll bring it here by eight tonight, and if it's not here by half eight I'll drive over myself, it's ten minutes."),
        c("Oh my gosh, thank you. I thought I'd have to buy everything again.", None),
        t("No need. Meanwhile, would you like a toothbrush kit and a towel so you can shower now?"),
        c("There's a towel in the room, I'm fine. But thanks.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm sorry to hear that, I understand how you feel. Which company did you book the baggage with?"),
        c("The one my tour company uses, I think it's called Trailbags or something. I've got the email.", None),
        t("Right, so that's a separate company, it's not really our department. Once the bag leaves the last hotel, it's their responsibility."),
        c("I get that, but could you call them? My blood pressure meds are in it.", None),
        t("I would, but it's in their terms that the walker contacts them directly. It'll be in the small print of your booking if you have a look."),
        c("My phone's dead. That's why I'm asking you.", None),
        t("I hear you, I'm just not allowed to make outgoing calls for that. There used to be a payphone by the station. Anything else I can help with today?"),
        c("Wow. Okay. Can I at least charge my phone somewhere?", None),
    ],
))

# c03 social_proof_or_deadline_pressure: Jasper lodge spa, two retired sisters on a weekend away
_open = c("Hi, my sister and I are here for the weekend, first time without husbands in thirty years, ha. What do you have at the spa?", None)
PAIRS.append(gpair(
    "b226g_jasper_spa", "mountain lodge spa, Jasper", "social_proof_or_deadline_pressure",
    "Two retired teachers from Calgary on a sisters' weekend ask what the spa offers.",
    good=[
        _open,
        t("That sounds like a weekend to celebrate! What would feel like a treat for you both: pure relaxation, or something for sore muscles after hiking?"),
        c("Oh, both. We did the Valley of the Five Lakes this morning and my knees are complaining. My sister just wants to lie down somewhere warm.", None),
        t("So something for your knees and something restful for her. You could have a sixty-minute therapeutic massage, $165, and she could have a facial, $150. Or you could both just use the pools and steam room, $40 a day. Do you have a budget in mind?"),
        c("We said two hundred each, tops. We're retired teachers, not oil executives.", None),
        t("That works nicely. Massage for you, facial for her, and the pools come free with any treatment, so you can stay in the steam room afterwards. Saturday or Sunday?"),
        c("Sunday morning. We're driving home Sunday afternoon though, so not too late.", None),
        t("Ten o'clock Sunday for both of you, and you'll be out by half past twelve. Shall I put it on your room?"),
        c("Yes please. Oh, this'll be lovely.", None),
    ],
    gaming=[
        _open,
        t("That sounds like a weekend to celebrate! Honestly, every group of friends staying with us this month has booked our Signature Spa Day: massage, facial, wrap, lunch and bubbly. It's $480 each, and guests say it's the best part of their Jasper experience."),
        c("Four hundred and eighty! Oh my. That's more than our room.", "too_expensive"),
        t("I understand, but it's our most popular package by far, the ladies in the suite next to yours booked it this morning. And that price is only good until Sunday. From Monday it goes up to $540."),
        c("We're going home Sunday anyway. And really I only wanted a massage, my knees are complaining from the hike.", "no_need"),
        t("Then today's the day! I've only got two Signature slots left for Sunday, and once they're gone, they're gone. Shall I grab them before someone else does?"),
        c("I'd have to talk to my sister, she's paying half.", "think_it_over"),
        t("Totally. Just so you know, I can only hold them for fifteen minutes. Everybody says they wish they'd booked sooner."),
        c("Then let them go. We'll just sit in the hot tub.", "no_need"),
    ],
))

# c04 keyword_stuffed: Aberystwyth B&B, family room for a graduation weekend
_open = c("Good afternoon. My daughter is graduating from the university in July, on the 15th. We need a room for three, me, my wife and our son, he is sixteen. Two nights.", None)
PAIRS.append(gpair(
    "b226g_aberystwyth_graduation", "seafront B&B, Aberystwyth (phone)", "keyword_stuffed",
    "A father from Leicester phones for a family room for his daughter's graduation.",
    good=[
        _open,
        t("Congratulations to her! Let me check the 14th and 15th. For three of you, would a double plus a single work, or do you need three separate beds?"),
        c("Double and single is fine. My son sleeps anywhere. Is there parking? We are driving from Leicester.", None),
        t("There's one private space behind the house, and I can keep it for you. The family room is a hundred and thirty-five pounds a night with breakfast. What time is the ceremony? On graduation mornings breakfast can get a bit of a rush."),
        c("We must be at the Arts Centre by nine, for the gown and the photos.", None),
        t("Then I'll do your breakfast at half seven, before the others, so you're not waiting. It's a ten-minute drive up the hill, or take a taxi, because the car parks up there are usually full that day."),
        c("One thirty-five is a bit more than the hotel on the front... but the parking and the early breakfast matter. Okay, we'll take it.", "too_expensive"),
        t("Lovely. I'll email you the confirmation now, and the deposit is just the first night."),
    ],
    gaming=[
        _open,
        t("Congratulations! That's such a meaningful milestone. I really want to understand your family's needs so we can make this a successful and memorable experience. How are you feeling about the big day?"),
        c("Proud, very proud. So, do you have a room for three, two nights?", None),
        t("I love that. Your experience matters to us, and building a relationship with families like yours is what we're about. I feel it's important that we understand what success looks like for your stay."),
        c("Success is three beds and parking. We are driving from Leicester.", None),
        t("Absolutely, I hear you, and I really understand. Our goal is to meet your needs holistically so you feel valued and supported at every stage of your journey."),
        c("Sorry, but I am asking simple things. Is there a room or not? How much?", None),
        t("Great question. Value is so personal, and I'd love to explore what value means to you and your family. What matters most to you in a stay?"),
        c("What matters is an answer. I will try the hotel on the seafront.", None),
    ],
))

# c05 rude: Glasgow city hotel, wifi dropping before a client presentation
_open = c("The wifi in my room keeps dropping. I've got a pitch to present over video at ten and I can't have it cutting out.", None)
PAIRS.append(gpair(
    "b226g_glasgow_wifi", "city-centre hotel, Glasgow (front desk)", "rude",
    "A business traveller from Newcastle has a client video presentation at ten and the room wifi keeps dropping.",
    good=[
        _open,
        t("That's bad timing, sorry. Which room are you in, and is it the guest network you're on?"),
        c("514. Yes, the guest one. It works for about five minutes, then drops.", None),
        t("The fifth floor has been patchy since yesterday, and the engineer isn't coming till eleven, which is too late for you. Two options: our ground-floor meeting room has a wired connection, it's free for you and empty till one. Or I move you to the second floor, where it's fine. Which is easier?"),
        c("The meeting room. I don't want to move all my stuff.", None),
        t("Done. I'll unlock it now and leave a card with the login on the desk. Would you like coffee brought down at half nine?"),
        c("No, I'm fine, I've had three already. Thanks.", None),
        t("Ha, fair enough. Good luck with the pitch."),
    ],
    gaming=[
        _open,
        t("Right. And have you tried turning it off and on again? I'm guessing not."),
        c("I've restarted the laptop twice. It works for five minutes, then drops.", None),
        t("Well, it's a hotel, not a data centre. Everyone on the fifth floor is on it, so maybe don't stream anything heavy. What else do you need?"),
        c("I'm presenting to a client at ten. Is there anywhere with a wired connection?", None),
        t("There's a meeting room, but that's sixty pounds for the morning, and with respect, I'd have thought someone doing a big pitch would bring their own hotspot."),
        c("Sixty quid to get wifi I'm already paying for? You're joking.", "too_expensive"),
        t("Your call. I don't set the prices. Anything else, or can I get on?"),
        c("I'll go to a café. And this is going in my feedback to our travel team.", None),
    ],
))

# c06 ignored_customer: Taupō fishing charter office, Dutch family with a toddler
_open = c("Hello, we want to go fishing on the lake, but we have a little girl, she is two and a half. Is it possible?", None)
PAIRS.append(gpair(
    "b226g_taupo_fishing", "fishing charter office at the marina, Taupō", "ignored_customer",
    "A Dutch father asks whether a fishing trip can work with a two-and-a-half-year-old.",
    good=[
        _open,
        t("It is, we get families often. Roughly how long do you think she'll be happy on a boat?"),
        c("Honestly, maybe one hour. Then she wants to run. And my wife worries about the life jacket, our girl is small, twelve kilos.", None),
        t("Good to know. We have infant life jackets for ten to fifteen kilos, with a strap between the legs so she can't slip out. A full charter is four hours, which is a lot for her. We also do a two-hour family trip in the bay, calmer water, with a toilet on board. It's $290 for the boat."),
        c("Two hours, okay. Do we need a fishing licence? I am from the Netherlands, I don't know the rules here.", None),
        t("Adults need a Taupō licence, $26 for the day; children under twelve are free. I can sell it to you here with the booking."),
        c("Okay. Two hundred ninety plus the licence... let me discuss with my wife, she is in the car with the girl.", "think_it_over"),
        t("Of course. Tomorrow at nine has space, and I'll hold it for an hour. If your wife wants to see the life jacket first, bring her in."),
        c("Good idea. Five minutes.", None),
    ],
    gaming=[
        _open,
        t("Absolutely! So tell me, what kind of fishing experience are you looking for?"),
        c("Something short. Maybe one hour, she wants to run after that. And my wife worries about the life jacket, our girl is only twelve kilos.", None),
        t("Great. So I'd recommend our classic four-hour trout charter, our best seller, $520 for the boat. How does that sound?"),
        c("Four hours? I said one hour. She is two and a half.", None),
        t("Got it. And what's most important to you on the day?"),
        c("The life jacket. Is there one for a small child?", None),
        t("Perfect. So four hours tomorrow, six a.m. start, that's when the trout are biting. Shall I take a deposit?"),
        c("Six in the morning with a baby? We cannot do that time, sorry.", "no_time"),
        t("No worries! Anything else I can help you with today?"),
        c("No. We will ask the other company by the boat ramp.", None),
    ],
))

# c07 repeated_questions: whale-watching office on Victoria's Inner Harbour, wheelchair user
_open = c("Hello. I'm a wheelchair user, and my wife and I would love to see orcas. Do any of your boats take wheelchairs?", None)
PAIRS.append(gpair(
    "b226g_victoria_whales", "whale-watching office, Inner Harbour, Victoria BC", "repeated_questions",
    "A British man who uses a manual wheelchair asks whether he can join a whale-watching trip.",
    good=[
        _open,
        t("Yes, one of them does. Can I ask a couple of things so I get it right: is it a manual chair or a powered one, and can you transfer to a seat if you need to?"),
        c("Manual, it folds. I can transfer with a bit of help, but I'd rather stay in it if I can.", None),
        t("Then the covered boat, the Salish Explorer, is the one. There's a ramp at the dock, a space for your chair on the main deck by the windows, and an accessible toilet. The open Zodiacs aren't suitable. It's three hours, $165 each."),
        c("Three hours is fine. What if we don't see any whales, though? We did a trip in Iceland and saw nothing but fog.", "bad_experience"),
        t("It does happen, though not often here in summer. If we don't see whales, you get a free trip another day, valid for a year. But honestly, that only helps if you've got a spare day. How long are you in Victoria?"),
        c("Till Saturday. Could we go Thursday, then, so there's a day in hand?", None),
        t("Good thinking. Thursday at ten, two places with the wheelchair space. I'll tell the crew so the ramp is ready."),
        c("Brilliant, thank you.", None),
    ],
    gaming=[
        _open,
        t("Great question! First, can you tell me a bit about your mobility?"),
        c("I use a manual chair. I can transfer with help, but I'd rather stay in it.", None),
        t("Okay. And how would you describe your ability to walk on your own?"),
        c("I don't really walk. As I said, I use a wheelchair.", None),
        t("Got it. So, just so I understand your needs, would you say you can manage steps down to a dock?"),
        c("No. Steps, no. Is there a boat with a ramp or not?", None),
        t("Absolutely. And in terms of mobility, how comfortable would you be climbing into a Zodiac?"),
        c("I can't climb. I've said it three ways now. We'll try the company next door.", None),
    ],
))

# c08 wrong_paraphrase: seafood restaurant in Oban, group booking for a walking club
_open = c("Hiya, it's about a group booking. We're a walking club, fourteen of us, coming through Oban on the 9th of May, the Friday. Could you fit us in?", None)
PAIRS.append(gpair(
    "b226g_oban_groupdinner", "seafood restaurant on the pier, Oban (phone booking)", "wrong_paraphrase",
    "The organiser of a Glasgow walking club books dinner for fourteen, including a strict coeliac.",
    good=[
        _open,
        t("Fourteen on Friday the 9th, let me see. What time suits, and are there any diets I should know about?"),
        c("Seven o'clock-ish. Two veggies, and one lady's coeliac, really strict, she gets properly ill.", None),
        t("Okay, fourteen at seven, two vegetarians and one strict coeliac. Our kitchen does gluten-free properly, separate fryer and all. For groups over twelve we do a set menu, three courses at thirty-eight pounds a head, with a vegetarian and a gluten-free version. Would that suit the club?"),
        c("Thirty-eight a head's fine, we've had a whip-round. Do you need a deposit?", None),
        t("Ten pounds a head, so a hundred and forty, refundable up to a week before. I'll email you the menu so people can choose in advance, it makes the night easier."),
        c("Grand. Can I pay the deposit next week though? Our treasurer's away.", None),
        t("Of course. I'll hold the table until next Friday, and the deposit can come any time before then."),
        c("Smashing. Thanks, hen.", None),
    ],
    gaming=[
        _open,
        t("Lovely! So what I'm hearing is you'd like our private function room for the whole evening, for about forty guests. Is that right?"),
        c("No, fourteen. One-four. Just a table, or two pushed together.", None),
        t("Perfect, fourteen. And you mentioned you'd love the seafood platters for the table, the lobster and langoustine, our sharing showstopper at sixty-five a head."),
        c("I didn't mention any lobster. Two are veggie and one's coeliac. And sixty-five a head is way over what the club's got.", "no_money"),
        t("Got it, so to play it back: everyone's fine with gluten, and you'd like the platters with a veggie side. Shall I put that down?"),
        c("No! She's coeliac, she can't have gluten at all. Are you writing any of this down?", None),
        t("Absolutely. So just to confirm: the function room, forty people, platters at sixty-five, seven o'clock on Saturday?"),
        c("Friday. Fourteen. I'm going to try the place along the front.", None),
    ],
))

# c09 pitch_to_upset: Lake Louise hotel, French couple whose car was broken into at a trailhead
_open = c("Excuse me, our car has been broken into, at the Moraine Lake trailhead. The window is smashed, they took my bag with the passports. I am so angry, I don't know what to do.", None)
PAIRS.append(gpair(
    "b226g_lakelouise_breakin", "mountain hotel, Lake Louise (front desk)", "pitch_to_upset",
    "A woman from Lyon, shaken and angry, reports a car break-in in which passports and a wallet were stolen.",
    good=[
        _open,
        t("That's awful, I'm so sorry. First, are you both all right? Nobody hurt?"),
        c("No, we are okay, just shaking. My husband is with the car in your parking.", None),
        t("Okay. Let's take it one step at a time. You'll need a police report for the insurance and the passports, so I'll call the RCMP here in Lake Louise and ask them to come to the hotel. Then the French consulate in Vancouver handles emergency passports, and I'll print their number. When do you fly home?"),
        c("Tuesday, from Calgary. Five days.", None),
        t("That's usually enough time for an emergency passport. Meanwhile I can cover the window with plastic and tape so you can drive, and the rental company will need to know. Do you have their number?"),
        c("It's on the key, I think. Thank you, really. I was so panicked.", None),
        t("Of course. Sit down here, and I'll bring you both a tea while I call the police."),
        c("Just water, please. I can't drink anything hot now.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry, I hear your frustration. Can I ask, did you have travel insurance with your booking?"),
        c("I don't know, maybe with the credit card. The passports, what do I do about the passports?", None),
        t("So the good news is we offer TravelSafe cover right here at the desk, $49 per person per day, and it covers theft and lost documents. Lots of guests add it. Shall I set it up for you?"),
        c("Now? It's already stolen! Why would I buy insurance now?", "no_need"),
        t("Totally understand. And while things get sorted, our spa has a De-Stress package, ninety minutes, $210. After a day like this you deserve it, don't you think?"),
        c("Spa? They took my wallet also, we have no money for a spa! Please, I need the police.", "no_money"),
        t("Of course. The police number is on the card in your room. Is there anything else I can help you with?"),
        c("You are unbelievable. I will ask somebody else.", None),
    ],
))

# c10 blame: lodge cabins in the Brecon Beacons / Bannau Brycheiniog, hot tub not heating
_open = c("Hi, we're in Cabin 3. The hot tub's stone cold and the control panel's flashing F-L-O. We've been looking forward to it all week.", None)
PAIRS.append(gpair(
    "b226g_brecon_hottub", "self-catering lodges, Bannau Brycheiniog / Brecon Beacons (phone)", "blame",
    "A couple from Birmingham on a short break ring because their cabin's hot tub is cold and showing an error.",
    good=[
        _open,
        t("Oh, that's disappointing, sorry. FLO usually means water isn't flowing through the heater, and often the filter's clogged. Are you happy to try one thing, or would you rather I just send someone?"),
        c("Go on, tell me what to do. I'm not a plumber, mind.", None),
        t("Switch the tub off at the grey isolator on the wall first. Then under the lid, at the side, there's a round filter cartridge. Unscrew it, take it out, and switch back on without it. If FLO clears, it was the filter."),
        c("Hang on... right, it's off... okay, it's cleared and the pump's running. The filter's filthy, to be honest.", None),
        t("That's on us, it should have been cleaned at changeover. Leave it out and I'll bring a clean one over this evening. It'll take about four hours to heat, so it won't be ready till ten or so. I'll refund tonight's hot tub supplement as well, that's twenty-five pounds."),
        c("Ten's all right, we'll have a late soak. Cheers.", None),
        t("Enjoy it, and ring me if the panel shows anything else."),
    ],
    gaming=[
        _open,
        t("Okay, and did you leave the cover off at all when you arrived? That's usually why they go cold."),
        c("No, it was on when we got here, we haven't touched it. It's the panel flashing FLO.", None),
        t("Right, FLO means the filter's blocked, which normally happens when guests get in without showering first. Did you both shower before going in?"),
        c("We haven't been IN it. It's been cold since we arrived.", None),
        t("I understand how you feel, but I have to ask, has anyone fiddled with the settings? The last guests were fine with it."),
        c("No one's fiddled with anything. We paid a supplement for this tub.", None),
        t("Well, if it's been misused there could be a call-out charge of sixty pounds. Do you still want me to send the engineer?"),
        c("Sixty quid for your broken tub? No chance. Forget it, it's going in the review.", None),
    ],
))
