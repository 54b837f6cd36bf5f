"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for blind66 (prefix b66)."""
from common import c, rpair, t

PAIRS = []

# d01 agricultural machinery dealer, Canterbury NZ
o = c("Gidday. I'm thinking about going up to a bigger tractor, something around 150 horse. Current one's a 110 and it's struggling.", None)
PAIRS.append(rpair(
    "b66r_d01_tractor_dealer_upgrade",
    "A sheep and beef farmer at a machinery dealer in Canterbury, New Zealand, wants a bigger tractor because his 110 hp struggles with a new mower on hills.",
    [o,
     t("What's it struggling with, one job, or across the board?"),
     c("Mainly the new mower conditioner, for silage. On the hills it bogs right down. Rest of the year the 110's fine. I'm doing silage for two neighbours now too.", None),
     t("So the 110 does the year fine, and it's the mower on the hills, a few weeks a year. A new 150 is about 260,000, a lot of tractor for that. A used 2019 140 with 2,100 hours is 148,000, and you'd keep the 110. Two tractors also means one breakdown doesn't stop silage."),
     c("148's still not cheap. The bank's already had a go at me over the mower.", "no_money"),
     t("Fair. How about we bring the 2019 out to your hill block next week and mow a paddock? If it doesn't pull the mower comfortably, there's no point. If it does, you've got real numbers for the bank, including what the neighbours pay you."),
     c("Yeah, righto. Thursday suits.", None)],
    [o,
     t("Sure. We've got the new 150 in the yard, great machine, 40 percent more power, CVT transmission, much nicer cab. What kind of work do you do?"),
     c("Sheep and beef, some silage now. It's the mower on the hills where the 110 struggles.", None),
     t("The 150 will handle that mower easily. It's 260,000, and we'd take the 110 as a trade, probably around 55,000."),
     c("Mm. Two-sixty's a big number. The bank's already had a go at me over the mower.", "no_money"),
     t("We've got manufacturer finance at 3.9 percent over five years, so about 3,800 a month. Want to take it for a drive?"),
     c("I'll have a drive, yeah, but I'll need to sit down with the accountant before anything.", "think_it_over")]))

# d02 bike shop, Amsterdam
o = c("Good morning. I am thinking of an electric bike. My knee is not so good anymore and the wind on the dyke to my allotment is killing me.", None)
PAIRS.append(rpair(
    "b66r_d02_bike_shop_light_ebike",
    "An older man in Amsterdam with a bad knee wants an e-bike for a windy 12 km ride; he lives on a third floor without a lift and carries his bike upstairs.",
    [o,
     t("That wind can be brutal. How far is the ride, and where will the bike be kept at home?"),
     c("About 12 kilometres. At home... I live on the third floor, no lift. My old bike I carry up, it's light.", None),
     t("That changes things. Most e-bikes are 25 kilos or more, and carrying that up three floors with a bad knee isn't a good idea. Is there a bike shed downstairs?"),
     c("There is a shed, but two bikes were stolen from it last year. I don't trust it.", None),
     t("Then I'd look at this one, our lightest, 16 kilos, and the battery comes out so you carry it up separately. 2,700 euro, range about 50 kilometres, plenty for the dyke. Want to lift it, then ride to the end of the street and back?"),
     c("16 kilos I can manage. 2,700 is more than I wanted to spend, but let me ride it.", "too_expensive"),
     t("Go ahead. Take the canal side, there's a headwind there today, so you'll really feel the motor.")],
    [o,
     t("Good choice for the wind. How far do you ride?"),
     c("About 12 kilometres to the allotment, on the dyke.", None),
     t("Then this is our best seller: strong mid motor, 500 Wh battery, 75 kilometres range, low step-through frame, good for the knee. It's 2,900 and very comfortable."),
     c("It looks heavy. How heavy is it?", None),
     t("About 27 kilos, but the motor does the work, you won't feel it when riding. Do you want to try it?"),
     c("Riding, no problem. But I live on the third floor. Hm. I will think about it.", "think_it_over")]))

