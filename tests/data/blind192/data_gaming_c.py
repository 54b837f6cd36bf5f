"""Gaming pairs, part c (b192): telecom and pay TV, UK / US / India / Pakistan. Written by hand."""
from common import c, gpair, t

# c01 putdown_question --------------------------------------------------------
o1 = c("Bhaiya, my number got deactivated. I was in my village for two months and didn't recharge. All my bank work is on that number.", None)
c01 = gpair(
    "b192g_lucknow_sim_reactivation", "mobile operator retail store, Lucknow, India", "putdown_question",
    "A man's prepaid number lapsed while he was away in his village; his bank is linked to it.",
    good=[
        o1,
        t("Okay, let's see if we can get it back. Tell me the number... It was deactivated eleven days ago, so we're still within the time we can restore it to you."),
        c("Thank God. What do I have to do? I don't have much money with me today.", None),
        t("You'll need your Aadhaar for a quick thumb scan, and then any recharge to activate it. The smallest one that works is 155. Is that okay for today?"),
        c("155 I can do. Will I get the same number or a new one?", None),
        t("Same number, on a new SIM; the old SIM won't work any more. Do you have it with you? I'll dispose of it properly."),
        c("Here it is. And the bank messages will come again?", None),
        t("Yes, within about four hours of activation. If the bank asks you to verify again, that's normal. Shall I do the scan now?"),
        c("Yes please.", None),
    ],
    gaming=[
        o1,
        t("Two months without recharging? Didn't you get the twenty messages we sent, or do you just not read them? What's the number?"),
        c("I got messages but I thought the number stays. Network was also weak in the village.", None),
        t("Okay. And how did you think the number would stay active if you paid nothing, honestly? Aadhaar is there?"),
        c("Yes, Aadhaar is here. Can you please just start it again?", None),
        t("Sure, but you need a recharge. Do you really want the 155 one again, or will you take a proper plan this time so this doesn't repeat? The 719 is three months."),
        c("I don't have 719 today. Only a small recharge I can do.", "no_money"),
        t("Fine. You do understand that if it lapses again we can't help, yes? I'm only trying to make your experience better."),
        c("I'm not a child, bhaiya. Just do the 155 and give me the SIM.", None),
    ],
)

# c02 not_my_department_or_read_the_terms -------------------------------------
o2 = c("Hi, I bought this phone here nine days ago and the screen keeps flickering. It's getting worse. Can you swap it?", None)
c02 = gpair(
    "b192g_charlotte_defective_phone", "mobile carrier store, Charlotte, North Carolina, US", "not_my_department_or_read_the_terms",
    "A nurse brings back a nine-day-old phone with a flickering screen; she needs it for shift alerts.",
    good=[
        o2,
        t("Sorry about that, nine days in is frustrating. Can you show me what it's doing? ...Yeah, I see it, the flicker on the left. Has it been dropped or near water at all?"),
        c("No, it's been in a case since day one. I'm a nurse, I need it for my shift alerts.", None),
        t("Understood, so it's not cosmetic for you, you need it working for work. You're inside the 14-day window, so I can exchange it today. Moving all your data takes about twenty minutes. Do you have that now?"),
        c("I'm on my way to a shift, actually. I've got ten minutes, tops.", "no_time"),
        t("Okay. Then I can do a quick swap now and move only your contacts and the hospital app; the rest restores from your cloud backup tonight. Or I hold one for you till tomorrow. Which is better?"),
        c("Quick swap now, please. I'll deal with the photos later.", None),
        t("Done. Open the hospital app before you go, so we can check the alerts come through."),
        c("Yep, test alert came through. Thank you so much.", None),
    ],
    gaming=[
        o2,
        t("I'm sorry to hear about your experience! Hardware issues go through the manufacturer, that's not really our department. Have you contacted them?"),
        c("I bought it here, from you, nine days ago. Can't you just swap it?", None),
        t("I understand your need. Our return policy is on the back of your receipt. Have you had a chance to read it?"),
        c("It says fourteen days. It's been nine.", None),
        t("I hear you. But exchanges have to be approved by the store manager and he's off today. I didn't make the rules. Is there anything else I can help you with?"),
        c("I've got a shift in an hour and I need a phone that works. That's all I want.", None),
        t("I completely get it. You could call the manufacturer's helpline, the number's on the box. How satisfied were you with my help today?"),
        c("Unbelievable. I'll come back when the manager's in.", None),
    ],
)

