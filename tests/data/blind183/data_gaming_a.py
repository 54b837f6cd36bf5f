from common import c, gpair, t

P = "b183g_"
PAIRS = []

o = c("Hi, um, we've just had our second and my wife says we need life cover sorted. I don't know where to start.", None)
PAIRS.append(gpair(P + "phone_life_cover_newborn", "UK life insurance adviser, phone", "monologue",
 "A new dad on a tight budget asks where to start with life cover.", [
 o,
 t("Congratulations! What would you want the cover to do if the worst happened?"),
 c("Pay off the house, I suppose. And Becky's only part-time now, so... help with the kids.", None),
 t("Makes sense. Anything already, say through work?"),
 c("Death in service, four times salary I think. Money's tight, we can't go much past twenty quid a month.", None),
 t("So the house and the kids, twenty a month at most. A decreasing policy on the mortgage for you both might fit. Shall I run the numbers?"),
 c("Go on. I'm not signing anything without Becky seeing it though.", "think_it_over"),
 t("Of course. I'll email a one-page summary and we go through it together. Thursday after the kids are down?"),
], [
 o,
 t("Congratulations! So what I'm hearing is you need peace of mind. Let me walk you through it: level term, decreasing term, income benefit, critical illness, waiver..."),
 c("Right, okay, I just-", None),
 t("And most young families go for our Family Shield bundle: 400k cover, critical illness, income benefit, all in trust. Does that make sense? Great. Then we mirror it for Becky."),
 c("Sorry, how much is that a month?", None),
 t("About sixty-eight pounds, but think what it's worth. We do the health chat now and you're covered by the weekend. Anything else?"),
 c("Sixty-eight? We can't do anywhere near that.", "no_money"),
 t("I hear you. Most people start with the bundle and trim later, so shall I pop the application through?"),
 c("No, you're alright. I'll look online.", "brush_off"),
]))

o = c("So I'm a freelance designer and my accountant keeps nagging me about disability insurance. Honestly I'm skeptical.", None)
PAIRS.append(gpair(P + "video_disability_freelancer", "US disability insurance agent, video call", "closing_as_open_question",
 "A freelance designer with irregular income, burned by an exclusion before.", [
 o,
 t("Fair enough. What's making you skeptical?"),
 c("I had a policy from a guy at my gym. When I had back surgery, turns out back stuff was excluded.", "bad_experience"),
 t("That's a rotten way to find out. What does your income look like month to month?"),
 c("All over. 3k one month, 11k the next. I keep four months of expenses saved.", None),
 t("Then a 90-day waiting period could keep the premium down. I'd send the full wording, exclusions highlighted, before you decide anything."),
 c("Yes, send it. I'll actually read it this time.", None),
 t("Good. I'll send it today with two quotes, and no call until you say so."),
], [
 o,
 t("Totally hear you. Open question: what would it take for you to get protected today?"),
 c("Knowing it pays out? My last one didn't cover my back surgery.", "bad_experience"),
 t("That's why people love ours. So picturing yourself covered, does the 1st or the 15th work better as a start date?"),
 c("I haven't even seen a price.", None),
 t("Great point. How would you like to pay, card or bank transfer?"),
 c("Can you just send me the exclusions?", None),
 t("Absolutely. And what's the one thing stopping you saying yes right now?"),
 c("You, kind of. Just email me something.", "brush_off"),
]))

