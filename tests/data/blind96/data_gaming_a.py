"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions). Written by hand for blind96."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Makati, aircon servicing
o = c("hi po, my aircon in the living room is dripping water on the sofa since last night. can you send someone today?", None)
PAIRS.append(gpair(
    "b96g_makati_aircon_drip", "aircon servicing (condo unit, Makati)", "monologue",
    "A condo unit owner in Makati messages an aircon servicing company: her split-type unit drips onto the sofa.",
    [o,
     t("Hi po, sorry to hear that, a wet sofa is no fun. Is it split type or window type? And when was it last cleaned, more or less?"),
     c("split type, 1.5hp. last cleaning i think last year pa, before christmas", None),
     t("Okay, so about a year na. Dripping inside usually means the drain line is clogged or the filter is very dirty. Is it still cooling okay, or mahina na rin ang lamig?"),
     c("cooling is ok naman. just the water. how much is cleaning po? im a bit tight this month", "no_money"),
     t("Understood. For a 1.5hp split, general cleaning is ₱1,200 and it includes flushing the drain. If it turns out to be only the drain, the tech charges the ₱500 check-up and unclogs it. You decide on site before he touches anything."),
     c("ah ok thats fair. but today pls, i work from home and the sofa is already wet", None),
     t("I have a tech in Salcedo Village at 2pm, he can be there around 3 to 3:30. What's your tower and unit number? For now put a basin under the unit, and switch it off if it gets worse."),
     c("ok tower 2, 18C. thank you po!", None)],
    [o,
     t("Hi ma'am! Thank you for reaching out, we value the relationship with every client! Let me tell you about our services po: General Cleaning ₱1,200, Chemical Wash ₱2,800, and our best seller, the Cool Care Annual Plan, four cleanings a year, priority booking, 10% off parts, only ₱4,500. Most condo owners in Makati take the annual plan because dripping comes back if you only clean once."),
     c("ok but can someone come today", None),
     t("Great question ma'am! With the annual plan you also get a free freon check and Viber reminders. Second unit is half price! Our techs are TESDA-certified, they wear shoe covers, and we also do inverter upgrade consultations. Many clients saved up to 40% on their Meralco bill after upgrading."),
     c("its just one unit in the living room. its dripping on my sofa", None),
     t("Noted po! For one unit I really recommend the Chemical Wash plus Annual Plan bundle, ₱6,900 all in, very sulit. Payment via GCash, Maya or card, and 3 months installment with BDO. Is there anything else you'd like to know about our packages?"),
     c("i just need the dripping fixed po. never mind, ill call building maintenance", "no_need"),
     t("Okay po! Just so you know, the bundle promo is valid this month only. I'll send our brochure to your Viber.")],
))

