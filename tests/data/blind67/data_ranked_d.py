"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for blind67 (prefix b67)."""
from common import c, rpair, t

PAIRS = []

# d01 hearing clinic, Birmingham
o = c("My wife's made me come. She says I've got the telly too loud. I think I'm fine, to be honest.", "no_need")
PAIRS.append(rpair(
    "b67r_d01_birmingham_hearing_aids",
    "A reluctant man in his seventies at a hearing clinic, sent by his wife (Birmingham, England).",
    better=[o,
            t("Fair enough, lots of people come in because someone nudged them. Apart from the telly, are there places where you do find yourself missing things?"),
            c("Well... the pub, maybe. Saturday quiz, I can't follow what the lads are saying with all the noise. I just nod along.", None),
            t("That's very common, background noise is usually the first thing to go. Would it matter to you to follow the quiz again, or is nodding along alright?"),
            c("I'd like to, yeah. But my brother had hearing aids, cost him three grand and they lived in a drawer. Whistled all the time.", "bad_experience"),
            t("That used to happen a lot with the older ones. Let's do the test first, twenty minutes, free. If there is a loss, you can take a pair home for two weeks, wear them to the quiz, and bring them back if they end up in the drawer. No charge for the trial."),
            c("Two weeks, and I can bring them back. Go on then.", None)],
    worse=[o,
           t("No problem, the test will tell us either way. It takes twenty minutes and it's free. Come through to the booth."),
           c("Alright. I'm telling you though, I'm fine.", "no_need"),
           t("Right, the results: a mild to moderate loss in the high pitches, both ears, which explains the telly. Our mid-range pair would suit you, 1,800 with rechargeable batteries."),
           c("Eighteen hundred. My brother paid three grand for his and they lived in a drawer.", "bad_experience"),
           t("These are much better than the older ones, honestly. Here's a brochure, have a read with your wife, and book a fitting whenever you're ready."),
           c("Right. I'll have a think.", "think_it_over")],
))

# d02 packaging supplier, Ho Chi Minh City
o = c("Hello, we roast coffee in Ho Chi Minh City and now start exporting to Germany. We need new bags. Your price for 20,000 bags with valve?", None)
PAIRS.append(rpair(
    "b67r_d02_hochiminh_coffee_packaging",
    "A coffee roaster starting exports asks a packaging supplier for a price on valve bags (Ho Chi Minh City, Vietnam).",
    better=[o,
            t("Hello, congratulations on the export. Before I price it: how long must the coffee stay fresh, from roasting until the German customer opens it?"),
            c("Shipping by sea is five weeks, then maybe two months in the shop. Our current bags, the coffee was stale after one month.", None),
            t("So about three months in total, and the current bags fail after one. That's usually the barrier layer, not the valve. Which bag do you use now?"),
            c("Kraft paper with PE inside. It looks nice, the German customer likes the natural look.", None),
            t("Then keep the kraft outside and add an aluminium layer inside with the one-way valve; that holds around twelve months. For 20,000 it's 0.31 dollars each. I suggest we send 200 free samples first, you fill them and taste the coffee at six and twelve weeks."),
            c("Samples is a good idea. 0.31 is more than now, I need to show my director the test first.", "think_it_over"),
            t("Of course. The samples arrive within a week, and I'll add a one-page note on the layers for your director.")],
    worse=[o,
           t("Hello! For 20,000 valve bags, kraft with PE liner is 0.22 dollars each, and with aluminium liner 0.31. Which do you prefer?"),
           c("What is the difference? Our bags now are kraft with PE, the coffee was stale after one month.", None),
           t("The aluminium keeps oxygen out much better, so for export I recommend it. Lead time is four weeks."),
           c("0.31 is more than now. I need to ask my director.", "think_it_over"),
           t("Sure. I'll email a quotation for both options today so you can discuss it."),
           c("Okay, thank you.", None)],
))

