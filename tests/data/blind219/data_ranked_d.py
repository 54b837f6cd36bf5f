"""Ranked pairs d01-d10: two decent conversations, `better` better as a sales coach would judge (written by hand for blind219)."""
from common import c, rpair, t

PAIRS = []

# d01 -- skincare shop, Lekki, Lagos
_open = c("Good evening. I want something to clear these dark spots on my face. My friend said I should use a toning cream.", None)
PAIRS.append(rpair(
    "b219r_d01_lagos_skincare_dark_marks",
    "A young woman asks a skincare shop in Lekki for a cream to clear dark marks; her sister's wedding is in three weeks.",
    [
        _open,
        t("Good evening. Let me look. Are these from old pimples, or did they just appear? And do you still get pimples?"),
        c("From pimples, yes. I still get one or two before my period, and they leave marks that stay for months.", None),
        t("So they're marks left after breakouts. I'd avoid toning creams; many have hydroquinone or steroids that thin the skin and leave it patchy. What works better is sunscreen every day, because sun darkens the marks, and a niacinamide serum. It's slower, two to three months."),
        c("Three months? My sister's wedding is in three weeks. Is there nothing faster?", None),
        t("Honestly, nothing safe clears them in three weeks. For the wedding, a colour-correcting concealer will hide them on the day. Start the sunscreen and serum now. The serum is 9,500 and the sunscreen 7,000."),
        c("That's 16,500 together, I don't have that this month. Let me start with the sunscreen.", "no_money"),
        t("Good choice, the sunscreen matters most. Come back for the serum when you're ready, and I'll match the concealer shade for you before the wedding."),
    ],
    [
        _open,
        t("Good evening. For dark spots, this niacinamide serum is very good, and safer than the toning creams. It's 9,500."),
        c("Will it clear them fast? My sister's wedding is in three weeks.", None),
        t("It takes about two to three months to see a big change. Use it morning and night."),
        c("Three months. Hmm. 9,500 is a lot for something that slow.", "too_expensive"),
        t("It's a good price for the quality, many customers like it. You can use sunscreen with it too."),
        c("Let me think about it.", "think_it_over"),
    ],
))

# d02 -- nail bar, Walthamstow, London
_open = c("Hello, I'd like to book my nails for my daughter's wedding in three weeks. I'm the mother of the bride. I've never had more than a polish.", None)
PAIRS.append(rpair(
    "b219r_d02_london_nails_mother_of_bride",
    "A nurse who is mother of the bride books her first salon manicure for the wedding; she must have bare nails at work.",
    [
        _open,
        t("How lovely, congratulations. As it's your first time, how are your nails at the moment, do they split or peel? And what do you do with your hands day to day?"),
        c("They're thin and they peel. I'm a nurse, I'm washing my hands all day, and we're not allowed anything on our nails at work.", None),
        t("That really helps. Then I wouldn't put acrylics on thin nails you'd need bare by Monday. I'd do gel polish on your own nails the Friday before, shaped into a soft almond so they match your daughter's in photos, and soak it off gently on Sunday evening."),
        c("Sunday evening's hard, we've got family staying till Monday.", "no_time"),
        t("Then Monday after your shift, we're open till eight. Gel is £28 and removal £10. I'll book both."),
        c("Lovely, thank you.", None),
    ],
    [
        _open,
        t("Congratulations! Would you like acrylics, gel extensions or just gel polish for the day?"),
        c("I don't really know. My daughter's having long almond ones.", None),
        t("A lot of mums go for a shorter almond acrylic, it looks elegant in photos. It's £45 for a full set, and we can do the Friday before."),
        c("Oh. I'm a nurse though, I can't have anything on my nails at work, and I'm back on Monday.", None),
        t("That's fine, we can soak them off on Monday for £15. Shall I book both?"),
        c("Go on then.", None),
    ],
))

