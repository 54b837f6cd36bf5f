"""Gaming pairs, part A (b106): monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions - two each."""
from common import c, gpair, t

PAIRS = []

# 1. monologue - hardware store, Sudbury (spoken)
o = c("Hi, um, yeah - I've got a, a draft coming in around my front door, like you feel it on your ankles. What do I even need for that?", None)
PAIRS.append(gpair(
    "b106g_sudbury_door_draft", "hardware store, Sudbury ON", "monologue",
    "A homeowner walks up to the paint-and-hardware counter in November about a cold draft at an old wood front door.",
    [o,
     t("Oh, that's the worst in January. Where exactly do you feel it - along the bottom, or the sides and top too?"),
     c("Mostly the bottom. And, uh, the side where the lock is, a bit. It's an old wood door, probably from the eighties.", None),
     t("Okay. When it's closed, can you see any daylight along the bottom, or is it just cold air?"),
     c("You can see a line of light, yeah. The old sweep thing is kind of torn up.", None),
     t("So the sweep at the bottom is torn and there's some air at the latch side. For the bottom, this screw-on sweep fits most wood doors, about fourteen dollars. For the side, a V-strip, eight or nine bucks. Do you have a drill and a tape at home?"),
     c("I've got a drill. Honestly I was scared you'd tell me I need a whole new door, 'cause that's not happening this year.", None),
     t("No, an eighties door can go a lot of years yet with new seals. Measure the width before you cut the sweep - maybe half an hour of work. If it's still drafty after, bring me a photo and we'll look at the frame."),
     c("Perfect. I'll grab the sweep and the V-strip then.", None)],
    [o,
     t("Great question, and thanks for coming in! Drafts are really about your whole-home experience, right? What we're seeing this season is people going to insulated steel doors - this Northshield here is R-15, triple seal, multi-point lock, comes prehung so the frame's new too. We measure, deliver, install, zero percent for twelve months-"),
     c("Um, I can't really spend door money right now, I was kind of thinking just-", "no_money"),
     t("-and I hear you, budget matters. So what I'm hearing is you want to stop the draft for good, right? Because weatherstripping is a band-aid, you'd be back next year. The install crew's booking into December already, and with the glass insert you get more light in the front hall too. Plus it's a security upgrade."),
     c("It's an old wood door. I just need the bottom thing replaced, I think. The sweep.", "no_need"),
     t("Totally, and that's a great insight, the sweep is part of the picture. But think energy bills, think resale, the front door's the first thing buyers see. Let me print you the Northshield quote with install so you have it, and sweeps are in aisle nine if you want to start there. Anything else I can help with today?"),
     c("Nah. Aisle nine. Thanks.", "brush_off")]))

# 2. monologue - telecom chat, Moncton (typed)
o = c("hi my internet keeps cutting out at night like every night around 8 its been a week", None)
PAIRS.append(gpair(
    "b106g_moncton_internet_drops", "telecom provider, online chat, Moncton NB", "monologue",
    "A customer types into the provider's support chat about home internet dropping every evening.",
    [o,
     t("hi, sorry about that, that gets old fast. when it cuts out is it everything in the house or just wifi on some devices"),
     c("no cables here its all wifi. phones tv my sons xbox. the light on the modem goes orange sometimes", None),
     t("ok thats useful. orange on that modem usually means it lost our signal, not a wifi thing. roughly when does it come back, and did anything change a week ago, new device, moved the modem"),
     c("comes back after like 20 min. nothing changed. i work from home some evenings so this is a problem", None),
     t("got it, full drop around 8, orange light, back in 20 min, and its hurting your evening work. i see errors on your line from 7:50 to 8:15 the last 5 nights, thats on our side. id like a tech to check the line outside, no charge. earliest is thurs 1-5pm"),
     c("thursday i cant be home till 430", "no_time"),
     t("no problem, the tech only needs the box outside, you dont have to be home. ill add a note to call you after 430 if they need inside, and ill credit the week of outages on your bill"),
     c("ok that works thx", None)],
    [o,
     t("hi there!! thanks for reaching out, your experience matters to us. so heres the thing, lots of our moncton customers are on older plans and the best fix for drops is honestly our fibre 1gig bundle, you get the wifi 6 pod system, 3 pods for whole home coverage, plus tv with 80 channels, and you save 15/mo when you bundle mobile"),
     c("i dont want tv i just want it to stop cutting out", "no_need"),
     t("totally understand!! the bundle is just an option. what i can tell you is fibre has 99.9% reliability, the pods mean no dead zones and the xbox will love it. promo is 85/mo for 24 months, free install this month and a 100 dollar gift card. how many phones in the house btw"),
     c("85 a month is more than i pay now and i dont even know if fibre is on my street. the modem light goes orange at 8 every night", "too_expensive"),
     t("great question! ill check availability. in the meantime have you tried restarting the modem. also our streaming add-on is 50% off this week. shall i put the fibre order in and we sort the rest after"),
     c("no. can someone just look at the line", "no_need"),
     t("for sure, ill send you the restart guide and the fibre brochure so you have everything. anything else i can help with today"),
     c("forget it ill call", None)]))

