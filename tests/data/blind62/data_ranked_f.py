"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for blind62."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer - roofer, Cork (Ireland)
c1 = c("Hi, I've a damp patch on the bedroom ceiling since the storm last week. I think a slate's come off, you can see a gap from the garden.", None)
t1 = t("Sorry to hear that. Is the damp patch growing, and is it under the gap you can see, or somewhere else?")
c2 = c("It's right under it more or less, about the size of a dinner plate. It gets darker when it rains.", None)
t3 = t("I could come Thursday morning. A slate replacement is usually 120 to 180 including the call-out; if it turns out to be the flashing, I'll show you photos and quote before touching anything.")
c4 = c("Thursday's fine. I'll be honest though, I'm getting one other quote as well.", "think_it_over")
t4 = t("No problem at all. I'll text you Wednesday evening with a time.")
PAIRS.append(rpair(
    "b62r_f01_cork_roofer_slate",
    "Roofer, Cork (Ireland): a homeowner reports a damp patch under a gap in the slates after a storm. Fault in worse: the roofer argues with the customer's own observation.",
    better=[c1, t1, c2,
            t("Then a slipped slate is the likely cause, though the flashing nearby can do the same. I'll know for sure once I'm up there."),
            c("Grand. When could you come?", None),
            t3, c4, t4],
    worse=[c1, t1, c2,
           t("I doubt it's a slate, to be honest. Slates don't give you a patch that size, it's the flashing nine times out of ten. You can't really tell from the garden."),
           c("Well, I can see the gap with my own eyes, so. Anyway, when could you come?", None),
           t3, c4, t4],
))

# f02 doubts the customer's honesty - phone repair shop, Kuala Lumpur (Malaysia)
c1 = c("Hi, I repaired my screen here three weeks ago. Now the bottom part, the touch is not working, I cannot type the letters z x c.", None)
t1 = t("Sorry about that, let me have a look... yes, the bottom row isn't responding. Has it had any drops or water since the repair?")
c2 = c("No drop. It's always in the case. Only normal use.", None)
t3 = t("Changing it takes about an hour. You can wait here or come back later.")
c4 = c("An hour is long, I have to go back to office now. Can I come after five?", "no_time")
t4 = t("Yes, we're open until nine. Leave it with me and bring the receipt from the first repair when you collect.")
PAIRS.append(rpair(
    "b62r_f02_kualalumpur_phone_screen_warranty",
    "Phone repair kiosk, Kuala Lumpur (Malaysia): the touch on a screen replaced three weeks ago has stopped working along the bottom. Fault in worse: the technician doubts the customer's honesty.",
    better=[c1, t1, c2,
            t("Okay, thank you. Sometimes a replacement screen has a weak touch layer, and that's covered by our 90-day warranty, so there's no charge."),
            c("Oh good. How long does it take?", None),
            t3, c4, t4],
    worse=[c1, t1, c2,
           t("Hmm. Honestly, people often say that, and then we open it and find a crack inside. Are you really sure it never fell? These screens don't just stop by themselves."),
           c("I told you, it never fell. Why I would lie? Okay, so how long does it take?", None),
           t3, c4, t4],
))

# f03 drops the price before asking anything - CRM software, Warsaw (Poland)
c1 = c("Hi, I manage a sales team of twelve at a logistics company in Warsaw. We use Excel and it's chaos. I saw your CRM on LinkedIn, can you tell me more?", None)
t2 = t("So calls duplicated, promises lost, and no view of the pipeline. Our CRM gives each client one owner, logs every call and email, and shows a live pipeline board. Would you like to try it with your team's real clients for two weeks?")
c3 = c("Maybe. The team hates new tools, last time we tried one they stopped using it after a month.", "bad_experience")
t3 = t("That happens a lot. We'd do a one-hour setup with your team and import your Excel, so on day one they see their own clients. If after two weeks nobody's using it, you walk away.")
c4 = c("Okay. Let me check with my director, he signs off budgets.", "think_it_over")
t4 = t("Of course. I'll send you a one-page summary for him with the price per user and what the trial includes.")
PAIRS.append(rpair(
    "b62r_f03_warsaw_crm_sales_team",
    "CRM software vendor, Warsaw (Poland): a sales manager with twelve reps working from Excel asks about the CRM. Fault in worse: a discount offered before a single question.",
    better=[c1,
            t("Sure. What does the chaos look like day to day - what goes wrong with Excel?"),
            c("Two people call the same client, nobody knows who promised what. And I can't see the pipeline without asking everyone.", None),
            t2, c3, t3, c4, t4],
    worse=[c1,
           t("Sure! And just so you know, I can do 30 percent off the first year for you right away, so it's only 28 euros per user. What goes wrong with Excel?"),
           c("Uh, okay, I don't know the normal price yet. Well, two people call the same client, nobody knows who promised what, and I can't see the pipeline without asking everyone.", None),
           t2, c3, t3, c4, t4],
))

