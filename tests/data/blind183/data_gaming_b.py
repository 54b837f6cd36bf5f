from common import c, gpair, t

P = "b183g_"
PAIRS = []

o = c("Alright. I'm a plumber, self-employed. Did my knee last year, off six weeks with nothing coming in. Don't want that again.", None)
PAIRS.append(gpair(P + "phone_ip_selfemployed_plumber", "UK income protection adviser, phone", "ignored_customer",
 "A self-employed plumber with three months' savings wants income protection.", [
 o,
 t("Six weeks with nothing is rough. How did you get through it?"),
 c("Savings. Built it back to about three months now. The missus works part-time too.", None),
 t("So you could carry yourself three months. What could you put in monthly, roughly?"),
 c("Forty quid tops. Some months are dead quiet, so it has to work in a bad month.", None),
 t("Then cover that starts after thirteen weeks, when savings run out, keeps it near forty. I'll also check it pays if you can't plumb, not just any job. Three quotes?"),
 c("Go on then. Email them, I'm on jobs all day.", None),
 t("Will do. I'll text when they're in and we can talk after six."),
], [
 o,
 t("Great, let's find out what you need. What's your biggest worry about being off?"),
 c("The mortgage. I've three months' savings, so it's after that.", None),
 t("Understood. I'd recommend our four-week plan, £78 a month, with the full rehab package. How does that sound?"),
 c("I said I've three months covered. And forty's the most I can do.", "no_money"),
 t("Totally hear you. The nice thing is it pays from week four, so you're never without. Shall I start the application?"),
 c("You're not listening. Leave it.", None),
]))

o = c("Hi. We just want a simple term life quote. Two kids, we're in Mississauga.", None)
PAIRS.append(gpair(P + "video_term_life_young_family", "Canadian life insurance agent, video call", "repeated_questions",
 "A young couple with two children want a plain term life quote within a set budget.", [
 o,
 t("Happy to help. What should it cover if one of you died?"),
 c("The mortgage, 480 thousand. Maybe daycare. We can spend about sixty a month total.", None),
 t("So about 500 thousand each for twenty years, within sixty a month for both. Any health issues?"),
 c("I have asthma. Mild.", None),
 t("Mild asthma rarely changes much. Two policies at 500 thousand come to about $58 a month. The medical questions take twenty minutes each."),
 c("Okay. We'll do them this weekend, weeknights are crazy.", None),
 t("Perfect. I'll send the links with notes on the tricky questions."),
], [
 o,
 t("Happy to help! What's your budget for protecting your family?"),
 c("About sixty a month for both of us.", None),
 t("Great. And what are you comfortable investing each month in your family's security?"),
 c("Sixty. Like I said.", None),
 t("Perfect. So thinking about your monthly commitment, what number feels right?"),
 c("Why do you keep asking that? Sixty dollars.", None),
 t("Just making sure I understand. Roughly how much would you put aside each month for this?"),
 c("Okay, I'll just get a quote online.", "brush_off"),
]))

o = c("Hi, we're calling about refinancing. Our payment went up when the escrow changed and we want the monthly down. My husband's on too.", None)
PAIRS.append(gpair(P + "phone_refi_couple_ohio", "US mortgage broker, phone", "wrong_paraphrase",
 "A couple in Ohio want a lower monthly payment after an escrow increase.", [
 o,
 t("Hi to you both. What's your rate now, and how long have you had the loan?"),
 c("Six point eight, about two years. Three hundred ten left.", None),
 t("And the escrow jump, property tax or homeowners insurance?"),
 c("Insurance. Up like nine hundred a year.", None),
 t("Then a refi may help less than shopping that insurance. A refi saves maybe $90 a month but costs about $6,000 to close. I'd start with insurance quotes."),
 c("Huh, the bank never said that. We'd want to talk it over tonight.", "think_it_over"),
 t("Of course. I'll email the refi numbers next to doing nothing, so you see the break-even."),
], [
 o,
 t("Great, so what I'm hearing is you want to take cash out for a renovation, is that right?"),
 c("No... we want the monthly payment lower.", None),
 t("Got it, lowering payments so you free up equity for the kitchen. Love that. A thirty-year cash-out?"),
 c("We never said kitchen. We're not taking cash out.", "no_need"),
 t("So to play that back: you're comfortable with a bigger loan as long as the payment's okay. Did I get that right?"),
 c("No! We can barely manage the payment we've got.", None),
 t("Perfect, so a cash-out at 7.1, I'll start the paperwork."),
 c("Stop. We'll call someone else.", None),
]))

