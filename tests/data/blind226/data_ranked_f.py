"""Ranked pairs f01-f10 of blind226 (hand-written): both sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer: Stirling hotel, disputed minibar charge at checkout
c1 = c("Hi, checking out, room 22. There's a minibar charge here, twelve pounds. We didn't touch the minibar.", None)
t1 = t("Let me have a look. It says two bottles of beer, logged yesterday at about four. Were you in the room around then?")
c2 = c("No, we were up at the castle all afternoon. And neither of us drinks beer.", None)
t2 = t("Thanks. The fridge has sensors, so if someone lifts a bottle out and puts it back, it can log a sale. Housekeeping were in your room at about that time.")
c3 = c("Well, I certainly didn't move them. Can you take it off?", None)
t3_good = t("Yes, of course, it's gone. Your total is now two hundred and sixty pounds. Sorry for the bother.")
c4_good = c("No bother. Thanks for sorting it so quickly.", None)
t3_bad = t("I could, but honestly the sensors are usually right, and the system says two beers. I'd say that charge is probably correct.")
c4_bad = c("Probably? I've told you we don't drink beer. I'm not paying twelve pounds for something we didn't have. Take it off or get me the manager.", None)
PAIRS.append(rpair(
    "b226r_f01_stirling_minibar",
    "A guest disputes a minibar charge at checkout in a Stirling hotel. Fault in worse: the trainee argues the charge is probably right after the customer has explained.",
    better=[c1, t1, c2, t2, c3, t3_good, c4_good],
    worse=[c1, t1, c2, t2, c3, t3_bad, c4_bad],
))

# f02 doubts the customer's honesty: Rotorua cultural evening, family tickets
c1 = c("Kia ora, we'd like tickets for tonight's hāngī and concert. Two adults and two kids.", None)
t1 = t("Kia ora, lovely. The evening is $135 for adults and $70 for children from five to twelve. How old are the kids?")
c2 = c("Eleven and seven. Is there a family price? It's a lot for one evening, with four of us.", "too_expensive")
t2 = t("There is. The family pass, two adults and up to three kids, is $380, which saves you $30. It includes the guided village walk, the concert and the hāngī buffet.")
c3 = c("Okay, that's a bit better. Yes, the family one then.", None)
t3_good = t("Great. The bus picks you up from your motel at quarter past five, and the kids can sit at the front for the haka if they like.")
c4_good = c("Oh, Liam will love that. Thanks.", None)
t3_bad = t("Great. Although your eldest looks more like thirteen to me. Have you got anything that shows his age? People do try it on.")
c4_bad = c("Excuse me? He's tall for his age. I'm not carrying his birth certificate round Rotorua. Forget it.", None)
PAIRS.append(rpair(
    "b226r_f02_rotorua_hangi",
    "A mother from Hamilton buys family tickets for a cultural evening in Rotorua. Fault in worse: the trainee doubts her word about her son's age.",
    better=[c1, t1, c2, t2, c3, t3_good, c4_good],
    worse=[c1, t1, c2, t2, c3, t3_bad, c4_bad],
))

# f03 drops the price before asking anything: Whistler rental shop, five Australians for a week
c1 = c("Hey, there's five of us, here for a week, we need skis and boards. What's the damage?", None)
t1_good = t("Welcome! How many skiing and how many on boards, and what sort of level? First-timers, or have you done a few seasons?")
c2_good = c("Three ski, two board. Two of us are beginners, the other three have done a few seasons in Japan.", None)
t1_bad = t("For five of you for a week I can knock fifteen percent off straight away, so $39 a day each instead of $46.")
c2_bad = c("Oh, sweet, cheaper already, and we didn't even ask! Three ski, two board. Two of us are beginners, the other three have done a few seasons in Japan.", None)
t2 = t("Okay, so the two beginners on softer, forgiving gear, and the three of you who've skied Japan on all-mountain gear that handles powder. Do you want helmets as well?")
c3 = c("Helmets, yeah. Is the all-mountain stuff dearer? We're on a backpacker budget, to be honest.", None)
t3 = t("It's $10 a day more. If the forecast stays dry you won't need it, so you could start on standard skis and swap any day there's fresh snow, no charge.")
c4 = c("Legend. Let's do that.", None)
PAIRS.append(rpair(
    "b226r_f03_whistler_rentals",
    "Five Australian friends want a week's ski and snowboard hire in Whistler. Fault in worse: the trainee offers a discount before asking anything.",
    better=[c1, t1_good, c2_good, t2, c3, t3, c4],
    worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
))

# f04 an unasked lecture: dolphin boat trip kiosk, New Quay, Ceredigion
c1 = c("Hi, two adults for the one-hour dolphin trip at two, please. Are we likely to see any?", None)
t1 = t("Good chance this time of year. Most trips see bottlenose dolphins, though it's never guaranteed. It's eighteen pounds each. Have you been out on a boat to see them before?")
c2 = c("Not here. We did one in Cornwall last year and saw nothing but seagulls, so I'm half expecting the same, to be honest.", "bad_experience")
t2_good = t("Ah, that's a shame. We go out slowly and wait where they feed, which helps, and if you see nothing you can come again free this week. Bring a jacket, it's colder on the water.")
c3_good = c("Oh, that's good to know. Two tickets, then.", None)
t2_bad = t("Well, Cornwall's different. A lot of operators down there chase the dolphins, which breaks the marine code and stresses the animals. Boats are meant to keep their distance, and if people learned a bit about marine wildlife before they booked, they'd understand why it's not a zoo out there.")
c3_bad = c("Okay... I only asked if we'd see any. Just the two tickets, please.", None)
t3 = t("Here you go, two for two o'clock. Boarding is from the harbour steps at quarter to.")
PAIRS.append(rpair(
    "b226r_f04_newquay_dolphins",
    "A couple buy tickets for a dolphin-watching trip in New Quay. Fault in worse: an unasked lecture on marine wildlife rules.",
    better=[c1, t1, c2, t2_good, c3_good, t3],
    worse=[c1, t1, c2, t2_bad, c3_bad, t3],
))

# f05 a vague next step: Montreal hotel restaurant, private business dinner for ten
c1 = c("Hello, I would like to arrange a dinner for ten on Thursday, clients from Germany. Do you have a private room in the restaurant?", None)
t1 = t("We have the salon at the back, it seats twelve. What time on Thursday, and does the evening need anything, a screen, speeches, a set menu?")
c2 = c("Seven-thirty. No screen, only a quiet room where people can talk. A set menu would be good. The budget is about a hundred dollars a person, before wine.", None)
t2 = t("That works. For a hundred we do three courses with a choice of two mains. The salon has a tentative hold from another group for Thursday, so I need to check whether they're confirming.")
c3 = c("I need to know soon. I must send the invitations tomorrow morning.", None)
t3_good = t("Understood. I'll call the other group by two o'clock today, and I'll email you by four with a yes or no. If it's no, I'll include our other private space, the wine cellar, with photos, so you can still send invitations tomorrow.")
c4_good = c("Perfect, four o'clock. Thank you.", None)
t3_bad = t("Understood. We'll look into it and let you know as soon as we hear something.")
c4_bad = c("As soon as... when is that? I need to send invitations tomorrow. I think I will start calling other restaurants this afternoon.", None)
PAIRS.append(rpair(
    "b226r_f05_montreal_privatedinner",
    "A German-speaking manager in Montreal books a private client dinner at the hotel restaurant. Fault in worse: a vague next step with no time or owner.",
    better=[c1, t1, c2, t2, c3, t3_good, c4_good],
    worse=[c1, t1, c2, t2, c3, t3_bad, c4_bad],
))

# f06 over-promises: B&B on the harbour in Portree, Skye, a sixtieth-birthday booking
c1 = c("Hello, I'm looking to book two nights in late September, a room with a sea view if you have one.", None)
t1 = t("We have one sea-view double, room 4, looking over the harbour. The 24th and 25th are free. It's a hundred and twenty pounds a night with breakfast. Is it a special trip?")
c2 = c("It's a bit more than we'd planned, but it's my wife's sixtieth. She's always wanted to see the northern lights. Is Skye any good for that?", "too_expensive")
t2_good = t("It can be: the harbour faces north, and September's a decent month. But it depends on solar activity and clear skies, and honestly most September guests don't see them. Sign up for an aurora alert app, and if they show I'll knock on your door.")
c3_good = c("That's honest. Better than being promised it, I suppose. We'll book it anyway.", None)
t2_bad = t("Oh, absolutely, late September's perfect. You'll see them from the room, I can pretty much promise you that. Guests see them all the time.")
c3_bad = c("Really? Oh, that's wonderful, I'll tell her it's a sure thing, then. We'll book it.", None)
t3 = t("Lovely. I'll need a card for the first night's deposit, and I'll send the confirmation this afternoon.")
PAIRS.append(rpair(
    "b226r_f06_portree_seaview",
    "A man from Dundee books a sea-view room on Skye for his wife's sixtieth and asks about the northern lights. Fault in worse: the trainee over-promises that they will see them.",
    better=[c1, t1, c2, t2_good, c3_good, t3],
    worse=[c1, t1, c2, t2_bad, c3_bad, t3],
))

# f07 closes before checking it fits: kayak company near Abel Tasman National Park, family of four
c1 = c("Hi! We're in Nelson for a few days and we'd love to kayak in the Abel Tasman. Family of four. What have you got?", None)
t1 = t("Lots! The most popular is the full-day guided trip: water taxi up the coast, paddle back past the seal colony, lunch on a beach. It's $245 for adults and $195 for kids.")
c2 = c("Ooh, that sounds amazing. Pricey, though, for four of us... that's nearly nine hundred.", "too_expensive")
t2_good = t("It's a big day out. Before we go any further, how old are the kids, and how are they in the water?")
c3_good = c("Six and ten. Both swim, the ten-year-old's really good.", None)
t2_bad = t("It's worth every cent, it's the best day on the coast. Shall I book the four of you for Thursday? I just need a card.")
c3_bad = c("Hang on, our youngest is six, and she's not a strong swimmer. Is that even okay?", None)
t3 = t("Thanks. For the full day the minimum age is eight, so for your six-year-old the half-day family paddle is the better fit. She'd sit in a triple kayak with a parent. It's $150 for adults and $95 for kids, about $490 for the four of you.")
c4 = c("Half a day's probably plenty for her anyway, and that's a lot easier on the wallet. Let's do that, Thursday.", None)
PAIRS.append(rpair(
    "b226r_f07_abeltasman_kayak",
    "A family on holiday in Nelson ask about sea kayaking. Fault in worse: the trainee asks for the card before checking whether the trip suits the children.",
    better=[c1, t1, c2, t2_good, c3_good, t3, c4],
    worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
))

# f08 recommends before asking: downtown Vancouver hotel concierge, business traveller with a free afternoon
c1 = c("Hi. I've got a free afternoon, about four hours before a dinner at seven. What should I do in Vancouver?", None)
t1_good = t("Nice to have a gap. What do you enjoy when you travel: outdoors, food, art? And are you up for walking?")
c2_good = c("Honestly, I sit all day, I'd like to walk. But my knee's bad on hills, and I'm in a suit and dress shoes.", None)
t1_bad = t("You have to do Grouse Mountain. Take the Skyride up, do the Grouse Grind if you're keen, amazing views. I'll get you a cab.")
c2_bad = c("The Grind? I'm in dress shoes and my knee's bad on hills. I'd just like a flat walk, honestly.", "no_need")
t2 = t("Then the seawall in Stanley Park is perfect: flat, paved, right on the water, and you can do as much or as little as you like. There's bike rental at the entrance if your knee tires, about $15 an hour. It's ten minutes by cab.")
c3 = c("Flat and on the water sounds good. I'll skip the bike, though.", "no_need")
t3 = t("Sure. I'll have the doorman call you a cab, and I've noted your dinner's at seven, so aim to be back by six to change.")
PAIRS.append(rpair(
    "b226r_f08_vancouver_freeafternoon",
    "A business traveller from Houston asks the concierge how to spend four free hours. Fault in worse: the trainee recommends a steep mountain trip before asking anything.",
    better=[c1, t1_good, c2_good, t2, c3, t3],
    worse=[c1, t1_bad, c2_bad, t2, c3, t3],
))

# f09 unexplained jargon: lodge rentals near Aviemore in the Cairngorms, New Year booking by phone
c1 = c("Hello, I'm looking at the lodges near Aviemore for New Year. Four adults, three nights, the 30th to the 2nd.", None)
t1 = t("Lovely time to be up here. We've a two-bedroom lodge with a wood burner free for those dates. Do you want to walk to the village, or is a short drive fine?")
c2 = c("A drive's fine, we'll have the car. What's the price?", None)
t2_good = t("There are two prices. The flexible one is two hundred and ten a night, and you can cancel free up to two weeks before. The saver is a hundred and eighty-five, but you pay in full now and get nothing back if plans change. Over New Year there's a three-night minimum, which you've got.")
c3_good = c("Hmm, the saver's tempting, but one of our lot might not get the time off. I'll need to check with them before I pay anything.", "think_it_over")
t2_bad = t("So it's BAR at two-ten or non-ref at one-eighty-five, LOS min three over Hogmanay, and we're at rate parity with the OTAs, so there's no point shopping around.")
c3_bad = c("Sorry, you've lost me. Bar? L-O-S? And one of our lot might not get the time off, so I can't pay anything yet anyway.", "think_it_over")
t3 = t("No problem. I'll email you both options in writing, with what each one means, and hold the lodge for you until Friday.")
c4 = c("Great, thanks. I'll get back to you by Friday.", None)
PAIRS.append(rpair(
    "b226r_f09_cairngorms_newyear",
    "A woman from Edinburgh asks about a lodge for four over New Year. Fault in worse: rate jargon (BAR, non-ref, LOS, OTAs) left unexplained.",
    better=[c1, t1, c2, t2_good, c3_good, t3, c4],
    worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
))

# f10 talks about themselves: heritage hotel spa, Dunedin, a 78-year-old first-time massage guest
c1 = c("Good afternoon, dear. I'm staying three nights. The brochure mentions an afternoon tea and a massage. I've never had a massage in my life.", None)
t1 = t("Good afternoon! Both are lovely. What made you curious about the massage?")
c2 = c("My daughter gave me a voucher for my birthday. Seventy-eight. She says I should spoil myself. I'm not sure I know how.", None)
t2_good = t("Then let's make it easy. For a first massage I'd suggest the gentle forty-five-minute one, back and shoulders only, you stay covered with towels, and you can ask the therapist to stop any time. Would tomorrow afternoon suit?")
c3_good = c("Oh, that sounds less frightening. Yes, I think I could manage that.", None)
t2_bad = t("Oh, I know exactly what you mean! My nan was the same, she never had a massage till she was eighty. I did my training in Queenstown and I've done hundreds of first-timers, I love it. I'm doing a hot-stone course next month too, it's so good.")
c3_bad = c("That's nice for you, dear. But what would I actually be having?", None)
t3 = t("The gentle forty-five-minute one, back and shoulders, and the voucher covers it completely. Afternoon tea is thirty-five dollars and we serve it at three. Shall I book the massage for two tomorrow, and the tea after?")
c4 = c("Yes please, the massage. The afternoon tea I'll leave, I don't eat much these days.", "no_need")
PAIRS.append(rpair(
    "b226r_f10_dunedin_firstmassage",
    "A 78-year-old woman from Timaru, with a voucher from her daughter, asks about a first massage. Fault in worse: the trainee talks about herself instead of the guest.",
    better=[c1, t1, c2, t2_good, c3_good, t3, c4],
    worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
))
