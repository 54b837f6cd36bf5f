"""Gaming pairs, kinds 6-10 (two each). Hand-written, blind, for set blind52 (prefix b52)."""
from common import t, c, gpair

PAIRS = []

# 11 putdown_question - termite swarm, small-town Georgia
o = c("Hi, um, there's these flying bugs coming out by my back door, like a hundred of them, dropping wings everywhere. Is that termites? I'm kind of freaking out.", None)
PAIRS.append(gpair(
    "b52g_georgia_pest_control", "pest control company, small town in Georgia, USA", "putdown_question",
    "A new homeowner phones in alarm about winged insects swarming at her back door; the wood there feels soft.",
    [o,
     t("I'm glad you called. Dropped wings near a door does sound like termite swarmers, but let's make sure. When did you first see them, and is it just that one spot?"),
     c("This morning. Just by the back door, and the frame's kind of soft at the bottom. We only bought the house in March.", None),
     t("So swarmers this morning, only at the back door, a soft frame, in a house you bought in March. Could you save a few in a bag? I can send a tech to inspect tomorrow, it's free."),
     c("Tomorrow I'm at work till six. Can't do daytime this week.", "no_time"),
     t("We do Saturday mornings. Would nine on Saturday work? Swarmers themselves don't damage anything, so a few days' wait is fine."),
     c("Saturday's okay. But the inspector we paid before we bought said no termites, so I don't know who to trust anymore.", "bad_experience"),
     t("That's understandable. Our tech will show you what he finds, with photos, and you keep the report. If it's termites you get a written quote, nothing to decide on the spot."),
     c("Okay. Saturday at nine then. Thank you.", None)],
    [o,
     t("Okay, first, calm down, it's just bugs. What exactly makes you think it's termites?"),
     c("The wings? Everywhere? That's what Google said.", None),
     t("Right, Google. And what makes you so sure you didn't just leave the door open and let in flying ants?"),
     c("I didn't leave the door open. They're coming out of the frame, and the wood is soft.", None),
     t("Soft wood, hm. Did nobody check that before you bought the place? What did you think the inspection was for?"),
     c("They did check, and they said no termites. I paid them three hundred dollars for that.", None),
     t("Well, you get what you pay for. So how soon do you want to get serious and book the full treatment, 1,450?"),
     c("You haven't even seen it. I'll call someone who doesn't talk to me like I'm stupid.", None)],
))

# 12 putdown_question - home internet outage, Sofia (typed chat)
o = c("internet down since 2 days. i work from home. third time this month. what is going on", None)
PAIRS.append(gpair(
    "b52g_sofia_internet_outage", "fibre internet provider, Sofia, Bulgaria (support chat)", "putdown_question",
    "A home-working engineer has had no internet for two days, the third outage this month; a building fault is open.",
    [o,
     t("I'm sorry, two days without internet when you work from home is serious. Let me check your line. Is it all devices, and what do the router lights show?"),
     c("all devices. los light is red blinking. i restarted 5 times already", None),
     t("Thanks, that helps: red LOS means no signal reaches the router from our fibre, so it's not on your side. There's a fault ticket for your building since Thursday with no technician assigned. I'm escalating it now as a repeat fault."),
     c("escalate means what. last time they said same and nobody came", "bad_experience"),
     t("Fair question. It means a technician visit is booked, today between 14 and 18, with your mobile on it so he calls first. I'm also crediting the days without service on your next bill."),
     c("14 to 18 i have meetings but ok, my wife is home. she will open", None),
     t("Good. And since this is the third time this month, if it drops again after the repair, write to me directly with ticket 4471 and I'll ask for a line check of the whole building."),
     c("ok. 4471. thanks", None)],
    [o,
     t("Before we go further, are you sure it's not your own router? What makes you think it's our network and not something you did?"),
     c("i did nothing. los light red. i restarted 5 times", None),
     t("Five times, okay. Did you actually check the cable is plugged in, or is that too technical?"),
     c("i am engineer. cable is in. you have problem in building since thursday, neighbour told me", None),
     t("So what I'm hearing is you trust your neighbour over our system. How satisfied are you overall with our service, apart from this little issue?"),
     c("little issue. 2 days no work. give me your manager", None),
     t("There's no need to get emotional. Can you tell me calmly what outcome you expect?"),
     c("i expect internet. and a person who does not insult me. i cancel the contract", None)],
))

