"""Ranked pairs f01-f10: both sides share every turn (same variables) except one real fault in
`worse` and the customer's reaction to it. Written by hand for blind79."""
from common import c, rpair, t

PAIRS = []

# f01 — Takoradi, Ghana: inverter. Fault: over-promises.
o = c("Good morning. I want inverter for my house in Takoradi. Light-off is every two days now. I have a fridge, TV and three fans.", None)
t1 = t("Good morning. Fridge, TV, three fans. How long do the outages usually last, and what matters most when the battery is getting low?")
c1 = c("Twelve hours sometimes, morning to night. The fridge matters, my wife sells ice water from it.", None)
t2 = t("So twelve-hour outages, and the fridge is income because of the ice water. A 2.5 kVA inverter with two 200Ah batteries is 14,000 cedis installed.")
c2 = c("Fourteen thousand... my brother-in-law says we can get one for nine at Market Circle.", "too_expensive")
t4 = t("Here's the quotation with the model numbers and runtimes, so you can show it to anybody before you decide.")
PAIRS.append(rpair(
    "b79r_f01_takoradi_inverter",
    "Solar and inverter shop, Takoradi, Ghana: a man whose wife sells ice water wants backup power for long outages.",
    [o, t1, c1, t2, c2,
     t("You can, usually with smaller batteries. To be straight with you: even ours won't carry the fridge and the fans for a full twelve hours. With everything on, about six or seven; the fridge alone, yes, twelve. I'll write the runtimes on the quotation."),
     c("Six hours with everything, fridge alone twelve. Okay, that's honest. Let me show my wife first.", "think_it_over"),
     t4],
    [o, t1, c1, t2, c2,
     t("Ours is different. It will run your fridge, TV and all three fans through any outage, twelve hours, no problem, guaranteed."),
     c("Everything, twelve hours, on two batteries? The electrician in my area says that's impossible. Let me ask him before I pay anything.", "think_it_over"),
     t4]))

# f02 — Kano, Nigeria: school books. Fault: drops the price before asking or counting anything.
o = c("Salam alaikum. I need books for my two children, JSS 2 and primary 5. Here is the list from the school.", None)
t1 = t("Wa alaikum salam. Let me see... eleven titles. Before I check stock: do you want only new, or are clean used copies okay for some?")
c1 = c("Used is okay if it's clean. But the JSS 2 workbooks must be new, the teacher checks.", None)
t3 = t("Let me pack them and write each title on the receipt, with new or used next to it.")
c3 = c("Okay. Put the workbooks on top, the boy will ask for them first.", None)
PAIRS.append(rpair(
    "b79r_f02_kano_school_books",
    "Bookshop, Kano, Nigeria: a father buys the term's books for two children from the school list.",
    [o, t1, c1,
     t("Good. Workbooks new, the others used where we have them. That comes to about 14,500 naira instead of 23,000 all new. Is that okay for you?"),
     c("14,500, okay. It's still heavy with two children, but okay.", None),
     t3, c3],
    [o, t1, c1,
     t("Okay. And for you I'll take twenty percent off everything, even before we count. Best price in Kano."),
     c("Twenty percent off what? You haven't counted anything. Then the price on your paper is not the real price?", None),
     t3, c3]))

# f03 — Ziguinchor, Senegal: cashew pests. Fault: unexplained jargon.
o = c("Bonjour. I have cashew trees in Bignona, three hectares. Last year many flowers fell and the nuts were few. Someone told me to spray something.", None)
t1 = t("Bonjour. Flowers falling and few nuts. When did they fall, and did you see small insects or black spots on the young leaves?")
c1 = c("In January, the flowers became dry and black. Small insects, yes, I think so.", None)
t3 = t("Let me write it down for you simply: what to spray, when, how much, and the price of each. You take the paper and decide.")
c3 = c("Yes, write it on paper. My son will read it with me tonight.", None)
PAIRS.append(rpair(
    "b79r_f03_ziguinchor_cashew",
    "Agro-input shop, Ziguinchor, Senegal: a cashew grower asks why his flowers dried and fell.",
    [o, t1, c1,
     t("Dry, black flowers in January with small insects: often it's a small bug that sucks the young shoots, together with a fungus. One insect spray when the flowers start, and one spray against the fungus, usually helps. For three hectares, about 45,000 francs for the season."),
     c("Ah, the small insect, yes, I've seen it on the shoots. 45,000 for the season, if it saves the harvest, okay.", None),
     t3, c3],
    [o, t1, c1,
     t("Sounds like Helopeltis plus anthracnose. You'd want a pyrethroid at panicle initiation and a triazole at early fruit set. About 45,000 for the season."),
     c("Pyre... what? Panicle? Monsieur, I'm a farmer. Talk so I understand. What is all that?", None),
     t3, c3]))

