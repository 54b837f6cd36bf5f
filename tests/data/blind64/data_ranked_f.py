"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it (hand-written for blind64)."""
from common import c, rpair, t

PAIRS = []

# f01 - heating engineers, Leeds. Fault: argues with the customer.
c0 = c("Hi, my boiler's started banging when the heating comes on. It's a Worcester, about twelve years old.", None)
t1 = t("Banging when the heating kicks in - is it a knock in the pipes, or more of a rumble, like a kettle, from the boiler itself?")
c2 = c("Like a kettle, I suppose. Worse in the mornings. And before you ask, it's been serviced every year, by your lot.", None)
t3 = t("Good, that helps. Kettling on a twelve-year-old boiler is often limescale on the heat exchanger, which a routine service doesn't always clear. An engineer can check it and do a chemical flush if needed - usually 300 to 400. Could we come Thursday morning?")
c4 = c("Three to four hundred? My brother-in-law reckons I should just get a new boiler rather than throw money at this one.", "too_expensive")
PAIRS.append(rpair(
    "b64r_f01_leeds_boiler_kettling",
    "A homeowner phones a heating firm about a noisy boiler. In worse, the call handler argues with the brother-in-law's advice instead of exploring it, and the customer backs off.",
    [c0, t1, c2, t3, c4,
     t("He might be right - it depends what the engineer finds. A new boiler would be 2,500 or more fitted, so the flush only makes sense if the heat exchanger is sound. The engineer will tell you honestly on Thursday which way he'd go, and there's no charge for that advice if you choose a new boiler."),
     c("Fair enough. Thursday morning, then. I'm in from eight.", None)],
    [c0, t1, c2, t3, c4,
     t("With respect, your brother-in-law's wrong. A twelve-year-old Worcester has years left in it, replacing it would be a complete waste of money, and anyone telling you otherwise doesn't know boilers."),
     c("He's been a plumber for thirty years, actually. I'll get him to have a look at it himself.", "no_need")]))