o = c("Hi, so we're pre-approved with our bank, but my sister said a broker might do better. We're, um, cautious people.", None)
PAIRS.append(gpair(P + "phone_mortgage_firsttime_couple", "Canadian mortgage broker, phone", "pitch_as_paraphrase",
 "Cautious first-time buyers in Calgary want a second opinion on a bank pre-approval.", [
 o,
 t("Makes sense to check. What matters most, the lowest rate or knowing exactly what you'll pay?"),
 c("Knowing what we'll pay. Rates scare us. We might get a lump sum from his parents in a couple of years.", None),
 t("So steady payments and room to pay down a chunk. Is the bank's offer a fixed?"),
 c("Five-year fixed at 4.89. I don't know about prepayment.", None),
 t("I have a lender at 4.69 that allows 20% prepayment a year. I'll send both side by side, penalties included."),
 c("Okay. We'll sit down together with it, we don't rush these things.", "think_it_over"),
], [
 o,
 t("Love that you're checking. What's most important to you?"),
 c("Knowing what we'll pay. Rates scare us.", None),
 t("So what you're telling me is you need our five-year variable at prime minus point nine, right?"),
 c("No, variable's the opposite of what I just said.", "no_need"),
 t("Got it. So what I'm hearing is peace of mind, which means our mortgage protection bundle on top, fair?"),
 c("What? I said rates scare us. That's all I said.", None),
 t("So to play that back: the bundle plus the variable. Did I understand you correctly?"),
 c("You really didn't. We'll stay with the bank.", "no_need"),
]))

o = c("Hello, my home insurance renewal's come through at £612. Last year it was £430 and I've not claimed. What's going on?", None)
PAIRS.append(gpair(P + "phone_home_renewal_increase", "UK home insurer, renewals line", "upsell_as_loop_closing",
 "A pensioner rings about a 40% jump in her home and contents renewal.", [
 o,
 t("That's a big jump, I'm sorry. Has anything changed, an extension, new valuables?"),
 c("Nothing. Same house, same things.", None),
 t("Rebuild costs are up everywhere. You've accidental damage on contents, £100 excess. Do you use that?"),
 c("Never have. Forgot I had it.", None),
 t("Without it, and with a £250 excess, it's £489. Would that suit?"),
 c("Better. Still, a comparison site had me at £455.", "too_expensive"),
 t("Check theirs has the same excess and limits. Shall I email mine so you can compare?"),
 c("Yes please. I'll compare and ring you back.", "think_it_over"),
], [
 o,
 t("I completely understand. Is there anything else I can add for you today, like home emergency cover?"),
 c("Add? I rang because it's gone UP. I don't want more.", "no_need"),
 t("Absolutely. So to close the loop, what else can I help with? Legal expenses is only £2.50 a month."),
 c("I just want to know why it's £612.", None),
 t("Rebuild costs. And to make sure we've covered everything, shall I add gadget cover?"),
 c("I'm seventy-four, my phone's a brick. It's too dear as it is.", "too_expensive"),
 t("Understood. Anything else at all I can add before I let you go?"),
 c("No. Cancel it, I'll go elsewhere.", None),
]))

o = c("Come in, come in. Since Margaret passed I been thinking I oughta get my own arrangements squared away so the kids don't have to.", None)
PAIRS.append(gpair(P + "kitchen_preneed_widower", "US funeral home preneed counselor, home visit", "leading_tag_questions",
 "A chatty 78-year-old widower in Ohio wants to prepay a simple cremation.", [
 o,
 t("I'm sorry about Margaret. Anything about her arrangements you'd want the same, or different?"),
 c("Hers was lovely, but the kids paid eleven thousand. I don't want that for them.", None),
 t("Do you know what you'd want?"),
 c("Cremation. Simple. Margaret's niche has room for me.", None),
 t("That's about $4,200, paid once or over five years. I'd like your daughter to see it before you sign."),
 c("She did tell me not to sign anything without her.", "think_it_over"),
 t("Then I'll leave the price sheet and come back when she's here."),
], [
 o,
 t("Sorry for your loss. Now, you'd want the best for yourself, wouldn't you? Like Margaret had?"),
 c("Well, I was thinking something simple. Cremation.", None),
 t("Sure, but you wouldn't want folks thinking you went cheap, would you? The Heritage package is what most families choose, isn't it?"),
 c("How much is that one?", None),
 t("$9,800, but your kids are worth it, aren't they? You'd hate to leave them a bill, wouldn't you?"),
 c("That's a lot more than I was figuring on.", "too_expensive"),
 t("You'll want to lock today's price though, won't you?"),
 c("My daughter said not to sign anything without her. I'll wait.", "think_it_over"),
]))

