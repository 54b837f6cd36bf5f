"""Gaming pairs a: monologue, closing_as_open_question, pitch_as_paraphrase, upsell_as_loop_closing,
leading_tag_questions. Hand-written for b48."""
from common import t, c, gpair

PAIRS = []

# 1 monologue - B2B payroll software, Solihull (West Midlands)
o = c("Hi, yeah, it's Sandra from Hollins and Webb in Solihull. We had a leaflet about your payroll software. We do payroll for about forty small clients and the current system's creaking a bit.", None)
PAIRS.append(gpair(
    "b48g_solihull_payroll_software", "payroll software vendor selling to an accountancy practice, Solihull (B2B)",
    "monologue", "Practice manager phones a payroll software company after a leaflet; current system fails on submissions.",
    [o,
     t("Thanks for calling, Sandra. Before I tell you anything about ours, what's creaking? What happens on a bad payroll day at the moment?"),
     c("Honestly? The RTI submissions. It falls over maybe one month in three and I end up re-keying stuff at eleven at night. And we've two clients with weekly paid staff, that's where it usually goes wrong.", None),
     t("So the HMRC submissions failing, mostly around the weekly-paid clients, and you fixing it by hand late at night. How many of you are touching payroll in the practice?"),
     c("Me and a part-timer, Jas. She's brilliant but she's only in three days.", None),
     t("Got it. Can I ask what's held you back from switching before now? Forty clients is a lot to move."),
     c("That's it really. We moved systems in 2019 and it was a nightmare, we lost a whole month of year-to-date figures. I'm not keen on going through that again.", "bad_experience"),
     t("That's fair, and migration is exactly where these things go wrong. We'd import year-to-date from your current system and run one parallel month on both before you switch anything off. Would it help to test it on just the two weekly clients first, rather than all forty?"),
     c("That would actually make sense. I'd need to run it past Mr Hollins though, he signs off anything over a few hundred quid.", "think_it_over"),
     t("Of course. Shall I send you a one-page summary of the parallel-run plan and the price for forty clients, and book twenty minutes with you both next week so he can ask his own questions?"),
     c("Yeah, go on. Thursday mornings are usually quiet.", None)],
    [o,
     t("Great to hear from you, Sandra! So what I'm hearing is the system's creaking, and that's exactly why practices like yours love PayLedger. Let me walk you through the experience. Automatic RTI, auto-enrolment, payslips by app, a client portal, holiday tracking, the lot. And the relationship side matters to us, you get a named account manager. Honestly, it just works."),
     c("Right, okay, the thing is we've got some weekly—", None),
     t("Weekly, monthly, four-weekly, fortnightly, all handled, no extra charge. And migration is a breeze, we do it for you, most practices are live within a week. Our customers tell us it's the best decision they've made for their success. So how does that sound so far? What do you feel about what you've heard?"),
     c("It sounds fine, but we had a horrible migration in 2019, we lost the year-to-date figures, so I'd want to know—", "bad_experience"),
     t("Totally understand, and that's why our onboarding team is award-winning. They've done thousands. Then there's the bureau licence at 189 a month, which suits a practice your size, plus the HR add-on, which a lot of accountants bolt on because their clients keep asking. Is there anything else you need to know?"),
     c("I mean, I've not really said what I need yet. Look, can you just email me something and I'll have a look.", "brush_off"),
     t("Absolutely, I'll send the full brochure over and give you a bell Friday to get you set up. Thanks so much for sharing, Sandra!")]))

