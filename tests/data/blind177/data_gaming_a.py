"""b177 gaming pairs, part a."""
from common import c, gpair, t

PAIRS = []

o = c("Hiya, um, I want to book parking at Manchester for next Saturday, back the Sunday after. Just the cheapest one really.", None)
PAIRS.append(gpair("b177g_manchester_airport_parking_family", "airport parking, Manchester (phone)", "monologue",
 "A dad wants the cheapest week of airport parking.",
 [o, t("Course. Which terminal, and what time does your flight go?"),
 c("Terminal 2, six o'clock, so we'll be there about four. Me, the wife and two kids.", None),
 t("Early one. With kids and cases at 4am, is a shuttle from long stay alright, or does walking distance matter more?"),
 c("Shuttle's fine, honestly. Last time we paid nearly double for the close one and it wasn't worth it.", None),
 t("Then JetParks 1: shuttle every ten minutes, all night, £71.99 for eight days. Book it and text you the code?"),
 c("Go on then. Text's better, I never check email.", None)],
 [o, t("Great question! So what matters in your parking experience? At T2 everyone raves about Meet and Greet: we take the car, it's waiting when you land. A game changer for families."),
 c("Right, but I did say cheapest-", None),
 t("I hear you, value matters! But picture it, 4am, two kids, cases. With Meet and Greet we add fast track at £12 a head and the lounge from £30."),
 c("Can you just tell me what the cheapest one costs?", None),
 t("Such a good question. Long stay's about seventy, but most families upgrade once they hear Meet and Greet is only £139. Does that sound like the experience you're after?"),
 c("No. It's seventy or nothing, we've not got a spare hundred quid for lounges. I'll do it online.", "no_money")]))

o = c("Hi, yeah, we got your brochure for the Western Caribbean sailings. My husband and I are just, you know, starting to look.", None)
PAIRS.append(gpair("b177g_us_cruise_line_anniversary", "cruise line sales, US (phone)", "closing_as_open_question",
 "Anniversary cruise enquiry; she gets seasick, husband is out.",
 [o, t("Thanks for calling. What's got you thinking about a cruise, an occasion or just a break?"),
 c("Our 25th anniversary is in March. But honestly I get seasick on the ferry to Nantucket, so I'm nervous.", None),
 t("Worth taking seriously. A big ship and a low mid-ship cabin move least, and the route is usually calm in March. Want to see cabins there?"),
 c("Maybe. What does that run? We said about four thousand for both of us, all in.", None),
 t("An oceanview mid-ship on the seven-night from Galveston is about $3,300 for two plus gratuities. I can hold it free for 72 hours while you talk to him."),
 c("Oh, that'd help. He'll want to see the itinerary first though.", "think_it_over")],
 [o, t("Wonderful! So tell me, what would it take for you two to lock in your dream Caribbean experience today?"),
 c("Today? Oh no, we're only starting. And I get seasick, honestly.", "think_it_over"),
 t("Totally hear you. And if we solved the seasickness, how would you like to handle the deposit, card or check?"),
 c("I haven't said we're booking. My husband isn't even here.", "think_it_over"),
 t("Of course! So what's stopping you from securing the cabin now and surprising him?"),
 c("It sounds like a sales call. Just email me something and we'll see.", "brush_off"),
 t("Before you go, which day works best to finalize, Friday or Monday?")]))