# d03 wedding photographer, Tuscany (typed enquiry)
o = c("hi we are getting married in september near siena, about 60 guests. how much are you for the day", None)
PAIRS.append(rpair(
    "b66r_d03_wedding_photographer_siena",
    "A couple planning a 60-guest September wedding near Siena ask a photographer by chat for a price; they hate posing and the bride's 94-year-old grandmother is flying in.",
    [o,
     t("Congratulations! It depends on the hours, so two quick questions first: what matters most to you in the photos, and is there anything you really don't want?"),
     c("we hate posing honestly. we want real moments. and my nonna is 94, she is flying from melbourne, we want lots of her with everyone", None),
     t("Real moments, no long posed sessions, and plenty of nonna with the family. I'd suggest 8 hours, from getting ready to the first dance, with 20 minutes of quick family groups early in the afternoon while nonna is still fresh. That's 3,200 euro."),
     c("ok thats more than we hoped, we had like 2500 in mind", "no_money"),
     t("Understood. I could do 6 hours, ceremony to the start of dinner, for 2,500, you'd lose getting ready and the dancing. Or keep 8 hours and drop the album, which is 400 of the price. Shall I send both, and a full gallery from a similar wedding so you can see what unposed looks like?"),
     c("yes send both and the gallery pls. the album we can skip i think", None)],
    [o,
     t("Congratulations! I have three packages: 6 hours 2,500, 8 hours 3,200, full day 3,900. All include an online gallery; 8 hours and full day include an album."),
     c("ok. we dont like posing much. my nonna is 94 and coming from australia", None),
     t("Lovely, I'll make sure we get a family photo with her. Most couples choose the 8 hours, it covers everything from getting ready to the first dance."),
     c("3200 is a bit over our budget honestly", "no_money"),
     t("I can take 10 percent off if you book by the end of the month. Shall I send you the contract?"),
     c("send me the details, we are comparing with two other photographers", "think_it_over")]))

# d04 payroll software, Poland (impatient buyer)
o = c("I have fifteen minutes. We have 120 people, shift work, and our payroll is a mess. Tell me why I should look at you.", None)
PAIRS.append(rpair(
    "b66r_d04_payroll_software_shifts",
    "The impatient finance director of a 120-person factory near Poznan, burned by a failed nine-month payroll implementation, has night-shift allowances paid wrong every month.",
    [o,
     t("Then I'll be quick. What's the mess, concretely: errors, the time it takes, or people complaining?"),
     c("Night-shift allowances. Every month ten, fifteen people are paid wrong and HR spends three days fixing it in Excel.", None),
     t("So the night allowance rules, and three days a month of manual fixing. Do the shifts come from a time clock, or are they typed in?"),
     c("From the clock, exported to Excel, then typed into payroll. We tried one of the big systems before, nine months of implementation and we gave up.", "bad_experience"),
     t("Then I won't promise a big implementation. We import your clock data, set up only the allowance rules, and run it next to your current payroll for one month. If it matches your corrected figures, we talk; if not, you've lost nothing. The pilot is free; the licence is 9 zloty per employee per month if you continue."),
     c("Parallel for one month, free. Fine. Send me what you need from the clock.", None)],
    [o,
     t("Sure. We're a cloud payroll platform for mid-sized firms, with time tracking, allowance rules, employee self-service and tax office integration. What's the main issue?"),
     c("Night-shift allowances calculated wrong. Every month.", None),
     t("Our rules engine handles all Polish allowance types, including night and weekend shifts. The licence is 9 zloty per employee per month, implementation usually eight to twelve weeks."),
     c("Twelve weeks. The last system took nine months and we gave up.", "bad_experience"),
     t("We're much faster than the big vendors, our average is ten weeks. Can I book you a one-hour demo with our product specialist next week?"),
     c("A demo, maybe. Send me a date.", None)]))

# d05 optician, Cairo
o = c("Good evening. I need new glasses, I think. In the evenings I have headache, after I work on the laptop. My glasses are four years old.", None)
PAIRS.append(rpair(
    "b66r_d05_optician_laptop_headache",
    "A university lecturer in Cairo (non-native English) has evening headaches after laptop work; she switches glasses between teaching and her notes.",
    [o,
     t("Four years is a while. We'll test your eyes first. Tell me about your day: how many hours on the laptop, and do you also need to see far, like across a lecture hall?"),
     c("Maybe six hours laptop. And I teach, so I look at the students at the back and then at my notes. I change glasses, it is annoying.", None),
     t("So laptop most of the day, and in class you switch between far and your notes. After the test I'll tell you if it's the prescription. If your near vision has changed, there are two ways: progressives for everything, or office lenses for the laptop plus your distance pair for class."),
     c("What is the price difference? The progressive my colleague bought was 7,000 pounds, too much for me.", "too_expensive"),
     t("Office lenses are about 2,800 with the frame; good progressives start at 5,500. For six hours of laptop, office lenses are often more comfortable anyway. But let's test first; if your prescription hasn't changed, the headaches may be something for a doctor, not glasses."),
     c("Okay, test first. I have time now.", None)],
    [o,
     t("Of course. After four years your prescription has probably changed. Let's do a test."),
     c("Okay. I use the laptop a lot, and I teach also.", None),
     t("Your test shows the near vision has changed a little. I'd recommend progressive lenses, so you have everything in one pair, far, middle and near. The good ones are 5,500 with the frame."),
     c("5,500 is a lot. My colleague's were even more and she still complains.", "too_expensive"),
     t("The cheaper ones are 3,900, but the reading zone is narrower. Most people get used to progressives within two weeks."),
     c("Hmm. Let me think about it, I will come back.", "think_it_over")]))

