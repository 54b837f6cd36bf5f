from common import c, t, rpair

PAIRS = []


def add(id, situation, head, better, worse, tail):
    PAIRS.append(rpair(id, situation, head + better + tail, head + worse + tail))


# f01 drops the price before asking anything
o = c("hi how much for a frontal wig install? i have graduation on saturday", None)
add("b128r_f01_soweto_salon_frontal", "Hair salon, Soweto: first frontal install before a graduation (WhatsApp).",
 [o],
 [t("Congratulations! R550 for the install. Is it your own wig, and have you had a frontal before?"),
  c("my own wig, bought it online. never had a frontal, im scared of the glue", None)],
 [t("Congratulations! Normally R650 but for you I'll do R450, no problem."),
  c("eish ok cheap is good. but why so quick, is it a proper job? its my own wig from online, never had a frontal, im scared of the glue", None)],
 [t("Lots of first-timers worry about glue. We can do glueless with an elastic band, gentler on your edges. Friday 4pm?"),
  c("i work till 5 on friday, cant do 4", "no_time"),
  t("Then 5:30, done by 7:30, and I'll show you how to take it off yourself."),
  c("sharp, 5:30", None)])

# f02 vague next step
o = c("Hi, I've got my wedding dress here, it needs taking in and the hem's too long. Wedding's 20 June.", None)
add("b128r_f02_london_bridal_alterations", "Bridal alterations, Walthamstow, London: fitting and timeline (in person).",
 [o, t("Congratulations. Right, pinned: waist in two centimetres, hem up five with your flats, and the bustle loop's loose. \u00a3180 all in."),
  c("\u00a3180? The shop I bought it from said about a hundred.", "too_expensive"),
  t("Taking in and hem alone would be about \u00a3110; the rest is the hem beading, which comes off and goes back by hand."),
  c("Ah, right. Okay, that makes sense. Go on then.", None)],
 [t("Second fitting 30 May at 6pm, collection 13 June, a week before. I'll text you the day before each."),
  c("Perfect, I'll put them in my calendar.", None)],
 [t("Lovely. We'll be in touch when it's ready for a fitting."),
  c("Um, roughly when? The wedding's in June, I'm nervous about leaving it open.", None)],
 [])

# f03 doubts the customer's honesty
o = c("Good morning. The gate says my membership expired, but I renewed on Friday by transfer.", None)
add("b128r_f03_ikoyi_gym_payment", "Gym, Ikoyi, Lagos: renewal paid by transfer not showing (in person).",
 [o, t("Good morning, sorry about that. Your name and the phone number on the account?"),
  c("Tunde Bakare. I sent 75,000 to the account on the wall at the desk.", None)],
 [t("Thanks, I see your account. Transfers sometimes take a day to match. Do you have the bank alert on your phone?"),
  c("Yes, here. Friday, 4:12pm.", None)],
 [t("Hmm. We get a lot of people saying they paid when they didn't. Are you sure it actually went through?"),
  c("Are you calling me a liar? Here. Friday, 4:12pm. Look at it.", None)],
 [t("I see it, 75,000 to our account. I'll let you in now and send accounts your receipt; it should show by tomorrow."),
  c("Okay. Last time this happened it took a whole week to sort.", None),
  t("Then I'll check it myself tomorrow at noon and call you either way. Till then the gate staff have my note.")])

