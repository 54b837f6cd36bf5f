# Hand-written ranked pairs for blind17. Same label convention as data_gaming.py.
R = []
FAULTS = {}
def r(id, situation, better, worse, note):
    R.append(dict(id=id, situation=situation, better=better, worse=worse))
    FAULTS[id] = note

r("b17r_d01_old_cat_teeth",
  "A cat owner in Bristol phones her vet after a reminder about a dental clean for her twelve-year-old cat; she is nervous about the anaesthetic.",
"""C: Hi, you sent a reminder about Tilly's teeth. She's twelve. I'm a bit nervous about the anaesthetic.
T: That's a fair worry at her age. What worries you most — the anaesthetic itself, or her recovery?
C: Both, really. My last cat didn't wake up well after one.
T: I'm sorry. For older cats we do a blood test first, to check kidneys and liver. If anything's off, we don't go ahead.
C: Oh. I didn't know that.
T: And a nurse sits with her till she's fully awake. Want to start with just the blood test? £68, no commitment to the dental.
C: Yes. Let's do that first.""",
"""C: Hi, you sent a reminder about Tilly's teeth. She's twelve. I'm a bit nervous about the anaesthetic.
T: Completely understandable. Modern anaesthetics are very safe, even for older cats.
C[bad_experience]: My last cat didn't wake up well after one.
T: I'm sorry. It's really rare, though. And bad teeth hurt, so it's worth doing. Shall I book her in for the dental?
C[think_it_over]: Mm. I'd rather think about it.
T: Of course. Ring us when you're ready.
C: Ok.""",
"better asks what the worry is, hears the past experience, and offers a low-risk first step (blood test only); worse reassures generically and pushes the booking")

r("b17r_d02_extra_licences",
  "The operations lead of a food wholesaler in Birmingham calls his logistics software supplier asking for a price on five more user licences.",
"""C: Hiya, I need a price for five more user licences. Quick as you can.
T: Sure, £35 each a month. Who are the five for?
C: Drivers, mainly. They keep ringing the office for their next drop.
T: Ah. Then you might not need full licences. The driver app is £9 a head and shows them the next drop.
C: Oh. That's all they'd need, to be fair.
T: I'll send both prices so you can compare. Trial the driver app for a week if you like.
C: Yeah, go on. Send it.""",
"""C: Hiya, I need a price for five more user licences. Quick as you can.
T: Sure, £35 each a month, so £175 for the five.
C[too_expensive]: Ok. Bit more than I thought.
T: That's the standard rate. Annual billing brings it to £31.
C[think_it_over]: Mm. Send it over and I'll run it past finance.
T: Will do. Quote in your inbox in ten minutes.
C: Cheers.""",
"better asks who the licences are for and finds the real purpose (drivers only need the cheaper app); worse quotes exactly what was asked")

r("b17r_d03_tablet_wifi",
  "An older man in Dublin phones his broadband provider because the tablet his son gave him is asking for the wifi password.",
"""C: Hello. My son got me a tablet and it wants a password for the internet. I don't know it.
T: No problem, we'll find it together. Are you near the router — the white box with the lights?
C: I am. It's on the hall table.
T: Turn it round. There's a sticker on the back. Can you see "Wifi key"?
C: Hang on… yes. Lots of letters.
T: That's it. Type those into the tablet, slowly. Capital letters matter.
C: Done. Oh, it's working. The news is up.""",
"""C: Hello. My son got me a tablet and it wants a password for the internet. I don't know it.
T: No problem. The key's on the router label, the WPA2 key. Select your SSID on the tablet, enter the key, and it should authenticate.
C: The what? Sorry.
T: Your network name. It's on the sticker on the router too, with the key.
C: Right. I'll find the sticker. Which one's the key?
T: It says "Wifi key". Type that in on the tablet.
C: Ok. I'll try.""",
"better adapts to the caller and walks him through it step by step, staying on until it works; worse gives correct but technical instructions and leaves him to try alone")

