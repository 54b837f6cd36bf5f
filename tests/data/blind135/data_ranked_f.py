from common import c, rpair, t

P = "b135r_"

# f01 phone shop, fault: drops the price before asking anything
a0 = c("hiya how much is the galaxy a55, saw it in the window", None)
a1b = t("It's 399 outright, or 18 a month. What are you using now, and what do you mainly need it for?")
a2b = c("an a12 and its so slow lol. mostly snapchat, maps and music", None)
a1w = t("It's 399, but I can knock it down to 349 for you today.")
a2w = c("oh. why, whats wrong with it lol. i just need something faster than my a12 for snapchat, maps and music", None)
a3 = t("For that, the A55 is more than enough, and the A35 at 299 would also feel miles faster than the A12. Do you take a lot of photos?")
a4 = c("not really, mostly screenshots lol. i get paid friday", None)
a5 = t("Then the A35 is the honest pick. Want to hold both and see?")
a6 = c("yeah go on", None)

# f02 gym, fault: over-promises
b0 = c("hey so i wanna get in shape for spring break, its in 8 weeks, is that even possible lol", None)
b1 = t("Eight weeks is enough to feel and see a difference. What does in shape mean for you, and what are you doing now?")
b2 = c("like lose some weight and feel less bloated. i do nothing rn lol, i sit at a desk all day at my internship", None)
b3b = t("Honest version: three sessions a week plus decent food usually means 6 to 8 pounds in 8 weeks, and you'll feel a lot better. Our 8-week starter is 3 small-group sessions a week for 199.")
b4b = c("ok thats realistic. 199 is a lot tho, i only get paid every 2 weeks", "no_money")
b3w = t("Oh, easy. With our 8-week program you'll drop 20 pounds and have abs by spring break, guaranteed. It's 3 small-group sessions a week for 199.")
b4w = c("20 pounds?? thats kinda sus. also 199 is a lot, i only get paid every 2 weeks", "no_money")
b5 = t("We can split it into two payments on your paydays. Want to try a free session Thursday at 6 first?")
b6 = c("ok thursday works", None)

# f03 student bank, fault: unexplained jargon
d0 = c("hey i got my first proper job and wanna start saving, whats the best account", None)
d1 = t("Congrats! Are you saving for something specific, and will you want to dip into it?")
d2 = c("a car probably in like a year. and i dont wanna touch it lol", None)
d3 = t("A car in a year, hands off. How often are you paid, and roughly how much could you put away?")
d4 = c("weekly, maybe 150 a week. i spend heaps on uber eats tho lol", None)
d5b = t("Then our Bonus Saver: it pays 5% a year as long as you add money and take none out that month; take some out and that month pays 0.5%. Move 150 each payday and you'll have about 7,800 plus interest by next year.")
d6b = c("oh sick thats easy. ok set it up", None)
d5w = t("Then our Bonus Saver: 5% p.a. variable, conditional on MDG and nil WDs in the period, base rate 0.5%, with an auto-sweep of 150 per pay cycle.")
d6w = c("sorry im lost, whats mdg lol. can u say it normal", None)

# f04 used car, fault: doubts the customer's honesty
e0 = c("hiya wanna part ex my corsa against the polo, its a 2013, never been crashed or anything", None)
e1 = t("Sure. How many miles is it on, and any warning lights or noises I should know about?")
e2 = c("like 78k. theres a scratch on the back bumper from a car park but thats it", None)
e3b = t("Thanks for being upfront about the scratch. Our tech does a 10-minute check; on what you've said I'd expect about 2,200 towards the Polo.")
e4b = c("2,200 is less than i wanted tbh, webuyanycar said 2,500", "too_expensive")
e3w = t("People always say never crashed, mate, we'll see what the tech finds. On what you've said maybe 2,200, but don't get your hopes up.")
e4w = c("i literally just told you it hasnt been crashed. and webuyanycar said 2,500", "too_expensive")
e5 = t("They often drop their number at inspection, but if they hold it, take it. Let's do our check and you'll have a firm number in writing to compare.")
e6 = c("fine, do the check", None)

