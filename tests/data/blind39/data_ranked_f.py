"""Ranked pairs f01-f05: sides nearly identical (shared turns are the same variables) except ONE real
fault in `worse`. Written by hand."""
from common import t, c, rpair

RPAIRS = []

# f01 -- Gothenburg, Sweden: hotel reception, guest who couldn't sleep, spoken. Fault: argues with the guest.
o = c("Hi, room 412. Sorry to complain, but I couldn't sleep at all. There's a humming noise all night, I "
      "think from the ventilation or the lift. I have a meeting at nine and I've had three hours of sleep.",
      None)
t3 = t("I have 708 on the top floor, facing the courtyard, far from the machinery. If you want to have a look "
       "first I can take you up now, otherwise I'll just move you.")
c4 = c("No time for that, honestly, the meeting is at nine. Just move me, I trust you.", "no_time")
t5 = t("Done. Leave your bag packed on the bed and it'll be in 708 by noon. Here's the new key, and "
       "breakfast today is on us.")
c6 = c("Thanks. That helps.", None)
RPAIRS.append(rpair(
    "f01_hotel",
    "A business guest at a Gothenburg hotel comes to reception in the morning after a sleepless night in "
    "his room; he has a meeting at nine and two more nights booked.",
    [o,
     t("Oh no, I'm sorry — that's a terrible night before a meeting. 412 is next to the plant room, we've "
       "heard that before. Let me find you something on a higher floor, away from it."),
     c("Thank you. Yes, something quiet please, I'm here two more nights.", None),
     t3, c4, t5, c6],
    [o,
     t("That's strange — 412 is one of our quiet rooms, and nobody has complained about it. The ventilation "
       "is turned down at night, so it really can't be that loud. Are you sure it wasn't the street?"),
     c("I know what I heard. A hum, inside the wall, all night. Why would I make that up? I'm here two more "
       "nights.", None),
     t3, c4, t5, c6]))

# f02 -- Bordeaux area, France: label printer (B2B), wine estate, spoken phone. Fault: haggles on price at once.
o = c("Allô, bonjour, Château Lamothe-Bergey here, I'm Claire, I handle the bottling. We need new labels for "
      "the 2022 vintage, about 12,000, with gold foil on the name. Another printer quoted us, but I want a "
      "second quote.", None)
t3 = t("Then I'd suggest a wet-strength textured paper with cold foil, it holds in ice water. I'll send you "
       "two printed samples so you can leave them in a bucket overnight yourself, with the quote, by Friday.")
c4 = c("Samples in the bucket, I like that. Friday is fine.", None)
t5 = t("Would it help if I came by the château next week to see the bottling line and your current labels?")
c6 = c("Not necessary, honestly. Send the samples and the quote, and I'll look at them.", "brush_off")
RPAIRS.append(rpair(
    "f02_labels",
    "The bottling manager of a wine estate near Bordeaux phones a label printer for a second quote on "
    "12,000 labels with gold foil.",
    [o,
     t("Bonjour Claire, happy to quote. So I get it right: same size as your current label, and which paper "
       "— something that survives ice buckets?"),
     c("Same size, 90 by 120. Textured, and yes, it must survive the buckets — the last ones peeled off in "
       "restaurants, it was embarrassing.", None),
     t3, c4, t5, c6],
    [o,
     t("Bonjour Claire. Whatever they quoted you, I'll beat it by ten percent, and I can add another five if "
       "you confirm this week."),
     c("Ten percent off what? You don't even know what we need yet. Same size, 90 by 120, textured, and it "
       "must survive ice buckets — the last ones peeled off in restaurants.", None),
     t3, c4, t5, c6]))

# f03 -- Hong Kong: dental clinic booking, typed chat. Fault: unasked lecture.
o = c("hi, want to book teeth cleaning. saturday morning possible? last time was... 2 yrs ago i think 😅",
      None)
t3 = t("Just your HKID. If you have dental insurance through work, bring the card, some plans cover part "
       "of it.")
c4 = c("no insurance. my company stopped it this year", None)
t5 = t("No problem. Booked: Saturday 11:30, Dr Chan, Causeway Bay clinic, 2/F. We send a reminder on "
       "Friday. Some people add whitening on the same visit, HK$1,800, just so you know it's there.")
