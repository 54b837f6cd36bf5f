from common import c, rpair, t

PAIRS = []

o = c("Why'd you close the branch Saturdays? I drive my husband to dialysis in Des Moines Monday, Wednesday, Friday. Saturday was my only time.", None)
t1 = t("I'm sorry, that makes it hard. What do you usually come in for?")
c1 = c("Depositing his VA check and getting cash for the week. I don't trust the machines.", None)
t3 = t("I'll mail the direct deposit form and our weekday hours, and call Thursday to see what suits you.")
c3 = c("Fine. Thursday.", None)
PAIRS.append(rpair("b140r_f01_iowa_saturday_hours",
    "A woman of 77 in Guthrie Center is upset the branch closed Saturdays; weekdays she drives her husband to dialysis.",
    [o, t1, c1, t("A lot of people feel that way. Tuesdays and Thursdays we're open till six; would late afternoon work? Or his VA check could go direct deposit, so you only need cash."),
     c("Tuesday after five I could do. Direct deposit, I'd have to ask him.", "think_it_over"), t3, c3],
    [o, t1, c1, t("Well, actually, hardly anyone came Saturdays, and the machines are perfectly safe. There's really no reason not to trust them."),
     c("Don't tell me what I trust. I've banked here fifty years.", None), t3, c3]))

o = c("There's a four hundred dollar charge on my card from some computer store. I never bought anything online in my life.", None)
t1 = t("Let's sort it out. Do you still have the card with you?")
c1 = c("Right here in my wallet.", None)
t3 = t("I'll cancel this card, dispute the four hundred, and express a new one for Friday. The money's back in your account while we look.")
c3 = c("Friday. Okay. Thank you.", None)
PAIRS.append(rpair("b140r_f02_ohio_card_fraud",
    "A man of 81 in Ashtabula reports a charge he did not make.",
    [o, t1, c1, t("Then someone likely got the number online. It happens a lot; it's not your fault."),
     c("Well, that's a relief. I was worried I did something wrong.", None), t3, c3],
    [o, t1, c1, t("Are you sure nobody in the family used it? Grandkids borrow cards more often than you'd think."),
     c("My grandkids live in Texas. You think I'm lying?", None), t3, c3]))

o = c("Our farm policy renewal came. It's up eleven percent. I'm not sure we even need everything on it.", None)
t2 = t("Then we can drop the hog liability and the hog livestock cover and keep the barn insured as a building. That brings it down.")
c2 = c("How much down? We're tight this year with calf prices.", None)
t3 = t("I'll work it out and call you tomorrow by noon, before anything renews.")
c3 = c("Tomorrow's fine. I'm home all morning.", None)
PAIRS.append(rpair("b140r_f03_wisc_farm_renewal",
    "A beef farmer's wife in Richland Center questions a higher farm policy renewal.",
    [o, t("Let's go through it. What's changed on the farm since last year?"),
     c("We sold the hogs in spring. The hog barn's empty. Just beef cows now.", None), t2, c2, t3, c3],
    [o, t("I can take five percent off right now to keep you happy."),
     c("Oh. Well, okay, but I still don't know what I'm paying for. We sold the hogs in spring.", None), t2, c2, t3, c3]))

o = c("I need to take five thousand out of my TFSA. Granddaughter's getting married in June.", None)
t1 = t("Congratulations to her! Would you like it from the savings part or the GIC?")
c1 = c("Not sure. Whichever doesn't cost me anything.", None)
t3 = t("Done, it's in your chequing. You can put it back in the TFSA from next year without losing the room.")
c3 = c("Good to know. Thanks.", None)
PAIRS.append(rpair("b140r_f04_manitoba_tfsa_gift",
    "A man of 68 in Morden withdraws TFSA money for a wedding gift.",
    [o, t1, c1, t("The savings part has eight thousand, free to take out; the GIC would cost a penalty. I'd take it from savings."),
     c("Savings, then. Good.", None), t3, c3],
    [o, t1, c1, t("The savings part has eight thousand. You know, at your age every TFSA dollar matters, and gifts are how a lot of retirees run short. You should really think about that."),
     c("I didn't ask for advice. It's my money. Take it from savings.", None), t3, c3]))

o = c("Our mortgage renews in six weeks. We don't know whether to go one year or five. Fred retires next year.", None)
t1 = t("Good to plan ahead. How much is left, and will your income drop when Fred retires?")
c1 = c("Sixty-four thousand. Income drops maybe a third. It worries me.", None)
t2 = t("Then a steady payment may matter more than the lowest rate. Five-year fixed keeps it the same through the change. One year may be cheaper now, but it's a gamble.")
c2 = c("Five sounds safer. But that rate's higher, isn't it? Our neighbour got better at the credit union.", "too_expensive")
PAIRS.append(rpair("b140r_f05_sask_mortgage_term",
    "A couple in Estevan choose a mortgage renewal term before the husband retires.",
    [o, t1, c1, t2, c2, t("About a quarter point higher. I'll send both options with the monthly payment by Friday, and we talk Monday at ten to decide. Does that work?"),
     c("Monday at ten, yes.", None)],
    [o, t1, c1, t2, c2, t("A bit higher, yes. We'll look into it and let you know."),
     c("Let us know when? It renews in six weeks.", None)]))

