"""Ranked pairs f01-f10 (b213): the two sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 -- Brisbane pharmacy. Fault: argues with the customer about her stomach upset.
_o = c("Love, why's the box different? I always get the Lipitor. Last time I had the other one my stomach was off all month.", "bad_experience")
_t1 = t("Good that you noticed. This one's a generic version of the same medicine, atorvastatin, same dose. The script allows substitution, so it was swapped this time.")
_c1 = c("Well, I don't want it. I told you, my stomach was off all month with that one.", "bad_experience")
_t2_good = t("I believe you. The active ingredient is the same, but the other ingredients differ and some people do notice. I can give you the Lipitor brand instead, it's about five dollars more because of the brand premium. Which would you prefer?")
_c2_good = c("Five dollars more. Hmm. Well, my stomach's worth five dollars.", None)
_t2_bad = t("That really can't be the tablet. Generics have to be bioequivalent, the TGA requires it, so it's exactly the same thing. Your stomach was probably something else.")
_c2_bad = c("Don't you tell me what my stomach did. I know what happened.", None)
_t3 = t("I'll swap it to the Lipitor for you, it's about five dollars more, and I'll note on your file that you prefer the brand so it doesn't happen again.")
_c3 = c("Thank you. That's all I wanted.", None)
PAIRS.append(rpair(
    "b213r_f01_brisbane_pharmacy_generic_swap",
    "Community pharmacy in Brisbane; a 72-year-old woman objects to a generic cholesterol tablet that upset her stomach before.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f02 -- Leeds hearing centre. Fault: doubts the customer's honesty about the lost aid.
_o = c("Hello, I've lost one of my hearing aids. I think it came out on the 72 bus when I took my mask off. I've got that loss cover thing, haven't I?", None)
_t1 = t("Oh no, sorry to hear that. Let me pull up your account. Yes, you've got loss and damage cover until next March. When did it happen?")
_c1 = c("Tuesday. I rang the bus company, nothing's been handed in.", None)
_t2_good = t("Thanks for trying them, that's exactly the right thing to do. Your cover allows one replacement, so you're fine.")
_c2_good = c("Oh, thank goodness. I can't hear a thing on my left side without it.", None)
_t2_bad = t("Right. I do have to ask, are you sure it's actually lost? We get a lot of people reporting a loss when really they're after the newer model.")
_c2_bad = c("Are you calling me a liar? I've worn the same aids three years, I don't want a new model.", None)
_t3 = t("Here's the loss form to sign. There's a hundred and twenty-five pound excess, which we can split over three months, and the replacement takes about a week. We'll fit it here for you.")
_c3 = c("A hundred and twenty-five. I'm on my pension, love, that's a lot.", "no_money")
_t4 = t("Split over three months it's about forty-two a month. Would that help? Then I can book your fitting for next Thursday morning.")
PAIRS.append(rpair(
    "b213r_f02_leeds_hearing_aid_lost",
    "Private hearing centre in Leeds, UK; a 79-year-old retired dinner lady reports a hearing aid lost on a bus and asks about her loss cover.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f03 -- Sheffield private physiotherapy (phone). Fault: drops the price before asking anything.
_o = c("Hiya, how much is a physio session? My neck's been killing me since I started working from home.", None)
_t1_good = t("Our first assessment is sixty pounds for forty-five minutes, and follow-ups are forty-five. Can I ask a bit about your neck, so I put you with the right physio? Is it stiffness, or does anything go down your arm?")
_c1_good = c("Mostly stiff, and I get headaches by three o'clock. Nothing down the arm.", None)
_t1_bad = t("First assessment's normally sixty, but I can do it for forty-five this week, and follow-ups at thirty-five instead of forty-five if you book three.")
_c1_bad = c("Why's it cheaper this week, is something wrong? Anyway, it's mostly stiff, and headaches by three o'clock. Nothing down the arm.", None)
_t2 = t("Stiffness and afternoon headaches from home working is really common, and it usually responds well, often in two or three sessions plus changes to your set-up. Are you at a proper desk, or the kitchen table?")
_c2 = c("Kitchen table, laptop. I know, I know.", None)
_t3 = t("No judgement, most people are. Bring a photo of your set-up to the first session and we'll sort that as well as the neck. Thursday at twelve?")
_c3 = c("Thursday's tricky, I've got back-to-back calls. Friday lunchtime?", "no_time")
PAIRS.append(rpair(
    "b213r_f03_sheffield_physio_neck_price",
    "Private physiotherapy clinic in Sheffield, UK; a 35-year-old who now works from home phones to ask the price of a session for neck pain.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f04 -- Leeds pharmacy. Fault: an unasked lecture on the dangers of smoking.
_o = c("Morning. Can I get some nicotine patches? The twenty-four hour ones.", None)
_t1 = t("Of course. Have you used patches before, and roughly how many do you smoke a day?")
_c1 = c("About fifteen a day. Tried the patches once but they gave me mad dreams, so I took them off. My daughter's pregnant, I want to stop before the baby comes.", None)
_t2_good = t("That's a great reason. The dreams are common with the twenty-four hour patch, and a lot of people switch to the sixteen-hour one, which you take off at bedtime. At fifteen a day you'd start on the middle strength. Want to try those?")
_c2_good = c("Didn't know there was a daytime one. Yeah, let's try that.", None)
_t2_bad = t("Good, because honestly, smoking around a newborn is really dangerous. Second-hand smoke is linked to cot death and asthma, and even the smoke on your clothes gets into a baby's lungs. You really should have stopped years ago.")
_c2_bad = c("Yeah, I know. That's why I'm stood here, isn't it.", None)
_t3 = t("We also run a free stop-smoking service here, a ten-minute chat once a week, and you get the patches cheaper through it. Shall I book you in for Friday?")
_c3 = c("Friday's no good, I'm on lates all week.", "no_time")
_t4 = t("Then Monday at ten, or I can do a phone check-in instead if that's easier. I'll put the patches through now so you can start today.")
PAIRS.append(rpair(
    "b213r_f04_leeds_pharmacy_nicotine_patches",
    "Community pharmacy in Leeds, UK; a 54-year-old warehouse worker wants nicotine patches to quit before his first grandchild is born.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f05 -- San Diego optician. Fault: a vague next step ("we'll let you know").
_o = c("Hi, I ordered my glasses two weeks ago and was told ten days. Any news? I'm driving up to my daughter's in Sacramento on the twentieth.", None)
_t1 = t("Let me check. I'm sorry, your lenses are delayed at the lab. The anti-glare coating had a flaw and they're remaking them.")
_c1 = c("Oh no. My old pair is scratched to pieces, I really don't want to do eight hours on the freeway in them.", None)
_t2 = t("That's a fair worry. A remake is usually five to seven business days. In the meantime I can adjust and clean your old pair, it won't fix the scratches but they'll sit better.")
_c2 = c("Okay. But will they be ready by the twentieth? That's the thing.", None)
_t3_good = t("I'll call the lab this afternoon for a firm date and ring you by five today. If it won't be before the eighteenth, I'll ask them to rush it at no charge, or have a pair made without the coating so you have something for the drive.")
_c3_good = c("By five today. Okay. Thank you.", None)
_t3_bad = t("We'll let you know as soon as we hear anything from the lab.")
_c3_bad = c("That's what they said last week. I guess I'll just wait, then.", None)
PAIRS.append(rpair(
    "b213r_f05_sandiego_optician_lens_delay",
    "Optical store in San Diego, California; a 70-year-old retiree's new glasses are delayed and she has a long drive on the twentieth.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f06 -- Wollongong hearing clinic. Fault: over-promises ("fix it completely, guaranteed").
_o = c("My main problem is restaurants. I go out with my walking group on Fridays and I can't follow a word across the table. Will these fix that?", None)
_t1 = t("Restaurants are the hardest place for anyone with hearing loss, so I'm glad you asked straight out. What happens there, is it the background noise, or the person across from you?")
_c1 = c("The noise. The clatter, the music. And Brenda talks quietly, bless her.", None)
_t2_good = t("Honestly, aids will help a lot, but they won't make a noisy restaurant like a quiet lounge. What helps most is the restaurant setting, plus sitting with your back to the wall and Brenda in front of you. Some people add a small table microphone. Try them for thirty days on your Fridays and see.")
_c2_good = c("Well, that's honest. Better than I was expecting, to be fair.", None)
_t2_bad = t("Absolutely, these will fix that completely. With the speech-focus setting you'll hear Brenda as clearly as in your own lounge room, guaranteed.")
_c2_bad = c("Completely? My friend Ron was told that and he still can't hear a thing in the pub.", "bad_experience")
_t3 = t("They're thirty-two hundred for the pair, and there's a thirty-day trial, so you can bring them back if they don't work for you.")
_c3 = c("Thirty-two hundred is a lot of money for a retired woman. I'll have to sleep on it.", "think_it_over")
PAIRS.append(rpair(
    "b213r_f06_wollongong_hearing_restaurants",
    "Hearing clinic in Wollongong, New South Wales; a 71-year-old retired librarian asks whether hearing aids will let her follow conversation in restaurants.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f07 -- Swansea optician. Fault: closes the sale before checking she can take the lens out.
_o = c("Hiya, I'm here to pick up my first contact lenses. Bit nervous, I've never touched my own eye.", None)
_t1 = t("Totally normal to be nervous, we'll go through it together. Wash and dry your hands first, and we'll start with putting one in.")
_c1 = c("Okay... oh, it's in! That wasn't as bad as I thought.", None)
_t2_good = t("Well done. Now, before you go, the most important bit: taking it out. Look up, slide it down onto the white, and pinch gently. Have a go.")
_c2_good = c("It keeps slipping... oh, there, got it. Can I try once more so I know I can do it at home?", None)
_t2_bad = t("Brilliant, you're a natural. That's you sorted then. They're twenty-four pounds a month on direct debit, shall I set that up?")
_c2_bad = c("Wait, how do I get it out, though? I've not done that bit.", None)
_t3 = t("Of course, take your time, most people need three or four goes. Once you're happy taking them out, we'll set up the monthly plan and book a check in a week.")
_c3 = c("Okay. Can I just use the trial ones for a bit before I sign up to a monthly thing?", "think_it_over")
PAIRS.append(rpair(
    "b213r_f07_swansea_optician_first_lenses",
    "Optician in Swansea, Wales; a 19-year-old student collects her first contact lenses and is nervous about touching her eye.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f08 -- Tampa pharmacy. Fault: recommends a decongestant before asking about medicines.
_o = c("Hi, what's good for a stuffy nose and a cough? I've got a conference presentation Thursday and I sound terrible.", None)
_t1_good = t("Let's get you sounding better by Thursday. A couple of questions first: do you have high blood pressure, or take any regular medicines? Some decongestants don't mix well with that.")
_c1_good = c("Actually, yeah, I'm on lisinopril for blood pressure. Good thing you asked.", None)
_t1_bad = t("This one's great, a daytime decongestant with a cough suppressant, works fast. Most people love it.")
_c1_bad = c("Okay... is it fine with blood pressure medicine? I'm on lisinopril.", None)
_t2 = t("With blood pressure I'd skip the pseudoephedrine ones. A saline spray and a steroid nasal spray are safer for the stuffiness, and honey or a plain dextromethorphan syrup for the cough. Check with your doctor before anything stronger.")
_c2 = c("The steroid spray, how fast does it work? Thursday's three days away.", None)
_t3 = t("It takes a day or two to get going, so start tonight. The saline works straight away. Both together are about eighteen dollars.")
_c3 = c("Eighteen's fine. I'll take both.", None)
PAIRS.append(rpair(
    "b213r_f08_tampa_pharmacy_cold_bp",
    "Retail pharmacy in Tampa, Florida; a 48-year-old sales manager with a cold and a presentation on Thursday asks for something for a stuffy nose and cough.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f09 -- Brisbane health fund counter. Fault: unexplained insurance jargon.
_o = c("Hi, my son needs his tonsils out and the surgeon's given us this quote. Can you tell me what we'll actually end up paying?", None)
_t1 = t("Of course. Can I see the quote and your membership card? Thanks.")
_c1 = c("Here. The surgeon's fee says eleven hundred and the anaesthetist's another six hundred.", None)
_t2_good = t("Okay. Your hospital cover pays the hospital bill in full apart from your two-fifty excess, a one-off amount you pay when you go to hospital. For the doctors, Medicare and we pay a set amount, and whatever they charge above that is called the 'gap'. Your surgeon's gap is about three hundred, and the anaesthetist doesn't use our no-gap scheme, so theirs is around two hundred.")
_c2_good = c("Okay, so it's the excess plus those two gaps, then?", None)
_t2_bad = t("Okay. So there's a two-fifty excess on the hospital side, the surgeon's billing above the MBS fee so there's a gap, and the anaesthetist isn't participating in GapCover, so they'll be out of pocket too. Item 41789 is covered on your Silver Plus, no PEC issues.")
_c2_bad = c("Sorry, I didn't understand a word of that. What does it mean in dollars?", None)
_t3 = t("All up you'd be looking at around seven hundred and fifty dollars. If you ask the anaesthetist to use our no-gap scheme, that could save you about two hundred.")
_c3 = c("We'll ask them. Seven-fifty still hurts, we're on one income at the moment.", "no_money")
PAIRS.append(rpair(
    "b213r_f09_brisbane_healthfund_tonsils_quote",
    "Private health fund branch in Brisbane; a father asks what his family will pay out of pocket for their son's tonsillectomy.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f10 -- London private physiotherapy. Fault: talks about themselves instead of the customer.
_o = c("Hi, I think I've got tennis elbow. Funny thing is, I don't play tennis. It hurts lifting the kettle.", None)
_t1 = t("That's really common, most people with tennis elbow don't play tennis. How long has it been going on, and what do you do for work?")
_c1 = c("About six weeks. I'm a hairdresser, so I'm holding scissors and a hairdryer all day.", None)
_t2_good = t("Scissors and a hairdryer all day, six weeks, and now the kettle. That all fits. Does it wake you at night, or is it only when you grip?")
_c2_good = c("Only when I grip. And it's worse by Saturday, that's our busiest day.", None)
_t2_bad = t("Oh, I had this! Two years ago, from rock climbing, I was out for months. Honestly the worst injury I've ever had, I couldn't even hold a coffee. I tried everything, acupuncture, the strap, shockwave...")
_c2_bad = c("Right... so what worked? I just need to get through Saturdays, it's our busiest day.", None)
_t3 = t("The good news is it usually responds well to a loading programme and a few changes at work, like a lighter dryer and switching hands where you can. Let's assess it properly, it's fifty-five for the first session. Could you come early in the week, away from your busy end?")
_c3 = c("Monday's my day off, so yes. Fifty-five's a bit much though, for something that might just go away on its own.", "too_expensive")
_t4 = t("It might, but six weeks and getting worse usually means it needs a push. One session and a home programme may be all you need. Monday at ten?")
PAIRS.append(rpair(
    "b213r_f10_london_physio_tennis_elbow",
    "Private physiotherapy clinic in Hackney, London; a 41-year-old hairdresser has six weeks of elbow pain that is worse at the end of the week.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))