o = c("I just opened my statement and my account is down nineteen thousand dollars. I'm honestly a bit freaked out.", None)
PAIRS.append(gpair(P + "phone_portfolio_drop_tuition", "Canadian independent wealth adviser, phone", "putdown_question",
 "A client in Toronto is scared by a drop; tuition money sits in the account.", [
 o,
 t("I'm glad you called. What worries you most about the drop?"),
 c("My daughter starts university in September, and part of that money is her tuition.", None),
 t("So it's needed in about eight months. How much is meant for tuition?"),
 c("Maybe twenty-five thousand.", None),
 t("Then that part shouldn't be in stocks; that's on us. I'd move it to a savings fund. Shall I send the trade for you to approve?"),
 c("I don't want to sell low though. Can I think till tomorrow?", "think_it_over"),
 t("Of course. I'll email both options tonight and call you at ten."),
], [
 o,
 t("Okay, let's breathe. You're not seriously panicking over a little dip, are you? What exactly worries you?"),
 c("Excuse me? It's nineteen thousand dollars.", None),
 t("You do know markets go up and down? Did you really expect never to see red?"),
 c("My daughter's tuition is in that account.", None),
 t("I hear you. But who keeps tuition in a growth portfolio? What were you thinking?"),
 c("You picked the portfolio. I want your manager.", None),
]))

o = c("My critical illness claim's been turned down. Heart attack in March, and the letter says it didn't meet the 'definition'.", None)
PAIRS.append(gpair(P + "phone_ci_claim_declined", "UK critical illness insurer, customer line", "not_my_department_or_read_the_terms",
 "A joiner recovering from a heart attack rings about a declined claim.", [
 o,
 t("I'm sorry, that's a lot while you're recovering. I can explain it and get it looked at again. What does the letter say?"),
 c("Something about troponin and ECG changes. I'm a joiner, not a doctor.", None),
 t("It pays for heart attacks meeting certain test results. Your cardiologist's reports might show more. Did they see those?"),
 c("No idea. They only asked my GP.", None),
 t("Then I'll ask claims to get the cardiology records and review it. If it's still no, you can go to the Ombudsman free."),
 c("The bank bloke who sold me it said 'heart attack, you're covered'.", None),
 t("Put that in the complaint too. I'll ring you Friday with where it's at."),
], [
 o,
 t("I completely understand how you feel. Unfortunately claims is a different department."),
 c("Can you put me through then?", None),
 t("They don't take transfers. It's all in section 4.2 of your terms. Did you read them?"),
 c("I had a heart attack. I wasn't reading small print.", None),
 t("I appreciate that. I didn't write the definitions, I'm afraid. Anything else I can help with?"),
 c("You've not helped with anything yet.", None),
 t("Sorry you feel that way. How satisfied are you with your experience today?"),
 c("Zero. I'm cancelling the lot.", None),
]))

