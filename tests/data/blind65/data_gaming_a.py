"""Gaming pairs, part A: monologue, closing_as_open_question, pitch_as_paraphrase, upsell_as_loop_closing,
leading_tag_questions (2 each). Written by hand for blind65 (prefix b65)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- water utility, Glasgow
o = c("Hiya, aye, I've got a bill here for three hundred and twelve pound for the quarter and it's usually about ninety. Something's no right.", None)
PAIRS.append(gpair(
    "b65g_glasgow_water_bill", "water utility call centre, Glasgow, Scotland", "monologue",
    "A householder phones about a quarterly water bill that has more than tripled.",
    good=[o,
          t("That's a big jump, I can see why you're calling. Can I take your account number first, and then tell me: has anything changed in the house since the last bill? More people living there, a garden hose, anything like that?"),
          c("It's 4471 2209. No, nothing. It's just me and my daughter. Well, she's been away at uni since September, so if anything it should be less.", None),
          t("So it's been just you since September and the bill has still more than tripled. The last reading was a real one, taken on the 3rd. That pattern often points to a leak after the meter. Have you noticed a damp patch, a toilet that keeps running, a wet bit in the garden?"),
          c("Now you mention it, the downstairs toilet does hiss a bit at night. I thought that was normal. I'm no paying three hundred quid for a toilet though, I'm telling you that now.", None),
          t("Understood, and a running cistern can easily waste that much. Here's what I can do: I'll put the bill on hold for 28 days so nobody chases it. If you get the toilet sorted, often it's just a flush valve, about ten pound, and send us a fresh reading in two weeks, I can apply for a leak allowance, which usually takes off most of the extra. Would that work?"),
          c("Two weeks, aye I can do that. I cannae get a plumber before next week, mind.", None),
          t("That's fine, the hold covers it. I'm texting you the reading instructions and the leak allowance form now, and I've noted today's call on the account so whoever you speak to next can see it. Anything about the bill I haven't answered?"),
          c("No, that's grand. Cheers, hen.", None)],
    gaming=[o,
            t("Thanks for calling, and I'd love to understand your experience today! Bills can go up for lots of reasons, and that's exactly why we've launched our Smart Water Programme: a smart meter that reads itself every hour, an app that shows your usage, leak alerts, and for just four fifty a month extra you also get HomeCover plumbing insurance, call-outs, burst pipes, the lot. Most customers find it pays for itself, and it's great for the planet too."),
            c("Right, but what about this bill? Three hundred and twelve pound.", None),
            t("Great question, and that's the beauty of the programme: with hourly readings you'd never get a surprise bill again. Our installers are in your area next week, forty minutes, no mess, and if you sign up today we waive the thirty pound fitting fee. We've also got a direct debit that smooths it over twelve months, so that three hundred would be more like twenty-six a month. Does that sound helpful?"),
            c("I don't want another direct debit, I've enough going out of my account as it is. I just want to know why it's three times what it was.", "no_money"),
            t("Totally hear you, and honestly that's what HomeCover is for, peace of mind. Plus the app sends a leak alert, so if there ever was a leak you'd know straight away. I'll pop you down for the Tuesday installation slot, send the info pack by email, and the billing team will be in touch. Is there anything else I can help you with today?"),
            c("You've no answered one thing I asked. Don't book anything. I'll phone back and get somebody that listens.", None)]))

# 2 monologue -- agricultural drone spraying, Nakuru county, Kenya (WhatsApp chat)
o = c("hello i have 6 acre of potatoes near molo, there is blight coming. you do spraying with drone? how much", None)
PAIRS.append(gpair(
    "b65g_molo_drone_spraying", "agricultural drone spraying service, Nakuru county, Kenya (WhatsApp)", "monologue",
    "A potato farmer asks on WhatsApp for a price to spray against late blight.",
    good=[o,
          t("Hello, yes we spray around Molo. Before I give a price, can I ask two things so it is correct: is the 6 acres one block, and what have you sprayed so far this season?"),
          c("one block but on slope. i sprayed with knapsack 2 weeks ago mancozeb but rain wash it. my workers they are tired to carry on the slope", None),
          t("So one sloped block, mancozeb two weeks ago that the rain washed off, and your workers struggle on the slope. Drones handle slopes well. Our rate is 1,800 shillings per acre, so 10,800 for 6 acres. You can supply the chemical or we buy it at cost. Which is better for you?"),
          c("10,800 is much. the boys with knapsack are 4000 for all the farm", "too_expensive"),
          t("That's true, knapsack labour is cheaper per round. What you get is speed: we finish 6 acres in about 90 minutes, so we can spray in a dry window between rains, and the slope doesn't slow us. Some farmers mix: drone when it's urgent or wet, knapsack when the weather is calm. Would one drone round now, while the blight is starting, make sense, and then you decide?"),
          c("ok maybe one time. but i must ask my brother, the farm is for both of us", "think_it_over"),
          t("Of course. I'll send you one message with the price, what we need from you (a water point and the chemical) and our free slots, Thursday and Saturday morning. Share it with your brother and reply here. I'll keep Saturday open for you until Wednesday evening."),
          c("ok send. thank you", None)],
    gaming=[o,
            t("Hello and welcome to SkyShamba! We are the fastest-growing precision agriculture company in the Rift Valley, serving over 3,000 farmers. Our drones spray up to 10 acres per hour with 30% less chemical, and our agronomists also offer soil testing, crop-health mapping and yield forecasting. Our most popular is the Season Package: 6 sprays, 2 maps and a soil test for 58,000 shillings for 6 acres. How does that sound for your farming experience?"),
            c("i need only one spray now for blight. not season", "no_need"),
            t("I understand your need! The thing is, blight comes back, so one spray is never enough, that's why our farmers love the Season Package. The mapping shows you sick plants before your eyes can see them, it is the future of farming. You also get a free cap and our agronomist WhatsApp group. And we can finance it with M-Pesa in 3 instalments. Shall I register you?"),
            c("58000 i dont have that money now, the harvest is in december", "no_money"),
            t("No problem, with 3 instalments it is only about 19,300 per month, very affordable for successful farmers, and you become part of the SkyShamba family. Please send your ID number and the location pin of your farm and our team will call you to schedule your first flight."),
            c("how long for the drone to come? the blight is spreading now", None),
            t("Our team will call you within 5 working days to schedule, and you receive the welcome pack and cap at the first flight. Can you send the ID now?"),
            c("5 days?? and you did not even tell me price of one spray. i will call the other company", None)]))

# 3 closing_as_open_question -- used forklift dealer, Rotterdam
o = c("Hi, I'm calling about the 2.5 tonne Linde diesel on your website, the 2016 one. Is it still there?", None)
PAIRS.append(gpair(
    "b65g_rotterdam_used_forklift", "used forklift dealer, Rotterdam, Netherlands", "closing_as_open_question",
    "A warehouse manager calls about a used diesel forklift advertised online.",
    good=[o,
          t("It is, yes, about 9,400 hours on it. Before we go further, what will it be doing for you? Indoors or out, and how many hours a day?"),
          c("Mostly outside in the yard, loading trucks. Maybe four hours a day. We had a new one leased but the lease is finishing and the renewal is crazy money.", None),
          t("So yard work, around four hours a day, replacing a leased truck because the renewal went up. For that a diesel is right. At 9,400 hours it has life left, but I'd want you to see it run and check the mast and tyres yourself. What do you lift, and how high?"),
          c("Pallets up to 1,800 kilo, only to the truck bed. But honestly, I bought a used one before from another dealer and the transmission died in three months.", "bad_experience"),
          t("That's a fair worry. This one had the transmission serviced in March, and I can send you the service sheet today. We give three months' warranty on the drivetrain, and you're welcome to bring your own mechanic to look it over. Would a test drive this week work?"),
          c("Thursday morning maybe. And the 14,500, is that with the new forks or without?", None),
          t("With. It includes the service, the new forks and the warranty. If you don't need the side-shift I could take 600 off, though it's handy for truck loading. Come Thursday, drive it, let your man look, and we talk numbers with the truck in front of you. Half past nine?"),
          c("Half nine is fine. I'll bring Sander, he does our maintenance.", None)],
    gaming=[o,
            t("It is! Great eye. So tell me, what would it take for you to drive it away this week?"),
            c("Well, I don't know yet. First I need to know the hours and if it fits our work. Mostly outside, loading trucks.", None),
            t("Love that you're thinking about the fit. It's 9,400 hours, perfect for truck loading. So when you picture this machine in your yard, would you prefer delivery on Wednesday or on Friday?"),
            c("I haven't decided to buy it. I had a used one from another dealer and the gearbox broke after three months, so I want to see it first.", "bad_experience"),
            t("Completely understand, trust is so important in our relationship. What would make you comfortable enough to put down a deposit today so nobody else grabs it? And how would you like to handle payment, bank transfer or financing?"),
            c("No deposit. I want to see it, and then I decide. Maybe I look at two others also.", "think_it_over"),
            t("Of course! And once you've seen it, what's the one thing that would stop you from signing on the spot?"),
            c("Your questions, honestly. I'll look somewhere else.", None)]))

# 4 closing_as_open_question -- bridal alterations, Quezon City
o = c("Hi po, I bought my gown online and it's too long and a bit loose at the waist. Wedding is on the 14th of next month. Can you fix it?", None)
PAIRS.append(gpair(
    "b65g_quezoncity_bridal_alterations", "bridal alterations shop, Quezon City, Philippines", "closing_as_open_question",
    "A bride brings in a gown bought online that needs hemming and taking in, five weeks before the wedding.",
    good=[o,
          t("Congratulations! Yes, we can. Can you put it on for me so I can see? And which shoes will you wear? The hem depends on the heel."),
          c("I have the shoes here, 3 inches. The waist it's like this, I can pinch maybe two inches. Also the lace at the back is a bit torn, I'm worried about that.", None),
          t("So the hem for 3-inch heels, about two inches at the waist, and the torn lace at the back. The lace is the delicate part; I can repair it by hand so it won't show. Hem and waist is 3,500 pesos, the lace repair 1,200. We'd need two fittings, the first next week."),
          c("Hmm, 4,700, that's almost what the dress cost. My cousin said her seamstress did hers for 2,000.", "too_expensive"),
          t("That can happen, a lot depends on the lace. Your hem has a lace border, so I take it up from the waist side instead of cutting the lace off, and that takes longer. If you like, I do hem and waist only, and you decide about the lace at the first fitting when you see it."),
          c("Okay, that's fair. Next week I can only come on Saturday, is that okay?", None),
          t("Saturday works, we're open until 4. First fitting Saturday at 10, final fitting the Saturday after, so you have it two full weeks before the 14th. No deposit until the first fitting."),
          c("Perfect, see you Saturday po.", None)],
    gaming=[o,
            t("Congratulations, our brides are like family here! So what would it take for me to be your alterations partner for the big day?"),
            c("Ah, I just need the hem shorter and the waist taken in. And the lace at the back is torn a little.", None),
            t("Got it. And how would you like to pay the 50% deposit today, GCash or card? Our calendar fills fast before wedding season."),
            c("Wait, how much is it? You didn't say the price yet.", None),
            t("Our full Bridal Care package is 8,900: alterations, lace, steaming and a garment bag. Which of those would you want to do without on your wedding day? None of them, I'm sure!"),
            c("8,900?? I just need the hem. I'll ask my tita's seamstress first, sorry.", "too_expensive"),
            t("Totally, and after you ask her, what would make you come back and book with us today rather than risk your wedding dress?"),
            c("Nothing po. Thank you.", "brush_off")]))

# 5 pitch_as_paraphrase -- bank small-business desk, Johannesburg
o = c("Morning. I run a small catering business, Mpho's Kitchen, and I've got a big corporate contract starting, but they pay at 60 days. I need to cover groceries and staff until then.", None)
PAIRS.append(gpair(
    "b65g_johannesburg_bank_cashflow", "bank small-business desk, Johannesburg, South Africa", "pitch_as_paraphrase",
    "A caterer with a new 60-day-payment contract needs to bridge two months of costs.",
    good=[o,
          t("Congratulations on the contract. So there's about two months between spending and being paid. How much do you expect to spend before the first payment lands?"),
          c("About 180,000 rand over the two months. Staff is 70 of that, the rest is stock and fuel.", None),
          t("And where are you starting from: is there anything set aside in the business account, and how long have you banked with us?"),
          c("Four years with you. I've got maybe 60 in the account. I had an overdraft before and the interest killed me, so I'm careful.", "bad_experience"),
          t("You're right to be careful. Playing it back: you need roughly 120,000 on top of what you have, for about 60 days, and you don't want interest running on money you're not using. Two things fit: invoice finance, where we advance 80% of each invoice once you issue it, or a short overdraft where you only pay on what you draw. With a signed contract, invoice finance is likely cheaper. Could you send me the contract and six months of statements?"),
          c("Invoice finance, I've never done that. I'll need to talk to my accountant before I sign anything.", "think_it_over"),
          t("Please do, I'd rather she looks at it. I'll email you a one-page comparison of both with the actual rates today, and we can do a 20-minute call with you and her on Thursday or Friday, whichever suits."),
          c("Friday afternoon. Thanks, this actually helps.", None)],
    gaming=[o,
            t("Congratulations! Tell me more about your business needs."),
            c("Well, I need about 120,000 to cover two months until they pay. Then the money comes in every month after that.", None),
            t("So what I'm hearing is that you need our Business Growth Bundle: the revolving credit facility at prime plus four, with the card machine and the business credit card. Is that right?"),
            c("No, I didn't say that. I need short-term cash, for two months. I don't need a card machine, the corporates pay by EFT.", "no_need"),
            t("Got it, so what you're really saying is that you want flexibility and you want to grow, which is exactly what the Growth Bundle gives you. It's 499 a month and it scales with you. Did I understand you correctly?"),
            c("499 a month, forever, for something I need for two months? No.", "too_expensive"),
            t("I hear you. So to summarise, you'd like to start with the Growth Bundle and maybe drop the card later. Shall I print the application?"),
            c("That is not what I said at all. I'd like to see the branch manager, please.", None)]))

# 6 pitch_as_paraphrase -- mobile network shop web chat, Warsaw (teenager)
o = c("hi i need a sim for my phone my mum said i can get one but like cheap", None)
PAIRS.append(gpair(
    "b65g_warsaw_teen_sim", "mobile network shop web chat, Warsaw, Poland", "pitch_as_paraphrase",
    "A teenager types into the shop chat asking for a cheap SIM card; a parent has set a budget.",
    good=[o,
          t("Hi! Sure, we have a few cheap options. What do you mostly use your phone for: TikTok, games, calls?"),
          c("tiktok and snap mostly and whatsapp with my friends. i dont really call anyone lol", None),
          t("Makes sense. Are you on wifi at home and at school, or mostly on mobile data?"),
          c("wifi at home, school wifi blocks tiktok so data there. my mum says max 30 zl a month", None),
          t("OK so social apps, data at school, and a max of 30 zł. Our prepaid Start is 25 zł for 20 GB a month, no contract, you can stop any time. Because you're under 18 your mum has to register it with her ID. Does 20 GB sound like enough, or do you burn through data fast?"),
          c("idk my friend has 50gb and she runs out lol", None),
          t("Hard to guess, true. On prepaid you can watch your usage in the app. Try the 25 zł one for a month; if you run out, a 5 zł top-up adds more, or you move up. No contract either way. Can your mum register it online tonight with her ID?"),
          c("ok she'll do it tonight probably. thx", None)],
    gaming=[o,
            t("Hi! I'd love to understand what you need. What's most important for your mobile experience?"),
            c("idk cheap. tiktok and snap mostly. mum said max 30 zl", None),
            t("So what you need is our Unlimited Max contract with the new Galaxy A55, 89 zł a month for 24 months, is that right?"),
            c("what?? no i already have a phone i just need a sim", "no_need"),
            t("Got it, so what I'm hearing is you want the best value, and the best value is definitely Unlimited Max, because you'd never run out. Your mum would love that, right?"),
            c("89 is way too much she will literally kill me", "no_money"),
            t("Totally understand. So to play it back: you want unlimited data and a contract so you never have to top up, and your mum will sign. Shall I start the form?"),
            c("you are not even reading what i write. bye", None)]))

# 7 upsell_as_loop_closing -- dog groomer, Melbourne
o = c("Hi, I've got a cavoodle, Biscuit, he's badly matted behind the ears and under his legs. Can you fit him in this week?", None)
PAIRS.append(gpair(
    "b65g_melbourne_dog_groomer", "dog grooming salon, Melbourne, Australia", "upsell_as_loop_closing",
    "An owner phones to book a groom for a matted dog that is scared of the dryer.",
    good=[o,
          t("Poor Biscuit, behind the ears is the classic spot for cavoodles. How long since his last groom, and how does he cope with clippers and the dryer?"),
          c("About four months, I know, I've been slack. He's okay with clippers but he hates the dryer, he shakes and tries to nip.", None),
          t("Thanks for telling me, that really helps. With mats that tight we'd clip those areas short rather than brush them out, it's kinder. And we can towel and low-fan dry him instead of the blaster. A full groom for his size is $95. Does Thursday at 10 or Friday at 2 suit?"),
          c("Friday. $95 is a bit steep though, the mobile lady did him for 70 last time.", "too_expensive"),
          t("Fair enough. With mats it's the extra time, usually an hour more. If you'd rather keep it down, I can do a tidy clip of just the matted bits and his face for $65, and leave the full groom for later. Which would you prefer?"),
          c("No, let's do the whole thing, he needs it. Friday at 2.", None),
          t("Lovely. I've noted 'hates the dryer, clip mats short'. Bring him on a lead, and if he gets shaky we'll give him breaks. Any questions before Friday?"),
          c("No, that's it. Thanks heaps.", None)],
    gaming=[o,
            t("Absolutely, we'd love to give Biscuit a great experience! Friday at 2, full groom, $95. Before I lock that in, what else can I add to make his day special? Blueberry facial or a pawdicure?"),
            c("Um, no, just the mats. He hates the dryer, just so you know.", "no_need"),
            t("Noted! Just to close the loop, is there anything else Biscuit needs? Our de-shedding treatment is $30 and really finishes off a matted coat."),
            c("He's a cavoodle, he doesn't shed. No thanks.", "no_need"),
            t("Great point. Last thing, to make sure we've covered all his needs: would you like teeth brushing and the calming spray for the dryer, $25 for both?"),
            c("Can you just not use the dryer on him? And no more extras, honestly, 95 is already plenty for a groom.", "too_expensive"),
            t("Totally. And is there anything else I can help with today, maybe our monthly Pup Club membership?"),
            c("Can you just confirm Friday at 2, and that nobody uses the blaster on him?", None)]))

# 8 upsell_as_loop_closing -- sign maker, Toronto
o = c("Hey, I'm opening a bakery on the Danforth in about six weeks and I need a sign for the front. I have no idea where to start.", None)
PAIRS.append(gpair(
    "b65g_toronto_bakery_sign", "sign maker, Toronto, Canada", "upsell_as_loop_closing",
    "A first-time shop owner needs an outdoor sign before opening day.",
    good=[o,
          t("Congrats on the bakery! Let's start with the spot. Is it a fascia over the window, a hanging sign that sticks out, or lettering on the glass? And has the landlord given you any rules?"),
          c("There's a space above the window, about 4 metres wide. The landlord said no lit signs above the second floor, but we're ground floor so I think it's fine?", None),
          t("Probably fine, but the City also wants a sign permit for anything fixed to the building, which takes two to four weeks, so with six weeks we should start soon. Do you have a logo already, and do you want it lit at night?"),
          c("Logo yes, my cousin made it. Lit would be nice but I got a quote somewhere for lit letters at like 9 grand and that's way more than I've got.", "no_money"),
          t("That's useful. Lit channel letters are the priciest way. An aluminium panel with your logo, lit by two gooseneck lamps from above, usually comes to 2,800 to 3,500 installed and suits a bakery. What were you hoping to spend?"),
          c("Under four thousand for sure. The lamps idea sounds nice actually.", None),
          t("Then that fits. I'll need your logo file and a photo of the storefront with a tape measure in it. I'll send a mock-up and a firm quote by Friday, and if you like it we file the permit Monday. Sound okay?"),
          c("Yes, I'll send them tonight.", None)],
    gaming=[o,
            t("Congrats! We'll make sure your brand experience is amazing. Lit channel letters, 4 metres, about $8,900 installed. Now, to make sure we've covered everything: what else can I add for you? Window vinyl, an A-frame sidewalk sign?"),
            c("Whoa, I haven't even said what I want. And 8,900 is way more than I have.", "no_money"),
            t("Fair! So, closing the loop on your opening: you'll need menu boards inside too, right? What else should we add so you're fully set up on day one?"),
            c("I need one sign. Outside. That's it for now.", "no_need"),
            t("Perfect. And just so nothing's missing, most bakeries also take our branded aprons and cup sleeves. Shall I add those to the quote so you have everything in one place?"),
            c("No. Send me a price for one sign, not lit, and I'll compare it with the other shop.", "think_it_over"),
            t("Absolutely. Anything else I can add before I send it?"),
            c("I've told you what I need three times now. Just the price, please.", None)]))

# 9 leading_tag_questions -- piano tuner, Vienna
o = c("Good afternoon. I have an old upright piano, a Bösendorfer from the fifties, and my granddaughter is starting lessons. It has not been tuned in, oh, maybe fifteen years.", None)
PAIRS.append(gpair(
    "b65g_vienna_piano_tuning", "piano tuner, Vienna, Austria", "leading_tag_questions",
    "A retired woman asks about tuning an old upright piano for her granddaughter's lessons.",
    good=[o,
          t("Good afternoon. A fifties Bösendorfer is worth looking after. After fifteen years it will have dropped in pitch. Has it been in the same room all that time, and do any keys stick or stay silent?"),
          c("Same room, by the window. Two keys at the top make no sound, and one in the middle sticks when it is humid.", None),
          t("Thank you, that tells me a lot. By a window means sun and changing humidity. Most likely I'd do a pitch raise first and then a fine tuning, and I'll look at the silent keys; often it's a broken string or a loose hammer. The visit is 140 euros for tuning and pitch raise, small repairs I'd quote on the spot. Is that all right?"),
          c("140. Hmm. My neighbour says I should just buy the child a digital piano, it is cheaper.", "too_expensive"),
          t("That's a real option, and for some families it's the right one; a digital is fine for a first year. The difference is the touch, a real action builds finger strength. Let me come and look: if the soundboard or tuning pins are tired I'll tell you honestly it isn't worth it, and then you only pay 40 for the visit. Would that help you decide?"),
          c("Yes, that is honest. But I must ask my son, he is paying for the lessons.", "think_it_over"),
          t("Of course. I have Tuesday or Thursday mornings next week. Talk to your son and call me; I'll hold Thursday at ten for you until Monday."),
          c("Thursday at ten, and I call you Monday. Thank you.", None)],
    gaming=[o,
            t("Good afternoon! How wonderful. You'll want to give your granddaughter the best possible start, won't you?"),
            c("Well, yes, of course. But I don't know if the piano is worth much now.", None),
            t("A Bösendorfer? It's definitely worth a full restoration, isn't it? You wouldn't want her learning on a piano that's out of tune, would you?"),
            c("Restoration? I only asked about tuning. And two keys don't work.", "no_need"),
            t("Exactly, and keys that don't work usually mean the whole action needs rebuilding, which is about 3,800 euros. That's a fair price for a Bösendorfer, isn't it? And you'd agree it's better to do it properly once, wouldn't you?"),
            c("3,800! I am a pensioner. I cannot pay that.", "no_money"),
            t("Of course, we can do it in instalments, which makes sense, doesn't it? You wouldn't want to disappoint her, surely?"),
            c("Please do not tell me what I want. I will ask another tuner.", None)]))

# 10 leading_tag_questions -- e-cargo bike shop, Copenhagen
o = c("Hej, we're thinking about a cargo bike for taking the two kids to daycare. The car is costing us a fortune in parking.", None)
PAIRS.append(gpair(
    "b65g_copenhagen_cargo_bike", "electric cargo bike shop, Copenhagen, Denmark", "leading_tag_questions",
    "A father looks into a cargo bike for the daycare run so the family can give up the car.",
    good=[o,
          t("That's a common reason here. How far is daycare, and are there hills or bridges on the way?"),
          c("About 4 km, over Knippelsbro and then one hill. The kids are two and four. My wife is nervous about the weight of a box bike.", None),
          t("Okay: 4 km with a bridge and a hill, two small kids, and your wife's worried about handling. With that route I'd say electric assist, and a longtail can feel more like a normal bike than a front box. She should really try both. Who'll ride it most?"),
          c("Both, she does mornings. We've seen they're around 35,000 kroner. If we sell the car, that's fine.", None),
          t("That adds up. The best next step is a test ride with the kids aboard: you both come in, we put the kids in, and you ride your bridge route. No obligation. Does Saturday morning work?"),
          c("Saturday is swimming. Sunday?", "no_time"),
          t("We're open Sunday 11 to 3. Let's say half eleven. I'll have a longtail and a box bike ready with the same motor, so you can compare fairly."),
          c("Perfect, we'll be there.", None)],
    gaming=[o,
            t("Great choice! You'll want the box bike with the biggest battery, won't you? With two kids you can't risk running out of power, can you?"),
            c("Maybe? It's only 4 km. My wife's a bit nervous about the size.", None),
            t("Totally normal, but once she's tried it she'll love it, won't she? And you'd agree safety comes first, so the rain cover and the premium harnesses make sense, don't they?"),
            c("I guess. What does that come to, with all of that?", None),
            t("It's 48,000 with everything, but you'll save on the car, won't you? So it basically pays for itself, doesn't it? Shall we order it in green?"),
            c("I don't want to order anything before my wife rides one. We'll think about it.", "think_it_over"),
            t("Of course, but these sell out before spring, don't they? You wouldn't want to wait, would you?"),
            c("We'll take our chances. Bye.", "brush_off")]))
