"""Gaming pairs c01-c10 of blind189, written by hand (kinds 6-15)."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question ------------------------------------------------------
o = c("Hi, we got our chairs today, twenty of them, and none of them have the lumbar adjustment. That's the whole reason we ordered them.", None)
PAIRS.append(gpair(
    "b189g_us_office_chairs_wrong_model", "office furniture supplier, Chicago", "putdown_question",
    "Office manager of an accounting firm in Chicago calls the office-furniture supplier because twenty chairs arrived without the lumbar support she ordered.",
    [o,
     t("Oh no, that's frustrating, especially if people were waiting on them. What's the order number? I'll check what we sent against what you ordered."),
     c("It's 55812. I have the quote right here, it says 'with adjustable lumbar.'", None),
     t("I see it. The quote says adjustable lumbar, but the order went in as the base model. That's our mistake. Is anyone waiting on them urgently?"),
     c("Yes, two of our senior accountants, one just had back surgery. And it's tax season, they're here twelve hours a day.", None),
     t("Then I'll swap those two first; we have the right model in our Elk Grove warehouse, so Thursday. The other eighteen next week, and we take the wrong ones away on the same trip. No cost to you."),
     c("Thursday for the two? Okay. That's actually good.", None),
     t("I'll email you the delivery windows this afternoon and call Thursday morning to confirm the driver's on his way.")],
    [o,
     t("Okay. Are you sure you know what the lumbar adjustment looks like? It's a little knob on the back. Did you check for it?"),
     c("Yes, I know what a knob looks like. There isn't one.", None),
     t("Right. So what I'm hearing is you're upset. Is this the first time you've ordered office furniture yourself?"),
     c("No, it isn't. Order 55812. The quote says adjustable lumbar.", None),
     t("Okay, let's not get too worked up over a chair, can we? What exactly do you need me to do?"),
     c("I need the right chairs. One of our accountants just had back surgery.", None),
     t("I understand. Do you think your team could maybe manage with a cushion for a week or two, or is that a big problem?"),
     c("Let me speak to your manager, please.", None)],
))

# c02 not_my_department_or_read_the_terms ------------------------------------
o = c("Hi Joanna, it's Beth. I've had three customer complaints this week saying your agents couldn't answer basic product questions.", None)
PAIRS.append(gpair(
    "b189g_ph_bpo_account_product_questions", "outsourced customer support, Manila (client in Ohio)", "not_my_department_or_read_the_terms",
    "US owner of an online dental-supply store calls her outsourced support provider's account manager in Manila after customers complain that agents don't know the products.",
    [o,
     t("Hi Beth, I'm sorry, that's not the service you're paying for. Can you forward me those three, and tell me what the questions were about?"),
     c("One was about which impression trays fit which kit. Honestly, stuff that's on our website.", None),
     t("So product-fit questions the website already answers. We onboarded two new agents last month, and I'd bet that's where this is. Would a thirty-minute refresher from someone on your product team help?"),
     c("I mean, I don't really have time to train your people. That's what I'm paying you for.", "no_time"),
     t("That's fair. Then our team lead will build a product cheat sheet from your website by Friday, and you'd only check it for mistakes, ten minutes. And I'll review every product-fit ticket myself for two weeks."),
     c("Okay. That I can do.", None),
     t("I'll email you the ticket review on Monday, with what we found and what we changed.")],
    [o,
     t("Hi Beth! Thanks for reaching out, I really value our relationship. Agent training is handled by our quality team, though, so that's not really my department."),
     c("You're my account manager. Who else am I supposed to call?", None),
     t("I understand. So what I'm hearing is there were some complaints. Per the SLA, product knowledge is based on materials the client provides. Have you had a chance to review section four?"),
     c("The materials are our whole website. It's not complicated.", None),
     t("I didn't write the SLA, unfortunately, but I can raise a ticket to quality. Is there anything else I can help you with?"),
     c("When will quality call me?", None),
     t("They usually respond within ten business days. How would you rate your experience today?"),
     c("Ten days. My contract's up for renewal in June, Joanna. Just so you know.", None)],
))

# c03 social_proof_or_deadline_pressure -------------------------------------
o = c("Yeah, hi, you've got two minutes, I've got a press running.", None)
PAIRS.append(gpair(
    "b189g_us_courier_print_shop", "same-day courier, Boston", "social_proof_or_deadline_pressure",
    "Owner of a print shop in Boston takes a call from a courier rep who wants her same-day delivery business.",
    [o,
     t("Thanks, I'll be quick. Who does your same-day deliveries now, and is there anything about them you'd change?"),
     c("We use a bike courier downtown. They're good. Sometimes they can't take big boxes, that's about it.", None),
     t("So downtown's covered and the bulky jobs are the gap. How often does that come up?"),
     c("Couple times a month? Trade-show banners, big poster runs. I usually just drive them myself.", None),
     t("Then you probably don't need to switch at all. We could be the backup for the bulky jobs only, no monthly fee, pay per run. Want a rate card by email so it's there next time?"),
     c("Sure, that's fine. Send it over.", None),
     t("Will do, today. Good luck with the press run.")],
    [o,
     t("Perfect. So what does a great delivery experience look like for you? Because honestly, every print shop in Boston has moved over to us this year."),
     c("Every print shop? I doubt that. We use a bike courier, they're fine.", "no_need"),
     t("Totally, and that's what Copley Print said before they switched. Thing is, our new-client rate is only good till end of day today."),
     c("I've got a press running. I'm not switching couriers today.", "no_time"),
     t("I hear you. But three shops on Newbury Street signed this week, and I've only got one launch slot left. What would you need to see to take it?"),
     c("Nothing, honestly. Call me in a few months, maybe.", "brush_off")],
))

# c04 keyword_stuffed -------------------------------------------------------
o = c("Hiya, we're a builders' merchant in Cardiff. Customers keep asking if we can deliver tiles further out, Swansea, the valleys. Our van can't do it all.", None)
PAIRS.append(gpair(
    "b189g_uk_pallet_network_builders_merchant", "pallet network depot, Cardiff", "keyword_stuffed",
    "Manager of an independent builders' merchant in Cardiff phones a pallet-network depot about sending pallets of tiles to customers across South Wales.",
    [o,
     t("Hiya. How many pallets a week would that be, and are they full pallets or part loads?"),
     c("Eight, ten a week. Mostly half pallets. Tiles are heavy, see.", None),
     t("Half pallets of tiles, eight to ten a week. Do your customers need a tail-lift? A lot of them won't have a forklift on site."),
     c("Oh aye, most are tradesmen or people doing their kitchens. No forklifts.", None),
     t("Then it's half-pallet, next-day, with tail-lift. Roughly thirty-eight to forty-five pounds a pallet in South Wales, which you could pass on as a delivery charge."),
     c("Forty-five's steep, to be honest. The builders moan if it's over thirty.", "too_expensive"),
     t("Understood. If you hand us three or more at one collection, it drops to about thirty-four. Would grouping them on, say, Tuesdays and Fridays work?"),
     c("That could work. Let me check with the lads in the yard first.", "think_it_over")],
    [o,
     t("Hiya! First, I really want to understand your needs and your customers' needs, because their experience is your success."),
     c("Right. So, can you deliver to Swansea?", None),
     t("Absolutely, and I feel that's a great question. What I'm hearing is that delivery is a need, and I understand the relationship with your customers is so important."),
     c("It's tiles. Half pallets, eight or ten a week. What does it cost?", None),
     t("I really appreciate you sharing that. Cost is one part of the overall value experience, and we focus on understanding each partner's unique needs to deliver success together."),
     c("Is that a number? I've a yard full of customers here.", None),
     t("I totally understand, and I feel your time pressure. So, to make sure I understand your needs, how would you describe your ideal delivery experience?"),
     c("Cheap and on time. Look, I haven't got time for this. Just email me a price list.", "brush_off")],
))

# c05 rude ------------------------------------------------------------------
o = c("Hello, good morning. Our copier is showing error C-2550 and won't print. Exams are next week and teachers need to print test papers.", None)
PAIRS.append(gpair(
    "b189g_ph_copier_lease_school_exams", "copier lease and service, Davao City", "rude",
    "Admin officer of a private high school in Davao calls the copier lessor because the copier broke the week before exams.",
    [o,
     t("Good morning Ma'am. Exam week, okay, we'll prioritise you. C-2550 is usually the drum unit. Is the machine on the lease with full service?"),
     c("Yes, the lease with service. We pay every month.", None),
     t("Then the part and the visit are covered. Our technician in Davao can come tomorrow morning. Will someone be at the school by eight?"),
     c("Tomorrow is okay, but the teachers are asking if they can print somewhere today. Some papers are due to the principal.", None),
     t("There's a partner print shop on Roxas Avenue that gives our lease clients a discount. I'll text you the address, and I'll confirm the technician's time tonight."),
     c("Okay, thank you. Please, eight o'clock. The principal is very stressed.", None),
     t("Eight o'clock, noted. I'll call you at seven-thirty if anything changes.")],
    [o,
     t("Ma'am, everyone says their exams are urgent. What's the error code?"),
     c("C-2550. It's on the screen.", None),
     t("Yeah, that's the drum. Did someone try to fix it themselves? Teachers always open the covers."),
     c("I don't know. Maybe. Can someone come before the exams?", None),
     t("Earliest is Monday. We have a lot of clients, you're not the only school in Davao."),
     c("Monday is the exam day itself. That's too late for us, sir.", "no_time"),
     t("Then print at a shop. Not my problem if you wait until the last week to print."),
     c("I will ask the principal to call your manager.", None)],
))

# c06 ignored_customer ------------------------------------------------------
o = c("Thanks for coming. So the thing with us is, it's not an office. We've got kennels, a surgery room, and we need a specific disinfectant because of parvo.", None)
PAIRS.append(gpair(
    "b189g_us_cleaning_vet_clinic", "commercial cleaning, Denver, Colorado", "ignored_customer",
    "Practice manager at a veterinary clinic in Denver shows a cleaning company's rep around for a quote; the clinic has strict disinfection rules.",
    [o,
     t("That's important. Which disinfectant does your vet specify, and which rooms need it?"),
     c("Accelerated hydrogen peroxide, the one we already stock. Kennels, exam rooms, surgery. The lobby's normal.", None),
     t("So your own peroxide product in the kennels, exam rooms and surgery, and a normal clean in the lobby. Our crews usually bring their own chemicals. Would you want them to use yours, so it matches your protocol?"),
     c("Yes, definitely ours. The last company swapped it for something cheaper without telling us.", "bad_experience"),
     t("That's a serious breach. I'll write the product and dilution into the contract, and the crew lead signs a log each night you can check. When do the animals leave the treatment areas?"),
     c("Overnight patients stay in the back kennels. So crews can't be loud back there after nine.", None),
     t("Got it, quiet work in the back after nine. I'll send a quote with the protocol written in by Monday, and I'd like your vet to read that part before you sign.")],
    [o,
     t("Great, thanks for sharing that. So tell me, what's most important to you in a cleaning partner?"),
     c("That they use our disinfectant. The hydrogen peroxide one. The last company swapped it without telling us.", "bad_experience"),
     t("Totally understand. We use our own hospital-grade green line, which customers love. What else is important?"),
     c("No, it has to be ours. It's a vet protocol thing. And we have overnight patients.", None),
     t("Perfect. So our crews come in at ten p.m., full vacuum and floor buffing throughout. How does that sound?"),
     c("The buffer will terrify the dogs. Did you hear what I said about overnight patients?", None),
     t("Great question! I'll put all that in the standard office quote. Anything else?"),
     c("Don't bother with the quote. We'll find someone who listens.", None)],
))

# c07 repeated_questions ----------------------------------------------------
o = c("Afternoon. We've got three printers, all knackered, and I wondered about one leased machine instead. We're eleven staff.", None)
PAIRS.append(gpair(
    "b189g_uk_print_lease_solicitors", "managed print, Croydon", "repeated_questions",
    "Practice manager at a small firm of solicitors in Croydon asks a print-management company about replacing three old printers with one leased machine.",
    [o,
     t("Afternoon. Eleven staff and three tired printers. Roughly how much do you print a month, do you know?"),
     c("I don't, honestly. We go through a box of paper every week or so.", None),
     t("A box is five reams, so about two and a half thousand sheets a week, ten thousand a month. Mostly black and white?"),
     c("Nearly all. Letters, contracts. Colour's just the odd plan.", None),
     t("Then a mid-range mono machine with a small colour allowance. With client files, I'd also suggest secure release, where a job only prints when you tap your card at the machine. Has anyone asked for that?"),
     c("Yes! Someone's divorce papers sat in the tray all afternoon last month.", None),
     t("That's exactly what it stops. I'll send a quote with and without secure release by Thursday, so you can see the difference."),
     c("Lovely. The partners will need to sign it off, so keep it easy to read.", "think_it_over")],
    [o,
     t("Afternoon! So, how many pages would you say you print a month?"),
     c("No idea, sorry. We get through a box of paper a week, ish.", None),
     t("Okay. And what would your monthly print volume be, roughly?"),
     c("Like I said, about a box a week.", None),
     t("Great. And in terms of pages, how much printing does the office do?"),
     c("A box of paper. A week. Can you not work it out from that?", None),
     t("Absolutely. Just so I fully understand your needs, how many copies would you estimate?"),
     c("I haven't got all afternoon. Send me a brochure and I'll have a look.", "brush_off")],
))

# c08 wrong_paraphrase ------------------------------------------------------
o = c("Hi, good day. We have a new buyer in LA, a small grocery chain. They want only around two pallets a month to start.", None)
PAIRS.append(gpair(
    "b189g_ph_forwarder_dried_mango_lcl", "freight forwarder, Cebu", "wrong_paraphrase",
    "Export officer of a dried-mango producer in Cebu calls a freight forwarder about small shipments to a new buyer in Los Angeles.",
    [o,
     t("Good day, and congratulations on the buyer. Two pallets a month is too small for a full container, so we'd consolidate with other cargo. Does it need temperature control?"),
     c("No, dried mango is okay at room temperature. But it needs the FDA prior notice. We used a different company before and they filed it late.", "bad_experience"),
     t("Understood. The prior notice must be filed before arrival, and a late one can hold the cargo. We file it ourselves and send you a copy before the vessel sails. Who pays the freight, you or the buyer?"),
     c("We quoted FOB Cebu, so the buyer pays from the port.", None),
     t("Then your side is trucking to Cebu port and export clearance. I can also give you our LA rate to pass on, in case the buyer has no forwarder yet. Should I send both?"),
     c("Yes please, both. I'll forward to our buyer. Thank you.", None),
     t("I'll email them this afternoon, with the prior-notice steps on one page.")],
    [o,
     t("Good day! So what I'm hearing is you want to ship a full container to LA every month, correct?"),
     c("No, only two pallets a month, for a start.", None),
     t("Okay, so you're saying your buyer is big and growing fast, and you'd want to lock in a yearly container contract now. Did I understand you correctly?"),
     c("I didn't say that. It's a small grocery. We're not signing anything yearly.", "no_need"),
     t("Right, so what I'm hearing is you're happy to handle the FDA side yourselves and you just need sea freight."),
     c("No! The FDA prior notice is the part I'm worried about. Last time it was filed late.", "bad_experience"),
     t("Perfect, so to recap: full container, yearly, no FDA. I'll send the contract."),
     c("Please don't. I'll ask my manager to find another forwarder.", None)],
))

# c09 pitch_to_upset --------------------------------------------------------
o = c("I just got an email that my stock got wet. That's like forty thousand dollars of rugs. What the hell happened?", None)
PAIRS.append(gpair(
    "b189g_us_3pl_roof_leak_rugs", "third-party warehouse, Houston, Texas", "pitch_to_upset",
    "Owner of a small rug import business in Houston calls his third-party warehouse after learning his stock was damaged by a roof leak in a storm.",
    [o,
     t("I'm sorry, that's a huge hit. Here's what I know: the roof over aisle twelve failed in Saturday's storm, and nine of your pallets were under it. I can send you photos right now."),
     c("Send them. Are they ruined, all of them?", None),
     t("Sending now. Our team thinks four are soaked and five have wet outer wrap only. I'd rather you or your adjuster sees them before anything's decided. Can you come in tomorrow?"),
     c("Tomorrow afternoon. And who's paying for this? I'm not eating forty grand.", None),
     t("Fair question. Our warehouse liability covers a set amount per pallet, and your own cargo insurance, if you have it, may cover the rest. I'll send our claim form and liability terms tonight. I'm not going to guess at figures now."),
     c("Okay. Okay. Thanks for being straight.", None),
     t("I'll meet you at the dock at two tomorrow, with the pallets pulled out so you can see each one.")],
    [o,
     t("I completely understand how upsetting this is, and I really hear you. Can I ask, what does peace of mind look like for your business going forward?"),
     c("Peace of mind? Getting my forty grand back, that's what.", None),
     t("Absolutely. And that's why so many clients choose our Premium Protect add-on. It covers full replacement value for a small fee per pallet per month."),
     c("You're selling me insurance? My rugs are sitting in water right now.", None),
     t("I hear you, and I want to make sure this never happens again. If you sign up today, I can apply a new-client discount to Premium Protect. How does that sound?"),
     c("It sounds like I'm moving my stuff out of your warehouse. Where are the photos?", None)],
))

# c10 blame -----------------------------------------------------------------
o = c("Hi, I've had a bill for three hundred and twelve pounds in excess copies. We've never gone over our allowance before.", None)
PAIRS.append(gpair(
    "b189g_uk_copier_meter_bill_glasgow", "copier lease billing, Glasgow", "blame",
    "Office manager of a housing association office in Glasgow rings the copier company about an excess-copies bill she thinks is wrong.",
    [o,
     t("That does look like a jump. Let me check the meter reading we used. Could you read me the total count off the machine right now?"),
     c("Aye, hang on. It says 84,210.", None),
     t("Thank you. We billed on 94,210, so it looks like the reading was keyed in wrong by ten thousand. That's our error. I'll cancel this invoice and reissue it today."),
     c("Oh, thank God. Our budget's tight enough as it is.", None),
     t("I can also set the machine to send its readings automatically, so nobody has to type them in. It's free. Would that be useful?"),
     c("Aye, go on, as long as it doesn't cost us anything.", None),
     t("No cost at all. The corrected invoice will be with you this afternoon, and I'll ring next week to check the readings are coming through.")],
    [o,
     t("I understand your concern. Can I ask, did your office submit the meter reading on time this quarter?"),
     c("I think so. I always do it on the first of the month.", None),
     t("Okay, so what I'm hearing is you think so. Because when readings are late or wrong, the system estimates, and that's usually on the customer side."),
     c("Our count right now is 84,210. What did you bill on?", None),
     t("94,210. So maybe someone in your office printed more than you realised? Staff often print personal things."),
     c("Ten thousand pages in a month? We're eight people. Somebody's typed it in wrong.", None),
     t("Well, if you'd set up automatic readings like we recommend, this wouldn't happen. Is there anything else I can help with?"),
     c("Aye. Cancel the bill, or I'm taking this whole contract elsewhere.", None)],
))
