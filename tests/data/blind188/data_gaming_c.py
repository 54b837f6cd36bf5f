"""Gaming pairs, file c (b188). Hand-written. Kinds 6-15, once each."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question -- Orchard Road, Singapore, watch and jewellery shop, counter
_open = c("Excuse me, I changed battery here on Saturday. Now there's a scratch on the back case, it wasn't there before.", None)
PAIRS.append(gpair(
    "b188g_orchard_watchscratch",
    "watch and jewellery shop, Orchard Road (Singapore), counter",
    "putdown_question",
    "A customer says the caseback of her graduation-gift watch was scratched during a battery change.",
    good=[
        _open,
        t("I'm sorry about that. May I see it? Which side, and do you still have the receipt?"),
        c("Here, the back. Receipt is in my phone. This watch was my graduation gift, I take care of it very carefully.", None),
        t("I see it, a thin line near the edge of the caseback, right where the opening tool goes in. That can happen if the tool slips. I'll check Saturday's service log, and if it's from us we'll polish the caseback at no cost."),
        c("Must I leave it with you? I need it for work every day, cannot leave it for one week.", "no_time"),
        t("Fair. Polishing is about thirty minutes and we do it here. If you can wait, or come back at lunch, you won't be without it."),
        c("Okay, I come back at one.", None),
        t("One o'clock. I've noted it on your receipt, and I've left a note for the technician about the opener."),
        c("Thank you.", None),
    ],
    gaming=[
        _open,
        t("Are you sure it wasn't there before? People don't usually look at the back of their watch, right?"),
        c("I'm very sure. It was a graduation gift, I take care of it.", None),
        t("Okay, and how do you take care of it exactly? Do you take it off at the gym, or just throw it in a drawer?"),
        c("I don't throw it anywhere. It's always in its box.", None),
        t("Understood. And honestly, what do you expect from a steel back? They scratch if you breathe on them, no?"),
        c("It scratched when your staff opened it. I was watching him use the tool.", None),
        t("So what I'm hearing is you're blaming the technician. Would you like to pay for a polish then? It's forty dollars."),
        c("Pay? I want to see the manager.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- Miami, cosmetics counter in a mall, phone
_open = c("Hi, I ordered a concealer online, shade 34 Warm, and you guys sent me 14 Cool. That's like three shades lighter than me.", None)
PAIRS.append(gpair(
    "b188g_miami_wrongconcealer",
    "cosmetics brand counter, Dadeland Mall, Miami (US), phone",
    "not_my_department_or_read_the_terms",
    "A freelance makeup artist received the wrong concealer shade from the brand's website and needs the right one for a Thursday shoot.",
    good=[
        _open,
        t("Oh no, I'm sorry, that's a big miss. I'm at the counter in Dadeland, but I can help you from here. Do you have the order number?"),
        c("Yeah, it's M-44721. I have a shoot Thursday, I'm a makeup artist, I actually need this one.", None),
        t("Got it, M-44721, you ordered 34 Warm, got 14 Cool, and you need it for Thursday. Online returns take a week, so here's what I can do: I have 34 Warm in stock. Come by, and I'll swap it right here."),
        c("I'm in Kendall and I'm booked solid till Wednesday. I can't drive over.", "no_time"),
        t("Understood. Then I'll put in an online exchange now with overnight shipping, marked as our error, and email you the tracking. Keep the 14 Cool or drop it off whenever, no rush."),
        c("Overnight, okay. I'll believe it when I see it, though. Last time I had an issue with you guys it took three weeks.", "bad_experience"),
        t("That's fair. I'll give you my direct line here at the counter. If there's no tracking by noon tomorrow, call me and I'll chase it myself."),
        c("Okay. Thanks, Jess.", None),
    ],
    gaming=[
        _open,
        t("Hi, I totally understand your frustration! Unfortunately online orders aren't my department, I'm in-store. Have you tried the website?"),
        c("The website sent me the wrong shade. That's why I'm calling. I have a shoot Thursday.", None),
        t("I hear you. So what you'd need to do is go through the returns portal. It's all in the terms and conditions you agreed to at checkout."),
        c("That takes a week. Can't you just swap it? You have it right there.", None),
        t("I wish I could, but store stock and online stock are separate. I didn't make the policy. Is there anything else I can help with?"),
        c("This is ridiculous. Who can actually help me?", None),
        t("You could email customer care, they usually respond in five to seven business days. I really appreciate your patience and I value our relationship."),
        c("Forget it, I'll grab something at Sephora.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Lekki, Lagos, nail and foot spa, shop floor
_open = c("Good afternoon. I want pedicure only. My heels are cracking and it's even painful now.", None)
PAIRS.append(gpair(
    "b188g_lekki_crackedheels",
    "nail and foot spa, Lekki Phase 1, Lagos (Nigeria), shop floor",
    "social_proof_or_deadline_pressure",
    "A hospital pharmacist who stands all day comes in for one pedicure for painful cracked heels.",
    good=[
        _open,
        t("Good afternoon, sorry about that, come and sit. Cracked heels can be really sore. How long has it been like this?"),
        c("Maybe two months. I stand a lot, I'm a pharmacist at the hospital. I've been using Vaseline but it's not helping much.", None),
        t("Standing all day will do it, especially in open shoes. I'll do a deep-heel pedicure, take the hard skin off gently, not too deep, and check if any crack is open. If it's bleeding, I'll tell you to see a doctor rather than work on it."),
        c("No bleeding, just painful. How much?", None),
        t("The deep-heel pedicure is fifteen thousand. After that, at night, use a urea foot cream and socks. Vaseline alone just sits on top."),
        c("Fifteen? Normal pedicure is eight here now.", "too_expensive"),
        t("Yes, normal is eight, but it won't do much for cracked heels. If you prefer, do the normal one today, try the urea cream for two weeks, and come back if it's still bad."),
        c("No, let's do the heel one. I'm tired of this pain.", None),
    ],
    gaming=[
        _open,
        t("Welcome! Pedicure only? Everybody in Lekki is doing our Glow Feet package now, even some Nollywood people came last week."),
        c("I'm not a Nollywood person. I just want my heels fixed, they're painful.", "no_need"),
        t("I understand your need! That's why the package is perfect, four sessions, and the promo ends today by six. Tomorrow it goes back to sixty thousand."),
        c("Sixty thousand for pedicure? I can't spend that kind of money now.", "no_money"),
        t("It's forty-five today only. All my regular ladies have booked theirs, you don't want to be the only one with cracked heels at the owambe, abi?"),
        c("Madam, please just do one pedicure for me.", None),
        t("Okay, but after today I can't give you this price again, and we have only two slots left this month. So shall I book all four?"),
        c("Just do the one, or I'll go. I've been standing in the hospital since seven.", None),
    ],
))

# 9. keyword_stuffed -- Bristol, curly-hair salon, shop floor consultation
_open = c("Hi, I rang earlier about a consultation? I've got curly hair and every hairdresser I've been to just brushes it out and cuts it straight.", "bad_experience")
PAIRS.append(gpair(
    "b188g_bristol_curlycut",
    "hair salon, Bristol (UK), consultation",
    "keyword_stuffed",
    "A cyclist with curly hair, burned by straight wet cuts, wants to know how this salon would cut it and what it costs.",
    good=[
        _open,
        t("Hi, yes, you must be Priya. Come through. That's so common, and it's frustrating. Before I touch it, tell me what happens after those cuts."),
        c("It goes into a triangle. Flat on top, massive at the bottom. And it takes me months to grow out.", None),
        t("So it ends up a triangle, flat on top and heavy at the ends, because it was cut wet and straight. How do you wear it day to day, do you diffuse or let it dry?"),
        c("Air dry mostly. I haven't got time to diffuse before work. I cycle in, so it's under a helmet.", None),
        t("Air dry and a helmet, so the cut has to do the work, not the styling. I'd cut it dry, curl by curl, and take weight out underneath so it lifts on top. It's seventy-five for the dry cut, about an hour and a half."),
        c("Seventy-five is more than I normally pay, but if it actually works... Can I see some you've done?", "too_expensive"),
        t("Of course, here's a few on my phone, these two had curl like yours. And if you'd rather, today's consultation is free, and you can book the cut when you're ready."),
        c("No, these look great. Have you got anything this Saturday?", None),
    ],
    gaming=[
        _open,
        t("Hi, welcome to your curl experience! Here we're all about understanding your curl needs and building a relationship with your hair. How do you feel about your curl journey?"),
        c("Erm, not great? Every hairdresser cuts it straight and it ends up a triangle.", None),
        t("I really feel that, and I hear your need for a transformational curl experience. Success for us is when you feel understood. What would success feel like for you?"),
        c("Not looking like a triangle. Do you cut it dry or wet?", None),
        t("Great question, and I love that you're engaging. Our approach is holistic, we tailor the experience to each client's curl identity and emotional needs around their hair."),
        c("Right. But dry or wet? And what does it cost?", None),
        t("Totally understand. Investment-wise, it's about the value of the relationship. Shall we just get you booked in and let the experience speak for itself?"),
        c("I think I'll hold off. I've been burned too many times to book without knowing what you'll actually do.", "bad_experience"),
    ],
))

# 10. rude -- Tanjong Pagar, Singapore, bridal studio, phone
_open = c("Hi, this is Jolene. I'm supposed to collect my gown today but your staff just messaged me it's not ready. My wedding is next Saturday!", None)
PAIRS.append(gpair(
    "b188g_tanjongpagar_gownpickup",
    "bridal studio, Tanjong Pagar (Singapore), phone",
    "rude",
    "A bride whose altered gown is not ready on collection day calls eight days before the wedding.",
    good=[
        _open,
        t("Hi Jolene, I'm so sorry, that message must have been a shock. Let me pull up your order. Okay, I see it. The hem is done, but the bustle isn't finished. Did anyone tell you when it would be ready?"),
        c("No, just 'not ready, sorry'. That's all. I'm quite stressed now, honestly.", None),
        t("I understand, a week before the wedding is not when you want that message. The bustle is about a day's work. I'll ask our seamstress to do it first and have it ready Tuesday by noon. Can you come Tuesday?"),
        c("Tuesday I got work until seven. Cannot.", "no_time"),
        t("Then we can stay open for you till eight on Tuesday, or we deliver to your home Wednesday morning, no charge. Which is easier?"),
        c("Delivery Wednesday. But I want to try it on to check the bustle.", None),
        t("Of course. I'll book a fifteen-minute try-on with the delivery, our seamstress will come along and adjust on the spot if needed."),
        c("Okay. That's better. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Yes, we know. It's wedding season, everybody's gown is late. What do you want me to do?"),
        c("Tell me when it'll be ready? My wedding is next Saturday.", None),
        t("Probably end of the week lah. The seamstress is only one person, you know. You think you're the only bride?"),
        c("End of the week is too late! I need time to try it on.", None),
        t("Then you should've booked alterations earlier. Anyway, it'll be ready when it's ready. Anything else?"),
        c("I booked in March! Can I speak to the owner?", None),
        t("She's overseas. You can email. Okay, I have another customer, bye."),
        c("Unbelievable.", None),
    ],
))

# 11. ignored_customer -- Phoenix, school-uniform store, shop floor
_open = c("Hi, I need polos and pants for my son, he's starting at Desert Willow Elementary. He's got sensory stuff, so tags and scratchy fabric are a big problem.", None)
PAIRS.append(gpair(
    "b188g_phoenix_sensoryuniform",
    "school-uniform store, Phoenix (US), shop floor",
    "ignored_customer",
    "A mother on a tight budget needs uniform for a son with sensory issues who cannot tolerate tags or polyester.",
    good=[
        _open,
        t("Hi, thanks for telling me that, it really helps. What kinds of fabric has he been okay with before?"),
        c("Soft cotton, like worn-in t-shirts. The polyester ones at his last school, he'd scratch all day and be crying by lunch.", None),
        t("So soft cotton works and polyester made him miserable. Our standard polos are a poly blend, I'll be honest. But we carry a hundred percent cotton pique in navy that's on the school's approved list, and it's tagless, the size is printed inside."),
        c("Oh, that's great. How much are those? We're on a pretty tight budget this year.", None),
        t("Cotton polos are sixteen each, the blend ones are twelve. You could get one cotton first, let him wear it a day, and exchange it if it's a problem. For pants, we have an elastic-waist twill with a soft lining."),
        c("Sixteen each, for five days a week... I can't do five of those right now.", "no_money"),
        t("Understood. Three cotton polos gets him through the week if you wash midweek, that's forty-eight. Or just one to test today and come back."),
        c("Let's do one to test and the pants. If he's good in it, I'll come back on payday.", None),
    ],
    gaming=[
        _open,
        t("Hi! Tell me, what does he need for the new school year?"),
        c("Polos and pants. But like I said, he's got sensory stuff, tags and scratchy fabric make him cry.", None),
        t("Okay! Our best seller is this poly-blend polo, wrinkle-free and super durable. How many are you thinking?"),
        c("Polyester is exactly the problem. At his last school he scratched all day in those.", "bad_experience"),
        t("Great, so five of the blend polos, and the standard twill pants with the tag on the waistband, those are really popular."),
        c("Did you hear me? No tags. Do you have cotton?", None),
        t("Sure, I hear you. And we have a back-to-school bundle, five polos, two pants, one sweater, a hundred and nine. Want the bundle?"),
        c("We're on a tight budget, and he can't wear those anyway. I'll try Target.", "no_money"),
    ],
))

# 12. repeated_questions -- Kano, gold jeweller, shop floor
_open = c("Salaam alaikum. I want to buy gold earrings for my wife. Our anniversary is on Friday.", None)
PAIRS.append(gpair(
    "b188g_kano_goldearrings",
    "gold jeweller, Kano (Nigeria), shop floor",
    "repeated_questions",
    "A husband wants small gold earrings that will not catch on his wife's hijab, for an anniversary on Friday.",
    good=[
        _open,
        t("Wa alaikum salaam. Congratulations. Does she wear big earrings or small ones? And is she sensitive to any metal?"),
        c("She likes small ones, not hanging. She wears hijab, so nothing that will catch on the cloth.", None),
        t("So small, nothing dangling that catches on her hijab. In eighteen karat I have these flat studs and these small huggies that close behind the ear. Do you have a budget in mind?"),
        c("Around two hundred thousand naira. But I know gold price is very high now, I saw it on the news.", None),
        t("Yes, it's high this year. The flat studs are a hundred and sixty-five, the huggies a hundred and ninety. The huggies are more secure with a hijab."),
        c("Let me think. I want to bring my sister to see them first, she knows what my wife likes.", "think_it_over"),
        t("That's wise. I'll put both aside for you until Thursday evening, no deposit needed."),
        c("Okay, thank you. We will come Thursday.", None),
    ],
    gaming=[
        _open,
        t("Wa alaikum salaam, welcome. So tell me, what is the occasion?"),
        c("Our anniversary on Friday. I want gold earrings for my wife.", None),
        t("Very nice. And what type of earrings does she like?"),
        c("Small ones. Not hanging. She wears hijab.", None),
        t("Okay. So just to understand her style, does she prefer long earrings or short ones?"),
        c("I said small. Not hanging.", None),
        t("I understand. And is this for a special occasion, or just a gift?"),
        c("It's alright. Let me just check the other shops first, thank you.", "brush_off"),
    ],
))

# 13. wrong_paraphrase -- Cardiff, nail-polish subscription box, phone
_open = c("Hiya, I get your monthly polish box and I wanted to ask about changing it. The colours are lovely but they're all a bit bright for me.", None)
PAIRS.append(gpair(
    "b188g_cardiff_polishbox",
    "nail-polish subscription box, Cardiff (UK), phone",
    "wrong_paraphrase",
    "A receptionist at an old-fashioned solicitors' firm wants quieter shades in her monthly polish box.",
    good=[
        _open,
        t("Hiya, thanks for ringing. Of course. When you say too bright, what sort of shades would you actually wear?"),
        c("Nudes, soft pinks, maybe a deep red at Christmas. I'm a receptionist at a solicitor's and they're a bit old-fashioned about it.", None),
        t("Right, so nudes and soft pinks for work, a red for Christmas, and the neons aren't working because of your job. You can set your profile to the Classic palette, same price, fourteen ninety-nine, and you'll only get neutrals and reds. Shall I switch it?"),
        c("Yes please. Though honestly, fifteen quid a month is a lot for polish I don't wear, I was about to cancel.", "too_expensive"),
        t("That's fair, and I'm glad you rang first. I've switched it from next month. You can also skip any month for free, and we email the colours a week before each box so you can decide."),
        c("Oh, I didn't know I could skip. That helps.", None),
        t("It's under My Box on the app. I've also added a note so you get that reminder email automatically."),
        c("That's brilliant, thank you.", None),
    ],
    gaming=[
        _open,
        t("Hiya! So what I'm hearing is you'd like to upgrade to the Deluxe box with more colours, did I understand you correctly?"),
        c("No, I said they're too bright. I need nudes and soft pinks for work.", None),
        t("Right, so you're saying you love bold colours but want more of them, with the nail art kit included? That's the Deluxe at twenty-four ninety-nine."),
        c("I didn't say that at all. I'm a receptionist at a solicitor's, I can't wear neon.", None),
        t("Got it, so you want to cancel because of the price, is that correct?"),
        c("I never mentioned the price. But now you have, twenty-five quid is ridiculous.", "too_expensive"),
        t("So just to confirm, you'd like to stay on the current box and add a one-month Deluxe trial. Shall I process that?"),
        c("No. Cancel the whole thing, please. Now.", None),
    ],
))

# 14. pitch_to_upset -- Jurong, Singapore, hair salon chain, phone
_open = c("I did rebonding at your Jurong branch yesterday. Now my scalp is burning and there are red patches. I'm very angry.", None)
PAIRS.append(gpair(
    "b188g_jurong_rebondingburn",
    "hair salon chain, Jurong (Singapore), phone",
    "pitch_to_upset",
    "An angry client whose scalp is red and stinging after a rebonding treatment calls the salon the next day.",
    good=[
        _open,
        t("I'm really sorry. That sounds painful. First, is the burning still strong now, and are there any blisters or oozing?"),
        c("Still stinging. No blisters, but it's red and sore at the back. I couldn't sleep.", None),
        t("Red and sore at the back, stinging, no blisters, and you couldn't sleep. Please rinse with cool water, no shampoo, no products. If it gets worse or blisters, see a doctor today and we'll cover the consultation. Can I have your name and the stylist's name?"),
        c("Jasmine Lim. Stylist was Kevin. I told him it was stinging during the treatment, he said normal.", None),
        t("Thank you, Jasmine. That should never have been brushed off, I'm sorry. I'm reporting it to our area manager now, and we'll refund the rebonding in full. Can we call you tomorrow to check on your scalp?"),
        c("Yes, call me. And I'm not going back to Jurong.", None),
        t("Understood. I'll call you tomorrow at eleven myself, and I'll SMS the refund confirmation today."),
        c("Okay.", None),
    ],
    gaming=[
        _open,
        t("Oh dear, I'm so sorry to hear that. You know, our Scalp Recovery Treatment is perfect for this, it's about the relationship we build with your scalp. It's eighty-eight, and I can book you today."),
        c("You want me to pay more? My scalp is burning from your rebonding!", None),
        t("I understand your frustration. That's why the treatment is so important, it restores the pH. Many clients also take the home care set, shampoo and serum, one-twenty for the set."),
        c("I'm not buying anything from you. I couldn't sleep last night. What are you going to do about it?", "no_need"),
        t("Absolutely, I hear you. As a goodwill gesture, I can give you twenty percent off the Scalp Recovery package, five sessions."),
        c("I'm going to report this to CASE. Give me your manager's name.", None),
    ],
))

# 15. blame -- Ikeja, Lagos, bespoke tailor, shop floor
_open = c("Morning. I collected this suit from you on Saturday and I can't button the jacket. Look at it.", None)
PAIRS.append(gpair(
    "b188g_ikeja_suitfit",
    "bespoke tailor, Ikeja, Lagos (Nigeria), shop floor",
    "blame",
    "A customer cannot button a newly made jacket a week before his cousin's wedding; the trousers fit.",
    good=[
        _open,
        t("Good morning sir. Sorry about that. Let me see it on you. Mm, it's pulling at the chest. When I measured you, were you wearing a thick shirt or just a singlet?"),
        c("A normal shirt, same as now. The trousers are okay, it's only the jacket. I need it for my cousin's wedding on Saturday.", None),
        t("Then the problem is ours, I think my boy cut the front panel on the small side. There's an inch and a half of seam allowance inside, so I can let it out. I'll fit you again before you go."),
        c("Will it be ready by Thursday? I can't keep coming here, traffic from Ogba is not small.", "no_time"),
        t("Give me till Wednesday evening. I'll send a WhatsApp picture when it's ready, and you only come once, to collect. No charge."),
        c("Okay. Wednesday. Please don't disappoint me.", None),
    ],
    gaming=[
        _open,
        t("Good morning oga. Let me see. Ehn, you've added weight since I measured you, abi?"),
        c("I haven't added anything. It's been three weeks.", None),
        t("So what I'm hearing is you're not sure. Did you eat heavy at the weekend? Because my measurements are always correct."),
        c("My brother, the trousers fit. It's only the jacket.", None),
        t("Maybe you stood wrong when I was measuring, you were pulling in your stomach. I can let it out, but it's ten thousand for the extra work."),
        c("Ten thousand for your own mistake? I'm not paying that.", None),
        t("Then you'll have to manage it like that. Anything else I can help with?"),
        c("I'll take it to another tailor and tell everybody in the estate.", None),
    ],
))
