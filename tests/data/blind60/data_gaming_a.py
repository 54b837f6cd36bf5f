"""Gaming pairs, part A: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (two each). Written by hand for blind60."""
from common import c, gpair, t

PAIRS = []

# 1 -------------------------------------------------------------------------
o = c("Hi, yeah, I got your number from the co-op board. We've got about eleven hectares of vines, some of it on the "
      "steep bit above the river, and the tractor just... it can't really get up there safely anymore. I wanted to know "
      "if drones are even an option for that.", None)
PAIRS.append(gpair(
    "b60g_vineyard_drone_spraying", "agricultural drone-spraying contractor", "monologue",
    "A vineyard owner phones about spraying a steep block the tractor can no longer reach.",
    [o,
     t("Thanks for calling. Drones can work on slopes like that, but it depends on a few things. What are you spraying up "
       "there, and how often in a season?"),
     c("Mostly fungicide, copper and sulphur, the usual. Maybe eight, nine passes between May and August depending on "
       "the rain. Last year was wet so it was more.", None),
     t("Eight or nine passes, more in a wet year. And right now, with the tractor not safe on the steep part, how are "
       "you handling that section?"),
     c("Backpack sprayers. Me and my son. Takes us two full days each time and honestly my knees are done. But I'll be "
       "straight with you, I've heard drones cost a fortune.", "too_expensive"),
     t("Fair worry. So the steep block costs you and your son two days a pass, nine-ish passes a year, and it's wrecking "
       "your knees. Before I talk price: how many of the eleven hectares are on the slope? We charge per hectare per "
       "pass, so it would only be that part unless you wanted more."),
     c("About three hectares, maybe a bit less.", None),
     t("For three hectares it's roughly 95 a hectare per pass, so under 300 a pass. One honest caveat: we'd need to check "
       "your copper product's label allows aerial application, and there are buffer rules near the river. Could I come "
       "out, walk the block with you, check the label and the river edge, and then give you a written quote? The visit's "
       "free."),
     c("Hm. Three hundred a go, that's... I'd have to run it past my wife, she does the books. But a visit, sure, that "
       "doesn't hurt. Thursday?", "think_it_over"),
     t("Thursday works. I'll bring the label checklist and a sample flight plan, so you and your wife can look at the "
       "numbers together after. Morning or afternoon?"),
     c("Morning, before it gets hot. Eight?", None)],
    [o,
     t("Great question, and thanks for reaching out! What brings you to us today? Actually, let me tell you a bit about "
       "us first, because I think it'll answer most of it. We run six heavy-lift spray drones, forty-litre tanks, RTK "
       "positioning to two centimetres, over four thousand hectares done this year. Steep slopes are literally what we're "
       "built for. Our clients' experience is they never go back to tractors. We do a seasonal package, unlimited passes "
       "May to September, and most vineyards your size take the full-estate option so everything's covered in one go."),
     c("Right, but it's only the steep part really, the rest is fine with the tractor-", None),
     t("Absolutely, and I hear you, that's exactly what full-estate solves, because consistency across the block is so "
       "important for disease pressure. So what I'm hearing is you want peace of mind. The package also includes NDVI "
       "mapping, a health map of every vine after each flight, and our agronomist partner reads those for you. Plus "
       "drift-reduction nozzles, which is huge near water. Honestly, what would be the ideal outcome for you this season?"),
     c("The ideal outcome is my knees stop hurting. How much is this package?", None),
     t("So the full-estate seasonal is 14,800 for eleven hectares, which works out really well once you factor in fuel, "
       "labour, tractor wear, compaction, all that. We can spread it over four instalments. And just so you know, May is "
       "booking up already, so the earlier you lock in the better. We've also got a new mapping add-on that-"),
     c("Fourteen thousand. For eight hectares I don't need doing. No, that's not what I rang about.", "no_need"),
     t("Totally understand, and I appreciate you sharing that. The thing is, once people see the health maps they really "
       "do find value across the whole estate. Let me email you the brochure and a case study from a winery up the valley "
       "so you can see the results for yourself. Did that answer everything for you today?"),
     c("Send whatever you like. I'll keep doing it by hand, I suppose.", "brush_off")]))

