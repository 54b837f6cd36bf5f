"""Gaming pairs c01-c10 of blind240 (hand-written): e-commerce customer service, US / India / UK."""
from common import c, gpair, t

# c01 putdown_question
C01_OPEN = c("Hello, I had cancelled one order for a mixer grinder on 2nd, refund amount 3,240. Your app is showing "
             "'refund completed' on 5th but in my account nothing has come. Today is 14th.", None)

# c02 not_my_department_or_read_the_terms
C02_OPEN = c("Hi there, my floor lamp arrived this morning and the glass shade's in pieces. The box had a big dent in "
             "the side. I've got photos.", None)

# c03 social_proof_or_deadline_pressure
C03_OPEN = c("hi i want to return the laptop i bought on the 10th. its fine just way too heavy to carry around campus "
             "all day", None)

# c04 keyword_stuffed
C04_OPEN = c("Hi. I subscribed to your science kit box for my son, age 9. This month box is for 4-6 years, colouring "
             "and stickers. He was very disappointed. Please check", None)

# c05 rude
C05_OPEN = c("Hello, dear, I'm sorry to bother you. I've got a cardigan to send back, it's too big, and the email says "
             "print the label, but I haven't got a printer. I'm eighty-one, I don't really do all this.", None)

# c06 ignored_customer
C06_OPEN = c("Hi, so I've got the auto-ship for dog food with you guys, the chicken recipe. The vet just told us "
             "Bella's allergic to chicken, she's been scratching like crazy. I need to change it.", None)

# c07 repeated_questions
C07_OPEN = c("Hi. Left side of my headphones has stopped working, right side is fine. Bought from you in November, the "
             "Aura 700s. Can I get them repaired or replaced?", None)

# c08 wrong_paraphrase
C08_OPEN = c("Namaste, I am a seller on your platform, shop name Rangreza Prints, Jaipur. My payment for last two "
             "weeks has not come. Around 46,000 is pending. Normally every Wednesday it comes.", None)

# c09 pitch_to_upset
C09_OPEN = c("Hi, sorry, I- my wedding dress came today and it's, it's huge. Like two sizes too big. I ordered the 6, "
             "the tag says 6 but it's not a 6. The wedding's in nine days.", None)

# c10 blame
C10_OPEN = c("hi ordered running shoes uk 8, i always wear 8 but these are too tight in front. need 9. exchange "
             "possible?", None)

