"""Gaming pairs, file b (written by hand for blind211)."""
from common import c, gpair, t

# ---------------------------------------------------------------- 11 ignored_customer
O1 = c("Good afternoon. My son just got his licence and I want to add him to my car insurance, or get him his own "
       "policy, I'm not sure which is better.", None)
P1 = gpair(
    "b211g_durban_young_driver", "car insurance phone line, Durban, South Africa", "ignored_customer",
    "A mother wants to insure her student son, who will drive her car on weekends only; she has a firm budget.",
    good=[
        O1,
        t("Afternoon, and congratulations to him. Let me ask a few things so I point you the right way. Whose car "
          "will he drive, and how often?"),
        c("My car, the Corolla. Only on weekends. He's at varsity in Pietermaritzburg during the week and takes "
          "the bus up.", None),
        t("So it's your Corolla, weekends only, and he's away at varsity during the week. Where does the car "
          "sleep at night?"),
        c("In our garage in Westville. Locked. And look, I need to keep this under twelve hundred a month, my "
          "premium now is already nine fifty.", None),
        t("Understood, under twelve hundred all in. Then adding him as a named driver on your policy is usually "
          "cheaper than his own, because the car and the cover stay the same. I'm getting eleven forty with him "
          "on it. The catch is the young driver excess: if he has an accident, there's an extra five thousand rand "
          "on top of your normal excess."),
        c("Five thousand extra. Ai. He doesn't have five thousand, so that would be me paying.", None),
        t("That's the honest picture. It can come down: if he does an advanced driving course, this insurer drops "
          "the young driver excess to two and a half thousand. I'd rather you know now than after a bump."),
        c("Hmm. Let me talk to him about the course first, and I'll call you back.", "think_it_over"),
        t("Sure. I'll email the quote at eleven forty, valid for thirty days, with the course details. When would "
          "be a good time to follow up?"),
        c("Next week. Friday, maybe.", None),
    ],
    gaming=[
        O1,
        t("Good afternoon, thanks for calling! Tell me a bit about how your son will be using the car?"),
        c("He'll use my Corolla, only on weekends. He's at varsity in Pietermaritzburg in the week.", None),
        t("Lovely. And what's your budget looking like for this?"),
        c("I need it under twelve hundred a month, all in. I'm at nine fifty now.", None),
        t("Perfect. So I've put him on his own comprehensive policy, daily use, car parked in the street, which "
          "comes to nineteen hundred and eighty a month. That gives him full independence. How does that sound?"),
        c("Nineteen eighty? I said twelve hundred. And it's my car, it's in a locked garage, he isn't using it "
          "daily.", "too_expensive"),
        t("I understand. And do you have any other concerns I can help with today?"),
        c("My concern is the price. And my last insurer hid the young driver excess until we claimed, so I'm "
          "careful now.", "bad_experience"),
        t("Great, thanks for sharing that. So shall I go ahead and activate his policy from the first?"),
        c("No. Did you hear anything I said? Forget it.", None),
    ],
)

# ---------------------------------------------------------------- 12 repeated_questions
O2 = c("Hi, I left my job at an engineering firm in Burnaby. They say I have a pension commuted value and I must "
       "move it to a locked-in account. I want to understand the options, please.", None)
