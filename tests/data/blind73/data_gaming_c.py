"""Gaming pairs, part c (kinds 11-15, two each). Hand-written for blind73."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer
O = c("Good morning. I'm Mrs. Adebayo, procurement for HealthWay Pharmacies. We have eight branches in Lagos and we're replacing our drug fridges, insulin, vaccines. What I need to know first is what happens when NEPA takes light.", None)
PAIRS.append(gpair(
    "b73g_lagos_pharmacy_fridges", "medical refrigeration supplier, Lagos (Nigeria)", "ignored_customer",
    "A pharmacy chain's procurement manager buys fridges for insulin and vaccines for eight branches; long power cuts and a past alarm failure are her worries.",
    good=[O,
          t("Good morning, Mrs. Adebayo. Power is the right place to start. How long do outages usually last, and do the branches have generators or inverters?"),
          c("It depends. Ikeja, two, three hours a day. Lekki has a generator but at night they switch it off to save diesel. Sometimes eight hours with nothing.", None),
          t("Then eight hours is the number to design for. A standard pharmacy fridge holds temperature about two hours without power. An ice-lined unit holds 2 to 8 degrees for around 30 hours. That's what I'd look at for you."),
          c("Ice-lined sounds right. But our last fridges, the alarm didn't work, we lost a whole batch of insulin and nobody knew.", "bad_experience"),
          t("That's exactly what to guard against. Ours text two numbers when the temperature leaves range and log every hour, so your pharmacists have records for inspectors. We'd test the alarm together at the first delivery. 1.9 million naira each, about 15.2 million for eight."),
          c("That is more than we planned. Our budget was around 11 million.", "no_money"),
          t("Then start with the four branches with the longest outages, Lekki and Ikeja from what you said, and do the rest next quarter. I'll quote both ways."),
          c("Yes. Send both quotes, and put the alarm test in writing.", None)],
    gaming=[O,
            t("Good morning, Mrs. Adebayo! Great question. Tell me, what's most important to you in a pharmacy fridge?"),
            c("Like I said, power. Outages go eight hours at night in Lekki. And our last fridges' alarms failed, we lost a whole batch of insulin.", "bad_experience"),
            t("Thank you for sharing that. Our PharmaCool 300 is our bestseller: glass door, LED lighting, very elegant for customer-facing areas. What else matters to you?"),
            c("It's not customer-facing, it's in the back. How long does it hold temperature without power?", None),
            t("Great point. It has a digital display and a five-year compressor warranty. Pharmacies all over Nigeria love it. Shall I quote eight?"),
            c("You haven't answered. How long without power? And the alarm?", None),
            t("I hear you, and I appreciate your concerns. It's 1.4 million each, 11.2 for eight, within most budgets. Can I take a purchase order number?"),
            c("If you can't tell me how long it holds, I can't buy it. We'll ask another supplier.", None)]))

# 22 ignored_customer
O = c("Hello. I'm Park Ji-hoon, facilities manager for the student cafeteria at Hanbit University. Our cleaning contract ends in August. The current company doesn't come properly for the late shift, and we got a hygiene warning on grease in the kitchen extraction.", None)
PAIRS.append(gpair(
    "b73g_seoul_cafeteria_cleaning", "commercial cleaning contract for a university cafeteria, Seoul (South Korea)", "ignored_customer",
    "A facilities manager meets a cleaning company before re-tendering; the building locks at 10:30 pm, the kitchen got a grease warning and a committee compares three bids.",
    good=[O,
          t("Hello, Mr. Park. So, the late shift and the extraction grease. When does the cafeteria close, and when must cleaning be finished?"),
          c("Dinner ends 8:30. Floors and tables must be done by 10, the building locks at 10:30. The current company comes at 9:45, sometimes 10:15.", None),
          t("So the real problem is a 9:45 arrival for a job that must end by 10:30. We'd need a crew on site at 8:45. How big are the dining area and kitchen?"),
          c("Dining 900 square metres, kitchen 250. The hood... actually I am not sure who cleans the ducts. Nobody, maybe.", None),
          t("That would explain the warning. Duct and hood degreasing is specialist work, quarterly for a kitchen your size. A crew of four from 8:45 plus quarterly extraction cleaning would be about 6.8 million won a month."),
          c("Higher than now, we pay 5.2. The procurement committee compares three bids and usually the lowest wins.", "too_expensive"),
          t("Then I'll price the two parts separately, so the committee sees the difference is mostly extraction cleaning that your current contract doesn't include. Could I come one evening at 8:30 to watch the close-down first?"),
          c("Thursday evening is possible. Come to the loading door.", None)],
    gaming=[O,
            t("Hello, Mr. Park, thank you. To understand your needs: what does a great cleaning partner look like to you?"),
            c("One that arrives before nine in the evening. The building locks at 10:30, the current company sometimes comes at 10:15.", None),
            t("Understood. We're very proud of our flexible service. Our standard crews work 10 pm to 6 am, which is perfect for most campus buildings."),
            c("10 pm? The building locks at 10:30. I just said that.", None),
            t("Absolutely. And how do you feel about your kitchen hygiene at the moment?"),
            c("We had a warning about grease in the extraction. Maybe nobody cleans the ducts.", None),
            t("Thank you. We offer floor care, windows and washroom supplies, all on one monthly invoice, 5.9 million won. Anything else you'd like to share?"),
            c("Nothing about the ducts, and a crew that arrives after the building locks. I don't think we need to continue.", "no_need")]))

# 23 repeated_questions
O = c("Hey, Dan Kowalski, IT at Reyes & Hart. I need to refresh 75 laptops by end of February. I know what I want spec-wise. Mostly I need price, lead time, and whether you can image them before they ship.", None)
PAIRS.append(gpair(
    "b73g_chicago_lawfirm_laptops", "IT hardware reseller, Chicago (USA)", "repeated_questions",
    "A time-poor IT manager at a law firm wants 75 laptops to a known spec, imaged before delivery; the managing partner wants three quotes.",
    good=[O,
          t("Hi Dan. Sure. Send me the spec and I'll check stock while we talk."),
          c("14-inch, 16 gig, 512 SSD, i5 or equivalent, Windows 11 Pro. Three-year onsite warranty. Lawyers break things.", None),
          t("Clear. Thirty in stock at that spec, the rest three weeks, so all 75 by mid-February. On imaging, do you have a golden image, or should we build one?"),
          c("I have the image. I don't have the hands to load 75 machines, it's me and one tech.", None),
          t("Then we load your image, enrol them in your Intune, asset-tag and ship them ready to hand out. Imaging is 35 a device; hardware 1,180 each with the warranty."),
          c("1,180. I had a quote at 1,120 from another reseller. Without imaging, though.", "too_expensive"),
          t("So 60 more per unit, and you'd image 75 yourselves with two people. If the hardware is the sticking point, I'll see if I can match 1,120 when I confirm the February allocation. Written quote both ways by tomorrow."),
          c("Do that. The managing partner signs off and she wants three quotes.", "think_it_over")],
    gaming=[O,
            t("Hey Dan, great to hear from you! So tell me, what are you looking for in your new laptops?"),
            c("14-inch, 16 gig, 512 SSD, i5, Win 11 Pro, three-year onsite. Like I said, mostly I need price and lead time.", None),
            t("Got it. And what kind of work will your users be doing on these machines?"),
            c("Lawyers. Word, Outlook, document management. Same as every law firm.", None),
            t("Perfect. So thinking about your team's day-to-day, what performance do you need from the devices?"),
            c("I gave you the spec. 16 gig, i5. Can you image them or not?", None),
            t("Absolutely, imaging is something we do. Just so I get the right fit, what would you say are the key requirements for your fleet?"),
            c("Same as two minutes ago. I've got another reseller who already gave me a price and a lead time. I'll go with them.", None),
            t("Understood. Before you go, what matters most to you in a technology partner?"),
            c("Answers. Bye.", None)]))

# 24 repeated_questions
O = c("Assalamu alaikum. I am Rahim, logistics at Karnaphuli Seafoods. Our last shrimp shipment to Rotterdam, the buyer found some boxes thawed. We need better insulated cartons, EPS or something. We ship 12 containers a month.", None)
PAIRS.append(gpair(
    "b73g_chittagong_seafood_cartons", "export packaging supplier, Chittagong (Bangladesh)", "repeated_questions",
    "A frozen-shrimp exporter's logistics manager asks for insulated cartons after a buyer found thawed boxes; money is tight after the claim.",
    good=[O,
          t("Walaikum assalam, Mr. Rahim. Sorry about the shipment. Before I suggest a box: were the thawed cartons in one part of the container, or everywhere?"),
          c("The buyer says near the doors. The other boxes were fine.", None),
          t("That points more at the container than the cartons: door seals, the reefer opened, or warm loading. Do you record product temperature at loading?"),
          c("In the cold store, minus 18. But at the port the container sometimes waits two, three hours before they plug it.", None),
          t("Then that wait is the likely cause, and a better carton only helps part of it. EPS liners buy a few hours but add about 0.40 dollars a carton, 640 a container. Maybe only the door rows, the last 200 cartons?"),
          c("Only door rows, that is clever. But I must speak with my director, money is tight after this claim.", "think_it_over"),
          t("Of course. I'll send a quote for 200 liners per container and a one-page note on loading, pre-cooled container, plugged within 30 minutes. The note costs nothing."),
          c("Send it on WhatsApp. I show him on Sunday.", None)],
    gaming=[O,
            t("Walaikum assalam! Thank you for contacting us. So, what problem are you trying to solve with your packaging?"),
            c("I said, boxes thawed in the container, near the doors. We want insulated cartons.", None),
            t("I see. And what's the main challenge you face with your current cartons?"),
            c("They are not insulated. That is the challenge. The buyer claimed 9,000 dollars from us.", None),
            t("That's difficult. Can you tell me a bit more about what you need from a packaging partner?"),
            c("Insulated cartons. Price per piece. For 12 containers a month.", None),
            t("Got it. And just to understand better, what issues are you having with the current packaging?"),
            c("Brother, I answered this three times. Maybe I ask another supplier.", None),
            t("Sorry! Last one: what would the ideal packaging solution look like for you?"),
            c("Goodbye.", None)]))

# 25 wrong_paraphrase
O = c("Hello, it's Bev from Elmfield House, the care home in Headingley. One of my carers hurt her back hoisting a resident last week, and half the staff haven't had manual handling refreshed in over two years. I need to sort it, but I can't take people off the floor.", None)
PAIRS.append(gpair(
    "b73g_leeds_carehome_handling", "moving-and-handling training provider, Leeds (UK)", "wrong_paraphrase",
    "A care home manager needs refresher training for 22 carers after an injury but can release only two or three at a time.",
    good=[O,
          t("Hi Bev, I'm sorry about your carer, I hope she's recovering. How many need the refresher, and how many can you spare at once?"),
          c("Twenty-two. Two at a time, maybe three on a weekday morning. We're short as it is, agency covers nights.", None),
          t("So twenty-two people in twos and threes. Instead of a classroom day, our trainer could run ninety-minute sessions on your own hoists, three people at a time, about eight sessions over a month."),
          c("Our own hoists would be better. We did a course at a centre once, on kit nothing like ours, and it was useless.", "bad_experience"),
          t("That's the usual complaint, and why we do it on site. Eight sessions come to 1,280 pounds, certificates for your CQC file included."),
          c("That's fine, actually. When could you start?", None),
          t("Tuesday and Thursday mornings from the 10th. Pick the first three names and a room, and I'll send a schedule you can move around the rota."),
          c("Lovely. I'll do the rota tonight and email you.", None)],
    gaming=[O,
            t("Hi Bev, thanks for calling, sorry to hear that. So what I'm hearing is you'd like to train the whole team together in one go, so everyone's on the same page. Is that right?"),
            c("No, I said I can't take people off the floor. Two or three at a time at most.", None),
            t("Got it, so you're saying you'd prefer everyone at our Bradford centre on a Saturday, so the weekday rota isn't affected. Great choice."),
            c("I didn't say that at all. Most of them have kids on Saturdays, and last time we went to a centre the hoists were nothing like ours.", "bad_experience"),
            t("Absolutely. So to play it back, you're keen on our full-day Moving and Handling Plus with the first-aid module. That's 95 per person, 2,090 for twenty-two."),
            c("When did I say first aid? That's nearly double what I had in mind.", "too_expensive"),
            t("I hear you. So what I'm understanding is budget isn't the main concern, speed is. Shall I book Bradford for the 14th?"),
            c("No. I'll ring someone else.", None)]))

# 26 wrong_paraphrase
O = c("Boa tarde. I run the fleet at FrioSul Transportes, 48 refrigerated trucks, mostly São Paulo to Curitiba. We change tyres too often. I want to understand if retreading makes sense for us or if it is a trap.", None)
PAIRS.append(gpair(
    "b73g_saopaulo_truck_retreads", "truck tyre distributor, São Paulo (Brazil)", "wrong_paraphrase",
    "A sceptical fleet manager asks a tyre distributor whether retreads make sense; he once had a retread peel on the highway.",
    good=[O,
          t("Boa tarde. A good question to ask first. How often do you change now, and on which axles?"),
          c("Drive axle around 110,000 kilometres. Steer we never retread, that I decided already, it's safety. The trailers also we change too much.", None),
          t("Understood, steer stays new. 110,000 on drive is low for that route. Is tyre pressure checked regularly? Underinflation eats tyres."),
          c("The drivers check... when they remember. I know, it's not good.", None),
          t("That may be half of it. So two things: a pressure routine, and retreading drive and trailer tyres at about 40 percent of a new one if the casings are good. We'd inspect your casings at the yard first, free."),
          c("I had a bad retread years ago, it peeled on the road. A driver almost lost the truck.", "bad_experience"),
          t("That happens with poor casings or bad bonding, and it's serious. We only retread casings that pass inspection, with a warranty against separation. You could start with the trailers, lower risk, and judge after three months."),
          c("Trailers first, that I can accept. Come to the yard in Guarulhos on Monday.", None)],
    gaming=[O,
            t("Boa tarde! So if I understand, you want to retread all your tyres, steer included, to cut costs as much as possible, correct?"),
            c("No, no. Steer never. I said I'm not sure retreads are a good idea at all.", None),
            t("Got it, so what I'm hearing is you're happy with retreads and just want the best price. We can do all 48 trucks at 1,150 reais per tyre."),
            c("I did not say I'm happy. I had a retread peel on the road years ago, a driver almost lost the truck.", "bad_experience"),
            t("Right, so basically you want premium retreads with the extended warranty, 1,420 per tyre. Did I get that right?"),
            c("You put words in my mouth. And 1,420 is almost a new tyre.", "too_expensive"),
            t("So to summarise, you'd like to start with the full fleet next month. Shall I email the contract?"),
            c("No. I talk to my partner and maybe I call you. Maybe not.", "think_it_over")]))

# 27 pitch_to_upset
O = c("This is Tanaka, izakaya Hanabi in Namba. Your company installed our freezer two years ago. This morning it is warm. The fish, the wagyu, everything I must throw away. Maybe 400,000 yen. Tonight we have thirty people booked.", None)
PAIRS.append(gpair(
    "b73g_osaka_izakaya_freezer", "commercial refrigeration company, Osaka (Japan)", "pitch_to_upset",
    "An angry izakaya owner calls the company that installed his walk-in freezer after it failed overnight and spoiled his stock, with a large booking that evening.",
    good=[O,
          t("Mr. Tanaka, I'm very sorry. That's a terrible morning, and with a big booking tonight. First, a technician today. Is the freezer running at all, or completely off?"),
          c("The fan runs but it is not cold. I moved what I could to the small fridge.", None),
          t("A technician can be there at 11. For tonight, I can lend you a mobile cold box on the same van, so you can take a new delivery this afternoon. Would that help?"),
          c("Yes. The fish market can deliver at two.", None),
          t("Then the cold box comes at 11. About the stock: once he finds the cause, if it's a part failure under our installation warranty, I'll help with the insurance claim and give you his report. I won't promise before we know."),
          c("Okay. Honestly I am very angry. Two years only.", None),
          t("You have every reason to be. I'll call you myself at three to check it's holding temperature and the cold box is enough for tonight."),
          c("Okay. Eleven. I wait.", None)],
    gaming=[O,
            t("Oh no, Mr. Tanaka, I completely understand how you feel. Actually this is a great example of why we recommend Premium Care: 24-hour monitoring with an alarm to your phone, so you'd have known at 2 am."),
            c("I don't want a plan. My freezer is warm now. Thirty people tonight.", "no_need"),
            t("Absolutely, I hear you. And with Premium Care a technician comes within four hours, guaranteed. Without the plan, the next slot is tomorrow afternoon. Only 12,000 yen a month."),
            c("Tomorrow?! I lose today's business also. I paid you for this freezer, I don't pay 12,000 every month so it works.", "too_expensive"),
            t("I understand the frustration. If you sign up today, I can ask my manager to put you on today's emergency list. Shall I take your card details?"),
            c("You want my card while my fish is in the bin? Give me your manager now.", None),
            t("Of course. Just so you know, he'll recommend the same plan, it's what most restaurants choose after an incident like this."),
            c("Then I call another company. Goodbye.", None)]))

# 28 pitch_to_upset
O = c("Hi. Um. My father passed away on Saturday. He owned Mowbray Print, a small printing business, six staff. The account's in his name as the only director and... the salaries are due on the 25th. I don't know what to do.", None)
PAIRS.append(gpair(
    "b73g_capetown_bereaved_business_account", "business bank, Cape Town (South Africa)", "pitch_to_upset",
    "The grieving daughter of a printing firm's sole director calls the business bank to find out how the six staff can be paid from the company account.",
    good=[O,
          t("I'm so sorry about your father. Thank you for calling us so soon, that can't be easy. One thing at a time. May I have your name, and do you know yet whether you're an executor?"),
          c("Thandi. Thandi Mokoena. I think my mother and I are the executors, the lawyer has the will, we see him Thursday.", None),
          t("Thank you, Thandi. Once we're notified, the account is frozen for new payments, which protects it, but I know that worries you with salaries on the 25th. The executor can authorise payments once the lawyer gets the letter of executorship."),
          c("The lawyer said the letter can take weeks. The staff have families...", None),
          t("I understand. I'll ask our deceased-estates team today whether salaries can go out as an essential expense before the letter, it's sometimes possible with the lawyer's written request. I'll call you tomorrow before noon, and email the list of documents for Thursday."),
          c("Okay. Thank you. Sorry, I'm not very... clear today.", None),
          t("You're very clear. Tomorrow before noon, then. If anything comes up before that, this is my direct line."),
          c("Thank you.", None)],
    gaming=[O,
            t("I'm so sorry for your loss, and thank you for sharing that with me. I understand how overwhelming this must be. Can I ask, are you planning to take over the business yourself?"),
            c("I... I don't know. I haven't thought about that. I just need the salaries paid.", None),
            t("Of course. That's why many families open a new business account in the successor's name straight away. Business Plus has no fees for six months and comes with a business credit card. It makes the transition really smooth."),
            c("I'm not opening anything now. My father died four days ago.", "no_time"),
            t("I hear you, and I appreciate how hard this is. I'll just mention our key-person insurance too, so the business is protected if something like this happens again. Shall I email the brochure with the account form?"),
            c("Can you just tell me how to pay the staff?", None),
            t("That's our estates department, they'll be in touch. Meanwhile, shall I book you a meeting with a business banker to discuss your options going forward?"),
            c("No. I'll ask the lawyer. Goodbye.", None)]))

# 29 blame
O = c("Good morning, this is Dr. Lakshmi Raman, biomedical engineering, Sundaram Hospital. We sent you six infusion pumps for calibration on the 2nd. It's been three weeks; your contract says seven working days. Our ICU is borrowing pumps from the wards.", None)
PAIRS.append(gpair(
    "b73g_chennai_infusion_pumps", "medical device service contract, Chennai (India)", "blame",
    "A hospital's head of biomedical engineering chases six infusion pumps held three weeks by the vendor's calibration service, against a seven-day contract.",
    good=[O,
          t("Good morning, Dr. Raman. Three weeks against seven days is well outside the contract, I'm sorry. Do you have the dispatch reference?"),
          c("DC-4471. Sent through your courier.", None),
          t("Found it. All six were calibrated on the 9th; two failed the occlusion test and wait for a pressure sensor from Singapore. The four that passed were held back because the batch ships together. That shouldn't have happened."),
          c("So four pumps were ready two weeks and nobody told us. This is the second time this year.", "bad_experience"),
          t("Yes, that's what happened. The four go out today and reach you tomorrow morning, with two loan pumps from our Chennai stock until yours are repaired. I'll confirm the sensor date in writing by Friday."),
          c("Loan pumps tomorrow also? The ICU needs them.", None),
          t("Yes, six units together tomorrow morning. And I'll raise the delay with my manager, because the service-credit clause applies."),
          c("Fine. Send me the tracking number.", None)],
    gaming=[O,
            t("Good morning, Dr. Raman, thank you for raising this, I understand your concern. Can I check, did your team include the calibration request form? Without it, pumps do tend to sit in the queue."),
            c("The form was in the box. Reference DC-4471. We have done this for years.", None),
            t("I see. The thing is, two of your pumps failed occlusion, which usually means rough handling on the wards. That's what slowed everything down."),
            c("Rough handling? They are two years old and used correctly. And the other four?", None),
            t("The batch is held together, that's our process. If your team had flagged the ICU urgency on the form, we could have split it. So in a way the delay comes from the request."),
            c("I am telling you now. The ICU is borrowing from the wards. This is the second time this year with you.", "bad_experience"),
            t("I hear you and appreciate the feedback. To avoid this in future, you could consider Priority Care, 18 percent more, and your batches go first."),
            c("Eighteen percent more to get what we already pay for? I will take this to our purchase committee.", "too_expensive")]))

# 30 blame
O = c("hi its Elif from Pamuk Ev Tekstil. 14 parcels this week show delivered in your system but customers say they never got them. all in Kadıköy and Üsküdar. im getting refund requests every hour", None)
PAIRS.append(gpair(
    "b73g_istanbul_courier_parcels", "courier account management chat, Istanbul (Turkey)", "blame",
    "The operations lead of an online home-textiles shop writes to her courier's account manager after 14 parcels were marked delivered but never arrived.",
    good=[O,
          t("hi Elif, thats a lot in one week, sorry. can you send me the 14 tracking numbers so i can see who delivered them and where the scans happened"),
          c("sent to your email just now. my customers are angry and honestly so am i", None),
          t("got them. all 14 were scanned by the same courier on one route, and 9 scans have a gps point at our depot, not the address. they were marked delivered without being delivered. this is on our side"),
          c("ok. what now. i cant refund 14 orders myself, thats almost 30,000 lira", None),
          t("we cover all 14 as a claim, i file it today and you get the credit on next weeks invoice. that courier is off the route from tomorrow and ill check his other parcels this week. can you send the order values"),
          c("yes. but if this happens again we switch company, my boss already said so", "bad_experience"),
          t("fair enough. ill send a written summary with the claim number today and call you next friday with what we found on the other parcels"),
          c("ok. friday", None)],
    gaming=[O,
            t("hi Elif, thanks for reaching out, i understand how frustrating that is. can i check, are your customers giving complete addresses with building and door number. istanbul addresses are often incomplete"),
            c("yes full addresses, from our checkout form. all kadikoy and uskudar", None),
            t("ok. honestly a lot of the time not received means a neighbour or the kapici took it. have your customers checked with their building"),
            c("14 customers in one week all have a neighbour who stole it? same route, same courier", None),
            t("i hear you. but your packaging is light plastic bags, couriers cant always tell its the right parcel. with labelled boxes this wouldnt happen as much"),
            c("same bags for two years with you and never this problem. so its our fault now", None),
            t("im just trying to understand your experience and help you succeed. you could add our delivery photo option, 4 lira a parcel, then theres proof"),
            c("4 lira more to prove your courier did his job. no. we move our volume to another courier next month", "bad_experience")]))