r("b17r_d04_payroll_trial",
  "The owner of a small plumbing firm in Cardiff calls a payroll bureau; he has run payroll himself for years and is unsure about handing it over.",
"""C: I'm thinking about handing payroll over, but I'm not sure. I've done it myself for years.
T: What's making you think about it now?
C: The pension auto-enrolment. Got a letter from the regulator. There's seven staff.
T: That's when a lot of people switch. Here's an idea — we run one month alongside yours, free. You compare before deciding anything.
C: That sounds fair. What do you need from me?
T: Last month's payslips and the regulator's letter. I'll email you a list.
C: Ok. Send it.""",
"""C: I'm thinking about handing payroll over, but I'm not sure. I've done it myself for years.
T: What's making you think about it now?
C: The pension auto-enrolment. Got a letter from the regulator. There's seven staff.
T: We handle all that. For seven staff it's £55 a month, on a twelve-month contract.
C: Twelve months. Hm. What if it doesn't work out?
T: Most clients stay well past a year. I'll send the contract over for you to look at.
C[think_it_over]: Ok. I'll have a read and think about it.""",
"better answers his hesitation with a free parallel-run month (low-risk next step); worse goes straight to a twelve-month contract")

r("b17r_d05_ebike_commute",
  "A man in Freiburg walks into a bike shop saying he wants an e-bike to ride to work.",
"""C: Morning. I want an e-bike. For getting to work.
T: Nice. How far is work, and is it hilly?
C: Twelve k. One big hill at the end.
T: Carrying anything? Laptop, kids?
C: Just a laptop bag. And I'd like to not arrive sweaty.
T: Then a mid-motor with a rack. This one, or the cheaper Kalkhoff — both handle that hill. Take one out for twenty minutes?
C: Yeah, let's try the Kalkhoff.""",
"""C: Morning. I want an e-bike. For getting to work.
T: Nice. This is our best seller, the Riese & Müller. Mid-motor, 625 watt-hour battery.
C: How much?
T: €4,900. It'll do anything you throw at it.
C[too_expensive]: Ooh. That's more than I wanted. I'll have a look around first.
T: Sure. The Kalkhoff over there is €2,800 if you want something cheaper.
C: Ok. I'll have a look.""",
"better finds out distance, hill and load before recommending and offers a test ride; worse shows the top model first")

r("b17r_d06_mums_eightieth",
  "A chatty woman in Adelaide rings a caterer to order food for about thirty guests at her mother's 80th birthday at home.",
"""C: Hi love, I'm planning Mum's 80th — she's a character, you'd love her — and I need food for about thirty at her place.
T: Eighty, lovely! What sort of food does she like?
C: Oh, old-school. Sandwiches, sausage rolls, she'd kill for a proper pav.
T: We can do all of that. Any guests on special diets?
C: A couple of gluten-free. And my brother's vegan now, God help us.
T: Ha — we'll look after him. Sandwich platters, sausage rolls, a vegan pie and a pav. Around $28 a head. Shall I write it up?
C: Perfect. Yes, please.""",
"""C: Hi love, I'm planning Mum's 80th — she's a character, you'd love her — and I need food for about thirty at her place.
T: Lovely. We have three packages: Classic at $22, Premium at $30 and Deluxe at $38 a head.
C: Oh. Well, what's in them? She's old-school, sandwiches and a pav, that sort of thing.
T: Classic has sandwiches and finger food. Premium adds hot items. Deluxe adds dessert and staff.
C: Right. Do any of them have a pav?
T: Deluxe has a dessert platter. A pav can be added to any package for $60.
C[think_it_over]: Ok. I'll go over it with my sister.""",
"better matches her warm style and builds the menu around her mother and the guests; worse reads out package tiers")

r("b17r_d07_contacts_doubt",
  "A woman at an optician's counter in Dublin has been told by the optometrist she could try contact lenses, and is hesitant.",
"""C: The optometrist said I could try contacts. I'm not sure, to be honest.
T: What's putting you off?
C: Touching my eye. I tried once years ago and couldn't get them in.
T: Lots of people feel that. We do a teaching session — half an hour, and you don't leave till you can do it.
C: And if I still can't?
T: Then you don't buy any. The trial pair's free.
C: Ok. I'll try that.""",
"""C: The optometrist said I could try contacts. I'm not sure, to be honest.
T: They're very easy these days. Daily ones, no cleaning.
C[bad_experience]: I tried once years ago and couldn't get them in.
T: The new ones are much thinner. Most people manage fine. Would you like the monthly plan at €25?
C[no_need]: Mm, maybe not. I'll stick with glasses for now.
T: No problem. The offer's there if you change your mind.
C: Thanks.""",
"better asks what is behind the doubt and answers it with a free, risk-free trial; worse reassures and offers the plan")

