"""Gaming pairs, file b (kinds 6-10, two each). Written by hand for blind68."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question - council parking office, Brno
o = c("Dobry den - sorry, English, my Czech is... not good. I applied for the residents' parking permit six weeks ago "
      "and yesterday I got a fine. On my own street.", None)
PAIRS.append(gpair(
    "b68g_brno_parking_permit", "City district office, parking permits, Brno (Czechia)", "putdown_question",
    "A foreign resident comes to the council counter after being fined while waiting for a parking permit.",
    [o,
     t("Good day, English is fine. A fine on your own street while you wait, I understand you're annoyed. Do you have the "
       "application reference?"),
     c("It's in the email... MP-0814, no, MP-0418. I applied on the third of March.", None),
     t("Found it. It's on hold because the lease you uploaded is missing page two, and nobody emailed you about it. That's "
       "our mistake."),
     c("Nobody told me anything! So now I pay a thousand crowns for your mistake?", None),
     t("You can appeal, and with your application date and our note that we didn't contact you, it's very likely cancelled. "
       "Do you have the full lease on your phone?"),
     c("Yes, I can send it now.", None),
     t("Send it to this address and I'll attach it while you're here. The permit should be valid from tomorrow, and we'll "
       "fill in the appeal together now so you don't have to come back."),
     c("Okay. Thank you. Really. I came in ready to shout, honestly.", None)],
    [o,
     t("Good day! Before we start, you do know that street is signposted, right? So help me understand, what made you "
       "think you could park there without a permit?"),
     c("Because I applied. Six weeks ago. I'm waiting for you.", None),
     t("Mm. And did you actually read the confirmation email, or maybe just assume it was approved? Reference?"),
     c("MP-0418. Yes, I read it, it said received.", None),
     t("I see it, the lease is incomplete. It's not that complicated a form, is it? What happened to page two?"),
     c("I don't know, nobody told me! How is this my fault?", None),
     t("I'm only trying to understand your experience. You can pay or appeal, though honestly, were you expecting us to "
       "chase you? How else can I support you today?"),
     c("I want to speak to your manager.", None)]))

# 12 putdown_question - home alarm installer, Port Louis
o = c("Bonjour, hello. My neighbour was burgled last week and my wife, she is nervous now, she wants an alarm. Me, I'm "
      "not so sure, but, eh, I said I would ask.", None)
PAIRS.append(gpair(
    "b68g_portlouis_home_alarm", "Home security installer, Port Louis (Mauritius)", "putdown_question",
    "A retired man visits a security firm's showroom because his wife wants an alarm after a neighbour's burglary.",
    [o,
     t("Hello, thank you for coming in. Sorry about your neighbour, that's unsettling. What worries your wife most, someone "
       "getting in at night, or the house empty when you're away?"),
     c("At night. We are both past seventy, the bedroom is upstairs and the door is downstairs. She hears every noise now.",
       None),
     t("So it's about feeling safe at night more than protecting things. Has anything happened at your house, anyone trying "
       "doors or windows?"),
     c("No, nothing. That's why I think maybe it's too much, all this. My son says alarms always go off for nothing.",
       "no_need"),
     t("He's right that badly set-up alarms cry wolf. For what you describe, you may not need a full system: sensors on the "
       "doors and ground-floor windows and a panic button by the bed, set only at night. About 18,000 rupees, no monthly fee."),
     c("Eighteen thousand. Hmm, less than I thought. But I have to show my wife, she decides these things really.",
       "think_it_over"),
     t("Of course. I can come to the house, look at the doors and windows with you both and leave a written quote, free, "
       "half an hour. Would a morning suit her?"),
     c("Tuesday morning. She will like that.", None)],
    [o,
     t("Hello! Not so sure, you said? Can I ask, do you really think a burglar checks whether you're sure before he comes "
       "in?"),
     c("Ha. Well. No. But nothing has ever happened to us.", "no_need"),
     t("Nothing yet. What's your plan if someone comes up the stairs at night, are you going to fight him off yourself?"),
     c("That's not very nice to say. My wife is scared enough already.", None),
     t("I'm just being honest because I care about your safety experience. So what's really holding you back, the money, or "
       "just not liking change?"),
     c("The money a little, yes. Our pension is fixed.", "no_money"),
     t("Right, and what's your wife's peace of mind worth, if not 45,000? Most couples your age don't hesitate, do they?"),
     c("I will discuss with her. Goodbye.", "think_it_over")]))

# 13 not_my_department_or_read_the_terms - home insurance, Riga
o = c("Hello, labdien, I'm calling about a flood - the pipe in the flat upstairs burst on Saturday and my kitchen "
      "ceiling is, well, half of it is on the floor. I have home insurance with you. What do I do?", None)
PAIRS.append(gpair(
    "b68g_riga_ceiling_flood", "Home insurance claims line, Riga (Latvia)", "not_my_department_or_read_the_terms",
    "A policyholder phones the claims line after a burst pipe upstairs brought down her kitchen ceiling.",
    [o,
     t("Labdien. I'm sorry, that's a horrible thing to come home to. Is the water stopped, and is it safe, no water near the "
       "electrics?"),
     c("The neighbour closed the valve. The kitchen lights don't work, I switched off that fuse. I'm in the living room.",
       None),
     t("Good thinking with the fuse. I'm opening the claim now. Did you take photos before anything was moved?"),
     c("Some. But I already threw out the ceiling pieces, it was everywhere. Is that a problem?", None),
     t("Photos are enough. Because the water came from his flat, we pay you and then recover it from his insurer; that "
       "doesn't slow your claim. An assessor can come Wednesday or Thursday."),
     c("Thursday I can't, I'm at work in Jelgava all day. Wednesday after three?", "no_time"),
     t("Wednesday half past three, booked. Keep receipts if you buy fans or a dehumidifier, those are covered. The claim "
       "number is on its way by email."),
     c("Okay. Thank you. That's... less bad than I thought.", None)],
    [o,
     t("Hello and thank you for calling. I hear how stressful this is. What would be the best outcome for you today?"),
     c("Someone telling me what to do! The ceiling is on the floor.", None),
     t("Completely understand. The pipe was in your neighbour's flat, so really that's a matter for his insurer, not my "
       "department. Have you contacted him?"),
     c("He's an old man, he doesn't know who his insurer is. I pay you every month for this.", None),
     t("I appreciate that. Section 7.3 of your terms explains third-party damage, it's all in the policy wording online. Did "
       "you get a chance to read it when you signed up?"),
     c("No, who reads that? Just tell me, are you covering it or not?", None),
     t("I hear you. I can't comment on coverage, that's the assessment team, and they only work by email. Anything else I "
       "can help with today?"),
     c("I'll cancel this policy. Useless.", None)]))

# 14 not_my_department_or_read_the_terms - internet provider, Kigali (typed chat)
o = c("internet down since yesterday morning. i work from home. when fixed", None)
PAIRS.append(gpair(
    "b68g_kigali_fibre_outage", "Home fibre internet provider, chat support, Kigali (Rwanda)",
    "not_my_department_or_read_the_terms",
    "A home worker writes to her internet provider's chat after a day-long outage.",
    [o,
     t("Sorry, a day without internet when you work from home is a real problem. What's the phone number on the account?"),
     c("0788 41 2290", None),
     t("Thanks. There's a fibre cut on your line since 8am yesterday, about 300 homes. The estimate is tonight by 8pm, but "
       "I won't promise it, these estimates slip."),
     c("tonight is too late i have client calls at 2", None),
     t("Then two things now: 10GB of free mobile data on your number so you can hotspot the calls, and a credit for the days "
       "you're down. Does your phone do hotspot?"),
     c("yes 10gb is ok for today. but last outage i was promised credit and it never came", "bad_experience"),
     t("That's not good, I'm sorry. Ticket KGL-7719, 2 days' credit, on your next invoice. If it's not there, reply here with "
       "the ticket number and I'll fix it myself."),
     c("ok. data came. thanks", None)],
    [o,
     t("Hi there! Thanks for reaching out, your experience matters to us. How are you feeling about your service today?"),
     c("bad. its down. when fixed", None),
     t("I understand your frustration. Repair times are handled by field operations, so that's not my department "
       "unfortunately. Have you tried restarting the router?"),
     c("yes 5 times. i have calls at 2. can you give me data or something", None),
     t("I hear you! Compensation is covered in our Service Level Terms, clause 12, on the website. I didn't write them, "
       "but they explain everything."),
     c("i dont want to read clauses i want internet", None),
     t("Totally get it. Is there anything else I can help with today?"),
     c("unbelievable. cancelling", None)]))

# 15 social_proof_or_deadline_pressure - solar installer, Lusaka
o = c("Hi, good morning. With this load-shedding, eh, we lose like eight hours a day now. I'm thinking about solar for "
      "the house, but I don't really know where to start, honestly.", None)
PAIRS.append(gpair(
    "b68g_lusaka_home_solar", "Solar installer, Lusaka (Zambia)", "social_proof_or_deadline_pressure",
    "A homeowner phones a solar installer about backup power during long daily power cuts.",
    [o,
     t("Good morning. Eight hours is rough. Before any panels, what do you most need running when the power's off?"),
     c("The fridge, lights, WiFi for my daughter's school work. And the borehole pump, that's the big one. No power, no "
       "water.", None),
     t("The pump changes things, it pulls a lot when it starts. Do you know its size?"),
     c("One horsepower, I think... or one and a half? I'll send a photo of the label.", None),
     t("Roughly: fridge, lights and WiFi is a 3kVA inverter with batteries, about 38,000 kwacha. With the pump, more like "
       "5kVA, nearer 60,000. Some people run the pump only in daylight, straight from the panels, which keeps batteries "
       "smaller."),
     c("60,000, eish. We'd have to save for that.", "no_money"),
     t("Then one route is the 3kVA now for essentials, sized so the pump can be added later without replacing anything. "
       "I'll quote both once I see the label, no charge, no pressure on timing."),
     c("That sounds sensible. I'll send the photo tonight and talk to my husband.", "think_it_over")],
    [o,
     t("Good morning! Great timing. What does energy independence mean to you?"),
     c("Um... power when it's cut? And water, we have a borehole.", None),
     t("Love that. Honestly, half of Kabulonga has already gone solar with us, your neighbours have. Our 5kVA package is "
       "72,000, and that price is only good until Friday, import duty changes next month."),
     c("Friday? I haven't even... I don't know if 5kVA is what I need.", "think_it_over"),
     t("Totally understandable. Thing is, we've two install slots left this month and a family on your road took one this "
       "morning. What would you need to know to feel confident by Friday?"),
     c("That it runs the pump. And I'd talk to my husband, 72,000 is not a small thing.", "think_it_over"),
     t("Of course. Most of our customers decided on the spot and they're so glad they did before the price went up. Shall I "
       "hold the slot with a 10% deposit?"),
     c("No, don't hold anything. My friend did a rushed solar job and the batteries died in a year. I'm not rushing.",
       "bad_experience")]))

# 16 social_proof_or_deadline_pressure - language school, Sofia
o = c("Hi, so, I'm looking for an English course - well, German actually, sorry, German. My company might send me to "
      "Munich next year, maybe. It's not sure yet.", None)
PAIRS.append(gpair(
    "b68g_sofia_german_course", "Language school, Sofia (Bulgaria)", "social_proof_or_deadline_pressure",
    "A software developer asks a language school about German lessons for a possible transfer.",
    [o,
     t("Hi! Starting early is smart. What's your level now, and how much time could you give it each week?"),
     c("Level zero. I know 'danke' and 'Bier'. I work long hours, maybe two evenings, sometimes Saturday.", None),
     t("And what would you need German for there, work or daily life?"),
     c("The team speaks English. It's for living - the landlord, the doctor, the shops.", None),
     t("Then A2 is a sensible target. Evening group Tuesday and Thursday, 7 to 8:30, from October; A1 and A2 take about "
       "eight months, 420 leva per level. If you stop in the first two weeks, we refund."),
     c("So 840 in total. Hmm. Let me wait until the company confirms Munich, then I decide.", "think_it_over"),
     t("That's a fair way to do it. When do they expect to confirm? If it's later, the next group starts in February and "
       "you'd still reach A2 before a move next year."),
     c("They said November. Okay, February works. Can you send me the dates?", None)],
    [o,
     t("Hi! Most of our students are IT people exactly like you, 80% of the devs in Business Park study with us. What's "
       "driving your interest?"),
     c("The maybe-move to Munich. But really it's not sure.", None),
     t("Everybody thinks that, then the transfer comes and they panic. The October intensive has three seats left, and the "
       "early price of 1,100 ends tomorrow."),
     c("Intensive? I work till seven, I can't do intensive.", "no_time"),
     t("Lots of people say that and then make it work, students come straight from the office every night. Shall I save one "
       "of the three seats while you decide?"),
     c("1,100 is a lot of money for something that maybe won't happen.", "too_expensive"),
     t("Which is why you lock in the early price today! After tomorrow it's 1,400. Your colleagues won't wait."),
     c("My colleagues can do what they want. I'll look at other schools.", "think_it_over")]))

# 17 keyword_stuffed - bank, Nassau
o = c("Hi, I run a conch salad stand at the fish fry - well, two stands now, my cousin runs the second one - and I want "
      "to get the business money away from my personal account. What do I need?", None)
PAIRS.append(gpair(
    "b68g_nassau_business_account", "Retail bank branch, Nassau (Bahamas)", "keyword_stuffed",
    "A street-food trader with two stands asks a bank about opening a separate business account.",
    [o,
     t("Congratulations on the second stand. Keeping them apart is smart. How do customers pay you now?"),
     c("Mostly cash. Maybe a third card now, the tourists want to tap. I lost sales before I got the little machine.", None),
     t("And who handles the money, just you, or your cousin too?"),
     c("Me. I don't want her signing anything. But she has to bank the cash, it can't stay in the stand overnight.", None),
     t("Then a business account with you as sole signatory and a deposit-only card for her: she can drop cash at any branch "
       "but can't withdraw. 15 dollars a month. Bring your business licence and National Insurance number."),
     c("Fifteen a month. Hmm. My personal account is free. No cheaper one?", "too_expensive"),
     t("The starter is 5, but it caps at 40 deposits a month and charges after that. How often would she deposit?"),
     c("Every day except Monday, both stands. Alright, the fifteen one then. Can I book to open it?", None)],
    [o,
     t("Hi and welcome! I really want to understand your needs and your journey, because here the relationship is "
       "everything. How do you feel about your banking experience so far?"),
     c("It's fine, I guess. I just need a business account. What do I bring?", None),
     t("Absolutely, and I hear that you need a solution aligned with your success. We're passionate about partnering with "
       "small businesses, understanding their needs and empowering their growth. Does that resonate?"),
     c("...Sure? But what documents? And how much a month?", None),
     t("Great questions. Our business suite is built around your needs, so fees reflect the value of the relationship. What "
       "I'm hearing is you want a trusted partner for your success journey, did I understand you correctly?"),
     c("You didn't answer anything. My cousin banks across the road, I'll ask her what they charge.", "think_it_over"),
     t("Totally understand, and I value your feelings. Before you go, on a scale of one to ten, how satisfied are you with "
       "today's experience?"),
     c("Three. Bye.", None)]))

# 18 keyword_stuffed - vet clinic, Zagreb
o = c("Dobar dan. My cat, Mrvica, the vet last year said she's, eh, a bit fat. Now she's fatter. I came to ask about "
      "this diet food you sell - does it work?", None)
PAIRS.append(gpair(
    "b68g_zagreb_cat_diet", "Veterinary clinic front desk, Zagreb (Croatia)", "keyword_stuffed",
    "An older woman asks at a vet clinic's desk whether the prescription diet food will slim down her cat.",
    [o,
     t("Dobar dan. How old is Mrvica, and what does she eat in a day now?"),
     c("Nine. Dry food, the bowl is always full. And a little ham in the morning, she asks. My husband gives cheese too, I "
       "think, when I don't see.", None),
     t("That explains a lot. The diet food works, but only measured; a full bowl of diet food still makes a fat cat. At nine "
       "I'd also check her thyroid. An exam with a blood test is 35 euros."),
     c("35 euros? I can weigh her at home on the bathroom scale.", "too_expensive"),
     t("You can, hold her and subtract yourself. The 35 is for the blood test, not the scale. If you'd rather start with "
       "portions, here's a cup for her daily amount; come back in a month and we'll see."),
     c("Okay. The cup first. And I tell my husband, no cheese.", None)],
    [o,
     t("Dobar dan! I'd love to understand Mrvica's wellness journey and what success looks like for you both. How do you "
       "feel about her nutrition experience?"),
     c("Her... experience? She eats. Too much. The diet food, it works?", None),
     t("Great question, and I really hear your need for a solution aligned with her wellbeing. Our philosophy is all about "
       "partnership, understanding and long-term success. So what I'm hearing is her health matters to you, right?"),
     c("Yes, obviously. How much is the bag?", None),
     t("I appreciate you sharing that. It's 42 euros, really an investment in your relationship with her. How do you feel "
       "about taking that step together today?"),
     c("42 euros? For cat food? The supermarket one is eleven.", "too_expensive"),
     t("I totally understand your feelings, and I value your honesty. Anything else I can help with on her wellness "
       "journey?"),
     c("No. Thank you. I go.", "brush_off")]))

# 19 rude - locksmith, Chisinau
o = c("Hello? Hi, I'm locked out - the key broke in the lock, half of it is still inside. My baby is with the neighbour, "
      "I have to get in. How fast can someone come?", None)
PAIRS.append(gpair(
    "b68g_chisinau_broken_key", "Emergency locksmith, Chisinau (Moldova)", "rude",
    "A mother locked out of her flat with a key snapped in the lock phones a locksmith.",
    [o,
     t("Hello, don't worry, we'll get you in. Which street and building?"),
     c("Strada Ismail 84... no, 48. Block B, third floor.", None),
     t("Ismail 48, block B, third floor. A technician can be there in 35 to 40 minutes. Removing the broken key is 450 lei; "
       "if the lock needs replacing, 600 to 900 more, and he'll tell you before doing anything."),
     c("450 just to pull a key out? My friend said it's 200 with someone else.", "too_expensive"),
     t("Some do it for less, true. Ours comes within the hour and the price is the same at night. If you find someone faster, "
       "no hard feelings. Shall I send him?"),
     c("No, okay, send him. I can't wait, really.", None),
     t("He's on the way, Sergiu, he'll call from the car. Is the baby alright with your neighbour for an hour?"),
     c("Yes, she loves her. Thank you.", None)],
    [o,
     t("Yeah. Address."),
     c("Strada Ismail 84 - no, sorry, 48. Block B. Please, how fast -", None),
     t("Forty minutes, maybe an hour. It's 450."),
     c("450? My friend said 200 somewhere else.", "too_expensive"),
     t("So what I'm hearing is you want it cheap and fast. Pick one. Then call your friend's guy, I've got other calls."),
     c("I - no, I want it, I'm locked out, I have a baby. What do I do while I wait?", None),
     t("Wait. That's kind of how it works. And next time maybe don't force the key, yeah? Anything else?"),
     c("You're very rude. I'll call someone else.", None)]))

# 20 rude - post office parcel counter, Dar es Salaam
o = c("Habari. Yes, I have a parcel notice, it says I must pay duty before I collect. But, um, it's just spare parts "
      "for my sewing machine, from my sister in the UK. It's a gift, not for selling.", None)
PAIRS.append(gpair(
    "b68g_daressalaam_parcel_duty", "Post office parcel counter, Dar es Salaam (Tanzania)", "rude",
    "A tailor collecting a parcel of sewing-machine parts disputes the duty charged on what was meant as a gift.",
    [o,
     t("Habari. Let me see the notice. It's assessed at 38,000 shillings. Do you know what your sister wrote on the customs "
       "form?"),
     c("I don't know. Maybe she put the price. She's always doing things fast.", None),
     t("That matters: with a price and no 'gift' ticked, it's assessed as a purchase. If she sends a photo of the form or "
       "receipt, you can ask for a reassessment at counter 4."),
     c("How long is that? I have a client order, the machine must work by Friday.", None),
     t("Two or three working days. Or pay today, take the parts, and claim a refund with the same papers, slower but you "
       "have them now."),
     c("Eh. 38,000 today I don't have, honestly. Maybe half.", "no_money"),
     t("Then reassessment is the better road. Can you call her now? If she sends the photo while you're here, I'll start the "
       "form with you so you don't queue twice."),
     c("Let me try, she should be awake... okay, she's answering.", None)],
    [o,
     t("Everybody says it's a gift. Notice number?"),
     c("It's 4471-DSM. But really, it's from my sister.", None),
     t("Great, so what I'm hearing is you don't want to pay. Shocking. 38,000, window 2."),
     c("I don't have 38,000 today. Is there another way? I need the parts by Friday.", "no_money"),
     t("There's always another way, it's called reading the back of the notice. How satisfied are you with my explanation, "
       "one to ten?"),
     c("Can you just tell me what the other way is?", None),
     t("Reassessment. Three days. So no Friday. Next!"),
     c("Wow. Okay. I'll ask someone else.", None)]))
