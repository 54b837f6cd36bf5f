from common import c, rpair, t

PAIRS = []

# f01: drops the price before asking anything
o = c("I want to cancel. My neighbour pays twenty-two quid with that other lot and I'm paying forty-one.", "too_expensive")
t2 = t("You're on the 900Mb package with the sports add-on. For telly and the iPad, the 150Mb without sports is 25 a month, same router, much like your neighbour's.")
c2 = c("I never watch the sports. Does the twenty-five have a contract?", None)
t3 = t("Eighteen months, no fee to change. I'll email you the breakdown so you can put it side by side with his.")
c3 = c("Go on then, email it.", None)
PAIRS.append(rpair("b118r_f01_wolverhampton_retention",
"Broadband retention line, Wolverhampton. Older man ringing to cancel over price.",
better=[o, t("I can help either way. Before anything, what do you use it for, and is the service itself alright?"),
 c("Service is fine. Me and the missus, the telly and the iPad. Forty-one's just daft.", "too_expensive"), t2, c2, t3, c3],
worse=[o, t("Let me stop you there, I can do it for 25 right now if you stay."),
 c("Twenty-five? So I've been overpaying all this time? Why's it forty-one, then?", None), t2, c2, t3, c3]))

# f02: doubts the customer's honesty
o = c("Hello, my gas bill says the reading is 4812 but my meter says 3960. I took a photo this morning.", None)
t1 = t("Thanks, Ewa, a photo helps. Can you upload it in the app so I can see the meter and the date?")
c1 = c("Yes, uploading now. It's there.", None)
t3 = t("I'll issue a corrected bill from 3960 today. It'll be about 180 less, and your direct debit will be recalculated.")
c3 = c("Okay. And I see the new bill in the app?", None)
t4 = t("Within three working days; I'll text you when it's there.")
PAIRS.append(rpair("b118r_f02_bangor_meterreading",
"Energy supplier phone line, Bangor (Co. Down). Polish customer disputing an estimated reading.",
better=[o, t1, c1, t("Got it, 3960, clear as day. So the 4812 was an estimate, about 850 units too high."),
 c("Yes. So the bill will be lower?", None), t3, c3, t4],
worse=[o, t1, c1, t("I can see it. To be honest, people do sometimes send old photos to lower their bill. Are you sure this was taken today?"),
 c("Of course today, the date is on it. Why would I lie about this?", None), t3, c3, t4]))

# f03: an unasked lecture
o = c("Hi, the doctor says my blood pressure's up and I need to move more. I want to join, but nothing too much.", None)
t1 = t("Good on you for coming in. What sort of moving do you enjoy, or used to?")
c1 = c("Cricket, when I was younger. Now I walk to the bus, that's it. I'm on my feet all day in a warehouse.", None)
t3 = t("Saturday at nine there's a gentle over-50s circuit, and membership's 24 a month, no contract. Want to try one free this Saturday?")
c3 = c("Twenty-four a month... alright, I'll try the free one and see.", "think_it_over")
PAIRS.append(rpair("b118r_f03_lewisham_bloodpressure",
"Gym, Lewisham. Jamaican-born warehouse worker told by his GP to exercise.",
better=[o, t1, c1, t("On your feet all day, but not much that gets the heart going. With blood pressure, steady work like the bike or the pool is a good start, guided by what your doctor said."),
 c("Steady is good. I don't want to be jumping around with young people.", None), t3, c3],
worse=[o, t1, c1, t("Okay. Honestly, the gym's only half of it. Blood pressure's mostly diet: cut the salt, the fried food, the rum too, I'm guessing. Most of my clients eat terribly."),
 c("I didn't come for a lecture on my dinner, man. I came to join a gym.", None), t3, c3]))

