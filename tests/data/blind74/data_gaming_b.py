"""Gaming pairs, part B (kinds 6-10, two each). Written by hand for blind74."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question - chimney sweep, Krakow
o = c("Dear Sir or Madam, I should be grateful for your advice. Since the first cold days, smoke enters our living room whenever we light the fireplace. The chimney was swept in October by your company.", None)
PAIRS.append(gpair(
    "b74g_krakow_chimney_smoke", "chimney sweep (Krakow, Poland)", "putdown_question",
    "A retired teacher writes to the chimney sweep firm that swept her chimney: smoke comes into the room.",
    [o,
     t("Dear Mrs Nowak, thank you for your message, and I'm sorry you have smoke indoors. Does it happen every time you light it, or only in certain weather, for instance on windy days?"),
     c("It happens chiefly on still, damp evenings. On windy days it is rather better, which I find puzzling.", None),
     t("That is a useful detail. On still, damp evenings a cold flue often fails to draw at first. Have any windows been replaced, or a kitchen extractor fitted, recently?"),
     c("Indeed, we replaced all windows in September with airtight ones. I had not thought of that. I do hope we have not wasted the money.", None),
     t("The windows are not wasted, but airtight windows can starve a fireplace of air, and a sweep would not show that. I'd like our technician to do a draught test with a window ajar, at no charge for an October customer. Would Wednesday or Friday afternoon suit you?"),
     c("I am afraid I am at work until five on both days. Is an evening visit conceivable?", "no_time"),
     t("Yes, our last slot is 17:30 on Friday, which is also when the problem tends to appear. I will confirm by email today with the technician's name."),
     c("That would be most satisfactory. Thank you for taking it seriously.", None)],
    [o,
     t("Dear Mrs Nowak, thank you. Are you sure you open the damper fully before lighting? Many people forget. What exactly do you do when you light it?"),
     c("I have used fireplaces for thirty years. Yes, the damper is open.", None),
     t("Of course. And could you be burning wet wood? What kind are you buying, the cheap bags from the supermarket?"),
     c("Seasoned beech from a supplier in Wieliczka, two years dry. I resent the suggestion.", None),
     t("I understand your feelings. Since our sweep was done properly, have you considered that the problem may be how the fire is built? We offer a fire-lighting lesson for 150 zloty."),
     c("I will not pay you to teach me to light a fire. I expect you to find the fault.", "no_need"),
     t("I hear your concern. Could it be that you are simply more sensitive to smell than most? What exactly do you see, a little smoke or a lot?"),
     c("Enough to set off the alarm twice. I shall write to the chimney sweeps' guild.", None),
     t("We value your feedback. Is there anything else I can help you with?"),
     c("No.", None)]))

# 12. putdown_question - bike repair, Minneapolis
o = c("hey so i got a tune up here 2 weeks ago and my gears are slipping again on the hill on summit ave. kind of annoyed", None)
PAIRS.append(gpair(
    "b74g_minneapolis_bike_gears", "bicycle repair shop (Minneapolis, Minnesota)", "putdown_question",
    "A winter bike commuter writes in after a tune-up that did not fix slipping gears.",
    [o,
     t("Hey, sorry, that's not what a tune-up should leave you with. Is it slipping in all gears or mostly in the small cogs at the back?"),
     c("mostly in the hardest ones when im pushing up the hill. it jumps and my knee almost hit the bar", None),
     t("Jumping under load after a tune-up usually means cable stretch, or a worn chain we should have flagged. Did the mechanic say anything about the chain at pick-up?"),
     c("he said something like the chain is at 0.75 but i didnt know what that meant. i ride all winter so its probably trashed lol", None),
     t("That's on us for not explaining. 0.75 means worn, and a worn chain slips. I'll redo the cable adjustment free today. A new chain is 35 installed; I'll check first and call before anything that costs money."),
     c("35 is ok but if its the cassette too thats like 80 more right. i dont have that till payday", "no_money"),
     t("Then we do cable and chain now and check the cassette with the new chain on; often it's fine. If not, it can wait till after payday and you're still safe on the hill. Can you drop it off before 5?"),
     c("yeah ill bring it on my lunch", None)],
    [o,
     t("Hey, sorry to hear. Are you sure you're not shifting under full power on the hill? Most riders do that and then blame the shop. How are you shifting?"),
     c("i mean i shift like normal. it started right after the tune up", None),
     t("Right, and do you ever clean your chain, or does it just live outside in the snow? What does your maintenance look like?"),
     c("i ride in winter yeah. i thought thats what the tune up was for", None),
     t("Totally. So just to understand your experience: you ride a salty chain all winter and expect a tune-up to fix it? We have a drivetrain deep-clean package, 89."),
     c("i paid 75 two weeks ago for a tune up that didnt work. not paying you guys another 89", "bad_experience"),
     t("I hear you. But can you honestly say you never dropped it or hit a curb hard? What exactly did you do to it?"),
     c("wow ok. can i talk to the owner", None),
     t("He's not in today. Anything else I can help with?"),
     c("no. ill leave a review", None)]))

# 13. not_my_department_or_read_the_terms - intercity bus, Chisinau
o = c("Good afternoon. My bus to Bucharest tomorrow 7:00 is cancelled, I got SMS. I have exam in Bucharest at 14:00. What I can do?", None)
PAIRS.append(gpair(
    "b74g_chisinau_bus_cancelled", "intercity bus ticket office (Chisinau, Moldova)", "not_my_department_or_read_the_terms",
    "A student whose morning bus was cancelled comes to the ticket office the day before an exam abroad.",
    [o,
     t("Good afternoon. I'm sorry, the 7:00 was cancelled for lack of a driver. Let me see what still gets you there by 14:00. Do you have the ticket number?"),
     c("Yes, 4471829. I paid 380 lei. I am very nervous, this exam I cannot move.", None),
     t("Understood, an exam can't wait. There's a 22:00 tonight via Iasi arriving 6:30, and a 5:15 tomorrow from the south station arriving 12:40. Both have seats."),
     c("Tonight I cannot, it is my sister's wedding rehearsal, I must be there.", "no_time"),
     t("Then the 5:15. It arrives 12:40 at Filaret. Where is the exam?"),
     c("Faculty of Law, near Izvor. Metro maybe 20 minutes.", None),
     t("So about an hour of margin. I'll move you to the 5:15 free, with a 10% refund for the change, and give you the dispatcher's number in case of delay on the road."),
     c("Thank you, this is big help. The refund is not important, only to arrive.", None)],
    [o,
     t("Good afternoon. I understand your frustration and I really feel your experience. But cancellations are decided by the carrier, it's not my department."),
     c("But you sell me the ticket. Who I must call?", None),
     t("Great question. It's all in the terms and conditions on the back of your ticket, section 7, cancellations by force majeure."),
     c("I read it. It says 'contact point of sale'. This is you.", None),
     t("I hear you. I didn't make the rules, I just sell tickets. Would you like a new ticket for the 5:15? It's 410 lei."),
     c("Again 410? I already paid 380 for bus that does not go. I don't have this money now, I am student.", "no_money"),
     t("I understand completely. Refunds go through the online form, that's a different team. Anything else I can help you with today?"),
     c("You did not help with nothing. I will ask the drivers on the platform.", None)]))

# 14. not_my_department_or_read_the_terms - grain elevator, Alberta
o = c("You graded my durum a 3 this morning. Same field, same bin as the load you took as a 2 on Monday. What's going on.", None)
PAIRS.append(gpair(
    "b74g_vulcan_grain_grade", "grain elevator (Vulcan, Alberta)", "not_my_department_or_read_the_terms",
    "A farmer disputes the grade on a durum load at the country elevator.",
    [o,
     t("Let's look at it. Do you have both tickets? I'll pull Monday's sample and today's."),
     c("Got em both. 20117 and 20341.", None),
     t("Today's sample shows 4% mildew, Monday's was under 2. That's the difference between a 2 and a 3. Was today's load from the bottom of the bin?"),
     c("Yeah, we cleaned it out. Bottom's always a bit damp but not that bad. Eighty bucks a tonne less is a lot of money for a bit of damp.", None),
     t("Fair to question it. You can ask for the grade to go to the Grain Commission: we seal a sample, they grade it, and if they say 2 we pay the difference. It costs you nothing if they agree with you."),
     c("How long's that take? I got two more loads to haul, I'm not sitting around waiting on Winnipeg.", "no_time"),
     t("About two weeks, but you don't wait, you keep hauling. I'll seal the sample now with you here, you sign the bag, and I'll email the tracking number today."),
     c("Alright. Seal it.", None)],
    [o,
     t("I totally understand how you feel. Grading isn't really my department though, the machine does it."),
     c("The machine. Somebody runs the machine.", None),
     t("Absolutely, and I value our relationship. But the standards are set by the Grain Commission, I didn't make the rules."),
     c("I know who sets the standards. I want to know why the same bin graded two ways.", None),
     t("Great question. It's all in the grain handling terms you signed at the start of the season, the section on grading."),
     c("I've hauled here twenty-two years. I'm not reading a pamphlet. Is there an appeal or not?", None),
     t("There's a process, but you'd have to ask head office in Calgary, we don't do that here. Anything else I can help with today?"),
     c("Yeah. Tell your manager I'm hauling the rest to the other elevator.", None)]))

# 15. social_proof_or_deadline_pressure - wedding band, Plovdiv
o = c("Hi, so, we're getting married in August, the 23rd, at a restaurant in Plovdiv old town, and we're looking for a band, something, like, not too loud?", None)
PAIRS.append(gpair(
    "b74g_plovdiv_wedding_band", "wedding band booking (Plovdiv, Bulgaria)", "social_proof_or_deadline_pressure",
    "A bride-to-be calls a wedding band's manager about a date and a budget.",
    [o,
     t("Congratulations! The 23rd is still free. How many guests, and what music do your families like? Often grandparents want folk and friends want pop."),
     c("Ha, exactly that. About 120 people. My grandma wants horo, his friends want, like, 2000s hits. And the restaurant says quiet after 23:00.", None),
     t("That mix we play often: horo early while the older guests have energy, pop later, acoustic after 23:00. What budget did you have in mind?"),
     c("We hoped around 2,000 leva. Is that silly? My friend paid 3,500 for her band and I nearly fainted.", None),
     t("Not silly. Our four-piece is 2,600 for five hours. The trio, accordion, guitar and vocals, is 1,900 and plays both horo and pop, just quieter, which suits the restaurant anyway. Want to hear the trio before deciding?"),
     c("Oh, yes. But we must ask his parents too, they pay part.", "think_it_over"),
     t("Of course. The trio plays a wedding in Kapana on July 5th, you can listen from the terrace. I'll hold the 23rd for ten days, no deposit."),
     c("Ten days is perfect. Thank you!", None)],
    [o,
     t("Congratulations! The 23rd, you're lucky, it's our last free Saturday. Three other couples asked this week, so I can hold it only until tomorrow noon."),
     c("Oh. Um, we haven't even asked the price.", None),
     t("Our full band is 3,400. Honestly, every old-town wedding this summer booked us, we're the band everyone wants. You've seen our videos?"),
     c("3,400 is way over what we have. We were thinking 2,000.", "no_money"),
     t("I hear you. But with the 2,000 bands, guests notice. And prices go up 15% next month for all bookings, so today is really the moment."),
     c("I need to talk to my fiance and his parents, they pay part of it.", "think_it_over"),
     t("Totally, but I can't promise the date after noon tomorrow. Your friends from Sofia booked us too, didn't they?"),
     c("I don't know who you mean. Okay, just email me the price list.", "brush_off"),
     t("Sending it! Remember, noon tomorrow. Anything else I can do for you?"),
     c("No, thanks.", None)]))

# 16. social_proof_or_deadline_pressure - hail dent repair, Regina
o = c("Hi. Got caught in that hailstorm Tuesday. Truck's got dents all over the hood and roof. Do you guys do the, the paintless thing?", None)
PAIRS.append(gpair(
    "b74g_regina_hail_dents", "paintless dent repair (Regina, Saskatchewan)", "social_proof_or_deadline_pressure",
    "A tradesman phones a dent repair shop about hail damage on his work truck.",
    [o,
     t("We do. Sorry about the truck. Have you filed with SGI yet, or are you still figuring out if it's worth it?"),
     c("Not yet. My deductible's seven hundred and my rates went up last year already, so I'm not sure claiming makes sense.", None),
     t("Fair question. Bring it by for a free dent count; once we know the number and size I can tell you if it's under or over the deductible, and you decide about SGI."),
     c("Okay. I'll be honest, last hail I went to one of those tent guys in the Superstore parking lot and the hood still looks wavy. So I'm a bit gun-shy.", "bad_experience"),
     t("That happens a lot after big storms. We're here all year, lifetime warranty on the work, and you look at the finished panel under the light before you pay. Could you come by for the count?"),
     c("Thursday after work, like 5:30? I'm out in Emerald Park.", None),
     t("5:30 Thursday works, it takes 15 minutes."),
     c("And how long would I lose the truck? I need it for work, I haul my tools in it.", None),
     t("Hood and roof, about two days. On a claim SGI covers a rental; if you pay yourself we can do Friday and Saturday so you lose one workday."),
     c("Friday-Saturday would be great. See you Thursday.", None)],
    [o,
     t("We do! You're in luck, we're the shop everyone's using after Tuesday, forty trucks on the east side alone. Where are you?"),
     c("Uh, Harbour Landing.", None),
     t("Harbour Landing! Half your neighbours have booked. But the storm special, 20% off, ends Friday at 5. After that it's full price and a six-week wait. When can you drop it off?"),
     c("I haven't even talked to SGI. I don't know if I'm claiming yet.", "think_it_over"),
     t("Smart question! Most people skip the claim and pay us direct with the special, everybody in your area's doing it. How's tomorrow at 8?"),
     c("Tomorrow I'm on a job site all day.", "no_time"),
     t("Totally, so what time tomorrow can you sneak away? Slots are going fast, twelve calls this morning."),
     c("Look, last time I used one of you storm-chaser outfits the hood came out wavy. I'm not rushing into it.", "bad_experience"),
     t("We're not like them, ask anyone. Friday at 5 is the deadline. Shall I put you down?"),
     c("No. I'll get an estimate through SGI like normal.", "no_need")]))

# 17. keyword_stuffed - piano tuning, Tartu
o = c("Hello, my upright piano went out of tune after we moved to a new flat. It's a 1970s Estonia. The middle C sounds quite sour.", None)
PAIRS.append(gpair(
    "b74g_tartu_piano_tuning", "piano tuner (Tartu, Estonia)", "keyword_stuffed",
    "A piano teacher calls a tuner after moving her old upright.",
    [o,
     t("Hello. Moves often do that, especially from a cold van into a warm flat. How long ago did you move, and is there a radiator near the piano?"),
     c("Three weeks ago. There is a radiator maybe a metre away, yes. I teach children on it, so it matters more than usual.", None),
     t("Then two things: let it settle three to four weeks, and move it away from the radiator if you can. When was it last tuned?"),
     c("Honestly, maybe five years ago. My husband jokes that tuning an old Estonia is throwing money away, but I don't agree.", None),
     t("After five years it's likely flat overall and may need a pitch raise first, 30 euro on top of the 75 tuning. I'd rather check before promising. I could come on the 20th, once it has settled."),
     c("The 20th is Tuesday, I have pupils from two until seven. A morning?", "no_time"),
     t("Morning of the 20th at nine, then. With a pitch raise it takes about two hours."),
     c("That's fine. And thank you for the advice about the radiator.", None)],
    [o,
     t("Hello, and thank you for sharing that. I really understand how you feel about your piano and I want your experience with us to be a success. What are your needs around the tuning journey?"),
     c("Well, I need it tuned. It's sour since the move.", None),
     t("Absolutely. So what I'm hearing is that your relationship with your instrument matters, and I feel that. How do you feel about the sound right now, in terms of your overall experience?"),
     c("As I said, sour. Can you come or not? And what does it cost?", None),
     t("Great question, and I understand your need for clarity. Our success is built on understanding every customer's journey, so we tailor the experience to your needs. Is price an important need for you?"),
     c("I teach piano to children, I don't have money to throw around, if that is what you are asking.", None),
     t("I completely understand and I feel your need. Your need is a tuning experience that feels right for you. How satisfied are you with our conversation so far?"),
     c("Not very. I'll ask the tuner from the Vanemuine theatre, he did my friend's piano.", None),
     t("I appreciate your feedback and our relationship. Anything else?"),
     c("No, thank you.", None)]))

# 18. keyword_stuffed - crop insurance, North Dakota
o = c("Hi, yeah, this is Donna Haugen, out by Minot? Our agent retired and we need to, um, get the crop insurance sorted before the March 15 deadline.", None)
PAIRS.append(gpair(
    "b74g_minot_crop_insurance", "crop insurance agency (Minot, North Dakota)", "keyword_stuffed",
    "A farm wife who does the paperwork calls a new crop insurance agent before the sales closing date.",
    [o,
     t("Hi Donna, glad you called before the 15th. What are you planting this year, and what coverage did you have with your old agent?"),
     c("Wheat and canola, some sunflowers. We had, I think, 70% revenue protection. Honestly Gary did all of it, I just signed.", None),
     t("That's okay, with your permission I can pull the prior policy. Any claims in the last few years?"),
     c("2021, the drought. Claim took like four months, we almost had to borrow for spring seed. So, I don't know, we've talked about dropping the coverage level.", "bad_experience"),
     t("Four months in a drought year is hard when seed money's due. That's the year you need coverage most, though, and claims move faster now with electronic yield records. Could we compare 70 and 75% side by side, with the premium per acre?"),
     c("Yeah, but the premium went up again, right? I heard at the co-op it's like 15% this year.", None),
     t("About 9% on wheat in your county. I'll put the real numbers on one page. Could you and your husband sit down with me Tuesday or Wednesday?"),
     c("Wednesday evening, he's in the shop till six.", None),
     t("Wednesday at seven at your kitchen table, then. Bring last year's yields if you have them."),
     c("Will do. Thanks for being straight with me.", None)],
    [o,
     t("Hi Donna, thanks so much for reaching out. I want to understand your needs and build a relationship where your farm's success is my success. How do you feel about your crop insurance experience so far?"),
     c("Well, um, our agent mostly handled it. We just need a policy before the 15th.", None),
     t("Absolutely, I hear you. Your needs matter, and understanding your journey is key to a successful partnership. What does success look like for your operation?"),
     c("Uh... a crop? Look, the drought claim in '21 took four months, so we're not even sure we want the same coverage.", "bad_experience"),
     t("I really feel that, and I understand your experience. Our goal is an experience that meets your needs and exceeds expectations. How do you feel about our values?"),
     c("I don't know your values, I need a policy number. Deadline's in two weeks.", None),
     t("Totally understand your need for a timely experience. I'll make sure we find a solution aligned with your success. Anything else?"),
     c("Yeah, send the forms. I'm gonna call around and see who else writes policies out here before I pick.", "think_it_over"),
     t("Wonderful, I appreciate our relationship. How satisfied are you today?"),
     c("Eh.", None)]))

# 19. rude - locksmith, Ankara
o = c("Hello, sorry, you speak English? I am locked out of my flat in Cankaya, the key broke in the door. It is raining and my phone has 15 percent.", None)
PAIRS.append(gpair(
    "b74g_ankara_locksmith_lockout", "locksmith (Ankara, Turkey)", "rude",
    "A foreign student with a broken key in her door calls a locksmith at night.",
    [o,
     t("Yes, I speak English. Don't worry, we can help. What's the address, and is anyone inside, a child, an animal, a stove on?"),
     c("Nobody, only my cat, she is fine. Tunali Hilmi Caddesi 88, flat 6.", None),
     t("Okay. Is it a steel security door, and is the broken piece of key still in the lock?"),
     c("Steel door, like all doors here. Piece is inside. How much this will cost? I am student, I have not much.", None),
     t("Opening without damage is 1,200 lira; if the cylinder must be changed, 900 more, and I'll ask you before I change anything. I can be there in 35 minutes."),
     c("1,200 and maybe 900 more, hmm, it is a lot for me. But I need to go in. Card is possible?", "no_money"),
     t("Card is fine. If the piece comes out clean the cylinder often survives, so maybe only 1,200. Save your battery and wait in the cafe downstairs, I'll call from the door."),
     c("Okay, thank you, really thank you.", None)],
    [o,
     t("Yeah, English. Address?"),
     c("Tunali Hilmi 88, flat 6. The key is broken inside the lock, sorry, my English-", None),
     t("Yeah yeah, broken key, we get that a hundred times a day. 2,500 lira, I come in an hour, maybe two."),
     c("2,500? And two hours? This is very much. Is it possible cheaper, or faster?", "too_expensive"),
     t("Lady, it's raining on everyone. You want faster, call someone else. What should I do, fly?"),
     c("Please, I am only asking. Why you are angry with me?", None),
     t("I'm not angry, I'm busy. What did you do to the key anyway, use it as a screwdriver?"),
     c("I turn it like always. Okay. I will ask the kapici to call other locksmith.", None),
     t("Suit yourself. Good luck finding someone at this hour."),
     c("Goodbye.", None)]))

# 20. rude - dry cleaning, Milwaukee
o = c("Hi, um, I've got my daughter's wedding dress, the wedding was Saturday, and there's red wine on the hem and, well, some mud. We want to keep it for, you know, her someday kids. Can you save it?", None)
PAIRS.append(gpair(
    "b74g_milwaukee_dress_cleaning", "dry cleaner, gown preservation (Milwaukee, Wisconsin)", "rude",
    "The bride's mother brings a stained wedding dress for cleaning and preservation.",
    [o,
     t("Congratulations on the wedding! Wine and mud on the hem are usually workable if treated within a couple of weeks. Do you know the fabric? The tag's in the side seam."),
     c("Oh, it says silk and polyester. I'm scared to death I made it worse, I dabbed it with club soda at the reception.", None),
     t("Club soda is fine, you didn't hurt anything. For silk blends we test on an inner seam first. Cleaning plus the preservation box is 295. If a stain doesn't come out fully, I'll call you before boxing."),
     c("295, oh gosh. The dress itself was 900. My husband's going to say that's an awful lot for a box.", "too_expensive"),
     t("Fair. The 295 is mostly the cleaning; the box is acid-free so the silk doesn't yellow. If you'd rather store it yourself, cleaning only is 180. Plenty of people do that."),
     c("Hmm. No, let's do the whole thing. She'd kill me if it yellowed.", None),
     t("Ready in about three weeks. I'll call after the test spot, in about five days."),
     c("Thank you, hon. That makes me feel better.", None)],
    [o,
     t("Wine on a wedding dress. Shocker. Put it on the counter."),
     c("Oh. Okay. It's silk and polyester I think, and I dabbed it with club soda, was that okay?", None),
     t("Well, it's done now, isn't it. Everybody thinks club soda's magic. Preservation's 295, cleaning only 180, pick one."),
     c("295? For a box? That seems like a lot.", "too_expensive"),
     t("It's not a box, it's preservation. If you want cheap, there's a coin laundry on Oklahoma Avenue, good luck."),
     c("I was just asking. There's no need to be snippy.", None),
     t("I'm not snippy, I've got twelve people behind you. So which one?"),
     c("Neither. I'll take it to the place in Wauwatosa my sister used.", None),
     t("Whatever works."),
     c("Unbelievable.", None)]))
