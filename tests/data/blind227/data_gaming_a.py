"""Gaming pairs a (b227): agriculture and rural supply, written by hand."""
from common import c, gpair, t

PAIRS = []

# 1. monologue: farm machinery dealer, Toowoomba QLD
_open = c("G'day. Been having a squiz at the little tractors out the front. Just after something for the hay paddocks, nothing flash.", None)
PAIRS.append(gpair(
    "b227g_toowoomba_tractor", "farm machinery dealer, Toowoomba, Queensland", "monologue",
    "A grazier with sixty acres of hay wants a modest tractor; his old one has failing hydraulics and money is tight after a dry year.",
    good=[
        _open,
        t("G'day, no worries. What sort of hay work are we talking - mowing, raking, baling, the lot?"),
        c("Mostly mowing and raking. Bloke down the road does the baling for me. Sixty acres, bit of a slope on the back half.", None),
        t("Sixty acres, slope on the back half. What are you running for the mowing at the moment?"),
        c("Old Massey, forty horse or thereabouts. She's done thirty years but the hydraulics are stuffed. And to be honest there's not a lot in the kitty this year, season's been pretty ordinary.", "no_money"),
        t("Fair enough, after the dry that makes sense. For sixty acres with a slope you'd want about the same horsepower with a bit of weight in it, not bigger. Two options: we've got a 45-horse Kubota that came in on trade, low hours, or I get our service bloke to quote on fixing the Massey's hydraulics so you can compare the two. Which is more use to you?"),
        c("Both, I reckon. If the Massey fix isn't silly money I'll keep her going another year.", None),
        t("Righto. Service will ring you tomorrow to book a look at the Massey, and I'll email you the Kubota's hours and price tonight so you've got them side by side. Best number to reach you?"),
        c("Oh-four-one-two, five-five-five, eight-one-nine. Cheers mate.", None),
    ],
    gaming=[
        _open,
        t("Great to have you in, mate! So what brings you in today? Actually - let me tell you, hay is exactly where our new seventy-five horse series shines. Premium cab, air con, front loader, the works. Customer experience is our number one focus here and the relationship doesn't stop when you drive out the gate."),
        c("Seventy-five's a fair bit more than I was-", None),
        t("I know what you're thinking, but hear me out. More horsepower, less time on the seat, and time is money, right? Plus the finance this month is zero percent over three years, trade-ins are strong, so whatever you've got at home we can roll it in, and the warranty's five years, which no one else is doing."),
        c("It's an old Massey. Look, I've only got sixty acres.", "no_need"),
        t("Sixty acres today, but where will you be in five years? That's what I ask all my customers. And resale on these holds up beautifully. I'll grab the brochure and the finance sheet and we can talk colours, there's the standard and the new graphite-"),
        c("Mate, I came in for something simple. I'll have a look online.", "brush_off"),
        t("Absolutely, and what can I do to make your experience today even better? Let me just take your number and I'll send the full spec for the seventy-five, plus the loader options, plus-"),
        c("Nah, you're right. See ya.", None),
    ],
))