# 1 monologue - hearing clinic, Hobart
o = c("Morning. My daughter booked me in. She reckons I'm not hearing the telly. I reckon the telly's too quiet.", None)
PAIRS.append(gpair(
    "b48g_hobart_hearing_clinic", "hearing clinic, Hobart, Tasmania",
    "monologue", "Pensioner sent in by his daughter for a hearing test; sceptical.",
    [o,
     t("Morning, Mr Dalton. Ha, it could well be the telly. Before we test anything, tell me where you notice it, if you notice it at all."),
     c("Well... the RSL on a Friday. Can't follow a thing when it's busy. One-on-one I'm right.", None),
     t("So quiet conversations are fine, but a noisy room like the RSL on a Friday is hard. Is that bothering you, or mostly bothering your daughter?"),
     c("Bit of both, if I'm honest. I've stopped going as much. Don't tell her that.", None),
     t("I won't. Today's just the hearing test. It's free, takes about thirty minutes, and I'll show you the results on the screen. If there's nothing there, you walk out and tell her the telly's too quiet. Does that sound alright?"),
     c("And if there is something? My mate Col paid a fortune for his and they live in a drawer. Says they whistle.", "bad_experience"),
     t("Then we talk about options, including whether you need anything at all. A lot of people with Col's story had aids that weren't set up for how they actually live. If it ever got that far there's a thirty-day trial, and with a pensioner concession card the government hearing program often covers basic devices. But that's a later conversation. Shall we do the test?"),
     c("Go on then. Thirty minutes, you said.", None)],
    [o,
     t("Morning! So what I'm hearing is your daughter's worried, and that's really common. Let me tell you about the experience we offer. Our new rechargeable range is Bluetooth, so it streams the telly straight to your ears, connects to your phone, and the app adjusts to noisy places automatically. They're nearly invisible. Most of our clients say it changed their relationships with their families."),
     c("Well, I'm not sure I—", None),
     t("And the best part, our premium model is on a ninety-day plan, you'd barely notice the payments. We'll do the test first of course, but I can tell you now from what you've said that you're a perfect candidate. How does that make you feel?"),
     c("Bit ambushed, if I'm honest. I came for a test.", None),
     t("Of course, totally, I understand. We'll get to the test. I just want you to know the options because your success is what matters to us. Was there anything else you wanted to ask?"),
     c("I think I'll leave it today, love. Not what I came in for.", None)]))

# 2 closing_as_open_question - used trucks, Lubbock
o = c("Hey. Just looking at the F-150s out there. Mine's got 240,000 on it and the transmission's slipping.", None)
PAIRS.append(gpair(
    "b48g_lubbock_truck_lot", "used truck dealership, Lubbock, Texas",
    "closing_as_open_question", "Farmer with a dying pickup walks onto the lot; tows a stock trailer.",
    [o,
     t("Hey, welcome in. 240,000, that truck's earned its retirement. What do you use it for mostly?"),
     c("Hauling feed, pulling a stock trailer maybe twice a month. Cotton gin in the fall. Nothing fancy.", None),
     t("So real work, towing a loaded stock trailer, not just running to town. What does that trailer weigh loaded?"),
     c("Oh, with four head in it, call it ten, eleven thousand.", None),
     t("Then I'd steer you off a couple of those on the front row, they've got the smaller engine and a lower tow rating. There's a 2019 with the max tow package, 71,000 miles. It's priced at 34,900."),
     c("Thirty-four nine. Yeah, that's more than I was figuring on. I was thinking twenty-five tops.", "no_money"),
     t("Okay, twenty-five is a real number and I'd rather work with it. At that price you're looking at older or higher miles, and I'd want our mechanic to check the transmission on anything you tow with. Want me to pull the two that fit your budget and your trailer, and you drive the 2019 too just to compare, no paperwork?"),
     c("Yeah, let's see 'em. Not signing anything today though, wife'd have my hide.", "think_it_over"),
     t("Fair enough. Keys are in the office, I'll pull them up front.")],
    [o,
     t("Hey, welcome! Love that you're being proactive. What would it take to get you into a new truck today?"),
     c("Uh, I dunno. I'm just looking right now.", "brush_off"),
     t("Totally. And what's the main need that truck has to meet for you?"),
     c("Towing, mostly. Stock trailer.", None),
     t("Perfect, so what I'm hearing is towing is key. This Lariat right here, loaded, 52,000. If I could get the monthly to where you're comfortable, how would you like to handle the down payment, cash or trade?"),
     c("Whoa. That's way outta my range, I was thinking twenty-five thousand.", "no_money"),
     t("I hear you. What number would you need to see to drive it home tonight? Let's see what my manager can do."),
     c("I don't need a number, I need a truck that'll pull my trailer. I'm done here.", None)]))

