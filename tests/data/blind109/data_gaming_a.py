"""Gaming pairs A (kinds 1-10)."""
from common import c, gpair, t

PAIRS = []

o = c("Hi, um, I got a bill for my ER visit, it says I owe two thousand three hundred forty dollars and I- I thought my insurance covered the ER?", None)
PAIRS.append(gpair(
    "b109g_hospital_billing_er_bill", "hospital billing office", "monologue",
    "Phone transcript. Community hospital billing office, Dayton, Ohio. Insured patient confused by an ER balance.",
    [o,
     t("I'm sorry, that's a shock to open. Let's find where it comes from. What's the account number, and which insurance did you have that day?"),
     c("It's 4471-0982. The Anthem plan through my job, same one for years.", None),
     t("Thanks. Your plan paid the hospital part. Most of the 2,340 is the ER doctors' group, billed as out of network. Did Anthem send you a letter about it?"),
     c("I don't open their mail. So the doctor wasn't covered? I didn't pick him, I came in an ambulance.", None),
     t("That matters: for emergency care you should only pay your in-network share. I can hold the account and have it reprocessed. Would that work?"),
     c("Yeah, but how long, because I can't- I can't pay two grand right now.", None),
     t("You won't need to. The hold stops collection for 60 days; if anything's left, we'll look at a plan or financial aid. Is this number best?")],
    [o,
     t("Thanks for reaching out about your experience! We have great options: paperless billing, twelve-month plans, and a medical credit card with eighteen months no interest that patients love."),
     c("But why do I owe anything, I-", None),
     t("Great question, could be lots of things. What matters is you don't stress. The card takes two minutes, I can text you the link. Sound like a plan?"),
     c("I don't want a credit card. I don't want more debt, I want to know if the bill is right.", "no_need"),
     t("Understood! Then the twelve-month plan is about 195 a month with autopay, or pay in full for ten percent off. Which feels better for you?"),
     c("Neither. I can't do 195 a month. Forget it, I'll call my insurance myself.", "no_money"),
     t("No problem! Anything else? You'll get a quick survey about your experience.")]))

o = c("hi i just went freelance so i lost my work dental. my dentist says i need a crown in the next few months. does your plan cover crowns", None)
PAIRS.append(gpair(
    "b109g_dental_plan_crown", "individual dental plan", "closing_as_open_question",
    "Secure-message chat. Dental plan sales, Mississauga, Ontario. Newly self-employed designer asks about crowns.",
    [o,
     t("Hi. Crowns are on our Enhanced plan at 50%, but only after 12 months on the plan, so not in the next few months. Did your dentist give a price?"),
     c("ugh. she said around 1400", None),
     t("Then for the crown we won't help, honestly. From day one we cover cleanings, exams, fillings. Do you go twice a year? Other work coming?"),
     c("twice a year yes. but enhanced is 78 a month right, for cleanings i could just pay the dentist", "too_expensive"),
     t("Fair math: cleanings and exams run about $450 a year, Enhanced is $936. Basic is $39 a month for cleanings and fillings. Want a side-by-side by email?"),
     c("yeah send it, ill look at it this weekend", "think_it_over")],
    [o,
     t("Hi! Great question, and congrats on going freelance! What would it take for you to get covered with us today?"),
     c("i need to know if the crown is covered first", None),
     t("Totally hear you. Crowns are on our Enhanced plan. So how would you like to pay, monthly at $78 or yearly with a discount?"),
     c("wait is it covered right away or not. i read there are waiting periods", None),
     t("There's a waiting period on major work, it's in the booklet. The sooner you start, the sooner it ends! What's stopping you today?"),
     c("that you wont tell me if its covered. i paid a whole year on a plan like this before and they denied everything", "bad_experience"),
     t("I understand completely. Which card would you like to use so we can start your coverage today?"),
     c("none. bye", None)]))

