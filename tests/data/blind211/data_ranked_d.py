"""Ranked pairs d01-d10 (two decent conversations; better is better), written by hand for blind211."""
from common import c, rpair, t

# ---------------------------------------------------------------- d01
O1 = c("Yeah, it's Dale Kowalchuk. I got a message that our operating line is up for its annual review. I'm in the "
       "middle of calving, so I've got about ten minutes, tops.", None)
D01 = rpair(
    "b211r_d01_saskatoon_operating_line",
    "A grain and cattle farmer calls his credit union back about the yearly review of the farm's operating line "
    "of credit, in the middle of calving season.",
    better=[
        O1,
        t("Thanks for calling back in the middle of calving, Dale, I'll keep it short. The review is mostly "
          "paperwork, but one thing matters: is this year going to look different from last, in what you're "
          "seeding or what your inputs cost?"),
        c("Well, yeah. Fertilizer's way up, and we rented another quarter section off the neighbour. Last year's "
          "limit of two-fifty won't cover spring.", None),
        t("So more acres and dearer fertilizer, and two hundred and fifty thousand won't stretch to seeding. Have "
          "you got a rough number for what spring will need?"),
        c("My wife does the numbers. She figured three-twenty, maybe three-forty. But I don't want to be paying "
          "interest on money I'm not using.", None),
        t("That's the good thing about an operating line, you only pay interest on what you draw. I'd put in for "
          "three-forty so there's headroom, and you'd only pay on what you use. I'll need her cash-flow plan and "
          "the rental agreement. Could I call her directly, so you can get back to the barn?"),
        c("Yeah, call Linda, she's better at this than me anyway. Mornings before nine.", None),
    ],
    worse=[
        O1,
        t("Thanks for calling back, Dale. It's the standard annual review. I'll need last year's financial "
          "statements, your grain and livestock inventory, and an updated net worth statement. Can you get those "
          "to me in the next two weeks?"),
        c("Two weeks, in calving season? That's tight. My wife does the paperwork, she can probably manage it.",
          "no_time"),
        t("That works. Once I have them I'll renew the line at the same two-fifty limit, and it'll be in place "
          "well before seeding."),
        c("Okay. We might need a bit more this year, but we'll see how it goes.", None),
        t("No problem, if you need more we can always look at an increase later. I'll email you the list "
          "today."),
        c("Sure. Email's fine.", None),
    ],
)

# ---------------------------------------------------------------- d02
O2 = c("Sawubona. I want to cancel my funeral policy. Things are too tight now, I can't afford it anymore.",
       "no_money")
D02 = rpair(
    "b211r_d02_pietermaritzburg_funeral_cover",
    "A woman whose husband's factory hours were cut phones to cancel a family funeral policy; she also pays a "
    "burial society.",
    better=[
        O2,
        t("Sawubona, Mama. I can help with that. Before I cancel, can I ask what's changed? I don't want you to "
          "lose cover you might need, so I'd like to understand first."),
        c("My husband's hours were cut at the factory. We have this policy, two hundred and eighty a month, and "
          "the burial society also, one fifty. Together it's too much.", "no_money"),
        t("So there are two lots of cover, this policy and the burial society, four hundred and thirty a month "
          "between them, and with the short hours that's too much. Who is on each one?"),
        c("The society covers me and my husband. This one covers us two, and also the children and my "
          "mother-in-law.", None),
        t("Then if you cancel this one, the children and your mother-in-law would have nothing. Another way: take "
          "you and your husband off this policy, since the society already covers you, and keep the children and "
          "your mother-in-law. That brings it to about a hundred and thirty a month. Would that work better?"),
        c("Hmm. One thirty I can manage. Let me ask my husband tonight, I'll phone tomorrow.", "think_it_over"),
        t("Of course. I'll keep the policy as it is until you call, nothing will be cancelled. Ask for me, "
          "Zanele."),
    ],
    worse=[
        O2,
        t("Sawubona, Mama. I'm sorry things are tight. I can cancel it for you, but I can also offer our reduced "
          "plan, which halves the cover and costs a hundred and forty a month. Would that help?"),
        c("A hundred and forty... I still pay the burial society too. It's a lot.", "no_money"),
        t("I understand. If you cancel, please remember there's no cover from the end of this month, and if you "
          "want to come back later there's a new six-month waiting period."),
        c("Ai, the waiting period. Okay, let me take the cheaper one, then.", None),
        t("I'll change it to the reduced plan from next month. You'll get an SMS with the new details."),
        c("Thank you.", None),
    ],
)