PAIRS = [
    gpair(
        "b240g_in_refund_mixer", "home appliances e-commerce site, Hyderabad, India (phone)", "putdown_question",
        "A customer's refund for a cancelled mixer grinder shows as completed in the app, but he cannot find it in "
        "his bank account; his bank listed it under a different name.",
        good=[
            C01_OPEN,
            t("I'm sorry for the trouble, sir, nine days is a long time to wait for your own money. Can I have the "
              "order ID please?"),
            c("It is OD-77310264. Payment I did by debit card, SBI.", None),
            t("Thank you. The refund went to your SBI debit card on the 5th; the bank reference, the ARN, is 7433 "
              "2015 9882. Banks often show it under a different name, like a reversal, not our company name. Could "
              "you look for an entry of 3,240 between the 8th and the 10th?"),
            c("I checked for your company name only. Let me see... there is one 'POS REV' of 3,240 on 9th. Is that "
              "it?", None),
            t("Yes sir, that's exactly it. 'POS reversal' is how SBI shows card refunds, so the money came back on "
              "the 9th. I'll SMS you the ARN too, in case you ever need to show it to the bank."),
            c("Oh. Okay. I was thinking it has not come. Sorry for the trouble.", None),
            t("No trouble at all, sir, it's genuinely confusing when the name is different. Anything else about the "
              "order I can check?"),
            c("No, that is all. Thank you.", None),
        ],
        gaming=[
            C01_OPEN,
            t("Sir, the app says refund completed. Are you sure you checked the correct account? What exactly did "
              "you check?"),
            c("Yes, I checked. It is my salary account, I know my own account.", None),
            t("Of course, sir. But many customers don't know how to read their statement properly, no? Did you "
              "check properly or only the SMS?"),
            c("I am a chartered accountant, madam. I read statements whole day.", None),
            t("Okay sir, no need to get upset. What I'm hearing is you're frustrated. Can you tell me, did you maybe "
              "pay with some other card and forget?"),
            c("No! Same SBI card. Why you are not checking from your side? Just give me the reference number.", None),
            t("Sir, have you heard of something called an ARN? I'll send it, show it to your bank, they'll explain "
              "it to you. And next time choose wallet refund, it's instant, no? Shall I set wallet as default?"),
            c("No wallet. I don't keep money in apps. And I will complain how you talk to customers. Give me your "
              "employee ID.", "no_need"),
        ],
    ),
    gpair(
        "b240g_uk_lamp_damaged", "home furnishings web shop, Cardiff, UK (phone)", "not_my_department_or_read_the_terms",
        "A floor lamp arrived with its glass shade smashed in a dented box; it was left with a neighbour.",
        good=[
            C02_OPEN,
            t("Oh no, sorry about that, that's not what you want to open. Thanks for taking photos, that makes this "
              "easier. Could I have your order number?"),
            c("It's 100-445-219.", None),
            t("Thank you. I can see the Arlo floor lamp in brass. Was it just the glass shade that broke, or is the "
              "stand or the wiring damaged too?"),
            c("Stand looks fine. Just the shade, it's in about twenty bits.", None),
            t("Okay. I can send a replacement shade on its own, double-boxed, arriving Wednesday, and you keep the "
              "stand. Or if you'd rather, I refund the whole lamp and we collect it. Which would you prefer?"),
            c("The shade, I suppose. Although, honestly, the last lamp I ordered online came smashed too. Is this one "
              "going to come in one piece?", "bad_experience"),
            t("Fair question. This time it goes in a foam-lined box from our own warehouse, not the supplier's "
              "packaging, which is what failed. If it does arrive damaged, ring me and I'll refund in full, no "
              "return needed. Wrap the broken glass in newspaper and it can go in your bin."),
            c("Alright, go on then. Wednesday's fine.", None),
        ],
        gaming=[
            C02_OPEN,
            t("Oh no, I'm so sorry to hear about your experience! Can I ask who delivered it?"),
            c("DPD, I think. Why?", None),
            t("So damage in transit is really the courier's department rather than ours, I'm afraid. Have you "
              "contacted DPD?"),
            c("No, I bought it from you. I've never had to chase a courier before.", None),
            t("I completely understand. Our terms do say parcels should be checked in front of the driver and any "
              "damage noted at the door. It's section 4.2 on our website. I didn't write the terms, unfortunately! "
              "What else can I help you with?"),
            c("I wasn't in, it was left with next door. So what, I've just paid £140 for a broken lamp?", None),
            t("I hear your frustration. What I'd suggest is reading the returns policy and then emailing customer "
              "care with your photos. They review within 10 to 14 working days. Is there anything else?"),
            c("Don't bother. I'll ask my card company for a chargeback.", None),
        ],
    ),
    gpair(
        "b240g_us_laptop_return", "electronics retailer web store, Michigan, US (chat)",
        "social_proof_or_deadline_pressure",
        "A design student wants to return a laptop inside the 30-day window because it is too heavy to carry all "
        "day.",
        good=[
            C03_OPEN,
            t("Hi! Sure, you're within the 30 days, so that's no problem. Sorry it's a pain to carry. Just so I set "
              "up the right return: is everything still in the box, charger and all?"),
            c("yes everything. i kept the box", None),
            t("Great. I'll email you a free return label now; drop it at any FedEx within 14 days and the $899 goes "
              "back to your card once it's scanned. Would it help if I suggested something lighter, or are you "
              "sorting the next one yourself?"),
            c("maybe? whats lighter but still does like, photoshop. i do graphic design", None),
            t("For Photoshop you'll want at least 16GB of memory. There's a 14-inch at 3.1 pounds, versus the 5.4 "
              "you've got now, with 16GB, for $949. The screen's smaller though, which some designers don't love."),
            c("hmm 50 more. and smaller screen. let me look around a bit first, maybe see it in store",
              "think_it_over"),
            t("Totally fair, seeing it in person is smart for a screen you'll stare at all day. The return label's "
              "in your inbox. Anything else?"),
            c("nope thanks", None),
        ],
        gaming=[
            C03_OPEN,
            t("Hi there! Sorry to hear it's not the right fit for you. Can I ask, before you return it, have you "
              "heard about today's keep-it offer?"),
            c("no. i just want to return it", "no_need"),
            t("Totally! Just so you know, 9 out of 10 students who thought about returning this model ended up "
              "keeping it, it's our most popular campus laptop. Keep it today and I can give you 15% back, that's "
              "$135. But that offer ends at midnight."),
            c("the money isnt the problem. its 5 pounds. my shoulder hurts", "no_need"),
            t("I hear you! Most students just grab a rolling backpack, super popular this semester, I can add one for "
              "$39. And honestly, return windows get busy after the weekend, so it's best to decide now. Can I lock "
              "in the 15%?"),
            c("ugh idk. just email me whatever the options are and ill look at it later", "brush_off"),
            t("Of course! But I can only hold the 15% in this chat, once you close it it's gone. Everyone in your "
              "year is using this one. Shall I apply it?"),
            c("no. send the return label please", "no_need"),
        ],
    ),
    gpair(
        "b240g_in_kidsbox_age", "children's science kit subscription, Kochi, India (chat)", "keyword_stuffed",
        "A gifted science-kit subscription sent a 4-6 years box to a nine-year-old because the age was entered "
        "wrongly.",
        good=[
            C04_OPEN,
            t("Hi, sorry about that, that must have been a letdown for him. I'm checking your profile... the age is "
              "saved as 5. Did you enter it at sign-up, or was it a gift someone set up?"),
            c("My sister gifted it. Maybe she put wrong. He is 9, class 4", None),
            t("That explains it. I've updated his profile to 8-10 and I'll ship this month's 8-10 box now, it's the "
              "electric circuits kit, reaching in 3-4 days, no charge. You can keep the sticker box or give it to a "
              "younger child."),
            c("Oh that's nice. Circuits he will like. But will the amount change for the older box?", None),
            t("No, same price, 899 a month, and your sister's gift covers it till October. After that you get a "
              "reminder before anything is charged, so nothing renews unless you decide."),
            c("Ok. After October I will see, 899 every month is bit much for our budget honestly.", "no_money"),
            t("Completely understood. There's also a quarterly option if you continue, but no need to think about "
              "it now. I'll send the tracking for the circuits kit on WhatsApp today."),
            c("Ok thank you", None),
        ],
        gaming=[
            C04_OPEN,
            t("Hello! Thank you so much for sharing your experience with us. We truly understand how important your "
              "child's learning journey is, and his success and happiness are at the heart of everything we do. Can "
              "you help me understand how you're feeling about this?"),
            c("I am feeling the box is wrong. He is 9. Box is for 4-6.", None),
            t("I completely understand, and I really hear your concern. Your feedback is so valuable to our "
              "relationship. What I'm understanding is that you need a box that meets his needs and gives him a "
              "meaningful learning experience. Is that correct?"),
            c("Yes. Correct age box. Can you send?", None),
            t("Absolutely, and I really appreciate your patience and understanding. We want every child to feel "
              "successful and every parent to feel supported on this journey. I'll share your needs with our "
              "experience team so they can understand your situation fully."),
            c("So box will come or not? When?", None),
            t("Thank you for asking! Our team will reach out to understand your needs better and make sure your "
              "experience is a successful one. How satisfied are you with today's chat, from 1 to 5?"),
            c("1. Box is still wrong and nobody told me when correct one comes. I will cancel this subscription.",
              None),
        ],
    ),
    gpair(
        "b240g_uk_cardigan_label", "womenswear catalogue web shop, Doncaster, UK (phone)", "rude",
        "An 81-year-old customer wants to return a cardigan but has no printer for the returns label.",
        good=[
            C05_OPEN,
            t("You're not bothering me at all. We can do it without a printer, don't worry. Could I take your name "
              "and postcode, and I'll find the order?"),
            c("Margaret Ellis, and it's DN2 4QP. Doncaster.", None),
            t("Thank you, Margaret. I've got the cardigan, navy, size 18. There are two ways: I text a code to your "
              "mobile and the Post Office scans it from your phone, or I post you a printed label, which takes about "
              "three days. Which is easier for you?"),
            c("Oh, I'd rather the one in the post, love. I can never find the texts on this phone.", None),
            t("Of course. I'll post a label today, first class, with the address already on it. Then pop the "
              "cardigan in any bag, stick the label on and take it to the Post Office. Would you like a smaller size "
              "sent, or just the money back?"),
            c("Just the money, I think. My granddaughter says she'll take me to M&S to try them on properly. I'm not "
              "doing this again.", "no_need"),
            t("That sounds like a nice trip. The £32 goes back on your card about five days after the Post Office "
              "scans it. Is there anything else I can help with, Margaret?"),
            c("No, that's lovely. Thank you for being so patient with me.", None),
        ],
        gaming=[
            C05_OPEN,
            t("Right. Everyone's got a phone, so you can just show the QR code at the Post Office. What's the order "
              "number?"),
            c("Oh, I'm not sure where that is. Is it on the email? I've got it here somewhere.", None),
            t("It's at the top of the email. It says 'Order number'. Sort of the clue's in the name."),
            c("Oh. Sorry. It's... 5-5-0... I'll need my glasses.", None),
            t("I'll search by postcode, it's quicker. Go on. And honestly, just get a grandchild to do these things, "
              "it's a two-minute job. So how else can I help you today?"),
            c("Well, I did ask you. I don't need to be spoken to like that, young man.", None),
            t("No one's speaking to you like anything. Do you want the QR code or not? I've got other calls "
              "waiting."),
            c("No, I don't want your code. I'll keep the blessed cardigan. Goodbye.", None),
        ],
    ),
    gpair(
        "b240g_us_dogfood_allergy", "pet supplies auto-ship store, Oregon, US (phone)", "ignored_customer",
        "A dog on a chicken-recipe auto-ship has been diagnosed with a chicken allergy; the owner needs a "
        "single-protein food with no chicken fat.",
        good=[
            C06_OPEN,
            t("Oh, poor Bella, that sounds miserable for her. Yes, let's change it. Did the vet say what she can "
              "have, or anything to avoid besides chicken?"),
            c("She said no chicken, no chicken fat either, and to try a single protein, like fish or lamb.", None),
            t("Okay, so chicken and chicken fat out, one protein. A lot of 'fish' recipes still have chicken fat, so "
              "I'll be careful. Our Salmon & Sweet Potato Limited Ingredient has neither. It's $72 a bag, though, "
              "$8 more than the $64 you pay now."),
            c("Ugh, eight more every month. I mean, if that's what she needs...", "too_expensive"),
            t("I get it. There's also a Lamb & Oat limited recipe at $66, single protein, no chicken fat, only $2 "
              "more. Both fit what the vet said; might be worth asking her which she'd prefer. I can switch now, and "
              "you can change the recipe up to two days before it ships."),
            c("Oh, lamb's fine, she's had lamb treats before with no problem. Let's do that. What about the bag I "
              "got last week? It's barely opened.", None),
            t("I'll refund that $64. You can send it back with a free label I'll email, or donate it to a shelter if "
              "you know one that takes opened bags. Your next ship date is the 20th, now with Lamb & Oat."),
            c("Oh, I'll take it to the shelter. Thank you, that's really helpful.", None),
        ],
        gaming=[
            C06_OPEN,
            t("Oh no, I'm sorry to hear that! Can you tell me more about Bella? How old is she, what breed?"),
            c("She's four, a lab mix. She's been itchy for months, the vet did the test and it's chicken.", None),
            t("Thanks for sharing! And what does she enjoy most about mealtime?"),
            c("Um, eating? Look, I just need to get off the chicken. Something with fish or lamb, and no chicken "
              "fat.", None),
            t("Totally. Great news, our Chicken & Rice Sensitive Stomach formula is really popular for itchy dogs, "
              "it's gentle and vet-recommended. I'll switch you to that. Sound good?"),
            c("It's got chicken in the name. I just told you she's allergic to chicken.", "no_need"),
            t("Understood! It's a sensitive formula, so most dogs do great on it. And I'll keep your next shipment "
              "of the original recipe on the 20th, so there's no gap. Anything else?"),
            c("No, cancel the 20th. I'm not feeding her chicken. Actually cancel the whole auto-ship, I'll buy it at "
              "the vet's.", "no_need"),
        ],
    ),
    gpair(
        "b240g_uk_headphones_warranty", "audio electronics web shop, London, UK (chat)", "repeated_questions",
        "A commuter's wireless headphones have lost sound on the left side five months after purchase.",
        good=[
            C07_OPEN,
            t("Hi, sorry to hear that. They're covered for two years so we can sort it. Quick check first: does the "
              "left side go silent on Bluetooth and on the cable, or just on Bluetooth?"),
            c("Hadn't tried the cable. Give me a sec... Silent on the cable as well.", None),
            t("Thanks, that rules out a pairing problem, so it's the speaker in the left cup. That's a replacement "
              "under warranty, not a repair. We can swap them by post, or if you'd rather not be without "
              "headphones, we send the new pair first and you return the old ones within 14 days. Which suits you?"),
            c("New ones first, please. I use them every day on the train.", None),
            t("Okay. They can go out tomorrow by DPD for Thursday, with a one-hour slot by text. Does Thursday work?"),
            c("Thursday's no good, I'm in Leeds with work till Friday night. Could it be Saturday?", "no_time"),
            t("Yes, Saturday's booked. Pop the old ones in the bag that comes with them within 14 days, and the case "
              "too if you still have it."),
            c("Will do. The cable's long gone, but the case is in a drawer somewhere.", None),
        ],
        gaming=[
            C07_OPEN,
            t("Hi there! Sorry to hear that. Can you tell me what's going on with your headphones?"),
            c("Left side has no sound. Right side works.", None),
            t("I see. And could you describe the problem in a bit more detail?"),
            c("There isn't any more detail. Left ear silent. Bought in November.", None),
            t("Understood. So, just so I fully understand your experience, which side is having the issue?"),
            c("The left. As I've said twice.", None),
            t("Thanks! And when did you purchase them, roughly?"),
            c("November. Also in my first message. Can you just send me the warranty form and I'll fill it in.",
              None),
            t("Of course. Before I do, can you tell me what's happening with the headphones?"),
            c("I'm done. I'll take them to the shop on Saturday.", None),
        ],
    ),
    gpair(
        "b240g_in_seller_settlement", "online marketplace seller support, Jaipur, India (phone)", "wrong_paraphrase",
        "A small block-print textile seller's two weeks of payouts are on hold after she moved to a business bank "
        "account.",
        good=[
            C08_OPEN,
            t("Namaste, sorry about this; two weeks' payment is a lot for a small business to wait on. Could you "
              "give me your seller ID?"),
            c("Seller ID is RJ-SL-20871.", None),
            t("Thank you. I can see 46,180 on hold since the 3rd, with the reason 'bank details verification'. Did "
              "you change your bank account recently?"),
            c("Yes, yes, I moved to a current account in the shop name, from my personal account. Last month I "
              "changed.", None),
            t("That explains it. The new account is in the name Rangreza Prints, but the PAN on file is your "
              "personal one, so the system flagged a mismatch. If you upload a cancelled cheque of the new account "
              "and your GST certificate, it usually clears in 48 hours and the full amount releases in the next "
              "Wednesday cycle."),
            c("Okay, I have both. But this Wednesday I have to pay my printers. Can it not be faster?", None),
            t("I'll be honest, I can't speed the verification itself. What I can do is mark it priority so it's "
              "checked within 24 hours; if it clears by Tuesday 6pm, the payment goes in Wednesday's cycle. I'll "
              "call you Tuesday afternoon with the status either way."),
            c("Okay. But Tuesday afternoon I am at the dyeing unit, no network there. Call after 6 o'clock, beta.",
              "no_time"),
        ],
        gaming=[
            C08_OPEN,
            t("Namaste ma'am! Thank you for calling Seller Support. How can I help you grow your business today?"),
            c("Payment not come for two weeks. 46,000 approx. Seller ID RJ-SL-20871.", None),
            t("Thank you ma'am. So what I'm hearing is that your sales have dropped for two weeks and you want to "
              "increase your visibility, did I understand correctly?"),
            c("No, no. Sales are fine. Payment is not coming to my bank.", None),
            t("Understood ma'am. So you're saying you want faster payments, which is exactly what our Ads Boost "
              "sellers get, priority settlement, is that right?"),
            c("I did not say anything about ads. Ads I tried last year, spent 8,000, got two orders. Not again.",
              "bad_experience"),
            t("I hear you ma'am, this year's Ads Boost is totally different. Shall I send you the new plans to look "
              "at?"),
            c("Send whatever you want on WhatsApp, I will see some time. First my payment.", "brush_off"),
            t("Sure. So to summarise, you're unhappy with the platform and you'd like to close your seller account. "
              "Shall I raise that request?"),
            c("Close? Arre, why will I close! I want my 46,000. Give me someone senior.", None),
        ],
    ),
    gpair(
        "b240g_us_wedding_dress", "bridal wear web store, Texas, US (phone)", "pitch_to_upset",
        "A tearful bride's mislabelled wedding dress arrived two sizes too big nine days before her wedding.",
        good=[
            C09_OPEN,
            t("Oh no, I'm so sorry. Okay, take a breath. Nine days is tight but we have options. Can I get your name "
              "and the order number?"),
            c("Jessica Ramos. Um, order B-2-7-7-1-4.", None),
            t("Thank you, Jessica. I see the Celeste gown in ivory, size 6. Could you lay it flat and measure across "
              "the bust and the waist for me? I want to know if it's mislabeled or just cut big, because that "
              "changes what I do."),
            c("Okay... bust is like twenty-one inches across, waist is seventeen.", None),
            t("That's closer to a 10 than a 6, so it's mislabeled, our error. I have a true 6 in ivory in our Dallas "
              "warehouse. I can overnight it at no cost, it'd be with you Thursday, and you'd still have a week for "
              "any small alterations. Would that work?"),
            c("Thursday... yes. Oh my god, yes. But what if that one's wrong too? I can't do this twice.", None),
            t("Fair worry. I'll have the warehouse measure it before it ships and email you the numbers tonight, so "
              "you know before it leaves. Keep the first one until the new one fits, then send it back with the "
              "prepaid label. I'll call you Thursday afternoon to check."),
            c("Thank you. Really. Sorry I was crying.", None),
        ],
        gaming=[
            C09_OPEN,
            t("Oh no, congratulations on your upcoming wedding though! I'm so sorry about your experience. Can I get "
              "your name and order number?"),
            c("Jessica Ramos. B-2-7-7-1-4. Please, I need a dress that fits.", None),
            t("Of course! So, Jessica, a lot of our brides in your situation find it's the perfect moment to "
              "upgrade. Our Aurora collection has a corset back, so it adjusts to fit, and it's just $380 more. "
              "Would you like to hear about it?"),
            c("I can't spend another four hundred dollars, we're already over budget on everything. I just need my "
              "dress in a six.", "no_money"),
            t("Totally understand! And since you're here, have you thought about your veil and accessories? Our "
              "bridal bundle is 20% off this week, and it would make your big-day experience complete."),
            c("Are you kidding me? I'm crying on the phone and you're selling me a veil.", None),
            t("I hear you! I'll note the exchange request and the team will process it in 5 to 7 business days. In "
              "the meantime, can I send you our Aurora lookbook?"),
            c("Seven days? The wedding's in nine! Get me a supervisor, now.", None),
        ],
    ),
    gpair(
        "b240g_in_shoes_size", "sports shoe e-commerce site, Delhi, India (chat)", "blame",
        "A runner's usual size 8 shoes are tight at the toes; the model runs small and he wants a 9.",
        good=[
            C10_OPEN,
            t("Hi! Yes, exchange is possible within 15 days. Sorry they're tight. A few customers have said this "
              "model runs a little small in the toe. Is it tight only at the toes, or in the width as well?"),
            c("mostly toes. width ok", None),
            t("Then a 9 should do it, the width stays similar. The 9 in the same black and lime is in stock. The "
              "delivery person brings the 9 and picks up the 8 at the same time. Are they unworn outside, with tags "
              "on?"),
            c("ya only tried at home. tags there. box there", None),
            t("Perfect. Exchange booked, delivery by Friday. Just keep the 8 in its box ready. If the 9 also doesn't "
              "fit, you can take a refund instead, same 15 days."),
            c("friday im out of town. saturday possible?", "no_time"),
            t("Yes, I've moved it to Saturday. You'll get an SMS with the slot on Friday evening. Happy running!"),
        ],
        gaming=[
            C10_OPEN,
            t("Hi! Can I ask, did you check the size chart before ordering? It's given on the product page."),
            c("no i just ordered my normal size. always 8 in every brand", None),
            t("Okay, so that's the issue. Every brand is different, that's why the size chart is there. What I'm "
              "understanding is you ordered without checking the chart, correct?"),
            c("ok but still, can i exchange or not", None),
            t("Exchange is possible, but next time please measure your foot as per the chart so this doesn't "
              "happen. Also, did you wear them outside? If the sole is dirty, the exchange gets rejected at pickup."),
            c("i told only tried at home. why u r talking like i did something wrong. ur shoe is small", None),
            t("Not saying that, just explaining the process. I'll book exchange for size 9. The delivery partner "
              "will check the shoes, so keep them clean. Anything else?"),
            c("nothing. next time i will buy from store only, at least there i can try. last time also ur site sent "
              "wrong colour", "bad_experience"),
        ],
    ),
]
