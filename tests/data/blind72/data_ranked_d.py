"""Ranked pairs d01-d10 (b72): two decent conversations; `better` is the one a sales coach would prefer."""
from common import c, rpair, t

PAIRS = []

# d01 - supermarket catering counter, Kuala Lumpur (Malaysia)
o = c("Hi, I want to order food platters for my father's seventieth birthday, Saturday next week. What do you have?", None)
PAIRS.append(rpair(
    "b72r_d01_kualalumpur_supermarket_birthday_platters",
    "A daughter orders catering platters at a supermarket customer desk for her father's 70th birthday.",
    [o,
     t("Happy birthday to your father! How many people are coming, and is it lunch or dinner?"),
     c("About forty. Dinner, at home. Some of my relatives are vegetarian, and my uncle's side only eats halal.", None),
     t("Forty for dinner, with vegetarians and halal guests. Everything from our kitchen is halal-certified, so that part is easy. I'd suggest chicken rendang, fish curry and a vegetable curry, plus nasi lemak and kuih. Anything your father especially loves?"),
     c("He loves kuih lapis. But the price, hmm, I saw the brochure, it adds up fast with forty people.", "too_expensive"),
     t("It does. For forty, the set menu at 28 ringgit a head comes out cheaper than platters one by one, about 1,120, and I'll add an extra tray of kuih lapis for him at no charge. Do you want to confirm now, or check with your family first?"),
     c("Let me check with my sisters tonight. Can you hold Saturday for me?", "think_it_over"),
     t("I'll pencil you in until Wednesday. Here's my number; message me if the guest count changes."),
     ],
    [o,
     t("We have party platters: chicken, fish, vegetable, nasi lemak and kuih. Each platter serves about ten."),
     c("About forty people are coming. Some are vegetarian.", None),
     t("Then four vegetable platters and some chicken and fish. Each platter is 95 ringgit, so around 1,300 for twelve."),
     c("Hmm, that's quite a lot of money.", "too_expensive"),
     t("It's good quality, our most popular item. I can take the order now with a 30 percent deposit."),
     c("Let me check with my sisters first.", "think_it_over"),
     t("Sure, just call us by Wednesday."),
     ]))

# d02 - dental practice, Vienna (Austria)
o = c("Good morning. Another dentist told me I need a crown on this molar, eleven hundred euros. I wanted a second opinion before I pay that.", None)
PAIRS.append(rpair(
    "b72r_d02_vienna_dentist_second_opinion",
    "A patient with a tight budget asks a dentist for a second opinion on an expensive crown.",
    [o,
     t("Sensible to ask. Did they say why a crown: a crack, a large filling, a root treatment?"),
     c("They said the old filling is big and the tooth could crack. It doesn't hurt, though.", None),
     t("No pain is good news. I've looked and taken an X-ray: the filling is about half the tooth, and there's a small crack line on the outside. A crown is one option. An onlay, covering only the weak part, is around 650. Or we watch it and check in six months; the risk of waiting is that it breaks and needs more work then."),
     c("Six hundred fifty is better. But honestly, with my rent going up, even that is hard this year.", "no_money"),
     t("Then waiting with a check in six months is a reasonable choice, as long as you avoid hard things like nuts on that side. If it aches when you bite, come in sooner. Shall I write the three options down for you, with prices?"),
     c("Yes please. I'll decide after the summer.", "think_it_over"),
     ],
    [o,
     t("Let me have a look... Yes, the filling is large and there's a crack line. A crown is a good idea."),
     c("Eleven hundred, though. Is there nothing cheaper?", "too_expensive"),
     t("There's an onlay, about 650. A little less protective, but a valid option."),
     c("Even that is hard for me this year.", "no_money"),
     t("I understand. You could wait, but it may break. Call the front desk when you're ready and we'll book you in."),
     c("Okay. I'll think about it.", "think_it_over"),
     ]))

