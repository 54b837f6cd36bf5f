"""Gaming pairs, part A (kinds 1-5, two each). Written by hand for blind74."""
from common import c, gpair, t

PAIRS = []

# 1. monologue - elevator maintenance, Riga
o = c("Good day. I am chair of the owners association at Brivibas street 140. Our lift contract ends in March and I was asked to collect offers.", None)
PAIRS.append(gpair(
    "b74g_riga_elevator_contract", "elevator maintenance contract (Riga, Latvia)", "monologue",
    "Chair of a Soviet-era apartment block's owners association collects offers for lift maintenance.",
    [o,
     t("Good day, thank you for writing to us. Before I put numbers together, tell me about the lift: how old, how many floors, and what goes wrong with it, if anything?"),
     c("It is Soviet lift, from 1979, nine floors. It stops between floors maybe two times a month. Old people are afraid to use it. We pay now 95 euro monthly.", None),
     t("Stopping twice a month with elderly residents, that is a real worry. When it stops, how long does your current company take to come?"),
     c("Sometimes one hour. Once it was four hours, at night. A woman with heart problem was inside. After that people want to change.", None),
     t("Four hours at night with someone unwell inside. So what matters is fewer stoppages and a fast response. Is the budget fixed by the association?"),
     c("Budget is the difficult part. Many pensioners. If it is more than 120 a month the meeting says no, I know these people.", None),
     t("Clear, 120 is the ceiling. Our contract for a lift that age is 110 a month, 45-minute response day and night. On a 1979 lift the door drive is usually why it stops, and that is not included. I'd like a technician to look first, free, so the offer is about your lift and not a guess. Thursday morning?"),
     c("Thursday I work. Saturday is possible?", "no_time"),
     t("Saturday at ten, yes. I'll send the technician's name by SMS tomorrow and the written offer within three days after the visit, before your meeting."),
     c("Good. Then I can show the meeting offers on paper. Thank you.", None)],
    [o,
     t("Good day, and thank you for reaching out! Let me tell you about our experience: 600 lifts in Riga, 24/7 dispatch, our own parts warehouse, and every relationship built on success. Our Premium Care plan is 149 a month and covers everything, remote monitoring, a quarterly board report. What's most important to you?"),
     c("The lift stops very often. And we have many pensioners, so the price-", None),
     t("Absolutely, which is exactly why remote monitoring matters: our sensors know before the lift stops. Plus a free LED cabin light, a new emergency phone, a five-year modernisation plan. Most associations in Purvciems took it last year. Any questions?"),
     c("Yes. 149 is impossible for our house. I told you, pensioners.", "no_money"),
     t("I hear you, budget is always a concern. But think of the cost of not acting: a new lift is 60,000. With us you also get a named engineer and our app, which older people love once they learn it. And I haven't even mentioned our financing..."),
     c("Please, just send the offer by email. I will put it with the others.", "brush_off"),
     t("Of course! I can include free app training if the board signs this month. Anything else I can help you with today?"),
     c("No. Goodbye.", None)]))

