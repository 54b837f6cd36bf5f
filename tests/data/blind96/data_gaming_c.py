"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame). Written by hand for blind96."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer - Ho Chi Minh City, co-working private office
o = c("hi, we are 4 person startup, looking for private room in District 1 or Binh Thanh. any available next month", None)
PAIRS.append(gpair(
    "b96g_saigon_coworking_office", "co-working space (Ho Chi Minh City)", "ignored_customer",
    "A Vietnamese founder of a four-person outsourcing team chats with a co-working space about a private office.",
    [o,
     t("Hi! Yes, a 4-person office in Binh Thanh is free from the 1st. What kind of work does your team do, anything special you need?"),
     c("software outsourcing for US clients, so we call at night, like 9pm to 1am. internet must be very stable", None),
     t("Then two things matter: 24/7 access and a backup line. The office has 24/7 card access, and we have two internet providers with automatic failover, so calls continue if one drops. Want to come test it one evening around 9, when you normally call?"),
     c("good idea. how much the room", None),
     t("18 million đồng a month, with electricity, aircon until 11pm and 5 hours of meeting room. After 11pm aircon is extra, about 40,000 an hour."),
     c("hmm aircon extra is annoying, night is our main time. other place include it", "too_expensive"),
     t("That's fair. On a 6-month contract I can include night aircon until 2am. Come Thursday at 9pm, test everything, then decide."),
     c("ok thursday 9pm", None)],
    [o,
     t("Hi! Great to hear from you. What are the most important things for your team in a workspace?"),
     c("we call US clients at night, 9pm to 1am. internet must be stable, and need aircon at night", None),
     t("Perfect! We have a beautiful 4-person office in Binh Thanh with natural light and a rooftop café open 8am to 6pm. Community events every Friday evening."),
     c("ok but the internet? and is aircon on at night?", None),
     t("Great questions! What other concerns do you have?"),
     c("those are my concerns. internet and night aircon", None),
     t("Understood! The office is 18 million a month. It also has standing desks and our members love the barista. Shall I send you the contract?"),
     c("you didnt answer anything. i check other place", None)],
))

# 22 ignored_customer - Cebu IT Park, clinic doing annual physical exams for a BPO
o = c("Hi, I'm Joy from HR of a BPO in IT Park. We need annual physical exam for 60 agents. Can you do it?", None)
PAIRS.append(gpair(
    "b96g_cebu_bpo_annual_physical", "diagnostic clinic, corporate medical exams (Cebu)", "ignored_customer",
    "An HR officer at a Cebu BPO asks a clinic to run annual physical exams for night-shift agents.",
    [o,
     t("Hi Joy, yes we can. A few questions so I quote properly: which tests do you need, and what shift are your agents on?"),
     c("Basic APE: CBC, urinalysis, chest x-ray, drug test, PE. Most are night shift, they go home 7am.", None),
     t("Got it, so they'd come right after shift. We open at 6am, and I can block 6 to 9am over three days, 20 each, so they don't wait long when they're tired. Or we send a mobile team to your office."),
     c("Mobile would be nice, but last year the mobile team of another clinic came late and some results were missing.", "bad_experience"),
     t("That's a real concern. Honestly, mobile adds ₱150 per head and depends on traffic. If results matter most, in-clinic is more reliable: results in 3 working days, emailed to you per employee. Basic APE is ₱1,050 per head."),
     c("Ok, in-clinic then. Can you send the quote? I need approval from finance.", "think_it_over"),
     t("I'll email the quote today with the three dates and a sign-up sheet for the agents. Shall I call you Thursday in case finance has questions?"),
     c("Yes, Thursday afternoon.", None)],
    [o,
     t("Hi Joy! Thank you for considering us. What are your main needs for the APE?"),
     c("Basic APE, CBC, urinalysis, x-ray, drug test. Most are night shift, they finish 7am. We can't pull them out during shift.", None),
     t("Noted! Our clinic is open 8am to 5pm Monday to Friday, so you can send them anytime within those hours."),
     c("8am? They finish at 7, they'll be so sleepy. Can you open earlier?", None),
     t("I hear you. We also have a comprehensive executive package with ECG and ultrasound, ₱3,800 per head, very popular with BPOs."),
     c("Budget is only around ₱1,100 per head. We just need basic.", "no_money"),
     t("Understood! So I'll send the executive package quote, 8am schedule, 60 pax. Anything else?"),
     c("That's not what I asked. I'll look at other clinics, thanks.", None)],
))

