"""Gaming pairs a01-a10 of blind229, written by hand."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: streaming cancel, Denver
_open = c("Hi, yeah, I need to cancel my StreamVale account. The bill went up again and I'm just... done.", "too_expensive")
PAIRS.append(gpair(
    "b229g_denver_streaming_cancel", "streaming video subscription, Denver, Colorado", "monologue",
    "A mother calls to cancel a streaming account after a price rise; her daughter, the main viewer, has moved out.",
    [
        _open,
        t("I can help with that. Before I process it, can I ask what's made you decide now? Is it mainly the new price, or something else as well?"),
        c("Mostly the price. It went from twelve ninety-nine to seventeen, and honestly we watch maybe one show a month now. My daughter moved out, she was the one using it.", "too_expensive"),
        t("That makes sense. Seventeen dollars for one show a month isn't great value. I'm required to mention one option: there's an ad-supported plan at seven ninety-nine. But if you'd rather just close the account, that's completely fine."),
        c("No, thanks. I'd rather just close it. If we want something we'll rent it.", "no_need"),
        t("Understood, I'm cancelling it now. You're paid up until the 14th, so you can still watch until then, and you won't be billed again. A confirmation email is on its way. Is there anything on the account you want me to check before I close it?"),
        c("Uh, no... oh, wait, will it delete my daughter's profile? Her watch history and stuff?", None),
        t("Profiles are kept for ten months after cancelling, so if either of you comes back, the history is still there. Nothing is charged while it's stored."),
        c("Okay, good. Thanks, that was easier than I expected.", None),
    ],
    [
        _open,
        t("I totally hear you, and I really appreciate you being a member! Can I just share what's coming this spring? The new season of Harbor Lights, three original movies, and live hockey starting in March. A lot of families tell us the experience is totally different now. And the new price includes 4K on four screens, so really you're getting more than before."),
        c("Okay, but I don't need four screens. It's just me and my husband now.", "no_need"),
        t("Totally, and that's what's great, because when the family visits over the holidays everyone can watch on their own device. Plus Watch Together lets your kids watch with you from their own homes. What matters most in your streaming experience? Because honestly our roadmap this year is amazing, we're adding Kids Zone, downloads on thirty devices, and..."),
        c("Can you just...", None),
        t("Sorry, just one more thing, because I don't want you to miss out: if you stay three more months I can add the Premium Sports pack free for the first month, usually nine ninety-nine. Most people who try it love it. So how does that sound?"),
        c("It sounds like you're not listening. I called to cancel. Seventeen a month is way too much for what we watch, and now you want to add more.", "too_expensive"),
        t("I understand completely, and I appreciate that feedback. Just so you know, a lot of our members felt the same way before they saw the new lineup, and..."),
        c("Cancel it, please. Now. Or put me through to someone who will.", None),
    ],
))

# a02 closing_as_open_question: gym membership before surgery, Calgary
_open = c("Hi, um, I'm calling about my membership. I've got knee surgery in three weeks and I won't be able to come in for, like, four months at least.", None)
PAIRS.append(gpair(
    "b229g_calgary_gym_freeze", "gym membership, Calgary, Alberta", "closing_as_open_question",
    "A member facing knee surgery calls about pausing or ending a sixty-dollar monthly gym membership.",
    [
        _open,
        t("Sorry to hear about the knee, I hope it goes smoothly. What were you hoping to do with the membership while you recover?"),
        c("Well, I was gonna cancel, honestly. I don't want to pay sixty bucks a month for a place I can't even walk into.", "no_need"),
        t("That's fair. There are two ways to go: a full cancel, which has thirty days' notice, or a medical freeze. With a doctor's note we pause it for up to six months at no charge, and nothing comes out until you restart. Which suits you, or do you want a day to think about it?"),
        c("Free, like actually zero? The last gym I was at charged me ten a month to 'freeze' and then lost the paperwork.", "bad_experience"),
        t("Actually zero. The one catch is we need the note from your surgeon within two weeks of the freeze starting. And if you'd rather cancel outright, I'll do that, no problem at all."),
        c("Okay... the freeze, I guess. I'd probably come back once my physio says I can.", None),
        t("Done. The freeze starts on the 3rd, your surgery date. I'll email you the link to upload the note, and you'll get a reminder a week before it ends so you can restart or cancel then. Does that work?"),
        c("Yeah, that works. Thanks.", None),
    ],
    [
        _open,
        t("Oh no, I'm sorry to hear that! So tell me, what would it take for you to keep training with us through the recovery?"),
        c("Nothing? I literally can't train. I'll be on crutches.", "no_need"),
        t("Totally understand. And how would you feel about starting our Rehab Plus personal training the week after surgery? How would you like to pay for that, card on file or a new one?"),
        c("I haven't said I want it. What does that even cost?", None),
        t("It's just two hundred and forty a month on top of your membership, and it's built around your needs. What's the best day for your first session, Monday or Thursday?"),
        c("Two forty? No way. I'm off work for six weeks after this, I can't spend that kind of money.", "no_money"),
        t("I hear you. So what would have to be true for you to say yes today? Because I can lock in the member rate if we set it up on this call."),
        c("Nothing has to be true. Can I freeze my membership or not?", None),
        t("Absolutely! And how would you like to handle the freeze fee, monthly or all four months up front?"),
        c("Freeze fee? Forget it, I'll call back and talk to someone else.", None),
    ],
))

# a03 pitch_as_paraphrase: mobile plan downgrade, Melbourne
_open = c("G'day, I want to drop my plan down to something cheaper. I'm paying sixty-five a month and I barely touch the data.", None)
PAIRS.append(gpair(
    "b229g_melbourne_mobile_downgrade", "mobile phone plan, Melbourne, Victoria", "pitch_as_paraphrase",
    "A light user on a sixty-five-dollar mobile plan asks to move to something cheaper.",
    [
        _open,
        t("No worries, let's find the right fit. Can you tell me roughly how you use the phone? Calls, messages, data, anything overseas?"),
        c("Mostly calls to my sister in Geelong, texts, bit of email. I'm on the wifi at home and at work. The app says I used about four gig last month out of eighty.", None),
        t("Righto, so mostly calls and texts, wifi most of the day, about four gig. Any travel coming up, or anyone else on the account?"),
        c("Nah, just me. Might go to Bali in October but I'd just grab a local SIM there.", None),
        t("Then the Lite plan looks right: unlimited calls and texts, fifteen gig, thirty a month. One thing to flag: you're paying off the handset until May, twelve a month, and that stays. So forty-two until May, then thirty."),
        c("Hmm. Nothing cheaper? My mate's on some prepaid thing for twenty.", "too_expensive"),
        t("We do have a twenty-dollar prepaid, but it's five gig, and at four you'd be cutting it close. I'd call the Lite the safer choice, but I can set up the prepaid if you'd like to try it, and you can change plans in the app any time with no fee."),
        c("I'll go the Lite. Can always drop further later.", None),
    ],
    [
        _open,
        t("Absolutely, happy to help you get the most out of your plan! Can you tell me a little about how you use your phone?"),
        c("Mostly calls to my sister in Geelong, texts, bit of email. I'm on the wifi at home and at work.", None),
        t("Lovely. So what I'm hearing is you want a plan that keeps you connected to family wherever you are, which is our Unlimited Plus at seventy-nine, is that right?"),
        c("No, that's more than I pay now. I said I want cheaper.", "too_expensive"),
        t("Totally. So if I understand correctly, what matters to you is value, and the best value is the Unlimited Plus on a twenty-four-month term, because it works out cheaper per gig. Does that sound right?"),
        c("Per gig? I don't use the gigs, mate. Four gig last month.", "no_need"),
        t("Got it, so you're saying you'd like the peace of mind of never running out, which is exactly what the Plus gives you, with Kayo sport thrown in. Shall I switch you over?"),
        c("No. I'm not saying any of that. I don't want the Plus.", "no_need"),
        t("I hear you. Just so I've got it right, you're after something that grows with you, so..."),
        c("Forget it. I'll port my number somewhere else.", None),
    ],
))

# a04 upsell_as_loop_closing: meal kit delivered during vacation, Portland
_open = c("Hi there. I got charged eighty-nine dollars for a box that got delivered while we were in Mexico. It sat on the porch for five days. I thought I'd skipped that week.", None)
PAIRS.append(gpair(
    "b229g_portland_mealkit_skip", "meal-kit subscription, Portland, Oregon", "upsell_as_loop_closing",
    "A subscriber was charged for a meal kit that spoiled on the porch during a vacation she believed she had skipped.",
    [
        _open,
        t("Oh no, five days on the porch, that's a lot of spoiled food. Let me look. Do you remember roughly when you set the skip, and was it in the app or on the website?"),
        c("App. Like... two weeks before we left? I remember it showing the little grey skipped thing.", None),
        t("I can see it. The skip was saved, but for the week after your trip. We changed delivery days over the holidays and some skips moved by a week. That's our error, not yours, so I'm refunding the full eighty-nine to your card now. It shows in three to five business days."),
        c("Okay. Honestly I was about to cancel over this. We've had two boxes with squashed produce this year too.", "bad_experience"),
        t("That's fair to be fed up with. If you want to cancel, I can do it right now. If you'd rather keep going, I can set the skips for any trips you have coming up. What would you prefer?"),
        c("I'll keep it for now, I guess. We're away again March fourteenth to the twenty-fifth.", None),
        t("I've skipped both boxes in that window and checked they're on the right weeks this time. You'll get an email for each skip. Anything else you'd like me to look at?"),
        c("No, that's it. Thanks for sorting it.", None),
    ],
    [
        _open,
        t("I'm so sorry about that experience! Let me get that sorted for you. Can you tell me when you set up the skip?"),
        c("App, about two weeks before we left. It showed as skipped.", None),
        t("Perfect, I see it moved a week with our holiday change, so I've put a credit of eighty-nine on your account for your next box. Now, to close the loop, what else can I add for you this week? Our Fiesta dessert add-on is popular with people just back from vacation!"),
        c("A credit? I want the money back on my card. I don't want another box right now, let alone dessert.", "no_need"),
        t("Totally hear you. The credit is the fastest way to resolve it. And just to make sure we've covered everything, is there anything else I can add to make your next box really special? Maybe the breakfast bundle, fifteen a week?"),
        c("No. Fifteen more a week on top of eighty-nine? We're already way over on groceries this month.", "no_money"),
        t("Understood! Before I let you go, what else can I help you with today? Would you like to go up to the family size so there are leftovers for lunches?"),
        c("Are you kidding me? Just put the eighty-nine back on my Visa.", None),
        t("I can request that as a refund, it takes up to ten business days. Anything else I can add for you while you're on the line?"),
        c("No. And I'm cancelling after this.", None),
    ],
))

# a05 leading_tag_questions: print newspaper, Ottawa
_open = c("Yes, hello. I've taken the Courier for forty-one years and I'm afraid I have to stop the paper delivery. My eyes aren't what they were.", None)
PAIRS.append(gpair(
    "b229g_ottawa_newspaper_print", "daily newspaper subscription, Ottawa, Ontario", "leading_tag_questions",
    "An elderly subscriber with failing eyesight asks to stop home delivery of the print paper after four decades.",
    [
        _open,
        t("Forty-one years, thank you for being with us that long. I'm sorry about your eyes. Would you like to stop the paper altogether, or is there still someone at home who reads it?"),
        c("My wife reads the obituaries and does the puzzles. She's got one of those iPads the grandchildren gave her, but she's not sure about it.", None),
        t("The digital edition has a page-by-page version that looks just like the printed paper, puzzles included, and you can enlarge the text, which might help you too. It's eleven a month against the thirty-two you pay now. Would that be worth trying, or would you rather just stop?"),
        c("Hmm. I don't know. We tried reading the news on the computer once and it was all pop-ups. Drove me up the wall.", "bad_experience"),
        t("That's a fair worry. The page version has no pop-ups, but the only way to know is to try it. I can stop the print from Monday and give you the digital free for four weeks; if your wife doesn't take to it, you ring and we cancel, nothing owed. Or I simply stop everything now. Your choice."),
        c("Let me talk to Margaret first. She'll want a say in it.", "think_it_over"),
        t("Of course. I'll stop the print from Monday, as you asked, and nothing else changes. When you've decided, you can call this number, or I can phone you Thursday afternoon. Which would you prefer?"),
        c("Thursday's fine. After two, mind. We nap before that.", None),
    ],
    [
        _open,
        t("Forty-one years, wow, that's a real relationship! You'll want to keep the weekend edition at least, won't you?"),
        c("No, I don't think so. I can barely read the headlines now.", "no_need"),
        t("I understand. But your wife still enjoys the paper, doesn't she? She'd miss the Saturday crossword, wouldn't she?"),
        c("Well... she does the puzzles, yes. But I'm the one paying, and it's thirty-two dollars a month for paper we mostly put in the recycling.", "too_expensive"),
        t("And it's nice to have something to hold in your hands in the morning, isn't it? Screens just aren't the same, are they?"),
        c("I suppose not, but that's not really the point, young man.", None),
        t("So we'll keep Saturday and Sunday for you, that's the sensible choice, isn't it? It's only fourteen a month."),
        c("I'd have to ask my wife. I'm not deciding that over the telephone.", "think_it_over"),
        t("She'd agree though, wouldn't she? Shall I just put it through and you can tell her tonight?"),
        c("No. Just stop it all, please. All of it.", "no_need"),
    ],
))

# a06 putdown_question: cloud storage annual renewal, Brisbane
_open = c("Hello, I've just been charged a hundred and twenty-nine ninety-nine for a year of NimbusBox storage and I haven't used it in months. I'd like that back, please.", None)
PAIRS.append(gpair(
    "b229g_brisbane_cloud_renewal", "cloud storage subscription, Brisbane, Queensland", "putdown_question",
    "A British-born customer disputes an automatic annual renewal of cloud storage he stopped using months ago.",
    [
        _open,
        t("Let's have a look. When did the charge come through, and have you used the account since?"),
        c("Tuesday. And no, I moved everything across to the Google one back in June. Haven't logged in since, you can probably see that.", None),
        t("I can: last sign-in June 3rd, nothing uploaded since. Annual renewals can be refunded in full within thirty days if the account hasn't been used, and that's your case. Would you like the refund and the account closed, or dropped to the free five gig so you keep the login?"),
        c("Close it. I've got the Google one now, I don't need two.", "no_need"),
        t("Will do. One thing before I close it: there are still about 340 files in there, 2.1 gig, mostly from 2019. Once an account is closed they're deleted after thirty days. Do you want those?"),
        c("Oh. Probably, yeah, could be the wedding photos. Can't do it tonight though, I'm out the door in ten minutes.", None),
        t("No rush. I'll refund the $129.99 now, five to seven business days to your Mastercard, and put the account on the free tier with no card on file, so it can't charge again. Download whenever suits, and I'll email you on the 20th with a link to close it for good."),
        c("Brilliant. Cheers.", None),
    ],
    [
        _open,
        t("Right, let's see. You did get the three reminder emails we sent, or do you just not check your inbox?"),
        c("I didn't see any reminder. And I haven't used it since June, I moved everything to Google.", None),
        t("Okay, so help me understand: how does someone forget they have a subscription for a whole year? What's your process for keeping track of these things?"),
        c("My process? I'm ringing to get my money back, not for a lecture.", None),
        t("Totally, I just want to understand your needs. But are you sure you want to throw away a year of storage because you missed an email? Most sensible people would keep it at this price, wouldn't they?"),
        c("Most sensible people... right. I don't need it, I've told you, I've got Google now.", "no_need"),
        t("And what exactly is so much better about Google? Have you actually compared them, or is that just what your kids told you?"),
        c("I'm not discussing my kids with you. Can I get a refund or not?", None),
        t("I can look into it. Would it help if I explained how annual billing works first, so this doesn't happen to you again?"),
        c("I know how annual billing works, thanks. Supervisor, please.", None),
    ],
))

# a07 not_my_department_or_read_the_terms: satellite TV equipment fee, Phoenix
_open = c("Yeah, hi. I cancelled my satellite TV in August, I mailed the receiver back like you told me, and now I've got a bill for a hundred and fifty dollars for unreturned equipment.", None)
PAIRS.append(gpair(
    "b229g_phoenix_satellite_equipment", "satellite pay TV, Phoenix, Arizona", "not_my_department_or_read_the_terms",
    "A former subscriber who mailed back his receiver is billed a $150 unreturned-equipment fee.",
    [
        _open,
        t("That's frustrating when you did what you were asked. Do you have the tracking number or the receipt from when you sent it?"),
        c("I've got the UPS receipt right here. Tracking ends in 4471. Says delivered September second to your warehouse in Tempe.", None),
        t("Thanks. I see the delivery on September second, but the receiver was never scanned in at the warehouse, which is what triggered the fee. Your tracking shows it arrived, so I'm removing the hundred and fifty now and flagging it with the warehouse."),
        c("Okay. Will this go to collections or anything? I had a collections thing with a cable company in Tucson years back and it wrecked my credit for ages.", None),
        t("It won't. The balance is zero as of now and nothing was ever sent to collections. I'll email you a statement showing the zero balance today, so you have it in writing."),
        c("Great. And while I've got you, somebody called last week with a deal to come back. I'm not interested, can you make those calls stop?", "no_need"),
        t("Yes, I've put you on the do-not-call list for offers. It can take up to thirty days to stop completely, sorry about that. Anything else on the account?"),
        c("No, that's everything. Appreciate it.", None),
    ],
    [
        _open,
        t("I'm sorry to hear about that experience. Equipment fees aren't handled by my department, that's our Returns team. What I can help with is your TV needs. Have you thought about coming back to us?"),
        c("No. I've thought about not paying a hundred and fifty bucks for a box I already sent back. Can you transfer me to Returns?", "no_need"),
        t("I hear your frustration. Returns doesn't take calls, you'd need to email them. Also, if you read section nine of your service agreement, it does say equipment has to be received and scanned within fourteen days."),
        c("It was received. I've got the UPS tracking. Delivered September second.", None),
        t("I understand, and I appreciate you sharing that. But scanning isn't our side, that's the warehouse, and I didn't make the fee rules. Is there anything else I can help you with today?"),
        c("Yeah. Take the fee off. That's what I'm asking for.", None),
        t("So what I'm hearing is you'd like the fee reviewed. The terms are on our website under Legal, they explain the dispute process, and there's a form you can fill out."),
        c("Unbelievable. I'm filing a complaint with the Better Business Bureau.", None),
    ],
))

# a08 social_proof_or_deadline_pressure: wine club cancel, Vancouver
_open = c("Hi, I'd like to cancel my wine club membership, please. The quarterly box.", None)
PAIRS.append(gpair(
    "b229g_vancouver_wineclub_cancel", "wine club box subscription, Vancouver, British Columbia", "social_proof_or_deadline_pressure",
    "A member cancels a $180 quarterly wine box to save for a down payment on a home.",
    [
        _open,
        t("Sure, I can help with that. Do you mind if I ask what's prompting it? Just so I can pass it on."),
        c("It's nothing against the wine, it's good. We're saving for a down payment and a hundred and eighty a quarter is an easy thing to cut.", "no_money"),
        t("That's a good reason, and good luck with the house hunt. I'll cancel it now. Your next box was due to ship on the 1st, and since you're calling before the 20th cutoff, it won't ship and you won't be charged."),
        c("Oh good, I was worried I'd missed the window.", None),
        t("You made it with a few days to spare. There's one thing I'm meant to mention, and you can say no: members can pause for up to a year instead, which keeps the ten-percent member pricing if you come back. No charge while paused. Would that help, or is a clean cancel simpler?"),
        c("Honestly, clean cancel. I know myself, if it's sitting there I'll switch it back on.", "no_need"),
        t("Fair enough, that's what I've done. Cancelled as of today, and the confirmation is in your inbox."),
        c("Thanks. Appreciate you not giving me the hard sell.", None),
    ],
    [
        _open,
        t("Oh, I'm sorry to hear that! Can I ask what's behind your decision? I really want to understand your experience."),
        c("It's nothing against the wine, it's good. We're saving for a down payment and a hundred and eighty a quarter is an easy thing to cut.", "no_money"),
        t("Totally understand. Just so you know, almost everyone in the club in Kitsilano has stayed on this year, we've got a ninety-five percent retention rate. People really value the relationship with the winemakers."),
        c("Good for them. We still have to cut it.", "no_money"),
        t("Of course. And I can do something special, but only today: thirty percent off your next two boxes. That offer ends when we hang up, and honestly the Pinot Noir allocation is almost gone. Once it's gone, it's gone."),
        c("I... hm. Thirty percent off is still, what, a hundred and twenty-six? Let me talk to my wife and call you back tomorrow.", "think_it_over"),
        t("I totally respect that. The thing is, I can't guarantee the discount tomorrow, and there's a waitlist of your neighbours who'd snap up your spot. What would you like to do right now?"),
        c("Right now I'd like to cancel, like I said at the start.", "no_need"),
        t("Okay. Just so you know, a lot of the people who cancelled last month called back to rejoin and couldn't get in. Are you sure?"),
        c("Yes. I'm sure. Cancel it.", None),
    ],
))

# a09 keyword_stuffed: accounting software downgrade, Chicago
_open = c("Hi, I run a little bakery in Pilsen and I'm on your Team plan. My bookkeeper left, so it's just me now, and I want to go down to the cheaper one.", None)
PAIRS.append(gpair(
    "b229g_chicago_accounting_downgrade", "accounting software subscription, Chicago, Illinois", "keyword_stuffed",
    "A bakery owner whose bookkeeper quit wants to move from a $70 Team plan to the cheaper Solo plan.",
    [
        _open,
        t("Sure, we can do that. Before I switch it, which features do you use week to week? A few things are only on Team and I don't want you to lose something you rely on."),
        c("Invoices to the two cafés I supply, the bank feed, and payroll for my three part-timers. That's pretty much it.", None),
        t("Okay: invoices, bank feed, payroll for three people. The first two are on Solo. Payroll isn't; it's an add-on at twelve a month plus two dollars per employee. So Solo with payroll comes to thirty-one a month, against the seventy you pay now."),
        c("Hm, I thought payroll was just included. My cousin uses some free app for his food truck, maybe I should just switch to that.", "too_expensive"),
        t("Worth a look. Check how it does payroll, though; a lot of the free ones charge per run or don't do it at all. The number to beat is thirty-one a month for what you use today. And if you hire again, you can move back to Team any time, prorated."),
        c("Nah, thirty-one's fine. I don't have time to learn a whole new program right now anyway. Can you switch me?", None),
        t("I can. Would you like it now, or after this month's payroll run on Friday, so nothing changes mid-run?"),
        c("After Friday. I do not want to mess with payroll that week. Saturday?", None),
        t("Scheduled for Saturday morning. I'll email you a confirmation now and another once it's done."),
        c("Perfect. Thank you, seriously.", None),
    ],
    [
        _open,
        t("Thank you so much for reaching out! I really want to understand your needs and your journey as a small business owner. How do you feel about your experience with LedgerLeaf so far?"),
        c("It's fine. I just want to go down to Solo. It's only me now.", None),
        t("Absolutely, and I hear that your needs have changed, and I feel that's so important. Our relationship with you matters, and your success is our success. What does success look like for you this year?"),
        c("Success looks like paying my flour supplier on time. Can you just switch the plan?", None),
        t("I totally understand, and I really value you sharing that. So what I'm hearing is you need a solution that supports your growth journey and your team experience. How do you feel the Team plan has supported that?"),
        c("There is no team. My bookkeeper quit. I'm paying seventy a month for logins nobody uses.", "too_expensive"),
        t("I appreciate that, and I understand how you feel. It's important to me that you feel heard and that we keep building this partnership. Is there anything else you need from our relationship today?"),
        c("Will I lose payroll if I switch? That's the only thing I actually need to know.", None),
        t("That's a great question, and I want your experience to be seamless. Our goal is always your success, so I'd recommend you reflect on your needs and feel confident in whatever feels right for your business."),
        c("That's not an answer. I'll look it up myself. Or look at another program, honestly.", None),
    ],
))

# a10 rude: gym debit after cancelling, Perth
_open = c("Hi, ja, I cancelled my membership at the Joondalup club at the end of last month and you've still taken forty-two dollars off my account this week.", None)
PAIRS.append(gpair(
    "b229g_perth_gym_debit", "gym membership, Perth, Western Australia", "rude",
    "A South African-born member was debited a fortnightly fee after cancelling at the front desk.",
    [
        _open,
        t("Sorry about that, let's sort it out. Did you cancel in person at the club, or through the app?"),
        c("At the front desk. The guy there, Jayden I think, said it was done. I didn't get anything in writing though.", None),
        t("Okay. I can see a note from Jayden on the 28th saying you asked to cancel, but the cancellation itself was never submitted, so the system kept billing. That's our mistake. I'm processing it with the 28th as the date and refunding the forty-two dollars."),
        c("Right. How long for the refund? I'm a bit tight this month, that forty-two hurt.", None),
        t("Three to five business days, back to the same account. I'll email you the cancellation confirmation with the refund on it now, so you've got it in writing this time."),
        c("Okay, good. You're not going to try and get me to stay, hey?", None),
        t("Not if you've decided. If you ever want to come back, the joining fee is waived for ex-members for a year, that's all. Is the email on file still the Gmail one?"),
        c("Ja, that's the one. Nah, I'm done with gyms, I run outside now. But thanks, that was quick.", "no_need"),
    ],
    [
        _open,
        t("Okay. Did you actually cancel, or did you just tell someone at the desk? Because those are two different things."),
        c("I told the guy at the front desk, Jayden. He said it was done.", None),
        t("Yeah, well, Jayden isn't the system. So what I'm hearing is you didn't get it in writing. Great. And what exactly do you want me to do about that?"),
        c("I want my forty-two dollars back. I'm tight this month, it's not nothing.", None),
        t("Everyone's tight this month. Look, I can put the cancellation in from today. The forty-two is a billing thing, not really my problem. Anything else?"),
        c("From today? I cancelled on the twenty-eighth. Can I speak to your manager?", None),
        t("Sure, email her, she's got a three-week backlog. Or, since money's so tight, I could drop you to off-peak at twenty-nine a fortnight instead. Best you'll get from me."),
        c("Twenty-nine for a gym I don't go to? No. I want my money back and I'm done with you people.", "no_need"),
    ],
))