# d03 - internet provider, Bogota (Colombia)
o = c("Hola, I work from home doing design and my internet is too slow. I want a faster plan, I think.", None)
PAIRS.append(rpair(
    "b72r_d03_bogota_isp_designer_upload",
    "A freelance designer asks for a faster internet plan; the real problem is upload speed.",
    [o,
     t("Happy to look. When you say slow, what's slow: opening websites, video calls, sending files to clients?"),
     c("Sending files! I send big files, two, three gigs, it takes forever. And calls freeze when I share my screen.", None),
     t("That points to upload, not download. Your plan is 100 down but only 10 up. The 200 plan wouldn't help much, it's 20 up. The 300 symmetric fibre plan is 300 up as well, so a 3 gig file goes in about a minute and a half instead of forty."),
     c("Forty minutes, yes, that's my life. How much is the symmetric one?", None),
     t("145,000 pesos a month, 40,000 more than now. Before you commit, I can put you on it free for fifteen days; if it doesn't change your day, we switch you back."),
     c("A trial, perfect. Let's do that.", None),
     ],
    [o,
     t("Sure! Our fastest plan is 500 megas for 160,000 pesos a month. Five times what you have now."),
     c("Hmm, 160,000 is quite a lot. Is there something in the middle?", "too_expensive"),
     t("The 200 megas plan is 125,000. Twice as fast as now."),
     c("Will that help with sending big files? I send two, three gigs.", None),
     t("It should be faster, yes. I can upgrade you today."),
     c("Okay, let's try the 200.", None),
     ]))

# d04 - letting agent chat, London (UK)
o = c("hi im starting a masters at ucl in september and need a room. something not too far. budget maybe 900 a month", None)
PAIRS.append(rpair(
    "b72r_d04_london_lettingagent_student_room",
    "An international student from Ghana, writing in chat, looks for a room and has no UK guarantor.",
    [o,
     t("Hi, and congrats on the masters! A couple of things first: are you happy sharing a flat, and do you have a UK guarantor? Most landlords ask for one."),
     c("sharing is fine. no guarantor, my parents are in ghana. is that a problem", None),
     t("It's common, and there are ways round it: some landlords take six months' rent upfront, or you can use a guarantor service, which costs roughly one month's rent, once. Which would suit you better?"),
     c("six months upfront is too much money at once for me. the service sounds better", "no_money"),
     t("Okay. I have two rooms in flatshares, Camden at 850 and Kentish Town at 920, both about 25 minutes door to door to campus, and both landlords accept guarantor services. Shall I set up video viewings this week?"),
     c("yes camden first please. thursday any time after 3 uk time", None),
     ],
    [o,
     t("Hi! I have a room in a flatshare in Camden, 850 a month, 25 minutes to UCL. Would you like to view it?"),
     c("yes that sounds good. do i need anything", None),
     t("You'll need references and a UK guarantor, plus a deposit of five weeks' rent."),
     c("i dont have a uk guarantor. my parents are in ghana", None),
     t("Then you may need to pay some months upfront; it's up to the landlord. Shall I book a video viewing?"),
     c("ok... let me look at student halls too and come back to you", "think_it_over"),
     ]))

# d05 - gym, Cape Town (South Africa)
o = c("Hello dear. I'm sixty-eight, I've just moved here from Durban, and my doctor says I should exercise. I've never been in a gym in my life.", None)
PAIRS.append(rpair(
    "b72r_d05_capetown_gym_new_widow",
    "A recently widowed 68-year-old who has just moved city asks about joining a gym on her doctor's advice.",
    [o,
     t("Welcome to Cape Town, and good of you to come in. Apart from the doctor, what would you like exercise to do for you?"),
     c("Well, my back's stiff in the mornings. And, honestly, I don't know a soul here yet. Since my husband died I've been alone in the flat.", None),
     t("I'm sorry about your husband. A stiff back, and wanting some company, then I'd skip the machines for now. We have a seniors' mobility class Tuesday and Thursday at ten: gentle stretching, a little strength work, and the group goes for tea afterwards."),
     c("Oh, tea afterwards. That sounds nice. What does it cost?", None),
     t("Classes-only is 320 rand a month. Come to Tuesday's class free first and see whether you like the people."),
     c("I'll come on Tuesday. Thank you, dear.", None),
     ],
    [o,
     t("Welcome! It's never too late. Let me show you around: treadmills, bikes, the weights area. We also have classes."),
     c("It's all rather big. My back is stiff in the mornings, is there something for that?", None),
     t("The stretching area's here, and there's a seniors' mobility class on Tuesdays and Thursdays. Full membership is 550 a month and includes everything."),
     c("Five hundred and fifty is quite a lot on my pension.", "no_money"),
     t("There's also a classes-only option at 320. You could sign up today if you like."),
     c("Let me think about it, dear.", "think_it_over"),
     ]))