# 23 repeated_questions - Lucky Plaza Singapore, remittance counter
o = c("Hi ate, I send 500 dollar to my mother in Iloilo. What is the rate today?", None)
PAIRS.append(gpair(
    "b96g_luckyplaza_remit_iloilo", "remittance counter (Singapore)", "repeated_questions",
    "A Filipino domestic helper on her Sunday off sends money home at a remittance counter.",
    [o,
     t("Hi! Today's rate is 42.10 pesos to the dollar, fee $5. So $500 becomes ₱21,050. How does your mother receive, bank or pickup?"),
     c("Pickup, she has no bank. She's 70, she goes to the pawnshop in Jaro.", None),
     t("Okay, pickup at our partner pawnshops in Jaro, same day. She needs one valid ID, like her senior citizen ID. Is her name on the ID exactly as you'll write it here?"),
     c("Ah her ID says Ma. Lourdes, not Maria. Is it ok?", None),
     t("Good that you asked. Write it exactly like the ID, Ma. Lourdes, then no problem at pickup. Sunday queues are long, want me to help you set up the app so next time you send from your phone?"),
     c("App I don't know how. Next time lah, today I have only one hour off.", "no_time"),
     t("No problem, counter today. Here's your receipt with the reference number, send her a photo so she can show it at the pawnshop."),
     c("Thank you ate.", None)],
    [o,
     t("Hi! Welcome. How can I help you with your remittance needs today?"),
     c("I send 500 dollar to my mother in Iloilo. What is the rate?", None),
     t("Sure! And who will receive the money?"),
     c("My mother. Pickup, she has no bank, she goes to the pawnshop in Jaro.", None),
     t("Okay. And how would the receiver like to get the funds?"),
     c("Pickup po, I said. At the pawnshop.", None),
     t("Noted. Just to understand your needs, is it bank deposit or cash pickup?"),
     c("Pickup! Ate, I only have one hour off today, please.", None),
     t("Of course! And what was the rate you wanted to ask about? The receiver, is that your mother?"),
     c("Never mind, I go to the other counter.", None)],
))

# 24 repeated_questions - Bangkok, international school, Japanese family
o = c("Hello. My son is 6 years. We move from Osaka to Bangkok, company transfer. I want to know about Year 2, and school bus from Thonglor.", None)
PAIRS.append(gpair(
    "b96g_bangkok_school_osaka_family", "international school admissions (Bangkok)", "repeated_questions",
    "A Japanese mother, newly transferred with her husband's company, visits an international school's admissions office.",
    [o,
     t("Hello, welcome to Bangkok. Year 2 is right for age 6. Does your son speak English already, or mostly Japanese?"),
     c("Mostly Japanese. Little English. I worry he cannot follow class.", None),
     t("That's a common worry. Our EAL teacher, English as an additional language, takes small groups four times a week, and most children follow class in about six months. There are eight Japanese children in primary. The Thonglor bus comes at 7:05 every morning."),
     c("Eight Japanese, that is good. EAL fee is extra?", None),
     t("Yes, 45,000 baht a term extra, because it's a separate teacher. Some companies cover it, maybe ask your husband's HR."),
     c("Hmm. I must ask my husband company first.", "think_it_over"),
     t("Of course. I'll email the fees, EAL details and bus route in one PDF. Would you like to visit one morning with your son so he can see the class?"),
     c("Yes, next week is possible.", None)],
    [o,
     t("Hello and welcome! What are you looking for in a school for your son?"),
     c("Year 2, and school bus from Thonglor. Also he speaks little English.", None),
     t("Wonderful. And which year group would your son be joining?"),
     c("Year 2. He is 6 years.", None),
     t("Great. Can you tell me more about what matters to you in a school?"),
     c("English support, and bus from Thonglor. I said already.", None),
     t("Thank you. So just to understand your needs, what are the most important things for your family in choosing a school?"),
     c("Sorry, I think I come another day with my husband.", "brush_off"),
     t("Of course! And before you go, how old is your son?")],
))

