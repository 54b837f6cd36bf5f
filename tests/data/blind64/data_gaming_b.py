"""Gaming pairs, part B (hand-written for blind64)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - veterinary pharmacy, Auckland (NZ), typed chat
o = c("hi my dogs on metacam for his hips and the vet wants 95 for the big bottle can i get it cheaper from u", None)
PAIRS.append(gpair(
    "b64g_auckland_vetpharmacy_metacam", "online veterinary pharmacy, Auckland", "ignored_customer",
    "A dog owner types into an online vet pharmacy's chat looking for cheaper arthritis medicine; the dog has five days left and the vet wants a check-up first.",
    [o,
     t("Hi! We can usually help with that. Metacam is prescription-only, so we'd need a script from your vet. Do you know the bottle size, and how much he weighs?"),
     c("hes a lab 34kg. its the 100ml one i think. vet said he needs a check up before they do another script tho", None),
     t("Okay, 34 kg lab, 100 ml bottle. When was his last check? For long-term anti-inflammatories vets usually want a check, sometimes a blood test, every six months - that's probably why they asked."),
     c("like 8 months ago. money is a bit stretched tbh the checkup is another 80", "no_money"),
     t("That's fair, it adds up. Our 100 ml is 68, so about 27 less per bottle, and over a year that covers most of the check-up. You could also ask the vet for a written script with repeats for six months, so you only pay the consult once. Would that work?"),
     c("oh yeah didnt think of that. how long does delivery take hes got like 5 days left", None),
     t("Courier to Auckland is 1-2 working days once we have the script. If the vet emails it to our scripts address we send the same day. I'll put a note on your account so we watch for it."),
     c("sweet ill ring them today", None),
     t("Great. One tip while he waits: give it with his dinner, it's easier on the stomach."),
     c("yep he gets it mixed in his biscuits. cheers", None)],
    [o,
     t("Hi there! Thanks for reaching out. Can you tell me a bit about your dog and what he needs?"),
     c("lab 34kg arthritis in his hips. he only has 5 days left of metacam and the vet wants a checkup first before a new script", None),
     t("Great, thanks for sharing! Our 100ml Metacam is just 68. Shall I pop it in your cart? We also have a joint supplement bundle, green-lipped mussel, 49.99."),
     c("but i dont have a script yet. thats what im asking. can u sell it without", None),
     t("Totally hear you! The supplement doesn't need a script at all, so that can go out today. Would you like the 90-day tub?"),
     c("i dont want supplements i want his actual meds. money is tight i cant do vet 80 and meds 95 this month", "no_money"),
     t("Understood! Just check out and upload your script when you have it. Is there anything else I can help you with today? How satisfied are you with this chat?"),
     c("useless. ill just ring the vet", None)]))

# 12 repeated_questions - coach tour operator, Edinburgh; older woman, spoken
o = c("Hello, dear. I'm organising a day out for our women's guild, there'll be about thirty of us, and we fancied Loch Lomond or thereabouts in June.", None)
PAIRS.append(gpair(
    "b64g_edinburgh_coach_guildtrip", "coach tour operator, Edinburgh", "repeated_questions",
    "The secretary of a church women's guild phones a coach operator to arrange a day trip for thirty members, several of them elderly.",
    [o,
     t("Lovely, a guild day out. Thirty of you, June, Loch Lomond way. Where would you leave from, and what sort of day - a scenic run with a lunch stop, or something with a boat trip?"),
     c("From Leith, the church hall on Great Junction Street. A boat would be nice if it's not too much walking. Several of the ladies are in their eighties and two use sticks.", None),
     t("Then I'd want a coach with a low, kneeling step, and a boat with a level gangway - the Balloch cruises have one. How long a day are the ladies comfortable with? Back by five or so?"),
     c("Oh, by five at the latest, some of them have their tea at half five sharp.", None),
     t("Back by five, then: leave Leith at nine, coffee stop at Stirling, a one-hour cruise from Balloch, lunch in the village, home by quarter to five. For thirty it's about 1,150 for coach and driver, and the cruise is around 14 a head at the group rate. Does that sound like the right sort of day?"),
     c("It sounds lovely, but that's more than we've got. The kitty's about 1,200 all in, for everything.", "no_money"),
     t("All right. I'll ask Balloch for their pensioner group rate, and if it still goes over I'll price the 45-minute cruise instead of the hour. I'll post you the quote by Friday so you can take it to the committee."),
     c("That would be grand. The committee meets on the twelfth, I'll need to put it to them first.", "think_it_over"),
     t("Then you'll have it well before the twelfth. Could I take your phone number in case I've a question about the ladies with sticks?")],
    [o,
     t("Lovely! So to start, tell me - what kind of experience are you looking for on the day?"),
     c("A nice run out to Loch Lomond, maybe a boat. Several of the ladies are in their eighties and two are on sticks, so not much walking.", None),
     t("Great. And what would you say is the most important thing for you about the day?"),
     c("Well - as I said, not too much walking. And back by five, some of them like their tea early.", None),
     t("Understood. So, thinking about the day as a whole, what would make it a success for your group?"),
     c("Dear, I've told you. Little walking, a boat maybe, home by five. Our kitty's about 1,200 - what can we get for that?", None),
     t("Absolutely. And in terms of priorities, what matters most to your ladies when they go on a trip?"),
     c("I'm going to ring the company in Musselburgh. They at least gave me a price last year.", None),
     t("Of course. Before you go, could you tell me a bit more about what the ideal day looks like for you?"),
     c("Goodbye, dear.", None)]))

# 13 wrong_paraphrase - mobile network, Lagos (Nigeria), typed chat
o = c("good afternoon pls my data is finishing too fast. i subscribed 10gb on monday and today is thursday it is finished", None)
PAIRS.append(gpair(
    "b64g_lagos_mobile_data", "mobile network (chat support), Lagos", "wrong_paraphrase",
    "A woman who sells clothes on Instagram contacts her mobile network's chat because a weekly data bundle runs out in four days.",
    [o,
     t("Good afternoon, sorry about that. 10GB in four days is a lot. Can I ask what you mostly use the phone for - videos, WhatsApp calls, uploading pictures?"),
     c("i sell clothes on instagram so i post videos and pictures everyday. also my phone is hotspot for my sister laptop sometimes", None),
     t("Thank you, that explains a lot. Posting videos plus a laptop on hotspot can easily use 2-3GB a day, especially if the laptop is doing updates. Do you know if your phone uploads the videos in HD?"),
     c("i dont know how to check that. i dont want to buy bigger bundle every week. the last network i was using did the same thing and i left them", "bad_experience"),
     t("Understood, I won't push a bigger bundle. Two free things first: in Instagram settings, under data usage, turn off upload at highest quality unless you need it; and ask your sister to set the hotspot as a metered connection on the laptop so it stops updates. I can also send a free SMS report of your usage by app for this week."),
     c("ok send the report. but if its still finishing fast what can i do", None),
     t("If it still finishes fast after those settings, the 30-day 40GB plan is cheaper per GB than four weekly 10GB bundles - 6,000 naira instead of 8,000. But read the report first, you may not need it. I'll check back on Monday by SMS."),
     c("ok thank u. i will try the settings first", None),
     t("The report is on its way now as an SMS. It shows each app separately."),
     c("ok it came. instagram is 6gb this week alone wow", None)],
    [o,
     t("Good afternoon! Thanks for reaching out. Can you tell me more about how you use your data?"),
     c("i sell clothes on instagram so i post videos everyday. sometimes hotspot for my sister laptop", None),
     t("So what I'm hearing is that you stream a lot of movies and you want unlimited data, is that correct?"),
     c("no i didnt say movies. i said i post videos for my business. i just want to know why it finish fast", None),
     t("Got it, so you're saying the 10GB plan is too small for a business your size and you'd like to move to Business Unlimited at 15,000 monthly. Did I understand you correctly?"),
     c("15k?? no. i never said that. i cannot pay 15k for data every month my sales is not that much", "no_money"),
     t("I understand. So to summarise, you're happy to start the Business Unlimited trial and cancel within 7 days if it doesn't suit. I'll activate it now."),
     c("pls dont activate anything. i dont want it. i will go to the office myself", "no_need")]))

# 14 pitch_to_upset - bank branch, Johannesburg; recently widowed woman
o = c("Good morning. My husband passed away three weeks ago and they told me to come here about his accounts. I'm sorry, I'm not very good at this, he did all the banking.", None)
PAIRS.append(gpair(
    "b64g_johannesburg_bank_bereavement", "retail bank branch, Johannesburg", "pitch_to_upset",
    "A recently widowed woman comes into her bank branch about her late husband's accounts after a debit order bounced.",
    [o,
     t("I'm very sorry for your loss. Please take your time, there's no rush here. Would you like some water? Can I ask who sent you to us - an attorney, or someone handling his estate?"),
     c("Thank you. Our son's friend is an attorney, he's the executor. He said the accounts are frozen and I must bring the death certificate. And the electricity debit order came off his account and now it's bounced.", None),
     t("That's right - once we're told, the accounts are frozen, so debit orders from them stop. That's stressful on top of everything. So the urgent thing is the electricity. Do you have an account of your own with us, or was everything in his name?"),
     c("Only a small savings account in my name. I don't even know the online banking.", None),
     t("Okay. Today we can do two things: take a copy of the death certificate and note the executor's details so the estate is wound up properly, and move the electricity debit order to your own account so it doesn't bounce again. Do you have the certificate with you?"),
     c("Yes, here. And my ID. My daughter said I should also ask about his funeral policy, but I can't face that today.", None),
     t("That's completely fine, it can wait. I'll write down the number of our deceased-estates team for the policy; they can phone you when it suits you, or your daughter can call with you. Shall we sort out the debit order now?"),
     c("Yes please. Thank you for being so patient with me.", None),
     t("Of course. We'll go one step at a time. Do you have the electricity bill with you, so I can see the account number for the debit order?"),
     c("It's here somewhere... yes, this one. City Power.", None)],
    [o,
     t("I'm sorry to hear that. So we'll close his accounts - and while you're here, this is actually a good moment to look at your own financial future. Do you have funeral cover of your own?"),
     c("Please, I don't want to think about policies now. The electricity debit order bounced off his account.", "no_time"),
     t("I completely understand how hard this is. What I'm hearing is that you want peace of mind, and that's exactly what our Family Legacy Plan gives you - from 189 rand a month, and it pays out in 48 hours so your children never go through what you're going through. Can I run a quick quote?"),
     c("He's been gone three weeks. I came about the electricity.", None),
     t("That's exactly why planning matters. And as a widow you'll want to move his investments into our Wealth Builder account, the rates are very good this month. What does your monthly income look like now?"),
     c("I'm sorry, I can't do this. Where do I bring the death certificate?", None),
     t("Deceased estates is on the second floor, but they only see people by appointment, you can book online. Before you go, shall I pencil you in for a financial review next week?"),
     c("No. My son will come with me next time.", "brush_off")]))

# 15 blame - appliance shop, Malaga (Spain); German retiree, non-native English
o = c("Hello, I bought from you a washing machine two weeks ago, your men installed it, and now it leaks water on the kitchen floor every time. The floor is wood.", None)
PAIRS.append(gpair(
    "b64g_malaga_appliance_leak", "appliance shop with installation, Malaga", "blame",
    "A German retiree living on the Costa del Sol phones the shop's English line because a newly installed washing machine leaks.",
    [o,
     t("Hello, I'm sorry - water on a wooden floor is the last thing you need. Is it leaking during the wash or when it empties, and from the front or the back?"),
     c("When it pumps out, I think. From behind. I put towels, but the floor is now a little bit up at the edges.", None),
     t("So from the back while it drains - that's usually the drain hose not fixed properly, which would be our installation. Please don't use it until we've checked. I can send a technician tomorrow morning, between nine and twelve?"),
     c("Tomorrow I have the doctor at ten. Thursday is better.", "no_time"),
     t("Thursday, nine to twelve. And for the floor - please take photos now, with the date. If it's our installation, we cover the damage through our insurance; the technician will write a report."),
     c("Okay. But I must say, last time I bought a dishwasher in another shop it was the same story, and they said it is my fault. I don't want this again.", "bad_experience"),
     t("I understand. If the technician finds the hose or the connection was fitted wrongly, it's on us, and he'll say so in writing. I'll call you Thursday afternoon to go over what he found."),
     c("Good. Thank you. Thursday then.", None),
     t("Until then, if you need to wash, please use the laundrette and keep the receipt - we'll refund it."),
     c("Oh, that is fair. I keep the receipt.", None)],
    [o,
     t("Hello, I'm sorry to hear about your experience. Can I ask - did you read the loading instructions? Overloading is the number one cause of leaks we see."),
     c("I don't overload. Four kilos, the machine is eight kilos. It leaks from behind, when it pumps.", None),
     t("Okay. And are you using the right detergent? Too much soap foams up and comes out the back. Which detergent do you use?"),
     c("Normal detergent. The same for twenty years. Your men installed it, maybe the hose is not good.", None),
     t("Our installers are fully trained, so I doubt it. Honestly, a wooden floor in a kitchen is a risk, that's really down to the homeowner. Did you level the machine after they left?"),
     c("Level? Is not my job. I paid 60 euro for installation. Last time, with a dishwasher from another shop, it was also my fault. I know this game.", "bad_experience"),
     t("I understand your frustration. We can send a technician, but if the fault turns out to be misuse there's a 75 euro call-out fee. Would you like to book?"),
     c("No. I call the consumer office. Goodbye.", None)]))

# 16 monologue - rota software (SaaS), Manchester dental practice
o = c("Hi, I filled in the form on your website - we're a dental practice, six dentists, and I'm doing the staff rota on a spreadsheet and it's driving me mad.", None)
PAIRS.append(gpair(
    "b64g_manchester_rota_software", "staff-rota software company, Manchester", "monologue",
    "A dental practice manager answers a sales call after filling in a web form about rota software.",
    [o,
     t("Thanks for getting in touch. What is it about the spreadsheet that's driving you mad - the time it takes, mistakes, people swapping shifts?"),
     c("All of it, honestly. But mainly swaps. The nurses swap between themselves on WhatsApp and I find out on the day. Last week a dentist had no nurse at eight in the morning.", None),
     t("So the real pain is swaps happening outside the rota and you finding out too late. How many nurses and receptionists, and does anyone else edit the spreadsheet?"),
     c("Eleven nurses, four on reception. Only I edit it. I do it Sunday nights, takes me about three hours.", None),
     t("Three hours every Sunday. With ours, staff request a swap in the app, you approve it, and it checks every dentist still has a nurse. For sixteen staff it's 64 pounds a month. Before you decide anything - would a two-week trial help, where I import your current spreadsheet so you see it with your own names?"),
     c("Two weeks... we've got the CQC inspection in March, I can't take on anything new before that.", "no_time"),
     t("That makes sense. Shall I set the trial up for the week after the inspection? I'll send a calendar reminder and a two-minute video of the swap feature now, so you can show the principal dentist."),
     c("Yeah, end of March is better. And yes, he'll want to see it, he signs off anything over fifty quid.", "think_it_over"),
     t("Then I'll pencil the trial in for the 31st and email you both the video today.")],
    [o,
     t("Brilliant, thanks for reaching out! So let me tell you a bit about us. We're the UK's fastest-growing workforce platform for healthcare, over nine hundred practices, and we do rota, payroll export, holiday tracking, timesheets, GPS clock-in, HR documents, appraisals, the lot. Our practices save on average eleven hours a week. The Pro plan is 149 a month, which sounds a lot but honestly pays for itself in the first month. What's your current experience been like?"),
     c("Er, well, it's the swaps mostly, the nurses swap on WhatsApp and I don't -", None),
     t("Totally, and that's exactly what our Smart Swap engine handles - AI-powered, it learns your team's patterns. On top of that, Pro gives you the appraisal module, which inspectors love by the way, and GPS clock-in so you see who's actually in the building. Payroll integration launches next quarter. I'll be honest, most practices your size go straight to Pro because Basic runs out of room. So shall I get you booked in with our onboarding team this week?"),
     c("We're sixteen staff. I don't need GPS, they're in the building, I can see them. And 149's a lot more than I was expecting.", "too_expensive"),
     t("Absolutely, and that's a common reaction until people see the ROI. Think about it: three hours a week of your time times your hourly rate, plus the cost of one morning without a nurse - it's a no-brainer. And I can throw in free onboarding worth 300 if we get the paperwork through this month. Our customers tell us the relationship with our success team is the best part."),
     c("Look, I've got patients arriving. Just send me something and I'll have a look.", "brush_off"),
     t("Will do! I'll send the Pro proposal and pop a follow-up call in for tomorrow morning. And remember, the free onboarding ends on the 31st!"),
     c("Right. I have to go.", None)]))

# 17 closing_as_open_question - used car dealer, San Antonio (Texas)
o = c("Hey. I'm looking for something reliable. I work nights at the hospital and my old car died on me on 410 last week.", None)
PAIRS.append(gpair(
    "b64g_sanantonio_usedcar_nightshift", "used-car dealer, San Antonio", "closing_as_open_question",
    "A night-shift nurse with a small down payment and damaged credit visits a used-car lot after a breakdown.",
    [o,
     t("Oh man, breaking down on 410 at night is no fun - glad you're okay. What are you driving right now, and how far is your commute?"),
     c("I'm borrowing my mom's car for now. It's like 22 miles each way. I don't need anything fancy, I just need it to start.", None),
     t("Got it - 44 miles a day, mostly highway, and above all it has to start. Do you have a number in mind, either a total price or a monthly payment?"),
     c("I've got about three thousand saved for a down payment. My credit isn't great though, some medical bills went to collections.", None),
     t("Thanks for telling me, that helps. With three down and that credit, I'd look at cars around 9 to 12 thousand so the payment stays sensible. There's a 2017 Corolla with 88,000 miles and a 2016 Civic. Before we talk payments, drive both, and take the one you like to your own mechanic - we'll let it go for an hour."),
     c("My own mechanic? Okay, that's different. The last lot I bought from sold me a car that needed a transmission in two months.", "bad_experience"),
     t("That's exactly why I'd rather you check. The Corolla has service records, I'll print them. Drive it now, and if you like it, take it to your mechanic before you sign anything."),
     c("Yeah, let's drive the Corolla. I can take it to my uncle's shop tomorrow, he's off Tuesdays.", None),
     t("Here are the keys. Take it on 410 if you like, see how it feels at highway speed."),
     c("Ha, 410. Okay. If it dies there I'm walking back.", None)],
    [o,
     t("Sorry to hear that! So tell me - if I find you something reliable today, what would stop you from driving it home tonight?"),
     c("Um, I don't know, the price? I've only got about three thousand down and my credit's not great.", None),
     t("Perfect, that's workable. So what monthly payment would make you comfortable enough to sign today - 350, 400?"),
     c("I'd need to see the car first. What have you got around ten thousand?", None),
     t("Totally get it. So which do you see yourself in, the Corolla or the Civic? And would you rather do the paperwork now or right after your test drive?"),
     c("I'd rather have my uncle look at it first. He's a mechanic, he can check it Tuesday.", "think_it_over"),
     t("Makes sense. What would it take for you to feel good enough to put a deposit down today so nobody grabs it before Tuesday? How does five hundred sound?"),
     c("It sounds like a lot of pressure. Maybe I'll come back Tuesday with my uncle, maybe not.", "brush_off")]))

# 18 pitch_as_paraphrase - gym, Dubai; Brazilian customer after knee surgery, non-native English
o = c("Hi, I want information about the gym. I had operation in the knee last year, the ligament, and the physio says now I can start to train but careful.", None)
PAIRS.append(gpair(
    "b64g_dubai_gym_knee", "gym, Dubai Marina", "pitch_as_paraphrase",
    "A Brazilian woman on a work contract in Dubai asks about joining a gym after knee-ligament surgery.",
    [o,
     t("Hi, welcome. Good that the physio's given you the green light. What did they say careful means for you - any exercises to avoid, or a plan they gave you?"),
     c("She gave me a paper with exercises. No jumping, no running for three months more. Mostly bike and the leg machines with low weight.", None),
     t("So bike and light leg machines, no jumping or running for now. How often can you come, and at what time of day?"),
     c("Three times in the week, after work, around seven. And I don't want the classes. In Brazil I did CrossFit and that's how I broke the knee.", "bad_experience"),
     t("Understood - no classes, nothing high-impact. Then the off-peak plan isn't for you, because seven is peak. Standard is 299 dirhams a month and covers evenings. If you like, one of our trainers who works with post-surgery clients can go through your physio's paper with you in a free first session, so the machines are set right for your knee."),
     c("299 is okay. Can I stop if my contract finishes? I am not sure I stay in Dubai more than six months.", None),
     t("Then don't take the twelve-month deal. Month to month is 329 with 30 days notice and no penalty. The extra 30 is the price of flexibility, and in your situation I'd pay it."),
     c("Okay, month to month. And the free session, can be Thursday?", None),
     t("Thursday at seven with Karim. Bring the physio's paper.")],
    [o,
     t("Hi, welcome! Tell me about your fitness goals?"),
     c("The physio says I can train now but careful. Bike and leg machines with low weight, no jumping for three months.", None),
     t("Amazing. So what you're telling me is you want to come back stronger than ever, and our Elite Transform package is made for exactly that - twelve PT sessions plus unlimited classes, 1,450 a month. Is that right?"),
     c("No. I said careful. And no classes, I broke the knee doing CrossFit in Brazil.", "bad_experience"),
     t("Of course. So what I'm hearing is you want personal attention instead of classes, which means our PT-only Platinum plan, 990 a month. Did I get that right?"),
     c("990 for a gym? No, that's too much. I want only the machines and the bike.", "too_expensive"),
     t("Totally. So if I summarise: you want the best results for your knee as fast as possible, and a twelve-month Platinum commitment brings it down to 790. Shall I get the paperwork?"),
     c("You don't listen. I use the gym in my building, it's free.", "no_need")]))

# 19 upsell_as_loop_closing - hotel front desk, Vienna; Italian mother, late arrival
o = c("Good evening, we have reservation, name Ferraro. Sorry we are so late, the train from Salzburg was two hours late and my daughter is sleeping on me.", None)
PAIRS.append(gpair(
    "b64g_vienna_hotel_latearrival", "city hotel front desk, Vienna", "upsell_as_loop_closing",
    "An Italian mother arrives at a hotel near midnight with a sleeping toddler after a delayed train.",
    [o,
     t("Good evening, Mrs Ferraro, welcome - and please don't apologise, you must be exhausted. I have your room. Did you ask for a cot for your daughter, or shall I have one brought up?"),
     c("Yes please, a cot. I didn't ask, I forgot. And is the restaurant still open? We didn't eat on the train.", None),
     t("The restaurant closed at ten, I'm sorry, but the bar kitchen does soup, sandwiches and pasta until midnight. I'll send the cot up within ten minutes. Is there anything for your daughter - warm milk, a bottle warmer?"),
     c("Some warm milk would be perfect. How much is the room service? We are a little over the budget already on this trip.", None),
     t("The milk is on us. Pasta is 16, soup 9, and room service adds a 5 euro tray charge - or you can collect from the bar yourself and save the 5, it's just round the corner."),
     c("I will collect, thank you. And breakfast, is included?", None),
     t("Yes, breakfast is in your rate, 6:30 to 10:30. You're in 412, the lift is on your left. I'll ring up when the cot is in place."),
     c("Thank you, you are very kind.", None),
     t("Good night. If she wakes and you need anything, dial 9 - the night porter is here until seven."),
     c("Grazie. Good night.", None)],
    [o,
     t("Good evening and welcome! Let me get you checked in - room 412, standard double. Before I finish, is there anything else I can add for your stay? We have a lovely upgrade to a junior suite tonight, only 60 euro more."),
     c("No, no, the normal room is fine. I need a cot for my daughter, and something to eat, we didn't eat.", "no_need"),
     t("Of course! The cot is 25 a night. And to close the loop on your stay, what else can I add - late checkout is 40, and our breakfast package is 28 per adult."),
     c("Breakfast is not included? My booking says included. And 25 for a cot, really? We are already over the budget.", "too_expensive"),
     t("Let me check... yes, it's included, apologies. Is there anything else I can add to make your stay perfect? The spa opens at nine tomorrow, the couples massage is very popular."),
     c("I am alone with a sleeping child. I just want food. Is the restaurant open?", None),
     t("The restaurant is closed, but room service runs until midnight. Shall I add a bottle of prosecco to the order to celebrate your arrival? Anything else?"),
     c("No. Just the cot, please. Only the cot.", "no_need")]))

# 20 leading_tag_questions - farm machinery dealer, Saskatchewan (Canada); terse farmer
o = c("Morning. My air drill's getting tired. Forty-foot, 2009. Thinking about replacing it before spring. Maybe.", None)
PAIRS.append(gpair(
    "b64g_saskatchewan_airdrill", "farm machinery dealer, Saskatchewan", "leading_tag_questions",
    "A grain farmer drops into a machinery dealership about an ageing air drill ahead of seeding.",
    [o,
     t("Morning. A 2009's done a lot of acres. What's making it tired - openers, the meter, or breakdowns during seeding?"),
     c("Openers are shot. And I lost two days last May on a cracked frame weld. Can't have that in seeding.", None),
     t("Two days in May hurts. Is the frame the only structural problem, or has it been welded before?"),
     c("Welded once before, 2019. Cart's fine, I'd keep the cart.", None),
     t("Okay, so it might be a drill-only replacement, keeping your cart. What acres and crops - still canola and wheat mostly? That decides whether forty foot still fits or you'd go wider."),
     c("About 2,400 acres. Canola, wheat, some peas. Forty's fine, my tractor won't pull more. And I'm not spending four hundred grand, I'll tell you that now.", "no_money"),
     t("Understood. Then two options: a new forty-foot drill matched to your cart, around 230 thousand, or a rebuild of yours - new openers, frame inspection - maybe 55. Either way I'd want our service tech to look at the frame first. Can he come out next week?"),
     c("Next week's okay. Tuesday. I'll want to talk it over with my son, he's taking over the place.", "think_it_over"),
     t("Tuesday it is. I'll bring both numbers on paper so your son can see them side by side."),
     c("Good. He likes paper less than I do, but bring it.", None)],
    [o,
     t("Morning! You'll be wanting to go bigger this time, won't you? Sixty-foot is where everybody's going."),
     c("No. My tractor won't pull sixty. Forty's plenty for 2,400 acres.", "no_need"),
     t("Sure, but you'd want a new tractor eventually anyway, wouldn't you? And with sectional control you'd save on seed, wouldn't you?"),
     c("The openers are shot and I lost two days last May on a cracked weld. That's my problem, not the tractor.", None),
     t("Exactly, so you can't risk that again this spring, can you? A new sixty-foot package with the tractor, we'd do it at 780 with financing - that's the smart move, isn't it?"),
     c("780 thousand? You're dreaming. That's way more than the job is worth.", "too_expensive"),
     t("But you'd want to talk to our finance guy before saying no, wouldn't you? Rates won't be this low again, will they?"),
     c("I'll get the openers done at the co-op and run it one more year. Thanks.", "no_need")]))
