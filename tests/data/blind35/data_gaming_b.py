"""Gaming pairs 11-20: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (two each)."""
from common import c, gpair, t

PAIRS = []

# 11 --------------------------------------------------------------- putdown_question, Sri Lanka, typed
_o = c("Good evening. I bought your 43 inch smart TV last week from the shop in Wellawatte. Picture is coming from the Dialog box but there is no sound at all. I have tried the volume.", None)
PAIRS.append(gpair(
    "b35g_tvhelp_colombo", "TV manufacturer's customer helpline (web chat), Colombo, Sri Lanka", "putdown_question",
    "A retired schoolteacher types to a TV maker's help chat: his new smart TV shows the satellite box picture but gives no sound. Polite, formal, slow typist, not technical.",
    _o,
    [
        t("Good evening, and sorry it's giving trouble on a new set. Let's find it together. How is the Dialog box connected to the TV: one flat cable (HDMI), or three coloured ones (red, white, yellow)?"),
        c("The technician from Dialog connected it. I think it is the flat one. There are also some other wires at the back I do not know.", None),
        t("That's fine. When you press Volume + on the TV remote, does a bar with a number appear on the screen and go up?"),
        c("Yes it goes up to 30 but nothing comes.", None),
        t("Thank you, that helps. Now on the Dialog remote, press its own volume up, and the mute button once. The box has its own volume, separate from the TV."),
        c("I pressed mute on the small remote. Still nothing.", None),
        t("Okay. On the TV remote press the gear button (Settings), then Sound, then Sound Output. What does it say there?"),
        c("It says Optical. Should it be something else?", None),
        t("That's the culprit. The TV is sending the sound to a socket at the back where nothing is plugged in. Choose 'TV Speaker' and press OK, and tell me if you hear it."),
        c("Now the sound is coming!! Thank you son. I did not change anything, how did it become like that?", None),
    ],
    [
        t("Good evening. Have you checked the TV is actually switched on and not on mute? You'd be surprised how many people don't."),
        c("Of course it is on, I can see the picture. I said I tried the volume.", None),
        t("Okay. And you did plug the Dialog box in properly, yes? Not just resting the cable in the socket?"),
        c("The Dialog technician connected it. I am a retired teacher, I am not a child.", None),
        t("No offence meant. Did you press random buttons on the remote by any chance? Settings often get changed by mistake when someone's been playing with it."),
        c("Nobody is playing. I live with my wife. Can you please just say what to check?", None),
        t("Sure. Did you actually look at the quick-start guide that came in the box? The sound settings are on page 6."),
        c("The print is very small. That is why I am asking you. If you cannot help I will take it back to the shop.", None),
        t("Go to Settings > Sound > Sound Output and pick TV Speaker. It's quite simple really, hard to miss."),
        c("Fine. It is working. You could have said that twenty minutes ago.", None),
    ],
))

# 12 --------------------------------------------------------------- putdown_question, Senegal, spoken, small business
_o = c("Bonjour. I bought this industrial machine from you in February. Now it jumps stitches on the thick bazin. For a tailor, you understand, that is a catastrophe, I have orders for Tabaski.", None)
PAIRS.append(gpair(
    "b35g_sewing_dakar", "Sewing machine shop and repair service, Marché HLM, Dakar, Senegal", "putdown_question",
    "A master tailor with thirty years' experience comes back to the shop that sold him an industrial sewing machine: it skips stitches on heavy starched bazin, weeks before Tabaski. Proud, expert, French-influenced English.",
    _o,
    [
        t("Bonjour monsieur. Before Tabaski, yes, I understand. Does it skip only on the thick bazin, or on thin fabrics too?"),
        c("Only on the thick, and worse when the bazin is very starched, the shiny one. On voile it is perfect.", None),
        t("What needle size are you using on the thick bazin? And did you change needle brand recently?"),
        c("Size 14. Same as always. Listen, I've been sewing thirty years, it is not the needle, it is the machine.", None),
        t("Thirty years, you know the fabric better than me. I only ask because on this model the hook timing is set at the factory for medium fabrics, and on heavy starched bazin it can skip. Can you leave it with me this afternoon? I'll check the timing and the hook, and try it on your own fabric if you leave a piece."),
        c("Leave it? No, I can't leave it, I have twelve boubous to finish this week.", "no_time"),
        t("Then I come to you. I can pass by the atelier tomorrow at eight, before you open, it takes forty minutes. It's under guarantee, nothing to pay."),
        c("Tomorrow at eight... okay. Grand Yoff, behind the pharmacy. If it still skips after, I want another machine.", None),
        t("Fair. If I can't fix it tomorrow, I'll bring you our demonstration machine to work on until yours is right, so you don't lose the Tabaski orders."),
        c("Bon. That I like. See you at eight, Moussa.", None),
    ],
    [
        t("Bonjour. Are you sure you threaded it correctly? The industrial ones are not like the home machines, eh."),
        c("Threaded it correctly? I have been a tailor for thirty years.", None),
        t("Okay, okay. But you know you have to change the needle for thick fabric, no? Which needle are you using?"),
        c("Size 14, as always. It is the machine that is the problem.", None),
        t("14 on bazin? Who told you to use 14 on bazin? Nobody taught you needle sizes in your apprenticeship?"),
        c("Young man, I was sewing before you were born. On my old machine 14 was always fine.", None),
        t("Your old machine was a different machine. Have you even oiled it since February, or did you think it oils itself?"),
        c("I oil it every week. You know what, I'll take it to the agent in Sandaga.", None),
        t("It's under our guarantee, if they open it you lose the guarantee. Bring it here, but check your needle first, yes?"),
        c("I will bring it. But not to you. I want to speak to the patron.", None),
    ],
))

