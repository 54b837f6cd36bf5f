"""Gaming pairs, file a (kinds 1-10). Hand-written for blind196."""
from common import c, gpair, t

# --- 1. monologue: Leeds cafe, table menus -------------------------------------------------
o1 = c("Hiya, I run a little café on Kirkgate and our menus are, well, they're falling apart. "
       "Laminated ones. I wondered what you'd do instead?", None)
p1 = gpair(
    "b196g_leeds_cafe_menus", "print shop, Leeds (UK)", "monologue",
    "A café owner wants replacement table menus because the laminated ones are peeling.",
    [o1,
     t("Sounds like they've had a lot of use! Before I suggest anything, how are they used now? "
       "On the tables, at the counter, handed out?"),
     c("On the tables mostly. Twelve tables. People spill stuff on them, obviously, and the "
       "lamination peels at the corners.", None),
     t("So twelve table menus, they get spills, and the lamination lifts at the corners. "
       "How often does the menu itself change?"),
     c("Every season, roughly. Specials go on a chalkboard. I don't want to spend loads, mind, it's only menus.", None),
     t("Fair enough. With a seasonal change I'd look at two things: a wipe-clean synthetic card at about "
       "£3 a menu, so around £36 a season, or a thick encapsulated one at £7 that lasts longer but you'd "
       "bin it when the menu changes anyway. Which fits how you work?"),
     c("The cheaper one, if it really wipes clean. Can I see it first though?", None),
     t("Course. I'll post two sample sheets today. If you like them, send me the new menu when it's ready "
       "and we'll print the twelve."),
     c("Brilliant. Send them to the café, it's 14 Kirkgate.", None)],
    [o1,
     t("Great question, and I love that you're thinking about your customers' experience! So what most "
       "cafés are moving to is a full menu system: premium soft-touch menus, matching table talkers, an "
       "A-board, window vinyls, and a QR menu so you never reprint. It's all about the relationship "
       "between your brand and your diners."),
     c("Right. I only really need the table menus, though.", "no_need"),
     t("Totally hear you, and that's exactly why the bundle makes sense, because menus on their own don't "
       "tell your story. Soft-touch says quality, our designers refresh your logo while they're at it, "
       "and it's all in the Café Starter Pack at £395. Then the QR is £12 a month but it pays for itself."),
     c("Three hundred and ninety-five? I was thinking more like fifty quid.", "too_expensive"),
     t("I get that, and I'd say think of it as an investment in your success. Our café clients see more "
       "covers within a month, and the logo refresh alone is normally two hundred. So does that sound "
       "like something that would help your business grow?"),
     c("I don't know. I'll have a think and maybe ring back.", "think_it_over"),
     t("Absolutely, and before you go I'll email the brochure with the A-board and vinyl prices. What's "
       "the best number for our design team to call you on Thursday?"),
     c("Just email, ta. Bye.", "brush_off")],
)

# --- 2. closing_as_open_question: Brisbane plumber, ute signage ------------------------------
o2 = c("G'day, I've just bought a second ute for the business and it needs the logo on it like the "
       "first one. What's that run to?", None)
p2 = gpair(
    "b196g_brisbane_ute_signage", "vehicle sign maker, Brisbane (Australia)", "closing_as_open_question",
    "A plumber wants his logo on a newly bought second ute.",
    [o2,
     t("Congrats on the second ute. What's on the first one, and do you want the new one matched exactly?"),
     c("Just the logo on both doors and the number on the tailgate. Did it myself years ago with "
       "stickers from some online mob. They've faded a fair bit.", None),
     t("The Brisbane sun eats cheap vinyl. Do you want the new one to match the old look, or is this a "
       "chance to redo both?"),
     c("I'd love to redo both but money's tight after buying the ute. Just the new one for now.", "no_money"),
     t("Makes sense. Doors and tailgate in cast vinyl rated seven years outdoors is about $480 fitted. "
       "I'll quote the old one separately too, so you've got it for later. No obligation."),
     c("Yeah, do that. When could you fit it?", None),
     t("Tuesday or Thursday next week, about two hours at our Eagle Farm shop. I'll email both quotes "
       "today and you pick the day."),
     c("Thursday arvo's probably best. Send it through.", None)],
    [o2,
     t("Love it, growing the fleet! So tell me, what would it take for you to book both utes in with us today?"),
     c("Both? I only asked about the new one.", "no_need"),
     t("Sure, and what matters most to you in your brand experience on the road? Matching the fleet is "
       "what drives calls. How would you like to pay the deposit, card or transfer?"),
     c("Hang on, I don't even know the price yet.", None),
     t("Great point. It's $1,650 for the two-vehicle package. Which day this week works best for us to "
       "get them both in?"),
     c("Sixteen fifty? Nah, that's a fair bit more than I had in mind, mate.", "too_expensive"),
     t("I hear you. And if I could do it for $1,400, what's stopping you from saying yes right now?"),
     c("Look, I'll run it past the missus and get back to you.", "think_it_over"),
     t("Totally. So how would you feel about locking in the $1,400 with a $100 deposit now, and she can "
       "sign off tonight?"),
     c("No, mate. I'll ring you if I want it.", "brush_off")],
)

