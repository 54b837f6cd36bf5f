"""Ranked pairs f01-f10 (b188): both sides share every turn except one fault in `worse`
and the customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 -- Shoreditch, London, hair salon. Fault: argues with the customer.
o = c("Hi, sorry, I was in yesterday with Tom. I asked for a trim on my fringe and it's... it's really short. I've got a wedding in two weeks.", None)
t1 = t("Oh no, let me see. Can you show me where you'd normally have it sit?")
c1 = c("Just under my eyebrows. Now it's halfway up my forehead. I feel really self-conscious.", None)
t2_good = t("You're right, that's a lot shorter than a trim, and I'm sorry. I can't put length back, but I can soften the edge so it looks deliberate, and show you how to sweep it to the side for the wedding.")
c2_good = c("Okay. I just don't want it to look worse. And I'm not paying for anything else.", None)
t2_bad = t("Honestly, it's not that short. That's a micro-fringe, it's really in right now, and Tom's one of our best.")
c2_bad = c("It's not what I asked for. I said a trim. I'm not here for a trend, and I'm not paying for anything else.", None)
t3 = t("No charge at all. Let me take ten minutes now to soften it, and I'll book you in the week of the wedding to style it, also free.")
c3 = c("The week of the wedding I'm away for work, I can't come in then.", "no_time")
t4 = t("Then the Saturday before you go, or I can show you on your phone now how to do it yourself with a round brush.")
PAIRS.append(rpair(
    "b188r_f01_shoreditch_fringe",
    "Hair salon, Shoreditch, London (UK). A client comes back the day after a fringe 'trim' left it far too short, two weeks before a wedding.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f02 -- New Orleans, jeweller. Fault: doubts the customer's honesty.
o = c("Hi, I bought this band here like ten days ago, and one of the little diamonds is already gone. See the empty spot?", None)
t1 = t("I see it, third from the left. That's frustrating after ten days. Can I put it under the scope?")
c1 = c("Sure. I don't do anything crazy in it, I'm an accountant, I type all day.", None)
t2_good = t("Thanks. Under the scope, two of the prongs on that setting are thin. That's a setting issue, not wear, and it's covered by our warranty.")
c2_good = c("Oh good. I was worried you'd say I banged it on something.", None)
t2_bad = t("Hm. Honestly, these don't just fall out on their own. Are you sure you didn't catch it on something, the gym, gardening? People don't always mention that.")
c2_bad = c("I'm telling you I didn't. I don't love being called a liar over a ring I paid nine hundred dollars for.", None)
t3 = t("I'll replace the stone and re-tip the prongs around it so the others are secure too, at no cost. It usually takes about a week. Do you need it back for anything before then?")
c3 = c("My sister's engagement party is Saturday, I'd really like to wear it. A week is too long for me.", "no_time")
t4 = t("I can have our setter do it Thursday, so you'd pick it up Friday after two. I'll call you as soon as it's ready.")
PAIRS.append(rpair(
    "b188r_f02_neworleans_pavestone",
    "Jeweller, Magazine Street, New Orleans (US). A customer's new pave band lost a stone within ten days.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 -- Lagos, online cosmetics shop, phone. Fault: drops the price before asking anything.
o = c("Hello, good afternoon. I'm calling about the vitamin C serum I saw on your page. Is it good for oily skin?", None)
t1_good = t("Good afternoon! It can be, it depends. Can I ask what you're hoping it will do for you, and what you're using now?")
c1_good = c("I have some dark marks and my skin looks dull. I'm using just a foaming cleanser and a moisturiser.", None)
t1_bad = t("Good afternoon! It's normally fifteen thousand, but I can do it for eleven for you today.")
c1_bad = c("Eleven already? Why is it coming down so fast, is it about to expire? Anyway, I have dark marks and my skin looks dull. I use foaming cleanser and moisturiser.", None)
t2 = t("For dull skin and marks, the serum is a good fit, and it's a light gel, so it's fine on oily skin. Use it in the morning with sunscreen, otherwise the marks come back. Do you use sunscreen?")
c2 = c("Not really. Sunscreen makes my face oily, I've tried two and I hated both.", "bad_experience")
t3 = t("That's common. We have a matte one most of our oily-skin customers like, but start with just the serum, see how your skin takes it for two weeks, then think about sunscreen.")
c3 = c("Okay, just the serum for now. Send it to Surulere.", None)
PAIRS.append(rpair(
    "b188r_f03_surulere_vitcserum",
    "Online skincare shop, Lagos (Nigeria), phone. A caller with oily skin asks whether a vitamin C serum suits her.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f04 -- Toa Payoh, Singapore, nail salon. Fault: an unasked lecture.
o = c("Hi, I want a manicure but my nails are very short. I bite them, quite embarrassing.", None)
t1 = t("No need to be embarrassed, lots of our customers do. Do you want them to look neat today, or are you also trying to stop biting?")
c1 = c("Both, I guess. I have a job interview on Thursday, don't want the interviewer to notice.", None)
t2_good = t("Then let's do a neat shape and a strengthening coat, it looks clean and tidy. Some people find having them done makes them bite less, but no pressure.")
c2_good = c("Okay, that sounds nice. Not too shiny though.", None)
t2_bad = t("You know, biting is really bad. Your hands carry so much bacteria, and you can damage the nail bed for good. You really should stop, there's a bitter polish, it's all about willpower.")
c2_bad = c("I know it's bad. I didn't come here to be scolded.", None)
t3 = t("Understood. I'll do a neat shape and a sheer nude, very natural, so it looks tidy on Thursday. Regular manicure is twenty-eight.")
c3 = c("Twenty-eight okay. But I'm on lunch break, I must be back by two, cannot be late.", "no_time")
t4 = t("Twenty-five minutes, you'll be back before two. Come, sit here.")
PAIRS.append(rpair(
    "b188r_f04_toapayoh_nailbiter",
    "Nail salon, Toa Payoh (Singapore). An embarrassed nail-biter wants tidy hands for a job interview.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05 -- Manchester, alterations tailor. Fault: a vague next step.
o = c("Hiya, I need these trousers taken up and the waist taken in. They're for my graduation on the 18th.", None)
t1 = t("Congratulations. Pop them on and I'll pin them. Are those the shoes you'll be wearing on the day?")
c1 = c("These are the shoes, yeah. They've got a bit of a heel.", None)
t2 = t("Good, that changes the length. Right, I've pinned a half-inch break. Take-up and waist together is twenty-eight pounds.")
c2 = c("Twenty-eight's more than I expected. The place by my flat said twenty, but they couldn't do it in time.", "too_expensive")
t3_good = t("It's fair to shop around. I can have them ready Wednesday the 15th after three, which gives you three days to try them. Here's your ticket with the date on it, and I'll text you when they're done.")
c3_good = c("Wednesday the 15th, perfect. Thank you.", None)
t3_bad = t("It's fair to shop around. We'll get them done for you before the graduation, we'll let you know.")
c3_bad = c("Before? Like, when exactly? I don't want to be picking them up the morning of.", None)
PAIRS.append(rpair(
    "b188r_f05_manchester_graduationtrousers",
    "Alterations tailor, Manchester (UK). A graduate needs trousers shortened and taken in before the ceremony.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f06 -- Montclair, New Jersey, bridal salon. Fault: over-promises.
o = c("Hi, I'm getting married August 9th and I fell in love with the Ellison gown online. Can I still order it?", None)
t1 = t("Congratulations! Let me check. When would you want it in hand, leaving time for alterations?")
c1 = c("Honestly as soon as possible. I'm a teacher, so summer's good for fittings. It's April now, is that crazy?", None)
t2_good = t("Not crazy, but tight. The designer quotes fourteen to sixteen weeks, which puts it late July, and you'd want about three weeks for alterations. I can't promise it. I can request rush production, two hundred fifty extra, which brings it to about ten weeks.")
c2_good = c("Two fifty for rush? Ugh. But I'd rather not risk it.", "too_expensive")
t2_bad = t("Oh, totally fine, they always come early for us. You'll have it by June, guaranteed, no need for rush.")
c2_bad = c("Guaranteed? Great, that's such a relief, I was nervous.", None)
t3 = t("Let's take your measurements now, and the sample's here if you'd like to try it on to confirm the size.")
c3 = c("Yes please! My mom's parking the car, can we wait for her?", None)
t4 = t("Of course. I'll grab you both some water.")
PAIRS.append(rpair(
    "b188r_f06_montclair_ellisongown",
    "Bridal salon, Montclair, New Jersey (US). A teacher orders a made-to-order gown four months before her wedding.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f07 -- Surulere, Lagos, wig shop. Fault: closes before checking the thing fits.
o = c("Good evening. I want a bob wig for work. Something that looks natural, not too shiny.", None)
t1 = t("Good evening, welcome. For a natural look I'll show you kinky straight, it looks like blow-dried natural hair. Do you know your head size?")
c1 = c("I don't know. Normally wigs are tight on me, by afternoon I have headache.", "bad_experience")
t2 = t("Then we must measure. Your head is twenty-three inches, so you need a large cap. This one is large cap, kinky straight, twelve inches, sixty-five thousand.")
c2 = c("Sixty-five? The one I saw on Instagram was forty. Though this one looks better, I'll admit.", "too_expensive")
t3_good = t("Instagram ones are often blended. This is human hair, it lasts two years with care. Before you decide anything, let's put it on you, wear it ten minutes here and tell me if anything presses.")
c3_good = c("Okay... It's comfortable, nothing is pressing at the sides. I'll take it.", None)
t3_bad = t("Instagram ones are often blended. This is human hair, it lasts two years with care. So shall I pack it for you? Transfer or POS?")
c3_bad = c("Without trying it? That's exactly how my last wig ended up tight. Let me put it on first.", "bad_experience")
PAIRS.append(rpair(
    "b188r_f07_surulere_bobwig",
    "Wig and hair shop, Surulere, Lagos (Nigeria). A woman whose wigs always end up too tight shops for a natural-looking bob for work.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f08 -- Tiong Bahru, Singapore, barbershop product counter. Fault: recommends before asking.
o = c("Hi, I want to buy something for my hair, it's always flat by afternoon.", None)
t1_good = t("Okay. What do you use now, and how do you style it in the morning?")
c1_good = c("Just towel dry and some gel. Morning looks okay, after lunch flat already. My hair quite fine.", None)
t1_bad = t("Take this clay, eighteen dollars, very strong hold, all my customers use.")
c1_bad = c("Clay? I tried clay before, very heavy, my hair became more flat. I just use some gel now, towel dry. My hair quite fine.", "bad_experience")
t2 = t("Fine hair plus gel, the gel gets heavy as it dries. I'd try a light sea salt spray on damp hair, blow-dry upward for one minute, then a tiny bit of powder at the roots. No clay or wax for fine hair, it weighs it down.")
c2 = c("Blow-dry ah? Morning I got no time, I rush to catch the MRT.", "no_time")
t3 = t("One minute only. But okay, try the powder alone first, twelve dollars, no blow-dry. If it's not enough, add the spray later.")
c3 = c("Okay, I try the powder first.", None)
PAIRS.append(rpair(
    "b188r_f08_tiongbahru_flathair",
    "Barbershop product counter, Tiong Bahru (Singapore). A man with fine hair that goes flat by afternoon asks for a product.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09 -- York, jeweller and watch repairer. Fault: unexplained jargon.
o = c("Hello, my late husband's watch has stopped. It's an automatic, an Omega. I'd like to get it going again, I want to give it to my grandson.", None)
t1 = t("That's a lovely thing to do. May I take a look? Do you know when it was last serviced?")
c1 = c("Goodness, I don't think ever. He had it from the seventies.", None)
t2_good = t("Then it's almost certainly the oils inside that have dried up, which is why it stopped. A full service means taking it apart, cleaning every part, oiling it and checking it keeps good time. It's about three hundred and forty pounds and takes six weeks.")
c2_good = c("Three hundred and forty. That's more than I'd thought, but I suppose it's worth it for him.", "too_expensive")
t2_bad = t("It'll need a full service. Strip-down, ultrasonic, new mainspring and gaskets, regulate it on the timegrapher, check the amplitude. Three hundred and forty, six weeks.")
c2_bad = c("I'm sorry, I didn't follow a word of that. Three hundred and forty pounds for what, exactly?", None)
t3 = t("We'll ring you with a firm quote once we've opened it, before we do any work, so there are no surprises. If it's much more, you can say no.")
c3 = c("That's reassuring. My grandson's birthday is in March, so there's time.", None)
t4 = t("Plenty of time. I'll write you a receipt with the serial number on it.")
PAIRS.append(rpair(
    "b188r_f09_york_omegaservice",
    "Jeweller and watch repairer, York (UK). A widow wants her late husband's 1970s automatic watch working again as a gift for her grandson.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f10 -- Austin, jewellery subscription box, phone. Fault: talks about themselves.
o = c("Hi there, I'm thinking about getting one of your jewelry boxes as a gift for my niece. She's starting college in the fall.", None)
t1 = t("What a nice gift. Tell me a bit about her, what's her style?")
c1 = c("Kind of artsy, wears a lot of silver, she's really into thrifting. She has sensitive ears though, cheap earrings make them itch.", None)
t2_good = t("So artsy, silver, into thrifting, and sensitive ears. That's really useful. Our designers this year lean very vintage, which sounds like her.")
c2_good = c("Oh, that sounds right. How much is it, and can I do just a few months?", None)
t2_bad = t("Oh my gosh, I was so into thrifting in college too, I had this whole vintage phase, I worked at a thrift store in Denton and honestly that's how I got into jewelry. I still wear this ring from there.")
c2_bad = c("Ha, cool. Um, so, would any of your boxes work for her ears? And how much is it, can I do just a few months?", None)
t3 = t("Our Sterling box is all sterling silver or titanium, nickel-free, so it's fine for sensitive ears. It's thirty-four a month, and you can prepay three or six months as a gift, then it just stops, no auto-renew.")
c3 = c("Thirty-four a month is more than I was planning, to be honest. Let me check with her mom what she already has.", "think_it_over")
t4 = t("Of course. I'll email you photos of the last three boxes so you can both see what's in them.")
PAIRS.append(rpair(
    "b188r_f10_austin_jewelrybox",
    "Jewellery subscription box, Austin (US), phone. An aunt asks about a gift subscription for a niece starting college.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
