"""Gaming pairs b01-b10 of blind217 (events, leisure and hospitality), written by hand."""
from common import c, gpair, t

# b01 ignored_customer - Cornwall, holiday park
_o1 = c("Hi there, I'm looking to book a caravan for October half-term, me, my partner and our two boys. The eldest "
        "uses a wheelchair, so I need to be careful what we pick.", None)

# b02 repeated_questions - Murang'a / Nairobi, ruracio photographer
_o2 = c("Hello, I am organising photos for my brother's ruracio in Murang'a on the 16th of next month. We need someone "
        "for the whole day. Are you available?", None)

# b03 wrong_paraphrase - San Antonio, quinceanera caterer
_o3 = c("Hi, good morning. My daughter's quinceanera is in September, around 150 guests, and I'm looking for someone "
        "to do the food. My sister used you for her husband's 50th.", None)

# b04 pitch_to_upset - Castlebar, Co. Mayo, funeral director
_o4 = c("Hello... sorry. My father died last night at home. The doctor's been. I don't know what I'm supposed to do "
        "next. Someone said to ring ye.", None)

# b05 blame - Nashville, concert mobile tickets
_o5 = c("Hi, I'm literally standing outside Bridgestone Arena, doors open in twenty minutes, and my tickets aren't "
        "showing in the app. It just says no tickets found. I paid over four hundred dollars for these.", None)

# b06 monologue - Yorkshire, golf society day
_o6 = c("Now then. I run a little golf society from work, there's about twenty-four of us, and we're after a day out "
        "in June. Someone said you do society packages.", None)

# b07 closing_as_open_question - Naivasha, lakeside resort
_o7 = c("Good evening. I want to bring my family to Naivasha for the Easter weekend. We are six, including my "
        "mother-in-law. What do you have?", None)

# b08 pitch_as_paraphrase - Lucan, Dublin, marquee hire
_o8 = c("Hiya, I'm looking for a bit of cover for the back garden, my daughter's twenty-first is on the 12th of July. "
        "There'll be thirty or so, and you know yourself, it could lash.", None)

# b09 upsell_as_loop_closing - Savannah, Georgia, wedding caterer
_o9 = c("Hey, it's Kayla Brooks, our wedding's the 21st. I'm just calling with the final headcount. It's 96, not 110. "
        "Four more people dropped out last week alone.", None)

# b10 leading_tag_questions - Birmingham, funeral plan
_o10 = c("Good morning. I'm seventy-four, my wife passed two years ago, and I'd like to sort out my own funeral now so "
         "the children aren't left with it. I saw your leaflet at the gurdwara.", None)