# d03 veterinary clinic, Galway
o = c("Hiya, my dog's scratching himself raw. My friend's dog got an injection for itching and it fixed it straight away. Can I book that?", None)
PAIRS.append(rpair(
    "b67r_d03_galway_vet_itchy_dog",
    "A dog owner phones a veterinary clinic asking for the itch injection a friend's dog had (Galway, Ireland).",
    better=[o,
            t("We can look at that. How long has he been scratching, and where on his body mostly?"),
            c("About three weeks. Paws and his belly mostly. He licks his paws all night, none of us are sleeping.", None),
            t("Paws and belly for three weeks. Has anything changed lately, like new food, and is he up to date on flea treatment?"),
            c("We did change his food a month ago, it was cheaper. Flea stuff, I think we missed a month.", None),
            t("Either could be it. The injection can calm the itch for a few weeks, but if it's fleas or the food it'll come back. I'd have the vet see him: the consult is 55 euro, and she'll likely give something for the itch today and a plan to find the cause."),
            c("Fifty-five plus the injection, that adds up. Does he really need to see the vet?", "too_expensive"),
            t("For that injection, yes, it's prescription-only, and the itch relief is usually about 40 on top. If this month is tight, the flea treatment alone is 18 and worth doing anyway. I have tomorrow at half nine if you'd like it.")],
    worse=[o,
           t("Sure. That's probably the itch injection, the vet gives it after a quick check. The consult's 55 euro and the injection is around 40."),
           c("Ninety-five euro, wow. My friend said it was cheaper than that.", "too_expensive"),
           t("Prices vary a bit between clinics. It usually works within a day. Would tomorrow at half nine suit?"),
           c("Yeah, go on, he's driving us mad.", None),
           t("Grand, he's booked. Bring him on a lead, and the food packaging too if you have it."),
           c("Will do.", None)],
))

# d04 roofer, Krakow
o = c("Good morning. We have water in the attic after the rain. The house is from 1985. I think we need a new roof, how much does it cost?", None)
PAIRS.append(rpair(
    "b67r_d04_krakow_roof_leak",
    "A homeowner with non-native English assumes a leak means a whole new roof (Krakow, Poland).",
    better=[o,
            t("Good morning. Maybe, maybe not. Where in the attic is the water: near the chimney, along a wall, in the middle?"),
            c("Near the chimney, mostly. A brown stain on the wood and a little water on the floor.", None),
            t("Near the chimney on a 1985 roof, very often it's the flashing around the chimney, not the whole roof. Do the tiles look alright from outside, nothing broken or missing?"),
            c("From the garden they look okay. My neighbour changed his roof last year, it was 60,000 zloty. We do not have that now.", "no_money"),
            t("Then let's check before you spend anything like that. I can come on Saturday and look at the flashing and the tiles. The inspection is 250 zloty, taken off the price if you order the repair from us. If the whole roof really is finished, I'll show you photos."),
            c("Saturday is good. Morning please, my husband works in the afternoon.", None)],
    worse=[o,
           t("Good morning. For a house of that age, a new ceramic tile roof is about 55,000 to 65,000 zloty, depending on size. How many square metres is the roof?"),
           c("I don't know exactly, the house is about 120 metres. We do not have 60,000 now.", "no_money"),
           t("I understand. We have a payment plan over 24 months. I can come on Saturday to measure and give you an exact quote."),
           c("Maybe. I will talk with my husband first about a credit.", "think_it_over"),
           t("Of course. Call me when you're ready, the quote is free.")],
))

# d05 wedding photographer, Buenos Aires
o = c("Hola, we are getting married in November, small wedding, 40 people, in a quinta in Tigre. What packages do you have?", None)
PAIRS.append(rpair(
    "b67r_d05_buenosaires_wedding_photos",
    "A bride asks a wedding photographer about packages for a small country-house wedding (Buenos Aires, Argentina).",
    better=[o,
            t("Hola, congratulations! Before packages: in twenty years, what do you want to have from the day? Lots of posed family photos, or more the moments?"),
            c("The moments. My grandmother is 94, she is coming, it is important to have her with us. And we are both shy, we hate to pose.", None),
            t("So your grandmother, and no long posing. I usually do only fifteen minutes of family photos and then just follow the day. For 40 people in Tigre, six hours covers the ceremony, lunch and first dance: 650,000 pesos."),
            c("Ay, it is a lot. Another photographer offered us all day for 500,000.", "too_expensive"),
            t("That's a good offer, compare how many edited photos and how soon you get them. If six hours is too much, four hours covering the ceremony and time with your grandmother is 480,000. Shall I send you two full galleries of small weddings so you can see if my style fits?"),
            c("Yes, send them. I will look with Martin tonight.", "think_it_over")],
    worse=[o,
           t("Hola, congratulations! We have three packages: four hours for 480,000, six hours for 650,000, and all day for 850,000. All include edited photos in an online gallery."),
           c("Six hours sounds right. But it is a lot, another photographer offered all day for 500,000.", "too_expensive"),
           t("My quality is higher, I have ten years' experience and shoot with two cameras. I can give you 10% off the six hours if you book this month."),
           c("Hmm. Okay, I will talk with Martin.", "think_it_over"),
           t("Perfect, I'll send you the contract and my portfolio link.")],
))

