from common import c, rpair, t

P = "b183r_"
PAIRS = []

o = c("Hiya, I'm a sparky, self-employed, and my accountant says I should look at income protection. What's it cost?", None)
PAIRS.append(rpair(P + "d01_phone_ip_electrician",
 "A self-employed electrician in Leeds with lumpy income asks the price of income protection.", [
 o,
 t("Depends on a couple of things. If you were off sick, how long could you manage on savings?"),
 c("Couple of months maybe. It's feast or famine, some months eight grand, some two.", None),
 t("Insurers base the payout on your average profit from your accounts, not your best months. Roughly what was last year's profit?"),
 c("Thirty-eight after expenses.", None),
 t("Then you could cover about £1,900 a month. With an eight-week wait to match your savings, roughly £45. A longer wait is cheaper but leaves a gap."),
 c("Forty-five. Hm. Look, I'm up a ladder here, can you email it and I'll look tonight?", "no_time"),
 t("Fair. I'll email eight and thirteen weeks side by side so you can see the trade-off."),
], [
 o,
 t("For a self-employed electrician, usually £30 to £60 a month. Your age, and do you smoke?"),
 c("Thirty-six, no.", None),
 t("I can do £2,000 a month after a four-week wait for about £58."),
 c("Fifty-eight's a lot. Some months I only make two grand.", "too_expensive"),
 t("Understood. A thirteen-week wait brings it to about £34. Shall I send both?"),
 c("Go on, send both.", None),
]))

o = c("Hey, so my wife's home with our twins and I'm the only income. I want life insurance on me. Like, a lot.", None)
PAIRS.append(rpair(P + "d02_video_term_life_single_income",
 "A single-income father of twins in Colorado wants a large term policy on himself.", [
 o,
 t("Makes sense. What would it need to pay for?"),
 c("Mortgage is 320k, and I'd want her not to have to go back to work right away. Maybe a million?", None),
 t("A million on you sounds right. Can I ask the other side: if your wife died, who'd look after the twins while you work?"),
 c("Huh. Daycare, I guess, like 2,800 a month for two. Never thought of insuring her.", None),
 t("Most people don't. $400k on her might be $18 a month; the million on you about $55. We can do both or just yours."),
 c("Seventy-three total is more than I planned. Let me run it past her tonight.", "think_it_over"),
 t("Of course. I'll send them as separate quotes so you can pick."),
], [
 o,
 t("Smart move. How much were you thinking?"),
 c("Mortgage is 320k, and I'd want her not to have to go back to work. Maybe a million?", None),
 t("A million is reasonable for a single-income family. Age, health, smoker?"),
 c("Thirty-three, healthy, no.", None),
 t("A 20-year term for a million is around $55 a month. Want me to start the application?"),
 c("Let me talk to her first, but that sounds doable.", "think_it_over"),
 t("Sounds good. I'll email the quote now."),
]))

o = c("Thank you for coming. Since Gord died I've had letters from the bank and the pension and I don't know which ones matter.", None)
PAIRS.append(rpair(P + "d03_kitchen_widow_rrif",
 "A recently widowed woman in Kelowna is overwhelmed by paperwork after her husband's death.", [
 o,
 t("I'm very sorry about Gord. We'll go one at a time. Is anything urgent, bills you can't pay right now?"),
 c("No, we had savings. He did all this. I feel stupid.", None),
 t("You're not. The one that matters most is his RRIF: it can roll into yours without tax, with no deadline this month. I'd do only that now and leave bigger decisions for six months."),
 c("Six months? My neighbour said I should sell the house straight away.", None),
 t("You could, but most people are glad they waited. Is that something you want?"),
 c("I don't want to. I love the garden.", None),
 t("Then we leave it. I'll sign the RRIF transfer with you today and come back in a month."),
], [
 o,
 t("I'm sorry for your loss. The main one is his RRIF, which can roll into yours tax-free. We'll do that today."),
 c("Okay. He did all this, I don't really follow.", None),
 t("No problem. You'll also want to look at the survivor pension, his life insurance, and whether the house still makes sense."),
 c("My neighbour said I should sell the house.", None),
 t("Worth considering. Once the insurance pays, we could invest it with the RRIF. Shall we book a planning meeting next week?"),
 c("Next week's too soon, I've the funeral home and his sister visiting. Maybe later.", "no_time"),
 t("Of course. Call me when you're ready."),
]))

