"""Gaming pairs a01-a10 of blind189, written by hand (kinds 1-10)."""
from common import c, gpair, t

PAIRS = []

# a01 monologue -------------------------------------------------------------
o = c("Hi, um, I'm calling about setting up an account? We're a dental group, three offices, and we send impressions and stuff to a lab in Dayton.", None)
PAIRS.append(gpair(
    "b189g_us_courier_dental_lab", "medical courier, Columbus, Ohio", "monologue",
    "Office manager of a three-site dental group in Columbus, Ohio calls a regional courier about a business account for sending impressions to their lab.",
    [o,
     t("Sure, happy to help. Tell me a bit about how you send them now and what's not working."),
     c("Right now the lab has their own driver but he's, like, cutting back to twice a week. And the dentists want turnaround faster than that.", None),
     t("So the lab's pickups are dropping to twice a week and your dentists want things moving faster. Roughly how many cases a day across the three offices?"),
     c("Maybe twelve, fifteen a day total? Some days less. And they can't get crushed, or sit in a hot car in July.", None),
     t("Got it, about fifteen a day, kept safe from crushing and heat. Our daily route passes Dayton in the afternoon and drivers carry insulated totes. Would one pickup per office around two o'clock work?"),
     c("Two is fine for two of them. The Dublin office closes at one on Fridays, though.", None),
     t("Then Dublin gets a noon pickup on Fridays. I'll email a quote for three daily pickups with that change today, so you can check it with the dentists. Does that work?"),
     c("Yeah, that works. Send it to me and I'll run it by Dr. Patel.", "think_it_over")],
    [o,
     t("Great, what brings you to us today? Because honestly, you've come to the right place. We're the biggest medical courier in central Ohio: labs, pharmacies, hospitals, same-day, next-day, weekends, temperature control, chain of custody, the whole lot."),
     c("Okay. So we've got three offices and—", None),
     t("Three offices, perfect, so what I'm hearing is you need a partner, not just a driver. That's our whole thing. Our Gold account gives you unlimited on-demand pickups, live tracking, photo proof of delivery and a dedicated rep, which would be me."),
     c("I mean, we really just need the stuff to get to Dayton.", "no_need"),
     t("Absolutely, and Dayton is one of our strongest lanes. Gold also includes our supply-run add-on, so if you need gloves from your distributor, we grab them. And it's one consolidated invoice, which dental groups tell us saves them hours. Does that sound like the experience you're looking for?"),
     c("Honestly, I've got patients waiting. Can you just email me something?", "brush_off"),
     t("Of course! And just so you know, the Gold sign-up bonus is a free month if you start this week, so I'll put that in there too.")],
))

# a02 closing_as_open_question ----------------------------------------------
o = c("Morning. I'm ringing about pallet hire. We're a food distributor out in Leicester and honestly our own pallets are falling to bits.", None)
PAIRS.append(gpair(
    "b189g_uk_pallet_hire_food", "pallet hire, Leicester", "closing_as_open_question",
    "Warehouse manager at a Leicester food distributor rings a pallet hire firm because the pallets they bought keep breaking.",
    [o,
     t("Morning. Sorry to hear that. What's happening with them, are they breaking on the racking or out on the lorries?"),
     c("Bit of both. We bought a load of cheap ones two years ago and they've not lasted. One collapsed on a forklift last month.", None),
     t("That's a safety worry as well as a cost. How many pallets go out in a typical week, and do they come back to you?"),
     c("About three hundred. Most go to supermarket depots and we never see them again, to be fair.", None),
     t("So around three hundred a week going one way into supermarket depots. That actually suits a hire pool, because the depots return them to us, not you. Would it help if I worked out what hire would have cost on last month's numbers?"),
     c("Yeah, go on. Though the finance director will want to see it before anything's signed.", "think_it_over"),
     t("Makes sense. Send me last month's dispatch count and I'll do the comparison, plus a one-pager he can read in two minutes, by Thursday."),
     c("She. But yes, Thursday's fine.", None)],
    [o,
     t("Morning! What would it take for you to move your whole pallet supply over to us today?"),
     c("Well, I don't know yet, I've only just rung. Our own ones keep breaking.", None),
     t("Completely understand. And how would you like to start, with the twelve-month agreement or the twenty-four, which gives you the better rate?"),
     c("I don't even know how many we'd need on hire.", None),
     t("That's fine, we can adjust as we go. So what's stopping you from getting the paperwork signed this week?"),
     c("The fact I don't know what it costs, for a start. And my FD signs contracts, not me.", "think_it_over"),
     t("Of course. So when's a good time for me to come in and get her signature, Tuesday or Wednesday?"),
     c("Neither, for now. Email me the rates and I'll look at them.", "brush_off")],
))

