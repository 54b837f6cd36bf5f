"""Ranked pairs d01-d10 (hand-written for blind205, prefix b205): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 -- Sheffield vet practice, owner doubting yearly boosters
o = c("Morning. I've had the reminder for Poppy's booster, but I've been reading that dogs get vaccinated far too much these days. I'm not sure I want to do it every year.", "no_need")
PAIRS.append(rpair(
    "b205r_d01_uk_sheffield_vet_booster_doubts",
    "Vet practice, Sheffield (UK). An owner questions yearly vaccination for her dog, who walks by a canal every day and had a swelling after her last jab.",
    better=[
        o,
        t("That's a fair thing to question. What did you read, and what worries you most about it?"),
        c("That the core ones last three years or more, and every jab has a bit of risk. And she had a lumpy swelling after the last one.", "bad_experience"),
        t("You're right about the core ones: distemper, parvo and hepatitis last about three years, and we only give those every three years. The yearly part is leptospirosis, which wears off in about a year. Where does Poppy walk? Rivers, fields, farms?"),
        c("Along the canal every day. She's always in the water.", None),
        t("Then lepto is a real risk for her, it spreads through water that rats use. If you'd like, we can do a blood titre test for the core ones instead of jabbing, £65, and just give the lepto. And the vet can look at where the swelling was and use the other side."),
        c("That sounds like a proper middle ground. Book me in for that.", None),
    ],
    worse=[
        o,
        t("I understand. The manufacturers' guidance is a yearly booster, and our vets follow that."),
        c("But I read the core ones last longer than a year, so surely she doesn't need them every time.", "no_need"),
        t("You're right, actually, the core ones are every three years. This year she'd only need the lepto, which is yearly. It's £52."),
        c("Oh, that's less than I thought. She did have a swelling after the last one, though, and I didn't like that.", "bad_experience"),
        t("Small swellings are quite common and usually go down in a few days. The vet will check her over first. Shall I book you for Thursday?"),
        c("Go on, then. Thursday.", None),
    ],
))

# d02 -- US pet insurer, new French bulldog puppy
o = c("Hi, we just got a Frenchie puppy and everybody says get insurance right away. I'm on your site and there's like four plans, I'm lost.", None)
PAIRS.append(rpair(
    "b205r_d02_us_insurer_frenchie_puppy",
    "Pet insurer phone sales, Denver (US). A new owner of a French bulldog puppy, whose mother needed airway surgery, is confused by four plans.",
    better=[
        o,
        t("Congrats! I can help you narrow it down. Can I ask a couple of things about her first?"),
        c("Honestly, can you just email me all four? I'll figure it out tonight.", "brush_off"),
        t("Sure, I'll send them. Just one question first, because it changes which plan matters: did the breeder say anything about her parents' health? Frenchies often have breathing, spine or skin problems."),
        c("They said the mom had surgery on her nose to help her breathe. Is that bad?", None),
        t("It's useful to know. She may need the same surgery one day, which runs $2,500 to $4,000. That's only covered if nothing's diagnosed before the policy starts, and only on plans with hereditary cover, so the accident-only plan wouldn't help her. The Essential at $47 a month would. I'll email all four with that one marked, and you can start it online tonight so the waiting period begins."),
        c("Oh, okay, that's actually really helpful. I'll probably just go with that one.", None),
    ],
    worse=[
        o,
        t("Congrats! Most people with a puppy go for our Essential plan, it's our most popular."),
        c("What's in it?", None),
        t("It's $47 a month with a $500 deductible, and you get 80% back on accidents and illnesses, including hereditary conditions. It's good all-round cover."),
        c("Hmm. My coworker's plan wouldn't pay for anything on her pug, it was a nightmare. I'm a little wary.", "bad_experience"),
        t("I'm sorry to hear that. Our plan covers hereditary conditions, which is where a lot of people get caught out with other insurers. You can read the full policy online, and there's a 30-day money-back guarantee."),
        c("Okay, that's reassuring. Let's go with the Essential.", None),
    ],
))

# d03 -- Pretoria boarding kennels, first stay of three weeks
o = c("Morning. We're going to the UK for three weeks in April to see our daughter, and Max has never been in kennels. He's a Jack Russell cross, seven. I'm honestly a bit worried.", None)
PAIRS.append(rpair(
    "b205r_d03_za_pretoria_kennels_first_long_stay",
    "Boarding kennels, Pretoria East (South Africa). An owner whose clingy dog has never boarded is about to leave him for three weeks.",
    better=[
        o,
        t("Morning! Three weeks is a long first stay, so it's good you're thinking ahead. What worries you most, him being unhappy, or something else?"),
        c("He's never been away from me. He cries when I go to the shops. My husband says I'm being silly.", None),
        t("You're not being silly, separation stress is real, and it's better to know how he copes before you're on another continent. Would you bring him for a trial day, and then one night, before April? The day is R180 and the night is R260."),
        c("Ja, but I don't think there's time. We fly in five weeks and I'm working every day.", "no_time"),
        t("Five weeks is enough. We're open on Saturdays, so a Saturday day visit this month and a Friday night the week after. If he struggles, we'll tell you honestly, and you'll still have time to find a house-sitter."),
        c("Okay, that makes sense. Let's book the Saturday.", None),
    ],
    worse=[
        o,
        t("Morning! Don't worry, most dogs settle within a day or two. Our runs are big and the dogs go out four times a day."),
        c("He cries when I go to the shops, though. I don't know.", "think_it_over"),
        t("Lots of owners say that and their dogs are fine. We have a kennel hand who sits with the nervous ones in the afternoons, and we send a photo every couple of days on WhatsApp."),
        c("The photos would help. How much is it for three weeks?", None),
        t("It's R220 a night, so R4,620 for twenty-one nights. I can take a R1,000 deposit now to hold the dates."),
        c("Let me talk to my husband tonight, then I'll come back to you.", "think_it_over"),
    ],
))

# d04 -- Shropshire equine feed merchant, footsore native pony
o = c("Hi, my native pony's been a bit footy on the gravel this week, and my friend says I should switch him to a low-sugar feed. What would you recommend?", None)
PAIRS.append(rpair(
    "b205r_d04_uk_shropshire_feed_merchant_footy_pony",
    "Equine feed merchant, Shropshire (UK). An owner asks for feed for a native pony that is sore on hard ground in spring; the signs point to early laminitis.",
    better=[
        o,
        t("I can help with feed, but 'footy' in a native pony makes me want to ask a couple of things first. Do his feet feel warmer than usual, or is he standing oddly, leaning back on his heels?"),
        c("His feet do feel warm, now you mention it. And he was rocking back a bit this morning.", None),
        t("Then please ring your vet today. Warm feet and rocking back can be the start of laminitis, and that needs a vet before it's a feed question. Is he out on grass at the moment?"),
        c("He's out all day. The grass has come through really fast this month. But the vet's a hundred quid just to come out.", "too_expensive"),
        t("I understand, but a bad bout of laminitis can cost thousands, and sometimes the pony. Take him off the grass today, onto a deep bed of shavings, and ring the vet. Once they've seen him, come back and we'll choose a low-sugar feed together, based on what they say."),
        c("Okay, you've scared me enough. I'll bring him in and ring them now.", None),
    ],
    worse=[
        o,
        t("Your friend's right, low sugar is the way to go for natives. This one's a chop with under ten per cent sugar and starch, £16.50 a bag."),
        c("Under ten per cent, okay. Is that alright for him if he's out on grass all day?", None),
        t("Yes, it'll balance the grass. Although, if he's footy, it's worth keeping an eye on his feet. If they get warm or he's uncomfortable, call your vet."),
        c("They do feel a bit warm, actually. But I'll see how he goes, the vet's a hundred quid just to turn up.", "too_expensive"),
        t("Fair enough. Just don't leave it too long if it doesn't settle. Shall I put a bag in your car?"),
        c("Yes, please.", None),
    ],
))

# d05 -- Portland dog trainer, husky mix pulling on the leash
o = c("Hi, my husky mix pulls so hard on the leash my shoulder's killing me. I saw you do group classes. Can I sign up?", None)
PAIRS.append(rpair(
    "b205r_d05_us_portland_trainer_husky_pulling",
    "Dog trainer, Portland, Oregon (US). An owner of a husky mix who has tried every harness wants to join a group class.",
    better=[
        o,
        t("You can, but let me ask a couple of things first so you don't spend money on the wrong thing. What have you tried so far?"),
        c("Everything. A front-clip harness, a head halter, he hated it, and one of those prong collars my neighbor swore by.", None),
        t("That's a lot of gear. So the tools haven't worked and he hated the halter. When does he pull, all the time, or when he sees something, squirrels, other dogs?"),
        c("Mainly the first ten minutes, he's crazy. After that he's okay-ish.", None),
        t("That's really useful. It sounds like he's bursting with energy when you leave the house. Group class teaches loose-leash walking, but he'd be at his most wound up there. I'd suggest one private session at $95 first, to set up a routine before walks, like a sniff and a play in the yard first. Then class, if you still need it."),
        c("Huh, okay. That makes more sense than six weeks of him going nuts in a room full of dogs. Book it.", None),
        t("Booked for Thursday at five. Bring him a little hungry, with the front-clip harness, and we'll start in your own street, since that's where he's at his worst."),
    ],
    worse=[
        o,
        t("Absolutely. Our six-week Loose Leash class starts Tuesday, $240, and it's great for pullers."),
        c("Six weeks, okay. Will it work for him, though? I've tried harnesses, a head halter, a prong collar. Nothing's worked.", "bad_experience"),
        t("Totally normal. The tools only manage the pulling, the class teaches him what you want instead. Most dogs improve a lot by week three."),
        c("Okay. Tuesdays are tough with my work, though. Is there a weekend one?", "no_time"),
        t("There's a Saturday 10am class starting the 12th, same price. Shall I put you in?"),
        c("Saturday works. Go ahead.", None),
    ],
))

# d06 -- Eastern Cape farm vet, tick losses in Nguni cattle
o = c("Good morning, doctor's office. I have forty Nguni cattle near Bathurst. The ticks are very bad this year and two calves have died. I want to buy a stronger dip.", None)
PAIRS.append(rpair(
    "b205r_d06_za_eastern_cape_farm_vet_tick_losses",
    "Farm-animal vet practice, Eastern Cape (South Africa). A small-scale cattle farmer wants a stronger dip after losing two calves; one calf's signs suggest heartwater.",
    better=[
        o,
        t("Good morning. I'm sorry about the calves. Before we choose a dip, how did they die? Were they sick for a few days, or was it sudden?"),
        c("The one was walking in circles, then fell down, shaking. The other we just found dead in the morning.", None),
        t("Walking in circles and falling can mean heartwater, which the bont tick carries. A stronger dip helps, but the calves need protecting too. Have the others been vaccinated, or treated when they got sick?"),
        c("No vaccine. That vaccine is too much trouble, you must do it with the blood and the antibiotics, and my cousin says it killed some of his calves.", "bad_experience"),
        t("It can be tricky, that's true, it has to be done properly. Dr Mthembu could come out, check the herd, and advise whether vaccinating or treating early is better for you. The visit is R1,400. Meanwhile, a dip that targets bont ticks, every two weeks, is a good start."),
        c("Two calves already cost me more than R1,400. Okay, send the doctor, and give me the dip.", None),
        t("I'll book Dr Mthembu for Thursday morning. If another animal starts walking in circles before then, phone us straight away, because early treatment saves most of them."),
    ],
    worse=[
        o,
        t("Good morning. I'm sorry to hear about the calves. For heavy tick loads the amitraz pour-on works well, R890 for 5 litres, and it does forty head for about three treatments."),
        c("Okay. Will it stop the calves dying?", None),
        t("It'll cut the ticks a lot, which should help. If more animals get sick, it's worth getting the vet out to see what's going on, ticks carry a few diseases."),
        c("The vet is expensive, man. Last time it was nearly two thousand for one visit.", "too_expensive"),
        t("I understand. Start with the pour-on every two weeks and watch them closely. If anything else falls sick, phone us straight away."),
        c("Ja, okay. I'll take the pour-on.", None),
    ],
))

# d07 -- Norwich groomer, fifteen-year-old arthritic bichon
o = c("Hello, I'd like to book Barney in for a full groom. He's a fifteen-year-old bichon, he's a bit wobbly these days.", None)
PAIRS.append(rpair(
    "b205r_d07_uk_norwich_groomer_elderly_bichon",
    "Dog groomer, Norwich (UK). An elderly owner who doesn't drive books a groom for an old, arthritic dog who shook through his last groom elsewhere.",
    better=[
        o,
        t("Of course. Bless him. When you say wobbly, is it his back legs, and does he struggle to stand for long?"),
        c("His back legs, yes, he's got arthritis. The last groom he was shaking by the end, poor thing. That was somewhere else.", None),
        t("That's a long time for an old boy to stand. I'd suggest splitting it: bath and dry one day, trim and nails another, about forty minutes each, and he can sit or lie on a mat for most of it. It's the same price as a full groom, £48."),
        c("Two trips is a lot for me, though. My son drives me, and he works shifts.", "no_time"),
        t("We can collect him, it's free within three miles for older dogs. Or we can do it in one visit with a long lie-down in a bed in the middle. Which would suit you better?"),
        c("The collecting sounds wonderful. Can we do that?", None),
    ],
    worse=[
        o,
        t("Of course. We're very gentle with older dogs, and we can give him breaks if he needs them. A full groom is £48."),
        c("That's fine. The last place had him shaking by the end, poor thing.", None),
        t("I'm sorry to hear that. We don't rush, and we'll use a non-slip mat for him. Would Tuesday at ten work?"),
        c("Tuesday's fine. My son can bring him.", None),
        t("Lovely. It usually takes about two hours, and we'll ring your son when he's ready."),
        c("Thank you.", None),
    ],
))

# d08 -- Chicago pet shop, cat vomiting after meals
o = c("Hi, do you have a food for cats who throw up? My cat pukes like three times a week, I need a sensitive stomach one.", None)
PAIRS.append(rpair(
    "b205r_d08_us_chicago_pet_shop_cat_vomiting",
    "Independent pet supply shop, Chicago (US). A customer asks for sensitive-stomach food; the cat is actually gulping her food since a kitten arrived.",
    better=[
        o,
        t("We have a few. Before I pick one, is it hairballs, or food coming straight back up? And is it right after she eats?"),
        c("Food, usually right after she eats. Like ten minutes, whole kibble.", None),
        t("Right after eating, whole kibble, that's often a cat eating too fast rather than a sensitive stomach. Does she wolf it down? Is there another cat she competes with?"),
        c("Oh yeah, we got a kitten in March and she eats like he's gonna steal it. That's around when it started, actually.", None),
        t("That fits. Before you buy new food, try this slow-feeder bowl, $14, and feed them in separate rooms. If she's still throwing up in two weeks, or losing weight, get her checked by the vet, and then we can look at food."),
        c("Oh wow, that's way cheaper than the forty-dollar bag I was gonna buy. I'll take the bowl.", None),
    ],
    worse=[
        o,
        t("Sure, right this way. This one's a sensitive-stomach formula with limited ingredients, a lot of cats do well on it. It's $42 for the seven-pound bag."),
        c("Forty-two? The one at the grocery store is like twenty.", "too_expensive"),
        t("The grocery one has a lot of corn, which some cats don't tolerate. This has one protein and no fillers. Switch her over gradually across a week. Also, if she gulps her food, a slow-feeder bowl can help."),
        c("She does gulp, since we got the kitten. Okay, I'll take the food and maybe the bowl.", None),
        t("Great. And if she's still throwing up in a couple of weeks, it's worth having the vet check her."),
        c("Will do. Thanks.", None),
    ],
))

# d09 -- Durban cattery, diabetic cat with 7 and 7 insulin
o = c("Hi, I'm looking for a cattery for my cat Simba over Easter, ten days. He's diabetic, he gets insulin at seven in the morning and seven at night.", None)
PAIRS.append(rpair(
    "b205r_d09_za_durban_cattery_diabetic_cat",
    "Boarding cattery, Durban (South Africa). An owner needs ten days' boarding for a diabetic cat; the cattery has no staff on site at 7pm.",
    better=[
        o,
        t("Hi. Thanks for telling me upfront. I have to be honest, our last staff member leaves at five, so I can't do a seven o'clock injection. It would be at half four, two and a half hours early. Has your vet said how flexible his timing can be?"),
        c("She said it must be twelve hours apart, more or less. So half four wouldn't work, then.", None),
        t("I thought not. Two options: the vet hospital on Florida Road boards diabetic cats with nurses on at night, about R320 a night. Or, if you'd like him here, you could move his times to six and six a week before Easter, with your vet's okay, and I'd do the morning one at six myself."),
        c("R320 a night is a lot, hey. Here it's what, R190?", "too_expensive"),
        t("R190, yes. If your vet's happy with six and six, he can stay here. Would you ask her this week? I'll hold a room until Friday."),
        c("I'll phone her tomorrow. Thanks for being straight with me.", None),
    ],
    worse=[
        o,
        t("Hi! Yes, we board diabetic cats regularly, and our staff are trained to give insulin. It's R190 a night."),
        c("And you can do seven at night?", None),
        t("Our last staff member leaves at five, so we'd do the evening one just before. Most cats are fine with that, we've had lots of diabetic boarders."),
        c("Hmm. My vet said twelve hours apart. Let me check with her before I book.", "think_it_over"),
        t("Of course, check with her. If she's happy, just phone back and we'll get him booked."),
    ],
))

# d10 -- UK pet insurer, elderly policyholder making a first claim
o = c("Hello? Yes, I'm ringing about, um, claiming for my cat. My granddaughter set up the insurance and I don't know how any of it works. The vet bill was three hundred and twelve pounds.", None)
PAIRS.append(rpair(
    "b205r_d10_uk_insurer_elderly_first_claim",
    "Pet insurer claims line, Peterborough (UK). An elderly policyholder who doesn't use computers needs to claim for her cat's abscess.",
    better=[
        o,
        t("Hello, I'll take you through it step by step, there's no rush. First, can I check your name and your cat's name?"),
        c("Margaret Dunn. And the cat's Sooty. He had an abscess on his paw.", None),
        t("Thank you, Margaret. There are two ways to claim, and the easiest for you might be this: I ask your vet to send the bill and notes straight to us, and you don't fill anything in. Would that suit you better than the online form?"),
        c("Oh, yes. I don't do the computer. My granddaughter's in Australia now.", None),
        t("Then I'll do it from here and ring your vet this afternoon. The first £99 is your excess, so about £213 should go back into your bank account, and you'll have a letter in about ten days. I'll also post you a note today of what I've done, so you have it written down."),
        c("Oh, that's marvellous. Thank you, dear.", None),
    ],
    worse=[
        o,
        t("Hello, yes, I can help. The quickest way to claim is online, through our app or website. You upload the invoice and fill in the claim form."),
        c("I'm afraid I don't do the computer. My granddaughter set it up, and she's in Australia now.", None),
        t("No problem, I can post you a paper claim form. You fill in section A, your vet fills in section B, and you send it back with the invoice."),
        c("Oh dear. I'm back and forth to the hospital with my husband all week, I haven't the time for forms.", "no_time"),
        t("I'm afraid we need it in writing, but your vet's reception is used to them, they'll help. There's a £99 excess, so you'd get about £213 back."),
        c("Alright. I'll try. Post it to me, please.", None),
    ],
))