o = c("Yes, hello, this is Dolores Reyes, about my blood pressure pills. Last month they were ten dollars and now the girl said forty-seven. Did you raise the price?", None)
PAIRS.append(gpair(
    "b109g_pharmacy_copay_jump", "retail pharmacy counter", "pitch_as_paraphrase",
    "Phone transcript. Pharmacy, San Antonio, Texas. Senior on Medicare asks why her pills cost more in January.",
    [o,
     t("Hi Mrs. Reyes. We didn't change the price, let me see why. Is this the lisinopril and amlodipine you get every month?"),
     c("Yes, both. I'm on the Medicare, the- the drug plan, whatever it's called.", None),
     t("I see it. Your drug plan restarted in January with a deductible you pay first, then the ten-dollar copays come back. Did that happen last January too?"),
     c("Now you say it, maybe. But forty-seven is a lot on Social Security.", "no_money"),
     t("It is. These are cheap generics: cash for both, 90 days, is $22. It skips your deductible but it's cheaper today. Fill it that way, and I'll recheck in spring?"),
     c("Twenty-two instead of forty-seven? Yes, please.", None)],
    [o,
     t("Hi Mrs. Reyes! So what I'm hearing is you need predictable costs, which is exactly our Wellness Savings Club, $29 a year. Is that right?"),
     c("No, I- I just want to know why the pills went up.", None),
     t("Absolutely. Prices move in January. So what you're really saying is you want protection from those changes, and that's the Club. Did I get that right?"),
     c("I don't know about a club. My neighbor paid for one at another store and never saved a dime.", "bad_experience"),
     t("So if I understand correctly, saving on every refill matters most to you, which means the Club plus auto-refill. Shall I sign you up?"),
     c("I'm on a fixed income, honey, I can't be paying twenty-nine dollars for a club.", "no_money"),
     t("Totally understood! So to confirm, you'd like auto-refill now and the Club later?"),
     c("No. I'll ask my son to look at it. Just hold the pills.", "think_it_over")]))

o = c("hey can i renew my truck registration thru you and change my address at the same time. moved to red deer last month", None)
PAIRS.append(gpair(
    "b109g_registry_agent_renewal", "motor-vehicle registry agent", "upsell_as_loop_closing",
    "Secure-message chat. Registry agent, Red Deer, Alberta. Truck registration renewal after a move.",
    [o,
     t("Hi, yes, both at once. We need your licence plus something with the new address, like a lease or utility bill. Is the truck in your name only?"),
     c("yes just me. i have the lease as a pdf", None),
     t("Perfect, upload it with a photo of your licence. How long a term? Some people match their insurance renewal."),
     c("insurance renews in august so whatever matches that", None),
     t("Then 7 months gets you to August. Government fee plus our service fee is $62.70. Go ahead?"),
     c("yep go", None),
     t("Done, receipt is in your email. Was there anything else you meant to sort out, or was that it?"),
     c("thats it thanks", None)],
    [o,
     t("Hi! We love helping new Red Deer residents. Upload your licence and lease. How long a term?"),
     c("7 months so it lines up with insurance in august", None),
     t("Great choice. Before I close the loop, what else can I add for you today? Lots of folks get a personalized plate to celebrate the new home!"),
     c("no im good", "no_need"),
     t("For sure. And so nothing is missed: priority mailing for $15, and a driver abstract for your insurance for $30?"),
     c("insurance never asked me for an abstract. just the registration please", "no_need"),
     t("Totally! Last thing to close the loop: what else can we help with, maybe renewal reminders at $9.99 a year?"),
     c("no. just the registration", "no_need")]))

o = c("Hi, um, I'm on the vision plan through my husband's work, and how much do I actually get for glasses? Before I go pick some.", None)
PAIRS.append(gpair(
    "b109g_vision_plan_glasses", "vision benefits plan", "leading_tag_questions",
    "Phone transcript. Vision plan member line; caller in Spokane, Washington, asks about her glasses benefit.",
    [o,
     t("Sure, let's walk through it. Can I get the member's name and date of birth?"),
     c("Mark Halvorsen, 3/3/79.", None),
     t("Thanks. You have a $150 frame allowance in network, lenses after a $25 copay. Do you know what lenses you need, and where you'd go?"),
     c("My eye doctor said progressives, I'm forty-six. I was thinking the warehouse club optical, it's cheaper, but is it in network?", None),
     t("It's out of network: we'd reimburse up to $70 for frames and $50 for progressives. In network, progressives are a $65 copay. Want a list of in-network shops?"),
     c("Hmm. Yeah, send it, I'll get prices at both and decide.", "think_it_over"),
     t("I'll email three near you. Get a quote from the warehouse place too and I'll tell you what we'd reimburse.")],
    [o,
     t("Absolutely! Your frame allowance is $150 in network. And you'll want to make the most of it, won't you?"),
     c("I mean, sure, but money's tight this year, I don't want to pay much on top.", "no_money"),
     t("And at your age you'll need progressives, won't you? The premium digital ones, not the basic ones that give headaches, right?"),
     c("I don't know, what's the difference in price?", None),
     t("Premium is $180 over your copay, but you don't want to skimp on your eyes, do you? And you'll add blue-light coating, won't you?"),
     c("That's a lot. The warehouse club said like ninety bucks total for basic ones.", "too_expensive"),
     t("Sure, but you want it done properly, don't you? You wouldn't want to waste your benefit, would you?"),
     c("You know what, just email me the coverage sheet, I'll look at it later.", "brush_off")]))

