"""Gaming pairs, part A (kinds 1-5, two each). Written by hand for blind78."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Osaka, IT support contract, very polite indirect office manager
_open = c("Ah, thank you for coming all the way. We have a contract with another company now, so... today we are only gathering information.", "brush_off")
PAIRS.append(gpair(
    "b78g_osaka_it_support", "IT support contracts (Osaka, Japan)", "monologue",
    "The office manager of a ten-person architecture office in Osaka meets an IT support company; they already have a provider.",
    [
        _open,
        t("Thank you for making the time. Gathering information is fine, I won't push a contract today. May I ask what made you start looking, while you still have a provider?"),
        c("Hmm. It is not a big problem. Only, when the printer server stopped in March, the engineer came the next afternoon. We lost one morning of drawings. That kind of thing is a little difficult.", None),
        t("Losing a morning of drawings is a real cost for a ten-person office. When something stops like that, how quickly would you need someone on it so it doesn't hurt a deadline?"),
        c("If someone can look by remote within one hour, that is enough, I think. We do not need a person to come every time.", None),
        t("So the March outage cost you a morning, and what matters is remote help within an hour, not necessarily a visit. Is that right?"),
        c("Yes, that is right. But changing company is a big decision for us. The director must hear about it, and he is quite... careful.", "think_it_over"),
        t("That makes sense, and I wouldn't want you to switch in the middle of a contract either. When does yours end? I could send a one-page comparison of response times for the director, and we talk again a month before renewal."),
        c("It ends in September. One page on paper is good. The director likes paper.", None),
        t("Then I'll post it this week, in Japanese, and call you in early August. If the server stops before then, you can still phone us; the first look is free."),
    ],
    [
        _open,
        t("Thank you so much! What brings you here today? Actually, let me tell you about us first, because it answers a lot. We're the leading IT partner in Kansai, with long relationships with over three hundred offices, a 94 percent first-call fix rate, and our Gold contract covers servers, printers, laptops, backup, security monitoring and staff training."),
        c("Ah... yes. Actually, in March, our printer server...", None),
        t("Exactly, and that's why customers love Gold. The experience is totally different: a dedicated engineer, quarterly reviews, a portal for every ticket, and we can take your phones too. Most offices your size need all of this, they just don't know it yet. Onboarding is only two weeks and you don't lift a finger."),
        c("I see. It sounds very... complete. We are quite a small office, though.", "no_need"),
        t("Small offices get the most out of it, honestly! So did I understand you correctly that you'd like a Gold proposal? I'll add the security option and the backup package, because nobody wants to lose data. You'll have it tomorrow."),
        c("Thank you. Please send something by email. We will look at it when we have time.", "brush_off"),
        t("Perfect, I'll send it tonight and call you Thursday to go through next steps!"),
    ],
))

# 2. monologue -- Utrecht, bike shop, parent looking at cargo bikes
_open = c("Hi. We're thinking about a cargo bike for the kids, but honestly the prices are insane. We're just having a look.", "too_expensive")
PAIRS.append(gpair(
    "b78g_utrecht_cargo_bike", "bike shop (Utrecht, Netherlands)", "monologue",
    "A mother of two small children walks into a bike shop in Utrecht to look at cargo bikes.",
    [
        _open,
        t("Have a look around, no pressure. Can I ask how you'd use it? How old are the kids and what's the daily trip?"),
        c("Three and five. Daycare is about four kilometres, then I go on to work. There's a bridge on the way that kills me even on my normal bike.", None),
        t("A bridge with two kids in the box is a proper hill. Where would it be parked, at home and at work?"),
        c("Shed at home, and at work there's a bike basement with a ramp. My neighbour has one with a motor but hers broke twice in the first year and the dealer was useless about it.", "bad_experience"),
        t("That's worth hearing. Do you know what broke on hers, the motor or the battery? Whatever you buy, the question is who fixes it and how fast."),
        c("The motor, I think. She was without it for three weeks.", None),
        t("So: two kids, four kilometres with a bridge, a shed and a ramp, and you can't be stranded for weeks. For that bridge I'd go mid-motor. We keep spare motors here and lend you a bike while yours is in repair. Want to try one with the kids' seats weighted, over the Kanaalweg bridge, this Saturday?"),
        c("Saturday I can do. I'm still not paying four thousand without talking to my husband though.", "think_it_over"),
        t("Of course. Bring him along, he can ride it too. I'll book you in for ten."),
    ],
    [
        _open,
        t("Great, what are you looking for today? Let me walk you through the range. This is our bestseller, the family model: mid-drive motor, 625 watt-hour battery, hydraulic discs, rain tent, two five-point harnesses. Everybody in Utrecht rides it. Then there's the long-tail, sportier, and the trike, more stable but heavier..."),
        c("Okay, we've got two, three and five, and...", None),
        t("Perfect, the family model takes up to four kids actually. And the riding experience is amazing, the motor just pulls you. We also do lease, insurance, theft tracking, a bench upgrade and a winter service package. You'll want the rain tent, Dutch weather. Delivery is about three weeks right now."),
        c("Right. My neighbour's one broke down twice, so I was wondering about...", "bad_experience"),
        t("Oh, that won't happen with this one, it's a premium brand. Honestly the whole experience is about peace of mind. So, shall I check colours? Green, sand and black, and the sand one is gorgeous."),
        c("I think I'll just look around a bit more on my own, thanks.", "brush_off"),
        t("Sure! Here's a brochure, everything's in there. Grab me when you're ready."),
    ],
))

# 3. closing_as_open_question -- Seoul, cloud accounting software, procurement with a checklist
_open = c("Good morning. I am Park from purchasing. I have a checklist from our finance team: data stored in Korea, e-tax invoice integration, support in Korean hours, and the price per user. Can you go through these?", None)
PAIRS.append(gpair(
    "b78g_seoul_cloud_accounting", "cloud software (Seoul, Korea)", "closing_as_open_question",
    "A purchasing officer at a Seoul trading company evaluates a cloud accounting system against his finance team's checklist.",
    [
        _open,
        t("Good morning, Mr Park. Yes, one by one. First, how many people would use it and what do they use today?"),
        c("Twelve users in finance. Today an old desktop program and Excel. The tax invoices are done by hand, it takes two days each month.", None),
        t("Thank you. Data is stored in the Seoul region. E-tax invoices are issued from the system and sent directly, which removes most of those two days. Support is 9 to 6 Korean time by phone and chat. Price is 38,000 won per user per month, so 456,000 a month for twelve."),
        c("Hmm. The old program we paid once, many years ago. 456,000 every month is big for our team. My manager will ask why it is so much.", "too_expensive"),
        t("That's a fair question for him. The honest comparison is against the two days of manual invoicing plus the upkeep of the old program. Shall I put both in one table, with the hours your team gave me, so he sees numbers instead of my claim?"),
        c("Yes, a table is useful. I must add one line to the checklist also: data export if we stop the contract. IT will ask this.", None),
        t("Good point. You can export everything to Excel or CSV at any time, and for 90 days after cancelling. I'll put that in writing. So: checklist answers, the cost table and the export terms by Thursday, and then you and your manager decide whether a trial month makes sense."),
        c("Thursday is good. Thank you.", None),
    ],
    [
        _open,
        t("Good morning, Mr Park! Great checklist. Before we go through it, what would it take for your team to start with us this month?"),
        c("Ah... first I need the answers to the checklist. That is my job.", None),
        t("Of course! Data is in Korea, tax invoices are integrated, support is Korean hours, 38,000 won per user. So how many licences shall I set up for you, ten or twenty?"),
        c("I did not say we are buying. We are twelve in finance. But I cannot decide anything today, the budget is approved by my manager.", "think_it_over"),
        t("Understood, and I respect that. What would your manager need to hear to say yes by Friday? And for the start date, would the first or the fifteenth work better for you?"),
        c("Neither. I will send you our vendor form, and we follow our process.", "brush_off"),
        t("Perfect. And so I can prepare the contract in parallel, how would you like to pay, monthly by card or an annual invoice?"),
        c("Please just send the answers in writing. Thank you.", "brush_off"),
    ],
))

# 4. closing_as_open_question -- Manila, wedding photography, typed chat
_open = c("hi po, we're getting married in february in tagaytay. how much is your full day package? we saw your page on fb", None)
PAIRS.append(gpair(
    "b78g_manila_wedding_photo", "wedding photography (Manila, Philippines)", "closing_as_open_question",
    "A bride-to-be messages a Manila wedding photographer through Facebook about a full-day package.",
    [
        _open,
        t("Hi, congratulations! Full day is 85,000 pesos, one main photographer and a second shooter. Before you decide anything: what kind of wedding is it, and what do you most want photos of?"),
        c("around 120 guests, church then reception in a garden venue. my lola is 91 and flying in from cebu so i really want good photos of her with the family. our planner said 80 to 90k is normal for photos so we set that aside", None),
        t("That's a lovely reason. So: 120 guests, church then garden, and the photos that matter most are your lola with the family. Does she get tired easily? Then I'd do the family portraits right after the ceremony, before the heat, and keep them short."),
        c("yes she gets tired by afternoon. thats actually what i was worried about, at my cousins wedding the family photos took one hour and lola had to wait in the car", None),
        t("Then we make a family shot list with you beforehand, call groups by name, and do lola's photos first, about fifteen minutes. Would you like a full gallery from a Tagaytay wedding, so you can judge the family portraits and not only the highlights on our page?"),
        c("yes please. we are also talking to two other photographers so we'll compare first", "think_it_over"),
        t("Of course, compare, that's sensible. I'll send the gallery and the package details today, and if you like we can do a short video call with your fiance next week."),
        c("ok thank you po, ill send the gallery to him tonight", None),
    ],
    [
        _open,
        t("Hi, congratulations! Full day is 85,000. Quick question: what would make you feel ready to reserve your date with us today? February in Tagaytay goes fast."),
        c("oh we just started looking po. we want to see more photos first", "think_it_over"),
        t("Totally! While you look, which would you prefer for securing the date, the 10,000 reservation fee by GCash or by bank transfer?"),
        c("hmm we havent decided on you yet. also 85k is more than the other one we asked", "too_expensive"),
        t("I hear you. And if we matched the other one, what would stop you from booking today?"),
        c("its not only the price. my lola is 91 and i need someone who is good with old people and family photos", None),
        t("That's so sweet. So how soon can you send the reservation fee, so I can block February 14 for you?"),
        c("its feb 22 not 14. i think we'll go with someone else, thanks", None),
    ],
))

# 5. pitch_as_paraphrase -- Stockholm, office furniture, facilities manager
_open = c("Hi, we're moving forty people to a new floor in Sodermalm in June and I've been told to sort out desks. Mostly I want to know what's possible for the budget.", None)
PAIRS.append(gpair(
    "b78g_stockholm_office_desks", "office furniture (Stockholm, Sweden)", "pitch_as_paraphrase",
    "A facilities manager at a Stockholm company calls an office furniture supplier before an office move.",
    [
        _open,
        t("Happy to help. Before products: what's wrong with the desks you have now, if anything? And do you know the budget?"),
        c("Nothing dramatic. They're fixed height, and a few people have doctor's notes asking for sit-stand. Budget is around 300,000 kronor, but that includes chairs if we need them.", None),
        t("How many have doctor's notes, and do the others actually want sit-stand, or is it mainly those few?"),
        c("Six with notes. The rest, honestly, half would never use it. Our last office had some sit-stand desks and they stayed at the same height for four years.", None),
        t("That happens a lot. So: forty people, six who need sit-stand for health reasons, the rest probably wouldn't use it, a June move and roughly 300,000 including chairs. One option is sit-stand for the six plus a few shared ones, and reuse your fixed desks if they're in good shape. Are they?"),
        c("Most are fine. I didn't know reusing was an option, the last supplier wanted to sell us everything new.", None),
        t("It often is. I can come and check them next week, and you'd get two quotes, reuse plus ten sit-stand, and all new, so management sees both."),
        c("Next week is packed with the lease handover. Could it be the week after?", "no_time"),
        t("Sure. Tuesday the 14th in the morning? I'll bring a sit-stand frame so the six can try it."),
    ],
    [
        _open,
        t("Great, tell me about the new space. What does a good workday look like for your team?"),
        c("Well, they sit at desks, mostly laptops. Six people have doctor's notes for sit-stand. Budget is around 300,000 kronor, including chairs if needed.", None),
        t("So what I'm hearing is that you need a full activity-based workplace with our Flow sit-stand desks for all forty, plus Halo ergonomic chairs. That's right, isn't it?"),
        c("No, I said six people. The others have fixed desks that are fine.", "no_need"),
        t("Got it. So if I play that back: you want the whole team to have the same healthy experience, so forty Flow desks gives everyone equal access. Did I understand you correctly?"),
        c("You did not. Forty of those won't fit in 300,000, and I'm not going back to ask for more.", "no_money"),
        t("Totally. So what you're really saying is you'd prefer our leasing option, forty Flows over 36 months, so the budget isn't an issue. Is that fair?"),
        c("No. That's not what I said either. I'll get quotes somewhere else.", None),
    ],
))

# 6. pitch_as_paraphrase -- Taichung, medical device (home blood pressure monitor), elderly customer
_open = c("Excuse me. My doctor says I must measure my blood pressure every morning. My daughter said buy one with the... the app. But I don't know about the app.", None)
PAIRS.append(gpair(
    "b78g_taichung_bp_monitor", "medical devices (Taichung, Taiwan)", "pitch_as_paraphrase",
    "An elderly man comes into a medical supply shop in Taichung to buy a home blood pressure monitor.",
    [
        _open,
        t("Good morning, sir. We'll find one that suits you. Do you use a smartphone now, and who will look at the numbers: you, your doctor, your daughter?"),
        c("I have a phone, but only for calling and LINE. My daughter lives in Kaohsiung. She worries. The doctor wants me to write it down and bring it every month.", None),
        t("So the doctor wants a written record each month, and your daughter would like to see the numbers from Kaohsiung. Is that right?"),
        c("Yes, yes. But if it's complicated I won't use it. My old machine, the buttons were so small, I gave up.", "bad_experience"),
        t("Then big buttons matter. This one has one large start button and a big screen, and it keeps the last ninety readings, so you don't even have to write every day. It can send to a phone, but it works fine without. Would you like to try it on your arm now?"),
        c("Let me try.", None),
        t("There, 132 over 84, and see how large the numbers are. If you like, your daughter can set up the phone part when she visits; nothing is needed from you. It's 2,480."),
        c("Hmm, 2,480. The one at the night market was cheaper.", "too_expensive"),
        t("Yes, there are cheaper ones. This one is checked for clinic accuracy and has two years' warranty here; bring it back any time it gives you trouble. If you'd rather think about it, I'll write down the model for your daughter."),
        c("No, I take this one. The big button is good.", None),
    ],
    [
        _open,
        t("Good morning! Tell me, what's most important to you in a blood pressure monitor?"),
        c("Easy. Big buttons. I only use my phone for calling and LINE.", None),
        t("So what I'm hearing is you want our SmartCare Pro with Bluetooth, cloud sync and the family dashboard, at 4,980. Is that right?"),
        c("Cloud? No, no. I don't understand these things. Just a simple one.", "no_need"),
        t("Understood! So to paraphrase: you want something simple, which is exactly why the SmartCare Pro is perfect, because the app does everything for you. Did I get that right?"),
        c("The app... my daughter does that? She lives in Kaohsiung. I am on a pension. Four thousand nine hundred, I cannot.", "no_money"),
        t("So what you're saying is you'd like the payment plan, three instalments of 1,660, and your daughter can help with setup. Shall I wrap it up?"),
        c("No. I will come back with my daughter.", "think_it_over"),
    ],
))

# 7. upsell_as_loop_closing -- Oslo, car leasing, family wanting an electric car
_open = c("Hei. Our lease on the Golf ends in May and we want an electric one. Something with room for two car seats and a dog.", None)
PAIRS.append(gpair(
    "b78g_oslo_ev_lease", "car leasing (Oslo, Norway)", "upsell_as_loop_closing",
    "A father in Oslo asks a leasing company about an electric family car when his current lease ends.",
    [
        _open,
        t("Hei! How much do you drive in a normal month, and do you do long trips, cabin, mountains?"),
        c("Commute is short, maybe 1,200 km a month. But every winter break we drive to the cabin in Hemsedal, three and a half hours, with a roof box.", None),
        t("Then range in the cold matters more than anything else. Do you charge at home?"),
        c("We have a charger in the garage. The last lease company charged us 9,000 kroner for scratches when we returned the car before the Golf. I'm still annoyed about that.", "bad_experience"),
        t("I understand. Our return check is done with you present, photos at pickup and return, and normal wear is listed in the contract; I'll show you the list. So: two car seats, a dog, 1,200 km a month, winter trips with a roof box, charging at home. I'd look at a mid-size SUV with the big battery and an estate. Both take a roof box."),
        c("The estate, does the dog cage fit in it?", None),
        t("I'd rather check than guess. Bring the cage, or its measurements, and we'll try it in both on Saturday. Then you get an offer on the one that fits, 36 months and 15,000 km a year."),
        c("Ok. Saturday before noon.", None),
    ],
    [
        _open,
        t("Hei! So you need an electric car with room for two car seats and a dog, did I get that right?"),
        c("Yes. And we drive to the cabin in Hemsedal every winter.", None),
        t("Perfect, the SUV with the long-range battery then. Before we finish, is there anything else I can add to make the experience complete? Most families take the winter wheel package, 390 a month."),
        c("We have winter tyres already. They don't fit?", "no_need"),
        t("Different rim size, unfortunately. And is there anything else we can take care of for you? The premium insurance with zero excess, because with kids and a dog things happen."),
        c("We have insurance through work.", "no_need"),
        t("Great! Just to close the loop, anything else? The tow bar is popular for cabin trips, and service included is only 450 a month."),
        c("What is the monthly price now with all that?", None),
        t("With winter wheels, tow bar and service, 8,940 a month."),
        c("We pay 5,200 now. That's ridiculous. Send me the base price only and I'll compare.", "too_expensive"),
    ],
))

# 8. upsell_as_loop_closing -- Hong Kong, childcare (playgroup), parent on the phone
_open = c("Hi, I'm calling about the playgroup for my son. He's two and a half and starts K1 next year. My mother-in-law looks after him now, but she's finding it harder.", None)
PAIRS.append(gpair(
    "b78g_hongkong_playgroup", "childcare (Hong Kong)", "upsell_as_loop_closing",
    "A working mother in Hong Kong calls a playgroup centre about mornings for her shy two-year-old.",
    [
        _open,
        t("Thanks for calling. What would you like the playgroup to do for him: time with other children, getting used to a classroom, language, a break for your mother-in-law?"),
        c("Mostly getting used to other kids. He's very shy, he cries when I leave him even with family. And some English, because of the K1 interviews... you know.", None),
        t("Many children start that way. We do a settling week where a parent or grandparent stays in the room and leaves for a bit longer each day. How many mornings were you thinking?"),
        c("Two or three. The website says 4,800 a month for three mornings, is that still right?", None),
        t("Yes, 4,800 for three, 3,400 for two. For a shy child some parents start with two and move to three once he's settled. So: shy, used to other kids and a bit of English before K1, and a break for grandma. Would a trial morning help you see how he copes?"),
        c("A trial would be good. But I can't take time off until after Chinese New Year.", "no_time"),
        t("Then after the holiday. Could grandma bring him, or would you rather be there the first time?"),
        c("I'd like to be there. Second week of February?", None),
        t("Thursday the 13th at 9:30, then. I'll send the address and what to bring by WhatsApp."),
    ],
    [
        _open,
        t("Thanks for calling! Tell me, what does success look like for your son?"),
        c("Just getting used to other kids. He's shy, he cries when I leave. And a bit of English for the K1 interviews.", None),
        t("Lovely. Three mornings is 4,800 a month. Now, to close the loop, anything else we can add for him? Our Phonics Plus class is really popular with K1 families, 1,600 a month."),
        c("Um, maybe later. He's only two and a half.", "no_need"),
        t("Totally. Anything else we can do for you today? Lots of parents add lunch club so they can pick up later, and the interview prep workshop in spring."),
        c("I don't think so. My mother-in-law picks him up at noon.", "no_need"),
        t("Perfect. And before we finish, anything else on your mind? The uniform set and bag are 780, most parents order them at enrolment."),
        c("I wanted to ask about him crying when I leave, actually. But I have to go. Just email me the form.", "brush_off"),
    ],
))

# 9. leading_tag_questions -- Rotterdam, home renovation, elderly woman whose husband had a hip operation
_open = c("Good afternoon. My husband had his hip done in the autumn, and the bath is... well, he can't get in any more. My son said I should ring a few companies.", None)
PAIRS.append(gpair(
    "b78g_rotterdam_bathroom", "home renovation (Rotterdam, Netherlands)", "leading_tag_questions",
    "An elderly woman in Rotterdam phones a renovation firm about replacing the bath after her husband's hip operation.",
    [
        _open,
        t("Good afternoon. I'm sorry about his hip, is he recovering well? Tell me about the bathroom as it is now."),
        c("Slowly, yes. It's a small bathroom: the bath, a sink and the toilet. It's from 1987, nothing has been done.", None),
        t("What would make things easier for him day to day: getting in and out to wash, or also the toilet and the floor?"),
        c("The shower mostly. And the floor is slippery when it's wet, I'm scared he'll fall. But I don't want the whole house upside down for weeks, I can't cope with that.", None),
        t("That's very understandable. So: the bath out, a walk-in shower without a step, a floor that isn't slippery, and as little disruption as possible. For that size it's usually five working days, and the toilet stays usable except one day. Does that sound manageable?"),
        c("Five days... that's all right. What would it cost, roughly? We are pensioners.", None),
        t("Roughly 9,000 to 12,000 euros, depending on what we find behind the tiles. The gemeente can give a grant for adaptations after a medical problem, so ask them before you sign with anyone. I can come and measure; would you like your son there?"),
        c("Yes, he'd want to be there. Can you come on a Saturday?", None),
        t("Saturday morning works. I'll bring non-slip tile samples so you can feel them."),
    ],
    [
        _open,
        t("Good afternoon! You'll want a full modern bathroom while you're at it, won't you?"),
        c("Oh... I don't know. I just need him to be able to shower.", "no_need"),
        t("Of course, but if we're opening the walls anyway, it makes sense to do it properly, doesn't it? A rain shower and floor heating, you'd love that, wouldn't you?"),
        c("I suppose it would be nice. But how long will the house be a building site? I can't manage weeks of it.", None),
        t("Only three weeks, and it's worth it, isn't it? You don't want to do it twice. And your husband deserves the best after his operation, doesn't he?"),
        c("Three weeks. And how much is all that?", None),
        t("About 24,000, but a bathroom like that adds value to the house, doesn't it? You'd agree that's the sensible choice?"),
        c("Twenty-four thousand? We're pensioners, we don't have that. I'll have my son ring you.", "no_money"),
    ],
))

# 10. leading_tag_questions -- Copenhagen, accounting firm, blunt freelance developer
_open = c("Hi. I freelance as a backend developer, first year with my own ApS. I need someone to do the annual report. That's it. I do the bookkeeping myself in Dinero.", None)
PAIRS.append(gpair(
    "b78g_copenhagen_accountant", "accounting firm (Copenhagen, Denmark)", "leading_tag_questions",
    "A freelance developer in Copenhagen asks an accounting firm for an annual report for his new company.",
    [
        _open,
        t("Hi. Annual report only, fine. What does the year look like: how many clients, any employees, anything unusual like a company car or foreign clients?"),
        c("Three clients, one in Germany. No employees, no car. I pay myself a monthly salary.", None),
        t("The German client is worth a look, reverse charge VAT is where self-kept books often go wrong. Have you been invoicing them without Danish VAT?"),
        c("Yes, reverse charge, I read the Skat guide. Look, I had an accountant for my previous company and they billed me for every email. I want a fixed price.", "bad_experience"),
        t("Fair. For a company like yours, annual report plus tax return is a fixed 11,500 kroner ex VAT, including two email questions during the year. If your Dinero books need more than an hour of clean-up, I tell you before I do it. Can you give me read access so I can look before you commit?"),
        c("11,500 is more than the online ones. They're at 6,000.", "too_expensive"),
        t("It is. The online ones are fine if the books are clean and you only want it filed. Here you get someone checking the German VAT and your salary setup. Let me look at the books first, then decide whether that's worth the difference."),
        c("Okay, read access is fine. I'll send it tonight.", None),
    ],
    [
        _open,
        t("Hi! You'll want our full-service package so you don't have to think about bookkeeping at all, won't you?"),
        c("No. I said I do the bookkeeping myself.", "no_need"),
        t("Sure, but you're a developer, your time is better spent coding, isn't it? And you wouldn't want to risk a mistake with Skat, would you?"),
        c("I've read the guides. I just want a fixed price for the annual report. My last accountant billed me for every email.", "bad_experience"),
        t("That's exactly why the all-inclusive plan makes sense, doesn't it? 2,400 a month and never a surprise bill. That's peace of mind, right?"),
        c("2,400 a month is almost 29,000 a year. For an annual report. No.", "too_expensive"),
        t("But you'd agree quality costs a bit more, wouldn't you? You wouldn't trust your company to the cheapest option, would you?"),
        c("I'd trust it to someone who listens. Bye.", None),
    ],
))
