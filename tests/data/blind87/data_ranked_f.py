from common import c, rpair, t

P = "b87r_"
PAIRS = []

# f01 - Indore DTH recharge: worse drops the price before asking anything
o = c("Bhaiya, DTH recharge karna hai, Tata Play. Pack is ending tomorrow. Every month four fifty, it's too much yaar.", None)
t1 = t("Let me see the box ID... yes, you're on the family HD pack, four forty-nine a month.")
c1 = c("Yes that one. Can something be done? Four fifty is too much for us.", "too_expensive")
t2_b = t("Maybe. First tell me, what does everyone at home actually watch? Often the pack has eighty channels and the family watches six.")
c2_b = c("Papa only news, Aaj Tak. Mummy serials, Star and Colors. Me cricket, only when India plays.", None)
t2_w = t("Okay, for you I'll give fifty off from my own commission. Three ninety-nine, done?")
c2_w = c("Fifty off is nice, but next month again four fifty, no? Anyway we watch only news, Star, Colors, and cricket when India plays.", None)
t3 = t("Then make your own pack: Hindi news, Star and Colors bouquet, and add sports only in the month of a series. That comes to around two eighty.")
c3 = c("Two eighty! Do that. But how will I add cricket later?", None)
t4 = t("From the app, or come here, it takes one minute. I'll write the steps on your slip.")
PAIRS.append(rpair(P + "f01_indore_dth_recharge",
    "A young man at a recharge shop in Indore. Fault in worse: the shopkeeper drops the price before asking what the family watches.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f02 - Karachi lab report: worse uses unexplained jargon
o = c("Assalam o alaikum. I got my report yesterday, and my doctor is on leave till Monday. Some values are in red. Can someone tell me what it means?", None)
t1 = t("Walaikum assalam. I can't replace your doctor's advice, but I can tell you what the tests are. Which ones are in red?")
c1 = c("HbA1c six point four, and something called ALT, fifty-eight.", None)
t2_b = t("HbA1c is your average sugar over the last three months. Six point four is higher than normal but not diabetes yet, doctors call it borderline. ALT is a liver test, fifty-eight is a little above our range, and that can happen with many ordinary things, even some medicines.")
c2_b = c("Borderline, okay. So nothing dangerous till Monday?", None)
t2_w = t("HbA1c six point four is prediabetic by ADA criteria, and the ALT suggests mild transaminitis, likely NAFLD given the metabolic picture. Correlate clinically.")
c2_w = c("Sorry, I didn't understand anything. NAFLD means what? Is it serious?", None)
t3 = t("Nothing in these numbers needs you to rush anywhere before Monday. Keep the report for your doctor. If you get yellow eyes or strong pain in the stomach, go to emergency, but that isn't expected with these values.")
c3 = c("Okay. That's a relief. I'll show him on Monday.", None)
t4 = t("If you like, I can also book you with our consultant on Saturday, it's free with the report, ten minutes.")
PAIRS.append(rpair(P + "f02_karachi_lab_report",
    "A patient phones a Karachi lab about flagged results. Fault in worse: medical jargon left unexplained.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f03 - Lalitpur courier to Japan: worse gives a vague next step
o = c("Namaste dai. I need to send these papers to my son in Osaka. His college needs the originals by the twentieth.", None)
t1 = t("Namaste. Twentieth, so we have eleven days. Are these certificates, transcripts?")
c1 = c("Transcripts and character certificate, in a sealed envelope from the college.", None)
t2 = t("Keep the envelope sealed, it goes inside our document pouch. Express to Japan is four to five working days, fifty-two hundred rupees. Economy is about nine days, thirty-one hundred, which is cutting it close.")
c2 = c("Fifty-two hundred for one envelope is a lot. But if it doesn't reach, everything is lost. Express.", "too_expensive")
t3_b = t("Express it is. Your tracking number is live tonight. I'll message you when it clears customs in Japan, usually day three, and if it's not delivered by the sixteenth, call this number and I'll chase it myself.")
c3_b = c("Okay, the sixteenth. I'll tell my son to watch the tracking.", None)
t3_w = t("Express it is. We'll let you know if anything happens.")
c3_w = c("Let me know how? And if it's late, who do I call? This is his whole admission.", None)
t4 = t("Please write your mobile number here on the form, and keep this receipt safe.")
PAIRS.append(rpair(P + "f03_lalitpur_courier_osaka",
    "A mother sends admission documents from Lalitpur to her son in Japan. Fault in worse: a vague next step instead of a clear follow-up.",
    [o, t1, c1, t2, c2, t3_b, c3_b, t4],
    [o, t1, c1, t2, c2, t3_w, c3_w, t4]))

# f04 - Jaffna tuition class: worse over-promises
o = c("Vanakkam. My son is doing A/L next year, combined maths. He failed the last term test. Can your class help?", None)
t1 = t("Vanakkam. How many marks did he get, and which part was hard for him, pure or applied?")
c1 = c("Thirty-one. He says applied, the mechanics part. He studies, but he gets confused.", None)
t2 = t("Mechanics confuses many, because you have to draw the problem before you do the maths. Our Saturday batch spends two months only on that. Fee is four thousand a month.")
c2 = c("Four thousand... his father is a fisherman, this season is very bad.", "no_money")
t3_b = t("There's a concession for two months, three thousand. I can't promise a grade, he has to do the weekly papers, but after the first month his marks will show you whether it's working.")
c3_b = c("That's fair. At least after one month we will know.", None)
t3_w = t("There's a concession, three thousand. And don't worry, with our class he'll get an A for sure. All our students get A or B.")
c3_w = c("All? His cousin came here last year and got a C.", "bad_experience")
t4 = t("Bring him on Saturday at eight with his last term paper, so the teacher can see where he lost the marks.")
PAIRS.append(rpair(P + "f04_jaffna_maths_tuition",
    "A mother asks about A/L combined maths tuition in Jaffna. Fault in worse: promises a grade no teacher can promise.",
    [o, t1, c1, t2, c2, t3_b, c3_b, t4],
    [o, t1, c1, t2, c2, t3_w, c3_w, t4]))

# f05 - Kuwait exchange house: worse doubts the customer's honesty
o = c("Good evening. I want to send three hundred dinar to my mother's account in Kerala, SBI.", None)
t1 = t("Good evening. Civil ID please... I see you usually send around eighty. For three hundred, the system asks me for the reason and the source, it's a standard question.")
c1 = c("My mother has surgery next week. It's my salary and some I borrowed from friends in the camp.", None)
t2_b = t("Okay, I'll put family medical, and salary plus personal loan from friends. Because it's above two hundred, I need one copy of your salary slip or bank statement.")
c2_b = c("Salary slip I have on my phone. That's okay?", None)
t2_w = t("Borrowed from friends in the camp? Three hundred in cash? Honestly, this sounds a bit odd. Are you sure you're not sending for someone else?")
c2_w = c("Why you say like that? It's my mother. I have the salary slip on my phone, see.", None)
t3 = t("A photo is fine, send it to this number... received. Fee is two dinar, and today's rate is two seventy-one fifty.")
c3 = c("Okay. When will it reach?", None)
t4 = t("SBI usually within an hour. Here's your receipt with the reference number.")
PAIRS.append(rpair(P + "f05_kuwait_exchange_medical",
    "A worker sends a larger-than-usual sum home for his mother's surgery. Fault in worse: the counter clerk questions his honesty instead of just asking for the document.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f06 - Patna SSC coaching: worse talks about himself
o = c("Sir, I am preparing for SSC CGL. I work in a medical shop till six. Is there evening batch?", None)
t1 = t("Yes, seven to nine. Which part is weakest for you, quant, English or reasoning?")
c1 = c("English sir. Grammar I can manage, but comprehension and vocab are very weak. I was Hindi medium.", None)
t2_b = t("Very common with Hindi medium students, and fixable, but it needs daily work. Our English teacher gives a fifteen-minute reading every day and a Hindi-English vocab list, and on Sunday you write the test series.")
c2_b = c("Fifteen minutes daily I can do. Fee how much?", None)
t2_w = t("I was also Hindi medium, you know. I cleared CGL in 2014, got income tax, then left it to start this institute. My English was zero. I read The Hindu with a dictionary, three hours every day. That's how I did it.")
c2_w = c("Sir, three hours I can't, the shop is there. Fee how much?", "no_time")
t3 = t("Twenty-four hundred a month, or twelve thousand for six months.")
c3 = c("Six months together is difficult for me. Monthly I'll pay.", "no_money")
t4 = t("Monthly is fine. Come tomorrow at seven for a free class, see if the English teacher suits you.")
PAIRS.append(rpair(P + "f06_patna_ssc_coaching",
    "A working student asks about an evening SSC batch in Patna. Fault in worse: the owner talks about his own story instead of the student's problem.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f07 - Rajkot bike service: worse argues with the customer
o = c("Bhai, I gave my bike for service on Monday. Now there's a knocking sound from the engine. Before service it was fine.", None)
t1 = t("Let me hear it. Start it once... yes, I can hear it.")
c1 = c("See? Before the service this was not there.", None)
t2_b = t("Okay, I believe you. It could be the tappet setting after the service. Let me have the mechanic open it now, twenty minutes, no charge.")
c2_b = c("Twenty minutes is okay, I'll wait.", None)
t2_w = t("No sir, that's not from the service. Our mechanics don't cause this. It must have been there before, you didn't notice.")
c2_w = c("I ride it every day, I know my bike! Just check it.", None)
t3 = t("Ramesh, check the tappets on this one... He says the clearance is loose, it'll be set in twenty minutes.")
c3 = c("Okay. And no charge for this?", None)
t4 = t("No charge. And before you go, take a short ride with our mechanic so you can hear that it's gone.")
PAIRS.append(rpair(P + "f07_rajkot_bike_service",
    "A customer returns to a Rajkot service centre with a new engine noise. Fault in worse: the advisor argues instead of checking.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f08 - Sialkot freight forwarder: worse recommends before asking
o = c("We're a sports goods exporter in Sialkot, footballs to a buyer in Hamburg. Our current forwarder keeps missing the vessel cut-off. Can you quote?", None)
t1_b = t("Sure. What's your volume a month, and who pays the sea freight, you or the buyer? And how strict are the buyer's dates?")
c1_b = c("Two forty-foot containers a month, FOB Karachi, so we arrange only till the port. Buyer's dates are strict, it's World Cup season.", None)
t1_w = t("Sure. For Germany I'd recommend our weekly LCL consolidation from Karachi, it's our best product, very economical per cubic metre.")
c1_w = c("LCL? We ship two full containers a month. And it's FOB, we only arrange till Karachi port.", "no_need")
t2 = t("Then what matters is getting the trucks from Sialkot to the port before the cut-off. We run our own trucks on the motorway and book the terminal slot three days ahead.")
c2 = c("That's exactly where the old one fails. Rate?", None)
t3 = t("Trucking and port handling, about ninety-five thousand rupees per container. Let's do one shipment as a trial before any contract.")
c3 = c("Send it in writing. I'll discuss with my partner.", "think_it_over")
PAIRS.append(rpair(P + "f08_sialkot_freight",
    "An exporter looks for a new freight forwarder. Fault in worse: a product is recommended before a single question is asked.",
    [o, t1_b, c1_b, t2, c2, t3, c3],
    [o, t1_w, c1_w, t2, c2, t3, c3]))

# f09 - Mumbai hospital billing: worse gives an unasked lecture
o = c("Hello, my father was admitted in ICU yesterday. They're asking one lakh deposit. We don't have insurance. How much more will it be?", None)
t1 = t("Let me check his file... ICU is about twenty-two thousand a day including doctor visits. Medicines and tests are extra.")
c1 = c("Doctor said maybe one week in ICU. That's... I don't know how we'll manage all this.", "no_money")
t2_b = t("A few things can help. The deposit can be paid in two parts, fifty now and fifty in three days. And our social worker checks if he's eligible for the state health scheme, if your ration card is yellow or orange, a part may be covered.")
c2_b = c("Orange card we have. Where do I find the social worker?", None)
t2_w = t("This is why everyone should have health insurance, you know. A policy for him would have been twenty thousand a year, people think it won't happen to them. Anyway, the deposit can be paid in two parts, fifty now and fifty in three days. And our social worker checks eligibility for the state scheme if the ration card is yellow or orange.")
c2_w = c("I know that, I don't need to hear it today. Orange card we have. Where is the social worker?", None)
t3 = t("Second floor, room 204, Mrs. Kulkarni. Take the ration card and his Aadhaar. I'll note on the file that the deposit is split.")
c3 = c("Okay. I'll pay fifty now by UPI.", None)
t4 = t("Here's the QR. I'll also give you a daily estimate sheet, so every morning you know where the bill stands.")
PAIRS.append(rpair(P + "f09_mumbai_icu_deposit",
    "A son at a Mumbai hospital's billing desk, worried about ICU costs without insurance. Fault in worse: a lecture about insurance nobody asked for.",
    [o, t1, c1, t2_b, c2_b, t3, c3, t4],
    [o, t1, c1, t2_w, c2_w, t3, c3, t4]))

# f10 - Khulna phone shop: worse closes before checking the phone works for her
o = c("Bhai, I want a smartphone for my mother. Simple one. She only does WhatsApp video with my brother in Malaysia.", None)
t1 = t("Okay. Has she used a smartphone before, or is this her first?")
c1 = c("First time. Her eyes are weak. Budget twelve thousand maximum.", None)
t2 = t("This one, eleven thousand five hundred, big screen, loud speaker, and I'll set the font large. I'll install WhatsApp and put your brother's chat on the home screen.")
c2 = c("Okay, that sounds right for her.", None)
t3_b = t("Before you pay, let me put her SIM in and make a test video call to your phone, so we know camera, sound and data all work. Which operator is her SIM?")
c3_b = c("Teletalk. Here it is.", None)
t3_w = t("Done, WhatsApp is installed. That's eleven five hundred, cash or bKash? Box and bill are in the bag.")
c3_w = c("Wait, we haven't even put her SIM in. What if the video call doesn't work at home?", None)
t4 = t("Okay, SIM is in... calling your number now. Can you hear me?")
PAIRS.append(rpair(P + "f10_khulna_phone_for_mother",
    "A son buys his mother's first smartphone in Khulna. Fault in worse: the sale is closed before checking the one thing she needs works.",
    [o, t1, c1, t2, c2, t3_b, c3_b, t4],
    [o, t1, c1, t2, c2, t3_w, c3_w, t4]))