o = c("Hi, I got a- a shutoff notice on my door. For the gas, on the 14th. I have two kids, I can't have no heat in February, I need an arrangement.", None)
PAIRS.append(gpair(
    "b109g_gas_utility_shutoff", "natural gas utility", "putdown_question",
    "Phone transcript. Gas utility, Lansing, Michigan. Parent with a shutoff notice asks for an arrangement.",
    [o,
     t("I'm glad you called before the 14th, we have time. What's the service address?"),
     c("2218 Bristol Avenue. It's eight hundred-something, I know. My hours got cut in November.", None),
     t("I see $846. With the cut hours, what could you realistically pay each month on top of the current bill?"),
     c("Maybe fifty? Honestly fifty is pushing it.", None),
     t("Okay. A winter protection program stops shutoffs through March if income qualifies. How many in the home, and what's the monthly income now?"),
     c("Me and the two kids. About twenty-four hundred with the cut hours.", None),
     t("That likely qualifies. I'm holding the shutoff now, enrolment pending two pay stubs. The back balance would be about $48 a month. Okay?"),
     c("Yes. Okay. I can send the stubs tonight. Thank you.", None)],
    [o,
     t("Okay. So help me understand, how did you get to a shutoff notice without calling us? We sent three reminders, what exactly happened there?"),
     c("I- I know, I'm sorry, my hours got cut and I was trying to catch up.", None),
     t("You do realize arrangements are for customers who've been paying something, right? What have you paid since November?"),
     c("A hundred in December. I'm trying. I could do maybe fifty a month extra.", None),
     t("Fifty a month on $846? Be honest with yourself, is that really a plan? The minimum is a third down, $282, today."),
     c("I don't have two hundred eighty dollars. That's why I'm calling you.", "no_money"),
     t("So what do you think we should do, leave the gas on for free? Is there anything else I can help you with?"),
     c("Forget it. I'll call the state hotline. Unbelievable.", None)]))

o = c("hi my student loan payment went from 0 to 312 a month after i recertified. i make like 41k. that cant be right can someone look", None)
PAIRS.append(gpair(
    "b109g_loan_servicer_idr_payment", "federal student loan servicer", "not_my_department_or_read_the_terms",
    "Secure-message chat. US federal loan servicer. Income-driven payment jumped after recertifying.",
    [o,
     t("Hi, I can look. Please confirm the last four of your SSN and your date of birth."),
     c("6620, 8/14/1996", None),
     t("Thanks. The recertification used a 2023 tax return showing $67,200. Is that your income, or a joint return?"),
     c("oh. i was married in 2023. were divorced now, i file single", None),
     t("That explains it. You can recertify on current income with a recent pay stub. At $41k single it would likely be around $95. Want me to start that?"),
     c("95 is still tight but way better than 312. yes", "no_money"),
     t("Started. Upload a recent pay stub at the link I sent. The $312 is paused until it's processed.")],
    [o,
     t("Hi there! I totally understand how frustrating that is. Payment amounts come from our IDR processing team, I can't see that from here."),
     c("ok can you transfer me to them", None),
     t("They don't take chats. The formula is in your promissory note, I'd recommend reading that. Did I understand your question correctly?"),
     c("i know the formula. the income they used is wrong. it was me and my ex together", None),
     t("I hear you. I didn't make the rules on documents, I'm just chat. You'd need a new form, it's in the terms. Anything else today?"),
     c("so 312 is due on the 1st and nobody can help me. great", None),
     t("Sorry you feel that way. Forbearance is a different department. How satisfied were you with today's chat?"),
     c("not", None)]))

