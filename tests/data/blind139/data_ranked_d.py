"""blind139 ranked pairs d01-d10: two decent conversations, better is better."""
from common import c, rpair, t


def R(pid, sit, o, better, worse):
    return rpair(pid, sit, [o] + better, [o] + worse)


PAIRS = []

o = c("Good afternoon. I'd like to book a weekend for our fortieth anniversary, in September. It's a surprise for the wife.", None)
PAIRS.append(R("b139r_d01_windermere_hotel_anniversary",
"A man books a surprise ruby anniversary weekend at a Lakes hotel.", o, [
t("Forty years, congratulations! To get it right for her, what would she love most - the lake, good food, or just resting?"),
c("She's not one for a fuss. We came here on our honeymoon, actually, in 1985. She still talks about the view from the room.", None),
t("Oh, that's lovely. Do you remember which room, or which side of the building?"),
c("Top floor, looking down the lake. I doubt it's the same now.", None),
t("The top front rooms are still lake-view; 31 and 32 were the honeymoon rooms then. 31 is free the 20th and 21st, 210 a night with dinner. Shall I hold it and put a card from you in the room?"),
c("That's perfect. Yes, please hold it.", None),
], [
t("Congratulations! Our anniversary package is two nights, dinner, a bottle of fizz and late checkout, 420. Would that suit?"),
c("That sounds fine. Is there a view of the lake?", None),
t("Lake-view rooms are 30 a night extra. Which weekend?"),
c("The 20th. She likes the view, so yes, the lake.", None),
t("Booked: 20th and 21st, lake view, anniversary package. I'll email the confirmation."),
c("Thank you.", None),
]))

o = c("Hi, it's Kirsty. We viewed last month. We love it, but... I'm a bit worried about the day, with my mum and dad. They're divorced and it's not good.", None)
PAIRS.append(R("b139r_d02_perthshire_castle_wedding",
"A bride worries her divorced parents will clash at her castle wedding.", o, [
t("Thanks for telling me, Kirsty. That's a lot to carry. What worries you most - the ceremony, the meal, or the drinks in between?"),
c("The drinks reception. Everyone in one room for an hour and a half, my dad's new wife... it could kick off.", None),
t("So the long, loose bit is the risk. We can open the library and terrace as well as the hall, so there's room to drift apart, and the photographer can take family groups at set times. Would that help?"),
c("That would actually help a lot. Does the library cost extra?", None),
t("No charge. Shall we do a quick call with your photographer on Thursday to set the photo order?"),
c("Thursday I'm on a late shift, sorry. Could it be the weekend?", "no_time"),
t("Sunday at four, then. I'll let her know."),
], [
t("Oh, that's really common, don't worry. We'll do the seating plan so they're on different tables at the meal."),
c("Aye, that's good. It's more the drinks reception, though.", None),
t("We could cut the reception to forty-five minutes instead of ninety, so there's less time for anything to happen."),
c("Hmm, maybe. The photographer wanted the full ninety.", None),
t("She could do the group shots quickly. Shall I note a shorter reception?"),
c("I'll think about it and talk to Callum.", "think_it_over"),
]))

o = c("Aye, I'm thinking of getting rid of the cask, like. Pouring too much down the drain. Lager's easier.", None)
PAIRS.append(R("b139r_d03_gateshead_pub_cask_ale",
"A brewery rep visits a Gateshead landlord who wants to drop cask ale because of waste.", o, [
t("Fair enough, waste costs you. Before you decide - how many casks a week, and how long is one on once it's tapped?"),
c("One or two, but the last ones sat four, five days. Gone vinegary by the weekend.", None),
t("So people do drink it, the casks are just too big for your trade. Our 36-pint pins would be gone in two or three days. Would that keep the regulars happy?"),
c("The old lads would be made up. But pins cost more a pint, don't they?", "too_expensive"),
t("About 8p more, but you'd stop pouring ten or fifteen pints a cask away. Try two pins for a month and we'll compare your waste."),
c("Go on then, a month.", None),
], [
t("Understood, lots of pubs are cutting cask. I can swap that line to our craft lager, good margin, no waste."),
c("Aye, maybe. Some of the old lads will moan, mind.", None),
t("They usually come round. Or I can do a cheaper cask for the second pump."),
c("Cheaper's no good if it still goes off.", "no_need"),
t("True. Let's swap the line to lager and see how it goes for a month."),
c("Aye, fine.", None),
]))