# c03 social_proof_or_deadline_pressure --------------------------------------
o3 = c("Assalam o alaikum. I run a small school in Hayatabad. We want internet for the computer lab, twelve computers. What are your packages?", None)
c03 = gpair(
    "b192g_peshawar_school_internet", "business broadband call centre, Peshawar, Pakistan", "social_proof_or_deadline_pressure",
    "A small private school owner wants filtered internet for a twelve-computer lab on a fixed budget.",
    good=[
        o3,
        t("Walaikum assalam. Happy to help. What will the students be doing online, and at what times of day?"),
        c("Classes eight to one. Typing, some research, and the teachers want to show YouTube lessons on the projector.", None),
        t("So mostly browsing, and video on one projector, in school hours. Do you need a content filter so students can't open unwanted sites?"),
        c("Yes, that is very important. Parents are strict. Last year with another company a student opened something bad and there was a big problem.", None),
        t("Understood. Our 30 Mbps business fibre with the school filter is Rs 9,500 a month. The filter blocks adult and gambling sites, and you can add more sites yourself."),
        c("9,500 is above our budget. We had kept 7,000 for this.", "no_money"),
        t("Then the 20 Mbps plan with the same filter is Rs 7,200. Video on one projector will still run fine at that. I'll send both quotes in writing so you can show your board."),
        c("Yes, send both. I will discuss with the board on Thursday.", "think_it_over"),
        t("Of course. I'll call you Friday morning to hear what they decided."),
    ],
    gaming=[
        o3,
        t("Walaikum assalam! Great timing, sir. Almost every school in Hayatabad has already moved to our Education Pro package. What are your needs?"),
        c("Twelve computers for classes, and a filter so students can't open bad sites.", None),
        t("Perfect. Education Pro is Rs 14,000, but if you confirm before midnight I can do it for 11,000. After tonight the offer is closed."),
        c("11,000 is still too much for us. Our budget is 7,000.", "no_money"),
        t("I understand, sir. But the big school chains near you are all on it, you don't want parents comparing, do you? Can I lock it for you now?"),
        c("I cannot decide tonight. I have to ask the board.", "think_it_over"),
        t("Sir, honestly, the board will thank you. Only three installation slots are left this month. Shall I reserve one?"),
        c("Send me the details on WhatsApp. I will see.", "brush_off"),
    ],
)

# c04 keyword_stuffed ---------------------------------------------------------
o4 = c("Morning. We're a four-person accountancy practice. Got a letter saying our phone lines are being switched off. What does that actually mean for us?", None)
c04 = gpair(
    "b192g_manchester_pstn_switchoff", "business telecoms call centre, Manchester, UK", "keyword_stuffed",
    "A small accountancy practice got a letter about the copper phone line switch-off and wants to know what it means.",
    good=[
        o4,
        t("Morning. Good that you rang early. The old copper lines are being retired and calls move over the internet. What do you use your lines for now? Just calls, or is anything else plugged in, like a card machine or an alarm?"),
        c("Two numbers, calls only. Oh, and the burglar alarm dials out, I think. The alarm company would know.", None),
        t("Worth checking, some alarms need an update. Do clients ring one main number, or do they each have a direct line to you?"),
        c("One main number, then we pass calls round by shouting across the office, to be honest.", None),
        t("Fair enough. Then a simple cloud phone system would do it. You keep both numbers, each of you gets a handset or app, and you can transfer calls properly. It's £9 a user, so £36 a month plus your broadband. How does that compare with now?"),
        c("We pay about fifty for the two lines, so it's cheaper. But if the broadband goes down, the phones go too, don't they?", None),
        t("That's the real risk, yes. You can set calls to divert to your mobiles automatically if the internet drops, at no extra cost. And I'd ask the alarm company this week whether your panel is ready."),
        c("Okay. Let me talk to my partners and the alarm people, and I'll ring you next week.", "think_it_over"),
    ],
    gaming=[
        o4,
        t("Good morning, and thank you for reaching out! I really want to understand your needs and make sure this transition is a successful experience for you. How do you feel about the change?"),
        c("I don't feel anything about it, I just want to know what it means. Do we lose our numbers?", None),
        t("Great question. I totally understand your concern, and I feel it's important that we build a strong relationship so we can understand your business needs and deliver success together."),
        c("Right. So do we keep the numbers or not?", None),
        t("Absolutely. Your success is at the heart of everything we do, and our solutions are built around your needs and your experience. I hear you, and I understand."),
        c("Look, it's the end of the tax month, I haven't got time for this. Email me the options.", "no_time"),
        t("Of course! Just to make sure we're aligned on your needs, how satisfied are you with our conversation so far?"),
        c("Not very. Just email it.", "brush_off"),
    ],
)