# 2. closing_as_open_question: irrigation and pumps, Ashburton, Canterbury NZ
_open = c("Kia ora. I've been losing pressure on the bore pump the last few weeks and the pivot's not getting round in time. Someone said I should look at a variable speed drive.", None)
PAIRS.append(gpair(
    "b227g_ashburton_borepump", "irrigation and pump supplier, Ashburton, Canterbury", "closing_as_open_question",
    "A dairy farmer's bore pump has lost pressure since the water table dropped; he has been told about variable speed drives but nobody has tested the bore.",
    good=[
        _open,
        t("Kia ora. Losing pressure over a few weeks - has it been gradual, or did it drop off at one point?"),
        c("Gradual, I'd say. Started round when the water table went down in January. It's a Grundfos, maybe twelve years old.", None),
        t("Right, so it could be the pump wearing, or it could just be the water level sitting below where the pump was set up for. Before anyone sells you a drive, it's worth testing the bore level and the pump output. We could come Thursday - call-out's a hundred and eighty."),
        c("Hundred and eighty just to look? Last outfit charged me for a test and then told me what I already knew.", "bad_experience"),
        t("Fair enough, that's annoying. What you'd get from us is the actual numbers written down - standing level, drawdown, flow at the pivot. If you end up buying a pump or drive from us the call-out comes off, and if it turns out the pump's fine and it's just the setting, we'll tell you that straight."),
        c("Right. Thursday's fine as long as it's the morning, I'm back in the shed for milking at three.", None),
        t("Thursday morning then. I'll put you down for half eight and text you the tech's name the day before. Anything about the pivot itself I should pass on?"),
        c("Just that the end gun's been cutting out too. Might be the same thing.", None),
        t("Could well be, low pressure does that. I'll note it so he checks both while he's there."),
    ],
    gaming=[
        _open,
        t("Kia ora, great that you came in! So, to open things up - what would it take for you to leave here today with a variable speed drive?"),
        c("Eh? I don't even know if that's the problem yet.", None),
        t("Totally understand. Help me understand you better - which of our two drive packages feels more like you, the standard or the pro with remote monitoring?"),
        c("Neither, till someone tells me why the pressure dropped. The water table's been down since January.", None),
        t("That's really useful, thank you. So with that in mind, how would you like to handle the install - this week or next week?"),
        c("I'm not booking anything. I got stung last time buying a pump off a shop that never tested the bore.", "bad_experience"),
        t("I hear that and I value your honesty. So what would you need to see to feel comfortable signing off on the pro package today? We can spread it over twenty-four months."),
        c("A test. Which you're not offering. I'll ring the other lot in town.", None),
    ],
))

# 3. pitch_as_paraphrase: feed and seed store, Ames, Iowa
_open = c("hi, um, my hens have kind of stopped laying? I've got eight of them and I'm not sure if it's the feed or what.", None)
PAIRS.append(gpair(
    "b227g_ames_layerfeed", "feed and seed store, Ames, Iowa", "pitch_as_paraphrase",
    "A hobby-farm owner's eight hens stopped laying three weeks ago as the weather turned cold and feathers are everywhere (molt); she wants to keep costs down.",
    good=[
        _open,
        t("Hi! Eight hens, okay. When did you notice the drop - sudden, or more gradual?"),
        c("Maybe the last three weeks? It's gotten colder and they're, like, losing feathers all over the coop.", None),
        t("Feathers everywhere, colder weather, three weeks - that sounds a lot like molt. It's normal this time of year, and they usually stop laying while they grow new feathers. What are you feeding them right now?"),
        c("Just the layer crumble from the big box store. I was kind of hoping you'd tell me there's a magic feed, honestly, because I really can't be spending a lot on eight chickens.", "no_money"),
        t("No magic feed, sorry! During molt a bit more protein helps them regrow feathers faster. You don't need to switch everything - a small bag of a higher-protein feather blend mixed in with your crumble for about a month does it. The ten-pound bag is nine dollars."),
        c("Oh, okay, that's not bad. I'll take the small bag. And they'll start laying again?", None),
        t("They should, usually a few weeks after the feathers are back. If they haven't by the end of next month, or you see bald patches with scabs, come back and we'll check them for mites."),
        c("Great, thank you, that's really helpful.", None),
    ],
    gaming=[
        _open,
        t("Hi there! Tell me more about your flock."),
        c("Um, eight hens, mostly Buff Orpingtons. They stopped about three weeks ago and there's feathers everywhere.", None),
        t("So what I'm hearing is you need a complete nutrition upgrade - our Premium Layer Pro at thirty-two dollars a bag. Is that right?"),
        c("I... didn't say that. I just said they stopped laying.", None),
        t("Right, and just to play that back: you want maximum eggs all winter, so what you need is the Pro feed plus our coop heater and the light kit. Did I understand you correctly?"),
        c("I don't want a heater, I read those start fires. And thirty-two a bag is way more than I pay now for basically the same thing.", "too_expensive"),
        t("I totally hear you. So what you're telling me is that value matters to you, which is exactly why the fifty-pound Pro bag is the smart buy. Shall I ring that up with the light kit?"),
        c("No. I'll just ask in the chicken group on Facebook, thanks.", "brush_off"),
    ],
))

