from common import c, rpair, t

# f01 price dropped before asking anything
A0 = c("salam. i run a small courier office, 5 riders. need sim plan for all with data for maps. what u have", None)
A1 = t("Walaikum salam! Before I suggest, how much data does one rider use a day, and do they call customers a lot?")
A1w = t("Walaikum salam! For you I'll give 20% off our business bundle straight away, 1,600 instead of 2,000 per SIM. What do you need exactly?")
A2 = c("maps all day, maybe 1.5 gb each. calls many, 40 50 a day to customers", None)
A2w = c("20% off already, so the normal price is fake or what. anyway maps all day 1.5 gb each, 40 50 calls a day", None)
A3 = t("Then the 1,300 business bundle fits: 60 GB and 3,000 minutes per SIM a month, one bill, and each rider's usage on the portal.")
A4 = c("1300 x 5 is 6500. ok that works. can i block youtube on their sims", None)
A5 = t("Yes, per SIM from the portal. I'll send the form; same-day activation if you bring CNIC copies.")
A6 = c("ok send form", None)

# f02 over-promises
B0 = c("I want this fridge on EMI, but my credit score is low, I missed two card payments last year. Will I get approval?", None)
B1 = t("Possibly. Approval is the finance company's decision, not ours. Are you salaried, with salary coming into your bank?")
B2 = c("Yes, salaried, 6 years same company. Salary comes in my account.", None)
B3 = t("That helps a lot. I can't promise, but with steady salary many get approved despite a few late payments. The check takes 10 minutes. Shall we try?")
B3w = t("Then don't worry at all, approval is 100% guaranteed, I've never seen anyone rejected. Let's apply.")
B4 = c("Okay, try. If it doesn't come, then what?", None)
B4w = c("100 percent? Last time a shop said the same and I got rejected in front of everyone.", "bad_experience")
B5 = t("If it's declined, you can do EMI on your salary bank's debit card, or pay part cash and EMI the rest. Let's check first.")
B6 = c("Okay, check.", None)

# f03 vague next step
C0 = c("Hi, I need Schengen visa appointment help for me and my wife, trip in September. Last time we got no slot for two months.", None)
C1 = t("Slots are tight this year. Which country is your main stay, and are your dates fixed?")
C2 = c("Mainly Italy, September 5 to 15. Leave is approved, can't change.", None)
C3 = t("Then we apply for Italy, since most nights are there. August slots open in the next two weeks. Our fee is 4,500 for both, with document check.")
C4 = c("4,500 is fine if you actually get a slot. Last agent took money and nothing happened.", "bad_experience")
C5 = t("Understood. I check the portal every morning and message you each Friday with what's open; the fee is charged only once a slot is booked. Send passport copies today so we book the minute one opens.")
C5w = t("Understood. We'll keep checking and let you know when something comes up.")
C6 = c("Fee only after booking, that's fair. Sending passports now.", None)
C6w = c("Let you know when? The last agent said exactly that. I'll think and call you.", "think_it_over")

# f04 unexplained jargon
D0 = c("Hello, my father had a back MRI at your hospital yesterday. The report is online but I don't understand it. He's in a lot of pain.", None)
D1 = t("I'm sorry he's in pain. I'll explain the report and book the doctor. Does the pain go down a leg, or only the back?")
D2 = c("Down the left leg, till the foot. He's 62. He can't sleep properly.", None)
D3 = t("The report says one disc in the lower back is bulging and pressing the nerve that goes to the left leg. That matches his pain. It's common and often settles with medicine and physio, but the spine doctor decides.")
D3w = t("The report shows L4-L5 disc herniation with left neural foraminal narrowing and nerve root impingement, which fits the radiculopathy.")
D4 = c("Okay, so it's the nerve. Will he need surgery?", None)
D4w = c("Sorry, I didn't understand any of that. Is it serious? Will he need surgery?", None)
D5 = t("Most people with this don't. Dr. Kulkarni can see him tomorrow 4 pm; bring the films and his medicines. If his foot gets weak or he can't pass urine, come to emergency at once.")
D6 = c("Tomorrow 4 pm. Thank you.", None)