# 13 not_my_department_or_read_the_terms - blocked debit card, Santo Domingo
o = c("Hola, yes, my card got blocked this morning and I need to pay the rent today, the landlord is waiting. Please.", None)
PAIRS.append(gpair(
    "b52g_santo_domingo_bank_card", "retail bank phone line, Santo Domingo, Dominican Republic", "not_my_department_or_read_the_terms",
    "A long-time client's debit card was blocked after a foreign online purchase; rent is due today and she cares for her mother.",
    [o,
     t("I'm sorry, let's sort it out. Can you confirm your name and the last four digits? Then tell me what happened just before it was blocked."),
     c("Yolanda Marte, 4421. I bought a fan online, from a US website, and then, boom, blocked.", None),
     t("Thank you, Yolanda. I see it: the system stopped a foreign online payment as possible fraud. Was the fan yours, around 3,200 pesos?"),
     c("Yes, that's mine. But now what, I have to go to the branch? I can't go today, I'm taking care of my mother.", "no_time"),
     t("No branch needed. You've confirmed the purchase, so I can unblock the card now; give it about ten minutes. For the rent, a transfer from the app works too."),
     c("Ay, thank God. And this won't happen every time I buy something online?", None),
     t("In the app, under card settings, you can turn on foreign online purchases; then you get a text to approve instead of a block. Want me to stay on while you try a small payment?"),
     c("No, it's fine, I'll do the rent transfer now. Thank you, really.", None)],
    [o,
     t("I understand how frustrating that is, and your experience matters to us. Card blocks are handled by the fraud department though, not by me."),
     c("Okay, so can you pass me to them? The rent is today.", None),
     t("They don't take transfers, you'd have to call the number on the back of the card. And honestly, it's in the terms: foreign online purchases can be blocked at any time."),
     c("I called that number, it sent me to you! I've been a client eleven years, nobody told me about any terms.", None),
     t("I hear you, and I appreciate your loyalty. But I didn't make the rules. Is there anything else I can help you with today?"),
     c("Anything else? You didn't help with anything. I'll go to the branch and close this account.", None)],
))

# 14 not_my_department_or_read_the_terms - lost suitcase, Tashkent airport
o = c("Excuse me, our suitcase didn't come out. We came from Istanbul, the transfer. My daughter's medicine is in it.", None)
PAIRS.append(gpair(
    "b52g_tashkent_airline_baggage", "airline baggage desk, Tashkent airport, Uzbekistan", "not_my_department_or_read_the_terms",
    "A mother whose checked suitcase missed the connection needs her daughter's asthma medicine; they travel on early tomorrow.",
    [o,
     t("I'm sorry. Let's start with the medicine, since that's urgent. What is it, and how long can she go without it?"),
     c("Inhaler for asthma. She has one in my bag, but it's almost empty. Maybe one or two days.", None),
     t("So one nearly empty inhaler, a day or two. The airport pharmacy has common inhalers; show them the name, and I'll write a note so you can claim the cost back. Now your bag tag, please."),
     c("Here. The suitcase is blue, big, with a red ribbon.", None),
     t("Thank you. It stayed in Istanbul and is on tonight's flight, landing 23:40. We can deliver it tomorrow morning. Where are you staying?"),
     c("At my sister's, in Chilanzar. But tomorrow morning we're not home, we leave for a wedding in Samarkand at seven.", "no_time"),
     t("Then either you pick it up here tonight after midnight, or we deliver tomorrow evening when you're back. Which is easier?"),
     c("Tomorrow evening, after nine. Thank you, you really helped.", None)],
    [o,
     t("I understand, that sounds stressful. Unfortunately lost baggage is the partner airline's side, since the delay happened in Istanbul."),
     c("But I'm standing here, at your desk. Who do I talk to?", None),
     t("You can file online. It's all in the conditions of carriage, section 9, which you accepted when you booked."),
     c("My daughter needs her inhaler, it is in the suitcase. I don't care about section 9.", None),
     t("I really hear your concern for your daughter. But medicine belongs in hand luggage, that's in the rules too, and I didn't write them. Anything else I can help with?"),
     c("Give me the name of your supervisor, please.", None)],
))