# 2 monologue - Kepong KL, SaaS POS for a kopitiam
o = c("Hello, my son said I should call you. Your system for the shop, the ordering one. How much ah?", None)
PAIRS.append(gpair(
    "b96g_kepong_kopitiam_pos", "SaaS ordering/POS for small F&B (Kuala Lumpur)", "monologue",
    "An older kopitiam owner in Kepong phones a POS software company because his son told him to.",
    [o,
     t("Hello Uncle, thanks for calling. I can give you the price, but it depends on the shop. What kind of shop is it, and why did your son suggest it?"),
     c("Kopitiam lah, in Kepong. Fifteen tables. He say the orders always wrong, the girls write on paper then kitchen cannot read.", None),
     t("Ah, so the headache is orders going wrong between the tables and the kitchen. How often, roughly? Do you lose money from it, food thrown away?"),
     c("Every day got. Lunch time worst. Sometimes customer walk out. But I'm old already, don't want complicated thing. Last time one system also, the tablet keep hang, waste my money.", "bad_experience"),
     t("Fair enough, nobody wants another tablet that hangs. For your size the basic plan is RM89 a month: one tablet at the counter, a small printer in the kitchen, orders print in big letters. Money you still collect the same way. I come one weekday afternoon, set up free, you try two weeks. If the girls don't like it, I take it back, no charge."),
     c("Two weeks free ah? OK lah. But not Friday, Friday we very busy.", None),
     t("No problem. Tuesday 3pm, after the lunch crowd? I'll bring the printer and stay one hour to teach the girls. Can I also have your son's number, in case you're busy?"),
     c("Tuesday can. Kedai Kopi Lim Seng. My son number I WhatsApp you.", None)],
    [o,
     t("Hello Uncle, thank you for calling! Before I answer, let me understand your needs, okay? Actually we are the number one F&B POS for SMEs in Klang Valley. QR ordering, table ordering, kitchen display, inventory, e-invoice ready, loyalty points, payroll, and cloud reports on your handphone, even on holiday!"),
     c("Aiyo, I only want to know how much.", None),
     t("Yes Uncle, good question! Three plans: Starter RM129, Growth RM249, Pro RM399. Most kopitiams take Growth because got QR ordering, customers scan and order themselves, no need so many workers. We also connect GrabFood and Foodpanda, and the dashboard tells you which drink sells best every hour."),
     c("My customers old people, they don't scan QR one.", None),
     t("Don't worry Uncle, the young ones will scan, the old ones still order at the counter. Hardware bundle is two tablets, one printer, one cash drawer, RM2,800 one time or instalment. Setup includes menu photos by our team! So how do you feel about starting Growth this month?"),
     c("Wah, so many things. Last time I buy one tablet system also like this, in the end cannot use. Let me ask my son first.", "think_it_over"),
     t("Sure Uncle! I'll send your son the brochure and the Growth plan link. Anything else I can help you with today?")],
))

# 3 closing_as_open_question - Mandaue Cebu, motorcycle financing
o = c("Good morning, ask lang ko about the financing for the Click 125. How much the monthly ba?", None)
PAIRS.append(gpair(
    "b96g_mandaue_scooter_financing", "motorcycle dealer financing (Cebu)", "closing_as_open_question",
    "A food-delivery rider walks into a motorcycle dealer in Mandaue to ask about instalments on a scooter.",
    [o,
     t("Morning sir! Depends on the downpayment and how many months. Before I compute, what will you use it for, daily commute or work?"),
     c("For delivery, Foodpanda. My old Wave is always in the talyer na.", None),
     t("So it's your income, you can't have a bike that's always broken. How much can you put down, and what monthly can you handle comfortably after gas and everything?"),
     c("Maybe 10k down. Monthly 4k max. Honestly the 5,800 on your poster, I can't do that.", "no_money"),
     t("Okay. With 10k down on the Click, 36 months is around ₱4,300. If 4k is a hard limit, the Beat is about ₱3,700 over 36 months, also good for delivery. Or trade in the Wave to bring the Click down. Which should I compute properly?"),
     c("Trade-in ha? How much for my Wave, 2016 pa.", None),
     t("Our mechanic has to see it, but 2016 Waves usually get 12 to 15k depending on condition. Can you bring it Saturday morning with a valid ID, proof of billing and three months of Foodpanda earnings? Then I give you the exact monthly before you decide anything."),
     c("Sige, Saturday. Thanks boss.", None)],
    [o,
     t("Good morning sir! Great question. So tell me, what would it take for you to ride home on a brand new Click 125 today?"),
     c("Uh, just asking the monthly muna.", "brush_off"),
     t("Of course sir! ₱5,800 a month over 24 months with ₱8,000 down. Now, would you like it in matte black or pearl white?"),
     c("I dunno, 5,800 is a lot. I'm a rider, some weeks are slow.", "no_money"),
     t("I hear you, sir. So what's stopping you from starting your application right now, while the promo is still on? We process in one hour."),
     c("Like I said, the monthly is hard for me.", "no_money"),
     t("Understood. So how would you like to pay the downpayment, cash or GCash? And when do you want to pick it up, today or tomorrow?"),
     c("Neither, boss. You're not listening. I'll ask somewhere else na lang.", None)],
))