# 2 -------------------------------------------------------------------------
o = c("Um, hello. My daughter booked this for me. She says I have the telly too loud. I'm not sure I need anything, to be "
      "honest.", "no_need")
PAIRS.append(gpair(
    "b60g_hearingclinic_firstvisit", "independent hearing-aid clinic", "monologue",
    "A retired man, booked in by his daughter, is unsure he has a hearing problem at all.",
    [o,
     t("Thanks for coming in, Mr Adeyemi. Lots of people come because someone else noticed first. Is there anywhere you "
       "notice it yourself, or is it mostly the telly she mentions?"),
     c("Well... church, maybe. The vicar mumbles. And at my grandson's, when they all talk at once, I just sort of nod.",
       None),
     t("So one-to-one in a quiet room is fine, but with a crowd, or someone speaking from the front, you lose the thread "
       "and end up nodding along. Does that bother you, or is it more your daughter's worry?"),
     c("It bothers me a bit, yes. I don't like nodding at things I haven't heard. But my friend Ron got aids and he says "
       "they whistle, he keeps them in a drawer.", "bad_experience"),
     t("That does happen, usually when they weren't adjusted properly after the first few weeks. Today I'd only test your "
       "hearing, about twenty minutes. If it shows a loss, we'd talk about whether anything helps in church and at family "
       "dinners specifically, and you could try a pair at home for a month, with adjustments, before paying anything. "
       "Does a test today feel alright?"),
     c("A test is alright. I'm not promising to buy anything, mind.", "think_it_over"),
     t("You don't have to. If the results are fine, I'll tell you so, and you can show your daughter. Shall we start?"),
     c("Go on then.", None)],
    [o,
     t("Welcome! So tell me, how's your hearing journey been? Actually, before you answer, let me explain what we do, "
       "because it's really exciting. Hearing loss is linked to cognitive decline, isolation, even falls, so it's so "
       "important to act early. We fit the latest rechargeable aids, Bluetooth, they stream straight from your telly and "
       "phone, and they're practically invisible."),
     c("I don't really use the phone much-", None),
     t("And that's fine, the app does everything for you! Our premium range has AI sound processing, it learns the places "
       "you go. Most of our clients say it transformed their relationships with their families. We've a bundle today: two "
       "premium aids, charger, TV streamer and four years of care, 4,900, or 102 a month. What matters most to you in a "
       "hearing solution?"),
     c("I suppose... I just want to hear in church. My friend Ron had a pair and they were nothing but trouble.",
       "bad_experience"),
     t("I completely understand your concern, and that's why the bundle includes the four-year care plan, so none of that "
       "would happen. With AI processing, church will be crystal clear. And with the TV streamer your daughter won't have "
       "to complain about the volume any more! Shall I take an ear impression now so we can get your order in?"),
     c("Four thousand nine hundred. I'm on a pension, love. I can't be doing that.", "no_money"),
     t("Totally hear you. The monthly option makes it so manageable, and your hearing is an investment in your future. "
       "I'll pop a brochure in the post to your daughter so you two can chat. Is there anything else I can help with?"),
     c("No. No, I'll just turn the telly down.", "no_need")]))

# 3 -------------------------------------------------------------------------
o = c("hi im looking at leasing a flat top griddle and a fryer for my taco truck, current ones are dying. what are your "
      "terms", None)