# 3. closing_as_open_question - snow removal, Ottawa (spoken, phone)
o = c("Hello, yes, I'm calling about the snow removal - the seasonal thing? My neighbour has you people. I'm in Barrhaven.", None)
PAIRS.append(gpair(
    "b106g_ottawa_snow_contract", "residential snow removal company, Ottawa ON", "closing_as_open_question",
    "A retired woman phones about a seasonal driveway contract; her husband has early dialysis appointments.",
    [o,
     t("Sure, happy to help. Tell me a bit about the driveway - single or double, and roughly how long?"),
     c("It's a double but short, the house is close to the street. And - well, the important thing is my husband goes to dialysis Monday, Wednesday, Friday, and the car has to be out by six-thirty. Last winter our fellow came at ten, eleven. Useless.", None),
     t("Oh, that's a real problem - so the timing matters more than anything. Our Barrhaven route starts at four after an overnight snowfall, and I can flag your address as priority so you're early on it. The ridge the city plow leaves at the end - did your last guy clear that?"),
     c("No, that's the other thing! I had to do it myself, at my age.", None),
     t("On priority addresses the driver does the windrow on the first pass. For a short double it's five hundred and twenty for the season, in two payments. Before you decide, I'd like someone to come mark the driveway with stakes. Would Thursday afternoon suit?"),
     c("Five-twenty, hmm. The other fellow was four hundred.", "too_expensive"),
     t("He was, and he also came at ten. The difference is the early priority and the windrow. The visit is free and there's no commitment - you can decide after."),
     c("All right. Thursday, after two. My husband will be home then too.", None)],
    [o,
     t("Wonderful, thanks for calling! Your neighbour made a great choice. So tell me, what would it take for you to join them and sign up today?"),
     c("Well, I don't know yet - my husband goes to dialysis three mornings a week, the car has to be out by six-thirty. The last company came at ten.", None),
     t("I totally hear you, timing is so important. So when would you like your service to start - November fifteenth or December first?"),
     c("I'd like to know if you can actually come that early first.", None),
     t("Absolutely, our crews are out early. And how would you prefer to pay the five-twenty - credit card, or two post-dated cheques?"),
     c("Five hundred and twenty? The other man was four hundred, and you still haven't said if you come before six-thirty.", "too_expensive"),
     t("Great point, and price is just one part of the experience. What would you need to hear from me right now to feel comfortable saying yes today? I can lock this season's rate if we do the paperwork on this call."),
     c("I need to hear a time. I'll talk to my husband and call back.", "think_it_over"),
     t("Of course! What time tomorrow works best for me to call and finalize it with you both?"),
     c("Don't call. I'll call you.", "brush_off")]))

# 4. closing_as_open_question - cottage rental, Muskoka (typed)
o = c("hi is the cottage on lake of bays free aug 10-17. 2 adults 3 kids and our dog", None)
PAIRS.append(gpair(
    "b106g_muskoka_cottage_week", "cottage rental agency, Muskoka ON", "closing_as_open_question",
    "A parent messages a cottage rental agency about a week in August for a family with a large dog.",
    [o,
     t("hi! let me check. aug 10-17 is open at the lake of bays one. quick q on the dog, how big is she/he, that cottage allows one dog under 50 lbs"),
     c("shes a lab so like 70 lbs lol", None),
     t("ah ok, then lake of bays wont work sorry, the owner is strict on that. we have one on kawagama lake, dog friendly with no size limit, 3 bdrm, same week free. how old are the kids, asking bc that one has a steep path to the dock"),
     c("4 7 and 10. how steep. the 4yo is a runner", None),
     t("honestly about 40 stairs with a railing, theres a gate at the top. some families love it, some find it stressful with little ones. its 2900 for the week vs 2600 at lake of bays"),
     c("hmm 300 more and stairs. need to talk to my husband", "think_it_over"),
     t("makes sense. i can hold kawagama 48 hrs with no deposit, and ill send pics of the path and the gate so you can both look"),
     c("yes pls send the pics", None)],
    [o,
     t("hi! great news, aug 10-17 is open at lake of bays! what would it take for you to book it right now before someone else grabs it"),
     c("does it take dogs. shes a lab 70 lbs", None),
     t("pets are part of the family for sure! so how would you like to pay the 50% deposit today, visa or etransfer"),
     c("wait u didnt answer. can the dog come", None),
     t("great question! the owner has a pet policy, its in the listing. what would make you feel ready to lock in the dates today, is it the price or something else"),
     c("its the dog. and 2600 is already the top of what we can spend", "no_money"),
     t("2600 yes! which card would you like the deposit on so we can get your familys summer experience started"),
     c("none. found the pet rules myself, under 50 lbs only. well look somewhere else", "no_need")]))

