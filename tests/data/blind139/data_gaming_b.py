"""blind139 gaming pairs 11-20."""
from common import c, gpair, t


def P(pid, biz, kind, sit, o, good, gaming):
    return gpair(pid, biz, kind, sit, [o] + good, [o] + gaming)


PAIRS = []

o = c("Hi there, we're getting married in June at Pollok House, about 90 guests. My fiance has a severe nut allergy (EpiPen), so that's the big thing. How do you handle allergies? Thanks, Eilidh", None)
PAIRS.append(P("b139g_glasgow_wedding_caterer_nuts", "wedding caterer, Glasgow", "ignored_customer",
"A bride emails a caterer; the groom has a severe nut allergy.", o, [
t("Hi Eilidh, congratulations, and thanks for saying it first. We aren't a nut-free kitchen, so for a severe allergy we'd make the whole menu nut-free, cook it on a cleaned day and label everything. Whole menu, or just his plate?"),
c("Whole menu please, he'll be eating off everyone's plates, ha. Does that cost more? We're at about 55 a head.", None),
t("No extra for nut-free. At 55 a head you'd get canapes and three courses. Would you both come to a tasting, with any questions from his allergy nurse?"),
c("Yes! Oh, the cake's from a bakery, not you.", None),
t("Then ask the bakery the same questions, and we'll keep the cake away from service until it's checked. I'll send tasting dates."),
], [
t("Hi Eilidh, thanks for reaching out! What's your vision for the day? What do you need the food to say about you as a couple?"),
c("Honestly, just that it's safe for Callum. Can you make it nut-free?", None),
t("Love that, a relaxed, fun feel! Our signature menu opens with satay chicken skewers and ends with praline semifreddo, which couples adore. How does that sound?"),
c("Satay and praline are both nuts. Did you read my email?", None),
t("Great point! Shall we add the pistachio macaron tower? Six pounds a head and amazing in photos. Anything else I can help with?"),
c("No thanks, we don't want any of that. We'll find someone who actually listens.", "no_need"),
]))

o = c("Hello, I'm ringing to book three nights in October. My husband's in a wheelchair, so I need to be sure about the room.", None)
PAIRS.append(P("b139g_lakes_hotel_wheelchair_room", "country hotel, Lake District", "repeated_questions",
"A woman in her seventies books three nights; her husband uses a large wheelchair.", o, [
t("Of course. What does he need - a level shower, wider doors, a certain bed height?"),
c("A wet room, he can't step into a bath. And the door at least eighty wide, his chair's a big one.", None),
t("Wet room, no bath, door eighty or more. Our ground-floor Loughrigg room has a wet room and an eighty-five door, 165 a night with breakfast. Which dates?"),
c("Twelfth to fifteenth. Oh, that's dearer than last time, but never mind.", None),
t("Booked. I'll email photos of the wet room and the path from the car park so you can check before you travel."),
c("That's very kind. Thank you, dear.", None),
], [
t("Absolutely, we love to help. So tell me, what are your husband's accessibility needs?"),
c("A wet room, he can't manage a bath. And the door needs to be eighty wide at least.", None),
t("Lovely. And in terms of his mobility, what would you say he needs from the room?"),
c("As I said. A wet room and a wide door.", None),
t("Got it. And so I fully understand, what does accessible mean for the two of you?"),
c("I've told you twice. I'm in the hospital car park and my ticket runs out in five minutes.", None),
t("Of course. So, thinking about the bathroom, what would work best for him?"),
c("Oh, for goodness' sake. I've no time for this now, I'll ring back later. Or ring the Wordsworth.", "no_time"),
]))

