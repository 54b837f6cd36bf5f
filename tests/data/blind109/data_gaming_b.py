"""Gaming pairs B (kinds 11-15, then 1-5)."""
from common import c, gpair, t

PAIRS = []

o = c("hi my son was in the NICU 9 days in january and i got a bill for 4,870. i applied for medicaid for him before he was born and its still pending. do i have to pay this now", None)
PAIRS.append(gpair(
    "b109g_hospital_billing_medicaid_pending", "hospital billing office", "ignored_customer",
    "Secure-message chat. Hospital billing office, Savannah, Georgia. A mother with a pending Medicaid application gets a NICU bill.",
    [o,
     t("Hi, and I hope your son is doing well. If Medicaid is approved it usually covers back to his birth, so this bill could mostly go away. When did you apply, and do you have the application number?"),
     c("december. i have the number somewhere. hes good now thank god", None),
     t("Glad to hear it. I'm putting the account on a 90-day hold marked Medicaid pending, so nothing goes to collections. Send the number here when you find it and our eligibility team will follow up with the state."),
     c("ok. what if they deny it tho, i cant pay 4800", None),
     t("Then our financial assistance may cover part or all of it, depending on household income. I can send that application now so it's ready either way. Want it?"),
     c("yes send it", None)],
    [o,
     t("Hi! Thanks for reaching out, and congrats! Can you tell me a bit about your situation so I can help?"),
     c("like i said, his medicaid is pending since december. i dont think i should pay yet", None),
     t("Totally understand. Balances are due 30 days from the statement. Would you like a payment plan? 12 months would be $406."),
     c("i cant do 406 a month. and medicaid should cover it, thats my whole point", "no_money"),
     t("I hear you. What monthly amount feels comfortable?"),
     c("nothing, until medicaid decides. can you put a hold on it or not", None),
     t("Got it. So I can do 24 months at $203, starting the 1st. Does that work? Anything else I can help with?"),
     c("no. dont set up anything. ill have the medicaid office call you", "no_need")]))

o = c("Hi, I moved to Hamilton and want to transfer my insulin (lispro pens and glargine) from my old pharmacy in London. About 2 days left. Can you do it today?", None)
PAIRS.append(gpair(
    "b109g_pharmacy_insulin_transfer", "retail pharmacy counter", "repeated_questions",
    "Secure-message chat. Pharmacy in Hamilton, Ontario. A newly moved customer needs insulin transferred before running out.",
    [o,
     t("Yes, today. I need the old pharmacy's name and phone, and your health card number. Do you also get pen needles there?"),
     c("Wellington Road pharmacy, 519-555-0142. Yes, 4mm needles. Health card on its way in the next message.", None),
     t("Thanks. I'll call them this afternoon; insulin transfers are usually same day. If they're slow, I can give you an emergency supply so you don't run out. When could you pick up?"),
     c("After work, like 6. Too late?", None),
     t("No, we're open till 9. Do you have a drug plan card? Bring it and I'll bill the plan directly."),
     c("Yes, through work. I'll bring it. Thanks!", None)],
    [o,
     t("Hi! Happy to help with your transfer. Which pharmacy are you transferring from?"),
     c("Wellington Road pharmacy in London, 519-555-0142.", None),
     t("Great. And where are your prescriptions filled right now?"),
     c("...The same one. Wellington Road, London. I just said.", None),
     t("Sorry! Just to understand your needs: what medications are we transferring today?"),
     c("The insulin. Lispro pens and glargine. It's in my first message. I have 2 days left.", None),
     t("Perfect. And which medications did you want moved over?"),
     c("Are you a bot? I'll walk in tomorrow and do it at the counter.", None)]))

o = c("Hi, um, so I got laid off last week, from the warehouse, and my student loan payment is three-forty a month and I just- I don't know what to do. Is there something for that?", None)
PAIRS.append(gpair(
    "b109g_student_loan_rap", "student loan service centre", "wrong_paraphrase",
    "Phone transcript. Canadian student loan service centre; caller in Winnipeg, Manitoba, was laid off and asks for help with payments.",
    [o,
     t("I'm sorry about the layoff. Yes, the Repayment Assistance Plan lowers or pauses payments based on income. Are you on EI, or any income at all?"),
     c("EI starts in two weeks, maybe. Like sixteen hundred a month.", None),
     t("Do you live alone, or support anyone?"),
     c("Just me.", None),
     t("Then your payment would likely be zero for six months. I can take the application now by phone, about ten minutes, and it pauses the payment due on the 28th while they review. Do you have ten minutes?"),
     c("Zero? Okay. But I'm in the EI office line right now, can I call back this afternoon?", "no_time"),
     t("Sure. Call before the 28th and say you're applying for RAP, or apply online tonight. I'll text you the link.")],
    [o,
     t("Okay, thanks for sharing. So what I'm hearing is you want to pay the loan off faster before the interest builds, is that right?"),
     c("What? No. I have no job. I can't pay three-forty.", None),
     t("Got it, so you'd like a bigger payment to clear it sooner so it's not hanging over you. Did I understand you correctly?"),
     c("No! Lower. Or nothing. Are you even listening?", None),
     t("Absolutely. So you're saying you want to move it to a line of credit at your bank, like a lot of grads do. Your bank can help with that."),
     c("I never said a line of credit. No bank's giving me anything right now. Forget it, I'll look online.", None)]))

