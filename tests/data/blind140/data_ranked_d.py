from common import c, rpair, t

PAIRS = []

o = c("We want to pay off the house. About forty-eight thousand left. We've got it in savings.", None)
PAIRS.append(rpair("b140r_d01_iowa_mortgage_payoff",
    "A couple in their seventies in Mason City want to pay off the last of their mortgage from savings.",
    [o, t("Congratulations, that's a good feeling. Can I ask how much would be left in savings after?"),
     c("About twelve thousand. That's the rest of it.", None),
     t("Is that enough for surprises, a furnace, a car, medical bills? Your rate's two point nine, so there's no rush to pay it all at once."),
     c("Hm. Les needs a knee done next year. We hadn't thought of that.", None),
     t("One option: pay thirty thousand now, keep a bigger cushion, and recast so the payment drops. Want both versions on paper?"),
     c("Yes. We'll look at it together at the kitchen table.", "think_it_over")],
    [o, t("Congratulations! I can get you a payoff figure today. It's good for ten days."),
     c("Okay. Is there a fee?", None),
     t("No prepayment fee on your loan. We can transfer straight from your savings here."),
     c("From savings here is easier. We'll have about twelve left.", None),
     t("Great. I'll print the payoff and the lien release paperwork. Friday?"),
     c("Friday's fine.", None)]))

o = c("Hi, my dad's eighty-six and he's missing bills. I want to get access to his checking. How do I do that?", None)
PAIRS.append(rpair("b140r_d02_ohio_access_dad",
    "A daughter phones because her father, 86, in Defiance, misses bills; she wants access to his account.",
    [o, t("Glad you're helping him. Is he still making his own decisions, just having trouble keeping up?"),
     c("Yeah, his mind's okay. His eyes are bad and the mail confuses him.", None),
     t("Does he know you're calling? Some parents take this hard."),
     c("Sort of. He's proud. He'll say he doesn't need anybody's help.", None),
     t("Then maybe start small: view-only access plus bill alerts sent to you. He keeps control, you catch what's missed. A POA can come later."),
     c("That he might accept. I'll call with him tomorrow so he can say yes himself.", None)],
    [o, t("Happy to help. There are two ways: add you as a joint owner, or a power of attorney. Most families do the POA."),
     c("What's the difference?", None),
     t("Joint means it's your money too; POA means you act for him. For a POA he comes in with ID and signs."),
     c("He hates going out. But okay, I'll bring him.", None),
     t("Great. Bring his ID and yours, any weekday."),
     c("Okay. Thanks.", None)]))

o = c("Milk check dropped again. Buddy of mine has that Dairy Revenue Protection. Should I get it?", None)
PAIRS.append(rpair("b140r_d03_wisc_dairy_revenue",
    "A dairy farmer near Marshfield asks his agent about Dairy Revenue Protection after a low milk check.",
    [o, t("Maybe. What's hurting more right now, the milk price or the feed bill?"),
     c("Feed, honestly. We buy most of our corn now.", None),
     t("That matters. DRP covers milk revenue, not feed. Margin coverage through FSA covers milk minus feed. Are you in that?"),
     c("Signed up years back at the bottom tier. Never paid much, so I figured it's useless.", "bad_experience"),
     t("Higher tiers pay when feed's high. Let's compare both for your herd before picking. Bring last year's milk checks Thursday?"),
     c("Thursday I'm chopping corn. Saturday morning?", "no_time")],
    [o, t("DRP's a solid product. It puts a floor under your milk revenue by quarter."),
     c("What's it cost?", None),
     t("Depends on coverage level. At ninety-five percent for your herd, a few thousand a year after the federal subsidy."),
     c("A few thousand. Hm. I'd have to run that past my wife.", "think_it_over"),
     t("Of course. I'll email quotes at ninety and ninety-five percent."),
     c("Okay.", None)]))

