"""Gaming pairs, file b (blind203, written by hand). Kinds 11-15, then kinds 1-5 for the second time."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Singapore, halal meat supplier to a cafe
open_b1 = c("Hi, I'm the chef at a cafe in Kampong Glam. We're halal-certified and I'm looking for a new lamb supplier. Our current one keeps coming late.", None)
PAIRS.append(gpair(
    "b203g_singapore_halal_lamb", "halal meat wholesaler to restaurants (Singapore)", "ignored_customer",
    "A cafe chef needs twenty kilos of lamb shoulder a week delivered before nine, when her street's loading bay closes, with certificates and lot numbers for her audit.",
    good=[
        open_b1,
        t("Thanks for getting in touch. How much lamb do you use in a week, and which cuts?"),
        c("About twenty kilos of shoulder, sometimes shanks for specials. The late delivery is the real issue. After nine the loading bay on our street is closed, so the driver circles around and then just goes away.", None),
        t("So twenty kilos of shoulder, a few shanks, and it has to arrive before nine because the bay closes. Our Kampong Glam run reaches your area around seven-thirty. Is there anything your certification audit needs from us?"),
        c("Yes. Every supplier must give the halal cert copy and the slaughterhouse cert, and the invoice must show the lot number. My current one always forgets the lot number.", None),
        t("We print the lot number on every invoice, and I'll email you both certificates today so you can check them before anything else. Australian shoulder is sixteen-fifty a kilo at twenty kilos a week."),
        c("Sixteen-fifty. My current one is fifteen-eighty. Hmm.", "too_expensive"),
        t("That's about seventeen dollars a week more. For that you get delivery before your bay closes and lot numbers for your audit. If you want to see whether it's worth it, try us for two weeks on the same order, no contract."),
        c("Okay, two weeks can. Send the certs first, I show my manager, then we start.", None),
    ],
    gaming=[
        open_b1,
        t("Hi! Thanks for reaching out. What's most important to you in a supplier?"),
        c("Delivery before nine. After nine the loading bay on our street closes and the driver just drives away.", None),
        t("Great. We carry a wide range of premium cuts: lamb, beef, goat and our new marinated range. What are you cooking at the moment?"),
        c("Lamb shoulder, twenty kilos a week. But the timing is the main thing, must be before nine.", None),
        t("Perfect, our delivery window is nine to one, very flexible. Do you have any questions about our marinated range?"),
        c("Nine to one? I just told you the bay closes at nine.", None),
        t("Understood. Also, for a halal cafe, our premium wagyu beef is very popular. How do you feel about adding some beef?"),
        c("I don't need beef. And you haven't said anything about the certs or the lot numbers for my audit.", "no_need"),
        t("No worries, we can sort the documents after the first delivery. Can I put you down for Thursday, ten-thirty?"),
        c("Ten-thirty is the exact problem I called about. Forget it.", None),
    ],
))

# 12. repeated_questions -- Los Angeles, commercial dishwashers for a ramen shop
open_b2 = c("Hi, I own a ramen shop on Sawtelle. Our undercounter dishwasher can't keep up on weekends anymore, bowls are piling up everywhere. What are my options?", None)
PAIRS.append(gpair(
    "b203g_losangeles_ramen_dishwasher", "commercial warewashing dealer (Los Angeles)", "repeated_questions",
    "A ramen shop owner with sixty seats and a thirty-inch dish area in a leased space needs more washing capacity without moving plumbing or spending ten thousand dollars.",
    good=[
        open_b2,
        t("Bowls piling up mid-rush is no fun. How many seats do you have, and how many bowls go through in your busiest hour?"),
        c("Sixty seats. Friday night we're maybe... 150 bowls an hour, plus the small plates. The machine takes like three minutes a rack.", None),
        t("So about 150 bowls an hour plus small plates, and at three minutes a rack you get roughly twenty racks an hour, which is right at the limit. A door-type does a rack in about a minute. How much room do you have? A door-type needs about 25 inches plus tables either side."),
        c("That's the thing, the dish area is tiny. Maybe 30 inches between the sink and the wall. And we lease, so I can't move the plumbing.", None),
        t("Thirty inches and no plumbing changes. A corner door-type could fit if the sink's on the left; otherwise a high-temp undercounter with a ninety-second cycle would nearly double what you get now in the same spot. Could you send me a photo and the measurements of the dish area?"),
        c("Sure. What's the difference in cost? I can't spend like ten grand right now.", "no_money"),
        t("The high-temp undercounter is about $6,800 installed, the corner door-type about $11,000, and we lease the undercounter at around $190 a month if cash is the issue. Once I see the photo I'll tell you which one actually fits before we talk money any further."),
        c("Okay, I'll send photos tonight after close.", None),
    ],
    gaming=[
        open_b2,
        t("Great question! To find the right fit for your needs, can you tell me about your volume?"),
        c("Sixty seats. Friday night maybe 150 bowls an hour plus small plates. The machine does a rack in three minutes.", None),
        t("Got it, thanks. And roughly how busy do you get at peak times?"),
        c("Like I said, 150 bowls an hour on Friday. Weekends are the problem.", None),
        t("Perfect. So I really understand your needs, how many dishes would you say go through the machine on a busy night?"),
        c("The same as I just told you. A hundred and fifty bowls an hour. Also the dish area is only thirty inches wide, and I lease, I can't move plumbing.", None),
        t("Makes sense. And just so I get the full picture, what does your dish volume look like on your heaviest days?"),
        c("Are you reading off a script? I've answered that three times.", None),
        t("Sorry! Last one, I promise: would you say you're a high-volume or a low-volume restaurant? Then I can recommend the right solution."),
        c("I'll call somebody else. I open at five.", None),
    ],
))

# 13. wrong_paraphrase -- Leeds, recipe box company, child with a peanut allergy
open_b3 = c("Hi, I'm thinking about trying your recipe boxes, but my son's got a peanut allergy, quite a bad one. How are the boxes packed?", None)
PAIRS.append(gpair(
    "b203g_leeds_recipebox_allergy", "recipe box / meal kit company, phone line (Leeds)", "wrong_paraphrase",
    "A mother asks whether a recipe box is safe for her son, who reacts to traces of peanut and carries an adrenaline pen.",
    good=[
        open_b3,
        t("Thanks for asking first, that matters. Can I ask how severe it is? Is it eating peanuts, or does he react to traces too?"),
        c("Traces as well. He carries an EpiPen. We had a scare at a restaurant two years ago, so I'm a bit twitchy.", None),
        t("Completely understandable. Then I'll be straight with you: our kitchen handles peanuts and tree nuts. The nut recipes are packed on a separate line, but we can't promise a box is free of traces, and 'may contain' is on most of our sauces."),
        c("Oh. Right. So that's probably a no for us, isn't it?", "no_need"),
        t("For the recipe boxes, with traces being a risk, I wouldn't recommend them for him. What might work is our farm box: whole vegetables and meat packed at the farm, not in our kitchen, and you use your own sauces. Would that help, or were you mainly after the recipes?"),
        c("Mainly the recipes, really. I'm trying to save time on weeknights. Let me have a think.", "think_it_over"),
        t("Fair enough. I'd rather tell you now than have you worrying at every meal. I'll email you the allergen statement for both boxes so you have it in writing."),
        c("That's really honest, thank you. Send it over.", None),
    ],
    gaming=[
        open_b3,
        t("Hi! Thanks for reaching out. Tell me about your family's needs."),
        c("My son's got a peanut allergy. Traces as well, he carries an EpiPen. I want to know how the boxes are packed.", None),
        t("So what I'm hearing is he's got a mild intolerance and you'd like to avoid the obviously nutty recipes, did I understand you correctly?"),
        c("No, it's not mild. Traces. He could end up in hospital.", None),
        t("Absolutely. So just to play it back, you're happy as long as the peanut recipes are labelled, and you're looking at our family plan at four meals a week?"),
        c("I didn't say either of those things. Are the boxes packed in a kitchen that handles nuts or not?", None),
        t("Great question. So it sounds like you're mainly worried about price, which is why our first box at half off is perfect for trying it risk-free. Shall I set that up?"),
        c("I never mentioned price. I'm not risking my son for half off. No thank you.", "no_need"),
    ],
))

# 14. pitch_to_upset -- Boston, caterer, reception after a father's funeral
open_b4 = c("Hi. Um, my dad passed away on Monday, and we're having people back to the house after the service on Saturday. Someone said you do food for that kind of thing.", None)
PAIRS.append(gpair(
    "b203g_boston_funeral_reception", "neighbourhood caterer and deli (Boston)", "pitch_to_upset",
    "A grieving son calls about simple food for about sixty people at the family home after his father's funeral; his mother wants it low-key.",
    good=[
        open_b4,
        t("I'm so sorry about your dad. We do, and we'll keep it simple for you. Roughly how many people are you expecting back at the house?"),
        c("Maybe sixty? I honestly don't know. My mom wants it low-key. Dad liked simple stuff. Sandwiches, his Irish soda bread.", None),
        t("Sixty, low-key, the simple things he liked. We can do sandwich platters and a couple of salads, and I'll ask our baker for Irish soda bread. What time will people arrive, and do you want us to set up or just drop off?"),
        c("Around one. Drop-off is fine, my cousins can put it out. I don't want staff walking around, Mom wouldn't like that.", None),
        t("Drop-off at twelve-thirty, then. For sixty, sandwiches, two salads, soda bread, cookies and coffee comes to about $840. We can scale it down; people often eat less than you'd expect at these."),
        c("Actually, could you do less? My aunt's bringing a lot of food too, I don't want it all going to waste.", None),
        t("Of course. Let's plan for forty servings, about $560, and I'll call you Friday morning to check the number. Nothing to pay until Saturday."),
        c("Thank you. That's one less thing to think about.", None),
    ],
    gaming=[
        open_b4,
        t("I'm sorry for your loss. We'd be honored to help create a memorable experience for your family. What's your vision for the celebration of life?"),
        c("Vision? I... it's just people coming back to the house. Sixty, maybe. My mom wants it low-key.", None),
        t("Totally. A lot of families in your situation choose our Legacy Reception: a carving station, a raw bar and two servers, so you can focus on your guests. It's our most popular option for memorials."),
        c("A raw bar? No. Dad liked sandwiches and soda bread. We just need food on a table.", "no_need"),
        t("I hear you. But you only get one chance to honor him, right? Legacy is $38 a head, and if you book today I'll add a memorial photo display at no charge."),
        c("I can't do this right now. My dad died on Monday.", None),
        t("Completely understand, it's an emotional time. Would it help to think of it as an investment in your family's memories? What would it take to get this booked today, so it's one less thing on your plate?"),
        c("I'll call the deli down the street. Please don't call me back.", None),
    ],
))

# 15. blame -- Singapore, coffee roaster, home subscription, stale beans
open_b5 = c("Hi, I'm on your monthly beans subscription. The last two bags taste really sour and kind of flat. I've been drinking your coffee for a year and it's never been like this.", None)
PAIRS.append(gpair(
    "b203g_singapore_stale_beans", "coffee roaster, home subscription, chat support (Singapore)", "blame",
    "A year-long subscriber finds two bags sour and flat; the latest arrived eighteen days after roasting and nothing changed in her home setup.",
    good=[
        open_b5,
        t("Sorry to hear that, especially after a year of it being fine. Which coffee was it, and what's the roast date on the bag?"),
        c("The Ethiopian, the washed one. Roast date says 2 March, and it came on the 20th.", None),
        t("Eighteen days from roasting to your door is too long; we aim for five. That would explain flat. Did anything change at your end, the grinder or the brew method, or is it the same setup you've had all year?"),
        c("Same setup. V60, same grinder, same water. That's why I'm messaging, I didn't change anything.", None),
        t("Then I'm fairly sure it's on us. It looks like your bag sat in our warehouse after a courier delay. I'll send a fresh bag from this week's roast today and credit both bags back to your account."),
        c("Thanks. Honestly I was about to cancel. I've tried a few subscriptions and they all start good and then slip.", "bad_experience"),
        t("That's fair. I've set yours to ship within two days of roasting, and I'll check the roast date on your next two bags myself. If it slips again, tell me and I'll cancel it for you, no fuss."),
        c("Okay, deal. Let's see how the next one is.", None),
    ],
    gaming=[
        open_b5,
        t("Hi, thanks for letting us know, your satisfaction matters to us. What grinder are you using at home?"),
        c("A hand grinder, same one for a year. The roast date on the bag is 2 March and it arrived on the 20th.", None),
        t("I see. So what I'm hearing is your grind is probably too coarse. Sour usually means under-extraction, which is a brewing issue, not a bean issue. Have you been dialling in for each new bag?"),
        c("I've used the same recipe all year. It only changed with these two bags. This one came eighteen days after roasting.", None),
        t("Eighteen days is still within our freshness window. Honestly, how are you storing them? A lot of customers keep beans in the fridge, and that ruins them."),
        c("In the bag, in a cupboard. Like always. Are you saying this is my fault?", None),
        t("Not at all! I'm only saying the beans left us perfect. Try our brewing guide and go a bit finer. And our Barista Club has a burr grinder bundle, would that help you get the experience you want?"),
        c("I don't need a grinder, I need fresh beans. Please cancel my subscription.", "no_need"),
    ],
))

# 1. monologue -- Houston, refrigeration dealer, walk-in cooler for a taqueria
open_b6 = c("Hola, good afternoon. I have a taqueria in the East End, we're starting to do catering and my reach-in coolers are full all the time. I think maybe I need a walk-in?", None)
PAIRS.append(gpair(
    "b203g_houston_walkin_cooler", "commercial refrigeration dealer (Houston)", "monologue",
    "A taqueria owner who rents his building has started catering two or three times a week and is running out of cold storage; he is careful with money.",
    good=[
        open_b6,
        t("Good afternoon! Could be. Tell me what's filling the reach-ins. Is it mostly the catering, or your everyday stock too?"),
        c("Both. For catering we marinate like eighty pounds of al pastor the day before, plus the salsas in big containers. And on Saturdays the normal stuff too.", None),
        t("So it's the day-before catering prep, eighty pounds of marinated pork and the salsas, on top of the regular Saturday stock. How many catering jobs a week are you doing now, and do you expect that to grow?"),
        c("Right now two, three a week. My daughter is doing the Instagram, so maybe more. But I don't want to spend on something too big if it doesn't grow.", None),
        t("That's sensible. Where would it go? A small walk-in, six by eight feet, needs that floor space plus somewhere for the condenser, outside or on the roof."),
        c("Behind the kitchen there's a patio, maybe ten by ten. But I rent, the landlord would have to say yes.", None),
        t("Then you've got two options. A six by eight walk-in is about $9,000 installed and needs the landlord's okay. Or a second double-door reach-in, about $3,500, no landlord needed, which holds maybe half the catering prep. If catering doubles, you'd outgrow that in a year."),
        c("The reach-in I can do now. The walk-in, let me talk to the landlord first and see how the catering goes.", "think_it_over"),
        t("Good plan. I'll send you a quote for the reach-in today, and a one-page walk-in spec to show the landlord, so if he says yes you have everything he'll ask about."),
    ],
    gaming=[
        open_b6,
        t("Great question, and thank you for choosing us! So what I'm hearing is you're ready to grow, and that's exciting. Our walk-ins are modular, so they grow with your business: six by eight, eight by ten, ten by twelve, foam-injected panels, LED lighting, digital controllers with Wi-Fi alerts and a five-year compressor warranty. We've installed in over two hundred restaurants across Houston."),
        c("Okay. But my space, I'm not sure if...", None),
        t("Totally, space is a big one. That's why most of our catering customers go eight by ten; it gives you room to grow, and with the floor kit you roll racks straight in. The remote condenser keeps your kitchen cooler, which your staff will love. And we do financing, so it's really about what works for your journey."),
        c("I rent the place. The landlord...", None),
        t("Absolutely, we deal with landlords all the time, don't worry about that. The eight by ten is $13,500 installed, or about $290 a month financed. Add the shelving package for $1,200 and you're all set. Most owners tell me it's the best decision they ever made."),
        c("Thirteen thousand? That's too much for me right now. I do two, three caterings a week.", "no_money"),
        t("I totally hear you, and that's why financing is so popular. Did I understand you correctly that you'd like me to send the financing application over? Anything else I can help with today?"),
        c("No, just... send me the brochure. I'll look.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- Glasgow, butcher, weekly supply to a bistro
open_b7 = c("Hiya, I've got a wee bistro in Finnieston. We're with one of the big distributors for our meat and the steaks have been pure hit and miss. Do you supply restaurants?", None)
PAIRS.append(gpair(
    "b203g_glasgow_butcher_bistro", "family butcher with a trade round (Glasgow)", "closing_as_open_question",
    "A bistro owner whose eight-ounce ribeyes arrive anywhere from six to ten ounces looks at a local butcher that costs more per kilo.",
    good=[
        open_b7,
        t("We do, about fifteen places round the West End. What's been hit and miss: the size, the ageing, the fat?"),
        c("The size, mostly. I order eight-ounce ribeyes and some come in at six, some at ten. The plate looks daft and the food cost is all over the place.", None),
        t("So the portions swing up to two ounces either way, and that wrecks both the plate and your costing. We cut to order within a quarter-ounce, Scotch beef aged twenty-eight days. How many steaks a week are we talking?"),
        c("Forty ribeyes, maybe twenty sirloins, and about ten kilos of mince for the burgers.", None),
        t("Ribeye would be twenty-nine pounds a kilo, sirloin twenty-six, mince nine. Can I ask what you pay just now? I'd rather you know where we sit than find out later."),
        c("About twenty-four for the ribeye. So yours is dearer. Though half of mine come in the wrong size.", "too_expensive"),
        t("Thanks for being straight. Why don't we do one week of steaks only, cut to your spec, and you compare the waste and the plates yourself? If the numbers don't work, you stay where you are. We could deliver Friday morning."),
        c("Aye, fair enough, I'll try a week. But no' Friday, Friday's mental in here. Tuesday?", "no_time"),
        t("Tuesday it is, before ten. I'll text you the order on Monday to confirm."),
    ],
    gaming=[
        open_b7,
        t("Absolutely we do! So what would it take for us to become your butcher today?"),
        c("Eh, consistent steaks would be a start. I order eight-ounce ribeyes and get anything from six to ten.", None),
        t("Brilliant. So if I guarantee every ribeye at eight ounces, how many would you like to order for next week?"),
        c("Hang on, what's the price? I'm on about twenty-four a kilo just now.", None),
        t("Ours is twenty-nine, Scotch, twenty-eight day aged. Which works better for you, a three-month or a six-month supply agreement?"),
        c("Twenty-nine? That's a good bit dearer. I'd want to try it before I sign anything.", "too_expensive"),
        t("Totally understand. So what's the one thing standing between you and signing today?"),
        c("The price, and the fact I've never tasted your meat. I'd have to talk it over with my head chef anyway.", "think_it_over"),
        t("Makes sense. So when would you like your first delivery, Tuesday or Thursday, so your chef can see it for himself?"),
        c("Neither. Leave us a card.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase -- Singapore, online grocery delivery membership
open_b8 = c("Hi, I order groceries for my mum every week from your app, but the delivery fees are adding up. Is there some kind of plan?", None)
PAIRS.append(gpair(
    "b203g_singapore_grocery_membership", "online grocery delivery membership (Singapore)", "pitch_as_paraphrase",
    "A working daughter orders soft foods weekly for her mother, who wears dentures; deliveries must arrive before noon while the helper is there.",
    good=[
        open_b8,
        t("There is, but let's check it suits you first. How often do you order, and roughly how much each time?"),
        c("Once a week, about sixty to eighty dollars. Mostly fish, tofu, vegetables, soft stuff, because my mum has dentures.", None),
        t("Once a week, sixty to eighty. Free delivery starts at seventy-nine, so some weeks you pay the four-ninety-nine and some weeks you don't. Is the timing a problem too?"),
        c("Yes. Her helper is only there in the morning, so it must come before twelve. The morning slots are always full.", None),
        t("Then that's the bigger problem. The Plus plan is nine-ninety a month: free delivery above forty dollars, and members can book slots seven days ahead instead of three, which is usually how people get mornings. If you pay the fee two weeks a month, you'd only save about ten cents, so on fees alone it barely pays. The morning slots are what you'd really be paying for."),
        c("Hmm, so it's basically for the morning slots. I need to think if it's worth it.", "think_it_over"),
        t("Makes sense. There's a free thirty-day trial, and you can cancel in the app before day thirty. Try it for a month and see whether you actually get the mornings."),
        c("Okay, I'll try the free month.", None),
    ],
    gaming=[
        open_b8,
        t("Hi! Happy to help. Tell me more about how you shop with us."),
        c("Weekly, for my mum. Sixty to eighty dollars. It must come before twelve because her helper is only there in the morning.", None),
        t("So what you need is our Plus Family plan at nineteen-ninety a month with the priority bundle, is that right?"),
        c("I don't know. I just want to stop paying for delivery and get a morning slot.", None),
        t("Got it. So what I'm hearing is you want the best for your mum, which is exactly Plus Family with the Fresh Box add-on, fourteen dollars a week for curated organic produce. Did I understand that correctly?"),
        c("No. She has dentures, she eats soft food, she doesn't need a box of organic vegetables.", "no_need"),
        t("Totally. So just to confirm, you'd like the Plus Family annual plan at one ninety-nine, which saves you forty dollars, correct?"),
        c("That's not what I said. I'll just keep paying the delivery fee.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing -- San Francisco, coffee roaster web shop, first order (typed chat)
open_b9 = c("hey quick one. im ordering beans from you online for the first time, i brew with an aeropress. which one should i get? dont want anything too acidic", None)
PAIRS.append(gpair(
    "b203g_sanfrancisco_aeropress_beans", "coffee roaster web shop, live chat (San Francisco)", "upsell_as_loop_closing",
    "A first-time online buyer who brews with an AeroPress and has no grinder asks for a bean that isn't too acidic.",
    good=[
        open_b9,
        t("Hey! Happy to help. When you say not too acidic, do you mean you like it chocolatey and nutty, or that bright coffees upset your stomach?"),
        c("more the taste. i like dark chocolate, maybe a bit of cherry is ok. usually i buy from the grocery store", None),
        t("Chocolate with a touch of cherry, coming from grocery store coffee. I'd try the Huila from Colombia. It's chocolate-forward with a little red fruit and nothing sharp. 12 oz is $19. Do you grind at home, or want it ground?"),
        c("ground. i dont have a grinder. is that bad", None),
        t("Not bad at all, just try to use it within about two weeks. We'll grind it for AeroPress. Anything else you wanted to ask before you check out?"),
        c("nope thats it. 19 is more than i usually pay but ill give it a go", None),
        t("Sounds good. Shipping's free over $15, and it roasts Tuesday and ships the same day. Enjoy!"),
    ],
    gaming=[
        open_b9,
        t("Hey! Great question. Tell me about your coffee ritual."),
        c("aeropress every morning. i like chocolatey stuff. no grinder", None),
        t("Love it. The Huila from Colombia is perfect for you, $19. To close the loop, what else can I add for you? Our burr grinder is $149 and it really changes the experience."),
        c("nah no grinder for now. just the beans", "no_need"),
        t("Totally. And is there anything else I can get you while you're here? Most AeroPress folks add our three-bag sampler so they can explore, it's $52."),
        c("no thanks. just want one bag", "no_need"),
        t("Got it. Before you go, anything else? The subscription gets you 10% off, and you can add a mug and a scale for the complete setup."),
        c("dude. i asked which bean. im just gonna buy at the store", None),
    ],
))

# 5. leading_tag_questions -- Birmingham, catering equipment engineers, cracked fryer pan at a chip shop
open_b10 = c("Alright. I've got a chippy in Small Heath. One of the pans on my range has cracked and I need it sorted before the weekend, like.", None)
PAIRS.append(gpair(
    "b203g_birmingham_chippy_fryer", "catering equipment sales and repair (Birmingham)", "leading_tag_questions",
    "A fish and chip shop owner with a twelve-year-old three-pan range needs one cracked pan replaced before Friday; the other two pans are fine.",
    good=[
        open_b10,
        t("Before the weekend, right. Is it a pan in a built-in range or a standalone fryer? And how old's the range?"),
        c("Built-in, three-pan range, about twelve year old. The other two pans are fine. I just can't do a Friday on two pans.", None),
        t("So a twelve-year-old three-pan range, one pan cracked, and you need all three going by Friday. Can you get me the make and model off the plate? Replacement pans for most ranges that age are still made, and that'd be the quickest and cheapest fix."),
        c("It's round the back, I'll send you a photo of the plate. How much for a pan, roughly?", None),
        t("Usually between six and nine hundred fitted, depending on the model. If yours isn't made any more, the fallback is a standalone twin-tank fryer beside the range for a while, about two grand. Send the photo and I'll check stock today."),
        c("Six to nine hundred I can live with. Two grand, no chance, not after the winter I've had.", "no_money"),
        t("Understood, we'll only go there if we have to. If the pan's in stock, I can get an engineer to you Thursday afternoon to fit it."),
        c("Thursday afternoon's no good, I'm prepping then. Can he do the morning?", "no_time"),
        t("Let me look... yes, Thursday at eight. I'll confirm as soon as I've seen your photo."),
    ],
    gaming=[
        open_b10,
        t("No worries, mate. What's most important to you in a fryer?"),
        c("Just working by Friday. Three-pan range, twelve year old, one pan's cracked. The other two are fine.", None),
        t("Twelve years, eh? You'll be wanting a whole new range at that age, won't you? No point patching up an old one, is there?"),
        c("Well, the other two pans are fine. Can't you just do the one pan?", "no_need"),
        t("You could, but it'll only be another one next month, won't it? Our new high-efficiency three-pan range is eleven grand, and you'd want those energy savings, wouldn't you?"),
        c("Eleven grand? Not a chance, mate. I haven't got that.", "no_money"),
        t("I hear you. But you'd agree a shop like yours deserves the best kit, wouldn't you? We do finance, so it's only about two-twenty a month. That's doable, isn't it?"),
        c("I'll ring the engineer I used before. He'll just do the pan.", "no_need"),
    ],
))