# 13 --------------------------------------------------------------- not_my_department, Mexico, spoken, travel
_o = c("Hi, sorry, my suitcase didn't come out. We flew Warsaw, Frankfurt, Cancún. It's a blue hard case. We're going to a wedding in Tulum on Saturday and the dresses are in it.", None)
PAIRS.append(gpair(
    "b35g_baggage_cancun", "Airline baggage service desk, Cancún airport, Mexico", "not_my_department_or_read_the_terms",
    "A Polish traveller reaches the airline's baggage desk in Cancún after her suitcase fails to appear; it holds the dresses for a family wedding in Tulum on Saturday. Anxious, tired after a long journey. Spoken.",
    _o,
    [
        t("I'm sorry, that's a horrible way to land. Let's find it. Can I see your boarding passes and the bag tag sticker? It's usually on the back of the ticket."),
        c("Here. Oh god, I hope it's not really lost.", None),
        t("It shows the bag didn't make the connection in Frankfurt. It's still there, not lost. The next Frankfurt flight lands tomorrow at 15:40 and it should be on it. Where are you staying?"),
        c("In Tulum. Two hours from here. Do we have to come back for it??", None),
        t("No, we deliver it to the hotel, free of charge. Realistically tomorrow night or Friday morning. Which hotel, and a phone number that works here?"),
        c("Hotel Dos Ceibas, and this is my Polish number, with WhatsApp. But the wedding is Saturday at four, what if it doesn't come?", None),
        t("Then keep your receipts. While a bag is delayed the airline pays back essentials, clothes, toiletries, up to a limit, and I'm writing that on your file now. If there's no bag by Friday noon, message this number and I'll chase it myself, I'm on shift Friday."),
        c("Okay. Okay. Sorry, I'm a bit shaky. What's your name?", None),
        t("Daniela. Here's your file reference, CUN-48213, with my work WhatsApp underneath. You'll get a message when the bag lands."),
        c("Thank you, Daniela. Really.", None),
    ],
    [
        t("Your last flight was with our partner from Frankfurt? Then you need to speak to the partner's desk, the connecting carrier handles missing bags."),
        c("But their desk is closed, there's nobody there. You're the airline that flew us here.", None),
        t("I understand, but under the conditions of carriage, article 15, the delivering carrier... well, we can open a file, but we can't tell you where it is. You'll need to check the WorldTracer website."),
        c("What website? I don't have internet here yet. Can you just look it up, please?", None),
        t("I don't have access to that system. Delivery to hotels is also subject to the terms: in the first 21 days a bag is considered delayed, not lost, so no compensation applies at this stage."),
        c("I'm not asking for compensation, I'm asking where my dresses are. The wedding is on Saturday.", None),
        t("For clothes you'd have to check with your travel insurance, that isn't something the airline handles. For hotel delivery, call the call centre, the number is on the website."),
        c("So what do you actually do here?", None),
        t("I open the report. Here's the form, fill in both sides, and the reference will come by email within 24 to 48 hours."),
        c("Unbelievable. Give me the form.", None),
    ],
))

