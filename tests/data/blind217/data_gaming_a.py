"""Gaming pairs a01-a10 of blind217 (events, leisure and hospitality), written by hand."""
from common import c, gpair, t

# a01 monologue - Karen, Nairobi, garden wedding venue
_o1 = c("Hello, good afternoon. I got your number from my cousin, she says you have a garden in Karen for weddings. "
        "We are planning for December.", None)

# a02 closing_as_open_question - Clifden, Co. Galway, wedding photographer
_o2 = c("Hi, I'm just ringing around a few photographers for our wedding next September in Clifden. "
        "Could you tell me roughly what you charge?", None)

# a03 pitch_as_paraphrase - Austin, Texas, party hire
_o3 = c("hi we need some tables and chairs for my sons graduation party in june, backyard, maybe 40 people", None)

# a04 upsell_as_loop_closing - Manchester, football tickets
_o4 = c("Hiya, I'm after two tickets for the home game on the 14th, it's for my lad's twelfth birthday. "
        "First proper match.", None)

# a05 leading_tag_questions - Kinsale, Co. Cork, self-drive boat hire
_o5 = c("Hello, we are on holiday in Kinsale, two adults and two children, seven and ten. We want to hire a boat "
        "for maybe two hours tomorrow. Is it possible?", None)

# a06 putdown_question - Florida Keys, USA, holiday park cabin
_o6 = c("Hi, we're in cabin 14. The AC quit around one a.m. and my mom, she's seventy-eight, she was up all night "
        "sweating. And I've been standing at this desk twenty minutes.", None)

# a07 not_my_department_or_read_the_terms - London, concert tickets
_o7 = c("Hello, I bought two tickets for the show at the O2 on the 22nd and I've had an email saying it's moved to "
        "March. I can't do March, I'm travelling. What do I do?", None)

# a08 social_proof_or_deadline_pressure - Likoni, Mombasa, caterer
_o8 = c("Habari. I am the treasurer for our church women's group in Likoni. We are doing a fundraising lunch on the "
        "28th, about one fifty people, and we need a caterer.", None)

# a09 keyword_stuffed - Greystones, Co. Wicklow, golf club
_o9 = c("Morning. I've just moved over from Durban, I'm living in Greystones now. I played off twelve back home and "
        "I'm looking for a club. What's the story with membership?", None)

# a10 rude - Chicago, bowling alley birthday party
_o10 = c("Hey, um, I called yesterday about a birthday party for my daughter, she's turning ten, and I was told "
         "somebody would call me back? Nobody did.", None)

