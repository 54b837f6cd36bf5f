"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand for blind69."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question - broadband outage, Karachi
o = c("my internet is down since 3 days!! i have called 4 times, every time they say ticket is open. i run online tuition from home, i am losing students", None)
PAIRS.append(gpair(
    "b69g_karachi_broadband", "Broadband provider support, Gulshan-e-Iqbal, Karachi (Pakistan)", "putdown_question",
    "A home tutor has had no internet for three days and four unanswered complaints.",
    [o,
     t("Three days without internet and four calls with nothing done, that's not acceptable, and I'm sorry. Can you confirm the phone number or account number so I can open the ticket now?"),
     c("0321 number, the account is in my husband name, Tariq Mehmood", None),
     t("Found it. The ticket shows a fibre fault in your street since Monday, and nobody has been assigned. That's our failure. Is the light on your router red, or off?"),
     c("red light, LOS is written", None),
     t("That matches the street fault. I'm escalating to the field supervisor now with your tuition marked priority, and I'll call you before 6pm today with a time for the team. I'm also adding a credit for the lost days. For today's classes, can you hotspot from your phone?"),
     c("yes but data is expensive, 3 hours class finishes my package", None),
     t("Then I'll put a free 20GB bundle on the number on the account so today's classes go ahead. You'll get an SMS in ten minutes."),
     c("ok. but if no call by 6 i am cancelling, i tell you honestly", None),
     t("Fair enough. My name is Sana and the ticket number is in the SMS. You'll hear from me before 6.")],
    [o,
     t("I understand your frustration. Before we start, are you sure the router is actually plugged in properly? You'd be surprised how many people never check."),
     c("of course it is plugged!! red light is coming, LOS", None),
     t("Okay. And did you try switching it off and on, or is that a step you skipped?"),
     c("i did it 20 times. 4 times i called. i am losing students here", None),
     t("I hear you. But isn't three days a bit much to call a crisis, when the whole area has had problems? What exactly do you expect me to do from a desk?"),
     c("your job!! you are customer service. i want technician today", None),
     t("Sure. Have you considered that your cheap 10Mbps package might be part of the problem? Most tutors are on our 50Mbps Pro. Can I ask why you never upgraded?"),
     c("i dont need bigger package, i need the one i pay for to work. give me your manager", "no_need"),
     t("Of course. So what I'm understanding is that you feel unheard. Is there anything else I can help with while I transfer you?")],
))

# 12 putdown_question - crown came off, private dental clinic, Brisbane
o = c("Hi, yeah, the crown Dr Lim put on in March has come off. Just popped out eating toast. I paid sixteen hundred for it, so, um, I'm not thrilled.", None)
PAIRS.append(gpair(
    "b69g_brisbane_dental", "Private dental clinic, Chermside, Brisbane (Australia)", "putdown_question",
    "A patient phones because a crown fitted a few months ago has fallen out.",
    [o,
     t("Oh no, sorry, that shouldn't happen a few months in. Have you still got the crown, and is anything sore?"),
     c("I've got it in a ziplock. It's a bit sensitive with cold drinks, but not really painful.", None),
     t("Good that you kept it; keep it dry and chew on the other side. Our crowns have a two-year guarantee, so if it's just come loose, re-cementing is covered, and Dr Lim will check why it happened. Could you come in tomorrow?"),
     c("Tomorrow's tricky, I'm on shift at the hospital till four.", "no_time"),
     t("We've got 4:45 tomorrow, or 8 on Thursday before the morning list. Which is easier?"),
     c("4:45 is fine. And I won't be charged for this?", None),
     t("Not for re-cementing under the guarantee. If Dr Lim finds decay underneath, she'll explain it and the cost before doing anything, and you decide then."),
     c("Okay, that's fair. Thanks.", None)],
    [o,
     t("I'm sorry to hear that. Just so I understand, what were you eating exactly? Toast isn't usually a problem unless people chew the hard crusts on that side, are you one of those?"),
     c("It was toast. Normal toast.", None),
     t("Sure. And have you been wearing the night guard Dr Lim recommended, or did that fall by the wayside like it does for most people?"),
     c("She never mentioned a night guard. Are you saying this is my fault?", None),
     t("Not at all, I'm just trying to understand your experience. Though sixteen hundred is actually below average for Brisbane, so is 'not thrilled' really fair?"),
     c("Wow. Can I just get an appointment or not?", None),
     t("Of course. The first gap is next Tuesday at 11. You can make that work, surely? Or is mid-morning too early for you?"),
     c("I work shifts at the hospital, I can't just drop everything on your say-so. Forget it, I'll find another dentist.", "no_time"),
     t("No problem at all. Is there anything else I can help you with today?")],
))