# a03 pitch_as_paraphrase ---------------------------------------------------
o = c("Hi, yes, I filled in your form last week. We sell loose-leaf tea online and I'm drowning in customer emails, basically.", None)
PAIRS.append(gpair(
    "b189g_ph_support_outsourcing_tea", "customer-support outsourcing, Manila (client in Bath, UK)", "pitch_as_paraphrase",
    "Owner of a small online tea shop in Bath rings a customer-support outsourcing firm in Manila about covering her email.",
    [o,
     t("Hi, thanks for calling back. Drowning sounds bad. What kind of emails are they mostly, and who's answering them now?"),
     c("Me. Just me, at eleven at night. Mostly where's-my-order, some about brewing, and a few cross ones about dented tins.", None),
     t("So it's you alone, late at night, and most of it is order tracking, with a smaller share of tea questions and damage complaints. Roughly how many a day?"),
     c("Forty? Sixty around Christmas. I'm a bit nervous about someone else talking about the tea, though. It's quite a personal brand.", None),
     t("That's a fair worry. Some clients start with just the tracking emails, which are most of the volume, and keep the tea questions themselves. At forty a day that's a shared agent, not a full seat. Would that be a sensible first step?"),
     c("Maybe. What would that cost, roughly?", None),
     t("For that volume, usually four to five hundred pounds a month. I'll send a written quote, plus sample replies our team would write to three of your real emails, so you can judge the tone before deciding anything."),
     c("Oh, that I'd like. I'll forward you three this afternoon.", None)],
    [o,
     t("Thanks for calling! Tell me, what does success look like for your customer service?"),
     c("Honestly? Not answering emails at eleven at night. Mostly where's-my-order ones.", None),
     t("So what I'm hearing is you need our Full Omnichannel package, chat, email, phone and social, with a dedicated team of three. Is that right?"),
     c("Er, no. I don't even have a phone line. It's about forty emails a day.", "no_need"),
     t("Right, so what you're really saying is you want to scale, which is why the three-seat team at two thousand nine hundred pounds a month makes sense for you. Did I understand you correctly?"),
     c("Not really. That's more than I pay myself.", "no_money"),
     t("Totally hear you. So what you need is a growth partner that pays for itself, and that's our three-seat team. Shall I send the contract over?"),
     c("No. I'll carry on doing them myself for now, thanks.", "no_need")],
))

# a04 upsell_as_loop_closing ------------------------------------------------
o = c("Hey, it's Dana at Saguaro Property. I need to reorder toner, same as last time, and paper.", None)
PAIRS.append(gpair(
    "b189g_us_office_supplies_reorder", "office supplies dealer, Phoenix, Arizona", "upsell_as_loop_closing",
    "Office manager at a Phoenix property management firm calls her office-supplies dealer to reorder toner and copy paper.",
    [o,
     t("Hi Dana. I've got your last order up: four black cartridges for the Brother and ten cases of letter paper. Same quantities?"),
     c("Toner same. Paper, can we do fifteen? We've got lease renewals all through March and it goes fast.", None),
     t("Fifteen cases, got it. With the renewals coming, do you want it in one drop, or split so it doesn't fill your storage closet?"),
     c("Oh, split would actually be great. The closet is tiny.", None),
     t("I'll do eight now and seven on March first. Delivery's free over a hundred and fifty, so both drops qualify. Anything else you're running low on, or is that it?"),
     c("That's it. Thanks, that was easy.", None),
     t("Great. Confirmation email's on its way, and I'll text you the morning the March drop goes out.")],
    [o,
     t("Hi Dana! Before I put that in, how satisfied are you with your current setup overall?"),
     c("It's fine? I just need the toner and paper.", None),
     t("Perfect. Four black cartridges and ten cases. And to close the loop, what else can I add for you today? The color laser is on a lease special."),
     c("No, we don't print color. Just the toner. And can the paper be fifteen?", "no_need"),
     t("Fifteen, done. Now, what else can I add to make your experience complete? A lot of property offices grab our sit-stand desks this time of year."),
     c("There's no budget for furniture this year. Just the paper.", "no_money"),
     t("Understood! Last thing, to make sure we've covered all your needs: our office coffee service is only eighty-nine a month. Want me to add it?"),
     c("Eighty-nine a month for coffee? We've got a perfectly good machine.", "no_need"),
     t("Sure thing. Is there anything else I can add before I close out your order?"),
     c("No! Just the toner and the paper.", "no_need")],
))