r("b17r_d08_renewal_limit",
  "A man at a library counter in Sheffield wants to renew his books again; one has already reached its renewal limit.",
"""C: Can I renew these again? I'm not done with the big one.
T: Let me see. Two are fine. The big one's hit the limit — three renewals.
C: Ah. I'm only halfway.
T: Nobody's reserved it, though. If you return it and borrow it again now, that resets it.
C: Oh, can I do that?
T: Yes, just hand it over. There — due back in three weeks.
C: Brilliant. Cheers.""",
"""C: Can I renew these again? I'm not done with the big one.
T: Let me see. Two are fine. The big one's hit the limit — three renewals.
C: Ah. I'm only halfway.
T: You could reserve it, and you'd get it back once it's returned to us.
C: How long would that take?
T: Should be a few days after you bring it back.
C: Ok, I'll do that then.""",
"better finds the simplest way to keep the book with him today; worse gives a correct but slower workaround")

r("b17r_d09_husband_hearing",
  "A woman in Brisbane phones a hearing clinic wanting her husband's hearing checked; he insists it is fine.",
"""C: Hi. I want to get my husband's hearing checked. He says it's fine. It isn't.
T: That's really common. What does he notice himself, if anything?
C: Nothing. He says everyone mumbles. The TV's deafening.
T: Would he come for a free check if it's not about buying anything? Fifteen minutes, and he takes the results home on paper.
C: He might, if it's free and there's no sales pitch.
T: No pitch. Most people decide for themselves once they see their own results. Tuesday or Friday?
C: Friday. I'll tell him it's for me.""",
"""C: Hi. I want to get my husband's hearing checked. He says it's fine. It isn't.
T: That's really common. Bring him in for a full assessment, it's $120, and we can talk about options.
C[no_need]: He won't pay $120 for something he thinks he doesn't need.
T: The assessment is really thorough. And hearing loss is linked to dementia, so it's worth it.
C[think_it_over]: Mm. I'll talk to him.
T: Ok, ring us when you're ready.
C: Will do.""",
"better thinks about the reluctant husband and offers a free, no-pitch screening; worse quotes the full paid assessment and argues its value")

r("b17r_d10_carpets_visit",
  "The office manager of a Glasgow firm calls a commercial cleaning company to get the office carpets cleaned before an important client visit next Thursday.",
"""C: We need the office carpets done before next Thursday. Big client visit.
T: Can do. How big's the office, roughly?
C: About 400 square metres. Open plan.
T: Is it the whole lot that's bad, or certain areas?
C: Honestly, the entrance and the meeting room. The rest is ok.
T: Then I'd do just those two, plus a spot-clean on the walkway. About half the price, dry by morning. Monday evening?
C: Monday works. Send me the quote.""",
"""C: We need the office carpets done before next Thursday. Big client visit.
T: Can do. How big's the office, roughly?
C: About 400 square metres. Open plan.
T: Full hot-water extraction, that's £1,100. We could come Monday evening.
C[too_expensive]: Oof. Ok, that's a lot. Let me check with my boss.
T: Sure. I'll hold Monday till tomorrow.
C: Thanks.""",
"better asks which areas matter for the visit and scopes the job to them; worse quotes the whole floor")

r("b17r_f01_close_savings",
  "A customer at a bank counter in Edinburgh asks to close her savings account.",
"""C: Hi, I'd like to close my savings account, please.
T: Sure, I can do that. Can I see some ID?
C: Here.
T: Thanks. There's £2,340 in it. Where would you like it moved?
C: My current account here.
T: Done. Can I ask why you're closing it? Just so we know.
C: Found a better rate elsewhere.
T: Fair enough. It's closed — you'll get a letter confirming.""",
"""C: Hi, I'd like to close my savings account, please.
T: Sure, I can do that. Can I see some ID?
C: Here.
T: Thanks. There's £2,340 in it. Where would you like it moved?
C: My current account here.
T: Done. I'm guessing you've had a bad experience with us — or is it money worries?
C: Neither. Found a better rate elsewhere.
T: Oh. Fair enough. It's closed — you'll get a letter confirming.""",
"worse guesses at the customer's motive (bad experience or money worries) instead of asking")

