"""Gaming pairs, file a (written by hand for blind224)."""
from common import c, gpair, t

# 1. monologue - Cork, Ireland: christening cake at a bakery
_o1 = c("Hi there, I'm looking to order a cake for my little lad's christening, it's on the 14th. I've never ordered from ye before.", None)

# 2. closing_as_open_question - Kingston, Jamaica: drinks for a fiftieth at a liquor store
_o2 = c("Morning. Mi a plan a fiftieth birthday fi mi auntie, Saturday week, 'bout eighty people. Just come to price out the drinks.", None)

# 3. pitch_as_paraphrase - Accra, Ghana: grocery delivery for an elderly mother
_o3 = c("Hello, please, I saw your van in East Legon. Do you deliver to Adenta? My mother is there alone and I travel a lot for work.", None)

# 4. upsell_as_loop_closing - Halifax, Canada: haddock at the fishmonger
_o4 = c("Hi, I need haddock for fish and chips Friday. Six of us, two of them are kids.", None)

# 5. leading_tag_questions - Galway, Ireland: wine for a dinner party at an off-licence
_o5 = c("Hiya, I'm having a few people over Saturday and I haven't a clue about wine. Can you help?", None)

# 6. putdown_question - Montego Bay, Jamaica: a complaint about goat meat at the butcher
_o6 = c("Listen, mi buy four pound of goat meat here Saturday fi curry goat and it was pure bone and gristle. Mi nuh happy at all.", None)

# 7. not_my_department_or_read_the_terms - Toronto, Canada: grocery delivery chat, missing chicken
_o7 = c("hi my delivery came an hour ago and the ice cream is soup and the chicken is missing. order 55812", None)

# 8. social_proof_or_deadline_pressure - Kumasi, Ghana: funeral catering
_o8 = c("Good afternoon. We are burying my father on the 28th. The family asked me to find caterers. Maybe three hundred people.", None)

# 9. keyword_stuffed - Dublin, Ireland: a market cheese stall and a cafe owner
_o9 = c("Hi, I run a small café in Phibsborough. I'm thinking of doing a cheese toastie and I want an Irish cheese that melts well. What've you got?", None)

# 10. rude - Montreal, Canada: a bagel order for an office
_o10 = c("Hi, bonjour, I'd like to order bagels for my office, about sixty people, for Thursday morning. Is that possible?", None)

