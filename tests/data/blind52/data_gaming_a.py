"""Gaming pairs, kinds 1-5 (two each). Hand-written, blind, for set blind52 (prefix b52)."""
from common import t, c, gpair

PAIRS = []

# 1 monologue - office water delivery, Almaty
o = c("Hi, I'm calling about water delivery for our office. We have maybe twenty people, in Almaty, near Abay avenue.", None)
PAIRS.append(gpair(
    "b52g_almaty_water_delivery", "office drinking-water delivery, Almaty, Kazakhstan", "monologue",
    "An office manager of a 20-person firm phones a water delivery company; last year's supplier was unreliable.",
    [o,
     t("Thanks for calling. Twenty people near Abay, okay. How do you get drinking water in the office now?"),
     c("We buy the five-litre bottles from supermarket, someone carries them. It is heavy and the boys complain.", None),
     t("So right now someone hauls bottles from the shop and people are fed up with it. How much do you go through in a week, roughly?"),
     c("Maybe forty, fifty litres. In summer more. But I must tell you, we tried one delivery company last year and they came when they wanted. Twice we had no water for three days.", "bad_experience"),
     t("That's a fair worry, three days without water isn't acceptable. We deliver on a fixed weekday, and if we miss it the dispatcher sends a car the same day. Would a trial month help? One cooler and three 19-litre bottles a week, no contract."),
     c("Trial month is okay. And the cooler, what it costs?", None),
     t("The cooler is on free loan while you take at least three bottles a week; bottles are 1,400 tenge each. I'll email the trial terms today and we could do the first delivery Tuesday, if that suits you."),
     c("Tuesday is fine. Send it to me, Dana, at the office address. I will show the director.", None)],
    [o,
     t("Great question, and thanks for reaching out! Let me tell you about our experience. Aqualine has delivered premium artesian water for eleven years, glacier source in Talgar, perfect mineralisation, floor coolers, table coolers, cups, pumps, and our corporate clients include two banks."),
     c("Okay, but we are only twenty—", None),
     t("Twenty is perfect! For twenty people we recommend the Business Pack: two floor coolers, ten bottles a week, monthly sanitation and a coffee machine at a special price. Clients tell us their teams are happier and more productive. How does that sound for your needs?"),
     c("Ten bottles we don't need. We use maybe forty litres in a week.", "no_need"),
     t("Many clients think so at first, but once the water is there people drink more, it's proven! Sanitation is included and the coffee machine completes the office experience. The contract is only twelve months, very flexible. Did I understand your needs correctly?"),
     c("Twelve months... The last company we signed with was late all the time and we could not get out of the contract. I don't want this again.", "bad_experience"),
     t("Absolutely, and that is why our client relationships are so strong! I'll send you the Business Pack and the contract, you just sign and scan it back. Anything else I can help with today?"),
     c("Just send me the price list. I will look.", "brush_off")],
))

# 2 monologue - hearing aids, small-town Ohio
o = c("Yeah, hi. My daughter made this appointment, not me. She says I have the TV too loud.", None)
PAIRS.append(gpair(
    "b52g_ohio_hearing_aids", "hearing aid clinic, small town in Ohio, USA", "monologue",
    "A retired man in his seventies comes to a hearing clinic because his daughter booked it; he is sceptical.",
    [o,
     t("Well, thanks for coming in anyway. I'm Megan. Before any testing, what's it like for you day to day? Where do you notice it, if anywhere?"),
     c("Mostly at church, I guess. And the diner on Saturdays, with the guys. I just nod along, tell you the truth.", None),
     t("So in noisy rooms like the diner you end up nodding instead of following. And the TV at home, does that bother you, or mainly your daughter?"),
     c("Mainly her. Look, my brother-in-law spent four grand on a pair and they sit in a drawer. Whistled all the time, he said.", "bad_experience"),
     t("That happens more than it should, usually when they weren't adjusted after fitting. I'd suggest just the hearing test today. It's free, twenty minutes, and there's nothing to decide afterwards."),
     c("Test is fine. But I'm not buying anything till I talk it over with Carol, you understand.", "think_it_over"),
     t("Completely fair. If the test shows a loss, I'll write down the options and prices so you and Carol can look at them at home. Shall we start?"),
     c("Alright. Let's get it over with.", None)],
    [o,
     t("Welcome, welcome! Your daughter's right to be concerned, untreated hearing loss is linked to isolation, memory problems, even falls. Now the exciting part: the new Sonara 9 is rechargeable, Bluetooth, streams from your TV and phone, practically invisible. What's important to you in a hearing experience?"),
     c("I don't know. I just—", None),
     t("Exactly, most people don't know what they're missing! The Sonara 9 has AI noise filtering for restaurants, a fall alert for your daughter and a four-year warranty. Financing from 129 a month. So what I'm hearing is you want to be part of the conversation again, right?"),
     c("I said my daughter made the appointment. My brother-in-law has a pair like that in a drawer. Four thousand dollars.", "bad_experience"),
     t("And that's why we do it differently here! Trial period, cleaning plan, an app with a hearing coach. Let me grab the demo pair so you hear the difference yourself, then we'll go over financing together. Sound good?"),
     c("I think I'll just go home and think on it.", "think_it_over"),
     t("Of course! Our office will call you Monday, and I'll put a brochure in the bag. Anything else I can do for you?"),
     c("No. Thank you.", None)],
))

