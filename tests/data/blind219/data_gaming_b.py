"""Gaming pairs, file b (written by hand for blind219)."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- hair salon, Glasgow
_open = c("Hi, I want my greys covered, but I need to tell you I had a reaction to a box dye a couple of years back. My scalp went all red and itchy.", None)
PAIRS.append(gpair(
    "b219g_glasgow_salon_grey_cover_allergy",
    "neighbourhood hair salon, Glasgow",
    "ignored_customer",
    "A woman in her fifties wants her grey covered but once reacted badly to a supermarket hair dye.",
    [
        _open,
        t("Thanks for telling me, that's really important. Do you know what was in it, or was it a supermarket box? And how bad was it, did you need to see a doctor?"),
        c("Just a supermarket one. The GP gave me a cream and it settled in a week. She said it was probably the PPD.", None),
        t("Okay. Then I wouldn't put a standard permanent colour on you. There are PPD-free colours, but some people react to those too, so we'd patch test behind your ear at least 48 hours before. Would you be up for that?"),
        c("Aye, I'd rather. How much is the colour though? I used to do it myself for six quid.", "too_expensive"),
        t("The patch test is free. Roots and greys in the PPD-free range is £55. If you react to the test you pay nothing, and we'd look at other ways, like blending the grey with fine highlights."),
        c("That's fair enough. Can I pop in Thursday for the test?", None),
        t("Thursday's fine, any time after ten. Then the earliest we could do the colour would be Saturday."),
    ],
    [
        _open,
        t("Thanks for sharing that! Tell me more about your hair goals. What's most important to you?"),
        c("Covering the grey, and not ending up with a red itchy scalp again. The GP said it was probably the PPD.", None),
        t("Lovely. So let's get you booked in for our signature permanent colour, it gives amazing grey coverage. When works for you?"),
        c("Is that PPD-free? I really can't have PPD.", None),
        t("Great question. It's a professional salon colour, much better than box dye. We could do Saturday at eleven, how does that sound?"),
        c("Do I not need a patch test first? I'm worried I'll react again.", None),
        t("It's our most popular colour, honestly, clients love it. Is there anything else I can help you with today?"),
        c("I'm not risking that again. My scalp was raw for a week last time. I'll go somewhere else.", "bad_experience"),
    ],
))

# 12. repeated_questions -- wig and hair vendor, Abuja (chat)
_open = c("good afternoon, i want a human hair wig for my sisters wedding. bone straight 22 inches. how much", None)
PAIRS.append(gpair(
    "b219g_abuja_wig_vendor_bone_straight",
    "human-hair wig shop with WhatsApp sales, Wuse 2, Abuja",
    "repeated_questions",
    "A customer chats on WhatsApp with a wig vendor about a long straight human-hair wig for her sister's wedding.",
    [
        _open,
        t("Good afternoon! 22 inch bone straight, we have Vietnamese and Burmese. Before I give you price, have you worn frontal before, or you prefer closure?"),
        c("closure. frontal gives me headache and i cant be melting lace every time", None),
        t("Closure then, easier to wear. 22 inch Vietnamese bone straight with 5x5 closure is 285k, Burmese is 240k. You want it plain, or we install and style it for you?"),
        c("285 is high. my friend bought 22 inch for 180 in wuse market", "too_expensive"),
        t("Some of the market ones at that price are mixed or not double drawn, so the ends go thin quickly. Come and I'll show you the weft and do a burn test in front of you. If you want to stay under 200, I can do 20 inch Burmese for 195."),
        c("ok let me come and see both. saturday", None),
        t("Come Saturday, we're open 10 to 6. I'll keep both ready for you to touch and compare."),
    ],
    [
        _open,
        t("Good afternoon! Thank you for contacting us. What is your budget for the wig?"),
        c("i dont know thats why im asking. not more than 200, im also paying for aso ebi", "no_money"),
        t("Okay. And how much are you looking to spend on this one?"),
        c("i said 200. do you have 22 inch at that price", None),
        t("Noted. Just so I understand your needs, what price range are you comfortable with?"),
        c("are you not reading what i type?? 200. 22 inch. bone straight", None),
        t("Thank you for sharing. And what kind of investment are you planning for your hair this season?"),
        c("forget it. ive wasted 10 minutes", None),
    ],
))

# 13. wrong_paraphrase -- bridal lehenga boutique, Mumbai
_open = c("Hi, I'm looking for something for my sangeet. It's in Goa, outdoors, in April. I don't want anything heavy.", None)
PAIRS.append(gpair(
    "b219g_mumbai_lehenga_goa_sangeet",
    "bridal and occasion-wear boutique, Bandra, Mumbai",
    "wrong_paraphrase",
    "A bride shops for a light outfit she can dance in at an outdoor sangeet in Goa in April.",
    [
        _open,
        t("Hi! Goa in April will be hot, so light makes sense. Are you thinking lehenga, or would you look at a sharara or a co-ord set? Any colours you're drawn to?"),
        c("Lehenga still, I want to dance in it. Pastel, maybe mint or lilac. My mum wants me in pink but I'm not sure.", None),
        t("So a light lehenga you can dance in, pastel, mint or lilac, and mum's voting pink. I'd look at georgette or organza with thread work instead of heavy zardozi, about 2.5 kilos rather than 6. What range did you have in mind?"),
        c("Around 80 to one lakh. My friend got hers from a designer for 3 lakh and honestly I can't do that.", None),
        t("Within a lakh we have a good selection. Shall I bring a mint organza and a lilac georgette? Take photos for your mum. Alterations take about three weeks, so you have time."),
        c("I'll try them, but I'm not buying today. I want my mum to see it first.", "think_it_over"),
        t("Of course, nobody should choose a sangeet lehenga without mum. Take your photos, and I can hold one for three days."),
    ],
    [
        _open,
        t("Hi! Welcome. What's the occasion and what are you looking for?"),
        c("It's my sangeet. Goa, outdoors, April. Something light I can dance in.", None),
        t("So what I'm hearing is you want a statement bridal piece in traditional red with heavy zardozi, because it's your big night. Is that right?"),
        c("No... light. It's outdoors, in April. And pastel, not red.", None),
        t("Got it, so you want something grand enough for the photos, like this velvet one, velvet photographs beautifully under lights. Did I understand you correctly?"),
        c("Velvet? In Goa in April? I'll melt. No.", "no_need"),
        t("Absolutely, so comfort is key, which is why you'd prefer the can-can with extra flare for dancing, 1.8 lakh. Shall I take your measurements?"),
        c("I never said any of that. And 1.8 is almost double what I have.", "no_money"),
    ],
))

# 14. pitch_to_upset -- bridal salon, Hyderabad
_open = c("Hi... I had a bridal booking with you for the 20th. The wedding's been called off. I need to cancel.", None)
PAIRS.append(gpair(
    "b219g_hyderabad_salon_wedding_called_off",
    "bridal salon, Jubilee Hills, Hyderabad",
    "pitch_to_upset",
    "A young woman whose wedding has just been called off phones to cancel her bridal make-up booking and ask about her advance.",
    [
        _open,
        t("I'm so sorry. That must be a really hard week. I'll take care of this for you. Can I have the name on the booking?"),
        c("Sneha Reddy. I paid 15,000 advance. I know it's probably non-refundable, I just had to ask.", None),
        t("Thank you, Sneha, I can see it. Normally the advance stays as credit for a year, but since the date is more than a month away, I'll ask my manager today whether we can refund it. If she agrees, would you want it back to your account, or kept as credit?"),
        c("Back to my account, please. I don't want to come back to anything that reminds me of this right now.", None),
        t("Completely understood. I'll call you by tomorrow evening with her answer, and if it's yes the money reaches you in five to seven working days. You don't need to do anything else."),
        c("Thank you. Really.", None),
        t("Take care of yourself, Sneha."),
    ],
    [
        _open,
        t("Oh no, I'm so sorry to hear that. How are you feeling?"),
        c("Honestly, not great. I just want to sort this out. I paid 15,000 advance.", None),
        t("I understand. You know, a lot of our clients find self-care really helps in difficult times. Instead of cancelling, we could move your advance into our Renew package: facial, hair spa, mani-pedi, and it's only 6,000 more."),
        c("I don't want a facial. I want to cancel.", "no_need"),
        t("Of course, I hear you. What I'd say is, you deserve to feel good about yourself again, and Renew is our bestseller for exactly that. Shall I book you for next week?"),
        c("Are you serious? My wedding just got cancelled. Just tell me about the advance.", None),
        t("Sure. The advance is non-refundable, but it can go towards any package. We also have a membership at 20% off, that could be a nice new beginning for you?"),
        c("My father paid that advance. I'll ask him to call your manager.", None),
    ],
))

# 15. blame -- hair salon, Sharjah
_open = c("Hi, I did keratin here two weeks ago and now my hair is breaking, there are short bits everywhere when I brush. I'm really upset.", None)
PAIRS.append(gpair(
    "b219g_sharjah_salon_keratin_breakage",
    "ladies' hair salon, Sharjah",
    "blame",
    "A university student returns to a salon because her hair is breaking two weeks after a keratin treatment.",
    [
        _open,
        t("I'm sorry, that's worrying. Can I have a look? Who did it, and do you remember if they went over it with the straightener a lot at the end?"),
        c("It was Rana. Yes, she went over it many times, it was smoking a bit. I thought that was normal.", None),
        t("Some steam is normal, but too many passes at high heat can snap fine ends, and your ends are fine. What have you been washing it with since?"),
        c("The sulphate-free one you sold me. I did everything you told me.", None),
        t("Then this didn't come from anything you did. We'll trim the broken ends and do a bond-repair treatment, no charge, and I'll talk to Rana about the heat. Do you have an hour now?"),
        c("Not now, I have a lecture at three. Maybe tomorrow?", "no_time"),
        t("Tomorrow at eleven with Dalia, our senior stylist. I'll message you the confirmation, and bring the shampoo so she can check it."),
    ],
    [
        _open,
        t("Oh no! I understand. Just so I understand your journey, did you wash it before 72 hours?"),
        c("No. I waited four days, like she said.", None),
        t("Okay. And what shampoo are you using? Because most breakage we see is from clients using the wrong products at home."),
        c("The sulphate-free one you sold me. The stylist ironed it many times, it was smoking.", None),
        t("So what I'm hearing is the problem started at home. Honestly, keratin doesn't break hair. Maybe your hair was already damaged from colour before you came?"),
        c("My hair was fine! I haven't coloured it in a year.", None),
        t("I hear you. Maybe you brush it wet? Or tie it too tight? Anyway, we can book you a repair treatment, it's 350 dirhams."),
        c("I'm not paying you again to fix what you did. Never again keratin, honestly.", "bad_experience"),
    ],
))

# 16. monologue -- pharmacy beauty counter, Pune
_open = c("Hello, my son is fifteen, he's getting lots of pimples on his forehead and he's very embarrassed. What can I give him?", None)
PAIRS.append(gpair(
    "b219g_pune_pharmacy_teen_acne",
    "pharmacy with skincare counter, Pune",
    "monologue",
    "A mother asks a pharmacy skincare counter what to buy for her teenage son's forehead acne.",
    [
        _open,
        t("Hello, ma'am. It's very common at that age. Are they small bumps, or big painful ones under the skin? And is he using anything now?"),
        c("Mostly small ones, some red. He uses some face wash from the supermarket, and his father's aftershave, I think.", None),
        t("The aftershave can irritate, so I'd stop that first. For small ones, a gentle salicylic face wash twice a day and an oil-free moisturiser usually help in four to six weeks. If big painful ones start, it's better he sees a dermatologist."),
        c("He won't do five steps, he's a boy. And last time I bought a whole kit for him and it just sat in the bathroom.", "bad_experience"),
        t("Then just two things, no kit. This face wash is 349 and the moisturiser 299. Let him try for a month. If nothing changes by then, come back and I'll give you the name of a dermatologist near you."),
        c("Okay, only these two. Fine.", None),
        t("I'll write 'morning and night' on the boxes for him."),
    ],
    [
        _open,
        t("Hello ma'am! Teenage skin is such an important journey. See, what I recommend is our complete Clear Skin system: foaming cleanser, toner, BHA exfoliant, niacinamide serum, spot gel, oil-free moisturiser and SPF 50. Cleanser morning and night, then toner, exfoliant only three nights a week, then serum, spot gel only on the pimples, moisturiser, and sunscreen every morning."),
        c("That's a lot. He's—", None),
        t("The full set is 2,899, but if you take it today I add the clay mask free. All the school children are using this now, very popular. We also have a men's range, beard oil, for when he's older. And for you, ma'am, our vitamin C anti-ageing serum, you would love it."),
        c("I came for my son, not for me. And he won't do seven steps.", "no_need"),
        t("That's why the routine card is inside, he just follows the numbers one to seven. So what I'm hearing is you want clear skin for him fast. Shall I pack the set?"),
        c("No, leave it. I'll ask our doctor.", "brush_off"),
    ],
))

# 17. closing_as_open_question -- laser hair-removal clinic, Dubai
_open = c("Hi, I'm interested in laser hair removal for legs and underarms. I work shifts, I'm a nurse, so I need to know how it works with timing.", None)
PAIRS.append(gpair(
    "b219g_dubai_laser_clinic_nurse_shifts",
    "laser hair-removal clinic, Dubai Marina",
    "closing_as_open_question",
    "A nurse on night shifts asks a laser clinic how treatment would fit her rota; she was burned at another clinic before.",
    [
        _open,
        t("Hi! Thanks for asking first. Usually it's six to eight sessions, four to six weeks apart, about 40 minutes each for legs and underarms. Do you get your rota in advance?"),
        c("Yes, a month ahead. Mostly nights.", None),
        t("Then we can book each session around your rota. Can I ask about your skin and hair? Laser works best on dark hair; very fair or grey hair doesn't respond well."),
        c("My hair's dark, skin is medium, I tan easily. I did laser at another place in Deira and got a burn on my shin.", "bad_experience"),
        t("I'm sorry that happened. For medium skin that tans we use the Nd:YAG laser, which is safer for deeper skin tones, and we'd do a patch test and wait 48 hours. Would you like to book just the patch test on a day off and decide after that?"),
        c("Okay, patch test only. I'm off next Wednesday.", None),
        t("Wednesday at two, then. It's free, and there's nothing to sign until you've seen how your skin reacts."),
    ],
    [
        _open,
        t("Hi! Great to hear from you. So, what would it take for you to start your hair-free journey with us today?"),
        c("I just want to know how it works with night shifts first.", None),
        t("Of course! Which package feels right for you, six sessions of legs and underarms at 3,999, or unlimited for a year at 5,499?"),
        c("Neither yet. I got burned on my shin at another place in Deira, I'm nervous.", "bad_experience"),
        t("Totally understandable! So how would you like to secure your booking today, card or Tabby instalments?"),
        c("I haven't said yes. And 5,499 is a lot for me right now.", "no_money"),
        t("What would make this a yes for you right now? If I take 10% off, shall we start Saturday or Sunday?"),
        c("I need to think about it. I'll call you.", "think_it_over"),
    ],
))

# 18. pitch_as_paraphrase -- bridal shop, Manchester
_open = c("Hiya, I've got the eleven o'clock. Bit nervous. We're doing a registry office, small, about twenty people, so I don't want a big meringue.", None)
PAIRS.append(gpair(
    "b219g_manchester_bridal_shop_registry",
    "independent bridal shop, Manchester",
    "pitch_as_paraphrase",
    "A bride with a budget of about a thousand pounds comes for a dress appointment for a small registry-office wedding.",
    [
        _open,
        t("Welcome, and no need to be nervous. A registry office, twenty people. How would you like to feel on the day, and when is it?"),
        c("Comfortable. It's October, and we're going to the pub after, so I want to be able to sit and eat in it. Budget's about a grand including alterations.", None),
        t("Comfortable, October, sitting and eating in it, about a thousand all in. Then I'd look at crepe or satin slips, or tea-length, nothing with a structured bodice. Alterations are usually £150 to £250, so I'd keep the dress to about £750. Shall I pull four or five in that range?"),
        c("Yes please. My sister said I should try one big one just to see, though.", None),
        t("Happy to, one for fun. I'll put it last so it doesn't throw you off the others."),
        c("Okay, I've tried them all now. The satin one, I keep thinking about it.", None),
        t("You were smiling in that one. It's £690; with a simple hem and the straps taken in, about £850 all in, under your budget. How are you feeling about it?"),
        c("I love it. But I want my mum to see it before I commit, she's paying for half.", "think_it_over"),
        t("Of course. I'll hold it for a week, free. Bring her in any day."),
    ],
    [
        _open,
        t("Welcome! Tell me all about the wedding of your dreams."),
        c("It's small. Registry office, twenty people, October, pub after. Budget's about a grand with alterations.", None),
        t("So what I'm hearing is you want to feel like a princess, which is our Couture collection, starting from £2,400. Is that right?"),
        c("Er, no. I said a grand. And small.", None),
        t("Absolutely, so just to play that back: you want something timeless you'll treasure forever, which is the Aurelia at £1,950, our most popular dress this season. Did I get that right?"),
        c("That's double my budget. I can't spend that.", "no_money"),
        t("So what you're saying is you'd like to see our payment plan, twelve months at £162, correct?"),
        c("No. I'm not paying off a dress for a year. I think I'll try the high street.", "no_need"),
    ],
))

# 19. upsell_as_loop_closing -- mall perfume counter, Dubai
_open = c("Hi, I'm looking for a perfume for my father's birthday. He's turning sixty. I don't really know what he likes.", None)
PAIRS.append(gpair(
    "b219g_dubai_mall_perfume_gift_father",
    "perfume and oud counter in a mall, Dubai",
    "upsell_as_loop_closing",
    "A student buys a birthday perfume for her father at a mall perfume counter on a fixed budget.",
    [
        _open,
        t("Happy birthday to him. What does he wear now, or what do you remember him smelling of?"),
        c("He's worn the same oud oil forever, from a shop in Sharjah. Very strong. My mum says something lighter would be nice, but he's old-fashioned.", None),
        t("So he's loyal to oud and your mum wants lighter. I'd look at an oud blended with something fresher, bergamot or vetiver, so it still feels like him. What were you thinking of spending?"),
        c("Around 400 dirhams. Not more, I'm a student.", None),
        t("There are two at about 380. Let me spray them on cards and one on your wrist, so you can smell how it changes in ten minutes."),
        c("This one. He'd like this one. Can you gift wrap it?", None),
        t("Of course, free. I'll put a sample of the other one in the bag, and if he prefers it he can exchange within fourteen days with the receipt."),
    ],
    [
        _open,
        t("How lovely! What kind of fragrance experience are you looking to give him?"),
        c("I don't know. He wears oud oil. Budget's around 400.", None),
        t("Perfect, this Royal Oud is 390. And just to close the loop, what else can I add for you? The matching body wash and deodorant make it a complete gift set, 650 together."),
        c("No, just the perfume. I'm a student.", "no_money"),
        t("Of course. And what else can I add for yourself today? Our new rose mist is only 120, the girls love it."),
        c("No thank you. Just the perfume.", "no_need"),
        t("Absolutely. Before I wrap it, anything else you'd like? A travel size for his car, or the luxury box for 75?"),
        c("No! Just wrap it. Please.", "no_need"),
    ],
))

# 20. leading_tag_questions -- hair-loss clinic, Leicester
_open = c("Hi, er, I've noticed my hairline's going back a bit. Just wanted to find out what you do.", None)
PAIRS.append(gpair(
    "b219g_leicester_hair_loss_clinic",
    "men's hair-loss clinic, Leicester",
    "leading_tag_questions",
    "A 28-year-old man walks into a hair-loss clinic after seeing an advert for hair transplants.",
    [
        _open,
        t("Hi, thanks for coming in, it's a really common worry. How long have you noticed it, and does it run in your family?"),
        c("Maybe a year. My dad went bald in his thirties. I'm 28.", None),
        t("Okay. At 28 with a family history, most people try medication first, minoxidil or finasteride, before thinking about a transplant. A transplant at your age can end up chasing a hairline that's still moving. Have you spoken to your GP?"),
        c("No. Honestly I saw your advert and thought a transplant was what I wanted. But it's a lot of money for me.", "no_money"),
        t("It is, and I'd rather you didn't spend it yet. We can do a free scalp scan today to see how much is thinning. Then see your GP about medication, and come back in six months for another scan to compare."),
        c("Scan sounds good, but not now, I'm on my lunch break and I'm already late back.", "no_time"),
        t("No problem. It only takes ten minutes, so Saturday morning? I'll email you the photos afterwards so you can show your GP."),
    ],
    [
        _open,
        t("Hi mate, welcome! You'll want to sort it now before it gets any worse, won't you?"),
        c("I suppose. I only noticed it about a year ago.", None),
        t("Exactly, and the earlier the better, isn't it? Our 2,500-graft FUE is the gold standard, and you'd want the best for your head, wouldn't you?"),
        c("How much is that?", None),
        t("£4,200 with aftercare. That's less than a car, isn't it? And you don't want to be the bald one at your mate's wedding, do you?"),
        c("That's loads. A lad at work had his done in Istanbul for half that.", "too_expensive"),
        t("But you wouldn't want a cheap job like those Turkey horror stories, would you? Shall we take the consultation deposit now, it's only £200, yeah?"),
        c("I'll have a think, mate.", "think_it_over"),
    ],
))