# d06 coworking space, Buenos Aires
o = c("Hola, we are a small software company, four people, and we want an office. Can I see what you have?", None)
PAIRS.append(rpair(
    "b66r_d06_coworking_small_team",
    "The founder of a four-person remote software team in Buenos Aires wants an office, although the team only plans to meet twice a week.",
    [o,
     t("Sure, I'll show you around. Before that, how do you work now? Are the four of you together every day?"),
     c("No, we are all remote, from home. We want to meet more, maybe Tuesdays and Thursdays. The rest at home is fine.", None),
     t("Two days a week together. A private office for four, 1,100 dollars a month, would sit empty three days. The other way is four flex passes for eight days a month, 90 each, plus meeting room credits, around 480 a month. Do you need to leave equipment here, like screens?"),
     c("Screens, yes, that is the problem. We don't want to carry monitors every time.", None),
     t("There are lockers and shared monitors on the flex floor, but it's first come. If the screens matter a lot, a dedicated desk on your two days is in between, about 650. Want to come next Tuesday, all four, free, and try the flex floor?"),
     c("Yes, good idea. I tell the others.", None)],
    [o,
     t("Sure! We have private offices for four, with a window, 1,100 a month, all included: internet, coffee, meeting room hours."),
     c("1,100 is a lot for us. We are remote now, we only want to meet two times a week.", "too_expensive"),
     t("Understood. Then you could take flex passes, 90 per person per month for eight days. Meeting rooms are extra."),
     c("Okay. And the monitors? We don't want to carry screens.", None),
     t("There are some shared monitors on the flex floor. Shall I sign you up for four passes from next month?"),
     c("Let me talk with the team first.", "think_it_over")]))

# d07 pest control, Tampa
o = c("Hey, I found a bunch of little wings on my windowsill this morning, like a pile of them. My neighbor said it's termites. I'm kind of freaking out.", None)
PAIRS.append(rpair(
    "b66r_d07_pest_control_swarm",
    "A homeowner in Tampa finds a pile of insect wings on a windowsill after rain and fears termites; a relative was once sold an expensive treatment for ants.",
    [o,
     t("I get it, that's a scary thing to find. Which room, and were there bodies too, or just wings?"),
     c("Back bedroom, faces the yard. Mostly wings, a few little bugs dead. They came out of nowhere last night after the rain.", None),
     t("A swarm after rain in spring is classic for subterranean termites, but flying ants do the same, and they're treated very differently. Can you put a few in a zip bag? I'd like to inspect before anyone sells you anything. The inspection is free."),
     c("Free? Last company's free inspection turned into a 3,000 dollar contract in like ten minutes.", "bad_experience"),
     t("If it's ants, it's a 150 spot treatment and I'll tell you so. If it's termites, I'll show you where they're getting in, and you decide after. I can be there tomorrow between 9 and 11."),
     c("Tomorrow at 9 is perfect. I'll save the bugs.", None)],
    [o,
     t("Okay, don't worry, that sounds like a termite swarm, very common this time of year. Where did you find them?"),
     c("Back bedroom. After the rain last night.", None),
     t("Classic. We'd do an inspection and then most likely a liquid treatment around the foundation, with our annual protection plan. Usually 1,800 to 2,500 depending on the house."),
     c("Wow, that's a lot. A company did something like this to my sister and it turned out to be ants.", "bad_experience"),
     t("It could be ants, the inspection will tell us. The earliest I have is Thursday."),
     c("Thursday I work until 6. Is there nothing earlier?", "no_time"),
     t("Thursday's the earliest, but I can do 6:30 that evening.")]))

