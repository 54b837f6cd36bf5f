"""Gaming pairs, file b (b82). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - building supplier, Kuching
o = c("hi boss, i want to change the roof for my family house in santubong. old zinc already leaking. what you have", None)
PAIRS.append(gpair(
    "b82g_kuching_roofing", "building materials supplier, Kuching, Sarawak, Malaysia", "ignored_customer",
    "A man re-roofing his family house near the sea has a budget of about 6,000 ringgit; his mother hates the noise of rain on zinc.",
    [o,
     t("Hi. Santubong, so close to the sea. How big is the roof roughly, and is it leaking from rust holes or from the joints and nails?"),
     c("about 120 square meter. both lah, rust everywhere, some nail also loose. budget i have around 6 thousand only", None),
     t("Okay. Near the sea I'd steer you off plain zinc, it'll rust through again in a few years. Zincalume 0.42 is about 38 ringgit a square metre, so with ridges and screws you're near 5,200. That leaves a bit for the tukang, or insulation."),
     c("my mother always complain rain very noisy on zinc. this one also noisy ah", None),
     t("Metal is metal, it'll still drum in heavy rain. What really quietens it is foil-backed insulation under the sheets, about 9 ringgit a metre, so 1,100 more, which takes you over 6,000. You could do it over the bedrooms only and skip the kitchen and verandah."),
     c("bedrooms only can. but let me ask my tukang how many meter first", "think_it_over"),
     t("Good, get him to measure the bedrooms. I'll write the sheet price down now, valid two weeks, and when you WhatsApp me his numbers I'll redo the total."),
     c("ok boss, thank you", None)],
    [o,
     t("Hi boss! Great decision to upgrade. Tell me about the house and what's important to you?"),
     c("near the sea, santubong. old zinc rust very fast. my mother say rain very noisy. budget around 6 thousand", None),
     t("Understood, thanks for sharing. For you I recommend our standard zinc 0.30, cheapest in Kuching, only 22 ringgit a metre."),
     c("zinc again. last time also zinc, rust in 4 year only. near the sea it will rust again right", "bad_experience"),
     t("Great question. So 120 square metres, plus ridges, screws and our colour-coated premium trim package, comes to about 7,800. What do you think?"),
     c("i told you 6 thousand only. and the noise, my mother cannot sleep when rain", "no_money"),
     t("Definitely. Anything else you'd like to know? We deliver to Santubong too, delivery is 250."),
     c("you dont listen what i say. i go to the shop in batu kawa", None)]))

# 12 repeated_questions - English centre, Hanoi
o = c("chao em. my son 16 year old, he want to study in australia after grade 12. he need ielts 6.5. what course he should take", None)
PAIRS.append(gpair(
    "b82g_hanoi_ieltsprep", "English language centre, Cau Giay, Hanoi, Vietnam", "repeated_questions",
    "A mother asks about IELTS preparation for her 16-year-old son; his reading and listening are near the target, but he is shy and his speaking is weak.",
    [o,
     t("Chào chị. Has he taken a test before, even a practice one, so we know where he's starting?"),
     c("he do practice test at school, reading 6.5, listening 6, but speaking only 5. he very shy to talk", None),
     t("So reading and listening are nearly there, speaking is the gap, and shyness is part of it. In a class of twenty he'd probably sit at the back. How much time does he have in a week, with school?"),
     c("grade 11 very busy. maybe 2 evening a week and sunday morning", None),
     t("Then I wouldn't put him in the full IELTS course, he doesn't need the reading lessons. A speaking group of six, twice a week, 3.2 million a term, plus one mock speaking test a month with a foreign examiner so he gets used to the pressure."),
     c("3.2 million for only speaking. my friend son take full course 5 million, have everything", "too_expensive"),
     t("The full course has more hours, but two thirds is reading and writing he's already good at. If after one term you want the full course, we'll count what you paid. Could he come for a free level test on Sunday, so the teacher can hear him first?"),
     c("ok sunday morning. but if he too shy maybe he dont talk haha", None),
     t("That's fine, it's one-to-one in a small room, not in front of a class. 9am Sunday?"),
     c("ok 9am. cam on em", None)],
    [o,
     t("Chào chị! Great goal. Tell me, what is your son's current English level?"),
     c("practice test at school, reading 6.5, listening 6, speaking only 5", None),
     t("I see. And how would you describe his English right now, where is he today?"),
     c("i just say. speaking 5, the other ok. he shy", None),
     t("Thank you. So to understand his starting point, has he done any test before?"),
     c("yes, the school test. i told you the score", None),
     t("Perfect. And what level is he aiming for, and what's his level now, roughly?"),
     c("6.5. and now, i told you already. speaking 5", None),
     t("Great, thank you. Just so I put him in the right class, how confident would you say he is in speaking?"),
     c("em, i already say he shy. four time now. i think other centre better, tam biet", None)]))

# 13 wrong_paraphrase - boat repair, Tauranga
o = c("G'day. Noticed a crack near the transom on my old runabout, about a hand long. She's a 5 metre, 1990s fibreglass. Serious or cosmetic?", None)
PAIRS.append(gpair(
    "b82g_tauranga_transom", "fibreglass boat repairs, Tauranga, New Zealand", "wrong_paraphrase",
    "A retired man who fishes the harbour a few times a month asks about a hairline crack near the transom of his 30-year-old runabout.",
    [o,
     t("Can't tell till I see it, but let's narrow it down. Is it in the gelcoat only, like a spiderweb, or is there give when you push on it? Any water in the bilge after a trip?"),
     c("Bit of a spiderweb. Pushed on it, feels solid. Bilge has a cup or two, but it always has.", None),
     t("Solid and spiderwebbed is usually gelcoat stress cracking, often from the motor bracket flexing. What I'd want to check is the transom core, on a boat that age the wood inside can get wet. How much do you use her?"),
     c("Harbour only, couple of times a month. I'm retired, not racing anywhere.", None),
     t("Then nothing big. Bring her round on the trailer, I'll put a moisture meter on the transom, twenty minutes, no charge. If it's dry, grinding out and re-gelcoating the crack is about $350. If it's wet, that's another conversation and I'll show you the readings."),
     c("Had a bloke quote me three grand for a transom on my last boat, took a deposit, never did the job. Bit wary of you lot.", "bad_experience"),
     t("Fair enough. That's why I'd rather you read the meter yourself, and if it's dry I won't be selling you a transom. No deposit for the check. Wednesday or Friday morning?"),
     c("Friday, about nine.", None)],
    [o,
     t("G'day! Thanks for coming in. Tell me a bit about how you use the boat?"),
     c("Harbour fishing, couple of times a month. I'm retired.", None),
     t("Love it. So what I'm hearing is you're planning to get out more and maybe head offshore, so you want the hull rock solid. Did I get that right?"),
     c("No, I said harbour. I'm not taking a 5 metre offshore.", None),
     t("Got it. And you mentioned the crack goes right through and she's taking water, so we're looking at a full transom rebuild, around $3,800. Does that match what you're seeing?"),
     c("I never said it goes through. It's a hairline, bilge is the same as always. I don't need a rebuild.", "no_need"),
     t("Totally hear you. So to play it back: you want it done properly once so you're not back here, and you're fine with a bit of investment for peace of mind. Is that fair?"),
     c("That's not what I said at all. That's three goes now. I'll get someone else to look at it.", None)]))

# 14 pitch_to_upset - telecom service centre, Jakarta
o = c("selamat siang mas. my father passed away two weeks ago. i need to close his number, but also... his whatsapp has all the family photos. i dont know what to do", None)
PAIRS.append(gpair(
    "b82g_jakarta_bereavement", "mobile operator service centre, South Jakarta, Indonesia", "pitch_to_upset",
    "A grieving woman comes to deal with her late father's postpaid number; the family still sends messages to it and she is unsure whether to close it.",
    [o,
     t("I'm very sorry about your father, bu. We'll go slowly. There are two ways: close the number completely, or move it to your name so the number and WhatsApp stay. Do you know yet which you'd like?"),
     c("i think keep it. my mother still send message to it sometimes. it is silly", None),
     t("It's not silly at all, many families keep the number for a while. To move it I need the death certificate, your KTP and the Kartu Keluarga. Did you bring those?"),
     c("i bring death certificate and my ktp. family card is at my mother house", None),
     t("That's okay. I can start the transfer today and it waits until you send a photo of the family card to this WhatsApp. The postpaid bill stops from today, nothing more is charged to him. Later, if you want, we can put it on a cheap prepaid, but there's no hurry."),
     c("terima kasih mas. i was scared they cut it before i decide", None),
     t("It won't be cut, I've put a note on the account. Here's my direct number if anything goes wrong."),
     c("ok. thank you, really", None)],
    [o,
     t("I'm so sorry for your loss, bu, and thank you for sharing. So what I'm hearing is you want to keep the family connected, is that right?"),
     c("yes. my mother still send message to his number sometimes", None),
     t("That's beautiful. And actually this is a great moment to look at a Family Plan. We can put his number, yours and your mother's on one Family 300, 300 thousand a month, unlimited calls between you and 100GB shared. Great value."),
     c("mas, i only want to keep his number. i am not thinking about plan now", "no_need"),
     t("Totally understand, it's an emotional time, that's why families like the peace of mind. And if you sign this month, your mother gets a free Samsung A15, so she can see the family photos bigger."),
     c("please. my father just die. can you just do the transfer", None),
     t("Of course. What's the best way to get your mother's details, so we can include her in the package?"),
     c("no. i come back another day with my brother", None)]))

# 15 blame - online ordering SaaS support, Singapore
o = c("hi, your system charged my customers twice on saturday. at least 11 orders. people are leaving one star reviews. what happened", None)
PAIRS.append(gpair(
    "b82g_singapore_doublecharge", "online ordering software for restaurants, support line, Singapore", "blame",
    "A cafe owner reports that her online ordering system double-charged customers during Saturday lunch and she is getting bad reviews.",
    [o,
     t("That's bad, I'm sorry. Let's stop it first: is anything charging twice today, or only Saturday?"),
     c("today seems ok. saturday 12 to 2 only, lunch crowd", None),
     t("That matches. Our payment gateway timed out between 12:10 and 1:50 on Saturday and some orders retried and charged again. That's on our side. I can see 13 affected orders on your account, not 11. I'm refunding the second charge on all 13 now; customers see it in 3 to 5 days."),
     c("13. ok. but the reviews, i cannot undo that. i pay you every month for this", None),
     t("You're right, and I can't remove reviews. What I can do is send you a short reply you can post, saying it was a payment provider fault and the refunds are done, and credit this month's subscription, 149 dollars. Would that help?"),
     c("ok the credit is fair. send me the note, i reply tonight", None),
     t("Both in the next 15 minutes, with the list of the 13 orders so you can match them up."),
     c("ok thanks", None)],
    [o,
     t("Hi, thanks for reaching out, I understand how frustrating that is. Can I ask, did your staff press the pay button more than once on those orders?"),
     c("no. customers order online themselves, from their phone. staff dont touch it", None),
     t("Okay. So what I'm hearing is customers may have double-tapped. Do you have the Prevent Duplicates setting on? It's in Settings, Advanced, and it's covered in the onboarding guide."),
     c("nobody told me about that setting. and it never happen before in 8 months", None),
     t("I understand. It's also possible your shop wifi dropped, which causes retries. Is your router on our recommended list? Unfortunately that's outside what we can control."),
     c("the customers use their own data, not my wifi. so now it is my fault", None),
     t("Not at all, we're partners in this. For the refunds, you can process them yourself in the dashboard under Orders. Is there anything else I can help with today?"),
     c("unbelievable. i am cancelling end of the month", None)]))

# 16 monologue - travel clinic, Surabaya
o = c("assalamualaikum. i and my wife go umrah in 5 week. travel agent say we need meningitis vaccine. how much and when we can come", None)
PAIRS.append(gpair(
    "b82g_surabaya_umrahvaccine", "travel vaccination clinic, Surabaya, Indonesia", "monologue",
    "A man asks about the meningitis vaccine required for umrah for himself and his wife, who is diabetic; he can only come on Saturdays.",
    [o,
     t("Waalaikumsalam, pak. Yes, meningitis ACWY is required for the visa, and five weeks is fine, it needs to be at least ten days before you fly. Are you both well? Any illness or regular medicine I should know about?"),
     c("me ok. my wife have diabetes, she take metformin. is it ok for her", None),
     t("Yes, diabetes is no problem with this vaccine. For her, the doctor may also suggest a flu shot because of the crowds, but that's your choice. Meningitis is 385 ribu each and you get the yellow booklet for the visa the same day."),
     c("flu no need lah, we never get flu. only the one for visa", "no_need"),
     t("That's fine, only the required one then; if she changes her mind she can have it on the same visit. What day suits you? We're open Saturday mornings too."),
     c("saturday better, i work weekday", None),
     t("Saturday 9:30 for both of you. Bring your passports and her list of medicines. If her sugar's been high that week, just tell the doctor, it's not a reason to cancel."),
     c("ok saturday 9:30. terima kasih", None)],
    [o,
     t("Waalaikumsalam! Excellent question, pak, let me explain everything so you have the full picture. For umrah the Saudi government requires meningitis ACWY, at least ten days before departure. But honestly, at our clinic we recommend the complete Umrah Protection Package: meningitis, influenza, pneumonia, typhoid and hepatitis A, because the crowds in Mecca are huge and infections spread very fast."),
     c("ok. but my wife have diabetes, is that ok", None),
     t("Yes, yes, and that's exactly why the package is perfect for her, diabetics are higher risk, so pneumonia is very important. The package is 2.4 juta per person, with a free consultation, a travel medicine kit and a certificate. Many jamaah from the big agents in Surabaya come to us. We also have a promotion on hepatitis B if your children need it."),
     c("2,4 juta each, almost 5 juta for two. the agent only say meningitis", "too_expensive"),
     t("I understand, pak, but think: you spend 35 juta on the trip, 5 juta to protect it is small. If you get sick in Mecca, the hospital is very expensive. We can split the package over two visits. Our doctor is here Monday to Friday, 8 to 3."),
     c("weekday i work. only saturday i can", "no_time"),
     t("Saturday is walk-in only, very busy. Better to take half a day off, pak, your health is the priority. Shall I put you both down for the package on Monday?"),
     c("no, i think i ask the puskesmas, only the meningitis. terima kasih", "no_need")]))

# 17 closing_as_open_question - eldercare respite, Christchurch
o = c("Hi there, um, I'm just ringing about respite? My dad's got early dementia and I'm having an operation in March, so I'd need somewhere for him for maybe two weeks. I'm just, sort of, finding out at this stage.", None)
PAIRS.append(gpair(
    "b82g_christchurch_respite", "rest home with respite care, Christchurch, New Zealand", "closing_as_open_question",
    "A daughter enquires about two weeks of respite care for her father with early dementia while she has surgery; she has not told him yet and her brother has a say.",
    [o,
     t("Of course, and finding out early is smart. Tell me a bit about your dad, what does a normal day look like, and how much does he lean on you?"),
     c("He's pretty independent really. Showers himself, but forgets meals, and gets a bit lost in the evenings. He doesn't know about any of this yet.", None),
     t("That's really common, and evenings are usually the hard part in a new place too. Some families bring their dad in for lunch first so it isn't all strangers when he arrives. Would he come for a cup of tea and a look, if it's just a visit?"),
     c("Maybe. He's stubborn. He did a week somewhere after Mum died and hated it, said the food was awful.", "bad_experience"),
     t("Then let's not let the food put him off again, you can both have lunch here, on us. Respite is $245 a day, and if he's had a needs assessment it may be funded; your GP can refer him. Do you know if he's been assessed?"),
     c("No, I don't think so. Honestly I need to talk to my brother first, he's got opinions about all this.", "think_it_over"),
     t("Sensible. I'll email you the respite info and the needs assessment number, and pencil in a lunch visit for the week after next, which you can move or cancel. Ring me once you've talked to your brother."),
     c("That'd be great, thank you.", None)],
    [o,
     t("Of course! Thanks so much for calling. So, what would it take to get your dad booked in with us for March?"),
     c("Oh, um, I don't know, I haven't even told him yet. I'm just asking what the process is.", None),
     t("Absolutely, and it's a lovely home, he'll settle right in. When would be the best day for you to come in and sign the admission forms, this week or next?"),
     c("I really wasn't planning to sign anything yet. I need to talk to my brother.", "think_it_over"),
     t("Totally understand. And what would your brother need to hear to feel comfortable going ahead with us?"),
     c("I don't know... he's not keen on homes. Dad had an awful week in one a couple of years ago.", "bad_experience"),
     t("That's really helpful, thank you. So how would you like to secure the room, deposit by card today or bank transfer? March fills up fast."),
     c("I think I'll leave it for now, thanks. I'll ring round a few places.", "think_it_over")]))

# 18 pitch_as_paraphrase - home fibre, Quezon City
o = c("hi po, i work from home, night shift, support agent for a US company. my internet keeps dropping at 2am. what plan do you have", None)
PAIRS.append(gpair(
    "b82g_quezoncity_fibre", "home internet provider store, Quezon City, Philippines", "pitch_as_paraphrase",
    "A night-shift support agent working from home needs a connection that does not drop; her current fibre fails mid-shift and her team lead has warned her.",
    [o,
     t("Hi po! Dropping at 2am mid-shift is the worst. Is it fibre now, DSL or pocket wifi? And when it drops, is it seconds or longer?"),
     c("fibre from other provider. sometimes 5 minutes, sometimes 1 hour. my team lead already warn me twice", None),
     t("So it's about staying online, not speed. Our 200 Mbps fibre is 1,699 a month, plenty for calls, but no line is perfect. What really protects your job is a backup: a prepaid LTE modem, 1,495 one time, load it only when you use it. When the fibre drops you switch in a minute."),
     c("1,699 plus modem. my current one is 1,299 only", "too_expensive"),
     t("If your current fibre can be fixed, you could honestly keep it and only add the LTE backup, 1,495 once, nothing monthly. Have you filed a ticket about the 2am drops? It may be a line fault."),
     c("three tickets na po. they come, they say ok, then same problem", None),
     t("Then switching makes sense. Let me check coverage at your address first, in some streets our fibre is new. If it's there, I'd still keep the LTE backup, so your job isn't riding on one line."),
     c("ok po, check muna. teachers village east", None)],
    [o,
     t("Hi po! Thanks for sharing. So what I'm hearing is you need our fastest plan, the 1 Gbps at 3,499, for the best work-from-home experience. Correct po?"),
     c("no po, speed is not the problem. the problem is it drops at night", None),
     t("Got it! So what you need is a premium always-on connection, which is our 1 Gbps bundled with Netflix and mesh wifi for the whole house. Did I understand you correctly?"),
     c("i dont need netflix. i just need it not to drop. 3,499 too much for me", "too_expensive"),
     t("I hear you po. So to sum up, you want reliability at good value, which is exactly our 500 Mbps Gamer Plan at 2,499 with priority routing. Sound right?"),
     c("i am not a gamer po. never mind, i just ask my team lead what the others use", "brush_off")]))

# 19 upsell_as_loop_closing - building supplier, Lae
o = c("morning. i am from the church committee in butibam. we need cement and steel for the new hall floor. the builder give me this list", None)
PAIRS.append(gpair(
    "b82g_lae_churchslab", "hardware and building supplier, Lae, Papua New Guinea", "upsell_as_loop_closing",
    "A church committee member buys cement, bar and mesh for a hall floor slab with 9,000 kina raised by the congregation.",
    [o,
     t("Morning. Let me see... 60 bags of cement, 20 lengths of 12mm bar, 6 sheets of mesh. How big is the slab, do you know? I'd like to check the numbers before you spend the church's money."),
     c("builder say 12 by 8 metre, 100 thick", None),
     t("That's about ten cubic metres, so 60 bags is right if he mixes on site with your own sand and gravel. The mesh though: for 96 square metres with the overlaps you need 7 sheets, not 6. Better to check with him than run short on pour day."),
     c("ok i will call him. the money is from the congregation, we have 9,000 kina", None),
     t("Then his list plus one mesh sheet is 7,620 kina delivered to Butibam. That leaves some for tie wire and a few spare bags in case rain gets to some. Want me to hold the price a week while you talk to him?"),
     c("yes hold it. i call him today and come back tomorrow", None),
     t("Done, under the church's name. Bring the builder's number, I can talk to him about the mesh myself if that's easier."),
     c("good, thank you brata", None)],
    [o,
     t("Morning! Great to support the church. Let's see... 60 bags, 20 bars of 12 mil, 6 mesh. Just to close the loop, what else can I add for you? A concrete mixer hire maybe, only 180 kina a day."),
     c("builder have his own mixer", "no_need"),
     t("Wonderful. Anything else to make sure the project's a success? Most committees add our waterproofing additive, 45 kina a bag, one for every five bags of cement."),
     c("the money is from the congregation, 9,000 only. we buy only what builder write", "no_money"),
     t("Completely understand, every kina counts. Before I close this out, is there anything else, paint for the walls, roofing, the church gate? We have a package for church projects."),
     c("no. just the list please", "no_need"),
     t("No problem! And lastly, can I add the extended delivery slot, so the truck waits while you unload? It's 150, people find it worth it."),
     c("you keep adding. just give me the price for the list", None)]))

# 20 leading_tag_questions - booking software, Hoi An
o = c("hi, we have small cafe in hoi an old town, 12 seat. some tourist ask if they can book. your booking app useful for us or not", None)
PAIRS.append(gpair(
    "b82g_hoian_tablebooking", "table-booking software for restaurants, Hoi An, Vietnam", "leading_tag_questions",
    "A couple running a 12-seat cafe get a few booking requests a week and only fill up on lantern festival nights.",
    [o,
     t("Hi! Honest question first: how many people ask to book in a week? And do you ever turn people away because you're full?"),
     c("maybe 3 or 4 a week ask. we turn away people only in the evening on lantern festival, once a month", None),
     t("Then a paid booking app is probably more than you need right now. With 12 seats and a few requests a week, a free Google booking link or WhatsApp is fine. Ours starts at 390k a month, which makes sense for places that fill up every night."),
     c("oh. so you say we dont need it", None),
     t("Not yet, I'd say. For lantern nights you can use our free event page: people reserve for that one night and it costs you nothing. If requests grow, call me then."),
     c("ok that is nice. maybe event page for full moon next week", None),
     t("I'll send you the link and a short guide in Vietnamese and English, ten minutes to set up.")],
    [o,
     t("Hi! Sounds like a lovely cafe. You'd want to capture every tourist booking, wouldn't you?"),
     c("maybe. only 3 or 4 ask a week", None),
     t("Exactly, and each of those is money walking out the door, isn't it? So you'd want our Pro plan with deposits and reminders, 790k a month, right?"),
     c("790k... more than our electricity. for 3 booking a week it is not worth", "too_expensive"),
     t("Of course, but you'd agree a professional cafe needs a professional system, wouldn't you? Your competitors on Tran Phu already have one, don't they?"),
     c("i dont know what they have. we are small, family run. whatsapp is ok for us", "no_need"),
     t("Sure, but you wouldn't want to look less professional than them, would you? Shall I start your free trial, then?"),
     c("let me talk with my wife first, we will see", "think_it_over")]))
