"""Ranked pairs d01-d10 (b50): two decent conversations, `better` better in a way a sales
coach would agree with. Written by hand by a helper session."""
from common import t, c, rpair

PAIRS = []

_o = c("Good afternoon. I want to do dry-season onions, two acres, near the White Volta. I'm told solar pumps are good now.", None)
PAIRS.append(rpair("b50r_d01_tamale_solar_irrigation",
    "A farmer near Tamale, Ghana, wants a solar pump for two acres of dry-season onions; water is 200 m away and uphill.",
    better=[
        _o,
        t("Good afternoon. Two acres of onions, good crop. Where will the water come from, the river itself or a dugout, and how far is it to the beds?"),
        c("From the river, about 200 metres, and the beds are up a small slope.", None),
        t("200 metres and uphill changes the pump a lot; a small surface pump would struggle. Before I price anything, can our technician walk it with you and measure the rise? No charge."),
        c("Hmm, how much will it be, roughly? I have about 9,000 cedis saved from the maize.", None),
        t("Honestly, for that distance and slope probably 11,000 to 13,000 with the pipe. If that's more than you have, there's a plan with 40% now and the rest after harvest. But I'd rather measure than guess."),
        c("Then let him come. Tuesday I'm at the farm all day.", None),
        t("Tuesday then. He'll call you in the morning for directions."),
    ],
    worse=[
        _o,
        t("Good afternoon! For two acres our most popular is the SunFlo 1.5 kW kit, 8,500 cedis with panels. Where's your water?"),
        c("From the river, about 200 metres, and the beds are up a small slope.", None),
        t("That should be fine, the 1.5 has a good head. One-year warranty on the pump, five on the panels."),
        c("8,500, okay, I have about 9,000 from the maize. But will it push that far?", None),
        t("It's rated for it. If there's any trouble our technician can come and look. Shall I book delivery?"),
        c("Let me see first. I'll come back next week.", "brush_off"),
    ]))

_o = c("Good morning madam. My lower back tooth was removed last year, now food gets stuck and I chew only on one side. My son said ask about implant.", None)
PAIRS.append(rpair("b50r_d02_chennai_dental_implant",
    "A man of about sixty in Chennai, India, with controlled diabetes, asks about an implant for a missing lower molar.",
    better=[
        _o,
        t("Good morning. Chewing on one side for a year is tiring. Before we talk implants: are the teeth on either side healthy, and any health conditions, sugar, BP?"),
        c("Sugar is there, controlled, on tablets. The tooth next to it has a big filling.", None),
        t("Both matter. Controlled sugar is usually fine for an implant, healing is just slower. With a filled tooth next door, a bridge means cutting it down, so an implant may be kinder. We'd need a scan to see the bone."),
        c("How much is the implant, full? My friend spent one lakh and still it is paining.", "bad_experience"),
        t("Here it's 45,000 to 55,000 for one molar, more if a bone graft is needed, which the scan will show. Pain months later usually means infection or a bite problem, and we check for both at every review. Scan first, 1,500, then decide with your son?"),
        c("Yes, scan first. Saturday my son can come with me.", None),
        t("Saturday at eleven. Please bring your latest sugar report."),
    ],
    worse=[
        _o,
        t("Good morning. An implant is a good choice. It's a titanium screw, heals in about three months, then we fix the crown. Around 45,000 to 55,000."),
        c("Okay. I have sugar, on tablets. Is it a problem?", None),
        t("If it's controlled, usually no problem. We'll do a scan to check the bone before we start."),
        c("My friend spent one lakh and still it is paining.", "bad_experience"),
        t("Every case is different, sir; our implants have very good success. Shall I book the scan? It's 1,500."),
        c("Okay, book it. Saturday.", None),
        t("Saturday at eleven. See you then."),
    ]))

