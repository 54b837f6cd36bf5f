"""Gaming pairs, part C (blind61, prefix b61): ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame - two of each."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer - cattery
o = c("Hi, I'm going to my sister's wedding in Portugal for two weeks in June and I need somewhere for Mango. The thing is, he's diabetic, insulin twice a day.", None)
PAIRS.append(gpair(
    "b61g_cattery_diabeticcat", "cattery (cat boarding)", "ignored_customer",
    "A cat owner going abroad for two weeks phones a cattery; her cat is diabetic and needs insulin at fixed times, and she is afraid of a hypo while she is away.",
    good=[o,
          t("Hi, congratulations to your sister. We do look after diabetic cats, two of our staff are trained for injections. What times does Mango have his insulin, how much, and is he on a special food?"),
          c("Eight and eight, with his food, two units. He's on a prescription diet, I'd bring it. He gets grumpy if it's late.", None),
          t("So 8am and 8pm, two units with his own food. We can do those times, we're here seven till nine. Medication is 3 a day on top of the room. Which dates in June?"),
          c("The 6th to the 20th. And what happens if he goes hypo? That's my nightmare.", None),
          t("We check him for signs at every visit, keep glucose gel here, and our vet is five minutes away. You'd leave the vet's number and your own, and we'd ring you for anything unusual. I can hold the 6th to the 20th with a 50 deposit, refundable up to two weeks before."),
          c("Hmm, I'd like to come and see the place before I pay anything. I've only ever had my mum look after him.", "think_it_over"),
          t("Of course. Come any afternoon, and bring his insulin pen if you like, so you can see how we'd do it. I'll pencil the dates in for a week so they're not taken meanwhile."),
          ],
    gaming=[o,
            t("Hi! Lovely. So tell me a bit about Mango, what makes him happy?"),
            c("Um, sunbathing? But the important thing is he's diabetic, he needs insulin at eight and eight.", None),
            t("Aw, a sun-lover! Our deluxe suites have a heated shelf and a window, so he'll love those. 24 a night. Any other questions?"),
            c("Right, but can your staff do injections? Twice a day, on time?", None),
            t("Great question. So what matters to you most in a cattery?"),
            c("That he gets his insulin! And what if he goes hypo while I'm in Portugal?", None),
            t("Totally understand. So, deluxe suite, 6th to the 20th, that's 336. Shall I take the deposit? We also do a grooming add-on on the last day."),
            c("You haven't answered a single thing I asked. I'll find somewhere with a vet nurse.", None),
            ]))

# 22 ignored_customer - IT managed services (backup)
o = c("Hi, I'm the office manager at Hallam and Co, twelve of us, accountants. The firm next door got hit by ransomware last month and the partners have asked me to look at proper backup.", None)
PAIRS.append(gpair(
    "b61g_itbackup_accountancyfirm", "IT managed services (backup)", "ignored_customer",
    "The office manager of a 12-person accountancy practice phones about backup after ransomware hit a neighbouring firm; client data must stay in the UK and January is off limits.",
    good=[o,
          t("Hi. That's a scary thing to watch happen next door. What have you got now, and what would hurt most if it went: the practice software, email, the shared drive?"),
          c("The practice software, definitely. It's on a server in the cupboard and someone takes a USB drive home on Fridays. Oh, and the partners are very firm that client data stays in the UK.", None),
          t("So the server with the practice software is the critical bit, backed up weekly by hand, and the data must stay in the UK. I'd suggest daily backups to a UK data centre, with copies that can't be altered, so ransomware can't encrypt the backup too. When's your busiest time, when nobody can afford disruption?"),
          c("January, obviously. Self-assessment. Nobody touches anything in January.", None),
          t("Then we'd set it up before Christmas or after January, your choice. For a server that size it's about 160 a month. Once it's running we'd do a test restore with you watching, so you see it actually works."),
          c("That's more than the partners have in mind, I think. I'll have to put it to them at the partners' meeting on the 9th.", "think_it_over"),
          t("Makes sense. I'll write a one-page summary for the meeting: what's covered, the UK data centre, the cost, and what a restore looks like. If they have questions I can join by phone for ten minutes."),
          ],
    gaming=[o,
            t("Hi! Great to hear from you. What are your biggest worries about your data?"),
            c("Mainly the practice software server. And client data must stay in the UK, the partners are very clear on that.", None),
            t("Perfect. Our CloudVault plan backs up to our global cloud, US and EU regions, with automatic failover. 210 a month. When shall we get you started?"),
            c("Sorry, did you catch the UK bit? It can't leave the UK.", None),
            t("Absolutely, security is our top priority. And what's your timeline?"),
            c("Not January, it's self-assessment season. Nobody can be fiddling with the server then.", "no_time"),
            t("Great, so we can onboard you on 6 January, our engineers have slots that week. I'll send over the contract. Anything else?"),
            c("Did you listen to a word I said? No. I'll look elsewhere.", None),
            ]))

# 23 repeated_questions - bicycle shop
o = c("Hi, so I'm thinking of ditching the bus and getting an e-bike for work. It's about fourteen K each way, and there's a horrible hill at the end.", None)
PAIRS.append(gpair(
    "b61g_bikeshop_ebikecommute", "bicycle shop", "repeated_questions",
    "A commuter on her lunch break wants an e-bike for a 14 km ride with a hill; she lives in a first-floor flat with no lift and has about 2,000 to spend.",
    good=[o,
          t("Nice, fourteen K with a hill is exactly what e-bikes are good at. Where will it live at each end, is there secure parking at work, stairs at home?"),
          c("There's a bike cage at work. At home it'd have to go in the hallway, I'm on the first floor, no lift.", None),
          t("So the stairs matter a lot, most e-bikes weigh 22 to 25 kilos. Roughly what were you thinking of spending? Then I can show you the lightest ones that'll still get you up that hill."),
          c("Two thousand, ish. I spend 90 a month on the bus, so I figured it pays for itself. But I can't be carrying something massive up the stairs every day.", None),
          t("That's a good way to look at it. This one's 1,950, 17 kilos, with a rear hub motor that handles hills fine. Pick it up and try our stairs, that's the real test. And if you like, take it on your actual commute at the weekend, we do 24-hour test rides."),
          c("Oh, it's actually liftable. I'd want to try that hill though. Can I have it Saturday?", None),
          t("Saturday it is. I'll need ID and a card for the deposit, which you get back when you bring it in on Sunday."),
          ],
    gaming=[o,
            t("Love that! So tell me, what will you mostly be using the bike for?"),
            c("Commuting. Fourteen K each way, with a big hill at the end.", None),
            t("Great. And how do you see yourself using the bike day to day?"),
            c("Um, like I said, commuting. Every day, to work.", None),
            t("Perfect. And in terms of your riding, what kind of journeys are you thinking of?"),
            c("The commute. Fourteen K. A hill. Also I'm on the first floor, so it can't be heavy.", None),
            t("Got it. And just so I really understand your needs, where would you mainly be riding it?"),
            c("I've said it three times now.", None),
            t("Sorry! And what sort of budget are we looking at?"),
            c("Two grand. Look, I've got to be back at work in ten minutes, I haven't got time for this.", "no_time"),
            ]))

# 24 repeated_questions - home care agency
o = c("Hello, I'm ringing about my dad. He's eighty-four, lives on his own in Whitby, and he's started forgetting his tablets. I live in Bristol so I can't just pop round.", None)
PAIRS.append(gpair(
    "b61g_homecare_fatherdementia", "home care agency", "repeated_questions",
    "A daughter living 250 miles away phones a home care agency about morning visits for her father with early dementia; the last agency sent a different carer every day.",
    good=[o,
          t("That's hard, being so far away. Can you tell me what a normal day looks like for him, and what worries you most?"),
          c("Mornings are the problem. He forgets the tablets, sometimes doesn't eat breakfast. Afternoons he's at his club. He was diagnosed with early dementia in March.", None),
          t("So it's mornings, tablets and breakfast, and he's still out and about in the afternoons. That sounds like a 45-minute morning visit. Has he had carers before?"),
          c("Yes, another agency last year. A different person every day, he got confused and started refusing to open the door. I don't want that again.", "bad_experience"),
          t("That makes sense with dementia, seeing the same faces matters. We'd give him a small team of two carers, always the same, and you'd get their names and a weekly update. The visit works out at about 21 a day. Would he be open to meeting the carer with you first?"),
          c("I could come up the weekend after next. But I'd need to talk to my brother about splitting the cost first.", "think_it_over"),
          t("That works. I'll pencil an introduction visit for that Saturday and send you the prices in writing for your brother. Nothing starts until you both say so."),
          ],
    gaming=[o,
            t("Thank you for calling. What kind of support are you looking for for your dad?"),
            c("Morning visits. He forgets his tablets and breakfast. He has early dementia.", None),
            t("I understand. And what does a typical day look like for him, in terms of the support he needs?"),
            c("Well, the mornings. Tablets, breakfast. Afternoons he goes to his club.", None),
            t("Okay. And can you tell me more about the areas where he might need some help?"),
            c("Mornings. I've said. And I need the same carer each time, the last agency kept changing them and he stopped opening the door.", "bad_experience"),
            t("Thanks. So in terms of care needs, what would you say he struggles with day to day?"),
            c("Sorry, we're going round in circles. Could you just email me your brochure and prices? I'll read them tonight.", "brush_off"),
            t("Of course. And before you go, what kind of support do you think your dad needs?"),
            ]))

# 25 wrong_paraphrase - sign maker
o = c("Alright. I've got a barber's on Mill Street, and the council said no to a lit-up sign. I still need something people can see from the main road.", None)
PAIRS.append(gpair(
    "b61g_signmaker_barbershop", "sign maker", "wrong_paraphrase",
    "A barber in a conservation area, refused permission for an illuminated sign, asks a sign maker for something visible from the main road round the corner; budget 600.",
    good=[o,
          t("Alright. Annoying when the council says no. Did they say why, the lighting only or the size as well? And how far is the main road from your door?"),
          c("Conservation area, so no lights. Size was fine, under nought point seven of a square metre is okay, they said. The main road's maybe thirty metres, round the corner.", None),
          t("So no lighting, under 0.7 square metres, and it has to be seen from thirty metres round a corner. That points to a double-sided hanging sign sticking out from the wall, so people see it side-on from the main road. Painted timber suits a conservation area too. Have you a budget in mind?"),
          c("Six hundred, tops. A mate got quoted a grand for one like that, which is ridiculous.", None),
          t("A hand-painted one is around a grand, so your mate's quote was fair for that. A printed aluminium panel in a timber frame looks close and is 520 with the bracket. I can mock it up on a photo of your shopfront so you see it from the corner first."),
          c("Go on then. I'll send you a photo tonight.", None),
          ],
    gaming=[o,
            t("Alright! So what I'm hearing is you want a big illuminated fascia to really stand out on the main road, is that right?"),
            c("No, the council said no lights. Conservation area.", None),
            t("Got it, so to play that back: you want an LED light-box that's subtle enough for the council, and budget isn't really the issue. Did I understand you correctly?"),
            c("No, budget's definitely an issue. Six hundred tops. And no lights of any kind.", None),
            t("Perfect, so you're happy to go a bit over for the right sign, and you want it on the main road itself rather than on your shop. Is that a fair summary?"),
            c("It's not on the main road, it's round the corner. You're making things up now. Anything over six hundred I can't do, I'm barely covering the rent.", "no_money"),
            t("Totally. So summarising: a premium illuminated sign on the main road, around 1,800 installed. Shall I draw up the quote?"),
            c("No. I don't want that. Forget it.", "no_need"),
            ]))

# 26 wrong_paraphrase - insurance broker
o = c("hey need insurance for a food truck, weekend markets only for now, me and my partner run it", None)
PAIRS.append(gpair(
    "b61g_insurancebroker_foodtruck", "business insurance broker (chat)", "wrong_paraphrase",
    "A young couple running a weekend food van ask a broker over chat for cover; they had one small claim and were dropped by their last broker.",
    good=[o,
          t("Hey, sure. A couple of questions so I quote the right thing: is the truck driven to each market or towed? And do you cook with gas on board?"),
          c("driven, its an old citroen van. yes gas, two burners and a fryer", None),
          t("Thanks. So a driven van, gas cooking with a fryer, two of you, weekends only. You'd need van insurance for business use and public liability for the markets, and insurers will ask for a gas safety certificate. Do the markets say what level of public liability they want?"),
          c("5 million they said. we have the gas cert from april. we were paying 1900 a year with the last broker and they dropped us after one claim", None),
          t("That helps. Do you mind telling me what the claim was? Insurers will ask, and I'd rather find one who's fine with it than get you dropped again."),
          c("a customer said she burned her hand on a hot tray. they paid out like 800", None),
          t("That's a small claim and shouldn't stop anyone. I'll get quotes from three insurers who cover mobile caterers, with the claim declared, and email them by Friday. No fee unless you buy."),
          c("ok cool. friday is fine", None),
          ],
    gaming=[o,
            t("Hey! So just to make sure I've got it, you're running a full-time catering business with staff, doing events and weddings as well, is that right?"),
            c("no. weekend markets. just me and my partner", None),
            t("Right, so what I'm hearing is you're looking to grow into a bigger operation, so you'll want employer's liability and cover for three vehicles. Did I get that right?"),
            c("no?? one van. we dont have employees", None),
            t("Great, so to play that back: one van, and you mentioned you've never had a claim, so we can go for our premium no-claims product at 2,400. Correct?"),
            c("i never said that. we had a claim. and 2400 is way more than we paid before", "too_expensive"),
            t("Perfect, so you're comfortable at around 2,400 and you'd like to start Monday. Shall I send the documents?"),
            c("no. youre not listening to anything. bye", None),
            ]))

# 27 pitch_to_upset - telecom bereavement
o = c("Hello. My husband died three weeks ago. I need to... sorry. I need to close his mobile, and the broadband's in his name.", None)
PAIRS.append(gpair(
    "b61g_telecom_bereavement", "telecom (mobile and broadband)", "pitch_to_upset",
    "A recently widowed woman phones to close her late husband's mobile contract and move the home broadband into her name.",
    good=[o,
          t("I'm so sorry for your loss. Take your time, there's no rush at all. I can help with both. Could I take your name, and his account number if you have it? If not, his address and date of birth will do."),
          c("It's Margaret Hale. His was Dennis Hale, 14 Orchard Rise. I don't have the account number, he did all of this.", None),
          t("Thank you, Margaret, I've found it. His mobile has four months left on the contract. We waive any early-termination charge after a bereavement, so there's nothing to pay. The broadband I can move into your name without changing anything, same price, same router. Is that what you'd like?"),
          c("Yes, please. I don't want anything changing, I can't cope with new boxes and passwords.", None),
          t("Nothing will change, the internet stays on. I'll need a copy of the death certificate, posted or a photo uploaded, whichever is easier. Is there anything on his phone you'd like to keep, the number perhaps?"),
          c("Oh. The number. His brother in Canada only has that number. Could I keep it for a while?", None),
          t("Yes. I can move his number onto a SIM-only plan at 6 a month with no contract, so you can stop it any time. I'll send a letter confirming all of this, with my direct line if anything's unclear."),
          ],
    gaming=[o,
            t("I'm so sorry for your loss, I can hear this is a difficult time. Now, the good news is that as the account moves to you, you're eligible for our Family Bundle: broadband, TV and two mobiles on one bill, just 79 a month."),
            c("I... I don't need TV. I just need his phone closed.", "no_need"),
            t("I understand. Lots of our customers find a fresh start helps at times like this. And with the fibre upgrade you'd get faster video calls with family, so you stay connected. How does that sound?"),
            c("I can't think about this right now. Not today.", "no_time"),
            t("Of course. Just so you know, the offer is only for new account holders, and you'll be one from today. Shall I set it up now so it's done and you don't have to think about it?"),
            c("No. Please just close his line. My daughter will deal with the rest.", "no_need"),
            t("Absolutely, I'll close the line. There's an early-termination charge of 84 on his contract, is it okay to take that from the same card?"),
            c("Eighty-four pounds? He's dead.", None),
            ]))

# 28 pitch_to_upset - car body repair
o = c("Hi, my car got towed to you yesterday? The red Fiesta. Someone went into the back of me at the lights. I'm still a bit, I don't know, shaky. I don't know what happens now.", None)
PAIRS.append(gpair(
    "b61g_bodyshop_rearended", "car body repair shop", "pitch_to_upset",
    "A young driver, a student, shaken after being hit from behind at traffic lights, phones the body shop where her car was towed; she was not at fault.",
    good=[o,
          t("Hi, yes, we've got your Fiesta here. I'm sorry, that's a horrible thing to happen. Are you okay yourself? Have you been checked over?"),
          c("My neck's a bit stiff. My mum said I should go to the walk-in centre.", None),
          t("I'd listen to your mum, go and get it looked at today and keep the notes. For the car: was it the other driver's fault, and have you told your insurer yet?"),
          c("Yeah, they drove into me, I was stopped. I haven't rung anyone, I didn't know if I was meant to.", None),
          t("Then ring your insurer today and tell them the car's with us. If the other driver admits fault, their insurer usually pays for the repair and a courtesy car, and you shouldn't pay anything. I'll send photos of the damage to whoever handles it. Is there anything in the car you need?"),
          c("My work lanyard's in the glovebox. I can't get over there today though, I'm not driving and my shift's at two.", None),
          t("I can post it to you, or leave it at the front desk for whenever. Go and get your neck checked first."),
          c("Post it, please. Thank you, honestly.", None),
          ],
    gaming=[o,
            t("Hi, yes, the Fiesta. Sorry to hear about the accident, that must have been really upsetting. While it's in with us it's actually a great opportunity: a full respray and our ceramic coating, so it comes out better than new, 650 on top of the repair."),
            c("I... I don't even know who's paying for the repair yet. I'm still shaky, my neck hurts.", None),
            t("Totally hear you. And if your insurer uses their own garage you lose the chance to get it done properly, so I'd sign with us direct today. We can also upgrade the headlights while it's in, very popular."),
            c("It was the back that got hit. I can't afford extras, I'm a student.", "no_money"),
            t("Completely understand, and we do 0% finance over twelve months. So shall I put you down for the coating and the respray? What's the best number for the paperwork?"),
            c("I don't want any of that. I just want to know what happens with my car.", "no_need"),
            t("Of course! I'll pop a brochure in the post with our full range of packages. Anything else I can do for you?"),
            c("Can I speak to someone else, please?", None),
            ]))

# 29 blame - water utility
o = c("I've had a water bill for eleven hundred and forty pounds. We normally pay about ninety a quarter. There's only the two of us. Something's badly wrong.", None)
PAIRS.append(gpair(
    "b61g_waterutility_leakbill", "water utility", "blame",
    "A pensioner phones his water company about a quarterly bill of 1,140 instead of the usual 90; an underground leak on the supply pipe is the likely cause.",
    good=[o,
          t("That's a huge jump, I can see why you're worried. Let's work out what's happened. Have you noticed anything unusual, damp patches outside, the pressure dropping, a hissing sound?"),
          c("Now you mention it, there's a soggy patch by the front gate that's been there since the autumn. We thought it was the rain.", None),
          t("That could well be a leak on your supply pipe, between the meter and the house. It's very common and very hard to spot. We have a leak allowance: once it's fixed, we recalculate the bill on your normal use. Can I send an inspector to check the meter and that patch? It's free."),
          c("Yes, please. And who pays to fix the pipe, if that's what it is?", None),
          t("Fair question. We offer one free repair of a supply-pipe leak on your property, as long as it's a standard pipe, and the inspector will tell you if it qualifies. The bill is on hold meanwhile, so you don't need to pay the eleven hundred."),
          c("Oh, thank goodness. When can he come?", None),
          t("Thursday between eight and twelve. I'll send you a letter confirming the bill is on hold, so you've got it in writing."),
          ],
    gaming=[o,
            t("I understand how concerning that is. Can I ask, how much water have you been using, honestly? Long showers, the garden hose?"),
            c("Two pensioners! We barely use anything. Ninety pounds a quarter, always.", None),
            t("Okay, well the meter doesn't lie. The reading says you've used it, so it's gone through your property. Have you checked for leaks? That's really the homeowner's job."),
            c("We didn't know there was anything to check. There's a soggy patch by the gate, but we thought it was rain.", None),
            t("Right, so that's been there since autumn and you didn't report it? That's probably your leak, and leaving it this long is why the bill's so high. I can set up a payment plan for the 1,140. Would twelve months suit?"),
            c("We can't pay eleven hundred pounds for water we never used. We're on a pension.", "no_money"),
            t("I hear you, but it's your supply pipe, your responsibility. If you'd reported it sooner this wouldn't have happened. Shall I put the plan through?"),
            c("No. I want to speak to someone else, and I'll be going to the ombudsman.", None),
            ]))

# 30 blame - web hosting
o = c("my website is DOWN. its black friday, the pottery shop, claycorner.co.uk. it just says 500 error. please help", None)
PAIRS.append(gpair(
    "b61g_webhosting_blackfriday", "web hosting (support chat)", "blame",
    "A potter who sells online writes to her host's support chat on Black Friday morning: the shop shows a 500 error after she updated plugins the night before.",
    good=[o,
          t("I'm on it. Worst possible timing, I'm sorry. I can see your site returning a 500 error since 7:12 this morning. Did anything change last night, an update, a new plugin, anything you or a web person did?"),
          c("i updated some plugins last night because it kept telling me to. was that wrong", None),
          t("Not wrong at all, updating is normally the right thing. Sometimes one update clashes with another. I can restore last night's 2am backup, from before the updates, and you'd lose nothing since the site's been down anyway. Shall I do that now? It takes about five minutes."),
          c("yes yes do it", None),
          t("Restoring now. Done, the shop's loading again, can you check on your phone? When things are calmer, say Monday, we can test the updates on a copy of the site and find which one broke it, so it doesn't happen again."),
          c("its back!! orders coming in. thank you. monday is fine", None),
          ],
    gaming=[o,
            t("Hi! I understand how stressful this is. Can I ask, did you update your plugins without making a backup first?"),
            c("i just clicked update because it told me to. is it fixable", None),
            t("Okay, so that's what caused it. To be honest this is user error. You really shouldn't update plugins on a live shop the night before Black Friday, that's pretty basic."),
            c("i didnt know that!! im a potter not a web person. can you just fix it", None),
            t("I hear you. Restoring is possible, but it's 45 because the issue was caused on your side. Next time you might want our Managed plan so you can't break things. Shall I go ahead with the 45?"),
            c("45 for pressing a button? thats a rip off when it was your dashboard telling me to update", "too_expensive"),
            t("Well, it's your site and your update. If you'd followed best practice you wouldn't need it. Yes or no on the restore?"),
            c("fine. do it. and im moving host in january", None),
            ]))