PAIRS.append(gpair(
    "b60g_foodtruck_equipment_lease", "catering-equipment leasing company", "closing_as_open_question",
    "A taco-truck owner writes in the web chat about leasing a griddle and a fryer.",
    [o,
     t("Hi! Happy to help. Before I quote terms, what size are the current griddle and fryer, and what's going wrong "
       "with them? Just so I match the right kit."),
     c("36 inch griddle, one 40lb fryer. griddle has a cold spot in the middle and the fryer thermostat is shot, oil keeps "
       "overheating", None),
     t("Got it, a cold spot and a fryer that won't hold temperature, both things that wreck a service. Are you on "
       "propane? And roughly how many hours a week is the truck running? That decides whether light-duty is fine or you "
       "need the heavier units."),
     c("propane yes. about 50 hrs a week, more in summer festivals. money is tight tho, i cant do a big upfront",
       "no_money"),
     t("Understood, no big upfront. At 50+ hours I'd go medium-duty: 36 inch griddle and 40lb fryer come to about 148 a "
       "month on a 36-month lease, first payment is the only thing due at the start, no deposit. The alternative is a "
       "light-duty pair at 112, but at your hours I think you'd be replacing parts within a year. Want both quotes side "
       "by side so you can compare?"),
     c("148 is more than i hoped but not crazy. can u send both, i want to check with my partner, we split the truck",
       "think_it_over"),
     t("Will do. I'll email both tonight with the warranty terms and what happens if you want to buy out early. When's a "
       "good time to call you both on Friday after you've talked?"),
     c("friday around 3, before we prep for the evening", None)],
    [o,
     t("Hi there! Great to hear from you. What would make this the perfect equipment partnership for you?"),
     c("just need a working griddle and fryer tbh. current ones are dying", None),
     t("Love that. So what would it take for you to have new kit on the truck this week?"),
     c("idk, depends on the price? what are the terms", None),
     t("Totally fair. Our medium-duty pair is 148 a month. And how would you like to handle the first payment today, card "
       "or bank transfer?"),
     c("wait i havent decided anything. 148 is a lot for me right now", "no_money"),
     t("I hear you, budget matters. What would you need to see from me to say yes before we finish this chat?"),
     c("i need to talk to my partner first, we split the truck", "think_it_over"),
     t("Of course, partnership is so important. When your partner says yes, which delivery day works better for you, "
       "Tuesday or Thursday?"),
     c("neither. gonna ask around a few other places. bye", "think_it_over")]))

# 4 -------------------------------------------------------------------------
o = c("Hi, um, sorry, I've never done this. I'm 41 and I've never learned to drive and I'm sort of... terrified? I just "
      "wanted to ask how it works.", None)
PAIRS.append(gpair(
    "b60g_drivingschool_nervous_adult", "driving school", "closing_as_open_question",
    "A nervous 41-year-old phones a driving school for the first time.",
    [o,
     t("No need to apologise, plenty of people start later, and nerves are normal. Can I ask what's made you decide to "
       "learn now?"),
     c("My mum's not well and she lives forty minutes out, the buses are awful. I need to get there without relying on "
       "my husband every time.", None),
     t("That's a strong reason. And when you say terrified, is it something specific, like traffic or roundabouts, or "
       "more the idea of being in charge of a car at all?"),
     c("Honestly the whole thing. I had two lessons years ago with a shouty instructor and I cried in a car park. So.",
       "bad_experience"),
     t("I'm sorry that happened. So you need to get to your mum on your own, and you need someone calm who goes at your "
       "pace, not someone who shouts. We could start with one single lesson on a quiet industrial estate, in an automatic "
       "if you like, and you decide afterwards whether to carry on. Would that feel manageable?"),
     c("Maybe. What does an hour cost?", None),
     t("38 for the hour. No block, no deposit. And you can choose the instructor; Maria is very calm, a lot of our "
       "nervous learners ask for her."),
     c("Okay. Okay, Maria. Could it be a Saturday? I work weekdays.", None),
     t("Saturday at ten is free this week or next. Which would you prefer?"),
     c("Next week. I need a few days to get my head round it.", None)],
    [o,
     t("Welcome! Everybody's journey is different. What would it take for you to feel confident enough to book your "
       "first block today?"),
     c("I... don't know. I had lessons before and it went really badly.", "bad_experience"),
     t("I totally hear you, and that's why our Confidence Package exists. How would you like to start, with the 20-hour "
       "or the 30-hour package?"),
     c("Twenty hours? I haven't even said I'll do one lesson. I'm not ready for that.", "think_it_over"),
     t("Completely valid! Lots of our learners feel that way at first. What would need to happen for you to feel ready "
       "by the end of this call?"),
     c("Not being rushed, for a start.", None),
     t("Absolutely, no rush at all. So which is easier for the deposit, card now or a payment link by text?"),
     c("I'm going to go. Sorry.", None)]))

