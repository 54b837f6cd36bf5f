from common import c, t, rpair

# f01 argues with the customer
a1 = c("Hello, I've just noticed I'm charged for sewerage, but we're on a septic tank. Always have been.", None)
b1 = t("Thanks for spotting it. How long have you been there, and have you anything showing the tank, like an emptying invoice?")
c1 = c("Eight years. I've the emptying invoice from May and the survey from when we bought it.", None)
g1 = t("That's exactly what we need. If you're not connected you shouldn't pay sewerage. I'll open a claim and the refund can be backdated, usually up to six years.")
h1 = c("Six, not eight? Shame, but fine.", None)
w1 = t("Hmm, our maps show your street on the main sewer, so I think you're probably connected. Are you sure it's a tank and not an old inspection chamber?")
x1 = c("Yes, I'm sure! I pay a man to empty it twice a year. Do you want the invoice or not?", None)
s1 = t("Send the survey and invoice to the email on your bill, subject 'non-connection'. I've noted it, and the team will call you within ten working days.")
e1 = c("Right. I'll send them tonight.", None)

# f02 doubts the customer's honesty
a2 = c("hi my gas bill is estimated again even though I sent my reading on the 3rd through the app", None)
b2 = t("Sorry about that. Have you still got the reading, or a photo of the meter from the 3rd?")
c2 = c("yes photo's on my phone. 4 8 2 1 7", None)
g2 = t("Thanks. App readings sometimes don't attach if the session times out; that's on our side. I'm entering 48217 against the 3rd.")
h2 = c("ok good. will the new one be lower", None)
w2 = t("Hmm, we've nothing from the app on the 3rd. People sometimes think they sent it when they didn't. Are you sure you hit send?")
x2 = c("yes I'm sure, I got a confirmation screen. I'm not making this up", None)
s2 = t("I'll reissue the bill on 48217, about 40 dollars lower, by email within two days. A smart meter would send readings by itself, if you ever want one.")
e2 = c("no thanks, Ill stick with the app when it works. ok thanks", "no_need")

# f03 drops the price before asking anything
a3 = c("Hi, I'd like to cancel my internet please.", None)
g3 = t("I can help with that. Can I ask what's prompting it, so I set it up right?")
h3 = c("I'm moving in with my girlfriend in May, she already has internet at her place.", None)
w3 = t("Oh no! Before you go, I can take 20 dollars off your bill for 12 months. Would that change your mind?")
x3 = c("It's not the price. I'm moving in with my girlfriend in May, she already has internet.", "no_need")
s3 = t("Got it, a move, not a problem with us. What's your last day there? I'll set the cancellation for it so you don't pay double.")
d3 = c("May 3rd. Do I have to send the router back?", None)
r3 = t("Yes, I'll email a prepaid label; drop it at any shipping store within 30 days. Your final bill covers up to May 3rd.")
e3 = c("Perfect, thanks.", None)

# f04 an unasked lecture
a4 = c("Hi, the lid's snapped off my brown bin and the fox is into it every night. Can I get a new one?", None)
b4 = t("You can. Is it the whole bin or just the lid, and what's the address?")
c4 = c("Just the lid, bin's fine. 7 Ashgrove Lawn, Tallaght. Is there a charge? Last time they wanted 40 for a bin.", None)
g4 = t("A lid on its own is free and quicker than a new bin. The crew can fit it on your next collection, Wednesday.")
h4 = c("Wednesday's great.", None)
w4 = t("Okay. Just so you know, lots of brown bins round there get rejected for plastic bags and cooked meat, so compostable liners only, and no bones, that draws the foxes. A lid's free, fitted Wednesday.")
x4 = c("I didn't ask about bags. I compost properly. Wednesday's fine.", None)
s4 = t("Leave the bin out by 7am Wednesday and they'll fit the lid when they empty it. You'll get a text the evening before.")
e4 = c("Grand, thanks.", None)