o = c("Hiya, yeah, I'm booking for me mate's hen - erm, twelve of us, like a brunch, Saturday before Easter?", None)
PAIRS.append(P("b139g_liverpool_hen_brunch", "bar and restaurant, Liverpool", "wrong_paraphrase",
"A young woman books a calm hen brunch for twelve; the bride is pregnant.", o, [
t("Hiya! Lovely. What sort of vibe is she after - big party, or calmer?"),
c("Calm, honestly, she's pregnant, she doesn't want everyone getting wrecked. Just nice food, nice photos.", None),
t("Calm, good food, pretty for photos, not a drinking do. The mezzanine has big windows, and there's a mocktail list. Bottomless is 35, or 22 for food and a mocktail."),
c("The twenty-two one, defo. Some of the girls are students.", None),
t("Twelve at 22, the mezzanine, Saturday 30th at twelve. Fifty pound deposit; shall I text you a link?"),
c("Yeah go on, ta!", None),
], [
t("Hiya! So what I'm hearing is you want a big boozy one, bottomless prosecco, a bit of a party - did I get that right?"),
c("Erm, no, I didn't say that. She's pregnant.", None),
t("Totally! So playing it back: you want the full package with the drag host, because it's the last big blowout. Is that right?"),
c("I never said that either. That's probably forty quid each, some of us are students, we've not got that.", "no_money"),
t("Brilliant, so budget's no issue as long as it's memorable, I'm hearing. Shall I put you down for the 55 package?"),
c("No, we don't want a package. Leave it.", "no_need"),
]))

o = c("Hello, sorry - um. My dad died on Sunday. Funeral's Friday at the crem, and he always drank in yours. Could we have the back room after?", None)
PAIRS.append(P("b139g_durham_pub_wake", "village pub, County Durham", "pitch_to_upset",
"A tearful woman books a wake for her father at his local; numbers and money are unsure.", o, [
t("I'm so sorry about your dad. Of course we'll look after you. Take your time. What was his name?"),
c("Ronnie. Ronnie Hall. He sat at the end of the bar every Thursday.", None),
t("I knew Ronnie - dominoes, always a joke. The back room's yours Friday. Do you know roughly how many, or shall we work it out later?"),
c("No idea. Twenty, could be eighty. And money's a bit... we're waiting on the insurance.", None),
t("That's fine. Sandwiches and tea for whoever comes, and you settle up after the insurance. I'll ring Thursday about numbers, pet."),
c("Thank you. He'd have liked that.", None),
], [
t("I'm sorry for your loss. So what's your vision for the celebration of life? We've three wake packages: Bronze, Silver and Gold with the hot buffet."),
c("I don't... I haven't thought. I just want somewhere for people to go.", None),
t("I hear you. Most families go Gold, 18 a head, takes the stress away. And an open bar tab makes a real statement, doesn't it?"),
c("We haven't got money for that. We're waiting on his insurance.", "no_money"),
t("Totally understand, we do payment plans. And have you thought about a memorial bench? I can get you ten percent off."),
c("I can't do this right now. I'll ring back.", "no_time"),
]))

o = c("Hello. I was on your tour to Loch Ness yesterday. The bus leave me at Culloden. I pay eighty pounds for taxi to Inverness.", None)
PAIRS.append(P("b139g_inverness_coach_left_behind", "coach day tours, Highlands", "blame",
"A Dutch visitor was left behind by a day tour and paid for a taxi.", o, [
t("I'm really sorry, that should never happen. What time did you get back to the car park?"),
c("The guide say fifteen past two. I come ten past two. The bus was gone.", None),
t("So you were back before the time you were given, and we'd left. That's on us. Do you have the taxi receipt?"),
c("Yes, a photo. I don't want big problem, only the money back.", None),
t("Email the photo to me and I'll refund the 80 pounds and half your fare today. I'll also speak to the driver about the headcount."),
c("OK. Thank you, this is fair.", None),
], [
t("I'm sorry to hear about your experience. Can I ask - did you listen carefully to the return time?"),
c("Yes. Fifteen past two. I was there ten past two.", None),
t("I understand. Our guides always say two o'clock, so maybe there was a misunderstanding with the English, yes?"),
c("No. My English is good. She said fifteen past. Other people heard it.", None),
t("I hear you. But being back on time is really your job, isn't it? How satisfied were you with the rest of the tour?"),
c("Not satisfied. I want my eighty pounds. And I write a review.", None),
]))

