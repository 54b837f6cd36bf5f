"""Gaming pairs, part b (kinds 11-15 and 1-5): private healthcare in the UK, the US, Canada and South Africa. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer --------------------------------------------------------
o = c("Hiya, um, I've got a, a tooth that's been killing me for a week. I haven't been to a dentist in, God, eight years. I'm a bit of a wimp about it, to be honest.", None)
PAIRS.append(gpair(
    "b187g_uk_manchester_dentist_nervous", "mixed NHS and private dental practice, Manchester (phone)", "ignored_customer",
    "A nervous adult who has not seen a dentist for eight years rings because of a week of toothache; he is embarrassed and scared.",
    good=[
        o,
        t("You've done the hard bit by ringing, honestly. Lots of our patients say the same. What's the tooth doing? Throbbing, sensitive to hot and cold, any swelling?"),
        c("Throbbing, top left at the back. Keeps me up. No swelling, I don't think. Paracetamol helps a bit.", None),
        t("Okay, throbbing at night, top left. We keep emergency slots for exactly that. You mentioned being nervous: is it the needle, the noise, or worrying about being judged for the eight years?"),
        c("All of it? Mostly the judging, I think. Last dentist I had told me off like a kid. Never went back.", "bad_experience"),
        t("Nobody here will tell you off, I promise. Dr Hussain sees a lot of nervous patients. She'll look, take an X-ray and talk you through options before she touches anything, and you can put your hand up to stop any time. A private emergency slot today is £65. On the NHS it's £27.40, but the next NHS slot is Monday."),
        c("Monday's ages. But sixty-five quid... I've just had the car fixed.", "no_money"),
        t("Fair enough. If paracetamol and ibuprofen together hold you till Monday, the NHS slot is at 8.40. If it gets worse or your face swells, ring us and we'll see you the same day either way."),
        c("Monday 8.40 then. Thanks, you've been really nice.", None),
        t("See you Monday. I'll put a note on that you'd like everything explained first."),
    ],
    gaming=[
        o,
        t("No problem at all! So tell me, what would your ideal dental experience look like?"),
        c("Ideal? Honestly just not being scared. And the pain gone. I'm really nervous about the needle.", None),
        t("Great. So we've got a new patient exam with a scale and polish at £120, which includes full X-rays. Does Tuesday the 22nd work?"),
        c("That's nearly three weeks. It really hurts, it kept me up last night.", None),
        t("Lovely. And how did you hear about us?"),
        c("Google. Sorry, can I not be seen sooner? I'm worried it's an abscess.", None),
        t("Perfect. So what I'm hearing is Tuesday the 22nd at 3pm. And would you like to join our membership plan for £16.50 a month?"),
        c("No, I don't want a membership, I want the pain sorted. Did you hear anything I said?", "no_need"),
        t("Absolutely. Is there anything else I can help with?"),
        c("Forget it. I'll try the walk-in place on Oxford Road.", None),
    ],
))

# 12. repeated_questions ------------------------------------------------------
o = c("Good morning, I'm calling for my mother. She's seventy-eight, staying with us, and she's not hearing properly, we have to shout. I want to book a test. But she's a bit reluctant, you know.", None)
PAIRS.append(gpair(
    "b187g_za_durban_hearing_test_mother", "hearing care practice, Umhlanga, Durban (phone)", "repeated_questions",
    "A son rings to book a hearing test for his 78-year-old mother, who lives with his family and is reluctant.",
    good=[
        o,
        t("Good morning, and thank you for calling on her behalf. What makes her reluctant, do you think? The cost, or the idea of wearing something?"),
        c("She says hearing aids are for old people, can you believe it. And her sister in Chatsworth got a pair from some travelling chap and it was a waste, whistling all the time.", "bad_experience"),
        t("That whistling usually means a poor fit, and it puts people off for life. The test itself is just a test: forty-five minutes, she sits in a booth and presses a button, and nothing gets sold on the day. Most medical aids cover it. Is she on one?"),
        c("Yes, on my scheme as a dependant. Discovery. How soon can you take her? I work in town, I can only bring her on Saturdays.", None),
        t("We do Saturday mornings: the 14th at nine or the 21st at ten. Would she be more at ease if the audiologist speaks Tamil? Mrs Pillay does."),
        c("Ah, that would make a big difference, she'll relax. The 14th at nine.", None),
        t("Booked with Mrs Pillay, the 14th at nine. Please bring her medical aid card and a list of the medicines she takes."),
    ],
    gaming=[
        o,
        t("Good morning sir! Can you tell me what's bringing your mother in?"),
        c("Like I said, she's not hearing. We have to shout.", None),
        t("I see. And what would you say are her main hearing challenges?"),
        c("Hearing us. The TV. Everything, really. But she thinks it's a waste, her sister's aids whistled.", "bad_experience"),
        t("Understood. So just to understand her needs, in what situations does she struggle to hear?"),
        c("Sorry, I think I told you. At home, the TV, when we talk. Can I just make the booking? I'm at work.", None),
        t("Absolutely. Before we book, what made you feel she needs a hearing test?"),
        c("Because she can't hear! Look, I'll phone back another time, I really can't do this now.", "no_time"),
        t("No problem. And just so I understand, how long has she been struggling?"),
        c("Goodbye.", None),
    ],
))

# 13. wrong_paraphrase --------------------------------------------------------
o = c("Hi, picking up for Walter Briggs. The lady on the phone said two hundred ninety dollars? It's always been thirty-five. What happened?", None)
PAIRS.append(gpair(
    "b187g_us_cleveland_pharmacy_insulin", "retail pharmacy counter, Cleveland, Ohio", "wrong_paraphrase",
    "An older man picking up his insulin finds the price has jumped from $35 to $290 and wants to know why; his wife, who handles the insurance, is in hospital.",
    good=[
        o,
        t("Let me look, Mr. Briggs. That's a big jump and I'd want to know too. It's showing your plan changed its list in January and your usual brand isn't preferred any more. Did you get anything in the mail about that?"),
        c("Something came. I didn't read it all, it's forty pages. My wife usually handles that and she's in the hospital this week.", None),
        t("I'm sorry to hear about your wife. So a plan change nobody had a chance to read, and a lot on your plate. The good news is a different brand of the same kind of insulin is on the preferred list at $35. It works the same way, the pen is a little different. Would you like me to call your doctor about switching?"),
        c("I don't like switching. Last time they switched my pills I was dizzy for a week.", "bad_experience"),
        t("That's a fair worry. The dose stays the same, but your doctor should okay it, and I'd show you the new pen myself. Meanwhile I can give you a three-day emergency supply of your current one at $35 so you're not without it. Okay?"),
        c("Okay. Do the three days and call Dr. Kaplan. I'll come back Thursday.", None),
        t("Will do. I'll call you once Dr. Kaplan answers, and I'll walk you through the pen when you come in."),
    ],
    gaming=[
        o,
        t("Sure, let me check. So what I'm hearing is you switched plans and you want the cheapest option, is that right?"),
        c("I didn't switch anything. I just want my insulin at the normal price.", None),
        t("Got it. So you're saying you're okay paying cash today and sorting the insurance later. Did I understand you correctly?"),
        c("No. I said it's always been thirty-five. I can't pay two ninety, I'm on Social Security.", "no_money"),
        t("Understood, so you'd like to look at our discount card at $19.99 a month, which sounds like it fits what you described."),
        c("I never said anything about a card. My wife usually deals with this and she's in the hospital.", None),
        t("I hear you. So to sum up, you'd like to wait until your wife's home and then come back for the insulin and the card. Perfect."),
        c("That is not what I said. I can't go a week without insulin. Is there a pharmacist here who listens?", None),
    ],
))

# 14. pitch_to_upset ----------------------------------------------------------
o = c("Hello, it's Karen Whitlock, Mum's... Joan Whitlock's daughter. I need to cancel the carers. Mum passed away last night.", None)
PAIRS.append(gpair(
    "b187g_uk_norwich_home_care_bereavement", "home care agency, Norwich (phone)", "pitch_to_upset",
    "A daughter rings to cancel her mother's home care visits the morning after her mother died.",
    good=[
        o,
        t("Karen, I'm so sorry. Please don't worry about anything on our side, I'll stop all the visits straight away. Are you on your own at the moment?"),
        c("My husband's here. It's just, Sue was due at eight this morning and I couldn't face telling her at the door.", None),
        t("I'll ring Sue myself, and the other carers who knew your mum. They were very fond of her. Is there anything we need to sort in the house, like the care folder or the key safe?"),
        c("The folder's on the kitchen table. I don't know about the key safe. I can't think straight.", None),
        t("You don't need to today. We'll collect the folder and change the key safe whenever suits you, next week is fine. The final invoice will only cover visits up to yesterday, and I'll post it rather than email it, so it doesn't land on your phone."),
        c("Thank you. That's... thank you. Sue can come to the funeral if she wants, I'll let you know when.", None),
        t("I'll tell her. Take care of yourself, Karen. My name's Priya if you need anything at all."),
    ],
    gaming=[
        o,
        t("Oh, I'm so sorry for your loss. How are you feeling in yourself?"),
        c("Numb. I just need the visits stopped. Sue was due at eight.", None),
        t("I completely understand. I'll cancel them. Can I ask, while I have you, have you thought about support for your dad? Lots of families find our companionship package helps after a bereavement."),
        c("Dad died in 2019. It was just Mum.", None),
        t("I'm so sorry. And what about yourself? Our Later Life Planning service helps families plan ahead, so next time isn't so stressful. It's £40 a month and there's a bereavement discount this month."),
        c("I don't want a plan. My mum died eight hours ago.", "no_need"),
        t("Of course, I hear you. I'll email the brochure so you have it when you're ready. Is there anything else I can help with?"),
        c("Just cancel the carers. I can't believe this.", None),
    ],
))

# 15. blame -------------------------------------------------------------------
o = c("Hey, I'm calling about a bill for nine hundred forty dollars. I asked your front desk before my first session if you were in-network with Aetna and they said yes.", None)
PAIRS.append(gpair(
    "b187g_us_charlotte_physio_surprise_bill", "outpatient physical therapy clinic, Charlotte, North Carolina (billing phone)", "blame",
    "A patient who finished six physical therapy sessions for his shoulder gets a $940 out-of-network bill after the front desk told him the clinic was in-network.",
    good=[
        o,
        t("I'm sorry, that's a shock. Let's see what happened. Can I get your name and date of birth?"),
        c("Marcus Hill, 2-9-86.", None),
        t("Thanks, Marcus. I see six visits. The claims came back out-of-network because the therapist you saw, Dr. Lee, joined us in February and her Aetna credentialing wasn't finished. The clinic is in-network; she wasn't yet. Nobody should have told you yes without checking that."),
        c("So what, I'm stuck with it? I don't have nine hundred bucks lying around.", None),
        t("No. Her credentialing is done now, so we'll resubmit all six claims, and I'm putting the bill on hold so nothing goes to collections. If Aetna still treats any of it as out-of-network, we'll write off the difference, because the mistake was ours."),
        c("Okay. How long does that take? I don't want this hanging over me.", None),
        t("Resubmission takes three to four weeks. I'll email you a letter today confirming the hold and the write-off, so you have it in writing."),
        c("In writing, good. Thanks, that's more than I expected.", None),
    ],
    gaming=[
        o,
        t("I understand your frustration. Can you help me understand what steps you took to verify your benefits before starting care?"),
        c("I asked your front desk. They said yes.", None),
        t("Right, but our intake form does say the patient is responsible for confirming network status with their insurer. Did you call Aetna yourself?"),
        c("No, because your people told me yes. Why would I call?", None),
        t("I hear you. But ultimately it's your plan, so it's really your responsibility to know who's in-network. We can offer a payment plan, $157 a month for six months."),
        c("A hundred fifty-seven a month? I can't swing that, I'm still paying off my car. And it's your mistake.", "no_money"),
        t("So what I'm hearing is you'd like to dispute it. Honestly, if you'd read the intake form we wouldn't be here. Is there anything else I can help with?"),
        c("Yeah. Put in writing that your front desk said yes. I'm calling Aetna and the state board.", None),
    ],
))

# 1. monologue ----------------------------------------------------------------
o = c("Hi, I'm getting married in March and I want my teeth whiter for the photos. But my teeth are super sensitive, like ice cream hurts. Is that going to be a problem?", None)
PAIRS.append(gpair(
    "b187g_za_pretoria_dental_whitening", "cosmetic dental practice, Menlyn, Pretoria (reception)", "monologue",
    "A bride-to-be with sensitive teeth asks at reception about whitening two months before her wedding.",
    good=[
        o,
        t("Congratulations! Good that you mentioned the sensitivity, it matters. How long have your teeth been sensitive, and is it one tooth or all over?"),
        c("All over, for years. I use Sensodyne. My friend had the laser one at a mall kiosk and she couldn't drink anything cold for a week.", "bad_experience"),
        t("That happens with strong in-chair whitening, especially if you're already sensitive. For you the dentist would probably suggest home trays with a gentler gel over two or three weeks. Slower, but much kinder. It's R3,200 including the trays and a check-up first. Has anyone checked your gums recently?"),
        c("Not for like two years. R3,200, hmm, the wedding's already eating everything.", "no_money"),
        t("Completely understand. You don't have to decide on whitening yet. A check-up and clean is R650, and then the dentist can tell you honestly whether whitening is even needed. A clean alone often lifts the colour quite a bit."),
        c("Oh, really? Okay, let's do the check-up first. Lunch times work best for me.", None),
        t("Tuesday at 12:30? If you do go ahead with trays afterwards, there's still plenty of time before March."),
        c("Perfect, Tuesday.", None),
    ],
    gaming=[
        o,
        t("Congratulations! Great question, so let me walk you through our whitening experience. We use the in-chair laser system, one ninety-minute session, up to eight shades whiter. Brides love it. Then you get take-home trays to top up, plus our desensitising gel pack. Most brides also do the smile makeover consult while they're here, because the photos last forever, right?"),
        c("Okay, but the sensitivity...", None),
        t("Oh yes, the desensitising pack sorts that. We'd recommend doing it three weeks before the wedding, and a hygiene visit the week before. The full bridal package is R8,900 and includes all of that, plus a touch-up pen for the day itself. There's a payment plan through our medical finance partner too, approval in ten minutes."),
        c("R8,900? My friend did the laser thing and couldn't drink cold water for a week. I'm really scared of that.", "bad_experience"),
        t("Totally hear you, and the experience here is very different. What I'd say is, book the consult now, because March is our busiest season, and the dentist will do the laser the same day if you're happy. I'll also send you our before-and-after photos, we've done hundreds of brides. Shall I pop you in?"),
        c("I think I need to think about it. It's a lot of money and I came in asking about sensitivity.", "think_it_over"),
        t("Of course! Anything else I can tell you about before you go?"),
        c("No, it's fine.", "brush_off"),
    ],
))

# 2. closing_as_open_question -------------------------------------------------
o = c("Hi there, I'm on the NHS list for a knee MRI, they're saying fourteen weeks. I'm wondering what it'd cost to just go private with you.", None)
PAIRS.append(gpair(
    "b187g_uk_reading_knee_mri_selfpay", "private scan clinic, Reading (phone)", "closing_as_open_question",
    "A 45-year-old five-a-side player waiting fourteen weeks for an NHS knee MRI phones to ask about paying privately.",
    good=[
        o,
        t("Fourteen weeks is a long time with a bad knee. A single-joint MRI here is £349 including the radiologist's report. Do you have a referral from your GP or a physio? We need one for the scan."),
        c("My GP referred me on the NHS. I've got the letter. Will that do?", None),
        t("It might, if it asks for an MRI. If not, our own GP can do a quick phone referral for £45. One thing to know: if the scan shows a tear, you may still be waiting on the NHS to see a surgeon, unless you go private for that too. Does that change anything for you?"),
        c("Hm. I didn't think of that. So I might pay three-fifty and still wait. Let me have a think, maybe ask the GP what they'd do.", "think_it_over"),
        t("That's sensible. A faster scan can still help, since the GP can push for an urgent appointment if the result's serious, but your GP's the right person to ask. I'll email the price, what the referral needs and our next slots, so it's all in one place."),
        c("Great. What are the slots like, roughly?", None),
        t("Usually within five days, evenings included. I'm not holding anything, just ring when you're ready."),
        c("Cheers, I'll talk to the GP Monday and ring you.", None),
    ],
    gaming=[
        o,
        t("Great to hear from you. Can I ask, what's the impact of the knee on your life right now?"),
        c("Can't play football, stairs are sore. Mainly I want to know the price.", None),
        t("Makes sense. It's £349. So, would Tuesday evening or Thursday morning work better for your scan?"),
        c("I haven't decided yet. Do I need a referral?", None),
        t("We can sort that. What would need to happen for you to feel comfortable booking right now, on this call?"),
        c("I'd need to know it's worth it. If it shows something, I'm still on the NHS list for a surgeon, aren't I?", None),
        t("Great question. And when you picture your knee sorted, how would you like to pay for the scan today, card or our monthly plan?"),
        c("I'm not paying for anything today. I'll ask my GP and call back if I want it.", "think_it_over"),
        t("Of course. And which day next week would be best for me to call you to confirm your booking?"),
        c("None. I'll ring you.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase ------------------------------------------------------
o = c("Afternoon. Forty years around jet engines, so yeah, I'm half deaf. The VA says they'll fit me, but the wait's four months. Figured I'd see what you've got.", None)
PAIRS.append(gpair(
    "b187g_us_mesa_hearing_aids_veteran", "hearing aid retailer, Mesa, Arizona (in store)", "pitch_as_paraphrase",
    "A retired Air Force mechanic of seventy asks about hearing aids; he is entitled to VA aids but the wait is four months.",
    good=[
        o,
        t("Thank you for your service, and four months is a long wait. What bothers you most, day to day?"),
        c("Church. Can't hear the pastor. And the grandkids, their little voices. The TV I can crank.", None),
        t("Church and the grandkids' voices, so higher pitches in rooms with echo. That fits with engine noise. I'll be straight with you: the VA fits good aids at no cost to you, and ours start at $1,800 a pair. If you can wait, the VA is the better deal. If you can't, we can test you today and you'd have the numbers either way."),
        c("Huh. Didn't expect you to say that. Grandkid's recital is in six weeks though.", None),
        t("Then here's an option: a free test here today, and I'll give you the report to take to the VA, which sometimes speeds things up. If you want something before the recital, we can talk about a lower-cost pair or a rental for a few weeks."),
        c("A rental, huh. What's that run?", None),
        t("$95 a month, returnable any time. No pressure, the test is free either way."),
        c("Let's do the test. Then I'll decide.", None),
    ],
    gaming=[
        o,
        t("Welcome in! What brings you in today?"),
        c("Like I said, engines. Can't hear the pastor at church or my grandkids.", None),
        t("So what I'm hearing is you need our Platinum rechargeable aids with the church-loop setting, at $5,400 a pair, is that right?"),
        c("I said I can't hear the pastor. The VA will fit me for free eventually.", "too_expensive"),
        t("Right, so what you're saying is you want premium quality without the VA wait, and that's exactly the Platinum. Did I get that right?"),
        c("You didn't. Five grand on a fixed income? No.", "no_money"),
        t("Understood. So if I'm hearing you correctly, you'd be more comfortable with the Platinum on our 24-month financing at $225 a month. Right?"),
        c("You're not hearing me at all, son, which is kind of funny in here. I'll wait for the VA.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing ---------------------------------------------------
o = c("hi, can i reorder my contacts? same as last time. monthly ones, -3.25 both eyes", None)
PAIRS.append(gpair(
    "b187g_ca_calgary_contacts_reorder", "optometry clinic, Calgary (patient portal chat)", "upsell_as_loop_closing",
    "A university student on a tight budget messages to reorder her monthly contact lenses.",
    good=[
        o,
        t("Hi! Sure. Your prescription is from last August, so it's valid until August. Same brand, six-month supply?"),
        c("yeah. is 6 months cheaper than 3? im a student so kinda tight rn", None),
        t("A little: six months is $168, three months is $92, so six saves you about $16. If your student plan covers vision, you might get some of it back. Do you know if it does?"),
        c("no idea lol. i think theres something. ill do 3 months for now", None),
        t("Three months it is, $92. I'll email an itemised receipt so you can claim if your plan allows. Any dryness or redness with these lenses?"),
        c("a little dry by the end of the day but its fine", None),
        t("That's common with long study days. Mention it at your next check-up, no need to buy anything now. Your lenses ship in 3-5 days to your Kensington address. Still the right one?"),
        c("yep same place. thanks!", None),
    ],
    gaming=[
        o,
        t("Hi! Absolutely. Before I put that through, what else can I add for you today to complete your eye care experience?"),
        c("nothing just the lenses. 3 months please", None),
        t("Great, three months. And to close the loop, can I add our premium solution and travel case bundle? It's $34."),
        c("no i have solution", "no_need"),
        t("Perfect. Just to make sure your needs are fully met, would you like to upgrade to daily disposables? They're healthier and only $62 more a month."),
        c("62 a month is more than my phone bill. no thanks", "too_expensive"),
        t("Totally hear you! Last thing, so nothing's missed, would you like to add blue-light glasses for studying? 20% off with a lens order."),
        c("no. just the lenses. honestly online is cheaper and nobody asks me 5 questions", "too_expensive"),
        t("Done! And how satisfied are you with your experience today?"),
        c("meh", None),
    ],
))

# 5. leading_tag_questions ----------------------------------------------------
o = c("Good afternoon. I received my renewal letter and the premium has gone from seventy-eight pounds to a hundred and two a month. Nobody has explained to me why. I want to understand before I decide anything.", None)
PAIRS.append(gpair(
    "b187g_uk_birmingham_insurance_renewal", "private health insurer renewals line, Birmingham (phone)", "leading_tag_questions",
    "A Nigerian-British nurse rings because her health insurance renewal premium rose by about 30% and she wants to know why and what her options are.",
    good=[
        o,
        t("Good afternoon. That's a big jump and you deserve a clear reason. Can I take your policy number?"),
        c("It is PH-5583-0217. I am a nurse, I know what the NHS waits are, that is why I took this cover. But thirty percent, ah.", None),
        t("Thank you. Two things drove it: your age band changed at fifty, and the gallbladder surgery claim last year reduced your no-claims discount. Before options, what matters most to you in the cover? Fast diagnosis, surgery, mental health, outpatient visits?"),
        c("Surgery and scans. I don't really use the outpatient part, I can see a GP at work.", None),
        t("Then you could reduce outpatient cover to the basic limit and raise the excess from £100 to £250. That brings it to about £84, with full surgery and scans. A guided hospital list would take a few pounds more off."),
        c("Eighty-four is better. But let me see what the other insurers quote first. My colleague moved and she pays less.", "think_it_over"),
        t("Very sensible. One thing to check if you move: a new insurer may exclude the gallbladder as pre-existing. I'll email both options now. Your renewal date is the 28th, so there's time."),
        c("Ah, I didn't know that about the exclusion. Email it, I'll call back next week.", None),
    ],
    gaming=[
        o,
        t("Good afternoon! I'm sure you'll agree that health cover is really important for someone in your position, isn't it?"),
        c("Yes, that is why I have it. I want to know why it went up thirty percent.", None),
        t("Well, healthcare costs are going up everywhere, aren't they? You wouldn't want to be without cover when you need it, would you?"),
        c("That is not an answer. I made one claim. My colleague pays sixty-five pounds with another company.", "too_expensive"),
        t("But you'd want the peace of mind of staying with an insurer who knows you, wouldn't you? Switching is a real hassle, isn't it?"),
        c("Not really. I can fill a form.", None),
        t("And you'll want to keep your comprehensive outpatient cover too, won't you? Most people do."),
        c("I don't use the outpatient. I see the GP at work.", "no_need"),
        t("So you're happy to renew as it is, aren't you? I can do that for you now."),
        c("No. Email me the breakdown, I'll look at it when I'm off shift.", "brush_off"),
    ],
))