# f05 doubts the customer's honesty
E0 = c("Assalam o alaikum, I got 168 out of 200 in last year's MDCAT, missed merit by a little. I want your repeaters' scholarship.", None)
E1 = t("Walaikum assalam, well done getting that close. Which section cost you most?")
E2 = c("Physics, 28 out of 40. Biology and chemistry were fine.", None)
E3 = t("Then the repeaters' course with extra physics problem sessions. 160 and above gets 40% off, so 36,000 instead of 60,000.")
E4 = c("36,000 is still a bit much, my father is retired. Can I pay in two parts?", "no_money")
E5 = t("Yes, two parts of 18,000, the second after the first mock. Bring your result card and we apply the scholarship today.")
E5w = t("Two parts is possible. But first we'll verify the 168 ourselves; lots of students inflate marks to get the scholarship.")
E6 = c("JazakAllah. I'll come tomorrow with the card.", None)
E6w = c("Calling me a liar? The result is on the official site. I'm going elsewhere.", None)

# f06 argues with the customer
F0 = c("Hello, I'm with a buying house in Chennai. In your last shipment, 4,000 kids' T-shirts, about 300 have crooked neck labels. The buyer is charging us.", None)
F1 = t("Sorry, that's not good. Do you have photos, and what is the buyer asking, rework or a discount?")
F2 = c("Photos I'll send. 5% off the invoice, or we relabel at their warehouse in Leicester.", None)
F3 = t("Relabelling in the UK will cost more than the discount, so let us take the 5% on our side. I'll also add a label check at final inspection.")
F3w = t("Honestly, 300 out of 4,000 is within normal tolerance. Your QC passed the shipment, so the buyer should accept it.")
F4 = c("Good. Next order is 10,000 pieces, and I'll need that label check in writing.", None)
F4w = c("Tolerance? The buyer doesn't care about your tolerance. Argue like this and the next 10,000 pieces go elsewhere.", None)
F5 = t("I'll email the 5% credit note today, and the label check goes into the inspection report with the next proforma.")
F6 = c("Okay. Send it today.", None)

# f07 unasked lecture
G0 = c("Hi, I sell handmade soaps on Instagram from Thane, 150 orders a month. My courier keeps losing parcels. Your rate for 500 grams?", None)
G1 = t("Sorry to hear that. Where do most orders go, and how much is cash on delivery?")
G2 = c("All India, mostly metros. COD maybe 40%. Two-three parcels lost a month, and customers blame me.", None)
G3 = t("500 g: 42 in Maharashtra, 68 to metros, COD 2% or 35, whichever is more. Every parcel is photographed at pickup and scanned at each hub, and if one is lost we pay the declared value.")
G3w = t("Honestly, most lost parcels are bad packing. Use double boxes, bubble wrap, proper tape, and never write soap on the label; so many small sellers make this mistake. Rate is 42 in state, 68 to metros.")
G4 = c("Declared value paid, that's good. Pickup from Thane daily?", None)
G4w = c("My packing is fine, four years I'm doing this. They get lost at the hub, not in my box. Pickup from Thane daily?", None)
G5 = t("Daily above 25 parcels a week, alternate days below that. Let's try two weeks on your next 40 orders, no contract.")
G6 = c("Trial is fine. Start Monday.", None)

# f08 closes before checking the thing works
H0 = c("Hi, I just moved into an apartment in HSR Layout, 4th floor. I work from home, need fast net by Monday. What plans?", None)
H1 = t("Welcome to HSR. What do you use it for, video calls, big uploads? How many at home?")
H2 = c("Video calls all day, I'm in sales. Just me and my wife, some Netflix at night.", None)
H3 = t("Then 150 Mbps at 899 is plenty; calls need steady upload, and this gives 150 both ways.")
H4 = c("899 is fine. Sai Residency, 27th Main. Can you install by Monday?", None)
H5 = t("Let me check your building before taking any money. Sai Residency has our fibre in the lobby, so Saturday works; the technician confirms the run to the 4th floor this evening, and then you pay.")
H5w = t("Yes, Monday for sure. Pay 899 plus 1,000 installation now by UPI and I'll book the technician.")
H6 = c("Pay after the check, perfect. I'll wait for the SMS.", None)
H6w = c("Pay now? You didn't even check if my building has your cable. My friend paid one company and then they said no connection.", "bad_experience")