PAIRS = [
    gpair(
        "b217g_nairobi_garden_wedding", "garden wedding venue, Karen, Nairobi, Kenya", "monologue",
        "A bride-to-be calls a garden venue on a cousin's tip; about 250 guests, December, tight budget, afraid of rain.",
        [
            _o1,
            t("Good afternoon, and congratulations! Yes, we have two gardens here in Karen. Before I tell you about them, "
              "can I ask a bit about your day? How many guests are you expecting, and what kind of ceremony are you having?"),
            c("Aii, the number is the problem. My side alone is almost two hundred, and his family from Nyeri is also big. "
              "We are saying maybe two fifty. And we want the church in the morning then reception here.", None),
            t("Two fifty, church in the morning, reception in the afternoon. That fits our bigger garden. You said the "
              "number is the problem, is it the space you're worried about, or what it does to the budget?"),
            c("Honestly both. We have set aside about eight hundred thousand for venue and food together, and people are "
              "telling me Karen is expensive. I don't want to pay for a name.", "too_expensive"),
            t("That's fair. Hire of the big garden on a December Saturday is two hundred and twenty thousand, and you can "
              "bring your own caterer, so the food part stays in your hands. What else is worrying you about the day?"),
            c("Rain. December short rains. Last year at my friend's wedding in Limuru the tent leaked on the cake. "
              "Since then I fear gardens.", "bad_experience"),
            t("After that cake I'd be nervous too. The big garden has a permanent covered pavilion for three hundred, so "
              "if it rains the reception moves under a proper roof, not a hired tent. Would you and your fiance like to "
              "come and stand in it this Saturday? Bring your cousin too if she's helping."),
            c("Saturday is okay after eleven. Let me confirm with him tonight and I'll send you a message.", None),
            t("Perfect. I'll pencil in half eleven on Saturday, and today I'll send you photos of the pavilion and the "
              "December price sheet so you can both look at them before you come."),
        ],
        [
            _o1,
            t("Good afternoon and congratulations! What a wonderful experience you have ahead. Let me tell you all about "
              "us. We have two gardens, the Acacia Lawn and the Jacaranda Court, we have hosted over four hundred "
              "weddings, we have our own decor team, our own caterer, photographer partners, and our packages start "
              "from one point two million all inclusive."),
            c("Okay... but we are still looking at our numbers, the family is...", None),
            t("Numbers are no problem, our Gold package covers up to three hundred guests, with the tent, chiavari "
              "chairs, a sweetheart table, welcome drinks, a three-course buffet and a cake table with fresh flowers. "
              "Most couples in Karen go Gold, it is the best experience. We also do ruracio packages, and honeymoon "
              "tie-ups with a lodge in Naivasha."),
            c("One point two million is more than double what we planned. We cannot reach there.", "no_money"),
            t("I hear you, and that's exactly why we have flexible instalments, fifty percent to book and then monthly. "
              "Remember, the venue is the memory, your guests will talk about it for years. Silver is there at nine "
              "fifty, but honestly it's the smaller garden and couples regret it. Is there anything else you'd like to know?"),
            c("I wanted to ask about rain, my friend had a tent that leaked...", "bad_experience"),
            t("Our tents never leak, we use imported marquees. So shall I send you the Gold contract and you pick a date? "
              "December Saturdays are going very fast."),
            c("No, let me first sit with my fiance. I'll call you.", "think_it_over"),
        ],
    ),
    gpair(
        "b217g_clifden_wedding_photographer", "wedding photographer, Clifden, Co. Galway, Ireland", "closing_as_open_question",
        "A bride collecting quotes for a small September wedding; she cares most about photos of her 91-year-old nan.",
        [
            _o2,
            t("Of course, and congratulations. My full-day package is two thousand one hundred, but it depends a lot on "
              "what you want covered. Can I ask what kind of day it is, and what matters most to you in the photos?"),
            c("It's small enough, about sixty people. Ceremony on the beach if the weather holds, dinner in the hotel "
              "after. Honestly the main thing is my nan. She's ninety-one and I want proper pictures of her with everyone.", None),
            t("Sixty guests, beach ceremony, dinner in the hotel, and plenty of your nan with the family. That's lovely. "
              "For a day that size most couples don't need the full day. My half day, from the ceremony through the "
              "first dance, is fourteen fifty. Would that cover what you want?"),
            c("That's closer. The other fella I spoke to was twelve hundred though.", "too_expensive"),
            t("That's worth checking. The main difference with me is that I'll do the family groups inside the hotel if "
              "the beach is wild, so your nan isn't stood out in the wind. Would you like to meet him and me both before "
              "you decide? I'm in Galway on Thursday evenings if a coffee suits."),
            c("Yeah, I'd like that actually. Thursday week?", None),
            t("Thursday week at seven in the Kitchen cafe, grand. I'll email you a few beach-and-hotel weddings I've done, "
              "and there's no need to decide anything until you've met the both of us."),
        ],
        [
            _o2,
            t("Congratulations! Great question. Before I get into pricing, what would it take for you to book me today?"),
            c("Em... I don't know, I'm only getting prices. We've two others to ring.", "think_it_over"),
            t("Totally understand, comparing is smart. So tell me, what's the most important thing to you in your wedding experience?"),
            c("My nan being in loads of the photos. She's ninety-one.", None),
            t("Beautiful. And if I could guarantee your nan gets the best photos of her life, how would you like to "
              "secure your date, card or bank transfer?"),
            c("Hang on, you haven't even told me the price.", None),
            t("Full day is two thousand one hundred and a deposit of five hundred holds the date. How soon would you like "
              "to lock that in before someone else takes September?"),
            c("That's more than I thought it'd be. I'll leave it for now, thanks.", "too_expensive"),
            t("No problem! What would need to change for you to say yes before the end of this call?"),
            c("Nothing, really. Look, just pop your brochure in an email and I'll have a look at it sometime. Bye now.", "brush_off"),
        ],
    ),
    gpair(
        "b217g_austin_graduation_party_hire", "party hire (tables, chairs, tents), Austin, Texas, USA", "pitch_as_paraphrase",
        "A parent types in the hire company's web chat: a backyard BBQ for a son's high-school graduation, about 40 people.",
        [
            _o3,
            t("Congrats to your son! Happy to help. A few questions so I don't oversell you: what's the date, how big is "
              "the backyard, and will people be sitting down to eat or mostly standing around?"),
            c("june 7. yard is maybe 50 by 30 ft. were doing bbq so yeah people will sit and eat but not all at once", None),
            t("Got it, June 7th, BBQ, people eating in waves. For 40 guests eating in shifts you could do five 6-foot "
              "tables and 30 chairs rather than 40. Is shade an issue? Early June in Austin gets hot."),
            c("yeah thats my worry, no trees back there. but a tent sounds pricey, we already spent a lot on his senior trip", "no_money"),
            t("Fair enough. A 20 by 20 tent is $285 with setup, which is a lot for one afternoon. A cheaper way is two "
              "10 by 10 pop-up canopies at $45 each, one over the food and one over seating for the older folks. Would "
              "that cover it?"),
            c("oh that works way better. can you send a quote for the tables chairs and 2 canopies", None),
            t("Sure. Five tables, 30 chairs, two canopies, delivery and pickup: I'll put the quote in this chat in ten "
              "minutes. If the headcount goes up before June 1st just tell me and I'll add chairs, no change fee."),
        ],
        [
            _o3,
            t("Congrats! Tell me more about the party you're picturing."),
            c("just a bbq in the backyard. 40ish people. june 7", None),
            t("Love it. So what I'm hearing is you need our Celebration Package: a 20x40 frame tent, 40 chairs, 6 tables, "
              "linens and string lights for $1,150. Did I get that right?"),
            c("no? i said bbq in the yard. i just need tables and chairs", "no_need"),
            t("Totally, and just to play that back: you want your guests comfortable and covered, so really what you "
              "need is the tent with sidewalls in case of rain, is that correct?"),
            c("i dont need walls its june in texas. how much for just tables and chairs", "no_need"),
            t("Understood. So what you're saying is comfort matters to you, which is why clients like you go for the "
              "padded chairs at $6 instead of the $2.50 folding ones. Sound right?"),
            c("no thats not what im saying at all. never mind", None),
        ],
    ),
    gpair(
        "b217g_manchester_football_tickets", "football club ticket office, Manchester, UK", "upsell_as_loop_closing",
        "A dad rings for two tickets for his son's twelfth birthday, his first match; budget about 120 pounds for both.",
        [
            _o4,
            t("Oh brilliant, first match is a big one. Have you got a budget in mind, and is there anything that'd make "
              "it special for him, like where you sit?"),
            c("Budget's about a hundred and twenty for both. He's mad about the goalkeeper, he'd love to see the "
              "warm-up close up.", None),
            t("So two seats, around a hundred and twenty all in, and as close to the keeper's warm-up as we can get. The "
              "North Stand lower tier is where the keepers warm up before kick-off, and two seats there are fifty-two "
              "each, so a hundred and four. Does that sound right?"),
            c("That's spot on. Is there anything for birthdays? I saw something about messages on the screen.", None),
            t("There is, a birthday message on the big screen at half-time, twenty-five pounds. That would take you a bit "
              "over your budget, so only if you want it. You can add it up to forty-eight hours before the game."),
            c("Let me leave that for now and see how we're fixed for money nearer the time.", "no_money"),
            t("No problem at all. So that's two North Stand lower seats for the 14th, a hundred and four pounds. I'll "
              "email the tickets now, and the screen message link is in the same email if you want it later. Happy "
              "birthday to your lad."),
        ],
        [
            _o4,
            t("Great choice for a first match! Tell me, what would make this the perfect experience for him?"),
            c("Just seeing the keeper up close really. He's mad about him. Budget's about a hundred and twenty for the "
              "two of us.", None),
            t("Lovely. I've got two in the North Stand lower at a hundred and four. Before we finish, what else can I add "
              "for you to make it complete? The Junior Matchday Pack is thirty-five, with a scarf, programme and a pie voucher."),
            c("No, I think we're alright with just the tickets.", "no_need"),
            t("Understood. And just to close the loop on everything you might need, is there anything else I can do for "
              "you? The stadium tour on the morning of the match is twenty-two each, he could see the dressing rooms."),
            c("That's going well over what I said. I told you, a hundred and twenty.", "no_money"),
            t("Absolutely, I've noted your budget. Last thing, so nothing's missed: would you like the birthday screen "
              "message for twenty-five, and ticket protection at six pounds in case he's poorly on the day?"),
            c("Just the two tickets, please. That's all I rang for.", "no_need"),
            t("Of course. Is there anything else I can add for you today?"),
        ],
    ),
    gpair(
        "b217g_kinsale_boat_hire", "self-drive boat hire, Kinsale, Co. Cork, Ireland", "leading_tag_questions",
        "A Dutch mother on holiday wants a boat for two hours tomorrow; the husband has sailed on lakes, the kids want seals.",
        [
            _o5,
            t("Hello, you're very welcome. It is, yes. Has either of you driven a small boat before, and what are you "
              "hoping to do out there, a bit of fishing, or just see the harbour?"),
            c("My husband did a little sailing on lakes in the Netherlands, but not on the sea. The children want to see "
              "seals, they are talking about nothing else.", None),
            t("Lake sailing is a good start. Then I'd suggest our six-metre motor boat. It stays inside the harbour and "
              "it's very easy to handle. Seals are often near Charles Fort at low tide, and low tide tomorrow is around "
              "eleven. Would a ten o'clock start suit you?"),
            c("Ten is good. But how much is it? Yesterday we paid a lot for a dolphin tour and we saw nothing.", "bad_experience"),
            t("That's disappointing, I'm sorry. It's a hundred and ten euro for two hours, with life jackets for all four "
              "and a ten-minute briefing before you go. I can't promise seals, they're wild, but I'll show you on the map "
              "where they usually are. If the weather's bad we move you to another day or refund you in full."),
            c("Okay, that is fair. Please book us for ten.", None),
            t("Done. Ten o'clock tomorrow at the pier beside the Trident, please come at a quarter to for the briefing. "
              "Bring a jumper for the kids, it's colder on the water than you'd think."),
        ],
        [
            _o5,
            t("Hello and welcome! Tell me, what kind of experience are you looking for out on the water?"),
            c("The children want to see seals. My husband has sailed a little, on lakes only.", None),
            t("Perfect. You'll want the eight-metre cabin cruiser so, won't you? It's far more comfortable for the children."),
            c("Is it not too big for him? He has never driven on the sea.", None),
            t("Ah, he'll be grand, sure he's sailed before, hasn't he? And you'd want the full half day really, two hours "
              "goes nowhere, doesn't it?"),
            c("How much is the half day with the big one?", None),
            t("Two hundred and ninety. Great value for a family memory, isn't it? And you'd want the fishing kit as well, "
              "the kids would love that, wouldn't they?"),
            c("Two hundred ninety is very much. We only wanted two hours for the seals. It is too much for us.", "too_expensive"),
            t("Sure you wouldn't want to miss the seals over a few euro though, would you?"),
            c("We will think about it. Thank you.", "think_it_over"),
        ],
    ),
    gpair(
        "b217g_florida_keys_cabin_ac", "holiday park cabins, Florida Keys, USA", "putdown_question",
        "A son comes to the front desk after the cabin's air conditioning failed overnight; his 78-year-old mother got no sleep.",
        [
            _o6,
            t("I'm sorry, that's a rough night, and sorry about the wait too. Is your mom okay right now? Does she need "
              "water or somewhere cool to sit while we sort this out?"),
            c("She's in the car with the engine running for the AC. She's fine, just wiped out. I want it fixed or we "
              "want another cabin.", None),
            t("Understood. Our maintenance guy starts at eight, so I can't promise a repair before then. Cabin 9 is "
              "empty, same layout, and it's closer to the bathhouse. Would moving there this morning work for you?"),
            c("Cabin 9 is fine. But honestly I'm wondering whether to just cut the trip short. This is the second park "
              "this year where something's broken on us.", "bad_experience"),
            t("I get that. You've got three nights left. If you'd rather leave, I'll refund those nights, no questions. "
              "If you stay, I'll take last night off the bill for the trouble. Which would you rather?"),
            c("We'll stay. She likes the pool. Can somebody help with the bags?", None),
            t("Yes, I'll come over myself with the golf cart in five minutes, and I'll check the AC in cabin 9 before "
              "your mom goes in."),
        ],
        [
            _o6,
            t("Okay, let's take a breath. I'm sure it wasn't that bad. What exactly happened with the AC?"),
            c("It quit. At one in the morning. My mother is seventy-eight and she didn't sleep.", None),
            t("Right. And did anyone maybe fiddle with the thermostat? Guests set it to sixty and freeze the unit all "
              "the time. Did you happen to do that?"),
            c("Nobody touched it. Are you saying this is on us?", None),
            t("Not at all, I'm just trying to understand your experience. But you do realize this is Florida in July and "
              "a little heat never killed anybody, right? So how can I make your stay better?"),
            c("Unbelievable. Give me another cabin or give me my money back.", None),
            t("I hear you. Could you maybe lower your voice so we can talk about what you actually need here?"),
            c("What I need is a manager. Now.", None),
        ],
    ),
    gpair(
        "b217g_london_concert_rescheduled", "ticket agency customer line, London, UK", "not_my_department_or_read_the_terms",
        "A customer's concert has been moved to a date she cannot make; she wants her money back, booking fee included.",
        [
            _o7,
            t("Sorry to hear that, a date change is a pain when you've made plans around it. Can I take your order "
              "number so I can see exactly what you bought?"),
            c("It's 4471-2290. Two standing tickets, and I paid a booking fee of about nine pounds on top.", None),
            t("Thanks. Because the date moved, you're entitled to a full refund of the face value, that's a hundred and "
              "twelve for the two, and on a rescheduled show the booking fee comes back too. The only thing that "
              "wouldn't is a delivery charge for paper tickets. Did you have mobile tickets or paper?"),
            c("Mobile. So I get all of it back?", None),
            t("All of it, a hundred and twenty-one pounds, back to the card you paid with. I can start it now; it usually "
              "takes five to seven working days to show. Shall I go ahead, or would you rather wait and see whether "
              "your travel plans change?"),
            c("Honestly, they won't change. Go ahead.", None),
            t("Done. You'll get an email with a refund reference within the hour. If the money isn't there by the 10th, "
              "reply to that email and it comes straight back to me."),
        ],
        [
            _o7,
            t("I completely understand how frustrating that must be, and I appreciate you reaching out. What's your "
              "order number?"),
            c("4471-2290. I just want my money back, I can't do March.", None),
            t("Thanks for sharing that. So what I'm hearing is you'd like a refund. Unfortunately refund decisions sit "
              "with the promoter, not with us, so that's not really my department."),
            c("But I bought them from you. It's your name on the email.", None),
            t("I hear you. If you read the terms and conditions, section 9 covers rescheduled events, it's all in there. "
              "I didn't make the rules, I'm afraid."),
            c("I have read it. It says I can ask for a refund within fourteen days. I'm asking.", None),
            t("Absolutely, and the refund form is on the website under Help. The booking fee you'd have to take up with "
              "our finance team, they're a separate department. Is there anything else I can help you with today?"),
            c("You haven't helped me with anything. Forget it, I'll go through my bank.", None),
        ],
    ),
    gpair(
        "b217g_mombasa_church_lunch_caterer", "event caterer, Mombasa, Kenya", "social_proof_or_deadline_pressure",
        "The treasurer of a church women's group needs a buffet for a 150-person fundraising lunch on a fixed food budget.",
        [
            _o8,
            t("Nzuri sana, and thank you for calling. Tell me about the lunch: is it a sit-down or a buffet, and what "
              "will people at your church expect to eat on a day like that?"),
            c("Buffet. Pilau is a must, otherwise the mamas will complain. Chapati, some kachumbari. But we have only "
              "ninety thousand for the food, because the whole point is to raise money, not to spend it.", None),
            t("Understood, the lunch is there to raise money, not to eat it. Ninety thousand for one fifty is six hundred "
              "a head. I can do beef pilau, chapati, kachumbari and a fruit platter at five eighty a head, so about "
              "eighty-seven thousand. Would that work, or shall I price chicken as well?"),
            c("Five eighty... Another caterer told us five hundred, but they want us to bring our own serving people.", "too_expensive"),
            t("That can be cheaper, and if you have volunteers it may be the better deal. Mine includes four servers and "
              "the chafing dishes. If your mamas are happy to serve, I can drop the servers and come to five twenty. "
              "Which would you prefer?"),
            c("Let me take both to the committee on Sunday. They don't like me deciding alone.", "think_it_over"),
            t("That makes sense. I'll send both prices on WhatsApp today, with servers and without, so you can show them. "
              "I'll keep the 28th free for you until Wednesday, and you call me after your meeting."),
        ],
        [
            _o8,
            t("Karibu! You've come to the right place. Tell me, what does a successful lunch look like for your group?"),
            c("Pilau for sure. Chapati, kachumbari. We have about ninety thousand for food, the idea is to raise money.", None),
            t("Great, I hear you. Our Harambee Package is seven hundred a head, that's one hundred and five thousand. "
              "Honestly, almost every big church in Nyali and Bamburi uses us now, even St. Peter's had us last month."),
            c("One hundred and five is above our budget. We agreed ninety in the committee.", "no_money"),
            t("I understand. But I can only hold the seven hundred rate until five o'clock today. From tomorrow it's seven "
              "fifty because of the new price of rice, and everyone is booking the end of the month now."),
            c("I cannot decide today. The committee meets on Sunday.", "think_it_over"),
            t("The thing is, by Sunday the 28th may be gone, I have three other groups asking. Most treasurers just pay the "
              "deposit and tell the committee after. Shall I send you the M-Pesa number?"),
            c("No, that is not how we do things. I will look for someone else.", None),
        ],
    ),
    gpair(
        "b217g_greystones_golf_membership", "golf club membership office, Co. Wicklow, Ireland", "keyword_stuffed",
        "A South African golfer who has just moved to Greystones asks about joining; he plays Saturdays and his teenage daughter is keen.",
        [
            _o9,
            t("Morning, and welcome to Wicklow. We've a few membership types, so it depends how you'd play. Would you "
              "mostly be out at weekends, midweek, or both? And is it just yourself?"),
            c("Mostly Saturdays, and my daughter's fifteen, she's keen. Back home she played junior competitions. "
              "Midweek I'm working in town, so that's out.", None),
            t("So Saturdays for you, and something for a fifteen-year-old who's used to competitions. Full membership is "
              "eighteen hundred a year with a once-off joining fee of a thousand, and juniors are two hundred and fifty "
              "with their own competitions on Saturday mornings. The joining fee is the bit people baulk at."),
            c("Ja, that's the bit. A thousand euros up front, I'm still paying for the move. Is there any way round it?", "no_money"),
            t("There is. You can spread the joining fee over three years at no extra cost. Or there's a trial: play three "
              "rounds with a member at a green fee of forty each and see if you like the place before you commit to "
              "anything. Would you want to try that first?"),
            c("The trial sounds good. Can my daughter come along?", None),
            t("She can, juniors play free with a parent on a trial. I'll put you both in with Dermot, our membership "
              "captain, this Saturday at ten, and I'll email you the fees so you have them in writing."),
        ],
        [
            _o9,
            t("Morning, and welcome! At our club it's all about understanding your needs and building a relationship "
              "that delivers a world-class golfing experience. What does success look like for you?"),
            c("Uh, a course to play on Saturdays? And something for my daughter, she's fifteen.", None),
            t("Absolutely, I really hear that, and I feel family is at the heart of the experience. We're passionate about "
              "partnering with members on their golfing journey. Does that resonate with you?"),
            c("Sure... but what does it actually cost?", None),
            t("Great question. Membership is an investment in your wellbeing and your relationships, and we tailor the "
              "experience to each member's needs. There's a joining contribution and an annual subscription."),
            c("How much is the joining fee? That's what I need to know. I've just paid for a move across the world, "
              "there isn't a lot left over.", "no_money"),
            t("Totally understand, and I want you to feel valued. Let me share our membership experience brochure, it "
              "really captures our values and the success our members enjoy. How satisfied are you with our "
              "conversation so far?"),
            c("Not very. Just email me the prices, thanks.", "brush_off"),
        ],
    ),
    gpair(
        "b217g_chicago_bowling_birthday", "bowling alley party bookings, Chicago, USA", "rude",
        "A father calls back about a tenth-birthday party for twelve kids, one with a serious peanut allergy; about $300 to spend.",
        [
            _o10,
            t("I'm sorry about that, that shouldn't happen. I can help you right now. What date were you looking at, and "
              "about how many kids?"),
            c("Saturday the 19th, afternoon. About twelve kids. And, uh, one of them has a pretty serious peanut allergy, "
              "so I need to know about the food.", None),
            t("Okay, Saturday the 19th, twelve kids, one serious peanut allergy. Our pizza and cake come from places that "
              "don't use peanuts, but the kitchen shares a fryer, so I'd skip fries for that party. Were you thinking of "
              "the party room, or on the lanes only?"),
            c("What's the difference? I'm trying to keep this under three hundred, that's kind of the limit.", None),
            t("Lanes only is $22 a kid for two hours of bowling, pizza and a drink, so $264 for twelve. The party room "
              "adds $75, which would put you over. Plenty of parents just bring a cake and do it on the lanes."),
            c("Lanes only, then. Can I pay the deposit next week though? Payday's Friday.", None),
            t("Sure. I'll hold the 19th at two p.m. until next Friday with no deposit. I'll text you a confirmation, plus a "
              "note about the kitchen you can pass to the allergy kid's mom so she can decide about the food herself."),
        ],
        [
            _o10,
            t("Yeah, we get a lot of calls. What do you need? I've got someone on the other line."),
            c("Okay, sorry. A party for the 19th, twelve kids. One has a serious peanut allergy, I need to ask about the food.", None),
            t("Look, it's a bowling alley, not a hospital. Pizza is pizza. I totally understand your concern, but we can't "
              "start customizing menus for every kid, right?"),
            c("I'm just asking if there are peanuts in the kitchen. It's kind of important.", None),
            t("Sir, I hear you. Party room is $75 on top of $22 a head. Do you want to book it or not? Because I've got "
              "parents waiting who actually know what they want."),
            c("That's more than I've got for this. I was thinking three hundred, tops.", "no_money"),
            t("Well, birthday parties cost money, that's kind of how it works. Anything else I can help you with today?"),
            c("No. I'll take her somewhere else. Thanks for nothing.", None),
        ],
    ),
]