P2 = gpair(
    "b211g_vancouver_lira_transfer", "bank investment desk, Vancouver, British Columbia, Canada", "repeated_questions",
    "An engineer who left an employer with a defined benefit plan must move the commuted value into a locked-in "
    "account within ninety days; he wants it managed and cheap.",
    good=[
        O2,
        t("Of course. Can you tell me roughly how much the commuted value is, and whether the letter gave you a "
          "deadline?"),
        c("It is around one hundred forty thousand. Deadline is ninety days from the letter, so end of June.",
          None),
        t("So about a hundred and forty thousand, to be moved by the end of June. How hands-on do you want to be? "
          "Some people like to pick their own funds, others want it managed for them."),
        c("I prefer managed. I'm an engineer, but not in finance. I don't want to look at it every day.", None),
        t("Managed and low effort, then. A LIRA with one of our balanced portfolios would fit. The fee is about "
          "one point six percent a year, all included. I'll be upfront: a robo-advisor could be cheaper, around "
          "half a percent, but with less personal advice."),
        c("One point six is high. My colleague pays much less at the online one.", "too_expensive"),
        t("That's a fair comparison. If you don't expect to want advice, the online option may suit you better, "
          "and it's a perfectly good choice. If you want advice on the bigger picture, when to retire, taxes, "
          "that's what the extra pays for. Would it help if I sent a comparison of both so you can decide calmly "
          "before June?"),
        c("Yes, please. Send it to my email.", None),
        t("I'll send it tonight. If you choose us, the transfer form takes about two weeks, so aim to decide by "
          "the end of May."),
        c("Okay, thank you. Very clear.", None),
    ],
    gaming=[
        O2,
        t("Happy to help! To start, what are your goals for retirement?"),
        c("I want it managed, I don't want to look at it every day. And I need to move it before end of June.",
          None),
        t("Great. And just so I understand, what would you say you're hoping to achieve with this money in the "
          "long run?"),
        c("As I said, retirement. I am thirty-eight, so a long time. I want low fees and managed.", None),
        t("Perfect. And how would you describe your vision for retirement? What does success look like for "
          "you?"),
        c("I already answered this. Can you tell me the options for the locked-in account?", None),
        t("Absolutely, we'll get there. Before I do, what would you say matters most to you in your retirement "
          "planning?"),
        c("Low fees. I told you. I have no time for this today, I will call back another day.", "no_time"),
        t("I understand. Just one more: on a scale of one to ten, how important is growth to you versus "
          "safety?"),
        c("Goodbye.", None),
    ],
)

# ---------------------------------------------------------------- 13 wrong_paraphrase
O3 = c("Morning. I've got a big order from a fleet company coming next month and I need to buy stock before they "
       "pay me. I'm thinking of increasing my overdraft for about three months.", None)
P3 = gpair(
    "b211g_gqeberha_overdraft_increase", "business bank branch, Gqeberha, South Africa", "wrong_paraphrase",
    "The owner of an auto-parts shop wants a temporary overdraft increase to buy stock for a large fleet order "
    "that pays sixty days after delivery.",
    good=[
        O3,
        t("Morning. A big order is good news. Tell me a bit about it: how much stock do you need to buy, and when "
          "do they pay?"),
        c("About a hundred and eighty thousand rand of parts. They pay sixty days after delivery. My overdraft "
          "now is fifty thousand and I hardly touch it.", None),
        t("So you need roughly a hundred and eighty thousand up front, paid back within about three months when "
          "the fleet company settles, and your current fifty is mostly unused. Do you have their purchase order "
          "in writing?"),
        c("Ja, signed last week. I can send it.", None),
        t("That makes a big difference. A temporary increase to two hundred and thirty thousand for ninety days "
          "fits what you're describing. There's a once-off facility fee of about one percent, and you pay "
          "interest only on what you use. I'd need the purchase order, six months' statements and your latest "
          "financials."),
        c("One percent on top of the interest. The bank my brother-in-law uses doesn't charge a facility fee, he "
          "says.", "too_expensive"),
        t("Some don't, and they often charge a higher rate instead, so look at the total. On a hundred and eighty "
          "for sixty days, the fee is about eighteen hundred and the interest maybe four thousand. I'll put it in "
          "writing so you can compare like for like. Can you get me the documents by Friday so it's in place "
          "before the order?"),
        c("Friday's tight, I'm alone in the shop this week. Monday?", "no_time"),
        t("Monday's fine. Approval takes about five working days after that, so you'd have it before month-end. "
          "I'll send you the list now."),
        c("Okay, send it. Thanks.", None),
    ],
    gaming=[
        O3,
        t("Morning! So what I'm hearing is that cash flow has been really tight and you're struggling to cover "
          "your costs, is that right?"),
        c("No, business is fine. I've got a big order and I need stock for it.", None),
        t("Okay, so if I understand you correctly, you're worried the business might not get through the next "
          "three months without extra funding. That's very common right now."),
        c("I never said that. It's a temporary thing, three months, then they pay me.", None),
        t("Right, so what you're telling me is you'd prefer a longer-term solution so you're not under pressure "
          "every month. A five-year term loan of two hundred thousand would give you that breathing room. Did I "
          "get that right?"),
        c("A five-year loan for a three-month gap? I don't need that. I need the overdraft bumped up.", "no_need"),
        t("I totally hear you. So just to play it back, you want a loan that also consolidates your existing "
          "overdraft, so everything is in one place. Shall I start the application?"),
        c("You're not listening. I'll go speak to the branch manager.", None),
    ],
)

