"""Ranked pairs f01-f10 of blind240 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 argues with the customer (UK, phone, late baby monitor)
F01_C0 = c("Hi, I'm ringing about an order, a baby monitor. It said delivery by the 12th and it's the 15th now. "
           "Nothing.", None)
F01_T1 = t("Sorry about that. Could I have the order number, and I'll see where it's got to?")
F01_C2 = c("It's 88-2014-K.", None)
F01_T3_GOOD = t("Thanks. You're right, it was due by the 12th and it's still in our warehouse. It looks like it got "
                "missed in a stock count. That's our fault.")
F01_C4_GOOD = c("Right. Well, at least you're honest. We do need it, the baby's due in a fortnight.", None)
F01_T3_BAD = t("Thanks. To be fair, the 12th was an estimate, not a guaranteed date, so technically it isn't late, "
               "it's within the delivery window. It's still in our warehouse.")
F01_C4_BAD = c("It said 'delivery by the 12th'. That's not an estimate, that's a date. Don't tell me it isn't late.",
               None)
F01_T5 = t("I'll get it dispatched today by tracked next-day, no charge, so it'll be with you on the 16th.")
F01_C6 = c("The 16th. Hmm. I might just cancel and pick one up in Argos, let me have a think.", "think_it_over")
F01_T7 = t("That's completely fair. It goes out today either way; if you buy one locally, just refuse the parcel or "
           "send it back free and I'll refund in full. I'll text you the tracking this afternoon.")

# f02 doubts the customer's honesty (US, chat, charger missing from box)
F02_C0 = c("hey my order came but only the phone case was in there, no charger. order 55190. box was taped fine", None)
F02_T1 = t("Hi, sorry about that! Let me check the order. One sec.")
F02_C2 = c("k", None)
F02_T3_GOOD = t("Okay, both items were on the order, the case and the 20W charger. The parcel weighed 0.3 lb at "
                "dispatch, which fits a case on its own, so it looks like the charger was never packed.")
F02_C4_GOOD = c("ok so its on your end. can you send it", None)
F02_T3_BAD = t("Okay, both items were on the order, the case and the 20W charger. Are you sure the charger wasn't in "
               "there? Sometimes people miss it, or someone else in the house opens the box first.")
F02_C4_BAD = c("im sure. i opened it myself, it was just the case. you think im lying to get a free charger?", None)
F02_T5 = t("I'm sending the 20W charger out today with free 2-day shipping, nothing to send back. Tracking comes by "
           "email within the hour.")
F02_C6 = c("ok fine. thx", None)

# f03 drops the price before asking anything (India, phone, vegetable box)
F03_C0 = c("Hello, I want to cancel my weekly vegetable box subscription.", None)
F03_T1_GOOD = t("Sure, I can do that for you. Can I ask what's made you decide to cancel?")
F03_C2_GOOD = c("We are shifting to Pune next month, my husband got transfer.", None)
F03_T1_BAD = t("Oh, before you cancel, I can give you 50% off for the next three months, just for you. That's only 350 "
               "a week instead of 700.")
F03_C2_BAD = c("No, no, it's not about money. We are shifting to Pune next month, my husband got transfer.", "no_need")
F03_T3 = t("Congratulations on the move! We deliver in Pune too, most areas. Which area are you moving to?")
F03_C4 = c("Baner. But flat is not finalised, we will be in company guest house for some weeks.", None)
F03_T5 = t("Baner is covered. Then instead of cancelling, I can pause it from the 1st, and you restart when you're "
           "settled with the new address, nothing charged during the pause. Or I cancel now, whichever you prefer.")
F03_C6 = c("Pause is okay. But after settling I will see whether we continue, I have to discuss with my husband.",
           "think_it_over")
F03_T7 = t("Done, paused from the 1st with no end date. When you have the new address, update it in the app and press "
           "resume.")

# f04 an unasked lecture (UK, chat, coat returned four days late)
F04_C0 = c("hi can i still return a coat i bought? its been about a month. its just not warm enough tbh", None)
F04_T1 = t("Hi! Let me check. Could you give me the order number?")
F04_C2 = c("ORD-661042", None)
F04_T3_GOOD = t("Thanks. You bought it on the 2nd, so it's day 34, just past our 30-day window. As it's only four days "
                "over, I can make an exception this once.")
F04_C4_GOOD = c("oh thank you, thats really good of you", None)
F04_T3_BAD = t("Thanks. You bought it on the 2nd, so it's day 34, past our 30-day window. Just so you know for the "
               "future, the returns policy is linked on every product page and in your confirmation email, and it's "
               "always worth reading before you buy, especially outerwear. As it's only four days over, I can make "
               "an exception this once.")
F04_C4_BAD = c("ok... didnt really need the lecture but thanks i guess", None)
F04_T5 = t("The return label's in your email now; drop it at any Post Office within 7 days. Would you like me to point "
           "you to our warmer padded coats, or just the refund?")
F04_C6 = c("just the refund thanks, ive already ordered a warmer one somewhere else", "no_need")
F04_T7 = t("No problem. The £89 goes back to your card 3-5 days after it's scanned in, as long as the tags are on.")

# f05 a vague next step (US, phone, stand mixer warranty)
F05_C0 = c("Hi, my stand mixer, it's about eight months old, started smelling like burning when I use it on high and "
           "then it just stops. I bake for a farmers market so I kind of need it.", None)
F05_T1 = t("Sorry, that smell's never a good sign. Please stop using it for now so it doesn't get worse. Can I get "
           "the model number from the plate underneath?")
F05_C2 = c("It says KM-550, serial ends 4471.", None)
F05_T3 = t("Thanks. That's covered under the one-year warranty, so repair or replacement is free. Since you bake for "
           "the market, would a loaner mixer while yours is in the shop help?")
F05_C4 = c("Honestly, yes. Saturday's my big day.", None)
F05_T5_GOOD = t("Okay. I'm sending a prepaid box for yours and a loaner KM-550 together; both arrive Thursday by UPS. "
                "Repairs take 7 to 10 days. I'll email you the claim number now and call you on the 24th with an "
                "update either way.")
F05_C6_GOOD = c("Thursday's good. Thank you, that saves my weekend.", None)
F05_T5_BAD = t("Okay. I'll put the claim in with the repair team along with a request for a loaner. Somebody will be in "
               "touch, and we'll let you know once it's all sorted.")
F05_C6_BAD = c("Okay... do you know when, though? Saturday's kind of important.", None)

# f06 over-promises (India, phone, wedding gift stuck in transit)
F06_C0 = c("Hello, my order is showing 'in transit' since 8 days. It's a gift for my sister's wedding on Sunday. "
           "Kindly check.", None)
F06_T1 = t("Sorry for the worry, ma'am, with the wedding so close. Could you give me the order ID?")
F06_C2 = c("OD-41207755. It is a silver pooja thali set.", None)
F06_T3 = t("Thank you. It's at the Indore hub and got stuck in a sorting backlog. I've just raised an urgent "
           "escalation with the courier.")
F06_C4 = c("So when will it come? Sunday is wedding, Saturday we are leaving for Bhopal.", None)
F06_T5_GOOD = t("I'll be honest, ma'am, I can't guarantee it before Saturday. The courier has committed to try for "
                "Friday. If it hasn't reached you by Friday 6pm, I'll cancel and refund immediately so you can buy "
                "locally in time. I'll call you Friday at 4 with the status.")
F06_C6_GOOD = c("Okay, at least I know where I stand. Friday 4 o'clock you call.", None)
F06_T5_BAD = t("Don't worry at all, ma'am, I've escalated it, so it will be delivered tomorrow for sure, 100 percent "
               "guaranteed. You don't need to do anything else.")
F06_C6_BAD = c("Tomorrow, sure? Okay, then I will not buy anything locally. I am trusting you.", None)
F06_T7 = t("You'll also get an SMS with the escalation number now; please keep it handy.")

# f07 closes before checking the thing works (US, chat, replacement baby swing adapter)
F07_C0 = c("hi the replacement adapter for the baby swing came today, the old one stopped working last week", None)
F07_T1 = t("Hi! Glad it arrived. Sorry again you were without the swing for a week.")
F07_C2 = c("its ok. my back is not ok lol, hes been held all week", None)
F07_T3 = t("Oof, I believe it. The new adapter should be the 12V one with a grey plug, labeled for the Lullo 3. Does "
           "the label match?")
F07_C4 = c("yep says lullo 3, 12v", None)
F07_T5_GOOD = t("Perfect. Before I close this, could you plug it in and run the swing for a minute on speed 3? I want "
                "to be sure it was the adapter and not the motor, so you're not stuck again.")
F07_C6_GOOD = c("ok... its swinging. speed 3 works. speed 5 too. yay", None)
F07_T5_BAD = t("Perfect, then you're all set! I'll close this ticket now. Thanks for your patience, and enjoy the "
               "swing!")
F07_C6_BAD = c("oh ok. i havent actually plugged it in yet but i guess ill message again if it doesnt work", None)

# f08 recommends before asking (UK, chat, wetsuit too tight in the shoulders)
F08_C0 = c("Hiya, my wetsuit's too tight across the shoulders, can barely lift my arms to swim. It's a medium. Can I "
           "swap it?", None)
F08_T1_GOOD = t("Yes, of course. I assume it's not been in the water yet? And so I pick the right one, could you tell "
                "me your height, weight and chest size?")
F08_C2_GOOD = c("Only tried it on in the living room. 5'10, about 12 stone, chest 40 inches.", None)
F08_T1_BAD = t("Yes, of course. Just go up to a large, that'll sort the shoulders. Shall I set that up?")
F08_C2_BAD = c("Er, will a large not be baggy round the middle? I'm 5'10, 12 stone, chest 40. I'm not a big lad.",
               None)
F08_T3 = t("Thanks. With a 40-inch chest at your height, the medium-tall is the one: same body as the medium but more "
           "room in the chest and shoulders and a longer torso. A large would likely let water in at the waist.")
F08_C4 = c("Medium-tall, never heard of that. Is it the same price?", None)
F08_T5 = t("Same price, £189, so it's a straight swap. I'll email a free returns label now, and the MT goes out as "
           "soon as your medium is scanned.")
F08_C6 = c("Sound. The lake opens for swimming on the 1st so that'll be perfect.", None)

# f09 unexplained jargon (India, phone, marketplace seller penalty)
F09_C0 = c("Hello, I am seller, shop Lakshmi Brass Works, Moradabad. One order got cancelled and now I see penalty of "
           "250 rupees. Why this penalty?", None)
F09_T1 = t("Namaste, let me check that for you. Can you tell me the order ID?")
F09_C2 = c("It is 5519-0083, brass diya set.", None)
F09_T3_GOOD = t("Thank you. The order had to be handed to the courier within 2 days, and it was handed over on the "
                "4th day. When that happens the system cancels the order by itself and charges a late-dispatch fee "
                "of 250.")
F09_C4_GOOD = c("Ah, that week my packing boy was on leave. So the fee is because I was late only.", None)
F09_T3_BAD = t("Thank you. This order breached SLA: RTS wasn't marked within the 48-hour TAT, so it got auto-cancelled "
               "and the LDF was levied as per the SPP.")
F09_C4_BAD = c("Sir, I did not understand anything. What is SLA, RTS? In Hindi also I will not understand this.", None)
F09_T5 = t("So the main thing to remember: two days from order to courier pickup. I can switch on a free SMS alert "
           "that warns you when any order is one day from that limit. Shall I?")
F09_C6 = c("Yes, please do that. And this 250, can it be waived this one time?", None)
F09_T7 = t("I can raise a one-time waiver request, since it's your first late dispatch this year. The team decides in "
           "3 working days and it will show in your next statement.")

# f10 talks about themselves (US, phone, diaper subscription size change)
F10_C0 = c("Hi, I need to change the diaper size on my subscription. He's outgrowing the size 3s, we're getting leaks "
           "at night.", None)
F10_T1 = t("Happy to help with that. Can I get the email on the account?")
F10_C2 = c("It's kaylee.brooks at yahoo.", None)
F10_T3_GOOD = t("Thanks, Kaylee. I see size 3, four boxes a month. Night leaks are often the first sign it's time to "
                "size up. How much does he weigh now, roughly?")
F10_C4_GOOD = c("Twenty-three pounds at his checkup last week.", None)
F10_T3_BAD = t("Thanks, Kaylee. Oh, I remember the leaky night stage! My twins went through it at the same time, we "
               "were changing sheets at 3 a.m. every night, my husband called it the night shift, ha. Anyway, I see "
               "size 3, four boxes a month. How much does he weigh now?")
F10_C4_BAD = c("Um, twenty-three pounds. Sorry, I've got him on my hip, can we be kinda quick?", None)
F10_T5 = t("Twenty-three pounds is the top of size 3, so size 4 is the right move. There's also an overnight version "
           "of the 4s that's more absorbent, $6 more a box, if the leaks keep up. Which would you like?")
F10_C6 = c("Just the regular 4s for now. Daycare went up this month so I'm watching every dollar. Can I keep one box "
           "of 3s for daytime?", "no_money")
F10_T7 = t("Sure: the next shipment on the 9th will be three boxes of size 4 and one of size 3, then all 4s after. "
           "You'll get a confirmation email in a few minutes.")

PAIRS = [
    rpair(
        "b240r_f01_uk_monitor_late",
        "UK, phone: a baby monitor promised 'by the 12th' hasn't shipped. Fault in worse: the trainee argues "
        "that it isn't late because the date was an estimate.",
        better=[F01_C0, F01_T1, F01_C2, F01_T3_GOOD, F01_C4_GOOD, F01_T5, F01_C6, F01_T7],
        worse=[F01_C0, F01_T1, F01_C2, F01_T3_BAD, F01_C4_BAD, F01_T5, F01_C6, F01_T7],
    ),
    rpair(
        "b240r_f02_us_charger_missing",
        "US, chat: a charger is missing from a two-item order. Fault in worse: the trainee doubts the customer "
        "instead of checking the dispatch weight.",
        better=[F02_C0, F02_T1, F02_C2, F02_T3_GOOD, F02_C4_GOOD, F02_T5, F02_C6],
        worse=[F02_C0, F02_T1, F02_C2, F02_T3_BAD, F02_C4_BAD, F02_T5, F02_C6],
    ),
    rpair(
        "b240r_f03_in_vegbox_cancel",
        "India, phone: a subscriber cancels a weekly vegetable box because the family is moving to Pune. Fault "
        "in worse: the trainee offers 50% off before asking why she is cancelling.",
        better=[F03_C0, F03_T1_GOOD, F03_C2_GOOD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
        worse=[F03_C0, F03_T1_BAD, F03_C2_BAD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
    ),
    rpair(
        "b240r_f04_uk_coat_return",
        "UK, chat: a customer asks to return a coat four days after the 30-day window. Fault in worse: an unasked "
        "lecture about reading the returns policy.",
        better=[F04_C0, F04_T1, F04_C2, F04_T3_GOOD, F04_C4_GOOD, F04_T5, F04_C6, F04_T7],
        worse=[F04_C0, F04_T1, F04_C2, F04_T3_BAD, F04_C4_BAD, F04_T5, F04_C6, F04_T7],
    ),
    rpair(
        "b240r_f05_us_mixer_warranty",
        "US, phone: a market baker's stand mixer smells of burning under warranty. Fault in worse: a vague next "
        "step ('somebody will be in touch') with no dates.",
        better=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_GOOD, F05_C6_GOOD],
        worse=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_BAD, F05_C6_BAD],
    ),
    rpair(
        "b240r_f06_in_thali_transit",
        "India, phone: a wedding gift has been in transit for eight days. Fault in worse: the trainee guarantees "
        "delivery tomorrow, which the courier has not promised, and the customer stops looking for a backup.",
        better=[F06_C0, F06_T1, F06_C2, F06_T3, F06_C4, F06_T5_GOOD, F06_C6_GOOD, F06_T7],
        worse=[F06_C0, F06_T1, F06_C2, F06_T3, F06_C4, F06_T5_BAD, F06_C6_BAD, F06_T7],
    ),
    rpair(
        "b240r_f07_us_swing_adapter",
        "US, chat: a replacement power adapter for a baby swing has arrived. Fault in worse: the trainee closes "
        "the ticket before checking the swing runs with it.",
        better=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_GOOD, F07_C6_GOOD],
        worse=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_BAD, F07_C6_BAD],
    ),
    rpair(
        "b240r_f08_uk_wetsuit_size",
        "UK, chat: a medium wetsuit is tight in the shoulders. Fault in worse: the trainee recommends a large "
        "before asking any measurements.",
        better=[F08_C0, F08_T1_GOOD, F08_C2_GOOD, F08_T3, F08_C4, F08_T5, F08_C6],
        worse=[F08_C0, F08_T1_BAD, F08_C2_BAD, F08_T3, F08_C4, F08_T5, F08_C6],
    ),
    rpair(
        "b240r_f09_in_seller_penalty",
        "India, phone: a brass-ware seller asks why a cancelled order cost a 250-rupee penalty. Fault in worse: "
        "unexplained platform jargon (SLA, RTS, TAT, LDF, SPP).",
        better=[F09_C0, F09_T1, F09_C2, F09_T3_GOOD, F09_C4_GOOD, F09_T5, F09_C6, F09_T7],
        worse=[F09_C0, F09_T1, F09_C2, F09_T3_BAD, F09_C4_BAD, F09_T5, F09_C6, F09_T7],
    ),
    rpair(
        "b240r_f10_us_diaper_size",
        "US, phone: a parent wants to move a diaper subscription up a size. Fault in worse: the trainee talks about "
        "her own twins while the customer has the baby on her hip.",
        better=[F10_C0, F10_T1, F10_C2, F10_T3_GOOD, F10_C4_GOOD, F10_T5, F10_C6, F10_T7],
        worse=[F10_C0, F10_T1, F10_C2, F10_T3_BAD, F10_C4_BAD, F10_T5, F10_C6, F10_T7],
    ),
]
