"""blind103 ranked pairs d01-d10: two decent conversations with the same customer; `better` is the one
an experienced coach would prefer (deeper diagnosis, fitted to the person, honest, low-risk next step)."""
from common import c, rpair, t

PAIRS = []

# d01 -------------------------------------------------------------------------------------------
_o = c("Guten Tag. We buy your chain oil for the oven conveyors, the food-grade one. My boss says it's too expensive, "
       "we use 200 litres per year. Do you have something cheaper?", "too_expensive")
PAIRS.append(rpair(
    "b103r_d01_hannover_lubricants_ovenchains",
    "Industrial lubricants supplier, Hannover, Germany: a bakery plant's maintenance lead asks for a cheaper food-grade oven-chain oil.",
    better=[_o,
            t("Guten Tag. I can look at cheaper options, sure. First, 200 litres for how many ovens? That sounds like a lot to me."),
            c("Two tunnel ovens. The chains run at about 250 degrees. We oil them every day, otherwise they squeak.", None),
            t("Every day at 250 degrees, then I think the oil evaporates, that's why you need so much. The one you have is rated to 220. A cheaper oil would disappear even faster. "
              "A synthetic high-temperature oil costs about 40 percent more per litre, but usually you oil once a week, not daily."),
            c("More expensive per litre... my boss will not like to hear this.", "too_expensive"),
            t("Understandable, so let's prove it first. I send 20 litres for one oven, you oil when needed and write it down for a month. "
              "If you don't use at least half less, you don't pay for it, and I quote you the cheaper one instead."),
            c("That I can show my boss. Numbers after one month. Okay, send it.", None)],
    worse=[_o,
           t("Guten Tag. Yes, we have a cheaper food-grade chain oil, about 20 percent under what you pay now. It's also H1 approved, so no problem for food contact."),
           c("20 percent, that sounds good. Is it the same quality?", None),
           t("Similar. Same base oil, a bit less additives. Many bakeries use it. I can send you a price for 200 litres today and the data sheet so your boss can compare."),
           c("Good. And delivery is the same, one week?", None),
           t("Yes, one week as usual. I'll put the offer in your email this afternoon."),
           c("Okay, thank you.", None)],
))

# d02 -------------------------------------------------------------------------------------------
_o = c("Hello, we are a building materials wholesaler, three warehouses around Espoo and Vantaa. We look at inventory systems because our stock numbers are always wrong. Can you tell about your system?", None)
PAIRS.append(rpair(
    "b103r_d02_espoo_inventory_stockerrors",
    "Inventory software vendor (B2B SaaS), Espoo, Finland: a building-materials wholesaler with three warehouses has unreliable stock figures.",
    better=[_o,
            t("Hello. Sure, but first, when you say always wrong, where do you notice it? Orders you can't deliver, or counts that don't match at year end?"),
            c("Both. Salesperson sells 50 bags of cement, the system says we have, warehouse has 12. Customer is angry.", None),
            t("Do you know where the difference comes from? Goods arriving and not booked, or going out without booking?"),
            c("Hmm. I think going out. Our drivers take stuff for building sites, and the paperwork comes days later. Honestly I don't know how big it is.", None),
            t("Then a system alone won't fix it, it'll just show wrong numbers faster. Our handheld scanning lets drivers book the moment they take goods, that's where it helps. "
              "I'd start in one warehouse for two months and measure the difference before you commit to all three."),
            c("One warehouse first is good. Vantaa is the worst, let's try there. But the price must be clear before.", None),
            t("Of course. I'll send you the pilot price and what we need from your side, one page, by Friday.")],
    worse=[_o,
           t("Hello! Our system gives you real-time stock across all warehouses, with barcode scanning, automatic reorder points and integration to most ERP systems. Which ERP do you use?"),
           c("We use Visma. Is that possible?", None),
           t("Yes, we have a standard Visma integration. Real-time numbers mean your sales people see exactly what is available in every warehouse."),
           c("That would be good. Salesperson sells 50 bags of cement, warehouse has 12, this happens all the time.", None),
           t("Exactly what we solve. I suggest a demo with your warehouse managers, about an hour, and then I send a proposal for all three sites. Does next week work?"),
           c("Next week is impossible, we have inventory counting. Maybe the week after, I ask the managers.", "no_time"),
           t("Good, I'll send two options for the week after.")],
))

