"""Gaming pairs, part A (b199): farming and rural supply, US Midwest / Australia / Kenya. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Iowa seed dealer
_open = c("Morning. I've got about eighty acres on the east side that's pretty sandy, and it burned up bad last August. Wondering if there's a hybrid that'd hold up better out there.", None)
PAIRS.append(gpair(
    "b199g_iowa_seedcorn", "seed dealer, central Iowa", "monologue",
    "A corn and soybean grower near Ames stops at the seed dealer's counter to ask about a hybrid for one sandy, drought-prone field.",
    good=[
        _open,
        t("Morning. Sandy ground that burned up in August, that's a tough one. What did you plant there last year, and how did it yield next to your better fields?"),
        c("Put the same ninety-eight day I use everywhere. Good ground did two-ten, that east piece did maybe one-forty.", None),
        t("So the same ninety-eight day across the farm, two-ten on the good ground and about one-forty on the sand. Is any of it irrigated, and are you planting that east field at the same population as the rest?"),
        c("No irrigation. Population, yeah, I just leave the planter at thirty-four thousand all the way across.", None),
        t("That's likely part of it. On light ground a lower population, say twenty-eight to thirty, often holds up better in a dry August, and a couple of hybrids have stronger drought ratings. The seed costs more per bag, but you'd buy fewer bags for that field. Want me to price both ways, for just those eighty acres, so you can compare?"),
        c("I guess. Though my neighbor tried one of those drought hybrids a couple years back and said it was a dud in a wet year.", "bad_experience"),
        t("That's a fair worry, they can give up a few bushels when it rains plenty. I'll print our plot results from a dry year and a wet year, on sandy ground near Boone, so you see the downside too. Then you decide."),
        c("Okay. Print me that and the two prices and I'll look it over on the weekend.", "think_it_over"),
        t("Will do. It'll be ready Thursday noon and I'll call you when it's printed."),
    ],
    gaming=[
        _open,
        t("Great question, and I love that you're thinking about your operation's success. So what we've got this year, and honestly it's the best lineup I've seen in fifteen years, is the new DriveMax series. Ninety-six to a hundred and four day, best drought scores in the company, standability off the charts, and a seed treatment package that's included this year only. Most of my growers are putting it on every acre, not just the sandy ones, because why leave yield on the table, right?"),
        c("Well, it's just the one field that's the problem, I'm not looking to redo the whole...", None),
        t("Totally hear you, that's what I'm hearing from a lot of folks. But here's the thing: if it works on your worst field, imagine your best. There's a volume discount at four hundred units, and with your acres you'd be right there. Plus early-pay through the end of the month, plus our replant guarantee. I'd put you in the DM-102 on the good ground and the DM-98 on the sand, easy."),
        c("How much is it a bag?", None),
        t("Three-forty list, but don't think about list, think about value per acre. My guys are seeing fifteen, twenty bushels more. At five-dollar corn that pays for itself a few times over. Make sense? And I'll throw in an agronomy visit in June to walk your fields, that's the relationship piece we really believe in."),
        c("Three-forty. I'm paying two-sixty now. That's a lot more for a field that did one-forty.", "too_expensive"),
        t("I get it, but you can't cut your way to success. Let me just show you the plot book real quick, page after page of wins, and then we'll get you booked so you don't miss the early-pay window."),
        c("I'll just take the plot book with me. Got to get going.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- NSW tractor dealer
_open = c("G'day, it's Trish Mackay out Narromine way. Our old Ford's on its last legs and we're starting to look at what's around, about the hundred horsepower mark.", None)
PAIRS.append(gpair(
    "b199g_dubbo_tractor", "tractor and machinery dealer, Dubbo NSW", "closing_as_open_question",
    "A mixed-farming couple near Dubbo ring the machinery dealer about replacing an old 100-horsepower tractor used for feeding out hay and light work.",
    good=[
        _open,
        t("G'day Trish, thanks for ringing. What's the tractor mostly doing for you these days, and how many hours a year do you reckon it does?"),
        c("Feeding out round bales mostly, bit of slashing, and Col still does the odd bit of cultivation. Maybe four hundred hours a year. He wants a loader on it too, the old one hasn't got one.", None),
        t("So feeding out rounds, slashing, some cultivation, about four hundred hours, and a loader's a must. Are you thinking new, or would a good used one with a few thousand hours do the job?"),
        c("We hadn't decided. Col likes the idea of new but I've seen the prices, and with the season we've had I don't know that we can find eighty grand.", "no_money"),
        t("That's fair, it's been a dry one. For four hundred hours a year, a used machine around three thousand hours with a loader would do everything you listed for roughly half that. I've got two on the lot. Would it be worth you and Col coming in to drive both, no paperwork, just to get a feel?"),
        c("Maybe. Col's flat out with lambing for the next fortnight though.", "no_time"),
        t("No worries. I'll email you photos and details of both today, and ring you on the twentieth to see if a day after lambing suits. If one sells before then I'll tell you straight away."),
        c("Yeah, that'd be good. Send it to the farm email.", None),
    ],
    gaming=[
        _open,
        t("G'day Trish, love that you've reached out. Just so I understand your needs, what would it take for you to drive away in a brand-new 105 with a loader this month?"),
        c("Um, I don't know, we're only just starting to look around.", "think_it_over"),
        t("Absolutely, and I respect that. Tell me, which colour would Col be happier seeing in the shed, the green or the blue? We've got both on the floor right now."),
        c("He's not fussed about colour. We're worried about the money, to be honest. It's been a terrible season.", "no_money"),
        t("Totally understand, and that's exactly why I want to help. How would you prefer to structure the repayments, monthly, or seasonal to match your cash flow?"),
        c("Hang on, I never said we were buying new. Could be a used one does us fine.", "no_need"),
        t("Of course, and what I'm hearing is you want value. So what would need to happen today for you to feel comfortable putting down a small deposit to lock in this month's price?"),
        c("Nothing's happening today. Look, send me a brochure and I'll show Col.", "brush_off"),
        t("Happy to. And when's the best time for me to come out and do the paperwork with you both, Tuesday or Wednesday?"),
        c("Just send the brochure, mate.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase -- Nakuru agrovet, dairy feed
_open = c("Good morning madam. I have three cows, Friesian crosses, and the milk has come down. Before I was getting almost thirty litres a day from all of them, now it is maybe eighteen.", None)
PAIRS.append(gpair(
    "b199g_nakuru_dairyfeed", "agrovet and feed store, Nakuru", "pitch_as_paraphrase",
    "A smallholder dairy farmer from Bahati, near Nakuru, comes into an agrovet because his cows' milk has dropped since the short rains ended.",
    good=[
        _open,
        t("Good morning. From thirty down to eighteen is a big drop. When did you first notice it, and has anything changed in what they eat?"),
        c("Since about three weeks. The napier grass is finishing because the rains stopped, so I am giving more dry maize stovers. I also stopped the dairy meal because the price went up.", None),
        t("So the napier is running out, they are on more dry stovers, and the dairy meal stopped when the price went up, all around three weeks ago. That matches the drop. Are any of them newly calved or near drying off? And are they eating well, no fever, udders okay?"),
        c("One is seven months after calving, the other two are fresh, maybe three months. They eat well. The udders are okay, I checked.", None),
        t("Good. Then it sounds like feed, mostly energy and protein. You don't need to give all three the full ration. Two kilos of dairy meal each for the two fresh cows at milking usually brings back a good part of the milk, and it's cheaper than feeding everyone."),
        c("Even two kilos for two cows every day, that money is not small for me now.", "no_money"),
        t("I understand. Why not take a ten kilo bag first and try it for five days, and write down the litres each day? If the milk comes back even five litres a day, at the co-op price it pays for the meal. If it doesn't help, come back and we look at something else, maybe call the vet."),
        c("Okay, let me try the small one. Five days, then I will come and tell you.", None),
    ],
    gaming=[
        _open,
        t("Good morning, you are welcome. Tell me more, what is your goal for your dairy?"),
        c("My goal is just to get back the milk I was getting. Thirty litres. The napier is finishing because the rains stopped.", None),
        t("Okay, so what I am hearing is you need our Super Lactating Premix plus the high-energy dairy meal, the full programme for all three cows. Is that correct?"),
        c("No, I did not say that. I am asking why the milk is down. I stopped the dairy meal already because it became too expensive.", "too_expensive"),
        t("I understand you completely. So your real need is a feed that pays for itself, which is exactly our premium programme with the mineral block and the premix, about four thousand five hundred per week. Did I understand you correctly?"),
        c("Four thousand five hundred a week? Madam, that is more than what the milk brings me.", "no_money"),
        t("So what you are saying is you want to maximise your income, and for that the big 70 kilo pack is better value. Shall I put it on the boda boda for you?"),
        c("No. I will ask the extension officer first.", "think_it_over"),
    ],
))

# 4. upsell_as_loop_closing -- Nebraska irrigation dealer
_open = c("Yeah, hi, I got a pivot down, tower four on my north quarter, the drive motor's not turning. Corn's tasseling and it's supposed to hit a hundred this week. I need this thing running.", None)
PAIRS.append(gpair(
    "b199g_nebraska_pivotmotor", "irrigation dealer parts counter, Kearney NE", "upsell_as_loop_closing",
    "A farmer near Kearney, Nebraska calls the irrigation dealer in mid-July: a pivot tower's drive motor quit and the corn needs water.",
    good=[
        _open,
        t("Okay, tasseling and a heat wave, let's move fast. Which make and year is the pivot, and is the motor humming and not turning, or completely dead?"),
        c("It's a Valley, 2009 I think. It hums a little then trips. I swapped the fuse already.", None),
        t("Hums then trips with a new fuse, that usually means the motor's seized or the gearbox is bound up. I have two center drive motors for that machine on the shelf. Can you read me the nameplate, or send a photo? I want the ratio right before you drive in."),
        c("Hang on... says 30 RPM, half horse. Sending you a picture.", None),
        t("Got it, that matches. It's four-eighty. If the gearbox is fine that's all you need. If you'd rather not do it yourself, our tech can be out by four today, but the call-out is one-twenty plus labor."),
        c("I'll swap it myself, I've done them before. I'd rather keep the one-twenty.", "no_need"),
        t("Makes sense. The motor will be at the counter with your name on it. If the gearbox turns out to be the problem when you pull it, call me from the field before you drive in and I'll check what I've got."),
        c("Will do. Be there in forty minutes.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that, we'll get you sorted. Which motor is it?"),
        c("Valley center drive, 30 RPM, half horse. Hums and then trips.", None),
        t("Got one on the shelf, four-eighty. Now, to close the loop and make sure you're fully taken care of, what else can I add for you today? We've got a remote monitoring panel on promo, you'd know the minute a tower stops."),
        c("I just need the motor. I'm standing out in the field.", "no_need"),
        t("Absolutely, just want to be sure we haven't missed anything. Before I let you go, what else can I put on the ticket? Most guys grab a spare motor while they're in so they're not stuck next time. And tower tires, while the season's on."),
        c("I said just the motor. My tires are fine and I'm not buying a spare for four-eighty.", "no_need"),
        t("Heard. Last thing, to make sure your needs are completely met, can I add the extended warranty on the motor? It's only eighty-nine."),
        c("No. Is the motor going to be there or not? My corn is cooking.", "no_need"),
        t("It'll be here. Anything else I can do to make your experience great today?"),
        c("Just have it ready.", None),
    ],
))

# 5. leading_tag_questions -- Wagga rural merchandise, fencing after fire
_open = c("Afternoon. Fire took out about two k's of boundary fence on the back paddock. I need to price it up. Insurance'll pay some of it but not all of it.", None)
PAIRS.append(gpair(
    "b199g_wagga_firefence", "rural merchandise store, Wagga Wagga NSW", "leading_tag_questions",
    "A sheep farmer near Wagga Wagga comes into the rural merchandise store to price fencing for a two-kilometre boundary burnt out in a bushfire.",
    good=[
        _open,
        t("Sorry to hear about the fire. Is it all burnt through, or are some of the posts still sound? And what's on the other side of that boundary?"),
        c("Strainers are stuffed, the steel pickets are mostly fine, just the wire's gone brittle. Neighbour runs cattle on the other side, and he's keen to go halves.", None),
        t("So new strainers, reuse the pickets, new wire right along, and the neighbour's got cattle and will share the cost. Do you want it the same as it was, or was there anything you weren't happy with in the old fence?"),
        c("The old one was plain wire and the lambs got through it all the time. Ringlock'd be better, but it's dearer, isn't it?", None),
        t("It is, roughly twice the wire cost. For two kilometres I'd estimate about eleven thousand in materials for ringlock with a barb on top, and around six for plain wire. Split with the neighbour, you're looking at five and a half versus three. Want me to write both up so you can take them to him and the insurer?"),
        c("Five and a half's a lot after the year we've had. Write both, I'll have to see what the insurance comes back with first.", "think_it_over"),
        t("Righto. I'll email both quotes by tomorrow morning, itemised so the insurer can see what's what. Also worth asking whether fencing's covered under the disaster recovery grants, a few people round here got some back that way."),
        c("Didn't know about that. Cheers.", None),
    ],
    gaming=[
        _open,
        t("Sorry about the fire, mate. You'll want to go ringlock this time, won't you?"),
        c("Maybe. What's the difference in price?", None),
        t("A bit, but it's worth it. And you'd want the heavy gauge, the two-point-five, wouldn't you? Don't want to be doing this twice."),
        c("The old one lasted thirty years on plain wire. I'm not sure I need heavy gauge.", "no_need"),
        t("Sure, but you'd agree safety comes first with cattle next door, wouldn't you? And you'll be wanting the galvanised steel strainers rather than timber, right? Timber just burns again."),
        c("I was going to cut my own red gum strainers. I've got the timber sitting there.", "no_need"),
        t("You could, but that's a lot of work, isn't it? So we'll put you down for the full steel kit, heavy ringlock, barb and steel strainers, delivered. That works, doesn't it?"),
        c("How much is all that?", None),
        t("About nineteen thousand delivered. Good value, isn't it?"),
        c("Nineteen? I'm not paying nineteen for a boundary fence. I'll go and talk to the neighbour.", "too_expensive"),
    ],
))

# 6. putdown_question -- Eldoret private grain buyer
_open = c("Hello. You people have cut my price because of moisture, you said eighteen percent. My maize was drying on the tarpaulin for two weeks. This is not right.", None)
PAIRS.append(gpair(
    "b199g_eldoret_maizemoisture", "private grain buyer's store, Eldoret", "putdown_question",
    "A maize farmer from Moiben delivers sixty bags to a private grain buyer in Eldoret and is upset that a high moisture reading cut his price.",
    good=[
        _open,
        t("I'm sorry, I can see why that's frustrating after two weeks of drying. Was the moisture tested in front of you, and which bags did they take the sample from?"),
        c("They put the machine in two bags only, from the top of the lorry. The top ones were rained on a bit on the way. The rest are dry, I am sure.", None),
        t("So the sample came from two top bags that got rain on the road, and you believe the rest are dry. That's a fair complaint. Our rule is samples from at least five bags across the load. Let me retest, with you watching, from the middle and the bottom."),
        c("Yes, let us do it now. I have to go back to the shamba by afternoon.", None),
        t("Right now, then. The six bags we've just tested read fourteen point two percent. That's within our limit, so the full price applies, three thousand six hundred a bag. The two wet bags, I suggest you dry them a day or two before we take them."),
        c("Eh, thank you. But your price is still lower than what the board is paying this month.", "too_expensive"),
        t("That's true, the board pays more, but they pay after some weeks and you queue at the depot. We pay today by M-Pesa. If you prefer to take it to them, I understand, it's your maize."),
        c("No, I need the money now for school fees. Pay me for fifty-eight and I will bring the other two when they are dry.", None),
    ],
    gaming=[
        _open,
        t("Okay, calm down, there's no need to shout. Have you ever actually used a moisture meter yourself, or are you just guessing it's dry?"),
        c("I am not shouting. I have grown maize for twenty years. I know when maize is dry.", None),
        t("Twenty years, sure. So help me understand, why do you think our calibrated machine is wrong and your hand is right?"),
        c("Because they tested only two bags from the top, and those got rain on the road.", None),
        t("And whose fault is it they got rained on? Did you not think to cover them? I'm just trying to understand your experience here."),
        c("Covering is the transporter's work. I am asking you to test again, that is all.", None),
        t("We could, but honestly, do you really want to waste everyone's time for a few shillings? How much is the difference, really?"),
        c("For sixty bags it is many thousands. Forget it. I will take my maize somewhere I am respected.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- Kansas crop insurance, hail
_open = c("Hi, this is Dale Unruh. We had hail come through Tuesday night. Wheat's about two weeks from harvest and some of it's laid flat. I don't know if I'm supposed to call it in now or wait and see what it yields.", None)
PAIRS.append(gpair(
    "b199g_kansas_hailclaim", "crop insurance agency, Hays KS", "not_my_department_or_read_the_terms",
    "A wheat farmer near Hays, Kansas calls his crop insurance agency after a hailstorm, unsure whether to report damage now or wait until harvest.",
    good=[
        _open,
        t("Sorry to hear that, Dale. Report it now, even if you're not sure, it protects your claim. Which fields, and about how many acres look damaged?"),
        c("The home section and the quarter across the road, so maybe four hundred acres. Some of it looks okay, some's really beat up.", None),
        t("Home section and the quarter across the road, about four hundred acres, mixed damage. Do you carry the hail endorsement on your multi-peril, or a separate private hail policy? That decides who comes out."),
        c("I think we have both? My wife handles the paperwork. I can't have an adjuster holding up harvest though, the custom cutters are booked for the twentieth.", None),
        t("Let me look... yes, both are on file. I'll open the claim on both today. So it doesn't hold you up: the adjuster can likely come this week, and if you have to cut before they get there, leave check strips, a few uncut strips in each damaged field, so they can still measure."),
        c("Okay. How wide do the strips need to be?", None),
        t("The width of your header, the full length of the field, one in each damaged field. I'll email you the written instructions and the claim number within the hour, and the adjuster will call you directly. If you haven't heard from them by Friday, call me and I'll chase it."),
        c("Alright. Thanks, that's a load off.", None),
    ],
    gaming=[
        _open,
        t("Hi Dale, sorry to hear that. Great question, and I want your experience to be a good one. When you report is covered in your policy terms, so I'd recommend reading the loss notification section."),
        c("I don't have the policy in front of me. That's why I'm calling you. Do I report it now or not?", None),
        t("Totally understand your frustration. Claims is a separate department though, I'm on the sales and renewals team. Is there anything about your coverage levels I can help with?"),
        c("Coverage levels? I need to know if I can cut my wheat on the twentieth without losing the claim.", None),
        t("So what I'm hearing is you're worried about timing. That's between you and the adjuster, I don't schedule them, and the rules on harvesting before inspection come from the government, I didn't make them. It's all in the terms."),
        c("Can you at least give me the claims number?", None),
        t("It should be on the back of your policy booklet. Did I answer everything for you today?"),
        c("No, you didn't answer anything. I'll drive into Hays and see my agent in person.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Meru water tanks
_open = c("Hello, I want to ask about water tanks. The long rains are coming next month and I want to harvest the water from my roof. Which size is good?", None)
PAIRS.append(gpair(
    "b199g_meru_watertank", "water tank dealer, Meru", "social_proof_or_deadline_pressure",
    "A farmer who grows bananas and keeps two cows near Meru asks a tank dealer about a rainwater tank before the long rains.",
    good=[
        _open,
        t("Good thinking, before the rains. To size it, how big is the roof roughly, and what will the water be used for, the house, the animals, the bananas?"),
        c("The house is iron sheets, maybe eight metres by ten. The water is for the house and two cows. The bananas I water from the furrow when the committee opens it.", None),
        t("So about eighty square metres of roof, water for the family and the two cows, and the bananas stay on the furrow. How many people live in the house?"),
        c("Six of us.", None),
        t("Six people and two cows use about two hundred and fifty litres a day. Your roof will collect plenty in the long rains; the question is how long you want to last in the dry months. A five thousand litre tank gives about three weeks. A ten thousand gives six weeks, but it costs almost double and needs a stronger base."),
        c("Ten thousand I cannot manage this season. Maybe the five thousand, but even that I need to see the price.", "no_money"),
        t("The five thousand is twenty-eight thousand shillings with gutters and delivery. You can start with that and add a second tank on the same gutter line later. Shall I write a quotation for you to take home?"),
        c("Yes, write it. I will discuss with my wife and come back next week.", "think_it_over"),
        t("Here it is, the price holds for thirty days. If you come back before the rains, our fundi installs in one day."),
        c("Okay, thank you.", None),
    ],
    gaming=[
        _open,
        t("You are welcome! Let me understand your needs first. Who else in your village has a tank?"),
        c("My neighbour has one, a small one.", None),
        t("You see, in your area almost every household has already moved to our ten thousand litre tank. The Kirimis, the Mwitis, even the chief. You don't want to be the only one carrying jerrycans, eh?"),
        c("I did not ask about the chief. Ten thousand is too big for me, I have only two cows.", "no_need"),
        t("I hear you, and I want you to have a good experience. But this offer ends today at five. Once the rains start the price goes up by eight thousand, everyone knows that. How would you like to pay, M-Pesa or cash?"),
        c("Today? I have not even told my wife. How much is it?", "think_it_over"),
        t("Fifty-two thousand today only. Tomorrow it is sixty. Honestly, forty people in Meru bought this week, and the stock is almost finished."),
        c("Fifty-two thousand! That is too much for me. I will go and see the other dealer near the market.", "too_expensive"),
    ],
))

# 9. keyword_stuffed -- Toowoomba large-animal vet
_open = c("Yeah g'day, I've got four or five steers limping pretty bad after all this rain. One's got a swollen hoof, smells a bit. Wondering if someone can come out.", None)
PAIRS.append(gpair(
    "b199g_toowoomba_footrot", "large-animal vet clinic, Toowoomba QLD", "keyword_stuffed",
    "A beef producer on the Darling Downs rings the vet clinic because several steers are lame after the wet.",
    good=[
        _open,
        t("G'day. A swollen hoof with a smell after wet weather could well be foot rot, and it's very treatable if we get onto it early. How many head in that mob, and are the lame ones still eating and walking to water?"),
        c("About sixty in that paddock. They're eating, but one's lying down a lot and not keen to get up.", None),
        t("Okay, sixty in the mob, four or five lame, one lying down a lot. That one I'd want seen soon. Have you got yards and a crush so we can look at feet safely?"),
        c("Yeah, yards are fine. How much is a farm visit these days? Last time it was a fair whack.", None),
        t("The call-out's a hundred and sixty to your area, plus treatment. If Dr Singh comes out tomorrow morning she can do all the lame ones in one visit, and leave you something for any that start limping later, so you don't need a second trip."),
        c("Tomorrow's no good, I'm carting hay all day. Thursday?", "no_time"),
        t("Thursday at seven works. Till then, if you can, draft the lame ones into a small dry paddock near the yards. If the one lying down stops eating or drinking before Thursday, ring us straight away and we'll bump you up."),
        c("Righto, Thursday at seven. I'll get them in.", None),
    ],
    gaming=[
        _open,
        t("G'day, and thanks so much for reaching out. I really want to understand your needs and make sure we build a relationship based on trust. How are you feeling about the situation with your herd today?"),
        c("Feeling? Not great, they're limping. Can someone come out?", None),
        t("Absolutely, I totally understand and I hear your concern. Your experience matters to us, and our success is really about your success. What would a great outcome look like for you and your operation?"),
        c("A vet looking at their feet. That's the outcome.", None),
        t("I love that. So what I'm understanding is that animal welfare and a strong partnership with your clinic are really important to you. We value that relationship. To make sure we meet your needs, how satisfied have you been with our service in the past?"),
        c("Honestly? Last time you lot took three days to get out and the steer died. Maybe I should just ring the bloke in Dalby.", "bad_experience"),
        t("I really appreciate you sharing that feedback, and I feel your frustration. Understanding your journey helps us grow. Is there anything else you feel I need to understand about your needs today?"),
        c("Yeah. That I need a vet. Forget it, I'll ring Dalby.", None),
    ],
))

# 10. rude -- Illinois grain dryer service
_open = c("Hi, yeah, my dryer keeps shutting down, says high limit. It's done it three times today and I've got trucks waiting. Can somebody come look at it?", None)
PAIRS.append(gpair(
    "b199g_illinois_graindryer", "grain bin and dryer dealer, Champaign IL", "rude",
    "A corn farmer near Champaign calls the grain dryer dealer during harvest because his dryer keeps shutting down on a high-limit fault.",
    good=[
        _open,
        t("That's a bad time for it, with trucks waiting. Which dryer is it, and does it shut down right when the burner lights, or after it's been running a while?"),
        c("It's a GSI tower, maybe fifteen years old. Runs fine for an hour or two, then trips. I reset it and it goes again.", None),
        t("Runs an hour or two, trips on high limit, resets fine. That often means the plenum's running hot because airflow is dropping. Quick thing to check while you're waiting: are the fan screens or column screens plugged with fines or bees-wings?"),
        c("Hm. I haven't looked at the screens since we started. We've been running pretty dirty corn off the east fields.", None),
        t("That could well be it. Shut it down and brush the screens, you might be back up in half an hour. If it still trips after that, I can have a tech there tomorrow by eight. Today we're booked solid, I'm sorry."),
        c("Tomorrow at eight's tough, I'll already be in the combine. Can he come later?", "no_time"),
        t("I'll put you down for eleven. If the screens fix it, just call and cancel, no charge. And if it gets worse tonight, the after-hours number is on the sticker on the dryer."),
        c("Alright, I'll go brush them now. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Okay. High limit. Did you, you know, maybe read the manual? It's in there."),
        c("I've run this dryer fifteen years, I know how to reset it. It keeps tripping, that's the problem.", None),
        t("Fifteen years and you've never cleaned a screen? Wow. Look, everybody's dryer is acting up right now, you're not special. What's the model?"),
        c("GSI tower. And I don't need the attitude, I need somebody out here.", None),
        t("Sure, sure. Earliest I've got is Thursday. Take it or leave it."),
        c("Thursday? I've got corn in the field right now. That's four days of trucks sitting.", "no_time"),
        t("Well, maybe you should've booked the pre-season check we mail out every year. Anything else? I've got other calls."),
        c("Yeah, cancel my service plan. I'll call the dealer in Tuscola.", None),
    ],
))
