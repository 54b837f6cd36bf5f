"""Gaming pairs 21-30 of blind59 (b59), written by hand."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question - student housing, Aberystwyth
o = c("Hi, sorry, um, I'm in the Seaview flats, 4B. There's black stuff on the wall behind my bed. Sorry, I don't know if that's normal.", None)
PAIRS.append(gpair(
    "b59g_aberystwyth_mould_room", "student housing (Aberystwyth, Wales)", "putdown_question",
    "A shy first-year student with mild asthma reports mould behind her bed and wet windows in the mornings.",
    [o,
     t("Don't apologise, it isn't normal and you were right to tell us. Roughly how big is the patch, and is it only behind the bed or anywhere else too?"),
     c("About... a hand? Two hands. Just behind the bed. And the window gets really wet in the mornings.", None),
     t("Thanks, that's really clear. Wet windows and mould behind furniture usually mean moisture with nowhere to go, and the building side of that is our job. Do you have asthma or anything it might affect?"),
     c("A bit of asthma. I've been coughing more, but it's also freshers' flu, so, I don't know.", None),
     t("Let's not take chances, then. Maintenance will treat the wall and check the window vent by Thursday. Meanwhile, could you pull the bed a hand's width from the wall? And if you'd rather not sleep in there until it's treated, there's an empty room on the second floor you can use for a few nights."),
     c("Oh. I, could I maybe just move to that room properly? I don't want to be a pain.", None),
     t("You're not a pain. I'll ask the accommodation office today whether it can be a permanent swap, and message you by tomorrow lunchtime with their answer."),
     c("Okay. Thank you. Diolch.", None)],
    [o,
     t("Okay, no worries. First, how often are you actually opening your window? Be honest, do you ever open it at all?"),
     c("Um. Sometimes? It's cold.", None),
     t("Right. And are you drying clothes in your room, like most first years who don't know any better?"),
     c("On the radiator, sometimes... the dryer's four pounds a go.", None),
     t("So you can see where this is coming from, can't you? Now, what exactly are you expecting us to do about condensation you're creating?"),
     c("I... I don't know. I've got asthma, I've been coughing. I just thought someone should look at it.", None),
     t("I understand how you feel. But is it really that bad, or is it a few spots? If we send maintenance for a few spots and it turns out to be lifestyle, there's a call-out charge on your account."),
     c("Never mind, then. Sorry for bothering you.", None)]))

# 22 not_my_department_or_read_the_terms - payroll bureau, Stavanger
o = c("Hei. Three of my guys got their pay today and the offshore overtime is missing. They are calling me. What happened?", None)
PAIRS.append(gpair(
    "b59g_stavanger_overtime_missing", "payroll bureau (Stavanger, Norway)", "not_my_department_or_read_the_terms",
    "An oil-service subcontractor's overtime hours, emailed a day late because the bureau's portal was down, were left out of payday.",
    [o,
     t("Hei. Sorry, missing overtime on payday is serious, and I'll sort it with you. Which three, and were the hours sent through the timesheet portal or separately?"),
     c("Eriksen, Haugland, Nilsen. Our foreman sent the hours by email on the 18th because the portal was down.", None),
     t("Found it. The email came in on the 18th, our cutoff was the 17th, so it wasn't picked up. That should have been flagged to you, not left silently. I can run an extra payment for the three tomorrow; it goes with the 14:00 bank run and lands Thursday."),
     c("Thursday. They want it today. Is there a fee for the extra run?", None),
     t("Same-day isn't possible with the bank, I'm sorry. An extra run is normally 1,200 kroner, but since we should have warned you about the cutoff, we'll waive it. I'll also send you a written note with the amounts that you can show the three of them."),
     c("Good. And next time the portal is down?", None),
     t("Then email me directly and I'll confirm receipt the same day. I'll also remind you two days before each cutoff. Does that work?"),
     c("Ja, that works.", None)],
    [o,
     t("Hei! Thanks for getting in touch, we value our partnership. Can you tell me more about what happened?"),
     c("Eriksen, Haugland, Nilsen. Offshore overtime missing. Foreman emailed the hours on the 18th, the portal was down.", None),
     t("I see. Unfortunately the cutoff is the 17th, it's in section 4.2 of our service agreement. I'd recommend reviewing the terms."),
     c("The portal was down. Your portal. What do I tell my guys?", None),
     t("I understand that's frustrating. The portal is run by our IT provider, so that's not really my department. An extra payroll run is 1,200 kroner, as per the price list; I didn't set that, unfortunately."),
     c("So I pay because your portal was down. Three years with you, and last year you also paid the holiday money wrong.", "bad_experience"),
     t("I hear you. Is there anything else I can help you with today?"),
     c("Yes. Your manager's name and number.", None)]))

# 23 social_proof_or_deadline_pressure - kitchen fitters, Dayton
o = c("Hi! So we just bought a house in Kettering, it's got the original 1974 kitchen, like, avocado green everything, and we want to redo it, but honestly we have no idea where to start or what it costs. Is that a dumb question?", None)
PAIRS.append(gpair(
    "b59g_dayton_avocado_kitchen", "kitchen fitters (Dayton, Ohio)", "social_proof_or_deadline_pressure",
    "A young family with a cramped 1970s galley kitchen wants to know where to start; they can't begin until spring and may want a wall removed.",
    [o,
     t("Not dumb at all, most people start exactly there. Before numbers, what bothers you most about the kitchen, apart from the green? How do you use it?"),
     c("Oh gosh. I cook a lot, my husband bakes bread on weekends, and there's like no counter space, it's a galley, and the fridge door hits the stove. And we've got two little kids so we kind of live in there.", None),
     t("So: not enough counter, a fridge that clashes with the stove, and it's the family's main room. Are you thinking of keeping the layout, or taking out a wall if that's possible?"),
     c("We'd love to open the wall to the dining room, but my dad says that's a structural nightmare and will cost a fortune.", None),
     t("He might be right, it depends whether the wall is load-bearing, and that alone can swing the cost by ten thousand or more. So a visit is the honest first step; I'd rather not guess. Do you have a rough budget in mind, so I can tell you what's realistic?"),
     c("Around twenty-five? But we wouldn't start till spring anyway. Is that a problem?", None),
     t("Spring is fine, it gives time to plan. Twenty-five is realistic for a new layout in the same footprint with more counter; opening the wall would likely push past it. I can come next week, measure, check the wall, and give you two quotes, same layout or open wall. Free, no obligation."),
     c("That would be amazing. Tuesday evenings are best, after the kids are down.", None)],
    [o,
     t("Great question! Tell me about your dream kitchen experience."),
     c("Honestly, just more counter space. And the fridge door hits the stove. We'd love to open the wall but my dad says it'll cost a fortune.", None),
     t("I totally hear you. You know, we've done nine kitchens in Kettering this year alone, three on your street. The Hendersons at 412 opened the wall and they love it. Everyone in that neighborhood is opening up."),
     c("Oh, okay. Um, we can't really afford to start anything till spring, we're waiting on some money.", "no_money"),
     t("Totally understand. The thing is, our spring calendar is almost full, I've got two slots left, and the 20% off cabinetry promo ends on the 30th. If you put a 2,000 deposit down today, I can lock in both."),
     c("Today? I'd need to talk to my husband, we don't even know if the wall can come out.", "think_it_over"),
     t("Of course. Just so you know, the couple before you said the same and lost their slot. Most of our customers decide on the first visit. Shall I text your husband the deposit link?"),
     c("No, please don't. We'll get a couple of other quotes first.", "think_it_over")]))

# 24 keyword_stuffed - IT recycling, Kisumu
o = c("Hi, I have a cyber cafe near Kisumu bus park, I'm upgrading, so twenty old computers, Core 2 Duo types, and eight CRT monitors also. Do you buy them or I pay you?", None)
PAIRS.append(gpair(
    "b59g_kisumu_cybercafe_pcs", "IT recycling (Kisumu, Kenya)", "keyword_stuffed",
    "A cyber-cafe owner hopes to sell twenty old PCs and eight CRT monitors and has not thought about customer data on the disks.",
    [o,
     t("Fair question, and it depends what's in them. Honestly, Core 2 Duos have very little resale value now, and CRTs cost us money to handle because of the leaded glass. Are the machines working, and do you know the RAM and disk sizes?"),
     c("All working, 2 GB RAM, 160 GB disks. Slow but working. I was hoping to get something, maybe 2,000 each.", None),
     t("I understand, you paid good money for them once. For working units we can pay about 500 shillings each, mostly for parts, and we charge 300 each to recycle CRTs safely. So twenty PCs and eight CRTs comes to about 7,600 back to you. I know that's less than you hoped."),
     c("Aiee. That is very little. A guy at the jua kali market said he would give 1,500 each.", "too_expensive"),
     t("He may well. If you sell to him, check two things: what he does with the CRTs, because dumped ones leak lead, and wipe the disks first. Your customers' emails and M-Pesa details could be on them. We wipe and give a certificate, that's the part you pay us for."),
     c("Mmm. The customers' data, I didn't think about that. Can you wipe only, and I sell to him?", None),
     t("Yes, wiping is 200 a disk. Or we take only the CRTs and you sell him the PCs after we wipe. Whatever mix works for you."),
     c("Let me see what he offers for the CRTs first and I'll call you Friday.", "think_it_over")],
    [o,
     t("Hello, and thank you for choosing us on your sustainability journey! I really want to understand your needs and how you're feeling about this transition."),
     c("I'm feeling fine. Do you buy them or not?", None),
     t("Absolutely, I hear you. Our relationship with our partners is built on trust and mutual success, and we're passionate about delivering a seamless recycling experience that meets your unique needs."),
     c("Okay... how much for twenty computers?", None),
     t("Great question! Value means different things to different people. What does success look like for you in this upgrade?"),
     c("Success is money in my pocket. A guy at the market said 1,500 each.", None),
     t("I really appreciate you sharing that, it helps me understand your experience. We offer a holistic solution that empowers our clients. Can I ask how satisfied you are with our conversation so far?"),
     c("Not satisfied. You have said nothing. Just send me an SMS with a price, I'll see.", "brush_off")]))

# 25 rude - bicycle shop, Arequipa
o = c("Hello... I'm sorry, I'm looking for a bicycle, for me. I have not ridden since school. Maybe this is a silly idea.", None)
PAIRS.append(gpair(
    "b59g_arequipa_first_bike", "bicycle shop (Arequipa, Peru)", "rude",
    "A nervous adult returning to cycling wants to commute uphill to a new workplace with a budget around 1,200 soles.",
    [o,
     t("It's not silly at all, lots of people come back to cycling. What made you think about it now?"),
     c("My work moved to Cayma, and the combi takes forty-five minutes in traffic. By bicycle maybe twenty? But the hill... and the cars. I am a bit scared.", None),
     t("That's a fair worry, and Cayma is uphill on the way there. So you'd want low gears that make the climb easy, and an upright position so you see and are seen. Is there a bike lane on your route, or mostly road?"),
     c("Part of it, the cycle lane on Ejercito. The rest is road.", None),
     t("Then a hybrid with a wide range of gears fits well. This one is 1,150 soles with lights and a lock. It isn't the cheapest, but the low gears matter for your hill."),
     c("It is a lot of money for something I maybe don't use. Maybe I should buy a used one first?", "too_expensive"),
     t("That's sensible. A used bike is fine if the gears are right; check it has a small front ring. Or we rent this model for 40 soles a week: you try the commute, and if you buy, the rent comes off the price."),
     c("Rent for one week... yes, I like this. Can I try it in the street now?", None)],
    [o,
     t("Well, you're here now. What's your budget?"),
     c("Maybe 1,200? My work moved to Cayma and the combi takes forty-five minutes. I'm a bit scared of the cars.", None),
     t("Everyone's scared of the cars, you just ride. Cayma's uphill, so don't even bother with anything under 1,500."),
     c("Oh. I can't spend 1,500, really.", "no_money"),
     t("Then I don't know what to tell you. There's a 700 one over there, heavy, good luck on the hill. You want to look at it or not?"),
     c("Maybe... could I rent one first, to see if I can even do it?", None),
     t("We're not a rental shop. Look, I've got a customer waiting, so come back when you've decided."),
     c("Okay. Sorry for your time.", None)]))

# 26 ignored_customer - event catering, Ibadan
o = c("Good evening ma. I'm planning my father's 70th birthday, Saturday in three weeks, Bodija. About two hundred guests, could be more, you know how our people are.", None)
PAIRS.append(gpair(
    "b59g_ibadan_seventieth_party", "event catering (Ibadan, Nigeria)", "ignored_customer",
    "A son planning his father's 70th fears the food running out, as it did at a cousin's wedding; budget about 1.2 million naira.",
    [o,
     t("Good evening, and congratulations to your father. 'Could be more', we'll plan for that. What's the one thing that would spoil the day for you, food-wise?"),
     c("Food finishing. At my cousin's wedding the caterer ran out by 4pm and people were going home angry. I don't want that kind of shame.", "bad_experience"),
     t("Then we plan for 250 and hold a reserve pot of rice and extra small chops that only comes out if needed; you pay for the reserve only if it's used. What menu were you thinking?"),
     c("Jollof, fried rice, ofada for the elders, moi moi, small chops at the start. Chapman. My budget is around 1.2 million.", None),
     t("That menu for 250 comes to about 1.35 million with servers. To fit 1.2 we could drop the ofada, or cut the small chops to one round. Which matters more to your father?"),
     c("Ofada, definitely, it's his favourite. Cut the small chops.", None),
     t("Ofada stays, one round of small chops. I'll send a written quote tomorrow with the reserve pot listed separately."),
     c("Thank you ma.", None)],
    [o,
     t("Good evening! What's your vision for the celebration?"),
     c("Mainly, I don't want the food to finish. At my cousin's wedding it finished by 4pm, people went home angry.", "bad_experience"),
     t("Lovely. We do a beautiful standard package for 200 guests: jollof, fried rice, chicken, moi moi. 1.1 million."),
     c("Two hundred exactly? I said it could be more. What if more people come?", None),
     t("What's your budget, roughly?"),
     c("1.2 million. But my question, if the food finishes?", None),
     t("Great, so we're within budget with the standard package for 200. Would you like to add the premium dessert table?"),
     c("You're not hearing me. I'll go to the woman who did my aunt's burial.", None)]))

# 27 repeated_questions - tree nursery, Sylhet
o = c("I manage a tea garden near Srimangal. We need shade tree saplings to replant a section after the storm. About two thousand. Do you have?", None)
PAIRS.append(gpair(
    "b59g_sylhet_shade_saplings", "plant nursery (Sylhet, Bangladesh)", "repeated_questions",
    "A busy tea-garden manager needs 2,000 shade saplings after a storm; some old trees had root rot in a wet low patch.",
    [o,
     t("We do. For tea shade, which species were you using, albizia or something else?"),
     c("Albizia mostly. Some of the old ones had root rot before the storm even, so they fell easily.", None),
     t("So around 2,000, and some old ones already had root rot. Was that in a low, wet part of the section, or all over?"),
     c("The low part near the drain, about four hundred trees there. Why?", None),
     t("Because albizia may rot again in wet ground; for those 400, a wet-tolerant shade tree would likely last better. Albizia saplings are 35 taka each at 18 inches."),
     c("35? The government nursery is 25.", "too_expensive"),
     t("It is. Their stock often runs out by June; ours is ready now, and we replace any that die within a month of planting. For the low part, shall I quote both options?"),
     c("Yes, both. Head office will decide about the species. I'll tell you by Sunday.", "think_it_over")],
    [o,
     t("Wonderful! So tell me, what are your needs today?"),
     c("Two thousand albizia saplings. Shade for tea.", None),
     t("Great. And what kind of trees are you looking for?"),
     c("Albizia. I just said.", None),
     t("Of course. And roughly how many would you need?"),
     c("Two thousand. Are you writing?", None),
     t("Yes, sorry. And just so I understand your needs: is this for shade, timber or fruit?"),
     c("For tea shade! Just give me a price, please.", None),
     t("Absolutely. And what quantity were you thinking of for the price?"),
     c("Forget it. I will go to the government nursery.", None)]))

# 28 wrong_paraphrase - accounting software, Johor Bahru
o = c("Hi, we are a small trading company in JB, we sell to Singapore customers mostly. Our current accounting software cannot handle SGD properly, every month I adjust the exchange rate manually. Looking for something better.", None)
PAIRS.append(gpair(
    "b59g_johorbahru_multicurrency", "accounting software (Johor Bahru, Malaysia)", "wrong_paraphrase",
    "A finance officer needs multi-currency invoicing and month-end revaluation; a previous software migration lost half the customer list.",
    [o,
     t("Adjusting rates by hand every month sounds painful. Roughly what share of your invoices are in SGD, and do you pay suppliers in SGD too?"),
     c("About seventy percent invoices in SGD. Suppliers mostly ringgit, a few in USD. We also have an SGD bank account in Singapore.", None),
     t("So three currencies, an SGD bank account, and most sales in SGD. Do you need it to revalue open invoices at month-end automatically, or is it mainly recording at the right rate?"),
     c("Both. My boss wants to see the real profit after exchange. Last time we switched software the data migration lost half our customer list, so I'm nervous.", "bad_experience"),
     t("That's a real risk; a migration that loses data is worse than no change. Our Standard plan does multi-currency and month-end revaluation, 180 ringgit a month. For the move, we import your customers and open invoices into a test copy first, you check it, and nothing replaces your old system until you've signed off."),
     c("180 okay, about what we pay now. How long for the test copy?", None),
     t("About a week after you send the export. Shall I send the export steps for your current software?"),
     c("Yes, send. But not this week, we are closing month-end. Next week I'll do it.", "no_time")],
    [o,
     t("Hi! Tell me more about your business needs."),
     c("Seventy percent of invoices in SGD, suppliers ringgit and some USD. I adjust the rates manually every month.", None),
     t("So what I'm hearing is that you're mainly looking for a payroll and HR solution to manage your Singapore staff, is that right?"),
     c("No, we don't have Singapore staff. It's the currency.", None),
     t("Got it, so currency is a pain point because you're planning to expand into USD markets and need a full ERP with inventory. Did I capture that correctly?"),
     c("No. I never said ERP. Last time we switched, the migration lost half our customer list. I don't want something big.", "bad_experience"),
     t("Absolutely. So just to recap: you want the Enterprise suite with payroll, inventory and the migration package, starting next month, around 650 ringgit. Sound right?"),
     c("Nothing is right. 650 is triple what we pay now. I'll look at other vendors.", "too_expensive")]))

# 29 pitch_to_upset - marine supplies, Townsville
o = c("Mate, my boat went down at the mooring in the storm last night. Just got it pulled up. The outboard's been underwater all night. I'm gutted, it was my old man's boat.", None)
PAIRS.append(gpair(
    "b59g_townsville_sunk_outboard", "marine supplies and workshop (Townsville, Queensland)", "pitch_to_upset",
    "A distressed owner whose late father's boat sank in a storm needs to know how to save the outboard and handle the insurance.",
    [o,
     t("Ah mate, I'm sorry, and it being your dad's makes it worse. The outboard might still be saved if we move quick. Was it salt water, and has anyone tried to start it?"),
     c("Salt, yeah, it's in the marina. No one's touched it. Should I try it?", None),
     t("Don't try to start it; if there's water in the cylinders you can bend a rod. It needs flushing with fresh water and an oil change today. Our workshop can take it this afternoon, about 250, and that stops the corrosion while you sort the insurance. Do you know if you're insured?"),
     c("Yeah, I think, through the marina. I don't even know what to claim. Half my gear was in the boat, rods, the esky, everything.", None),
     t("Photograph the boat and whatever you can find before you clean anything, and write down what's missing while you remember. I'll give you a workshop report on the motor today; insurers usually want one. Can you get it here by three?"),
     c("I'll get my brother to help. Three's fine. Thanks, really.", None)],
    [o,
     t("Oh no, I'm so sorry to hear that. I totally understand how you're feeling. Can I ask, how old was the outboard?"),
     c("Dunno, fifteen years? It was Dad's. It's been underwater all night.", None),
     t("Fifteen years, right. Honestly, this might be a blessing in disguise. We've got the new 60-horse four-strokes in this week, and there's a storm-recovery deal, 10% off with trade-in."),
     c("I'm not after a new motor. I want to know if I can save this one.", "no_need"),
     t("Totally valid. But repairing a 15-year-old motor after a dunking is throwing good money after bad. With the new one you get a five-year warranty and better fuel economy. What would it take to get you on the water this weekend?"),
     c("My boat's on the bottom of the marina, mate. I don't care about the weekend.", None),
     t("I hear you. And while you're replacing gear, we've got rod and esky bundles at 30% off for storm customers. Anything else I can add for you?"),
     c("Unbelievable. I'll take it to another workshop.", None)]))

# 30 blame - mobile network business plans, Cleveland
o = c("Yeah, I'm looking at my business bill and it's $840 more than usual. Something about roaming in Canada. My crew was in Windsor for two days on a job. Two days.", None)
PAIRS.append(gpair(
    "b59g_cleveland_roaming_bill", "mobile network business plans (Cleveland, Ohio)", "blame",
    "A landscaping-company owner faces an $840 roaming charge after three crew members worked two days in Canada; a sales rep had told him North America was covered.",
    [o,
     t("Eight hundred forty extra for two days is a shock, I'd be calling too. Let me pull it up. How many lines were in Canada, and did anyone get a text about roaming rates when they crossed?"),
     c("Three guys. I don't know about texts, they wouldn't tell me anyway. Nobody told me Canada wasn't included. When I signed up, the rep said North America was covered.", None),
     t("Your plan doesn't include Canada, it's on the next tier. If the rep told you it did, that matters, and I'm noting it. What I can do now is apply the day-pass rate backwards, 10 dollars a day a line: three lines, two days, 60 instead of 840. I'll credit 780 on this bill."),
     c("Okay. That's... a lot better. But I don't want to be moved onto some pricier plan to avoid this.", "no_need"),
     t("You don't need to be. I'll add the day pass as an automatic option on those lines; it only charges when someone actually uses their phone in Canada. No change to your monthly price."),
     c("Good. Can you email me the credit confirmation?", None),
     t("Sending it now with the reference number. The credit shows on next month's bill.")],
    [o,
     t("Thanks for reaching out! I want to understand your experience. Did your crew turn off roaming before they crossed the border?"),
     c("I have no idea. Why would they? I was told North America was covered.", None),
     t("Okay, so what I'm hearing is your team didn't manage their settings. Roaming charges are the account holder's responsibility; you should have checked your plan before sending them abroad."),
     c("I'm not a phone expert, I run a landscaping company. Your rep sold me this plan.", None),
     t("I understand. But we do send a welcome text when they cross. If they ignored it, that's really on them. Can I ask why you didn't add an international day pass?"),
     c("Because nobody told me it existed! Six years with you, and the last time something went wrong you blamed us too.", "bad_experience"),
     t("I hear your frustration. Going forward, you might want to upgrade to Business Unlimited Plus at 45 a line, so this doesn't happen again. Shall I set that up?"),
     c("No. I want the 840 taken off, or I'm porting all nine lines.", "no_need")]))