# d03 -------------------------------------------------------------------------------------------
_o = c("Hi! We are Sanne and Joost from Utrecht, we are getting married in a quinta near Faro next June. We need rooms for our guests, maybe 35 rooms. What can you do?", None)
PAIRS.append(rpair(
    "b103r_d03_faro_hotel_weddingguests",
    "Hotel, Faro, Portugal: a Dutch couple asks about a room block for 35 wedding guests with very different needs and budgets.",
    better=[_o,
            t("Hi, congratulations! Who are the guests, mostly family, friends, young people, older relatives? It changes which rooms and how we book them."),
            c("A mix. Our grandparents, my aunt in a wheelchair, lots of friends who are students or just started working, and some families with small kids.", None),
            t("So very different budgets and needs. Then one fixed block that you pay is risky for you. I'd hold 35 rooms at a group rate and each guest books and pays their own with a code: "
              "two accessible rooms on the ground floor for your aunt, family rooms for the kids. Rooms not booked by 1 April go back at no cost to you."),
            c("Oh, that's good, because really we could not pay a deposit for 35 rooms, the wedding is already eating everything.", None),
            t("Then you don't need to. Doubles would be 118 a night, the smaller rooms 95, so the students have a cheaper option. I'll also ask our driver about a shuttle to the quinta and send you the price."),
            c("Perfect. Send us the info and the code, we put it on the wedding website.", None)],
    worse=[_o,
           t("Hi, congratulations! We do a lot of weddings. For 35 rooms in June we have a group rate of 125 per night for doubles, with breakfast."),
           c("Okay. How does it work with booking and paying?", None),
           t("We block the 35 rooms under your name, with a 20 percent deposit when you sign and the rest 30 days before. Then you give the rooms to your guests."),
           c("Hmm, 20 percent of 35 rooms is a lot of money for us, the wedding is expensive already.", "no_money"),
           t("I understand. I can lower the deposit to 10 percent, and you can reduce the block by five rooms until April without cost."),
           c("That's better. We talk it over and let you know.", "think_it_over"),
           t("Of course. I'll send the contract so you can read it in peace.")],
))

# d04 -------------------------------------------------------------------------------------------
_o = c("Hi. My allergy tablets make me so tired. I can't work like this. Do you have something else?", None)
PAIRS.append(rpair(
    "b103r_d04_lund_pharmacy_hayfever",
    "Pharmacy, Lund, Sweden: a forklift driver's old hay-fever tablets make her drowsy at work.",
    better=[_o,
            t("Hi. Which tablets do you take now, and when?"),
            c("Clemastine, I think, from an old box at home. In the morning, before work.", None),
            t("That's an older type, it makes most people sleepy. What do you do at work, if I may ask? And is it more the nose or the eyes?"),
            c("I drive forklift in a warehouse. It's mostly the nose, running all day, and the eyes a bit.", None),
            t("Then you shouldn't be drowsy at all. Newer tablets like desloratadine rarely make people tired, and for the nose a cortisone spray works best, "
              "but it needs a few days. I'd start both today and leave the old box."),
            c("A spray every day? Hmm, I don't want sprays. Tablets are easier.", "no_need"),
            t("Fair. Then start with desloratadine alone, one in the morning. If the nose is still bad in a week, try the spray then. And if these make you sleepy too, don't drive, come back.")],
    worse=[_o,
           t("Hi. Yes, many tablets make you tired. Try desloratadine, it's a newer type, much less sleepy."),
           c("Okay. Is it strong enough? My nose is running all day.", None),
           t("It works well for most people. If the nose is still bad, we have nasal sprays too. The tablets are 79 kronor for 30."),
           c("Okay, I take them.", None),
           t("One in the morning, with or without food."),
           c("Thank you.", None)],
))