# ---------------------------------------------------------------- d03
O3 = c("Hi, my fixed rate is ending in two months and I've seen that ye have a green mortgage rate now. Could I "
       "switch to that?", None)
D03 = rpair(
    "b211r_d03_drogheda_green_mortgage",
    "A homeowner whose fixed rate is ending asks about switching to the bank's green mortgage rate; she is "
    "expecting twins and will likely move house within a few years.",
    better=[
        O3,
        t("Possibly, yes. The green rate needs a BER of B3 or better. Do you know your house's BER? And before we "
          "pick a term, are you planning to stay in the house for the next few years?"),
        c("It's a B2, we got the cert when we bought. Staying... probably not, to be honest. We're expecting twins, "
          "we'll need somewhere bigger in two or three years.", None),
        t("Congratulations! That changes things. The best green rate is on a five-year fixed, but if you sell in "
          "year two or three there'd be a breakage fee, which could be a few thousand. The three-year green fixed "
          "is a little higher but lines up with your plans, and variable has no fee at all. Would you like the "
          "numbers for all three?"),
        c("Yes, please. I didn't think about the fee at all.", None),
        t("I'll email a comparison today with the monthly payment and the worst-case breakage fee for each. Have a "
          "look with your partner and ring me back. You've two months, so there's no rush."),
        c("Brilliant, thanks. Those twins are costing me money already.", None),
    ],
    worse=[
        O3,
        t("You can, as long as the BER is B3 or better. Do you know yours?"),
        c("It's a B2.", None),
        t("Great, you qualify. The best rate is the green five-year fixed at three point eight. That would save "
          "you about ninety euro a month compared to now. Shall I send out the switching form?"),
        c("Ninety a month would be nice. Is there any catch?", None),
        t("Not really. The rate is fixed for five years, so your payments won't change. You'd just need to sign "
          "the new offer before your current rate ends."),
        c("Okay. Send it on and I'll have a look.", None),
    ],
)

# ---------------------------------------------------------------- d04
O4 = c("Hi, I've got a little surf-hire place in Muizenberg. Tourists keep asking to pay by card and I lose them. "
       "How do I get one of those card machines?", None)
D04 = rpair(
    "b211r_d04_capetown_card_machine",
    "The owner of a seasonal surf-hire business asks his bank about a card machine in the middle of winter.",
    better=[
        O4,
        t("Good problem to have. Before I suggest one, how many card payments do you think you'd take in a month, "
          "and is it busy all year?"),
        c("Summer, December to March, it's crazy, maybe four hundred a month. Winter, dead. Maybe twenty. Some "
          "months I close.", None),
        t("So very busy for four months and almost nothing the rest. Then I'd steer you away from a rented machine "
          "with a monthly fee, because you'd pay it all winter too. There's a buy-once device, about nine hundred "
          "rand, at two point eight percent per transaction and no monthly fee. The rental has a lower percentage "
          "but costs three hundred a month all year."),
        c("Nine hundred upfront, hmm. I'm not flush right now, it's July.", "no_money"),
        t("Fair, July's the lean end. The device only earns its keep from December, so you could buy it in "
          "November once things pick up. I'll send both options with the yearly cost worked out on your numbers, "
          "and you decide when it suits you."),
        c("That's decent of you. Send it, I'll buy before the season.", None),
    ],
    worse=[
        O4,
        t("Easy. We have a standard card machine at three hundred a month rental, with one point nine percent per "
          "transaction. It takes tap, chip and phone payments. I'll just need your business registration and "
          "ID."),
        c("Three hundred a month, every month? In winter I hardly open.", "too_expensive"),
        t("You can pause it in winter for fifty rand a month, so you'd pay less then. Most seasonal clients do "
          "that."),
        c("Hmm, okay. Can I think about it and come back to you?", "think_it_over"),
        t("Of course. I'll email the application form so you have it when you're ready."),
        c("Cool, thanks.", None),
    ],
)