# 2. monologue - beekeeping supplies, Saskatchewan
o = c("Hi, um, yeah, so I've got, well, my wife and I have four hives now, and we're kinda done extracting with the, uh, the borrowed crank one from the neighbour.", None)
PAIRS.append(gpair(
    "b74g_nipawin_honey_extractor", "beekeeping supplies (Nipawin, Saskatchewan)", "monologue",
    "Hobby beekeeper on a grain farm phones the bee supply shop about buying his own extractor.",
    [o,
     t("Four hives, nice. So you're after your own extractor. How much honey did you pull last year, roughly?"),
     c("Oh, uh, I wanna say a hundred and sixty pounds? Took us a whole weekend, and my back was, yeah. Not great.", None),
     t("A whole weekend for 160 pounds, and hard on your back. Are you staying around four hives, or growing?"),
     c("Well, she wants ten. I'm saying six. We'll see who wins, ha. Money's kinda tight this year, the canola didn't do great.", None),
     t("Fair enough. A 9-frame manual radial at 640 handles six to ten hives; the motorised one is 1,450, which is a big jump. If the back is the real problem, the manual one takes a drill adaptor for 45 bucks. Which matters more right now, the cost or the weekend?"),
     c("Huh. The drill thing, didn't know that was a thing. Honestly the back. But I gotta talk to Linda before I spend six hundred on anything.", "think_it_over"),
     t("Makes sense, it's her honey too. I can set the manual one with the adaptor aside till Saturday, no deposit, and email you both the spec sheet and a short video of the drill setup tonight."),
     c("Yeah, email's good, the farm address, you've got it from when we got the foundation sheets.", None),
     t("Got it. Video and specs tonight, on hold till Saturday, and if Linda wins and it's ten hives, call me and we'll talk about the motor then."),
     c("Perfect. Thanks, eh.", None)],
    [o,
     t("Hey, welcome! Let me tell you what we've got, because customer success is our thing. The 20-frame motorised, stainless, variable speed, the experience on it is incredible, guys say it changed their life. 2,890 but it pays for itself. Uncapping tanks, bottling buckets, and if you're growing, and everybody's growing, the heated knife too. What's your main need, would you say?"),
     c("Uh, well, I mean, it's four hives. Maybe six. Twenty frames is, that's a lot of, um-", None),
     t("Totally, and I hear that a lot, but think of it this way: guys who buy small come back in two years and buy again. So the bigger one is really the cheaper one. Your back will thank you. With the uncapping tank and bottling we can do a package around 3,400."),
     c("Thirty-four hundred. Yeah, no. That's more than the honey's worth, buddy. I sell it at the market for twelve bucks a jar.", "too_expensive"),
     t("Right, and I understand where you're coming from, but think of the value, the experience of doing it properly. We have twelve months financing. And the warranty, five years on the motor, industry-leading-"),
     c("I'm gonna, ah, I'm gonna stick with the neighbour's crank for now. Thanks anyway.", "no_need"),
     t("No worries! I'll send you our catalogue. Anything else I can do for you today?"),
     c("Nope.", None)]))

# 3. closing_as_open_question - school uniforms, Kaunas
o = c("hi my son starts 1st grade at jablonskis progymnasium in september, what do i need", None)
PAIRS.append(gpair(
    "b74g_kaunas_school_uniform", "school uniform shop (Kaunas, Lithuania)", "closing_as_open_question",
    "A mother writes in the shop chat about her son's first school uniform.",
    [o,
     t("Hi, and congratulations to him! That school asks for the navy jacket with the emblem, grey trousers and white or light blue shirts. Do you know his sizes, or would you like to come in and try?"),
     c("he is 7 but tall, 128 maybe 134. we live in silainiai so coming is ok on weekend", None),
     t("Coming in is best then; at that age a size up in the jacket usually lasts longer. Is there anything from a sibling or cousin he could reuse?"),
     c("his cousin gave 2 trousers but they are bit worn. jacket we need new. how much is jacket, my sister said last year it was expensive", None),
     t("The jacket is 54 euro, trousers 22 if you need a new pair later. The cousin's trousers are fine for the first weeks, we can look at the knees when you come. Saturday 10 to 15. Shall I hold a 128 and a 134 so he can try both?"),
     c("ok. can i pay with the municipality uniform support card", None),
     t("Yes, the Kaunas support card works here, bring it along. Which name should I put the two jackets under?"),
     c("rasa petrauskiene. thank you", None)],
    [o,
     t("Hi, and congratulations! What would make this the perfect start of school for him? Most parents take our Starter Set: jacket, two trousers, three shirts, tie and sports kit, 149 euro. Which size shall I pack?"),
     c("i dont know size. and we have trousers from cousin", None),
     t("Great, so what I'm hearing is you want him to look his best on day one! How would you like to pay for the Starter Set, card or bank link?"),
     c("i didnt say i want the set. i need only jacket", "no_need"),
     t("Absolutely. What would it take for you to go with the full set today? A free name-label pack if you order in the next hour."),
     c("149 is a lot for us, support card is only 80", "no_money"),
     t("Totally hear you. So when would suit you for delivery, this Friday or next Monday?"),
     c("neither. i will go try on in akropolis", "brush_off"),
     t("Of course! Before you go, how satisfied are you with our chat today, 1 to 10?"),
     c("3", None)]))