# f04 unexplained jargon
o = c("Hiya. I want a diamond necklace for my mum, she's just retired. I don't know anything about diamonds though.", None)
add("b128r_f04_manchester_jeweller_diamond", "Jeweller, Manchester: a first diamond for a retiring mother (in person).",
 [o, t("Lovely thing to do. What does she usually wear, and have you a budget in mind?"),
  c("Simple stuff, silver and white gold. About \u00a3800 tops.", None)],
 [t("Then one diamond on a fine white gold chain. This one, \u00a3790: a good size, a touch warm in colour but only next to a perfectly white stone, and no flaws you'd see without a magnifier."),
  c("So it looks perfect to a normal person? That's all I care about.", None)],
 [t("Then a solitaire pendant. This one's 0.3 carat, H colour, SI1, VG cut, GIA cert, 18k with a rolo chain. \u00a3790."),
  c("Sorry, I didn't understand half of that. Is it any good or not?", None)],
 [t("To the eye it's clean and bright. And it comes with a certificate from an independent lab, so you know what you're paying for."),
  c("It's lovely. But I'd like my sister to see it before I spend that much.", "think_it_over"),
  t("Of course. I'll put it aside till Saturday, no deposit, and here's a card with the details.")])

# f05 over-promises
o = c("hi! we're getting married at a wine farm in stellenbosch on 22 feb. when do we get photos? my mom flies back to canada on the 28th and wants prints", None)
add("b128r_f05_stellenbosch_photographer_prints", "Wedding photographer, Cape Town: turnaround before a parent flies home (WhatsApp).",
 [o, t("Congratulations! How many prints does your mom want, a handful or an album?"),
  c("like 10 prints for her and my gran. the album can come later", None)],
 [t("Then I'll edit 10 favourites first and have them ready by the 26th. The full gallery takes 6 weeks; I edit every photo properly."),
  c("oh thats perfect. 6 weeks for the rest is fine", None)],
 [t("No stress, I'll have all 600 photos edited plus the prints done in 3 days, guaranteed."),
  c("3 days for 600?? sounds too good to be true. my cousins photographer promised fast and took 5 months", "bad_experience")],
 [t("About the prints: 10 on fine art paper are an extra R900. Shall I add them to the quote?"),
  c("hmm R900 for 10 prints is a lot. cant we just print at a shop?", "too_expensive"),
  t("You can; I'll send the files by the 24th either way. With me the colours match the gallery, but a shop is fine.")])

# f06 unasked lecture
o = c("Good morning. Please I want a facial and my eyebrows shaped. I have a naming ceremony tomorrow.", None)
add("b128r_f06_kumasi_salon_facial", "Beauty salon, Kumasi: facial and brows before a naming ceremony (in person).",
 [o, t("Good morning, and congratulations to the family. Is your skin sensitive, or any products I should avoid?"),
  c("Not really. I use shea butter and sometimes a toning cream from the market.", None)],
 [t("Okay. Some toning creams are strong, so I'll use a mild facial today, nothing that could react. Brows: natural arch or more defined?"),
  c("Natural. My husband says when they're thin I look vexed.", None)],
 [t("Ah, those toning creams. Please, you should stop, they thin your skin, many women are ruining their faces, and shea butter alone blocks pores. You need a proper routine. Brows: natural or defined?"),
  c("Eh. I didn't ask for all that. Just natural brows please.", None)],
 [t("Natural, then. Facial and brows together are 250 cedis, about an hour."),
  c("250? Last time I paid 180 for the two.", "too_expensive"),
  t("This one has a mask and extractions; without them it's 180. For photos the full one glows more, but 180 is fine too.")])

# f07 argues with the customer
o = c("Hi. I want to complain about the 6pm spin class. The music's so loud my ears ring after.", None)
add("b128r_f07_leeds_gym_spin_volume", "Gym, Leeds: complaint about spin class volume (in person).",
 [o, t("Thanks for telling us. Which days, and who was teaching?"),
  c("Tuesdays and Thursdays, Kev. I love the class, it's just painful. I've started wearing earplugs.", None)],
 [t("You shouldn't need earplugs. Is it the whole hour or certain tracks?"),
  c("The whole hour really. I don't want to get Kev in trouble though, he's great.", None)],
 [t("Honestly, it's spin, it's meant to be loud. Nobody else has complained, and Kev's classes are always full."),
  c("That's not the point. My ears ring. I'm not making it up.", None)],
 [t("I'll get the sound measured with a meter this week and tell you what it shows by Friday. The back row by the door is quieter meanwhile."),
  c("Okay. Is the Wednesday 7pm any quieter? I might try that.", None),
  t("Yes, Amira teaches it, lower volume. I'll add you to the list.")])

