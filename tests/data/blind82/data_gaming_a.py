"""Gaming pairs, file a (b82). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - boat repair, Suva
o = c("bula. my 40 horse yamaha keeps dying after about an hour out. starts fine cold. can you look at it before saturday", None)
PAIRS.append(gpair(
    "b82g_suva_outboard", "boat and outboard repair yard, Suva, Fiji", "monologue",
    "A fisherman who sells his catch at the Suva market brings in a second-hand 40hp outboard that cuts out after an hour on the water; he needs it for Saturday.",
    [o,
     t("Bula. Dies after an hour but starts fine cold... does it cough and splutter first, or cut out clean like the kill cord got pulled?"),
     c("it coughs a bit, then the revs drop, then it stop. if i wait ten minute it goes again", None),
     t("Right, that sounds like fuel, not sparks. Filter, the pump diaphragm, or the tank vent blocking up and starving it. When did the fuel filter last get changed, or is it still the one it came with?"),
     c("honestly i dont know. i bought it second hand from a guy in labasa two years ago", None),
     t("Fair enough. Bring it in tomorrow morning, I'll pressure-test the line and pull the filter and the pump first. That's an hour, 85 dollars. If it's only the filter you're out same day with a twenty-dollar part."),
     c("85 just to look. the guy at walu bay say he do it for 50", "too_expensive"),
     t("He might, and if you trust him, go there. With us the 85 comes off the bill if you go ahead, so if it is the pump you don't pay twice. And I'd have it back to you Thursday, so you get a day to test it before Saturday."),
     c("ok thursday good. i bring it tomorrow seven oclock", None),
     t("Seven's fine, I'm here from half six. Bring the tank and the fuel line too, if it's the vent I need to see the whole lot.")],
    [o,
     t("Bula, and thanks for choosing us! So what I'm hearing is your engine is letting you down, and that's the last experience you need when you're out there earning. Let me tell you about us. Yamaha-certified, twelve years on the waterfront, servicing, rebuilds, hull work, trailers. At your engine's age the smart move is our Full Marine Service Package: carby clean, impeller, plugs, fuel system, gearbox oil, the lot."),
     c("ok but it is only cutting out after an hour", None),
     t("Exactly, and that's how it starts, right? A little cut-out, then one day you're stuck off Nukulau with no power. The package is 640 dollars with a 90-day workshop guarantee, real peace of mind. We also stock the new four-stroke F40, much better on fuel, and we take trade-ins. Most of the fishing guys are going four-stroke now. Does that make sense for you?"),
     c("640. i just need it running for saturday. i dont have that kind of money", "no_money"),
     t("Totally understand, budget matters. That's why we do finance on the new engines, twelve months, small weekly payments, brand-new motor, full warranty. Honestly, with an old two-stroke from who knows where, you're throwing good money after bad. What questions do you have for me?"),
     c("can you just check the fuel or not", None),
     t("Absolutely, the fuel system is part of the package. I'll write it up now. We're pretty full, earliest is next Wednesday, and let me grab you the F40 brochure while you're here."),
     c("wednesday no good, i need it saturday. i go to walu bay", "no_time")]))

# 2 closing_as_open_question - microfinance, Yogyakarta
o = c("selamat pagi pak. my friend say your koperasi give loan for small business. i sell batik in beringharjo. how it work", None)
PAIRS.append(gpair(
    "b82g_yogyakarta_microloan", "microfinance cooperative, Yogyakarta, Indonesia", "closing_as_open_question",
    "A batik seller from Beringharjo market asks a loan officer about a loan for stock before Lebaran; her sales drop sharply in the months after.",
    [o,
     t("Selamat pagi, bu. Yes, for traders we lend from 2 juta up to 15 juta. Before any numbers, what would you use it for, and how does selling go for you through the year?"),
     c("i want buy more stock before lebaran. before lebaran very busy, after that quiet until july maybe", None),
     t("So the money goes into stock now, most of it sells in the busy weeks, then there's a quiet stretch. Roughly what do you take in a normal week, and in the week before Lebaran?"),
     c("normal maybe 1,5 juta a week. before lebaran can be 5 juta. after, sometimes only 800 ribu", None),
     t("Okay. Then I'd be careful with a big loan. 8 juta over twelve months is about 190 ribu a week. Easy in the busy weeks, but in the quiet months that's almost a quarter of what you take. We can also make it seasonal, bigger payments before Lebaran, smaller after."),
     c("hmm. i must talk to my husband first, he also worry about debt", "think_it_over"),
     t("That makes sense, it's a family decision. I'll write both options down, flat and seasonal, with the total you pay back on each, so you can show him properly. If he wants to ask me himself, I'm at the Beringharjo office Tuesday and Thursday."),
     c("ok pak, thursday maybe we come together", None)],
    [o,
     t("Selamat pagi, bu! Lovely to meet you. Tell me, what does success look like for your batik business this year?"),
     c("success... i just want enough stock for lebaran. after lebaran very quiet", None),
     t("Wonderful, stock for Lebaran. Our most popular choice is the 10 juta Growth Loan. How would you like to receive it, cash or transfer to your BRI account?"),
     c("10 juta is a lot. after lebaran i dont know if i can pay every week", "no_money"),
     t("I hear you, and that's exactly why so many traders choose us. What would make you comfortable signing the form today, so you don't miss the Lebaran rush?"),
     c("i think i need to ask my husband first", "think_it_over"),
     t("Of course, family comes first. When your husband says yes, which day suits you to come and collect, Wednesday or Thursday?"),
     c("pak, i did not say yes. i want to think first", "think_it_over"),
     t("Absolutely, no pressure at all. Just so I can hold your slot, what's the best time for me to call tomorrow morning and finalise everything?"),
     c("nanti i call you if we want. terima kasih", "brush_off")]))

# 3 pitch_as_paraphrase - telecom shop, Ho Chi Minh City
o = c("chi oi, i need a sim for my mom. she is 67, she only call family and sometimes zalo", None)
PAIRS.append(gpair(
    "b82g_hcmc_simplan", "mobile network shop, Ho Chi Minh City, Vietnam", "pitch_as_paraphrase",
    "A young woman buys a SIM plan for her 67-year-old mother, who makes short calls and uses Zalo on home wifi; a previous shop registered a SIM under the wrong name.",
    [o,
     t("Dạ, sure. Does your mom have wifi at home, and is she out much, like the market or the pagoda, where she'd want Zalo without wifi?"),
     c("home have wifi. she go market every morning, pagoda on weekend. outside she only call me or my brother", None),
     t("So normal calls when she's out, Zalo at home on wifi. Then she doesn't need a big data plan. The basic one is 70k a month, 100 minutes any network and 1GB a day in case she opens Zalo at the market. Are her calls short, or does she talk a long time?"),
     c("short. but sometimes she call my aunt in hanoi very long", None),
     t("Calls anywhere in Vietnam are the same price, so Hanoi is fine. Over 100 minutes it's a small per-minute charge. I'd start her on the 70k and look at her usage after a month; I can show you how to check it from your own phone."),
     c("ok but last time other shop give her sim, they register wrong name and it block after 2 month", "bad_experience"),
     t("Ugh, that happens when the ID isn't scanned properly. I'll register it with her CCCD card here, and you check the name on the screen before I activate. Did you bring her card?"),
     c("yes i have the card, also photo", None),
     t("The card's what I need. Give me five minutes.")],
    [o,
     t("Dạ, of course! Can you tell me a bit more about your mom's needs?"),
     c("she call family, sometimes zalo. she have wifi at home", None),
     t("So what I'm hearing is she needs to stay connected with unlimited data, which is our Max 150 at 150k a month, 4GB a day plus free TV360. Is that right?"),
     c("no, she dont watch tv on phone. just call", "no_need"),
     t("Got it, so what matters is reliable calls for the family, and that's exactly why Max 150 fits, it has 1500 minutes inside the network. Did I understand you correctly?"),
     c("1500 minute she never use. 150k every month too much for her", "too_expensive"),
     t("Totally, value is important. So if I sum up: you want the best value for your mom with room to grow, which is Max 150 on six-month prepay, only 135k a month. Does that sound right?"),
     c("that is not what i say chi. i come back later", "brush_off")]))

# 4 upsell_as_loop_closing - building supplier, Auckland
o = c("Morning. Got six rotten boards on the deck, need to swap them out. 90 by 32 I reckon, 2.4 long.", None)
PAIRS.append(gpair(
    "b82g_auckland_deckboards", "building supplies trade desk, Auckland, New Zealand", "upsell_as_loop_closing",
    "A homeowner buys six treated pine boards to replace rotten ones on a fifteen-year-old deck.",
    [o,
     t("Morning. Rest of the deck pine as well? And how old, are the old boards gone grey?"),
     c("Yeah pine, fifteen years maybe. Pretty grey. Joists look alright from what I can see.", None),
     t("New boards'll look bright green next to that for a season or two, just so it's not a shock. Did you poke the joists under the rotten ones with a screwdriver? Where boards rot, the joist under them has often stayed wet too."),
     c("Didn't check that actually. Good call.", None),
     t("Worth doing before you cut anything. Six at 2.4 in 90 by 32 H3.2 is $14.20 each, so $85.20. If a joist is soft, come back and I'll cut you a length of 140 by 45; no point buying it now if you don't need it."),
     c("Sweet. Can I reuse the old nails or do I need screws", None),
     t("I wouldn't reuse the nails, they won't grip. A box of 200 stainless deck screws is $39 and you'll use about forty, so if you've got decent screws in the shed, use those."),
     c("Nah, chuck the box in. Cheers.", None)],
    [o,
     t("Morning! Great to hear you're refreshing the deck. What's the vision for your outdoor space?"),
     c("No vision mate, six boards are rotten. 90 by 32, 2.4s.", None),
     t("Perfect, six of the 90 by 32. Just to close the loop, what else can I add for you today? Most people doing boards also grab deck oil, the 10-litre is $119."),
     c("It's a fifteen year old deck, I'm not oiling the whole thing.", "no_need"),
     t("Totally fair. Anything else I can pop on to make sure the job's a success? Composite boards are 30% off this week, so you'd never deal with rot again."),
     c("Composite to match grey pine? Nah. Just the six boards thanks.", "no_need"),
     t("No worries at all. And before I ring it up, anything else you need, screws, a saw blade, a sander? We want you walking out with everything."),
     c("Mate. Six boards. How much.", None),
     t("Of course! Six boards, $85.20. And can I add our two-year Project Protect cover for $12, just to round things off?"),
     c("Forget it, I'll get them down the road.", None)]))

# 5 leading_tag_questions - tutoring centre, Singapore
o = c("hi my girl p5 now, maths ok in class but exam time she panic and blank out. you all got class for this or not", None)
PAIRS.append(gpair(
    "b82g_singapore_mathstuition", "tuition centre, Tampines, Singapore", "leading_tag_questions",
    "A father messages a tuition centre about his Primary 5 daughter, who understands maths in class but runs out of time in exams.",
    [o,
     t("Hi, thanks for messaging! When she blanks, is it the long problem sums at the end, or even the MCQ part? Her teacher may have said where the marks go."),
     c("teacher say she leave last 3 problem sum blank. at home she know how to do, just run out of time", None),
     t("So more pacing than understanding, she can do them at home but in the exam time runs out before she gets there. How long does one problem sum take her at home, roughly?"),
     c("very slow lah. she check and recheck every step. my wife say she scared to make mistake", None),
     t("That's quite common in P5. Our small group (max 6) spends the second half of each lesson on timed practice, and the tutor teaches them when to skip a question and come back. $280 a month for 4 lessons. But before you commit, come for one free trial; you'll see whether she's comfortable in a group or would do better 1-to-1."),
     c("280 quite steep leh. her cousin go community centre one only 120", "too_expensive"),
     t("CC classes can be fine, for some kids it's enough. Ours is smaller and built around exam pacing, which is her problem. The trial is free, so you can compare first. For P5 we have Saturday 10am or Wednesday 5pm."),
     c("ok can. saturday better, i bring her this week", None)],
    [o,
     t("Hi! Thanks for reaching out. It's so important she builds her confidence now, isn't it?"),
     c("yes of course", None),
     t("And with PSLE next year, you'd want her in our Intensive programme rather than the regular class, wouldn't you?"),
     c("what is the difference. she only panic during exam, the topics she know", None),
     t("The Intensive is 3 lessons a week plus weekend mock papers, $520 a month. You'd agree more practice is always better for a child who panics, right?"),
     c("3 times a week cannot, she got cca and chinese tuition also", "no_time"),
     t("I understand, but her PSLE score matters more than CCA, doesn't it? Most parents find the time once they see results, don't they?"),
     c("520 a month also we cannot afford lah", "no_money"),
     t("Totally. But you'd still want to lock in a slot before the June holidays fill up, wouldn't you?"),
     c("ok thanks, we see how first", "brush_off")]))

# 6 putdown_question - eldercare home, Penang
o = c("I came to see my mother and she cannot hear anything. Her hearing aid is gone. The nurse said it's been a week! Nobody told me.", None)
PAIRS.append(gpair(
    "b82g_penang_hearingaid", "eldercare home, George Town, Penang, Malaysia", "putdown_question",
    "A daughter finds that her mother's hearing aid has been missing for a week at her eldercare home and the family was never told.",
    [o,
     t("I'm sorry. That should have been phoned to you the same day. The nurse told you it's been missing a week?"),
     c("Yes. She said maybe it fell in the laundry. A week! My mother has been sitting there not understanding anybody.", None),
     t("A week of her being cut off, and you finding out only because you walked in. I won't make excuses for that. Which ear, and which brand? I'll have her room and the laundry searched this afternoon with her key nurse."),
     c("Right ear. Phonak. It cost three thousand ringgit, I'm not paying again.", None),
     t("Understood. If it's not found by tomorrow, the home pays for the replacement, and I'll put that in writing to you today. Meanwhile I'll ask her audiologist whether they can lend one. And on her floor, from today any lost device gets reported to family within 24 hours."),
     c("Okay. I want a call tomorrow, whatever happens.", None),
     t("I'll call you myself by five tomorrow, found or not. Is this mobile the best number?"),
     c("Yes, that one.", None)],
    [o,
     t("I can see you're upset. Help me understand, are you sure she was wearing it when she arrived? Families sometimes forget to pack them."),
     c("She came here eight months ago! She had it on last Sunday when I visited.", None),
     t("Okay. And what makes you feel we're responsible, when residents often take them out and hide them themselves?"),
     c("Because you are the ones looking after her! That is what I pay for.", None),
     t("I hear you. So just to clarify, what exactly did the nurse say, or could you have misunderstood her a little? You were quite emotional when you came in."),
     c("I did not misunderstand anything. You are talking to me like I'm stupid.", None),
     t("Not at all, I just want to understand your experience. Would it help to talk tomorrow, once you've calmed down?"),
     c("No. I want the manager. Now.", None)]))

# 7 not_my_department_or_read_the_terms - travel clinic, Wellington
o = c("Hi, uh, yeah, I got charged $480 for rabies shots and then you cancelled my appointment, and I fly to Port Moresby in nine days. So. Kind of stuck.", None)
PAIRS.append(gpair(
    "b82g_wellington_travelclinic", "travel vaccination clinic, Wellington, New Zealand", "not_my_department_or_read_the_terms",
    "A man flying to Papua New Guinea in nine days was charged for a rabies course whose appointment the clinic cancelled.",
    [o,
     t("Okay, two things then: the charge, and getting you covered before you fly. Jabs first since the clock's running. Had you started the course at all, or nothing yet?"),
     c("Nothing yet. It was meant to be last Tuesday, then I got a text saying the nurse was sick.", None),
     t("Right. Nine days is still enough for the short rabies schedule, two doses a week apart, so I'd want you in tomorrow or Thursday at the latest. I've got 8:15 tomorrow or 12:40 Thursday."),
     c("Tomorrow's tough, I'm at work till six. Thursday lunch works though.", "no_time"),
     t("Thursday 12:40, booked. The second dose lands the day before you fly, tight but fine. Now the $480: it was taken at booking and the cancellation was on our side, so it goes against Thursday and you don't pay twice. Or I refund it and you pay on the day, whichever you like."),
     c("Just use it for Thursday, simpler. Do I need anything else for PNG? Malaria or whatever?", None),
     t("Yes, the nurse will go through malaria tablets and check hep A and typhoid on Thursday. Where in PNG matters, so bring your itinerary. I'll email you the booking and a note that the $480 is credited."),
     c("Great, thanks heaps.", None)],
    [o,
     t("Hi there, thanks for calling and for sharing that with me. How can I help make your experience better today?"),
     c("Well, I need the shots before I fly, and I want to know about the 480.", None),
     t("Totally understand. So billing isn't something I handle, that's our accounts team in Auckland, they're email only. I can give you the address."),
     c("Okay, but can you at least rebook me? Nine days.", None),
     t("I hear you. Unfortunately the system won't let me rebook a cancelled prepaid slot, that's a head office rule, I didn't make it. And our terms do say courses should be booked six weeks before travel, it's under Booking Conditions on the website."),
     c("Six weeks? I booked a month ago, you cancelled it. That's not on me.", None),
     t("I completely get where you're coming from. The best thing is the online feedback form, and someone from the right team will be in touch within five to ten working days."),
     c("I fly in nine days. Forget it, I'll try my GP.", None)]))

# 8 social_proof_or_deadline_pressure - restaurant SaaS, Bangkok
o = c("hello i see your ad on facebook. i have small noodle shop, 8 table only. now my nephew write order on paper. your app good for small shop or not", None)
PAIRS.append(gpair(
    "b82g_bangkok_qrordering", "QR-ordering and POS software for restaurants, Bangkok, Thailand", "social_proof_or_deadline_pressure",
    "The owner of an eight-table noodle shop near an office tower asks about an ordering app; her nephew takes orders on paper and lunch is chaotic.",
    [o,
     t("Hi khun, thanks for asking. 8 tables on paper, what goes wrong now, if anything? Missed orders, slow bills, or mostly fine?"),
     c("mostly fine. sometime he forget one bowl or write wrong price. lunch very crowded, office people from the tower", None),
     t("So lunch rush is where it hurts. With QR ordering the customer orders from the table and it prints in the kitchen. Do you have wifi in the shop, and do the lunch people mostly pay PromptPay?"),
     c("have wifi. almost everybody pay promptpay now. but i worry old customer dont like scan qr", None),
     t("Fair worry. You can keep both: your nephew takes orders on a tablet for the uncles and aunties, the office crowd scans. The small-shop plan is 590 baht a month, no contract."),
     c("590 every month... for noodle shop it is not small money", "too_expensive"),
     t("True. One way to judge it: if it saves you two forgotten bowls a day, it's paid for; if it doesn't, it's not worth it for you. There's a 14-day free trial first, so you see that before paying anything."),
     c("ok, i try 14 day first. my nephew can set up", None),
     t("Great. I'll send the setup link to your LINE, and I'll call on day 10 to ask how lunch went, before anything is charged.")],
    [o,
     t("Hi khun! Great question. Tell me, what would success look like for your shop?"),
     c("success... i just want less mistake at lunch time", None),
     t("Love that. You know, over 300 noodle shops in Bangkok moved to us this year, three of them on your soi already. Honestly, every shop around you will be on QR by next year."),
     c("hmm. my customer mostly older people, they like to order with person", None),
     t("Totally, and that's why the shops near you went with Pro, 1,290 baht a month, but if you sign before midnight I lock in 40% off the first year. After tonight it's gone."),
     c("tonight i cannot decide. i must ask my husband, he take care the money", "think_it_over"),
     t("I understand, but honestly the owners who waited ended up paying full price. Only four promo slots left in Bang Rak. Shall I hold one for you now?"),
     c("no thank you, i think paper still ok for now", "no_need")]))

# 9 keyword_stuffed - hardware store, Apia
o = c("talofa. the water keep cutting at our house in vailele, sometimes 3 days. i want a tank. what size i need", None)
PAIRS.append(gpair(
    "b82g_apia_watertank", "hardware and building supply store, Apia, Samoa", "keyword_stuffed",
    "A man whose family house loses mains water for days at a time in the dry season asks what size of water tank to buy.",
    [o,
     t("Talofa lava. Three days without water is hard. How many in the house, and is it just drinking and cooking, or showers and washing too?"),
     c("9 people, my parents, my sister kids. everything, washing also", None),
     t("Nine people using it for everything is around a thousand litres a day. To ride out three days you'd want at least a 5,000 litre tank. Have you got gutters you could run into it, or would you fill it from the mains when it's on?"),
     c("gutter only on the front side. the roof is old tin", None),
     t("Then mainly fill from the mains and treat the gutter as a bonus. The 5,000 litre poly tank is 2,350 tala plus a base, and you can pour your own concrete pad cheaper than ours. I can also price a 3,000 if that's easier on the pocket."),
     c("2350 is too much for us right now. my cousin got one from the church fundraising before", "no_money"),
     t("Understood. The 3,000 is 1,450 tala and covers about two days. We do lay-by, pay it over three months and take it home once it's paid. Or if the church does another round, I'll write a quote they can use."),
     c("lay-by maybe good. i talk to my father tonight and come back", "think_it_over"),
     t("No problem. I'll write a quote for both sizes in your name so the price holds for a month.")],
    [o,
     t("Talofa! Thank you for sharing that. I really want to understand your needs and make sure your water experience is a success. How do you feel about your current water journey?"),
     c("feel... i feel bad when no water. i want tank. what size", None),
     t("Absolutely, and I feel that. Our relationship with customers is about understanding the need behind the need. So what I'm hearing is water security is important to your family's success. Is that right?"),
     c("yes. so what size", None),
     t("Great question. Every family's needs are unique, so the right solution depends on your experience, your goals and how you feel about value. We have solutions for every need."),
     c("9 people. 3 days no water. how many litre", None),
     t("I understand completely, and I appreciate your openness. Our tanks are designed to create a positive water experience. I'd love to build a relationship and understand your needs more deeply. Can I take your number so our team can follow up?"),
     c("i ask the other shop. faafetai", None)]))

# 10 rude - telecom shop, Port Moresby
o = c("morning. i buy 10 kina data this morning but no internet. i need to send the school fee receipt today", None)
PAIRS.append(gpair(
    "b82g_portmoresby_databundle", "mobile phone and top-up shop, Port Moresby, Papua New Guinea", "rude",
    "A mother bought a data bundle that shows as active but the phone has no internet; she must email a school fee receipt before the school office closes.",
    [o,
     t("Morning. Let's have a look, can I see the phone? Did you get an SMS saying the bundle is on?"),
     c("yes sms come. it say 2GB active. but internet not open", None),
     t("Okay, so the bundle's on your number, your money isn't lost. Usually it's the phone settings. Did you change SIM or phone lately?"),
     c("yes, my brother give me this phone last week, from lae", None),
     t("That'll be it, the settings are still for his network. I'll put ours in, one minute... there. Try opening your email."),
     c("oh it open now. tenkyu", None),
     t("If it drops again, switch the phone off and on once before you come back. Want to send the receipt now while you're here, just to be sure it goes?"),
     c("yes i send now. tenkyu tru", None)],
    [o,
     t("Morning. What's the problem exactly? Let me guess, you didn't read the SMS."),
     c("i read it. it say 2GB active but no internet", None),
     t("Right, so the bundle's active. So what I'm hearing is our network's fine and it's your phone. Is that right?"),
     c("i dont know, that is why i come here. can you check", None),
     t("I can, but there's a queue, as you can see. Did you try turning it off and on, or is that too much to ask?"),
     c("yes i try two time. please, i need to send the receipt before the school close", None),
     t("Everyone needs something today. Go to settings, find APN, fix it. If you can't, there's a YouTube video. Anything else I can help you with?"),
     c("i dont know apn. you are not helping me. i go to the other shop at waigani", None)]))
