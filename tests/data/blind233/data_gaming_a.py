"""Gaming pairs, part a (b233). Hand-written: charities, memberships and community services (UK, US, Kenya)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue: Leeds, hospice regular giving
_open = c("Hiya, I've been giving twenty pound a month to the hospice for about six year now and I need to bring it down a bit, things are tight at the minute. Can I do that over the phone?", "no_money")
PAIRS.append(gpair(
    "b233g_leeds_hospice_direct_debit", "children's hospice charity, regular giving line (Leeds, UK)", "monologue",
    "A long-standing donor rings to lower her monthly direct debit because money is tight.",
    [
        _open,
        t("You can, yes, and thank you for six years, honestly, that's a lot of nights of nursing. I can change it now. What amount would sit comfortably for you at the moment?"),
        c("Ten, I think. Maybe five if January's as bad as last year, I honestly don't know yet.", None),
        t("So ten from now, and you're not sure how the new year will go. One thing that might help: if it's at ten and January bites, you can ring and pause it for up to three months, no forms. Would that suit you, or would you rather go straight to five?"),
        c("Oh, I didn't know you could pause it. Ten's fine then. Will it still come out on the 28th?", None),
        t("Same date, the 28th, starting this month. I'll send an email confirming the new amount and nothing else changes. While I've got you, is there anything about how often we contact you that you'd like changed?"),
        c("No, you're alright. Ta, love.", None),
        t("Thank you for sticking with us. Take care of yourself."),
    ],
    [
        _open,
        t("Thank you so much for calling, and what an amazing experience it's been having you with us for six years! Before we look at anything, let me share what your twenty pounds does: it funds two hours of a specialist nurse, it keeps the family room open overnight, and this year we've launched the Forget-Me-Not lottery, just a pound a week, and honestly our supporters say it's the highlight of their Friday, plus there's the Midnight Walk in June which is such a lovely way to remember someone..."),
        c("Right, but I'm trying to pay less, not more. I can't stretch to it any more.", "no_money"),
        t("Totally hear you, and what I'm hearing is that the relationship matters to you, which is brilliant. So here's the thing: a lot of people in your position keep it at twenty and cut back somewhere else, because when you think about it twenty pounds is less than a takeaway, and the nurses really rely on regular givers, one-off gifts are so unpredictable, and we've had to close four beds this year, so every single pound..."),
        c("Can I get a word in? Ten. Please.", None),
        t("Of course, and thank you for that feedback! Just before I do it, did you know that if you made it twelve instead of ten, with Gift Aid that becomes fifteen, which is a whole extra hour of care, and I always say success here is a team effort. So is there anything else at all I can help with today?"),
        c("Just the ten. I rang to do one thing and I've been on here ten minutes.", None),
        t("Absolutely, ten it is, and I'll pop a lottery pack in the post so you can have a look, no pressure at all, it's a lovely experience."),
        c("Don't send me anything. Bye.", "no_need"),
    ],
))

# 2 closing_as_open_question: Columbus, Ohio, zoo family membership at the gate
_open = c("Hi, um, the sign says a family membership's a hundred sixty-nine? We're just here today with the two kids and I'm trying to figure out if it's worth it or if I should just buy tickets.", None)
PAIRS.append(gpair(
    "b233g_columbus_zoo_family_membership", "nonprofit zoo, admissions window (Columbus, Ohio, US)", "closing_as_open_question",
    "A mother at the admissions window wonders whether a family membership is worth it compared with day tickets.",
    [
        _open,
        t("Good thing to ask before you pay. Roughly how often do you think you'd come out here in a year?"),
        c("Honestly? Maybe twice. Three times if the grandparents are in town, they're over in Dayton.", None),
        t("Okay. Today's tickets for two adults and two kids come to about eighty-four, plus twelve for parking, and members park free. So at two visits you'd come out a little ahead with the membership, and at three it clearly pays. Would it always be you bringing them, or would the grandparents sometimes bring the kids on their own?"),
        c("Sometimes it'd be my mom. Does that work on the family one?", None),
        t("The family plan has two named adults, so if you name your mom as the second one, she can bring them without you. And if you'd rather not decide right now, buy tickets today and stop at Guest Services on the way out: they'll take today's tickets off the price if you upgrade."),
        c("Oh, that's nice. Let's just do tickets then and I'll see how the kids do. If they melt down by the penguins, we're done.", "think_it_over"),
        t("Totally fair. Four tickets, and keep the receipt for the desk by the exit. Enjoy the penguins."),
    ],
    [
        _open,
        t("Great question! So tell me, what would it take for you to walk through that gate as a member today?"),
        c("I mean, I don't know that it would take anything, we'd only be out here maybe twice a year.", "no_need"),
        t("Twice a year, love it, that's two amazing family experiences! So how would you like to take care of that today, card or tap?"),
        c("Wait, I haven't said yes. A hundred sixty-nine is a lot for two visits.", "too_expensive"),
        t("I hear you, and what I'm hearing is that value matters to you, which is exactly why members love it. If I could throw in the parking, what's stopping you from saying yes right now?"),
        c("Parking's not already in it? Look, I need to talk to my husband, he's parking the car as we speak.", "think_it_over"),
        t("Totally understand! When he gets here, which one of you would like to sign the form, you or him?"),
        c("Neither, probably. Just the four tickets, please.", "no_need"),
    ],
))

# 3 pitch_as_paraphrase: Nairobi, NGO selling first-aid training to a primary school
_open = c("Good morning. I am calling from Baraka Primary in Kasarani. We have had two incidents this term, a boy who fainted in assembly and one who had a bad fall, and the teachers did not know what to do. I want to know about your first aid training.", None)
PAIRS.append(gpair(
    "b233g_nairobi_school_first_aid", "first-aid training NGO, enquiries line (Nairobi, Kenya)", "pitch_as_paraphrase",
    "A deputy head teacher of a small primary school asks about first-aid training after two incidents.",
    [
        _open,
        t("Good morning, and I'm sorry to hear that, it must have frightened the staff. So I suggest the right thing: how many teachers would you want trained, and is it mainly emergencies with the children you're worried about?"),
        c("We are twelve teachers, but realistically six can attend at one time, because the classes must continue. And yes, children. Fainting, falls, and we also have two pupils with asthma.", None),
        t("Six at a time, focused on children, including asthma. We have a one-day Paediatric First Aid course that covers exactly that: choking, fainting, fractures, asthma attacks. For six teachers it is 4,500 shillings each, so 27,000, and we come to your school on a Saturday so no lessons are lost. How does that fit with your budget?"),
        c("Saturday is good. The money... our staff development budget is almost finished for this term. Maybe next term.", "no_money"),
        t("That makes sense. Two ways to do it: we book the first six for the start of next term when the new budget comes, or if the board wants to move sooner, I send you a one-page quote to take to them. Which is more useful for you?"),
        c("Send the quote. I will take it to the board meeting on the fifteenth, then we see.", "think_it_over"),
        t("I'll email it today with the course outline, so the board can see exactly what the teachers will learn. I'll call you on the sixteenth to hear what they decided. Is this number the best one?"),
        c("Yes, this one. Thank you, you have been helpful.", None),
    ],
    [
        _open,
        t("Good morning! Thank you for reaching out, it's great that you're investing in your team's growth. So what I'm hearing is that what you need is our Gold Workplace Safety package, twenty-five staff, three days, 180,000 shillings, is that right?"),
        c("Eh, no. We are twelve teachers only. And three days, we cannot close the school for three days.", "no_time"),
        t("Absolutely, so just to play that back: you need a complete solution for your whole school community, so the Gold package plus our Parents' Awareness add-on so the parents also feel safe. Did I understand you correctly?"),
        c("You did not understand. I said twelve teachers. We don't have 180,000 for this, it is a small school.", "no_money"),
        t("I really appreciate that feedback. So what you're saying is that value is key, which is why Gold is the best value per head. So I'll put you down for Gold, is that correct?"),
        c("No. Let me call the Red Cross people and compare.", "think_it_over"),
        t("Of course! So what I'm hearing is you'd like me to hold the Gold package for you until Friday, did I get that right?"),
        c("You are not hearing anything. Goodbye.", None),
    ],
))

# 4 upsell_as_loop_closing: London, museum membership renewal
_open = c("Hello, yes, I've had a letter saying my membership has lapsed. I thought it renewed automatically. I'd just like to carry on as I was, the single membership.", None)
PAIRS.append(gpair(
    "b233g_london_museum_membership_renewal", "independent museum, members' phone line (London, UK)", "upsell_as_loop_closing",
    "A retired member finds his museum membership has lapsed and wants to renew as before.",
    [
        _open,
        t("Of course, let me have a look. Yes, I can see it: the card we had on file expired in March, so the automatic renewal didn't go through. I'm sorry the letter didn't say that. Would you like to renew the single at the same rate, with new card details?"),
        c("Ah, that'll be the new card the bank sent me. Yes, same as before, please. It's, what, sixty-five?", None),
        t("Sixty-five, unchanged, and I'll keep your original join date from 2016 on the account. Before I take the card, was anything about the membership not working for you, or is it only the payment that needs sorting?"),
        c("No, it's fine, I come for the lectures mostly. Though I did miss the last two because the emails never came.", None),
        t("Let me check. Your email's on file, but it's marked as opted out of events, which would explain it. Shall I switch the lecture emails back on, and only those?"),
        c("Yes, just the lectures. I don't want the shop offers.", None),
        t("Done, lectures only. I'll take the card now, and you'll have a confirmation email within the hour with your renewed card attached."),
        c("Marvellous. Thank you.", None),
    ],
    [
        _open,
        t("Absolutely, let's get you sorted! And just so I'm closing the loop properly: what else can I add for you today? A lot of members go for Member Plus at ninety-five, which brings a guest along every visit."),
        c("No, I come on my own. Just the single, please.", "no_need"),
        t("Lovely, single it is. And to make sure your experience is complete, is there anything else I can add? The exhibition pass is only twenty more and covers the dinosaur show, which is ticketed."),
        c("I don't go to the big exhibitions, they're full of school parties. I go to the lectures.", "no_need"),
        t("Perfect, lectures! Then can I add the evening lecture bundle for forty, so you never miss out? And anything else I can pop on while I have you, a gift membership for someone perhaps?"),
        c("I thought the lectures were included. They were last year.", None),
        t("The members' talks are included, yes, the bundle is the evening series. So, to close the loop: single plus lecture bundle plus exhibition pass, one hundred and twenty-five. Anything else I can add for you today?"),
        c("Take all of it off. Sixty-five for the single, and I'll have a think about whether I even want that.", "think_it_over"),
        t("Of course! And is there anything else I can help you with today?"),
        c("No. That's quite enough.", None),
    ],
))

# 5 leading_tag_questions: Atlanta, community rec centre swim lessons (web chat)
_open = c("hi im looking at swim lessons for my daughter shes 6. can she do lessons without us joining the whole membership thing", None)
PAIRS.append(gpair(
    "b233g_atlanta_rec_center_swim_lessons", "nonprofit family recreation center, web chat (Atlanta, Georgia, US)", "leading_tag_questions",
    "A parent asks by chat whether her nervous six-year-old can take swim lessons without a family membership.",
    [
        _open,
        t("Hi! Yes, non-members can book lessons, it's just a higher rate per course. Can I ask a bit about her? Has she been in a pool much, is she okay putting her face in the water?"),
        c("not really. she had a scare at a birthday party last summer, slipped in the deep end. shes fine but scared now", None),
        t("Oh, poor thing, that would shake anyone. For nervous kids we run a small group, four kids max, in the warm teaching pool on Saturday mornings. It's 8 weeks: $96 for members, $144 for non-members. Would Saturday mornings work for you?"),
        c("saturday works. 144 tho, and the membership is like 70 a month right? thats a lot for us rn", "no_money"),
        t("Understood. Honestly, if it's just the lessons, paying the non-member rate is cheaper than joining. We also have a scholarship based on household income that can take up to half off the lesson fee, it's a one-page form. Want me to send it along with the schedule?"),
        c("yes please send both. ill have to check with her dad which saturday works", "think_it_over"),
        t("Sending now. The 9am and 10am groups both have spots this week. If you reply here with the one you pick, I'll put her name down and tell the instructor she's a bit nervous so they start slow."),
        c("ok thank you that means a lot", None),
    ],
    [
        _open,
        t("Hi! Great question! You'll want the family membership though, won't you? It's the best way to have a great experience here."),
        c("i mean i was just asking about lessons. shes 6", None),
        t("Totally! And at 6 she'll want the full Swim Academy track, won't she? Most parents find the 12-week program is what really drives success."),
        c("shes scared of water since last summer, she nearly went under at a party. i dont think shes ready for 12 weeks", "no_need"),
        t("Oh, that's exactly why you'll want the private lessons add-on too, won't you? Confidence is everything, isn't it?"),
        c("how much is all that", None),
        t("With membership, Academy and privates it's about $310 a month, which is worth it for her safety, isn't it? You wouldn't want to put a price on that, would you?"),
        c("wow ok. thats way more than we can do. ill look at the city pool", "no_money"),
        t("Of course! But you'll be back once you see the difference, won't you?"),
        c("bye", None),
    ],
))

# 6 putdown_question: Glasgow, bowling club locker fee taken twice
_open = c("Aye, hello. I've just looked at my bank and the club's taken the locker fee off me twice. Thirty-five quid, twice. I'm no happy about it.", None)
PAIRS.append(gpair(
    "b233g_glasgow_bowling_club_double_charge", "members' bowling club, office phone (Glasgow, UK)", "putdown_question",
    "A retired member rings the club office because his locker fee was taken twice.",
    [
        _open,
        t("I'm sorry about that, that's seventy pounds gone when it should be thirty-five. Can you tell me the dates the two payments went out, so I can match them up?"),
        c("First of April and then again on the third. Both say Kelvinside Bowling Club.", None),
        t("Thanks. I can see both: the renewal ran once automatically and then again when the batch was re-run on the third. That's our mistake. I'll refund the second thirty-five to the same card, it usually takes three to five working days. Does that suit, or would you rather have it off next year's subs?"),
        c("Back on the card. I'm on a pension, I'm no waiting a year for it.", None),
        t("Card it is. The refund's gone through now and you'll get an email receipt. I'll also tell the treasurer so it doesn't happen to anybody else. Did anything else on your account look off?"),
        c("No, that was it. Just as well I check my statements.", None),
        t("Just as well. Sorry again for the bother, and enjoy the green on Saturday."),
    ],
    [
        _open,
        t("Okay, before we get carried away, are you sure you're reading the statement right? A lot of members mix up pending and actual payments. What exactly are you seeing?"),
        c("I'm reading it fine, son. Two payments, thirty-five each.", None),
        t("Right. And could you maybe have renewed online yourself and forgotten? It happens a lot at a certain age. How do you normally pay your subs?"),
        c("I've paid by direct debit for twenty years. Don't you talk to me about a certain age.", None),
        t("Nobody's saying anything! I just want to understand your experience. So is it really worth all this upset over thirty-five pounds, or shall we just knock it off next year's fees?"),
        c("It's worth it to me. I want it back on my card, and I want to speak to the convenor.", None),
        t("Sure, and what exactly do you think the convenor's going to do differently?"),
        c("Forget it. I'll come down to the clubhouse and sort it wi' somebody that listens.", None),
    ],
))

# 7 not_my_department_or_read_the_terms: Kisumu, public library computer class
_open = c("Good afternoon madam. I paid fifteen hundred for the computer class here, six weeks, and two Saturdays now the teacher has not come. Nobody told us anything. I want to know what is happening.", None)
PAIRS.append(gpair(
    "b233g_kisumu_library_computer_class", "public library, adult learning desk (Kisumu, Kenya)", "not_my_department_or_read_the_terms",
    "A market trader paid for a six-week beginners' computer class at the library and the tutor has missed two Saturdays.",
    [
        _open,
        t("Good afternoon. I'm sorry, you came twice for nothing, that's not right. Let me check the register. Are you in the Saturday morning beginners' group?"),
        c("Yes, morning, nine o'clock. The teacher is Mr Odhiambo.", None),
        t("I see it. Mr Odhiambo has been unwell and the message to learners was never sent. That is our failure. Can I ask what you were hoping to get from the course, so I know what matters most in fixing it?"),
        c("I am applying for a clerk job at the county. They want someone who can use Word and email. The application closes at the end of next month.", None),
        t("So Word and email, before the end of next month. Two things I can do: a relief tutor starts this Saturday, and I can add two catch-up sessions on Wednesday evenings so you finish in time. And I can refund the two missed weeks, five hundred shillings. Would that help?"),
        c("Wednesday evening is hard, I close from the market at six. Saturday only.", "no_time"),
        t("Then Saturdays: I'll make the last three Saturdays nine to one instead of nine to eleven, so you catch up without Wednesdays. And I'll refund the five hundred anyway, because you came for nothing. Is that fair?"),
        c("That is fair. Thank you, madam.", None),
    ],
    [
        _open,
        t("Good afternoon! Thank you for sharing your experience. Unfortunately the tutors are not my department, they are under the county ICT office. How else can I help you today?"),
        c("But you are the one who took my money at this desk.", None),
        t("I understand your frustration. What I'm hearing is that the payment was made here, yes, but the terms are on the back of your receipt: the library is not responsible for tutor absence. Have you read them?"),
        c("Who reads the back of a receipt? I need this class for a job application, it closes next month.", None),
        t("I hear that the job is important to you. But I didn't make the rules, madam. Is there anything else I can help you with today?"),
        c("Then refund me the two weeks.", None),
        t("Refunds are handled by the finance office at the county, I'm afraid, it's on the form. Apart from that, did you have a good experience with us?"),
        c("A good experience? Just give me the address of the finance office.", None),
    ],
))

# 8 social_proof_or_deadline_pressure: Chicago, public radio pledge drive
_open = c("Hey, so I heard the pledge break. I've listened for like ten years and never given a dime, which, yeah. What's the smallest amount that actually helps?", None)
PAIRS.append(gpair(
    "b233g_chicago_public_radio_pledge", "listener-supported public radio station, pledge line (Chicago, Illinois, US)", "social_proof_or_deadline_pressure",
    "A long-time listener, a grad student, calls in during the pledge drive to give for the first time.",
    [
        _open,
        t("Hey, thanks for calling, and honestly, welcome. Every amount helps. Are you thinking of a one-time gift, or something monthly?"),
        c("I don't know, I'm a grad student. Monthly kind of scares me, I've got enough subscriptions I forget about.", None),
        t("Totally reasonable. A one-time gift works just as well and there's no minimum. A lot of students give ten or twenty once a year during the drive. If you ever want monthly later you can set it up and cancel online, but there's no need to decide that now."),
        c("Cool. Let's do twenty, one time. Do I have to get the tote bag? I have like nine tote bags.", None),
        t("No tote needed, I'll mark it no gift, so the whole twenty goes to the station. Do you want to give a card number now, or would you rather I text you the link so you can do it when it suits you?"),
        c("Text me the link, I'm actually driving right now.", None),
        t("Then let's hang up so you can drive. The link's going to this number now. And thank you, really."),
        c("Thanks, man. Keep the jazz show on Sundays.", None),
    ],
    [
        _open,
        t("Love that! And you're in great company: literally everyone in your neighborhood has pledged this week, we're seeing record numbers. What neighborhood are you in?"),
        c("Uh, Pilsen. Honestly I was thinking something small, I'm a grad student.", "no_money"),
        t("Pilsen is on fire today, half your block has called in! And here's the thing: a donor is matching every gift, but only until noon, so you've got about six minutes. What does success look like for you, the $120 level or the $240?"),
        c("Six minutes? I'm driving, I can't read you a card number right now.", "no_time"),
        t("Totally hear you. So what I'm hearing is timing's tricky, but the match ends at noon and your neighbors would love to see Pilsen top the board. Could you pull over? It only takes a sec."),
        c("I'm not pulling over on the Dan Ryan for a tote bag. Maybe I'll just do it online sometime.", "brush_off"),
        t("Online's fine, but the match won't be there later, and we only have forty of the limited-edition mugs left, they'll be gone by lunch. Shall I just put you down for $120 and you confirm online?"),
        c("No. Don't put me down for anything.", "no_need"),
    ],
))

# 9 keyword_stuffed: Mombasa, NGO tailoring course for young women
_open = c("Hello, habari. I saw your poster at the chief's office, about the tailoring course for young women. I finished form four last year. I want to know how long it is and how much.", None)
PAIRS.append(gpair(
    "b233g_mombasa_tailoring_course", "women's skills NGO, training centre phone (Mombasa, Kenya)", "keyword_stuffed",
    "A school leaver asks how long the NGO's tailoring course lasts and what it costs.",
    [
        _open,
        t("Nzuri, and thank you for calling. The course is six months, Monday to Thursday, eight to one, at our centre in Likoni. Before I go into the fees, can I ask what you'd like to do after it: work for someone, or start something of your own?"),
        c("My own, one day. My mother sells vitenge at Kongowea market, I want to sew the fabric into clothes for her customers.", None),
        t("That's a clear plan, you already have the customers and the fabric. The fee is 12,000 shillings for the six months, materials included. We also have a sponsorship for young women from Likoni and Kisauni that covers half. Where are you staying?"),
        c("Kisauni. But even six thousand, eh, I have to ask my mother. And I help her at the market on Fridays and Saturdays.", "think_it_over"),
        t("Fridays and Saturdays are free, classes stop on Thursday, so you can still help her. Why don't you and your mother come to the centre together on Tuesday? She can see the machines and ask her questions, and we can fill the sponsorship form if you decide to go ahead."),
        c("Tuesday afternoon she can come, after the market is quiet. Around three.", None),
        t("Three on Tuesday, at the centre on the ferry road. Ask for me, Mwanaisha. I'll have the sponsorship form ready."),
        c("Okay, asante sana.", None),
    ],
    [
        _open,
        t("Thank you so much for reaching out, I really understand and I feel your passion for growth. Here at the centre we are all about building relationships and empowering success through a holistic learning experience that meets your needs. So, what are your needs?"),
        c("Eh... my need is to know how long the course is and how much.", None),
        t("Absolutely, and I hear you, I hear that value and time are important on your journey. Our programme is designed around your experience, so the length is really about your own success. Many of our graduates feel transformed. How do you feel about that?"),
        c("I don't know how I feel. Is it three months or six? I help my mother at the market, I can't come every day.", "no_time"),
        t("I totally understand your situation and I appreciate you sharing it. Our learner-centred approach means we're committed to understanding each young woman's unique needs on her journey. Would you say you're ready to invest in yourself?"),
        c("How much is the investing?", None),
        t("Great question! The investment is really about the value you place on your own success, and we have a range of options to support your needs going forward, including sponsorship pathways. How do you feel about partnering with us?"),
        c("You have not told me one number. I will ask my cousin, she did tailoring at the polytechnic.", "think_it_over"),
        t("Wonderful, we value every relationship! Is there anything else I can help you with today?"),
        c("No. Kwaheri.", None),
    ],
))

# 10 rude: Bristol, adult evening pottery class transfer
_open = c("Hi, sorry, I'm on the Tuesday beginners' pottery, and my shifts at work have changed so I can't do Tuesdays from next month. Is there any way I can move to Thursday? I've paid for the full term.", None)
PAIRS.append(gpair(
    "b233g_bristol_evening_pottery_transfer", "community adult education centre, reception (Bristol, UK)", "rude",
    "A learner on a ten-week evening pottery course asks to move nights because her work shifts changed.",
    [
        _open,
        t("No need to apologise, shifts change. Let me look at Thursday. Can I take your name, and how far into the term are you?"),
        c("Priya Sharma. We've done four weeks out of ten. I've just started on the wheel and I'd hate to lose that.", None),
        t("Thanks, Priya. Thursday beginners is full, I'm afraid, but Thursday improvers has one space and they're on the wheel every week. Jo, the tutor, says people with four weeks of wheel time usually cope fine. Would you want to try it, or does improvers sound like a stretch?"),
        c("Bit nervous, honestly. What if I'm miles behind everyone?", None),
        t("Fair worry. How about this: come next Thursday as a trial. If it's too much, we credit your remaining six weeks to next term's Tuesday group or to Saturday workshops. Either way you don't lose what you've paid."),
        c("Oh, that's really decent. Can I just check the new rota first and let you know tomorrow?", "think_it_over"),
        t("Of course. Ring or email by Friday and I'll hold the space till then. I'll send you the Thursday details tonight so you have them."),
        c("Brilliant, thank you so much.", None),
    ],
    [
        _open,
        t("Right. The timetable's been online since August, you know. What is it you want, exactly?"),
        c("I just said. My shifts have changed, I can't do Tuesdays. I'd like to move to Thursday.", None),
        t("Thursday beginners is full. Obviously. It's the most popular night. Anything else?"),
        c("Is there any other option? I've paid for ten weeks and I've only done four.", None),
        t("You could go in improvers, but honestly, four weeks in, you'd be out of your depth. I'm not running a creche. So do you want to just lose the six weeks, or what?"),
        c("Wow. No, I don't want to lose sixty quid. Can I get a refund for the weeks I can't come?", None),
        t("Read the refund policy. Look, I've got a queue, I can't spend all evening on one pottery swap."),
        c("Fine. I'll email the centre manager. And I won't be booking the spring term, I can tell you that.", None),
    ],
))
