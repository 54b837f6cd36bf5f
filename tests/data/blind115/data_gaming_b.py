"""blind115 gaming pairs, part b (kinds 6-10)."""
from common import c, gpair, t

PAIRS = []

o = c("help pls i sent 3500 to wrong number by mistake just now", None)
PAIRS.append(gpair(
    "b115g_ke_wrong_send", "mobile money support chat (Nakuru, KE)", "putdown_question",
    "A customer in Nakuru has just sent 3,500 bob to the wrong number and asks for a reversal.",
    [o,
     t("Pole sana, let's try to get it back quickly. Can you share the transaction code and the number you sent to?"),
     c("code QH7K2LM0. sent to 0722...118, i was meant to send to 0722...181", None),
     t("Thanks. Since it was just now, I can start a reversal. If the money is still in their account it gets held. It can take up to 48 hours. Has the receiver called you?"),
     c("no call. but i fear they will withdraw it", None),
     t("I understand. The request is in and the funds are locked if still there. You'll get an SMS with a reference. Please don't send them anything or call them yourself."),
     c("ok. 48 hours is long but ok", None),
     t("It's often faster. If no SMS by Thursday morning, reply here with the reference and I'll escalate.")],
    [o,
     t("Hello, I'm here to support you. How exactly did you manage to get such a simple number wrong?"),
     c("the digits were switched. 181 and 118. it happens", None),
     t("I understand your experience. But don't you usually confirm the name before pressing OK? It shows on the screen."),
     c("i was in a hurry. can you reverse it or not", None),
     t("Sure, but first, can you see why checking is your responsibility? What will you do differently next time?"),
     c("you are wasting my time while they withdraw my money. i am going to the shop", None)]))

o = c("hi, you changed my battery in march, now back cover lifting up. is it swelling ah", None)
PAIRS.append(gpair(
    "b115g_sg_phone_repair", "phone repair shop, WhatsApp (Bedok, SG)", "putdown_question",
    "A customer whose phone battery was replaced at the shop four months ago sees the back cover lifting.",
    [o,
     t("Hi, sorry to hear. A lifting cover is usually battery swelling, please stop charging it for now. What name did you book under?"),
     c("mei ling, march 14. i paid 89", None),
     t("Found it. It's under our 6-month warranty, so no charge. Can you bring it in today? It takes about an hour."),
     c("today cannot, working till 8. tomorrow lunch can?", "no_time"),
     t("Tomorrow 12:30 is free. We'll check your charger too, in case it's part of the cause."),
     c("ok thanks. a bit scared already", None),
     t("Understandable. Keep it off the bed and away from heat till then. See you at 12:30.")],
    [o,
     t("Hi, thanks for sharing your experience! Are you sure it's not a cheap case pushing the cover up? What exactly did you do to it?"),
     c("i dont use case. it just started lifting last week", None),
     t("I see. And you use the original charger, or one of those 2-dollar ones from the pasar malam?"),
     c("the original one. why are you asking like i did something", None),
     t("Just trying to understand your needs! Many customers drop their phone and forget. Did you drop it, be honest?"),
     c("no i did not. this is why people dont come back to you. ill go somewhere else", None)]))

o = c("hello my rice cooker arrived dented. rider left it sa guard, i wasnt home", None)
PAIRS.append(gpair(
    "b115g_ph_dented_cooker", "online marketplace help centre chat (Davao, PH)", "not_my_department_or_read_the_terms",
    "A buyer in Davao got a dented rice cooker; the rider left the parcel with the building guard.",
    [o,
     t("Hi, sorry about that. Can you send a photo of the dent and the box, and the order number?"),
     c("sent 2 photos. order 2405-88213. box is crushed on one side too", None),
     t("Thanks, the crushed box shows it happened in transit, which helps your claim. Does the cooker still work, or is it just the lid?"),
     c("it turns on but the lid doesnt close tight", None),
     t("Then it's a return, refund or replacement, your choice. A rider picks it up within 3 days, free. Which do you prefer?"),
     c("replacement pls. im cooking rice in a pot now haha", None),
     t("Replacement it is. You'll get the pickup schedule by text. Next time, ask the guard to check the box in front of the rider.")],
    [o,
     t("Hi! I understand how you feel, and your experience matters to us. Unfortunately damage by riders is the courier's department, not ours."),
     c("but i bought from your app. who do i talk to then", None),
     t("Great question! Please check our Terms, section 7, on parcels received by third parties. Since the guard accepted it, it counts as delivered."),
     c("i didnt tell the guard to accept. the rider just left it", None),
     t("I hear you po. I didn't make the policy. You can message the seller directly, they may help. Anything else I can assist you with?"),
     c("this is useless. ill report it to dti", None)]))

