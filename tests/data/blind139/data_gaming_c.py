"""blind139 gaming pairs 21-30."""
from common import c, gpair, t


def P(pid, biz, kind, sit, o, good, gaming):
    return gpair(pid, biz, kind, sit, [o] + good, [o] + gaming)


PAIRS = []

o = c("Morning. I'm ringing about the christening buffet yesterday. It was forty minutes late and a platter short, man. I was mortified.", None)
PAIRS.append(P("b139g_sunderland_caterer_short_buffet", "party caterer, Sunderland", "putdown_question",
"A mum rings the day after her son's christening; the buffet came late and a platter short.", o, [
t("I'm sorry, that's not acceptable on a day like that. What was missing, and what happened when the driver came?"),
c("The chicken platter. He said it must be in the other van. Bairns starving, and my mam had to nip to Greggs.", None),
t("So forty minutes late, no chicken platter, and your mam went out for food. I'll refund the platter and a third of the delivery charge. Does that feel fair?"),
c("I mean... it's a start. I'd not use yous again, to be honest.", "bad_experience"),
t("Understandable. I'll also send you the driver's log, so you know it wasn't brushed under the carpet."),
c("Aye, OK. Ta.", None),
], [
t("Right. Isn't forty minutes fairly normal for a Saturday, though? What exactly was the problem?"),
c("The problem was a house full of hungry bairns and no chicken platter at all.", None),
t("And did you definitely order the chicken? People often think they've ordered things they haven't. Order number?"),
c("It's on your own email. SR-4417. Chicken platter, twenty-four pound.", None),
t("OK, I see it. Are you sure it wasn't just eaten fast and you missed it? How would you rate our service overall?"),
c("Are you having a laugh? This is going on Facebook.", None),
]))

o = c("Hello, is that the cottage people? Mr Hughes, in Bryn Derw. The heating's gone off, boiler's flashing red, and it's perishing here, mind.", None)
PAIRS.append(P("b139g_conwy_valley_cottage_heating", "holiday cottage agency, North Wales", "not_my_department_or_read_the_terms",
"An older couple ring on a November Saturday night; the cottage heating has failed.", o, [
t("Oh no, Mr Hughes, not in November. Are you both all right? What code is on the boiler?"),
c("It says F28. My wife's seventy-eight, she's sat in her coat.", None),
t("F28 usually means no gas getting through. Is there a card meter by the back door, and does it show credit?"),
c("Hang on... yes, the meter... it says zero. Duw, duw.", None),
t("That's our fault, it should have been topped up. Gareth, our engineer, lives in Llanrwst; he'll bring a top-up and two heaters within the hour. I'll ring you at eight to check."),
c("Diolch, that's very good of you.", None),
], [
t("Thanks for calling, Mr Hughes, I completely understand how you feel. Unfortunately boilers aren't our department, that's the owner."),
c("Well, how do I get the owner? It's Saturday night.", None),
t("I hear you. The owner's number is in the welcome folder. And if you read the terms, we're booking agents only, we don't do maintenance."),
c("I've rung it three times, no answer. We're in our seventies and it's five degrees in here.", None),
t("I'm sorry, I didn't make the rules. Is there anything else I can help with tonight?"),
c("Anything else? Unbelievable. We'll go to a hotel, and you'll be hearing from us.", None),
]))

o = c("Aye, hello. I'm looking into a golf break for eight of us from the Carnoustie seniors. Three nights in April.", None)
PAIRS.append(P("b139g_fife_golf_hotel_seniors", "golf hotel, Fife", "social_proof_or_deadline_pressure",
"A man in his sixties asks about a break for eight club seniors; the committee must agree the spend.", o, [
t("Hello. What do the lads want most - playing the Old Course, or a comfortable few days on easier links?"),
c("Honestly, half of them cannae walk eighteen holes now. Buggies are a must, and a decent dinner.", None),
t("Then not the Old Course, no buggies without a medical note. Our Dukes package has buggies, two rounds and dinners: 465 each, three nights."),
c("Four sixty-five... that's a wee bit steep for some of the boys on pensions.", "too_expensive"),
t("Understood. Two nights and one round is 310. I'll email both for your committee, no hold fee till month end."),
c("Good man. I'll put it to them on Tuesday.", "think_it_over"),
], [
t("Great! What's the dream trip? Honestly, every senior section in Angus is booking with us this year, we're nearly full."),
c("Is that right. Well, we need buggies, half of them cannae walk eighteen holes.", None),
t("Perfect, the Premier package: 520 each, buggies included. But I can only hold that price till five today, then it's 580."),
c("I cannae book anything till the committee meets on Tuesday.", "think_it_over"),
t("Totally understand. Just so you know, Arbroath seniors booked yesterday without a committee. Shall I take a deposit to be safe?"),
c("Arbroath can do what they like. I'm no being hurried. Send the details and I'll see.", "brush_off"),
]))

