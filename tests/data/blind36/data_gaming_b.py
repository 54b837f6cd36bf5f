"""Gaming pairs, part B: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude. Written by hand."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question -- bicycle shop, Portland (US), consumer, spoken, nervous beginner
O = c("Hi, um, so I'm looking to start biking to work? It's about six miles, and there's a big hill on Division... I honestly don't know anything about bikes. I don't even know what size I am.", None)
PAIRS.append(gpair(
    "b36g_bikeshop_portland", "Rose City Cycles, bicycle shop, Portland, Oregon, US", "putdown_question",
    "A woman who has not ridden for ten years walks into a bike shop wanting to start commuting six miles with a hill; she feels out of her depth.",
    [O,
     t("That's a great commute, and you don't need to know anything, that's my job. Have you ridden much lately, or has it been a while?"),
     c("It's been, like, since college? Ten years. I'm kind of nervous about traffic, honestly.", None),
     t("Totally normal. For six miles with a hill I'd look at a hybrid with a wide gear range, so the hill isn't a fight. New ones run about six to nine hundred. Can I measure you quickly and put you on a couple in the lot? And I'll show you the greenway route that skips most of Division."),
     c("Nine hundred is kind of a lot. Is there anything cheaper that won't fall apart?", "too_expensive"),
     t("Yeah, honestly: we have a used section, and a tuned-up used hybrid around four hundred would do this commute fine. Let me grab two, one new and one used, and you can feel the difference yourself."),
     c("Okay, yeah. Let's try both.", None)],
    [O,
     t("Sure! You do know the difference between a hybrid and a gravel bike, right?"),
     c("Um... not really, no. That's kind of why I'm here.", None),
     t("Okay. And you understand that a hill like Division isn't really doable on a cheap bike, don't you? What were you thinking budget-wise, or have you not got that far yet?"),
     c("I mean, maybe five hundred? I don't know if that's realistic.", None),
     t("Five hundred, huh. Have you ever actually maintained a bike, like changed a tube? Because honestly, what kind of experience are you expecting at that price?"),
     c("I guess I could learn? This is feeling kind of... I don't know.", None),
     t("What do you think you need out of a bike, if you're not even sure you'll stick with it?"),
     c("You know what, I'm gonna go. Thanks.", None)]))

# 12. putdown_question -- accountants, Belfast (UK), consumer, typed, grieving and anxious
O = c("hi there, my mum passed last year and i ended up renting out her flat in Bangor. someone told me i need to do a tax return now?? ive never done one, how much do you charge", None)
PAIRS.append(gpair(
    "b36g_accountants_belfast", "Lagan Tax & Accounts, chartered accountants (web chat), Belfast, UK", "putdown_question",
    "A man who inherited his late mother's flat and now lets it out asks an accountancy firm's chat what a first tax return involves and costs.",
    [O,
     t("Hi, I'm sorry about your mum. Yes, if you've had rental income you'll likely need to register for Self Assessment. The good news is it's usually straightforward for one property. Our fee is \u00a3350 + VAT for the year. Do you know roughly when the first tenant moved in?"),
     c("september i think. and i have the letting agent statements", None),
     t("Those statements are most of what we need. The deadline to register is 5 October after the tax year ends, so there's time, no panic. Would you like me to send a short list of what to gather: agent statements, any repair receipts, mortgage interest if there is any?"),
     c("yes please. 350 is more than i hoped tho, my cousin said he paid 200 somewhere", "too_expensive"),
     t("Worth checking, fair enough. Some firms are cheaper and just file the form; ours includes registering you with HMRC and a call to go through it with you. If you'd rather do it yourself, HMRC's guide on property income is decent and I can link it, no hard feelings."),
     c("no id rather someone does it tbh, ill go with yous. send the list", None),
     t("Sent to your email now. Any question at all, even a small one, just reply to it.")],
    [O,
     t("Hi! Did nobody tell you when you inherited the flat that rental income has to be declared?"),
     c("no... i didnt know. am i in trouble", None),
     t("Well, have you kept any records at all, or is it a shoebox situation? \U0001F605 Most people in your position haven't a clue."),
     c("i have the agents statements. im not a complete eejit", None),
     t("Great! And do you actually know the difference between income and profit for tax purposes? Just so I know what level we're starting at in terms of your needs."),
     c("ok how much do you charge, thats all i asked", None),
     t("\u00a3350 + VAT. Can you afford that, or were you hoping for something free?"),
     c("wow. bye", None)]))

# 13. not_my_department_or_read_the_terms -- airline, Doha (Qatar), consumer, spoken, anxious, non-native
O = c("Hello, yes, I landed this morning from Heathrow to Doha and my bag did not come. I filed at the airport, they gave me a paper, but nobody is calling me. My mother's medicine is inside, for the heart, she has maybe two days of tablets left.", None)
PAIRS.append(gpair(
    "b36g_airline_doha", "Gulf Pearl Airways, customer contact centre, Doha, Qatar", "not_my_department_or_read_the_terms",
    "An Egyptian man living in Doha calls the airline because a checked bag holding his elderly mother's heart medication did not arrive; he is worried.",
    [O,
     t("I'm sorry, sir, that's worrying. Can you give me the file reference on the paper? It starts with DOH."),
     c("DOH-GP-58213.", None),
     t("Thank you. I can see it: the bag was tagged in London but missed the connection, and it's on tonight's flight, landing 23:40. I'm marking it for priority delivery to your address tomorrow morning. For the medicine, do you know the name of the tablets?"),
     c("Yes, it's... bisoprolol, and one more, I have the empty box at home.", None),
     t("Take the empty box to any pharmacy today. If you buy a few days' supply, keep the receipt: essential purchases are covered, and you claim with this same reference. I'm also adding your mobile so the courier calls before coming."),
     c("Ah, thank God. Tomorrow morning, what time approximately?", None),
     t("Between nine and one. If it isn't with you by one, call this number and ask for Aisha, that's me, and I'll chase it myself.")],
    [O,
     t("Thank you for calling and I'm sorry for your experience. Delayed baggage is handled by airport baggage services, not by reservations, so I'm not really able to help with that here."),
     c("But they told me to call you! I called them first.", None),
     t("I understand your frustration. I'd suggest checking the baggage delay terms on our website, section nine, which explains the process and the timeframes."),
     c("I don't need the website, I need the bag. My mother needs her medicine.", None),
     t("Medication should be carried in hand luggage as per the conditions of carriage, so unfortunately that's not something we're responsible for. Is there anything else I can help you with today?"),
     c("This is unbelievable. Give me somebody else.", None),
     t("I can give you the baggage services email address. Was I able to meet your needs today?"),
     c("No.", None)]))

# 14. not_my_department_or_read_the_terms -- coworking space, Calgary (Canada), B2B, typed, hurried founder
O = c("hey, we're in suite 4B (6 desks). hiring 4 ppl starting the 1st. can we move to a 10 desk office or add desks? also does moving reset our 12mo term? need an answer today, board mtg tmrw", None)
PAIRS.append(gpair(
    "b36g_coworking_calgary", "Bowline Workspaces, coworking and private offices (member chat), Calgary, Canada", "not_my_department_or_read_the_terms",
    "A start-up founder renting a six-desk suite asks the member chat, the night before a board meeting, whether they can grow to ten desks without restarting their lease term.",
    [O,
     t("Hey! Short answer: yes. 3C frees up on the 28th, 10 desks, $5,900/mo vs your current $3,800. Moving inside the building doesn't reset the term, we'd do an amendment that keeps your end date. Want me to hold 3C till Friday?"),
     c("5900 is steep. any cheaper option? even temporary", "too_expensive"),
     t("Two options. Keep 4B and add 4 hot desks on the floor at $300 each, so $5,000 total. Or take 3C and I can do the first month at $4,800 while you transition. Hot desks are the flexible one if the hires don't all start at once."),
     c("hot desks for now. can they have keycards by the 1st", None),
     t("Yes. Send me their names and emails by the 27th and the cards will be at the front desk the morning of the 1st. I'll send the hot-desk amendment in 10 min so you have it for your board."),
     c("perfect thx", None)],
    [O,
     t("Hi! Thanks for reaching out \U0001F60A Great to hear you're growing, that's a real success story! Office moves are handled by our leasing team, not member services, so I'd recommend emailing leasing@ with your request."),
     c("can you just tell me if theres a 10 desk office free? its a yes or no", None),
     t("I totally get it! Availability is only visible to leasing, unfortunately. On the term, that's all covered in section 14.3 of your Membership Agreement, which I'd recommend reviewing."),
     c("i dont have time to read 30 pages tonight. does moving reset the term or not", "no_time"),
     t("I hear you! I'd hate to give you the wrong information, so the agreement really is the source of truth there. Anything else I can help with while you're here?"),
     c("yeah, a phone number for someone who actually knows", None),
     t("Leasing's hours are 9-5 Monday to Friday! Thanks for being part of our community and have a wonderful day \U0001F680")]))

# 15. social_proof_or_deadline_pressure -- wedding venue, Cork (Ireland), consumer, spoken, anxious
O = c("Hi, hi, yeah, we came to the open day in March. We're looking at next September, roughly a hundred and ten guests, and, em, we just want to understand the costs properly before we commit to anything, because we've a fixed budget and my parents are helping out.", None)
PAIRS.append(gpair(
    "b36g_weddingvenue_cork", "Ballinhassig House, country-house wedding venue, Co. Cork, Ireland", "social_proof_or_deadline_pressure",
    "A bride-to-be phones the venue to understand the real costs for a September wedding before paying anything; the budget is fixed and her parents are contributing.",
    [O,
     t("Lovely to hear from you again. Totally sensible, let's get you a real number. Have you a Friday or a Saturday in mind? Fridays are a good bit cheaper here."),
     c("We'd said Saturday, but if Friday saves a lot... how much are we talking?", None),
     t("For a hundred and ten on a Saturday in September, the package is ninety-eight a head, so about ten thousand eight hundred before drinks. A Friday is eighty-four a head, about nine thousand two hundred and forty. That includes the room, the meal and wine with dinner. The bar extension and the evening food are separate, and I'll put those on paper too, so nothing surprises you."),
     c("Okay. That's still a lot, though. I think we need to sit down with my parents before we put any deposit down.", "think_it_over"),
     t("Of course. I'll email a full breakdown for both days tonight. I won't hold a date without a deposit, but if anyone else asks about your Saturday, I'll ring you first before I give it away."),
     c("Ah, that's great. Thanks a million.", None)],
    [O,
     t("Great to hear from you! I have to be honest with you, September is flying. We'd three couples in this week alone looking at Saturdays, so what I'd say is secure your date now with the two thousand euro deposit."),
     c("We haven't even seen the prices properly yet, though.", None),
     t("Totally, and that's the experience most of our couples have. But ninety percent of them tell us booking early was the best decision of their whole wedding journey. And the price goes up six euro a head from the first of the month."),
     c("Two grand this week? We don't have that sitting in the account, my parents are covering that part.", "no_money"),
     t("I understand, and I want to make sure your needs are met. We do take card. There's only one Saturday left in September, and a couple from Kinsale are viewing tomorrow at eleven."),
     c("Look, just email me the breakdown and we'll see.", "brush_off"),
     t("Of course! Is there anything else I can help with to make your special day a success?")]))

# 16. social_proof_or_deadline_pressure -- card payment terminals, Tunis (Tunisia), B2B, spoken, penny-pinching, non-native
O = c("Aslema, good morning. I have a small caf\u00e9 in La Marsa. Many tourists ask me 'card, card?' and I say no, only cash. I want to know how much the machine costs and the commission, because my margin is very small, one coffee is one dinar eight hundred.", None)
PAIRS.append(gpair(
    "b36g_cardterminal_tunis", "Carthage Pay, card terminals for small merchants, Tunis, Tunisia", "social_proof_or_deadline_pressure",
    "The owner of a small seaside caf\u00e9 asks a payment provider what a card terminal would cost him; his margins are thin and business is seasonal.",
    [O,
     t("Aslema, welcome. Yes, with coffee at 1.8 dinar the fees matter. How many customers a day would pay by card, do you think? Five, twenty, fifty?"),
     c("In summer maybe thirty, forty. In winter nobody, only the neighbours, with cash.", None),
     t("Then I wouldn't put you on a monthly rental. We have a small mobile terminal: you buy it once, 290 dinars, no monthly fee, and the commission is 1.5% per payment. In winter, if nobody pays by card, it costs you nothing."),
     c("Two hundred ninety... it's a lot for me now, before the season starts.", "no_money"),
     t("I understand. We can split it in three, May, June, July, so you pay it with the summer money. And you can try it two weeks first; if it doesn't work for you, you bring it back."),
     c("Two weeks to try, this I like. Come Tuesday, in the afternoon it's calm.", None),
     t("Tuesday at three, I'll bring the terminal and show your staff how it works. Bring your RIB, for the bank account.")],
    [O,
     t("Welcome! You know, every caf\u00e9 on the corniche in La Marsa switched to us this year, the big ones, everybody. You don't want to be the last one, no?"),
     c("Maybe. But how much is the commission?", None),
     t("Very competitive. But listen, the offer with free installation finishes this Friday, after that it's 150 dinars. So better to sign today."),
     c("I don't sign anything today without the price. Last year I had a machine from a bank, they took money every month even when it was broken. I sent it back.", "bad_experience"),
     t("That's exactly why more than five hundred businesses in Tunis trust us. Honestly, there are only two installation slots left this week, my manager told me this morning."),
     c("Then give them to somebody else. I will think.", "think_it_over"),
     t("No problem! But I can't promise the price next week. Shall I put your name down for Friday, just in case?"),
     c("No, no. Thank you.", "brush_off")]))

# 17. keyword_stuffed -- home insurance, Dayton (US), consumer, typed, upset
O = c("I filed a claim 12 days ago, tree came down on our garage in the storm. No adjuster has called. There's a tarp on it and it's supposed to rain Thursday. Claim # OH-4471902", None)
PAIRS.append(gpair(
    "b36g_homeinsurance_dayton", "Buckeye Mutual, home insurance (claims chat), Dayton, Ohio, US", "keyword_stuffed",
    "A homeowner whose garage was hit by a tree in a storm has waited twelve days for an adjuster and writes to the insurer's chat before more rain comes.",
    [O,
     t("Thanks, I have the claim open. I'm sorry: 12 days with no contact isn't okay, especially with the roof open. It's assigned but the adjuster hasn't scheduled, so I'm escalating it now as priority. Is the garage attached to the house?"),
     c("detached. but my car is stuck in it, the door is jammed", None),
     t("Got it. Your policy covers emergency repairs to stop further damage, so if a contractor can secure the roof before Thursday, keep the invoice, it's reimbursable. Take photos before and after. And the adjuster will call you by 5pm tomorrow; if they don't, reply here and I'll call their supervisor myself."),
     c("ok but i cant front money for a roofer right now, we're tapped out this month", "no_money"),
     t("That's okay. I can issue an advance on the claim for emergency repairs, up to $1,500, to your bank by Friday. Or some contractors in our network near Dayton bill us directly; I can send you two names."),
     c("the advance please. and the names. thank you, this is actually helpful", None),
     t("Done. Advance requested, and the two contractors are in your email. For the car, check your auto policy for rental coverage; I can look at it with you tomorrow if you like.")],
    [O,
     t("Thank you for reaching out! Your experience matters to us, and I want to understand your needs today. So what I'm hearing is that you're looking for a successful claim journey. Is that a fair understanding?"),
     c("im looking for an adjuster to call me back", None),
     t("Absolutely. Our relationship with you is our priority, and your satisfaction is our success. How do you feel about your claims experience so far?"),
     c("how do i feel?? bad. 12 days, nothing. its gonna rain thursday", None),
     t("I hear you, and I appreciate you sharing that. To make sure I fully understand your needs: what would a successful outcome look like for you?"),
     c("an adjuster calling me. i literally said that", None),
     t("Thank you for clarifying! I've noted your feedback. Your claim is in the queue and an adjuster will be in touch in 7-10 business days. Is there anything else I can help you with, and would you rate your experience today?"),
     c("unreal. im calling my agent", None)]))

# 18. keyword_stuffed -- interpreting agency, Istanbul (Turkey), B2B, spoken, expert event planner
O = c("Hi, Deniz from Bosphorus Events. I need simultaneous interpreting for a cardiology congress in Harbiye, three days, nine to six, Turkish, English and Arabic. About four hundred delegates. I need booths and receivers too. What can you do, and when can you quote?", None)
PAIRS.append(gpair(
    "b36g_interpreting_istanbul", "Lingua Bridge, conference interpreting and equipment, Istanbul, Turkey", "keyword_stuffed",
    "An experienced event planner needs a quote quickly for simultaneous interpreting and equipment at a three-day medical congress.",
    [O,
     t("Hi Deniz. Three days, three languages, four hundred delegates: doable. Is Arabic both directions, or only into Arabic for the Gulf delegates?"),
     c("Only into Arabic. Speakers are Turkish and English.", None),
     t("Then two booths: Turkish-English both ways, and one into Arabic working from relay. Two interpreters per booth, all with cardiology experience, so four in total. Plus two ISO booths and four hundred receivers. Can you send the programme, and slides as early as possible? Medical terms, the more they prepare, the better."),
     c("Programme yes. Slides, the speakers send always last minute, you know how it is.", None),
     t("I know. Even titles and abstracts help. I'll send you a quote by Thursday with equipment and interpreters priced separately, so you can compare the equipment with the venue's own AV if they have it."),
     c("Good, separately is useful. Thursday is fine.", None)],
    [O,
     t("Hi Deniz! Thank you so much. Here at Lingua Bridge we believe every event is a journey, and our goal is to understand your needs and build a relationship that delivers a seamless experience. Can you tell me more about your vision for success?"),
     c("My vision is interpreters in booths. Three languages. I need a quote.", None),
     t("Love that. And what I'm hearing is that communication is really important to you and your delegates. How would you describe the experience you want your attendees to have?"),
     c("Look, I don't have time for this, my client wants numbers by Friday.", "no_time"),
     t("Absolutely, and your time matters to us. To make sure we deliver a solution that truly meets your needs, can I ask what success looks like for you on day three?"),
     c("Success is you send me a quote. Can you or not?", None),
     t("Of course! I'll have our partnerships team reach out to explore your needs in more depth. Is there anything further I can support you with today?"),
     c("No. I'll call another agency.", None)]))

# 19. rude -- dry cleaner, London (UK), consumer, spoken, upset
O = c("Hi, I dropped this off on Monday. Look, look at this. There's a pale patch right across the front. It wasn't there when I brought it in. It's silk, it cost me two hundred and forty pounds.", None)
PAIRS.append(gpair(
    "b36g_drycleaner_london", "Walthamstow Dry Cleaners, dry cleaning and alterations, London, UK", "rude",
    "A customer collects a silk dress she needs for a wedding on Saturday and finds a bleached patch on the front; she is upset.",
    [O,
     t("Oh no. Let me have a proper look... Yeah, I can see it. That's colour loss, not a stain. I'm really sorry. Have you got your ticket?"),
     c("Yes, here. And I need it for Saturday, it's my cousin's wedding.", None),
     t("I'll be straight with you: colour loss on silk usually can't be reversed, so I won't promise Saturday. What I can do is send it to our specialist today to see if they can even it out, and start a claim at the same time so you're not out of pocket. Have you got the receipt for the dress, or the online order?"),
     c("It was online, I can find the email. But I don't want a claim that drags on for months.", None),
     t("Fair. Our owner decides claims within ten days, and I'm writing what I saw on the ticket now, with today's date, so there's no argument later. 'Colour loss, front panel, noticed at collection.' I'll ring you Wednesday either way."),
     c("Okay. Thank you for actually believing me.", None)],
    [O,
     t("Right, let's see. Hm. That's what happens with cheap silk, to be honest. Did you read the sign? 'Delicates at owner's risk.'"),
     c("Cheap? It was two hundred and forty pounds! It was fine when I brought it in.", None),
     t("Everyone says that, love. I can't know what state it was in on Monday, can I? How would you describe your experience with us today, out of interest?"),
     c("Are you serious? I'm telling you you've ruined my dress.", None),
     t("And I'm telling you we clean hundreds of these. If you're not happy, there's a form. Anything else? Because there's a queue behind you."),
     c("Give me the form. And your manager's name.", None),
     t("Manager's not in till Thursday. Form's on the counter. Next!")]))

# 20. rude -- builders' merchant, Glasgow (UK), B2B trade, spoken, hurried joiner
O = c("Aye, it's Stevie Boyle, account B-2209. I ordered forty lengths of four-by-two for a job in Shawlands and your driver's dropped forty lengths of three-by-two. I've two boys standing about on day rate.", None)
PAIRS.append(gpair(
    "b36g_buildersmerchant_glasgow", "Clydeside Timber & Building Supplies, builders' merchant (trade counter), Glasgow, UK", "rude",
    "A joiner with a trade account phones because the wrong size of timber was delivered to his job and his workers are standing idle.",
    [O,
     t("Stevie, sorry about that. Let me pull it up... aye, the order says four-by-two, so that's a picking error our end. I can get the right stuff on the next van, it leaves the yard at half eleven, you'd have it by quarter past twelve. Will that keep the boys going?"),
     c("Quarter past twelve. Better than nothing. And what about the three-by-two sitting on the client's drive?", None),
     t("The driver'll lift it when he drops yours, no charge, and I'll take the delivery fee off this one. If you can get the boys on something else for an hour, I'll ring you the minute he leaves."),
     c("Aye, they can strip the old skirting. Cheers, pal.", None),
     t("No bother. Sorry again, Stevie.")],
    [O,
     t("Stevie. Aye. You sure you didn't order three-by-two? Youse always change your minds."),
     c("I'm looking at the order on my phone, pal. Four-by-two.", None),
     t("Well, it's the lunchtime rush, I've a counter full of folk. You'll need to wait for the afternoon van, if there's room on it."),
     c("If there's room? I've two men on day rate sitting in a van.", None),
     t("Not my problem how you run your jobs, is it? I can't magic timber. You're welcome to come and collect it yourself."),
     c("Right. I'll take my account down the road, then.", None),
     t("Suit yourself. Anything else I can help you with today?")]))