# d06 mattress shop, Leeds
o = c("Hiya, I've got a bad back and everyone says get the firmest mattress you can. Which is your firmest?", None)
PAIRS.append(rpair(
    "b67r_d06_leeds_mattress_bad_back",
    "A customer with back pain asks a bed shop for its firmest mattress (Leeds, England).",
    better=[o,
            t("I can show you. Can I ask first, do you sleep on your back, side or front, and is the back worst in the morning or all day?"),
            c("Side mostly. Worst in the morning, and my shoulder goes numb as well. I'm about fourteen stone, if that matters.", None),
            t("It does help. Side sleepers on a very firm mattress often get exactly that numb shoulder, because the shoulder can't sink in. Medium-firm usually suits side sleepers better. Would you lie on both for ten minutes, in your usual position?"),
            c("Go on then. But the last one I bought online I hated and couldn't send back.", "bad_experience"),
            t("That's why trying here helps. And this range has a 100-night trial: if your back's not better, we collect it and refund you, minus 50 for collection."),
            c("That's fair. Let me try the medium one first.", None)],
    worse=[o,
           t("Our firmest is the Ortho Firm at 799, very popular with back pain. Have a lie on it."),
           c("Ooh, that is firm. My shoulder's going a bit numb already. I sleep on my side.", None),
           t("It takes a couple of weeks to get used to a firm one. There's also a medium-firm at 699 if you'd prefer."),
           c("I don't know. The last one I bought online I hated and couldn't send back.", "bad_experience"),
           t("Both have a 100-night trial, so you can return it if it doesn't suit. Here's the spec sheet for both."),
           c("I haven't got time to try them all properly today, I'm on my lunch. I'll come back at the weekend.", "no_time")],
))

# d07 drip irrigation, Ludhiana
o = c("Sat sri akal. I have 10 acres near Ludhiana. The tubewell water is going down every year. People say drip irrigation, what is your price?", None)
PAIRS.append(rpair(
    "b67r_d07_ludhiana_drip_irrigation",
    "A farmer worried about falling groundwater asks a drip-irrigation dealer for a price (Ludhiana, Punjab, India).",
    better=[o,
            t("Sat sri akal ji. The price depends on the crop. What grows on the 10 acres now, and is it the same all year?"),
            c("Paddy in kharif, wheat in rabi. But I want to try vegetables on 2 acres, potato and peas. My son says there is more money.", None),
            t("Drip doesn't suit paddy, and for wheat the cost is high for the benefit. For the 2 acres of potato and peas it makes sense, it saves about half the water. About 1.1 lakh rupees per acre, and the state subsidy can cover a big part. Is the land record in your name?"),
            c("Yes, in my name. But one company put drip for my cousin, after one year the pipes were blocked and nobody came back.", "bad_experience"),
            t("Blocking happens when there is no filter or no flushing. We fit a sand and screen filter, and our technician comes twice in the first year to show your son how to flush it. Shall I come and see the 2 acres and the tubewell this week?"),
            c("Come on Friday. My son will be there.", None)],
    worse=[o,
           t("Sat sri akal ji. Drip for 10 acres is about 11 lakh rupees, and the subsidy can cover 50 to 80%. We are an approved company for Punjab."),
           c("11 lakh is too much, even with subsidy. And my cousin's drip was blocked after one year.", "too_expensive"),
           t("Our system has a good filter, and we give a one-year warranty. Maybe you start with fewer acres."),
           c("Maybe vegetables on 2 acres only. I will discuss with my son.", "think_it_over"),
           t("Okay, 2 acres is about 2.2 lakh. I'll send the subsidy form to your son on WhatsApp.")],
))