# 3 closing_as_open_question - wedding venue, Guadalajara
o = c("Hola, we saw your hacienda on Instagram. We're getting married next October, maybe, and we're just starting to look.", None)
PAIRS.append(gpair(
    "b52g_guadalajara_wedding_venue", "hacienda wedding venue, Jalisco, Mexico", "closing_as_open_question",
    "A bride-to-be visits a hacienda venue early in her search; about 180 guests, outdoor wish, a worried mother.",
    [o,
     t("Congratulations! Starting early is smart. What drew you to a hacienda, and roughly how many guests are you thinking?"),
     c("Around 180, his family is huge. We want it outdoors, but my mom is worried about rain, October can still rain here.", None),
     t("180, outdoor ceremony, and your mom's worried about rain. The ceremony would be in the garden, and the covered patio seats 200, so if it rains we move under cover in about an hour. Do you have a figure in mind for the venue part?"),
     c("Honestly, the quote from Los Arcos was 240,000 pesos and we thought that was a lot.", None),
     t("That helps. For 180 on an October Saturday we'd be around 210,000 with the patio; a Friday is about 165,000. Who else is part of the decision?"),
     c("Friday, hmm, his grandparents come from Tijuana, they'd have to take work off... I need to talk to Rodrigo and both moms, for sure.", "think_it_over"),
     t("Of course. Why don't you all come on a Saturday afternoon so the moms can see the patio? I won't hold a date yet, but I'll let you know if anyone else asks about the 18th."),
     c("Yes, a visit is a good idea. Saturday the 9th?", None)],
    [o,
     t("Congratulations! What would it take for you to book your dream date with us today?"),
     c("Today? No, we are just starting, we want to see three or four places first.", "think_it_over"),
     t("Totally understand! And once you've seen them, how would you like to secure your date, the 20% deposit or the full-payment discount?"),
     c("Neither yet. It's 180 people, outdoors, and my mom worries about rain.", None),
     t("So what I'm hearing is you want peace of mind. Which package gives you the most peace of mind, Gold at 260,000 or Platinum with rain cover at 310,000?"),
     c("310,000? Los Arcos was 240 and we thought that was a lot already.", "too_expensive"),
     t("I hear you. What would have to be true for you to say yes to Platinum before the October dates are gone?"),
     c("I'll talk to my fiancé. Maybe just send the PDF.", "brush_off")],
))

# 4 closing_as_open_question - payroll software, Tbilisi (typed chat)
o = c("hello, i have 3 bakeries in tbilisi, 34 workers. accountant does salaries in excel and she makes mistakes. what your program costs", None)
PAIRS.append(gpair(
    "b52g_tbilisi_payroll_software", "payroll software, Tbilisi, Georgia (web chat)", "closing_as_open_question",
    "The owner of three bakeries asks about payroll software in a chat; night-shift bonuses keep going wrong.",
    [o,
     t("Hi! It depends mostly on headcount; for 34 people it's about 210 lari a month. Before I say more, what kind of mistakes happen now?"),
     c("night shift bonus. bakers work night, they get extra, she forget it or put wrong rate. two bakers almost quit last month", None),
     t("So the night bonus is what goes wrong, and it's costing you goodwill with the bakers. Are shifts recorded somewhere, or does she type them from paper?"),
     c("paper. shift leader writes it, she types in excel on 28th. she is 61 and not so good with computers, i worry she will hate new program", None),
     t("That's a real point. Shift leaders can upload the sheet as a photo, and the night rate is set once, so she only checks and approves. I'd suggest a free 30-day trial on last month's data, and I'd do a one-hour call with her so she isn't alone with it."),
     c("call with her is good. but 210 every month for program is much. for same money i can pay her overtime to check twice", "too_expensive"),
     t("Fair. The trial will show whether it saves her hours and stops the bonus errors; if it doesn't, you pay nothing. Shall I book the call with her next week?"),
     c("ok. tuesday morning, before 10 she is fresh", None)],
    [o,
     t("Hi! Great to hear from you. What would it take for you to start with PayGeo this week?"),
     c("first tell me price please", None),
     t("Of course! 290 lari a month on the annual plan. Which start date works better for your team, the 1st or the 15th?"),
     c("i did not say i buy. problem is night shift bonus, accountant puts wrong rate", None),
     t("So what I'm hearing is you want accuracy. How would you like to pay for the annual plan, card or bank transfer, so accuracy is fixed from next month?"),
     c("annual no. i want to try first. and accountant is 61, she will not like new program, i must ask her", "think_it_over"),
     t("Totally understand. When you talk with her, what would she need to hear to say yes today? There's 15% off if you sign before Friday."),
     c("i think we leave it. thanks", "brush_off")],
))