# 4. upsell_as_loop_closing: vet and animal-health supplies, Wagga Wagga NSW
_open = c("Morning. Need drench for about four hundred ewes. Vet did an egg count, reckons they're carrying a fair few worms.", None)
PAIRS.append(gpair(
    "b227g_wagga_drench", "rural merchandise and animal-health counter, Wagga Wagga, NSW", "upsell_as_loop_closing",
    "A sheep farmer needs drench for 400 ewes before they go onto oats; the vet suspects resistance.",
    good=[
        _open,
        t("Morning. Do you know what you used last time, and roughly when?"),
        c("Started with a C, something. Back in autumn. Vet reckons there might be some resistance on the place.", None),
        t("If there's resistance, going back to the same family might not do much. Did the vet give you a result on which drench groups still work - a resistance test?"),
        c("No, just the egg count. And I haven't got time to muck round with tests, they've got to be done this week before they go onto the oats.", "no_time"),
        t("Understood, this week, before the oats. Then a combination drench with two or three actives is the safer bet when you don't know what's resistant. At around sixty kilos a head, four hundred ewes is this five-litre pack. And a check egg count ten to fourteen days after tells you if it worked - about forty bucks through your vet."),
        c("Yeah, righto, that makes sense. How much is the five litre?", None),
        t("Three-eighty. Does all four hundred with a bit left over. Want me to write the check date on your receipt so it doesn't get forgotten?"),
        c("Good idea. Do that.", None),
    ],
    gaming=[
        _open,
        t("Morning! Before we get started, what's your goal for the flock this season?"),
        c("Goal's to get rid of the worms. Four hundred ewes, vet reckons there's some resistance.", None),
        t("Great. Here's the five-litre combination. Now, just to close the loop - what else can I add for you today? Most people grab the new drench gun and backpack with it."),
        c("Got a drench gun. Works fine.", "no_need"),
        t("Perfect. And to make sure we've covered all your needs - what about mineral licks for the ewes? Shall I pop in a couple of tubs?"),
        c("Nah. Just the drench, that's dear enough on its own.", "too_expensive"),
        t("No worries. Last thing, so we've wrapped everything up for you: the fly strike spray's on special, can I add a ten-litre?"),
        c("Mate, I said just the drench. How much is it, and do I have to do anything after?", "no_need"),
        t("Three-eighty. And is there anything else I can add to make your order complete today?"),
    ],
))

# 5. leading_tag_questions: planter dealer, Kearney, Nebraska
_open = c("Hey there. I'm trying to figure out what to do with my planter before spring. It's a sixteen-row, 2009. Getting skips and doubles.", None)
PAIRS.append(gpair(
    "b227g_kearney_planter", "planter and precision-ag dealer, Kearney, Nebraska", "leading_tag_questions",
    "A row-crop farmer who farms with his brother has skips on the outside rows on terraced ground and wonders whether to replace an old planter.",
    good=[
        _open,
        t("Hey. Skips and doubles on a 2009 sixteen-row - is that across the whole bar, or certain rows?"),
        c("Mostly the outside rows, and worse on the terraces. My agronomist figures I'm losing a few bushels there.", None),
        t("Outside rows on terraced ground usually points to the meters or the downforce, not the whole planter. When were the meters last on a test stand?"),
        c("Oh, four years? I kind of figured I'd just get a new planter, but with what they're asking for new ones I'd rather not.", "too_expensive"),
        t("Yeah, new is a big number. I'd start with a meter calibration - about forty bucks a row - and look at hydraulic downforce on the outside rows. That fixes a lot of terrace problems for a fraction of a new bar. If the stand test shows the meters are worn out, we'll know that too."),
        c("That's more like it. I'll have to run it past my brother though, we farm together.", "think_it_over"),
        t("Sure. I'll write up both - calibration alone, and calibration plus downforce - with prices, and email it so you two can look at it together. When's good for me to call after?"),
        c("Give us till Monday.", None),
    ],
    gaming=[
        _open,
        t("Hey, good to see you. You'll be wanting to move up to a new planter this year, won't you?"),
        c("Well, I don't know. It's mostly the outside rows skipping, on the terraces.", None),
        t("Sure, and on a 2009 those meters are shot anyway, aren't they? You'd agree it's better to start fresh than patch up old iron, wouldn't you?"),
        c("I mean, it runs fine otherwise. I just want the skips fixed.", "no_need"),
        t("Absolutely. And you'd want the electric-drive model, right? Nobody wants to go backwards on technology, do they?"),
        c("That's four hundred grand. We don't have that kind of money sitting around, not after last fall.", "no_money"),
        t("Of course, but the financing makes that easy, doesn't it? You'll want to lock it in before the spring rush, won't you?"),
        c("I'll have to talk it through with my brother. We'll get back to you.", "think_it_over"),
    ],
))