# a05 leading_tag_questions -------------------------------------------------
o = c("Hiya, our copier lease ends in June and I've had a letter from you about renewing. I'm not sure what we actually need anymore.", None)
PAIRS.append(gpair(
    "b189g_uk_copier_lease_architects", "copier lease, Bristol", "leading_tag_questions",
    "Owner of a five-person architecture practice in Bristol rings the copier dealer because the lease is ending.",
    [o,
     t("Thanks for ringing. Let's work that out together. What do you use the machine for these days?"),
     c("Mainly scanning, if I'm honest. We send drawings digitally now. We still print A3 sets for site meetings, maybe twice a month.", None),
     t("So mostly scanning, plus A3 prints a couple of times a month. Colour for those sets, or black and white?"),
     c("Colour, the clients like the renders. But I'm not paying what we pay now. It's about ninety quid a month for a thing that mostly sits there.", "too_expensive"),
     t("That's fair, your use has dropped a lot since you signed. A smaller A3 colour machine would be nearer fifty-five a month. Or, with prints that rare, a desktop scanner and a local print shop for the A3 sets. I can price both."),
     c("I'd like to see both, yeah. I need to talk to my partner anyway.", "think_it_over"),
     t("I'll email both by Friday, side by side. One thing to know: your lease needs ninety days' notice, so you'd want to decide by mid-March."),
     c("Oh, I didn't know about the notice. Good to know, thanks.", None)],
    [o,
     t("Great to hear from you! You'll want to upgrade to the new model, won't you, since it's been five years?"),
     c("Well, I don't know, that's why I'm ringing. We mostly scan now.", None),
     t("Right, and scanning's so much faster on the new ones, isn't it? You'd want the faster one for a busy office, wouldn't you?"),
     c("We're five people. It's not that busy.", "no_need"),
     t("Sure, but you'll still want colour and A3 for the drawings, won't you? And the finisher, because you staple your sets, don't you?"),
     c("We staple by hand. And I'm worried this'll cost more than now. We already pay about ninety a month.", "too_expensive"),
     t("It's only a little more, and you'd agree quality's worth paying for, wouldn't you? So we'll go ahead with the renewal, shall we?"),
     c("No, we shan't. I'll get a couple of other quotes first.", "think_it_over")],
))

# a06 putdown_question ------------------------------------------------------
o = c("Hello, this is Marites from Sinag Rattan. My container did not load on the vessel, and the buyer in LA is already asking me where is it. What happened?", None)
PAIRS.append(gpair(
    "b189g_ph_forwarder_rolled_container", "freight forwarder, Manila (exporter in Pampanga)", "putdown_question",
    "Owner of a rattan furniture workshop in Pampanga calls her freight forwarder because her container to Los Angeles missed its vessel.",
    [o,
     t("Hi Ma'am Marites, I'm sorry, I know that buyer is waiting. Let me pull up your booking. Can you give me the booking number?"),
     c("It's MNL-4471. The truck reached the port Friday, I have the gate-in slip.", None),
     t("Thank you. I see it: gated in Friday afternoon, but the vessel was overbooked and your box was rolled to Wednesday's sailing. That's on the carrier, not on you. Did the buyer give you a hard date?"),
     c("They want it in LA before the 20th, for a store opening. Will Wednesday still make it?", None),
     t("Wednesday's vessel reaches LA around the 16th, so it should, but I won't promise until the carrier confirms the space in writing. I'll get that today and send you a short note to forward to the buyer. Email or Viber?"),
     c("Viber is better, I'm always in the workshop. Thank you, ha. I was really worried.", None),
     t("Understood. I'll Viber you by four this afternoon either way, even if the carrier hasn't answered yet.")],
    [o,
     t("Hi Ma'am. Okay, let's calm down first, hmm? Can you tell me exactly what happened, slowly?"),
     c("I am calm. My container did not load. Booking MNL-4471.", None),
     t("Thank you. And did you really deliver before the cut-off, or did the trucker just tell you he did?"),
     c("I have the gate-in slip. Friday, before cut-off.", None),
     t("Okay, so what I'm hearing is it was rolled. Is this your first time shipping to the US? Because rolling happens all the time, you know."),
     c("It's my fourth year exporting. I am asking if it will reach LA before the 20th.", None),
     t("Ma'am, with respect, you can't really expect us to control the shipping lines, can you? How else can I help you today?"),
     c("By answering my question. Never mind, I will call my broker.", None)],
))