# f09 talks about themselves
I0 = c("Assalam o alaikum. I have a bank job interview in three weeks. My English speaking is weak, I freeze. Any short course?", None)
I1 = t("Walaikum assalam. Three weeks is enough to improve a lot. When you freeze, is it finding words, or nerves in front of people?")
I2 = c("Nerves mostly. I know the answers in Urdu, but in English I start thinking about grammar and stop.", None)
I3 = t("Very common. Our 3-week interview batch is mostly practice: mock interviews on camera, the top 20 bank questions, feedback on fluency over grammar. 9,000, evenings 6 to 8.")
I3w = t("I was exactly like you. In college I froze in my first interview, then trained myself, did three courses in Lahore, a certificate in Islamabad, and now I've coached over 2,000 students. Batch is 9,000, evenings 6 to 8.")
I4 = c("Mock interviews on camera, that's what I need. 9,000 is okay.", None)
I4w = c("Masha'Allah... but I only have three weeks. What will I actually do in class?", None)
I5 = t("First class Monday. Bring your CV and the job ad, so we practise the questions they'll really ask you.")
I6 = c("Okay, Monday.", None)

# f10 recommends before asking
J0 = c("Assalam o alaikum. I want a phone on installments. My old one's battery lasts only till noon.", None)
J1 = t("Walaikum assalam. What do you use it for mostly, and what monthly amount is comfortable?")
J1w = t("Walaikum assalam. Take the new flagship, 2.4 lakh, best camera in the market, 12 months at 20,000. Our best-seller.")
J2 = c("Calls, WhatsApp, and I'm a delivery rider, so maps all day. Monthly 6,000 max.", None)
J2w = c("2.4 lakh? I'm a delivery rider, bhai. Maps and WhatsApp only. I can't pay 20,000 a month.", "no_money")
J3 = t("Then battery matters most. This one has 6,000 mAh, a full riding day with maps; 54,000, 9 months at 6,000 on our own zero-markup plan.")
J4 = c("6,000 exactly. Does it get hot? My old one heats on the bike mount.", None)
J5 = t("It runs cooler than most, but any phone heats in direct sun; a mount with airflow helps. Bring your CNIC and a guarantor's copy, ready in an hour.")
J6 = c("Okay, I'll come with my brother as guarantor tomorrow.", None)

PAIRS = [
 rpair("b131r_f01_karachi_rider_sims", "Mobile operator chat, Karachi: a courier office needs SIMs for five riders.",
  [A0, A1, A2, A3, A4, A5, A6], [A0, A1w, A2w, A3, A4, A5, A6]),
 rpair("b131r_f02_kanpur_fridge_emi_approval", "Appliance store, Kanpur: a buyer with late payments asks if EMI will be approved.",
  [B0, B1, B2, B3, B4, B5, B6], [B0, B1, B2, B3w, B4w, B5, B6]),
 rpair("b131r_f03_delhi_schengen_slots", "Travel agency, Delhi: a couple needs help getting a Schengen visa slot.",
  [C0, C1, C2, C3, C4, C5, C6], [C0, C1, C2, C3, C4, C5w, C6w]),
 rpair("b131r_f04_pune_mri_report", "Private hospital helpdesk, Pune: a daughter can't read her father's MRI report.",
  [D0, D1, D2, D3, D4, D5, D6], [D0, D1, D2, D3w, D4w, D5, D6]),
 rpair("b131r_f05_rawalpindi_mdcat_scholarship", "Medical entry test academy, Rawalpindi: a repeater asks for a merit scholarship.",
  [E0, E1, E2, E3, E4, E5, E6], [E0, E1, E2, E3, E4, E5w, E6w]),
 rpair("b131r_f06_tiruppur_crooked_labels", "Knitwear exporter, Tiruppur: a buying house reports a labelling defect.",
  [F0, F1, F2, F3, F4, F5, F6], [F0, F1, F2, F3w, F4w, F5, F6]),
 rpair("b131r_f07_thane_soap_courier", "Courier company, Mumbai region: an Instagram soap seller wants a courier that doesn't lose parcels.",
  [G0, G1, G2, G3, G4, G5, G6], [G0, G1, G2, G3w, G4w, G5, G6]),
 rpair("b131r_f08_bengaluru_fibre_install", "Fibre broadband sales, Bengaluru: a remote worker needs internet by Monday.",
  [H0, H1, H2, H3, H4, H5, H6], [H0, H1, H2, H3, H4, H5w, H6w]),
 rpair("b131r_f09_multan_interview_english", "Spoken English institute, Multan: a job seeker freezes in English interviews.",
  [I0, I1, I2, I3, I4, I5, I6], [I0, I1, I2, I3w, I4w, I5, I6]),
 rpair("b131r_f10_lahore_phone_installments", "Mobile phone shop, Lahore: a delivery rider wants a phone on installments.",
  [J0, J1, J2, J3, J4, J5, J6], [J0, J1w, J2w, J3, J4, J5, J6]),
]