# 5. pitch_as_paraphrase - bank branch, Winnipeg (spoken)
o = c("Hi, so, um, I'm twenty-six, and I'm kind of - I'm trying to start saving for a house? My parents said I should come talk to someone. I don't really know where to start.", None)
PAIRS.append(gpair(
    "b106g_winnipeg_downpayment_saving", "bank branch, Winnipeg MB", "pitch_as_paraphrase",
    "A young hospital worker comes into a branch wanting to start saving for a first home.",
    [o,
     t("That's a good reason to come in. A few things first - are you thinking of buying in the next couple of years, or further out?"),
     c("Further, probably. Like four, five years? I just started a job at the hospital, so.", None),
     t("Congrats. And have you ever owned a home before, you or a partner?"),
     c("No, never. It's just me.", None),
     t("Then you qualify for a First Home Savings Account - up to eight thousand a year, it comes off your taxes, and it grows tax-free if you use it for a first home. How much could you set aside a month without it pinching?"),
     c("Maybe three hundred? My rent's pretty high. I don't have a lot left over, honestly.", None),
     t("Three hundred a month fits well under the limit. We can set up an automatic transfer the day after payday, and there's no fee on the account. Do you want to open it today, or take the sheet home and think about what goes in it?"),
     c("Let me take the sheet, I want to show my dad.", "think_it_over"),
     t("Sure. My card's stapled to it - book half an hour with me after and we'll pick the investments together."),
     c("Okay, thanks, that actually helps.", None)],
    [o,
     t("Welcome! That's a huge milestone. Tell me, what does home ownership mean to you?"),
     c("Uh, I guess not paying rent forever? I just started at the hospital. I could maybe save like three hundred a month.", None),
     t("So what I'm hearing is you need a full wealth plan - which is exactly our Premier Advantage package, thirty-two a month, with a dedicated advisor and a managed portfolio. Is that right?"),
     c("I mean... thirty-two a month is a lot if I'm only putting in three hundred.", "too_expensive"),
     t("Totally. So what you're really saying is you want that three hundred to grow as fast as possible - which is why the managed portfolio makes sense, with the Premier travel card bundled in. Did I get that right?"),
     c("I don't need a travel card, I never go anywhere. My parents said something about a first-home account?", "no_need"),
     t("Great point! So what you want is the FHSA inside the Premier package - the smartest combo, correct? I can set it all up now."),
     c("I think I'll just look at it online first.", "brush_off")]))

# 6. pitch_as_paraphrase - fisheries supplier, Yarmouth (typed)
o = c("hey u got hydraulic hose for a hauler in stock. mine split this morning. dumping day is monday", None)
PAIRS.append(gpair(
    "b106g_yarmouth_hauler_hose", "marine and fisheries supplier, Yarmouth NS", "pitch_as_paraphrase",
    "A lobster fisher texts the supplier days before the season opens: a hydraulic hose on his trap hauler split.",
    [o,
     t("hey, yes we stock most. what size and length, and the fittings. if u can send a pic of the old one with the tag thats fastest"),
     c("1/2 inch i think about 6 ft. pic coming. jic ends", None),
     t("got the pic, thats 1/2 two wire, 72 inch, 37 deg jic both ends. i can crimp one today, 68 bucks. is it just the one or do the others look as old"),
     c("they all came with the boat in 2016 lol. just do the one for now, money is tight till the season pays", "no_money"),
     t("fair enough. ill make it now, ready by 3. id carry a spare fitting and some rag on board monday just in case. account or pay at pickup"),
     c("account. be there at 3", None)],
    [o,
     t("hey thanks for reaching out! so what i understand is you need a full hydraulic refit before the season, our marine package with new hoses pump and valve is 1850 installed, does that sound right"),
     c("no i need ONE hose. 1/2 inch 6 ft jic ends", "no_need"),
     t("totally hear you. so what youre telling me is reliability on dumping day is your top priority, so the smart move is the new 2 speed hauler head too, correct. we have one in stock"),
     c("i never said that. hauler head is fine. just the hose", "no_need"),
     t("got it! so just to confirm, what you need is the hose plus the spare hose kit and the guard wrap, 210 total, is that what im hearing"),
     c("210 for a hose. the guy in meteghan does it for 60", "too_expensive"),
     t("i understand price matters, so what youre saying is you want value, which is exactly what the kit is. shall i book it"),
     c("no. you keep telling me what i said. ill call meteghan", None)]))