o = c("pls i transferred 150k to my supplier, it failed but my account was debited", None)
PAIRS.append(gpair(
    "b115g_ng_failed_transfer", "retail bank app support chat (Kano, NG)", "not_my_department_or_read_the_terms",
    "A trader in Kano was debited for a transfer to her supplier that failed.",
    [o,
     t("Sorry about this, that's a lot of money to have hanging. Please share the time and the receiving bank so I can trace it."),
     c("today 10:42am. to his account in another bank. he said he hasnt received", None),
     t("I can see it: we debited but the other bank didn't confirm. These usually reverse within 24 hours, and I've logged a dispute so it doesn't get stuck. Must you pay him today?"),
     c("yes o, he wont release the goods without it", None),
     t("If you have another account, that's the fastest way today. Your dispute reference is DSP-20931; if the 150k isn't back by 11am tomorrow, reply here and I'll escalate to settlement."),
     c("ok i will use my other account. pls dont let it stay long", None)],
    [o,
     t("Good day! I really understand your frustration and I'm here for you. Failed transfers are handled by the receiving bank, not us, so kindly contact them."),
     c("but the money left my account here. how will i contact his bank", None),
     t("As stated in our terms and conditions, reversals take up to 14 working days. Kindly read them in the app under Help."),
     c("14 days? my goods are waiting now", None),
     t("I understand your need. But I didn't make the rules ma, it's regulation. Did I understand you correctly that you're okay for now?"),
     c("okay how. i am going to the branch", None)]))

o = c("niaje. i want to own my boda, i pay 400 per day to the owner now. how does your loan work", None)
PAIRS.append(gpair(
    "b115g_ke_boda_loan", "motorbike asset finance, SMS/WhatsApp (Thika, KE)", "social_proof_or_deadline_pressure",
    "A boda rider in Thika who rents his bike asks about a loan to own one.",
    [o,
     t("Niaje! Good move. How many days a week do you ride, and what do you take home a day after fuel and the 400?"),
     c("6 days. after fuel and the owner maybe 800", None),
     t("Our plan: 20,000 deposit then 450 a day for 18 months, and the bike is yours. That's 50 more a day than now, but you own it. Do you have the deposit or need time to save?"),
     c("i have like 12,000 now. the 20k is hard", "no_money"),
     t("Thanks for being straight. Either save the other 8,000 over a few weeks, or a used-bike plan: 10,000 deposit, 380 a day for 14 months, but used bikes need more repairs. Want both by SMS to think about?"),
     c("send. i will talk with my wife first", "think_it_over"),
     t("Sawa, sending both. No rush, the prices are the same next month.")],
    [o,
     t("Niaje boss! So what I'm hearing is you're ready to own. Honestly, half the riders at your stage have already switched to us this month."),
     c("ok but how much is the deposit", None),
     t("20,000 deposit, 450 daily. And this week only the deposit includes a free helmet and reflector, after Friday it's gone."),
     c("20k i dont have right now. i have 12", "no_money"),
     t("I understand your need. But riders who waited lost the offer, and prices go up in January. Can you borrow the 8,000 from a friend by Friday?"),
     c("my friend took a bike loan from another company, they took the bike after 2 late payments. i fear", "bad_experience"),
     t("That won't happen with us, we have 3,000 happy riders in Kiambu alone. Shall I reserve the bike till Friday 5pm?"),
     c("no. let me wait", "think_it_over")]))