# 4 closing_as_open_question - Singapore, co-working
o = c("Hi, I booked a tour at 3? Name's Priya. Just want to see the hot desk area first.", None)
PAIRS.append(gpair(
    "b96g_singapore_coworking_tour", "co-working space (Singapore)", "closing_as_open_question",
    "A freelance designer working from an HDB flat in Tampines tours a co-working space.",
    [o,
     t("Hi Priya, welcome! Sure, let me show you. While we walk, where are you working from now, and what's not working about it?"),
     c("From home lah, in Tampines. But my flat so noisy, the neighbour renovating, and I do client calls every day.", None),
     t("So a quiet place for calls is the big one. Hot desks are here, and these are the phone booths, first come first served, usually free except around 10am. How many calls a day, and how long?"),
     c("Like three, half hour each. Booths ok. How much the hot desk ah? Website say from $350, but one at Paya Lebar is $250.", "too_expensive"),
     t("Yes, $350 a month for 24/7 access. Paya Lebar is cheaper, honestly, just check they have booths since that's your main need. If you mostly need weekdays, our Flex 10 is $220 for ten days a month, booths included."),
     c("Flex 10 sounds better. But not sure yet lah, need to see my cash flow this month.", "think_it_over"),
     t("Makes sense. Why not take a free day pass on Thursday, do your calls here and see if the booths work for you? No card needed. I'll WhatsApp you Friday to hear how it went."),
     c("Ok can, Thursday. Thanks!", None)],
    [o,
     t("Hi Priya, welcome! Before we start, let me ask: what would it take for you to join us today?"),
     c("Erm... I just want to see the place first.", "brush_off"),
     t("Of course! This is our hot desk area, great community, lots of founders. So how do you see yourself working here, in the quiet zone or the social zone?"),
     c("Quiet. I do a lot of client calls. The phone booths always full ah?", None),
     t("They're super popular, which shows how good they are! So which start date works better for you, this Monday or the first of the month?"),
     c("Hold on. How much is the hot desk first?", None),
     t("$350 a month, and if you sign today I waive the $100 key card deposit. How would you like to settle it, PayNow or credit card?"),
     c("Wah, $350. Paya Lebar got one for $250. I think I go see that one first.", "too_expensive"),
     t("Totally understand! Just curious, what would need to change for you to say yes right now?"),
     c("Nothing lah. Thanks for the tour.", "brush_off")],
))

# 5 pitch_as_paraphrase - Jakarta, last-mile courier for an online seller
o = c("Halo mas, I sell batik online, about 30 packages a day. Can your courier pick up from my house in Tebet?", None)
PAIRS.append(gpair(
    "b96g_jakarta_seller_pickup", "last-mile courier for online sellers (Jakarta)", "pitch_as_paraphrase",
    "A home-based batik seller in Tebet asks a courier company about daily pickup.",
    [o,
     t("Halo Bu, yes, Tebet is in our pickup area. How do you ship now, and what's not working with it?"),
     c("Now I drop at the agent myself, two times a day. Wasting time. And last month 4 packages lost, the buyers give me 1 star.", None),
     t("So two things: your time going to the agent, and lost parcels hurting your rating. What time would pickup suit you, and do your buyers mostly want regular or next-day?"),
     c("Pickup around 3 is best, after I finish packing. Mostly regular, Jabodetabek and Java. Next-day only few.", None),
     t("Then our regular daily pickup fits, free above 20 parcels a day, with tracking you can share with the buyer and insurance up to Rp1 juta per parcel. For Java, regular averages about Rp11,000 a parcel. Shall I arrange a trial pickup this Thursday at 3?"),
     c("Rp11,000 hmm, my agent now Rp9,500 only.", "too_expensive"),
     t("True, we're a bit higher. The difference is pickup and insurance: two trips a day to the agent probably costs you more than Rp1,500 a parcel in time and ojek. Try one week, compare lost parcels, then decide."),
     c("Ok, one week trial. Thursday 3pm.", None)],
    [o,
     t("Halo Bu! Happy to help. So what you need is our Seller Pro package, Rp1.2 juta a month with unlimited pickups and priority lane, right?"),
     c("Eh, I don't know what that is. I just want pickup from my house.", None),
     t("Exactly! So what I'm hearing is you want a premium pickup experience, which is Seller Pro plus our Same-Day add-on for Jakarta. Did I understand you correctly?"),
     c("No, my buyers mostly outside Jakarta, regular is fine. I lost 4 packages last month with my agent, that's why I ask.", None),
     t("Got it, so your need is maximum protection, meaning Seller Pro with the Gold Insurance upgrade, Rp250,000 extra. Is that a fair summary?"),
     c("Too much lah mas. 1.2 juta plus insurance, for 30 packages a day? My margin small.", "too_expensive"),
     t("I understand, Bu. So let me play it back: you want reliability and you see the value of protecting your rating, so the Seller Pro annual plan with two months free is the best fit, yes?"),
     c("I ask other courier first. Send me the price list on WhatsApp saja.", "brush_off")],
))

