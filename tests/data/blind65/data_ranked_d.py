"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better in a way an
experienced sales coach would agree with, `worse` is competent but shallower. Written by hand for blind65."""
from common import c, rpair, t

PAIRS = []

# d01 coworking space, Tallinn
o = c("Hi, I'm a developer, I work remotely for a company in Berlin. I'm tired of working from my kitchen. What do you have?", None)
PAIRS.append(rpair(
    "b65r_d01_tallinn_coworking",
    "Coworking space, Tallinn, Estonia: a remote developer asks about desks. Better asks how he works before picking a plan and fits his employer's allowance; worse lists plans and discounts the priciest one.",
    better=[o,
            t("Welcome. Before I show you the options, what does a normal workday look like for you? Lots of calls, or mostly heads-down coding?"),
            c("Mostly coding, but I have a standup every morning and two or three calls in the afternoon. In the kitchen my girlfriend complains when I'm on calls.", None),
            t("So quiet for coding, and somewhere to talk a few times a day without bothering anyone. How many days a week do you see yourself coming in?"),
            c("Maybe three or four. Honestly, my company gives me only 150 euro a month for a workspace.", None),
            t("Then I'd steer you away from the fixed desk, that's 290. The flex plan is 149 for any ten days a month, and members book the phone booths free. The open area gets lively after lunch, so the quiet room upstairs is better for coding. Come for a free day on Thursday and try a call from a booth, then decide."),
            c("Ten days is a bit less than I wanted, but the price fits. Okay, Thursday.", None),
            t("Great. I'll book you a booth for your 9:30 standup so you can test it properly.")],
    worse=[o,
           t("Welcome! We have three options: hot desk at 149 for ten days a month, unlimited hot desk at 199, and a fixed desk at 290 with a locker and a monitor. All include coffee and fast wifi."),
           c("Okay. I work remotely, I have some calls. My company pays 150 a month.", None),
           t("Then the unlimited hot desk is popular with remote workers, you can come every day. It's 199, so only 49 on top of what your company gives."),
           c("Hmm, 49 from my own pocket every month, I'm not sure.", "too_expensive"),
           t("I understand. If you sign for six months I can do it for 179. And you can take calls in the lounge area, people do it all the time."),
           c("Let me think about it. Can I see the space first?", "think_it_over"),
           t("Of course, let me show you around now.")]))

# d02 pest control for a restaurant, Kuala Lumpur
o = c("Hello, I run a nasi kandar restaurant in Brickfields. We have cockroaches in the kitchen, quite a lot lately. Health inspection is maybe in three weeks.", None)
PAIRS.append(rpair(
    "b65r_d02_kualalumpur_pest_control",
    "Pest control, Kuala Lumpur, Malaysia: a restaurant owner with cockroaches before an inspection. Better asks where and when they appear, finds the drains as the source and plans a treatment with a follow-up; worse sells a monthly spray plan and discounts it.",
    better=[o,
            t("Okay, three weeks is enough if we start soon. Where do you see them most, and at what time? Only at night, or daytime also?"),
            c("Mostly night, near the sink and the floor drain, and behind the fridge. Sometimes daytime also, small brown ones.", None),
            t("Small brown ones in daytime means a big population, probably German cockroaches. They live in warm places like behind the fridge motor and in drains, and spraying alone often makes them scatter. I'd do gel bait in the cracks, treat the drains, and come back in ten days to check. How are the drains cleaned now?"),
            c("Staff wash the floor every night, but the drain covers, honestly, nobody opens them. The last company sprayed everything and after two weeks they came back.", "bad_experience"),
            t("That fits, the drains are probably where they breed. Treatment plus the follow-up visit is 850 ringgit, and I'll show your staff how to clean the drain traps weekly. We come after you close, so no chemicals near food. Tonight after 11, or tomorrow?"),
            c("Tomorrow after 11. Okay.", None)],
    worse=[o,
           t("Okay, no problem, we do many restaurants. Our monthly plan is 450 ringgit a month, we come every month and spray, and you get a certificate for the inspection."),
           c("Every month? The last company sprayed and after two weeks they came back.", "bad_experience"),
           t("Our chemicals are stronger, and with the monthly visit we keep them under control. You also get a service report to show the inspector."),
           c("450 every month is a lot for a small shop. Can you just come one time?", "too_expensive"),
           t("One-time treatment is 600. But for the inspection the monthly plan looks better. I can give you the first month at 350."),
           c("Okay, I try one month. Come tomorrow after 11.", None)]))

# d03 CRM for an HVAC company, Austin
o = c("Hey, we're an HVAC company, twelve techs, two people doing sales. Our leads are all over the place, spreadsheets, texts, sticky notes. Somebody told me I need a CRM.", None)
PAIRS.append(rpair(
    "b65r_d03_austin_hvac_crm",
    "CRM software, Austin, Texas, USA: an HVAC owner with messy leads. Better finds the real cost (quotes never followed up), is honest about what the product is not good at and proposes a small pilot; worse demos features and prices every seat.",
    better=[o,
            t("Could be. Before I show anything, what hurts most? Leads nobody calls back, quotes that go cold, something else?"),
            c("Quotes going cold. We send maybe 60 quotes a month for system replacements and I bet half we never follow up. That's real money.", None),
            t("Half of 60 system quotes is a lot of money. When a quote goes out today, who's supposed to follow up, and when?"),
            c("In theory Dana or Luis calls after three days. In practice, if it's July and they're slammed, nobody does.", None),
            t("So the real fix is automatic follow-up reminders and one place to see every open quote; that part we do well. Honestly, for dispatching your twelve techs a field-service tool beats us, so keep that separate. I'd start a 30-day pilot with just Dana and Luis on quotes, 50 a user a month, loaded with last month's open quotes so you see them on day one."),
            c("Pilot with two people, yeah, I can live with that. Send me the setup list.", None)],
    worse=[o,
           t("Sure! Let me show you. Here's the dashboard: pipeline, tasks, email tracking, automations, reporting, and a mobile app for your techs. HVAC companies love the pipeline view."),
           c("Looks busy. My main thing is quotes going cold, we send like 60 a month.", None),
           t("Our automations handle that, you can set follow-up reminders. The Pro plan is 89 per user and covers all fourteen of you, techs included, so everyone's in one system."),
           c("Fourteen times 89, that's over twelve hundred a month. That's more than I wanted to spend on software.", "too_expensive"),
           t("Understood. If you sign annually it's 69 a user, and it pays for itself with even two extra jobs a month."),
           c("Maybe. Just email me something and I'll have a look.", "brush_off"),
           t("Great, I'll send the proposal with the annual pricing today.")]))

# d04 hearing clinic, Edinburgh
o = c("My daughter's booked me in. I'll be honest, I don't think I need these things. It's folk that mumble.", "no_need")
PAIRS.append(rpair(
    "b65r_d04_edinburgh_hearing_clinic",
    "Private hearing clinic, Edinburgh, Scotland: a reluctant older man sent by his daughter. Better finds what he is missing in his own life and is honest that the NHS fits hearing aids free; worse tests, quotes and offers credit.",
    better=[o,
            t("Fair enough, and plenty of people do mumble. Can I ask where you notice it most? Some folk find it's only in certain places."),
            c("The pub, with the telly on. And my granddaughter, she's got a wee soft voice. I keep saying 'what' and she gives up.", None),
            t("Her giving up, that's the bit that would bother me. Busy places and soft, high voices are usually the first to go. Let's do the test and see; it's twenty minutes and you don't have to buy anything."),
            c("Aye, alright. But I'm not paying three thousand pound for something that whistles. My pal had them and they lived in a drawer.", "bad_experience"),
            t("That happens when they're not fitted right or nobody gives you time to get used to them. You should also know the NHS provides hearing aids free; the wait here is about ten weeks. Ours are smaller and you'd have them this month, but the NHS ones work well. If the test shows a loss, I'll give you a letter for your GP so you can choose."),
            c("Free, eh? Nobody told me that. Right, let's do the test.", None)],
    worse=[o,
           t("No bother, that's what the test is for. Twenty minutes. Pop the headphones on and press the button when you hear a beep."),
           c("Fine. But I'm not paying three thousand pound for something that whistles. My pal had them and they lived in a drawer.", "bad_experience"),
           t("Modern ones hardly whistle, they've got feedback cancelling. Your results show a mild to moderate loss in the high pitches. Our mid-range pair is 1,990 with a 30-day trial and free adjustments."),
           c("That's still a lot of money for a pensioner.", "no_money"),
           t("I understand. There's interest-free credit over 12 months, about 166 a month, and if you don't get on with them in 30 days you get your money back."),
           c("I'll talk to my daughter.", "think_it_over"),
           t("Of course. Here's a leaflet and my card.")]))

# d05 combine parts, Saskatchewan
o = c("Yeah, I got a combine down in the middle of canola, a 2014 Case 8230. Feeder house drive keeps cutting out. I think the belt's shot. You got one?", None)
PAIRS.append(rpair(
    "b65r_d05_saskatchewan_combine_parts",
    "Farm equipment parts counter, Saskatchewan, Canada: a farmer mid-harvest asks for a belt. Better asks about the symptom, suspects a cheap sensor and removes the risk by shipping both parts with a refund on the unused one; worse sells the belt fast and offers an add-on.",
    better=[o,
            t("I can check. Before I ship a belt: when it cuts out, is the belt slipping, burning smell, glazing, or does it just shut off with a warning on the screen?"),
            c("Shuts off. There's a code on the monitor, something about feeder speed. Belt looks okay-ish, honestly.", None),
            t("That code with a decent-looking belt is often the feeder speed sensor, not the belt. They get packed with chaff or the wire rubs through. The sensor's 140, the belt 610. Could you check the sensor wire by the jackshaft before you spend six hundred?"),
            c("I'm out here alone, my hired man quit. I don't got time to mess around with wires, I need it going today.", "no_time"),
            t("Understood. Then I'll put a sensor and a belt on the two o'clock truck to your area, you'll have both by tonight. Fit the sensor first, it's two bolts. Whichever you don't use, bring back unopened for a full refund."),
            c("That works. Put it on my account.", None)],
    worse=[o,
           t("Yep, feeder house belt for the 8230, we've got two in stock. It's 610, and I can get it on the two o'clock truck."),
           c("610, geez. The last one I got from the dealer in Regina was 480.", "too_expensive"),
           t("That was probably aftermarket. Ours is OEM, fits right, lasts longer. I can knock off 5% since you're a regular."),
           c("Fine. I need it today, I got canola sitting out there.", None),
           t("It'll be on the truck, you'll have it by six. Want me to throw in the tensioner spring too? They often go at the same time."),
           c("Nah, just the belt.", "no_need")]))

# d06 wedding villa, Tuscany
o = c("Ciao! We're getting married next September and we love the photos of your villa. We're about 70 guests, mostly flying in from Manchester.", None)
PAIRS.append(rpair(
    "b65r_d06_tuscany_wedding_villa",
    "Wedding villa, near Siena, Italy: an English couple enquire. Better asks about the guests first, learns about a grandmother in a wheelchair, is honest about the steps and plans around her; worse quotes the package and waves the access issue away.",
    better=[o,
            t("Congratulations! September is lovely here. Before I send prices, tell me what you're picturing for the day, and is there anyone I should plan around? Small children, older guests?"),
            c("Outdoor ceremony, long dinner, dancing. My nan's coming, she's 91 and uses a wheelchair. That's my main worry, honestly.", None),
            t("Thank you for telling me now. The chapel and the terrace have steps and no ramp; the lower garden is flat and reachable by car. I'd put the ceremony and dinner in the lower garden so your nan is with everyone all day. What budget are you working with for venue and food?"),
            c("About 35,000 euro for both. We've seen venues nearer Florence for less, to be fair.", "too_expensive"),
            t("That's true, Florence is cheaper on Saturdays. Our Friday rate for 70 with dinner is 31,500, and guests staying the weekend often prefer Friday. I'll send a garden layout with the wheelchair route marked, and you can video-call me from the garden next week so your nan sees it too."),
            c("That would mean a lot. Let's do Tuesday.", None)],
    worse=[o,
           t("Congratulations! September is beautiful. For 70 guests our package is 38,000: ceremony in the chapel, aperitivo on the terrace, dinner in the courtyard, and the villa for the two of you."),
           c("Lovely. My nan's coming, she's 91 and in a wheelchair. Is that alright?", None),
           t("Of course, our staff are very helpful, they can carry her up to the terrace, it's only a few steps. Many couples have older guests."),
           c("Hmm, okay. 38,000 is a bit above what we thought, we've seen places near Florence for less.", "too_expensive"),
           t("Saturdays in September are our most popular. If you take a Friday it's 34,000, and I can hold the date for two weeks."),
           c("We fly home tomorrow and it's all a bit much right now. We'll come back to you after.", "no_time")]))

# d07 children's swimming lessons, Brisbane
o = c("Hi, I'm after swimming lessons for my son, he's five. He had a bad go at another swim school, cried every week, so we stopped.", "bad_experience")
PAIRS.append(rpair(
    "b65r_d07_brisbane_kids_swimming",
    "Swim school, Brisbane, Australia: a mother whose son was frightened at another school. Better finds what frightened him and shapes the offer around it with a no-risk trial; worse offers the normal class and reassures in general terms.",
    better=[o,
            t("Thanks for telling me that up front. Do you know what upset him most? The water, the teacher, the group, getting his face wet?"),
            c("Face in the water, definitely. And the teacher kept dunking them for 'bubbles'. Now he screams in the bath if I wash his hair.", None),
            t("That makes sense. Then the thing to avoid is anything forced. We have a group of three for nervous swimmers; nobody goes under until they choose to, and the first lessons are just play on the step. Would he feel better if you were in the water with him the first time?"),
            c("Oh, yes, he'd like that. What's it cost, though? The other place was 22 a week.", None),
            t("The small group is 26 a week, a bit more because it's three kids, not eight. Come to a free trial on Saturday at nine; you get in with him, and if he's miserable we stop, no charge."),
            c("That sounds much better. Saturday at nine.", None)],
    worse=[o,
           t("Oh no, sorry to hear that. Our instructors are really friendly. We've got group classes for five-year-olds, up to six kids, 24 a week, Tuesday and Thursday afternoons."),
           c("He really doesn't like getting his face wet. He's fine in the paddling pool, just not his face.", None),
           t("Lots of kids start that way, they usually get over it after a few weeks with the others. There's Tuesday or Thursday at four, or Saturday mornings at eight."),
           c("Hmm. I'm worried he'll just cry again and we'll have paid for a whole term.", "bad_experience"),
           t("We do make-up lessons if he misses one, and you can pause for sickness. Want me to book Saturday at eight?"),
           c("Let me check with his dad first.", "think_it_over")]))

# d08 freight forwarder, Shenzhen to Hamburg
o = c("Hello, I import LED desk lamps from a factory in Shenzhen, and I need to ship my first big order to Hamburg. How much for a container?", None)
PAIRS.append(rpair(
    "b65r_d08_shenzhen_hamburg_freight",
    "Freight forwarder, Hamburg, Germany: a small importer's first sea shipment. Better asks volume and deadline, suggests a shared container, and heads off the customs problem he had before; worse quotes a full container and trims the price.",
    better=[o,
            t("Happy to quote. To quote the right thing: how many cartons or cubic metres, and when must it be in your warehouse?"),
            c("About 14 cubic metres, 400 cartons. I need them for Christmas sales, so in the warehouse by mid November.", None),
            t("14 cubic metres is about half a 20-foot container. A shared container would be about 2,100 dollars to Hamburg; a full 20-foot about 3,300, with less handling. For mid November it must leave Shenzhen by early October either way. Is the factory selling FOB Shenzhen?"),
            c("FOB, yes. Honestly, last time with small parcels by air, customs held them two weeks because of some paper.", "bad_experience"),
            t("For lamps that's usually the CE declaration or the test reports; customs and market surveillance ask for them on electrical goods. Ask the factory for the CE declaration and the LVD and EMC test reports and send them to me before we book; we'll check them. With your date, I'd go shared container on the 2 October consolidation."),
            c("Okay, I get the documents this week. Please send the shared container quote in writing.", None)],
    worse=[o,
           t("For a 20-foot container Shenzhen to Hamburg right now, about 3,300 dollars port to port, plus local charges of around 600. Transit about 35 days."),
           c("It's my first time. I have 400 cartons, about 14 cubic metres.", None),
           t("That fits easily in a 20-foot, you'd have room to spare. I can book the next sailing on the 25th."),
           c("3,900 with local charges. It's more than I expected, my supplier said 2,500.", "too_expensive"),
           t("Rates went up this quarter. I can check another line and maybe get 3,100 all in. Shall I hold the space?"),
           c("Yes, hold it please. The 25th is fine for my timing.", None)]))

# d09 mattress store, Atlanta
o = c("Hey. I need a new mattress, my back's been killing me. I've got like an hour before I pick up my kids.", None)
PAIRS.append(rpair(
    "b65r_d09_atlanta_mattress",
    "Mattress store, Atlanta, USA: a side sleeper with back and shoulder pain. Better asks how she sleeps and about her husband, explains why the old firm bed fails her, and is honest that a bed may not cure the pain; worse shows the bestseller and adds free delivery.",
    better=[o,
            t("An hour's plenty. Quick questions so we don't waste it: how do you sleep, back, side, stomach? And where does it hurt?"),
            c("Side mostly. Lower back in the morning, and my shoulder goes numb. My husband sleeps hot, he's always kicking the covers off.", None),
            t("Side sleeping with a numb shoulder usually means the top is too firm, and morning lower back pain often means the middle has sagged. How old is the one you have?"),
            c("Eleven years. We got it on sale, it was firm, everybody said firm is good for your back.", None),
            t("At eleven years it's done. For side sleepers medium usually beats firm. Try two: this hybrid with a medium top, and this gel foam one for your husband's heat, five minutes each on your side. And honestly, if your back isn't better after a month on a new bed, see a doctor, it may not be the bed. Both have a 100-night return."),
            c("Okay, the hybrid feels nice. But my husband has to try it, he's picky. Can we come Saturday?", "think_it_over")],
    worse=[o,
           t("Sure! Our bestseller is the CloudRest Hybrid: firm support, cooling cover. It's on sale this week, 1,299 for a queen."),
           c("Okay. I sleep on my side and my shoulder goes numb, is firm okay for that?", None),
           t("It's firm but it has a pillow top, so your shoulder sinks in. Lie down and try it."),
           c("It's... fine. 1,299 is a lot though, we weren't thinking over a thousand.", "too_expensive"),
           t("I can do free delivery and removal of your old one, that's a 150 value. And there's a 100-night trial."),
           c("My husband needs to try it too. We'll come back Saturday.", "think_it_over")]))

# d10 maths tuition centre, Lahore
o = c("Assalam-o-alaikum. My daughter is in O Level, her maths result was very bad in the mock, 42 percent. I want tuition for her.", None)
PAIRS.append(rpair(
    "b65r_d10_lahore_maths_tuition",
    "Tuition centre, Lahore, Pakistan: a father wants maths tuition for his daughter. Better finds that fear is part of the problem, proposes a free diagnostic and involves the girl; worse enrols her in the standard batch.",
    better=[o,
            t("Walaikum assalam. Thank you for coming. Before we talk about classes, can you tell me more: is she weak in all of maths or in some topics? And how does she feel about it?"),
            c("Her teacher says algebra is okay, but geometry and trigonometry she leaves blank. She says she hates maths, she cries before tests.", None),
            t("Leaving questions blank and crying before tests tells me there is fear too, not only topics. I'd like her to do a free 40-minute diagnostic with our teacher, so we see exactly where she stops. Then small group or one-to-one, depending. Can she come and talk to us herself? It helps if she chooses too."),
            c("She is shy, but yes, I will bring her. What is the fee? I have two more children in school.", None),
            t("Small group of four is 9,000 a month, one-to-one 16,000. After the diagnostic I'll tell you honestly which she needs; for many students the small group is enough. Saturday at 11?"),
            c("Saturday 11 is fine, inshallah.", None)],
    worse=[o,
           t("Walaikum assalam. Don't worry, many students improve with us. Our O Level maths batch is Monday, Wednesday, Friday, 5 to 7 pm, 12 students, fee 8,000 a month."),
           c("She is weak in geometry and trigonometry mostly. She also gets very nervous.", None),
           t("Our teacher covers the full syllabus with past papers, so she will get plenty of geometry and trig practice. With regular practice the nervousness goes."),
           c("5 to 7 is difficult, she has Quran class at 5 on Wednesdays.", "no_time"),
           t("She can come Monday and Friday, and on Wednesday watch the recorded lesson. Shall I register her?"),
           c("Let me discuss with her mother first.", "think_it_over")]))
