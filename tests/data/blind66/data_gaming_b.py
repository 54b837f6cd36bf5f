"""Gaming pairs, part B (kinds 11-15 and 1-5). Written by hand for blind66 (prefix b66)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - goat-cheese dairy rep visiting a deli, Utrecht
o = c("Good you came by. I have to be honest, the last two crates, I threw away almost a third. The fresh chevre goes past date before I sell it.", None)
PAIRS.append(gpair(
    "b66g_goat_dairy_deli_waste", "goat-cheese dairy sales rep visiting a delicatessen, Utrecht", "ignored_customer",
    "A deli owner who buys fresh and aged goat cheese from a farm dairy throws away a third of each crate of fresh cheese and runs out of the aged ones.",
    [o,
     t("That's expensive for you, sorry to hear it. How much fresh chevre do you sell in a normal week, roughly?"),
     c("Maybe 25, 30 pieces. Your crate has 48 and you come every two weeks. In summer more, in winter less.", None),
     t("So about 25 to 30 a week against 48 every two weeks, and the rest goes past date. Is anything selling better?"),
     c("The aged ones, with the ash rind, those keep. People ask for them and I run out.", None),
     t("Then I'd suggest a half crate of fresh, 24 pieces, every week instead of a full one every two weeks, and more ash-rind ones, which keep five weeks. Weekly drops cost 8 euro each though."),
     c("Eight euro every week, that eats my margin on the fresh. The Frisian farm down the road delivers free.", "too_expensive"),
     t("Fair point. Over 120 euro per order the delivery is free, and with the extra ash-rind you'd be around 130. Want to try it four weeks and count what you throw away?"),
     c("Four weeks, okay. If the waste goes down, we continue.", None),
     t("Good. Half crates start next Tuesday, and I'll check in with you after the second delivery."),
     c("Good. You want a coffee before you go?", None)],
    [o,
     t("Great to see you! Tell me, how's business? How is the experience with our cheeses?"),
     c("Honestly, bad. I threw away almost a third of the last two crates. The fresh goes past date.", None),
     t("I hear you. And what are your customers asking for these days?"),
     c("Ash rind. I run out of those. But 48 fresh in two weeks I can't sell.", None),
     t("Perfect. So our new thing this season is the herb-crusted fresh log, it's flying out in Belgium. I'd put in a crate of those alongside your usual 48 fresh."),
     c("More fresh? I just told you I throw it away.", "no_need"),
     t("Totally, and thanks for sharing. So shall I keep the standing order at two crates a month, plus one crate of herb logs to try?"),
     c("No. I need to think if I keep ordering from you at all.", "think_it_over"),
     t("Of course. I'll leave you the herb log samples and the new price list, prices go up 4 percent in March. Any other feedback on your experience?"),
     c("I gave you the feedback already.", None)]))

# 12 repeated_questions - mortgage broker, Auckland
o = c("Hi, so we're looking at buying our first place, probably around 750, and someone told us it's harder because Tama's self-employed? He's a builder.", None)
PAIRS.append(gpair(
    "b66g_mortgage_first_home", "mortgage broker, Auckland", "repeated_questions",
    "A nurse, buying a first home with her self-employed builder partner, asks a broker whether self-employment is a problem.",
    [o,
     t("It can be a bit harder, but it's very doable. How long has Tama been self-employed, and are his last two years of accounts done?"),
     c("Three years now. His accountant does the returns, so yes, we've got those. I'm on a salary, I'm a nurse, 82k.", None),
     t("Three years of accounts for Tama and your 82k salary, that helps a lot, banks like one steady income. How much deposit have you got together?"),
     c("About 95k including our KiwiSaver. My parents said they could help a bit but I'd rather not ask them.", None),
     t("95k is just under 13 percent on 750. Some banks lend under 20 percent with a low-equity fee, so you don't have to ask your parents, it just costs a bit more. My fee is paid by the bank, so it costs you nothing unless you break the loan early."),
     c("Nothing at all? Our friends used a broker and ended up with some weird bank and a terrible rate.", "bad_experience"),
     t("That happens when a broker only works with a few lenders. I work with 14 and I'd show you the three best offers side by side, main banks included, and you pick. First step is a pre-approval, so I'd need Tama's two years of accounts and your last three payslips."),
     c("I'll have to talk to Tama tonight, he's funny about money stuff. But yeah, probably.", "think_it_over"),
     t("Of course. I'll email you the document list tonight so you can both see exactly what I'd need before you decide."),
     c("Perfect, thanks heaps.", None)],
    [o,
     t("Thanks for coming in! So to start, tell me about your income situation."),
     c("Well, I'm a nurse, 82k. Tama's a builder, self-employed three years.", None),
     t("Got it. And what does your household income look like at the moment?"),
     c("Um, like I said, my 82, and Tama's was about 90 last year, it goes up and down.", None),
     t("Great. And, so I really understand your needs, how would you describe your earnings?"),
     c("...The same as two minutes ago? 82 and roughly 90.", None),
     t("Perfect, thank you. And how much deposit do you have?"),
     c("About 95k with KiwiSaver.", None),
     t("Lovely. And in terms of savings, what have you put aside for the purchase?"),
     c("I literally just said. Look, we'll think about it, maybe we'll just go to the bank directly.", "think_it_over")]))

# 13 wrong_paraphrase - children's party venue, Manchester
o = c("Hiya, I'm after a party for my daughter's sixth, 15 kids maybe, a Saturday in May. One of her mates has a bad nut allergy, so that's a big thing for us.", None)
PAIRS.append(gpair(
    "b66g_kids_party_nut_allergy", "children's soft-play party venue, Manchester", "wrong_paraphrase",
    "A dad booking a sixth-birthday party for 15 children; one guest has a severe nut allergy and the budget is about 200 pounds.",
    [o,
     t("Happy almost-sixth to her! The allergy, is it all nuts or peanuts only? And is it the kind where traces matter?"),
     c("Peanuts and tree nuts. Traces matter, his mum carries an EpiPen.", None),
     t("Then I have to be straight: our kitchen isn't nut-free, so I wouldn't want you relying on our party food. Lots of families take the soft-play package without food, 12 pounds a child, and bring food from a nut-free caterer or from home."),
     c("Oh. I kind of wanted it all done for me, to be honest. That's the whole point of paying someone.", None),
     t("Completely get it. So hands-off for you, but safe for him. There's a nut-free bakery in town that delivers party boxes here for 6 a head, and our staff set the table and serve it. Which Saturday in May suits?"),
     c("The 18th ideally. How much is that all in, then?", None),
     t("15 kids on soft play is 180, the party boxes about 90, so around 270. The 18th is free at 2pm."),
     c("Two-seventy's more than I'd budgeted, I'd said 200 to the wife.", "no_money"),
     t("If you bring nut-free food from home, you're at 180. I can hold the 18th for 48 hours with no deposit and you decide on the food later."),
     c("Yeah, go on then, hold it. Name's Darren, I'll ring you Thursday.", None)],
    [o,
     t("Love it! So just to make sure I've understood: a party for 15 kids, and you'd like our full catering with the party platters, yeah?"),
     c("No, I said one of them has a nut allergy. I'm not sure your food is safe.", None),
     t("Perfect, so what I'm hearing is the allergy isn't a big concern as long as there's a separate table. Brilliant, we do that."),
     c("That's not what I said at all. Traces matter, his mum carries an EpiPen.", None),
     t("Got it, so you want the premium package with the bouncy castle and the entertainer, because the kids are older. That's 22 a head."),
     c("She's turning six. I never said anything about an entertainer. And 22 a head is way over what we've got.", "no_money"),
     t("So, if I've understood correctly, you're happy with the 22 if it's a Sunday slot instead. Shall I pencil in Sunday the 19th?"),
     c("No. Saturday. Look, I'll have a think, maybe try somewhere else.", "think_it_over"),
     t("Lovely, so that's Sunday the 19th then, I'll send you the confirmation email!"),
     c("Don't. I haven't booked anything.", None)]))

# 14 pitch_to_upset - bank branch, Johannesburg (bereavement)
o = c("Good morning. My father passed away two weeks ago and I was told I need to come here about his accounts. I'm sorry, I'm not very... I don't really know what I'm doing.", None)
PAIRS.append(gpair(
    "b66g_bank_deceased_father", "retail bank branch, Johannesburg", "pitch_to_upset",
    "A grieving daughter comes to the bank to deal with her late father's accounts and debit orders; the family paid for the funeral themselves.",
    [o,
     t("I'm very sorry about your father. Please take a seat, there's no rush. Do you have a copy of the death certificate, and do you know who the executor of his estate is?"),
     c("I have the certificate. The executor is my brother, but he's in Durban. He said I should start.", None),
     t("That's fine. Today I can put a hold on his accounts, so nothing goes out except what the estate needs. Are there debit orders you're worried about?"),
     c("His funeral policy was going off, and his DStv. And the car. I don't know how much is in there... we paid the undertaker ourselves, it was 28,000.", None),
     t("So the family paid the undertaker, 28,000, and you're worried about the debit orders. I'll stop the DStv and the car, but I'd leave the funeral policy alone for now: a claim on it can pay back what you spent. Your brother will need to send us the letter of executorship once the Master's office issues it."),
     c("How long does that take? Will I have to come in again? I'm taking leave from work for this.", None),
     t("Usually six to eight weeks, and you won't need to come back. Your brother can email the letter to our deceased-estates team; here's the address, and my name and direct number if anything comes up."),
     c("Thank you. Really. This is the first place that explained anything.", None)],
    [o,
     t("I'm so sorry for your loss. I understand this is a difficult experience. While you're here, can I ask, do you have a funeral policy yourself?"),
     c("Me? No. I'm here about my father's account.", None),
     t("Of course. It's just that times like these make us realise how important it is to be prepared. Our Family Funeral Plan covers up to ten family members from 189 rand a month."),
     c("I can't think about that now. I just need to stop his debit orders.", "no_time"),
     t("Absolutely, I hear you. And I just want to make sure your family never goes through this stress again. Did the family have to pay the funeral costs themselves?"),
     c("Yes, 28,000. We borrowed some of it.", None),
     t("So what I'm hearing is your family needs cover. If we sign you up today the waiting period starts now, and there's free will-drafting included."),
     c("We don't have money for more debit orders right now. Please, can I just talk to someone about my father's account?", "no_money"),
     t("Sure, the deceased estates team handles that, it's a separate queue. Shall I leave the brochure with you for when you're ready?"),
     c("No. Thank you.", "no_need")]))

# 15 blame - fibre internet provider, Manila (typed chat)
o = c("hi my fiber is down since tuesday night red LOS light on the modem. i work from home i have client calls i already lost one day", None)
PAIRS.append(gpair(
    "b66g_fiber_outage_chat", "fibre internet provider, web chat, Manila", "blame",
    "A freelancer working from home has had no fibre connection for two days, with a red LOS light; earlier calls only told her to restart the modem.",
    [o,
     t("Hi, sorry about that, two days offline when you work from home is serious. A red LOS light means the signal isn't reaching the modem, so it's usually the line, not your setup. Can I have the account number or the mobile number on the account?"),
     c("0917 555 2231 under Ramirez", None),
     t("Thanks, Ms Ramirez. I can see a fibre cut reported in your barangay since Tuesday, and a crew is assigned. Their estimate is tomorrow before 6 pm. Did anyone tell you this when you reported it?"),
     c("no one. i called twice and they said restart the modem. i restarted like 10 times", None),
     t("That shouldn't have happened, restarting can't fix a cut line. I'm adding a credit for the days down. For your calls tomorrow, can you use mobile data? I can send a free 20 GB load to your number."),
     c("yes pls that helps. but honestly if its not fixed by tomorrow im switching, my neighbor on the other provider has no problem", None),
     t("Understood. I'm flagging the account so if the crew misses 6 pm tomorrow, a supervisor calls you. The load will arrive within 10 minutes."),
     c("ok thanks", None)],
    [o,
     t("Hi! Thanks for reaching out, I understand how you feel. Have you tried restarting your modem?"),
     c("yes 10 times. red LOS light", None),
     t("Okay. Is it possible the cable was bent or someone moved the modem? Most LOS issues are caused by customers handling the fibre cable."),
     c("no one touched it. its on the same shelf for 2 years", None),
     t("I hear you. Did you maybe miss a payment? Accounts get cut for late payment sometimes, which would be on your side."),
     c("i paid on time i have the receipt. i work from home im losing money every day", None),
     t("So what I'm hearing is you work from home on a residential plan, which isn't really meant for business use. Did you read the terms when you signed up? For business reliability you'd need Biz Fiber, 3,999 a month."),
     c("are you serious. i dont need a business plan i need my internet working. i will report you to the NTC", "no_need"),
     t("Of course, that's your right. Is there anything else I can help you with today?"),
     c("wow", None)]))

# 1 monologue - agricultural solar installer, Jaen province
o = c("Hello. My cousin say you make solar for the irrigation pump. I have olives, 40 hectares, and the electricity in summer is crazy.", None)
PAIRS.append(gpair(
    "b66g_solar_olive_irrigation", "solar irrigation installer, Jaen province, Spain", "monologue",
    "An olive farmer (non-native English) asks about solar power for a 15 kW irrigation pump after a bad harvest year.",
    [o,
     t("Yes, we do a lot of solar pumping around Jaen. How big is the pump, and in which months do you irrigate?"),
     c("Pump is 15 kW. We irrigate from May to September, in the day mostly. In winter almost nothing.", None),
     t("Daytime irrigation in summer is the best case for solar, you pump when the sun is there. What's the summer bill, more or less?"),
     c("July last year, 1,900 euro. August the same.", None),
     t("Then about 25 kW of panels with a variable-speed drive could cover most of the daytime pumping, around 28,000 installed. There's a regional grant that can pay up to 40 percent. But I'd need to see the well and the pump before I promise anything."),
     c("28,000. Is a lot of money. The olive price was bad last year, I cannot put all that now.", "no_money"),
     t("Understood. With the grant you'd be near 17,000, and some farmers pay it over five years, about what they save on the bill. I can come see the pump and give you real numbers, no cost. Next week?"),
     c("Next week is the harvest of the early ones, is bad. After the 20th.", "no_time"),
     t("The 22nd in the morning, then? I'll bring the grant paperwork so you can see what they ask for."),
     c("The 22nd is good. Call me the day before.", None)],
    [o,
     t("Fantastic, so let me tell you about our solution. We are number one in Andalusia for agri-solar, tier-one panels, German inverters, 25-year warranty, a monitoring app where you see every kilowatt on your phone, and we do everything, design, permits, the grant, installation, after-sales, which is really the relationship we build with every farmer."),
     c("Okay, but my pump-", None),
     t("Yes, pumps, all sizes, and also batteries so you can irrigate at night, and now agrivoltaics, panels above the trees, very innovative, the EU loves it. For 40 hectares you want the big system, 60 kW with battery, around 95,000, but the grant covers a lot and our clients save 80, 90 percent."),
     c("95,000? I don't irrigate at night. And I have not this money.", "no_money"),
     t("I hear you, that's the most common worry, but the payback is so fast. Look, on my tablet, this is a farm in Ubeda, see this curve, beautiful, this is what success looks like. So, what do you think?"),
     c("I think I talk with my cousin again, and maybe another company.", "think_it_over"),
     t("Of course. I'll send you the brochure and the video with our customer stories. Any other questions?"),
     c("No. Adios.", "brush_off")]))

# 2 closing_as_open_question - gym with pool, Mexico City
o = c("Hola, hi. I want to know about the pool, like the hours? I work shifts at the hospital so I can't always come at the same time.", None)
PAIRS.append(gpair(
    "b66g_gym_pool_shiftworker", "gym and swimming pool, Mexico City", "closing_as_open_question",
    "A hospital nurse on rotating shifts asks about pool hours; she wants to swim for her back and once paid for a yearly gym contract she barely used.",
    [o,
     t("Sure. The pool is open 6 am to 10 pm on weekdays, 8 to 6 on weekends. What kind of shifts do you do?"),
     c("Rotating. Some weeks mornings, some weeks nights. So sometimes I can only come at like 7 am after a night.", None),
     t("Rotating, and sometimes straight after a night. Are you swimming to train, or more to relax and move a bit?"),
     c("More to relax. My back hurts from standing all day. And I tried a gym before with a year contract and I went like four times, so.", "bad_experience"),
     t("Then I wouldn't put you on the yearly plan. There's a pool-only monthly pass, 690 pesos, no contract, cancel any time. Before anything, come for a free trial swim this week and see if the 7 am lanes are quiet enough after a night."),
     c("Free? Okay, yes. Thursday morning, I finish at 7.", None),
     t("Thursday at 7:30 then, I'll put your name at reception. Bring a swim cap, it's required."),
     c("Ah, I don't have one. I'll buy one here, I guess.", None),
     t("We sell them for 120, but any supermarket has them cheaper. Either is fine."),
     c("Supermarket then. See you Thursday.", None)],
    [o,
     t("Great question! Before I tell you the hours, what would it take to get you started today?"),
     c("Um, I just want to know the hours. My shifts change every week.", None),
     t("Totally, and that's why our Premium 12-month is perfect, you can come any time. So, would you like to start this Monday or on the first of the month?"),
     c("I don't know about 12 months. I did a year at another gym and I went four times.", "bad_experience"),
     t("I hear you. So what would need to happen for you to feel good signing today? The enrolment fee is waived if you sign before you leave."),
     c("I need to see the pool first, and think. It's a lot of money for me.", "think_it_over"),
     t("Of course. So how would you prefer to pay, monthly by card or the full year with 10 percent off?"),
     c("Neither, thank you. I'll come back another day.", "brush_off"),
     t("Sure! And what's the best number to call you on to follow up on your membership?"),
     c("It's okay. I'll come when I'm ready.", "brush_off")]))

# 3 pitch_as_paraphrase - invoicing software, web chat, Leipzig
o = c("hello i am freelancer translator, i do invoices in excel now. i need something simple for invoices to clients in france and austria, the reverse charge thing is confusing me", None)
PAIRS.append(gpair(
    "b66g_invoicing_app_translator", "invoicing and bookkeeping software, web chat, Germany", "pitch_as_paraphrase",
    "A freelance translator in Leipzig (typed chat, non-native English) wants simple invoices with the EU reverse-charge note; her tax advisor uses DATEV.",
    [o,
     t("Hi! Happy to help. About how many invoices do you send a month, and do you also need to track expenses, or only invoices?"),
     c("maybe 8 to 12 per month. expenses my tax advisor does from the receipts, i just give her a folder", None),
     t("So around 10 invoices a month, EU clients with reverse charge, and your tax advisor does the expenses. Our Basic plan covers that: it adds the reverse-charge note and the client's VAT number automatically. It's 9 euro a month. You wouldn't need Plus, since your advisor does the bookkeeping."),
     c("9 euro ok. but the tax advisor uses DATEV can she get the data? last software i tried she could not read the export and i typed everything again", "bad_experience"),
     t("Good question. Basic has a DATEV export she can import directly. I'd suggest you send her one test export during the 30-day trial, before you pay anything, so she can confirm it works for her."),
     c("ok that is good idea. i start the trial", None),
     t("Great, I'll send you the link and a short guide for the EU invoice setting."),
     c("thanks", None)],
    [o,
     t("Hi! So what you need is our Business Pro plan at 29 a month with bookkeeping, banking and payroll, is that right?"),
     c("no i dont have employees, why payroll. i only need invoices", "no_need"),
     t("Got it, so what I'm hearing is you need a complete solution to grow your business, which is Business Pro with the multi-currency add-on, correct?"),
     c("i have only euro clients. france austria. 29 is too much for 10 invoices", "too_expensive"),
     t("Let me make sure I understood correctly: you want to save time, so Business Pro yearly, 290, two months free. Shall I send the link?"),
     c("you did not understand. i want simple reverse charge invoices. and my tax advisor uses datev", None),
     t("Perfect, so what you need is Business Pro, because it has the DATEV export. Sounds right?"),
     c("basic also has datev no? i will look myself on the website thanks", "brush_off")]))

# 4 upsell_as_loop_closing - hotel front desk, Hanoi
o = c("Hi. Check-in for Larsen. Sorry, the flight was four hours late. I have a bus to Ha Long at 7:30 and I just need to sleep.", None)
PAIRS.append(gpair(
    "b66g_hotel_late_checkin", "city hotel front desk, Hanoi", "upsell_as_loop_closing",
    "A Danish traveller checks in at 2 am after a delayed flight, with a 7:30 tour bus; he once had a sleepless night in a street-facing room.",
    [o,
     t("Welcome, Mr Larsen, you must be exhausted. Your room is ready. Is the Ha Long bus picking you up here at the hotel?"),
     c("Yes, at 7:30, the agency said in the lobby.", None),
     t("Okay. Breakfast starts at 6:30, so you'll have time. Would you like a wake-up call, and anything about the room, a quiet side, a high floor?"),
     c("Quiet, please. Last time in Hanoi my room was over the street and I didn't sleep at all.", None),
     t("Then I'll give you 508, it faces the courtyard, much quieter. Wake-up at 6:15? And if you're coming back to us after Ha Long, you can leave your big bag here."),
     c("6:15, yes. And yes, I come back Friday. Can I leave the bag, is it free?", None),
     t("Free, yes. I'll tag it tonight so you don't wait in the morning. Here's your key, the lift is on the left."),
     c("Thank you. Good night.", None)],
    [o,
     t("Welcome! So sorry about your flight. Let me get you sorted. Now, to make your experience perfect, what else can I add for you? We have an upgrade to the Lake View Suite for 40 dollars tonight."),
     c("No, it's two in the morning, I'm leaving at 7:30. I just need a bed.", "no_need"),
     t("Of course, totally get it. Anything else I can add to make your stay a success? Breakfast in bed is 15, or we do an early breakfast box."),
     c("Breakfast is included, no? On my booking it says.", None),
     t("Yes, the buffet is. So what else can I add for you? A lot of guests going to Ha Long book our private limousine instead of the bus, 85 dollars, much more comfortable."),
     c("I already paid the bus. Please, just the key.", "no_need"),
     t("Absolutely. And lastly, anything else I can add? The spa opens at 9 if you'd like a massage."),
     c("At 9 I am on a boat. The key.", "no_time")]))

# 5 leading_tag_questions - used car dealership, San Antonio
o = c("Hey there. I'm looking for something for my family, three kids, and my old minivan is about to die. I'm trying to stay under eighteen thousand.", None)
PAIRS.append(gpair(
    "b66g_used_car_family_van", "used car dealership, San Antonio, Texas", "leading_tag_questions",
    "A mother of three replacing a dying minivan, budget under 18,000 dollars, with a trade-in whose transmission is slipping.",
    [o,
     t("Happy to help. How old are the kids, still in car seats? And is it mostly town driving, or highway too?"),
     c("Two in boosters, the oldest is eleven. Mostly school runs and soccer, but we drive to my mom's in Houston once a month.", None),
     t("Boosters, lots of town driving and a monthly Houston run. Do you want to stay with a minivan, or are you open to a three-row SUV?"),
     c("Honestly I like the minivan for the sliding doors. The kids ding everything in parking lots.", None),
     t("Makes sense. We've got a 2018 Odyssey, 74,000 miles, 17,900, and a 2017 Sienna, 88,000 miles, 16,500, one owner with full service records. What's the trade-in?"),
     c("A 2010 Caravan, 190,000 miles, transmission's slipping. My husband says you'll give us nothing. Last dealer offered five hundred.", None),
     t("He might be right, with the transmission it won't be much, maybe 800 to 1,200, and I'd rather tell you that now. Want to drive both today while we look at the Caravan?"),
     c("Yeah, the Sienna first. But I'm not buying anything today without my husband seeing it.", "think_it_over"),
     t("Completely fine. If you like one, I'll hold it till Saturday so he can come see it."),
     c("Deal. Keys?", None)],
    [o,
     t("Well, you'll want something newer that won't let you down, won't you?"),
     c("Sure, but it has to be under eighteen.", None),
     t("Of course. And with three kids you'd agree safety comes first, wouldn't you? This 2021 Highlander has every safety feature there is."),
     c("What's the price on it?", None),
     t("Twenty-six nine. But you wouldn't want to put your kids in an old van again just to save a few thousand, would you?"),
     c("That's nine thousand over my budget. That's not a few.", "no_money"),
     t("I hear you. But you'll be financing anyway, won't you? Over 72 months it's only about 130 more a month, and isn't peace of mind worth that?"),
     c("My husband would kill me. I really need to talk to him first.", "think_it_over"),
     t("He'd want the safest car for his kids though, wouldn't he? You don't want to miss this one, do you?"),
     c("I'm going to go. Thanks.", None)]))