# a07 not_my_department_or_read_the_terms ------------------------------------
o = c("Hi, I'm looking at my March invoice and there's a six hundred forty dollar line for long-term storage. I've never seen that before.", None)
PAIRS.append(gpair(
    "b189g_us_3pl_storage_fee", "third-party warehouse, Newark, New Jersey", "not_my_department_or_read_the_terms",
    "Owner of a small online candle brand in Newark, New Jersey calls her third-party warehouse about a long-term storage fee on her invoice.",
    [o,
     t("Let me look at it with you. What's your account number, so we're looking at the same invoice?"),
     c("It's CND-2208. And we moved most of the holiday stock already, so I don't get it.", None),
     t("Thanks. The fee is for 38 pallets that have been here over 180 days. Most are the gift-set SKU from last October. Does that sound right?"),
     c("Oh. The gift sets. Yeah, those didn't sell like we hoped. But nobody warned me about a fee.", None),
     t("You should have had a warning. We send an alert at 150 days, and I can see yours went to an old email. I can't remove the fee myself, billing has to, but I'll ask them to waive this month for that reason. What email should we use from now on?"),
     c("Use jen at wickandwild dot com. When will I hear?", None),
     t("Billing answers these within two business days. I'll call you Thursday with their answer either way."),
     c("Okay. Thank you, really.", None)],
    [o,
     t("I totally understand your frustration, and I'm here to help. Invoices are handled by billing, though, so that's not really my department. What else can I help you with?"),
     c("This IS what I need help with. I want to know why I'm being charged.", None),
     t("I hear you. So what I'm hearing is you're unhappy with the charge. Long-term storage is in your service agreement, section nine. Have you had a chance to read the terms?"),
     c("I signed that two years ago. Nobody told me anything was getting close to six months.", None),
     t("I didn't write the agreement, but it's all in there. Is there anything else I can do for you today?"),
     c("You haven't done anything. Who do I talk to, then?", None),
     t("You can email billing, the address is on the invoice. They usually reply within a week or so. How satisfied are you with today's call?"),
     c("Are you serious? Wow. Okay.", None)],
))

# a08 social_proof_or_deadline_pressure -------------------------------------
o = c("Come in, come in. So, our current cleaners, the contract's up in April and, to be honest, they're fine-ish. I'm seeing what else is out there.", None)
PAIRS.append(gpair(
    "b189g_uk_office_cleaning_recruiters", "office cleaning contractor, Manchester", "social_proof_or_deadline_pressure",
    "Office manager of a 40-person recruitment firm in Manchester has a cleaning contractor's rep on site to look at the office.",
    [o,
     t("Thanks for having me. Fine-ish is useful to hear. What's the ish?"),
     c("Ha. The kitchen. Every Monday it's a state. And they skip the meeting rooms when they're short-staffed.", None),
     t("So the kitchen on Mondays, and meeting rooms missed when they're short. Which rooms matter most, the ones visitors see?"),
     c("The two at the front, yes. We interview candidates in there every day.", None),
     t("Then I'd quote those two rooms and the kitchen as daily must-dos, with a Monday deep clean of the kitchen. Shall we walk round now, so the quote's based on the real space and not a guess?"),
     c("Go on then, I've got twenty minutes before a call.", None),
     t("Twenty minutes is plenty. I'll send the quote by Wednesday, starting in April so there's no overlap with your current contract.")],
    [o,
     t("Brilliant. And how satisfied are you with them, really? Because honestly, nearly every firm in this building has moved to us in the last year."),
     c("Have they? I didn't know that. The kitchen's my main gripe.", None),
     t("Kitchens, yes, everyone says that. That's why half of Spinningfields uses us. I can do you a great rate, but I can only hold it until five o'clock today."),
     c("Today? Our contract doesn't run out till April. I'm not deciding anything today.", "think_it_over"),
     t("Totally understand. But what I'm hearing is you want value, and after today the rate goes up twelve percent. Your neighbours on the fourth floor locked theirs in last week."),
     c("I'm not being rushed. I need three quotes for my director anyway.", "think_it_over"),
     t("Of course. Just so you know, we've only got two contract slots left for April. What would you need to see to secure one today?"),
     c("Nothing. Leave your card, I'll be in touch if I am.", "brush_off")],
))

