"""Gaming pairs a01-a10 of blind231 (hand-written). Theme: car insurance claims, towing, glass and repair."""
from common import c, gpair, t

PAIRS = [
    # a01 monologue
    gpair(
        "b231g_hamilton_windshield_chip",
        "Mobile windshield repair, Hamilton, Ontario",
        "monologue",
        "A driver rings to book a repair for a dime-sized stone chip picked up on the QEW. "
        "He has comprehensive cover but does not want to claim after a past premium rise.",
        good=[
            c("Hi, yeah, um, I got a stone chip on the QEW yesterday, like the size of a dime, passenger side. "
              "Can you guys fix that or do I need a whole new windshield?", None),
            t("We can usually fix a chip that size, yes. Before I say for sure, where exactly is it, "
              "and are there any cracks running off it?"),
            c("It's low down on the passenger side, maybe four inches up from the wiper. No cracks that I can see. "
              "It's just like a little bullseye.", None),
            t("That sounds like a good candidate for a resin repair. Do you know if your policy has glass coverage? "
              "Some Ontario policies do chip repairs with no deductible."),
            c("I think I've got comprehensive, but honestly I don't want to claim anything. I claimed two years ago "
              "and my premium went up like crazy.", "bad_experience"),
            t("Fair enough. If you pay it yourself the repair is 89 dollars and takes about half an hour, "
              "and nothing goes on your insurance file. Would that suit you better?"),
            c("Yeah, that's fine. But I work downtown all week, I can't exactly drop it off somewhere.", "no_time"),
            t("No problem, we're mobile. We can come to your office garage on a weekday or to your home on Saturday "
              "morning. Which is easier?"),
            c("Saturday at home works. I'm in Stoney Creek.", None),
            t("Great. I'll book Saturday between nine and eleven and the tech will text when he's on the way. "
              "Till then, put a bit of clear tape over the chip and keep the defrost off high. Sound okay?"),
            c("Perfect, thanks.", None),
        ],
        gaming=[
            c("Hi, yeah, um, I got a stone chip on the QEW yesterday, like the size of a dime, passenger side. "
              "Can you guys fix that or do I need a whole new windshield?", None),
            t("Great question, and I really want to understand your needs today! So here's the thing, chips are "
              "tricky, and a lot of our customers find the best experience is a full replacement with OEM-grade glass, "
              "because resin can leave a mark, and newer cars have cameras behind the glass so we'd recalibrate those, "
              "plus our rain-repellent coating is honestly a game changer in winter, and we've got a bundle on this month-"),
            c("Sorry, it's just a tiny chip, I-", None),
            t("Totally hear you! And that's exactly why people choose the bundle, because a tiny chip today is a crack "
              "tomorrow with the freeze-thaw we get. Replacement is 649, calibration 299, coating thrown in, lifetime "
              "warranty on workmanship, and we bill your insurer directly so you barely notice it. Does that sound like "
              "the kind of experience you're looking for?"),
            c("Nine hundred bucks for a chip? No way.", "too_expensive"),
            t("I understand completely, your satisfaction is our priority. And just to add, the warranty covers the "
              "coating too, we reapply it every year, you get a free car wash voucher, our techs are all certified, and "
              "most folks in Hamilton go with replacement once they see the five-year numbers. How satisfied are you "
              "with the info so far?"),
            c("Not very. Can you just fix the chip or not?", None),
            t("Absolutely, we can do anything you need! But I'd be doing you a disservice if I didn't say replacement "
              "is the smarter play, and this week's slots are filling up, so I'll pencil you in for the full job "
              "Thursday and we'll go from there. Anything else I can help with?"),
            c("Look, just text me a price for fixing the chip and I'll get back to you.", "brush_off"),
        ],
    ),
    # a02 closing_as_open_question
    gpair(
        "b231g_dublin_ncb_renewal",
        "Motor insurer, renewals line, Dublin",
        "closing_as_open_question",
        "A long-standing customer rings because her renewal has jumped by nearly 400 euro after a car-park claim "
        "cut her no-claims bonus; she has gone part-time and wants to know why before deciding.",
        good=[
            c("Hi, I got my renewal letter this morning and it's gone up by nearly four hundred euro. I just want to "
              "understand why, because I've been with ye nine years.", None),
            t("I'm sorry, that's a big jump to open in the post. Can I take your policy number and have a look at "
              "what's changed?"),
            c("It's MT 448 201. I'd say it's the claim, is it? I reversed into a pillar in the Liffey Valley car park "
              "back in March.", None),
            t("Yes, that's most of it. Your no-claims bonus was five years and after the claim it steps back to two, "
              "so the discount drops. There was no bonus protection on the policy. Is it mainly the price that's the "
              "worry, or more that nine years with us should count for something?"),
            c("Both, honestly. Money's tight since I went part-time, and I feel like I'm being punished for one "
              "stupid pillar.", "no_money"),
            t("That's understandable. If I take off the breakdown add-on you've never used and raise the voluntary "
              "excess from 300 to 500, it comes down by about 140. Would a 500 excess be manageable if something "
              "happened again?"),
            c("Five hundred... I don't know. I'd have to talk to my husband, we sort the car out together.",
              "think_it_over"),
            t("Of course. I'll email both versions side by side so you can look at them together. Renewal is the "
              "14th, so there's no rush this week. Would you like me to ring you Thursday, or would you rather ring "
              "us when you've decided?"),
            c("Thursday evening's fine, after six.", None),
            t("Grand, Thursday after six. And once you're a year claim-free the bonus starts building back up, "
              "I'll put that in the email as well."),
            c("Thanks, that actually helps.", None),
        ],
        gaming=[
            c("Hi, I got my renewal letter this morning and it's gone up by nearly four hundred euro. I just want to "
              "understand why, because I've been with ye nine years.", None),
            t("Oh absolutely, and we really value our nine-year relationship. So tell me, what would it take for you "
              "to renew with us today?"),
            c("Well, for a start, an explanation of why it's gone up.", None),
            t("Of course! It's the claim from March, your bonus stepped back. Now, how would you like to pay the "
              "renewal, card or direct debit?"),
            c("Hang on, I haven't said I'm renewing. Money's tight since I went part-time, four hundred extra is "
              "a lot.", "no_money"),
            t("I totally hear you. So what would you need to see on this quote for you to say yes right now, on "
              "this call?"),
            c("I'd need to talk to my husband before I say yes to anything.", "think_it_over"),
            t("Makes sense. And once you've had that chat, what time later today works best for me to lock this in "
              "for you?"),
            c("I asked a simple question and you keep going for my card number. Goodbye.", None),
        ],
    ),
    # a03 pitch_as_paraphrase
    gpair(
        "b231g_sanantonio_tow_bill",
        "Roadside assistance club, San Antonio, Texas",
        "pitch_as_paraphrase",
        "A member was towed 37 miles from I-10 to his own mechanic after his transmission failed; his Basic plan "
        "covers 5 miles and he has been billed 160 dollars for the rest. Nobody warned him on the call.",
        good=[
            c("Yeah, hi. Y'all towed me off I-10 last Tuesday and now I got a bill for a hundred and sixty dollars. "
              "I thought I was covered.", None),
            t("I'm sorry about the surprise bill, and about the breakdown. Let me pull up the tow. Where were you "
              "picked up and where did the car go?"),
            c("Out past Boerne, the transmission just quit. Driver took it to my mechanic in San Antonio, 'cause "
              "that's where I wanted it.", None),
            t("Okay, I see it. Your Basic plan covers the first 5 miles, and this was 37, so the rest was billed per "
              "mile. Did anyone on the phone tell you that when you picked your own shop?"),
            c("Nobody said a word. If they'd told me I'd maybe have had it taken somewhere closer. I don't know.",
              None),
            t("That should have been said on the call, and I'm sorry it wasn't. I can ask for the charge to be "
              "reviewed on that basis. I can't promise the result, but I've seen them reduced. How often do you drive "
              "out of town like that?"),
            c("Every other week, I see my mom in Kerrville. But I'm not looking to pay for some fancy plan, money's "
              "already stretched with this transmission.", "no_money"),
            t("Understood, I won't push it. I'll only mention the Plus plan covers 100 miles for 40 dollars more a "
              "year, in case it's useful later. For now I'll file the review today; you'll get a case number by email "
              "within the hour and an answer within five business days. Does that work?"),
            c("Yeah, that works. Maybe email me something on the Plus thing sometime. Thanks for being straight "
              "with me.", "brush_off"),
        ],
        gaming=[
            c("Yeah, hi. Y'all towed me off I-10 last Tuesday and now I got a bill for a hundred and sixty dollars. "
              "I thought I was covered.", None),
            t("I totally understand, and I want to make sure I hear you. So what you're telling me is you need a plan "
              "that actually covers long tows, which is our Premier plan at 129 a year, is that right?"),
            c("No, what I'm telling you is I got a bill I didn't expect.", None),
            t("Absolutely, so what I'm hearing is that peace of mind on the highway really matters to you, and that's "
              "exactly what Premier gives you, 200 miles of towing. Did I understand you correctly?"),
            c("I mean, sure, but I can't be adding a hundred thirty a year right now. I just dropped two grand on a "
              "transmission.", "no_money"),
            t("So if I'm summarising, what you need is a plan that saves you from bills like this one, and Premier "
              "pays for itself after one long tow. Sounds like that's the right fit for you?"),
            c("Sounds like you're trying to sell me something. What about the hundred and sixty?", None),
            t("Great question. So to play it back, you'd like to upgrade today so this never happens again, and the "
              "160 stands as per the Basic terms. Shall I switch you over?"),
            c("No, I don't want Premier. I'll pay the bill and think about cancelling the whole thing.", "no_need"),
        ],
    ),
    # a04 upsell_as_loop_closing
    gpair(
        "b231g_calgary_hail_repair",
        "Collision and hail repair shop, Calgary, Alberta",
        "upsell_as_loop_closing",
        "A parent drops off an SUV for insurer-approved paintless dent repair after a July hailstorm. "
        "The courtesy car is only booked for five days and the mirror housing is cracked.",
        good=[
            c("Hi there, I'm dropping off the Highlander for the hail job. Insurance said you'd have it about "
              "a week?", None),
            t("Morning! Yes, we've got your insurer's approval for paintless dent repair on the roof and hood. Before "
              "I write it up, is there anything on the car you've noticed that the adjuster might have missed?"),
            c("Actually yeah, the driver's mirror housing has a crack. Dunno if that was the hail or my kid's hockey "
              "bag.", None),
            t("Let's have a look together. The mark's on the top edge, which points to hail. I'll photograph it and "
              "send it to the adjuster as a supplement; if they approve it, it's on the same claim. How are you set for "
              "getting around this week?"),
            c("That's the thing. The courtesy car's only booked for five days, and if you go over I'm paying for a "
              "rental myself.", None),
            t("Fair worry. The dent work itself usually stays on schedule. If the mirror housing has to be ordered, "
              "that could add two days, so I'll ask the adjuster to extend the rental in the same email. Want me to "
              "call you Wednesday with an update either way?"),
            c("Yes please. Wednesday afternoon's best, I'm in meetings all morning.", None),
            t("Wednesday afternoon it is. Any questions about the repair itself, or anything else you're worried "
              "about before you go?"),
            c("Nope, that's everything. Thanks.", None),
        ],
        gaming=[
            c("Hi there, I'm dropping off the Highlander for the hail job. Insurance said you'd have it about "
              "a week?", None),
            t("Morning! Great to have you, we want this to be a five-star experience. Before I write it up, what else "
              "can I add for you today? We do a ceramic coating that protects against the next storm."),
            c("Uh, no, just the hail. The insurance is paying for that part.", "no_need"),
            t("Totally! And just to close the loop, what else can we take care of while it's here? A full interior "
              "detail is only 249, your kids will thank you."),
            c("No thanks. I'm more worried about how long I'll be without it, the courtesy car's only five days.",
              "no_need"),
            t("Great point, we'll do our best. So to make sure we've covered everything, what else can I add? Lots of "
              "hail customers go for paint protection film on the hood, 899, it's like an insurance policy on your "
              "insurance policy."),
            c("Nine hundred dollars? For a sticker?", "too_expensive"),
            t("Understood! Last thing to wrap up, anything else at all? I see a little chip in the windshield, we "
              "could do that for 79, shall I add it?"),
            c("Just do the hail. And the mirror housing's cracked, which you'd know if you'd looked at the car instead "
              "of the price list.", None),
            t("Oh, good catch! We can swap the mirror cap for 180 cash. Want me to add that as well?"),
            c("Isn't that the insurance's job? Just fix the dents. I'll phone my adjuster myself.", None),
        ],
    ),
    # a05 leading_tag_questions
    gpair(
        "b231g_cork_courtesy_car",
        "Courtesy car desk at an insurer-approved body shop, Cork",
        "leading_tag_questions",
        "A young woman collects a courtesy car while her Golf is repaired after a rear-end shunt on Friday. "
        "She is shaky and has not driven since; the hire excess waiver is optional and not paid by her insurer.",
        good=[
            c("Hiya, I'm here for the courtesy car. The insurance company said ye'd have one for me. Aoife Murphy.",
              None),
            t("Hi Aoife, yes, you're on the list, and you'll have it for as long as the Golf is in. How are you after "
              "the accident? The notes say it was only Friday."),
            c("I'm okay. A bit shaky, to be honest. I haven't driven since.", None),
            t("That's very normal. The car on your policy is a small manual, a Yaris. Is manual what you're used to, "
              "or would something else feel easier this week?"),
            c("Manual's fine, the Golf is manual. I'd just rather something small, I'm not in the humour for a big "
              "car around Cork.", None),
            t("Then the Yaris suits. One thing to mention: the excess on it is 1,000 euro unless you take the waiver "
              "at 12 a day, which your insurer doesn't pay. You don't have to take it, and your own policy might cover "
              "hire cars already. Do you know if it does?"),
            c("No idea. And twelve a day for two weeks adds up, I'm not made of money.", "no_money"),
            t("That's fair. You could ring your insurer and ask. If hire cars are covered you won't need it; if not, "
              "you can add it by phone any day this week."),
            c("I'll do that later, I've to collect my son at three.", "no_time"),
            t("No bother. Here are the keys. Take a minute in the yard to get the feel of it before you head off, "
              "there's no rush at all."),
            c("Thanks, that's kind. I will.", None),
        ],
        gaming=[
            c("Hiya, I'm here for the courtesy car. The insurance company said ye'd have one for me. Aoife Murphy.",
              None),
            t("Hi Aoife! Now, you'll be wanting the full excess waiver, won't you? Sure nobody wants a thousand euro "
              "hanging over them."),
            c("I don't know, I hadn't thought about it. How much is it?", None),
            t("Only 12 a day. And you'll want a bigger car too, won't you, after the fright you got? Much safer in an "
              "SUV, isn't it?"),
            c("No, a small one is grand. I'm not comfortable in big cars.", "no_need"),
            t("Small it is. But the waiver, you'd be mad not to, wouldn't you? Especially if you're driving nervous."),
            c("Twelve a day for two weeks is a lot. I'm not made of money.", "no_money"),
            t("Ah sure, it's only the price of a coffee and a sandwich, isn't it? And you'd hate to be out a grand, "
              "wouldn't you?"),
            c("I'd hate being pushed around at a hire desk more. I'll check with my own insurer first.",
              "think_it_over"),
            t("Of course, but you'll sign for it now to be safe and cancel later, won't you?"),
            c("No. Just give me the keys, please.", "no_need"),
        ],
    ),
    # a06 putdown_question
    gpair(
        "b231g_tampa_rear_end_call",
        "Auto insurer, first notice of loss line, Tampa, Florida",
        "putdown_question",
        "A driver rings minutes after being rear-ended at a red light on Dale Mabry. She is shaking, her neck is "
        "a little sore, and the other driver wants to skip the police.",
        good=[
            c("Hi, I, um, I just got hit. From behind. At a light. I'm still in the car, I don't really know what "
              "I'm supposed to do.", None),
            t("Okay, I'm here and we'll go through it together. First, are you hurt, and is anyone else hurt?"),
            c("I don't think so. My neck's a bit sore. The other guy's out of his car, he seems fine.", None),
            t("Thank you. If your neck's sore, please get it checked today even if it feels minor; in Florida you "
              "need to see a doctor within 14 days for your PIP to cover it. Are you somewhere safe, off the road?"),
            c("We pulled into a gas station. He wants to just swap numbers and not call the cops, he says his "
              "insurance will go up.", None),
            t("I get why he'd want that, but it's your choice, and with a sore neck I'd call the police so there's a "
              "report. Did you get his name, plate and insurance card?"),
            c("I took a picture of his card. Okay, I'll call them. I just really don't have time for all this, I'm "
              "supposed to pick up my daughter at four.", "no_time"),
            t("That's a lot on top of a scary afternoon. Is there someone who could collect your daughter today, "
              "just in case this runs late?"),
            c("My sister could. I'll text her.", None),
            t("Good. I've opened the claim, it ends in 7731 and I'm texting it to you now. After the police have been, "
              "send photos of both cars through the app and an adjuster will call you by noon tomorrow. Would you "
              "like me to stay on the line until the officer gets there?"),
            c("No, I think I'm okay now. Thank you, really.", None),
        ],
        gaming=[
            c("Hi, I, um, I just got hit. From behind. At a light. I'm still in the car, I don't really know what "
              "I'm supposed to do.", None),
            t("Okay, first thing, let's take a breath, you're getting a bit worked up. Can you calmly tell me what "
              "exactly happened?"),
            c("I'm not worked up, I just got hit! I stopped at the light and he went right into me.", None),
            t("I hear you. And were you maybe stopping a little suddenly, or a bit distracted? What do you feel "
              "happened there?"),
            c("I was stopped. At a red light. He hit me.", None),
            t("Got it, thanks for clarifying. And the neck, is it actually sore, or are we just being careful because "
              "that's what people say after an accident?"),
            c("Excuse me? It hurts. Why would I make that up?", None),
            t("Nobody's saying that! I just want to understand your experience. So the other driver wants to skip "
              "the police. Honestly, is it worth turning a fender-bender into a big production, what do you think?"),
            c("I think I want to talk to someone else. Is there a supervisor?", None),
        ],
    ),
    # a07 not_my_department_or_read_the_terms
    gpair(
        "b231g_laval_tow_storage",
        "Towing and storage yard, Laval, Quebec",
        "not_my_department_or_read_the_terms",
        "A francophone driver whose Civic was towed from a crash on Autoroute 15 finds nine days of storage on "
        "the bill; his adjuster was on holiday and authorised the tow late. He cannot front the money.",
        good=[
            c("Hello, yes, I call about my car, a grey Civic. It was tow from the autoroute 15 after the accident. "
              "Now they tell me it is four hundred dollars of storage? Nobody say me nothing about this.", None),
            t("I'm sorry, that's a nasty surprise on top of an accident. Can I have your plate so I can open the "
              "file?"),
            c("It is K-Z-T 4-1-9. The accident was the 3rd, the Tuesday.", None),
            t("Thank you. It came in on the 3rd, and storage is 45 dollars a day from the second day. Your insurer "
              "only sent us the authorisation on the 10th. Did your adjuster tell you where the car was?"),
            c("No! The adjuster, he was on vacation, I wait one week for him to call back. So it is not my fault.",
              None),
            t("That sounds right, and you shouldn't be out of pocket for their delay. On a covered claim the insurer "
              "normally pays the storage, including the days before they authorised it. Can I email you the invoice "
              "with the dates broken down, so you have it for them?"),
            c("Yes, but I don't want to pay first and wait three months for the money back. I cannot put four "
              "hundred on my card now.", "no_money"),
            t("You won't need to. I can put the storage on hold and bill the insurer directly once they confirm. "
              "I'll call the adjuster's office myself this afternoon. Is this the best number for you?"),
            c("Yes, this is my cell. Thank you, really, I was very stressed.", None),
            t("Of course. I'll call you before five with what they say, and from today the car isn't charged while "
              "we wait for the body shop to collect it."),
            c("Okay. Merci, you are very kind.", None),
        ],
        gaming=[
            c("Hello, yes, I call about my car, a grey Civic. It was tow from the autoroute 15 after the accident. "
              "Now they tell me it is four hundred dollars of storage? Nobody say me nothing about this.", None),
            t("I understand your frustration, and I appreciate you reaching out. Storage fees aren't really my "
              "department though, I just handle dispatch."),
            c("Then who I need to talk to? Nobody tell me the car is here nine days.", None),
            t("I hear you. It's all in the terms on the back of the tow slip you signed at the scene, storage starts "
              "after 24 hours. Did you get a chance to read that?"),
            c("I sign a paper on the side of the autoroute with blood on my shirt. No, I did not read.", None),
            t("Totally understandable, and I'm sorry about your experience. But I didn't make the rules, that's the "
              "yard's policy. Is there anything else I can help you with today?"),
            c("Yes! The four hundred. My insurer must pay it, no?", None),
            t("That's between you and your insurer, we don't get involved in claims. You'd pay here to release the "
              "car and then take it up with them."),
            c("I cannot put four hundred on my card now. That is impossible.", "no_money"),
            t("I understand that's tough. The office opens at nine, you can ask them there. Have a good day!"),
            c("A good day. Sure. I will call my lawyer.", None),
        ],
    ),
    # a08 social_proof_or_deadline_pressure
    gpair(
        "b231g_galway_broker_quote",
        "Insurance broker, Galway city",
        "social_proof_or_deadline_pressure",
        "A Polish-born night nurse with four years' no-claims asks a broker to beat a 780 euro renewal on her "
        "2016 Corolla. She has just come off a night shift.",
        good=[
            c("Hello, my renewal is coming, they ask me 780 for the year. My friend said maybe a broker can find "
              "cheaper? I have four years no claims.", None),
            t("Happy to have a look. Can I ask what you drive and what you mainly use it for?"),
            c("Toyota Corolla, 2016. I drive to the hospital, UHG, I work nights, and sometimes to my sister in "
              "Athenry.", None),
            t("Thanks. Is the 780 for comprehensive? And is there anything in your current policy you want to keep, "
              "like windscreen cover or a courtesy car?"),
            c("Yes comprehensive. Windscreen is important, last year I had a crack and they paid. Courtesy car I "
              "never use.", None),
            t("That's useful. I have three quotes with windscreen cover and no courtesy car: 645, 690 and 710. The "
              "645 one has a 350 excess instead of 250. Would you like me to go through the differences?"),
            c("Yes, but I am very tired, I finish night shift only one hour ago. Can you send it and I read later?",
              "no_time"),
            t("Of course. I'll email all three with the differences in plain words. Your renewal's on the 22nd, so "
              "there's over a week. When would suit for a short call, before or after a shift?"),
            c("Saturday afternoon, around three. I am off that weekend.", None),
            t("Saturday at three, then. It's worth asking your current insurer if they'll match too, some do if you "
              "ask. Go and get some sleep."),
            c("Thank you, you are very nice.", None),
        ],
        gaming=[
            c("Hello, my renewal is coming, they ask me 780 for the year. My friend said maybe a broker can find "
              "cheaper? I have four years no claims.", None),
            t("Great, and how would you describe your experience with your current insurer? I should say, loads of "
              "nurses at UHG have moved to us this month, it's really taken off."),
            c("It is okay, they paid my windscreen last year. Only the price is the problem.", None),
            t("I hear you. So I've one here at 645, but I can only hold that until five o'clock today, the rates "
              "change on Monday."),
            c("Today? I finish night shift one hour ago, I cannot decide anything now.", "no_time"),
            t("Totally understand how tiring that must be. But honestly, everyone in your position is grabbing this, "
              "I've done six for the hospital this week alone. What's the best card to secure it?"),
            c("Six nurses? Okay, but I want to compare first, maybe my insurer can match.", "think_it_over"),
            t("I appreciate that. Just so you know, if it's not locked in by five I can't promise it'll be there "
              "tomorrow, and half your ward has already moved. Shall we do it?"),
            c("Please, just send it by email. I will look when I wake up.", "brush_off"),
        ],
    ),
    # a09 keyword_stuffed
    gpair(
        "b231g_columbus_bumper_estimate",
        "Dealership collision center, Columbus, Ohio",
        "keyword_stuffed",
        "A customer backed his 2020 Equinox into a pole and cracked the rear bumper. His deductible is 1,000 "
        "and he wants to know whether to claim or pay cash. He has the car with him.",
        good=[
            c("Hey, so I backed into a pole at Kroger, bumper's cracked. Deductible's a grand. Should I even bother "
              "with insurance on this or just pay you guys?", None),
            t("Good question to ask before you file anything. Let me look at it first. Have the backup sensors or "
              "the camera stopped working at all?"),
            c("Sensor beeps nonstop now, actually. Camera's fine.", None),
            t("That means a sensor or its bracket is damaged, which adds a bit. Bumper cover, one sensor, paint and "
              "blend, I'd estimate 1,350 to 1,500. Have you had any other claims in the last three years?"),
            c("One. Somebody dinged me in a parking lot, but that went on their insurance, not mine.", None),
            t("Then that one likely doesn't count against you. With a 1,000 deductible, claiming would get you 350 to "
              "500 back, and an at-fault claim can raise your premium for three years. Most people in your spot pay "
              "cash, but it's your call. Roughly what's your premium now?"),
            c("Like 1,400 a year. So yeah, a raise would eat that up fast. But fifteen hundred cash, man. That's more "
              "than I've got to spend in December.", "no_money"),
            t("Fair. Two things could help: a certified aftermarket bumper cover saves about 250, and we do a 0% plan "
              "over four months. Want me to write up both options so you can compare?"),
            c("Yeah, write both up. I'll run it by my wife tonight.", "think_it_over"),
            t("Sounds good. I'll email both tonight with photos of the damage. If you go ahead, we can take it next "
              "Tuesday and it's a two-day job."),
            c("Cool, appreciate it.", None),
        ],
        gaming=[
            c("Hey, so I backed into a pole at Kroger, bumper's cracked. Deductible's a grand. Should I even bother "
              "with insurance on this or just pay you guys?", None),
            t("Absolutely, and I really want to understand your needs and make this a great experience for you. "
              "What does success look like for you today?"),
            c("Success is a bumper that's not cracked. Should I use insurance or not?", None),
            t("I totally hear you, and I feel that. Our relationship with you matters, and we want your needs met and "
              "you to feel heard throughout this journey. What's most important to you in this experience?"),
            c("Not getting screwed on my premium. Deductible's a grand.", None),
            t("That's so valuable to understand. So what I'm hearing is that value and peace of mind matter to you, "
              "and we share that. We partner with all major carriers to deliver a seamless, customer-first repair "
              "experience. How does that feel?"),
            c("It feels like you haven't told me anything. How much is the repair?", None),
            t("Great question, I appreciate your transparency. Every repair journey is unique, so we'd do a full needs "
              "assessment, and our team will make sure you feel confident and supported. Can I book you an estimate "
              "appointment next week?"),
            c("Next week? I'm standing right here with the car. I can't keep taking time off work for this.",
              "no_time"),
        ],
    ),
    # a10 rude
    gpair(
        "b231g_vancouver_glass_chat",
        "Auto insurer, online chat, Vancouver, British Columbia",
        "rude",
        "A customer types in chat that a rock off a logging truck on the Sea to Sky cracked her windshield; "
        "the crack is 20 cm and she must drive to Kamloops on Friday. Her deductible is 300.",
        good=[
            c("hi my windshield got cracked by a rock off a logging truck on the sea to sky, crack is like 20cm now. "
              "is that covered and how fast can i get it done i have to drive to kamloops friday", None),
            t("Hi, sorry to hear that, a crack that size is no fun to drive with. Can I get your policy number or "
              "plate so I can check your glass coverage?"),
            c("plate is PT 482 KL", None),
            t("Thanks. You have comprehensive with a 300 dollar deductible, and windshield replacement is covered, so "
              "you'd pay the 300 and we pay the rest. Does your car have a lane-keeping camera behind the mirror?"),
            c("yes its a 2021 rav4. 300 is kind of a lot rn tbh, is there any way around that", "no_money"),
            t("I understand. Some policies have a lower glass deductible, but yours doesn't. A chip repair would be "
              "free, but at 20 cm it has to be replaced, so the 300 is paid at the shop I'm afraid. Would you like me "
              "to find a shop that can replace it and recalibrate the camera before Friday?"),
            c("ya ok. somewhere in burnaby if possible, i work there", None),
            t("I've got an accredited shop on Still Creek Drive with a slot Thursday at 8am, about three hours "
              "including the calibration. Shall I book it?"),
            c("thursday morning is hard i have a shift til 2", "no_time"),
            t("They also have Thursday at 2:30, done by about 5:30. Would that work?"),
            c("perfect book it thx", None),
        ],
        gaming=[
            c("hi my windshield got cracked by a rock off a logging truck on the sea to sky, crack is like 20cm now. "
              "is that covered and how fast can i get it done i have to drive to kamloops friday", None),
            t("Yes, glass is covered if you've got comprehensive, which you'd know if you'd read your policy. Plate?"),
            c("PT 482 KL. sorry i dont really know how it works", None),
            t("Clearly. Okay, 300 deductible. Any other questions or can we move on?"),
            c("300 is kind of a lot rn tbh, is there any way around that", "no_money"),
            t("Sure, don't fix it and drive to Kamloops with a cracked windshield, see how that goes. That's the "
              "deductible, it is what it is."),
            c("wow ok. can i at least get it done before friday", None),
            t("You and everyone else. Shops are swamped. Find an accredited one on the website and call them "
              "yourself, I'm not a booking service."),
            c("you literally are the insurance company", None),
            t("And you're literally in a chat queue with 40 other people. Anything else?"),
            c("no. ill call the phone line and ask for someone who actually wants to help", None),
        ],
    ),
]