# 25 wrong_paraphrase - Penang, LCL sea freight for a furniture maker
o = c("Hi, I need to send 6 CBM of teak furniture from Penang to Melbourne. Not urgent, just need the cheapest way.", None)
PAIRS.append(gpair(
    "b96g_penang_furniture_lcl", "freight forwarder (Penang)", "wrong_paraphrase",
    "A small furniture maker asks a Penang forwarder for a quote to Melbourne.",
    [o,
     t("Hi Mr. Lee. For 6 CBM and not urgent, LCL sea freight is cheapest. Is it solid wood, and has it been treated?"),
     c("Solid teak, kiln-dried. Last shipment to Perth got stuck, they want fumigation cert, cost me two extra weeks.", None),
     t("Australia is strict on timber. We arrange fumigation here before loading and get the certificate, RM450, so it won't be held. LCL to Melbourne is around RM4,200 port to port, about 4 weeks. Door delivery to the buyer, or they collect?"),
     c("Door delivery better. But RM4,200 plus door plus fumigation, getting a lot ah.", "too_expensive"),
     t("Door delivery adds about AUD380, so roughly RM5,900 total. Honestly at 6 CBM a full 20-foot costs more, so LCL is still cheapest. I'll send a breakdown so you can compare."),
     c("Ok send. I compare with my old agent then decide.", "think_it_over"),
     t("I'll email it within the hour, with the cut-off for the sailing on the 18th.")],
    [o,
     t("Hi Mr. Lee! So what I'm hearing is you need it there urgently, so air freight, right?"),
     c("No no, not urgent. Sea is fine. Cheapest.", None),
     t("Got it, so you need a full 20-foot container for maximum protection of your furniture. Did I understand you correctly?"),
     c("Only 6 CBM. Why need full container?", None),
     t("Understood. So to summarise, you've shipped to Australia many times without issues, so we can skip fumigation and save cost, yes?"),
     c("I never said that. Last time Perth customs hold my shipment because no fumigation cert.", None),
     t("Great, so what you're saying is you prefer express clearance with our premium customs package. Shall I proceed with the quote?"),
     c("You're not listening lah. Forget it, I use my old agent.", None)],
))

# 26 wrong_paraphrase - Pulupandan Negros, milkfish feed
o = c("Hello, I have 3 hectares bangus pond in Pulupandan. Farmgate price of bangus is down. I need to cut my feed cost, any option?", None)
PAIRS.append(gpair(
    "b96g_negros_bangus_feed", "aquaculture feed company (Negros Occidental)", "wrong_paraphrase",
    "A milkfish pond owner calls a feed company's technical line looking for ways to spend less on feed.",
    [o,
     t("Hello sir. Yes, a few options. What are you feeding now, and do you still grow lablab, natural food, in the pond?"),
     c("Your grower pellet, sinking. No lablab anymore, my caretaker stopped preparing the pond.", None),
     t("That's likely a big part of it. Growing lablab before stocking can replace a good share of pellet in the first two months. Also with sinking feed you can't see if they're eating, some is wasted. Floating feed is ₱50 more per sack, but you see exactly what they eat."),
     c("₱50 more per sack, I'm trying to spend less not more.", "too_expensive"),
     t("True. So start with the free part: pond preparation and lablab for the next crop. Our technician can show your caretaker, no charge. Later you can test floating feed in one pond and compare."),
     c("Ok, technician visit is good. Next week, but not Monday, harvest day.", None),
     t("Tuesday morning then. I'll text you his name and number.")],
    [o,
     t("Hello sir! So what I'm hearing is you want to increase production, so you need our premium high-protein feed, right?"),
     c("No, I want to cut cost. The price of bangus is down.", None),
     t("Got it, so you're saying your fish are growing too slowly and you want to switch to our Bangus Max formula. Is that correct?"),
     c("I didn't say slow. I said price is down, I want to spend less on feed.", None),
     t("Understood. So to play it back: you're happy to invest more now for a bigger harvest, and you'd like 100 sacks of Bangus Max at ₱1,450. Did I get that right?"),
     c("No! ₱1,450 a sack is more than what I pay now. I can't afford that this season.", "no_money"),
     t("So you're saying you'd like to start with 50 sacks instead. Great, shall I book the delivery?"),
     c("Let me talk to your manager.", None)],
))

