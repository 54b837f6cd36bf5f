"""Gaming pairs, part c (kinds 6-15), written by hand for blind94."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- Narayanganj, denim mill (B2B)
o = c("Assalamualaikum. This is Farhana, merchandiser at Green Thread Apparels, Gazipur. The 12,000 yards of denim you delivered last week, rolls 40 to 65 are a different shade from the approved lot. Our cutting is stopped.", None)
PAIRS.append(gpair(
    "b94g_narayanganj_denim_shade", "denim fabric mill, Narayanganj (Bangladesh)", "putdown_question",
    "A garment factory's merchandiser reports off-shade rolls that stopped cutting.",
    [o,
     t("Walaikumassalam, Farhana apa. Cutting stopped is serious, I'm sorry. Do you have shade readings or photos of those rolls against the approved sample?"),
     c("Our QC took readings. Delta E around 1.8 on those rolls, buyer's limit is 1.0. I'll mail the sheet.", None),
     t("Thank you. 1.8 against a 1.0 limit is outside tolerance, that's on us. Rolls 40 to 65 are about 4,500 yards. Our QC head will come to your factory tomorrow morning to verify, and we can replace from the next dye lot by Sunday. Does Sunday save your shipment?"),
     c("Shipment is on the 28th. Sunday works only if the fabric is at our gate by 9 am.", None),
     t("9 am Sunday at your gate, I'll confirm it in writing today. We'll also take back the off-shade rolls at our cost."),
     c("Okay. Send the written confirmation, I have to show my GM.", None)],
    [o,
     t("Walaikumassalam apa. With respect, surely your QC team knows denim shades vary a little from lot to lot? So what exactly is the issue?"),
     c("The issue is Delta E 1.8 when the buyer's limit is 1.0. That is not 'a little'.", None),
     t("I see. And did your team check under a proper light box, or in the cutting hall under tube lights? Are you sure the readings were taken correctly?"),
     c("D65 light in our lab, same as yours. Are you saying we don't know our job?", None),
     t("Not at all, apa. I'm only asking, is it possible your buyer is being over-strict and you're passing the pressure to us? What would you like us to do?"),
     c("Stop arguing and replace 4,500 yards. Otherwise I'm calling your MD, and our next order goes to another mill.", None)],
))

# 7 not_my_department_or_read_the_terms -- Hyderabad, payroll software support
o = c("Hi, this is Padmaja, HR at Sri Venkateswara Pharma, Jeedimetla. Your payroll software calculated PF wrongly for 40 employees this month. Salaries go out on the 1st, that's in three days.", None)
PAIRS.append(gpair(
    "b94g_hyderabad_payroll_support", "payroll software vendor, Hyderabad (India)", "not_my_department_or_read_the_terms",
    "An HR manager reports a PF calculation error three days before salary day.",
    [o,
     t("Hi Padmaja, wrong PF three days before salary is urgent. Is it wrong for everyone, or only some, like people who joined recently or got a revision?"),
     c("Only the 40 who got the increment from October. PF is still on the old basic.", None),
     t("Then it may be the increment's effective date not reaching the PF module. Can you send me the IDs of two affected employees? I'd like to check it on a screen-share with you right now."),
     c("Not now, I'm walking into a management meeting till 3. After that I can.", "no_time"),
     t("3 pm works. If it's the effective-date setting, we fix it together and rerun. If it's a bug in our module, I escalate to the developers as priority and update you every two hours until it's fixed before the 1st."),
     c("Okay. Send the link. Our AMC renewal is due next month, so this matters.", None),
     t("Link in five minutes. Understood about the AMC; first let's get this month right."),
     c("Thanks.", None)],
    [o,
     t("Hi Padmaja, thank you for reaching out, I understand your concern. Can you tell me more about the issue?"),
     c("PF is on the old basic for the 40 who got increments in October. Salaries on the 1st.", None),
     t("I see. Unfortunately I'm in implementation; PF calculation is handled by the statutory module team. You'll have to raise a ticket on the portal."),
     c("I raised a ticket yesterday. No reply. That's why I'm calling.", None),
     t("I understand. As per the AMC terms, tickets have a 72-hour response time, section 4.2 of the agreement. I didn't make the SLA, ma'am. Anything else I can help with?"),
     c("72 hours is after salary day. Give me your manager's name. And forget about the AMC renewal.", None),
     t("I'm sorry you feel that way. My manager is Mr. Rao, but he'll also say raise a ticket. Did I answer all your questions today?"),
     c("No. You answered none.", None)],
))

# 8 social_proof_or_deadline_pressure -- Peshawar, fibre broadband
o = c("Your man left a flyer at my gate in Hayatabad Phase 3. I have DSL, it's slow but it works. What exactly is your fibre offer?", None)
PAIRS.append(gpair(
    "b94g_peshawar_fiber", "fibre broadband provider, Peshawar (Pakistan)", "social_proof_or_deadline_pressure",
    "A retired professor, content with DSL, asks about a fibre flyer.",
    [o,
     t("Thank you for calling, sir. Before the offer, what do you use the internet for at home, and who else uses it?"),
     c("My wife and I. News, WhatsApp calls with our son in Manchester, some YouTube. In summer the grandchildren come and everything slows down.", None),
     t("So light use most of the year, and a real squeeze in summer. Our basic fibre is 10 Mbps at 3,200 a month and holds up better with several people on it. What do you pay now?"),
     c("2,800 or so. Honestly, for two old people DSL is enough. Only summer is the problem.", "no_need"),
     t("That's fair. Then stay on DSL, and call us in May; we have a three-month plan at 3,500 a month, no contract, just for the summer. No point paying for fibre all year if you don't need it."),
     c("That sounds sensible. Send the details on WhatsApp, I'll show my wife.", "think_it_over"),
     t("I'll send them today, and I'll message you in early May. Installation takes about three days, so there's time."),
     c("Very good. Thank you, beta.", None)],
    [o,
     t("Assalam o alaikum sir! Great that you called. Tell me, what does your ideal internet experience look like?"),
     c("Ideal? Just that the video call with my son doesn't freeze. Otherwise DSL is fine for us.", "no_need"),
     t("I totally understand. Sir, you should know 80 percent of Phase 3 has already switched to us, all your neighbours. Even Brigadier sahib two houses down took it last week."),
     c("Good for him. I'm not the Brigadier. What does it cost?", None),
     t("3,200 a month, but only if you sign by this Friday. After that the 6,000 installation fee comes back, and the slots in your street are nearly finished. How do you feel about locking it in today?"),
     c("I don't make decisions by Friday because of a flyer. I'll wait till summer and see.", "think_it_over"),
     t("Sir, by summer everyone will be on fibre and you'll be the last one on DSL. Shall I send the team tomorrow?"),
     c("Then I'll be the last one. Khuda hafiz.", "no_need")],
))

# 9 keyword_stuffed -- Galle, bank SME loan
o = c("Good morning. I own a small eight-room guesthouse in Unawatuna. I want to add four rooms before the December season. I was told your bank has SME loans.", None)
PAIRS.append(gpair(
    "b94g_galle_hotel_loan", "commercial bank SME desk, Galle (Sri Lanka)", "keyword_stuffed",
    "A guesthouse owner asks about a loan to build four rooms before the season.",
    [o,
     t("Good morning. Four rooms before December is a tight timeline. Roughly what will construction cost, and do you have an estimate?"),
     c("Contractor said about 12 million rupees. I have 3 million saved. The land is in my name.", None),
     t("So about 9 million, with the land as security. For tourism SMEs there's a scheme at 9.5 percent over five years with six months' grace, so repayments start after the season begins. Occupancy records will matter. Do you have your bookings from the last two years?"),
     c("Booking.com statements I can print. But last time I applied at another bank it took four months and I lost the season.", "bad_experience"),
     t("That's a real risk. I can't promise approval, but if you bring the documents this week, valuation can be done in ten days and a decision in about four weeks. That still leaves time if your contractor is ready. Here's the checklist."),
     c("Four weeks is okay. Let me check with my contractor whether he can start in October.", "think_it_over"),
     t("Good. Call me once he confirms, and I'll book the valuation officer the same week."),
     c("I'll call by Friday.", None)],
    [o,
     t("Good morning! Thank you for choosing us. We truly value this relationship and want to understand your needs so your success becomes our success. How do you feel about your business journey so far?"),
     c("Fine, fine. I need about 9 million for four rooms before December.", None),
     t("I hear you, and I really feel your excitement. Our SME solutions are designed around customer experience and long-term partnership. What does success mean to you?"),
     c("Success means the rooms are ready by December. What's the interest rate, and how long does approval take?", None),
     t("Great question, I completely understand how important that is for you. Our team is committed to understanding your unique needs and delivering a seamless, customer-centric experience. Does that make sense?"),
     c("Not really. Another bank took four months last time and I lost the season. I need actual numbers.", "bad_experience"),
     t("I really appreciate you sharing that experience, it helps me understand your needs. We'll make sure your journey with us is different. Anything else I can help with today?"),
     c("I have guests checking in. Just give me a brochure, I'll read it at home.", "brush_off")],
))

# 10 rude -- Kanpur, pharmacy
o = c("Bhaiya, this medicine for my sugar, the doctor wrote the brand, it costs 780 for a strip of fifteen. My neighbour says there is a cheaper one with the same salt. Is it true?", None)
PAIRS.append(gpair(
    "b94g_kanpur_pharmacy_generic", "chemist shop, Kanpur (India)", "rude",
    "An elderly diabetic asks whether a cheaper medicine with the same salt is safe.",
    [o,
     t("Yes, uncle, it's often true. Let me see the prescription. This is sitagliptin with metformin, 50 and 500. The same combination from other companies is about 210 to 300 a strip."),
     c("Same effect? Or is the cheap one weaker? I don't want my sugar going up.", None),
     t("Same salt, same strength, same effect, approved companies. Just stay with one maker every month, so the colour of the tablet doesn't confuse you."),
     c("My doctor will not be angry?", None),
     t("Better to tell him at your next visit; most doctors are fine with it. Or I give you his brand this month and you ask him before switching."),
     c("No, give the cheaper one, I'll tell him on the 15th. Pension is small, 780 every two weeks was hard.", None),
     t("Here, 240 a strip, two strips for the month. I've written 'same as doctor's brand' on the cover so you can show him."),
     c("Jeete raho, beta.", None)],
    [o,
     t("Uncle, if you want cheap, go to the Jan Aushadhi store. We sell what's written. Next."),
     c("I'm only asking, is the cheaper one the same? I don't want my sugar going up.", None),
     t("Same salt, same thing. Don't you read the strip? It's written there only. You want it or not?"),
     c("I can't read small print, beta. My eyes are weak. How much is the cheap one?", None),
     t("240. Uncle, decide quickly, there's a line behind you. Satisfied now?"),
     c("Give me the doctor's one only. I don't want to make a mistake.", None),
     t("780 then. And bring the prescription properly next time, it's falling apart."),
     c("Keep your advice. Here is the money.", None)],
))

# 11 ignored_customer -- Lalitpur, scooter dealer
o = c("Hello. I want to buy my first scooter. I live in Bhaisepati, the road up is very steep, and I'm short, so I'm scared of stopping on the slope.", None)
PAIRS.append(gpair(
    "b94g_lalitpur_scooter", "scooter showroom, Lalitpur (Nepal)", "ignored_customer",
    "A first-time rider worries about a steep road home and her height.",
    [o,
     t("That's a very real worry, the Bhaisepati climb is steep. When you've stopped on a slope before, what happened?"),
     c("When I practised on my brother's scooter, I couldn't reach the ground with both feet and it rolled back a bit. I panicked.", None),
     t("So two things matter: a low seat so both feet touch, and enough pull that you don't have to rev hard uphill. Some electric models also have hill-hold, which stops that rolling back. Would you consider electric?"),
     c("Electric, the battery, I'm not sure. My office is in Thamel, 12 km one way.", None),
     t("24 km a day is well within the range of the ones we keep, about 90 km a charge. Can you come on a Saturday and ride both types up the Bhaisepati road, with our staff following, so you feel the slope before deciding?"),
     c("Saturday I have a class till 1. After that?", None),
     t("Saturday 2 pm, then. Wear flat shoes; we'll bring both scooters."),
     c("Okay, I'll come.", None)],
    [o,
     t("Hello! Welcome. What kind of scooter experience are you looking for?"),
     c("Something I can control on the slope. I'm short and the Bhaisepati road is steep.", None),
     t("Great. Our top seller is this 160cc sporty model. Very stylish, everyone's buying it."),
     c("It looks tall. Can I even put my feet down on it?", None),
     t("It's very popular with young professionals. The colours are lovely, matte grey and red. And mileage is 45."),
     c("I asked about the height and the slope. I rolled back last time I tried one.", None),
     t("Sure. So shall I book the matte grey? We have stock, delivery Sunday."),
     c("No, it's too tall for me. I'll look at other showrooms.", "no_need")],
))

# 12 repeated_questions -- Jaipur, wedding caterer
o = c("Namaste. My nephew's wedding is on 24th November, reception at a farmhouse on Ajmer Road. We need catering for about 300, pure vegetarian, and no onion-garlic for around 50 guests.", None)
PAIRS.append(gpair(
    "b94g_jaipur_wedding_caterer", "wedding caterer, Jaipur (India)", "repeated_questions",
    "The groom's uncle books vegetarian catering with a no-onion-garlic counter.",
    [o,
     t("Namaste, and congratulations. 300 guests, pure veg, about 50 who don't eat onion-garlic. Will they need a separate counter, or are marked dishes enough?"),
     c("Separate counter is better, the elders are strict. They won't eat from the same kadhai.", None),
     t("Then that food is cooked in separate vessels by a separate cook and served at its own counter. Does the farmhouse have a kitchen, or do we set up a tent kitchen?"),
     c("No kitchen. Open ground only. Water comes by tanker.", None),
     t("Then we bring the tent kitchen and our own RO water, included. For this it's around 1,100 a plate, the no-onion-garlic counter at the same rate."),
     c("1,100? A caterer in Mansarovar quoted 900 for the same thing.", "too_expensive"),
     t("900 may be without the tent kitchen and water, worth checking. If you want to come near 900, we can drop the live chaat counter and keep the rest. I'll send both versions so you can compare line by line."),
     c("Send both. My brother decides on money, I'll show him tonight.", "think_it_over")],
    [o,
     t("Namaste! Congratulations. So tell me, how many guests are you expecting?"),
     c("About 300. And 50 of them eat no onion, no garlic.", None),
     t("Lovely. And what kind of food are you looking at, veg or non-veg?"),
     c("Pure veg, I said. And a separate counter for the 50.", None),
     t("Right, right. And roughly what headcount are we planning for?"),
     c("300! Are you writing anything down?", None),
     t("Absolutely, sir, just making sure I understand your needs. Any special dietary requirements among the guests?"),
     c("I already told you. I'll call someone else.", None)],
))

# 13 wrong_paraphrase -- Chennai, FMCG distributor
o = c("Hello, this is Murugan from Sri Lakshmi Supermarket, Velachery. Your 1 kg detergent isn't selling here. My customers are mostly bachelors and small families in flats, they want small packs.", None)
PAIRS.append(gpair(
    "b94g_chennai_fmcg_packs", "FMCG distributor, Chennai (India)", "wrong_paraphrase",
    "A supermarket owner asks for smaller pack sizes because the 1 kg is not moving.",
    [o,
     t("Thanks for telling me directly, Murugan sir. How many of the 1 kg are lying with you, and which sizes are people asking for?"),
     c("About 60 packs, two months old. People ask for 500 grams and the 10-rupee sachets.", None),
     t("So the 1 kg sits and the demand is 500 g and sachets. I'll shift your next order to those. For the 60 with you, I can swap 30 against 500 g this month, and for the rest the company has 10 rupees off on 1 kg this month for a shelf offer."),
     c("Swap 30 is okay. But what is my margin on 500 g? On 1 kg I get 12 percent.", None),
     t("On 500 g it's 11 percent, one point less, but it turns faster, so over a month you'll probably earn more. Let's look at your sales after four weeks before deciding anything bigger."),
     c("Fine. Send 40 of 500 g and two boxes of sachets next Monday.", None)],
    [o,
     t("Thank you for your feedback, sir! Can you tell me a little more about what's happening?"),
     c("1 kg packs are lying two months. Customers want 500 grams and sachets.", None),
     t("So what I'm hearing is your customers want premium, bigger packs, so you'd like to try our new 2 kg family saver. Did I get that right?"),
     c("No. Smaller. Bachelors, small families. I said small.", None),
     t("Got it, so what you're saying is price isn't an issue for your customers and they want value bundles, so the 1 kg plus free bucket combo would suit. Correct?"),
     c("I never said anything about bundles or buckets. Are you even listening?", None),
     t("Absolutely, sir. So to summarise, you're happy with the 1 kg and want to double it next month for the slab discount. Shall I book 120?"),
     c("No! The 1 kg is not selling, I don't want even one more. I'll call your area manager.", "no_need")],
))

# 14 pitch_to_upset -- Islamabad, mobile operator helpline
o = c("My phone was snatched at gunpoint near F-10 Markaz twenty minutes ago. I need my SIM blocked right now, my bank app and everything is on it. Please, I'm shaking.", None)
PAIRS.append(gpair(
    "b94g_islamabad_sim_block", "mobile operator helpline, Islamabad (Pakistan)", "pitch_to_upset",
    "A customer robbed of his phone calls to block his SIM.",
    [o,
     t("I'm so sorry, that's frightening. Are you somewhere safe right now?"),
     c("Yes, I'm at a friend's shop. Please just block it.", None),
     t("I'm doing it now. I need your CNIC number and the mobile number to verify."),
     c("CNIC 61101-4829175-2. Number is 0300 5217441.", None),
     t("Thank you. The SIM is blocked as of now; nobody can use it for calls, SMS or OTPs. Next, call your bank's helpline to freeze the app. Do you need their number?"),
     c("I have the bank's number. What about my number, will I lose it?", None),
     t("No. Go to any franchise with your CNIC, tomorrow or whenever you're ready, and you'll get a duplicate SIM on the same number for 200 rupees. Also report it to the police, online is fine; blocking the phone's IMEI needs that report."),
     c("Okay. Thank you, I'll call the bank now.", None)],
    [o,
     t("I'm really sorry to hear that, I understand how you feel. Just to confirm, are you the registered owner of the number?"),
     c("Yes, yes, please block it. CNIC 61101-4829175-2.", None),
     t("Thank you. While I process this, have you heard about our Device Protect plan? For just 499 a month, theft like this is covered and you'd get a replacement phone."),
     c("I don't care about plans right now! Is it blocked or not?", "no_time"),
     t("Processing, sir. And since you'll need a new phone anyway, we have a 4G smartphone on instalments, 3,000 down and the rest over 12 months. Should I add that?"),
     c("Someone put a pistol on me and you're selling me a phone? Block the SIM!", None),
     t("Blocked, sir. Is there anything else I can help you with? Would you like to rate this call?"),
     c("No.", None)],
))

# 15 blame -- Sylhet, pharmacy home delivery
o = c("assalamualaikum, your delivery boy brought my fathers thyroxine 100 mcg. doctor wrote 50. he almost took it this morning. who checks these", None)
PAIRS.append(gpair(
    "b94g_sylhet_pharmacy_delivery", "pharmacy with home delivery, Sylhet (Bangladesh)", "blame",
    "A son reports that the wrong strength of his father's medicine was delivered.",
    [o,
     t("Walaikumassalam. I'm sorry, that's a serious mistake, and I'm glad he didn't take it. Can you send a photo of the prescription and the strip you got?"),
     c("sent. see, 50 written clearly", None),
     t("Yes, 50 is clear; our staff picked 100. That's our error. I'll send the correct 50 mcg within the hour, free, and the boy will collect the wrong strip. Does he have enough for tomorrow morning?"),
     c("he has 2 left from old strip. ok. but how do i trust your delivery now", "bad_experience"),
     t("Fair question. From now on, for your father's orders, the pharmacist will send you a photo of the strip before it leaves the shop, so you can check too. I've put a note on your account."),
     c("ok. send the photo this time also", None),
     t("Will do, within ten minutes."),
     c("ok thanks", None)],
    [o,
     t("Walaikumassalam. Sorry for the inconvenience! To understand your experience, was the prescription photo you uploaded clear?"),
     c("yes clear. 50 written. i can send again", None),
     t("Because honestly many customers upload blurry photos and we have to guess. Also, did anyone check the strip when the boy handed it over? Checking at the door is the customer's responsibility."),
     c("im at office. my father is 79. he cant read small letters", None),
     t("I understand, but then someone at home should check. The app terms also say 'verify your medicines on delivery'. So what I'm hearing is there was no one to check?"),
     c("so its my fault your staff gave wrong medicine? unbelievable", None),
     t("Sorry you feel that way. I can send the 50 mcg with the usual 60 taka delivery charge. Anything else I can help with?"),
     c("no. ill buy from the shop downstairs", None)],
))
