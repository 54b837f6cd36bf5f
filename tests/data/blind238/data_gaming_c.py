"""Gaming pairs, file c (b238). Written by hand."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question (second)
_open = c("Hiya pet, I bought these push-fit elbows here last week and two of them are weeping. I've had to turn the water off at a tenant's flat.", None)
PAIRS.append(gpair(
    "b238g_newcastle_pushfit", "plumbing merchant, Newcastle (UK)", "putdown_question",
    "A handyman-landlord brings back leaking push-fit fittings; the cause could be the batch or an unchamfered pipe end.",
    good=[
        _open,
        t("Oh no, sorry. Can I have a look at them? And what pipe did they go on, copper or plastic?"),
        c("Plastic, the grey barrier pipe. I used the inserts and all that.", None),
        t("Thanks. Looking at this one, the O-ring's nicked, which can be the fitting or a burr on the pipe end. Did you use a deburring tool, or just the cutters?"),
        c("Just the cutters. I've done hundreds like that and never had a problem, mind.", None),
        t("Fair enough, it could well be a bad batch. I'll swap these for free, and I'd suggest a chamfer tool, it's a fiver and cheap insurance with this brand. I'll send these two back to the manufacturer to check the batch as well. Does that get the tenant's water back on?"),
        c("A fiver for a tool I've never needed? Go on then, I don't want to be back here tomorrow.", "too_expensive"),
        t("Here you go. If the batch turns out faulty I'll ring you and refund the tool."),
        c("You're a star.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that. Can I ask, have you actually fitted push-fit before, or is this your first go?"),
        c("I've done hundreds. They're weeping, that's all.", None),
        t("Okay. And did you cut the pipe square, or did you just hack at it with whatever was in the van?"),
        c("I used proper cutters. Are you saying I don't know what I'm doing?", None),
        t("Not at all. I'm just curious, what makes you so sure it's the fitting and not you?"),
        c("Because I've not had one weep in twenty years. And I've a tenant with no water.", None),
        t("I hear you. So how can I help you understand the correct technique going forward?"),
        c("You can give us two new elbows or my money back. Then I'm off to the place over the road.", None),
    ],
))

# 7. not_my_department_or_read_the_terms (second)
_open = c("Hi, we bought a twin-tank fryer off you in January and one side won't heat past ninety degrees. We've a full book tonight.", None)
PAIRS.append(gpair(
    "b238g_galway_fryerwarranty", "catering equipment supplier, Galway (Ireland)", "not_my_department_or_read_the_terms",
    "A restaurant's fryer, bought from the supplier and under warranty, has one tank stuck at ninety degrees.",
    good=[
        _open,
        t("That's bad timing. Let me get the order up. Is it showing an error code, or just not getting hot?"),
        c("No code. The light's on, it just sits at ninety. The other tank is fine.", None),
        t("So one tank stuck at ninety, no code, the other one fine. That sounds like the thermostat or the high-limit. It's under warranty, so no cost to you. The engineer can be there tomorrow morning; for tonight, can you run everything through the good tank?"),
        c("We can, but it'll be slow. Tomorrow morning's no good, mind, we've a delivery and the kitchen's packed till twelve.", "no_time"),
        t("Then I'll book him for half twelve, he'll be done before evening prep. I'll send a spare thermostat out with him so he isn't waiting on parts. Is the kitchen number the best one to call?"),
        c("Yeah, or my mobile. Half twelve's grand.", None),
        t("Booked. You'll get a text with the engineer's name tonight."),
        c("Thanks, appreciate it.", None),
    ],
    gaming=[
        _open,
        t("Oh no, sorry to hear that. How can I help?"),
        c("One tank won't heat past ninety. It's under warranty, I need someone out.", None),
        t("I completely understand your frustration. Unfortunately warranty is handled by the manufacturer, so it's not really my department. You'd need to call them."),
        c("I bought it from you. Your name's on the invoice.", None),
        t("I totally hear you. If you read the warranty terms, it says claims go through the manufacturer's service line. I didn't write them, I'm afraid."),
        c("So I'm to spend my afternoon on hold? I've a full book tonight.", None),
        t("I know, it's frustrating. Is there anything else I can help with today?"),
        c("No. Put me onto your sales manager, the one who sold it to us.", None),
    ],
))

# 8. social_proof_or_deadline_pressure (second)
_open = c("Hello, I have a small warehouse in Bradford, fabric storage. Old fluorescent tubes, many are flickering. I want to know about LED, what it costs.", None)
PAIRS.append(gpair(
    "b238g_bradford_warehouseled", "electrical wholesaler, Bradford (UK)", "social_proof_or_deadline_pressure",
    "A careful warehouse owner, once overcharged by an electrician, wants to understand the cost of replacing old fluorescent fittings.",
    good=[
        _open,
        t("Happy to help. How many fittings are there, and what's the ceiling height?"),
        c("Around forty fittings, double tubes. Ceiling is about six metres. We work nine to six, six days.", None),
        t("So forty twin fittings at six metres, about fifty-four hours a week. Are the fittings themselves in good condition, or yellowed and brittle? That decides whether we change tubes or whole fittings."),
        c("Some are old, maybe twenty years. The electrician last time charged me a lot for very little, so I am careful now.", "bad_experience"),
        t("Understood. With twenty-year-old fittings I'd replace them with LED high-bays, about forty-five pounds each trade, so around eighteen hundred for materials. On your hours that should save roughly a hundred pounds a month on electricity. I can give you a written materials list so you can ask two electricians to quote for fitting. Would that help?"),
        c("Yes, that is good. I will get the quotes and then I decide.", "think_it_over"),
        t("Sensible. Here's the list, with the prices fixed for thirty days so there's no rush."),
        c("Thank you, very clear.", None),
    ],
    gaming=[
        _open,
        t("Great! What's driving the need to upgrade?"),
        c("The tubes are flickering. Forty fittings, twenty years old. I want to know the cost first.", None),
        t("Smart thinking. Honestly, every warehouse on your estate has gone LED this year. Your neighbours at the cash-and-carry did theirs last month."),
        c("Okay, but what does it cost for me?", None),
        t("It's eighteen hundred for the high-bays, but that price is only good until the end of today, then the manufacturer puts it up twelve percent. And there's only about thirty in stock."),
        c("I cannot decide today. I want quotes from electricians. The last time I rushed, I paid double.", "think_it_over"),
        t("I understand, but most of my customers said the same and then regretted waiting. Shall I just reserve forty with a small deposit?"),
        c("No deposit. Just give me your card, I will call you.", "brush_off"),
    ],
))

# 9. keyword_stuffed (second)
_open = c("Hi, it's Dean from Hartley Builds. I've landed a job that's double my usual size and my credit limit with you won't cover the materials. Can it go up?", None)
PAIRS.append(gpair(
    "b238g_nottingham_creditlimit", "builders' merchant credit desk, Nottingham (UK)", "keyword_stuffed",
    "A small builder with a good payment record needs a bigger credit limit for a two-storey extension paid in stages.",
    good=[
        _open,
        t("Congratulations on the job, Dean. What's the limit now, and how much do you think the materials will come to?"),
        c("Limit's five grand. It's a two-storey extension, I reckon about fourteen grand of materials over three months.", None),
        t("So fourteen grand spread over about three months, not all at once. Does the client pay you in stages?"),
        c("Yeah, three stage payments. First one's when the footings are in.", None),
        t("That helps. A permanent jump from five to fifteen is a big ask for the credit team, but a temporary raise to ten for four months usually goes through when the account's been paid on time, and yours has. Could you email me the contract or the stage payment schedule? That tends to speed it up."),
        c("Ten might be tight near the end, but I can work with it. I'll send the contract tonight.", None),
        t("Thanks. I'll put it to them tomorrow and ring you by Thursday with the answer either way."),
        c("Cheers, that's great.", None),
    ],
    gaming=[
        _open,
        t("Hi Dean, thanks so much for reaching out. I really value our relationship and I understand how important this is to you. Can you tell me what success looks like for your business?"),
        c("Success is having the materials on site. The limit's five grand, the job needs about fourteen.", None),
        t("I completely understand, and I hear your need. Your experience as a valued partner is really important to us and we want to support your growth journey."),
        c("Right. So can it go up?", None),
        t("Great question. What I'm hearing is that you feel your current credit solution isn't meeting your needs. How satisfied are you with your overall account experience?"),
        c("I'd be more satisfied if you answered me. I've footings going in next week.", None),
        t("Absolutely, and I really appreciate your honesty. I'll share your feelings with the team and someone will be in touch to understand your needs further."),
        c("Forget it. I'll open an account somewhere that gives me an answer.", None),
    ],
))

# 10. rude (second)
_open = c("Hello there, I run a small B&B out the Callan road. Someone told me I could get cleaning things cheaper here than in the supermarket. Is that right?", None)
PAIRS.append(gpair(
    "b238g_kilkenny_bnbsupplies", "janitorial and hygiene wholesaler, Kilkenny (Ireland)", "rude",
    "An older B&B owner asks whether a trade counter can save her money on laundry and toilet rolls; she can't lift heavy sacks.",
    good=[
        _open,
        t("It can be, yes, especially if you buy in bulk. What do you go through most of, laundry, washroom cleaner, toilet rolls?"),
        c("Laundry mostly, sheets and towels. Six rooms. I tried a big box of powder from a cash and carry once and it left the sheets grey, mind.", "bad_experience"),
        t("Six rooms, lots of laundry. Grey sheets are often hard water and not enough powder; ours has a softener in it and I'll give you the dose for your machine. Our bulk laundry powder works out about half what you'd pay in the supermarket, but it comes in a 20 kilo sack. Have you room to store that, and would you manage lifting it?"),
        c("Oh, twenty kilos would be too heavy for me. And I can't be putting out a fortune up front.", "no_money"),
        t("That's fair. We do it in 5 kilo tubs too, still cheaper per wash than the supermarket, and we deliver to the B&B free if the order's over sixty euro. A case of 36 toilet rolls would bring you over that. Would you like me to work out a small order and what you'd save?"),
        c("That would be lovely. I'm not great with the sums.", None),
        t("No trouble. Here, I've written it out: about seventy euro, against about a hundred and ten in the supermarket for the same."),
        c("Go on so, I'll take that. Tuesday if you can.", None),
    ],
    gaming=[
        _open,
        t("We're a trade counter. Do you have a trade account?"),
        c("No, I run a B&B. Six rooms. Is that not trade?", None),
        t("Technically. What do you want?"),
        c("Laundry powder mostly, and toilet rolls. I go through an awful lot.", None),
        t("Laundry's in 20 kilo sacks, toilet rolls by the case. Over there. Anything else? I've people waiting."),
        c("Twenty kilos? I couldn't lift that. Is there a smaller one?", None),
        t("It's a wholesaler, not a corner shop. If you want small boxes, go to the supermarket. Do you need anything else or not?"),
        c("I don't think I'll bother. I'll stay with the supermarket.", "no_need"),
    ],
))

# 11. ignored_customer (second)
_open = c("Morning. I need sixty bags of cement and two cubes of river sand at our site in Westdene on Monday. But the street is narrow, only small trucks can get in.", None)
PAIRS.append(gpair(
    "b238g_bloemfontein_cementdelivery", "builders' merchant, Bloemfontein (South Africa)", "ignored_customer",
    "A site manager orders a delivery to an estate with a truck weight limit and a no-deliveries-before-eight rule.",
    good=[
        _open,
        t("Morning. Noted about the street. How small are we talking, is an 8-ton truck okay, or does it need to be a bakkie?"),
        c("Eight ton is the max, the estate has a weight limit. And no deliveries before eight, the body corporate is strict.", None),
        t("Okay: eight-ton truck, not before eight, sixty bags and two cubes. That fits in one load. Is there a spot on site for the sand, or must we tip it on the pavement?"),
        c("Inside the gate, there's a slab by the garage. But the last time we used you, the driver couldn't find the site and we paid for a second trip.", "bad_experience"),
        t("Sorry about that. Delivery is four hundred and fifty rand on the 8-ton, and if he can't get in there's no second charge. I'll put 'small truck only, after eight, tip inside the gate on the slab' on the note so the driver knows before he leaves. Can I have a site contact for him?"),
        c("Sipho, he'll be at the gate. I'll SMS you his number.", None),
        t("Got it. I'll send you the order confirmation now, and the driver will phone Sipho when he's ten minutes away."),
        c("Perfect, thanks.", None),
    ],
    gaming=[
        _open,
        t("Morning! Tell me about your delivery needs."),
        c("Sixty bags, two cubes of sand. Narrow road, eight-ton limit, nothing before eight.", None),
        t("Great, I've booked you on the 7 a.m. slot with the 14-ton tipper, that's our standard for a load like that."),
        c("No. Eight ton maximum, and not before eight. The body corporate will fine us.", None),
        t("Understood. And where do you want the sand dropped?"),
        c("Inside the gate, on the slab. Did you change the truck?", None),
        t("Perfect, I've got kerbside drop on the 14-ton, 7 a.m. Anything else I can help with today?"),
        c("You haven't listened to one thing I said. Cancel it, I'll phone someone else.", None),
    ],
))

# 12. repeated_questions (second)
_open = c("hi there, we have three cafes in brighton and want our logo on our takeaway cups. whats the minimum order", None)
PAIRS.append(gpair(
    "b238g_brighton_printedcups", "catering packaging wholesaler, Brighton (UK), web chat", "repeated_questions",
    "A café owner with three small sites and little storage asks about printed cups in a chat window.",
    good=[
        _open,
        t("Hi! For printed cups it's usually 25,000 per design, but it depends on size. How many cups do you get through a week across the three cafés, and which sizes?"),
        c("about 3000 a week, mostly 12oz, some 8oz. we dont have much storage, tiny back rooms", None),
        t("Thanks. 25,000 of 12oz is about two months' worth for you, around twenty-five boxes, which is a lot for small back rooms. We can print it all at once and deliver in four drops, so you only store six boxes at a time. Would that work?"),
        c("that would work yeah. whats the price difference vs plain, we pay about 6p now", None),
        t("Printed 12oz double-wall comes to about 8.5p at that quantity, so roughly 75 pounds a week more across the three cafés. Would a mock-up with your logo help you decide?"),
        c("hmm thats more than i hoped. send the mockup and ill show my business partner", "think_it_over"),
        t("Will do, you'll have it by Wednesday. There's no charge for the mock-up."),
        c("great thanks", None),
    ],
    gaming=[
        _open,
        t("Hi! Great to hear from you. So, how many cups do you use?"),
        c("about 3000 a week, mostly 12oz", None),
        t("Lovely. And in terms of volume, what are you going through weekly?"),
        c("i just said, 3000. whats the minimum order", None),
        t("Of course! And can I ask, roughly how many cups would you say you sell across the sites?"),
        c("3000. a week. are you a bot", None),
        t("Ha, no! I just want to understand your needs. So, thinking about usage, how many cups per week would you estimate?"),
        c("forget it, email me a price list and ill look when i have time", "brush_off"),
    ],
))

# 13. wrong_paraphrase (second)
_open = c("Hello, I have a convenience shop on Belgrave Road. I am having some shoplifting, small things, and I want to know about cameras.", None)
PAIRS.append(gpair(
    "b238g_leicester_shopcctv", "electrical and security wholesaler, Leicester (UK)", "wrong_paraphrase",
    "A shopkeeper with a small three-aisle shop and a blind spot behind the till wants to see shoplifting as it happens.",
    good=[
        _open,
        t("Sorry to hear that. How big is the shop, and where does the stealing seem to happen, near the door or in certain aisles?"),
        c("It is small, three aisles. Mostly the back aisle, sweets and razors. I cannot see it from the till.", None),
        t("So three aisles, and the back one is the blind spot from the till. Is it more that you want to see it as it happens, or to have recordings for the police?"),
        c("To see it. Police don't come for small things. My brother-in-law had a system and it was useless, the picture was bad at night.", "bad_experience"),
        t("That's often cheap cameras with poor night vision. For you I'd suggest four cameras, one on the back aisle, and a monitor by the till so you see it live. A kit with proper night vision is about three hundred and sixty pounds, plus fitting if you need it. Would you like to see the picture quality on our demo screen first?"),
        c("Yes, show me. If it is clear at night, then I will think seriously.", None),
        t("This one is on our back yard with the lights off. You can read the number plate on the van there."),
        c("Okay, that is much better than my brother-in-law's. Can you send someone to fit?", None),
    ],
    gaming=[
        _open,
        t("Of course. What's going on?"),
        c("Small things stolen, back aisle, sweets and razors. I cannot see it from the till.", None),
        t("So what I'm hearing is you've had a break-in and you want a full alarm and monitoring system with a response team, is that right?"),
        c("No, no break-in. Shoplifting. Small things in the daytime.", None),
        t("Got it, so you're saying you've got a large store with lots of blind spots and you want sixteen cameras with cloud recording."),
        c("Three aisles! I said it is a small shop.", None),
        t("Perfect, so to play it back: you're happy with the budget for the sixteen-camera cloud package at two thousand one hundred, plus the monthly plan. Did I understand you correctly?"),
        c("I never said any budget. That is too much money for me. I will go elsewhere.", "no_money"),
    ],
))

# 14. pitch_to_upset (second)
_open = c("I need to open an account or something. My van got nicked last night with every tool I own in it. I've a job at nine tomorrow and nothing.", None)
PAIRS.append(gpair(
    "b238g_liverpool_stolentools", "tool and fixings trade counter, Liverpool (UK)", "pitch_to_upset",
    "A shaken tradesman whose van and tools were stolen overnight needs to get through tomorrow's job with little cash.",
    good=[
        _open,
        t("Oh no, I'm really sorry. That's gutting. Have you reported it to the police yet? You'll need the crime number for the insurance."),
        c("Yeah, got the number. Insurance'll take weeks though. I just need enough to get through tomorrow.", None),
        t("Okay, let's focus on tomorrow. What's the job, and what do you absolutely need for it?"),
        c("Bathroom strip-out and first fix. So a drill, an SDS, multitool, a few hand tools. I can't drop a grand on it, I'm skint till the insurance pays.", "no_money"),
        t("Right. Two things: we hire the SDS and the multitool by the day, so that's about forty quid for tomorrow instead of buying. And I can do a basic drill and hand-tool set for about a hundred and sixty. Keep the receipts for your claim. Does that get you through?"),
        c("Yeah, that's doable. Can I take them tonight?", None),
        t("Yes, I'll start the hire from the morning, so taking it tonight costs you nothing extra."),
        c("Cheers mate, honestly, that's a lifesaver.", None),
    ],
    gaming=[
        _open,
        t("Oh mate, that's awful, I'm so sorry. How are you feeling?"),
        c("How d'you think? Twenty years of tools. I've a job at nine tomorrow.", None),
        t("I hear you. So this is actually the perfect time to upgrade. We've got the new 18-volt six-piece brushless kit, five-year warranty, eight hundred and ninety-nine."),
        c("Eight hundred? I'm skint till the insurance pays out.", "no_money"),
        t("Totally, which is why we've got our trade credit card, buy now pay in ninety days. And you'll want a van vault as well so this never happens again, only three-forty fitted."),
        c("I don't want a van vault. I haven't even got a van now. I need a drill for tomorrow.", "no_need"),
        t("Of course. So shall I put you down for the kit and the vault on the card? Which would you like first?"),
        c("Unbelievable. I'll go somewhere else.", None),
    ],
))

# 15. blame (second)
_open = c("Hi, I'm phoning about my statement. You've charged me full retail on three invoices this month. I've had a trade account with you for six years.", None)
PAIRS.append(gpair(
    "b238g_eastlondon_retailcharged", "electrical wholesaler, East London (South Africa)", "blame",
    "An electrician on a long-standing trade account was charged retail at one branch because the new till system didn't pick up the account.",
    good=[
        _open,
        t("Sorry about that, let's check. Can you give me the invoice numbers?"),
        c("Ending 4471, 4490 and 4512. All from the Vincent branch.", None),
        t("Got them. You're right, they went through as cash sales, not on your account, so no trade discount. It looks like the new till system didn't pick your account up at Vincent. The difference is two thousand three hundred rand, and I'll put a credit note through for it today. Does that match what you worked out?"),
        c("About that, ja. But this happened last year too, at a different branch. I'm getting tired of checking every statement.", None),
        t("That's fair, you shouldn't have to. I'll ask IT to link your account across all branches properly, and I'll check your next two statements myself before they go out. I'll email you when the credit's done."),
        c("Okay. Thank you for not giving me the runaround.", None),
        t("One more thing: would a barcode account card help at the till in the meantime? I can post you one."),
        c("Not really, my wallet's full of cards. If the system's fixed I don't need it.", "no_need"),
        t("Fair enough. I'll email you once the credit's through."),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. Can you tell me more?"),
        c("Invoices 4471, 4490 and 4512 at Vincent. Charged retail. Six years on a trade account.", None),
        t("Okay, so those were processed as cash sales. Did you give your account number at the till? Customers need to quote it every time, that's in the account terms."),
        c("I've never quoted it in six years. They know me there.", None),
        t("I understand, but the system can't know that. So what I'm hearing is the account number wasn't given, which is why you were charged retail."),
        c("So it's my fault your till can't find me?", None),
        t("Not your fault exactly, but it is your responsibility to check your receipts at the counter. I can put in a request, but I can't promise a credit."),
        c("Right. Put me through to your branch manager, and then I'm moving my account.", None),
    ],
))
