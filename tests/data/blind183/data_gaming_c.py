from common import c, gpair, t

P = "b183g_"
PAIRS = []

o = c("Hi. We bought whole life from a guy at church who said it was a great investment. Eight years in, the cash value's way less than we paid.", None)
PAIRS.append(gpair(P + "video_whole_life_missold", "US independent insurance adviser, video call", "putdown_question",
 "A cautious couple in Georgia feel misled about a whole life policy sold as an investment.", [
 o,
 t("Thanks for bringing it to me. That's a common, frustrating surprise. Do you have the latest annual statement?"),
 c("Right here. We've paid about 41 thousand and the cash value is 29.", None),
 t("Early on, much of the premium pays for the cover and commission, so cash value lags. What do you two need now, the cover or the savings?"),
 c("The cover, honestly. Two kids. The savings thing was his idea.", None),
 t("Then I'd ask the insurer for an in-force illustration: keep it, reduce it, or stop. I'd price term cover next to it."),
 c("If it's another policy, I'm wary. The last guy was nice too.", "bad_experience"),
 t("Fair. Nothing's bought or cancelled until you've both seen the numbers, and you can get a second opinion."),
], [
 o,
 t("Okay. You didn't really think life insurance was an investment, did you? What exactly did he tell you?"),
 c("That it was like a savings account with a bonus.", None),
 t("And you didn't read the illustration? What part of 'surrender charges' was unclear?"),
 c("Excuse me. We trusted him. That's why we're here.", None),
 t("I understand. So how did you two expect to beat the market with a church friend?"),
 c("Wow. We're done here.", None),
]))

o = c("Hi, we're selling and moving to Halifax, and your letter says the penalty to break our mortgage is fourteen thousand dollars. That can't be right.", None)
PAIRS.append(gpair(P + "phone_mortgage_penalty_bank", "Canadian bank mortgage service line, phone", "not_my_department_or_read_the_terms",
 "A mother moving provinces is shocked by a mortgage prepayment penalty.", [
 o,
 t("I understand the shock. Let's go through it. Are you buying in Halifax?"),
 c("Yes, in the spring. Smaller place.", None),
 t("Then you may not pay it. Your mortgage is portable, and the penalty is waived if the new purchase closes within 90 days. Is the timing close?"),
 c("We close here in March and there in April.", None),
 t("That fits. I'll send the porting rules and the penalty calculation in writing, in case porting falls through."),
 c("Okay. I'll go through it with my husband first, he does the numbers.", "think_it_over"),
 t("Good. Call my direct line and I'll note the file so you don't repeat yourself."),
], [
 o,
 t("I completely understand your frustration. Unfortunately I don't set penalties, that's the mortgage department."),
 c("Can you connect me?", None),
 t("They're email only. It's in your mortgage terms, section 9. Did you read that when you signed?"),
 c("I was buying a house with a newborn. No, I didn't read section 9.", None),
 t("I hear you. I didn't make the rules. Anything else I can help with today?"),
 c("Can I port it or not?", None),
 t("That's for a mortgage specialist. How satisfied are you with today's call?"),
 c("Not at all. I'll take my mortgage elsewhere.", None),
]))

o = c("Morning. I'm 66, my wife passed last year, and I've a private pension of about 180,000 I've never touched. I'm told I can take a quarter tax-free.", None)
PAIRS.append(gpair(P + "phone_drawdown_widower", "UK pension provider, phone", "social_proof_or_deadline_pressure",
 "A widower in Norwich asks about the tax-free lump sum from his pension.", [
 o,
 t("Good morning, and I'm sorry about your wife. Yes, usually up to 25%. Is there something you'd want the money for?"),
 c("Not really. I've the state pension and the house is paid off. I thought you were supposed to take it.", None),
 t("There's no rule that you must. Left in the pension it usually stays outside your estate for inheritance tax. Who'd you want it to go to?"),
 c("My daughter. She's three little ones.", None),
 t("Then check your nomination form; it may still name your wife. I'll send that and a short note on options. No need to decide anything."),
 c("Send it. I'll go through it with my daughter before I do anything.", "think_it_over"),
], [
 o,
 t("Morning! Honestly, nine in ten people your age take the full 25% straight away. It's what everyone does."),
 c("Right. Not sure I need it though. I've the state pension and no mortgage.", "no_need"),
 t("Most clients said that and they're so glad they did. Our fee-free drawdown offer ends Friday, so we'd need to move."),
 c("Friday? I'm at my sister's in Cromer till Sunday, I can't sort anything by then.", "no_time"),
 t("But the whole street's been ringing us about this. Shall I start the paperwork while I've got you?"),
 c("My wife always did this sort of thing. I'd want my daughter to look first.", "think_it_over"),
 t("Of course, but after Friday it's 1.2% a year. How would she feel if you missed out?"),
 c("I'll take my chances. Goodbye.", None),
]))