# 14 --------------------------------------------------------------- not_my_department, Czechia, typed, education/public
_o = c("Good morning, I am Armelle Nkoulou, admitted to MSc Food Chemistry starting September. I paid the tuition deposit of 2000 EUR but my visa appointment at the embassy is only in November. I will not arrive on time. What can I do?", None)
PAIRS.append(gpair(
    "b35g_admissions_brno", "University international office, Brno, Czechia", "not_my_department_or_read_the_terms",
    "An admitted master's student from Cameroon writes to a Czech university's international office: her visa appointment is months late, and she worries about her start date, her paid deposit and her dormitory place. Typed, French-speaker writing English.",
    _o,
    [
        t("Dear Armelle, thank you for writing early, that gives us options. Before I suggest anything: would you prefer to start this year if the faculty allows a late arrival, or to move your place to next September?"),
        c("I prefer this year if it is possible, the money from my family is for this year. But if I arrive in December is it still possible?", None),
        t("December is late for the winter semester, the labs start in week two. The faculty's study department decides that, so I'll ask them directly for your programme. Meanwhile, have you asked the embassy for an earlier appointment? We can issue a letter confirming your start date, which sometimes helps."),
        c("I asked the embassy two times already, they always say there are no free dates. I don't think a letter changes it.", "bad_experience"),
        t("It may not, but it costs you nothing to try, and some embassies do move students with a confirmed start date. Either way you don't lose money: if you cannot start because of the visa, the deposit is moved to next year or refunded, your choice, minus bank fees. I'll send the letter today and have the faculty's answer about December by Friday."),
        c("Ah, good, so the 2000 is not lost. Sorry, one more thing, I also reserved the dormitory.", None),
        t("Good that you mention it. I'll ask the accommodation office to keep your room until the faculty answers; if you defer, they cancel without a fee. You'll get all of it in one email on Friday."),
        c("Merci beaucoup, really. I was very worried.", None),
    ],
    [
        t("Dear applicant, visa matters are handled by the Ministry of the Interior and the embassy. The university has no influence on appointment dates."),
        c("I understand, but what about my studies? I will arrive late. Can I start in December?", None),
        t("Questions about study organisation are for the faculty study department. Please contact them via the Study Information System."),
        c("I wrote to them last week, they said to write to the international office. That is you.", None),
        t("Regarding the deposit, please refer to Article 7.3 of the Terms of Admission, which you accepted upon payment. Deposits are non-refundable except in the cases specified there."),
        c("Which cases? I cannot read Czech well, and the English version has only 4 pages.", None),
        t("The Czech version is the legally binding one. You may also consult the FAQ on our website. For dormitory questions, please contact the Accommodation Office."),
        c("So nobody can answer me. Maybe I will just apply to another country.", None),
    ],
))

