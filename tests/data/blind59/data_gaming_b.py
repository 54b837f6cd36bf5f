"""Gaming pairs 11-20 of blind59 (b59), written by hand."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - hearing aids, Lima
o = c("Good morning. My daughter made me this appointment. I can hear fine at home, it is only in restaurants and at church, everything becomes noise.", None)
PAIRS.append(gpair(
    "b59g_lima_hearing_restaurants", "hearing aid clinic (Lima, Peru)", "ignored_customer",
    "A retired teacher struggles to follow speech in noisy places, does not want a visible device and has arthritis in her hands.",
    [o,
     t("Good morning. Thank you for coming, even if it was your daughter's idea. Tell me more about the restaurants: is it that voices are too quiet, or that you hear them but can't separate the words?"),
     c("I hear, but I cannot separate. Like everyone speaks through a wall. At home with one person it is okay.", None),
     t("That pattern, fine one to one and hard in noise, is very common, and today's test will show how much. Before we talk about devices, is there anything you already know you wouldn't want?"),
     c("I do not want the big thing behind the ear that everyone sees. And my hands, look, the arthritis. My sister has those tiny batteries, she drops them all the time, she cries with them.", "bad_experience"),
     t("So nothing that shows much, and nothing fiddly for your fingers. There are rechargeable ones that sit in a little case overnight, no batteries to change. The very smallest in-ear ones aren't rechargeable, so there's a trade-off. Let's do the test first, then you can hold both kinds and feel which you can manage."),
     c("And the price? I should know before I fall in love with one.", None),
     t("Fair. Pairs go from 2,800 to 7,500 soles; a rechargeable one suited to restaurants is around 4,200. You can borrow a pair for two weeks and take them to church and to a restaurant before deciding anything."),
     c("Two weeks. Yes, that I would like.", None)],
    [o,
     t("Good morning! What brings you here today, and what are your hearing goals?"),
     c("My daughter made the appointment. I hear fine at home, only in restaurants and church it becomes noise.", None),
     t("Thank you for sharing. And what concerns do you have about hearing aids?"),
     c("I don't want the big one behind the ear. And my hands have arthritis, I can't change the tiny batteries.", None),
     t("Great. So I'd recommend our behind-the-ear Power model. It's very powerful and uses size 13 batteries, which last about a week."),
     c("But I just said... the behind the ear, and the batteries.", None),
     t("Absolutely, I hear you. And is it mostly at home that you struggle?"),
     c("No. Restaurants. I said at home is fine.", None),
     t("Perfect. So the Power model for home listening, 6,900 soles. Shall I take an impression of your ears today?"),
     c("No, thank you. I think I should come back with my daughter.", "think_it_over")]))

# 12 repeated_questions - event catering, Bucharest
o = c("Buna ziua, I'm calling from an IT company, we need catering for our end-of-year party, around 80 people, 12th of December, in our office. We don't have a kitchen, only a small pantry.", None)
PAIRS.append(gpair(
    "b59g_bucharest_office_party", "event catering (Bucharest, Romania)", "repeated_questions",
    "An HR coordinator needs a standing buffet for 80 in an office with no kitchen, with vegetarian, vegan and coeliac guests, at 150 lei a head.",
    [o,
     t("Buna ziua. With no kitchen we'd bring everything hot in insulated boxes and set up a buffet, that works well for 80. What kind of evening is it: standing with drinks, or people sitting down to eat?"),
     c("Standing mostly, people walk around, there's a quiz. Last year someone did plated food and it was a disaster, nobody sat down and it all went cold.", "bad_experience"),
     t("So finger food and small bowls people can eat standing up, lasting through a quiz. Are there dietary needs you already know about?"),
     c("About fifteen vegetarian, three vegan, one coeliac that I know of. And the budget is 150 lei a head including drinks, no alcohol, the company buys the wine separately.", None),
     t("150 with soft drinks works for a standing buffet, about eight items a person, two of them hot. We label every item, and the coeliac guest gets a separate sealed box so there's no cross-contamination on the buffet. Would you want staff to stay and clear, or just drop-off?"),
     c("Staff would be nice but if it adds a lot then no. What does it add?", None),
     t("Two staff for four hours is 900 lei, about 11 a head, so you'd go to 161 or drop one item. I'll send both versions of the menu today so you can show your manager."),
     c("Perfect, two versions. My manager will choose, he always does anyway.", None)],
    [o,
     t("Buna ziua! Wonderful. Tell me, what kind of event experience are you imagining?"),
     c("Standing, with a quiz. Finger food. Last year the plated dinner was a disaster.", "bad_experience"),
     t("Love it. And how would you describe the format: seated, standing, a mix?"),
     c("Standing. Like I said.", None),
     t("Great. And in terms of dietary needs, what does your team look like?"),
     c("Fifteen vegetarian, three vegan, one coeliac. Budget 150 a head with soft drinks.", None),
     t("Perfect, thank you. So just to understand the vision: would people be sitting down for a meal, or more moving around?"),
     c("Moving around! I've said it three times. Are you writing this down?", None),
     t("I am, sorry! And any special requirements, allergies, vegetarians, anything like that?"),
     c("Look, send me a quote with what I already told you and I'll compare it with the others.", "think_it_over")]))

# 13 wrong_paraphrase - security guarding, Mombasa
o = c("Good morning. We have a container yard near Shimanzi. Two break-ins this month, both at night. I need guards for the night only.", None)
PAIRS.append(gpair(
    "b59g_mombasa_yard_nights", "security guarding (Mombasa, Kenya)", "wrong_paraphrase",
    "A yard manager wants night guards only after two break-ins through a dark back fence; a day guard from another firm is fine; the owner controls money.",
    [o,
     t("Good morning. Sorry to hear about the break-ins. What was taken, and do you know how they got in?"),
     c("Copper cable and some tyres. They cut the fence at the back, by the railway. Nobody was there, the day guard goes home at six.", None),
     t("So the back fence by the railway is the weak point, and from six the yard is empty. How big is the yard, and is there lighting at the back?"),
     c("About two acres. Lights only at the gate. The back is dark.", None),
     t("For two acres with a dark back fence I'd suggest two guards, six to six: one at the gate, one patrolling, with a check-in point at the back every half hour that logs on our system so you can see the patrol happened. That's 96,000 shillings a month. Lights at the back would help more than a third guard."),
     c("96? We pay the day guard 30 from the other company. Ninety-six is a lot.", "too_expensive"),
     t("It's two people for twelve hours each at night, so it isn't like for like with one day guard. If it's over budget, one guard plus two floodlights at the back is about 60 a month and a one-time 25 for the lights. Honestly, that's less cover: one person can't be at the gate and the fence at once."),
     c("Let me put both to the owner. He decides money.", "think_it_over"),
     t("Of course. I'll write both options on one page with the risk of each, and I can walk the fence with you on Thursday so the owner has real numbers.")],
    [o,
     t("Good morning! Tell me about your situation."),
     c("Copper cable and tyres taken. They cut the back fence, by the railway. Day guard leaves at six.", None),
     t("So what I'm hearing is you're unhappy with your current day guard company and want to switch everything to us, day and night. Is that right?"),
     c("No. The day guard is fine. Only nights.", None),
     t("Got it, so you'd like full 24-hour coverage with dogs, since you mentioned the fence is the weak spot. Did I understand you correctly?"),
     c("I never said dogs. I said nights.", None),
     t("Perfect. So to play it back: four guards, two dog units, 24/7, around 280,000 a month, and you're ready to start Monday. Correct?"),
     c("280,000? I cannot pay that, and I did not say any of that. Send me a proposal for nights. Only nights.", "no_money"),
     t("Absolutely. So just to confirm, you'd like the premium package proposal?"),
     c("Nights. Two guards. Goodbye.", None)]))

# 14 pitch_to_upset - home care agency, Cincinnati
o = c("Hi, um. I'm calling about my mom, Dorothy Reyes. She passed last night. So you can stop... the visits. Sorry, I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b59g_cincinnati_care_bereavement", "home care agency (Cincinnati, Ohio)", "pitch_to_upset",
    "A grieving daughter calls the morning after her mother's death to stop the care visits.",
    [o,
     t("I'm so sorry about your mom. You don't have to know what to do, I'll take care of our side. I'm stopping all visits from today. Is there anything at the house we need to sort out, a key our carers have, or anything of hers we should bring back?"),
     c("Yes, Maria has a key. She was there most mornings. Mom loved her.", None),
     t("I'll tell Maria myself, and she can drop the key to you or whoever you say, whenever suits you, no rush at all. Would you like her to know about the service, if there is one? Some families like that."),
     c("I think Mom would've wanted that. I don't know the date yet.", None),
     t("Then call or text whenever you know, and I'll pass it on. On billing: nothing will be charged after today. A final statement comes in about two weeks, and if anything on it looks wrong, ring me directly. I'm Karen, extension 214."),
     c("Okay. Thank you, Karen. That's... easier than I thought it'd be.", None)],
    [o,
     t("I'm so sorry for your loss. I really hear you, and I understand how you're feeling. Can I ask, how satisfied were you with the care experience we provided?"),
     c("I... it was fine. Maria was great. I just need to stop the visits.", None),
     t("Absolutely, and thank you for that feedback. Many families find this a very stressful time, and we actually offer a bereavement support package: respite for family members, help clearing the house, meal delivery. Would that be of interest?"),
     c("No. I don't need anything. I just called to cancel.", "no_need"),
     t("Totally understand. And just so you know, the family plan transfers. If there's an older relative, your dad perhaps, we could move the remaining hours to him at the same rate. What would make that work for you?"),
     c("My dad died four years ago. Can you just cancel it, please?", None),
     t("Of course, I'm sorry. What I can do is pause rather than cancel, so if anyone needs care this year you keep the rate. Is that something you'd like to think about?"),
     c("I'd like to hang up. Just cancel it.", None)]))

# 15 blame - kitchen fitters, Penang
o = c("Hello, I'm calling about my kitchen lah, you all installed three weeks ago in Tanjung Tokong. The worktop near the sink is lifting already, the join is swelling, can see the water go inside.", None)
PAIRS.append(gpair(
    "b59g_penang_worktop_seam", "kitchen fitters (Penang, Malaysia)", "blame",
    "Three weeks after fitting, a laminate worktop seam beside the sink is swelling; the customer needs the kitchen before Chinese New Year.",
    [o,
     t("Hello, sorry to hear that, three weeks is far too early for that. Where exactly is it: the edge by the sink, or the seam between two pieces of worktop?"),
     c("The seam, between the long one and the short one, right next to the sink. Like a small hump now. My husband says cannot put anything flat there.", None),
     t("Understood, a raised seam beside the sink. That usually means the joint wasn't fully sealed when we fitted it and water has got into the board. That's our workmanship, and it's covered. Could you send two photos, one close up and one from the side, so the fitter brings the right piece?"),
     c("Can. But if they need to change the whole top, how long? My mother-in-law is coming for Chinese New Year and I need the kitchen.", None),
     t("If it's only the seam, the fitter reseals it in one visit. If the board has swollen, we replace that length: about ten days to cut, one day to fit, so either way before Chinese New Year. Until then, keep water off the join; a towel along the seam helps."),
     c("Okay, sending photos now. Can the fitter come Saturday? Weekdays I'm at work until seven.", None),
     t("Saturday, nine to twelve. I'll confirm as soon as I've seen the photos.")],
    [o,
     t("Hello! Thanks for reaching out. Before we go further, can I ask how you've been using the kitchen? Do you leave water sitting around the sink?"),
     c("Of course not. Normal washing lah. Like any family.", None),
     t("I understand. What we often see is customers using the wrong cleaning products on the laminate, which breaks down the sealant. What are you cleaning it with?"),
     c("Just a cloth and dish soap! Three weeks only. It's your join that's lifting.", None),
     t("So what I'm hearing is you've been wiping the seam with a wet cloth every day, which honestly is the likely cause. The care guide says to keep the joins dry. Did you read it?"),
     c("Nobody gave me any care guide! Three weeks and now it's my fault?", None),
     t("I hear your frustration. Since it's user damage, a repair visit would be 350 ringgit. What day works for you?"),
     c("Three hundred fifty for your mistake? No way. I'm going to the consumer tribunal.", None)]))

# 16 monologue - payroll bureau, Abuja
o = c("We run a secondary school in Gwarinpa. Forty-two staff. Our bursar does salary on Excel, and we've just been fined for late pension remittance. I want to know what you people do.", None)
PAIRS.append(gpair(
    "b59g_abuja_school_payroll", "payroll bureau (Abuja, Nigeria)", "monologue",
    "A school proprietor was fined for a late pension remittance while the only person who understood the payroll spreadsheet was on leave.",
    [o,
     t("Thank you, and sorry about the fine. Before I explain what we do: what caused the late remittance, do you know? The calculation, or getting the payment out?"),
     c("The bursar was on leave for two weeks. Nobody else understands the spreadsheet.", None),
     t("So the real risk is that everything hangs on one person. Is the bursar staying, and would she be happy to hand payroll over, or would she see it as a threat?"),
     c("She is staying. She has many other duties. She complains every salary week, honestly.", None),
     t("That helps. We'd run the monthly payroll, PAYE, pension and housing fund remittances, and send payslips. Your bursar approves the figures before anything is paid, so she stays in control without doing the sums. For 42 staff it's 95,000 naira a month."),
     c("Ninety-five thousand every month? For a school? That's heavy.", "too_expensive"),
     t("I understand. A penalty can be bigger than that in one go, but that doesn't make a monthly fee small. What if we ran one month in parallel, free: your bursar does hers, we do ours, and you compare. If they match and it saves her the week, you decide then."),
     c("Parallel for one month. Send me the paper and I'll take it to the board.", "think_it_over")],
    [o,
     t("Wonderful, thank you for reaching out. So, let me tell you about us. We are the leading payroll bureau in the FCT, over 300 clients including schools, hospitals and churches. Our platform does PAYE, pension, NHF, NSITF, ITF, payslips by email and SMS, leave tracking, loan deductions, and it integrates with all the major banks. Our clients experience a 100% compliance record."),
     c("Okay. But the fine —", None),
     t("Exactly, fines become a thing of the past. We also have an HR module: appraisals, staff files, recruitment, and a mobile app where teachers see their payslips. Standard package is 150,000 a month, but for schools we do a special at 120,000. Our relationship managers are available 24 hours."),
     c("120,000 every month is more than the fine itself.", "too_expensive"),
     t("I understand, but think of it as peace of mind. Onboarding takes just two weeks: we take your Excel, we migrate, we train your staff, we go live. Many proprietors tell us it's the best decision they made. Does that meet your needs?"),
     c("I don't know my needs from what you said. Send me a brochure.", "brush_off")]))

# 17 closing_as_open_question - hearing aids, Chattogram
o = c("My wife says I need this. I don't think I need this. So?", "no_need")
PAIRS.append(gpair(
    "b59g_chattogram_hearing_sailor", "hearing aid centre (Chattogram, Bangladesh)", "closing_as_open_question",
    "A retired ship's engineer sent by his wife doubts he has a hearing problem and answers questions with questions.",
    [o,
     t("Fair enough, plenty of people come because someone else sent them. What does your wife notice that you don't?"),
     c("The television. She says it is too loud. Is it my fault her ears are young?", None),
     t("Could be. Do you find yourself asking people to repeat themselves, at the bazaar or on the phone?"),
     c("On the phone, sometimes. The line is bad in this city, no? Thirty years on ships, engines all day, what do you expect?", None),
     t("Thirty years beside engines often damages the high sounds, the 's' and 'f', while the deep ones stay fine. That's why voices can seem unclear while the TV just seems quiet. A test takes twenty minutes, costs nothing, and tells you whether your wife is right. If she isn't, you can show her the printout."),
     c("And if she is right, you will sell me a machine for fifty thousand taka.", "too_expensive"),
     t("If she is right, I'll show you the result and the options, from a TV streamer at 6,000 up to full hearing aids. You can walk out with just the printout. Shall we do the test now, while you're here?"),
     c("Fine. Twenty minutes. Then I am going for tea.", None)],
    [o,
     t("I hear you. Let me ask you this: what would it take for you to leave today with a pair of hearing aids?"),
     c("It would take me needing them. Which I don't.", "no_need"),
     t("Totally fair. So when you do get them, would you prefer the behind-the-ear or the invisible ones?"),
     c("Are you listening? Why would I choose when I don't need?", "no_need"),
     t("Great question! Just imagine you did. How would you like to pay, in full or with our easy monthly plan?"),
     c("My wife sent me to be tested, not to buy. Can you do a test or not?", None),
     t("Absolutely. And once the test confirms it, which day this week works best for your fitting?"),
     c("I will think about the test. Maybe another shop.", "think_it_over")]))

# 18 pitch_as_paraphrase - mobile business plans, Cusco
o = c("Hola, buenas. I have a small tour agency here in Cusco, five guides. They use prepaid chips now, but in the Sacred Valley the signal is terrible. I want something better for them.", None)
PAIRS.append(gpair(
    "b59g_cusco_guides_coverage", "mobile network business plans (Cusco, Peru)", "pitch_as_paraphrase",
    "A tour-agency owner wants guides to be able to call the office in an emergency, including on a trail where no network reaches.",
    [o,
     t("Buenas. Signal in the valley depends a lot on exactly where. Which routes do the guides use most, and where does it fail?"),
     c("Pisac, Ollantaytambo, and the trail to Huchuy Qosqo. In Ollanta is okay, but on the trail, nothing. Guides need to call the office if a tourist gets sick.", None),
     t("So the real need is that a guide can reach the office in an emergency, even on the trail. I have to be honest: on the high part of that trail no network has reliable coverage, ours included. A better plan helps in the towns, not on the mountain."),
     c("Ah. So why would I change?", "no_need"),
     t("For the towns and the road, which network are they on now?"),
     c("The cheapest one, I forget the name, the chips with the yellow logo.", None),
     t("That one is weaker than ours in Pisac and Calca, so there you'd notice. Five business lines are 45 soles each a month. For the trail, a satellite messenger, one per group, would cover the emergency part, and that we don't sell. Would you test one line on the Pisac route next week before moving all five?"),
     c("One line, one week, okay, but not next week, it is Inti Raymi and we are crazy busy. After the 25th. And the satellite thing, where do I find?", "no_time"),
     t("After the 25th, then. There's a trekking outfitter on Calle Plateros that rents them; I'll write the name down for you.")],
    [o,
     t("Buenas! What are you hoping to achieve with a new plan?"),
     c("Guides in the Sacred Valley and on the Huchuy Qosqo trail, they need to call the office if a tourist gets sick. Now there is no signal.", None),
     t("So what you need is our Empresa Total plan with 60 GB a line and unlimited international calls at 89 soles, is that right?"),
     c("International calls? No, they call the office, here in Cusco.", "no_need"),
     t("Got it, so what you're saying is that reliability is key, which means the Empresa Total Plus with priority network, 109 soles a line. Did I capture that?"),
     c("I said the trail has no signal. Does your plan work on the trail?", None),
     t("What I'm hearing is that you want the best coverage in Peru, so the Plus plan on a 24-month contract is the perfect fit, correct?"),
     c("You did not answer me. 109 for five guides is 545 a month, more than the office rent. No.", "too_expensive")]))

# 19 upsell_as_loop_closing - print shop, Cairns
o = c("hey need 20 menus reprinted, prices went up. same design as last time just new numbers. can u do by thurs", None)
PAIRS.append(gpair(
    "b59g_cairns_cafe_menus", "print shop (Cairns, Queensland)", "upsell_as_loop_closing",
    "A cafe owner typing in chat wants twenty laminated menus reprinted with new prices by Thursday, nothing else.",
    [o,
     t("Hey, yes, Thursday's fine for 20. Have you got a file with the new prices, or should we update the one we have from last time?"),
     c("can u update urs, ill send the new prices. its only the coffees and the brekky section", None),
     t("Sure. Send them through and I'll send a proof tonight so you can check every price, typos on menus are the worst. Last time they were A4, laminated both sides. Same again?"),
     c("yeah same. the lamination held up good. how much", None),
     t("20 A4 laminated double-sided, with the edit, is 96 dollars."),
     c("bit more than last time isnt it", "too_expensive"),
     t("It's 10 more: 86 for print and lamination, same as last time, plus 10 for editing the file. If you send a finished PDF, it's just the 86."),
     c("nah u do it, easier. 96 fine. proof tonight yeah", None),
     t("Proof tonight, ready Thursday after 10.")],
    [o,
     t("Hey! Absolutely. So we make sure we've covered all your needs, what else can we add to your order? Table talkers, a new A-frame for the footpath?"),
     c("nah just the menus", "no_need"),
     t("No worries. And to close the loop on your menu refresh, would you like a design refresh too? Fresh look, fresh prices, customers love it. It's 180."),
     c("no the design is fine. just numbers", "no_need"),
     t("Perfect, I hear you. Anything else? Business cards, loyalty cards? A lot of cafes do a loyalty card when prices go up, to soften it."),
     c("mate how much is the menus", None),
     t("96. And last thing before I let you go, what else would make this order complete for you? We've got a bundle: menus plus 500 loyalty cards for 149."),
     c("just menus. 96 seems steep anyway, ill ask around", "too_expensive")]))

# 20 leading_tag_questions - boiler servicing, Timisoara
o = c("Hello, my boiler needs the verification, the two-years one, and also it makes a bang, like a small explosion, when the heating starts. It is eleven years old.", None)
PAIRS.append(gpair(
    "b59g_timisoara_boiler_bang", "boiler servicing (Timisoara, Romania)", "leading_tag_questions",
    "A working woman needs the compulsory boiler inspection and has a delayed-ignition bang; she is not looking for a new boiler.",
    [o,
     t("Hello. We can do the verification. The bang: is it inside the boiler when the flame lights, a sort of 'whoomp', or in the pipes and radiators?"),
     c("Inside the boiler, I think. When it starts. Like whoomp, yes. Is it dangerous?", None),
     t("A delayed ignition like that is worth checking soon; usually it's a dirty burner or electrode, sometimes the gas pressure. Until we come, if you ever smell gas, turn it off and call the gas emergency line. Does it happen every time, or only on cold mornings?"),
     c("Every morning, and sometimes evening. Is it time to change the whole boiler? My neighbour says eleven years is old.", None),
     t("Not necessarily. Eleven is middle-aged for a boiler. The verification plus cleaning the burner is 350 lei. If the engineer finds something bigger, he tells you the cost before doing anything, and whether repair makes sense compared with a new one."),
     c("350 is okay. But I work, I can only after five or Saturday.", None),
     t("Saturday morning we have nine o'clock or eleven. Which suits you?"),
     c("Nine.", None)],
    [o,
     t("Hello! Eleven years, that's really old for a boiler, isn't it?"),
     c("Is it? It works, only the bang.", None),
     t("A bang is never a good sign, is it? You wouldn't want to risk your family's safety with an old boiler, would you?"),
     c("No, of course. But I only asked for the verification.", None),
     t("Of course, but you'd agree it makes more sense to put that money towards a new condensing boiler, wouldn't you? They're about 6,500 lei fitted."),
     c("6,500? I don't have this money now, I just paid the winter gas.", "no_money"),
     t("I understand, but you'd want to be safe this winter, wouldn't you? We do instalments. Twelve months would suit you, wouldn't it?"),
     c("I want the verification and somebody to look at the bang. A new boiler, no. If you cannot, I call another company.", "no_need")]))