o = c("Hiya love, I'm ringing about tills. Ours keeps crashing on a Saturday night and I'm losing my mind, I am.", None)
PAIRS.append(P("b139g_swansea_pub_till_supplier", "till systems supplier to pubs, South Wales", "monologue",
"A Swansea landlady's till crashes on busy nights; she was stung by a long contract before.", o, [
t("Oh, that sounds stressful. When it crashes, what happens - freezes, loses tabs, switches off?"),
c("Freezes, then we lose the open tabs. Last Saturday I wrote them on beer mats, mun.", None),
t("So the real problem is losing tabs on your busiest night. Is it running on the wifi?"),
c("Yes, and the wifi drops when it's full. But I'm not signing one of them five-year contracts, the card machine people stung me.", "bad_experience"),
t("Fair enough. Ours keeps tabs on the till when the wifi drops, and it's monthly, 39, cancel any time. Could I bring one on a Tuesday for the staff to try?"),
c("Tuesday's tidy. Come at three, before the quiz lot.", None),
], [
t("Right, let me tell you about TillPro. Cloud-native, real-time stock, rotas, loyalty, table plans, customer analytics-"),
c("OK, but does it-", None),
t("-and kitchen screens, QR ordering, and the reporting suite gives you a real relationship with your data. What's your biggest challenge?"),
c("Crashing. On Saturdays. Like I said.", None),
t("Totally. So Pro is 89 a month on a five-year agreement, best value, hardware free, onboarding, and the app-"),
c("Five years? No chance, got stung like that before. I'll stick with the beer mats.", "bad_experience"),
]))

o = c("Hi, thanks for Saturday, the lemon one was amazing. We're still deciding, to be honest. Could you send the price for three tiers? Tom", None)
PAIRS.append(P("b139g_bath_wedding_cake", "wedding cake maker, Bath", "closing_as_open_question",
"A groom emails after a tasting; he has another baker to try and his partner wants a say.", o, [
t("Hi Tom, glad you enjoyed it. Three tiers of lemon for about 100 is 420 pounds. Still the simple white design with fresh flowers?"),
c("Still simple. We've another tasting next week with a different baker, and Sam wants a say too.", "think_it_over"),
t("Sensible, it's a big choice. I'll hold your date until the 20th, no deposit, and send a photo of a similar cake so Sam can see it."),
c("That would be great, thanks.", None),
t("Lovely. Good luck with the tasting, and say hi to Sam."),
], [
t("Hi Tom, great to hear! So what would it take for us to lock in your date with a deposit today?"),
c("Um, nothing really, we've got another tasting next week.", "think_it_over"),
t("Of course! And once that's done, how soon after would you like to pay the deposit - Monday or Tuesday?"),
c("We haven't decided on you yet. And honestly the other baker's about a hundred less.", "too_expensive"),
t("Totally fair. So what would need to be true for you to choose us, and shall I send the invoice so it's ready?"),
c("No invoice, thanks. We'll be in touch.", "brush_off"),
]))

