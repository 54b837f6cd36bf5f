"""Ranked pairs d01-d10: two decent conversations, `better` deeper (hand-written for blind64)."""
from common import c, rpair, t

PAIRS = []

# d01 - IT managed services, Rotterdam; architecture office partner, non-native English
o = c("Hello, we are an architecture office, 22 people. Our server in the cupboard is from 2016 and our partner says we must go to the cloud. Can you make us an offer?", None)
PAIRS.append(rpair(
    "b64r_d01_rotterdam_it_cloud",
    "An office manager of a Rotterdam architecture firm asks an IT services company for a cloud-migration offer. Better finds the real problem (slow CAD models over VPN) before recommending; worse quotes a standard migration.",
    [o,
     t("Happy to. Before I price anything - what makes the server a problem today? Its age, speed, people working from home, something else?"),
     c("Mostly when people work from home, opening the Revit models over the VPN takes ten minutes. Sometimes the file is corrupt. And the server is old, yes.", None),
     t("That's important. Revit models are big, and moving them to an ordinary cloud drive often makes this worse, not better, because of syncing. How big are the models roughly, and how many people work on one model at once?"),
     c("Some are 800 megabyte. Three, four people on one model. Honestly I don't know if cloud is better, the partner read an article.", None),
     t("Then let's not decide on cloud yet. I'd suggest a two-day assessment, 1,200 euro: we measure your VPN, look at the server and test one live project on a cloud option built for Revit. You get a written recommendation - cloud, a new server, or a mix - with costs for each."),
     c("1,200 only to look? We hoped to spend the money on the solution.", "too_expensive"),
     t("Understandable. If you go ahead with us, the 1,200 comes off the project; if not, you keep a report you can give any supplier. Could I come Thursday for an hour with you and the partner, free, before you decide on the assessment?")],
    [o,
     t("Happy to. For 22 users we'd move you to Microsoft 365 with SharePoint and OneDrive. Do you know how much data is on the server?"),
     c("Around four terabyte. Most is Revit models. People at home complain it is very slow over the VPN.", None),
     t("Four terabytes is fine for SharePoint. The migration takes about three weeks, done in the evenings so nobody is disturbed. Licences are about 20 euro per user a month, and the project is around 9,000 euro."),
     c("9,000... that's a lot, but okay, the server must go anyway. And the Revit will be faster then?", "too_expensive"),
     t("It should be better than the VPN, yes, because people can work from anywhere. There's a sync client, so the files sit on their laptops."),
     c("Okay. Send me the offer and I show the partner.", "think_it_over"),
     t("I'll have it to you by Friday, with a migration timeline.")]))

# d02 - bridal shop, Belfast
o = c("Hiya. I'm getting married in August and my mum's with me. I've tried on loads in other shops and I just haven't felt anything yet.", None)
PAIRS.append(rpair(
    "b64r_d02_belfast_bridal_dress",
    "A bride and her mother visit a bridal shop after several disappointing fittings elsewhere. Better asks what was wrong and what the day is like, then chooses dresses for a barn wedding with dancing; worse shows popular styles and reacts.",
    [o,
     t("Congratulations! Welcome to you both. When you say you haven't felt anything - what was wrong with the ones you tried? Even small things help."),
     c("They were all big and princessy. Everyone says you have to go big for your wedding, but I felt like I was wearing a cake.", None),
     t("So not big and not princessy. Tell me about the day itself - where is it, and what's the feel of it?"),
     c("It's in a barn near Hillsborough, quite relaxed, a ceilidh after. I want to be able to dance. Budget's about 1,500, my mum's helping.", None),
     t("A barn and a ceilidh - you need to move and not trip. I'd pull three for you: a crepe slip with a low back, a lace one with a bit of stretch, and a two-piece with a skirt you can swap for the evening. All between 1,100 and 1,450. Shall we try the slip first and you give it a twirl?"),
     c("The two-piece sounds mad but I'll try it. Mum will hate it, she wanted a veil and all.", None),
     t("We can find a veil that works with any of them - that can be your mum's bit. Let's start with the slip, and you tell me honestly how it feels.")],
    [o,
     t("Congratulations! Welcome. Let me show you our most popular styles this season, we've a lovely range in."),
     c("Okay. I've tried loads of big ones in other shops and they're just not me.", None),
     t("No bother, we've slimmer styles too. This one's a fitted lace, really popular, 1,650. And this mermaid is gorgeous on."),
     c("1,650's a bit over what we said, we're thinking about 1,500. And the mermaid looks hard to dance in.", "too_expensive"),
     t("There's usually a bit of room on alterations, and the lace is worth it. For something easier to move in there's this A-line with pockets, 1,390."),
     c("Pockets are nice. I'll try that one and the lace.", None),
     t("Lovely, I'll get the fitting room ready.")]))

