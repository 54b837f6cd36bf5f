"""Ranked pairs f01-f10 of blind229 (the sides share every turn but one fault in `worse` and the customer's
reaction to it), written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer: broadband evening speeds, Melbourne
_o = c("Hi, I'm paying for the hundred-meg plan and I'm getting about twenty in the evenings. I've done the speed tests.", None)
_t1 = t("Thanks for doing the tests, that helps. Were they on wifi or plugged into the modem with a cable, and roughly what times?")
_c1 = c("Wifi mostly, on my laptop, between seven and ten. I did one with a cable last night and got twenty-six.", None)
_t2_good = t("Twenty-six on a cable at peak time is well below what your plan promises, so it isn't your wifi or your laptop.")
_c2_good = c("Right, that's what I thought. So what happens now?", None)
_t2_bad = t("Twenty-six on a cable is actually within the normal evening range; a hundred is a maximum, not a guarantee. And laptop speed tests aren't that reliable, to be honest.")
_c2_bad = c("Your own website says typical evening speed ninety. I've got a screenshot. Are you telling me the website's wrong?", None)
_t3 = t("I'm logging it as an evening speed fault now. The network team will check the node and email you within five business days. Until it's fixed, I'm moving you to the fifty-meg price, thirty dollars less, from today, with no fee.")
_c3 = c("Okay. Thirty less is something. If it's not sorted in a month, though, I'm shopping around.", "think_it_over")
PAIRS.append(rpair(
    "b229r_f01_melbourne_broadband_speed",
    "Home broadband, Melbourne: a customer on a 100 Mbps plan reports about 20 Mbps every evening. Fault in worse: the trainee argues with the customer's evidence.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f02 doubts the customer's honesty: missing meal kit, Montreal
_o = c("Bonjour, hi. My meal kit did not arrive yesterday. The tracking says delivered, but there is nothing at my door, nothing with the concierge.", None)
_t1 = t("I'm sorry, that's frustrating when dinner was planned around it. Let me look at the tracking. It went to Rue Saint-Denis, is that right?")
_c1 = c("Yes, Saint-Denis, apartment 4. The building has a concierge, they keep all the packages.", None)
_t2_good = t("Thanks. The driver marked it as left at the front entrance at 2:14, not with the concierge. That happens sometimes with buildings.")
_c2_good = c("At the entrance? Then somebody took it, for sure. It's a busy street.", None)
_t2_bad = t("The driver marked it delivered at 2:14. Are you sure nobody in the household brought it in? We see a lot of claims like this that turn up in a kitchen somewhere.")
_c2_bad = c("I live alone. You think I am lying to get free food? This is insulting.", None)
_t3 = t("I'm refunding the full box, sixty-nine dollars, to your card, and I've noted on the account that deliveries go to the concierge. Would you like a replacement box on Friday as well, or just the refund?")
_c3 = c("Just the refund this time. I'm away all weekend, it would sit there.", "no_time")
_t4 = t("Done. The refund shows in three to five days, and your next box on Tuesday goes to the concierge.")
PAIRS.append(rpair(
    "b229r_f02_montreal_mealkit_missing",
    "Meal-kit subscription, Montreal: a box marked delivered never reached the customer. Fault in worse: the trainee doubts the customer's honesty.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f03 drops the price before asking anything: project software downgrade, Denver
_o = c("Hey, I run a design studio, we're on your Business plan for project management, and I'm thinking about dropping down to Starter.", None)
_t1_good = t("Sure, I can help with that. What's behind it? Is it the cost, or features you're not using?")
_c1_good = c("Bit of both. We're nine people now, down from fifteen, and we never really used the client portal.", None)
_t1_bad = t("Before you do that, I can give you thirty percent off Business for the next year. That brings it down to about two-ten a month.")
_c1_bad = c("Uh, okay... that's not really why I called. We're nine people now, down from fifteen, and we never used the client portal.", "no_need")
_t2 = t("Got it: nine people, and the client portal unused. Starter covers up to ten users, with tasks, timelines and file sharing. What you'd lose is the portal and the time-tracking reports. Does anyone use the time reports to bill clients?")
_c2 = c("Oh. Yeah, actually, Marco does, for the hourly clients. Hm. I hadn't thought of that.", None)
_t3 = t("Then there's a middle way: Starter plus the time-tracking add-on, about one-forty a month against three hundred now. I can set up a two-week trial of that so Marco can check his reports before anything changes.")
_c3 = c("That sounds right. Let me run it by Marco first, though, he's the one who'll complain.", "think_it_over")
PAIRS.append(rpair(
    "b229r_f03_denver_projectsoftware_downgrade",
    "Project-management software (B2B), Denver: a studio owner considers a cheaper plan after shrinking from fifteen to nine staff. Fault in worse: a discount offered before a single question.",
    [_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    [_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f04 unasked lecture: gym cancel after a back injury, Sydney
_o = c("Hi, I need to cancel my membership. I hurt my back and the doctor says no gym for a while.", None)
_t1 = t("Sorry to hear about your back. Has the doctor given you a set time, or is it open-ended for now?")
_c1 = c("Open-ended. I've got a disc thing. Could be months.", None)
_t2_good = t("Okay. With a medical certificate we can either cancel with no notice period, or put it on medical hold with nothing charged and restart when you're cleared. Which would you prefer?")
_c2_good = c("Probably cancel. I don't know when I'll be back and I don't want it hanging over me.", "no_need")
_t2_bad = t("Okay. Just so you know, a lot of back problems come from weak core muscles and sitting all day, so when you come back you really want to focus on core work, not just weights. Posture is huge. With a medical certificate we can cancel with no notice period, or put it on medical hold. Which would you prefer?")
_c2_bad = c("Right. Thanks for the tip, I guess. I'll just cancel, I don't know when I'll be back.", "no_need")
_t3 = t("No problem. Email the certificate to the address I'm texting you, and I'll date the cancellation from today so nothing more comes out.")
_c3 = c("Great, I'll send it tonight.", None)
PAIRS.append(rpair(
    "b229r_f04_sydney_gym_backinjury",
    "Gym membership, Sydney: a member with a disc injury cancels on medical grounds. Fault in worse: an unasked lecture about core strength and posture.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f05 vague next step: device protection fee on a phone bill, Ottawa
_o = c("Hi, I was charged a forty-dollar device protection fee on my phone bill. I never signed up for device protection.", None)
_t1 = t("Let's check. It was added on the 3rd, when you upgraded your phone in store. Do you remember the staff mentioning it?")
_c1 = c("They mentioned a bunch of stuff. I said no to all the extras. I was in a rush, I had my kid with me.", None)
_t2 = t("Understood. There's no signed form for it, so it shouldn't be there. I'm taking it off the account now.")
_c2 = c("Okay. And the forty I already paid?", None)
_t3_good = t("I'm refunding the forty as a credit on your next bill, on the 21st, and emailing you a note of it today with a reference number, so if it isn't there you can quote it.")
_c3_good = c("Perfect, thank you.", None)
_t3_bad = t("That'll be looked into by the billing team, and we'll let you know.")
_c3_bad = c("Let me know when? How? I don't want to be chasing this for months.", None)
PAIRS.append(rpair(
    "b229r_f05_ottawa_phone_protectionfee",
    "Mobile phone contract, Ottawa: a customer disputes a device protection add-on she declined in store. Fault in worse: a vague next step for the refund.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f06 over-promises: fiber install before a work-from-home Monday, Austin
_o = c("Hi, I'm moving into a new place in East Austin on Saturday and I need internet set up. I work from home, so I need it by Monday morning.", None)
_t1 = t("Let's get that sorted. What's the new address, and do you know if it's had our fiber before?")
_c1 = c("4410 Lyons Road. No idea. It's a new build, a townhouse.", None)
_t2_good = t("New builds sometimes need the line brought in from the street. The earliest install I can book is Tuesday, eight to twelve, and if the line needs extra work it could be later. I'd rather tell you that now than promise Monday and miss it.")
_c2_good = c("Tuesday. Ugh. I've got calls all Monday. Maybe I should check if the cable company can do Monday.", "think_it_over")
_t2_bad = t("No problem at all, we'll have you up and running by Monday morning, guaranteed. Our techs are great with new builds.")
_c2_bad = c("Oh, great, that's a relief. I've got calls all Monday.", None)
_t3 = t("For Monday itself, we can ship a mobile hotspot to the new address by Saturday, free for two weeks, so your calls are covered whatever happens with the line.")
_c3 = c("Okay, that could work. As long as it's fast enough for video.", None)
PAIRS.append(rpair(
    "b229r_f06_austin_fiber_install",
    "Home fiber internet, Austin: a remote worker moving into a new-build townhouse needs a connection by Monday. Fault in worse: a guaranteed Monday install the trainee cannot know is possible.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f07 closes before checking it works: office cloud backup, Brisbane
_o = c("Hi, I set up your cloud backup for our office, three computers, but I'm not sure it's actually backing anything up. It's tax time and I'm a bit nervous.", None)
_t1 = t("Good instinct to check, especially in tax season. What does the backup icon show on each computer, a green tick or something else?")
_c1 = c("Two have the green tick. The reception computer says 'pending', and it has for two days.", None)
_t2 = t("'Pending' usually means the files are on a network drive the backup can't see by default. Do you keep client files on that computer itself, or on a shared drive?")
_c2 = c("The shared drive. It's that box under the desk. Everything's on there.", None)
_t3_good = t("Then let's add the shared drive now: open the backup app on reception, Settings, Sources, Add network location, and pick the drive. Tell me when it starts counting files, and then we'll restore one test file together, so you know it really works.")
_c3_good = c("Okay... it's counting. Twelve thousand files. Oh, that's a relief.", None)
_t3_bad = t("Then you just need to add the shared drive under Settings, Sources, Add network location. That should fix it. Your subscription's all set, so is there anything else I can help with today?")
_c3_bad = c("Oh. Should I do it now while you're on? I'm not great with this stuff.", None)
PAIRS.append(rpair(
    "b229r_f07_brisbane_backup_pending",
    "Cloud backup subscription for a small accounting office, Brisbane: one computer's backup has been stuck on pending. Fault in worse: the call is wrapped up before checking the fix works.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f08 recommends before asking: newspaper sign-up, Halifax
_o = c("Hi, I'm thinking of subscribing to the Chronicle. What do you have?", None)
_t1_good = t("Glad to hear it. How do you usually read the news: on paper, on your phone, weekends only, every day?")
_c1_good = c("Mostly on my phone, on the ferry to Dartmouth. And my dad likes the Saturday paper, he lives with us.", None)
_t1_bad = t("Our best plan is Premium All-Access: daily print delivery, full digital and the archive, forty-two a month. Most people go with that.")
_c1_bad = c("Forty-two a month? Oh, that's a lot more than I had in mind. I mostly read on my phone on the ferry. My dad likes the Saturday paper, though.", "too_expensive")
_t2 = t("Then digital plus Saturday print fits: everything on your phone every day, and the Saturday paper at the door for your dad. It's nineteen a month, and the first month is a dollar.")
_c2 = c("Nineteen's okay. Can I cancel whenever? I got stuck in a year contract with another paper once, never again.", "bad_experience")
_t3 = t("Yes, it's month to month. You can cancel online in two clicks or by phone, no contract.")
_c3 = c("Then let's do it.", None)
PAIRS.append(rpair(
    "b229r_f08_halifax_newspaper_signup",
    "Newspaper, Halifax: a commuter asks what subscriptions are available. Fault in worse: the top plan is recommended before anything is asked.",
    [_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    [_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# f09 unexplained jargon: porting a number out, San Diego
_o = c("Hi. I'm leaving, I'm going onto my son's family plan with another company. What do I need to do so I keep my number?", None)
_t1 = t("I can help with that. Have you decided for sure, or would you like to hear what we could offer first?")
_c1 = c("Decided. It's half the price on his plan, and he's already set it all up.", "too_expensive")
_t2_good = t("Understood, then I won't try to talk you out of it. The new company will ask for two things: your account number, at the top of your bill, and a transfer PIN, a six-digit code I can text you now. Don't cancel this line yourself; the new company moves the number, and your account with us closes on its own.")
_c2_good = c("Oh, so I don't have to call you again? Good.", None)
_t2_bad = t("Understood, then I won't try to talk you out of it. You'll need your BAN and a port-out PIN for the NPI. Don't cancel the MDN; once the LOA goes through, the account auto-terminates.")
_c2_bad = c("I'm sorry, the what? BAN? I didn't understand any of that.", None)
_t3 = t("I'll text you everything you need right now, so you can just read it out when they ask.")
_c3 = c("Okay. Thank you for not making it hard.", None)
PAIRS.append(rpair(
    "b229r_f09_sandiego_phone_portout",
    "Mobile phone plan, San Diego: an older customer is leaving for her son's family plan and wants to keep her number. Fault in worse: unexplained industry jargon.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# f10 talks about themselves: coffee bean subscription, Adelaide
_o = c("Hi, I want to change my coffee subscription. The dark roast is too bitter for me, I've been drinking it with so much milk I can't even taste it.", None)
_t1 = t("Thanks for telling us. How do you make it at home: plunger, espresso machine, pour-over?")
_c1 = c("Plunger. Every morning, two cups. I like something smooth, a bit chocolatey maybe.", None)
_t2_good = t("A plunger tends to bring out the bitterness in dark roasts. For smooth and chocolatey, I'd try the Brazil medium roast: it's low in acid and the same price as what you're on.")
_c2_good = c("Brazil, okay. I'll give that a go.", None)
_t2_bad = t("Oh, I'm the same! I drank dark roast every day at uni, then I got into pour-over and honestly it changed my life. I've got a Japanese dripper at home now and I weigh everything. Anyway, the Brazil medium roast is smooth and chocolatey, same price.")
_c2_bad = c("Right... look, I just use a plunger, mate. Send me the Brazil, whatever, I've got to get to work.", "brush_off")
_t3 = t("I've switched your next bag, shipping Monday, to the Brazil medium. If it's not right, tell us and the next one's on us while we find a better match.")
_c3 = c("Sounds good. Cheers.", None)
PAIRS.append(rpair(
    "b229r_f10_adelaide_coffee_roast",
    "Coffee bean subscription, Adelaide: a subscriber finds the dark roast too bitter in her plunger. Fault in worse: the trainee talks about their own coffee habits.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))
