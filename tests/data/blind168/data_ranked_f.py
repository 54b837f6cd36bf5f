"""b168 ranked pairs f01-f10: shared turns, one fault in `worse` plus the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: drops the price before asking anything
o = c("hey my plan's up for renewal, what can you do", None)
s1 = t("Then the 25 plan with 30 gig covers you easily, 20 a month less than now. Want to switch?")
s2 = c("yes! way better", None)
s3 = t("Done, it starts on your renewal date, the 9th.")
PAIRS.append(rpair("b168r_f01_telcostore_renewal", "Mobile store, Brisbane (Australia): plan renewal.",
    [o, t("Sure. What are you on now, and is anything not working for you?"),
     c("im on the 45 unlimited. honestly i use like 10 gig, im on wifi all day", None), s1, s2, s3],
    [o, t("I can knock 10 off straight away, 45 down to 35. Want that?"),
     c("oh ok. wait tho, i only use like 10 gig, im on wifi all day", None), s1, s2, s3]))

# f02: doubts the customer's honesty
o = c("hi, these split at the side after like a week, can i return them?", None)
a = t("Sorry about that. When did you buy them?")
b = c("the 2nd. ive only worn them to college", None)
s1 = t("Right, the glue's come away, that's a manufacturing fault. Refund or a new pair?")
s2 = c("new pair please, same size", None)
PAIRS.append(rpair("b168r_f02_sneakerstore_return", "Sneaker store, Croydon (UK): shoes split after a week.",
    [o, a, b, t("Thanks. Can I have a look at the seam?"),
     c("sure, its this bit here", None), s1, s2],
    [o, a, b, t("Only college? These look like they've done a season of football. Be honest with me."),
     c("what?? i dont even play football. its this bit here, look", None), s1, s2]))

# f03: an unasked lecture
o = c("hey why was i charged a 5 dollar fee this month", None)
a = t("Let me check. It's the monthly fee, charged when the balance is under 100 on the 1st.")
b = c("oh. i was at like 80 bc rent went out", None)
s1 = t("Done, and I've refunded this month's 5 as well.")
s2 = c("thanks", None)
PAIRS.append(rpair("b168r_f03_bankchat_fee", "Bank app chat (US): student charged a monthly fee.",
    [o, a, b, t("That's common right after rent. As you're a student, I can move you to the student account, no minimum, no fee. Want that?"),
     c("oh nice, yes please", None), s1, s2],
    [o, a, b, t("Honestly, at your age you should keep a buffer. Try a budgeting app, and takeout adds up fast. Anyway, I can move you to the student account, no minimum."),
     c("ok i didnt ask for a budgeting lesson lol. but yeah move me", None), s1, s2]))

# f04: a vague next step
o = c("my fob hasnt worked on the door since monday, had to get buzzed in twice", None)
a = t("Sorry, that's a pain. Let me scan it. It lost its link to your membership in the system update; I'll relink it now.")
b = c("yes pls. will it happen again", None)
s1 = t("Either way, your fob works now, try the door.")
s2 = c("yep it opened", None)
PAIRS.append(rpair("b168r_f04_gym_keyfob", "24-hour gym, Canberra (Australia): key fob stopped working.",
    [o, a, b, t("It shouldn't. I've logged it with head office and I'll text you Friday to confirm they've fixed it for everyone."),
     c("ok sweet, thanks", None), s1, s2],
    [o, a, b, t("Not sure, head office is looking into it. We'll let you know."),
     c("let me know when tho? i come at 5am when no ones here to buzz me", None), s1, s2]))

# f05: over-promises
o = c("hi my ps5 shows no picture, i think the hdmi port's broken", None)
a = t("Could be. Can you leave it with us? Testing is free.")
b = c("how long? im streaming a tournament on the 20th, cant leave it if itll miss that", "no_time")
s1 = t("I'll take your number and give you a ticket.")
s2 = c("cheers", None)
PAIRS.append(rpair("b168r_f05_consolerepair_hdmi", "Console repair shop, Birmingham (UK): no picture, deadline on the 20th.",
    [o, a, b, t("Testing takes a day. If it's the port, usually 3-5 days, so before the 20th is likely, but I can't promise till it's open. I'll call you tomorrow."),
     c("ok thats fair, tomorrow works", None), s1, s2],
    [o, a, b, t("Don't worry, it'll definitely be back tomorrow, guaranteed. We do these all the time."),
     c("oh amazing, tomorrow then!", None), s1, s2]))

# f06: recommends before asking
o = c("hi which plan should i get", None)
s1 = t("Then Basic with ads, 6.99, covers you. You can upgrade any time.")
s2 = c("perfect, 6.99 it is", None)
s3 = t("I'll send the link, it starts straight away.")
s4 = c("thx", None)
PAIRS.append(rpair("b168r_f06_streamingapp_plan", "Streaming app chat (US): new subscriber choosing a plan.",
    [o, t("Happy to help. How many people will watch, and do you mind ads?"),
     c("just me, on my laptop mostly. ads are ok if its cheaper", None), s1, s2, s3, s4],
    [o, t("Get Premium, 22.99. 4K, four screens, no ads. It's the best."),
     c("uh its just me on my laptop. ads are ok if its cheaper, 23 is a lot", "too_expensive"), s1, s2, s3, s4]))

# f07: unexplained jargon
o = c("Hi, I'm going to Japan next month and someone said I should get an eSIM? I don't really get what that is.", None)
a = t("Happy to explain. Which phone have you got?")
b = c("An iPhone 12.", None)
s1 = t("No, your phone's fine. Want me to write the steps down for you?")
s2 = c("Yes please. My sister says just rent a pocket wifi though, so I might ask her first.", "think_it_over")
PAIRS.append(rpair("b168r_f07_phoneshop_esim", "Phone shop, Edinburgh (UK): shy customer asks what an eSIM is.",
    [o, a, b, t("Then it can hold a digital SIM, no plastic card. You add a Japanese data plan from an app and keep your UK number too."),
     c("Oh, so I don't need a new phone?", None), s1, s2],
    [o, a, b, t("The 12 does eSIM with DSDS, so you provision a profile via QR, set it as secondary for cellular data and kill roaming on the primary."),
     c("Sorry, I didn't follow most of that. Do I need a new phone?", None), s1, s2]))

# f08: argues with the customer
o = c("got charged 18 bucks for a 10 min scooter ride?? thats not right", None)
a = t("Let me look. The ride shows 52 minutes, so it looks like it didn't end properly.")
b = c("i def locked it. parked outside the library and it beeped", None)
s1 = t("I'll refund 14.40 so you only pay for 10 minutes, back in 2-3 days.")
s2 = c("ok", None)
PAIRS.append(rpair("b168r_f08_scooterapp_charge", "E-scooter app chat (Australia): overcharged ride.",
    [o, a, b, t("Thanks. I can see it moved again 5 minutes after you parked, so it may have unlocked on your account by mistake."),
     c("oh weird. so not my fault then", None), s1, s2],
    [o, a, b, t("No, the data doesn't lie. If it was locked the ride would have ended. It wasn't locked."),
     c("so im lying? i heard it beep. 2nd time your app has done this to me", "bad_experience"), s1, s2]))

# f09: closes before checking the thing works
o = c("hey my new headset mic isnt working on discord, bought it here saturday", None)
a = t("Sorry about that. Plugged in by USB or the jack?")
b = c("usb. sound works, just the mic", None)
d = t("Often the wrong mic is picked. In Discord, Voice settings, set Input Device to the headset. Can you try now?")
e = c("ok changed it", None)
s1 = t("Nice. If it goes quiet again, check the mute button on the left cup first.")
PAIRS.append(rpair("b168r_f09_techstore_headsetmic", "Gaming store support chat (UK): new headset mic silent.",
    [o, a, b, d, e, t("Say something in the mic test, does the green bar move?"),
     c("yeah it moves! was set to the laptop mic lol", None), s1],
    [o, a, b, d, e, t("That'll be it then. All sorted, shall I close this one?"),
     c("wait i havent even tested it. ok... the bar moves now", None), s1]))

# f10: talks about themselves
o = c("hi, first day, i was told someone would show me around?", None)
a = t("That's me, welcome! Anything you want to focus on?")
b = c("i want to get into running, im doing a 10k in october for charity", None)
s1 = t("That's a good base. Let's start on the treadmills, and I'll set you a 12 week plan to build up.")
s2 = c("sounds good, but i only get 30 mins at lunch so it has to fit that", "no_time")
PAIRS.append(rpair("b168r_f10_gym_induction", "Gym, Sheffield (UK): new member's first induction.",
    [o, a, b, t("Great cause. Have you run much before, how far can you go now?"),
     c("not really, i can do 3k without stopping", None), s1, s2],
    [o, a, b, t("Oh nice, I did the Manchester 10k last year, 42 minutes, trained for months, knees wrecked, doing a marathon next."),
     c("wow, ok. i can only do like 3k without stopping lol", None), s1, s2]))
