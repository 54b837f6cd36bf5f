"""b178 ranked pairs d01-d10: two decent conversations, `better` deeper than `worse`."""
from common import c, rpair, t

PAIRS = []

o = c("alright mate how much for PT, want to get in shape for ibiza in 6 weeks", None)
PAIRS.append(rpair("b178r_d01_leeds_pt_holiday",
 "Personal trainer, Leeds UK (Instagram DM): a lad wants to get in shape for a holiday in six weeks.",
 [o, t("Alright! Sessions are 40 each or 10 for 350. What does in shape mean for you, and what are you doing now?"),
 c("lose the belly mainly. i go gym twice a week but just do whatever. 350 is a lot tho", "too_expensive"),
 t("Fair. Honestly, in 6 weeks the belly is mostly food, not sessions. Two sessions to set a plan and teach the lifts, then weekly check-ins by message for 80. 160 total?"),
 c("thats more like it. not doing some mad diet tho", None),
 t("No mad diet. We look at what you eat now and change a few things. Tuesday 6pm for the first one?"),
 c("go on then", None)],
 [o, t("Alright! Sessions are 40 each or 10 for 350. Six weeks is tight but doable. Twice a week would be ideal."),
 c("350 is a lot tho mate", "too_expensive"),
 t("I can do the 10 for 320 as you're starting now. Full body, and I'll chuck in a basic meal plan."),
 c("hmm maybe. il have a think", "think_it_over"),
 t("No worries, let me know. That price is there till the end of the month."),
 c("cheers, ill message if i want it", "brush_off")]))

o = c("Hi, I was wondering about the fat freezing for my stomach? I've had two kids and there's this pooch that won't go, no matter what I do.", None)
PAIRS.append(rpair("b178r_d02_dallas_medspa_stomach",
 "Med-spa, Dallas US (phone): a mother asks about fat freezing for a post-pregnancy stomach.",
 [o, t("Thanks for calling. When you say no matter what, what have you tried, and does it change when you lie down?"),
 c("I run, I do crunches. It's flatter lying down. When I stand it kind of pushes out.", None),
 t("Pushing out when standing can be a gap in the stomach muscles after pregnancy, and freezing fat won't fix that. I'd get it checked by your doctor or a pelvic floor physio first. Has anyone looked?"),
 c("No. Wow, I didn't know that. So you're telling me not to book?", None),
 t("Not yet. Once that's checked, a consult here is free and we'll see if there's fat worth freezing. Shall I text you a physio near you?"),
 c("Yes please. That's really honest of you.", None)],
 [o, t("Thanks for calling! Fat freezing works well on stomachs. Most people need two rounds, 750 per area."),
 c("750 each time? That's more than I was expecting.", "too_expensive"),
 t("Common reaction. Two rounds are 1,350 as a package, and the free consult checks you're a good candidate."),
 c("Okay, maybe the consult. I'll need to check with my husband on the money.", "think_it_over"),
 t("Of course. I'll put you down for Thursday and email the pricing."),
 c("Sounds good.", None)]))

o = c("G'day, you got anyone free now? Back's killing me, I've got to be back on site by two.", None)
PAIRS.append(rpair("b178r_d03_canberra_massage_tradie",
 "Remedial massage clinic, Canberra AU (walk-in): a tiler with a sore back on his lunch break.",
 [o, t("Ouch. Dan's free now for 30 minutes. Before I book, where's the pain, and what set it off?"),
 c("Lower back, right side. Lifted a slab of tiles Friday. Can't bend to tie me boots.", None),
 t("If there's numbness or pain down your leg, a GP should see it first. Any of that?"),
 c("Nah, nothing like that. Just stiff and sore.", None),
 t("Good. Then Dan does 30 minutes, 75, and shows you one stretch for site. Health fund card on you? We claim on the spot."),
 c("Yeah, got it here. Let's go.", None)],
 [o, t("Yep, Dan's free now for 30 minutes, 75 dollars. That work?"),
 c("Yeah, that'll do. It's me lower back.", None),
 t("No worries, he'll sort you out. Book a follow-up for next week while you're here? Most backs need three or four."),
 c("Dunno if I've got time for all that, mate. See how today goes.", "no_time"),
 t("Fair enough. Have a seat, he'll be out in a minute."),
 c("Cheers.", None)]))