# --- 3. pitch_as_paraphrase: Durban bakery, website ------------------------------------------
o3 = c("Hello, this is Mrs Naidoo, I have a bakery in Overport. My nephew says I must get a website "
       "because people keep phoning to ask what time we close.", None)
p3 = gpair(
    "b196g_durban_bakery_website", "web designer, Durban (South Africa)", "pitch_as_paraphrase",
    "A bakery owner is told by her nephew she needs a website; the phone rings all day with simple questions.",
    [o3,
     t("Good morning, Mrs Naidoo. So people phone mainly for the closing time. What else do they ask when they call?"),
     c("Hours, and do we do eggless cakes, and for Diwali orders. The phone rings the whole day, my girls can't serve.", None),
     t("So the phone keeps the staff from the counter, and it's mostly hours, eggless cakes and festival "
       "orders. Do you know if you have a Google listing, the thing that shows on the map?"),
     c("I don't know. Maybe my nephew did it. I'm not good with computers, I must tell you.", None),
     t("That's fine, I'll check. Honestly, a correct Google listing with your hours may stop half those "
       "calls for free. Then a simple one-page site with the menu and a festival order form would do the "
       "rest, about R4,500 once and R150 a month hosting."),
     c("Four and a half thousand. Hmm. I'll have to ask my husband, he does the books.", "think_it_over"),
     t("Of course. I'll fix the Google listing this week at no charge and send you a one-page note with "
       "the website price to show him. Can I phone you on Friday?"),
     c("Yes, Friday afternoon is fine. Thank you, hey.", None)],
    [o3,
     t("Good morning! So what I'm hearing is you need a full online shop with payments and delivery "
       "booking, our Business Pro package, is that right?"),
     c("No, I don't think so. Just so people can see when we are open.", "no_need"),
     t("Absolutely, so if I understand you correctly, what you're really looking for is visibility, "
       "which is Business Pro with SEO at R1,200 a month. Did I get that right?"),
     c("Twelve hundred every month? For opening hours? That's a lot, man.", "too_expensive"),
     t("I understand. So what you're saying is you want to grow and reach more customers, which is why "
       "Pro includes social media management too. Have I captured that correctly?"),
     c("I didn't say that. I said people are phoning too much.", None),
     t("Right, so to play that back, you'd like our call-answering add-on as well, at R300. Shall I put "
       "that together for you?"),
     c("No thank you. I'll wait for my nephew to help me.", "brush_off")],
)

# --- 4. upsell_as_loop_closing: Bristol dog walker, business cards ---------------------------
o4 = c("Hi, I'm a dog walker and I need another 250 of my business cards, same as last time, just the "
       "phone number's changed.", None)
p4 = gpair(
    "b196g_bristol_business_cards", "print shop, Bristol (UK)", "upsell_as_loop_closing",
    "A sole-trader dog walker reorders business cards with a new phone number.",
    [o4,
     t("Hi, no problem. Let me find your last order. Is it under Paws About Bristol?"),
     c("That's the one. New number's 07700 900412.", None),
     t("Got it. Same design, same matt card, 250, with the number changed to 07700 900412. Is anything "
       "else on the card out of date? Email, social handles?"),
     c("Oh, good shout, actually. I'm off Facebook now, so take that off. Instagram stays.", None),
     t("Will do. Same price as last time, £28. I'll send a proof with the new number and Facebook removed."),
     c("Is it any cheaper if I get 500?", None),
     t("500 is £38, so cheaper per card, but only worth it if you'll use them before something changes "
       "again. How long did the last 250 last you?"),
     c("About a year. I'll stick with 250 then. Ready by Friday?", None),
     t("If you approve the proof by tomorrow, yes, Friday after two."),
     c("Perfect, I'll pick them up.", None)],
    [o4,
     t("Hi! Happy to help. And just so we close the loop properly, what else can I add for you today? "
       "Our dog-shaped die-cut cards are really popular."),
     c("No, just the normal ones. Same as before.", "no_need"),
     t("Lovely. And to make sure your experience is complete, is there anything else? Branded poo-bag "
       "holders, maybe, or lead tags with your logo?"),
     c("Er, no. Just the cards, with the new number.", "no_need"),
     t("Of course. So to sum up, 250 cards, new number. Before I let you go, what else would make this "
       "order perfect? 500 with spot gloss is only £30 more."),
     c("Thirty quid extra for shiny bits? I'm fine, honestly.", "too_expensive"),
     t("No worries. Last thing, anything else at all? Magnets for the van are great for dog walkers."),
     c("I haven't got a van. I walk. Can I just have my cards, please?", None)],
)

