"""Ranked pairs f01-f10: both sides share every turn (the same Python objects) except one real fault in
`worse` and the customer's reaction to it. Written by hand for blind60."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer ----------------------------------------------
c0 = c("My gears keep slipping at the back, mainly when I stand up on hills. Can you fix it today? I ride for deliveries, "
       "no bike, no money.", None)
t1 = t("Let's have a look. When it slips, does it jump into another gear, or does the pedal suddenly go loose for a "
       "moment?")
c2 = c("Pedal goes loose, like it skips. Mostly on the small cogs, the ones I use most. I reckon the cable's stretched.",
       None)
t3b = t("Could be the cable, worth ruling out. Let me check... the cable's fine and the indexing's right. But look here: "
        "the chain's well stretched, and skipping under load on the cogs you use most is the classic sign of a worn chain "
        "and cassette.")
c4b = c("Huh. The shop I went to last month just adjusted the gears. So what does it cost?", None)
t3w = t("No, it's not the cable, that's what everyone says and it's almost never right. Look here: the chain's well "
        "stretched, and skipping under load on the cogs you use most is a worn chain and cassette. The cable's got "
        "nothing to do with it.")
c4w = c("Alright, no need to argue, I was only saying. The last shop said cable. So what does it cost?", None)
t5 = t("A new chain and cassette is 62 fitted. Leave it with me now and it'll be done in an hour.")
c6 = c("Sixty-two is most of a day's deliveries. Is there a cheaper way, just the chain?", "too_expensive")
t7 = t("A new chain on a worn cassette usually skips worse, so I wouldn't. With a cheaper cassette it's 48 all in; it "
       "won't last quite as long. Your call.")
PAIRS.append(rpair(
    "b60r_f01_bikeshop_slipping_gears",
    "Bike repair shop; a delivery rider's gears slip under load.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f02 doubts the customer's honesty ------------------------------------------
c0 = c("Hi, I need to make a claim. My flat was broken into yesterday. They took my laptop, a camera and some jewellery. "
       "The police have been.", None)
t1 = t("I'm sorry, that's a horrible thing to come home to. Are you safe now, and is the flat secure?")
c2 = c("Yes, the landlord fixed the door this morning. I'm just shaken. I've got a crime reference number.", None)
t3b = t("Good. Give me the crime reference and I'll attach it. Then for each item I'll need roughly when you got it and "
        "what it cost; receipts, bank statements or even photos of you with it all help.")
c4b = c("It's CR 4471 dash 23. I have the receipt for the laptop. The camera was a present, and the jewellery was my "
        "mum's, no receipts for that.", None)
t3w = t("Give me the crime reference. I'll be honest, we see a lot of claims where items get added after a break-in, so "
        "I'll need proof of everything. Were the camera and jewellery definitely in the flat?")
c4w = c("Are you saying I'm lying? It's CR 4471 dash 23. The jewellery was my mum's, there's no receipt, but yes, it was "
        "definitely there.", None)
t5 = t("For items without receipts, a photo of you wearing or using them, or a valuation, is enough; the camera's box or "
       "serial number helps too. Your excess is 100, and the laptop and camera are replaced new for old.")
c6 = c("The excess, is that taken off? I was hoping not to be out of pocket at all after this.", None)
t7 = t("It's taken off the total, so you'd get everything minus 100. I'll email a list of what to send; once it's in, a "
       "decision usually takes five working days.")
PAIRS.append(rpair(
    "b60r_f02_contentsinsurance_burglary",
    "Home-contents insurer's claims line; a young renter reports a burglary.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f03 drops the price before asking anything ---------------------------------
c0 = c("Good afternoon. We need the user manual of a medical device translated into German, French and Italian. About "
       "18,000 words. Could you give me a price?", None)
t1b = t("Certainly. A couple of questions first, as they change the price: is it for regulatory submission, needing "
        "medical-device translators and a certificate, and is the source in Word or InDesign?")
c2b = c("Yes, it's for the technical file, regulatory. Source is InDesign. And we have a glossary from the previous "
        "version.", None)
t1w = t("Certainly. For 18,000 words into three languages our standard rate is 0.14 a word, but I can do 0.11 for you "
        "straight away, so about 5,900. Is the source in Word or InDesign?")
c2w = c("That was quick, I haven't told you what it's for yet. It's regulatory, for the technical file, source is "
        "InDesign, and we have a glossary. Does your 0.11 include all that?", None)
t3 = t("Regulatory means two linguists per language, translation and independent review, plus a certificate of "
       "accuracy. The glossary and previous version lower the cost, as repeated text is charged less. To quote exactly I "
       "need the files, but expect around 0.16 a word with review and InDesign layout.")
c4 = c("0.16 is higher than the agency we used before. They were 0.12.", "too_expensive")
t5 = t("Did theirs include independent review? If their review was one person proofreading, that's the difference. "
       "Send me the InDesign package and the old translations and I'll give you a firm quote by Thursday, with the "
       "repetition discount shown separately.")
c6 = c("I'll check their quote again and send you the package. Thursday is fine.", "think_it_over")
PAIRS.append(rpair(
    "b60r_f03_translation_medical_manual",
    "Translation agency; a medical-device company's buyer asks for a price.",
    [c0, t1b, c2b, t3, c4, t5, c6],
    [c0, t1w, c2w, t3, c4, t5, c6]))

# f04 unasked lecture --------------------------------------------------------
c0 = c("Hello! I'd like to book a walking holiday, somewhere in Portugal maybe. I've not travelled on my own before, my "
       "husband always did the booking.", None)
t1 = t("Lovely. Walking holidays are a great way to travel solo, you're with a group but have your own room. How much "
       "walking do you do now, and at what sort of pace?")
c2 = c("I walk the dog an hour most days, hills sometimes. Nothing like mountains. And I'd want my own room, I snore.",
       None)
t3b = t("Then a moderate grade suits, 12 to 15 kilometres a day on paths. There's one on the Rota Vicentina coast, "
        "eight days, small group, single rooms, 1,640 with breakfasts and luggage transfers. Does that sound like the "
        "right level?")
c4b = c("That sounds perfect, actually. Is the single room extra?", None)
t3w = t("Then a moderate grade suits. Before we go on, I always tell solo travellers: get proper boots and break them "
        "in, drink plenty, never walk after dark, keep copies of your passport, and ladies on their own really must watch "
        "their drinks in bars. There's one on the Rota Vicentina coast, eight days, single rooms, 1,640.")
c4w = c("I've been walking for sixty years and I'm not going to any bars, dear. Is the single room extra?", None)
t5 = t("It's included in that price, which is why it's a bit more than the twin-share trips. Departures in May and "
       "September: May is wildflowers, September's a warmer sea.")
c6 = c("It's more than I was thinking, but May with the flowers... I'll talk to my daughter tonight and ring you "
       "tomorrow.", "think_it_over")
t7 = t("Of course. I'll email you the itinerary now so you can both look, and I'll note that you'd like May.")
PAIRS.append(rpair(
    "b60r_f04_travelagent_walking_holiday",
    "Travel agency; a widow books her first solo trip.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f05 vague next step --------------------------------------------------------
c0 = c("We've got eight forklifts, mix of electric and gas, and the current service company keeps missing visits. I "
       "want a quote for planned maintenance.", "bad_experience")
t1 = t("Missed visits hurt when trucks go down. How old are the trucks, and when one breaks down now, how long until "
       "someone comes?")
c2 = c("Four to nine years. Breakdowns, two or three days, sometimes a week. We've had to hire in, 400 a week a truck.",
       None)
t3 = t("So the real cost is downtime and hire-in, not the servicing. Our planned maintenance is every 500 hours with a "
       "24-hour breakdown response, about 480 per truck a year, and if we miss the 24 hours, the callout's free. I'd want "
       "to see the hour meters and service history first.")
c4 = c("That's about what we pay now, for a worse service. Fine, come and look.", None)
t5b = t("I can come Tuesday at 9 with our engineer; eight trucks takes about two hours. You'll have a written quote by "
        "Friday listing each truck's condition. Who should I ask for on site?")
c6b = c("Tuesday at 9's fine. Ask for me, Gary, at goods-in.", None)
t5w = t("Great, I'll speak to the team and someone will be in touch to arrange a visit, and we'll get a quote over to "
        "you in due course.")
c6w = c("'In due course' is exactly what the last lot used to say. When, roughly?", "bad_experience")
PAIRS.append(rpair(
    "b60r_f05_forklift_maintenance",
    "Forklift service company; a warehouse manager wants a maintenance quote.",
    [c0, t1, c2, t3, c4, t5b, c6b],
    [c0, t1, c2, t3, c4, t5w, c6w]))

# f06 over-promises ---------------------------------------------------------
c0 = c("Hi! I run a pottery studio, classes and some pieces for sale. My website is ancient and nobody finds it. I'd "
       "love a new one but I don't know what's realistic.", None)
t1 = t("Happy to help. Where do your bookings come from now, and how do people find you: search, Instagram, word of "
       "mouth?")
c2 = c("Instagram mostly, and word of mouth. People DM to book, which is chaos. On Google we're on page three for "
       "pottery classes in town.", None)
t3b = t("So the biggest win might be online class booking, so the DMs stop. On Google, a new site and a proper local "
        "listing usually help, but I can't promise positions; nobody honest can. I'd get your business profile and class "
        "pages right, and we'd track it for three months.")
c4b = c("That's honest. Booking would save my sanity. What would it cost?", None)
t3w = t("So the biggest win might be online class booking, so the DMs stop. And on Google, don't worry: we'll get you "
        "to number one for pottery classes within a month, guaranteed. We do it for all our clients.")
c4w = c("Number one in a month? Wow. That would change everything. What would it cost?", None)
t5 = t("A five-page site with class booking and payments is 2,400, or 1,800 if you use a booking tool you pay for "
       "monthly, about 25 a month.")
c6 = c("Oof. That's more than I've got this year, the kiln died in spring. Could we do it in stages?", "no_money")
t7 = t("We can. Stage one, the booking page and Google profile, for 900 now, and the rest in autumn. I'll send a "
       "two-stage proposal this week.")
PAIRS.append(rpair(
    "b60r_f06_webagency_pottery_studio",
    "Small web agency; a pottery studio owner wants a new site.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f07 closes before checking the thing works ---------------------------------
c0 = c("Hello, my café till is broken, I need new system this week. Something with card payments. How fast you can "
       "do?", None)
t1 = t("This week is possible. How many tills, and do you need table service or just the counter?")
c2 = c("One counter. Sometimes tables outside, I walk to them. I have card machine from my bank, contract until next "
       "year.", None)
t3 = t("So one counter, some table orders outside, and a bank card machine under contract until next year. Our system "
       "is 39 a month: the till and a tablet for taking orders at tables. It works with many bank terminals, but not "
       "all.")
c4 = c("39 a month, and I still pay the bank also... it's a lot for small café. But I need it this week. Okay, let's do "
       "it.", "too_expensive")
t5b = t("Good. Before I book anything, send me a photo of the label on your card machine; I'll check today that it "
        "connects, so you don't end up paying for two. If it does, installation Thursday.")
c6b = c("Here, I send now. Thursday morning before we open, please.", None)
t5w = t("Great! I'll email the contract now; sign it and I'll book installation for Thursday.")
c6w = c("And my bank machine, it works with yours, yes? I don't want to pay for two machines.", None)
PAIRS.append(rpair(
    "b60r_f07_cafe_till_system",
    "Point-of-sale supplier; a café owner needs a till this week.",
    [c0, t1, c2, t3, c4, t5b, c6b],
    [c0, t1, c2, t3, c4, t5w, c6w]))

# f08 recommends before asking ------------------------------------------------
c0 = c("Hi, we're redoing our bathroom and need floor tiles. We've been looking at the big grey ones online.", None)
t1b = t("Nice. Tell me about the bathroom: how big is the floor, is there underfloor heating, and who uses it? Kids, "
        "older people, anyone who might slip?")
c2b = c("It's small, about 4 square metres. No heating. My mum lives with us, she's 79, so slipping, yeah, that's a "
        "worry actually.", None)
t1w = t("Nice. The big grey ones are really popular. This polished porcelain, 60 by 120, is our bestseller, looks "
        "amazing in a bathroom, 42 a square metre. Shall I work out how many boxes?")
c2w = c("Polished... is that slippery? My mum lives with us, she's 79. The floor's small, about 4 square metres.", None)
t3 = t("For someone of 79 in a bathroom I'd go for a matt tile with an R10 or R11 slip rating; big polished tiles are "
       "slippery when wet. On a 4-metre floor, smaller tiles also mean more grout lines, which adds grip. This matt grey, "
       "30 by 60, is R11, 34 a metre.")
c4 = c("That's cheaper too. Does it come in a lighter grey? My wife will ask.", None)
t5 = t("It does, pale grey and stone. Take samples of both home, free, and see them in your own light. You'd need five "
       "square metres with cutting spare.")
c6 = c("Great, we'll take the samples and come back at the weekend.", "think_it_over")
PAIRS.append(rpair(
    "b60r_f08_tileshop_bathroom_floor",
    "Tile shop; a man choosing bathroom floor tiles for a home with an elderly mother.",
    [c0, t1b, c2b, t3, c4, t5, c6],
    [c0, t1w, c2w, t3, c4, t5, c6]))

# f09 unexplained jargon ------------------------------------------------------
c0 = c("Hello, I manage a physiotherapy clinic, three therapists. We had a scare, someone clicked an email and our "
       "booking system was locked for a day. The insurer says we need better security. I don't really know where to "
       "start.", None)
t1 = t("That sounds stressful. Was anything lost, or was it all back after the day? And what did the insurer actually "
       "ask for?")
c2 = c("It came back, thank God. The insurer sent a list, I've got it here: something about multi-factor, backups and "
       "training.", None)
t3b = t("Those three are the right start. Multi-factor means logging in needs your password plus a code on your phone, "
        "so a stolen password alone isn't enough. Backups are copies of your data kept separately so you can restore "
        "them. Training is a short session so staff spot fake emails. For four of you it's 600 to set up and 90 a month.")
c4b = c("Oh, that's clearer than the insurer's letter. 90 a month though, we're a small clinic.", "too_expensive")
t3w = t("Those three are the right start. We'd roll out MFA through an IdP with conditional access, immutable 3-2-1 "
        "backups with a 24-hour RPO, and phishing simulations through an LMS. For your seats it's 600 to set up and 90 a "
        "month.")
c4w = c("Sorry, I didn't understand most of that. And 90 a month, we're a small clinic.", "too_expensive")
t5 = t("Understood. The monthly part covers checking the backups actually work and keeping the training current; "
       "without it I'd show you how to do the checks yourself, but then it's on you. Many small clinics start with the "
       "set-up and add the monthly after a few months.")
c6 = c("Let me take it to the therapists on Monday. Can you put that in an email?", "think_it_over")
PAIRS.append(rpair(
    "b60r_f09_physioclinic_cybersecurity",
    "IT security firm; a physiotherapy clinic manager after a phishing scare.",
    [c0, t1, c2, t3b, c4b, t5, c6],
    [c0, t1, c2, t3w, c4w, t5, c6]))

# f10 talks about themselves --------------------------------------------------
c0 = c("Hello, I'm thinking of selling my house. I'm moving closer to my daughter in Bristol, she's just had a baby. It's "
       "a three-bed semi, I've been here twenty-two years.", None)
t1 = t("Congratulations on the grandchild. Is there a timeline: do you need to sell before you buy, or would you rent "
       "there first?")
c2 = c("I'd need to sell first, I can't carry two mortgages. Ideally by the summer, I'd like to be there for the first "
       "birthday.", None)
t3b = t("So a reliable buyer who can move quickly matters more to you than the last few thousand. Has anything been done "
        "to the house in twenty-two years: kitchen, boiler, roof? It affects the price and how fast it sells.")
c4b = c("New boiler three years ago. Kitchen's tired, though. Bathroom's okay.", None)
t3w = t("Lovely. I lived in Bristol myself for a couple of years, actually, my wife's from there; we were in Clifton, "
        "loved it, though the parking was a nightmare. I've been doing this nineteen years, sold over two hundred houses "
        "round here. Anything been done to the house?")
c4w = c("Right. Well. New boiler three years ago, kitchen's tired. I was asking about selling by the summer, though.",
        None)
t5 = t("Summer is realistic if we list within a month. I'd price it to attract buyers who are ready to go, rather than "
       "wait for a top-end offer. Our fee is 1.2% plus VAT, no sale, no fee.")
c6 = c("1.2%... the online lot do it for a flat fee, a fraction of that.", "too_expensive")
t7 = t("They do, and for some houses that's fine. With a summer deadline, the difference is that we do the viewings and "
       "chase the chain every week. I'll come and value it, no charge, and you can compare the figures side by side.")
PAIRS.append(rpair(
    "b60r_f10_estateagent_move_to_bristol",
    "Estate agent; a man selling to move near his new grandchild by summer.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))
