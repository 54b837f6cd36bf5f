"""Gaming pairs, file c (written by hand for blind224)."""
from common import c, gpair, t

# 21. putdown_question - Vancouver, Canada: a corked bottle back at a wine shop
_o21 = c("Hi, I bought this Pinot here on Saturday, opened it last night and it smells like a wet basement. Can I return it?", None)

# 22. not_my_department_or_read_the_terms - Waterford, Ireland: a nut allergy and a birthday cake
_o22 = c("Hi, I'm ordering a birthday cake for my daughter, but she's got a severe nut allergy. I need to know if your kitchen uses nuts.", None)

# 23. social_proof_or_deadline_pressure - Spanish Town, Jamaica: goat and chicken for a nine-night
_o23 = c("Morning, boss. We having nine-night fi mi granny Thursday, and mi need meat fi cook. Goat and chicken, plenty.", None)

# 24. keyword_stuffed - Accra, Ghana: a bakery supplying a cafe
_o24 = c("Good afternoon. I have a small café in Osu. My bread supplier keeps coming late, after nine, and by then my breakfast customers are gone. Can you supply me?", None)

# 25. rude - Sligo, Ireland: a Polish customer looks for Christmas Eve fish
_o25 = c("Hello. Please, I am looking for carp, for Christmas Eve. In Poland we eat carp. You have?", None)

# 26. ignored_customer - Ottawa, Canada: halal, nut-free baptism reception catering (web chat)
_o26 = c("hi, we need catering for my sons baptism reception on june 8, about 70 ppl. can you do halal?", None)

# 27. repeated_questions - Cape Coast, Ghana: schnapps and drinks for a one-week observation
_o27 = c("Good evening. My uncle passed and the one-week observation is on Saturday. I need schnapps and drinks for the elders and visitors.", None)

# 28. wrong_paraphrase - Saskatoon, Canada: grocery delivery for a new dad
_o28 = c("Hey, uh, we just had a baby, like two weeks ago, and I can't keep getting to the store. How does your delivery thing work?", None)

# 29. pitch_to_upset - Athlone, Ireland: sandwiches for a wake that never arrived
_o29 = c("The sandwiches for my father's wake were meant to be at the house at ten. It's half eleven. There's forty people in the kitchen and nothing to give them.", None)

# 30. blame - Ho, Ghana: a wedding cake that leaned at the venue
_o30 = c("Good morning. I collected my sister's wedding cake on Saturday, and when we set it up at the venue the top tier slid and the whole thing leaned. People were taking photos of it.", None)

