from common import c, rpair, t

P = "b87r_"
PAIRS = []

# d01 - Nagpur NEET coaching
o = c("Good evening madam. Our daughter is in eleventh, she wants to do MBBS. Her school teacher said join coaching now itself. We came to know your fees and batches.", None)
PAIRS.append(rpair(P + "d01_nagpur_neet_coaching",
    "Parents and their daughter at a NEET coaching institute in Nagpur. Better finds out where she is actually weak before recommending a batch; worse gives an accurate, standard rundown.",
    [o,
     t("Good evening, welcome. Before fees, can I ask her directly, beta, which subject feels hardest right now?"),
     c("Physics, ma'am. Biology I like, chemistry is okay. Physics numericals I just go blank.", None),
     t("That's very common, and it's the subject that decides most NEET ranks, so good that you know it. What time does school finish? Our regular batch is four to eight, which is long after a full school day."),
     c("School is till two-thirty. Then tuition for maths also. She comes home by seven now.", None),
     t("Then I'd drop the maths tuition if it's only for school, and take our weekend batch plus the extra physics clinic on Wednesday. Less hours, more on the weak subject. One lakh five for the year. Let her attend two free demo classes first and tell you herself."),
     c("One lakh five... we'll talk at home. But demo class she can attend this week?", "think_it_over"),
     t("Yes, Wednesday's physics clinic and Saturday's main class. I'll put her name down for both.")],
    [o,
     t("Good evening, welcome. We have two options for eleventh: regular batch four to eight on weekdays, and weekend batch, Saturday and Sunday. Both cover physics, chemistry and biology."),
     c("Which one is better?", None),
     t("Most students take the regular batch, it covers more. Fee is one lakh twenty for the year, including study material and test series. Weekend batch is ninety-five thousand."),
     c("One lakh twenty is a lot. We will talk at home.", "think_it_over"),
     t("Sure, take the brochure. Demo classes are on Saturday if she wants to see one."),
     c("Okay madam, thank you.", None)]))

# d02 - Coimbatore scooter for a nurse on night shifts
o = c("Hello sir, I'm a staff nurse at the government hospital. I need a scooter to go for duty. Bus is not there at night.", None)
PAIRS.append(rpair(P + "d02_coimbatore_night_shift_scooter",
    "A nurse at a two-wheeler showroom in Coimbatore. Better picks up the night-shift detail and shapes the advice around safety at night; worse sells a good, popular scooter competently.",
    [o,
     t("Hello madam. When you say night, what time do you usually ride, and how far is it?"),
     c("Night duty ends at eight in the morning, but the evening shift ends at eleven at night. Nine kilometres, through Singanallur, some stretches are dark.", None),
     t("Then two things matter more than mileage: a strong headlamp and not getting stuck on a dark road. This model has the brighter LED lamp, and with it I'd take the roadside assistance, one-fifty a year, they come even at midnight. Petrol, so no worry about charge."),
     c("My colleague has an electric one, she says it's cheaper to run.", None),
     t("It is cheaper per kilometre. But you'd need a charging point where you park at home, and if you forget one night, you're on that dark stretch with low battery. If you have parking with a plug, I'll show you that one too."),
     c("No, we are on the second floor, no plug. Petrol one only. Price?", None),
     t("Ninety-four thousand on-road, with the assistance. Take a ride around the block now, check how bright the lamp is in our basement.")],
    [o,
     t("Welcome madam. Most of our working women customers take this model, very reliable, fifty kilometres a litre, light to handle."),
     c("Price how much?", None),
     t("Ninety-two thousand on-road. There's also the electric version, cheaper to run, one lakh eight."),
     c("Electric I'm not sure, I don't have a plug where I park.", "no_need"),
     t("Then the petrol one is right for you. Would you like a test ride? Finance is also available if you need."),
     c("Okay, test ride I'll take.", None)]))