# d03 - dental clinic, Athens; German woman living in Greece
o = c("Hello, I want to ask about the whitening. My daughter gets married in three weeks and in the photos I want to look nice.", None)
PAIRS.append(rpair(
    "b64r_d03_athens_dental_whitening",
    "A woman asks a dental clinic's reception about whitening before her daughter's wedding. Better checks sensitivity, the front crown and the last check-up first and suggests a gentler, cheaper route; worse books the standard treatment and answers concerns as they come.",
    [o,
     t("How lovely, congratulations. Three weeks is enough time for whitening. Can I ask - do you have any sensitivity when you drink something cold, and any fillings or crowns at the front?"),
     c("Yes, cold water hurts a little on the left side. And I have one crown in front, from many years ago.", None),
     t("Thank you, that matters. The crown won't whiten - it keeps its colour, so if the other teeth get lighter it could look darker next to them. And with sensitivity, in-clinic whitening can hurt for a day or two. When did you last have a check-up and cleaning?"),
     c("Maybe two years. I was busy with the wedding plans, and before that with my mother in hospital.", None),
     t("Understandable. I'd suggest a check-up and cleaning first, 60 euro - sometimes the cleaning alone brightens a lot, and the dentist looks at that left side. Then, if you still want whitening, a home kit with trays is gentler for sensitive teeth, 180 instead of 350 in the clinic. The dentist will tell you honestly how the crown will look."),
     c("Okay, this is sensible. Cleaning first. Can it be this week? After Friday everything is the wedding.", None),
     t("Thursday at 11 is free. If whitening is right for you, you'd start the trays that weekend, which still leaves two weeks before the wedding.")],
    [o,
     t("Congratulations! Yes, we do whitening in the clinic, one session of 90 minutes, 350 euro, and you see the result the same day. Would you like to book?"),
     c("350... okay. But cold water hurts me a little on the left side. Is this a problem?", None),
     t("Some people feel sensitivity after whitening for a day or two. We use a desensitising gel, it helps a lot. Most patients are fine."),
     c("And I have one crown in front. This also becomes white?", None),
     t("No, crowns don't change colour, but usually the difference is small. The dentist will check on the day."),
     c("Hmm. I think I book, but I am a little afraid. Can I think until tomorrow?", "think_it_over"),
     t("Of course. We have Thursday and next Tuesday free. Call us tomorrow and we'll hold one for you.")]))

# d04 - music school, Vancouver
o = c("Hi, I'm looking into piano lessons for my son, he's seven. He's always banging on things, so I figure he's musical?", None)
PAIRS.append(rpair(
    "b64r_d04_vancouver_music_lessons",
    "A parent calls a music school about piano for a restless seven-year-old. Better explores what the child actually enjoys and offers trials in piano and percussion plus monthly payment; worse signs him up for piano competently.",
    [o,
     t("Ha, banging on things is a good start. What does he bang on - pots, the table, anything with a beat? And is there a piano or keyboard at home?"),
     c("Everything. Pots, the steering wheel, his sister's head. We don't have a piano, my sister has an old keyboard she could give us.", None),
     t("Sounds like rhythm is his thing. Piano can work, but at seven a lot of rhythm-loving kids get frustrated sitting still for thirty minutes. How is he with sitting still - at school, with homework?"),
     c("Honestly, terrible. His teacher calls him a wiggler. And I'm a bit wary, my older one quit violin after three months and we'd paid for the whole term.", "bad_experience"),
     t("Useful to know. Two ideas: a free trial in piano and one in our kids' percussion class, same afternoon, and you watch which one he lights up in. And whichever he picks, you pay monthly rather than by the term, so if it's the violin story again you're not stuck."),
     c("Monthly's better. How much is a month?", None),
     t("Piano is 140 a month for weekly half-hour lessons; the percussion group is 95. Saturday trials at ten and ten-thirty?")],
    [o,
     t("Great, we'd love to have him. Beginner piano is thirty-minute weekly lessons, 140 a month, or 520 for the ten-week term. Do you have an instrument at home?"),
     c("Not yet. My sister has an old keyboard she could give us.", None),
     t("A keyboard is fine to start, as long as it has full-size keys. For seven-year-olds we use a fun method book with stickers and songs he'll know."),
     c("Sounds good. I'm a bit wary though, my older one quit violin after three months and we'd paid for the term.", "bad_experience"),
     t("That happens. You can pay monthly instead of the term - a bit more per lesson, but no commitment. And the first lesson is a free trial."),
     c("Okay, monthly then. Can he try this Saturday?", None),
     t("Saturday at ten with Ms Liang. See you then.")]))

