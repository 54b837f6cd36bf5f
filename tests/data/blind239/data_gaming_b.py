"""Gaming pairs b01-b10 of blind239 (written by hand). Childcare, family and school services."""
from common import c, gpair, t

PAIRS = [
    # 11 ignored_customer
    gpair(
        "b239g_montreal_daycare_celiac", "private daycare, Montreal (CA)", "ignored_customer",
        "A French-speaking father calls in English about a September place for his two-year-old, who has "
        "celiac disease; the family had hoped for a subsidized place.",
        good=[
            c("Bonjour, hello. I call for my son Mathis, he is two years. We need a place in daycare for "
              "September. Also he has the celiac disease, so it is important.", None),
            t("Hello, thank you for calling Les Petits Pas. Let's start with the celiac, because that decides "
              "a lot. How strict does it need to be, are crumbs a problem for him?"),
            c("Yes, even small crumbs. He was very sick last year at the other daycare because they gave him "
              "the same toast as the others. One time only, but it was bad.", None),
            t("I'm sorry, that must have been frightening. I'll be honest: our kitchen isn't gluten-free, we "
              "serve bread and pasta. What we can do is serve a meal you bring from home, in his own labelled "
              "box, on a separate table, and the educators are trained for allergies. Would that work for you?"),
            c("Maybe, yes. We do this already at home. And the price? We are on the list for the subsidized "
              "places.", None),
            t("We're a non-subsidized daycare, forty-eight dollars a day, and you get part back through the "
              "Quebec tax credit, paid in advance each month if you ask for it. Our subsidized places are full "
              "for September."),
            c("Forty-eight each day... even with the credit, for us now it is not possible. We cannot pay this "
              "five days.", "no_money"),
            t("I understand. Stay on the La Place 0-5 list, that's the right move. If you like, I can add Mathis "
              "to our own waiting list too, for a subsidized place if one opens. No fee, no promise, but it "
              "costs you nothing."),
            c("Yes, please, put him. Merci, you are very clear.", None),
            t("Done. I've written down the celiac and the home meals, so whoever calls you will already know. "
              "If a place opens we'll phone you first."),
        ],
        gaming=[
            c("Bonjour, hello. I call for my son Mathis, he is two years. We need a place in daycare for "
              "September. Also he has the celiac disease, so it is important.", None),
            t("Welcome! I'd love to understand your needs. What are the most important things for you in a "
              "daycare?"),
            c("The celiac, really. No gluten at all, even crumbs. At the last daycare he was very sick.", None),
            t("Wonderful, thanks for sharing! You'll love our food program. Our chef bakes fresh bread every "
              "morning and Friday is pasta day, the kids adore it."),
            c("But... he cannot eat bread. I just explained this.", None),
            t("Absolutely. And when were you hoping to start?"),
            c("September. The first week, because my wife returns to work.", None),
            t("Perfect. Our next opening is in January, so let's get you booked for January! And are you "
              "looking at full-time?"),
            c("I said September. And you did not answer anything about the gluten. I will call another place.",
              None),
        ],
    ),
    # 12 repeated_questions
    gpair(
        "b239g_adelaide_guitar_lessons", "music school, Adelaide (AU)", "repeated_questions",
        "A dad wants to give guitar lessons to his fourteen-year-old son, self-taught on YouTube, as a birthday "
        "present, but the boy dropped piano before.",
        good=[
            c("G'day, my boy's fourteen and he's been mucking around on an electric guitar for a year, taught "
              "himself off YouTube. Birthday's coming up and I thought lessons might be a good present.", None),
            t("That's a ripper present. What's he playing at the moment, and what does he want to be able to "
              "do?"),
            c("Arctic Monkeys, that sort of thing. He wants to start a band with his mates. He's not fussed "
              "about reading music, he made that pretty clear.", None),
            t("Then he'd suit Jesse, one of our teachers who plays in a band and teaches by ear and tab, no "
              "sheet music unless he wants it. After school on a Wednesday, say, at half four?"),
            c("Wednesday's fine. Only thing is, he dropped piano after one term, so I don't want to lock in a "
              "whole year and have him quit.", "think_it_over"),
            t("Fair enough. Instead of a term, we do a gift voucher for four lessons, a hundred and forty. If he "
              "loves it, he carries on by the term. If not, you're not out much."),
            c("Hundred and forty's a bit steep. The bloke at the music shop does lessons for thirty.",
              "too_expensive"),
            t("He might be fine, especially for a first go. The difference with us is a soundproof room where "
              "he can play loud, and a teacher who's in a working band, which matters to a kid who wants one. "
              "If you like, Jesse can do a free fifteen-minute meet first, so your son decides."),
            c("Yeah, that's good. Let him pick. Can we do that this Wednesday?", None),
            t("Wednesday at four-fifteen, fifteen minutes, no charge. I'll text you the address, and tell him to "
              "bring his own guitar."),
        ],
        gaming=[
            c("G'day, my boy's fourteen and he's been mucking around on an electric guitar for a year, taught "
              "himself off YouTube. Birthday's coming up and I thought lessons might be a good present.", None),
            t("That's great! So tell me, what are you hoping he gets out of lessons?"),
            c("He wants to start a band with his mates. Arctic Monkeys, that kind of thing. Not reading music.",
              None),
            t("Love it. And so what's the main goal for him with the guitar?"),
            c("Like I said, the band. Playing with his mates.", None),
            t("Got it. And just so I understand your needs, what would success look like for him musically?"),
            c("Mate, I've said. Band. Also he dropped piano after a term, so I don't want to pay for a year up "
              "front.", "think_it_over"),
            t("Totally hear you. So, if you had to sum it up, what outcome are you after from the lessons?"),
            c("Are you reading off a card? Just email me the prices, I'll have a look.", "brush_off"),
        ],
    ),
    # 13 wrong_paraphrase
    gpair(
        "b239g_seattle_nanny_twins", "nanny agency, Seattle, Washington (US)", "wrong_paraphrase",
        "A mom who works from home with eight-month-old twins wants part-time daytime help, not a full "
        "handover, and is wary of agency fees.",
        good=[
            c("Hi, so we have eight-month-old twins and I work from home. I need someone three days a week so I "
              "can actually take calls. I'm not looking to hand them off completely, if that makes sense.", None),
            t("It makes total sense. So someone who works alongside you at home, while you're in the next room. "
              "What hours do you need on those three days?"),
            c("Nine to three, roughly. Tuesday through Thursday. My wife's home Mondays and Fridays.", None),
            t("Okay, around eighteen hours a week, nine to three, Tuesday to Thursday, with you in the house. "
              "Some nannies love that and some find it awkward, so I'd screen for it. For twins in Seattle, "
              "families usually pay twenty-eight to thirty-two an hour."),
            c("That part's fine, we've budgeted. Honestly the agency fee is what scares me. My sister paid "
              "something like four grand.", "too_expensive"),
            t("That sounds like a full-time placement. For part-time ours is eighteen hundred, paid only if you "
              "hire someone, with a ninety-day replacement guarantee. To be fair to you, some families find "
              "someone on their own through Care.com and skip the fee. We do the background checks and the "
              "interviews for you."),
            c("Okay. That's less than I thought. I still need to talk to my wife before we sign anything.",
              "think_it_over"),
            t("Of course. We could set up a free twenty-minute call with both of you this week, so she can ask "
              "her own questions. Would Monday or Friday work, since she's home?"),
            c("Friday morning's good.", None),
            t("Friday at ten, then. I'll email the invite and our part-time fee sheet today."),
        ],
        gaming=[
            c("Hi, so we have eight-month-old twins and I work from home. I need someone three days a week so I "
              "can actually take calls. I'm not looking to hand them off completely, if that makes sense.", None),
            t("Absolutely. So what I'm hearing is you're ready to go back to the office full time and need a "
              "full-time nanny to take over. Is that right?"),
            c("No, I work from home. Three days. I'm staying home.", None),
            t("Got it, thank you. So, just playing back, you mentioned you'd like someone who speaks Mandarin "
              "and can do light housekeeping?"),
            c("I didn't say anything about Mandarin. Or housekeeping.", None),
            t("Great, so a full-time household manager with language skills, that's our Premier search. The "
              "placement fee is forty-five hundred. Did I understand you correctly?"),
            c("No. And forty-five hundred is way more than we'd pay for what I actually asked for.",
              "too_expensive"),
            t("I hear that budget is a concern for you. So it sounds like you'd want the payment plan, three "
              "installments of fifteen hundred, correct?"),
            c("I'm going to hang up now.", None),
        ],
    ),
    # 14 pitch_to_upset
    gpair(
        "b239g_hobart_swim_cancel", "children's swim school, Hobart (AU)", "pitch_to_upset",
        "A grandmother phones to cancel her grandson's lessons a week after his mother, her daughter, died; "
        "she is now caring for him.",
        good=[
            c("Hello. I need to cancel my grandson's swimming lessons. Oliver Hastings, Thursday at four. His mum "
              "passed away last week, and I've got him now, and I just can't manage the Thursdays.", None),
            t("Oh, I'm so sorry. Thank you for letting us know, that can't have been an easy call. I can take "
              "care of all of it for you now. You don't need to fill anything in."),
            c("Thank you. I didn't know if there'd be forms or a fee or something.", None),
            t("No forms and no fee. There are six lessons left this term, a hundred and eight dollars. Would you "
              "like that back to the card on file, or is there another account that's easier for you now?"),
            c("The card's fine. It was hers, but it's fine for now. He loved coming here, you know. She always "
              "brought him.", None),
            t("He's a lovely little swimmer, his teacher Bec always says so. If he ever wants to come back, "
              "whenever that is, his spot in his level is held and there's no joining fee. There's no rush on "
              "that at all."),
            c("Not now, love. Maybe later in the year, when things settle.", "no_time"),
            t("Of course. The refund will be on the card in three to five days and I'll send a short email "
              "confirming it. Is there anything else I can do for you today?"),
            c("No, that's everything. Thank you for being kind about it.", None),
        ],
        gaming=[
            c("Hello. I need to cancel my grandson's swimming lessons. Oliver Hastings, Thursday at four. His mum "
              "passed away last week, and I've got him now, and I just can't manage the Thursdays.", None),
            t("Oh, I'm so sorry for your loss, I really hear you. Have you thought about our school holiday "
              "intensive? So many families find it's a great way to keep routine after a big life change."),
            c("No. I just want to cancel Thursdays, please.", "no_need"),
            t("Absolutely, I understand. Just so you know, our Family Membership includes Saturday sessions, so "
              "if Thursdays are the problem, Saturdays could be a really positive experience for him."),
            c("I can't even think about Saturdays right now. I've got a funeral to organise.", "no_time"),
            t("Of course, and I totally respect that. And to honour the journey his mum started with us, we've "
              "got a special offer this month, ten percent off the next term if you re-enrol before the "
              "thirtieth."),
            c("Are you listening to me? My daughter died. Just cancel it.", None),
            t("Understood. Cancellations require two weeks' notice, so there'll be two lessons charged. How did "
              "you feel about your experience with us overall today?"),
            c("Put me through to the owner.", None),
        ],
    ),
    # 15 blame
    gpair(
        "b239g_ottawa_uniform_order", "online school uniform supplier, Ottawa (CA)", "blame",
        "Chat. A mum ordered size 12 blazers for two daughters at a Catholic school; size 10 arrived and school "
        "starts on Tuesday.",
        good=[
            c("hi, i ordered kilts and blazers for my two girls for st matthew's and the blazers are both way "
              "too small. school starts TUESDAY", None),
            t("Hi, sorry about that, and with school so close. Could you give me the order number so I can see "
              "what was ordered and what was sent?"),
            c("OTT-55812. i ordered 12s for both. the labels inside say 10", None),
            t("Thanks. I can see 12s on your order and the packing slip says 10s, so that's our packing error, "
              "not yours. I'll send two size 12 blazers today by express, free, to arrive Friday or Monday."),
            c("monday is cutting it close but ok. do i have to send the small ones back first", None),
            t("No, keep them until the new ones arrive. I'll email a prepaid return label, and you can drop them "
              "at any Canada Post within thirty days. Are the kilts okay, or should I check those too?"),
            c("kilts are fine. honestly i was about to just drive to the store in kanata", None),
            t("That's fair, and the Kanata store has 12s in stock if Monday feels too risky. If you'd rather "
              "pick up there on Saturday, I can put two on hold under your name and cancel the shipping."),
            c("yes do that, saturday is easier. thank you", None),
            t("Done, two size 12 blazers on hold at Kanata under Nguyen, Saturday from nine. I'll email the "
              "return label now."),
        ],
        gaming=[
            c("hi, i ordered kilts and blazers for my two girls for st matthew's and the blazers are both way "
              "too small. school starts TUESDAY", None),
            t("Hi! I'm sorry about your experience. Did you check the size chart before ordering? Most sizing "
              "issues come from parents skipping the measuring step."),
            c("i ordered 12s for both. the labels say 10", None),
            t("I see. So what I'm hearing is the size ordered might not have been what you meant. Is it possible "
              "you clicked 10 by mistake?"),
            c("my confirmation email says 12. i can send you a screenshot", None),
            t("The confirmation can glitch if customers double-click the order button. Did you double-click?"),
            c("are you serious. you sent the wrong size and its my fault", None),
            t("I'm not saying that, I'm just trying to understand. Returns for sizing errors need to be "
              "initiated within seven days, and shipping is at the customer's cost. Anything else I can help "
              "with?"),
            c("im driving to the store. and im leaving a review", None),
        ],
    ),
    # 1 monologue
    gpair(
        "b239g_atlanta_preschool_tour", "preschool, Atlanta, Georgia (US)", "monologue",
        "A retired grandfather raising his three-year-old granddaughter arrives for a tour; she is shy and not "
        "fully potty trained, and he lives on a pension.",
        good=[
            c("Morning. I'm here for the ten o'clock tour. I'm Walter, I called about my granddaughter, Imani. "
              "She's three. I'm raising her.", None),
            t("Good morning, Mr. Walter, welcome. Before I walk you round, what's most on your mind about "
              "Imani starting somewhere? Then I'll show you the parts that matter."),
            c("Two things. She's not all the way potty trained yet. And she's shy. Real shy. She hides behind "
              "my leg at church.", None),
            t("Thank you, that helps. In our threes room pull-ups are fine, and the teachers work on it with "
              "you, same words at home and here. For shy kids, Ms. Carter lets them watch from the reading "
              "corner first. Would you like to see that room first?"),
            c("Yes ma'am. And what does it run? I'm on a pension, so I have to be careful.", None),
            t("Full days are two hundred thirty-five a week. I'd rather you knew that now than at the end."),
            c("Two thirty-five. That's more than I can do on what I get.", "no_money"),
            t("I understand. Two things might help. Georgia's CAPS program can help grandparents raising "
              "grandchildren with the cost, and next year, at four, she can get into free Pre-K through the "
              "lottery. I can help you with the CAPS application after the tour, if you'd like."),
            c("I'd appreciate that. I don't do too well with those online forms.", None),
            t("Then we'll sit down and do it together. Let's go see the threes room."),
        ],
        gaming=[
            c("Morning. I'm here for the ten o'clock tour. I'm Walter, I called about my granddaughter, Imani. "
              "She's three. I'm raising her.", None),
            t("Good morning, welcome! Let me start by telling you all about our experience here at Little "
              "Peaches. We have a play-based STEAM curriculum, Spanish twice a week, yoga on Fridays, a "
              "parent app with live photos, organic snacks, and our teachers are all CDA-certified. We "
              "really focus on the whole child."),
            c("That's nice. The thing is, she's not all the way potty—", None),
            t("Absolutely, and every child's journey is different! So our threes room is right down here, "
              "that's our sensory wall, the kids love it, and next to that is our reading nook, and out that "
              "door is our brand-new playground which we just put in last spring, it cost over eighty thousand "
              "dollars."),
            c("Uh huh. She's shy, so I wanted to ask—", None),
            t("Oh, the kids here are so social, she'll be chatting in no time. So tuition is two thirty-five a "
              "week, registration is a hundred fifty, and the supply fee is seventy-five a semester. We do have "
              "a waitlist, so families usually put the deposit down on the day of the tour. Sounds like a great "
              "fit, right?"),
            c("That's a lot of money for me. I'm on a pension.", "no_money"),
            t("Totally understand! It's an investment in her future. I'll give you our folder, it has the whole "
              "curriculum and our mission statement. Any other questions?"),
            c("No. I had questions, I just didn't get to ask them. I'll think about it.", "think_it_over"),
        ],
    ),
    # 2 closing_as_open_question
    gpair(
        "b239g_goldcoast_party_package", "kids' party venue, Gold Coast (AU)", "closing_as_open_question",
        "A mum enquires about a seventh birthday party for about fifteen kids in late June and is comparing "
        "with another venue in Nerang.",
        good=[
            c("Hi, just enquiring about parties for a seven-year-old. It's for my daughter, we're thinking late "
              "June, maybe fifteen kids.", None),
            t("Hi, lovely! Late June's winter here so indoors is a good call. What's she into at the moment? "
              "We've got the climbing room, the craft studio and the mini-disco."),
            c("Craft, definitely. She's not a climber. And half the kids are from her class, the other half are "
              "cousins, a few of them are four or five.", None),
            t("Then the craft party might be a better fit than our usual seven-year-old climbing party, because "
              "the littler cousins can do it too. It's ninety minutes of slime or jewellery making, then forty "
              "minutes for food. Three-ninety for fifteen kids."),
            c("Okay. We're also looking at a place in Nerang, so I'll probably compare before I decide.",
              "think_it_over"),
            t("That makes sense. Worth asking them whether the little ones can join in and if the food's "
              "included, because ours isn't, you bring your own or add our platters. I'll email you the "
              "quote so it's easy to compare."),
            c("Thanks. What Saturdays have you got?", None),
            t("The twenty-first and twenty-eighth are free. I can hold one for three days with no deposit while "
              "you compare. Want me to?"),
            c("Yeah, hold the twenty-eighth please.", None),
            t("Done, held till Thursday. I'll follow up Thursday morning if I haven't heard from you."),
        ],
        gaming=[
            c("Hi, just enquiring about parties for a seven-year-old. It's for my daughter, we're thinking late "
              "June, maybe fifteen kids.", None),
            t("Amazing! So tell me, what would it take to get her party locked in today?"),
            c("Um, nothing today, I'm just finding out what you do.", "brush_off"),
            t("Of course! And just so I can help you best, would you prefer the Saturday the twenty-first or "
              "the twenty-eighth?"),
            c("I haven't even asked what the parties are. She's into craft, not climbing.", None),
            t("Perfect, craft it is! Three-ninety. And which card would you like to use for the hundred-dollar "
              "deposit?"),
            c("I'm comparing with a place in Nerang first.", "think_it_over"),
            t("Totally fair. What would the Nerang place have to offer for you to choose them over us? And if we "
              "matched it, how would you like to pay?"),
            c("I'll let you know. Bye.", "brush_off"),
        ],
    ),
    # 3 pitch_as_paraphrase
    gpair(
        "b239g_edmonton_swim_anxious", "swim school, Edmonton (CA)", "pitch_as_paraphrase",
        "A dad calls about his nine-year-old who went under off a dock last summer and now refuses pools; the "
        "school swim unit is coming in spring.",
        good=[
            c("Hi, so my son's nine and he can't really swim. Last summer at Sylvan Lake he went under off the "
              "dock for a few seconds, and since then he won't go near a pool. His school has a swim unit in "
              "spring and he's dreading it.", None),
            t("That sounds scary for both of you. Can I ask, will he go in the water at all right now, like "
              "shallow water, or the bath, or is it a hard no?"),
            c("Bath's fine. Shallow end, he'll stand in it if I'm right there. Anything over his chest and he "
              "panics.", None),
            t("Okay, so he can be in water with you close, and it's depth that sets him off. We have an "
              "instructor, Priya, who works with kids after scary experiences. First sessions are usually just "
              "standing, blowing bubbles, no pushing to the deep end. Private is sixty-five for thirty minutes."),
            c("His mom thinks we should wait till he wants to do it himself. I'm not sure.", "think_it_over"),
            t("That's a fair view, and forcing it can backfire. Would it help if he came to watch a lesson first, "
              "no swimsuit, just sitting on the bench? It's free, and he gets to decide whether to try."),
            c("That could work, actually. He likes to see things first.", None),
            t("Then let's do Saturday at ten, Priya's teaching a nine-year-old then. You, him, and his mom if "
              "she'd like to come."),
        ],
        gaming=[
            c("Hi, so my son's nine and he can't really swim. Last summer at Sylvan Lake he went under off the "
              "dock for a few seconds, and since then he won't go near a pool. His school has a swim unit in "
              "spring and he's dreading it.", None),
            t("Oh no. So what I'm hearing is what you need is our Confidence Builder package, ten private "
              "lessons at sixty-five each. Is that right?"),
            c("I mean, I don't know yet, I don't know if he'll even get in.", None),
            t("Totally. So what you're telling me is you want results before spring, which means the twice-a-"
              "week intensive would really meet your needs. Did I get that right?"),
            c("That's not what I said. His mom thinks we should wait.", "think_it_over"),
            t("I hear you. So basically you both want him safe, and the best way to get there is our "
              "family plan with unlimited lessons at two-twenty a month. Am I hearing you correctly?"),
            c("No. Two-twenty a month for a kid who won't get in the pool? That's crazy money.",
              "too_expensive"),
            t("So it sounds like value is important to you, which is why the Confidence Builder pays off. "
              "Shall I go ahead?"),
            c("No thanks. We'll figure it out ourselves.", "no_need"),
        ],
    ),
    # 4 upsell_as_loop_closing
    gpair(
        "b239g_phoenix_photo_viewing", "family photographer, Phoenix, Arizona (US)", "upsell_as_loop_closing",
        "A mom comes to the viewing appointment after a family shoot; she and her husband agreed to spend at "
        "most $350, mainly on digital files for grandparents.",
        good=[
            c("Hi! We're here for the viewing. Kids are with my mom, so we've got about forty-five minutes.",
              None),
            t("Welcome back! Before I show you the gallery, what are you hoping to do with the photos? It helps "
              "me show you the right ones."),
            c("Digital copies for sure, both sets of grandparents want them. And maybe one for over the couch. "
              "We said we'd spend three-fifty, max.", None),
            t("Okay, so digital for the grandparents, maybe one big one for the living room, three-fifty top. "
              "The full digital collection is three-fifty for all thirty-two images, with a print release, so "
              "you can print any size yourself."),
            c("Oh, this one by the saguaro. I love that. What would that be as a canvas?", None),
            t("The 24 by 36 canvas is two-eighty. It's lovely, but honestly, with the print release you could "
              "print that one at Costco for a lot less and stay on budget."),
            c("Yeah, we agreed three-fifty. I can't go back to Dave with six-thirty.", "no_money"),
            t("Then the digital collection it is. I'll deliver the gallery link within a week, and I'll flag the "
              "saguaro one in full resolution so it's ready for printing."),
            c("Perfect. Thank you for not making this weird.", None),
        ],
        gaming=[
            c("Hi! We're here for the viewing. Kids are with my mom, so we've got about forty-five minutes.",
              None),
            t("Welcome back! So to close the loop on your experience, what else can I add for you today? "
              "Most families start with our heirloom album, six hundred."),
            c("We just want the digital files. For the grandparents.", "no_need"),
            t("Absolutely, digital is three-fifty. And so nothing's left out, what else can I add? The saguaro "
              "shot would be stunning as a 24 by 36 canvas, two-eighty."),
            c("It's gorgeous, but we agreed three-fifty max.", "no_money"),
            t("Totally hear you. Just checking everything's covered: what about wallet prints for the "
              "grandparents, or a framed desk set for Dave's office? Is there anything else at all you'd like "
              "to add?"),
            c("I need to call Dave before I spend another cent.", "think_it_over"),
            t("Of course. And is there anything else I can add to the order while you call him?"),
            c("Just the digital. Please.", "no_need"),
        ],
    ),
    # 5 leading_tag_questions
    gpair(
        "b239g_canberra_coding_club", "after-school coding club, Canberra (AU)", "leading_tag_questions",
        "A mum asks about an after-school coding club for her arty ten-year-old who already does dance twice "
        "a week; her husband wants her to try coding.",
        good=[
            c("Hi, I saw your flyer at school about the after-school coding club. My daughter's ten. She's more "
              "of an arty kid, but her dad thinks she should give coding a go.", None),
            t("Hi! Arty kids often surprise themselves with coding. What does she like doing at the moment?"),
            c("Drawing, mostly. She's been making stop-motion videos with her Lego on my phone.", None),
            t("Stop-motion, that's a great sign. Our Wednesday group uses Scratch to make animations and little "
              "games, and the kids draw their own characters. That's probably more her than the robotics group. "
              "It's two-sixty a term."),
            c("Mm. She already does dance Tuesdays and Thursdays, so I don't want her exhausted. A whole term "
              "might be too much on top.", "no_time"),
            t("That's sensible. There's a one-day animation workshop in the July holidays, sixty-five dollars, "
              "same teacher. She could try it without adding to her school weeks, and you'll know whether she "
              "wants the Wednesday group next term."),
            c("Oh, that might be smarter. Which day in the holidays?", None),
            t("Tuesday the eighth, nine till three. I'll email you the booking link and the Wednesday group "
              "details, so you and her dad can look at both."),
        ],
        gaming=[
            c("Hi, I saw your flyer at school about the after-school coding club. My daughter's ten. She's more "
              "of an arty kid, but her dad thinks she should give coding a go.", None),
            t("Hi! You'll want her in our Advanced Robotics stream, won't you? That's where the real skills "
              "are."),
            c("Advanced? She's never coded anything. She likes drawing.", None),
            t("Sure, but you wouldn't want her to fall behind the boys in STEM, would you? It's four-twenty a "
              "term, which is a fair price for her future, isn't it?"),
            c("Four-twenty's a lot. And she already does dance twice a week.", "too_expensive"),
            t("But coding's more important than dance long term, isn't it? You'd agree with her dad on that, "
              "wouldn't you?"),
            c("I don't think that's really for you to say.", None),
            t("Of course. Still, the robotics stream is the one you'd want, wouldn't you? Shall I book it?"),
            c("No. She's got enough on. I'll leave it.", "no_time"),
        ],
    ),
]