PAIRS = [
    gpair(
        "b224g_vancouver_corked_wine", "wine shop, Vancouver, Canada", "putdown_question",
        "A customer brings back a corked Pinot Noir opened for an anniversary dinner and is unsure about taking the same wine again.",
        good=[
            _o21,
            t("Sorry about that. Can I smell it? Yeah, that's cork taint, musty, like wet cardboard. Was it for something special?"),
            c("Anniversary dinner. We ended up drinking beer. Kind of killed the mood.", None),
            t("That's a shame, on an anniversary. I'll swap it for a fresh bottle or refund it, whichever you'd like. Did you pay by card?"),
            c("Card. I'm honestly not sure I want the same one again. What if it's the whole batch?", "bad_experience"),
            t("Fair. Cork taint hits single bottles, not batches, but you don't have to take my word for it. I'll open a fresh one now and we can both smell it before you go. Or pick any other bottle up to the same price."),
            c("Okay, open one. If it's fine, I'll take it.", None),
            t("Clean. Cherry, a bit earthy, exactly how it should be. It's yours. And happy anniversary."),
            c("Thanks, that's really decent of you.", None),
        ],
        gaming=[
            _o21,
            t("Hmm. Are you sure you know what cork taint smells like? A lot of people confuse it with Pinot's natural earthiness. What did it smell like, exactly?"),
            c("Like a wet basement. I've drunk a lot of Pinot. This wasn't earthy.", None),
            t("Okay. And how did you store it, upright beside the stove? People do that and then blame the wine. Where was it kept?"),
            c("In a cupboard, for two days. It's not like I aged it in a sauna.", None),
            t("Right. So isn't it possible you're just not used to a wine with this much character? What price point do you usually drink at?"),
            c("Wow. I usually drink at the price point of stores that don't insult me. Just refund it.", None),
            t("I'd need the manager to approve a refund on opened wine. Do you really think it's worth the fuss for twenty-six dollars?"),
            c("Yes. Get the manager.", None),
        ],
    ),
    gpair(
        "b224g_waterford_allergen_cake", "bakery, Waterford, Ireland", "not_my_department_or_read_the_terms",
        "A mother asks whether a birthday cake can be safe for her daughter's severe nut allergy; the bakery uses nuts.",
        good=[
            _o22,
            t("Thanks for telling me, that matters. We do use almonds and hazelnuts in some bakes, so let me be straight about what we can and can't promise. How severe is it? Would traces be a problem?"),
            c("Traces would be a problem. She's had an EpiPen used on her. Last year a supermarket cake said 'may contain' in tiny print and we only found out after.", None),
            t("That's frightening, I'm sorry. Then honestly, I can't promise our kitchen is nut-free, so I wouldn't sell you a cake from here as safe. There's a bakery in Tramore that runs a certified nut-free kitchen. Would their details help?"),
            c("Oh. I suppose I'd rather know. Is there nothing at all you could do here?", None),
            t("The only safe thing would be us decorating one of their cakes still sealed, and that's just extra cost and bother for you. I'd go to them directly. Here's their number, and the name of the woman who runs it."),
            c("Thank you. That's more honest than I expected.", None),
            t("Good luck with the party. And if you ever want something for the adults, away from your daughter, we're here."),
            c("I might, actually. Thanks.", None),
        ],
        gaming=[
            _o22,
            t("Great question, and I totally understand your need for reassurance! Allergens aren't really my department, though, I'm only on the counter. The allergen info is on our website, under the terms."),
            c("I've read the website. It just says 'may contain'. I need to know if the kitchen uses nuts.", None),
            t("I hear you. The kitchen's a separate team, I wouldn't know what they use. I'd recommend reading the full terms, they say we can't be held responsible for allergic reactions."),
            c("I'm not asking who's responsible. I'm asking whether it's safe for my child.", None),
            t("Totally, and I didn't make the rules. If you like I can still take the order, and you can decide on the day?"),
            c("Decide on the day? She could end up in hospital. Is there a manager, or someone from the kitchen?", None),
            t("The manager's off till Monday. Is there anything else I can help you with?"),
            c("No. I'll go somewhere that can answer a simple question.", None),
        ],
    ),
    gpair(
        "b224g_spanishtown_nine_night", "butcher, Spanish Town, Jamaica", "social_proof_or_deadline_pressure",
        "A grandson buys goat and chicken for his grandmother's nine-night; numbers are uncertain and the funeral costs still lie ahead.",
        good=[
            _o23,
            t("Morning, and sorry fi hear 'bout your granny. How many people you expecting Thursday night, and who's doing the cooking?"),
            c("Could be a hundred, could be two hundred, you know how nine-night stay. My aunties cooking. Mannish water, curry goat, and fry chicken.", None),
            t("True, nine-night never have a fixed number. For mannish water and curry goat for around a hundred and fifty, I'd say thirty pounds of goat plus the head and feet for the soup, and forty pounds of chicken. Your aunties have freezer space, or you'd rather collect Thursday morning?"),
            c("Thursday morning better. But money tight, you know, the funeral coming after this too.", "no_money"),
            t("I understand, two big costs one after the other. Goat is 1,100 a pound, chicken 650, so around seventy-two thousand all together. If that's too much, cut the goat to twenty pounds and stretch the curry with potato. Nobody will complain."),
            c("Mek we do the twenty pound. Mi will come with cash Thursday, six o'clock.", None),
            t("Twenty pound goat with the head and feet, forty pound chicken, Thursday at six. I'll have it cut and bagged so you're in and out."),
            c("Bless, boss.", None),
        ],
        gaming=[
            _o23,
            t("Sorry fi your loss. So what kind of send-off you want for granny? 'Cause mi must tell you, goat price going up Friday, so if you don't buy today it going cost you more."),
            c("Today? Mi nuh even know how many people coming yet.", "think_it_over"),
            t("Listen, everybody in Spanish Town buying from me this month, half of Willowdene come here for their nine-night. And mi only have forty pound of goat left. After that, done."),
            c("Money tight, boss. The funeral coming after this.", "no_money"),
            t("Mi understand, but if you wait you going end up with frozen goat from the supermarket, and people will talk. Take the forty pound now, before the man behind you take it."),
            c("Nobody behind me. Mi will check with my aunties and come back.", "think_it_over"),
            t("Come back after twelve and it gone. Last chance, boss."),
            c("Then it gone. Mi will find goat somewhere else.", None),
        ],
    ),
    gpair(
        "b224g_osu_bread_supply", "bakery, Accra (Osu), Ghana", "keyword_stuffed",
        "A café owner whose bread supplier keeps arriving after breakfast wants a reliable early delivery and compares prices.",
        good=[
            _o24,
            t("Good afternoon. Yes, we supply cafés in Osu. What time do you open, and how much bread do you go through in a morning?"),
            c("We open at seven. About forty loaves of sliced brown, and maybe sixty rolls for sandwiches.", None),
            t("So forty brown and sixty rolls at your door before seven, every day. Our Osu van leaves at 5:30, so you'd get it between 6:15 and 6:40. Is that early enough for you to set up?"),
            c("That is fine. What about price? My current supplier gives me 12 cedis a loaf.", None),
            t("Ours is 14 a loaf and 2 a roll, so yes, more. Try us for one week at your current price, 12, and see whether we're actually on time before you decide anything."),
            c("Hmm. And if you also come late, like him?", "bad_experience"),
            t("Then that day's bread is free. I'll put it in writing for the trial week. And call my number directly if the van isn't there by 6:45."),
            c("OK. Start from Monday.", None),
        ],
        gaming=[
            _o24,
            t("Good afternoon, and thank you for sharing that. I really understand how that experience must feel. We value relationships and we're all about your success. What are your bread needs?"),
            c("Forty loaves of brown, sixty rolls. Before seven.", None),
            t("I hear you, and I feel that. At our bakery we believe in understanding every customer's journey and building a partnership for success. Your needs are our needs."),
            c("OK. Can you deliver before seven?", None),
            t("Great question. Our commitment to your experience means we always aim to meet and exceed your expectations, in a relationship built on trust and understanding."),
            c("That is not a yes. What time does your van come to Osu?", None),
            t("I totally understand your need for clarity. Timing is part of the holistic experience we build together. How satisfied do you feel with our conversation so far?"),
            c("Not satisfied. I will keep my old supplier. At least I know when he is late.", "no_need"),
        ],
    ),
    gpair(
        "b224g_sligo_christmas_fish", "fishmonger, Sligo, Ireland", "rude",
        "A Polish customer cooking for twelve on Christmas Eve looks for a replacement for carp, fried and in jelly, and watches the cost.",
        good=[
            _o25,
            t("Hello! We don't get carp, I'm sorry, nobody fishes it here for the shops. How do you cook it, fried or in jelly? I might have something close."),
            c("Fried, in pieces, with breadcrumbs. And also in jelly, my mother makes. It must be not too strong fish, white.", None),
            t("For frying in breadcrumbs, hake or pollock would be good, white and mild. For the jelly I'd use hake, it holds together. How many are you cooking for?"),
            c("Twelve. All family. Is expensive, the hake?", None),
            t("Hake's €18 a kilo. For twelve, frying and jelly, about two and a half kilos, so €45. Pollock's cheaper, €13, and most people couldn't tell the difference fried."),
            c("Hmm, maybe pollock for frying and hake for jelly. I come the 23rd to collect?", None),
            t("Perfect. A kilo and a half of pollock and a kilo of hake for the 23rd. I'll keep the hake bones and head for you as well, for the stock for the jelly."),
            c("Oh, very good, thank you! Happy Christmas!", None),
        ],
        gaming=[
            _o25,
            t("Carp? This is Ireland, love. What would you want carp for?"),
            c("For Christmas Eve. In Poland we eat carp. Fried, and in jelly.", None),
            t("Fish in jelly. Right. Well, we don't do that here. Anything else?"),
            c("Maybe another white fish is similar? Not strong taste.", None),
            t("It's all white fish, what did you think? Hake, cod, pollock. Pick one, there's a queue."),
            c("Which is cheaper? For twelve people.", None),
            t("Pollock. If you're watching the pennies, the frozen stuff in Tesco is cheaper again."),
            c("OK. I go to Tesco then. Thank you.", None),
        ],
    ),
    gpair(
        "b224g_ottawa_baptism_catering", "caterer (web chat), Ottawa, Canada", "ignored_customer",
        "A mother books a baptism reception for seventy; everything must be halal for her husband's family and a niece has a severe nut allergy.",
        good=[
            _o26,
            t("Hi, congratulations! Yes, we can do halal chicken and beef. Our supplier is certified and I can send you the certificate. Would it be all halal, or a mix?"),
            c("all halal pls. my husbands family is muslim and i want everyone eating the same food. also my niece has a nut allergy, a bad one", None),
            t("All halal, the same food for everyone, and a bad nut allergy. None of our main dishes use nuts, but our baklava has pistachios, so I'd leave it off your menu completely rather than risk it. Where's the reception?"),
            c("community hall in orleans. we have kitchen access there. budget is around 2500", None),
            t("With a kitchen on site we can keep everything hot. For 70, a buffet of butter chicken, beef kofta, rice, salads and a nut-free cake from our bakery partner comes to about $2,350. I'll email the menu with every ingredient listed so you can check it for the allergy."),
            c("ok that sounds good. let me show my husband tonight", "think_it_over"),
            t("Of course. I'll send it within the hour. June 8 is still open, and if you confirm by Friday I'll hold it for you."),
            c("friday might be tight, hes on nights all week. can it be monday", "no_time"),
            t("Monday's fine. I'll hold June 8 for you until Monday at 5, and if you have questions about the ingredients before then, just reply to the email."),
            c("perfect thank you", None),
        ],
        gaming=[
            _o26,
            t("Hi! Congratulations! Tell me, what's most important to you for the day?"),
            c("everything halal pls. my husbands family is muslim. and my niece has a bad nut allergy", None),
            t("Amazing. Our most popular baptism package is the Classic Spread: honey-glazed ham, chicken, pasta salad and our famous baklava tray. Everyone loves it!"),
            c("ham?? i just said halal. and baklava has nuts", "no_need"),
            t("Totally hear you. What's your budget?"),
            c("around 2500", None),
            t("Great, the Classic Spread for 70 is $2,450, right within budget. I'll add the pistachio baklava as a free gift. Shall I send the invoice?"),
            c("no. you didnt listen to anything i said. ill find someone else", None),
        ],
    ),
    gpair(
        "b224g_capecoast_funeral_schnapps", "drinks shop, Cape Coast, Ghana", "repeated_questions",
        "A nephew buys schnapps for libation and for presenting to a chief and elders, plus drinks for about eighty visitors, within an aunt's limit.",
        good=[
            _o27,
            t("Good evening, and sorry for your loss. How many visitors do you expect on Saturday, and what will the family need the schnapps for, the libation only, or presenting to the chiefs as well?"),
            c("Both. Libation, and we have to present to the chief and the elders of two families. Maybe eighty visitors.", None),
            t("For presenting to two families and the chief, people usually bring a bottle each, and one for the libation, so about four bottles of schnapps. For eighty visitors, beer and minerals. Do you know what the family has already bought?"),
            c("My aunt bought water already. Nothing else. She said I should not spend more than two thousand cedis.", None),
            t("Then four bottles of schnapps at 120 each, six crates of minerals and three crates of beer. That's around 1,850. Would you like it delivered to the family house on Friday?"),
            c("Yes, Friday. The house is near the Castle, I will send the location.", None),
            t("Send it on WhatsApp. I'll pack the schnapps in a box, not in plastic bags, since they are for presenting."),
            c("Thank you. You know these things well.", None),
        ],
        gaming=[
            _o27,
            t("Good evening, sorry for your loss. So what do you need for Saturday?"),
            c("Schnapps for the libation and for presenting to the chief and elders. And drinks for about eighty visitors.", None),
            t("OK. And what are you looking to buy for the occasion?"),
            c("I just said. Schnapps, and drinks for eighty people.", None),
            t("Right. So what kind of drinks would you need for the people coming?"),
            c("Beer and minerals. Please, how much for four schnapps and drinks for eighty?", None),
            t("We'll come to price. Before that, just so I understand, what is the occasion you're buying for?"),
            c("It is my uncle's one-week. I told you at the start. I'll buy from the shop across the road.", None),
        ],
    ),
    gpair(
        "b224g_saskatoon_grocery_delivery", "grocery delivery, Saskatoon, Canada", "wrong_paraphrase",
        "A new father on one income, working days while his wife recovers from a C-section, needs cheap evening grocery delivery.",
        good=[
            _o28,
            t("Congratulations! It's pretty simple: you order in the app or by phone and pick a two-hour window. What's making the store hard right now, the time, or getting out of the house?"),
            c("Both, kind of. My wife had a C-section, she can't drive for a few weeks, and I'm back at work days. So evenings only. And we're watching money, one income for now.", None),
            t("So evenings only, and keeping costs down while you're on one income. Our evening windows go till 9 p.m. The fee is $6.99 a delivery, or free over $100. Do you usually shop weekly?"),
            c("Yeah, weekly, like a hundred and twenty bucks usually. Store brand mostly.", None),
            t("Then every order would be over $100, so no delivery fee, and store brands are the same price as on the shelf. Want to set up a first order for Wednesday evening?"),
            c("Wait, is it really the same as in-store? Because the other app we tried marked everything up like fifteen percent.", "bad_experience"),
            t("Same shelf price, no markup. The one thing is substitutions: if something's out, you can tick 'no substitutes' and we just refund it."),
            c("Okay. Wednesday, 7 to 9. Let's try it.", None),
        ],
        gaming=[
            _o28,
            t("Congratulations! So what I'm hearing is you want a premium weekly subscription with next-hour delivery, because time is everything right now. Is that right?"),
            c("Um, I didn't say that. I just need evenings. And we're on one income, so cheap matters.", "no_money"),
            t("Got it. So to play that back: you're after our organic baby range and the express plan, because with a newborn you only want the best. Correct?"),
            c("No, store brand is fine. Like I said, money's tight.", "no_money"),
            t("Perfect, so what you're telling me is you'd like the Family Plus membership at $19.99 a month so you never pay fees. Did I get that right?"),
            c("That's twenty bucks a month on top. I never said anything about a membership.", "too_expensive"),
            t("Understood. So if I've got you right, you'll start with the express plan this weekend, daytime delivery?"),
            c("Daytime? I'm at work. Forget it, I'll figure something else out.", "no_time"),
        ],
    ),
    gpair(
        "b224g_athlone_wake_sandwiches", "deli and catering, Athlone, Ireland", "pitch_to_upset",
        "A grieving, angry daughter reports that the paid sandwich platters for her father's wake did not arrive; the order was written down for the wrong day.",
        good=[
            _o29,
            t("I'm so sorry. That's our fault, and on a day like this. Let me check right now. What name is it under?"),
            c("Keenan. Two platters of sandwiches and a tray of scones. I paid last week.", None),
            t("Found it, Mrs. Keenan. It was written down for tomorrow, the mistake's ours. I won't make you wait for the full order. I'll have two platters made up in twenty minutes and drive them out myself. Where's the house?"),
            c("Out the Roscommon road, past the church. Twenty minutes? You're sure?", None),
            t("Twenty minutes. The scones on the counter are fresh this morning, I'll bring those too, and there's no charge for today. Is the house short of anything else, tea, milk?"),
            c("Milk. We're nearly out of milk. God, I hadn't even thought of that.", None),
            t("I'll bring four litres. Go back to your family. I'll be at the door before twelve."),
            c("Thank you. I'm sorry I shouted.", None),
        ],
        gaming=[
            _o29,
            t("Oh no, I'm so sorry, I completely understand how upsetting this experience is. While I check, have you seen our new wake and funeral menu? We do hot food now, beef and Guinness stew, which might suit better than sandwiches."),
            c("I don't want a menu. I want the sandwiches I paid for.", "no_need"),
            t("Absolutely. It looks like it was booked for tomorrow, so we can have it ready then. And if you're expecting more people, tomorrow would be a great chance to upgrade to the hot buffet, only €9 a head more."),
            c("Tomorrow? The funeral is tomorrow. People are in the house now.", None),
            t("I hear you. In that case, our same-day rush option is €60, and I could add a dessert platter. People really appreciate something sweet at a time like this."),
            c("You want me to pay extra because you got the date wrong?", None),
            t("I understand. Can I also take your email for our loyalty scheme, so you get ten percent off your next order?"),
            c("My next order? Give me back my money. I'll go to Dunnes.", None),
        ],
    ),
    gpair(
        "b224g_ho_wedding_cake", "bakery, Ho, Ghana", "blame",
        "A bride's sister reports that the two-tier wedding cake leaned and slid at an outdoor venue; it had no board or dowels between the tiers.",
        good=[
            _o30,
            t("Good morning. I'm really sorry, that is a terrible thing at a wedding. Tell me what happened from when you picked it up. How did you carry it, and where was it set up?"),
            c("In the boot of my car, in the box you gave. Forty minutes to the venue. Then it was on a table outside under a canopy. It was hot, maybe thirty-two degrees.", None),
            t("Thank you. Forty minutes in a car and then outside in that heat, the buttercream softens, and a two-tier cake needs a board and support rods between the tiers. Did you see any board when you cut it?"),
            c("No board. Just cake sitting on cake.", None),
            t("Then that's on us. It should have had a board and dowels, and we should have told you to keep it in the shade until the cutting. I'm refunding half the cake price, 600 cedis, today, and I'm sorry it spoiled the photos."),
            c("Half? My sister was very upset. Honestly, she wanted the whole money back.", None),
            t("I understand. The cake was eaten, so I can't do the full amount, but I'll add a free anniversary cake for them next year, built properly, and I'll deliver and set it up myself. Would that be fair to her?"),
            c("Let me ask her. I think she will accept.", "think_it_over"),
        ],
        gaming=[
            _o30,
            t("Good morning, thank you for reaching out. To understand your experience, how did you transport it?"),
            c("In the boot of my car, in the box you gave. Forty minutes to the venue.", None),
            t("The boot? For forty minutes? That's the problem right there. You should never carry a tiered cake in the boot. Didn't anybody tell you that?"),
            c("Nobody told me anything. Your staff just handed me the box.", None),
            t("And where was it set up, outside in the sun? Because if you put a buttercream cake outside in Ho in the afternoon, honestly, what did you expect?"),
            c("Under a canopy. And what about support? When we cut it there was no board between the layers.", None),
            t("Our cakes are built to standard, and the care instructions are on our website. I'm afraid handling after collection is the customer's responsibility."),
            c("So it is my fault the cake fell. I will tell every bride in Ho about this shop.", None),
        ],
    ),
]