# 13 not_my_department_or_read_the_terms - card blocked abroad, Colombo bank
o = c("hi my debit card got blocked, im in dubai for a work trip and cant pay the hotel. pls help urgent", None)
PAIRS.append(gpair(
    "b69g_colombo_card", "Retail bank chat support, Colombo (Sri Lanka)", "not_my_department_or_read_the_terms",
    "A customer abroad on business finds his debit card blocked at hotel check-out.",
    [o,
     t("Sorry you're stuck, let's fix it now. For security, can you give me the last four digits of the card and your date of birth?"),
     c("4471, 12 march 1988", None),
     t("Thank you. Our fraud system blocked it because of a Dubai payment with no travel note on file. Did you try to pay the hotel about an hour ago, 1,250 dirhams?"),
     c("yes that was me. nobody told me i have to inform before travel, last year i went singapore no problem", None),
     t("You're right that it's inconsistent; the rule tightened in January and we didn't explain it well. I've unblocked the card and added a travel note until the 28th. Could you try the hotel payment again while I stay on the chat?"),
     c("ok wait... it went through", None),
     t("Good. One more thing: your daily overseas limit is 150,000 rupees. If you have bigger bills on this trip, tell me now and I'll raise it."),
     c("no thats enough. thanks a lot", None)],
    [o,
     t("I'm sorry to hear that, I understand how stressful that must feel. Can you tell me what happened?"),
     c("card declined at hotel, then sms says blocked. i cant pay, they are waiting", None),
     t("Thank you for sharing. Unfortunately, card blocks are handled by the Fraud team, so it's not my department. Also, the terms say you must notify us before international travel, section 14.2. Did you read that when you opened the account?"),
     c("who reads that. last year i went singapore no problem. can u connect me to fraud team", None),
     t("I totally get it. The Fraud team works 9 to 5 Colombo time and they're closed now, I'm afraid. I don't make the rules. Is there a friend in Dubai who could pay for you?"),
     c("are u serious. i am customer 10 years. i want ur supervisor", None),
     t("I hear you, and we value our relationship. You can email the complaints address on our website. Is there anything else I can help with today?"),
     c("forget it. when i get back im closing my accounts", None)],
))

