"""Gaming pairs c: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset, blame.
Hand-written for b48."""
from common import t, c, gpair

PAIRS = []

# 11 ignored_customer - pharmacy counter, Townsville
o = c("Hi, um, I'm after something to help me sleep. Nothing heavy. I'm on tablets for my blood pressure, is that going to be a problem?", None)
PAIRS.append(gpair(
    "b48g_townsville_pharmacy", "community pharmacy counter, Townsville, regional Queensland",
    "ignored_customer", "Nurse on new night shifts wants a sleep aid and is on amlodipine.",
    [o,
     t("Good that you mentioned the blood pressure tablets. Do you know the name of them?"),
     c("Amlodipine. Five milligram. I've got the box in my bag, hang on... yeah, amlodipine.", None),
     t("Thanks. And the sleep, is it getting off to sleep, or waking up at three and not getting back?"),
     c("Waking up. Since I started night shifts at the hospital. Two, three in the afternoon and I'm wide awake.", None),
     t("So waking after a few hours since you moved to nights. With shift work, tablets don't fix the real problem. The antihistamine sleep aids are okay short-term with amlodipine, but they can leave you groggy, which isn't great before a shift. Have you talked to your GP about the nights?"),
     c("Not yet. I'm on six nights a fortnight, haven't had a chance.", None),
     t("Fair enough. I'd suggest a small pack, just seven tablets, one only before a day off, and here's a sheet on sleeping after night shifts: blackout, when to stop caffeine. If you're still waking in a few weeks, it's worth a GP visit."),
     c("Seven's fine. I'm not keen on anything I'd get hooked on anyway.", None)],
    [o,
     t("Hi! Great question. And what's the main thing you're hoping to get from a sleep aid?"),
     c("Just to stay asleep. I keep waking after a couple of hours since I went on night shifts. But I'm on amlodipine, I need to know if that's okay.", None),
     t("Perfect, thanks for sharing. So what I'm hearing is you want better sleep. This one's our most popular, doxylamine, twenty pack, 14.99. People love it."),
     c("Is it okay with the amlodipine though? That's what I asked.", None),
     t("It's very popular, loads of people take it. Would you like the twenty or the thirty pack? The thirty's better value."),
     c("I'm working the night after, I can't be groggy. Does it make you groggy?", None),
     t("Great. And how's your experience been today? Was there anything else I can help with?"),
     c("Yeah, you could answer my question. Can I talk to the pharmacist, please.", None)]))

# 11 ignored_customer - dairy feed rep, rural Wisconsin (B2B)
o = c("Yeah, come on in the office. Look, I'll be straight with you, our milk components dropped this spring and I'm wondering if it's the feed.", None)
PAIRS.append(gpair(
    "b48g_wisconsin_dairy_feed", "dairy feed and nutrition supplier, rural Wisconsin (B2B)",
    "ignored_customer", "Feed rep on a farm visit; butterfat dropped after a change of haylage.",
    [o,
     t("Appreciate you being straight. When you say components, butterfat, protein, both? And when did it start?"),
     c("Butterfat mostly. Down from 4.1 to about 3.7 since April. That's when we switched to the new haylage from the south field.", None),
     t("So butterfat down since April, lining up with the new haylage. Before I suggest anything I'd want a forage test on that haylage. If the fiber's off, that's a ration fix, not necessarily a new product. Do you have a recent test?"),
     c("Nope. Last one was two years back. My nutritionist retired.", None),
     t("Then let's start there. I'll pull a sample today, results in about a week, no charge. Then I'll sit down with you and the numbers and we'll see if it's the haylage or something else."),
     c("Free's my favorite price. But I'm telling you up front, I'm not switching feed companies over one test. Been with the co-op twenty years.", "no_need"),
     t("Understood. The test is useful whoever you buy from. If it points to something we carry, I'll show you, and if not, you've still got the answer."),
     c("Fair enough. Haylage is in the bunker by the east barn.", None)],
    [o,
     t("Thanks for having me! Tell me, what are your biggest goals for the herd this year?"),
     c("Get the butterfat back up. Dropped from 4.1 to 3.7 since April, when we started on the new haylage.", None),
     t("Great, great. So our Peak Lactation premix is what a lot of operations your size are running now. Two-ton minimum, delivered monthly."),
     c("I don't know that it's the mineral. I think it's the haylage. Nobody's tested it.", None),
     t("Totally. And how many cows are you milking?"),
     c("Two-forty. Like I said when you called.", None),
     t("Perfect. At two-forty head, Peak Lactation runs about 2,900 a month. I can have the first load here next week. Sound good?"),
     c("No. I've got a co-op I've used twenty years. I called you to figure out the butterfat, not to buy premix.", "no_need")]))