# d03 -- barber and grooming lounge, Business Bay, Dubai
_open = c("Hi, I want to keep my beard looking sharp but I honestly never have time. I'm in the office by seven-thirty and back late.", None)
PAIRS.append(rpair(
    "b219r_d03_dubai_barber_busy_beard",
    "A busy office worker wants his beard kept tidy but works long hours.",
    [
        _open,
        t("Understood. How often does it start to look messy, and is it the shape, the length or the neckline that bothers you most?"),
        c("The neckline mostly, after about a week. The shape I can live with for two weeks.", None),
        t("Then you don't need a full sculpt every week. A full shape every two weeks, and in between a ten-minute neckline tidy. We open at 6:30 on weekdays, so you could come before the office. Would that work?"),
        c("6:30 is actually perfect. How much is that? I was paying 150 a week at my last place.", None),
        t("Full shape is 90 and the neckline tidy 35, so about 250 a month instead of 600. I'll put you down for Tuesday at 6:30, and you can book the tidy in the app whenever you need it."),
        c("Done. Tuesday.", None),
    ],
    [
        _open,
        t("No problem. Our beard sculpt is 90 and takes thirty minutes. We have slots at seven and eight in the evening most days. Would you like a weekly booking?"),
        c("Evenings I'm usually still at the office. And weekly is a lot, I was paying 150 a week at my last place.", "no_time"),
        t("We also open at 6:30 in the morning. We could do every two weeks instead, if you prefer."),
        c("Morning works. Two weeks, let's try it.", None),
        t("Great, Tuesday at 6:30 then."),
    ],
))

# d04 -- bridal make-up artist, South Delhi
_open = c("Hi, I'm looking for a make-up artist for my wedding on 2nd February. Day wedding, in a garden in Chhatarpur.", None)
PAIRS.append(rpair(
    "b219r_d04_delhi_bridal_makeup_day_wedding",
    "A bride with oily skin, whose make-up once went grey in photos, looks for an artist for an outdoor day wedding.",
    [
        _open,
        t("Congratulations! A day wedding in a garden: natural light is lovely but unforgiving. Can I ask about your skin? Oily, dry, anything you react to?"),
        c("Quite oily, especially the T-zone. And for my cousin's wedding a salon did my make-up and it went grey in the photos. I'm scared of that happening again.", "bad_experience"),
        t("Grey in photos usually comes from the wrong undertone or a white setting powder that flashes back. For daylight and oily skin I'd use a matte long-wear base with primer and blotting, and no white powder. Would you like a trial? We can take photos outdoors in daylight so you see exactly how it looks."),
        c("How much is the trial? I don't want to pay a lot just to test.", "too_expensive"),
        t("The trial is 5,000, and it's adjusted against the bridal package if you book with me. Let's do it around midday so the light is like your wedding day."),
        c("Okay, book me Sunday at noon.", None),
    ],
    [
        _open,
        t("Congratulations! For bridal I do HD and airbrush. HD is 45,000 and airbrush 55,000, both including hair and draping. Would you like to book a trial?"),
        c("What's the difference? I'm quite oily, and last time my make-up went grey in the photos.", "bad_experience"),
        t("Airbrush is lighter and lasts longer, so it's better for oily skin. I'll use a good primer. The trial is 5,000, adjusted in the package."),
        c("Okay. Can I do the trial this Sunday?", None),
        t("Yes, Sunday at four is free."),
        c("Fine.", None),
    ],
))

# d05 -- hair salon, Fallowfield, Manchester (chat)
_open = c("hiya, i want an ash blonde balayage like this pic. ive got about 100 quid", None)
PAIRS.append(rpair(
    "b219r_d05_manchester_balayage_box_dye",
    "A student with old dark box dye on her ends asks a salon on chat for an ash blonde balayage on about £100.",
    [
        _open,
        t("Oh that's gorgeous. Can I ask what's on your hair now? Any box dye in the last couple of years?"),
        c("yeah i did a dark brown box dye last year. its mostly grown out but the ends are still dark", None),
        t("Thanks, that helps a lot. Box dye on the ends doesn't lift evenly, so in one session you'd probably get a warm caramel rather than ash, and pushing further could break it. I'd do it in two goes, six weeks apart: caramel balayage first, £95, then tone it cooler the second time, £45."),
        c("two sessions is over my budget tbh. but i dont want it snapping either", "no_money"),
        t("Totally fair. Let's do a free strand test when you come in, so you see exactly how your ends lift before you decide on the second session."),
        c("ok yes, strand test then. can i do friday", None),
        t("Friday at 3. Bring the picture."),
    ],
    [
        _open,
        t("Love that! Ash blonde balayage is £95 with toner. When would you like to come in?"),
        c("friday if poss. will it come out like the pic", None),
        t("It should be close. If your hair's been coloured before it might come out a bit warmer, but we'll do our best."),
        c("i did a box dye last year actually. is that bad", None),
        t("We'll see on the day, we use a bond builder to protect it. Friday at 3?"),
        c("ok friday", None),
    ],
))

