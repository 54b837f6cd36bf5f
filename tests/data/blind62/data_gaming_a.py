"""Gaming pairs, part A (kinds 1-10, one each). Written by hand for blind62."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - ferry operator, Oban (Scotland)
_open = c("Hiya, I'm needing to get a van over to Mull, probably the week after next. How does that work?", None)
PAIRS.append(gpair(
    "b62g_oban_ferry_van_crossing", "Ferry operator, Oban (Scotland)", "monologue",
    "A joiner phones to take his van to Mull for a two-week job and is unsure whether coming home at weekends is worth the fares.",
    good=[
        _open,
        t("Sure, I can help with that. Tell me a bit about the trip - what size is the van, and is it a one-off or back and forth?"),
        c("It's a Transit, long wheelbase, with a roof rack. I'm a joiner, got a job in Tobermory for about two weeks. I'd come back at weekends, maybe. Depends on the cost really.", None),
        t("Right, so a long-wheelbase Transit with a rack, two weeks in Tobermory, and home at weekends if the price makes sense. With the ladders on, do you know your height?"),
        c("Och, about two point six, two point seven metres with the ladders.", None),
        t("Okay, that's over the two and a half metre line, so it's priced as a high vehicle - about 98 pounds a single. If you cross six times or more, a ten-journey book works out about a third cheaper and lasts a year. Would weekends home be four crossings or six?"),
        c("Six, maybe. Honestly I was gonnae just stay over there the whole time, the ferry adds up.", "too_expensive"),
        t("That's fair, it does add up. With the book it's about 66 a crossing instead of 98, so six crossings is roughly 400 rather than nearly 600. Staying over is cheaper still, of course. Which matters more to you - getting home, or keeping the cost down?"),
        c("Getting home, the wife'll kill me otherwise. But I'd need to check wi' the client if they're covering travel.", "think_it_over"),
        t("Makes sense. I can put a free provisional hold on the Monday 7:45 for the van, kept for 48 hours, and text you the two prices side by side for your client. Does that work?"),
        c("Aye, that'd do. Text's better, I'm on a roof most of the day.", None),
    ],
    gaming=[
        _open,
        t("Great question, and thanks for choosing us! So how it works: up to seven sailings a day in summer, our new vessel has a cafe, a lounge, free wifi, pet areas, and with Premium Priority Boarding you skip the queue entirely, which for a tradesman is a big part of the experience. Plus the Island Hopper pass gives you Mull, Iona, Coll and Tiree for one price, and our Frequent Traveller club gives you points on every crossing."),
        c("Right, it's just the one island I-", None),
        t("Absolutely, and that's why I always ask, what does success look like for your trip? For most commercial customers it's reliability, and priority boarding gives you that, guaranteed space even in August. The Island Hopper is 340 for the month, priority is 15 a crossing on top, and most of our joiners and sparkies take both, then there's no stress at all."),
        c("I don't need Tiree. I've a van wi' ladders on top, does that matter?", "no_need"),
        t("Great point, so what I'm hearing is you want peace of mind. Vehicle height is all in the terms on the website, but honestly with the Hopper and priority it sorts itself out at the port. And don't forget the cafe does a cracking breakfast roll, that's part of the experience too. Shall I put you down for the Hopper with priority from the 7th?"),
        c("Three hundred and forty quid for a pass I'll use for one island? Naw. That's daft money.", "too_expensive"),
        t("I hear you, and it's actually great value when you look at everything included - the lounge, the wifi, the points, the flexibility. Our customers tell us it's the relationship with us that keeps them coming back. Is there anything else I can help with today?"),
        c("You've no helped wi' the first thing. I'll just turn up and pay at the port.", None),
    ],
))

# 2 closing_as_open_question - hearing clinic, Dublin (Ireland)
_open = c("Hi, um, I'm ringing for my dad really. He's seventy-eight and he's- he's just not hearing things on the phone anymore, and the telly's up full blast. I don't even know where to start.", None)
PAIRS.append(gpair(
    "b62g_dublin_hearing_first_test", "Hearing clinic, Dublin (Ireland)", "closing_as_open_question",
    "A daughter rings about her proud 78-year-old father who denies any hearing loss; she wants to know what a first test involves.",
    good=[
        _open,
        t("You've started in the right place. Can I ask a bit more - is it both ears, do you think, or does he favour one side? And how does he feel about it himself?"),
        c("He turns his left side to you, so the right's worse, I suppose. And he says there's nothing wrong, that everyone mumbles. He's a bit, you know, proud.", None),
        t("That's really common. So his right side seems worse, he thinks people mumble, and you're the one who's worried. Would a hearing test feel like a big step for him, or would he come if it's framed as a check-up?"),
        c("A check-up, maybe. But if it ends with somebody selling him a four-thousand-euro hearing aid he'll walk out. His neighbour paid a fortune and they're in a drawer.", "bad_experience"),
        t("Fair enough. The test is 60 euro, about forty minutes, and there's no obligation to buy anything. If it shows a loss, the audiologist explains all the options, including the public route - at his age he can get aids free through a referral, it's just slower. I'd rather he understood the result than left with a box he won't wear."),
        c("Oh I didn't know there was a free route. How slow is slow?", None),
        t("Honestly it varies - in Dublin it can be several months. Some people do the test here first and then decide. Would a Thursday morning suit him? We can give a longer slot so nobody rushes him, and you're welcome to sit in."),
        c("Thursdays he has his bowls, but- let me talk to him tonight and I'll ring back. Is that okay?", "think_it_over"),
        t("Of course. I'll email you what the test involves and how the public referral works, so you have it in front of you when you talk to him. Ask for Orla when you ring back."),
    ],
    gaming=[
        _open,
        t("Well you've come to the right place! Can I ask, which day this week would be best for him to come in and get fitted?"),
        c("Fitted? I- he hasn't even had a test. I don't know if he needs anything.", "no_need"),
        t("Totally understand. So what I'm hearing is you want what's best for him. What would make you comfortable enough to book the test and the fitting together today?"),
        c("Nothing would, he'd go mad. His neighbour spent a fortune on a pair that are sitting in a drawer.", "bad_experience"),
        t("That's a really important point, thank you for sharing. What would your dad's ideal hearing experience look like - the invisible in-canal model or the rechargeable behind-the-ear?"),
        c("I don't know! That's what the test is for, isn't it?", None),
        t("Exactly. And how would you prefer to spread the payment, over twelve months or twenty-four? Most families find twenty-four keeps it manageable."),
        c("I haven't got four thousand euro to spread anywhere. I'm only asking what the test is.", "no_money"),
        t("Of course. And what would it take for us to get him in this week, so he doesn't miss the current offer?"),
        c("I'll leave it, thanks. I'll ask the GP.", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase - seed wholesaler, Nakuru (Kenya)
_open = c("Good morning. I want maize seed for the short rains, I have five acres in Subukia. Which one you have?", None)
PAIRS.append(gpair(
    "b62g_nakuru_seed_maize", "Seed wholesaler, Nakuru (Kenya)", "pitch_as_paraphrase",
    "A smallholder who lost half a crop to poor germination last season wants maize seed for unreliable short rains.",
    good=[
        _open,
        t("Good morning, welcome. Before I suggest one, tell me - last season, which seed did you plant and how was the harvest?"),
        c("Last year I used the one from the agrovet in town, the packet was cheap but germination was very poor. Maybe half came up. I lost a lot.", None),
        t("Sorry to hear that, half is a big loss. So last time cheap seed and poor germination. How is the rain in Subukia for the short season - does it stop early?"),
        c("Yes, it is not reliable. Sometimes November it stops. My neighbour says use the early one.", None),
        t("Your neighbour is thinking the right way. If rain can stop in November, an early variety of about 90 to 100 days is safer than the long ones. We have two certified ones. A 2-kilo packet is 650 shillings, and five acres at your spacing is about 20 kilos, so around 6,500."),
        c("Eh, 6,500 is a lot. The agrovet one was 4,000.", "too_expensive"),
        t("It is more, I won't pretend. The difference is that every lot is tested and the germination - over 90 percent - is printed on the bag. If half the field fails again, the cheap one costs more. If you prefer, plant three acres with this and two with what you know, and compare."),
        c("Hmm. Let me take for three acres first. I will see.", None),
        t("Good. That is 12 kilos, 3,900. Keep the bag labels, and if germination is poor bring them with a photo of the field and we will take it up with the supplier."),
    ],
    gaming=[
        _open,
        t("Good morning, welcome! So what I'm hearing is you need our premium hybrid pack with the fertiliser bundle, 9,800 shillings for five acres - is that right?"),
        c("I didn't say fertiliser. I have fertiliser from the NCPB already.", "no_need"),
        t("Understood. So what you are really saying is you want maximum yield, which is why the Premium Yield Bundle is the right fit for you, correct?"),
        c("I want seed that will germinate. Last time half did not come up.", None),
        t("Exactly, so if I'm understanding you correctly, you need the Premium Yield Bundle with the germination guarantee add-on, for 11,200. Did I get that right?"),
        c("No. That is too much money for me this season. I have school fees in January.", "no_money"),
        t("So what I hear is that value matters to you, and you would like the bundle on our three-month payment plan. Is that a fair summary?"),
        c("It is not fair summary. Let me go and ask my cooperative, they buy for many farmers together.", "think_it_over"),
    ],
))

# 4 upsell_as_loop_closing - co-working space, Lisbon (Portugal)
_open = c("hey, i just moved to lisbon for like 3 months, looking for a desk somewhere. what do you have", None)
PAIRS.append(gpair(
    "b62g_lisbon_cowork_desk", "Co-working space, Lisbon (Portugal)", "upsell_as_loop_closing",
    "A freelance UX designer in town for three months, on calls with German clients every morning, looks for a desk by chat.",
    good=[
        _open,
        t("Welcome to Lisbon! What kind of work do you do, and how do your days usually look - lots of calls, or heads-down?"),
        c("ux design, freelance. a lot of calls with clients in germany, so mornings mostly. afternoons i just design", None),
        t("So mornings on calls with German clients, afternoons heads-down. For the calls, do you need a closed room, or is a headset at your desk fine?"),
        c("at my last place the phone booths were always booked and i ended up doing calls in the stairwell lol. so a booth i can actually get would be nice", None),
        t("Useful to know. We have six booths for about 80 members; you book them a day ahead in the app, up to two hours a day. A flex desk is 180 a month, a fixed desk 260. With your mornings on calls I'd try flex first and see if the booth booking works for you."),
        c("180 is ok. fixed i dont need, i take my laptop home anyway", "no_need"),
        t("Makes sense. Would you like to try it free for a day this week - book a booth for your morning calls and see if it's quiet enough?"),
        c("yes thursday works. do i need to bring anything", None),
        t("Just your laptop and ID. I'll send the app invite now so you can book Thursday's booth straight away. Anything from today you're unsure about?"),
        c("nope all good thanks", None),
    ],
    gaming=[
        _open,
        t("Welcome! Our flex desk is 180 a month. Now, just to close the loop - what else can I add for you? Most members add a locker, 25 a month."),
        c("uh i guess i dont need a locker, i carry my laptop home", "no_need"),
        t("Totally. So to make sure we've covered everything you need - shall I add the unlimited booth package? It's 60 extra and it means you'll never miss a call."),
        c("how many booths do you have though. at my last place they were always full", None),
        t("Great question, that's exactly why unlimited is so popular. And anything else to round it off - mail handling with a Lisbon business address? It's 40, really useful for freelancers."),
        c("im here 3 months, i dont need a portuguese address", "no_need"),
        t("Perfect, so just to confirm we've got everything: flex desk, unlimited booths, and the coffee plan at 30, which everybody says completes the experience. Is there anything else I can add to make your stay a success?"),
        c("thats like 270 now for a desk lol. way more than i pay in berlin", "too_expensive"),
        t("Of course. Before you go - did I understand everything you need today?"),
        c("just email me the price list, ill have a look. bye", "brush_off"),
    ],
))

# 5 leading_tag_questions - car-share scheme, Toronto (Canada)
_open = c("Hi there. So we're thinking of selling our second car and maybe using car share instead? I wanted to, I guess, see if that actually makes sense for us.", None)
PAIRS.append(gpair(
    "b62g_toronto_carshare_second_car", "Car-share scheme, Toronto (Canada)", "leading_tag_questions",
    "A mother weighs selling the family's second car for car share: weekly groceries, hockey on Tuesday nights, two cottage trips a year.",
    good=[
        _open,
        t("Happy to help you figure that out. What do you use the second car for now - how often does it actually move?"),
        c("Honestly, it sits there most of the week. Groceries on Saturday, my son's hockey on Tuesday nights, and twice a summer we drive up to my sister's cottage near Huntsville.", None),
        t("Got it - weekly groceries, hockey on Tuesday evenings, and a couple of long weekends up north. Is the hockey the same time every week?"),
        c("Same time, six to eight. Parking at the rink is a nightmare though.", None),
        t("Okay. For the regular trips, about five hours a week, our Everyday plan comes to roughly 140 to 170 a month. The cottage weekends are where we get expensive - around 300 for three days - and a normal rental is often cheaper for those, honestly. How does that compare with what the car costs you now?"),
        c("Insurance alone is like 190 a month. But hmm, what if there's no car nearby at six on a Tuesday?", None),
        t("Fair worry. You can book a recurring slot up to three months ahead, so Tuesday 5:45 to 8:15 would be held for you. What's your nearest intersection? I'll check how many cars are within a five-minute walk."),
        c("Queen and Bathurst.", None),
        t("There are four cars within 400 metres, one of them an SUV that fits hockey bags. Want me to set up a free trial month so you can test it before you sell anything?"),
        c("Yeah, let's do that. I'll hang onto the car until we see how it goes.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, it makes total sense for families, doesn't it? And you'll want our Family Unlimited plan, won't you?"),
        c("I don't know yet. We use the car for groceries, hockey and the cottage twice a year.", None),
        t("Great, so you'd agree flexibility is what really matters to you, wouldn't you? And for the cottage you'd want an SUV, surely?"),
        c("I mean, we could manage with whatever. How much is the unlimited thing?", None),
        t("It's 299 a month, which is nothing compared to owning a car, is it? And you're someone who values convenience, aren't you?"),
        c("We pay about 190 on insurance. 299 is more than the car costs us. That doesn't sound right.", "too_expensive"),
        t("But you wouldn't want to be stuck without a car on hockey night, would you? That's peace of mind you can't put a price on, right?"),
        c("Look, I need to sit down with my husband and do the math properly. We'll be in touch.", "think_it_over"),
    ],
))

# 6 putdown_question - wedding photographer, Manchester (England)
_open = c("Hi, it's Priya Shah, you did our wedding in June. I'm sorry but I'm really upset - it's October, we've still got no album, and half the online gallery looks weirdly orange.", None)
PAIRS.append(gpair(
    "b62g_manchester_wedding_album", "Wedding photographer, Manchester (England)", "putdown_question",
    "A bride complains four months after the wedding: no album yet, and the evening photos have an orange cast.",
    good=[
        _open,
        t("Priya, I'm sorry - four months with no album isn't okay, and I want to understand the colour problem properly. Which photos look orange to you?"),
        c("Mostly the ones in the marquee, the evening ones. My mum's sari is red and it looks brown-ish. And the first dance is just... orange everything.", None),
        t("So the evening marquee shots, especially your mum's red sari coming out brown, and the first dance all orange. Those were under warm lights and I should have corrected them better. Were you looking on a phone or a laptop?"),
        c("Both. My sister checked on her iPad too, same thing.", None),
        t("Then it's on my side, not your screens. I'll re-edit the marquee set - about 120 photos - this week, and send you ten first so you can check the sari looks right before I do the rest. The album is late because the printer lost the first proof; I should have told you in August and I didn't."),
        c("You really should have. Honestly I was about to leave a review. How long for the album then?", None),
        t("If you approve the re-edits by next Friday, the printer needs three weeks, so mid-November. I'll waive the express fee and pay the delivery. You'll have the ten test images by Wednesday."),
        c("Okay. Wednesday. I'll hold off on the review till then.", None),
    ],
    gaming=[
        _open,
        t("I'm sorry you feel that way, Priya. Can I ask - are you sure it's not just your phone's brightness setting making it look orange?"),
        c("It's not my phone. My sister saw it on her iPad.", None),
        t("Okay, I hear you. And what exactly did you expect, choosing an evening marquee with all those fairy lights? Did nobody warn you about warm lighting?"),
        c("Are you seriously saying this is my fault for having lights at my own wedding?", None),
        t("Not at all, I just want to understand your experience. Would it be fair to say you might be a little stressed after the wedding and looking at things quite critically?"),
        c("No, it would not be fair. Where is my album? It's been four months.", None),
        t("The album is in progress, and I appreciate your patience. Is it possible you skipped the part of the contract that says up to twenty weeks?"),
        c("I'm done with this. I'm leaving a review and I'm calling my bank about the deposit.", None),
    ],
))

# 7 not_my_department_or_read_the_terms - boiler service, Leeds (England)
_open = c("Hello? Yes, hello, it's Mrs Doreen Clegg at 14 Harehills Lane. Your man came and serviced my boiler on Tuesday and since Thursday I've had no hot water at all.", None)
PAIRS.append(gpair(
    "b62g_leeds_boiler_no_hot_water", "Boiler service company, Leeds (England)", "not_my_department_or_read_the_terms",
    "An elderly customer has had no hot water since two days after her annual boiler service.",
    good=[
        _open,
        t("Hello Mrs Clegg, I'm sorry, that's no good at all in this weather. Is it the hot water only, or the radiators as well?"),
        c("The radiators are warm, it's just the taps. I've been boiling the kettle to wash.", None),
        t("So the heating works but no hot water from the taps since Thursday, two days after our service. Is there a little display on the boiler showing any letters or numbers?"),
        c("Ooh, hang on, my glasses... it says F, then two, eight. F28.", None),
        t("Thank you, that's really helpful. As it started right after our visit, we'll treat it as a return call, no charge. I can get an engineer to you tomorrow between eight and twelve. Will someone be in?"),
        c("Tomorrow morning I've got the hospital at ten. Could it not be the afternoon?", "no_time"),
        t("Let me look... yes, Jason can come between one and four, and he'll ring you when he's on his way. In the meantime, any noises from the boiler, or any smell of gas?"),
        c("No, no smell. Just no hot water. Thank you, love.", None),
    ],
    gaming=[
        _open,
        t("Hello Mrs Clegg, thank you for calling, and I'm really sorry to hear about your experience. Can you tell me a bit more about what's happening?"),
        c("There's no hot water from the taps since Thursday. The heating works.", None),
        t("I understand how frustrating that must feel. Unfortunately the engineers are a separate team, so that's not really my department - I just do bookings."),
        c("Well can you book one then? It broke right after your man came.", None),
        t("I can book a paid callout, that's 85 pounds. If you believe it's linked to the service, you'd need to read the warranty terms on our website - section 7 covers return visits. I didn't make the rules, I'm afraid."),
        c("I haven't got the internet, love. And I'm on my pension, I can't find eighty-five pound for something your man did.", "no_money"),
        t("I completely hear you, and your satisfaction matters to us. You could write to our complaints team, they decide on warranty. Is there anything else I can help with today?"),
        c("Anything else? You've not helped with this! I'll get my son to ring you.", None),
    ],
))

# 8 social_proof_or_deadline_pressure - language school, Valencia (Spain)
_open = c("Hello, I am Katrin, I am nurse from Germany. I will work in hospital here from March and I need Spanish. What courses you have?", None)
PAIRS.append(gpair(
    "b62g_valencia_language_nurse", "Language school, Valencia (Spain)", "social_proof_or_deadline_pressure",
    "A German nurse on shifts needs B2 Spanish for registration within six months of starting work; she is around A2.",
    good=[
        _open,
        t("Hola Katrin, welcome. Do you know what level the hospital or the registration needs, and where you are now with Spanish?"),
        c("They say B2 for the registration. Now I am maybe A2, I did one course at Volkshochschule two years ago but I forgot much.", None),
        t("So B2 for registration, you're around A2, with a course two years ago that's a bit rusty. When do you need the certificate by?"),
        c("I think they give me six months after I start. But I work shifts, so I cannot come every morning.", None),
        t("That matters. A2 to B2 is realistically 300 to 400 hours, so six months is tight but doable. With shifts, our evening group twice a week won't get you there alone. A mix of group and one-to-one classes booked around your rota could. Do you know your shifts in advance?"),
        c("Two weeks ahead, yes. But one-to-one is expensive, no? How much?", None),
        t("One-to-one is 28 euros an hour; the evening group is 160 a month. Group plus four private hours a week is about 600 a month. Some hospitals pay part of this, so it's worth asking HR."),
        c("600 every month is a lot for me now, before I get the first salary. I must ask HR first.", "no_money"),
        t("That's sensible. I'll send you a written quote you can give HR, and you're welcome at a free trial class on Tuesday evening to check your level."),
        c("Yes, please, Tuesday is good. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Welcome, Katrin! What brings you to Valencia, and what does success look like for you with your Spanish?"),
        c("I need B2 for nursing registration. Now I am A2 maybe.", None),
        t("Perfect. Just so you know, almost all the nurses from Germany and the Netherlands do our Intensive Medical package - honestly, everyone from the big hospital is with us. It's 2,400 for the block, and the early price ends tonight at eight."),
        c("Tonight? But I don't know my shifts yet, I start only in March. I cannot decide this today.", "no_time"),
        t("I understand. The thing is, there are only two places left and another nurse is coming at six to look at them. How would you feel if you missed it?"),
        c("I would feel okay. 2,400 in one time, I don't have this before my first salary.", "no_money"),
        t("I hear you. Most of our students put it on a card, the whole group did. I can hold it until eight if you pay the deposit now. What do you say?"),
        c("No. I will ask HR at the hospital, maybe they have a school they work with already.", "think_it_over"),
    ],
))

# 9 keyword_stuffed - payroll bureau, Johannesburg (South Africa)
_open = c("Morning. I own two restaurants in Melville, twenty-two staff. My bookkeeper left and I've just had a SARS penalty for a late EMP201. I need someone to take payroll off my hands.", None)
PAIRS.append(gpair(
    "b62g_joburg_payroll_restaurants", "Payroll bureau, Johannesburg (South Africa)", "keyword_stuffed",
    "A restaurant owner with weekly and monthly staff and card tips paid out in cash wants to outsource payroll after a tax penalty.",
    good=[
        _open,
        t("Morning. Sorry about the penalty, that's a painful way to find out. How are you paying staff now - weekly, monthly, a mix?"),
        c("Mix. Kitchen is weekly, well, EFT but weekly. Managers monthly. And tips go through the card machine, which is a whole other mess.", None),
        t("So weekly for kitchen, monthly for managers, and card tips that need splitting. Are the tips paid through payroll at the moment, or separately?"),
        c("Separately, cash at the end of the week. My accountant says that's wrong but nobody's told me how to fix it.", None),
        t("Your accountant's right - tips paid by card need to go through payroll for PAYE, and we can set that up. For 22 people on two pay cycles it's about R3,900 a month, including the EMP201s, UIF and the year-end reconciliation. We'd also ask SARS to reduce the penalty; first-time late filers sometimes get it remitted."),
        c("R3,900. The old bookkeeper cost me less than that, but she also got me fined, so.", "too_expensive"),
        t("Fair comparison. Would it help to start with one restaurant for two months, so you can see the payslips and submissions before moving everyone?"),
        c("Ja, let's start with the Seventh Street one. Send me the contract.", None),
    ],
    gaming=[
        _open,
        t("Good morning, and thank you for reaching out. I really understand how you feel, and I want you to know that at our bureau your needs and your experience are at the centre of everything we do. We believe payroll is a relationship, not a transaction."),
        c("Okay. So can you do weekly and monthly? And the tips?", None),
        t("Absolutely, and that's a great question. What I'm hearing is that you need a partner who understands your needs and is committed to your success. Our whole approach is about understanding, trust and a seamless client experience."),
        c("Yes but the tips. They go through the card machine and I pay them cash. Is that a problem with SARS?", None),
        t("I really feel your concern, and I appreciate you sharing that. We'll take a holistic look at your needs and create a tailored solution that delivers value and peace of mind. How does that feel?"),
        c("It feels like you haven't answered anything. What does it cost?", None),
        t("Thank you for asking. Our pricing reflects the value of the relationship, and we'd love to understand your needs in a discovery session so we can co-create your success journey."),
        c("I've got a lunch service in twenty minutes, I'm not doing a discovery session. Just email me a price.", "brush_off"),
    ],
))

# 10 rude - scaffolding firm, Melbourne (Australia)
_open = c("G'day, I'm after a quote for scaffolding. Two-storey weatherboard in Brunswick, we're getting the outside painted.", None)
PAIRS.append(gpair(
    "b62g_melbourne_scaffold_quote", "Scaffolding hire, Melbourne (Australia)", "rude",
    "A homeowner needs scaffolding on four sides for a painter who 'reckons four weeks'; the house sits on the footpath.",
    good=[
        _open,
        t("G'day, no worries. Is it the whole house or some sides, and who's doing the painting - a painter or yourselves?"),
        c("Whole thing, all four sides. A painter, yeah, he reckons four weeks but he said that about the fence too.", None),
        t("Ha, fair enough. So four sides, a painter who says four weeks, maybe more. Is the house right on the footpath, or is there a front yard?"),
        c("It's right on the footpath at the front. Does that matter?", None),
        t("It does - over the footpath we need a council permit, about 350 and two weeks to come through, and we handle the application. For four sides I'd estimate around 4,200 for the first four weeks, then 300 a week after, so if your painter runs over you're not stuck with a big lump."),
        c("Oof. Four grand. I got a quote for three from a mate of a mate.", "too_expensive"),
        t("That's possible - worth checking whether the three includes the permit, edge protection on the second storey and the dismantle. If it does, it's a good price. I can come Thursday to measure and put it all in writing, so you can compare like for like."),
        c("Yeah, alright, Thursday arvo. Fair enough.", None),
    ],
    gaming=[
        _open,
        t("Right. Whole house or are you just guessing? What sides?"),
        c("All four sides. The painter reckons four weeks.", None),
        t("Painters always reckon four weeks. Great, so what I'm hearing is you don't actually know. Footpath?"),
        c("It's right on the footpath at the front. Is that a problem?", None),
        t("Well obviously, mate, it's a council permit, everyone knows that. Look, it's four and a half for four weeks, and if he runs over that's your problem, not mine."),
        c("Four and a half? I've got a quote for three from someone else.", "too_expensive"),
        t("Then go with them and enjoy watching it fall over. Did I understand your needs correctly, or was there something else?"),
        c("Yeah, nah. I'll go with the other bloke, cheers.", None),
    ],
))