# ---------------------------------------------------------------- d05
O5 = c("Hi. I'm leaving the province after twenty-two years and HR gave me a choice: take a deferred pension or "
       "the commuted value. The commuted value is like four hundred thousand. That sounds like a lot of money.",
       None)
D05 = rpair(
    "b211r_d05_regina_commuted_value",
    "A public servant moving to another province must choose between a deferred defined-benefit pension and a "
    "lump-sum commuted value; she leans towards the cash.",
    better=[
        O5,
        t("It is a lot of money, and it's one of the bigger decisions you'll make, so let's not rush it. Can I ask "
          "why the lump sum appeals to you? Is there something you'd want to do with it?"),
        c("Honestly? My ex-husband is entitled to part of the pension and I want it settled and done. And I don't "
          "trust that the pension will still be there in twenty years.", None),
        t("That helps. The split with your ex can usually be done either way, so that alone doesn't force the "
          "lump sum. On trust: a plan like yours pays a guaranteed, indexed income for life, which is hard to buy "
          "with four hundred thousand on your own, and part of the lump sum would be taxable. Do you have other "
          "savings, or a pension in the new job?"),
        c("Some RRSPs, maybe sixty thousand. The new job in Kelowna has a small group plan.", None),
        t("Then the deferred pension may end up as your main guaranteed income, which is a strong reason to keep "
          "it. I'm not the right person to make the final call, it's worth paying a fee-only planner a few hundred "
          "dollars to model both. Can I send you two names in BC and our comparison sheet?"),
        c("Yeah, okay. I was ready to just take the money. Send it.", None),
    ],
    worse=[
        O5,
        t("Congratulations on the move. So you have two options. The deferred pension pays about twenty-one "
          "thousand a year from sixty-five, indexed. The commuted value is four hundred thousand now, part into a "
          "locked-in account and part as taxable cash. Both are valid choices."),
        c("Which one would you pick?", None),
        t("It really depends on your situation. Some people like control over the money, others like a "
          "guaranteed income. If you take the commuted value, we could manage it for you in a LIRA."),
        c("I think I'd like the money, to be honest. I'm not sure the pension will be there.", None),
        t("That's a common feeling. I'll send you the LIRA forms, and you can send them to HR with your "
          "election."),
        c("Okay. Thanks.", None),
    ],
)

# ---------------------------------------------------------------- d06
O6 = c("Hello. Our son is trying to buy a house in Kilkenny and he's short twenty thousand for the deposit. We "
       "want to help him out from our savings.", None)
D06 = rpair(
    "b211r_d06_kilkenny_deposit_gift",
    "A couple in their sixties come into the branch to give their son money towards a house deposit; the husband "
    "retires next year.",
    better=[
        O6,
        t("That's generous of you. Before we look at how, can I ask a bit about where the twenty thousand would "
          "come from, and what else those savings are for? I want to be sure it doesn't leave you short."),
        c("It's from the deposit account, we've about sixty thousand. My husband retires next year, and the "
          "boiler's on its last legs, but sure he's our son.", None),
        t("So sixty thousand in savings, a retirement next year, and a boiler that'll need replacing. Twenty would "
          "leave you forty. Is it a gift or a loan? A gift of twenty is well inside his tax-free threshold from "
          "parents, and the bank will want a gift letter saying it isn't to be repaid."),
        c("A gift, I suppose. We wouldn't want it back. Though... maybe fifteen would be safer for us, now you say "
          "it.", None),
        t("That's a very reasonable thought. Talk it over with your husband and your son together, and once "
          "you've decided I can do the transfer and the gift letter the same day. There's no charge for "
          "either."),
        c("We'll talk tonight over the dinner. Thanks, love.", "think_it_over"),
    ],
    worse=[
        O6,
        t("That's lovely. It's straightforward: you can transfer the money to his solicitor or to his account. "
          "His lender will need a gift letter from you confirming it doesn't have to be paid back."),
        c("Is there tax on it?", None),
        t("Not for him, as long as total gifts from you stay under the threshold for a child, which is well over "
          "three hundred thousand. So twenty thousand is fine."),
        c("Grand. We'll do it so. Can it be done today?", None),
        t("Yes, I'll do the transfer now and print the gift letter for you both to sign."),
        c("Lovely.", None),
    ],
)