# f04 an unasked lecture - outdoor gear shop, Queenstown (New Zealand)
c1 = c("Hi, I need a rain jacket. I'm doing the Routeburn Track next week and I only have a thin one.", None)
t1 = t("Good timing to sort it. How many days, and are you in huts or camping?")
c2 = c("Three days, huts. I'm from Singapore, so I'm not so used to the cold.", None)
t3 = t("This one is 349 - fully waterproof, taped seams, packs small. This one is 229, a bit heavier but just as waterproof.")
c4 = c("349 is a lot for three days of walking, back home I will never wear it. Something cheaper?", "too_expensive")
t4 = t("Then the 229 does the job. Or we hire jackets, 45 for the week, which might suit you better.")
PAIRS.append(rpair(
    "b62r_f04_queenstown_outdoor_rain_jacket",
    "Outdoor gear shop, Queenstown (New Zealand): a visitor from Singapore needs a rain jacket for a three-day hut walk. Fault in worse: an unasked lecture about unprepared tourists.",
    better=[c1, t1, c2,
            t("Three days in huts, and not used to the cold. The weather up there turns fast even in summer, so I'd go for a proper waterproof shell with an adjustable hood, and warm layers underneath."),
            c("Okay, what do you have?", None),
            t3, c4, t4],
    worse=[c1, t1, c2,
           t("Right, well, I have to say, a lot of tourists turn up totally unprepared and end up getting rescued. Hypothermia is no joke - every year someone gets caught on the Harris Saddle in a cotton hoodie. You really have to take these mountains seriously. Anyway, a proper waterproof shell with a hood, and layers underneath."),
           c("Okay... I did read about it, I'm not planning to wear cotton. What do you have?", None),
           t3, c4, t4],
))

# f05 a vague next step - commercial cleaning, Dubai (UAE)
c1 = c("Hello, I manage an office in Business Bay, about forty staff. Our current cleaning company keeps sending different people and the kitchen is never done properly. I'm looking for a new company.", None)
t1 = t("Sorry to hear that. How big is the office, and when would you want the cleaning - during the day or after hours?")
c2 = c("About 600 square metres. After 6 pm is best. And the same person every day, please.", None)
t2 = t("So 600 square metres, after six, the same cleaner each day, and the kitchen done properly. We assign a fixed team of two, and a supervisor checks the kitchen against a checklist. For daily cleaning of that size it's around 6,500 dirhams a month.")
c3 = c("6,500 - our current one is 5,000. I would need a good reason to pay more.", "too_expensive")
PAIRS.append(rpair(
    "b62r_f05_dubai_office_cleaning",
    "Commercial cleaning company, Dubai (UAE): an office manager wants a reliable cleaner with the same staff every day. Fault in worse: a vague next step.",
    better=[c1, t1, c2, t2, c3,
            t("The difference is the fixed team and the supervisor checks. We can do a two-week trial at the price you pay now. I'll come myself on Sunday at 4 pm to measure, send the written quote by Tuesday, and the trial can start the Sunday after."),
            c("Sunday at 4 is good. I'll meet you at reception.", None)],
    worse=[c1, t1, c2, t2, c3,
           t("The difference is the fixed team and the supervisor checks. We can do a two-week trial at the price you pay now. We'll get someone to come out at some point and let you know about the quote - someone will be in touch."),
           c("At some point? My contract ends this month. Okay... I'll wait, but I'm asking two other companies also.", "think_it_over")],
))