o = c("Hello? This is Ruth Baker. I want the town taxes paid from my account automatic. Speak up please, my hearing aid's no good on the phone.", None)
PAIRS.append(rpair("b140r_d04_manitoba_tax_hearing",
    "A hard-of-hearing widow of 84 in Neepawa wants her property tax paid automatically from her account.",
    [o, t("Yes, Mrs. Baker. I'll go slow. You want the town taxes paid automatic. Is that right?"),
     c("Yes. Once a month, like Harold used to do.", None),
     t("Monthly. The town needs a form signed by you. I can mail it with a stamped envelope. Easier than coming in?"),
     c("Mail is better. I don't drive in winter.", None),
     t("I'll mail it today and write the amount, one hundred sixty-two, big at the top. I'm Ana, A-N-A."),
     c("Ana. One sixty-two. Good, thank you.", None)],
    [o, t("Sure, Mrs. Baker. The town runs a monthly plan; you sign a pre-authorized debit form and they take it on the first."),
     c("On the what? The first?", None),
     t("Yes, the first, one sixty-two a month. Pick up the form here or print it from the town's website."),
     c("I don't have a printer. I'll come when my son can drive me.", None),
     t("Sounds good. Anything else?"),
     c("No. Thank you.", None)]))

o = c("I'm looking to buy my folks' land. Three quarters. They're retiring. Need to know what I can borrow.", None)
PAIRS.append(rpair("b140r_d05_sask_land_transfer",
    "A young farmer near Rosetown wants a loan to buy his retiring parents' land.",
    [o, t("Good. Before the loan: what do your parents need out of this, a lump sum or income over time?"),
     c("Dad needs steady money. Their pensions are small. Mom worries about it.", None),
     t("Then one route is an agreement for sale: you pay them yearly, they get income, you borrow less from us. Has anyone mentioned that?"),
     c("No. Would you still finance machinery?", None),
     t("Yes. I'd suggest one meeting with your parents and their accountant. Could you all come the same day?"),
     c("Dad hates meetings. I'll have to talk him into it.", "think_it_over")],
    [o, t("Great. What's the agreed price?"),
     c("Eight hundred for the three quarters. I've got about a hundred in equity.", None),
     t("Then we'd look at seven hundred over twenty-five years. I'll need three years of returns and your grain contracts."),
     c("Payments would be about what?", None),
     t("Roughly fifty-two thousand a year at today's rates. Bring the documents and we'll run it."),
     c("That's steep. Okay, I'll bring them.", "too_expensive")]))

o = c("I saw an ad, those annuities with no risk and market gains. Does your bank have those?", None)
PAIRS.append(rpair("b140r_d06_ohio_annuity_ad",
    "A retiree of 73 in Mansfield asks about an indexed annuity he saw advertised.",
    [o, t("We sell some. What caught your interest, the gains or the safety?"),
     c("Both, I guess. My CDs pay less than they used to. I've got about ninety thousand.", None),
     t("Honestly, no risk plus gains means a cap, about six percent, and surrender charges up to ten years. Would you need any of the ninety in ten years?"),
     c("Probably. I'm seventy-three. There's the roof, and who knows.", None),
     t("Then maybe part, if any. Keep what you may need in CDs. I'll print both ways to take home."),
     c("That seems fair. I'll read it over.", "think_it_over")],
    [o, t("Yes, we have a good indexed annuity. It protects principal and credits part of the market's gains each year."),
     c("Sounds good. What's the catch?", None),
     t("There's a cap on gains, six percent now, and surrender charges in the early years."),
     c("Hm. I've got about ninety thousand in CDs.", None),
     t("You could move some or all of it. I'll send a brochure and an illustration."),
     c("Sure, mail me something. I'll get to it.", "brush_off")]))

o = c("Um, hello. I, uh, I want something so my kids don't have to, you know, pay for my funeral.", None)
PAIRS.append(rpair("b140r_d07_iowa_funeral_cover",
    "A hesitant woman of 70 in Waterloo asks about a small policy for funeral costs.",
    [o, t("That's thoughtful of you. Do you have any life insurance now, or a prepaid funeral plan?"),
     c("I, um, maybe? I bought something through the church years ago. Not sure what.", None),
     t("That might already cover it. Before buying anything new, could you find that paper? Read me the company name and I'll check it."),
     c("I don't want to waste your time. It's in a box somewhere.", None),
     t("You're not. Call me when you find it, and we'll see if there's any gap."),
     c("Okay. I'll, um, look this weekend.", None)],
    [o, t("Sure. A final expense policy for ten thousand runs about forty-five a month at your age, no exam."),
     c("Forty-five... that's a bit much. I, um, I'm on a fixed income.", "no_money"),
     t("We could do seven thousand, about thirty-two a month. That covers a basic service."),
     c("Thirty-two. Maybe. Can I think on it?", "think_it_over"),
     t("Of course. I'll mail the application; call me with any questions."),
     c("Okay. Thank you.", None)]))