# 5 -------------------------------------------------------------------------
o = c("Hello. I manage a dental practice, 9 staff, two of them part-time hygienists paid per session. Our accountant "
      "does payroll now and it's slow and expensive. Looking at options.", None)
PAIRS.append(gpair(
    "b60g_dentalpractice_payroll_software", "payroll software vendor", "pitch_as_paraphrase",
    "A dental practice manager enquires about moving payroll off the accountant.",
    [o,
     t("Thanks. When you say slow and expensive, what does that look like now? Roughly what do you pay, and where does "
       "it go wrong?"),
     c("About 240 a month. Payslips come late, and every time a hygienist does extra sessions I email a spreadsheet and "
       "it gets missed.", None),
     t("So the real pain is the session pay: you send variable hours, they fall through the cracks, and payslips are "
       "late. Does the accountant do anything else for you, pensions, year-end, that you'd still need?"),
     c("Pensions, yes. Year-end they'd keep anyway, they do our accounts.", None),
     t("Then you'd want something that handles per-session rates and pension submissions, and the accountant keeps "
       "year-end. Our standard plan covers that at 4 per employee a month, so about 36 for you. Honest caveat: the "
       "hygienists' sessions would need entering by you, or pulling from your booking system if it exports. Which system "
       "do you use?"),
     c("An old one, I doubt it exports anything. And honestly I haven't got time to learn new software this quarter, "
       "we've got our inspection coming.", "no_time"),
     t("Fair. Entering sessions by hand takes most managers ten minutes a pay run, but an inspection quarter is a bad "
       "moment to switch anything. How about a free trial that starts after your inspection, and meanwhile I check with "
       "our team whether your booking system can export at all?"),
     c("That's reasonable. After the 20th. Email me.", None)],
    [o,
     t("Thanks for getting in touch! Can you tell me a bit about your current payroll experience?"),
     c("Accountant does it. 240 a month, payslips late, hygienist sessions get missed.", None),
     t("So what I'm hearing is you need a fully managed all-in-one HR and payroll suite with automatic rostering, is "
       "that right?"),
     c("No. I need payroll that handles per-session pay.", None),
     t("Absolutely, so just to play that back: what you're really looking for is our Practice Pro tier, payroll, HR, "
       "rostering and e-signature, at 19 per employee. Did I capture that correctly?"),
     c("You did not. 19 a head is 171 a month, that's barely cheaper than the accountant, for things I didn't ask for.",
       "too_expensive"),
     t("Understood, so what matters to you is value, which is exactly what Practice Pro delivers once you count the time "
       "you'll save on rostering. Shall I set up your account?"),
     c("Our receptionist does the rota on a whiteboard and it works. Send me a price for payroll only and I'll compare.",
       "think_it_over")]))

# 6 -------------------------------------------------------------------------
o = c("Good afternoon. My daughter is eight, she start piano lessons in school. The teacher say she need instrument at "
      "home to practise. I don't know anything about pianos.", None)