# d06 -- women's tailor, Wuse 2, Abuja
_open = c("Good afternoon. I need three or four dresses for work. I've just started at a bank and I'm tired of suits.", None)
PAIRS.append(rpair(
    "b219r_d06_abuja_tailor_work_dresses",
    "A woman who has just started at a bank wants work dresses sewn; she is waiting for her first salary.",
    [
        _open,
        t("Congratulations on the job. Tell me about a normal day. Are you at a desk all day, or moving around, meeting clients?"),
        c("Desk in the morning, but in the afternoon I visit clients, in and out of the car. The office AC is freezing and outside is hot.", None),
        t("So something you can sit in, climb out of a car in and walk in, and layer for the cold office. I'd suggest sheath dresses with a little stretch and a back slit, in crepe that doesn't crease, and one matching jacket. Do you like bright colours, or is the bank strict?"),
        c("Navy, grey, maybe wine. Nothing loud. How much for four and a jacket? I'm still waiting for my first salary.", "no_money"),
        t("Four dresses and a jacket, sewing only, is 120,000. If that's heavy before salary, we start with two dresses and the jacket now, 70,000, and do the other two next month."),
        c("Yes, let's do two first. Navy and wine.", None),
        t("I'll measure you now. Fitting in ten days."),
    ],
    [
        _open,
        t("Congratulations. Do you have styles in mind? You can show me pictures."),
        c("I saved some on Instagram. These sheath ones, in navy, grey, wine.", None),
        t("Those are nice. In crepe they'll look very corporate. Four dresses is 100,000 for sewing, fabric separate."),
        c("Okay. I'll bring the fabric after my salary comes.", None),
        t("No problem. Let me take your measurements now so we're ready."),
        c("Okay.", None),
    ],
))

# d07 -- cosmetics counter, Andheri, Mumbai
_open = c("Hi, I need a lipstick that actually lasts. I'm cabin crew, sometimes twelve-hour duty, and I can't keep reapplying.", None)
PAIRS.append(rpair(
    "b219r_d07_mumbai_lipstick_cabin_crew",
    "A flight attendant who must wear red looks for a lipstick that survives long duties in dry cabin air.",
    [
        _open,
        t("Hi! Twelve hours is tough, and cabin air is very dry. Do your lips get dry or flaky on long flights? And does the airline have a colour rule?"),
        c("Yes, they crack by the end. It has to be red, uniform standard. I tried a liquid matte once, it looked great for two hours and then it peeled.", "bad_experience"),
        t("That's the trouble with liquid mattes on dry lips: they grip, then crack. I'd do it in layers: balm in the morning, blotted off, a red liner over the whole lip, then a satin long-wear lipstick. The liner holds the colour when the top fades, and you dab balm without redoing everything."),
        c("That's three things. How much?", None),
        t("The liner is 650 and the lipstick 1,450, and you may already have a balm. Let me do one side now and you see how it looks after your lunch."),
        c("Okay, do one side. If it lasts till evening I'll come back for both.", "think_it_over"),
    ],
    [
        _open,
        t("Hi! Our bestselling long-wear is this liquid matte, up to sixteen hours and transfer-proof. Which shade were you thinking?"),
        c("It has to be red. But I tried a liquid matte before and it peeled after two hours.", "bad_experience"),
        t("This one has added oils, so it's more comfortable than most. Let me swatch the three reds for you."),
        c("This one. How much?", None),
        t("1,350. Use a balm at night so your lips don't dry out."),
        c("Okay, I'll take it.", None),
    ],
))