# ---------------------------------------------------------------- 14 pitch_to_upset
O4 = c("Hello. My husband passed away three weeks ago. I found a life policy in his papers with your name on it. I "
       "don't even know where to begin, sorry.", None)
P4 = gpair(
    "b211g_sligo_life_claim", "life assurance claims line, Sligo, Ireland", "pitch_to_upset",
    "A recently widowed woman rings about a life policy she found among her late husband's papers.",
    good=[
        O4,
        t("I'm so sorry for your loss. There's no need to apologise at all, and you don't have to do it all today. "
          "Could you read me the policy number from the papers, and give me your name?"),
        c("It's... four four seven one, hold on, I'll read it all. And I'm Bríd. Bríd Gallagher. We were married "
          "thirty-one years.", None),
        t("Thank you, Bríd. I have it here. It's a joint life policy and you're the named beneficiary. To pay the "
          "claim we'll need the death certificate and a claim form, which I can post or email. Is there anyone "
          "helping you with the paperwork?"),
        c("My daughter is, but she's back to London on Monday. The solicitor said something about probate, will I "
          "have to wait for that?", None),
        t("Good question. Because you're the named beneficiary on a joint policy, it shouldn't need probate. Once "
          "we have the certificate and the form, it normally pays within about two weeks. Would it be easier if I "
          "emailed the form to your daughter so she can fill it in with you this weekend?"),
        c("That would be a great help. Send it to her. I can't face the computer.", None),
        t("I'll do that now. And if you've any questions after she's gone back, ring this number and ask for me, "
          "Declan. You won't have to explain it all again."),
        c("Thank you, Declan. You've been very kind.", None),
    ],
    gaming=[
        O4,
        t("I'm so sorry for your loss. I've found the policy under your husband's name. It's a joint life policy "
          "and you're the beneficiary, so the sum assured of a hundred and fifty thousand will come to you."),
        c("Oh. I didn't know it was that much. What do I need to do?", None),
        t("We'll send you a form. And while I have you, it's really important to think about what you want that "
          "money to achieve. A lot of our customers in your situation find our Legacy Investment Bond gives them "
          "real peace of mind. Would you like an adviser to call you about it?"),
        c("I... I don't know. He's only gone three weeks. I can't be thinking about investments now.", "no_time"),
        t("Of course, completely understandable, and that's exactly why it's good to have a plan. Have you "
          "thought about your own cover, now it's just you? We have an over-fifties plan with guaranteed "
          "acceptance, no medical."),
        c("I don't need cover for myself. There's nobody depending on me now.", "no_need"),
        t("I hear you. What I'll do is send the claim form with a brochure for the Bond and the over-fifties "
          "plan, and the adviser will follow up next week. Is there anything else I can help with?"),
        c("Just the form. Please don't have anyone ring me.", "brush_off"),
    ],
)

# ---------------------------------------------------------------- 15 blame
O5 = c("Hello, yes, there are three charges on my credit card I don't recognise. From an electronics store in "
       "Singapore? I am in Montréal, I never buy there.", None)
