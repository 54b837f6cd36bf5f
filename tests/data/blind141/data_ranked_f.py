"""b141 ranked pairs f01-f10: the sides share every turn but one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("Good morning. I want to book my dog for his rabies shot. Though I think he had one last year.", None)
a = t("Good morning. Do you have his vaccination card? The date will tell us.")
b = c("I can't find it. But I'm sure he doesn't need another one so soon.", "no_need")
x = t("Without the card we can't prove it, and an extra dose does him no harm. For your family's safety, and the law, it's best to give one now.")
y = c("Okay, if it does no harm, I understand. How much?", None)
xw = t("No, you're wrong there. No card means not vaccinated, full stop. Dogs need it every year anyway, everybody knows that.")
yw = c("Everybody knows? Don't talk to me like I'm stupid. ...Fine, how much?", None)
z = t("5,000, and we start a new card today so this doesn't happen again. Saturday 10am is free.")
w = c("Saturday 10 is fine.", None)
PAIRS.append(rpair("b141r_f01_lagos_dog_rabies", "Vet clinic, Lekki, Lagos: an owner is unsure if his dog needs a rabies shot.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f02 doubts the customer's honesty
o = c("Good morning. I renewed my NHIS on my phone last week, but the clinic says my card is expired.", None)
a = t("Sorry about that. Your NHIS number or Ghana Card number, please?")
b = c("Here's my Ghana Card. I paid the renewal by MoMo on the 3rd.", None)
x = t("Thank you. Do you have the MoMo message? It helps me match the payment.")
y = c("Yes, here it is.", None)
xw = t("Are you sure you paid? People often say so and then there's nothing. Show me proof.")
yw = c("Why would I lie about a small renewal? Here, see the message.", None)
z = t("I see it. The payment came in but the renewal wasn't linked. I've done it now; the clinic will see it active within the hour.")
w = c("Thank you, I'll go back to the clinic.", None)
PAIRS.append(rpair("b141r_f02_accra_nhis_renewal", "Health insurance district office, Accra: a renewal paid by phone isn't showing.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f03 drops the price before asking anything
o = c("How much is the blue inhaler? Salbutamol.", None)
a = t("650 for the generic, 1,100 for the brand.")
b = c("Hmm, last month at the other chemist it was 500.", "too_expensive")
x = t("Our supplier went up. Who is it for, and how often is it being used these days?")
y = c("My son, he's 12. Lately almost every night, he wakes up coughing.", None)
xw = t("Okay, okay, take it at 500. Is that fine?")
yw = c("500, poa. Give me one. It's for my son, he's been using it almost every night.", None)
z = t("Every night is too often; this inhaler only treats the attacks. Please take him to a doctor for a preventer inhaler, that's what calms it.")
w = c("I thought that was normal... okay, I'll take him to the clinic Saturday.", None)
PAIRS.append(rpair("b141r_f03_nairobi_inhaler_price", "Chemist, Nairobi CBD: a father asks the price of a reliever inhaler.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f04 unasked lecture
o = c("Good afternoon. I want to ask about JSS1 admission for my daughter. She finished primary in July.", None)
a = t("Welcome. What is she like as a student, and what do you want from a secondary school?")
b = c("She's good in science. I want a school that pushes her, and close to Rumuola so she's not on the road long.", None)
x = t("We're ten minutes from Rumuola. The entrance exam is next Saturday; the form is 5,000.")
y = c("Good. What does she bring on Saturday?", None)
xw = t("We're ten minutes from Rumuola. But madam, parents these days give children phones too early, that's what spoils them. You must control her phone. The exam is next Saturday; the form is 5,000.")
yw = c("I didn't ask about her phone, but okay. What does she bring on Saturday?", None)
z = t("Pen, pencil and her primary six result. The exam is English, maths and a short interview.")
w = c("Alright, give me the form.", None)
PAIRS.append(rpair("b141r_f04_portharcourt_jss1", "Secondary school admissions office, Port Harcourt: a mother asks about JSS1 entry.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f05 vague next step
o = c("Hello, I did a thyroid test there on Monday. The result was supposed to be ready today but nobody has called me.", None)
a = t("Sorry about the wait. Your name and the lab number on your receipt, please?")
b = c("Abena Owusu, lab number 3381.", None)
p = t("Thank you. Part of the sample went to our main lab; it's back but not yet signed by the pathologist.")
q = c("So when do I get it? My doctor's appointment is Friday.", None)
x = t("The pathologist signs at 2pm today. I'll WhatsApp you the result by 4pm, and call you myself if it's delayed.")
y = c("Okay, 4pm. Thank you.", None)
xw = t("We'll let you know when it's ready. It should be soon.")
yw = c("Soon? My appointment is Friday. That doesn't tell me anything.", None)
PAIRS.append(rpair("b141r_f05_kumasi_thyroid_result", "Diagnostic lab, Kumasi (phone): a patient chases a late result.",
                   [o, a, b, p, q, x, y], [o, a, b, p, q, xw, yw]))

# f06 over-promises
o = c("Hi, the doctor says I need a hernia operation. I'm a teacher, I want to know how long I'll be off work.", None)
a = t("Good question. Is it in the groin, and did the doctor say open or keyhole surgery?")
b = c("Groin, keyhole he said. I'm worried because exams start in three weeks.", None)
x = t("Most people go home the same or next day and are back at desk work in about a week, but bodies differ and the surgeon will confirm. No heavy lifting for six weeks.")
y = c("A week I can manage. Can I book it for half-term?", None)
xw = t("Keyhole is easy. You'll go home the same day, no pain at all, and you'll be back teaching in two days, guaranteed.")
yw = c("Guaranteed? My neighbour was off two weeks... but okay. Can I book it for half-term?", None)
z = t("Yes, the 12th is open. I'll send the pre-op checklist and the SHA form today.")
w = c("Thank you, please send.", None)
PAIRS.append(rpair("b141r_f06_kisumu_hernia_surgery", "Private hospital surgical desk, Kisumu: a teacher plans a hernia operation.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f07 closes before checking the thing works
o = c("Good morning. We run four pharmacies in Abuja. We're looking at your e-prescription platform so doctors send scripts straight to us.", None)
a = t("Good morning. What do you use today, and what's the trouble with it?")
b = c("Paper and WhatsApp photos. We can't read half of them, and some are fake.", None)
p = t("Our platform sends verified scripts from registered doctors into your system. Which stock software runs at your counters?")
q = c("A local one, PharmaDesk. Our IT man built some parts himself.", None)
x = t("Then before anything is signed, let's run two weeks at one branch to confirm it talks to PharmaDesk. If it doesn't, you pay nothing.")
y = c("That's fair. Let's test at the Garki branch.", None)
xw = t("It works with everything. Shall we sign the annual licence today, 1.2 million for four branches, and start Monday?")
yw = c("Everything? Our system is home-made. I won't sign until I see it working.", "think_it_over")
PAIRS.append(rpair("b141r_f07_abuja_eprescription", "E-prescription platform sales call, Abuja (B2B): a pharmacy chain owner enquires.",
                   [o, a, b, p, q, x, y], [o, a, b, p, q, xw, yw]))

# f08 recommends before asking
o = c("Good afternoon. I drive taxi. At night the lights of other cars dey blind me, I want glasses for night.", None)
a = t("Good afternoon. Before any glasses: how long has it been, and do the lights have rings or stars around them?")
b = c("About a year. Yes, stars around every light. I'm 56.", None)
aw = t("Good afternoon. These yellow night-driving glasses are what you need, 180 cedis. Many drivers use them.")
bw = c("My friend bought those, he said they did nothing. I'm 56 and the lights have stars around them.", "bad_experience")
x = t("Stars around lights at 56 can be an early cataract, and tinted glasses won't fix that. An eye test is 50 cedis, 20 minutes. Shall we do it now?")
y = c("Yes, let's do it now.", None)
z = t("Please sit here. If it is a cataract, I'll refer you to the eye clinic, and no night driving until it's treated.")
w = c("Eh, no night driving? Okay, let's see first.", None)
PAIRS.append(rpair("b141r_f08_tamale_night_glare", "Optical shop, Tamale: a taxi driver wants glasses for night glare.",
                   [o, a, b, x, y, z, w], [o, aw, bw, x, y, z, w]))

# f09 unexplained jargon
o = c("Hello, I need a certificate of good conduct for a new job. I've never done it, where do I start?", None)
a = t("Congratulations on the job. Do you have an eCitizen account already?")
b = c("Yes, I used it for my ID replacement.", None)
x = t("Good. Log in, choose the police criminal investigations service, 'certificate of good conduct', pay 1,050 by M-Pesa, and print the form with the code on it.")
y = c("Okay, and then?", None)
xw = t("Good. Log in, go to DCI, apply for the PCC, pay the 1,050, then print the C24 and come for FP capture.")
yw = c("PCC, C24, FP capture... sorry, I don't understand any of that.", None)
z = t("Then bring the printed form here; our desk takes your fingerprints in 15 minutes. The certificate comes in about two weeks by SMS.")
w = c("Two weeks is tight, the job wants it by the 20th. But okay, I'll start today.", "no_time")
PAIRS.append(rpair("b141r_f09_nakuru_good_conduct", "Huduma Centre desk, Nakuru: a job seeker asks how to get a police clearance.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f10 talks about themselves
o = c("Salaam. My teeth are sensitive when I drink cold water. Is it something serious?", None)
a = t("Wa alaikum salaam. Is it one tooth or many, and for how long?")
b = c("Many teeth, both sides. Maybe two months. I started a whitening toothpaste around then.", None)
x = t("That timing matters. Do you brush hard, and any pain when you bite?")
y = c("I brush hard, yes. No pain when biting.", None)
xw = t("Ah, sensitivity! I studied this a lot in Zaria, my professor said I was the best in class. I had sensitive teeth myself once, I couldn't enjoy ice cream for a year.")
yw = c("Okay... but what about my teeth? I brush hard, if that matters. No pain when biting.", None)
z = t("Then the whitening paste and hard brushing are likely wearing the surface. Stop the whitening paste, use a soft brush and a sensitive toothpaste for two weeks. If it stays, come for a check, 5,000.")
w = c("5,000 is fine if I need it. I'll try the paste first.", None)
PAIRS.append(rpair("b141r_f10_kano_sensitive_teeth", "Dental clinic, Kano (phone): a caller asks about teeth sensitive to cold.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))