# 2 closing_as_open_question - gym, Cork
o = c("Hi, em, I was just wondering what the prices are? I'm not sure about joining, like, just asking.", None)
PAIRS.append(gpair(
    "b48g_cork_gym", "gym, Cork, Ireland",
    "closing_as_open_question", "Walk-in asking for gym prices; physio told her to do strength work for her knee.",
    [o,
     t("No bother at all. It depends a bit on what you'd use. Can I ask what got you thinking about a gym?"),
     c("My knee, really. Physio said I should be doing strength stuff, and the weather's no good for walking half the year.", None),
     t("Makes sense. The physio wants strength work for the knee, and you want something that doesn't depend on the weather. Have you used a gym before?"),
     c("Years ago. Hated it, to be honest, everyone staring at you. I went about four times and paid for a year.", "bad_experience"),
     t("That's a common story, and paying for a year you don't use is the worst of it. We've a monthly option, 39 euro, no contract, and there's a quieter weekday morning class where one of the coaches does knee and back work. Would a free week help you see if it suits before you pay anything?"),
     c("A free week, yeah. I'd want to check it's not mobbed first.", None),
     t("Grand. Drop in Tuesday at ten and ask for Aoife, she runs the class. I'll put your name down so she's expecting you.")],
    [o,
     t("Great question! Before prices, what would it take for you to feel confident enough to join today?"),
     c("I don't know, like. I only came in to ask.", "brush_off"),
     t("Of course. And how do you feel fitness would change your life?"),
     c("Em, my knee would be better maybe. Physio said strength work.", None),
     t("Love that. So what I'm hearing is you're ready to commit to your health. Would you prefer the twelve-month at 34 a month or the flexi at 49? Which one works better for you?"),
     c("I said I'm not sure. I did a year's contract before and went about four times.", "bad_experience"),
     t("Totally understand. So which day would you like your first session, Monday or Wednesday? I can sign you up now and you'll have the fob before you leave."),
     c("Neither, thanks. I'll go home and think about it.", "think_it_over")]))

# 3 pitch_as_paraphrase - grain dryer service, rural Iowa (B2B)
o = c("Yeah, this is Dale Kruse out by Harlan. My grain dryer's been acting up, burner keeps cutting out, and harvest's three weeks off.", None)
PAIRS.append(gpair(
    "b48g_harlan_grain_dryer", "grain handling equipment dealer, Harlan, rural Iowa (B2B)",
    "pitch_as_paraphrase", "Farmer phones the dealer about a 2004 tower dryer cutting out before harvest.",
    [o,
     t("Hi Dale. Three weeks to harvest, so timing matters. When it cuts out, does it relight on its own or do you have to go out and reset it?"),
     c("I gotta reset it. Mostly at night, mostly when it's cold. It's an '04 tower dryer, been solid till now.", None),
     t("Okay. Cutting out at night, in the cold, manual reset, 2004 tower. That sounds more like a flame sensor or gas pressure than the dryer being done. I can get a tech out Thursday to check it. Service call is 145 plus parts."),
     c("Thursday's fine. My neighbor says I oughta just replace the whole thing, though. What do you figure?", None),
     t("Honestly, I'd find out what's wrong before you spend that kind of money. If the tech finds the heat exchanger's rotten, then we talk about a new unit and I'll give you real numbers. If it's a sensor, you've got years left in it."),
     c("Good, 'cause a new dryer ain't in the budget this year. Not with corn where it is.", "no_money"),
     t("Understood. Thursday morning then. I'll have Kyle call you half an hour before he heads out."),
     c("Sounds good. Thanks.", None)],
    [o,
     t("Hi Dale, thanks for calling. Just so I understand you correctly, what you need is a dryer that won't let you down at harvest, which is really our new 1200 series with the smart controls, is that right?"),
     c("No, I need the one I've got fixed. Burner cuts out at night.", None),
     t("Sure, I hear you. So what I'm hearing is reliability is the priority, and you'd want the peace of mind of a new unit with the three-year warranty rather than patching an '04. Did I get that right?"),
     c("That's not what I said. A new dryer ain't happening this year, not with corn where it is.", "no_money"),
     t("Got it, so what matters to you is cost, which means you'd be looking at our financing plan, zero percent for twelve months, yes?"),
     c("Look, can you send somebody out or not? If not I'll call the outfit in Denison.", None),
     t("Absolutely, and while the tech's there he can walk you through the new unit too. Does Thursday work?"),
     c("Just send the tech.", None)]))

