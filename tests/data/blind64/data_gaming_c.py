"""Gaming pairs, part C (hand-written for blind64)."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question - hearing clinic, Adelaide (Australia); reluctant older man
o = c("G'day. The wife's booked me in. She reckons I've got the telly up too loud. I reckon she mumbles.", None)
PAIRS.append(gpair(
    "b64g_adelaide_hearing_clinic", "hearing clinic, Adelaide", "putdown_question",
    "A retired farmer comes to a hearing clinic because his wife booked him in; he is sceptical.",
    [o,
     t("G'day, thanks for coming in - plenty of blokes get sent by their wives, it's no crime. Before any test, tell me: where do you notice it yourself, if anywhere?"),
     c("Pub, I suppose. Thursday nights with the bowls club, can't follow a word when it's busy. I just nod along.", None),
     t("So noisy places, like the pub on Thursdays, and you end up nodding along. Any ringing in the ears, or one side worse than the other?"),
     c("Left side's worse. Thirty years on a tractor, that'll be it. Look, I'm not wearing one of those beige things behind the ear like my old man had. He hated it.", "bad_experience"),
     t("Fair enough - they've changed a lot since then. But let's not get ahead of ourselves. The test takes forty minutes and it's free for pensioners under the government program. Then you'll know if it's the left ear, the pub, or your wife mumbling. Want to do it now? I've got time."),
     c("Now? Go on, then. But if it's the wife mumbling I want that in writing.", None),
     t("Deal. If you do need help, I'll show you the small in-ear ones and what the program covers, and you can take the brochure home and talk it over. No decision today."),
     c("Righto. Lead the way.", None),
     t("This way. Tell me if the booth feels stuffy - some people find it odd at first."),
     c("Been in worse places. Tractor cab in January, for one.", None)],
    [o,
     t("G'day! So, be honest with me - how long have you been pretending you can hear everything fine?"),
     c("I'm not pretending anything. The wife reckons the telly's too loud. I can't follow it at the pub on Thursdays, that's all.", None),
     t("Right. And why do you think you've left it this long when your wife's been telling you? What's been holding you back?"),
     c("Nothing's holding me back. I'm just not wearing one of those beige things like my old man had.", "bad_experience"),
     t("Okay, and what do you think is worse - a small hearing aid, or your wife having to shout at you for the rest of your life? What do you reckon that's doing to her?"),
     c("Steady on, mate. She doesn't shout at me.", None),
     t("Well, how would you know, if you can't hear her? So shall we look at the premium range, 6,800 a pair, before you talk yourself out of it again?"),
     c("Six thousand eight hundred? Not on your life. I'm off.", "too_expensive")]))

# 22 not_my_department_or_read_the_terms - energy supplier, Glasgow; young tenant on the phone
o = c("Hiya, I've just moved into a flat in Partick and I've got a bill for 640 quid, which is mental, I've been here five weeks.", None)
PAIRS.append(gpair(
    "b64g_glasgow_energy_movein", "energy supplier call centre, Glasgow", "not_my_department_or_read_the_terms",
    "A young tenant phones her energy supplier about an estimated bill that includes the previous tenant's usage.",
    [o,
     t("That does sound wrong for five weeks - let's look at it. Did you give us a meter reading when you moved in, or is the bill based on an estimate?"),
     c("I didn't give anything, I didn't know I had to. The letter just says estimated.", None),
     t("Then it's almost certainly an estimate that includes the previous tenant's use. If you can read me the meter now, I'll put in a move-in reading dated the day you got the keys. Do you know the date?"),
     c("The 3rd of March. Hang on, I'll look... right, it says 28714.", None),
     t("Thanks. With a move-in date of the 3rd and that reading, I've re-billed it: your real amount for five weeks is 86 pounds 40, and I'll email the corrected bill. You're on our standard variable tariff - happy to leave that, or would you like to hear about a fixed one?"),
     c("Leave it for now, honestly. I'm only here a year and I've been stung by exit fees before.", "bad_experience"),
     t("Fair - the variable has no exit fee, so it suits a one-year let. I'd just send a reading every month so you're never on estimates again; the app can remind you. Shall I switch that on?"),
     c("Aye, go on. Cheers for sorting that.", None),
     t("Done - you'll get a text on the 1st of each month. Anything else on the account while I've got you?"),
     c("No, that's it. Honestly thought I'd be on hold for an hour.", None)],
    [o,
     t("Hi there, thanks for contacting us, I'm sorry to hear about your experience. How can I help today?"),
     c("The bill. 640 quid for five weeks. I've just moved in, that's not mine.", None),
     t("I completely understand. Unfortunately I'm in sales, so billing disputes aren't my department. Did you submit a move-in reading within five working days? It's in the terms and conditions you accepted."),
     c("Nobody told me to submit anything. Can you just put me through to billing?", None),
     t("Billing are very busy at the moment, the wait's about ninety minutes. You can raise a dispute online through the form, it's all in the FAQ - I didn't set the process, I'm afraid. While I've got you, have you thought about a fixed tariff?"),
     c("No, I've been stung on exit fees before, I'm not tying myself in. I want this bill sorted.", "bad_experience"),
     t("I hear you and I value you as a customer. As I say, that one's for billing. Is there anything else I can help with?"),
     c("Unbelievable. I'm going to the ombudsman.", None)]))

# 23 social_proof_or_deadline_pressure - tuition agency, Kuala Lumpur (Malaysia)
o = c("Hello, I'm calling about tuition for my son, Form 4, his Add Maths is quite bad lah. Last exam he got 38.", None)
PAIRS.append(gpair(
    "b64g_kualalumpur_tuition_addmaths", "home tuition agency, Kuala Lumpur", "social_proof_or_deadline_pressure",
    "A mother phones a tuition agency about one-to-one Additional Mathematics help for her 16-year-old son.",
    [o,
     t("Hello, thanks for calling. 38 in Add Maths - is it the whole subject he struggles with, or particular chapters?"),
     c("He says functions and quadratics okay, but trigonometry and differentiation he's totally lost. His school teacher also changed three times this year.", None),
     t("Three teacher changes would lose anyone. So it's trigonometry and differentiation mainly. How does he feel about tuition - is it his idea or yours?"),
     c("My idea lah. He already has science tuition on Saturday, he says got no more time. Before this we tried one big tuition centre, forty students in one class, waste of money.", "bad_experience"),
     t("Then a big class is the wrong thing. I'd suggest one-to-one, once a week, ninety minutes, only trigonometry and differentiation for eight weeks, then we look at his school test. It's 90 ringgit a session at your home. Would a weekday evening work around his Saturday tuition?"),
     c("90 a session ah. The centre near us in SS2 is only 60 for one-to-one.", "too_expensive"),
     t("That's possible, and some are good. Ours are all former secondary maths teachers, that's the difference in price. How about one trial session at 45, half price - if he doesn't find it useful, you stop there and compare with SS2."),
     c("Okay, trial first. Wednesday night can? I ask him tonight.", None),
     t("Wednesday at eight. I'll WhatsApp you the tutor's profile so your son can see who's coming."),
     c("Okay, send. He will look, he likes to google everybody.", None)],
    [o,
     t("Hello! Don't worry, you've come to the right place. Ninety percent of our Form 4 students jump two grades in one term. Which school is he at?"),
     c("SMK Damansara Utama. Trigonometry and differentiation is the problem, the teacher changed three times this year.", None),
     t("Ah, SMK DU! We have twenty-three students from his school already - all the parents there use us. The smart parents are booking now before the SPM rush. What's stopping you from joining them?"),
     c("Nothing stopping. I just want to know who is the tutor, and how many students in one class.", None),
     t("I understand, that's why everyone moves to us. But I must tell you, the Add Maths package is 480 a month and the early-bird price ends this Sunday. After that, waiting list only. Parents from his class already took most of the slots."),
     c("480? The centre in SS2 is 60 per session. I need to ask my husband first.", "too_expensive"),
     t("Of course, but honestly, by the time you ask, the slot will be gone - other parents decided on the phone today. Shall I hold it with a 100 deposit?"),
     c("Cannot like that. I don't like to be rushed. Bye.", None)]))

# 24 keyword_stuffed - payroll software, Montreal; francophone bakery owner
o = c("Hello, yes, I have four bakeries in Montreal, 38 employees, and my accountant say I should look at a payroll software because he charges me too much.", None)
PAIRS.append(gpair(
    "b64g_montreal_payroll_bakery", "payroll software vendor, Montreal", "keyword_stuffed",
    "A French-speaking owner of four bakeries calls a payroll-software company on his accountant's advice.",
    [o,
     t("Hello! Happy to help. How is payroll done today - does your accountant do all of it, or does someone in the bakeries send him the hours?"),
     c("Each manager writes the hours on paper, they send me a photo on Sunday, I type it in Excel and send to the accountant. He does the pay and the government papers, RL-1, T4. He charges me 900 a month.", None),
     t("So the hours go paper, photo, Excel, accountant - that's a lot of copying. Is the main pain the 900 a month, or also the Sunday typing and the mistakes?"),
     c("Both. The Sunday, my wife is angry. But I am not good with computers, I tell you now. The last software we tried, for the cash register, was a catastrophe.", "bad_experience"),
     t("Thanks for saying so. Then I'd start very simply: managers enter hours on a tablet in each bakery, you approve on Sunday in one click, and the software does the pay, the Quebec deductions and the RL-1 and T4 at year end. For 38 employees it's 210 a month, and we set it up with you in person the first month."),
     c("210, okay, that is better than 900. But my accountant still needs to do the taxes for the company, no?", None),
     t("Yes, he keeps the company taxes - only payroll moves. I'd suggest he sees it too; accountants get free access. Could we do a one-hour demo at one of the bakeries with you and him, maybe next week?"),
     c("Next week is Easter, very busy for a bakery. After, maybe the week of the 14th.", "no_time"),
     t("The week of the 14th is fine. I'll email two times and copy your accountant if you give me his address."),
     c("Yes, I give you. He will be happy, he always says I send him everything too late.", None)],
    [o,
     t("Bonjour! Thank you so much for reaching out. We're passionate about understanding your needs and building a long-term relationship that drives your success. How do you feel about your current payroll experience?"),
     c("I feel it is expensive. My accountant charges 900 a month, and on Sunday I type all the hours from photos into Excel.", None),
     t("I completely understand and I really feel that. What I'm hearing is that your needs around the payroll experience aren't being met, and for us success means meeting your needs through a trusted relationship."),
     c("Okay... but does it do the Quebec things, the RL-1? This is the important part for me.", None),
     t("Great question, and I hear that experience matters to you. We're committed to a seamless, customer-centric experience, and our success team focuses on understanding each client's unique journey. Your success is our success."),
     c("Yes, but RL-1, yes or no? And how much?", None),
     t("Absolutely, I understand pricing is important to you. Our pricing is tailored to your needs. I'd love to set up a discovery call to understand your needs more deeply. Does Tuesday work?"),
     c("Next week is Easter. I have no time for a call to talk about talking.", "no_time")]))

# 25 rude - bicycle repair shop, Copenhagen; student commuter, non-native English
o = c("Hi. My gears are jumping all the time, especially on the bridge. I need the bike for work tomorrow morning, can you fix it today?", None)
PAIRS.append(gpair(
    "b64g_copenhagen_bike_gears", "bicycle repair shop, Copenhagen", "rude",
    "A student who cycles to a part-time job brings in a bike whose gears slip under load, and needs it next morning.",
    [o,
     t("Hi, let's have a look. Jumping when you push, like on the bridge - is it on all gears or mostly one or two?"),
     c("Mostly the small ones at the back, when I push hard. It started after I changed the chain myself last month.", None),
     t("That's a good clue. A new chain on an old, worn cassette often jumps exactly like that. Let me check... yes, the small cogs are worn. A new cassette is 320 kroner plus 150 labour."),
     c("Hmm, 470 in total. Can you not just adjust it? I'm a student, I don't have much money this month.", "no_money"),
     t("I can try an adjustment for 100, but honestly it probably won't stop the jumping on those worn cogs - I'd rather tell you now than take your money twice. If you like, adjust today and come back for the cassette when it suits you."),
     c("Okay, then I take the cassette, if the adjusting will not work anyway. Is it ready today?", None),
     t("I have one in stock. Ready at five. If you can't make it before we close at half five, I can leave it with the cafe next door."),
     c("Five is fine. Thank you, really.", None),
     t("No problem. Next time you change a chain, check the cassette too - or bring it here, chain fitting is 80."),
     c("Okay, I remember. Next time I come here.", None)],
    [o,
     t("Today? Everyone wants it today. What's wrong with it?"),
     c("The gears jump, mostly the small ones at the back when I push hard. It started after I changed the chain myself.", None),
     t("Yeah, well, there it is. People watch one video and think they're mechanics. Your cassette's worn, obviously. 470 with labour."),
     c("470? Can you not just adjust it? I'm a student, I don't have much money this month.", "no_money"),
     t("Adjusting won't fix a worn cassette, that's kind of basic. Have it done properly or not at all, up to you. I've got four bikes before yours."),
     c("Okay, but is it ready for tomorrow? I need it for work at seven.", None),
     t("Maybe. Come back at five and we'll see. If not, there's always the metro, right?"),
     c("I will go to another shop. Thanks for nothing.", None)]))

# 26 ignored_customer - furniture shop, Stockholm; shy customer, non-native English
o = c("Hi, I'm interested in this grey sofa, the three-seat. But I live on the fourth floor and there is no lift, and the stairs are quite narrow.", None)
PAIRS.append(gpair(
    "b64g_stockholm_sofa_stairs", "furniture shop, Stockholm", "ignored_customer",
    "A quiet customer likes a sofa in a furniture shop but worries it will not go up a narrow stairwell with no lift.",
    [o,
     t("Good that you mention it now - it's the most common reason sofas come back. Do you know how wide the stairs and the flat door are?"),
     c("No, I didn't measure. Maybe 80 centimetres? I'm not sure. My old sofa came in pieces, from IKEA.", None),
     t("That's a useful clue - flat-packed went up fine. This one comes assembled and is 92 cm deep, but the legs and back cushions come off. The tight part is usually the turn on the landing. Could you measure the narrowest point and the turn tonight? I'll give you a sheet that shows where."),
     c("Okay. And the delivery, do they carry it up four floors? It costs extra?", None),
     t("They do carry it up. Delivery is 495 kronor, and stairs without a lift add 200. If your measurements are borderline, there's the same model with a detachable arm, same price."),
     c("Hmm, 695 just for delivery is a lot. Maybe I borrow a van from my brother.", "too_expensive"),
     t("You could - then it's free, but you'd need two strong people for the stairs. Let's decide after you measure: send me the numbers and I'll tell you honestly whether it fits and which version. I'll hold the grey one until Friday, no payment."),
     c("Okay, I measure tonight and send you. Thank you.", None),
     t("Here's the measuring sheet - the turn on the landing is the one people forget. Is the drawing clear?"),
     c("Yes, it's clear. The drawing helps.", None)],
    [o,
     t("Great choice, that's our best-seller! What is it about the sofa that you like?"),
     c("The colour, and it's soft. But I'm worried - fourth floor, no lift, narrow stairs.", None),
     t("Wonderful. It also comes in green and in velvet. Would you like the matching armchair? Together they're 1,500 kronor cheaper."),
     c("I don't need an armchair. I asked about the stairs. Will it go up?", "no_need"),
     t("Absolutely. And how will you use the sofa - more for guests sleeping over, or for TV? We have a sofa-bed version too."),
     c("For TV. But I really need to know if it fits the stairs. My old one came in pieces.", None),
     t("Perfect. So that's the three-seat in grey, delivery 495 plus 200 for stairs. I can take payment now and book delivery Thursday. Does that sound good?"),
     c("No, I don't pay before I know it fits. I think about it.", "think_it_over")]))

# 27 repeated_questions - home insurance, Cape Town; retired teacher
o = c("Good afternoon. I'm phoning about home contents insurance. My neighbour was burgled last week and I realised mine lapsed when I changed banks.", None)
PAIRS.append(gpair(
    "b64g_capetown_contents_insurance", "home insurance broker, Cape Town", "repeated_questions",
    "A retired teacher in Muizenberg phones an insurance broker after a neighbour's burglary reveals her own cover has lapsed.",
    [o,
     t("Good afternoon. I'm sorry about your neighbour - that's unsettling. Let's get you covered. Roughly what would it cost to replace everything, if you had to?"),
     c("Gosh. I've never worked it out. The furniture's old. The TV, the laptop, my late mother's jewellery... two hundred thousand rand?", None),
     t("That's a reasonable start. The jewellery matters: pieces above a certain value must be listed, or they're only covered up to a limit. Do you have a valuation for your mother's pieces?"),
     c("There's a valuation from 2015 in a drawer somewhere. And I must say, I'm on a pension, I can't pay a fortune every month.", "no_money"),
     t("Understood. For 200,000 contents in Muizenberg, with the jewellery listed at the 2015 value, it's about 410 rand a month. With burglar bars and an alarm linked to armed response it drops to about 340. Do you have those?"),
     c("Burglar bars, yes. Alarm, no - I had one years ago and when it went off the armed response never came, so I cancelled it.", None),
     t("Then 410 with the bars. I'd also get the jewellery revalued - gold has gone up a lot since 2015, so it may be under-insured. I'll email the quote so you can read the exclusions before you decide."),
     c("Yes, email it please. I'll read it properly tonight before I say yes.", "think_it_over"),
     t("Of course. The quote holds for 30 days, and if anything in the exclusions is unclear, ring me directly."),
     c("Thank you, dear. You've been very clear.", None)],
    [o,
     t("Good afternoon! So, to get started, what's most important to you in a home insurance policy?"),
     c("Well, to be covered, really. My neighbour was burgled and mine lapsed. I've my late mother's jewellery, that's what worries me.", None),
     t("Absolutely. And what would you say your priorities are when choosing cover?"),
     c("I've just said. The jewellery. And I'm on a pension, so the monthly cost matters.", None),
     t("Understood. So if you had to pick, what matters more to you when it comes to insurance?"),
     c("Are you reading from a list? The jewellery, and that it's affordable. How much is it?", None),
     t("Great question. Before I quote, I just need to understand what's important to you in a policy."),
     c("I've told you three times. I'll phone my bank, they'll at least give me a number.", None)]))

# 28 wrong_paraphrase - wedding venue, Tuscany; British bride, typed chat
o = c("hiya were looking at your venue for a wedding next sept about 60 guests mostly flying from uk. is there accommodation on site", None)
PAIRS.append(gpair(
    "b64g_tuscany_wedding_venue", "wedding venue (web chat), Tuscany", "wrong_paraphrase",
    "A British bride-to-be uses a Tuscan villa's web chat to ask about a 60-guest wedding with a fixed budget.",
    [o,
     t("Hi, congratulations! There are 18 rooms on site, so about 36 guests can stay; the rest usually stay in the village ten minutes away. Is it important that everyone's on site, or just close family?"),
     c("just close family really and us. my nan is 88 so she needs somewhere with no stairs", None),
     t("Noted - no stairs for your nan. We have two ground-floor rooms and I'd hold one for her. Is it a Saturday you're thinking, or could a weekday work? It changes the price a lot in September."),
     c("saturday ideally. weekday would be hard for people flying. whats the price for saturday", None),
     t("For a Saturday in September, venue hire is 9,500 euro, plus catering from 110 per guest - so for 60, about 16,100 before drinks. Fridays are 7,000 for the venue. Does that fit what you had in mind?"),
     c("ouch thats way over what we planned tbh we said 15k total for everything incl flowers", "no_money"),
     t("Thanks for being straight. Then a September Saturday here is probably too tight. Two options: a Friday with lunch instead of dinner, about 12,800, or a Saturday in late October, when the venue drops to 6,500. I can send both so you can compare, no pressure."),
     c("send both pls. need to talk to my fiance and his mum is paying some so shell want a say lol", "think_it_over"),
     t("Will do - both options in one PDF tonight, with the ground-floor room noted for your nan."),
     c("amazing thank u!! nan will be chuffed", None)],
    [o,
     t("Hi, congratulations! Tell me more about your dream day?"),
     c("about 60 guests mostly flying from uk. my nan is 88 so she needs a room with no stairs. budget is about 15k total", None),
     t("Amazing! So what I'm hearing is you want the full exclusive-use weekend for around 100 guests, with everyone staying on site. Is that right?"),
     c("no?? 60 guests. i said 60", None),
     t("Of course, sorry! So if I understand correctly, budget isn't really a concern and you're going for the premium Saturday with the string quartet and fireworks package. That's about 28,000 all in. Did I get that right?"),
     c("no you did not. i said 15k total. we cant stretch to anything like that", "no_money"),
     t("Perfect, so to summarise, you're happy with the premium Saturday and I'll hold it with a 2,000 deposit. I'll send the contract over now!"),
     c("dont send anything. were looking elsewhere", None)]))

# 29 pitch_to_upset - package travel agency (Lisbon stranding); angry father
o = c("Our flight home's been cancelled, we're standing in Lisbon airport with two kids, and the airline desk says to talk to you because we booked the package through you. Nobody's helping us!", None)
PAIRS.append(gpair(
    "b64g_lisbon_travel_cancelled", "package holiday agency (phone), Lisbon airport", "pitch_to_upset",
    "A father stranded with his family at Lisbon airport phones the travel agency that sold the package after the flight home is cancelled.",
    [o,
     t("I'm sorry - that's a horrible spot to be in with two kids. I'm here and I'll stay on this until you have a bed for tonight and a flight. First: are you all safe and together, and do you have your booking reference?"),
     c("We're fine, just knackered. It's LX-4471. My daughter's got school Monday and I've got work.", None),
     t("Thanks. I can see it: your Sunday flight to Manchester is cancelled. Because it's a package, rebooking and tonight's hotel are on us. The first option with four seats is tomorrow at 14:10 with the same airline, or Monday at 07:00 direct. Which is better for school and work?"),
     c("Tomorrow, 14:10. Monday's no good, she'd miss school.", None),
     t("Booking tomorrow at 14:10 now. For tonight I've got a family room at the airport hotel, shuttle every twenty minutes from the arrivals door. Meals are covered - keep receipts, up to 30 euro a person. I'm texting you all of it right now."),
     c("Right. Okay. Text's come through. Sorry I shouted.", None),
     t("No need to apologise, you've had a rotten day. One more thing: you may be owed compensation from the airline for the cancellation, separately from us. I'll email the claim details once you're home - nothing to do tonight."),
     c("Cheers. Really. We'll go get the shuttle.", None),
     t("Safe travels. If anything goes wrong at the hotel, ring this number, it's staffed 24 hours."),
     c("Will do. The kids are already asking for chips.", None)],
    [o,
     t("I'm so sorry to hear that, that must be really frustrating. Can I ask - did you take our Travel Shield protection when you booked?"),
     c("I don't know! I'm standing here with two kids. Are you getting us home or not?", None),
     t("I completely understand. What I'm hearing is that you value peace of mind, and for future trips Travel Shield Plus covers all of this for just 39 per person. Shall I add it to your account for your next holiday?"),
     c("Are you serious? I don't want another holiday, I want to get home!", "no_need"),
     t("Absolutely, let's look at flights. There are seats tomorrow afternoon, or I can get you on tonight's flight if you upgrade to premium economy - 180 extra per person, and the kids would love the legroom."),
     c("We're not paying 720 quid to fix your cancellation. And where do we sleep tonight?", "too_expensive"),
     t("The hotel's covered up to 80 euro. And just so you know, if you book your summer holiday with us before Friday there's 10% off. Shall I send you some options?"),
     c("Put me through to your manager. Now.", None)]))

# 30 blame - home internet provider, Manila (Philippines); freelancer, typed chat
o = c("hi my internet keeps dropping every afternoon around 3pm for like 20 mins. i work from home as va for us clients this is my income", None)
PAIRS.append(gpair(
    "b64g_manila_fibre_dropouts", "fibre internet provider (chat), Manila", "blame",
    "A home-based virtual assistant contacts her internet provider's chat about daily outages during her working hours.",
    [o,
     t("Hi, I'm sorry - that's your livelihood, so let's sort it. Is it every day at about the same time, and does a light on the router change when it drops?"),
     c("almost every day since last week. the los light turns red then back to green after 20 mins", None),
     t("Thanks, that's really useful. A red LOS light means the signal on the fibre line is lost before it reaches your router - that's on our side, not your equipment. There was work on a fibre box in your barangay last week. Can I have your account number?"),
     c("its 0034-88172. ive been a customer 4 yrs. honestly ive been thinking of switching, my neighbor has the other provider and no problems", "think_it_over"),
     t("That's fair after a week of this. I've logged a line fault and booked a technician for tomorrow between 9 and 12, before your 3pm window. I'm also applying a rebate for the affected days. Would you like a text in the morning when the tech is on the way?"),
     c("yes pls text. tomorrow 9 to 12 is ok but i have a client call 10 to 11 so they need to be quiet lol", None),
     t("Noted on the job order: client call 10-11, keep the noise down. If it drops again after the repair, message me here with ticket number 55-2091 and I'll escalate it directly."),
     c("ok thank u. fingers crossed for tomorrow", None)],
    [o,
     t("Hi! Sorry to hear about your experience. Can I ask first, have you tried restarting your router? Most drops are caused by customer equipment."),
     c("yes many times. the los light goes red then green after 20 mins. every day at 3pm", None),
     t("I see. Do you have a lot of devices connected? Many users overload their connection and then blame the network. How many devices are on your wifi?"),
     c("just my laptop and my phone. its not overload, the los light is red", None),
     t("Okay. And where is your router placed? If it's near a microwave or inside a cabinet, that's on the user side. A lot of VAs also use cheap extenders that cause drops."),
     c("i dont have an extender. ive been with you 4 yrs and this started last week. my neighbor on the other provider is fine, maybe i should switch", "think_it_over"),
     t("We can send a technician, but if the problem is inside your house there's a 500 peso service fee, as per your contract. Would you like to proceed?"),
     c("no. i wont pay for your problem. im applying with the other provider today", None)]))
