"""Ranked pairs d01-d10 of blind240 (hand-written): two decent conversations, `better` is deeper."""
from common import c, rpair, t

D01_OPEN = c("Hi, I need to cancel my coffee subscription. I've got like four unopened bags in the cupboard.", "no_need")
D02_OPEN = c("hi returned the lehenga yesterday. refund is showing to wallet. i want in my bank account not wallet", None)
D03_OPEN = c("Hiya, I ordered a costume for my daughter's school play, the lion one, and the tracking's said "
             "'delayed' for three days now. The play's Friday.", None)
D04_OPEN = c("hi, my candle shop sales dropped like half since feb. thinking of paying for boosted listings. is it "
             "worth it?", None)
D05_OPEN = c("Hello, my split AC, bought from your site in October, not cooling since yesterday. Fan is running but "
             "only normal air coming. In this heat, we cannot sleep.", None)
D06_OPEN = c("hi, need to return a dress, size 12 is too small. do i just send it back", None)
D07_OPEN = c("Hello? Yes. I'm calling about a package. My daughter ordered me a, um, a blood pressure cuff, and she "
             "said it was supposed to come last week, and I haven't seen anything.", None)
D08_OPEN = c("Hi, I want to gift your tea subscription to my father for his 70th birthday. He is in Kolkata. What are "
             "the options?", None)
D09_OPEN = c("Hi, my laptop screen's cracked, it's still under the two-year warranty so I want to send it in. It's the "
             "Vega 14.", None)
D10_OPEN = c("hi we run a cafe, ordered 10 cases of 12oz cups and lids last week. lids dont fit. kind of urgent, "
             "we're almost out", None)

