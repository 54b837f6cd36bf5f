"""Gaming pairs, file a (hand-written for blind241). Health care: HMOs, labs, maternity, opticians, home equipment."""
from common import c, gpair, t

PAIRS = []

# a01 monologue - Lagos, employer buying HMO cover for staff
o = c("Good afternoon. I run a small clearing and forwarding company in Apapa, fourteen staff. Two of my boys fell sick last month and I paid their hospital bills from my pocket. Somebody said I should look at HMO.", None)
PAIRS.append(gpair(
    "b241g_lagos_hmo_staff_cover", "HMO, corporate plans desk, Lagos", "monologue",
    "Owner of a 14-person clearing firm in Apapa asks about HMO cover after paying two staff hospital bills himself.",
    [o,
     t("Good afternoon, sir, you're welcome. Sorry about your staff, I hope they're better now. Before I tell you anything about plans, can I ask what happened with those two - what kind of treatment did they need?"),
     c("One had typhoid, admitted three days at a private hospital in Surulere. The other one na accident on the Wharf road, broken arm. Between the two I spent almost four hundred thousand naira.", None),
     t("That's a lot to carry on your own. So you want something that would cover admissions and emergencies like those two, for all fourteen people. Are we talking only the staff, or their wives and children too?"),
     c("Staff only for now. If I start adding family it will be too much, this business is not Dangote.", "no_money"),
     t("Understood, staff only, and cost matters. Roughly what would you be comfortable paying per person per year? And where do most of them live? I ask because the hospitals on the plan need to be near them or the cover is useless."),
     c("Maybe forty, fifty thousand a head per year. Most of them stay around Ajegunle, Mile 2, two in Ikorodu.", None),
     t("Okay. At that range our basic corporate plan is thirty-eight thousand per person a year: outpatient, admission up to fourteen days, and emergencies like that accident. It doesn't cover big surgeries beyond a limit, I'll show you that in writing. We have six hospitals in Mile 2 and Ajegunle and one in Ikorodu. Would it help if I send the hospital list first so your staff can say if they know those places?"),
     c("Yes, send it. And the details. I will check with my accountant before I pay anything.", "think_it_over"),
     t("Of course. I'll WhatsApp the list and the benefit table today, and call you Thursday morning after you've spoken to your accountant. Is this number okay?"),
     c("It's fine. Thursday.", None)],
    [o,
     t("Good afternoon sir, you're welcome, and thank you for thinking of us for your health needs! Let me tell you about our experience. We are the fastest-growing HMO in Lagos, over four hundred corporate clients, we have Bronze, Silver, Gold and Platinum, and for a company like yours I would say Gold is where the real success is, because Gold covers outpatient, inpatient, dental, optical, maternity for the wives, annual medical check and gym discount. What is important to you, sir?"),
     c("Well, the main thing is -", None),
     t("Exactly, and that is why our relationship with over nine hundred hospitals matters, sir, you can walk into any of them from Badagry to Epe, no wahala. Gold is only ninety-five thousand per head per year, and if you sign fourteen we add two free. Plus the mobile app, telemedicine, twenty-four hour call centre. So what I'm hearing is you want your people covered properly, is that correct?"),
     c("Ninety-five thousand for one person? My cousin's company pays thirty-something for their HMO.", "too_expensive"),
     t("Sir, I understand, I understand, but you cannot compare. That one is basic, their hospitals are not good. With Gold you also get our wellness programme, quarterly health talks, free eye screening, and the annual check-up which alone is worth thirty thousand. Your staff will feel valued, that is the experience we want for them. And premium can be paid quarterly. Anything else you want to know?"),
     c("Did you hear what I said about my two boys? One had typhoid, one broke his arm.", None),
     t("Yes sir, and that is exactly covered under Gold, plus so much more - physiotherapy for the arm, even spectacles. I'll send you the Gold brochure and the form, you just fill the staff list and we activate in forty-eight hours. How satisfied are you with what you've heard today?"),
     c("Send the brochure. I'll look at it when I have time.", "brush_off")],
))