# f02 - electronics shop, Hamburg. Fault: doubts the customer's honesty.
c0 = c("Hallo, I bought these headphones here three weeks ago and now they don't charge any more. The light doesn't come on.", None)
t1 = t("Sorry about that, let's find out what's going on. Did they stop suddenly, or did the battery get weaker over a few days first?")
c2 = c("Suddenly. On Monday they were fine, Tuesday morning nothing. I use the same cable as for my phone.", None)
t5 = t("Let me plug them into our test charger with our own cable... no light at all, and the port looks clean. That's a fault. You're inside the 30 days, so you can have a new pair or your money back.")
c6 = c("A new pair, same model, please.", None)
t7 = t("Here you are, same model. I've noted it on your card payment so the warranty starts again from today.")
PAIRS.append(rpair(
    "b64r_f02_hamburg_headphones_return",
    "A customer returns headphones that stopped charging. In worse, the assistant suggests the customer may have dropped them or be trying it on before testing anything.",
    [c0, t1, c2,
     t("Okay - a sudden stop is usually the charging port or the battery circuit. Do you have the receipt, or did you pay by card? Either works for us."),
     c("By card. Here is the card, and the box is in my bag.", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Hm. Sudden stops usually happen after they've been dropped or got wet. You're sure nothing like that happened? We do get people trying it on."),
     c("Trying it on? I came to return a broken product, not to be accused. I did not drop them.", None),
     t5, c6, t7]))

# f03 - language school, Madrid; Japanese engineer. Fault: drops the price before asking anything.
c0 = c("Hello. I moved to Madrid for my work two months ago. I want to learn Spanish, but I work long hours. What courses do you have?", None)
t3 = t("Our groups finish at nine, so after eight is hard for them. For practical Spanish - the landlord, the doctor, the shops - I'd suggest private online lessons twice a week at half past eight, built around those situations. Have you studied any Spanish before?")
c4 = c("Only Duolingo, maybe three hundred days. But I cannot speak, only read a little.", None)
t5 = t("Three hundred days is a good base for reading, so we'd focus on speaking. Private online is 25 euro an hour, so 200 a month for two lessons a week. Would you like a free trial lesson this Thursday at 20:30?")
c6 = c("200 a month is okay. But Thursday I have a late meeting, maybe. Friday is possible?", "no_time")
t7 = t("Friday at 20:30, then. I'll send you the link. The teacher will start with a conversation with a landlord.")
PAIRS.append(rpair(
    "b64r_f03_madrid_spanish_lessons",
    "A Japanese engineer new to Madrid asks a language school about Spanish courses. In worse, the first reply is a discount on a group course before anything is known about him, which makes him suspicious.",
    [c0,
     t("Welcome to Madrid! We have group classes, private lessons and online. What do you need Spanish for first - work meetings, daily life, or both? And when are you free?"),
     c("Daily life first. Supermarket, doctor, the landlord. At work we use English. I am free only after eight at night.", None),
     t3, c4, t5, c6, t7],
    [c0,
     t("Welcome! Our intensive group course is normally 380 a month, but I can do it for 280 for you if you sign up this week."),
     c("Eh... I don't know if a group is good for me. I am free only after eight at night. And why is it suddenly cheaper?", None),
     t3, c4, t5, c6, t7]))

# f04 - pharmacy, Wellington (NZ). Fault: an unasked lecture.
c0 = c("Hey, can I grab some hay fever tablets? My eyes are killing me, it's the pollen.", None)
t1 = t("Sure. Itchy eyes - any sneezing or blocked nose as well? And do you drive or use machinery for work? Some of them make you drowsy.")
c2 = c("Sneezing heaps, yeah. I drive a forklift at the port, so nothing that knocks me out. Oh, and I've got a bit of an energy drink habit, if that matters, ha.", None)
t5 = t("The branded loratadine 30-pack is 12.99 and the eye drops are 16.50. The generic loratadine is 6.99 and does exactly the same job.")
c6 = c("Generic's fine. And the drops, yeah, whatever works - my eyes are stuffed.", None)
t7 = t("Fair enough. Use the drops up to four times a day, and if your eyes are still bad in a week, come back or see your GP.")
PAIRS.append(rpair(
    "b64r_f04_wellington_pharmacy_hayfever",
    "A forklift driver asks for hay fever tablets at a pharmacy counter. In worse, the pharmacist answers correctly but adds an unasked lecture about energy drinks.",
    [c0, t1, c2,
     t("Good thinking on the forklift. Then a non-drowsy one, once a day - loratadine is the least likely to make you sleepy. For the eyes I'd add antihistamine eye drops. And energy drinks don't interact with these, so no worries there."),
     c("Sweet. How much for both?", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Non-drowsy loratadine, once a day, and eye drops for the itch. But honestly, about the energy drinks - that much caffeine is really bad for your heart and your sleep, you should cut down to one a day at most and drink water instead. Young guys never think about it till it's too late."),
     c("Uh, okay. I just wanted the hay fever stuff, mate. How much?", None),
     t5, c6, t7]))

# f05 - roofing contractor, Columbus (Ohio). Fault: a vague next step.
c0 = c("Hi, we had a leak in the upstairs bedroom after Saturday's storm. There's a brown stain on the ceiling and I can see a couple of shingles in the yard.", None)
t1 = t("Sorry to hear that. Is it still dripping, or is it just the stain now? And is there anything on the floor we need to protect?")
c2 = c("Not dripping right now. I put a bucket up there anyway. My husband wants to know if insurance will cover it, we're with State Farm.", None)
t3 = t("Storm damage is usually covered, minus your deductible. We'd inspect the roof, take photos for your adjuster, and put a tarp on today if there's an open spot. The inspection is free.")
c4 = c("Free's good. But we got burned by a storm chaser after the hail in 2019 - they took a deposit and disappeared. So I want to know who's coming.", "bad_experience")
PAIRS.append(rpair(
    "b64r_f05_columbus_roof_leak",
    "A homeowner calls a roofer after storm damage. In worse, the trainee ends with a vague 'someone will reach out in the next few days' and loses the customer.",
    [c0, t1, c2, t3, c4,
     t("Completely understandable. Our estimator, Mike Sandoval, can be there tomorrow at 10. I'll text you his photo and our contractor registration number now, and we take no deposit until your adjuster has approved the claim."),
     c("Tomorrow at 10 works. Send the text and I'll show my husband.", None)],
    [c0, t1, c2, t3, c4,
     t("Completely understandable, we're a local company. Someone from our team will reach out to schedule the inspection in the next few days, and we'll take it from there."),
     c("The next few days? It's supposed to rain again Thursday. I'll call the company my neighbour used.", None)]))

# f06 - freight forwarder, Antwerp; chocolate maker from Ghent. Fault: over-promises.
c0 = c("Good morning. We make chocolate in Ghent and we have our first big order from a shop chain in Toronto. It must be there for the Christmas season. Can you help?", None)
t1 = t("Good morning, and congratulations on the order. How much are we talking about, and when does the shop need it on the shelf?")
c2 = c("Six pallets. They want it in their warehouse by the first of December. And it must stay cool, chocolate cannot go above 18 degrees.", None)
t3 = t("Six pallets at 15 to 18 degrees means a reefer container, probably shared, from Antwerp to Montreal and then a reefer truck to Toronto. When will the pallets be ready?")
c4 = c("Around the end of October. The price, please, roughly - we are small and this is a big risk for us.", None)
PAIRS.append(rpair(
    "b64r_f06_antwerp_freight_chocolate",
    "A small chocolate maker asks a freight forwarder to ship a Christmas order to Canada. In worse, the forwarder guarantees a delivery date he cannot control, and the customer asks for it in writing.",
    [c0, t1, c2, t3, c4,
     t("Roughly 9,000 to 11,000 euro door to door, with insurance. Sea transit is about twelve days, but with customs and the truck it's realistically three to four weeks, and November can bring port delays. Leaving end of October should reach Toronto around the 20th to 25th of November - but I can't guarantee the first of December. If the pallets can be ready a week earlier, you'd have a real safety margin."),
     c("Okay, I understand. I will ask the team if we can be ready by the 22nd of October.", None)],
    [c0, t1, c2, t3, c4,
     t("Roughly 9,000 to 11,000 euro door to door, with insurance. And don't worry about the date - end of October is plenty. I guarantee it's in Toronto well before the first of December, we never have delays on that route."),
     c("Really, a guarantee? Then you will write it in the contract, with a penalty if it is late?", None)]))

# f07 - card and mobile-money terminals, Accra (Ghana). Fault: closes before checking it works.
c0 = c("Good afternoon. I have a small cafe in Osu. Customers keep asking to pay by card, and I'm tired of telling them cash or MoMo only.", None)
t1 = t("Good afternoon. How do people pay now - mostly cash or mostly mobile money? And roughly how many sales a day?")
c2 = c("Maybe sixty sales a day. Half MoMo, half cash. Tourists want Visa. But the network in this building is very poor, sometimes MoMo fails.", None)
t3 = t("Then the terminal has to take Visa, Mastercard and MoMo, and cope with a weak signal. Ours has two SIM slots, MTN and Telecel, and can fall back to your Wi-Fi. The fee is 1.5% per card payment, no monthly rent.")
c4 = c("1.5%... the bank offered me 1.2%. But their machine has a monthly fee of 150 cedis.", "too_expensive")
PAIRS.append(rpair(
    "b64r_f07_accra_payment_terminal",
    "A cafe owner with poor mobile signal asks about a card and mobile-money terminal. In worse, the rep pushes for a signature before testing whether the terminal connects in the building.",
    [c0, t1, c2, t3, c4,
     t("With sixty sales a day, ours is likely cheaper overall - but that only matters if it works in here. I have a demo terminal in the car. Let's do a one-cedi test payment at your counter and in the back corner, on both SIMs, before you sign anything."),
     c("Yes, let's test. The back corner is the worst.", None)],
    [c0, t1, c2, t3, c4,
     t("With sixty sales a day ours comes out cheaper overall, so it's a no-brainer. I have the contract here - sign now and the terminal arrives Monday, you're taking Visa by Tuesday."),
     c("Monday? We haven't even seen if it works in this building. My cousin signed for a machine like this and it never connected in his shop.", "bad_experience")]))

# f08 - running shop, Boulder (Colorado). Fault: recommends before asking.
c0 = c("Hi. I'm looking for new running shoes. My old ones are wrecked.", None)
t3 = t("Trails and a sore knee change things. Can I see your old shoes, and watch you jog on the treadmill for a minute? Wear patterns tell us a lot.")
c4 = c("Sure. The old ones are trail shoes from some discount site, sixty bucks. They started hurting after a month, honestly.", None)
t5 = t("Your left heel is worn right down on the outside, and there's no cushioning left. I'd look at a trail shoe with more cushioning and a stable heel. There are two here, 140 and 165. Want to try both on the treadmill?")
c6 = c("140 is a lot more than I usually spend. But if it helps the knee... let me try them.", "too_expensive")
t7 = t("Try both. And there's a 60-day return if they don't feel right on the trails.")
PAIRS.append(rpair(
    "b64r_f08_boulder_running_shoes",
    "A runner with a sore knee walks into a running shop. In worse, the first thing the assistant does is name the best-seller and go for a size.",
    [c0,
     t("Hi! Happy to help. What kind of running do you do - roads or trails, how many miles a week? And any aches or injuries lately?"),
     c("Mostly trails on Mount Sanitas, maybe twenty miles a week. My left knee's been sore after long runs.", None),
     t3, c4, t5, c6, t7],
    [c0,
     t("Hi! You want the Cloudrunner 4 - it's our best-seller, everyone in Boulder runs in it. Let me grab your size."),
     c("Um, okay... I mostly run trails though, Mount Sanitas, twenty miles a week. And my left knee's been sore after long runs. Is that even a trail shoe?", None),
     t3, c4, t5, c6, t7]))

# f09 - web hosting, Ubud (Bali); yoga studio owner, non-native English. Fault: unexplained jargon.
c0 = c("Hi, my yoga studio website is very slow, and two times this month the booking page was not working. Students message me on WhatsApp, angry.", None)
t1 = t("Sorry to hear that, especially when students can't book. When it was down, did the whole site stop or only the booking page? And who built the site?")
c2 = c("Only the booking page. My friend built it two years ago with WordPress, now he moved to Australia. I am not technical at all.", None)
t5 = t("In short: yes, it needs fixing, and it can be fixed. Moving and updating is a one-time 2.5 million rupiah, then hosting with monitoring is 350,000 a month. Your current hosting is about 100,000, so it's more.")
c6 = c("350,000 every month is a lot for a small studio. I need to think, and ask my husband.", "too_expensive")
t7 = t("Of course, I'll send it in writing. If you like, I can first do only the updates, 800,000 once, and we see whether that fixes the booking page before you change hosting.")
PAIRS.append(rpair(
    "b64r_f09_ubud_yoga_website",
    "A yoga-studio owner asks a hosting company about a slow site and a failing booking page. In worse, the diagnosis comes in unexplained jargon to someone who just said she is not technical.",
    [c0, t1, c2,
     t("That's fine, I'll keep it simple. Most likely the booking add-on and WordPress haven't been updated since your friend left, and your cheap hosting slows down when many people visit at once - like when you post a new class. We'd update everything, move you to faster hosting, and check the booking page every five minutes, so we know before your students do."),
     c("Okay, I understand. How much is it?", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Probably your PHP version is EOL and the booking plugin's throwing 500s under load. We'd migrate you to a managed VPS with a CDN, LiteSpeed caching and uptime monitoring, and sort your DNS TTLs during cutover."),
     c("Sorry, I don't understand any of this. What is EOL? Is it broken or not?", None),
     t5, c6, t7]))

# f10 - letting agent, Prague; Indian family relocating. Fault: talks about himself.
c0 = c("Hello, we're moving to Prague in August for my husband's job. Two kids, eight and eleven. We need a flat to rent, ideally near the international school in Nebusice.", None)
t1 = t("Welcome in advance! Near Nebusice - will the children travel to school alone eventually, or will you drive them? It decides whether you need walking distance or a good bus or tram.")
c2 = c("I'll drive them at first, but my elder one wants to go alone by next year. And my husband works in Karlin, so he needs the metro.", None)
t5 = t("It's tight for three bedrooms in Dejvice - most are 48,000 to 55,000 plus energy. In Bubenec, or a bit further out in Stresovice, 45,000 works. I have two I could show you on a video call this week.")
c6 = c("Over 45 we'd pay ourselves, and we really can't. Let's see the two in Stresovice first - maybe Thursday evening our time, we're in Pune.", "no_money")
t7 = t("Thursday at 7 pm India time, so 3:30 here. I'll send the listings beforehand.")
PAIRS.append(rpair(
    "b64r_f10_prague_rental_relocation",
    "A mother relocating from India asks a Prague letting agent for a family flat. In worse, the agent fills a turn with his own life in Dejvice instead of her family's needs.",
    [c0, t1, c2,
     t("So a balance: the school on the north-west side, Karlin to the east. Dejvice or Bubenec would give your son a short bus to school and your husband the metro. Three bedrooms? And what budget per month?"),
     c("Three bedrooms, yes. The company gives 45,000 crowns a month, but I've heard Prague rents went up a lot.", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Oh, I know that area well - I lived in Dejvice myself for six years when I came from Brno, lovely neighbourhood, I used to cycle to the school for my own kids' football every Saturday, and my wife still says it was our best flat. We moved to Vinohrady later because I wanted to be near my gym. Three bedrooms, I guess?"),
     c("Okay... yes, three bedrooms. The company gives 45,000 crowns a month. I've heard rents went up a lot - is that enough?", None),
     t5, c6, t7]))