# 7. upsell_as_loop_closing - pharmacy, Montreal (spoken, bilingual customer)
o = c("Hi, hello - I'm picking up for my daughter, Lea Tremblay? The antibiotic for her ear. The doctor sent it this morning.", None)
PAIRS.append(gpair(
    "b106g_montreal_pharmacy_antibiotic", "community pharmacy, Montreal QC", "upsell_as_loop_closing",
    "A French-first father picks up a liquid antibiotic for his three-year-old's ear infection at the pharmacy counter.",
    [o,
     t("Yes, I have it here. Can I take two minutes to go over it with you? Does Lea have any allergies to medications that you know of?"),
     c("No, no allergies. She had this one before, I think, last year. No problem.", None),
     t("Good. It's five millilitres twice a day for ten days, with this syringe - not a kitchen spoon. Keep it in the fridge. Is she taking anything else now, like Tylenol or Advil for the pain?"),
     c("Yes, the Tylenol at night. It's okay together?", None),
     t("Yes, that's fine together. The main thing - give all ten days even if she seems better after three. If there's a rash or diarrhea that doesn't stop, call us or the doctor. Any other question about the antibiotic or the Tylenol dose?"),
     c("The fridge - we go to my mother in Laval for the weekend.", None),
     t("Bring it in a small cooler bag; a few hours out of the fridge is fine. Our number is on the label if anything comes up."),
     c("Perfect, merci. That's clear.", None)],
    [o,
     t("Of course! Here it is. And just to close the loop before you go - what else can I add for you today? A lot of parents take our probiotic drops with antibiotics, 24.99."),
     c("Uh, no, I think it's okay. How much do I give her?", "no_need"),
     t("It's on the label, five mL twice a day. And to make sure we've covered all her needs - what else can we add? The digital ear thermometer is on special this week."),
     c("We have a thermometer. Can she have it with the Tylenol?", "no_need"),
     t("Yes, that's fine. Anything else to complete her care? Kids' vitamin C gummies, electrolyte popsicles - and with our loyalty card you get points on all of it."),
     c("No, it's just - it's a lot. I only want the medicine, she's in the car with my wife, she's crying.", "no_time"),
     t("Totally understand! Last thing, to make sure your experience is complete - can I sign you up for the loyalty card? Two minutes."),
     c("No thanks. Just the bag, please.", "no_need")]))

# 8. upsell_as_loop_closing - HVAC service, Regina (typed)
o = c("furnace is making a banging noise when it starts up. still heating tho. can someone come look", None)
PAIRS.append(gpair(
    "b106g_regina_furnace_noise", "heating and cooling service company, Regina SK", "upsell_as_loop_closing",
    "A homeowner with a new baby messages an HVAC company's web chat about a furnace that bangs at start-up.",
    [o,
     t("hi, yes we can. a bang right when the burners light is pretty common, usually not dangerous but shouldnt be ignored. how old is the furnace and when was it last serviced"),
     c("its a lennox maybe 12 yrs. serviced... never i think. we bought the house 3 yrs ago", None),
     t("ok thanks. that bang is often delayed ignition from dirty burners, a cleaning usually fixes it. any smell of gas, and does the co alarm ever go off"),
     c("no smell. co alarm quiet. we have a baby tho so i want it checked", None),
     t("makes sense. service call is 139 incl burner cleaning and safety check. tech can come tomorrow 8-12. if he finds anything else hell explain and give a price before doing anything"),
     c("139 ok. last company that came out tried to sell us a whole new furnace on the spot tho, not doing that again. anything i should do til then", "bad_experience"),
     t("keep the co alarm on, and if you ever smell gas leave the house and call sasktenergy. otherwise let it run. ill text you the techs name in the morning"),
     c("ok thx", None)],
    [o,
     t("hi! happy to help. we can get a tech out tomorrow, service call is 139. and to close the loop on your whole home comfort, what else can i add for you. duct cleaning is 299 this month"),
     c("just the noise thx", "no_need"),
     t("perfect! anything else we can do to make this a great experience. lots of families add our whole home humidifier in winter, regina air is super dry"),
     c("no. is the banging dangerous. i have a baby", "no_need"),
     t("great question, safety is so important, the tech will check everything. before we wrap up, anything else you need, like our comfort protection plan, 19.99/mo, covers parts and 2 visits a year"),
     c("we had one of those plans with the last company and they never showed up for the visits. no", "bad_experience"),
     t("totally hear that! just to close the loop, is there anything else at all i can add to tomorrows visit"),
     c("no. just the noise. what time tomorrow", "no_need")]))