r("b17r_f02_outside_light",
  "A homeowner in Nottingham calls the electrical firm that fitted an outside light last week; it has stopped working.",
"""C: Hi, your guy fitted an outside light last week. It's stopped working already.
T: Sorry about that. Does it come on at all, even at night?
C: Nothing at all.
T: Could be the sensor or a loose connection. It's under warranty. Dave can come Friday between 8 and 10.
C: Friday's ok.
T: Great. He'll text when he's on his way.
C: Thanks.""",
"""C: Hi, your guy fitted an outside light last week. It's stopped working already.
T: Sorry about that. Does it come on at all, even at night?
C: Nothing at all.
T: Could be the sensor or a loose connection. It's under warranty. Someone will be in touch to arrange a visit.
C: Ok. When?
T: Soon. They'll give you a call.
C: Right. Thanks.""",
"worse gives no date or time for the fix: 'someone will be in touch', 'soon'")

r("b17r_f03_hot_room",
  "A guest at the front desk of a hotel in Rome reports that the air conditioning in her room is not cooling during a heatwave.",
"""C: Hi, the air con in 208 isn't cooling. It's like an oven up there.
T: Sorry. Is it blowing at all?
C: Blowing, but warm.
T: I'll send maintenance up now. If it's not fixed in half an hour, I'll move you to a cool room on the fourth floor.
C: Ok, thanks.
T: I'll ring your room at half past to check.
C: Great.""",
"""C: Hi, the air con in 208 isn't cooling. It's like an oven up there.
T: Sorry. Is it blowing at all?
C: Blowing, but warm.
T: Hotel policy is that air conditioning is limited to 24 degrees minimum, for energy reasons. Maintenance requests go through the app.
C: It's not 24. It's much hotter than that.
T: I'll send maintenance up. I'll ring your room at half past to check.
C: Ok.""",
"worse quotes a policy and points to the app before helping")

r("b17r_f04_desk_chair",
  "A customer in a Vancouver furniture store who sits all day for work asks which desk chair would help her lower back.",
"""C: I sit all day for work and my lower back's killing me. Which chair would you suggest?
T: How many hours a day, roughly?
C: Eight, nine.
T: Then you want adjustable lumbar support. Try this one — slide the lumbar pad into the small of your back.
C: Oh. That's actually nice.
T: It's $480. Sit for ten minutes if you like. No rush.
C: Ok, I'll sit a bit.""",
"""C: I sit all day for work and my lower back's killing me. Which chair would you suggest?
T: How many hours a day, roughly?
C: Eight, nine.
T: Then you want adjustable lumbar support. Try this one — slide the lumbar pad into the small of your back.
C: Oh. That's actually nice.
T: It's $480, but I can do it for $400 if you take it today.
C[think_it_over]: Oh. Um, I'll sit a bit first.""",
"worse offers a discount for buying today before the customer has said anything about price")

r("b17r_f05_cat_not_eating",
  "A cat owner in Dunedin rings her vet because her cat has not eaten for two days.",
"""C: Hi, my cat's not eating. It's been two days.
T: Sorry to hear. How old is she?
C: Nine.
T: Is she drinking?
C: A little, yes.
T: Any vomiting?
C: Once, yesterday.
T: Then I'd like to see her today. Can you do 4 o'clock?""",
"""C: Hi, my cat's not eating. It's been two days.
T: Sorry to hear. How old is she?
C: Nine.
T: Is she drinking, and has she been vomiting?
C: She's drinking a little, yes.
T: Good. Then I'd like to see her today. Can you do 4 o'clock?
C: Ok, yes.""",
"worse asks two questions at once; the customer only answers the first and the vomiting question is never answered")

r("b17r_f06_paper_delivery",
  "A print shop owner in Bristol calls her paper supplier to ask whether an order placed on Monday will arrive before a Friday job.",
"""C: Hi, I ordered 20 reams of the 350gsm silk on Monday. Will it be here by Friday?
T: Let me check. Order 7781?
C: That's it.
T: It left the warehouse this morning. DPD, due Thursday.
C: Great. I've a wedding job Friday.
T: I'll send you the tracking now, so you can watch it.
C: Perfect, thanks.""",
"""C: Hi, I ordered 20 reams of the 350gsm silk on Monday. Will it be here by Friday?
T: Let me check. Order 7781?
C: That's it.
T: It left the warehouse this morning. That silk's our best stock, by the way — FSC certified, great colour, and it won't crack on folds.
C: Ok. But will it be here Friday?
T: Oh — yes, DPD, due Thursday. I'll send you the tracking now.
C: Perfect, thanks.""",
"worse talks up the product's features instead of answering the delivery question, so the customer has to ask again")

