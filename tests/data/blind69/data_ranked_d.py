"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for blind69."""
from common import c, rpair, t

PAIRS = []

# d01 - CRM for an IT staffing firm, Hyderabad
o = c("Hi, we're a 40-person IT staffing firm in Hitech City. Looking at CRMs because our sales team keeps losing track of client follow-ups. Can you give me a demo?", None)
PAIRS.append(rpair(
    "b69r_d01_hyderabad_crm",
    "CRM vendor, Hyderabad (India): a staffing firm's sales head asks for a demo. Better finds the real problem (two people talking to one client) before demoing.",
    [o,
     t("Happy to. So the demo shows the right things: when a follow-up gets lost, what usually happens? Who owns it, and where does it fall through?"),
     c("Recruiters and account managers both talk to the same client and nobody knows who promised what. Last month we lost a renewal with a bank because two people sent different rate cards.", None),
     t("So it's less about reminders and more about one shared record per client: who said what, which rate card went out. How do you track that today?"),
     c("Excel and Outlook. We tried a big-name CRM two years ago, people stopped using it in three months. Too many fields.", "bad_experience"),
     t("Then let's demo your own case: one client, two contacts, one rate card, one renewal. Send me a sanitised version of the bank case, I'll set it up, and we walk through it with a recruiter and an account manager, so you see if they'd really use it. Next Tuesday?"),
     c("That's good. Tuesday 3pm, I'll bring Ravi and Sneha.", None)],
    [o,
     t("Happy to. Quick question first: how big is the sales team, and what are you using now?"),
     c("About 12 in sales, Excel and Outlook. We tried a big-name CRM two years ago, people stopped using it in three months. Too many fields.", "bad_experience"),
     t("That's common. Ours is much lighter, you can hide fields you don't need, and there are automatic follow-up reminders, an Outlook plugin and a pipeline view. I can show all that in a 30-minute demo."),
     c("Reminders would help, yes. Last month we lost a renewal because two people sent different rate cards.", None),
     t("Reminders and the Outlook plugin will keep everyone on track. Let's do the standard demo Tuesday at 3, and I'll send pricing after; it's 1,200 rupees per user a month."),
     c("Okay, Tuesday works. I'll see whether the team likes it.", "think_it_over")],
))

# d02 - home battery, Darwin
o = c("Hi, I'm after a quote for a battery. We've had panels six years and the feed-in's dropped, so I reckon a battery's the go.", None)
PAIRS.append(rpair(
    "b69r_d02_darwin_battery",
    "Solar installer, Darwin (Australia): an owner of old panels wants a battery. Better checks usage and the real reason (cyclone blackouts) and is honest about payback.",
    [o,
     t("Can do. Before I quote, what size is the system, and roughly how much do you export versus buy from the grid? The bill shows both."),
     c("5 kilowatts. Bill says we export about 18 a day and buy about 20, mostly nights with the air con. Darwin nights, you know.", None),
     t("On paper that suits a battery: spare daytime power and a big night load. But honestly, a 10 kWh battery covers about half your nights, saving maybe 700 a year on a 9,000 battery, so 12-plus years to pay back. Is saving money the main reason, or is it also blackouts?"),
     c("Blackouts, to be honest. Cyclone season last year we lost power three days and the freezer went. The money's a bonus.", None),
     t("Then backup matters more than payback, and not every battery gives backup. I'd quote one with a backup circuit for the fridge, freezer and fans, and your six-year-old inverter may need changing, so I'd look at it and the switchboard first. Thursday morning?"),
     c("Thursday's fine. Good to know about the payback, I'd have guessed five years.", None)],
    [o,
     t("Can do. What size is your solar system?"),
     c("5 kilowatts. We export a fair bit in the day and buy a lot at night with the air con.", None),
     t("Perfect, a 10 kWh battery would suit you. Installed, with the rebate, about 9,000. It soaks up the daytime power and runs your nights, and most people see their bill drop a lot."),
     c("Nine grand. Hmm. More than I was hoping, to be honest.", "too_expensive"),
     t("It's an investment, but with power prices going up it makes sense, and there's finance over three years. I can get someone out to check the switchboard next week."),
     c("Let me think about it and talk to the missus. Send me the quote.", "think_it_over")],
))

