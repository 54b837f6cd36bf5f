from common import c, gpair, t

P = []
o = c("These hearing aids whistle all the time. At church people turn and look at me. I'm embarrassed.", None)
P.append(gpair("b172g_naples_hearing_whistle", "hearing aid clinic, Naples FL", "putdown_question",
    "A woman in her late seventies back with new aids that whistle.",
    [o, t("That sounds miserable, I'm sorry. When did it start, and is it both ears?"),
     c("Two weeks after I got them. Mostly the left. Worse with my hat on.", None),
     t("So the left, worse under a hat, two weeks in. Often a loose dome or wax. May I look now?"),
     c("Go ahead. My sister's never worked right either. I'm starting to think they're all junk.", "bad_experience"),
     t("Wax in the left one and the dome's a size small. New dome, no charge. Try it with your hat?"),
     c("Oh. It's quiet. Well, I'll be.", None),
     t("Wear them Sunday. If it whistles, call and come straight in, same day.")],
    [o, t("Sorry to hear that! Are you sure you're putting them in right? What exactly are you doing?"),
     c("What the girl showed me. Left, right, push.", None),
     t("And you're not one of those folks who jams them in, are you? When did you last clean them, if ever?"),
     c("Every night with the little brush. I'm not a child.", None),
     t("Great! So, is it possible you're just not used to hearing normal sounds yet?"),
     c("Whistling is not a normal sound. These were a mistake. I want my money back.", "bad_experience")]))

o = c("Somebody called saying they're this bank's fraud team and asked for the code you texted me. I hung up. Was that you?", None)
P.append(gpair("b172g_suncity_bank_scamcall", "bank branch, Sun City AZ", "putdown_question",
    "A sharp 80-year-old retiree reports a suspected scam call.",
    [o, t("You did exactly right. We never ask for that code by phone. What number called, and what did they say?"),
     c("A 602 number. Said my card was used in Miami. I said I'd call the number on my card and he got snippy.", None),
     t("So a Miami story, and he pushed when you wanted to call back. No Miami charges here. Want a new card number to be safe?"),
     c("A new card means redoing the electric and cable autopay. I haven't got time for that this week.", "no_time"),
     t("Fair. Then keep the card, turn on alerts for every charge, and I'll call you Friday to check in."),
     c("That works. Write your name down, I'll ask for you next time.", None)],
    [o, t("Thanks for coming in! Don't you think that's a little paranoid? What exactly did they say?"),
     c("Paranoid? They wanted my code. I worked forty years for the phone company, I know a scam.", None),
     t("Sure. But are you sure you didn't press something that set off the text? What did you do before?"),
     c("I didn't press anything. I'm asking whether you called me.", None),
     t("Got it. Could you have misheard him? These calls get confusing at a certain age, right?"),
     c("My hearing's fine. Get me your manager.", None)]))

o = c("Hi, I'm calling for my father, he's 86, he's right here. His physical therapy after the hip got denied.", None)
P.append(gpair("b172g_jacksonville_medicare_appeal", "Medicare Advantage member line, Jacksonville FL", "not_my_department_or_read_the_terms",
    "A son calls with his father about denied physical therapy after hip surgery.",
    [o, t("I'm sorry, that's hard after a hip. Sir, may I speak with your son about your claim?"),
     c("Father: Yes, talk to Danny. I can't make heads or tails of the letter.", None),
     t("Thank you. Danny, what reason does the letter give, and what's the date on it?"),
     c("Son: 'Not medically necessary after visit 12.' Dated the 3rd. His surgeon wants eight more.", None),
     t("So twelve approved, eight more wanted, letter from the 3rd: you're well inside 65 days to appeal. I'll open it now and fax the surgeon the form today."),
     c("Son: Okay. That's more than the last three people did.", None),
     t("Your case number is A-55120. I'll call Thursday with the status.")],
    [o, t("Happy to help! So what I'm hearing is the claim was denied, is that right?"),
     c("Son: Yes. Physical therapy after his hip, from visit 13 on.", None),
     t("Unfortunately claims isn't my department. Have you read the Evidence of Coverage? It's all in there."),
     c("Son: It's 200 pages. He's 86. Can you transfer us?", None),
     t("I understand your frustration. The appeals number's on the letter, I didn't make the rules. Anything else today?"),
     c("Son: Fourth time your company's done this to us. We're switching plans in the fall.", "bad_experience")]))

