"""Gaming pairs, part C (written by hand for blind58)."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question - cloud hosting, Sherbrooke, Quebec (chat, angry)
o = c("Our whole site has been down for 40 minutes. It's Black Friday. Your status page says all green. What is going on?", None)
PAIRS.append(gpair(
    "b58g_sherbrooke_hosting_outage", "cloud hosting provider, Sherbrooke, Quebec", "putdown_question",
    "An online shop's technical lead in a live outage on Black Friday; the provider's load balancer is at fault.",
    [o,
     t("I'm sorry, 40 minutes on Black Friday is serious. I'm on it now. Can you give me the account ID, and what exactly you see: timeout, 502, DNS error?"),
     c("Account 88213. Browsers get a 502 from the load balancer. SSH to the VMs works fine.", None),
     t("Thanks, that narrows it a lot. The VMs are up, so it's the load balancer. I see your LB in the Montréal zone took a bad health-check config at 10:12. That's on our side. I'm raising it to the network team as a priority-one incident right now."),
     c("How long. Every minute is money.", None),
     t("I won't promise a time I don't have. What I can do right now: point your DNS straight at one VM as a workaround. Your TTL is 300, so about five minutes. Want me to walk you through it while the LB gets fixed?"),
     c("Yes. Do it.", None),
     t("Set the A record to 198.51.100.24. I'm staying on this chat, and when the LB is green I'll tell you so you can switch back. You'll also get the incident report and the SLA credit, you don't have to ask for it."),
     c("OK. DNS changed. Site is loading.", None),
     ],
    [o,
     t("Hi! I understand your frustration. Before we panic, are you sure it isn't your own code? What did you deploy this morning?"),
     c("Nothing. We froze deployments Wednesday. The load balancer returns 502, VMs are fine.", None),
     t("Okay. And did someone actually read the health-check docs, or did they just copy a config off a forum?"),
     c("The config hasn't changed in eight months. It's your LB.", None),
     t("I hear you. Isn't it a bit risky to run Black Friday on a single load balancer, though? What exactly was your plan if it went down?"),
     c("My plan was to pay you for a service that works. We left our last host because they did exactly this, and here we are again.", "bad_experience"),
     t("I understand. So, given what happened, wouldn't it make sense to upgrade to our multi-zone LB? Or do you prefer to keep learning the hard way?"),
     c("Give me an incident number and your manager's name. Now.", None),
     ]))

# 22 not_my_department_or_read_the_terms - wedding venue, Austin, Texas
o = c("Hi, we booked the ranch for April 19 and paid a five-thousand deposit. My fiancé just got deployment orders, he ships out in March. We need to move the date or get our money back.", None)
PAIRS.append(gpair(
    "b58g_austin_wedding_deployment", "wedding venue (ranch), near Austin, Texas", "not_my_department_or_read_the_terms",
    "A bride whose fiancé has been deployed needs to move the wedding date without losing the deposit.",
    [o,
     t("Oh, I'm sorry, that's a lot to deal with. Let's see what we can do. Do you know yet when he's expected back, or would you rather move the wedding earlier, before March?"),
     c("They're saying nine months. We could maybe do February if you have anything, or wait till next winter.", None),
     t("Let me look. Saturday February 8 is open, and so are several dates next January. Your contract says a date change with more than 90 days' notice moves the deposit with you, no fee. So you don't lose anything either way."),
     c("Oh thank god. February 8 would be so fast though, the invitations, the dress...", None),
     t("It is fast, though plenty of couples pull it off. What would you need to have in place, do you think? And if it's too much, next January gives you all the time you want."),
     c("I need to talk to him tonight, and his mom. Can you hold February 8 for a couple of days?", "think_it_over"),
     t("I'll hold it until Monday at noon. I'll email you the change form and a note on military deployments: if the orders change again, we'll work with you."),
     c("Thank you so much, seriously.", None),
     ],
    [o,
     t("Hi! Congratulations on your upcoming wedding! How can I help make your experience amazing?"),
     c("He's got deployment orders, ships in March. We need to move April 19 or get the deposit back.", None),
     t("I totally understand. Unfortunately date changes aren't handled by me, that's our events coordinator, and she's out until the 15th."),
     c("That's two weeks. Can't you just look at the calendar?", None),
     t("I wish I could. Honestly, it's all in the contract you signed. Section 7, the deposit is non-refundable. I didn't write it."),
     c("I'm not asking for a refund if we can move it. Is February free?", None),
     t("I hear you. I can't see availability on my end, it's a different system. Did you read the cancellation terms before signing?"),
     c("It's the Army, not a cancellation. Forget it, I'll call the owner directly.", None),
     ]))

# 23 social_proof_or_deadline_pressure - rooftop solar, Thrissur, Kerala
o = c("Namaskaram. I'm calling about the rooftop solar subsidy I read about. We are a family of five, our KSEB bill is about 2,800 every two months. Is it useful for a house like ours?", None)
PAIRS.append(gpair(
    "b58g_thrissur_rooftop_solar", "rooftop solar installer, Thrissur, Kerala", "social_proof_or_deadline_pressure",
    "A mother asks if subsidised rooftop solar suits her home; the family is saving for their daughter's college.",
    [o,
     t("Namaskaram. Yes, let's see if it makes sense for you. Is the 2,800 steady, or higher in summer with AC?"),
     c("Summer it goes up to 4,000. We have one AC in the bedroom. Rest of the year only fans and the fridge.", None),
     t("So about 3,000 every two months on average. For that a 3 kW system would cover most of it, and with the central subsidy it would cost you about 1.3 lakh. Is the roof concrete, and does it get shade from trees?"),
     c("Concrete. One side has a big mango tree. And 1.3 lakh, hmm, we are saving for my daughter's college, I don't know if we can spend that now.", "no_money"),
     t("That's an important priority, and I don't want to push solar ahead of it. The mango tree matters too, I need to see the shade before promising any number. A site visit is free, and after it, if the payback doesn't make sense for your family, I'll tell you."),
     c("Saturday I'm home. You can come.", None),
     t("Saturday 10 am, then. Please keep the last six bills handy."),
     c("Okay, I'll find them.", None),
     ],
    [o,
     t("Namaskaram! Great that you called. What is your biggest need with electricity?"),
     c("The bill. 2,800 every two months, in summer 4,000.", None),
     t("Understood. You know, forty houses in your panchayat have already installed with us this year. Your neighbours are already saving."),
     c("Which neighbours? I haven't heard of anyone.", None),
     t("Many, many. And the subsidy quota for this month is almost finished. If you don't register by Friday, you'll lose it, and after that it's 2 lakh without subsidy."),
     c("Friday? I cannot decide so fast, I have to discuss with my husband.", "think_it_over"),
     t("Of course. But everyone who waited last year regretted it. Your neighbour's family also hesitated, and now their bill is zero. I can send the agent today for the 5,000 registration."),
     c("5,000 today? We are saving for my daughter's college, I don't have extra now.", "no_money"),
     t("I understand. Only three slots left this month, so I will keep one for you till evening. Shall I send the agent?"),
     c("No. Please don't send anyone.", "no_need"),
     ]))

# 24 keyword_stuffed - dental lab, Glasgow, Scotland
o = c("Hi, it's Fiona from Shawlands Dental. We've had three dentures come back from you this month with the bite wrong. Dr Khan's not happy and neither are the patients.", None)
PAIRS.append(gpair(
    "b58g_glasgow_dental_lab_dentures", "dental laboratory, Glasgow, Scotland", "keyword_stuffed",
    "A practice manager complains about three full dentures with a wrong bite; the practice recently changed wax supplier.",
    [o,
     t("Hi Fiona, thanks for flagging it, three in a month isn't normal for us. Can you give me the case numbers, and is it the same dentist each time?"),
     c("All Dr Khan's. Cases 4410, 4417 and 4423. All full upper and lower.", None),
     t("Thanks. Three full dentures from one dentist makes me want to check the bite records and how we mounted them. Has anything changed at your end? New bite blocks, a new nurse taking the records?"),
     c("Hmm. We did switch to a cheaper wax supplier in September. Would that matter?", None),
     t("It might, softer wax can distort in the post. I'll have our technician re-mount all three against the records today and call Dr Khan this afternoon. If it's our mounting, the remakes are free. If it's the wax, we'll send you some of ours to try."),
     c("Fine. But honestly, if it happens again we'll be looking at other labs. We can't keep rebooking patients.", "bad_experience"),
     t("Understood, and fair. I'll call Dr Khan by four today with what we find."),
     c("Okay. Four.", None),
     ],
    [o,
     t("Hi Fiona! Thank you so much for reaching out, we really value our relationship with Shawlands and your experience matters to us. How are you feeling about things?"),
     c("Not great. Three dentures back with the bite wrong. Cases 4410, 4417, 4423.", None),
     t("I completely understand, and I hear your frustration. At our lab, success is about understanding our partners' needs and building a relationship of trust. We're committed to a quality experience."),
     c("Right. So what happened with the bites?", None),
     t("That's such an important question, and I really appreciate you asking it. We feel every case is a journey, and we want you to feel supported and understood throughout that experience."),
     c("Sorry, I need an actual answer. Remakes, yes or no? Dr Khan's got patients rebooked.", None),
     t("Absolutely. Your needs are our priority, and I want to make sure your experience going forward is a success. Is there anything else I can help you with today?"),
     c("Anything else? You've not helped with the first thing. We had a lab do this to us before and we left them. Put me through to a technician.", "bad_experience"),
     ]))

# 25 rude - language school, Gdansk, Poland
o = c("Hello. I am nurse from Kharkiv, I need Polish B1 certificate for nursing licence here. I am in your evening A2 class but the time changed to 17:00, and I finish shift at 18:00.", None)
PAIRS.append(gpair(
    "b58g_gdansk_polish_class_time", "language school, Gdańsk, Poland", "rude",
    "A Ukrainian nurse cannot attend her Polish class after the school moved it to 17:00; she needs B1 for her licence.",
    [o,
     t("Hello, thank you for coming in. I'm sorry the time change hit you. Let me check what else we have. Are you free at weekends, or only some evenings?"),
     c("My shifts change. Every second weekend I am free. Evenings after 18:30 is possible.", None),
     t("We have an A2/B1 group on Tuesday and Thursday at 19:00. They're one week ahead of your class, so you'd catch up easily. There's also a Saturday group, but it's every week, so it wouldn't fit you."),
     c("19:00 is good. But I paid already for the 17:00. I cannot pay second time.", "no_money"),
     t("You won't pay again. It was our time change, so we move your payment to the 19:00 group. When do you need the B1 exam for the licence?"),
     c("In June. The chamber of nurses says before September.", None),
     t("The 19:00 group finishes B1 in May, so the June exam session works. I'll register you and send the timetable today."),
     c("Thank you, really. I was worried.", None),
     ],
    [o,
     t("Yeah, the time changed, it was in the email. Didn't you read it?"),
     c("I read. But I finish shift at 18:00, I cannot come at 17:00.", None),
     t("Well, we can't arrange the whole school around one person's shifts, can we? So what do you need from us, exactly?"),
     c("Another group. Evening, after 18:30. I need B1 for nursing licence.", None),
     t("There's a 19:00 group. It's a bit ahead, though, honestly I don't know if you'll keep up. Your level seemed... basic."),
     c("I will try. I work hard. And the money, I paid already, I cannot pay again.", "no_money"),
     t("Transfers are a 200 złoty admin fee. Rules are rules. Anything else? I've got a class in five minutes."),
     c("200 for your change? That is not fair. I want to speak with the director.", None),
     ]))

# 26 ignored_customer - pest control (wildlife), Kingston, Tasmania
o = c("Hi there. We've got something running around in the roof every night, from about ten. Thumping. I'm pretty sure it's a possum. Can you get rid of it? I don't want it hurt though.", None)
PAIRS.append(gpair(
    "b58g_kingston_possum_roof", "pest and wildlife control, Kingston, Tasmania", "ignored_customer",
    "A householder wants a possum out of the roof without harming it; there may be a young one, and a relative offers to patch the gap.",
    [o,
     t("Hi. Thumping from about ten does sound like a brushtail. Good news is we don't hurt them. In Tassie they're protected, so we get them out and keep them on your property, then seal where they got in. Do you know where it's getting in?"),
     c("I think near the gutter at the back, there's a gap where the fascia's rotted.", None),
     t("Rotted fascia is the classic spot. How long has it been going on? If it's a mum with a joey, timing matters."),
     c("Couple of months. I've seen two at once on the fence, one smaller.", None),
     t("Could be a mum and a grown joey, then. We'd put a one-way flap over the gap so they can get out but not back in, hang a possum box in your tree, and fix the fascia once they're out. About 380 all up, box included."),
     c("That's a bit more than I thought. My brother-in-law reckons he can just patch it himself.", "too_expensive"),
     t("He can, as long as they're out first. If he seals them in, you'll have a dead possum in the roof, and that's worse. We could do just the flap and the box for 190, and he does the fascia after."),
     c("Yeah, that makes sense. Let's do that.", None),
     ],
    [o,
     t("Hi! Thanks for calling. Can you tell me a bit about what's going on?"),
     c("Something thumping in the roof every night. Probably a possum. I don't want it hurt.", None),
     t("Great, thanks. So we'll get our team out with a possum trap and relocation. Just to check, how many bedrooms is the house?"),
     c("Three. But will the possum be okay? I've read they can die if they're moved away.", None),
     t("Noted. And have you had a termite inspection lately? Kingston's quite bad for termites. We do a combined pest package for 520."),
     c("No, I just want the possum sorted. There's a gap by the rotted fascia at the back, I think that's where it gets in.", "no_need"),
     t("Got it. So we'll do the trap and the termite inspection. Any pets we should know about?"),
     c("A dog. And I said no to the termite thing. And you didn't answer about the possum, there's a little one too.", "no_need"),
     t("Perfect. Is there anything else you'd like to share about your needs today?"),
     c("I've shared plenty. I'll ring Parks and Wildlife and ask who they recommend.", None),
     ]))

# 27 repeated_questions - coworking space, Osu, Accra, Ghana
o = c("Hello, good morning. I'm with a small health NGO. We need a room for a training workshop, 25 people, two days next month. Do you do that?", None)
PAIRS.append(gpair(
    "b58g_accra_coworking_workshop_room", "coworking space, Osu, Accra, Ghana", "repeated_questions",
    "An NGO coordinator with a fixed donor budget books a training room and lunch for 25 people over two days.",
    [o,
     t("Good morning! Yes, we do. Which days are you thinking of, and what do you need in the room? Projector, flip charts, lunch?"),
     c("The 14th and 15th. Projector yes, and lunch and water for everyone. Some participants are coming from Tamale.", None),
     t("So 25 people, two days, projector, lunch and water, and some travelling far. Do they need somewhere to stay nearby, or is that sorted?"),
     c("The travellers are sorted, a guesthouse. Our budget is from a donor grant and it's fixed, 6,000 cedis for venue and food.", None),
     t("Thanks for telling me. The training room with projector is 1,800 a day and lunch from the café is 60 a head a day, so 3,600 plus 3,000 makes 6,600, above your 6,000. For an NGO booking I can take the second day's room down to 1,700, and with a simpler lunch at 50 a head we land at 6,000 exactly."),
     c("That works. Can I get a pro forma invoice? The donor needs it before payment.", None),
     t("I'll send it by the end of today, and hold the room for the 14th and 15th until you confirm."),
     c("Thank you, very helpful.", None),
     ],
    [o,
     t("Good morning! Thanks for reaching out. What kind of space are you looking for?"),
     c("A room for 25 people, two days, the 14th and 15th. Projector, lunch and water.", None),
     t("Great. And how many participants are you expecting?"),
     c("Twenty-five.", None),
     t("Perfect. And what dates were you considering?"),
     c("The 14th and 15th. I said it.", None),
     t("Lovely. And what's your budget looking like?"),
     c("6,000 cedis, fixed, from the donor.", None),
     t("Okay! Our Executive Suite for groups is 2,500 a day plus catering. Just so I understand your needs, how many people will attend?"),
     c("Please, I've said twenty-five twice. And 2,500 a day is above what the donor gives. I'll check the hotel at Labadi.", "too_expensive"),
     ]))

# 28 wrong_paraphrase - tyre shop, Gatineau, Quebec
o = c("Hi, I need my winter tires put on the Corolla before December. I've got my own from last year, they're in the garage, I just need them installed.", None)
PAIRS.append(gpair(
    "b58g_gatineau_winter_tire_swap", "tire shop, Gatineau, Quebec", "wrong_paraphrase",
    "A driver who owns winter tires on rims only wants a seasonal swap before the legal deadline.",
    [o,
     t("Sure, we can do that. Are they on their own rims, or do we need to mount them on your current rims?"),
     c("They're on rims. Steel rims. The dealership did it last year, but it was like 140 bucks, so I'm trying you.", None),
     t("On rims, a swap is 70 here, balance check included. How many winters have they done? If it's their second, they're probably fine, but I'd measure the tread before you rely on them."),
     c("Second winter. I think they're okay.", None),
     t("Then they're probably fine. I'll measure when you come in and tell you the number, no upsell. When suits you? The last week of November is already full."),
     c("Saturday morning? I work weekdays.", None),
     t("Saturday the 16th, 9 a.m. Bring the tires and the locking lug key if you have one."),
     c("Perfect.", None),
     ],
    [o,
     t("Hi! Happy to help. Tell me about what you need for winter."),
     c("Just installation. I have my own winter tires on steel rims, second winter.", None),
     t("Great. So what I'm hearing is you need a new set of winter tires for the Corolla, right? Our premium studless are 189 each."),
     c("No, I have winter tires. I need them installed.", "no_need"),
     t("Got it. So just to make sure I understood, your tires are a few seasons old and worn, so you'd like us to quote replacements?"),
     c("I said second winter. They're fine.", "no_need"),
     t("Okay. And you mentioned you'd like them stored here over the summer too, storage is 90 a season. Did I get that right?"),
     c("I never said that. I have a garage. How much is the swap?", "no_need"),
     t("The swap is 85. So we'll put you down for the swap, the storage and the alignment you asked about?"),
     c("I didn't ask about any of that. I'll go somewhere that listens.", None),
     ]))

# 29 pitch_to_upset - veterinary clinic, Rabat, Morocco
o = c("Please, please, my dog was hit by a car in front of the house. He's bleeding from the leg and he can't stand. I'm in a taxi, I'm coming, ten minutes.", None)
PAIRS.append(gpair(
    "b58g_rabat_vet_dog_hit_by_car", "veterinary clinic, Rabat, Morocco", "pitch_to_upset",
    "A panicking owner phones from a taxi on the way in with a dog hit by a car.",
    [o,
     t("We're ready for you. Keep him as still as you can, and if the bleeding is strong, press a cloth gently on the leg. Is he breathing normally?"),
     c("He's breathing fast. I can't look at his mouth, he's crying.", None),
     t("That's okay. Don't look, just keep him warm and still. What's his name, and how heavy is he, roughly?"),
     c("Simba. Maybe 20 kilos. Please, how much will it cost? I don't have much money with me.", "no_money"),
     t("We'll treat him first and talk about money once he's stable. You'll get an estimate before any surgery, and we can talk about paying in parts. When you arrive, come straight to the back door on the left, we'll have a stretcher."),
     c("Okay. Okay. We're close.", None),
     t("The vet is waiting at the door. You're doing the right thing."),
     ],
    [o,
     t("Oh no, I'm so sorry. We're here for you. While you're on the way, is Simba registered with us? Our Premium Care plan would cover emergencies like this."),
     c("What? He's bleeding! What do I do?", None),
     t("I understand your stress. Just keep him calm. So, just so you know, if you sign up for the plan today the emergency fee is 30% less. It's 250 dirhams a month."),
     c("I don't have money for plans! I just need a doctor!", "no_money"),
     t("Of course. And when he's better he'll need good recovery food and maybe physiotherapy, we have a rehab package. How does that sound?"),
     c("Are you serious? Is the doctor there or not?", None),
     t("The doctor is here. I'll register the plan when you arrive, then. What's your email?"),
     c("No. I'm going to the clinic in Agdal.", None),
     ]))

# 30 blame - commercial laundry, Ho Chi Minh City, Vietnam
o = c("Hello, this is Linh from Saigon Garden restaurant, District 3. Your laundry returned our white tablecloths with yellow stains, twenty pieces. We have a big wedding dinner on Saturday.", None)
PAIRS.append(gpair(
    "b58g_hcmc_laundry_tablecloth_stains", "commercial laundry, Ho Chi Minh City, Vietnam", "blame",
    "Twenty tablecloths came back with identical yellow marks days before a wedding dinner; the driver collected two days late.",
    [o,
     t("Hello Ms Linh, I'm sorry. Yellow stains on twenty cloths before a wedding dinner is a real problem. Can you send me a photo, and tell me: were there stains when you sent them, like food or oil, or do these look new?"),
     c("I send photo now. Before they had curry and oil, normal. Now all have yellow patch, same shape.", None),
     t("Thank you. The same shape on every cloth usually means something in our process, maybe the ironer or a chemical dose, not your food stains. I'll re-wash them today on a different programme and check them myself. If they don't come clean, we replace them."),
     c("Replace with what, your cloth? Our cloths are special size, 2.4 metre.", None),
     t("Good point. Then we pay for new ones at your supplier's price. And for Saturday, I'll lend you twenty white 2.4-metre cloths from our hotel stock either way, so the dinner is safe."),
     c("Okay, that is good. Can you bring Thursday?", None),
     t("Thursday before noon, the re-washed ones and the spare set. I'll call you tomorrow with what we found in the process."),
     c("Okay. Thank you.", None),
     ],
    [o,
     t("Hello Ms Linh, I understand your frustration and I want to understand your experience. Can I ask, what detergent do your staff use to pre-soak?"),
     c("We don't pre-soak. We send them dirty to you, that is why we pay you.", None),
     t("I see. Yellow stains usually come from turmeric. So it sounds like curry from your kitchen got on them and wasn't rinsed quickly, is that right?"),
     c("Before also curry, always curry, never yellow patch like this. All twenty same shape!", None),
     t("I hear you. But did your staff fold them wet before pickup? That causes marks. Our terms say stains from late pickup are the customer's responsibility."),
     c("Your driver came two days late. That is your fault, not ours.", None),
     t("Well, if someone had been there to hand them over on Monday, he wouldn't have had to come back. So what would you like us to do?"),
     c("Re-wash, and if not clean, you pay. Saturday is a wedding.", None),
     t("We can re-wash for 15,000 dong per piece. Compensation isn't possible, since the stains came from food. Anything else?"),
     c("I will cancel the contract. My manager will call your boss.", None),
     ]))