o = c("Hi, we love your venue but need to know one thing before we visit: can we bring our own caterer? My fiance's family run a Punjabi restaurant in Birmingham and it would mean a lot to them. Priya & Dan", None)
PAIRS.append(P("b139g_chester_venue_own_caterer", "country house wedding venue, Cheshire", "keyword_stuffed",
"A couple email a venue to ask whether the groom's family restaurant can cater.", o, [
t("Hi Priya and Dan, thanks for asking straight away. Yes: outside caterers pay 12 a head for the kitchen and our staff, and need public liability cover and a hygiene rating of 4 or 5. Would they cook here or bring food in hot?"),
c("Probably a mix, they'd want the breads fresh. Is the kitchen big enough for tandoor stuff?", None),
t("No tandoor, but caterers have used portable ones in the yard. Could his family come on the visit to see the kitchen? Saturday?"),
c("Saturdays they're flat out at the restaurant, obviously. Could it be a Monday?", "no_time"),
t("Monday works. I'll send three Mondays in March and our caterer checklist."),
c("Brilliant, thank you!", None),
], [
t("Hi Priya and Dan! We truly understand how important your wedding experience is, and our team is passionate about building a relationship with every couple and understanding their needs."),
c("Thanks. But can we bring our own caterer? That's the question.", None),
t("Great question! Understanding your needs is key to a successful day. Our in-house culinary team deliver an exceptional guest experience that exceeds expectations."),
c("So is that a no? His family's restaurant would be doing it.", None),
t("We understand how you feel. Your success is our success, and we'd love to explore your needs at a viewing. Anything else we can help with?"),
c("We'll look elsewhere, thanks.", None),
]))

o = c("Hello? Hello, is that the coaches? I want to book two seats on the Scarborough trip, for me and my neighbour.", None)
PAIRS.append(P("b139g_hull_coach_day_trip", "coach day trips, East Yorkshire", "rude",
"A man in his eighties, hard of hearing, books two seats and wants to pay by cheque.", o, [
t("Hello, yes. Two seats to Scarborough. Which date, love?"),
c("Pardon? Sorry, me hearing's not good.", None),
t("No problem. WHICH DATE - the Tuesday or the Thursday?"),
c("Oh, Thursday. Can I pay by cheque? I got done on the computer once.", None),
t("Cheques are fine. 24 each, so 48, to Humber Coaches. I'll post you a form with the pick-up time written big."),
c("Oh, you're very good. Thank you.", None),
], [
t("Yes. Which date. Quickly please, there's a queue."),
c("Pardon? Sorry, me hearing's not so good.", None),
t("Oh, for heaven's sake. WHICH. DATE. Tuesday or Thursday? It's all on the website, you know."),
c("I haven't got the computer. Thursday. Can I pay by cheque?", None),
t("Cheque? What year is it? Card only. Get your neighbour to do it online, she'll manage, won't she?"),
c("I was only asking. I'll not bother, thank you.", None),
]))

o = c("Hi, I'm head of housekeeping at the Crescent in Harrogate. Our laundry's letting us down and I want to know what you'd do differently.", None)
PAIRS.append(P("b139g_harrogate_hotel_laundry_supplier", "commercial laundry for hotels, Yorkshire", "ignored_customer",
"A hotel housekeeper wants a new laundry: grey sheets, late drops, needs daily delivery.", o, [
t("Thanks for calling. What's going wrong with the current one, specifically?"),
c("Sheets come back greyish, and twice this month they were late, so rooms weren't ready at three. Guests complained.", None),
t("So colour and reliability, and late drops cost you check-in. Where do they wash, how far away?"),
c("Leeds, we're one of their last drops. But I've had three laundries in five years and they all start well.", "bad_experience"),
t("Fair to be wary. We're in Knaresborough, you'd be a first drop by eleven. Rather than promise, let's trial one floor for two weeks and you judge the whites."),
c("A trial I can do. Send me the terms.", None),
], [
t("Thanks for calling! Tell me, what are your biggest laundry challenges right now?"),
c("Grey sheets and late drops. Rooms not ready at three.", None),
t("Great, thanks for sharing. Our most popular plan is a twelve-month contract with weekly collection on Fridays."),
c("Weekly? We need daily. That's exactly the problem, we run out.", None),
t("Perfect. And how do you currently feel about your supplier relationship?"),
c("I've just told you. Grey, late, and we run out. Are you listening?", None),
t("Absolutely. So shall I send over the twelve-month weekly contract?"),
c("No. Weekly is no use to us.", "no_need"),
]))

o = c("Hiya, we're getting married at the registry office on the 3rd of August and we want a hall for a ceilidh after. About a hundred and twenty.", None)
PAIRS.append(P("b139g_dundee_ceilidh_hall", "function hall, Dundee", "repeated_questions",
"A young couple want a hall for a ceilidh; band booked, stovies at nine.", o, [
t("Congratulations! The 3rd is free. Have you got a band, and will you want food?"),
c("Band's booked, pals of ours. Food, just stovies at nine. And a bar.", None),
t("So 120, your own band, stovies at nine, a bar. The hall's 550 with the bar, stovies are 5 a head. The band finishes by midnight."),
c("Midnight's fine. Five a head, that's six hundred for stovies, hmm. Can we no bring our own?", "too_expensive"),
t("You can, from a registered kitchen. Or we do stovies and oatcakes at 3.50. Shall I send both?"),
c("Aye, send both, ta.", None),
], [
t("Congratulations! So tell me, what's your vision for the evening?"),
c("A ceilidh. Our pals' band. Stovies at nine.", None),
t("Love it. And what kind of atmosphere are you hoping to create for your guests?"),
c("Eh... a ceilidh. Dancing. Like I said.", None),
t("Great. And how do you picture the evening unfolding, what's the feel?"),
c("Are you reading that off a card? Ceilidh, band, stovies. What's the price?", None),
t("Of course! Just before that - what would make the night feel really special for you?"),
c("Forget it. We'll ring the Marryat Hall.", None),
]))