o = c("hello this is ruth pennington booking 44821. you cancelled our cruise for the hurricane. i want money back not a credit. we are 77 and 80", None)
P.append(gpair("b172g_tampa_cruise_refund_chat", "cruise line web chat, Tampa FL", "not_my_department_or_read_the_terms",
    "A retiree types in chat after a hurricane cancelled her cruise; she wants a refund.",
    [o, t("Hi Ruth, I'm sorry it was cancelled, and glad you're both safe. When we cancel, you choose refund or credit. Did you get a choice form?"),
     c("no just a letter saying future cruise credit 125 percent. my husband thinks its a trick", None),
     t("Not a trick, but you don't have to take it. You'd like the refund to the card ending 0917, about 10 business days. Shall I?"),
     c("yes. the credit is nice but we wont use it", "no_need"),
     t("Done, confirmation REF-22910. I'll email it so your husband sees it in writing."),
     c("thank you dear that was easy", None)],
    [o, t("Hi Ruth! Your vacation experience matters. Refunds are handled by finance, not me, so I can't do that here."),
     c("who do i talk to then. the letter says use this chat", None),
     t("Per the terms you accepted, section 14, hurricane cancellations get a future credit. Did you read the terms when booking?"),
     c("i am 80 i did not read 30 pages. my friend got her money back from you last year", None),
     t("I didn't make the rules, ma'am! The 125% credit is a great value. Anything else I can help with?"),
     c("yes a supervisor. my daughter is a lawyer", None)]))

o = c("Saw your truck on the street. Before you start, show me your license. I was a building inspector thirty years.", None)
P.append(gpair("b172g_portstlucie_shutters_doorstep", "shutter company, door to door, Port St. Lucie FL", "social_proof_or_deadline_pressure",
    "A 79-year-old retired building inspector opens the door to a shutter salesman.",
    [o, t("Of course. State license and company card, look both up. What would you like to know about your house?"),
     c("Checks out. I've got panels, but at 79 hauling them up a ladder is getting old.", None),
     t("So the panels work, the ladder is the problem. Roll-downs or accordions upstairs would end the climbing; keep panels downstairs."),
     c("Roll-downs for four windows? That's a lot of money for four windows.", "too_expensive"),
     t("It is. Accordions are about half. I'll write both with the permit fee in, no deposit until the permit's issued."),
     c("Write it up. I'll get two more bids, I always do.", "think_it_over")],
    [o, t("Love that, sir! Did you see the Hendersons at 412 and the Parks at 418? Everyone on this street went with us this week."),
     c("Bill Henderson told me at the mailbox this morning he didn't buy a thing.", None),
     t("Well, most of the street! So what are your needs? I can only hold this storm-season price until I leave the block today."),
     c("Today. Of course. And the deposit?", None),
     t("Just 50% so we can pull the permit. Three neighbors already did. What would make you comfortable today?"),
     c("Half before a permit? My buddy in Stuart lost eight grand that way after Irma. Off my porch.", "bad_experience")]))

o = c("Hello? Yes, this is Dorothy. About my timeshare? I can barely hear you, dear.", None)
P.append(gpair("b172g_orlando_timeshare_upgrade", "timeshare owner services, phone, Orlando FL", "social_proof_or_deadline_pressure",
    "An 81-year-old widowed owner who no longer uses her week; her daughter is with her.",
    [o, t("I'll speak up, Mrs. Kowalski. Your fee rises in January. Do you still use your week?"),
     c("Not since Frank died. Three years. I just pay the eleven hundred.", None),
     t("So three unused years at 1,100 each. I won't sell you more. Would you like the deed-back program, where the resort takes the week back?"),
     c("I'd like that. My daughter does my papers. Daughter: Is there a fee?", None),
     t("A 500 transfer fee, with this year paid. I'll mail the form. And never pay anyone who calls promising to resell it."),
     c("Daughter: Good to know. We'll read it and call you back.", "think_it_over")],
    [o, t("Mrs. Kowalski! Great news: 90% of your building has upgraded to Platinum points. How's your vacation experience been?"),
     c("I don't go anymore. Not since Frank died.", None),
     t("I'm sorry. That's why Platinum's perfect, go anywhere! But I can only hold the 14,900 price until this call ends."),
     c("Fourteen thousand? I don't have fourteen thousand dollars.", "no_money"),
     t("Most owners your age finance it. Your neighbors in 3B did last week. Shall I lock it in?"),
     c("Daughter: This is her daughter. She doesn't need more of what she doesn't use. Take her off your list.", "no_need")]))