PAIRS.append(gpair(
    "b60g_pianoshop_first_instrument", "piano and keyboard shop", "pitch_as_paraphrase",
    "A parent with limited English is buying a first practice instrument for an eight-year-old.",
    [o,
     t("Good afternoon. How lovely that she's starting. Can I ask about your home: is there space for an upright piano, "
       "or is it a smaller flat where a digital piano would fit better?"),
     c("Small flat, third floor, no lift. And the neighbours, the walls are thin.", None),
     t("Third floor, no lift, thin walls. Then a real upright would be very hard to carry up and loud for the "
       "neighbours; a digital piano with headphones would suit you better. Did the teacher say what she needs, like "
       "weighted keys, or how many keys?"),
     c("She say 88 keys and... heavy keys? Like real piano. But my budget is maybe 400, not more. And maybe she stop "
       "after one year, children change.", "no_money"),
     t("That makes sense, she may or may not stick with it. 88 weighted keys under 400 is possible: we have an entry "
       "model at 379 with headphones and a stool. Or, if you're unsure, we rent the same model at 22 a month, and if you "
       "buy later, the first six months' rent comes off the price. Which sounds better for your family?"),
     c("Rent first, I think. If she love it, we buy. Can you deliver? Three floors, remember.", None),
     t("Yes, two people deliver it, it's only 12 kilos in the box, and they set it up. Delivery is free for rentals. "
       "Would Saturday suit?"),
     c("Saturday is good. Morning please.", None)],
    [o,
     t("Welcome! How exciting. Tell me, what does your daughter's musical journey look like?"),
     c("She is beginner. Eight years. Teacher say she need piano at home.", None),
     t("So what you need is a proper acoustic upright like this Yamaha here, 4,200, so she can grow into it, is that "
       "right?"),
     c("Four thousand? No, I think... we live small flat, third floor.", None),
     t("Perfect, so what I'm hearing is you want something compact but premium, and that's our hybrid, 2,900, real "
       "action, silent mode for the neighbours. That's what you're looking for, correct?"),
     c("I don't say this. I have maybe 400 for this.", "no_money"),
     t("Understood, so you're looking for the best investment in her future, and our finance plan makes the hybrid just "
       "81 a month. Did I understand you correctly?"),
     c("No, you don't understand. I go to other shop.", None)]))

# 7 -------------------------------------------------------------------------
o = c("Hi, I'm here to pay for Biscuit, the ginger cat? He had his booster. Also, sorry, quick question, he's been "
      "scratching his ears loads, is that a thing?", None)
PAIRS.append(gpair(
    "b60g_vetclinic_checkout_ears", "veterinary clinic reception", "upsell_as_loop_closing",
    "A student paying for her cat's booster at the desk mentions he keeps scratching his ears.",
    [o,
     t("Hi! Yes, Biscuit, booster's done, that's 48. About the ears: how long has he been scratching, and have you seen "
       "anything in them, like dark wax or redness?"),
     c("Maybe a week? There's kind of brown gunk. He goes in and out, he's not an indoor cat.", None),
     t("A week of scratching and brown gunk in an outdoor cat can be ear mites, but it can also be an infection, and the "
       "treatment is different, so I don't want to guess at the desk. The vet who just saw him has five minutes now; a "
       "quick look in the ears is 15, not a full consult. Would you like her to check before you go?"),
     c("Fifteen's okay. I'm a student though, I'm watching every penny, is this going to turn into a big bill?",
       "no_money"),
     t("If it's mites, the drops are about 12 and one tube usually does it. If it's an infection, she'll tell you the "
       "cost before doing anything. Nothing happens without you saying yes."),
     c("Okay, cool, yes please.", None),
     t("Great, take a seat, she'll call Biscuit in a couple of minutes. I'll hold the bill until after so you only pay "
       "once."),
     c("Thanks, that's really helpful.", None)],
    [o,
     t("Hi! Booster's done, 48. Before we close out today, what else can I add to make sure Biscuit's fully covered? "
       "Our Wellness Club is just 14 a month."),
     c("Uh, no thanks. But the ears, he keeps scratching them, there's brown gunk.", None),
     t("Oh, poor thing. Just to close the loop on that, what else would help you feel confident about his ear health? "
       "We do a prescription ear-cleaning kit, 29, and a lot of owners add the flea and mite combo, 36 for three months."),
     c("Shouldn't someone look at it first? I'm a student, I can't just buy everything.", "no_money"),
     t("Totally get it. So just to make sure nothing's missed today, is there anything else I can add, maybe the dental "
       "chews, they're on offer? And did you want the Wellness Club so future checks are included?"),
     c("No. Just the booster. I'll sort his ears out myself.", "no_need"),
     t("No problem at all! Anything else before I put it through? And how satisfied were you with your visit today?"),
     c("Honestly? Not very. Forty-eight, card.", None)]))