o = c("Hi. Our fixed rate ends in March. Our bank's offered 4.6 and we wondered if we could do better. We're quite cautious.", None)
PAIRS.append(rpair(P + "d04_video_broker_remortgage_couple",
 "A cautious couple in Nottingham compare their bank's product transfer with the market.", [
 o,
 t("Worth checking. What's the balance and value, and do you expect changes, a job move or a baby?"),
 c("Owe 190, worth about 320. And... maybe a baby next year.", None),
 t("That matters; if one income may drop, lenders check affordability now. Best rate I see is 4.35 with a £999 fee. On your balance that's only about £200 better over two years."),
 c("So not worth the hassle?", None),
 t("Maybe not. What I'd check is whether your bank's deal lets you overpay or pause payments if a baby comes. I'll send both side by side, fees in."),
 c("That's useful. We'll read it together before deciding.", "think_it_over"),
], [
 o,
 t("Sure. What's the balance and value?"),
 c("Owe 190, worth about 320.", None),
 t("Good loan-to-value. Best I see is 4.35 with a £999 fee, lower than your bank's 4.6."),
 c("Is the fee worth it, though?", None),
 t("It can be added to the loan. I'd go for the 4.35 five-year. Shall I start the application?"),
 c("We'd want to sleep on it.", "think_it_over"),
]))

o = c("Hi, my brother-in-law sold me a variable annuity three years ago and the fees are like 3% a year. I feel like an idiot. Can you get me out?", "bad_experience")
PAIRS.append(rpair(P + "d05_phone_variable_annuity_review",
 "A client in New Jersey wants out of a costly annuity a relative sold him.", [
 o,
 t("You're not an idiot, those fees are easy to miss. First let's see what leaving costs. Have you a recent statement?"),
 c("Value 212,000, surrender charge 4%.", None),
 t("So about $8,500 today, and it likely drops each year. Does it have a guaranteed withdrawal rider you're paying for?"),
 c("I think so? Something about guaranteed withdrawals.", None),
 t("That may be worth something if you'd use it. I'd get the full contract and the year-by-year surrender schedule before recommending anything."),
 c("Okay. I'd rather not pay eighty-five hundred to leave if I don't have to.", None),
 t("Then I'll send a request form to sign, and we go through it together."),
], [
 o,
 t("You're not alone. What's the current value?"),
 c("212,000. Surrender charge is 4%.", None),
 t("About $8,500. But saving 2% a year in fees, you'd make that back in two years in a low-cost portfolio."),
 c("Hmm. Eighty-five hundred is a lot to just lose.", "too_expensive"),
 t("Fair. Over ten years the fee savings add up to far more. I can start the transfer paperwork."),
 c("Let me think about it this week.", "think_it_over"),
]))

o = c("Hello, I'm looking at funeral plans. I want to know it covers everything, so my son's not left paying.", None)
PAIRS.append(rpair(P + "d06_phone_funeral_plan_burial",
 "A widow in Shropshire wants a funeral plan that leaves her son nothing to pay.", [
 o,
 t("The right question. What kind of funeral would you want? It changes what's included."),
 c("A burial, next to my husband in St Mary's churchyard.", None),
 t("Then honestly: our plans cover the funeral director, but plots and church fees are set by the church and aren't guaranteed. Is there space reserved with your husband?"),
 c("I think there's room in his plot. I'd need to ask the vicar.", None),
 t("Check that first. If the plot's sorted, our burial plan at £4,600 covers the rest, with £1,000 towards church fees. I'll list exactly what's in and out."),
 c("Please do. I'll ring the vicar before I decide anything.", "think_it_over"),
], [
 o,
 t("We can help. Our burial plan is £4,600: funeral director's services, coffin and hearse."),
 c("But does it cover everything? The plot and the church?", None),
 t("There's a £1,000 contribution to third-party costs, which covers most of it for most people."),
 c("Most people. That's a lot of money for 'most'.", "too_expensive"),
 t("It locks today's price for the funeral director's part. I'll send you the brochure."),
 c("Just send the brochure, dear. I'll look at it sometime.", "brush_off"),
]))

o = c("Hi. I own a café in Halifax, and after a regular of mine had a stroke I got thinking about critical illness insurance.", None)
PAIRS.append(rpair(P + "d07_video_ci_cafe_owner",
 "A self-employed café owner asks about critical illness cover.", [
 o,
 t("That's sobering to see. Before quotes, do you have any cover now, maybe through a partner's work plan?"),
 c("My partner's job has benefits. I think I'm on it, but I don't know what's in it.", None),
 t("Some group plans include a small critical illness benefit, often $25,000. Could you get the booklet?"),
 c("Sure. Would twenty-five be enough?", None),
 t("The real question: what would keep the café running a year if you couldn't work?"),
 c("Rent's 4,200, I'd need a manager. Maybe 70 grand.", None),
 t("Then about $75,000 on top of the group plan. Send me the booklet and I'll quote just the gap."),
], [
 o,
 t("Good thinking. How much cover were you thinking?"),
 c("Not sure. Maybe 100,000?", None),
 t("A common amount. At 45, non-smoker, about $95 a month for a 10-year term."),
 c("Ninety-five a month is steep for the café, margins are thin.", "too_expensive"),
 t("$75,000 is about $72, and would cover a year of costs for most small businesses."),
 c("Okay, let me think about which.", "think_it_over"),
]))