# 12 repeated_questions - university accommodation chat, Edinburgh
o = c("Hello, I am student from Brazil, first year. My room in Pollock Halls has problem with heating, it is very cold since five days. Also I want to ask if I can change room.", None)
PAIRS.append(gpair(
    "b48g_edinburgh_student_housing", "university accommodation office live chat, Edinburgh, Scotland",
    "repeated_questions", "International first-year student: broken heating for five days, wants to move rooms.",
    [o,
     t("Hello, I'm sorry you've been cold for five days, that shouldn't happen. Could you give me your block and room number so I can log the heating fault?"),
     c("Block Brewster, room 214.", None),
     t("Thank you. I've logged it as urgent and maintenance will come tomorrow before 12. Tonight you can collect an electric heater from reception in the main building, just show your student card. Is that okay?"),
     c("Yes, okay, thank you. And for change room? Is it possible? My friend from my course is in Chancellor's Court.", None),
     t("So you'd like to move to Chancellor's Court to be near your friend. Room transfers open on 20 January for second semester. Chancellor's Court is en-suite, so the rent is higher, about 38 pounds more a week."),
     c("Thirty-eight more each week? Hmm. That is much for me, my scholarship is fixed.", "no_money"),
     t("Understood. You could also ask for a cheaper room in a block near Chancellor's Court. I'll email you the transfer form and the price list, and you can decide before 20 January."),
     c("Yes, please send. I will think which one.", "think_it_over")],
    [o,
     t("Hello and welcome! I'd love to understand your experience. What seems to be the issue?"),
     c("The heating in my room is not working since five days. Very cold. Block Brewster, 214.", None),
     t("Thanks for sharing. So can you tell me a bit more about what's going on in your room?"),
     c("The heating. It does not work. It is cold. Five days.", None),
     t("I see. And just so I understand correctly, what would you say is the main problem you're experiencing with your accommodation?"),
     c("I said already, the heating. Why you ask again?", None),
     t("Absolutely, I just want to make sure I fully capture your needs. How would you describe the temperature in the room?"),
     c("Cold!! Very cold! Please just send someone. I will go to reception myself.", None)]))

