"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand for blind96."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question - Singapore, condo management office
o = c("Hello, management office ah? The unit above me, #12-05, drilling since 9am. Today Sunday leh. Can or not you do something?", None)
PAIRS.append(gpair(
    "b96g_singapore_condo_reno_noise", "condo management office / MCST (Singapore)", "putdown_question",
    "A resident calls the condo management office about Sunday renovation drilling from the unit above.",
    [o,
     t("Hello, this is Farid from the management office. Sorry about that, renovation isn't allowed on Sundays under our by-laws. Can I confirm your unit, and is it still going on now?"),
     c("I'm #11-05. Yes, still going. My husband just came back from hospital, he need to rest.", None),
     t("I'm sorry, that makes it worse. I'm sending our security officer up now to stop the works, and I'll check which contractor is registered for that unit. Shall I call you once it's stopped?"),
     c("Yes please. This is the third time already. Last time you all also say will settle, then nothing.", "bad_experience"),
     t("You're right to be upset, I see two earlier complaints in our log. This time I'll issue a written warning to the owner, and if it happens again the MCST can hold their renovation deposit. I'll email you a copy of the warning by tomorrow."),
     c("Ok. Thank you. Can hear it stopping already.", None),
     t("Good. I'll still call you in ten minutes to confirm. Hope your husband gets some rest.")],
    [o,
     t("Hello, management office. Aunty, aren't you being a bit sensitive? It's only drilling. What exactly did you hear?"),
     c("Sensitive?? It's Sunday. Drilling since 9am, my whole ceiling shaking.", None),
     t("I understand how you feel. But surely you know renovation is part of condo living, right? How long have you lived in a condo?"),
     c("Twenty years. And I know Sunday cannot renovate. My husband just came back from hospital.", None),
     t("Okay, so what I'm hearing is you're upset. Did you try talking to your neighbour yourself first, or do you usually call management for everything?"),
     c("Last time I go up, the worker scold me. That's why I call you. Third time already.", None),
     t("Noted. But are you sure it's #12-05 and not another unit? Sound travels, you know. What makes you so certain?"),
     c("Forget it. I write to the MCST chairman myself.", None)],
))

# 12 putdown_question - Hanoi, freight forwarder / customs
o = c("Hi anh, my container at Hai Phong still not released, already 5 days. Storage fee keep going. What is happening?", None)
PAIRS.append(gpair(
    "b96g_hanoi_customs_hold", "freight forwarding and customs brokerage (Hanoi / Hai Phong)", "putdown_question",
    "A small cosmetics importer in Hanoi chases her forwarder about a container held at Hai Phong port.",
    [o,
     t("Hi chị Linh, sorry, five days is long. Let me pull your file. Customs flagged the HS code on two products, the serums. Did your supplier send you ingredient lists for them?"),
     c("They send only the invoice. I didn't know need ingredient list.", None),
     t("Many first-time importers don't, it's not obvious. Customs needs the ingredient list to confirm the code for cosmetics. If the supplier sends it today, we submit tomorrow morning. Do you have a contact there who replies fast?"),
     c("Yes, Mr. Zhou, he answer WeChat quick. But the storage, who pays? Every day more.", None),
     t("Storage is charged by the port, about 1.2 million đồng a day for a 20-foot. I can't waive that, but I'll ask the port for extra free days since it's a document query, sometimes they give two. Once we have the list, release is usually one to two days."),
     c("Ok. I message Mr. Zhou now. You call me tomorrow?", None),
     t("Yes, I'll call you by 10am tomorrow with the status, and send a checklist so next time the documents are ready before it sails.")],
    [o,
     t("Hi chị. Didn't you check the documents before shipping? What exactly did your supplier put on the invoice?"),
     c("I don't know all this. You are the forwarder, I pay you to handle.", None),
     t("I understand your concern. But surely you know cosmetics need an ingredient list, no? Is this your first time importing anything?"),
     c("Second time. First time no problem. Now 5 days already, storage fee every day.", None),
     t("So what I'm hearing is you're frustrated. But don't you think it's a bit unfair to blame us for your supplier's paperwork? What exactly do you expect us to do?"),
     c("I expect you tell me what document you need! Until now nobody told me.", None),
     t("Okay, the ingredient list. Can you manage to get it yourself, or do you need us to write the email for you too?"),
     c("Next shipment I find another forwarder.", None)],
))

