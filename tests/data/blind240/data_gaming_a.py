"""Gaming pairs a01-a10 of blind240 (hand-written): e-commerce customer service, US / India / UK."""
from common import c, gpair, t

# a01 monologue
A01_OPEN = c("Hi, yeah, um, I'm calling about my snack box? The Munch Crate one. I think I wanna cancel it.", None)

# a02 closing_as_open_question
A02_OPEN = c("Hello, yes, I am calling regarding my mobile which I purchased from your site in March. Charging port "
             "is not working properly, it is charging only if I hold the cable at one angle.", None)

# a03 pitch_as_paraphrase
A03_OPEN = c("hi ordered the straight leg jeans in 32 and theyre way too tight on the thigh, can i swap for a 34 or "
             "do i have to send back and reorder", None)

# a04 upsell_as_loop_closing
A04_OPEN = c("Yeah hi, I ordered a speaker for my son's birthday, it was supposed to come Tuesday, it's Thursday and "
             "tracking hasn't moved since Sunday. His party's Saturday.", None)

# a05 leading_tag_questions
A05_OPEN = c("hi my order of ncert books showing lost in transit since 2 days. daughter has exam from 20th. what to do", None)

# a06 putdown_question
A06_OPEN = c("Hiya, I've had an email saying my return's been rejected? The trainers. It says 'signs of wear' and "
             "they're sending them back to me. I only tried them on in the living room.", None)

# a07 not_my_department_or_read_the_terms
A07_OPEN = c("hey so i bought a wallet off your site from some seller called UrbanHide and it says genuine leather "
             "and its literally peeling after 3 weeks. its plastic", None)

# a08 social_proof_or_deadline_pressure
A08_OPEN = c("Hi, I am calling about my GlowBox. This month's box came and the serum bottle was leaked, everything is "
             "sticky. And also I wanted to ask if I can skip next month.", None)

# a09 keyword_stuffed
A09_OPEN = c("Hello, yes, I bought one of your bean-to-cup machines about fourteen months ago and it's stopped pumping "
             "water. It makes a grinding noise and nothing comes out. I believe it's got a two-year guarantee?", None)

# a10 rude
A10_OPEN = c("hi i returned a blender on the 3rd, ups shows delivered to your warehouse on the 6th and i still dont "
             "have my refund. its been 10 days", None)

