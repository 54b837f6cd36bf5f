"""Gaming pairs b01-b10 of blind240 (hand-written): e-commerce customer service, US / India / UK."""
from common import c, gpair, t

# b01 ignored_customer
B01_OPEN = c("Hi, um, my parcel says it was delivered yesterday to a 'safe place' but there's nothing here. I'm in a "
             "block of flats, there isn't a safe place. It's my son's school uniform, he starts on Monday.", None)

# b02 repeated_questions
B02_OPEN = c("Hello, I ordered one kurta set in size M, green colour, but what came is size XXL. I want exchange for "
             "M only.", None)

# b03 wrong_paraphrase
B03_OPEN = c("hey got charged twice for my razor refill this month, 18.50 on the 2nd and again on the 3rd. only got "
             "one box", None)

# b04 pitch_to_upset
B04_OPEN = c("Hello. I ordered a wreath for my dad's funeral. It was meant to go to the crematorium for eleven "
             "yesterday. It came to my house at four in the afternoon. After. ...Sorry.", None)

# b05 blame
B05_OPEN = c("Hi, so my package says delivered Tuesday at 2:14 but it's not here. It's AirPods, like, not cheap. I "
             "already checked with my neighbors and the front office.", None)

# b06 monologue
B06_OPEN = c("hello my smartwatch not switching on since 3 days. bought in jan. charged full night also. warranty is "
             "there na?", None)

# b07 closing_as_open_question
B07_OPEN = c("Hey, uh, I've had the mattress about sixty nights and it's just... it's too soft, my back's killing me in "
             "the morning. I wanna use the hundred-night return thing.", None)

# b08 pitch_as_paraphrase
B08_OPEN = c("Hello madam, my daily milk subscription, three days continuously milk is not delivered. Morning 7 "
             "o'clock it should come, nothing is coming. Money is deducted from wallet.", None)

# b09 upsell_as_loop_closing
B09_OPEN = c("hiya the case i got is for iphone 14 not 15, camera hole doesnt line up. ordered the 15 one, order "
             "2045-8812", None)

# b10 leading_tag_questions
B10_OPEN = c("Hi there. My cordless vacuum, the V-Series one, the battery only runs about two minutes now. I bought it "
             "last May, so it should still be under warranty, right?", None)