# d05 - mortgage adviser, Cardiff
o = c("Hiya. Our fix ends in June and the bank's offered us a new five-year deal. I just want someone to tell me if it's any good before I sign.", None)
PAIRS.append(rpair(
    "b64r_d05_cardiff_mortgage_fix",
    "A homeowner asks an independent mortgage adviser to check a five-year remortgage offer. Better asks about plans first and finds a likely move within three years (early repayment charges); worse compares rates accurately but only rates.",
    [o,
     t("Happy to. Before I look at the rate - how settled are you in the house? Any chance you'd move, or need to borrow more, in the next five years?"),
     c("Funny you ask. We've a second baby on the way and we keep saying the house is too small. Maybe in two, three years we'd move.", None),
     t("That changes things. A five-year fix usually has early repayment charges, often 3 to 5 percent if you leave early. Roughly what's left on the mortgage?"),
     c("About 160,000. So five percent is eight grand? Christ.", None),
     t("Could be, yes. So I'd compare three things: the bank's five-year, a two- or three-year fix, and whether the five-year is portable - meaning you can take it to a new house. My fee is 295, only if you go ahead through me. Can you send me the bank's offer letter so I can read the small print?"),
     c("I'll dig it out. 295's fine if it saves me eight grand. Let me talk to Rhiannon tonight though.", "think_it_over"),
     t("Course. Send it when you can, and by Thursday I'll come back with the three side by side, exit charges in pounds rather than percentages.")],
    [o,
     t("Happy to. What rate have they offered you?"),
     c("4.39 percent, five years fixed, no fee.", None),
     t("That's decent. I can see a couple of lenders at around 4.2 on five-year fixes at the moment, some with a fee of about a thousand. What's your balance?"),
     c("About 160,000. Is 0.2 percent worth the hassle?", None),
     t("On 160,000 it's about 25 pounds a month, so roughly 1,500 over five years, minus the fee - around 500 better. My fee is 295, so it's close. Honestly, the bank's offer is competitive."),
     c("Right. So I might as well just sign theirs, then.", None),
     t("You could. If you like, send me the offer letter and I'll double-check there's nothing odd in it.")]))

# d06 - co-working space, Bangalore
o = c("Hi, we're a six-person startup, currently working from my flat in Indiranagar. Looking for co-working, maybe dedicated desks. What's the pricing?", None)
PAIRS.append(rpair(
    "b64r_d06_bangalore_coworking",
    "A startup founder asks a co-working space about desks for six. Better gives the price, then learns about nightly US calls and uncertain growth and fits the offer (cabin, month-to-month, free trial days); worse answers each question correctly and tours.",
    [o,
     t("Hi! Dedicated desks are 9,500 rupees per seat a month. Before I suggest anything - what does a normal day look like for the team? Lots of calls, quiet coding, clients visiting?"),
     c("Mostly coding. But two of us are on calls with US clients from 7 pm to midnight. That's actually why the flat isn't working, my neighbours complain.", None),
     t("So late-night calls are a big part of it. Desks here are open 24 hours, but the phone booths are first-come. Do those two need a closed space every night, or a booth now and then?"),
     c("Every night, basically. Also we might be ten people by June if funding closes, but it might not, so I can't sign for a year.", "think_it_over"),
     t("Understood. Then look at a small private cabin for six, 62,000 a month - about the same as six desks plus booth fees, and your night calls are behind a door. Month-to-month with one month's notice, and if you grow we move you to a ten-seat cabin without a new contract."),
     c("62k is more than I budgeted. I had 50 in mind.", "no_money"),
     t("Fair. Then come and try before deciding: I'll give you the cabin free for two days this week, including one late night, and we compare it honestly with six desks. If the desks and a booth work for you, that's cheaper.")],
    [o,
     t("Hi! Dedicated desks are 9,500 a seat per month, hot desks 6,500. For six that's 57,000 for dedicated. Would you like a tour?"),
     c("Sure. Two of us do US calls at night though, 7 to midnight. Is that possible?", None),
     t("Yes, we're open 24/7, and there are four phone booths on each floor. Lots of our members work US hours."),
     c("Okay. And the contract? We might grow in June, not sure.", None),
     t("Minimum is six months for dedicated desks, and you can add seats any time. Let me show you the floor - there's a corner with six desks together."),
     c("Six months is a bit long for us, but let's see the space.", "think_it_over"),
     t("Of course, this way. The corner's by the window.")]))

