"""Ranked pairs f01-f10 of blind190: both sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01: argues with the customer
f01_c0 = c("Hi, I've been charged a £6 monthly fee on my account since March and I never signed up for anything.", None)
f01_t1 = t("Let me check. Your account was upgraded to Select in March, which has a £6 monthly fee and includes phone and travel insurance. Was that something you asked for?")
f01_c2 = c("No. I'd never pay for a bank account. I've got phone insurance through my contract already.", "no_need")
f01_t5 = t("I'm switching you back to the free account now and raising a refund of the £36 in fees since March. It'll be in your account within five working days, with a letter confirming.")
f01_c6 = c("Okay. Thanks.", None)

# f02: doubts the customer's honesty
f02_c0 = c("Good afternoon. I paid for shopping at Naivas on Saturday, 6,340 shillings, and my statement shows it twice.", None)
f02_t1 = t("Good afternoon. Let me pull it up... yes, two charges of 6,340 on Saturday, two minutes apart. Did the machine fail the first time, or was the card tapped twice?")
f02_c2 = c("The cashier said 'declined', so she tried again. I only got one receipt.", None)
f02_t5 = t("Let me take a photo of your receipt and attach it to a dispute for the duplicate. It takes up to ten working days; if the supermarket confirms sooner, the money comes back sooner.")
f02_c6 = c("Okay. Ten days, I hope not more. My rent is due on the 20th.", None)
f02_t7 = t("I'll SMS you the dispute reference now. If nothing has moved by the 18th, call me directly and I'll chase it.")

# f03: drops the price before asking anything
f03_c0 = c("Hi, we're getting married next June and I was wondering about a loan for the wedding. What's your rate like?", None)
f03_t3 = t("So twenty in total, eight saved, twelve to find, and a deposit due in October. Are you both still saving each month between now and June?")
f03_c4 = c("Yeah, about six hundred a month between us.", None)
f03_t5 = t("Then by June you'd have saved another five thousand or so, so you might only need to borrow about seven. That's around €215 a month over three years. Does that sound more comfortable than twelve?")
f03_c6 = c("Much. I'd still want to talk to Ciara before we sign anything.", "think_it_over")
f03_t7 = t("Of course. I'll email you both quotes, seven and twelve, so you can look at them together.")

# f04: an unasked lecture
f04_c0 = c("Hello, I want to withdraw 3,500 from my savings. I'm buying a new phone.", None)
f04_t1 = t("Hello. Sure. The account is a 90-day notice savings, so an early withdrawal loses this quarter's interest, about 40 cedis. Is that okay, or would you rather wait until the 12th when the notice ends?")
f04_c2 = c("The 12th is two weeks away. The phone is on promo only until Friday. I'll lose the 40.", None)
f04_t5 = t("Done. 3,500 is withdrawn, and the rest, 1,260, keeps earning. Cash, or to your MoMo?")
f04_c6 = c("MoMo, please.", None)
f04_t7 = t("Sent. The SMS should come in a minute.")

# f05: a vague next step
f05_c0 = c("Hello. I paid in a cheque for £1,840 ten days ago, it's from my insurance for the flood damage, and it still hasn't shown up.", None)
f05_t1 = t("That's far too long, I'm sorry. Let me check... it was scanned at the Union Street branch, but it's showing as unprocessed. Did you get a receipt?")
f05_c2 = c("Aye, I've got the stub from the paying-in slip.", None)
f05_t3 = t("Good. Can you read me the reference number at the bottom?")
f05_c4 = c("It's 4471-0923.", None)
f05_t7 = t("If the joiner needs proof, I can email you a letter today confirming we've received the cheque and it's being processed.")

# f06: over-promises
f06_c0 = c("Habari. My daughter reports to Form Three on Monday and I'm short 38,000 for the fees. Can I get a loan that fast?", None)
f06_t1 = t("Pole, that's a tight corner. We'll try. Is your salary paid into this bank?")
f06_c2 = c("Yes, every month. I'm with the county, water department.", None)
f06_t3 = t("Good, that makes it a check-off loan, which is faster. Do you have any other loans with us?")
f06_c4 = c("A small one, finishing in April. About 4,000 a month.", None)
f06_t7 = t("Let's fill the forms now. I'll need your last three payslips and your ID.")

# f07: closes before checking the thing works
f07_c0 = c("Please, my phone is not a smart one. My daughter says I can still use the bank on it. Is that true?", None)
f07_t1 = t("Yes, it's true. There's a short code you dial, no internet needed. Do you want to check your balance, send money, or both?")
f07_c2 = c("Both. I send to my supplier in Ada every week.", None)
f07_t3 = t("Okay. I've registered your number. Now set a four-digit PIN: dial star, 7, 7, 1, hash, and choose four numbers.")
f07_c4 = c("Done. It says PIN set.", None)
f07_t7 = t("If anything is confusing when you send to Ada, come back or call this number and ask for me.")

# f08: recommends before asking
f08_c0 = c("Hi. I've just sold my car, I've about seven thousand to put somewhere. What have you got?", None)
f08_t3 = t("So two thousand for September and five you can leave alone. I'd keep the two in instant access at 2%, and the five in the one-year fixed at 3.1%. You can get at the two any time.")
f08_c4 = c("That sounds right. Is the one-year locked completely?", None)
f08_t5 = t("Completely, unless there's hardship. If you'd rather not lock it, our 30-day notice account pays 2.6% and you'd just give notice.")
f08_c6 = c("No, the five I won't touch. Let's do the one-year.", None)
f08_t7 = t("Grand. Have you photo ID and a proof of address with you? It'll take about twenty minutes.")

# f09: unexplained jargon
f09_c0 = c("Good morning. I'm a nurse at the regional hospital. I want a loan to buy a motorbike so I can get to work. About 18,000 cedis.", None)
f09_t1 = t("Good morning. That's very doable. Is your salary paid through Controller into an account with us?")
f09_c2 = c("Yes, for four years now.", None)
f09_t3 = t("Good. Any other loans or deductions from your salary?")
f09_c4 = c("Just my welfare dues and the SSNIT. Nothing else.", None)
f09_t7 = t("Bring three months' payslips, your Ghana Card and the proforma invoice from the motorbike dealer, and we'll submit today.")

# f10: talks about themselves instead of the customer
f10_c0 = c("Hi, I'm twenty-six and I want to start saving for a house deposit. Someone at work mentioned a Lifetime ISA?", None)
f10_t1 = t("Good shout. Do you know roughly where you'd buy, and when?")
f10_c2 = c("Around Beeston, probably. In three or four years if I'm lucky. Houses there are about two hundred grand.", None)
f10_t5 = t("Three hundred a month is £3,600 a year, plus a £900 bonus. Over four years that's about £18,000 before interest. One catch: take it out for anything else and there's a 25% charge, so keep emergency money separate.")
f10_c6 = c("Twenty-five percent, ouch. I'll have a think about how much to put in and how much to keep aside.", "think_it_over")
f10_t7 = t("Sensible. I'll email you the details and a simple split to play with, say £250 in the ISA and £50 in easy access.")

PAIRS = [
    rpair(
        "b190r_f01_swansea_selectfee",
        "Swansea, bank phone line: a customer finds a £6 monthly fee from an account upgrade she says she never agreed to. Fault in worse: argues with the customer about the value of the package.",
        better=[
            f01_c0, f01_t1, f01_c2,
            t("Then it's no use to you, and I can't see any recording of you agreeing to it. Let's undo it."),
            c("Good. And the money you've already taken?", None),
            f01_t5, f01_c6,
        ],
        worse=[
            f01_c0, f01_t1, f01_c2,
            t("To be fair though, the Select insurance is usually better than the phone network's, and the travel cover alone is worth the £6. Most people come out ahead with it."),
            c("I don't travel and I don't care what most people do. I want it off.", "no_need"),
            f01_t5, f01_c6,
        ],
    ),
    rpair(
        "b190r_f02_nairobi_doublecharge",
        "Nairobi, bank branch: a customer's supermarket payment was taken twice after a 'declined' message. Fault in worse: doubts the customer's honesty.",
        better=[
            f02_c0, f02_t1, f02_c2,
            t("That fits what I see: the first one was probably held, not cancelled. I'll raise a dispute for the duplicate."),
            c("Thank you. I have the receipt here if you need it.", None),
            f02_t5, f02_c6, f02_t7,
        ],
        worse=[
            f02_c0, f02_t1, f02_c2,
            t("Hmm, sometimes customers make two separate purchases and forget. Are you sure you didn't go back to the shop later?"),
            c("Two minutes apart? I'm sure. Why would I lie about my own money?", None),
            f02_t5, f02_c6, f02_t7,
        ],
    ),
    rpair(
        "b190r_f03_kilkenny_weddingloan",
        "Kilkenny, bank branch: a bride-to-be asks about a loan for next June's wedding. Fault in worse: cuts the rate before asking anything.",
        better=[
            f03_c0,
            t("Congratulations! The rate depends on the amount and the term. How much are you thinking, and have you a budget worked out?"),
            c("The whole thing's about twenty thousand. We've saved eight, so twelve, I suppose. The venue wants a deposit in October.", None),
            f03_t3, f03_c4, f03_t5, f03_c6, f03_t7,
        ],
        worse=[
            f03_c0,
            t("Congratulations! Our standard rate is 9.5%, but I can knock it down to 7.9% for you straight away."),
            c("Oh. Okay. I haven't even said how much yet. The whole thing's about twenty thousand, we've saved eight. The venue wants a deposit in October.", None),
            f03_t3, f03_c4, f03_t5, f03_c6, f03_t7,
        ],
    ),
    rpair(
        "b190r_f04_accra_phonewithdrawal",
        "Accra, bank counter: a young man withdraws 3,500 cedis from notice savings to buy a phone on promotion. Fault in worse: an unasked lecture about spending.",
        better=[
            f04_c0, f04_t1, f04_c2,
            t("Understood, the promo saves you more than the 40. Let me process it now."),
            c("Thank you. Quick, please, I'm on my lunch break.", None),
            f04_t5, f04_c6, f04_t7,
        ],
        worse=[
            f04_c0, f04_t1, f04_c2,
            t("Okay. Can I just say, though, at your age a phone loses value the day you buy it. If you put that 3,500 in a fixed deposit instead, in five years..."),
            c("Please, I didn't ask for advice. My phone is broken and I use it for work. Just do the withdrawal.", "no_need"),
            f04_t5, f04_c6, f04_t7,
        ],
    ),
    rpair(
        "b190r_f05_aberdeen_insurancecheque",
        "Aberdeen, bank phone line: a flood insurance cheque paid in ten days ago has not cleared and the joiner is waiting. Fault in worse: a vague next step.",
        better=[
            f05_c0, f05_t1, f05_c2, f05_t3, f05_c4,
            t("Thanks. I've escalated it to the cheque clearing team as urgent with that reference. They'll clear it or tell us what's wrong by Thursday, and I'll ring you on Thursday afternoon either way."),
            c("Thursday. Right. I need it for the joiner, he's waiting on me.", None),
            f05_t7,
        ],
        worse=[
            f05_c0, f05_t1, f05_c2, f05_t3, f05_c4,
            t("Thanks. I've passed it on to the right team. They'll look into it and someone will be in touch."),
            c("In touch when? I've waited ten days already, and the joiner's waiting on me.", None),
            f05_t7,
        ],
    ),
    rpair(
        "b190r_f06_machakos_feesloan",
        "Machakos, bank branch: a county employee needs 38,000 shillings for his daughter's school fees before Monday. Fault in worse: over-promises the timing.",
        better=[
            f06_c0, f06_t1, f06_c2, f06_t3, f06_c4,
            t("With that, 38,000 should fit your limit and I can submit today. Most check-off loans are decided in 24 to 48 hours, but I can't promise it's in before Monday. If not, ask the school for a letter saying fees are being processed; most accept it."),
            c("Okay. At least I know where I am. I'll still ask my brother, just in case.", None),
            f06_t7,
        ],
        worse=[
            f06_c0, f06_t1, f06_c2, f06_t3, f06_c4,
            t("With that, 38,000 should fit your limit. Don't worry at all, I guarantee the money will be in your account by Friday. You have my word."),
            c("You guarantee? Eh, thank you. Then I won't bother my brother.", None),
            f06_t7,
        ],
    ),
    rpair(
        "b190r_f07_tema_shortcodebanking",
        "Tema, bank branch: a fish trader with a basic phone registers for short-code banking to pay her supplier in Ada. Fault in worse: closes before checking it works.",
        better=[
            f07_c0, f07_t1, f07_c2, f07_t3, f07_c4,
            t("Good. Before you go, let's try it once here. Dial the code again and check your balance while I watch."),
            c("Okay... it says 2,340 cedis. Yes, that's my money!", None),
            f07_t7,
        ],
        worse=[
            f07_c0, f07_t1, f07_c2, f07_t3, f07_c4,
            t("Good, you're all set! The code is written on this paper. Have a good day."),
            c("Okay... I hope I will remember how it goes. The star, then which number?", None),
            f07_t7,
        ],
    ),
    rpair(
        "b190r_f08_sligo_carsale",
        "Sligo, bank branch: a man who sold his car wants somewhere for seven thousand euro. Fault in worse: recommends a product before asking what the money is for.",
        better=[
            f08_c0,
            t("Thanks for coming in. Before I suggest anything, what's the money for? Are you replacing the car, or is it savings?"),
            c("I'm cycling to work now, so it's savings. But I might need some for a course in September, maybe two thousand.", None),
            f08_t3, f08_c4, f08_t5, f08_c6, f08_t7,
        ],
        worse=[
            f08_c0,
            t("Our best rate is the two-year fixed bond at 3.4%. Seven thousand would earn about €480 over the two years."),
            c("Two years? I might need some for a course in September, maybe two thousand. I'm cycling to work now, so the rest is savings.", "no_need"),
            f08_t3, f08_c4, f08_t5, f08_c6, f08_t7,
        ],
    ),
    rpair(
        "b190r_f09_ho_motorbikeloan",
        "Ho (Ghana), bank branch: a nurse wants 18,000 cedis for a motorbike to get to work. Fault in worse: unexplained jargon.",
        better=[
            f09_c0, f09_t1, f09_c2, f09_t3, f09_c4,
            t("Then 18,000 over two years would be about 950 cedis a month, taken from your salary before it reaches you. Total interest over the two years is around 4,800, and you can pay it off early with no penalty."),
            c("950. Okay, I can manage that. What do I bring?", None),
            f09_t7,
        ],
        worse=[
            f09_c0, f09_t1, f09_c2, f09_t3, f09_c4,
            t("Then your DSR is fine. 18,000 at 28% APR, reducing balance, amortised over 24 months, CAGD check-off, no prepayment penalty."),
            c("Sorry, DSR? And how much will I pay each month? You people and your letters.", None),
            f09_t7,
        ],
    ),
    rpair(
        "b190r_f10_nottingham_lifetimeisa",
        "Nottingham, building society branch: a 26-year-old asks about a Lifetime ISA for a house deposit. Fault in worse: the trainee talks about their own house purchase.",
        better=[
            f10_c0, f10_t1, f10_c2,
            t("So three or four years, around two hundred thousand. The Lifetime ISA adds 25% to what you pay in, up to £1,000 a year, if the house is under £450,000 and the account's been open a year. How much could you put away a month?"),
            c("Maybe three hundred a month? Renting eats most of it.", None),
            f10_t5, f10_c6, f10_t7,
        ],
        worse=[
            f10_c0, f10_t1, f10_c2,
            t("Ah, Beeston, that's where I bought my first place! I used a Lifetime ISA myself, took me five years, and honestly the bonus paid for my kitchen. The government adds 25% on top, up to £1,000 a year."),
            c("Right... good for you. I can maybe do three hundred a month, rent eats most of it.", None),
            f10_t5, f10_c6, f10_t7,
        ],
    ),
]
