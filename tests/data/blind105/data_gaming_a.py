"""Gaming pairs a01-a10 of blind105 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# a01 monologue -- cash and carry, Belgrave Road, Leicester
open_a01 = c("Hi, I've just taken over the takeaway on Melton Road, the old Shahi Grill. I need a supplier for rice and oil mainly. Do you deliver?", None)
PAIRS.append(gpair(
    "b105g_leicester_cashcarry_rice", "wholesale groceries (cash and carry), Leicester", "monologue",
    "A new takeaway owner asks a family cash and carry on Belgrave Road about regular rice and oil supply, two weeks before opening.",
    [open_a01,
     t("Congratulations on the new place. Yes, we deliver round Leicester Tuesdays and Fridays. Before I quote anything, roughly how much rice and oil do you think you'll go through in a week?"),
     c("Honestly not sure yet, we open in two weeks. The old owner said four or five 20-kilo bags of rice and three tins of oil. But he did a lot more biryani than we will.", None),
     t("So it's a guess for now, and your menu's lighter on biryani than his was. What's it leaning towards instead?"),
     c("Grills, wraps, chips. So oil's the big one really. Rice less.", None),
     t("Then oil matters most. Have you got room to store tins, or would smaller, more frequent drops suit you better?"),
     c("Storage is tiny, bhai. The back room's still full of the old owner's junk.", None),
     t("Okay. Then I'd start you on the Friday run only: two tins of oil, two bags of sella, no minimum for the first month, and we adjust once you know your real numbers. Shall I write both prices down so you can compare with whoever else you're seeing?"),
     c("Yeah, do that. I'm seeing Bestway on Thursday as well, no offence.", "think_it_over"),
     t("None taken. Here's the sheet with my mobile on it. Ring me after you've seen them, and if you go with us I'll put your first delivery on the Friday before you open."),
     ],
    [open_a01,
     t("Welcome, welcome! Great question, and delivery's only the start of the experience with us. So we're the biggest family-run cash and carry this side of Leicester, my dad started it in '89, over four thousand lines, rice from six brands, Tilda, Laila, our own label, oils, ghee, frozen, packaging, foil trays, the lot. What we really believe in is the relationship."),
     c("Okay. So mainly I need rice and...", None),
     t("And oil, absolutely, I hear you. Rapeseed, sunflower, vegetable, 20-litre tins, and on our trade card you collect points, points get you free foil containers, which every takeaway needs, my cousin does menu printing at a good rate, and the van covers every LE postcode Tuesday and Friday. What do you think of all that?"),
     c("Sounds fine, but I don't even know my volumes yet. We open in two weeks.", None),
     t("No problem at all, most of our takeaway customers start with the starter bundle: ten bags of rice, six tins of oil, two cases of foil trays, a box of napkins. Sets you up properly. Shall I get that on Friday's van?"),
     c("Ten bags? Where would I even put that? My back room's tiny.", "no_need"),
     t("You'd be surprised how fast it goes! And honestly, the bundle price is the best in Leicester, Bestway can't touch it. I'll pop a leaflet in your bag, everything's on there."),
     c("Yeah... just give me the leaflet, I'll have a look.", "brush_off"),
     ]))

# a02 closing_as_open_question -- money transfer counter, Brampton
open_a02 = c("Sat sri akal. I want to send money to my brother in Jalandhar, for his daughter's wedding. How much you charge?", None)
PAIRS.append(gpair(
    "b105g_brampton_remit_wedding", "money transfer counter, Brampton", "closing_as_open_question",
    "An older Punjabi man at a money transfer counter in a Brampton plaza asks about fees for sending wedding money to his brother in Jalandhar.",
    [open_a02,
     t("Sat sri akal ji. It depends a bit on how he'll receive it. Into his bank account, or cash pickup?"),
     c("Bank. He has SBI account. Last time I used Western Union, the fee was small but the rate, they ate too much. That's why I came here.", None),
     t("So the rate matters more to you than the fee. Fair enough. How much are you sending, roughly?"),
     c("Five thousand dollars. Maybe I split in two, I don't know, I don't want it stuck with tax people there.", None),
     t("Splitting won't change much on our side, but I understand the worry. For a wedding gift to family, he can keep the wedding card in case the bank asks. Today's rate is 61.20, the fee is 4.99 flat, so on five thousand about 3 lakh 6 thousand rupees lands. Want me to print that so you can check it against Western Union?"),
     c("Haan, print it. I will show my son, he always says I'm getting cheated.", "think_it_over"),
     t("Good idea. Here it is, with today's date and the time, because the rate moves. When you come back, bring his SBI IFSC code and it takes ten minutes."),
     ],
    [open_a02,
     t("Sat sri akal uncle ji! Great question. Before we talk fees, let me ask you something: what would it take for you to send it with us today?"),
     c("Tell me the charge first, then I'll decide.", None),
     t("Of course. Fee's 4.99 and our rate is excellent. So how would you like to pay today, debit or cash?"),
     c("I didn't say today. What is the rate? Western Union cheated me on the rate last time.", None),
     t("I totally hear that, uncle, nobody wants to feel cheated. So what would make you comfortable enough to go ahead right now, this minute?"),
     c("The rate, puttar. I'm asking the rate.", None),
     t("61.20. So which account are we sending to? What's your brother's full name, so I can start the form?"),
     c("Bas. I'll go to the other counter in the plaza, compare, then I'll see.", "think_it_over"),
     t("Before you go, what's stopping you from doing it now? The rate might not be this good tomorrow."),
     c("What's stopping me is you, beta. Too much hurry.", None),
     ]))

# a03 pitch_as_paraphrase -- phone repair chat, Jackson Heights, Queens
open_a03 = c("hi my iphone 12 screen cracked, touch still works. how much to fix? im a student so trying to keep it cheap", None)
PAIRS.append(gpair(
    "b105g_queens_phone_screen", "phone repair shop (website chat), Jackson Heights, Queens", "pitch_as_paraphrase",
    "A student messages a family phone repair shop on 37th Avenue about a cracked iPhone 12 screen and says money is tight.",
    [open_a03,
     t("hey! sorry about the screen. if touch works and theres no black spots you have 2 options: aftermarket screen $89 or original-quality $149. is the display itself ok, any lines or green tint?"),
     c("no lines. just a big crack from the corner. i drop it a lot lol", None),
     t("ok then aftermarket will look and work fine for you. only differences: a bit less bright in sunlight and a small message in settings. since you drop it a lot a $12 tempered glass would save you next time, but totally optional"),
     c("89 is still a lot for me this month tbh. can i do it after the 15th when i get paid", "no_money"),
     t("sure, the price holds, its our normal price not a promo. meanwhile put clear tape over the corner so the crack doesnt spread. want me to book you for the 16th?"),
     c("yes 16th after class, like 4pm", None),
     t("done, 16th at 4pm at the 37th ave shop. takes about 40 min. bring your charger cable just in case"),
     ],
    [open_a03,
     t("hey! so sorry about that :( just so i understand your needs: what youre saying is you want the premium original screen with our 1 year protection plan for $189, right?"),
     c("no?? i said cheap. i dont need premium", "no_need"),
     t("totally hear you. so what im hearing is you want something that lasts, so premium + protection is the smart choice since you drop it a lot"),
     c("i never said i drop it a lot. whats the cheapest option", None),
     t("got it, so basically you need peace of mind for school, which is exactly our student care bundle: screen, case and glass for $169. did i get that right?"),
     c("thats still way too much. the place on roosevelt said 80", "too_expensive"),
     t("i understand! so what youre telling me is quality matters more than price, right? i can do $159 if you come today"),
     c("thats not what im telling you at all. youre not listening. forget it", None),
     ]))

# a04 upsell_as_loop_closing -- community pharmacy, Bradford
open_a04 = c("Hiya, my son's eight and he's sneezing all day, eyes streaming. Is it hay fever? What can I give him?", None)
PAIRS.append(gpair(
    "b105g_bradford_pharmacy_hayfever", "community pharmacy, Bradford", "upsell_as_loop_closing",
    "A mother asks at a family pharmacy on Great Horton Road what to give her eight-year-old for hay fever symptoms.",
    [open_a04,
     t("Sounds like it could be. Is it worse outdoors, and has he got any temperature or wheezing?"),
     c("Worse after school, when they've been on the field. No fever. He had a bit of a cough last week but it's gone.", None),
     t("Good, nothing on his chest then. For eight-year-olds the usual first choice is a once-a-day antihistamine liquid, cetirizine. Does he take liquids all right, or would he manage a tablet?"),
     c("Liquid, he won't swallow tablets. Is it the drowsy one? He's got SATs practice.", None),
     t("Cetirizine is the non-drowsy kind, though a few children still feel a bit sleepy, so give it in the evening at first. It's £3.49 for the children's one. If his eyes are still bad after a week, come back and we'll look at eye drops, or he should see the GP."),
     c("Okay, just the liquid then. Shukriya.", None),
     t("You're welcome. Use the spoon in the box, not the cap, 5 ml once a day. Hope he's feeling better soon."),
     ],
    [open_a04,
     t("Oh bless him. What's been going on with him, exactly?"),
     c("Sneezing after school, eyes watering. No fever.", None),
     t("So what I'm hearing is a hay fever situation. I'd go cetirizine liquid, £3.49. And just to close the loop, what else can I add for you? We've got the eye drops and the nasal spray, both good."),
     c("Let's start with the liquid and see if it works.", "no_need"),
     t("Makes sense. Anything else I can help with today? The kids' multivitamins are 3 for 2 this week, really good for immunity."),
     c("He eats fine, he doesn't need vitamins.", "no_need"),
     t("Lovely. Just so I've covered everything for you, is there anything else you'd like to add? The pollen balm and the wipes work really well together, and there's sun cream for the summer."),
     c("I've got a bus to catch, love. Just the medicine.", "no_time"),
     t("Of course! And shall I add a loyalty card while I ring it through? It only takes a few minutes."),
     c("No. Just the bottle. Please.", "no_need"),
     ]))

# a05 leading_tag_questions -- banquet hall, Oak Tree Road, Edison NJ
open_a05 = c("Hello, kem cho. We are looking for a hall for my daughter's sangeet in October, around 150 people. What do you have?", None)
PAIRS.append(gpair(
    "b105g_edison_hall_sangeet", "banquet hall, Edison NJ", "leading_tag_questions",
    "A Gujarati mother visits a family-run banquet hall off Oak Tree Road to find a room for her daughter's sangeet.",
    [open_a05,
     t("Majama, thank you for coming in. For 150 we have two rooms that could work. Before I show you, what kind of evening are you picturing, mostly performances and dancing, or more of a sit-down dinner?"),
     c("Performances. Her friends are doing choreography, maybe eight, ten dances. And garba at the end, the older ones will want garba.", None),
     t("So you need a real stage, and an open floor big enough for garba afterwards. The Lotus Room has the stage but a smaller floor. The Grand Hall fits a full garba circle, but it's built for 300, so 150 could feel empty unless we section it. What budget are you working with?"),
     c("My husband said not more than eighteen, twenty thousand for everything. Food also.", None),
     t("With food, the Lotus Room on a Thursday or a Sunday fits inside that; the Grand Hall on a Saturday wouldn't. Could the sangeet be on a weekday?"),
     c("Thursday maybe... the wedding is Saturday, so Thursday is okay actually. Let me ask my husband and daughter tonight.", "think_it_over"),
     t("Of course. I'll pencil in Thursday the 16th for a week at no charge, and send the Lotus Room menu and floor plan on WhatsApp so they can see it too."),
     ],
    [open_a05,
     t("Kem cho! Wonderful. It's her big night, so you'll want our Grand Hall, won't you? Nobody wants a sangeet to feel cramped, right?"),
     c("It's only 150 people. Isn't the Grand Hall for bigger?", None),
     t("It is, but you want your guests to have the best experience, don't you? And Saturday is the natural day for it, isn't it?"),
     c("Wedding is Saturday. Sangeet is before. And Saturday price, my husband will faint.", "too_expensive"),
     t("I hear you. But a live dhol and an LED dance floor are must-haves these days, aren't they? You wouldn't want it to look cheap in the videos?"),
     c("We have a DJ already, her cousin. We don't need all that.", "no_need"),
     t("Of course. Still, you'd agree the premium decor package makes sense for such a special day, wouldn't you?"),
     c("Just give me the brochure. We'll see.", "brush_off"),
     ]))

# a06 putdown_question -- accountant, Surrey BC
open_a06 = c("My brother-in-law said to come see you. I got a letter from CRA, says I owe GST, eleven thousand something, plus interest. I didn't even know I had to charge GST.", None)
PAIRS.append(gpair(
    "b105g_surrey_accountant_gst", "accounting office, Surrey BC", "putdown_question",
    "A Punjabi owner-operator truck driver brings a CRA letter about unpaid GST to a small family accounting office in Newton, Surrey.",
    [open_a06,
     t("Okay, let's look at it together. Can I see the letter? And roughly when did you start driving for yourself rather than for a company?"),
     c("Here. Started my own truck in 2022, March. Before that I was company driver, they did everything.", None),
     t("Thanks. So since 2022 you've been invoicing as your own business, and once revenue passes thirty thousand GST registration kicks in. That surprises a lot of owner-operators. Did the companies you haul for pay you GST on top of your rate, or just the rate?"),
     c("Just the rate I think. Honestly I don't know, my wife does the invoices.", None),
     t("That matters. If they didn't pay GST, we may be able to bill them for it now, and you can claim back the GST you paid on diesel and repairs, which could bring that eleven thousand down a lot. Could you or your wife bring the invoices and fuel receipts for 2022 and 2023?"),
     c("Fuel receipts are in a shoebox, haha. How much will your fee be?", None),
     t("For a catch-up like this, usually 900 to 1,400 depending on the shoebox. I'll give you a fixed quote once I've seen the papers, before I start. And call CRA this week to say you're getting help; they usually hold collections when you do."),
     c("Okay. I'll bring everything Saturday, my wife will come also.", None),
     ],
    [open_a06,
     t("Right, let's start with an open question. How did you manage not to know about GST for two whole years?"),
     c("I told you, I was company driver before. Nobody told me.", None),
     t("Okay, I understand. But don't all truckers know this? What exactly were you thinking when your revenue went over thirty thousand?"),
     c("I was thinking about driving, bhai. Sixteen hours a day. Not paperwork.", None),
     t("Sure, sure. And you let your wife do the invoices without checking them? How's that working out for you?"),
     c("Look, can you fix this or not? And how much is your fee?", None),
     t("We can. I just want to understand your experience. I'd say 1,500 minimum; these catch-ups get messy when people leave things this long, wouldn't you agree?"),
     c("You know what, I'll go to my cousin's accountant on 72nd. At least he won't talk to me like a criminal.", None),
     ]))

# a07 not_my_department_or_read_the_terms -- travel agent, Alum Rock, Birmingham
open_a07 = c("Assalamu alaikum. I booked with you in March, Birmingham to Lahore on the 14th. Now I got an email saying it's moved to the 16th. My nephew's mehndi is on the 15th!", None)
PAIRS.append(gpair(
    "b105g_birmingham_travel_lahore", "travel agency, Alum Rock, Birmingham", "not_my_department_or_read_the_terms",
    "A mother whose flight to Lahore was moved by the airline comes back to the travel agent who sold it, two days before her nephew's wedding events.",
    [open_a07,
     t("Walaikum salam. Oh no, that's far too fine. Let me pull up your booking. Is it just yourself, or others on it too?"),
     c("Me and my two kids. School has been sorted, but we have to be there by the 15th.", None),
     t("Okay, three passengers. Because the airline changed the schedule, you're entitled to a free change or a full refund, so you're not stuck. I can see a flight via Doha on the 13th, landing the 14th morning, same airline group. Would a connection be all right with the children?"),
     c("Via Doha... how long is the wait? Last time we waited nine hours in Dubai with the kids, never again.", "bad_experience"),
     t("Fair enough. This one's two hours fifty in Doha. There's also a direct from Manchester on the 14th, no extra fare, but you'd need to get to Manchester. Which is easier for you?"),
     c("Two hours fifty is okay. Doha one. Will it cost more?", None),
     t("No, schedule changes are free. I'll rebook now and send the new tickets to your email and WhatsApp within the hour. If they're not there by four, ring me on this number directly."),
     c("JazakAllah. You've saved my life.", None),
     ],
    [open_a07,
     t("Walaikum salam. How can I help you have a great travel experience today?"),
     c("I just told you. My flight moved to the 16th and the mehndi's on the 15th.", None),
     t("I hear your frustration. Unfortunately schedule changes are the airline's department, not ours. We only issue the ticket."),
     c("But I booked with you. Who do I call then?", None),
     t("The airline. It's all in the terms and conditions you agreed to when you booked, section 9. Have you had a chance to read them?"),
     c("Nobody reads those. Can't you just look for another flight for me?", None),
     t("I totally understand how you feel. But I didn't make the rules; I can only change it if the airline authorises it. Is there anything else I can help you with today?"),
     c("Anything else? You haven't helped with anything. I want to speak to Imran bhai, the owner.", None),
     t("He's not in today, but I'm happy to take your feedback on the experience."),
     ]))

# a08 social_proof_or_deadline_pressure -- driving school, Sugar Land / Houston
open_a08 = c("Hello, yes, my daughter turns sixteen next month, she has her learner permit. How does your course work and what does it cost?", None)
PAIRS.append(gpair(
    "b105g_houston_driving_teen", "driving school, Houston (Sugar Land)", "social_proof_or_deadline_pressure",
    "A father phones a family-run driving school near Houston about behind-the-wheel lessons for his nervous sixteen-year-old.",
    [open_a08,
     t("Hi, thanks for calling, and happy early birthday to her. Has she done the classroom part already, the 32 hours, or is that still to do?"),
     c("She did it online, the parent-taught one. Now she needs the road part. Honestly she's nervous, she's only driven in the temple parking lot.", None),
     t("That's very normal. So theory's done, she needs driving time, and she's nervous. We'd start her in a quiet neighbourhood, not the freeway. What do you want from us: full lessons, or a few to build confidence and then practice with you?"),
     c("Me teaching her is a bad idea, we will fight. How many lessons, and what cost?", None),
     t("Ha, a lot of dads say that. Our 7-lesson package is $420, single lessons are $65. I'd book one lesson first, and the instructor will tell you honestly how many more she needs."),
     c("One lesson first makes sense. Saturdays only though, she has school and tuition.", None),
     t("Saturday 10am is open with Ms. Reddy this week and next. Shall I put her down for the 12th? I'll text you the confirmation."),
     c("Yes, the 12th.", None),
     ],
    [open_a08,
     t("Hi! Great question. First, what's most important to you in your daughter's driving journey?"),
     c("Safety. She's nervous. She's only driven in the temple parking lot.", None),
     t("I completely hear you. You'll be glad to know almost every Indian family in Sugar Land sends their kids to us, honestly, all the families from the mandir. Our 10-lesson package is $599."),
     c("Six hundred? I was thinking maybe a few lessons first.", "too_expensive"),
     t("Totally understand. But the package price ends Friday at midnight, after that it's $750. And we're almost fully booked for summer, everybody's booking right now."),
     c("I need to ask my wife, she handles the kids' schedule.", "think_it_over"),
     t("Of course. Just so you know, the Patels and the Shahs from your area both booked this week. I can hold one slot until 5 today, would that work?"),
     c("I don't know which Patels and Shahs you mean. I'll call back.", "brush_off"),
     ]))

# a09 keyword_stuffed -- accountant web chat, Leicester
open_a09 = c("hi, i sell saris on instagram from home since last year, about 14k so far. my friend said i need to do self assessment?? deadline is jan 31 right. can you help", None)
PAIRS.append(gpair(
    "b105g_leicester_accountant_selfassessment", "accountancy practice (web chat), Leicester", "keyword_stuffed",
    "A woman selling saris on Instagram from home asks a small Leicester accountancy's web chat whether she must file a self-assessment return.",
    [open_a09,
     t("hi, yes happy to help. your friend is right, once you make over £1,000 a year from selling you need to register as self employed and file. have you registered with HMRC yet, or is that still to do?"),
     c("not yet. is that bad", None),
     t("not bad, it just needs doing soon, because it can take up to 10 days to get your UTR number. is the 14k what came in from sales, or after paying for stock and postage?"),
     c("thats sales. i buy from surat, shipping is crazy, maybe half goes on that", None),
     t("ok so profit maybe around 7k, and the stock and shipping are allowable expenses, so keep those invoices. our fee for a simple return like this is £180. i can register you this week and you send bank statements when ready. does that work?"),
     c("180 hmm. my cousin does hers herself free on the hmrc website", "too_expensive"),
     t("she can, and you could too, it's doable for simple cases. registering is free and easy, ill send you the link. if you get stuck on the expenses part, come back and we'll do it. no pressure either way"),
     c("ok send the link, ill try first and message if im lost", None),
     ],
    [open_a09,
     t("hi! thank you so much for reaching out, we really value every relationship here. i totally understand how you feel about deadlines, and i want your experience with us to be a success from day one. can you tell me more about your needs?"),
     c("i sell saris, 14k sales, need to know if i have to do self assessment", None),
     t("absolutely, and i hear you. what id love to understand is how you feel about your financial journey, because success is about more than numbers, its about the partnership"),
     c("ok but do i need to register or not", None),
     t("great question! so what im hearing is that clarity is a key need for you. we believe every client deserves an experience that feels personal, and our packages are built around your needs and your success"),
     c("what is the price", None),
     t("i appreciate you asking! our pricing reflects the value of the relationship, and i want to be sure we understand your goals first. how satisfied are you with your current financial situation?"),
     c("im asking a simple thing. ill just google it", None),
     ]))

# a10 rude -- phone repair, Leeds Road area, Bradford
open_a10 = c("Ay up. My phone battery's dying by dinner time. It's a Samsung, three year old. My grandson says it just needs a new battery?", None)
PAIRS.append(gpair(
    "b105g_bradford_phone_battery", "phone repair shop, Bradford", "rude",
    "An older man brings his three-year-old Samsung to a small phone repair shop in Bradford because the battery dies by teatime.",
    [open_a10,
     t("Afternoon. Could well be, three years is about when they start going. Is it dying even when you're not using it much, or mainly after video calls and that?"),
     c("I video call my daughter in Lahore every morning, half an hour. Otherwise I don't use it much.", None),
     t("Right, half an hour of video each morning eats a fair bit, but a healthy battery should still see you to the evening. Let me check the battery health, it takes a minute."),
     c("Go on then.", None),
     t("It's at 71%, so it's worn. A new battery's £45 fitted, done in an hour, and your photos and WhatsApp stay exactly as they are. If you'd rather not spend, keeping it on charge during the video call helps a lot too."),
     c("Forty-five. A new phone's three hundred, so that's all right. Can you do it now? I'll go to the masjid and come back.", None),
     t("Yes, leave it with me, it'll be ready by half four. Here's your ticket."),
     ],
    [open_a10,
     t("Three years? Well, what did you expect? Go on, what's the problem exactly, in your own words?"),
     c("It's dying by dinner time. I use it for video calls to my daughter in Lahore.", None),
     t("Right, so you're on video calls all day and surprised it's dead. Great. Anything else?"),
     c("Not all day. Half an hour in the morning. Can you check the battery or not?", None),
     t("I can, if you hand it over, I haven't got all afternoon. ... 71%. It's knackered. Forty-five quid. Honestly, at your age just get a simple phone and save us both the hassle."),
     c("I don't want a simple phone, I want my photos. Forty-five is fine.", None),
     t("Fine. It'll be ready when it's ready. Come back later and don't be ringing every ten minutes asking."),
     c("Forget it. I'll take it to the lad on Leeds Road, he's got manners.", None),
     ]))