P5 = gpair(
    "b211g_montreal_card_fraud", "credit card fraud line, Montréal, Quebec, Canada", "blame",
    "A French-speaking woman finds three foreign charges on her credit card while the card is still in her "
    "wallet; she travels for work on Monday.",
    good=[
        O5,
        t("Thanks for calling right away, that's the best thing you can do. I'm going to block the card first so "
          "nothing else goes through. Okay, it's blocked. Which charges don't you recognise?"),
        c("The three from yesterday, TechMart SG. Four hundred, six hundred, and one hundred twenty. I have the "
          "card here in my wallet.", None),
        t("So the card never left your wallet, and there are three charges from TechMart SG yesterday, about "
          "eleven hundred and twenty dollars in all. That tells me the number was probably copied rather than the "
          "card stolen. Have you used it online anywhere new lately?"),
        c("Last week I bought ski passes on a site, for Tremblant. I think it was the real one. Maybe not? I'm not "
          "sure now.", None),
        t("It may or may not be that, and you don't need to be sure. I'm logging all three as fraud, so you're "
          "not responsible for them, and a temporary credit shows within two business days. A new card comes by "
          "mail in five to seven days."),
        c("Seven days without a card? I travel Monday for work, to Toronto. I need a card.", None),
        t("Understood. I can send it by courier to your home for Saturday, at no charge in a fraud case, and your "
          "debit card still works in the meantime. Someone will need to sign for it. Would Saturday work?"),
        c("Saturday morning, yes, I am home. Merci.", None),
        t("Done. You'll get an email with the fraud case number. If any other strange charges appear on the old "
          "number, call us and quote that case."),
        c("Okay. Thank you, I was very stressed.", None),
    ],
    gaming=[
        O5,
        t("Thanks for calling. Let me see... yes, three charges from TechMart SG. Can I ask, have you been entering "
          "your card details on websites you're not sure about? Because that's usually how this happens."),
        c("I... bought ski passes last week online. I think it was the real site.", None),
        t("So what I'm hearing is you used a site you weren't sure about. Unfortunately that's a really common "
          "mistake, people click on ads without checking. Did you see the padlock in the address bar?"),
        c("I don't remember. Is it my fault? The card is in my wallet all the time.", None),
        t("I'm not saying it's your fault, but we do ask customers to take responsibility for where they shop. "
          "I'll log the claim, but if the investigation shows you gave your details to a fake site, the refund "
          "isn't guaranteed. It's important you understand that."),
        c("Not guaranteed? This is eleven hundred dollars. I want to speak with your supervisor.", None),
        t("I can transfer you, but they'll tell you the same thing. How satisfied are you with the help I've "
          "given you today?"),
        c("Not at all. Transfer me, please.", None),
    ],
)

# ---------------------------------------------------------------- 1 monologue
O6 = c("Dumela. I want to open a savings account for my grandson. His mother passed and I am looking after him. I "
       "want to put away for his school things.", None)
P6 = gpair(
    "b211g_soweto_grandchild_savings", "bank branch, Soweto, South Africa", "monologue",
    "A grandmother on a state pension who is raising her grandson wants a simple savings account for his yearly "
    "school costs.",
    good=[
        O6,
        t("Dumela, Mma. I'm sorry about his mother. It's good of you to plan for him. Tell me, how much would you "
          "want to put away, and how often?"),
        c("From my pension and the grant, maybe three hundred rand a month. Sometimes less. Sometimes nothing, if "
          "things are tight.", None),
        t("So around three hundred a month, but it changes, and some months nothing. And when will you need the "
          "money out? For January uniforms and books, or further ahead?"),
        c("January, every year. The uniform and the shoes, they are very expensive.", None),
        t("Then you want something you can reach easily in January, with no penalties, and no monthly fee eating "
          "the small amounts. Our basic savings pocket has no monthly fee and you can take money out any time. "
          "The interest is low, about four percent, but it costs you nothing to keep. Does that sound right?"),
        c("No fee is good. My neighbour's account took twenty-five rand every month and she gave up.", None),
        t("That's exactly what we want to avoid. I'll open it in your name, with him as the beneficiary, because "
          "he's a minor. I'll need your ID, and his birth certificate if you have it with you."),
        c("I have my ID. His birth certificate is at home. Can I bring it another day?", None),
        t("Yes, we can open it today with your ID and add him when you bring it. You could also set a debit order "
          "for the day your pension comes in, so you don't have to come in every month. Would that help?"),
        c("Not a debit order. Some months I need everything. I will come in myself.", "no_need"),
    ],
    gaming=[
        O6,
        t("Dumela, Mma, you've come to the right place. For grandparents in your situation we have a really nice "
          "bundle. First the Future Saver, a unit trust for children, minimum five hundred a month, and it grows "
          "nicely over the years. Then I'd add our family funeral plan, because you want to know the boy is "
          "covered and you're covered, only a hundred and twenty a month for both. And we link it all to a Gold "
          "cheque account so it's in one place with one statement."),
        c("Five hundred a month? I get the old age grant. I can do maybe three hundred.", "no_money"),
        t("Okay, no problem, so we start the Future Saver at three hundred, then the funeral plan on top, which "
          "honestly everyone should have, and the Gold account is only ninety-five a month but you get free "
          "withdrawals and the app, and your grandson can use the app when he's older. And over ten, fifteen "
          "years, that's where the real growth is. I'll print the forms now."),
        c("I need the money in January for his uniform. Not in fifteen years.", "no_need"),
        t("Sure, sure, and you can take money out of the unit trust, it just takes a few days and there may be a "
          "small fee, but really it's about discipline. And with the funeral plan you'll sleep better at night. "
          "So shall I put both of you on it? I just need your ID and his birth certificate."),
        c("Let me come back another day, my child. I am tired now.", "brush_off"),
    ],
)