# d03 - personal loan for a wedding, Islamabad
o = c("Assalam o alaikum. My daughter's wedding is in four months. I need a personal loan, maybe 15 lakh. I am government employee, grade 17.", None)
PAIRS.append(rpair(
    "b69r_d03_islamabad_loan",
    "Bank branch, Blue Area, Islamabad (Pakistan): a father wants a wedding loan. Better works out what he can carry and what is really needed now.",
    [o,
     t("Walaikum assalam, and congratulations. 15 lakh is a big commitment, so let's make sure it's one you can carry. What is your take-home salary, and is any other loan running?"),
     c("Take-home about 1 lakh 40. A car loan, 22,000 a month, finishes next year.", None),
     t("15 lakh over five years is about 38,000 a month; with the car loan that's 60,000, over 40 percent of your salary until next year. That's tight. Is all fifteen needed now, or some later, like the walima?"),
     c("Hmm. Hall and jewellery now, maybe 10. For walima my son will help. Honestly I didn't calculate like this.", None),
     t("Then 10 lakh keeps you near 25,000 a month. Your salary comes to us, so you get the salary-backed rate, lower than a normal personal loan. I'll prepare 10 and 15 side by side so you can look at them with your wife. Could you bring three pay slips?"),
     c("Yes, I will bring on Monday. 10 sounds more sensible.", None)],
    [o,
     t("Walaikum assalam, congratulations! Yes, for government employees we have a good personal loan. What's your monthly salary?"),
     c("Take-home about 1 lakh 40. I have car loan also, 22,000 a month.", None),
     t("That should be fine. For 15 lakh over five years it's about 38,000 a month. Approval usually takes ten days; you'll need three pay slips, CNIC and a salary certificate."),
     c("38,000 plus the car loan... that is heavy for us every month.", "no_money"),
     t("I understand. You could take it over seven years instead, that brings it to about 29,000. Many customers do that."),
     c("Okay, let me discuss at home and come back with the papers.", "think_it_over")],
))

# d04 - first used car, Hobart
o = c("Hi... um, I'm looking for a first car? Something cheap. I just got my P-plates.", None)
PAIRS.append(rpair(
    "b69r_d04_hobart_firstcar",
    "Used car yard, Hobart (Australia): a shy young driver wants a first car. Better adapts to her, asks about use and support, and offers an independent inspection.",
    [o,
     t("Congrats on the P-plates! No pressure, have a look around. Can I ask what you'll mostly use it for, and roughly what you want to spend?"),
     c("Uni, mostly. Up to Sandy Bay. And my café job on weekends. Um, I've saved about eight thousand.", None),
     t("Hills and short trips, good to know. For eight you want a small automatic with service history rather than anything flashy. Is anyone helping you decide, a parent or a friend who knows cars?"),
     c("My dad, but he's in Launceston. I don't really trust car yards, my friend got a lemon last year.", "bad_experience"),
     t("That's sensible. There's a 2016 Mazda2 auto at 7,990 with full service books, and an older Yaris at 6,500. Drive either, and if you like one, have the RACT inspect it before you pay; we'll hold it two days. Your dad's welcome to ring me too."),
     c("Okay. Could I drive the Mazda now?", None)],
    [o,
     t("Congrats on the P-plates! What's your budget?"),
     c("About eight thousand.", None),
     t("Great, there are a few in that range. The Mazda2 at 7,990 is really popular with first drivers: automatic, low k's, full service books. Want to take it for a spin?"),
     c("Um, maybe. My friend bought from a yard last year and it was a lemon.", "bad_experience"),
     t("I understand. All our cars go through a safety check, and there's a three-month statutory warranty on anything over three thousand. It's a good car, you'll be happy with it."),
     c("Okay. I'll, um, come back with my dad next time.", "think_it_over")],
))

