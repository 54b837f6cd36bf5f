"""Gaming pairs, part b (b233). Hand-written: charities, memberships and community services (UK, US, Kenya)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer: Nakuru, mission community clinic family health plan
_open = c("Good morning, I want to ask about the family health plan at the clinic. We are five, me, my husband and three children. My last-born has asthma.", None)
PAIRS.append(gpair(
    "b233g_nakuru_clinic_family_plan", "mission community clinic, front desk (Nakuru, Kenya)", "ignored_customer",
    "A mother asks whether the clinic's family health plan would cover her asthmatic daughter's care.",
    [
        _open,
        t("Good morning, you're welcome. Tell me a bit about your last-born's asthma: how often does she need treatment, and what does she usually use?"),
        c("She is seven. Maybe once a month she gets an attack, and we buy the inhalers, the brown one and the blue one. Last year she was admitted two nights at the county hospital.", None),
        t("Once a month, two inhalers, one admission last year. So the inhalers and admissions are what matter for you. The family plan is 1,800 shillings a month for five people. It covers all visits here and the blue reliever inhaler; the brown preventer is half price. Admissions are not in this plan, we refer to the county hospital, so your national insurance would still be needed for that."),
        c("Eighteen hundred is more than the church clinic in Lanet. My neighbour says she pays twelve hundred there.", "too_expensive"),
        t("That may well be right, I don't know their plan in detail. What I'd check with them is whether it includes inhalers: for your daughter, the blue one every month is about 600 shillings on its own. If theirs covers it, it may suit you better. Shall I write down exactly what ours covers, so you can put the two side by side?"),
        c("Yes, write it. I will compare and talk to my husband tonight.", "think_it_over"),
        t("Here it is, with my number on the back. If you join before the 20th, cover starts on the 1st. And whatever you decide, bring her in if she has an attack, we see non-members too."),
        c("Thank you, you have explained it well.", None),
    ],
    [
        _open,
        t("Good morning! So that I can understand your needs, tell me, what matters most to you in a health plan?"),
        c("Mostly my daughter. She is seven, she has asthma, she gets attacks about once a month. She needs two inhalers.", None),
        t("Wonderful. Our family plan is 1,800 a month and gives you unlimited consultations, free antenatal visits and dental check-ups twice a year. Any other questions?"),
        c("But the inhalers. Does it cover the inhalers? The brown one is very expensive.", None),
        t("Great question. And how many of the family are over sixty? We have a very good senior add-on."),
        c("Nobody is over sixty. And eighteen hundred, the church clinic in Lanet is cheaper, my neighbour pays twelve hundred. What I want to know is the inhaler.", "too_expensive"),
        t("Perfect, so no seniors. So the plan is 1,800 and you can start on the first. How does that sound?"),
        c("I have asked you three times about the inhaler. I will go and ask them in Lanet.", None),
    ],
))

# 12 repeated_questions: Cardiff, junior rugby section
_open = c("Hiya, my lad's nine and he's been nagging me to play rugby ever since the Six Nations. What's involved with joining the juniors, like, cost and that?", None)
PAIRS.append(gpair(
    "b233g_cardiff_junior_rugby_membership", "community rugby club, junior section (Cardiff, Wales, UK)", "repeated_questions",
    "A father asks what it takes for his nine-year-old son to join the club's juniors.",
    [
        _open,
        t("Brilliant, we love hearing that. Has he played at all, at school or tag rugby, or is he starting from scratch?"),
        c("Bit of tag at school. He's quick, mind, but he's small for his age. His mam's worried he'll get flattened.", None),
        t("That's a really common worry. At under-10s it's still mostly tag, with contact brought in gradually, and they play kids their own age. All the coaches are first-aid trained. Membership's sixty pound for the season, which covers insurance and a training top; boots and a gumshield you'd get yourself. Training's Sunday mornings, ten till half eleven."),
        c("Sixty's fine. Sunday mornings though, that's when he's at his nan's. I'd have to sort that out.", "no_time"),
        t("Understood. Why not bring him down for a free taster one Sunday before you change anything? His mam's welcome to come and watch too, she can see for herself how gentle the contact is at that age. If it's not for him, it costs nothing."),
        c("That's a good idea actually, she'd want to see it. I'll have a word with her and his nan.", "think_it_over"),
        t("Sounds good. I'll text you the pitch address and my number. Turn up any Sunday at ten and tell the coach you spoke to Gareth."),
        c("Cheers Gareth, lovely.", None),
    ],
    [
        _open,
        t("Brilliant! So tell me, what's your son's experience with rugby so far?"),
        c("Bit of tag at school. He's small for his age, his mam's worried he'll get hurt.", None),
        t("Okay. And has he ever played any rugby before at all, at school or anywhere else?"),
        c("Like I said, tag at school. That's it.", None),
        t("Got it. And in terms of his background in the sport, where would you say he's at, beginner, some experience?"),
        c("Beginner. Look, what does it cost? If it's like the football club it'll be three kits a season and a fortune in boots.", "bad_experience"),
        t("We'll get to that! Just so I really understand his needs: how familiar would you say he is with the game?"),
        c("Mate, I've told you three times. I'm on my lunch. I'll ask the PE teacher.", None),
    ],
))

# 13 wrong_paraphrase: Minneapolis, food shelf year-end gift of shares
_open = c("Hi there. I'd like to make a year-end gift to the food shelf, and I need a receipt for my taxes. Last year the receipt came in February and my accountant was not thrilled.", None)
PAIRS.append(gpair(
    "b233g_minneapolis_food_shelf_stock_gift", "community food shelf, donor services phone (Minneapolis, Minnesota, US)", "wrong_paraphrase",
    "An older widow wants to make a one-off year-end gift of shares and get her receipt on time.",
    [
        _open,
        t("Thanks so much for thinking of us again, and I'm sorry about last year's receipt, that's on us. How are you thinking of giving this year, check, card, or something else?"),
        c("Well, that's the thing. I have some shares my husband left, and my accountant says it's smarter to give shares than cash. Can you take shares?", None),
        t("We can, we have a brokerage account for exactly that. Your broker transfers them to us, and your receipt shows the number of shares and the date they arrived; the tax value is something your accountant works out. Do you know roughly when you'd want the transfer to happen?"),
        c("Before Christmas, if I can. But I'm not very good with forms, I'll be honest. I worry I'll mess it up and it'll land in January.", None),
        t("That's a fair worry. What I'd suggest: I email you our transfer form and account details today, you forward it to your broker, and they do the paperwork. Once the shares arrive I'll send your receipt within a week, not in February. Or would it help if I called your broker with you on the line?"),
        c("No, I think if you send the form, my broker can do it. Her name's Linda, she's very good.", None),
        t("Then I'll email it this afternoon, and I'll call you when the shares land so you know it's done before the year ends."),
        c("Oh, that'd be wonderful. Thank you, dear.", None),
    ],
    [
        _open,
        t("Thank you so much! So what I'm hearing is that you'd like to become a monthly sustainer, is that right?"),
        c("No, I said a year-end gift. Once. And I'd like the receipt on time.", None),
        t("Absolutely. So just to play that back: you weren't happy with how we used your gift last year, and this time you'd like to direct it to the holiday turkey program. Did I get that right?"),
        c("I never said that. The receipt was late, that's all. I have shares my husband left, I want to give those.", None),
        t("Of course. So you'd rather give cash instead of the shares because shares are complicated, correct? I can take a card right now."),
        c("No, dear, my accountant said shares. Are you even listening?", None),
        t("I'm totally listening! So what I'm hearing is you'd like to think it over and call back in the new year, that works perfectly."),
        c("That's not what I said either. I'll have Linda, my broker, call you. Goodbye.", None),
    ],
))

# 14 pitch_to_upset: Manchester, animal charity, widow stopping late husband's sponsorship
_open = c("Hello, um. My husband passed away last month and he was... he sponsored one of your dogs. I've found the direct debit on the statement. I need to stop it, I think. Sorry.", None)
PAIRS.append(gpair(
    "b233g_manchester_dog_sponsorship_bereavement", "animal rescue charity, supporter care line (Manchester, UK)", "pitch_to_upset",
    "A recently widowed woman rings to stop her late husband's dog sponsorship direct debit.",
    [
        _open,
        t("I'm so sorry for your loss. Please don't apologise, take all the time you need. I can stop it for you today. Could you tell me his name so I can find the sponsorship?"),
        c("Brian Walsh. He sponsored a greyhound called Biscuit. He loved getting the letters about her.", None),
        t("I've found it, Brian's sponsored Biscuit since 2019. I've stopped the direct debit now, so nothing more will go out, and I'll check whether anything was taken after he died and refund it. Would you like Biscuit's letters to keep coming to you, or would you rather they stopped?"),
        c("Oh. I don't know. I don't think I can afford to carry it on, it's only my pension now. But I'd hate to just... drop her.", "no_money"),
        t("There's no need to carry anything on. Brian's support was more than enough, and Biscuit will be well looked after whatever happens. If you'd like, we can send one last letter and a photo of her for you to keep, and nothing after that. Or I can stop everything now. Whichever is easier."),
        c("A photo would be nice. Just the one. Thank you.", None),
        t("I'll post it this week with a card from the team. And if you ever want to meet her at the Salford centre, ring and ask for me, Claire. Take care of yourself."),
        c("Thank you, Claire. You've been very kind.", None),
    ],
    [
        _open,
        t("Oh, I'm so sorry for your loss. What a lovely relationship he had with us. Before we do anything, have you heard about our In Memory giving? Lots of families set up a tribute fund so his legacy carries on."),
        c("I... no. I just want to stop the direct debit. It's only my pension coming in now.", "no_money"),
        t("Completely understand. And what a beautiful way to honour him it would be to take over Biscuit's sponsorship in your own name. It's only four pounds a month, and we can add a framed photo of Biscuit for fifteen pounds. How does that feel?"),
        c("I can't think about that right now. Please just stop it.", "no_time"),
        t("Of course, absolutely. And just so you know, our Christmas appeal starts next week and gifts in memory are matched, so it's a really special time to give. Shall I send you a pack?"),
        c("No. Don't send anything. Is it stopped or not?", "no_need"),
        t("I'll stop it now. And is there anything else I can help with today, maybe a gift sponsorship for the grandchildren?"),
        c("I can't believe you. Goodbye.", None),
    ],
))

# 15 blame: Eldoret, athletics club membership paid to an old paybill
_open = c("Hello, I paid my son's membership for the athletics club on Monday, three thousand by M-Pesa, but the coach says his name is not on the list and he cannot train with the squad. I have the message here.", None)
PAIRS.append(gpair(
    "b233g_eldoret_athletics_club_mpesa", "youth athletics club, membership office (Eldoret, Kenya)", "blame",
    "A father paid his son's club membership by mobile money but the son is not on the training list.",
    [
        _open,
        t("Hello, sorry for the trouble, he should be training. Can you read me the M-Pesa code and the business number you paid to?"),
        c("The code is QFT4... wait, QFT4H7K2LM. I paid to 522 something, the number on the poster.", None),
        t("Thank you. The poster number was our old paybill; we changed it in January and some posters in town were never replaced. That's our fault, not yours. Your payment reached the old account, so it's not lost. I'll move it across and tell the coach today. What's your son's name?"),
        c("Kiprop, Brian Kiprop, under-16. He has a race in Iten on Saturday, that is why I am worried.", None),
        t("Then let's make sure he trains tomorrow. I'm calling Coach Jepchirchir now to add him to the list, and you'll get an SMS from the club this evening. If it hasn't come by six, call me on this number directly."),
        c("Okay, thank you. And please remove those old posters, other parents will do the same thing.", None),
        t("You're right, I'll send someone round the shops tomorrow to take them down. Good luck to Brian in Iten."),
    ],
    [
        _open,
        t("Okay, let me understand your experience. Which number did you pay to?"),
        c("The one on the poster at the stage. 522 something.", None),
        t("Ah, so the problem is that you used the wrong paybill. You should always confirm the number on our website before paying. Did you not check?"),
        c("I used the poster with your club logo on it. How is that wrong?", None),
        t("I hear your frustration. But at the end of the day, parents need to take responsibility for where they send money. The club can't be responsible for that, can it?"),
        c("So my three thousand is gone? My son has a race on Saturday.", None),
        t("I'm not saying it's gone. You'll need to call Safaricom and reverse it yourself, then pay again to the correct number. Is there anything else I can help you with?"),
        c("Pay again? I don't have another three thousand until month end. This is your poster, your mistake.", "no_money"),
    ],
))

# 16 monologue: Denver, botanic garden membership for a power-chair user
_open = c("Hi, I'm thinking about a membership, but first: I use a power chair. Are the paths actually doable, and does my aide get in free or do I have to pay for her?", None)
PAIRS.append(gpair(
    "b233g_denver_botanic_garden_access", "nonprofit botanic garden, membership desk phone (Denver, Colorado, US)", "monologue",
    "A wheelchair user asks about path access and free entry for her aide before buying a membership.",
    [
        _open,
        t("Good things to ask first. Your aide gets in free any time, member or not, just tell the gate. On paths: most of the main loop is paved and flat, but the rock garden and the lower boardwalk have gravel and a steep stretch. Which parts of the garden are you most keen on?"),
        c("Mostly the Japanese garden and the glasshouse. I went once years ago, before the chair.", None),
        t("Both are fine in a power chair: the Japanese garden has a paved path all the way round, and the glasshouse has automatic doors and a ramp. There are two accessible parking spots right by the east entrance. How often do you think you'd come?"),
        c("If it's easy, maybe once a month, spring to fall. But I don't know, ninety-five bucks a year.", "too_expensive"),
        t("Once a month April to October is seven visits, and a single ticket is twenty, so it pays for itself after five. But if you're not sure the visits will happen, buy a day ticket first, try the route, and if you join within a week we take the ticket price off the membership."),
        c("Okay, that's smart. I'll come Thursday with Maria and see how it goes.", None),
        t("Perfect. Ask at the east gate for the accessibility map, it marks the gradients. Enjoy the Japanese garden."),
    ],
    [
        _open,
        t("Oh, fantastic question, and we are so committed to an inclusive experience for every guest! So let me tell you everything membership gives you: unlimited admission all year, free parking, two guest passes, ten percent off in the shop and cafe, early access to the holiday lights, which sell out every year, member mornings on Saturdays, the quarterly magazine, discounts on watercolor and bonsai classes..."),
        c("Okay, but the paths. I use a power chair.", None),
        t("Absolutely, and we have a wonderful accessibility statement on the website! And on top of all that, at the Dual level, one-forty, you get reciprocal admission to over three hundred gardens nationwide, plus the plant sale preview night in May, which honestly is the highlight of the year for so many members, people line up at six a.m..."),
        c("I'm asking about my aide. Does she pay?", None),
        t("Great point! So the Dual membership covers a second adult, which would be perfect for your aide, and it also includes the summer concert presale, and then the Patron level at two-fifty adds..."),
        c("Hang on, I'd have to pay for her? At the zoo she gets in free.", "too_expensive"),
        t("So what I'm hearing is that you value your experience! Let me just finish the member benefits and then I'll take any questions: members also get..."),
        c("No, I'm good. I'll buy a ticket at the gate sometime and see for myself.", "brush_off"),
    ],
))

# 17 closing_as_open_question: Nairobi, forest conservation "Friends" membership
_open = c("Hi, I jog here almost every Saturday and I pay the daily entry. The guard said there is some membership. What is it exactly?", None)
PAIRS.append(gpair(
    "b233g_nairobi_forest_friends_membership", "urban forest conservation trust, entrance gate (Nairobi, Kenya)", "closing_as_open_question",
    "A regular weekend jogger asks at the gate what the forest's Friends membership is.",
    [
        _open,
        t("Yes, the Friends membership. Before I explain, how do you usually come: alone or with family, and do you bring a car?"),
        c("Alone, mostly. Sometimes with my wife on Sundays. We walk, we live in Runda.", None),
        t("Okay. Daily entry for a resident adult is 200, so if you come about fifty times a year, that's around 10,000 before your wife's visits. The individual Friends membership is 3,500 a year, the couple one 6,000, and part of it pays for the tree nursery and the rangers. Would you want it for you only, or for both?"),
        c("For me, 3,500 is nothing compared to what I pay now. My wife, I'm not sure she will come enough for it.", "no_need"),
        t("Then take the individual one, and your wife pays per visit. If she starts coming more, you can upgrade to the couple one within the year and just pay the difference."),
        c("That works. Can I pay by M-Pesa here?", None),
        t("Yes, the paybill is on this card. Send it and show me the message, and I'll print your card now, it takes two minutes."),
    ],
    [
        _open,
        t("Great! So, what would it take for you to become a Friend of the forest today?"),
        c("I don't know, I haven't heard what it is yet.", None),
        t("It's a wonderful way to deepen your relationship with the forest. So, would you like the Couple or the Family membership, which works better for you?"),
        c("I come alone mostly. Sometimes my wife on Sundays, but she prefers the mall.", None),
        t("Lovely, so the Couple at 6,000 it is! And will that be M-Pesa or card?"),
        c("Wait. Six thousand for both of us, when she comes maybe twice a year? No.", "too_expensive"),
        t("Totally hear you. So what would need to happen for you to say yes in the next five minutes?"),
        c("For you to stop pushing. Let me check the website at home first.", "think_it_over"),
        t("Of course! And once you've checked, which day shall I expect you to sign up, Saturday or Sunday?"),
        c("Neither. Excuse me, I'm going for my run.", "brush_off"),
    ],
))

# 18 pitch_as_paraphrase: Philadelphia, adult learning nonprofit citizenship class
_open = c("Hello. I want to learn English for the citizenship interview. My interview is in March. My English is okay for the shop, but the test, I am scared.", None)
PAIRS.append(gpair(
    "b233g_philadelphia_citizenship_class", "adult literacy nonprofit, front desk (Philadelphia, Pennsylvania, US)", "pitch_as_paraphrase",
    "A nail salon worker with a citizenship interview in March asks about preparation classes.",
    [
        _open,
        t("Hello, and well done for starting early, March gives us time. Which part scares you most: speaking with the officer, the reading and writing test, or the civics questions?"),
        c("The civics. A hundred questions, I cannot remember. And my reading is slow. Speaking is okay, I talk with customers all day in the nail salon.", None),
        t("So civics and reading, and your speaking is already good from work. We have a citizenship class for exactly that: Tuesdays and Thursdays, six to eight in the evening, twelve weeks, with practice interviews at the end. It's forty dollars for the whole course, and the book is free. Do evenings work with the salon?"),
        c("Tuesday okay. Thursday the salon is open late, until eight. I cannot leave.", "no_time"),
        t("Okay. You could come Tuesdays only, and on Thursdays do the civics flashcards on the app we use; the teacher checks your progress every Tuesday. Many working students do it that way. Would you like to try the first Tuesday before you pay?"),
        c("Yes, I try first. Forty dollars is fine, but first I see the teacher.", "think_it_over"),
        t("Of course. Next Tuesday, six o'clock, room 2B. Bring your interview letter so the teacher knows your date. What's your name, so I can put you on the list?"),
        c("Nguyen Thi Lan. Thank you very much.", None),
    ],
    [
        _open,
        t("Hello! Thank you for sharing that. So what you need is our Fast-Track Citizenship Premium, private tutoring three times a week, 450 dollars, is that right?"),
        c("Private? I don't know. Four hundred fifty is very much for me.", "no_money"),
        t("I hear you. So, just to reflect back what you said: you want to pass the first time, and you want the guarantee package, which is Premium plus the online pack for 80 more. Did I understand you correctly?"),
        c("I did not say guarantee. I say civics and reading. Speaking is okay.", None),
        t("Right, so what you need is the speaking coaching too, because the interview is spoken, so the full bundle is the best fit for you, correct?"),
        c("No, no. My friend paid a school like this, a lot of money, and she still failed. I don't want the same.", "bad_experience"),
        t("So what I'm hearing is that you want to avoid your friend's mistake by choosing Premium. Shall I sign you up?"),
        c("No. I will go to the free class at the library.", "too_expensive"),
    ],
))

# 19 upsell_as_loop_closing: Nottingham, guide dog puppy sponsorship as a gift
_open = c("Hello, I'd like to sponsor one of your puppies as a birthday present for my niece, she's eight and obsessed with dogs. How does it work if it's a gift?", None)
PAIRS.append(gpair(
    "b233g_nottingham_puppy_sponsorship_gift", "assistance dog charity, supporter line (Nottingham, UK)", "upsell_as_loop_closing",
    "An aunt wants to give a puppy sponsorship to her eight-year-old niece for her birthday.",
    [
        _open,
        t("Oh, that's a lovely present. As a gift it's four pounds a month, and she gets a welcome pack with a photo of the puppy, a certificate in her name, and updates every few months as the puppy grows up. When's her birthday, so we can time the pack?"),
        c("The 14th of next month. Can it come to me, so I can wrap it? Her mum doesn't know.", None),
        t("Yes, we'll send it to you; if it's set up by the 5th it'll arrive in time. The updates after that can go wherever you like, to you or to her. Any preference?"),
        c("To her, I think, she'd love getting post. Does the four pounds go on forever?", None),
        t("It carries on until you stop it, and you can cancel any time with a call. Or I can send you a reminder letter after twelve months so you can decide then. Which would you prefer?"),
        c("The reminder after a year, yes. I don't want to forget and pay for years without noticing.", None),
        t("Done. Pack to you, updates to her, reminder to you in a year. Can I take her name and address for the updates?"),
        c("Yes, it's Amelia Hughes, 12 Beech Avenue, Beeston.", None),
    ],
    [
        _open,
        t("Oh, how wonderful! Let's make this really special. So, closing the loop: what else can I add for you? We have the Deluxe Gift Box with a cuddly puppy toy for twenty-five pounds."),
        c("Um, I'd just like the sponsorship. She's got a room full of cuddly toys.", "no_need"),
        t("Lovely! And is there anything else we can add to make her experience complete? A lot of aunties add a named brick at the training centre for fifty pounds, it's a lasting legacy."),
        c("A brick? She's eight. No, thanks.", "no_need"),
        t("Of course! And while I've got you, would you like a sponsorship for yourself too, so you can share the journey together? It's only another four pounds."),
        c("I really just rang for one thing. How much is all this coming to now?", None),
        t("Just the one sponsorship at four pounds a month, and the gift box, shall I keep that in? And is there anything else I can add before I close the loop?"),
        c("No gift box. Honestly, I'll just do it on the website, it's simpler.", "brush_off"),
    ],
))

# 20 leading_tag_questions: Machakos, farmer training NGO dairy goat course
_open = c("Good morning. I am a farmer in Kathiani. I have four goats, local ones, and I heard from the chief that you teach about dairy goats. I want to know more.", None)
PAIRS.append(gpair(
    "b233g_machakos_dairy_goat_course", "farmer training NGO, resource centre (Machakos, Kenya)", "leading_tag_questions",
    "A smallholder with four local goats asks about the NGO's dairy goat training.",
    [
        _open,
        t("Good morning, and welcome. Tell me about your goats and your farm: are you milking now, or are they mainly for meat, and how are you for land and water?"),
        c("Now they are for meat, we sell one at Christmas. I have two acres. Water is the problem in dry season, we buy from the bowser.", None),
        t("Thank you. Then before you spend on dairy breeds, the most useful step is our one-day course on feeding and water for dairy goats. It's 1,500 shillings, here at the centre, and it will tell you honestly whether dairy goats make sense with your water. The five-day course on breeding and milking is 9,000, but I'd only suggest it once you know that."),
        c("Nine thousand I cannot manage now. The one day is okay. But my wife also keeps the goats, can she come?", "no_money"),
        t("Yes, bring her. For two people from the same farm the second pays half, so 2,250 for both. The next one-day course is on the 12th. Does that fall on your market day?"),
        c("Market is Thursday. The 12th is which day?", None),
        t("It's a Tuesday. Eight to four, lunch included. I'll put both names down, and you pay on the day."),
        c("Good. Write my name, Mutua Kioko, and my wife, Ndinda.", None),
    ],
    [
        _open,
        t("Good morning! You'll want to go into dairy goats properly, won't you? The five-day residential is the one that really changes farmers' lives, isn't it?"),
        c("Five days? Eh, who will look after the shamba? I cannot leave for five days.", "no_time"),
        t("But your neighbours can help, can't they? And you'll want the Toggenburg buck as well, won't you? Everyone who does the course takes one."),
        c("A buck? How much is that one?", None),
        t("Only 35,000, and the course is 9,000. That's a small price for your family's future, isn't it?"),
        c("Forty-four thousand? Last year an NGO sold us improved chickens, they all died in two months. I am careful now.", "bad_experience"),
        t("But these are goats, not chickens, so that won't happen, will it? You'll pay the deposit today, won't you?"),
        c("No. I will first talk to my wife.", "think_it_over"),
        t("Of course, but she'll agree, won't she?"),
        c("We shall see. Good day.", "brush_off"),
    ],
))