# ---------------------------------------------------------------- 2 closing_as_open_question
O7 = c("Hi there, we're closing on a house in Castletroy next month and the bank says we need home insurance in "
       "place before they'll release the mortgage. I've no idea what we need.", None)
P7 = gpair(
    "b211g_limerick_first_home_insurance", "home insurance phone line, Limerick, Ireland",
    "closing_as_open_question",
    "A first-time buyer, weeks from closing, rings for home insurance because the lender requires it; money is "
    "tight after the deposit.",
    good=[
        O7,
        t("Congratulations on the house. The bank will need buildings cover at the very least, with them noted as "
          "the lender. Can I ask a few things to get the amount right? Do you know roughly how big the house is and "
          "when it was built?"),
        c("Three bed semi, about a hundred and ten square metres, built in the nineties I think. It's on the "
          "survey somewhere.", None),
        t("Grand, the survey will have a rebuild figure, which is often different from what you paid. Do you want "
          "contents cover as well, or just what the bank insists on for now?"),
        c("Honestly, money's very tight with the deposit and the solicitor. Is contents a must?", "no_money"),
        t("It's not a must, only buildings is. If you haven't much furniture yet you could add contents later. "
          "Buildings on a house like that would be roughly three hundred and forty a year. A basic contents cover "
          "of fifteen thousand would be about ninety more."),
        c("Buildings only for now, then. We'll add the contents at Christmas maybe.", "no_need"),
        t("That makes sense. Send me the rebuild figure from the survey and the bank's details and I'll do a firm "
          "quote. It won't go live until you tell me the closing date, so nothing is charged before then."),
        c("I'll dig out the survey tonight and email you. Thanks a million.", None),
    ],
    gaming=[
        O7,
        t("Congratulations! Let's get you sorted. So when would you like the cover to start, the day you close, "
          "or shall we start it today to be safe?"),
        c("Today? We don't own it yet. I just want to know what we need and what it costs.", None),
        t("Of course. So our Home Complete bundle is buildings and contents together, five hundred and eighty a "
          "year. How would you like to pay, monthly or annually? Monthly's easier on the pocket."),
        c("Five eighty? Money's very tight with the deposit. Do we even need the contents bit?", "no_money"),
        t("I understand. What would it take for you to feel comfortable going ahead with the bundle today? I could "
          "do ten percent off if we set it up on this call."),
        c("I don't want to set anything up on this call. I'll ask my husband and get a couple more quotes.",
          "think_it_over"),
        t("Absolutely. Just to make things easier, which card would you like me to hold it on while you talk to "
          "him?"),
        c("None. Bye now.", None),
    ],
)

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
O8 = c("Hello, I had my gallbladder out in January and the specialist charged way more than my medical aid paid. "
       "I'm stuck with eleven thousand rand. Someone at school said I should get gap cover.", None)
