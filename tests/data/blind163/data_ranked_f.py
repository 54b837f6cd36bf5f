"""b163 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written for this set."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

# f01 fault: argues with the customer
O = c("My unit's leaking. Water on my boxes. Second time this spring.", None)
T1 = t("I'm sorry. Which unit, and is it coming from the ceiling or under the door?")
C1 = c("D-40. Under the door, from the hallway. Every time it rains hard.", None)
T3 = t("Send me photos of the wet boxes, the photos too. Building water is covered, I'll file the claim today.")
C3 = c("I'll send them. Honestly, two floods, I'm half thinking of moving to the place on Grand Ave.", "bad_experience")
T4 = t("Fair. Give the upstairs unit a month. If anything gets wet again, I waive your notice and help you move out.")
P(rpair("b163r_f01_maspeth_storage_leak", "Self-storage tenant in Maspeth, Queens, reports water in her unit.",
 [O, T1, C1, t("Under the door when it rains hard, twice now. That's the hallway drain, not you. Maintenance will be there at 10, and I'll move you to a dry unit upstairs, same price."),
  c("Upstairs is fine. My son's box of photos got wet though.", None), T3, C3, T4],
 [O, T1, C1, t("The hallway drains were cleared in April, so honestly it can't be the drain. Are you sure your door was shut all the way? Either way, maintenance at 10 and I'll move you upstairs, same price."),
  c("I'm sure. I'm standing in a puddle. Want a picture? Fine, upstairs. My son's photos got wet.", None), T3, C3, T4]))

# f02 fault: doubts the customer's honesty
O = c("I lost my ticket. I parked at like 9 this morning. The machine wants 45 for a lost ticket.", None)
T1 = t("Okay. What's your plate? The cameras log every car coming in.")
C1 = c("KTR 4418, New Jersey. Blue Civic.", None)
T3 = t("Gate's open. If you park here a lot, the app keeps your ticket so this can't happen again. It's free.")
C3 = c("Another app on my phone? Pass. I'm here twice a year.", "no_need")
P(rpair("b163r_f02_jerseycity_garage_lost_ticket", "Driver at a Jersey City garage exit has lost her ticket.",
 [O, T1, C1, t("Found it, in at 9:04. That's the day rate, 22, not 45. I'm overriding the machine."),
  c("Oh nice. Thanks.", None), T3, C3],
 [O, T1, C1, t("Found it, in at 9:04. People say 'lost ticket' all the time to dodge overnight charges, so normally I'd want a receipt from around here. Anyway, day rate, 22."),
  c("Dodge? I'm standing here with my kid. It's on your camera. Just open the gate.", None), T3, C3]))

# f03 fault: drops the price before asking anything
O = c("Hi, I saw the listing for the 1,200 square foot space on Market. What's the rent?", None)
T2 = t("Six people doing drawings, so light and room for a plotter. The back room fits one. What term are you thinking?")
C2 = c("Three years, maybe five. We need to be in by September, our lease is up.", None)
T3 = t("September works, it's vacant. Let's walk it Thursday, and I'll bring the landlord's terms in writing so you can compare.")
C3 = c("Thursday I'm on a site in Conshohocken all day.", "no_time")
T4 = t("Then Friday at 9, before your day starts. Forty minutes.")
P(rpair("b163r_f03_oldcity_office_lease", "Architect calls a broker about an office listing in Old City, Philadelphia.",
 [O, t("Asking is 28 a foot, about 2,800 a month. What's the business, and how many of you?"),
  c("Architecture firm, six of us. Honestly 2,800 is over what we wanted.", "too_expensive"), T2, C2, T3, C3, T4],
 [O, t("Asking is 28 a foot, but I can already knock it to 24 for you, about 2,400 a month. What's the business, and how many of you?"),
  c("Architecture firm, six of us. You dropped four bucks before I said a word, so what's the real number?", None), T2, C2, T3, C3, T4]))

# f04 fault: an unasked lecture
O = c("Hi, I'd like to book a cleaning. Last one was, like, eighteen months ago.", None)
T1 = t("Sure. Any pain or sensitivity, or just routine?")
C1 = c("Just routine. Maybe a little bleeding when I floss, which is, uh, not often.", None)
T3 = t("Thursday 8 a.m. with Nicole. Who's your insurance carrier?")
C3 = c("I don't have any right now. Between jobs. If it's over a hundred I gotta wait.", "no_money")
T4 = t("Exam and cleaning is 140. We can do the cleaning now and x-rays later, which keeps it at 95, or a plan at 25 a month.")
P(rpair("b163r_f04_statenisland_dental_cleaning", "Patient calls a Staten Island dental office to book a cleaning.",
 [O, T1, C1, t("A little bleeding when you floss, okay. The hygienist will check your gums and show you what helps. Tuesday at 4 or Thursday at 8 a.m.?"),
  c("Thursday at 8.", None), T3, C3, T4],
 [O, T1, C1, t("You know, flossing once in a while is worse than you'd think. Gum disease is linked to heart disease and diabetes, most adults over thirty have some. You really need to floss every night. Tuesday at 4 or Thursday at 8?"),
  c("Okay, okay, I didn't call for a lecture. Thursday at 8.", None), T3, C3, T4]))

# f05 fault: vague next step
O = c("My bank wants two years of financial statements for an equipment loan. I'm a contractor in Sunset Park. I got QuickBooks but it's a mess.", None)
T1 = t("What's the loan for, and when does the bank need it?")
C1 = c("Mini excavator. They want it in three weeks, the dealer's holding it till the 20th.", None)
T2 = t("The 20th, okay. How messy is messy, are the bank accounts connected and reconciled?")
C2 = c("Connected. Reconciled, no. My wife did some, then stopped. And I'm not paying a fortune, it's one loan.", "too_expensive")
P(rpair("b163r_f05_sunsetpark_loan_statements", "Contractor needs statements for an equipment loan from a Brooklyn accountant.",
 [O, T1, C1, T2, C2, t("Reasonable. Reconciling both years is about 12 hours, 1,100, statements included. Give me QuickBooks access today and you get year one next Friday, both by the 14th."),
  c("By the 14th works. Send me the link.", None)],
 [O, T1, C1, T2, C2, t("Understood, we'll keep it reasonable. Send over what you have, we'll take a look and get back to you."),
  c("Get back to me when? The dealer won't wait past the 20th.", None)]))

# f06 fault: over-promises
O = c("I'm moving a one-bedroom from 104th to Chelsea on Saturday. My building only lets movers work 9 to 1. Can you do it in four hours?", None)
T1 = t("Elevator both ends? And roughly how much stuff, boxes and big pieces?")
C1 = c("Elevator both. Bed, sofa, bookcase, maybe 35 boxes. And a piano. Upright.", None)
T3 = t("Four movers is 210 an hour, three-hour minimum, plus 150 for the piano.")
C3 = c("So like a thousand. I was hoping for six hundred, honestly.", "no_money")
T4 = t("I get it. If you box everything and take the bed apart yourself, that saves close to an hour. I can't go lower on the rate.")
P(rpair("b163r_f06_uws_chelsea_piano_move", "Renter asks a Manhattan mover about a Saturday move with a building time window.",
 [O, T1, C1, t("The piano's the wild card, it needs four people and a piano dolly. With four movers, four hours is tight but realistic if everything's boxed when we arrive. The piano goes first so it's out inside the window."),
  c("Four movers, okay. What's that cost?", None), T3, C3, T4],
 [O, T1, C1, t("No problem at all, we'll have you done in three hours, guaranteed, piano included. We've never once run over."),
  c("Guaranteed, with a piano? Okay... what's that cost?", None), T3, C3, T4]))

# f07 fault: closes before checking the thing works
O = c("I need a new register. Mine froze twice this week in the middle of the rush. You sell these?", None)
T1 = t("We do. Besides ringing up, what does it need to do, cards, EBT, a deli scale?")
C1 = c("Cards, EBT for sure, half my customers use EBT. And the deli scale, a Toledo, pretty old.", None)
T3 = t("The 8217 works with a 40-dollar adapter. Install Monday morning, 1,339 with it.")
C3 = c("1,300 for a register? The place on 37th Ave got theirs for 800.", "too_expensive")
T4 = t("Some cheaper ones don't do EBT built in, you rent a separate terminal monthly. Ask what theirs costs a month, then compare.")
P(rpair("b163r_f07_jacksonheights_bodega_register", "Jackson Heights bodega owner shops for a new register.",
 [O, T1, C1, t("EBT's built in. The scale I have to check, some older Toledos don't talk to our system. What's the model number on the back?"),
  c("Hold on... it says 8217.", None), T3, C3, T4],
 [O, T1, C1, t("Great, this one does all of that. I can install it Monday, 1,299. Want to lock it in?"),
  c("Wait, will it even work with my scale? It's a Toledo 8217, old. You didn't ask.", None), T3, C3, T4]))

# f08 fault: recommends before asking
O = c("Hi, I want something for my dark spots. My friend said you do a peel.", None)
T2 = t("Since pregnancy, on the cheeks, that sounds like melasma, and while you're breastfeeding some peels and creams are off the table. The doctor should look first. The consult is 95.")
C2 = c("95 just to talk? My friend just booked the peel.", "too_expensive")
T3 = t("Fair question. Melasma can get darker with the wrong peel, so the 95 is so you don't waste 600. If she says a peel is safe, the 95 goes toward it.")
C3 = c("Okay, that's fair. Evenings?", None)
P(rpair("b163r_f08_jerseycity_derm_dark_spots", "New mother asks a Jersey City dermatology office about a peel for dark spots.",
 [O, t("Happy to help. Where are the spots, and how long have you had them?"),
  c("On my cheeks, since my pregnancy. About a year and a half. I'm still breastfeeding, if that matters.", None), T2, C2, T3, C3],
 [O, t("Yes, our glycolic peel series is great for dark spots, four sessions for 600. Want to book the first one?"),
  c("Um, I don't know if it's right for me. It's on my cheeks, since my pregnancy, a year and a half. I'm still breastfeeding.", "think_it_over"), T2, C2, T3, C3]))

# f09 fault: unexplained jargon
O = c("Hi, we're a nonprofit, eight people. We saw your Gowanus listing at 3,000 a month. Is that actually what we'd pay?", None)
T1 = t("Good thing to ask. Is this the second floor unit on 3rd Ave?")
C1 = c("Yes. Our board wants a real number before Thursday's meeting.", None)
T3 = t("I'll put it on one page for your board: the monthly total in year one and what it rises to each year.")
C3 = c("Please. And honestly, the board may still say wait till spring.", "think_it_over")
T4 = t("That's fine. The page works either way, and I'll tell you if anyone else gets serious about the space.")
P(rpair("b163r_f09_gowanus_office_jargon", "Nonprofit director asks a Brooklyn broker what an office will really cost.",
 [O, T1, C1, t("Then the real number: 3,000 is base rent. On top you pay a share of building costs like cleaning and taxes, about 350 a month, plus your own electric. And the rent rises 3 percent a year."),
  c("So closer to 3,400 and going up. Okay, that's useful.", None), T3, C3, T4],
 [O, T1, C1, t("So it's 3,000 modified gross with CAM pass-throughs around 4.20 a foot on RSF, an 18 percent load factor, 3 percent escalations, and the TI allowance is negotiable."),
  c("Sorry, I have no idea what half of that means. What do we actually pay?", None), T3, C3, T4]))

# f10 fault: talks about himself instead of the customer
O = c("Hi, my daughter's getting married in Chestnut Hill in June. We need cars for the bridal party.", None)
T1 = t("Congratulations! How many people, and from where to where?")
C1 = c("Ten in the bridal party. Hotel in Center City to the church, then the reception at a barn out in Bucks County.", None)
T3 = t("An hour is enough from Chestnut Hill if we leave by 4:15. A 14-passenger Sprinter fits all ten, six hours is 1,050 with gratuity.")
C3 = c("1,050. My husband is going to have a heart attack. We'll talk it over and call you.", "think_it_over")
T4 = t("Of course. I'll send the quote in writing and hold the June date a week, no deposit.")
P(rpair("b163r_f10_chestnuthill_wedding_cars", "Mother of the bride calls a Philadelphia car service about wedding transport.",
 [O, T1, C1, t("Ten people, three stops, ending out in Bucks. Is the timing tight between the church and the reception?"),
  c("Ceremony ends at 4, reception starts at 5.", None), T3, C3, T4],
 [O, T1, C1, t("Bucks County, I love it out there. I got married at a barn in New Hope myself, 2015, horse and carriage, my wife still talks about it. Anyway, timing between church and reception?"),
  c("That's... nice. Ceremony ends at 4, reception at 5.", None), T3, C3, T4]))