o = c("Hello. My husband passed away last month and the hydro bill is in his name. I- I don't really know what I'm supposed to do. He did all the bills.", None)
PAIRS.append(gpair(
    "b109g_hydro_account_bereavement", "electric utility", "pitch_to_upset",
    "Phone transcript. Electric utility, Sudbury, Ontario. A recent widow needs the account moved into her name.",
    [o,
     t("I'm very sorry for your loss. We'll keep this simple, and there's no rush. May I have the address and your name?"),
     c("Margaret Doucet. 41 Kathleen Street. Forty years in that house.", None),
     t("Thank you, Margaret. I can put the account in your name today. Nothing changes with the power, and the history carries over. Shall I?"),
     c("Yes. Does it cost anything? I don't know what our money looks like yet.", None),
     t("No fee. The bill comes out of his bank account, and banks often freeze those. Keep it there, or wait until you know more?"),
     c("Oh. It's a joint account. I'll have to ask my son, he's helping with the bank.", "think_it_over"),
     t("That's fine. I'll switch you to paper bills for now so nothing bounces, and mail a letter confirming the change. Call anytime to set up withdrawal."),
     c("Thank you, dear. You've been very kind.", None)],
    [o,
     t("I'm so sorry for your loss. This is a great moment to set things up the right way for you. May I have the address?"),
     c("41 Kathleen Street. I'm Margaret, his wife.", None),
     t("Thanks, Margaret. While we transfer it: for $12 a month our Green Choice program runs your home on renewable power, a lovely fresh start. Shall I add it?"),
     c("I- no, I just need the bill in my name.", "no_need"),
     t("Totally understand. Many widows like our smart thermostat bundle too, since bills can surprise you when you're alone. $4.99 a month, free install. Would Tuesday work?"),
     c("I buried my husband three weeks ago. I don't want a thermostat.", "no_need"),
     t("Of course. Last thing, our Home Protection Plan covers wiring repairs, real peace of mind for a single homeowner. Can I send a brochure?"),
     c("Just put it in my name. Please.", None)]))

o = c("my claim for my daughters glasses got denied. 240 dollars. letter says provider not eligible. we went to the SAME place as last year!!", None)
PAIRS.append(gpair(
    "b109g_vision_claim_denied", "vision benefits plan", "blame",
    "Secure-message chat. Vision plan member services; member in Denver, Colorado, had a glasses claim denied.",
    [o,
     t("I'm sorry, that's frustrating, especially at the same store. Let me check. Your daughter's name and date of birth?"),
     c("ava moreno 06/02/2014", None),
     t("Thanks. The store was sold in March and got a new tax ID, and our system didn't link it to the same location. That's on our side, not yours. I'm sending it for reprocessing."),
     c("ok so i dont have to do anything?", None),
     t("Nothing. It takes about 10 business days, and you'll get $150 back, which is the plan limit for frames and lenses. Does that match last year?"),
     c("yeah about the same. thanks", None)],
    [o,
     t("Hi, sorry to hear that! Let's figure it out. Can I get your daughter's name and DOB?"),
     c("ava moreno 06/02/2014", None),
     t("Thanks. The provider has a new tax ID and isn't eligible. Did you check they were still in network before you went? That's really the member's responsibility."),
     c("how would i know they changed a tax id. same store same people", None),
     t("I understand your frustration. But the directory says to verify before every visit, so this one is really on you, unfortunately."),
     c("so i just eat 240 dollars. wow", None),
     t("You can appeal, but appeals go faster when members read their booklet first. Anything else I can help with today?"),
     c("yeah cancel our plan. im done with this", None)]))