# f05 a vague next step
a5 = c("Hiya, I sent my licence renewal off eight weeks ago and heard nothing. I start a delivery job on the 14th and I need it.", None)
b5 = t("Let's see where it is. Can I have your postcode and date of birth?")
c5 = c("SE15 4RT, 2nd of June 1989.", None)
m5 = t("Thanks. It's held because the photo was rejected, too dark, and the letter went to your old address. That's why you heard nothing.")
n5 = c("Brilliant. So what now? I can't lose this job.", None)
g5 = t("I'm updating your address now and emailing a link to upload a new photo today. Once it's in, it's printed within five working days and I'm marking it urgent, so expect it by the 12th.")
h5 = c("The 12th. Cutting it fine, but okay, I'll do the photo tonight.", None)
w5 = t("I'll pass it on to the team and someone will be in touch about the photo. We'll let you know.")
x5 = c("When? I start on the 14th. I need a date, not 'in touch'.", None)

# f06 over-promises
a6 = c("Hi, um, I saw something about free insulation through the gas company? The house is freezing and the bills are crazy.", None)
b6 = t("Yes, the weatherization program. Do you own the home, and what's the household size and income, roughly?")
c6 = c("I own it, it's from the 1940s. Me and two kids, I make about 38,000.", None)
m6 = t("Three people at 38,000 is under the limit, so the audit and insulation should be free. An auditor comes first to see what the house needs.")
n6 = c("Okay but I've had contractors come out before and never come back. Is this going to be like that?", "bad_experience")
g6 = t("Fair question. The audit wait is about six weeks, and work usually follows within two months. Bills often drop 10 to 20 percent, depending on what they find. I'll book it and text you the date.")
h6 = c("Six weeks is fine. Book it.", None)
w6 = t("Not at all! We'll have someone out this week and your bill will be cut in half, guaranteed. Everyone sees that.")
x6 = c("Half? This week? Okay... great, book it.", None)

# f07 closes before checking it fits
a7 = c("Hi, I'm interested in aquafit. My friend goes and loves it. How does it work?", None)
b7 = t("Great! Is it for fitness, or is there a joint or injury thing too?")
c7 = c("Bit of both, my back. I'm a nurse, so I do rotating shifts.", None)
g7 = t("Shifts matter here. Do you get your rota far enough ahead to plan, and are you freer mornings or evenings?")
h7 = c("Two weeks ahead. Mornings mostly, and some weeks nothing at all.", None)
w7 = t("Perfect, aquafit's great for backs. I'll sign you up for the 3-month pass, 120, starting Monday, okay?")
x7 = c("Wait, what times are the classes? I'm on rotating shifts, some weeks I couldn't make any.", None)
s7 = t("Classes are Mon and Wed 9am, Tue and Thu 7pm. With shifts, a 10-class punch pass, 95, valid six months, may suit better, so missed weeks don't cost you.")
d7 = c("95 is still a lot to put down before I know I even like it. Is there a drop-in?", "too_expensive")
r7 = t("Yes, 11 for a drop-in. Come Wednesday at 9 and see.")

# f08 recommends before asking
a8 = c("Hello, I need to post this, it's got my original birth certificate in it for a visa application.", None)
g8 = t("Okay. Does it need to get there by a certain day, and do you need proof it arrived?")
h8 = c("No rush, but I need to know it got there. It's irreplaceable.", None)
w8 = t("You'll want Special Delivery guaranteed by 9am then, that's 29.95.")
x8 = c("Thirty quid? I only need to know it arrived, not for it to get there at dawn.", "too_expensive")
s8 = t("Then Special Delivery by 1pm: tracked, signed for, covered up to 750 if lost, 8.35. Signed-for is cheaper but only covers about 100.")
d8 = c("The 1pm one, and I'll keep the receipt.", None)
r8 = t("Keep the receipt with the tracking number; you'll see the signature online the day it's delivered.")
e8 = c("Lovely, thanks.", None)

# f09 unexplained jargon
a9 = c("Hello, I'm just after moving into an apartment and I want the electricity in my name. Never done it before.", None)
b9 = t("Welcome! No bother. When did you move in, what's the address, and have you a meter reading?")
c9 = c("Saturday. Apartment 4, Harbour Court, Galway. Reading's 11402. I'm not signing a long contract though, my last place tied me in two years.", "bad_experience")
m9 = t("No contract, you can leave any time. One more thing: there's a sticker in the fusebox with an 11-digit number starting 10. It tells us which meter is yours.")
n9 = c("Got it, 10 0062 4418 7.", None)
g9 = t("You're set up from Saturday. You'll pay a small daily charge for being connected, about 80 cent a day, plus what you use, billed every two months. Send a reading each time and the bills won't be guessed.")
h9 = c("Okay, that's clear. Thanks.", None)
w9 = t("You're set up from Saturday on the 24hr urban unit rate plus standing charge and PSO levy, billed bimonthly on estimates unless you submit actuals.")
x9 = c("...Okay. I didn't get half of that, but okay.", None)

