"""Gaming pairs, part B (b199): farming and rural supply, US Midwest / Australia / Kenya. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Ol Kalou certified seed potatoes
_open = c("Good afternoon. I want to ask about certified seed potatoes. Last season I bought seed from the market and my crop got wilt, I lost almost half.", None)
PAIRS.append(gpair(
    "b199g_olkalou_seedpotato", "certified seed potato supplier, Ol Kalou, Nyandarua", "ignored_customer",
    "A potato farmer in Ol Kalou visits a certified seed supplier after market seed brought bacterial wilt into last season's crop.",
    good=[
        _open,
        t("Good afternoon, and I'm sorry about last season, losing half is painful. Which variety were you growing, and how big is the plot you want to plant?"),
        c("Shangi. About one acre. But my neighbour bought certified seed two years ago and he still got wilt, so I am not sure it helps.", "bad_experience"),
        t("That's a real worry. Certified seed starts clean, but wilt can also stay in the soil for a few years. Are you planting the same plot where the wilt was last season, or a new one?"),
        c("The same plot. I don't have another one.", None),
        t("Then even clean seed can pick it up from the soil. What I'd suggest: put that plot in beans or cabbage this season, and if you can rent or borrow even half an acre that never had potatoes, plant certified Shangi there. Half an acre needs about eight bags, at four thousand two hundred a bag."),
        c("Eight bags is more than thirty thousand. That is a lot, but less than what I lost. My brother-in-law has a field near the road that had only maize.", None),
        t("That could work well. If he agrees, come with the plot details and we book the eight bags. The seed comes in next month; I can reserve them for two weeks without payment."),
        c("Okay, let me talk to him tonight. Reserve them for me.", "think_it_over"),
        t("Reserved in your name. Call me by Friday next week either way, so I know whether to release them."),
    ],
    gaming=[
        _open,
        t("Good afternoon! Tell me about your farming goals. What are your worries?"),
        c("My worry is the wilt. I will plant in the same plot, I don't have another one. And my neighbour bought certified seed and he still got wilt.", "bad_experience"),
        t("Great, thank you for sharing. So our certified Shangi is sixteen bags per acre, four thousand two hundred each. Very high yields."),
        c("But if the wilt is in the soil, does clean seed help? That is what I am asking.", None),
        t("Very good question. Is there anything else you are worried about?"),
        c("Yes, the money. Sixteen bags is almost seventy thousand. I don't have it.", "no_money"),
        t("I understand. So shall I book the sixteen bags for you? The delivery comes next month."),
        c("You are not listening to me. I asked about the soil. I will go to the agriculture office and ask them.", None),
    ],
))

# 12. repeated_questions -- Minnesota farmers' co-op propane
_open = c("Hi, Gary Vander Woude. We're putting up a new finishing barn, twenty-four hundred head, should be done by October. I need propane out there for the heaters, and I'd like to look at contract pricing for the dryer while I'm at it.", None)
PAIRS.append(gpair(
    "b199g_minnesota_coopropane", "farmers' co-op energy desk, Worthington MN", "repeated_questions",
    "A hog farmer near Worthington, Minnesota calls the co-op about propane for a new finishing barn and contract pricing for his grain dryer.",
    good=[
        _open,
        t("Congratulations on the barn, Gary. Did the builder give you a number for the heaters, gallons per winter?"),
        c("Builder said figure about eight thousand gallons a winter. The dryer burns about twelve thousand in a normal fall.", None),
        t("So roughly twenty thousand gallons a year between the barn and the dryer. For the barn we'd set a thousand-gallon tank on our keep-full route. For the contract we offer a prepay at a locked price, or a budget plan spread monthly. Did you have either in mind?"),
        c("I did a prepay a few years back with another outfit, prices dropped, and I was stuck paying way over all winter. Not doing that again.", "bad_experience"),
        t("That's the real risk with prepay. Some customers lock half their expected gallons and leave the rest on the daily price, so they're never fully stuck either way. Would that be worth pricing?"),
        c("Maybe. I'd want to see numbers and run it past my brother, we farm together.", "think_it_over"),
        t("Sure. I'll send you a sheet with three options, full lock, half lock and all market, plus the tank set fee, by end of day tomorrow. When's a good time to call you Thursday?"),
        c("Afternoon, after two.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! So tell me, Gary, what are your propane needs?"),
        c("Like I said, heaters for the barn and the dryer. Builder figures eight thousand gallons for the barn, the dryer's about twelve thousand.", None),
        t("Got it. And roughly how much propane do you think you'll need in a year?"),
        c("...Twenty thousand. Eight plus twelve.", None),
        t("Okay, perfect. And what would you say your main use for propane is?"),
        c("Heaters and the dryer. Are you writing any of this down?", None),
        t("Absolutely, I just want to fully understand your needs. On average, how many gallons do you use for drying?"),
        c("Twelve thousand. For the third time. Just email me whatever contracts you've got, I've got hogs to load.", "brush_off"),
        t("Will do! Before you go, just to confirm, how big is the new barn?"),
        c("Twenty-four hundred head. Goodbye.", None),
    ],
))

# 13. wrong_paraphrase -- Longreach station, solar bore pump
_open = c("Hi, it's Jess from Bimbah Downs. We've got an old windmill on the number three bore that's had it. Thinking about solar instead, but I don't know much about them.", None)
PAIRS.append(gpair(
    "b199g_longreach_solarbore", "water and pump supplier, Longreach QLD", "wrong_paraphrase",
    "A station manager near Longreach rings a pump supplier: a bore's windmill has failed and she is weighing a solar pump.",
    good=[
        _open,
        t("Hi Jess, happy to help. Do you know how deep the bore is, and roughly what the windmill was watering when it worked?"),
        c("Bore's about ninety metres, standing water level around forty. It fed one trough and a twenty thousand litre tank. Probably six hundred head watering off it in summer.", None),
        t("Ninety metres deep, water at forty, one trough and a twenty thousand litre tank, about six hundred head in summer. That's maybe thirty thousand litres a day in the heat. A solar submersible can do that, but I'd size it with some room for cloudy days. Would that tank carry them through two or three dull days?"),
        c("Probably not, it'd be empty in a day. We could put in a second tank, there's one sitting behind the shed.", None),
        t("That'd make a big difference. With two tanks, the pump, controller and panels come to about eleven thousand installed. I won't pretend it's cheap."),
        c("The owners won't love that. Last solar pump we had on another bore got cooked in a storm and the warranty was a nightmare.", "bad_experience"),
        t("Fair concern. These come with surge protection and a five-year warranty, and we handle any claim ourselves, you don't chase the manufacturer. Want a written quote with the warranty terms in it, so the owners can see?"),
        c("Yeah, do that. I'll put it to them at the end of the month.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Hi Jess! Tell me about your water situation."),
        c("Bore's about ninety metres, water sits around forty. One trough and a twenty thousand litre tank. Maybe six hundred head in summer.", None),
        t("So what I'm hearing is you've got a couple of thousand head across several bores and you want to take all of them solar. Is that right?"),
        c("No. One bore. Number three. The windmill's had it.", None),
        t("Right, so you're replacing all the windmills on the place, and the owners have given you a budget for a full upgrade. Love it."),
        c("I never said anything about a budget. The owners are tight as, there's no money for anything fancy.", "no_money"),
        t("Totally. So to play it back: you want premium reliability with remote monitoring, and price isn't the main concern. So I'd go the top-end three kilowatt system with satellite telemetry."),
        c("That's the opposite of what I said. Send me something in writing and I'll have a look, I've got to go.", "brush_off"),
    ],
))

# 14. pitch_to_upset -- Wisconsin farm insurer after barn fire
_open = c("Hi. I... we had a fire last night. The heifer barn. We lost twenty-two animals. The fire department was here till three. I don't even know what I'm supposed to do first.", None)
PAIRS.append(gpair(
    "b199g_wisconsin_barnfire", "farm insurance company, Marshfield WI", "pitch_to_upset",
    "A dairy farmer near Marshfield, Wisconsin calls her farm insurer the morning after a barn fire killed part of the herd.",
    good=[
        _open,
        t("I'm so sorry. That's a terrible night. First, is everyone in your family okay, and are the rest of the animals safe?"),
        c("Yes, we're okay. My husband burned his hand a little getting the calves out. The milking herd's fine, they're in the other barn.", None),
        t("I'm glad you're both okay. I'll open the claim now. Please don't clear the site until the adjuster has seen it, unless the county tells you to. Can you take photos of everything today, from a safe distance?"),
        c("I can. But the rendering truck, I have to call them, we can't leave the animals there in this heat.", None),
        t("You're right, you can't wait on that. Take photos first, and a list of ear tag numbers if you can read them, then call rendering. Keep the receipt, that's covered too. I'll ask the adjuster to call you this afternoon. Is this the best number?"),
        c("Yes, this cell. I'm sorry, I'm not thinking straight.", None),
        t("You're doing fine. I'll text you the claim number and a short list of what to gather, so you don't have to remember it all. And I'll call you tomorrow morning to check in."),
        c("Thank you. Really.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry to hear that. I completely understand how you must feel. Let me pull up your policy... okay, I see livestock mortality on the heifers but not on the milking herd. Have you thought about how exposed you'd be if this had been the main barn?"),
        c("I... no, I haven't thought about that, it happened eight hours ago.", None),
        t("I hear you. It's just that this is exactly the moment to review your coverage. Our Farm Guard Plus bundle covers the full herd, equipment and business interruption. For your operation it's about two hundred more a month."),
        c("Two hundred a month? We just lost twenty-two animals. I can't think about spending more right now.", "no_money"),
        t("Absolutely, and I respect that. But what I'm hearing is that protecting your family's future matters to you. A lot of our families sign up right after a loss, it gives them peace of mind."),
        c("I called to find out what to do with the barn. Can I clear it or not?", None),
        t("The claims team will walk you through that. Shall I send the Farm Guard Plus paperwork to your email so you can look at it tonight?"),
        c("No. Don't send me anything. Just get me someone from claims.", "no_need"),
    ],
))

# 15. blame -- Naivasha drip irrigation kit
_open = c("Hi. I bought the drip kit for quarter acre last month. The lines give water at the start, but at the end of the beds nothing is coming. My beans at the end are wilting.", None)
PAIRS.append(gpair(
    "b199g_naivasha_dripkit", "irrigation equipment shop, Naivasha", "blame",
    "A smallholder growing French beans for export near Naivasha returns to the irrigation shop: the drip lines bought a month ago don't water the ends of the beds.",
    good=[
        _open,
        t("Sorry about that, with beans wilting we need to sort it quickly. Where does the water come from, a tank or a pump? And if it's a tank, how high is it?"),
        c("A tank, two thousand litres, on a stand. The stand is maybe one metre. The water is from the group's borehole.", None),
        t("A one metre stand is low for a quarter acre. That kit needs about two metres of height, and I'm not sure anyone told you that when you bought it. Is there a filter after the tank, and when did you last open it?"),
        c("There is the filter. I have never opened it, I didn't know I should.", None),
        t("Okay, that's two things, and neither is your fault, we should have explained. First, open and rinse the filter today, the borehole water carries sand. Second, the height. You can raise the stand, or we split your beds into two sections and water one at a time, which works with the height you have. Our technician can come Thursday, no charge, to fit the valves."),
        c("Thursday is okay. But if I must build a higher stand, the timber and the fundi will cost me, and I have already paid for the kit.", "no_money"),
        t("I understand. Try the sections first, it only needs two valves, which we'll give you free since the height wasn't explained. If the water still doesn't reach the ends, then we talk about the stand."),
        c("Sawa. Thursday morning then.", None),
    ],
    gaming=[
        _open,
        t("Okay, I hear you. Let me understand your experience. Did you follow the instructions on the package?"),
        c("My son read them, they are in English. We connected it like the picture.", None),
        t("So what I'm hearing is the instructions were not followed properly. Usually when the ends are dry it's because the farmer didn't flush the lines. Did you flush them every week?"),
        c("Nobody told me to flush. The man who sold it said just connect and open.", None),
        t("That's not what we tell customers, though. And your tank is how high?"),
        c("About one metre.", None),
        t("There you go. One metre is too low, that's a mistake on your side. Any farmer knows you need height. We can't be responsible for how you installed it."),
        c("I told your man the height when I bought it! He said it was fine. I want my money back.", None),
        t("Refunds aren't possible on used kits. Is there anything else I can help you with today?"),
        c("No. I will tell the whole group not to buy here.", None),
    ],
))

# 16. monologue -- Ohio used combine
_open = c("Hey there. My combine's a 2003, getting tired. I'm thinking about something used, nothing fancy. I run about nine hundred acres, beans and wheat.", None)
PAIRS.append(gpair(
    "b199g_ohio_usedcombine", "farm machinery dealer, Findlay OH", "monologue",
    "A soybean and wheat farmer near Findlay, Ohio visits the dealer about a used combine to replace a twenty-year-old machine.",
    good=[
        _open,
        t("Hey, thanks for coming by. Nine hundred acres of beans and wheat. What's wearing out on the 2003, the engine, the separator, or a lot of little things?"),
        c("Little things mostly. It's in the shop every harvest for something. Last fall I lost four days in the middle of beans waiting on a part.", None),
        t("Four days down in the middle of beans hurts. So reliability matters more to you than capacity. What heads are you running, and do you want to keep them?"),
        c("Thirty-foot flex and a twenty-five for wheat, I'd keep them if they'll fit. Budget's about one-fifty and I'm not going over that.", None),
        t("With your heads and one-fifty, you're looking at about a 2012 to 2014 in the size class you have now. I have a 2013 with about nineteen hundred separator hours, off a farm near Lima. It'll take your heads with a new adapter, around four thousand. Want to look at the inspection report and walk around it?"),
        c("Sure, I'll look. But I'm not buying today, I've got two other dealers to check first.", "think_it_over"),
        t("That's sensible. Take the inspection report with you. If you like, we can run it in your wheat in July so you see it working before you decide."),
        c("That'd be good, actually. Let's see the report.", None),
    ],
    gaming=[
        _open,
        t("Hey, welcome! Love that. Let me tell you what we've got, because this is a great time to buy. Used prices are the softest in five years, and we just took in a 2019, eight hundred hours, every option, auto-steer, yield mapping, the works. I know you said nothing fancy, but honestly, once you've had yield maps you never go back. Guys your size are all moving up because labor's so tight."),
        c("A 2019? That's way past what I was thinking of spending. I just need something that...", "too_expensive"),
        t("I hear you, totally, but think cost per acre, not sticker price. With a thirty-five foot head you'd finish beans two days earlier, and there's point-nine percent financing through the end of the quarter. I'd also put you in a new draper, because your flex won't fit this one without an adapter and a draper in beans is a whole different experience."),
        c("I don't want a new head. Mine are fine.", "no_need"),
        t("Right, right, and we'll take your heads in trade, that helps. So here's what I'm thinking. Trade the 2003, trade the heads, we put you in the 2019 and the draper, and your payment's probably about what you spend on repairs now. Fair? I'll have the finance guy run numbers."),
        c("I didn't ask for numbers. I'll think about it.", "think_it_over"),
        t("For sure, take your time. Let me grab you a brochure and the finance guy's card, and I'll call you Monday to follow up on our conversation."),
        c("Yeah. Okay.", None),
    ],
))

# 17. closing_as_open_question -- Esperance WA, ag chemicals
_open = c("Morning, Pete here. Got a ryegrass problem in the barley paddocks, reckon it's getting resistant to what I've been using. Wanted to talk options before seeding.", None)
PAIRS.append(gpair(
    "b199g_esperance_ryegrass", "rural merchandise and ag chemical reseller, Esperance WA", "closing_as_open_question",
    "A grain grower near Esperance rings the rural merchandise store about a pre-emergent herbicide for resistant ryegrass in barley.",
    good=[
        _open,
        t("Morning Pete. What have you been using, and for how long? And has anyone tested the ryegrass for resistance?"),
        c("Trifluralin mostly, five or six years straight. No test. It's just not knocking it like it used to.", None),
        t("Five or six years of trifluralin and it's slipping, that's a common story. A resistance test would confirm it, a few weeks through the lab. Meanwhile the usual move is a different mode of action, but the options vary a lot in price. How many hectares of barley this year?"),
        c("About twelve hundred. And I'll be honest, I can't spend a fortune, the last couple of seasons haven't been flash.", "no_money"),
        t("Understood. The cheaper rotation option runs about twenty-two dollars a hectare, the premium one about forty-five. Given the seasons you've had, I'd put the cheaper one on the worst paddocks and keep trifluralin in the mix on the cleaner ones. And send a seed sample to the lab this year, so next year you know what you're dealing with."),
        c("The lab test, what's that cost?", None),
        t("About a hundred and twenty. Grab a sample bag when you're in town. I'll email you a price sheet with both rates today, and you tell me which paddocks get what."),
        c("Good. I'll look at the paddock map tonight and ring you back.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Morning Pete, great to hear from you. Before we dig in, what would it take for you to lock in your whole pre-em order with us today?"),
        c("Today? I don't even know what I'm using yet. That's why I rang.", None),
        t("Absolutely. So, thinking about the season ahead, which would work better for you, delivery in March or pickup in April?"),
        c("Neither, until someone tells me what actually works on resistant rye.", None),
        t("Great point. The premium option is forty-five a hectare and it's the best there is. How many hectares shall I put you down for, all twelve hundred?"),
        c("Forty-five a hectare on twelve hundred? No chance, mate, that's over fifty grand.", "too_expensive"),
        t("I hear you. So what would need to happen for you to feel comfortable going ahead today, if I could sharpen the pencil a little?"),
        c("I'd need to know it works. Let me have a yarn with my agronomist.", "think_it_over"),
        t("Of course. And once your agronomist says yes, how would you prefer to pay, on account or card?"),
        c("I'll call you if I need you.", "brush_off"),
    ],
))

# 18. pitch_as_paraphrase -- Kiambu layers feed
_open = c("Hello. I keep three hundred layers. Since I changed to a cheaper feed two weeks ago the eggs have gone down from about two-fifty a day to one-eighty. I want to know if it's the feed.", None)
PAIRS.append(gpair(
    "b199g_kiambu_layersfeed", "animal feed store, Kiambu", "pitch_as_paraphrase",
    "A woman keeping three hundred layers near Kiambu visits the feed store because egg numbers fell after she switched to a cheaper feed.",
    good=[
        _open,
        t("Thanks for coming in. That's a big drop. How old are the birds, and did anything else change, the lighting, the water, any sick birds?"),
        c("They are about fifty weeks. Nothing else changed, only the feed. They are eating, I don't see sick ones. But the shells are a bit thin also.", None),
        t("Fifty weeks, only the feed changed, eating well, and thinner shells. That points to the feed, probably less calcium and protein. Which feed were you on before, and which now?"),
        c("Before it was from the big mill, now I use one from a small mill in Githunguri. It's four hundred shillings cheaper per bag.", None),
        t("Four hundred a bag is real money. But at one-eighty eggs instead of two-fifty you lose seventy eggs a day, which is more than the saving. I would go back to the old feed for two weeks and see if the eggs come back."),
        c("Going back, I understand. But that feed has also gone up, and I am paying school fees this month.", "no_money"),
        t("Then mix them for now, half old and half new. That's cheaper and should help. I'll write down the proportions. Count the eggs every day for two weeks and come back, we'll see if it's working."),
        c("Okay, that I can do. Let me take two bags of the old one.", None),
    ],
    gaming=[
        _open,
        t("Welcome! What brings you in, what are your needs today?"),
        c("The eggs have dropped since I changed to a cheaper feed. From two-fifty to one-eighty. And the shells are thin.", None),
        t("So what you're saying is you want our Layers Gold Plus with the added vitamin pack, the complete solution. Did I get that right?"),
        c("I didn't say that. I'm asking if it is the feed. I changed because of the price.", None),
        t("Right, so your need is the best value for money, which is Layers Gold Plus in the seventy kilo bag with our loyalty card. Correct?"),
        c("How much is that one?", None),
        t("Three thousand nine hundred. So to play back what you need: ten bags a month on the loyalty card, delivered. Is that right?"),
        c("That is even more than what I paid before. No, let me first ask the vet.", "too_expensive"),
    ],
))

# 19. upsell_as_loop_closing -- Indiana farm store, stock tank heater
_open = c("Morning. My stock tank's freezing solid every night, the cows can't get at the water. Need a tank heater, whatever works.", None)
PAIRS.append(gpair(
    "b199g_indiana_tankheater", "farm and feed store, Columbus IN", "upsell_as_loop_closing",
    "A cow-calf farmer near Columbus, Indiana comes into the farm store in January because his stock tank freezes every night.",
    good=[
        _open,
        t("Morning. Cold one. What kind of tank is it, poly or galvanized, and how big? And is there power out there?"),
        c("Galvanized, about three hundred gallons. There's an outlet on the barn, maybe forty feet away.", None),
        t("Three hundred gallon galvanized, power forty feet away. A fifteen hundred watt sinking heater will keep that open. It's fifty-nine."),
        c("Fifty-nine, huh. The last one I bought at the hardware store burned out in one winter.", "bad_experience"),
        t("That happens with the cheap ones. This one has a two-year warranty, keep the receipt and we swap it here. Do you have an outdoor-rated cord, and can the cows reach where the cord runs?"),
        c("I've got a good cord. Tank's right by the barn gate, they crowd around it.", None),
        t("Then I'd add a cord guard, twelve dollars, so they don't chew through it. If they couldn't get near it I'd tell you to skip it."),
        c("Yeah, okay, the guard too.", None),
        t("Seventy-one total. If it still skims over on the coldest nights, bring it back and we'll swap you up to the bigger one."),
        c("Good deal. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Morning! We'll get you sorted. Sinking heater, fifty-nine. Now, before we wrap up, what else can I add for you? We've got an automatic heated waterer on sale, five-eighty, it'd replace the tank altogether."),
        c("No, I just need the heater. The tank's fine.", "no_need"),
        t("Got it. Just to close the loop and make sure nothing's missing, what else can I get for the herd today? Mineral, calf starter, the new fly tags for spring?"),
        c("It's January. I don't need fly tags.", "no_need"),
        t("Fair! Early bird pricing, though. And to complete your order, can I add our de-icer bundle, thermometer and float valve, only forty?"),
        c("I came in for one thing, man.", "no_need"),
        t("Totally. Last thing, anything else I can add to make today's experience complete? A store card saves you five percent on all this."),
        c("I don't have time for this. My cows are standing at a frozen tank. Just the heater.", "no_time"),
    ],
))

# 20. leading_tag_questions -- Machakos goats, private vet
_open = c("Hello daktari. Three of my goats are coughing since last week, and one has a running nose. I have twenty-five goats. I am worried it will spread.", None)
PAIRS.append(gpair(
    "b199g_machakos_goatcough", "private veterinary practice, Machakos", "leading_tag_questions",
    "A goat farmer near Machakos calls a private vet because three of her goats are coughing.",
    good=[
        _open,
        t("Hello. Good that you called early. Are the coughing ones eating, and is any of them breathing fast or hot to touch? Did you bring in new goats recently?"),
        c("They are eating but less. One is breathing fast, the others not so much. Yes, I bought four from the market in Kitui three weeks ago.", None),
        t("So three coughing, one breathing fast, eating a bit less, and four new goats from Kitui three weeks ago. That timing matters. It could be ordinary pneumonia, or something that spreads from new animals, like CCPP. Can you keep the coughing ones and the new ones apart from the rest today?"),
        c("I can tie them on the other side. But daktari, how much is the visit? The last vet who came charged me a lot and the goat died anyway.", "bad_experience"),
        t("I'm sorry about that. My visit is one thousand five hundred plus the drugs, and I will tell you the cost of any treatment before I give it. If it is CCPP, the whole herd should be vaccinated, about eighty shillings a goat."),
        c("Eighty for twenty-five, that is two thousand. Okay, that I can manage. When can you come?", None),
        t("Tomorrow morning, around nine. Keep the sick ones apart tonight, with clean water and shade."),
        c("Sawa, tomorrow at nine. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Hello. You'll want me to treat the whole herd with antibiotics, won't you? Better safe than sorry."),
        c("The whole herd? Only three are coughing.", "no_need"),
        t("But you wouldn't want to lose them all, would you? And you'll want the long-acting injection, not the cheap one, won't you?"),
        c("How much is the long-acting one, for twenty-five goats?", None),
        t("About six thousand, plus the visit. That's reasonable, isn't it? And you'll want the vaccine as well, surely?"),
        c("Six thousand! Daktari, that is too much for me. I only want you to check the three.", "too_expensive"),
        t("You understand that if it spreads, that's on you, don't you? So we agree I bring everything tomorrow, yes?"),
        c("Let me ask my husband first. I will call you.", "think_it_over"),
    ],
))
