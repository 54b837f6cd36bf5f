"""Ranked pairs f01-f10 (written by hand for blind237): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: loan signing at home; fault = over-promises the key handover
_o = c("Hi, we're closing on our first house Thursday and the title company said a signing agent would come to us. Is that you? We've never done this.", None)
_t1 = t("Yes, that's me, I'm the notary the title company hired. Congratulations! I'll bring the loan package to you. Is Thursday at six still good, and will you both be there?")
_c1 = c("Yes, both of us. Six is good. How long does it take? We have a toddler.", None)
_t2 = t("Usually about an hour, there are a lot of pages. Each of you needs an unexpired photo ID. I'll tell you what each page is, but questions about the loan terms themselves go to your loan officer; I'm not allowed to advise on those.")
_c2 = c("Okay. One thing: my mom said if we sign Thursday we get the keys Friday. Is that right?", None)
_good = t("I can't promise that part. It depends on the lender funding the loan and the title company recording it, and that's out of my hands. Often it's a day or two after signing. Ask your title officer tomorrow what their usual timing is, so you can plan the move.")
_good_r = c("Okay, I'll call them in the morning. Good to know before we book the movers.", None)
_bad = t("Yes, absolutely. Once I drop the package off Thursday night you'll have keys Friday morning, guaranteed. Go ahead and book the movers for Friday.")
_bad_r = c("Perfect! I'll cancel the extra hotel night and book the movers for Friday at eight then.", None)
_t4 = t("See you Thursday at six. I'll text you when I'm on my way.")
PAIRS.append(rpair(
    "b237r_f01_us_sanantonio_loan_signing",
    "A notary signing agent speaks to first-time buyers before a home-loan signing. Both sides are identical except that in worse the notary guarantees keys the next day, something outside a notary's control, and the couple cancel their hotel and book movers on the strength of it.",
    [_o, _t1, _c1, _t2, _c2, _good, _good_r, _t4],
    [_o, _t1, _c1, _t2, _c2, _bad, _bad_r, _t4],
))

# f02: learner driver; fault = drops the price before asking anything
_o = c("hi, im on my Ls and need lessons, my parents both work nights so they cant take me out much. how much are lessons", None)
_good = t("Hi! Standard lessons are $75 an hour. Before I suggest anything, how much driving have you done so far, and what are you aiming for?")
_good_r = c("like 15 hours in the logbook. i want my Ps before my uni placement in september, i have to drive to a hospital in shellharbour", None)
_bad = t("Hi! They're normally $75, but I'll do $60 an hour if you book ten today, that's our best deal. How much driving have you done so far, and what are you aiming for?")
_bad_r = c("um ok, i didnt ask for a deal yet lol. like 15 hours in the logbook. i want my Ps before my uni placement in september, i have to drive to a hospital in shellharbour", None)
_t2 = t("September gives us time. Something that helps your logbook: in NSW each hour with an instructor counts as three hours, for up to ten lessons. So ten lessons add thirty hours, which matters when your parents can't take you out much.")
_c2 = c("oh i didnt know that. but ten lessons is a lot of money for me, im on youth allowance", "no_money")
_t3 = t("Fair enough. You could do them fortnightly and practise with your parents in between; they still count triple. Want to start next Tuesday afternoon?")
_c3 = c("fortnightly could work. yeah tuesday arvo is good", None)
PAIRS.append(rpair(
    "b237r_f02_au_wollongong_learner_logbook",
    "A learner driver whose parents work nights messages a driving school. The sides are identical except that in worse the instructor cuts the price in the first reply, before knowing anything about her, and she notices.",
    [_o, _good, _good_r, _t2, _c2, _t3, _c3],
    [_o, _bad, _bad_r, _t2, _c2, _t3, _c3],
))

# f03: alarm did not go off; fault = doubts the customer's honesty
_o = c("Hi, I'm phoning about my alarm. Somebody got into our garage last night in Centurion, took two bicycles, and the alarm didn't go off. And nobody from your side came.", None)
_t1 = t("I'm sorry to hear that. Let me pull up your account. Is everyone okay, and what's the address?")
_c1 = c("Everyone's fine. 14 Jacaranda Street, Eldoraigne. I armed it at ten, like every night, I saw the light.", None)
_good = t("Thank you. Our log shows the arm signal at 22:04 and then nothing at all until this morning. That usually means the garage sensor or its zone isn't reporting to the panel, which is on our side to find.")
_good_r = c("So it's broken. That's what I was afraid of.", None)
_bad = t("Our log shows the arm signal at 22:04 and then nothing. Are you sure nobody disarmed it during the night? Honestly, we often find the client forgot, and then the alarm gets blamed.")
_bad_r = c("Are you calling me a liar? I armed it. I was the last one awake. Nobody disarmed anything.", None)
_t3 = t("I'll send a technician this afternoon at no charge to test every sensor and the garage zone, and he'll download the panel's own event history so we can see exactly what happened last night.")
_c3 = c("This afternoon works, I'm home. Please send me that event history in writing too.", None)
_t4 = t("I will. He'll phone you thirty minutes before he arrives.")
PAIRS.append(rpair(
    "b237r_f03_za_centurion_alarm_no_signal",
    "A homeowner reports that her alarm stayed silent during a garage break-in. The sides are identical except that in worse the agent suggests she may have disarmed it herself and is now blaming the alarm, and she is offended.",
    [_o, _t1, _c1, _good, _good_r, _t3, _c3, _t4],
    [_o, _t1, _c1, _bad, _bad_r, _t3, _c3, _t4],
))

# f04: single mother with a side business; fault = unexplained jargon
_o = c("Hi, so I'm a single mom with two kids, I work at the hospital cafeteria and I do hair on the side, braids, on weekends. My friend says I can get a big refund with the kids. Is that true?", None)
_t1 = t("It might well be. Let me ask a few things. Roughly what did you make at the cafeteria, and about how much from braiding last year?")
_c1 = c("Cafeteria like twenty-six thousand. Braids maybe six, seven thousand, all cash and Cash App.", None)
_t2 = t("And did you keep track of what you spent on the braiding? Hair, products, anything like that?")
_c2 = c("I got the receipts from the beauty supply in a shoebox. Most of them.", None)
_good = t("That shoebox helps. Here's the short version: the braiding money counts as income from your own small business, and your supplies come off it. With two kids and your income you very likely qualify for the earned income credit, which is money back for working parents, plus the child tax credit. You'll owe a little tax on the braiding profit because nobody took any out, so the refund should still be good, maybe just not as big as your friend's.")
_good_r = c("Okay, that makes sense. I'll bring the shoebox and the kids' Social Security cards.", None)
_bad = t("Okay, so the braiding goes on a Schedule C, net profit flows to your 1040 and you'll owe SE tax on it, then we check your AGI against the EITC phase-out and the refundable ACTC, and I'll need to complete the 8867 due diligence, so bring documentation for the qualifying children.")
_bad_r = c("I'm sorry, I didn't understand most of that. Am I getting money back or not?", None)
PAIRS.append(rpair(
    "b237r_f04_us_memphis_eitc_side_business",
    "A single mother with a cafeteria job and a weekend braiding business asks a tax preparer about her refund. The sides are identical except that in worse the preparer answers in form numbers and acronyms without explaining any of them, and she is left lost.",
    [_o, _t1, _c1, _t2, _c2, _good, _good_r],
    [_o, _t1, _c1, _t2, _c2, _bad, _bad_r],
))

# f05: sponsored chef whose employer is selling up; fault = vague next step
_o = c("Hola, hello. I am a chef on the 482 visa in Cairns. My boss told me yesterday he is selling the restaurant. What happens to my visa? I'm very worried.", None)
_t1 = t("I understand why. Let's look at it calmly. Has the sale happened, or is he only planning it? And has he said whether the new owner wants to keep you?")
_c1 = c("Only planning. Maybe in two months. The new owner, nobody knows.", None)
_t2 = t("Okay. Your visa stays valid while you work for your sponsor. If your job with him ends, you get a limited period to find a new sponsor, apply for another visa or leave, and I'll confirm exactly how long in your case. The new owner could also sponsor you, but they'd need to be approved as a sponsor first.")
_c2 = c("So I have some time. But I don't know where to start.", None)
_good = t("Here's the plan: come in Thursday at ten for half an hour, no charge for this first meeting. Bring your visa grant letter, your contract and your last three payslips. Afterwards I'll email you your exact dates and two or three options.")
_good_r = c("Thursday at ten, okay. I start the lunch shift at eleven thirty, so that works. Thank you.", None)
_bad = t("Leave it with us for now. We'll look into it and be in touch when we know more.")
_bad_r = c("In touch when? The sale could be in two months. I need to know what to do, I can't wait like this.", None)
PAIRS.append(rpair(
    "b237r_f05_au_cairns_sponsored_chef",
    "A sponsored chef rings a migration agent after hearing his employer will sell the restaurant. The sides are identical except that in worse the agent ends with an open-ended 'we'll be in touch' instead of a dated meeting and a document list, and the chef is left anxious.",
    [_o, _t1, _c1, _t2, _c2, _good, _good_r],
    [_o, _t1, _c1, _t2, _c2, _bad, _bad_r],
))

# f06: a mineworker caught in a cycle of cash loans; fault = unasked lecture
_o = c("Hi. I work at the mine in Rustenburg. I have five small loans from those cash loan places, and every month-end I take another one to pay the last one. My wife says I must phone a debt counsellor.", None)
_t1 = t("Your wife gave good advice, and making the call is the hard part. Roughly how much are the five loans together, and what's your take-home pay?")
_c1 = c("Take-home is fourteen thousand. The loans together about twenty-two thousand, but the interest keeps adding.", None)
_t2 = t("And apart from the loans, what are your fixed costs: rent, school, transport, money sent home?")
_c2 = c("Rent three thousand, school transport for two kids, and I send one thousand five hundred to my mother in Mahikeng every month.", None)
_good = t("Okay. Debt review can stop the cycle: one monthly payment shared between all five lenders, lower than what you pay now, and no new loans on top. There are fees, mainly about one month's instalment spread over the first months plus a small monthly fee, and I'll show you every one before you sign. I'd like to see your payslip and the five statements first.")
_good_r = c("Fees on top of everything... It's a lot, but if it stops this month-end thing, okay.", "too_expensive")
_bad = t("Can I be honest with you? These cash loan places are a trap, and a grown man should know better. And sending money home while you're drowning in debt is a luxury you can't afford right now; you need to learn to live within your means. Anyway, debt review can stop the cycle: one monthly payment, and the fees are mainly about one month's instalment plus a small monthly fee. I'd like to see your payslip and the five statements.")
_bad_r = c("I didn't phone for a lecture, and my mother is not a luxury. I'll think about it.", "think_it_over")
_t4 = t("Whatever you decide, try not to take a new loan this month-end. If you want to go ahead, bring the payslip and statements on Saturday morning.")
PAIRS.append(rpair(
    "b237r_f06_za_rustenburg_cash_loan_cycle",
    "A mineworker borrowing each month-end to repay earlier cash loans calls a debt counsellor. The sides are identical except that in worse the counsellor delivers an unrequested lecture about his choices and the money he sends his mother, and he backs off.",
    [_o, _t1, _c1, _t2, _c2, _good, _good_r, _t4],
    [_o, _t1, _c1, _t2, _c2, _bad, _bad_r, _t4],
))

# f07: a courthouse filing run; fault = argues with the customer
_o = c("Hi, I need a filing taken to the Sacramento County courthouse today. It's a small claims case for my nail salon, and the clerk's window closes at four.", None)
_t1 = t("We can do that. Where are we picking up from, and is the filing ready to go, signed, with the fee?")
_c1 = c("It's ready, at my salon on Florin Road. But honestly, last time I used you, your driver was an hour late and I almost missed a deadline.", "bad_experience")
_good = t("I'm sorry about that, it's exactly what shouldn't happen with a court deadline. This time I'll book it as a timed pickup with a two-hour buffer, and you'll get the driver's name and live tracking by text.")
_good_r = c("Okay. That sounds better. How much?", None)
_bad = t("Hmm, I don't think that's right. Our drivers are almost never late, and our system would show it. Are you sure it wasn't a different company?")
_bad_r = c("I'm sure. I've got the receipt in my email. You don't have to believe me, but it happened.", None)
_t3 = t("A timed pickup at 1:30 to the courthouse is $45, and the driver will bring you back the copy the clerk stamps.")
_c3 = c("Okay, book it. Just please make sure he's on time.", None)
PAIRS.append(rpair(
    "b237r_f07_us_sacramento_court_filing_run",
    "A salon owner books a courier for a same-day small claims filing and mentions a late driver last time. The sides are identical except that in worse the dispatcher disputes her account instead of apologising and fixing the risk, and she has to defend herself.",
    [_o, _t1, _c1, _good, _good_r, _t3, _c3],
    [_o, _t1, _c1, _bad, _bad_r, _t3, _c3],
))

# f08: a new arrival's first Australian return with rent from India; fault = talks about himself
_o = c("Hello, I moved from Bengaluru to Newcastle in February on a skilled visa. This is my first tax return here. I still have a flat in India that I rent out. Do I need to declare that here?", None)
_t1 = t("Welcome to Newcastle. Short answer: once you're an Australian resident for tax, your worldwide income counts, including that rent, from when you became a resident. Did you pay tax in India on the rent?")
_c1 = c("Yes, my father files it there for me. About 1.8 lakh rupees of rent this year.", None)
_good = t("And when exactly did you arrive, and have you been back to India since?")
_good_r = c("12th February. I went back for three weeks in October, for Diwali.", None)
_bad = t("Ah, Bengaluru! I moved here from Pune myself in 2009, and honestly my first tax return was a nightmare. I did it myself and the ATO sent me three letters. Then I studied accounting at night, opened this practice in 2015, and now I've got four staff. I love helping people like I was back then.")
_bad_r = c("Okay... that's nice. But what about the rent, and the tax my father already paid in India?", None)
_t3 = t("You'll usually get a credit here for the Indian tax paid on the rent, so you're not taxed twice in full. For a return like this my fee is $260. Bring your payslips, the Indian rent and tax papers, and your passport with the travel dates.")
_c3 = c("260 is fine. Can I come on Saturday?", None)
_t4 = t("Saturday at ten works. I'll send you a reminder on Friday.")
PAIRS.append(rpair(
    "b237r_f08_au_newcastle_first_return_indian_rent",
    "A software tester newly arrived from India asks a tax agent about declaring her Indian rental income. The sides are identical except that in worse the agent answers with his own migration story instead of asking about her arrival and travel dates, and she has to bring him back to her question.",
    [_o, _t1, _c1, _good, _good_r, _t3, _c3, _t4],
    [_o, _t1, _c1, _bad, _bad_r, _t3, _c3, _t4],
))

# f09: permanent residence after six years on work visas; fault = recommends before asking
_o = c("Good afternoon. I'm Nigerian, I've been working in Johannesburg for some years, and I want to apply for permanent residence. Which one should I apply for?", None)
_good = t("Good afternoon. There are a few routes, and which one fits depends on your history. How long have you been working here, on which visas, and has it been continuous?")
_good_r = c("Six years. First a general work visa for two years, then critical skills for four. I'm a data engineer. No gaps.", None)
_bad = t("Good afternoon. You want the five-years-on-a-work-visa route, it's the most common one. Our fee for that is R22,000. How long have you been working here?")
_bad_r = c("Six years. But you've chosen for me already and I haven't told you anything. First a general work visa for two years, then critical skills for four. I'm a data engineer. No gaps.", None)
_t2 = t("Thank you. With that history there are two possible routes: five years on work visas, or the critical skills route, which doesn't need the five years. We'd see which one your documents support best. Do you have a permanent contract with your employer?")
_c2 = c("Yes, permanent since 2021. But before I pay anyone, I want to compare with the consultant my colleague used.", "think_it_over")
_t3 = t("That's reasonable. Bring your passport, all your visa labels, your contract and your SAQA certificate on Monday, and I'll tell you which route fits and give you a written quote you can compare.")
_c3 = c("Monday afternoon. Okay.", None)
PAIRS.append(rpair(
    "b237r_f09_za_johannesburg_permanent_residence",
    "A Nigerian data engineer asks an immigration consultancy which permanent residence route to use. The sides are identical except that in worse the consultant names a route and a fee in the first reply before asking about her visa history, and she points that out.",
    [_o, _good, _good_r, _t2, _c2, _t3, _c3],
    [_o, _bad, _bad_r, _t2, _c2, _t3, _c3],
))

# f10: a panic button repaired in a liquor store; fault = closes before checking it works
_o = c("Hey, you're the alarm guy? Finally. The panic button under the counter stopped working last week, and I'm alone in here at night. I need it fixed today.", None)
_t1 = t("Yes, I'm Carlos from Sentinel, sorry about the wait. When did you last know for sure it worked, and how did you find out it doesn't?")
_c1 = c("We tested it a month ago, it was fine. Last Tuesday my nephew pressed it by accident and the monitoring company never called. That's how I know.", None)
_t2 = t("That's a useful clue: it points to the button or its wire rather than the monitoring. Is there anything stored behind that counter that could have pulled on a wire?")
_c2 = c("Cases of water. And we had mice in the fall.", None)
_good = t("Found it: the wire to the button was chewed through behind the cases. I've replaced it. Now let's test it properly: I'll call the monitoring center, put your account on test, and you press the button so we hear them confirm the signal.")
_good_r = c("Yes, please, do that. I want to hear them say it.", None)
_bad = t("Found it: the wire to the button was chewed through behind the cases. I've replaced it, so you're good to go. I'll close the ticket, just sign here.")
_bad_r = c("That's it? You're not going to test it? Last year one of you said 'good to go' about my back door sensor, and it didn't work for a month.", "bad_experience")
PAIRS.append(rpair(
    "b237r_f10_us_albuquerque_panic_button_repair",
    "An alarm technician repairs the panic button in a small liquor store whose owner works alone at night. The sides are identical except that in worse the technician closes the job without a live test with the monitoring centre, and the owner, burned before, refuses to accept it.",
    [_o, _t1, _c1, _t2, _c2, _good, _good_r],
    [_o, _t1, _c1, _t2, _c2, _bad, _bad_r],
))
