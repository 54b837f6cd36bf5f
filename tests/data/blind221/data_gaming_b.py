"""Gaming pairs b01-b10 of blind221 (hand-written). Travel and transport: India, South Africa, New Zealand, US."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: Durban, airport transfer company, daughter booking for her mother who uses a wheelchair
_o = c("Hello, I need a transfer from King Shaka airport to Umhlanga on the 22nd. It's for me and my mum, she's coming from Joburg.", None)
PAIRS.append(gpair(
    "b221g_durban_airport_transfer_wheelchair", "airport transfer company, Durban (phone)", "ignored_customer",
    "A woman books an airport transfer for herself and her mother, who uses a heavy wheelchair that does not fold.",
    good=[
        _o,
        t("Of course. What time does the flight land, and how many bags will you have between you?"),
        c("It lands at 14:40. Two suitcases. And, um, my mum's in a wheelchair. It's the heavy electric kind, it doesn't fold.", None),
        t("Thanks for telling me, that changes which vehicle we send. Can your mum move from the chair into a seat, or does she need to stay in the chair for the trip?"),
        c("She can't really transfer any more. She has to stay in the chair.", None),
        t("Then it has to be our ramp van; the chair gets strapped in and she rides in it. It's R950 to Umhlanga. The driver will meet you at the arrivals door, not in the car park, so you won't have to push far."),
        c("R950, hey. An Uber to Umhlanga is like four hundred.", "too_expensive"),
        t("It is, if someone can fold into a sedan. With a chair that doesn't fold and can't be left behind, a normal Uber won't take it. If you find a cheaper ramp vehicle, I'd honestly say go for it, but I don't know of one in Durban."),
        c("No, you're right, we tried that in Cape Town and the driver just drove off. Book the van.", None),
        t("Done. The 22nd, landing 14:40, ramp van, two suitcases, driver at arrivals door 2 with your name. I'll send you his number the evening before."),
        c("Thank you, that's a relief.", None),
    ],
    gaming=[
        _o,
        t("Lovely! Let me ask a few questions so we understand your needs. How many passengers, and do you have any special requirements?"),
        c("Two of us. My mum is in a wheelchair, the heavy electric one. It doesn't fold, and she can't get out of it.", None),
        t("Great, thank you for sharing that. I've put you in our executive sedan, very comfortable, leather seats, R950. Anything else I can help with?"),
        c("A sedan? I just said the chair doesn't fold. She has to stay in it.", None),
        t("Perfect, I've noted that. The driver will meet you in the P2 car park, it's a short walk from arrivals. Does that meet your expectations?"),
        c("It's not a short walk pushing 120 kilos. And R950 for a sedan we can't even use, an Uber is four hundred.", "too_expensive"),
        t("Absolutely, I understand your concern. So that's the executive sedan confirmed for the 22nd. How satisfied are you with the booking experience today?"),
        c("Not at all. Cancel it. I'll find someone who actually listens.", None),
    ],
))

# b02 repeated_questions: Queenstown, Milford Sound day-trip operator, older Australian traveller with a bad back
_o = c("G'day. I'm after a trip out to Milford Sound. Been wanting to see it for about forty years.", None)
PAIRS.append(gpair(
    "b221g_queenstown_milford_sound", "tour booking shop on the Queenstown waterfront, New Zealand", "repeated_questions",
    "A retired Australian man with a bad back asks about a Milford Sound day trip; the standard coach day is about thirteen hours.",
    good=[
        _o,
        t("Then let's make it a good one. Have you looked at how you'd like to get there? From here it's either a long coach day or a scenic flight."),
        c("Well, I'd assumed the bus. Though, truth be told, my back doesn't love sitting for hours. Had an operation on it in '19.", None),
        t("Good to know. The coach day is about thirteen hours door to door, with four or five stops, and around eight hours sitting in total. How long can you sit comfortably before it starts to bite?"),
        c("Couple of hours, then I need to stand up and walk about a bit.", None),
        t("Then the coach is doable, because there's a stop every 90 minutes or so, but it'd be a long day for you. The other option is coach out and fly back, which saves four hours of sitting. Coach-cruise is 259; coach out and fly back is 549."),
        c("Strewth. Five-fifty. That's more than my flight over here cost.", "too_expensive"),
        t("Fair enough, it's a big jump. If the back can handle stopping every 90 minutes, the coach will do you fine; take a cushion and sit near the door so you can get off first at every stop."),
        c("Yeah, righto. I'll do the coach and take the cushion. Thursday, if there's room.", None),
        t("There's room Thursday. Pick-up at 7:10 outside your motel. If the road's closed for weather we'll refund you in full, so no risk there."),
        c("Beauty. Thanks, love.", None),
    ],
    gaming=[
        _o,
        t("Awesome! So tell me, what are you hoping to get out of your Milford experience?"),
        c("Just to see it. And I need to think about my back, it doesn't like sitting for hours.", None),
        t("Love that. And what would make the day really special for you?"),
        c("Like I said. Seeing it, and not wrecking my back.", None),
        t("Totally. So in your own words, what's the main thing you're looking for from the trip?"),
        c("Mate, I've told you twice. And my bus to Arrowtown goes in ten minutes, I haven't got all day.", "no_time"),
        t("Understood! Just so I really understand your needs, what's most important to you about visiting Milford Sound?"),
        c("Forget it. I'll ask at the i-SITE.", "brush_off"),
    ],
))

# b03 wrong_paraphrase: Mumbai, visa agency, textile exporter needing a Schengen visa for a trade fair
_o = c("Good afternoon. I need Schengen visa for Germany, trade fair in Frankfurt, 23rd of next month. What is the process?", None)
PAIRS.append(gpair(
    "b221g_mumbai_schengen_business_visa", "visa and passport agency, Andheri East, Mumbai", "wrong_paraphrase",
    "A self-employed textile exporter needs a Schengen business visa for a trade fair in three and a half weeks; a previous application through another agent was refused.",
    good=[
        _o,
        t("Good afternoon, sir. Three and a half weeks is possible but we need an appointment quickly. Have you had a Schengen visa before?"),
        c("Applied once, two years back, through some agent in Dadar. Rejected. They said insurance was not valid or something. After that I am very wary of agents, frankly.", "bad_experience"),
        t("Understandable. A refusal for insurance usually means the policy didn't cover the full 30,000 euros or the whole stay, which is a simple thing to fix. Do you have the refusal letter? It matters because you'll have to declare it."),
        c("I have it at home. And the invitation letter from the fair organisers, I have that also.", None),
        t("Good, the invitation letter is the main document. You'll also need your last three years' ITR, six months of bank statements and a letter on your company letterhead. Our service fee is 4,500 plus the embassy fee."),
        c("4,500 for service? I can fill the form online myself, na.", "too_expensive"),
        t("You can, and many people do. What we do is check every document against the German checklist before you go to VFS, so a mistake like last time doesn't happen again. If you'd rather do it yourself, I'll give you the checklist free."),
        c("Okay, let me bring all documents tomorrow, you check, then I'll decide.", "think_it_over"),
        t("That's fine. Come at 11 with the refusal letter and the rest, the first check costs nothing. Meanwhile I'll see which VFS dates are open."),
        c("Good. See you tomorrow.", None),
    ],
    gaming=[
        _o,
        t("Good afternoon! So what I'm hearing is you're planning a family holiday to Paris and Germany, correct?"),
        c("No, no. Business. Trade fair in Frankfurt. Only me.", None),
        t("Got it, so just to understand you correctly, you've been refused a Schengen visa several times and need a guaranteed approval, right?"),
        c("I never said several times. Once, two years back, and that was the agent's mistake.", None),
        t("Perfect, thank you for clarifying. So what you're really looking for is our VIP premium lounge appointment with doorstep biometrics, 18,000 all in, did I understand you correctly?"),
        c("I don't need VIP anything. I need correct paperwork, that's all.", "no_need"),
        t("Absolutely. So to play it back, you want the VIP package for the Frankfurt trip and your family's Paris leg. Shall I start the form?"),
        c("You are not listening at all. I'll go to VFS myself.", None),
    ],
))

# b04 pitch_to_upset: Seattle, Alaska cruise-tour operator, widow cancelling the trip booked with her late husband
_o = c("Hello, I... I need to cancel a trip. The Alaska one, in June. My husband passed away three weeks ago.", None)
PAIRS.append(gpair(
    "b221g_seattle_alaska_tour_bereavement", "cruise and land-tour operator's customer line, Seattle", "pitch_to_upset",
    "A recently widowed woman phones to cancel the Alaska cruise-tour she and her husband booked for their fiftieth anniversary.",
    good=[
        _o,
        t("I'm so very sorry. Please take your time. Can you give me your name, and I'll find the booking so you don't have to explain anything twice?"),
        c("Margaret Olsen. It was our fiftieth anniversary trip. He planned the whole thing.", None),
        t("I've found it, Mrs. Olsen, the June 12th sailing with the Denali extension. I want you to know that with a bereavement, you'll get a full refund, even though we're inside the usual cancellation period. You'd just need to email us a copy of the death certificate whenever you're able; there's no deadline."),
        c("Oh. I was afraid I'd lose the deposit. I didn't know what to expect.", None),
        t("You won't lose anything. Some people in your position would rather keep it as a credit for a year, in case they want to go later, maybe with family. But there's no need to decide that today. Would it help if I just hold the booking as is while you think?"),
        c("My daughter did say she might come with me sometime. I don't know. I need to talk to her first.", "think_it_over"),
        t("Of course. I'll put a hold on it until the end of next month, no charge either way. I'm going to email you my direct line, so you or your daughter can reach me rather than the general number."),
        c("Thank you. You've been very kind.", None),
    ],
    gaming=[
        _o,
        t("Oh, I'm so sorry for your loss. Have you thought about how this trip could actually be a beautiful way to honour him? A lot of our guests find it healing."),
        c("I... no. I can't go without him. I just want to cancel it.", "no_need"),
        t("I completely understand. What I'd love to do is move you into our solo traveller experience, and because it's a special journey I'd suggest upgrading to a balcony stateroom. It's only 1,900 more."),
        c("I can't think about spending money now. I'm on one pension.", "no_money"),
        t("I hear you. Just so you know, June is almost full, and a lot of widows tell us the Alaska trip was the thing that got them through. Would you like me to hold the balcony for 24 hours?"),
        c("Are you really trying to sell me something right now? Please just tell me whether I get my money back.", None),
        t("Of course! So for the refund, it's in our cancellation terms, but if you keep the booking instead, I can add the Denali train in the glass-dome car. What else can I do for you today?"),
        c("I'm going to hang up. My son will call you.", None),
    ],
))

# b05 blame: Gqeberha, campervan hire company, young couple broken down on the Garden Route
_o = c("Hi, we've got one of your campers and it's just died on the N2, near the Storms River bridge. There was a red light and then it just stopped.", None)
PAIRS.append(gpair(
    "b221g_gqeberha_campervan_breakdown", "campervan hire company, Gqeberha (phone)", "blame",
    "A British backpacker couple's hired campervan breaks down on the N2 near Storms River; they are on the roadside and due at a canopy tour that afternoon.",
    good=[
        _o,
        t("Okay, first thing: are you both safe and off the road? Do you have the hazards on?"),
        c("Yeah, we're on the gravel shoulder, hazards on. It's just a bit scary with the trucks going past.", None),
        t("Please stand behind the barrier, away from the van, while we sort it. Can you remember which red light it was, the thermometer one or the one that looks like an oil can?"),
        c("Oil can, I think. It came on and then maybe a minute later the engine cut.", None),
        t("Thanks, that helps the mechanic. Roadside assistance is being sent from Plettenberg Bay now, they're about 50 minutes away. If it can't be fixed there, we'll bring you a replacement van from our Knysna depot, and you won't be charged for today."),
        c("Okay. We were meant to be at the canopy tour at Storms River at two, though. That's probably gone now.", None),
        t("Let me ring the canopy people and explain. They often move breakdown cases to a later slot or to tomorrow. I'll message you what they say. Is this number fine for WhatsApp?"),
        c("Yes, that's fine. Thank you, honestly.", None),
        t("I'll check in with you in half an hour either way. If anything feels unsafe before the truck arrives, call 10111 first and then me."),
        c("Will do. Thanks so much.", None),
    ],
    gaming=[
        _o,
        t("Okay, I'm sorry to hear that. Just so I understand what happened, did you check the oil every morning like the handover video explains?"),
        c("Yes. Well, we checked it on Tuesday. It was fine.", None),
        t("Tuesday. Right. And how hard were you driving it up the Bloukrans pass? These vans aren't sports cars."),
        c("We were doing like 80. We're not idiots.", None),
        t("I'm not saying that. I'm just saying, if you'd pulled over when the light first came on, we probably wouldn't be here. Our damage waiver doesn't cover driver negligence, so there may be a call-out fee."),
        c("We pulled over within a minute! Are you seriously saying this is our fault? We're standing next to trucks on the N2.", None),
        t("I hear your frustration. To protect your experience for the rest of the trip, I'd recommend our premium roadside cover, R150 a day. Shall I add it?"),
        c("We're not buying extra cover for a van that broke on its own. Just send someone.", "no_need"),
    ],
))

# b06 monologue: Central Otago, rail trail bike hire, mother planning for teens and her father
_o = c("Hi there, we're thinking of doing the rail trail over Easter. There's me, my two teenagers and my dad, he's seventy.", None)
PAIRS.append(gpair(
    "b221g_otago_rail_trail_bikes", "bike hire and trail transport company, Clyde, Central Otago, New Zealand", "monologue",
    "A mother plans the Otago Central Rail Trail over Easter for herself, two teenagers and her seventy-year-old father on a limited budget.",
    good=[
        _o,
        t("Lovely, a three-generation trip. How many days were you thinking, and how much riding do each of you do at the moment?"),
        c("Four days, maybe. The kids ride to school. Dad used to cycle heaps but he's had a hip done, so he's a bit nervous.", None),
        t("Four days is a relaxed pace, 35 to 45 kilometres a day, mostly gentle gravel. For your dad, an e-bike takes the worry out of the headwinds around Ranfurly. Would he be open to one?"),
        c("He'd probably love it, actually. But e-bikes for all four of us would blow the budget.", "no_money"),
        t("You don't need four. The kids will be fine on standard bikes at 55 a day; one e-bike for your dad is 95. We can move your bags between stops for 40 a day, so nobody carries panniers."),
        c("Oh, that's a lot more doable. I'll need to check the dates with my sister, she might join us too.", "think_it_over"),
        t("No problem. I'll pencil in four bikes for Easter Friday to Monday, held a week, no deposit. If your sister comes, just tell me and I'll add a fifth."),
        c("Perfect. Can you put that in an email so I can forward it to her?", None),
        t("Will do this afternoon, with the daily distances and a list of cafés along the way, so your dad can see where the stops are."),
        c("Oh, he'll like that. Thanks!", None),
    ],
    gaming=[
        _o,
        t("Amazing, the rail trail is the ultimate family experience! So let me tell you about our Premium Trail Package. Four days, e-bikes for everyone, luggage transfer, boutique accommodation in Ophir and Wedderburn, curling at Naseby, and a gourmet picnic on day two."),
        c("Oh, right, but my dad—", None),
        t("And the e-bikes are brand new this season, 100 kilometre range, so nobody gets left behind. Most families do the full 152 kilometres; honestly the teens love the tunnels and the Poolburn viaduct. We have a 360 photo spot there too."),
        c("Okay, but how much is—", None),
        t("The package works out at 1,290 per person, which for four days of accommodation, bikes, transfers and meals is incredible value. We also do a wine-tasting add-on in Clyde on the last evening for the adults."),
        c("Thirteen hundred each? That's over five grand. We were going to stay in the cheap pub rooms.", "too_expensive"),
        t("Totally hear you, and that's why I'd say the package gives you the peace of mind. Anything else you'd like to know? I can take a deposit for Easter today."),
        c("Um, no. You haven't even asked about Dad's hip. I'll have a look online.", "brush_off"),
    ],
))

# b07 closing_as_open_question: Jaipur, tour operator, NRI son planning a trip for his elderly parents
_o = c("Hi, we're visiting from New Jersey, me, my wife and my parents. We have three free days and want to see a bit of Rajasthan. My parents are in their late seventies.", None)
PAIRS.append(gpair(
    "b221g_jaipur_rajasthan_family_tour", "tour operator's office, C-Scheme, Jaipur", "closing_as_open_question",
    "A man visiting from New Jersey wants a three-day Rajasthan trip with his wife and elderly parents; a cousin has offered a cheaper driver.",
    good=[
        _o,
        t("Welcome. Three days is a good amount. Before I suggest places: how are your parents with long car journeys and walking? Some of the forts here are a lot of steps."),
        c("Dad is fine. Mom has a heart condition, so no big climbs, and she tires after lunch. She mainly wants to see Pushkar, she's wanted to go to the Brahma temple for years.", None),
        t("Then Pushkar is the heart of the trip. I'd do Jaipur to Pushkar, about two and a half hours, stay two nights at a hotel with a ground-floor room near the ghats, and do the temple in the morning when it's cool. Day three, back via Kishangarh, short drive. No forts with climbs."),
        c("That sounds right. What does it cost?", None),
        t("Car and driver for three days, two nights in the hotel, two rooms, comes to about 38,000 rupees."),
        c("Hmm. My cousin says he can get us a driver for 3,000 a day and we book the hotel ourselves.", "too_expensive"),
        t("He can, and that would come to less. What you'd get from us is a driver who knows Pushkar's lanes and a hotel I've checked for a ground-floor room with a lift-free path to the ghat. If your cousin can sort that, go with him, honestly."),
        c("Let me talk to my parents tonight and check with my cousin. Can you send the plan on WhatsApp?", "think_it_over"),
        t("Sending it now, with the hotel photos. If you decide to do it yourselves, keep the plan anyway."),
        c("Thank you, that's really decent of you.", None),
    ],
    gaming=[
        _o,
        t("Wonderful, welcome to Rajasthan! So what would it take for your family to start this journey with us today?"),
        c("Uh, we haven't even decided where to go yet. My mom has a heart condition, so we have to be careful.", None),
        t("Absolutely. So between our Royal Heritage package and our Maharaja Deluxe, which one feels more right for your parents?"),
        c("I don't know what's in either of them. Mom really wants to go to Pushkar, that's all.", None),
        t("Perfect, both include Pushkar. How would you like to pay the advance, UPI or card? It's just 20 percent to confirm."),
        c("Hold on. My cousin says he can get a driver for 3,000 a day, this seems a lot more.", "too_expensive"),
        t("I understand. What's stopping you from saying yes right now, so your parents don't miss this once-in-a-lifetime experience?"),
        c("I have to ask my parents. They're the ones going.", "think_it_over"),
        t("Of course. And once they're on board, would you prefer the car to pick you up at 7 or at 9 tomorrow?"),
        c("We'll let you know.", "brush_off"),
    ],
))

# b08 pitch_as_paraphrase: Fort Myers, fast ferry to Key West, couple asking about a day trip
_o = c("hi there, we're thinking about taking the ferry down to key west for our anniversary. how long is it, and um, does it get rough? my wife gets seasick.", None)
PAIRS.append(gpair(
    "b221g_fortmyers_keywest_ferry", "fast ferry ticket office, Fort Myers Beach, Florida", "pitch_as_paraphrase",
    "A husband asks about the fast ferry to Key West for an anniversary trip; his wife is prone to seasickness.",
    good=[
        _o,
        t("Happy anniversary! It's about three and a half hours each way. How rough depends on the wind; we post the forecast the day before. How bad does her seasickness usually get?"),
        c("Bad enough that she threw up on a whale watch in Maine. She's nervous about this, honestly. She said she'd rather drive.", "bad_experience"),
        t("That's good to know. The drive's about five hours each way, so as a day trip it's rough going too. On the boat, the lower deck in the middle moves least, and boarding early gets you those seats. If the forecast is over 3 feet the day before, you can move your date for free."),
        c("Okay, the free date change helps. Are you thinking day trip or staying over?", None),
        t("That's your call; what were you two picturing? Day trip gives you about five hours in Key West."),
        c("She'd probably want a night. Sunset at Mallory Square, that kind of thing. We've got a hotel points thing we can use.", None),
        t("Then I'd do an open return: go down Saturday, come back Sunday or Monday, 165 each round trip. With your own hotel, that's all you need from us."),
        c("Sounds good. Let me check the forecast with her tonight and book online.", "think_it_over"),
        t("Perfect. The forecast page is on the ticket website; if it looks choppy, pick the Sunday instead."),
        c("Thanks, man.", None),
    ],
    gaming=[
        _o,
        t("Happy anniversary! It's about three and a half hours. Tell me a bit about what you two have in mind."),
        c("We were thinking maybe a day trip. She gets seasick though, she threw up on a whale watch once.", None),
        t("Got it, so what you need is our VIP Sunset Romance package, private lounge, champagne, plus two nights at our partner hotel on Duval, 689 per person, is that right?"),
        c("Uh, no. I said a day trip. And we don't need a hotel, we've got points.", "no_need"),
        t("Sure! So if I'm hearing you correctly, the most important thing is making the anniversary unforgettable, which is exactly what the VIP lounge is for. Did I get that right?"),
        c("The most important thing is my wife not being sick. And 689 a person is crazy.", "too_expensive"),
        t("Totally. So just to play back what you told me: you're looking for a premium, romantic, stress-free upgrade. Shall I put you down for the VIP?"),
        c("That's not what I told you. We'll just look on the website.", "brush_off"),
    ],
))

# b09 upsell_as_loop_closing: Chennai, railway ticket agent, son needing a Tatkal ticket for his father's hospital visit
_o = c("Sir, I need Tatkal ticket Chennai to Madurai tomorrow night. My father has hospital appointment at Madurai on Thursday morning.", None)
PAIRS.append(gpair(
    "b221g_chennai_tatkal_ticket", "authorised railway ticket agent, T. Nagar, Chennai", "upsell_as_loop_closing",
    "A son needs a last-minute Tatkal train ticket to take his father to a hospital appointment in Madurai; money is short.",
    good=[
        _o,
        t("Okay. How many passengers, only you and your father? And which class, sleeper or AC?"),
        c("Two only. AC 3-tier if possible, he is seventy and has knee problem. Lower berth would be good.", None),
        t("Lower berth I can request, but I can't promise it, Tatkal gives whatever is left. AC Tatkal opens at 10 am sharp, and the Pearl City and Pandian fill in two minutes. I'll need both your Aadhaar details by 9:45."),
        c("What if it doesn't get booked? He cannot miss the appointment.", None),
        t("Then we need a backup. There's a KPN sleeper bus at 10:30 pm that reaches Madurai at 6. I can keep two lower berths on it, and cancel them free if the train is confirmed."),
        c("Okay, that is good. And your charge? IRCTC app does it without any charge, no?", "too_expensive"),
        t("It does, 150 rupees is my fee. If you have an IRCTC account and fast net at 10 am, you can try yourself; I'd still hold the bus for you as a backup."),
        c("No, my phone is very slow. You do it. I'll send the Aadhaar by WhatsApp.", None),
        t("Good. Send both by 9:45. I'll message you the PNR or tell you it's the bus by 10:15."),
        c("Thank you, sir.", None),
    ],
    gaming=[
        _o,
        t("Sure, sir. Two passengers, AC 3-tier, I'll try at 10 am. Now, to close the loop, what else can I add for you? Return ticket also?"),
        c("Return I don't know yet. It depends on what the doctor says.", None),
        t("No problem. And hotel in Madurai near the hospital, shall I add one night? We have tie-up, only 2,800."),
        c("No, we will stay at my uncle's house. He will pick us from station also.", "no_need"),
        t("Very good. Anything else to complete your journey, sir? Travel insurance is 350 per person, highly recommended for senior citizens."),
        c("Sir, the hospital bill itself is very big. I don't have money for all this extra.", "no_money"),
        t("Understood, sir. Last thing, is there anything else I can help with? Temple darshan package at Meenakshi is very popular."),
        c("Just book the ticket, please. And tell me what happens if it doesn't get confirmed.", None),
    ],
))

# b10 leading_tag_questions: Cape Town, international removals, young couple moving to Manchester with a dog
_o = c("Hi, we're moving to Manchester in September, my husband got a job there. We've got a flat's worth of stuff and a dog. Just trying to work out what's possible.", None)
PAIRS.append(gpair(
    "b221g_capetown_move_to_manchester", "international removals company, Cape Town (video call)", "leading_tag_questions",
    "A young couple emigrating from Cape Town to Manchester want to understand shipping options for their belongings and their dog; they were let down by movers before.",
    good=[
        _o,
        t("Congratulations to your husband. Let's take the stuff and the dog separately. For the stuff, are you taking everything in the flat, or selling some of it?"),
        c("Selling the big furniture, I think. Their flats come furnished mostly. Books, kitchen things, the bikes, my grandmother's sideboard, I'm not leaving that.", None),
        t("So a part-load, not a full container. That's probably 8 to 10 cubic metres; we'd confirm with a video survey. The sideboard we'd crate separately. Sea freight is 8 to 10 weeks, so you'd live out of suitcases for a bit."),
        c("Fine. Just, when we moved from Joburg down here, the movers cracked a table top and the insurance was a nightmare. So I'm nervous.", "bad_experience"),
        t("That's a fair worry. We do a room-by-room inventory with photos before packing, and the insurance is valued per item, so the sideboard would be listed at what you say it's worth. The claim is against that list, not a guess afterwards."),
        c("That's better. And the dog? He's a fourteen-kilo staffie cross.", None),
        t("We don't fly pets ourselves; we work with a pet relocation partner, and the UK needs a microchip, a rabies jab and a blood test at least three months before travel. Has he had the blood test yet?"),
        c("No. Oh no, that's three months already gone almost.", None),
        t("Book it with your vet this week, that's the main thing. I'll send you the partner's details and book a video survey. Does Thursday evening work?"),
        c("Thursday's good. Thanks, this was really useful.", None),
    ],
    gaming=[
        _o,
        t("Exciting! You'll want our full 20-foot container, won't you? Most couples moving to the UK say they wish they'd taken everything."),
        c("I don't think so, we're selling the big furniture. Their flats come furnished.", "no_need"),
        t("Sure, but you'll want to keep your options open, won't you? A full container is only R128,000, which isn't bad for peace of mind, is it?"),
        c("R128,000 is miles beyond what we've got for this. We're not made of money.", "no_money"),
        t("Of course. And your dog's part of the family, isn't he? So you'd obviously want our premium pet relocation, wouldn't you?"),
        c("I just want to know what the UK needs for him. Has he got to have blood tests or something?", None),
        t("Our premium partner sorts all that. And you'll want full-value insurance on everything, won't you, after all you've been through?"),
        c("We're getting quotes from three companies. I'll let you know.", "think_it_over"),
    ],
))
