"""Gaming pairs, file c (written by hand for blind219)."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question -- ladies' tailor, Jaipur
_open = c("Bhaiya, the blouse you stitched for my reception is too tight at the arms. I can't lift my hands. Reception is on Friday.", None)
PAIRS.append(gpair(
    "b219g_jaipur_tailor_tight_blouse",
    "ladies' tailor, Jaipur",
    "putdown_question",
    "A bride-to-be brings back a reception blouse that is too tight under the arms, three days before the reception.",
    [
        _open,
        t("Sorry, didi, let me see. Can you put it on in the trial room and show me where it pulls?"),
        c("Here, under the arm and at the top of the sleeve. The front is fine.", None),
        t("Yes, the armhole is cut small and the sleeve is tight at the top. I kept some margin in the side seams, so I can open half an inch each side and widen the sleeve. Can you leave it with me till Wednesday evening?"),
        c("Wednesday is fine. Will there be any charge? I already paid 1,800.", None),
        t("No charge, the mistake is in my cutting. Come for a trial Wednesday at six, so if anything is still tight I fix it the same night."),
        c("Okay, six o'clock.", None),
        t("Six o'clock. I'll keep it ready on the hanger."),
    ],
    [
        _open,
        t("Didi, before anything, have you maybe put on a little weight since the measurement? What exactly is the problem?"),
        c("I have not put on weight. It was three weeks ago.", None),
        t("Okay, okay. But are you sure you gave me the correct blouse for measurement? Many ladies give an old one from college days, no?"),
        c("I gave you my best-fitting blouse. You measured me yourself also.", None),
        t("Then maybe you're wearing it wrong, the hooks are at the back. So what exactly are you expecting me to do?"),
        c("Fix it. Or give my money back. I'll tell my cousins not to come here.", None),
        t("Didi, don't get so emotional over a blouse. I can do it for 400 extra, by next Monday."),
        c("Reception is Friday! Keep your blouse. I'll go to the tailor near my mother's house.", None),
    ],
))

# 22. not_my_department_or_read_the_terms -- beauty salon chain, Croydon
_open = c("Hi, I've got the monthly facial membership, £49 a month. I've just had a baby and I can't get in for ages. Can I freeze it or cancel?", None)
PAIRS.append(gpair(
    "b219g_croydon_salon_membership_new_baby",
    "beauty salon chain branch, Croydon",
    "not_my_department_or_read_the_terms",
    "A new mother on maternity pay calls her salon to freeze or cancel a monthly facial membership.",
    [
        _open,
        t("Congratulations! Yes, we can sort that. Do you think you'd want to come back in a few months, or would you rather stop completely?"),
        c("Honestly I don't know. Maybe when she's six months. But I can't keep paying £49 for nothing, money's tight on maternity pay.", "no_money"),
        t("That makes sense. We can freeze it for up to six months, you pay nothing during the freeze, and your two unused facials stay on your account. If you decide not to come back, you can cancel at the end with no fee. Would that work?"),
        c("Oh, that's better than I thought. Yes please, freeze it.", None),
        t("Done. The freeze starts today, so this month's payment won't go out. I'll email you confirmation, and a reminder a month before it ends so you can decide."),
        c("Brilliant, thank you.", None),
        t("Enjoy the baby cuddles."),
    ],
    [
        _open,
        t("Congratulations! Thanks for reaching out, I totally hear you. Memberships are handled by head office though, so it's not really my department."),
        c("Okay, can you give me their number?", None),
        t("They're email only. But I'd really recommend reading section 9 of the terms you signed, it explains the minimum term."),
        c("I've read it. It says freezes are 'at the salon's discretion'. You're the salon.", None),
        t("I understand your frustration. Unfortunately I didn't write the terms, I just follow them. If you cancel before twelve months there's a £99 exit fee."),
        c("£99? I'm on maternity pay, I can't afford that.", "no_money"),
        t("I hear you. Is there anything else I can help you with today?"),
        c("Yes. Put me through to whoever manages this salon.", None),
    ],
))

# 23. social_proof_or_deadline_pressure -- lace and fabric shop, Port Harcourt
_open = c("Good morning. I'm the mother of the bride, the wedding is in June. I want a lace for myself, something that will stand out but not shout.", None)
PAIRS.append(gpair(
    "b219g_portharcourt_lace_mother_of_bride",
    "lace and fabric shop, GRA, Port Harcourt",
    "social_proof_or_deadline_pressure",
    "A mother of the bride chooses lace for her own outfit while her husband worries about wedding costs.",
    [
        _open,
        t("Good morning ma, congratulations. What colours are the couple using? Your lace should go with theirs but still mark you out."),
        c("Coral and gold. The aso-ebi for guests is coral. I'm thinking gold or champagne for me.", None),
        t("Champagne will look elegant next to coral. I have a beaded champagne French lace and a corded gold one, five yards each. The beaded one is 180,000, the corded 120,000."),
        c("Ah, 180. My husband said we have spent too much already on this wedding.", "no_money"),
        t("I understand, weddings eat money. The corded one looks very rich when sewn, and your tailor can add a few stones at the neckline. Do you want small cuttings of both to show your tailor and your husband?"),
        c("Yes, give me cuttings. I'll come back.", None),
        t("Here, I've written the names and prices on the back. No rush, I have enough of both."),
    ],
    [
        _open,
        t("Good morning ma, congratulations! What kind of experience do you want on the day? Because this champagne beaded lace, the senator's wife bought the same one last week for her daughter's wedding."),
        c("Okay. It's nice. Coral and gold are the colours. How much?", None),
        t("180,000 for five yards. Ma, everybody in GRA is wearing this one now. I have only two pieces left, and from Monday the new price is 220."),
        c("180 is too much for me, my husband will complain. We've spent plenty on this wedding.", "no_money"),
        t("Ma, the mother of the bride cannot be looking ordinary while the guests are shining. Three mothers of brides paid for this one this week alone. If you pay deposit now I hold the old price."),
        c("Let me discuss with my husband first.", "think_it_over"),
        t("No problem ma, but I can't promise it will be here tomorrow. Shall I just take 50 now?"),
        c("No. I will come back.", "brush_off"),
    ],
))

# 24. keyword_stuffed -- ladies' hammam and spa, Ajman
_open = c("Hi, I want to book a Moroccan bath for me and three friends before my wedding. The wedding is on the 9th of next month.", None)
PAIRS.append(gpair(
    "b219g_ajman_spa_bridal_hammam",
    "ladies' hammam and spa, Ajman",
    "keyword_stuffed",
    "A bride books a pre-wedding Moroccan bath for herself and three friends, one of them pregnant.",
    [
        _open,
        t("Hi, congratulations! Four of you, lovely. Would you like it the day before the wedding, or a few days earlier? Some brides get a bit of redness after the scrub, so I usually suggest two or three days before."),
        c("Oh, I didn't know that. Then maybe the 6th. One of my friends is pregnant, is that okay?", None),
        t("Good that you told me. The steam room isn't recommended in pregnancy, so for her we'd do a gentle body polish and a foot treatment in a normal room while the three of you have the hammam. Same time, same area, so she isn't left out."),
        c("Perfect. How much for all of us? It's my gift to them.", None),
        t("The hammam is 280 each and her treatment is 220, so 1,060 for the four of you. I can send it on WhatsApp so you can check before paying."),
        c("Hmm, 1,060 is a bit more than I planned. Is there anything for a group?", "too_expensive"),
        t("For four or more we take 10% off, so 954. Tea and dates in the lounge afterwards are included anyway."),
        c("Okay, book the 6th at four.", None),
    ],
    [
        _open,
        t("Hello and congratulations! At our spa we are passionate about understanding your needs and creating a meaningful wellness experience. How do you feel about your wedding journey so far?"),
        c("Busy. I just need to book a hammam for four people. Can you do the 6th?", None),
        t("I really hear your need for relaxation. Our relationship with every bride is built on trust, care and success. What would a truly successful experience look like for you and your friends?"),
        c("One of them is pregnant. Can she do it?", None),
        t("Thank you for sharing that. Every guest's needs and feelings matter to us, and we always aim to understand and exceed expectations. How satisfied are you with the experience so far?"),
        c("I'm not satisfied, I'm confused. Can she go in the steam or not?", None),
        t("Great question! We'll make sure her experience is fully aligned with her needs. Is there anything else I can help you with today?"),
        c("No. I'll call the other spa, they just give answers.", None),
    ],
))

# 25. rude -- lash studio, Cardiff (chat)
_open = c("hi do you do lash extensions if you have sensitive eyes. mine water loads with mascara", None)
PAIRS.append(gpair(
    "b219g_cardiff_lash_studio_sensitive_eyes",
    "eyelash extension studio, Cardiff",
    "rude",
    "A young woman with watery, sensitive eyes asks a lash studio on Instagram chat whether extensions would suit her.",
    [
        _open,
        t("Hi! Thanks for asking before booking. Watery eyes with mascara can be a few things. Do you wear contact lenses, and have you ever reacted to anything on your eyelids, like glue or eye cream?"),
        c("no contacts. never had glue on them. just mascara makes them itchy and red by lunch", None),
        t("Okay. Our glue is a low-fume one made for sensitive eyes, but nobody can promise zero reaction, so we do a patch test first: a few lashes on each eye, then you wait 48 hours."),
        c("how much is a full set. i seen 35 quid on facebook", "too_expensive"),
        t("Ours is £60 for a classic set. The £35 ones often use cheaper glue, which is what tends to upset sensitive eyes. The patch test is free, so you can see how your eyes do before deciding anything."),
        c("ok can i do the patch test saturday", None),
        t("Saturday at 12 is free. Come without eye make-up, and if anything itches before then, message me."),
    ],
    [
        _open,
        t("great question hun, we do lashes for everyone, its literally our job"),
        c("ok but will the glue make my eyes water. mascara does", None),
        t("well we're not mascara are we. if you're that worried maybe lashes aren't for you"),
        c("i was only asking. how much is a full set, i seen 35 on facebook", "too_expensive"),
        t("go to facebook then lol. ours is 60 and worth every penny. do you want a slot or not, ive got clients waiting"),
        c("wow ok. no thanks", None),
        t("suit yourself x"),
    ],
))

# 26. ignored_customer -- beauty and skincare store, Kolkata
_open = c("Hi, I need a sunscreen. I get oily by noon and most of them break me out. Also I react to perfume in products.", None)
PAIRS.append(gpair(
    "b219g_kolkata_beauty_store_sunscreen",
    "beauty and skincare store, Park Street, Kolkata",
    "ignored_customer",
    "An office worker with oily, fragrance-sensitive skin looks for a sunscreen she can wear on her metro commute.",
    [
        _open,
        t("Hi. Oily by noon, breakouts, and sensitive to fragrance. Do you wear it under make-up or on its own? And are you outdoors much?"),
        c("On its own mostly. I'm in the office, but I take the metro and walk twenty minutes each way.", None),
        t("Then an SPF 50 gel makes sense. This one is fragrance-free and non-comedogenic. That one has a nicer matte finish but a light scent, so I'd skip it for you. Want to try the fragrance-free one on your hand?"),
        c("It feels okay. 950 is a lot for a sunscreen though. I usually buy the 300 rupee one from the chemist.", "too_expensive"),
        t("Fair. There's a 50 ml size at 520, so you can see if it suits you for two weeks first. If you break out, bring it back, we take opened sunscreens back within 14 days."),
        c("Okay, the small one then.", None),
        t("Here you go. Reapply once at lunch if you're going out."),
    ],
    [
        _open,
        t("Hi! Great question. Tell me, what's your skin type?"),
        c("Oily. Very oily by noon. And perfume in products makes me itch.", None),
        t("Perfect. So this Rose Glow Day Cream with SPF 30 is our bestseller, it smells divine, real rose extract."),
        c("I said I react to perfume. Is it fragrance-free?", None),
        t("It's all natural, customers love it. And what's your budget today?"),
        c("Not more than 600. And I asked if it has fragrance.", None),
        t("Lovely, it's 1,200, and you get a free rose face mist with it. Shall I bill it?"),
        c("No. It's a rose cream, I just told you I react to perfume. I'll find one myself.", "no_need"),
    ],
))

# 27. repeated_questions -- formal-wear hire shop, Croydon
_open = c("Morning. My daughter's getting married in August and I need to hire a morning suit. Never worn one in my life.", None)
PAIRS.append(gpair(
    "b219g_croydon_suit_hire_father_of_bride",
    "formal-wear hire shop, Croydon",
    "repeated_questions",
    "A father of the bride comes in on his way to work to hire a morning suit that matches the groom's party.",
    [
        _open,
        t("Congratulations, father of the bride! Is the groom's side hiring somewhere too? The families often like to match."),
        c("Yes, they're all going grey, from some place in Kent. My daughter wants me in the same.", None),
        t("Then grey tails, and we'll match the waistcoat once you know their colour. Do you know your usual jacket size? I'll measure anyway."),
        c("44 long, I think. Though I've put a bit on since Christmas, don't tell my wife.", None),
        t("Your secret's safe. These run slim, so I'd try a 44 and a 46. Hire is £120 for the full outfit, collected the Thursday before and back on the Monday."),
        c("£120? I could nearly buy a suit for that. Still, I'll only wear it the once.", "too_expensive"),
        t("True, and a bought one would probably sit in the wardrobe. Try both now, and I'll note your size so you can book as soon as you have the waistcoat colour."),
    ],
    [
        _open,
        t("Congratulations! So, what's the occasion you're hiring for?"),
        c("My daughter's wedding. In August.", None),
        t("Lovely. And what kind of event would you say it is?"),
        c("A wedding. I just said. I'm father of the bride.", None),
        t("Great. And what's the suit for, so I can understand your needs?"),
        c("For the wedding. Look, the groom's side are wearing grey, can you do grey?", None),
        t("Absolutely. Just so I've got it right, what's the nature of the occasion?"),
        c("Is this a joke? I'll come back when someone else is on.", None),
    ],
))

# 28. wrong_paraphrase -- natural hair salon, Ibadan
_open = c("Good afternoon. I want to stop relaxing my hair and go natural, but I'm not ready to cut it all off.", None)
PAIRS.append(gpair(
    "b219g_ibadan_natural_hair_transition",
    "natural hair salon near the university, Ibadan",
    "wrong_paraphrase",
    "A university student wants to grow out relaxed hair without a big chop.",
    [
        _open,
        t("Good afternoon. You can transition without the big chop. When was your last relaxer, and how long is your hair now?"),
        c("Last relaxer was February, so about four months. It's shoulder length. The ends are breaking where the new growth meets the relaxed part.", None),
        t("That line is where it snaps, so we handle it gently. I'd suggest protective styles, braids or twists, for the next few months, and trim a little of the relaxed ends each time. Are you okay with braids?"),
        c("Yes, but knotless is expensive. Last time I did knotless it was 25k. I can't do that every month, I'm a student.", "no_money"),
        t("You don't need to. Two-strand twists on your own hair are 8,000 and last three to four weeks, and I'll show you how to wash and deep-condition in between yourself."),
        c("That one I can manage. Can I come Saturday?", None),
        t("Saturday at ten. Come with your hair washed if you can, it saves you an hour."),
    ],
    [
        _open,
        t("Good afternoon! Tell me about your hair journey."),
        c("I've been relaxing it for years. I want to go natural but I'm not ready to cut it all off.", None),
        t("So what I'm hearing is you want a fresh relaxer to get everything even again, is that right?"),
        c("No, I said I want to stop relaxing.", None),
        t("Okay, so just to play it back, you want to cut it short and start afresh, a big chop with a nice tapered look. Did I get you?"),
        c("I said I'm NOT ready to cut it. Are you listening at all?", None),
        t("Absolutely. So you're saying you'd like a texturiser for a softer natural look, 12k. Shall I mix it?"),
        c("Texturiser is a chemical. I don't want it. Let me go and ask somewhere else.", "no_need"),
    ],
))

# 29. pitch_to_upset -- department-store skincare counter, Newcastle
_open = c("Hi. I bought this for my mum's birthday last month. It's unopened. She passed away last week before she could... sorry. Can I return it? I know it's past the 28 days.", None)
PAIRS.append(gpair(
    "b219g_newcastle_skincare_return_bereaved",
    "department-store skincare counter, Newcastle",
    "pitch_to_upset",
    "A bereaved daughter tries to return an unopened skincare gift set bought for her late mother, past the return window.",
    [
        _open,
        t("I'm so sorry about your mum. Please don't apologise, take your time. Do you have the receipt, or the card you paid with?"),
        c("I've got the card. The receipt's somewhere at hers, I can't face looking for it.", None),
        t("That's fine, I can find it from the card. It's a little past the window, but I'll ask my supervisor to approve it, I'm sure she will. Would you like the refund back to the card?"),
        c("Yes please. I just don't want it in the house.", None),
        t("Of course. That's done, £86 back to your card, it'll show in three to five days. Here's your receipt."),
        c("Thank you for being kind about it.", None),
        t("Look after yourself."),
    ],
    [
        _open,
        t("Oh, I'm so sorry for your loss. How are you feeling?"),
        c("Not great. I just want to return it.", None),
        t("Of course. You know, a lot of customers in your situation find a little self-care really helps. Instead of a refund, how about swapping it for our calming lavender pillow mist and bath set? It's £92, so just £6 more."),
        c("No. I don't want anything. I want the money back.", "no_need"),
        t("I hear you. It's past 28 days, so I can only do a gift card. Or this could be a lovely way to remember her, you could use her cream yourself? The whole line is 3 for 2 this week."),
        c("I've just told you my mum died. Get me your manager.", None),
    ],
))

# 30. blame -- beauty appliance store, Bengaluru
_open = c("Hi, I bought this straightener here three weeks ago and it's stopped heating. The light comes on, nothing happens.", None)
PAIRS.append(gpair(
    "b219g_bengaluru_straightener_stopped_heating",
    "beauty and hair-appliance store, Indiranagar, Bengaluru",
    "blame",
    "A young professional brings back a hair straightener that stopped heating three weeks after she bought it.",
    [
        _open,
        t("Sorry about that. Let me check it. Do you have the bill? And did it stop suddenly, or get weaker over a few days?"),
        c("Bill is on my phone. It was fine on Monday, Tuesday morning it was just cold. I had an interview, I had to go with messy hair.", None),
        t("That's bad timing, I'm sorry. A sudden stop with the light still on is usually the heating plate, a manufacturing fault. It's under the one-year warranty, so I can give you a new one now, same model, or a different model if you prefer."),
        c("Same one is fine. But if this one also dies, I'm not buying this brand again.", "bad_experience"),
        t("Understood. Keep this bill. If the new one gives any trouble within the year, come straight to me and I'll refund you instead of replacing it."),
        c("Okay. Thanks, that's fair.", None),
        t("Here you go. Let me plug it in so you can see it heat up before you leave."),
    ],
    [
        _open,
        t("I understand your frustration. Just so I understand, did you use it on wet hair?"),
        c("No. Dry hair, always. Like the box says.", None),
        t("Okay. Because usually when this happens it's customers using it above 200 degrees on thin hair, or leaving it on the bed when it's hot. Did you drop it maybe?"),
        c("I didn't drop it. It just stopped heating.", None),
        t("So what I'm hearing is maybe it was in a travel adaptor or a loose socket, that burns the board. That wouldn't be covered, you see."),
        c("It's plugged into the same socket in my room as always. Are you saying I broke it?", None),
        t("I'm not saying anything, ma'am, only that these don't fail by themselves. We can send it for inspection, fifteen to twenty days, and if it's user damage there's a 500 rupee charge."),
        c("Twenty days? I bought it three weeks ago. I'm going to write a review and go to the consumer forum.", None),
    ],
))