r("b17r_f07_slow_broadband",
  "A man working from home in Glasgow phones his broadband provider because his connection is very slow.",
"""C: My internet's crawling. Pages take ages. I'm working from home today.
T: Let's look. Your router hasn't restarted in 90 days. I'll restart it from here — it'll drop for two minutes.
C: Ok, go on.
T: It's back up. Can you run a speed test and tell me the number?
C: 68 megs. Was about 4 before.
T: That's where it should be. If it slows again, ring me back on this number.
C: Great. Cheers.""",
"""C: My internet's crawling. Pages take ages. I'm working from home today.
T: Let's look. Your router hasn't restarted in 90 days. I'll restart it from here — it'll drop for two minutes.
C: Ok, go on.
T: It's back up. That should sort it.
C: Right.
T: If it slows again, give us a ring.
C: Ok. Cheers.""",
"worse restarts the router but never checks the fix worked")

r("b17r_f08_physio_insurance",
  "A woman in Limerick phones a physiotherapy clinic to ask whether her health insurer will cover sessions before she books.",
"""C: Hi, before I book — will my insurance cover physio with you? I'm with Laya.
T: We're registered with Laya, so it's claimable. How much back depends on your plan.
C: Do you know roughly?
T: Most plans give €25 to €40 a session back. Your policy booklet has the exact figure.
C: Ok. I'll check. Can I book anyway?
T: Sure. Wednesday at 5 or Friday at 12?
C: Wednesday.""",
"""C: Hi, before I book — will my insurance cover physio with you? I'm with Laya.
T: We're registered with Laya, so it's claimable. How much back depends on your plan.
C: Do you know roughly?
T: Don't worry, you'll get it all back. Laya covers physio in full.
C: Oh great. Can I book then?
T: Sure. Wednesday at 5 or Friday at 12?
C: Wednesday.""",
"worse makes a small untrue promise (full cover) that the clinic cannot know")

r("b17r_f09_varifocal_dizzy",
  "A man in Sydney comes back to his optician because his first pair of varifocal glasses has made him dizzy for three days.",
"""C: These new glasses make me dizzy. Had them three days.
T: Sorry. Dizzy all the time, or when you look down?
C: Mostly walking, looking down at steps.
T: These are your first varifocals, yes? That's common in the first week or two. Let me check they're sitting right.
C: Ok.
T: The left side's a bit low. Fixed. Give it a week, and if it's still bad we'll re-test your eyes, no charge.
C: Ok. Thanks.""",
"""C: These new glasses make me dizzy. Had them three days.
T: Sorry. Dizzy all the time, or when you look down?
C: Mostly walking, looking down at steps.
T: These are your first varifocals, yes? Honestly, they can't be making you dizzy, the prescription's correct. You just need to get used to them.
C: Well, they are. I'm not making it up.
T: Let me check they're sitting right. The left side's a bit low. Fixed. Give it a week, and if it's still bad we'll re-test your eyes, no charge.
C: Ok. Thanks.""",
"worse argues with the customer about his symptom before checking the fit")

r("b17r_f10_lost_suitcase",
  "A traveller in Auckland calls her travel insurer to claim for a suitcase the airline lost on her flight back from Bali.",
"""C: Hi, the airline lost my suitcase on the way back from Bali. I want to claim.
T: Sorry to hear. Did the airline give you a report, a PIR?
C: Yes, I've got the paper from the airport.
T: Good. How long has it been?
C: Eight days. They say it's still missing.
T: Ok. Start the claim online with the PIR and a list of what was in it. Receipts if you have them, photos if not.
C: Ok. I can do that tonight.""",
"""C: Hi, the airline lost my suitcase on the way back from Bali. I want to claim.
T: Sorry to hear. Did the airline give you a report, a PIR?
C: Yes, I've got the paper from the airport.
T: Good. How long has it been?
C: Eight days. They say it's still missing.
T: Ok. We do see a lot of made-up claims from Bali, so we'll need receipts for everything, and we may check with the airline.
C: I'm not making it up. I've got the report.
T: Sure. Start the claim online with the PIR and a list of what was in it.""",
"worse hints that the customer may be lying")