# d06 - small guesthouse, Kyoto (Japan)
o = c("Hello, I'd like to book a room for my family for three nights in April. We're five people.", None)
PAIRS.append(rpair(
    "b72r_d06_kyoto_guesthouse_family_stairs",
    "A mother books a traditional guesthouse for five, including a 79-year-old with bad knees.",
    [o,
     t("Thank you for choosing us. May I ask who the five are: adults, children, anyone who finds stairs difficult? Our building is old and some rooms are up steep stairs."),
     c("Me, my husband, our two kids, eight and eleven, and my mother-in-law. She's 79 and her knees aren't great.", None),
     t("Then I'd suggest our ground-floor garden room: tatami with futons for four, and we can add a low bed for your mother-in-law so she doesn't have to get up from the floor. It's 48,000 yen a night for five."),
     c("That's more than we planned. We saw two rooms elsewhere for less.", "too_expensive"),
     t("That's fair. Two of our standard rooms would be 40,000 together, but they're upstairs. If the stairs are no problem for her, that works too. I'd rather she's comfortable than you pay for something you don't need."),
     c("No, the garden room. The stairs would be a nightmare for her. Please book it.", None),
     ],
    [o,
     t("We have a family room for five, tatami with futons, 48,000 yen a night, or two standard rooms for 40,000 together. Which would you like?"),
     c("Two rooms is cheaper. Where are they?", None),
     t("Both on the second floor, next to each other, with a view of the garden."),
     c("Okay. My mother-in-law is 79, is there a lift?", None),
     t("No lift, I'm afraid, it's a traditional building. The family room is on the ground floor, so that might be better for her."),
     c("Okay, the family room then. It's more than we planned, but fine.", None),
     ]))

# d07 - used-car dealer, Phoenix (USA)
o = c("Morning. My wife and I just bought a little camper trailer, and our sedan can't tow it. Looking for a truck or something.", None)
PAIRS.append(rpair(
    "b72r_d07_phoenix_usedcar_towing_camper",
    "A retired man needs a vehicle that can tow a new camper and that his wife will also drive.",
    [o,
     t("Nice, where are you planning to take it? And do you know what the trailer weighs loaded?"),
     c("Mostly Flagstaff, Sedona, maybe Utah. It's about 3,500 pounds, the dealer said, dry.", None),
     t("Dry means empty, so with water and gear you're nearer 4,500. You want a tow rating with margin, 6,000 or more, especially for the climb up to Flagstaff. A full-size truck is more than you need; this 2019 Tacoma with the tow package is rated 6,400. Will it be a daily driver too?"),
     c("Yes, my wife would drive it to church and the store. She's worried it's too big to park.", None),
     t("Then the Tacoma is a good fit; it parks like a big SUV. It's 29,900. Why don't you both take it out, and try parking it in the grocery lot across the road?"),
     c("That's a good idea. I'll call her to come over.", None),
     ],
    [o,
     t("We've got a great 2018 F-150 over here, 5.0 V8, tows 9,000 pounds. It'll pull anything you've got."),
     c("It's a big thing. What's the price?", None),
     t("31,500. Clean title, one owner."),
     c("Hmm. That's more than I wanted to spend on a truck, and my wife might find it too big.", "too_expensive"),
     t("We also have a 2019 Tacoma at 29,900. It tows 6,400 and it's smaller. Want to drive both?"),
     c("Yeah, let's try the Tacoma first.", None),
     ]))