# d05 -------------------------------------------------------------------------------------------
_o = c("Hoi. I work from home for two years now and my back is killing me. I think I need a standing desk. What do you have?", None)
PAIRS.append(rpair(
    "b103r_d05_denhaag_furniture_homeofficedesk",
    "Furniture store, The Hague, Netherlands: a very tall home worker with back pain asks for a standing desk for a small flat.",
    better=[_o,
            t("Hoi. We have a few. Before we look, what do you work at now, a real desk, the kitchen table?"),
            c("The dining table. And a dining chair. My laptop is on the table.", None),
            t("Then honestly, the chair and the laptop height are probably hurting you more than the table. A standing desk helps if you really switch between standing and sitting. "
              "How many hours a day do you work like this?"),
            c("Eight, sometimes nine. I'm tall, 1.94. And the apartment is small, the desk can be maximum 120 wide.", None),
            t("At 1.94 a normal desk is too low anyway, so a height-adjustable one makes sense for you even sitting. This one is 120 wide, goes up to 128 cm, 549 euro. "
              "But before any fancy chair I'd add a laptop stand and keyboard, 60 together. Try it here at your height."),
            c("549 is more than I wanted, but if it's the right one... Let me try it.", "too_expensive"),
            t("Sure. Raise it until your elbows are at 90 degrees, and I'll note the height for you.")],
    worse=[_o,
           t("Hoi. These are our standing desks. This one is the most popular, electric, with memory buttons, 549 euro. There's a manual one at 349."),
           c("What's the difference, except the motor?", None),
           t("The electric one is faster to adjust, so people actually use it. The manual one has a crank, it takes a minute. Both are stable."),
           c("Hmm. The electric one, but my apartment is small. How wide is it?", None),
           t("It comes in 120 and 140, the 120 fits in most rooms. Do you want to try it?"),
           c("Honestly, I won't buy today, I want to compare with the cheaper ones online first. But let me try it.", "think_it_over")],
))

# d06 -------------------------------------------------------------------------------------------
_o = c("Hei. We are thinking about a cargo bike instead of a second car. Two kids, 2 and 4, kindergarten is 3 kilometres. But Trondheim is hilly and I'm not sure it's realistic.", None)
PAIRS.append(rpair(
    "b103r_d06_trondheim_bikeshop_cargobike",
    "Bike shop, Trondheim, Norway: a mother weighs a cargo bike against a second car for a hilly kindergarten run.",
    better=[_o,
            t("Hei. It's a big decision, good to be unsure. What's the route like, and where would the bike stand at night?"),
            c("There's the Bakklandet hill, quite steep. The bike would stand in the backyard, outside. We don't have a garage.", None),
            t("With that hill and two kids, electric with a strong motor is a must. Outside all year means a cover and more service because of the salt. "
              "Have you tried riding one with kids in it? It feels very different from a normal bike."),
            c("No, never. And my husband thinks it's dangerous in traffic, he is not convinced.", "think_it_over"),
            t("Fair worry. Then don't decide here. We rent them out for a weekend, 600 kroner, and you get it back if you buy. Ride the real kindergarten route, both of you, with the kids."),
            c("A weekend test, that's smart. My husband can try the hill himself. Next weekend?", None),
            t("I'll book it. Pick up Friday after four.")],
    worse=[_o,
           t("Hei. It's realistic, many families here do it. These are our two electric cargo bikes, the long-tail and the box bike. Both have strong motors for the hills."),
           c("Which is better for two kids?", None),
           t("The box bike, the kids sit in front with belts and a rain cover, and you can see them. It's 62,000 kroner. The long-tail is 48,000, but the kids sit behind you."),
           c("62,000, wow. That's a lot of money for a bike.", "too_expensive"),
           t("It is, but compared to a second car it's much cheaper. Want to take a test ride around the block?"),
           c("Not now, I have to pick up the kids in twenty minutes. Maybe another day.", "no_time")],
))