# 6. putdown_question: rural insurance claims line, Matamata, Waikato NZ
_open = c("Yeah, hi, I'm ringing about my claim for the implement shed. Roof came off in the storm three weeks ago and nobody's been out. My tractor's sitting under a tarp.", None)
PAIRS.append(gpair(
    "b227g_matamata_shedclaim", "rural insurer, claims phone line, Matamata, Waikato", "putdown_question",
    "A farmer's implement shed lost its roof in a storm; three weeks on no assessor has come because a request for photos went to an old email address.",
    good=[
        _open,
        t("Three weeks with the roof off and the tractor under a tarp - that's too long. Can I grab your policy number so I can see where it's got stuck?"),
        c("It's F-R, four-four-seven, two-nine-one. I've rung twice already.", None),
        t("Thanks. Got it. The assessor was booked but then put on hold waiting for photos, and I can see the request went to an old email address. Did anything come through from us asking for photos?"),
        c("No! That's the first I've heard of it. We changed our email last year.", None),
        t("Then that's on our end, sorry. I'm updating the email now. If you text photos of the shed and the tractor to this number today, I can book the assessor straight away. Does Thursday or Friday suit?"),
        c("Friday. But honestly, if this drags on any longer I'll be moving the whole farm policy somewhere else.", "bad_experience"),
        t("That's fair after three weeks. I've booked Friday and marked it urgent because machinery's exposed, and I'll ring you myself Friday afternoon to check he's been. In the meantime, a proper temporary cover for the tractor is claimable - just keep the receipts."),
        c("Okay. That's more than I got the last two times. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Okay, and before we dive in - did you actually read the email we sent asking for photos, or did that get skipped?"),
        c("What email? I never got any email.", None),
        t("Right. And when you say nobody's been out, are we sure you were home when the assessor tried? I'm just trying to understand your experience here."),
        c("I'm home every day, I farm here. Nobody came.", None),
        t("Okay, let's stay calm, no need to get worked up. So what exactly should we have done differently, if we didn't have your current email?"),
        c("I'm not worked up, I'm fed up. Third time I've rung. When this policy renews I'm done with you lot.", "bad_experience"),
        t("I hear your frustration. Is it possible you're expecting a bit much, with storms all over the district? What outcome are you realistically hoping for today?"),
        c("Someone out to look at my shed. Put me through to your manager.", None),
    ],
))

