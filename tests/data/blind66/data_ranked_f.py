"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for blind66 (prefix b66)."""
from common import c, rpair, t

PAIRS = []

# f01 roofer, Bergen - fault: argues with the customer
C0 = c("Hello, I have a leak in the attic after the big storm last week. There's a brown spot on the bedroom ceiling now.", None)
T1 = t("Sorry to hear that. Where is the spot, near an outside wall or the chimney? And how old is the roof?")
C2 = c("Near the chimney. The roof is about 25 years, concrete tiles. I think some tiles blew off, I found pieces in the garden.", None)
T3b = t("Pieces in the garden after a storm, near the chimney, so it could be broken tiles, or the flashing round the chimney, or both. Both are common after 25 years. I'd like to go up and look before I quote anything.")
C4b = c("Yes, fine. When can you come? Our insurance wants a report too.", None)
T3w = t("I doubt it's the tiles, concrete tiles hardly ever blow off. It's almost always the flashing. People always think it's the tiles.")
C4w = c("I picked up the pieces myself. Are you telling me I don't know what's in my own garden?", None)
T5 = t("I can come Wednesday at 10, go up, take photos for the insurance and give you a written price the same day.")
C6 = c("Wednesday... I have a meeting at 10. Could it be in the afternoon?", "no_time")
T7 = t("Wednesday at 2 then. I'll ring you half an hour before.")
PAIRS.append(rpair(
    "b66r_f01_roofer_storm_leak",
    "A homeowner in Bergen has a ceiling stain near the chimney after a storm and found tile pieces in the garden. Fault in worse: the roofer argues with what the customer saw.",
    [C0, T1, C2, T3b, C4b, T5, C6, T7],
    [C0, T1, C2, T3w, C4w, T5, C6, T7]))

# f02 electronics store returns desk, Santiago - fault: doubts the customer's honesty
C0 = c("Hola, I bought these headphones here three weeks ago and the left side stopped working. I have the receipt.", None)
T1 = t("Thanks for bringing the receipt. When did the left side stop, suddenly, or did it crackle first?")
C2 = c("Suddenly, on Sunday. I was on the bus and it just went quiet. The Bluetooth still connects.", None)
T3b = t("Okay, let me test them here with our phone so we can see it together.")
C4b = c("Sure, go ahead.", None)
T3w = t("Are you sure they weren't dropped or got wet? We get a lot of people saying it just stopped when it didn't.")
C4w = c("I'm not lying to you. They were in my bag the whole time. Test them if you don't believe me.", None)
T5 = t("Right, the left side is dead, no sound at all. It's under warranty. I can give you a new pair of the same model now, or a refund to your card.")
C6 = c("The same model broke in three weeks. I don't want the same one again.", "bad_experience")
T7 = t("Understood. Then a refund, or put the amount towards a different model; this one is 10,000 pesos more and has a two-year warranty.")
PAIRS.append(rpair(
    "b66r_f02_headphones_warranty_return",
    "A customer in Santiago returns three-week-old headphones whose left side went silent. Fault in worse: the clerk suggests the customer is lying about damage.",
    [C0, T1, C2, T3b, C4b, T5, C6, T7],
    [C0, T1, C2, T3w, C4w, T5, C6, T7]))

# f03 espresso machine supplier, Athens - fault: drops the price before asking anything
C0 = c("Hi, I'm opening a second cafe in Pagrati in June and I'm looking at espresso machines. Yours are the ones with three groups?", None)
T1b = t("Yes, we have two and three groups. Congratulations on the second cafe! How many coffees a day do you expect there, and what do you use in the first one?")
C2b = c("The first place does about 350 a day on a two-group and it struggles in the morning rush. The new one is bigger, maybe 500.", None)
T1w = t("Yes, and for you I can do the three-group at 9,800 instead of 11,500 if you order this month. What do you use now?")
C2w = c("Hm, okay, I didn't ask for a discount yet. I have a two-group in the first place, 350 coffees a day, and it struggles in the rush. The new one is maybe 500.", None)
T3 = t("At 500 a day with a morning peak, the three-group makes sense, with the separate hot-water tap so the baristas don't queue for it. Athens water is hard, so you'd need the filter too.")
C4 = c("The filter is extra? My current supplier charges me for a service every three months and it costs a fortune.", "too_expensive")
T5 = t("The filter is included the first year, and the service is once a year unless something breaks. I can bring a machine to your current cafe for one morning so your barista can try it in the rush.")
C6 = c("That I like. Next Tuesday?", None)
T7 = t("Tuesday, 6:30, before your rush. I'll bring the filter too.")
PAIRS.append(rpair(
    "b66r_f03_espresso_machine_second_cafe",
    "A cafe owner in Athens opening a second, busier cafe asks about a three-group espresso machine. Fault in worse: the rep cuts the price before asking a single question.",
    [C0, T1b, C2b, T3, C4, T5, C6, T7],
    [C0, T1w, C2w, T3, C4, T5, C6, T7]))