o = c("why did i get a 35 dollar fee on my checking i never go over", None)
PAIRS.append(rpair("b140r_d08_wisc_overdraft_chat",
    "A man of 75 types in chat about an overdraft fee; his pension comes on the 3rd.",
    [o, t("Sorry about that, let me look. On the 1st your phone bill for 88 came out with 41 in the account. Your pension came the 3rd."),
     c("pension comes the 3rd always. phone was never the 1st before", None),
     t("The phone company moved the date. I'll refund the 35. Want help moving the phone bill to the 5th, after your pension?"),
     c("yes do that. i dont know how with them", None),
     t("Call them and ask for the 5th; I'll stay on chat. I can also add a low-balance text alert."),
     c("no texts please my phone is a flip. the refund and the 5th is good", "no_need")],
    [o, t("Sorry about that. There was an overdraft on the 1st when your phone bill posted. I can refund the fee as a one-time courtesy."),
     c("ok thanks. i dont know why it happened", None),
     t("The balance was low that day. You may want to keep a cushion in the account."),
     c("i live on the pension i dont have a cushion", None),
     t("Understood. The refund's done. Anything else?"),
     c("no thats it", None)]))

o = c("I want to take thirty grand out of my RRIF. Buying a truck. How fast can I get it?", None)
PAIRS.append(rpair("b140r_d09_manitoba_rrif_truck",
    "A retired mechanic of 72 in Selkirk wants a large RRIF withdrawal for a truck.",
    [o, t("We can do it this week. First, do you know the whole thirty counts as income this year?"),
     c("Yeah, they take some off. I know.", None),
     t("They withhold thirty percent, but with your pension and OAS you might still owe in April, and OAS could be clawed back. Any other savings, like a TFSA?"),
     c("About twenty in a TFSA. Didn't want to touch it.", None),
     t("Fifteen from each could save you tax. Want me to run the numbers first? Takes a day."),
     c("Sure, a day's fine. Truck's not going anywhere.", None)],
    [o, t("Sure, this week. There's thirty percent withheld on a withdrawal that size."),
     c("So I get twenty-one?", None),
     t("Right, about twenty-one in hand. You may owe more at tax time, depending on your income."),
     c("Ah, I'll deal with that in April. Go ahead.", None),
     t("I'll send the form to sign. Funds in three business days."),
     c("Good.", None)]))

o = c("We need house insurance. Our old company dropped us. Farmhouse, built 1952, we heat mostly with wood.", None)
PAIRS.append(rpair("b140r_d10_sask_woodstove_home",
    "A retired couple near Nipawin need home insurance for a 1952 farmhouse heated with wood.",
    [o, t("Sorry you were dropped. Do you know why?"),
     c("They said the wood stove. Maybe the wiring. Made us feel like criminals. I don't trust any of you now.", "bad_experience"),
     t("That's rough. Most insurers want a WETT check, a wood-heat safety inspection. Was the stove installed by a pro? Is the wiring updated?"),
     c("Certified installer in 2015. New panel in 2019.", None),
     t("That helps a lot. With a WETT inspection I can likely place you with a company fine with wood heat. I'll send an inspector's name near Nipawin."),
     c("Another inspection, another bill. But okay, if it gets us insured.", "no_money")],
    [o, t("Sure. What would it cost to rebuild, and any claims in five years?"),
     c("No claims. Maybe two hundred thousand to rebuild.", None),
     t("With the wood stove, our companies will want a WETT inspection. I'll send the application; get that done."),
     c("What's WETT?", None),
     t("A wood stove inspection. Once we have it, I'll get quotes."),
     c("Mail whatever you've got. We'll see.", "brush_off")]))
