"""Gaming pairs C (kinds 6-15)."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- print shop, Lublin
o = c("Hi, I need hundred posters A2 for a concert of our folk band, Saturday next week. I have the file on USB, I "
      "made it myself in Canva.", None)
PAIRS.append(gpair(
    "b80g_lublin_band_posters", "print shop, Lublin, Poland", "putdown_question",
    "An amateur folk musician brings a home-made poster file with a low-resolution photo and wants 100 A2 prints.",
    good=[o,
    t("Hi! Let's see... nice design. One thing: the photo in the middle is small, at A2 it'll look soft. If you have "
      "the original on your phone, I can swap it in here in five minutes, no charge."),
    c("Yes, it's on my phone, here. Is A2 expensive? We are amateur band, we pay from our own pocket.", None),
    t("A2 on 150 g paper, 100 pieces, is 390 zloty. Where will you hang them? For shop windows and notice boards A3 "
      "is usually enough, and that's 180."),
    c("Mostly shops and the culture house. Maybe five big ones for bus stops.", None),
    t("Then 90 A3 and 10 A2, the big ones for the bus stops: 255 together. Ready Tuesday afternoon, so you have the "
      "whole week to hang them."),
    c("Tuesday is too late for me, I'm in Zamosc for work Tuesday to Thursday. Can it be Monday?", "no_time"),
    t("Monday by six, if you approve the proof today. I'll send it to your phone within the hour."),
    c("Okay, deal. I wait for the proof.", None)],
    gaming=[o,
    t("Hi. Canva, right. Did nobody tell you Canva exports aren't print quality? What resolution did you even set?"),
    c("I don't know. The default, I think.", None),
    t("The default. Okay. And you wanted A2 from that? Have you ever seen what a 72 dpi photo looks like on a "
      "poster?"),
    c("No... I thought you can just print it. Can you help me with it?", None),
    t("We can, design fixes are 120 zloty an hour. What's your budget, actually, or is this one of those 'as cheap "
      "as possible' band jobs?"),
    c("120 an hour to change one photo? My friend does it for a beer.", "too_expensive"),
    t("Then why not ask your friend to do the whole poster properly, if he's so good? Do you want the posters or "
      "not?"),
    c("Not from here, no. I go to the shop on Krakowskie Przedmiescie.", None)]))

# 7 not_my_department_or_read_the_terms -- freight forwarder, Bucharest
o = c("Good morning, this is Andreea from Textil Nova. Our container from Istanbul arrived in Constanta on Monday and "
      "it still isn't released. We have a client waiting for the fabric on Friday. What is going on?", None)
PAIRS.append(gpair(
    "b80g_bucharest_customs_hold", "freight forwarder and customs broker, Bucharest, Romania",
    "not_my_department_or_read_the_terms",
    "A textile importer's buyer calls her forwarder about a container held at the port for a missing origin "
    "certificate, with a client deadline on Friday.",
    good=[o,
    t("Morning, Andreea. Let me pull it up... TGHU 482, yes. Customs are holding it because there's no EUR.1 in the "
      "documents, so they'd charge full duty until they see one. Did your supplier in Istanbul issue it?"),
    c("I think so, they always do. Last year with another forwarder we lost two weeks on something like this, I "
      "really can't have that again.", None),
    t("Understood. Fastest way: the supplier emails a scan of the EUR.1 today, our customs agent presents it and "
      "asks for release with the original to follow, that's usually a day. The other way is to pay the full 8% now "
      "and claim it back, which takes months. Can you get the supplier on it this morning?"),
    c("I'll call them now. Istanbul is one hour ahead, they're in the office.", None),
    t("Good. Have them send it to me directly, I'll forward it to the agent the minute it lands. Demurrage starts "
      "Thursday, so there are two days before it costs you anything. I'll call you at three with the status either "
      "way."),
    c("Three o'clock. Okay. Thank you, Mihai.", None)],
    gaming=[o,
    t("Good morning, Andreea, thank you for reaching out, I understand how important this delivery is for you."),
    c("So what is the problem?", None),
    t("It's held by customs. That's the customs authority, not us, we're only the broker, so I can't really tell you "
      "more."),
    c("But you are our broker. That's the point of you. What do they want?", None),
    t("I think something about the origin document, the EUR.1. Documents are the shipper's responsibility, that's "
      "clause 7 of our terms, which you signed. You'd need to speak with your supplier."),
    c("And when I have it, who talks to customs? Me?", None),
    t("The customs agent, they're a separate company, we subcontract them. I can give you their general number. And "
      "demurrage starts Thursday, that's the port's tariff, I don't set it. Anything else I can help with today?"),
    c("Yes. Your manager's number. And I will look for another forwarder for the next containers.", None)]))

# 8 social_proof_or_deadline_pressure -- farmers' co-op, Fergana valley
o = c("Assalomu alaykum. I saw the paper at the mosque board, about drip irrigation through the co-op. I have four "
      "hectares of apricots. Water is less every year. How does it work?", None)
PAIRS.append(gpair(
    "b80g_fergana_drip_irrigation", "farmers' co-operative, Fergana, Uzbekistan", "social_proof_or_deadline_pressure",
    "An apricot grower who gets canal water only every ten days asks the co-op about its group purchase of drip "
    "irrigation kits.",
    good=[o,
    t("Va alaykum assalom. Yes, we buy drip kits together for members, it's cheaper. First, your water: do you have "
      "a well, or only your canal turn?"),
    c("Only canal. My turn is every ten days, and in July sometimes water doesn't come at all.", None),
    t("Then drip alone won't solve it. You'd need a small pond or tank to fill on your turn, and the drip takes "
      "from there, otherwise the pipes sit dry in July. Is there space for a pond?"),
    c("There is a corner, yes. But how much is all this? I'm not rich man.", None),
    t("For four hectares, the kit through the co-op is about 38 million sum, pond liner and pump another 15. The "
      "state subsidy covers up to half of the drip part through the khokimiyat, we help with the papers. So roughly "
      "34 for you."),
    c("34 million... this year I cannot. Maybe next year, after harvest.", "no_money"),
    t("That's honest, and next year's subsidy opens in February. What I'd do: let our agronomist measure the orchard "
      "and the pond corner now, free, so your papers are ready in February. You decide after harvest."),
    c("Free measure, okay. He can come Thursday.", None)],
    gaming=[o,
    t("Va alaykum assalom! What are your goals for the orchard?"),
    c("Water is less every year. Four hectares apricots. Canal only, every ten days.", None),
    t("You're exactly who this is for. Forty families in the mahalla have signed already, Rustam aka, the Karimovs, "
      "everyone with orchards near you. The kit for four hectares is 38 million."),
    c("38 million is very big money for me. And with my canal turn, drip without water, how does it help?",
      "no_money"),
    t("Don't worry, it works, everyone's using it. The important thing is the group price ends on the 15th, then it's "
      "46 million, the supplier in Tashkent said. Only six places left in this order."),
    c("I need to ask my brother. The land is our father's, we decide together.", "think_it_over"),
    t("Family first, of course. But your brother will thank you for getting the price before the 15th. The whole "
      "street will have drip by summer, you don't want yours to be the only dry trees. Five million deposit today and "
      "the place is yours."),
    c("Five million today, no. I don't buy a thing because Rustam aka bought it. Good day.", "brush_off")]))

# 9 keyword_stuffed -- orthodontic practice, Subotica
o = c("Hello. My son is twelve. The school dentist said he needs braces, his top teeth stick out. I'd like to "
      "understand what this involves and, honestly, what it costs.", None)
PAIRS.append(gpair(
    "b80g_subotica_braces", "orthodontic practice, Subotica, Serbia", "keyword_stuffed",
    "A father of two phones about braces for his twelve-year-old, who plays trumpet in the school band.",
    good=[o,
    t("Hello. Good that the school dentist caught it, twelve is a good age for it. Has he ever had an orthodontic "
      "check or X-rays, or is this the first time?"),
    c("First time. He plays trumpet in the school band, will that be a problem?", None),
    t("It matters, yes. With fixed braces, trumpet players have sore lips for a few weeks, most keep playing with a "
      "lip guard. Depending on the bite, a removable appliance might come first, which he takes out to practise. I'd "
      "need an X-ray and impressions to say which."),
    c("And the cost, roughly? We have two kids, I need to plan.", None),
    t("The consultation with X-ray and impressions is 6,000 dinars. Full fixed braces usually run 150 to 200 "
      "thousand over two years, in monthly parts; a removable appliance is around 50. You'd get the exact figure in "
      "writing after the consultation."),
    c("Two hundred... that's a lot. Is it really necessary, or more for looks? My teeth were crooked and I lived "
      "fine.", "no_need"),
    t("Fair question. With top teeth sticking out a lot, the real risk is breaking them in a fall, kids with that bite "
      "chip front teeth more often. But if his case is mild, I'll tell you honestly that you can wait."),
    c("Okay, that's fair. Can we come after school? He finishes at two.", None),
    t("Wednesday at three? And bring the trumpet, I'd like to see how he holds it.")],
    gaming=[o,
    t("Hello and welcome! I really understand how you feel as a parent, and we want this orthodontic journey to be a "
      "positive experience for your whole family. What are your needs and expectations?"),
    c("I need to know what it involves. And the cost, roughly.", None),
    t("Absolutely, I hear you, and cost is part of the experience we want to keep transparent. Every child is unique, "
      "so we build a relationship around understanding the individual needs of your son and your family. How do you "
      "feel about that?"),
    c("Fine. He plays trumpet, is that a problem with braces?", None),
    t("That's a great question, and I feel it shows how much you care about his needs. Our goal is a successful "
      "outcome that fits his lifestyle and supports his passions. Does that make sense?"),
    c("Not really. Can he play or not? And how much?", None),
    t("I understand, and I want you to feel confident. The investment depends on his unique needs, which we'll "
      "explore in a personalised consultation so we fully understand each other. Shall we book that?"),
    c("Maybe. This month I have no free afternoons at all, I'll call when I can.", "no_time")]))

# 10 rude -- municipal waste collection line, Katowice
o = c("Good morning. I am calling because the rubbish at Mikolowska street was not collected, two times now. The bins "
      "are full for two weeks. It smells, there are flies. Who is responsible for this?", None)
PAIRS.append(gpair(
    "b80g_katowice_waste_pickup", "municipal waste collection service, Katowice, Poland", "rude",
    "A 74-year-old resident phones the city waste line after two missed collections at her block of flats.",
    good=[o,
    t("Good morning. I'm sorry, two weeks is far too long. What's the house number, so I can check the route?"),
    c("Mikolowska 48. Block of flats. Twelve families.", None),
    t("Thank you. I see it: the driver reported 'access blocked' on the 4th and the 18th. Usually that's a vehicle "
      "parked in front of the bin shelter. Does someone park there?"),
    c("Yes, a delivery van, every morning. I told the administrator, he does nothing.", None),
    t("Then two things. I'm ordering an extra pickup for Thursday morning, with a note for the driver to call "
      "dispatch instead of driving off. And I'm writing to the administrator about keeping access clear, copy to the "
      "city guard. The missed pickups won't be charged."),
    c("Thursday. Well. I hope so. My neighbour called last week and nothing happened.", None),
    t("I understand. Here's the ticket number, 2291. If Thursday goes wrong, call and give that number, you won't "
      "have to start from the beginning."),
    c("2291. Good. Thank you.", None)],
    gaming=[o,
    t("Good morning, how can I help you today?"),
    c("The rubbish at Mikolowska 48 was not collected, two times. Two weeks. It smells.", None),
    t("Mm-hm. Driver couldn't get in, access blocked. Did nobody in your building think of moving the car?"),
    c("It is not our car. It's a delivery van. I am seventy-four, I do not move vans.", None),
    t("Well, madam, we're not a towing company either. Next pickup is on the normal date, the 2nd."),
    c("The 2nd? Another week with flies? Can't you send someone earlier?", None),
    t("An extra pickup is a paid service, 150 zloty, if you want to order it. Otherwise wait like everybody else. "
      "Anything else?"),
    c("Pay extra for your failure? You should be ashamed. I will write to the city council.", None)]))

# 11 ignored_customer -- car dealer, Almaty
o = c("Hello. We are looking for a bigger car. We have three children now, and on weekends we go to my parents in the "
      "mountains above Talgar. The road in winter is very bad.", None)
PAIRS.append(gpair(
    "b80g_almaty_family_suv", "new and used car dealer, Almaty, Kazakhstan", "ignored_customer",
    "A father of three whose sedan got stuck twice on an unpaved mountain road wants a bigger, winter-capable car.",
    good=[o,
    t("Hello! Three kids and a mountain road, okay. Are they all in car seats still? And how bad is bad, snow, or "
      "unpaved too?"),
    c("Two in car seats, one is nine. Last two kilometres not paved, snow in winter. We have a Camry and twice we got "
      "stuck.", None),
    t("So a back row that takes two car seats and a big boy, real 4x4 with clearance, not just all-wheel drive for "
      "asphalt. Do your parents ride with you sometimes? That decides five or seven seats."),
    c("Sometimes my mother comes. Seven would be good. But not a huge thing, my wife drives in the city.", None),
    t("Two to look at: Santa Fe 4WD, seven seats, easy in town, clearance fine but not for deep snow; or the "
      "Fortuner, real 4x4 with low gear, bigger to park. For those two kilometres in winter, honestly, the Fortuner "
      "is safer."),
    c("Fortuner is more expensive, no? Our budget is about 20 million with the Camry.", None),
    t("New it's about 24, with your Camry at around 8 you'd need 16 more, so over. The Santa Fe fits. Or a 2021 "
      "Fortuner with 40,000 km, about 19. Come Saturday with your wife, I'll have both ready to drive."),
    c("A used Fortuner, interesting. Saturday morning, all five of us.", None)],
    gaming=[o,
    t("Hello! Welcome. Tell me about what you're looking for."),
    c("Three children, two in car seats. Weekends to the mountains above Talgar, last two kilometres not paved, snow "
      "in winter. Our Camry got stuck twice.", None),
    t("Great. Let me show you the new Camry, actually, the 2024 hybrid is stunning and saves a lot in the city. How "
      "often do you drive in town?"),
    c("My wife, every day. But I said we get stuck with the Camry. We need 4x4.", None),
    t("Absolutely. The Camry has great traction control, very confident. And the trunk is huge. What colour do you "
      "like?"),
    c("Colour? The mountain road... And two car seats plus a big boy, will it fit? Sometimes my mother comes too.",
      None),
    t("Three in the back is fine, plenty of space. The hybrid is 21 million, with the trade-in even better. Shall I "
      "book a test drive?"),
    c("21 million for the same car that gets stuck? No, thank you. We look somewhere else.", "no_need")]))

# 12 repeated_questions -- business internet, Kyiv
o = c("Hi, good afternoon. We're moving our office to Podil on the first of next month, eight people, architects, so "
      "we send big files all day. I need internet there, and it has to keep working when the power goes out.", None)
PAIRS.append(gpair(
    "b80g_kyiv_office_internet", "business internet provider, Kyiv, Ukraine", "repeated_questions",
    "The office manager of a small architecture studio needs fibre for a new office that must survive power cuts.",
    good=[o,
    t("Good afternoon. Big uploads and power cuts, got it. What's the address, so I check we have fibre in the "
      "building?"),
    c("Kostiantynivska 21, third floor.", None),
    t("Fibre's in, and that node has batteries for about eight hours, so our side holds in an outage. Your router "
      "needs power too, though. Is there a generator or a UPS in the new office?"),
    c("No. Landlord says maybe a generator in spring. Last winter we lost two working days because of this.", None),
    t("Then I'd pair 500 Mbps symmetric, since architects upload as much as they download, 1,150 hryvnias a month, "
      "with a small UPS for the router and terminal. We sell one for 3,400, around six hours."),
    c("3,400 for a UPS? On Rozetka it's two thousand.", "too_expensive"),
    t("Could well be, and any 12-volt DC UPS will do. I'll send you the specs so you buy the right one. The line's "
      "what matters from us."),
    c("Good, I'll buy it myself. Can you connect by the first? We move on the 30th.", None),
    t("Installation is 3-5 working days after signing, so if we sign by the 20th, yes. I'll email the contract today "
      "and we can book the technician for the 28th.")],
    gaming=[o,
    t("Good afternoon! Thanks for calling. What are your main internet needs?"),
    c("Eight architects, big files all day, and it has to work in power outages.", None),
    t("Sure. And how many people will be using it?"),
    c("Eight. Architects.", None),
    t("Got it. And what do you mainly use the internet for?"),
    c("Big files. Drawings, 3D models, uploads to clients. I said.", None),
    t("Perfect. And is stability during power cuts important to you?"),
    c("That was the first thing I told you. Look, I don't have the whole afternoon, we're packing the office.",
      "no_time"),
    t("Of course! Just so I understand your needs, how many users, and what's the usage, roughly?"),
    c("Forget it. Send me the price list by email, I'll choose myself.", "brush_off")]))

# 13 wrong_paraphrase -- freight broker, Tashkent
o = c("Hello. We are knitwear factory in Namangan. We need one truck to Istanbul, about 18 tons, goods ready on 10th. "
      "Customs papers our broker does. I need price and how many days.", None)
PAIRS.append(gpair(
    "b80g_tashkent_truck_istanbul", "road freight broker, Tashkent, Uzbekistan", "wrong_paraphrase",
    "A knitwear factory's sales manager wants a price for one full truck to Istanbul; price matters more than speed.",
    good=[o,
    t("Hello. One full truck, Namangan to Istanbul, loading the 10th. Pallets or loose boxes, and tent truck or "
      "refrigerated?"),
    c("Boxes, not pallets. Tent is fine, it's cotton, no need cold.", None),
    t("Loose boxes, 18 tons, so a 90-cube tent truck, hand loading. Via Turkmenistan and Iran it's fastest, 9-10 "
      "days; via Kazakhstan and Georgia about 14, often cheaper. Is the delivery date fixed, or is price more "
      "important?"),
    c("Price is more important. Last year we paid 5,200 dollar and the customer in Istanbul was not in hurry.", None),
    t("Then the Georgia route, right now around 4,600 with two carriers I trust; Iran would be about 5,400. I'll "
      "confirm 4,600 by tomorrow and hold a truck for the 10th. Who loads, and is one day enough?"),
    c("We load ourselves, one day is enough. Okay, confirm 4,600.", None)],
    gaming=[o,
    t("Hello! Let me make sure I understand your situation."),
    c("One truck, 18 tons, Namangan to Istanbul, ready on the 10th. Price and days, please.", None),
    t("So what I'm hearing is you need it there urgently, before the 10th, with full customs clearance by us, "
      "correct?"),
    c("No. Ready on 10th. Customs our broker does. Not urgent.", None),
    t("Got it, so it's refrigerated goods that must arrive fast, which means a reefer via Iran, 6,800 dollars, 9 "
      "days. Is that right?"),
    c("Refrigerated? It's knitwear. Cotton. And 6,800, last year we paid 5,200.", "too_expensive"),
    t("Right, so because it's valuable you want maximum security and the fastest route. Then Iran with GPS escort is "
      "best. Did I get you correctly?"),
    c("You did not get anything correctly. I call another company.", None)]))

# 14 pitch_to_upset -- car dealer service, Constanta
o = c("Listen. I bought a car from you three months ago. Yesterday it died on the A2 with my two kids inside, in the "
      "heat, and we waited three hours for the tow truck. It's in your workshop now. What is wrong with it and what "
      "are you going to do?", None)
PAIRS.append(gpair(
    "b80g_constanta_breakdown", "car dealership service reception, Constanta, Romania", "pitch_to_upset",
    "An angry father whose three-month-old car broke down on the motorway with his children in it comes to the "
    "dealer.",
    good=[o,
    t("Three hours on the motorway with kids in that heat, that's awful. I'm sorry. Are you all okay?"),
    c("We're okay. My daughter was crying. I'm furious.", None),
    t("Of course you are. Let me check with the workshop now... It's the fuel pump relay, a known fault on this "
      "batch, covered by warranty. Parts come tomorrow, car ready Thursday. Until then I'll give you a replacement "
      "car today, free. Is a normal car okay with the kids?"),
    c("A normal car is fine. But how do I know it won't happen again? I don't trust this car now.", None),
    t("Fair. The relay is a permanent part change, and I'll give you in writing that it was done under the recall "
      "code. I'm also refunding the tow you paid, and I'll complain to the manufacturer's assistance myself, three "
      "hours isn't acceptable."),
    c("I paid 450 lei for the tow. Here's the receipt.", None),
    t("Thank you. It goes back to your card this week, and I'll call you Thursday morning when the car's ready."),
    c("Okay. Thank you for taking it seriously.", None)],
    gaming=[o,
    t("I'm so sorry to hear about your experience, that must have been stressful. Let me check with the workshop."),
    c("Stressful. Three hours with two kids in the heat. What is wrong with it?", None),
    t("Fuel pump relay, covered, ready Thursday. And you know, days like yesterday are exactly why families add our "
      "Premium Assistance, tow within 60 minutes anywhere in Romania, only 39 lei a month. Would that give you peace "
      "of mind?"),
    c("You want me to pay so your assistance comes on time? It's supposed to come on time already.", "no_need"),
    t("I hear you. And since the kids were with you, many parents in your situation move up to the SUV version, "
      "more space, sits higher, feels safer. We could take yours in trade right now. How does that sound?"),
    c("I don't want another car. I want to know who pays my tow, 450 lei, and what I drive until Thursday.",
      "no_need"),
    t("The tow is the assistance company, that's separate. For until Thursday, our rental partner gives our "
      "customers 20% off. Anything else I can help with?"),
    c("A discount. On a rental. Because your car broke. Get me the manager, now.", None)]))

# 15 blame -- electricity distributor office, Yerevan
o = c("Good afternoon. In September your people replaced the electricity meter in our apartment. Since then my bill "
      "is double, 24,000 dram instead of 12,000. Nothing changed in our house. I would like an explanation.", None)
PAIRS.append(gpair(
    "b80g_yerevan_meter_bill", "electricity distributor customer office, Yerevan, Armenia", "blame",
    "A retired teacher comes to the customer office because her bill doubled after the meter was replaced.",
    good=[o,
    t("Good afternoon, thank you for coming in. Let me find the account... yes, new meter on 14 September. Was the "
      "old meter's last reading written down when they took it?"),
    c("The man wrote something on a paper. I didn't get a copy.", None),
    t("In the system the old meter's final reading is 8,410, but August was already 8,950. So the final reading is "
      "lower than a month before, which can't be right, and 540 kilowatt-hours were billed to you twice. That "
      "explains most of the extra."),
    c("So it is your mistake.", None),
    t("It looks like an entry error on our side, yes. I'm opening a correction request; the old meter stays in the "
      "depot for 60 days, so they can read its real figure. The overcharge comes back as a credit. Meanwhile pay "
      "only the usual 12,000, I'm marking the rest as disputed."),
    c("How long will it take? Last time I complained, about the gas, it was four months.", None),
    t("The depot check is within 15 working days, and I'll call you with the result myself. Here's the request "
      "number, my name is on it."),
    c("Thank you, young man. You explained it clearly.", None)],
    gaming=[o,
    t("Good afternoon, I understand your concern, let me look. Well, the new meter is more accurate. The old ones "
      "often ran slow, so maybe you were paying too little before, did you never wonder?"),
    c("Fifteen years the same bill. Now double. I don't believe it.", None),
    t("Have you added any appliances? A heater, a boiler? People forget they switched on a heater in October."),
    c("We heat with gas. Nothing new. Two pensioners.", None),
    t("Then maybe things left on standby. Honestly, most complaints like this turn out to be habits at home. Did you "
      "sign the installation act when they changed the meter?"),
    c("I signed what the man gave me. I did not read it, he was in a hurry.", None),
    t("Well, then you confirmed the readings. If you'd read the act you'd have seen the numbers. I can send an "
      "inspector to check your wiring, 5,000 dram, if you want."),
    c("Pay 5,000 for your mistake? No. I will write to the Public Services Regulatory Commission.", None)]))
