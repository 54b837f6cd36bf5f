"""Gaming pairs, part C (kinds 11-15, two each). Written by hand for blind74."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer - mobility scooters, Winnipeg
o = c("Hi, I'm looking at scooters for my mom. She's 84, lives in a seniors' building in St. Boniface, and she's, well, not great on her feet since the hip.", None)
PAIRS.append(gpair(
    "b74g_winnipeg_mobility_scooter", "mobility scooter shop (Winnipeg, Manitoba)", "ignored_customer",
    "A son shops for a mobility scooter for his elderly mother with low vision.",
    [o,
     t("Hi. Sounds like the hip has made getting around hard. Where would she mostly use it: inside the building, to the shops, longer trips?"),
     c("Mostly to the Safeway two blocks away and the hallway to the dining room. She won't be on the highway, ha. Thing is, her eyesight's bad too, macular degeneration.", None),
     t("That changes things. With low vision I'd look at a smaller, slower scooter with big high-contrast buttons and a speed limiter you set. Does the building have rules on parking or charging?"),
     c("Yeah, it has to charge in her unit, and the door's kinda narrow. I measured, it's 30 inches.", None),
     t("30 inches fits our compact three-wheel, 22 inches wide, 2,400. A four-wheel is steadier but won't turn in her hallway. Is anything covering part of it, Veterans Affairs, her insurance?"),
     c("No, it's coming out of her savings. Twenty-four hundred's steep. The ones on Kijiji are half that.", "too_expensive"),
     t("Some Kijiji ones are fine; check the battery age, a new pair is 350, and that the limiter works. Or rent this one at 150 a month so she tries it with her eyesight before anyone spends 2,400. Would she come in, or should we bring it?"),
     c("Bring it, she won't want to go out in January. Saturday?", None),
     t("Saturday late morning. I'll bring the compact with the speed set low and we'll see how she does in the hallway."),
     c("Great. Thanks for not just selling me the biggest one.", None)],
    [o,
     t("Hi! Great, tell me about her, where does she want to go?"),
     c("The Safeway two blocks away, and the dining room in her building. Her eyesight's bad though, macular degeneration.", None),
     t("Perfect. Then the Victory 10 is our best seller, top speed 8 km/h, big basket, four wheels. What's her building like?"),
     c("Narrow doors, 30 inches. And she has to charge it in her unit.", None),
     t("Love it. The Victory 10 is 4,200 with the premium seat, most families take the premium seat. Any budget in mind?"),
     c("It's her savings, so not a lot. Did you catch the part about her eyes? 8 km/h sounds fast for someone who can't see well.", None),
     t("Totally. The Victory is super popular with seniors, and it's only 25 inches wide so doors are no problem. Shall we book delivery?"),
     c("25 won't turn into her hallway. And four grand is way too much for a two-block trip.", "too_expensive"),
     t("I hear you. So what questions do you have about the Victory 10?"),
     c("None. We don't need anything that big. I'll look at the little used ones.", "no_need")]))

# 22. ignored_customer - farrier, Ohio
o = c("Hi, this is Jen, out on County Road 58. My daughter's mare threw a shoe and she's been short-striding on the left front since. Can you come out?", None)
PAIRS.append(gpair(
    "b74g_holmes_county_farrier", "farrier (Holmes County, Ohio)", "ignored_customer",
    "A horse owner calls the farrier about a mare that lost a shoe and is lame.",
    [o,
     t("Hi Jen. Sure. Is she just tender on it, or really limping at the walk? Any heat in the hoof?"),
     c("Limping a bit at the walk. The hoof's warmer than the other one. I'm a little worried it's an abscess, we had one two years ago with the old gelding.", None),
     t("Warm and lame after a lost shoe could be an abscess or a bruise. I'd want to look before nailing a shoe back on, nailing over an abscess makes it worse. Can you keep her in a clean stall till I come?"),
     c("Yes, she's in now. When can you come? My daughter has a show on the 12th.", None),
     t("Tomorrow at 7, before my other calls. If it's an abscess I'll open and pack it, and honestly the show's probably off. If it's a bruise she may make it."),
     c("Seven's rough, I leave for work in Wooster at six-thirty. Any chance later?", "no_time"),
     t("I can do 5:30 in the evening. Keep her in and dry till then."),
     c("That works. She'll be crushed about the show, but better than a lame horse.", None),
     t("Agreed. Call fee is 40, abscess treatment 60, a reset 110. I'll tell you which before I do anything."),
     c("Fine. See you at 5:30.", None)],
    [o,
     t("Hi Jen! Tell me a little about her, what's going on?"),
     c("She's limping at the walk and the hoof's warm. Might be an abscess, we had one with our old gelding.", None),
     t("Got it. So I'll come put a new shoe on, 110 for a reset. And you should really do the full set, front and back, 180, they're probably all due."),
     c("She was done five weeks ago, they're not due. It's the warm hoof I'm worried about, not the other shoes.", "no_need"),
     t("Sure. And for the show I'd recommend pads, 30 a foot. Tuesday at 2?"),
     c("Tuesday? She's lame now. And if it's an abscess you can't just nail a shoe on, can you?", None),
     t("No problem. So, Tuesday at 2, full set and pads. Anything else you're worried about?"),
     c("Forget it. I'll call the vet and find somebody else.", None)]))

# 23. repeated_questions - sworn translation, Batumi
o = c("Hello ma'am, good morning. I need translation of my birth certificate and school certificate, Georgian to English, with notary stamp, for my residence permit renewal.", None)
PAIRS.append(gpair(
    "b74g_batumi_document_translation", "translation and notary office (Batumi, Georgia)", "repeated_questions",
    "An Indian medical student needs documents translated before a residence permit appointment.",
    [o,
     t("Good morning. May I see the documents? And when is your appointment at the Public Service Hall?"),
     c("Here only. Appointment is Thursday, day after tomorrow. My agent told me late, otherwise I would have come before.", None),
     t("Two documents, one page each. With notary it's 60 lari a page, 120, ready in two working days, so Friday, one day too late. Express by tomorrow 17:00 is 50% more, 180."),
     c("180 is a lot of money for students ma'am, my parents send only a fixed amount. Is there any other way?", "no_money"),
     t("Maybe. The Public Service Hall accepts translations without notary from translators on their list, and I'm on it. That's 80 by tomorrow evening. Let me call them to confirm it's enough for a renewal, I don't want you to lose the appointment."),
     c("Yes please, call, I will wait.", None),
     t("They confirmed: a listed translator, no notary needed for a renewal. 80 lari, ready tomorrow at 17:00."),
     c("Thank you ma'am, this saves me too much tension.", None)],
    [o,
     t("Good morning! What kind of documents do you need translated?"),
     c("Birth certificate and school certificate. Georgian to English, with notary. For residence permit.", None),
     t("Okay. And what is the purpose of the translation, what will you use it for?"),
     c("Residence permit renewal, ma'am, like I said. Appointment is Thursday.", None),
     t("Got it. So which documents exactly are we talking about?"),
     c("Birth certificate and school certificate. These two. Here.", None),
     t("Perfect. Standard is five working days, 60 a page. And when do you need them, what's your timeline?"),
     c("Thursday, I told you. Five days is no use for me, and 60 per page is too much also, the other office said 40.", "too_expensive"),
     t("Understood. Just to be sure I have your needs right, what is the translation for?"),
     c("I am going to the other office. Thank you.", None)]))

# 24. repeated_questions - septic pumping, northern Michigan
o = c("Yeah, hi, we've got a cabin up near Gaylord, and the, uh, the toilet's gurgling and the yard by the tank is kinda soggy and, well, it smells. When can somebody come?", None)
PAIRS.append(gpair(
    "b74g_gaylord_septic_pumping", "septic pumping service (Gaylord, Michigan)", "repeated_questions",
    "A cabin owner calls about a gurgling toilet and a soggy, smelly yard over the septic tank.",
    [o,
     t("Sorry, that's no fun. Do you know when the tank was last pumped?"),
     c("Oh, geez. We bought the place in 2017 and I don't think we ever have. My wife's folks never pumped theirs, so we figured, you know.", None),
     t("Seven years and more, it's very likely full, and soggy ground means it may be backing into the drain field. How big is the tank, and is the lid buried?"),
     c("No idea on the size. Buried, I think, there's a little pipe sticking up by the birch tree.", None),
     t("The pipe's probably the inspection port, the lid's near it. Pumping is 395, plus 75 if we dig for the lid. I'd check the drain field too, no charge, because if it's damaged that's a bigger job and you'd want to know now."),
     c("Yeah, that's money I didn't plan on, but I guess it's not optional, huh.", None),
     t("If it's overflowing, no. Until then go easy on water, no laundry, short showers. We can be out Thursday morning."),
     c("Thursday I'm driving back down to Lansing. Friday?", "no_time"),
     t("Friday 8 to 10. Be there so I can show you the field; I'll call when I'm on the way."),
     c("Good deal. Thanks.", None)],
    [o,
     t("Sorry to hear! So tell me, what seems to be the problem?"),
     c("Like I said, gurgling toilet, soggy yard, smells.", None),
     t("Okay. And when was it last pumped?"),
     c("Not since 2017 anyway. My wife's folks never pumped theirs, so we didn't either.", None),
     t("Got it. So what kind of issues are you noticing with the system?"),
     c("The... same ones. Gurgling. Soggy. Smell. Can you just come pump it?", None),
     t("Absolutely. And just so I understand, how long has it been since your last pumping?"),
     c("I just told you. Look, what's it cost and when can you come?", None),
     t("Great question. So what would you say is the main issue you're having?"),
     c("The main issue is this phone call. I'll try the outfit out of Grayling.", None)]))

# 25. wrong_paraphrase - violin repair, Budapest
o = c("Good day. My violin has a buzz since one week, when I play on the G string. Maybe something is loose. I play in amateur orchestra, the concert is in three weeks.", None)
PAIRS.append(gpair(
    "b74g_budapest_violin_buzz", "violin maker's workshop (Budapest, Hungary)", "wrong_paraphrase",
    "A retired amateur violinist brings in a violin with a new buzz before a concert.",
    [o,
     t("Good day. Three weeks is plenty for most buzzes. Does it buzz only on the open G and low notes, or higher too?"),
     c("Only open G and A flat, higher is fine. It started after I was at my cottage at Balaton, the house was very humid.", None),
     t("Humid, then dry air at home, often opens a seam. Let me tap the edges... yes, here on the lower bass side, about 4 centimetres open. That's the buzz. Gluing it is 12,000 forint, ready in two days."),
     c("Only 12,000? I was afraid it is a crack. My old teacher had a crack, it cost like a new violin.", None),
     t("No crack, only the seam. The glue is made to open before the wood cracks, so it did its job. Your bridge leans forward a little; I'll straighten it free while it's here. Nothing else is needed."),
     c("Good. But two days, hmm, I have rehearsal on Thursday.", "no_time"),
     t("Then I'll finish by Wednesday evening, the glue needs only a night. Pick up after 17:00."),
     c("Perfect, thank you very much.", None)],
    [o,
     t("Good day. So if I understand correctly, the violin was damaged in a fall and the sound has been bad for months. Is that right?"),
     c("No, no fall. One week. Only a buzz on the G string.", None),
     t("I see. So what I'm hearing is you're unhappy with the sound in general and thinking of upgrading before the concert. Correct?"),
     c("I did not say upgrade. I like my violin. I only want the buzz to stop.", "no_need"),
     t("Absolutely. So you want a full professional setup for a solo concert: strings, bridge, soundpost, about 85,000 forint. Did I get that right?"),
     c("It is orchestra, not solo. And 85,000 I cannot pay, I am pensioner.", "no_money"),
     t("Understood. So you're saying the budget is flexible if the result is right, and you want it ready tomorrow. Correct?"),
     c("I said the opposite. I will go to the workshop on Kiraly utca.", None),
     t("Of course. Did I understand your needs correctly today?"),
     c("Not one time.", None)]))

# 26. wrong_paraphrase - kilim washing, Gaziantep
o = c("Hi! So my landlord's old kilim, in the living room, my cat was sick on it. Twice. I move out in June. Can you clean it without it, like, falling apart?", None)
PAIRS.append(gpair(
    "b74g_gaziantep_kilim_washing", "carpet and kilim washing (Gaziantep, Turkey)", "wrong_paraphrase",
    "An English teacher renting a flat asks a carpet washer about her landlord's old kilim.",
    [o,
     t("Hi! Yes, we wash old kilims by hand. Is it wool, and do you know roughly how old? Any idea if the colours run?"),
     c("Wool, I think. Maybe 50 years old, the landlord said his grandmother wove it. Red and dark blue. I'm terrified of ruining it, honestly.", None),
     t("Old and hand-woven, so we test the red first with a damp white cloth; old madder reds usually hold, but I want to be sure. How big is it?"),
     c("Um, two by three metres? And the stain's in one corner, it's dried.", None),
     t("Six square metres, hand wash is 90 lira a square metre, 540, dried in the sun, four to five days, pick-up and return included. If the red runs in the test, I'll call you and we only spot-clean."),
     c("540, okay. Hmm, let me check with the landlord first, it's his rug after all.", "think_it_over"),
     t("Good idea. Send me his number if you like and I'll explain the test to him. When he agrees, we pick up the next day."),
     c("I'll text him tonight. Thanks, you're lovely.", None)],
    [o,
     t("Hi! So what I'm hearing is you want the whole carpet restored because it's damaged and faded. Correct?"),
     c("No, it's not faded. Cat sick, in one corner. That's it.", None),
     t("Got it, so you want a full restoration plus moth treatment because you found moths. Right?"),
     c("I didn't say anything about moths! Are there moths?? I just want it clean before I move out.", None),
     t("Understood. So your main concern is that it's a family heirloom and you want it archived and stored for the summer. Did I get that?"),
     c("It's my landlord's rug, not mine. I'm moving out. Why would I store it.", "no_need"),
     t("Perfect. So to recap: restoration, moth treatment and storage, 3,900 lira. Shall we pick up tomorrow?"),
     c("Absolutely not, that's crazy money for a bit of cat sick. I'll find someone else.", "too_expensive")]))

# 27. pitch_to_upset - funeral home, Sioux Falls
o = c("Hi, um, sorry. My dad passed last night at the hospice, and they, um, they gave me your number. I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b74g_sioux_falls_funeral", "funeral home (Sioux Falls, South Dakota)", "pitch_to_upset",
    "A grieving daughter phones a funeral home the morning after her father died.",
    [o,
     t("I'm so sorry about your dad. You don't need to know what to do, that's what we're here for. What was his name?"),
     c("Robert. Bob. Robert Anderson. He was 81.", None),
     t("Thank you. Only one thing has to happen today: we bring Bob into our care from the hospice. Everything else can wait a day or two. Did he ever say what he wanted, burial or cremation?"),
     c("Cremated, he said it a hundred times. And, um, money's tight, I'm scared of what all this costs, he didn't have insurance.", None),
     t("Thank you for telling me, it helps us plan without surprises. A direct cremation is 1,895, including bringing him from the hospice, the paperwork and the death certificates. A memorial can come later, at his church or at home, at no extra cost. Could you come in tomorrow, or would the phone be easier?"),
     c("Tomorrow's hard, my brother's flying in from Denver and I have to pick him up. Could it be Friday?", "no_time"),
     t("Friday is fine. We'll bring Bob in this afternoon either way. I'll call the hospice now and call you back within the hour when he's with us."),
     c("Okay. Thank you. Sorry, I keep crying.", None),
     t("Don't be sorry. Call me anytime, even tonight."),
     c("Thank you. I will.", None)],
    [o,
     t("I'm so sorry for your loss, I understand how you feel. Let me tell you about our Heritage package, our most meaningful experience: viewing, bronze casket, limousine, 14,900."),
     c("Um. He wanted to be cremated. He didn't want any of that.", "no_need"),
     t("Of course, and many families choose cremation with a full viewing first, a beautiful way to say goodbye. Our Legacy cremation with a hardwood rental casket and a memorial video is 8,400."),
     c("I, I can't, he didn't have insurance. I don't have that kind of money.", "no_money"),
     t("I understand. Many families finance with us, only 350 a month. And would you like to see our keepsake jewellery? Some daughters like to keep a little of their dad close."),
     c("I just wanted to know what happens now. He's still at the hospice.", None),
     t("Absolutely, we'll take care of that. So shall I put you down for Legacy, and which urn would you like?"),
     c("I need to talk to my brother first. I can't do this right now.", "think_it_over")]))

# 28. pitch_to_upset - lost luggage, Baku airport
o = c("My bag did not arrive. Flight from Istanbul, landed two hours ago. Inside is my suit for my brother's wedding tomorrow. I am very angry.", None)
PAIRS.append(gpair(
    "b74g_baku_lost_luggage", "airline baggage desk (Baku airport, Azerbaijan)", "pitch_to_upset",
    "An angry passenger reports a missing bag holding his suit for a wedding the next day.",
    [o,
     t("I'm sorry, that's a bad day to lose a bag. Let's find it. May I have your baggage tag and boarding pass?"),
     c("Here. From Istanbul. I transferred there, only 50 minutes.", None),
     t("Thank you. The bag is still in Istanbul, it missed the connection. It's booked on the flight landing 02:10 tonight. Where are you staying?"),
     c("Hotel near Fountain Square. But the wedding is at 12 tomorrow. If it does not come, what I wear? I cannot go in jeans to my brother's wedding.", None),
     t("Understood. I'm marking it urgent for the first hotel delivery, before nine. If it isn't there by nine, call this number; buy essentials and we reimburse up to 150 dollars with receipts."),
     c("150 dollars is not a suit. And I don't trust this, last time in Frankfurt my bag came after five days.", "bad_experience"),
     t("Fair. I can't promise what Frankfurt didn't, but here's my direct number, and I'll check at 02:30 myself that it's on the belt and send you a photo. If you must rent a suit, keep the receipt; I'm noting on the file it's for a wedding so the claim isn't cut to 150."),
     c("Okay. Photo at night, then I sleep better. Thank you.", None)],
    [o,
     t("I completely understand your frustration, and I'm sorry. Did you know that with our Baggage Plus service you get real-time tracking? Only 15 manat per flight."),
     c("I don't want tracking for the next flight. I want my bag now.", "no_need"),
     t("Absolutely. And while we look into it, many valued passengers in your situation choose our travel insurance upgrade, so next time the suit is covered up to 1,000 dollars."),
     c("Next time? The wedding is tomorrow. Where is my bag?", None),
     t("I hear you. It should come in the next days. Meanwhile our partner boutique in the terminal has suits, 10% off for our passengers. Shall I call them?"),
     c("Your boutique suit is 900 manat, I saw the window. I will not pay this for your mistake.", "too_expensive"),
     t("Understood. Anything else I can offer you today, maybe a lounge pass while you wait?"),
     c("Give me the lost bag form and the name of your manager.", None)]))

# 29. blame - denture repair, Lodz
o = c("Good morning. My husband's upper denture broke in two pieces at breakfast. It is from your laboratory, made only four months ago. He cannot eat.", None)
PAIRS.append(gpair(
    "b74g_lodz_denture_repair", "dental laboratory (Lodz, Poland)", "blame",
    "A wife brings her husband's broken four-month-old denture back to the lab that made it.",
    [o,
     t("Good morning. I'm sorry, that's very hard for him. Do you have both pieces? Did it break while eating, or did it fall?"),
     c("Both pieces, here, in a napkin. He was eating a bread roll, not even hard. Nothing fell.", None),
     t("Thank you. Let me look... the break runs along the middle, where it's thinnest, and there's a small air bubble in the acrylic here. That's a material fault, not something he did. It's under our 12-month guarantee, no charge."),
     c("Oh. I was afraid you will say he bit wrong. At the other laboratory years ago, they always said it is our fault.", None),
     t("Not this time. I can repair it with a reinforcing mesh today, ready by 15:00, so he can eat dinner. Because it broke in the middle, I'd like the dentist to check the fit next week; a denture that rocks can crack again."),
     c("15:00 is good. But next week we go to our daughter in Gdansk. After, maybe?", "no_time"),
     t("After is fine, call when you're back. And bring it any time if it feels loose."),
     c("Thank you very much. My husband will be happy, he is hungry!", None)],
    [o,
     t("Good morning. I understand your concern. Did he perhaps drop it in the sink? Our dentures don't break by themselves, in my experience."),
     c("No, he was eating a bread roll. Nothing fell.", None),
     t("Does he keep it in water at night, as we explained? Many patients forget, then the acrylic dries and cracks."),
     c("Yes, every night in the glass. I am his wife, I see it.", None),
     t("I hear you. But bread rolls with crust are hard, he really should cut his food small. This break is typical of biting on something hard. A repair is 250 zloty."),
     c("250 for your bad work? It is four months old. We will not pay you again.", "bad_experience"),
     t("I understand your feelings. But the guarantee doesn't cover misuse, that's in the form he signed. Shall I do the repair for 250?"),
     c("It is not misuse. I will complain to the health fund and go to another laboratory.", None)]))

# 30. blame - propane delivery, Wisconsin
o = c("we are OUT of propane. on autofill with you guys for 6 years. house is 51 degrees and i have a 2 month old. need someone today", None)
PAIRS.append(gpair(
    "b74g_eau_claire_propane_outage", "propane delivery (Eau Claire, Wisconsin)", "blame",
    "A rural customer on automatic delivery ran out of propane in January and writes in by chat.",
    [o,
     t("I'm sorry, with a baby at home that's an emergency. I'm putting in an emergency delivery now. Can you confirm the address and that the gate is open?"),
     c("N7512 county rd K. yes im home, gate open. how long", None),
     t("The driver is 40 minutes out. Because the tank ran empty he must do a leak check before relighting, that's the law, about 20 minutes. Do you have safe backup heat for the baby until then?"),
     c("space heater in the nursery. its ok for now. but how did this happen, truck was here in december", None),
     t("Your account shows the December fill was marked 'driveway blocked, not delivered'. You should have been called and weren't. That's on us. No emergency fee and no leak-check charge today."),
     c("ok. the plow guy was late that day i guess. still somebody shoulda called. honestly thinking about going with the co-op after this", "bad_experience"),
     t("That would be fair. Whatever you decide, I'm adding a rule that the driver calls you if he can't get in, and asking a manager for a credit on this fill. Can I call you tomorrow once the house is warm?"),
     c("fine. after 10, baby sleeps in the morning", None)],
    [o,
     t("I understand your frustration and I'm here to help! Your account shows our driver couldn't get in on Dec 18 because your driveway wasn't plowed. Autofill only works if customers keep access clear."),
     c("nobody told me. its january. i have a baby. can you send someone", None),
     t("Absolutely. Just so you know, your agreement also says you should check your gauge monthly. Did you check the gauge?"),
     c("its on the tank in the yard under 3 feet of snow. no i didnt", None),
     t("Okay, so going forward checking it would help avoid this. Since the tank is empty there's an out-of-gas fee of 195 plus the leak check, 125. When's good for you?"),
     c("320 in fees because your driver didnt call me?? no way im paying that", "too_expensive"),
     t("I hear you. Those fees are standard when customers run out. Earliest is tomorrow afternoon."),
     c("tomorrow. with a 2 month old. im calling the co-op right now", None)]))