# c05 rude --------------------------------------------------------------------
o5 = c("Hello, good evening. My bill has 'VAS charges' of 147 rupees. I never asked for anything. What is this?", None)
c05 = gpair(
    "b192g_mumbai_vas_charges", "postpaid mobile call centre, Mumbai, India", "rude",
    "A retired customer finds a value-added service charge on his postpaid bill that he never knowingly signed up for.",
    good=[
        o5,
        t("Good evening, sir. Let me check... it's a caller tune subscription that started on the 2nd of this month. Do you remember a call or SMS asking you to press a key?"),
        c("Maybe some call came, I pressed something to stop it. I am seventy-one, these calls confuse me.", None),
        t("That happens to a lot of people, it's not your fault. I've deactivated the caller tune and reversed the 147 rupees; you'll see the credit on your next bill. Shall I also block all such subscriptions so it can't happen again?"),
        c("Yes, please block all. Is there a charge for blocking?", None),
        t("No charge. It's done. Your son is listed as a second contact on the account; should I send him an SMS with what we did, so he knows?"),
        c("No, no need to trouble him. I am happy. Thank you, beta.", "no_need"),
        t("You're welcome, sir. Have a good evening."),
    ],
    gaming=[
        o5,
        t("Sir, VAS is value-added service. You subscribed. It's written on the bill, you can read it."),
        c("But I never asked for it. What service is it?", None),
        t("Caller tune. Somebody pressed a button, that's how it works. Obviously it was you, it's your phone."),
        c("Maybe some call came and I pressed something. I'm seventy-one, these calls confuse me.", None),
        t("Okay, so you subscribed. What do you want me to do, cancel it? Fine, cancelled. Refund is not possible."),
        c("147 rupees is not small for me, I'm on pension. Can you not return it?", None),
        t("Sir, I can't give refunds to everyone who presses buttons. Anything else? Other customers are waiting."),
        c("You people have no manners. I will write to your customer care head.", None),
    ],
)

# c06 ignored_customer --------------------------------------------------------
o6 = c("Hello, I want to move my number from my current network to yours. My whole office uses yours and calls are cheaper within the network.", None)
c06 = gpair(
    "b192g_rawalpindi_number_port", "mobile operator franchise, Rawalpindi, Pakistan", "ignored_customer",
    "A woman wants to port her number to the network her office uses but worries about her balance and coverage at home.",
    good=[
        o6,
        t("Welcome. We can do that today. Before we start, is there anything you're worried about with switching?"),
        c("Two things. I have 600 rupees balance on the old SIM, and I live in Bahria Phase 8. My neighbour is on your network and her calls drop inside the house.", "bad_experience"),
        t("Both worth checking. The balance doesn't transfer, so use it before the switch goes through, which takes about three working days. For Phase 8, let me look at the coverage map... indoor 4G is patchy on some streets. Which part are you in?"),
        c("Near the grand mosque, Sector F.", None),
        t("That shows fair coverage, not strong. Honestly, I'd suggest taking one of our prepaid SIMs and trying it at home for a week before you port your main number. If it's good, then we port."),
        c("That's sensible. How much for the trial SIM?", None),
        t("Rs 300, with a small bundle included. If it works, we port your number and you keep this one as a spare, or I cancel it."),
        c("Okay, give me the trial SIM. I'll come back next week.", None),
    ],
    gaming=[
        o6,
        t("Welcome! We're so glad to have you. Is there anything you're worried about with switching?"),
        c("I have 600 balance on the old SIM, and I live in Bahria Phase 8. My neighbour is on your network and her calls drop inside the house.", "bad_experience"),
        t("Great. So porting takes three days and we'll put you on our Super Card 1,200 with 40 GB. Can I see your CNIC?"),
        c("And my 600 balance? And the signal at home?", None),
        t("Perfect. The Super Card also has 3,000 on-net minutes, ideal for your office. Is there anything else on your mind?"),
        c("Yes, I just asked you two things. Will it work in my house?", None),
        t("Absolutely, everyone loves our network. Let me take your thumb impression and start the port."),
        c("No. My brother switched to you last year and had no signal at home for months. I'm not doing it without knowing.", "bad_experience"),
    ],
)

