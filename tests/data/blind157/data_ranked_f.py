"""b157 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

P = []


def pair(id, situation, head, good, bad, tail):
    """head + (better turns | worse turns) + tail; head and tail are the very same turn objects."""
    P.append(rpair(id, situation, head + good + tail, head + bad + tail))


# f01 argues with the customer
pair("b157r_f01_tampines_gym_spin_full", "Member can never book the 7pm spin class. Fault: argues.",
     [c("hi the 7pm spin class always full, I tried 3 times this week, waitlisted. paying 150 a month for what", None),
      t("That's frustrating. Which days do you try, and when do you usually book?"),
      c("mon wed fri, I book at lunch. by then full already", None)],
     [t("Got it. The 7pm slots open 48 hours ahead and fill by morning; you're not the only one telling us."),
      c("so what can I do, I can't book at 7am from work", None)],
     [t("Actually the class isn't overbooked, we cap it at 30 for safety. You just need to book earlier, that's not on us."),
      c("I'm telling you it's always full, don't argue with me. so what can I do", None)],
     [t("From next week we add an 8pm class Mon and Wed. I can turn on the 48-hour booking reminder for you."),
      c("8pm ok. see how, if still like this next month I'll stop my membership", "think_it_over")])

# f02 doubts the customer's honesty
pair("b157r_f02_woodlands_aircon_filter", "Customer says a filter was not cleaned. Fault: doubts honesty.",
     [c("Your guy came Tuesday. Today I opened the aircon cover, filter still full of dust. Did he even clean?", None),
      t("Thanks for checking. Which unit, and could you send a photo of the filter?"),
      c("Bedroom one. Sending photo now.", None)],
     [t("Got it, that filter clearly wasn't washed. Sorry about that."),
      c("Ya, quite disappointing. I paid for 3 units.", None)],
     [t("Hmm, our tech's checklist says all filters were washed. Are you sure this is the same unit and not one we didn't service?"),
      c("Of course I'm sure, I only have 3 units and you did all 3. You think I'm lying?", None)],
     [t("I'll send a tech back Saturday to redo it at no charge, and check the other two with him."),
      c("Saturday morning ok. Last year also same problem with your company, please make sure.", "bad_experience")])

# f03 drops the price before asking anything
o = c("Hi, I'm looking at a hot desk in Central. I saw 3,200 a month on your website.", None)
tail = [t("Then our phone booths can be booked in 30-minute slots. For three days a week, the 10-day pass at 1,800 may suit you better than monthly."),
        c("Oh, that's cheaper. The pass is fine.", None),
        t("I'll send the pass link, plus a free day tomorrow if you want to test the booths."),
        c("Tomorrow ok.", None)]
pair("b157r_f03_central_hot_desk", "Freelancer asks about a hot desk. Fault: discounts before asking.",
     [o],
     [t("Yes, that's right. How many days a week would you come in, and do you take calls?"),
      c("About three days. Lots of Zoom calls, so I need somewhere quiet.", None)],
     [t("Yes, but I can do 2,600 for you if you sign this week. How many days a week would you come in?"),
      c("Oh... ok. About three days, lots of Zoom. If it drops that easily, what's the real price?", None)],
     tail)

# f04 unasked lecture
pair("b157r_f04_orchard_private_bank_withdrawal", "Client withdraws 500k for a condo. Fault: lecture on property.",
     [c("I need to withdraw 500k from my portfolio for a condo downpayment, by the 20th.", None),
      t("Noted. Which holdings would you like to sell, or shall I propose the ones with the least cost impact?"),
      c("Propose please. I'd rather not touch the dividend stocks.", None)],
     [t("Understood. The bond fund and part of the cash cover 500k without touching dividend stocks. Settles in 3 days, so the 20th is fine."),
      c("Good. Please go ahead.", None)],
     [t("Understood. I must say, with ABSD and rates, property is over-valued right now; staying invested may do better. The bond fund and part of the cash cover 500k without touching dividend stocks."),
      c("I didn't ask your view on property. We've decided. Please go ahead.", None)],
     [t("I'll email the sell instruction for your approval today and confirm when the cash lands.")])

# f05 vague next step
pair("b157r_f05_shatin_removals_quote", "Family moving flats needs a punctual mover. Fault: vague next step.",
     [c("Hi, need to move a 2-bedroom from Sha Tin to Sai Kung end of the month. Lift both sides.", None),
      t("Sure. Any big items like a piano or tall fridge, and do you need packing?"),
      c("Fridge, normal size. No piano. We pack ourselves. Last mover was 2 hours late, so I need someone on time.", "bad_experience")],
     [t("Understood, on time matters. 5.5-tonne truck, 3 movers, about 4,800. I'll WhatsApp the written quote by 6pm today and hold the 30th morning for 48 hours."),
      c("Ok, 6pm. I'm comparing with one more company.", "think_it_over")],
     [t("Understood, on time matters. 5.5-tonne truck, 3 movers, probably around 5,000. We'll let you know the date and quote later."),
      c("Later when? I'm comparing with one more company, I need it soon.", "think_it_over")],
     [t("Fair. Our crew also calls you when they leave the depot, so you know they're coming."),
      c("Ok.", None)])

# f06 over-promises
pair("b157r_f06_mongkok_dental_implant", "Patient wants an implant before a trip. Fault: over-promises.",
     [c("Hi, I lost a back tooth. I go to Canada in 4 weeks for 3 months. Can I get an implant before I go?", None),
      t("Let me check. When was it taken out, and where?"),
      c("Last week, at a clinic near my office. It was cracked.", None)],
     [t("Then honestly, no. The bone needs about 3 months to heal before an implant, so we'd place it when you're back. A first check now lets us plan it."),
      c("Ah. Ok, makes sense. But is it bad to leave the gap 3 months?", None)],
     [t("No problem, we can have the implant fully done before you fly, guaranteed. A first check now lets us plan it."),
      c("Really? My friend said it takes months. Ok, but is it bad to leave the gap?", None)],
     [t("For a back tooth, a few months is fine. The check is 500 with X-ray. Wednesday at 6?"),
      c("500 just to check? The other clinic charged 300 for the whole extraction.", "too_expensive")])

# f07 closes before checking it works
pair("b157r_f07_bukitbatok_fibre_install", "Fibre install before an evening call. Fault: sign-off before testing.",
     [c("hi, installer here already? I need the fibre working tonight, got a call with the US at 9", None),
      t("Yes, I'm at your door. Where do you want the router, near your work desk?"),
      c("ya the study room. can run cable there or not", None)],
     [t("Can, 8 metres along the skirting. Done. Let's test on your laptop with your work VPN before I go."),
      c("ok testing... vpn connected, speed ok", None)],
     [t("Can, 8 metres along the skirting. Done. Can you sign here to confirm the installation is complete?"),
      c("wait, I haven't tried it yet. ok testing... vpn connected, speed ok", None)],
     [t("Good. If anything drops tonight, this is the hotline, they can reset it remotely."),
      c("ok noted, thanks", None)])

# f08 recommends before asking
o = c("Hi, what memberships do you have? I'm new to the area.", None)
tail = [t("Then this club's pool opens at 6. The single-club plan is 690 a month and covers the pool."),
        c("690 still quite a lot. The public pool in Kennedy Town is almost free.", "too_expensive"),
        t("True, and it's a decent pool. Ours is warmer and quieter at 6am. A free swim tomorrow to compare?"),
        c("Ok tomorrow 6:30.", None)]
pair("b157r_f08_kennedytown_gym_swim", "Newcomer asks about memberships. Fault: recommends before asking.",
     [o],
     [t("Welcome! What kind of training do you like, and what times would you come?"),
      c("Mostly swimming, early morning before work. Not into classes.", None)],
     [t("Welcome! You should get All-Club Premium, 1,180 a month, our best. What kind of training do you like, and what times?"),
      c("Er, that sounds expensive. Mostly swimming, early morning before work. Not into classes.", "too_expensive")],
     tail)

# f09 unexplained jargon
pair("b157r_f09_tst_private_bank_fcn", "Client asks about a high-coupon note. Fault: jargon.",
     [c("My friend mentioned something that pays 10% a year on Apple and Nvidia. You have that?", None),
      t("We have similar products. First, would you be comfortable ending up holding the shares if they fall?"),
      c("How much would they have to fall?", None)],
     [t("It pays about 10% a year, but if either share falls more than 30%, you may have to buy that share at today's price, so you'd sit on a loss."),
      c("So I could lose quite a lot. My friend didn't say that.", None)],
     [t("It's a one-year FCN, worst-of AAPL and NVDA, 70% European KI, daily KO observation at 100%, strike at 85%."),
      c("I have no idea what that means. Say it in plain words, can?", None)],
     [t("Let me show you the worst case on 1 million on one page, and you take it home to think."),
      c("Ok, I read it at home and call you next week.", "think_it_over")])

# f10 talks about themselves
pair("b157r_f10_ubi_storage_online_shop", "Online seller needs storage for stock. Fault: talks about himself.",
     [c("Hi, I run a small online shop, my stock is taking over my flat. Looking for storage near Ubi.", None),
      t("Sure. About how much stock, and how often do you need to get in and out?"),
      c("Maybe 60 cartons. I pack orders 3 times a week, sometimes late night.", None)],
     [t("So 60 cartons, frequent and late access. Our Ubi site is 24-hour with your own PIN, and a 50 sq ft unit fits about 60 cartons."),
      c("24 hour is good. How much?", None)],
     [t("Ah, I started my own online shop before this job, phone cases, my flat was full of boxes too, my wife was so annoyed. Our Ubi site is 24-hour with your own PIN, and a 50 sq ft unit fits about 60 cartons."),
      c("Ok... 24 hour is good. How much?", None)],
     [t("50 sq ft is 310 a month, first month half price on a 6-month term."),
      c("Cash is tight now, 310 for 6 months straight is hard. Month to month can?", "no_money")])

PAIRS = P