o = c("Come on in. Dale and I just retired and we got a letter about rolling our 401(k)s into an annuity. We don't know much about them.", None)
PAIRS.append(gpair(P + "kitchen_annuity_retired_couple", "US retirement income agent, home visit", "social_proof_or_deadline_pressure",
 "A cautious retired couple in Arizona got an annuity mailer.", [
 o,
 t("Thanks for having me. First, what do you need the money to do?"),
 c("Fill the gap between Social Security and bills, about eighteen hundred a month. And keep some handy for the grandkids.", None),
 t("Many annuities lock money up for years with surrender charges, so I'd only put part in one, if any."),
 c("Our neighbor lost a bunch cashing one out early. Scared us.", "bad_experience"),
 t("A real risk. I'll draw up two options, one with no annuity at all, and go through any surrender terms."),
 c("We'd want our son to look too. He's an accountant.", "think_it_over"),
 t("Good idea. Can he join us, even on video?"),
], [
 o,
 t("Congratulations! Quick question: how do you feel about your retirement success?"),
 c("Nervous. We need about eighteen hundred a month on top of Social Security.", None),
 t("Totally. Nine in ten couples in this zip code moved into our Secure Income annuity. The Hendersons did last month."),
 c("Our neighbor lost money cashing one out early.", "bad_experience"),
 t("That won't happen here. But the 6.1% rate is only locked until five today."),
 c("Today? We don't decide things like that in an afternoon.", "think_it_over"),
 t("Everyone who waited last quarter regretted it. Which of you wants to sign first?"),
 c("Neither. I think you'd better go.", None),
]))

o = c("Hi. I've a final salary pension from my old council job, and adverts say I could transfer it out. Do you do that?", None)
PAIRS.append(gpair(P + "video_db_pension_transfer", "UK independent financial adviser, video call", "keyword_stuffed",
 "A divorced man of 58 asks about moving a defined benefit pension to leave money to his sons.", [
 o,
 t("We advise on it, but honestly, for most people keeping it is better. What's got you thinking about it?"),
 c("I'm divorced, and I want to leave something to my two lads. I hear the scheme won't pay them.", None),
 t("A sound reason to look. What's the transfer value, and the income the scheme promises?"),
 c("340,000. About 14,000 a year at 65.", None),
 t("That's guaranteed for life, rising with inflation. Above £30,000 the law requires specialist advice, and ours is £2,500, even if we say don't."),
 c("Two and a half grand to be told no? That's steep.", "too_expensive"),
 t("It's a lot. There's a cheaper initial check, and free Pension Wise guidance. Want details of both?"),
 c("Send both, I'll have a think over the weekend.", "think_it_over"),
], [
 o,
 t("Great question. I really want to understand your needs and feelings on your retirement journey; our relationship is built on your success."),
 c("Okay. So can I move it or not?", None),
 t("I hear that. What I'm understanding is this is about your experience and feelings, and we value that relationship hugely."),
 c("It's worth 340 grand, if that helps. I want my boys to get something.", None),
 t("Thanks for sharing. I feel understanding your needs is key to your success, and I'm passionate about your experience."),
 c("I still don't know what it costs or what happens.", None),
 t("Absolutely. Do you feel we've built a good relationship today? Anything else?"),
 c("Not really. I'll ring someone else.", None),
]))

o = c("hi my home insurance renewal went up 38% and ive had no claims in 9 years can someone explain", None)
PAIRS.append(gpair(P + "chat_home_renewal_ottawa", "Canadian home insurer, web chat", "rude",
 "An Ottawa homeowner asks in chat about a 38% renewal rise.", [
 o,
 t("Hi, that's a big jump, I get why you're asking. Has anything changed on the house?"),
 c("nothing changed. new roof 2 years ago actually", None),
 t("Rebuild costs in Ottawa rose a lot, and your area had many water claims. But the roof isn't on your file, and that should bring it down."),
 c("ok thats something. still feels like a lot for nothing", "too_expensive"),
 t("Fair. Send the roof receipt and I'll apply the discount, and show you a $2,500 deductible option too."),
 c("sure ill send it tonight but im shopping around too just so you know", "think_it_over"),
 t("Totally fair. You'll have both numbers within the hour to compare."),
], [
 o,
 t("Hi! Everyone's went up. It's called inflation. Anything else?"),
 c("ok but 38% is not inflation", None),
 t("Wow, you've done the math. Gold star. Costs are up, that's life."),
 c("my roof is new does that count for anything", None),
 t("Ugh. Send a receipt if you must. Anything else? I have twelve chats open."),
 c("wow. not renewing. ill find someone who cares", None),
 t("Your choice. Have a great day!"),
]))