o = c("Hello, I have a booking, the name is Keller. A small car, five days, we go to Galway and Connemara.", None)
PAIRS.append(gpair("b177g_dublin_airport_car_hire_counter", "car hire desk, Dublin Airport", "pitch_as_paraphrase",
 "A German tourist collects a small car; he has excess cover.",
 [o, t("Welcome, Mr Keller. A small manual for five days. Have you driven on the left before?"),
 c("No, first time. I am a bit nervous for the narrow roads. My wife says take an automatic.", None),
 t("Fair worry, it does make it easier. The automatic in the same size is €9 a day more. Would you like it, or keep the manual?"),
 c("Nine a day... ok, yes, automatic. Better than stress.", None),
 t("Good. There's a €1,500 excess. Do you have excess cover already, from a card or a policy?"),
 c("Yes, I bought one online at home. I do not need more.", "no_need"),
 t("Then you're set. Keys are in bay 14, and the M6 takes you to Galway.")],
 [o, t("Welcome! So what I'm hearing is you need total peace of mind on Irish roads, which means our Super Cover at €32 a day, is that right?"),
 c("No, I did not say this. I have the excess insurance already, from home.", "no_need"),
 t("Understood. So what you're really saying is you want to avoid the €1,500 hold, which is exactly what Super Cover does, correct?"),
 c("I did not say this also. The hold is fine. How much is all together?", None),
 t("So if I understand you, you'd like the full package: Super Cover, GPS and a Kuga for the narrow roads. €340 extra. Shall I put that through?"),
 c("Three hundred forty? For this I fly home again. Only the small car, what I booked.", "too_expensive")]))

o = c("Checking in. Okafor. I've an 8am call tomorrow so I just need the room and the wifi code.", None)
PAIRS.append(gpair("b177g_edinburgh_hotel_checkin_business", "hotel front desk, Edinburgh", "upsell_as_loop_closing",
 "A business traveller checks in before an early call.",
 [o, t("Welcome, Ms Okafor. Room 412, wifi code's on this card. With the early call, does quiet matter? 412 faces the street."),
 c("Yes, actually. Last time I stayed the bins were collected at six.", None),
 t("Then I'll move you to 518, courtyard side, same rate. Need anything for the call, a desk, a printer?"),
 c("Desk is fine. Is there coffee in the room?", None),
 t("There's a machine in the room, and the lobby café opens at 6:30. That's you, have a good night."),
 c("Perfect. Thanks.", None)],
 [o, t("Welcome! You're in 412. And to make sure we've covered everything, what else can I add tonight? Scottish breakfast is just £24."),
 c("No. Just the wifi code.", "no_need"),
 t("Absolutely, here it is. And so nothing's missed, what else can I add? Late checkout till two is only £30."),
 c("My call's at eight and my train's at eleven. I don't need late checkout.", "no_need"),
 t("Totally understood. Last thing, to close the loop: anything else I can add? The Executive floor is £45 with lounge access."),
 c("Is this going to take much longer? I've a call to prep for.", "no_time"),
 t("Of course! How satisfied would you say you've been with your check-in experience?")]))

o = c("Hi, I'm after an annual travel policy. Two adults, two kids, we do France most summers and maybe a ski trip.", None)
PAIRS.append(gpair("b177g_uk_travel_insurance_family_annual", "travel insurance sales, UK (phone)", "leading_tag_questions",
 "Annual family cover; a child has asthma, money is tight.",
 [o, t("Happy to help. Does anyone have a medical condition I should know about, and is the ski trip definite or a maybe?"),
 c("My son's got asthma, well controlled. Ski's a maybe, depends on money this year.", None),
 t("Asthma needs declaring but usually adds little. Winter sports you can add later, only if the trip happens. Quote Europe first?"),
 c("Yes, fine. Mind, we had a policy before that was a nightmare to claim on.", "bad_experience"),
 t("Worth knowing. What went wrong?"),
 c("They wanted receipts for everything in a lost suitcase. I didn't have them.", None),
 t("We ask for proof too, but a bank statement or photo counts. It's £86 with asthma declared. I'll email the wording so you can read the claims part first.")],
 [o, t("Lovely! So you'll want our Platinum worldwide cover, won't you, just to be safe with the kids?"),
 c("Well, we only go to France. Do we need worldwide?", None),
 t("You never know where you'll end up, do you? And you'd add winter sports now, wouldn't you, rather than risk it?"),
 c("The ski trip might not happen. We're a bit stretched this year.", "no_money"),
 t("So you'd want the excess waiver too, wouldn't you? Nobody wants a bill abroad, do they?"),
 c("I suppose not, but what does it all come to?", None),
 t("Just £239 for total peace of mind. Less than a meal out a month, isn't it?"),
 c("It's nearly three times what I paid last year. I'll shop around, thanks.", "too_expensive")]))