# a02 closing_as_open_question - Accra, diagnostic lab
o = c("Hello, good morning. My doctor at Ridge asked me to do a lipid profile and fasting blood sugar. I saw on your board there is a wellness package. What is the difference?", None)
PAIRS.append(gpair(
    "b241g_accra_lab_wellness_package", "Private diagnostic laboratory, Accra", "closing_as_open_question",
    "A woman in her fifties brings a doctor's request for two blood tests and asks how they differ from the lab's wellness package.",
    [o,
     t("Good morning, madam. The doctor's request is two tests; the wellness package is about fifteen, including those two, plus kidney, liver, full blood count and a few others. Did your doctor say why he wants the lipid and sugar - a routine check, or something he's watching?"),
     c("He said my pressure was a bit up last time and my mother was diabetic, so he wants to see.", None),
     t("Okay, that makes sense. For what he asked, the two tests together are three hundred and twenty cedis. The package is nine hundred and fifty. Honestly, if it's to answer your doctor's question, the two tests are enough. Has he asked for kidney function at all, since the pressure was up?"),
     c("He didn't say. Nine hundred and fifty is a lot, I don't have that today.", "no_money"),
     t("No problem, you don't need it today. Let's do the two he asked for. One thing - fasting sugar needs you to have eaten nothing for about ten hours. Have you eaten this morning?"),
     c("Ah. I took tea with bread at six.", None),
     t("Then the sugar result won't be accurate. We can take the lipid sample now, or you come back tomorrow before eating and we do both together so you only come once. We open at six-thirty. Which is easier for you?"),
     c("Tomorrow is better, I'll come before work. I can ask the doctor about the kidney one by then.", None),
     t("Good. Come between six-thirty and eight, no food after about nine tonight, water is fine. Results by two o'clock, and we can email them straight to your doctor if you give me his address."),
     c("Okay, thank you. I'll bring it.", None)],
    [o,
     t("Good morning madam, you're welcome! Can I ask you an open question - what would it take for you to start the wellness package with us today?"),
     c("I just want to know the difference first. My doctor asked for two tests only.", None),
     t("Of course, I hear you. The two tests tell half the story, the package tells the full story of your health. So how would you like to pay for the package - mobile money or card?"),
     c("I haven't said I'm doing the package. How much is it?", None),
     t("It's nine hundred and fifty, which is a very good investment in yourself. What's stopping you from taking care of your health today?"),
     c("Nine hundred and fifty cedis for tests my doctor didn't even ask for? Please, that's too much.", "too_expensive"),
     t("I understand the concern. If I could get you ten percent off, which sample would you like us to take first, the blood or the urine?"),
     c("Just do the two tests.", None),
     t("Sure. And when would you like to book your six-month follow-up package - morning or afternoon?"),
     c("I'll think about that one. Just take the blood.", "think_it_over")],
))

