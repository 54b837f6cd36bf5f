"""Gaming pairs b (blind173): written by hand for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

o = c("Hi, my mortgage is up for renewal in June and I got the letter. I'm, uh, a bit nervous about the rate.", None)
P(gpair("b173g_ottawa_bank_mortgage_renewal", "bank, Ottawa (phone)", "ignored_customer",
        "A homeowner calls about a mortgage renewal and a rising payment.",
        [o, t("That's very common right now. What worries you most, the payment going up or something else?"),
         c("The payment. We're already stretched with two kids. If it jumps 400 a month we're in trouble.", None),
         t("So the main thing is keeping the monthly payment manageable. Extending the amortization back to 25 years lowers it. Can I run both numbers for you?"),
         c("Yes please. But I'm also getting a quote from a broker, sorry.", "think_it_over"),
         t("Please do, it's your money. I'll email both scenarios today; you have until May 15 to decide."),
         c("Okay, thank you, that's helpful.", None)],
        [o, t("Totally understand. So tell me, what are your goals for this renewal?"),
         c("Keeping the payment down. We're stretched with two kids.", None),
         t("Great. Our five-year fixed is 4.79, and I'd also recommend mortgage life insurance, 38 a month."),
         c("Sorry, we can't add 38 a month right now. Can we talk about lowering the payment?", "no_money"),
         t("Thanks for sharing! So five-year fixed with insurance, I'll send the renewal to sign. Anything else?"),
         c("You didn't hear a word I said. I'll call the broker.", None)]))

o = c("Hi there, we want to finish our basement in Leslieville. Could someone come give us a quote?", None)
P(gpair("b173g_toronto_basement_reno", "renovation contractor, Toronto (phone)", "repeated_questions",
        "A couple wants a basement finished as a rental unit.",
        [o, t("Sure thing. What do you want to use the space for?"),
         c("A rental unit, ideally. The mortgage is killing us, so some income would help.", None),
         t("A legal unit needs a separate entrance, fire separation and enough ceiling height. Do you know your ceiling height?"),
         c("No idea. It feels low? My husband's six feet and he ducks under the ducts.", None),
         t("Then it may need underpinning, which can double the cost. Before quoting, I'd do a 150-dollar site assessment to check height and entrance. Fair?"),
         c("150 just to look? The other companies quote for free.", "too_expensive"),
         t("They do, sometimes without checking it can be legal. If you hire us, the 150 comes off the job. Shall I book it?"),
         c("Okay, that's fair. Next week sometime?", None)],
        [o, t("Sure thing. What do you want to use the space for?"),
         c("A rental unit. We need the income.", None),
         t("Great. So what's your vision for the basement?"),
         c("Like I said, a rental unit. Kitchen, bathroom, separate door.", None),
         t("Love it. And how do you see yourselves using the space long term?"),
         c("Renting it out. That's the third time. Are you writing this down?", None),
         t("Absolutely. Just to understand your needs: what's the main purpose of the renovation?"),
         c("I'm sorry, I think we'll go with someone else.", None)]))

o = c("Hello, I want to remove the television from my package. We don't watch it anymore, only Netflix.", None)
P(gpair("b173g_montreal_drop_tv", "telecom call centre, Montreal (phone)", "wrong_paraphrase",
        "A francophone customer in English wants to drop TV but keep internet and home phone.",
        [o, t("No problem. You'd keep the internet? Anything else on the account you use?"),
         c("Internet stays. And the home phone, for my mother, she calls us on it.", None),
         t("Got it. I have to mention a TV offer, 15 a month for a year. Would that interest you, or shall I remove it?"),
         c("No, thank you, really, we don't watch it.", "no_need"),
         t("Removed. You go from 128 to 89. I'll email a return label for the box; you have 30 days."),
         c("Parfait, merci beaucoup.", None)],
        [o, t("Of course. So what I'm hearing is you want to upgrade to our streaming TV with Netflix included, correct?"),
         c("No, no. I want to remove the TV. Less, not more.", "no_need"),
         t("Right, so you'd like to drop the home phone and move TV to the app. Did I understand you correctly?"),
         c("No! The phone stays, it's for my mother. Only the TV goes.", None),
         t("Perfect, so phone off, TV app on, processing now. Anything else?"),
         c("Stop. Please, I want to speak with someone else.", None)]))

o = c("Hello. My husband passed away last week. They told me I need to come in about our joint account.", None)
P(gpair("b173g_toronto_bank_bereavement", "bank branch, Toronto", "pitch_to_upset",
        "A newly widowed customer comes to the branch about a joint account.",
        [o, t("I'm so sorry for your loss. Please take your time. Would you like to sit down, or some water?"),
         c("Thank you. I just don't know what I'm supposed to do. He did all of this.", None),
         t("That's okay, we'll go step by step. For a joint account I need a copy of the death certificate, then it's in your name. Do you have it yet?"),
         c("Not yet. The funeral home said two weeks.", None),
         t("Then nothing has to happen today. Your cards keep working. When it arrives, call me directly, here's my card, and it takes twenty minutes."),
         c("Thank you. That's a weight off.", None)],
        [o, t("I'm so sorry for your loss, this must be a difficult experience. It's a great time to think about your future: have you considered our estate planning package?"),
         c("I... no. I just need to know about the account.", "no_need"),
         t("I understand. Many widows find our Wealth Advisor service brings peace of mind. Only 1% a year."),
         c("I'm sorry, I can't think about that right now.", "no_time"),
         t("Of course. And how satisfied are you with your savings rate? I can open a GIC today at 4.2%."),
         c("I'd like to talk to someone else, please.", None)]))

o = c("Hi, it's unit 4 on Bank Street. The heat's been off since last night and it's minus 25.", None)
P(gpair("b173g_ottawa_rental_no_heat", "property manager, Ottawa (phone)", "blame",
        "A tenant with a baby reports no heat in January.",
        [o, t("That's urgent, I'm sorry. Is it the whole unit? Is the thermostat on, and what does it read?"),
         c("Whole unit. It's on, set to 22, it says 14 and dropping. The baby's in a snowsuit.", None),
         t("With the thermostat on, that points to the boiler. Our HVAC tech can be there by 11, and I'll drop off two space heaters within the hour."),
         c("Thank you. Is this going to cost me anything?", None),
         t("No, heating is the landlord's job. I'll call you when the tech is on his way."),
         c("Okay, merci. Thanks for moving fast.", None)],
        [o, t("I hear you, that's a frustrating experience. Did you maybe turn the thermostat down too far? Tenants do that a lot."),
         c("No. It's set to 22. It says 14.", None),
         t("Okay. And are the vents clear? If furniture blocks them, that's on the tenant, per the lease."),
         c("Nothing is blocking anything. There's a baby here.", None),
         t("Understood. If the tech finds tenant damage, the call-out is 180, just so you're aware. So you'd like to book that?"),
         c("I'm calling the city's bylaw line. Unbelievable.", None)]))

o = c("Hi. I run a dépanneur on Saint-Laurent. My card machine is slow. What do you have?", None)
P(gpair("b173g_montreal_depanneur_terminal", "payment terminal sales, Montreal (counter)", "monologue",
        "A corner-store owner wants a faster card terminal.",
        [o, t("Slow how: slow to connect, or slow to print? And about how many sales a day?"),
         c("Connect. Thirty seconds sometimes. Maybe 200 sales a day. People leave.", None),
         t("Thirty seconds at 200 a day hurts. Is it on wifi or a phone line?"),
         c("Phone line. Old one.", None),
         t("That's likely it. Our wifi terminal connects in two seconds: 25 a month plus 2.6% per tap. Try one for 30 days?"),
         c("2.6? My bank charges less, I think. I need to check my statement.", "think_it_over"),
         t("Please do. Send me your statement and I'll compare it line by line, no charge.")],
        [o, t("So glad you asked! Our all-in-one platform: inventory, loyalty, online ordering, staff scheduling, dashboards, 200 app integrations..."),
         c("I only need the card thing faster.", None),
         t("Exactly, and that's where our experience comes in! The Pro bundle adds gift cards, tip screens, a kitchen display, and a new delivery partnership..."),
         c("It's a dépanneur. No kitchen.", None),
         t("Totally, and the analytics alone change lives! 129 a month. So, thoughts?"),
         c("Too much. Bye.", "too_expensive")]))

o = c("Hi, just browsing. I saw the sign outside. Are these for investors or people living in them?", None)
P(gpair("b173g_toronto_precon_condo", "condo sales centre, Toronto", "closing_as_open_question",
        "A renter wanders into a pre-construction sales centre.",
        [o, t("Both, actually. Are you looking for yourself or as an investment?"),
         c("Me, maybe. I rent in Liberty Village. Honestly just curious what prices are like.", None),
         t("One-bedrooms start at 649, with occupancy in 2028. Is 2028 realistic for you, or are you looking sooner?"),
         c("Oh, sooner, my lease is up next year. So probably not for me, sorry.", "no_need"),
         t("Fair enough, then pre-construction isn't a fit. Take a floor plan if you like, and I can point you to resale units nearby."),
         c("Sure, I'll take the plan. Thanks for being straight.", None)],
        [o, t("Welcome! So, which of our floor plans would you like to reserve today?"),
         c("Oh, I'm just looking, I saw the sign.", "brush_off"),
         t("Of course. And what deposit schedule works best for you, 5% now or 5% in 30 days?"),
         c("I haven't even seen prices. And honestly a deposit isn't in the cards for me right now.", "no_money"),
         t("I understand your needs. What would it take to get you into a unit this weekend?"),
         c("Nothing. I'm leaving.", None)]))

o = c("Hi! I just moved here from Vancouver and everyone says I need winter tyres. Is that really true? I drive like 10 km to work.", None)
P(gpair("b173g_ottawa_first_winter_tyres", "tyre shop, Ottawa (counter)", "pitch_as_paraphrase",
        "A newcomer from Vancouver asks whether winter tyres are needed.",
        [o, t("Welcome to Ottawa! They're not the law in Ontario, unlike Quebec. What car is it, and where do you park?"),
         c("A 2015 Corolla, on the street. Mostly work downtown, sometimes Montreal to see friends.", None),
         t("Street parking plus trips into Quebec, where winters are required from December 1. So yes. A mid-range set for a Corolla is about 720 installed."),
         c("Oof. That's more than I budgeted for this month.", "no_money"),
         t("Understood. Tyres without rims is fine, and we have four months no interest. No rush today though."),
         c("Yeah, I'll think about it over the weekend. Can you email me the quote?", "think_it_over"),
         t("Sent. Book before mid-November, the lines get long.")],
        [o, t("Welcome! So what you need is our premium Nordic set on alloy rims with storage, 1,450, is that right?"),
         c("I... don't know? I asked if I need them at all.", None),
         t("Absolutely. So what I'm hearing is you want maximum safety, which is the Nordic package. Did I get that right?"),
         c("No, you got that I'm new here. 1,450 is crazy for a Corolla.", "too_expensive"),
         t("So you'd prefer the payment plan on the same package, correct? 121 a month."),
         c("No. I'll ask at Costco, thanks.", None)]))

o = c("Bonjour, hi, I just need a gallon of white paint for a small bathroom. Something that handles steam.", None)
P(gpair("b173g_montreal_bathroom_paint", "hardware store paint counter, Montreal", "upsell_as_loop_closing",
        "A customer wants paint for a steamy bathroom.",
        [o, t("Sure. Is there a fan, and what's on the walls now, latex or oil?"),
         c("There's a fan, it's weak. The old paint is peeling by the shower.", None),
         t("Peeling by the shower means moisture got under it. Scrape, then primer, then bathroom paint. A gallon of each is 94. Any of that at home?"),
         c("I have a scraper. 94 though, I was hoping for like 40.", "too_expensive"),
         t("The primer is what stops it peeling again. A quart just for the shower wall is 22, so 71 total."),
         c("Okay, that makes sense. Let's do that.", None)],
        [o, t("Bonjour! Here's the bathroom white, 52. What else can I add for you to complete your project?"),
         c("That's it, merci.", "no_need"),
         t("Perfect. Closing the loop: rollers, tray, tape, drop cloth? Our premium brush set?"),
         c("Sorry, I have all that at home.", "no_need"),
         t("Great. Anything else? Ceiling paint is on special, and a new fan would round out the experience."),
         c("No, really, I have to go, my parking's running out.", "no_time")]))

o = c("Hi, my daughter's turning 13 and I think she needs a phone. I'm not sure what kind of plan.", None)
P(gpair("b173g_toronto_teen_phone", "mobile carrier store, Toronto (counter)", "leading_tag_questions",
        "A parent shops for a first phone plan for a 13-year-old.",
        [o, t("Big milestone! What would she mostly use it for, and is anything worrying you?"),
         c("Texting me, getting home from school. And to be honest, her on TikTok all night.", None),
         t("So: staying in touch with you, and limits on screen time. A 5 GB plan at 35 with controls that cut data at 9 pm would cover that. Fit?"),
         c("Sounds right. Her dad had her on a plan before that went over every month, so I'm a bit wary.", "bad_experience"),
         t("This one hard-stops at 5 GB, no overage charges ever. I'll show you the settings before you go."),
         c("Okay, let's set it up.", None)],
        [o, t("Big milestone! She'll want the latest iPhone, won't she? Kids are so hard on cheap phones."),
         c("Um, I was thinking something more basic.", None),
         t("Sure, but you want her to fit in, don't you? And unlimited is safest, isn't it, so she's never cut off?"),
         c("Unlimited is the opposite of what I want. And 1,400 for a phone is way past what I can spend.", "no_money"),
         t("Of course. But her safety's worth it, wouldn't you agree? We can start the paperwork, can't we?"),
         c("I'm sorry, no. I'll talk it over with her dad first.", "think_it_over")]))