# d03 - Sharjah cargo to a Sylhet village
o = c("Bhai, I want to send a carton to Bangladesh. Sylhet. How much for kilo?", None)
PAIRS.append(rpair(P + "d03_sharjah_cargo_sylhet",
    "A Bangladeshi labourer at a cargo office in Rolla, Sharjah. Better asks what is inside and where exactly it must reach, and saves him duty and a wasted trip; worse quotes correctly and books.",
    [o,
     t("Seven dirhams a kilo by sea. What are you sending, and is the address in Sylhet town or a village?"),
     c("Village, near Beanibazar. Clothes, one TV thirty-two inch, two mobile phones for my brothers.", None),
     t("New phones in cargo get charged duty at their end, sometimes more than the phone is worth. When are you going home next?"),
     c("December, for my sister's wedding.", None),
     t("Then carry the two phones in your hand luggage in December, two are allowed for personal use. TV and clothes can go by sea now. And door delivery we do only till Beanibazar town, from there someone has to collect. Is that okay?"),
     c("My cousin has a shop in Beanibazar. I'll give his number. Okay, that is better.", None),
     t("Good. Without the phones, around twenty-eight kilo, so about two hundred dirhams. Bring the TV in its original box.")],
    [o,
     t("Seven dirhams a kilo by sea, around thirty-five days. Air is nineteen a kilo, ten days."),
     c("Sea is okay. Door delivery is there?", None),
     t("Yes, door delivery anywhere in Sylhet division. What are you sending?"),
     c("Clothes, one TV, two mobiles for my brothers.", None),
     t("Fine. Electronics must be declared. Duty, if any, is paid by the receiver. Around thirty kilo, so two ten dirhams."),
     c("Two ten is little high, bhai. Some other office in Rolla said six dirham.", "too_expensive"),
     t("Six is without door delivery. Ours includes it. You can bring the carton any day before Thursday.")]))

# d04 - Faisalabad textile mill, corporate health camp
o = c("We are a spinning mill near Faisalabad, about nine hundred workers. Our buyer audit is asking for annual medical checks. Can your lab do a health camp at the mill?", None)
PAIRS.append(rpair(P + "d04_faisalabad_mill_health_camp",
    "A mill's HR manager calls a diagnostic lab chain. Better asks what the audit actually requires and what happens after the results; worse offers a sound standard package.",
    [o,
     t("Yes, we do on-site camps. Do you know exactly what the auditor wants checked? Some audits only ask for hearing and lung tests for workers in the spinning hall, not a full panel for everyone."),
     c("I'll check the audit report. I think it said hearing, lung function, and basic fitness.", None),
     t("Then for nine hundred people, that's audiometry and spirometry for the hall staff, plus BP, sugar and BMI for all, which is cheaper than full blood work. And what will you do with abnormal results? The auditor will likely ask for follow-up too."),
     c("Honestly we didn't think about that. Last year's lab just sent a file, nobody looked at it.", None),
     t("Then we include a doctor's summary listing who needs follow-up, by name and department, so you can show action. Roughly six hundred rupees a head instead of two thousand for a full panel. Can you send me the audit clause?"),
     c("I'll email it today. Management will still want a quote in writing.", "think_it_over"),
     t("Of course. Once I see the clause, I'll send two options in writing by Thursday.")],
    [o,
     t("Yes, we do on-site camps. Our corporate package has CBC, sugar, lipid profile, liver and kidney function, urine, and a doctor's consultation. Two thousand rupees per head."),
     c("Two thousand times nine hundred is eighteen lakh. That's a big amount.", "too_expensive"),
     t("For this volume I can do seventeen hundred. We'd bring six staff and finish in three days, covering all shifts."),
     c("And the reports?", None),
     t("Individual reports within forty-eight hours, plus a summary file for management."),
     c("Send the quotation, I'll put it to the management.", "think_it_over"),
     t("I'll email it today.")]))