# 12 repeated_questions - commercial HVAC maintenance, Houston (B2B)
o = c("Hi, Ray Delgado, facilities at Gulf Coast Distribution off the Beltway. I'm getting bids for HVAC maintenance on our warehouse and office. Current contract ends in sixty days.", None)
PAIRS.append(gpair(
    "b48g_houston_hvac_contract", "commercial HVAC maintenance contractor, Houston, Texas (B2B)",
    "repeated_questions", "Facilities manager collecting bids; incumbent took three days to fix a unit in August.",
    [o,
     t("Thanks, Ray. What's on the roof, how many units and roughly how old?"),
     c("Eleven rooftop units, mix of Trane and Carrier, most are 2012, two are newer. Plus a chiller for the office side.", None),
     t("And what made you go out for bids rather than just renew with the current contractor?"),
     c("Response time. In August unit seven went down and it took them three days to show. Warehouse hit 98 inside, we had pickers going home.", None),
     t("So a three-day wait on a down unit in peak summer, and it cost you labor. What response time would you need written into the contract?"),
     c("Four hours in summer. Eight the rest of the year. And I need it in the contract, not a promise.", None),
     t("We can write four hours May through September with a penalty credit if we miss it. With eleven 2012 units I'd also price quarterly maintenance visits rather than twice a year, they're at the age where belts and capacitors go."),
     c("Quarterly's gonna cost more. My budget's flat this year, I'll tell you that now.", "no_money"),
     t("Then I'll price both, quarterly and twice-yearly, side by side, so you can see what the extra visits buy you. Can I walk the roof with you first?"),
     c("Tuesday, early, before it's a hundred up there.", None)],
    [o,
     t("Ray, great to meet you. What are the key needs driving this bid process?"),
     c("Response time, mostly. Current guys took three days to fix a unit in August. Warehouse hit 98.", None),
     t("Got it. And what would you say is the main pain point with your current provider?"),
     c("...The response time. Like I just said.", None),
     t("Understood. So in terms of priorities, what matters most to you in an HVAC partner?"),
     c("Showing up. Four hours in summer. Eleven rooftop units, mostly 2012.", None),
     t("Great. And how many units are we talking about on site?"),
     c("Eleven. You're not writing any of this down, are you? Just send me your standard bid.", "brush_off")]))

# 13 wrong_paraphrase - opticians, Limerick
o = c("Hi there. I'm finding it hard to read the small print lately, menus and that. I'm fifty-one. Do I need glasses or is this just age?", None)
PAIRS.append(gpair(
    "b48g_limerick_opticians", "opticians, Limerick, Ireland",
    "wrong_paraphrase", "Fifty-one-year-old council worker struggling with small print.",
    [o,
     t("It's very common around your age, usually the eye's focusing getting stiffer, it happens to everyone. An eye test will tell us properly. Is it just up close, or are road signs getting harder too?"),
     c("Just close up. Driving's fine. I passed my licence renewal no bother.", None),
     t("Okay, so close work only, distance is fine. Do you use screens much, for work?"),
     c("Laptop all day, I'm in the county council. By four o'clock my eyes are wrecked.", None),
     t("So small print, and a long day on a laptop. After the test you might just need reading glasses, or you might want a pair set for screen distance. The test is free with your PRSI, so there's no cost to finding out."),
     c("Oh right, I didn't know about the PRSI. And the glasses themselves, are they dear? I've heard of people paying three hundred.", None),
     t("They can be, but they don't have to be. PRSI covers a basic pair too, or you could get ready-readers from the chemist for the menus. Let's see what the test says first. I've Thursday at 10 or Saturday morning."),
     c("Saturday, please.", None)],
    [o,
     t("Great question! Can you tell me more about what you're experiencing?"),
     c("Just the small print. Menus, labels. Distance is fine, I drive no bother.", None),
     t("So what I'm hearing is your distance vision is slipping too and driving at night is becoming a worry, is that right?"),
     c("No, no, I said distance is fine. It's just up close.", None),
     t("Right, so you're finding the screens tough as well, and you'd like to be glasses-free, so varifocals with our blue-light coating would tick all your boxes. Did I understand you correctly?"),
     c("I never said anything about screens. And varifocals are the ones that cost a fortune, aren't they? That's too much to read a menu.", "too_expensive"),
     t("So basically you're saying budget's not the issue as long as it's quality. Our premium range starts at 420. Shall I book your test and fitting together?"),
     c("That's not what I'm saying at all. Forget it.", None)]))