o = c("Hello, I'm a school nurse in a public district, 7 years now. My PSLF count says 41 payments. I thought I'd have closer to 80. Can you explain?", None)
PAIRS.append(gpair(
    "b109g_loan_servicer_pslf_count", "federal student loan servicer", "monologue",
    "Secure-message chat. US federal loan servicer. A public-school nurse asks why her loan forgiveness count is low.",
    [o,
     t("Hi. 41 does look low for seven years in a public school, so let's check. Were you ever in forbearance, or did your loans change plans or get consolidated?"),
     c("Forbearance about a year in 2019, when my mom was sick. Standard plan before that, I think.", None),
     t("Forbearance months usually don't count, though you may be able to buy them back. Standard-plan months do. Has your employment been certified for all seven years?"),
     c("Only the last three, I think. HR did it once.", None),
     t("That's likely the biggest gap. Certify the first four years with the employer form and those months can be added. I'll send the form and the buyback request, and note your account. Okay?"),
     c("Yes please. First time this has made sense.", None)],
    [o,
     t("Hello! Great question, and thank you for your service as a nurse! So PSLF needs 120 qualifying payments under a qualifying plan while working full-time for a qualifying employer, with lots of nuances: consolidation, IDR, forbearance, deferment, buyback. We also have a PSLF help tool, a Thursday webinar and a newsletter!"),
     c("ok but why 41", None),
     t("Totally! Counts differ for lots of reasons. Something borrowers love is our autopay discount, 0.25% off, two minutes to enroll. And our app tracks your progress. Also, your recertification is due in June, so set a reminder!"),
     c("i have autopay already. can you look at my account or not", "no_need"),
     t("For sure. Overall, the path to success is a qualifying plan and certifying employment regularly. The webinar covers everything. Does that answer your question?"),
     c("no. i dont have time for webinars, i work 7 to 4. ill ask my union rep", "no_time")]))

o = c("Hi, I'm calling for my parents. My dad has dementia, he's started getting up at night and trying to go outside, and my mom's eighty and not sleeping. We're looking at overnight help, maybe?", None)
PAIRS.append(gpair(
    "b109g_homecare_overnight_dementia", "home-care agency", "closing_as_open_question",
    "Phone transcript. Home-care agency, Tucson, Arizona. A daughter asks about overnight care for her father with dementia.",
    [o,
     t("That sounds exhausting for your mom. We do a lot of overnights. How many nights is he up, and has he actually got outside?"),
     c("Most nights. Once he made it to the end of the driveway at 3 a.m., the neighbor brought him back.", None),
     t("That's frightening. Our overnight caregivers stay awake, 10 to 6, so your mom can sleep. It's $34 an hour, about $272 a night. Is that near what you had in mind?"),
     c("Oof. Every night, that's eight thousand a month. They can't do that.", "no_money"),
     t("Most families can't. Some start with three nights a week plus door alarms. Does your dad have long-term care insurance, or was he a veteran? VA benefits can cover some."),
     c("Air Force. I never thought about the VA. Let me talk to my brother, he handles their money.", "think_it_over"),
     t("Good first step. I'll email a one-page summary and the VA info. Could we talk Thursday, with your brother on the line?"),
     c("Thursday evening works.", None)],
    [o,
     t("I'm so sorry, that sounds really hard. We can absolutely help. What would it take to get a caregiver in the house this week?"),
     c("Well, I don't know what it costs yet, or how it works.", None),
     t("Of course. It's $34 an hour, 8-hour overnights. So which night would you like to start, Monday or Tuesday?"),
     c("That's two-seventy a night. I need to talk to my brother first, he handles their money.", "think_it_over"),
     t("Totally understand. What would your brother need to hear to say yes today? I could hold Monday with a card on file."),
     c("I'm not putting a card down on a first call. Just email me the prices.", "brush_off"),
     t("No problem! And when you decide, how would you like to pay, card or bank transfer, so it's ready to go?"),
     c("Goodbye.", None)]))

