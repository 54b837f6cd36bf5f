"""Gaming pairs a (blind173): written by hand for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

o = c("Hi, sorry, I'm calling about the one-bedroom on Queen East. Is it still available?", None)
P(gpair("b173g_toronto_condo_rental", "condo rental agent, Toronto (phone)", "monologue",
        "A renter with a cat phones about a one-bedroom listing.",
        [o, t("It is, yes. Before I book a viewing, what are you looking for, and when would you need to move?"),
         c("End of March, eh. It's me and my cat, I work downtown, so near the streetcar. About 2,300 max.", None),
         t("So end of March, you and a cat, close to the streetcar, 2,300 tops. This one is 2,250 and cats are allowed. Saturday morning for a viewing?"),
         c("Saturday's tough, sorry, I'm working a double. Anything on a weeknight?", "no_time"),
         t("Wednesday at 6:30? I'll email the address and the pet clause so you can read it first."),
         c("Wednesday works. Thanks, that's great.", None)],
        [o, t("Great question! It is, and let me walk you through the experience: gym, rooftop, concierge, parcel lockers, two years old, and the lobby is gorgeous..."),
         c("Okay, but does it allow-", None),
         t("And the success our tenants have here! 2,250, first and last, and I'd push for the two-year lease, plus parking at 175 a month..."),
         c("I don't have a car. I just wanted to ask about pets.", None),
         t("So what I'm hearing is you want the full experience! Parking can be sublet too. Shall I send the application?"),
         c("You haven't let me ask one thing. Never mind, bye.", None)]))

o = c("Hi there, what do you charge to put my winters on? They're already on rims.", None)
P(gpair("b173g_ottawa_winter_tyre_swap", "car service counter, Ottawa", "closing_as_open_question",
        "A driver at the counter wants a seasonal tyre swap, nothing more.",
        [o, t("Sure. On rims it's a quick swap. What's the car, and how old are the tyres?"),
         c("2017 Civic. The tyres are, uh, four winters old I think? Got them at Costco.", None),
         t("Four seasons is worth checking. The swap is 69; I'll measure the tread while it's up and tell you if they have another year. Okay?"),
         c("Sixty-nine, hm. The place near me did it for fifty last year.", "too_expensive"),
         t("Fair. Ours includes a torque re-check after 100 km. If fifty suits you better, no hard feelings. Want me to book it?"),
         c("No, the re-check's worth it. Thursday morning?", None),
         t("Thursday 8:30, booked. Bring your locking lug key if you have one.")],
        [o, t("Absolutely. So what would it take for you to drive out on a brand-new set of Blizzaks today instead?"),
         c("Nothing, I have tyres. I just need them swapped.", "no_need"),
         t("I hear you. How would you like to pay for the new set: card, or our six-month financing?"),
         c("I didn't say I was buying new tyres.", "no_need"),
         t("Of course. And which day works best for us to fit them, Wednesday or Thursday?"),
         c("Just the swap. You know what, forget it, I'll go to Canadian Tire.", None)]))

o = c("hi my internet keeps dropping in the evenings like every night around 8, im in NDG", None)
P(gpair("b173g_montreal_internet_drops", "telecom support chat, Montreal", "pitch_as_paraphrase",
        "A customer types into support chat about nightly internet drops.",
        [o, t("Sorry about that, evenings are when it matters. Is it the wifi, or does the modem lose the connection? What do the lights do?"),
         c("the white light goes orange and blinks. laptop and tv both drop", None),
         t("Orange blinking means the line drops, not your wifi. So: every evening near 8, every device. I'd like a tech to check the line. Tuesday afternoon ok?"),
         c("i work til 5 sorry, can they come after", "no_time"),
         t("Tuesday 5 to 8pm works. No charge since it's a line fault, and I'll credit 15 dollars for the evenings you lost."),
         c("ok merci, tuesday 5-8 is good", None)],
        [o, t("Sorry to hear! Just so I understand: what you need is our Gigabit 1.5 with the Wifi Pod bundle at 95 a month, is that right?"),
         c("no?? i need my current internet to work. i pay 70 already", "no_need"),
         t("Totally. So what I'm hearing is reliability is your top need, which is exactly what the Pod bundle gives you. Did I understand you correctly?"),
         c("you didnt. its the line not the wifi. can someone just fix it", None),
         t("So you'd like a technician with your upgrade, correct? I can add installation for 49."),
         c("forget it. can i talk to a supervisor please", None)]))

o = c("Good morning. I would like to open a simple account for my salary. I arrived from Manila three weeks ago.", None)
P(gpair("b173g_scarborough_bank_newcomer", "bank branch counter, Toronto", "upsell_as_loop_closing",
        "A newcomer wants a basic chequing account for salary and transfers home.",
        [o, t("Welcome to Toronto! Besides your salary, what will you use the account for day to day?"),
         c("Groceries, rent, and I send money to my mother every month. Maybe 300 dollars.", None),
         t("So salary in, rent and groceries out, 300 a month to your mom. Our newcomer chequing has no fee for a year. Transfers are 9.99 each; honestly, some apps are cheaper."),
         c("Ah, okay. I will check the apps first before I decide on that part.", "think_it_over"),
         t("Good idea. We'll open the chequing now and you can compare transfers later. Do you have your passport and PR card?"),
         c("Yes, here they are.", None)],
        [o, t("Welcome! Done, your chequing is open. Now, what else can I add for you today to complete your experience? A credit card?"),
         c("No, thank you. I don't need a credit card yet.", "no_need"),
         t("Understood. Anything else? Overdraft protection is only 5 a month, and a line of credit builds your relationship with us."),
         c("Sorry, I don't want any debt. I only need the account.", "no_need"),
         t("Of course. Just closing the loop: shall I add travel insurance and a TFSA? Anything else at all?"),
         c("I'm sorry, I have to go, my bus is coming. Thank you.", "brush_off")]))

o = c("Hi, um, I'm calling about daycare spots for my son, he's 18 months. We're in Barrhaven.", None)
P(gpair("b173g_ottawa_daycare_spot", "daycare centre, Ottawa (phone)", "leading_tag_questions",
        "A parent returning to work asks about a toddler spot.",
        [o, t("Hi, thanks for calling! What days would you need, and when would he start?"),
         c("Three days a week, from September when I go back to work. Is this one of the ten-dollar-a-day places?", None),
         t("Yes, we're in the program. For toddlers the waitlist is about four months, so September is realistic. What matters most to you in a centre?"),
         c("Honestly, that he's outside a lot. He's a busy little guy. And not too far a drive.", None),
         t("Outside twice a day, rain or shine, and we're just off Strandherd. Would you like to visit with him before adding your name?"),
         c("Sure, though we're seeing two other centres before we decide.", "think_it_over"),
         t("Makes sense, compare away. Tuesday at 10 for the visit?")],
        [o, t("Hi! You'll want full-time, won't you? Most parents find that's best."),
         c("No, just three days. I'm back at work in September.", None),
         t("Sure. And you'd want the enrichment package too, wouldn't you? French, music and yoga, only 180 a month extra."),
         c("Oh, um, the regular program is fine, sorry. We're on a tight budget.", "no_money"),
         t("Of course. But you wouldn't want him falling behind, would you? You'll put the deposit down today, won't you?"),
         c("I... I'll have to talk to my husband first. Thanks.", "think_it_over")]))

o = c("Hi, it's Nadia Cohen on Hutchison. Two of the new bathroom tiles have cracked already. It's been six weeks.", None)
P(gpair("b173g_montreal_reno_cracked_tile", "renovation contractor, Montreal (phone)", "putdown_question",
        "A client calls about cracked floor tiles six weeks after a bathroom job.",
        [o, t("Oh no, I'm sorry, Nadia. Where are the cracks, near the tub or somewhere else?"),
         c("Floor, right by the toilet. One line through two tiles. I didn't drop anything, I swear.", None),
         t("A crack through two tiles usually means movement underneath, not something you did. It's under our one-year warranty. Can Marc come Thursday?"),
         c("Thursday I'm at work, désolée. Friday?", "no_time"),
         t("Friday 8 a.m. He'll check the subfloor before replacing anything, so we fix the cause."),
         c("Okay, merci. That's a relief.", None)],
        [o, t("Okay, let's not panic. What exactly did you drop on it?"),
         c("Nothing! I didn't drop anything.", None),
         t("Help me understand: are you sure you're not just seeing grout lines? People often overreact about those."),
         c("It's a crack. I can put my fingernail in it.", None),
         t("Right. And how heavy is whoever's been standing there, just so I understand the situation?"),
         c("Wow. I'm calling the RBQ. Goodbye.", None)]))

o = c("Hey, my bill went from 65 to 92 this month and nobody told me. I'm on contract till next year.", None)
P(gpair("b173g_toronto_phone_bill_jump", "mobile carrier store counter, Toronto", "not_my_department_or_read_the_terms",
        "A customer at the mall store asks why his monthly bill jumped.",
        [o, t("That's a big jump, let me look. What's the number on the account?"),
         c("416-555-0187. It's under Daniel Okafor.", None),
         t("Thanks, Daniel. I see it: a 27-dollar promo credit ended on the 3rd. An email went out in January. Did you get it?"),
         c("Maybe, I get a lot of emails. But I can't really swing 92 a month, man.", "no_money"),
         t("Understood. Your contract lets you move to the 60 GB plan at 70 with no fee, or I can ask retention to extend the credit. Which should I try?"),
         c("Try retention first, then the 70 plan if they say no.", None),
         t("I'll call them now while you're here.")],
        [o, t("I totally understand your frustration. Unfortunately billing isn't my department, I'm sales."),
         c("You're the store. Who do I talk to?", None),
         t("I hear you. The promo end date is in the terms, section 4. Did you read your agreement?"),
         c("Nobody reads that. I just want it back to 65.", None),
         t("I didn't make the rules, sorry. There's a 1-800 number on the bill. Anything else I can help you with today?"),
         c("Yeah, you can help me cancel. I'll try the other store down the mall.", None)]))

o = c("Hi, I got your flyer about window replacement. Just trying to get a rough idea of cost for a townhouse.", None)
P(gpair("b173g_kanata_window_quote", "window installer, Ottawa (phone)", "social_proof_or_deadline_pressure",
        "A townhouse owner with drafty windows wants a ballpark price.",
        [o, t("Happy to. How many windows, and what's prompting it: drafts, condensation, or just age?"),
         c("Eight, I think. Drafty in winter, and there's frost on the inside of the bedroom ones.", None),
         t("Frost inside usually means failed seals. I can't price it well without measuring. Could I come by for a free 30-minute measure?"),
         c("Okay. Just so you know, the last contractor we had left a mess and never came back about the trim.", "bad_experience"),
         t("Sorry that happened. I'll put clean-up and trim in the written quote so you can hold us to it, and do compare with others. Saturday at 10 or Monday evening?"),
         c("Monday evening, around six.", None)],
        [o, t("Great! How's your experience with drafts been? Because honestly, six of your neighbours on Hazeldean signed this month."),
         c("Okay... I just want a rough number.", None),
         t("Understood. The spring promo is 40% off but it ends at midnight, so what I'm hearing is you'd want to lock it in tonight?"),
         c("Sorry, I'm not deciding anything tonight. I don't even know the price yet.", "think_it_over"),
         t("Everyone says that, then they pay full price in April. I can only hold the crew until Friday. Shall I pencil you in?"),
         c("No thanks. Please take me off your list.", None)]))

o = c("Hello, my daughter is in Secondary 4 and she's failing math. I'm looking for a tutor, in English please.", None)
P(gpair("b173g_montreal_math_tutor", "tutoring centre, Montreal (phone)", "keyword_stuffed",
        "A parent looks for an English-speaking math tutor for a struggling teen.",
        [o, t("Of course. What part of math is the trouble, and how is she feeling about it?"),
         c("Functions, I think. She says she gets it in class, then the tests go badly. She's stressed.", None),
         t("That often means she follows along but hasn't practised alone. I'd suggest an hour a week with test-style problems. It's 45 an hour."),
         c("Hmm, 45 every week adds up. We're a bit tight since I changed jobs.", "no_money"),
         t("Understood. Every other week plus a free practice sheet in between, about 90 a month? Try one session to see if she clicks with the tutor?"),
         c("Yes, let's try that. Wednesdays after school?", None)],
        [o, t("Thank you for sharing. I really understand how you feel, and we value this relationship. Can you tell me more about your needs and her learning experience?"),
         c("She's failing functions. She's stressed. I need a tutor.", None),
         t("I hear that. Success is our number one value, and our experience-focused approach meets every student's needs. How do you feel about success?"),
         c("I... feel fine about it? Do you have a tutor or not, and how much?", None),
         t("Great question. Our relationship-based packages are built around your needs and her success journey. Does that resonate?"),
         c("Just email me the prices, I'll look at them later.", "brush_off")]))

o = c("Hi, sorry, my check engine light came on this morning on the 401. Can someone look at it today?", None)
P(gpair("b173g_toronto_check_engine", "car repair shop counter, Toronto", "rude",
        "A worried driver walks in with a check engine light.",
        [o, t("Sure. Is the light steady or flashing? Is the car driving any differently?"),
         c("Steady. Feels normal, maybe a bit rough at idle? I don't know, I'm not a car person.", None),
         t("Steady and a bit rough at idle, that helps. A scan is 40 dollars and gives us the code. If it's a loose gas cap, that's it."),
         c("Okay, but how long? I have to pick up my kid at 3:30.", None),
         t("The scan takes 15 minutes. Let's do it now and book any repair for another day. Sound okay?"),
         c("Perfect, thank you so much.", None)],
        [o, t("Great question. Flashing or steady? Come on, it's one or the other."),
         c("Steady, I think. Sorry, I'm not a car person.", None),
         t("Clearly. So what I'm hearing is you ignored it a while. Scan's 40 bucks, repair's whatever it is. We're slammed, maybe Tuesday?"),
         c("Tuesday? I drive for work, I can't wait that long.", None),
         t("Not my problem you drive for work, buddy. Anything else I can help with?"),
         c("Wow. No. I'll go somewhere with manners.", None)]))