# a03 pitch_as_paraphrase - Nairobi, maternity package
o = c("Hi, I'm twenty weeks with my first baby and I'm trying to understand your maternity packages. My husband's insurance from work covers some of it but I'm not sure how much.", None)
PAIRS.append(gpair(
    "b241g_nairobi_maternity_package", "Private hospital maternity desk, Nairobi", "pitch_as_paraphrase",
    "A first-time mother at twenty weeks, partly covered by her husband's work insurance, asks what the maternity packages would cost her.",
    [o,
     t("Congratulations! Let's figure it out together. Does the insurance card or the benefits sheet show a maternity limit? It's usually written as a figure like one hundred or one hundred and fifty thousand."),
     c("The card says maternity limit one hundred thousand. I have it here.", None),
     t("Good, that helps. Our normal delivery package is ninety-five thousand and covers two nights, the delivery and the paediatrician's check of the baby. The caesarean package is two hundred and ten thousand. So a normal birth would likely be covered. Have you and your doctor talked about how you'd like to deliver?"),
     c("I want normal if possible. But I'm scared, because my sister had an emergency CS at another hospital and they charged her so much extra.", "bad_experience"),
     t("That's a very fair worry. So you want normal if possible, and you don't want to be caught out if it turns into a CS like your sister's. Here's how it works with us: if a normal delivery becomes an emergency CS, you move to the CS package, the insurer pays up to the hundred thousand, and you'd top up about one hundred and ten thousand. I'd rather you know that now than at discharge. Shall we ask your insurer for a pre-authorisation letter so the figure is confirmed in writing?"),
     c("Yes, please. And the antenatal clinics, are those in the package?", None),
     t("They're separate - each visit is two thousand five hundred, and insurers usually cover them under the outpatient limit. If you leave me the card details I can check both today. Would you like to book your next antenatal visit while I do that?"),
     c("Let me first talk to my husband about the top-up, then I book.", "think_it_over"),
     t("Of course. I'll SMS you the package sheet and what the insurer confirms this evening, so you both read the same numbers. Can I call you on Friday?"),
     c("Friday is fine. Thank you, this helped.", None)],
    [o,
     t("Congratulations, mama! So that I understand your needs - tell me, what kind of birth experience are you looking for?"),
     c("Normal delivery if possible. The insurance card says maternity up to one hundred thousand.", None),
     t("Beautiful. So what I'm hearing is that you want our Premier Mother package at two hundred and sixty thousand - private suite, three nights, newborn photoshoot, and caesarean cover included - is that right?"),
     c("No... I said normal delivery. Two sixty is way above what the insurance pays.", "too_expensive"),
     t("Absolutely, I hear you. So what matters to you is peace of mind, which means the Premier package, because it has everything in case of anything, correct?"),
     c("My sister had an emergency CS at another hospital and the bill was crazy. I just want to know what I would pay.", "bad_experience"),
     t("Exactly, so if I'm getting this right, you want to avoid surprises, so you'll take Premier with the upfront deposit of fifty thousand - did I understand you correctly?"),
     c("No, you didn't. You're not listening to me at all. I'll ask somewhere else.", None)],
))

# a04 upsell_as_loop_closing - Manchester, optician, child's NHS voucher glasses
o = c("Hiya, my daughter had her eye test here Tuesday, they gave us a voucher thing for glasses. She's eight. Just need to sort frames really.", None)
PAIRS.append(gpair(
    "b241g_manchester_optician_child_voucher", "High-street optician, Manchester", "upsell_as_loop_closing",
    "A dad comes to choose frames for his eight-year-old daughter using her NHS glasses voucher.",
    [o,
     t("Lovely, thanks for coming back. I've got her prescription up - she's mildly short-sighted, so these will be mostly for seeing the board. Did the optometrist say full-time wear, or just for lessons?"),
     c("He said mainly for the board, she can take them off at break. She's a bit rough with stuff though, lost a lunchbox a week last term.", None),
     t("Ha, fair enough. So board work mainly, and they need to survive an eight-year-old. The voucher covers this whole wall completely - nothing extra to pay. The ones on the left have sprung hinges, they bend outwards instead of snapping if she sits on them. Is she with you?"),
     c("She's with my mum outside, I'll grab her. Is there anything else I'll need to pay for? Money's a bit tight this month.", None),
     t("With the voucher, no - frames and basic lenses are covered. At her prescription she doesn't need thinner lenses, so I wouldn't bother with those. The only thing I'd mention is a spare pair: the voucher covers one pair, a second is thirty-five pounds. Totally up to you, and no need to decide today."),
     c("Nah, we'll just go with the one pair for now, see how she gets on.", "no_need"),
     t("Makes sense. Bring her in, let her pick from the sprung ones, and they'll be ready in about a week. If the frame breaks in the first year we repair it free."),
     c("Brilliant, I'll go and get her.", None)],
    [o,
     t("Lovely, thanks for coming back! So what's most important to you in her glasses experience?"),
     c("Just that they don't break, she's a bit rough with things. And we're using the voucher.", None),
     t("Totally, totally. So just to close the loop - what else can I add for you today? Most parents go for our Kids' Care Plus, accidental damage cover for two years at forty-nine pounds."),
     c("Erm, no, I think just the voucher frames, money's tight this month.", "no_money"),
     t("Understood. And so we've covered everything you need - shall I add the blue-light filter? It's only thirty pounds and great for tablets."),
     c("She's not really on a tablet. No thanks.", "no_need"),
     t("No problem at all. Before we wrap up, anything else we can add - a spare pair at half price, a hard case, a cleaning kit? I'd hate for you to leave without everything you need."),
     c("Mate, I just want the free ones. Can I bring her in to pick?", None),
     t("Of course! And is there anything else I can add to today's order for you?"),
     c("No. Nothing. I'll bring her in.", "no_need")],
))