# f04 — Rabat, Morocco: pharmacy, dry cough. Fault: an unasked lecture.
o = c("Bonjour. You have something for cough? Dry cough, since one week, at night especially.", None)
t1 = t("Bonjour. Dry cough for a week, worse at night. Any fever, or trouble breathing? And do you take any other medicine?")
c1 = c("No fever. I smoke a little, maybe ten a day. And I take the pill for blood pressure.", None)
t2 = t("Which blood pressure pill, do you have the name? Some of them cause exactly this kind of dry cough.")
c2 = c("Perindopril, I think. The doctor changed it a month ago.", None)
PAIRS.append(rpair(
    "b79r_f04_rabat_pharmacy_cough",
    "Pharmacy, Rabat, Morocco: a man asks for cough syrup; his blood pressure pill was recently changed.",
    [o, t1, c1, t2, c2,
     t("That fits: perindopril can cause a dry cough, often a few weeks after starting. A syrup won't fix that. I'll give you something soothing for the nights, but please call your doctor this week; there are other pills without this effect."),
     c("Ah, so it's the pill! The doctor never said. I'll call him tomorrow. Give me the syrup for the nights.", None)],
    [o, t1, c1, t2, c2,
     t("That may be it. But honestly, ten cigarettes a day with blood pressure, you're playing with fire. Smoking hardens the arteries, it's the first cause of bronchitis here, you really must stop. I have patches, here, look."),
     c("I came for a cough, not a sermon. Just the syrup, please, I have things to do.", "no_need")]))

# f05 — Sousse, Tunisia: wedding dinner catering. Fault: vague next step.
o = c("Aslema. My son's wedding is in August, in Sousse, about 300 people, the dinner night. I want a price for couscous and the sweets.", None)
t1 = t("Aslema, mabrouk! 300 for the dinner. Couscous with lamb or fish? And the sweets, all from us, or is the family making some?")
c1 = c("Lamb. The baklawa my sisters will make, you do the rest. The hall is in Hammam Sousse.", None)
t2 = t("Lamb couscous for 300, baklawa from your sisters, the other sweets from us, hall in Hammam Sousse. That's about 36 dinars a person, around 10,800 in all, service included.")
c2 = c("10,800... it's a lot. At my cousin's wedding last year it was 30 a person.", "too_expensive")
PAIRS.append(rpair(
    "b79r_f05_sousse_wedding_catering",
    "Caterer, Sousse, Tunisia: a mother asks for a quote for her son's wedding dinner.",
    [o, t1, c1, t2, c2,
     t("Lamb was cheaper last year, to be honest. Tomorrow by noon I'll send you a written quote in two versions, one at 36 with everything and one at 31 with fewer sweets, and I'll call you Thursday evening to see which you prefer."),
     c("Two versions, good. Thursday evening I'm free.", None)],
    [o, t1, c1, t2, c2,
     t("Prices went up everywhere. Let me look into it and we'll let you know, inchallah."),
     c("Let me know when? August comes fast. I'll ask other caterers in the meantime.", "think_it_over")]))

# f06 — Multan, Pakistan: collecting a transfer. Fault: doubts the customer's honesty.
o = c("Assalam o alaikum. I want to receive money from my brother in Saudi. He sent it yesterday, here is the code.", None)
t1 = t("Walaikum assalam. Please give me the code and your CNIC.")
c1 = c("Here. The card is broken at the corner, my grandson dropped it in water.", None)
t2 = t("The number is readable. The name on the transfer is Muhammad Aslam, and the card says Muhammad Aslam Khan.")
c2 = c("Yes, my brother always writes it short. Six years he's been doing it, it was never a problem.", None)
PAIRS.append(rpair(
    "b79r_f06_multan_transfer_pickup",
    "Money transfer counter, Multan, Pakistan: an older man collects a transfer with a damaged ID card.",
    [o, t1, c1, t2, c2,
     t("That's fine, the first part matches and the number is clear. I'll take your thumbprint on the biometric machine, the normal check, and then it's 120,000 in cash."),
     c("Thumbprint, fine. Give it in five thousands please, easier to carry.", None)],
    [o, t1, c1, t2, c2,
     t("Hmm. Short name, broken card... honestly, how do I know this card is yours? People come here with all kinds of stories."),
     c("All kinds of stories? I'm fifty-five, I've collected here six years. Put my thumb on your machine, then call your manager.", None)]))

# f07 — Sylhet, Bangladesh: tailoring a dance outfit. Fault: argues with the customer.
o = c("Assalamualaikum. I want a salwar kameez made for my daughter's school function, she is dancing. The fabric I already bought.", None)
t1 = t("Walaikum assalam. When is the function, and do you have her measurements, or shall we take them?")
c1 = c("Next Thursday. Take the measurements today, she is here. And please, sleeves short, she is dancing, her arms must move.", None)
t2 = t("Thursday, short sleeves so her arms move freely. Let me measure... Stitching is 900 taka, ready Tuesday, so there's time for a fitting.")
c2 = c("900? The tailor near our house takes 600. But he is always late, last Eid he gave the dress on Eid morning.", "too_expensive")
PAIRS.append(rpair(
    "b79r_f07_sylhet_dance_outfit",
    "Ladies' tailor, Sylhet, Bangladesh: a mother orders a dance outfit for her daughter's school function.",
    [o, t1, c1, t2, c2,
     t("That's true, 600 is the market rate for plain stitching. Ours is 900 because of the fitting on Tuesday; for a dance, the fit matters. If you like, I can do it without the fitting for 750."),
     c("No, keep the fitting, she is very particular. 900, okay. Tuesday.", None)],
    [o, t1, c1, t2, c2,
     t("Apa, 600 tailors will ruin this fabric. And short sleeves for a dance is wrong, it looks cheap on stage. Long sleeves are better, trust me."),
     c("I didn't ask how it looks on stage. Her dance teacher said short. Give me my fabric, I'll go to the other one.", None)]))