# 15 --------------------------------------------------------------- social_proof_or_deadline, Côte d'Ivoire, spoken
_o = c("Bonsoir. My cousin told me you came to her office. Me, I sell fabrics at Adjamé market. I want to know about insurance for my children, if something happens to me. But I'm telling you, I don't trust insurance much.", None)
PAIRS.append(gpair(
    "b35g_lifeins_abidjan", "Life insurance agency, Cocody, Abidjan, Côte d'Ivoire", "social_proof_or_deadline_pressure",
    "A fabric trader and mother of three visits a life insurance agent to cover her children's schooling if she dies. Her income rises and falls with the seasons; a neighbour's claim was once refused. Sceptical. Spoken, francophone English.",
    _o,
    [
        t("Bonsoir madame, thank you for coming. You don't trust insurance much. Can I ask what happened, so I understand what worries you?"),
        c("My neighbour, her husband died, and the insurance refused to pay, something about a paper from the hospital. She paid six years. For nothing.", "bad_experience"),
        t("That's painful, and it does happen. Often the refusal is about an illness not declared at signing, or documents nobody explained. If you take anything, I'll go through the health questions with you line by line so there are no surprises later. If something happened to you, what would you want the money to do for the children?"),
        c("School. Mostly school. The eldest is in 4ème, the youngest is five. Until they finish the bac at least.", None),
        t("So something that pays their schooling until the youngest is about eighteen, thirteen years. Your income from the market, is it the same every month, or up and down?"),
        c("Up and down. Before Tabaski and Christmas it's good, in the rainy season it's bad.", None),
        t("Then a fixed monthly payment could be hard. There's a version where you pay quarterly and can pay ahead in the good months. For schooling covered until the youngest is eighteen, it's around 9,500 francs a month. Don't answer today. Take the conditions home, the health form too, and have someone you trust read them."),
        c("9,500 is possible. But I want my big brother to read it first, he was a civil servant.", "think_it_over"),
        t("Good idea. I'll give you the full conditions, not the brochure. Shall I call you next Wednesday, once he's read them, to answer his questions?"),
        c("Wednesday evening, after the market closes. Okay.", None),
    ],
    [
        t("Bonsoir madame! You're making the right choice. Almost all the traders at Adjamé have already signed with us, more than three hundred this year."),
        c("Three hundred? Well. Me, I don't know about insurance, my neighbour was refused when her husband died.", "bad_experience"),
        t("That was surely another company. With us, all the women in your row of the market are covered, ask Tantie Awa, she signed last week. You don't want to be the only one without, no?"),
        c("What Awa does is Awa's business. How much is it?", None),
        t("12,000 a month. But listen, this rate is a promotion that ends Friday. After Friday it's 15,000, so it's better to sign tonight."),
        c("Tonight? I haven't read anything. And 12,000 is heavy for me in the rainy season.", "no_money"),
        t("Everybody says that at the beginning, and afterwards they thank me. Your cousin hesitated too, and she signed. Even the imam of the big mosque has our policy."),
        c("My cousin is my cousin. Give me the papers, I'll see with my brother.", "think_it_over"),
        t("I can give you the papers, but the promotion won't wait for your brother, madame. There are only two places left at this price this month."),
        c("Then keep your places. Bonsoir.", "brush_off"),
    ],
))

# 16 --------------------------------------------------------------- social_proof_or_deadline, Costa Rica, typed
_o = c("buenas, my doctor says i need to exercise for my blood pressure and lose some kilos. im 52 and i havent been to a gym in like 20 yrs. also bad knee. what do u have", None)
PAIRS.append(gpair(
    "b35g_gym_escazu", "Gym and pool club, Escazú, San José, Costa Rica", "social_proof_or_deadline_pressure",
    "A 52-year-old man with high blood pressure and a bad knee messages a gym on WhatsApp after his doctor told him to exercise. Nervous about starting, careful with money. Typed.",
    _o,
    [
        t("Buenas! Good on you for starting. Did your doctor give you any limits? No running, a heart rate maximum, anything like that?"),
        c("he said no running bc of the knee. walking, bike, swimming ok. and light weights", None),
        t("Perfect, that fits us well: bikes, the pool, and a coach on the floor all day. What worries you most about starting? Some people hate the crowd, some don't know the machines"),
        c("honestly both lol. i dont want to look stupid next to the young guys", None),
        t("Nobody looks at anybody, promise 😄 and 9 to 11 in the morning is mostly people your age and retirees, very calm. The first two sessions with a coach are included, he'll set you up on the bike, the pool and a light weights plan, checking the knee. Membership is 28 mil a month, no contract"),
        c("28 mil is a lot when i dont even know if ill keep coming", "too_expensive"),
        t("Totally fair, lots of people stop after a month. Come for a free week first, do the two coach sessions and see if you actually like it. If you do, pay the first month then. If not, no problem"),
        c("ok that i can do. can i start monday morning?", None),
        t("Monday 9:30 with Andrés, he's great with knees. Bring shorts, shoes, a towel, and the doctor's note if you have it. Your name?"),
        c("Rodrigo Mora. pura vida, see u monday", None),
    ],
    [
        t("Buenas!! You picked the perfect moment, our Black Month promo ends TONIGHT at midnight: annual membership 240 mil instead of 336!"),
        c("ok but i have a bad knee and high blood pressure, i dont know how much i can do", None),
        t("No worries, half of Escazú trains here, lots of guys over 50 👍 the annual is the plan everybody takes, honestly nobody does monthly anymore"),
        c("240 mil all at once is a lot. i dont even know if ill like it", "too_expensive"),
        t("I get it but after midnight it goes back to full price and there are only 6 promo spots left 😬 the Rodríguez family from Guachipelín just took 3"),
        c("i dont know the rodriguez family man. can i try it first?", None),
        t("Trials are only for monthly plans and you'd lose the promo. Everyone who waited regretted it. Should I send you the payment link?"),
        c("no. i need to ask my wife, its her card too lol", "think_it_over"),
        t("Sure! Just remember, midnight ⏰ after that I can't do anything for you"),
        c("ok. maybe another time", "brush_off"),
    ],
))