# a05 leading_tag_questions - Abuja, home medical equipment, BP monitor
o = c("Good evening. My father is seventy-four, hypertensive, he lives with me in Gwarinpa now. The doctor at National Hospital said we should check his BP at home. I want to buy a machine.", None)
PAIRS.append(gpair(
    "b241g_abuja_bp_monitor_father", "Home medical equipment shop, Abuja", "leading_tag_questions",
    "A daughter buys a home blood pressure monitor for her elderly father whose hands shake.",
    [o,
     t("Good evening, ma, you're welcome. Will he use it himself, or will you be the one taking the readings?"),
     c("Mostly me, in the morning before I go to work. But sometimes he'll do it himself when I travel. His hands shake a bit.", None),
     t("Okay. Then I'd steer you away from the wrist ones - with shaky hands and at his age they're less accurate. An upper-arm automatic one with one big button is easier. Is he slim or big in the arm? The cuff size matters."),
     c("He's slim now, he's lost weight. How much are the arm ones? I saw wrist ones at the market for twelve thousand.", None),
     t("The upper-arm one I'd pick for you is thirty-eight thousand. It stores readings for two people and has a large screen, and the standard cuff fits a slim arm. The market wrist ones are cheaper but often not validated, so the numbers can be off - and the doctor will change his drugs based on those numbers."),
     c("Thirty-eight is heavy o. Let me see if there's something in between.", "too_expensive"),
     t("Fair. There's this one at twenty-six thousand - also upper arm, also validated, smaller screen and no memory, so you'd write the readings in a notebook. Since you take them most mornings, that could be fine. Do you want to try it on your own arm so you see how it works?"),
     c("Let me try it. If it's simple, I'll take the twenty-six one.", None)],
    [o,
     t("Good evening ma, welcome! You want the best for Daddy, don't you?"),
     c("Of course. The doctor said home BP checks. His hands shake a bit, so I'll do it mostly.", None),
     t("Exactly, and at his age you'll want the top model, won't you? This one talks, has Bluetooth to your phone and stores two hundred readings. Ninety-five thousand naira."),
     c("Ninety-five? Ah, no. I was thinking something like twenty or thirty.", "no_money"),
     t("I understand, ma, but you wouldn't want to gamble with his heart, would you? The cheap ones are rubbish, aren't they?"),
     c("I don't know, that's why I'm asking you. Is there not an arm one that is just simple?", None),
     t("There is, but you'd agree Bluetooth is safer for when you travel, wouldn't you? And you'll want the extended warranty too, surely?"),
     c("I don't need Bluetooth, I need something that works. Let me check Wuse market.", "too_expensive")],
))