# 4. closing_as_open_question - grain drying, Manitoba
o = c("Calling about a grain dryer. Our old Vertec's about done. Got a quote from the other dealer already.", None)
PAIRS.append(gpair(
    "b74g_brandon_grain_dryer", "grain dryer dealer (Brandon, Manitoba)", "closing_as_open_question",
    "A corn and canola farmer phones a second dealer after getting one quote for a new dryer.",
    [o,
     t("Thanks for calling us too. What's going on with the Vertec, is it capacity, breakdowns, fuel?"),
     c("All of it. It's a '94. Burner's been rebuilt twice. Last fall we were drying till two in the morning and still couldn't keep up with the combine.", None),
     t("So it can't keep pace and it's costing you nights. How many acres of corn, and what moisture are you taking it off at?"),
     c("Eleven hundred acres corn. Twenty-two, twenty-four percent if it's a wet fall.", None),
     t("At that volume you're looking at 700 to 900 bushels an hour. Your propane costs will matter as much as the sticker. What did the other dealer quote, if you don't mind?"),
     c("Two eighty-five installed. And I'm in no hurry to spend that, I'll tell ya. Bank's already on me about the new bin.", "no_money"),
     t("Understood. Then two options: I compare both quotes on propane per bushel, where ours usually wins back the difference in five or six years, or we look at a good used unit with a new burner. Can I come out, see the setup, and leave both numbers with you?"),
     c("Yeah, alright. Not this week, we're hauling. Week after.", "no_time"),
     t("Week after. I'll call Monday the 14th to pick a day, and bring the propane comparison on paper so you can show the bank."),
     c("Sounds good.", None)],
    [o,
     t("Thanks for calling! What would it take for us to earn your business today over the other dealer?"),
     c("Well, I gotta see what you've got first. It's an old Vertec, it can't keep up.", None),
     t("Love it. So when we get you into the new 1218, how soon would you want it installed, before harvest or right after?"),
     c("Whoa. I don't know what a 1218 is or what it costs.", None),
     t("Great question! 312 installed. How would you like to structure payments, annual or semi-annual?"),
     c("Three twelve? The other guy was two eighty-five for about the same thing.", "too_expensive"),
     t("I hear you. What would you need to see on paper to sign this week? I can throw in a jacket and a hat."),
     c("A hat. Jeez. I'll stick with the other quote, thanks.", "no_need"),
     t("Totally respect that. Just so I understand, what would have to change for you to pick us?"),
     c("Your attitude, for starters.", None)]))

# 5. pitch_as_paraphrase - hearing aids, Tbilisi
o = c("Hello. I come for my father. He is 78, he does not hear the television, my mother is going crazy because of the volume.", None)
PAIRS.append(gpair(
    "b74g_tbilisi_hearing_aid", "hearing aid clinic (Tbilisi, Georgia)", "pitch_as_paraphrase",
    "A daughter comes to a hearing clinic on behalf of her reluctant elderly father.",
    [o,
     t("Hello, thank you for coming. Has your father had a hearing test before, or would it be the first time?"),
     c("One time, 2019, in polyclinic. They gave him a cheap one, he wore it two weeks and put it in a drawer. He said it whistles.", None),
     t("So the last one whistled and ended in a drawer. That happens a lot when the fit is poor. Is he willing to try again, or is it mostly your mother who wants it?"),
     c("Honestly he says 'I don't need, I hear what is important.' He is stubborn.", "no_need"),
     t("Very common. What does he miss that matters to him: grandchildren on the phone, church, the news?"),
     c("The grandchildren. My son calls from Berlin and papa pretends he understands. After, he is sad.", None),
     t("Then maybe start there, the calls with his grandson, not the television. The test is 40 minutes and free. If he needs something, we lend a device for two weeks at home before anyone pays, so he decides himself whether it whistles. Which day suits him?"),
     c("Two weeks at home is good, then he cannot say I forced him. Maybe Tuesday, after his doctor.", None),
     t("Tuesday at 12 then. I'll note that his main wish is the phone calls, so the audiologist sets it up for that first."),
     c("Thank you, you are very kind.", None)],
    [o,
     t("Hello, welcome. Tell me about your father's experience with his hearing."),
     c("He does not hear the TV. One time he had a hearing aid, it whistled, he stopped wearing it.", None),
     t("So what I'm hearing is that he needs our premium rechargeable pair, no whistling, Bluetooth to the TV, 5,900 lari. Is that right?"),
     c("I did not say this. I don't know what he needs, this is why we came.", None),
     t("Of course. So if I understand you correctly, the most important thing for your family is the best quality, which is the top model. Did I get that right?"),
     c("No. Most important is that he agrees to wear it. And 5,900 is more than his pension for half a year.", "no_money"),
     t("Understood. So to summarise what you told me: you want a premium solution that lasts, paid in twelve instalments. Correct?"),
     c("You summarise things I never said. I will take him to the clinic on Pekini, thank you.", None),
     t("Thank you for visiting! Did I fully understand your needs today?"),
     c("No.", None)]))

