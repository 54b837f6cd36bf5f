"""b157 gaming pairs B (kinds 6-10), hand-written."""
from common import c, gpair, t

P = []

o = c("Your technician serviced my 3 units yesterday. Today the living room one smells like burning plastic. Not happy.", None)
P.append(gpair("b157g_punggol_aircon_burning", "aircon servicing, Punggol SG (phone)", "putdown_question",
    "Burning smell after a service the day before.",
    [o, t("Sorry, that's serious. Please switch it off at the isolator first. Is it only the smell, or smoke or noise too?"),
     c("Off already. No smoke, just the smell, and it clicks when I turn on.", None),
     t("Switching off was right. Smell plus clicking after a service can be a loose wire at the board. I'll send the supervisor today, no charge. Home at 4?"),
     c("4 cannot, I'm at work till 7. Tonight can or not?", "no_time"),
     t("7:30 tonight, confirm. He'll call 15 minutes before. Keep it off till then."),
     c("Ok noted, 7:30.", None)],
    [o, t("Sorry to hear that. Are you sure it's not just the cleaning chemical, or are you just not used to a clean aircon?"),
     c("I know what chemical smells like. This is burning plastic.", None),
     t("I understand. What exactly did you do after our tech left? Did you play with the remote settings without reading the manual?"),
     c("I switched it on. Is there some special way to switch on an aircon?", None),
     t("No need to be sensitive. And how old is this unit, did you really expect it to last forever?"),
     c("Wow. Forget it. I'll report you to CASE and call another company.", None)]))

o = c("I opened my storage unit in Kwai Chung today and two boxes are mouldy. One had our wedding album.", None)
P.append(gpair("b157g_kwaichung_storage_mould", "self storage, Kwai Chung HK (counter)", "putdown_question",
    "Mould in a storage unit from a wet wall; wedding album damaged.",
    [o, t("I'm really sorry, especially the album. What's your unit number, and is the mould only on the boxes, or on the wall or floor too?"),
     c("B-214. There's a wet patch on the back wall, the boxes were against it.", None),
     t("A wet wall means water coming in from our side; that's ours to fix. I'll have facilities inspect today and open a damage claim. Can you send photos of the boxes and wall?"),
     c("Sending now. Honestly I'm quite upset.", None),
     t("Understandably. We'll move your things to a dry unit today, free, while we fix the wall, and the claim stands either way.")],
    [o, t("Oh dear. And what made you think cardboard boxes were a good idea for photos, did nobody tell you about plastic tubs?"),
     c("Nobody told me. Your staff sold me the boxes.", None),
     t("I see. And how often do you actually check your unit, or do you just leave it a year and hope?"),
     c("It's your building. There's a wet patch on your back wall.", None),
     t("Right. So are you really sure the wet patch isn't from something you stored? People bring in all sorts."),
     c("Unbelievable. I want to speak to your manager.", None)]))

o = c("hi, I'm relocating to Perth end of next month for work. Need to cancel my membership, I'm 9 months into 24.", None)
P.append(gpair("b157g_novena_gym_cancel", "gym membership, Novena SG (front desk)", "not_my_department_or_read_the_terms",
    "Member relocating overseas wants to end a 24-month contract.",
    [o, t("Congrats on the move. Overseas relocation is one case we release early. Do you have the employer's letter or the visa?"),
     c("I have the offer letter. But my friend cancelled last year and you all still charged him 3 months, so I'm worried.", "bad_experience"),
     t("Fair worry. For relocation it's one month notice, no penalty; here's the clause. Send the letter today and your last debit is the 28th next month. Ok?"),
     c("Ok that's fine. Can still use the gym till I leave?", None),
     t("Yes, until the 28th. I'll email the confirmation with the exact end date now."),
     c("Ok great, thanks.", None)],
    [o, t("I understand your situation. Unfortunately cancellations are not my department, I'm front desk sales. Have you read clause 14 of the terms?"),
     c("I'm asking you because you're at the counter. Who do I talk to?", None),
     t("I hear you. You can email membership services, but honestly it's all in the terms you signed. I didn't make the rules."),
     c("My friend got charged 3 extra months by you all. I'm not going through that.", "bad_experience"),
     t("I totally get how you feel. Best is to read the T&Cs in the app, page 6. Anything else I can help with today?"),
     c("Yes. Your manager's name, please.", None)]))