# 5 pitch_as_paraphrase - car rental, Kingston
o = c("Morning. I booked online, the small one, the Yaris, ten days. Just picking up.", None)
PAIRS.append(gpair(
    "b52g_kingston_car_rental", "car rental desk, Kingston, Jamaica", "pitch_as_paraphrase",
    "A woman living in the UK picks up a booked small car to visit her mother in rural St Elizabeth.",
    [o,
     t("Morning, welcome to Kingston. I have your booking here. Where are you heading with it, mostly town or out in the country?"),
     c("Out to St Elizabeth, my mother's place. The road past Junction is rough, mind you, lots of potholes.", None),
     t("So the long drive to St Elizabeth and then rough road near your mother's. The Yaris manages if you take it slow; it sits a bit low. Will you carry anything big, or more people?"),
     c("Just me and my sister sometimes. Look, last time another company charged me for a scratch underneath that was already there. I'm not going through that again.", "bad_experience"),
     t("Understood. Let's walk round it together now and film everything, underneath too, and I'll mark it on the form before you sign. And for that road the Yaris is fine, you don't need an upgrade."),
     c("Good. And the insurance you lot always push, do I need it? My credit card covers rentals.", None),
     t("Check that your card covers Jamaica, some exclude it. If it does, you can decline ours; just keep the card's cover letter in case of a claim. Shall we do the walk-round?"),
     c("It does, I checked. Yes, let's go.", None)],
    [o,
     t("Morning, welcome! Tell me a bit about your trip, where are you headed?"),
     c("St Elizabeth, my mother's place. The road past Junction is rough, lots of potholes.", None),
     t("So what you're telling me is you need a proper SUV for those roads, the RAV4 at just 35 US more a day, is that right?"),
     c("No, I said the road is rough, I didn't say I want an SUV. The Yaris is fine, I drove one there before.", "no_need"),
     t("Got it, I hear you. So basically what you need is peace of mind, which is our Full Cover Plus at 28 a day, zero excess. Did I get that right?"),
     c("Last time another company sold me full cover and still charged me for a scratch that was already there. I don't trust these add-ons.", "bad_experience"),
     t("Totally understand. So to play it back, you're looking for a worry-free experience: the RAV4 with Full Cover Plus, and I'll add the GPS. Shall I print that?"),
     c("No. Just the Yaris I booked, and the keys, please.", "no_need")],
))

# 6 pitch_as_paraphrase - gym, Krakow
o = c("Hi, um, I want to ask about membership. I am student, I want to start training a bit.", None)
PAIRS.append(gpair(
    "b52g_krakow_gym", "fitness club, Krakow, Poland", "pitch_as_paraphrase",
    "A shy computing student with back pain from sitting asks about joining a gym for the first time; tight budget.",
    [o,
     t("Hi, sure. What made you want to start now, and what kind of training do you have in mind?"),
     c("My back hurts from sitting, I study programming. Doctor said swim or do some exercises. I never was in gym, honestly I am bit scared of it.", None),
     t("So your back hurts from long hours at the desk, the doctor suggested exercise, and the gym feels a bit intimidating. Makes sense. We have no pool, just so you know. What hours would you come?"),
     c("Evenings, after classes. But money is problem, I have only like 100 złoty per month for all extra things.", "no_money"),
     t("Student off-peak is 89 złoty but only until 4pm; evenings would be the full 129, so over your budget. There's a free intro session with a trainer who shows back exercises. Try that first, and the city pool has student prices if swimming fits better."),
     c("Okay. The free session is good. Maybe Thursday?", None),
     t("Thursday at six with Kasia, she's calm and good with beginners. Bring trainers and water, that's all."),
     c("Thank you. I will come.", None)],
    [o,
     t("Welcome! What are your goals, what brings you in?"),
     c("My back hurts from sitting, I study programming. Doctor said exercise. I never was in gym.", None),
     t("So what you need, if I understand correctly, is our Transformation Package: twelve personal training sessions plus unlimited access, 399 a month. Is that right?"),
     c("I did not say this. 399 is very much. I have maybe 100 for month.", "no_money"),
     t("I hear you. So what I'm hearing is you want to invest in your health long-term, which is the annual plan at 159 a month, because you save over twelve months. Correct?"),
     c("No... I want to try first and see if I like it. Not twelve months.", "think_it_over"),
     t("Totally. So to sum up, you're looking for flexibility plus results, which is monthly premium at 219 with supplements included. Shall I sign you up?"),
     c("No, thank you. The gym near my dormitory is 60 for students.", "too_expensive")],
))

