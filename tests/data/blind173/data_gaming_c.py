"""Gaming pairs c (blind173): written by hand for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

o = c("Hello dear, I can't get into the online banking. It keeps saying my password is wrong, and I'm sure it isn't.", None)
P(gpair("b173g_ottawa_bank_locked_out", "bank branch counter, Ottawa", "putdown_question",
        "An older customer is locked out of online banking.",
        [o, t("That's frustrating. Are you on a computer or a phone, and does it say locked or just wrong password?"),
         c("The computer. Now it says locked. I think I tried too many times.", None),
         t("After three tries it locks for safety, that's all. I can unlock it here. Some people find the app easier, with a fingerprint. Would you like that?"),
         c("Oh no, dear, sorry. My grandson set that up once and I got charged twice for a bill.", "bad_experience"),
         t("No app then. We'll reset the password on the computer together and I'll write the steps on a card for you."),
         c("You're very kind. Thank you.", None)],
        [o, t("Okay. And what exactly are you doing wrong when you type it, do you think?"),
         c("I don't know that I'm doing anything wrong.", None),
         t("Help me understand: have you got caps lock on? That's usually the issue with older customers."),
         c("I know what caps lock is, thank you.", None),
         t("Great. And how comfortable are you really with computers, honestly?"),
         c("Comfortable enough to find another bank. Good day.", None)]))

o = c("Hi! We're moving from the Glebe to Orléans on the 30th. Can we take our internet with us, or do we have to cancel?", None)
P(gpair("b173g_ottawa_internet_move", "internet provider, Ottawa (phone)", "not_my_department_or_read_the_terms",
        "A customer who works from home is moving across the city.",
        [o, t("Congrats on the move! Let me check the new address. What's the street and number?"),
         c("1420 Rainbow Crescent. Oh, and I work from home, so I can't be offline for long.", None),
         t("Good to know. Same speed is available there. I'll set the install for the 30th and keep the Glebe line on until the 31st, so no gap. Work for you?"),
         c("Perfect. Is there a fee? Last time we moved, with another company, they charged us 150.", None),
         t("No move fee for you, and your contract carries over as is. I'll email the confirmation."),
         c("Amazing, thanks so much.", None)],
        [o, t("Congrats! I hear you. Unfortunately moves are a different department, I only do support."),
         c("Can you transfer me then?", None),
         t("Their line is closed today. Just so you know, if the new address isn't covered, the early cancellation fee applies; it's in the terms."),
         c("Wait, what fee? Nobody mentioned a fee.", None),
         t("Page 6 of the agreement. I didn't make the rules, sorry! How satisfied are you with today's interaction?"),
         c("Not at all. I'll just switch providers then.", None)]))

o = c("Hi, I am looking for a room or small apartment near McGill for September. My budget is not big.", None)
P(gpair("b173g_montreal_student_room", "rental agent, Montreal (phone)", "social_proof_or_deadline_pressure",
        "An international student looks for a cheap room near campus.",
        [o, t("Sure. How much can you spend per month, and do you mind roommates?"),
         c("Maybe 900 maximum. Roommates is okay, but I prefer quiet people, I study a lot.", None),
         t("That's doable. I have a room in a 4 1/2 on Milton, 850, with two grad students. Want to see it on video first?"),
         c("Yes, but I have to ask my parents first, they help me pay.", "think_it_over"),
         t("Of course. I'll send the video and the lease today so you can show them. Nothing to pay to view it."),
         c("Thank you, obrigado, I mean, merci!", None)],
        [o, t("Sure! Just so you know, 40 students already asked about this place on Milton. It's going fast."),
         c("Oh. How much is it?", None),
         t("850. What I'm hearing is you need certainty, so send the 500 deposit today; the owner decides at five."),
         c("Today? I have not even seen it. I need to ask my parents before I pay anything.", "think_it_over"),
         t("Everyone at McGill knows you move fast. If you wait, you'll end up in Laval. Shall I send the e-transfer details?"),
         c("No, sorry. I feel pressure. I will look somewhere else.", None)]))

o = c("We have 6 delivery vans in Etobicoke. Need oil changes and a winter check. Can you quote?", None)
P(gpair("b173g_etobicoke_fleet_service", "car service shop, Toronto (email)", "keyword_stuffed",
        "A fleet manager emails for a quote on van maintenance.",
        [o, t("Yes. What make and year are the vans, and can they come in together or staggered?"),
         c("Ford Transit, 2019-2021. Staggered. Can only spare 2 a day.", None),
         t("Two a day works; first thing in the morning, out by 10. Oil, brakes, battery test and wipers: 139 a van. Winters extra if needed."),
         c("Our current shop is 110.", "too_expensive"),
         t("Does theirs include the battery test? Batteries are what strand vans in January. I can do one van at 110 without it so you can compare."),
         c("Fine, send a quote for both options. I'll show the owner.", "think_it_over")],
        [o, t("Thank you for reaching out! We value this relationship and want to understand your fleet needs and deliver a seamless experience."),
         c("OK. Price?", None),
         t("Great question. Our success-driven approach means we truly feel your needs and build around your experience. How do you feel about your current provider?"),
         c("Fine. Still need a price for 6 Transits.", None),
         t("Absolutely, I understand. We'll partner on your success journey and reach out with next steps that meet your needs!"),
         c("Not worth the back and forth. We'll stay where we are.", "no_need")]))

o = c("Hi, sorry to bother you. My son's in Grade 3 French immersion and I can't help with homework, I don't speak French. Do you do that?", None)
P(gpair("b173g_ottawa_french_tutoring", "tutoring centre, Ottawa (phone)", "rude",
        "A shy anglophone parent asks about French reading help.",
        [o, t("Not a bother at all, that's really common. What's he finding hard: reading, or understanding instructions?"),
         c("Mostly reading. He guesses a lot. His teacher says he's a bit behind.", None),
         t("Very fixable at that age. Two 30-minute sessions a week, 25 each, reading aloud with a tutor. Does that fit your week?"),
         c("Twice a week is a lot with hockey, sorry. Could it be once?", "no_time"),
         t("Once a week, plus ten minutes at home with an audiobook, so you don't need the French. Want to try a first session?"),
         c("Yes, that would be perfect.", None)],
        [o, t("Sure, what's the issue? Quickly though, I've got a class starting."),
         c("Sorry. Grade 3 immersion, mostly reading, he guesses a lot.", None),
         t("Right, lots of parents pick immersion and then can't support it. Anyway, 50 an hour, 10 sessions minimum. So what I'm hearing is you're in?"),
         c("Oh. That's, um, 500 up front? That's a lot for us.", "no_money"),
         t("Well, it's cheaper than him failing. Take it or leave it, I've really got to go."),
         c("I'll leave it then. Sorry for bothering you.", None)]))

o = c("Hi, I own a bakery in Verdun. My oven died. I need maybe 18,000 for a new one, fast.", None)
P(gpair("b173g_montreal_bakery_loan", "bank business advisor, Montreal (phone)", "ignored_customer",
        "A bakery owner needs urgent equipment financing.",
        [o, t("Oh no, that stops everything. How long can you run without it, and do you have a quote for the oven?"),
         c("Two weeks maybe, with the small oven. Yes, one quote, 17,800 installed.", None),
         t("With a quote, an equipment loan usually takes five business days, and three steady years help. Can you send the quote and last year's statements today?"),
         c("Today I'm alone at the shop until 6, sorry. Tonight by email?", "no_time"),
         t("Tonight is perfect. I'll open the file first thing tomorrow and call you by noon."),
         c("Merci, that helps a lot.", None)],
        [o, t("I'm so sorry. Tell me, what's most important to you in a banking partner?"),
         c("Speed. The oven's dead. I lose money every day.", None),
         t("Great. Let me tell you about our business credit card, 2% cash back, and a merchant services review."),
         c("I need 18,000 for an oven, not cash back.", "no_need"),
         t("Got it. I can book you with an advisor in three weeks to review your overall relationship. How does that sound?"),
         c("Three weeks? I'll be closed by then. Forget it.", None)]))

o = c("hey can i add calls to india on my plan, i call my parents in pune like every sunday", None)
P(gpair("b173g_toronto_india_calling", "mobile carrier chat, Toronto", "repeated_questions",
        "A customer types into chat asking for international calling.",
        [o, t("Sure! About how long are the Sunday calls, and do your parents use WhatsApp or only a landline?"),
         c("like an hour. landline only, my dad wont do apps lol", None),
         t("So about 4 hours a month to an Indian landline. The add-on is 10/month for 1000 minutes to India, covers that easily."),
         c("10 is ok but last time i had an add on it renewed at a higher price without telling me", "bad_experience"),
         t("Fair worry. This one is locked at 10 for 24 months, and I'll set an email reminder before it ends. Add it now?"),
         c("ok yes add it", None)],
        [o, t("Sure! How often do you call India?"),
         c("every sunday, like an hour", None),
         t("Got it. And how frequently would you say you make international calls?"),
         c("...every sunday. i just said", None),
         t("Thanks! Just to understand your needs: in a typical month, how much do you call abroad?"),
         c("4 sundays. an hour. forget it ill use a calling card", None)]))

o = c("Good afternoon. We'd like to update our kitchen cabinets in Westboro, just the doors. The boxes are fine.", None)
P(gpair("b173g_ottawa_cabinet_doors", "kitchen renovation contractor, Ottawa (phone)", "wrong_paraphrase",
        "A retired couple wants new cabinet doors only.",
        [o, t("Thanks for calling. Doors only is often a great option. Roughly how many doors and drawers, and what look are you after?"),
         c("About 22. White shaker, something brighter. We're retired, so we'd like to stay under 8,000.", None),
         t("So 22 fronts, white shaker, boxes staying, under 8,000. That usually runs 5,500 to 7,000 installed. After a measure you'd get a fixed quote."),
         c("We're in Florida until March, sorry. Could it wait until then?", "no_time"),
         t("Of course. I'll call the first week of March to book the measure. Best number?"),
         c("613-555-0142. Thank you, that's lovely.", None)],
        [o, t("Thanks for calling! So what I'm hearing is you'd like a full kitchen remodel with new cabinets and an island, correct?"),
         c("No, just the doors. The boxes are fine.", None),
         t("Understood, so a new layout with quartz counters and doors to match. Did I get that right?"),
         c("No. Just doors. We're retired, we don't have 50,000 for a kitchen.", "no_money"),
         t("Perfect, so you'd like financing on the full remodel. I can send someone Tuesday to go over it."),
         c("I'm sorry, but no. Please don't send anyone.", "no_need")]))

o = c("Allo, hi, sorry, I just had an accident on Décarie. Nobody's hurt, but the car won't start and I'm shaking.", None)
P(gpair("b173g_montreal_accident_tow", "car dealership service line, Montreal (phone)", "pitch_to_upset",
        "A shaken driver calls her dealer's service line after a collision.",
        [o, t("I'm glad nobody's hurt. Are you somewhere safe, off the road?"),
         c("Yes, on the shoulder with the hazards on. The police are coming.", None),
         t("Good. Stay in the car with your belt on until they arrive. I'm sending our tow, about 40 minutes. Is your phone charged?"),
         c("Yes, 60%. Will the tow be expensive? I don't have a lot right now.", "no_money"),
         t("Your roadside plan covers the tow to our shop, nothing to pay today. Once you're home, call your insurer; we'll handle the rest tomorrow."),
         c("Okay. Merci, really.", None)],
        [o, t("Oh no! Well, silver lining: perfect time to upgrade. Our new hybrids have collision avoidance. Have you thought about trading in?"),
         c("What? I'm on the shoulder of Décarie. I need a tow.", None),
         t("Totally, we'll tow it right to the showroom! How would you feel about a test drive while we assess your car?"),
         c("I don't want a new car. I can barely afford the one I have.", "no_money"),
         t("I understand. Zero percent for 84 months makes it very affordable. Can our sales manager call you tonight?"),
         c("Please just send the tow truck. Or I'll call CAA.", None)]))

o = c("Your guys put my winters on Saturday and today a wheel nut was gone and the wheel's wobbling! I could've been killed on the Gardiner.", None)
P(gpair("b173g_toronto_loose_wheel", "tyre shop, Toronto (counter)", "blame",
        "An angry driver returns after a wheel came loose following a tyre swap.",
        [o, t("That's serious, and I'm glad you're safe. Where's the car now? Are you still driving it?"),
         c("It's in your lot. I drove slow in the right lane. Front left.", None),
         t("Thanks for not driving further. I'm putting it on a hoist now to check all four wheels and the studs. If it's our torque, we fix everything free."),
         c("Fine. But honestly, I'm not sure I'll be back after this.", "bad_experience"),
         t("That's fair. I'll show you what we find and Saturday's torque record, and you decide."),
         c("Okay. Show me.", None)],
        [o, t("I hear your concern. Did you come back for the free re-torque after 100 km, like the invoice says?"),
         c("Nobody told me about a re-torque!", None),
         t("It's printed on the invoice. So what I'm hearing is the wheel wasn't checked, which is really on the driver. Did you hit a pothole?"),
         c("Everyone hits potholes in Toronto! You put it on wrong.", None),
         t("We can look, but if it's pothole damage that's 120 an hour. Did I understand correctly that you want to book that?"),
         c("I want your manager. Now.", None)]))