# 8 -------------------------------------------------------------------------
o = c("Need fence posts. 100 by 100, 2.4 long. Twenty of them.", None)
PAIRS.append(gpair(
    "b60g_timberyard_fence_posts", "builders' merchant timber yard", "upsell_as_loop_closing",
    "A landscaper at the trade counter orders fence posts for a customer's garden.",
    [o,
     t("Twenty 100 by 100 at 2.4, no problem. Are they going straight in the ground, or into concrete shoes?"),
     c("Straight in the ground, concrete round them. It's for a customer, garden's wet, heavy clay.", None),
     t("Wet clay, straight in the ground: then you want the UC4 ground-contact grade, not the standard. Standard ones "
       "rot at the base in a few years in clay. UC4 is 14.20 each against 11.50. Have you already priced the job?"),
     c("Already quoted him. Eleven-fifty was in my head. Extra fifty-odd quid, that's out of my pocket.",
       "too_expensive"),
     t("Fair enough, your call. But if they go soft in four years, it's you he'll ring. On your trade account I can do "
       "UC4 at 13.40, so it's about 38 more for the lot. Have you got postcrete and gravel boards sorted?"),
     c("Got gravel boards. Postcrete, yeah, go on, twenty bags. And fine, the UC4 ones.", None),
     t("Twenty UC4 posts at 13.40, twenty bags of postcrete. Loading bay three in ten minutes. On the account?"),
     c("Account. Cheers.", None)],
    [o,
     t("Twenty 100 by 100 at 2.4, coming up. And to close the loop on your project, what else can I add for you today? "
       "Rails, boards, a post-hole borer?"),
     c("Just the posts, mate.", "no_need"),
     t("No worries. Just so nothing's missed, what else does the job need? We've got composite panels on offer this "
       "week, lifetime guarantee."),
     c("I've got panels. Customer's already picked them.", "no_need"),
     t("Great, love that you've got a happy customer. So last thing to close the loop: what else could make this project "
       "a success for you? Our post-saver sleeves are 3.99 each, most trades add them."),
     c("Are they worth it in clay? Ground's sodden over there.", None),
     t("Totally, customers love them. Anything else I can add? Screws, stain, van hire?"),
     c("You didn't answer me. Look, I haven't got time for all this, just ring up the posts.", "no_time")]))

# 9 -------------------------------------------------------------------------
o = c("Morning! I'm thinking about an e-bike for getting to work. It's about nine miles, there's one nasty hill, and I'm, "
      "well, not as fit as I was. I've no idea where to start.", None)
PAIRS.append(gpair(
    "b60g_ebikeshop_commuter", "e-bike shop", "leading_tag_questions",
    "A woman in her fifties wants an e-bike for a nine-mile commute with a hill.",
    [o,
     t("Morning! Nine miles with a hill is a great distance for an e-bike. What's the route like apart from the hill: "
       "roads, towpath, gravel?"),
     c("Mostly roads, a bit of canal towpath that's bumpy. And I'd have to keep it at the office, there's a bike store "
       "but it's down some steps.", None),
     t("So roads, a rough stretch of towpath, and carrying it down steps at work, which means weight matters as much as "
       "power. Have you ridden an e-bike before?"),
     c("Once, on holiday. It was lovely but heavy, I couldn't lift it onto the car rack.", None),
     t("Then I'd steer you away from the big 25-kilo ones. There's a lighter hybrid at 17 kilos with a mid-motor, it'll "
       "do the hill fine, and wider tyres for the towpath. It's 2,350. Would you like to take it up Mill Lane, and try "
       "carrying it down our cellar stairs?"),
     c("Two thousand three hundred, gosh. The budget in my head was fifteen hundred.", "no_money"),
     t("That's worth saying. At 1,500 you'd get a hub-motor bike around 22 kilos, fine on the hill, harder on the steps. "
       "Your employer may run a cycle-to-work scheme, which spreads the cost through your salary and saves tax, often a "
       "quarter or more. Do you know if they do?"),
     c("Oh, I think they do, actually. HR sent something round. I'll check.", None),
     t("Then try both today so you feel the difference, and if the scheme's on, I'll do you a quote in their format. "
       "No pressure either way."),
     c("Let's try the light one first.", None)],
    [o,
     t("Morning! Lovely. What does your ideal commute look like? You'll want plenty of power for that hill, won't you?"),
     c("I suppose, yes. It's a steep one.", None),
     t("And at nine miles you'll want the bigger battery, wouldn't you? Nobody wants to run out halfway, do they?"),
     c("No, I suppose not... but I'd have to carry it down some steps at work.", None),
     t("Oh, you'll manage, and you'd rather have the premium motor than struggle, wouldn't you? This is our best seller, "
       "3,100, full suspension. It's a beautiful bike, isn't it?"),
     c("It's lovely. It's also massive. I couldn't lift that.", None),
     t("You'd get used to it though, wouldn't you? And you'd agree your health is worth investing in, wouldn't you?"),
     c("Well of course, but that's twice what I was thinking of spending, for a bike I can't even lift.",
       "too_expensive"),
     t("Totally understand. But you don't want to buy twice, do you? Shall I take a deposit to hold it? You wouldn't "
       "want to miss out, would you?"),
     c("I think I'll look around a bit more, thanks.", "think_it_over")]))