o = c("hi my bedroom aircon dripping water since yesterday. how much to service", None)
PAIRS.append(gpair(
    "b115g_sg_aircon_drip", "aircon servicing company, WhatsApp (Punggol, SG)", "social_proof_or_deadline_pressure",
    "A condo resident in Punggol has one aircon unit dripping water.",
    [o,
     t("Hi! Dripping is usually a choked drain pipe. How many units do you have, and when was the last service?"),
     c("4 units. last service maybe 1 year ago", None),
     t("Then the drain is likely. General service is 25 per unit; we can do just the bedroom with a drain flush, or all 4 for 90. Which would you like?"),
     c("just the bedroom one first. the rest ok for now", None),
     t("Sure. Earliest is Thursday 10am."),
     c("thursday cannot, working. saturday got?", "no_time"),
     t("Saturday 2pm is free, booked. Meanwhile put a towel under it and use dry mode. The technician will WhatsApp before coming.")],
    [o,
     t("Hi! Great that you reached out. So what I'm hearing is you need a full solution. 12 of your neighbours in the same block took our yearly contract this month!"),
     c("i just want to fix the dripping one", "no_need"),
     t("I understand your needs! The yearly contract is 320 for 4 units, 3 services. Only today we give 20% off, tomorrow the promo ends."),
     c("320 quite a lot leh for something i might not need", "too_expensive"),
     t("Most condo owners in Punggol are on it now, it's the smart choice. I can hold the 20% till 6pm only. Shall I book?"),
     c("let me check with my husband first", "think_it_over"),
     t("Sure! But after 6pm I can't promise the slot or the price. Anything else?"),
     c("then never mind. ill find someone else to fix the drip", None)]))

o = c("hi, do you have room for 2 adults oct 10-13? anniversary namin", None)
PAIRS.append(gpair(
    "b115g_ph_resort_anniv", "beach resort, Facebook Messenger bookings (El Nido, PH)", "keyword_stuffed",
    "A woman from Manila asks an El Nido resort about a 3-night anniversary stay.",
    [o,
     t("Hi, and happy anniversary! Yes, we have rooms. Beachfront or garden view?"),
     c("beachfront sana pero how much", None),
     t("Beachfront is 7,800 a night, garden 5,200. For anniversaries we add a free cake and flowers. Is beachfront within your budget?"),
     c("hmm 7,800 x3 is a lot for us. maybe garden then", "too_expensive"),
     t("Garden is 2 minutes from the beach. Or mix: 2 nights garden and the last night beachfront, 18,200 total."),
     c("ooh the mix sounds good. can i pay half via gcash?", None),
     t("Yes, 50% via GCash to hold it, balance on arrival. Which night should the cake go in?"),
     c("the 11th po, thats the day itself", None)],
    [o,
     t("Hi! Thank you for choosing us for your special experience. We value our relationship with every guest and want to understand your needs fully. How do you feel about your upcoming journey?"),
     c("uhm excited? do you have room oct 10-13", None),
     t("I completely understand and feel your excitement. Your success as a couple is our success. To meet your needs, what experience do you hope to have?"),
     c("just a nice room near the beach. how much po", None),
     t("So what I'm hearing is you need a meaningful experience close to nature. Our rooms are designed around guest satisfaction and lasting memories."),
     c("ok but price po and available ba", None),
     t("Great question! I want to be sure I understand your needs before we discuss value. How satisfied were you with resorts you've stayed at before?"),
     c("sorry, ill just book on the app. thanks", "brush_off")]))