# d08 credit union, Vancouver
o = c("Hi, I've got about 14,000 on three credit cards and I'm just paying interest. Can I get a loan to pay them off?", None)
PAIRS.append(rpair(
    "b67r_d08_vancouver_debt_consolidation",
    "A member asks a credit union about a loan to consolidate credit-card debt (Vancouver, Canada).",
    better=[o,
            t("Quite possibly, and good on you for tackling it. What rates are the cards, and what do you pay each month now?"),
            c("Around 20% on two of them, one's 11. I pay about 600 a month total and it barely moves.", None),
            t("At those rates most of the 600 is interest. A consolidation loan here would be around 9% over four years, roughly 350 a month, so it actually goes down. Can I ask how the balance built up, so it doesn't creep back?"),
            c("Honestly? Moving costs, then my car. And... I eat out a lot. I know.", None),
            t("No judgement, that's very normal. The loan only works if the cards stay near zero afterwards, so some people close two of the three. Would you keep one for emergencies, with a low limit?"),
            c("Yeah, maybe keep one with a 2,000 limit. What do you need from me?", None),
            t("Two recent pay stubs and the three card statements. Book a 30-minute appointment on Thursday and we'll decide the cards together; you'd have a decision on the loan the same day.")],
    worse=[o,
           t("Yes, we do consolidation loans. For 14,000 over four years the rate would be around 9%, about 350 a month. What's your income?"),
           c("About 62,000 a year. I pay around 600 on the cards now.", None),
           t("Then 350 a month will save you a lot. You'd need two recent pay stubs and the card statements."),
           c("Nine percent... my bank offered me a line of credit at 8.5.", "too_expensive"),
           t("A line of credit can work too, just make sure it has a fixed end date, otherwise it's easy to keep borrowing. Our rate is fixed."),
           c("Okay. I'll compare and get back to you.", "think_it_over")],
))

# d09 physiotherapy, Zurich
o = c("Gruezi, I have knee pain when I run, on the outside of the knee. I want some physio sessions. Do you have time this week?", None)
PAIRS.append(rpair(
    "b67r_d09_zurich_runner_knee_physio",
    "A runner with knee pain eight weeks before a marathon calls a physiotherapy practice (Zurich, Switzerland).",
    better=[o,
            t("Gruezi, yes, we have Thursday. Before I book, are you training for something, and how long has it hurt?"),
            c("The Zurich marathon, in eight weeks. It started three weeks ago, after I increased to 60 kilometres a week.", None),
            t("So a marathon in eight weeks and pain since you raised the mileage. I'll be honest, the physio may ask you to cut the distance for a while, though usually not to stop."),
            c("I cannot stop now, the plan is already tight. The last physio I saw just told me to rest, that was useless.", "bad_experience"),
            t("Understood. Our physio Lea works with runners: she'll watch you run on the treadmill and adjust your plan rather than cancel it. First session 60 minutes, 150 francs, mostly covered by supplementary insurance. Thursday at 7:30?"),
            c("Thursday 7:30 works. I bring my running shoes.", None)],
    worse=[o,
           t("Gruezi, yes. We have Thursday at 7:30 or Friday at noon. A first session is 60 minutes, 150 francs."),
           c("Thursday. It's for the Zurich marathon in eight weeks, I hope it goes fast.", None),
           t("The physio will assess the knee and give you exercises. Usually it's a series of six sessions."),
           c("Six sessions? I cannot stop running now. The last physio I saw just told me to rest.", "bad_experience"),
           t("She'll discuss your training with you. Thursday 7:30 is booked, bring shorts and running shoes."),
           c("Okay, thank you.", None)],
))

# d10 office cleaning, Johannesburg
o = c("Hi, we're a 25-person office in Rosebank. Our cleaning company keeps not pitching up. I need a quote for daily cleaning.", None)
PAIRS.append(rpair(
    "b67r_d10_johannesburg_office_cleaning",
    "An office manager wants to replace an unreliable cleaning contractor (Johannesburg, South Africa).",
    better=[o,
            t("Sorry to hear that. When they don't pitch, what happens, and which part matters most to your team?"),
            c("The kitchen and the bathrooms. When they skip, by Wednesday the kitchen's a disaster and people complain to me. It's happened four times this month.", None),
            t("So reliability first, and kitchen and bathrooms are the priority. Do you need them before the office opens or after hours?"),
            c("After six, we have clients in the morning. Our budget's about 9,000 rand a month, that's what we pay now.", None),
            t("Daily after-six cleaning focused on the kitchen and bathrooms comes to about 9,800. The extra pays for a standby cleaner: if ours can't come, the standby does, and you get a text by five. If a day is missed anyway, that day is free. Could I see the office this week to confirm?"),
            c("Eight hundred more... but if they actually arrive, fine. Come Thursday at four.", None)],
    worse=[o,
           t("Sure. For a 25-person office, daily cleaning is usually 9,800 rand a month, consumables included."),
           c("That's over our budget, we pay 9,000 now and I can't go above it. Though the current lot keep not pitching up.", "no_money"),
           t("We're very reliable, we have over 200 clients in Joburg. I can send you a few references."),
           c("Okay, send them. I'll chat to my director.", "think_it_over"),
           t("Will do. I'll email the quote and references this afternoon.")],
))