PAIRS = [
    rpair(
        "b240r_d01_us_coffee_cancel",
        "US, phone: a coffee subscriber wants to cancel because unopened bags are piling up. Better finds the "
        "real reason (back in the office three days a week) and matches the frequency to it; worse offers a "
        "discount, then a pause that restarts at the same rate.",
        better=[
            D01_OPEN,
            t("Happy to help with that. Four bags is a lot of backlog. Has something changed in how much you're "
              "drinking, or was the amount always a bit much?"),
            c("I went back to the office three days a week in March, and there's free coffee there, so I'm barely "
              "brewing at home now.", None),
            t("That makes sense. So it's not the coffee, it's that you're home less. You could cancel, or I can move "
              "you from every two weeks to every six, which roughly matches two home days a week. Either's fine, "
              "I'll do whichever you'd like."),
            c("Hm. Every six weeks... I do like the Ethiopian one. But I don't want to get buried again.",
              "think_it_over"),
            t("Fair. How about every six weeks, with the next shipment held until mid-May while you work through "
              "what you've got? You'll get an email a week before anything ships, and you can cancel from that "
              "email in one click."),
            c("Okay, yeah, that works. Mid-May.", None),
        ],
        worse=[
            D01_OPEN,
            t("Sure, I can help. Before I cancel, can I offer you thirty percent off your next three shipments to "
              "stay with us?"),
            c("No, it's not the price. I just have too much coffee.", "no_need"),
            t("Understood. Would you like to pause instead of cancelling? You can pause for up to three months."),
            c("I guess pausing is fine. Three months.", None),
            t("Done, your subscription is paused until July 10th and restarts automatically then. Anything else?"),
            c("No, thanks.", None),
        ],
    ),
    rpair(
        "b240r_d02_in_refund_bank",
        "India, chat: a customer wants a lehenga refund sent to her bank instead of the store wallet. Better "
        "explains the trade-off, learns why and gives a date and a fallback; worse nudges towards the wallet and "
        "answers vaguely.",
        better=[
            D02_OPEN,
            t("Hi! Sure, we can send it to your bank instead. One thing before I change it: bank refunds take 5-7 "
              "working days, wallet is instant. Do you need the money quickly, or is the bank just more convenient?"),
            c("bank is better. i dont shop much on this app, i dont want money stuck here", None),
            t("That makes sense, no point keeping it where you won't use it. Was the payment made by UPI or card?"),
            c("upi. gpay", None),
            t("Then it goes back to the same UPI-linked bank account: 4,850, within 5-7 working days, so latest by "
              "the 22nd. I've changed it and you'll get an SMS with the reference. If it's not in by the 22nd, reply "
              "here with that reference."),
            c("ok thank you", None),
        ],
        worse=[
            D02_OPEN,
            t("Hi! Wallet refund is instant and you can use it on your next order. Are you sure you want bank?"),
            c("yes sure. bank", "no_need"),
            t("Okay, done. Refund to source has been initiated. It will reflect in 5-7 working days."),
            c("ok which account it will come", None),
            t("It goes to the original payment method. Anything else I can help with?"),
            c("no", None),
        ],
    ),
    rpair(
        "b240r_d03_uk_costume_late",
        "UK, phone: a school-play costume is stuck at a courier depot. Better asks when it is really needed "
        "(Thursday's dress rehearsal, not Friday), is honest about the courier and sets up a store backup; worse "
        "accepts the courier's Thursday estimate and refunds the delivery fee.",
        better=[
            D03_OPEN,
            t("Oh no, that's worrying with the play so close. Could I have your order number? And is Friday the "
              "first time she needs it, or is there a rehearsal before?"),
            c("Order's 55-10982. And, oh, actually the dress rehearsal's Thursday afternoon, they said bring "
              "costumes.", None),
            t("Good to know, so really it's Thursday lunchtime. The parcel's stuck at the Northampton depot after a "
              "van fault; the courier says Thursday, but I can't promise the morning. Our Milton Keynes store has "
              "the lion costume in her size. I can reserve it for collection at no cost and refund the delivered "
              "one when it comes back. Is Milton Keynes doable?"),
            c("It's forty minutes each way and I work till five. I'm not sure I can get there before Thursday.",
              "no_time"),
            t("Understood. The store's open till eight tonight and tomorrow. If that's still tight, I'll leave the "
              "parcel coming and also hold the store one till Thursday 6pm, so you've got a backup either way. "
              "Would that help?"),
            c("Yeah, do both. If it comes Wednesday I just won't go. Thank you.", None),
        ],
        worse=[
            D03_OPEN,
            t("Oh no, I'm sorry. Could I take the order number?"),
            c("55-10982.", None),
            t("Thanks. It's at the Northampton depot, delayed by a vehicle issue. The courier expects to deliver "
              "Thursday, so you should have it before Friday. I've refunded your £3.95 delivery charge for the "
              "trouble."),
            c("Thursday. Okay, well, that's cutting it fine, but fine.", None),
            t("I understand. If it doesn't arrive by Friday, give us a ring and we'll sort a refund. Anything else?"),
            c("No, that's it. Thanks.", None),
        ],
    ),
    rpair(
        "b240r_d04_us_seller_boost",
        "US, chat: a candle seller on a craft marketplace asks whether paid boosted listings will fix a drop in "
        "sales. Better diagnoses first (views steady, orders down, shipping price went up) and advises against "
        "spending yet; worse explains the ad product and its budget.",
        better=[
            D04_OPEN,
            t("Hi! Good question to ask before spending. Can I check one thing first? Are people still visiting "
              "your listings and not buying, or are fewer people seeing them at all?"),
            c("um how do i tell", None),
            t("In Shop Stats, compare 'views' and 'orders' for January and for now. If views held steady but orders "
              "dropped, ads won't fix it; that points to price or photos. If views dropped, boosting can help."),
            c("ok views are about the same. orders went down. huh", None),
            t("Then I'd hold off on boosting; you'd be paying to bring more people to listings they're already not "
              "buying from. Did anything change around February: prices, shipping, photos?"),
            c("oh. shipping went from 4.99 to 7.50 when the carrier raised rates. didnt think of that", None),
            t("That's likely a big part of it; candles are an impulse buy. You could build shipping into the price, "
              "or try free shipping over $35 for two weeks and watch orders. If nothing moves, boosting is still "
              "there and I'm happy to walk you through it then."),
        ],
        worse=[
            D04_OPEN,
            t("Hi! Boosted listings can definitely help with visibility. You set a daily budget, starting at $1, and "
              "only pay when someone clicks. Most sellers start around $5 a day."),
            c("5 a day is 150 a month. thats a lot for me rn", "no_money"),
            t("Totally fair. You can start at $2 a day and see how it goes. Boosted listings show in search and on "
              "similar-item pages, and you can pause anytime."),
            c("hmm. send me a guide or something and ill look at it this weekend", "brush_off"),
            t("Sure! Here's the help article on Boosted Listings. You turn it on under Marketing, and I'd check your "
              "stats after two weeks."),
            c("ok thanks", None),
        ],
    ),
    rpair(
        "b240r_d05_in_ac_warranty",
        "India, phone: an eight-month-old split AC blows warm air in May. Better asks about the outdoor unit, "
        "explains what is covered, is honest that technicians are 3-4 days out and escalates for a baby at "
        "home; worse raises a ticket with no diagnosis and no date.",
        better=[
            D05_OPEN,
            t("I'm sorry, sir, in this heat that's really hard, especially at night. A couple of quick questions so "
              "the technician comes with the right parts. Is the outdoor unit running? Is the fan outside spinning?"),
            c("Outdoor... let me see. Fan is spinning, but it is making some clicking sound.", None),
            t("Thank you. That sounds like the compressor or the capacitor, not just a filter. Both are covered "
              "under the one-year warranty, gas too if needed. I'll be honest: in May our Nagpur technicians are "
              "booked three to four days out. I can book Thursday morning, or put you on the cancellation list for "
              "earlier."),
            c("Three-four days? Sir, I have small baby at home. We cannot sleep like this.", None),
            t("I understand, with a baby that's hard. I'll book Thursday and also put you first on the cancellation "
              "list as a priority case, infant at home. If a slot opens, the technician calls you directly, maybe "
              "tomorrow. Meanwhile please keep the AC off so the compressor isn't damaged further."),
            c("Okay. Please try for tomorrow. Thursday is last option.", None),
        ],
        worse=[
            D05_OPEN,
            t("Sorry for the inconvenience, sir. I'll raise a service request for you. Can you confirm the address?"),
            c("Flat 3B, Shree Residency, Dharampeth, Nagpur.", None),
            t("Thank you. Service request SR-88213 is raised. The technician will call you to schedule the visit. "
              "Anything else?"),
            c("When he will call? Will there be any charge?", None),
            t("He should call in a day or two. No charge, sir, it's under warranty."),
            c("Okay, thank you.", None),
        ],
    ),
    rpair(
        "b240r_d06_uk_dress_size",
        "UK, chat: a dress is too small. Better asks where it is tight (only the bust), explains how the 14 will "
        "fit and how the tie back helps; worse sets up the swap to a 14 with a general 'sizing up usually works'.",
        better=[
            D06_OPEN,
            t("Hi! Yes, you can send it back free within 28 days. Before I set that up, would you like to try a "
              "different size, or are you off the dress altogether?"),
            c("i do like it. just couldnt zip it up over my chest, rest was ok", None),
            t("Ah, so tight at the bust but fine at the waist and hips. That style has a fitted bodice; a 14 gives "
              "you more room there but may be a bit loose at the waist. It has a tie back though, which pulls it in. "
              "Would you like to try the 14?"),
            c("hmm not sure, ive had the baggy waist thing with this brand before and ended up sending it back "
              "anyway", "bad_experience"),
            t("That's fair. The tie takes in about two inches, and a few reviewers with the same issue said the 14 "
              "worked with it tied. If it doesn't, the return's free again. Or I can just refund you, whichever "
              "you'd rather."),
            c("go on then, swap for the 14. if its baggy ill send it back", None),
        ],
        worse=[
            D06_OPEN,
            t("Hi! Yes, you can send it back free within 28 days. Would you like a refund or an exchange?"),
            c("exchange i guess. for a 14?", None),
            t("No problem, I've set up an exchange for a size 14. Your returns label is in your email; the 14 is "
              "sent once we receive the 12."),
            c("ok. will the 14 be ok do you think, its only tight on top", None),
            t("Customers usually find sizing up works. If it doesn't fit, you can return it free as well."),
            c("ok cheers", None),
        ],
    ),
    rpair(
        "b240r_d07_us_elderly_parcel",
        "US, phone: an elderly woman's blood pressure cuff, ordered by her daughter, shows as delivered but she "
        "hasn't found it. Better slows down, suggests where to look, and offers to call her back at a set time; "
        "worse is correct but quick and leaves her to call back with an order number.",
        better=[
            D07_OPEN,
            t("Hello, thank you for calling. I'll help you find it, take your time. Do you have the email your "
              "daughter got, or shall I look it up by your name and address?"),
            c("Oh, I don't have the email. It's under her name I think, Patricia Novak. It comes to me though, "
              "Dorothy Novak, on Birch Lane in Scranton.", None),
            t("Thank you, Dorothy. I found it. It says it was left at your front door last Wednesday. Sometimes "
              "drivers tuck packages behind a planter or by a side door. Do you have a side door or a back porch?"),
            c("Well, there's the side door by the garage, but I don't use it since my hip. I could have my neighbor "
              "look, but he's at work till evening.", None),
            t("That's a good idea, no rush. If he finds it, wonderful. If not, I can call you tomorrow at ten in the "
              "morning and send a new cuff right away at no cost. Would you like me to call you?"),
            c("Oh, you call me, dear. I'm not good with those phone menus.", None),
            t("I'll call you tomorrow at ten, Dorothy. I'll also email your daughter so she knows what's "
              "happening."),
        ],
        worse=[
            D07_OPEN,
            t("Hi there! Sure. Can I get the order number or the email?"),
            c("Oh, I don't have that. My daughter ordered it, Patricia Novak. It comes to me, Dorothy Novak, Birch "
              "Lane, Scranton.", None),
            t("Okay, got it. Tracking shows delivered last Wednesday at the front door. Have you checked around the "
              "property? If you can't find it, I can file a missing package claim and we'll send a replacement in 3 "
              "to 5 business days."),
            c("Oh. I... well, I suppose I can ask my neighbor to look.", None),
            t("Sure. If he doesn't find it, just call back with order 7781-4420 and we'll file the claim. Anything "
              "else?"),
            c("Could you say that number again, dear? Slower?", None),
            t("Of course. 7781-4420."),
        ],
    ),
    rpair(
        "b240r_d08_in_tea_gift",
        "India, phone: a daughter wants to gift a tea subscription to her father for his 70th. Better asks what "
        "he drinks (only plain Darjeeling), fits the budget without switching to flavoured teas, and plans the "
        "delivery for a man who lives alone; worse lists plans and moves her to the cheaper mixed box.",
        better=[
            D08_OPEN,
            t("That's a lovely gift. Before I suggest one, what kind of tea does he usually drink? Some of our boxes "
              "are flavoured and herbal, which not everyone enjoys."),
            c("Ha, he is very particular. Only Darjeeling, first flush if he can get, no milk, no flavours. Masala "
              "chai he calls spoiled tea.", None),
            t("Then the Estate Darjeeling box is the one: two single-estate Darjeelings a month, no blends or "
              "flavours. It's 1,450 a month; three months is 3,990. The Explorer box is cheaper, but half of it is "
              "flavoured, so I wouldn't send that to him."),
            c("3,990 is bit more than I planned. I was thinking around 3,000.", "no_money"),
            t("That's fair. Two months of the Estate box is 2,800, with a handwritten birthday card free. Since he's "
              "particular, I'd rather he gets fewer teas he loves than more he won't drink."),
            c("Two months with the card. Can it come on his birthday, the 14th? He lives alone, sometimes he doesn't "
              "hear the bell.", None),
            t("I'll schedule it for the 13th or 14th and ask the courier to call his phone before coming. Could you "
              "give me his number and the message for the card?"),
        ],
        worse=[
            D08_OPEN,
            t("Sure! We have the Explorer box at 999 a month and the Estate Darjeeling box at 1,450 a month. For a "
              "70th, the 3-month Estate is very popular at 3,990."),
            c("3,990 is bit more than I planned. I was thinking around 3,000.", "no_money"),
            t("Then the 3-month Explorer is 2,850. It has a mix of black teas, green teas and flavoured blends, so "
              "he can try a variety."),
            c("Okay, variety is good I suppose. Let's do that.", None),
            t("Great! I'll need his address and phone number. Would you like to add a birthday message?"),
            c("Yes, write 'Happy 70th, Baba, from Mili'.", None),
        ],
    ),
    rpair(
        "b240r_d09_uk_laptop_drop",
        "UK, phone: a customer wants a cracked laptop screen fixed under warranty, but it was dropped. Better asks "
        "how it happened before taking details, is honest that drops aren't covered, and points to home "
        "insurance with a quote to send them; worse gets to the same 'not covered' and quotes the repair.",
        better=[
            D09_OPEN,
            t("Sorry to hear that. I'll check what the warranty covers for you. Can I ask how the crack happened? It "
              "makes a difference to what's covered."),
            c("It fell off the sofa. Only a small drop, maybe half a metre, onto the wooden floor.", None),
            t("Thanks for being straight with me. Honestly, the warranty covers faults, not accidental damage, so a "
              "drop isn't covered, even a small one. I'd rather tell you now than have you send it off and get a "
              "rejection. Two things might help: a screen repair through us is £145 as a fixed quote, and a lot of "
              "home contents policies cover accidental damage to laptops."),
            c("Oh. A hundred and forty-five. Hmm. Let me check the insurance first, I think we've got something with "
              "Aviva.", "think_it_over"),
            t("Good idea. If they cover it, we can send them the repair quote directly. I'll email it to you now with "
              "a reference, valid for 60 days, so there's no rush. Is the laptop usable in the meantime?"),
            c("Yeah, I've got it plugged into the telly as a screen, it's fine for now.", None),
        ],
        worse=[
            D09_OPEN,
            t("Sorry to hear that. Can I take the serial number? It's on the bottom of the laptop."),
            c("It's... VG14-22871-UK.", None),
            t("Thank you. It's in warranty till next March. How did the screen crack?"),
            c("It fell off the sofa. Small drop onto the floor.", None),
            t("I'm afraid accidental damage isn't covered under the warranty. We can do a paid screen repair for "
              "£145. Would you like to book that?"),
            c("That's a lot for a screen. I'll leave it for now, thanks.", "too_expensive"),
        ],
    ),
    rpair(
        "b240r_d10_us_cafe_lids",
        "US, chat: a cafe's order of cups came with lids that don't fit and they are nearly out. Better finds that "
        "only the lids are wrong, asks how fast they use them and overnights lids before any return; worse sets up "
        "a return-then-replace on ground shipping.",
        better=[
            D10_OPEN,
            t("Hi! Sorry about that, running out mid-service is the worst. Quick question so I get the right fix: do "
              "the lids not go on at all, or go on loosely?"),
            c("they sit on top and pop off. the ones from our last supplier snapped on fine", None),
            t("Thanks. Your cups are our 12oz with a 90mm rim, but the lids that shipped are the 80mm ones for 8oz. "
              "So the cups are fine, just the lids are wrong. I can overnight 10 cases of 90mm lids today at no "
              "charge, and you keep the cups. How many do you go through a day?"),
            c("like 300 a day on weekdays. we have maybe a day and a half left", None),
            t("Then overnight gets you lids by tomorrow noon, before you run out. Send the wrong lids back with the "
              "prepaid label whenever it's easy, no deadline. Would a reorder reminder help, or do you manage that "
              "yourselves?"),
            c("nah we have our own system, its fine", "no_need"),
        ],
        worse=[
            D10_OPEN,
            t("Hi! Sorry about that. I can set up a return for the lids and send replacements. Which lids did you "
              "receive?"),
            c("the box says 80mm. cups are 12oz", None),
            t("Thanks, those are the 8oz lids. I've created a return for the 80mm lids and a replacement order for "
              "90mm lids. The replacements ship once the return is scanned by the carrier."),
            c("we're almost out though. how long will that take", None),
            t("After the scan, the replacement ships within 1 business day by ground, usually 3-5 days. If you open "
              "a business account you'd get free two-day shipping next time. Want me to send you the sign-up?"),
            c("maybe later, send the link i guess. right now i just need lids, we'll buy some locally to get by",
              "brush_off"),
        ],
    ),
]