o = c("Hello, sorry, I... my husband died last week and I found a letter about a life policy with you. I don't know what I'm meant to do.", None)
PAIRS.append(gpair(P + "phone_bereavement_life_claim", "UK life insurer, claims line", "pitch_to_upset",
 "A newly widowed woman rings to find out how to claim on her husband's policy.", [
 o,
 t("I'm so sorry. Take your time, there's no rush. Is there a policy number on the letter?"),
 c("Um, LP 44819... sorry, I'm all over the place.", None),
 t("You're doing fine. I've found it. We'll need a copy of the death certificate; I'll handle the rest. Shall I post the form, or fill it in with you now?"),
 c("Could you do it now? I can't face forms.", None),
 t("Of course. And I'll ring you before any payment arrives. No decisions needed until you're ready."),
 c("Thank you. I'd been dreading this call.", None),
], [
 o,
 t("So sorry for your loss. I'm here to support you on this journey. The policy number?"),
 c("LP 44819. Sorry, I'm all over the place.", None),
 t("Found it. Good news, it's a £150,000 payout. Where will you put it? Our Bereavement Bond pays 4.2%."),
 c("I... he died on Tuesday. I haven't thought about anything.", None),
 t("I understand. Many widows also take a funeral plan for themselves now, so the family isn't left like you are."),
 c("I don't want any of that. I just want to know how to claim.", "no_need"),
 t("Of course. So I can help properly, what would your ideal investment return look like?"),
 c("I'm putting the phone down.", None),
]))

o = c("My basement flooded in the storm, sewage came up the floor drain, and your adjuster says I'm not covered. How is that possible?", None)
PAIRS.append(gpair(P + "phone_flood_claim_denied", "Canadian home insurer, claims line", "blame",
 "A homeowner in Hamilton is told a sewer backup is not covered.", [
 o,
 t("That's awful, I'm sorry. Is everyone safe and is the water out?"),
 c("Restoration guys came. It's the furniture and drywall. Eighteen grand, they think.", None),
 t("Sewer backup is an add-on, and your policy doesn't have it. I'll check whether the storm damage to the window well counts separately."),
 c("Nobody ever told me it was an add-on. The broker never mentioned it.", None),
 t("That's fair to raise. I'll log a complaint about how it was sold, and have claims review the window well. You'll hear from me by Thursday."),
 c("And I suppose you'll sell me the add-on now. After this I'm not sure I'm staying.", "bad_experience"),
 t("I won't push anything today. Claim first."),
], [
 o,
 t("I understand your frustration. Can I ask, did you read your policy when you bought it?"),
 c("Not every word. Who does?", None),
 t("Well, sewer backup is clearly optional. You chose the basic plan, so that's on you, isn't it?"),
 c("I didn't choose anything. The broker set it up.", None),
 t("Brokers do what clients ask. And with an old house you should've put in a backwater valve."),
 c("So it's my fault my basement's full of sewage.", None),
 t("I'm just saying you had options. Anything else I can help with?"),
 c("You've helped enough. I'm going to the ombudsman.", None),
]))