# a06 putdown_question - Kumasi, pharmacy, insulin out of stock twice
o = c("Please, this is the second time in one month I come for my mother's insulin and you say it's finished. She's diabetic, she can't just wait. What is happening?", None)
PAIRS.append(gpair(
    "b241g_kumasi_pharmacy_insulin_stockout", "Community pharmacy, Kumasi", "putdown_question",
    "An angry son finds his mother's insulin pens out of stock for the second time in a month.",
    [o,
     t("I'm sorry, sir, that's serious, and coming twice for nothing is frustrating. Let me check properly. Which insulin is it, and how much does she have left at home?"),
     c("Mixtard, the pen one. She has maybe two days left. The last time you said Friday and nothing came.", None),
     t("Two days, okay, so we need a solution today, not another promise. The pens are delayed from our supplier, I won't pretend otherwise. We do have Mixtard vials - same insulin, used with syringes instead of the pen. Has she used vials before?"),
     c("Vials she doesn't like. Her eyes are not good, the pen is easier. And the vial, is it more costly?", None),
     t("It's actually cheaper, but I hear you, with her eyesight the pen matters. Let me call our Adum branch right now... Okay, they have four boxes of pens. I've asked them to keep two in your name until six this evening. Would that work? And can I take your number so we call you when our delivery comes, instead of you coming for nothing?"),
     c("Adum is fine, I'll pass there now. The number is oh-two-four, five-five-one, eight-eight-two-oh.", None),
     t("Got it. If Adum gives you any trouble, call me here directly - my name is Efua."),
     c("Okay. Thank you, Efua.", None)],
    [o,
     t("Sir, calm down first. Why are you shouting - what exactly is the problem?"),
     c("I'm not shouting. My mother's insulin, the pen one. Second time you say it's finished.", None),
     t("Okay. But didn't you know you should buy before it finishes? How much does she have left, if you were planning ahead?"),
     c("Two days. I came last week, before it finished, and you said Friday. Don't put this on me.", None),
     t("Alright, alright. Are you sure it was this branch? Because we don't usually tell people Friday. Anyway, what else can I help you with?"),
     c("It was this branch, I spoke to the lady in the green scarf. Can you help me or not?", None),
     t("Let's not get emotional, sir. We have vials. Is a syringe really too difficult, or can she manage like everybody else?"),
     c("Her eyes are bad. Forget it, I'll go to another pharmacy.", None)],
))

# a07 not_my_department_or_read_the_terms - Birmingham, private medical insurance claim
o = c("Hello, yes, I had six physio sessions for my shoulder after my GP referred me, and you've only paid for three of them. I've got a bill for two hundred and forty pounds from the clinic. I'd like to understand why.", None)
PAIRS.append(gpair(
    "b241g_birmingham_insurance_physio_claim", "Private medical insurer, member services, Birmingham", "not_my_department_or_read_the_terms",
    "A long-standing policyholder was paid for only three of six physiotherapy sessions and has a bill for the rest.",
    [o,
     t("I'm sorry you've had a bill you weren't expecting, Mr Hughes. Let me pull up the claim... Right, six sessions submitted, three paid. Can I check - did you ring us for authorisation before the sessions started?"),
     c("I rang once, before the first one. The lady said it was fine.", None),
     t("Thank you, I can see that call. It authorised an initial block of three sessions, which is standard. After that the physio is meant to send us a progress report to ask for more, and it looks like that report never reached us. Did anyone at the clinic mention it to you?"),
     c("No, nobody said a word. I just kept going because it was helping.", None),
     t("That's completely understandable - you weren't to know the clinic needed to send it. Here's what I can do: I'll ask the clinic today for the notes for sessions four to six. If they show the treatment was needed, we can review it retrospectively, and in cases like this it's usually paid. Are you happy for me to contact them on your behalf?"),
     c("Yes, please do. How long will that take? I don't want a debt collector after me.", None),
     t("Usually five to seven working days once we have the notes. I'll also email the clinic's billing team to ask them to put the invoice on hold while we review, and copy you in. I'll ring you next Wednesday either way."),
     c("Right. That's a lot better than I expected. Thanks.", None)],
    [o,
     t("Thank you for reaching out, Mr Hughes, I really want to understand your experience. What's the claim reference?"),
     c("It's P-four-four-seven-one-two. Six sessions, three paid.", None),
     t("Okay, so what I'm hearing is that you're unhappy with the payment decision. Unfortunately claims assessment is a different department - I'm in customer relations, so I can't see why they decided that."),
     c("Can you put me through to them, then?", None),
     t("They don't take calls directly, I'm afraid. Have you read section seven of your policy terms? The authorisation rules are all in there."),
     c("I rang before the first session. Nobody told me there was a limit of three.", None),
     t("I do hear you. The limit is in the terms though, and I didn't write them. The best thing is to pay the clinic and send a complaint in writing. Is there anything else I can help you with today?"),
     c("I've paid you for eleven years and this is the first time I've ever claimed. I'll be looking elsewhere at renewal.", "bad_experience")],
))