# d05 - Madurai gold loan vs education loan
o = c("Madam, my daughter got B.E. seat in a private college in Chennai. First-year fee is one lakh eighty. I want to take gold loan for that.", None)
PAIRS.append(rpair(P + "d05_madurai_college_fee_loan",
    "A father at a bank in Madurai asks for a gold loan for college fees. Better checks whether a gold loan fits four years of fees; worse processes a correct gold loan.",
    [o,
     t("Congratulations to her! Before we weigh the gold, one question: this is first year, and there are three more years. How are you planning for those?"),
     c("Honestly I have not thought. Every year something I will manage, I thought.", None),
     t("A gold loan has to be closed or renewed every year, and the interest starts immediately. An education loan in her name can cover all four years, you start repaying after the course, and for this amount no collateral is usually needed. The downside is paperwork, admission letter, fee structure, takes two to three weeks."),
     c("Fee must be paid by the fifteenth. Three weeks is too late.", "no_time"),
     t("Then do both: a small gold loan now for the first payment, and apply for the education loan today, so from second year it takes over, and once it's sanctioned it can even reimburse this year's fee and you close the gold loan."),
     c("That sounds sensible. Let me call my wife, the gold is hers.", "think_it_over"),
     t("Sure. Bring the admission letter when you come, I'll start the education loan file the same day.")],
    [o,
     t("Congratulations! Yes, we can do that. Do you have the gold with you?"),
     c("Yes, this chain and two bangles.", None),
     t("Let me weigh... forty-two grams, twenty-two carat. You're eligible for up to two lakh ten. Interest is nine and a half percent, twelve-month tenure."),
     c("One lakh eighty is enough. Interest is little high, the cooperative said eight and a half.", "too_expensive"),
     t("Cooperative rates can be lower, but our processing is same day, and you can pay interest monthly or at the end. Your choice."),
     c("Same day is important. Okay, let us do it.", None),
     t("Please give your Aadhaar and PAN, I'll have the amount in your account by three.")]))

# d06 - Dhaka matrimonial service
o = c("Salam. I'm looking for a groom for my younger sister. She is a doctor, thirty-one, working at Square Hospital. Our parents are getting worried.", None)
PAIRS.append(rpair(P + "d06_dhaka_matrimonial",
    "A brother registers his sister with a matrimonial service in Dhanmondi. Better gently brings the sister's own wishes into it; worse takes the family's brief efficiently.",
    [o,
     t("Walaikum salam. Happy to help. Can I ask, is this her idea too, or mostly the family's? It changes how we approach things."),
     c("She's... not against it. But she has refused two proposals our relatives brought. She says they didn't respect her work.", None),
     t("That's useful to know, so her work matters a lot to her. Then it would help if she talks with our counsellor for twenty minutes herself, even on the phone. We'd only send profiles of men who are fine with a wife in night duty and a long career."),
     c("She's very busy, night shifts. And she doesn't like all these bureau things.", "no_time"),
     t("Understandable. Then a short voice note from her, whenever she's free, saying in her own words what she wants. Meanwhile I'll register the basics you've given. Registration is eight thousand taka, and you can see the first profiles before deciding to continue."),
     c("Voice note she might do. Okay, I'll ask her tonight.", None),
     t("Good. Here's the WhatsApp number for the counsellor, she can send it there directly.")],
    [o,
     t("Walaikum salam. We have many good profiles of doctors and engineers. What are the family's preferences?"),
     c("Educated, from a good family, Dhaka-based. Age up to thirty-six. Doctor or engineer is better.", None),
     t("Noted. Religious practice, any preference?"),
     c("Moderate. She prays but doesn't wear hijab.", None),
     t("Fine. Registration is eight thousand taka, valid one year. We'll send suitable profiles on WhatsApp every two weeks."),
     c("Eight thousand, hmm. Another bureau asked five.", "too_expensive"),
     t("Ours are all verified, we call each family ourselves. If you'd like, I can register her today.")]))

