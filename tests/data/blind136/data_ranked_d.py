"""blind136 ranked pairs d01-d10: two decent conversations; `better` is better."""
from common import c, rpair, t

PAIRS = []
A = PAIRS.append

o = c("Hello. We are on honeymoon. Is it possible to upgrade our room? What rooms do you have?", None)
A(rpair("b136r_d01_lisbon_hotel_honeymoon", "Japanese honeymoon couple at a Lisbon hotel desk ask about an upgrade.",
[o,
t("Congratulations! We have river-view rooms and a junior suite. What would make the room special for you two: the view, more space, a bath?"),
c("My wife wants the view of the river. Space is not so important, we are out all day.", None),
t("Then the river-view double is right; the suite is mostly space you won't use. It's 40 euros a night more. Want to see it first?"),
c("40 each night, three nights... it is 120. Hmm.", "too_expensive"),
t("Understood. Another way: the river view only for your last night, 40 once. The sunset is the best part anyway."),
c("Ah, this is good idea. Only last night, please.", None)],
[o,
t("Congratulations! River-view rooms are 40 more a night, the junior suite 90 more. The suite is our most popular for honeymoons."),
c("Suite is 90 each night? This is a lot for us.", "too_expensive"),
t("The river view is a nice choice too, 40 a night. Would you like it for all three nights?"),
c("Hmm. 120 in total. I need to ask my wife.", "think_it_over"),
t("Of course. Come back to the desk later and we'll see what's free."),
c("Okay, thank you.", None)]))

o = c("Hi, I want to pick up in Denver and give back in Las Vegas, ten days. Online the drop fee is 350 dollars. Is this real?", None)
A(rpair("b136r_d02_denver_carrental_oneway", "German traveller at a Denver rental counter asks about a one-way fee to Las Vegas.",
[o,
t("It's real, sadly; one-way across states costs us to bring the car back. What's your route and dates? Sometimes there's a way around it."),
c("Denver, Moab, Grand Canyon, then Vegas. Start 3 June. I fly home from Vegas.", None),
t("In early June we move cars to Vegas for summer, so there are relocation rates. For a standard SUV picked up 2-5 June the drop fee is 95. Does an SUV work?"),
c("SUV is okay. But last time in the US a rental charged me extra after, for cleaning.", "bad_experience"),
t("Worth clearing up. Cleaning is only charged for smoke or heavy sand inside; I'll print the policy. And in Vegas we do a walk-round with photos at drop-off."),
c("Okay, then I book it. 3 June.", None)],
[o,
t("Yes, it's the standard fee between states. With the car it's 890 for ten days."),
c("890 is a lot. Other companies are maybe cheaper.", "too_expensive"),
t("You can compare, of course. Ours has unlimited miles, which matters on a long trip. We can do a mid-size instead of an SUV."),
c("Hm. Last time in the US a rental charged me extra after, for cleaning.", "bad_experience"),
t("We only charge cleaning if it's really needed. Would you like to book now?"),
c("I think I compare first, thank you.", "think_it_over")]))

o = c("Hello, we are family, me, husband, daughter five years. We want snorkel trip. Is okay for small child?", None)
A(rpair("b136r_d03_krabi_tour_snorkel", "Korean family with a five-year-old ask a Krabi tour desk about snorkelling.",
[o,
t("Yes, with the right boat. Can your daughter swim, or will she need a life jacket the whole time?"),
c("She swim little bit with arm floats. Never in the sea.", None),
t("Then not the four-island speedboat, the water there is deep. The longtail to Koh Hong has a shallow lagoon where she can stand. Kids' jackets on board, half day, 2,400 baht for the family."),
c("Half day is good, she is tired easy. But tomorrow we have the elephant camp.", "no_time"),
t("Koh Hong runs daily, so Thursday or Friday is fine. Mornings have calmer water; pick-up at 8."),
c("Thursday morning, okay. We book.", None)],
[o,
t("Yes, our four-island trip is very popular with families: speedboat, lunch, snorkel gear, life jackets. 1,200 per adult, child half price."),
c("Four islands, whole day? She is tired easy.", None),
t("There's lots of rest on the boat, and she can keep the jacket on. Many families with kids do it."),
c("Okay... but tomorrow we have the elephant camp.", "no_time"),
t("No problem, Thursday then? Pick-up at 8."),
c("Thursday, okay.", None)]))