# 13 not_my_department_or_read_the_terms - Tondo Manila, remittance payout
o = c("Good afternoon po. My wife sent money from Riyadh yesterday. I can't claim, they said the name is wrong. They typed Rodelio, but I'm Rodel.", None)
PAIRS.append(gpair(
    "b96g_tondo_remittance_name", "remittance payout outlet (Manila)", "not_my_department_or_read_the_terms",
    "A husband cannot claim money his wife sent from Riyadh because his first name was mistyped.",
    [o,
     t("Good afternoon po, sorry for the hassle. Can I see the reference number and your ID? Let me look at the transaction."),
     c("Here po. My ID says Rodel Santos.", None),
     t("I see it. A name correction has to come from the sender's side: your wife requests it in the app or at the branch in Riyadh. It's free, usually done in a few hours. Can you message her now?"),
     c("She's working po, she can only check her phone at night there. The money is for my son's hospital bill tomorrow.", None),
     t("Okay, that's urgent. I'll put a priority note on our side so once she submits, it's processed right away. Tell her to choose 'amend beneficiary name' and type exactly what's on your ID. You'll get an SMS, then claim at any branch, including the 24-hour one in Divisoria."),
     c("Ok po, I'll message her now so she sees it at break time.", None),
     t("Here are the steps on paper in Tagalog, send her a photo. If there's no SMS by 9am tomorrow, call this hotline and give this ticket number.")],
    [o,
     t("Good afternoon po! Thank you for choosing us. How can I make your experience better today?"),
     c("Like I said, I can't claim because the name is wrong. Rodelio, but I'm Rodel.", None),
     t("I understand how frustrating that is, sir. Unfortunately names are the sender's responsibility, not ours. It's in the terms at the back of the form."),
     c("So what do I do? The money is for my son's hospital bill tomorrow.", None),
     t("I hear you, sir. But amendments are handled by the sending country, that's not my department. You'll have to coordinate with Riyadh."),
     c("How will I coordinate with Riyadh? Can't you call them?", None),
     t("I'm just the payout teller, sir, I didn't make the rules. You can try our hotline, it's on the website."),
     c("Where is your manager po.", None)],
))

# 14 not_my_department_or_read_the_terms - Bangkok, parcel courier claim
o = c("Hello ka, I send ceramic bowls to Chiang Mai, customer receive all broken. I already pay fragile fee 40 baht. How to claim?", None)
PAIRS.append(gpair(
    "b96g_bangkok_courier_broken", "parcel courier (Bangkok)", "not_my_department_or_read_the_terms",
    "A small online ceramics seller in Bangkok chats with her courier after a parcel arrived broken.",
    [o,
     t("Hello khun, sorry, that's upsetting for you and your customer. Can you send the tracking number, and do you have photos of the box and the bowls?"),
     c("Tracking TH78420. Customer send photo, box crushed at one corner.", None),
     t("Thank you. With the fragile fee paid, you can claim up to the declared value. What value did you declare?"),
     c("2,000 baht. But I have no time to fill many forms, I have shop to run.", "no_time"),
     t("Understood, I'll keep it short. I can open the claim for you from this chat, I only need the customer's photos and your bank account for the refund. Usually approved in 7 working days."),
     c("Ok ka, I send now.", None),
     t("Received. Claim number CL-55109, I'll message you when it's approved. For ceramics next time, double box with bubble wrap helps, and the branch gives bubble wrap free."),
     c("Khob khun ka.", None)],
    [o,
     t("Hello khun! Thank you for being a valued customer, I'm sorry to hear about your experience. What would you like me to do for you today?"),
     c("I want to claim. I paid fragile fee.", None),
     t("I understand. Claims are handled by the Claims team, not customer service, so I can't help with that here. You can read the terms on our website, section 9."),
     c("I read already. It say contact customer service.", None),
     t("I see. Packaging standards are also in the terms, khun, I didn't write them. Liability depends on the claims team's decision."),
     c("So who can help me? My customer want refund from me now.", None),
     t("Please email the claims team, they usually reply within 14 working days. Is there anything else I can help you with today?"),
     c("Fourteen days?? Never mind. I use other courier from now.", None)],
))