# 9. leading_tag_questions - hardware store, Halifax (spoken)
o = c("Hi there. I'm looking at snowblowers. I've never owned one - always just shovelled, but, my back, you know.", None)
PAIRS.append(gpair(
    "b106g_halifax_snowblower", "hardware and home store, Halifax NS", "leading_tag_questions",
    "A first-time buyer with a bad back looks at snowblowers on the store floor.",
    [o,
     t("Sure. Tell me what you've got to clear - how big is the driveway, and is it paved or gravel?"),
     c("Paved, single car, maybe, I don't know, forty feet? Bit of a slope.", None),
     t("And the snow where you are - mostly the heavy wet stuff? Does the city plow leave a big bank at the end?"),
     c("Oh, the wet stuff, it's Halifax. And the bank at the end is the worst part, it's like concrete.", None),
     t("Then I'd steer you off the smallest single-stage ones - they choke on that bank. A compact two-stage, 24-inch, handles wet snow and the bank: this one, 1,199. There's a single-stage at 749 that's lighter, but you'd still be shovelling the bank by hand. Where would you keep it?"),
     c("In the shed. Twelve hundred is more than I was hoping, honestly. I figured seven hundred.", "too_expensive"),
     t("That's fair. If the bank is what hurts your back, the 749 won't solve it. If you can live with doing the bank by hand, the single-stage is plenty. No need to decide today - the price holds to the end of the month, and I'll write both models down."),
     c("Write them down for me. I'll measure the driveway properly first.", "think_it_over")],
    [o,
     t("Great, you're in the right place. You'll want something that handles the big storms, won't you?"),
     c("I suppose. It's just a single driveway, though. Paved.", "no_need"),
     t("Sure, but you don't want to be out there twice a storm, right? So the 30-inch two-stage with heated grips makes sense, doesn't it?"),
     c("How much is that one?", None),
     t("It's 2,199 - a great investment in your back, isn't it? You wouldn't want to save a few hundred and end up at the chiropractor, would you?"),
     c("Two thousand. That's - that's a lot more than I was thinking. I was thinking seven, eight hundred.", "too_expensive"),
     t("Of course, but your time is worth more than that, isn't it? And you'd agree electric start is a must at your age, wouldn't you?"),
     c("At my age. Right. I'll just have a look around on my own, thanks.", "brush_off")]))

# 10. leading_tag_questions - mobile phone store, Calgary (typed)
o = c("hey looking for a plan for my daughter shes 13 getting her first phone", None)
PAIRS.append(gpair(
    "b106g_calgary_teen_phone_plan", "wireless carrier, online chat, Calgary AB", "leading_tag_questions",
    "A parent asks in the carrier's chat about a first phone plan for a 13-year-old.",
    [o,
     t("hi! happy to help. what will she mostly use it for, texting friends, calls, or videos when shes out"),
     c("texting mostly. shes on wifi at home and school. i dont want her on data all day tbh", None),
     t("makes sense. so mostly texting, wifi at home and school, and you want data kept small. are you on a plan with us already"),
     c("yes im on the 65 plan", None),
     t("then you can add her as a line for less. the 25/mo add-on has unlimited text and calls and 2gb, with a data cap and screen time controls in your app. theres also a 15 plan with no data at all, just wifi"),
     c("15 with no data hmm. but if she needs to call me from the bus she can still call right", None),
     t("yes calls and texts work on the 15 one, only mobile data is off. lots of parents start there and move up later, you can switch anytime, no fee"),
     c("ok lets do the 15 one for now", None)],
    [o,
     t("hi! first phone, exciting! shell want unlimited data, wont she. kids live on their phones these days right"),
     c("not really i dont want her on data all day", "no_need"),
     t("totally, but you want her safe when shes out, dont you. so unlimited makes sense for peace of mind, doesnt it"),
     c("she can text on wifi. whats the cheapest with no data", "no_need"),
     t("cheap plans are ok but you wouldnt want her left out when her friends are all streaming, would you. the 55 unlimited plus the new iphone on 0% is the way to go, isnt it"),
     c("55 a month for a 13 yr old no way. thats almost what i pay", "too_expensive"),
     t("i get it, but her happiness is worth it, isnt it. youd agree shes growing up fast, right"),
     c("ill go in to the store and talk to someone", "brush_off")]))
