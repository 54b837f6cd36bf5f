"""b163 ranked pairs d01-d10: two decent conversations, `better` is deeper. Hand-written for this set."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

O = c("Real quick, I got a call at 10:30. How much is a private office for one? Just me.", None)
P(rpair("b163r_d01_midtown_cowork_private_office", "Recruiter short on time asks about a one-person office in a Midtown co-working space.",
 [O, t("1,150 a month. Quick one back: what's the office mostly for, calls, focus, meeting people?"),
  c("Calls. I'm a recruiter, on the phone six hours a day. Open floor's a no.", None),
  t("Six hours of calls, so it's about not being overheard. Then a private office is right, booths cap at an hour. Do you bring candidates in?"),
  c("Once a week maybe. 1,150 though, I paid 800 in Long Island City.", "too_expensive"),
  t("Then the interior office, no window, is 925, meeting room twice a week included. See it Thursday at 9, ten minutes, before your calls?"),
  c("No window, eh, I'll live. Thursday at 9.", None)],
 [O, t("Sure, private office for one is 1,150 a month with wifi, coffee, mail and 4 hours of meeting rooms."),
  c("Okay. I'm on the phone all day. Is it quiet?", None),
  t("Very, the walls go to the ceiling. We also have interior offices at 925 if you don't need a window."),
  c("925's closer. I paid 800 in Long Island City.", "too_expensive"),
  t("Understood. I can send both floor plans and you can tour whenever."),
  c("Just email me the floor plans.", "brush_off")]))

O = c("I'm thinking about switching distributors. My current one is killing me on deliveries.", None)
P(rpair("b163r_d02_queenvillage_restaurant_supplier", "Chef-owner of a Queen Village BYOB in Philadelphia talks to a food distributor rep.",
 [O, t("Killing you how? Late, wrong, short?"),
  c("Late. They show at 12:30, middle of lunch, double park on Catharine, and my cook stops to check it in.", None),
  t("So it's the timing, mid-service, pulling a cook off the line. Our route here starts 6:30. Some places give us a lockbox key to the walk-in. Would that work?"),
  c("A key to my walk-in? Last supplier with a key, stuff walked.", "bad_experience"),
  t("Fair. Then 9:30, before prep ends, with a text ten minutes out. Send me last week's invoice and I'll price your top 20 items against it."),
  c("9:30 with a text, okay. I'll send the invoice tonight.", None)],
 [O, t("We can help. We carry 8,000 items and deliver six days a week. I'll leave you our catalog."),
  c("Okay. Do you deliver early? Mine show at 12:30, middle of lunch.", None),
  t("We do mornings, usually 8 to 11 depending on the route."),
  c("Usually. That's what the last guys said too.", "bad_experience"),
  t("I understand. Send me your order guide and I'll price it out."),
  c("Fine, I'll send it when I get a second.", "brush_off")]))

O = c("Hi. I need a filling, the last dentist found a cavity but honestly I left before they did it. I'm, I'm really bad with needles.", None)
P(rpair("b163r_d03_hoboken_dental_anxious", "Anxious patient calls a Hoboken dental office about a filling.",
 [O, t("Thanks for telling me, it helps. Is it the needle itself, or the whole thing, the sound, lying back?"),
  c("The needle. And feeling trapped, I guess. Like I can't tell them to stop.", None),
  t("The needle, and not being able to say stop. Dr. Vega numbs with a gel first so you barely feel the shot, and you agree a hand signal: raise it and everything stops. Would a short visit just to meet her, no work, help?"),
  c("Is that extra? I'm paying out of pocket this year.", None),
  t("The meet visit is free. The filling is about 180. You book that only once you feel okay."),
  c("A free visit I can do. Evenings?", None)],
 [O, t("No problem, lots of people feel that way. We're very gentle. A filling takes about 45 minutes."),
  c("Okay. Do you do anything for nervous people?", None),
  t("We have nitrous for 75 extra, and headphones. Want to book the filling?"),
  c("Um, maybe. I'm slammed at work the next couple weeks though.", "no_time"),
  t("We have 7 a.m. on Tuesdays, before work."),
  c("Let me check my calendar and call back.", "think_it_over")]))

O = c("need movers 2br park slope to jersey city end of month. how much", None)
P(rpair("b163r_d04_parkslope_jerseycity_move", "Renter texts a Brooklyn moving company for a quote.",
 [O, t("Happy to quote. What changes the price most: floors and elevators both ends, and is the Jersey City place a doorman high-rise?"),
  c("3rd floor walkup in slope. JC is a high rise on washington blvd, they said something about an insurance cert??", None),
  t("That's a COI. The building wants our insurance certificate before we use the freight elevator, plus a reserved slot. We send it free, just get me their management email. Is your date fixed? The last day of the month is our priciest."),
  c("lease ends the 31st but i could do the 27th. money is tight after the security deposit lol", "no_money"),
  t("Then the 27th, a Tuesday, is about 1,450 instead of 1,800 on the 31st. I'll hold it and send the COI once you book the elevator."),
  c("ok 27th. ill email you the building contact tonight", None)],
 [O, t("Sure. A 2-bedroom is usually 3 movers, about 6 hours at 165 an hour, so roughly 1,000 to 1,200 plus tolls."),
  c("ok. the JC building said something about an insurance cert??", None),
  t("Yes, we provide a COI, just send their details. What date?"),
  c("end of month, the 31st", None),
  t("The 31st is 185 an hour, it's peak. Still want it?"),
  c("ugh thats more than i planned. ill ask around", "too_expensive")]))

O = c("Hello, we are, my husband and me, we need taxes done. Last year we bought some bitcoin and sold some. You can do that?", None)
P(rpair("b163r_d05_flushing_tax_crypto", "Couple asks a Flushing tax preparer about a return with crypto trades.",
 [O, t("Yes, we can do your return. For the crypto, roughly how many trades, and which app?"),
  c("Coinbase, and one exchange my husband used, overseas. Maybe 200 trades, he did a lot.", None),
  t("200 trades and an overseas exchange. Coinbase gives a report, easy. The overseas one may need a foreign account form, and honestly that's not my strength. I'd do the return and send the crypto part to a colleague who only does crypto, about 300 more."),
  c("300 more? The place on Main Street said they do all for 250.", "too_expensive"),
  t("They might. Ask them if they file the foreign account form, that's where the penalties are big. If yes, go with them, it's a fair price."),
  c("Okay, I ask them. If they don't know, we come back.", "think_it_over")],
 [O, t("Yes, of course. A return with crypto starts at 350. Do you have your documents?"),
  c("Coinbase report, and my husband used one overseas exchange also. Maybe 200 trades.", None),
  t("No problem, we handle crypto. Bring all the reports and we'll take care of it."),
  c("350 for everything? The place on Main Street said 250.", "too_expensive"),
  t("Ours includes a review by an enrolled agent. You get what you pay for."),
  c("Okay. I talk to my husband.", "think_it_over")]))

O = c("Hi, I'm thinking of getting a monthly pass here. I take the train from Newark Penn into the city.", None)
P(rpair("b163r_d06_newarkpenn_garage_flex", "Hybrid commuter asks a Newark Penn Station garage about monthly parking.",
 [O, t("Sure. How many days a week are you going in?"),
  c("Three. Tuesday to Thursday. My company went hybrid in January.", None),
  t("Three days is about 13 a month. Monthly is 215, daily is 18, so 13 days is about 234. A 10-day pack is 160 and lasts the month. Ever come in extra days?"),
  c("Sometimes a Monday. And I don't want to think about it, I'm always running for the 7:52.", None),
  t("Then the pack with auto-reload, it refills at two days left. Around 180 a month for you, against 215 for monthly."),
  c("Auto-reload, fine. Set it up.", None)],
 [O, t("Monthly is 215, unlimited in and out. It's our most popular."),
  c("I'm only in three days a week though.", None),
  t("Then daily at 18 might work, or monthly for convenience. Up to you."),
  c("Hm. I'll figure it out and come back.", "think_it_over"),
  t("Sure, the office is open till 7."),
  c("Okay, thanks.", None)]))

O = c("Mira, my nephew says you got a cheaper card machine. I pay like 300 a month now. How much is yours?", None)
P(rpair("b163r_d07_bronx_bodega_card_fees", "Bodega owner on the Grand Concourse asks a card processing rep for a price.",
 [O, t("Maybe, depends where your 300 goes. Got last month's statement? Part of that is usually machine rental."),
  c("In the drawer. It says equipment 59.99. The rest is a lot of lines, I don't know.", None),
  t("59.99 is rental. Ours you can buy for 249 and own it, so that pays off in about four months. Can I take a picture of the other lines and price them exactly?"),
  c("Take the picture. But I'm locked in, they say 500 to cancel.", None),
  t("Then we check your contract end date first. If it's a few months out, waiting saves you the 500. I'll bring it all on one page Thursday."),
  c("Thursday in the afternoon. Morning is crazy with the construction guys.", None)],
 [O, t("Our rate is 2.75 percent and the terminal is 29 a month. Most stores save money."),
  c("2.75 is better than mine? I don't know what mine is.", None),
  t("Probably, most processors charge 3 to 4. I can sign you up today and ship the terminal."),
  c("Today? No, no. Tomorrow my wife is here, she does the papers.", "think_it_over"),
  t("No problem, I'll come back tomorrow afternoon."),
  c("Okay. After three.", None)]))

O = c("Hi. My eczema on my hands is flaring, I'm a line cook, constant washing. Your website says you're booked till April?", None)
P(rpair("b163r_d08_philly_derm_eczema", "Line cook with a hand eczema flare calls a Philadelphia dermatology office.",
 [O, t("April is the first in-person, sorry. How bad is it now, cracked and bleeding, or itchy and red?"),
  c("Cracked. Bleeding at the knuckles by end of shift. Ten hours on the line.", None),
  t("Cracked and bleeding after ten-hour shifts shouldn't wait till April. Dr. Amari does video visits Wednesday evenings, she can prescribe and see you in person later. Same copay."),
  c("Video, okay. Wednesday I work till 11 though.", "no_time"),
  t("Then Saturday video at 9:15? And I'll put you on the cancellation list for in-person."),
  c("Saturday 9:15 works. Thank you.", None)],
 [O, t("Yes, our first new-patient opening is April 8th. I can book that and add you to the waitlist."),
  c("April? My hands are bleeding by the end of the shift.", None),
  t("I'm sorry. Until then, over-the-counter hydrocortisone and gloves may help. Book April 8th?"),
  c("April 8 is a Tuesday, I work doubles Tuesdays.", "no_time"),
  t("April 10th at 3?"),
  c("Fine, book it.", None)]))

O = c("We're a biotech in Princeton. We fly in visitors a lot, Newark mostly. Looking for a car service account.", None)
P(rpair("b163r_d09_princeton_car_account", "Biotech operations lead asks a New Jersey car service about an account.",
 [O, t("Who's usually riding, and what's the trip, Newark to your office, or hotels and dinners too?"),
  c("Scientific advisors, some in their seventies, and candidates we interview. Newark to us, hotel, back.", None),
  t("Older advisors and candidates, so a driver inside arrivals, help with bags, someone your EA can reach. Meet-and-greet is 25 extra. Newark to Princeton is 165 in a sedan."),
  c("165 plus 25 adds up, we do 30 of these a quarter. Our current guy is 140 all in.", "too_expensive"),
  t("Then curbside for candidates and meet-and-greet only for advisors, your EA picks per booking. Try it on the next two visitors?"),
  c("Two visitors, sure. I'll loop in our EA.", None)],
 [O, t("Great. Newark to Princeton is 165 sedan, 210 SUV, tolls included. We track flights."),
  c("Okay. Our current guy is 140 all in.", "too_expensive"),
  t("We're a bit higher, but our fleet is newer and drivers are vetted. Meet-and-greet is 25."),
  c("I'll take it back to finance and see.", "think_it_over"),
  t("Sounds good, I'll email the rate sheet."),
  c("Thanks.", None)]))

O = c("Listen, I own a soul food spot on Lenox. My payroll company raised fees again. What are we doing here, what's your price?", None)
P(rpair("b163r_d10_harlem_payroll", "Harlem restaurant owner short on patience shops for a payroll provider.",
 [O, t("For your size, around 110 a month plus 6 a head. Before I sell you anything: is it the fee that hurts, or something else with them?"),
  c("Honestly? They pull payroll taxes two days before my delivery app money lands. My account goes negative.", None),
  t("So the real problem is timing, taxes pulled before the app deposits clear. We can pull taxes on payday itself, not two days early. What day do you pay?"),
  c("Thursday. And don't tell me to move it, my staff's used to Thursday.", None),
  t("Keep Thursday. We pull taxes Thursday too, same day as pay. That alone should stop the overdraft."),
  c("That I'd pay for. Send a contract, I'll read it Sunday.", "think_it_over")],
 [O, t("We're 110 a month plus 6 an employee. How many employees?"),
  c("Fourteen. Current guys charge about the same, but they keep raising it.", None),
  t("We lock the price for two years, and we include onboarding and a time clock app."),
  c("Time clock I don't need, I got one.", "no_need"),
  t("Then it's just payroll. I can send a contract today."),
  c("Send it. No promises.", "think_it_over")]))