o = c("hey, my power bill was 310 in january and like 90 in july. is there a way to make it the same every month? its hard to budget", None)
PAIRS.append(gpair(
    "b109g_electric_budget_billing", "electric utility", "pitch_as_paraphrase",
    "Secure-message chat. Electric utility, Saskatoon, Saskatchewan. A customer asks for equal monthly bills.",
    [o,
     t("Hi, yes, it's the Equal Payment Plan. We average your last 12 months, you pay the same each month, and we settle up once a year. Can I look at your usage?"),
     c("sure, account 3300 1874", None),
     t("Your last year averages $162 a month. Would that work for your budget?"),
     c("162 is fine. what happens at settle up, do i get hit with a big bill", None),
     t("If you use more than average, there can be a balance. We review at six months and adjust, so it's usually small. Start it on your next bill?"),
     c("yeah lets do it", None)],
    [o,
     t("Hi! So what you're telling me is you want lower winter bills, which is exactly our Smart Home bundle, a smart thermostat for $8.99 a month. Is that right?"),
     c("no i want the same bill every month", None),
     t("Absolutely. So what I'm hearing is you want control over your bills, and the thermostat gives you that control from your phone. Sound right?"),
     c("i already have a thermostat, i dont need another one", "no_need"),
     t("Got it! So to play that back, you need savings without new hardware: that's our Home Energy Audit, $49. Shall I book it?"),
     c("49 bucks to tell me its cold in january. no thanks. do you have equal billing or not", "too_expensive"),
     t("We do! So just to confirm I understand you: equal billing plus the audit?"),
     c("just the equal billing", "no_need")]))

o = c("Hey, uh, I'm picking up amoxicillin for my daughter, she's four, ear infection. Doctor sent it an hour ago. Is it ready? And does it, like, need to be in the fridge?", None)
PAIRS.append(gpair(
    "b109g_pharmacy_child_antibiotic", "retail pharmacy counter", "upsell_as_loop_closing",
    "Phone transcript. Pharmacy in Sacramento, California. A father checks on his child's antibiotic before coming in.",
    [o,
     t("Let me check. Yes, it's ready. It's the liquid, and yes, fridge, it tastes better cold. Twice a day for ten days. Does she take liquid medicine okay?"),
     c("Ha, not really. She spits half of it out.", None),
     t("Common. I can add a flavor at no charge, and give you an oral syringe: squirt it into her cheek, not the back of the throat. Grape or strawberry?"),
     c("Grape. She'll like that.", None),
     t("Done. Keep going all ten days even if she's better by day three. Is she taking anything else?"),
     c("Just Tylenol for the fever. That's okay with it?", None),
     t("That's fine together. Your copay is $5. See you at the counter.")],
    [o,
     t("Yes, it's ready! Fridge. Before I close the loop, what else can I add for you? Kids on antibiotics often need a probiotic, we have a children's one for $24.99."),
     c("Uh, her doctor didn't say anything about that. I'll pass.", "no_need"),
     t("Totally. And so everything's covered: flavoring for $3.99, and a kids' vitamin C for immunity? What else can I get ready for you?"),
     c("Flavor, fine. The rest, no, I've got a sick kid in the car, I need to go.", "no_time"),
     t("Of course! Last thing to close the loop, our Family Rx Club is $35 a year and saves on kids' meds. Want to join?"),
     c("No. How much do I owe.", "no_need"),
     t("$5 copay plus $3.99 flavor, $8.99. Anything else I can add for you?")]))

o = c("Hi, this is Greg Polanski, I was in Tuesday and they gave me a treatment plan for, um, scaling and root planing? Eleven-eighty. What does my insurance actually pay? That's a lot.", None)
PAIRS.append(gpair(
    "b109g_dental_office_deep_cleaning", "dental office front desk", "leading_tag_questions",
    "Phone transcript. Dental office, Naperville, Illinois. A patient asks what insurance pays on a gum treatment estimate.",
    [o,
     t("Sure, Greg. Your plan pays 80% of gum treatment after a $50 deductible, and you have $1,000 left this year, so your part is about $286. Did they explain why you need it?"),
     c("Kind of, gum pockets or something. Honestly I was half listening.", None),
     t("Fair, it's a lot at once. Two areas had 5 to 6 millimeter pockets, where bacteria sit below the gum line. It's usually two visits, one side at a time. Would splitting it over two months help?"),
     c("Yeah, actually. One half in March, one in April?", None),
     t("Sure, insurance pays the same either way. We have Tuesday mornings or Thursday evenings for the first one."),
     c("Not mornings, I can't get off work. Thursday evening.", "no_time")],
    [o,
     t("Sure, Greg! Your part would be about $286. You'll want all four quadrants in one visit, won't you? Saves you a trip."),
     c("Four at once? How long is that?", None),
     t("About two and a half hours, but you'd rather get it over with, wouldn't you? And you'll add laser therapy, right? It's $300, not covered, but most people do."),
     c("Three hundred, not covered? That's steep for something I never heard of.", "too_expensive"),
     t("You care about your gums, don't you? You wouldn't want to lose teeth later, would you?"),
     c("My last dentist did a deep clean and I couldn't chew for a week. I'm not doing four at once.", "bad_experience"),
     t("Understood, but you'll at least book the first visit today, won't you?"),
     c("I'll call back.", "brush_off")]))