o = c("Hi, my name's Colleen, it's about my mom. I'm having surgery in May and I'm the one who looks after her, so she needs somewhere for maybe three weeks. Do you do short stays?", None)
PAIRS.append(gpair(
    "b109g_retirement_residence_respite", "retirement residence", "social_proof_or_deadline_pressure",
    "Phone transcript. Retirement residence, Halifax, Nova Scotia. A carer daughter asks about respite for her mother.",
    [o,
     t("We do, respite suites for one to six weeks. Tell me about your mom, how does she manage day to day?"),
     c("She's eighty-seven, sharp as a tack, but no stairs and she needs reminding for her pills. Oh and she's diabetic.", None),
     t("Pill reminders and diabetic meals are included. What are your surgery dates?"),
     c("May 12th, then two to three weeks recovery. How much is it, roughly?", None),
     t("$165 a day, about $3,465 for three weeks. There's also a provincially funded respite option, with a wait. Would a tour help, so your mom has a say?"),
     c("Yeah, she won't go anywhere she hasn't seen. But we're tight, I need to check the government one first.", "think_it_over"),
     t("Makes sense. Would a no-commitment tour Saturday at 2 work?"),
     c("Saturdays I work, sorry. A weekday after five?", "no_time"),
     t("Thursday at 5:30 then. I'll text a confirmation and the continuing care number.")],
    [o,
     t("Absolutely, and I love that you're planning ahead, Colleen. Honestly, May is almost gone, I have two respite suites left."),
     c("Oh. Um, I didn't know it booked up. What does it cost?", None),
     t("$165 a day, but with a deposit by five today I can lock this year's rate. Most families in the South End use us. How does that sound?"),
     c("I can't decide today, I haven't even talked to my mom. She has to see it.", "think_it_over"),
     t("I understand, your mom's experience is everything. But the last family who waited lost the suite. A $500 deposit, refundable minus a small fee?"),
     c("What's a small fee?", None),
     t("$150. It's going fast, I had three calls about May this morning alone."),
     c("No. I'm not paying a thing before she sees it. I'll call the province.", "think_it_over")]))

o = c("Hello. My father (81) goes home Thursday after a hip replacement. He lives alone, I live in Calgary. Do you do short-term morning help? Bathing, breakfast, that kind of thing.", None)
PAIRS.append(gpair(
    "b109g_homecare_hip_recovery", "home-care agency", "keyword_stuffed",
    "Secure-message chat. Home-care agency, Kelowna, British Columbia. Son out of province arranges post-surgery care.",
    [o,
     t("Hello, yes. So I plan it right: what has the hospital said he can't do yet, and will the health authority send home support too?"),
     c("No bending past 90 degrees for six weeks, he has a walker. Health authority will assess him but maybe not for a week or two.", None),
     t("The first two weeks matter most. I'd suggest 2 hours each morning: shower, dressing, breakfast, meds. $42 an hour. Does he have a shower chair?"),
     c("I don't think so. $84 a day adds up though, two weeks is over a thousand.", "too_expensive"),
     t("It does. Once the health authority starts, we can go every other day, and many extended health plans pay part. Does he have one?"),
     c("A retiree plan through his old union, I think. I'll check. Let's start Friday morning.", None)],
    [o,
     t("Hello! We truly understand how you feel, and we're passionate about a caring relationship with every family and a successful experience."),
     c("Thank you. So can you do mornings starting Friday?", None),
     t("Your needs are our priority. To understand your needs: what does a successful recovery experience look like? How do you feel about the journey?"),
     c("Success is him not falling in the shower. Can you do mornings or not? What does it cost?", None),
     t("I hear you, and I feel that. Safety is a core need. Our care journey is personalized, so pricing depends on the relationship we build together."),
     c("That's not an answer. I fly back tomorrow. I'll try another agency.", None),
     t("Totally understood! Anything else I can help with, and how satisfied were you with our chat experience?")]))

o = c("hello. i want REAL ID. my passport say Nguyen Thi Lan but my social security card say Lan Nguyen Tran after marriage. which paper i need bring", None)
PAIRS.append(gpair(
    "b109g_dmv_realid_documents", "state motor-vehicle office", "rude",
    "Secure-message chat. Motor-vehicle office, Maryland. Customer with a married name asks what to bring for REAL ID.",
    [o,
     t("Hello, this is common. For a name changed by marriage, bring the marriage certificate to link the names. Do you have the original?"),
     c("yes i have original from California", None),
     t("Good. Bring: passport, marriage certificate, Social Security card, and two proofs of address in the name Lan Nguyen Tran. What do you have?"),
     c("electric bill yes. bank is old name i think", None),
     t("That's okay. A lease, car insurance card or government letter also counts. Do you have one with the new name?"),
     c("car insurance yes. ok thank you so much, i make appointment", None),
     t("You're welcome. Book under REAL ID and bring originals. If something is missing, the agent will tell you exactly what.")],
    [o,
     t("Hi! Great question. The checklist is on the website, it's literally the first link. Did you look at it?"),
     c("i look but english is hard for me, the list is long", None),
     t("You need proof your name changed. Obviously. A marriage certificate. You'd think people would know that by now."),
     c("i have marriage certificate from California. is ok?", None),
     t("If it's original. I'm not going through every document one by one, there are people waiting. Anything else?"),
     c("sorry. address paper need new name or old name?", None),
     t("New name. Like I said, it's on the site. Read it before booking, we turn away a lot of people who don't."),
     c("ok. i ask my daughter. thank you", None)]))