# 27 pitch_to_upset - Davao, motorcycle loan after the borrower's death
o = c("Good morning. My husband passed away last week. He had a motorcycle loan with you. I don't know what to do with the payments.", None)
PAIRS.append(gpair(
    "b96g_davao_loan_bereavement", "motorcycle financing company (Davao)", "pitch_to_upset",
    "A newly widowed woman calls the finance company about her late husband's motorcycle loan.",
    [o,
     t("Good morning ma'am. I'm very sorry for your loss. Please take your time. Can you give me his name or account number so I can check the account?"),
     c("Ramon Dela Cruz. Account 0098-2231. The motor was damaged also in the accident.", None),
     t("Thank you, ma'am. The loan has credit life insurance included, so the remaining balance can be covered and you may not have to pay anything more. We need the death certificate and a claim form. The motorcycle damage is under its separate comprehensive insurance."),
     c("Really? I was so worried. But I'm busy with the wake, I can't go to the branch this week.", "no_time"),
     t("No need to come this week. Send photos of the documents by email or Messenger and I'll file the claim for you. Payments are on hold while the claim is processed, so no penalties."),
     c("Thank you so much. I'll ask my son to send it.", None),
     t("I'll text you my direct number. Whenever you're ready, no rush. Again, our condolences to your family.")],
    [o,
     t("Good morning ma'am, I'm so sorry for your loss. I completely understand how you feel. Can I ask, is there anyone else in the family who rides?"),
     c("My son, he's 19. Why?", None),
     t("That's good to know. So what I'm hearing is the family still needs transport. We have a promo on the new Aerox, and we can move the loan to your son's name with a lower downpayment for the upgrade."),
     c("I'm not thinking about a new motor. I'm asking about the payments. We just buried him.", "no_need"),
     t("Of course ma'am. Just so you know, the promo ends this month, and many families find a new bike helps them move forward. How would you feel about a test ride for your son next week?"),
     c("I can't believe this. Just tell me what happens to the loan.", None),
     t("The loan continues under the estate, ma'am. But with our Family Upgrade program the balance can be restructured into the new unit. Shall I send the details?"),
     c("No. I'll go to the branch with my lawyer.", None)],
))

# 28 pitch_to_upset - Cheras KL, dental chain, child's extraction
o = c("I want to speak to someone in charge. My son had a tooth pulled at your Cheras branch yesterday and bled the whole night. We ended up at emergency at 2am!", None)
PAIRS.append(gpair(
    "b96g_cheras_dental_bleeding", "dental clinic chain (Kuala Lumpur)", "pitch_to_upset",
    "An angry father calls the branch after his 10-year-old bled all night following an extraction.",
    [o,
     t("I'm the branch manager, Encik. I'm really sorry, that must have been frightening. Is your son okay now? What did the hospital say?"),
     c("They packed it and gave him medicine. He's 10, crying the whole night. Nobody from your side told us what to do if it bleeds.", None),
     t("That's a serious gap, you should have got written aftercare and our emergency number. I'll speak to the dentist who did it today. Can our senior dentist, Dr. Nurul, review your son this afternoon, free of charge?"),
     c("I don't want to come back there. How do I know it won't happen again?", "bad_experience"),
     t("I understand. Then let the hospital's dental unit do the review and we cover the cost. I'll refund yesterday's fee and send you a written report of what happened by Friday."),
     c("Ok. Send me the report. And the hospital bill also you pay.", None),
     t("Please WhatsApp me the hospital receipt. I'll get it approved this week and call you by Friday either way.")],
    [o,
     t("I'm so sorry to hear that, sir. Your experience is very important to us. May I ask, is your son a member of our Smile Family Plan?"),
     c("What? No. I'm telling you he bled all night!", None),
     t("I hear you, sir. That's exactly why the Smile Family Plan is valuable: unlimited emergency visits, two cleanings a year, only RM399 per family. Would that give you peace of mind?"),
     c("I don't want any plan from you people. I want to know what went wrong!", "no_need"),
     t("Totally understand. And since he's 10, he may need braces soon, our orthodontic package is 15% off for members. Shall I book an assessment?"),
     c("Unbelievable. I'm making a complaint to the Ministry of Health.", None)],
))