o = c("Dear Ms Chan, The internet in Suite 1203 has been down since 9am. We have a client video call at 2pm. Please advise urgently. Regards, Daniel", None)
P.append(gpair("b157g_admiralty_serviced_office_internet", "serviced office, Admiralty HK (email)", "not_my_department_or_read_the_terms",
    "Tenant's wired line down before a client call; second outage.",
    [o, t("Dear Daniel, I'm sorry, I'm on it. Is it only Suite 1203, or the guest Wi-Fi too? I've logged it as urgent with our IT vendor."),
     c("Only our wired line. Guest Wi-Fi works but it's slow for video.", None),
     t("Thank you. The vendor will be on site by 12:30. As a backup for 2pm I've held Meeting Room 5 on 14/F, own line, no charge. Shall I keep it?"),
     c("Yes please. We had a similar outage in March though. Is this going to keep happening?", "bad_experience"),
     t("That's twice, understood. I'll get the root cause from the vendor in writing and send it to you by Friday, with what we're changing."),
     c("Noted, thank you.", None)],
    [o, t("Dear Daniel, Thank you for reaching out; your experience matters to us. Kindly note connectivity is managed by our third-party vendor and is not within Centre Management's remit."),
     c("Then who can fix it before 2pm? We pay you for a working office.", None),
     t("I understand your frustration. Please refer to Schedule 3 of your licence agreement: internet is provided on a best-efforts basis."),
     c("We had the same outage in March. I'm not reading the schedule, I need the line working.", "bad_experience"),
     t("Noted, and I hear you. I'm afraid I didn't draft the agreement. Is there anything else I can assist with?"),
     c("Please escalate to your regional manager. Copying our director.", None)]))

o = c("Hi, my physio said I should strengthen my knee after surgery. Do your trainers work with that?", None)
P.append(gpair("b157g_quarrybay_gym_pt_knee", "gym personal training, Quarry Bay HK (front desk)", "social_proof_or_deadline_pressure",
    "Post-ACL member nervous after a bad trainer elsewhere.",
    [o, t("Some do. What surgery, how long ago, and did your physio give you anything in writing?"),
     c("ACL, 5 months ago. I have the rehab sheet. Bit nervous, my last trainer made me do jumping lunges and I limped for a week.", "bad_experience"),
     t("Fair worry. Kelvin has done post-ACL work; he'd start from your physio's sheet, no jumping until your physio clears it. One trial session first, 450, before any package?"),
     c("One session ok. The package is how much?", None),
     t("10 sessions is 4,200. Do the trial first and see if you like him; no need to decide today."),
     c("Ok book me Saturday morning.", None)],
    [o, t("Absolutely! Honestly our whole 7am crowd is post-surgery and they all did our 30-session Rehab Pro bundle. 11,800, but only until 6pm today."),
     c("Er, I haven't even met a trainer. My last trainer hurt my knee.", "bad_experience"),
     t("That's exactly why so many people switch to us! Three ACL clients signed this week. After today it goes back to 14,500."),
     c("11 thousand is a lot for something I haven't tried.", "too_expensive"),
     t("I understand. I can only hold Kelvin if you sign now, his diary is almost full. Shall I put you down?"),
     c("No. I'll ask my physio and come back another day.", "think_it_over")]))

o = c("Hello, HR here from a logistics firm, 60 staff. We're looking at annual health screening for drivers and office. Can you share packages?", None)
P.append(gpair("b157g_tuas_clinic_corporate_screening", "medical clinic, corporate screening SG (phone)", "social_proof_or_deadline_pressure",
    "HR manager buying health screening for 60 staff.",
    [o, t("Sure. Same screen for drivers and office? And does your insurer or MOM require anything for the drivers?"),
     c("Drivers need eyes and blood pressure. Office just basic. Last year we paid about 120 a head.", None),
     t("So two tiers around 120 a head: drivers at 135 with eyes and BP, office at 88. We can do it at your depot on a Saturday, so no one misses shifts."),
     c("Sounds ok, but I need my director's approval and to compare with our current provider.", "think_it_over"),
     t("Of course. One-page quote with both tiers by tomorrow, and I'll pencil two Saturdays in March, no commitment."),
     c("Ok noted, thanks.", None)],
    [o, t("Great! All the big logistics players in Tuas are with us now. Corporate Platinum is 260 a head, and the early-bird rate ends this Friday."),
     c("260 a head is way over our budget. Last year we paid 120.", "no_money"),
     t("I hear you, but your competitors are already investing in their people. After Friday it's 310, so acting now is the smart move."),
     c("I can't sign anything without my director. And we have a current provider.", "think_it_over"),
     t("Totally. Just so you know, only two Saturday slots left this quarter and three firms are eyeing them. Confirm one now?"),
     c("Just send me a brochure please.", "brush_off")]))

