"""Ranked pairs d01-d10 of blind217: two decent conversations, `better` is better. Written by hand."""
from common import c, rpair, t

# d01 Ennis, Co. Clare - hotel wedding enquiry
_o1 = c("Hi, we're looking at a wedding here in November next year, a Friday, about a hundred and twenty guests. Can you "
        "tell me what the package is?", None)

# d02 Westlands, Nairobi - corporate party catering
_o2 = c("Good morning, I'm calling from the HR office at Equatorial Bank. We are planning our staff end-year party in "
        "Westlands on the 13th of December, about eighty people. I need a quote for food.", None)

# d03 Birmingham - concert tickets for a wheelchair user
_o3 = c("Good afternoon. I want to buy tickets for the concert at the arena in Birmingham in April. My daughter is in a "
        "wheelchair, she is sixteen, and she is going with her friend.", None)

# d04 Columbus, Ohio - public golf course annual pass
_o4 = c("Morning. I retired as of last month and I'm thinking about getting one of your annual passes. What do they run?", None)

# d05 Leeds - funeral director, son arranging his mother's funeral
_o5 = c("Hello. My mum died on Tuesday in St James's. The hospital gave me your number. I've never done this before and "
        "I'm on my own with it, my brother's in Australia.", None)

# d06 Carrick-on-Shannon - river cruiser hire
_o6 = c("Hi, we're thinking of hiring one of your cruisers on the Shannon for a week at Easter. Two adults and three kids. "
        "None of us has ever driven a boat.", None)

# d07 Manhattan - City Hall elopement photographer
_o7 = c("hey! were getting married at city hall in manhattan on the 3rd, just us two. do you do short sessions? we dont "
        "need a whole wedding thing", None)

# d08 Diani, Kwale - beach cottages
_o8 = c("Hello, good evening. We want to come to Diani for the August holiday, me, my husband and our two children, they "
        "are five and eight. How much are your cottages?", None)

# d09 Wye, Kent - party hire for a village-hall sixtieth
_o9 = c("Hello, I'm organising my husband's sixtieth in the village hall in Wye, about seventy people, in September. I "
        "need to hire tables, chairs, linen, the lot.", None)

# d10 Durham, North Carolina - minor league baseball ticket plans
_o10 = c("Hi, I got your email about season tickets. We came to a bunch of games last summer, but seventy home games? "
         "I don't know.", None)