# f04 garden centre, Kent - fault: an unasked lecture
C0 = c("Morning. My hydrangea's leaves have gone all brown and crispy at the edges. It's in a pot by the back door. Is it dead?", None)
T1 = t("Probably not. How often does it get watered, and does the pot get the afternoon sun?")
C2 = c("Every few days, when I remember. And yes, the back door gets the sun from lunchtime on. It was fine in the spring.", None)
T3b = t("Afternoon sun on a pot in July is hard on hydrangeas, they're thirsty things. In this heat it probably needs water every day. Scrape a stem with your nail: if it's green underneath, it'll come back.")
C4b = c("Oh, it's green when I scrape. Thank goodness.", None)
T3w = t("Right, well, the thing about hydrangeas is the name comes from the Greek for water vessel, and they've been grown in Japan for centuries, and honestly most people don't understand that pots dry out far faster than the ground. A lot of our customers kill plants because they don't understand soil, so it's worth reading up on potting media before you buy anything else. Anyway, it needs watering every day.")
C4w = c("Right. I only asked if it was dead. I've been gardening for forty years, thank you.", None)
T5 = t("If you like, a 40-litre glazed pot would hold more water, they're 34 pounds. Or just move it round to the shady side of the house, which costs nothing.")
C6 = c("I'll move it first. If it's still sulking in a fortnight I'll come back for the pot.", "think_it_over")
T7 = t("Good plan. Give it a good soak tonight and snip off the crispy leaves.")
PAIRS.append(rpair(
    "b66r_f04_garden_centre_hydrangea",
    "A customer at a garden centre in Kent asks whether a potted hydrangea with crispy leaves is dead. Fault in worse: an unasked lecture on plant history and soil science.",
    [C0, T1, C2, T3b, C4b, T5, C6, T7],
    [C0, T1, C2, T3w, C4w, T5, C6, T7]))

# f05 tax advisor, Gothenburg - fault: a vague next step
C0 = c("Hi, I moved to Sweden from Canada last year and I have to do the Swedish tax return for the first time. I also still have rental income from my condo in Vancouver.", None)
T1 = t("Welcome to Sweden. When exactly did you move, and did you register as a resident with Skatteverket that month?")
C2 = c("September. I got my personnummer in October. The condo's rented out, about 2,200 dollars a month.", None)
T3 = t("Then you're resident from September, and the Canadian rent from then on is taxable here too, but the tax treaty means you don't pay twice. It takes some work with the foreign tax credit. For a case like yours the fee is usually 6,500 to 8,000 kronor.")
C4 = c("Eight thousand, ouch. But I'd rather pay that than get it wrong with two tax offices.", None)
T5b = t("Good. Next step: I'll email you a checklist tonight, the Canadian rental statement, your Swedish income statement and the Canadian tax you paid. Send them by the 20th and you'll have a draft from me by 5 April, well before the 2 May deadline.")
C6b = c("Perfect. I'll watch for the email.", None)
T5w = t("Good. We'll be in touch about what we need and get it sorted in good time.")
C6w = c("Okay... when is in good time? The deadline's in May, right? And what do I need to send you?", None)
PAIRS.append(rpair(
    "b66r_f05_tax_advisor_two_countries",
    "A Canadian who moved to Sweden needs help with a first Swedish tax return that includes rent from a condo in Vancouver. Fault in worse: a vague next step with no date and no list.",
    [C0, T1, C2, T3, C4, T5b, C6b],
    [C0, T1, C2, T3, C4, T5w, C6w]))

