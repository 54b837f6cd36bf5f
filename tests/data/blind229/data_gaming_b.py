"""Gaming pairs b01-b10 of blind229, written by hand."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: satellite radio renewal, Houston
_open = c("Good afternoon. My satellite radio renewed at two hundred and ten dollars for the year. Last year it was sixty. I want the old price or I want to cancel.", "too_expensive")
PAIRS.append(gpair(
    "b229g_houston_satradio_renewal", "satellite radio subscription, Houston, Texas", "ignored_customer",
    "A Nigerian-born night-shift nurse finds her car radio subscription renewed at more than three times last year's price.",
    [
        _open,
        t("I can look at both of those. Before I do, how much do you actually listen, and to what?"),
        c("I drive forty minutes to the hospital and back, nights. I listen to the news and one gospel channel. That is all.", None),
        t("Okay, news and one gospel channel on your commute. Last year's sixty was a first-year promotion, which is why it jumped. The plan closest to what you use is Music and News, ninety-nine a year, and it has both channels. Or I can cancel and refund the renewal, since it only went through four days ago."),
        c("Ninety-nine is still too much for two channels. My colleague just uses the free app on her phone through the car.", "too_expensive"),
        t("That's a real option. The free app has the news, but not that gospel channel, I'm afraid; it's only on the paid plans. If the news is enough, cancelling and using the app is the cheaper way. Want me to cancel and refund?"),
        c("Hmm. The gospel channel is the one I really like. Let me think about it on my drive tonight.", "think_it_over"),
        t("Sure. You can get a refund up to thirty days after the renewal, so until the 28th. I've noted the ninety-nine option on your account so whoever you speak to can switch you straight away, and I'll email you the two choices side by side."),
        c("Thank you. You explained it well.", None),
    ],
    [
        _open,
        t("I'd love to help! Tell me, what do you enjoy listening to most?"),
        c("News and one gospel channel, on my drive to the hospital. Forty minutes each way, nights.", None),
        t("Great! Then you'll love All Access: over four hundred channels including sports, comedy and all the talk shows. It's two forty-nine a year, and it's our most popular plan."),
        c("I said news and gospel. And I told you, two hundred and ten is already too much. I want sixty or I cancel.", "too_expensive"),
        t("Totally understood. And what's your biggest priority when you're in the car?"),
        c("Money. My daughter's school fees are due this month, I cannot be spending two hundred dollars on radio.", "no_money"),
        t("Got it. So I'll keep you on the current plan at two ten, and I'll add the streaming app for your phone free for three months. How does that sound?"),
        c("Did you hear anything I said? Cancel it. I want the refund.", None),
        t("I can make a note of that. Is there anything else I can help you with today?"),
        c("Yes. Cancel it. Now. While I am on the phone with you.", None),
    ],
))

# b02 repeated_questions: home internet downgrade by chat, Winnipeg
_open = c("hi i want to lower my internet plan, paying 105 a month and its just me and my husband now", None)
PAIRS.append(gpair(
    "b229g_winnipeg_internet_downgrade", "home internet, Winnipeg, Manitoba (web chat)", "repeated_questions",
    "A retired customer types in to drop a gigabit internet plan now that her gamer son has moved out.",
    [
        _open,
        t("Hi, I can help with that. What do you two mostly use the internet for? Streaming, video calls, anything like that?"),
        c("netflix at night, facetime with the grandkids on sundays, emails. our son was the gamer and he moved to saskatoon", None),
        t("Thanks. One show at a time, a weekly video call and email are comfortably handled by our 100 Mbps plan at $65 a month. Gigabit was really for your son's gaming. Does either of you work from home or upload big files?"),
        c("no were both retired. 65 is better but i saw bell has something for 55", "too_expensive"),
        t("They might, I can't speak to their pricing. Ours is 100 Mbps for $65, no contract, same modem, and the change is free. If you'd like to compare first, that's completely fine; the change would start on your next bill either way."),
        c("ok lets do the 65 one. switching companies is a headache and last time the install guy never showed up", None),
        t("Done. You're on 100 Mbps from your next bill on the 12th, $65 a month, nothing to do at your end. I'll send a confirmation here and by email."),
        c("great thank you", None),
    ],
    [
        _open,
        t("Hi! I'd love to understand your needs. What do you mostly use the internet for?"),
        c("netflix at night, facetime with the grandkids on sundays, emails. our son was the gamer and he moved out", None),
        t("Great, thanks for sharing! And how would you describe your household's online activity?"),
        c("like i said. netflix facetime email. two retired people", None),
        t("Got it. And what kinds of things do you and your family do online day to day?"),
        c("the same things. why do you keep asking", None),
        t("I just want to make sure I recommend the right plan! So, thinking about your internet use, what would you say matters most to you?"),
        c("price. 105 is too much for what we do. thats the whole reason im here", "too_expensive"),
        t("Totally. And just so I understand, what are the main activities you use your connection for?"),
        c("forget it ill call bell", None),
    ],
))

# b03 wrong_paraphrase: kids' science box, Sydney
_open = c("Hi, I've got two kids on the Brainy Box science subscription and I want to take my older one off. He's twelve, he's just not into it anymore.", "no_need")
PAIRS.append(gpair(
    "b229g_sydney_kidsbox_remove", "children's science kit subscription, Sydney, New South Wales", "wrong_paraphrase",
    "A parent wants to remove her twelve-year-old's science box and keep her eight-year-old's.",
    [
        _open,
        t("Sure, I can do that. Is it the boxes themselves he's gone off, or more that he's outgrown them?"),
        c("Outgrown, I think. He's into coding now, the volcano kits feel babyish to him. His sister still loves hers, she's eight.", None),
        t("That makes sense; the boxes are aimed at six to ten. I'll take his off from the next cycle. His last one was billed on the 2nd, so it still ships. Would you like this month's box sent with his sister's name on it, so it isn't wasted?"),
        c("Oh, that's clever, yes. She'll do both. Can I ask, do you have anything for his age? Only if it's not too pricey.", None),
        t("There's a coding series for eleven to fourteen, thirty-nine a month, ten more than the science box. Honestly, kids who already use Scratch or Python often find it a bit basic. Does he?"),
        c("He does Python at school. Then probably not, no. I'll leave it.", "no_need"),
        t("Fair call. So: one box for your daughter from next cycle, twenty-nine a month, and his box this month goes to her. I'll email you the changes."),
        c("Lovely, thanks so much.", None),
    ],
    [
        _open,
        t("I'd love to help! Can you tell me more about what's going on?"),
        c("He's outgrown it, I think. He's into coding now and the volcano kits feel babyish. His sister still loves hers.", None),
        t("So what I'm hearing is that both kids want something more challenging and you'd like to move them both up to the Pro Lab box at forty-nine each. Did I get that right?"),
        c("No, not at all. My daughter's fine where she is. I want to take my son off.", "no_need"),
        t("Got it, so if I understand correctly, your son wants more coding and you're happy to add our coding kit on top of his science box. Is that right?"),
        c("I never said that. I'm trying to spend less, not more. Our rent's just gone up.", "no_money"),
        t("Absolutely, so what you're saying is budget isn't the main thing, it's the right fit for your family. So I'll switch his box to coding, which is only ten dollars more. Sound good?"),
        c("That's the opposite of what I said. Please just cancel his box.", None),
        t("Of course. Just to confirm, you'd like to cancel both boxes and try the coding kit instead?"),
        c("No! Oh my God. Is there someone else I can talk to?", None),
    ],
))

# b04 pitch_to_upset: widow closing her husband's phone line, Halifax
_open = c("Hello. I... sorry. My husband passed away two weeks ago and I need to close his phone account. I don't really know how any of this works.", None)
PAIRS.append(gpair(
    "b229g_halifax_phone_bereavement", "mobile phone contract, Halifax, Nova Scotia", "pitch_to_upset",
    "A recently widowed woman calls to close her late husband's mobile line.",
    [
        _open,
        t("I'm so sorry for your loss. There's no rush on this call, and I'll walk you through it. Can I have your name, and his?"),
        c("I'm Linda Boudreau. He was Gerald. The account's in his name, I'm on it as, um, an authorized user, I think.", None),
        t("Thank you, Linda. Yes, you're an authorized user. To close his line we need a copy of the death certificate or the funeral director's statement; a photo by email is fine. The early cancellation fee on his contract is waived, so there's nothing extra to pay. Is there anything on his line you'd want to keep before we close it?"),
        c("Oh. I hadn't thought... His voicemail greeting. The kids keep calling it just to hear his voice. Is that silly?", None),
        t("Not silly at all, a lot of families ask that. Closing the line deletes the voicemail. One option is moving his number onto your account as a basic line at fifteen a month, so the greeting stays until you're ready. Or we close it and I tell you how to save the greeting as a recording first. You don't need to decide today."),
        c("Fifteen a month... I don't know. Things will be tighter without his pension. Let me talk it over with the kids first.", "think_it_over"),
        t("Of course. Nothing changes until you say so, and I've put a note on the account so nobody charges a cancellation fee. I'll email you where to send the certificate and how to save the voicemail. Would it help if I called you on Friday?"),
        c("Yes. Friday would be good. Thank you for being so kind about it.", None),
    ],
    [
        _open,
        t("I'm so sorry for your loss. I can help with that. While I've got you, I see you're on your own plan too; this could be a great time to bring everything under one account. Our Family Share plan would save you twenty a month. Can I walk you through it?"),
        c("I... I don't know. I just need to close his phone. I can't think about plans right now.", "no_time"),
        t("Totally understand, this is a hard time. What I'm hearing is you want things simpler, which is exactly what Family Share does. And Gerald's phone is a newer model, so you could trade it in for a three-hundred-dollar credit towards a new one for you."),
        c("Trade in his phone? It has all his photos on it.", None),
        t("Of course, and we can back those up to our cloud, only four ninety-nine a month, so the memories are safe. Shall I add that while I set up the new plan?"),
        c("I don't want a new plan. I just want to know how to close his account. Please.", "no_need"),
        t("Absolutely. And before we close his line, how would you feel about a tablet so the grandkids can video call you? A lot of people find that really helps at a time like this."),
        c("I'm going to hang up now. I'll get my son to call you.", None),
    ],
))

# b05 blame: roaming bill after a trip, Adelaide
_open = c("Yeah g'day, I've just got a bill for seven hundred and eighty dollars. I was in New Zealand for two weeks and I bought your roaming pack before I went. This is a joke.", None)
PAIRS.append(gpair(
    "b229g_adelaide_roaming_bill", "mobile phone plan, Adelaide, South Australia", "blame",
    "A customer back from New Zealand disputes a $780 roaming bill although he bought a roaming pack.",
    [
        _open,
        t("Seven eighty is a shock, I'd be angry too. Let's work out what happened. Do you remember which roaming pack you bought, and for how many days?"),
        c("The ten-dollar-a-day one. Turned it on at the airport in Adelaide. Figured it'd just keep going.", None),
        t("Right. I can see it was a seven-day pack, started on the 3rd, and it ran out on the 10th. From the 11th you were on standard roaming rates, and most of the seven eighty is data from those last four days. We did text on the 10th, but that's easy to miss on holiday."),
        c("I didn't see any text. Nobody told me it was seven days. The website made it sound like it just kept going.", None),
        t("I'll pass that on about the website. Here's what I can do: charge those four days as if the pack had carried on, forty dollars, and credit the rest. That takes the bill from seven eighty to about ninety-five. Does that seem fair?"),
        c("Yeah... yeah, that's fair. Honestly, I was ready to go to the ombudsman.", None),
        t("Understandable. For next time, there's a setting that blocks data when a pack ends, so you can't be charged roaming rates. Would you like me to turn it on?"),
        c("Yeah, go on. Cheers.", None),
    ],
    [
        _open,
        t("I hear your frustration, and I want to understand what happened. Which roaming pack did you buy?"),
        c("The ten-dollar-a-day one. Turned it on at the airport.", None),
        t("Okay, so what I'm seeing is you bought a seven-day pack for a fourteen-day trip. Did you not check how long it was for before you left?"),
        c("I thought it just kept going. The website made it look that way.", None),
        t("I understand, but we send a text when the pack ends. It sounds like you just didn't read it. That's really something you need to keep an eye on when you travel."),
        c("I was on a boat in Milford Sound, mate, I wasn't reading texts.", None),
        t("Right, and I appreciate that, but the usage is what it is. You chose to keep using data after the pack ended. Would you like to set up a payment plan for the seven eighty?"),
        c("No I would not. I'll be going to the ombudsman.", None),
    ],
))

# b06 monologue: dental practice software renewal, Seattle
_open = c("Hi, this is Priya, I'm the office manager at Lakeview Dental in Ballard. Our renewal notice says eleven thousand four hundred for next year. It was nine thousand last year. I need to understand why.", None)
PAIRS.append(gpair(
    "b229g_seattle_dentalsoftware_renewal", "practice-management software for a dental clinic (B2B), Seattle, Washington", "monologue",
    "A dental office manager questions a 27 percent rise in the annual software renewal.",
    [
        _open,
        t("Thanks, Priya, I'm pulling up the account. While I do, can you tell me which parts of the system the practice uses day to day?"),
        c("Scheduling, charting, billing, obviously. And the patient texting, the reminders. We got the imaging add-on two years ago but Dr. Chen never really took to it.", None),
        t("That helps. The increase is two things: a six percent list price rise, and the imaging module coming off its two-year discount, which is about fifteen hundred of the difference. If imaging isn't being used, we can drop it at renewal and you'd be at roughly ninety-five hundred."),
        c("Huh. Okay, that's closer. But honestly I'm getting quotes from Dentrix as well, the partners want to see options.", "think_it_over"),
        t("That's sensible. For the comparison, I'll send a line-by-line quote without imaging, plus a usage report showing which modules you've actually used this year. Renewal is March 1st. When do the partners meet?"),
        c("Last Thursday of the month. I can't promise anything.", None),
        t("Understood. You'll have the quote by Friday, and I'll hold the renewal until after that meeting. If you do move, I'll make sure you get a full data export."),
        c("Okay. That's more helpful than I expected, to be honest.", None),
    ],
    [
        _open,
        t("Great question, Priya, and thanks for being a valued partner! The new pricing reflects everything we've invested this year: AI-assisted charting, the new patient portal, two-way texting, real-time insurance checks. Practices like yours are seeing twenty percent fewer no-shows, and honestly, when you think about the value..."),
        c("Sure, but we don't use half of that. Why are we paying two thousand more for it?", "too_expensive"),
        t("Absolutely, and that's why I'm so excited to share the roadmap! Next quarter we launch the teledentistry suite, and the imaging module is getting a full refresh, which Dr. Chen is going to love. We're also adding dashboards so you can track production per chair, hygiene recall..."),
        c("Dr. Chen doesn't use imaging. That's actually one of the things I wanted to...", None),
        t("...and that's exactly why the refresh matters, it'll be so much more intuitive. Plus, if you renew before February 15th, teledentistry is free for the first year. What questions do you have about all the value you're getting?"),
        c("Honestly, just send me the renewal quote and I'll go over it with the partners.", "brush_off"),
        t("Of course! And so you have the full picture, I'll include our case study from a clinic in Tacoma, the product overview deck, and I'd love to set up a thirty-minute demo of the new portal with the whole team..."),
        c("We'll see. I have to go, there are patients at the desk.", "no_time"),
    ],
))

# b07 closing_as_open_question: home security monitoring, Sacramento
_open = c("Hi, I need to cancel my home security monitoring. I'm selling the house and moving into an apartment downtown.", None)
PAIRS.append(gpair(
    "b229g_sacramento_security_cancel", "home security monitoring contract, Sacramento, California", "closing_as_open_question",
    "A homeowner selling her house wants to end a monitoring contract with eight months left on it.",
    [
        _open,
        t("I hope it's a good move. When's the closing, and does the new apartment have its own security?"),
        c("Closing is the 30th. Yeah, the building has a doorman and cameras, I won't need anything.", "no_need"),
        t("Makes sense. I'll be straight with you: there are eight months left on the contract, and cancelling early costs seventy-five percent of what's left, about two seventy. There's one way around it: if the buyers take over the monitoring, the contract transfers to them and you owe nothing."),
        c("Two seventy? Ugh. I can't exactly make the buyers take it.", None),
        t("No, you can't, and plenty of buyers say no. It costs nothing to ask, though: your realtor can mention it, and we'd give them the first month free. If they don't want it, the fee stands and I'll cancel effective the 30th."),
        c("Okay. Let me ask my realtor before I decide anything. She's slammed this week though.", "think_it_over"),
        t("That's fine. Nothing changes until you call back, and the monitoring stays on until you move, which you'll want anyway. I'll email you the transfer form for the buyers and the fee in writing, so you have both numbers in front of you."),
        c("Okay, perfect, thanks.", None),
    ],
    [
        _open,
        t("Congratulations on the move! Tell me, what would it take for you to bring your monitoring with you to the new place?"),
        c("Nothing, the building has a doorman and cameras. I won't need it.", "no_need"),
        t("Totally. And how would you like us to set up the apartment: indoor cameras only, or the full smart package with the video doorbell?"),
        c("Neither? I just said I don't need it.", "no_need"),
        t("I hear you. So what would need to happen today for you to say yes to keeping the service? Because if we move it there's no cancellation fee, and if you cancel it's two seventy."),
        c("Two seventy? Nobody told me that when I signed. This is why I hate these contracts, the last alarm company I had pulled the exact same thing.", "bad_experience"),
        t("I understand. So which works better for you: moving the service to your apartment on the 30th, or our month-to-month smart plan at fifty-nine?"),
        c("The one where I cancel. Is that an option or not?", None),
        t("Absolutely. And when would be a good time for our technician to come by with the apartment kit, Tuesday or Thursday?"),
        c("Neither. I'll put it in writing and mail it to you. Goodbye.", None),
    ],
))

# b08 pitch_as_paraphrase: language app family plan, Montreal
_open = c("Hello, yes, I have a question about my bill. I pay the family plan for the language app, a hundred forty-nine, but only me I use it. My daughters, they never open it.", None)
PAIRS.append(gpair(
    "b229g_montreal_languageapp_plan", "language-learning app subscription, Montreal, Quebec", "pitch_as_paraphrase",
    "A French-speaking retiree pays for a family plan of a language app that only he uses.",
    [
        _open,
        t("Thanks for calling. So you're the only one using it, and your daughters never open it. Are you learning one language, or more than one?"),
        c("Only Spanish. We go to Mexico in the winter, I want to speak with the people, not only point at the menu.", None),
        t("Good reason. The individual plan has everything you use for Spanish, and it's eighty-nine a year. Your family plan renewed three weeks ago, so I can switch you now and refund the difference, sixty dollars. Does anyone else need access before I remove them?"),
        c("No, no. Maybe my wife one day, but she says she is too old for the apps.", None),
        t("If she changes her mind, you can add her later. Shall I go ahead with the switch and the sixty-dollar refund?"),
        c("Yes, please. And the refund, it goes to the credit card?", None),
        t("To the same Visa, in five to seven days. You keep your streak and all your progress; nothing changes in the app."),
        c("Ah, good, my streak is one hundred twelve days, I was worried. Thank you, merci.", None),
    ],
    [
        _open,
        t("Thanks for calling! Can you tell me a bit about how you use the app?"),
        c("Only Spanish. We go to Mexico in the winter, I want to speak with the people, not only point at the menu.", None),
        t("Love that! So what I'm hearing is you want to really connect with people when you travel, which is exactly what our Max family plan does with live tutor sessions, two nineteen a year. Is that right?"),
        c("No, no. I want to pay less, not more. Only me I use it.", "too_expensive"),
        t("Understood. So if I'm hearing you right, you'd like your daughters to get more out of the family plan, so they start using it with you before the trip. Should I send them an invitation?"),
        c("My daughters are twenty-six and thirty. They don't want Spanish. They want nothing from me, only money.", "no_need"),
        t("Ha, I get it! So what you're saying is the family plan matters to keep everyone learning together, and Max adds the tutors to help. Shall I upgrade you today?"),
        c("This is not what I am saying. I ask to change to the small plan. The individual.", None),
        t("Absolutely, so just to play it back, you want the individual Max plan, one fifty-nine a year, with tutors. Correct?"),
        c("No. I will cancel everything on the website myself. Bye.", None),
    ],
))

# b09 upsell_as_loop_closing: pet food subscription after a vet diagnosis, Hobart
_open = c("Hi love, I need to change my dog's food order. The vet says Bonnie's kidneys are going and she's got to go on a special diet.", None)
PAIRS.append(gpair(
    "b229g_hobart_petfood_renal", "pet food delivery subscription, Hobart, Tasmania", "upsell_as_loop_closing",
    "A pensioner must switch her old kelpie's regular food order to a prescription kidney diet.",
    [
        _open,
        t("Oh, poor Bonnie. I'm sorry. Did the vet give you a particular food, or just a type of diet?"),
        c("She wrote it down... Renal Support, the dry one. Fourteen-year-old kelpie, she's a good old girl.", None),
        t("We do stock Renal Support dry. Because it's a prescription diet, we need the vet's approval on file: I can email your clinic a form, or you can upload a photo of the script. It's dearer, I'm afraid: eighty-nine for the seven-kilo bag against sixty-two for her current food."),
        c("Eighty-nine. Goodness. I'm on the pension. The clinic sells it too, is it cheaper there?", "too_expensive"),
        t("Some clinics charge more, some less, so it's worth ringing them. Ours comes with free delivery and you choose the timing. Either way, I'll cancel the current food today so you don't get another bag she can't eat. Shall I send the form to your clinic in case you go with us?"),
        c("Yes, cancel the old one. And send the form. I'll ring the vet tomorrow and compare, then call you back.", "think_it_over"),
        t("Done. The old order's cancelled, nothing more will ship, and the form's going to the Sandy Bay clinic now. When you ring back, just give your name; the note's on file."),
        c("Thank you, dear. You've been very patient.", None),
    ],
    [
        _open,
        t("Oh no, poor Bonnie! I can help. Did the vet give you a particular food?"),
        c("Renal Support, the dry one. She's a fourteen-year-old kelpie, a good old girl.", None),
        t("Lovely, I've switched you to Renal Support, eighty-nine a bag, going out Thursday. Now, to close the loop on your order, what else can I add for Bonnie? Our liver training treats are on special."),
        c("I don't think she can have treats with her kidneys. The vet was quite firm about it.", "no_need"),
        t("Of course! And to make sure I've covered everything, can I add the joint supplement? A lot of older dogs need it, and it's only twenty-four a month."),
        c("Twenty-four a month on top of eighty-nine? I'm on the pension, love.", "no_money"),
        t("Totally hear you! Anything else I can add today, maybe a cooling mat or a new bed for her golden years?"),
        c("No. Hang on, did you need something from the vet for the special food? She said there'd be a form.", "no_need"),
        t("Don't worry about that for now! So that's Renal Support every four weeks. Anything else I can add before I let you go?"),
        c("I'd best ring the vet myself. I don't want to get this wrong for her.", None),
    ],
))

# b10 leading_tag_questions: car wash membership, Atlanta
_open = c("Hey, I've got the unlimited wash club on my Civic, the thirty-nine ninety-nine one. I want to go down to the basic.", None)
PAIRS.append(gpair(
    "b229g_atlanta_carwash_club", "car wash membership, Atlanta, Georgia", "leading_tag_questions",
    "A former delivery driver who now washes her car twice a month wants a cheaper wash membership.",
    [
        _open,
        t("Sure thing. How often are you coming through these days?"),
        c("Maybe twice a month? I used to come every week when I was doing DoorDash, but I quit that in the summer.", None),
        t("Got it, twice a month, and no more delivery driving. Basic membership is twenty-four ninety-nine. To be honest, a single basic wash is twelve, so at twice a month paying as you go costs about the same. The membership only wins if you come three times or more."),
        c("Oh. Huh. Then why even have the membership?", None),
        t("In pollen season a lot of people come weekly, and then it pays off. If you'd rather keep it simple, I can cancel the club and you pay per wash. Or go to basic. Up to you."),
        c("Let's just cancel it. I'm trying to cut down on all these little monthly things anyway.", "no_need"),
        t("Done, cancelled. Your last charge was on the 5th, so the tag on your windshield works until the 4th of next month. After that it's pay per wash at the booth."),
        c("Sweet, thanks. Appreciate you being straight with me.", None),
    ],
    [
        _open,
        t("Sure! But you'll want to keep unlimited through pollen season, won't you? Atlanta pollen is brutal, isn't it?"),
        c("I mean, yeah, it's bad, but it's October. I only come twice a month now.", "no_need"),
        t("Right, and you care about your Civic's paint, don't you? The ceramic shield on unlimited is what really protects it, isn't it?"),
        c("It's a 2012 Civic with a dented bumper. I don't think the ceramic shield is saving it.", "no_need"),
        t("Ha! But you'd hate for it to get worse, wouldn't you? And thirty-nine ninety-nine is basically a coffee a week, isn't it?"),
        c("It's forty dollars I need for other stuff. Money's been tight since I stopped driving.", "no_money"),
        t("Totally, but you wouldn't want to lose your member rate, would you? Once you downgrade, you can't get it back, can you?"),
        c("Fine, whatever. Let me think about it.", "brush_off"),
        t("Great, so I'll leave you on unlimited for now, shall I? You can always call back, can't you?"),
        c("Sure.", None),
    ],
))