# d07 -------------------------------------------------------------------------------------------
_o = c("Dzień dobry. I need 60 winter high-vis jackets, class 3, for our crew at the mine site. Before 1 November, the cold starts and they need them.", None)
PAIRS.append(rpair(
    "b103r_d07_katowice_ppe_winterjackets",
    "Workwear and PPE supplier, Katowice, Poland: a contractor's safety manager needs 60 winter jackets by a fixed date; only 40 are in stock.",
    better=[_o,
            t("Dzień dobry. Let me check the stock now... I have to be honest: in that model I have 40, the next 20 come around 20 November. Which sizes do you need?"),
            c("Mostly L and XL, some XXL. 20 November is too late, people will be cold.", None),
            t("Understood. Two options: I send the 40 now, L and XL first, and for the other 20 a very similar class 3 jacket from another brand, in stock, 15 złoty more each. "
              "Or all 60 of the other brand so everyone looks the same."),
            c("15 more for 20 jackets, 300, that's okay. But I don't know this brand. The last cheap brand we took, the reflective stripes came off after one wash.", "bad_experience"),
            t("Fair. I'll send you one sample tomorrow, wash it before you decide. If it fails, you wait for the 20 from the first model, and I lend you 20 from our rental stock until then."),
            c("Okay, that's a fair solution. Send the sample.", None)],
    worse=[_o,
           t("Dzień dobry. Sure, class 3 winter jackets, we have them. Which sizes?"),
           c("Mostly L and XL, some XXL. 60 pieces. Before 1 November.", None),
           t("Noted: 60 pieces, L, XL, XXL. I'll check the stock with the warehouse and call you back tomorrow about delivery. The price is 189 złoty per jacket."),
           c("189? Last year we paid 170.", "too_expensive"),
           t("Prices went up this year, for everyone, mostly the material. I'll send the offer together with the stock information."),
           c("Okay. But please tomorrow, it's important, the cold starts.", None),
           t("Tomorrow, yes.")],
))

# d08 -------------------------------------------------------------------------------------------
_o = c("Guten Tag. We are a tax office, eight people, about 300 clients. Our current software gets slower and more expensive every year. "
       "But I tell you directly: we changed software in 2017 and it was a nightmare. I am not sure we want this again.", "bad_experience")
PAIRS.append(rpair(
    "b103r_d08_cologne_accountingsoftware_migration",
    "Accounting software vendor (B2B SaaS), Cologne, Germany: a tax adviser wants to leave her current software but was burned by a migration before.",
    better=[_o,
            t("Guten Tag. Thanks for saying it directly. What went wrong in 2017? I'd rather know now."),
            c("The data came over, but the opening balances were wrong for half the clients. We found it in the annual statements, months later. Two people worked weekends for weeks.", None),
            t("So the danger isn't the move itself, it's wrong numbers nobody sees for months. Then I wouldn't move 300 clients at once. We migrate five of your clients first, "
              "you check the balances against the old system, and only when they match we do the rest. Old years stay readable in the old system, we don't move those."),
            c("Five clients first... that sounds more careful. How long does it take?", None),
            t("The five, about two weeks with your checking. The full move six to eight weeks after that, outside your busy season. I'd plan it for summer, not before the tax deadlines."),
            c("Summer is good. I have to discuss with my partner, she was there in 2017 too.", "think_it_over"),
            t("Of course. I can join a call with both of you and bring one of our migration people for the technical questions.")],
    worse=[_o,
           t("Guten Tag. I understand, migrations have a bad reputation. But our migration team has done over 400 tax offices, we take care of everything for you."),
           c("Everything? Also the opening balances? Last time they were wrong for half the clients.", None),
           t("Yes, our tool transfers the balances automatically, and we have a checklist. Most offices are live in six weeks."),
           c("Six weeks for 300 clients. Hmm. And what does it cost?", None),
           t("Migration is a fixed fee of 2,900 euro, then 45 euro per user per month. For eight users, 360 a month."),
           c("That's about what we pay now. I have to discuss it with my partner.", "think_it_over"),
           t("Of course. I'll send you the offer and references from two tax offices in Cologne.")],
))