# d07 - Bathinda crop insurance, tenant farmer
o = c("Sat Sri Akal. I want to do insurance for my cotton this year. Last year pink bollworm finished half my crop.", None)
PAIRS.append(rpair(P + "d07_bathinda_cotton_insurance",
    "A cotton farmer at a common service centre in Bathinda. Better checks whether he owns or leases the land and explains honestly what the scheme will and won't pay; worse enrols him correctly.",
    [o,
     t("Sat Sri Akal. Yes, enrolment is open till the thirty-first. Is the land in your name, or are you farming someone else's?"),
     c("Eight acres are on theka from a man in Bathinda town. Two acres are mine.", None),
     t("For the eight acres on lease, you'll need the lease agreement or a letter from the owner, otherwise the portal won't accept it. And honestly, about the bollworm: this scheme pays on the average yield of the whole area, so if only your field is hit, the claim may be small. It's good for big losses like floods or a whole-area pest attack."),
     c("Then what's the use? Last year also I heard nobody got anything.", "bad_experience"),
     t("Last year the area average didn't drop enough, so many got little. If the whole belt is hit again, you'd be covered. Your share is two percent of the sum insured, around four thousand for ten acres. Up to you whether that's worth it."),
     c("Four thousand I can manage. Let me get the letter from the landowner first.", None),
     t("Bring it with your Aadhaar and bank passbook before the twenty-eighth, I'll do the rest in ten minutes.")],
    [o,
     t("Sat Sri Akal. Yes, cotton enrolment is open till the thirty-first. How many acres?"),
     c("Ten acres.", None),
     t("Premium is two percent of the sum insured, so around four thousand for ten acres. I need Aadhaar, bank passbook and the land record."),
     c("Land record, eight acres is on theka. Is that a problem?", None),
     t("Then bring the lease agreement too. The portal accepts tenant farmers with proof."),
     c("Okay. Last year my neighbour didn't get any claim, that's why I was doubting.", "bad_experience"),
     t("Claims depend on the yield survey. Bring the documents before the twenty-eighth and I'll enrol you.")]))

# d08 - Kochi hospital, knee replacement estimate
o = c("Hi, I'm calling from Dubai. My mother needs a knee replacement, the orthopaedic at your hospital said so. I want an estimate before we fix a date.", None)
PAIRS.append(rpair(P + "d08_kochi_knee_estimate",
    "A son abroad calls a Kochi hospital's billing desk for an estimate. Better asks about the insurance and room before quoting, so the estimate matches what he will actually pay; worse gives the standard package figure.",
    [o,
     t("Sure. Is it one knee or both? And will it be through insurance or self-paying? The amount you actually pay changes a lot with that."),
     c("One knee, right. She has a family floater policy through my brother's company, five lakhs.", None),
     t("Okay. Our package for one knee is two lakh eighty in a twin-sharing room. Two things to check in her policy: the room rent limit, and whether there's a cap on joint replacement, many corporate policies cap it at two lakh or so. Can you send me the policy schedule?"),
     c("I'll ask my brother. I didn't know there can be a cap.", None),
     t("Many people don't. Once I see it, I'll tell you exactly what the insurer will pay and what you'd pay here, including the implant type, because imported implants cost more and aren't always fully covered."),
     c("Good, that's what I need. I don't want surprises when I'm not there.", None),
     t("Email it to me, I'll reply within a day with the split, and you can fix the date after that.")],
    [o,
     t("Sure. Our one-knee replacement package is two lakh eighty in twin-sharing, three lakh twenty in a private room. It includes surgery, implant, five days' stay and medicines."),
     c("She has a company floater policy, five lakhs.", None),
     t("Then most of it should be covered. We're cashless with most insurers. Bring the insurance card at admission."),
     c("Private room is better for her, she can't sleep with noise. Three twenty is little high though.", "too_expensive"),
     t("Twin-sharing is quite comfortable too, only two patients. You can decide at admission."),
     c("Okay, I'll discuss with my brother and call back.", "think_it_over"),
     t("Sure, the date can be fixed with the doctor's office.")]))