# 6 pitch_as_paraphrase - Ho Chi Minh City, international school
o = c("Hi, we're moving to Saigon in March for my work. My daughter's nine. I'm trying to understand how admissions work mid-year.", None)
PAIRS.append(gpair(
    "b96g_saigon_school_midyear", "international school admissions (Ho Chi Minh City)", "pitch_as_paraphrase",
    "An Australian father being transferred to Saigon emails, then calls, the admissions office about mid-year entry.",
    [o,
     t("Welcome in advance! Mid-year entry is quite common here. Can you tell me a bit about your daughter, where she studies now and how she's finding it?"),
     c("Year 4 in Brisbane. Bright kid but shy, the move's hard on her. Honestly that worries me more than the academics.", None),
     t("That's really useful, thank you. So it's less about curriculum and more about her settling in. New students get a buddy for the first month, and Year 4 has two other Australian kids right now. Is the fee covered by your company, or partly by you?"),
     c("Company covers tuition up to 600 million dong a year. Bus and lunch are on us. Your fee is about 640, so we'd be short.", "no_money"),
     t("Yes, Year 4 is 640 million this year, so a gap of about 40 million plus bus and lunch. I won't pretend there's a discount, but fees are pro-rated from March, so this year you'd pay one term only. Would a video call with her future teacher help her before you decide?"),
     c("Oh that'd be lovely, she'd like that. After 4pm Brisbane time?", None),
     t("I'll ask Ms. Hanh for next Tuesday, 4:30 your time, and email you the pro-rated fee sheet today for your HR."),
     c("Perfect, thanks.", None)],
    [o,
     t("Welcome! So what you need is our Premium Transition Package: tuition, bus, lunch and the after-school enrichment bundle, correct?"),
     c("Um, not sure yet, I was just asking how mid-year admissions work.", None),
     t("Absolutely. So what I'm hearing is you want a seamless experience for your daughter, which is exactly our Full Day Plus programme with extra English support. Did I understand you correctly?"),
     c("She's from Brisbane, her English is fine. She's shy, I'm worried about her making friends.", None),
     t("So you're looking for the social side, which means our Leadership and Confidence CCA, 18 million a term, on top of Full Day Plus. Is that a fair summary of your needs?"),
     c("That's not what I said. And the company only covers tuition, add-ons come out of my pocket.", "no_money"),
     t("I understand. Just to confirm, you'd like me to reserve a Full Day Plus seat for March with the confidence programme so she doesn't miss out?"),
     c("I'll have a look at a few other schools first, thanks.", "think_it_over")],
))

