"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions). Written by hand for blind69."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - payroll software, Manila
o = c("Hi, we're a BPO in Ortigas, around 600 agents on three shifts. Payroll is all spreadsheets and it's killing my team every cut-off. Does your system handle night differential?", None)
PAIRS.append(gpair(
    "b69g_manila_payroll", "Payroll SaaS vendor, Manila (Philippines)", "monologue",
    "HR manager of a call centre asks whether payroll software copes with night differential and shift swaps.",
    [o,
     t("It does, night diff, holiday premiums and 13th month are built in. Before I go on, how do you compute night diff today, and where does it usually go wrong?"),
     c("Two people copy the biometric logs into Excel. It breaks when agents swap shifts, the logs don't match the roster. Every 15th and 30th my team stays till ten at night.", None),
     t("So the shift swaps are where the data falls apart, and it lands on two people twice a month. Does the biometric export a file, or is it all retyped?"),
     c("It exports a CSV, but the format is strange. Our previous vendor promised integration and never delivered it, so I'm a bit wary, to be honest.", "bad_experience"),
     t("Fair, that's worth testing before you trust anyone. Could you send one cut-off's CSV with names masked? We'd run it through our import on a call with your payroll lead watching. If it doesn't map, you see it live."),
     c("That I can do. But I need the price too, my CFO will ask that first.", None),
     t("It's per employee per month; for 600 it comes to about 54,000 pesos a month, setup included. I'll put it in writing with the test result so the CFO gets both. Would Thursday afternoon suit for the test?"),
     c("Thursday 2pm works. I'll bring Joy from payroll.", None)],
    [o,
     t("Great question, and you've come to the right place! Let me walk you through the whole experience. PayWise handles night diff, holiday pay, 13th month, SSS, PhilHealth, Pag-IBIG, loans, everything. Over 300 clients in Metro Manila, and our success stories include some of the biggest BPOs. Mobile payslips, a leave module, an attendance module, and our new analytics suite predicts attrition before it happens."),
     c("Okay, but our real problem is the shift swaps -", None),
     t("Absolutely, and that's exactly why the relationship matters! Swaps live in our scheduling add-on, which pairs perfectly with analytics. Most BPOs your size take the Enterprise bundle because it future-proofs the whole employee experience. Six-week implementation, we do training, migration, and you get a dedicated success manager."),
     c("Our last vendor also said six weeks. It took eight months and the integration never worked.", "bad_experience"),
     t("I completely hear you, and that's why clients love us, we have a 98 percent satisfaction score. Onboarding is simple: week one discovery, week two configuration, weeks three and four parallel runs, then go-live. You get a portal, a hotline, even a Viber group. Does that sound like the partnership you need?"),
     c("I asked about night diff and our biometric CSV and I still don't know if it works. Just send me the deck, I'll look when I have time.", "brush_off"),
     t("Of course! I'll send the deck, the case studies and the Enterprise pricing. Anything else I can tell you about PayWise today?")],
))

