"""Gaming pairs, part C (kinds 6-15, one each). Written by hand for blind66 (prefix b66)."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - veterinary clinic, Glasgow
o = c("Hi, it's about Bonnie, my spaniel. She's not eaten since yesterday morning and she's just lying there. She's twelve.", None)
PAIRS.append(gpair(
    "b66g_vet_old_spaniel", "veterinary clinic, Glasgow", "putdown_question",
    "A worried owner brings in a twelve-year-old unspayed spaniel that has stopped eating and is drinking a lot; the dog is not insured.",
    [o,
     t("Thanks for bringing her straight in. Has she been sick or had diarrhoea, and is she drinking?"),
     c("Sick once last night. Drinking a lot actually, more than normal. I don't know if that's relevant.", None),
     t("Very relevant, thank you. Drinking more and off her food at twelve, I'd want to check her kidneys and rule out a womb infection if she's not spayed. Is she?"),
     c("No. We never got round to it. Is that bad?", None),
     t("It just means I'll check for it. I'd like to examine her now, then bloods and probably a scan. Exam and bloods are about 180 pounds, the scan another 120 if I need it. I'll tell you before doing anything beyond that."),
     c("Three hundred. I... she's not insured. Can I pay some of it next week?", "no_money"),
     t("Yes, we can split it. Let's start with the exam and bloods today, and I'll ring you with results within two hours before deciding anything else."),
     c("Okay. Thank you. Please be gentle, she's scared of the table.", None),
     t("We'll examine her on the floor on a blanket. She'll be fine with us."),
     c("Thank you.", None)],
    [o,
     t("Okay, so before we start, can you tell me why you waited a whole day to bring her in?"),
     c("I thought she just had an upset tummy. She's done that before.", None),
     t("Right. And did you not notice she's drinking more? Most owners would spot that. So what exactly have you been feeding her?"),
     c("The same food as always. I'm not a bad owner, if that's what you're saying.", None),
     t("Nobody said that. I'm just trying to understand your experience here. She's not spayed either, was there a reason, or did you just not think about it?"),
     c("We just didn't. Look, how much is this going to be? She's not insured.", None),
     t("Well, at her age she probably should have been. Exam, bloods and a scan, 300. Does that work for you, or would you rather take your chances?"),
     c("I can't do 300 today. And I don't like being spoken to like this.", "no_money"),
     t("I hear your frustration. So what would you like to do?"),
     c("I'll take her to the PDSA. Come on, Bonnie.", None)]))

# 7 not_my_department_or_read_the_terms - airline baggage desk, Istanbul airport
o = c("Hello, my bag did not arrive. I came from Sao Paulo, connection here, and the bag is not on the belt. My medicine for diabetes is inside.", None)
PAIRS.append(gpair(
    "b66g_airline_lost_bag_medicine", "airline baggage service desk, Istanbul airport", "not_my_department_or_read_the_terms",
    "A Brazilian traveller (non-native English) whose checked bag, with her diabetes medicine in it, missed the connection in Istanbul.",
    [o,
     t("I'm sorry. First the medicine: do you have enough with you for today and tonight?"),
     c("Only for today, in my handbag. Tomorrow I have nothing.", None),
     t("Okay. Let me find the bag. Can I see the baggage tag sticker? ... Your bag was loaded in Sao Paulo but missed the connection. It's on tomorrow's first flight, landing 5:40. Where are you staying?"),
     c("Two days in Istanbul, hotel in Sultanahmet. I must come back to the airport tomorrow?", None),
     t("No, we deliver it to your hotel, normally by tomorrow afternoon. For tonight, there's a pharmacy in arrivals; if you buy medicine, keep the receipt and we refund up to 150 dollars with your file number."),
     c("Afternoon is late. I need the morning dose before 9.", "no_time"),
     t("Then buy one day's supply at the pharmacy now to be safe. I'm also marking your delivery as medical priority so it goes out first. Your file is IST-88213, and this number tracks it."),
     c("Okay. Thank you, you are very clear.", None)],
    [o,
     t("Hello, welcome to Istanbul! I understand your frustration. How can I make your experience better today?"),
     c("My bag. Not arrived. My diabetes medicine is inside.", None),
     t("I hear you. Medication is really not my department, that's a medical matter. For the bag, you fill in the form online, the QR code is on the wall."),
     c("I don't have internet here. You can do it?", None),
     t("I'm afraid our policy is that passengers file online. It's all in the conditions of carriage, article 14, you accepted them when you booked."),
     c("I don't know article 14. I need the medicine tomorrow morning.", None),
     t("I understand how you feel, but I didn't make the rules. The airport has free wifi after you register with your passport. Anything else?"),
     c("You are not helping me. Where is the manager?", None),
     t("The supervisor is on break. Can I ask how satisfied you are with our service today?"),
     c("Very bad.", None)]))

# 8 social_proof_or_deadline_pressure - English language school, Malta
o = c("Hi, I want information about the English courses. I have an interview for a job in a hotel in Dubai in two months, it will be in English, and my speaking is not good.", None)
PAIRS.append(gpair(
    "b66g_language_school_interview", "English language school, St Julian's, Malta", "social_proof_or_deadline_pressure",
    "A Colombian hotel worker (non-native English) with a job interview in two months wants to improve her speaking on about 1,500 euro of savings.",
    [o,
     t("Congratulations on the interview! What's hardest for you when speaking, understanding people, or finding the words when you answer?"),
     c("Finding the words. I understand okay, but when I speak I freeze, especially on the phone.", None),
     t("So understanding is fine, but you freeze when you answer, especially on the phone. How long can you stay in Malta, and what's your budget for the course?"),
     c("Four weeks maximum. My savings for this is maybe 1,500 for the course, without the room.", None),
     t("Then I'd look at General English, 20 lessons a week, four weeks is 980, plus our Friday interview workshop, 60 for the month. It's mostly speaking in small groups, and the workshop does mock interviews, phone ones too."),
     c("It sounds good, but my cousin did a school here and she said the classes had 15 people, nobody speaks.", "bad_experience"),
     t("That's a fair worry. Our maximum is 10 and the average is 7. You can do a trial lesson on your first Monday, and if the class isn't right, we move you or refund the first week."),
     c("Okay. I talk with my mother tonight, she helps with the money, and I write you tomorrow.", "think_it_over"),
     t("Perfect. I'll email you the prices and the May start dates, so you can look at them together."),
     c("Okay, thank you, muchas gracias.", None)],
    [o,
     t("Welcome! Tell me, what does success look like for you?"),
     c("To pass the interview. My speaking is not good, I freeze.", None),
     t("I hear you. Honestly, every student from Colombia this year took our Intensive Plus, 30 lessons a week, 1,680 for four weeks. It's the one that gets results."),
     c("1,680 is more than I have. I have maybe 1,500, and I need the room also.", "no_money"),
     t("I understand. But the early-bird price ends tonight at midnight, tomorrow it's 1,890. And the May intake is nearly full, there are two places left."),
     c("I need to talk with my mother first, she helps me.", "think_it_over"),
     t("Sure, but the last girl who waited to ask her parents lost her place. All the Latin American students are coming in May. Would you like to reserve now with a 200 deposit?"),
     c("No. I don't like this hurry. Goodbye.", None)]))

# 9 keyword_stuffed - freight forwarder, Rotterdam
o = c("Right, I have four 40-foot containers a month from Ho Chi Minh, furniture. Our current forwarder keeps missing vessel cut-offs. I need a rate and I need it this week.", None)
PAIRS.append(gpair(
    "b66g_freight_forwarder_rate", "freight forwarder, Rotterdam", "keyword_stuffed",
    "An impatient purchasing manager at a furniture importer wants a door-to-door rate for four containers a month from Vietnam after repeated rolled bookings.",
    [o,
     t("Understood. Is that FOB Ho Chi Minh, and do you need customs clearance and delivery to your warehouse, or port to port?"),
     c("FOB. Clearance and trucking to Tilburg. We have AEO status, if that matters.", None),
     t("It does, it speeds up clearance. When they miss cut-offs, is it the supplier being late with cargo, or the forwarder not getting space?"),
     c("Space. They book late and we get rolled. Twice last quarter, two weeks lost each time, my sales team went mad.", None),
     t("So the pain is rollovers from late booking. We hold allocation with two carriers on that lane, so I'd put your four boxes on a fixed weekly slot with two weeks' notice. All-in from FOB to Tilburg is about 2,650 per forty right now, clearance included."),
     c("2,650. I'm paying 2,300 now.", "too_expensive"),
     t("Your 2,300 doesn't include two lost weeks twice a quarter. I can do 2,550 on a three-month commitment, and if we roll a box on our allocation, that box's freight is on us. I'd suggest a one-month trial, four boxes."),
     c("Send that in writing today, with the rollover clause. I'll put it next to the other quote I'm getting.", "think_it_over"),
     t("You'll have it by 4 pm, with the clause spelled out."),
     c("Fine.", None)],
    [o,
     t("Thanks so much. I really want to understand your needs, your journey with logistics, and how you feel about your current forwarding experience."),
     c("I feel they miss cut-offs. I need a rate. This week.", None),
     t("I totally understand, and I feel that frustration. For us success is all about the relationship, understanding your needs, and delivering an experience that feels seamless end to end."),
     c("Is that a yes on this week? FOB Ho Chi Minh to Tilburg, four forties a month.", None),
     t("What I'm hearing is that you need a partner who understands your experience and your success. We're passionate about empowering customers to reach their logistics goals through a needs-based approach."),
     c("I don't have time for the brochure. Rate or no rate?", "no_time"),
     t("Absolutely. I'll connect you with our solutions team to explore your needs in more depth and understand what success looks like for you. How satisfied are you with our conversation so far?"),
     c("Not. Forget it, I'll ask someone else.", None)]))

# 10 rude - university student services, Sydney
o = c("Hello, I need a letter that says I am enrolled, for my visa. The website say 5 working days but my appointment with immigration is on Monday.", None)
PAIRS.append(gpair(
    "b66g_university_enrolment_letter", "university student services desk, Sydney", "rude",
    "A Chinese international student (non-native English) needs a proof-of-enrolment letter for a visa appointment in four days; a friend's printout was once refused.",
    [o,
     t("Okay, let's see what we can do. Can I have your student number? And the appointment is this coming Monday?"),
     c("Yes, this Monday, 10 am. Student number 45512389.", None),
     t("Thanks, Wei. The signed letter takes five days because the registrar signs it, but there's also an instant letter on the student portal with a QR code they can check. Do they need a signed original, or would that do?"),
     c("I don't know. The email says confirmation of enrolment from your institution. My friend had a problem last year, immigration refused the printout.", "bad_experience"),
     t("That's a fair worry, so let's do both: I'll print the portal letter for you now, and mark the signed one as urgent for a visa, those usually take a day. You'll have it by email by Friday 3 pm."),
     c("Friday. Okay. If it is not there Friday, what can I do?", None),
     t("Call this number and ask for me, Hannah, and I'll walk it to the registrar myself."),
     c("Thank you very much.", None)],
    [o,
     t("Right. Did you read the website? It says five days. Five. So what can I help you with?"),
     c("Yes, I read. But my appointment is Monday.", None),
     t("Well, that's not really our problem, is it? Everyone leaves things to the last minute. Student number?"),
     c("45512389. I just got the email from immigration yesterday.", None),
     t("Yeah, yeah. Look, there's a download on the portal. It's been there for years, people just don't look."),
     c("My friend said immigration did not accept the printout last year.", "bad_experience"),
     t("Your friend said. Okay. Well, if you want to believe your friend over the university, go for it. Anything else?"),
     c("Can I please talk to someone else?", None),
     t("Sure, take a number. It's about an hour. Next!")]))

# 11 ignored_customer - dental clinic, Toronto
o = c("Hi, um, I got a letter saying I need a crown on a back tooth. I have to say I'm really nervous about dentists. Like, really.", None)
PAIRS.append(gpair(
    "b66g_dentist_nervous_crown", "dental clinic, Toronto", "ignored_customer",
    "A nervous patient told she needs a crown; as a child she was drilled before the numbing worked, and her insurance pays only half.",
    [o,
     t("Thanks for telling me, that helps us plan. What worries you most, the needles, the noise, or something that happened before?"),
     c("A dentist when I was a kid drilled before the numbing had kicked in. I still remember it.", None),
     t("That sounds awful, and it makes sense you're nervous. We always test that the tooth is fully numb before starting, and you can raise your hand any time and we stop. Some people like headphones too. Would that help?"),
     c("Yeah, maybe. And how much is it? My insurance through work only covers half.", None),
     t("The crown is 1,400 and your insurance covers half, so about 700 for you. It's two visits, and you pay after each one."),
     c("That's still a lot. Does it have to be now? It doesn't even hurt.", "no_need"),
     t("Honest answer: not this week, but there's a big old filling with a crack, and if it breaks it may need a root canal, which is more money and more visits. Could we book the first visit in a month, so you have time to budget?"),
     c("A month. Okay. Can I have the headphones?", None),
     t("Absolutely. I'll put it on your file, and that you want us to check the numbness twice."),
     c("Thank you. Honestly, that helps.", None)],
    [o,
     t("Welcome! How are you feeling about your dental care?"),
     c("Honestly, terrified. A dentist drilled me before the numbing worked when I was a kid.", None),
     t("Great. So, the crown. We'll do the prep, impression and a temporary, then the permanent one two weeks later."),
     c("Will you check it's numb? That's really what scares me.", None),
     t("It's 1,400 for the crown. How's your insurance?"),
     c("Half. But I asked about the numbing.", None),
     t("Okay, so 700 for you. We're booking up, so I'd do it Tuesday at 8. Any other questions?"),
     c("Tuesday I work. And I still don't know if it'll hurt. I need to think about this.", "think_it_over"),
     t("Sure. Thursday at 8 then? How satisfied are you with your visit today?"),
     c("I'll call you.", "brush_off")]))

# 12 repeated_questions - furniture store, Stockholm
o = c("Hej, we are looking for a sofa bed. Our apartment is small, and my parents visit a lot, so it must be good to sleep on, not just to sit.", None)
PAIRS.append(gpair(
    "b66g_sofa_bed_small_flat", "furniture store, Stockholm", "repeated_questions",
    "A couple with a cat and a small flat want a sofa bed their parents can sleep on one weekend a month; the father has a bad back.",
    [o,
     t("Makes sense. How wide is the wall where it would go, and how often do your parents stay?"),
     c("2 metres 10, the wall. They come maybe one weekend a month. And we have a cat who scratches everything.", None),
     t("A 2.10 wall, guests once a month, and a cat. Then I'd look at one with a real mattress, not folding cushions, and a tight-woven fabric that cats find boring. This one, Vila, is 198 wide, pocket-spring mattress, washable cover. 14,900 kronor."),
     c("Fifteen thousand. Hmm. The one we saw at IKEA was seven.", "too_expensive"),
     t("True, and the IKEA one is fine for sitting. For two adults sleeping a weekend a month, the mattress is the difference. If your parents are fine on firm foam, Lo at 9,900 is a middle way. Does either of them have back trouble?"),
     c("My father, yes. He complains about everything we have. I think we should bring him to try it.", "think_it_over"),
     t("Good idea. We're open Saturdays until five, he can lie on both. I'll write down both models and the fabric code for you."),
     c("Tack, we'll bring him on Saturday.", None)],
    [o,
     t("Welcome! What are you looking for today?"),
     c("A sofa bed. Small apartment, my parents visit often, it must be good to sleep on.", None),
     t("Lovely. And what's the main purpose of the sofa for you?"),
     c("Sleeping. For my parents. Like I said.", None),
     t("Great. And how do you see yourselves using it day to day, and also for, say, guests?"),
     c("...We sit on it, and my parents sleep on it. Once a month.", None),
     t("Perfect. So, to really understand your needs: is it more for sitting or more for sleeping?"),
     c("Sleeping! We said it three times. Maybe we come back another day.", "brush_off"),
     t("Sure. And just before you go, what would you say you're looking for in a sofa?"),
     c("Hej da.", None)]))

# 13 wrong_paraphrase - IT managed services for a law firm, Chicago
o = c("Hi. So our IT guy, Gary, is retiring in June. He's done everything for us for fifteen years, we're a 20-person law firm. I need to figure out what we'd need to replace him.", None)
PAIRS.append(gpair(
    "b66g_msp_law_firm_handover", "IT managed services provider, Chicago", "wrong_paraphrase",
    "The office manager of a 20-person law firm must replace a retiring part-time IT man who runs their on-site document server.",
    [o,
     t("Fifteen years, that's a lot of knowledge walking out the door. What does Gary handle day to day, laptops and printers, or also the server, backups, security?"),
     c("All of it. He comes in Tuesdays and Thursdays, and people call his cell the rest of the time. We have a server in a closet for the document management system.", None),
     t("So on site two days, phone any time, and a server for the document system. Do you know if backups are tested, and does your cyber insurance ask for things like multi-factor login?"),
     c("The insurer did ask about MFA this year. I said yes, but honestly I'm not sure we have it everywhere.", None),
     t("That's worth knowing before June. I'd suggest a two-week handover audit while Gary's still there: we document what he does, check the backups and MFA, and give you a fixed monthly quote. The audit is 2,500, credited if you sign with us."),
     c("2,500 just to look? Gary costs us about 4,000 a month all in.", "too_expensive"),
     t("Fair question. The audit is mostly getting what's in Gary's head onto paper; without it, whoever follows him starts blind. The monthly for 20 people would probably land between 3,200 and 3,800."),
     c("Okay, that's in range. Let me talk to the partners Monday and get back to you.", "think_it_over"),
     t("Sure. I'll send you a one-page summary for the partners so you don't have to explain it all yourself."),
     c("That would be great, thanks.", None)],
    [o,
     t("Great, so if I understand correctly, you're looking to move everything to the cloud and get rid of the server?"),
     c("Uh, no, I didn't say that. The server runs our document system.", None),
     t("Got it, so what I'm hearing is the partners are unhappy with Gary and want to make a change quickly."),
     c("No, Gary's retiring. Everyone loves Gary.", None),
     t("Right, so you're saying you need 24/7 on-site support with a dedicated engineer. That's our Platinum tier, 9,000 a month."),
     c("I never said 24/7. And 9,000 is more than double what we spend now.", "too_expensive"),
     t("Just to confirm I've got it: you're happy with Platinum as long as we start in June, yes?"),
     c("No. I'm not happy with anything yet. I need to talk to the partners.", "think_it_over"),
     t("Perfect, so I'll put you down for a June start and send the contract to the partners."),
     c("Please don't send anything.", None)]))

# 14 pitch_to_upset - cake bakery, Lagos
o = c("Good afternoon. I ordered a five-tier cake for my daughter's wedding and yesterday you delivered three tiers, in pink, when we said gold. Do you know how embarrassed we were in front of 400 guests?", None)
PAIRS.append(gpair(
    "b66g_bakery_wrong_wedding_cake", "cake bakery, Lagos", "pitch_to_upset",
    "An angry mother of the bride whose five-tier gold wedding cake arrived as three pink tiers; she wants her 450,000 naira back.",
    [o,
     t("Ma, I'm very sorry. That's not what you ordered, and on your daughter's wedding day. Let me get the order up. Order 2207, five tiers, gold, Saturday at the Eko Hotel?"),
     c("Yes. Five, gold. I have the WhatsApp where your staff confirmed it.", None),
     t("I see it here, confirmed five tiers gold. The fault is ours. What would you like us to do now, a full refund, or something else?"),
     c("A refund, full. We paid 450,000. And I want to know how this happened.", None),
     t("You'll have the full 450,000 back; I'm authorising it today and it reaches your account within three working days. What happened: another client's order sheet was attached to the baker's ticket. I'm changing how we check tickets this week."),
     c("Hm. Three days. I'm not buying from you again, just so you know.", "bad_experience"),
     t("I understand. The refund doesn't depend on that. I'll send the confirmation to you by WhatsApp within the hour."),
     c("Fine.", None)],
    [o,
     t("Ma, I'm so sorry about your experience. I understand how you feel. Can I ask, do you have any other celebrations coming up? We have a beautiful new anniversary range."),
     c("Are you joking? I'm talking about the wedding cake you ruined.", None),
     t("I hear you, and to make it up to you, I can offer 20 percent off your next order. Our christening cakes are very popular, and with a new couple, who knows!"),
     c("I don't want a next order. I want my 450,000 back.", "no_need"),
     t("Of course. And just so you know, our premium gold-leaf finish is now available, so next time it will be perfect. Shall I put your name on our VIP list?"),
     c("Give me your manager's number. Now.", None),
     t("Absolutely. She'll also be happy to talk you through our corporate cake packages."),
     c("I'm putting this on Instagram.", None)]))

# 15 blame - electricity retailer call centre, Brisbane
o = c("Yes, hello, I've got a bill here for 890 dollars for the quarter and it's normally about four hundred. I live on my own. I don't, I can't see how I've used that much.", None)
PAIRS.append(gpair(
    "b66g_power_bill_estimate", "electricity retailer call centre, Brisbane", "blame",
    "An elderly man living alone receives a quarterly bill twice the usual size; the bill is based on an estimated meter read.",
    [o,
     t("That's a big jump, I can see why it's worrying. Let me look at the account. On page two, near the top, does it say actual read or estimated read?"),
     c("Hang on, my glasses... It says, ah, estimated. What's that mean?", None),
     t("It means nobody read your meter this time and the system guessed. It looks like the guess is high because last winter your usage went up a lot. Did something change then?"),
     c("My daughter stayed with me for three months after her operation. She's gone home now.", None),
     t("Then the estimate is probably wrong. If you can read the meter and tell me the number, I'll rebill you on the real figure. Are you able to get to the meter?"),
     c("It's outside by the carport. I can go now, but my knees aren't great, give me a minute.", None),
     t("Take your time, I'll stay on the line. The bill isn't due until the 28th, so nothing extra will be charged while we sort it."),
     c("Okay... it says 4-4-1-7-2.", None),
     t("Thank you. That puts your real usage at about 410 dollars. I'm cancelling the 890 bill and you'll get the new one by post within five days.")],
    [o,
     t("I understand your concern. Have you been leaving heaters on, or using the air con a lot?"),
     c("No, I'm careful. I'm on a pension. I turn everything off.", None),
     t("Right. Well, the bill is based on usage. Did you maybe not let the meter reader in? If there's no access we have to estimate, and that's on the customer."),
     c("Nobody came. The gate isn't locked.", None),
     t("So what I'm hearing is you might have had a dog in the yard, that often stops our readers. Do you have a dog?"),
     c("I had a dog. She died in March.", None),
     t("Okay. Well, I'd recommend you pay the 890 now, and if there's a mistake it comes off the next bill. Or there's our Bill Smoother plan, 70 a week."),
     c("I can't just pay 890, I haven't got it. Why is it my fault?", "no_money"),
     t("It's not about fault. It's just that customers need to give us access and submit reads. Did you read the letter we sent?"),
     c("I'll ring the ombudsman.", None)]))