# d07 - home care agency, Brisbane
o = c("Hi, um, I'm calling about my dad. He's 84, lives on his own in Chermside, and he's started forgetting things - left the stove on last week. I don't really know what I'm asking for.", None)
PAIRS.append(rpair(
    "b64r_d07_brisbane_homecare_dad",
    "A daughter phones a home-care agency about her father's early memory problems. Better explores her worry, his pride and routine, and proposes a small start plus the free government assessment; worse explains the service levels and prices clearly.",
    [o,
     t("That sounds worrying, and it's okay not to know - most families don't when they first ring. What worried you most about the stove - that he could get hurt, or that it's the start of something bigger?"),
     c("Both. And he's proud. If I turn up with a carer he'll tell them to get lost. Mum died two years ago and he says he's managing fine.", None),
     t("So the help has to feel like his choice, not yours. What does his week look like - does he cook, go out, see people?"),
     c("He cooks lunch, drives to the RSL on Wednesdays, sees me on Sundays. He hasn't had an aged care assessment, if that's what you mean.", None),
     t("That helps. The government assessment is free and opens up funded home care, though there can be a waitlist. Meanwhile many families start small - one visit a week, someone who cooks lunch with him and has a chat, about 90 dollars privately. We'd meet him first, with you there, as a visit rather than an inspection."),
     c("He'll still say he doesn't need it. And I'm not sure we can pay privately for long, he's on the pension.", "no_need"),
     t("He might. Then we keep it to one visit, framed as help with lunch, and I'll help you apply for the assessment today so funded care starts as soon as possible. Could we come on a Sunday, when you're there anyway?")],
    [o,
     t("I'm sorry to hear that. We have three levels of support: companionship visits, personal care, and 24-hour live-in care. For early stages we'd usually start with companionship, two hours a few times a week."),
     c("Okay. He's proud though, he might refuse.", None),
     t("That's very common. Our carers are trained in dementia care and they're good at building trust. We'd start with a free assessment visit at his home."),
     c("How much are the visits?", None),
     t("Companionship is 65 an hour with a two-hour minimum, so about 130 a visit. If he gets a government home care package later, it can cover some of that."),
     c("That adds up quick, three times a week. Let me talk to my brother.", "think_it_over"),
     t("Of course. I'll email you our info pack and the link to book the assessment.")]))

# d08 - corrugated packaging supplier, Izmir (Turkey); fig exporter, non-native English
o = c("Hello. We export dried figs to Germany. Our carton supplier is too expensive now. What is your price for a 5 kilo carton?", None)
PAIRS.append(rpair(
    "b64r_d08_izmir_packaging_figs",
    "A dried-fig exporter asks a packaging supplier for a cheaper carton. Better asks about shipping conditions, learns of a winter damage claim and offers a coated carton with a sample shipment; worse gives a good price fast.",
    [o,
     t("Hello, thank you. I can give a price - can you tell me about the carton you use now? Single or double wall, the size, and how you ship - pallets in trucks, containers?"),
     c("Double wall, 40 by 30 by 15. Trucks to Hamburg, on pallets. Price is now 14 lira each, very high.", None),
     t("Thanks. Any problems with the cartons arriving - crushing, moisture? Figs take humidity, and the trucks get cold at night in winter."),
     c("Yes! Last winter one customer sent back two pallets, the cartons were soft and broken at the bottom. We paid everything.", None),
     t("That's important, because a cheaper carton could make that worse. For five kilos of figs to Hamburg in winter I'd use our double wall with a moisture-resistant coating. It's 12.40, so still cheaper than now, and I'll send 200 samples for one shipment before you order."),
     c("12.40 is good. But our old supplier gives 60 days for payment. You?", None),
     t("30 days normally, 60 for more than 50,000 cartons a year. How many do you ship yearly? If we test one shipment first, we'll know before we talk about volume.")],
    [o,
     t("Hello! For a 5 kilo double-wall carton our price is 11.80 lira, for orders over 10,000."),
     c("11.80, okay, this is better than now. We use 40 by 30 by 15.", None),
     t("That size is standard for us. We deliver one week after the order, to your factory in Torbali."),
     c("Good. Our old supplier gives 60 days for payment. You?", None),
     t("30 days normally. For big volume we can talk about 60. I'll send you the offer today."),
     c("Okay. Just send me the offer by email, now I am busy with the harvest.", "brush_off"),
     t("Perfect, I'll send it this afternoon.")]))