# a09 keyword_stuffed -------------------------------------------------------
o = c("Good morning, our printer keeps jamming. We have a filing due tomorrow and we need to print around six hundred pages.", None)
PAIRS.append(gpair(
    "b189g_ph_printer_service_law_office", "printer service, Makati", "keyword_stuffed",
    "Office administrator of a law office in Makati calls the printer-service company because the main printer keeps jamming the day before a court filing.",
    [o,
     t("Good morning po. Let's get you sorted before tomorrow. Which model is it, and where does the paper get stuck, going in or coming out?"),
     c("It's the big Kyocera. It jams at the back, near the duplex part, every twenty pages or so.", None),
     t("At the duplex unit, every twenty pages. Are you printing double-sided now?"),
     c("Yes, the court wants it double-sided.", None),
     t("That points to the duplex rollers. I can send a technician at three this afternoon. Meanwhile, single-sided from tray two jams less, if you need to start. Will someone be there at three?"),
     c("Three is late for us, we want to start printing by two. Nothing earlier?", "no_time"),
     t("Let me check... Jun can be there by one-thirty, he's finishing a job in BGC. I'll text you his number, and he'll bring spare rollers so it's fixed on the spot."),
     c("Okay, that's good. Thank you.", None)],
    [o,
     t("Good morning! First, I want you to know that your experience and your success are our number one priority, and I really feel your frustration."),
     c("Okay. Can someone come today?", None),
     t("I hear your need, and I understand how important this relationship is. So what I'm hearing is that your printer experience hasn't been meeting your needs, is that correct?"),
     c("It's jamming. At the back. We have six hundred pages to print.", None),
     t("Thank you for sharing that. I truly understand and feel that. Our goal is a partnership where your needs are understood and your success is supported."),
     c("Sir, yes or no, can a technician come before two?", None),
     t("I appreciate you, and I want to ensure a positive experience. I'll log your concern, and someone from our team will reach out to understand your needs further."),
     c("When? We're filing tomorrow. I'll just call another service.", None)],
))

# a10 rude ------------------------------------------------------------------
o = c("Hey, uh, first time doing this. We got a distributor in Boise who wants four pallets of canned beer. I have no idea how freight works.", None)
PAIRS.append(gpair(
    "b189g_us_freight_broker_brewery", "freight broker, Portland, Oregon", "rude",
    "Owner of a small craft brewery in Portland, Oregon calls a freight broker for a quote on shipping pallets of canned beer to a distributor in Boise.",
    [o,
     t("No problem, lots of breweries start right there. A few questions and I can give you a real number. Are they standard pallets, and do you know roughly what each weighs?"),
     c("Standard, I think. Forty by forty-eight? Each one's maybe, I dunno, two thousand pounds?", None),
     t("That's typical for canned beer. Do you have a loading dock, or would the truck need a liftgate?"),
     c("No dock. We're in an old garage, basically.", None),
     t("Then you'll need a liftgate, which adds a bit. Is it okay unrefrigerated for a day or two?"),
     c("Cans are fine for a couple days. But somebody quoted me like nine hundred bucks and that seemed insane.", "too_expensive"),
     t("For four pallets, Portland to Boise with a liftgate, I'd expect six-fifty to eight hundred. If the distributor has a dock it drops. I'll get you two carrier quotes within the hour so you can compare."),
     c("Okay, cool. Yeah, send 'em over.", None)],
    [o,
     t("Okay. Clearly. What are you shipping, how many, where. Go."),
     c("Uh, beer. Four pallets, to Boise.", None),
     t("Weight? Dimensions? You do know those are the basics, right?"),
     c("Sorry. Standard, I think. Maybe two thousand pounds each?", None),
     t("You think. Great. Dock or no dock?"),
     c("No dock. Look, somebody else quoted me nine hundred, which seems crazy.", "too_expensive"),
     t("Then go with somebody else. I've got actual customers on hold. Anything else?"),
     c("Wow. No, I guess not. Thanks for nothing.", None)],
))