o = c("One simple question. If we pay the entry fee and one of us dies, or we hate it, how much do we get back?", None)
P.append(gpair("b172g_asheville_ccrc_refund", "retirement community sales office, Asheville NC", "keyword_stuffed",
    "A couple in their late seventies ask about refundable entry fees.",
    [o, t("Good thing to ask first. It depends on the contract. Do you know the refundable and declining types?"),
     c("No. Our friends the Lyles just said 'get the refundable.'", None),
     t("Refundable is 420,000; 90% goes back to you or your estate on resale. Declining is 290,000, dropping to zero over four years. Does leaving money to the kids matter?"),
     c("It does. But 420 is more than we cleared on the house.", "no_money"),
     t("Then there's a 50% option at 340,000. I'll put all three on one page with examples for your lawyer."),
     c("Our son's a CPA. We'll run it by him.", "think_it_over")],
    [o, t("Great question! I really want to understand your needs and feelings on this journey. Our resident relationships are built on success."),
     c("Okay. So how much do we get back?", None),
     t("I hear you and feel your concern. The refund is part of a holistic relationship experience, and understanding your needs is what we value."),
     c("That's not a number.", None),
     t("Understood. What I'm hearing is financial wellness is part of your success story. How satisfied do you feel so far?"),
     c("Not very. Just send us the brochure, we'll be in touch.", "brush_off")]))

o = c("hi does my plan cover hearing aids or not. member id ends 5531. phoenix", None)
P.append(gpair("b172g_phoenix_plan_hearing_chat", "Medicare Advantage web chat, Phoenix AZ", "keyword_stuffed",
    "A retiree types a yes-or-no question about hearing aid coverage.",
    [o, t("Hi! Yes: one hearing exam a year, and up to 1,500 every three years toward aids from our network. Have you been tested yet?"),
     c("not yet. the place near me wants 4000 a pair", None),
     t("So one quote of 4,000, no test yet. If that place isn't in network the 1,500 won't apply. Want three in-network offices near you?"),
     c("ok send them. but ill wait til after the holidays", "no_time"),
     t("Sure, the benefit's there all year. Sending the list to your email now."),
     c("got it thx", None)],
    [o, t("Hi there! Thank you for reaching out on your hearing journey. Understanding your needs matters, and so does your experience."),
     c("ok but does it cover them", None),
     t("Great question! We value our relationship, and hearing success is about your whole experience. How do you feel about your hearing needs today?"),
     c("i feel like i asked a yes or no question", None),
     t("I hear you and understand. Clarity is important to you. Anything else I can help with?"),
     c("forget it ill call the number on the card", None)]))

o = c("I'm here for my pills. The, uh... the heart one. My wife usually does this. She's in the hospital.", None)
P.append(gpair("b172g_surprise_pharmacy_husband", "pharmacy counter, Surprise AZ", "rude",
    "A confused 85-year-old man picks up medicine his wife usually handles.",
    [o, t("Of course, I'll help. I'm sorry about your wife. Name and birthday?"),
     c("Walter Briggs. March 3rd, 1939. She fell Tuesday.", None),
     t("Thank you, Mr. Briggs. Metoprolol is ready, and Lasix is due Friday. Both now, or just today's?"),
     c("I don't know. Which do I take in the morning? She sets them out.", None),
     t("Both mornings. I'll write MORNING big on the caps. We also fill a weekly pill box free while she's away."),
     c("I don't want to be a bother... but yes. I'd better.", None)],
    [o, t("Name and date of birth. Quickly, there's a line."),
     c("Walter Briggs. March... 3rd, 1939. My wife's in the hospital.", None),
     t("And how can I make your experience better today, Walter? There are four prescriptions."),
     c("The heart one. The little white one.", None),
     t("They're all little and white, sir. That's the thing with pills. Bring the bottle, or should I guess?"),
     c("I didn't bring it. I'm sorry, I'm not good at this.", None),
     t("Clearly. Come back when you know the name. Anything else?"),
     c("No. I'll have my son call.", None)]))

o = c("My cart dies halfway to the clubhouse. Twice this week. I had the batteries done here in May.", None)
P.append(gpair("b172g_hiltonhead_cart_battery", "golf cart service shop, Hilton Head SC", "rude",
    "A retired golfer's cart keeps dying after new batteries.",
    [o, t("That's frustrating after new batteries. How do you charge it, and does it die on a hill or the flat?"),
     c("Plugged in every night. Dies on the little hill by the 9th tee.", None),
     t("So charged nightly, dies on the hill. Sounds like a weak cell or loose cable. Can we keep it overnight to test?"),
     c("Overnight? I play Wednesday at eight.", "no_time"),
     t("Back by Tuesday at five, and a bad battery is under warranty, no charge. We'll drop it off."),
     c("Alright. Tuesday by five.", None)],
    [o, t("And what's your charging experience? You do plug it in, right?"),
     c("Every night. I'm not an idiot.", None),
     t("Could've fooled the last guy. Batteries don't just die. What do you want, magic?"),
     c("I want you to check the batteries you sold me.", None),
     t("Fine, leave it. A week or two, we're slammed. Anything else I can do for you today?"),
     c("A week? I tee off Wednesday. I'll take it to the shop in Bluffton.", "no_time")]))

PAIRS = P