# f05 festival, fault: vague next step
f0 = c("hey my wristband never showed up in the mail and the fest is in 9 days, i ordered in march", None)
f1 = t("Let's sort it. What's your order number and the address on the order?")
f2 = c("its 55109. address is my old dorm omg i just realized, i moved in may", None)
f3 = t("That explains it. It hasn't been activated, so I can cancel that wristband so nobody can use it and issue you a new one.")
f4 = c("ok yes pls. new address is 1420 elm st apt 3. will it get here in time", None)
f5b = t("I'm shipping it express today, arriving Tuesday, tracking by email tonight. If it's not there by Thursday, reply here and you'll collect at the box office with ID.")
f6b = c("ok perfect thank u", None)
f5w = t("We'll get a new one out to you and let you know. Should be fine.")
f6w = c("should be fine?? its 9 days away, i need like an actual date", None)

# f06 tattoo, fault: argues with the customer
g0 = c("hey wanna book a flash piece from ur insta, the little snake, on my ribs", None)
g1 = t("Love that one. Have you had ink before, and are you set on ribs?")
g2 = c("first one. ribs yeah cos i can hide it for work, im a receptionist", None)
g3b = t("Makes sense. Ribs are one of the spicier spots for a first, but it's small, so it won't take long.")
g4b = c("ok kinda scared of the pain lol but ribs is the only place i can hide it", None)
g3w = t("Honestly, ribs for a first one is a mistake. Do forearm, everyone regrets ribs, and hiding tattoos for work is pretty old-school now.")
g4w = c("my work is strict tho?? i didnt ask where to put it. ribs or nothing", None)
g5 = t("Ribs it is. About 40 minutes, 220 with a 50 deposit; eat beforehand and wear something loose. Thursday at 4 or Saturday at 10?")
g6 = c("220 is a bit more than i thought but ok, saturday 10", "too_expensive")

# f07 sneaker store, fault: talks about himself
h0 = c("yo u got the jordan 4s in a 9, need them for my cousins wedding lol, im in the wedding party", None)
h1 = t("Congrats to your cousin! We've got 4s in a 9 in the all-black and the white. What are you wearing with them?")
h2 = c("all black suit. the couple said sneakers are ok as long as they match", None)
h3b = t("Then the all-black, black on black. Want to try the 9? 4s can run a touch snug.")
h4b = c("yeah lemme try", None)
h3w = t("Love that. Funny, I wore 4s to my brother's wedding, the red ones, whole family roasted me, my mom still brings it up. My collection's like 40 pairs now.")
h4w = c("lol ok. can i try the black ones in a 9 tho", None)
h5 = t("Here you go. How do they feel around the toes?")
h6 = c("kinda tight ngl. and 215 is more than i wanted to drop for one day", "too_expensive")
h7 = t("Try a 9.5 then. For one day in an all-black suit, black Air Force 1s at 115 would match too.")

# f08 streaming, fault: unasked lecture
i0 = c("hey the app keeps crashing on my tv whenever i open live sport, its a hisense", None)
i1 = t("Annoying, sorry. Roughly what year is the TV, and does it crash anywhere else or only live sport?")
i2 = c("like 2019. just live sport, shows are fine", None)
i3 = t("Some 2019 TVs struggle with the newer video format live sport uses. Try updating the TV software, then reinstall the app. If that fails, a streaming stick usually fixes it.")
i4 = c("ok the update did nothing, still crashes. im not buying a stick tho im broke till payday", "no_money")
i5b = t("Understood. You can cast from your phone to that TV for free, the app supports it. I'll also log the crash with our TV team and email you when there's a fix.")
i6b = c("oh casting works! ok ty", None)
i5w = t("Understood. Honestly though, a lot of people your age stream sport on dodgy free sites, and that's piracy: it hurts the sport and puts malware on your phone. Legit is worth paying for.")
i6w = c("?? i literally pay for this. i just want it to work", None)