# 6. pitch_as_paraphrase - co-working desks, Tallinn
o = c("hi. looking at desks. need something in kalamaja or close. start next month", None)
PAIRS.append(gpair(
    "b74g_tallinn_coworking_desk", "co-working space (Tallinn, Estonia)", "pitch_as_paraphrase",
    "A freelance developer asks a co-working space about a desk by chat.",
    [o,
     t("Hi! We're on Kopli street, 5 min from Kalamaja park. How many days a week would you be in, and do you have many calls?"),
     c("3 days maybe. calls yes, clients in us so evenings till 21 sometimes", None),
     t("Evenings and calls, good to know: the open hall gets loud in the afternoon. Do you need a fixed desk for a monitor, or is a laptop anywhere fine?"),
     c("i have 2 monitors at home, dont want to carry. but fixed desk on your site is 260, too much for 3 days", "too_expensive"),
     t("Fair, 260 is priced for full-time. Option two: flex pass 150 plus a locker for 15, monitors stay on a shared dock, and evening calls in the booths, free after 18. Want to try a booth call one evening before you pick?"),
     c("ok that makes sense. thursday evening?", None),
     t("Thursday from 18, ask for Kadri at the front. The trial day is free."),
     c("👍", None)],
    [o,
     t("Hi! What does a great work experience look like for you?"),
     c("quiet. near kalamaja. 3 days a week", None),
     t("So what you're telling me is you need our Studio Private Office at 490 a month, quiet and all yours. Right?"),
     c("no. i said desk not office. 490 lol", "no_need"),
     t("Got it, so if I'm hearing you right, what matters most is a premium setup with 24/7 access and meeting rooms, which is the Pro Desk at 320. Correct?"),
     c("never said meeting rooms. how much is just flex 3 days", None),
     t("Great question. So what I'm hearing is flexibility is key, which is exactly why the Pro Desk includes unlimited days! Shall I send the contract?"),
     c("no thanks. will compare with lift99 and the one in telliskivi first", "think_it_over"),
     t("Sure! Just to close the loop: anything else I can help with?"),
     c("no", None)]))

