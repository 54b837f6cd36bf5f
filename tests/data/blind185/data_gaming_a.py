from common import c, gpair, t

PAIRS = []
add = PAIRS.append

o = c("Hello, yes, um, my daughter said I should ring you. About the house. I'm not sure I'm ready, really.", None)
add(gpair("b185g_stockport_widow_valuation", "UK estate agent, phone call", "monologue",
"Widow unsure about selling the family home of forty years.",
[o, t("Thank you for ringing, and there's no rush at all. Can I ask what's got you thinking about it?"),
 c("Well, the stairs, mostly. And the garden's too much since Ron died. But forty years, you know.", None),
 t("Forty years is a lot of house to leave. So the stairs and garden are getting hard, but you're not sure you want to go. Is that fair?"),
 c("That's it exactly. And I don't want strangers tramping through every weekend.", None),
 t("Then let's not start there. I could come round for a cup of tea and a chat, no photos, no board, just so you know your options. Would your daughter like to be there?"),
 c("Yes, she would. She's off on Thursdays.", None),
 t("Thursday at eleven, then. I'll bring nothing to sign.")],
[o, t("Totally understand, and can I just say, now is a brilliant time. Three-bed semis round you are flying, we sold four this month. Our package has drone photos, floorplan, premium Rightmove placement and an open day, which really creates buzz."),
 c("I... right. It's just, I'm not sure I'm ready.", "think_it_over"),
 t("Of course, that's so normal. But the longer you wait the more spring passes you by. Our fee's 1.2 percent plus VAT, accompanied viewings included, so you needn't be there, and we handle the chain, the solicitors, everything."),
 c("Forty years I've been...", None),
 t("And buyers love a well-loved home! I'd suggest photographer Monday, board up Tuesday, viewings by the weekend. How does that sound as a next step?"),
 c("I think I'd better speak to my daughter first. Goodbye.", "think_it_over")]))

o = c("Hi, we're just kind of poking around. First open house ever, honestly.", "brush_off")
add(gpair("b185g_ohio_open_house_first_timers", "US realtor, open house", "closing_as_open_question",
"First open house for a renting couple with no lender yet.",
[o, t("Welcome! Poke away. Out of curiosity, what made you start looking now?"),
 c("Our lease is up in October and the rent just went up like three hundred bucks. So, you know.", None),
 t("October gives you some runway. Have you talked to a lender yet, or is that still ahead?"),
 c("Not yet. Kinda scared to, honestly. We don't know what we can afford.", None),
 t("That's really common. Knowing the number first usually makes house hunting less scary, not more. Want two lenders I've seen treat first-timers well? No obligation to me either way."),
 c("Yeah, that would actually help.", None),
 t("I'll text them tonight. When you have a number, we pick houses that fit it.")],
[o, t("Love that! So tell me, what would it take for you two to fall in love with a house like this today?"),
 c("Uh, I mean, we haven't even talked to a bank.", None),
 t("Totally hear you. And if I got you pre-approved by tonight, what would stop you putting in an offer on this one?"),
 c("The price? It's listed at four-twenty. We were thinking way less.", "too_expensive"),
 t("Great feedback. So how would you like to handle the earnest money, check or wire?"),
 c("We're not doing earnest money on anything today. We'll just look around, thanks.", "brush_off")]))

o = c("I've got a flat in Leeds, inherited it. I just want a tenant in, quick and cheap. What do you charge?", None)
add(gpair("b185g_leeds_inherited_flat_landlord", "UK letting and property management agent, phone call", "pitch_as_paraphrase",
"Distant first-time landlord wants a cheap, fast let.",
[o, t("Happy to go through fees. Before I do, how hands-on do you want to be once someone's in?"),
 c("Not very. I live in Bristol. But I'm not paying some massive percentage either.", None),
 t("So you're a long way off, you don't want the boiler call at 10pm, but the cost has to be sensible. Right?"),
 c("Yeah. Exactly that.", None),
 t("Two options. Let-only is about one month's rent, once: we find and check the tenant, you manage after. Fully managed is 12 percent monthly and we take the calls. From Bristol managed fits better, but let-only is cheaper."),
 c("Twelve percent's a lot. I'll talk it over with my brother, it's half his.", "think_it_over"),
 t("Of course. I'll email both side by side with what's included, and ring you Friday if that suits?")],
[o, t("Great question. So what I'm hearing is you need our Fully Managed Plus at 15 percent plus VAT, with rent guarantee. Is that right?"),
 c("No, I said cheap. That doesn't sound cheap.", "too_expensive"),
 t("I understand. So what you're saying is peace of mind matters most, which is exactly what Plus gives you, yes?"),
 c("I didn't say that. I just want someone in the flat.", "no_need"),
 t("Absolutely, so playing that back: you want a hassle-free tenancy with full legal cover, which is Plus. Shall I send the contract?"),
 c("No. The online lot do it for four hundred quid flat. Bye.", "too_expensive")]))