# f04: unexplained jargon
o = c("So what did the test show, love? I've been struggling to read the telly listings.", None)
t1 = t("Your reading has changed a fair bit since last time, which explains the listings. Your distance vision's still good.")
c1 = c("That's a relief. I thought I was going blind.", None)
t3 = t("With one pair, varifocals take a week or two to get used to, and start at 149 with your NHS voucher off. Reading-only glasses would be 45.")
c3 = c("149's a lot. I'll have a word with my husband.", "think_it_over")
t4 = t("Of course. I'll write both prices down so you can show him.")
PAIRS.append(rpair("b118r_f04_nottingham_varifocals",
"Opticians, Nottingham. Woman in her seventies hearing her eye test results.",
better=[o, t1, c1, t("Not at all. You could have glasses just for reading, or one pair for both, called varifocals, where the bottom of the lens is for close up. Depends if you're fed up swapping pairs."),
 c("I'm always losing my reading ones. One pair sounds better.", None), t3, c3, t4],
worse=[o, t1, c1, t("Not at all. Your add's gone up to plus 2.50, so you'd suit a progressive, ideally a freeform design with a wider intermediate corridor."),
 c("I don't know what any of that means, love. Is it one pair or two?", None), t3, c3, t4]))

# f05: over-promises
o = c("Hello, I'm thinking of selling my house on Kingston Road. Three-bed terrace. What would you put it on for?", None)
t1 = t("Thanks for coming in. Has anything been done to it recently, and when are you hoping to move?")
c1 = c("New kitchen two years ago, new boiler. I want to move by summer. My daughter's in Leicester with the grandchildren.", None)
t3 = t("I'll send you tonight the sales on your road from the last two years, and our fees: 1.2% plus VAT, no sale no fee.")
c3 = c("Let me see the figures, and I'll talk to my son before I sign anything.", "think_it_over")
PAIRS.append(rpair("b118r_f05_ilford_valuation",
"Estate agent, Ilford. Bangladeshi homeowner in his sixties asking for a valuation.",
better=[o, t1, c1, t("From the last three sales on your road, I'd market it at 510,000. Similar houses took about ten weeks to find a buyer, so summer is realistic, not guaranteed."),
 c("Ten weeks. My neighbour's agent told him 540.", None), t3, c3],
worse=[o, t1, c1, t("Honestly? I'll get you 550,000, and have it sold inside two weeks. Guaranteed, we've buyers waiting."),
 c("Five-fifty in two weeks? Number 40 sat four months at 520.", None), t3, c3]))

# f06: a vague next step
o = c("Hi, I hired a car from your Belfast city depot for four days and it broke down on the second day near Ballycastle. I lost a whole day.", None)
t1 = t("I'm sorry, that's a miserable way to spend a day. Booking reference, and how long were you waiting?")
c1 = c("BF22917. Five hours at the side of the road with my two kids. The replacement only came next morning.", None)
t3 = t("I've noted it all on your booking, the five hours and the late replacement.")
c3 = c("Good. Because I won't hire from you again if this isn't sorted.", None)
PAIRS.append(rpair("b118r_f06_belfast_breakdown",
"Car hire customer line, Belfast. Nigerian nurse whose hire car broke down on the north coast.",
better=[o, t1, c1, t("Five hours with the kids, and no car till next day. I'm refunding 52 for the lost day to your card today, and Aisling in customer relations will ring you by Friday about the waiting time."),
 c("By Friday. Okay, that's something.", None), t3, c3],
worse=[o, t1, c1, t("Five hours with the kids, that's awful. I'll pass it to the relevant team and someone will be in touch."),
 c("Someone? When? Another hire company told me that once, and nobody ever rang.", "bad_experience"), t3, c3]))

# f07: argues with the customer
o = c("Morning. I'm after a recliner for my back. Nothing with buttons, mind.", None)
t1 = t("Morning. What's the back trouble, and how long do you sit in the day?")
c1 = c("Lower back, sciatica. I'm in the chair most afternoons watching the racing.", None)
t3 = t("Sit in this one: lever at the side, firm lumbar cushion, and a higher seat so you can get up easy. It's 429 delivered.")
c3 = c("Oof, that's comfy. 429's more than I wanted, mind.", "too_expensive")
t4 = t("Same frame in fabric rather than leather is 339. Want to try that one too?")
PAIRS.append(rpair("b118r_f07_stoke_recliner",
"Furniture showroom, Stoke-on-Trent. Retired man with sciatica wanting a recliner.",
better=[o, t1, c1, t("Then firm support low down, and a seat high enough to get up from. A manual one works off a simple lever."),
 c("A lever I can manage.", None), t3, c3, t4],
worse=[o, t1, c1, t("Honestly, you're wrong about buttons. Powered ones are better for backs; with a lever you're yanking on it every time."),
 c("I've had a powered one. The motor went in a year and it stuck halfway. I know what I'm on about.", "bad_experience"), t3, c3, t4]))