# 14 not_my_department_or_read_the_terms - lost parcel, courier, Ho Chi Minh City
o = c("Hello, I am seller on your platform. One parcel to Da Nang missing 9 days, tracking stuck at Thu Duc hub. My customer is angry, she want refund. What I do?", None)
PAIRS.append(gpair(
    "b69g_hcmc_parcel", "Courier seller support, Ho Chi Minh City (Vietnam)", "not_my_department_or_read_the_terms",
    "A small online seller's parcel has been stuck at a sorting hub for nine days.",
    [o,
     t("Hello, sorry, nine days at one hub is too long. Please give me the tracking number and I'll check what the hub shows."),
     c("VN48827315. Value 1.2 million dong, ceramic tea set.", None),
     t("Thank you. It arrived at Thu Duc on the 3rd and there's no scan after. I'm opening a search request with the hub now; they answer within 48 hours. Can your customer wait two days, or does she need a refund now?"),
     c("She wait maybe 2 day. But she say if not arrive she buy from other shop, I lose customer.", None),
     t("Understood. If the hub hasn't found it in 48 hours, we declare it lost and pay the declared value, 1.2 million, to your account within 7 days. Did you declare the value when you booked?"),
     c("Yes, declared. But last time compensation take one month with your company.", "bad_experience"),
     t("That's too long, I'm sorry. I'll put my name on this case so it comes back to me, not a queue. I'll message you Thursday noon either way, found or lost."),
     c("Ok, Thursday. Thank you.", None)],
    [o,
     t("Hello, thank you for reaching out! I understand how important your customer relationship is. How can I support you today?"),
     c("Parcel VN48827315 stuck at Thu Duc hub 9 days. Customer want refund.", None),
     t("I see. Hub operations is a separate team, so unfortunately that's not my department. Also, for sellers the terms say a parcel only counts as lost after 15 working days, so it's too early for me to do anything."),
     c("15 working day is 3 weeks! My customer not wait so long. Who can check the hub?", None),
     t("I understand your feeling. The hub team doesn't take calls, I'm afraid, I didn't set that policy. You could ask your customer to be patient, that usually helps."),
     c("Last time I wait one month for compensation with you. Now again same. Maybe I change to other courier.", "bad_experience"),
     t("I completely respect that. Please read section 7 of the seller terms on compensation, it explains everything. Is there anything else I can help you with?"),
     c("No. Nothing.", None)],
))

# 15 social_proof_or_deadline_pressure - rooftop solar for a print unit, Jaipur
o = c("Namaste. I have small block printing unit in Sanganer, electricity bill is around 85,000 per month. Thinking about rooftop solar, but I don't know my roof is strong enough.", None)
PAIRS.append(gpair(
    "b69g_jaipur_rooftop", "Commercial solar installer, Jaipur (India)", "social_proof_or_deadline_pressure",
    "The owner of a small textile printing unit asks about rooftop solar and whether his roof can take it.",
    [o,
     t("Namaste. Good that you ask about the roof first, many people skip it. Is it an RCC slab or tin sheet, and roughly how big?"),
     c("RCC, around 4,000 square feet. Some part has water tanks, and the dyeing drums are kept on top.", None),
     t("So the usable area will be less than that. Do you run mainly in daytime, one shift?"),
     c("Day only, 9 to 7, six days. But my cousin put solar two years back and the company disappeared, no service. That is my fear.", "bad_experience"),
     t("That's a real risk in this trade. Two things protect you: five years' free maintenance written into the contract, and an inverter with a brand warranty valid in India even if we vanish. First I'd like a site survey, check the slab and the tanks' shadow, then a size and price in writing. Before Saturday?"),
     c("Thursday I'm going to Delhi for a fair, this week not possible. Next week Monday?", "no_time"),
     t("Monday works, I'll come at 11 with our engineer. Keep your last six bills handy, I'll size it from those."),
     c("Ok. Monday 11.", None)],
    [o,
     t("Namaste! You're making a great decision. What's prompting you to look at solar now?"),
     c("Bill is 85,000 a month. But I'm not sure the roof is strong, and my cousin's solar company disappeared after install.", "bad_experience"),
     t("I completely understand. That's exactly why 40 units in Sanganer have already gone solar with us, three on your own lane. You know Mehta Prints? They signed last month."),
     c("Mehta is bigger unit. My roof has water tanks and drums on top.", None),
     t("Absolutely, we handle all that. The important thing is the subsidy window closes on the 31st, and after that panel prices go up 12 percent. I can hold today's rate only until tomorrow evening."),
     c("Without seeing the roof how you give rate? I will not decide by tomorrow.", "think_it_over"),
     t("That's fair, but honestly, everyone who waited last year regretted it. What would you need to know to be one of the smart ones who moves now?"),
     c("Just send your brochure on WhatsApp, I will see.", "brush_off")],
))