# --- 5. leading_tag_questions: Perth candle maker, mailer boxes ------------------------------
o5 = c("hi there, i make soy candles from home and sell at markets and on etsy. looking for boxes with "
       "my logo on. not sure where to start", None)
p5 = gpair(
    "b196g_perth_candle_boxes", "packaging supplier, Perth (Australia)", "leading_tag_questions",
    "A home candle maker asks about branded boxes, by web chat.",
    [o5,
     t("Hi! Happy to help you work it out. Roughly how many candles do you sell a month, and what size are the jars?"),
     c("maybe 150 a month. two sizes, a 200ml and a 400ml tumbler", None),
     t("Thanks. Are the boxes mainly for posting Etsy orders, for the market table, or both?"),
     c("both really. the etsy ones get posted so they need to survive australia post lol", None),
     t("Ha, fair. Then I'd do one printed mailer that fits either jar with a card insert, rather than two "
       "designs. Minimum run is 250 at about $2.10 each."),
     c("hmm thats $525 in one go, bit much for me right now. could i do less", "no_money"),
     t("Sure. We can digitally print 100 at $3.40 each, $340, so you can test them before committing. "
       "Want me to post a blank sample first so you can check both jars fit?"),
     c("yes please that would be great", None)],
    [o5,
     t("Hi! You'll want our luxury rigid boxes with magnetic lids, won't you? They really lift the unboxing experience."),
     c("um what do those cost", None),
     t("$6.80 each, minimum 500. But your candles deserve the best, don't they?"),
     c("thats more than half what i sell the small one for haha. its $18", "too_expensive"),
     t("Sure, but you'd agree premium packaging lets you charge more, wouldn't you? And you're serious "
       "about growing the brand, aren't you?"),
     c("i mean yeah but i cant put three grand into boxes, i do this on the side", "no_money"),
     t("Totally. Still, you wouldn't want to look cheap next to the other stallholders, would you? Shall "
       "I pop the sample pack in the post?"),
     c("nah thats ok. ill keep looking around thanks", "brush_off")],
)

# --- 6. putdown_question: Glasgow garage, misprinted banner ----------------------------------
o6 = c("Aye, hello. I picked up a banner from youse on Saturday for my garage and the phone number's "
       "wrong. It's got a seven where there should be a one.", None)
p6 = gpair(
    "b196g_glasgow_banner_misprint", "print shop, Glasgow (UK)", "putdown_question",
    "A garage owner collected a PVC banner with a wrong digit in the phone number.",
    [o6,
     t("Oh no, I'm sorry. That's the number people need to reach you on, so that matters. Have you got a photo of it?"),
     c("Aye, here. See, 0141 554 7... it should be a 1.", None),
     t("I see it. Let me check the proof we sent you... The proof says 1, so the mistake's ours, in the "
       "print file. We'll reprint it free. Is it already up?"),
     c("It's up on the fence. Took me an hour with cable ties.", None),
     t("Then we'll fit the new one and take the old one down, so you're not losing another hour. Could "
       "we come Wednesday morning?"),
     c("Wednesday's no good, I've got a clutch job on all morning. Thursday?", "no_time"),
     t("Thursday at nine, then. I'll text you the fitter's name the day before."),
     c("Sound. Cheers.", None)],
    [o6,
     t("Right, okay. And are you sure you're reading it right? What exactly makes you think it's our mistake?"),
     c("Because I can read numbers, pal. It says seven.", None),
     t("Okay, let's stay calm. Can you talk me through what you actually approved? Because customers "
       "don't always check their proofs properly, do they?"),
     c("I checked it. It said one. I've got the email.", None),
     t("Well, I hear your frustration. What would you say you could have done differently, so we "
       "understand your experience?"),
     c("Differently? Nothing. Are you going to fix it or not?", None),
     t("Of course, I'm here to help. Just so we're clear, how did you not notice when you collected it?"),
     c("Forget it. I'll get it done at the place on Duke Street. Unbelievable.", None)],
)