# a08 social_proof_or_deadline_pressure - Mombasa, family health insurance
o = c("Hello. I want cover for my family - me, my wife, three children. We have the government one, but when my boy was sick we waited at Coast General the whole day. I want something private, but I don't want to pay too much.", None)
PAIRS.append(gpair(
    "b241g_mombasa_family_health_cover", "Health insurance agency, Mombasa", "social_proof_or_deadline_pressure",
    "A father of three, tired of long public hospital queues, asks about private family cover on a limited income.",
    [o,
     t("Karibu. A whole day waiting with a sick child - pole sana. So the main thing is being seen quickly at a private hospital. Is it mostly the children getting sick, like fevers and chest infections, or are you thinking of bigger things too, like an operation?"),
     c("Mostly the children, fevers, that kind. But my wife has asthma, sometimes she is admitted.", None),
     t("Okay, that's important. Asthma that's there before you join is treated as pre-existing - on most plans, ours too, it's covered only after a one-year waiting period. Better you know now than when she's admitted. Roughly what do you spend in a normal year on the children's hospital visits?"),
     c("Maybe thirty, forty thousand. One year it was more, when the small one was admitted.", None),
     t("Then here's what I'd look at: our family outpatient and inpatient plan for five people is fifty-four thousand a year, about four thousand five hundred a month. Outpatient limit fifty thousand, inpatient four hundred thousand, with three hospitals in Nyali and town. Against what you already spend, it's not far off."),
     c("Hmm. Fifty-four. I have to think, it's a lot at once. Can I pay in small parts?", "think_it_over"),
     t("Yes, monthly by M-Pesa. Take the brochure and talk it over with your wife - especially the asthma waiting period, she should know. The price won't change before the end of the year. Can I call you next week?"),
     c("Yes, call me Tuesday. I'll talk to her.", None)],
    [o,
     t("Karibu sana! Tell me, what does good health cover mean for your family's experience?"),
     c("Just to be seen quickly. The children get fevers. My wife has asthma.", None),
     t("I hear you. You know, most families in Nyali and Bamburi have already moved to our Family Plus plan - honestly, we signed forty families from your area just this month. Everyone is switching."),
     c("Maybe. What does it cost?", None),
     t("Family Plus is seventy-eight thousand per year. But I have to tell you, that price is only valid until Friday, after that it goes up fifteen percent. If you register today I also waive the registration fee."),
     c("Seventy-eight thousand? I can't pay that, not in one go, not even in parts.", "no_money"),
     t("It's our most popular plan - even my neighbour took it. Places at this rate are limited. Shall I start the form now before the offer closes? And is your wife's asthma well controlled?"),
     c("I will not sign anything today. Let me ask my wife and look at other companies.", "think_it_over")],
))