# 16 social_proof_or_deadline_pressure - data bootcamp, Jakarta
o = c("halo, so i saw ur ad on instagram for the data analytics bootcamp. im a bank teller for like 4 years already and honestly its so boring haha. i did some excel stuff for my branch and my manager said im good at it, so maybe i can switch careers? but idk if im too old, im 29. also is it full time? sorry for the long msg", None)
PAIRS.append(gpair(
    "b69g_jakarta_bootcamp", "Coding and data bootcamp, South Jakarta (Indonesia)", "social_proof_or_deadline_pressure",
    "A bank teller considering a career switch asks about a data analytics bootcamp.",
    [o,
     t("Hi, no need to apologise, that's really helpful! 29 is very normal here, about a third of our students are switching careers. Are you hoping to leave the bank after the course, or use the skills inside the bank?"),
     c("hmm good question. honestly maybe inside the bank first? theres a data team in head office, my friend works there. i dont want to quit without a job, i have a motor loan", None),
     t("Sensible plan. So the goal is the head office data team, keeping your salary meanwhile. Then the part-time track fits better: Tuesday and Thursday evenings plus Saturday, five months. Does your shift let you finish by 6?"),
     c("yes usually 5pm. how much is it", None),
     t("Part-time is 18 million rupiah, payable in 3 instalments. Before deciding, ask your friend what tools that team uses. If it's SQL and Power BI we cover both; if it's something else, I'll tell you honestly."),
     c("wah 18jt is a lot for me tbh. but instalment helps. ok ill ask her", "no_money"),
     t("Take your time. There's also a free intro class this Saturday morning, so you can try it before paying anything."),
     c("ok ill join that one, thanks!!", None)],
    [o,
     t("Hi! Love this message! You're exactly who this bootcamp is for. Can I ask what your dream role looks like?"),
     c("maybe in the data team at head office of my bank? i dont want to quit, i have a motor loan", None),
     t("Amazing. Just so you know, 87% of our grads land data jobs within 3 months, and loads of bankers are in the current cohort. The full-time batch starts Monday and there are only 3 seats left."),
     c("full time? i cant quit my job. is there evening class", None),
     t("There's part-time, but honestly everyone serious goes full-time. And the early-bird price of 24 million ends tonight at midnight, after that it's 30."),
     c("24jt is too much for me rn tbh. and i already said i cant quit", "no_money"),
     t("Totally hear you! Most of our students felt exactly the same and they're so glad they jumped. Can I send the payment link now so you don't lose your seat?"),
     c("no pls dont. i need to think about it properly", "think_it_over")],
))

# 17 keyword_stuffed - HR software, Doha
o = c("Good afternoon. We're a facilities management company in Doha, about 2,000 staff, most on work visas. We keep missing QID and visa expiry dates, and last month we got fined. Can your system track that?", None)
PAIRS.append(gpair(
    "b69g_doha_hrsoftware", "HR software vendor, Doha (Qatar)", "keyword_stuffed",
    "An operations director wants to stop missing ID and visa expiry dates for 2,000 workers.",
    [o,
     t("Good afternoon. Yes, document expiry is one of the things it does. How do you track expiries today, and who gets told when one is coming up?"),
     c("A spreadsheet in the PRO office. One man updates it. When he went on leave for a month, nobody looked at it.", None),
     t("So it all hangs on one person, and when he's away it stops. In our system each QID, passport and visa has its date, and alerts go out 60, 30 and 10 days before to whoever you choose: PRO, site supervisor, HR. Would you need Arabic as well as English?"),
     c("English is enough. But we tried a system two years ago and the data upload was a nightmare, we gave up.", "bad_experience"),
     t("Then let's test the upload before anything else. Send me your spreadsheet, anonymised if you like, and I'll load it into a trial and show you what comes out wrong. If it's a nightmare again, you'll know in a week, not after paying."),
     c("Good. Roughly what does it cost? I need to tell the CFO.", None),
     t("For 2,000 staff it's about 9 riyals per employee a month, so around 18,000 monthly. I'll send it in writing with the trial results."),
     c("Hmm, that's more than we budgeted for this year, but let me see the trial first.", "no_money")],
    [o,
     t("Good afternoon, and thank you for sharing that. I really understand how that must feel. At PeopleFirst we're all about understanding your needs and building a relationship where your success is our success. Can you tell me more about your experience?"),
     c("My experience is a 40,000 riyal fine. Can it track QID and visa expiry, yes or no?", None),
     t("Absolutely, and I hear that compliance is a key need for you. Our solution empowers your people experience end to end, so you can feel confident and focus on what really matters: your success. How does that resonate?"),
     c("I don't know what that means. Does it send alerts before expiry? To who?", None),
     t("Great question. Alerts are part of our holistic engagement journey. I want to be sure I truly understand your needs, so we can co-create the right experience together. What does success look like for you?"),
     c("Success is no fines. Two years ago we had a system that talked like this and the upload never worked.", "bad_experience"),
     t("I hear you, and I value your honesty, it really strengthens our relationship. I feel confident we can partner on your success. Shall I send a proposal?"),
     c("Send a brochure, I'll pass it to IT.", "brush_off")],
))