# d05 - part-time MBA, Manama
o = c("Hi, I'm an engineer at an aluminium company here, 12 years now. I've been thinking about an MBA for ages, my wife keeps saying do it before the kids get older. But I'm worried about doing it with shifts. And I'm not even sure an MBA is what I need, a colleague said a project management course is enough. What do you think?", None)
PAIRS.append(rpair(
    "b69r_d05_manama_mba",
    "University admissions, Manama (Bahrain): a shift engineer unsure whether he needs an MBA. Better asks about his goal first and plans around the sponsor conversation.",
    [o,
     t("Honest answer: it depends where you want to be in five years. What's pushing you, a particular role, a pay jump, a change of field?"),
     c("I want to move into plant management. My manager told me they look for people who understand finance and people, not only technical.", None),
     t("Then a project management course alone probably won't cover it; finance and leading people are MBA ground. But the shifts are the real question. What's your rotation?"),
     c("Four on, four off, with nights. Your classes are Thursday evening and Saturday, I saw. Half of them I would miss.", "no_time"),
     t("That's a real problem, I won't pretend otherwise. There's a blended format, recorded lectures and one Saturday workshop a month, that rotation students use; same fee, 7,800 dinars over two years. Would your company sponsor it? Many do for a management track."),
     c("They pay 50 percent if my manager approves. I'd have to ask him.", "think_it_over"),
     t("Then ask him two things: will he sponsor, and do these modules match what he means by finance and people. I'll send you the module list for that conversation.")],
    [o,
     t("An MBA is a great step after 12 years. Our part-time executive MBA runs two years, Thursday evenings and Saturdays, 7,800 dinars, and we have lots of engineers in it."),
     c("The problem is my shifts, four on, four off with nights. I'd miss half the classes.", "no_time"),
     t("There's a blended option with recorded lectures and a monthly workshop, so shift workers manage fine. Also many companies sponsor. Is yours likely to?"),
     c("50 percent if my manager approves. But my colleague says a project management course is enough, and it's much cheaper.", "too_expensive"),
     t("A PM course is good for projects, but an MBA opens more doors in the long run. I'll send the brochure and application form; the next intake is September."),
     c("Okay, I'll look at it with my wife.", "think_it_over")],
))

# d06 - physiotherapy for neck pain, Bangkok
o = c("hi do u have physio for neck pain? been 3 weeks, i sit at laptop all day. how much per session", None)
PAIRS.append(rpair(
    "b69r_d06_bangkok_physio",
    "Private physiotherapy clinic, Sukhumvit, Bangkok (Thailand): an office worker with neck pain asks the price. Better screens for nerve symptoms and solves the insurance referral.",
    [o,
     t("Hi! Yes we do, 1,500 baht for an hour. So we match you with the right physio: is it just the neck, or does pain or tingling go into your arm or hand?"),
     c("neck and shoulder mostly. sometimes tingly in my fingers in the morning", None),
     t("Thanks, the finger tingling needs a proper look, so the first visit is an assessment with Khun Nok, who does nerve and neck work. Desk neck pain usually settles in 3 or 4 sessions plus some desk changes. Any insurance through work?"),
     c("yes but last time i claimed physio they rejected it, said need doctor referral. such a hassle", "bad_experience"),
     t("A lot of insurers want that. Our clinic doctor can do the referral at the same visit for 500 baht, and we send the claim for you. Lunchtime or evening?"),
     c("evening pls, after 6. wed?", None),
     t("Wednesday 6:30 with Khun Nok, booked. Bring your insurance card.")],
    [o,
     t("Hi! Yes we do, 1,500 baht an hour. We also have a 5-session package at 6,500, saving you 1,000. Would you like to book?"),
     c("hmm maybe just one first. can i claim from insurance", None),
     t("Yes, most insurers cover physio. Just keep the receipt and submit it yourself."),
     c("last time i claimed they rejected it, need doctor referral or something", "bad_experience"),
     t("Ah, some insurers want that. You could see your GP first and bring the referral. When would you like to come in?"),
     c("ugh. i really dont have time to chase a gp this week. ill book later maybe", "no_time")],
))