o = c("Hello, I wonder if you can help. I'm after a long weekend in June with my dog, he's fourteen, bless him. Do you take dogs?", None)
PAIRS.append(P("b139g_norfolk_glamping_old_dog", "glamping site, Norfolk", "pitch_as_paraphrase",
"A retired woman wants a quiet, flat pitch for a weekend with her elderly dog.", o, [
t("We do, and we love an old boy. How is he on his legs - steps, a bit of a walk?"),
c("He's slow. No steps really. And not near the play area, children shrieking worries him.", None),
t("So flat, no steps, away from the children. Pitch 9 is a bell tent on level grass by the meadow, far end. 95 a night plus 10 for him."),
c("That sounds ideal. Is the loo close? At my age I'm up in the night.", None),
t("A compost loo forty steps away on a lit path. Which weekend?"),
c("The twentieth, Friday to Monday. Lovely.", None),
], [
t("We do! So what you need is our Deluxe Safari Lodge with the private hot tub at 210 a night, is that right?"),
c("Oh - no, I don't think so. I was thinking of a little bell tent.", "no_need"),
t("So what I'm hearing is you'd like the Lodge, with the decking and steps up to the hot tub, perfect for relaxing with your dog?"),
c("He can't do steps, dear. And two hundred a night is far too much on my pension.", "no_money"),
t("So to reflect back: it's about value, and the Lodge's extra comfort is worth the difference - did I capture that?"),
c("No, you didn't. I'll have a think and maybe ring somewhere else.", "think_it_over"),
]))

o = c("Hi, it's room 412. Um, my train's not till six tonight - any chance of a late checkout?", None)
PAIRS.append(P("b139g_kings_cross_hotel_late_checkout", "business hotel, London", "upsell_as_loop_closing",
"A nurse from Wales at a London conference asks for a late checkout before a six o'clock train.", o, [
t("Let me check. Housekeeping's quiet today, so two o'clock is free of charge. Would that do, or do you need longer?"),
c("Two's great. Could I leave my case after, and is there anywhere to freshen up before the train?", None),
t("Yes, we'll keep your case at the desk, and the gym showers are open to guests till ten, towels included."),
c("Perfect, that's all I need, diolch.", None),
t("You're welcome. Safe journey home."),
], [
t("Of course! Late checkout till two is 30 pounds. And to close the loop, what else can I add for you - breakfast in the room, the spa?"),
c("Oh, I thought it might be free. Thirty pounds for three hours? I'll just go at eleven.", "too_expensive"),
t("No problem! Anything else I can add - bag storage at 8, or our lounge pass so you've somewhere to wait?"),
c("Bag storage costs money? No thanks, I'll sit in the station.", "no_need"),
t("Lovely. And anything else? Our rail-and-room bundle saves loads on your next stay."),
c("I don't need a bundle, thanks.", "no_need"),
]))

o = c("Good morning. I am organising a day trip for thirty staff, from the warehouse in Livingston. Something in Scotland, nice, for the team.", None)
PAIRS.append(P("b139g_edinburgh_coach_staff_trip", "coach tour company, Edinburgh", "leading_tag_questions",
"A Polish HR manager books a staff day trip; some staff don't drink, the budget is fixed.", o, [
t("Good morning. What would your team enjoy - scenery, history, food and drink, walking?"),
c("Mixed. Some are Muslim, some do not drink, so not only whisky. Head office gives twelve hundred pounds, this is fixed.", None),
t("So mixed interests, not built on alcohol, within 1,200 for thirty. Stirling Castle and the Kelpies is 1,140 with entry, and the Kelpies cafe has halal food."),
c("This sounds good. But the Kelpies, is much walking? Two people have bad backs.", None),
t("Flat paths, and the coach parks close. I'll send the plan in writing for head office."),
c("Yes, please send. I must show my manager before I book.", "think_it_over"),
], [
t("Good morning! You'll want our Whisky Trail day, won't you? It's our most popular team day."),
c("Hm, some of my staff do not drink. Maybe not whisky.", "no_need"),
t("Sure, but they can sit out the tastings, can't they? Still a great bonding day, isn't it?"),
c("They do not drink for religion. And the price, how much?", None),
t("58 a head, so just over seventeen hundred. Head office can stretch a bit for a team day, can't they?"),
c("No, they cannot. Twelve hundred is the budget, it is fixed.", "no_money"),
t("You'd agree a great team deserves the best day, wouldn't you? Shall I put it in?"),
c("Please, just email the information. I will look.", "brush_off"),
]))
