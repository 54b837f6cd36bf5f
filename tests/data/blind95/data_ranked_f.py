"""Ranked pairs f01-f10 (blind95): both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 feed store, Lubbock - fault: recommends before asking
o = c("Need somethin' for my baby goats. They got the scours real bad, three of 'em.", None)
b1 = t("Sorry to hear it. How old are they, and has anything changed lately? Feed, milk, weather?")
b2 = c("Two weeks old. Started right after I switched 'em to a cheaper milk replacer.", None)
w1 = t("Sure thing. Grab this dewormer, $38, and a tub of electrolytes. That'll fix 'em right up.")
w2 = c("Dewormer? They're two weeks old. And it started right after I switched 'em to a cheaper milk replacer.", None)
s3 = t("Then the replacer switch is the likely cause. Go back to the old one, or mix them half and half for a few days. Give electrolytes between feedings so they don't dry out, a tub is $12.")
s4 = c("Good, 'cause I ain't got money for a vet right now.", None)
s5 = t("If any of them go down, quit nursing, or you see blood, call the vet anyway, that turns fast in kids. Otherwise the electrolytes and the old replacer should do it.")
s6 = c("Alright. Just the electrolytes then.", None)
PAIRS.append(rpair(
    "b95r_f01_lubbock_feed_goat_scours",
    "Feed store, Lubbock, Texas: a small farmer asks for something for kid goats with diarrhoea. Fault in worse: recommends a product before asking anything.",
    better=[o, b1, b2, s3, s4, s5, s6],
    worse=[o, w1, w2, s3, s4, s5, s6]))

# f02 car title loan, Montgomery - fault: over-promises
o = c("Hi. I need about fifteen hundred for my light bill and rent. My car's a 2011 Impala with a lot of miles. Will y'all even take it?", None)
s1 = t("Let's see. Is the title in your name and clear, no other loan on it?")
s2 = c("Yes ma'am, paid it off two years ago.", None)
b3 = t("Good. What we can lend depends on what the car's worth, and a 2011 with high miles might come in under fifteen hundred. Let me look it over and I'll give you a real number in ten minutes.")
b4 = c("Okay. Go ahead and look, keys are right here.", None)
w3 = t("Don't you worry, we'll get you the fifteen hundred no matter what, and you can take as long as you need to pay it back.")
w4 = c("For real? No matter what? Well, that's a relief. Keys are right here.", None)
s5 = t("Here's the paperwork while I walk around the car. Read the payment page carefully, it has the monthly fee and the due date.")
s6 = c("Twenty-five percent a month? That's a whole lot more than I figured.", "too_expensive")
PAIRS.append(rpair(
    "b95r_f02_montgomery_title_loan_impala",
    "Car title loan store, Montgomery, Alabama: a woman asks whether her old car can secure a $1,500 loan. Fault in worse: promises the full amount and open-ended repayment before seeing the car.",
    better=[o, s1, s2, b3, b4, s5, s6],
    worse=[o, s1, s2, w3, w4, s5, s6]))

# f03 hurricane shutters, Freeport - fault: drops the price before asking anything
o = c("Hello, I wan' find out 'bout roll-down shutters for my house in Lucaya. What y'all charge?", None)
b1 = t("Happy to help. How many openings, and are any of them sliding doors or big picture windows?")
b2 = c("Six windows and one slidin' door out to the patio.", None)
w1 = t("For you, I could take fifteen percent off our roll-downs right now. How many openings you have?")
w2 = c("Fifteen off already, and you ain't even see my house? Y'all pad the price or what? ...Six windows and a slidin' door.", None)
s3 = t("Roll-downs on six windows and the slider usually come to about $11,000 installed, motorised on the slider, hand crank on the windows. Accordions would be about $7,500 if that's more comfortable.")
s4 = c("Eleven thousand, wow. Let me get a couple more prices before I decide.", "think_it_over")
s5 = t("That's sensible. I'll come measure free so the number's exact, and you can compare it line by line with the others.")
s6 = c("Alright, come Tuesday.", None)
PAIRS.append(rpair(
    "b95r_f03_freeport_rolldown_shutters",
    "Hurricane shutter company, Freeport, Grand Bahama: a homeowner asks for roll-down shutter prices. Fault in worse: offers a discount before asking a single question.",
    better=[o, b1, b2, s3, s4, s5, s6],
    worse=[o, w1, w2, s3, s4, s5, s6]))

# f04 credit union, Louisville - fault: unexplained jargon
o = c("Hi. After my divorce I don't have any credit in my own name. Everything was in his. Somebody said y'all could help me build it up.", None)
s1 = t("We can. Do you have a little savings with us, even a few hundred?")
s2 = c("About six hundred in savings. I just joined in January.", None)
b3 = t("Then here's one way. You borrow $500, and $500 of your savings is held as a backstop, so the risk is low for both of us. You pay about $45 a month for a year, and each on-time payment is reported to the credit bureaus, which builds your score.")
b4 = c("Oh, so my own money's the safety net. That makes sense.", None)
w3 = t("Sure, we'd set you up with a share-secured loan, $500, 12-month term, 5.99 APR, reported as an installment tradeline to all three bureaus, so your thin file gets some history.")
w4 = c("Um... I'm sorry, I didn't follow any of that. What's a tradeline?", None)
s5 = t("Your $500 stays in savings the whole time, and once the loan's paid off it's all yours again. Want to set it up today?")
s6 = c("Not today, I've got to pick my son up from practice in ten minutes. Can I come back Monday?", "no_time")
s7 = t("Monday's great. Bring your ID, it takes about twenty minutes.")
PAIRS.append(rpair(
    "b95r_f04_louisville_cu_credit_builder",
    "Credit union, Louisville, Kentucky: a recently divorced member wants to build credit in her own name. Fault in worse: explains the product in unexplained jargon.",
    better=[o, s1, s2, b3, b4, s5, s6, s7],
    worse=[o, s1, s2, w3, w4, s5, s6, s7]))

# f05 plumber, Port of Spain - fault: argues with the customer
o = c("Morning. Water dripping through my bedroom ceiling. I think is the tank on the roof overflowing, because it does happen when the WASA pressure come back strong.", None)
s1 = t("Morning. Is it dripping all the time, or only at certain hours?")
s2 = c("Mostly night time and early morning. When the WASA water come on.", None)
b3 = t("That fits what you said, the tank overflowing when the pressure comes back. Most times it's the float valve not shutting off. I'll check the float first, and the overflow pipe.")
b4 = c("Yes, that's what I was thinking. How much for that?", None)
w3 = t("No, that's not the tank. Tanks don't overflow like that. It's a pipe in the ceiling, guaranteed. We'll have to open up the ceiling.")
w4 = c("Boss, I living here ten years, I know when my tank overflow. I not breaking down no ceiling.", "no_need")
s5 = t("Let me come and look. Call-out is TT$300, and if it's the float valve that's another $250. I could pass tomorrow morning.")
s6 = c("Tomorrow I working, only Saturday I home.", "no_time")
s7 = t("Saturday at 9 then. Keep a bucket under it till then.")
PAIRS.append(rpair(
    "b95r_f05_portofspain_plumber_roof_tank",
    "Plumber, Port of Spain, Trinidad: a homeowner reports a ceiling leak she links to the roof tank overflowing. Fault in worse: the plumber flatly contradicts her before looking.",
    better=[o, s1, s2, b3, b4, s5, s6, s7],
    worse=[o, s1, s2, w3, w4, s5, s6, s7]))

# f06 RV dealer, Oklahoma City - fault: closes before checking the thing works
o = c("We're ready on that used Jayco, the 2018. My wife's happy with the layout and the price you gave us is fine.", None)
s1 = t("Great. That's $18,900 out the door, and you're pulling with the Ram, right?")
s2 = c("Yep, the Ram 1500. Got a hitch on it already.", None)
b3 = t("Before we sign anything, let's walk through it together hooked up to shore power: the AC, the fridge on gas and electric, the water heater, and we'll run water to check for leaks. Takes about forty minutes.")
b4 = c("Forty minutes? We were hopin' to be out before lunch. But I guess that's smart.", None)
w3 = t("Perfect. Let's go ahead and sign, and the shop will run through everything before delivery Saturday.")
w4 = c("Oh. We figured we'd see it all work first. Well... alright, I guess.", None)
s5 = t("Here's the purchase agreement. The warranty on used units is 30 days on the major systems.")
s6 = c("Thirty days. My buddy bought a used camper and the fridge quit on day thirty-two.", "bad_experience")
s7 = t("I hear you. Keep your paperwork handy, and if anything acts up in the first month, call me directly.")
PAIRS.append(rpair(
    "b95r_f06_okc_used_travel_trailer",
    "RV dealership, Oklahoma City, Oklahoma: a couple is ready to buy a used travel trailer. Fault in worse: has them sign before checking that the systems work.",
    better=[o, s1, s2, b3, b4, s5, s6, s7],
    worse=[o, s1, s2, w3, w4, s5, s6, s7]))

# f07 home health, Savannah - fault: vague next step
o = c("Good morning. I called last week about an aide for my mother-in-law, Mrs. Geraldine Fox. Nobody called me back.", None)
s1 = t("I'm sorry about that. Let me pull it up. I see your request: three mornings a week for bathing and breakfast, starting as soon as possible. Still right?")
s2 = c("Yes. She's been wearin' the same nightgown three days. My husband works offshore, I'm doin' it all.", None)
s3 = t("That's a lot on you. We have an aide, Tameka, with Monday, Wednesday and Friday mornings open. A nurse does a home assessment first, that's free.")
s4 = c("Okay. I'm just tired of bein' left hangin'.", None)
b5 = t("Understood. The nurse, Joan, will come Tuesday at 10. I'll call you Monday at 4 to confirm, and Tameka can start the Wednesday after.")
b6 = c("Tuesday at ten. I'll write it down, I'll be there.", None)
w5 = t("Understood. We'll get the nurse out there, and someone will let you know when Tameka can start.")
w6 = c("'Someone will let me know' is what I got last week. When, exactly?", None)
PAIRS.append(rpair(
    "b95r_f07_savannah_home_aide_followup",
    "Home health agency, Savannah, Georgia: a daughter-in-law calls back after nobody returned her call about an aide. Fault in worse: a vague next step.",
    better=[o, s1, s2, s3, s4, b5, b6],
    worse=[o, s1, s2, s3, s4, w5, w6]))

# f08 pawn shop, Mandeville - fault: doubts the customer's honesty
o = c("Good afternoon. Mi want pawn mi laptop, a HP, two years old. Mi need fi pay mi daughter school fee.", None)
s1 = t("Good afternoon. Make I see it. It power on? You have the charger?")
s2 = c("Yes, charger deh yah. Mi use it fi mi work, mi do bookkeeping.", None)
b3 = t("Good. I need your ID for the ticket. Your files stay just as they are, we don't touch them.")
b4 = c("Okay, here mi ID.", None)
w3 = t("Hmm. Dis a yours fi true? Wi get plenty stolen laptop in here. You have receipt?")
w4 = c("Excuse me? A mi own! Mi buy it a Courts. Mi nuh walk wid receipt.", None)
s5 = t("On this model I can lend J$35,000. Interest is 10 percent a month, and you have 90 days to take it back.")
s6 = c("Ten percent a month... dat a lot. And school fee is forty-eight thousand.", "too_expensive")
s7 = t("If you can manage the rest another way, borrowing less means less interest. Your choice, no rush.")
PAIRS.append(rpair(
    "b95r_f08_mandeville_pawn_laptop",
    "Pawn shop, Mandeville, Jamaica: a bookkeeper pawns her laptop to pay a school fee. Fault in worse: the clerk suggests the laptop may be stolen.",
    better=[o, s1, s2, b3, b4, s5, s6, s7],
    worse=[o, s1, s2, w3, w4, s5, s6, s7]))

# f09 cable TV, Bridgetown - fault: talks about himself instead of the customer
o = c("Hi. I want to add the cricket channel to my package. The West Indies tour starting next week.", None)
s1 = t("Sure. Which package are you on now?")
s2 = c("The basic one, $89 a month. I don't watch much else, just the news and the cricket.", None)
s3 = t("Then you have two choices: the Sports Pack adds $35 a month and carries the whole tour, or the Cricket Pass is $60 once, for just this series.")
s4 = c("Sixty for the series... and the Sports Pack is what, four hundred-something a year? Hmm.", None)
b5 = t("Over a year, yes, the Pack is $420. If it's only this tour you want, the Pass is cheaper. If you'd watch the home series in March too, the Pack starts to win.")
b6 = c("Just this tour. The pass, please.", None)
w5 = t("Ah, cricket! I'm a Kensington man myself, went every day of the last Test. My father took me since I was six. I had the Sports Pack when I lived in Speightstown, best thing I ever did.")
w6 = c("Okay... I ain't got all day, boss. Which one's cheaper for just the tour?", None)
s7 = t("For just the tour the Pass is cheaper, so that's what I've put on your account. Active from Monday, $60 on your next bill.")
PAIRS.append(rpair(
    "b95r_f09_bridgetown_cable_cricket",
    "Cable TV provider, Bridgetown, Barbados: a customer wants to watch a cricket tour. Fault in worse: the agent talks about his own cricket life instead of comparing the options for the customer.",
    better=[o, s1, s2, s3, s4, b5, b6, s7],
    worse=[o, s1, s2, s3, s4, w5, w6, s7]))

# f10 tax prep, Jackson MS - fault: an unasked lecture
o = c("Hey, I'm here to get my taxes done. I had a side thing doing hair out of my house last year, and I didn't keep up with receipts too good.", None)
s1 = t("That's alright, we can work with that. About how much did you make from the hair, and did anybody send you a 1099?")
s2 = c("Maybe eight, nine thousand? Mostly Cash App. No 1099.", None)
b3 = t("Okay. Cash App has a statement you can download that shows what came in. For expenses, we can use your bank and card statements for the supplies you bought.")
b4 = c("Oh, I bought everything with my debit card, so that's all on there.", None)
w3 = t("Okay. Let me tell you, you really need to keep receipts. A lot of folks don't budget and then they get in trouble with the IRS. Open a separate business account and keep a ledger every week, it's just discipline.")
w4 = c("I didn't come in here for a lecture. I said I know I didn't keep up.", None)
s5 = t("Bring your Cash App statement and your bank statements, and we'll sort income from expenses. The fee for a return with a Schedule C is $260.")
s6 = c("Two-sixty? The lady down the street does it for one-fifty.", "too_expensive")
s7 = t("She might. Ours includes the self-employment schedule, and we stand behind it if the IRS writes. Bring the statements whenever you're ready.")
PAIRS.append(rpair(
    "b95r_f10_jackson_tax_hair_side_income",
    "Tax preparation office, Jackson, Mississippi: a woman with cash income from doing hair comes in without receipts. Fault in worse: an unasked lecture about record-keeping.",
    better=[o, s1, s2, b3, b4, s5, s6, s7],
    worse=[o, s1, s2, w3, w4, s5, s6, s7]))