# f06 over-promises - moving company, Prague (Czech Republic)
c1 = c("Dobry den, hello. We move from Prague to Vienna on the 28th. Three-bedroom flat, fourth floor, and there's an old upright piano. Can you do it?", None)
t1 = t("Dobry den. We can look at it. Is there a lift in the Prague building, and what's the access like in Vienna?")
c2 = c("A lift in Prague, but small - the piano won't fit. In Vienna it's second floor, no lift, old building with a narrow staircase.", None)
t2 = t("So a small lift in Prague, the piano down four floors of stairs, and a narrow staircase in Vienna. For the flat itself, loading on the 28th and delivering on the 29th, it's about 58,000 crowns with packing.")
c3 = c("58,000, okay, that's in the range we expected. But the piano - it was my grandmother's, it's important.", None)
t4 = t("I'll email you everything in writing today, with the dates and what's included.")
PAIRS.append(rpair(
    "b62r_f06_prague_movers_piano",
    "Removal company, Prague (Czech Republic): an international move to Vienna with a grandmother's piano and narrow stairs. Fault in worse: the mover over-promises.",
    better=[c1, t1, c2, t2, c3,
            t("I understand. We don't carry pianos down four floors ourselves; we use a specialist team, and they need photos of the Vienna staircase to say if it fits. If it's too tight it sometimes goes in through a window with a lift, which costs extra. I'll send you their estimate within two days."),
            c("Thank you for being honest. I'll send you the photos tonight.", None),
            t4],
    worse=[c1, t1, c2, t2, c3,
           t("Don't worry at all, we move pianos all the time. I guarantee it fits, no damage, no extra cost, and everything will be in Vienna on the 28th itself - one day, door to door."),
           c("Really? Everything in one day, and it fits for sure? Another company said the staircase could be a problem... I'll have to think about it.", "think_it_over"),
           t4],
))

# f07 closes before checking the thing works - card terminal provider, Athens (Greece)
c1 = c("Yia sas. I have a cafe in Koukaki, and I need a card machine that works outside on the terrace. Now I have one with a cable, the customers must come inside to pay.", None)
t1 = t("Makes sense, nobody wants to walk inside to pay. How far is the terrace from your router, and do you use a till system at the counter?")
c2 = c("The terrace is across the street, in the square, maybe 25 metres. The till is from a Greek company, Epsilon something. It prints the receipt for the tax office.", None)
t2 = t("So 25 metres across the street, and a till that prints the tax receipts. Our portable terminal works on Wi-Fi or a 4G SIM, so with 4G the distance is no problem. It's 19 euros a month plus 1.2 percent per transaction.")
c3 = c("1.2 percent, my bank takes 1.5, so that's okay. But does it connect with my till? My accountant says everything must go through the till for the tax.", None)
t4 = t("Okay. I'll email you the details and the price today.")
PAIRS.append(rpair(
    "b62r_f07_athens_cafe_card_terminal",
    "Card payment provider, Athens (Greece): a cafe owner needs a portable terminal for a terrace across the street that must link to a fiscal till. Fault in worse: asks for the signature before checking that it works with the till.",
    better=[c1, t1, c2, t2, c3,
            t("That's the key question. I'll check with our integrations team whether it links with your till model - send me a photo of the till's label and I'll confirm by tomorrow. Then I bring a demo terminal so you take a real payment on the terrace before you sign anything."),
            c("Good, I'll send the photo now. Come tomorrow afternoon, after three it's quiet.", None),
            t4],
    worse=[c1, t1, c2, t2, c3,
           t("It should be fine, most of them work. Shall we sign the contract now? I can have the terminal delivered by Friday."),
           c("Should be? If it doesn't work with the till, I have problems with the tax office. I'll wait and ask my accountant first.", "think_it_over"),
           t4],
))

# f08 recommends before asking - outdoor store, Denver (USA)
c1 = c("Hey, I need some hiking boots. My old sneakers aren't cutting it anymore.", None)
t2 = t("Day hikes and summer fourteeners, with wide feet. Then a mid-height boot with a wide toe box is the sweet spot - enough support on loose rock, light enough for Chautauqua. These two come in wide: one at 165, one at 210.")
c3 = c("Can I try both? And honestly I was hoping to stay under 150.", "no_money")
t3 = t("Try both and walk the ramp over there. If the 165 fits best, it's on sale next week for 139, and I can hold a pair for you.")
c4 = c("Oh nice. Yeah, the 165s feel great. Hold them for me.", None)
PAIRS.append(rpair(
    "b62r_f08_denver_hiking_boots",
    "Outdoor store, Denver (USA): a day hiker with wide feet needs boots. Fault in worse: the assistant recommends a top mountaineering boot before asking anything.",
    better=[c1,
            t("Sure thing. What kind of hiking are you doing - day hikes on trails, or longer trips with a pack? And any foot issues?"),
            c("Mostly day hikes, like Chautauqua and some of the fourteeners in summer. I've got wide feet, most boots kill me.", None),
            t2, c3, t3, c4],
    worse=[c1,
           t("Sure thing. You want these - the Summit Pro, full leather, stiff sole, crampon-compatible. Best boot we sell, 329. What kind of hiking are you doing?"),
           c("Uh, crampons? I'm not climbing Everest, I don't need that. Mostly day hikes, Chautauqua and some fourteeners in summer. And I've got wide feet, most boots kill me.", "no_need"),
           t2, c3, t3, c4],
))

