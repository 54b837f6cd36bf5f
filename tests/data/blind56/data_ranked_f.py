"""Ranked pairs f01-f10 (b56): the sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 office coffee machine, Nairobi -- fault: argues with the customer
o = c("Hello, we are an office of 30 people in Westlands. We want a proper coffee machine, not the sachets any more.", None)
t1 = t("Good. How many coffees a day, roughly? And is it mostly coffee, or tea too?")
c1 = c("Maybe 60 coffees. Tea they make with the kettle. We had a bean machine before from another company, it was always breaking, the milk part.", "bad_experience")
t3 = t("A week is too long. Our service is next working day, and we show one person in the office the two-minute milk clean. For 60 cups, this model is 6,500 shillings a month with service, beans separate.")
c3 = c("6,500, okay, that is near what we budgeted. I need to show my manager the contract.", "think_it_over")
t4 = t("I'll email it today. And we can bring the machine for a one-week trial, so people can taste before he signs.")
PAIRS.append(rpair(
    "b56r_f01_nairobi_officecoffee",
    "An office administrator in Nairobi wants a bean-to-cup machine after a bad run with another supplier.",
    better=[o, t1, c1,
            t("The milk system is where most of them fail. When it broke, how long did they take to come and fix it?"),
            c("One week each time. One week with no coffee, people were very unhappy.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Honestly, bean machines don't just break. If the milk part failed, it wasn't being cleaned. It's usually the office, not the machine."),
           c("We cleaned it! The cleaning lady did it every evening. Three times it broke, and each time they came after one week.", None),
           t3, c3, t4],
))

# f02 returns desk, home improvement store, Calgary -- fault: doubts the customer's honesty
o = c("Hi. I bought this pressure washer two weeks ago. Used it two times, now the motor makes noise but no water pressure.", None)
t1 = t("Sorry about that. Do you have the receipt, or the card you paid with?")
c1 = c("Here is receipt. I washed the deck, then the car, then it stopped.", None)
t3 = t("Okay. You can have a new one, same model, or your money back, whichever you prefer.")
c3 = c("Same model, I think it is ok, this one was maybe bad luck. But I don't want to lose another weekend.", None)
t4 = t("Fair. Take the new one, and test it here at the tap by the garden centre before you drive home, two minutes.")
PAIRS.append(rpair(
    "b56r_f02_calgary_pressurewasher",
    "A Ukrainian newcomer in Calgary returns a pressure washer that lost pressure after two uses.",
    better=[o, t1, c1,
            t("Deck then car, that's what it's made for. When it stopped, did the water go weak slowly, or all at once?"),
            c("All at once. The motor is running, but the water comes like from a garden hose.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Are you sure you didn't run it without the water connected? People do that and then bring them back saying it broke."),
           c("No! I connected the hose every time, I read the instructions. Why would I lie about this?", None),
           t3, c3, t4],
))

# f03 website for a guesthouse, Kotor -- fault: drops the price before asking anything
o = c("Hello, I have a guesthouse in Kotor, 6 rooms. I want a website so guests book direct, not always through the big booking site, they take 17 percent.", None)
t2 = t("Then the site's first job is to get the repeat guests and the people from Facebook to book direct, with a simple calendar linked to the booking site so you never get double bookings. Do you need it in German too?")
c2 = c("German and English, yes. Maybe Serbian later. When can it be ready? The season starts in May.", None)
t3 = t("Four weeks from when you send the photos. I'll send you two sites we made for small guesthouses, you tell me what you like and what you don't.")
c3 = c("Okay, send me the links. I look tonight with my wife, she decides these things.", "think_it_over")
PAIRS.append(rpair(
    "b56r_f03_kotor_guesthousesite",
    "A guesthouse owner in Kotor wants a website to take direct bookings and pay less commission.",
    better=[o,
            t("Seventeen percent adds up. How do guests find you now, all through that site, or do you have repeat guests and walk-ins too?"),
            c("Most through the site. Some Germans come every year, they call me. I have a Facebook page, nothing more.", None),
            t2, c2, t3, c3],
    worse=[o,
           t("We can do that. Our normal price is 900 euro, but for you I'll make it 600."),
           c("600, okay... but you don't know yet what I want. Most guests come through the site. Some Germans come every year, they call me. I have only Facebook.", None),
           t2, c2, t3, c3],
))

# f04 municipal swimming pool membership, Kiruna -- fault: an unasked lecture
o = c("Hello. My physiotherapist says I should swim for my back. I want a card only for the pool, not the gym.", None)
t1 = t("Of course. Are you thinking of mornings or later in the day? The price depends a bit on that.")
c1 = c("Morning. I am retired, I can come early. The lanes are free early, yes?", None)
t3 = t("The pool-only senior card is 290 kronor a month, or 10 visits for 450 if you're not sure you'll come often.")
c3 = c("10 visits first. I see if my back likes it, and my wallet.", None)
t4 = t("Good plan. And ask at the desk for the warm-water session on Thursdays, it's slower, many people with back trouble like it.")
PAIRS.append(rpair(
    "b56r_f04_kiruna_poolcard",
    "A retired man in Kiruna wants a pool-only card because his physiotherapist told him to swim for his back.",
    better=[o, t1, c1,
            t("Yes, from 6:30 until 8:30 there are two lanes just for lane swimming, it's quiet."),
            c("Good. I don't like when the young ones splash.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Yes, early is quiet. But honestly, at your age swimming alone isn't enough, you lose muscle every year after 60. You really need strength training two times a week and more protein, most people don't eat enough."),
           c("I did not come for a lecture. My physio knows my back. I asked for the pool.", None),
           t3, c3, t4],
))

# f05 roof leak after a storm, Redruth (Cornwall) -- fault: a vague next step
o = c("Hiya, after Sunday's storm we've got water coming through the bedroom ceiling. Landlord said get quotes, three of them.", None)
t1 = t("Oh no. Is it coming through one spot, or spread across the ceiling? And is the roof slate or those concrete tiles?")
c1 = c("One spot, near the chimney. Slate, it's an old terrace. There's a bucket under it now.", None)
t2 = t("Near the chimney on old slate it's very often the lead flashing that's lifted, not the slates. Could be a small job, could be the whole flashing redone, I'd need to get up there to say.")
c2 = c("Right. Landlord'll want a price in writing, he won't pay for anything on my word.", None)
PAIRS.append(rpair(
    "b56r_f05_redruth_roofleak",
    "A tenant in an old terrace in Redruth has a roof leak near the chimney after a storm and needs written quotes for the landlord.",
    better=[o, t1, c1, t2, c2,
            t("No problem. I can be there Thursday at 8, it takes half an hour on the ladder. You'll have a written quote by email Friday evening, with photos of the flashing, so your landlord can see it himself."),
            c("Thursday at 8's fine, I'll be in. Photos is a good idea, he's in Exeter, never comes down.", None)],
    worse=[o, t1, c1, t2, c2,
           t("No problem. We're quite busy after the storm, but someone will pop round when we can and we'll get a quote over to you. We'll be in touch."),
           c("When though? There's a bucket in my bedroom. I'll try the other two first then.", None)],
))

# f06 sea freight for a ceramics maker, Caldas da Rainha -- fault: over-promises
o = c("Bom dia. We make ceramics in Caldas da Rainha. A shop in Boston ordered two pallets for their Christmas market, they need it by 5 December. Can you ship?", None)
t1 = t("Bom dia. Yes. Are the pallets ready now, or when will they be packed?")
c1 = c("They will be ready on the 10th of November. It is fragile, plates and bowls, packed with straw and double boxes.", None)
t2 = t("Good packing. From Lisbon to Boston, sea groupage, the ship itself takes about 12 days, plus the time for the container to fill and to clear in Boston.")
c2 = c("How much is it? Air is very expensive, I think, for two pallets.", None)
t4 = t("I'll send you the booking form today, with the dates written in, so you can show them to your client.")
PAIRS.append(rpair(
    "b56r_f06_caldas_ceramicsfreight",
    "A small Portuguese ceramics maker must get two fragile pallets to a Boston shop in time for a Christmas market.",
    better=[o, t1, c1, t2, c2,
            t("Sea is around 900 for both. But honestly, from the 10th it's usually there around 1 to 3 December, and if US customs picks it for inspection it can be a week more. If the 5th is a hard date, send the most important pallet by air, about 2,400, and the other by sea."),
            c("Ah. So by sea it is maybe too late. I will ask the shop which pallet they need first.", "think_it_over"),
            t4],
    worse=[o, t1, c1, t2, c2,
           t("Sea is around 900 for both. And don't worry, it'll definitely be there by the 5th, customs in Boston is never a problem for ceramics, I guarantee it."),
           c("Perfect, then I tell the shop it is sure, 5 December.", None),
           t4],
))

# f07 label printer for a honey producer, near Sibiu -- fault: closes before checking the thing works
o = c("Hello, I make honey near Sibiu, about 3000 jars a year. I need a small printer for the lot number and date, the inspector said it is obligatory now.", None)
t1 = t("Yes, lot and best-before are required. Do you want to print the whole label, or only lot and date on labels you already have?")
c1 = c("Only small labels for lot and date. The big label I have from the printing house, very nice, with my bees.", None)
t2 = t("Then a small thermal printer is enough, no ink to buy. The one we sell most is 890 lei with 2,000 small labels.")
c2 = c("890 is okay. I did the calculation, the fine is more.", None)
t4 = t("That model does work on Mac. Here is the link: install the free label program first and print one test on normal paper. If it runs, I send the printer; if not, we find another one and you pay nothing.")
PAIRS.append(rpair(
    "b56r_f07_sibiu_honeylabels",
    "A Romanian beekeeper needs a small printer for lot numbers and dates on his honey jars.",
    better=[o, t1, c1, t2, c2,
            t("Before you order, which computer will you print from? The software is different for Windows and Mac."),
            c("A MacBook, old one, from 2017. My daughter set it up for me.", None),
            t4],
    worse=[o, t1, c1, t2, c2,
           t("Great, I'll put the order through now, it will be with you Thursday."),
           c("Wait, it works with Mac? I have only an old MacBook. The last printer I bought did not work with it, the money was thrown away.", "bad_experience"),
           t4],
))

# f08 walking shoes for the Camino, Saint-Jean-Pied-de-Port -- fault: recommends before asking
o = c("Hello. I start the Camino tomorrow, to Santiago. I think my shoes are maybe not good. Can you help me?", None)
t2 = t("Your feet are used to those, that's worth a lot. New boots for 800 km starting tomorrow is the classic way to get blisters. Can I look at the soles?")
c2 = c("Okay. They are maybe six months old.", None)
t3 = t("Still good grip. I'd keep them. Take two pairs of good wool socks and some blister plasters, about 30 euro. And light sandals for the evenings, so your feet can dry.")
c3 = c("Only 30, I was scared it would be 200. Thank you, I take socks and plasters. Sandals I have.", None)
PAIRS.append(rpair(
    "b56r_f08_saintjean_caminoshoes",
    "A Korean pilgrim, the day before starting the Camino, asks an outdoor shop if her shoes are good enough.",
    better=[o,
            t("Sure. What are you wearing now, and how far have you walked in them?"),
            c("These running shoes. In Seoul I trained, 15 km many times, no problem. But my friend says I need boots for the mountains.", None),
            t2, c2, t3, c3],
    worse=[o,
           t("For the Camino you need proper boots. These leather ones, waterproof, 189, they are the best for the Pyrenees."),
           c("Boots? I trained in these running shoes in Seoul, 15 km many times, no problem. My friend also said boots, but new boots tomorrow, I don't know.", "no_need"),
           t2, c2, t3, c3],
))

# f09 old fuse box keeps tripping, Hexham -- fault: unexplained jargon
o = c("Hello, it's about my electrics. The fuse box keeps going off, twice this week, and then the freezer's off too. My son said get an electrician in.", None)
t1 = t("Right. When it goes off, is it when something particular is on, the kettle, the shower, the washing machine?")
c1 = c("I think it's when the washer's on and I put the kettle on. But once it went in the night, with nothing on at all.", None)
t3 = t("I'll come and test it properly first, that's 90 and takes about an hour and a half. If it needs a new box, it's around 650 fitted, and I'll tell you that before I touch anything.")
c3 = c("650. That's a lot on my pension. I'd want my son to hear it before I say yes.", "think_it_over")
t4 = t("Of course. Let me do the test first, he can be on the phone when I explain what I've found.")
PAIRS.append(rpair(
    "b56r_f09_hexham_fusebox",
    "An elderly woman's old fuse box keeps tripping, switching off her freezer; her son told her to call an electrician.",
    better=[o, t1, c1,
            t("Going off with nothing on usually means a fault somewhere, like damp in a socket or a worn cable, not just too much on at once. Your box sounds like an old one, with one switch for the whole house, that's why the freezer goes off too. A newer box has a separate safety switch for each circuit, so a fault in the kitchen wouldn't cut the freezer."),
            c("Oh, I see. So the freezer wouldn't go off every time.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Sounds like a nuisance trip on an old RCD, could be an earth leakage on one of the finals. You'll want an EICR, and then probably an 18th edition board with RCBOs and an SPD."),
           c("I'm sorry, love, I've no idea what any of that means. Is it dangerous or not?", None),
           t3, c3, t4],
))

# f10 letting agent, Dundee -- fault: talks about themselves instead of the customer
o = c("Hello, I am a nurse, I am coming from Kerala to work at Ninewells Hospital in March. I need a flat, but I am still in India, I cannot view.", None)
t1 = t("Welcome, nearly. Will it be just you, or family coming too? And do you know your shifts, will you drive or take the bus?")
c1 = c("Only me first, my husband comes after one year. No car, so bus or walking. Shifts are 12 hours, also nights.", None)
t3 = t("Then I'd look near the hospital, in Menzieshill or the West End, a one-bedroom is about 650 to 750 a month. I can do video viewings on WhatsApp, and you'll need a UK guarantor or six months' rent upfront. Does the hospital help with either?")
c3 = c("They said one month free accommodation, not more. Six months upfront is very difficult for me.", "no_money")
t4 = t("Then ask HR if they'll be your guarantor, Ninewells does it for some overseas staff. I'll set up two video viewings for next week, your evening time.")
PAIRS.append(rpair(
    "b56r_f10_dundee_nurseflat",
    "A nurse from Kerala, still in India, needs to rent a flat in Dundee near the hospital without viewing in person.",
    better=[o, t1, c1,
            t("Twelve-hour nights and no car, so it has to be close, and quiet in the day so you can sleep."),
            c("Yes, exactly. Quiet is very important, in the hostel before I could not sleep.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Oh, Kerala! I went there in 2019, the houseboats, amazing. I did a yoga retreat in Varkala for two weeks, honestly it changed my life. I still make the fish curry."),
           c("That is nice. Umm, about the flat, I work nights, it must be quiet in the day.", None),
           t3, c3, t4],
))