# --- 7. not_my_department_or_read_the_terms: Johannesburg gym, late T-shirts -----------------
o7 = c("Hi. I ordered 80 branded T-shirts for my gym's fun run and they arrived the day after the run. "
       "I want my money back.", None)
p7 = gpair(
    "b196g_johannesburg_funrun_shirts", "promotional merchandise supplier, Johannesburg (South Africa)",
    "not_my_department_or_read_the_terms",
    "A gym owner's printed event T-shirts arrived a day after the event.",
    [o7,
     t("I'm sorry, that's really disappointing, they were for one particular day. Can you give me the "
       "order number so I can see what happened?"),
     c("JHB-2291. We ordered three weeks before. You promised delivery by the 12th.", None),
     t("I've got it. The confirmation says the 12th and the courier scan shows it left us on the 13th. "
       "That's on us. Are the shirts any use to you now, or none at all?"),
     c("They've got the date printed on them. Useless. Well, the members might train in them, I suppose.", None),
     t("Then two options: a full refund of the R9,600 and you keep the shirts for members, or half back "
       "and we reprint 80 without the date for your next event. I can get it approved today and phone "
       "you with the reference by four."),
     c("Full refund, please. I'm not sure I'd order from you again, honestly.", "bad_experience"),
     t("That's fair, and I understand. Full refund it is. I'll call you before four with the reference."),
     c("Okay. Thank you.", None)],
    [o7,
     t("I'm so sorry to hear about your experience. Delivery is handled by our courier partner, though, "
       "so that's not really my department. What else can I help you with?"),
     c("You took my order. You promised the 12th. I want a refund.", None),
     t("I totally understand how you feel. Refunds go through accounts, I can't touch those. Did you read "
       "the terms when you ordered? Clause 9 says delivery dates are estimates."),
     c("Estimates? Your salesperson said guaranteed. In writing.", None),
     t("I hear you. Unfortunately I didn't make the rules. You're welcome to email accounts at the "
       "address on the invoice. Is there anything else I can do for you today?"),
     c("Give me your manager's name. Now.", None),
     t("My manager is out this week, but I'd really value your feedback. How satisfied were you with the print quality?"),
     c("Unbelievable. I'm asking the bank to reverse the payment.", None)],
)

# --- 8. social_proof_or_deadline_pressure: Adelaide boxing gym, community radio ------------
o8 = c("Hi, I got your flyer about advertising on the community radio. I run a small boxing gym in "
       "Norwood. How does it work?", None)
p8 = gpair(
    "b196g_adelaide_gym_radio", "local advertising seller, Adelaide (Australia)",
    "social_proof_or_deadline_pressure",
    "A boxing gym owner enquires about community radio ads after getting a flyer.",
    [o8,
     t("Thanks for calling. Happy to explain, but first, what's prompting it? More members, or something else?"),
     c("More members, yeah. We've got about 90, could fit 150. Summer's always quiet.", None),
     t("So room for about sixty more, and summer's the slow patch. Where do your members come from now?"),
     c("Word of mouth mostly. Instagram a bit. I tried radio once, different station, and got nothing out of it.", "bad_experience"),
     t("That's worth knowing. What did you run, and for how long?"),
     c("Ten ads over one week, at like 2am probably. Four hundred bucks down the drain.", None),
     t("That's the usual trap, too short and the wrong slot. We're a community station, so the audience "
       "is local but small. For a gym, the only version I'd recommend is four weeks at breakfast with a "
       "free-trial offer, about $880. If that feels like a punt, let me send the Norwood listener numbers first."),
     c("Yeah, send the numbers. I'll go over them with my business partner.", "think_it_over"),
     t("Will do, today. Shall I call you Tuesday once you've both had a look?"),
     c("Tuesday's fine. After ten, I'm coaching before that.", None)],
    [o8,
     t("Great to hear from you! What does success look like for your gym? Because honestly, every gym in "
       "the eastern suburbs is on air with us right now."),
     c("Every gym? Which ones?", None),
     t("I can't name names, but the big ones. And the thing is, the summer package is $1,500 and I can "
       "only hold that rate until five today. After that it's $2,200."),
     c("Today? I tried radio before and it was money down the drain, mate. I'm not rushing into it.", "bad_experience"),
     t("I hear you, and I really want to understand your needs. But there are only two January slots "
       "left and the CrossFit place on The Parade was asking about them this morning."),
     c("Then let them have it. I need to talk to my partner first.", "think_it_over"),
     t("Totally respect that. How about I pencil you in and you can cancel within 24 hours? Most owners "
       "do that, it takes the pressure off."),
     c("No. Don't pencil anything. Email me something and I'll look at it.", "brush_off")],
)