# 15 social_proof_or_deadline_pressure - Yishun Singapore, aircon servicing HDB
o = c("Hello, I saw your flyer at the lift. How much to service aircon? I got 3 units, system 3.", None)
PAIRS.append(gpair(
    "b96g_yishun_aircon_service", "aircon servicing (HDB flat, Singapore)", "social_proof_or_deadline_pressure",
    "A retired man in a Yishun HDB flat calls the number on a lift-lobby flyer.",
    [o,
     t("Hello uncle, thanks for calling. For system 3, general servicing is $25 per fan coil, so $75 for all three. When was the last servicing, and any problem now or just routine?"),
     c("Last one maybe one year plus. Bedroom one got smell, a bit musty. Others ok.", None),
     t("Musty smell usually means the coil and tray are dirty, general servicing may not fully clear it. For that one unit a chemical wash is $80, the other two just general. Total $130. Or try general first and see."),
     c("$80 for one unit ah. My other guy only charge $60 for chemical.", "too_expensive"),
     t("Fair, prices vary. Ours includes taking out the blower wheel, which is where the smell hides. If your usual guy does that too, no harm using him. If you want us, I have Thursday 10am."),
     c("Hmm, let me ask my wife which day she's home first.", "think_it_over"),
     t("Sure, no rush. I'll WhatsApp you the quote so you and auntie can look. Just reply with a day when ready.")],
    [o,
     t("Hello uncle! Good timing, we're doing the whole of Block 745 this week. 28 of your neighbours already signed our yearly contract, 4 servicings for $220 per unit. Can I put you down also?"),
     c("Yearly ah? I just want one time servicing first.", "no_need"),
     t("I understand your needs, uncle. But the yearly price only valid until Sunday, after that back to $280. Most of your neighbours on the 8th floor took it already, they say very worth it."),
     c("I don't know my neighbours also. How much for one time?", None),
     t("One time is $35 per unit, but honestly everybody in Yishun is going yearly now, one time doesn't last. And our technicians only in your block until Sunday, after that next slot is end of next month."),
     c("Wah, so pushy one. Let me discuss with my wife first.", "think_it_over"),
     t("Of course uncle! But the promo ends Sunday midnight and I only have two contract slots left for your block. Shall I hold one for you?"),
     c("No need, thanks.", "no_need")],
))

# 16 social_proof_or_deadline_pressure - Canggu Bali, villa management
o = c("G'day, I've got a two-bed villa in Canggu, heading back to Perth for six months. Trying to decide whether to get someone to manage it on Airbnb or just lock it up.", None)
PAIRS.append(gpair(
    "b96g_canggu_villa_management", "villa property management (Bali)", "social_proof_or_deadline_pressure",
    "An Australian owner of a small villa in Canggu asks a management company about the six months he'll be away.",
    [o,
     t("Hi Mark, good you're thinking early. What matters more to you: earning from it, or knowing it's looked after while you're away?"),
     c("Honestly, mainly looked after. Last time I left it empty I came back to mould everywhere and a green pool.", None),
     t("That happens fast in the wet season. Two options: caretaking only, Rp4.5 juta a month, weekly cleaning, pool and airing. Or full rental management at 20% of bookings, caretaking included. A two-bed in Canggu in low season might fill 50 to 60%."),
     c("20% seems steep. My mate in Pererenan pays 15.", "too_expensive"),
     t("Some charge 15% but bill linen and cleaning separately, ours includes them. If income isn't the main thing, caretaking only is the safe choice, and you can switch to rental later."),
     c("Yeah, caretaking sounds about right. Let me chat to my wife tonight.", "think_it_over"),
     t("Sure. I'll email both options with the contract, and I can come tomorrow to do a photo inventory of the villa before you fly, no charge."),
     c("Tomorrow arvo works. Cheers.", None)],
    [o,
     t("G'day Mark! Great timing. Every villa on your gang has already signed with us, we manage 40 in Canggu. So what are your goals for the villa?"),
     c("Mainly want it looked after. Not fussed about renting.", None),
     t("Totally hear you. But honestly, an empty villa in Canggu is money left on the table, all the expats we work with rent out. And our 18% rate is only for sign-ups before Friday, after that it's 25%."),
     c("I've had tenants through an agency before. Nightmare, they trashed the kitchen.", "bad_experience"),
     t("I understand how you feel, Mark. That's why 95% of our owners renew. Your neighbour at Villa Kembang made 180 million rupiah last year with us. Shall I lock in the 18% before Friday?"),
     c("I'm not deciding anything by Friday, mate. I need to talk to my wife.", "think_it_over"),
     t("No worries! I just can't promise the rate after Friday, only three spots left this season. Shall I send the contract today so you can sign by Thursday?"),
     c("Just email me something. I'll have a look.", "brush_off")],
))

