"""Ranked pairs f01-f10 (hand-written for blind210): the two sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- Hull: no signal indoors after switching network (fault: argues with the customer)
o = c("Hello, I moved to your network a month ago and I can't get a signal in my house. Calls cut out in the kitchen, texts arrive hours late.", None)
t1 = t("Sorry to hear that, a month of it is too long. Can I have your postcode so I can look at the coverage around you?")
c2 = c("HU9, near East Park. It's fine at the end of the road, just not in the house.", None)
t3_good = t("Thanks. The map shows good outdoor coverage there, but maps are outdoor estimates, and older houses with thick walls can block a lot indoors. Fine at the end of the road but not inside fits that. What sort of house is it?")
c4_good = c("Victorian terrace, solid brick. Walls like a castle.", None)
t3_bad = t("Thanks. Well, the coverage map shows excellent 4G and 5G at HU9, so the signal there is fine. It'll be your phone.")
c4_bad = c("It's not my phone, it worked in the house on my old network. Don't tell me it's fine when I'm the one stood in the kitchen.", None)
t5 = t("Do you have broadband in the house? If so, I can switch on wifi calling, so calls and texts go over your broadband with the same number and no app. It usually sorts out indoor problems like this.")
c6 = c("Aye, we've broadband. Does it cost extra?", None)
t7 = t("No charge. I'll switch it on now and text you the one setting to turn on in your phone. If it's still bad in a week, ring me back and we'll look at a free signal booster.")
PAIRS.append(rpair(
    "b210r_f01_uk_hull_indoor_signal",
    "Mobile provider customer line, caller in Hull (UK). A retired man has poor signal inside his solid-brick terrace since switching networks. Fault in worse: the trainee argues with the customer about his own experience.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f02 -- Lagos: charged twice for one data bundle (fault: doubts the customer's honesty)
o = c("Hello, good evening. I bought a ₦3,000 bundle this afternoon and I was charged twice. ₦6,000 is gone from my airtime, but I only have one bundle.", None)
t1 = t("Good evening. I'm sorry about that. Let me check your transactions. Is the number you're calling from the line in question?")
c2 = c("Yes, this one. I bought it with the USSD code around 2pm. It showed an error the first time, so I tried again.", None)
t3_good = t("Thank you. I can see two debits of ₦3,000, at 2:04 and 2:05, but only one bundle was given. The first attempt failed after taking the money. That's our error.")
c4_good = c("So I'm not crazy. Okay. Can I get it back?", None)
t3_bad = t("I can see two debits of ₦3,000. Are you sure you didn't buy two bundles and use one already? People forget sometimes.")
c4_bad = c("Forget? I'm telling you what happened. I have the error message here on my phone. Check your system.", None)
t5 = t("I'm reversing the failed ₦3,000 to your airtime now; you'll get an SMS within five minutes. I'm also logging the failed USSD session so the technical team can look at it.")
c6 = c("Okay... yes, the SMS has come. ₦3,000 credited.", None)
t7 = t("Good. If a purchase ever shows an error again and money leaves without a bundle, call us with the time and we'll reverse it the same way.")
PAIRS.append(rpair(
    "b210r_f02_ng_lagos_double_charge",
    "Mobile network contact centre, caller in Lagos (Nigeria). A customer was debited twice for one data bundle after a USSD error. Fault in worse: the trainee doubts the customer's honesty.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f03 -- Quezon City: prepaid user asks about postpaid (fault: drops the price before asking anything)
o = c("Hi, I'm thinking of getting a postpaid plan. I'm on prepaid now. What do you have?", None)
t1_good = t("Hi! Happy to help. Before I show you plans, how do you use your phone now, and about how much do you load in a month?")
c2_good = c("Mostly data: Facebook, TikTok, Grab. I load maybe 800 to 1,000 a month. I want postpaid so I don't have to keep loading.", None)
t1_bad = t("Hi! Good news, I can give you 20% off our Plan 999 for the first six months, so just 799. That's a really good deal.")
c2_bad = c("Oh, okay... but I don't know yet if I need 999. I load maybe 800 to 1,000 a month, mostly data. I just don't want to keep loading.", "no_need")
t3 = t("Then our Plan 799 fits you: 25GB of data plus unlimited texts, about what you spend now, and no more loading. It's a 24-month lock-in, though, so let's make sure it suits you first.")
c4 = c("Twenty-four months is long. Can I think about it over the weekend?", "think_it_over")
t5 = t("Of course. Here's the plan sheet. If you apply online before the end of the month, the SIM is delivered free.")
c6 = c("Okay, thanks. I'll message you if I decide.", None)
PAIRS.append(rpair(
    "b210r_f03_ph_qc_prepaid_to_postpaid",
    "Mobile network store in Quezon City (Philippines). A young prepaid user asks about postpaid. Fault in worse: the trainee offers a discount before asking a single question.",
    better=[o, t1_good, c2_good, t3, c4, t5, c6],
    worse=[o, t1_bad, c2_bad, t3, c4, t5, c6],
))

# f04 -- Derby: £96 of game purchases on a 13-year-old's bill (fault: unasked lecture)
o = c("Hi, my son's phone bill has £96 on it for game purchases. I didn't even know you could buy things through the phone bill. He's thirteen.", None)
t1 = t("Oh no, that's a nasty surprise. Let's look at it together. Is his phone on your account, in your name?")
c2 = c("Yes, I pay for it. It's his first contract, we got it in September.", None)
t3 = t("Thanks. I can see four purchases charged to the bill through a game store, between the 2nd and the 9th. Charging to the bill was switched on by default on that plan, which isn't ideal for a child's phone.")
c4 = c("So can I get the money back? And stop it happening again?", None)
t5_good = t("I can block all third-party charges on his line now, so nothing can be bought through the bill again. For the £96, I'll raise a refund request with the game store as first-time purchases by a minor; they usually approve those within ten days.")
c6_good = c("That would be brilliant. Thank you.", None)
t5_bad = t("I can block all third-party charges now. But honestly, at thirteen he really shouldn't have unsupervised access to games like that; lots of parents set screen-time limits and keep phones downstairs at night. For the £96, I'll raise a refund request with the game store as first-time purchases by a minor; they usually approve those within ten days.")
c6_bad = c("I didn't ring for parenting advice, thanks. Just do the block and the refund.", None)
t7 = t("Done: the block is on now, and your refund reference is RF-55120. You'll get an email when the store decides.")
PAIRS.append(rpair(
    "b210r_f04_uk_derby_in_app_purchases",
    "Mobile provider customer line, caller in Derby (UK). A parent finds £96 of game purchases on her son's bill. Fault in worse: an unasked lecture on parenting.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# f05 -- Ibadan: home fibre down before the children's exams (fault: vague next step)
o = c("Good morning. My home internet has been off since Saturday. I've restarted the router many times. My children are writing online exams this week.", None)
t1 = t("Good morning ma, I'm sorry, with exams that's urgent. Let me run a line test from here. Is a light on the router showing red, or off?")
c2 = c("The one marked LOS is red. The others are green.", None)
t3 = t("Thank you. The test confirms it: the fibre signal isn't reaching your router, so it's a fault on the line outside, not anything you did. I've raised it with the field team and marked it urgent because of the exams.")
c4 = c("When will they come? Exams start Wednesday, and I can't sit at home all week waiting, I work shifts at the hospital.", "no_time")
t5_good = t("The earliest is tomorrow, Tuesday, between 10am and 2pm, and the technician calls 30 minutes before; if that clashes with your shift, tell me and I'll find the nearest slot that doesn't. I'll call you myself at 3pm tomorrow to confirm it's working, and if he hasn't come, I'll escalate straight away. Your ticket is IB-70341.")
c6_good = c("Ten to two tomorrow. Okay, I'll swap with a colleague and be at home.", None)
t5_bad = t("The field team will contact you in due course to schedule a visit. We'll let you know once it's resolved.")
c6_bad = c("In due course? Exams are on Wednesday. That tells me nothing.", None)
t7 = t("I'll also put ₦2,000 worth of mobile data on your line today so the children can keep studying while it's being fixed.")
PAIRS.append(rpair(
    "b210r_f05_ng_ibadan_fibre_fault",
    "Home broadband provider contact centre, caller in Ibadan (Nigeria). A mother's fibre has been down for days before her children's online exams. Fault in worse: a vague next step.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# f06 -- Iloilo City: fibre needed before a milk tea shop opens (fault: over-promises)
o = c("Hello, I applied for fiber last week. When will you install? I'm opening a small milk tea shop on the 15th and I need the internet for my orders.", None)
t1 = t("Hello! Congratulations on the shop. Let me check your application. Can you give me the application number or your name?")
c2 = c("Maricel Santos. The shop is on Diversion Road, near the mall.", None)
t3 = t("Thank you, Maricel. I see it, approved on Friday. What do you need the internet for on opening day: the delivery apps, card payments?")
c4 = c("GrabFood and foodpanda orders, and GCash payments. Without it I can't take online orders.", None)
t5_good = t("Then timing matters. The next available install in your area is the 13th, but I can't guarantee it, because sometimes the team needs a permit from the building owner first. I'll flag it as a business opening. As a backup, a prepaid pocket wifi would cover the apps and GCash if the install slips.")
c6_good = c("The 13th is okay, two days before. I'll get the pocket wifi just in case.", None)
t5_bad = t("No problem at all, I guarantee you'll be installed tomorrow. I'll push it through myself, you'll have internet way before the 15th.")
c6_bad = c("Tomorrow? Really? Okay... then I'll stay at the shop all day tomorrow.", None)
t7 = t("I'll text you the confirmation with the technician's details. Please keep your phone on.")
PAIRS.append(rpair(
    "b210r_f06_ph_iloilo_milktea_install",
    "Fibre provider hotline, caller in Iloilo City (Philippines). A new shop owner needs fibre before opening day. Fault in worse: the trainee guarantees an install date the system cannot promise.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# f07 -- Reading: new router blocks the work VPN (fault: closes before checking it works)
o = c("Hi, I've plugged in the new router you sent, but my work laptop won't connect to the VPN. I work from home and I've got a client call at two.", None)
t1 = t("Hi, let's get you sorted before two. Are the lights on the router all white now, and can your laptop see the new wifi name?")
c2 = c("All white. The laptop's on the new wifi, websites load, it's just the VPN that fails. It worked fine on the old router.", None)
t3 = t("That's a common one with the new model: it has a security setting that blocks some work VPNs. I'll switch it off from here. It takes a minute and the router will restart.")
c4 = c("Okay. Lights are flashing... now white again.", None)
t5_good = t("Great. Before I let you go, can you try the VPN now while I'm still on the line?")
c6_good = c("Trying... it's connecting... yes, it's in. I can see the work drive.", None)
t5_bad = t("Great, that should fix it. I'll close the ticket now. Anything else I can help with?")
c6_bad = c("Hang on, I haven't even tried it yet. What if it still doesn't work? I'll be back in the queue again.", None)
t7 = t("If the VPN gives you any trouble, just reply to the text I'm sending now; it comes straight back to me, no queue.")
PAIRS.append(rpair(
    "b210r_f07_uk_reading_router_vpn",
    "Broadband provider technical support line, caller in Reading (UK). A home-working accountant's new router blocks her work VPN. Fault in worse: the trainee closes the ticket before checking the fix works.",
    better=[o, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[o, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# f08 -- Kaduna: shop owner buying a phone for his shop assistant (fault: recommends before asking)
o = c("Good afternoon. I want to buy a phone for my shop boy. He'll use it for the business.", None)
t1_good = t("Good afternoon sir. What will he be doing with it for the business: calling customers, confirming transfers, WhatsApp orders, photos of goods?")
c2_good = c("Mostly WhatsApp orders and calling customers for delivery. Sometimes confirming bank transfers. He's careless, he drops everything.", None)
t1_bad = t("Good afternoon sir. You should take this one, the new model at ₦210,000. Big screen, big camera, 256GB. It's our best seller.")
c2_bad = c("Two hundred and ten thousand for a shop boy? He'll only use it for WhatsApp orders and calling customers. And he drops everything.", "too_expensive")
t3 = t("Then a basic Android with a good battery and a tough case is enough: this one is ₦68,000, or ₦75,000 with a rugged case. It runs WhatsApp Business, so the orders stay on the shop's number, not his personal one.")
c4 = c("WhatsApp Business on the shop number, I like that. Seventy-five is okay.", None)
t5 = t("I'll set up WhatsApp Business with the shop's SIM now, and put your number as admin so you can see the orders as well.")
c6 = c("Good. Do it.", None)
PAIRS.append(rpair(
    "b210r_f08_ng_kaduna_staff_phone",
    "Phone shop and network agent in Kaduna (Nigeria). A trader buys a phone for his shop assistant to handle orders. Fault in worse: the trainee recommends a premium phone before asking what it is for.",
    better=[o, t1_good, c2_good, t3, c4, t5, c6],
    worse=[o, t1_bad, c2_bad, t3, c4, t5, c6],
))

# f09 -- York: 81-year-old's landline going digital (fault: unexplained jargon)
o = c("Good afternoon. I've had a letter saying my telephone is going digital and I need to do something. I'm eighty-one, I don't understand any of it.", None)
t1 = t("Good afternoon. Don't worry, I'll explain it simply, and there's nothing you need to buy. Can I ask what you use your phone for, and do you have internet at home?")
c2 = c("Just the telephone. No internet. I ring my friends and my doctor, and they ring me.", None)
t3_good = t("Then here's what happens: an engineer swaps your phone socket for a small box, and your telephone plugs into that box instead of the wall. Same phone, same number, same price. The only difference is that the box needs electricity, so it has a battery that keeps it going for a few hours in a power cut.")
c4_good = c("Oh, that's not so bad. Same phone, same number. And someone comes to do it?", None)
t3_bad = t("So what happens is, we're migrating you from PSTN to a VoIP service. The engineer installs an ONT and an ATA, your handset plugs into the ATA, and the BBU covers the ONT during a power outage.")
c4_bad = c("I'm sorry, dear, I didn't understand a word of that. What's going to happen to my telephone?", None)
t5 = t("An engineer will come to you, free of charge, set everything up and test your telephone before he leaves. I'll send a letter with the date, and he'll show you his ID at the door.")
c6 = c("Could you send a copy of the letter to my daughter as well? She deals with these things.", None)
t7 = t("Of course. If you give me her address, I'll post her a copy today.")
PAIRS.append(rpair(
    "b210r_f09_uk_york_digital_landline",
    "Landline provider customer line, caller in York (UK). An 81-year-old with no internet asks what the digital switchover means for her telephone. Fault in worse: unexplained jargon.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f10 -- Dumaguete: nursing student wants a pocket wifi (fault: talks about themselves)
o = c("Hi, I need a pocket wifi for my boarding house. The wifi there is shared with twenty people and it's so slow. I'm a nursing student.", None)
t1 = t("Hi! Let's find one that works for you. What do you mostly need it for: online lectures, uploading assignments, streaming?")
c2 = c("Online lectures twice a week, and research for our case studies. And our duty schedule at the hospital gets posted online, I need to check it.", None)
t3_good = t("So video lectures, research, and checking your duty schedule. How's the signal inside your boarding house on your phone, strong or weak?")
c4_good = c("Strong enough, three or four bars. My budget's maybe 1,500 for the device.", None)
t3_bad = t("Oh, nursing! I wanted to be a nurse too, actually, I did one year before I switched to business. The duty almost killed me, 6am shifts at the provincial hospital. My sister's a nurse in Dubai now, she loves it there.")
c4_bad = c("Oh... okay. Sorry, I have class at one. My budget's maybe 1,500 for the device.", None)
t5 = t("This 4G pocket wifi is 1,295, and with that signal it should handle your lectures. There's a 30-day student promo: 30GB for 499. It'll last the month if you download readings instead of streaming them.")
c6 = c("1,295 plus 499 is a bit more than I planned for this month. Is there a cheaper device?", "too_expensive")
t7 = t("There's a 995 model; it's a little slower but fine for lectures with your signal. Take whichever you prefer, and I'll register it to your name and show you how to check the data balance.")
PAIRS.append(rpair(
    "b210r_f10_ph_dumaguete_pocket_wifi",
    "Mobile network store in Dumaguete City (Philippines). A nursing student in a crowded boarding house wants a pocket wifi. Fault in worse: the trainee talks about herself instead of the customer.",
    better=[o, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[o, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))