# d08 - daycare centre, Nairobi (Kenya)
o = c("Good afternoon. I'm looking for a daycare for my son, he's three. I'm a single father, I work in town, nine to five.", None)
PAIRS.append(rpair(
    "b72r_d08_nairobi_daycare_single_father",
    "A single father looks for daycare for his three-year-old, who may have a speech delay.",
    [o,
     t("Good afternoon, welcome. Tell me about your son. What's he like, and is there anything you'd want us to know about him?"),
     c("Baraka. He's very gentle, loves drawing. He's a bit slow with talking, the clinic said maybe a speech delay. Other children sometimes laugh.", None),
     t("Thank you for telling me. A speech therapist visits us every two weeks, and our groups are small, eight children to a teacher, so he'd be noticed. We also work with the children on being kind with words. Would you like him to spend a morning here before you decide?"),
     c("Yes. But the fees, what are they? I'm paying for everything alone.", None),
     t("Full day is 12,000 shillings a month including lunch, and the therapist's visits are included. Would Wednesday morning work for his visit?"),
     c("Wednesday, yes. I'll take leave.", None),
     ],
    [o,
     t("Welcome! We're open seven to six, so nine to five is fine. Full day is 12,000 a month, lunch included. Let me show you the classrooms."),
     c("Okay. He's a bit slow with talking, is that a problem?", None),
     t("Not at all, we have all kinds of children, and a speech therapist visits regularly."),
     c("Ah, good. The fees, 12,000, it's heavy for me alone.", "no_money"),
     t("We have a sibling discount, but otherwise the fee is fixed. You can enrol him from Monday."),
     c("Let me look at my budget first, then I'll call.", "think_it_over"),
     ]))

# d09 - courier company business desk, Mumbai (India)
o = c("Hello, I sell handmade earrings online, and shipping is eating all my profit. I want to know about business rates.", None)
PAIRS.append(rpair(
    "b72r_d09_mumbai_courier_small_seller",
    "A small online jewellery seller asks a courier company for business rates.",
    [o,
     t("Happy to help. Roughly how many parcels a month, where do they go, and how heavy is a typical one?"),
     c("Maybe 120 a month, under 100 grams, small box. Mostly inside India, about twenty to the US and UK. Customers don't mind a week.", None),
     t("Then express isn't worth it for you. Our standard small-packet rate at your volume is 48 rupees within India. For abroad, the international small packet is much cheaper than courier but slower, ten to fifteen days. And above 100 parcels we pick up from your home twice a week, free."),
     c("Forty-eight is good, I pay 90 now. Abroad, fifteen days... my US customers already complain. I'll have to think about that part.", "think_it_over"),
     t("Understandable. Let's open the domestic account this week, and you could try the international packet on a few orders and see whether anyone minds."),
     c("Okay, let's do that.", None),
     ],
    [o,
     t("Sure. Our business express service gives 30 percent off every parcel, with next-day delivery in the metros."),
     c("How much would that be for a small box?", None),
     t("About 65 rupees within India; international express starts at 1,100."),
     c("1,100 abroad? My earrings sell for 800. That doesn't work.", "too_expensive"),
     t("We have a slower international service too, around 400. Shall I open the account with both?"),
     c("Just send me the rate card and I'll have a look.", "brush_off"),
     ]))

# d10 - optometrist, Reykjavik (Iceland)
o = c("Hi, my daughter keeps getting headaches after school. I wonder if she needs glasses. She's fourteen.", None)
PAIRS.append(rpair(
    "b72r_d10_reykjavik_optometrist_teen_headaches",
    "A parent asks an optometrist whether her 14-year-old's headaches mean she needs glasses.",
    [o,
     t("Let's find out. When do the headaches come: during lessons, after homework, after time on her phone?"),
     c("Mostly evenings. She does homework on the laptop, and yes, a lot of phone.", None),
     t("Does she squint at the board at school, or is it more that her eyes feel tired and sore?"),
     c("She says the board is fine. It's more tired eyes.", None),
     t("That sounds more like close-up strain than short sight, though the test will tell us. I'll check distance and near vision and how her eyes work together. If it's strain, she may need only breaks and a better screen distance, or light reading glasses, not glasses all day."),
     c("Good. I was worried we'd be buying expensive glasses. When can you see her?", None),
     ],
    [o,
     t("Headaches are a common sign of needing glasses. We can test her today, 9,500 kronur, and if she needs them, frames start at 15,000."),
     c("Okay. She's worried she'll have to wear them all day.", None),
     t("It depends on the result. Many teenagers only need them for reading. Would four o'clock suit?"),
     c("She's at handball until five today. Tomorrow?", "no_time"),
     t("Tomorrow at five is free. See you then."),
     c("Great, thanks.", None),
     ]))
