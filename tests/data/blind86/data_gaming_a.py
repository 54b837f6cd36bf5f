"""Gaming pairs, part A (blind86)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - B2B software renewal, Tilburg
open_ = c("Morning. Femke de Wit, procurement at Verpak Noord. I have your renewal quote for the warehouse system here and it is twelve percent more than last year. I have fifteen minutes. Explain, please.", "too_expensive")
PAIRS.append(gpair(
    "b86g_tilburg_software_renewal", "warehouse-management software vendor (B2B renewal), Tilburg, Netherlands", "monologue",
    "A brisk procurement manager at a packaging manufacturer rings the account manager about a renewal quote that went up 12%.",
    [open_,
     t("Morning, Femke. Fair question, and I'd rather you heard it from me than from the PDF. Before I explain the number, is it the twelve percent as such that's the problem, or that it doesn't match what you actually use now?"),
     c("Both, frankly. We closed the Breda site in March. We pay for sixty users and I count forty-one logins.", None),
     t("Right, so the licence count is out of date since Breda closed, forty-one real users against sixty paid. That's a good part of the increase. The rest is the indexation clause, six percent this year. Who still needs access apart from the warehouse floor? Finance, customer service?"),
     c("Finance, two people. Customer service looks at stock now and then, maybe five. But anything above last year's figure needs our CFO, and he will not sign it.", "no_money"),
     t("Understood, last year's figure is the ceiling. If we go down to forty-five named users and put the five customer-service people on read-only, which we don't charge for, my rough sum puts you about four percent under last year, indexation included. I want to check the read-only part with our licensing people before I promise it."),
     c("Four under I can take to him. When do I have it in writing?", None),
     t("Thursday, with the user list attached so you can check the names against yours. If the read-only bit doesn't fly, I'll ring you before the quote lands rather than let you find out in the document."),
     c("Thursday. Fine. Don't make me chase.", None),
     t("You won't. Thursday before twelve.")],
    [open_,
     t("Femke, great to hear from you. Before the number, let me tell you where we're going as a company, because it puts it in context. This year we've invested massively: the new dashboard, the AI slotting module, the mobile scanner app, carrier integration with PostNL and DHL. Our customer success team has doubled, and our customers tell us the relationship has never been better."),
     c("That is nice. The twelve percent.", "too_expensive"),
     t("Absolutely, I hear you, and the twelve percent reflects that value. The really exciting part is the Premium tier, which bundles slotting and the analytics suite. For a business like yours, what is it, three sites? It pays for itself. Let me take you through the three main benefits: picking speed, fewer mis-shipments, and forecasting, which our Benelux clients absolutely love."),
     c("Two sites. We closed Breda. That is actually what I wanted to -", None),
     t("Two, great, even better, because the analytics are priced per site, so you'd save there. What I'd suggest is I send over the Premium deck, we get a demo in with your warehouse manager, and we look at the renewal as one package. Does that sound like a good experience for you? Anything else you'd like to know?"),
     c("I asked about sixty users and forty-one logins, which you have not heard. I have another call now. Send whatever you send.", "brush_off"),
     t("Will do! And just so you know, the early-renewal rate holds until the end of the month, so let's get that demo in the diary.")],
))

# 2 closing_as_open_question - garden centre, Ludlow
open_ = c("Afternoon. I'm only looking, really. The old greenhouse went over in the February gales and the wife says I'm not to spend silly money replacing it.", "brush_off")
PAIRS.append(gpair(
    "b86g_ludlow_greenhouse", "garden centre, near Ludlow, Shropshire", "closing_as_open_question",
    "A retired man browses greenhouses after a storm flattened his thirty-year-old one at the exposed top of his garden.",
    [open_,
     t("Sorry about the old one, February did a lot of damage round here. Look all you like. Out of interest, what did you grow in it? That tells me more than the size does."),
     c("Tomatoes mostly, and I bring the pelargoniums in over winter. It was an eight by six, aluminium, thirty-odd years old.", None),
     t("Thirty years is a good innings. Was it exposed where it stood, or did it just give up?"),
     c("Exposed. Top of the garden, nothing between it and the Clee Hills. I don't fancy paying nine hundred pound for this one if it goes the same way.", "bad_experience"),
     t("Fair worry. That one's the same gauge as your old one, so honestly, up there it'd go the same way. For an exposed spot I'd rather you looked at this six by eight with toughened glass and a proper anchored base. It's six-forty, so less than the one you're leaning on. And if you can put it lower down by the hedge, any of them will fare better."),
     c("Hm. Six-forty. I'd need to measure by the hedge first, and talk to her indoors.", "think_it_over"),
     t("Sensible. Take a leaflet, the base sizes are on the back. Ring me with the measurements and I'll tell you straight whether it fits. We deliver out Ludlow way on Tuesdays if you go ahead."),
     c("Right you are. I'll ring.", None)],
    [open_,
     t("Sorry to hear that! Well, you've come to the right place. Can I ask, what would make today the day you get your greenhouse sorted?"),
     c("Nothing, probably. I said, I'm only looking.", "brush_off"),
     t("Of course, no pressure at all. Just so I understand your needs: when you picture it up and running in spring, which would you rather see at the top of your garden, the eight by six or the eight by ten?"),
     c("Neither, if it's going to blow over like the last one. It was right up top, very exposed.", "bad_experience"),
     t("Great point, and that's exactly why people go for our installation package. So how would you like us to fit it, a weekday or a Saturday?"),
     c("I haven't said I'm having it fitted. I haven't said I'm having it at all.", "think_it_over"),
     t("Totally understand. What would it take for you to feel comfortable putting a small deposit down today, so we can hold the spring price for you?"),
     c("It'd take my wife, and she's at home. Good afternoon to you.", "think_it_over")],
))

# 3 pitch_as_paraphrase - broadband, Westport
open_ = c("Hello, yes, I run a B&B out the Louisburgh road and the guests are giving out about the Wi-Fi. It goes in the evenings. I'm not looking to spend a fortune, I just want it to work.", None)
PAIRS.append(gpair(
    "b86g_westport_broadband", "broadband provider, rural customer near Westport, Co. Mayo, Ireland", "pitch_as_paraphrase",
    "A B&B owner in an old farmhouse rings because guests complain the Wi-Fi crawls in the evenings and barely reaches the back rooms.",
    [open_,
     t("Right, let's see what's going on. When you say it goes in the evenings, does it drop out completely or just crawl? And is that every room or some of them?"),
     c("It crawls. Around nine, when they're all on the phones watching things. The two rooms at the back are worst, they barely get it at all.", None),
     t("Okay. You're on the 30 meg rural plan and the line itself is fine, it's syncing properly. So I think it's two things: six rooms streaming at nine o'clock is a lot for 30 meg, and the back rooms sound like a coverage problem, not a speed one. Thick walls?"),
     c("It's an old farmhouse, the walls are two foot thick. So what, I have to pay for a faster plan?", None),
     t("Not necessarily, and I wouldn't start there. A faster plan won't help the back rooms, the signal just isn't getting through the stone. A pair of mesh units would, that's a once-off eighty-nine euro, or I can send an engineer to look first at no charge. The nine o'clock speed is a separate question. Fibre isn't at your address yet, so the most I can offer is 100 meg fixed wireless, fifteen euro a month more."),
     c("Fifteen a month is dear for the off season when I've nobody in.", "too_expensive"),
     t("That's fair. Then do the back rooms first, see if the complaints stop, and only look at speed if the evenings are still bad come summer. Will I book the engineer? A morning might suit, when the guests are out."),
     c("Thursday morning would suit. Grand.", None),
     t("Thursday between nine and twelve, then. He'll ring you half an hour before he comes.")],
    [open_,
     t("I'm sorry to hear that. So just so I understand you: what you're telling me is you need our Business Pro Fibre bundle at sixty-five a month, with the guest Wi-Fi portal, is that right?"),
     c("I didn't say any of that. I said it goes in the evenings.", None),
     t("Absolutely, and I hear you. So what I'm hearing is that reliability matters hugely for your guests' experience, so really what you need is a premium tier. Would that be a fair summary?"),
     c("It would not. The back rooms don't get any signal at all. It's the walls.", None),
     t("Got it, so to play that back: you want the whole house covered, which is exactly what Business Pro does with its three boosters included, so Business Pro is the right fit for you. Did I get that right?"),
     c("Does fibre even come out this far?", None),
     t("Great question. So what you're really asking is whether to future-proof, and the answer is yes, Business Pro is ready for fibre the day it arrives. Will I put that through for you?"),
     c("So it's not here. Sixty-five a month for something that isn't here. No thanks, I'll wait till my son's home, he knows about these things.", "too_expensive")],
))

# 4 upsell_as_loop_closing - opticians, Harrogate
open_ = c("Good morning. I've come for my reading glasses, Pickersgill. And I'd rather deal with you than that text message business, if it's all the same.", None)
PAIRS.append(gpair(
    "b86g_harrogate_opticians", "independent opticians, Harrogate, North Yorkshire", "upsell_as_loop_closing",
    "A man in his late seventies collects new reading glasses in person and finds they pinch behind the ears.",
    [open_,
     t("Morning, Mr Pickersgill. It's all the same to us, you can always just come in. Here they are. Pop them on and read me that card, and tell me how they sit."),
     c("Well, the reading's very good. They're pinching a bit behind the ears, mind.", None),
     t("Where exactly, right behind, or more on the sides of your head?"),
     c("Right behind. My old ones never did. I'm not paying for another pair if these don't fit.", None),
     t("You won't be. The sides just need a bit more bend behind the ear, two minutes. Let me warm them up... there. Try that."),
     c("That's better. Much better.", None),
     t("Good. If they start rubbing after a day or two, just drop in, no appointment. Anything else bothering you, with these or the old pair?"),
     c("No, that's me sorted. Thank you, love.", None),
     t("Lovely. We'll see you next year for your check, and we'll send you a letter rather than a text, shall we?"),
     c("A letter would be grand.", None)],
    [open_,
     t("Morning! Here we are. How do they feel?"),
     c("The reading's good. They pinch behind the ears a bit.", None),
     t("I'll tweak those in a sec. Before you go, just closing the loop, what else can we add for you today? We've a lovely cleaning kit, and a lot of our customers your age add a second pair for distance."),
     c("I've a perfectly good pair for distance. It's the pinching I'm bothered about.", "no_need"),
     t("Absolutely, we'll get there. Is there anything else you'd like, maybe the anti-glare coating, since you mentioned reading? It makes such a difference to the whole experience."),
     c("I mentioned pinching. What's this coating cost?", None),
     t("Only forty-five pounds, and there's the care plan at nine ninety-nine a month, which covers adjustments. Anything else before I ring it all up?"),
     c("Adjustments were always free here. I'll have these as they are, thank you, and I'll try Boots next time.", "no_need")],
))

# 5 leading_tag_questions - removal firm, Graz
open_ = c("Hi, I'm moving from Graz back to the UK in August. It's a two-room flat, mostly books. I had a quote from you by email but it's a lot more than I expected.", "too_expensive")
PAIRS.append(gpair(
    "b86g_graz_removals", "international removal firm, Graz, Austria (call in English)", "leading_tag_questions",
    "A British lecturer leaving a furnished flat in Graz for Yorkshire calls about a removal quote that seems too high.",
    [open_,
     t("Hello, yes, I have it here, and thanks for calling rather than just going quiet on us. That quote assumes a whole van for you, which is why it's high. Can I check what you really have? Mostly books, you said. Roughly how many boxes, and any furniture?"),
     c("Maybe twenty-five boxes. A desk, a bike, and one armchair I'm fond of. The bed and kitchen things stay, the flat's furnished.", None),
     t("That's small, and it changes things. With that volume you don't need your own van. We can put you on a shared load to the UK, groupage, which comes to roughly a third of the price. The catch is timing: it leaves when the truck is full, so delivery is a window of about ten days, not a fixed date."),
     c("A window's fine, I'm at my sister's for the first fortnight anyway. But the armchair, I don't want it crushed.", None),
     t("It gets blanket-wrapped and loaded last on our side. To be honest with you, on a shared truck it's handled more than on a dedicated van. If it really matters, we can crate it, that's an extra hundred and ten."),
     c("I'll think about the crate. Can you send me the shared price?", "think_it_over"),
     t("Today. I'll put the crate on a separate line so you can take it out. And if you send a couple of photos of the chair and the desk, the number will be firmer."),
     c("Will do, thanks.", None)],
    [open_,
     t("Hello! Yes, I have it. Well, for an international move you'll want a proper dedicated van, won't you? You don't want your things sitting in a depot somewhere."),
     c("I don't know. It's mostly books. I hadn't really thought about it.", None),
     t("Exactly, and books are heavy, so you'll want our full packing service too, wouldn't you? You wouldn't want to spend your last week in Graz taping boxes."),
     c("I've packed most of them already, actually. And I'm a bit skint after the deposit on the new place.", "no_money"),
     t("Sure, totally. But you'd agree your belongings are worth protecting, wouldn't you? Most people in your situation take the full insurance cover. It's only sensible, isn't it?"),
     c("I suppose. Is there nothing cheaper, though? Like sharing a van with someone?", "too_expensive"),
     t("There is groupage, but you wouldn't really want that, would you, with the delays? I think we both know the dedicated van is the right call. Shall I confirm it?"),
     c("No, I'll look around a bit more first. Thanks.", "think_it_over")],
))

# 6 putdown_question - council housing repairs, Merthyr Tydfil
open_ = c("It's Mrs Lewis, on the Gurnos. Third time I've rung about the mould in my boy's bedroom. It's back up the wall and he's coughing at night.", None)
PAIRS.append(gpair(
    "b86g_merthyr_damp_repair", "council housing repairs line, Merthyr Tydfil, Wales", "putdown_question",
    "A tenant rings for the third time about black mould in her son's bedroom; he has a cough.",
    [open_,
     t("Mrs Lewis, I'm sorry you've had to ring three times. I can see the two earlier calls, and neither got an inspection booked, which they should have. Tell me what it looks like now. How big a patch, and is the wall wet to touch?"),
     c("Black, from the corner of the window down to the skirting. Damp to touch, yes. I wipe it every week with the spray and it just comes back.", None),
     t("So it's spreading from the window corner, the wall's wet, you're treating it weekly and it keeps coming back. That tells me it's not a cleaning problem, it's moisture getting in or condensing there. And he's coughing. Has he seen the GP?"),
     c("He has. She said the damp won't help his chest. Last time your lot told me to open the windows. In January.", None),
     t("Then I won't tell you that again. Because there's a child with a chest problem, I'm flagging this as a priority damp case. That means a surveyor within ten working days, and I'm booking a mould wash this week so it isn't growing while you wait. Can someone be in Thursday morning?"),
     c("Thursday I'm on an early till two. Afternoon any good?", "no_time"),
     t("Thursday afternoon, one till five, done. You'll get a text and a letter, both with the reference. If nobody's there by five, ring this number and ask for the damp team, not general repairs."),
     c("Right. I'll believe it when I see it. But thank you.", None)],
    [open_,
     t("Okay, Mrs Lewis, I hear you. Let's start with the basics. Are you actually opening the windows, or is that a bit of a stretch in winter?"),
     c("I open them. I wipe it every week. It comes back.", None),
     t("Right. And when you say coughing, is that a proper cough, or a bit of a tickle we might be making bigger than it is?"),
     c("The GP didn't think it was a tickle.", None),
     t("Sure, sure. So what I'm hearing is you're worried, which is completely understandable. Can I ask, are you drying washing indoors? Because honestly, most of the mould we see is lifestyle, isn't it?"),
     c("I've got a tumble dryer. Are you saying it's my fault?", None),
     t("Not at all! I'm just trying to understand your experience. Would you be open to trying our condensation leaflet first, before we send somebody out for what might be, you know, a bit of a wipe?"),
     c("No. I want a surveyor. Put me through to your manager, please.", None)],
))

# 7 not_my_department_or_read_the_terms - pet insurance, Inverness
open_ = c("Hello. My claim for Bramble's knee operation's been turned down. The letter says pre-existing. She'd never had a day's bother with that leg.", None)
PAIRS.append(gpair(
    "b86g_inverness_pet_claim", "pet insurance claims line, customer in Inverness, Scotland", "not_my_department_or_read_the_terms",
    "A man's claim for his spaniel's cruciate ligament operation was refused as pre-existing; he has paid premiums for six years.",
    [open_,
     t("Let me pull it up. Right, refused on the twelfth, pre-existing condition. I can see why you're cross. The claims team goes on the vet's notes, so can I ask, was there any visit before the operation about lameness, even a small one?"),
     c("There was. Last spring she was limping after a walk, but on the other leg. Back left. The operation was the right.", None),
     t("So the limp last spring was the back left, and the ligament went in the right. That matters. But I'll be straight with you: the policy treats cruciate problems as both legs once one has been seen, which is very likely why it was refused. What I can do is ask for a review with a letter from your vet saying the spring visit was a soft-tissue strain, not a ligament problem."),
     c("That's a bit rich, both legs. I've paid in six years. I'm half minded to cancel the lot.", "bad_experience"),
     t("I understand that, and you can. I'd just rather you did it after the review, because if the policy's cancelled the review stops. Could you ask your vet for that letter? I'll email you exactly what it needs to say, and I'm noting the file so it goes to a senior assessor, not back to the same person."),
     c("Aye, fine. Send it and I'll get it to the practice in Culloden.", None),
     t("It's in your inbox now. Once the vet's letter is in, a review takes about fifteen working days. I'll ring you myself when it's back.")],
    [open_,
     t("I'm sorry to hear that, I really am. I can see the claim. Unfortunately it's all in the terms and conditions, section seven, pre-existing conditions. Have you had a chance to read those?"),
     c("I've read the letter. She'd never had bother with that leg.", None),
     t("I completely understand how you feel. The thing is, I'm customer service, not claims, so I can't really comment on the decision. The assessors make those calls, not me."),
     c("Then put me through to the assessors.", None),
     t("They don't take calls, I'm afraid, that's policy, I didn't make the rules. What I can say is bilateral cruciate is in the exclusions, in black and white. Is there anything else I can help you with today?"),
     c("What's bilateral? Last spring she limped on the other leg. Does that count?", None),
     t("Honestly, that's one for the claims team. You can write in, the address is on the back of your policy booklet. And how satisfied would you say you are with today's call?"),
     c("How satisfied? I'll be cancelling, that's how satisfied. Six years I've paid you.", "bad_experience")],
))

# 8 social_proof_or_deadline_pressure - wedding photographer, Ghent
open_ = c("Hi! So it's a small thing, honestly. The town hall in Ghent, about thirty people, lunch after. We're only just starting to look around.", "brush_off")
PAIRS.append(gpair(
    "b86g_ghent_wedding_photos", "wedding photographer, near Ghent, Belgium (video call in English)", "social_proof_or_deadline_pressure",
    "A Flemish-Scottish couple planning a small town-hall wedding next June ask about photography; his grandmother of 91 is flying in.",
    [open_,
     t("Congratulations! Small is lovely to photograph, honestly. Tell me about the day. What do you actually want to come away with? Some couples want everything, some just want a few good ones of the family."),
     c("Mostly the family. His gran is flying over from Aberdeen, she's ninety-one. We want nice ones of her with everyone. We're not bothered about dress shots and all that.", None),
     t("That's very clear: the family, and his gran above all. Then you don't need a full day. Three hours covers the ceremony, group photos on the steps and the start of lunch, when people relax. I'd do the group shots early, while gran's still fresh."),
     c("That's thoughtful. What does three hours cost?", None),
     t("Nine hundred and fifty, with all the edited images in an online gallery. No album unless you want one later."),
     c("Okay. That's a bit more than the other photographer we spoke to, honestly.", "too_expensive"),
     t("That's fine, compare properly. Ask what's included, whether they edit every image, and how many you get. I'm happy to hold the fourteenth of June for a week without a deposit while you decide."),
     c("That's fair. We'll talk tonight and let you know by Friday.", "think_it_over"),
     t("Perfect. I'll send you a gallery from a town-hall wedding last spring so you can see how I work.")],
    [open_,
     t("Congratulations! I'll be honest with you, June is crazy this year. I've had four enquiries for that exact Saturday this week alone. What's most important to you about the day?"),
     c("Mostly the family. His gran is coming from Aberdeen, she's ninety-one.", None),
     t("Beautiful. That's exactly why I'd say don't wait, you only get one chance with gran, right? Every couple I shot last year said booking early was the best decision they made. I can do the full-day package at the early rate, but only if you confirm by tonight."),
     c("Tonight? We only started looking yesterday. And we don't need a full day, it's a lunch.", "no_need"),
     t("Totally hear you. Most couples think that and then regret it. The other couple asking about the fourteenth is meeting me tomorrow, so I can't promise the date after that. How would you feel if you lost it?"),
     c("Honestly? I'd feel fine. We'll talk about it and see.", "think_it_over"),
     t("Of course. Just so you know, the deposit is only three hundred and it's refundable, well, mostly. Shall I send you the link?"),
     c("No, thanks. We'll be in touch if we want to.", "brush_off")],
))

# 9 keyword_stuffed - accountancy, Kendal
open_ = c("Aye, hello. I'm a waller, self-employed. My tax return's not done and it's due end of the month, and I've had a letter about this Making Tax Digital. I've not a clue.", None)
PAIRS.append(gpair(
    "b86g_kendal_accountant", "small accountancy practice, Kendal, Cumbria", "keyword_stuffed",
    "A self-employed dry-stone waller whose wife used to do his books rings in January about his late self-assessment and a Making Tax Digital letter.",
    [open_,
     t("Right, one bit at a time. The return first, because that's the deadline. Who did it last year, yourself or someone else?"),
     c("The wife did it, out of a shoebox of receipts. She's not well this year, so it's fell to me.", None),
     t("Sorry to hear that. A shoebox we can work with. Roughly what did you turn over last year? Ballpark's fine."),
     c("About thirty-eight thousand. Bit less, maybe.", None),
     t("Then the Making Tax Digital letter doesn't bite yet. At that turnover you're not in it till April 2027, so put that one in the drawer. For the return, we charge three hundred and fifty for a sole trader with receipts in a box, and we'd need the box by the twentieth to file in time."),
     c("Three-fifty. That's more than I'd hoped. She did it for nowt.", "too_expensive"),
     t("She did, and the three-fifty is for the sorting she used to do. If you put the receipts in months and total the bank statements, I'll do it for two-eighty. Either way, missing the thirty-first costs you a hundred straight off, so it's worth getting in."),
     c("Go on then. I'll sort them Sunday and drop them in Monday.", None),
     t("Monday's fine, we're on Stricklandgate, above the building society. Bring last year's return if you can find it.")],
    [open_,
     t("Thank you so much for reaching out, and I really understand how you feel. Here it's all about understanding your needs and building a long-term relationship, so you can feel confident on your financial journey. What does success look like for you?"),
     c("Success is the return being in by the thirty-first. It's in a shoebox.", None),
     t("Absolutely, and I hear that your experience so far has been challenging. We want to understand the whole picture and partner with you so your needs are met at every touchpoint. How do you feel about your current situation?"),
     c("I feel I've a shoebox. What does it cost?", None),
     t("Great question, and it really depends on understanding your unique needs. Our relationship-led approach means we tailor everything to your success. How would you feel about a discovery session next week?"),
     c("Next week's no good, I'm walling up at Sedbergh all week. And it's due the thirty-first.", "no_time"),
     t("I completely understand, and your time matters to us. So what I'm hearing is you need a partner who understands your journey. Let me send you our welcome pack so you feel supported."),
     c("I need somebody to add up receipts. I'll try the other lot on Highgate.", None)],
))

# 10 rude - nursing home respite, Tralee
open_ = c("Hi there, I'm ringing about respite care for my mother. She's eighty-six and lives with me, and I'm having a hip done on the third of March, so I need somewhere for her for two weeks or so.", None)
PAIRS.append(gpair(
    "b86g_tralee_care_home", "private nursing home, outside Tralee, Co. Kerry, Ireland", "rude",
    "A daughter who cares for her mother needs two weeks' respite while she has a hip operation.",
    [open_,
     t("Of course. Let me take a few details. Is your mother mobile on her own, and how's her memory? Does she need help with things like washing and dressing?"),
     c("She walks with a frame. Her memory's grand mostly, a bit muddled in the evenings. She needs a hand in the shower.", None),
     t("Okay, a frame, a bit of evening confusion, help in the shower. That's all well within what we do. We've a respite room free from the first of March. It's fourteen hundred a week, and I'll say it up front: Fair Deal doesn't cover respite, but the HSE sometimes part-funds it through her public health nurse."),
     c("Two weeks is nearly three thousand. I don't have that sitting there. I didn't know about the HSE thing.", "no_money"),
     t("It's a lot, I know. Ring her public health nurse this week. They have a respite budget and she may get some or all of it covered, but it goes quickly early in the year. If it helps, I'll hold the room till Friday while you find out."),
     c("Would you? And could she come and see it first? She'll be nervous.", None),
     t("She should. People settle far better when they've had a cup of tea here first. Would Saturday afternoon suit the two of you?"),
     c("Saturday's good. Thanks very much, you've been very kind.", None)],
    [open_,
     t("Yep. How mobile is she?"),
     c("She walks with a frame. She needs a hand in the shower, and she gets a bit muddled in the evenings.", None),
     t("Right, so dementia, basically. That's a different rate. It's sixteen hundred a week."),
     c("It's not dementia, she's just tired in the evenings. Is there any help with the cost?", None),
     t("Look, everyone asks that. It's a private home. If you want free, you'll be on a waiting list for a public bed, and good luck getting one for March."),
     c("I'm only asking. It's a lot of money for me on my own.", "no_money"),
     t("Well, it's a lot of money to run the place. Do you want the room or not? I've other calls waiting."),
     c("Could she see it first? She'll be nervous.", None),
     t("We don't really do tours for respite, we're not a hotel. She'll be fine."),
     c("I don't think she would be. I'll ring somewhere else. Goodbye.", None)],
))