# 7. upsell_as_loop_closing - ferry tickets, Cesme
o = c("Hello, I need two tickets to Chios tomorrow morning, me and my husband, only one way. We come back with other ferry from Lesvos.", None)
PAIRS.append(gpair(
    "b74g_cesme_ferry_ticket", "ferry ticket office (Cesme, Turkey)", "upsell_as_loop_closing",
    "A Polish tourist at the port ticket window buys one-way tickets to a Greek island.",
    [o,
     t("Good morning. Tomorrow the 8:30 has seats. One way to Chios is 50 euro per person. Will you have passports with you?"),
     c("50 each? On internet I read 40.", "too_expensive"),
     t("40 was the winter price; from June every company on this route is 50, I'm sorry. And passports? The Greek side checks them."),
     c("Ok, if everywhere same. Passports yes. But is it a problem we come back from other island? My husband is worried they don't let us in Turkey again.", None),
     t("No problem, many people do that route. Are you both EU citizens, or does anyone need a Turkish visa?"),
     c("Polish, both. Visa not needed, I think.", None),
     t("Right, Poles need no visa for a short stay. Just bags, or a car too?"),
     c("Only two suitcases.", None),
     t("Luggage is free. Be at the port at 7:45 for passport control. That's 100 euro."),
     c("Thank you, very clear.", None)],
    [o,
     t("Good morning! Tomorrow 8:30, 50 euro per person. Before we finish, what else can I add to make your trip perfect? Most couples take the return, only 30 more each."),
     c("No return, I said, we go back from Lesvos with other ferry.", "no_need"),
     t("Of course! And to close the loop on your comfort, shall I add lounge seats? 15 each, with coffee."),
     c("It is one hour ferry. We sit outside. No thank you.", "no_need"),
     t("Perfect. Just to make sure nothing is missing: travel insurance for Greece, 12 each? People forget and then regret."),
     c("My husband asks if it is a problem to come back from other island. You did not say.", None),
     t("No problem at all. So, anything else I can add, a Chios island tour, 35 per person with lunch?"),
     c("Only the two tickets. Please. 100 euro. Here.", "no_need"),
     t("Of course! And is there anything else at all I can help you with today?"),
     c("No. Really no.", None)]))

# 8. upsell_as_loop_closing - dog grooming, Omaha
o = c("Hi there! I've got Biscuit, she's a goldendoodle, and she's, oh gosh, she's matted behind the ears again. Can you guys take her Saturday?", None)
PAIRS.append(gpair(
    "b74g_omaha_dog_grooming", "dog grooming salon (Omaha, Nebraska)", "upsell_as_loop_closing",
    "A dog owner phones to book a groom for a matted goldendoodle.",
    [o,
     t("Hi! Poor Biscuit. Saturday we have 9 or 1:30. How bad are the mats, can you get a comb through, or is it tight to the skin?"),
     c("Oh, it's tight. I tried and she yelped and I felt awful. The last place shaved her right down, she looked like a little lamb, ha. Anyway.", None),
     t("With tight mats by the ears we'd clip short just there; it's kinder than brushing out. Would that be okay if we keep her length everywhere else?"),
     c("Yes! That's exactly it. Just the ears, keep her fluffy. Is it gonna cost extra for the mats?", None),
     t("Dematting is 15 on top of the 85 groom, only if needed, and we call you before doing anything beyond the ears. 9 or 1:30?"),
     c("Nine. And um, what can I do so this doesn't keep happening?", None),
     t("A metal comb behind the ears twice a week, two minutes. I'll show you at pick-up. What name for the booking?"),
     c("Karen Lindqvist. Thank you so much!", None)],
    [o,
     t("Hi! Saturday at 9 works, full groom 85. And what else can I add for Biscuit to make it a complete spa experience? Blueberry facial is 12."),
     c("Oh, um, I just want the mats out really. She hates her ears touched.", None),
     t("Totally understand. To close the loop, shall I put down teeth brushing too? 10 bucks, most doodle moms add it."),
     c("I brush her teeth at home, thanks.", "no_need"),
     t("Great, and before we wrap up, anything else? Pawdicure with polish, 18, and a bandana-"),
     c("Are you going to shave her or not? The last groomer shaved her without asking. I'm not doing that again.", "bad_experience"),
     t("Our groomers always do what's best for the coat! So, anything else I can add today, our monthly Doodle Club is 69 and saves you 20%?"),
     c("You know what, I'll call the mobile groomer my sister uses.", None),
     t("No problem! Anything else I can help you with?"),
     c("Nope. Bye.", None)]))

