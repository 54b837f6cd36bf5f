"""Ranked pairs f01-f10 of blind105 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- argues with the customer (accountant, Bradford)
a = c("Salaam. I drive private hire, Bradford and Leeds. My self assessment's due and my old accountant retired. Can you do it?", None)
b = t("Walaikum salaam, yes. For the car, were you on actual costs, or the mileage allowance, 45p a mile?")
c1 = c("Mileage, he always did mileage. It's simpler for me, I keep the Uber statements for the miles.", None)
d_good = t("Uber statements are good evidence for the miles with passengers. Do you also drive to pick-ups without a passenger? Those miles count too if you log them.")
e_good = c("I didn't know that. I never wrote those down.", None)
d_bad = t("Simpler isn't the point. You're wrong there, honestly, most drivers lose money on mileage. Actual costs would have been better all along.")
e_bad = c("I'm not wrong, I've done it twelve years with no problem. I don't want to change everything now.", "no_need")
f = t("For this return we'll stay on mileage from the Uber statements. From now on, a trip-logging app on your phone would catch the miles between jobs as well. My fee for a return like yours is £220.")
g = c("Two-twenty is okay. What papers do you need?", None)
h = t("I'll WhatsApp you the list today. Bring it in by the 20th and it's filed well before January.")
PAIRS.append(rpair(
    "b105r_f01_bradford_accountant_mileage",
    "A private hire driver asks a Bradford accountant to take over his self-assessment after his old accountant retired.",
    [a, b, c1, d_good, e_good, f, g, h],
    [a, b, c1, d_bad, e_bad, f, g, h]))

# f02 -- doubts the customer's honesty (pharmacy, Queens)
a = c("Hi, my mother's blood pressure pills were in the suitcase the airline lost coming back from Dhaka. She has none left. Can we get them early?", None)
b = t("I'm sorry, that's stressful. Let me check her profile. Amlodipine 5 and losartan 50, is that right?")
c1 = c("Yes, those two. She didn't take any this morning.", None)
d_good = t("Insurance usually blocks an early refill, but there's a lost-medication override I can request, and it helps to have the airline's baggage report. Do you have it?")
e_good = c("Yes, on my phone, here. The reference is on the top.", None)
d_bad = t("Insurance usually blocks an early refill. I have to ask, are you sure they're lost? We get people saying that to get extra.")
e_bad = c("Why would anyone want extra blood pressure pills? Here, the airline report, look at it.", None)
f = t("Thank you. I'll call the insurance for the override now. If they approve, it's your normal $10 copay; if not, the cash price for a week's supply is about $18 so she doesn't miss any doses.")
g = c("Eighteen is fine if it comes to that. Please do the week at least.", None)
h = t("Done. The week's supply will be ready in twenty minutes, and I'll call you tomorrow about the override.")
PAIRS.append(rpair(
    "b105r_f02_queens_pharmacy_lostmeds",
    "A daughter asks a Bangladeshi-owned pharmacy in Jackson Heights for an early refill after the airline lost her mother's medicines.",
    [a, b, c1, d_good, e_good, f, g, h],
    [a, b, c1, d_bad, e_bad, f, g, h]))

# f03 -- drops the price before asking anything (travel agent, Houston)
a = c("Hi, we're thinking of going to Hyderabad in December, me, my wife and our two boys. What would it roughly cost?", None)
b_good = t("Happy to look. Which dates are you thinking, and are you flying from Bush, or could you drive to Dallas?")
b_bad = t("December's busy, but I'll tell you now, I can get you ten percent off whatever the airline charges. Which dates are you thinking, and are you flying from Bush, or could you drive to Dallas?")
c1 = c("Around the 18th to January 5th. Bush, we're not driving four hours with two kids.", None)
d = t("For those dates from Bush, Emirates via Dubai is about $1,550 each and Qatar via Doha about $1,480. How old are the boys? Some fares are a little cheaper under twelve.")
e = c("Nine and thirteen.", None)
f = t("Then Qatar comes to about $5,800 for the four of you. I can hold that for 24 hours.")
g_good = c("That's around what we expected. Hold it, I'll confirm with my wife tonight.", "think_it_over")
g_bad = c("Is that with the ten percent off you said? Because Google shows the same price. I'll look around before holding anything.", "think_it_over")
h = t("I'll email you the breakdown now so you can see every number, and the hold runs till 6pm tomorrow.")
PAIRS.append(rpair(
    "b105r_f03_houston_travel_hyderabad",
    "A Telugu family in Houston asks a family travel agency on Hillcroft what a December trip to Hyderabad for four would cost.",
    [a, b_good, c1, d, e, f, g_good, h],
    [a, b_bad, c1, d, e, f, g_bad, h]))

# f04 -- an unasked lecture (phone repair, Edison NJ)
a = c("Hey, my phone won't charge unless I hold the cable at an angle. It's a Pixel 7.", None)
b = t("That's usually lint in the port or a worn port. Mind if I take a look right now? It takes a minute.")
c1 = c("Sure, go ahead.", None)
d = t("Yeah, it's packed with pocket lint. I can clean it out for free; if that doesn't fix it, a new port is $79.")
e = c("Free is good. Let's try that first.", None)
f_good = t("Done. Try your cable now.")
f_bad = t("Done. Try your cable now. And honestly, you guys need to stop buying those five-dollar gas station cables and keeping your phone in your jeans, that's why this happens, I see it every day. Get a case with a port cover.")
g_good = c("It's charging! Okay, what do I owe you?", None)
g_bad = c("I use the Google cable, but okay. ... It's charging. What do I owe you?", None)
h = t("Nothing. If it starts again in a few months, come back and we'll clean it again.")
PAIRS.append(rpair(
    "b105r_f04_edison_phone_chargeport",
    "A customer walks into a family phone repair counter on Route 27 because his Pixel only charges at an angle.",
    [a, b, c1, d, e, f_good, g_good, h],
    [a, b, c1, d, e, f_bad, g_bad, h]))

# f05 -- a vague next step (money transfer, Birmingham)
a = c("Salaam. I sent £600 to my sister in Mirpur on Friday and it still says pending. She needs it for the school fees.", None)
b = t("Walaikum salaam. Sorry about that, let me look. Have you got the reference number?")
c1 = c("MTN 4471 something, here on the receipt.", None)
d = t("Thanks. It's being held by the receiving bank in Pakistan for a name check: the account is under Nasreen Bibi, and the transfer says Nasreen Akhtar.")
e = c("Bibi is her married name on the bank, Akhtar on her ID card. Both are her.", None)
f_good = t("That's common. I'm sending them a name correction now with both names. Once they accept it, usually within 24 hours, it pays out. I'll ring you tomorrow by 12 either way, and if it's still stuck I'll cancel and refund it the same day so you can resend.")
f_bad = t("Okay, we'll raise it with them and let you know.")
g_good = c("Tomorrow by 12, okay. I'll tell her.", None)
g_bad = c("Let me know when? The fees are due Wednesday. Next time I'll just use the bank.", "bad_experience")
h = t("Here's my direct number on the receipt, in case she hears anything first.")
PAIRS.append(rpair(
    "b105r_f05_birmingham_remit_pending",
    "A woman asks a money transfer shop on Ladypool Road why her transfer to her sister in Mirpur has been pending since Friday.",
    [a, b, c1, d, e, f_good, g_good, h],
    [a, b, c1, d, e, f_bad, g_bad, h]))

# f06 -- over-promises (banquet hall, Surrey BC)
a = c("Hi, we're planning my brother's reception in August, around 380 to 400 guests. Our gurdwara committee recommended your hall.", None)
b = t("That's kind of them. Which Saturday in August are you looking at?")
c1 = c("The 16th if possible. The anand karaj is that morning at Dasmesh Darbar.", None)
d_good = t("The 16th is free. I should be honest though: the main hall is licensed for 350 with a dance floor. For 400 we'd have to drop the dance floor, or add the patio with a tent, which is about four thousand more.")
e_good = c("No dance floor won't work for a Punjabi wedding. The tent, let me check with my dad, he's paying.", "think_it_over")
d_bad = t("The 16th is free, and 400 is no problem at all. We'll fit everyone in comfortably, dance floor and all, don't worry about it.")
e_bad = c("Really? Another hall told us their 350 limit is a fire rule. Okay, if you're sure.", None)
f = t("The deposit to hold the 16th is $2,000, fully refundable for 14 days.")
g = c("Refundable, okay. Then we'll hold it by e-transfer this week.", None)
h = t("Great. I'll send you the contract and the e-transfer details today.")
PAIRS.append(rpair(
    "b105r_f06_surrey_hall_capacity",
    "A sister enquires at a Sikh family's banquet hall in Surrey for her brother's August reception of up to 400 guests.",
    [a, b, c1, d_good, e_good, f, g, h],
    [a, b, c1, d_bad, e_bad, f, g, h]))

# f07 -- closes before checking the thing works (phone repair, Brampton)
a = c("Hi, I dropped off my iPhone 13 for a screen this morning. Gurpreet. Is it ready?", None)
b = t("Hi Gurpreet, yes, just finished. It's the original-quality screen we talked about.")
c1 = c("Looks great. Honestly I was worried you'd keep it overnight, I drive for Uber and need it for the app.", None)
d = t("No, it went smoothly. The old screen had bent the bracket a bit, so I straightened that too, no charge.")
e = c("Thanks man. So what do I owe you?", None)
f_good = t("$199 as quoted. Before you pay, unlock it with Face ID, type across the whole keyboard and make a quick call, so we know everything works.")
g_good = c("Face ID worked. Keyboard's fine. Calling my wife... yes, she can hear me. Okay, tap?", None)
f_bad = t("$199 as quoted. Tap's fine, receipt's in the bag, 90-day warranty. Have a good one.")
g_bad = c("Paid. ... Hang on, Face ID isn't working now. It worked this morning. And I'm on shift in ten minutes.", None)
PAIRS.append(rpair(
    "b105r_f07_brampton_phone_faceid",
    "An Uber driver collects his iPhone from a family phone repair kiosk in a Brampton mall after a screen replacement.",
    [a, b, c1, d, e, f_good, g_good],
    [a, b, c1, d, e, f_bad, g_bad]))

# f08 -- recommends before asking (driving school, Leicester)
a = c("Hiya, I need to pass my test before September, I start a job in Coventry and I'll need to drive. How do your lessons work?", None)
b_good = t("Congrats on the job. Have you driven at all yet, and have you passed your theory?")
c_good = c("Theory passed in March. I've had about ten lessons with my uncle in his car, manual.", None)
b_bad = t("Congrats on the job. You want our two-week intensive: thirty hours, £1,050, with the test booked at the end. That's what gets people through fastest.")
c_bad = c("Thirty hours? I don't need that many. I've had ten lessons with my uncle already and I passed my theory in March.", "no_need")
d = t("With ten hours and theory done, I'd book one assessment lesson first, £36, and the instructor will tell you honestly whether you need ten more or twenty. Test waits in Leicester are long, so get a test date booked now too.")
e = c("Okay. How long's the wait for a test?", None)
f = t("Cannock Street's around four months, Wigston similar. If you book tonight you'd likely get late July, just in time. I can do the assessment this Saturday at 11.")
g = c("Saturdays I'm at the shop till two, I can't get out of that. Could it be later?", "no_time")
h = t("Saturday at 3 then, same instructor. And book the test tonight, the earlier the better.")
PAIRS.append(rpair(
    "b105r_f08_leicester_driving_intensive",
    "A young woman starting a job in Coventry asks a Leicester driving school how to pass her test before September.",
    [a, b_good, c_good, d, e, f, g, h],
    [a, b_bad, c_bad, d, e, f, g, h]))

# f09 -- unexplained jargon (accountant, Birmingham)
a = c("Hello, I got a letter about Making Tax Digital. I run a clothes shop on Soho Road, just me and my daughter. What do I have to do?", None)
b = t("Hello. Don't worry, it's manageable. What's your turnover roughly, and how do you keep your records now?")
c1 = c("About sixty thousand. Records in a book, receipts in a carrier bag, honestly.", None)
d_good = t("At sixty thousand you'll need to do it from next April. In plain terms: instead of one tax return a year, you keep your sales and costs in an app, and the app sends a short summary to HMRC every three months. We'd set the app up and can do the summaries for you.")
e_good = c("Every three months... that's more work. How much would you charge to do it?", None)
d_bad = t("At sixty thousand you're in scope from next April. You'll need MTD-compatible software, quarterly updates via the API, then the final declaration, and if you stay on spreadsheets we'd use bridging software.")
e_bad = c("Sorry, I didn't follow that. Bridging, is that a loan? I'm not taking any loans. How much is all this?", "no_need")
f = t("Our fee for a shop your size would be £65 a month, which includes the software, the quarterly updates and the year-end return.")
g = c("Sixty-five a month... okay, if you do everything. Send me the forms.", None)
h = t("I'll post them today, with a stamped envelope for the carrier bag of receipts.")
PAIRS.append(rpair(
    "b105r_f09_birmingham_accountant_mtd",
    "The owner of a Punjabi clothes shop on Soho Road asks a local accountant what the Making Tax Digital letter means for her.",
    [a, b, c1, d_good, e_good, f, g, h],
    [a, b, c1, d_bad, e_bad, f, g, h]))

# f10 -- talks about themselves (mithai wholesale, Queens)
a = c("My customers ask for mithai for Diwali every year and I send them to Jackson Heights. This year I want to stock some boxes myself. What's your deal?", None)
b = t("Glad you called. Roughly how many boxes do you think you'd sell, and do your customers like the milk sweets or the dry ones?")
c1 = c("Maybe a hundred boxes over the week. Milk sweets mostly, barfi, kalakand. But they only last a few days, no?", None)
d_good = t("Milk sweets keep four to five days in the fridge, so for a hundred boxes I'd deliver in two drops: sixty on the Tuesday, forty on the Friday before Diwali. Have you got fridge space for sixty boxes?")
e_good = c("Sixty, yes, in the drinks fridge, I'll clear it. What's the price?", None)
d_bad = t("Let me tell you about us first. My grandfather started the shop in Amritsar in 1962, we came to Queens in '98, we've won best mithai in Queens twice, and my son runs the Instagram now, we just did a collab with a food blogger with 200k followers. Anyway, milk sweets keep four to five days in the fridge. Have you got fridge space for sixty boxes?")
e_bad = c("Nice story, but I'm in the middle of lunch rush here. Fridge space, yes, sixty. What's the price?", "no_time")
f = t("Wholesale is $14 a two-pound box; you'd sell at $22 to $25. Anything unsold on Diwali day from the second drop, I take back.")
g = c("Take-back is good. Put me down for the hundred.", None)
PAIRS.append(rpair(
    "b105r_f10_queens_wholesale_mithai",
    "A deli owner in Richmond Hill, Queens, phones a Jackson Heights sweet maker about stocking mithai boxes for Diwali.",
    [a, b, c1, d_good, e_good, f, g],
    [a, b, c1, d_bad, e_bad, f, g]))