o = c("G'day, I need a quote to move from a four-bedder in Ballarat to a two-bed unit in Geelong. End of next month.", None)
add(gpair("b185g_ballarat_downsizer_removal", "Australian removals and storage firm, phone call", "upsell_as_loop_closing",
"Downsizer asks for a removal quote.",
[o, t("No worries. Going from four bedrooms to two, is all the furniture coming, or is some staying behind?"),
 c("That's the thing. The kids want some of it but not till Christmas.", None),
 t("So some pieces need a home for a few months till the kids collect. Would storage with us help, or can it sit at the unit?"),
 c("The unit's tiny. How much is storage?", None),
 t("A three by two bay is about 180 a month. Honestly, if it's only till Christmas, ask the kids to take it straight away, it'd save you around 700."),
 c("Ha, good luck with that. I'll ask them though.", None),
 t("I'll quote the move both ways, with and without storage, and email it tonight.")],
[o, t("Lovely, congrats on the move! Just to close the loop, what else can I add for you, full packing service?"),
 c("No, I can pack myself, I've got heaps of time.", "no_need"),
 t("Great, so packing's covered. Anything else I can add, our premium transit insurance?"),
 c("Isn't it insured already?", None),
 t("Basic cover, yes. And to make sure we've met all your needs, what about a storage bay, a cleaning team, a handyman for the unit?"),
 c("Mate, I asked for a price for a truck. I don't want all that.", "no_need"),
 t("Absolutely. And was there anything else at all I can add while I've got you?"),
 c("No. I'll get a couple of other quotes.", "think_it_over")]))

o = c("hey my realtor gave me your number. i need an inspection on a condo, closing is in three weeks", None)
add(gpair("b185g_chicago_condo_inspection", "US home inspection company, text chat", "leading_tag_questions",
"First-time buyer of an old basement condo, money tight.",
[o, t("Congrats. So I quote the right thing: what year was the building built, and which floor is the unit?"),
 c("1920s i think. garden unit so basement level", None),
 t("Old building, basement unit. Did you notice any smell, damp or stains at the showing?"),
 c("kinda musty in the bedroom yeah. fyi money is tight after the down payment so just what matters", None),
 t("Then the standard inspection at 425 plus a radon test for 150 makes sense for a basement. A sewer scope is usually the association's problem in a condo, so I'd skip it."),
 c("ok so 575. thats more than i thought", "too_expensive"),
 t("Fair. Radon's the optional bit, though Illinois basements often test high. Want me to book the standard now and add radon if you decide by Friday?"),
 c("yeah do that", None)],
[o, t("Awesome, congrats! You'll want our Platinum inspection with sewer scope, radon and mold, won't you?"),
 c("um how much is that", None),
 t("It's 895, but you wouldn't want to risk your biggest purchase, would you?"),
 c("i mean no but thats a lot. the basic one is like 400 right", "too_expensive"),
 t("It is, but a smart buyer like you doesn't cut corners, right? And you'd want the report in 24 hours, wouldn't you?"),
 c("ill ask my realtor what she thinks and get back to you", "think_it_over")]))

o = c("I've reported the mould in the baby's room three times now. Three times. I want someone to actually come out.", None)
add(gpair("b185g_luton_mould_office_visit", "UK letting agent, office visit", "putdown_question",
"Angry tenant about mould by her baby's cot, reported three times.",
[o, t("Three reports and no visit isn't good enough, I'm sorry. When did you first report it, and what were you told?"),
 c("January. They said it was condensation and to open the windows. I do. It's black, it's behind the cot.", None),
 t("So since January you've been told it's condensation, you're airing the room, and it's still spreading by the cot. Have you got photos?"),
 c("On my phone, yeah.", None),
 t("Send them to this address now and I'll forward them to the landlord while you're here. I'm booking a damp surveyor this week and ring you by Wednesday with the date."),
 c("Wednesday. Right. I'm holding you to that.", None),
 t("Please do. Here's my direct line.")],
[o, t("Okay, let's take a breath. Isn't three times a bit of an exaggeration? What exactly did you report?"),
 c("It's not an exaggeration, I've got the emails.", None),
 t("Sure. And how often do you actually open the windows, honestly? Drying clothes indoors, are we?"),
 c("Are you seriously asking me that? There's a baby sleeping in there.", None),
 t("I hear you. So help me understand, do you think a bit of mould might be normal in a winter flat?"),
 c("I'm calling Shelter and the council. Forget it.", None)]))

o = c("Hi, I'm ringing about my bond. You've claimed 650 for carpet cleaning and painting and I reckon that's rubbish.", None)
add(gpair("b185g_melbourne_bond_claim", "Australian property manager, phone call", "not_my_department_or_read_the_terms",
"Ex-tenant disputes bond deductions, feels the agent sides with the owner.",
[o, t("Thanks for calling. Let's go through it. Did you get the carpets cleaned before you left?"),
 c("Yes! I've got the receipt. And the paint marks were there when I moved in.", None),
 t("Okay. The ingoing condition report should show that. Can you email me the receipt while I pull the report up?"),
 c("Sent. And honestly, I reckon you lot always side with the owner.", None),
 t("We do act for the owner, I won't pretend otherwise. But we can only claim beyond what the report shows. Your receipt covers the carpet and the marks were listed at entry. I'll withdraw both and release your full bond today."),
 c("Oh. Right. Thanks, that's easier than I expected.", None)],
[o, t("I hear your frustration. Unfortunately bond claims aren't my department, that's our accounts team."),
 c("Can you put me through then?", None),
 t("They don't take calls. Did you read clause 22 of your lease? Professional carpet cleaning is required on vacating."),
 c("I did get them professionally cleaned. I've got the receipt.", None),
 t("Okay, and how did that make you feel? Look, I didn't make the rules. You can take it to VCAT if you want."),
 c("Unbelievable. Fine, see you at VCAT.", None)]))

