"""Gaming pairs, part A (10 pairs). Written by hand for blind77."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Cusco trek operator
o = c("Hello, my wife and I (both 63) arrive in Cusco on 14 May for a week. We'd love to walk to Machu Picchu "
      "but I had a knee replaced two years ago. Is the Inca Trail realistic for us? If not, what are the "
      "alternatives, how many days, and do we need to book now or can it wait till we get there? "
      "And is altitude sickness a big problem at our age?", None)
PAIRS.append(gpair(
    "b77g_cusco_trek", "Trek and tour operator, Cusco (Peru)", "monologue",
    "Retired couple from Harrogate, one with a replaced knee, asks by email which trek to Machu Picchu suits them.",
    [o,
     t("Thanks for all the detail, it helps. Before I suggest anything: how is the knee on long descents? The "
       "classic trail has a lot of stone steps going down on the last two days, and that troubles knees more "
       "than the climbing does."),
     c("Honestly, downhill is the worst. Flat and uphill I'm fine, I walk 8 km most days at home. Steps down, "
       "I need poles and I'm slow.", None),
     t("Then I'll be straight with you: the four-day trail would be a hard slog on that knee, and May permits "
       "are nearly gone anyway. Two options fit better: the one-day Short Inca Trail, about 12 km, mostly "
       "gentle, arriving through the Sun Gate; or a three-day Lares trek with horses. How does your wife feel "
       "about camping?"),
     c("She'd rather a bed, to be fair. The one day sounds more like us. What does it cost and what's "
       "actually in it? We like to know up front.", None),
     t("It's 640 US dollars each: permit, guide, lunch, the train and bus, one night in Aguas Calientes and "
       "Machu Picchu entry the next morning. Not included: tips, that night's dinner and insurance. On "
       "altitude, sleep your first two nights in the Sacred Valley, which is lower than Cusco."),
     c("Six hundred and forty each is more than we'd pencilled in for one day, if I'm honest.", "too_expensive"),
     t("That's fair, it is a lot for a day. Most of it is the permit, train and hotel, which any operator "
       "pays. If it's too much, the cheaper route is the train both ways and a guided visit, about 380. I'll "
       "email both itineraries today; nothing to pay until you choose, and deciding by mid-April is fine."),
     c("Send both. Margaret and I will go through them tonight.", None)],
    [o,
     t("What a wonderful trip to be planning! Let me tell you about our signature experience: the Inca Trail "
       "Premium. Four days, private guide, chef, heated dining tent, the lot. Guests your age tell us it was "
       "the trip of their lives. Porters carry everything, so the knee is no problem, and altitude is "
       "overblown, honestly, a coca tea and you're fine."),
     c("Right, but is there a lot of downhill? Because my knee, going down steps, that's really the--", None),
     t("Totally hear you, and that's exactly why the Premium works. Day one is gentle along the river, day "
       "two is Dead Woman's Pass at 4,215 metres, the big one, day three is cloud forest and ruins, the most "
       "beautiful day, and day four you walk through the Sun Gate at dawn. Life-changing. It's 2,150 per "
       "person and May is nearly full."),
     c("2,150 each. That's well over what we'd planned to spend.", "no_money"),
     t("I understand, and what I'd say is, it's once in a lifetime. We do a payment plan. I'd also add the "
       "Huayna Picchu climb, only 75 extra, the views are unreal, and an oxygen kit for peace of mind. "
       "Everyone who's done it says the same: worth every cent."),
     c("You still haven't told me about the steps. We'll look elsewhere, thanks.", None),
     t("Of course! Any other questions I can answer for you? I'll pop the Premium brochure in your inbox "
       "anyway.")]))

# 2. closing_as_open_question -- Galway English school
o = c("hi, i am Thiago from Curitiba, Brazil. i want study english in galway maybe 6 month. i work with IT. "
      "my english is intermediate i think. the visa is difficult? and i can work part time when i study?", None)
PAIRS.append(gpair(
    "b77g_galway_english", "English language school, Galway (Ireland)", "closing_as_open_question",
    "Brazilian IT worker asks by chat about a six-month English course and working while studying.",
    [o,
     t("Hi Thiago, welcome! Yes, on a course of 25 weeks or more you can work 20 hours a week in term. "
       "Brazilians don't need a visa before flying; you register with immigration after you arrive. What do "
       "you want the English for, work here in tech, or back in Brazil?"),
     c("for work. i want job in tech company, maybe dublin after. in meetings i understand but i dont speak "
       "fast, i am shy", None),
     t("So understanding is fine and speaking up in meetings is the hard part. For that I'd suggest the "
       "25-week course with the afternoon Business English option: presentations, mock meetings, lots of "
       "speaking. Would mornings plus two afternoons fit with a part-time job?"),
     c("yes ok. how much cost? my friend paid 3000 euro to a school in dublin and the school closed, he "
       "lost everything", "bad_experience"),
     t("That's awful, and a fair worry. Irish schools now must have learner protection, so if a school "
       "closes your fees are covered. You can check us on the government list yourself before paying "
       "anything. The 25 weeks is 3,250 euro, exam and learner protection included."),
     c("ok i will check. i need to look my savings first, immigration want 4200 euro in the bank also",
       "think_it_over"),
     t("Good plan, the 4,200 in your account is an immigration rule, separate from the fees. No rush from "
       "us: I'll email the course outline and start dates, September or January. Would you like a free "
       "20-minute speaking test on video, so you start at the right level?"),
     c("yes please, tuesday evening brazil time is good", None)],
    [o,
     t("Hi Thiago, great to meet you! Ireland is an amazing experience for Brazilians, and yes to part-time "
       "work. Let me ask you: what would make these six months perfect for you?"),
     c("to speak better in meetings. i understand but dont speak fast", None),
     t("Love that. So, thinking about that goal, which start date feels right for you, the September intake "
       "or October?"),
     c("i dont know, i am only looking now. how much cost?", "brush_off"),
     t("It's 3,250 for 25 weeks. And honestly, what would it take for you to secure your place today with "
       "the 500 euro deposit?"),
     c("my friend lost money with a school in dublin. i need to be careful", "bad_experience"),
     t("Totally understandable, thanks for sharing. So how would you prefer to pay the deposit, card or a "
       "transfer from Brazil? Both are really easy."),
     c("i did not say yes. i want check the school first ok?", "think_it_over"),
     t("Of course! And when you picture yourself checking, what would you need to see to feel ready to say "
       "yes this week?"),
     c("send me email. bye", "brush_off")]))

# 3. pitch_as_paraphrase -- Leeds gym
o = c("Hiya. I'm 58, just retired. Mainly after the pool, weekday mornings, maybe the odd aqua class. What "
      "are my options?", None)
PAIRS.append(gpair(
    "b77g_leeds_gym", "Gym and leisure club, Leeds (England)", "pitch_as_paraphrase",
    "Newly retired man at the front desk wants morning swimming, not the gym floor.",
    [o,
     t("Congratulations on the retirement! Pool on weekday mornings, maybe aqua. How often would you "
       "realistically come, and is it just you?"),
     c("Three times a week probably. Maybe the wife on Fridays. I tried the gym floor years back, not for "
       "me.", None),
     t("Got it: swimming, three mornings, no gym floor. Then Off-Peak Swim fits: pool and aqua before 4pm on "
       "weekdays, £24 a month. Your wife could pay as you go "
       "on Fridays, £5.20 a time."),
     c("Twenty-four. The council baths are about four quid a go, mind.", "too_expensive"),
     t("True. At three swims a week you'd pay about £50 a month there, so £24 works out cheaper for you; "
       "at one swim a week the council would win. And aqua is included here. Is there anything else you'd "
       "compare us on?"),
     c("Is there a contract? I got tied into one at a place in Headingley for a year and it did my head in.",
       "bad_experience"),
     t("No contract on off-peak: monthly, cancel with 30 days' notice, in the app or at the desk. Why not "
       "try a free swim this week and see how busy it is at 9?"),
     c("Go on then. Wednesday.", None)],
    [o,
     t("Congratulations! Tell me, what does your ideal active week look like?"),
     c("Swimming, mornings, three times a week. Maybe aqua. Not the gym floor, tried it, not for me.", None),
     t("Brilliant. So what I'm hearing is you want to make the most of retirement with our Platinum "
       "All-Access at £64.99, pool, gym, classes, sauna, the lot. Is that right?"),
     c("No, I said swimming. Sixty-five quid a month is daft money for a pool.", "too_expensive"),
     t("Fair. So if I play that back: you want real value, which is why the annual Platinum at £59.99 a "
       "month is the one that makes sense for you. Correct?"),
     c("That's not what I said either. What's the cheapest way to just swim?", None),
     t("Great question. So what you're really after is flexibility plus the full wellness side, which is "
       "Platinum Flex, £54.99, no annual tie-in. Did I understand you correctly?"),
     c("No. The council baths in Kirkstall are four quid a swim. I'll go there.", "too_expensive"),
     t("Understood! Anything else I can help with today?")]))

# 4. upsell_as_loop_closing -- Medellin phone repair
o = c("Hi. Cracked screen, Samsung A54, touch still works. How much and how long? I fly Thursday.", None)
PAIRS.append(gpair(
    "b77g_medellin_screen", "Phone repair shop, Medellin (Colombia)", "upsell_as_loop_closing",
    "Hurried Canadian visitor wants a cracked screen fixed before a flight.",
    [o,
     t("Hi! For the A54: original Samsung screen 420,000 pesos, or a good compatible one 260,000. Both about "
       "two hours. Is it just the glass, or are there lines or black spots?"),
     c("Glass. Corner. No lines.", None),
     t("Then one thing to know: with the compatible screen the fingerprint sensor is sometimes slower. Do you "
       "use fingerprint unlock?"),
     c("Yes, a lot. 420 is steep though", "too_expensive"),
     t("Fair. If fingerprint matters, I'd still say original, otherwise you'll be annoyed daily. Or, since "
       "it's only a corner and touch works, a 25,000 protector stops the crack spreading and you fix it at "
       "home. Where's home?"),
     c("Toronto. There it's like 300 dollars. Ok, original, today.", None),
     t("Original, today. Bring it by 2 and it's ready at 4."),
     c("2 no, meeting till 3. 3 ok?", "no_time"),
     t("3 is fine, ready by 5. Back up your photos first, just in case."),
     c("ok 3pm", None)],
    [o,
     t("Hi! Original screen is 420,000, about two hours. Just to close the loop on your needs: what else can "
       "we take care of today? A battery swap while it's open is 140,000."),
     c("Just the screen.", "no_need"),
     t("Perfect, screen. And so everything's covered before you fly, shall I add tempered glass and a "
       "shockproof case? Most travellers like the peace of mind. 85,000 together."),
     c("No. How long exactly? I have a taxi at 5.", "no_need"),
     t("Two hours, you're fine. Last thing, so nothing's left open: what else would make this a complete "
       "experience for you? Our one-year accidental damage plan is 190,000."),
     c("I said just the screen. Three times now.", "no_need"),
     t("Absolutely, got it. Anything else at all I can add for you before I print the ticket?"),
     c("No. Ticket.", None)]))

# 5. leading_tag_questions -- Santiago dental clinic
o = c("Hola, good afternoon. I want a cleaning and maybe whitening, my sister's wedding is in March. My teeth "
      "are sensitive with cold. What do you recommend?", None)
PAIRS.append(gpair(
    "b77g_santiago_dental", "Dental clinic, Santiago (Chile)", "leading_tag_questions",
    "Patient with sensitive teeth asks about cleaning and whitening before a family wedding.",
    [o,
     t("Good afternoon! A wedding, lovely. Since you mention sensitivity, I'd want the dentist to look first: "
       "whitening can make sensitive teeth worse for a few days. Is it a twinge with ice water, or pain that "
       "stays?"),
     c("A twinge. With ice water mostly. Not after.", None),
     t("That's common and usually manageable. I'd book the cleaning and check first, 45,000 pesos. The "
       "dentist will say if whitening is safe and which kind; home trays are gentler, in-clinic is faster. "
       "How many weeks until the wedding?"),
     c("Seven weeks. But the budget is little, I already paid the dress", "no_money"),
     t("Then don't decide whitening today. Home trays are 180,000 and take two or three weeks, so there's "
       "time after the cleaning, and often a cleaning alone brightens enough. Thursday at 6 or Saturday "
       "morning?"),
     c("Saturday. And if the dentist says no whitening, ok, no problem", None),
     t("Saturday 10:30. Bring the name of any toothpaste you use for the sensitivity.")],
    [o,
     t("Good afternoon! A wedding, how exciting. You'll want to look your absolute best in the photos, won't "
       "you?"),
     c("Yes, of course. But my teeth are sensitive", None),
     t("Totally, and that's exactly why you'd prefer professional in-clinic whitening to home kits, wouldn't "
       "you? It's 320,000 with the cleaning included."),
     c("320? Is a lot for me. I already paid the dress.", "no_money"),
     t("I hear you. But it's your sister's day, and you wouldn't want to be the one hiding her smile in the "
       "pictures, would you? With sensitive teeth you'd rather do it once and properly, right?"),
     c("Can it hurt more after? With the cold?", None),
     t("Some people feel a bit more for a day or two, but that's a small price for the result, isn't it? "
       "Saturday morning suits you, doesn't it?"),
     c("I think only cleaning first. I will ask my dentist of always.", "think_it_over")]))

# 6. putdown_question -- Newcastle pest control
o = c("Hi, I've got mice in my flat in Heaton. Saw one last night behind the fridge and there's droppings "
      "under the sink. I've got a baby, so I need this sorted quick. How soon can someone come?", None)
PAIRS.append(gpair(
    "b77g_newcastle_mice", "Pest control company, Newcastle upon Tyne (England)", "putdown_question",
    "Young parent renting a first-floor flat phones about mice.",
    [o,
     t("Sorry to hear that, especially with a little one. We can come tomorrow morning. So the technician "
       "brings the right kit: which floor are you on, and have the neighbours had the same?"),
     c("First floor. Downstairs had them in the autumn, the landlord sorted it. Money's tight at the minute "
       "mind, what's it cost?", None),
     t("£95 for the survey and first treatment, two follow-ups included. Since downstairs had them, ask "
       "your landlord: in a rented flat it's often his job, so he may pay. Do you rent?"),
     c("Yeah. Didn't know that. He's slow though, I'm not waiting a week for him to get round to it.", None),
     t("Then let's book tomorrow at 8:30 anyway. If he agrees to pay, we invoice him; if not, you pay on the "
       "day. With the baby we use sealed bait boxes only, nothing loose, and the tech will show you where "
       "they go."),
     c("Sealed boxes, good. 8:30's fine.", None)],
    [o,
     t("Thanks for calling. Let's get a clear picture. Are you sure it was a mouse and not a shadow? We get "
       "a lot of those calls late at night."),
     c("It was a mouse. There's droppings. I'm not making it up.", None),
     t("Of course. And, just so I understand, how often do you actually get behind the fridge to clean?"),
     c("Every day, I've got a baby. Can you just tell me when someone can come and what it costs?", None),
     t("Tomorrow morning, £95. Do you think you might be a little on edge because of the baby? Mice are "
       "really common in Heaton, it's hardly the end of the world, is it?"),
     c("Don't talk down to me. Just book it, 8:30 if you've got it.", None),
     t("Sure. And out of interest, is there a reason you didn't ring when downstairs had them?"),
     c("Because they weren't in my flat then. Are you booking it or not?", None),
     t("Booked, 8:30. Might be worth keeping the kitchen extra tidy tonight, yeah?")]))

# 7. not_my_department_or_read_the_terms -- Buenos Aires notary
o = c("Buenas. We are buying a two-room flat in Palermo, signing on the 28th. Last time, with another "
      "escribania, they added fees at the signing we never saw before. So I want to know exactly: your fees, "
      "the taxes, who pays the certificates, and can the seller's debts with the building come to us?", None)
PAIRS.append(gpair(
    "b77g_buenosaires_escritura", "Notary office (escribania), Buenos Aires (Argentina)",
    "not_my_department_or_read_the_terms",
    "Buyer of a flat, burned by surprise fees at a previous signing, asks for a breakdown of costs.",
    [o,
     t("Good questions, and after last time it makes sense to ask them all now. Our fee is 2% of the price "
       "plus VAT. Stamp tax in the city is usually split half each, but a sole home under a set value is "
       "exempt. Is this your only property?"),
     c("Yes, only this. We sold the other one in 2019.", None),
     t("Then you likely qualify; I'll check your price against the current limit. The certificates we order "
       "are paid by the buyer, about 180,000 pesos. For the building, we ask the administrator for a debt "
       "certificate, and any debt is paid by the seller from the price at signing. Nothing passes to you."),
     c("Two percent. The one in Belgrano said one and a half.", "too_expensive"),
     t("Some do charge less; fees here aren't fixed. What I can promise is that the 2% is the whole fee, "
       "with no extras on the day. If you get their written budget, compare line by line, not just the "
       "percentage."),
     c("Ok. Put all this in writing with numbers. I don't want surprises on the 28th.", None),
     t("I'll send a written budget by Friday, item by item. If anything changes, I tell you before the "
       "signing, not at the table. Could you send me the boleto and both your DNIs?"),
     c("Tonight.", None)],
    [o,
     t("Good afternoon, and thank you for trusting us with such an important moment. Our fees are in the "
       "standard schedule, which you'll receive with the engagement letter."),
     c("I'd like the numbers now, please. Roughly. And the taxes?", None),
     t("I understand. Taxes are set by the national and city tax agencies, not by us, so I'm not the "
       "person for that; your accountant can tell you. We just apply the law."),
     c("And the building debts? The last escribania, they surprised us at the table.", None),
     t("That's between the buyer and the building administration, it's not really our department. The "
       "responsibilities are set out in the terms of engagement, clause 7 I believe. I'd read those "
       "carefully."),
     c("So you won't say who pays what. We had this already with the other one. Honestly I don't want to "
       "go through it again with you.", "bad_experience"),
     t("I understand your frustration. I didn't write the regulations, I only follow them. Is there "
       "anything else I can help you with today?"),
     c("We will find another escribano.", None)]))

# 8. social_proof_or_deadline_pressure -- Huila coffee buyer
o = c("Buenas tardes. I am Rosa, I have four hectares in La Plata, Huila, Castillo and some Pink Bourbon. My "
      "neighbour says your company pays premium for specialty. How does it work, how you pay, and I have to "
      "sell you everything?", None)
PAIRS.append(gpair(
    "b77g_huila_coffee", "Specialty coffee buyer and exporter, Huila (Colombia)", "social_proof_or_deadline_pressure",
    "Smallholder coffee farmer asks a buyer's field rep how the specialty premium works.",
    [o,
     t("Buenas tardes, Rosa. We cup a sample from each lot; above 84 points we pay the market price plus a "
       "premium, more for higher scores. And no, you don't have to sell us everything. How much parchment do "
       "you expect this harvest?"),
     c("Maybe 60 cargas. Last year the cooperative scored it 85 but they paid same as normal coffee.", None),
     t("That's frustrating, a good score and no reward. With 85 and the Pink Bourbon kept apart, you'd "
       "likely be in our top band. Do you sell to the cooperative because of credit or inputs?"),
     c("Yes, they give me fertiliser on credit. I cannot leave them. And my husband decides this with me.",
       "think_it_over"),
     t("Then don't leave them. Keep selling most to the cooperative and try us with one small lot of Pink "
       "Bourbon, no contract: we cup it and make an offer. You and your husband decide after you see the "
       "number."),
     c("That I can do. When do you come to La Plata?", None),
     t("Next Tuesday I'm at the collection point by the plaza from 9. Bring 2 kilos of parchment from that "
       "lot.")],
    [o,
     t("Buenas tardes, Rosa! Our relationship with farmers is everything. Tell me, what would success look "
       "like for you this harvest?"),
     c("A fair price for the Pink Bourbon. The cooperative pays same as normal.", None),
     t("Exactly, and that's why nearly every farm in your vereda has already signed our forward contract: "
       "the Ramirez family, the Ospinas, Don Alvaro. You'd be one of the very last at the cooperative "
       "price."),
     c("Don Alvaro signed? He didn't tell me. I have credit with the cooperative, for fertiliser.", None),
     t("People keep it quiet. The key thing is the contract price is fixed only until Friday noon; after "
       "that the premium drops with the new market. So it would be all 60 cargas, signed this week."),
     c("All 60? No, no. I need to talk with my husband, and I don't like to sign so fast.", "think_it_over"),
     t("Of course, talk to him. Just know I have two more farms in La Plata waiting for this slot, and I "
       "can't promise it's still there on Saturday."),
     c("Then give it to them. I stay with the cooperative, at least I know them.", "no_need")]))

# 9. keyword_stuffed -- Manchester removals
o = c("Hello. I'm moving my mum from her house in Didsbury into a care home in Stockport on the 12th. Most "
      "of her furniture goes to my brother in Bolton, a few bits go with her. She's 89 and quite upset about "
      "it all. Can you do two drops in one day, and roughly what would it cost?", None)
PAIRS.append(gpair(
    "b77g_manchester_removal", "Removals company, Manchester (England)", "keyword_stuffed",
    "Daughter arranges a two-drop move for her elderly mother going into a care home.",
    [o,
     t("Hello, and I'm sorry, that's a big day for your mum and for you. Two drops in one day is fine. To "
       "price it: how much goes to Bolton, a few rooms or the whole house? And what goes with her?"),
     c("Most of a three-bed. Her chair, a small chest of drawers, the telly and photos go with her. The "
       "chair matters most, it was Dad's.", None),
     t("Then we'd do the care home first, so she's settled in her own chair, and Bolton second. A three-bed "
       "plus that is a Luton van and three men, about £780 for the day, wrapping included. Does the home "
       "have a lift and a time slot?"),
     c("Lift yes, slot 10 till 12. That's a bit more than I'd hoped, but I'm not cutting corners on this.",
       None),
     t("Understood. If your brother can take the small boxes in his car, we could use a smaller van and two "
       "men, about £620. I can come round Thursday to see the house and fix the price, no charge. Would your "
       "mum want to be there?"),
     c("Better not, she'd get upset. Thursday after 4, I'll let you in.", None)],
    [o,
     t("Hello, and thank you for reaching out. I really want to understand your needs and your mum's needs, "
       "because for us it's all about the experience and building a relationship of trust with families."),
     c("Thanks. So can you do two drops in a day?", None),
     t("Absolutely, and I hear how much this means to you. Our success is measured by how families feel at "
       "the end of the journey, so we take a holistic, needs-led approach to every move."),
     c("Right. And the cost? Roughly?", None),
     t("I understand cost is part of your experience. Our value comes from truly understanding your "
       "situation and partnering with you so the transition feels successful for everyone. Does that "
       "resonate?"),
     c("Not really, no. That's twice I've asked. I'll get a quote off someone else.", None),
     t("I completely understand and I really feel your frustration. Before you go, how satisfied are you "
       "with our conversation today, on a scale of one to ten?"),
     c("Two.", None)]))

# 10. rude -- Whitby tackle shop
o = c("Morning. I want to get my lad into sea fishing off the pier, he's eleven. Never done it myself "
      "either. What do we need?", None)
PAIRS.append(gpair(
    "b77g_whitby_tackle", "Fishing tackle shop, Whitby (England)", "rude",
    "Father and eleven-year-old son, complete beginners, want gear for pier fishing.",
    [o,
     t("Morning! Good shout, the pier's a great place to start. Will you both be fishing or just him, and "
       "what were you thinking of spending?"),
     c("Both of us I suppose. Don't want to spend a fortune in case he's bored of it in a fortnight.", None),
     t("Fair enough, plenty of kids are. Then two 10-foot beach combos with line on, £35 each, a small box "
       "of weights, hooks and ready-made rigs for £12, and frozen squid on the day. About £85 for the two "
       "of you."),
     c("Eighty-five. I was hoping more like fifty, to be honest.", "no_money"),
     t("Then one rod to share to start with: £35 plus the bits, about £50. If he's still keen in a month, "
       "come back for the second. Fishing turns by turns is no bad thing at eleven anyway."),
     c("That'll do. Is there a knack to casting? I'll look a right plonker otherwise.", None),
     t("Easy once you've seen it; I'll show you both out back for ten minutes. Fish two hours either side of "
       "high tide, about 3 today. Whiting and codling this time of year."),
     c("Go on then, I'll fetch him in from the car.", None)],
    [o,
     t("Morning. Complete beginners, then. Right. And what's the budget, or are we just browsing today?"),
     c("Both of us, and not loads, he might get bored. Fifty quid, maybe?", None),
     t("Fifty quid for two. Well, that'll catch you the odd crab. Did you see the sign on the door? "
       "Beginner stuff's in the bargain bin at the back, help yourself."),
     c("I was hoping you'd tell us what we actually need.", None),
     t("A rod, a reel, line and bait, mate. It's not rocket science. Fishing, you might have heard of it. "
       "Anything else?"),
     c("Is there a trick to casting?", None),
     t("Yeah, point it at the sea. Look, I've got someone with a proper order waiting, so pick what you want "
       "and bring it to the till."),
     c("Forget it. We'll get something online.", None)]))