# 13 wrong_paraphrase - rostering software for a rest home, Wellington (B2B)
o = c("Hi, thanks for the call. I'm Priya, I manage Kowhai Rest Home in Karori. We're doing rosters on a spreadsheet and it's killing me. I just want to see if your tool's worth a look.", None)
PAIRS.append(gpair(
    "b48g_wellington_rest_home_rostering", "staff rostering software vendor, Wellington, New Zealand (B2B)",
    "wrong_paraphrase", "Rest home manager on a video call; worst pain is early-morning sick cover.",
    [o,
     t("Thanks, Priya. Tell me how the rostering works now: who does it, how many staff, and where it hurts?"),
     c("Me, every Sunday night. Forty-two staff, three shifts. The hard bit is sick calls. Someone phones at 5am and I'm ringing round trying to find cover.", None),
     t("So forty-two staff, and the worst part is early-morning sick cover, which falls on you. Does anything else matter, pay rules, qualifications, like needing an RN on every shift?"),
     c("Yes, there has to be an RN on every shift, and the pay equity rates are a nightmare to track. But mainly the 5am calls.", None),
     t("Our tool sends open shifts to qualified staff by text and fills them from whoever accepts first, and it won't let you roster a shift without an RN. The pay equity rates I'd want to check with you, I don't want to promise it handles your exact agreement before I've seen it. It's 4 dollars per staff member a month, so about 170 for you."),
     c("170 a month. That's not nothing for a home our size, our budget's already stretched on wages.", "no_money"),
     t("Understood. Would a free month help you show the board what it saves, say by counting the hours you spend on sick cover now versus then?"),
     c("That I could do. Set up the trial and send me a note on the pay equity question.", None)],
    [o,
     t("Hi Priya! So tell me, what's your experience with rostering right now?"),
     c("Spreadsheet, Sunday nights, forty-two staff. Worst bit is finding cover at 5am when someone's sick.", None),
     t("So what I'm hearing is you want to move payroll, timesheets and rostering all onto one platform and replace your HR system. Did I get that right?"),
     c("Um, not really. Payroll's sorted with our accountant, we don't need that. It's the sick cover.", "no_need"),
     t("Got it, so the key thing is staff engagement. You mentioned morale's low and turnover's high, so our Engage module would be a great fit, yes?"),
     c("I didn't mention morale. Our staff are great, actually.", None),
     t("Perfect, so to play it back: full suite, plus Engage, forty-two staff, that's 690 a month. Shall I send the contract?"),
     c("No. That's not what I asked for and it's way over anything we could spend.", "no_money")]))

# 14 pitch_to_upset - bank branch bereavement, Nottingham
o = c("Hello. My husband died three weeks ago. I've been told I need to bring the death certificate in. I don't really know what happens now.", None)
PAIRS.append(gpair(
    "b48g_nottingham_bank_bereavement", "high street bank branch, Nottingham, East Midlands",
    "pitch_to_upset", "Recently bereaved widow brings the death certificate; bills come out of her husband's account.",
    [o,
     t("I'm so sorry for your loss. Please take a seat, there's no rush. We'll go through it together. Do you have the death certificate with you today?"),
     c("Yes, here. And the will, they said bring that too. His name was Keith.", None),
     t("Thank you. I'll take copies and give you these back. Was the account in Keith's name only, or joint with you?"),
     c("His only. His pension went into it. I'm worried about the direct debits, the council tax and the gas come out of it.", None),
     t("That's a very sensible worry. Once I note the account today, the payments out will stop, so we should move the gas and council tax to your own account. Do you have an account with us, or elsewhere?"),
     c("Just my own little one here. I've never done the bills, Keith did all that.", None),
     t("Then I'll help you move those two direct debits before you leave today, and write down what happens next, step by step, with my direct number on it. You won't have to explain this again to anyone else."),
     c("Thank you. That's a weight off.", None)],
    [o,
     t("I'm so sorry for your loss. I understand how you're feeling. Let's get you sorted. Death certificate with you?"),
     c("Yes. Here. His name was Keith. I don't know what I'm doing, he did all the money.", None),
     t("Thank you. So what I'm hearing is you'll be managing finances on your own now, which is actually a great opportunity to look at your options. Have you thought about our Premier account? It comes with a dedicated relationship manager."),
     c("I... no. I don't need a new account. I just need the bills to keep going out. The gas comes from his account.", "no_need"),
     t("Absolutely. And with any money Keith left you, our wealth team can set up an investment to make it work harder. A lot of widows find that gives them peace of mind. Shall I book you in with them?"),
     c("I'm not thinking about investments. He's not even buried yet.", "no_time"),
     t("Of course, completely understand. I'll just pop the leaflet in with your paperwork. Is there anything else I can help with today?"),
     c("Just the direct debits. Please.", None)]))