o = c("Good morning, I'm phoning from Capel Salem. We're a hundred and fifty years old in May and we want a tea, for about sixty, now.", None)
PAIRS.append(R("b139r_d04_carmarthenshire_chapel_tea",
"An elderly chapel secretary orders an anniversary tea; four members are coeliac, the budget is small.", o, [
t("Congratulations, that's quite something. What sort of tea, and is there anything anyone can't eat?"),
c("Sandwiches, bara brith, Welsh cakes. Four are coeliac, proper coeliac, mind. And we've three hundred pounds.", None),
t("I'll be honest: our kitchen isn't gluten-free, so I can't promise their food is safe if we make it. I'd buy sealed gluten-free plates from a certified bakery in Carmarthen and serve them apart."),
c("Well, that's good of you to say. Will it push the price up?", None),
t("A little: 5.50 a head, so 330. Without the cream scones it's 295."),
c("Drop the scones. I'll take it to the committee Thursday.", "think_it_over"),
], [
t("Lovely! Our chapel tea is 5 a head: sandwiches, Welsh cakes, bara brith and scones. Any dietary needs?"),
c("Four are coeliac. Proper coeliac.", None),
t("No problem, we'll make gluten-free sandwiches for them."),
c("In the same kitchen? Last caterer did that, Mrs Rees was poorly for a week.", "bad_experience"),
t("We clean down well and keep them separate on the table. 300 for sixty."),
c("Well... I'll ask the committee.", "think_it_over"),
]))

o = c("Hello, I'm interested in the five-day Highlands tour in June. Me and the wife. Only I had a new hip in January.", None)
PAIRS.append(R("b139r_d05_scarborough_coach_highlands",
"A retired man with a new hip and a wife on a stick asks about a long coach tour.", o, [
t("Glad you're up and about. So I can check it suits you both: how far can you each walk, and are coach steps OK?"),
c("I'm fine on the flat, a mile maybe. The wife's on a stick, stairs are her trouble. And I've read some days are long.", None),
t("They are: day three is nine hours with a ferry. Loch Lomond and the Trossachs is gentler, shorter days, a hotel with a lift, 549 each instead of 629."),
c("Oh. I had my heart set on the Highlands, mind.", None),
t("Then a fair test is our Dales day trip in May, 45 pounds, to see how you both manage a long day before you book the Highlands."),
c("That's sensible. Put us down for the Dales.", None),
], [
t("Lovely. The Highlands tour is very popular. Our coaches have a kneeling step and the hotels are comfortable."),
c("And is there much walking?", None),
t("Some optional walks, you can stay on the coach. It's 629 each, 100 deposit."),
c("That's quite a bit. We went with another firm last year and the coach was a nightmare for her.", "bad_experience"),
t("Sorry to hear that. Our drivers will help her on and off. Shall I hold two seats for a week?"),
c("Hold them, I'll talk it over with her.", "think_it_over"),
]))

o = c("Hi, so, um, I've inherited my gran's cottage near Rhosneigr and I'm thinking about letting it, but I don't really know how any of it works.", None)
PAIRS.append(R("b139r_d06_anglesey_letting_agency",
"A young woman who inherited a cottage asks a letting agency how letting works.", o, [
t("Sorry about your gran. Before money - what do you want from it: income, keeping it in the family, using it yourself?"),
c("All three, honestly. I want August there, that's when we always went. And it has to at least pay its bills.", None),
t("So it covers its costs and you keep August. August pays best, so you'd earn maybe a fifth less, but with thirty weeks let it should clear its bills. Shall I visit and give you a proper figure?"),
c("Yes, please. What's your fee, though? Someone said twenty-five percent.", None),
t("Twenty percent, cleaning included. I'll bring a written estimate; no contract until you've seen it. Would Tuesday suit?"),
c("Not Tuesday, I'm working in Bangor all week. Next Friday?", "no_time"),
], [
t("Rhosneigr's very popular. Full management is twenty percent: bookings, cleaning, changeovers. Has it a sea view?"),
c("Sort of, from upstairs. Three bedrooms.", None),
t("Three bedrooms near the beach could take 1,600 a week in summer. I'll send our contract and a welcome pack list."),
c("Right. I'd want August for us, though.", None),
t("You can block weeks off, it just lowers the income. I'll send the forms."),
c("OK. I'll have a read and get back to you.", "think_it_over"),
]))