# f09 phone plan, fault: closes before checking the thing works
j0 = c("hi wanna switch to u guys, my friend pays way less. i live in a basement apartment tho and signal is already bad", None)
j1 = t("Happy to help. What are you paying now, and how much data do you use?")
j2 = c("like 70 with verizon. maybe 10 gigs, im on wifi a lot", None)
j3 = t("Our 15GB plan would be 35 with everything in.")
j4 = c("ok half price lol. but will it work in my basement, thats my main thing", None)
j5b = t("Let's check before you commit. What's your zip? Our map shows street level, and if your phone has wifi calling, calls come in over wifi even without signal. You also get 30 days to try it.")
j6b = c("oh wifi calling would fix it. zip is 60614", None)
j5w = t("It'll be fine, everyone loves our coverage. Let's get you ported over now. Can I grab your Verizon account PIN?")
j6w = c("i mean is it even gonna work down there. idk ill check the map myself first", "think_it_over")

# f10 phone repair, fault: recommends before asking
k0 = c("hey my phone battery dies by like lunchtime, its an iphone 13, can u fix that", None)
k1b = t("We can. How old is it, and did it start gradually, or suddenly after an update or a drop?")
k2b = c("2 years. kinda sudden like last month, after i went to the beach lol", None)
k1w = t("Yep, a new battery's 129, done in an hour. Want me to book it in?")
k2w = c("uh maybe. it kinda started suddenly last month after the beach tho, idk if its the battery", None)
k3 = t("Sudden after the beach, so let me check battery health and the charge port for sand first, five minutes, free.")
k4 = c("ok sure, im on my lunch break tho so quick pls", None)
k5 = t("Battery health is 84%, fine. But there's sand in the port and it's heating up. A port clean is 30; try that before a 129 battery.")
k6 = c("30 is heaps better than 129 lol. yeah do the clean", None)

PAIRS = [
  rpair(P + "f01_phoneshop_a55", "Phone shop, Liverpool UK: an apprentice asks the price of a phone in the window.",
        [a0, a1b, a2b, a3, a4, a5, a6], [a0, a1w, a2w, a3, a4, a5, a6]),
  rpair(P + "f02_gym_springbreak", "Gym, Miami US: an intern wants to get in shape in the 8 weeks before spring break.",
        [b0, b1, b2, b3b, b4b, b5, b6], [b0, b1, b2, b3w, b4w, b5, b6]),
  rpair(P + "f03_studentbank_firstsavings", "Bank chat, Perth AU: a young worker in a first full-time job wants to save for a car.",
        [d0, d1, d2, d3, d4, d5b, d6b], [d0, d1, d2, d3, d4, d5w, d6w]),
  rpair(P + "f04_usedcar_partex", "Used car dealer, Cardiff UK: a young driver wants to part-exchange a 2013 Corsa for a Polo.",
        [e0, e1, e2, e3b, e4b, e5, e6], [e0, e1, e2, e3w, e4w, e5, e6]),
  rpair(P + "f05_festival_wristband", "Festival support chat, US: a wristband went to an old dorm address 9 days before the festival.",
        [f0, f1, f2, f3, f4, f5b, f6b], [f0, f1, f2, f3, f4, f5w, f6w]),
  rpair(P + "f06_tattoo_ribsnake", "Tattoo studio, Newcastle AU: a first-timer books a small flash snake on her ribs to hide it at work.",
        [g0, g1, g2, g3b, g4b, g5, g6], [g0, g1, g2, g3w, g4w, g5, g6]),
  rpair(P + "f07_sneakers_wedding", "Sneaker store, New Jersey US: a groomsman needs sneakers to match an all-black suit.",
        [h0, h1, h2, h3b, h4b, h5, h6, h7], [h0, h1, h2, h3w, h4w, h5, h6, h7]),
  rpair(P + "f08_streaming_tvcrash", "Streaming service chat, Australia: the app crashes on a 2019 TV during live sport.",
        [i0, i1, i2, i3, i4, i5b, i6b], [i0, i1, i2, i3, i4, i5w, i6w]),
  rpair(P + "f09_phoneplan_basement", "Carrier chat, Chicago US: a customer switching to save money lives in a basement with poor signal.",
        [j0, j1, j2, j3, j4, j5b, j6b], [j0, j1, j2, j3, j4, j5w, j6w]),
  rpair(P + "f10_phonerepair_battery", "Phone repair kiosk, Sydney AU: an iPhone 13 battery dies by lunchtime since a beach trip.",
        [k0, k1b, k2b, k3, k4, k5, k6], [k0, k1w, k2w, k3, k4, k5, k6]),
]