# f09 unexplained jargon - pension adviser, Zurich (Switzerland)
c1 = c("Gruezi. I'm 45, I work in pharma in Basel, and my colleague said I should put extra money into my pension to save tax. I don't really understand how it works.", None)
t1 = t("Gruezi. Happy to explain. Do you have the statement from your employer's pension fund with you? And is it mainly the tax saving you're after, or your income in retirement?")
c2 = c("Both, I suppose. I have the statement here. I have maybe 30,000 francs of savings I could use.", None)
t3 = t("That's important. If a flat in two years is likely, paying 30,000 into the pension now and then using pension money for the flat would cost you the tax saving. A pillar 3a account - a private pension account - is more flexible: up to about 7,000 a year, also tax-deductible, and usable for buying a home.")
c4 = c("Okay, that makes sense. I want to talk with my wife before we decide anything.", "think_it_over")
t4 = t("Of course. I'll email you both options with the numbers, and we can meet again with your wife if that helps.")
PAIRS.append(rpair(
    "b62r_f09_zurich_pension_buyin",
    "Independent pension adviser, Zurich (Switzerland): an employee asks whether to pay extra into his occupational pension to save tax. Fault in worse: unexplained jargon.",
    better=[c1, t1, c2,
            t("Thanks. Your statement shows how much extra you're allowed to pay in - here about 120,000, because of years you weren't in Switzerland. What you pay in is deducted from taxable income, so 30,000 could save roughly 8 to 10 thousand in tax this year. The catch: the money is locked until retirement, and if you take pension money out for a home within three years, the tax saving is clawed back."),
            c("Ah, locked. We were thinking about buying a flat in two years.", None),
            t3, c4, t4],
    worse=[c1, t1, c2,
           t("Thanks. Your Einkaufspotenzial is about 120,000, so you can do a voluntary Einkauf into the ueberobligatorisch part. It's fully deductible, but remember the Umwandlungssatz on the Ueberobligatorium is lower, and there's the three-year Sperrfrist for a WEF-Vorbezug."),
           c("Sorry, I understood maybe half of that. What is a Sperrfrist? We were thinking to buy a flat in two years, is that a problem?", None),
           t3, c4, t4],
))

# f10 talks about themselves - event caterer, Cape Town (South Africa)
c1 = c("Hi, I'm planning my husband's sixtieth in Constantia, in February. About eighty people. I'm looking for a caterer.", None)
t1 = t("Lovely. What kind of feel are you after - a sit-down dinner, a braai, canapes? And any dietary needs among the guests?")
c2 = c("Relaxed, outdoors, in our garden. Half the family is Muslim, so halal is a must, and a few vegetarians.", None)
t3 = t("450 works for a braai menu with salads and dessert. Our kitchen is halal-certified, and I'll send you the certificate. Service staff would be extra, about 6,000 for the evening.")
c4 = c("6,000 for staff on top? Hmm, no, my nephews can serve, they'll be there anyway.", "no_need")
t4 = t("That works. I'd just leave one of ours to run the braai, about 1,200. I'll send you a menu and quote by Friday.")
PAIRS.append(rpair(
    "b62r_f10_capetown_caterer_sixtieth",
    "Event caterer, Cape Town (South Africa): a wife plans a relaxed halal garden party for 80 guests. Fault in worse: the caterer talks about himself.",
    better=[c1, t1, c2,
            t("So relaxed, outdoors, in your garden, halal throughout with some vegetarian options. I'd suggest a halal braai with a couple of big salads and a vegetarian station, so people can mingle. Do you have a budget per head in mind?"),
            c("About 450 rand per head, if that's realistic.", None),
            t3, c4, t4],
    worse=[c1, t1, c2,
           t("Relaxed outdoor is my favourite. I've been doing this twenty-two years - started at the Mount Nelson, then had my own restaurant in Woodstock, we won best newcomer in 2011. I've catered for two ministers and a Springbok's wedding, actually. Do you have a budget per head in mind?"),
           c("Congratulations... Um, about 450 rand per head, if that's realistic. And it has to be halal, did you get that part?", None),
           t3, c4, t4],
))