o = c("Hi, looking for a Christmas party for our team of 45 on Friday 12 December. What packages do you have? Thanks, Sean (Bright Ledger Accounting)", None)
PAIRS.append(R("b139r_d07_manchester_hotel_christmas_party",
"An office manager emails a Manchester hotel about a Christmas party; half the team is remote.", o, [
t("Hi Sean, thanks. Two questions so I send the right thing: is everyone local, or will some travel in, and is it a drinks-led night or a meal?"),
c("About twenty are remote, Leeds and Sheffield. A few don't drink, one's pregnant. Meal, then a bit of a dance.", None),
t("Then our Festive Dinner at 49 a head with a proper alcohol-free list, and rooms at 89 for anyone who'd rather not rush for the 23:15 to Leeds. Or finish the dance at 23:00."),
c("Great. Budget's about 3k for the evening, doable?", None),
t("45 at 49 is 2,205, leaving room for a bar tab. I'll hold the 12th ten days, no deposit, while you check with the partners."),
c("Perfect, please hold it.", None),
], [
t("Hi Sean, thanks for your email. Our Party Nights are 45 a head: three courses, DJ until 1am, half a bottle of wine each. Private dinners start at 55."),
c("Thanks. Some of the team don't drink, can the wine be swapped?", None),
t("Yes, we can swap it for a soft drink. I can hold the 12th for you."),
c("Great. I'll check with the partners and confirm next week.", "think_it_over"),
t("Lovely, I'll hold it until Friday."),
]))

o = c("hey do u have anything free 14th june, for 2", None)
PAIRS.append(R("b139r_d08_gower_glamping_birthday",
"A young man messages a Gower glamping site about his girlfriend's birthday.", o, [
t("Hey! We do. Special occasion, or just a weekend away? Helps me pick the right pod."),
c("her birthday. shes 25. she loves sunsets and hates camping lol", None),
t("Ha, then a real bed and a view west. The Cliff Pod has a proper bed and shower and faces the sunset over Rhossili. 145 a night, 2 nights min at weekends."),
c("290 is a lot tbh", "too_expensive"),
t("Fair. Sunday-Monday is 110 a night, same pod. Or the Meadow Pod Saturday at 115, but no sea."),
c("she'd want the sea. ill ask if she can get monday off", "think_it_over"),
], [
t("Hi! Three pods free on the 14th: Meadow (115), Woodland (120), Cliff (145). 2 nights min."),
c("whats the difference", None),
t("Meadow is near the facilities, Woodland is in the trees, Cliff has a sea view and its own shower."),
c("ok the cheap one is prob fine", None),
t("Great, shall I book the Meadow Pod for the 14th and 15th? 230."),
c("ye go on", None),
]))

o = c("Hi, room 208. Sorry to ring so late, but there's a thumping noise, it's been going an hour. I've a big presentation at nine.", None)
PAIRS.append(R("b139r_d09_glasgow_hotel_noise",
"A business guest rings reception at eleven at night about noise before a big morning.", o, [
t("Don't apologise. Is it music, voices, or more like a machine - and from above, or the side?"),
c("A kind of hum and thud. From the window wall, I think.", None),
t("That's likely the kitchen extractor below, it runs till midnight. I can move you to 415 on the quiet side now, with someone to bring your bags."),
c("Och, I've unpacked everything. Is there nothing else?", None),
t("I'll ask the kitchen to switch it off now, they're nearly done. If it's not quiet in ten minutes, ring me and a porter will move you."),
c("OK, let's try that. Thanks.", None),
], [
t("I'm so sorry. I'll send the duty manager up to have a listen."),
c("Right, thanks. It's a thud, quite loud.", None),
t("He'll be there in ten minutes. If it's still bad, we can move you."),
c("I've unpacked, I don't really want to move.", None),
t("OK, he'll see what he can do. And I'll take 20 off your bill."),
c("Fine. Thanks.", None),
]))

o = c("Hello, you left a message. I'm not really a computer person. I run a B&B with four rooms in Whitby.", None)
PAIRS.append(R("b139r_d10_whitby_bnb_booking_software",
"A booking-software seller calls back a B&B owner in her sixties who has double-booked twice.", o, [
t("Thanks for ringing back. I won't assume you need anything. How do you take bookings now?"),
c("A diary, the phone, and Booking.com. Twice this year I've double-booked, someone booked online while I was writing in the diary.", None),
t("So the trouble is two places that don't talk. Ours can simply close dates on Booking.com when you take a phone booking, nothing more if you'd rather."),
c("I'm worried I'll mess it up. My son set up the website and I never touch it.", None),
t("Fair enough. I'd come for an hour, set it up on your laptop, and you'd use it free for a month before the 25. If you don't like it, you keep the diary."),
c("Well, a month free, I can't lose. When can you come?", None),
], [
t("Thanks for ringing back. Ours is 25 a month: channel manager, online payments, automatic emails, reviews. It stops double bookings."),
c("I did double-book twice this year, mind.", None),
t("It's very easy, there are videos online. Most owners set it up in an afternoon."),
c("I've no time for videos, I've breakfasts to do. And twenty-five a month is a lot for four rooms.", "too_expensive"),
t("It pays for itself with one saved booking. I'll email the sign-up link."),
c("Send it and I'll look.", "brush_off"),
]))