# 15 social_proof_or_deadline_pressure - solar water heater, Bogota
o = c("Good afternoon. My neighbour gave me your card. We pay a lot for gas for the hot water, and I wonder if these solar heaters really work here, with so many clouds.", None)
PAIRS.append(gpair(
    "b52g_bogota_solar_water_heater", "solar water heater installer, Bogotá, Colombia", "social_proof_or_deadline_pressure",
    "A retired teacher living on two pensions asks whether a solar water heater makes sense for her cloudy city.",
    [o,
     t("Good afternoon, and it's a fair question for Bogotá. They work, but on cloudy days you still need the gas as backup. How many people live in the house, and what's the gas bill?"),
     c("Four of us, my husband, me, and the grandchildren on weekdays. Gas is about 180,000 pesos a month, in the rainy months more.", None),
     t("So four people, around 180,000 a month. A 200-litre heater would cover roughly half to two-thirds of the hot water, so maybe 90,000 to 120,000 saved a month. It's about 4.8 million installed."),
     c("4.8 million! That's a lot of money for us, we live on two pensions.", "no_money"),
     t("I understand. At those savings it pays back in about four years, but only if it fits your budget. The gas company offers 24 monthly payments, about what you'd save. Would it help if I saw the roof first, free, so you know if it even fits?"),
     c("The visit is okay. But I decide nothing without my husband, he's the careful one.", "think_it_over"),
     t("Then I'll come when he's home. Is Thursday after four good for both of you?"),
     c("Thursday after four, yes. Calle 63, the green door.", None)],
    [o,
     t("Good afternoon! Great question. Honestly, the best answer is your neighbours: eleven houses on your block already have our heaters. How do you feel about joining them?"),
     c("Eleven? I only know the Ramírez have one. How much is it?", None),
     t("4.8 million, but this week there's a neighbourhood price of 4.2 million, only until Friday, because the crew is already in your area."),
     c("That's a lot for us. We live on two pensions.", "no_money"),
     t("I completely understand your needs. That's why almost everyone takes our credit, and the Ramírez signed the same day. Sign today and I include installation free; that offer ends at six."),
     c("I don't sign anything the same day. I must talk to my husband.", "think_it_over"),
     t("Of course, but after Friday the price goes up and the crew leaves the area. Most families who wait regret it. What time is your husband home today?"),
     c("Leave me the paper, please. We'll call if we want.", "brush_off")],
))

# 16 social_proof_or_deadline_pressure - newspaper ad, small-town Kansas
o = c("Hello, Dolores' Kitchen, this is Dolores. Oh, the paper? I thought you were the egg guy.", None)
PAIRS.append(gpair(
    "b52g_kansas_local_newspaper", "local weekly newspaper advertising, small town in Kansas, USA", "social_proof_or_deadline_pressure",
    "An ad rep from the county weekly calls the owner of a diner that opened a month ago on Main Street.",
    [o,
     t("Ha, sorry, no eggs. Jake from the Prairie Ledger. I saw you opened on Main last month and wanted to ask how it's going, and how folks are finding you."),
     c("Slow in the afternoons. Mornings are okay, I get the farmers for breakfast. Most people hear by word of mouth, I guess.", None),
     t("So breakfasts are fine, afternoons are slow, and it's word of mouth so far. Who would you want in there after lunch?"),
     c("Moms after school pickup, maybe retirees. Look, I tried radio ads in Salina at my old place and it did nothing. I'm wary.", "bad_experience"),
     t("That's fair, radio is broad. Our readers skew older and local, so retirees yes, moms less so. A small box ad is 45 a week. I'd suggest four weeks with a coupon, so you can count what comes in."),
     c("Hmm. Forty-five a week is a lot of pie. Let me see my numbers at the end of the month.", "think_it_over"),
     t("Sounds right. I'll call on the 1st, and if it's a no, that's fine. I'll drop off a copy so you can see where the ad would sit."),
     c("Okay, hon. And bring eggs next time.", None)],
    [o,
     t("Ha, no eggs today. Jake from the Prairie Ledger. Every restaurant on Main advertises with us, Hank's Grill, the Pizza Barn, even the Dairy Freeze. How do you see yourself fitting in with them?"),
     c("Well, I'm not a grill. I'm slow in the afternoons, mostly.", None),
     t("Exactly why Hank signed on, he says it doubled his lunches. And I can only hold the front-page corner till noon tomorrow, the Pizza Barn wants it too."),
     c("I tried radio ads at my old place in Salina. Nothing. I'm not throwing money at that again.", "bad_experience"),
     t("Totally hear you. But everyone in a small town reads us, 4,000 households. The corner is 120 a week, twelve weeks minimum. Shall I put you down before Pizza Barn grabs it?"),
     c("120 a week for a corner? The Shopper gives me a half page for 60.", "too_expensive"),
     t("The Shopper goes straight in the trash, everybody knows that. Last chance at this rate, what do you say?"),
     c("I say the egg guy's here. Bye now.", "brush_off")],
))

