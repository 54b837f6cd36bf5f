"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better
in a way a sales coach would agree with, `worse` is competent but shallower. Written by hand for blind79."""
from common import c, rpair, t

PAIRS = []

# d01 — Ibadan, Nigeria: pharmacy, a child with fever
o = c("Good evening. Please, I want malaria drug for my son. He's been hot since yesterday, not eating well. Give me the strong one.", None)
PAIRS.append(rpair(
    "b79r_d01_ibadan_pharmacy_fever",
    "Community pharmacy, Ibadan, Nigeria: a mother asks for malaria medicine for her feverish six-year-old.",
    [o,
     t("Good evening, ma. Sorry about him. How old is he, and roughly how heavy? The dose depends on the weight."),
     c("He's six. Maybe twenty kilo. He vomited once this morning.", None),
     t("Six, about twenty kilos, fever since yesterday, vomited once. Before we buy malaria drug, we have a rapid test here, 500 naira, a finger prick, fifteen minutes. If it's not malaria, the drug won't help him. Can we do it?"),
     c("Five hundred on top of the drug? Money is not much this month, ehn. Just give the drug, it's always malaria.", "no_money"),
     t("I understand. If it's positive, you buy the drug anyway; if it's negative, you've saved 2,500 on a drug he doesn't need, and we know to take him to the clinic. And if he vomits again, or is very sleepy, or can't drink, don't wait, go to the hospital."),
     c("Okay, do the test. He's in the car with his father, let me bring him.", None)],
    [o,
     t("Good evening, ma. Sorry. How old is he?"),
     c("He's six. He vomited once this morning.", None),
     t("Okay. For a six-year-old, this artemether-lumefantrine is good, 2,500 naira. Two tablets twice a day for three days, with food."),
     c("He's not eating well. Does it matter?", None),
     t("Try to give it with something small, pap or milk. If he vomits within an hour, give the dose again. If he's not better in three days, go to the clinic."),
     c("Okay, thank you. Let me pay.", None)]))

# d02 — Thiès, Senegal: school uniform tailoring
o = c("Bonjour. I am the director of a private school in Thiès. I need 200 uniforms for October, shirts and trousers or skirts, blue and khaki.", None)
PAIRS.append(rpair(
    "b79r_d02_thies_school_uniforms",
    "Tailoring workshop, Thiès, Senegal: a school director orders 200 uniforms after problems with the last tailor.",
    [o,
     t("Bonjour, monsieur le directeur. 200 for October is fine. Who made them before, and was there anything you didn't like, so we don't repeat it?"),
     c("A tailor at the market. The blue became grey after one month, the parents complained a lot. And the sizes were all wrong for the small ones.", None),
     t("So the colour faded fast and the small sizes didn't fit. Then: I make a sample shirt in two fabrics, and you wash them five times to see which keeps the blue. For sizes, we measure the children class by class at the school; it takes one morning. Is that possible?"),
     c("Measuring at the school, yes, good idea. But the better fabric costs more, no? Some parents here can't pay more than 6,000 for a uniform.", "no_money"),
     t("The better fabric adds about 700 francs, so 6,200 instead of 5,500. If that's too much for some families, we use the good fabric for the shirts only, where the fading shows, and keep the trousers as before. You choose after the wash test."),
     c("Good. Bring the samples next week, I'll give them to my secretary to wash.", None)],
    [o,
     t("Bonjour, monsieur le directeur. 200 uniforms, no problem. Shirts, trousers and skirts at 5,500 francs each, ready in four weeks."),
     c("Hmm. With the last tailor, the blue became grey after one month.", "bad_experience"),
     t("Our fabric is good quality, it won't do that. We've made uniforms for three schools in Thiès. Send me the sizes by class and we start."),
     c("The sizes also were wrong last time for the small ones. The list from the parents is not reliable.", None),
     t("Then we can come and measure at the school one morning. Do you want to pay half now so we start?"),
     c("Let me see the fabric first. Bring me one sample, then we talk.", "think_it_over")]))

# d03 — Fès, Morocco: broadband for an internet café
o = c("Salam. I have a cyber in Fès, near the university, eight computers. The connection is slow all afternoon, the students complain, some go to the other cyber. I want more speed.", None)
PAIRS.append(rpair(
    "b79r_d03_fes_cyber_broadband",
    "Internet provider's business desk, Fès, Morocco: an internet café owner asks for a faster plan.",
    [o,
     t("Salam. Eight computers, slow all afternoon, customers leaving. What do the students mostly do in the afternoon: forms and printing, or videos and games?"),
     c("Afternoon it's the students, forms and the online courses, video. Evening the young ones come for games. But the problem is afternoon.", None),
     t("And what speed do you have now, and is it one router for all eight, cable or Wi-Fi?"),
     c("20 mega. One router, Wi-Fi, and the customers' phones also connect, I gave them the password. Maybe thirty phones in the afternoon.", None),
     t("That may be the real problem: thirty phones sharing the same 20 mega as your eight computers. Before paying for more speed, let's put the phones on a separate, limited network and cable the eight PCs. If it's still slow, 50 mega is 549 dirhams a month instead of 349. Shall I set up the second network today? It's free."),
     c("Free, yes. Wakha. If it's still slow after, I'll take the 50.", None)],
    [o,
     t("Salam. Eight computers, slow in the afternoon. What speed do you have now?"),
     c("20 mega.", None),
     t("For eight computers, 20 is too little. I recommend 50 mega, 549 dirhams a month instead of 349. We can switch you this week."),
     c("Two hundred more every month... business is not so good these days. My cousin says maybe it's the router.", "no_money"),
     t("The router may help a little, but 50 mega will solve it. We can do the first month at your old price, so you see the difference."),
     c("First month same price? Okay, that's fair. Do it.", None)]))

# d04 — Faisalabad, Pakistan: wheat fertilizer, farmer speaking through his nephew
o = c("Assalam o alaikum. This is my chacha, he doesn't speak English, I'll talk for him. He has twelve acres, wheat sowing next month. He wants DAP and urea, and he says tell them last year the yield was bad.", None)
PAIRS.append(rpair(
    "b79r_d04_faisalabad_wheat_inputs",
    "Fertilizer dealer, Faisalabad, Pakistan: a nephew speaks for his uncle, a wheat farmer unhappy with last year's yield.",
    [o,
     t("Walaikum assalam, and salaam to chacha ji. Last year's yield was bad: how many maund per acre did he get, and what does he think went wrong?"),
     c("He says thirty-two maund, normally forty. He says maybe the seed, maybe the late water. He sowed late, in December, because of the cotton.", None),
     t("Late sowing after cotton costs yield on its own, so fertilizer alone won't fix it. Has he ever had a soil test? The agriculture department does it cheaply, and it tells us whether he needs more phosphorus or not."),
     c("He says never, he trusts his eye, haha. And he says don't make him spend on tests, he's a farmer, not a doctor.", "no_need"),
     t("Fair. Then a safe plan for twelve acres: one bag of DAP per acre at sowing, urea in two doses, the first with the first water. And a short-duration variety if he sows late again. I'll write the bags and prices on paper, so chacha can compare with the dealer he knows."),
     c("He says write it. He'll come himself on Friday, he likes to see the bags.", None)],
    [o,
     t("Walaikum assalam. For twelve acres of wheat, twelve bags DAP and eighteen bags urea. DAP is 12,500 a bag, urea 4,600."),
     c("He says DAP is 12,000 at the shop in the village. Why more here?", "too_expensive"),
     t("Ours is original, fresh stock; the village bags are sometimes old. For twelve bags I can do 12,200."),
     c("He says okay, 12,200, but he'll come Friday and see the bags himself.", None),
     t("Sure, I'll keep them aside. Tell chacha the first urea goes with the first water."),
     c("He says he knows, he's been farming forty years, haha. Okay, Friday.", None)]))

# d05 — San Antonio, Texas: quinceañera catering
o = c("Hi! So my daughter's quince is in April, around two hundred people, and honestly I'm a little overwhelmed. My sister gave me your name.", None)
PAIRS.append(rpair(
    "b79r_d05_sanantonio_quince_catering",
    "Event caterer, San Antonio, Texas: a mother planning her daughter's quinceañera for two hundred guests.",
    [o,
     t("Congratulations, that's a big one! Let's make it less overwhelming. What does your daughter picture for the food, and is there anything your family always has at parties?"),
     c("She wants it fancy, like a sit-down dinner. But my mom, her abuela, is gonna want her mole. She's made it for every party since I was born.", None),
     t("So a plated dinner for her, and abuela's mole has to be there. What if the mole is the main dish and we do the plating and service around it? We cook from her recipe, or she makes the mole and we handle everything else."),
     c("Oh my gosh, she'd love that. But sit-down for two hundred, that's gotta be crazy expensive, right? We were thinking like eight thousand, tops.", None),
     t("Plated for two hundred would be around eleven thousand. Buffet with servers and the same table look comes in around 7,800, so she still gets the fancy settings. Could we do a tasting with your daughter and your mom together, and see what they think?"),
     c("Yes. A tasting with both of them, that's perfect. Weekends work best.", None)],
    [o,
     t("Congratulations! For two hundred guests we've got three packages: buffet, family style or plated. What's your budget?"),
     c("We were thinking like eight thousand, tops. She wants it fancy though.", None),
     t("Our buffet package is 7,800 for two hundred: two proteins, rice, beans, salad, tortillas and servers. Plated is eleven thousand."),
     c("Plated's too much for us. Can we put mole in the buffet? My mom makes it for every party.", "too_expensive"),
     t("Sure, our house mole can be one of the proteins. Want to come in for a tasting?"),
     c("Okay, yeah, a tasting. Let me check dates with her dad.", None)]))

# d06 — Khulna, Bangladesh: motorcycle, hard bargainer
o = c("Bhai, the 150cc one in the front. Tell me the last price. Not the price on the paper, the real last price.", None)
PAIRS.append(rpair(
    "b79r_d06_khulna_motorcycle",
    "Motorcycle showroom, Khulna, Bangladesh: a customer opens by demanding the lowest price on the bike in the window.",
    [o,
     t("Ha, everybody asks the last price first. I'll give you a real one, but tell me: what will you use it for? The 150 may not even be the right bike for you."),
     c("I go to the villages for my dealership, fertilizer and seeds, Dumuria, Paikgachha. Muddy roads, sometimes I carry two bags on the back.", None),
     t("Mud and two bags on the back. Then a 125 with higher ground clearance and a stronger carrier does better; that 150 is a city bike, low and heavy. The 125 is 1 lakh 62 thousand with registration. The 150 is 2 lakh 10."),
     c("1 lakh 62 is still high, bhai. The shop in Boyra told me 1 lakh 55.", "too_expensive"),
     t("Is theirs with registration? Ours includes it, about 12,000. If theirs is without, ours is cheaper. Ask them, and if theirs is really lower with everything, buy there, honestly."),
     c("Hmm. They didn't say about registration. Let me ring them... okay, without. Fine, let me test ride your 125.", None)],
    [o,
     t("For you, the 150 is 2 lakh 5 thousand. Best price in Khulna."),
     c("2 lakh 5? Too much, bhai. 1 lakh 90.", "too_expensive"),
     t("1 lakh 90 I can't, I lose money. 2 lakh flat, with the first two services free."),
     c("1 lakh 95, and the helmet free.", "too_expensive"),
     t("Done, 1 lakh 95 with the helmet. Cash or bKash?"),
     c("Cash. Write the receipt.", None)]))

# d07 — Bouaké, Côte d'Ivoire: generator for a maquis
o = c("Bonjour. I have a maquis in Bouaké, in Koko. When the power cuts, I lose customers, no music, no cold drinks. I want a generator.", None)
PAIRS.append(rpair(
    "b79r_d07_bouake_maquis_generator",
    "Generator dealer, Bouaké, Côte d'Ivoire: an open-air bar owner wants backup power for evening cuts.",
    [o,
     t("Bonjour. Cuts in the evening when the maquis is full, that's the worst. What do you need running: freezers, the sound system, lights, fans?"),
     c("Two freezers, the sound and the lights. The neighbours already complain about the music; if I add a noisy generator, ayoo, trouble.", None),
     t("Two freezers, sound, lights, and neighbours already sensitive. That's about 5 kVA, and ideally a silent model in a box: 850,000. The open one is 520,000, but the whole street would hear it. How long do the cuts usually last?"),
     c("Two, three hours. 850,000, that's heavy. I was thinking 500 maximum.", "no_money"),
     t("I understand. Another way: the open 5 kVA, and we build a small block shelter with a baffle for about 90,000. Not silent, but much quieter. Shall I come and see where you'd put it?"),
     c("Yes, come on Tuesday morning, the maquis is closed then.", None)],
    [o,
     t("Bonjour. For a maquis, 5 kVA is good. This one is 520,000, diesel, strong."),
     c("It will carry two freezers and the sound?", None),
     t("Yes, no problem, with the lights too. Diesel is economical for long cuts."),
     c("And the noise? The neighbours already complain about my music.", None),
     t("It makes noise, like every generator. You can put it at the back. We install it for 25,000."),
     c("Hmm. The noise worries me. Let me talk with my wife, she handles the money.", "think_it_over")]))

# d08 — Galle, Sri Lanka: A/L textbooks
o = c("Good morning. My daughter is starting A/L, bio stream. Her tuition sir gave a list but she lost it, so I came to see what books she needs.", None)
PAIRS.append(rpair(
    "b79r_d08_galle_al_textbooks",
    "Bookshop, Galle, Sri Lanka: a mother buys books for her daughter starting Advanced Level science.",
    [o,
     t("Good morning. No problem, we see this often. Which tuition class is she going to? Many teachers here send us their lists."),
     c("Biology with Mr Gunawardena. Chemistry and physics at the school only.", None),
     t("We have Mr Gunawardena's list. For biology he uses his own notes and the past papers book, and he doesn't want them to buy the big reference book in the first year. For chemistry and physics, the government textbooks are free at school; she only needs the past papers. About 2,800 rupees in all."),
     c("Only that? My neighbour spent nearly fifteen thousand last year.", None),
     t("Many buy everything in the first month and half of it stays on the shelf. If her school teacher asks for a reference book later, come back then. Shall I call Mr Gunawardena's class to confirm the list, so you're sure?"),
     c("Yes please, call. Aney, thank you, I was worried about the money.", None)],
    [o,
     t("Good morning. For bio stream this is the standard set: biology, chemistry and physics reference books, and past papers. 14,500 rupees."),
     c("Fourteen thousand? All this from the start? Her father works in Qatar, the money comes month by month.", "no_money"),
     t("Most students use all of them over the two years. You can take biology and chemistry now, 8,200, and physics later."),
     c("Okay, biology and chemistry now. I'll ask her tuition sir about physics.", None),
     t("Good. Keep the receipt; if her teacher wants a different book, we exchange within two weeks."),
     c("Okay, pack these two.", None)]))

# d09 — Memphis, Tennessee: apartment rental with a dog and low credit
o = c("Hi, I'm calling about the two-bedroom on Poplar? I've got a dog and, um, my credit's not great. I'd rather know now before I pay any application fee.", None)
PAIRS.append(rpair(
    "b79r_d09_memphis_apartment",
    "Apartment leasing office, Memphis, Tennessee: a night-shift worker with a dog and medical debt asks about a listing.",
    [o,
     t("Thanks for saying that upfront, it saves us both time. What kind and size of dog, and roughly what's going on with the credit? I'm not judging, I just want to tell you honestly whether you'd qualify."),
     c("Pit mix, sixty pounds, sweetest thing. Credit's about 580, medical bills from when my son was at Le Bonheur.", None),
     t("Okay. Honestly, our insurance doesn't allow pit mixes here, so Poplar won't work, and I don't want you paying fifty dollars to find that out. Our sister property on Summer Avenue takes all breeds under eighty pounds and looks at income, not just score. Want me to check if they have a two-bedroom?"),
     c("Summer Avenue's kinda far from my job though. I work nights at the FedEx hub.", None),
     t("From there it's about fifteen minutes to the hub, closer than Poplar, actually. I can have their leasing office call you, or send you the listing. Which do you prefer?"),
     c("Send me the listing. If it looks okay I'll go see it Saturday.", None)],
    [o,
     t("Sure! The two-bedroom on Poplar is 1,150 a month. Application fee is fifty, and we do a credit check. Pets are a 300 deposit and 35 a month."),
     c("What credit score do y'all need?", None),
     t("Usually 600, but management looks at the whole application. You can apply online and we'll let you know."),
     c("Fifty dollars to maybe get told no. I don't know. Is there a breed rule? She's a pit mix.", "think_it_over"),
     t("Oh, there is a breed restriction, pit mixes aren't allowed here, sorry. Our Summer Avenue property might take her; here's their number."),
     c("Okay. Glad I asked before paying. Thanks.", None)]))

# d10 — Biratnagar, Nepal: receiving remittances from abroad
o = c("Namaste. My husband sends money from Qatar every month, and every month I come here with my baby on the bus, one hour. Is there an easier way?", None)
PAIRS.append(rpair(
    "b79r_d10_biratnagar_remittance",
    "Remittance agent, Biratnagar, Nepal: a young mother asks for an easier way to receive her husband's monthly transfer.",
    [o,
     t("Namaste. One hour on the bus with a baby every month, that's tiring. How do you usually use the money: cash at the market, school fees, loan installments?"),
     c("Mostly cash for the house, and the loan installment at the cooperative. My father-in-law wants cash in hand, he doesn't trust phone money.", None),
     t("So the cooperative installment and household cash, and your father-in-law prefers cash. One way: your husband sends into a wallet in your name, you pay the cooperative from the phone, and take out only the household cash at an agent in your village. Is there one near you?"),
     c("There's a shop in our village that does eSewa. But wallet, I don't know, my cousin lost money once with a wrong code.", "bad_experience"),
     t("That worry is fair. The wallet has a PIN only you know, and nobody from us will ever ask for it. We can set it up now, your husband sends a small amount as a test, and you take it out at the village shop before trusting it with the full amount."),
     c("Small test first, okay. That I can try.", None)],
    [o,
     t("Namaste. Yes, you can open a mobile wallet and your husband sends to it. Then you don't need to come."),
     c("Wallet? My cousin lost money with a wrong code once.", "bad_experience"),
     t("It's safe if you keep your PIN secret. Lots of people use it. I can open it now, ten minutes with your citizenship card."),
     c("I don't have the card with me today. And my father-in-law likes cash.", None),
     t("Then bring the card next time and we'll open it. Today I'll pay this month's transfer in cash."),
     c("Okay. Next time.", None)]))