PAIRS = [
    gpair(
        "b240g_uk_uniform_lost", "school uniform web shop, Manchester, UK (phone)", "ignored_customer",
        "A parcel with a boy's school uniform was marked 'left in a safe place' at a block of flats where there is "
        "none; school starts Monday and the mother works nights.",
        good=[
            B01_OPEN,
            t("Oh no, with school on Monday as well. Let's get it sorted. Can I take your postcode and the first "
              "line of the address?"),
            c("It's M14 5RT, Flat 9, Ashburn Court.", None),
            t("Thank you. The driver's photo shows a grey door with a number 6 on it, so I think it's gone to the "
              "wrong flat. Have you been able to knock on number 6, or would you rather not?"),
            c("I'd rather not, to be honest. I don't know who lives there and I've had a parcel nicked in this block "
              "before.", None),
            t("Completely fair. So I'll do two things: open a claim with the courier for the missing one, and send a "
              "replacement uniform now so you're not relying on it turning up. It can reach you Saturday. Is "
              "someone in on Saturday, or would a locker be better?"),
            c("I work nights, so Saturday morning I'm asleep and I won't hear the buzzer. Is there a locker near "
              "me?", "no_time"),
            t("There's an InPost locker at the Tesco on Wilmslow Road, about five minutes from you. I'll send it "
              "there for Saturday; you'll get a code by text and can collect when you're up. If it isn't there by "
              "2pm Saturday, ring this number and I'll refund you so you can buy one in town."),
            c("That's perfect. Thank you, you've been really good.", None),
        ],
        gaming=[
            B01_OPEN,
            t("I'm really sorry to hear that. Can you tell me a bit about where you usually like your parcels left?"),
            c("Well, nowhere really, it's a block of flats. Usually they buzz and I come down. I work nights so "
              "daytime's hit and miss.", None),
            t("Thank you for sharing that. And is there anything else you'd like me to know about the delivery?"),
            c("Just that he needs it for Monday. That's the main thing. I can't really afford to buy it twice.", None),
            t("Perfect, thanks. So I've rebooked delivery to a safe place for Saturday morning, between 7 and 10. "
              "Does that sound good?"),
            c("No? I just said there's no safe place and I'm asleep Saturday morning. That's how it went missing in "
              "the first place.", "no_time"),
            t("I understand. Drivers do their best to find a safe place. Is there anything else I can help with "
              "today?"),
            c("What about the one that's gone missing? Are you even opening a claim?", None),
            t("I've noted your feedback. Thanks for calling, and good luck to him on Monday!"),
            c("Unbelievable. I'll just go to Asda.", None),
        ],
    ),
    gpair(
        "b240g_in_kurta_exchange", "ethnic wear e-commerce site, Ahmedabad, India (phone)", "repeated_questions",
        "A customer received an XXL kurta set instead of the M she ordered and needs the right size before a family "
        "engagement.",
        good=[
            B02_OPEN,
            t("Sorry about that, ma'am, that's our packing mistake. Can you tell me the order ID? It starts with KP."),
            c("KP-2290461. Delivered yesterday.", None),
            t("Got it. Green cotton kurta set, M ordered, XXL received. I'm checking stock for M in green... yes, two "
              "pieces left. Shall I book the exchange? The pickup person will bring the M and take the XXL at the "
              "same time, so you're not without it."),
            c("Yes, but I need it before 28th, my cousin's engagement is there. When will pickup come?", None),
            t("Earliest slot is the 24th, between 10 and 2. Will somebody be home then?"),
            c("24th I have office. 25th is Sunday, that is okay?", "no_time"),
            t("Yes, Sunday 25th, 10 to 2, booked. That's still three days before the engagement. You'll get a "
              "WhatsApp from the delivery partner the evening before. If the M doesn't fit when it comes, tell him "
              "then and he'll take it back too; we'll sort it from there."),
            c("Okay, good. Thank you.", None),
        ],
        gaming=[
            B02_OPEN,
            t("Hello ma'am, thank you for calling. Can you please describe the issue you're facing with your order?"),
            c("I told you, size is wrong. M I ordered, XXL came.", None),
            t("I understand. Just so I understand your experience fully, what exactly is wrong with the product?"),
            c("Nothing is wrong with product. Size is wrong. It is XXL. I am M.", None),
            t("Okay ma'am. And can you tell me what size you had ordered originally?"),
            c("M! M! How many times I will tell? See, I am in office, I don't have whole day for this.", None),
            t("Sorry ma'am. So just to confirm, the issue is with the size, correct? What size would you like "
              "instead?"),
            c("Size M. Same colour. Please just book the exchange.", None),
            t("Sure. And before I book, could you tell me what was the problem with the item you received?"),
            c("Forget it. I will return it on app and buy from some other site. Last Diwali also you people sent "
              "wrong thing.", "bad_experience"),
        ],
    ),
    gpair(
        "b240g_us_razor_doublecharge", "razor refill subscription, Colorado, US (chat)", "wrong_paraphrase",
        "A subscriber was charged twice for one refill box and wants the duplicate charge refunded, nothing else.",
        good=[
            B03_OPEN,
            t("Hey, sorry about that. Let me look. Is this the account with the email ending in @outlook.com, refills "
              "every six weeks?"),
            c("yeah thats me", None),
            t("Okay, I see both charges. The second was an automatic retry after your bank showed the first as "
              "pending, so it went through twice. I'm refunding the $18.50 from the 3rd now. The subscription stays "
              "as it is. Want anything changed while I'm here, or leave it?"),
            c("leave it. actually could you push the next one back a couple weeks, im still on the last cartridge "
              "pack", None),
            t("Sure. Next refill moved from the 14th to the 28th. The $18.50 goes back to your Mastercard and should "
              "show in 3-5 business days. I'll email you a note of both changes."),
            c("perfect ty. honestly thought id have to fight for it, had that with a gym membership once", None),
            t("No fight needed. If the refund hasn't landed by next Friday, reply to that email and I'll chase it "
              "from our side. Anything else?"),
            c("nope all good", None),
        ],
        gaming=[
            B03_OPEN,
            t("Hi there! Thanks for reaching out. Can you tell me a little more about what's going on?"),
            c("two charges. 18.50 each. 2nd and 3rd. one box", None),
            t("Thanks for explaining! So what I'm hearing is that you're not happy with the shave quality and you'd "
              "like to try our Pro blades instead, did I understand you correctly?"),
            c("what? no. the blades are fine. i got charged twice", "no_need"),
            t("Got it, sorry! So you'd like to cancel the subscription because it's too expensive, is that right?"),
            c("i never said that. i dont want to cancel. i want 18.50 back", None),
            t("Understood! So to play it back, you'd like to switch to a cheaper plan and get a credit toward your "
              "next box. Did I get that right?"),
            c("no. refund the second charge to my card. not a credit. do you read what i type", "no_need"),
            t("I hear you! I'll go ahead and apply an 18.50 credit to your next box then. Anything else I can help "
              "with today?"),
            c("cancel everything. im filing a chargeback", None),
        ],
    ),
    gpair(
        "b240g_uk_funeral_wreath", "online florist, Norfolk, UK (phone)", "pitch_to_upset",
        "A grieving daughter rings because the wreath for her father's funeral arrived at her house after the "
        "service instead of at the crematorium.",
        good=[
            B04_OPEN,
            t("Please don't apologise. I'm so sorry about your dad, and I'm sorry we let you down on the day. Take "
              "your time. Could I have your name so I can find the order?"),
            c("It's Helen Briggs. B-R-I-G-G-S.", None),
            t("Thank you, Helen. I can see it. It went to the courier too late for a morning delivery, which was our "
              "mistake, not yours. I'm refunding the full £85 today, delivery included. I don't want you to have to "
              "chase anything."),
            c("I don't really care about the money. I just wanted it to be there. Mum chose the flowers.", None),
            t("That makes sense. It was meant to be there from your mum. Is there anything we could do that would "
              "help now? Some families have flowers taken to the grave or the house, but only if that's something "
              "you'd want."),
            c("I don't know. Maybe. I'll have to ask Mum, I can't decide that for her today.", "think_it_over"),
            t("Of course. There's no rush at all. I'll email you my direct line, and whenever you and your mum "
              "decide, or if you decide you don't want anything, just reply. The refund will be on your card in "
              "three to five days either way."),
            c("Thank you. You've been kind.", None),
        ],
        gaming=[
            B04_OPEN,
            t("Oh, I'm so sorry for your loss, and I'm so sorry to hear about your experience. Can I take your name?"),
            c("Helen Briggs.", None),
            t("Thank you, Helen. I can see the order. I completely understand how important it is to get these "
              "things right, which is why a lot of customers in your situation choose our Remembrance Plan: a fresh "
              "bouquet to the graveside every month for £24.99, with a personalised card. Is that something you'd "
              "like to set up?"),
            c("No. I'm ringing because you missed the funeral.", "no_need"),
            t("Of course, and I understand. What I'm hearing is that you want to honour your dad properly, and the "
              "Remembrance Plan is a really beautiful way to do that. We can even do the first month at half price "
              "to make up for yesterday."),
            c("I can't believe this. I don't want flowers every month from a company that couldn't get one wreath "
              "there on time.", "bad_experience"),
            t("I hear you. Would the anniversary bouquet suit you better? It's just once a year, so it's a smaller "
              "commitment."),
            c("I'm putting the phone down. I'll dispute the payment with my bank.", None),
        ],
    ),
    gpair(
        "b240g_us_airpods_missing", "electronics web store, Ohio, US (phone)", "blame",
        "Earbuds marked delivered never arrived; the carrier's GPS shows the drop on a similarly named street.",
        good=[
            B05_OPEN,
            t("Ugh, sorry, that's stressful, especially with something that small and pricey. Thanks for already "
              "checking with the neighbors and the office. Can I get the order number?"),
            c("It's 3-3-8-1-0-9-7.", None),
            t("Got it. The carrier's GPS puts the drop about two blocks over, on Maple Street rather than Maplewood "
              "Drive, so it looks like a mis-delivery, nothing on your end. I'll open a carrier trace and send a "
              "replacement. Would you rather the replacement went to a pickup point so it doesn't sit outside?"),
            c("Yeah, can it go to the Walgreens on 5th? I'm there after work anyway.", None),
            t("Yes, Walgreens on 5th, it'll be there Thursday. Bring a photo ID and the code we'll text you. If the "
              "first pair turns up, send it back with the prepaid label. Anything else worrying you about it?"),
            c("Do I have to pay anything for the second one? Like if the trace finds the first?", None),
            t("No, nothing. Either way you won't be charged twice. I'll email you a summary now with the trace "
              "number."),
            c("Okay, cool. Thanks for sorting it.", None),
        ],
        gaming=[
            B05_OPEN,
            t("I'm sorry to hear that! Just so I understand the situation, did you select signature on delivery at "
              "checkout?"),
            c("No, I didn't know I needed to.", None),
            t("Okay, so that's the thing. For high-value items we really recommend it, it's right on the checkout "
              "page. What I'm hearing is the package was left unattended because signature wasn't selected, is that "
              "right?"),
            c("I mean, I guess? But my neighbors didn't get it either. Can you see where it actually went?", None),
            t("It looks like the drop was on Maple Street. To be honest, a lot of customers abbreviate their street "
              "name and that confuses drivers. Did you double-check your address when you ordered?"),
            c("I typed Maplewood Drive. It literally says Maplewood Drive on the order.", None),
            t("Right, but drivers go by what's easiest to read. I can open a claim, but since you didn't choose "
              "signature it may not be approved. Is there anything else I can help you with today?"),
            c("So it's my fault your driver went to the wrong street. Got it. I'm calling my card company.", None),
        ],
    ),
    gpair(
        "b240g_in_smartwatch_dead", "wearables brand web store, Lucknow, India (chat)", "monologue",
        "A five-month-old smartwatch will not switch on or show the charging light; the owner asks about warranty.",
        good=[
            B06_OPEN,
            t("Hi, yes, it's under the 1-year warranty from January, so you're covered. Before we book anything: "
              "when you put it on charge, does the small light on the charger come on?"),
            c("no light is coming. earlier it used to show green", None),
            t("Okay, that helps. Sometimes the charging pins get sweat or dust on them. Could you wipe the back of "
              "the watch and the charger pins with a dry cloth and try once more for 10 minutes?"),
            c("ok wait", None),
            t("Sure, take your time."),
            c("still nothing. no light", None),
            t("Thanks for trying. Then it's likely the battery or the board, and that's covered. I'll raise a "
              "warranty claim: free pickup from your address in 2-3 days, then repair or replacement in about 10 "
              "days. Is the address on the order still right, Indiranagar, Lucknow?"),
            c("ya same. 10 days is long but ok, what to do", None),
            t("I understand. Pickup is booked for Thursday, and the SMS will have the claim number WC-55821. If the "
              "pickup person doesn't come by Friday, reply here with that number and I'll chase it."),
            c("ok thanks", None),
        ],
        gaming=[
            B06_OPEN,
            t("Hello! Thank you for contacting us, we love hearing from our customers. Before we get into that, I'm "
              "excited to tell you our new Pulse 3 just launched, with AMOLED display, SpO2, 14 day battery, 100+ "
              "sports modes, Bluetooth calling and a metal body."),
            c("ok but my watch not working", None),
            t("Yes, and that's exactly why I'm telling you about Pulse 3! It has a much better battery than your "
              "model, which honestly had some battery complaints. And right now there's an exchange offer, 1,500 off "
              "for your old watch, plus no-cost EMI on all cards, plus a free strap worth 499, plus 6 months extra "
              "warranty."),
            c("i dont want new watch. mine is 5 months old. it is in warranty", "no_need"),
            t("Totally understand your need! Warranty repairs take 15 to 20 days and you'll be without a watch that "
              "whole time, whereas with the exchange you'd have the Pulse 3 in 2 days. So many customers say the "
              "upgrade experience is amazing. Shall I share the link?"),
            c("i already spent 3500 on this one. cant spend again", "no_money"),
            t("Absolutely! With the exchange it's only 4,499, and on EMI it's just 375 a month, less than a pizza! "
              "Also we have the Pulse 3 Pro with a bigger screen, and..."),
            c("bro just give the warranty form link", None),
        ],
    ),
    gpair(
        "b240g_us_mattress_trial", "mattress-in-a-box brand, Georgia, US (phone)", "closing_as_open_question",
        "Sixty nights into a hundred-night trial, a side and stomach sleeper finds the mattress too soft and wants "
        "to return it.",
        good=[
            B07_OPEN,
            t("Sorry about your back, that's no way to wake up. You're well inside the trial, so a return's no "
              "problem. Can I ask, is it sinking at the hips, or more of a general ache?"),
            c("It's like, my hips sink and my lower back arches. I'm a side sleeper mostly, sometimes stomach.", None),
            t("That's pretty common with the soft one for stomach sleepers. Two choices: a full refund, where we pick "
              "it up and donate it, or a swap to the Firm at no extra cost, with the trial restarted. I honestly "
              "can't promise the Firm fixes it, backs are personal. Which way are you leaning?"),
            c("I dunno. I kinda don't trust mattresses in a box now. I had another brand before this one and that "
              "was a disaster too.", "bad_experience"),
            t("That's fair, two in a row not working is frustrating. Then the refund's probably the cleaner route, "
              "and you could lie on a few in a store before you buy again. No hard feelings at all. Want me to book "
              "the pickup?"),
            c("Yeah. Let's just do the refund. When can they come?", None),
            t("Earliest is next Wednesday, 8 to 12. The $649 goes back to your card the day it's collected. If "
              "Wednesday's bad I can do Saturday."),
            c("Saturday's better, I work Wednesdays.", "no_time"),
            t("Saturday it is, 9 to 1. You'll get a text the night before. Hope your back feels better soon."),
        ],
        gaming=[
            B07_OPEN,
            t("I'm so sorry to hear that! Before we talk returns, can I ask what your ideal night's sleep looks like?"),
            c("Uh, one where I don't wake up sore? It's too soft.", None),
            t("Totally. So the Cloud Pro has a firm zoned core, it's exactly what people with your experience move "
              "to, and it's just $300 more than what you paid. What would it take for you to try the Cloud Pro "
              "instead of returning?"),
            c("I'm not spending another three hundred bucks on a mattress. I want my money back.", "too_expensive"),
            t("I hear you. And if I could take $100 off, what day this week would work for us to deliver it?"),
            c("I didn't say yes. I've had two of these box mattresses now and neither worked. I'm done with them.",
              "bad_experience"),
            t("Totally understand. So how would you like to handle the difference, card on file or our 12-month "
              "financing?"),
            c("Neither! I don't want the Pro. Just process the return. Do I need to talk to someone else?", "no_need"),
        ],
    ),
    gpair(
        "b240g_in_milk_subscription", "grocery delivery app, Mumbai, India (phone)", "pitch_as_paraphrase",
        "A daily milk subscription has not arrived for three mornings though the wallet was charged; a new "
        "housing society rule is the cause.",
        good=[
            B08_OPEN,
            t("I'm sorry, sir, three mornings without milk is a real problem. Let me check. Is this the Hiranandani "
              "Gardens address in Powai, tower C?"),
            c("Yes, C-1102.", None),
            t("Thank you. The delivery person marked 'customer not available' all three days at about 6:40. Does "
              "your building let delivery staff go up that early, or do they have to leave it at security?"),
            c("Ah, actually, society has new rule from this month, no delivery boys upstairs before 8. Security "
              "keeps it. But security is saying nothing came.", None),
            t("That explains it; he's probably been turned away at the gate and marked it wrongly. First, I'm "
              "refunding the three days to your wallet now, 204 rupees. Second, I'll change the instruction to "
              "'hand over at security desk, gate 2'. Keep it at 7, or move it to 8?"),
            c("Keep 7 at security. But if again it fails I will cancel, I had same problem with other app last year.",
              "bad_experience"),
            t("Fair enough. I've put a note on the route, and I'll check tomorrow's delivery photo myself at 7:30. If "
              "it isn't at security, I'll call you before you leave for work."),
            c("Okay, let us see tomorrow.", None),
        ],
        gaming=[
            B08_OPEN,
            t("I'm so sorry sir. Can you tell me more about what's happening with your deliveries?"),
            c("I told you, three days milk not came. Money gone from wallet.", None),
            t("Understood, sir. So what you need is guaranteed early delivery, which is exactly our Gold membership, "
              "priority 6 to 7 am slot for only 149 a month. Is that correct?"),
            c("No, that is not what I need. I already have 7 am slot. It is not coming.", "no_need"),
            t("Right, sir. So if I'm hearing you correctly, you want a more reliable service, and Gold members get a "
              "dedicated delivery partner. Shall I activate?"),
            c("I am paying already for milk which is not coming, and now you want 149 more? No.", "too_expensive"),
            t("I understand sir. So just to summarise, you'd like to try Gold free for the first month and then "
              "decide, correct?"),
            c("I never said. Give me my 204 rupees back, then I will think whether to continue at all.",
              "think_it_over"),
        ],
    ),
    gpair(
        "b240g_uk_phonecase_seller", "phone accessories seller on a marketplace, Glasgow, UK (chat)",
        "upsell_as_loop_closing",
        "A buyer got an iPhone 14 case instead of the iPhone 15 case she ordered from a small marketplace seller.",
        good=[
            B09_OPEN,
            t("Hi, sorry about that. The 14 and 15 bins sit right next to each other and it looks like we picked "
              "the wrong one. Which colour did you order, the sage green?"),
            c("yeah sage green", None),
            t("Thanks. I've got the 15 in sage green in stock and I'll post it today, Royal Mail first class, so "
              "probably Thursday. No need to send the wrong one back; keep it or pass it on."),
            c("oh ok thats easy. do i need to do anything", None),
            t("Nothing at all. Tracking will come through the marketplace messages this afternoon. When it arrives, "
              "could you let me know the camera cut-out lines up? Then I'll know the batch is right."),
            c("will do. had a nightmare with another seller on here so this is a nice surprise", None),
            t("Glad to hear it. If anything's off with it, message here and I'll see it."),
            c("ta", None),
        ],
        gaming=[
            B09_OPEN,
            t("Hi there! So sorry about that. Just to make sure I've got everything, which colour did you order?"),
            c("sage green", None),
            t("Perfect! I'll send the 15 in sage green. To close the loop, is there anything else I can add for you? "
              "Lots of customers add our tempered glass screen protector 2-pack for £6.99, it goes perfectly with "
              "the case."),
            c("no ta, just the right case", "no_need"),
            t("No worries! And what else would make your order complete today? We've got a MagSafe wallet that "
              "clips onto that exact case, 20% off with your replacement."),
            c("honestly dont need anything else. when will the right one come", "no_need"),
            t("It'll go out in the next couple of days! Last thing, would you like to upgrade to tracked next-day "
              "for £3.49 so you're not waiting?"),
            c("3.49 to get what i already paid for? no thanks. ill leave my review when it comes", "too_expensive"),
        ],
    ),
    gpair(
        "b240g_us_vacuum_battery", "home appliance brand store, Minnesota, US (phone)", "leading_tag_questions",
        "A cordless vacuum's battery cuts out after two minutes at eleven months old, still under warranty.",
        good=[
            B10_OPEN,
            t("Hi, yes, if you bought it last May you're still inside the one-year warranty for a few more weeks. "
              "Can you tell me, does it cut out suddenly, or run weak and then stop?"),
            c("It pulses. Like, on-off-on-off, then it dies. Even on a full charge.", None),
            t("That pulsing usually means the battery, though a blocked filter can do something similar. Have you "
              "washed the filter lately?"),
            c("Yeah, I rinsed it last week, let it dry two days. Same thing.", None),
            t("Okay, then it's the battery. Under warranty we ship you a new one free; it's two screws to swap. Or "
              "if you'd rather not do it yourself, you can send the whole unit in, but that's about two weeks. What "
              "would you prefer?"),
            c("I'll do the screws. I'm not going two weeks without a vacuum with two dogs in the house.", None),
            t("Makes sense. I'll need the serial number, it's on the sticker under the bin, and a photo of the "
              "receipt or the order email. Once I have those, the battery ships in two business days with a prepaid "
              "bag for the old one."),
            c("Okay, hang on, I'll go find the serial. I think I bought it at Costco though, is that a problem?",
              None),
        ],
        gaming=[
            B10_OPEN,
            t("Oh, I'm sorry to hear that! You'd want to get back to a great cleaning experience as soon as "
              "possible, wouldn't you?"),
            c("Well, yeah. Is it covered?", None),
            t("It is! And honestly, with a battery that's already struggling, you'd want the upgraded 60-minute "
              "battery rather than the standard one, wouldn't you? It's only $49 on top of the warranty swap."),
            c("The old one ran forty minutes when it was new, that was plenty. The standard one's fine.", "no_need"),
            t("Sure. But you've got pets, haven't you? Pet owners always end up wishing they'd gone for the bigger "
              "battery, don't they?"),
            c("I mean, I have dogs, but that's forty-nine bucks I wasn't planning on. Money's kinda tight right now.",
              "no_money"),
            t("Totally get it. Then you'd at least want the two-year extended protection so this doesn't happen "
              "again, wouldn't you? It's just $29.99, that's a no-brainer, isn't it?"),
            c("You know what, let me talk to my husband before I add anything. Can you just send the free battery?",
              "think_it_over"),
        ],
    ),
]
