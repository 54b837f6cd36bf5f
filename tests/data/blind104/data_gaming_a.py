"""Gaming pairs 1-10 of blind104: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (two each)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Brisbane health fund, phone
o = c("Hi, um, yeah - I've got a question about my cover. Me and my partner are, uh, thinking about trying for a baby maybe next year, and I'm not sure if our policy even - like, does it cover that?", None)
PAIRS.append(gpair(
    "b104g_brisbane_health_cover", "health fund member line, Brisbane", "monologue",
    "Phone call. A woman in her late twenties on Bronze Plus hospital cover asks whether a pregnancy next year would be covered.",
    [o,
     t("Congratulations on thinking about it. Can I grab your member number, and then tell me what you'd want the cover to do - is it having the baby in a private hospital, or more the costs around it?"),
     c("Yeah, it's 4471 0923. Um, mostly I guess - my sister went public and it was fine, but, I dunno, I'd like to pick my own obstetrician if we can.", None),
     t("Got you - you and Daniel on Bronze Plus since 2021. That doesn't include pregnancy and birth. To choose your obstetrician in a private hospital you'd need Gold, and there's a twelve-month wait from when you upgrade. When you say next year, roughly when?"),
     c("Oh. Twelve months. Maybe - maybe trying from around March? So that's cutting it fine. What's Gold cost, compared?", None),
     t("For a couple with your $500 excess, about $312 a fortnight, against the $164 you pay now. I know that's a big jump."),
     c("Yeah, that's - that's nearly double. I don't know that we can swing that on one income if I go on leave.", "no_money"),
     t("Fair enough, and better to know now. So you'd like to choose your obstetrician, but you'll be on one income for a while. Two options: stay as you are and go public, or upgrade now so the twelve months starts, and drop back after the birth. Shall I email both, costed, so you and Daniel can look together?"),
     c("Yeah, actually, that'd be good. I need to sit down with him anyway before we decide anything.", "think_it_over")],
    [o,
     t("Great question, and thanks for reaching out! So what I'm hearing is you're planning for the future, which is exciting. Our Gold Complete is the most popular choice for growing families - pregnancy and birth, IVF, your choice of doctor, private room where available, plus extras: dental, optical, physio, antenatal classes and a baby pack."),
     c("Okay, um, but does my current -", None),
     t("And what couples don't realise is the twelve-month wait, so the smart move is to upgrade today and start the clock. It's just $389 a fortnight with extras, and for the experience of a private birth that's peace of mind you can't put a price on. How does that sound for your needs?"),
     c("That's - sorry, that's more than double what we pay now. I just wanted to know if what we've got covers it.", "too_expensive"),
     t("Totally hear you on price. Think of it as three coffees a day for the full experience - hospital, extras, the lot. We could raise your excess to bring it down a touch. Shall I start the upgrade from the first of the month?"),
     c("No, I - can you just tell me if Bronze Plus covers pregnancy? Yes or no?", None),
     t("Not Bronze Plus, no, which is exactly why Gold Complete makes sense for you. I can have it done in two minutes while you're on the line, and the baby pack is only for upgrades this quarter."),
     c("Right. I'll talk to my partner. Thanks.", "think_it_over")]))

# 2 monologue - Hobart solar installer, face to face
o = c("G'day. My daughter reckons I should get solar, but this is Hobart - half the year it's grey. Is it even worth it down here?", None)
PAIRS.append(gpair(
    "b104g_hobart_solar_quote", "solar installer showroom, Hobart (Moonah)", "monologue",
    "Face to face. A retired man walks into a solar showroom, doubtful that panels pay off in Tasmania's weather.",
    [o,
     t("Fair question, and honestly it depends on your roof and when you use power. Which way does your roof face, and is anything shading it?"),
     c("North-west, mostly. There's a big gum next door but it's more on the east side.", None),
     t("North-west is good down here. And are you home much during the day, or out a lot?"),
     c("I'm retired, so home most days. The wife and I run the heat pump all winter - bill was about seven hundred last quarter.", None),
     t("That helps. Panels here make maybe a third less in winter, but because you're home in the day you'd use most of it yourself instead of selling it back cheap. I'd guess a 6 kW system, seven to eight thousand installed - but I'd want to see that gum's shade and your switchboard first."),
     c("Eight grand's a lot at my age. How long before it pays for itself?", "too_expensive"),
     t("On your usage, seven to nine years, and I won't promise faster. If that's too long for you, it may not be worth it, and that's fine. I could come and measure the shade, no charge, and give you numbers in writing - Thursday this week?"),
     c("Thursday's no good, we've got the grandkids. Next Tuesday I could do.", "no_time"),
     t("Tuesday at ten, then. I'll bring the figures for you and your wife to look over - no obligation.")],
    [o,
     t("Great question, and I love that you're doing your research! So what I'm hearing is you want to know if solar's worth it - absolutely. Cool panels are efficient panels, so Tassie's actually ideal. We're putting our 10 kW system with the 13.5 kWh battery all over Hobart - Sandy Bay, Kingston, Lindisfarne."),
     c("Right, but my roof's -", None),
     t("And with the battery you're basically off the grid at night, protected from price rises, and the experience our customers have had is fantastic. Full system's $21,990, and with our finance that's under fifty a week. Local installers, ten-year workmanship warranty, twenty-five on the panels."),
     c("Twenty-two thousand? I was thinking a few panels, mate.", "too_expensive"),
     t("Totally hear you. A lot of people start small and regret it, and honestly the battery is where the real success is. Does that make sense for your needs? I can pencil an installer in for next month."),
     c("You haven't asked where I live or what my bill is.", None),
     t("We cover all that at the install. Main thing is getting you in before prices go up in July. Shall I take your details?"),
     c("No. I'll have a think, and maybe get a couple of other quotes.", "think_it_over")]))

# 3 closing_as_open_question - Perth car hire, face to face
o = c("Hi, booking under Nguyen, a mid-size SUV for five days. Quick one - what's the excess? My credit card's got travel insurance, I think it covers hire cars.", None)
PAIRS.append(gpair(
    "b104g_perth_car_hire_excess", "car hire counter, Perth Airport", "closing_as_open_question",
    "Face to face. A father with two tired kids collects a pre-booked SUV and asks about the damage excess.",
    [o,
     t("Thanks, Mr Nguyen, found it - a RAV4, back Friday. Standard excess is $5,000. Your card may well cover that - do you know if it's the kind where you pay us and claim it back?"),
     c("Um, I think you claim it back, yeah. I checked before we flew.", None),
     t("Then you can decline ours, as long as you're okay with us charging the excess if something happens while you claim. Where are you headed over the five days?"),
     c("Margaret River, and the kids want the Pinnacles on the way back, so a fair bit of driving.", None),
     t("Worth knowing: our cover and most card policies exclude unsealed roads, and some tracks round there are gravel. Stay on the bitumen and you're fine. Would you like our reduced-excess option anyway, or happy with the card?"),
     c("Nah, we're right with the card, thanks.", "no_need"),
     t("No problem, I'll note you've declined it. Keys are for bay 14, and the roadside number's on the tag."),
     c("Perfect, cheers.", None)],
    [o,
     t("Welcome to Perth, Mr Nguyen! Before I hand the keys over - how would you like to protect your trip today, the Premium Cover at $44 a day or the Max at $59?"),
     c("Well, I was asking about the excess. My card's got insurance.", None),
     t("Great, I hear you. And what's your experience been claiming on a card policy? Most customers tell me it's a nightmare. So what would it take for you to feel fully covered today?"),
     c("Haven't needed to claim. I'd rather not pay twice for the same thing.", "no_need"),
     t("Totally fair. So which of the two feels right for your family's peace of mind - Premium or Max?"),
     c("Neither. The kids have been on a plane four hours, can I just get the car?", "no_time"),
     t("Of course. And when would be a better time to lock in the cover - now, or shall I add it and you can ring to cancel later?"),
     c("Don't add anything. Where do I initial?", "no_need")]))

# 4 closing_as_open_question - Auckland energy retailer, phone
o = c("Kia ora, yeah, um, I got a flyer in the letterbox saying you could save me - I think it said up to three hundred a year? I'm with, um, another company. Just wanted to see if that's real.", None)
PAIRS.append(gpair(
    "b104g_auckland_power_switch", "electricity retailer sales line, Auckland", "closing_as_open_question",
    "Phone call. A night-shift nurse in Manurewa rings about a flyer promising savings if she switches power company.",
    [o,
     t("Kia ora, thanks for calling. It can be real, but it depends on your usage, so I won't promise three hundred. Have you got a recent bill handy? I'd look at the kilowatt-hours and the daily charge."),
     c("Um, hang on - yeah. It says, uh, 612 kilowatt-hours, and the daily charge is - $2.10? Is that a lot?", None),
     t("That's a normal standard-user charge. Who's at home - mostly evenings, or someone home in the day?"),
     c("Just me and my son. I work nights at the hospital, so I'm home in the day, sleeping mostly.", None),
     t("So your use is spread across the day. On our anytime plan I get about $2,410 a year, against roughly $2,560 for what you've described - about $150, not three hundred. Our off-peak plan wouldn't suit you. Is $150 worth the hassle of switching?"),
     c("Hmm. It's something. But last time I switched, the old company slapped a break fee on me and I never knew.", "bad_experience"),
     t("Then check that first. If you're on a fixed term there may be a fee - your bill or their app shows a contract end date. I can email the quote, you check the date, and then decide?"),
     c("Yeah, okay, send it. I'll look at the contract thing on the weekend.", "think_it_over"),
     t("Will do. The quote's good for thirty days, and there's no fee from us either way.")],
    [o,
     t("Kia ora, and thanks for reaching out! So I'm hearing you want to save money, which is awesome. What would it take for you to make the switch with us today?"),
     c("Um, well - I don't know yet, I wanted to know if the three hundred is real.", None),
     t("Great question. Most of our customers are saving, and the more you use the more you save. If I showed you a saving today, what would stop you switching right now on this call?"),
     c("I mean - last time I switched I got hit with a break fee, so -", "bad_experience"),
     t("I totally understand that experience. How would you feel about us taking care of everything - you don't lift a finger. Which day would you like your new account to start, the first or the fifteenth?"),
     c("Hang on, you haven't told me what I'd actually pay.", None),
     t("It'll all be in your welcome pack! So shall we say the first? What's the best email for your confirmation?"),
     c("No - sorry, no. I'm not giving my email till I see a price. I'll ring back.", "brush_off")]))

# 5 pitch_as_paraphrase - Adelaide dental clinic, face to face
o = c("Hi - sorry, I haven't got an appointment. I chipped my front tooth last night on an olive pip, and I'm best man at my brother's wedding on Saturday. Can anyone look at it?", None)
PAIRS.append(gpair(
    "b104g_adelaide_dental_chip", "dental clinic reception, Adelaide (Norwood)", "pitch_as_paraphrase",
    "Face to face. A walk-in patient has chipped a front tooth and is best man at a wedding in four days.",
    [o,
     t("Oh no, bad timing. Is it sore at all - sensitive to cold, or sharp on your tongue?"),
     c("Not sore. Just a bit sharp, and you can see it when I smile. Like a corner's gone.", None),
     t("So it's mostly how it looks, and you need it right by Saturday. Dr Kaur can usually bond a small chip with tooth-coloured filling in one visit. She's got 8:15 tomorrow or Thursday at 4."),
     c("Tomorrow's - hmm, I start at eight. Thursday four's fine. How much is it?", "no_time"),
     t("Usually $180 to $260 depending on size, and she'll tell you the exact fee before starting. Are you with a health fund? We can claim on the spot."),
     c("Yeah, I've got extras through work. Card's in the car.", None),
     t("Bring it Thursday and we'll swipe it. You're booked at 4 with Dr Kaur, and if it gets sore before then, ring and we'll squeeze you in."),
     c("Legend, thanks.", None)],
    [o,
     t("Oh no! Let's look after you. Can you tell me a bit about what's going on with your smile?"),
     c("Just the chip. Corner of the front tooth. It's not sore, it just looks bad.", None),
     t("Okay, so what I'm hearing is you're not happy with your smile and you want it perfect for the photos - so really what you need is our Smile Makeover, six porcelain veneers, is that right?"),
     c("Uh, no. It's one chip on one tooth.", "no_need"),
     t("Absolutely, I hear you. So it sounds like you want a long-term solution rather than a patch-up - which is our veneer package, from $1,450 a tooth plus consult. Have I understood you correctly?"),
     c("Fourteen hundred for a chip? No. I just want it fixed by Saturday.", "too_expensive"),
     t("Totally. So the key thing for you is a beautiful result for Saturday - and the best way to guarantee that is whitening first so it all matches, then the veneer. Would that be a fair summary?"),
     c("No, it wouldn't. I'll try the place across the road.", None)]))

# 6 pitch_as_paraphrase - Wellington electrician, phone
o = c("Hi, uh, yeah, my power keeps tripping. Like, the - the switch thing in the box. Mostly in the mornings. I'm in Karori. Can someone come out?", None)
PAIRS.append(gpair(
    "b104g_wellington_switchboard", "electrical contractor, Wellington", "pitch_as_paraphrase",
    "Phone call. A homeowner in an old Karori villa rings because a switch in the fuse board trips most mornings.",
    [o,
     t("Sure, we can help. So I send the right person - when it trips, is it one switch that flips, and do you know what's running at the time?"),
     c("Um, it's - yeah, one switch. Usually kettle on and the heater in the bathroom. Sometimes the toaster. It's an old house, like 1930s.", None),
     t("Okay - one switch, mornings, kettle plus bathroom heater, older house. Could be too much on one circuit, a faulty appliance, or old wiring. Our sparky would test first: call-out's $95 plus time. Are you home Thursday morning?"),
     c("Thursday I'm at work, sorry. Is there, like - can I do anything in the meantime?", "no_time"),
     t("Friday after two, then? Meanwhile, try not running the heater and kettle together. If it trips with only one thing on, unplug that and tell the tech."),
     c("Friday after two works. Is it gonna be, like, thousands? My neighbour had to get a whole new board.", None),
     t("It could be, but nobody can say until he's tested it, and often it's far less. He'll give you a price before doing anything past the test. What's the address?"),
     c("Yep, 14 Campbell Street.", None)],
    [o,
     t("Hi there, thanks for calling! So what I'm hearing is you've got an older switchboard that's not keeping up - so what you need is a full switchboard upgrade, is that right?"),
     c("Um - I don't know? It just trips sometimes. Mostly when the kettle's on.", None),
     t("Exactly, so what you're telling me is the board can't handle modern appliances. So you're after our Safe Home package - new board, RCDs on every circuit, surge protection - $2,400 fitted. Does that sound right?"),
     c("Twenty-four hundred? Mate, I just paid for the car's cambelt, I haven't got that right now.", "no_money"),
     t("I understand. So to play it back: you want your family safe, and you'd like to spread the cost - so it sounds like our twelve-month payment plan is what you need, correct?"),
     c("I didn't say any of that. I just want someone to find out why it trips.", None),
     t("Absolutely, and our electrician will confirm the upgrade once he's there. Shall I book the Safe Home install for Thursday?"),
     c("No. Just - no, I'll find someone who'll actually look at it first.", None)]))

# 7 upsell_as_loop_closing - Christchurch physio, face to face
o = c("Hi, Sam said I need to book in again in about a week? For the ankle.", None)
PAIRS.append(gpair(
    "b104g_christchurch_physio_rebook", "physiotherapy clinic reception, Christchurch (Riccarton)", "upsell_as_loop_closing",
    "Face to face. A mother on an ACC claim for a sprained ankle books her follow-up at reception after treatment.",
    [o,
     t("Yep, I see Sam's note - review in seven to ten days. Still under the ACC claim? Then it's the $20 part-charge each visit."),
     c("Yeah, same claim. Um, mornings are hard, I do school drop-off. Anything after ten?", None),
     t("Next Wednesday at 10:40, or Thursday at 1:15?"),
     c("Wednesday. Oh - and Sam mentioned a brace? Do I have to buy that here?", None),
     t("He's written a lace-up brace for netball, not for everyday. We have them at $49, or a pharmacy will have much the same thing. Want one now, or look around?"),
     c("I'll look around, I think. My sister might have one somewhere.", "think_it_over"),
     t("Good idea - just make sure it's lace-up. So that's Wednesday 10:40 with Sam, $20 on the day. Got the exercise sheet?"),
     c("Yep, he emailed it. Thanks heaps.", None)],
    [o,
     t("Lovely! How did you find today's session?"),
     c("Good, yeah. Still swollen, but he said that's normal.", None),
     t("Great to hear. I've booked you with Sam next Wednesday at 10:40. Before you go - what else can I add for you today to support your recovery? Most people add our lace-up brace, $49."),
     c("Um, he said that's for netball, and I'm not back at netball for weeks.", "no_need"),
     t("Totally. So is there anything else we can help with while you're here? Our six-week Recovery Pilates pass is $240 and it's perfect for ankles."),
     c("Is that on ACC?", None),
     t("Not ACC, no, but it's an investment in you. And just to close the loop - would you like the foam roller and cold pack bundle, so we've covered everything you need?"),
     c("No, honestly, I'm right. I'm paying for the school camp this week, I can't be doing extras.", "no_money"),
     t("No worries! Last thing - shall I add our membership? $15 a month and ten percent off all of those."),
     c("No. Just the appointment, thanks.", "no_need")]))

# 8 upsell_as_loop_closing - Brisbane plumber, phone
o = c("Yes, hello, I've got a - the kitchen tap won't stop dripping. Going a fortnight now. My wife says stop fiddling with it and ring someone. We're in Ashgrove.", None)
PAIRS.append(gpair(
    "b104g_brisbane_tap_leak", "plumbing business, Brisbane", "upsell_as_loop_closing",
    "Phone call. An elderly pensioner rings a plumber about a dripping kitchen tap.",
    [o,
     t("Your wife's probably right! We can sort that. Is it a mixer, one lever, or two separate taps?"),
     c("Two taps. Old ones, the cross-handle kind. The hot's the one dripping.", None),
     t("Most likely a worn washer or seat on the hot side - usually a half-hour job. Call-out's $120 including the first half hour, parts usually under twenty. Monday morning or Tuesday afternoon?"),
     c("Monday's - no, Monday I've got the hospital, cardiology. Tuesday afternoon's good.", "no_time"),
     t("Tuesday between one and three. Do you know if there are little shut-off valves under the sink?"),
     c("Yes, I think there's two little taps under there.", None),
     t("Great, that helps. He'll ring half an hour before. Anything else playing up, or just the tap?"),
     c("Just the tap. Well - the toilet runs a bit after flushing but that's been forever.", None),
     t("I'll note it; he can look and tell you the cost before touching it. See you Tuesday.")],
    [o,
     t("No worries, we'll look after you. I've got Tuesday afternoon. And just to close the loop on everything - anything else we can add while he's out? Most of our Ashgrove customers add a hot water system health check, $89."),
     c("Uh, the hot water's fine, it's - it's just the tap.", "no_need"),
     t("Absolutely. And so we've covered all your needs - how's your drainage? We can add a camera inspection of the drains, $249, really popular with older homes."),
     c("I don't - how much is all this now? I'm on the pension, son.", "no_money"),
     t("Totally understand. Just the tap and a quick hot water check then? Anything else to make sure you're looked after - a filter under the sink, perhaps?"),
     c("No! Just the tap. What's the call-out?", "no_need"),
     t("Call-out's $120. So that's the tap, and I'll leave the hot water check on in case - you can decide on the day. Anything else?"),
     c("Take it off. Honestly - let me talk to my wife, she might just ring somebody else.", "think_it_over")]))

# 9 leading_tag_questions - Perth solar, phone
o = c("Hi, yeah, I filled out the form on your website? For a solar quote. We're in Baldivis, three-bedroom house, um, just wanted a rough idea.", None)
PAIRS.append(gpair(
    "b104g_perth_solar_size", "solar retailer, Perth", "leading_tag_questions",
    "Phone call. A young homeowner in Baldivis returns a call after filling in a web form for a solar quote.",
    [o,
     t("Thanks for getting in touch - I've got your form here. What's prompting it, the bills or something else?"),
     c("Mostly the bills, yeah. Summer was like $680 with the aircon. We both work in the day though.", None),
     t("So most of your use is aircon when you get home. Is anyone home during the day at all?"),
     c("The dog. [laughs] No, no one, apart from weekends.", None),
     t("Then I'd suggest a 6.6 kW system, angled west if the roof allows, so it's still producing late arvo. Around $5,500 after the rebate. A battery wouldn't pay back for you yet. Want a proper site quote?"),
     c("We had a bloke last year quote us and then never turn up, so, yeah, I'm a bit wary.", "bad_experience"),
     t("That's frustrating. You pick the time, and you'll get a text with the installer's name the day before. Would a Saturday morning suit?"),
     c("Saturday's good. Nine-ish?", None),
     t("Nine it is. Confirmation's on its way.")],
    [o,
     t("Great, thanks for reaching out! You'll want to get your bills right down to zero, won't you?"),
     c("Um, well, yeah, I guess, who doesn't.", None),
     t("Exactly. And you're a family that plans ahead, aren't you? So you'll want the bigger 10 kW system, ready for an EV down the track, won't you?"),
     c("We're not really - we haven't got an EV. Maybe in, like, five years.", "no_need"),
     t("Sure, but you wouldn't want to pay to upgrade later, would you? And a battery makes sense, doesn't it, with the aircon at night?"),
     c("How much would that all be?", None),
     t("With the battery, $17,800 - but you'd agree that's worth it for peace of mind, wouldn't you?"),
     c("Nah - no way. We were thinking five, six grand tops.", "no_money"),
     t("Of course, and you'd want finance to make it easy then, wouldn't you? Shall I book the consultant for Saturday?"),
     c("I'll talk to my partner and get back to you.", "think_it_over")]))

# 10 leading_tag_questions - Hobart health fund branch, face to face
o = c("Good morning. My premium went up again in April, and I want to go through what I'm paying for. I'm seventy-three and I'm not sure I need half of it.", None)
PAIRS.append(gpair(
    "b104g_hobart_extras_review", "health fund branch, Hobart (Elizabeth Street)", "leading_tag_questions",
    "Face to face. A 73-year-old pensioner comes into a branch to review her cover after a premium rise.",
    [o,
     t("Good morning, have a seat. Let's go through it together. You've got Gold hospital and Top Extras. Over the last year, what have you actually used?"),
     c("The dentist twice, the check-up. And my glasses, last year. That's about it, I think.", None),
     t("That matches: two dental visits, $310 back, and glasses, $250. Top Extras costs you $1,040 a year. Mid Extras covers the same dental and glasses for $620, though the physio limit drops. Do you see a physio or anyone else?"),
     c("I had physio after my knee, but that was the hospital side. Would I lose anything on the hospital?", None),
     t("No, your hospital cover stays as it is - with your knee, I'd keep Gold. Changing only the extras doesn't restart waiting periods on what you already claim. Shall I print both side by side to take home?"),
     c("Yes, please. My son does my paperwork, he'll want to see it before I change anything.", "think_it_over"),
     t("Of course. My direct number's on it. If you both decide to switch, I can do it over the phone in five minutes."),
     c("Thank you, dear. That's very clear.", None)],
    [o,
     t("Good morning, thanks for coming in! You'll want to keep your Gold and Top Extras, won't you, at your stage of life?"),
     c("Well, that's what I came to ask. I hardly use the extras.", "no_need"),
     t("Of course, but you'd agree it's better to have it and not need it, wouldn't you? Dental costs really add up as we get older, don't they?"),
     c("I suppose. I only go for the check-ups, though.", "no_need"),
     t("And you wouldn't want to sit through waiting periods again if you ever came back, would you? So staying put is the safe choice, isn't it?"),
     c("I don't know. It's $87 a month just for the extras. That's a lot on the pension.", "no_money"),
     t("It is, but peace of mind is worth it, isn't it? And after twenty years with us, you wouldn't want to lose that loyalty, would you?"),
     c("I think I'll get my son to look at it. He's better with these things.", "think_it_over")]))