# 7 upsell_as_loop_closing - Penang, noodle supplier to a hawker stall
o = c("boss tmr morning can send 20kg kway teow to the Chulia st stall or not", None)
PAIRS.append(gpair(
    "b96g_penang_kwayteow_supply", "fresh noodle supplier to hawkers (Penang)", "upsell_as_loop_closing",
    "A char koay teow hawker in George Town orders his usual noodles from a supplier over WhatsApp.",
    [o,
     t("Can boss. Usual 6am ok? Same 20kg fresh, or anything to change since last week?"),
     c("6am ok. last week the kway teow a bit broken, customer complain", None),
     t("Sorry about that. Probably the van was too warm, we changed van already. Tomorrow driver will pack in two boxes so no squash, and I send 1kg extra free to make up for last week."),
     c("ok good. price still same ah", None),
     t("Same, RM3.20 per kg, so RM64, the extra 1kg no charge. Anything else for tomorrow's stall, or just kway teow?"),
     c("just kway teow. thanks boss", None),
     t("Ok, 20kg at 6am, two boxes. If still broken, WhatsApp me a photo, I settle.")],
    [o,
     t("Can boss! Before I confirm, anything else I can add to complete your order? Our new dark soy sauce on promo, RM18 per bottle."),
     c("no need. just kway teow", "no_need"),
     t("Noted! And to close the loop, is there anything else your stall needs? Lap cheong, eggs, cockles also can, one delivery only."),
     c("eggs i buy from my cousin already", "no_need"),
     t("Ok! Just to make sure we covered everything: many stalls add our chilli paste, 5kg tub RM45. What else can I add for you tomorrow?"),
     c("walao boss. last week your kway teow all broken you never ask also", None),
     t("Sorry ah. So to wrap up, shall I add one tub chilli paste, total RM109?"),
     c("no. just the 20kg. if broken again i change supplier", "no_need")],
))

# 8 upsell_as_loop_closing - Bangkok, dental clinic chain
o = c("Hi, I'd like to book a scale and polish. Haven't had one since I moved to Bangkok two years ago, bit embarrassed to be honest.", None)
PAIRS.append(gpair(
    "b96g_bangkok_dental_scaling", "dental clinic chain (Bangkok)", "upsell_as_loop_closing",
    "A British expat working in Asok phones a dental chain to book a routine clean.",
    [o,
     t("No need to be embarrassed, that's very common. Any pain, bleeding gums or sensitivity lately, or just a routine clean?"),
     c("Gums bleed a bit when I floss. Not loads. My insurance here doesn't cover dental, so I'm paying myself.", None),
     t("Thanks for telling me. A bit of bleeding often settles after a proper clean. Scale and polish with the check-up is 1,500 baht. If the dentist thinks you need X-rays she'll tell you the price first, and you decide then. Weekday or weekend?"),
     c("Weekday evening if possible, I work till six in Asok.", None),
     t("Our Asok branch has Wednesday 6:45pm with Dr. Pim, her English is very good. Shall I book that?"),
     c("Yes please. Anything I should do before?", None),
     t("Just brush as usual, and keep flossing even if it bleeds a little. Anything you'd like me to note for the dentist?"),
     c("No, that's it. Thanks.", None)],
    [o,
     t("No problem at all! I've booked the scale and polish. Now, to close the loop, is there anything else we can add for you today? Most clients combine it with Zoom whitening, 9,900 baht instead of 12,000."),
     c("Erm, no, just the clean, thanks.", "no_need"),
     t("Of course! Just to be sure your needs are fully covered, would you like the full X-ray set as well? Only 1,800 baht, for peace of mind."),
     c("Not unless the dentist says so. I'm paying out of pocket, so just the basics.", "no_need"),
     t("Absolutely. And what else can I add so you leave 100% satisfied? Our dental membership is 4,500 baht a year, two cleanings and 20% off whitening."),
     c("I'll think about a membership after I see how the first visit goes.", "think_it_over"),
     t("Great! So just to close the loop: one scale and polish, one whitening consultation, and membership info to your email. Anything else?"),
     c("I didn't ask for a whitening consultation. Just the clean, please.", "no_need")],
))