# 18 keyword_stuffed - conference venue and AV, Wellington
o = c("Hi, I'm organising our annual sector conference, about 150 people, two days in late May. We had it at a hotel last year and the AV was a disaster. What would you offer?", None)
PAIRS.append(gpair(
    "b69g_wellington_conference", "Conference venue and events team, Wellington (New Zealand)", "keyword_stuffed",
    "A charity's events coordinator is shopping for a two-day conference venue after a bad AV year.",
    [o,
     t("Sure. Sorry about the AV, what went wrong exactly? That's the part I'd want to get right."),
     c("The mics kept cutting out, and the livestream for our regional members dropped for the whole afternoon. Half our members aren't in Wellington, so that was... not great.", None),
     t("So the stream matters as much as the room, because half your members are remote. Our main room streams over a wired line with a backup connection, and a technician stays on it all day. How many would watch online?"),
     c("Maybe 80 to 100. And we're a charity, budget's around 30k for everything.", None),
     t("30k for 150 people over two days works with the main room, catering and the stream, if lunches are kept simple. I'd rather you saw the stream working. Could you watch another client's event from your desk next Wednesday?"),
     c("Oh, that's a good idea. Wednesday afternoon's fine.", None),
     t("I'll send the link, and a draft quote on Monday so you have both in front of you."),
     c("Great, thanks.", None)],
    [o,
     t("Thanks for reaching out! At Harbourside Events we're passionate about meaningful experiences. I really want to understand your needs and your journey, so we can build a relationship that delivers success for your members. How do you feel about last year?"),
     c("Well, I feel the mics cut out and the livestream died all afternoon. Half our members are regional.", None),
     t("I really hear that, and I understand how that must have felt. Connection is at the heart of every experience we design. We focus on engagement, inclusion and wow, so your delegates feel valued and understood."),
     c("Sure, but what do you actually use for the stream? And what does it cost?", None),
     t("Great question, and I appreciate you sharing your needs. Our packages are tailored to your success, so cost really depends on the experience you want to create. What would success feel like for you?"),
     c("Honestly, I just need to know it won't drop. I haven't got time for a workshop, I've four other venues to ring today.", "no_time"),
     t("Totally understand, and I value your time. I'll send our Experience Deck so you can feel what we're about. Anything else I can help with?"),
     c("No. Just pop it in an email, I'll have a look.", "brush_off")],
))