# f06 moving company, Montreal - fault: over-promises
C0 = c("Hi, I'm moving from a two-bedroom in the Plateau to Laval on July 1st. Yeah, I know, July 1st. Is there any chance you still have a truck?", None)
T1 = t("July 1st is our busiest day of the year, but let me check. What floor are you on, and is there anything heavy, a piano, appliances?")
C2 = c("Third floor, outside staircase, the curly kind. A fridge, a washer, and my grandmother's oak wardrobe, which weighs a ton.", None)
T3b = t("Outside spiral stairs and an oak wardrobe, that's a three-person crew and probably six to seven hours. I have one crew free on the 1st from 7 am. I can't promise an exact finish time with those stairs. It's 165 an hour for three movers and the truck.")
C4b = c("So around a thousand with the stairs. That's a lot, but honestly I'd rather hear it now.", "too_expensive")
T3w = t("No problem at all, we'll be done in three hours max, guaranteed, and not a single scratch on that wardrobe. 165 an hour for three movers and the truck.")
C4w = c("Three hours? Wow. The last movers promised four and took nine... but okay, if you say so.", "bad_experience")
T5 = t("To be safe, let's do a video walkthrough this week so I can see the stairs and the wardrobe, and I'll confirm the crew in writing.")
C6 = c("Okay, tomorrow evening? After 7.", None)
T7 = t("Tomorrow at 7:30. I'll send you the link and hold the crew until then.")
PAIRS.append(rpair(
    "b66r_f06_movers_july_first",
    "A tenant in Montreal moving on July 1st from a third floor with outside spiral stairs and a heavy oak wardrobe. Fault in worse: the mover guarantees three hours and no scratches.",
    [C0, T1, C2, T3b, C4b, T5, C6, T7],
    [C0, T1, C2, T3w, C4w, T5, C6, T7]))

# f07 hearing aid clinic, Osaka - fault: closes before checking the thing works
C0 = c("Hello. My mother is 81 and she can't follow the conversation at the dinner table anymore. She is here with me. We want to try hearing aids.", None)
T1 = t("Thank you for coming together. Is it mostly in noisy places like the dinner table, or also one to one, and on the phone?")
C2 = c("Mostly at dinner, when everyone talks. One to one is okay if we speak slowly. Her last hearing aids whistled, she put them in a drawer.", "bad_experience")
T3 = t("Whistling usually means the fit was wrong. From today's hearing test, these behind-the-ear ones with soft domes should suit her. They're 180,000 yen for the pair.")
C4 = c("180,000. Is that with the batteries, or are those extra?", None)
T5b = t("Batteries are included for the first year. And before you pay anything, let's see whether she'll actually wear them. I'll fit them now and we'll sit in the cafe downstairs for twenty minutes, where it's noisy, and check for whistling. Then she takes them home for two weeks, and you pay only if she keeps them.")
C6b = c("That's very good. Mother says yes, she wants to try the cafe.", None)
T5w = t("Batteries are included for the first year. So shall we put the order through today? If you pay now, I can have them ready by Friday.")
C6w = c("Friday? But she hasn't even tried them. What if they whistle too? I think we wait.", "think_it_over")
PAIRS.append(rpair(
    "b66r_f07_hearing_aids_mother",
    "A daughter brings her 81-year-old mother, whose last hearing aids whistled and went in a drawer, to a clinic in Osaka. Fault in worse: asks for payment before the aids have been tried.",
    [C0, T1, C2, T3, C4, T5b, C6b],
    [C0, T1, C2, T3, C4, T5w, C6w]))