o = c("Hi, thanks for getting on. We're both 52, we've saved a decent amount, never had an adviser. We're a bit wary.", None)
PAIRS.append(gpair(P + "video_wealth_adviser_intro", "US independent wealth adviser, video call", "keyword_stuffed",
 "A wary couple in Oregon want to know if they can retire at 60.", [
 o,
 t("Wary is sensible. What made you look for one now?"),
 c("We'd like to retire at 60 and don't know if we can. About 900k across 401(k)s and a brokerage account.", None),
 t("So the real question is stopping at 60. What would life cost you then, roughly?"),
 c("Maybe eight thousand a month. But advisers take 1%, that's nine grand a year. Seems a lot.", "too_expensive"),
 t("It's real money. I do a one-time plan for a flat $3,500 that answers the age-60 question, and you decide after if you want more."),
 c("That's more reasonable. We'll talk it over and email you.", "think_it_over"),
 t("Sounds good. I'll send what you'd need to gather, so you see the work first."),
], [
 o,
 t("Thank you! I really want to understand your needs and feelings, because this relationship is about your financial success journey."),
 c("Sure. We want to know if we can retire at 60.", None),
 t("I hear you. Success means something different to everyone, and I'm passionate about what your experience of success feels like."),
 c("It feels like retiring at 60. Can we?", None),
 t("Absolutely. I'm understanding you need a relationship built on trust and a holistic experience. Does that resonate?"),
 c("Not really. What do you charge?", None),
 t("Great question. Our value is the relationship, and I feel our clients experience real success. Anything else?"),
 c("I think we'll keep looking.", "brush_off"),
]))

o = c("Hello, yes, I am builder, self-employed two years. My bank say no mortgage. My friend say broker maybe can help?", None)
PAIRS.append(gpair(P + "phone_broker_selfemployed_builder", "UK mortgage broker, phone", "rude",
 "A Polish builder in Reading, self-employed two years, was refused by his bank.", [
 o,
 t("Yes, we help many self-employed people, two years is often enough. Do you have tax returns for both years?"),
 c("Yes, accountant make them. First year 28 thousand, second year 46.", None),
 t("Good, it's going up. Some lenders use the latest year. How much deposit do you have?"),
 c("Forty thousand. But my friend pay a broker £900 and nothing happen. Money gone.", "bad_experience"),
 t("That's bad. Our fee is £495, and only when you get a mortgage offer. No offer, no fee. I'll put that in writing."),
 c("Okay, this is better. I send papers tonight.", None),
 t("Great. I'll email a list, and call Thursday to check."),
], [
 o,
 t("Yep, bank said no, got it. Tax returns?"),
 c("Yes, accountant make them. First year 28 thousand, second-", None),
 t("Yeah, yeah, I can read. Deposit?"),
 c("Forty thousand. Sorry, my English is not so good.", None),
 t("Clearly. Fee's £900 up front, take it or leave it. Any questions or can I go?"),
 c("£900 before anything? My friend pay this and get nothing.", "bad_experience"),
 t("Not my problem what your mate did. Are we doing this or not?"),
 c("No. I find somebody else.", None),
]))

o = c("Hi, I want critical illness insurance. My mom and her sister both had breast cancer, so I want to be honest on the form this time.", None)
PAIRS.append(gpair(P + "video_ci_family_history", "Canadian insurance broker, video call", "ignored_customer",
 "A single mother in Edmonton was mis-sold a policy that was cancelled for non-disclosure.", [
 o,
 t("I'm glad you raised that. When you say this time, what happened before?"),
 c("An agent told me to leave out a benign biopsy. The insurer found it and cancelled. I'd paid two years.", "bad_experience"),
 t("That should never have happened. This time we disclose everything. It may cost more or add an exclusion, but it will pay."),
 c("How much more? I'm a single mom, I can't do crazy.", "no_money"),
 t("I'll get three insurers' view before you pay a cent. Can you get the biopsy report?"),
 c("Yes, I'll call the clinic tomorrow.", None),
 t("Great. I'll come back with answers within two weeks."),
], [
 o,
 t("I hear you! Tell me about your health history."),
 c("My mom and aunt had breast cancer. I had a biopsy, benign. An agent told me to leave it off last time and I got cancelled.", "bad_experience"),
 t("Thanks for sharing. So, for the application, any medical history at all?"),
 c("...The biopsy. I just told you.", None),
 t("Perfect. I'll mark no significant history, keeps your premium nice and low. How much cover?"),
 c("No, you have to put the biopsy. That's what got me cancelled.", None),
 t("Let's not overcomplicate it. $100,000 sound good? Shall I submit?"),
 c("No. I'm not doing this again.", None),
]))

o = c("hi im looking at term life, im a nurse, 34, one kid, single parent", None)
PAIRS.append(gpair(P + "chat_term_life_nurse", "US online life insurance agency, web chat", "repeated_questions",
 "A single-parent nurse in Texas asks about term life by chat.", [
 o,
 t("Hi! What would you want the policy to do for your kid if something happened to you?"),
 c("pay daycare and school til shes 18 and maybe some college. my sister would raise her", None),
 t("That helps. What's daycare now, and do you have cover through the hospital?"),
 c("1400 a month. work gives 1x salary which is like 78k", None),
 t("Work cover helps but ends if you leave. A 20-year term for 500k is often $25-30 a month at 34 if healthy. Want a quote?"),
 c("sure but i want to see what the work one covers first", "think_it_over"),
 t("Smart. Check if it's portable. I'll send the quote so it's ready."),
], [
 o,
 t("Hi! Great to meet you. How much coverage do you need?"),
 c("not sure, enough for daycare and school til shes 18", None),
 t("Got it! And what amount of protection are you looking for?"),
 c("i dont know the number thats why im asking. daycare is 1400 a month", None),
 t("Totally. So what coverage level feels right for your family?"),
 c("you keep asking the same thing", None),
 t("Just making sure! How much would you want your policy to pay out?"),
 c("nvm ill look somewhere else", "brush_off"),
]))