o = c("Hello, I've just found out Sarah's left. I've seen her every month for four years and nobody told me. I'm thinking of cancelling my membership, to be honest.", "think_it_over")
PAIRS.append(rpair("b178r_d04_bath_spa_therapist",
 "Spa, Bath UK (phone): a four-year member learns her therapist left and nobody told her.",
 [o, t("I'm so sorry you found out that way. You should have had a call. What mattered most about Sarah's treatments?"),
 c("She knew my neck. She knew I hate small talk. I didn't have to explain myself every time.", None),
 t("Someone who knows your neck and lets you switch off. Joanna is quiet, and I'll give her Sarah's notes. Would you try one session on us before deciding?"),
 c("I'll try it. But if it's not right, I'm going.", None),
 t("Completely fair. Joanna has Thursday at 10, your usual time. I'll ring you afterwards to see how it went."),
 c("Alright. Thank you for calling it what it was.", None)],
 [o, t("I'm sorry, that's disappointing. Sarah moved to Bristol. We have lots of lovely therapists, though."),
 c("I'm sure you do, but I'd be starting from scratch. I'm not sure it's worth 85 a month any more.", "too_expensive"),
 t("I understand. Shall I book you with Joanna, she's very experienced, with a free upgrade to 90 minutes?"),
 c("Maybe. I'll think about it and ring back.", "think_it_over"),
 t("Of course. I'll put a note on your account so whoever answers knows."),
 c("Fine, thanks.", None)]))

o = c("Hey. So, uh, this is a bit awkward. I'm thinking about doing something about the gray. My girlfriend says I should.", None)
PAIRS.append(rpair("b178r_d05_la_salon_gray",
 "Men's salon, Los Angeles US (walk-in): a 38-year-old is embarrassed about going gray.",
 [o, t("Not awkward, we do it for guys every day. Apart from your girlfriend, what bothers you about it?"),
 c("Honestly the sides. I'm 38 and it makes me look 50. But I don't want it looking dyed, like shoe polish.", None),
 t("Sides mainly, nothing that screams dyed. Then I'd blend, not cover, so half the gray stays and it grows out soft, no hard root. 45, twenty minutes. Want to see photos?"),
 c("Yeah, show me. How often would I have to come back?", None),
 t("Six to eight weeks, or never, it just fades. I can do it after your cut today if you like the photos."),
 c("Okay, let's try the blend.", None)],
 [o, t("Not awkward at all! We do men's color every day. Full coverage is 60, or a gray blend is 45."),
 c("What's the difference? I don't want it looking fake.", None),
 t("Blending keeps some gray so it looks natural. Most guys go for the blend. I could do it today."),
 c("Today? I'm not sure. Maybe I'll ask my girlfriend which one first.", "think_it_over"),
 t("Sure. Take a card, call or book online."),
 c("Okay, thanks. I'll probably just leave it for now.", "brush_off")]))

o = c("hey is reformer ok after a c section? had my bub 4 months ago. also how much are classes", None)
PAIRS.append(rpair("b178r_d06_sydney_pilates_postnatal",
 "Reformer pilates studio, Sydney AU (Instagram DM): a new mum on maternity leave asks about classes.",
 [o, t("Hey, congrats on bub! Has your GP or a women's health physio cleared you for exercise?"),
 c("gp said im fine at my 6 week check. havent seen a physio. money is tight on mat leave tbh", "no_money"),
 t("Totally get it. A physio core check is worth it after a c-section, some funds cover it. Our postnatal class is smaller and slower, 22, and bub comes in the pram. Try one?"),
 c("bringing bub is a game changer. is there a discount for mat leave or no", None),
 t("A 5-class pack is 95, no expiry, so no stress if bub has a bad week. First trial is 15."),
 c("ok ill book the trial for friday", None)],
 [o, t("Congrats! Yes, reformer is great postnatal. Classes are 32 casual or 99 for an intro month."),
 c("oh thats a fair bit. im on mat leave", "no_money"),
 t("The intro month is best value, under 10 a class if you come a few times a week."),
 c("i cant come that much with a baby. ill see", "no_time"),
 t("No worries, message us whenever you're ready!"),
 c("ok thx. prob not till shes a bit older", "no_time")]))

o = c("Hi. I signed up last week and honestly I got talked into the 12-month contract. I said month-to-month like three times. I want to change it.", None)
PAIRS.append(rpair("b178r_d07_boston_gym_contract",
 "Gym, Boston US (sales desk): a new member was pushed into a 12-month contract he didn't want.",
 [o, t("Thanks for coming back to tell me, and I'm sorry. Can you walk me through what you were told?"),
 c("The guy said month-to-month had a 99 joining fee and the contract didn't, and the offer ended that day. I felt rushed.", None),
 t("So you asked three times and were rushed. That's not how we want people joining. You're within 14 days: month-to-month, joining fee waived. Does that fix it?"),
 c("That's exactly what I wanted. No catch?", None),
 t("No catch. 64 a month, 30 days' notice to cancel. Here are the new terms to read before you sign."),
 c("Great. And I'll mention this to that guy's manager.", None)],
 [o, t("Sorry to hear that. Let me look. You're within 14 days, so I can switch you to month-to-month."),
 c("Okay, good. Is there a fee?", None),
 t("Month-to-month normally has the 99 joining fee, but I can take it down to 49 for you."),
 c("So I pay 49 because your guy didn't listen? Doesn't feel right.", "too_expensive"),
 t("I get it. Let me ask my manager about waiving it. I'll call you tomorrow."),
 c("Okay. Tomorrow, then.", None)]))

