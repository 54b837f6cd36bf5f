"""Ranked pairs d01-d10 (b71): two decent conversations; `better` is better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 -- better finds the real reason (an investor) and the backlog before quoting
o = c("Hi, I run a small software startup, four people. I'd like a quote for your basic bookkeeping package, the "
      "cheapest one. We just need someone to do the books.", None)
PAIRS.append(rpair(
    "b71r_d01_rotterdam_startup_bookkeeping",
    "Accountancy firm, Rotterdam (Netherlands): a startup founder asks for the cheapest bookkeeping package.",
    [o,
     t("Hi, happy to quote. So I give you the right one: how are the books kept now, and what made you look for "
       "someone at this moment?"),
     c("My co-founder did them in a spreadsheet. He's left. And, well, we're talking to an investor; they'll want "
       "to see numbers after the summer.", None),
     t("That changes things a little. An investor usually asks for a clean balance sheet and monthly figures, "
       "not only VAT returns. How far behind is the spreadsheet?"),
     c("Honestly, since about October. Receipts are in a shoebox and in my inbox.", None),
     t("Then the basic package alone won't get you there. I'd suggest a one-off catch-up from October, fixed at "
       "1,200, then the basic package at 240 a month with a simple monthly report you can show the investor. "
       "Shall I look at the spreadsheet before you commit to anything?"),
     c("1,200 on top hurts, we're watching every euro. But better than the investor finding a mess. Send me the "
       "upload link.", "no_money"),
     t("Here it is. I'll reply within two days with what I find and whether the 1,200 holds.")],
    [o,
     t("Hi, happy to help. Our basic package is 240 a month: bookkeeping, quarterly VAT returns and the annual "
       "accounts. For four people it usually fits well."),
     c("Sounds fine. What do you need from me to start?", None),
     t("Access to your bank feed, and the receipts; we use an app where you photograph them. Is the bookkeeping "
       "up to date so far?"),
     c("More or less. My co-founder did it in a spreadsheet until October. He's left.", None),
     t("No problem, we'll pick it up from there and take the earlier months from the spreadsheet. I can send the "
       "engagement letter today."),
     c("Okay. Let me read it first, then I'll sign.", "think_it_over"),
     t("Of course. Any questions, just call me.")]))

# d02 -- better asks about the mother's wishes and the relatives before quoting, and offers to call the temple
o = c("Excuse me. My mother passed away early this morning at the hospital. My sister and I would like a small "
      "family funeral. I would like to know the cost.", None)
PAIRS.append(rpair(
    "b71r_d02_kyoto_family_funeral",
    "Funeral company, Kyoto (Japan): a son asks the cost of a small family funeral on the morning his mother "
    "died.",
    [o,
     t("I am very sorry for your loss. I will explain the costs clearly. First, may I ask how many people you "
       "expect, and whether your mother had any wishes?"),
     c("Perhaps fifteen, only family. She said she wanted no big ceremony. But our relatives in Shiga will expect "
       "a Buddhist priest.", None),
     t("So small and simple, as she wished, but with a priest for the relatives. Our family plan for up to twenty "
       "people is 580,000 yen: hall, coffin and cremation. The priest's offering is separate, paid to the "
       "temple. Does your family have a temple?"),
     c("Yes, in Shiga. But I am not sure they will come to Kyoto. My sister and I will divide the cost.", None),
     t("I can call the temple today and ask; if they cannot come, we know a temple of the same school nearby. The "
       "offering is something you agree with them. Would you like to talk with your sister tonight and tell me "
       "in the morning?"),
     c("Yes. I will call you at nine.", None),
     t("Thank you. I will have the temple's answer by then.")],
    [o,
     t("I am very sorry for your loss. Our family funeral plan is 580,000 yen for up to twenty people, including "
       "the hall, coffin, cremation and a simple altar."),
     c("I see. My mother wanted no big ceremony. Is a priest included?", None),
     t("The priest's offering is separate, usually 200,000 to 500,000 yen, paid to the temple. We can introduce a "
       "temple if you need one."),
     c("That is a lot on top. My sister and I must discuss.", "think_it_over"),
     t("Of course. Here is our brochure with the plan details. Please call whenever you are ready."),
     c("Thank you. I will call tomorrow.", None),
     t("Thank you. Take care.")]))

# d03 -- better checks charging and shift pattern, and right-sizes the battery to budget
o = c("Hej. I'm thinking about leasing an electric car. I work at the hospital in Hillerød and drive there from "
      "Amager. Is that realistic?", None)
PAIRS.append(rpair(
    "b71r_d03_copenhagen_ev_lease",
    "Car leasing, Copenhagen (Denmark): a night-shift nurse asks whether an electric lease suits her commute.",
    [o,
     t("Hej, very realistic, it's about 45 km each way. Can you charge where you live, and does the hospital have "
       "chargers?"),
     c("I live in a block, there are two public chargers in the street, often taken. The hospital has some, but "
       "I work nights, I don't know if staff can use them then.", None),
     t("Nights may actually help: hospital chargers are usually free then. What monthly amount are you aiming "
       "for?"),
     c("Around 4,500 kroner. But a colleague leased an electric car last year and regretted it, the range in "
       "winter was terrible.", "bad_experience"),
     t("That does happen with small batteries in frost. For 90 km a day, a 60 kWh battery keeps a good margin even "
       "in January, about 4,200 a month. Before signing, could you ask facilities whether staff can charge at "
       "night? I'll hold the offer for two weeks."),
     c("Good idea. I'll ask on my next shift.", None),
     t("Great. I'll email the offer, with the three questions to ask them.")],
    [o,
     t("Hej, very realistic, 45 km each way is easy for an electric car. Most customers with that commute take "
       "the long-range model, 520 km on a charge, so you never have to think about it."),
     c("How much is that one?", None),
     t("4,950 a month over 36 months, service and insurance included. Do you have a charger at home?"),
     c("No, there are public ones in the street. And 4,950 is above what I'd planned, I was thinking 4,500.",
       "no_money"),
     t("With the long range you'd only charge about once a week, so public chargers are fine. There's also a "
       "mid-range version at 4,200. Would you like to drive both?"),
     c("Yes, the cheaper one especially. Next Tuesday?", None),
     t("Tuesday at three works. See you then.")]))

# d04 -- better diagnoses why glove use is high before offering a cheaper glove
o = c("Bonjour. We buy about 40 boxes of blue nitrile gloves a week from you for our packing line. I need to "
      "bring the cost down. Do you have something cheaper?", None)
PAIRS.append(rpair(
    "b71r_d04_lille_nitrile_gloves",
    "Industrial safety supplies distributor, Lille (France): a food factory buyer asks for cheaper gloves.",
    [o,
     t("Bonjour. We can look at that. Forty boxes a week is more than I'd expect; how many people work on the "
       "packing line, per shift?"),
     c("Eighteen, two shifts. Yes, it's a lot. They change gloves all the time, the gloves tear on the carton "
       "edges.", None),
     t("So part of the cost is tearing, not only the price per box. A cheaper, thinner glove would probably tear "
       "more. Which job tears them most?"),
     c("Closing the cartons. The taping station.", None),
     t("Then one option: a thicker glove, a bit dearer per box, only at the taping station, and the current one "
       "elsewhere. If tearing halves, you buy fewer boxes overall. Can I send a trial case for two weeks and we "
       "count together?"),
     c("My boss wants a lower price per box, not a trial. But I can try to explain it to him. Send it.",
       "think_it_over"),
     t("I'll send it Monday with a simple count sheet, so you have numbers to show him.")],
    [o,
     t("Bonjour. Yes, we have an economy nitrile glove, 3.5 grams instead of 4.2, at 4.10 a box instead of 5.20. "
       "Same food-contact certification."),
     c("That's a good difference. Is it as strong?", None),
     t("It's thinner, so a little less resistant, but for packing it's usually fine. Many food customers use "
       "it."),
     c("Our people already tear the current ones on the cartons. I'm not sure.", "think_it_over"),
     t("Understood. I can send one box to try on the line before you switch the whole order."),
     c("Yes, send one box. We'll see.", None),
     t("I'll add it to Thursday's delivery.")]))

# d05 -- better is honest about the rainy season and lets the couple choose with the facts
o = c("Hi! We're getting married in February and want to go to Bali for the honeymoon, eight nights. Can you put "
      "together a package?", None)
PAIRS.append(rpair(
    "b71r_d05_busan_honeymoon",
    "Travel agency, Busan (South Korea): a groom-to-be wants a February honeymoon package to Bali.",
    [o,
     t("Congratulations! Happily. Before I build it, what are you picturing: mostly beach and rest, or exploring, "
       "food, hiking?"),
     c("Beach mostly, and a few good restaurants. We both work too much, we want to do nothing.", None),
     t("Then one honest point: February is Bali's rainy season, often heavy showers in the afternoon. Many couples "
       "still love it, but if the beach every day is the whole plan, Phuket's west coast or Da Nang are drier "
       "then. Is Bali important to you for another reason?"),
     c("Oh. My fiancée's friends went to Bali and loved it. But that was in August, I think. Hmm.", None),
     t("Then either Bali with a pool villa, so rainy afternoons are still nice, or somewhere drier. About 3.8 and "
       "3.2 million won per person. Shall I send both tonight so you can decide together?"),
     c("Yes, send both. I have to ask her, it was her dream.", "think_it_over"),
     t("I'll send them by eight tonight with the weather averages for each, so it's easy to compare.")],
    [o,
     t("Congratulations! Eight nights in Bali, lovely. I'd suggest four nights in Ubud and four in Seminyak, with "
       "Korean Air flights. How does that sound?"),
     c("We want beach mostly. We both work too much, we want to do nothing.", None),
     t("Then eight nights in Nusa Dua in a resort with a good pool, about 3.8 million won per person with "
       "flights. February can be a bit rainy, but the resort is lovely."),
     c("3.8 is more than we hoped. Is there something a bit cheaper?", "too_expensive"),
     t("A four-star resort in Nusa Dua brings it to 3.3. I'll send both options tonight."),
     c("Okay, thanks. I'll show my fiancée.", "think_it_over"),
     t("Great, let me know which one you choose.")]))

# d06 -- better finds the real goal (diploma recognition) and a funded route
o = c("Hello. I am civil engineer from Aleppo, in Germany since one year. I have B1 certificate. I want to "
      "continue learning German. What courses do you have?", None)
PAIRS.append(rpair(
    "b71r_d06_berlin_german_b2",
    "Language school, Berlin (Germany): a Syrian engineer with B1 asks about the next German course.",
    [o,
     t("Hello, welcome. B1 after one year is good progress. What do you need the German for, is it for work as an "
       "engineer?"),
     c("Yes. For recognition of my diploma and to work as engineer I need B2, maybe C1 for the chamber. I am not "
       "sure exactly.", None),
     t("That's worth checking, because it decides the course and the exam. The engineers' chamber in Berlin sets "
       "the level; I'll help you ask them. Are you working now, and when could you study?"),
     c("I work in a warehouse, early shift until two. Afternoon is possible. But money is the problem, I cannot "
       "pay much.", "no_money"),
     t("Then look at the job-related German course: it's state-funded and, at your income, usually free, and it "
       "ends with a B2 exam. We run one in the afternoons from March. Shall we check your eligibility now, with "
       "your residence papers?"),
     c("Yes, I have them with me.", None),
     t("Good. And I'll write down the question for the chamber, so you can email them tonight.")],
    [o,
     t("Hello, welcome. After B1 our next course is B2.1, four mornings a week, from March. It costs 420 euros a "
       "month."),
     c("Mornings I work in a warehouse, until two. Is there an afternoon course?", None),
     t("Yes, B2 in the afternoons from April, three days a week, 360 a month. It ends with the telc B2 exam."),
     c("360 is a lot for me. In the warehouse the money is little.", "no_money"),
     t("I understand. You might be eligible for a funded course through the job centre; you could ask them. Would "
       "you like the April course details to take with you?"),
     c("Yes, please. I will ask the job centre and come back.", "think_it_over"),
     t("Here you are. Registration closes on the 20th.")]))

# d07 -- better attends to the husband and offers a small first step (day care) instead of the waiting list
o = c("Good afternoon. My wife has Alzheimer's. I've cared for her at home for four years. Our GP says I should "
      "look at a care home. I don't know if I'm ready.", None)
PAIRS.append(rpair(
    "b71r_d07_utrecht_dementia_care",
    "Care home with dementia unit, Utrecht (Netherlands): an elderly husband, unsure, asks about a place for "
    "his wife.",
    [o,
     t("Good afternoon. Four years is a long time to carry that, and not feeling ready is completely normal. May "
       "I ask how things are at home now, for both of you?"),
     c("She's still sweet, mostly. But she doesn't sleep, she walks at night. I'm eighty. I fell in the hall last "
       "month.", None),
     t("So her nights have become unsafe for you, and you're worn out. Moving in doesn't have to be the first "
       "step. We have day care three days a week and short stays, so you can rest and she gets to know us. "
       "Would that be worth trying?"),
     c("Maybe. Our children want her in a home now. But I promised her I'd keep her at home.", "think_it_over"),
     t("That promise matters. Day care is a way to keep her home longer, not to break it. Would you come with her "
       "one morning next week, just for coffee, and see if she feels at ease?"),
     c("Mornings are hard, she's slow to get going. Could it be after lunch?", "no_time"),
     t("Of course: Thursday at two, then. Bring something she likes, a photo or her cardigan; it helps.")],
    [o,
     t("Good afternoon. That's a big decision. We have a secure dementia unit of 24 residents and a waiting list "
       "of about four months. You'd need a care assessment from the CIZ first."),
     c("Four months. I don't know if we can wait. She walks at night, I fell last month.", None),
     t("I understand. Then it makes sense to apply now. I can give you the CIZ form and show you the unit today, "
       "if you like."),
     c("I'm not sure I'm ready to see it. I promised her I'd keep her at home.", "think_it_over"),
     t("Of course. Take the form and call me when you're ready. We also have day care, if that helps meanwhile."),
     c("Thank you. I'll talk to my children.", "think_it_over"),
     t("You're welcome. Take care of yourself.")]))

# d08 -- better checks what changed, uses real data and is honest about what nobody can promise
o = c("Morning. I run a twelve-room guesthouse in Leith. Our business energy contract ends in June and the "
      "renewal letter is frankly frightening. What can you do?", None)
PAIRS.append(rpair(
    "b71r_d08_edinburgh_guesthouse_energy",
    "Business energy broker, Edinburgh (Scotland): a guesthouse owner faces a steep renewal price.",
    [o,
     t("Morning. Let's see. What does the renewal letter quote, and what do you pay now?"),
     c("Now 24p a unit for electric. The letter says 31p, and the standing charge has doubled. Gas similar.", None),
     t("A big jump. Before I quote: when are you busiest, and has anything changed, a new boiler, kitchen, more "
       "rooms?"),
     c("Summer and the festival, packed. Winter's dead. We put in a new combi boiler last year.", None),
     t("Then last year's bills overstate your gas. I'd quote on the last twelve months of readings. And honestly, "
       "nobody can tell you where prices go: fixed costs a bit more now but removes surprises in the busy "
       "season; flexible is cheaper today, with risk."),
     c("I'd rather sleep at night. But I can't pay 31p, that would eat the whole summer.", "no_money"),
     t("Understood. Send me the readings and you'll have two fixed quotes, one and two years, by Wednesday. I'd "
       "expect nearer 26p, but I won't promise until I've seen the figures.")],
    [o,
     t("Morning. Renewal letters are usually the worst price, you're right to shop around. What's your annual "
       "usage?"),
     c("About 28,000 units of electric and 60,000 gas, roughly, from last year's bills.", None),
     t("Thanks. On that I can get a two-year fixed at 26.5p electric and 7.1p gas, standing charge 60p a day. "
       "Well under the renewal."),
     c("That's better. But we put a new boiler in last year, so the gas is probably lower now.", None),
     t("That only helps you, since it's per unit. Shall I send the contract over?"),
     c("Send it. I'll look at it over the weekend.", "think_it_over"),
     t("Will do. I'll call you on Monday.")]))

# d09 -- better learns the readers (level, identity, what they borrow) and lets the boys choose
o = c("Kia ora, I'm the librarian at a secondary school in Porirua. I've got about 1,500 dollars left this year and "
      "want books our Year 9 and 10 boys will actually read.", None)
PAIRS.append(rpair(
    "b71r_d09_wellington_school_books",
    "Independent bookshop, Wellington (New Zealand): a school librarian spends the last of her budget.",
    [o,
     t("Kia ora! Great brief. What do they pick up now, if anything, and what's the reading range like?"),
     c("Graphic novels get borrowed, sport. Many read below their age, some well below, and they won't touch "
       "anything that looks like a kids' book.", None),
     t("So high interest, easier reading, and it can't look young. Some publishers do exactly that, short novels "
       "with teen covers. Any communities you'd want reflected, Pasifika or Māori writers for instance?"),
     c("Yes, definitely, about half our students are Pasifika.", None),
     t("Then a mix: graphic novels, high-interest short novels, Pasifika and Māori authors. I can list about 80 "
       "titles for roughly 1,400 and you strike out anything. Or I bring a box of twenty for the boys to look at "
       "first?"),
     c("The box would be great. Our last supplier sent 'teen picks' that were classics with new covers. Nobody "
       "touched them.", "bad_experience"),
     t("Then the boys choosing from the box is the best test. I'll bring it Tuesday and send the full list "
       "tomorrow, so you can order well before term ends.")],
    [o,
     t("Kia ora! Great. I can put together a list of the current young adult bestsellers, the ones in the charts. "
       "About 80 books for your budget."),
     c("Bestsellers are fine, but a lot of our boys read below their age. They won't read a 400-page fantasy.",
       None),
     t("Good point. I'll add graphic novels and some shorter titles. I'll send the list tomorrow and you strike "
       "out anything."),
     c("Okay. The budget has to be spent by the end of term.", None),
     t("No problem, we deliver within a week of the order."),
     c("Good. I'll wait for the list.", None),
     t("Talk soon.")]))

# d10 -- better asks what the windows are for (warmth), explains heritage limits and offers a small first step
o = c("Goedemiddag. We bought a house on the Spiegelrei last year. It's a protected monument. We want to replace "
      "all the windows with double glazing, the house is freezing. Can you handle the permit?", None)
PAIRS.append(rpair(
    "b71r_d10_bruges_listed_windows",
    "Architecture practice, Bruges (Belgium): owners of a protected house want new double-glazed windows.",
    [o,
     t("Good afternoon. We can. First, tell me about the windows: are they the old wooden ones, and does the cold "
       "come through the glass or through gaps?"),
     c("Old wood, single glass. Drafts everywhere, and the heating bill was over 4,000 euros last winter.", None),
     t("So the goal is a warm house and a lower bill. On a protected façade, new frames are often refused, but "
       "much of the cold is draughts: restoring the frames with seals and slim heritage glass, or inner secondary "
       "windows, is usually accepted. Would you be open to that?"),
     c("If it's warm, I don't much care what it is. I just don't want years of paperwork.", None),
     t("Understandable. I'd start with a feasibility visit, 650 euros: I check the windows, talk informally with "
       "the heritage agency and tell you which options have a real chance, before any application."),
     c("650 before anything happens. Let me discuss it with my husband.", "think_it_over"),
     t("Of course. I'll send what the visit includes and two examples from Bruges, so you can look at them "
       "together.")],
    [o,
     t("Good afternoon. Yes, for a protected monument you need a heritage permit. We prepare the drawings, photos "
       "and application; it usually takes four to six months."),
     c("Four to six months. And will they allow double glazing?", None),
     t("It depends on the building. Often they want the original look kept, so we'd propose slim double glazing "
       "in new frames copying the old profiles."),
     c("What would that cost, roughly? The heating bill was over 4,000 euros last winter.", None),
     t("For a house like yours, perhaps 40,000 to 60,000 for the windows, plus about 4,500 for our permit file."),
     c("That's a lot. Let me discuss it with my husband.", "too_expensive"),
     t("Of course. I'll send you a proposal for the permit file this week.")]))