# d08 -- skin clinic, Khalifa City, Abu Dhabi
_open = c("Hello, my sister's wedding is on Saturday and my skin looks so dull. Can I have a chemical peel this week?", None)
PAIRS.append(rpair(
    "b219r_d08_abudhabi_peel_before_wedding",
    "A woman with reactive skin asks for a chemical peel five days before her sister's wedding.",
    [
        _open,
        t("Hello! Saturday is five days away. Have you had a peel before, and how does your skin react to new products?"),
        c("Never had a peel. My skin goes red easily, even with some face washes.", None),
        t("Then honestly, I wouldn't do a peel this week. With reactive skin the first peel can leave redness or flaking for three to five days, right into the wedding. For a glow before Saturday a hydrating facial is safer, no downtime, and we can plan a peel after the wedding if you still want one."),
        c("The peel was on your Instagram for 299. What does the facial cost?", None),
        t("The full hydrating facial is 450, or there's an express one for 300, also no downtime. Both are safer than a peel for Saturday. When could you come?"),
        c("The express one. But not Thursday, I work until six.", "no_time"),
        t("We're open till nine on Thursday. Shall I put you at seven?"),
    ],
    [
        _open,
        t("Hello! Yes, our glow peel is on offer this month at 299. It's a light peel, good for dull skin."),
        c("Is it okay for sensitive skin? Mine goes red easily.", None),
        t("It's a mild one. There can be some redness for a day or two, so better to do it early in the week. Shall I book you tomorrow?"),
        c("Tomorrow I can't, I work until six.", "no_time"),
        t("We're open till nine. Seven o'clock tomorrow?"),
        c("Okay, seven.", None),
    ],
))

# d09 -- wig and hair-loss studio, Birmingham
_open = c("Hello, I start chemo in two weeks and they've told me my hair will probably fall out. I'd like to look at wigs before it happens.", None)
PAIRS.append(rpair(
    "b219r_d09_birmingham_wig_chemotherapy",
    "A woman about to start chemotherapy comes to a wig studio before her hair falls out; her daughter is with her.",
    [
        _open,
        t("Coming in before is really sensible, and I'm sorry you're going through this. Can I ask, has the hospital given you an NHS wig prescription? It can bring the cost down a lot."),
        c("They mentioned something but I didn't really take it in. There was a lot to take in.", None),
        t("Completely understandable. Your oncology nurse can give you the form, and with it you pay the NHS charge instead of full price for a synthetic wig. Today we can match your colour and cut so it looks like you. Scalps often get tender during treatment, so I'll also show you soft-lined caps."),
        c("I'd thought human hair. My friend had a synthetic one and it looked like a doll's.", "bad_experience"),
        t("Some cheap synthetics do look shiny. Good ones look natural now, and they're much easier to care for when you're tired. Try one of each today, there's no charge to try, and take photos to show your family."),
        c("Yes, let's try. My daughter's parking the car, she'll want to see.", None),
    ],
    [
        _open,
        t("I'm sorry to hear that. Let's find you something. We have synthetic from £120 and human hair from £450. Which would you prefer?"),
        c("I'd thought human hair. My friend had a synthetic one and it looked like a doll's.", "bad_experience"),
        t("Human hair does look very natural. Let me bring a couple close to your colour and style."),
        c("£450 is quite a lot though. I'm off work during the treatment.", "no_money"),
        t("We do take payment in two instalments. Try them on first and see how you feel."),
        c("Okay.", None),
    ],
))

# d10 -- body-care and fragrance shop, Enugu
_open = c("Good afternoon. Please I need something strong for sweat. I sweat too much at work, my shirts are always wet under the arm.", None)
PAIRS.append(rpair(
    "b219r_d10_enugu_antiperspirant_heavy_sweat",
    "A young office worker embarrassed by heavy underarm sweating asks a body-care shop for something strong.",
    [
        _open,
        t("Good afternoon. That's common, especially in this heat. What do you use now, a deodorant or an antiperspirant? And when do you put it on?"),
        c("Roll-on, every morning after my bath. By ten o'clock it has finished.", None),
        t("That's the thing: antiperspirant works best at night on dry skin, so it can block the sweat ducts while you sleep. This clinical one you use at night, three or four nights a week. It's 6,500."),
        c("6,500 for roll-on? My normal one is 1,800.", "too_expensive"),
        t("It is more, but it lasts about two months because you don't use it every day. Try it for two weeks. If your shirts are still soaked, see a doctor, there are treatments for heavy sweating, and I'd rather you go there than waste money here."),
        c("Okay. Two weeks. Let me try.", None),
    ],
    [
        _open,
        t("Good afternoon. For heavy sweating, this clinical-strength antiperspirant is the best we have. It's 6,500."),
        c("6,500 for roll-on? My normal one is 1,800.", "too_expensive"),
        t("It's much stronger than the normal ones. You'll see the difference, and it lasts longer too."),
        c("I use it every morning?", None),
        t("Morning or night, whichever you remember. It's strong."),
        c("Okay... let me check my account first. I'll come back for it.", "brush_off"),
    ],
))