_o = c("Hi, I'm shipping phone cases from Shenzhen to Dubai, two pallets a month, and I want a better rate. The forwarder I use now charges 1,900 dirhams a pallet.", None)
PAIRS.append(rpair("b50r_d03_jebelali_freight_holds",
    "An online seller in Dubai, UAE, asks a freight forwarder for a lower rate; the real cost is customs holds that empty his listings.",
    better=[
        _o,
        t("Thanks. Before I quote, how has the current service been apart from the price? Anything going wrong?"),
        c("Honestly the price is okay-ish. The problem is customs holds. Twice this year stock sat ten days and my Amazon listings went out of stock.", None),
        t("So the real cost is the stock-outs, not the 1,900. Do you know what the holds were for?"),
        c("Something with the invoice codes, HS codes. The agent fixed it, but slowly.", None),
        t("That's usually fixable before shipping. We check HS codes and invoices before the goods leave Shenzhen, so nothing waits at Jebel Ali. Our rate is 2,050 a pallet, a bit more, with that check included."),
        c("2,050... I'd need to see it work on one shipment first.", "think_it_over"),
        t("Fair. Let's run your next shipment as a trial; if it's held more than three days for paperwork, we refund everything above 1,900."),
    ],
    worse=[
        _o,
        t("We can look at that. Our rate would be 1,850 a pallet, door to door, customs clearance included."),
        c("Okay, that's a little better. Clearance, how long usually?", None),
        t("Normally two to three days at Jebel Ali if the documents are in order."),
        c("Twice this year my stock sat ten days, something with HS codes. My Amazon listings went out of stock.", None),
        t("That can happen with any forwarder, but we'll do our best. Shall I send you the quote?"),
        c("Send it, I'll compare.", "think_it_over"),
    ]))

_o = c("Um, hello. I was wondering... do you rent, like, a desk? Just sometimes.", None)
PAIRS.append(rpair("b50r_d04_portvila_cowork_shy",
    "A shy young woman in Port Vila, Vanuatu, starting a bookkeeping service, needs a place to meet clients now and then.",
    better=[
        _o,
        t("Hello, yes, and just sometimes is fine. What would you use it for, if you don't mind me asking?"),
        c("I'm starting bookkeeping for small shops. At home there's no place to meet them, my little brothers are always there.", None),
        t("So mainly a quiet, proper place to meet clients. How often, do you think?"),
        c("Maybe once a week for now. I don't have many clients yet, so... I can't pay much.", "no_money"),
        t("That's completely fine. We have a meeting-room pass, 1,500 vatu for two hours, only when you book it, no membership. You could try it with your next client."),
        c("Oh, that's good. Maybe Friday?", None),
        t("Friday is open. I'll write it down for you, and you can message this number if your client changes the time."),
    ],
    worse=[
        _o,
        t("Hello! Yes, let me show you around. This is the open area: hot desks 3,000 vatu a day, membership 25,000 a month, and the meeting room is at the back."),
        c("Oh, okay. I mostly need somewhere to meet clients. I'm starting bookkeeping.", None),
        t("Great, the meeting room is 1,500 for two hours. Members get four hours free, so membership is the best value if you meet a lot."),
        c("I don't have many clients yet. I can't pay much.", "no_money"),
        t("No problem, you can just book the room then. Here's a brochure with everything in it."),
        c("Thank you. I'll, um, see.", "brush_off"),
    ]))

_o = c("Yeah, hi. Calling about hail coverage on the canola this year. Twelve hundred acres. Neighbour got hammered last July.", None)
PAIRS.append(rpair("b50r_d05_sask_hail_canola",
    "A canola grower in Saskatchewan, Canada, asks for hail cover on top of his base crop insurance; his bank is pressing on the operating loan.",
    better=[
        _o,
        t("Hi. Sorry about your neighbour. Did you get hit at all last year, and where's your base crop insurance coverage at now?"),
        c("Missed us, lucky. We're at 70 percent with SCIC. But the bank's on me about the operating loan, can't afford a bad year.", None),
        t("So it's about protecting cash flow for the loan. Straight hail at 150 an acre runs about 9 an acre at your rate, around 10,800. To be clear: it pays hail damage only. If it's dry and the crop's thin, this pays nothing."),
        c("That's a chunk. Thought hail insurance was cheaper than that.", "too_expensive"),
        t("Claims were heavy around you, so rates went up. You could cover only the quarters nearest last year's hail track, say 600 acres, and halve it. Your call which risk worries you more."),
        c("Hm. Let me sit down with my wife tonight, she does the books.", "think_it_over"),
        t("Sure. I'll email both options with the numbers. You can bind any time before the crop's up; cover starts noon the next day."),
    ],
    worse=[
        _o,
        t("Sure. For twelve hundred acres at 150 an acre, you're looking at about 9 an acre, so 10,800."),
        c("That's a chunk. Thought hail insurance was cheaper than that.", "too_expensive"),
        t("Rates went up after last year's claims. But with canola prices where they are, one storm could cost you a lot more."),
        c("Yeah, the bank's on me about the operating loan, can't afford a bad year.", None),
        t("Exactly, so this protects you. I can bind it today and you're covered from noon tomorrow."),
        c("Let me talk to my wife first, she does the books.", "think_it_over"),
        t("No problem. I'll email the quote."),
    ]))