# 14 pitch_to_upset - home insurance claim after storm, Raleigh
o = c("I've been on hold forty minutes. A tree came through my roof Sunday in the storm, there's a tarp on it and water in my kid's bedroom, and nobody's called me back about my claim.", None)
PAIRS.append(gpair(
    "b48g_raleigh_storm_claim", "home insurance claims line, Raleigh, North Carolina",
    "pitch_to_upset", "Angry homeowner with storm damage chasing an unassigned claim.",
    [o,
     t("I'm sorry, that's a miserable situation and a long hold on top of it. Let me pull up the claim now. Can I have the claim number or your address?"),
     c("Claim 2217-0934. 118 Lakewood Drive.", None),
     t("Got it. It was filed Monday and it hasn't been assigned an adjuster yet, that's on us. Is anyone sleeping in that bedroom right now, and is the water still coming in?"),
     c("No, she's in with us. Water's slowed since the tarp but the ceiling's sagging. I'm scared it comes down.", None),
     t("Keep the room closed off. Your policy covers emergency mitigation, so you can call a water removal company today and we pay them directly. I'll text you a list of ones we work with. I'm assigning an adjuster now and marking it urgent. You'll get a call by 5 today."),
     c("By five. If I don't hear by five I'm calling back and asking for you.", None),
     t("Do that. I'm Kendra, extension 4471. I'm setting a reminder on this myself for 4:30.")],
    [o,
     t("I'm sorry you're experiencing that, and I completely understand your frustration. Let me look... yes, your claim's in the queue. While I have you, I noticed your policy doesn't have our water backup endorsement. Want me to walk you through it?"),
     c("Are you kidding me? There's a hole in my roof. I want an adjuster.", None),
     t("Absolutely, and that's exactly why I'm mentioning it. Customers in your situation really value the extra protection. It's only 12 dollars a month. Can I add it while we're on the phone?"),
     c("No! I don't want to add anything. I want somebody out here.", "no_need"),
     t("Understood. Adjusters are assigned in the order claims come in, typically within five to seven business days. Is there anything else I can help with today, like reviewing your auto policy?"),
     c("Put me through to a supervisor. Now.", None),
     t("Of course. Just so you know, supervisors can't speed up the queue either. How satisfied have you been with me today?"),
     c("I'm hanging up and calling my agent.", None)]))