# 2 monologue - rooftop solar, Perth
o = c("G'day, um, my neighbour Trevor got panels last year and reckons his bill's down to almost nothing, so the wife's been on at me to ring someone. We're in Canning Vale. I don't really know where to start, to be honest.", None)
PAIRS.append(gpair(
    "b69g_perth_solar", "Solar installer, Perth (Australia)", "monologue",
    "A retired homeowner rings about solar after a neighbour's success, unsure where to begin.",
    [o,
     t("No worries, that's what I'm here for. Roughly what's your power bill now, and when in the day do you two use the most?"),
     c("Oh, about four hundred a quarter, bit more in summer with the air con. We're both retired so we're home most days, and the pool pump runs in the mornings.", None),
     t("Being home in the day actually helps, solar pays back best when you use it as it's made. Do you know which way the roof faces, and is there shade?"),
     c("North and west, no trees. Look, I'll be straight with you, Trevor's was about fifteen grand and we're on the pension. We haven't got that lying about.", "no_money"),
     t("Understood. A house like yours usually suits a 6.6 kilowatt system without a battery, around six to seven thousand after the rebate, and there's a no-interest plan over two years. I'd rather not guess though. Could I look at the roof and your last two bills, no charge, and give you a written figure?"),
     c("Yeah, righto. The wife'd want to be there. Tuesday morning any good?", None),
     t("Tuesday at ten's free. I'll bring the numbers with and without a battery so you can compare them together."),
     c("Good on ya, see you then.", None)],
    [o,
     t("Mate, Trevor's spot on, we hear it every day. Let me tell you what we do. Tier-one panels, 25-year warranty, premium microinverters, CEC-approved. But the big thing now is batteries. With the feed-in tariff as low as it is in WA, a battery's really the only way to go. Our 13 kilowatt-hour battery with a 10 kilowatt system basically takes you off the grid at night."),
     c("Right, well, um, we're retired, we don't use a lot at night really...", None),
     t("That's the beauty of it, you'll use more than you think! You also get blackout protection, an app that shows everything live, and our virtual power plant program where you earn credits. Most of our Canning Vale customers go for the full package, about twenty-four thousand all in, and we've got finance."),
     c("Twenty-four thousand? We're on the pension, mate. That's not money we've got.", "no_money"),
     t("I totally understand how you feel. That's why there's the green loan, only a few dollars a week, less than your morning coffee, and the system pays for itself. I can have installers out in two weeks, and the app setup is included."),
     c("You haven't even asked what our bill is. I think I'll ring a couple of other blokes and have a chat with the wife first.", "think_it_over"),
     t("Absolutely. I'll email the brochure and the full package so you can read it together. Anything else I can help you with today?")],
))

# 3 closing_as_open_question - car dealership, Dubai
o = c("Hello, I drove the Terra X7 yesterday with my husband. We liked it, but we have few questions before we decide anything.", None)
PAIRS.append(gpair(
    "b69g_dubai_suv", "Car dealership, Al Quoz, Dubai (UAE)", "closing_as_open_question",
    "A mother returns after a test drive of a seven-seat SUV with questions about fuel and the third row.",
    [o,
     t("Welcome back. Happy to go through them, what came up after the drive?"),
     c("Mainly the fuel. My husband drives Mirdif to Jebel Ali every day, it is long. And the third row, my mother-in-law lives with us, she has knee problem. Can she get in?", None),
     t("Both worth checking properly. What do you drive now, and roughly what do you spend on fuel a week?"),
     c("A small sedan, Yaris. We fill maybe 150 dirhams a week.", None),
     t("Then expect nearer 300 a week with the X7 on that commute. That's a real jump, better you know now. For your mother-in-law, the middle seat tips forward, but the third row is still low. Could you bring her on Saturday to try getting in and out herself?"),
     c("Yes, good idea. But honestly the fuel number worries me, we need to sit and talk at home.", "think_it_over"),
     t("Of course. If fuel decides it, the hybrid is about 9,000 more but uses roughly a third less. I'll write both options with monthly fuel so you can compare at home, and keep Saturday at 11 for the seat test, no commitment."),
     c("Okay, send it on WhatsApp please.", None)],
    [o,
     t("Welcome back! So glad you came. Tell me, what did you love most about the drive?"),
     c("It was comfortable. But we have questions, the fuel and the third row for my mother-in-law.", None),
     t("Great questions. Fuel is very reasonable for the class, and the third row is very spacious. So which colour are you picturing in your driveway, the pearl white or the grey?"),
     c("We didn't decide anything. How much fuel exactly? My husband drives to Jebel Ali every day.", None),
     t("It's very competitive. And I can see family time really matters to you, that's what this car is about. What would it take for us to start the paperwork today?"),
     c("Nothing today. The same car is 8,000 less at the dealer in Sharjah, and you still don't tell me the fuel.", "too_expensive"),
     t("I hear you, and I want to earn your business. If I can get close to that, how would you like to handle the down payment, card or bank transfer?"),
     c("You are not listening to me. We will come back when we are ready.", None),
     t("Of course! And what would help you feel ready to come back this week?")],
))