# 3 pitch_as_paraphrase - phone shop, Cardiff
o = c("Hiya, my screen's cracked and it's doing this flickery thing. Can you fix it or do I need a new phone?", None)
PAIRS.append(gpair(
    "b48g_cardiff_phone_shop", "mobile phone shop, Cardiff, Wales",
    "pitch_as_paraphrase", "Student with a cracked, flickering screen on a year-old phone still on contract.",
    [o,
     t("Let's have a look. Ooh, that's a good crack. When did it happen, and is it just flickering or is the touch going too?"),
     c("Dropped it Saturday. Touch works mostly, the bottom corner's dead. It's only a year old, I'm still paying it off.", None),
     t("So a year old, still on the contract, and the bottom corner's stopped responding. Have you got insurance on it, either with us or through your bank?"),
     c("Don't think so. I'm a student, I'm skint till the loan comes in.", None),
     t("Right. A screen repair on that model is 89 quid here, done same day, and you keep your phone and your contract as they are. A new phone would mean a second contract on top of the one you're paying off, I wouldn't do that. Want me to book the repair?"),
     c("Eighty-nine... that's a lot. The place in the market said sixty.", "too_expensive"),
     t("They might well be cheaper. The difference is ours is an original screen with a six-month guarantee, theirs is usually a copy panel. Either's a reasonable choice on a budget. If you want to check with them first, I'll hold a 2pm slot till noon."),
     c("Yeah, I'll pop over and ask. Might be back.", "think_it_over")],
    [o,
     t("Oh no, let's have a look. Just so I'm understanding you correctly, what you're really after is a phone that won't let you down, so the new Galaxy on our 24-month plan, is that right?"),
     c("Erm, no, I just want this one fixed if that's possible.", "no_need"),
     t("Totally. So what I'm hearing is you want to keep costs down, which is exactly why the Unlimited Lite at 28 a month would suit you. More data, new handset, sorted. Does that sound like what you need?"),
     c("I'm still paying for this one. I can't afford another contract, I'm a student.", "no_money"),
     t("So basically you're saying you'd want the insurance bundle as well, so this never happens again. Have I got that right?"),
     c("No! I'm saying can you fix the screen. How much is a screen?", None),
     t("Eighty-nine for the repair. But honestly, for you, I'd say the upgrade's better value."),
     c("Right. I'll try the place in the market, at least they listen.", None)]))

