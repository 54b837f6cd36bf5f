"""Gaming pairs a01-a10 of blind198 (hand-written). Theme: hotels and travel in the US, the UK and the Caribbean."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: timeshare table at a resort near Orlando
o = c("Hi. So, uh, we're here for the tickets thing? The lady at the pool said ninety minutes, tops. My sister's got the kids till one.", None)
PAIRS.append(gpair(
    id="b198g_kissimmee_timeshare",
    business="vacation ownership sales desk at a resort, Kissimmee, Florida",
    kind="monologue",
    situation="A couple from Ohio took a free theme-park ticket offer and now sit at the sales table for the presentation; they travel about once a year and often stay with family in Tampa.",
    good=[
        o,
        t("Thanks for coming over, and yes, I'll watch the clock so you're out well before one. Before I show you anything, how do you two usually do vacations? How often do you get away, and where to?"),
        c("Once a year, maybe. Florida mostly, 'cause her folks are in Tampa. Honestly we're just here for the tickets, no offence.", "brush_off"),
        t("None taken, that's most people at this table. When you do pay for somewhere to stay, what does a typical week cost you?"),
        c("Depends. Last year we did a condo on Clearwater Beach, like eleven hundred for the week. The year before we just stayed at her mom's.", None),
        t("So one week a year, sometimes free at her mom's, around eleven hundred when you pay. I'll be straight: with our maintenance fee of about nine hundred a year on top of the purchase price, this only pays off for people who travel two or three weeks a year. From what you've told me, it probably wouldn't for you."),
        c("Huh. Didn't expect that. My buddy bought one of these in Myrtle Beach and he can't give it away.", "bad_experience"),
        t("That happens, and it's why I'd rather not sell you something you'd regret. I'll sign your tour sheet now so you get the tickets. If things change, say the kids get older and you start doing two trips, here's my card. Look at the resale listings before you ever call me."),
        c("Okay. Yeah, that's fair. Thanks, man.", None),
    ],
    gaming=[
        o,
        t("Absolutely, and I love that you're here, because today is all about your experience. So tell me, what does your dream vacation look like? Because let me tell you what ours looks like: two-bedroom villa, full kitchen, lazy river, eight hundred resorts worldwide, points that roll over, and you pay today's prices for tomorrow's vacations. Families your size save forty percent over hotels. Now let me walk you through the points chart."),
        c("Uh, we mostly just go to her mom's in Tampa, so...", None),
        t("Tampa, beautiful, we've got two properties within an hour of Tampa. So what I'm hearing is family matters to you, and that's exactly what this program is about: memories. Here's the thing about hotels: you rent, you pay, it's gone. With us, you own. Your kids inherit it. Let me show you the Gold tier, which is where most families land, twenty-four nine, and we finance."),
        c("Twenty-four thousand? We don't have that kind of money, man.", "no_money"),
        t("And that's why we have the Silver tier! And honestly, how would you feel about your kids growing up with a week in Cabo every year? Let me just finish this slide, because the financing part is where people's eyes light up. Zero down today, and the monthly is less than your cable bill."),
        c("It's twelve-forty. You said ninety minutes. Just sign the sheet, please.", "no_time"),
        t("Totally hear you, and I respect your time. Let me grab my manager, he's got a one-day-only offer, two minutes, tops."),
        c("No. Sign the sheet or we walk, tickets or no tickets.", None),
    ],
))

# a02 closing_as_open_question: car hire counter at Heathrow
o = c("Hiya, sorry, we've been up all night, the flight from Columbus was delayed. Booking's under Kowalski, a mid-size, for ten days.", None)
PAIRS.append(gpair(
    id="b198g_heathrow_carhire",
    business="car rental counter, Heathrow Airport, London",
    kind="closing_as_open_question",
    situation="A tired American mother with her husband and two children collects a pre-booked car for ten days in Cornwall and Bath; she has never been sold excess cover in the UK and thinks her card covers it.",
    good=[
        o,
        t("Welcome to London, and no rush, I've got it here: mid-size, ten days, back to Heathrow. Where are you driving, so I can make sure the car suits?"),
        c("Cornwall, then back up through Bath. My husband's never driven on the left, so I'm doing all of it.", None),
        t("That's a long drive with some very narrow lanes. Have you sorted cover for the excess? On this booking, if there's a scratch, you'd be liable for up to fifteen hundred pounds."),
        c("My credit card covers rental cars, I think? We always decline it back home.", "no_need"),
        t("Lots of US cards do, though some leave out certain countries. Could you check the card's benefits page on your phone while I do the paperwork? If it covers you here, you don't need ours at all."),
        c("Okay... it says worldwide, excludes Ireland, Israel and Jamaica. So we're fine?", None),
        t("You're fine for England. Keep that page saved in case you need to claim. And with the Cornish lanes, I'd suggest a smaller car anyway, a Golf instead of the Passat, same price. Would that suit you?"),
        c("Smaller sounds good, honestly. Yes please.", None),
        t("Done. Bay 14, sat-nav's built in. Take the first hour easy, and there's a services on the M4 if you need a coffee."),
    ],
    gaming=[
        o,
        t("Welcome! So, tell me, how would you like to protect your holiday today: our Premium Cover at twenty-two pounds a day, or Super Premium with tyres and glass?"),
        c("Um, I think my credit card covers it. We never take the insurance.", "no_need"),
        t("Totally understand. What would it take for you to feel fully protected on British roads this week? The excess here is fifteen hundred pounds, and your card company will want you to pay that first."),
        c("I don't know. Twenty-two a day for ten days is more than the car costs.", "too_expensive"),
        t("That's a fair point. So which would you prefer, the daily rate or the bundle at one-ninety for the whole trip? Which one works better for your family?"),
        c("Neither? I'm so tired. Can I just have the keys?", "no_need"),
        t("Of course. And when you picture those Cornish lanes with the kids in the back, how would you like to initial the cover? Just the box at the bottom."),
        c("No, I said no. Where do I initial to decline it?", "no_need"),
        t("Decline is the box on the right. Most American families do pick the cover, just so you know. And how would you like to pay the deposit, Visa or Amex?"),
        c("Visa. Keys, please.", None),
    ],
))

# a03 pitch_as_paraphrase: hotel front desk on the west coast of Barbados
o = c("Morning. Look, I'm not one to complain, but room 214's right over the road and the minibuses start at half five. I've hardly slept for two nights.", None)
PAIRS.append(gpair(
    id="b198g_barbados_quietroom",
    business="hotel front desk, St James, Barbados",
    kind="pitch_as_paraphrase",
    situation="A retired guest from Leeds, travelling alone, asks to move away from road noise; she wants a quiet room, not an upgrade.",
    good=[
        o,
        t("I'm sorry, that's no way to start a holiday. Can you tell me a bit more? Is it the traffic mainly, or is anything else in the room bothering you?"),
        c("Mainly the buses, the horns and that. The air conditioning rattles too, but I can live with that. I just want a quiet room, love. I'm not after anything fancy.", None),
        t("So it's the road noise above all, the rattle's a lesser thing, and you're not looking for an upgrade, just quiet. Have I got that right?"),
        c("That's it exactly.", None),
        t("We have a garden-view room at the back on the ground floor, same category, no extra charge. It's by the pool path, so you'd hear people until nine or ten in the evening, but nothing early. Would you like to see it before you decide?"),
        c("Ground floor, I don't mind. Though the last place I went, the 'quiet' room was next to the kitchen bins.", "bad_experience"),
        t("Fair worry. It's well away from the kitchen, and I'll walk you over now so you can judge for yourself. If it suits, housekeeping can move your cases by eleven, and I'll have the air conditioning looked at in whichever room you end up in."),
        c("Go on then. Thank you.", None),
    ],
    gaming=[
        o,
        t("Oh, I'm so sorry to hear that. Can you tell me more about what you're looking for from your stay?"),
        c("Some sleep. A quiet room. That's all.", None),
        t("So what I'm hearing is you want the full Caribbean experience without compromise, which sounds like our Ocean Front Junior Suite. It's only ninety-five US a night more. Is that right?"),
        c("No, that's not what I said. I don't want a suite. I just don't want the buses.", "no_need"),
        t("Absolutely. So if I understand you correctly, peace and quiet is the priority, and the suite is on the top floor facing the sea, so that's really what you need. Shall I make the change?"),
        c("Ninety-five dollars a night? I've paid for my room. I'm not paying extra to get some sleep.", "too_expensive"),
        t("Let me make sure I've got this right: you'd like the quiet and the view, and you'd be open to a special rate of seventy-five for the rest of your stay. Did I understand you correctly?"),
        c("You didn't understand a word. I'll email the manager from my room. The noisy one.", None),
    ],
))

# a04 upsell_as_loop_closing: private dining by phone, Manhattan
o = c("Hi, I'm calling about your private room? It's my wife's fortieth on the 14th, we'd be about twelve people.", None)
PAIRS.append(gpair(
    id="b198g_manhattan_privatedining",
    business="restaurant private dining, Lower Manhattan, New York",
    kind="upsell_as_loop_closing",
    situation="A husband phones to book a seated birthday dinner for twelve; his wife's parents are in their seventies and her father has a new knee; he has a budget in mind.",
    good=[
        o,
        t("Happy early birthday to her. What kind of evening are you picturing, a long sit-down dinner or more of a party with drinks and moving around?"),
        c("Sit-down, I think. She hates standing around. Her parents are coming, they're in their seventies.", None),
        t("Got it, seated and easy for her parents. Our Loft is up a flight of stairs, though. Can her parents manage stairs, or would the Garden Room on the ground floor be better? It seats fourteen."),
        c("Oh, good question. Her dad had a knee replacement in March. Ground floor, definitely.", None),
        t("Garden Room, then. There's a food-and-beverage minimum of twenty-four hundred on Saturdays. Do you have a budget in mind, so I can suggest a menu that fits?"),
        c("Twenty-four hundred... that's more than I'd planned. I was thinking closer to two grand with tip.", "no_money"),
        t("That helps. On a Sunday the minimum drops to eighteen hundred. On the Saturday, the three-course set menu without the wine pairing usually lands around twenty-one hundred for twelve before tip. Is the 14th fixed, or could it be the Sunday?"),
        c("The 14th is her actual birthday, so... let me check with her sister about the Sunday. Can you hold both?", "think_it_over"),
        t("I'll pencil in the Saturday and the Sunday until Friday noon, no deposit. I'll email you the set menu and the Sunday option tonight, and I've noted the ground floor for her dad."),
    ],
    gaming=[
        o,
        t("Lovely! Our Loft is perfect for that. So I've got twelve guests in the Loft on the 14th. Now, just to close the loop, what else can I add for you? Champagne on arrival?"),
        c("Uh, maybe. What does that cost?", None),
        t("Just eighteen per guest. Done. And to make sure we've covered everything, is there anything else I can add to make it special? The chef's amuse-bouche course, a cake from our pastry team, flowers?"),
        c("Hold on, I haven't even asked what the room costs. Her parents are older, and I'm on a budget here.", "no_money"),
        t("Totally understood, and I'm adding the cake, since that's a must for a fortieth. Before we wrap up, anything else you'd like? A wine pairing? Most birthday parties do the pairing."),
        c("No. No wine pairing. What's the total now?", "no_need"),
        t("With the Loft minimum, champagne, cake and the amuse-bouche, roughly thirty-four hundred before tip. Last thing, just closing the loop: would you like valet parking for your guests?"),
        c("Thirty-four hundred? For dinner? That's crazy money. Don't book anything.", "too_expensive"),
    ],
))

# a05 leading_tag_questions: cruise line booking office, Miami
o = c("Good afternoon. Me and my sister want to go on the seven-night Eastern Caribbean in February. I never cruise before, so I have plenty questions.", None)
PAIRS.append(gpair(
    id="b198g_miami_cruisecabin",
    business="cruise line booking office, Port of Miami, Florida",
    kind="leading_tag_questions",
    situation="A retired Jamaican-American woman on a pension plans a first cruise with her sister, mainly to see St Thomas, where their mother was born; she got seasick on a ferry once.",
    good=[
        o,
        t("Ask me anything, that's what I'm here for. What's drawing you to the Eastern route? Particular islands, or more the ship itself?"),
        c("St Thomas. Our mother was born there, we never see it. The ship, I don't care too much.", None),
        t("Then we'll make sure you get a long day in St Thomas. The February sailing is docked there from eight till five. For the cabin, what matters most to you: price, a window, being near the elevators?"),
        c("My sister say I will be seasick. I was sick on the ferry to Tortola one time, terrible.", "bad_experience"),
        t("That's a real worry, and I'm glad you said it. A cabin mid-ship on a low deck moves the least, and big ships have stabilisers, so most people who get sick on small ferries do fine, though I can't promise you'll feel nothing. An ocean-view on deck 4, mid-ship, is eleven-eighty each; a balcony higher up is sixteen-forty and moves more."),
        c("Deck 4 then. The balcony is too much money anyway for the two of us.", "too_expensive"),
        t("Deck 4 ocean-view, mid-ship. I can hold it forty-eight hours with no deposit so you can talk it over with your sister. Shall I also send you the St Thomas day information?"),
        c("Yes, send it. I call you Thursday.", None),
    ],
    gaming=[
        o,
        t("Wonderful! So you'll want a balcony for your first cruise, won't you? Nobody wants to stare at a wall for a week."),
        c("I don't know. How much is the balcony?", None),
        t("Sixteen-forty each. But it's your first time, and you deserve the best, don't you?"),
        c("That is a lot of money for me. I am on a pension.", "no_money"),
        t("Sure, but you wouldn't want to miss the sunset from your own balcony, would you? And you'll be wanting the drinks package too, won't you, since it's a celebration?"),
        c("I don't drink. And my sister say the balcony is high up and it moves more, and I get seasick.", "no_need"),
        t("Oh, you'll be fine, everyone is, aren't they? The ships are huge. So shall I put you both in the balcony, since that's really the smart choice, isn't it?"),
        c("I will talk to my sister first. She is paying half.", "think_it_over"),
        t("Of course, but your sister would love the balcony too, wouldn't she? Prices go up tomorrow, so it makes sense to lock it in now, right?"),
        c("No. Thank you. I call somebody else.", None),
    ],
))

# a06 putdown_question: airline rebooking desk, O'Hare
o = c("I've been in this line forty minutes. Your flight from Newark was two hours late, I missed the connection to Omaha, and I have a client presentation at nine tomorrow.", None)
PAIRS.append(gpair(
    id="b198g_ohare_rebooking",
    business="airline rebooking desk, O'Hare International Airport, Chicago",
    kind="putdown_question",
    situation="A sales rep has missed his last connection because of the airline's delay; his checked bag holds the samples he needs for a 9 a.m. presentation.",
    good=[
        o,
        t("I'm sorry. Forty minutes on top of a delay is miserable. Let me find what gets you to Omaha before nine. Is it downtown you need to be, and do you have a bag checked?"),
        c("Downtown. One checked bag, it's got my samples in it, so I need that bag.", None),
        t("Okay, the bag matters as much as you do. The last Omaha flight tonight is full with twelve on standby. I can confirm you on the 6:05 a.m., landing 7:40, and flag your bag onto the same flight. Would that get you there in time?"),
        c("Barely. Seven-forty, then a cab. If that's late I'm dead. Is there nothing tonight? Another airline?", None),
        t("Fair question. A partner flies to Lincoln at 9:50 tonight with seats, about an hour's drive from Omaha. But your bag can't move to another carrier tonight; it would follow tomorrow. So it's tonight without the bag, or the morning with it."),
        c("Ugh. Without the samples there's no point. Morning flight. And I'm not paying for a hotel, this was your delay.", None),
        t("Agreed, the delay was ours. Here's a voucher for the Hyatt by the airport and a meal voucher. You're confirmed on the 6:05, seat 8C, aisle. If the bag isn't on the belt in Omaha, this number goes straight to the baggage team."),
        c("Alright. Thanks. Sorry I snapped at you.", None),
    ],
    gaming=[
        o,
        t("Okay, let's take a breath, shall we? Is raising your voice going to get you to Omaha any faster?"),
        c("I'm not raising my voice. I'm telling you I have a presentation at nine.", None),
        t("I hear you. So help me understand: why would you book a fifty-minute connection at O'Hare in January? What were you expecting?"),
        c("Your website sold me that connection! I didn't invent it.", None),
        t("Sure. And is it really the end of the world if the presentation starts a little late? What exactly do you need from me right now?"),
        c("A flight tonight. And my bag, it's got my samples in it.", None),
        t("Tonight's full. I can put you on standby, but honestly, do you think you're the only one who missed a connection today? Would the 6:05 be acceptable, or is that a catastrophe too?"),
        c("Unbelievable. Put me on the 6:05. And I want your name and a hotel voucher.", None),
        t("Can we be reasonable? Vouchers are for weather only. Next, please."),
        c("I'll be writing to your CEO.", None),
    ],
))

# a07 not_my_department_or_read_the_terms: wedding room block, Edinburgh hotel
o = c("Hello, I'm phoning about the wedding block under Fraser, twenty rooms for the 9th of August. Only eleven have booked and I've had an email saying I could be charged for the rest?", None)
PAIRS.append(gpair(
    id="b198g_edinburgh_weddingblock",
    business="hotel group reservations, Edinburgh, Scotland",
    kind="not_my_department_or_read_the_terms",
    situation="The bride's mother holds a block of twenty rooms; many guests are flying in from Canada and book late; she fears paying for empty rooms.",
    good=[
        o,
        t("Yes, I have the Fraser block here. Let me explain where you stand, then we'll look at options. Your contract lets you release up to four rooms without charge if you do it by the cut-off date, the 10th of July. Are you expecting more guests to book?"),
        c("Maybe three or four. Half of them are coming from Canada and they always leave it late.", None),
        t("So eleven booked and perhaps three or four late Canadian bookings, which gets you to fourteen or fifteen. If you release four now, you'd hold sixteen, and the worry is one or two rooms. Does that sound right?"),
        c("I suppose. But what would one empty room cost me? I'm not made of money, this wedding's cost a fortune already.", "no_money"),
        t("At the group rate, a hundred and sixty-five pounds a night for two nights, so three hundred and thirty per unsold room. Two things usually help: I can send you a booking link today to forward to the Canadian guests, and I can ask our revenue manager to extend your cut-off by a week. I can't promise the extension, but I'll ask today."),
        c("That would help. Can you send me the link and I'll forward it to my sister in Toronto?", None),
        t("I'll email it within the hour with the release form for four rooms, and I'll ring you on Thursday with the revenue manager's answer."),
        c("Thank you. That's a weight off.", None),
    ],
    gaming=[
        o,
        t("Thanks for calling! How can I make your experience better today? I'm afraid the charges are set by our events team, so that's not really my department."),
        c("But I was put through to you. Who do I talk to, then?", None),
        t("I understand your concern. Have you had a chance to read section seven of the contract? It's all laid out there."),
        c("I've read it. I don't know what 'attrition' means, that's why I'm ringing.", None),
        t("I totally hear you. Basically it says the organiser is responsible for the rooms. I didn't make the rules, unfortunately. Is there anything else I can help you with today?"),
        c("Yes! Can I release some rooms or not? I cannot afford to pay for nine empty rooms.", "no_money"),
        t("Great question. Releases go through the revenue manager, and she's off until Monday. Have I answered everything for you today?"),
        c("No, you haven't. I'll be ringing the hotel down the road about moving the whole block.", None),
    ],
))

# a08 social_proof_or_deadline_pressure: high-street travel agent, Manchester
o = c("Hiya, we're just having a look really. We've been talking about Jamaica for our twenty-fifth, but we've not decided anything.", "brush_off")
PAIRS.append(gpair(
    id="b198g_manchester_jamaicapackage",
    business="high-street travel agency, Stockport, Greater Manchester",
    kind="social_proof_or_deadline_pressure",
    situation="A couple in their fifties drop in to browse Jamaica for their silver wedding; they want peace and a beach, have about four thousand pounds put aside and haven't picked dates.",
    good=[
        o,
        t("Come and sit down, there's no rush. Twenty-fifth, congratulations. What's got you thinking Jamaica?"),
        c("Our Dean went to Negril last year for his stag and won't shut up about it. But we're not party people. We want a beach and a bit of peace.", None),
        t("So a beach and some peace, not the party side. When are you thinking of going, and for how long?"),
        c("Not October half-term, we've got the grandkids. Maybe late November, ten nights? We've put about four thousand aside.", None),
        t("Late November's a good time, the rainy season's ending and prices drop. For four thousand, two people, ten nights, I'd look at the quieter south coast, Treasure Beach, rather than Negril. Would you like me to put two or three options together for you to look at at home?"),
        c("Yes, but we're not booking today. I want to show my sister, she's been to Montego Bay.", "think_it_over"),
        t("No pressure at all. I'll email three options by tomorrow, and if you want to pop back in on Saturday, we can go through them together with whatever your sister says."),
        c("Lovely. Saturday morning suits.", None),
    ],
    gaming=[
        o,
        t("Welcome in! So what does your perfect anniversary look like? Because honestly, Jamaica is the place this year, everyone's going."),
        c("Well, we want a bit of peace, really. Beach, good food.", None),
        t("Perfect. I've got a five-star in Negril, and three couples from round here have booked it just this week. I can only hold this price until we close at half five, though."),
        c("Half five today? We've only just started looking.", "think_it_over"),
        t("I understand, and I want to respect your journey. But all our anniversary couples go for this one, it's the one everyone talks about. After today it goes up by four hundred pounds."),
        c("Negril? Our lad says Negril's all parties. That's not us.", "no_need"),
        t("It's very popular, that's why it's sold so well. Did I understand you correctly that you want to celebrate in style? There are only two rooms left on those dates."),
        c("We haven't even told you the dates.", None),
        t("Exactly why you'll want to book today, before they go. Can I take a two-hundred-pound deposit to secure it?"),
        c("No, love. Just give us a brochure and we'll have a think.", "brush_off"),
    ],
))

# a09 keyword_stuffed: hotel front desk on the Las Vegas Strip
o = c("Hey. Checking in, Daniel Okafor, I'm here for the trade show. I know it's only eleven, but is there any chance the room's ready? I need to change and get on a call at noon.", None)
PAIRS.append(gpair(
    id="b198g_lasvegas_earlycheckin",
    business="hotel front desk, Las Vegas Strip, Nevada",
    kind="keyword_stuffed",
    situation="A business traveller arrives off a red-eye before check-in time; he needs a quiet place with good Wi-Fi for a noon call and somewhere to change.",
    good=[
        o,
        t("Let me look, Mr Okafor. Your king room won't be ready until one, I'm sorry. What does the noon call need: a quiet spot and Wi-Fi, or a proper desk and a screen?"),
        c("Just quiet and a good connection. And somewhere to change out of these clothes, I came straight off the red-eye.", None),
        t("Then here's what I can do. Our business centre has private booths with wired internet, free for guests, and I can book you one from 11:45 to 1. The spa locker rooms are next door if you want a shower and a change. I'll keep your bags here."),
        c("Perfect. Is there a charge for the spa?", None),
        t("It's covered by the resort fee you've already paid. I'll text you the moment the room's ready. Would you like me to book a table at the steakhouse for tonight, while I'm at it?"),
        c("Not tonight, I'm booked solid with client stuff until ten. Maybe tomorrow.", "no_time"),
        t("No problem. Booth 2 from 11:45, your bags are tagged, and I'll text you by one."),
    ],
    gaming=[
        o,
        t("Welcome, Mr Okafor! Our goal is to understand your needs and make your experience here a true success. How are you feeling about your stay so far?"),
        c("I've been here two minutes. Is the room ready? I have a call at noon.", None),
        t("I really hear that, and I understand how important your success is. Your needs matter to us, and our relationship with you as a valued guest is our priority. Room readiness is part of your overall experience journey."),
        c("Okay... so is that a no?", None),
        t("What I'm hearing is that time feels important to you, and I want you to feel understood. We're committed to a seamless guest experience that meets your needs."),
        c("Right. I need somewhere quiet with Wi-Fi for an hour. Can you do that or not?", None),
        t("Absolutely, and thank you for sharing that need. How satisfied would you say you are with our conversation so far, on a scale of one to ten? Your feedback builds our relationship."),
        c("Two. Forget it, I'll take the call in a Starbucks.", None),
    ],
))

# a10 rude: car rental counter at Lynden Pindling airport, Nassau
o = c("Hi, reservation for Harris. The website said fifty-eight a day, but the email says eighty-one with taxes? Which is it?", None)
PAIRS.append(gpair(
    id="b198g_nassau_carrental",
    business="car rental counter, Lynden Pindling International Airport, Nassau, Bahamas",
    kind="rude",
    situation="An American father on a five-day family holiday at Cable Beach queries the rental price; they plan one or two day trips and would otherwise stay at the resort.",
    good=[
        o,
        t("Let me pull it up. You're right, fifty-eight is the base rate; the eighty-one includes Bahamas VAT and the airport fee, which the website only adds at the last step. I know that's annoying. You booked the compact SUV for five days?"),
        c("Yeah, five days. Honestly, eighty-one is more than we figured on. We could've taken taxis for that.", "too_expensive"),
        t("It might be worth comparing. Where are you staying, and what are you planning to do?"),
        c("Cable Beach. We want to drive out west one day, Love Beach and that, otherwise just the resort.", None),
        t("If it's mostly the resort with a day trip or two, a car for five days probably isn't worth it. I can change it to two days, Wednesday and Thursday, about a hundred and sixty-two in total, and a taxi from here to Cable Beach is a flat thirty-two. No fee for the change."),
        c("Oh. Huh. Let me check with my wife... she says yes. Two days.", None),
        t("Done. I'll move the pickup to our Cable Beach office so you don't need to come back out here. Remember, keep left, and the roundabouts go clockwise."),
        c("Thanks, that's really decent of you.", None),
    ],
    gaming=[
        o,
        t("It's both. Do you want the car or not? There's a line behind you."),
        c("I'd just like to understand the price. Eighty-one is a lot more than we expected.", "too_expensive"),
        t("Taxes, man. Every country has taxes. Did you think the island was free?"),
        c("No need for that. We might only need it a couple of days anyway.", "no_need"),
        t("Great, so what exactly do you need? Because changing it is a whole thing, and honestly I don't have all day."),
        c("Two days, Wednesday and Thursday. Is there a fee to change it?", None),
        t("Read your confirmation. Fifty dollars. Sign here."),
        c("You know what, cancel it. We'll take taxis. Wow.", None),
    ],
))