# d09 - Doha mobile plan for a domestic worker
o = c("Hello sir, I want one mobile plan. For call to Sri Lanka, my children.", None)
PAIRS.append(rpair(P + "d09_doha_plan_for_housemaid",
    "A Sri Lankan domestic worker at a telecom shop in Doha. Better finds out how she actually calls home and sells her less; worse sells a suitable international minutes pack.",
    [o,
     t("Sure. How do you usually talk to them, normal call or WhatsApp video? And do you have wifi in the house where you work?"),
     c("WhatsApp, video. Madam's house has wifi but password she gives only sometimes.", None),
     t("Then international minutes won't help much, WhatsApp uses data. A data pack is better for you. How many times a week do you call, and how long?"),
     c("Every night, maybe half an hour. Friday longer.", None),
     t("Half-hour video every night is about fifteen GB a month. This thirty-five riyal pack gives twenty GB for thirty days. If madam gives wifi sometimes, even better, it lasts longer."),
     c("Thirty-five okay. Before, agent sold me sixty riyal minutes pack, I never used.", None),
     t("Then let's not do that again. I'll load the data pack now, and show you how to see how much is left.")],
    [o,
     t("Sure. This international pack gives one hundred minutes to Sri Lanka, plus two GB data, fifty riyals for thirty days."),
     c("Fifty riyal... little much. Something cheaper?", "too_expensive"),
     t("There's a sixty-minute pack for thirty-five riyals, also with one GB."),
     c("Okay. My children I talk mostly WhatsApp.", None),
     t("Then the data will help. You can also add a data booster anytime from the app."),
     c("Okay sir, the thirty-five one.", None),
     t("Done, it's active. Here's your receipt.")]))

# d10 - Bengaluru payroll software for a startup
o = c("Hey, we're a 60-person startup in HSR. Our payroll is still on spreadsheets and our CA does the PF filing. Looking at tools. What does yours cost?", None)
PAIRS.append(rpair(P + "d10_bengaluru_payroll_saas",
    "An operations lead asks a payroll software rep about pricing. Better finds what is actually hurting before demoing; worse gives a clear price and a good generic demo offer.",
    [o,
     t("It's per employee, around one-twenty a month each. But before pricing, what made you start looking now? Is something breaking, or is it the headcount growing?"),
     c("Both. Last month we missed the PT deduction for new joiners in Karnataka, and the CA charged extra to fix it. And we're hiring thirty more this year.", None),
     t("So compliance slipping as you add people. That's where we'd help: PF, ESI, PT get calculated automatically on joining. Is the CA staying on for filing, or would you want us to file too?"),
     c("I'd keep the CA for now. Founders won't drop him, he's a family friend.", None),
     t("That works, we export the challans in the format he uses. I'd suggest we run last month's payroll in parallel, with your real data, and compare it with what the CA produced. If it catches the PT miss, you'll know."),
     c("Okay, that's a fair test. But I need to loop in the CFO before any contract.", "think_it_over"),
     t("Sure, no contract for the parallel run. I'll send the data template today, and we can show the CFO the comparison next week.")],
    [o,
     t("Our growth plan is one-twenty per employee per month, so about seven thousand two hundred a month for sixty people. It covers payroll, PF, ESI, PT, leave and attendance, and an employee app."),
     c("Okay. Any setup fee?", None),
     t("One-time onboarding of fifteen thousand, waived if you sign an annual contract. We migrate your data and train your team."),
     c("Seven thousand a month plus setup is more than I thought, honestly.", "too_expensive"),
     t("Compared with the time spent on spreadsheets, most clients find it pays for itself. I can set up a fourteen-day free trial and a demo with our team."),
     c("Okay, send the demo slot. I'll check with the CFO.", "think_it_over"),
     t("Great, I'll send two slots by email today.")]))