# f10 talks about themselves
a10 = c("Hi, I'm starting a food truck, pupusas, and I'm lost on what permits I need from the city.", None)
b10 = t("Congrats! Where will you park mostly, private lots like breweries, or on the street?")
c10 = c("A brewery lot on weekends, maybe downtown at lunch later.", None)
g10 = t("Then start with the mobile vending license and the health permit; the brewery just needs to okay it in writing. Downtown is a separate zone permit, you can add it later.")
h10 = c("Okay, two now, one later. What do they cost?", None)
w10 = t("Oh, I love pupusas! My wife's family is Salvadoran, and I ran a taco truck two years before this job, the permits nearly broke me. Best and worst time of my life. Anyway, vending license and health permit now, downtown zone permit later.")
x10 = c("Ha, okay. Sorry, so which two now? And what do they cost?", None)
s10 = t("Vending license is 275 a year, health permit 410 with the inspection. The zone permit later is 150.")
d10 = c("That's almost 700 up front. Every dollar I have is going on the truck.", "no_money")
r10 = t("The health permit can be paid in two halves, and the vending license is prorated if you start mid-year. I'll email both forms today.")

PAIRS = [
rpair("b179r_f01_water_septic", "UK water company, phone: a homeowner on a septic tank is billed for sewerage. Worse argues the customer is probably connected.",
[a1, b1, c1, g1, h1, s1, e1], [a1, b1, c1, w1, x1, s1, e1]),
rpair("b179r_f02_gas_appreading", "Canadian gas utility web chat: a reading sent by app was ignored. Worse doubts the customer sent it.",
[a2, b2, c2, g2, h2, s2, e2], [a2, b2, c2, w2, x2, s2, e2]),
rpair("b179r_f03_internet_cancel", "US internet provider, phone: a customer cancels because he is moving in with his partner. Worse drops the price before asking why.",
[a3, g3, h3, s3, d3, r3, e3], [a3, w3, x3, s3, d3, r3, e3]),
rpair("b179r_f04_council_binlid", "Irish county council, phone: a broken brown bin lid lets a fox in. Worse adds an unasked lecture on composting.",
[a4, b4, c4, g4, h4, s4, e4], [a4, b4, c4, w4, x4, s4, e4]),
rpair("b179r_f05_licence_delayed", "UK driving licence office, phone: a renewal is stuck and a job starts on the 14th. Worse ends with a vague next step.",
[a5, b5, c5, m5, n5, g5, h5], [a5, b5, c5, m5, n5, w5, x5]),
rpair("b179r_f06_gas_weatherization", "US gas utility, phone: a single parent asks about free insulation. Worse over-promises the date and the saving.",
[a6, b6, c6, m6, n6, g6, h6], [a6, b6, c6, m6, n6, w6, x6]),
rpair("b179r_f07_leisure_aquafit", "Canadian leisure centre desk: a shift-working nurse asks about aquafit. Worse closes a 3-month pass before checking the times fit.",
[a7, b7, c7, g7, h7, s7, d7, r7], [a7, b7, c7, w7, x7, s7, d7, r7]),
rpair("b179r_f08_postoffice_visa", "UK post office counter: a customer posts an original birth certificate. Worse recommends the dearest service before asking.",
[a8, g8, h8, s8, d8, r8, e8], [a8, w8, x8, s8, d8, r8, e8]),
rpair("b179r_f09_electric_newaccount", "Irish electricity supplier, phone: a first-time tenant sets up an account. Worse closes with unexplained jargon.",
[a9, b9, c9, m9, n9, g9, h9], [a9, b9, c9, m9, n9, w9, x9]),
rpair("b179r_f10_city_foodtruck", "US city business licensing, phone: a new food truck owner asks which permits she needs. Worse talks about himself.",
[a10, b10, c10, g10, h10, s10, d10, r10], [a10, b10, c10, w10, x10, s10, d10, r10]),
]