PAIRS = [
    gpair(
        "b224g_cork_christening_cake", "bakery, Cork, Ireland", "monologue",
        "A new customer orders a christening cake for about forty guests at her mother's house; one guest is coeliac.",
        good=[
            _o1,
            t("Congratulations! Lovely to have you. Tell me a bit about the day. Roughly how many are you feeding, and is it at home or in a hotel?"),
            c("Ah, about forty, I'd say. It's back at my mam's house after the church. Nothing too fancy, she's only a small kitchen.", None),
            t("Forty at your mam's, so it has to travel and fit in a small kitchen. Is there anyone with allergies, or a flavour the family always goes for?"),
            c("My husband's sister is coeliac, that's the one thing. And honestly the last christening cake we had, from another place, was a fruit cake like a brick. Nobody touched it.", None),
            t("So no heavy fruit cake, and something your sister-in-law can eat as well. One way we do that is a sponge for the main table, lemon or vanilla, and a small gluten-free one baked on its own day so there's no flour about. Would that suit, or would you rather one cake everyone shares?"),
            c("Two cakes sounds like it'd cost a fortune, to be honest.", "too_expensive"),
            t("Fair question. A forty-portion sponge is €85 with his name piped on, and the small gluten-free one is €25. If that's more than you planned, one gluten-free sponge for everybody is €95. It's a bit denser but most people wouldn't notice."),
            c("Ah no, €110 for the two is grand actually. I thought you were going to say double that.", None),
            t("Great. So that's a lemon sponge for forty and a small gluten-free vanilla, ready on the morning of the 14th, or the evening before if that's easier for you. A €30 deposit holds the date. Which collection time suits?"),
            c("The evening before, the 13th. I'll pay the deposit now so.", None),
        ],
        gaming=[
            _o1,
            t("Congratulations! So what's your vision for the day? Because let me tell you about our christening experience. We do the three-tier christening collection, a hand-moulded sugar baby on top, fondant booties, a personalised plaque, and a fruit cake base that keeps a whole year so you can save the top tier for the next baby, which is a lovely tradition, and most of our mums go for the gold-leaf option too."),
            c("Right, it's only about forty people, at my mam's house, so...", None),
            t("Perfect, perfect, forty is our sweet spot. The three-tier does a hundred portions, so you'll have plenty for the neighbours, and we've a matching cupcake tower, and a lot of families get the cake knife engraved as well, it becomes part of the whole experience. Honestly, you won't regret it."),
            c("I don't think I want a fruit cake, though. The last one we had, nobody ate it.", "bad_experience"),
            t("Ah, that's because it wasn't one of ours! Ours is fed with brandy for six weeks, it's a completely different experience. And what I'd also say is the gold leaf is only €40 extra, and the sugar baby we can do in blue, and the plaque has his full name and the date, and the whole package comes to €320 with the box and the stand hire."),
            c("Three hundred and twenty? I was thinking a hundred, tops.", "no_money"),
            t("Sure, but it's a once-in-a-lifetime day, and we do a payment plan, and we've the christening favours as well, little sugared almonds in organza bags, so everything matches. The other thing people love is the photo cake, we print a picture of the baby right onto the icing."),
            c("There's also someone coming who can't eat gluten, I was trying to say...", None),
            t("We'll sort all that nearer the time, don't worry! I'll pop you down for the three-tier gold, deposit's €100, and I'll email you our brochure with the balloon arch we do with the florist next door."),
            c("I've been trying to get a word in for five minutes. Forget it, I'll go somewhere else.", None),
        ],
    ),
    gpair(
        "b224g_kingston_rum_party", "liquor store, Kingston, Jamaica", "closing_as_open_question",
        "A niece prices drinks for her aunt's fiftieth, a yard party for about eighty; the family budget is fixed and a cousin holds the money.",
        good=[
            _o2,
            t("Morning, and big up your auntie! Eighty people. Is it a sit-down thing or more of a yard party? And what does the crowd usually drink?"),
            c("Yard party, evening going late. Older crowd mostly, dem drink white rum and Red Stripe, few of the ladies like wine. Plus nuff pickney, so juice and soda.", None),
            t("So white rum and beer for most, some wine, and plenty soft drinks for the children. Have you got a figure you're trying to stay under?"),
            c("Family putting together about seventy thousand for drinks. Not a dollar more, my cousin holding the money.", None),
            t("Seventy thousand can work. Rough plan for eighty over a long evening: six bottles of white rum, ten cases of beer, six bottles of wine, and the juice and soda. That's around sixty-four thousand. And anything sealed that you don't open, bring it back Monday for credit, so you don't get stuck if you overbuy."),
            c("Bring back? Mi did buy from a place downtown last Christmas and dem refuse to take back even one case.", "bad_experience"),
            t("That's frustrating, I hear you. I'll write the return terms on the quote itself and sign it, so your cousin has it in hand. You want me to write it up for him to look at first?"),
            c("Yes, write it up. Mi haffi show him before we pay anything.", "think_it_over"),
            t("No problem, here it is with the return note. I can hold the stock till Wednesday. Just call me and I'll have it boxed for Friday pickup."),
            c("Alright, that good. Mi will call Wednesday.", None),
        ],
        gaming=[
            _o2,
            t("Morning! Eighty people, beautiful. So tell me, what would it take for you to settle the drinks with us today?"),
            c("Today? Mi just come fi price it. Is a yard party, older crowd, white rum and beer mostly.", "brush_off"),
            t("Love that. And how would you like to pay for the party package, cash, card, or half now and half on delivery?"),
            c("Mi nuh even see a price yet.", None),
            t("Fair. Our Premium Party Package is ninety-five thousand: aged rum, imported beer, prosecco for the toast. Which day works better for us to deliver it, Friday or Saturday morning?"),
            c("Ninety-five? The family only have seventy.", "no_money"),
            t("I understand. So what's stopping us from writing the order now and sorting the balance on delivery? What would make that work for your family?"),
            c("What would make it work is if you listen. Mi need to show mi cousin first, him holding the money.", "think_it_over"),
            t("Absolutely. And how would you like your receipt, printed or on WhatsApp, so your cousin can see it's confirmed?"),
            c("Confirmed? Nothing nuh confirm. Mi gone.", None),
        ],
    ),
    gpair(
        "b224g_accra_grocery_delivery", "grocery delivery, Accra, Ghana", "pitch_as_paraphrase",
        "A son who travels for work asks about weekly grocery delivery for his elderly mother, who can no longer get to the market.",
        good=[
            _o3,
            t("Yes, we deliver to Adenta on Tuesdays and Fridays. Tell me about your mother. What does she usually need, and how does she shop now?"),
            c("She is seventy-eight. She used to go to Madina market herself but her knees are bad now. The house girl buys things but... sometimes the money doesn't balance, you understand.", None),
            t("So she can't get to Madina any more, and you want to see exactly what was bought and what it cost, even when you're away. Is that it?"),
            c("Exactly. And she is particular. She wants fresh kontomire, garden eggs, her own brand of tea. Not anything anyhow.", None),
            t("That helps. We can do a fixed weekly list with the brands written down, and you get the itemised receipt on your phone after every delivery. Vegetables we buy the same morning. Delivery is 25 cedis a trip, and the groceries are at shelf price."),
            c("Hmm. Twenty-five every week adds up. My sister says I should just send the house girl more money and save it.", "too_expensive"),
            t("That's a fair comparison. Why not try two weeks, no subscription, cancel any time, and see whether your mother is happy with what comes and the receipts make sense to you? If not, you've lost fifty cedis."),
            c("Two weeks, fine. Let me send you her list tonight on WhatsApp.", None),
            t("Good. When I have it I'll confirm Friday's delivery, and I'll call your mother the day before so she knows who is coming to the gate."),
            c("Thank you. That will make her feel safe.", None),
        ],
        gaming=[
            _o3,
            t("Welcome! So what I'm hearing is that you need our Family Gold plan, 450 cedis a month, full basket delivered twice a week. Is that right?"),
            c("Eh... I haven't said anything yet. It's for my mother in Adenta. She can't go to market because of her knees.", None),
            t("OK, so if I understand you correctly, what you really need is Gold with the meal-kit add-on, so she doesn't have to cook at all. Did I get that right?"),
            c("No, she cooks. She likes to cook. She just wants fresh kontomire, garden eggs, her own tea.", "no_need"),
            t("Absolutely, so let me play that back: fresh produce matters to you, which is why Gold Fresh Plus at 520 a month is the perfect fit for your needs. Correct?"),
            c("Five hundred and twenty a month? For one old woman? That is too much.", "too_expensive"),
            t("I hear you. So what you're saying is you'd prefer to lock in the annual Gold plan, which saves you ten percent. Shall I set that up for you?"),
            c("That is not what I am saying at all. Let me talk to my sister first.", "think_it_over"),
        ],
    ),
    gpair(
        "b224g_halifax_fishmonger", "fishmonger, Halifax, Canada", "upsell_as_loop_closing",
        "A mother buys haddock for a family fish-and-chips night; she wants only the fish.",
        good=[
            _o4,
            t("Sure thing. Are you frying it at home, or baking? It changes how thick I'd cut it."),
            c("Frying. My husband's got a deep fryer he's way too proud of.", None),
            t("Ha, good. For frying I'd go with the thicker loin pieces so they stay moist. For six with two kids, about two pounds does it, a bit less if the kids are small."),
            c("They're four and seven, they eat like birds. Can you take the skin off, though? Last time I bought fish somewhere else I was picking bones out all night.", None),
            t("Absolutely, skinless, and I'll pin-bone it for you, no charge. So that's just under two pounds of loin, skinned and boned. Is there anything else you needed for Friday, or does that cover it?"),
            c("That's it. How much?", None),
            t("$27.40. If you want it at its freshest, I can hold it and you pick up Friday morning instead of today."),
            c("Oh, that's smart, but Friday morning's no good, I've the school run and I start work at nine.", "no_time"),
            t("No bother. I can hold it in the ice till six Thursday evening, and it'll still be perfect for Friday. Does Thursday after work suit?"),
            c("Thursday after work is perfect. Put my name on it, it's Deborah.", None),
        ],
        gaming=[
            _o4,
            t("Great choice! So, to make sure we've got everything covered for you, what else can I add to make Friday a real success? Lobster's fantastic right now."),
            c("Just the haddock, thanks. Two of them are little kids.", "no_need"),
            t("Totally. Two pounds of haddock, then. And just to close the loop, what else can I add for the grown-ups? We've a scallop special, $32 a pound."),
            c("Thirty-two a pound for scallops? No way. Just the haddock.", "too_expensive"),
            t("Got it, I want to make sure every need is met. What else can I add on the side, our homemade tartar, the chowder base, the batter mix? Most families grab all three."),
            c("We make our own batter. How much is the haddock?", "no_need"),
            t("$27.40. And before I ring it up, anything else I can add to round out the experience? Mussels are two for one."),
            c("That's the fourth time you've asked. Just ring up the haddock, please.", None),
        ],
    ),
    gpair(
        "b224g_galway_wine_shop", "off-licence, Galway, Ireland", "leading_tag_questions",
        "A first-time host buys wine for six at a roast chicken dinner with a budget of about sixty euro.",
        good=[
            _o5,
            t("Course I can. What are you cooking, and how many are coming?"),
            c("Six of us. I'm doing a roast chicken, and then probably a cheesecake. Nothing fancy.", None),
            t("Roast chicken's a very forgiving one. Do you and your friends lean red or white, or is it a mix?"),
            c("Mix. My friend Aoife only drinks white, the lads will drink anything. I don't want to spend a fortune now, maybe sixty euro all in.", None),
            t("Sixty's plenty for six. I'd do two bottles of this Spanish Verdejo at €14, crisp, Aoife will like it, and two of a light French red at €13 that won't drown the chicken. That's €54, so there's room for a sparkling with the cheesecake if you want, or just keep the change."),
            c("Ah, I'll leave the bubbly. Will two of each be enough, though?", "no_need"),
            t("For six over dinner, four bottles is about right. If it runs out, we're open till ten. And if a bottle's corked, bring it back and I'll swap it."),
            c("Grand, I'll take the four.", None),
        ],
        gaming=[
            _o5,
            t("Course! Now, you'll be wanting something a bit special for guests, won't you?"),
            c("I suppose... it's just a few friends, six of us. Roast chicken.", None),
            t("Lovely. And you wouldn't want to serve a cheap wine to friends, would you? This Châteauneuf at €45 is the one people remember, isn't it?"),
            c("Forty-five a bottle? I was thinking about sixty for the lot.", "no_money"),
            t("Sure look, you only host once in a while, don't you? And you'll need a white for the ladies too, won't you? This Chablis at €32 is the obvious one, isn't it?"),
            c("My friend only drinks white, yeah, but that's nearly eighty euro on two bottles.", "too_expensive"),
            t("It is, but quality's worth it, isn't it? You'd agree you get what you pay for, wouldn't you?"),
            c("I'd agree I'm going to Lidl. Thanks anyway.", "too_expensive"),
        ],
    ),
    gpair(
        "b224g_montegobay_goat_meat", "butcher, Montego Bay, Jamaica", "putdown_question",
        "A regular complains that the pre-packed goat meat she bought for her son's homecoming was mostly bone.",
        good=[
            _o6,
            t("Sorry to hear that. Was it for a family dinner? And tell me what you got, the pack from the fridge or did we cut it fresh for you?"),
            c("The pack in the fridge there. Was for my son's homecoming, him come from Canada. Embarrassing, man. Half of it was bone.", None),
            t("So your son came home and the goat you served him was half bone. I understand why you're vexed. Those packs are mixed cuts, and that's on us for not marking it. You have the receipt?"),
            c("Mi nuh keep receipt, you know. Mi just throw it weh.", None),
            t("That's alright, I remember you from Saturday. I'll give you back the four pound in fresh leg and shoulder, cut in front of you, bone kept small. No charge."),
            c("For true? Alright. Cut it small small, fi curry.", None),
            t("Small for curry, yes. And next time it's for something special, call me the Friday and I'll put the best aside for you, no extra charge."),
            c("Respect. Mi will do that.", None),
        ],
        gaming=[
            _o6,
            t("I hear your frustration. But did you maybe cook it too fast? A lot of people don't know how to do goat properly. How long did you actually cook it?"),
            c("Mi cook curry goat forty years! Is not the cooking, is the bone.", None),
            t("OK, OK. And you're sure you didn't pick up the cheap stewing pack by mistake? People grab the wrong one all the time. Which one did you take?"),
            c("The one from that fridge, same as every week.", None),
            t("Right. So don't you think you're being a little dramatic about a few bones? Goat has bones. What exactly were you expecting?"),
            c("Dramatic? Call the owner. Mi want to talk to Mr. Reid.", None),
            t("He's busy. But just to understand your experience better, is it possible you just had an off day with it?"),
            c("Mi done. Mi buying meat at the market from now on.", None),
        ],
    ),
    gpair(
        "b224g_toronto_delivery_refund", "online grocery delivery, Toronto, Canada", "not_my_department_or_read_the_terms",
        "A customer in a chat finds her ice cream melted and her chicken missing, with guests due at seven.",
        good=[
            _o7,
            t("Hi, I'm sorry about that. Melted ice cream and no chicken isn't what you paid for. I've got order 55812 open. Was the chicken the 1 kg pack of thighs?"),
            c("yes the thighs. i need them for dinner tonight, i have people coming at 7", None),
            t("Understood, dinner at 7. I can refund the thighs and the ice cream right now, and send a replacement pack of thighs on the next run, arriving between 4 and 5. Would that work, or would you rather just the refund?"),
            c("4 to 5 is ok if it actually comes. last time you guys gave me a window and it came at 9", "bad_experience"),
            t("That's a fair worry. I'm flagging it as a priority redelivery, and the driver will text you when he leaves the store. If it's not at your door by 5:15, message me here and I'll refund the delivery fee as well."),
            c("ok. and the ice cream?", None),
            t("Already refunded, $7.99, you'll see it on your card in 3 to 5 days. No need to send it back. Was anything else wrong with the order?"),
            c("no the rest is fine. thanks", None),
        ],
        gaming=[
            _o7,
            t("Hi! Thanks for reaching out, I understand how frustrating that experience must be. Just so you know, temperature issues are handled by the carrier, not our department. Have you contacted them?"),
            c("what carrier?? i ordered from you. and the chicken isnt even there", None),
            t("I totally hear you. For missing items, our terms say you have to report within 2 hours with a photo of the full order. Did you read the delivery terms at checkout?"),
            c("i am reporting it within an hour. a photo of a chicken that isnt there??", None),
            t("Great question! I'm afraid I didn't make the rules, I just follow the process. Is there anything else I can help you with today?"),
            c("i need the chicken for dinner at 7. can you send it or not", None),
            t("Redelivery is a different team, I'd suggest emailing support, they get back to you in 2 to 3 business days. How satisfied are you with today's chat?"),
            c("not at all. cancel my account", None),
        ],
    ),
    gpair(
        "b224g_kumasi_funeral_catering", "funeral caterer, Kumasi, Ghana", "social_proof_or_deadline_pressure",
        "A son looks for caterers for his father's funeral reception at the family house; the family elders will decide.",
        good=[
            _o8,
            t("Good afternoon, and my condolences. I'm sorry for your loss. Before we talk about food, is the reception at the family house or a hall, and will the guests be seated?"),
            c("The family house in Bantama. Canopies outside. My aunties want jollof and fufu with light soup. That is what he liked.", None),
            t("Jollof, and fufu with light soup, the food your father liked. For three hundred outside under canopies we would bring our own serving staff and warmers. Has the family set an amount for the food?"),
            c("They said thirty-five thousand cedis. I am also asking two other caterers.", "think_it_over"),
            t("That's sensible. For that menu, three hundred plates with staff and warmers, our price is thirty-two thousand. I'll write it out item by item so you can set it beside the others fairly."),
            c("Good. My uncles will meet on Sunday to decide.", "think_it_over"),
            t("Then I'll keep the 28th pencilled in for you until Monday evening, no deposit. If anything comes up at Sunday's meeting, call me directly."),
            c("Thank you. You have been very patient.", None),
        ],
        gaming=[
            _o8,
            t("My condolences. So what does a dignified send-off look like for your family? I must tell you, the 28th is a very busy Saturday. I can only hold it if you pay the deposit today."),
            c("Today? I have to discuss with the family first. My aunties want jollof and fufu with light soup.", "think_it_over"),
            t("I understand the need to consult. But almost every big family in Bantama has used us this year, the Owusus, the Boatengs. Nobody uses the small caterers any more. How would it look if yours didn't?"),
            c("I don't care what the Owusus did. What is your price?", None),
            t("Forty thousand, but that price ends at five o'clock today. After that it's forty-five, and honestly the 28th will be gone by tomorrow."),
            c("Forty thousand. The family said thirty-five at most.", "no_money"),
            t("I hear you. But everyone will be watching this funeral. Shall I take the deposit now so you don't lose the date?"),
            c("Please, I will find another caterer.", None),
        ],
    ),
    gpair(
        "b224g_dublin_cheese_stall", "farmhouse cheese market stall, Dublin, Ireland", "keyword_stuffed",
        "A café owner wants an Irish cheese that melts well for toasties and is careful about cost per portion.",
        good=[
            _o9,
            t("Nice. How many toasties a day do you think, and what's going in with the cheese, ham, onion, nothing?"),
            c("Maybe thirty a day, forty on a Saturday. Just cheese and a bit of red onion chutney. At the moment we use a supermarket cheddar and it's grand, but it's boring.", None),
            t("So thirty-odd a day, cheese and chutney, and you want more character than the supermarket cheddar but it still has to melt properly. Try these two. This mature cheddar from Cork melts lovely, and this semi-soft washed rind from Kerry is stronger."),
            c("Ooh, the Kerry one is gorgeous. What's it cost a kilo, though? The supermarket one's about nine.", None),
            t("The Kerry's €24 a kilo, the Cork cheddar €16. At about 40 grams a toastie, the Kerry adds roughly 60 cent a toastie over what you pay now, the cheddar about 30."),
            c("Sixty cent... I'd have to put the price up. I'm not sure my regulars would wear that.", "too_expensive"),
            t("Could be. Why not take two kilos of each this week, run both as a special, and see which one sells? No standing order until you know."),
            c("Yeah, that's fair. Two of each, and I'll tell you Saturday how they went.", None),
        ],
        gaming=[
            _o9,
            t("Love that! So tell me, what does success look like for your toastie experience? I really want to understand your needs and build a relationship here."),
            c("Em, success is it melts and people like it. Maybe thirty a day.", None),
            t("Absolutely, and I hear you, I feel that. Our whole approach is about understanding your journey and making sure every need is met, because for us the relationship is everything. How do you feel about the experience you want customers to have?"),
            c("I... want them to eat a toastie. Which of your cheeses melt?", None),
            t("Great question, and I really appreciate you sharing that. We have a full range of solutions tailored to your needs, and I feel we could really succeed together. How do you feel about partnering with us on your cheese journey?"),
            c("What's the price per kilo, though? The supermarket one is about nine.", None),
            t("I totally understand that value is part of your experience. Our pricing reflects the relationship and the success we build together. Do you feel heard?"),
            c("Honestly, no. I'll stick with the supermarket one for now.", "no_need"),
        ],
    ),
    gpair(
        "b224g_montreal_bagel_order", "bagel bakery, Montreal, Canada", "rude",
        "An office administrator orders bagels for sixty people; some colleagues may be vegan and spending over $100 needs her manager's approval.",
        good=[
            _o10,
            t("Bonjour! Yes, very possible. What time do you need them, and do you want spreads as well?"),
            c("Eight-thirty. Mixed, like sesame, poppy, everything. And cream cheese. A few people are vegan, I think.", None),
            t("For sixty I'd do six dozen so nobody misses out, mostly sesame, poppy and everything with a dozen plain. Our bagel dough has no egg or milk, so the vegans are fine with any of them, but the cream cheese isn't, so I'd add a tub of the cashew spread. Delivery or pickup?"),
            c("Delivery, please, we're on René-Lévesque. Honestly, the last bakery we used showed up at ten, after the meeting was over. And our budget is a bit tight this quarter.", "bad_experience"),
            t("That's the worst, bagels after the meeting. Our driver leaves at 7:45, so you'd have them by 8:15, and if we're late the delivery's free. Delivery is $15 downtown. Six dozen with the spreads comes to $118 plus delivery. If that's more than you have, pickup saves the fifteen, or five dozen would still cover sixty if some people skip."),
            c("Hmm, $133. I need my manager to sign off on anything over a hundred.", "think_it_over"),
            t("Sure. I'll email you the quote now so your manager can approve it, and I'll hold Thursday 8:30 for you till tomorrow noon. Just reply to the email to confirm."),
            c("Perfect, merci.", None),
        ],
        gaming=[
            _o10,
            t("Sixty bagels. OK. So what's your need, exactly? Because we do this every day, it's not complicated."),
            c("Sorry, for Thursday, eight-thirty. Mixed flavours. Some people are vegan, I think.", None),
            t("You think? You'd want to know that before you order, no? Bagels are vegan anyway, everybody knows that. What else?"),
            c("I didn't know, that's why I'm asking. How much is delivery? Our budget's tight.", None),
            t("Fifteen. Everybody's budget is tight, madame. It's $133 all in. Do you want it or not?"),
            c("I'll have to check with my manager first.", "think_it_over"),
            t("Of course you do. Well, call back when somebody there can decide. Anything else?"),
            c("No. I'll try somewhere that's nicer on the phone.", None),
        ],
    ),
]