# 4 closing_as_open_question - clifftop wedding venue, Bali
o = c("hi there, looking at ur clifftop venue for our wedding next sept, around 80 guests. is it still free? also whats included", None)
PAIRS.append(gpair(
    "b69g_bali_wedding", "Wedding venue, Uluwatu, Bali (Indonesia)", "closing_as_open_question",
    "A Melbourne couple enquires by chat about a Bali wedding venue for 80 guests.",
    [o,
     t("Hi! Thanks for getting in touch. September still has a few Saturdays open. Before I send packages, what are you picturing, ceremony and reception both here, or just the ceremony?"),
     c("both ideally. most guests fly in from melbourne so we want it easy for them, not like 3 venues", None),
     t("Makes sense, one place is kinder to travellers. Do you have a rough budget for venue and food together? It helps me show you the right option rather than the priciest."),
     c("around 25k aud for venue n food. tbh we got quoted 40 at another place and nearly died lol", None),
     t("25k for 80 is workable here with the garden reception. The cliff deck alone would push you over, so I'll send both and you can see the difference. Would a video call with both of you help, so you see the spaces at sunset?"),
     c("yes pls!! but we cant do weekdays, both working. sat morning melb time?", None),
     t("Saturday 10am Melbourne is 7am here, early, but the light's lovely. I'll send the link and both quotes beforehand. No deposit needed just to look."),
     c("perfect thank u", None)],
    [o,
     t("Hi! Congrats on the engagement!! September is our most popular month. What matters most to you for the big day?"),
     c("having everything in one place, our guests fly from melbourne. and the budget lol", None),
     t("Love that. Our Cliff Deck package has ceremony and reception in one spot. Just so I can pencil you in, which September date feels right for your story?"),
     c("we dont even know the price yet", None),
     t("Totally! Cliff Deck is 52k AUD for 80 with the premium menu. So when you picture your vows up there at sunset, how would you like to secure it, the 30% deposit or paying in full for the bonus?"),
     c("52?? thats double what we have. no way", "no_money"),
     t("I get it, it's a big investment in your forever. What would need to happen for you to feel comfortable locking it in this week?"),
     c("honestly nothing. ill talk to my fiance and we'll keep looking", "think_it_over"),
     t("Of course! What time works best for me to call you both to finalise?")],
))

# 5 pitch_as_paraphrase - home fibre, Kuala Lumpur
o = c("hi, my fibre always drop at night lah, i work from home. want to check can upgrade or change plan", None)
PAIRS.append(gpair(
    "b69g_kualalumpur_fibre", "Telecom provider chat, Kuala Lumpur (Malaysia)", "pitch_as_paraphrase",
    "A home-working customer's fibre cuts out in the evenings; she asks whether she should upgrade.",
    [o,
     t("Hi, sorry, that's painful when you work from home. Is the connection going off completely, or just slow? And is it only on WiFi or on cable too?"),
     c("whole thing off like 5 min then come back. usually 9 to 11pm. my laptop use wifi, the tv also", None),
     t("Okay, full drop-outs in the evening, a few minutes each, on WiFi. Has anyone checked the line or the router yet?"),
     c("no one come. i just restart router. is it my plan too slow? now 100mbps", None),
     t("A slow plan wouldn't make it cut off completely, so upgrading probably won't fix it. It's more likely the router or the line. I'd rather send a technician to test first, free under your contract. Which evening are you usually home?"),
     c("wah i thought u want sell me 500mbps. ok thursday can", None),
     t("Thursday 6 to 8pm, booked. If it's the router we swap it free. Only after that, if you still want faster, we can talk plans."),
     c("ok good, thanks", None)],
    [o,
     t("Hi! Thanks for reaching out. Can you tell me more about how you use the internet at home?"),
     c("work from home, zoom calls. but at night it drop, whole thing off", None),
     t("So what I'm hearing is you need a more powerful connection for your work-from-home lifestyle, which is exactly our 500Mbps Turbo plan, is that right?"),
     c("not really. i just want it dont cut off. 100 is enough for me", "no_need"),
     t("Got it. So if I understand correctly, you want reliability plus speed, and Turbo with the mesh WiFi add-on gives you both for only RM199 a month. Did I capture that correctly?"),
     c("now i pay 129. why i pay 70 more when the problem is it cut off", "too_expensive"),
     t("Totally valid. So to play it back, stability is your priority, and you'd like Turbo on 24 months so the price is locked in. Shall I go ahead?"),
     c("no. u never even check my line. i call the hotline myself", None)],
))