_o = c("Good morning. I'm the bursar at Kilimani Heights Primary. We're changing uniform supplier for January, about 600 pupils.", None)
PAIRS.append(rpair("b50r_d06_nairobi_uniform_bursar",
    "A primary-school bursar in Nairobi, Kenya, is switching uniform suppliers after late delivery and wrong sizes last year.",
    better=[
        _o,
        t("Good morning, and thank you for considering us. What made you decide to change, if I may ask?"),
        c("Last year they delivered in the second week of term, and the sizes were all over the place. Parents were calling me every day.", None),
        t("So on-time delivery and correct sizes matter most. How were sizes decided last time?"),
        c("By class. Standard one got size 24 and so on. Children aren't all the same size, obviously.", None),
        t("That explains it. We'd send two fitters for a day in November, measure every child and pack by name. Delivery in the last week of December leaves a week for exceptions. 2,350 shillings a set."),
        c("The fitting day sounds good. The price I must take to the board, they meet on the 20th.", "think_it_over"),
        t("Of course. I'll send a quote with the fitting and delivery dates written in, and a sample set for the board to handle."),
    ],
    worse=[
        _o,
        t("Good morning! We'd be happy to. Shirt, shorts or skirt, and sweater come to 2,350 shillings a set, delivered by early January."),
        c("Last year the other supplier delivered in the second week of term, and the sizes were all over the place.", None),
        t("That won't happen with us, we have a big factory in Industrial Area. Just send us the numbers per class and we'll size them."),
        c("Per class is what we did last time.", None),
        t("We have a size chart by age, it works well. I'll send the quote today."),
        c("Okay. I'll take it to the board on the 20th.", "think_it_over"),
    ]))

_o = c("Salam. I want to improve my English. My company is paying, up to 6,000 riyals.", None)
PAIRS.append(rpair("b50r_d07_riyadh_english_engineer",
    "A project engineer in Riyadh, Saudi Arabia, wants an English course paid by his company; he struggles presenting to foreign consultants.",
    better=[
        _o,
        t("Wa alaikum salam. Good that the company supports it. What do you need English for at work, mostly?"),
        c("I am project engineer. Now we have Korean and British consultants, and every Thursday I present progress. I get stuck.", None),
        t("So speaking in meetings: presenting progress and answering questions. Are reading and writing reports okay for you?"),
        c("Reports okay, I use tools. Speaking live is the problem. Also I finish site at five, so it must be evening.", None),
        t("Then our Business Speaking course fits: two evenings a week, small group, and each student rehearses a real presentation from work. Twelve weeks, 5,400, inside your budget. Try one lesson free with last Thursday's slides?"),
        c("With my slides, that is good. But I did a course before in another institute, only grammar, no use.", "bad_experience"),
        t("That's why I suggest the trial with your own slides: one evening will show you whether it's real speaking practice. Monday at seven?"),
    ],
    worse=[
        _o,
        t("Wa alaikum salam. Great. First you take our placement test, forty minutes, and we place you at the right level."),
        c("Okay. What is the course like?", None),
        t("General English, five levels, mornings or evenings, eight weeks a level, 2,900 riyals. With 6,000 you could do two levels."),
        c("I did a course before in another institute, only grammar, no use. My problem is presenting to the consultants.", "bad_experience"),
        t("Our levels include speaking too, and there's a conversation club on Wednesdays. Shall I book your placement test?"),
        c("Okay, book it. Evening, I finish site at five.", None),
        t("Tuesday at six, then."),
    ]))