o = c("hey so um I'm a wedding photographer and my CPA says I should be putting money in a retirement account, but no idea which one.", None)
PAIRS.append(gpair(P + "video_retirement_photographer", "US fee-only financial planner, video call", "monologue",
 "A seasonal self-employed photographer asks which retirement account to open.", [
 o,
 t("Good on your CPA. How steady is the work, and how much could you put away?"),
 c("Super seasonal. May to October I'm slammed, winter's dead. Last year I cleared about seventy.", None),
 t("So money comes in bursts. Would you rather put in monthly or a lump after the season?"),
 c("Lump. I never know what winter looks like.", None),
 t("A Solo 401(k) or SEP IRA both take a lump by your tax deadline; the Solo 401(k) lets you put in more at your income."),
 c("Is there a fee? I'm not paying some percentage forever.", "too_expensive"),
 t("Opening either at a big brokerage is free. My advice is a flat $600 a year, or take this and go."),
 c("Okay. Let me talk to my CPA and get back to you.", "think_it_over"),
], [
 o,
 t("Love it! So what I'm hearing is you need a retirement strategy. Traditional IRA, Roth, SEP, Solo 401(k), defined benefit plans, and our managed portfolios on top, which is where the magic happens."),
 c("Okay, um, so which one-", None),
 t("Getting there! Our Elite Managed Solo 401(k) is 1.25% a year, rebalanced quarterly, with an indexed annuity layered in. Creatives love it. Makes sense? Great. You'd contribute monthly, say $1,500."),
 c("I can't do monthly. Winter I make basically nothing.", "no_money"),
 t("Totally, that's why we include the annuity rider. Plus quarterly reviews and our app. Any questions? No? Awesome, I'll send the onboarding docs."),
 c("Wait, I didn't agree to anything. And I have a client shoot in ten minutes, I gotta go.", "no_time"),
]))

o = c("Hello dear. I got your leaflet about funeral plans and wanted to ask a few things.", None)
PAIRS.append(gpair(P + "phone_funeral_plan_leaflet", "UK funeral plan provider, phone", "closing_as_open_question",
 "A woman of 71 whose sister lost money in a failed funeral plan firm rings after a leaflet.", [
 o,
 t("Of course. What made you start thinking about one?"),
 c("I don't want my son left with a bill. But my sister paid into one and the firm went bust.", "bad_experience"),
 t("I'm sorry, that hurt a lot of people. Providers must now be authorised by the FCA, and we are. I'll give you our number so your son can check it."),
 c("Oh, that's something. What does it cost?", None),
 t("Simple cremation is £3,950, at once or over five years. It doesn't cover flowers or a wake. Shall I post the details?"),
 c("Post it. I'll go through it with my son at Sunday dinner.", "think_it_over"),
 t("Lovely. I'll ring Monday afternoon if that suits."),
], [
 o,
 t("Wonderful! What's the one thing that would make you ready to secure your plan today?"),
 c("I'd want my money safe. My sister's plan company went bust.", "bad_experience"),
 t("Totally understand. So which shall I put you down for, the Classic or the Premier?"),
 c("I haven't decided I want one yet.", "think_it_over"),
 t("Of course. When you imagine your family protected, how would you like to pay, lump sum or monthly?"),
 c("I don't know, dear, you're rushing me.", None),
 t("What would need to happen for us to get this done before I hang up?"),
 c("Just send me something in the post, dear. Goodbye.", "brush_off"),
]))