# 6 pitch_as_paraphrase - health check, Bengaluru
o = c("Hello, I'm calling about health check packages. My father is 67, diabetic, and his doctor said get a full check-up. There are so many packages on your website, I'm confused.", None)
PAIRS.append(gpair(
    "b69g_bengaluru_healthcheck", "Private hospital health-check desk, Bengaluru (India)", "pitch_as_paraphrase",
    "A son phones to book a check-up for his diabetic father and is lost among the packages.",
    [o,
     t("Happy to help you sort them out. What exactly did his doctor want checked, specific tests, or just a general check-up?"),
     c("He said kidney function, eyes because of the sugar, and heart, since he gets breathless on the stairs.", None),
     t("So kidneys, eyes, and the breathlessness looked at. That last one matters most, he may need a cardiologist to see him, not only tests in a package. Do you have the doctor's note?"),
     c("Yes, I'll bring it. Only thing, the senior package on the site is twelve thousand, that's too much for us right now.", "no_money"),
     t("Then he may not need it. The diabetic profile at 3,400 covers kidney function and HbA1c, the eye exam is 600, and a cardiology consult with ECG is 1,200. That's what the doctor asked for. If the cardiologist wants an echo, that's decided after seeing him, not upfront."),
     c("That's much better. Can he come on a weekday morning? He must be fasting, no?", None),
     t("Yes, by 8 on any weekday, fasting from 10 the night before. Shall I book Tuesday and send the list of what to bring on WhatsApp?"),
     c("Tuesday is fine. Thank you, really.", None)],
    [o,
     t("Of course! We're here to support your family's health journey. What are you hoping to get out of the check-up?"),
     c("The doctor wants kidney, eyes, heart. He's diabetic, and breathless on the stairs.", None),
     t("So what you're really saying is you want complete peace of mind for your father, which is exactly what our Platinum Senior Wellness package is designed for, correct?"),
     c("I didn't say platinum. What is in it?", None),
     t("Eighty-two parameters, full body scan, cardiac, bone density and a dietician. So if I'm hearing you right, you want the most thorough option for him, at 14,500, yes?"),
     c("What I'm hearing is you selling. 14,500 is too much, I'm paying from my salary.", "no_money"),
     t("I understand completely. So let me reflect back: cost matters, but your father's health matters more, so Platinum on our EMI plan fits what you've told me. Shall I block Saturday?"),
     c("He needs the heart checked properly, not a bone scan. Let me ask his doctor and call back.", "think_it_over")],
))

# 7 upsell_as_loop_closing - LCL freight, Singapore
o = c("Hi, we sell handmade rattan furniture and need to ship about 2 pallets to Sydney every month. Can you quote LCL sea freight door to door?", None)
PAIRS.append(gpair(
    "b69g_singapore_freight", "Freight forwarder, Singapore", "upsell_as_loop_closing",
    "A small furniture exporter wants a monthly door-to-door sea freight quote to Sydney.",
    [o,
     t("Hi, thanks for the details. Two pallets a month to Sydney suits LCL. So the quote is right, what are the rough size and weight per pallet, and are your buyers shops or home customers?"),
     c("Each about 120 by 100 by 150, 180kg. Buyers are shops mostly, one hotel.", None),
     t("Good, commercial addresses are simpler. Rattan is plant material, so Australian biosecurity usually wants a treatment certificate. Do your suppliers already treat it?"),
     c("Hmm, I don't know. Last year a shipment got stuck three weeks in customs with another forwarder, cost us a lot.", "bad_experience"),
     t("That's very likely why. I'll put treatment in as a line item so it's done before loading, and we check the papers before it leaves. All in, about S$1,150 a month door to door. Want me to look at your supplier's certificate before you commit?"),
     c("Yes, I'll send it tomorrow. Is insurance included?", None),
     t("Not by default. It's about 0.3% of cargo value and optional. For furniture going to shops it's worth having, but it's your call, so I'll show it as a separate line."),
     c("Ok, separate is good. Thanks.", None)],
    [o,
     t("Hi, great to hear from you! Before I quote, what's most important to you in a logistics partner?"),
     c("Reliable, no delays. Last time our shipment was stuck in customs three weeks with another forwarder.", "bad_experience"),
     t("That must have been stressful, and we'll make sure it doesn't happen again. I'll quote LCL door to door. Now, to make sure we've covered everything, what else can I add for complete peace of mind? Most clients take Premium Insurance and Priority Customs."),
     c("What is priority customs? I just want the normal one to work.", None),
     t("It's our express lane, S$280 per shipment. Great. And to close the loop, would you like SMS and email tracking alerts? S$15 per shipment. Anything else? We also do warehousing in Sydney for your stock."),
     c("No warehouse, we ship straight to the shops. How much is the basic?", "no_need"),
     t("Noted! Basic LCL is S$1,150; with insurance, priority clearance and tracking it's S$1,545. Is there anything else I can add so you feel fully supported?"),
     c("That's 400 more than I asked for. Just email me the basic rate, I'll have a look.", "brush_off")],
))