o = c("hi my renewal is 520 and ive got a comparison site quote for 390. can you match it or im leaving", "too_expensive")
PAIRS.append(rpair(P + "d08_chat_home_renewal_match",
 "A UK customer in chat asks the insurer to match a cheaper home quote.", [
 o,
 t("Thanks for giving us the chance. Before matching, what's the excess on the 390, and does it include accidental damage?"),
 c("um excess 500 i think. no accidental damage on theirs", None),
 t("That explains much of the gap. Keeping your accidental damage, with a £250 excess, I can do £445."),
 c("still 55 more than theirs tho", "too_expensive"),
 t("True. You claimed for a spilled paint tin in 2022 that accidental damage paid. Without it I could do £398. Which matters more?"),
 c("oh i forgot the paint. ok the 445 one, keep it", None),
 t("Done. I'll send the new documents now."),
], [
 o,
 t("Hi, let me see what I can do. One sec."),
 c("ok", None),
 t("I can do £399 by moving your excess to £500 and removing accidental damage. Close to theirs."),
 c("ok 399 is fine i guess. whats the excess again", None),
 t("£500. Shall I set it up?"),
 c("yeah go on", None),
]))

o = c("Hey, I got laid off last month at 56, and I've about 430k in my old 401(k). Everyone says roll it into an IRA. Should I?", None)
PAIRS.append(rpair(P + "d09_phone_401k_rollover_layoff",
 "A laid-off 56-year-old in Michigan asks whether to roll his 401(k) into an IRA.", [
 o,
 t("Sorry about the layoff. First, what's the plan for income? Might you need to draw on this?"),
 c("I'm looking, but I might need to pull some out to get by for a year.", None),
 t("Important. Because you left that employer at 55 or later, you can take money from that 401(k) without the 10% penalty. Roll it to an IRA and you lose that until 59 and a half."),
 c("Huh. The bank guy just wanted me to roll it over.", None),
 t("Easy to miss. One option: leave a year or two of money in the 401(k) and roll the rest. Do you know the plan's fund costs?"),
 c("No idea. I can log in and check tonight.", None),
 t("Do that and send me the list. We'll decide the split after."),
], [
 o,
 t("Sorry to hear it. An IRA usually gives more choice and sometimes lower fees. Do you know your 401(k)'s fees?"),
 c("No idea. I can check.", None),
 t("An IRA at a big brokerage has no account fee and cheap index funds. Most people in your spot roll over."),
 c("The bank said the same. Okay.", None),
 t("I'll send the rollover instructions. It's a direct transfer, so no tax."),
 c("I'm swamped with job applications this week. Can we do it next week?", "no_time"),
]))

o = c("Hi, my husband and I have universal life policies from 2012 and the premiums keep going up. We think we were sold the wrong thing.", None)
PAIRS.append(rpair(P + "d10_video_universal_life_couple",
 "A couple in their sixties in Quebec feel mis-sold universal life policies.", [
 o,
 t("That's frustrating. Before judging, what did you want the policies for then, and now?"),
 c("Then, protect the kids. They're grown. Now it's to leave something and cover the funeral.", None),
 t("So the need's changed, and that matters most. Do you have an in-force illustration, what happens if you keep paying as is?"),
 c("I don't know what that is. The agent retired.", None),
 t("It's a free projection from the insurer. I'd request it first, then see whether to keep, lower the cover, or replace, without cancelling anything."),
 c("Fine, but we're not signing anything new until we understand the old ones. We got burned once.", "bad_experience"),
 t("Agreed. I'll send the request forms today."),
], [
 o,
 t("Universal life can be tricky. How much are you paying now?"),
 c("Two forty a month for both, up from one eighty.", None),
 t("Term to 100 locks your premium. For both of you maybe $210 a month. Want a quote?"),
 c("We got burned once. How do we know this is better?", "bad_experience"),
 t("Term to 100 is simple: the premium never goes up. I'll send quotes and a comparison."),
 c("Okay. We'll look at it.", "think_it_over"),
]))