# d09 - web agency, Lima (Peru); restaurant owner, non-native English
o = c("Hola, hello. I have a cevicheria in Barranco, twelve tables. My nephew says I need a website. How much do you charge?", None)
PAIRS.append(rpair(
    "b64r_d09_lima_restaurant_website",
    "A restaurant owner asks a small web agency for a website price. Better asks what the site should achieve, finds tourists search on maps, and starts with the cheaper map listing; worse offers a package and a smaller package.",
    [o,
     t("Hello! Prices go from about 900 to 4,000 soles, depending on what it does. What would you want the website to do for you - take reservations, show the menu, bring tourists?"),
     c("Tourists, yes. Many come with the phone, they search ceviche Barranco. Now they find the place next door, not me.", None),
     t("So the goal is that tourists searching on their phones find you. Do you have a Google Maps listing, with photos and opening hours? Most tourists choose from the map, not from websites."),
     c("I think my nephew made one years ago. I don't know the password. The hours are wrong, I think.", None),
     t("Then I'd start there, because that's where the tourists look. Fixing your listing - ownership, hours, menu in English, good photos - costs 450 soles. A simple one-page website in Spanish and English can come later if you still want it, 900."),
     c("450 only? My nephew said websites are very expensive. Maybe the website part I wait, money is short after the winter.", "no_money"),
     t("That's a sensible order. Let's fix the listing first, then look at the numbers in two months - how many people call or ask for directions - and you decide about the website. Can I come Tuesday morning before you open to take photos?")],
    [o,
     t("Hello! We have a restaurant package: five-page website, menu, gallery, contact form, Spanish and English, 2,800 soles, ready in three weeks."),
     c("2,800 is a lot. I have only twelve tables.", "too_expensive"),
     t("We also have a basic one-page site for 1,200, with the menu and a map. Many small restaurants start there."),
     c("And the tourists will find me? They search ceviche Barranco and they go next door.", None),
     t("We set it up with good keywords so Google can find it, and we can connect it to your Google Maps listing too."),
     c("Okay, the one-page. Can you start next week?", None),
     t("Yes, I'll send the contract and we start Monday.")]))

# d10 - mobile phone shop, Seoul; grandmother, non-native English
o = c("Excuse me. My old phone is the folding type. My grandchildren live in Toronto, they say grandma, get a smart phone so we can video call. But I am not good with these things.", None)
PAIRS.append(rpair(
    "b64r_d10_seoul_phone_grandmother",
    "An older woman in a phone shop wants a first smartphone to video-call grandchildren abroad. Better asks which app the family uses and about her eyesight, then offers two fitting options and sets it up with a test call; worse recommends popular models and adjusts when asked.",
    [o,
     t("Of course, we'll go slowly. Video calls to Toronto - do you know which app they use? KakaoTalk, or something else?"),
     c("My daughter uses KakaoTalk. The children speak English mostly, they use FaceTime, I think.", None),
     t("FaceTime only works between iPhones, so that matters. Does your daughter have an iPhone? And apart from calls, would you read news, take photos, or only calls?"),
     c("Daughter has iPhone. Me, only calls and photos of the grandchildren. My eyes are not good, small letters I cannot read.", None),
     t("Then two choices. An iPhone SE: FaceTime works directly with them, 650,000 won. Or a Galaxy A-series with a bigger screen, 400,000 won, using KakaoTalk video, which your daughter already has. On either I can set large text and put only the call buttons on the home screen. Would you like to hold both and see which screen is easier to read?"),
     c("650,000 is too much for me. The Galaxy, if Kakao video works with Canada, that is enough.", "too_expensive"),
     t("It works the same anywhere in the world over Wi-Fi. I'll set it up now with large letters and your daughter's Kakao, and we'll do a test call to her before you leave.")],
    [o,
     t("Certainly! For video calls the Galaxy A55 is very popular - good camera, big battery, 520,000 won. Or the iPhone 13 at 850,000."),
     c("Which one is easy? I am not good with these things.", None),
     t("Both are easy once you get used to them. The Galaxy has a simple mode with bigger icons, I can turn it on for you."),
     c("My grandchildren use FaceTime, I think. This works?", None),
     t("FaceTime is only on iPhone. On the Galaxy you can use KakaoTalk or WhatsApp video. Does your family use those?"),
     c("My daughter uses Kakao. Okay... but 520,000 is a lot. Is there cheaper?", "too_expensive"),
     t("The A35 is 410,000, nearly the same. I can set up simple mode and Kakao for you now.")]))