P8 = gpair(
    "b211g_bloemfontein_gap_cover", "health insurance call centre, Bloemfontein, South Africa", "pitch_as_paraphrase",
    "A teacher on the cheapest hospital plan is paying off a specialist's shortfall and asks whether gap cover "
    "would help.",
    good=[
        O8,
        t("Sorry to hear that, that's a nasty surprise after an operation. Gap cover is meant for exactly that "
          "kind of shortfall, though it can't pay for January since it already happened. Which medical aid plan "
          "are you on?"),
        c("A hospital plan, the cheapest one, through the teachers' scheme. I only go to the GP when I'm really "
          "sick.", None),
        t("So a hospital plan, and you pay the GP yourself. And the shortfall came because the specialist charged "
          "above the scheme rate, is that right?"),
        c("Yes, three times the rate, they told me. I didn't even know they could do that.", None),
        t("Unfortunately it's allowed. Basic gap cover pays the difference up to five times the scheme rate for "
          "procedures in hospital. The entry plan is about one forty a month. There are bigger ones with cancer "
          "benefits from three hundred up, but from what you've said the basic one covers what happened to you. "
          "There's a three-month waiting period for general claims."),
        c("One forty... I'm still paying off the eleven thousand, so I'm not sure I can take another debit now.",
          "no_money"),
        t("That's fair. Two things, then: ask the specialist's rooms for a payment plan, many agree, and don't "
          "just stop paying them. And if you want gap cover, starting it once the debt's under control is fine. "
          "I'll email the details so they're there when you're ready."),
        c("That's helpful. Email is fine, I'll look at it again in March.", "think_it_over"),
    ],
    gaming=[
        O8,
        t("Sorry to hear that! So just to play back what I'm hearing: what you need is complete peace of mind, "
          "which is our Platinum Gap with the cancer and trauma booster at three eighty-nine a month. Is that "
          "right?"),
        c("I don't know what I need, that's why I'm asking. Three eighty-nine is a lot for me.", "too_expensive"),
        t("Totally. So if I'm hearing you correctly, you want the best protection at the best value, which again "
          "is Platinum, because the cancer booster alone is worth more than the premium. Does that sound like "
          "you?"),
        c("I had a gallbladder op, not cancer. I'm on the cheapest hospital plan, I don't need boosters.",
          "no_need"),
        t("Understood, so what you're saying is you want to step up from the basics and really be protected next "
          "time. Platinum is how you do that. Can I take your banking details?"),
        c("No. I'm still paying off eleven thousand rand. I can't take on another debit order.", "no_money"),
        t("I hear you. So what I'm hearing is that timing is the issue, and Platinum can start on the first of "
          "next month. Shall I put that down?"),
        c("You're not hearing me at all. Goodbye.", None),
    ],
)

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
O9 = c("Good afternoon. I'm an international student at uOttawa, I arrived last week from Lagos. I need a bank "
       "account so my parents can send my fees and I can pay my rent.", None)