_o = c("Assalam o alaikum, I need new menus for my restaurant in Gulberg. 40 copies.", None)
PAIRS.append(rpair("b50r_d08_lahore_menu_printing",
    "A restaurant owner in Lahore, Pakistan, orders menus; the old ones get oily and he changes prices every few months.",
    better=[
        _o,
        t("Walaikum assalam. What happened to the old ones, and how are they used, on the tables or at the counter?"),
        c("On tables. They get oily, torn in a few months. And prices I change every two, three months with flour and ghee rates, so I'm crossing out with pen.", None),
        t("So they must survive oily hands, and prices change often. Instead of reprinting everything, we do a thick laminated cover with a printed insert. When prices change, only the insert is reprinted, about 40 rupees a page."),
        c("The covers, how much?", None),
        t("Covers 650 each, 26,000 for 40; inserts 3,200 for the first set. More upfront than plain laminated at 450, but cheaper after the first price change."),
        c("Hmm. 26,000 is more than I planned to spend this month.", "no_money"),
        t("Then do 25 covers now for the dining tables and keep the old menus for takeaway: 16,250 plus inserts. I can bring a sample cover tomorrow."),
    ],
    worse=[
        _o,
        t("Walaikum assalam. Glossy laminated, A4 folded, full colour: 450 each, 18,000 for 40. Ready in three days."),
        c("They get oily and torn in a few months. Will these last?", None),
        t("Laminated is much better, you can wipe them. They'll last a good while."),
        c("And prices I change every two, three months with the flour rates.", None),
        t("Then come back and we reprint; regular customers get 10% off."),
        c("Okay, make 40. Friday I'll collect.", None),
        t("Friday after four. Please send the final price list by tomorrow."),
    ]))

_o = c("Kia orana. My old dog Bobo has a lump on his side, it's been getting bigger since Christmas. He's twelve.", None)
PAIRS.append(rpair("b50r_d09_rarotonga_vet_lump",
    "A pensioner on Rarotonga, Cook Islands, brings her twelve-year-old dog with a growing lump; she fears cancer and cannot pay for big surgery.",
    better=[
        _o,
        t("Kia orana. Thanks for bringing him. Is it bothering him, does he lick it, and is he eating and walking like normal?"),
        c("He eats fine, still chases the chickens. He doesn't touch it. I'm just scared it's cancer.", None),
        t("That's a natural worry. Many lumps in older dogs are fatty and harmless, but a growing one should be checked. A needle sample takes five minutes, no anaesthetic, 60 dollars, and tells us a lot."),
        c("And if it's bad? I'm on the pension, I can't do big operations.", "no_money"),
        t("Then we'd talk honestly about what's worth doing for a twelve-year-old. Sometimes it's removal, sometimes just keeping him comfortable. Let's start with the needle and know what we're dealing with."),
        c("Okay, the needle. Can you do it now?", None),
        t("Yes, Tina will hold him. The lab in New Zealand takes about a week; I'll phone you with the result."),
    ],
    worse=[
        _o,
        t("Kia orana. Let's have a look... about four centimetres. At his age I'd recommend we remove it and send it to the lab."),
        c("Is it cancer? He eats fine and still chases the chickens.", None),
        t("Can't say without the lab. Removal under anaesthetic, with bloods first because of his age, is about 650."),
        c("650... I'm on the pension, I can't do big operations.", "no_money"),
        t("I understand. We can do a payment plan over three months."),
        c("Let me think about it, and talk to my son.", "think_it_over"),
        t("Sure. Don't leave it too long, though."),
    ]))

_o = c("Morning. I run a small building crew, 25 casuals. Paying cash every Friday on site is getting risky. Can I pay through mobile money?", None)
PAIRS.append(rpair("b50r_d10_lusaka_bulk_wages",
    "A building contractor in Lusaka, Zambia, wants to pay 25 casual workers by mobile money; a few older workers have no phone.",
    better=[
        _o,
        t("Morning. Yes, with bulk payments. When you say risky, has something happened?"),
        c("Last month my foreman was followed from the bank. Nothing happened, but he's scared now.", None),
        t("That's serious. Do all 25 have phones with a registered line?"),
        c("Most. Maybe four or five don't, the older ones. Some share with their wives.", None),
        t("Those few can be paid to a wife's registered line with their consent, or collect at an agent with a voucher code. Fees are 1% a payment, so on 25 wages of about 600 kwacha, roughly 150 a week."),
        c("150 a week on top... I need to check the margins on this job.", "think_it_over"),
        t("Sure. Let's run one Friday as a trial with no fee: send me the names and numbers by Thursday, and we'll see who gets stuck."),
    ],
    worse=[
        _o,
        t("Morning! Yes, our bulk payment service is perfect for that. You upload a spreadsheet, click pay, and all 25 get their money in seconds."),
        c("Sounds good. What does it cost?", None),
        t("1% per payment. On 25 wages of about 600 kwacha, roughly 150 a week."),
        c("150 a week on top... it's a bit much for casual work.", "too_expensive"),
        t("Compare that with the risk of carrying cash, and your foreman's time counting it. Shall I set up the account?"),
        c("Okay, set it up. I'll send the list.", None),
        t("Great. Names and numbers by Thursday and we'll run Friday's pay."),
    ]))