o = c("Hello bach, I'm phoning about a caravan for half-term. It's me and the two grandchildren, eight and eleven. I don't drive, mind.", None)
PAIRS.append(P("b139g_pembrokeshire_caravan_gran", "caravan park, Pembrokeshire", "wrong_paraphrase",
"A Welsh grandmother who doesn't drive books four nights with two grandchildren.", o, [
t("Lovely. As you don't drive, how will you get here - bus, train, or someone dropping you?"),
c("My daughter's dropping us Saturday and fetching us Wednesday. So the shop and beach need to be walking.", None),
t("So four nights, no car, shop and beach on foot. Our Gorse caravans are five minutes from both. Two bedrooms, 260 for four nights."),
c("That's a bit more than I'd like, with the pool passes on top, is it.", "too_expensive"),
t("Pool passes are included at half-term. A Silver caravan is 230 - a bit older, same spot."),
c("Silver will do lovely. Book it in, bach.", None),
], [
t("Lovely! So what I'm hearing is you'll be driving down and want a car space by the caravan, yes?"),
c("No, I said I don't drive.", None),
t("Sorry! So to play back: it's a week, and you want the premium lodge with the hot tub for the teenagers?"),
c("They're eight and eleven. And it's four nights. Are you listening at all?", None),
t("Absolutely! So the lodge at 640, and you said budget wasn't a worry?"),
c("I never said that. Six hundred and forty? I'm a pensioner, I haven't got that.", "no_money"),
t("Understood. So shall I book the lodge, Saturday to Saturday?"),
c("No. I'll ask my daughter to look online for me.", "think_it_over"),
]))

o = c("Hi. I need to... sorry. I need to cancel my wedding. June the 14th. He's called it off.", None)
PAIRS.append(P("b139g_lancaster_hotel_cancelled_wedding", "hotel wedding venue, Lancashire", "pitch_to_upset",
"A distressed woman rings to cancel her wedding; her mother paid the deposit.", o, [
t("Oh, I'm so sorry. Take your time, there's no rush. Can I take your name and look at the booking?"),
c("Hannah Pierce. Sorry. My mum paid the deposit, three thousand, and I feel sick about it.", None),
t("Please don't apologise. As it's over eight weeks away, half the deposit comes back, and if we rebook the date we can refund more. I'll try to fill it."),
c("Really? That would mean a lot to my mum.", None),
t("I'll email the cancellation in writing today, so you don't have to explain it to anyone here again."),
c("Thank you for being kind.", None),
], [
t("I'm so sorry to hear that. Have you thought about keeping the date as a celebration anyway? Lots of people do a party in our Orangery."),
c("What? No. I just need to cancel.", "no_need"),
t("Totally hear you. Or move the date to next year and keep the deposit working for you - our 2026 packages have a spa upgrade for the bride."),
c("There's no wedding. There's no bride. My mum paid three thousand and I just want to know what we get back.", None),
t("I understand. What would it take to keep a booking with us in some form? We do lovely milestone birthdays."),
c("I can't talk to you. Put me through to a manager.", None),
]))

o = c("Hi, I've got a booking, Chloe Adeyemi? I booked through HotelHop last week. I've got the confirmation, look.", None)
PAIRS.append(P("b139g_nottingham_hotel_lost_booking", "city hotel, Nottingham", "blame",
"A student arrives at eleven at night; the hotel has no record of her comparison-site booking.", o, [
t("Thanks, Chloe. I can't see it on our system, I'm sorry. Can I see the confirmation?"),
c("Here. I paid forty-nine pound. My phone's on four percent, I'm panicking a bit.", None),
t("Let's get your phone charging - here's a cable. Your booking's real; the site sometimes doesn't pass it on. You're staying here tonight at that price, and I'll sort HotelHop tomorrow."),
c("Oh my God, thank you. Will I get charged twice?", None),
t("No. I'll note you've paid and leave a message for the morning manager."),
c("Thank you so much.", None),
], [
t("Hi Chloe! I can't see it. Did you definitely click confirm? People often miss that last step."),
c("The confirmation email's right here. And the money's gone out of my account.", None),
t("I hear you. But you booked through a third party, so really you took that risk. Book direct and this wouldn't happen, would it?"),
c("I just want a room. My phone's nearly dead and it's eleven at night.", None),
t("Understood. There's a room at 119, the walk-in rate. You'll have to take it up with HotelHop, it's the booking you chose."),
c("A hundred and nineteen? I'm a student, I can't pay that on top.", "no_money"),
]))