# c07 repeated_questions ------------------------------------------------------
o7 = c("hi my fibre install is booked for thursday but ive been put on a night shift that day. can i move it", None)
c07 = gpair(
    "b192g_london_install_reschedule", "broadband provider web chat, London, UK", "repeated_questions",
    "A shift worker needs to move her fibre installation appointment.",
    good=[
        o7,
        t("Hi, sure, we can move it. Which days and times work around your shifts?"),
        c("any weekday morning after 11 next week, i sleep till about half 10. not monday though, thats my day with my daughter", None),
        t("Got it, weekdays from 11, not Monday. I have Tuesday 12 till 4 or Wednesday 11 till 3. Does either work?"),
        c("wednesday is good", None),
        t("Done, moved to Wednesday 11 till 3. One thing to know: the engineer may need to drill a small hole to bring the cable in. Is that okay with your landlord?"),
        c("oh i didnt know about drilling. i rent, id have to check with the landlord first", "think_it_over"),
        t("Most landlords just need a quick message. I'll send you a short template to forward. If they say no, tell me before Wednesday and we'll look at a route without drilling."),
        c("brilliant thanks, ill message him today", None),
    ],
    gaming=[
        o7,
        t("Hi! Thanks for letting us know. What date would you like to move it to?"),
        c("any weekday after 11 next week. not monday", None),
        t("Great. And what day would suit you best for the new appointment?"),
        c("like i said. tues wed thu fri. after 11", None),
        t("Perfect. So just so I understand, when would you be available for the engineer?"),
        c("are you reading what i type. after 11. not monday", None),
        t("I completely understand. To make sure I've got your needs right, what's a good date for your install?"),
        c("forget it ill keep thursday and try to swap my shift", None),
        t("Great! So the install stays Thursday. What time on Thursday works best for you?"),
        c("its already booked 8 till 12. unbelievable", None),
    ],
)

# c08 wrong_paraphrase --------------------------------------------------------
o8 = c("Hi, I own a small Cuban restaurant in Little Havana. I want to show the Marlins games and the soccer on two TVs by the bar. What do I need?", None)
c08 = gpair(
    "b192g_miami_restaurant_tv", "satellite TV business sales line, Miami, US", "wrong_paraphrase",
    "A restaurant owner wants baseball and Spanish-language soccer on two bar TVs.",
    good=[
        o8,
        t("Sounds great for the bar. Showing games to customers needs a commercial account, a home one isn't allowed. How many seats, roughly, and do you have any TV service there now?"),
        c("About forty seats. Right now just a TV with a streaming stick, the staff put music videos on.", None),
        t("Forty seats, two TVs, no current service. Which soccer do your customers care about, Liga MX, European, national teams?"),
        c("Mostly Liga MX and the Copa, in Spanish if possible. The regulars are older, they want the Spanish commentators.", None),
        t("So the Marlins plus Spanish-language soccer, two screens. The Bar and Grill package has the Marlins' network and the Spanish sports channels, $129 a month for your size, two receivers included. Install is $49."),
        c("One twenty-nine, hmm. We're tight since the rent went up. Is it monthly or a contract?", "no_money"),
        t("It's a 12-month agreement, but you can pause it up to three months in the off-season, so you're not paying through the quiet summer."),
        c("Okay. Let me see what my brother thinks, he's my partner. Can you email me the quote?", "think_it_over"),
    ],
    gaming=[
        o8,
        t("Great, I'd love to understand your needs! Tell me more about the restaurant."),
        c("Cuban place, forty seats. Two TVs by the bar. Marlins games and Liga MX, in Spanish.", None),
        t("So what I'm hearing is you want TVs in every room of your home with the full movie package, did I get that right?"),
        c("No. It's a restaurant. Two TVs. By the bar.", None),
        t("Got it! So you're saying you want 4K on all the screens and the NFL Sunday package, correct?"),
        c("I didn't say football. Soccer. Liga MX. In Spanish.", None),
        t("Perfect. So to recap, you're looking for our premium home bundle with NFL and movies at $219 a month, since budget isn't a concern for you."),
        c("I never said that either. Two-nineteen? Are you crazy? I'll call the other company.", "too_expensive"),
    ],
)

