"""blind127 ranked pairs f01-f10 (hand-written): shared turns, one fault in worse plus the reaction."""
from common import c, rpair, t

# f01 argues with the customer
A0 = c("Hi. My landlord insurance renewal is 410 and I've found the same cover online for 290. Can you do anything?", None)
A1 = t("Thanks for calling before switching. What does the 290 include, so I compare properly?")
A2 = c("Buildings 250 grand, loss of rent, two million liability. Excess 250.", None)
A3b = t("That's close to yours. One difference: yours covers malicious damage by tenants, which cheaper ones often leave out. Does theirs?")
A4b = c("Oh. I don't know. I had a tenant kick a door in once, cost me six hundred.", None)
A3w = t("Honestly, that can't be the same cover. Online quotes like that always cut corners; you're not comparing like for like.")
A4w = c("I read the documents, actually. Don't tell me what I'm comparing.", None)
A5 = t("Let me help on price too. With a 500 excess and three claim-free years, I can get yours to 335.")
A6 = c("335, still more than 290. I'll have another look at theirs and decide tomorrow.", "think_it_over")

# f02 doubts the customer's honesty
B0 = c("Hi, I need to file a claim. Someone broke into our garage last night and took two bikes.", None)
B1 = t("I'm sorry, that's a horrible thing to wake up to. Is everyone okay, and have you a police report?")
B2 = c("Everyone's fine. Police came this morning, I have the report number.", None)
B3b = t("Good, that helps. Tell me about the bikes: make, model, roughly what you paid?")
B4b = c("A Trek I bought for 1,800 two years ago and my son's, maybe 400. I've the receipt for the Trek.", None)
B3w = t("Okay. We see a lot of bike claims, so I have to ask: was the garage really locked, or could it have been left open?")
B4w = c("It was locked. They cut the padlock, it's in the police report. Are you calling me a liar?", None)
B5 = t("Your deductible is 500. With photos of the lock and any receipts, the adjuster usually settles within ten days.")
B6 = c("Okay. I'll email the photos this afternoon.", None)

# f03 drops the price before asking anything
C0 = c("Hello, I'm looking for a letting agent for my two-bed in Reading. What's your management fee?", None)
C1 = t("Full management is 12 percent plus VAT. What matters most to you in an agent?")
C2 = c("Honestly, 12's steep. The agent down the road said 10.", "too_expensive")
C3b = t("Fair to compare. What do you need handled? If you're local and only want rent collected, that service is 8 percent.")
C4b = c("I'm in Spain now, so I need the lot: repairs, inspections, everything.", None)
C3w = t("I can match 10, no problem. Actually, call it 9 and I'll get the paperwork over today.")
C4w = c("Huh. If it drops that fast, what was the 12 for? I'm in Spain now, I need repairs and everything done properly.", None)
C5 = t("Full management includes 24-hour repairs, two inspections a year and deposit registration. I'll send the terms tonight.")
C6 = c("Send them. I'll compare with the other agent this week.", "think_it_over")

# f04 an unasked lecture
D0 = c("yo im 26, trying to buy a condo in nashville next year. what do i need to get approved for an FHA loan", None)
D1 = t("Good to start early. FHA needs 3.5% down and a 580+ score. Do you know your score, and any debts?")
D2 = c("score is like 640. about 6k on credit cards and a car payment of 380", None)
D3b = t("Thanks. 640 works for FHA. The cards matter more for debt-to-income; paying them down before applying could raise your score and your budget.")
D4b = c("makes sense. i was gonna try to pay them off by spring", None)
D3w = t("Honestly, 6k on cards at 26 is a spending problem. Stop eating out, cut the subscriptions. Buying a home takes discipline.")
D4w = c("bro i didnt ask for a budgeting lecture. the cards were my moms medical bills", None)
D5 = t("If you tell me your income, I can work out what you'd qualify for now and after the cards are paid.")
D6 = c("ok. 54k a year. what would that get me", None)
D7 = t("Roughly a 230k purchase with the cards cleared, about 195k with them. I'll email both so you can track progress.")