# f08 bank branch, Accra - fault: recommends before asking
C0 = c("Good afternoon. I want to start saving for my son's school fees. I get paid monthly and the money just disappears.", None)
T1b = t("Good that you're starting. When are the fees due, and roughly how much are they?")
C2b = c("Every September, 4,500 cedis. I can put maybe 400 a month aside.", None)
T1w = t("Then you want our 12-month fixed deposit, 24 percent interest, minimum 5,000 cedis. It's our best rate.")
C2w = c("5,000 at once? I don't have that. I was thinking monthly. The fees are every September, 4,500.", "no_money")
T3 = t("So September, 4,500, and about 400 a month. Then a goal savings account with a standing order on payday fits: 400 a month from now is 4,400 by August, plus interest. Taking money out before the goal date has a small fee, which helps with the disappearing.")
C4 = c("A fee if I take it out? How much, because sometimes there are emergencies at home.", None)
T5 = t("One percent of what you take out. Many parents keep a small emergency amount in their normal account as well. Shall we set the standing order for the 26th, your payday?")
C6 = c("Yes. The 26th. Let's do it.", None)
PAIRS.append(rpair(
    "b66r_f08_bank_school_fees_saving",
    "A salaried parent at a bank in Accra wants to save monthly for her son's September school fees. Fault in worse: recommends a fixed deposit before asking anything.",
    [C0, T1b, C2b, T3, C4, T5, C6],
    [C0, T1w, C2w, T3, C4, T5, C6]))

# f09 web hosting, Lahore (typed chat) - fault: unexplained jargon
C0 = c("hello i have a small textile shop and i want website where customers can see the fabrics and order on whatsapp. what i need", None)
T1 = t("Hi! How many fabrics would you show, roughly, and do you already have a domain name, like yourshop.pk?")
C2 = c("around 200 designs. no domain. my nephew made facebook page only", None)
T3b = t("Then you need two things: a web address, the name people type, like noorfabrics.pk, about 2,500 rupees a year, and hosting, which is the space where your website lives, 1,200 a month. We can put a WhatsApp button under every fabric so customers message you directly.")
C4b = c("ok that i understand. 1200 a month is ok. can my nephew put the photos himself", None)
T3w = t("Then you need a .pk domain with DNS pointed to our shared cPanel hosting, 10 GB NVMe, with SSL and a CDN for the images, and a WooCommerce or static catalogue with a wa.me click-to-chat CTA. 1,200 a month.")
C4w = c("sorry i dont understand any of this. i only want customers see fabrics and send whatsapp. maybe i ask my nephew first", "think_it_over")
T5 = t("Yes, your nephew can add the photos himself from a simple page, no coding. I'll send you a short video showing how.")
C6 = c("ok send. i will call you tomorrow after shop closes", None)
PAIRS.append(rpair(
    "b66r_f09_web_hosting_fabric_shop",
    "A textile shop owner in Lahore (typed chat) wants a simple catalogue site with WhatsApp ordering. Fault in worse: the answer is unexplained hosting jargon.",
    [C0, T1, C2, T3b, C4b, T5, C6],
    [C0, T1, C2, T3w, C4w, T5, C6]))

# f10 dance school, Sao Paulo - fault: talks about themselves
C0 = c("Hi... I'm, um, I've never danced. I'm 52 and my friends say I should try something. Is there a class for people who really can't dance?", None)
T1 = t("There is, and most people start exactly there. What made you think of dancing, a particular style, or more to get out and meet people?")
C2 = c("Meeting people, I guess. I'm recently divorced. But I'm scared of being the oldest one and stepping on everybody.", None)
T3b = t("That's a very common fear. Our Tuesday beginners' forro class is mostly people in their 40s and 50s, and partners rotate, so nobody's stuck with you all night. You can watch for ten minutes first if you like.")
C4b = c("Watching first, that I can do. Is it expensive?", None)
T3w = t("Oh, I know the feeling! When I started I was 19 and terrible, then I won the state championship in 2009 and toured Portugal with my company. Dancing changed my whole life. My students say I'm the reason they stay, honestly.")
C4w = c("Oh. That's... impressive. I'm not sure I'm the championship type. Is it expensive?", None)
T5 = t("It's 220 reais a month for one class a week, month by month, no contract.")
C6 = c("220... more than I thought. Can I try one before I pay anything?", "think_it_over")
T7 = t("Yes, the first class is free. Tuesday at 7:30, shoes with a smooth sole. Ask for Marta at the door.")
PAIRS.append(rpair(
    "b66r_f10_dance_school_beginner",
    "A shy, recently divorced 52-year-old asks a dance school in Sao Paulo about a class for total beginners. Fault in worse: the teacher talks about her own career instead of the customer.",
    [C0, T1, C2, T3b, C4b, T5, C6, T7],
    [C0, T1, C2, T3w, C4w, T5, C6, T7]))