# ---------------------------------------------------------------- d07
O7 = c("Good afternoon. I need to send money to my mother in Enugu every month. The last transfer cost me "
       "twenty-five euro in fees and she received less than I expected. Is there a better way?", None)
D07 = rpair(
    "b211r_d07_dublin_remittance",
    "A Nigerian-born nurse in Dublin asks her bank how to send a small monthly amount to her mother more cheaply.",
    better=[
        O7,
        t("Good afternoon. There may be. How much do you usually send, and does your mother have a bank account, "
          "or does she collect cash?"),
        c("Two hundred euro, every month. She has an account, but the bank is far from her village, so sometimes "
          "my brother collects for her.", None),
        t("So two hundred a month into her account. With a bank wire you pay our fee of fifteen euro, plus the "
          "receiving bank's charges, and there's a margin on the exchange rate too, that's likely why she got "
          "less. For small monthly amounts a licensed money transfer service is often cheaper, and some pay into a "
          "mobile wallet. I can't sell you those, but I can show you what to compare."),
        c("So you are telling me not to use your bank? That's unusual.", None),
        t("For two hundred a month, honestly, we're probably not the best value. If you ever send a big amount, "
          "for school fees or building, the wire can be the better option. Shall I write down the three things to "
          "check: the fee, the rate against the mid-market rate, and how she receives it?"),
        c("Please, write it down for me. Thank you, sister.", None),
    ],
    worse=[
        O7,
        t("Good afternoon. Our international transfer fee is fifteen euro, and with the receiving bank's charges "
          "you'd usually pay twenty to twenty-five in total. The exchange rate is set daily."),
        c("That's the same as before. It's too much for two hundred euro.", "too_expensive"),
        t("I understand. If you send bigger amounts less often, say six hundred every three months, the fee is the "
          "same, so it works out cheaper per euro."),
        c("My mother needs it every month for food and medicine. She can't wait three months.", None),
        t("Of course. Then the monthly wire is the option we have. I can set it up as a standing instruction so "
          "you don't need to come in each time."),
        c("Okay, let me think about it.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- d08
O8 = c("hi, i backed into a pole at the grocery store parking lot. rear bumper is cracked. no one else involved. "
       "do i need to file a claim", None)
D08 = rpair(
    "b211r_d08_kitchener_bumper_claim",
    "A driver types into the insurer's chat after a minor single-car accident and asks whether to claim.",
    better=[
        O8,
        t("Hi, sorry, that's annoying, but good that nobody was hurt. Before you decide to claim, do you have a "
          "repair estimate yet? It matters, because a claim could affect your premium."),
        c("body shop said 1100 to replace the bumper and paint", None),
        t("Okay. Your collision deductible is 500, so a claim would pay about 600. But it's an at-fault claim, "
          "there's no accident forgiveness on this policy, and a typical increase would cost you more than 600 "
          "over the years it stays on your record. Paying it yourself might be cheaper. Want me to note the "
          "incident without opening a claim, so it's on record if you change your mind?"),
        c("wow ok. nobody ever explained that. yeah just note it, ill pay the shop myself", None),
        t("Done. If anything else turns up when they take the bumper off, like sensor damage, message us within "
          "thirty days and we can still open the claim."),
        c("good to know thanks", None),
    ],
    worse=[
        O8,
        t("Hi, sorry to hear that. Yes, you can file a collision claim. Your deductible is 500. I'll start the "
          "claim now, can you tell me the date and location?"),
        c("yesterday, the grocery store on king st. do i have to pay the 500 first", None),
        t("The body shop collects the 500 from you when you pick up the car, and we pay them the rest. Do you have "
          "a shop you'd like to use, or shall I suggest one of our preferred shops?"),
        c("the one near my work quoted 1100, can i use them", None),
        t("Sure, that's fine. I'll send you the claim number and an adjuster will contact them."),
        c("ok thanks", None),
    ],
)

# ---------------------------------------------------------------- d09
O9 = c("Hi, I want to open a nail salon in Mbombela. I need a loan of about two hundred thousand to start. What do "
       "I need to apply?", None)
D09 = rpair(
    "b211r_d09_mbombela_salon_loan",
    "A nail technician who works from home wants a start-up loan for a salon in a shopping mall.",
    better=[
        O9,
        t("Exciting. I'll tell you what we need, but first, can you walk me through what the two hundred thousand "
          "would pay for? It helps me point you to the right kind of finance."),
        c("Rent deposit for a shop in the mall, chairs, the UV lamps, stock, and a bit to live on the first "
          "months. Right now I do nails from home, I have about sixty regular clients.", None),
        t("So you already have sixty regulars from home, and the loan is for the shop, equipment and a cushion. "
          "That's a real strength. I'll be honest, though: unsecured start-up loans are hard without trading "
          "history, so a full two hundred thousand is unlikely for now. Do you have records of what you earn from "
          "home?"),
        c("Most clients pay by EFT, so it's in my account. About eighteen thousand a month. I don't have a "
          "business account though.", None),
        t("That's useful. I'd open a business account now and run everything through it for six months. With that "
          "record and your client list, an equipment loan for the chairs and lamps becomes realistic, and there "
          "are enterprise funds for women-owned businesses that might cover the rent deposit. I can open the "
          "account today and send you the fund details."),
        c("Six months is longer than I wanted. But okay, open the account, at least I'm starting.", None),
    ],
    worse=[
        O9,
        t("Great idea! For a business loan we'd need your business plan, two years of financial statements, six "
          "months' bank statements, your ID and proof of address. The loan is assessed on affordability."),
        c("Two years of statements? I've only been doing nails from home. I don't have statements like that.",
          None),
        t("Then it would be a start-up application, and those are harder to get approved. We'd look at your "
          "personal credit record and whether you have any security, like property."),
        c("I don't have property. Just send me the forms, I'll see what I can do.", "brush_off"),
        t("Sure, I'll email the application pack and the business plan template. Good luck with the salon."),
        c("Thanks.", None),
    ],
)

# ---------------------------------------------------------------- d10
O10 = c("Hi there, my wife and I saw an ad for reverse mortgages on TV. We're both seventy-one, the house is paid "
        "off. We'd like to know how it works.", None)
D10 = rpair(
    "b211r_d10_victoria_reverse_mortgage",
    "A retired couple with a paid-off house ask about a reverse mortgage they saw advertised; they need a new "
    "roof and want to help a granddaughter.",
    better=[
        O10,
        t("Happy to explain. Before I do, can I ask what's got you thinking about it? What would the money be "
          "for?"),
        c("The roof needs doing, about thirty thousand, and we'd like to help our granddaughter with university. "
          "Our pensions cover the bills but there's not much left over.", None),
        t("So a roof at around thirty thousand, some help for your granddaughter, and pensions that cover the "
          "everyday but not extras. A reverse mortgage could do that, but I'll be straight: the rate is higher "
          "than a normal mortgage and the interest builds up, so what you owe grows and comes out of the house "
          "when it's sold. For thirty or forty thousand, a home equity line of credit could cost much less, if "
          "your pensions can cover a small monthly interest payment. Would that be manageable?"),
        c("Maybe a couple of hundred a month. But my sister had one of those lines of credit and it got out of "
          "hand.", "bad_experience"),
        t("That can happen when it's used like a bank account. We could set a limit of forty thousand, just for "
          "the roof and the tuition, and I'll show you both options side by side with what each would cost over "
          "ten years. You don't need to decide anything today."),
        c("That sounds sensible. Can we bring our son to the next meeting?", None),
    ],
    worse=[
        O10,
        t("Sure. With a reverse mortgage you can borrow up to about fifty-five percent of your home's value, "
          "tax-free, with no monthly payments. The loan is repaid when you sell the house or when you've both "
          "passed away. You stay the owners."),
        c("No payments at all? That sounds too good to be true.", None),
        t("There's interest, of course, it's added to the loan each year. The rate now is about seven and a half "
          "percent. There are also appraisal and legal fees, about two thousand in total."),
        c("Seven and a half... that's quite high. We'd only need maybe forty thousand, for the roof and our "
          "granddaughter.", "too_expensive"),
        t("You can take just forty thousand, you don't have to borrow the maximum. I can post you an illustration "
          "for forty so you can see how the balance grows."),
        c("Alright, pop it in the post. We'll have a look at it sometime.", "brush_off"),
    ],
)

PAIRS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