# 17 keyword_stuffed - bookkeeping for a startup, Riga
o = c("Hi. We're a three-person software startup, registered in Latvia last year. Our bookkeeper quit and the VAT return is due on the 20th.", None)
PAIRS.append(gpair(
    "b52g_riga_accounting_firm", "accounting and bookkeeping firm, Riga, Latvia", "keyword_stuffed",
    "A startup founder needs a VAT return filed within days after the bookkeeper quit; they sell abroad.",
    [o,
     t("Okay, the 20th is close. Do you have the invoices and bank statements for the period in one place, or is that part of the problem?"),
     c("Bank is fine, everything is in Swedbank. Invoices are half in Google Drive, half in someone's email. We sell to clients in Germany and the US.", None),
     t("So the bank data is clean, invoices are scattered, and you sell abroad, which changes the VAT treatment. For the 20th we'd need all sales and purchase invoices by the 14th. After that, monthly bookkeeping or just this return?"),
     c("Monthly probably. But the last firm charged us 400 a month and made mistakes, we got a fine from the tax office.", "bad_experience"),
     t("That makes you careful, understandably. For three people and about 30 documents a month we'd be 260. Let's do only this return first, fixed 180, so you see how we work before signing anything monthly."),
     c("180 for the return, okay. For monthly I'll look at other offers too, to be honest.", "think_it_over"),
     t("Fair. I'll send the document list for the return today, and a monthly offer you can compare."),
     c("Good. Send it to finance at our domain, I'll share the Drive folder.", None)],
    [o,
     t("Thank you for sharing that. I really understand how you feel, and our goal is to understand your needs and build a relationship for your long-term success. What does success look like for you?"),
     c("Success is the VAT return filed by the 20th. Can you do it?", None),
     t("Absolutely, I hear you. Your success is our success. We focus on the customer experience and a holistic understanding of your business needs. How do you feel about your current financial journey?"),
     c("Bad, our bookkeeper quit. The firm before her charged 400 a month and we got a fine.", "bad_experience"),
     t("I understand, and I feel that. So what I'm hearing is you need a partner who understands your needs and values the relationship. Our relationship-based approach ensures a successful experience. Does that resonate?"),
     c("I don't know what it means. What's the price and what documents do you need?", None),
     t("Great question, and I really appreciate you. Pricing depends on your unique needs, so let's schedule a discovery session next week to understand your journey better."),
     c("Next week is too late, the deadline is the 20th. I'll find someone else.", "no_time")],
))

# 18 keyword_stuffed - party catering, Port of Spain
o = c("Good morning! My father turning seventy in July, and we want a big lime in the yard, maybe eighty people. Y'all do catering for that?", None)
PAIRS.append(gpair(
    "b52g_trinidad_party_catering", "event caterer, Port of Spain, Trinidad and Tobago", "keyword_stuffed",
    "A daughter plans a yard party for her father's 70th with about 80 guests and a tight budget.",
    [o,
     t("Good morning, and congratulations to him! Yes, we do. What food is he into, and is it sit-down or more a buffet in the yard?"),
     c("Buffet, nothing fancy. He love his pelau and curry duck, and plenty people don't eat pork. Budget tight-tight, maybe 12,000 TT for the food.", None),
     t("So a yard buffet for about eighty, pelau and curry duck for him, no pork, around 12,000 TT. That works: pelau, curry duck, stewed chicken, macaroni pie, salads, about 140 a head, 11,200. Who's serving?"),
     c("The cousins could serve. The last caterer we used for my mother's party came two hours late, food cold. I still vex about that.", "bad_experience"),
     t("That's fair to worry about. We set up two hours before the start, with chafing dishes to keep everything hot, and you get the driver's number on the day. Shall I send a written menu and quote to share with the family?"),
     c("Yes, send it. I have to show my brothers, they paying too.", "think_it_over"),
     t("Will do, tonight on WhatsApp. If the date moves, just tell me a week before."),
     c("Perfect, thank you darling.", None)],
    [o,
     t("Good morning! Congratulations! We're passionate about creating memorable experiences. To truly understand your needs, how do you feel about the event, emotionally?"),
     c("Emotionally? I feel I need food for eighty people. Pelau, curry duck, no pork.", None),
     t("I hear you, and I understand. Food is about connection and relationships. Our experience team focuses on your success and your family's satisfaction. What does a successful experience mean to you?"),
     c("Everybody eat, nobody complain. The last caterer came two hours late with cold food, so on time, please.", "bad_experience"),
     t("I totally feel that, and I understand your needs. So what I'm hearing is you value quality, connection and a premium experience. Our Signature Celebration package delivers on all those needs."),
     c("What's in it and how much? I have maybe 12,000.", None),
     t("It's 260 per guest, all inclusive, a tailored experience. I really appreciate the relationship we're building here."),
     c("260 a head? That's twenty thousand. Nah, that's way too much for a yard lime.", "too_expensive")],
))