o = c("hi my bag didnt come off the belt at jfk. flight from denver this morning. my daughters meds are in it", None)
PAIRS.append(gpair("b177g_us_airline_chat_lost_bag", "airline customer service, US (chat)", "putdown_question",
 "A missing bag holds a child's medication.",
 [o, t("I'm sorry, that's stressful with medication in it. Do you have the bag tag number? And what's the medication, in case she needs it today?"),
 c("tag is UA 447812. its her inhaler and allergy pills. she has a spare inhaler at home, were back tonight", None),
 t("Thanks. The bag stayed in Denver and is on the 2:10 to JFK. Deliver it to your home?"),
 c("yes, 14 carroll st brooklyn. can it come tonight", None),
 t("It lands 8:30 pm, so usually by noon tomorrow. If she needs pills sooner, keep the receipt, we reimburse essentials. Send the claim link?"),
 c("yes please. thank you", None)],
 [o, t("Happy to help! Before we panic, did you actually check the oversize belt, or just the main one?"),
 c("i checked both. i waited 40 min. can you just tell me where it is", None),
 t("Of course. And you did put a name tag on it, right? Lots of travelers don't bother. What exactly did your tag look like?"),
 c("it was a tag YOU put on it at the counter. UA 447812", None),
 t("Perfect. So what I'm hearing is you're frustrated. Is it possible the meds should have gone in the carry-on, like we recommend?"),
 c("are you serious. im not here for a lecture. give me a supervisor", None)]))

o = c("Excuse me, my train from York was an hour late and I've missed the last connection to Whitby. What do I do now?", None)
PAIRS.append(gpair("b177g_uk_rail_missed_last_connection", "railway ticket office, North Yorkshire", "not_my_department_or_read_the_terms",
 "A delay made a passenger miss the last train home.",
 [o, t("Sorry, that's a rotten evening. Your ticket's valid on the next train, but that's 7.02 tomorrow. Do you need to get home tonight?"),
 c("I've got to, I've a dog on her own. And I can't run to a hotel anyway.", None),
 t("Understood. When a delay makes you miss the last connection, we arrange a taxi. I'll book one from the rank. What's your postcode?"),
 c("YO21. Really? I didn't know that was a thing.", None),
 t("It is. An hour late also gets Delay Repay, half the single. Here's the form."),
 c("Brilliant. Thank you, love.", None)],
 [o, t("I hear you, and I appreciate you sharing that. Connections aren't my department though, I just do ticket sales."),
 c("But you work for the railway. Who do I ask then?", None),
 t("Great question. It's all in the National Rail Conditions of Travel. Have you read the terms on your ticket?"),
 c("It's half ten at night, I'm not reading small print. I need to get home, I've a dog on her own.", None),
 t("Totally understand your need. Unfortunately I didn't make the rules. The helpline opens at 8am. Anything else?"),
 c("Forget it. I'll ring my brother, he'll have to drive over from Scarborough.", None)]))

o = c("Hi there, we're a group of eight coming to Killarney in June, looking at Ring of Kerry tours. Some of us can't do a lot of walking.", None)
PAIRS.append(gpair("b177g_kerry_tour_operator_group", "day tour operator, Killarney (phone)", "social_proof_or_deadline_pressure",
 "A day tour for eight, including an 81-year-old.",
 [o, t("Lovely. How much walking is too much, and do you want a full day or something shorter?"),
 c("My mother-in-law is 81, short stops but no hills. A full day is fine if she can sit.", None),
 t("Then the coach tour suits her: short flat paths at the viewpoints, and she can stay aboard at Derrynane. It's €45 each."),
 c("Hm, the one on the other website was €35.", "too_expensive"),
 t("That's a 50-seater with fewer stops, fine but less flexible. For eight I can do €40. I'll hold the seats till Friday so you can check with the others."),
 c("That's fair, I'll run it by them tonight.", "think_it_over")],
 [o, t("Brilliant! What's your vision for the experience? Honestly, every American group this summer is booking the Premium Ring, everybody's doing it."),
 c("Does that involve much walking? My mother-in-law is 81.", None),
 t("Sure, loads of people her age do it. But only six seats left for June, and the price goes up at midnight. I'd hate you to miss out."),
 c("Six? We need eight. And I'd have to ask the others first.", "think_it_over"),
 t("Totally respect that. But a Boston group booked yesterday, no regrets. Shall I take the deposit?"),
 c("I'm not going to be rushed. We'll find someone else.", None)]))