# d08 tutoring centre, Hong Kong
o = c("Hello, my son is in Form 3 and his maths marks dropped from 70 to 42 this year. I want him in tutoring, whatever he needs. He doesn't talk to me about it.", None)
PAIRS.append(rpair(
    "b66r_d08_tutoring_maths_drop",
    "A Hong Kong parent whose Form 3 son's maths marks fell from 70 to 42 wants tutoring; the boy now says he is stupid and already has piano twice a week.",
    [o,
     t("That's a big drop, I can see why you're worried. Do you know which topics it was, or was it the whole paper?"),
     c("The teacher said algebra, equations. But he was good at maths before. Now he says he's just stupid.", None),
     t("So it started this year, around algebra, and he's begun calling himself stupid. Often that's a gap from Form 1 or 2 that everything now builds on. I'd start with a 45-minute diagnostic with him, no charge, to find the gap before choosing a class."),
     c("Free, okay. But he won't want to come. He hates anything extra after school, he already has piano twice a week.", "no_time"),
     t("Then let's keep it small: Saturday morning, and I'll chat with him rather than test him in front of you. If it's one gap, a few one-to-one sessions may be enough, not a whole term."),
     c("Saturday works. I'll tell him it's just a chat.", None)],
    [o,
     t("That's a big drop. Our Form 3 maths group would be good for him, six students, twice a week, covering the whole syllabus."),
     c("The teacher says it's algebra. And twice a week is difficult, he already has piano twice a week.", "no_time"),
     t("We have Saturday groups too. The group covers algebra in depth in the first month. It's 2,400 a month."),
     c("2,400 a month. Okay. He says he's stupid at maths now, I hope it helps him.", None),
     t("Don't worry, most of our students improve a lot by the mock exams. Shall I reserve a seat in the Saturday group?"),
     c("Yes, reserve it. But I'll discuss the fee with my husband first.", "think_it_over")]))

# d09 commercial linen service, Lyon
o = c("Bonjour. I run a bistro, 45 covers. My linen supplier is terrible, grey napkins, late on Fridays. How much do you charge?", None)
PAIRS.append(rpair(
    "b66r_d09_restaurant_linen_supplier",
    "A Lyon bistro owner unhappy with grey napkins and late Friday deliveries asks a commercial laundry for its prices.",
    [o,
     t("Bonjour. Grey napkins and late Fridays, both fixable. How many covers a week, and is it tablecloths and napkins only, or kitchen cloths and aprons too?"),
     c("About 500 covers a week. Tablecloths, napkins, the kitchen torchons. The aprons we wash ourselves.", None),
     t("And the Friday delivery, by what time do you need it for service?"),
     c("By 11. They come at 2, after lunch, so Friday lunch we use the bad old napkins. My chef is furious.", None),
     t("Then I'd put you on our Thursday evening round, so you're stocked before Friday. For your volume it's about 0.38 per napkin and 2.90 per tablecloth, roughly 1,100 a month. I'd suggest one trial week before you sign anything, and you judge the white yourself."),
     c("1,100, it's more than I pay now. But a trial, yes, why not.", "too_expensive")],
    [o,
     t("Bonjour. Napkins are 0.38, tablecloths 2.90, kitchen torchons 0.25, delivery twice a week included. Minimum contract is 12 months."),
     c("12 months. After what I had with these people, I don't like to sign for a year.", "bad_experience"),
     t("I understand. Our quality is much better and we're never late. What volume do you have?"),
     c("500 covers a week. Friday delivery is what matters, before 11.", None),
     t("We deliver Tuesdays and Fridays, in the morning. So that would be about 1,100 a month. Shall I send you the contract?"),
     c("Just email it. I'll look when I have a minute.", "brush_off")]))

# d10 piano shop, Vienna
o = c("Gruss Gott. My daughter is eight and started piano lessons. Her teacher says she needs a real piano at home. What do you have?", None)
PAIRS.append(rpair(
    "b66r_d10_piano_shop_beginner",
    "A parent in Vienna needs a piano for an eight-year-old beginner, in an old flat above a neighbour who is sensitive to noise.",
    [o,
     t("Wonderful. How long has she been playing, and where would the piano stand, a house or a flat?"),
     c("Three months. A flat, old building, and the neighbour below is a retired judge. Very sensitive to noise.", None),
     t("Three months, and a neighbour who minds noise. Two honest options: an upright with a silent system, so she can play through headphones when needed, new about 7,900. Or rent one of our uprights for 65 a month, and if she's still playing in a year, the rent counts towards buying."),
     c("Renting is interesting. Her cousin stopped after six months and now they have a piano for 6,000 standing there.", None),
     t("That happens a lot at eight. Renting keeps the risk small, and a silent system can be fitted later. We check the stairs and the floor before delivery, free. Shall I note one for you?"),
     c("Yes, but first I want to ask the teacher if the rental one is good enough.", "think_it_over")],
    [o,
     t("For a beginner I'd recommend a good upright. This Yamaha is 118 cm, lovely touch, new 6,400."),
     c("It's beautiful. We live in a flat, though, and the neighbour below complains about everything.", None),
     t("A piano isn't very loud when played softly, and you can agree playing hours with him. Many of our customers live in flats."),
     c("6,400 is a lot if she gives up after a year.", "too_expensive"),
     t("We also rent, 65 a month, and it counts towards buying later. Would you like that?"),
     c("Maybe. I'll think about it and ask her teacher.", "think_it_over")]))