c6 = c("whitening is too much money for me this month. just the cleaning pls", "no_money")
RPAIRS.append(rpair(
    "f03_dental",
    "A young office worker messages a Hong Kong dental clinic's chat to book a cleaning on Saturday; her "
    "last visit was about two years ago.",
    [o,
     t("Hi! Saturday we have 10:00 or 11:30 with Dr Chan. Since it's been a while we'll do a check-up too, "
       "about 45 min in total, HK$680. Which time suits you?"),
     c("11:30 pls. 680 ok. need to bring anything?", None),
     t3, c4, t5, c6],
    [o,
     t("Hi! 2 years is really too long, you should come every 6 months. Also please cut down on milk tea and "
       "sugary drinks and floss every night, otherwise you'll get gum disease. Saturday we have 10:00 or "
       "11:30 with Dr Chan, check-up + cleaning 45 min, HK$680."),
     c("ok ok i know 🙄 didnt ask for a lecture. 11:30 pls. need to bring anything?", None),
     t3, c4, t5, c6]))

# f04 -- Taichung, Taiwan: washing machine repair service, typed chat (LINE). Fault: no date for the fix.
o = c("hello, my washing machine leaking water from under, floor all wet. its your brand, bought 2021. i "
      "have twin babies, need to wash every day 😭 can someone come?", None)
t1 = t("So sorry! First please turn off the water tap behind the machine and unplug it. Can you send the "
       "model number? It's on the sticker inside the door.")
c2 = c("ok turned off. model WD-9 something, [photo]", None)
RPAIRS.append(rpair(
    "f04_washer",
    "A mother of twin babies messages an appliance brand's repair service on LINE: her washing machine, "
    "bought in 2021, is leaking onto the floor.",
    [o, t1, c2,
     t("Thanks, WD-9120. It's out of the 2-year warranty, so inspection fee NT$600, parts extra; leaks from "
       "underneath are usually the drain pump hose. A technician can come tomorrow, Wednesday, between 2 and "
       "5pm. Is that ok?"),
     c("tomorrow afternoon ok! someone is home", None),
     t("Great, he'll call 30 min before he arrives. If it's the pump hose, the total is about NT$1,500 with "
       "the fee."),
     c("1500... almost half a new one. ok let him check first, then i decide", "think_it_over")],
    [o, t1, c2,
     t("Thanks, WD-9120. It's out of the 2-year warranty, so inspection fee NT$600, parts extra; leaks from "
       "underneath are usually the drain pump hose. I've put in the request, a technician will contact you "
       "when one is available."),
     c("when is that?? today? next week? i need to wash every day, i have twins", None),
     t("Sorry, it depends on the technicians' schedule, they will call you. If it's the pump hose, the total "
       "is about NT$1,500 with the fee."),
     c("no day and 1500 on top... i'll ask my husband, maybe we just buy a new one", "think_it_over")]))

# f05 -- Bergen area, Norway: wedding photographer, chatty bride, spoken phone. Fault: talks about himself
# instead of the next step.
o = c("Hi! Is this Fjordlys Photography? I'm Ingrid, we're getting married on the 14th of June next year, in "
      "a little church in Os, and my friend Marte said you did her wedding and the photos made her mum cry. "
      "In a good way!", None)
t1 = t("Ha, that's the best review there is. Congratulations! The 14th of June — let me check... yes, still "
       "free. What kind of day are you planning — big, small, lots outdoors?")
c2 = c("About sixty guests, church at one, then the party at a boathouse by the fjord. We want natural "
       "photos, not so much posing. But, um, the budget is tight, my fiancé is a teacher and I'm finishing "
       "my master's.", None)
t3 = t("Natural is what I like best. My half-day package covers church to dinner, 18,500 kroner; the full "
       "day is 26,000.")
c4 = c("Hmm. 26,000 is more than we can do, to be honest. Half day could work, maybe.", "no_money")
RPAIRS.append(rpair(
    "f05_wedding",
    "A bride-to-be phones a wedding photographer near Bergen, recommended by a friend, about a date next "
    "June; the couple's budget is tight.",
    [o, t1, c2, t3, c4,
     t("Half day covers the important parts. Next step: I'll email you the contract and the half-day "
       "details today, and we do a 20-minute video call this week so I meet you both. A 3,000 deposit holds "
       "the date."),
     c("Perfect, Thursday evening works for both of us. Send it over!", None)],
    [o, t1, c2, t3, c4,
     t("Half day is how I started too, actually. I did my first wedding in 2011 after photo school in Oslo, "
       "then I spent two years in Iceland shooting landscapes, which really changed how I see light, and "
       "last year I won a Nordic wedding award for a boathouse series, funny enough..."),
     c("Oh wow, that sounds amazing. Sorry, so... what do we do now to keep the date? I don't want someone "
       "else to take it.", None)]))
