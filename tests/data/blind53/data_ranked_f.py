"""Ranked pairs f01-f10: the sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it. Hand-written for blind53."""
from common import t, c, rpair

PAIRS = []

# f01: argues with the customer
O = c("Our dishwasher from you, installed in May, leaves white marks on the glasses. Every day. Customers notice.", None)
T1 = t("Sorry about that. Is it on the glasses only, or the plates too, and did it start right after installation?")
C1 = c("Glasses mostly. It started maybe in August. Before, it was fine.", None)
T3 = t("Let me send our technician tomorrow to check the softener and its salt. If the salt is empty, that's the marks, and it should have been explained at installation. No charge.")
C3 = c("Tomorrow before eleven. We open for lunch.", None)
T4 = t("Before eleven. He'll call when he's on his way.")
PAIRS.append(rpair(
    "b53r_f01_sendai_dishwasher",
    "Commercial kitchen-equipment dealer, Sendai, Japan. A restaurant owner complains of white marks on glasses. The fault in worse: the trainee argues that the machine can't be the cause and blames the detergent before checking anything; better asks a diagnostic question (softener salt).",
    better=[O, T1, C1,
            t("August suggests the water-softener salt ran out or the setting drifted; Sendai water is medium hard. Has anyone been refilling the salt?"),
            c("Salt? Nobody told us about salt.", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("White marks aren't the machine, it's your detergent. That model is the best in its class, it doesn't leave marks."),
           c("We use the same detergent since May. You are telling me it's my fault?", None),
           T3, C3, T4],
))

# f02: doubts the customer's honesty
O = c("Good morning po. I have a sari-sari store in Jaro. I want to borrow 30,000 to buy stock before the fiesta.", None)
T1 = t("Good morning! How long have you had the store, and what sells most during the fiesta?")
C1 = c("Six years. Soft drinks, ice, snacks. In fiesta I sell three times more, but I don't have cash to buy enough stock.", None)
T3 = t("Good, bring the notebook for last year's fiesta month. 30,000 over four months is about 8,300 a month including interest.")
C3 = c("8,300 a month is heavy after fiesta, sales go down again.", "no_money")
T4 = t("Then six months, about 5,700 a month. Bring the notebook on Tuesday and we decide together.")
PAIRS.append(rpair(
    "b53r_f02_iloilo_microloan",
    "Microfinance lender, Iloilo City, Philippines. A store owner wants a fiesta stock loan. The fault in worse: the trainee doubts her honesty about fiesta sales instead of asking for her records.",
    better=[O, T1, C1,
            t("So the loan buys stock that sells within two weeks. Do you keep a notebook of daily sales? It helps me size the loan."),
            c("Yes, I write every day. I can bring it.", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("Three times more? Everyone says that when they want a loan. Do you have proof, or are you just guessing?"),
           c("Sir, I'm not lying. I write every day in my notebook. I can bring it.", None),
           T3, C3, T4],
))

# f03: drops the price before asking anything
O = c("Hi, I'm from Brazil, I want to study English in Malta for, hmm, maybe two months. How much is the course?", None)
T2 = t("For IELTS 7 as a nurse, the exam course is the right one, 310 a week, with a mock test every Friday.")
C2 = c("310 a week for eight weeks is a lot. I have savings for maybe 2,000.", "no_money")
T3 = t("Then four weeks of the exam course, 1,240, and you sit a mock test in week four. If you're close, you add weeks; if not, you know before spending everything.")
C3 = c("That is smart. I will send my passport details tonight.", None)
PAIRS.append(rpair(
    "b53r_f03_valletta_languageschool",
    "English language school, Valletta, Malta. A Brazilian nurse asks the price of a two-month course. The fault in worse: the trainee offers 20% off the general course before asking what she needs it for.",
    better=[O,
            t("Hi! It depends what it's for. Work, an exam, or just to improve? And what's your level now?"),
            c("For work, I'm a nurse, I want to work in Ireland. I need IELTS 7. My level is B2, I think.", None),
            T2, C2, T3, C3],
    worse=[O,
           t("Hi! The general course is 260 a week, but I can give you 20% off right now, so 208."),
           c("Ah, OK. But I need IELTS 7 for nursing in Ireland. Is the general course good for that?", None),
           T2, C2, T3, C3],
))

# f04: an unasked lecture
O = c("Hello, I need a suit for my brother's wedding, in four days. Is it possible?", None)
T1 = t("Four days is possible, with a fitting on day two. What colour is the wedding, and will you wear it again afterwards?")
C1 = c("Grey, the groomsmen all wear grey. After, maybe for work, I'm a lawyer in Melbourne.", None)
T3 = t("The wool blend is 3.8 million dong, pure wool 6.5 million. Here are three greys.")
C3 = c("3.8 is fine... well, I saw 2.5 million in the shop next door though.", "too_expensive")
T4 = t("At that price it's likely polyester. Feel the two side by side, and if you prefer theirs, no problem at all.")
PAIRS.append(rpair(
    "b53r_f04_hoian_tailor",
    "Tailor shop, Hoi An, Vietnam. An Australian lawyer needs a grey suit in four days. The fault in worse: an unasked lecture on fabrics, glue and the history of Hoi An tailoring to a customer with a tour at two.",
    better=[O, T1, C1,
            t("Then a mid-grey wool blend works for both: it breathes in the heat and looks right in an office."),
            c("Sounds good. How much?", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("Let me explain fabrics first. Polyester is plastic, it doesn't breathe, tourists buy it and regret it. Cheap shops glue the chest instead of using canvas. Tailoring here goes back to the silk traders, four hundred years ago, and..."),
           c("Mate, I really just need a grey suit and a price. I've got a tour at two.", None),
           T3, C3, T4],
))

# f05: a vague next step
O = c("Salam. I have a small guesthouse near Taghazout, eight rooms. The gas bill for hot water is killing me. Solar, is it worth it?", None)
T1 = t("Salam. Roughly how much gas do you use a month, and how full are you in high season?")
C1 = c("Maybe twelve bottles a month in winter, when the surfers come, full house. Summer less.", None)
T2 = t("Surfers shower a lot. Two 300-litre solar heaters would cover most days, with gas as backup when it's cloudy. About 38,000 dirhams installed, paying back in about three years at your use.")
C2 = c("38,000, I don't have that now. And I want to see one working somewhere, not only pictures.", "no_money")
PAIRS.append(rpair(
    "b53r_f05_taghazout_solarwater",
    "Solar water-heater installer, near Agadir, Morocco. A guesthouse owner asks if solar is worth it. The fault in worse: a vague next step ('we'll let you know') for the visit she asked for.",
    better=[O, T1, C1, T2, C2,
            t("Payment can be in three parts, one now and two in the season. And a surf camp in Tamraght has had two of ours for two years; I'll call the owner and text you a visiting time this week."),
            c("Good. Thursday is best for me.", None)],
    worse=[O, T1, C1, T2, C2,
           t("Payment can be in three parts. For seeing one, we'll let you know when something is possible."),
           c("Let me know when? I must decide before October. I will ask another company too.", "think_it_over")],
))

# f06: over-promises
O = c("G'day, I need about twelve k of boundary fence redone. The old one's shot and the neighbour's cattle keep getting in.", None)
T1 = t("G'day. What's the country like along the line: flat, creek crossings, rocky?")
C1 = c("Mostly flat black soil, two creek crossings. Gets boggy after rain.", None)
T2 = t("On black soil we'd go steel posts, not timber, with floodgates at the creeks. Roughly 9,000 a kilometre, so about 108,000 plus the gates.")
C2 = c("Ouch. The neighbour should be paying half of that, it's a boundary. And when could you start? The wet's coming in December.", None)
PAIRS.append(rpair(
    "b53r_f06_longreach_fencing",
    "Rural fencing contractor, Longreach, outback Queensland, Australia. A grazier needs twelve kilometres of boundary fence. The fault in worse: an over-promise (all done in two weeks, guaranteed before the wet).",
    better=[O, T1, C1, T2, C2,
            t("Under the dividing fences rules he usually pays half; I'll split the quote so you can show him. Our crew's free from mid-October, and twelve k takes about four weeks if it stays dry. If the wet comes early, the creek sections may have to wait till April."),
            c("Fair enough, at least you're straight. Send the split quote.", None)],
    worse=[O, T1, C1, T2, C2,
           t("Under the dividing fences rules he usually pays half; I'll split the quote so you can show him. And no worries, we'll have the whole lot done in two weeks, well before the wet, guaranteed."),
           c("Two weeks for twelve k? The last bloke told me that and left half the posts lying in the paddock.", "bad_experience")],
))

# f07: closes before checking the thing works
O = c("Hi, I run a bubble tea shop. I want a POS that connects to Uber Eats and Foodpanda. Orders come on two tablets now and staff make mistakes.", None)
T1 = t("Hi! How many app orders a day, and what do you print the cup labels on?")
C1 = c("About 150 from the apps on weekends. Labels from a small Xprinter, the sticker kind.", None)
T2 = t("Our system pulls both apps into one screen and prints the labels. 1,200 NT a month, tablet included.")
C2 = c("1,200 is OK. But the last POS company said it works with our printer and it didn't. Two weeks of mess.", "bad_experience")
PAIRS.append(rpair(
    "b53r_f07_kaohsiung_pos",
    "Point-of-sale system vendor, Kaohsiung, Taiwan. A bubble-tea shop owner wants delivery-app orders in one place. The fault in worse: the trainee pushes for the contract before checking the system works with her label printer, right after she said the last vendor's didn't.",
    better=[O, T1, C1, T2, C2,
            t("Then let's check before you sign anything. I'll come by tomorrow with a tablet and we print test orders from both apps on your Xprinter."),
            c("Tomorrow afternoon is good, after the lunch rush.", None)],
    worse=[O, T1, C1, T2, C2,
           t("It'll work, don't worry. Shall I send the contract today so we can install on Monday?"),
           c("Hmm. I'd rather see it print first. Let me think about it.", "think_it_over")],
))

# f08: recommends before asking
O = c("Buongiorno. I need a new mattress, the old one is twelve years old.", None)
T2 = t("Pocket springs breathe much better than foam for someone who runs hot. Try this one, 890, medium: lie on it the way you sleep, for a few minutes.")
C2 = c("Oh, that is comfortable, the shoulder does not press. 890... we have to think, it's not small money.", "think_it_over")
T3 = t("Of course. Come back with your husband on Saturday and try it together, that's the real test.")
PAIRS.append(rpair(
    "b53r_f08_salerno_mattress",
    "Bed and mattress shop, Salerno, Italy. A woman replacing a twelve-year-old mattress. The fault in worse: the trainee recommends the best-selling memory-foam mattress before asking anything about how she and her husband sleep.",
    better=[O,
            t("Buongiorno. How do you sleep on the old one: any pain in the morning, on your side or back, alone or with someone?"),
            c("On the side. With my husband. He's hot at night, he sweats, and I wake with a stiff shoulder.", None),
            T2, C2, T3],
    worse=[O,
           t("Buongiorno! Then you want our memory-foam Premium, 1,290, the best seller, everybody loves it."),
           c("Memory foam? My husband is always hot at night. My sister has memory foam and says it's like sleeping on a radiator.", "bad_experience"),
           T2, C2, T3],
))

# f09: unexplained jargon
O = c("Hello, my guesthouse has twelve rooms. Guests complain the wifi is bad in the back rooms. Can you fix it?", None)
T1 = t("Hello! Is it bad in the back rooms all the time, or only at night when everyone is online?")
C1 = c("All the time in the back building. The front building is OK. Between them is the garden, maybe 20 metres.", None)
T3 = t("No digging, we run the cable along the fence in a cover. And there's no monthly fee: it uses your internet, you pay once.")
C3 = c("Good. Next week, but not Saturday, Saturday I'm full, I have no time.", "no_time")
T4 = t("Tuesday morning then, when the guests are out.")
PAIRS.append(rpair(
    "b53r_f09_chiangrai_guesthousewifi",
    "Small IT installer, Chiang Rai, Thailand. A guesthouse owner's back building has poor wifi. The fault in worse: the solution is explained in unexplained networking jargon, and the owner fears a new monthly contract.",
    better=[O, T1, C1,
            t("Then the signal just doesn't reach across the garden. We'd put a small second router in the back building, joined by a cable through the garden, so it works like the front one. About 6,500 baht installed."),
            c("Oh, only one box and a cable. OK. Do I need to dig the garden?", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("OK, so you need a mesh topology with wired backhaul, a PoE access point with 802.11r roaming on the same SSID, and we'd check your DHCP pool. About 6,500 baht."),
           c("Sorry, I don't understand. Is this a new internet contract? I can't pay more every month.", "no_money"),
           T3, C3, T4],
))

# f10: talks about themselves instead of the customer
O = c("Hi, I hurt my knee playing five-a-side two weeks ago. It swells up after I walk. Do I need a scan, or can you help?", None)
T1 = t("Hi. Did it twist, and did you hear a pop or feel it give way?")
C1 = c("Twisted when I turned. No pop. It gives way a bit going down stairs.", None)
T3 = t("Tuesday at 6:30 is free. Bring shorts, and until then, ice after walking and no football.")
C3 = c("No football, my team won't like that. OK, Tuesday.", None)
PAIRS.append(rpair(
    "b53r_f10_patras_physio",
    "Physiotherapy clinic, Patras, Greece. A five-a-side player with a swollen knee asks whether he needs a scan. The fault in worse: the trainee tells the story of his own knee injury instead of explaining what he will check and why.",
    better=[O, T1, C1,
            t("Giving way on stairs after a twist, I want to test the ligaments and the meniscus first. If anything looks off, I send you for an MRI rather than guess. The assessment is 40 euros, 45 minutes."),
            c("40 is fine. Can it be in the evening? I work until six.", None),
            T3, C3],
    worse=[O, T1, C1,
           t("Ah, I know exactly. I did my ACL playing for Panachaiki juniors in 2009, out a whole season, surgery in Athens, nine months of rehab, I still feel it in winter. Anyway, assessment is 40 euros."),
           c("Right... sorry, so is mine like that? I work until six, can it be in the evening?", None),
           T3, C3],
))