PAIRS = [
    rpair(
        "b217r_d01_ennis_hotel_wedding",
        "A groom asks a Co. Clare hotel about a November Friday wedding for 120; half the bride's family fly in from Boston. "
        "Better asks why a winter Friday and where the guests will stay, and solves the real problem (rooms for the Boston "
        "relatives); worse gives an accurate package and a show-around without finding that out.",
        [
            _o1,
            t("Congratulations! I can, of course. Before I do, can I ask what drew you to a Friday in November? It helps me "
              "know which package makes sense."),
            c("Money, mostly, if I'm honest. Everyone says off-season is cheaper. And half of Siobhan's family are coming "
              "from Boston, so we need it handy to Shannon.", None),
            t("That makes sense. Our winter Friday package is seventy-five a head, so nine thousand for a hundred and twenty, "
              "against ninety-five on a summer Saturday. With people flying in, where are they planning to stay?"),
            c("That's the bit we haven't figured out. They'll want to be here a few days, not just the night. The last hotel "
              "we asked wanted a hundred and sixty a room.", None),
            t("For a wedding your size we'd hold thirty rooms at ninety-five a night for three nights, and guests book them "
              "themselves, so it's not on your bill. Would that take care of the Boston crowd?"),
            c("That'd be a huge help. I'd want to see the rooms before I tell them to book, though.", None),
            t("Of course. Come down any Saturday morning and I'll show you the function room set for a wedding and a couple "
              "of bedrooms, and I'll give you the room-block details in writing to send to Boston."),
        ],
        [
            _o1,
            t("Congratulations! Our winter Friday package is seventy-five a head, so nine thousand for a hundred and twenty. "
              "It includes the drinks reception, a four-course meal, wine with dinner and the evening food."),
            c("That's not bad. What about rooms? A lot of the guests are coming from Boston.", None),
            t("We've sixty-eight bedrooms, and wedding guests get ten percent off the going rate, so usually around a hundred "
              "and five a night in November."),
            c("Right. I'll have to see what they think, they might go for an Airbnb.", "think_it_over"),
            t("No problem. Would you like to come in for a show-around? We do them on Saturday mornings."),
            c("Yeah, we'll do that. Next Saturday maybe.", None),
            t("Grand, I'll pencil you in for half ten next Saturday. Bring your fiancee and any questions you have."),
        ],
    ),
    rpair(
        "b217r_d02_nairobi_staff_party_catering",
        "A bank HR officer needs catering for 80 staff. Better asks how last year went, learns the food ran out and halal "
        "was doubted, and designs around that within the fixed budget, with a free tasting; worse quotes the standard "
        "buffet, trims it to budget and adds a halal option on request.",
        [
            _o2,
            t("Good morning, thank you for calling. For eighty I can give you a quote today. Before I do, how did last "
              "year's party go for the food? It tells me what to do and what to avoid."),
            c("Honestly, last year was bad. The caterer ran out of meat by eight, and the Muslim staff couldn't eat most of "
              "it, they were not sure it was halal. People complained to HR for weeks.", "bad_experience"),
            t("That's useful, thank you. So two things: enough food for the whole evening, and halal you can prove. We buy "
              "from a certified halal butcher in Eastleigh and I can send the certificate with the quote. Roughly how many "
              "are Muslim or vegetarian?"),
            c("Maybe fifteen Muslim staff, five vegetarian. And the budget is two thousand five hundred a head, it's fixed "
              "by finance.", None),
            t("Then I'd make the whole buffet halal, so nobody has to ask, with two vegetarian mains, and cook for ninety, "
              "not eighty. That comes to two thousand four hundred a head. I can do a free tasting for you and one "
              "colleague on Tuesday, if you want to check before you commit."),
            c("Tuesday I have payroll, I can't leave the office. Can you do Thursday?", "no_time"),
            t("Thursday at one, at our kitchen in Parklands. I'll email the quote and the halal certificate today so you "
              "can show finance first."),
        ],
        [
            _o2,
            t("Good morning. For eighty people our standard buffet is two thousand six hundred a head: two meats, rice, "
              "chapati, vegetables, salad and dessert, plus soft drinks."),
            c("Two thousand six hundred is above. Finance gave us two five.", "no_money"),
            t("I can do two thousand five hundred if we take out the dessert and serve fruit instead. Is there anyone with "
              "special diets?"),
            c("Some Muslim staff, and a few vegetarians.", None),
            t("No problem, we can add a halal option and a vegetable curry at the same price. I'll email the quote this "
              "afternoon."),
            c("Okay, send it. I'll compare with the others.", "think_it_over"),
        ],
    ),
    rpair(
        "b217r_d03_birmingham_arena_access_tickets",
        "A Nigerian-British mother buys concert tickets for her 16-year-old wheelchair-user daughter and a friend. Better "
        "asks whether the friend helps her, which makes the second ticket free, and is honest that the platform is "
        "side-on; worse sells two platform tickets correctly at full price.",
        [
            _o3,
            t("Good afternoon, happy to help you sort it. Will her friend be helping her on the night, pushing the chair or "
              "with the toilet, or is she going along just as a friend?"),
            c("Her friend helps her, yes. Amaka can't push herself for long, the chair is manual. Why do you ask?", None),
            t("Because if her friend is her personal assistant, the second ticket is free. You'd register her access needs "
              "with us once, with her PIP letter or a GP letter. Then she's on the raised platform, with her friend in the "
              "seat beside her."),
            c("Ah, that is good news. I have the PIP letter. But can she see from the platform? At a show in London she "
              "was behind people standing, she saw nothing.", "bad_experience"),
            t("That's a fair worry. Here the platform is raised about a metre at the side of the floor, and standing fans "
              "can't go in front of it. To be honest, it's side-on, not centre. Her ticket is sixty-two pounds. Shall I "
              "start the registration now and hold both platform places for forty-eight hours while you send the letter?"),
            c("Yes, do that. I'll scan the letter tonight.", None),
            t("Done. You'll get an email with the upload link. Once it's approved I'll confirm both tickets and send you the "
              "step-free route from the car park."),
        ],
        [
            _o3,
            t("Good afternoon. We have wheelchair spaces on the accessible platform. They're sixty-two pounds each, so a "
              "hundred and twenty-four for your daughter and her friend."),
            c("Okay. And can she see from there? At a show in London she was behind standing people, she saw nothing.", "bad_experience"),
            t("The platform is raised, so she'll see over the floor. It's at the side of the arena."),
            c("Alright. A hundred and twenty-four is a lot for two teenagers, but it is her birthday.", None),
            t("Shall I book the two platform tickets now? I'll email them, and there's accessible parking in car park one."),
            c("Yes, go ahead.", None),
        ],
    ),
    rpair(
        "b217r_d04_columbus_golf_annual_pass",
        "A newly retired man asks about an annual pass at a public course. Better asks how often and with whom, fits the "
        "weekday pass and a junior add-on, then meets his doubt with a low-risk ten-round card credited toward the pass; "
        "worse lists the passes accurately and leaves him to think it over.",
        [
            _o4,
            t("Congratulations on retiring! They run from nine hundred to sixteen hundred, depending on when you play. How "
              "often do you picture getting out, and who with?"),
            c("Well, that's the thing, I don't really know yet. The wife thinks I'll be out every day. I figure two, three "
              "times a week. My grandson plays too, he's thirteen, I'd like to take him in the summer.", None),
            t("Two or three times a week, and summers with your grandson. Then the weekday pass at nine hundred is probably "
              "right, weekends are the crowded days anyhow, and juniors can be added for a hundred and fifty for the "
              "summer. Do you walk or ride?"),
            c("Walk, as long as the knees hold up. Nine hundred's not nothing, though, when I'm not sure I'll use it.", "think_it_over"),
            t("That's fair. You could buy a ten-round card for three hundred and twenty, and if you upgrade to the pass "
              "within sixty days we credit the whole amount. You'd find out how often you really play before you commit."),
            c("Now that's sensible. Let's do the card.", None),
            t("Done. I'll put your name on it and note the sixty-day credit on your account, so nobody at the counter "
              "argues with you about it."),
        ],
        [
            _o4,
            t("Congratulations on retiring! Our full annual pass is sixteen hundred, any day, any time. The weekday pass is "
              "nine hundred. Both include range balls."),
            c("Weekday's probably me. I might bring my grandson in the summer, though, he's thirteen.", None),
            t("Juniors can be added for a hundred and fifty for the summer. So weekday pass plus junior is ten-fifty."),
            c("Nine hundred's not nothing when I don't know how much I'll play yet. Let me think on it.", "think_it_over"),
            t("Sure. That price holds through the end of the month. I'll give you a brochure to take home."),
            c("Sounds good.", None),
        ],
    ),
    rpair(
        "b217r_d05_leeds_funeral_director",
        "A son alone in Leeds arranges his mother's funeral; his brother is in Australia. Better goes at his pace, asks "
        "what his mum was like, and offers a direct cremation with a later gathering his brother can attend, without "
        "pushing; worse is kind and accurate but leads with the standard package and price.",
        [
            _o5,
            t("I'm so sorry about your mum. We'll take it one step at a time, and you can stop me whenever you need to. Can "
              "I start by asking what she was like, and whether she ever said what she wanted?"),
            c("She was... no fuss. She used to say don't waste money on me when I'm gone. She wanted cremating. And she "
              "loved her garden.", None),
            t("No fuss, cremation, her garden. Some families choose a direct cremation, with no service at the crematorium, "
              "and hold their own gathering later, maybe in the garden, when everyone can come. That's one thousand six "
              "hundred. A traditional funeral with a service is about four thousand two hundred. Either is fine."),
            c("Honestly I'd love Dave to be here for it. But I feel bad not having a proper funeral. What would people think?", None),
            t("That's a very normal worry. Plenty of families hold the gathering at home or in a church hall with the ashes "
              "there, with a celebrant if they want one, and it's every bit a proper goodbye. You don't have to decide "
              "today. Would it help to talk to Dave tonight and ring me tomorrow?"),
            c("Yes. I'll ring him tonight, it's morning there.", None),
            t("Good. I'll email you both options with the prices written out, and we'll look after your mum in the "
              "meantime, there's no rush on our side."),
        ],
        [
            _o5,
            t("I'm so sorry for your loss. We'll take care of everything. Our standard funeral, with a service at Lawnswood "
              "crematorium, the hearse, one limousine and our fees, is four thousand two hundred."),
            c("Four thousand... that's a lot. Mum wouldn't want a fuss, she always said not to waste money on her.", "too_expensive"),
            t("I understand. We can leave out the limousine, which brings it to three thousand eight hundred. There's also "
              "a direct cremation at one thousand six hundred, without a service."),
            c("I'll need to talk to my brother, he's in Australia.", "think_it_over"),
            t("Of course. Ring me once you've spoken, and we'll look after your mum until then."),
            c("Thank you.", None),
        ],
    ),
    rpair(
        "b217r_d06_carrick_shannon_cruiser",
        "A family of five with no boating experience want a Shannon cruiser at Easter. Better asks what kind of week they "
        "want and is honest that cold water and a windy Lough Derg don't suit novices in early spring, offering a river "
        "route or June; worse books them correctly but leaves those limits for the training session.",
        [
            _o6,
            t("Lovely idea. Don't worry about never having driven one, nearly half our hirers haven't, and everyone gets two "
              "hours of training before leaving Carrick. What are you hoping to do on the week, big distances or pottering "
              "between villages?"),
            c("Pottering. The kids want to swim and stop at pubs for chips. My husband wants to get to Lough Derg, he saw "
              "it on the telly.", None),
            t("I'll be honest with you: Easter is early this year, the water's cold for swimming, and Lough Derg is a big "
              "open lake that gets rough in a spring wind, so we sometimes advise new crews not to cross it. If you stick "
              "to the river and the small lakes down to Athlone, the kids get their chip stops and nobody's white-knuckled. "
              "Would that suit, or would June be better?"),
            c("He'll be disappointed. What's the difference in June?", None),
            t("June is calmer and warmer, with long evenings, but it's two thousand one hundred for the week against "
              "fourteen hundred at Easter. June with Lough Derg, or Easter on the river, both work."),
            c("June's a bit steep for us. We'll do Easter on the river, and he can have his Lough Derg another year.", "too_expensive"),
            t("Sounds like a good plan. I'll send you the route map with the chip stops marked, and your training time "
              "for the Saturday."),
        ],
        [
            _o6,
            t("Lovely idea. Our four-berth cruisers sleep five, and Easter week is fourteen hundred. You get two hours of "
              "training before you set off from Carrick, so no experience is needed."),
            c("Great. My husband wants to get as far as Lough Derg.", None),
            t("That's about three days down. You'd keep an eye on the weather crossing the lake; we go through that in the "
              "training."),
            c("Okay. And the kids want to swim off the boat.", None),
            t("They can, there are plenty of spots, and life jackets are included. Shall I book Easter week?"),
            c("Let me check the dates with work first and come back to you.", "think_it_over"),
        ],
    ),
    rpair(
        "b217r_d07_manhattan_city_hall_elopement",
        "A couple eloping at City Hall want a short session; both sets of parents are abroad. Better asks what would make "
        "the photos theirs, finds the parents can't come, and builds the shoot around sending them the day, keeping that "
        "part when cutting to budget; worse offers a sensible package and a discount without learning why.",
        [
            _o7,
            t("Congrats! Yes, I do City Hall mornings all the time. What would make the photos feel like yours? And is anyone "
              "else watching, even from far away?"),
            c("honestly just us. my parents are in manila and his are in lagos so nobody can come. we want something we can "
              "send them that feels like they were there", None),
            t("That's lovely, and it changes what I'd shoot: the ceremony, you two signing, and a video call with each family "
              "on the steps so I can photograph you on the phone with them. One hour is $450 with about 150 edited photos "
              "in a week. Would that cover it?"),
            c("omg the video call idea. yes. 450 is a bit more than we planned tho, we said 350", "no_money"),
            t("I can do 45 minutes for $350 and keep the video calls, since that sounds like the heart of it; we'd skip the "
              "walk to the Brooklyn Bridge afterward. Want me to hold the 3rd?"),
            c("yes please hold it!! ill send the deposit tonight after he gets home", None),
            t("Perfect. I'll send a link for the $100 deposit and a short list of what to bring, the marriage license and "
              "your IDs, so nothing holds you up in line."),
        ],
        [
            _o7,
            t("Congrats! I have a City Hall package: one hour, ceremony plus portraits around lower Manhattan, about 150 "
              "edited photos, $450."),
            c("nice. 450 is a bit more than we planned tho, we said 350", "no_money"),
            t("I can do 45 minutes for $350, covering the ceremony and portraits just outside City Hall."),
            c("ok that works. our parents cant come so we want good ones to send them", None),
            t("Totally, you'll have them within a week. Want me to hold the 3rd?"),
            c("yes please", None),
        ],
    ),
    rpair(
        "b217r_d08_diani_beach_cottage",
        "A Nairobi mother books an August week at Diani for two small children who have never seen the sea. Better asks "
        "what the children want and is honest about the kusi season (rough sea, seaweed), then plans around low tide; "
        "worse gives a fair price and discount but lets the family arrive expecting calm water.",
        [
            _o8,
            t("Good evening, you are welcome. The two-bedroom cottages are twelve thousand a night in August. Before you "
              "book, what are the children looking forward to most, the beach or the pool?"),
            c("The beach! They have never seen the sea. We promised them they will swim in the ocean every day.", None),
            t("Then I should be honest with you. In August the kusi wind is blowing, the sea is rougher and some mornings "
              "there's a lot of seaweed on the beach. The little ones can still paddle at low tide, but it's not the calm "
              "water you see in the December pictures. Does that change anything for you?"),
            c("Eh. Nobody told us that. But August is the only time, the school closes. We can't move it.", None),
            t("Understood. Then I'd give you the garden-side cottage next to the shallow children's pool, and plan beach "
              "time around low tide; I'll send you the tide table, and on the first morning I'll walk you to the part of "
              "the beach where the reef keeps the water calm."),
            c("Okay, that is helpful. But twelve thousand a night for seven nights is too much for us. Can you do something?", "no_money"),
            t("For seven nights I can do ten thousand five hundred a night with breakfast, and I'll hold the dates until "
              "Friday while you speak with your husband."),
        ],
        [
            _o8,
            t("Good evening, you are welcome. The two-bedroom cottages are twelve thousand a night in August, with a kitchen, "
              "and there's a swimming pool for the children."),
            c("Twelve thousand a night for seven nights is too much for us. Can you do something?", "no_money"),
            t("For seven nights I can do ten thousand five hundred a night, with breakfast."),
            c("Okay, that is better. The children want to swim in the ocean every day, they have never seen the sea.", None),
            t("They will love it. The beach is just in front of the cottages. Shall I hold the dates while you speak with "
              "your husband?"),
            c("Yes, hold them until Friday.", None),
        ],
    ),
    rpair(
        "b217r_d09_wye_village_hall_sixtieth",
        "A wife organises her husband's 60th in a village hall for 70. Better asks what the hall already has before "
        "quoting, so she may need only linen and a PA, and holds both with no deposit; worse quotes the full furniture "
        "set, trims it on price and adds a PA.",
        [
            _o9,
            t("Lovely, happy birthday to him. Village halls vary a lot, so can I ask what the hall already has? Many have "
              "their own tables and chairs stacked in a cupboard."),
            c("Oh, do they? I hadn't thought. I think there are chairs. I'll be honest, I've never looked in the cupboards.", None),
            t("Worth a look before you spend anything. If they have chairs and trestles, all you'd need from us is linen to "
              "dress the trestles, about ninety pounds for ten tables, instead of about four hundred for the full "
              "furniture. Is it a sit-down meal or a buffet?"),
            c("Buffet, and a bit of a dance, he likes his Motown. But I can't get down to the hall this week, I'm minding "
              "the grandchildren every day.", None),
            t("No problem, the hall's bookings secretary can usually tell you over the phone. A small PA is sixty pounds, "
              "plenty for Motown in a hall that size. Shall I pencil in the linen and the PA for now, with no deposit "
              "until you know about the furniture?"),
            c("Yes, that's perfect. I'll ring Brenda about the cupboard.", None),
            t("Great. I'll email you both options, linen only or the full set, so whatever Brenda says you'll know the price."),
        ],
        [
            _o9,
            t("Lovely, happy birthday to him. For seventy I'd suggest nine six-foot trestles, seventy chairs and white linen. "
              "That's three hundred and ninety pounds, delivered and collected."),
            c("Three ninety. Hmm, that's more than I expected for some tables and chairs.", "too_expensive"),
            t("I can do plain folding chairs rather than the padded ones, which brings it to three hundred and forty. Is "
              "there anything else you need, like a PA?"),
            c("Yes, he likes his Motown. Something for a bit of a dance.", None),
            t("The small PA is sixty pounds, so four hundred all in. Shall I book it?"),
            c("Let me check with my daughter and ring you back.", "think_it_over"),
        ],
    ),
    rpair(
        "b217r_d10_durham_baseball_ticket_plan",
        "A dad who came to eight or nine Friday fireworks games with his daughters is wary of season tickets. Better asks "
        "which games and with whom, rules out the full season, fits a Friday plan and is honest when buying at the gate "
        "would be as good; worse offers smaller plans accurately and gets a polite brush-off.",
        [
            _o10,
            t("Ha, seventy is a lot of baseball. Can I ask which games you came to last year, and who with? That tells me "
              "which plan, if any, makes sense."),
            c("Mostly Friday nights, the fireworks ones, with my two girls. Maybe eight or nine games. Saturdays are soccer "
              "for them.", None),
            t("Then a full season would be a waste of money for you. There's a Friday Fireworks plan: twelve Fridays, three "
              "seats, $396, about eleven a seat against fifteen at the gate. Would twelve Fridays be about right, or more "
              "than you'd really go to?"),
            c("Twelve is probably more than we'd actually make. Some Fridays I'm working late, can't get there for first pitch.", "no_time"),
            t("Fair. Unused tickets can be swapped for any other Friday that season, so a missed game isn't lost. But if "
              "you'd only make six, the plan doesn't save you anything and you're as well buying as you go."),
            c("No, the swap thing makes it worth it. Let's do the Friday plan. Same seats as last year if you can, section 104.", None),
            t("I'll check 104 and email you three seat options by tomorrow; nothing's charged until you pick."),
        ],
        [
            _o10,
            t("Totally understand. We have smaller plans too: a half season is 35 games for $420 a seat, and the 20-game flex "
              "plan is $260 a seat."),
            c("For me and my two girls that's, what, seven, eight hundred bucks. That's a lot.", "too_expensive"),
            t("The flex plan lets you pick any twenty games, and you save about four dollars a ticket compared to the gate."),
            c("We mostly come Fridays. Twenty's probably more than we'd use.", "no_need"),
            t("You can pick all Fridays if you like. Shall I send you the flex plan details?"),
            c("Sure, send them over and I'll take a look.", "brush_off"),
        ],
    ),
]