o = c("Hello. I retired from teaching in June. I have the pension, and an RRSP of about 210,000, and I turn 71 next year.", None)
PAIRS.append(gpair(P + "video_rrif_retired_teacher", "Canadian financial adviser, video call", "pitch_as_paraphrase",
 "A retired teacher in Winnipeg must convert her RRSP and wants it low risk.", [
 o,
 t("Congratulations. By the end of that year it has to become a RRIF or annuity. Does the pension cover day-to-day costs?"),
 c("Mostly. The RRSP is for travel and my granddaughter's school.", None),
 t("So flexible money, not bills. A RRIF stays invested and you take at least the minimum. Low risk or some growth?"),
 c("Low. My old adviser had me in things I didn't understand, I lost sleep in 2008.", "bad_experience"),
 t("Then GICs and one balanced fund, each with a one-page summary. The fee is about 0.6% a year. I'll send it all in writing."),
 c("Thank you. I'll read it and call you.", "think_it_over"),
], [
 o,
 t("Congratulations! Tell me what matters to you in retirement."),
 c("The pension covers bills. The RRSP is for travel and my granddaughter's school.", None),
 t("So what you're saying is you need our Guaranteed Income Segregated Fund with the lifetime withdrawal benefit, correct?"),
 c("I don't think I said that. I don't know what that is.", None),
 t("So you're telling me guarantees matter, which makes the 2.9% fee worth it, right?"),
 c("2.9%? My friend pays less than that and she complains.", "too_expensive"),
 t("Great, so to confirm, you want to lock in your legacy with the Gold series. Did I capture that?"),
 c("No. I want to travel. I'll go somewhere else.", "no_need"),
]))

o = c("Hi, I just need to update my address on my car and renters policies. I'm on my lunch break, I've got like ten minutes.", None)
PAIRS.append(gpair(P + "phone_address_change_denver", "US auto and renters insurer, phone", "upsell_as_loop_closing",
 "A customer on a lunch break needs an address change after a move to Denver.", [
 o,
 t("Sure, we'll be quick. What's the new address?"),
 c("4410 Birch Lane, Apt 3B, Denver, 80211.", None),
 t("Got it. Denver bumps the auto a bit, to $112 a month, up eight. Renters is unchanged. Is there covered parking? That lowers it."),
 c("Covered parking, yeah.", None),
 t("Then it's $106. I'll email your new cards now. That's everything."),
 c("Oh nice. That was painless.", None),
], [
 o,
 t("Absolutely! First, how would you rate your experience with us so far?"),
 c("Fine. Can we just do the address? 4410 Birch Lane, 3B, Denver.", None),
 t("Done! To close the loop, what else can I add for you today? An umbrella policy is only $19 a month."),
 c("I don't need that.", "no_need"),
 t("Totally. Anything else I can add while we're here? Identity theft protection, jewelry rider?"),
 c("No. I've got to get back to work.", "no_time"),
 t("Last thing, just to make sure you're fully covered, shall I add roadside assistance?"),
 c("I said no. Just send the cards.", "no_need"),
]))

o = c("Come through, sorry about the mess. I'm self-employed, I do hair from home, and I've been thinking about critical illness cover since my friend got ill.", None)
PAIRS.append(gpair(P + "kitchen_ci_hairdresser", "UK protection adviser, home visit", "leading_tag_questions",
 "A self-employed hairdresser in Swansea worries a policy might not pay out.", [
 o,
 t("I'm sorry about your friend. What happened, if you don't mind me asking?"),
 c("Breast cancer. Her policy didn't pay, said it was too early stage. I don't want to pay for something that won't pay me.", "bad_experience"),
 t("Fair worry. Some policies pay part for early stages. What would you need the money for?"),
 c("Bills. If I can't stand and cut, I earn nothing. I've about two grand put by.", None),
 t("I'll get a couple of quotes that pay for early stages too, and show you the exact wording on early cancers."),
 c("I'd want to see that. Can't promise though, money's tight.", "no_money"),
 t("Understood, I'll include the cheapest version. Tuesday evening after your last client?"),
], [
 o,
 t("Oh, sorry about your friend. You'd want to be properly protected, wouldn't you?"),
 c("That's why I asked. But hers didn't pay, said it was early stage.", "bad_experience"),
 t("Ours is different, isn't it? And you'd want the comprehensive plan with children's cover, wouldn't you?"),
 c("I haven't got kids. How much is it?", None),
 t("£64 a month. You wouldn't want to risk your business, would you?"),
 c("Sixty-four? I can't stretch to that, love.", "no_money"),
 t("You'll want it sorted today though, won't you, before anything happens?"),
 c("I'll have a think. I'll ring you.", "think_it_over"),
]))
