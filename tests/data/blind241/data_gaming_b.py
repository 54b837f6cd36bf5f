"""Gaming pairs, file b (hand-written for blind241). Health care: clinics, HMOs, audiology, insurance, pharmacy delivery."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer - Kisumu, clinic diabetes programme
o = c("Good afternoon, the doctor told me I have sugar, type two. He said I should join your diabetes clinic. I want to know how it goes. I am a teacher, so weekdays are difficult.", None)
PAIRS.append(gpair(
    "b241g_kisumu_clinic_diabetes_programme", "Private clinic, diabetes programme, Kisumu", "ignored_customer",
    "A newly diagnosed teacher asks about joining the clinic's diabetes programme but can only come on Saturdays.",
    [o,
     t("Good afternoon, mwalimu, welcome. Being told you have diabetes is a lot to take in. The clinic is monthly at first, then every three months once your sugar is stable. You said weekdays are hard - what time do you finish at school?"),
     c("Around four-thirty. And Saturdays I'm free until noon.", None),
     t("Good, then Saturday works - we run it from eight to twelve on the first and third Saturday. Each visit is one thousand five hundred, including the sugar test and seeing the clinical officer. Has the doctor asked you to get a glucose meter for home?"),
     c("He said to get one. But I hear the strips are expensive, my colleague spends a lot on them every month.", "too_expensive"),
     t("That's true, strips are the ongoing cost, so choose the meter by its strip price, not the meter price. Ours is two thousand two hundred, and its strips are one thousand three hundred for fifty. At the start you might test a few times a week, not every day. I'd wait until the clinical officer tells you how often you need to test - no point paying for strips you won't use."),
     c("Okay, that's good to know. So I come Saturday and then decide on the meter.", None),
     t("Exactly. Come this Saturday before nine, without eating since the night before, and bring the doctor's letter. I'll put your name down now."),
     c("Thank you. Put me down, Otieno Ouma.", None)],
    [o,
     t("Good afternoon, welcome! Tell me, how are you feeling about your diagnosis?"),
     c("Honestly I'm worried. And the days are difficult - I teach until four-thirty, I can only come Saturday.", None),
     t("I understand. Our diabetes clinic runs Tuesday and Thursday mornings, nine to twelve. Which suits you better, Tuesday or Thursday?"),
     c("I just said, I'm in class on weekdays. Is there nothing on Saturday?", "no_time"),
     t("Thank you for sharing. We also recommend every patient buys our meter kit - the starter pack is six thousand five hundred with a hundred strips. Does that sound good?"),
     c("My colleague spends so much on strips every month. I can't manage six thousand five hundred now.", "no_money"),
     t("Great. So I'll put you down for Tuesday at nine and the starter pack. Any other questions?"),
     c("You are not listening to me. I'll ask at the county hospital.", None)],
))

# b02 repeated_questions - Ibadan, HMO for a retired couple
o = c("Good morning. My wife and I are both retired. Our children abroad say we should get HMO, they will pay. I'm sixty-seven, she's sixty-three. Do you cover people our age?", None)
PAIRS.append(gpair(
    "b241g_ibadan_hmo_retired_couple", "HMO enrolment office, Ibadan", "repeated_questions",
    "A retired man asks whether the HMO covers him and his wife at their age; their son abroad will pay.",
    [o,
     t("Good morning, sir. Yes, we do - our senior plan takes people up to seventy-five at enrolment. Before I say which plan, does either of you have an ongoing condition you see a doctor for regularly?"),
     c("Me, prostate, I see a urologist at UCH every six months. My wife has high blood pressure, she takes tablets.", None),
     t("Thank you for telling me. Her blood pressure tablets and check-ups are covered from day one on the senior plan. Your prostate follow-up visits are covered too, but if it ever needs surgery there's a twelve-month waiting period - I'd rather say it now. Is the UCH urologist someone you want to keep seeing?"),
     c("Yes, I trust him. If I have to change doctor, then it's no use to me.", "no_need"),
     t("Understood. UCH is on the senior plan for specialist referrals, so you can stay with him - you'd go through our GP at Bodija first for a referral letter. The plan is two hundred and ten thousand naira per person per year. Since your children are paying, shall I send the benefit list to them directly?"),
     c("Yes, send it to my son in Manchester, he's the one paying. He'll decide.", "think_it_over"),
     t("I'll email him today and copy you. I'll call you on Friday after he's had a chance to read it."),
     c("Very good. Thank you, my son.", None)],
    [o,
     t("Good morning sir, you're welcome! To understand your needs - what are your health needs at the moment?"),
     c("I have prostate, I see a urologist at UCH. My wife has high blood pressure.", None),
     t("Thank you. And what conditions do you currently have that you see a doctor for?"),
     c("I just said. Prostate. And her blood pressure.", None),
     t("Okay, noted. So in terms of your health, is there anything ongoing we should know about?"),
     c("My son, are you writing it down at all? Prostate, blood pressure. Will UCH be covered or not?", None),
     t("I'll come to that, sir. Just so I'm clear on your needs, would you say you or your wife has any regular medical issues?"),
     c("This is wasting my time. Give me a brochure, I'll let my son read it.", "brush_off")],
))

# b03 wrong_paraphrase - Glasgow, private audiology
o = c("Hello there. I've got NHS hearing aids but they whistle something terrible and I can't follow the conversation in the café with my pals. My daughter said to come and see what you'd say. I'm not promising to buy anything, mind.", None)
PAIRS.append(gpair(
    "b241g_glasgow_audiology_whistling_aids", "Independent hearing centre, Glasgow", "wrong_paraphrase",
    "A pensioner with whistling NHS hearing aids wants a second opinion, not necessarily new aids.",
    [o,
     t("That's absolutely fine, you don't need to promise anything. Whistling usually means something isn't sitting right, so it might be fixable. When did you get them, and do they whistle all the time or when something's close to your ear?"),
     c("About a year ago. It's mostly when I put my hat on or use the phone. And in the café it's just noise, I can't pick out voices.", None),
     t("Right, so two separate problems: the whistling when something's near your ear, and not picking voices out of background noise. The whistling is often the dome size or wax - I can look in your ears now, free. The café is harder; newer aids handle noise a bit better, but honestly even those aren't perfect in a busy café."),
     c("I'm glad you're saying that. The last place I went tried to sell me aids for four thousand pound before they'd even looked.", "bad_experience"),
     t("That's not how it should be. Let me look first. If it's wax or the fit, your NHS audiology department can sort it at no cost, and I'll write down what I saw so you can show them. If the café's still a problem after that, come back and we'll talk options, no pressure."),
     c("That sounds fair. On you go then, have a look.", None)],
    [o,
     t("Lovely to meet you! Tell me, how is your hearing affecting your life?"),
     c("The aids whistle when I put my hat on or use the phone. And in the café I can't follow my pals.", None),
     t("So what I'm hearing is that your NHS aids have stopped working completely and you'd like to upgrade to private ones - did I understand you correctly?"),
     c("No, they work, they just whistle. I never said upgrade.", None),
     t("Okay, so you're saying you want something invisible that nobody will notice, and budget's not really a concern for you, is that right?"),
     c("I never said a thing about budget. I'm a pensioner, I've not got thousands lying about.", "no_money"),
     t("Absolutely, so to play that back: you'd like our premium rechargeable set, and you'd prefer to spread the cost over twelve months - have I got that right?"),
     c("You've got none of it right, son. I'll take them back to the NHS clinic, they can fix them.", "no_need")],
))

# b04 pitch_to_upset - Accra, widow cancelling late husband's health insurance
o = c("Good afternoon. My husband passed away two weeks ago. He had a policy with you. I was told I need to call to stop the premiums and... I'm sorry, I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b241g_accra_insurance_bereavement", "Health insurer call centre, Accra", "pitch_to_upset",
    "A recently widowed woman phones to stop her late husband's premiums; she and the children are dependants on his policy.",
    [o,
     t("Good afternoon, madam. I'm so sorry for your loss. Please take your time, there's no rush on this call, I'll guide you through it. Do you have his policy number, or would his full name and date of birth be easier?"),
     c("I have the card here. It's... KA-zero-six-two-one-nine. Kwame Asante.", None),
     t("Thank you, I have it. I'll stop the premiums from this month, so nothing more goes out of your account. I also see you and your two children are dependants on his policy. I don't want you suddenly without cover - would you like to hear your options, or would you rather I just stop it today and we talk another time?"),
     c("Another time. I can't think about it now, there's the funeral and everything.", "no_time"),
     t("Of course. The premiums are stopped. Your cover and the children's continues for sixty days at no cost, so you're protected while you deal with everything, and I'll send a letter confirming it. Would it be okay if I called in about a month, only to explain the options - nothing you must decide?"),
     c("Yes, a month is okay. Thank you for being kind.", None),
     t("You're welcome. If anything comes up before then - a hospital visit for the children - use the cards as normal. Take care of yourself, madam."),
     c("I will. Thank you.", None)],
    [o,
     t("Good afternoon madam, I'm very sorry to hear that. We truly value our relationship with your family. Can I take the policy number?"),
     c("KA-zero-six-two-one-nine. Kwame Asante.", None),
     t("Thank you. I see you and the children were on his policy. This is actually the perfect moment to think about your family's future - our Family Shield plan for a single parent and two children is only four hundred cedis a month, and it includes life cover, which I'm sure you now see the value of."),
     c("I... I called to stop the payments. I can't think about a new plan now.", "no_time"),
     t("I completely understand, madam. But many widows tell us they wish they'd acted sooner. If you sign up this week I can waive the medical. What's holding you back from protecting your children today?"),
     c("My husband isn't even buried. How can you talk to me like this? Just stop the premiums.", None),
     t("Of course, I'll stop them. Can I send you the Family Shield brochure to look at when you're ready?"),
     c("Don't send me anything.", "no_need")],
))

# b05 blame - Nairobi, online pharmacy delivery, wrong strength
o = c("hi i ordered my dads blood pressure tabs yesterday amlodipine 10mg, the rider brought 5mg. he has only 2 left. what now", None)
PAIRS.append(gpair(
    "b241g_nairobi_epharmacy_wrong_strength", "Online pharmacy chat support, Nairobi", "blame",
    "A customer on the app chat reports that her father's blood pressure tablets came in the wrong strength.",
    [o,
     t("Hi, sorry about that - the wrong strength of a blood pressure medicine is not okay. Can you send me the order number?"),
     c("order 55817", None),
     t("Thanks. I can see it - the prescription you uploaded says 10mg, and we packed 5mg. That's our mistake. I can send a rider with the correct 10mg today. Is he at the same address in South B, and will someone be home between 2 and 5?"),
     c("yes same address my mum is there. do i pay delivery again", None),
     t("No, no charge - and the rider will collect the 5mg pack so it doesn't get mixed up with his usual ones. Until the new ones arrive, he shouldn't double up the 5mg tablets unless his doctor says so. I'll SMS you the rider's name when he leaves."),
     c("ok thanks. honestly i was about to delete the app lol, last month also the order was late", "bad_experience"),
     t("I hear you, twice is too many. I've flagged your account so the pharmacist double-checks your orders before they go out. If anything is off again, message me here directly."),
     c("ok sawa. thanks", None)],
    [o,
     t("Hi! Thank you for reaching out, I really want to understand what happened. Can you share the order number?"),
     c("order 55817", None),
     t("Thanks. So what I'm hearing is you got 5mg instead of 10mg. Are you sure you selected 10mg in the app? A lot of customers tap the wrong one."),
     c("i uploaded the prescription, it says 10mg clearly", None),
     t("Okay, but the prescription photo is quite blurry on our side, so the pharmacist went with what was readable. Next time please upload a clearer picture. Also you should have checked the pack at the door before the rider left."),
     c("so its my fault. he has 2 tabs left. are you sending the right ones or not", None),
     t("We can send 10mg, but since the order went through as 5mg, it would be a new order with the 200 delivery fee. Is there anything else I can help with?"),
     c("forget it ill buy from the chemist downstairs. last month you were late too. deleting the app", "bad_experience")],
))

# b06 monologue - Cardiff, physiotherapy clinic
o = c("Hiya, I've had a bad back for about three weeks now, lower back. I'm a delivery driver so I'm in the van all day. I was wondering what you'd charge to have a look.", None)
PAIRS.append(gpair(
    "b241g_cardiff_physio_back_pain", "Private physiotherapy clinic, Cardiff", "monologue",
    "A self-employed delivery driver with three weeks of low back pain asks the price of an assessment.",
    [o,
     t("Hi, sorry to hear that - three weeks is a long time when you're driving all day. An initial assessment is fifty-five pounds, forty-five minutes. Before I book you, a couple of quick checks: any numbness or tingling down your legs, or any trouble with your waterworks?"),
     c("No, nothing like that. Just stiff and sore, worse first thing and after a long shift.", None),
     t("Good, that's reassuring. Are you employed or self-employed? Some employers cover physio, and it also affects what times suit you."),
     c("Self-employed, so if I don't drive I don't get paid. Can't really take time off for appointments.", "no_time"),
     t("Got it, so whatever we do has to fit round your rounds. We've got early slots at 7.15 and evenings till 8. Most backs like yours need three to five sessions plus exercises you can do at the van, but I won't book you a block up front - let's see what the assessment shows."),
     c("Evenings would work. Fifty-five's alright for the first one. Thursday evening?", None),
     t("Thursday at 6.30 is free. Wear something loose, and bring a note of what makes it worse in the van. See you then."),
     c("Nice one, see you Thursday.", None)],
    [o,
     t("Hi there, thanks for calling, and sorry about your back! So let me tell you what we do. We're Cardiff's leading musculoskeletal clinic - physio, sports massage, acupuncture, Pilates and shockwave - and most clients find the best experience is our Back to Life programme: assessment plus ten sessions, a personalised exercise app and two Pilates classes, all for four hundred and twenty pounds, which is much cheaper than booking one by one. How does that sound?"),
     c("Well, I was only after -", None),
     t("Exactly, and loads of drivers come to us, so we really understand your needs. Back pain is all posture and core strength, so we build your core over the ten weeks, and our shockwave machine is brilliant for stubborn cases. We can also assess your van for an extra sixty. What matters to you most?"),
     c("I can't do ten weeks of sessions, mate. I'm self-employed - no drive, no pay.", "no_time"),
     t("Totally, totally hear that, and that's why the app is so good, you do it at home. The programme's payable in three instalments, easy on the wallet, and clients see success in as little as four weeks. So shall I pop you down for the programme starting Monday?"),
     c("Four hundred quid? I just wanted a one-off look. I'll try the NHS first.", "too_expensive")],
))

# b07 closing_as_open_question - Lagos, eye clinic, LASIK enquiry
o = c("Hi. I'm just making enquiries about LASIK. I've worn glasses since secondary school and I'm tired of them. But I've heard stories, so I want to understand first.", None)
PAIRS.append(gpair(
    "b241g_lagos_eye_clinic_lasik", "Private eye clinic, Lagos", "closing_as_open_question",
    "A young banker enquires about laser eye surgery but has heard bad reports from a colleague.",
    [o,
     t("Hi, you're welcome. Very sensible to understand first. Can I ask what stories you heard? I'd rather deal with the real worry than give you a speech."),
     c("A colleague did it in Dubai and she says her eyes are always dry now, and at night she sees halos around lights.", "bad_experience"),
     t("Dry eyes and halos are real side effects. For most people they settle in a few months, but not for everyone, so your colleague's experience is worth taking seriously. Do you know your prescription, and do your eyes already get dry - say after long hours at the computer?"),
     c("I'm minus four in both. And yes, by evening my eyes are scratchy. I'm in front of a screen all day.", None),
     t("That's important. People who have dry eyes before surgery are more likely to have it worse afterwards, and sometimes the doctor suggests a different procedure, or not operating at all. The only way to know is a pre-assessment - corneal thickness, tear test and so on. It's thirty thousand naira and doesn't commit you to anything."),
     c("And the surgery itself, how much?", None),
     t("From nine hundred thousand for both eyes. But the assessment may tell you you're not a good candidate, and then glasses or contacts stay your best option. Would you like to book the assessment, or take the information and think?"),
     c("Let me think. I'll probably book next month, after month-end.", "think_it_over")],
    [o,
     t("Hi, you're welcome! Can I ask - what would have to be true for you to book your surgery date today?"),
     c("Today? No, I'm just enquiring. A colleague did LASIK and her eyes are always dry now.", "bad_experience"),
     t("I really hear that. Every experience is different. What would it take for you to trust us enough to put down the deposit this week?"),
     c("I don't know yet. I haven't even been tested. How much is it?", None),
     t("Nine hundred thousand for both eyes, and there's ten percent off for deposits this month. How would you like to pay the deposit - transfer or POS?"),
     c("Nine hundred thousand is serious money. I need to think about it.", "think_it_over"),
     t("Of course - and what exactly do you need to think about that we can't sort out right now?"),
     c("Please, I'll come back when I'm ready.", "brush_off")],
))

# b08 pitch_as_paraphrase - Tamale, wheelchair after a stroke
o = c("Good morning. My mother had a stroke two months ago. She is home now. The physio at the teaching hospital said she needs a wheelchair for going out, but she can walk small inside the house. I want to see what you have.", None)
PAIRS.append(gpair(
    "b241g_tamale_wheelchair_after_stroke", "Medical equipment shop, Tamale", "pitch_as_paraphrase",
    "A son looks for a wheelchair for his mother, who can walk a little indoors, to be pushed over a sandy compound.",
    [o,
     t("Good morning, sorry about your mother, I hope she is recovering well. So the chair is mainly for outside, not all day. Where will she use it - is your compound cemented, or sand?"),
     c("Sand and some stones. And the doorway to her room is small. Somebody will push her; she cannot push herself, one side is weak.", None),
     t("That helps a lot. So someone pushes her, the ground is sandy, and the doorway is narrow. A standard chair with small front wheels gets stuck in sand. This one has bigger front wheels and folds - nine hundred cedis. It's sixty-three centimetres wide when open. Do you know how wide her door is?"),
     c("I didn't measure it. The nine hundred, is it the last price?", "too_expensive"),
     t("For that one I can do eight hundred and fifty. There's a lighter one for seven hundred, but it has the small wheels, which I don't think suits sand. Take my tape measure, check the door, and call me - if it fits, we deliver free within Tamale."),
     c("Okay, I'll measure tonight and call you tomorrow.", None)],
    [o,
     t("Good morning, sorry about your mother. Tell me more about her needs?"),
     c("She walks small inside. Outside, somebody will push her. Our compound is sand, and her door is narrow.", None),
     t("So what you need is our electric wheelchair at six thousand five hundred cedis, with the joystick, so she can be independent - is that right?"),
     c("No, she can't use her right hand well. Somebody will push her. Six thousand is far too much for us anyway.", "no_money"),
     t("Okay, so what I'm hearing is that you want the best for her comfort, so the electric one with the reclining back at seven thousand - correct?"),
     c("That's not what I said. I said sand, narrow door, someone pushes.", None),
     t("Right, so to summarise your needs: the electric chair plus a ramp for the doorway, and we finance it over six months. Did I get that right?"),
     c("No. Let me try the shop near the hospital.", None)],
))

# b09 upsell_as_loop_closing - Nakuru, walk-in lab, malaria test
o = c("Sasa. I've had fever and headache since Tuesday. I just want a malaria test, how much?", None)
PAIRS.append(gpair(
    "b241g_nakuru_lab_malaria_test", "Walk-in diagnostic lab, Nakuru", "upsell_as_loop_closing",
    "A student with two days of fever asks only for a malaria test.",
    [o,
     t("Sasa, pole. The malaria test is three hundred shillings, results in about thirty minutes. Before we do it - have you travelled anywhere recently, and any other symptoms, like vomiting, diarrhoea, a rash?"),
     c("I went home to Busia two weeks ago. No vomiting. Just fever, headache, body pains.", None),
     t("Okay, after Busia malaria is definitely worth testing. If it's negative and the fever goes on, a full blood count would help the clinician see what else it might be - that's six hundred - but let's see the first result before you spend more."),
     c("Sawa, just the malaria for now. I'm a student, money is not much.", "no_money"),
     t("No problem. It's a finger prick, come through. While we wait, drink some water, you look a bit dry."),
     c("Okay. And if it's positive, do you sell the drugs here?", None),
     t("We don't, but the pharmacy next door does. I'll write the result on a slip so the chemist or clinic can see it. If it's positive, show them the slip before buying anything - the dose depends on your weight."),
     c("Alright, thanks. Let's do it.", None)],
    [o,
     t("Sasa, pole! Malaria test is three hundred. So we've got your malaria sorted - what else can I add for you today? Most people with fever also take typhoid, that's five hundred."),
     c("Just malaria. I'm a student, I don't have much.", "no_money"),
     t("Understood. And just to make sure we've covered everything - shall I add the full blood count? Six hundred, very thorough."),
     c("No, just malaria please.", "no_need"),
     t("Sure. Before we close, anything else you'd like to add? There's a fever panel at one thousand five hundred - malaria, typhoid, blood count and urine. Better value, no?"),
     c("Bro, I said malaria. Three hundred. Can you do it or I go next door?", None),
     t("Of course. And lastly, anything else I can add for you - vitamin drip, only eight hundred?"),
     c("Nothing else. Just the test, please.", "no_need")],
))

# b10 leading_tag_questions - Bristol, private pregnancy scan clinic
o = c("Hi, I'm sixteen weeks. My next NHS scan isn't till twenty weeks, and, um, I lost a baby last year, so I'm quite anxious. I just wanted to know about a reassurance scan.", None)
PAIRS.append(gpair(
    "b241g_bristol_reassurance_scan", "Private pregnancy scan clinic, Bristol", "leading_tag_questions",
    "An anxious woman, sixteen weeks pregnant after a loss last year, asks about a reassurance scan.",
    [o,
     t("Hi, thank you for telling me that. Of course you'd want some reassurance. Can I just check first - are you having any bleeding or pain at the moment?"),
     c("No, nothing like that. Just nerves, really. Every day I'm worried.", None),
     t("Okay, good. If that changes, your early pregnancy unit or maternity triage is the right place, straight away and free. For reassurance, our wellbeing scan is fifteen minutes - heartbeat, movement and growth - and it's sixty-nine pounds. It doesn't replace your twenty-week scan. Would someone come with you?"),
     c("My husband, yeah. We did look at the packages with the 4D and the keyrings and all that, but that feels a bit much right now.", "no_need"),
     t("That makes complete sense. The basic one covers everything you've described. We've got Saturday at ten or Tuesday evening at six."),
     c("Tuesday evening. Sixty-nine's fine.", None),
     t("Booked. Drink some water beforehand, and bring any questions - the sonographer will take her time."),
     c("Thank you, honestly. That's a relief.", None)],
    [o,
     t("Hi, congratulations! You'll want to see baby in 4D, won't you?"),
     c("Um, not really. I lost a baby last year, I just want to know everything's okay.", None),
     t("Of course. And you'd want the complete peace of mind package then, wouldn't you? That's the gold scan with heartbeat recording and gender reveal, a hundred and forty-nine pounds."),
     c("I was looking at the sixty-nine pound one. I don't need the extras.", "no_need"),
     t("Sure, but you wouldn't want to miss anything on the day, would you? Most mums regret not getting the recording, don't they?"),
     c("I don't know. I think I'd regret spending the money. Can I talk to my husband first?", "think_it_over"),
     t("Absolutely. You'd be happy to pop down a deposit to hold the slot though, wouldn't you?"),
     c("No, I'll ring back.", "brush_off")],
))
