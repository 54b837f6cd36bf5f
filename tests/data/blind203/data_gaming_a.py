"""Gaming pairs, file a (blind203, written by hand). Kinds 1-10, once each."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- London, speciality coffee roaster, wholesale for a small cafe
open_a1 = c("Hi, yeah, I run a little cafe on Mare Street. We go through about eight kilos a week and our roaster's just put his prices up again, so I said I'd at least have a chat with you lot.", None)
PAIRS.append(gpair(
    "b203g_london_roaster_wholesale", "speciality coffee roaster, wholesale to cafes (London)", "monologue",
    "A Hackney cafe owner rings a roaster after her current supplier raised prices; she wants a chocolatey house espresso that works with oat milk.",
    good=[
        open_a1,
        t("Thanks for ringing. Eight kilos a week is a nice steady amount. Before I throw prices at you, what's the rise done to you? Is it the cost per kilo that hurts, or is something else bothering you about the current roaster?"),
        c("Bit of both, honestly. It went from eighteen to twenty-two quid a kilo, but also the last two deliveries were roasted like a week before they got to me. The milk drinks taste flat.", None),
        t("So it's four pounds more a kilo and the beans are turning up a week old already, and you can taste it in the milk drinks. What do you mostly sell: flat whites, lattes, filter?"),
        c("Mostly flat whites and oat lattes. Maybe ten percent filter. My regulars want something chocolatey, not the fruity stuff.", None),
        t("Then the one I'd put in front of you is our house blend, Brazil and Colombia. It's chocolatey and it holds up in oat milk. At your volume it's twenty pounds a kilo, and we roast Monday and Thursday and deliver in East London within two days of roasting."),
        c("Twenty's better. But I've been burned switching before. The last new roaster sent a sample that was lovely and then the actual bags were nothing like it.", "bad_experience"),
        t("That's fair, it does happen. So rather than a sample, take one normal week's order, two five-kilo bags from a regular production roast, at the wholesale price and no contract. If it doesn't taste the same on your machine in week two, you walk away. I can come in and dial it in with you on the first morning too."),
        c("Yeah, alright, that I can do. Not this week though, I've already got a delivery coming.", None),
        t("No problem. I'll put you down for next Monday's roast, delivered Wednesday, and I'll come in at half seven that morning to dial it in. I'll text you the order and the price in writing today. Does that work?"),
        c("Half seven's perfect, we open at eight. Cheers.", None),
    ],
    gaming=[
        open_a1,
        t("Brilliant, thanks so much for calling! So what I'm hearing is you want a better coffee experience, and honestly that's exactly what we're about. We're award-winning, we've got five blends, three single origins on seasonal rotation, a Swiss water decaf, and our relationship with our farmers is direct trade, so every bag tells a story. Our cafes say their customers notice the difference in week one."),
        c("Right, okay. The thing is, the price went up and I just wanted to—", None),
        t("Absolutely, and price is so important, I hear you. Our wholesale tiers go from twenty-four a kilo down to nineteen once you're on twenty kilos, and you get free barista training, a branded menu board, our loyalty app and a cupping session for your staff. Most of our partners start on the Espresso Club bundle, house blend plus a rotating guest, and that's where they find the most success."),
        c("Eight kilos, I said. So that's twenty-four a kilo? That's more than I pay now, and I'm ringing you because my price went up.", "too_expensive"),
        t("At eight kilos, yes, but the value's in the package, you know? And did I understand you correctly that you're looking to grow? Because with the Espresso Club you'd be on twenty kilos in no time. We've also got the new grinder lease, cold brew kegs for summer, and our oat milk partnership gets you a discount on—"),
        c("I never said I was growing. Look, I've got a queue forming. Can you just email me something?", "brush_off"),
        t("Of course! I'll pop the full brochure over with all five blends and the Espresso Club pack, and I'll give you a call tomorrow to talk through your needs. Is there anything else I can help you with today?"),
        c("No. Bye.", None),
    ],
))

# 2. closing_as_open_question -- Singapore, commercial kitchen equipment, combi oven
open_a2 = c("Hi, I'm the chef at a Peranakan restaurant in Joo Chiat. Our old combi oven keep tripping the power, so my boss say come and see what you all have.", None)
PAIRS.append(gpair(
    "b203g_singapore_combi_oven", "commercial kitchen equipment showroom (Singapore)", "closing_as_open_question",
    "A head chef visits an equipment showroom because the restaurant's nine-year-old combi oven keeps tripping; the owner holds the money and has about ten thousand in mind.",
    good=[
        open_a2,
        t("Thanks for coming down. Before we look at models, tell me about the old one. How old is it, and what do you cook in it?"),
        c("Eight, nine years already. We use it for the ayam buah keluak braise, roasting, and steaming kueh in the morning. Every day lunch and dinner.", None),
        t("So it braises, roasts and steams, full service every day, and now it trips the power. Has an electrician checked if it's the oven or your supply? Sometimes it's the kitchen breaker that's struggling, and a new oven won't fix that."),
        c("Electrician came last month, he say the heating element is going. Repair quote is two thousand eight hundred. My boss think better to put that money into a new one.", None),
        t("At nine years that's reasonable. For your cooking, a ten-tray with a proper steam mode would cover everything, and the one I'd look at is about fourteen thousand installed. It needs three-phase at thirty-two amps, though. Do you know what you have at the wall?"),
        c("Fourteen thousand... my boss was thinking around ten only. Got something cheaper that still can steam properly?", "no_money"),
        t("There is. A six-tray from the same maker is about nine and a half. The catch is capacity: you lose four trays, so on a busy Saturday you'd steam the kueh in two batches. Could you send me a photo of the rating plate on your old oven and your breaker size? Then I'll quote both side by side and your boss can choose."),
        c("Okay can. I take photo tonight and WhatsApp you. He will want to see both.", None),
        t("Great. I'll send both quotes by Thursday with the power needs written out so your electrician can check them. No deposit until he's happy."),
        c("Thank you ah, very clear.", None),
    ],
    gaming=[
        open_a2,
        t("Welcome! What's the most important thing you're hoping to achieve with a new oven today?"),
        c("Don't trip the power lah, and can steam and roast. We do braise, and kueh in the morning.", None),
        t("Perfect. So if I could show you an oven that steams, roasts and never trips, what would stop you from taking it home today?"),
        c("Today? I don't even know the price yet. And I must ask my boss first.", "think_it_over"),
        t("Of course. This ten-tray is fourteen thousand installed. How would your boss prefer to pay, full payment or our twelve-month instalment plan?"),
        c("Fourteen? He say around ten only.", "no_money"),
        t("I completely understand. So what would it take for you to put down a small deposit today to lock in this model before our price review next month?"),
        c("I cannot put deposit, I'm the chef, not the owner. I don't even know our power can take this one or not.", "think_it_over"),
        t("No problem at all. When would be the best time for us to come and install it, would next Tuesday or Wednesday suit you better?"),
        c("You're not listening to me. If we want, I come back with my boss. Bye.", None),
    ],
))

# 3. pitch_as_paraphrase -- Chicago, meal kit subscription, home cook on night shifts (typed chat)
open_a3 = c("hi, im looking at your meal kits but not sure theyre for me. i work nights and honestly i just need something my kids will eat", None)
PAIRS.append(gpair(
    "b203g_chicago_meal_kit", "meal kit subscription, web chat (Chicago)", "pitch_as_paraphrase",
    "A nurse on night shifts chats with a meal kit company; she cooks at 4pm for a picky 9-year-old and a 13-year-old and has about twenty minutes.",
    good=[
        open_a3,
        t("Hi! Happy to help you work out if it's a fit. Who'd be doing the cooking, and on which nights?"),
        c("me mostly, before my shift. so like 4pm. my 9 yr old is super picky, my 13 yr old eats anything", None),
        t("So you're cooking around 4 before a night shift, for one picky 9-year-old and one who eats anything. How much time do you realistically have at that point?"),
        c("20 min tops. i tried another kit last year and the recipes said 30 min but it was more like an hour with all the chopping", "bad_experience"),
        t("That's a really common complaint, and to be honest some of our recipes are like that too. We do have a Quick filter where everything comes pre-chopped and is tested at under 20 minutes, but there are only about six of those to pick from each week. Would your 9-year-old eat things like tacos, pasta, chicken tenders?"),
        c("tacos yes pasta yes. anything green no lol", None),
        t("Then I'd try the family box with three Quick meals a week, and skip any week the choices don't suit. It's about $60 a week, and you can pause or cancel in the app before Wednesday with no fee."),
        c("60 is kind of a lot for 3 dinners tbh", "too_expensive"),
        t("Fair. It works out around $6.60 a serving, more than cooking from scratch but less than takeout. If you like, I'll send you next week's Quick menu so you can check it with your kids before you spend anything."),
        c("ok yeah send it. ill look tonight and decide", "think_it_over"),
    ],
    gaming=[
        open_a3,
        t("Hi! Thanks for reaching out. Tell me a little about your week at home."),
        c("i work nights. i cook around 4 before my shift. my 9 yr old is super picky", None),
        t("So what you're saying is you need our Family Premium plan with five meals a week and the kid-friendly add-on, is that right?"),
        c("no i didnt say that. i have like 20 min to cook. i tried a kit before and it took an hour", "bad_experience"),
        t("Got it. So what I'm hearing is that time matters to you, which means the Family Premium with our Chef's Choice upgrade is really what you're looking for, because those recipes are worth every minute. Did I get that right?"),
        c("no?? i said i dont have time. and how much is all that anyway", None),
        t("Totally understand. So it sounds like value matters most to you, which is why the annual Family Premium at $119 a week, billed yearly, is the best fit for you. Does that sound right?"),
        c("119 a week?? thats more than i spend on groceries. no thanks", "too_expensive"),
        t("I hear you. So just to play it back, you'd like to start with the monthly Family Premium instead, so you can experience it first, correct?"),
        c("no. im closing this chat", None),
    ],
))

# 4. upsell_as_loop_closing -- Manchester, high-street bakery, child's birthday cake
open_a4 = c("Hiya, I need a birthday cake for Saturday, our Maisie's seven. Is it too late to order one?", None)
PAIRS.append(gpair(
    "b203g_manchester_bakery_cake", "high-street bakery, celebration cakes (Manchester)", "upsell_as_loop_closing",
    "A dad walks into a bakery on Thursday wanting a cake for Saturday; twenty-odd guests, a fox theme, and one child who can't have dairy.",
    good=[
        open_a4,
        t("Not too late, Saturday's fine if we get it in today. How many are you feeding, and is there anything Maisie's mad about that we could put on it?"),
        c("About fifteen kids and a few parents, so twenty-odd. She's obsessed with foxes at the minute. Oh, and one of her mates can't have dairy.", None),
        t("Twenty-odd, a fox, and one guest who can't have dairy. Would you rather the whole cake be dairy-free so nobody's left out, or a normal cake with a separate dairy-free cupcake for her friend?"),
        c("Ooh, hadn't thought of that. Does the dairy-free one taste alright, though? The last place we tried, it was like cardboard.", "bad_experience"),
        t("Ours is a vanilla sponge with a plant-based buttercream, and most people can't tell. I can box you a dairy-free slice to try before you decide. An eight-inch round for about twenty, with a hand-piped fox, is forty-two pounds whichever sponge you go for."),
        c("Forty-two's about what I expected. Go on then. Can I taste it tomorrow and confirm?", None),
        t("Course. I'll put a provisional order in for Saturday morning pick-up and hold it till five tomorrow for you to taste and pick the sponge. No deposit till then. Is there anything else you need sorting for the party?"),
        c("No, that's it, we've got candles coming out of our ears. Ta!", None),
    ],
    gaming=[
        open_a4,
        t("Not too late at all! To make sure we get this just right, what's the birthday girl into?"),
        c("Foxes. About twenty people, and one of her mates can't have dairy.", None),
        t("Lovely. So a fox cake for twenty, got it. Now, just to close the loop, what else can I add to make the day complete? We do matching cupcakes at two pound fifty each."),
        c("No, the cake's plenty. What about the dairy thing?", "no_need"),
        t("Absolutely, we'll come to that. And before I forget, is there anything else you'd like? A lot of parents add a personalised chocolate plaque and our party box, it's only twelve pounds."),
        c("I'm not after extras, love. Can you do a dairy-free one or not?", "no_need"),
        t("Great question. Just so I've covered everything for you, how about our gold-leaf drip to really finish it off? That's what turns a cake into an experience."),
        c("It's for seven-year-olds. How much is the actual cake?", None),
        t("The fox cake's forty-two, and with the cupcakes, plaque and drip you'd be at seventy-eight. Anything else I can add while I've got you?"),
        c("I'll get one from the supermarket. Ta-ra.", None),
    ],
))

# 5. leading_tag_questions -- Austin, neighbourhood butcher, first brisket
open_a5 = c("Hey there, I just got my first offset smoker and I wanna try a brisket for my brother's birthday on the Fourth. I got no clue what to buy.", None)
PAIRS.append(gpair(
    "b203g_austin_butcher_brisket", "neighbourhood butcher shop (Austin, Texas)", "leading_tag_questions",
    "A first-time smoker wants a brisket for fourteen people on the Fourth of July; he has eighty or ninety dollars in mind and has never done a long cook.",
    good=[
        open_a5,
        t("Congrats on the smoker! How many folks are you feeding, and what time do you want to eat?"),
        c("Probably twelve, fourteen people. Eating around five. I figured I'd start it early that morning.", None),
        t("Okay, fourteen people at five. A whole packer loses about half its weight in the cook, so with sides you want roughly a fourteen-pound packer. Have you done any long cooks on the smoker yet, or would the brisket be the first?"),
        c("It'd be the first. Honestly brisket's kinda scary, eighty-some bucks of meat to mess up in front of everybody.", None),
        t("That's a real worry, and plenty of first briskets go sideways. Two ways to go: do a practice run with a pork butt next weekend, about twenty-five bucks and way more forgiving, then get the brisket for the Fourth. Or go straight to brisket and start earlier than you think, because a fourteen-pounder can take twelve to fourteen hours."),
        c("Twelve hours? I'd have to be up at like three. The pork butt practice sounds smart though.", None),
        t("Let's do that. I'll grab you a pork butt today and put your name on a prime packer for the Fourth, since we run out that week. Pick it up on the second and it'll be trimmed and ready. Want me to write the temps we use on the back of your receipt?"),
        c("Heck yeah. Thanks man, you just saved my brother's birthday.", None),
    ],
    gaming=[
        open_a5,
        t("Hey, congrats! So tell me, what's your vision for the big day?"),
        c("Feed like fourteen people, eat around five. First time smoking anything.", None),
        t("Awesome. You'll want our Wagyu packer for an occasion like that, won't you? It's a little more, but it's way more forgiving."),
        c("How much more?", None),
        t("Twenty-four a pound, so about three-forty for a fourteen-pounder. But it's your brother's birthday, you don't wanna cut corners on that, do you?"),
        c("Man, I can't swing three-forty. I was thinking like eighty, ninety bucks.", "no_money"),
        t("Totally hear you. But you'd rather spend a bit more than serve dry brisket in front of the whole family, wouldn't you? And you'll need the rub kit and the butcher paper too, right?"),
        c("I mean... I guess? I dunno. I kinda wanna ask my buddy who smokes first.", "think_it_over"),
        t("Makes sense. But you'd agree the Wagyu's the safe bet for a first-timer, wouldn't you? I can ring it up now so it's reserved."),
        c("Nah, I'm good. Thanks anyway.", "brush_off"),
    ],
))

# 6. putdown_question -- Singapore, online grocery delivery, missing items
open_a6 = c("Hello, my grocery order just came and the chicken and the eggs are not inside. I'm cooking for my whole family tonight, what is this?", None)
PAIRS.append(gpair(
    "b203g_singapore_grocery_missing", "online grocery delivery, phone support (Singapore)", "putdown_question",
    "An older home cook in Tampines finds the whole chicken and the egg tray missing from a delivery, hours before her son's family comes for dinner.",
    good=[
        open_a6,
        t("I'm sorry, that's stressful when you've got dinner to make. Can I have your order number so I can see what happened?"),
        c("TPN-44812. The app say delivered all items, but only got the vegetables and the rice.", None),
        t("Thank you. I can see the whole chicken and the thirty-egg tray on the order, both marked as packed, so this one's our mistake. Do you still need them for tonight, or would a refund suit you better?"),
        c("Tonight! My son's family coming at seven. If come tomorrow, no use already.", None),
        t("Understood. I can send the chicken and eggs on an express run from our Tampines hub, arriving between four and five, no charge. And I'll refund both items in full for the trouble. Will someone be home then?"),
        c("Refund also? Okay, I'm home. But last time also missing things, my yoghurt. I'm thinking to change to another app already.", "bad_experience"),
        t("That's fair, twice is too many. I'll put a note on your account so your next orders get a second check at packing, and I'll message you when the driver leaves the hub so you're not waiting blind."),
        c("Okay lah. As long as the chicken come by five.", None),
    ],
    gaming=[
        open_a6,
        t("Hello auntie, thanks for calling. Before we jump to conclusions, are you sure you checked all the bags properly?"),
        c("Of course I check! Three bags. No chicken, no eggs.", None),
        t("Okay. Sometimes customers forget what they ordered. Can you walk me through what exactly you think you ordered?"),
        c("I don't 'think', I know. It's in your own app. One whole chicken and thirty eggs.", None),
        t("I understand how you feel. But aren't you getting a bit worked up over two items? What's the actual impact on your day?"),
        c("Worked up? My family coming at seven and I got nothing to cook!", None),
        t("I hear you. So why not just pop down to the supermarket for two items, wouldn't that be quicker than calling us? And how satisfied are you with the rest of the order?"),
        c("Nonsense. Give me your manager. I'm going to delete this app.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- New York, produce distributor, invoice dispute
open_a7 = c("Yeah hi, this is Nick from Taverna Kyma in Astoria. I'm looking at last week's invoice and you guys charged me for three cases of lemons I never got. And the tomatoes went up like eight bucks a case with no heads-up.", None)
PAIRS.append(gpair(
    "b203g_newyork_produce_invoice", "wholesale produce distributor to restaurants (New York)", "not_my_department_or_read_the_terms",
    "A Greek restaurant owner in Queens disputes a charge for three undelivered cases of lemons and an unannounced tomato price rise; a rival has quoted him less.",
    good=[
        open_a7,
        t("Hey Nick, thanks for catching that. Let's take them one at a time. What's the invoice number, and do you have the driver's delivery slip from that day?"),
        c("Invoice 20931. Slip's right here. The driver wrote 'short 3 lemons' on it himself and initialed it.", None),
        t("That's exactly what I need. Text me a photo of the slip and I'll put a credit for the three cases, that's $126, on this week's invoice. Now the tomatoes: what were you paying before?"),
        c("Thirty-one a case for the vine-ripes, now it says thirty-nine. I go through ten cases a week, that's eighty bucks a week I didn't plan for.", None),
        t("You should have had notice, that's on us. The vine-ripe price went up after the Florida freeze, across all our accounts. I can't change the market, but I can do Romas at thirty-two a case until it settles. Is there anything you use the vine-ripes for that Romas wouldn't work for?"),
        c("The horiatiki, the village salad. Romas are too mealy for that. I don't know, man, a guy in Long Island City quoted me thirty-four for vine-ripes.", "too_expensive"),
        t("I won't pretend I can match that today. What I can do is ask my manager to hold you at thirty-five for the next four weeks, since you're ten cases a week, and call you back by three with a yes or a no. I'll also tell pricing you want notice before any change."),
        c("Alright. Call me by three, I'm on the line after that. And send me the lemon credit in writing.", None),
        t("Will do. Credit memo by email within the hour, and a call before three."),
    ],
    gaming=[
        open_a7,
        t("Hi Nick, thanks for reaching out, I really value our relationship. What can I help you understand about your invoice?"),
        c("The three cases of lemons. Never came. The driver even wrote it on the slip.", None),
        t("I hear you. Unfortunately shortages are a warehouse thing, that's not my department. You'd need to email the claims team, and to be honest the terms say claims have to be made at the time of delivery."),
        c("It WAS made at delivery, the driver wrote it down! What do you want, a notarized letter?", None),
        t("I totally understand your frustration. I'd just encourage you to read section four of your credit agreement, it's all in there. Is there anything else I can help with?"),
        c("Yeah, tomatoes. Thirty-one to thirty-nine with no notice. I got a guy in LIC who'll do thirty-four.", "too_expensive"),
        t("Pricing's set by corporate, I'm afraid, I didn't make the rules. What I'm hearing is you're feeling some pain around price, and I respect that. How satisfied are you overall with our service?"),
        c("Honestly? Not very. Send me the claims email and I'm calling the other guy.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Edinburgh, event caterer, wedding for a planner
open_a8 = c("Hello, I'm planning a wedding for a couple, ninety guests at a warehouse venue in Leith, late September. I'm getting quotes from three caterers and you're one of them.", None)
PAIRS.append(gpair(
    "b203g_edinburgh_wedding_catering", "event and wedding caterer (Edinburgh)", "social_proof_or_deadline_pressure",
    "A wedding planner collects three quotes for a relaxed ninety-guest wedding at about sixty pounds a head, with vegan, coeliac and no-pork guests.",
    good=[
        open_a8,
        t("Thanks for including us. What sort of day are the couple after: sit-down, sharing platters, something looser?"),
        c("They're quite laid-back. They hate the idea of a stuffy three-course thing. They mentioned sharing boards, maybe a hog roast. Budget's around sixty a head including staff.", None),
        t("Laid-back, sharing style, maybe a hog roast, about sixty a head all in. Any dietary needs among the ninety?"),
        c("Two vegans, one coeliac, and the groom's gran doesn't eat pork, which makes the hog roast a bit awkward.", None),
        t("The hog roast can still work with a second centrepiece. We often do a whole roast salmon or a mushroom and chestnut wellington alongside, and we make the sides gluten-free by default so the coeliac guest isn't singled out. A sharing menu like that comes to about sixty-four a head with staff, so a bit over."),
        c("Sixty-four. The other two quotes I've had are under sixty. I'd need to see what I'm getting for the extra.", "too_expensive"),
        t("Fair enough. I'll send a line-by-line breakdown so you can compare like for like; staff numbers, crockery hire and clearing down are where quotes usually differ. If it still comes out higher, I'll show you where we could trim to hit sixty. Would a tasting help the couple decide?"),
        c("A tasting would be good, but they're away till the end of the month. Can I come back to you then?", "think_it_over"),
        t("Of course. The quote stays valid till the end of August, and I'll pencil the date in without a deposit until they've tasted. Breakdown by email on Friday."),
        c("Brilliant, that's really helpful.", None),
    ],
    gaming=[
        open_a8,
        t("Lovely to hear from you! What's your vision for the couple's perfect day?"),
        c("Relaxed, sharing boards, maybe a hog roast. About sixty a head all in. Two vegans, one coeliac, and the gran doesn't eat pork.", None),
        t("So what I'm hearing is relaxed but special. Honestly, every planner in Edinburgh is booking our Feast package this year. It's sixty-eight a head, and we've done four weddings at that exact venue this summer."),
        c("Sixty-eight is more than they've got. And what about the dietary stuff?", "no_money"),
        t("Totally, we'll sort the dietaries. The thing is, late September is nearly gone. I've only one Saturday left, and another planner's looking at it this afternoon. If you can confirm by five today, I can hold it for you."),
        c("By five? I told you I'm getting three quotes. The couple haven't even seen a menu.", "think_it_over"),
        t("I understand, and I really value our relationship. I'd just hate for them to miss out; the last couple who waited ended up with a sandwich caterer. What would you need to feel confident putting the deposit down today?"),
        c("Honestly, this kind of pressure is exactly why I stopped working with a caterer last year. I'll take my chances.", "bad_experience"),
        t("No problem, I'll send the Feast brochure over. The date's first come, first served, though!"),
        c("Right. Bye.", None),
    ],
))

# 9. keyword_stuffed -- Seattle, espresso machine service company, service plan vs repair
open_a9 = c("Hi, so our espresso machine's been dripping from one of the group heads for like a week, and I'm trying to figure out if I should get on one of your service plans or just pay for a one-off repair.", None)
PAIRS.append(gpair(
    "b203g_seattle_espresso_service", "espresso machine service and repair (Seattle)", "keyword_stuffed",
    "A cafe owner with a six-year-old two-group machine that has never been serviced asks whether a monthly plan or a single repair makes sense; money is tight after a patio rebuild.",
    good=[
        open_a9,
        t("Good question, and it depends on the machine and how hard you run it. What machine is it, and how old?"),
        c("Two-group, about six years. We do maybe 250 drinks a day. We've honestly never had it serviced, we just backflush it every night.", None),
        t("So six years, 250 drinks a day, and never a full service. The drip is almost certainly the group gaskets and maybe the shower screens, which wear out about once a year at that volume. A one-off visit to replace them is about $180 labor plus roughly $60 in parts."),
        c("And the plan?", None),
        t("The plan is $45 a month. It covers two preventive visits a year, with gaskets, screens, descale and a pressure check, plus labor on breakdown calls. At your volume those two visits would cost about $480 on their own, so it roughly pays for itself if you'd actually book them. If you'd only call us when something breaks, the one-off is cheaper."),
        c("Hmm. Money's pretty tight right now, we just redid the patio. Maybe I just do the repair and think about the plan later.", "no_money"),
        t("That's a sensible way to do it. I'll book the gasket job: I have Tuesday at 6am before you open, or Thursday afternoon. While the tech's there he'll tell you honestly what else looks worn, and you can decide on the plan after that."),
        c("Tuesday at six works. Thanks for not pushing the plan on me.", None),
    ],
    gaming=[
        open_a9,
        t("Thanks so much for reaching out! I really want to understand your needs and your whole espresso experience, so we can build a relationship that drives your success. How do you feel about your machine right now?"),
        c("I feel like it's dripping. Two-group, six years old, never serviced.", None),
        t("I totally understand, and I hear that you feel your experience isn't where you need it to be. Our plans are all about partnership and peace of mind, making sure your needs are met, because your success is our success. How does that feel?"),
        c("Uh, fine? But what does the plan actually include? And what does it cost?", None),
        t("Great question. The plan is really a relationship. It's about understanding your journey and being there when you need us. It's tailored to your needs, and our customers love the experience. It starts at $45 a month."),
        c("Forty-five a month for... what, exactly? Visits? Parts?", None),
        t("I appreciate you asking, it shows how much you care about your business's success. Everything we do is about meeting your needs, so we look at your unique situation. Does that resonate with you? Is there anything else you need?"),
        c("I need somebody to fix a dripping group head. I'll just find a repair guy on Yelp.", "no_need"),
    ],
))

# 10. rude -- Bristol, artisan bakery, wholesale bread for a pub
open_a10 = c("Morning. I run the Red Lion in Bedminster. We're after a bakery to do bread for our Sunday roasts and the weekday sandwiches. Do you deliver on a Sunday?", None)
PAIRS.append(gpair(
    "b203g_bristol_pub_bread", "artisan bakery, wholesale bread (Bristol)", "rude",
    "A pub manager wants sourdough loaves on weekdays and about ninety rolls for Sunday roasts, delivered; the owner holds the purse strings.",
    good=[
        open_a10,
        t("Morning! We do, but only to a few places on a Sunday, so it depends where and how much. Roughly how much bread would you need, and what kind?"),
        c("Weekdays maybe ten sourdough loaves for sandwiches. Sundays we do about eighty covers, and we want nice rolls with the roast, so eighty, ninety rolls.", None),
        t("Ten sourdough loaves on weekdays and about ninety rolls on Sundays. Bedminster's on our Sunday run, so that's fine; it'd be with you by nine. What are you using at the moment?"),
        c("Supermarket stuff, if I'm honest. It's cheap, but the regulars moan about it, and chef says it's stale by mid-afternoon.", None),
        t("Ours will cost more than the supermarket. Sourdough is three-eighty a loaf wholesale and rolls are forty pence, so roughly eighty pounds a week for what you've described. How does that sit with you?"),
        c("Eighty a week, hmm. That's more than we pay now, though if it stops the moaning... I'd have to run it past the owner, it's his money.", "think_it_over"),
        t("Makes sense. How about I drop a couple of loaves and a dozen rolls in on Friday for you, your chef and the owner to try, no charge, with a written price list? If he's keen, we could start the Sunday after."),
        c("That's decent of you. Friday before eleven, if you can.", None),
    ],
    gaming=[
        open_a10,
        t("Yeah, we do Sundays. How much do you need? Quick as you can, I've got a queue."),
        c("Ten sourdough loaves on weekdays, and about ninety rolls on Sundays for the roasts.", None),
        t("Ninety rolls. Right. And what are you using now, supermarket? Let me guess."),
        c("Well, yes. It's cheap, but the regulars moan about it.", None),
        t("Course they do. Ours is three-eighty a loaf, forty pee a roll, call it eighty a week. Take it or leave it, I'm not haggling."),
        c("Eighty's a fair bit more than we pay now. I'd have to ask the owner.", "think_it_over"),
        t("Everyone 'has to ask the owner'. Look, do you want proper bread or not? How satisfied are your customers with what you've got now? Exactly."),
        c("Don't take that tone with me. I'll try the place on North Street.", None),
    ],
))