# 17 --------------------------------------------------------------- keyword_stuffed, Bangladesh, spoken, B2B logistics
_o = c("Hello, Rahim bhai gave me your number. I'm Farzana from Golden Fibre, we make jute shopping bags. We've got a first order from a buyer in Poland, two forty-foot containers, shipment by the 20th. Our usual forwarder let us down last month.", None)
PAIRS.append(gpair(
    "b35g_freight_chattogram", "Sea freight forwarder, Agrabad, Chattogram, Bangladesh (B2B)", "keyword_stuffed",
    "The export manager of a jute bag maker phones a freight forwarder she was referred to. She has a first order for Poland with a letter-of-credit shipment date, and her last forwarder rolled her cargo. Hurried, direct. Spoken phone call.",
    _o,
    [
        t("Thanks for calling, Farzana apa, and congratulations on the Polish order. What happened with the last forwarder? I'd rather not repeat it."),
        c("They confirmed space, then two days before, 'vessel full, next week'. Our buyer in Germany was furious. I can't have that with a new buyer.", None),
        t("Rolled cargo, that's the worst. For the 20th, is that when the containers must leave Chattogram, or when they must be in Poland?"),
        c("Leave by the 20th. The LC says latest shipment the 20th. Port is Gdynia.", None),
        t("Okay, LC latest shipment the 20th, to Gdynia. Are the bags ready, and are you stuffing at your factory or at a depot?"),
        c("Factory in Narayanganj, ready by the 12th. Look, just give me a rate, I have a meeting in five minutes.", "no_time"),
        t("Quickly, then: feeder to Colombo or Singapore, mainline to Europe, roughly 2,450 to 2,700 dollars a box to Gdynia today, I'll confirm in writing. To protect your LC date I'd book the vessel on the 15th, not the 19th, so if anything rolls there's still a backup. And I'll send the booking with the vessel name on it, not just 'space confirmed'."),
        c("2,450 to 2,700, okay. The vessel name in writing, yes, that I want. By tonight?", None),
        t("By eight tonight, WhatsApp and email. If the line won't give me a vessel name, I'll tell you that too."),
        c("Good. Okay, I'm running.", None),
    ],
    [
        t("Thank you, Farzana apa! At Bay Link Logistics we put your experience first. We want to understand your product needs, your service needs, your experience needs and, most importantly, your long-term success as an exporter."),
        c("Okay... I need two forty-footers to Gdynia, shipment by the 20th. Can you do it?", None),
        t("Absolutely. Tell me, how does it feel, as an exporter, when you think about your journey with forwarders? What does success look like for Golden Fibre in a logistics partnership?"),
        c("Success is the container leaving on time. The last forwarder rolled us. What's your rate?", None),
        t("I hear you. What I'm hearing is that reliability is a key experience need, and trust is central to your partnership goals. Our holistic solution aligns your service expectations with our end-to-end partnership approach."),
        c("Bhai, I asked the rate. I have a meeting in five minutes.", "no_time"),
        t("Of course. Rates are part of the broader value conversation. Before that, could you share your vision for the next five years, so we can co-create a success roadmap together?"),
        c("In five years I'll still be waiting for your rate. Just email me something concrete, okay?", "brush_off"),
        t("Definitely. I'll send a tailored partnership proposal addressing all five levels of your needs."),
        c("The rate and the vessel. That's all. Bye.", None),
    ],
))