# 8 upsell_as_loop_closing - IELTS coaching, Dhaka
o = c("assalamualaikum. i need ielts 7 for canada masters. exam is in 6 weeks. do u have course", None)
PAIRS.append(gpair(
    "b69g_dhaka_ielts", "IELTS coaching centre, Dhanmondi, Dhaka (Bangladesh)", "upsell_as_loop_closing",
    "A student with six weeks to go messages about IELTS coaching for a Canadian master's.",
    [o,
     t("Walaikum assalam! Yes, we do. Have you taken IELTS or a mock before, so we know where you're starting?"),
     c("i took mock in january, 6.5 overall. writing 5.5, others 7", None),
     t("So 6.5 overall, writing at 5.5 is pulling it down, and six weeks left. Does the university want 7 in each band or overall?"),
     c("overall 7, no band below 6.5", None),
     t("Then writing is the whole job, you need at least 6.5 there. Our writing-only batch is 12 sessions, 6,500 taka, two essays marked every week. The full course is 15,000 but you'd be paying for speaking and listening you already have."),
     c("6500 ok. but i work evenings at my uncles shop, classes when", None),
     t("Writing batch is Saturday and Monday, 10am. If mornings suit, I'll send the form. Bring your January mock so the teacher can see your essays."),
     c("saturday morning fine. send form pls", None)],
    [o,
     t("Walaikum assalam! Congratulations on planning for Canada. Tell me, what are your goals?"),
     c("need 7 overall, writing is my weak one, 5.5 in mock", None),
     t("Great. Our Complete IELTS Success course covers all four modules, 15,000 taka. To be sure we cover everything for you, what else can I add? Many students add the speaking club and the mock test bundle."),
     c("my speaking already 7. i only need writing help", "no_need"),
     t("Understood! So full course, plus the mock bundle at 3,000 so you're fully prepared. And just to close the loop, would you also like our SOP writing service for Canada? Anything else you'd like to include?"),
     c("bhai this is 18000 plus. i asked for writing. my family cant pay all this", "no_money"),
     t("I hear you! We have installments. So can I add the SOP too, or is there anything else I can help with today?"),
     c("no thanks, ill ask my friend which center she used and compare", "think_it_over")],
))