# 17 keyword_stuffed - Kuala Lumpur, dental chain braces enquiry
o = c("Hi, my daughter is 13, the school dentist said her teeth crooked and she might need braces. How does it work at your clinic?", None)
PAIRS.append(gpair(
    "b96g_bangsar_braces_enquiry", "dental clinic chain (Kuala Lumpur)", "keyword_stuffed",
    "A mother in KL phones a dental chain after the school dentist mentioned braces for her daughter.",
    [o,
     t("Hi, thanks for asking. First step is an assessment with our orthodontist, RM150 with X-ray and photos. She'll tell you whether braces are really needed now or better to wait. Is your daughter bothered by her teeth, or is it more the school dentist's comment?"),
     c("She's shy to smile lately. But I heard braces RM8,000 to RM10,000, that's a lot for us.", "no_money"),
     t("That's a fair concern. Metal braces here start at RM6,500 and can be paid monthly over the treatment, around RM250 to RM300 a month. But first let's see if she needs full braces, at 13 sometimes it's a smaller treatment."),
     c("Ok. Can the assessment be Saturday? Weekdays she has school and tuition.", None),
     t("Saturday 10am at the Bangsar branch is open. Bring the school dentist's letter if you have it. After the assessment you get the plan and price in writing to think about, no need to decide on the day."),
     c("Good, book Saturday 10.", None)],
    [o,
     t("Hi! Thank you so much for reaching out. At our clinic we truly understand your needs and your daughter's needs, and we focus on a smile journey experience built on trust and relationship."),
     c("Ok... but how does it work? What's the first step?", None),
     t("Great question! The first step is understanding. We want to understand how you feel, how your daughter feels, and what success looks like for your family. How do you feel about her smile?"),
     c("I feel fine. She's shy to smile. I just want to know the cost and the process.", None),
     t("I really hear you, and I feel your concern. Our experience is that every family's needs are unique, so we create a personalised success experience for each patient, with full understanding and a long-term relationship."),
     c("Sorry, so how much? I heard braces can be RM10,000. We can't spend that kind of money.", "no_money"),
     t("I totally understand how you feel about the investment. Our goal is your satisfaction and a positive experience. How satisfied are you with our conversation so far?"),
     c("Not very. I'll call another clinic, thanks.", None)],
))

# 18 keyword_stuffed - Singapore, invoicing SaaS for a renovation contractor
o = c("Hi, I run a small reno company, 6 staff. My accountant says I need proper software for invoices and GST. Your system can do progress billing?", None)
PAIRS.append(gpair(
    "b96g_singapore_reno_invoicing", "invoicing and GST software for SMEs (Singapore)", "keyword_stuffed",
    "A renovation contractor asks an accounting-software company whether it handles staged billing.",
    [o,
     t("Hi, yes it can. Before I show you, how do you invoice now, and what goes wrong with it?"),
     c("Excel lah. Each project I bill 30% deposit, then 40%, then 30%. Sometimes I forget which client paid which stage.", None),
     t("So the pain is tracking which stage each client has paid. Here you set 30/40/30 once per project, it reminds you when a stage is due, and shows unpaid stages on one screen. GST is calculated for you and the report goes to your accountant. How many projects at one time?"),
     c("Usually 8 to 10. How much is it? My accountant's one is $60 a month but very complicated.", None),
     t("Business plan is $45 a month for up to 3 users, no lock-in, and we import your Excel client list free. Want to try it on two or three live projects for 30 days?"),
     c("Ok, but now got no time to learn new system, CNY coming, all clients want reno finish.", "no_time"),
     t("Understood. Let's start after CNY, second week of February. I'll set up your first three projects with you on a 30-minute call, you only need to check."),
     c("Ok, February can. Send me calendar invite.", None)],
    [o,
     t("Hi! Thanks for reaching out. We're all about understanding the needs of SMEs like yours and building a relationship for long-term success. Can you share your vision of success?"),
     c("My vision is send invoice correctly lah. Can do progress billing or not?", None),
     t("Absolutely, I hear you. Progress billing is a key part of the customer experience journey. Our platform empowers you to understand your cash flow needs and feel in control of your business success."),
     c("Ok but how does it work? I do 30, 40, 30.", None),
     t("Love that. So what I'm hearing is you need a solution that understands your business. We really value partnering with you on that experience, and our relationship managers support your success every step."),
     c("You haven't answered me. How much?", None),
     t("Great question! Pricing depends on your needs and the value you want to experience. How do you feel about investing in your success?"),
     c("You wasting my time. I ask my accountant find one. Bye.", None)],
))