# f08 recommends before asking
o = c("Hello. I need an outfit for my son's wedding. I'm the mother of the groom.", None)
add("b128r_f08_pretoria_fashion_mother_groom", "Fashion store, Menlyn, Pretoria: mother of the groom outfit (in person).",
 [o],
 [t("Congratulations! What's the wedding like: church, garden, traditional? Have the families chosen colours?"),
  c("Church, then a garden reception in Irene. The bride's family chose emerald and gold. I'm 64, I don't do short things.", None)],
 [t("Congratulations! This is our occasion range; these fitted knee-length navy dresses are perfect."),
  c("Knee-length? No, I'm 64, I don't do short things. And the colours are emerald and gold. Church, then a garden reception in Irene.", "no_need")],
 [t("Then a long emerald chiffon with a light jacket works for church and garden. This one is R2,400; the jacket comes off for dancing."),
  c("It's beautiful. R2,400 is more than I planned though, my pension doesn't stretch.", "no_money"),
  t("This gold-trimmed one is R1,650, very similar. Or lay-bye: a third now, the rest over two months before the wedding."),
  c("Lay-bye would help. Let me try both first.", None)])

# f09 talks about themselves
o = c("Good evening. I want an anniversary gift for my wife. Twenty years. Special, but not flashy.", None)
add("b128r_f09_portharcourt_jeweller_anniversary", "Jeweller, Port Harcourt: 20th anniversary gift (in person).",
 [o, t("Good evening, congratulations. Gold or silver, and is there a piece she reaches for every day?"),
  c("Gold. She wears the same small gold cross every day, from her mother.", None)],
 [t("Then a bracelet would sit with it, not compete. A fine gold bangle, the date engraved inside, 280,000 naira."),
  c("Engraved inside, I like that. She'll see it only when she takes it off.", None)],
 [t("Twenty years! My wife and I did twenty-five last year, I made her a full set myself, she cried. I've done this since 1998, my father trained me in Onitsha. Anyway, a bangle with the date inside, 280,000."),
  c("Congratulations to you. So... the bangle. Engraved inside, that's nice.", None)],
 [t("Engraving takes five days. When is the anniversary?"),
  c("Saturday after next. But 280 is a bit much. A shop in Garrison had similar for 200.", "too_expensive"),
  t("Theirs may be plated; ours is solid 18 carat, I'll show you the hallmark. A slimmer one in the same gold is 210,000.")])

# f10 closes before checking it fits
o = c("Hello. I want to buy the gold bangle in the window. It's for me.", None)
add("b128r_f10_tema_jeweller_bangle", "Jeweller, Tema: bangle for a customer with large hands (in person).",
 [o, t("Hello! Good choice, 22 carat, 3,800 cedis. Do you wear bangles often?"),
  c("Every day. But my hands are big, bangles are always hard to get on.", None)],
 [t("Then let's try it before anything else. Thumb in like this... there. It goes over but it's snug. Comfortable on the wrist?"),
  c("Fine on the wrist. Getting it off was a struggle though.", None)],
 [t("It's the standard size, it'll be fine. I'll wrap it for you. Cash or MoMo?"),
  c("Wait, can I try it first? Last time I bought a bangle it wouldn't go over my hand and the shop refused to take it back.", "bad_experience")],
 [t("Here's the same style a size up, 4,100 cedis. It goes on and off easily. Try it?"),
  c("The bigger one slides on nicely. But 4,100 is more than I wanted to pay.", "too_expensive"),
  t("If you'll mostly leave it on, the smaller is fine. If you take it off nightly, the bigger saves your hand. Try both once more?")])