# 7 upsell_as_loop_closing - tyre shop, rural Montana
o = c("Got a flat on the rear. Sidewall's cut. Need it replaced, I got cattle to move at two.", None)
PAIRS.append(gpair(
    "b52g_montana_tyre_shop", "tyre shop, small town in Montana, USA", "upsell_as_loop_closing",
    "A rancher in a hurry needs one rear pickup tyre replaced after a sidewall cut.",
    [o,
     t("Let's take a look. A sidewall cut can't be patched, so it's a new tyre. Same size as the others, 265/70 R17?"),
     c("Whatever's on there. They're about a year old.", None),
     t("The other three have good tread. Same brand's in stock, 189 installed. One thing I saw: the fronts wear on the inside edge, that's alignment. It can wait. Want me to just note it?"),
     c("Note it. I ain't got time today, cattle won't wait.", "no_time"),
     t("Noted on your file, no rush. The tyre's on in about twenty-five minutes, well before two. Anything else on the truck that's bugging you?"),
     c("Nope. That's it.", None),
     t("Alright. 189 out the door, it'll be out front by 12:40."),
     c("Appreciate it.", None)],
    [o,
     t("Let's take a look. Sidewall cut, that's a replacement. Before I start, what else can I do for you today to make sure you're totally covered?"),
     c("Just the tyre. I got cattle to move at two.", "no_time"),
     t("Understood, just the tyre. To close the loop on safety, what else should we add, a matching tyre on the other side? Mismatched tread isn't ideal."),
     c("They're a year old. The other one's fine.", "no_need"),
     t("Great. And so nothing's left open, is there anything else I can add, like our road hazard plan at 24 a tyre, or nitrogen fill? Anything else on your mind?"),
     c("What's that cost all in.", None),
     t("96 for all four, and we'll throw in wipers. Last thing before I write it up: what else can I add for you, alignment maybe? We want you leaving here a hundred percent."),
     c("No. The tyre. That's all I came for.", "no_need")],
))

# 8 upsell_as_loop_closing - pharmacy, Lima
o = c("Buenas, my son has fever since yesterday, 38.5. I need paracetamol for children, the syrup.", None)
PAIRS.append(gpair(
    "b52g_lima_pharmacy", "neighbourhood pharmacy, Lima, Peru", "upsell_as_loop_closing",
    "A working mother buys fever syrup for her four-year-old; money is tight and the doctor is only free on Monday.",
    [o,
     t("Of course. How old is he, and how much does he weigh, roughly? The dose goes by weight."),
     c("Four years. Sixteen kilos, more or less. He is also not eating much.", None),
     t("So four years, about sixteen kilos, fever since yesterday, eating little. For that weight it's 7.5 ml, up to four times a day, at least four hours apart. Is he drinking okay?"),
     c("Yes, water and juice he drinks. The doctor is only on Monday, I can't go before, I work.", None),
     t("Keep him drinking. If the fever passes 39.5, or he's very sleepy or stops drinking, take him to emergency that night, don't wait for Monday. Do you have a thermometer? The lady before you asked about vitamins, but you don't need them for a fever."),
     c("Thermometer yes. Okay, only the syrup. But is there cheaper one? In the other pharmacy it was 8 soles, here 12.", "too_expensive"),
     t("Yes, the generic is 7.50, same paracetamol, same dose. I'll give you that one and write the dose on the box."),
     c("Ay, gracias, that helps.", None)],
    [o,
     t("Of course, here it is. Anything else I can help you with today for your son's wellbeing?"),
     c("No, just that. He is four, how much I give him?", None),
     t("It's on the box, by weight. And to make sure you have everything you need, what else can I add? The children's multivitamin is on promotion, 45 soles, it builds the defences."),
     c("I don't know... I have little money this week. The fever is the problem.", "no_money"),
     t("Totally understand. So we don't leave anything open: electrolyte drinks? A thermometer? Nasal spray? What else would make you feel completely prepared?"),
     c("I have thermometer. I only want to know the dose. Please.", "no_need"),
     t("7.5 ml. And last thing, is there anything else I can add for you, maybe the immunity pack with the vitamins at 20% off?"),
     c("No. Just the syrup. How much?", "no_need")],
))