o = c("good morning. my daughter is in ss3, weak in maths, waec is in may. do you have tutors", None)
PAIRS.append(gpair(
    "b115g_ng_waec_tutor", "online tutoring platform, web chat (Enugu, NG)", "keyword_stuffed",
    "A mother in Enugu asks an online tutoring platform about maths lessons before WAEC.",
    [o,
     t("Good morning ma. Yes we do. Which topics does she struggle with, and has she written a mock?"),
     c("her mock was 38. algebra and geometry. she understands in class but forgets", None),
     t("So she needs practice more than new teaching. We do 3 one-hour sessions a week on past questions, 25,000 a month. Would evenings fit her school?"),
     c("evenings ok but 25k a month hmm. her brother also has lessons", "no_money"),
     t("Understood. There's 2 sessions a week at 17,000. Or she tries one free session first so you both see if the tutor suits her."),
     c("let her try the free one first", None),
     t("Saturday 4pm? Ask her to bring her mock paper so the tutor starts from her mistakes."),
     c("saturday is fine. thank you", None)],
    [o,
     t("Good morning ma! We understand your needs and feel your concern. Here the student experience and success are at the heart of our relationship with families."),
     c("ok. do you have a maths tutor for ss3", None),
     t("Absolutely. Every learner's needs are unique, so we build a success journey around those needs and each experience feels personal and empowering."),
     c("how much is it and what time", None),
     t("I hear you. Our value is in the relationship and understanding we build. To feel the full experience, most parents choose the Success Package."),
     c("what is in the package. you have not said anything", None),
     t("The Success Package meets the holistic needs of learners for a transformational experience. Did I understand your needs correctly?"),
     c("no. i will ask her school for extra lessons", None)]))

o = c("hi, my end of day report shows 1,240 but drawer only 1,180. 3rd time this week", None)
PAIRS.append(gpair(
    "b115g_sg_cafe_pos", "POS software vendor, B2B support chat (Tiong Bahru, SG)", "rude",
    "A cafe owner's daily sales report does not match the cash drawer, for the third time in a week.",
    [o,
     t("Hi, that's frustrating, three times. Do staff do refunds on the iPad, and do you take PayNow at the counter?"),
     c("yes paynow and card. refunds sometimes", None),
     t("A common cause is PayNow sales tapped as Cash. Can you open Reports > Payment Types for yesterday and tell me the PayNow total?"),
     c("paynow shows 0. but we definitely had paynow customers", None),
     t("That's the gap. I can add a PayNow button on the main screen and a confirm step on Cash, 5 minutes remotely. Is now ok?"),
     c("now very busy, lunch crowd. can do at 3pm?", "no_time"),
     t("3pm works, I'll call you. Meanwhile ask staff to note PayNow sales on paper so you can match today.")],
    [o,
     t("Hi. Have you checked the FAQ? This is literally the most common question we get."),
     c("i checked. nothing about cash not matching", None),
     t("Right. So what I'm hearing is you can't read the report. It's not a bug. Did you even train your staff?"),
     c("i did train them. can you just help me find the problem", None),
     t("Sure, sure. Reports, it's obvious. Honestly if you want hand-holding there's Premium Support at 39 a month."),
     c("39 a month for you to talk like this? no thanks", "too_expensive"),
     t("Your call. Anything else?"),
     c("yes. how do i cancel my subscription", None)]))

o = c("my order has taken 50 min. the rider is not picking calls. where is my food", None)
PAIRS.append(gpair(
    "b115g_ke_late_lunch", "food delivery app, in-app chat (Westlands, Nairobi, KE)", "rude",
    "An office worker in Westlands has waited 50 minutes for lunch and the rider is not answering.",
    [o,
     t("Sorry for the wait. Let me check the rider now. Is it still to Woodvale Grove, as on the order?"),
     c("yes woodvale grove, 3rd floor. i have a meeting at 2", None),
     t("The rider has a puncture at Sarit. A second rider can collect your food from him, about 12 minutes. Or cancel with a full refund to M-Pesa. Which?"),
     c("12 min is fine if its sure. i dont have time to order again", None),
     t("I'll track it and message you if it slips. I've added 200 bob credit for the delay."),
     c("ok asante", None)],
    [o,
     t("Hello. Riders don't pick calls while riding, obviously. It's Nairobi traffic, what do you expect?"),
     c("i expect my food in the time you showed. it said 25 min", None),
     t("The app says estimated. Estimated. Anyway, what's your need right now?"),
     c("my need is my food. or my money back", None),
     t("Refunds take 7 days and honestly for 850 bob it's not worth the paperwork. Just wait, he'll come."),
     c("wow. cancel it and refund me. i am uninstalling", None)]))