o = c("Hello, I'm ringing about the cottage in Port Isaac for October half term. Is it dog friendly? We've a big old Labrador.", None)
PAIRS.append(gpair("b177g_cornwall_holiday_let_dog", "holiday let agency, Cornwall (phone)", "keyword_stuffed",
 "Cottage enquiry: a dog and a mother with bad knees.",
 [o, t("Hello! Yes, Gull Cottage takes dogs, £30 fee. Is it just the Labrador, and how many of you?"),
 c("Just him. Me, my husband and my mum. Mum's knees aren't great, are there many stairs?", None),
 t("Good to ask: the bedrooms are up a steep staircase. Harbour View round the corner has a downstairs bedroom and a walled garden, but it's £120 more for the week."),
 c("Hmm, that's more than we wanted to spend.", "too_expensive"),
 t("If your mum can manage one flight with a rail, Gull works. Shall I send photos of both staircases so she can judge?"),
 c("Yes, do that. I'll show her tonight and come back to you.", "think_it_over")],
 [o, t("Thanks for reaching out! Our relationship with guests is about understanding your needs and a truly successful holiday experience. What are you feeling about your stay?"),
 c("Er... I'm feeling I'd like to know if the dog can come.", None),
 t("I completely understand, and I hear your dog is an important part of your family experience. Our success is meeting every guest's needs. How does that feel?"),
 c("Fine? So is that a yes? And are there stairs, my mum's knees aren't good.", None),
 t("Absolutely, I understand your needs. Everything is designed around the guest experience. Is there anything else you need today?"),
 c("You haven't answered a thing. I'll look elsewhere.", None)]))

o = c("Hi, I'm calling about a room block for my daughter's wedding in October, maybe 20 rooms. I've never done this before.", None)
PAIRS.append(gpair("b177g_savannah_hotel_wedding_block", "hotel group sales, Savannah GA (phone)", "rude",
 "The bride's mother fears paying for empty rooms.",
 [o, t("Congratulations! Happy to walk you through it. Which dates, and will guests pay for their own rooms?"),
 c("October 18th and 19th. Guests pay, but I don't want to get stuck paying for empty rooms.", None),
 t("That's the thing to watch. A courtesy block holds 20 rooms at $189 and releases unbooked ones 30 days out, nothing owed. Would that work?"),
 c("Oh, that's better than the other hotel. They wanted me to guarantee 80 percent.", None),
 t("I'll send the contract with the release date in bold. Can I call next week to go through it?"),
 c("Yes, Tuesday's good. Thank you, you made this easy.", None)],
 [o, t("Okay. Dates? I need dates before I can do anything."),
 c("Sorry, October 18th and 19th. I'm just worried about paying for rooms nobody books.", None),
 t("Well, yeah, that's how room blocks work, ma'am. Did you think we'd hold twenty rooms for free?"),
 c("I don't know, that's why I'm asking. The other hotel wanted 80 percent guaranteed and I couldn't do that.", None),
 t("Great, so what are you hoping to achieve? Everyone and their cousin wants October."),
 c("I was hoping you'd explain it. I'll talk to my husband and maybe go somewhere else.", "think_it_over"),
 t("Sure. Anything else? I've got another call.")]))
