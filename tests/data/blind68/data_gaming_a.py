"""Gaming pairs, file a (kinds 1-5, two each). Written by hand for blind68."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - plumbing, Accra
o = c("Hello, yes, good morning - um, my water heater, the geyser thing in the bathroom, it's been dripping "
      "from the bottom since Sunday and now there's a puddle, so I wanted to, er, get someone to look at it?", None)
PAIRS.append(gpair(
    "b68g_accra_water_heater", "Plumbing firm, Accra (Ghana)", "monologue",
    "A tenant phones a plumbing firm about a water heater dripping from a side pipe.",
    [o,
     t("Morning, thanks for calling Adjei & Sons. A puddle since Sunday, that's no fun. Is the water coming from the tank "
       "itself, or from one of the pipes going into it, can you tell?"),
     c("Ehh, I think from the - no wait, it's the little pipe on the side, the one with the lever. It drips more "
       "when the heater's on.", None),
     t("That sounds like the pressure relief valve. Is the heater still giving you hot water, and how old is it, roughly?"),
     c("Hot water is fine, yeah. It's about three years old. My landlord says just buy a new heater, but honestly, "
       "three years, I don't want to spend that kind of money if I don't have to.", None),
     t("At three years I'd be surprised if you need a new one. Usually it's the valve itself, or the pressure's too high and "
       "the valve is doing its job. Our technician checks both: call-out is 150 cedis, a new valve about 200 more if needed. "
       "Would tomorrow morning work?"),
     c("Tomorrow I'm at work till four... Saturday? Can you do Saturday?", "no_time"),
     t("Saturday we have nine to eleven. Until then, if the puddle grows, switch the heater off at the wall, you won't damage "
       "anything. I'll text the booking and the technician's name to this number, is that fine?"),
     c("Yes, this number. Nine to eleven Saturday. Thank you, that's a relief actually.", None)],
    [o,
     t("Good morning and welcome to Adjei & Sons, where your experience matters! So look, with geysers what we see all the "
       "time is the tank going - three, four years and they're finished, the water here is hard, the element scales up. What "
       "we recommend, and what most of our customers choose, is our HeatSafe package: new 80-litre unit, installation, "
       "removal of the old one and a two-year service plan, 4,800 cedis. Once people switch, they never look back."),
     c("Oh. Er, but it's just the little pipe on the side dripping, I don't think the whole...", None),
     t("Sure, sure, and that's exactly how it starts. The valve drips, then the tank goes, then you've got water through the "
       "ceiling, I've seen it a hundred times. HeatSafe also gets you priority call-outs, which in rainy season is gold, and "
       "we do finance over three payments. So tell me, what matters most to you in a hot water solution?"),
     c("What matters... I just want it to stop dripping? 4,800 - I don't have that kind of money lying around.", "no_money"),
     t("Totally understand, that's what the three payments are for. And the cost of a flood is far more than 4,800. The new "
       "units are thirty percent more efficient, so it pays for itself on your electricity. I'll put you down for a survey "
       "and the team will go through all the options, that's the best next step. Anything else I can help with today?"),
     c("No - hang on, I don't want a survey for a new heater. Can someone just come and look at the pipe?", "no_need"),
     t("Of course, and the survey covers that too, the technician will look at everything and show you why the package makes "
       "sense. I've got Thursday at ten. Great talking to you, and welcome to the Adjei family!"),
     c("I... okay, no. I'll call someone else. Bye.", None)]))

# 2 monologue - coworking, Krakow (typed chat)
o = c("hi do you have day passes or only monthly", None)
PAIRS.append(gpair(
    "b68g_krakow_day_pass", "Coworking space, Krakow (Poland)", "monologue",
    "A remote worker asks a coworking space by website chat whether it sells day passes.",
    [o,
     t("Hi! Both. A day pass is 60 zl, a monthly hot desk 690 zl. How often are you thinking of coming in?"),
     c("not sure. maybe 2-3 days a week. i work remote for a dutch company and home is too noisy lol", None),
     t("Two or three days, mainly to get away from the noise. Do you take many calls? Some spots here are better for that."),
     c("yes lots. like 2 hours a day. thats actually the main problem at home", None),
     t("Then I'd look at the 10-day carnet: 450 zl, any ten days within a month, and it includes phone booths you book in "
       "the app. If you end up coming more, switching to monthly is easy. Want a free trial day first, to test a booth on a "
       "real call?"),
     c("450 is more than i hoped tbh. the place near rondo is cheaper", "too_expensive"),
     t("Fair, some places are cheaper, and some have no booths at all, so compare what you get for the calls. The trial day "
       "costs nothing: if the booth doesn't beat your kitchen, you've lost nothing. Thursday or Friday?"),
     c("ok friday. ill bring my headset and see", None)],
    [o,
     t("Hi there and thanks for reaching out! At HubNova we believe workspace is an experience, not just a desk. Three "
       "floors, rooftop terrace, barista coffee, weekly networking breakfasts, a podcast studio and a community of 200+ "
       "founders and creatives. Most members go for Resident at 1,150 zl a month: fixed desk, locker, 10 hours of meeting "
       "rooms, mail handling."),
     c("ok but i asked about day passes", None),
     t("Absolutely, we do have those! Honestly though, day passes are more for tourists, the community is built around "
       "membership. Residents get 15% off events, priority booking, and our Slack where loads of people hire remote. People "
       "join for the desk and stay for the relationships. So how does Resident sound for your needs?"),
     c("way too much for what i need. i just need somewhere quiet couple days a week", "too_expensive"),
     t("I hear you, quiet is super important! We have the focus zone on the second floor, the rooftop for breaks, and on "
       "Fridays there's community lunch. I'd love to show you around so you can feel the vibe. This month there's also 20% "
       "off your first Resident month. When's good for a tour?"),
     c("pass. ill look around elsewhere thanks", "brush_off"),
     t("No worries at all! I'll send over the brochure and the membership price list so you have everything. Anything else "
       "I can help with today?"),
     c("no", None)]))

# 3 closing_as_open_question - vet clinic, Kingston
o = c("Morning, mi have a puppy, about ten weeks, a rescue - somebody tell me she need her shots, so, uh, I'm calling "
      "to see what she need and how much it run.", None)
PAIRS.append(gpair(
    "b68g_kingston_puppy_shots", "Veterinary clinic, Kingston (Jamaica)", "closing_as_open_question",
    "A young woman with a rescued puppy phones a vet clinic to ask about vaccinations and the price.",
    [o,
     t("Morning, and congratulations on the new pup! Do you know if she's had any shots yet, or got any papers from where "
       "you got her?"),
     c("No papers. The lady who had her said maybe one shot, but she wasn't sure. Honestly I don't know.", None),
     t("That's common with rescues. Without records Dr. Campbell will treat her as if she's had none, so it's three visits, "
       "three to four weeks apart, 4,500 dollars a visit, check-up included. Is she eating and playing, no runny tummy?"),
     c("She eat like a horse, yeah. But three visits... that add up fast, y'know? Mi just start a new job, money tight "
       "right now.", "no_money"),
     t("Understood. The first visit is the one to start now, and you pay each visit as it comes, not all up front. Would you "
       "like to book just the first, and look at the rest after Dr. Campbell has seen her?"),
     c("Yeah, that make sense. Saturday morning you open?", None),
     t("Eight to twelve. I have 9:15. Bring anything the lady gave you, even a note. What's her name, for the file?"),
     c("Pepper. 9:15, okay, thank you, miss.", None)],
    [o,
     t("Good morning, and congratulations! Tell me, what are you hoping for in your puppy's health journey?"),
     c("Uh... for her to be healthy? I just want to know what shots she need, and the price.", None),
     t("Of course. Our Puppy Start Plan covers all her vaccines, deworming, a microchip and two check-ups for 19,900. Which "
       "works better for you, paying in full today or in two instalments?"),
     c("Hold on, hold on. Mi only ask about shots. Nineteen thousand? Mi cyaan manage that this month.", "no_money"),
     t("I totally hear you. So what would it take for you to get her protected today - would two payments make that "
       "possible?"),
     c("It's not about the payments. Mi need to talk to my boyfriend first, it's his dog too, really.", "think_it_over"),
     t("Love that you decide together. If he were here right now, what would he need to hear to say yes?"),
     c("Him would want a straight price for the shots. That's what.", None),
     t("Fair enough! And if I could do the plan at 17,500 just for this week, how soon could you bring her in to get "
       "started?"),
     c("Mi will call back. Bye.", "brush_off")]))

# 4 closing_as_open_question - print shop, Lagos
o = c("Good afternoon. Please, I want to print flyers for our church harvest, it's in two weeks. Maybe 500? Or, em, a "
      "thousand, I haven't decided.", None)
PAIRS.append(gpair(
    "b68g_lagos_church_flyers", "Printing shop, Yaba, Lagos (Nigeria)", "closing_as_open_question",
    "A church volunteer walks into a print shop to order flyers for a harvest service on a fixed budget.",
    [o,
     t("Good afternoon, welcome. Two weeks is fine. Do you already have a design, or do you need us to make one?"),
     c("The youth pastor made something on his phone, on Canva. I don't know if it's good enough for printing sha.", None),
     t("Send it to our WhatsApp and I'll check it; phone designs are often okay but sometimes too low resolution. Where will "
       "the flyers go, after service, or round the neighbourhood?"),
     c("Both. Round the estate and the market on Saturday. The committee gave thirty thousand naira, no more.", None),
     t("That helps. A thousand A5 flyers, colour one side, is 38,000; 500 is 24,000. With the estate and the market, 500 may "
       "run out fast. Or a thousand on lighter paper, 31,000, still fine for handouts. I'd like you to feel both papers "
       "before deciding."),
     c("Hmm. 31 is still above what they gave me. I'll have to ask the treasurer if she can add small.", "think_it_over"),
     t("That's reasonable. I'll send a written quote for both so she sees it exactly, and check your design meanwhile, no "
       "charge. If she confirms by Thursday, you'll have them next Wednesday, well before the harvest."),
     c("Okay, that's fine. Send it to this number.", None)],
    [o,
     t("Good afternoon! I love that. What does a successful harvest look like for you this year?"),
     c("Em... plenty people coming? I just need the flyers, please.", None),
     t("Absolutely. With a thousand premium gloss flyers plus two roll-up banners for the church gate, you'll really pull the "
       "crowd. Shall I start the artwork now, or after you've paid the deposit?"),
     c("Banners? No, no, I didn't say banners. How much is the flyers alone?", "no_need"),
     t("Flyers alone on premium gloss are 52,000, but the bundle with banners is only 95,000, far better value. What's "
       "stopping you from locking in the bundle today?"),
     c("What is stopping me is the church has thirty thousand. That's it. Thirty.", "no_money"),
     t("I hear you. When would the committee be able to release the rest, so we get you into this week's run?"),
     c("They won't release anything. Let me check the other shops on the street.", "think_it_over"),
     t("No problem! Before you go, how would you like the quote, WhatsApp or email, so you can approve it tonight?"),
     c("Don't bother.", None)]))

# 5 pitch_as_paraphrase - electricity utility, Nairobi
o = c("Hello, yes, my token units are finishing very fast this month. I bought 2,000 shillings on the 3rd and already it "
      "is saying low. I don't understand, nothing changed in the house.", None)
PAIRS.append(gpair(
    "b68g_nairobi_prepaid_units", "Electricity utility call centre, Nairobi (Kenya)", "pitch_as_paraphrase",
    "A prepaid electricity customer calls because her units are running out twice as fast as usual.",
    [o,
     t("Hello, thank you for calling. That's frustrating, let's find out why. Can I have the meter number?"),
     c("Yes, it's 3714 0092 118. Wait, no - 181. 3714 0092 181. Sorry.", None),
     t("Got it. Your usage jumped from about 6 units a day to about 14 from the 5th. You said nothing changed, but did anyone "
       "move in, or is there any new appliance, even a water pump or heater?"),
     c("No... oh. Wait. My brother-in-law came on the 5th, he's staying with us. He uses the instant shower, long showers. "
       "Eh, but double?", None),
     t("An instant shower can use five or six units an hour if it runs long, so that could be most of it. To rule out the "
       "meter, a technician can test it: free if it's faulty, 500 if it's fine. Or watch usage for three days with shorter "
       "showers, and call back if it's still high. Which would you prefer?"),
     c("Let me try the three days first. He will not like the shower rule, but that is my problem, haha.", None),
     t("Good plan. I've put today's reading on your account, so whoever you speak to next can book the test straight away. "
       "Dial *977# to see your daily usage on the phone."),
     c("Ah, that one I didn't know. Okay, thank you. I'll call if it's still high.", None)],
    [o,
     t("Hello, thanks for calling. I'm sorry to hear that. Help me understand, what's been happening with your usage?"),
     c("I just said, the units are finishing fast. I didn't change anything. I think maybe the meter is wrong.", None),
     t("Okay, so what I'm hearing is you want more control over your energy, which is exactly what our SmartSaver bundle is "
       "for: smart plug kit plus the usage app, 3,500 shillings. Did I capture that right?"),
     c("No... I want to know why the units are going. I'm not buying any kit.", "no_need"),
     t("Totally. So if I understand you correctly, you're worried about running out, which means what you really need is "
       "auto top-up, so you never go dark, 200 a month. Is that a fair summary?"),
     c("It's not fair, no. Running out is not the problem, paying for units I didn't use is. And 200 extra every month, "
       "money is already short in this house.", "no_money"),
     t("Got it, so the real need is saving money, which is why families in your area choose SmartSaver. Sounds like that's "
       "the one for you, yes?"),
     c("Can you just check the meter or not?", None),
     t("Meter checks are a different process, but I'll note your interest in SmartSaver and have someone call you. Anything "
       "else today?"),
     c("Forget it.", None)]))

# 6 pitch_as_paraphrase - bike repair, Tallinn
o = c("Hi. My gears are jumping. On the back, it skips when I push hard uphill. Can you fix it today?", None)
PAIRS.append(gpair(
    "b68g_tallinn_skipping_gears", "Bicycle repair shop, Tallinn (Estonia)", "pitch_as_paraphrase",
    "A daily commuter brings in a bike whose gears skip under load.",
    [o,
     t("Let's have a look. How long has it been skipping, and is it every gear or some?"),
     c("Two weeks maybe. Mostly the small ones... er, the smaller cogs, I mean, the hard gears.", None),
     t("And how much do you ride? Ever changed the chain?"),
     c("Every day, 8 km each way. Bike's two years old, never changed anything.", None),
     t("See, the gauge drops right in: the chain is stretched, and a worn chain skips on the small cogs. A chain is 25 euros "
       "fitted. If it still skips after, the cassette is 40 more. I'll test it on the stand before you pay anything."),
     c("65 euros for gears? My friend said an adjustment is like ten.", "too_expensive"),
     t("It is 10, and I'd do that if it would help, but with this chain it'd skip again in a week. Chain first; the cassette "
       "only if you okay it after the test."),
     c("Okay, fair. Chain first. Can I collect after five?", None)],
    [o,
     t("Hey, welcome in! Tell me a bit about how you use the bike."),
     c("Commuting. 8 km each way. It's the gears skipping, that's all.", None),
     t("Nice. So if I'm hearing you right, you're a serious daily rider who's outgrown this bike and wants something lighter "
       "with a proper groupset, like this Merida, 1,290. That about right?"),
     c("What? No. I like my bike. I want the skipping fixed.", "no_need"),
     t("Of course. So what you're really saying is reliability matters most, which is our Gold Service, 149: drivetrain, "
       "bearings, cables, brake bleed. That's what you're after, correct?"),
     c("149? For skipping gears? That's half what the bike cost.", "too_expensive"),
     t("Totally fair. Playing that back: you want peace of mind at a sensible price, so the Silver Service, 99. Sounds like "
       "we're aligned?"),
     c("We're not aligned. I'll take it somewhere else.", None)]))

# 7 upsell_as_loop_closing - pharmacy, Port of Spain
o = c("Afternoon, darling. I come for my prescription, the pressure tablets - it's Ramdeen, Indira Ramdeen. And, eh, "
      "they gave me a different brand last time and I felt dizzy, so...", None)
PAIRS.append(gpair(
    "b68g_portofspain_bp_refill", "Community pharmacy, Port of Spain (Trinidad and Tobago)", "upsell_as_loop_closing",
    "An older woman collects her blood pressure prescription and mentions dizziness on a new brand.",
    [o,
     t("Afternoon, Mrs Ramdeen. You felt dizzy on the last brand - when did that start, and is it still happening?"),
     c("A week after I started. It eased off, but mornings I'm still light in the head when I get up.", None),
     t("Thank you for telling me. It's the same medicine and strength, so it may not be the brand, but morning dizziness on "
       "pressure tablets is worth checking. Do you check your pressure at home?"),
     c("No, I don't have the machine. The doctor checked it in March.", None),
     t("Then our pharmacist can take it now, free, five minutes. And I can give you the brand you had before, since you "
       "were fine on it. If the reading is low, I'll call Dr. Maharaj's office today."),
     c("The old brand, isn't that one dearer? The pension doesn't stretch so far.", "no_money"),
     t("It's 15 dollars more a month. The generic is fine to continue if that's too much. Let's take the pressure first, so "
       "we decide on facts."),
     c("Alright, take the pressure, yes. Thank you, darling.", None)],
    [o,
     t("Afternoon! Let me get that for you. Is there anything else we can do to make your visit complete today?"),
     c("Well, the dizziness, like I said. I'm not sure about that other brand.", None),
     t("Absolutely, I'm noting that. To close the loop on your heart health, what else can I add for you? The blood "
       "pressure monitor is on promotion, 399, and omega-3 is two-for-one this week."),
     c("No, no, I don't need all that. I want to know if the tablets make me dizzy.", "no_need"),
     t("Understood. Just so I haven't missed anything, shall I add CoQ10, lots of people on pressure tablets take it, or "
       "electrolyte sachets for the dizziness?"),
     c("Darling, I'm on a pension, I can't be buying all that. Just the prescription.", "no_money"),
     t("Of course! That's 48 dollars. And before I ring you up, anything else at all - a loyalty card, so you're fully "
       "taken care of?"),
     c("No. And nobody answered me about the dizzy. I'll ask my doctor.", None)]))

# 8 upsell_as_loop_closing - freight forwarder, Mombasa
o = c("Hello, I'm moving my household from Mombasa to Muscat for a new job, about, um, a two-bedroom flat's worth. "
      "I need a quote for shipping.", None)
PAIRS.append(gpair(
    "b68g_mombasa_household_move", "Freight forwarder, Mombasa (Kenya)", "upsell_as_loop_closing",
    "A professional relocating to Oman asks a freight forwarder to quote for shipping household goods.",
    [o,
     t("Congratulations on the job. A two-bedroom is often a 20-foot container, but it depends what's going. Furniture, or "
       "mostly boxes and appliances?"),
     c("Furniture. Bed, sofa, my mother's wooden cabinet - very old, it must not break. The fridge, maybe not.", None),
     t("Noted, the cabinet. When do you need things in Muscat?"),
     c("I start on the first. But the company gives me a furnished flat for sixty days, so no big rush really.", None),
     t("Then a shared container is cheaper: about 1,400 dollars against 2,600 for a full one, two weeks slower. I'd crate "
       "the cabinet separately, 120. Marine insurance is optional, 1.5% of declared value."),
     c("Insurance I'll skip. I had it on my last move and the claim took eight months and paid nothing.", "bad_experience"),
     t("Fair reason, your call. The crate matters more for the cabinet anyway. Can a surveyor come to measure this week? "
       "It's free, and the quote will be exact instead of my guess."),
     c("This week is impossible, I'm handing over at the office every evening. Next Monday?", "no_time")],
    [o,
     t("Hello! Exciting move. Tell me, what does a smooth relocation look like for you?"),
     c("Everything arriving in one piece, especially my mother's cabinet. And not too expensive.", None),
     t("Perfect. So a 20-foot container, 2,600 dollars. Before we wrap up, what else can I add so you're fully covered? "
       "Our premium all-risk insurance is 3%."),
     c("Insurance, no. I had that before with another company, total waste.", "bad_experience"),
     t("Understood. And to close the loop, door-to-door unpacking in Muscat? 450, most clients find it essential."),
     c("I can unpack myself. Is 2,600 the cheapest? I don't need a whole container, surely.", "too_expensive"),
     t("Good question! Just so nothing's missed: 30 days' storage in Muscat, 300? Then you're taken care of end to end."),
     c("I have a flat waiting, I don't need storage. You're not listening. I'll get a quote elsewhere.", "no_need")]))

# 9 leading_tag_questions - car insurance claim, Bucharest
o = c("Hello, good day. I had a small accident yesterday, in a supermarket car park - somebody hit my car from behind "
      "while I was, eh, reversing... no, wait, I was stopped, he was reversing. I want to open a claim.", None)
PAIRS.append(gpair(
    "b68g_bucharest_parking_claim", "Motor insurance broker, Bucharest (Romania)", "leading_tag_questions",
    "A driver calls her insurance broker to open a claim after a car-park bump caused by the other driver.",
    [o,
     t("Good day. I'm sorry, that's annoying. First, was anyone hurt?"),
     c("No, nobody. Just the bumper and the back light.", None),
     t("Good. Did you fill in the joint accident report together with the other driver?"),
     c("Yes, he signed. But I'm worried my premium goes up. Last year with another insurer I claimed for the windshield "
       "and they increased me 30%.", "bad_experience"),
     t("I understand. If he signed that he was reversing into you, the claim goes on his liability policy, not yours, so "
       "your premium shouldn't change. Can you send photos of the report and the damage?"),
     c("Yes, I'll send now on WhatsApp. And the car, where do I take it?", None),
     t("One of our partner garages settles directly with the insurer, so you pay nothing up front. I'll send the nearest "
       "one and your claim number within the hour."),
     c("Good. I'm in Sector 3, near Titan.", None)],
    [o,
     t("Good day! Sorry to hear that. You'll want this sorted as quickly as possible, won't you?"),
     c("Yes, of course. He hit me, he signed the paper.", None),
     t("Great. And you'd agree that with drivers like that around, your current cover isn't really enough, isn't it? Our "
       "Casco Plus covers you even when nobody signs."),
     c("My cover is fine, thank you. I only want to claim on his insurance.", "no_need"),
     t("Sure. But you wouldn't want to be caught out next time, would you? It's only 180 lei a month."),
     c("180 a month for that? That's almost what I pay for the whole year now.", "too_expensive"),
     t("Still, you'd rather be safe than sorry, wouldn't you? Shall we add Casco and open the claim together?"),
     c("I'd rather just open the claim. Can you do that or not?", None),
     t("Of course. You've got the photos, haven't you? Send them and we'll be in touch."),
     c("When? Which garage? ... You know what, I'll call his insurer myself.", None)]))

# 10 leading_tag_questions - mobile network shop, Kampala (typed chat)
o = c("hello i want a data bundle for my shop. we use mobile money and a card machine. which one is best", None)
PAIRS.append(gpair(
    "b68g_kampala_shop_data", "Mobile network operator, WhatsApp sales, Kampala (Uganda)", "leading_tag_questions",
    "A small shop owner asks by WhatsApp which data bundle suits the shop's card machine and phones.",
    [o,
     t("Hello! Is it only the card machine, or phones too, like WhatsApp orders? And what do you spend now?"),
     c("the machine and 2 phones. orders on whatsapp. i buy daily bundle 1000 every day", None),
     t("So about 30,000 a month. Do the daily bundles usually run out before closing?"),
     c("sometimes finish by 5pm on saturday. other days fine", None),
     t("Then the 10GB monthly at 25,000 should cover you, cheaper than now, with a small top-up on a busy Saturday. Try one "
       "month? You can go back to daily any time."),
     c("25 is good. but last time monthly bundle with other network expired after 2 weeks and i lost the balance",
       "bad_experience"),
     t("That happens with some bundles. Ours runs 30 days from activation, and *150# shows the balance any time. If it "
       "runs out early, message here and I'll check it with you."),
     c("ok. activate it", None)],
    [o,
     t("Hello! You'd want the fastest and biggest bundle for a business, wouldn't you?"),
     c("depends on the price", None),
     t("Of course. But you wouldn't want the card machine dropping in the middle of a sale, would you? Biashara Max, 60GB, "
       "120,000 a month, never runs out."),
     c("120000 is too much. i spend like 30000 now", "too_expensive"),
     t("Sure, but your customers deserve the best, don't they? A serious business needs a serious package, doesn't it?"),
     c("my business is a small shop. i need something small", "no_need"),
     t("Understood! The 30GB then, 75,000, that's the sensible middle, isn't it? Shall I activate?"),
     c("i will think about it", "think_it_over")]))
