"""Gaming pairs, file a (written by hand for blind219)."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- bridal make-up artist, Lagos
_open = c("Good afternoon. My cousin gave me your number. I'm getting married in March and I need someone for make-up, both days, trad and church.", None)
PAIRS.append(gpair(
    "b219g_lagos_bridal_makeup_two_days",
    "bridal make-up and gele artist, Lagos",
    "monologue",
    "A bride rings a make-up artist recommended by her cousin about make-up for a two-day wedding on a tight budget.",
    [
        _open,
        t("Congratulations! Thank you for calling. Tell me a bit about the two days: where are they, and what time do you need to be ready?"),
        c("Trad is the Friday in Ibadan, afternoon. Church is Saturday in Lekki and I must be ready by nine.", None),
        t("Ibadan on Friday afternoon, Lekki by nine on Saturday. That's a lot of driving. Will you want gele tied as well, and is it just you or your mum and the bridal party too?"),
        c("Me, and maybe my mum and my two sisters. But honestly I saw your bridal package on Instagram, 450k. That one is too much for me oh.", "too_expensive"),
        t("Thank you for telling me straight. The 450 covers both days, a trial, and a touch-up artist who stays all day. If we take out the all-day touch-up and do your trial on a weekday, what were you hoping to spend on yourself?"),
        c("Something around 300. My mum will pay for her own face.", None),
        t("At 300 I can do your face and gele on both days, travel to Ibadan included, plus the trial. Your mum and sisters I'd price per face. Shall I send the breakdown on WhatsApp so you and your mum can look at it before you decide?"),
        c("Yes please, send it. I'll show her tonight.", None),
    ],
    [
        _open,
        t("Congratulations! Tell me, what does your dream bridal experience look like? Because let me tell you what we do. Our Royal Bride package is 450k for both days: trial, airbrush, strip lashes, gele by our senior tyer, and a touch-up artist with you all day. We did over two hundred brides last year and we were at the big Eko Hotel wedding last month."),
        c("Okay... but the trad is in Ibadan, is that—", None),
        t("Ibadan is no problem at all, we go everywhere, Abuja, Port Harcourt, even Accra. What I always tell my brides is this is a once-in-a-lifetime experience, you don't cut corners. The airbrush lasts sixteen hours, it's sweat-proof, and we use only MAC, Huda and Fenty. The package also includes a free pre-wedding facial."),
        c("450 is a lot for me sha.", "too_expensive"),
        t("I hear you, and so many brides say that at first, but when they see their pictures they thank me. We do instalments, 50% to lock the date and the balance two weeks before. Mums get ten percent off. So what I'm hearing is you want to look your best on both days, correct? Then Royal Bride is the one."),
        c("Let me call you back.", "brush_off"),
        t("No problem! Just remember March dates are going fast fast. I'm sending you the full price list and the Royal Bride video now."),
    ],
))

# 2. closing_as_open_question -- hair extensions salon, Birmingham
_open = c("hiya, was wondering about extensions. got my graduation in july and my hair is just so thin at the ends", None)
PAIRS.append(gpair(
    "b219g_birmingham_extensions_graduation",
    "hair extensions salon, Birmingham",
    "closing_as_open_question",
    "A university student messages a salon on Instagram about extensions for her graduation photos.",
    [
        _open,
        t("Hi, thanks for messaging and congratulations on graduating! Can I ask what you're after: more length, more thickness, or both? And have you had extensions before?"),
        c("mostly thickness tbh. had clip ins once for a party and you could see the clips at the top, my mate pointed it out lol", None),
        t("Ah, that's common when clip-ins sit too close to the crown. For fine hair, tape-ins or a flat weft sit much flatter. How often could you come back in? Tape-ins need moving up every six to eight weeks."),
        c("im a student so money is tight. how much are we talking", "no_money"),
        t("Fair question. A half head of tape-ins is £180 with the hair, then £45 each move-up. If it's really for graduation, another way is a set of clip-in wefts I colour-match and cut in, placed lower than the ones you had, £70. Which matters more, having them for months or for the day?"),
        c("the day really. and the photos. 70 i can do", None),
        t("Then let's do a free colour match first, so you see them in your hair before you pay anything. I've got Saturday mornings free. Would a Saturday in June work, a few weeks before?"),
        c("yes june is good. the 14th?", None),
        t("The 14th at 10 is yours. I'll text you a reminder the day before."),
    ],
    [
        _open,
        t("Hi lovely, congrats!! So what would it take for you to book your extensions experience with us today?"),
        c("umm i dont know, i dont even know what type i want yet", None),
        t("No worries! Which would you prefer, the full head of tape-ins at £260 or our luxury Russian hair at £340?"),
        c("thats loads. im a student", "no_money"),
        t("Totally understand! How would you like to spread the payment? We do Klarna in three, so which option works best for you?"),
        c("i didnt say i wanted to pay at all. i had clip ins before that showed, would these show too", "bad_experience"),
        t("Great question! And what day would you like to come in for your fitting, Tuesday or Thursday?"),
        c("neither. ill look somewhere else thanks", None),
    ],
))

# 3. pitch_as_paraphrase -- skincare clinic, Dubai
_open = c("Hi, I'm calling about the dark patches on my cheeks. They've got worse since I moved to Dubai last year. Do you do laser for that?", None)
PAIRS.append(gpair(
    "b219g_dubai_skin_clinic_pigmentation",
    "dermatology and skincare clinic, Dubai",
    "pitch_as_paraphrase",
    "A working woman who moved to Dubai a year ago calls a skin clinic about pigmentation on her cheeks.",
    [
        _open,
        t("Hello, thanks for calling. We do, but laser isn't always the right first step for patches like that. Can I ask a few things? How long have you had them, and what are you using on them now?"),
        c("About two years, worse this last one. I use a vitamin C serum, and sunscreen when I remember. I'm in the office most of the day but I drive a lot.", None),
        t("Driving matters here, the side windows let a lot of sun through. Patches that darken with sun can be melasma, and some lasers make melasma worse. So I'd suggest a consultation with our dermatologist first. She'll look under a Wood's lamp and tell you honestly whether it's laser, peels, or just the right creams."),
        c("How much is the consultation? A clinic in Jumeirah charged me 500 just to talk and then tried to sell me a package.", "bad_experience"),
        t("That's a fair worry. Ours is 300 dirhams, and if you do go ahead with a treatment it comes off the bill. If the doctor says creams and sunscreen are enough, the 300 is all you pay. Are weekday evenings easier for you, or weekends?"),
        c("Evenings. I finish at six.", None),
        t("We have Tuesday at seven. I'll send the booking and a short form on WhatsApp. If you can, come without make-up so she can see the patches properly."),
    ],
    [
        _open,
        t("Hi! Thanks so much for calling. Tell me, how do these dark patches make you feel?"),
        c("Well, self-conscious. I wear a lot of concealer now.", None),
        t("So what I'm hearing is you need our Platinum Glow laser package, six sessions at 4,800 dirhams with a free HydraFacial, is that right?"),
        c("I didn't say that. I asked whether laser works for this. Does it?", None),
        t("Absolutely. So just to play back what you said: you want fast results with no downtime, which is exactly Platinum Glow. Did I understand you correctly?"),
        c("4,800? That's more than my share of the rent. No way.", "too_expensive"),
        t("So what you're telling me is you'd rather start with the Silver package, three sessions for 2,600, and upgrade later, correct?"),
        c("No. A clinic in Jumeirah did exactly this to me last year. I'll find a proper dermatologist.", "bad_experience"),
    ],
))

# 4. upsell_as_loop_closing -- barber, Manchester
_open = c("Alright mate, any chance of a skin fade now? I've got an interview at two.", None)
PAIRS.append(gpair(
    "b219g_manchester_barber_interview_fade",
    "walk-in barber shop, Manchester",
    "upsell_as_loop_closing",
    "A young man walks into a barber at lunchtime wanting a tidy cut before a job interview that afternoon.",
    [
        _open,
        t("Yeah, I can do you now. It's quarter past twelve, so loads of time. What's the interview for? Helps me pitch the cut right."),
        c("Bank, customer service. Don't want anything too flashy, they seemed quite corporate.", None),
        t("Makes sense. So a mid fade rather than a high one, some length left on top, tidy side part? And the beard, keeping it, or just a line-up?"),
        c("Mid fade's good. Beard just neaten it, I'm not doing the full beard thing, I'm skint till payday.", "no_money"),
        t("No worries, a line-up with the trimmer comes with the fade, it's £18 all in. Anything about how your hair usually sits that I should know?"),
        c("It sticks up at the crown if it goes too short.", None),
        t("Noted, I'll leave the crown a bit longer and show you the back in the mirror before we finish. Good luck at two."),
    ],
    [
        _open,
        t("Course, sit down bro. So what kind of look are we going for today?"),
        c("Mid fade, tidy. Bank interview at two.", None),
        t("Lovely. And just to close the loop, what else can I add for you today? Hot towel shave, beard sculpt, charcoal mask?"),
        c("Nah, just the cut, ta.", "no_need"),
        t("No problem. Before I finish, is there anything else that would make today a great experience for you? Eyebrow shape is only £8 extra, and we've got the keratin shot."),
        c("Mate I need to be out of here by one. Just the fade.", "no_time"),
        t("Totally get it. Last thing, anything else you'd like to take home? The matte clay I'm using is £16, it's what holds a style for interviews."),
        c("No. What do I owe you.", "no_need"),
    ],
))

# 5. leading_tag_questions -- silk saree shop, Chennai
_open = c("My daughter's wedding is in February. I want a Kanjeevaram for the muhurtham, but not too heavy, I have knee trouble and it is a long day.", None)
PAIRS.append(gpair(
    "b219g_chennai_saree_mother_of_bride",
    "silk saree showroom, Chennai",
    "leading_tag_questions",
    "A mother of the bride with bad knees looks for a light silk saree for her daughter's wedding ceremony.",
    [
        _open,
        t("Congratulations, amma. A heavy saree is very tiring on a long day. Do you have a colour in mind, or should it go with the bride's saree?"),
        c("Bride is wearing red and gold. I was thinking green or peacock blue. Budget is around forty thousand.", None),
        t("Peacock blue with a gold border will sit nicely beside red. Within forty I can show you soft silk Kanjeevarams. They are lighter, around 800 grams instead of over a kilo. Shall I bring three or four in blue and green?"),
        c("Yes, show. But the last one I bought in T Nagar, the zari went black after one year.", "bad_experience"),
        t("That happens with tested zari, which is copper with a silver coating. These are pure zari with the Silk Mark tag, I'll show you the certificate. If you like, we can keep one aside for two days so your daughter can see it."),
        c("Keep the blue one aside. I will bring her on Saturday.", None),
        t("I'll put your name on it till Saturday evening. No advance needed."),
    ],
    [
        _open,
        t("Congratulations, madam! For mother of the bride you will want pure zari, won't you? Heavier is better for photos, isn't it?"),
        c("Not too heavy, I told you. My knees.", None),
        t("Of course, madam. But at the muhurtham everyone will look at you also, no? This 1.3 kilo temple border is our bestseller, it's stunning, isn't it?"),
        c("It is beautiful. What is the price?", None),
        t("Only seventy-two thousand. Such a big occasion deserves the best, doesn't it?"),
        c("My budget is forty. Seventy-two is not possible.", "no_money"),
        t("You wouldn't want to look less than the groom's mother, would you? We have EMI also, very easy, isn't it?"),
        c("I am not taking a loan for a saree. Let me see other shops.", "no_need"),
    ],
))

# 6. putdown_question -- nail bar, London
_open = c("Hi, I had gels done here on Saturday and three have already lifted. It's Tuesday. I'm not happy.", None)
PAIRS.append(gpair(
    "b219g_london_nail_bar_lifting_gels",
    "high-street nail bar, London",
    "putdown_question",
    "A regular customer comes back on her lunch break because three gel nails lifted three days after her appointment.",
    [
        _open,
        t("I'm sorry, that shouldn't happen in three days. Can you show me which ones, and did it start at the tip or near the cuticle?"),
        c("These two and this thumb. Near the cuticle, there's like a little bubble and it catches on my tights.", None),
        t("I can see it. Lifting at the cuticle usually means the prep wasn't right and the gel touched the skin. That's on us. I can take those three off and redo them now, free, or redo the full set if you'd rather."),
        c("I've only got my lunch break, I have to be back by quarter to.", "no_time"),
        t("Then let's just do the three now, that's about fifteen minutes. If any others lift this week, message me and I'll book you in first thing, no charge."),
        c("Fine, go on then. Thank you.", None),
        t("Sit here. I'll also put a note on your card so whoever does your next set preps the cuticles properly."),
    ],
    [
        _open,
        t("Oh no. Before we start, you're not one of those people who picks at them when they're bored, are you? What exactly happened?"),
        c("No, I didn't pick them. They just lifted.", None),
        t("Okay. And did you wear gloves for the washing up, or did you forget like most people do?"),
        c("I haven't washed up since Saturday. My husband does it.", None),
        t("Right. So you say three days, but how long would you say you soaked them in the bath, roughly?"),
        c("Are you seriously asking me that? I want them fixed. I've been coming here two years.", None),
        t("I totally hear your frustration. Honestly though, isn't it a bit of an overreaction for three nails? What would a good outcome look like for you?"),
        c("A good outcome is me never coming back. I'd like my fourteen pounds back, please.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- modest-fashion boutique, Abu Dhabi
_open = c("Hello, I ordered an abaya from your website, order 4471. It came today and it's too long, ten centimetres on the floor. Eid is on Sunday.", None)
PAIRS.append(gpair(
    "b219g_abudhabi_abaya_wrong_length",
    "modest-fashion boutique with web shop, Abu Dhabi",
    "not_my_department_or_read_the_terms",
    "A customer calls because the abaya she ordered online for Eid arrived far too long, four days before Eid.",
    [
        _open,
        t("Hello, I'm sorry about that, let's get it right before Sunday. Did you choose the length from the size guide, or the standard length?"),
        c("I chose 56, like the guide says for my height. I'm 160. But it's much longer than my other 56 from you.", None),
        t("Thank you, then it may have been cut wrong and I'll tell the workshop. We have a tailor in our Khalidiya store. If you can bring it in, she'll hem it while you wait, free, since it should have been right."),
        c("Tomorrow I work until five, and I can't come in the morning.", "no_time"),
        t("Khalidiya is open till ten. Would seven tomorrow evening work? If that's still hard, I can send a driver to collect it on Thursday and bring it back Saturday."),
        c("Seven is okay. I'll come after work.", None),
        t("I've booked you at seven with Mariam, under order 4471. Please wear the shoes you'll wear on Eid so she gets the length right."),
    ],
    [
        _open,
        t("Hello, thank you for reaching out today. I understand how important Eid is to you. How can I help?"),
        c("I just told you. It's too long. I need it shortened before Sunday.", None),
        t("I hear you. Unfortunately alterations aren't my department, I'm online sales only. Have you checked our returns policy on the website?"),
        c("I don't want to return it, I want to wear it on Eid. I ordered 56 for 160 centimetres, like your guide says.", None),
        t("I totally understand your frustration. The terms do say lengths can vary by up to five centimetres, it's section 4. Did you read them before ordering?"),
        c("It's ten, not five. Last Ramadan I had the same problem with you, I don't know why I ordered again.", "bad_experience"),
        t("I'm sorry you feel that way. I didn't make the rules, I'm afraid. You can email customer care and they'll get back to you within five to seven working days. Is there anything else I can help you with today?"),
        c("Five to seven days? Eid is Sunday. Forget it.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- department-store cosmetics counter, Leeds
_open = c("Hi, um, I need a new foundation. Mine's been discontinued and I've no idea what to get.", None)
PAIRS.append(gpair(
    "b219g_leeds_cosmetics_counter_foundation",
    "department-store cosmetics counter, Leeds",
    "social_proof_or_deadline_pressure",
    "A woman whose everyday foundation was discontinued asks at a cosmetics counter for a replacement.",
    [
        _open,
        t("Oh, that's annoying when they stop one you like. What were you using, and what did you like about it?"),
        c("It was a light one, not cakey. I've quite dry skin, especially in winter, and I only really wear it for work.", None),
        t("So light, not cakey, dry skin, everyday for work. I'd look at a serum foundation or a tinted moisturiser rather than full coverage. Can I match a couple on your jaw, and you walk around for a bit and see them in daylight?"),
        c("Sure. But I'm not spending forty quid on foundation, that's mad.", "too_expensive"),
        t("Fair enough. The tinted one is £28, and I can give you samples of both to try at home for a few days before you buy anything."),
        c("Oh, samples would be great actually.", None),
        t("I'll put your two shades in little pots and write the names on. Come back whenever, and if neither's right we'll try again."),
    ],
    [
        _open,
        t("Oh, what a lovely opportunity to find your new favourite! What are you looking for in a foundation?"),
        c("Something light. I've got dry skin and I only wear it for work.", None),
        t("Perfect. Honestly, everyone with dry skin is buying our Luminous Silk, it's sold out twice this month. All the girls from the offices over the road use it."),
        c("How much is it?", None),
        t("£42. And today only, if you buy before six you get the skincare trio worth £35 free. After six it's gone, and I can't promise your shade will still be here tomorrow."),
        c("Oh. That's more than I wanted to spend. Can I have a think?", "think_it_over"),
        t("Of course, but three ladies bought this exact shade this morning alone. Shall I just pop it through before the offer ends? How are you finding your experience so far?"),
        c("I'll leave it, thanks. I'll have a look online.", "brush_off"),
    ],
))

# 9. keyword_stuffed -- tailor, Lagos
_open = c("Good evening. I need an agbada for my father's seventieth. The party is in two weeks. Can you do it?", None)
PAIRS.append(gpair(
    "b219g_lagos_tailor_agbada_seventieth",
    "men's tailor, Surulere, Lagos",
    "keyword_stuffed",
    "A first son needs an agbada sewn from his own aso-oke for his father's seventieth birthday in two weeks.",
    [
        _open,
        t("Good evening sir. Two weeks is possible. Do you have your fabric already, or you want to buy from us?"),
        c("I bought aso-oke already, family colours, wine and gold. I'm the first son so it has to be correct.", None),
        t("Wine and gold, very nice. How many yards do you have? For your size, agbada, buba and sokoto is about seven yards. And do you want embroidery on the chest?"),
        c("Six yards. Embroidery yes, but simple. The last tailor I used embroidered it like a Christmas tree.", None),
        t("Understood, simple gold thread, neck and chest only. Six yards is tight, so I'd do agbada and sokoto from it and you wear a plain buba underneath. Can you come Saturday for measurement? Fitting would be the Thursday after."),
        c("Saturday morning is fine. How much?", None),
        t("Sewing with embroidery is 85,000. Half on Saturday, half when you collect. If anything is not right at the fitting, I adjust it before the party."),
        c("Okay. Saturday by ten.", None),
    ],
    [
        _open,
        t("Good evening sir, thank you for choosing us. Our goal is to understand your needs and give you a premium tailoring experience. What does success look like for you on this special day?"),
        c("Success is I wear the agbada on the 14th. Can you do it in two weeks?", None),
        t("I hear you, and I really feel your need for a timely experience. Our relationship with every client is built on understanding, trust and success. What are your needs around the fabric?"),
        c("I have the aso-oke already. Six yards. Can you do it or not?", None),
        t("Thank you for sharing that. So what I'm understanding is that fabric is important to you and you want a successful outcome. How do you feel about our experience-driven process?"),
        c("Oga, I don't know what that means. How much, and when do I collect?", None),
        t("Great question. We'll discuss pricing once we fully understand your needs journey. Is there anything else you'd like to share about your expectations?"),
        c("No. Let me try the tailor on my street.", None),
    ],
))

# 10. rude -- bridal salon, Gurgaon
_open = c("Hello, my daughter's wedding is on 12th December. I want to book hair and make-up for me and my two sisters, and maybe my mother-in-law. She is 82.", None)
PAIRS.append(gpair(
    "b219g_gurgaon_salon_wedding_family",
    "family salon with bridal team, Gurgaon",
    "rude",
    "A mother of the bride phones to book hair and make-up at the venue for four women of the family on the wedding day.",
    [
        _open,
        t("Namaste ma'am, and congratulations. Four people on the 12th, let me check. Where is the wedding, and by what time do you all need to be ready?"),
        c("Farmhouse in Chattarpur. Baraat is at seven, so by five we should be ready. Can you come there?", None),
        t("We come to the venue for groups of three or more, with a travel charge of 2,000. For four I'd send two artists so nobody waits long. For your mother-in-law, does she want make-up, or only hair and a light touch?"),
        c("Only hair, she doesn't like make-up. But I'll be honest, last year at my niece's wedding the salon came two hours late.", "bad_experience"),
        t("That's a real worry on a wedding day. Our artists reach two hours before ready time, so three o'clock for you, and I'll give you the artist's number the day before so you can call her directly. Shall I block the 12th and send the quote on WhatsApp?"),
        c("Block it. I'll confirm how many people after talking to my sisters.", "think_it_over"),
        t("Done, it's blocked for four in your name. Tell me the final count by the 1st and I'll adjust the quote."),
    ],
    [
        _open,
        t("Ma'am, December is our busiest month, everyone is calling. What exactly do you need?"),
        c("I just said. Hair and make-up for four people. Can you come to Chattarpur?", None),
        t("Obviously we come to venues, it's written on our Instagram. Travel is 2,000 extra. What time?"),
        c("Ready by five. Can my mother-in-law have only hair? She is 82, she doesn't like make-up.", None),
        t("Ma'am, nobody is going to force make-up on her. Hair is hair, same price as everyone."),
        c("Okay. Last year another salon came two hours late for my niece's wedding, so I'm a bit worried.", "bad_experience"),
        t("Well, we're not them, are we? If you want to worry, book someone else. Do you want the slot or not?"),
        c("I don't like how you are talking to me. I'll ask the wedding planner to find someone.", None),
    ],
))
