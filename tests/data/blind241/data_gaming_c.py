"""Gaming pairs, file c (hand-written for blind241). Health care: HMO complaints, hospital billing, scans, group cover, pharmacy."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question - Abuja, HMO complaint, card refused at night
o = c("I'm calling to complain. Last night my son had high fever, I took him to the hospital on your list in Kubwa, and they said your HMO has not paid them so they won't accept the card. I paid fifty-five thousand cash. What am I paying you for?", None)
PAIRS.append(gpair(
    "b241g_abuja_hmo_card_refused", "HMO customer care line, Abuja", "putdown_question",
    "An HMO member whose card was refused at a listed hospital during his son's night-time fever phones to complain.",
    [o,
     t("I'm very sorry, sir. A sick child at night and the card refused is exactly what should not happen. How is your son now?"),
     c("He's better, they gave drip and drugs. But I'm very angry.", None),
     t("You have every right to be. Let me confirm - the hospital in Kubwa, is it Grace Hospital? And do you have the receipt for the fifty-five thousand?"),
     c("Yes, Grace. I have the receipt and the drug list.", None),
     t("Thank you. Send the receipt and drug list to our claims WhatsApp and I'll raise it today as an emergency refund - it should be paid within ten working days. I'm also escalating Grace to our provider team. Meanwhile, in case you need care again, can I send you two hospitals near Kubwa that are active on your card right now?"),
     c("Send them. But if this happens again I'm moving to another HMO, I'm telling you.", "bad_experience"),
     t("That's fair. I'll send the two hospitals now and call you on Friday with the refund status. My name is Hauwa, and the reference is on the message."),
     c("Okay. Friday.", None)],
    [o,
     t("Sir, I understand you're upset, but there's no need to raise your voice. Can you tell me calmly what exactly happened?"),
     c("I've told you. The Kubwa hospital on your list refused the card at night. My son had high fever. I paid fifty-five thousand cash.", None),
     t("Okay. And did you call our twenty-four hour line before going, like the handbook says, or did you just walk in?"),
     c("At midnight, with a sick child? I went to the hospital on your list. Is that not what the list is for?", None),
     t("Sir, don't you think fifty-five thousand is a bit much for a fever? Are you sure they didn't add things you didn't need?"),
     c("Are you calling me a liar? I have the receipt.", None),
     t("Nobody said liar, sir, please don't be so sensitive. Can you at least send the receipt, if you can find it?"),
     c("I'm done with you people. At renewal I'm going to another HMO.", "bad_experience")],
))

# c02 not_my_department_or_read_the_terms - Nairobi, private hospital discharge delay
o = c("Excuse me. My father was told at nine this morning that he can go home. It's now three o'clock. Every time I ask, they say we're waiting for the insurance. He's tired, he's seventy-one. What is going on?", None)
PAIRS.append(gpair(
    "b241g_nairobi_hospital_discharge_delay", "Private hospital billing office, Nairobi", "not_my_department_or_read_the_terms",
    "A daughter whose elderly father has waited six hours for discharge on insurance asks billing what is holding it up.",
    [o,
     t("I'm sorry, that's a long wait, and he must be exhausted. Let me find out exactly where it's stuck instead of telling you 'waiting'. What's his name and ward?"),
     c("Joseph Mwangi, ward four, bed twelve.", None),
     t("Thank you... I can see the final bill went to the insurer at eleven. They've approved everything except eight thousand four hundred for some drugs - they're asking for the doctor's note on why those were given, and the note hasn't been sent. That's on our side, not yours."),
     c("So what now, we wait for the doctor? They said he's in theatre.", None),
     t("Two options. I can ask the doctor on duty on the ward to write the note now, and I'll send it and call the insurer myself - that usually takes under an hour. Or if you'd rather leave now, you sign an undertaking for the eight thousand four hundred and we refund you if the insurer pays. Which would you prefer?"),
     c("We'll wait for the note. I'm not paying something the insurance should pay.", None),
     t("Understood. I'll go to the ward doctor now and come back to you by four with an answer either way. Can I get you and your father some tea while you wait?"),
     c("Yes, thank you. He'd like that.", None)],
    [o,
     t("Sorry to hear that, madam, I truly understand how you feel. Discharge is handled by the insurance desk, though - this is billing. You'll need to ask them."),
     c("The insurance desk sent me here. They said billing must send something.", None),
     t("Okay. Billing sends the bill, then it's between the insurer and the doctor. I didn't make the process, madam. Did you read the admission form? It says discharge can take up to twenty-four hours for insured patients."),
     c("Twenty-four hours? He's seventy-one, he's been sitting in a chair since nine.", None),
     t("I hear you. If you don't want to wait, you can pay cash and claim it later from your insurer, that's an option. It's one hundred and eighty-six thousand."),
     c("I don't have one eighty-six lying around. That's why he has insurance!", "no_money"),
     t("Then I'm afraid you'll have to wait for the insurance desk. Is there anything else I can help you with today?"),
     c("Give me the name of your manager.", None)],
))

# c03 social_proof_or_deadline_pressure - Lagos, diagnostic centre, knee MRI
o = c("Good day. The orthopaedic at LUTH asked me to do MRI for my left knee. I'm calling three centres to compare price. How much is yours?", None)
PAIRS.append(gpair(
    "b241g_lagos_diagnostic_knee_mri", "Private diagnostic imaging centre, Lagos", "social_proof_or_deadline_pressure",
    "A weekend footballer with a knee injury rings round imaging centres to compare MRI prices.",
    [o,
     t("Good day. Comparing is sensible, MRI is not cheap. Our knee MRI is one hundred and eighty-five thousand naira, with the radiologist's report included. Did the doctor write 'with contrast' or 'without'? It changes the price."),
     c("Without, I think. I'll check the form. One place in Yaba said one fifty.", "too_expensive"),
     t("That's possible, prices vary. What I'd compare is the machine - ours is 1.5 Tesla, which is what most orthopaedic surgeons want for ligaments and cartilage - and how fast the report comes. Ask the Yaba place the same. Ours is forty-eight hours. Is the surgeon waiting on this to decide something, like surgery?"),
     c("Yes, he thinks maybe ligament. He said get the result before I see him in two weeks.", None),
     t("Then any of the three will probably be in time. If you choose us, we have slots Tuesday and Thursday. If you go with Yaba, just make sure the report goes to your surgeon. Shall I text you our price and address so you have them side by side?"),
     c("Text it. I'll decide by tomorrow.", "think_it_over")],
    [o,
     t("Good day sir! Great question. Before I answer, what does success look like for you with this scan?"),
     c("Success is a good price and a good scan. The doctor thinks ligament. How much?", None),
     t("Ours is one eighty-five. I'll be honest with you, all the top footballers in Lagos come here, and nine out of ten LUTH patients choose us. Everybody knows."),
     c("A place in Yaba said one fifty.", "too_expensive"),
     t("You can go there, but you know what they say about cheap. And I can only hold today's slot at one seventy until four p.m. After that it's back to one eighty-five and the next slot is in two weeks."),
     c("I haven't even called the third place. Let me call them first.", "think_it_over"),
     t("The slot will be gone, sir. Three people have asked about it this morning. Should I just lock it for you now?"),
     c("Leave it. I won't be rushed. I'll compare and call back.", "think_it_over")],
))

# c04 keyword_stuffed - Kumasi, employer group cover for school teachers
o = c("Good morning. I own a private school in Ahodwo, twenty-two teachers. Some of them have been asking for health cover as part of their benefits. I want to know what it would cost and what they'd get.", None)
PAIRS.append(gpair(
    "b241g_kumasi_school_group_cover", "Private health insurer, group sales, Kumasi", "keyword_stuffed",
    "The owner of a private school asks what group health cover for twenty-two teachers would cost and include.",
    [o,
     t("Good morning, madam. Good that you're looking at this - it helps keep good teachers. A few questions: are the teachers mostly young, or a mix? And is it for them alone, or their children too?"),
     c("Mostly young, late twenties, thirties, a few older ones. Just the teachers. Let me be honest, the school can't pay everything.", "no_money"),
     t("That's fine, many schools share the cost. Our group plan for twenty-two, outpatient and inpatient at hospitals around Kumasi, is about one thousand one hundred cedis per teacher per year. Some schools pay half and deduct the rest from salary - about forty-six cedis a month for the teacher. Would a split like that work for you?"),
     c("Maybe. I'll have to ask the teachers. Some of them are already on the government scheme.", "think_it_over"),
     t("Good point - our plan sits on top of NHIS, they keep it, and ours adds the private hospitals and faster care. Would it help if I came to talk to the staff one afternoon, fifteen minutes, so they ask their questions and you see who's interested?"),
     c("Yes, come on Wednesday after closing, around three.", None),
     t("Wednesday at three. I'll bring a one-page sheet for each teacher. Thank you, madam."),
     c("Thank you too.", None)],
    [o,
     t("Good morning, madam! Thank you for starting this journey with us. I really want to understand your needs and your teachers' needs, because we believe health is about relationships and creating a great experience for everyone."),
     c("Okay. So what would it cost for twenty-two teachers?", None),
     t("That's a great question, and I understand how you feel. Our solutions are built around your unique needs and your success as a school. How do you feel about investing in your teachers' wellbeing experience?"),
     c("I feel fine about it, that's why I called. But the school can't pay everything. I need a figure.", "no_money"),
     t("I hear you, and I appreciate you sharing that feeling. Our goal is a win-win relationship where your needs and our solutions create success together. Can I understand what success means to you?"),
     c("Success means a price and what it covers. Please, just send me something in writing.", "brush_off"),
     t("Absolutely, I'll send you our needs-assessment questionnaire so we can understand your experience better. Anything else?"),
     c("No. Thank you.", None)],
))

# c05 rude - Manchester, pharmacy, repeat prescription for a carer
o = c("Hello love, I've come for my husband's repeat, Alan Brooks. The surgery said it's been sent over. Only, last time you'd missed out his water tablets and I had to come back.", None)
PAIRS.append(gpair(
    "b241g_manchester_pharmacy_repeat_carer", "Community pharmacy counter, Manchester", "rude",
    "An older woman collecting her husband's repeat prescription worries an item will be missing again.",
    [o,
     t("Hello, let me have a look for you. Alan Brooks, yes, it's here. Let me check everything's in the bag before you go this time... amlodipine, metformin, and - no furosemide, the water tablet. I'm sorry, it isn't on the prescription the surgery sent."),
     c("Oh, not again. I can't keep getting the bus up here, my knees aren't good, and I can't leave him long.", None),
     t("I understand, that's not fair on you. I'll ring the surgery now and ask them to send the furosemide over. If they do it today, we can deliver it to your house tomorrow, free, so you don't have to come back. Would that be alright?"),
     c("Deliver? I didn't know you did that. Is there a charge?", None),
     t("No charge for housebound patients or their carers. I could also set it up so all his repeats come to you from now on. Shall I do that?"),
     c("Well... I don't know. I like coming in for a chat with you lot, it gets me out of the house. Let me see.", "think_it_over"),
     t("Of course, no pressure. I'll just do the furosemide delivery tomorrow, and you can decide about the rest any time."),
     c("That's lovely. Thank you, pet.", None)],
    [o,
     t("Name? ... Right, Brooks. Here you go. Anything else I can help you with today?"),
     c("Could you check the water tablets are in there? Last time they weren't.", None),
     t("If it's on the script, it's in the bag. We don't just forget things."),
     c("Well, you did last time, love. I had to come back on the bus.", None),
     t("Right. Fine. No furosemide. Because the surgery didn't send it. Not our problem, is it? How satisfied are you with our service today?"),
     c("Can you ring them for me? I can't keep coming up and down, my knees...", None),
     t("We're not a call centre. Ring them yourself. Next!"),
     c("Charming. I'll take his prescriptions somewhere else from now on.", None)],
))

# c06 ignored_customer - London, dental implant enquiry
o = c("Hi, yeah, I lost a back tooth last year, bottom left, and my dentist said to ask about an implant. Couple of things though: I'm properly scared of needles, and I'm a chef, I can't really have loads of time off.", None)
PAIRS.append(gpair(
    "b241g_london_dental_implant_enquiry", "Private dental practice, London", "ignored_customer",
    "A chef who is afraid of needles and can only come on his day off asks about a dental implant.",
    [o,
     t("Thanks for telling me both of those up front. Let's take the needles first, since that's the big one for you. Is it the injection itself, or the whole idea of someone working in your mouth?"),
     c("The injection. I went white last time I had a filling.", None),
     t("Okay. A lot of our nervous patients have numbing gel before the injection, so they barely feel it, and for the implant itself we can offer sedation - you're relaxed and drowsy, not bothered. On time off: placement takes about an hour and most people work the next day, though a hot kitchen on day one isn't ideal. What's your day off?"),
     c("Monday. Friday's my busiest night, so never Friday. And what's the damage, price-wise?", None),
     t("Mondays we're open. The implant with crown is two thousand six hundred pounds, sedation three hundred extra. It's spread over about four months and you pay in stages as each part is done."),
     c("Two six plus sedation. Hmm. My mate had a bridge done for less than half that.", "too_expensive"),
     t("A bridge is cheaper and it's a real option - the catch is it means filing down the teeth either side. I'd suggest a free consultation with the dentist, who can go through both, with the numbing gel so you know what it feels like. No commitment. A Monday morning?"),
     c("Yeah, go on, Monday the fourteenth if you've got it.", None)],
    [o,
     t("Great, thanks for sharing! So tell me, what's your vision for your smile?"),
     c("Honestly, my vision is not passing out. I'm really scared of needles. And I can't take much time off, I'm a chef.", None),
     t("Wonderful. So the process is: consultation, 3D scan, implant placement under local anaesthetic injections, healing, then crown. Two thousand six hundred in total. We do placements on Thursday and Friday afternoons."),
     c("Did you hear the needle bit? And Friday's my busiest night.", None),
     t("Absolutely. Implants have a ninety-eight percent success rate and last a lifetime. Shall I book your consultation for a Friday?"),
     c("Mate, I've just told you, not Friday. I can only do Mondays.", "no_time"),
     t("Perfect. I'll pop you in for Friday the eighteenth at two and send the forms. Anything else I can help with?"),
     c("Cancel that. You're not listening to a word I say.", None)],
))

# c07 repeated_questions - Accra, home oxygen concentrator rental (chat)
o = c("good evening pls my dad is being discharged from korle bu tomorrow and the doctor says he needs oxygen at home. do u rent concentrators and how much", None)
PAIRS.append(gpair(
    "b241g_accra_oxygen_concentrator_rental", "Home medical equipment rental, WhatsApp chat, Accra", "repeated_questions",
    "A daughter on WhatsApp needs home oxygen for her father with COPD, discharged tomorrow, and worries about power cuts.",
    [o,
     t("Good evening, sorry about your dad. Yes, we rent them. Did the doctor write how many litres per minute he needs, and for how many hours a day? That decides which machine."),
     c("it says 2 litres, at night and when hes breathless. he has copd", None),
     t("Thank you. For 2 litres our 5-litre concentrator is more than enough. Rental is 1,200 cedis a month, with delivery, set-up and a technician visit. Does your house have steady power, or do you get dumsor often? A concentrator needs electricity."),
     c("we get light off sometimes at night. thats my worry. and 1200 every month is a lot for us", "no_money"),
     t("Both fair. For power cuts we add one small oxygen cylinder as backup, 150 a month, so he's never without. On cost: renting makes sense if he needs it for a few months; if it's long term, buying a refurbished one at 7,500 is cheaper after about six months. Has the doctor said how long?"),
     c("he said lets see after 3 months review", None),
     t("Then I'd rent for three months with the backup cylinder, and decide after his review. We can deliver tomorrow afternoon so it's ready when he gets home. What area are you in?"),
     c("dansoman. ok lets do the rent. tomorrow afternoon is fine", None)],
    [o,
     t("Good evening! Sorry to hear. So I can understand your needs, what does your dad need the oxygen for?"),
     c("copd. doctor says 2 litres at night and when hes breathless", None),
     t("Okay. And what is his condition that requires oxygen?"),
     c("i just said copd", None),
     t("Noted. And how much oxygen did the doctor say, so I understand his needs?"),
     c("2 litres. i wrote it. also we have light off sometimes at night, what happens then", None),
     t("I'll come to that. Just so I'm clear, how often does he need it and what for?"),
     c("ur asking the same thing over and over. forget it ill call someone else", None)],
))

# c08 wrong_paraphrase - Enugu, maternity registration, epidural question
o = c("Good afternoon. I'm twenty-eight weeks, second baby. My first one was normal delivery in Onitsha. I want to register here. I want to ask if you do epidural, because the first one, the pain ehn.", None)
PAIRS.append(gpair(
    "b241g_enugu_maternity_epidural", "Private hospital maternity unit, Enugu", "wrong_paraphrase",
    "A mother expecting her second baby wants to register for a normal delivery and asks about epidural pain relief.",
    [o,
     t("Good afternoon, ma, and congratulations. So normal delivery again, and you want pain relief this time because the first labour was very painful. Yes, we do epidurals, with an anaesthetist on call all night. Were there any problems with the first delivery - bleeding, stitches, anything the doctor noted?"),
     c("No problem, only long labour, almost twenty hours.", None),
     t("Okay. Our normal delivery package is three hundred and fifty thousand naira, and the epidural is one hundred and twenty thousand extra if you choose it on the day - you don't have to decide now. The package covers antenatal visits from now until delivery."),
     c("Hmm, one twenty for epidural. Together it's almost half a million. My husband will have to hear this.", "think_it_over"),
     t("Of course. One thing that may help: you can register for the package now and decide about the epidural in labour. Registering is what starts your antenatal visits here. Shall I write both figures down so your husband sees exactly what's what?"),
     c("Yes, write it. I'll register next week when he sends money.", "no_money"),
     t("That's fine. Your next antenatal visit should be by thirty weeks anyway, so next week works. Here are the figures and my number."),
     c("Thank you.", None)],
    [o,
     t("Good afternoon, ma! Tell me, what kind of birth experience are you hoping for?"),
     c("Normal, like the first one. But I want epidural this time, the pain was too much.", None),
     t("So what I'm hearing is you'd like an elective caesarean this time so you don't go through labour - did I understand you correctly?"),
     c("No o. I said normal. With epidural.", None),
     t("Okay, so you're saying your first delivery had complications, and you'd feel safer in the Premium package with a private room - is that right?"),
     c("There were no complications. Just long labour. What is the cost of normal plus epidural?", None),
     t("Right, so to play it back: you want the Premium package with CS, and your husband is happy with the cost. Shall we register you today?"),
     c("My husband doesn't know any cost yet, I have to ask him first. And I don't want CS!", "think_it_over")],
))

# c09 pitch_to_upset - Mombasa, lab result complaint
o = c("I want to see the manager. Last week your lab said my daughter has malaria. We gave her the drugs for three days and she got worse. Another clinic tested again - no malaria, it was a urine infection. She's six years old. You could have killed her.", None)
PAIRS.append(gpair(
    "b241g_mombasa_lab_wrong_result", "Private clinic and laboratory front desk, Mombasa", "pitch_to_upset",
    "An angry mother reports that the lab's malaria result for her six-year-old was wrong and the real infection was missed for three days.",
    [o,
     t("I'm so sorry. That must have been terrifying, and I can see why you're angry. First - how is she now?"),
     c("She's on antibiotics, she's better since yesterday. But three days we lost.", None),
     t("I'm glad she's improving. You're right that three days matters. I want to look into exactly what happened with her test. Do you have our result slip, and the other clinic's?"),
     c("Yes, here. Both.", None),
     t("Thank you, I'll take copies. Our lab manager, Mr Baraka, is in today - I'll ask him to come down now and go through her test with you, including whether it was a rapid test or a slide and how it was read. We'll refund the test and the consultation, and I'll write an incident report today. Would you like to wait for him in the side room, or would you prefer he calls you?"),
     c("I'll wait. And I want it written, what you are doing about it.", None),
     t("You'll have it in writing before you leave, with his name and mine."),
     c("Okay.", None)],
    [o,
     t("I'm so sorry to hear about your experience, madam, we really value your feedback. How is she doing now?"),
     c("She's on antibiotics. Better since yesterday. But three days we lost because of your result.", None),
     t("I understand completely. You know, this is exactly why we launched our Child Health Plus package - a full panel every time, malaria slide, urine, blood count, so nothing is missed. It's only two thousand five hundred a visit, or you can subscribe monthly."),
     c("Are you serious? Your lab made a mistake and you want me to pay more?", None),
     t("I hear you. It's about peace of mind for your family. And if you subscribe today, I'll give you the first month free. Would that help?"),
     c("I don't want any package. I want the manager, and I want my money back.", "no_need"),
     t("Let me give you the brochure while I see if the manager is free."),
     c("Keep your brochure. I'm going to the county health office.", None)],
))

# c10 blame - Leeds, employer health cash plan, declined dental claim
o = c("Hiya, I put a claim in for my dentist, a hundred and ten quid, and I've had an email saying it's been declined. It's through work, the cash plan. I don't get why.", None)
PAIRS.append(gpair(
    "b241g_leeds_cash_plan_dental_claim", "Health cash plan member helpline, Leeds", "blame",
    "An employee on her company's health cash plan phones because her dental claim was declined.",
    [o,
     t("Hi, sorry about that, let's find out. Can I take your date of birth and postcode?"),
     c("Fourteenth of March eighty-nine, LS8 4QT.", None),
     t("Thanks, Leanne, I can see it. It was declined because the receipt doesn't show the date or what was done - only a payment amount, and we need both to pay. That's not you doing something wrong; lots of practices hand out card receipts like that."),
     c("Oh. I just sent what they gave me. So is that it, I've lost the money?", None),
     t("Not at all. If you ask the dentist for an itemised invoice - date, treatment, cost - and upload it to the same claim, we'll reassess it. You've got six months from the treatment date. I can also email you a short note to forward to the practice so they know exactly what's needed."),
     c("That'd be great, yeah. Honestly I nearly didn't bother claiming, it's been such a faff.", None),
     t("I get that. Once the invoice is in, it's usually paid within five working days. I'll send that note now."),
     c("Cheers, thanks for explaining it properly.", None)],
    [o,
     t("Hi, thanks for calling, I really want to understand your experience today. Can I take your date of birth and postcode?"),
     c("Fourteenth of March eighty-nine, LS8 4QT.", None),
     t("Thanks. So what I'm hearing is you've had a claim declined. That's because you sent the wrong kind of receipt. It's in the member guide you got when you joined."),
     c("I sent what the dentist gave me. Nobody told me it had to be different.", None),
     t("It's really your responsibility to check before you submit, Leanne. A lot of members make the same mistake because they don't read the guide. Did you read it?"),
     c("No, I didn't read a forty-page guide, no. So I've lost a hundred and ten quid?", None),
     t("Well, you'd need to get a proper invoice and start again. Honestly, if you'd done it right first time we wouldn't be here. Anything else?"),
     c("Don't bother. I'm telling HR I want off this plan, it's been nothing but hassle.", "bad_experience")],
))