# a09 keyword_stuffed - Port Harcourt, dental clinic, braces for a teenager
o = c("Good morning. My daughter is fourteen, her front teeth are pushing forward and the children in school are teasing her. A friend said you do braces. How does it work?", None)
PAIRS.append(gpair(
    "b241g_portharcourt_dental_braces", "Private dental clinic, Port Harcourt", "keyword_stuffed",
    "A mother asks how braces work and what they cost for her teased fourteen-year-old daughter.",
    [o,
     t("Good morning, ma. Sorry about the teasing, that's hard at fourteen. Has any dentist looked at her teeth yet, or would this be the first time?"),
     c("Only the school dentist, he said she needs orthodontist.", None),
     t("Okay. The first step is an assessment with our orthodontist - X-rays and impressions, and he'll tell you if fixed braces are needed and for how long. That visit is twenty-five thousand naira. I can't give a full price until he sees her, but treatment is usually between four hundred and fifty and seven hundred thousand, over eighteen to twenty-four months."),
     c("Seven hundred thousand! Ah. We cannot pay that at once, school fees are coming.", "no_money"),
     t("I understand. Most families don't pay at once - there's a deposit when the braces go on, then monthly payments at each adjustment visit. Would something around twenty-five to thirty thousand a month be manageable, or is that also too much right now?"),
     c("Thirty a month, maybe. I will need to talk with her father.", "think_it_over"),
     t("Of course. A good next step might be only the assessment, so you both have the real figure and plan in writing before deciding anything. Saturdays are free of school - shall I book her for this Saturday or next?"),
     c("Next Saturday. I'll bring her father along too.", None)],
    [o,
     t("Good morning, ma, and welcome to our smile experience! I really understand how you feel. Can you share your needs and how you feel about her smile journey?"),
     c("Her front teeth are pushing forward. She's being teased. I want to know how braces work and the cost.", None),
     t("I completely understand and I feel your concern. Here we believe in building a relationship with every family, because your success is our success, and our experience shows that every child's needs are unique. Does that resonate with you?"),
     c("Okay... but how does it work? And how much?", None),
     t("Great question, and I appreciate you sharing. Our process is needs-based and patient-centred, so the cost depends on your daughter's unique needs and the experience you want for her. Can I understand your expectations for this relationship?"),
     c("My expectation is a price, madam. Just roughly.", None),
     t("I hear you, and I understand. We have packages for every need level. What would success look like for you, and how would you feel if we partnered on this journey?"),
     c("Just give me your card, I'll call when I'm ready.", "brush_off")],
))

# a10 rude - Leeds, private GP clinic
o = c("Hi, um, I'm trying to find out if you can see me this week. My GP can't see me for three weeks and I've been, I don't know, really tired and losing hair, and my mum has thyroid problems so I'm a bit worried.", None)
PAIRS.append(gpair(
    "b241g_leeds_private_gp_thyroid", "Private GP clinic reception, Leeds", "rude",
    "A young woman on night shifts, worried about tiredness and hair loss, phones a private GP clinic because the NHS wait is three weeks.",
    [o,
     t("Of course, let's see what we can do. That sounds worrying, especially with your mum's history. Just so I book the right thing - do you want to see a doctor, or has someone already suggested a blood test?"),
     c("I don't know really. I thought a doctor first? But I don't know how much it is.", None),
     t("A GP appointment here is eighty-five pounds for twenty minutes. If the doctor thinks you need a thyroid test, that's forty-five more, results in a day or two. With tiredness and hair loss there are a few possible causes, so seeing the doctor first is probably the better use of your money. What days work for you?"),
     c("I work nights at the moment, so afternoons, but not Thursday. Eighty-five is quite a lot for me, to be honest.", "no_money"),
     t("That's fair to say. Two things might help. Your own surgery can often do a blood test sooner than a full appointment - it's worth ringing and asking just for a thyroid test, given your mum's history. If that doesn't work, we've got Wednesday at 2.40 with Dr Patel. I can hold it till noon tomorrow, no payment, while you try your GP."),
     c("Oh, I didn't know I could ask for just the test. Okay, yeah, hold Wednesday, I'll ring them in the morning.", None),
     t("Done - held in your name till noon tomorrow. If your surgery does the test, just ring us and I'll release it, no charge."),
     c("Thank you, that's really kind.", None)],
    [o,
     t("Yeah, we can probably fit you in. What do you actually want, GP or bloods? I've got a queue here."),
     c("Sorry, I - I don't know, I thought a doctor first? I've been really tired and losing hair, and my mum -", None),
     t("Right, we're not a diagnosis line, love. GP's eighty-five. Bloods are extra. How satisfied are you with that so far?"),
     c("Um. Eighty-five is quite a lot for me. Is there anything -", "no_money"),
     t("Well, it's private, that's kind of the point. If you want free, there's the NHS, isn't there? Lovely experience, three-week wait. So - booking or not?"),
     c("I work nights, could it be an afternoon?", None),
     t("Wednesday 2.40, take it or leave it. Anything else?"),
     c("No. Forget it, I'll wait for my GP.", None)],
))