# 18 --------------------------------------------------------------- keyword_stuffed, Romania, typed, B2B hospitality
_o = c("Hi, Ioana Dragomir here, events at Vitalmed Romania. Looking for a venue 14-15 Nov: plenary for 120 theatre style, 3 breakouts of 30, 1 night accommodation for ~60. Need AV incl. a simultaneous translation booth RO/EN. Pls advise availability + rates.", None)
PAIRS.append(gpair(
    "b35g_conference_bucharest", "City hotel conference and events sales, Bucharest, Romania (B2B)", "keyword_stuffed",
    "An experienced event planner at a pharmaceutical company writes to a hotel's events team with a precise brief for a two-day medical meeting. Her compliance rules cap room rates and require itemised costs. Typed, terse, expert.",
    _o,
    [
        t("Hi Ioana, thanks, clear brief. 14-15 Nov: Ballroom A takes 120 theatre style with space at the back for a booth; breakouts in Salons 2-4 (35 each). Those dates overlap a trade fair, so I'd put a courtesy hold on the 60 rooms now, no charge until contract. Is the audience medical? I ask because some pharma clients have catering and disclosure rules."),
        c("Yes, HCPs, so no alcohol, modest catering, and every cost itemised per attendee for the transparency report. Many hotels hate that.", None),
        t("We do it for two other pharma clients. I'll split the quote per person per day: room hire, coffee breaks, lunch, AV, accommodation. The translation booth we don't run ourselves; we work with an interpreting firm. I can introduce them so you contract them directly, or include them in our invoice. Which does your compliance team prefer?"),
        c("Direct contract is cleaner for us. DDR roughly?", None),
        t("About 245 lei per person per day, two coffee breaks and a seated lunch, room and standard AV included. Rooms 520 lei B&B single."),
        c("DDR is fine, rooms are high. The Marriott quoted 460.", "too_expensive"),
        t("Understood. Is it the total budget that's capped, or the nightly rate? Some compliance policies set a ceiling per night."),
        c("Per night ceiling, 480 incl. breakfast.", None),
        t("Then I can do 475 for the block of 60, if we have the contract before 10 Oct, which is when I'd have to release the rooms to the fair. I'll send the itemised quote and the floor plan with the booth position today."),
        c("Perfect. Send to the events inbox and cc procurement. Thx.", None),
    ],
    [
        t("Dear Ioana, thank you for reaching out! At the Grand Boulevard we believe every event is a journey. We'd love to understand your needs on every level, product, service, experience, relationship and success, so we can craft a truly holistic experience for you and your delegates."),
        c("Thanks. Do you have the ballroom + 3 breakouts on 14-15 Nov, and can you fit a translation booth?", None),
        t("Great question! Could you share what success looks like for you at this event, and how you'd like your delegates to feel throughout their experience journey?"),
        c("Success = a room that fits and an invoice that passes compliance. Availability?", None),
        t("Love that! So if I'm hearing you correctly, compliance is a key relationship need and a seamless experience is your core success driver. We're committed to being your long-term partner in delivering exceptional outcomes."),
        c("I'm hearing no dates and no numbers. Honestly, pls just send your standard package PDF and I'll compare it with the others.", "brush_off"),
        t("Absolutely! I'll send our bespoke experience proposal, which reflects our values of partnership, excellence and care at every touchpoint of your delegate experience."),
        c("Does it have the rates?", None),
        t("It sets out our value proposition in detail, and I'd love to jump on a discovery call to explore your deeper needs together!"),
        c("no need. we'll go with one of the others.", "brush_off"),
    ],
))