# d07 - replacing an accountant, recruitment agency, Sharjah
o = c("Hello, we're a medium-size trading company in Sharjah, building materials. Our accountant resigned, one month notice. We need a replacement quickly.", None)
PAIRS.append(rpair(
    "b69r_d07_sharjah_accountant",
    "Recruitment agency, Sharjah (UAE): a trading firm must replace its accountant. Better asks why the last one left and is honest about salary versus skills.",
    [o,
     t("Understood, a month is short but doable. Before I send anyone: what did your last accountant actually do day to day, and why did he leave?"),
     c("Everything. Invoices, VAT returns, payroll, bank. He left for salary, got 2,000 more elsewhere. Also the new corporate tax, he was not comfortable with it.", None),
     t("That tells me two things: the new person needs corporate tax experience, not only VAT, and the salary matters. What were you paying him?"),
     c("9,000 dirhams. I cannot go much higher, the business is not that big.", "no_money"),
     t("People with UAE corporate tax experience are asking 10 to 12 right now. At 9 you'd get someone strong on VAT but new to corporate tax. Another route is 9,000 plus a short corporate tax course we can arrange, about 2,500 once. I'll send both kinds of CV this week and you compare."),
     c("Yes, that's practical. Send both.", None)],
    [o,
     t("Understood. What's the salary range and the experience you need?"),
     c("9,000 dirhams, five years, UAE experience. He did invoices, VAT, payroll, everything.", None),
     t("Good. I have a few candidates with VAT experience in that range, I can send three CVs by Thursday. Our fee is one month's salary, payable on joining."),
     c("One month is high. Another agency said 50 percent.", "too_expensive"),
     t("Ours includes a three-month replacement guarantee, that's where the value is. If the candidate leaves, we find another at no cost."),
     c("Okay, send the CVs, I'll see.", None)],
))

# d08 - fulfilment for a skincare brand, Surabaya
o = c("hi, we're a local skincare brand, packing orders from our shop-house but its getting too much, like 300 orders a day now. looking for warehouse + fulfilment in surabaya. whats ur rate", None)
PAIRS.append(rpair(
    "b69r_d08_surabaya_fulfilment",
    "Fulfilment warehouse, Surabaya (Indonesia): a growing skincare brand asks for rates. Better asks about products and sale-day peaks, finds the heat-sensitive serums, and suggests a test run.",
    [o,
     t("Hi! Congrats on the growth. Rates depend a lot on the products, so quick questions: how many SKUs, and does anything need temperature control? Skincare sometimes does."),
     c("about 40 skus. some serums with vitamin c, supplier says keep below 25 degrees", None),
     t("Good you mentioned it, warehouses here reach 33 inside. We have an air-conditioned zone, a bit more per pallet. Do your orders spike, like payday sales or 11.11?"),
     c("yes!! 11.11 we did 2000 orders in a day and we were packing till 3am lol. thats partly why we need help", None),
     t("So the real test is a sale day, not a normal day. Cool-zone pallets are 450k a month, pick and pack 3,500 per order. I'd start with the serums and bestsellers before 12.12, after a practice run with your marketplace integration. Want to see the cool zone this week?"),
     c("honestly thats more than packing ourselves... but we cant do another 3am night. ok can visit thursday", "too_expensive")],
    [o,
     t("Hi! Storage is 350k per pallet a month, pick and pack 3,500 per order, plus shipping at marketplace rates. How many orders a day?"),
     c("about 300 now. 11.11 was 2000 in a day", None),
     t("We can handle that easily, we have 40 packers and we integrate with Shopee, Tokopedia and TikTok Shop. Onboarding takes about two weeks."),
     c("ok. is the warehouse air con? some serums need below 25", None),
     t("Storage is standard ambient, but it's a covered, well-ventilated building. Most skincare brands are fine with us."),
     c("hmm not sure thats ok for vit c serum. let me check with our supplier first", "think_it_over")],
))

