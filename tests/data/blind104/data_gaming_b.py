"""Gaming pairs 11-20 of blind104: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (two each)."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question - Auckland council service centre, face to face
o = c("Hello. My recycling bin is not collected, three weeks now. I call two times already. The bin is full, the neighbours complain to me.", None)
PAIRS.append(gpair(
    "b104g_auckland_bin_collection", "city council service centre, Auckland (Mt Roskill)", "putdown_question",
    "Face to face. A resident who speaks English as a second language comes in after her recycling bin was skipped three weeks running.",
    [o,
     t("Three weeks and two calls - I'm sorry, that's not good enough. Can I have your address, and roughly when you called?"),
     c("42 Kowhai Road, Mt Roskill. First time maybe the fourteenth, second time last Monday. They give me a number, I have it here.", None),
     t("Thanks - I can see both. The first was marked 'bin not out' and the second is still open. Was your bin out the night before, and did the truck take your neighbours' bins?"),
     c("I put it out Sunday night, always. Neighbour bin they take, mine they leave. Maybe because the lid is broken?", None),
     t("That may be it - drivers skip bins with broken lids because the arm can't lift them safely. So: out on time, skipped three times, lid broken. I'll order a new lid and a one-off collection for tomorrow, both free. Does that work?"),
     c("Tomorrow I go to work at seven. I leave it on the street, is okay?", None),
     t("Yes, leave it out tonight. I'm also noting the account so it isn't marked 'not out' again. Here's my direct number - if it's not emptied by tomorrow evening, ring me, not the general line."),
     c("Okay. Thank you, you are the first one who listens.", None)],
    [o,
     t("Hi there. Before we start - you're sure it was actually out by 7am, are you? What exactly happened?"),
     c("Yes, I am sure. Sunday night I put it out. Always.", None),
     t("Okay. I'm hearing some frustration, which is understandable, but three weeks isn't the end of the world, is it? How many times have you actually called?"),
     c("Two times! I tell you already. The bin is full, it smells, the neighbours look at me.", None),
     t("Right. And might you have put the wrong things in it? A lot of people don't read the sticker - do you know what goes in the recycling?"),
     c("I know what is recycling. I am not stupid.", None),
     t("Nobody said that. So what I'm hearing is you'd like a collection - is there anything else bothering you today?"),
     c("You are bothering me. I want to talk to your manager, please.", None)]))

# 12 putdown_question - Adelaide energy retailer, phone
o = c("Yeah hi, I just got a bill for eleven hundred and forty dollars, and it's normally like four-fifty. There's four of us in a share house in, um, Mile End, and nobody's - nobody's done anything different.", None)
PAIRS.append(gpair(
    "b104g_adelaide_high_bill", "electricity retailer customer line, Adelaide", "putdown_question",
    "Phone call. A young woman whose share-house power bill has more than doubled rings to find out why.",
    [o,
     t("That's a big jump - let's find out why. Can I get the account number or the address?"),
     c("It's 9 Rose Street, Mile End. The account's in my name, Jess Tran.", None),
     t("Thanks, Jess. The last two bills were estimated because the meter couldn't be read, and this one's an actual read - so it's six months of usage catching up. Is there a locked gate or a dog?"),
     c("Oh - yeah, the landlord put a padlock on the side gate in, like, February.", None),
     t("That'd explain it. The estimates were low, and this bill corrects them - real usage, but six months' worth, not one quarter. I can split it over three bills with no fee. Would that help?"),
     c("Yeah, that'd help heaps. We haven't got eleven hundred sitting around.", None),
     t("Done - three payments of $380. If the reader can get through the gate on read day, you'll get actual reads. Next read's the 12th; I'll text you the day before."),
     c("Sweet, I'll tell the landlord. Thanks.", None)],
    [o,
     t("Hi Jess. Okay, let's not panic - bills go up in winter, that's hardly a shock, is it? So what exactly do you think happened?"),
     c("It's not winter, it's - it's March. And it's more than double.", None),
     t("Right. And four people in a share house - are you sure nobody's leaving a heater on? Let's be honest, share houses aren't known for switching things off, are they?"),
     c("We all work, we're hardly ever home. I'm asking you to check the bill.", None),
     t("I hear you, and I want to understand your experience. Have you even looked at the meter yourself, or are you just going by the total?"),
     c("How would I look at it? The landlord's got a padlock on the gate.", None),
     t("Well, that's something to sort out with your landlord, isn't it? Is there anything else I can help with today?"),
     c("You haven't helped with anything. I'm going to the ombudsman.", None)]))

# 13 not_my_department_or_read_the_terms - Wellington car hire, face to face
o = c("Hi, I've just dropped the Corolla back and the guy outside says there's a chip in the windscreen and I'll be charged. That chip was there when I picked it up. I took photos.", None)
PAIRS.append(gpair(
    "b104g_wellington_car_damage", "car hire return counter, Wellington Airport", "not_my_department_or_read_the_terms",
    "Face to face. A traveller returning a hire car disputes a windscreen damage charge and has photos from pickup.",
    [o,
     t("Okay, let's look at this properly. Can you show me the photos? I'll pull up the pickup inspection too."),
     c("Here - this one's from the car park on the 3rd, you can see the time on it. Same chip, bottom left.", None),
     t("I see it, and the time's before your pickup. The pickup sheet doesn't mark it, which is our miss. I'll note it as pre-existing, so no charge. Could you email the photos to this address so they're on file?"),
     c("Yeah, doing it now. I was worried I'd be stuck arguing for weeks.", None),
     t("Fair worry. You'll get the final invoice today with no damage charge. If anything else turns up, reply to that email and it comes to me."),
     c("Great. Honestly thought it'd be a fight.", None),
     t("Not today. Safe travels.")],
    [o,
     t("I hear you, and I totally understand how frustrating that must feel. Unfortunately damage isn't my department - the yard team logs it and the claims team decides."),
     c("But you're the counter. Can you not just look at my photos?", None),
     t("I'd love to help. What I can tell you is that under clause 9 of the agreement you signed, it's the hirer's job to report existing damage before leaving. Did you read the terms?"),
     c("I read enough. Nobody asked me to report anything - the guy just handed me the keys.", None),
     t("Totally understand. I didn't write the rules, unfortunately. The best thing is to email claims - it's all on the website under FAQs."),
     c("So I pay four-fifty now and argue later?", None),
     t("It comes off your bond, yes, and claims will be in touch within fifteen business days. Anything else I can help you with today?"),
     c("No. I'll be doing a chargeback and a review.", None)]))

# 14 not_my_department_or_read_the_terms - Christchurch health insurer, phone
o = c("Hi, um, yes, I'm calling about a claim - it got declined, and I'm - sorry, I'm a bit cross. It was my daughter's ENT specialist visit. Eight hundred and twenty dollars.", None)
PAIRS.append(gpair(
    "b104g_christchurch_claim_declined", "health insurer contact centre, Christchurch", "not_my_department_or_read_the_terms",
    "Phone call. A mother rings after her claim for her six-year-old's specialist visit was declined.",
    [o,
     t("I'm sorry, that's a lot to be out of pocket. Let's go through why. Can I have the policy number and your daughter's name?"),
     c("It's CH 55102, and she's Amelia, she's six.", None),
     t("Thanks. The reason given is 'no prior approval' - specialist visits over $500 need approval first. Did your GP's referral come to us, or go straight to the specialist?"),
     c("Straight to the specialist, I think. Nobody told me about any approval.", None),
     t("That's easy to miss. Here's what I'll do: ask the GP to send us the referral and lodge a retrospective approval. If it would have been approved, we pay it. I'll put it through myself today."),
     c("And if they say no again?", None),
     t("Then I ring you and explain why, and you can ask for a review - I'll email you that form now. Either way you'll hear from me by Thursday."),
     c("Okay. Thank you. I thought I'd be getting the runaround.", None)],
    [o,
     t("I completely understand your frustration, and thank you for sharing that. Unfortunately I'm in the sales team, so claims aren't really my department."),
     c("Well, who do I - it put me through to you.", None),
     t("I hear you. What I can say is section 4.2 of the policy wording is very clear about prior approval for specialists. Have you had a chance to read the policy document?"),
     c("It's sixty pages. No, I haven't read all sixty pages.", None),
     t("Totally get that. I don't make the rules, unfortunately. But while I have you - have you thought about our Premier plan? It doesn't need prior approval."),
     c("I can barely keep up with this one. I just want the eight-twenty back.", "no_money"),
     t("I understand. For the claim you'd need to email the claims team - the address is on our website. Is there anything else I can help with today?"),
     c("Yeah, you can tell me who I complain to. Because this is ridiculous.", None)]))

# 15 social_proof_or_deadline_pressure - Brisbane solar battery, face to face at home
o = c("Come in - sorry about the mess. My husband's away at the mine this week, so it's just me. I mainly want to know if a battery's worth it, because the bills are killing us.", None)
PAIRS.append(gpair(
    "b104g_brisbane_solar_home", "solar and battery company, in-home visit, Brisbane (Carindale)", "social_proof_or_deadline_pressure",
    "Face to face. A consultant visits a young mother with existing panels who asked about a home battery; her husband works fly-in fly-out.",
    [o,
     t("Thanks for having me. No rush - I'll give you what you need to talk it over with him. Have you already got panels?"),
     c("Yeah, 5 kW, put on in 2016. We used to get a bit back for feeding in but it's dropped to nothing.", None),
     t("Feed-in rates have fallen, yes. When do you use most of your power - is anyone home in the day?"),
     c("Me and the baby, and the pool pump runs in the day. Most of it's at night, the aircon in the bedrooms.", None),
     t("Then a battery could cover some of the night use. On your bills, a 10 kWh battery saves maybe $700 to $900 a year and costs about $11,000 installed - ten-plus years to pay back, near its warranty. Honestly, a better plan and a timer on the aircon may save you more first."),
     c("Eleven thousand. Yeah, we're not - that's not happening this year, with the baby.", "no_money"),
     t("Fair enough. I'll leave the numbers and a sheet on comparing plans. If you two want to look again in a year, ring me - prices may have dropped by then."),
     c("Thanks. That's more honest than I expected.", None)],
    [o,
     t("Thanks for having me! So what I'm hearing is you want to take control of your energy future, which is fantastic. I should mention five homes on this street have gone with our battery in the last month - the Patels next door included."),
     c("Oh. Really? They didn't say. We've got panels already, from 2016.", None),
     t("Exactly, and lots of those homes were just like yours. Now, the battery rebate closes Friday, so I can only lock in $9,900 if we sign today. How does that feel in terms of your needs?"),
     c("Today? My husband's away, I can't sign something like that without him.", "think_it_over"),
     t("Totally understand, and I respect that relationship. Most of the wives on this street signed and told their husbands after - they were thrilled. Could you ring him now?"),
     c("He's underground, I can't just ring him. And ten grand is - we've just had a baby.", "no_money"),
     t("I hear you. That's why so many young families are doing it - it pays for itself. If I walk out today it's back to $12,400 on Monday. Shall we?"),
     c("No. I'm not signing anything. You can leave the brochure.", "brush_off")]))

# 16 social_proof_or_deadline_pressure - Hobart dental aligners, phone
o = c("Hi, um, I saw on Instagram you do the clear aligners? I'm - I'm thirty-four and my teeth have moved a bit since I had braces as a kid. Just, yeah, looking into it.", None)
PAIRS.append(gpair(
    "b104g_hobart_aligners", "dental clinic, Hobart", "social_proof_or_deadline_pressure",
    "Phone call. A 34-year-old whose teeth have shifted since childhood braces rings about clear aligners.",
    [o,
     t("Thanks for calling. It's really common for teeth to drift after braces. What bothers you about them - how they look, or something like your bite?"),
     c("Mostly the bottom front ones, they've gone a bit crooked. It's just how it looks. I never wore my retainer, so, my fault.", None),
     t("Very common. First step is a consult with scans with Dr Lim - $95, and it comes off treatment if you go ahead. She'll say whether aligners suit, how long, and the cost. A minor case like bottom fronts is often four to six thousand."),
     c("Four to six. Right. I'd have to save up for that, honestly.", "no_money"),
     t("That's sensible. Plenty of people do the consult, get the exact number and plan from there. Would you like to book, or shall I email the information first?"),
     c("Email first, I think. I want to see what the place in Sandy Bay charges too.", "think_it_over"),
     t("Of course - compare away. I'll send it with the consult fee in writing, and you can book online whenever you're ready."),
     c("Cool, thanks.", None)],
    [o,
     t("Great to hear from you! So what I'm hearing is you're ready to invest in your smile. You're in good company - we've started over 300 Hobart patients on aligners this year alone."),
     c("Oh, okay. I'm just - I'm only looking into it for now.", "brush_off"),
     t("Totally. Thing is, our spring offer - $1,500 off - ends Sunday and consults are nearly full. I can only hold a spot if I book it on this call. How does Thursday at 3 look?"),
     c("Thursday I'm working till five. And I haven't even - what does it cost?", "no_time"),
     t("It's $5,900, or $4,400 with the offer this week only. Honestly, most patients tell me their only regret is not starting sooner. Shall I lock the offer in today?"),
     c("I had braces as a kid and it all moved back, so I'm a bit - I don't want to rush into paying for it again.", "bad_experience"),
     t("I hear that, and that's exactly why people choose us - everyone in the clinic's had it done. But I can't promise the price after Sunday. Shall I take a $200 deposit to hold it?"),
     c("No, I'll - I'll call back. Thanks.", "brush_off")]))

# 17 keyword_stuffed - Perth council, phone
o = c("Hi, yeah, g'day. I want to put a patio out the back - flat roof, attached to the house - and I'm trying to work out if I need council approval, or, um, a building permit, or what.", None)
PAIRS.append(gpair(
    "b104g_perth_patio_permit", "local council building services, Perth (Bassendean)", "keyword_stuffed",
    "Phone call. A homeowner asks his council whether a backyard patio needs approval; his builder wants to start next month.",
    [o,
     t("Happy to help. Roughly how big is it, and how close would it come to the side or back fence?"),
     c("About six metres by four. It'd come within - maybe half a metre of the side fence.", None),
     t("At that size, attached, you'll need a building permit, and that close to the boundary it may need planning approval unless your neighbour signs off. What's the address? I'll check if it's a character area."),
     c("21 Hamilton Street. Older street, so, probably?", None),
     t("Yes, it is, so planning will look at it. Roughly $250 for the permit and $150 for planning, four to six weeks. There's also an optional $80 meeting with a planner beforehand that can catch problems early."),
     c("Eighty bucks just to talk to someone? Nah, I'll send it in and take my chances.", "too_expensive"),
     t("Fair enough, plenty do. The biggest time-saver is your neighbour's signature on the boundary form. I'll email the checklist and forms to the address on your rates account."),
     c("Yeah, that one. Cheers, that's what I needed.", None)],
    [o,
     t("Thanks so much for reaching out, and I really want to understand your needs today. Your experience as a ratepayer matters, and we value the relationship. Can you share a little about your patio journey?"),
     c("Um - it's a patio. Six by four, attached to the house. Do I need a permit?", None),
     t("Great question, and I hear that you need clarity. What I'm understanding is that success for you looks like a patio that meets your needs. How do you feel about the approvals experience so far?"),
     c("I haven't had any experience, that's why I'm ringing. Permit - yes or no?", None),
     t("Absolutely, I really do understand. Every customer's needs are unique, and we want your outcome to be a success. There's a range of pathways depending on your situation. Does that resonate?"),
     c("Not really, mate. I've got a builder waiting on me. Can you just tell me where the form is?", None),
     t("Totally hear you, and I appreciate your time. I'll make sure your needs are captured and someone from the building team will reach out to understand your experience better. Anything else I can support you with?"),
     c("Forget it. I'll look on the website.", None)]))

# 18 keyword_stuffed - Auckland physio, face to face
o = c("Kia ora. My knee's been sore a couple of months, mostly on stairs. It wasn't an accident or anything, it just started. Can you tell me how this works and what it costs?", None)
PAIRS.append(gpair(
    "b104g_auckland_physio_knee", "physiotherapy clinic, Auckland (Mt Eden)", "keyword_stuffed",
    "Face to face. A man in his fifties walks in with a knee that hurts on stairs; no injury, so probably no ACC cover.",
    [o,
     t("Kia ora. Sure. With no injury it's probably not ACC, so it'd be private: first visit $95 for forty-five minutes, follow-ups $75. Which part of the knee hurts, and what's it stopping you doing?"),
     c("Front of the knee, under the cap. I used to walk up Mt Eden every morning, now I've stopped. My doctor said maybe arthritis but didn't send me for anything.", None),
     t("So it's the front of the knee, worse on stairs and hills, and it's stopped your morning walk. The physio will test it and tell you what's likely going on - often exercises help a lot. Do you have insurance with physio cover?"),
     c("No, I cancelled it last year. Ninety-five's fine though, if it gets me back up the mountain.", None),
     t("Then let's get you in. Aroha sees a lot of knees - she has tomorrow at 7:30am or Saturday at 9."),
     c("Saturday. Tomorrow I'm - I start at seven.", "no_time"),
     t("Saturday at 9 with Aroha. Wear shorts, and bring anything from your doctor if you have it."),
     c("Ka pai. See you then.", None)],
    [o,
     t("Kia ora and welcome! We really want to understand your needs and make sure your experience with us is a successful one. How are you feeling about your knee journey?"),
     c("Sore. On stairs, mostly. How much is it?", None),
     t("I hear you, and I understand cost matters to you. Here we focus on building a relationship so we can understand what success feels like for you. What does success look like for you and your knee?"),
     c("Walking without it hurting? And - what's the price?", None),
     t("Absolutely, and I really feel that. So what I'm understanding is your need is to move with confidence. Our team is passionate about your experience, and our pricing reflects the value of that relationship."),
     c("Is that a number? A physio in Ponsonby had me paying for ten sessions I didn't need, so I want to know.", "bad_experience"),
     t("Thank you for sharing that experience. We really understand how important trust is in a relationship. Shall I book you in for a needs assessment?"),
     c("Just give me a price list, eh. I'll sort it from there.", "brush_off")]))

# 19 rude - Adelaide plumber, phone
o = c("Oh, hello. Yes. It's - I'm ringing because the, um, the shower, the water's not going down. It's sitting there. In the bathroom. I'm in Glenelg North.", None)
PAIRS.append(gpair(
    "b104g_adelaide_blocked_drain", "plumbing business, Adelaide", "rude",
    "Phone call. An 81-year-old woman who lives alone rings about a slow shower drain.",
    [o,
     t("Hello, thanks for calling. A slow shower drain - is the water going down at all, or just sitting there?"),
     c("It goes down, very slowly. Takes half an hour, and it smells a bit. I'm eighty-one, I can't get down to look at it.", None),
     t("No, please don't try. It sounds like a partial blockage, often hair and soap. Is it only the shower, or the bath and toilet too?"),
     c("Just the shower, I think. The toilet's fine.", None),
     t("Good, that points to just the shower drain. A plumber can clear it in about an hour - $165 call-out including the first hour. We've got Thursday morning or Friday afternoon."),
     c("Oh. A hundred and sixty-five. My son said I could get the stuff from Bunnings and just pour it down.", "too_expensive"),
     t("You could try, but those products are harsh and tricky to use safely. If it were my mum, I'd rather a plumber did it. Would you like to talk to your son and ring me back?"),
     c("No, no, I'll book. Thursday morning, please. I'll have the kettle on.", None)],
    [o,
     t("Yep. Slow drain. Are you home Thursday or not?"),
     c("Um, I - sorry, I'm a bit slow with the - is it the - what does it cost?", None),
     t("It's $165, same as everyone. Look, I've got four lines flashing, so what do you actually need - the plumber or not?"),
     c("I - I'm eighty-one, dear, I just want to know what's wrong with it.", None),
     t("Well, I'm not psychic. Probably hair. So what I'm hearing is Thursday. Anything else?"),
     c("I don't think I'll bother, dear. My son can have a look on Sunday.", "no_need"),
     t("Suit yourself. If he makes it worse it'll cost you more. Bye."),
     c("Well. Goodbye, then.", None)]))

# 20 rude - Brisbane car hire, face to face
o = c("Hello, I have a reservation, Becker, for a small car, pick up at two o'clock. Here is the confirmation on my phone.", None)
PAIRS.append(gpair(
    "b104g_brisbane_car_booking", "car hire desk, Brisbane CBD", "rude",
    "Face to face. A German tourist whose booking through a comparison website hasn't reached the hire desk.",
    [o,
     t("Hello, Ms Becker. I can't see it under Becker yet - may I look at the confirmation? Sometimes bookings come through another website."),
     c("Yes, here. I booked on a comparison website, maybe three weeks ago.", None),
     t("Thanks - that's their reference, and it hasn't reached us, which is annoying for you. They're a partner of ours, so I'll honour your $52 a day. I have a Yaris or an i30 - which would you like?"),
     c("The smaller one is fine. I drive to Noosa, and I am not used to the left side.", None),
     t("The Yaris, then - easy to park. Shall I show you the car before you go? The indicator and wipers are swapped compared with Europe."),
     c("Yes, please, that would help. Do I need extra insurance? I have from my travel insurance.", None),
     t("Your travel policy may cover the excess - worth checking before you leave. I won't add ours unless you want it."),
     c("I think I am okay with mine. Thank you, you are very patient.", "no_need")],
    [o,
     t("Becker. Nope, not here. Did you book with us or one of those cheap websites?"),
     c("I booked on a website, yes. But the confirmation says your company.", None),
     t("Yeah, well, that's between you and them, isn't it? What is it you need from me exactly - a car, I'm guessing?"),
     c("Yes... a small car. I paid already, 52 dollars a day.", None),
     t("Great, so what I'm hearing is you want a car at a price we don't have. Walk-in rate's $89. Take it or leave it, there's a queue."),
     c("Eighty-nine? But I paid already. That is too much for a small car.", "too_expensive"),
     t("Not my problem you used a cheap site. Do you understand what I'm saying, or do I need to slow down?"),
     c("I understand perfectly. I will go to the counter next door.", None)]))