# f05 a vague next step
E0 = c("Hi, my fixed rate ends in August and the letter says I'll go onto 8.2 percent. I'd like to sort something before then.", None)
E1 = t("Let's make sure that doesn't happen. How much is left, what's the house worth, and has your income changed?")
E2 = c("About 118 left, house maybe 240. Same job. I've a car loan now, 260 a month, if that matters.", None)
E3 = t("It counts, but under 50 percent loan to value you're fine. Five-year fixes are about 4.1 with your lender, a bit lower elsewhere; a switch takes about six weeks.")
E4 = c("Six weeks is fine. Last time I left it late and paid the high rate for two months.", None)
E5b = t("Then: I email both options by Thursday. If you choose by the 20th, I submit that day and lock the rate, which holds six months.")
E6b = c("Thursday, great. I'll look out for it.", None)
E5w = t("Great. Leave it with me and we'll be in touch with some options in due course.")
E6w = c("In due course? August isn't far off. When will I actually hear?", None)

# f06 over-promises
F0 = c("Hi. I'm a freelance designer, self-employed about eighteen months. Is it even possible for me to get a mortgage?", None)
F1 = t("It's possible. Most conventional loans want two years of self-employment on your returns. Did you do similar work as an employee before?")
F2 = c("Yes, same design work at an agency for five years. Then I went on my own.", None)
F3b = t("That helps; some lenders accept 12 to 24 months in the same line of work. I can't promise approval until underwriting sees your returns, but it's worth a real look.")
F4b = c("Okay, that's honest. What would you need?", None)
F3w = t("Oh, then you're definitely approved, don't worry. I guarantee we close in 21 days, I do these all the time.")
F4w = c("Really? A friend was told that and her loan fell apart the week before closing.", "bad_experience")
F5 = t("Send your last two years' returns, this year's profit and loss and two months of bank statements, and you'll have an answer within a week.")
F6 = c("I'll get them from my accountant. Probably early next week.", None)

# f07 closes before checking the thing works
G0 = c("Hiya. Offer accepted on a flat above a chippy in Liverpool, 95 grand, to rent out. I need a buy-to-let mortgage pretty quick.", None)
G1 = t("Congratulations. How much deposit have you, and what rent do you expect?")
G2 = c("Twenty-five percent, so about 24 grand. Rent should be around 625.", None)
G3 = t("The rent passes the stress test comfortably. The catch: lots of lenders won't touch flats above takeaways, because of fire risk and smells.")
G4 = c("Oh. The estate agent never said anything about that.", None)
G5b = t("So before you pay for a valuation, I'll check which lenders take them and what they need, like a fire report, and ring you tomorrow with names.")
G6b = c("Didn't know that. Good job you checked, I'd have wasted the fee.", None)
G5w = t("Let's not worry about that yet. I'll submit to our usual lender today, you pay the 450 valuation fee, and we'll see.")
G6w = c("Wait, what if they turn it down because of the chippy? Shouldn't you check that first?", None)

# f08 recommends before asking
H0 = c("Hello. I've fifty thousand sitting in my current account since my husband's life insurance paid out. I'm told I should do something with it.", None)
H1 = t("I'm sorry about your husband. There's no hurry; we can take this slowly.")
H2 = c("Thank you. It's been a year now. I'd just like it earning something.", None)
H3b = t("Of course. Before I suggest anything: will you need any of it in the next few years, for the house or family?")
H4b = c("Well, the roof needs doing next spring, probably twelve thousand. And I like having some to hand.", None)
H3w = t("Then our five-year fixed bond at 4.5 percent is the best home for it. It's our top rate.")
H4w = c("Five years? The roof needs doing next spring, about twelve thousand. I couldn't touch it, could I?", None)
H5 = t("So we keep about twenty thousand in easy access for the roof and a cushion, and fix the rest. Does that sound right?")
H6 = c("That sounds sensible. Can I take the leaflets home and think it over?", "think_it_over")