o = c("Hi, I'm ringing because I want to stop the program. Two months and I've lost three kilos. Feels like a waste of money.", "too_expensive")
PAIRS.append(rpair("b178r_d08_perth_weightloss_quit",
 "Medically supervised weight-loss program, Perth AU (phone): a night-shift worker wants to quit.",
 [o, t("Thanks for telling me straight. What did you expect by now, and what's been hard?"),
 c("Eight or so. And the night shifts make the meal plan impossible. I'm eating servo food at 3am.", None),
 t("So the plan doesn't fit nights, and you eat whatever's open at 3am. That's a plan problem, not a you problem. A free dietitian session to rebuild it round your shifts, before you decide?"),
 c("I'll do one session. But if nothing changes I'm out.", "think_it_over"),
 t("Fair. I'll pause this month's payment until after it. Wednesday at 4, before your shift?"),
 c("Wednesday works.", None)],
 [o, t("Sorry to hear that. Three kilos is within the normal range for two months, and lots of people plateau then drop."),
 c("Maybe, but I'm paying 200 a month. I can't keep doing that for three kilos.", "too_expensive"),
 t("I understand. I could move you to basic, 120 a month, without weekly check-ins."),
 c("Maybe. I'll have a think about it.", "think_it_over"),
 t("No problem. Call us back when you've decided."),
 c("Will do.", None)]))

o = c("Hi, I got a full set of lashes here nine days ago and half of them are gone already. I paid 180.", None)
PAIRS.append(rpair("b178r_d09_nashville_lashes",
 "Lash studio, Nashville US (front desk): a client's extensions fell out within nine days.",
 [o, t("Sorry, half gone in nine days isn't right. Can I look? And how have you been with them, oil cleansers, sleeping on your face?"),
 c("I sleep on my side. No oil stuff. Honestly I'm mad because it was so expensive.", None),
 t("Side sleeping takes a few from one side, but yours are gone from both, so it's likely the bond. Free fill today, and if they don't last two weeks, I refund the set. Fair?"),
 c("A free fill's fine, but I don't want to be back here in a week.", None),
 t("Understood. I'll do it myself, with the stronger adhesive for sensitive eyes. Got an hour now?"),
 c("I have an hour. Let's do it.", None)],
 [o, t("Sorry about that. Lashes do shed naturally, but half in nine days is a lot. I can offer a free fill."),
 c("A fill? I kind of want my money back. Not sure I'd trust them again.", "bad_experience"),
 t("We can't refund services, but I can do the fill plus 20 off your next set."),
 c("Ugh. Fine, the fill. But this is the last time.", None),
 t("Understood. Can you come Tuesday at 3?"),
 c("Tuesday works.", None)]))

o = c("Morning. My daughter's signed me up for, er, a trial yoga class, but I've got osteoporosis and I'm not sure it's wise.", None)
PAIRS.append(rpair("b178r_d10_norwich_yoga_osteoporosis",
 "Yoga studio, Norwich UK (phone): a man in his seventies with osteoporosis, signed up by his daughter.",
 [o, t("Good morning. It's wise to ask. Has your doctor said which movements to avoid?"),
 c("No forward bending, no twisting. Which, er, seems to be most of yoga.", None),
 t("In a normal class, yes. So the class your daughter booked isn't right for you. Our Tuesday chair-based class for bone health avoids both. Try that instead?"),
 c("I'd rather not sit with a load of old dears in chairs, frankly.", "no_need"),
 t("Fair. It's mixed, and harder than it sounds. Or one private session, 50, and I show you a safe home routine. Which suits?"),
 c("The private one. Then I'll see.", None)],
 [o, t("Good morning! Lots of our members have osteoporosis and do really well. I'll tell the teacher so she can give you modifications."),
 c("Right. Will she know what to leave out? I don't want to break anything.", None),
 t("She's very experienced, she'll keep an eye on you. Go at your own pace and skip anything that doesn't feel right."),
 c("Hmm. Not sure that's good enough. I'll think about it.", "think_it_over"),
 t("No problem. The trial's valid for a month."),
 c("Alright. Thanks.", None)]))