P9 = gpair(
    "b211g_ottawa_student_account", "bank branch, Ottawa, Ontario, Canada", "upsell_as_loop_closing",
    "A newly arrived Nigerian student needs a chequing account to receive fees from home and pay rent.",
    good=[
        O9,
        t("Welcome to Ottawa! Happy to help. So two things: money coming from your parents in Nigeria, and rent "
          "going out here. How often will your parents send money, a lump sum each term or monthly?"),
        c("Each semester, a big amount for tuition and some for upkeep. Rent is monthly, nine hundred and fifty, "
          "to my landlord by e-transfer.", None),
        t("So a large transfer each semester and a regular e-transfer for rent. Our student chequing has no "
          "monthly fee while you're enrolled, unlimited e-transfers, and it takes international wires, with a "
          "fifteen dollar fee per incoming wire, which is standard. Do you know how your parents will send it?"),
        c("My dad will use his bank in Lagos. Fifteen dollars each time, hmm. That's fine if it's only twice a "
          "year.", None),
        t("Right, twice a year is thirty dollars. One tip: big wires can take a few days to clear, so if tuition "
          "is due on a fixed date, ask him to send it a week early. I'll need your passport and study permit to "
          "open it."),
        c("I have both here. How long does it take?", None),
        t("About twenty minutes, and you'll leave with your debit card today. Anything you'd like to ask before "
          "we start?"),
        c("No, that's all. Let's do it.", None),
    ],
    gaming=[
        O9,
        t("Welcome! Let's get your student chequing open. Done, you're all set with the account. Now, to make "
          "sure we close the loop on everything you need, what else can I add for you today? Most international "
          "students also take our student Visa."),
        c("I don't need a credit card now, thank you. I just want to receive my fees.", "no_need"),
        t("Totally understood. And just so nothing's missing, shall I add a TFSA? It's great for students, your "
          "parents' money can grow tax-free."),
        c("My parents send money for school, not for investment. How much does it cost to receive the money from "
          "Nigeria?", "no_need"),
        t("Great question, fifteen dollars per wire. Last thing, to close the loop properly: do you have travel "
          "medical insurance? Your university plan might not cover everything, and ours is only thirty-nine a "
          "month."),
        c("Thirty-nine a month? My upkeep is tight, I can't spend that on extras.", "no_money"),
        t("Understood. Anything else I can add before you go? A safety deposit box for your passport, maybe?"),
        c("No, I'm fine. Can I just have my card, please?", "no_need"),
    ],
)

# ---------------------------------------------------------------- 5 leading_tag_questions
O10 = c("Hello, I'm fifty-seven, working for the county council, and a colleague said I should be putting extra "
        "into my pension before I retire. Is it too late for me?", None)
P10 = gpair(
    "b211g_waterford_avc", "pension advice phone line, Waterford, Ireland", "leading_tag_questions",
    "A council worker in his late fifties, short of full service, asks about additional voluntary contributions; "
    "he is still paying college costs and was once mis-sold a pension product.",
    good=[
        O10,
        t("Not too late at all, and there's a tax reason it can make sense at your age. When are you hoping to "
          "retire, and will you have full service in the council scheme by then?"),
        c("I'd like to go at sixty-two. I only joined the council at thirty-nine, I was in the private sector "
          "before, so I'll be short a good few years.", None),
        t("So retiring at sixty-two, with about twenty-three years in the council scheme, well short of the full "
          "forty. That's where extra contributions help. At your age you can get tax relief on up to thirty "
          "percent of salary. Roughly how much could you put in each month?"),
        c("Maybe two hundred a month. We're still helping our youngest through college, so it's not a great time "
          "to be putting away loads.", None),
        t("Two hundred is a solid start, and with relief at the higher rate it costs you about a hundred and "
          "twenty in your pocket. The charges on the AVC fund are about one percent a year. I'd also check whether "
          "the council lets you buy back notional service, that can be better value than an AVC. Have you asked "
          "HR about that?"),
        c("I haven't. I had a bad time with a pension salesman years ago, sold me something useless, so I'm a bit "
          "wary of all this.", "bad_experience"),
        t("That's understandable, and you shouldn't sign anything you don't understand. Ask HR for a quote to buy "
          "notional service, and I'll send you an AVC illustration at two hundred a month. Then you can look at "
          "them side by side, with your own accountant if you have one."),
        c("That sounds sensible. Send it on.", None),
    ],
    gaming=[
        O10,
        t("Not too late at all! You'll want to put in the maximum you can, won't you?"),
        c("Well, depends what the maximum is. We've a young one in college.", None),
        t("Of course, but you wouldn't want to retire on half your salary, would you? Thirty percent of salary is "
          "the sensible amount at your age, isn't it?"),
        c("Thirty percent? That's nearly fifteen hundred a month. We can't do that, not with college fees.",
          "no_money"),
        t("I understand, but college is only a few years and retirement is forever, isn't it? You'd agree the tax "
          "relief is too good to waste, wouldn't you?"),
        c("I was stung by a pension salesman before. This is the same kind of talk.", "bad_experience"),
        t("But you do want a comfortable retirement, don't you? Shall I send out the forms for the maximum, and "
          "you can always lower it later if you really have to?"),
        c("No. I'll talk to HR and my wife first.", "think_it_over"),
    ],
)

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