o = c("I'd like to close my account with you. I'm consolidating everything with one bank.", "no_need")
P.append(gpair("b157g_marinabay_private_bank_close", "private banking, Marina Bay SG (phone)", "keyword_stuffed",
    "Client closing her account to consolidate; busy traveller.",
    [o, t("Understood, Mrs Tan. May I ask where you're consolidating, and whether anything we did or didn't do is behind it?"),
     c("Nothing wrong really. My husband's bank gives us a better rate if everything sits there. Fewer statements.", None),
     t("Makes sense. Closing takes about 5 working days; your bonds can move in-specie, nothing sold. I'll send the form and a holdings list. A call when it's done?"),
     c("A short email is fine. I'm travelling a lot.", None),
     t("Noted, email only. If anything changes later, you have my direct line."),
     c("Thank you, appreciated.", None)],
    [o, t("Mrs Tan, I truly understand, and I value our relationship. What does success look like for you on this journey?"),
     c("Success is one bank and fewer statements. Can you send the closing form?", None),
     t("Absolutely, I hear you and I feel your need for simplicity. Your experience is at the heart of what we do; what would a great experience look like going forward?"),
     c("A closing form in my inbox. I'm at the airport, no time for this.", "no_time"),
     t("Totally understood. I want our relationship to keep meeting your needs and deliver success. How do you feel about exploring a retention offer?"),
     c("No need. Form, please.", "no_need")]))

o = c("hi my daughter p5 her english composition keep getting c. do you have small group class", None)
P.append(gpair("b157g_shatin_tuition_composition", "tuition centre, Sha Tin HK (chat)", "keyword_stuffed",
    "Parent of a P5 girl weak at composition ideas.",
    [o, t("yes we do. is it mainly ideas, grammar, or running out of time in the exam"),
     c("teacher say grammar ok but story very flat, no ideas. she also hate writing", None),
     t("ok so grammar fine, problem is ideas and she doesnt enjoy it. our p5 writing class is 6 kids, sat 10am, lots of talking before writing. first lesson free"),
     c("how much after. last center charge 3k a term and no improvement", "bad_experience"),
     t("2,400 a term, 12 lessons. try the free one, teacher sends you her comments after, then you decide"),
     c("ok book the sat trial", None)],
    [o, t("thank you for sharing! we truly understand your needs and your daughter's learning journey. here success is about the whole experience"),
     c("ok but small group got or not", None),
     t("yes! our small group is all about relationship and understanding each child's needs so they feel empowered to succeed"),
     c("what they do in class actually. last center also say nice words, 3k a term, still c", "bad_experience"),
     t("i hear you and i feel your concern. we focus on the holistic experience and growth mindset so every learner unlocks success"),
     c("nevermind just send me the timetable", "brush_off")]))

o = c("Hello, I did a blood test Monday. Doctor said results in 3 days, it's Friday already. Can check?", None)
P.append(gpair("b157g_bedok_clinic_results", "GP clinic, Bedok SG (phone)", "rude",
    "Patient chasing blood test results.",
    [o, t("Sorry for the wait. Can I have your name and the last 4 of your IC?"),
     c("Wong Mei Ling, 512J.", None),
     t("Thanks Ms Wong. The lab sent them this morning; the doctor hasn't reviewed yet. She can call you before 5 today, or you come tomorrow morning. Which do you prefer?"),
     c("Call can. But I'm in meetings till 3, after 3 ok?", None),
     t("Noted, after 3. If she needs to see you in person she'll say so then."),
     c("Ok thank you.", None)],
    [o, t("Name and IC. Quickly please, the line is busy."),
     c("Wong Mei Ling, 512J.", None),
     t("Results are in, doctor hasn't seen. What do you want me to do, read them to you myself?"),
     c("No... I just want to know when someone will call me.", None),
     t("When she's free lah, you're not the only patient. Anything else? How would you rate your experience today?"),
     c("Wow, ok. I'll go to another clinic next time.", None)]))

o = c("Hi, I'm booked for a move this Saturday, but my new landlord can only give keys on Sunday. Can shift?", None)
P.append(gpair("b157g_mongkok_removals_reschedule", "removals, Mong Kok HK (phone)", "rude",
    "Customer needs to shift a move by one day.",
    [o, t("Let me check. Same addresses, Mong Kok to Tseung Kwan O, two movers and the 5.5-tonne truck?"),
     c("Yes same. Sorry it's so last minute.", None),
     t("No worries. Sunday morning's full; Sunday 1pm is free. Sundays carry a 300 surcharge, that's the crew's rate. Or Monday 9am, no surcharge."),
     c("300 more... hmm. Monday I'd have to take leave. Ok, Sunday 1pm.", None),
     t("Done, Sunday 1pm. I'll WhatsApp you the updated confirmation now."),
     c("Ok, thanks for helping.", None),
     t("No problem. Good luck with the new place.")],
    [o, t("Aiya, Saturday to Sunday now? So what I'm hearing is you didn't check with your landlord first. Sunday got 500 surcharge."),
     c("500? Last time you said weekends are the same price.", "too_expensive"),
     t("Last time is last time. Sunday is Sunday. You want or not? I don't have all day."),
     c("Can you at least check Monday morning?", None),
     t("Monday also full already, should have booked earlier. Anything else? Thank you for choosing us."),
     c("Forget it, cancel the booking. I'll find another company.", None)]))

PAIRS = P