o = c("Come in. Me and Sam just want to make sure the mortgage is paid if one of us can't work. That's it really.", None)
PAIRS.append(gpair(P + "kitchen_ip_couple_mortgage", "UK protection adviser, home visit", "wrong_paraphrase",
 "A couple in Derby, one NHS employee and one self-employed electrician, want their mortgage protected.", [
 o,
 t("Thanks. How much is the mortgage a month, and what sick pay do you each get?"),
 c("£1,150. I get six months full pay at the NHS. Sam's a self-employed electrician, so nothing.", None),
 t("So Sam's the priority. Cover paying £1,150 after four weeks for Sam, and maybe one for you after six months, cheaper because of your sick pay."),
 c("How much for Sam's?", None),
 t("Around £38 for Sam, £14 for yours. I'll put both in writing."),
 c("We'd sooner just do Sam's for now. Mine feels like a nice-to-have.", "no_need"),
 t("Reasonable, you can add yours later. We'll do Sam's health questions on a call."),
], [
 o,
 t("So what I'm hearing is you want to grow your savings and protect your lifestyle, is that right?"),
 c("No, just the mortgage if one of us is off sick.", None),
 t("Got it, so you both want full income replacement plus life cover. Did I understand correctly?"),
 c("We didn't say life cover. We've already got that.", "no_need"),
 t("So to play back: you want the investment-linked plan so Sam can retire early."),
 c("Where's that from? Sam's self-employed, that's why we're worried.", None),
 t("Perfect, early retirement and the investment plan. Shall I run the numbers?"),
 c("No. I think we'll leave it, thanks.", "no_need"),
]))

o = c("We've been in a hotel eleven days since the fire with two kids and nobody's paid it. They're threatening to kick us out tonight. I'm losing it.", None)
PAIRS.append(gpair(P + "phone_house_fire_hotel", "Canadian home insurer, claims line", "pitch_to_upset",
 "A father after a house fire faces eviction from the hotel his insurer should be paying.", [
 o,
 t("That's awful, and you shouldn't face that tonight. Your policy covers living expenses. Can I call the hotel now and guarantee payment?"),
 c("Yes. Please. The Days Inn on Barton Street.", None),
 t("Doing it now. Anything else urgent, food, clothes for the kids?"),
 c("We've been eating fast food on my credit card. It's maxed.", None),
 t("Keep the receipts, that's covered. I'll request a $2,000 advance today and call you by four."),
 c("Okay. Okay. Thank you. Sorry I yelled.", None),
], [
 o,
 t("I'm so sorry about your experience. I hear you. While I have you, have you thought about our Guaranteed Rebuild upgrade for the new house?"),
 c("What? I need the hotel paid. Tonight.", None),
 t("Absolutely, noted. Most fire families upgrade, and it's only $38 a month more."),
 c("I can't even buy groceries and you want more money from me?", "no_money"),
 t("I understand. Just so you're protected, shall I add our contents replacement rider too?"),
 c("Put me through to your manager. Now.", None),
]))

o = c("Hi, I got a letter saying my life insurance lapsed? I've had it eleven years. I've no idea what happened.", None)
PAIRS.append(gpair(P + "phone_lapsed_policy_card", "US life insurer, service line", "blame",
 "A man in Florida finds his term policy lapsed after his bank replaced his card.", [
 o,
 t("That's a scary letter. Let's find out. Your policy number?"),
 c("TL-77204. My bank changed my card in June after some fraud thing, could that be it?", None),
 t("That's it. July and August bounced, and reminders went to an old email. You're still in the reinstatement window: pay the missed $188 and a short health form."),
 c("I had a stent last year. Will they say no?", None),
 t("Not necessarily. I'll ask underwriting today what they need and call you tomorrow by noon."),
 c("Okay. Payday's Friday, I'll pay it then.", None),
 t("Friday's fine, it's within the window. Let's fix that email too."),
], [
 o,
 t("I understand your frustration. Did you update your payment details when your card changed?"),
 c("No, I didn't think of it. The bank sent a new card.", None),
 t("Well, that's the policyholder's responsibility, isn't it? We sent reminders."),
 c("To an email I haven't used in five years.", None),
 t("Which you should've updated too. Eleven years and you never checked your email on file?"),
 c("So it's my fault? I've paid you for eleven years.", None),
 t("We did our part. You'd need to reapply, and at your age, with your health, it'll cost more."),
 c("Unbelievable. I'm calling the state insurance department.", None),
]))