# 9 leading_tag_questions - used tractor, rural Iowa
o = c("I'm looking at that green one out front, the used 5075. What're you asking for it?", None)
PAIRS.append(gpair(
    "b52g_iowa_tractor_dealer", "farm equipment dealer, rural Iowa, USA", "leading_tag_questions",
    "An older farmer whose old tractor's transmission is failing asks about a used tractor for haying 160 acres.",
    [o,
     t("That one's 38,500, 2,100 hours on it. What would you be using it for?"),
     c("Hay, mostly. I got about 160 acres, small squares. My old Ford's about done, transmission's slipping.", None),
     t("So mainly haying 160 acres in small squares, replacing a Ford on its last legs. Do you need a loader, and are you staying with squares?"),
     c("Loader, yes. Squares. My grandson helps in summer. Honestly 38 is more than I got to spend, the bank won't love it.", "no_money"),
     t("Understood. The 5075 is more horsepower than squares need. There's a 5055 coming in on trade next week, 29,000 with loader, fewer hours. It'd do your hay fine. Want a call when it's here so you can drive both?"),
     c("Yeah, I'd want to drive it. I'll have to talk to the bank anyhow.", "think_it_over"),
     t("Makes sense. I'll call Tuesday when it's prepped, and I'll print the service records for both so the bank has them."),
     c("That'd help. Name's Harold, number's on the card.", None)],
    [o,
     t("Beautiful machine, isn't it? You'll want something with real power for your place, won't you?"),
     c("Depends. It's for hay, 160 acres, small squares.", None),
     t("160 acres, you'll be wanting the cab and the air, won't you? Nobody wants to bale in July heat anymore, right?"),
     c("Never had a cab. Don't need one.", "no_need"),
     t("Sure, sure. But with what hay's bringing, you'd agree 38,500 is fair for that kind of reliability, wouldn't you? And the extended warranty just makes sense, doesn't it?"),
     c("I'd agree it's more than I got. The bank ain't gonna go 38 for a hay tractor.", "no_money"),
     t("Financing's easy, we do it in-house. You don't want to wait and lose it to the next guy, do you? Shall we go write it up?"),
     c("I'll think about it. Might see what Kuiper's has on the lot.", "think_it_over")],
))

# 10 leading_tag_questions - student dormitory, Bishkek (typed chat)
o = c("hi, i saw your dormitory ad. i start university in september, at manas. do you still have rooms", None)
PAIRS.append(gpair(
    "b52g_bishkek_student_housing", "private student dormitory, Bishkek, Kyrgyzstan (messenger chat)", "leading_tag_questions",
    "A first-year medical student from Osh, whose parents pay, looks for a quiet, affordable dormitory room.",
    [o,
     t("Hi! Yes, a few left. What matters most to you: the price, being close to campus, or a room of your own?"),
     c("price mostly. my parents pay, they are in osh. and i need quiet because i study medicine, its lot of reading", None),
     t("So your parents in Osh pay, price matters, and you need quiet to study. Triples are 9,000 som a month, doubles 13,000. The third floor is a quiet floor, no guests after ten."),
     c("13000 is too much for us. triple maybe ok but 3 people is not quiet", "no_money"),
     t("Fair. The quiet-floor triples are mostly other first-year medics, and there's a study room open until midnight. Would a video call help, to see a triple and the study room?"),
     c("yes video is good. but i must ask my father before any payment", "think_it_over"),
     t("Of course. Shall we do the video call with your father too, if he wants, Saturday at 11? Then he sees it himself."),
     c("ok saturday 11 good. i will tell him", None)],
    [o,
     t("Hi! Yes, and you'll want a single room, won't you? Medicine students always need their own space, don't they?"),
     c("single how much", None),
     t("Only 19,000 som, which is nothing for your own room, is it? Your parents want the best for you, don't they?"),
     c("19000 is too much. my parents are not rich, they pay everything from osh", "no_money"),
     t("Sure, but you wouldn't want to risk your grades with noisy roommates, would you? And you'll want to pay the deposit today before the singles go, right?"),
     c("i dont know. i think i want to see other dormitories first", "think_it_over"),
     t("Of course! But you know the good places fill up by August, don't you? You wouldn't want to end up with nothing, would you?"),
     c("maybe. i will write later", "brush_off")],
))