PAIRS = [
    gpair(
        "b217g_cornwall_holiday_park_access", "holiday park caravans, Cornwall, UK", "ignored_customer",
        "A mother books half-term for a family of four; her elder son uses a wide wheelchair and lives for the pool.",
        [
            _o1,
            t("Thanks for telling me that up front, it makes a big difference to which caravan I'd suggest. What does he "
              "need inside, is it mainly a ramp and wide doors, or a wet room and space to turn as well?"),
            c("Ramp and a wet room, definitely. He can transfer himself but the chair's quite wide. Last place we went the "
              "bathroom door was too narrow and he had to be lifted. He was mortified.", "bad_experience"),
            t("That's awful for him, I'm sorry. We've two adapted caravans, both with a ramp, an eighty-five-centimetre "
              "bathroom door and a level wet room. One is by the clubhouse, where it's flat; the other is up the hill "
              "nearer the sea, but the path is steep. Which matters more to you, the view or getting about easily?"),
            c("Getting about. He wants to go to the pool every day, that's the whole holiday for him.", None),
            t("Then the one by the clubhouse. The pool is step-free and there's a hoist, but I'll be honest, the "
              "lifeguard who works the hoist is only on from ten till two. Would that work for you?"),
            c("Ten till two is fine. What's the price for the week?", None),
            t("Five hundred and forty, Saturday to Saturday. I can hold it for forty-eight hours while you check with "
              "your partner, or book it now with a hundred pound deposit, whichever suits."),
            c("Book it now, before it goes. Thank you, honestly.", None),
        ],
        [
            _o1,
            t("Lovely! So tell me, what kind of holiday experience are you looking for this half-term?"),
            c("Mainly somewhere he can get around. He needs a ramp and a wet room, the chair's wide. Last place, the "
              "bathroom door was too narrow and he had to be lifted.", "bad_experience"),
            t("Great, thanks for sharing. We've a gorgeous Prestige caravan up on Cliff Top, sea views, decking, hot tub. "
              "Shall I pop you in that one?"),
            c("Has it got a ramp, though? Decking usually means steps.", None),
            t("It's our most popular unit for families. And what are the boys into? We've the Kids' Club, crazy golf, "
              "the climbing wall..."),
            c("He'd mostly want the pool. Does the pool have a hoist or a ramp? That's what I really need to know.", None),
            t("The pool's fantastic, flumes, wave machine. I'd add the Entertainment Pass at sixty-five, you get priority "
              "on all the activities. Shall I book Cliff Top with the pass?"),
            c("You haven't answered a single thing I asked. I'll ring the park directly.", None),
        ],
    ),
    gpair(
        "b217g_muranga_ruracio_photographer", "event photographer, Nairobi, Kenya", "repeated_questions",
        "A sister organising photos for her brother's ruracio (dowry ceremony) in Murang'a; the brother has 35,000 shillings.",
        [
            _o2,
            t("Hello, and congratulations to your brother. The 16th is free for me. What time does it start and end, and "
              "is it mostly the family photos you want, or the whole day including the food and dancing?"),
            c("We leave Nairobi at six in the morning, the negotiations start maybe ten, and it goes until evening. The "
              "elders don't want cameras inside during the negotiation itself. After that, everything.", None),
            t("Okay, so no cameras inside during the talks, which is normal, and everything after. Murang'a and back is a "
              "long day. My full day is forty-five thousand plus five thousand transport, and I can travel with your "
              "convoy so nobody waits for me."),
            c("Fifty thousand total... my brother said thirty-five. He is the one paying, not me.", "no_money"),
            t("I understand. If I start after the negotiations, around one, it becomes a half day at thirty thousand plus "
              "transport, so thirty-five. You'd lose the arrival and the procession, but keep the families, the gifts and "
              "the dancing. Do you want to ask your brother which he prefers?"),
            c("Yes, let me call him tonight. The half day sounds like what he can do.", "think_it_over"),
            t("Good. I'll WhatsApp you both options with some ruracio photos I took in Kiambu last month, and I'll keep "
              "the 16th for you until Friday."),
        ],
        [
            _o2,
            t("Hello! Great to hear from you. Tell me, what are you looking for in a photographer for this day?"),
            c("Someone for the whole day. We leave Nairobi at six, negotiations start at ten, it finishes evening. No "
              "cameras inside during the negotiations.", None),
            t("Okay, perfect. And just so I understand, what kind of coverage do you have in mind for the day?"),
            c("I have said. The whole day, except inside the negotiation.", None),
            t("Got it. Let me make sure I understand your needs: are you looking for full coverage, or part of the day?"),
            c("Full day. How much is it? My brother has thirty-five thousand.", None),
            t("Thank you. And what budget are you working with for the photography?"),
            c("Thirty-five. I just told you. Are you even reading what I write?", None),
            t("Absolutely, I hear you. So, to be clear, what are your expectations for the coverage on the day?"),
            c("Forget it. I will find someone who listens.", None),
        ],
    ),
    gpair(
        "b217g_san_antonio_quinceanera_catering", "event caterer, San Antonio, Texas, USA", "wrong_paraphrase",
        "A mother wants a buffet for her daughter's quinceanera, about 150 guests, a taco bar plus the grandmother's enchiladas, about $18 a head.",
        [
            _o3,
            t("Good morning, and thank you, say hello to your sister for me. Is it a buffet or a served dinner, and what "
              "kind of food does the family want?"),
            c("Buffet. Mexican, of course, but my daughter wants a taco bar, not the heavy stuff. And my mother-in-law, "
              "she will want her enchiladas, so maybe both.", None),
            t("So a buffet for about 150, a taco bar for the young crowd and enchiladas for your mother-in-law's side. "
              "That's easy to do together. Roughly what are you hoping to spend per guest?"),
            c("We said like eighteen a person. The dress and the hall already ate a lot of the budget, you know how it is.", None),
            t("I do. The taco bar with rice, beans and two salsas is sixteen fifty a person. Adding enchiladas for about "
              "fifty people brings it to around eighteen twenty-five overall. Does that work, or would you rather I do "
              "a smaller enchilada tray?"),
            c("Eighteen twenty-five, okay. But I want to taste first. I'm not signing anything without tasting, my "
              "cousin's caterer was a disaster.", "bad_experience"),
            t("Of course. We do tastings Tuesdays and Thursdays at four, free for events over a hundred guests. Bring your "
              "daughter and your mother-in-law if they can come, the enchiladas have to pass her test."),
            c("Thursday. She will be very strict, I warn you.", None),
        ],
        [
            _o3,
            t("Good morning! I'd love to hear about your vision for the day."),
            c("Buffet, around 150. My daughter wants a taco bar, and my mother-in-law will want her enchiladas.", None),
            t("Beautiful. So what I'm hearing is a plated three-course dinner for 200, with a champagne toast. Did I get "
              "that right?"),
            c("No, no. Buffet. 150. I never said champagne, she is turning fifteen.", None),
            t("Of course. And you mentioned budget isn't really a concern for this one, since it's once in a lifetime, "
              "correct?"),
            c("I did not say that. We have maybe eighteen a person. The dress already cost a lot.", None),
            t("Perfect. So just to confirm what you've told me: you'd like our Quince Royale package with the carving "
              "station, at forty-two a person. Did I understand you correctly?"),
            c("Forty-two? That's more than double. I told you eighteen. I think I'll call someone else.", "too_expensive"),
            t("Absolutely. And you said you'd want the dessert table too, right? That's what we usually do for quinces."),
            c("I didn't say that either. Goodbye.", None),
        ],
    ),
    gpair(
        "b217g_castlebar_funeral_director", "funeral director, Castlebar, Co. Mayo, Ireland", "pitch_to_upset",
        "A daughter rings the morning after her father died at home; her mother is on the pension and her brother is on the way.",
        [
            _o4,
            t("I'm very sorry for your loss. You've done the right thing ringing, and you don't have to know what to do, "
              "that's what we're here for. Can I ask your name, and is there anyone with you at the house?"),
            c("It's Siobhan. My brother's on the way from Galway. It's just me and Mam here.", None),
            t("Thank you, Siobhan. There's no rush at all. The first thing is whether your mam would like your dad to be "
              "waked at home, or to come in to us. Families do one or the other. Do you know what he'd have wanted?"),
            c("He'd want to be at home. He always said he wasn't going to be laid out in some room in town.", None),
            t("Then that's what we'll do. I can come out about two, bring him in for a few hours to prepare him, and have "
              "him back in the house by this evening. Would two suit, or would you rather wait till your brother's there?"),
            c("Wait for Liam, he'd never forgive us. He'll be here by four. And... I have to ask, what does all this cost? "
              "Mam's only on the pension.", None),
            t("Of course. A simple funeral with a plain coffin, the hearse and the wake at home is three thousand two "
              "hundred, and there's help like the bereavement grant I can explain later. I'll be out at half four and "
              "we'll go through it at the kitchen table. No decisions on the phone."),
            c("Thank you. Half four. Thank you.", None),
        ],
        [
            _o4,
            t("I'm so sorry for your loss, and thank you for trusting us with this journey. Can I ask, have you thought "
              "about what kind of farewell experience you'd like for your father?"),
            c("I... no. He only died last night. I don't know anything yet.", None),
            t("Totally understandable. A lot of families find comfort in our Heritage Package: solid oak coffin, two "
              "limousines, floral tributes and a livestreamed Mass for relatives abroad. It's six thousand eight "
              "hundred, and it really honours the person."),
            c("Six thousand... Mam's only on the pension, we couldn't. I just need to know what happens now, with him here.", "no_money"),
            t("I hear you. We also do finance over twenty-four months. And while I have you, have you thought about a "
              "pre-paid plan for your mother? It takes so much stress off the family when the time comes."),
            c("Are you serious? My father is lying upstairs.", None),
            t("I'm only thinking of what's best for the family. Shall I email you the brochure so you can look at the "
              "options tonight?"),
            c("Don't bother. I'll ring Corcoran's.", None),
        ],
    ),
    gpair(
        "b217g_nashville_mobile_tickets", "ticketing customer support line, Nashville, Tennessee, USA", "blame",
        "A fan outside the arena twenty minutes before doors cannot see her $400 tickets in the app.",
        [
            _o5,
            t("Okay, let's get you in. Can you give me the email address on the order, or the order number, so I can see "
              "it on my end?"),
            c("It's jess.morrow at gmail. Order ending 8812. I bought them in March.", None),
            t("Found it, two floor seats, section A. They're on the account, so the problem is the app, not the tickets. "
              "Are you logged in with that same Gmail, or could the app be signed in with another email?"),
            c("Oh my god. It might be my work email. I don't know. I just need to get in.", None),
            t("No problem. Fastest fix: go to the box office window on the Fifth Avenue side, show your ID and say order "
              "8812. I'm adding a note right now so they'll print them for you. Tonight when you're home I can help you "
              "sort out the app login."),
            c("Okay, I'm walking over. If this doesn't work I'm going to lose it.", None),
            t("It'll work, the note's on there now. If there's any problem at the window, call this number back and ask "
              "for me, Danielle, and I'll stay on the line with the box office."),
        ],
        [
            _o5,
            t("I totally understand how stressful that is. Can you tell me what happened?"),
            c("I open the app, it says no tickets found. Order ending 8812. Doors are in twenty minutes.", None),
            t("Okay, I see the order. So what's happened here is you're probably logged in with the wrong email. That's on "
              "your end, we can't control which account you sign into."),
            c("I don't even know which email I used, I bought them in March. Can you just fix it?", None),
            t("Honestly, the confirmation email said to load the tickets before arriving at the venue. If you'd done that, "
              "you wouldn't be in this situation, right?"),
            c("Okay, great, thanks for the lecture. What do I do NOW?", None),
            t("I hear you. You'd have to go to the box office, but they get slammed at doors, and if you miss the opener "
              "that's really because it was left to the last minute. Is there anything else I can help with?"),
            c("Unbelievable. If I don't get in I'm disputing this with my card company.", None),
        ],
    ),
    gpair(
        "b217g_yorkshire_golf_society_day", "golf club society bookings, North Yorkshire, UK", "monologue",
        "The organiser of a 24-strong works golf society, mixed ability, wants a June day with a carvery for about 50 a head.",
        [
            _o6,
            t("We do, aye. Before I rattle off prices, what sort of day do your lot like? Serious golf, or more a bit of "
              "fun and a good feed after?"),
            c("Bit of both. Half of them play off single figures, the other half couldn't hit a cow's backside with a "
              "banjo. And they'll want a carvery after, that's non-negotiable.", None),
            t("So a mixed bunch and a carvery to finish. Eighteen holes of strokeplay might be a long day for the "
              "beginners; a Texas scramble in fours keeps everyone in with a shout. What are you working to per head?"),
            c("Last year we paid forty-five a head at a place near Harrogate and the greens were like a ploughed field. "
              "So I'm not going over fifty unless it's decent.", "bad_experience"),
            t("Fair. Our June society package is forty-eight: bacon roll and coffee, eighteen holes, and a two-course "
              "carvery. The greens were cored in March, so they'll have settled by June. Would you like to come and play "
              "a round first and see for yourself?"),
            c("Can't get away before June, I'm flat out at work. Just send me the details and I'll put it to the lads.", "no_time"),
            t("Will do. I'll email the package, the three June Fridays we've still got, and a few photos of the greens "
              "from last week. Have a word with the lads and I'll hold whichever date they like for a fortnight."),
        ],
        [
            _o6,
            t("Great! Let me tell you about our society experience. We've the Championship course and the nine-hole "
              "Heathland, we host over two hundred societies a year, and our Gold package is sixty-five a head with "
              "breakfast, range balls, eighteen holes, buggies, nearest-the-pin and longest-drive prizes, a three-course "
              "dinner, and our pro will do a clinic if you like."),
            c("Right, well, we're a bit of a mixed bunch, half of them can't...", None),
            t("Everyone loves a buggy, it speeds things up, and the Platinum add-on gives you a halfway-house bacon "
              "sandwich and a branded polo for every player at twelve pounds extra. Most works societies go Gold with "
              "Platinum, it's the complete experience, and the photos look great in the company newsletter."),
            c("Sixty-five plus twelve? That's nearly eighty quid. The lads won't wear that.", "too_expensive"),
            t("What I'd say is, it's a day they'll remember, and with the prizes included you save on trophies. June's "
              "filling up fast, so I'd book early. Is there anything else you'd like to know?"),
            c("I was going to ask about the carvery, but tell you what, just email me summat and I'll have a look.", "brush_off"),
        ],
    ),
    gpair(
        "b217g_naivasha_easter_cottage", "lakeside holiday resort, Naivasha, Kenya", "closing_as_open_question",
        "A father from Nairobi wants Easter for six, including a mother-in-law with bad knees; he paid 55,000 in Nanyuki last year.",
        [
            _o7,
            t("Good evening, sir, you are welcome. For six we have family cottages and two-bedroom bandas near the lake. "
              "How old are the children, and does your mother-in-law manage stairs?"),
            c("The children are eight, eleven and fourteen. Mama has a problem with her knees, stairs are difficult for her.", None),
            t("Then the ground-floor family cottage is better. It has a double room for her next to the bathroom and no "
              "stairs at all. Easter is peak season, so three nights full board for six is seventy-two thousand. Is that "
              "within what you were planning?"),
            c("It is a bit high. Last Easter we went to Nanyuki, we paid fifty-five.", "too_expensive"),
            t("I understand. Friday to Sunday, two nights instead of three, is forty-eight thousand, and the boat ride to "
              "Crescent Island is included. Or three nights half board is sixty-one. Which sounds better for your family?"),
            c("Let me ask my wife, she is the one who plans. I will call you tomorrow.", "think_it_over"),
            t("Very good. I'll send the two options to your WhatsApp now, with photos of the cottage so she can see the "
              "room for Mama. I can hold it until tomorrow evening."),
        ],
        [
            _o7,
            t("Good evening and welcome! Tell me, how would you like to pay for your Easter getaway, M-Pesa or card?"),
            c("Eh, I have not chosen anything yet. I am asking what you have for six people.", None),
            t("Of course. We have the Lakeview Villa, it's perfect for families. What would it take for you to book it tonight?"),
            c("I don't know. How much is it? And my mother-in-law cannot climb stairs.", None),
            t("It's ninety-five thousand for three nights. So which name should I put the booking under, yours or your wife's?"),
            c("Ninety-five! That is more than I can spend. I was thinking fifty, sixty.", "no_money"),
            t("I hear you. What would need to happen for you to go ahead with the villa today?"),
            c("It would need to be half the price and have no stairs. Good night.", "too_expensive"),
        ],
    ),
    gpair(
        "b217g_lucan_twenty_first_marquee", "marquee and party hire, Dublin, Ireland", "pitch_as_paraphrase",
        "A mother wants cover over a small Lucan back garden for her daughter's 21st: about 30 standing, a barbecue, a few hundred euro.",
        [
            _o8,
            t("Happy twenty-first to her! And you're right, July is no guarantee. How big is the garden roughly, and "
              "would people be sitting down to eat, or standing around with a drink?"),
            c("It's not big, a semi-d in Lucan, maybe eight metres by ten. Standing mostly, there'll be a barbecue and a "
              "few nibbles. The young ones will be dancing, God help us.", None),
            t("Eight by ten, thirty standing and a bit of dancing. A six by eight metre marquee would fit with room to get "
              "round the barbecue, which has to stay outside it for safety. With side walls and fairy lights it's six "
              "hundred and forty, up the day before and down on the Monday."),
            c("Six forty! I was thinking more like three hundred. We're not made of money.", "no_money"),
            t("Fair enough. For three hundred I could do two four-by-four gazebos with sides, linked together. They'd keep "
              "thirty people dry, but there's less room for dancing. Would it help if I sent photos of both set up in "
              "gardens about your size?"),
            c("Go on, send them. I'll show her first, she'll have opinions.", "think_it_over"),
            t("I'll send them to your phone this afternoon. The 12th is free at the moment, so have a look together and "
              "give me a shout by the end of next week."),
        ],
        [
            _o8,
            t("Happy birthday to her! Tell me a bit about what you're imagining."),
            c("Just something over the garden in case it rains. Thirty or so, barbecue, a few nibbles. It's a small "
              "garden in Lucan.", None),
            t("Lovely. So what you're saying is you need our Grand Pavilion, a nine by twelve clearspan with a dance floor "
              "and chandelier, at one thousand four hundred. Is that right?"),
            c("Nine by twelve won't fit, the garden's only eight by ten. I never said anything about a dance floor.", None),
            t("Got you. So what I'm hearing is you want the young people to have a proper night, which really means the "
              "six by eight with our LED dance floor and a bar unit, one thousand and fifty all in. Have I got that right?"),
            c("No, what I want is to keep them dry. A thousand quid is a joke for a barbecue in a back garden.", "too_expensive"),
            t("I hear you. Just to reflect back: you want her twenty-first to be unforgettable, so the bar unit is really "
              "what you're after. Shall I pencil it in?"),
            c("No. I'll pick up a couple of gazebos in Woodie's. Bye now.", "no_need"),
        ],
    ),
    gpair(
        "b217g_savannah_wedding_headcount", "wedding caterer, Savannah, Georgia, USA", "upsell_as_loop_closing",
        "A bride rings three weeks out with a lower final headcount; her parents are paying and stressed about the total.",
        [
            _o9,
            t("Hi Kayla, thanks for letting me know, 96 it is. Since the number's gone down, do you want to keep the same "
              "menu, or is there anything you were hoping to change while we're at it?"),
            c("Same menu. Just, honestly, I need to know the new total. My parents are covering it and they've been stressing.", None),
            t("Of course. At $58 a head, 96 comes to $5,568, plus the 20 percent service charge, so $6,681.60. That's $974 "
              "less than the quote for 110. Your $2,000 deposit is paid, so the balance is $4,681.60, due on the 14th."),
            c("Oh, that's a relief. Is there anything I've forgotten? This is my first time doing any of this.", None),
            t("Two things to check. Do any of the 96 have allergies we haven't been told about? And would you like the "
              "leftover food boxed for the family? Both are free, I just need to know."),
            c("Two gluten-free, my cousins. And yes to the boxes, my grandma will want them.", None),
            t("Got it: two gluten-free plates, and boxes at the end of the night. I'll email the updated invoice today so "
              "your parents can see it in writing."),
        ],
        [
            _o9,
            t("Hi Kayla! Thanks for the update. So before we wrap up, what else can I add for you to make the day perfect? "
              "A lot of couples add our late-night slider station at $9 a head."),
            c("No, I don't think so. I really just wanted to give you the headcount and get the new total.", "no_need"),
            t("Totally. And just to make sure nothing's missed, is there anything else you need? Our champagne toast is "
              "only $6 a guest, and it closes the evening beautifully."),
            c("My parents are paying and they're already stretched. We can't add stuff.", "no_money"),
            t("Understood, I hear you. One last thing to close the loop: would you like to upgrade the plated salmon to "
              "surf and turf? It's only $14 more per guest."),
            c("No. Can you just tell me the new total?", "no_need"),
            t("Of course, I'll email that over. Anything else I can add for you today?"),
            c("Just the invoice. Please.", None),
        ],
    ),
    gpair(
        "b217g_birmingham_funeral_plan", "funeral directors, pre-paid plans, Birmingham, UK", "leading_tag_questions",
        "A 74-year-old Sikh widower wants a simple cremation planned and paid so his children are spared; a friend lost money in a failed plan.",
        [
            _o10,
            t("Good morning, and I'm sorry about your wife. It's a kind thing to do for your children. Can I ask what's "
              "important to you, for the funeral itself and for how it's paid?"),
            c("Cremation, and the service at the gurdwara, simple. My son will do the rites. Nothing fancy. What I worry "
              "about is whether the money is safe. My friend paid into a plan with some company and it went bust.", "bad_experience"),
            t("That's a real worry and you're right to ask. Our plans are held in a trust and we're regulated by the "
              "Financial Conduct Authority, so if we closed, your money is protected. For a simple cremation with the "
              "service at the gurdwara, the plan is three thousand nine hundred, paid at once or over up to five years."),
            c("Three thousand nine hundred. I have some savings. But maybe I'm better just leaving the money in the bank "
              "for them.", "think_it_over"),
            t("That's a fair option, and some people do exactly that. The difference is the plan fixes today's price for "
              "what it covers, and savings don't. Would it help to take the details home and go through them with your "
              "son before you decide anything?"),
            c("Yes. He comes on Sunday. I'll show him.", None),
            t("Good. I'll give you the plan document, the trust details and my direct number. If your son has questions "
              "he's welcome to ring me or come in with you."),
        ],
        [
            _o10,
            t("Good morning, and thank you for coming in. You'll want to take the worry off your children completely, "
              "won't you?"),
            c("Yes, that's the idea. Cremation, the service at the gurdwara, simple. My friend paid into a plan and the "
              "company went bust, so I want to know the money is safe.", "bad_experience"),
            t("Absolutely. Well, you'd want the Premier plan then, wouldn't you? It covers everything, the limousine and "
              "the wake included, so nobody has to lift a finger."),
            c("I don't need a limousine. My son will drive. How much is the Premier?", "no_need"),
            t("Five thousand eight hundred. You wouldn't want the family thinking you'd cut corners, would you? And "
              "monthly is easier on the pocket, isn't it?"),
            c("That's a lot more than I expected. I was thinking three, four thousand.", "too_expensive"),
            t("Of course. But it's peace of mind, and you can't put a price on that, can you? Shall we get the form "
              "started today?"),
            c("No. I would like to talk to my son first.", "think_it_over"),
        ],
    ),
]