# 4 upsell_as_loop_closing - trade counter, Perth
o = c("G'day mate, need forty lengths of 90 by 45 treated pine, three metre, and a box of 75 mil galv nails. Pickup this arvo.", None)
PAIRS.append(gpair(
    "b48g_perth_trade_counter", "hardware trade counter, Perth, Western Australia (B2B trade account)",
    "upsell_as_loop_closing", "Carpenter orders pergola timber and nails by phone for afternoon pickup.",
    [o,
     t("No worries. Forty of the 90 by 45 H3, three metre, and a box of 75 galv. Is this framing or outdoor? Just want to make sure H3's right for it."),
     c("Pergola, out the back of a place in Baldivis. Posts are already in, this is the rafters and battens.", None),
     t("H3's right then. You're fine with 75 galv for rafters, though near the coast some blokes go stainless. Is it near the water?"),
     c("Nah, ten k in. Galv's fine. Client's tight as anyway.", None),
     t("Easy. Forty lengths and the box of nails, 612 all up on your trade account. Yard closes at four, so any time before then. Anything missing from your list?"),
     c("Nah, that's the lot. Cheers.", None)],
    [o,
     t("G'day! So just to make sure I understand your needs, forty lengths and the nails. What else can I add for you today to make the job a success?"),
     c("Just that, mate.", "no_need"),
     t("Sweet. And just closing the loop, have you got joist hangers and a nail gun sorted? We've got the Paslode on special, 899, most chippies grab one."),
     c("Got a nail gun. Got hangers. I'm right.", "no_need"),
     t("Perfect. Last thing so nothing's missed, what else could help your experience? Decking oil, sealer, a shade sail? Pergola jobs usually want a sealer."),
     c("Mate, I've got a client waiting on me. Just the timber and nails.", "no_time"),
     t("No dramas, 612. And is there anything else at all I can add before you go? Saw blades are two-for-one."),
     c("Nope. Just ring it up.", "no_need")]))

# 4 upsell_as_loop_closing - coffee roaster wholesale, Portland (B2B)
o = c("Hey, it's Marisol at Fern and Fig on Alberta. Can I get our usual, 20 pounds of the Ridgeline blend, and I wanted to ask about decaf. People keep asking and we don't have one.", None)
PAIRS.append(gpair(
    "b48g_portland_coffee_wholesale", "coffee roaster wholesale to a cafe, Portland, Oregon (B2B)",
    "upsell_as_loop_closing", "Cafe owner reorders beans and asks about adding a decaf.",
    [o,
     t("Hey Marisol. Twenty of Ridgeline, you got it. On decaf, how many people are asking, roughly? Helps me figure out what size to send."),
     c("Like five, six a day? Mostly afternoons. I don't want a big bag going stale though.", None),
     t("Makes sense. Low volume, afternoons, and freshness is the worry. We've got a Swiss Water Colombia that does fine as espresso. I'd start with a 5 pound bag, at six a day that's roughly two weeks, well inside fresh. Want to try that?"),
     c("Five's good. What's it cost? Decaf always seems pricier.", None),
     t("It is a bit, 14.50 a pound versus 12 for Ridgeline, the decaf process costs more. If it doesn't move, tell me and we'll drop it, no minimum."),
     c("Okay. Throw it in. Same delivery Wednesday?", None),
     t("Wednesday morning. I'll check in after a couple of weeks to see how it's selling.")],
    [o,
     t("Hey Marisol! So just to close the loop on your needs, 20 of Ridgeline, and what else can I add for you? Our holiday blend just landed."),
     c("Just the Ridgeline, and I asked about a decaf.", None),
     t("Right, decaf, love it. So we'll add a 20 pound bag of the decaf, and to round out the experience, what about our cold brew concentrate? Cafes your size are doing great with it."),
     c("Twenty pounds of decaf? We'd sell like five cups a day. It'd go stale. And we make our own cold brew.", "no_need"),
     t("Totally hear you. What else could we add to make sure you're fully set? Oat milk, cups, the new ceramic line? We're all about being your one-stop partner."),
     c("We get oat milk at Costco, it's way cheaper than yours.", "too_expensive"),
     t("Fair. So, just checking we've covered everything: 20 Ridgeline, 20 decaf, and a case of the holiday blend to test?"),
     c("No. Twenty Ridgeline, five pounds decaf, that's it. I'll email it so there's no confusion.", None)]))