# 7. not_my_department_or_read_the_terms: grain elevator, Decatur, Illinois
_open = c("Hi, yeah, I got my settlement sheet for the soybeans I hauled in October and there's a two hundred and forty dollar deduction I don't understand. It just says DP charge.", None)
PAIRS.append(gpair(
    "b227g_decatur_grainfee", "grain elevator, customer desk, Decatur, Illinois", "not_my_department_or_read_the_terms",
    "A soybean grower was charged a delayed-price service fee nobody explained to him when he signed.",
    good=[
        _open,
        t("Let me pull that up. What name's the account under?"),
        c("Hendricks Farms. Dale Hendricks.", None),
        t("Okay Dale, I've got it. You had six thousand bushels on delayed price - the beans came in October but weren't priced till you set the price in January. The DP charge is a service fee for that time, four cents a bushel. Does that match what you remember signing up for?"),
        c("I remember putting them on DP, sure, but nobody said a word about a fee. The place I sold to before never charged for that.", "too_expensive"),
        t("That's fair to raise. The fee is in the DP agreement, but I can see why it caught you off guard if nobody walked you through it. Next year you've got other options - a minimum price contract, or pricing at delivery, both avoid that charge. Want me to send a one-page comparison of the three before harvest?"),
        c("Yeah, do that. And I'd like a copy of what I signed.", None),
        t("I'll email both today. I'm also putting a note on your account that you want contracts explained before you sign, so whoever's on the scale desk this fall goes through it with you."),
        c("Appreciate that.", None),
    ],
    gaming=[
        _open,
        t("Great question, and thanks for reaching out. I want to make sure I understand your concern - how would you describe your experience with the settlement?"),
        c("My experience is there's two hundred forty bucks gone and I don't know why. It says DP charge.", None),
        t("I hear you. So the DP charge, that's all laid out in the delayed price agreement. Honestly, the terms are pretty clear if you read them through."),
        c("Nobody told me there was a fee. Could you just explain what it's for?", None),
        t("I understand how you feel. Settlements aren't really my department, though, I'm on the merchandising side. And I didn't set the fees - that comes from corporate."),
        c("So who do I talk to? Because if this is how it goes I'll be hauling to the co-op next year.", "bad_experience"),
        t("Totally your call, and I respect that. You could try the office line, but they'll tell you the same thing - it's in the contract. Is there anything else I can help you with today?"),
        c("Apparently not.", None),
    ],
))

# 8. social_proof_or_deadline_pressure: fencing supplies, Hamilton, Victoria
_open = c("Hi there. We've just bought ten acres out near Dunkeld and we need to fence a couple of paddocks for my daughter's ponies. No idea where to start, to be honest.", None)
PAIRS.append(gpair(
    "b227g_hamilton_horsefence", "fencing and rural supplies store, Hamilton, Victoria", "social_proof_or_deadline_pressure",
    "A new hobby-farm owner needs safe fencing for two ponies; the boundary is old barbed wire and a contractor quote felt high.",
    good=[
        _open,
        t("Congratulations on the place! How many horses, and what's there now fence-wise?"),
        c("Two ponies. There's an old barbed-wire fence round the boundary, half of it's falling down.", None),
        t("Barbed wire and horses aren't a great mix, they can get badly cut if they run into it. For two ponies a lot of people do timber posts with horse-safe wire or tape, plus an electric offset so they don't lean on it. Do you know roughly how long the paddocks are?"),
        c("About two hundred metres each side, I think, my husband measured. We did get a quote from a contractor but it was eleven thousand, which seemed a lot for a couple of paddocks.", "too_expensive"),
        t("With all new posts it adds up, and most of that is labour. If you or your husband are handy, you could run electric tape on the existing posts where they're sound and just get a contractor in for the strainers. I can do a materials list for both ways so you can compare."),
        c("That'd be great. I'll have to check whether he's actually up for doing it himself, though.", "think_it_over"),
        t("Of course. I'll email you both lists with prices by tomorrow. If he wants to come in and talk it through, ask for me - I'm Tracey."),
        c("Thanks, Tracey.", None),
    ],
    gaming=[
        _open,
        t("Welcome! So tell me, what's your vision for the property?"),
        c("Well, just paddocks for two ponies. There's old barbed wire on the boundary and it's half falling down.", None),
        t("Love that. Honestly, every hobby farmer out your way is going with our HorseGuard electric system - we've done six places on Dunkeld Road alone this year."),
        c("Right. I don't even know the lengths yet, my husband has the measurements.", None),
        t("That's fine, we can work it out. But I'll be upfront: the bundle price finishes Friday and after that it goes up eighteen percent. Your neighbours got in early. What would you like to do?"),
        c("I really can't decide something like that by Friday. I need to sit down with my husband first.", "think_it_over"),
        t("Totally get it. Just so you know, we've only got stock for about three more jobs at this price, and the Dunkeld Road people were really happy. Shall I pencil you in to be safe?"),
        c("No. Please don't. I'll come back when we know what we need.", "brush_off"),
    ],
))

