"""blind139 ranked pairs f01-f10: the sides share every turn but one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("Hello, room 12. I booked here for the pool, for my arthritis, and it's freezing. I couldn't stay in.", None)
a1 = t("I'm sorry, that's no good when you came for the pool. When did you go in, and how did it feel?")
b1 = c("About seven this morning. Took my breath away. I usually swim at thirty-two degrees.", None)
g = t("Thank you. The heating was off overnight for a repair, so it will have been cold. I'm sorry.")
gr = c("Well, thank you for being straight with me. Can I swim later?", None)
w = t("Our pool is kept at twenty-nine, which is standard. I really don't think it was freezing.")
wr = c("I know cold when I feel it, young man. Can I swim later or not?", None)
a3 = t("The hydrotherapy pool is at thirty-four. I can book you in at eleven, no charge.")
b3 = c("Eleven's fine.", None)
a4 = t("Booked. I'll note it on your room.")
PAIRS.append(rpair("b139r_f01_bournemouth_spa_hotel_pool",
"An older guest with arthritis says the spa hotel pool was too cold; fault: the trainee argues.",
[o, a1, b1, g, gr, a3, b3, a4], [o, a1, b1, w, wr, a3, b3, a4]))

# f02 doubts the customer's honesty
o = c("Hi, you've kept 50 pounds of my deposit for the lounge rug. That stain was there when we arrived, I even wrote it in the guest book. Jo Patel", None)
a1 = t("Hi Jo, thanks for letting us know. Which day did you arrive, and roughly what did you write?")
b1 = c("Saturday 3 May. Something like 'lovely cottage, just to say there's a coffee stain by the sofa, not us!'", None)
g = t("Thank you. I've asked the owner to photograph that guest book page so we can match it.")
gr = c("Great. I also took a photo the first evening, I can send it.", None)
w = t("Thank you. Frankly, guests often say a stain was already there, and a note in the book could be written on the way out.")
wr = c("Wow. I wrote it on day one. I've a photo from the first evening too, if you need proof.", None)
a3 = t("Yes please, send the photo with the date it was taken.")
b3 = c("Sent just now.", None)
a4 = t("Got it, that's your arrival day. I'll refund the 50 pounds today.")
PAIRS.append(rpair("b139r_f02_peak_district_cottage_deposit",
"A guest disputes a deposit deduction for a stain she reported on arrival; fault: the trainee doubts her honesty.",
[o, a1, b1, g, gr, a3, b3, a4], [o, a1, b1, w, wr, a3, b3, a4]))

# f03 drops the price before asking anything
o = c("Hiya, um, we're thinking about getting married at Gretna, just us two and two witnesses. What do you do?", None)
g = t("How lovely. Just the four of you - any date in mind, and is it the ceremony only or a meal after too?")
gr = c("Ceremony and maybe a nice lunch. October, a weekday's fine. We're trying to keep it under a grand.", None)
w = t("How lovely. Packages start at 650, but I can do 450 for you straight away.")
wr = c("Oh - that was quick. Is something wrong with it? Anyway, ceremony and maybe lunch, October weekday, under a grand.", None)
a2 = t("An October weekday in the Smithy with a piper, photos and lunch for four comes to 780. Does that work?")
b2 = c("That's within budget. Can we see the room first?", None)
a3 = t("Of course. Come any weekday afternoon; I'll hold the 16th of October for a week.")
b3 = c("Brilliant, we'll come Wednesday.", None)
PAIRS.append(rpair("b139r_f03_gretna_elopement_wedding",
"A young couple ask about a tiny Gretna wedding; fault: a discount offered before any question.",
[o, g, gr, a2, b2, a3, b3], [o, w, wr, a2, b2, a3, b3]))

# f04 an unasked lecture
o = c("Alright, I'm after a table for fourteen, Saturday before the Wales game. It's a stag do, like.", None)
a1 = t("Nice one. What time's kick-off, and do you want food or just drinks?")
b1 = c("Kick-off's quarter to five. Food at one, then drinks till we walk down.", None)
g = t("Food at one for fourteen: the match-day menu is 15 a head, burger or pie. We'd need a 50 pound deposit.")
gr = c("Sound, that's spot on.", None)
w = t("Food at one, fine. Just so you know, stag groups on match days need to pace themselves, the police are all over town and we will refuse service. Menu's 15 a head, 50 deposit.")
wr = c("Er, we're not animals, mate, most of us are in our forties. Anyway, the menu's fine.", None)
a3 = t("Great. What name shall I put it under? I'll text you the deposit link.")
b3 = c("Rhys Morgan. Cheers.", None)
PAIRS.append(rpair("b139r_f04_cardiff_pub_stag_table",
"A man books a pub table for a stag group before the rugby; fault: an unasked lecture on behaviour.",
[o, a1, b1, g, gr, a3, b3], [o, a1, b1, w, wr, a3, b3]))

# f05 a vague next step
o = c("Hi, could you quote for a christening buffet, 50 people, church hall in Otley, Sunday 8 June? Nothing fancy. Thanks, Gemma", None)
a1 = t("Hi Gemma, congratulations! How many of the fifty are children, and any allergies?")
b1 = c("About 15 kids. One's allergic to egg. I need the price soon, the hall needs confirming by Friday.", None)
a2 = t("Our family buffet is 11 per adult and 6 per child, so 475, with egg-free plates labelled separately.")
b2 = c("That's good. Can you definitely do the 8th?", None)
g = t("We can. I'll email the written quote and a booking form by 3pm tomorrow, and hold the 8th until Friday so you can confirm the hall first.")
gr = c("Perfect, thank you.", None)
w = t("I think so. We'll have a look at the diary and let you know.")
wr = c("When, though? I need the hall sorted by Friday. I'll ask around a couple of other places as well then.", "think_it_over")
PAIRS.append(rpair("b139r_f05_otley_christening_buffet",
"A mum emails a caterer for a christening buffet quote; fault: a vague next step.",
[o, a1, b1, a2, b2, g, gr], [o, a1, b1, a2, b2, w, wr]))

# f06 over-promises
o = c("Hello dear, I'm asking about your Mull wildlife day in July. Will we see the puffins and the sea eagles? It's for my eightieth.", None)
a1 = t("What a way to celebrate. How are you with boats and walking? The puffins are on Lunga, a boat trip and a rocky path.")
b1 = c("Fine on a boat, not so good on rocks. I've a stick.", None)
g = t("Then I'll be honest: nobody can promise wildlife, but in July eagles are seen on most trips, and the skipper can take you round Lunga to see puffins on the water without the climb.")
gr = c("That sounds lovely, and fair. What's the price?", None)
w = t("Oh, you'll definitely see both, I guarantee it. And the crew will get you up the path to the puffins, no problem at all.")
wr = c("Guarantee? Last time somebody promised me dolphins I saw a lot of rain. What's the price?", "bad_experience")
a3 = t("It's 95, with lunch on the boat. Shall I put you down for the 12th?")
b3 = c("Yes, please. My daughter's coming too, so two.", None)
PAIRS.append(rpair("b139r_f06_mull_wildlife_coach_boat",
"A woman turning eighty asks whether she'll see puffins and eagles; fault: the trainee over-promises.",
[o, a1, b1, g, gr, a3, b3], [o, a1, b1, w, wr, a3, b3]))

# f07 closes before checking it works
o = c("Hi, I need a room for twenty on the 9th, hybrid meeting, half the team dial in from Stavanger on Teams.", None)
a1 = t("Thanks. What do the Stavanger team need to see and hear - just the slides, or the room and speakers too?")
b1 = c("Everything. At the last hotel they could only hear whoever sat nearest the laptop.", None)
g = t("Then before you book, let's test it: the Dee suite has ceiling mics and a room camera. Could your IT join a test call from Stavanger on Thursday?")
gr = c("Good idea. Thursday at ten our time works.", None)
w = t("Then the Dee suite is perfect, ceiling mics and a camera. Shall I take the deposit now and get you confirmed?")
wr = c("Hold on, I got burned exactly like that last time. Can we test it with Stavanger before I pay anything? Thursday at ten?", "bad_experience")
a3 = t("Right. I'll send a Teams link for Thursday at ten and hold the suite until then.")
b3 = c("Thanks. If it works, I'll book straight after.", None)
PAIRS.append(rpair("b139r_f07_aberdeen_hotel_hybrid_meeting",
"An events coordinator needs a hybrid meeting room that works for colleagues abroad; fault: closing before checking.",
[o, a1, b1, g, gr, a3, b3], [o, a1, b1, w, wr, a3, b3]))

# f08 recommends before asking
o = c("Hi there, looking for a cottage near Conwy, October half-term, for the family.", None)
g = t("Lovely. Who's coming - how many adults and children, and any dogs?")
gr = c("Me, the wife, my mum who's ninety, and the dog. So we need a downstairs bedroom.", None)
w = t("Lovely. I'd go for Ty Mawr, our most popular: four bedrooms, hot tub, games room, 1,450 for the week.")
wr = c("Four bedrooms? It's the wife, me, my mum and the dog. Mum's ninety, she can't do stairs. We don't need all that.", "no_need")
a2 = t("Then Bwthyn Celyn in Rowen: two bedrooms, one downstairs with a wet room, dogs welcome, 720 for the week.")
b2 = c("That sounds right. Can you send photos of the downstairs room?", None)
a3 = t("I'll email them now and hold half-term week for you for three days.")
PAIRS.append(rpair("b139r_f08_conwy_family_cottage",
"A man wants a family cottage for half-term; fault: a recommendation before any question.",
[o, g, gr, a2, b2, a3], [o, w, wr, a2, b2, a3]))

# f09 unexplained jargon
o = c("Hello, I'm organising our choir's trip to Stirling in October, about forty of us, twenty rooms I'd say. I've never done this before.", None)
a1 = t("Happy to help. Which nights, and are most of you sharing twins?")
b1 = c("Friday and Saturday, the 17th and 18th. Mostly twins, a few singles.", None)
g = t("I can hold twenty rooms at 98 a night with breakfast. You can hand back up to four rooms free until 1 September; after that we charge for empty ones.")
gr = c("That's clear. And when do you need everyone's names?", None)
w = t("I can do a block of twenty at 98 B&B, twenty percent attrition, release date 1 September, rooming list at T-minus fourteen.")
wr = c("Sorry - attrition? Release date? T-minus? I've no idea what that means. And when do you need names?", None)
a3 = t("Names by 3 October, two weeks before. I'll email it all in writing with a booking form.")
b3 = c("Lovely, thank you.", None)
PAIRS.append(rpair("b139r_f09_stirling_hotel_choir_rooms",
"A first-time volunteer books rooms for a choir; fault: unexplained trade jargon.",
[o, a1, b1, g, gr, a3, b3], [o, a1, b1, w, wr, a3, b3]))

# f10 talks about themselves
o = c("Hi, it's Leah, the wedding on the 21st. Um, this is a bit random, but my dad's got a stammer and he's dreading the speech.", None)
a1 = t("Not random at all. What does he want - to skip it, keep it short, or have someone with him?")
b1 = c("He wants to do it, he just panics about everyone staring. Standing at the top table.", None)
g = t("So it's the staring, not the words. Some dads speak before the meal while people are still settling, or say it sitting down. Would either suit him?")
gr = c("Before the meal, sitting down, that might actually work.", None)
w = t("Oh, I totally get it, I was terrified at my own wedding. Mallorca, sixty guests, I cried all through my speech. Anyway, some dads speak before the meal, or sitting down.")
wr = c("Right... OK. Sitting down before the meal might work for him, I suppose.", None)
a3 = t("Shall I tell the toastmaster: no big announcement, he just starts when he's ready?")
b3 = c("Yes. I'll ask him tonight and ring you back.", "think_it_over")
PAIRS.append(rpair("b139r_f10_cumbria_hotel_wedding_speech",
"A bride asks the hotel's wedding coordinator for help with her dad's speech; fault: the coordinator talks about herself.",
[o, a1, b1, g, gr, a3, b3], [o, a1, b1, w, wr, a3, b3]))
