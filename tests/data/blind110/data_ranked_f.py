"""b110 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 Vienna: vague next step
V0 = c("Hi, I'm here for the medical congress, out Friday. I might stay to Sunday with my wife. What would that cost?", None)
V1 = t("Happy to look. Same room? And when does your wife arrive, and do you need a late checkout on Sunday?")
V2 = c("She lands Friday at 6. Our flight Sunday is at 9 in the evening, so late would help.", None)
V3 = t("Two nights with breakfast for two is 165 a night on the weekend rate. Late checkout till 4 is free, and after that your bags can stay with us.")
V4 = c("165 is more than I hoped, the congress rate was 140. But fine, let's do it.", "too_expensive")

# f02 Cairo: doubts the customer's honesty
K0 = c("Hi, I want to do the pyramids and Saqqara tomorrow. I'm a student, is there a discount?", None)
K1 = t("Yes, site tickets are half price with an international student card. Private or small group, and how early do you want to start?")
K2 = c("Small group. Early if possible, it gets so hot. And I've got my card, here.", None)
K5 = t("The small group leaves your hotel at 7: 45 dollars plus student tickets, about 15, lunch included. Shall I book you in?")
K6 = c("Yes, book it. Can I pay by card?", None)
K7 = t("Card is fine. Pick-up at 6:40 in the lobby, bring water and a hat.")

# f03 Cambridge: unexplained jargon
J0 = c("Good morning. I am engineer from Stuttgart, my company sends me for two weeks. I need English for meetings and negotiation. What can you offer?", None)
J1 = t("Good morning. What goes wrong in meetings now: understanding, speaking up, or the negotiating itself?")
J2 = c("Understanding is fine. But when British colleagues are polite and indirect, I don't know if it is yes or no. And they say I sound too hard.", None)
J5 = t("Two weeks is 1,480 pounds: small group, max 6, on indirect phrasing and negotiating, plus 5 one-to-one hours on your own meetings. Bring real emails.")
J6 = c("My company pays up to 1,500, so okay. But I must get approval from HR first.", "think_it_over")
J7 = t("Of course. I'll send a written offer today that you can forward to HR.")

# f04 Dublin: argues with the customer
D0 = c("Hi, reservation for Patel. Full disclosure, I've never driven on the left and I'm kind of freaking out.", None)
D1 = t("Plenty of people feel that on day one. Where are you heading first?")
D2 = c("Galway. Honestly the motorway I'll handle, it's the roundabouts that scare me.", None)
D5 = t("Done. There's a 'Keep Left' sticker on the dash. The first roundabout is 200 metres out of the car park; take the first exit for the M50.")
D6 = c("Okay. Deep breath. Thanks.", None)

# f05 Mexico City: drops the price before asking anything
M0 = c("Hola, good afternoon. I need a private room next Wednesday for a work dinner, maybe 14 people. What do you have?", None)
M3 = t("Then the Cava, our old wine cellar: quiet, one long table for up to 16, with the tasting menu and mezcal pairing.")
M4 = c("Sounds good. But last time, at another place, the 'private room' was a curtain next to the kitchen.", "bad_experience")
M5 = t("The Cava has a real door and its own waiter. Come and see it tomorrow before service, any time from 4.")
M6 = c("Good, I'll come at 5.", None)
M7 = t("Perfect, I'll be here. Ask for Lucia.")

# f06 Johannesburg: over-promises
H0 = c("Hi there. I'm flying to Lagos on Friday with my cello. I bought it its own seat. Anything I need to know?", None)
H1 = t("Good that you check. Was the seat booked as a cabin baggage seat, and what does the case weigh and measure?")
H2 = c("Yes, cabin baggage seat. Hard case, about 11 kilos, 135 centimetres.", None)
H5 = t("I've put a note on your booking: seat 23A is paid for the cello, so the gate can see it.")
H6 = c("Thank you. See you Friday.", None)

# f07 Sydney: recommends before asking
S0 = c("Hi, I'm organising a surprise 50th for my husband in June. Can you tell me about your function spaces?", None)
S3 = t("Then the Wine Library suits: a long table for up to 44, and the Sunday lunch package is 145 a head with matched wines.")
S4 = c("Nice. Is that wine for everyone, or just a glass each?", None)
S5 = t("For everyone, matched to each course. A lighter two-course version is 110 if you want options. And as it's a surprise, I can time it so he walks in with everyone seated.")
S6 = c("Good to have both. Let me check the date with his sister and call you back.", "think_it_over")

# f08 Tsawwassen: unasked lecture
F0 = c("Hi, we had a reservation on the 3 o'clock to Swartz Bay but the highway was insane. We missed it. Can we get on the next one?", None)
F1 = t("Let's see. Just the car, no trailer? How many people?")
F2 = c("Just a Honda, two adults and a baby.", None)
F5 = t("I understand. Try standby for the 5; if you don't get on, you're first for the 7, and I'll waive the new fee since it was traffic. Lane 34.")
F6 = c("Okay, lane 34. Thank you.", None)

# f09 Mumbai: closes before checking the thing works
B0 = c("Hi, I need a meeting room tomorrow 10 to 1 for twelve people, with a video call to our Frankfurt office. Do you have something?", None)
B1 = t("Our Jasmine room seats 14. Which platform is the call on, and must people in the room be heard, or only the screen seen?")
B2 = c("Teams. Everyone in the room must be heard, it's a negotiation. At the last hotel Frankfurt heard nothing, a disaster.", "bad_experience")
B5 = t("Our technician can test it with Frankfurt at 5:30 today. If the room sound isn't clear, we add two ceiling mics, no charge. The half day is 28,000 rupees with tea and lunch.")
B6 = c("If it works, 28,000 is fine. See you at 5:30.", None)

# f10 Seoul: talks about himself
Q0 = c("Hello, we are family of four from Chennai. We want to see the DMZ. Kids are 10 and 14. Is it suitable for children, and which tour?", None)
Q1 = t("Welcome to Seoul. Most DMZ tours take children, though the JSA needs 11 or older. What are the kids curious about: tunnels, history, seeing North Korea?")
Q2 = c("My son, 14, loves history, the war. The small one only wants to see North Korea with binoculars.", None)
Q5 = t("Under 12 is 55,000, so 250,000 in total. Everyone needs their passport on the day.")
Q6 = c("Okay, good. Please book Saturday, four people.", None)
Q7 = t("Booked: Saturday, pick-up 7:30 from your hotel. Bring all four passports.")

PAIRS = [
    rpair("b110r_f01_vienna_stay_extension",
          "Hotel front desk, Vienna, Austria: a congress guest extends his stay for a weekend with his wife. Fault in worse: vague next step.",
          [V0, V1, V2, V3, V4,
           t("Thank you. It's extended to Sunday with late checkout at 4, and your wife can collect a key here Friday. Confirmation is in your inbox within ten minutes."),
           c("Perfect, thank you.", None)],
          [V0, V1, V2, V3, V4,
           t("Lovely. I'll pass it on to reservations and someone will get back to you about it."),
           c("Someone? When? My wife books her flight tonight, I need to know it's confirmed.", None)]),

    rpair("b110r_f02_cairo_student_tour",
          "Hotel tour desk, Cairo, Egypt: a student books a pyramids and Saqqara day. Fault in worse: doubts the customer's honesty.",
          [K0, K1, K2,
           t("Thanks, that's all we need. One thing: the tours stop for a camel ride at the pyramids. Would you like one, or skip it?"),
           c("Skip it, honestly, I've read how the camels are treated.", "no_need"),
           K5, K6, K7],
          [K0, K1, K2,
           t("Hmm, lots of people show fake cards here. Are you really still studying? You look a bit old for a student."),
           c("I'm 29 and doing a PhD in Leeds. It's a real card, you can check the number online.", None),
           K5, K6, K7]),

    rpair("b110r_f03_cambridge_business_english",
          "Language school, Cambridge, England: a German engineer needs English for meetings. Fault in worse: unexplained jargon.",
          [J0, J1, J2,
           t("That's very common. Our two-week business course has a module on exactly that: reading polite British 'no's, softening your own style, and negotiating."),
           c("That sounds exactly right. What is the cost?", None),
           J5, J6, J7],
          [J0, J1, J2,
           t("Got it. You're probably C1 on the CEFR, so our BEC Higher-aligned ESP track with a 1:1 TBL add-on, 20 plus 5, would fit."),
           c("Sorry, I understood nothing. CEFR, BEC, TBL? Is this for meetings or not?", None),
           J5, J6, J7]),

    rpair("b110r_f04_dublin_left_side_driving",
          "Car rental desk, Dublin airport, Ireland: an American nervous about driving on the left. Fault in worse: argues with the customer.",
          [D0, D1, D2,
           t("Roundabouts are the big one, yes: give way to the right, go clockwise. Your booking is manual; want an automatic so your head is free for the road? 12 a day more."),
           c("Yes, the automatic. 12 a day is worth not stalling on a roundabout.", None),
           D5, D6],
          [D0, D1, D2,
           t("With respect, you've got that backwards: the motorway is where tourists get into trouble, not roundabouts. Your booking is manual; want an automatic? 12 a day more."),
           c("I mean, I know my own driving. But fine, the automatic.", None),
           D5, D6]),

    rpair("b110r_f05_mexico_city_private_dinner",
          "Restaurant, Mexico City, Mexico (phone): a manager books a private client dinner. Fault in worse: drops the price before asking anything.",
          [M0,
           t("Good afternoon. What kind of dinner is it, clients, a team, a celebration? And what matters most to you for the evening?"),
           c("Clients, from Monterrey. It should impress, but not be flashy. And quiet enough to talk.", None),
           M3, M4, M5, M6, M7],
          [M0,
           t("For you I can do the private room at 20% off, 1,100 pesos a head instead of 1,400, if you book today."),
           c("Oh... I didn't ask the price yet. They're clients from Monterrey, it should impress, not be a bargain.", None),
           M3, M4, M5, M6, M7]),

    rpair("b110r_f06_johannesburg_cello_seat",
          "Airline ticket desk, Johannesburg, South Africa: a musician flies with a cello on its own seat. Fault in worse: over-promises.",
          [H0, H1, H2,
           t("That's within our limits. It must be a window seat, not an exit row, and you board early to strap it in. The crew has the final say, so carry a printout of this."),
           c("Good to know. Last time another airline tried to put it in the hold at the gate.", "bad_experience"),
           H5, H6],
          [H0, H1, H2,
           t("Then you're completely fine, 100 percent. Nobody will ever question it, I guarantee you'll walk straight on."),
           c("What a relief, I won't print anything then. Last time another airline tried to put it in the hold at the gate.", "bad_experience"),
           H5, H6]),

    rpair("b110r_f07_sydney_surprise_fiftieth",
          "Waterfront event venue, Sydney, Australia (phone): a wife plans a surprise 50th. Fault in worse: recommends before asking.",
          [S0,
           t("Lovely! How many people, and what feel are you after: a sit-down meal, or drinks and dancing?"),
           c("Maybe 40. He hates fuss, so more a long lunch with good wine than a party.", None),
           S3, S4, S5, S6],
          [S0,
           t("Our Harbour Room is perfect for 50ths: 120 guests, dance floor, DJ booth, 8,000 minimum spend."),
           c("120? Oh no, it's maybe 40, and he hates fuss. More a long lunch with good wine than a party.", "no_need"),
           S3, S4, S5, S6]),

    rpair("b110r_f08_tsawwassen_missed_ferry",
          "Ferry terminal booth, Tsawwassen, Canada: a family missed their reserved sailing. Fault in worse: unasked lecture.",
          [F0, F1, F2,
           t("The 5 o'clock is full, but standby often works on weekdays. The old reservation fee doesn't carry over; a guaranteed spot on the 7 is a new 20-dollar booking."),
           c("Ugh. So another 20 dollars, and the one we paid is just gone?", "too_expensive"),
           F5, F6],
          [F0, F1, F2,
           t("You really should leave two hours early on a Friday, everyone knows that highway. Anyway, the 5 is full, standby's possible, and a spot on the 7 is a new 20-dollar booking."),
           c("Thanks for the lecture, we left three hours early, there was a crash. And another 20 on top?", "too_expensive"),
           F5, F6]),

    rpair("b110r_f09_mumbai_hybrid_meeting",
          "Business hotel, Mumbai, India: a German-Indian team needs a room for a hybrid negotiation. Fault in worse: closes before checking it works.",
          [B0, B1, B2,
           t("Then let's not book blind. I'd like to run a real Teams test with your Frankfurt colleague before you commit. Could someone there join one this evening?"),
           c("This evening is tight, I'm out at seven. Before that Markus could join, maybe.", "no_time"),
           B5, B6],
          [B0, B1, B2,
           t("Perfect, Jasmine has a conference system. I'll confirm it now and charge it to your room, shall I?"),
           c("Wait, you haven't checked it works with Teams. That's exactly how it went wrong last time.", "bad_experience"),
           B5, B6]),

    rpair("b110r_f10_seoul_dmz_family",
          "Tour agency, Seoul, South Korea: an Indian family asks about a DMZ tour with children. Fault in worse: talks about himself.",
          [Q0, Q1, Q2,
           t("Then the half-day tour fits both: the Third Tunnel for your son, the observatory binoculars for the little one. The tunnel path is steep but fine for kids. 65,000 won each."),
           c("65,000 for four is 260,000... a bit expensive. Children are cheaper?", "too_expensive"),
           Q5, Q6, Q7],
          [Q0, Q1, Q2,
           t("Oh, I love that! I did my army service near the DMZ, two years, freezing, my sergeant made us run every morning, I have so many stories. Anyway, the half-day tour: tunnel, observatory. 65,000 won each."),
           c("Okay... So 65,000 for four is 260,000, a bit expensive. Children are cheaper?", "too_expensive"),
           Q5, Q6, Q7]),
]