# 10 ------------------------------------------------------------------------
o = c("Hello, I am calling from Mekong Pearl Seafood. We export frozen shrimp to Europe and need short-term cold storage "
      "near the port, maybe 120 pallets, for about three months while our own warehouse is rebuilt.", None)
PAIRS.append(gpair(
    "b60g_coldstore_shrimp_exporter", "cold-storage logistics warehouse", "leading_tag_questions",
    "A seafood exporter's logistics manager needs three months of freezer space near the port.",
    [o,
     t("Thank you. Three months, around 120 pallets. What temperature do the shrimp need, and how often will pallets "
       "move in and out?"),
     c("Minus 18 or colder. They move every week, maybe 40 pallets out, 40 in, when the container comes.", None),
     t("So a steady weekly rotation of about a third of the stock, at minus 18. Do you need anything beyond storage, "
       "like blast freezing or labelling for the European buyers, or only in-out handling?"),
     c("Only in and out, and temperature records. The EU buyers ask for the log. We had trouble before with another "
       "store, they lost two weeks of data and a buyer rejected a container.", "bad_experience"),
     t("That's a serious loss, so the temperature log isn't a nice extra, it's what gets your containers accepted. Our "
       "freezer rooms log every five minutes to a system you can open yourselves, and we export it per pallet. For 120 "
       "pallets at minus 18 with weekly handling, I'd estimate 14.50 per pallet per week plus 6 per movement. Does "
       "anyone in Europe need to approve the log format?"),
     c("Yes, our buyer in Rotterdam. The price I must compare with two others, and my director decides.",
       "think_it_over"),
     t("Of course. I'll send a written quote and a sample log file today so your Rotterdam buyer can check the format, "
       "and I'll hold a visit slot on Thursday for you and your director if that helps."),
     c("Thursday is possible. Send the file, I will forward it.", None)],
    [o,
     t("Hello, thanks for calling! Tell me about your storage needs. You'll want our premium deep-freeze zone at minus "
       "25, won't you? For seafood that's really the standard, isn't it?"),
     c("Minus 18 is what our buyers require.", None),
     t("Sure, but you wouldn't want to take risks with product like shrimp, would you? And you'll want the full "
       "12-month contract, because that gives you the best rate, doesn't it?"),
     c("I said three months. Our warehouse is rebuilt in three months.", None),
     t("Of course, but construction always runs late, doesn't it? Twelve months gives you peace of mind, right? And "
       "you'll definitely want our value-added labelling, won't you?"),
     c("We don't need labelling. We need temperature logs. The last cold store lost two weeks of logs and we lost a "
       "container because of it.", "bad_experience"),
     t("That's terrible, and that's why you'll be glad you chose a trusted partner like us, won't you? So shall I send "
       "the 12-month agreement over?"),
     c("Please send a price for three months at minus 18, nothing else. I have other quotes to compare.",
       "think_it_over")]))