o = c("Storm last night took the corn crib down and part of the house roof. There's water in the upstairs bedroom.", None)
t1 = t("I'm sorry. Is everyone safe? Can you tarp the roof tonight?")
c1 = c("We're okay. Neighbour's bringing tarps. My wife's mother sleeps up there though.", None)
t2 = t("Keep receipts for the tarps, they're covered. I'm opening the claim now; the adjuster's in the area.")
c2 = c("When'll they come? Last time your adjuster took a month. And is the crib covered? It was old.", "bad_experience")
PAIRS.append(rpair("b140r_f06_iowa_storm_claim",
    "A farmer near Creston reports storm damage to a corn crib and his house.",
    [o, t1, c1, t2, c2, t("The adjuster should call within two days. The house is clearly covered; the crib depends on your farm buildings schedule. I'll check and call back today."),
     c("Okay. Today's good. Thanks.", None)],
    [o, t1, c1, t2, c2, t("Don't worry, the adjuster will be out tomorrow and everything, crib included, gets paid in full."),
     c("In full? Okay, then I'll tell the builder to start Monday.", None)]))

o = c("My grandson gave me this tablet. I want to see my bank on it. And talk slow, I don't hear great.", None)
t1 = t("Of course, I'll go slow. We'll do it together. Is the tablet on the internet here?")
c1 = c("He said it's on the wi-fi. I don't know.", None)
t2 = t("It shows the wi-fi, good. I've put our app on. Choose a password you'll remember, and write it in your book at home, not on the tablet.")
c2 = c("Okay. I typed it. What now?", None)
PAIRS.append(rpair("b140r_f07_ohio_tablet_banking",
    "A hard-of-hearing man of 80 in Portsmouth sets up banking on a new tablet at the branch.",
    [o, t1, c1, t2, c2, t("Now let's log in together to be sure it works. Type your user name, then the password. Do you see your balance?"),
     c("There it is. Checking, two thousand and ten. Well, look at that.", None)],
    [o, t1, c1, t2, c2, t("That's it, you're all set! Log in at home whenever you like. Anything else today?"),
     c("I guess not. I hope I can find it at home.", None)]))

o = c("My daughter just had a baby boy, my first grandson. I'd like to put some money aside for him. What do people do?", None)
t2 = t("There are a few options. A 529 is for education, with tax breaks. A custodial account becomes his at eighteen, for anything. Some grandparents do a bit of both.")
c2 = c("Hmm. I only have maybe fifty a month. Is that even worth it?", None)
t3 = t("It can grow to around twenty thousand by eighteen. I'll mail a one-page comparison; look at it with your daughter and call me.")
c3 = c("I'll talk to her this weekend.", "think_it_over")
PAIRS.append(rpair("b140r_f08_wisc_grandson_savings",
    "A grandmother of 73 in Stevens Point wants to save for her new grandson.",
    [o, t("Congratulations! What do you picture the money for, school, a first car, just a start?"),
     c("Oh, school, probably. But I want it to be his, not his parents', you know?", None), t2, c2, t3, c3],
    [o, t("Congratulations! Open a 529 college plan, that's what everybody does."),
     c("A 529? Only for college? I want it to be his, you know. What if he doesn't go?", None), t2, c2, t3, c3]))

o = c("My son needs help with his business. Can I borrow against my house? It's paid off.", None)
t1 = t("It's possible. How much were you thinking, and how would it be paid back?")
c1 = c("Thirty thousand. My pension's about twenty-four hundred a month. He says he'll pay me back.", None)
t3 = t("Of course. I'll write it down in plain words and mail it. Maybe your son could come next time.")
c3 = c("Yes. I'll bring him.", None)
PAIRS.append(rpair("b140r_f09_manitoba_home_equity",
    "A widow of 75 in Gimli asks about borrowing against her house for her son.",
    [o, t1, c1, t("A home equity line lets you borrow up to a limit with the house as a guarantee. Interest is about two hundred a month on thirty thousand. If it isn't repaid, the house is at risk."),
     c("Two hundred I could manage. But the house at risk... I need to think.", "think_it_over"), t3, c3],
    [o, t1, c1, t("A HELOC at prime plus a half, max sixty-five percent LTV, interest-only, re-advanceable, subject to GDS and TDS."),
     c("I'm sorry, I didn't understand a word of that. I need to think.", "think_it_over"), t3, c3]))

o = c("Drought got us. Crop's half of normal. I can't make the full land payment in December.", None)
t1 = t("I'm sorry. Half a crop is a hard year. How much of the payment can you make?")
c1 = c("Maybe half. Crop insurance pays some in January.", None)
t3 = t("Then half in December and the rest deferred to January 31, no penalty. I'll send the new schedule tomorrow to sign.")
c3 = c("That'd work. Thanks.", None)
PAIRS.append(rpair("b140r_f10_sask_drought_payment",
    "A farmer near Weyburn asks to defer part of a land payment after drought.",
    [o, t1, c1, t("So half in December, insurance in January. When is it likely to land, and how much?"),
     c("Adjuster says around forty thousand, mid-January.", None), t3, c3],
    [o, t1, c1, t("I know how it goes, my uncle farmed near Kipling, lost everything in '88, I spent summers out there. Tough times. Anyway."),
     c("Yeah. Well. Insurance should be forty thousand, mid-January.", None), t3, c3]))