o = c("Hi there. We're mortgage-free, kids are gone, and we're thinking maybe it's time to leave the big house. Just looking today.", "brush_off")
add(gpair("b185g_arizona_55plus_sales_office", "US new-build 55+ community, sales office", "social_proof_or_deadline_pressure",
"Mortgage-free retirees browse, wary of HOA fees.",
[o, t("Welcome, take your time. What's making the big house feel too big?"),
 c("Well, Don's knee, for one. And we rattle around in it. But we love our neighbors.", None),
 t("So single-level matters, and so do people. Would you miss the neighbors much?"),
 c("Oh yes, forty years of barbecues. And frankly, I'm not keen on HOA fees after never having a mortgage.", "too_expensive"),
 t("Fair point. HOA here is 310 a month for the pool, clubhouse and front yards. Some find it worth it, some prefer a ranch home in their old area. Would it help to look at both?"),
 c("Actually, yes. We'll think it over together this weekend.", "think_it_over"),
 t("Of course. Here's the HOA breakdown in writing, and my card. No calls unless you ask.")],
[o, t("Welcome! Great timing, honestly everyone's making this move right now. Six couples from your zip code bought here this spring."),
 c("Oh. Well, we're not in any hurry.", "think_it_over"),
 t("Totally, and I respect that. Just so you know, single-level plans go up fifteen thousand on Friday, and only two are left."),
 c("That feels a bit pushy, dear.", None),
 t("I just don't want you to miss out like the Hendersons did. What would success look like for you two by Friday?"),
 c("Thanks, we'll take a brochure and be on our way.", "brush_off")]))

o = c("Hi, it's been 11 weeks since our offer was accepted and we have no idea what's happening. Our mortgage offer runs out in 6 weeks.", None)
add(gpair("b185g_bristol_conveyancing_delay", "UK conveyancing solicitor, phone call", "keyword_stuffed",
"Buyers chase a slow purchase, mortgage offer expiring.",
[o, t("Sorry for the silence, that's on us. Actual status: searches came back last week. We raised enquiries with the seller's solicitor on the 3rd and four are unanswered. Which date does your mortgage offer expire?"),
 c("The 28th of next month.", None),
 t("I'll chase them in writing today and flag that date. No replies by Friday, I ring them myself. Email or phone updates?"),
 c("Email, I'm at work all day. And can I see which four questions are outstanding?", None),
 t("Yes, I'll attach the list. Next update Friday, news or not."),
 c("Okay. Thank you, that's the first straight answer I've had.", None)],
[o, t("Thank you for reaching out. I truly understand how you feel, your experience matters to us, and we're committed to our relationship and your success."),
 c("Okay, but what's actually happening with the sale?", None),
 t("Great question. I hear that you need clarity, and transparency matters to you. We're working hard to meet your needs at every stage of your journey."),
 c("That's not an answer. Have the searches come back or not?", None),
 t("I understand. Rest assured, your satisfaction is our priority and we'll update you when there's progress. Anything else I can help with today?"),
 c("Yes, a different solicitor. We used your firm for our last flat and it was the same mess.", "bad_experience")]))

o = c("Excuse me, sorry. I am new in Australia. For apply this apartment, what I need? I have no rental history here.", None)
add(gpair("b185g_brisbane_inspection_new_arrival", "Australian real estate agency, open inspection", "rude",
"Shy new arrival asks how to apply at an open inspection.",
[o, t("No problem at all, welcome. Where were you renting before you came?"),
 c("In Bogota, five years, same apartment. Now I work at the hospital, nurse.", None),
 t("That helps. A reference from your Bogota landlord, even by email, plus a letter from the hospital will count for a lot. Do you have payslips yet?"),
 c("Only one payslip. I start four weeks ago.", None),
 t("That's fine, add your job contract too. I'll note on the file that you're new to the country so the owner sees the context. Apply online tonight and I'll check it Monday."),
 c("Thank you, very kind.", None)],
[o, t("Great question. It's all on the website, yeah? Did you check the website?"),
 c("Yes, but it say rental history and I don't have.", None),
 t("Right. So, honestly, no history, one payslip, you're not really who owners want, are you? What else?"),
 c("I am nurse. I have good job.", None),
 t("Cool. Well, twenty people here today, so good luck. Anything else I can help with? No? Great."),
 c("Okay. I go to another agency.", None)]))
