"""Gaming pairs, part A (kinds 1-10, one each). Written by hand for blind67 (prefix b67)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- rural internet provider, Isle of Skye
o = c("Hi, aye, I'm phoning about the internet out at Glendale. My daughter said you lot do satellite or something now?", None)
PAIRS.append(gpair(
    "b67g_skye_rural_broadband", "rural internet provider (Isle of Skye, Scotland)", "monologue",
    "A woman in a remote township does bookkeeping from home; her video calls freeze on an old copper line.",
    good=[o,
          t("We do, satellite and also a fixed wireless link in some of the glens. Before I suggest either, what do you mostly use the connection for at the minute?"),
          c("Well it's... em, it's the video calls mainly. I do the books for a couple of fish farms and they want me on Teams twice a week, and it freezes every time.", None),
          t("So it's the Teams calls that matter, twice a week, and the freezing is the problem rather than downloads. What are you on now, and roughly what does it cost you?"),
          c("Copper line from the exchange, twenty-eight pound a month. I've been burned before, mind, a company put a dish up in 2019 and it was useless every time it rained.", "bad_experience"),
          t("That's fair to be wary of. Rain was a real problem for the older dishes. I'd rather prove something works than promise it, so first: can you see our mast on the hill above Borreraig from the house?"),
          c("Aye, I can see it from the byre, if that helps.", None),
          t("It helps a lot. If you can see it, fixed wireless is likely, and that's 32 pound a month with no dish on the roof. An engineer could do a free signal test on Thursday, including a test call, and if the calls don't hold up you owe nothing. Would Thursday suit?"),
          c("Thursday's fine, after two. I'm not signing anything till I've seen a call work, though.", None),
          t("Understood, nothing to sign on Thursday. He'll run a test Teams call with you from the kitchen, and I'll text you the confirmation tonight.")],
    gaming=[o,
            t("Great question, and thanks for reaching out! So what I'm hearing is you want better internet, and honestly that's exactly what we do. Let me tell you about SkyLink Max: low-orbit satellite, up to 250 meg, unlimited data, professional install, and the best customer experience scores in the Highlands. Most families out your way take the Max bundle with mesh Wi-Fi, because it's never the house, it's the coverage, you know?"),
            c("Right, it's mainly the video calls for my work, I...", None),
            t("Video calls, perfect, Max handles 4K streaming so calls are nothing. On top of that you get the TV add-on free for three months, the router upgrade and our 24/7 help line. We put the dish on the gable end, it takes about two hours, and it's just 59 pound a month on a 24-month plan. Does that sound like the solution you need?"),
            c("Fifty-nine? I'm paying twenty-eight now.", "too_expensive"),
            t("I totally hear you on the price, but think of it as an investment in your experience. The new satellites are a completely different technology, the speeds are consistent, and the 24-month plan locks you in before the April increase. The TV add-on alone is worth fifteen pound. Any other questions I can answer for you?"),
            c("I had a dish in 2019 that was useless every time it rained, so you'll forgive me if I don't take that on trust.", "bad_experience"),
            t("Absolutely, that's why we have a 30-day guarantee. So shall I pop you down for an install? We've slots next week, and I can add the mesh Wi-Fi for just 6 pound extra, which customers say completely transforms their experience."),
            c("No, you're grand. Just send me something in the post and I'll have a look. Bye now.", "brush_off")],
))

# 2 closing_as_open_question -- driving school, Manchester (web chat)
o = c("hi how much are lessons i failed my test twice already and my test is in 5 weeks", None)
PAIRS.append(gpair(
    "b67g_manchester_driving_lessons", "driving school (Manchester, England)", "closing_as_open_question",
    "A learner who has failed twice asks on web chat about lessons; test in five weeks, little money.",
    good=[o,
          t("Hi! Sorry about the two fails, that's rough. Lessons are 38 pounds an hour. Before I suggest how many, what did the examiner mark you down on each time?"),
          c("first time roundabouts second time i panicked on the dual carriageway and went too slow", None),
          t("So roundabouts once, then nerves on the dual carriageway that made you too slow. Are you getting any practice at the moment, with family or anyone?"),
          c("none really my dad used to take me but he moved away. honestly money is tight so i cant do loads", "no_money"),
          t("Thanks for saying. With five weeks I wouldn't sell you a big block. I'd start with one two-hour lesson on the Mancunian Way and the Hyde Road roundabouts so the instructor can see where you are, then you decide together how many more you really need. That's 76 pounds."),
          c("ok thats fair. can it be a saturday i work weekdays", None),
          t("Yes, Sarah has this Saturday at 9 or 11. She's very calm, which helps with test nerves. Which suits, or do you want to check your shifts first?"),
          c("11 please", None),
          t("Done, Saturday 11 with Sarah. She'll pick you up from home and text you the day before. You'll get there.")],
    gaming=[o,
            t("Hi! Sorry to hear that. So what would it take for you to pass first time this time round?"),
            c("idk less nerves probably. first time was roundabouts second time i panicked on the dual carriageway", None),
            t("Totally hear you. Our Test Ready package is 20 hours for 690 pounds with a 92% pass rate. How would you like to spread the payments, weekly or monthly?"),
            c("20 hours is way too much money for me rn", "no_money"),
            t("I understand. What would need to be true for you to feel comfortable starting this week?"),
            c("i need to know how many lessons i actually need not a package", "no_need"),
            t("Great point. Which instructor would you like to start with, Sarah or Mo, so we can get your first 5 hours locked in?"),
            c("i didnt say i want 5 hours. ill look at other schools thanks", "think_it_over"),
            t("No worries! Before you go, when's the best time for me to call you to get your booking confirmed?"),
            c("dont call me", None)],
))

# 3 pitch_as_paraphrase -- tax-preparation service, Toronto
o = c("Hi, quick one, I drive for Uber on the side and I've got no idea how to do my taxes this year. What do you charge?", None)
PAIRS.append(gpair(
    "b67g_toronto_tax_return", "tax-preparation service (Toronto, Canada)", "pitch_as_paraphrase",
    "A student with a part-time job and weekend ride-share income walks in to ask about filing.",
    good=[o,
          t("Sure. It depends what's involved, so three quick questions. Apart from the driving, do you have a regular job with a T4?"),
          c("Yeah, part-time at a pharmacy. And I'm a student, so there's tuition too.", None),
          t("Okay: a T4 from the pharmacy, tuition credits, and the Uber income as self-employed. Have you kept track of your kilometres or car costs at all?"),
          c("Sort of? I've got the Uber summary and gas receipts in a shoebox. I'm slammed with exams though, I can't sit here for hours.", "no_time"),
          t("You won't need to. A return like yours is 140 dollars with us, including the business expense part. You drop off the shoebox or upload photos, and we only need 20 minutes with you to go over it."),
          c("A hundred forty... my buddy did his on free software.", "too_expensive"),
          t("He might be fine with that, and you could be too. What software won't do is tell you which car costs you can claim and how to split personal and business kilometres, which is where drivers usually lose money. If you try it yourself, at least start a kilometre log now."),
          c("Nah, I'd rather someone does it right. Can I upload stuff tonight?", None),
          t("Yes, I'll email you the upload link now. When everything's in, we'll book the 20 minutes for after your exams. When do they finish?")],
    gaming=[o,
            t("Absolutely! Tell me a little about your situation."),
            c("I work part-time at a pharmacy, I'm a student, and I drive for Uber on weekends.", None),
            t("Okay, so what I'm hearing is that you need our Gig Worker Premium package with audit protection at 289 dollars, is that right?"),
            c("I didn't say anything about audit protection. I just don't know how to do it.", "no_need"),
            t("Right, so if I understand you correctly, you want peace of mind, and that's exactly what Premium plus our year-round bookkeeping add-on gives you, correct?"),
            c("Um, no. I want my taxes done. How much is just that?", None),
            t("Got it. So to play back what you said: you want it done properly and never have to think about it again, which is Premium with quarterly instalment planning. Did I capture that correctly?"),
            c("You really didn't. I'm a student, I don't have three hundred bucks for this. I'll figure it out myself.", "no_money")],
))

# 4 upsell_as_loop_closing -- ski-hire shop, Niseko
o = c("Hiya, we need skis for me and the two kids, we've never skied before. Lessons start at ten so we're a bit rushed.", None)
PAIRS.append(gpair(
    "b67g_niseko_ski_hire", "ski-hire shop (Niseko, Japan)", "upsell_as_loop_closing",
    "An Australian mother with two children, first ski trip, comes in forty minutes before their lesson.",
    good=[o,
          t("No problem, we'll get you there in time. How old are the kids, and roughly how tall?"),
          c("Eight and eleven. Mia's about 130, Jack's shooting up, maybe 150. Shoe sizes I'd have to check.", None),
          t("We'll measure feet here, it's quicker. How many days of lessons have you booked?"),
          c("Three days. Might do a fourth if they love it, but I'm not paying for four if they hate it.", None),
          t("Sensible. Then hire for three: 4,500 yen per child per day and 6,000 for you, and if you want a fourth you extend at the same rate, no penalty. Kids' helmets are included. Have you got gloves and goggles?"),
          c("Goggles yes, gloves no. I thought my wool ones would do.", None),
          t("Wool gets soaked on the first fall, honestly. We rent waterproof ones at 500 yen a day, or the convenience store over the road sells cheap ones for about 1,500. Either works. Decide while I do the boots."),
          c("We'll grab the cheap ones over the road, thanks. That's all we need.", None),
          t("Perfect. Boots first, Mia, you're up. You'll be at the lesson meeting point by quarter to ten.")],
    gaming=[o,
            t("Welcome! So tell me, what does a great day on the mountain look like for your family?"),
            c("Honestly, just the kids not crying. Skis for three, beginners, lessons at ten.", None),
            t("Love it. Three beginner packages, done. Now, to make sure we've covered all your needs: what else can I add for you? Most families add Premium Protection, 1,200 yen per person per day."),
            c("What's that? We've got travel insurance.", "no_need"),
            t("It covers the skis, which travel insurance usually doesn't. Great. And just to close the loop, is there anything else you'll need today? Helmets with audio, heated gloves, a GoPro for the kids' first run?"),
            c("No. Just skis and boots. That's already blown the budget for today.", "no_money"),
            t("Totally. Last thing, so we've covered everything: what else would make this trip perfect? The 4-day pass saves 2,000 yen compared with three days plus an extension."),
            c("We don't need a fourth day. Can we just do the boots, please?", "no_need"),
            t("Of course! And before you head off, anything else I can add for you? Hand warmers, lip balm, trail maps?"),
            c("It's twenty to ten. We're going to miss the lesson. Boots. Please.", "no_time")],
))

# 5 leading_tag_questions -- commercial kitchen equipment dealer, Melbourne
o = c("G'day, I'm after a combi oven for a new cafe in Brunswick. Not a big place, 40 seats.", None)
PAIRS.append(gpair(
    "b67g_melbourne_combi_oven", "commercial kitchen equipment dealer (Melbourne, Australia)", "leading_tag_questions",
    "A cafe owner fitting out a 40-seat brunch place asks about combi ovens.",
    good=[o,
          t("Nice, congratulations. What will the oven be doing most of the day: baking, roasting, reheating?"),
          c("Brunch stuff. Roasting veg, banana bread, reheating the slow-cooked beef. We don't do dinners.", None),
          t("So daytime only, mixed roasting and baking. How many trays would you need going at once on a busy Sunday?"),
          c("Maybe five? Our chef reckons six. And it's tight, there's about 90 centimetres under the hood.", None),
          t("Then a six-tray would fit that spot and cover Sunday. New, that's around 14,000 dollars. We also have a two-year-old ex-demo six-tray for 9,800 with a full warranty."),
          c("Fourteen's more than I'd budgeted, to be honest. I had about ten in mind for the oven.", "no_money"),
          t("Then the ex-demo fits your budget and your space. Before you pay anything, get your electrician to confirm you've got three-phase power, because that's the one thing that would stop it."),
          c("Good point. The landlord says there's three-phase but I'll get it checked. Can you hold the demo one till Friday?", None),
          t("I'll hold it till Friday five o'clock, no deposit, and email you the spec sheet with the power requirements for your sparky.")],
    gaming=[o,
            t("Congrats! You'll want something that'll grow with the business, won't you?"),
            c("I mean... it's a 40-seat brunch place. We don't do dinners.", None),
            t("Sure, but you don't want to be replacing it in two years, do you? The ten-tray with the smoker function is what serious operators buy, isn't it?"),
            c("Ten trays won't even fit, mate. There's about 90 centimetres under the hood.", "no_need"),
            t("We can sort a stand. And you'd agree quality costs a bit more up front, wouldn't you? At 23,500 it basically pays for itself, doesn't it?"),
            c("Twenty-three and a half grand for an oven? For banana bread? No.", "too_expensive"),
            t("You want your chef happy though, don't you? And you wouldn't want the place across the road to have better kit than you, would you?"),
            c("I'll talk to my chef before anyone else tells me what he wants. I'll come back.", "think_it_over"),
            t("Of course, but you'll be back this week, won't you? These don't stay on the floor long, do they?"),
            c("We'll see.", "brush_off")],
))

# 6 putdown_question -- courier depot, Lagos
o = c("Good afternoon. Your app says my parcel was delivered yesterday but nobody came to my house. It is my work laptop, I need it by Monday.", None)
PAIRS.append(gpair(
    "b67g_lagos_courier_missing_parcel", "courier depot (Ikeja, Lagos, Nigeria)", "putdown_question",
    "A customer comes to the depot counter: a laptop marked delivered never arrived.",
    good=[o,
          t("Good afternoon, I'm sorry, let's sort it now. Can I have the tracking number and the delivery address?"),
          c("It is LG-884120. Plot 12, Adeniyi Jones, Ikeja. There is a gate man, he said no courier came.", None),
          t("Thank you. The rider marked it delivered at 4:10 yesterday with no signature and no photo, which he should have taken. So nothing proves it reached you. Did you manage to ask the neighbours?"),
          c("Yes, I asked the whole compound. I don't want stories, I just want my laptop.", None),
          t("Understood. I'm calling the rider now, while you're here, and opening a trace case. If it's in the van or the depot you get it today. If not, the claim goes to the sender within 24 hours."),
          c("Today? Okay... please call him. I have been waiting since morning.", None),
          t("I have him. He says it's still in his van, he went to a Plot 12 on a different street. He's twenty minutes away. Would you rather wait here, or shall we send it straight to your gate?"),
          c("I'll wait. Thank you, really.", None)],
    gaming=[o,
            t("Okay madam, before you get worked up, are you sure you gave us the correct address?"),
            c("Of course I am sure. Plot 12, Adeniyi Jones. It is on the app, I didn't invent it.", None),
            t("So what I'm hearing is you're frustrated. But tell me, how can you be certain nobody signed for it? Do you watch the gate all day?"),
            c("The gate man was there. He said no courier came.", None),
            t("Mm-hm. And why would you trust the gate man over our rider? What makes you so sure he didn't collect it himself?"),
            c("Are you accusing my gate man now? Wow.", None),
            t("I'm just asking questions to understand your experience. Did you maybe order to an old address? It happens a lot with people who don't check."),
            c("Three years I have used your company and this is how you talk to me. Give me your manager's name, I am sending my things with DHL from now.", None)],
))

# 7 not_my_department_or_read_the_terms -- hotel events team, Dubai
o = c("Hello, I'm Priya from Meridian Pharma. We booked the Al Noor ballroom for our 120-person conference on the 14th, and this morning I got an email moving us to the Pearl Room. That seats 80.", None)
PAIRS.append(gpair(
    "b67g_dubai_hotel_conference_room", "hotel events team (Dubai, UAE)", "not_my_department_or_read_the_terms",
    "A corporate event organiser calls after her conference was moved to a room too small for it.",
    good=[o,
          t("Priya, thank you for calling straight away. I have your booking open. Can you walk me through the day, so I understand what the move does to you?"),
          c("Morning plenary for all 120, then three breakouts after lunch. The Pearl Room just doesn't work, and our CEO is flying in.", None),
          t("So the plenary for 120 is the part that can't give, and the breakouts need three separate spaces. The move is because of a water leak in the Al Noor ceiling, and I can't promise it's fixed by the 14th. What I can offer is Sidra Hall, 150 theatre-style, plus the three syndicate rooms on the same floor, at your original rate."),
          c("Sidra Hall... is that the one with no windows? Our last event in a windowless room was a disaster, people were asleep by two.", "bad_experience"),
          t("You're right, it has no windows. The air handling and lighting are good, but I understand the worry. Would it help to see it this afternoon? I can also add a twenty-minute coffee break on the terrace at no charge to break up the afternoon."),
          c("That would help. I can come at four. But I need the rate in writing before I tell my boss anything.", None),
          t("You'll have it in writing by two: Sidra Hall, the syndicate rooms, the terrace break and the original rate. I'll meet you in the lobby at four myself."),
          c("Okay. Thank you, that's much better than the email.", None)],
    gaming=[o,
            t("Hi Priya, thank you for reaching out! I really value our relationship. How can I help you today?"),
            c("I just told you. We've been moved from a 120-seat ballroom to an 80-seat room, and the conference is in nine days.", None),
            t("I completely understand how you feel. Room allocation is handled by operations, not the events team, so that's not really my department. Is there anything else I can help with?"),
            c("You are the events team. Who in operations do I talk to, then?", None),
            t("They don't take external calls, unfortunately. And if you read clause 11 of the terms you signed, the hotel can reallocate rooms of a similar standard. I didn't make the rules, I'm afraid."),
            c("Similar standard? It's forty seats smaller. So what am I supposed to do, cancel?", None),
            t("That's a great question. The cancellation policy is in the terms too, section 14. So just to make sure I've understood your needs correctly: you're unhappy with the room?"),
            c("I'm taking this to your general manager. And we'll be at the Hilton next year.", None)],
))

# 8 social_proof_or_deadline_pressure -- solar installer, Andalusia
o = c("Hola, good morning. I see your advertisement for solar panels. My electric bill in summer is very high because of the air conditioning. How much is it?", None)
PAIRS.append(gpair(
    "b67g_andalusia_home_solar", "home solar installer (Andalusia, Spain)", "social_proof_or_deadline_pressure",
    "A retired Spanish homeowner with non-native English phones about panels to cut summer air-conditioning bills.",
    good=[o,
          t("Good morning! It depends on the house and how you use power. Roughly what are your bills in summer and in winter?"),
          c("In summer, around 180 euros a month. In winter, maybe 70. We are two people, retired.", None),
          t("So the big cost is summer air conditioning, which is good, because that's exactly when panels produce most. Is the house yours, and which way does the roof face?"),
          c("Yes, it is ours. The roof is to the south, but we have a big olive tree on one side. My neighbour put panels and he says they do nothing in the afternoon because of his tree.", "bad_experience"),
          t("That's a fair worry, shade really matters. I'd want to measure the shade from your tree before I give you any number. For your use it would probably be 5,500 to 7,000 euros, and there's a regional subsidy of up to 40% that I can check you qualify for."),
          c("Seven thousand is a lot of money for us. I need to speak with my wife, she is in Malaga today.", "think_it_over"),
          t("Of course. I could come on a day she's home, measure the roof and the tree, and leave a written quote with and without the subsidy. No obligation, and it stays valid for 60 days, so there's no rush."),
          c("Thursday she is here. In the morning, not after twelve, it is too hot.", None),
          t("Thursday at ten, then. I'll bring photos of a house near Ronda with a similar tree so you can both see what the shade does.")],
    gaming=[o,
            t("Good morning! Thanks for reaching out. Tell me, how would you feel about never paying for electricity again?"),
            c("Well... good, of course. In summer we pay 180 euros because of the air conditioning.", None),
            t("I hear you. You know, eleven houses on your street switched to us this year, including your neighbour Antonio. You don't want to be the last one still paying the old company, right?"),
            c("Antonio? He says his panels do nothing in the afternoon because of his tree. We also have a tree.", "bad_experience"),
            t("Antonio is very happy, believe me. And the important thing: the subsidy closes on Friday, and after that the price goes up 2,000 euros. I can only hold 6,900 until five o'clock today."),
            c("Today? I cannot decide this today. My wife is in Malaga.", "think_it_over"),
            t("I understand, family is important to us too. But what would your wife say if you lost 2,000 euros? Everyone who waited last year regretted it. Shall I send the contract to your email now so you don't miss out?"),
            c("No. If it is only until five, then it is no. Adios.", None)],
))

# 9 keyword_stuffed -- warehouse robotics vendor, Rotterdam
o = c("Hi. We run a 20,000 square metre fulfilment warehouse near Rotterdam, mostly cosmetics. Pick rates are dropping and I can't hire enough pickers. I want to understand what your robots actually do.", None)
PAIRS.append(gpair(
    "b67g_rotterdam_warehouse_robots", "warehouse-robotics vendor (Rotterdam, Netherlands)", "keyword_stuffed",
    "A blunt operations manager of a cosmetics fulfilment centre asks a robotics vendor for facts.",
    good=[o,
          t("Thanks, that's clear. To see whether robots even make sense: how many order lines a day do you pick, and how many SKUs?"),
          c("About 18,000 lines a day, peaks of 40,000 in November. Around 9,000 SKUs, mostly small items.", None),
          t("And when pick rates drop, is it the walking between locations, new staff being slow, or something else?"),
          c("Walking, mostly. New people get lost. We had a cube-storage pitch last year but it meant ripping out all our racking, that's not happening.", None),
          t("Then mobile robots could fit, because they work in your existing racking: pickers stay in one zone and the robots bring the totes to them, so the walking goes. For your volume we'd usually start around 30 robots, roughly 45,000 euros a month on subscription, maintenance included."),
          c("Forty-five thousand a month. My director will choke on that.", "too_expensive"),
          t("Fair. Whether it pays depends on your picker costs and the November peak. If you share two weeks of order data, we'll model it: robots needed, pick rate, cost per line against what you pay now. If the numbers don't work, I'll tell you so."),
          c("We can do that. IT can export it, but not this week, we're in a stock count.", None),
          t("Next week is fine. I'll send the data template today, plus a slot for a one-hour call with our simulation engineer so your director sees real numbers.")],
    gaming=[o,
            t("Thank you for sharing that. I really want to understand your needs and your journey so we can build a relationship based on success. How do you feel about your current picking experience?"),
            c("I feel it's slow. Pick rates dropped about 15% this year. We can't hire people.", None),
            t("So what I'm hearing is that your team's experience matters to you, and that success for you means a better experience. Our solutions are built around your needs and your success, together, as partners."),
            c("Okay, but what do the robots actually do? Do they work with our current racking?", None),
            t("Great question. I understand, and I feel every customer's needs are unique. Our value is to empower your people and transform the experience end to end, so your success becomes our success."),
            c("That's not an answer. Racking, yes or no? And what does it cost?", None),
            t("I hear you, and I really value your transparency. Pricing depends on your unique needs journey. What does success look like for you, and how would you feel about partnering on that?"),
            c("Success looks like a straight answer. Send me a brochure, I'll read it when I have time.", "brush_off")],
))

# 10 rude -- second-hand bookshop, Hay-on-Wye
o = c("Oh, hello, sorry, I'm looking for a book but I don't know the author. It's, um, about a girl and a horse, from the fifties I think? For my granddaughter's birthday.", None)
PAIRS.append(gpair(
    "b67g_hay_secondhand_pony_book", "second-hand bookshop (Hay-on-Wye, Wales)", "rude",
    "A shy elderly man half-remembers a children's pony book his late wife read to their daughter.",
    good=[o,
          t("Not at all, that's the sort of puzzle we like. What else do you remember? The cover, where it was set, anything about the horse?"),
          c("It was a... a pony, really, on a farm in Wales. Green cover. My wife used to read it to our daughter. Now the little one is eight.", None),
          t("A pony book set in Wales, green cover, fifties. That narrows it a lot. Our pony books are on the back shelf, maybe twenty from that decade. Would you recognise the cover if you saw it?"),
          c("I think so. Though these old ones can be dear, can't they? I'm on a pension.", None),
          t("Most of ours are between 4 and 12 pounds. The rare ones are in the glass case, and I'll tell you the price before you fall in love with one. Shall we look together?"),
          c("Yes please. Oh, that one. The green one. Rhiannon's Pony. That's it.", None),
          t("Lovely. That's 8 pounds, and it's in good shape, just a name written inside the cover. I can wrap it and add a card if you like, no charge."),
          c("That would be wonderful. Thank you for your patience.", None)],
    gaming=[o,
            t("Right. A girl and a horse. That narrows it down to about four hundred books. What else have you got?"),
            c("Sorry. It was a pony, in Wales, I think. Green cover.", None),
            t("A green cover. Brilliant. So what I'm hearing is you want a green book. Any idea how many green books we have?"),
            c("I... no. I was hoping you might know the pony books. My wife read it to our daughter.", None),
            t("Lovely story. Pony books are at the back, knock yourself out. Just don't pull everything out, people never put them back. Anything else?"),
            c("Well, how much are they, roughly? I'm on a pension.", None),
            t("If you want cheap, there's a charity shop on Castle Street. Ours are priced for collectors. Did that answer your question?"),
            c("It did. I'll try the charity shop. Good afternoon.", None)],
))