# --- 9. keyword_stuffed: Cardiff florist, door-to-door flyers -------------------------------
o9 = c("Hiya, I'm opening a florist in Canton next month and I want some flyers to put through doors "
       "round here. How much for a few thousand?", None)
p9 = gpair(
    "b196g_cardiff_florist_flyers", "print shop, Cardiff (UK)", "keyword_stuffed",
    "A new florist wants flyers to deliver door to door before opening.",
    [o9,
     t("Congratulations on the shop! A couple of questions so I quote the right thing. What do you want "
       "people to do when they get the flyer?"),
     c("Come in, basically. I was going to do ten per cent off the first bouquet.", None),
     t("Nice. Are you delivering them yourselves, or do you want us to arrange delivery?"),
     c("Me and my sister, we'll walk them. Keeps the cost down.", None),
     t("Then A6 on thick card is sturdy and fits letterboxes. 3,000 would be £95, 5,000 £120. Roughly how "
       "many houses are you aiming at?"),
     c("No idea, to be honest. Maybe two thousand? I haven't counted.", None),
     t("Then 3,000 gives you spares for the counter. Our designer can do a draft for £40, or you send "
       "your own artwork at no cost. Shall I email both options?"),
     c("Go on then. I'll probably do the design myself on Canva.", None)],
    [o9,
     t("Amazing, I really feel your passion. Can I just understand your needs and your journey, so we "
       "build a relationship that delivers success for you?"),
     c("Er, okay. I just need flyers, really.", None),
     t("Absolutely. So I hear that flyers are important to you, and I understand how you feel about that. "
       "What does a successful flyer experience feel like for you?"),
     c("I don't know how to answer that. How much are they?", None),
     t("Great question, and I want to make sure our partnership meets your needs. Price really depends "
       "on what success means for you. How do you feel about your brand journey so far?"),
     c("I haven't even opened yet. Can you just give me a price for three thousand?", None),
     t("I totally understand, and I really value that. I'll have our relationship manager reach out to "
       "explore your needs more deeply. Anything else I can do to make your experience great?"),
     c("No. I'll just do it online, to be honest.", None)],
)

# --- 10. rude: Cape Town pub, A-frame sign (web chat) -----------------------------------------
o10 = c("hi, need a quote for an a-frame sign for our pub in observatory. chalkboard on one side maybe "
        "our logo on the other", None)
p10 = gpair(
    "b196g_capetown_pub_aframe", "sign maker, Cape Town (South Africa)", "rude",
    "A pub manager asks by chat for a quote for a pavement A-frame sign.",
    [o10,
     t("Hi! Happy to quote. Will it stay outside all the time, or come in at night?"),
     c("comes in at night. pavement is narrow so it cant be too big", None),
     t("Got it. Our standard is 600 by 900mm, which suits most pavements: steel frame, chalkboard one "
       "side, printed logo panel the other. R2,350. Will 600 wide be okay out there?"),
     c("should be fine. R2350 is a bit steep tho, saw one online for R1400", "too_expensive"),
     t("Fair comparison. The cheap ones are usually MDF, which swells after one Cape winter; ours is "
       "aluminium composite. If budget's the main thing, I can do plain chalkboard both sides for R1,650 "
       "and add the logo panel later."),
     c("ok makes sense. lets do the logo one, owner wants the branding", None),
     t("Great. Send the logo as a PDF or a big PNG and I'll mock it up by tomorrow for you and the owner to check."),
     c("cool will send now", None)],
    [o10,
     t("Hi. Sure. What exactly do you need? An A-frame, like you said. Yeah."),
     c("yes. one side chalkboard one side logo", None),
     t("Obviously. Standard's 600 by 900. R2,350. Anything else?"),
     c("bit steep, saw one online for R1400", "too_expensive"),
     t("Great, then buy that one. Honestly, what do you expect for R1,400, a miracle? Did you want a real sign or not?"),
     c("wow ok. was just asking", None),
     t("Look, I've got ten quotes to do today. So what I'm hearing is you want it cheap. How satisfied are "
       "you with that answer?"),
     c("not very. forget it, ill go elsewhere", None)],
)

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