# 15 blame - boiler repair, Aberdeen
o = c("Hiya, you serviced my boiler last Tuesday and since Friday there's no hot water and the pressure gauge is on zero. I've got two bairns and no hot water.", None)
PAIRS.append(gpair(
    "b48g_aberdeen_boiler_repair", "heating engineers, Aberdeen, Scotland",
    "blame", "Boiler fails days after the company's own service; F22 low-pressure fault and a damp patch.",
    [o,
     t("Sorry, that's not what should happen after a service. Let me check the job notes. Is the boiler showing a fault code on the display?"),
     c("It says F22. I looked it up and it says low water pressure. I didn't want to touch anything in case I made it worse.", None),
     t("That was sensible. F22 is low pressure. Sometimes after a service a fitting weeps a bit and the pressure drops over a few days. Is there any water under the boiler or around the pipes?"),
     c("There's a wee damp patch on the floor under it, aye.", None),
     t("Then I want an engineer out to check his own work, it could be a fitting from the service. There's no charge for that. I can get Craig there tomorrow morning, 8 to 12. Will someone be in?"),
     c("I'm in. But I'm no paying for another callout, I'm telling you that now.", None),
     t("You won't, it's under the service guarantee. And if you want hot water tonight, I can talk you through topping up the pressure on the filling loop. It takes two minutes."),
     c("Go on then, talk me through it.", None)],
    [o,
     t("Hi there, thanks for calling, I'm sorry you're experiencing that. Can I ask, have you touched the boiler or the filling loop at all since our engineer left?"),
     c("No, I haven't touched it. It says F22.", None),
     t("Right. F22 is low pressure, which is usually a customer-side issue. It happens when people don't check their pressure regularly, which is in the leaflet we left. Did you read the leaflet?"),
     c("I didn't get a leaflet. And there's a damp patch under the boiler. That wasn't there before.", None),
     t("Okay, so what I'm hearing is there's been a leak on your pipework. That's your system, not the boiler, so a callout would be 95 pounds. How would you like to pay?"),
     c("Ninety-five? Your guy was here last week and now it's leaking. I'm not paying that.", None),
     t("I understand your frustration, but we can only go by the evidence. If you'd checked the pressure weekly like the leaflet says, it would've been caught. Is there anything else?"),
     c("I'm phoning Trading Standards.", None)]))

# 15 blame - rural internet provider live chat, western Kansas
o = c("hi my internet keeps dropping every evening like 7 to 10 pm. been like this 2 weeks. i work from home and have calls", None)
PAIRS.append(gpair(
    "b48g_hays_rural_isp_chat", "rural fixed-wireless internet provider live chat, Hays, Kansas",
    "blame", "Remote worker's connection drops every evening; a tower fault is open in her area.",
    [o,
     t("Hi, sorry about that. Evenings dropping for two weeks is rough when you work from home. Can I get your account name or address? Then I'll check the line from here."),
     c("jenna hartley, 2290 rd 14 near hays", None),
     t("Thanks Jenna. I can see your modem losing signal most evenings since the 3rd, and there's a tower maintenance ticket open for your area from the same day, so it's likely on our end, not your equipment. Are your work calls in those evening hours?"),
     c("yeah i do west coast clients so 7-9 is my busiest. ive been using my phone hotspot and its eating my data", None),
     t("So you're losing your busiest work hours and burning phone data to cover. I'll add your account to the ticket and credit you for the two weeks. The tech team's estimate is Friday. If it's not fixed by Friday, I'll book a tech visit Saturday at no cost."),
     c("ok. friday. ill believe it when i see it tbh, we had the same thing last winter and it took a month", "bad_experience"),
     t("Fair, and I'm sorry about last winter. I'll message you Friday afternoon either way with where it's at."),
     c("ok thanks", None)],
    [o,
     t("Hi! Thanks for reaching out, I'm here to help make your experience great. Can you tell me more about your setup? Where is your router located?"),
     c("in the office closet. its been there for 3 years and worked fine till 2 weeks ago", None),
     t("Ah, so the router's in a closet, that's probably the issue, routers need open space. Also, how many devices do you have connected? Evenings are when households overload their own networks."),
     c("its me and my husband. 2 laptops 2 phones. this isnt a wifi thing the modem light goes red", None),
     t("I understand. A red light usually means the modem was unplugged or reset by the customer. Did you or your husband unplug it? Also, you're on our legacy 25 meg plan, which really isn't built for working from home. Upgrading to the 100 would probably solve it."),
     c("no we didnt unplug it. and the upgrade wont fix anything, my neighbor has the same problem on the 100", "no_need"),
     t("Okay. Unfortunately if the issue is in-home we can't credit it. Is there anything else I can help you with today?"),
     c("yeah you can cancel. im calling the co-op about fiber", None)]))