# 19 rude - car service booking, Lahore
o = c("AOA, my Civic 2019 is making noise from front when I turn the steering. Need to bring for service, when is slot available? Also is it under warranty still?", None)
PAIRS.append(gpair(
    "b69g_lahore_service", "Car dealership service desk, Lahore (Pakistan)", "rude",
    "A car owner messages the dealer's workshop about a knocking from the front when steering.",
    [o,
     t("Walaikum salam. Sorry about the noise. Is it more of a knock or a grinding, and does it happen mostly at low speed, like parking?"),
     c("Knocking, mostly when parking or taking U-turn. Started after I went over a big speed breaker last month.", None),
     t("Thanks, that points to the front suspension or a drive joint; we'll confirm when we see it. A 2019 car is past the 3-year warranty, unless you took the extended one. Did you?"),
     c("No extended. So I pay myself? Last time at your workshop the bill was double the estimate.", "bad_experience"),
     t("That shouldn't happen. This time the advisor calls you with the exact cost before any work, and nothing is done without your OK. Inspection is 2,500 rupees. We have Thursday 9am or Saturday 10am."),
     c("Saturday 10. But if it's expensive I will get it done from outside mechanic.", "too_expensive"),
     t("That's your right. You'll get the estimate in writing so you can compare. Saturday 10 is booked; please bring the service book."),
     c("Ok thanks", None)],
    [o,
     t("Walaikum salam. What kind of noise? Describe it properly please, 'noise' doesn't tell me much."),
     c("Knocking, when I turn the steering while parking. After a big speed breaker last month.", None),
     t("Right, so you hit a speed breaker hard. That's not really a car problem, is it. And obviously a 2019 car isn't under warranty, it's written in the booklet."),
     c("I am only asking. Last time your workshop bill was double the estimate, so I want to know cost first.", "bad_experience"),
     t("We can't price a knock we haven't seen, sir. Earliest slot is in ten days, take it or leave it. We're full with people who actually book in advance."),
     c("10 days? I cannot drive like this for 10 days. Nothing sooner?", None),
     t("Nothing. Try the outside mechanics on Ferozepur Road if you're in a hurry, they're cheaper and they'll tell you what you want to hear. Anything else?"),
     c("Fine, I will go there. Thanks for nothing.", None)],
))

# 20 rude - aged care nursing jobs, recruitment agency, Melbourne
o = c("Hello, I am registered nurse from India, I just got my AHPRA registration last month. I saw your ad for aged care nurses in Dandenong. I don't have Australian experience yet, can I still apply?", None)
PAIRS.append(gpair(
    "b69g_melbourne_nursing", "Healthcare recruitment agency, Dandenong, Melbourne (Australia)", "rude",
    "A nurse newly registered in Australia asks whether she can apply for aged care roles.",
    [o,
     t("Hi, congratulations on the registration, that's a big step. Yes, you can apply; some of our aged care clients take nurses who are new to Australia. Tell me about your experience in India?"),
     c("Six years in private hospital in Kochi. Four years ICU, two years geriatric ward.", None),
     t("Geriatric plus ICU is a strong fit for aged care. What hours are you after, and do you have a car? Some sites are hard to reach by train."),
     c("Full time if possible. No car yet, I take train from Noble Park. My husband works nights, so morning shifts are better for the kids.", None),
     t("So full-time, mornings, reachable by train from Noble Park. Two of our Dandenong sites are a short walk from the station, around 38 an hour plus weekend penalty rates. Could you update your CV to put the geriatric experience first, and I'll send it to both?"),
     c("I can send. But this week I have my bridging course every day, I cannot do interviews before Monday.", "no_time"),
     t("That's fine, I'll ask both sites for next week. I'll call you by Friday either way, even if the answer is no, and tell you why."),
     c("Ok, thank you, I will send CV tonight.", None)],
    [o,
     t("Hi. Did you read the ad? It says Australian experience preferred. Preferred, not required, so yes, you can apply, like everyone else."),
     c("Sorry, I wanted to check. I have six years, four in ICU and two in geriatric ward in Kochi.", None),
     t("Okay. We get a lot of overseas nurses, to be honest. Do you drive? Because if not, that cuts your options a lot."),
     c("Not yet. I take train from Noble Park. My husband works nights, so morning shifts are better for my kids.", None),
     t("Well, you can't have everything. Aged care runs 24/7 and mornings are what everyone wants. You'll take what comes, at least at first."),
     c("I understand, but I have to think of the children. Also last agency said send CV and never called me back.", "bad_experience"),
     t("Look, I can't babysit every candidate. Upload your CV on the portal, and if something comes up someone will be in touch. Anything else?"),
     c("No. I will try the hospitals directly.", None)],
))