# f09 unexplained jargon
J0 = c("Hi, I've got my agreement in principle and the bank sent loads of offers. I just want to know which one's best for me.", None)
J1 = t("Happy to help. Which two are you torn between?")
J2 = c("A two-year at 4.8 with a 999 fee, and a five-year at 4.6 with no fee.", None)
J3b = t("The five-year has the lower rate and no fee. If you move or pay off within five years there's a penalty, about 3 percent of what you owe, and afterwards it goes onto the bank's higher standard rate, so you'd switch then.")
J4b = c("We're planning to stay at least five years. So the five-year, then?", None)
J3w = t("Five-year's better on APRC, but watch the ERCs, 3 percent year one tapering, then it reverts to SVR. At 90 LTV you're tier two, so fee versus rate is marginal.")
J4w = c("Sorry, I didn't understand any of that. What's an ERC? Is the five-year good or not?", None)
J5 = t("If you're staying five years, the five-year at 4.6 with no fee usually works out cheaper. I'll email the total cost of both in pounds.")
J6 = c("Yes please. I'll read it with my mum tonight before I pick.", "think_it_over")

# f10 talks about themselves
K0 = c("Hello. My wife passed two years ago and the house is too big for me now. My kids say sell and get a condo. I don't know.", None)
K1 = t("I'm sorry about your wife. It's a big decision and there's no need to rush. What makes you unsure?")
K2 = c("Forty years in this house. The garden's hers, really. But the stairs are getting hard on my knees.", None)
K3b = t("That's a lot of memories, and the stairs are a real concern. Would a single-level place with a little garden feel right, rather than a condo?")
K4b = c("A small garden... yes. I hadn't thought I could keep one.", None)
K3w = t("I totally get it. Moving my own parents last year was the hardest thing I've done. I sold forty-two homes last year, and downsizing is a journey.")
K4w = c("I'm sure. Well, I don't see what that has to do with me.", None)
K5 = t("No obligation, but I could show you two single-level homes with small yards, just to see how they feel.")
K6 = c("Not this month, my daughter's visiting. Maybe in the spring.", "no_time")

PAIRS = [
 rpair("b127r_f01_uk_landlord_renewal_argue", "UK landlord found cheaper cover online; worse argues with him.",
  [A0, A1, A2, A3b, A4b, A5, A6], [A0, A1, A2, A3w, A4w, A5, A6]),
 rpair("b127r_f02_boulder_bike_theft_doubt", "US home insurance theft claim; worse doubts the customer's honesty.",
  [B0, B1, B2, B3b, B4b, B5, B6], [B0, B1, B2, B3w, B4w, B5, B6]),
 rpair("b127r_f03_reading_letting_fee_drop", "UK landlord asks a letting fee; worse drops the price before asking anything.",
  [C0, C1, C2, C3b, C4b, C5, C6], [C0, C1, C2, C3w, C4w, C5, C6]),
 rpair("b127r_f04_nashville_fha_lecture", "Young US buyer asks about FHA approval; worse lectures him unasked.",
  [D0, D1, D2, D3b, D4b, D5, D6, D7], [D0, D1, D2, D3w, D4w, D5, D6, D7]),
 rpair("b127r_f05_sheffield_remortgage_next_step", "UK remortgage before a fix ends; worse gives a vague next step.",
  [E0, E1, E2, E3, E4, E5b, E6b], [E0, E1, E2, E3, E4, E5w, E6w]),
 rpair("b127r_f06_sandiego_selfemployed_promise", "US self-employed buyer asks if a mortgage is possible; worse over-promises.",
  [F0, F1, F2, F3b, F4b, F5, F6], [F0, F1, F2, F3w, F4w, F5, F6]),
 rpair("b127r_f07_liverpool_btl_above_takeaway", "UK buy-to-let above a takeaway; worse closes before checking lenders accept it.",
  [G0, G1, G2, G3, G4, G5b, G6b], [G0, G1, G2, G3, G4, G5w, G6w]),
 rpair("b127r_f08_exeter_widow_savings", "UK widow with 50k asks where to put it; worse recommends before asking.",
  [H0, H1, H2, H3b, H4b, H5, H6], [H0, H1, H2, H3w, H4w, H5, H6]),
 rpair("b127r_f09_coventry_first_mortgage_jargon", "UK first-time buyer compares two offers; worse uses unexplained jargon.",
  [J0, J1, J2, J3b, J4b, J5, J6], [J0, J1, J2, J3w, J4w, J5, J6]),
 rpair("b127r_f10_asheville_widower_downsize", "US widower unsure about downsizing; worse talks about himself.",
  [K0, K1, K2, K3b, K4b, K5, K6], [K0, K1, K2, K3w, K4w, K5, K6]),
]