o = c("hi, i am brazilian student in london. i go skiing in austria in february, 1 week. i need special insurance or my student one is ok", None)
A(rpair("b136r_d04_london_insurance_skitrip", "Brazilian student in London asks a UK insurer's chat whether she needs winter sports cover.",
[o,
t("Good to ask before going. Does your student policy mention winter sports? Many exclude them unless you add it."),
c("i dont know, is from my university in brazil, in portuguese. i can check", None),
t("Please do; look for 'esportes de inverno' or 'esqui'. If it's excluded, our winter sports week is 24 pounds, including mountain rescue, which is the big cost."),
c("24 ok. but maybe my policy has it, then i pay two times", "no_need"),
t("Exactly, so check first. If it covers skiing, make sure rescue is included. Send me a photo of that page and I'll tell you honestly if you need ours."),
c("ok i send tonight. thanks", None)],
[o,
t("Student policies usually don't cover skiing. Our winter sports week is 24 pounds, including mountain rescue."),
c("ok. but maybe my policy has it, is from my university in brazil", "no_need"),
t("Possibly, but it's safer with us, we're a UK insurer and it's only 24."),
c("hmm, i think i check my policy first", "think_it_over"),
t("Sure, the quote is valid for a week."),
c("ok thanks", None)]))

o = c("Hello, I ski some years, but always I make the plough on steep parts. I want one private lesson. Is possible tomorrow?", None)
A(rpair("b136r_d05_glenshee_skischool_private", "Italian intermediate skier at a Glenshee (Scotland) ski school asks for a private lesson.",
[o,
t("Sure. Tell me what happens on the steep parts: is it fear of speed, or the skis won't turn together?"),
c("Is the fear. On blue is fine, parallel. When is steep, I go back to plough immediately.", None),
t("Very common, and usually about where you stand on the ski. Two hours private: first hour on a steep blue, then a red. 140 pounds."),
c("Two hours is much. One hour is not enough?", "too_expensive"),
t("One hour is 80, but half of it goes on the lift. If budget's tight, a semi-private with one skier at your level, two hours, 90 each. I have one at 10 tomorrow."),
c("Semi-private, yes, good. 10 o'clock.", None)],
[o,
t("Sure. Private lessons are one hour for 80 pounds or two hours for 140. Which would you like?"),
c("One hour maybe. Two hours is much for me.", "too_expensive"),
t("One hour it is. What level are you?"),
c("Intermediate. Blue is fine, but on steep I make the plough.", None),
t("Okay, the instructor will work on that. Tomorrow at 10?"),
c("Yes, 10 is okay.", None)]))

o = c("bonjour, i fly lisbon to paris next week with my cello. can i take it in the cabin or must i check it", None)
A(rpair("b136r_d06_lisbon_airline_cello", "French cellist asks a Lisbon-based airline's chat how to fly with her cello.",
[o,
t("Bonjour! A cello won't fit the overhead bins, so the safe options are its own seat or the hold in a hard case. Do you have a hard flight case?"),
c("no, only soft case. i will never check it, last time with another airline the neck was broken", "bad_experience"),
t("Understood, then a seat. The cello seat costs the same as your fare, 142 euros, and must be a window, not an exit row. Shall I book two seats side by side?"),
c("142 more, ouch. but yes, it is my instrument", None),
t("Booked: 14A for the cello, 14B for you. Check in 90 minutes early so they can strap it in. Do you need a receipt for your orchestra?"),
c("yes a receipt please, maybe the orchestra pays", None)],
[o,
t("Bonjour! Large instruments can go in the cabin with an extra seat, or in the hold. The seat is 142 euros."),
c("142! hmm. and the hold is safe? last time with another airline the neck was broken", "bad_experience"),
t("In the hold we recommend a hard case. It's up to you."),
c("i have only soft case. ok then the seat", None),
t("Okay, I'll book the seat. Please arrive early at the airport."),
c("ok thanks", None)]))

o = c("Hello. I have five days. I want Mykonos and Santorini. How I go with ferry, which is best?", None)
A(rpair("b136r_d07_piraeus_ferry_islandhop", "Japanese traveller at a Piraeus ferry agency plans five days on Mykonos and Santorini in August.",
[o,
t("Nice plan. Do you want more time on one island, or half and half? And how are you on boats?"),
c("Half half. Boat... okay, but big waves I don't like. In summer is windy, I read.", None),
t("True, the August wind can be strong. The big ship to Mykonos is steady, 5 hours, 42 euros; then Mykonos to Santorini by fast boat only if the forecast is calm."),
c("5 hours is long. I have only five days.", "no_time"),
t("Fair. The fast boat is 2.5 hours, 89 euros, but bumpier; sit at the back, lower deck. Or fly, 40 minutes. What matters more to you, time or comfort?"),
c("Time. I take the fast boat and sit at the back. Book please.", None)],
[o,
t("Nice plan. Piraeus to Mykonos by fast boat is 2.5 hours, 89 euros; Mykonos to Santorini 2 hours, 79. Both leave in the morning."),
c("Fast boat is shaking much? I don't like big waves.", None),
t("It can be in August, with the wind. Take a tablet before. Most people are fine."),
c("Okay... 89 and 79 together is a lot for me.", "too_expensive"),
t("The slow ship is 42 to Mykonos, 5 hours. Your choice."),
c("Okay, I take the timetable and look myself. Thank you.", "brush_off")]))

