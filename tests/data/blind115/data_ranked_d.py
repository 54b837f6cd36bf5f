"""blind115 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

o = c("hi po, is there discount if i order 10 boxes of noodles?", None)
PAIRS.append(rpair(
    "b115r_d01_ph_wholesale_noodles",
    "A sari-sari store owner in Laguna asks a B2B wholesale app's agent about a bulk discount on instant noodles.",
    [o,
     t("Hi po! Yes, 10 boxes gets 6% off. Before you order, how fast do noodles sell in your store? 10 boxes is 480 packs."),
     c("maybe 2 boxes a week. but i want the discount", None),
     t("Then 10 boxes is 5 weeks of stock and your cash is stuck there. 5 boxes gets 4% off, and if you add sardines you reach free delivery. Is cash tight these weeks?"),
     c("medyo tight po, school opening. ok 5 boxes plus sardines", None),
     t("5 boxes plus 2 boxes sardines, 4% off, free delivery Thursday. COD or GCash?"),
     c("cod po. thank you", None)],
    [o,
     t("Hi po! Yes, 10 boxes gets 6% off and 20 boxes 8%. Noodles keep long, so it's a good deal to stock up."),
     c("10 boxes muna. how much total", None),
     t("4,512 after discount, free delivery. Anything else to add?"),
     c("wala na. hmm 4.5k is big for me now, school opening", "no_money"),
     t("Understood po. COD on Thursday gives you a few days. Shall I confirm?"),
     c("ok sige, cod", None)]))

o = c("hi looking for a sim only plan for my dad, 76. what do you recommend", None)
PAIRS.append(rpair(
    "b115r_d02_sg_dad_sim_plan",
    "A woman in Toa Payoh chats a telco about a SIM-only plan for her 76-year-old father.",
    [o,
     t("Hi! What does he use the phone for mostly, and is he on home wifi most of the day?"),
     c("calls and whatsapp video with grandkids. home wifi. he goes kopitiam every morning", None),
     t("So light data outside. Our 10GB at 10 a month is plenty. What is he on now?"),
     c("prepaid, top up 15 every month. last year he kena a 30 dollar subscription scam on it", None),
     t("Then 10 a month saves a bit, and I'd turn on the premium SMS block and a spending cap from day one, with alerts to you. No contract, so if he doesn't like it he can go back to prepaid."),
     c("sounds good. but let me ask him first, hes quite particular about his number", "think_it_over"),
     t("Of course. He keeps his number when he ports over. I'll email you the steps so you can go through them with him.")],
    [o,
     t("Hi! Our most popular is 20GB at 15 a month with 5G. Does he use a lot of data?"),
     c("not much. calls and whatsapp video. home wifi mostly", None),
     t("Then 10GB at 10 a month fits better, 500 minutes included."),
     c("ok. last year he got scammed by a 30 dollar subscription on prepaid. can happen again?", None),
     t("You can turn on the premium SMS block in the app anytime. Shall I send the SIM to you?"),
     c("let me ask him first", "think_it_over")]))

o = c("i need 300k to buy materials before december. how fast can i get loan", None)
PAIRS.append(rpair(
    "b115r_d03_ng_tailor_loan",
    "A tailor in Aba asks a fintech app about a working-capital loan for festive-season fabric.",
    [o,
     t("We usually pay out in 24 hours. Before the amount: how much do you expect from the December orders, and when do customers pay you?"),
     c("i have orders of about 700k. they pay half now, half at pickup in december", None),
     t("So money comes back in December. Our rate is 5% a month, 300k over 2 months costs 30k. Honestly, if customers already paid half, you may need only 150k. Would that cover the materials?"),
     c("5% a month is high o. my cooperative gives 3", "too_expensive"),
     t("It is higher, fair. The cooperative is cheaper if they pay out in time; with us you pay for speed. 150k only for the gap costs 15k. Check with the cooperative first and come back?"),
     c("let me ask them tomorrow. if they delay i will come back", "think_it_over")],
    [o,
     t("We pay out in 24 hours. You qualify for up to 500k based on your transactions. Should I process 300k?"),
     c("what is the interest", None),
     t("5% monthly, very competitive. 300k over 2 months, you repay 330k by direct debit."),
     c("hmm 5% is high. my cooperative does 3%", "too_expensive"),
     t("We're much faster, 24 hours, no guarantor. Cooperatives take weeks. Apply now?"),
     c("let me check with them first", "think_it_over")]))

o = c("hello how much is the chaff cutter, electric one", None)
PAIRS.append(rpair(
    "b115r_d04_ke_chaff_cutter",
    "A dairy farmer in Nyandarua asks a farm-machinery dealer about a chaff cutter.",
    [o,
     t("Hello! Electric is 48,000, petrol 39,000. Is there power at the cowshed, and how many cows do you feed?"),
     c("6 cows. power is at the house, not the shed, like 40 metres", None),
     t("Then the electric one also needs wiring to the shed, maybe 10-15k more. The petrol one works anywhere but uses about a litre for a day's chopping. Which fits you?"),
     c("hmm i didnt think of the wiring. petrol then. can i pay in parts", None),
     t("Yes, 15,000 deposit then 4 monthly payments of 6,500 by M-Pesa. Want to see it work at our Ol Kalou shop on Saturday first?"),
     c("saturday i will be at the market. sunday?", "no_time"),
     t("Sunday after 11 works, I'll be there myself. Bring some napier and we cut it in front of you.")],
    [o,
     t("Hello! Electric is 48,000 and petrol 39,000. The electric is cheaper to run, no fuel."),
     c("ok. i have 6 cows", None),
     t("For 6 cows the electric one is perfect, chops enough in 20 minutes. We can deliver Friday."),
     c("but my shed has no power, its at the house", None),
     t("You'd just need an extension, an electrician can do it. Or the petrol one works too, both in stock."),
     c("ok, send me the prices on sms, i will see", "brush_off")]))

o = c("hm braces po", None)
PAIRS.append(rpair(
    "b115r_d05_ph_braces_consult",
    "A 19-year-old student in Makati messages a dental clinic's page about braces.",
    [o,
     t("Hi! Braces start at 45,000 for metal and 120,000 for clear aligners, payable monthly. The right one depends on your teeth. Is something specific bothering you, crowding, gaps, bite?"),
     c("front teeth crooked, im shy to smile. but im a student, no work yet", "no_money"),
     t("Thanks for sharing. For front crowding, metal or ceramic is usually enough, about 2,500 a month after 10,000 down. The consult is 500 and deducted if you go ahead. Maybe talk it over with your parents?"),
     c("yes ill ask my mama. the 500 consult ok na", "think_it_over"),
     t("Saturday 10am or Tuesday 4pm? You can bring your mama so the dentist explains it to her too."),
     c("saturday 10 po", None)],
    [o,
     t("Hi! Braces are 45,000 metal, 60,000 ceramic, 120,000 clear aligners, 0% installment."),
     c("oh ok. im a student po, wala pa work", "no_money"),
     t("No problem, metal is about 2,500 a month after 10,000 down. Book a consult? It's 500."),
     c("hmm i need to ask my mama first", "think_it_over"),
     t("Sure! Here's the booking link when you're ready."),
     c("ok noted po", None)]))

o = c("hi, were looking at payroll software. 3 outlets, 35 staff, mostly part timers", None)
PAIRS.append(rpair(
    "b115r_d06_sg_fnb_payroll",
    "The ops manager of a three-outlet bubble tea chain in Singapore chats an HR and payroll software vendor.",
    [o,
     t("Hi! What made you start looking now? Payroll errors, CPF, scheduling, something else?"),
     c("admin does it in excel. last month 2 part timers were underpaid and one complained to MOM", None),
     t("That's stressful. So the real issue is hours not matching pay. How do hours get recorded today?"),
     c("written rosters, whatsapp photos. supervisors key in", None),
     t("Then payroll software alone won't fix it, the hours come in wrong. You'd want clock-in on a tablet at each outlet feeding payroll, about 210 a month for you. Can we run it free at one outlet for a month against your Excel?"),
     c("trial ok. but honestly we tried an HR app last year, staff hated clocking in on their phones", "bad_experience"),
     t("That's why it's a shared tablet at the counter, not their phones. Let's see in the trial if staff actually use it, then you decide.")],
    [o,
     t("Hi! We handle part-timers and CPF. It's 5 per staff a month, about 175 for you."),
     c("ok. last month we underpaid 2 part timers, one complained to MOM. can your system prevent that?", None),
     t("Yes, payroll calculates CPF and hourly pay automatically, no manual errors. Clock-in is an add-on at 1 per staff."),
     c("175 plus the add on. need to ask my boss", "think_it_over"),
     t("Sure. I'll email a quote for both with a demo link to show your boss."),
     c("ok thanks", None)]))

o = c("hello do you do daily pickup? i send like 15 orders a day around lagos", None)
PAIRS.append(rpair(
    "b115r_d07_ng_hair_deliveries",
    "An online hair-extension seller in Lekki asks a last-mile delivery company about daily pickups.",
    [o,
     t("Hello! Yes we do. Where do most orders go, island, mainland or both? And do customers pay on delivery?"),
     c("both. half is pay on delivery. my last logistics held my money for 2 weeks", "bad_experience"),
     t("That's a real worry with COD. We remit every 48 hours and you see each payment in the dashboard. Island 2,500, mainland 3,000 a drop. What else went wrong with the old one?"),
     c("riders not calling customers before coming. customers were angry", None),
     t("Our riders call 30 minutes before each drop and you can see the call log. Try one week, no contract, and check if the money lands on time?"),
     c("ok one week. start monday", None)],
    [o,
     t("Hello! Yes, daily pickup is free for 10+ orders. Island drops 2,500, mainland 3,000."),
     c("ok. half are pay on delivery. my last logistics held my money for 2 weeks", "bad_experience"),
     t("We remit COD within 48 hours, no worries there. We have over 300 riders across Lagos."),
     c("ok. send me your rate card first", "brush_off"),
     t("Sent. You can start anytime, just fill the onboarding form."),
     c("alright", None)]))

o = c("hi i want to start saving for my sons form one fees next year. which account is good", None)
PAIRS.append(rpair(
    "b115r_d08_ke_fees_saver",
    "A vegetable seller in Mombasa asks her bank's app support how to save for her son's secondary school fees.",
    [o,
     t("Hi! Good to start early. Roughly how much are the fees, and how does money come in, salary or daily business?"),
     c("about 45,000 first term with uniform. i sell vegetables so daily", None),
     t("Then small daily deposits fit better than monthly. The goal saver takes any amount from M-Pesa, even 100, locks till a date you pick, say 5 January, and earns 6% a year. Is locking okay?"),
     c("if it locks i fear. last time a locked account kept my money when my mother was sick", "bad_experience"),
     t("That's a real point. Here you can withdraw early and only lose that month's interest, never the money. Shall I set a 200-a-day target so you reach 45,000 by January?"),
     c("200 a day i can do. start me", None)],
    [o,
     t("Hi! Our goal saver is perfect. It locks your money until a date you choose and earns 6% a year."),
     c("i need about 45,000. but if it locks i fear, last time a locked account kept my money when my mother was sick", "bad_experience"),
     t("You can withdraw early here, you just lose that month's interest. Open it now?"),
     c("ok. how much should i save each month", None),
     t("45,000 over 10 months is 4,500 a month, by standing order from M-Pesa."),
     c("ok i will try", None)]))

o = c("hi how much is your team leader course", None)
PAIRS.append(rpair(
    "b115r_d09_ph_tl_course",
    "A call-centre agent in Cebu asks an online training provider about its team-leader course.",
    [o,
     t("Hi! It's 6,500 for 6 weeks, evenings online. Where are you now, and what made you look?"),
     c("3 yrs as csr. i applied for TL twice but didnt pass the panel interview", None),
     t("If it's the panel, the full course may be more than you need. There's a 2-session mock panel at 1,800 with a former ops manager giving feedback. Would that help more, or do you also want the reports and coaching part?"),
     c("mock panel sounds like what i need. but i paid for a course before, puro slides lang", "bad_experience"),
     t("Fair. Check the coach's LinkedIn and join a free 20-minute sample Thursday night before paying anything."),
     c("ok ill join thursday", None)],
    [o,
     t("Hi! It's 6,500 for 6 weeks, evenings online: coaching, KPIs, reports and interview prep. Many grads became TLs."),
     c("i applied twice already, failed the panel interview", None),
     t("Week 5 is all interview prep with practice questions. You can pay via GCash in 2 parts."),
     c("i paid for a course before, puro slides lang. is this different", "bad_experience"),
     t("Ours is live with a coach. You can check reviews on our page. Reserve a slot?"),
     c("let me check the reviews first", "think_it_over")]))

o = c("hi any slots for p6 maths? my son got 55 for his SA1", None)
PAIRS.append(rpair(
    "b115r_d10_sg_psle_maths",
    "A parent in Woodlands asks a tuition centre about Primary 6 maths classes before PSLE.",
    [o,
     t("Hi! Tuesday and Saturday still have space. Do you know where he lost marks, problem sums or basics?"),
     c("teacher says problem sums, he panics and leaves blank", None),
     t("Common, and often it's confidence with the methods more than not knowing. Group class is 8 kids at 280 a month; small group of 3 is 420. Would he ask questions in a class of 8?"),
     c("hes quite shy. but 420 is steep for us", "too_expensive"),
     t("Understood. Try one group lesson at 35. The tutor will tell you honestly if he's coping, then you decide."),
     c("ok can, saturday", None)],
    [o,
     t("Hi! Yes, Tuesday and Saturday. Group class is 280 a month, 8 kids, all PSLE topics."),
     c("ok. teacher says his problem sums are weak, he panics", None),
     t("We do a lot of problem sums with past papers, he'll get used to it. Materials are 60 per term."),
     c("hmm 340 first month. saturday trial first lah, then see", "think_it_over"),
     t("Sure, trial Saturday 9am, 35."),
     c("ok", None)]))
