"""b154 gaming pairs A (kinds 1-5)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Um, my AC's blowin' warm again. Last outfit charged me six hundred to top off the Freon and it's right back doin' it.", N)
PAIRS.append(gpair(
    "b154g_hvac_warm_air", "HVAC contractor, Knoxville, Tennessee (phone)", "monologue",
    "Warm AC in July; another firm charged $600 for refrigerant that leaked out.",
    [o,
     t("Oh no, in this heat. Did it quit all of a sudden, or get weaker over a few days?"),
     c("Kinda slow. About a week it ain't been keepin' up. Same as last spring.", N),
     t("Fading over a week, same as spring, after a top-off. That sounds like a leak. Did they ever look for where it's leaking?"),
     c("No sir. Just filled it and took my money. I'm not payin' for that again.", "bad_experience"),
     t("I wouldn't either. A leak search first, $89: I tell you where it is and what the fix costs before anybody adds refrigerant."),
     c("Alright. Thursday mornin', before it gets hot.", N)],
    [o,
     t("Sorry to hear it, and let me tell you about the experience we give folks. We're not like those other outfits. What I recommend in your situation is a brand-new 16 SEER system, ten-year warranty, and we finance."),
     c("Well, I was just wantin' somebody to--", N),
     t("Your old unit's probably R-22, every top-off costs more, and a new one pays for itself, our customers love it. So what I'm hearing is you're done throwin' money at that old unit, right?"),
     c("I didn't say that. I need the leak found. I ain't buyin' a whole new unit.", "no_need"),
     t("Totally hear you. Financing's $99 a month, no money down, and a comfort advisor can come tomorrow to walk you through the options. Great experience, about two hours."),
     c("Two hours? Honey, just email me somethin' and I'll call you.", "brush_off")]))

o = c("This is Loretta Sizemore on Caney Fork Road. My bill come in at four hundred twelve. It ain't ever been over two hundred.", N)
PAIRS.append(gpair(
    "b154g_coop_high_bill", "Rural electric cooperative, eastern Kentucky (phone)", "monologue",
    "A retired member's January bill doubled.",
    [o,
     t("That's a big jump. Has anything changed at the house since December? Somebody staying, a new appliance?"),
     c("Well, my grandson's been stayin' since Christmas. And I got a little space heater for the back bedroom.", N),
     t("Is that heater running all night, would you say?"),
     c("Night and day, honey, that room's cold as a well-digger's... well, it's cold.", N),
     t("That'll do it, maybe a hundred dollars a month. Our energy advisor can check that room free, maybe the window needs sealing."),
     c("I'll think about lettin' him come. I don't much like folks in the house.", "think_it_over")],
    [o,
     t("So glad you called, we have a wonderful program for members like you! Heat Pump Advantage: up to $800 rebate on a new heat pump, paid on your bill."),
     c("A heat pump? I just wanted to know why--", N),
     t("Exactly, members love the experience! A heat pump saves thirty percent, and our SmartHub app shows your usage daily. Do you have a smartphone?"),
     c("I got a flip phone. Honey, I'm seventy-eight, I ain't puttin' in no heat pump.", "no_need"),
     t("Lots of seniors said that at first. The rebate's while funds last. Shall I put you down for next week?"),
     c("Just mail me somethin' about it, honey. I got a pot on the stove.", "brush_off")]))

o = c("Mornin'. How much y'all want for that white three-quarter-ton? And what'll you give me for mine, she's got two-sixty on her.", N)
PAIRS.append(gpair(
    "b154g_truck_lot_trade", "Used pickup lot, Lubbock, Texas", "closing_as_open_question",
    "A fencing contractor asks about a pickup and a trade-in.",
    [o,
     t("Thirty-eight nine. Before I guess at yours, what are you hauling? Tells us if it's the right truck."),
     c("Fence panels, post driver, skid steer sometimes. Eleven thousand pounds all in.", N),
     t("That one's rated twelve-five, so it'll do. Is yours still pulling it, or is that why you're looking?"),
     c("Transmission's slippin'. Shop wants four grand to rebuild it.", N),
     t("So four grand against a payment. Our appraiser drives yours, twenty minutes, and I write down trade and payment to compare."),
     c("Twenty minutes I can do. But I ain't signin' nothin' today, my wife keeps the books.", "think_it_over")],
    [o,
     t("Great question! What would it take for you to drive this truck home today?"),
     c("Whoa. I'm just lookin' right now. I asked what you'd give me for mine.", "brush_off"),
     t("Absolutely. If I get the number where you want it, what's keeping you from signing today?"),
     c("I ain't even drove it. And my wife keeps the books.", "think_it_over"),
     t("Relationships matter. So how would you like to pay, finance with us or a check?"),
     c("Son, I ain't said I'm buyin'. Last lot hit me with six hundred in doc fees doin' just this.", "bad_experience"),
     t("I hear you. So which color works better for your business, white or silver?"),
     c("I'm goin' to lunch. Somewhere else.", N)]))

o = c("hey this is brenda at shiloh baptist. homecoming is the 3rd sunday in oct, bout 150 folks. yall do fried chicken and sides", N)
PAIRS.append(gpair(
    "b154g_caterer_homecoming", "Church-hall caterer, Dothan, Alabama (text messages)", "closing_as_open_question",
    "A church secretary plans a homecoming dinner for 150.",
    [o,
     t("Hi Brenda! Yes ma'am. Is the church cooking any of it, or the whole meal from us?"),
     c("ladies do desserts. we need meat 3 sides and tea. last years caterer ran out of chicken by 1230", N),
     t("I'll plan extra so the last table eats. Served is $14 a head, $2,100. Drop-off in pans, $12.50."),
     c("hmm thats more than we budgeted. committee set 1800", "no_money"),
     t("Drop-off with two sides plus rolls comes under $1,800. Want both written up for the committee?"),
     c("yes do that. they meet wed night", N)],
    [o,
     t("We'd love to be part of your homecoming experience! Which menu would you like to lock in today, the $16 or the $19?"),
     c("i dont know yet. whats in them", N),
     t("Great question! And to hold your date, how would you like to pay the deposit, card or check?"),
     c("i cant pay anything til the committee votes wed", "think_it_over"),
     t("What would need to happen for you to feel comfortable booking before Wednesday?"),
     c("nothing. committee decides not me", "think_it_over"),
     t("Perfect. When they say yes, which Sunday would you like us, the 3rd or the 2nd as backup?"),
     c("its the 3rd. i told you. ill call the place in ozark", N)]))

o = c("my video calls keep droppin every afternoon around 3. im on the 25 meg plan. is it you or me", N)
PAIRS.append(gpair(
    "b154g_wisp_video_drops", "Fixed-wireless internet provider, West Virginia (web chat)", "pitch_as_paraphrase",
    "A home worker's video calls drop every afternoon.",
    [o,
     t("Sorry about that, let's find out. Every device, or just the work laptop?"),
     c("phone too i think. kids get home about then", N),
     t("About 3, more than one device, kids home. Are they streaming or gaming then?"),
     c("oh the boy is on his xbox til supper. didnt think of that", N),
     t("Likely it. Free fix: set the router to put your laptop first. The 50 plan is $20 more, but try free first."),
     c("ok lets try the free one", N)],
    [o,
     t("So what I'm hearing is you need more speed, and Mountain Max 100 at $89.99 would solve that, is that right?"),
     c("no i asked if it was you or me", N),
     t("Totally. So you work from home, so what you really need is Business Priority with a static IP, correct?"),
     c("i dont know what that is. how much", N),
     t("$129 a month. So if I'm hearing you right, reliability is your top need, so Business Priority is the fit?"),
     c("129 for internet out here. no. i pay 55 and thats plenty", "too_expensive"),
     t("So price matters, so Mountain Max at $89.99 is your sweet spot, did I get that right?"),
     c("just email me the prices. i gotta get back to work", "brush_off")]))

o = c("How much y'all loan on a chainsaw? Stihl, runs good. Got my class ring too if it ain't enough. Need three hundred by Friday.", N)
PAIRS.append(gpair(
    "b154g_pawn_saw_ring", "Pawn shop, Macon, Georgia (counter)", "pitch_as_paraphrase",
    "A man needs $300 by Friday for a car repair.",
    [o,
     t("Let's see. A loan you'll pay back, or would you rather sell? It changes the number."),
     c("Pay it back. Ring was my daddy's. Just need the car fixed to get to work.", N),
     t("Saw alone I can do $220, with the ring about $340. Fee's 20% a month, so $300 costs you $60."),
     c("Sixty dollars just to borrow it. Whew. That's steep.", "too_expensive"),
     t("It is. Pay early, no penalty, and leaving the ring out keeps the loan and fee smaller."),
     c("Saw only then. I ain't riskin' Daddy's ring.", N)],
    [o,
     t("So what I'm hearing is you need fast flexible cash, which is our 90-day Gold Advantage loan, is that right?"),
     c("I didn't say ninety days. I said Friday.", N),
     t("So what you really need is peace of mind, and for $15 Protection Plus covers your items while we hold them, did I understand correctly?"),
     c("Y'all gonna protect it from y'all? No sir.", "no_need"),
     t("So to play that back, you want best value, which means ring and saw on one loan, right?"),
     c("No! The ring only if it ain't enough. What's the saw worth?", N),
     t("Perfect, saw and ring together, $340 Gold Advantage. Starting the ticket."),
     c("Give me my saw. I'll go to the one on Pio Nono.", N)]))

o = c("Hi, I need this band sized up, it won't go past my knuckle since the baby. How much? Mall place charged me a hundred forty last time.", N)
PAIRS.append(gpair(
    "b154g_jewelry_band_resize", "Family jewelry store, Savannah, Georgia (counter)", "upsell_as_loop_closing",
    "A new mother wants her plain band sized up; a mall store once overcharged her.",
    [o,
     t("Congratulations! Let's measure. Is it tight all day or mostly evenings?"),
     c("Mostly evenings. Mornings it's almost fine.", N),
     t("Then a half size up, not a whole, so it won't spin later. Plain 14 karat, $55, ready Thursday."),
     c("Well that's better than the mall. Thursday's fine.", N),
     t("Half size, $55, Thursday after ten. Anything about the ring itself to check?"),
     c("No, that's it. Thank y'all.", N)],
    [o,
     t("Half size up is $55. Now, to close the loop, what else can I add for you today? Our diamond bands stack beautifully."),
     c("No ma'am, I just need it to fit.", "no_need"),
     t("And to make sure we've covered everything, shall I add our $79 lifetime care plan? Prong checks included."),
     c("It's a plain band. There ain't no prongs.", "no_need"),
     t("Great point! Anything else we can add to your experience, maybe earrings?"),
     c("Honey, I got a four-month-old and a car payment.", "no_money"),
     t("Last thing, what else could make today perfect? Gift wrap is $5."),
     c("Just the sizing. Please.", N)]))

o = c("Need some of that woven wire, the four-foot. Neighbor's goats is eatin' my tomatoes.", N)
PAIRS.append(gpair(
    "b154g_farmstore_goat_fence", "Feed and farm supply store, Tifton, Georgia (counter)", "upsell_as_loop_closing",
    "A retired man fences goats out of his garden.",
    [o,
     t("Goats'll do it. How many feet around, and do those goats climb?"),
     c("Two hundred feet, about. And one little nanny gets up on everything.", N),
     t("Two 100-foot rolls, $129 each, and one hot wire on top for the climber. A solar charger's $85 if you need one."),
     c("I got a charger from when I kept cows. And I got posts.", N),
     t("Then you save $85. Two rolls, clips, poly wire. Anything for the gate end?"),
     c("Nope, that'll do it.", N)],
    [o,
     t("How many rolls? And to close the loop, what else can I add? T-posts, post driver, solar charger?"),
     c("Two rolls, I reckon. I got posts.", N),
     t("Perfect. What else can I add to make this project a success? Our premium goat-proof panels are on sale."),
     c("Wire's fine. I ain't made of money, son, I'm on Social Security.", "no_money"),
     t("Totally. Before we wrap up, can I add premium fertilizer for those tomatoes?"),
     c("What's left of 'em. No, I reckon not.", "no_need"),
     t("Last thing, to cover everything, shall I add installation? Only $3 a foot."),
     c("I been buildin' fence since before you was born. Ring up the wire.", "no_need")]))

o = c("Hey there. I'd like to start somethin' for my grandbaby. He's six. I can put in maybe fifty a month.", N)
PAIRS.append(gpair(
    "b154g_credit_union_grandson", "Credit union branch, Tupelo, Mississippi (counter)", "leading_tag_questions",
    "A grandmother on a fixed income wants to save for her grandson.",
    [o,
     t("That's sweet. What are you picturing it for, college, a first car, a cushion?"),
     c("His mama didn't get to go to college. But I might need to get at it, I'm on a fixed income.", N),
     t("College, but you want to reach it. A 529 has tax breaks but a penalty if it's not for school. Savings is flexible, earns less."),
     c("I don't want it locked up. I got burned on a CD once, took a penalty when my husband got sick.", "bad_experience"),
     t("Then savings at $50 a month by auto-transfer, and later we can look at a 529. Transfer on the first?"),
     c("The third. That's when my check comes.", N)],
    [o,
     t("What a great grandma! You'll want the 529 college plan, won't you? That's what smart grandparents do."),
     c("I don't know what that is exactly.", N),
     t("The best way to save for college. And you'd want it growing in the market, wouldn't you?"),
     c("I don't know about the market. I might need to get at it.", N),
     t("But you don't want him struggling, do you? You'll do $100 a month to make it count, won't you?"),
     c("Honey, I said fifty, and I don't know that I can always do fifty.", "no_money"),
     t("Fifty's a start, isn't it? Let's get the 529 signed today, shall we?"),
     c("I reckon I'll go talk to my daughter first.", "think_it_over")]))

o = c("Come on in. Up front: the last fella quoted us nineteen thousand and about gave my husband a heart attack.", N)
PAIRS.append(gpair(
    "b154g_hvac_heatpump_quote", "HVAC contractor, near Asheville, North Carolina (home visit)", "leading_tag_questions",
    "A retired couple's old heat pump died; another firm quoted $19,000.",
    [o,
     t("Nineteen would've done me in too. How's the old one been? Any rooms never warm?"),
     c("Back bedroom's always cold. Otherwise fine till the compressor went.", N),
     t("How big's the house, and do y'all plan to stay a while?"),
     c("Fourteen hundred square feet. We ain't goin' anywhere but the cemetery.", N),
     t("Then a same-size standard heat pump, about $9,800, and I check that bedroom's duct. Variable-speed won't pay back here."),
     c("That's a whole lot better. But I want it in writin' before we decide.", "think_it_over")],
    [o,
     t("You'll want to do it right this time, won't you? You don't want to call somebody in ten years, do you?"),
     c("No, but we're on a fixed income. We just need heat.", N),
     t("But comfort's worth it at this stage of life, isn't it? You'll want the variable-speed, it's quietest, isn't it?"),
     c("We don't need fancy. How much is it?", "no_need"),
     t("$16,400, a lot less than nineteen, isn't it? You can see that's a good deal, can't you?"),
     c("Sixteen thousand for fourteen hundred square feet? Still way too high.", "too_expensive"),
     t("You'd want the best for your husband's health, wouldn't you?"),
     c("Don't you bring my husband into it. We'll get one more quote.", "think_it_over")]))