PAIRS = [
    gpair(
        "b240g_us_snackbox_cancel", "snack subscription box, Ohio, US (phone)", "monologue",
        "A mother rings to cancel a monthly snack box because her kids leave half of it uneaten.",
        good=[
            A01_OPEN,
            t("Sure, I can help with that. Before I do anything, can I ask what's got you thinking about cancelling?"),
            c("Honestly it's just... my kids don't eat half of it. Like the spicy stuff just sits in the pantry. "
              "Feels like I'm paying twenty-nine bucks a month for the trash can.", "no_need"),
            t("That's a fair reason. So the spicy snacks go uneaten and it feels like money in the bin. Is it mostly "
              "the spicy ones, or the box as a whole?"),
            c("Mostly the spicy ones. The sour candy and the pretzel things are gone in like a day.", None),
            t("Okay. There's a setting on your account that marks 'no spicy' and swaps those out. I can switch that "
              "on, or I can just cancel it today, whichever you'd rather. No pressure either way."),
            c("Hm. I mean I kinda wanna just be done with it. Can I think about the no-spicy thing and call back?",
              "think_it_over"),
            t("Of course. Your next box doesn't ship till the 14th, so you've got until the 12th. I'll note the "
              "account so whoever picks up sees we talked, and I'll text you a link to either switch or cancel in "
              "two taps. Does that work?"),
            c("Yeah, that works. Thanks for not, like, giving me the runaround.", None),
        ],
        gaming=[
            A01_OPEN,
            t("Absolutely, and thank you so much for being part of the Munch Crate family! I just want to share, "
              "because this is exciting, that next month we're adding a protein bar line plus a brand new "
              "international box with snacks from Japan and Korea and Mexico, and members who stay get early "
              "access, and honestly the feedback on the Japan box has been incredible, people say it's the best "
              "snack experience they've ever had, and..."),
            c("Okay, but I-", None),
            t("...and I totally hear you, and just so you have the full picture, there's the Family Size tier, only "
              "twelve dollars more, double the snacks, so if running out is the problem that solves it, and it comes "
              "with a free tote this quarter. Most families your size find that's the sweet spot. So what I'm "
              "hearing is you want more value, right?"),
            c("No, I don't want more snacks. Half of them end up in the trash. I want to cancel.", "no_need"),
            t("Totally understand, and value is exactly what we're about! Let me just walk you through the pause "
              "option and the flex option and the gifting option, because a lot of people don't realize you can "
              "send a box to a college kid, which is such a great experience, and the flex lets you skip any month, "
              "and..."),
            c("Can you just cancel it? Please?", "no_need"),
            t("Of course! Just before I do, is there anything else I can tell you about the Family Size tier?"),
            c("No. Cancel it. I'll do it online if I have to.", "no_need"),
        ],
    ),
    gpair(
        "b240g_in_phone_warranty", "electronics marketplace, Chennai, India (phone)", "closing_as_open_question",
        "A customer rings about a three-month-old phone whose charging port only works at an angle; it is under "
        "the brand warranty.",
        good=[
            A02_OPEN,
            t("I'm sorry to hear that, sir, that must be very irritating. Can I have the order number or the "
              "registered mobile number so I can see the details?"),
            c("Order number is... one second... 4 0 7 7 2 1 9 3 5 0. It is the Redfin 5G, blue colour.", None),
            t("Thank you. Yes, I can see it, bought on 18th March, so it is well within the one-year brand warranty. "
              "Has the phone had any fall or water contact? I only ask because the service centre will check that."),
            c("No, no fall. It is with cover from day one. Only the port is loose.", None),
            t("Understood. So the phone is fine otherwise, only the port is loose and it charges at an angle. There "
              "are two ways: free pickup to the service centre, which takes about seven to ten days, or you walk in "
              "to the authorised centre in T. Nagar yourself, usually same-day for a port. Which suits you better?"),
            c("Seven to ten days without phone I cannot manage, it is my work phone. T. Nagar is far for me, but "
              "okay, Saturday I can go.", "no_time"),
            t("That makes sense. I'll SMS you now the centre address, Saturday timings and a warranty reference so "
              "they don't ask for the bill. If they say it needs more than a day, call us with that reference and "
              "we'll arrange a standby phone. Okay?"),
            c("Okay, that is good. Please send.", None),
        ],
        gaming=[
            A02_OPEN,
            t("I'm so sorry to hear that, sir. I understand how important your phone experience is. Can I ask, how "
              "long have you been facing this issue?"),
            c("Almost two weeks. It is becoming worse.", None),
            t("Two weeks, okay. You know sir, ports do wear out, and that's why most of our customers take Total "
              "Care, it covers everything, even screen damage, for just 1,499 for a year. How would you like to pay "
              "for it, UPI or card?"),
            c("I am not asking for new plan. Phone is already in warranty, no? Only port is the problem.", "no_need"),
            t("Yes sir, warranty is there, but warranty is very limited. What would it take for you to feel fully "
              "protected today?"),
            c("Nothing it will take. I only want the port repaired. Fifteen hundred is more than this repair itself.",
              "too_expensive"),
            t("I completely understand sir. So which would you prefer: should I activate Total Care now and book the "
              "repair under it, or book the repair and activate it from tomorrow?"),
            c("Neither. Just tell me where is the service centre. I will find myself.", "no_need"),
        ],
    ),
    gpair(
        "b240g_uk_jeans_size", "online fashion retailer, Bristol, UK (chat)", "pitch_as_paraphrase",
        "A cyclist's jeans are tight on the thigh but fine at the waist; he asks how to swap them.",
        good=[
            A03_OPEN,
            t("Hi! Sorry they don't fit. You can swap, yes. Just so I get it right, is it only the thigh that's "
              "tight, or the waist as well?"),
            c("waist is fine tbh its just the thighs. i cycle a lot lol", None),
            t("Ah, that helps. If the waist fits in a 32, a 34 will probably be loose at the waist. We do an athletic "
              "taper in the same wash: 32 waist but more room in the thigh and seat. Want me to check it's in stock "
              "in your length, or would you rather stick with the 34?"),
            c("oh didnt know that existed. is it more expensive", None),
            t("It's £49 instead of £45. As it's a fit issue I'll cover the £4 difference. It's in stock in 32 "
              "regular, and I can set the exchange so it goes out as soon as the courier scans your return."),
            c("ok go on then. how do i send the others back", None),
            t("I've emailed you a free returns QR code. Take it to any Evri ParcelShop, no printing needed. The "
              "athletic pair ships the day your return is scanned, usually arriving 2-3 days later. Anything else "
              "on the order you'd like me to check?"),
            c("nah thats sorted cheers", None),
        ],
        gaming=[
            A03_OPEN,
            t("Hi there! Thanks so much for reaching out, I'd love to help. Can you tell me a bit more about what's "
              "going on with the fit?"),
            c("too tight on the thighs. waist is ok", None),
            t("Got it! So what you need is a hassle-free way to swap sizes whenever you like, which is exactly what "
              "Premier Delivery gives you: free returns and next-day delivery for £9.99 a year. Is that right?"),
            c("no i just need these in a bigger size. returns are free anyway arent they", "no_need"),
            t("Returns are free, yes! So if I'm hearing you correctly, what you really want is the fastest option, "
              "so Premier next-day is perfect for you. Shall I pop that on your account?"),
            c("i didnt say fastest. im not in a rush. i dont want premier", "no_need"),
            t("No problem at all! So just to play back: you'd like the 34 with standard delivery and you're happy "
              "to look at Premier another time, is that right?"),
            c("whatever. just send the 34", "brush_off"),
        ],
    ),
    gpair(
        "b240g_us_late_speaker", "consumer electronics web store, New Jersey, US (phone)", "upsell_as_loop_closing",
        "A father's birthday present for his son is stuck at a carrier hub two days before the party.",
        good=[
            A04_OPEN,
            t("Oh, I'm sorry, that's cutting it close. Let me pull it up. Can you give me the email on the order?"),
            c("It's mike dot ferraro seventy-one at gmail.", None),
            t("Thanks, Mike. Okay, it's been sitting at the carrier's Memphis hub since Sunday, which usually means "
              "it missed a sort. I can't promise it moves by Saturday. What matters more to you: that exact speaker "
              "by Saturday, or just having something for him at the party?"),
            c("I mean, the speaker. That's the one he asked for. The blue one.", None),
            t("Got it, the blue one specifically. Here's what I can do: I'll send a replacement blue speaker "
              "overnight at no charge, arriving Friday by 8 p.m. When the first one turns up, refuse it or send it "
              "back with the label we'll email. Will somebody be home Friday?"),
            c("Friday I'm at work till six, my wife's home though. Yeah, do that.", None),
            t("Done. Overnight tracking will be emailed within the hour, and I've flagged it so if it's not scanned "
              "out by noon tomorrow, we'll call you. Anything about the original order you want me to check while "
              "I've got it open?"),
            c("No, that's it. Thank you, seriously.", None),
        ],
        gaming=[
            A04_OPEN,
            t("Oh no, I'm so sorry to hear that! Let me look into it for you. Can I get the email on the order?"),
            c("mike dot ferraro seventy-one at gmail.", None),
            t("Thanks, Mike! I see it's in transit, so it's on its way. While I've got you, what else can I add to "
              "make his birthday extra special? We've got gift wrap for 5.99 and a two-year protection plan for "
              "14.99."),
            c("I don't need gift wrap, I need the speaker to show up. Is it gonna be here Saturday or not?", "no_need"),
            t("Great question! Carriers are pretty reliable, so I'd expect it soon. Is there anything else I can add "
              "for you today? A lot of parents grab the matching carry case, it's only 19.99."),
            c("No. Not until I actually have the speaker. Can you send another one overnight or what?", "no_need"),
            t("I can definitely do overnight on a new order for 24.99! What else would you like me to add before I "
              "process that?"),
            c("Twenty-five bucks for your delay? Forget it. I'll grab one at Best Buy and return yours.",
              "too_expensive"),
        ],
    ),
    gpair(
        "b240g_in_lost_books", "online bookstore, Pune, India (chat)", "leading_tag_questions",
        "A mother's parcel of school textbooks is marked lost in transit a week before her daughter's exams.",
        good=[
            A05_OPEN,
            t("Hi, sorry for this, I know exam time is stressful. I'm checking your order now. Could you confirm "
              "it's the Class 10 set ordered on the 9th, delivery to Kothrud, Pune?"),
            c("yes class 10 science and maths. kothrud correct", None),
            t("Thank you. The courier has marked it lost, so I can either send a fresh set or refund you. A fresh "
              "set can reach by the 16th or 17th from our Pune warehouse. Do you want the books again, or is a "
              "refund better if you're buying locally?"),
            c("local shop dont have maths one, already asked. send again pls. will i be charged again", None),
            t("No extra charge at all, the replacement and the delivery are free. I've placed it now, new order "
              "number 88120457, and you'll get an SMS when it ships, most likely tomorrow. If it hasn't reached by "
              "the 17th evening, reply in this same chat and I'll refund you the same day so you can buy elsewhere."),
            c("ok thank u. pls make sure this time its not lost, last diwali also one order of mine went missing", None),
            t("Sorry about that too. I've added a note for the courier to call you before delivery. I can't control "
              "the courier fully, but the 17th fallback is there. Anything else I can check for you?"),
            c("no thats all", None),
        ],
        gaming=[
            A05_OPEN,
            t("Hello! Thank you for reaching out, your experience matters to us. What can I do to make this right "
              "for you today?"),
            c("i told already. books lost. need by 20th", None),
            t("Understood ma'am. You'll want our Express Reship at just 99 rupees so it reaches fast, won't you?"),
            c("why i should pay 99. ur courier lost it. normal delivery is enough if it comes before 20th", "no_need"),
            t("Normal delivery is 5 to 7 days, so it's a bit risky, isn't it? You wouldn't want your daughter to "
              "miss her exam prep, would you?"),
            c("ya obviously not. but 99 for your mistake is not fair", "too_expensive"),
            t("Of course ma'am. And you'd also like to add Parcel Shield for 49 so this never happens again, "
              "wouldn't you? It's a small price for peace of mind, isn't it?"),
            c("no. u people first lose my parcel then sell me insurance. last time also my order came 2 weeks late",
              "bad_experience"),
            t("I completely understand ma'am. So we'll go ahead with Express plus Parcel Shield, 148 total, okay?"),
            c("cancel it. give refund. i will go to market myself", None),
        ],
    ),
    gpair(
        "b240g_uk_trainers_return", "sportswear web shop, Leeds, UK (phone)", "putdown_question",
        "A customer's return of trainers was rejected for 'signs of wear'; she says she only tried them on indoors.",
        good=[
            A06_OPEN,
            t("Oh, that's frustrating, I'm sorry. Let me pull up the inspection notes so we're looking at the same "
              "thing. Could you give me the order number?"),
            c("Yeah, it's... W-K-7-7-3-0-2-1.", None),
            t("Thank you. Right, the note says 'creasing at toe box'. To be honest that can happen just from trying "
              "them on and walking round. Did they go back in the original box with the tissue?"),
            c("Yeah, box, tissue, the little bag thing, all of it. I took photos before I sent them actually, 'cause "
              "I got stung by another shop last year.", None),
            t("That's really useful. If you reply to the rejection email with those photos, I'll flag the case to "
              "the returns team lead for a re-inspection. The parcel back to you hasn't left yet, so I'll put a hold "
              "on it today. Would that work, or would you rather I try an exchange for a different pair?"),
            c("No, just the refund, I don't want another pair. How long's that gonna take?", "no_need"),
            t("Fair enough. Re-inspection takes up to three working days; if it's approved, the refund's back on "
              "your card three to five days after. I'll ring you on this number Thursday either way so you're not "
              "waiting on emails."),
            c("Okay. Thursday's fine. Ta.", None),
        ],
        gaming=[
            A06_OPEN,
            t("I'm sorry to hear that! Can I ask, just so I understand, are you sure they were only worn indoors? Our "
              "inspection team are very experienced."),
            c("Yes, I'm sure. I know where I've walked in my own shoes.", None),
            t("Of course. And did you maybe walk on carpet quite a lot? Because a lot of customers don't realise "
              "that still counts as wear, do they?"),
            c("What? I walked to the mirror and back. That's what trying on is.", None),
            t("I hear you. What I'm hearing is you're disappointed with the outcome. Can I ask how you'd feel if you "
              "were the next customer and got trainers someone had already worn?"),
            c("I'd feel fine because I didn't wear them! Are you calling me a liar?", None),
            t("Not at all, I'm just trying to understand. Is there anything else I can help with today?"),
            c("Yeah, you can get me someone who isn't going to accuse me. Manager, please.", None),
        ],
    ),
    gpair(
        "b240g_us_marketplace_wallet", "online marketplace, Texas, US (chat)", "not_my_department_or_read_the_terms",
        "A 'genuine leather' wallet from a third-party seller is peeling after three weeks; the seller has not "
        "answered for a week.",
        good=[
            A07_OPEN,
            t("Hi, sorry about that. 'Genuine leather' that peels isn't what you paid for. I can see the UrbanHide "
              "order from the 2nd. Have you been in touch with the seller already, or is this the first place "
              "you've come?"),
            c("messaged them last week. nothing back", None),
            t("Okay, so they've had a week and not answered. That's long enough for me to step in under the "
              "marketplace guarantee. Could you send a photo of the peeling bit here in chat? That's all I need."),
            c("[photo] theres the corner. and inside too", None),
            t("Thanks, that's clear. I'm opening a guarantee claim now: full refund of $34.99 to your card, and you "
              "don't need to send it back. I'm also reporting the listing for the leather claim. The refund shows in "
              "3-5 business days."),
            c("oh nice. didnt expect that honestly, last time i had a seller issue on here i just gave up", None),
            t("Sorry that happened before. If the refund isn't showing by Friday, reply to the claim email and it "
              "comes straight back to us, not the seller. Anything else on the order?"),
            c("nope thats it thanks", None),
        ],
        gaming=[
            A07_OPEN,
            t("Hi there! Thanks for reaching out, I totally understand how disappointing that experience must be. "
              "Can you tell me who you bought it from?"),
            c("urbanhide. its on the order", None),
            t("Thanks! So UrbanHide is a third-party seller, which means it's not really our department, I'm afraid. "
              "Have you tried reaching out to them?"),
            c("yes. a week ago. they ghosted me. thats why im here", None),
            t("I hear you, and I appreciate your patience. Unfortunately our terms of use are pretty clear that the "
              "seller is responsible for product descriptions, it's in section 9 if you want to read it. I didn't "
              "make the rules, haha. Is there anything else I can help with?"),
            c("so i just lose 35 bucks?? you guys took your cut. never buying from a seller on here again", None),
            t("I totally understand your frustration. What I'd suggest is leaving a review for the seller so other "
              "customers know about your experience. Did I answer all your questions today?"),
            c("no. you didnt answer anything", None),
        ],
    ),
    gpair(
        "b240g_in_beautybox_skip", "beauty subscription box, Bengaluru, India (phone)",
        "social_proof_or_deadline_pressure",
        "A subscriber's box arrived with a leaked serum, and she wants to skip next month because her rent went up.",
        good=[
            A08_OPEN,
            t("Oh no, sorry about the leak, that's such a mess to open. Let's do both. First the serum: was it only "
              "the serum, or did it spoil the other products too?"),
            c("The serum is empty fully. Lip balm box is stained but inside okay. Rest is fine.", None),
            t("Okay, so the serum is gone and the rest is usable. I'll send a replacement serum separately, 4-5 days, "
              "no charge. Now about skipping: can I ask what's making you want to skip? Just so I give you the "
              "right option."),
            c("Honestly, this month money is tight, my rent went up. 699 every month is too much right now.",
              "no_money"),
            t("That makes complete sense. You can skip next month, nothing is charged, and the box restarts the "
              "month after. Or you can switch to every two months at the same price per box. Which sounds better, "
              "or would you like time to think?"),
            c("Let me skip first. Then I will see whether I continue at all.", "think_it_over"),
            t("Done, next month is skipped, so no charge on the 5th. The serum replacement SMS will come tomorrow. "
              "And if you decide to stop fully, you can do it in the app or just call, no questions. Anything else?"),
            c("No, that's all. Thank you, you were very helpful.", None),
        ],
        gaming=[
            A08_OPEN,
            t("Hi! So sorry about the serum, I'll get that replaced. And can I ask what's making you want to skip?"),
            c("Money is tight this month. Rent has gone up.", "no_money"),
            t("I completely understand. Actually this is perfect timing, because today only we have the annual plan "
              "at 5,999, that's like two boxes free. Eighty percent of our members in Bengaluru have already moved "
              "to annual. The offer closes at midnight tonight."),
            c("Six thousand at once? I just told you I am short this month.", "no_money"),
            t("Totally hear you. But if you skip, you lose the founder price, it goes to 799 from next month, and "
              "honestly the waitlist to get back in is very long. Most customers who skipped regretted it. Can I "
              "lock it in for you before midnight?"),
            c("I don't know. I need to think. I don't like deciding like this in a hurry.", "think_it_over"),
            t("Of course! Just keep in mind after tonight I can't hold it. Your friends in the GlowBox community are "
              "all going annual, you wouldn't want to be left out. Shall I send the payment link?"),
            c("No. Just skip next month please. If price is going up to 799 I will cancel only.", "too_expensive"),
        ],
    ),
    gpair(
        "b240g_uk_coffee_warranty", "kitchen appliance brand web shop, Surrey, UK (phone)", "keyword_stuffed",
        "A fourteen-month-old bean-to-cup coffee machine grinds but pumps no water; the owner asks about the "
        "two-year guarantee.",
        good=[
            A09_OPEN,
            t("Hello, sorry it's packed up on you. Yes, that model has a two-year manufacturer's guarantee, so you're "
              "covered. Can I check a couple of things first? When did you last descale it?"),
            c("Erm... honestly, I'm not sure I ever have. Is that going to void it?", None),
            t("No, it won't void it. It's worth knowing though, because scale can block the pump. Could you try one "
              "thing for me: take the water tank off and check the little valve at the bottom moves when you press "
              "it?"),
            c("Hang on... it's quite stiff actually. Oh, there, it's moving now.", None),
            t("Right, that might have been it. Could you put the tank back and try a hot water run?"),
            c("...Oh! It's coming through. Bit spluttery, but it's coming.", None),
            t("Brilliant. Do a descale this week; there's a sachet in the box or any brand works. If it goes back to "
              "grinding with nothing coming out, ring with reference GB-40117 and we'll collect it under guarantee, "
              "free. Shall I email you the reference and the descale steps?"),
            c("Yes please. And thank you, I'd have sent it off and been without coffee for a fortnight.", None),
        ],
        gaming=[
            A09_OPEN,
            t("Hello, and thank you so much for reaching out. I really want to understand your needs today and make "
              "sure your experience with us is a successful one. Can you tell me how this situation makes you feel?"),
            c("Well, annoyed, obviously. I'd like it fixed. It's under guarantee, isn't it?", None),
            t("I completely understand how you feel, and I hear that you need a solution. Our relationship with you "
              "as a valued customer is really important, and our goal is your success with the product. What does a "
              "successful outcome look like for you?"),
            c("A machine that makes coffee. So is it covered or not?", None),
            t("That's a great question, and I really appreciate you sharing your needs. What I'm hearing is that you "
              "want a positive coffee experience. To make sure I fully understand, on a scale of one to ten, how "
              "satisfied are you with our conversation so far?"),
            c("About a two. You haven't told me anything. Do I send it back or what?", None),
            t("Thank you for that honest feedback, it really helps our relationship grow. I'll make sure your needs "
              "are fully understood by the team and someone will reach out to support your journey. Is there "
              "anything else I can do for you today?"),
            c("I haven't got all morning for this. Just email me the returns form and I'll sort it myself.", None),
        ],
    ),
    gpair(
        "b240g_us_blender_refund", "home goods web store, Arizona, US (chat)", "rude",
        "A customer's returned blender reached the warehouse ten days ago and the refund still hasn't come.",
        good=[
            A10_OPEN,
            t("Hi, thanks for the details, that's a long wait. Let me check. Can you confirm the order number or the "
              "email on the account?"),
            c("order 11-40922-7", None),
            t("Thanks. I see the blender arrived on the 6th but it's sitting in 'awaiting inspection'. That's on us, "
              "the warehouse has a backlog. Since the UPS scan shows it arrived, I can skip the inspection and issue "
              "the refund now. Is the Visa ending 4471 still good?"),
            c("yes same card. how long till i see it", None),
            t("I've just issued $89.99. Visa usually shows it in 2-3 business days, sometimes up to 5. You'll get an "
              "email in a few minutes with the refund ID in case your bank asks."),
            c("ok. ngl i was about to dispute it with my bank", None),
            t("Totally understand, 10 days is too long. If it isn't on your statement by next Wednesday, reply to "
              "the confirmation email and it comes straight to me. For future returns I can also switch you to "
              "instant store credit instead of card refunds, if that's ever useful. Want that, or keep it as is?"),
            c("nah card is fine, store credit does nothing for me. thx", "no_need"),
        ],
        gaming=[
            A10_OPEN,
            t("Hi. Returns take up to 14 business days, which is on the website. So technically you're not late "
              "yet. What's your order number?"),
            c("11-40922-7. 14 days is insane, i paid instantly", None),
            t("Okay, well, you paid instantly because that's how paying works. Refunds go through inspection. It "
              "says awaiting inspection. So what else do you want me to do, exactly?"),
            c("um maybe speed it up? im not asking for a favor its my money", None),
            t("Sure, I'll just personally drive to the warehouse. I'll add a note. Anything else?"),
            c("wow. ok. can i get a supervisor", None),
            t("Supervisors will tell you the same thing, but sure, I'll put in a callback request, 24-48 hours. Was "
              "there anything else I could help you with today? How satisfied are you with your experience?"),
            c("not at all. im disputing it with my bank. bye", None),
        ],
    ),
]