# 9 leading_tag_questions - Sidoarjo East Java, catfish feed
o = c("Mas, the feed price up again ya? My lele, six round ponds, I spend too much on feed now.", None)
PAIRS.append(gpair(
    "b96g_sidoarjo_lele_feed", "aquaculture feed dealer (East Java)", "leading_tag_questions",
    "A small catfish farmer near Sidoarjo calls his feed dealer after another price rise.",
    [o,
     t("Yes Pak, up about 4% this month, sorry. Which feed are you using now, and how long until harvest?"),
     c("Your 781 pellet. Harvest around 70 days. But the fish not same size, some big, some small.", None),
     t("Uneven size often means the feed isn't spread well or the ponds are dense. How many fish per pond, and how many times a day do you feed?"),
     c("Around 1,500 per pond. Two times, morning and afternoon, I throw at one side.", None),
     t("Then before changing feed, try three times a day, smaller portions, thrown around the pond. That alone usually evens the size and wastes less. The cheaper 781-2 also works but protein is lower, growth slower. I don't recommend switching in the middle of a cycle."),
     c("So no need to buy the expensive one?", None),
     t("Not now, Pak. Try three feedings for two weeks. I'll come Saturday to sample some fish with you, then we decide for the next cycle."),
     c("Ok mas, Saturday morning, before it gets hot.", None)],
    [o,
     t("Yes Pak, up a little. But you want your lele to reach harvest size fast, don't you?"),
     c("Ya of course. But my fish not same size, some big some small.", None),
     t("Right, and that's because 781 isn't strong enough for dense ponds, isn't it? You'd agree Pro-35 high protein is the right choice for a serious farmer like you, wouldn't you?"),
     c("Pro-35 how much? I already spend too much on feed.", "no_money"),
     t("Rp14,500 per kg, only a bit more. But you don't want to save money and lose on the harvest, do you? You'll take 20 sacks to start, won't you?"),
     c("20 sacks?? Mas, I can't. Maybe I try 2 sacks dulu, see how.", "no_money"),
     t("2 sacks won't show any difference, will it? Most farmers in Sidoarjo take 10 minimum, don't they?"),
     c("I think first. Ask my brother-in-law also, he use other brand.", "think_it_over")],
))

# 10 leading_tag_questions - Quezon City, pawnshop
o = c("Magandang umaga. I want to pawn this necklace, it's 18k. How much can I get po?", None)
PAIRS.append(gpair(
    "b96g_quezoncity_pawn_necklace", "pawnshop (Quezon City)", "leading_tag_questions",
    "A grandmother in her sixties pawns a gold necklace to pay her grandson's tuition.",
    [o,
     t("Magandang umaga po, Nanay. Let me weigh and test it first. While I check, is this for something urgent, and when do you think you can redeem it?"),
     c("For my apo's tuition, due Friday. I can redeem when my daughter sends from Dubai, maybe two months.", None),
     t("Okay po. It's 18k, 12.4 grams, we can lend up to ₱38,000. How much do you actually need for the tuition?"),
     c("Only 25,000 po. I don't want to borrow too much, the interest.", None),
     t("That's wise, Nanay, less interest. It's 3% a month, so about ₱750 a month, and you have four months before it's forfeited. We'll text reminders. Is this number okay for the texts?"),
     c("Yes po, that's my number. And if my daughter is late?", None),
     t("You can renew by paying only the interest, then it continues. Just don't pass the expiry date. Here's your ticket, keep it safe."),
     c("Salamat po, anak.", None)],
    [o,
     t("Magandang umaga po! You'll want the maximum loan, won't you? We can give up to ₱38,000 for this."),
     c("Ay, I only need 25,000 po. For my apo's tuition.", "no_need"),
     t("But more is better for emergencies, right po? You wouldn't want to come back short next month, would you?"),
     c("No po, I'm scared of the interest. 25 is enough.", "no_need"),
     t("Okay, 25. You'll want the 6-month extended term too, won't you? It's safer for seniors, isn't it? Just a ₱500 service fee."),
     c("Extended term? My daughter will send in two months, I don't need six.", "no_need"),
     t("Still, you'd like the jewelry insurance so your necklace is protected, wouldn't you? Only ₱300."),
     c("Anak, just the 25,000 please. I'm in a hurry, I still need to go to the school.", "no_time")],
))