o = c("Good evening. The wifi in my room is terrible. I have video calls with Frankfurt every morning at 7. It cannot work like this.", None)
A(rpair("b136r_d08_bangkok_hotel_wifi", "German business guest at a Bangkok hotel complains about room wifi before his 7am calls.",
[o,
t("I'm sorry, that's a real problem with calls at 7. Which room, and is it slow all the time or does it drop out?"),
c("Room 1712. It drops every few minutes. Speed is okay when it works.", None),
t("Drop-outs on 17 usually mean you're far from the access point. IT can come up tonight, or I can move you to 1704, right next to it. Both free."),
c("Moving is annoying, I unpacked everything. Last hotel in Singapore moved me twice, it did not help.", "bad_experience"),
t("Understood. Then IT tonight at nine, testing from your desk. As a backup for 7am, I can reserve the quiet room with a wired line in the business centre."),
c("Good. Reserve it for tomorrow 7, to be safe.", None)],
[o,
t("I'm sorry about that. Let me send IT to your room. Which number?"),
c("1712. It drops every few minutes.", None),
t("IT can come tomorrow morning at 9."),
c("Tomorrow 9? My call is at 7! This is too late.", "no_time"),
t("I understand. I'll ask if someone can come tonight and call your room."),
c("Okay. Please really call.", None)]))

o = c("Hi, we are four, two kids. We want the bus tour, the hop-on. How much is for two days?", None)
A(rpair("b136r_d09_newyork_tour_hopon", "Italian family of four at a New York sightseeing kiosk ask for a two-day bus pass.",
[o,
t("Two days is $89 adults, $79 kids, so $336. Before you buy: what do you want to see?"),
c("Statue of Liberty, Central Park, Empire State, and the kids want the Lego store and Times Square.", None),
t("Most of that is walkable in Midtown, and the Statue needs the ferry anyway. Honestly, a one-day pass for the overview, $216, then subway on day two, saves you about $120."),
c("Ah, I thought two days is better. But the kids get tired walking.", None),
t("Then use the bus day for the long stretches, and on day two the subway stops right at the park. Midtown taxi rides are short if they're tired."),
c("Okay, one day, four people.", None)],
[o,
t("Two days is $89 adults, $79 kids, $336. It includes the Uptown and Downtown loops and a night tour."),
c("336, it is a lot. One day is how much?", "too_expensive"),
t("$216 for one day. But two days is better value per day, and kids love the night tour."),
c("Hmm, okay, two days then.", None),
t("Great. First bus leaves at 9 from 42nd Street.")]))

o = c("Hello, we booked a small car, but people say Madeira roads are very steep. Is better to change for a bigger car, more power?", None)
A(rpair("b136r_d10_madeira_carrental_hills", "Brazilian couple at a Funchal (Madeira) rental desk ask whether to upgrade for steep roads.",
[o,
t("Good question. Have you driven steep mountain roads before, and is your booking manual or automatic?"),
c("Manual. In Brazil I drive in São Paulo, flat. Mountain, never.", None),
t("Then power isn't the main thing; hill starts with a manual are. Our small automatic is the same size and handles that, 11 a day more. A bigger car is harder on narrow roads."),
c("11 per day, 7 days... 77 euros. Let me ask my husband, he drives also.", "think_it_over"),
t("Of course. If he's used to hills, the manual is fine. You can change at pick-up; I'll note both options."),
c("Okay, we decide at pick-up. Obrigada.", None)],
[o,
t("Yes, many people upgrade. The SUV has a 1.6 engine, much better on hills, 22 euros a day more."),
c("22 per day is expensive for us. Is really necessary?", "too_expensive"),
t("Not necessary, the small car is fine for most people. It's your choice."),
c("Okay, then we keep the small one. Manual is okay on the mountains?", "no_need"),
t("Yes, just use first gear on the steep parts."),
c("Okay. Thank you.", None)]))
