"""Ranked pairs d01-d10 (b213): two decent conversations; `better` is the one a sales coach would prefer. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 -- Sydney hearing-aid centre (phone): better finds the real reason the husband won't come in.
_open = c("Hi, I'm ringing about my husband. He's seventy-six and going deaf, but he won't come in. I want to know what hearing aids cost so I can talk him round.", None)
PAIRS.append(rpair(
    "b213r_d01_sydney_hearing_reluctant_husband",
    "Hearing-aid centre in Sydney; a wife phones about her 76-year-old husband, who refuses to have his hearing checked.",
    better=[
        _open,
        t("Happy to help. Before I talk prices, can I ask what he says about it? Sometimes the reason someone won't come in isn't the one you'd expect."),
        c("He says he hears fine and everyone mumbles. But honestly I think it's his dad. He had those big beige things that squealed and the grandkids used to laugh at him.", None),
        t("That's really common, and today's aids are very different, most are tiny and don't squeal. If he's a pensioner, the government program covers a basic pair. But it might be easier not to start with aids at all. Our hearing checks are free, twenty minutes, and some couples book together, so you both get checked and it isn't about him."),
        c("Oh, that's clever, he'd come if it's for me. But I don't want him ambushed with a sales pitch.", None),
        t("He won't be. The audiologist shows him his results, explains them, and he goes home. Whatever he does next is up to him. Would a Saturday morning suit, so it doesn't feel like a big medical thing?"),
        c("Saturday's good. I'll tell him I want my ears checked. Ten o'clock?", None),
        t("Ten o'clock Saturday for both of you. I'll note that he's hesitant, so the audiologist goes gently."),
    ],
    worse=[
        _open,
        t("Of course. Under the government hearing program, if he's a pensioner, a basic pair is fully covered. If he wants features like Bluetooth or rechargeable, there's a top-up, usually fifteen hundred to four thousand for the pair."),
        c("Four thousand! He'll never pay that, he's tight as anything.", "too_expensive"),
        t("The fully covered ones suit most people, so he may not pay anything. The first step is a free hearing test. I can email you a brochure with the options and a booking link, and he can ring us when he's ready."),
        c("He won't ring. He says everyone mumbles.", None),
        t("That's quite common at first. Maybe leave the brochure out for him, and when he's ready, we're here. Can I take your email?"),
        c("Alright. It's jan dot reid at bigpond.", None),
    ],
))

# d02 -- York pharmacy: better asks about the shift and the drive before selling a sedating tablet.
_open = c("Can I get some sleeping tablets? The ones you can buy without a prescription. I've not slept properly in a week.", None)
PAIRS.append(rpair(
    "b213r_d02_york_pharmacy_sleep_aid",
    "Community pharmacy in York, UK; a woman who has just started early shifts at a bakery asks for over-the-counter sleeping tablets.",
    better=[
        _open,
        t("I can help. A few quick questions first, because it changes what I'd suggest. Is it getting off to sleep, or waking in the night?"),
        c("Waking at three and lying there. I've just started a new job, bit of stress. I'm on the early shift at the bakery, up at half four anyway.", None),
        t("So waking early, a new job, and a half-four start. Do you take any other medicines, and do you drive to work?"),
        c("Just my inhaler. And yes, I drive. Why?", None),
        t("Because these tablets are antihistamines and they can leave you groggy in the morning, which isn't great for a drive at half four. For a week of stress-related waking I'd keep them for a night before a day off, and try a fixed wind-down routine on work nights. If it's still going on in two or three weeks, see your GP."),
        c("Hmm. I was hoping for a quick fix, to be honest. But fair enough, I'll take a small pack for my days off.", None),
        t("That's sensible. Here's the small pack, and a leaflet on sleeping with early shifts, it's better than most."),
    ],
    worse=[
        _open,
        t("Of course. These are the ones, an antihistamine, one twenty minutes before bed. Don't use them for more than two weeks, and no alcohol with them. Are you on any other medicines?"),
        c("Just my inhaler.", None),
        t("That's fine with these. They can make you a bit drowsy the next day, so do be careful. If you're still not sleeping after two weeks, see your GP."),
        c("How much are they?", None),
        t("Four ninety-nine for twenty, or there's a herbal one at six ninety-nine if you'd rather avoid the drowsiness."),
        c("I'll try the cheap ones. Cheers.", None),
    ],
))

# d03 -- New York dental practice: better compares the quotes like for like instead of defending the price.
_open = c("Hi, I got a quote here from you for an implant, forty-two hundred. A place in Jersey said twenty-eight. Why are you so much more?", "too_expensive")
PAIRS.append(rpair(
    "b213r_d03_newyork_dental_implant_quote",
    "Dental practice in Queens, New York; a 50-year-old bus mechanic compares an implant quote with a cheaper one from New Jersey.",
    better=[
        _open,
        t("Fair question, and it's worth comparing. Do you have the Jersey quote with you? I'd like to see what's included, because implant quotes are often not like for like."),
        c("Yeah, here. It just says 'implant, twenty-eight hundred'.", None),
        t("Okay. Ours is the post, the connector piece and the crown, plus the 3D scan. 'Implant' alone sometimes means just the post, and the crown is another thousand to fifteen hundred. Ask them three things: is the crown included, the abutment, the scan. If it's all in for twenty-eight, that's a good price and I'd tell you so."),
        c("Huh. Didn't know it was separate parts. I kind of just want it done, it's been six months with a gap.", None),
        t("Understood. If their price is for the same thing, go with them, honestly. If not, you're welcome back, and Dr. Shah can fit the crown the same month the bone's healed. Want me to write those three questions down?"),
        c("Yeah, write 'em down. I'll call them tomorrow and let you know.", "think_it_over"),
    ],
    worse=[
        _open,
        t("I understand. Our price reflects Dr. Shah's experience, she's placed over two thousand implants, and we use a premium Swiss implant system with a lifetime warranty on the post."),
        c("Okay, but the other place probably says the same thing. That's fourteen hundred bucks.", "too_expensive"),
        t("It's a real difference, I agree. We do offer financing, twelve months no interest, which brings it to three-fifty a month. And our crowns are made by a local lab."),
        c("Three-fifty a month is still more than I wanted to spend. I need to think about it.", "think_it_over"),
        t("Of course, take the quote home. It's valid ninety days, and call us with any questions."),
        c("Okay, thanks.", None),
    ],
))

# d04 -- Perth health fund branch: better checks the current cover before upgrading.
_open = c("Hi, I want to upgrade to your top hospital cover. My knee's stuffed and my GP reckons I'll need a replacement this year.", None)
PAIRS.append(rpair(
    "b213r_d04_perth_healthfund_knee_upgrade",
    "Private health insurance branch in Perth; a 62-year-old truck driver with a two-year knee problem wants to upgrade before a likely knee replacement.",
    better=[
        _open,
        t("Let's look at it properly before we change anything, because timing matters here. When did the knee trouble start, and has a surgeon seen you yet?"),
        c("Been bad about two years. I'm seeing the surgeon next month.", None),
        t("Okay. Because it's been there two years it counts as pre-existing, so if you upgrade today the higher cover wouldn't apply to the knee for twelve months. But let me check what you've got... your Silver policy already includes joint replacement in a private hospital, with your two-fifty excess."),
        c("Hang on, so I'm already covered? The bloke I spoke to last year told me I'd need Gold.", None),
        t("For hip and knee replacement on your policy, yes, you're covered now. Gold adds things like pregnancy and weight-loss surgery, which I'm guessing you don't need. Ask the surgeon for the item numbers and the hospital, then ring me and I'll confirm your exact out-of-pocket."),
        c("Crikey. Okay. That saves me a fair bit.", None),
        t("It should. I'll note your file so whoever you talk to next sees this. Here's my direct line."),
    ],
    worse=[
        _open,
        t("No problem. Our Gold Hospital cover is the top tier, two hundred and sixty a month for a single, about seventy more than what you're on now."),
        c("Seventy a month more. Ouch. But if it covers the knee, fine.", "too_expensive"),
        t("Just so you know, there's a twelve-month waiting period for pre-existing conditions when you upgrade, so if the knee's been around a while, the higher benefits start after that."),
        c("Twelve months? I might need it sooner than that.", None),
        t("Understood. You could still go ahead now so the waiting period starts ticking. Would you like me to process the upgrade?"),
        c("Let me talk to the surgeon first and see when he wants to do it.", "think_it_over"),
    ],
))

# d05 -- Brighton physiotherapy (phone): better triages for a possible fracture before booking.
_open = c("Hi, I rolled my ankle at netball last night and it's massive this morning. Can I get in with a physio today?", None)
PAIRS.append(rpair(
    "b213r_d05_brighton_physio_ankle_triage",
    "Private physiotherapy clinic in Brighton, UK; a 28-year-old netball player phones about a badly swollen ankle.",
    better=[
        _open,
        t("Sorry to hear that. Before I book you, a couple of questions so we send you to the right place. Could you walk straight after, and can you put weight on it now, say four steps?"),
        c("I hobbled off the court. Now I can barely put it down. There's a sore bit right on the bony bit on the outside.", None),
        t("Okay, hard to put weight on, and tender right on the bone. That's the picture where you need an X-ray first to rule out a fracture, before physio. The minor injuries unit can do that today without an appointment. If it's not broken, we'll see you straight after."),
        c("Ugh, I was hoping to avoid hospital, that's my whole day gone.", "no_time"),
        t("Minor injuries is usually much quicker than A&E, often a couple of hours. Ring me once you've been seen and I'll hold a half-four slot for you today, and move it if you're still waiting."),
        c("Alright. Hold the half four please.", None),
    ],
    worse=[
        _open,
        t("Of course. I've got a quarter past two with Ben today, is that okay?"),
        c("Quarter past two's fine. It's really swollen, should I be doing anything?", None),
        t("Ice for fifteen minutes every couple of hours, keep it raised, and try not to walk on it too much. Ben will assess it and tell you if you need an X-ray."),
        c("Okay. How much is it?", None),
        t("Fifty-two pounds for the initial assessment. See you at quarter past two."),
        c("Thanks.", None),
    ],
))

# d06 -- Phoenix optician: better asks how the boy lives before choosing frames.
_open = c("Hi, my son needs his first glasses, the school nurse sent a note home. He's seven and, um, he breaks everything.", None)
PAIRS.append(rpair(
    "b213r_d06_phoenix_optician_kids_glasses",
    "Optical store in Phoenix, Arizona; a mother brings in her seven-year-old for his first glasses; his vision plan covers one pair.",
    better=[
        _open,
        t("Seven-year-olds are tough on glasses, you're right. What does he get up to, sports, rough play?"),
        c("Soccer three times a week, and he wrestles with his brother constantly. And he's already saying he doesn't want to look like a nerd.", None),
        t("Okay, so tough, sport-proof, and he has to like them. I'd go with a flexible frame, these bend right back without snapping, and polycarbonate lenses, which resist shattering, important with soccer. For games a sports goggle is safer than glasses. And let him pick the color, kids wear glasses they chose."),
        c("Goggles too? That's adding up. Does the insurance cover any of this?", "too_expensive"),
        t("His plan covers the frame and polycarbonate lenses fully, so the everyday pair is zero. Goggles are ninety out of pocket, and you don't need them today, see how soccer goes. There's a one-year breakage warranty for thirty, which, with two brothers wrestling, I'd honestly think about."),
        c("Okay, skip the goggles for now, do the warranty. Marcus, come pick a color!", None),
    ],
    worse=[
        _open,
        t("Great, let's find him something. These are our most popular kids' frames, they're flexible and come in lots of colors."),
        c("Are they tough? He really does break everything.", None),
        t("They're pretty durable, and we'll do polycarbonate lenses, which are shatter-resistant. His insurance covers them fully. There's also a one-year breakage warranty for thirty dollars."),
        c("Thirty bucks on top of free glasses? I don't know.", "too_expensive"),
        t("It's optional, plenty of parents skip it. Want him to try some on?"),
        c("Sure. Marcus, come here.", None),
    ],
))

# d07 -- Cairns skin clinic: better draws out the red-flag history and prioritises the visit.
_open = c("G'day. Got a spot on me ear the wife's been nagging me about. Probably nothing, just a sunspot. She made me come.", None)
PAIRS.append(rpair(
    "b213r_d07_cairns_skin_ear_spot",
    "Skin cancer clinic in Cairns, Queensland; a 67-year-old cane farmer walks in about a spot on his ear, an hour's drive from his farm.",
    better=[
        _open,
        t("Good on her. Tell me about it, how long has it been there, and has it changed, bled, or scabbed and not healed?"),
        c("Few months. It scabs, falls off, then comes back. Bled on the pillow once.", None),
        t("A spot that scabs, heals and comes back, and has bled, is worth a proper look today, not next month. The doctor will check it with a dermatoscope, and if it needs a sample it's a quick biopsy under local. I won't tell you it's nothing, but these are very treatable caught early."),
        c("What's all that gonna cost? I grow cane, I'm not made of money.", "no_money"),
        t("The consult's ninety-five, Medicare gives about forty back. A biopsy, if she needs one, is about eighty more, again with some back. She'll tell you before doing anything, and there's a gap in her list at two today."),
        c("Can't say fairer than that. Two o'clock.", None),
    ],
    worse=[
        _open,
        t("No worries, we'll take a look. A skin check is ninety-five dollars, about forty back from Medicare. We've got Dr Patel on Thursday."),
        c("Thursday's a long way off. I'm only in town today, it's an hour's drive from the farm.", "no_time"),
        t("Let me check. There's a cancellation at three this afternoon, would that suit?"),
        c("Three's good. It's probably nothing anyway.", None),
        t("Best to be sure. See you at three."),
        c("Righto.", None),
    ],
))

# d08 -- Liverpool private GP: better learns the symptoms and history and books the right doctor for long enough.
_open = c("Hi, I'd like to book an appointment to talk about HRT. I'm fifty-one and I'm just... not myself.", None)
PAIRS.append(rpair(
    "b213r_d08_liverpool_private_gp_menopause",
    "Private GP clinic in Liverpool, UK; a 51-year-old office manager rings to book an appointment about menopause symptoms and HRT.",
    better=[
        _open,
        t("Of course. So I book you with the right person and enough time, can I ask what's bothering you most at the moment?"),
        c("The sweats at night, I'm up three times changing the sheets. And I'm snappy with everyone and forgetting words at work. I feel like I'm losing it.", None),
        t("That sounds exhausting, and you're not losing it, it's a very common picture. Dr Ahmed has a special interest in menopause and does thirty-minute appointments rather than fifteen, so there's time to go through your history. She'll ask about blood clots or breast cancer in the family, so it's worth having that in mind."),
        c("My mum had breast cancer. Does that mean I can't have it? My friend's GP refused her point blank.", None),
        t("Not necessarily, it depends on the details, and that's exactly why the longer appointment with Dr Ahmed is worth it. It's a hundred and ten pounds for thirty minutes, and the first one is next Wednesday at six."),
        c("A hundred and ten. It's a lot, but I can't go on like this. Wednesday at six.", None),
    ],
    worse=[
        _open,
        t("Of course. We've got fifteen-minute appointments with any of our GPs, seventy-five pounds. Tomorrow at eleven with Dr Barnes?"),
        c("Fifteen minutes? I've got a lot going on, the sweats, my memory, my mood.", None),
        t("You can book a double if you want more time, that's a hundred and forty. Or start with fifteen and the GP can arrange a follow-up."),
        c("A hundred and forty's a bit steep. I'll do the fifteen.", "too_expensive"),
        t("Lovely, tomorrow at eleven with Dr Barnes. Bring a list of your symptoms so you make the most of the time."),
        c("Okay, thanks.", None),
    ],
))

# d09 -- Dallas pharmacy: better checks the earlier vaccine and plans around the side effects.
_open = c("Hey there. My buddy got shingles and says it was the worst pain of his life. Y'all do the shingles shot?", None)
PAIRS.append(rpair(
    "b213r_d09_dallas_pharmacy_shingles_shot",
    "Retail pharmacy in Dallas, Texas; a 66-year-old retired electrician with Medicare Part D asks about the shingles vaccine.",
    better=[
        _open,
        t("We sure do. Can I ask your age, and whether you've had a shingles shot before, maybe the older one years back?"),
        c("I'm sixty-six. Think I had one maybe ten years ago? Zostavax or something.", None),
        t("That's the old one and it wears off, so you'd still want the new one, Shingrix. Two shots, two to six months apart. Do you have Medicare Part D? Then there's no copay."),
        c("I got Part D. Honestly, the reason I've put it off, my wife got it and was flat on the couch for two days.", "bad_experience"),
        t("That's real, a sore arm and feeling rough for a day or two is common. A lot of folks get it on a Friday afternoon so they can rest over the weekend. It's still a whole lot better than shingles. Want to do the first one Friday and I'll book the second now?"),
        c("Friday afternoon. Yeah, that's smart.", None),
    ],
    worse=[
        _open,
        t("We sure do. It's called Shingrix, two doses, two to six months apart, for anyone fifty and over. Have you got insurance?"),
        c("Medicare, Part D. My wife had it and felt lousy for two days.", "bad_experience"),
        t("Yeah, side effects are common, sore arm, tiredness, maybe a low fever. With Part D there's no copay. I can do it right now if you like."),
        c("Right now? It's my granddaughter's recital tonight, I don't want to be feeling rough.", "no_time"),
        t("No problem. We take walk-ins any time, just come back when it suits."),
        c("Alright, I'll come back.", None),
    ],
))

# d10 -- Melbourne health fund web chat: better finds out what the cover is used for before cancelling.
_open = c("hi i want to cancel my private health insurance please its too expensive", "too_expensive")
PAIRS.append(rpair(
    "b213r_d10_melbourne_healthfund_cancel_chat",
    "Web chat of a private health fund in Melbourne; a mother of two wants to cancel family cover because of the cost.",
    better=[
        _open,
        t("I can help with that. Before I process it, can I ask what you're using the cover for now? Sometimes people are paying for things they no longer need, and there's a cheaper option."),
        c("honestly nothing much. we took family cover with pregnancy when we were trying for a baby. we have two kids now and were done", None),
        t("Congratulations on the two. So you're still paying for pregnancy and IVF cover you don't need. Our Bronze Plus family cover keeps hospital cover for the kids, tonsils and the like, and it's about ninety dollars a month less. Also, dropping hospital cover altogether might mean the Medicare levy surcharge at tax time, depending on your income."),
        c("90 less is something. didnt know about the levy thing. whats it cost exactly", None),
        t("You pay $342 a month now, Bronze Plus would be $251. I can switch you today with no new waiting periods on anything you already had, or email you both options in writing so you can go through them with your partner."),
        c("email please, ill talk to dan tonight", "think_it_over"),
    ],
    worse=[
        _open,
        t("I'm sorry to hear that. I can process the cancellation for you. Before I do, we can offer a 4% discount if you pay annually. Would that help?"),
        c("4% doesnt really change much. we pay 342 a month", "too_expensive"),
        t("Understood. Just be aware that without hospital cover you might pay the Medicare levy surcharge, and if you come back after thirty-one you may pay a loading. Do you still want to cancel?"),
        c("ugh. i dont know now. let me think about it", "think_it_over"),
        t("Of course. I'll leave your policy as it is, and you can come back to chat anytime."),
        c("ok thanks", None),
    ],
))