# 19 --------------------------------------------------------------- rude, Nigeria, spoken, utilities
_o = c("Good morning. I want to see somebody about this bill. Forty-eight thousand naira. We had light maybe ten days this month. Ten days! And I applied for a prepaid meter since last year.", None)
PAIRS.append(gpair(
    "b35g_power_ikeja", "Electricity distribution company customer office, Ikeja, Lagos, Nigeria", "rude",
    "A householder comes to the electricity distributor's customer office with an estimated bill for a month with barely ten days of supply; his prepaid meter application has been pending for over a year. Upset. Spoken, Nigerian English.",
    _o,
    [
        t("Good morning sir, please sit down. Forty-eight thousand for ten days of light, I can see why you're vexed. Let me look at the account. Is it this number on the bill?"),
        c("Yes. And it's every month like this. Every month, estimated.", None),
        t("You're right. You're on estimated billing, and your street's feeder is Band C, but the estimate is using a Band A average. That's our error. I can raise an adjustment now for this month and the last two; the supervisor approves it, and it goes up in today's batch."),
        c("Adjustment. They told me adjustment in March and nothing happened.", "bad_experience"),
        t("Then I'll give you the ticket number from the system, not a promise. Here it is, with my name, Chiamaka, so you can ask for me. Approval usually takes up to five working days, and the credit shows on next month's bill. For the prepaid meter: your application is in the queue. Did you pay anything for it?"),
        c("I didn't pay. They said it's free under the scheme, then somebody came to the house and asked me for sixty thousand.", None),
        t("Please don't pay anyone cash at your house, that's not us. The free scheme was paused, but your application is still valid. I'll find out from the metering office which batch your street is in and call you by Wednesday with a real answer, even if it's not a good one."),
        c("Wednesday. You will call me?", None),
        t("I'll call you Wednesday before two. And if the adjustment isn't on your next bill, come straight to my desk with this ticket."),
        c("Okay. Thank you, Chiamaka. You are the first person here who explained anything.", None),
    ],
    [
        t("Who gave you light for ten days, is it me? Give me the bill."),
        c("Excuse me? I'm a customer. I'm asking why I'm paying forty-eight thousand for darkness.", None),
        t("It's estimated. Everybody is on estimated. If you don't want estimated, get prepaid meter."),
        c("I applied for a prepaid meter since last year! That's what I'm saying!", None),
        t("Then wait like everybody else. Next."),
        c("Next? I'm not finished. I want an adjustment on this bill.", None),
        t("Oga, I don't do adjustments. Pay the bill or they'll disconnect you. That one is your problem."),
        c("Disconnect what? There's no light to disconnect! Call your supervisor.", None),
        t("Supervisor is not around. Come back another day, you're holding up the line."),
        c("Then I'll come back with a lawyer.", None),
    ],
))

# 20 --------------------------------------------------------------- rude, Honduras, spoken, retail, elderly
_o = c("Buenas tardes, joven. My husband needs a chair, a good chair, for his back. He had the operation on the spine. We saw one in the window, the brown one, but we don't know.", None)
PAIRS.append(gpair(
    "b35g_furniture_tegucigalpa", "Furniture store, Boulevard Morazán, Tegucigalpa, Honduras", "rude",
    "An elderly couple come into a furniture store looking for an armchair for the husband, who had spinal surgery. They are slow, polite, on a pension, and the wife does the talking. Spoken, Spanish-English.",
    _o,
    [
        t("Buenas tardes, señora, señor. Come in, sit down if you like. After a back operation, did the doctor say anything about the height, or firm or soft?"),
        c("He said firm, and not too low, because getting up is the hard part. Right, Ernesto? Yes.", None),
        t("Then the brown one in the window may not be the best. It's very soft and low; it looks comfortable but it swallows you. Señor, would you like to try two or three? This one has a higher seat and arms you can push on."),
        c("Ay, yes, this one is better. He says yes. How much is this one?", None),
        t("This one is 11,900 lempiras. There's also a lift chair with a motor that helps you stand, but that's 24,000, and I don't think he needs it if he can get up from this one. How was it getting up, señor?"),
        c("He got up alone, look! But 11,900, mijo, we are pensioners. It's a lot for us.", "no_money"),
        t("I understand. The same chair comes in fabric instead of leather for 8,700, same frame, same height. Or you can pay in three months without interest. Take your time, sit a little longer."),
        c("The fabric is fine, in the leather he sweats anyway. Can you bring it to the house? We're in Colonia Palmira, second floor, no elevator.", None),
        t("Yes, delivery is free in Tegucigalpa and the boys carry it up. Thursday morning?"),
        c("Thursday is good. Gracias, joven, muy amable.", None),
    ],
    [
        t("The one in the window is sold. What else?"),
        c("Oh. Well, something for his back, he had surgery, he needs something firm-", None),
        t("Recliners are over there. Prices are on the tags."),
        c("Joven, the tags are very small, we can't read them. Could you tell us which ones are firm?", None),
        t("They're all firm. Señora, I have three customers waiting. Just sit on them."),
        c("Ernesto can't get up from this one. Help him a little, please.", None),
        t("That's why you don't buy low ones. Look, if you're only looking, come back Saturday with your children, they'll decide faster."),
        c("We don't need our children to buy a chair. Is there somebody else who can help us?", None),
        t("Everybody's busy. Do you want one or not?"),
        c("No. We'll go to another store, where they treat people properly.", None),
    ],
))