# 5 leading_tag_questions - broadband, Belfast
o = c("Hello, aye, my contract's up next month and I got a letter saying the price is going up. I want to know my options.", None)
PAIRS.append(gpair(
    "b48g_belfast_broadband", "broadband provider call centre, Belfast, Northern Ireland",
    "leading_tag_questions", "Retired customer at end of contract facing a price rise.",
    [o,
     t("Thanks for calling. Yes, your current deal ends on the 14th. Before options, how do you use the internet in the house? Who's on it?"),
     c("Just me and the wife. iPlayer, video calls with our son in Toronto, emails. Nothing heavy.", None),
     t("So streaming and video calls for two people, that doesn't need a big package. Has the current speed been alright for the calls?"),
     c("Mostly. It drops sometimes in the back bedroom, that's where the computer is.", None),
     t("That's likely the Wi-Fi reaching the back room rather than the line. The 74 meg plan would be plenty, 27 a month on an 18-month deal, versus 41 if you roll onto the standard price. For the back room, a booster plug is 30 pounds once, or try moving the router first, that's free."),
     c("Twenty-seven. I saw 22 with another crowd, mind.", "too_expensive"),
     t("That could be worth taking. Check if theirs has a setup fee and what it goes up to after year one. If you want to stay, I can hold the 27 for 14 days so you can compare properly."),
     c("Do that. I'll have a look and ring you back.", "think_it_over")],
    [o,
     t("Thanks for calling! So you'll be wanting to stay with us, won't you? Most of our loyal customers do."),
     c("Well, depends on the price. That's why I'm ringing.", None),
     t("Of course. And you'll want the fastest speeds for streaming, won't you? The 500 meg Full Fibre, that's the one for a household like yours, isn't it?"),
     c("It's just me and the wife. We watch iPlayer and talk to our son in Toronto. We don't need anything fancy.", "no_need"),
     t("Video calls, lovely. And you wouldn't want them freezing when you're talking to your son, would you? So the 500 with the Wi-Fi Plus bundle makes sense, doesn't it?"),
     c("How much is that?", None),
     t("Only 52 a month, which is great value for peace of mind, isn't it? You'd agree that's worth it for family?"),
     c("Fifty-two? I'm paying 30 now and I thought that was too much. No, I'll look elsewhere.", "too_expensive")]))

# 5 leading_tag_questions - solar, Toowoomba
o = c("Hello, yes, we had a flyer about solar. We're pensioners, we just want to know if it's worth it for us at our age.", None)
PAIRS.append(gpair(
    "b48g_toowoomba_solar", "solar installer, Toowoomba, regional Queensland",
    "leading_tag_questions", "Pensioner couple ring a solar installer after a flyer.",
    [o,
     t("That's a really sensible question. It depends a lot on your power bill and how long you plan to stay in the house. Can I ask roughly what your last bill was?"),
     c("About 480 for the quarter. Went up a lot with the air con in summer.", None),
     t("And are you home during the day mostly?"),
     c("Oh yes, all day. Gardening, and Bill's got his shed.", None),
     t("That actually helps. Solar pays off best when you use the power during the day, which you would. A 6.6 kilowatt system is around 6,500 installed after the rebate, and on a bill like yours it usually pays itself back in five or six years. If you're staying put a while, it can be worth it; if you might move closer to family soon, maybe less so."),
     c("Six and a half thousand. That's a lot of our savings, love. I'll have to talk to Bill about it.", "think_it_over"),
     t("Of course. I can post you a written quote with the payback worked out on your own bill, no obligation and no expiry date. Would that help the conversation with Bill?"),
     c("Yes, that would. Post it, we don't do the email much.", None)],
    [o,
     t("Lovely to hear from you! You'd want to cut that power bill, wouldn't you?"),
     c("Well, yes, everyone would.", None),
     t("And you wouldn't want to leave money on the table with the rebate winding down, would you? Smart people are getting in now, aren't they?"),
     c("We're seventy-eight. I'm not sure it's worth it for us, to be honest.", "no_need"),
     t("Oh, but you'd want to leave the house in good shape for the kids, wouldn't you? And a 10 kilowatt system with a battery is the one you'd really want, isn't it, to be safe?"),
     c("How much is that one?", None),
     t("Fourteen nine, but with our finance it's only a little each fortnight. You'd be comfortable with that, wouldn't you?"),
     c("On the pension? No, dear, we couldn't. We'll leave it.", "no_money")]))