# d09 -------------------------------------------------------------------------------------------
_o = c("Good morning. I want to check out, but I also want to say: the heating in my room didn't work. I called reception twice last night, at ten and at eleven. Nobody came. I slept in my coat.", None)
PAIRS.append(rpair(
    "b103r_d09_aalborg_hotel_coldroom",
    "Business hotel, Aalborg, Denmark: a regular business guest complains at checkout about a cold room and unanswered calls.",
    better=[_o,
            t("Good morning. That's really bad, sleeping in your coat, and nobody coming after two calls is worse. Which room, and what were you told when you called?"),
            c("Room 312. The man said someone comes in ten minutes. The second time he said the technician had gone home.", None),
            t("Thank you. I'll talk to the night team today, they should have moved you to another room. I won't charge you for last night. Was it only the one night?"),
            c("Only last night. The first night was fine.", None),
            t("Then last night is off, 1,095 kroner. Is it a company booking? I'll send the corrected invoice straight to your company, so you don't have to explain it."),
            c("Yes, to Nordvind A/S, the address is in the booking. Okay, that's fair. I come here often for work, I hope it doesn't happen again.", None),
            t("I'll put a note in your profile that your room is checked before you arrive. Have a good trip home.")],
    worse=[_o,
           t("Good morning. I'm very sorry to hear that, that should not happen. I apologise on behalf of the hotel."),
           c("Thank you. But I paid for a room with heating.", None),
           t("Of course. As a gesture I can offer you a voucher for a free dinner in our restaurant on your next stay, and I'll report the heating to our technician."),
           c("A dinner voucher... I come here for work, I don't eat in the restaurant. I'd rather have something on the bill.", "no_need"),
           t("I understand. I can give you 20 percent off the total stay."),
           c("Okay. That's acceptable.", None),
           t("Here is your receipt. Have a good trip.")],
))

# d10 -------------------------------------------------------------------------------------------
_o = c("Bom dia. I want a machine for blood pressure, for my father. The doctor wants him to measure at home. Which one is good?", None)
PAIRS.append(rpair(
    "b103r_d10_setubal_pharmacy_bloodpressure",
    "Pharmacy, Setúbal, Portugal: a daughter buys a blood-pressure monitor for her 82-year-old father who lives alone.",
    better=[_o,
            t("Bom dia. Can I ask a bit about your father: how old is he, and will he use it alone?"),
            c("82. Alone, yes, he lives alone here in Setúbal, I am in Lisbon. He has arthritis in the hands and he doesn't see so well.", None),
            t("Then an upper-arm one, not the wrist, they're more exact for older people. This model has big numbers, one big button, and the cuff closes with velcro, easy with stiff fingers. "
              "It saves the last 60 readings, so you can check them when you visit."),
            c("How much is it? I have no idea what these cost.", None),
            t("54 euro. Cheaper ones measure fine too, but a small screen and a tight cuff are the problem for him. Shall I show you how to put it on, so you can show him?"),
            c("Yes please. And maybe next time I bring him here, so you show him also.", None),
            t("Good idea. Tell him to measure at the same time every morning, sitting, before coffee.")],
    worse=[_o,
           t("Bom dia. This wrist one is our bestseller, small and easy, 39 euro. It's clinically validated."),
           c("Wrist is good? The doctor said arm, I think.", None),
           t("Both are fine if used correctly, the wrist one must be at heart height. If the doctor said arm, this upper-arm one is 54 euro."),
           c("My father is 82, he has arthritis. Is the arm one difficult?", None),
           t("It's easy, one button. It also saves 60 readings."),
           c("Okay, I take the arm one.", None)],
))