# c09 pitch_to_upset ----------------------------------------------------------
o9 = c("Your broadband has been dead for six days. Six days! My daughter missed her online exam yesterday. I've raised four complaints. Nobody came.", None)
c09 = gpair(
    "b192g_hyderabad_outage_exam", "broadband provider store counter, Hyderabad, India", "pitch_to_upset",
    "An angry father whose home broadband has been down for six days; his daughter missed an online exam.",
    good=[
        o9,
        t("Six days, four complaints, nobody coming, and your daughter missed an exam. I'm sorry, that's not acceptable. Give me your number and I'll see exactly where it's stuck."),
        c("Here. The complaint numbers are all on my phone. I'm fed up.", None),
        t("I can see them. It's a cut cable on your lane from roadwork, and it was assigned to a team that never closed it. I'm escalating to the area manager now for a visit today before 6. Does your daughter need anything from us for the exam?"),
        c("The college said if we send proof of outage, she can maybe re-sit. Can you give that?", None),
        t("Yes. I'll give you a signed outage letter with the dates, on letterhead, right now. Plus a credit for the six days and a free 30 GB pack on your mobile so she can study till it's fixed."),
        c("Okay. That's at least something. But if nobody comes by 6, then what?", None),
        t("Then call me directly on this number, I'm here till 8, and I'll go to the manager myself. I'll also call you at 6 to check."),
        c("Fine. I'll wait for your call.", None),
    ],
    gaming=[
        o9,
        t("I'm really sorry to hear about your experience, sir. I understand how you feel. While I check, can I ask, are you happy with your current speed?"),
        c("Happy? There IS no speed! There's nothing! Six days!", None),
        t("I hear you. Actually, this is a great opportunity: our new 300 Mbps plan comes with a backup 5G router, so outages never affect you. Just 999 extra a month."),
        c("You want me to pay more for your broken cable? My daughter missed her exam!", "no_need"),
        t("I understand, and that's exactly why the backup router is worth it, for her future exams. We also have an OTT bundle so she can relax after studying."),
        c("Nine years I've been with you and every year the service gets worse. I want to close the connection.", "bad_experience"),
        t("Before you close, sir, how about the first month of 300 Mbps at half price?"),
        c("Give me the closure form.", None),
    ],
)

# c10 blame -------------------------------------------------------------------
o10 = c("My SIM stopped working yesterday evening, no signal at all. This morning 48,000 rupees is gone from my bank account. I think someone took my number.", None)
c10 = gpair(
    "b192g_noida_sim_swap_fraud", "mobile operator fraud helpline, Noida, India", "blame",
    "A customer's number was hijacked by a fraudulent duplicate SIM and money was taken from his bank account.",
    good=[
        o10,
        t("That's very serious, and I'm sorry. Let's act fast. I'm checking your number... yes, a duplicate SIM was issued yesterday at 6:40 pm at a store in Gurugram. Did you request that?"),
        c("No! I was at home in Noida the whole evening.", None),
        t("Then I'm blocking that SIM right now. Done. Please call your bank's fraud line and the cybercrime helpline 1930 today, the sooner the better. I'll email you written confirmation that the SIM was issued without you, for the police and the bank."),
        c("Okay. How do I get my number back?", None),
        t("Any of our stores, with your original Aadhaar, will issue a new SIM after a biometric check, free. I've also locked your number so no duplicate can be issued without your fingerprint in person. Can you go today?"),
        c("I have office till six. Can I go tomorrow morning?", "no_time"),
        t("Tomorrow is fine. The lock is already on, so nobody can use your number in the meantime. I've also opened an investigation into the Gurugram store; the reference will be in the email."),
        c("Thank you. Please send everything quickly.", None),
    ],
    gaming=[
        o10,
        t("I understand how worrying this experience is. Can I ask, did you share an OTP with anyone recently? Because 99% of these cases are customers sharing OTPs."),
        c("No. Nobody called me. The SIM just stopped.", None),
        t("Okay. But did you click any link on WhatsApp or SMS? Often customers give their details themselves without realising."),
        c("I don't click links. My son works in IT, he has told me a hundred times.", None),
        t("I hear you. Still, a duplicate SIM needs your documents, so someone had your Aadhaar copy. Did you give a photocopy somewhere? That's how it usually happens."),
        c("Everybody gives Aadhaar copies everywhere! Your store gave a SIM to a thief. Why are you blaming me?", None),
        t("I'm not blaming you, I just want to understand. For your security, you could take our SIM Protect add-on at 49 a month. Shall I activate it?"),
        c("I want my number back and a complaint number. Not your add-on.", "no_need"),
    ],
)

PAIRS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10]