# 9. keyword_stuffed: grain bin monitoring, Willmar, Minnesota (chat)
_open = c("yeah hi. we had beans go out of condition in the bin last winter, lost maybe 3000 bushels. looking at those bin cable things. what do they cost", None)
PAIRS.append(gpair(
    "b227g_willmar_binsensors", "grain storage and bin monitoring dealer, website chat, Willmar, Minnesota", "keyword_stuffed",
    "A farmer who works off-farm three days a week lost stored soybeans to spoilage and wants a price for temperature cables.",
    good=[
        _open,
        t("Sorry to hear that, 3,000 bushels hurts. How many bins are we talking about, and what size?"),
        c("four bins. two 30 footers and two 36. only the 36s really hold stuff over winter", None),
        t("So the two 36-footers matter most. Do they have aeration fans already, and how often do you get to check them through winter?"),
        c("fans yes. check them when I remember honestly. I work off farm three days a week so Im not always there", None),
        t("That's where cables help most - they text you when temperature or moisture starts to climb, so you don't have to climb the bin. For just the two 36s, cables plus phone alerts is about $7,800 installed. Automatic fan control on top is another $2,100."),
        c("ok. 7800 is more than I figured. neighbor said he got his for like 5", "too_expensive"),
        t("Could be - a lot depends on cable count. A 36-foot bin usually needs three or four cables to see the whole grain mass, and some cheaper setups put in one or two. I'll write you a quote that shows cables per bin so you can line it up against his."),
        c("yeah send that. email is on my account", None),
    ],
    gaming=[
        _open,
        t("Thanks for reaching out! I really want to understand your needs and your experience so we can build a successful relationship going forward."),
        c("ok. I just want to know what the cables cost for 4 bins", None),
        t("Absolutely, I hear you. Your success is our success. How do you feel about your current grain management experience, and what does success look like for you?"),
        c("success looks like beans that dont rot. lost 3000 bushels last winter", None),
        t("I really understand how you feel, and I appreciate you sharing that experience. Our solutions are all about meeting your needs and exceeding your expectations, and our team truly values the partnership journey."),
        c("so whats the price", None),
        t("Great question. Pricing is really about understanding your unique needs so we can tailor a solution that feels right for your operation's success. So, what are your needs?"),
        c("I told you. forget it, ill call the guy my neighbor used", None),
    ],
))

# 10. rude: machinery parts counter, Gore, Southland NZ
_open = c("Morning. Baler's chucked a knotter - I need a billhook for a Krone, today if you've got one. Got forty hectares cut and rain coming Thursday.", None)
PAIRS.append(gpair(
    "b227g_gore_balerpart", "farm machinery parts counter, Gore, Southland", "rude",
    "A baling contractor needs a knotter part the same day before rain; he wants to fix it himself.",
    good=[
        _open,
        t("Rain Thursday, right, let's sort it. Which Krone, and have you got the serial handy?"),
        c("Comprima, the... hang on. Here's a photo of the plate.", None),
        t("Cheers. We've got one billhook for that on the shelf. Is it just chewed, or is it missing knots too?"),
        c("Missing knots on number three. Billhook's chewed to bits.", None),
        t("Then I'd grab the tucker spring and a twine disc as well, they often go together - forty-odd dollars. Or our tech could come out and go over the whole knotter."),
        c("No time for a tech, mate. I'll take the parts and do it myself in the yard tonight.", "no_time"),
        t("Fair enough. Billhook, spring and disc, and I've printed the knotter timing page for you. If it still misses after that, ring this number - it's the workshop mobile, they'll talk you through it tonight."),
        c("Good as gold. Put it on the account.", None),
    ],
    gaming=[
        _open,
        t("Right. And what makes you think we'd have Krone stuff just sitting here? Model?"),
        c("Comprima. Here's the plate, look.", None),
        t("Yeah, yeah, I can see that. You contractors always leave it till the last minute and then it's an emergency. So what are your needs today, exactly?"),
        c("A billhook. I said. The knotter only went this morning.", None),
        t("Okay, no need for the attitude. We've got one. It's ninety-eight, and before you ask, no, it's not cheaper anywhere else."),
        c("I didn't ask. Can you tell me if there's anything else I should replace while I'm in there?", None),
        t("Not really my job to fix your baler for you, mate. You want it or not? Anything else I can help with today?"),
        c("Just the billhook. And I'll be going to the other place next time.", None),
    ],
))