# 9 leading_tag_questions - home loan, Auckland
o = c("Hi, um, we've just had an offer accepted on a place in Papatoetoe, conditional on finance, and we've got ten working days. We bank with you already, so we thought we'd start here.", None)
PAIRS.append(gpair(
    "b69g_auckland_mortgage", "Bank home-loan desk, Manukau, Auckland (New Zealand)", "leading_tag_questions",
    "A first-home-buyer couple needs finance approval within ten working days.",
    [o,
     t("Congratulations, and ten working days is tight, so let's use it well. What's the price, your deposit, and where's the deposit coming from?"),
     c("It's 780. We've got about 120, KiwiSaver mostly, and twenty from my parents as a gift.", None),
     t("So 780 with roughly 15 percent, part KiwiSaver, part a gift, and the gift will need a signed letter from your parents. Income, both working, any other debts?"),
     c("Both working, about 160 combined. Car loan, 9k left. Honestly we're nervous about fixing, my brother fixed for five years at the peak and really regretted it.", "bad_experience"),
     t("That's a fair worry. You don't have to choose now; lots of people split it, part fixed short, part floating so they can pay extra. We'll look at that after approval. The priority is the approval: could you both come in Thursday with three months' payslips and the KiwiSaver statement?"),
     c("Thursday after work? We can't get off during the day.", None),
     t("I'm here till 6:30 Thursdays, so 5:15 works. I'll email a checklist tonight so nothing's missing."),
     c("Great, thanks so much.", None)],
    [o,
     t("Congratulations! So exciting. You'll want the approval sorted quickly, won't you?"),
     c("Yeah, we've got ten working days.", None),
     t("Perfect. And you'd want the security of a five-year fixed rate, wouldn't you, with everything so uncertain?"),
     c("Um, actually my brother fixed five years at the peak and really regretted it, so we're not sure.", "bad_experience"),
     t("Sure, but rates can go up too, can't they? And you'd rather sleep at night than gamble, wouldn't you? Most sensible couples go long."),
     c("I guess... but we haven't even talked about how much we can borrow.", None),
     t("Of course, and you'll want our mortgage protection cover too, won't you, with a new place? It's only about ninety a month."),
     c("I don't think so, we've got life cover through work. Can we just do the approval first?", "no_need"),
     t("Absolutely. And you'd be happy to come in this week, wouldn't you?"),
     c("We'll talk it over tonight and let you know. Might ring a broker as well.", "think_it_over")],
))

# 10 leading_tag_questions - recruitment agency, Riyadh
o = c("Good morning. We are a contracting company in Riyadh, we need four site engineers for a project starting March. Saudi nationals preferred, because of Nitaqat. Can you help?", None)
PAIRS.append(gpair(
    "b69g_riyadh_recruit", "Recruitment agency, Olaya, Riyadh (Saudi Arabia)", "leading_tag_questions",
    "An HR manager at a contractor needs four Saudi civil site engineers for a school project.",
    [o,
     t("Good morning, yes. Before I promise anything, civil or MEP, what experience level, and is the site in Riyadh?"),
     c("Civil, five years minimum, here in Riyadh, a school project. The last agency sent us CVs that did not match at all, all fresh graduates.", "bad_experience"),
     t("So four civil engineers, five years plus, Saudi nationals, Riyadh, from March, and you've had unsuitable CVs before. Honestly, experienced Saudi civil engineers are in demand, so it may be two now and two later. What salary range are you working with?"),
     c("Around 14 to 16 thousand riyals, plus housing allowance.", None),
     t("That's competitive for five years. I'd send three screened CVs by next Wednesday. Our fee is 15 percent of first-year salary, only if you hire."),
     c("15 is high. Others asked us 10.", "too_expensive"),
     t("Some do. Ours includes a 90-day free replacement, and I screen everyone by phone before you see them. See the first three CVs, then decide whether the fee's worth it. Looking costs nothing."),
     c("Fine. Send them Wednesday.", None)],
    [o,
     t("Good morning! You'll want experienced people for a project like that, won't you?"),
     c("Yes, civil, five years minimum.", None),
     t("Of course. And you'd agree quality matters more than cost in this market, wouldn't you? Our premium search is 20 percent of annual salary."),
     c("20 percent? That's a lot. The last agency was 12 and they sent us fresh graduates.", "too_expensive"),
     t("Which proves you get what you pay for, doesn't it? You wouldn't want to repeat that, would you?"),
     c("No, but I also don't want to pay double for the same thing.", "too_expensive"),
     t("Naturally. And you'll be flexible on nationality to fill the roles faster, won't you? Our Filipino and Indian engineers are excellent."),
     c("No. I said Saudi nationals, because of Nitaqat. We cannot be flexible on that.", None),
     t("Right, of course. Well, you'd still like to sign the agreement today to get ahead of the March rush, wouldn't you?"),
     c("I need to show the terms to our GM first.", "think_it_over")],
))