# f08 — Jaffna, Sri Lanka: home broadband. Fault: recommends before asking.
o = c("Vanakkam. I want internet for my house in Nallur. We are moving back from Colombo next month, my daughter will study online.", None)
t1 = t("Vanakkam, and welcome back. Let me check Nallur... yes, fibre reaches your road. What date do you move in?")
c1 = c("The fifteenth. In Colombo we had problems all the time with the other company, so this time I am careful.", "bad_experience")
t2 = t("Understood. We can install on the sixteenth, and for the first week you can call me directly if anything is wrong.")
c2 = c("Direct number, good. So which package?", None)
PAIRS.append(rpair(
    "b79r_f08_jaffna_home_fibre",
    "Telecom shop, Jaffna, Sri Lanka: a retired teacher returning home wants internet for his daughter's online studies.",
    [o, t1, c1, t2, c2,
     t("That depends on the use. What does your daughter do online, video classes? And who else in the house uses it, and when?"),
     c("Zoom classes in the evening, three hours. My mother watches serials on YouTube. That's all.", None)],
    [o, t1, c1, t2, c2,
     t("Take the 100 Mbps unlimited at 9,900 a month, it's our best. You won't have any problem."),
     c("9,900 a month? You didn't even ask what we use. I'm a retired teacher, not a businessman.", "no_money")]))

# f09 — Shreveport, Louisiana: used motorcycle. Fault: talks about himself instead of the customer.
o = c("Hey. Looking at that used Sportster out front. Thinking about getting back into riding. Haven't ridden since '98.", None)
t1 = t("Welcome back, that's a while. What's got you thinking about riding again, and what kind of riding: around town or longer trips?")
c1 = c("Wife passed last year. Kids are grown. Figured I'd do something for me. Weekends, maybe up to Caddo Lake, nothing crazy.", None)
t2 = t("I'm sorry about your wife. Weekend rides up to Caddo Lake sound like a good thing to have. After twenty-some years off, have you thought about a refresher course? That bike's a 1200, heavier than most folks remember.")
c2 = c("Refresher, huh. I figured it'd come back like riding a bicycle. What's a course run?", None)
PAIRS.append(rpair(
    "b79r_f09_shreveport_used_motorcycle",
    "Used motorcycle dealer, Shreveport, Louisiana: a recent widower wants to start riding again after 25 years.",
    [o, t1, c1, t2, c2,
     t("About 300, two weekends at the community college, and it usually knocks something off the insurance. Want to sit on the Sportster and see how the weight feels to you?"),
     c("Yeah, let me sit on it. Three hundred's fine if it helps the insurance.", None)],
    [o, t1, c1, t2, c2,
     t("About 300. Honestly, I never took one; I've been riding since I was fourteen, did Sturgis eleven times. My first bike was a '79 Shovelhead, leaked oil like you wouldn't believe, and my ex-wife used to say..."),
     c("Uh huh. Look, I got somewhere to be. I'll come back some other time.", "no_time")]))

# f10 — Las Cruces, New Mexico: house rental for a family with a wheelchair user. Fault: closes before checking it works.
o = c("Hi, I'm looking at the three-bedroom on Solano? My mom's moving in with us, she uses a wheelchair, so that's the big thing.", None)
t1 = t("Thanks for telling me, let's start there. Does she need a ramp at the entrance, and what about the bathroom: a roll-in shower, or can she use a tub bench?")
c1 = c("A tub bench works for now. The entrance is the thing, and door widths. Her chair is twenty-six inches wide.", None)
t2 = t("Twenty-six inches. The front has one step, and the landlord's fine with a portable ramp. Rent is 1,450, one-year lease, first month and deposit to move in.")
c2 = c("1,450 is a stretch, but with Mom's check helping we can manage.", None)
PAIRS.append(rpair(
    "b79r_f10_lascruces_accessible_rental",
    "Property manager, Las Cruces, New Mexico: a woman needs a rental house her mother's wheelchair can get around.",
    [o, t1, c1, t2, c2,
     t("Before you put anything down, let's measure the doorways, especially the bathroom and her bedroom; some older houses here have 24-inch interior doors. I can measure and send photos, or you come Saturday with a tape."),
     c("Send me photos with the tape on them, and if the doors are fine we'll come Saturday to sign.", None)],
    [o, t1, c1, t2, c2,
     t("Great! Then let's get the application in today and lock it in. The doors should be fine, most houses are standard."),
     c("Should be fine? If her chair doesn't fit the bathroom door I'm stuck in a lease. I'm not signing till somebody measures.", "think_it_over")]))
