"""Gaming pairs, part C (blind95): 10 pairs, kinds 6-15."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - cable TV, Kansas City MO
o = c("Yes, hello, this is Walter Bigsby. My television says 'no signal' and I can't get my channels. I was just changing the channel and it went blue.", None)
PAIRS.append(gpair(
    "b95g_kansascity_cable_no_signal", "Cable TV support line, Kansas City, Missouri", "putdown_question",
    "An 81-year-old customer calls because his TV shows a blue 'no signal' screen.",
    good=[o,
          t("Let's get your channels back, Mr. Bigsby. When it went blue, were you holding the cable company's remote, or the one that came with the TV?"),
          c("The big black one. I think I might've bumped something, I had my coffee in the other hand.", None),
          t("That happens to everybody. Near the top of that remote there's a button that says 'Input' or 'Source'. If you press it once, a little list shows up on the screen. What does it show?"),
          c("Okay, it says HDMI 1, HDMI 2, and TV. The little box is on HDMI 2.", None),
          t("Move the box down to HDMI 1 with the arrow and press OK. That's where your cable box is plugged in."),
          c("Well, I'll be. There's the Royals. Thirty years I've had cable and I never knew what that button did.", None),
          t("Glad it's back. If it does it again, same button, HDMI 1. Would you like me to mail you a little card with that written down?"),
          c("That would be nice. My eyes aren't what they were, make it big print if you can.", None),
          t("Big print it is, it'll be there this week. Enjoy the game."),
          c("Thank you, young man. You were patient with me.", None)],
    gaming=[o,
            t("Okay, Mr. Bigsby, let's figure this out. What did you press? These things don't just change themselves, do they?"),
            c("I don't rightly know. I had my coffee in the other hand.", None),
            t("Sure. Have you tried reading the buttons on the remote? It's really not that complicated. What does the one at the top say?"),
            c("I can't read that little writing without my other glasses.", None),
            t("Is there maybe someone younger in the house who could help you with the technology? How do you usually manage when this happens?"),
            c("It's just me. My wife used to do the TV.", None),
            t("Okay. So, how satisfied are you with your understanding of your equipment? We do have in-home tech training for $49."),
            c("I'm eighty-one, son, not stupid. I'll get my neighbor's boy to look at it.", None)]))

# 7 not_my_department_or_read_the_terms - boat dealer service, Chaguaramas, Trinidad
o = c("Morning. I buy a 150 outboard from allyuh in March and it overheating again. Alarm going off when I running out to the islands with passengers.", None)
PAIRS.append(gpair(
    "b95g_chaguaramas_outboard_warranty", "Boat and outboard dealer, Chaguaramas, Trinidad", "not_my_department_or_read_the_terms",
    "A charter boat owner returns to the dealer because his four-month-old outboard keeps overheating.",
    good=[o,
          t("Morning. Four months old and overheating, that should be covered. When the alarm goes, is the tell-tale stream at the back still peeing water, or weak?"),
          c("Weak weak. Like a little drizzle. I had to limp back from Monos with four tourists on board.", None),
          t("Sorry about that, not a good look with clients. Weak tell-tale on a new engine is most times the water pump impeller or something sucked up in the intake, grass or a plastic bag. Both covered under the three-year warranty. Can you bring it in Monday?"),
          c("Monday cyah work, I have charters booked every day till Sunday. Is my living, boss.", "no_time"),
          t("Understood. Then bring it Friday after your last trip, around 5. Kevin will stay and check the intake and impeller that evening. If it's the impeller he changes it right there, no charge, and you keep your weekend."),
          c("Friday 5 I could do. Allyuh go have the part?", None),
          t("I'll pull one from stock now and put your name on it. Here's Kevin's number if the alarm goes before then."),
          c("Good, good. Thanks, that's what I wanted to hear.", None)],
    gaming=[o,
            t("Morning! Thanks for coming in, we value the relationship. So what I'm hearing is the engine's overheating. Unfortunately that's not my department, I'm in sales. Service is a different desk."),
            c("The service desk send me to you. They say sales does the warranty paperwork.", None),
            t("I see. Well, warranty is really with the manufacturer, not us. Did you read the warranty booklet? It's all explained in there, page 6."),
            c("Read what? I have passengers Saturday, I cyah be reading booklet. I need the engine working.", None),
            t("I hear you, and I'm sorry for your experience. I didn't write the warranty, unfortunately. Is there anything else I can help you with today?"),
            c("Yes. Tell me who could help me, because allyuh sending me up and down like a yo-yo.", None),
            t("You could try calling the manufacturer's regional office in Miami. The number's on their website."),
            c("Miami. Steups. Never again I buying from allyuh.", None)]))

# 8 social_proof_or_deadline_pressure - pre-need funeral plan, Knoxville TN
o = c("Hello. I was at my buddy Floyd's funeral here last week and it got me thinkin' I ought to get my own affairs in order. Don't want my kids scramblin'.", None)
PAIRS.append(gpair(
    "b95g_knoxville_preneed_plan", "Funeral home pre-planning, Knoxville, Tennessee", "social_proof_or_deadline_pressure",
    "A 72-year-old retiree drops in to ask about planning his own funeral after a friend's service.",
    good=[o,
          t("I'm sorry about Floyd. It's a thoughtful thing you're doing. Have you and your family ever talked about what you'd want, burial or cremation, a church service?"),
          c("Burial, next to my first wife at Highland. June, that's my wife now, she'd want to be there too, someday.", None),
          t("There are two parts: writing your wishes down, which is free and I can do with you today, and paying ahead, which is optional. If you pay ahead, it goes into a state-regulated trust or an insurance policy. Before that, may I ask what's prompting you most, the money side or the decisions?"),
          c("The decisions, mostly. Though my brother paid into one of these plans back in the eighties and the outfit went belly up. Lost every dime.", "bad_experience"),
          t("That's a real worry, and Tennessee tightened the rules after cases like that. Funds here go to a trust at First Horizon, in your name, and you can see the statement. But you don't have to pay anything to get the decisions down. Shall we start with the wishes form?"),
          c("Let's do the form. The money part I'd want to go over with June at the kitchen table.", "think_it_over"),
          t("That's the right way to do it. I'll give you a copy of the form and the price list to take home, and you two can call me whenever you're ready."),
          c("Fair enough. Floyd would've liked you.", None)],
    gaming=[o,
            t("So glad you came in. What does peace of mind look like for you? I ask because most of the gentlemen from Floyd's church have already locked in their plans with us this spring."),
            c("Is that right. Well, I just want to understand what's involved.", None),
            t("Of course. The thing is, our prices go up eight percent on the first of the month, so anyone who signs before Friday keeps today's rates. The Heritage plan is $11,400 today."),
            c("Eleven thousand. I'd need to talk that over with my wife, that's a lot to decide in one sitting.", "think_it_over"),
            t("Totally understand. But Floyd's family paid nearly twice what they would have if he'd planned ahead. You don't want June in that spot, do you? I can only hold this price till Friday at five."),
            c("You're puttin' the squeeze on me now. Just give me the brochure and I'll look at it at home.", "brush_off")]))

# 9 keyword_stuffed - church hall wedding reception, Indianapolis (text chat)
o = c("hi!! is your fellowship hall available for a wedding reception june 21? about 120 people. my grandma goes to your church", None)
PAIRS.append(gpair(
    "b95g_indianapolis_church_hall_wedding", "Church fellowship hall rental, text chat, Indianapolis, Indiana", "keyword_stuffed",
    "A bride-to-be texts a Baptist church about its fellowship hall for a June reception.",
    good=[o,
          t("Hi, congratulations! June 21 is open. The hall seats 150 at round tables, so 120 is comfortable. Will you be doing a meal, and will it be catered or family cooking?"),
          c("catered, my uncle has a bbq truck. and we want a dj. is that ok", None),
          t("Both fine. The truck can park by the kitchen door, and DJs are fine until 10 pm. One thing up front so there's no surprise: no alcohol anywhere on church property, including the parking lot."),
          c("oh no alcohol at all?? hmm. i gotta talk to marcus about that, his side of the family is gonna be a lot", "think_it_over"),
          t("Totally fair to talk it over. Some couples do a sparkling cider toast here and head to a bar after. Rate for members' family is $450 with tables and chairs, and decorating access starts at 9 am. I can hold June 21 for you till next Friday with no deposit."),
          c("ok yes hold it please!! ill let you know by friday", None),
          t("Done, it's held under your grandma's name until Friday. Congrats again!"),
          c("thank youuu", None)],
    gaming=[o,
            t("Hi and congratulations!! We truly understand how important your special day is and we want your experience to be a success. Our relationship with every couple is built on understanding your needs."),
            c("aw thanks. so is june 21 open", None),
            t("We hear you and we feel your excitement! Our mission is to meet every family's needs and make sure you feel supported throughout your celebration journey. Your satisfaction is our success."),
            c("ok but is the date open lol. and how much is it", None),
            t("Great question! We understand that value matters, and we want to build a lasting relationship of trust. Our team is committed to an amazing experience. What are your needs for the day?"),
            c("i literally said. june 21, 120 people", None),
            t("Thank you for sharing! I understand completely. Someone from our events ministry will reach out to understand your needs further."),
            c("nvm just email me the price sheet if there is one", "brush_off")]))

# 10 rude - pawn shop, Kingston
o = c("Afternoon. How much yuh can lend mi pon dis chain? A my father own, 18 karat. Mi just need to catch up di light bill.", None)
PAIRS.append(gpair(
    "b95g_kingston_pawn_gold_chain", "Pawn shop, Half Way Tree, Kingston, Jamaica", "rude",
    "A man wants a short pawn loan on his late father's gold chain to pay his electricity bill.",
    good=[o,
          t("Afternoon. Let mi test it and weigh it first, it take two minutes. How much is the light bill, and when you expect to take it back out?"),
          c("Di bill is forty-two thousand. Mi get paid end a di month, so about three weeks.", None),
          t("It's real 18 karat, 22 grams. I can lend you J$55,000 against it. Interest is 10 percent a month, so if you come back in three weeks you pay J$60,500. You have until 90 days before we can sell it."),
          c("Ten percent a month? Dat high, man. Di place by Cross Roads seh eight.", "too_expensive"),
          t("Could be, and you should check. Just ask them if they charge storage or a ticket fee, ours don't. If you only borrow forty-two, you pay back J$46,200. Less to carry."),
          c("True. Gimme forty-two then. Mi nuh want lose mi father chain.", None),
          t("Forty-two it is. Keep the ticket safe, and if you run late, come talk to me before the 90 days. We work it out."),
          c("Respect. Thanks, boss.", None)],
    gaming=[o,
            t("Put it on di counter. Everybody chain is 'my father own'. Yuh know how much fake gold come through here a day?"),
            c("Is real gold, man. Test it if yuh want.", None),
            t("Obviously mi a go test it, mi look like mi born yesterday? Twenty-two gram. Mi can give yuh thirty thousand. Fifteen percent a month."),
            c("Fifteen percent? Cross Roads seh eight. Dat too high.", "too_expensive"),
            t("Then walk go Cross Roads, nuh. Mi have people waiting. Yuh want it or not? Sign here."),
            c("Yuh nuh haffi talk to mi so. A mi father chain.", None),
            t("Whatever. Next!"),
            c("Mi gone. Yuh can keep yuh thirty thousand.", None)]))

# 11 ignored_customer - credit union, St. Louis
o = c("Good morning. I've been charged three overdraft fees this month, thirty-two dollars apiece, and I'd like to talk to somebody about it.", None)
PAIRS.append(gpair(
    "b95g_stlouis_cu_overdraft_fees", "Credit union branch, St. Louis, Missouri", "ignored_customer",
    "A retired member comes in about three overdraft fees caused by the timing of her rent autopay.",
    good=[o,
          t("Good morning. Let's look. Can you tell me what happened around those fees?"),
          c("My rent comes out the first. My Social Security doesn't land till the third Wednesday. I've been scraping by moving money, but this month I got sick and forgot.", None),
          t("I'm sorry you were sick. So the rent hits before your check, and one miss set off three fees. I can refund all three today, $96, since you've been a member twenty years with no others. The real fix is the timing. Could the rent autopay move to the 20th?"),
          c("My landlord's a nice man. I could ask him. Now, I don't want no line of credit, I'm seventy-four, I'm getting rid of debt, not adding it.", "no_need"),
          t("Understood, I won't offer you one. Another no-cost option: link your savings, so if checking runs short it pulls from there instead of charging a fee. Would that help till the landlord answers?"),
          c("Yes, do that. I keep about four hundred in savings.", None),
          t("Done, and the $96 is back in checking. Here's a letter for your landlord asking for the 20th, already filled in."),
          c("Well, that's more than I expected. Thank you, baby.", None)],
    gaming=[o,
            t("Good morning, I'd be happy to help. Can you walk me through what happened?"),
            c("My rent comes out the first and my Social Security doesn't come till the third Wednesday. I got sick and forgot to move money.", None),
            t("Thank you for sharing. And how do you feel about your current overdraft coverage?"),
            c("I feel like ninety-six dollars is a lot on a fixed income. I'd like the fees back.", None),
            t("Absolutely, I understand. What I'd recommend is our Overdraft Line of Credit, 18 percent APR, it covers you automatically so this never happens again."),
            c("I said I don't want more credit. I'm seventy-four. Can you refund the fees or not?", "no_need"),
            t("I hear you. It's really the best way to protect you. The application's quick, I just need your signature here."),
            c("I want to speak to the branch manager, please.", None)]))

# 12 repeated_questions - feed store, Amarillo TX
o = c("Howdy. My old gelding's droppin' weight and I can see his ribs. What kinda feed would put some meat back on him?", None)
PAIRS.append(gpair(
    "b95g_amarillo_feed_senior_horse", "Feed store, Amarillo, Texas", "repeated_questions",
    "A rancher asks a feed store what to feed an old horse that is losing weight.",
    good=[o,
          t("How old is he, and when did a vet or dentist last look at his teeth? Old horses drop weight a lot of times because they can't chew hay right."),
          c("He's twenty-six. Teeth, shoot, maybe four years ago. I do see him droppin' wads of hay out of his mouth.", None),
          t("Dropping wads is called quidding, that's almost always teeth. Feed alone won't fix it, but a senior feed is soft and soaks into a mash, so he can eat while you get his teeth floated. What's he eating now?"),
          c("Coastal hay and a scoop of sweet feed. I got three horses, he's the only old one.", None),
          t("Then just him on senior, about five pounds twice a day, soaked. That's a bag every five days, $27.50 a bag. And have the vet float his teeth soon."),
          c("I can't get the vet out till after we're done calving, that's two, three weeks.", "no_time"),
          t("Then soak the senior feed till then, and beet pulp helps too. Two bags to start?"),
          c("Two bags. Obliged.", None)],
    gaming=[o,
            t("Happy to help! First, how old is he?"),
            c("Twenty-six.", None),
            t("Great. And is he on the older side, would you say?"),
            c("He's twenty-six. That's old for a horse, friend.", None),
            t("Got it. And roughly what year was he born, so I can get an idea of his life stage?"),
            c("You can do the math. I also see him droppin' hay out of his mouth, that's what worries me.", None),
            t("Thank you. So just so I understand his needs, would you call him a senior horse?"),
            c("Yes. He's a senior. Never mind, I'll get the vet's opinion first.", "think_it_over")]))

# 13 wrong_paraphrase - title pawn payoff, Atlanta
o = c("Good afternoon. I want to pay off my title loan on the Altima and get my title back. I got paid today.", None)
PAIRS.append(gpair(
    "b95g_atlanta_title_pawn_payoff", "Title pawn store, Atlanta, Georgia", "wrong_paraphrase",
    "A customer comes in to pay off a title pawn early and get her car title back.",
    good=[o,
          t("Good for you. Let me pull it up. Can I see your ID and the loan paper? I'll give you the exact payoff as of today."),
          c("Here you go. I borrowed $1,200 in June. I been payin' the interest every month and I'm tired of it.", None),
          t("Your payoff today is $1,314: the $1,200 plus the interest since your last payment. No penalty for paying early. Is that what you expected?"),
          c("About what I figured. Card or cash?", None),
          t("Either one. Once it posts, I sign the lien release today, and the state sends the clean title in about ten business days. I'll give you a copy of the release so you're covered in the meantime."),
          c("Ten days is fine. Card, then. And y'all can take me off the mailing list too.", None),
          t("Done and done. Congratulations, the Altima's all yours."),
          c("Thank you, Lord. That felt good.", None)],
    gaming=[o,
            t("Good afternoon! So what I'm hearing is you'd like to refinance and take some extra cash out on the Altima, is that right?"),
            c("No, ma'am. I want to pay it off. All of it.", None),
            t("Thank you for clarifying. So you're saying money's a little tight this month, and you'd like to just pay the interest and roll it, correct?"),
            c("I didn't say money's tight. I said I got paid today.", None),
            t("Got it. So to play it back, you got paid, which means you qualify for a bigger line, up to $2,500. Shall I run that for you?"),
            c("I don't want a bigger anything. Last title place I dealt with did me this same way and I paid for two years.", "bad_experience"),
            t("I understand, and I appreciate your honesty. So you're open to a lower payment over a longer term. Let me print that out."),
            c("Give me my payoff number or get me your manager.", None)]))

# 14 pitch_to_upset - plumbing emergency, Houston
o = c("I need somebody NOW. There's sewage comin' up in my bathtub, it's all over the floor, I got a six-month-old in this house!", None)
PAIRS.append(gpair(
    "b95g_houston_sewage_backup", "Emergency plumbing, Houston, Texas", "pitch_to_upset",
    "A panicked father calls because raw sewage is backing up into his bathtub.",
    good=[o,
          t("Okay, I'm getting you someone. First, stop running any water, no toilets, no washer, no dishwasher, that keeps it from getting worse. Is it coming up only in the tub, or other drains too?"),
          c("Just the tub and the toilet's gurgling. My wife's got the baby out in the car.", None),
          t("Good, keep them out of it. Tub plus gurgling toilet usually means the main line's blocked, often roots. I have a tech twenty minutes from you. After-hours cleanout is $375 flat, that includes clearing the main."),
          c("Three seventy-five? The guy last year charged me one ninety-nine for the same thing.", "too_expensive"),
          t("That might have been a daytime rate, and I get it. This price doesn't change once he's there. If it's roots, he can show you on camera later, but tonight it's just getting it flowing and the floor safe to clean. Want him on the way?"),
          c("Yeah. Yeah, send him. Please hurry.", None),
          t("He's on the way, his name is Luis, he'll call in ten. Don't let anyone walk through it barefoot, and open a window."),
          c("Okay. Thank you. I'm sorry I yelled.", None)],
    gaming=[o,
            t("I completely understand, and I'm so sorry for your experience. While I have you, have you thought about protecting your home long term? Our Whole-Home Plumbing Membership is $24.99 a month and covers drain cleaning."),
            c("Man, I don't care about a membership, there's poop on my floor!", None),
            t("I totally hear you. And that's exactly why we recommend the hydro-jet and camera package, $1,900, it clears the line and shows you everything. We could add a whole-house water filter while we're there too."),
            c("Can you send somebody or not? The baby's in the car!", None),
            t("Absolutely. And just so you know, customers who bundle today save fifteen percent. Can I get a card on file for the package?"),
            c("Forget it. I'm calling the next number on Google.", None)]))

# 15 blame - cable billing, Port of Spain
o = c("good morning. i see two charges of TT$389 from allyuh on my card this month. i only have one account", None)
PAIRS.append(gpair(
    "b95g_portofspain_cable_double_charge", "Cable TV billing chat, Port of Spain, Trinidad", "blame",
    "A customer writes to the cable company's chat after being charged twice for one month.",
    good=[o,
          t("Good morning, sorry about that. Could you give me the account number, and the dates of the two charges?"),
          c("acct 71-33480. one on the 3rd and one on the 4th. both 389", None),
          t("Thank you. I see both. Our payment system retried the 3rd one on the 4th even though the first one went through. That's our error, not yours. I've started a refund of TT$389 to your card."),
          c("how long that taking. rent due on the 15th and that money was for it", None),
          t("Card refunds take 5 to 7 working days, so it should land before the 15th. If you'd rather, I can put it as a credit on your account today instead, but that won't help with rent."),
          c("no put it back on the card. i eh want no credit", None),
          t("Done, reference RF-20931. I'll email you the confirmation now, and I'll check on the 12th that it's reached your card. If not, I'll call you."),
          c("ok good. thanks", None)],
    gaming=[o,
            t("Good morning! I understand your concern. Did you maybe pay twice, once online and once at the bank? That's usually what happened when customers see this."),
            c("no. both charges come from allyuh on the card. i ent pay at no bank", None),
            t("I see. Do you check your statement before paying? Many customers set up autopay and then pay manually too without realising."),
            c("i have autopay ONLY. i never pay manually", None),
            t("Then maybe someone else in the household used the card? To look into it, you'd need to bring your bank statement to our office on Independence Square."),
            c("i cyah come in office, i working 7 to 5 whole week. allyuh could check allyuh own system", "no_time"),
            t("I'm sorry for your experience, but I can only go by what's on your side. Is there anything else I can help with today?"),
            c("yes. send me a supervisor", None)]))
