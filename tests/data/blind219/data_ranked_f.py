"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it
(written by hand for blind219)."""
from common import c, rpair, t

PAIRS = []

# f01 -- beauty salon, Al Barsha, Dubai. Fault: argues with the customer.
_o = c("Hi, I'd like a facial, but the last one I had somewhere else gave me breakouts for a week.", None)
_t1 = t("Sorry to hear that. Do you remember what they did: extractions, a peel, a mask? And what's your skin like normally?")
_c1 = c("They did a lot of squeezing, and a massage with some thick cream. Normally I'm combination, a bit oily on the nose.", None)
_t3 = t("We'll keep the extractions light. It's fifty minutes and 320 dirhams. Would two o'clock today suit you?")
_c3 = c("Two is fine. I need to leave by four for the school pickup.", None)
_t4 = t("You'll be out by three. See you at two.")
PAIRS.append(rpair(
    "b219r_f01_dubai_facial_after_breakouts",
    "A woman wants a facial but had a week of breakouts after a heavy facial at another salon.",
    [_o, _t1, _c1,
     t("Heavy cream and a lot of squeezing can cause exactly that on combination skin. I'd do a lighter facial: gentle cleanse, enzyme exfoliation, extraction only where you want it, and a gel mask instead of the cream massage."),
     c("That sounds better. How long is it, and how much?", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Honestly, facials don't cause breakouts, that's just purging, it's actually a good sign. Our signature facial has a full extraction and a rich cream massage."),
     c("It wasn't purging, I've never had spots like that. I don't want that again.", "bad_experience"),
     _t3, _c3, _t4],
))

# f02 -- hair salon, Clapham, London. Fault: doubts the customer's honesty.
_o = c("Hi, I've just had a cut and blow-dry. The girl on the phone said it'd be £40, but the till says £55.", None)
_t1 = t("Sorry about the confusion. Do you remember when you called, and did you say cut and blow-dry, or just a trim?")
_c1 = c("Last Tuesday, about lunchtime. I said cut and blow-dry, long hair. She definitely said forty.", None)
_t3 = t("Okay. I'll put it through at £40, and I'll make sure the phone team are using the new price list.")
_c3 = c("Fine. And next time, what will it be?", None)
_t4 = t("£55 for long hair from now on. I'll note it on your card so there's no surprise.")
PAIRS.append(rpair(
    "b219r_f02_london_salon_quoted_price",
    "A customer at the till finds her cut and blow-dry costs more than she was quoted on the phone.",
    [_o, _t1, _c1,
     t("Thanks. Long hair is £55 on the new list, but prices changed on the first, so she may have read you the old one. If you were quoted £40, we'll honour it."),
     c("Oh, thank you. I wasn't trying to be awkward.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Hmm, I doubt anyone here said forty, we've never had a forty price for long hair. Are you sure you didn't ring another salon?"),
     c("I'm not making it up. I rang this number, it's in my call log. Look.", None),
     _t3, _c3, _t4],
))

# f03 -- bridal mehendi artist, Hyderabad. Fault: drops the price before asking anything.
_o = c("Hello, I'm looking for a mehendi artist for my wedding. What are your charges?", None)
_t2 = t("Full bridal, hands to the elbow and feet, with figures of the couple if you like, takes about five hours. Do you have designs you like?")
_c2 = c("I like fine, detailed work, not big blocks. Here, these pictures.", None)
_t3 = t("These are fine-line Rajasthani style, I do a lot of that. For the 20th I'd come to your home the evening before. Shall I send you my portfolio and the price in writing?")
_c3 = c("Yes, send it. I'll decide by the weekend, I'm seeing two more artists.", "think_it_over")
PAIRS.append(rpair(
    "b219r_f03_hyderabad_bridal_mehendi",
    "A bride getting married on 20 March asks a mehendi artist about charges for bridal henna.",
    [_o,
     t("Congratulations! It depends on the design and how far up the arms and legs. When is the wedding, and are you thinking full bridal with feet, or hands only?"),
     c("20th March. Full bridal, hands till the elbow and feet. My friend paid 15,000 for hers.", None),
     _t2, _c2, _t3, _c3],
    [_o,
     t("Congratulations! Normally full bridal is 18,000, but for you I can do 12,000, special discount this month."),
     c("Already a discount? I haven't told you the date or the design. 12,000 for what exactly?", None),
     _t2, _c2, _t3, _c3],
))

# f04 -- cosmetics shop, Ikeja, Lagos. Fault: an unasked lecture.
_o = c("Hi. I need a setting spray that will hold my face for an owambe on Saturday. It's outdoor, very hot.", None)
_t1 = t("Okay. How long will you be out, and is your skin oily or dry?")
_c1 = c("From twelve till maybe eight at night. I'm oily, by two o'clock my face is shining.", None)
_t3 = t("Of course, spray a little on the back of your hand. It dries in about a minute.")
_c3 = c("It feels light. Okay, I'll take it.", None)
_t4 = t("Keep it in your bag and mist again around four, when the sun is worst.")
PAIRS.append(rpair(
    "b219r_f04_lagos_setting_spray_owambe",
    "A woman with oily skin wants a setting spray to keep her make-up in place at an all-day outdoor party.",
    [_o, _t1, _c1,
     t("Then a mattifying setting spray, and blotting papers in your bag for the afternoon. This one is 8,500 and holds well in heat."),
     c("8,500 is small money if it works. Let me test it.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Then a mattifying setting spray. But you know, oily skin like yours usually comes from diet and not drinking enough water, and all the heavy foundation people wear to owambe. You should really cut down on fried food and start a proper routine. This one is 8,500."),
     c("Please, I only asked for setting spray, not diet advice. Can I just test it?", None),
     _t3, _c3, _t4],
))

# f05 -- wig and extensions shop, Liverpool. Fault: a vague next step.
_o = c("Hiya, I want to order a custom colour unit, honey blonde with dark roots. I need it for a wedding on the 28th.", None)
_t1 = t("Lovely. What length and density, and do you want a lace front or a closure?")
_c1 = c("22 inch, 180 density, lace front. I've had lace fronts before, I'm fine with them.", None)
_t2 = t("Perfect. That's £340 including the colour and plucking. The colour takes us about ten working days.")
_c2 = c("That's fine. It's a lot, but it's a special one.", None)
PAIRS.append(rpair(
    "b219r_f05_liverpool_custom_wig_wedding",
    "A customer orders a custom-coloured lace-front wig that must be ready for a wedding on the 28th.",
    [_o, _t1, _c1, _t2, _c2,
     t("Today's the 6th, so it'll be ready by the 20th. I'll text you photos when the colour's done on the 17th so you can ask for changes, then you collect, or we post it recorded on the 20th."),
     c("Perfect, I'll collect. Here's my number.", None)],
    [_o, _t1, _c1, _t2, _c2,
     t("We'll let you know when it's ready, it should be in plenty of time."),
     c("Erm, can you not give me a date? Let me think about it and ring you back.", "think_it_over")],
))

# f06 -- aesthetic skin clinic, Powai, Mumbai. Fault: over-promises.
_o = c("Hi, I had my baby eight months ago and I have stretch marks on my stomach. Is there anything that actually works?", None)
_t1 = t("Congratulations on the baby. Are the marks still pinkish-red, or have they gone silvery-white? And are you still breastfeeding?")
_c1 = c("Some are still pink, some white. I stopped feeding last month.", None)
_t3 = t("Each session is 6,000, and we'd do four, a month apart. We start with a consultation with the doctor, which is free.")
_c3 = c("24,000 is a lot with a new baby at home. Let me talk to my husband first.", "think_it_over")
_t4 = t("Of course. I'll message you the details, and the consultation is free whenever you're ready.")
PAIRS.append(rpair(
    "b219r_f06_mumbai_stretch_marks_new_mother",
    "A new mother asks a skin clinic whether anything works on her pregnancy stretch marks.",
    [_o, _t1, _c1,
     t("The pink ones respond best. Micro-needling with a growth-factor serum can soften them, usually four to six sessions a month apart. The white ones improve less. I won't tell you they'll disappear, but most people see them fade by about half."),
     c("Half is honest at least. How much per session?", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Micro-needling with our growth-factor serum will remove them completely, pink and white, in four sessions. Your stomach will look like before the baby."),
     c("Completely? My cousin did the same thing and hers are still there. I don't believe that.", "bad_experience"),
     _t3, _c3, _t4],
))

# f07 -- men's tailor, Garki, Abuja. Fault: closes before checking the thing works.
_o = c("Good evening, I came to collect my senator outfit. The introduction is tomorrow.", None)
_t1 = t("Good evening sir, it's ready. Cream with the brown embroidery, as you chose.")
_c1 = c("Fine. The balance is 25,000, abi?", None)
_t3 = t("Sorry sir, give me thirty minutes, I'll take it up an inch now.")
_c3 = c("Thirty minutes is okay. I'll wait, but I need to be home by nine.", None)
_t4 = t("You'll be out by eight. Sit down, let me bring you water.")
PAIRS.append(rpair(
    "b219r_f07_abuja_tailor_senator_collection",
    "A groom collects the outfit he will wear at his wedding introduction the next day.",
    [_o, _t1, _c1,
     t("Yes, but first go and wear it in the fitting room, let me check the trouser length and the shoulders before you pay."),
     c("Okay. Hmm, the trouser is a bit long, it's sitting on my shoe.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Yes, 25,000. Transfer or cash? Let me put it in a bag for you."),
     c("I've paid, and now I'm wearing it the trouser is sitting on my shoe. You didn't even let me try it first.", None),
     _t3, _c3, _t4],
))

# f08 -- abaya boutique, Sharjah. Fault: recommends before asking.
_o = c("Hi, I'm looking for an abaya for my graduation. Something special, but I want to wear it again.", None)
_t2 = t("Then a slim sleeve is better. This crepe one has embroidery on the front panel and the cuffs, so it shows under an open gown.")
_c2 = c("I like it. What's the price?", None)
_t3 = t("It's 380 dirhams. Try it on with the gown length in mind, I'll pin the hem if needed.")
_c3 = c("380 is more than my friends paid at the souk, but it's nicer. Let me try it.", "too_expensive")
_t4 = t("The fitting room is on the left. Take your time.")
PAIRS.append(rpair(
    "b219r_f08_sharjah_abaya_graduation",
    "A student looks for an abaya to wear under her graduation gown and again afterwards.",
    [_o,
     t("Congratulations! Where's the ceremony, and will you wear the gown over it?"),
     c("At the university hall. Yes, the gown goes on top, so nothing too bulky in the sleeves.", None),
     _t2, _c2, _t3, _c3, _t4],
    [_o,
     t("Congratulations! This one with the crystal butterfly sleeves is our bestseller, everyone loves it for events."),
     c("It's pretty, but the graduation gown goes on top. Those sleeves won't fit under it.", "no_need"),
     _t2, _c2, _t3, _c3, _t4],
))

# f09 -- hair salon, Bristol. Fault: unexplained jargon.
_o = c("Hi, I want to go lighter for summer, like a golden blonde. I'm dark brown now and I've never coloured it.", None)
_t1 = t("Lovely, uncoloured hair is the easiest to work with. How light are you thinking, and how often do you want to come back?")
_c1 = c("Golden, not platinum. Every couple of months at most, I'm busy with two kids.", None)
_t3 = t("It's £120 with the toner and a trim. I'll do a strand test first so we can see how your hair lifts.")
_c3 = c("£120 is more than I usually spend on myself, but okay, let's do the test.", "too_expensive")
_t4 = t("Great, it takes ten minutes. I'll take a small piece from underneath where nobody will see.")
PAIRS.append(rpair(
    "b219r_f09_bristol_first_colour_golden",
    "A busy mother wants her first ever hair colour, a golden blonde, without frequent upkeep.",
    [_o, _t1, _c1,
     t("Then highlights rather than all-over colour, so when it grows out you don't get a hard line at the roots. I'll lighten fine sections and then tone them golden. It takes about three hours."),
     c("Three hours is a lot, but my mum can have the kids on a Saturday.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Then I'd do a foil balayage with 9 percent and a bond builder, lift to a level 8, and tone with a 9.3 on 6 vol. About three hours."),
     c("Sorry, I didn't understand any of that. What does it actually mean for my hair?", None),
     _t3, _c3, _t4],
))

# f10 -- unisex salon, Anna Nagar, Chennai. Fault: talks about themselves instead of the customer.
_o = c("Hi, I want a haircut. I'm starting a new job on Monday and my hair is too long and heavy, I just tie it every day.", None)
_t1 = t("Congratulations on the new job! What kind of job is it, and how much time do you get in the morning for your hair?")
_c1 = c("Software company, hybrid. In the morning I get maybe five minutes. I don't use a dryer.", None)
_t3 = t("Long layers, about three inches off, and thinning at the back so it's lighter but still ties. It's 900 for the cut and wash.")
_c3 = c("900 is more than my local parlour, but my local parlour only knows one cut. Okay, do it.", "too_expensive")
_t4 = t("Come, let's wash first.")
PAIRS.append(rpair(
    "b219r_f10_chennai_haircut_new_job",
    "A young woman starting a software job wants a low-maintenance cut for thick, heavy hair.",
    [_o, _t1, _c1,
     t("Five minutes and air-drying, so we need a cut that falls into shape by itself. With thick wavy hair like yours, long layers and some thinning at the back would make it lighter but still long enough to tie on lazy days."),
     c("Yes, I still want to tie it sometimes. Not too short.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Oh, I also joined a software company after college, two years at Infosys before I came into hair. I hated it, the hours were terrible, so I left and did my course in Bangalore. Now I do bridal also, last month I did twelve brides."),
     c("Okay... So what would you suggest for my hair? I don't want it too short.", None),
     _t3, _c3, _t4],
))