# d09 - family mobile plan, Chattogram
o = c("Hello, I have 4 SIMs in my family, me, wife, two children in university. Every month the bill is different, sometimes 3,000, sometimes 5,000 taka. I want something fixed.", None)
PAIRS.append(rpair(
    "b69r_d09_chattogram_family",
    "Mobile operator centre, Chattogram (Bangladesh): a father wants a predictable family bill. Better finds who drives the cost and builds a plan that really stays fixed.",
    [o,
     t("Understood, a bill that jumps around is hard to plan for. What uses the most, calls or data? And is it usually one person behind the high months?"),
     c("My son, the university one, lot of data, YouTube, gaming. Me and wife mostly calls to relatives in Dubai.", None),
     t("So two needs: heavy data for your son, and calls to the UAE for you two. A shared family pack with 60GB and a UAE call bundle comes to about 3,400 a month, fixed. How does your daughter use hers?"),
     c("She uses little, mostly WhatsApp. But my son will finish 60GB in two weeks, I know him.", None),
     t("Then we put a cap on his SIM: when the family data runs out, his speed slows instead of charging more, so the bill stays fixed unless you choose to top up. Shall I run your last three bills through this pack to see if it really saves?"),
     c("Yes please, show me. If it's really fixed, I will change.", None)],
    [o,
     t("Yes, our Family Pack is 3,500 a month for 4 SIMs, 60GB shared data and 1,000 minutes. Your bill will be fixed."),
     c("But my son uses lot of data. And we call Dubai a lot, to my brother.", None),
     t("Dubai calls are separate, 6 taka a minute, or the IDD add-on for 400. Data top-ups are available any time if he runs out."),
     c("Then bill is not fixed again. Top-up, add-on, same story. Maybe I stay with what I have.", "no_need"),
     t("You can set a data limit on his SIM so it doesn't go over. I can activate the Family Pack today if you like."),
     c("Let me talk with my son first.", "think_it_over")],
))

# d10 - wedding catering for a mixed family, Cape Town
o = c("Hi there! So my fiancée and I are getting married in March on a farm near Stellenbosch, about 120 guests. Her family's Muslim, mine's a big Afrikaans braai family, and her gran is vegan, of all things, haha. We want food nobody feels left out of. Is that something you do?", None)
PAIRS.append(rpair(
    "b69r_d10_capetown_catering",
    "Wedding caterer, Cape Town (South Africa): a groom wants one menu for a mixed family. Better asks what halal means for this family and brings the father-in-law in.",
    [o,
     t("Ha, lovely mix, and yes, we do it often. First the important one: for her family, does the food need to be halal-certified, or is halal meat enough? Some families also want no alcohol near the food."),
     c("Good question, I actually don't know. Her dad's quite strict, her cousins less. And there'll be wine for my side.", None),
     t("Then it's worth asking her dad directly, it decides a lot. If he needs certification, we cook in our certified kitchen with a halal butcher and keep the wine service apart. A braai station works with halal lamb and boerewors, and gran gets proper vegan dishes, not just salad. Budget per head?"),
     c("We were hoping around 550 a head. Is that crazy?", None),
     t("Not crazy for a buffet with a braai station; certification adds about 60 a head. Could you two and her dad come to a tasting? Then he can ask the kitchen his questions himself."),
     c("That's a great idea, he'd love being asked. I'll check dates with them.", None)],
    [o,
     t("Ha, great mix! Yes, we do. We'd suggest a halal menu for everyone, a braai station and a couple of vegan dishes. Budget per head?"),
     c("Around 550 a head, hopefully.", None),
     t("Our buffet with braai station starts at 520 a head, so we're right there. I'll send the halal menu options and the vegan sides."),
     c("Cool. Is it certified halal though? Her dad's quite strict.", None),
     t("Our meat comes from a halal supplier. Full certification is a surcharge, about 60 a head. Let me know what you decide."),
     c("Okay, I'll have to ask him. Sounds good so far.", "think_it_over")],
))