# f08: recommends before asking
o = c("Alright. I need a new phone, this is the third one I've smashed this year.", None)
t2 = t("Then a rugged phone makes more sense. This Samsung XCover is drop-proof to 1.5 metres, with a swappable battery and a decent camera for job photos. 260, or 18 a month.")
c2 = c("That's more like it. Does it take a case with a clip?", None)
t3 = t("Yes, a belt-clip case is 20. Want to hold it?")
c3 = c("Go on.", None)
PAIRS.append(rpair("b118r_f08_hackney_rugged",
"Mobile phone shop, Hackney. Irish roofer who keeps breaking phones.",
better=[o, t("Three this year, ouch. How are they breaking, and what do you use it for in the day?"),
 c("Dropping them on site, I'm a roofer. Calls, WhatsApp, photos of jobs for quotes, that's it.", None), t2, c2, t3, c3],
worse=[o, t("You'll want the new iPhone Pro, it's got the toughest glass on the market."),
 c("On a roof? I'm not spending a grand to smash it off a scaffold. I use it for calls and photos of jobs.", "too_expensive"), t2, c2, t3, c3]))

# f09: talks about themselves
o = c("Hello, I want to send a parcel to my son in Perth. Australia, not Scotland. A few bits for the baby.", None)
t1 = t("Lovely. What's in it, and roughly how heavy?")
c1 = c("Baby clothes, a blanket his mother knitted, and a jar of Armagh honey. About three kilo.", None)
t3 = t("Then tracked is safer, about 5 days, 71. Standard is 48 but 10 days, cutting it fine for the 20th. And Australia won't let honey in, so customs could hold the whole parcel.")
c3 = c("Ach, the honey's out then. Seventy-one is dear, but go on, tracked.", "too_expensive")
PAIRS.append(rpair("b118r_f09_omagh_australia",
"Courier counter, Omagh. Retired man sending a parcel to his son's family in Australia.",
better=[o, t1, c1, t("For the baby, lovely. Is it for a date, a christening or a birthday?"),
 c("The christening's on the 20th.", None), t3, c3],
worse=[o, t1, c1, t("Perth! My cousin's out there. I went in 2019, the heat nearly killed me, ten hours to Dubai and eleven more. Never again."),
 c("Aye, well. The christening's on the 20th, and I've the bus at half two.", None), t3, c3]))

# f10: closes before checking it works
o = c("Are you finished? My daughter needs the internet upstairs for her exams, that's why we changed.", None)
t1 = t("Nearly. Router's in and the line's live. Where upstairs does she study?")
c1 = c("Back bedroom, at the end. The old internet never reached.", None)
t3 = t("Back bedroom's now 140 megs with the booster on the landing. Try a video on her laptop.")
c3 = c("It's working. She'll be happy. Where do I sign?", None)
PAIRS.append(rpair("b118r_f10_sparkhill_install",
"Broadband installation visit, Birmingham (Sparkhill). Bangladeshi father whose daughter studies upstairs.",
better=[o, t1, c1, t("Let me test it in there before I go. Only 8 megs in the back room, so I'll fit the booster plug on the landing; it's included."),
 c("Yes, please. Try it again.", None), t3, c3],
worse=[o, t1, c1, t("Should be fine, it's a strong router. If you just sign here to say the job's complete, I'll get off."),
 c("Should be? The last company said that and it never worked up there. Check it first.", "bad_experience"), t3, c3]))