# 19 rude - pawn loan on a ring, small-town Vermont
o = c("Hi... um, sorry. I have this ring, it was my grandmother's. I need a loan, not to sell it. If that's how it works.", None)
PAIRS.append(gpair(
    "b52g_vermont_pawn_shop", "pawn shop, small town in Vermont, USA", "rude",
    "A shy young woman wants a short pawn loan on her grandmother's ring to pay for a car repair until payday.",
    [o,
     t("No need to apologise, that's exactly how it works. Can I see it? And how much were you hoping to borrow, and for how long?"),
     c("About 400, for my car repair. I get paid on the 15th, so a month, maybe.", None),
     t("Okay. It's 14k gold with a small diamond. I can lend 320 on it. The fee is 20% for 30 days, so you'd pay back 384 to get it back, and you can extend if you need to."),
     c("320... I needed 400. And 20% seems really high, honestly.", "too_expensive"),
     t("It is costly, I won't pretend otherwise. If you have a credit union account, a small loan there might be cheaper. If not, I can do 320, and the ring stays safe in our vault."),
     c("I tried the credit union, they said no. I'll take the 320, I'll find the rest.", None),
     t("Alright. Keep this ticket safe, you need it to get the ring back. It's due the 15th of next month, and I'll call you a week before."),
     c("Thank you. Please be careful with it.", None)],
    [o,
     t("Yeah, yeah, that's how it works. Let's see it. What do you want for it?"),
     c("About 400? It's my grandmother's, I want it back.", None),
     t("Everybody's ring is their grandmother's. 14k, tiny stone. 250, take it or leave it."),
     c("250 won't cover the repair. I need 400.", None),
     t("Then go sell it at the jewelry store. Look, I've got people waiting. 250, 25% for thirty days. Yes or no?"),
     c("Twenty-five percent for one month? That's... that's a lot.", "too_expensive"),
     t("It's a pawn shop, what did you expect, a bank? Do you want the money or not?"),
     c("No. Forget it. I'll ask my aunt.", None)],
))

# 20 rude - mobile tariff for an elderly wife, Chisinau
o = c("Good day. I need new tariff for my wife. She has old phone, with buttons, only calls to me and to daughter in Italy.", None)
PAIRS.append(gpair(
    "b52g_chisinau_mobile_tariff", "mobile operator shop, Chișinău, Moldova", "rude",
    "An older man wants a cheaper plan for his wife's button phone; she calls their daughter in Italy every Sunday.",
    [o,
     t("Good day. So she mostly calls you and your daughter in Italy. About how many minutes to Italy a month, would you say?"),
     c("Every Sunday one hour, sometimes more. Now she pays very much, 300 lei some months, because of Italy.", None),
     t("That's the international minutes. Does your daughter use WhatsApp? A video call over the internet costs almost nothing, but it needs a smartphone."),
     c("Smartphone she will not use. She is seventy-four. I tried once, she was angry whole week.", "no_need"),
     t("Then let's keep her button phone. There's a plan with 300 minutes to EU countries for 95 lei a month. With about four hours to Italy, she'd pay 95 instead of around 300."),
     c("95, this is good. But the contract, how long? I don't want to be stuck.", None),
     t("No fixed term, you can change it every month. I need the ID of whoever the number is registered to."),
     c("Number is on my name. Here is my passport.", None)],
    [o,
     t("Buttons. Wow. Okay, what tariff do you want?"),
     c("I don't know, this is why I came. She calls our daughter in Italy every Sunday.", None),
     t("Obviously she needs a smartphone then. It's not 1998. WhatsApp, free calls, done."),
     c("She will not use smartphone. She is seventy-four, she does not want.", "no_need"),
     t("Well, then she pays for Italy, her choice. There's a plan for 95, read the leaflet, it's all written there. Next!"),
     c("My eyes are bad, I cannot read this small letters. Explain, please.", None),
     t("300 minutes to Europe for 95 lei. It's not complicated. Do you want it, or should I help the next person?"),
     c("Keep it. I go to other shop, maybe there they speak to old people normal.", None)],
))