# 19 rude - Kamuning Quezon City, restaurant supplier to a carinderia
o = c("Hello, this is Baby from Baby's Carinderia in Kamuning. Can I order 2 sacks rice and 4 gallons oil? And can I pay on Friday instead?", None)
PAIRS.append(gpair(
    "b96g_kamuning_carinderia_supply", "rice and cooking-oil supplier to eateries (Quezon City)", "rude",
    "A long-time carinderia customer phones her supplier with her usual order and asks to pay a few days later.",
    [o,
     t("Hi Ms. Baby! Sure, 2 sacks regular milled and 4 gallons palm oil, same as last time? Delivery tomorrow morning?"),
     c("Yes same. But this week slow, can I pay Friday? Usually I pay cash on delivery.", None),
     t("You've always paid on time, so Friday is fine. I'll note 7-day terms on this order, ₱6,480 total. I can also ask my manager about a standing 7-day term so you don't have to ask each time."),
     c("Ay, that would help. Sometimes weekday customers are few.", None),
     t("I'll ask today and text you. Anything else running low, so the truck only comes once?"),
     c("Maybe 1 box eggs. But if the price went up again, skip na, the egg price is crazy.", "too_expensive"),
     t("Eggs are ₱255 a tray now, up ₱10 from last month. Want just 1 tray instead of a box?"),
     c("Sige, 1 tray. Thanks ha.", None)],
    [o,
     t("Yes, yes, what's the order? Quick lang, many calls."),
     c("2 sacks rice, 4 gallons oil. And can I pay Friday?", None),
     t("Friday? Ma'am, we're a supplier, not a bank. Why can't you pay on delivery like everyone else?"),
     c("This week is slow lang, I always pay naman.", None),
     t("Slow weeks are your problem, not ours. So what exactly do you need, do you want the order or not?"),
     c("Grabe ka naman. I've been ordering here three years.", None),
     t("Okay, okay, I understand your needs. COD, tomorrow. Anything else? Or is that all you can afford?"),
     c("Cancel it. I'll buy at the grocery on Roces.", None)],
))

# 20 rude - Ipoh, pawnshop redemption with a lost ticket
o = c("Hello girl, I want to take back my gold bangle. I pawned it in March. But the ticket I cannot find already.", None)
PAIRS.append(gpair(
    "b96g_ipoh_pawn_lost_ticket", "pawnshop (Ipoh)", "rude",
    "An elderly woman comes to redeem her mother's gold bangle but has lost the pawn ticket.",
    [o,
     t("Hello Aunty, don't worry, can still do. Please give me your IC, I check the system by your name."),
     c("Here. Chong Mei Lan.", None),
     t("Found it, one gold bangle, pawned 12 March, loan RM1,800. For a lost ticket you sign a declaration, and there's RM10 admin charge. Total to redeem with interest is RM1,932."),
     c("Why need RM10 ah? Already I pay so much interest.", "too_expensive"),
     t("I understand, Aunty. The RM10 is for the declaration under the pawnbroker rules, not our extra. But I can fill in the form for you, you only sign."),
     c("Ok lah. My eyes not so good, you write for me.", None),
     t("Sure Aunty. Sign here. Here's your bangle, please check it's the right one."),
     c("Yes, this one. My mother's one. Thank you ah.", None)],
    [o,
     t("Aiyo Aunty, no ticket how to redeem? You know how many people lose ticket every day?"),
     c("Sorry lah, I'm old already. I keep everything in one box, but cannot find.", None),
     t("Ok, ok, IC. Fast a bit Aunty, got queue behind."),
     c("Here. Chong Mei Lan. Wait, I take out my glasses.", None),
     t("No need to read, I read for you. Lost ticket got RM10 charge. Total RM1,932. You want to redeem or just come to chit-chat?"),
     c("RM10 for what? Already pay so much interest.", "too_expensive"),
     t("Rules lah Aunty. Don't want to pay, go home and find your ticket. Next!"),
     c("Never mind. I come back with my son.", None)],
))