# 9. leading_tag_questions - tattoo studio, Yerevan
o = c("Barev. Hello. I want small tattoo, my grandmother's signature, from a letter she wrote me. She passed in spring.", None)
PAIRS.append(gpair(
    "b74g_yerevan_memorial_tattoo", "tattoo studio (Yerevan, Armenia)", "leading_tag_questions",
    "A student wants his first tattoo, his late grandmother's signature.",
    [o,
     t("I'm sorry about your grandmother. Her own signature is a lovely idea. Do you have the letter, or a photo of it?"),
     c("Photo on phone. Here. The ink is a bit, how to say, shaking. She was old when she wrote.", None),
     t("The shake is part of her hand, I'd keep it. Where on your body, and how big?"),
     c("Inside of arm, here. Maybe 6 centimetres. My father will not be happy, he thinks tattoos are for prisoners, haha.", None),
     t("6 cm on the inner forearm works for fine line. Fine line blurs a bit over the years, so I'd make the lines slightly thicker than the photo, same shape. 25,000 dram, one session, about an hour. Does that work?"),
     c("25,000 is okay. But I am a little scared, it is my first. It hurts much there?", None),
     t("Inner forearm is one of the easy spots, most say it's like a cat scratch, and we stop any time. I'll draw it tonight and send the stencil so you see it before you decide."),
     c("Yes, send me first. If I like it, I come Saturday.", None),
     t("I'll send it on Telegram tonight."),
     c("Thank you, really.", None)],
    [o,
     t("Sorry for your loss. You'll want it bigger than that though, won't you? Signatures look better at 12 centimetres."),
     c("I was thinking small. Inside of arm.", None),
     t("Sure, but you'd want some roses and a date too, wouldn't you? Makes it a real memorial piece."),
     c("Roses... she did not like flowers really. Only the signature.", "no_need"),
     t("Of course. And you'll want our senior artist for something this important, won't you? 60,000 instead of 25,000, but it's your grandmother, right?"),
     c("60,000 I cannot, I am student.", "no_money"),
     t("I understand. But you wouldn't want to regret saving money on her memory, would you?"),
     c("This is not nice, what you say. I go to other studio.", None),
     t("No pressure! You'll come back when you're ready, won't you?"),
     c("Goodbye.", None)]))

# 10. leading_tag_questions - water well drilling, Iowa
o = c("Yeah, hi, we're building a little house on our land near Decorah, and we'll need a well. I've got no idea where to start.", None)
PAIRS.append(gpair(
    "b74g_decorah_well_drilling", "water well drilling (Decorah, Iowa)", "leading_tag_questions",
    "A retired man building a small house phones a well driller.",
    [o,
     t("Happy to help. Do any neighbours have wells, and do you know how deep they went?"),
     c("The Hendricksons next to us, about 200 feet I think. Their water's got a lot of iron, stains the sink orange.", None),
     t("Useful. Around here limestone is usually 150 to 250 feet down. How many people will live there, any livestock or a big garden?"),
     c("Just the two of us. My wife wants a big garden. No animals, we're too old for that.", None),
     t("Then a 6-inch well and a standard pump covers it. 42 dollars a foot, so about 8,400 at 200 feet, usually 14 to 16 thousand all in with pump and casing. I can't promise the depth until we drill; it could be more."),
     c("Whew. That's more than I figured. We guessed ten, maybe.", "too_expensive"),
     t("Lots of folks guess about that. If the Hendricksons agree, the county tests their water free, so you'd know now whether to budget a softener for the iron. Want a written estimate with a low and a high number?"),
     c("Yeah, send it. I want to show my son, he's the numbers guy in the family.", "think_it_over"),
     t("Will do by Friday, with the range and what drives it. The site visit is free when you're ready."),
     c("Appreciate it.", None)],
    [o,
     t("Sure. You'll want to go deep to be safe, won't you? Most folks do 350 feet."),
     c("Well, I don't know. The neighbours are at 200.", None),
     t("Sure, but you wouldn't want to run dry in August, would you? And you'll want the variable speed pump, that's a no-brainer, isn't it?"),
     c("What's the whole thing cost, roughly?", None),
     t("About 24 all in. Water's not something to skimp on, is it?"),
     c("Twenty-four thousand? For two old people? Come on.", "too_expensive"),
     t("You'd hate to pay twice, right? So we're good to put you on the May schedule, aren't we?"),
     c("No, we're not good. I'll call the fellow who did the Hendricksons' well.", None),
     t("Sure thing! Just so I understand your needs, is there anything else holding you back?"),
     c("You are.", None)]))