# 29 blame - Johor Bahru, aircon servicing comeback
o = c("Hi, your technician serviced my aircon last Tuesday. Since then it's leaking water from the side. Before that no problem at all.", None)
PAIRS.append(gpair(
    "b96g_johorbahru_aircon_leak", "aircon servicing (Johor Bahru)", "blame",
    "A JB homeowner who commutes to Singapore calls about a leak that started after last week's service.",
    [o,
     t("Sorry about that. If it started right after our service, it's likely something on our side, maybe the drain hose or tray wasn't put back right. Which room, and is it leaking a lot?"),
     c("Master bedroom. Quite a lot, I put a pail under. My wife not happy.", None),
     t("I understand. I'll send the same technician back to check, no charge, and if anything got damaged by the water, tell me. Tomorrow morning or evening better?"),
     c("Tomorrow cannot, I work in Singapore, only back at night. Saturday can?", "no_time"),
     t("Saturday 10am ok? Meantime you can still use it with the pail, or switch off if it's too much. I'll ask our supervisor to come along and check the work."),
     c("Saturday 10 ok. Hope this time fixed properly.", None)],
    [o,
     t("Hi boss, thanks for letting us know. Before anything, did you clean the filter yourself after the service?"),
     c("No, why would I? You just serviced it.", None),
     t("Because usually leaking is from dirty filter, boss. Also, did you set it too cold? Many customers set 16 degrees then blame us."),
     c("I set 24. Always 24. Before your service no leaking.", None),
     t("I understand how you feel. But our technicians are very experienced. Maybe your unit is old already? How old?"),
     c("Six years. It was fine until last Tuesday.", None),
     t("So what I'm hearing is the unit is ageing. Honestly if you didn't service regularly before, the leak is not from us. We can send someone, but visit charge RM60."),
     c("RM60 to fix your own mistake? Forget it. I'm posting this on Facebook.", None)],
))

# 30 blame - Hanoi, POS software for a pho restaurant
o = c("em oi, my POS lost all sales of yesterday. report shows zero. i need it for tax and to pay staff", None)
PAIRS.append(gpair(
    "b96g_hanoi_pho_pos_sync", "cloud POS software for restaurants (Hanoi)", "blame",
    "A pho restaurant owner messages her POS provider's support: yesterday's sales report shows nothing.",
    [o,
     t("Sorry chị, that's stressful. Let me check. Was there a power cut or internet problem at the shop yesterday?"),
     c("yes power cut around 7pm, maybe 1 hour. we continue selling, tablet have battery", None),
     t("Thanks, that explains it. When the router lost power, the tablet saved orders offline, they should sync once it's back online. Is the tablet on and connected now?"),
     c("it is on. wifi ok now i think", None),
     t("Please open Settings, then 'Sync now'. If there's a number next to 'pending orders', those are yesterday's. What do you see?"),
     c("pending 143. ok i press... now report show 8.2 million. thank god", None),
     t("Great, all there. It should have synced by itself, so I'll find out why it didn't and tell you tomorrow. If power cuts happen often, a small UPS for the router keeps wifi up, about 800,000 đồng."),
     c("happen sometimes in rainy season. let me think about the ups", "think_it_over")],
    [o,
     t("Hi chị! I understand how stressful that is. Did you turn off the tablet without closing the shift? That's usually a user mistake."),
     c("no, i never turn off. there was power cut at 7pm", None),
     t("I see. So you kept selling without internet? The manual says clearly not to do that. So what I'm hearing is the data loss came from how the staff used it."),
     c("how can we stop selling? customers are eating. you never told us this", None),
     t("It's in the training video we sent when you signed up. Did your staff watch it? Honestly, most data problems come from staff not following the process."),
     c("i dont care whose mistake. i need the report for tax. can get back or not", None),
     t("We can try, but data recovery is a paid service, 500,000 đồng, since it wasn't a system error. Shall I open a ticket?"),
     c("i pay you every month already. i will cancel this system", None)],
))
