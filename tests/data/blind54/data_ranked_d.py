"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better.
Hand-written for blind54 (b54)."""
from common import t, c, rpair

PAIRS = [
    rpair(
        "b54r_d01_munich_careshifts",
        "Shift-planning software (Munich, Germany): the operations head of four care homes has been told to look at software. "
        "Better finds the real trigger (a rest-time breach flagged by the inspection, a failed app before) and offers a low-risk pilot; "
        "worse demos features and quotes a price.",
        better=[
            c("We run four care homes around Munich. Shift planning is Excel and WhatsApp. I've been told to look at software.", None),
            t("Happy to help. Why now? Is something going wrong with the Excel way, or does someone upstairs simply want it modernised?"),
            c("Both. Last month the inspection flagged that two nurses worked eleven days in a row. Nobody noticed, it was spread over two sheets.", None),
            t("So the real risk is the rest-time rules, not the planning itself. And sick calls, who covers them now, and how?"),
            c("Ward leads, on WhatsApp, at six in the morning. They hate it. And we tried a system two years ago, the staff refused the app, too complicated.", "bad_experience"),
            t("Then don't start with all four homes. Take one, load your real March rota, and the system flags every rest-time breach before the rota goes out. The staff app is only for swaps; if the ward leads don't like it after six weeks, you stop, and the pilot costs nothing."),
            c("Six weeks, one home, our own rota. That I can sell to the board.", None),
        ],
        worse=[
            c("We run four care homes around Munich. Shift planning is Excel and WhatsApp. I've been told to look at software.", None),
            t("Great, that's exactly what we do: rotas, sick calls, time tracking, payroll export and a staff app. Shall I show you a quick demo?"),
            c("Go ahead.", None),
            t("So you build the rota here, staff see it in the app, and swaps go through approval. It's 4 euros per employee per month. How many staff across the four homes?"),
            c("About 260. That's over a thousand a month. Hm.", "too_expensive"),
            t("It's roughly one overtime shift a week, and it checks working-time rules automatically. There's a 30-day free trial for the whole organisation."),
            c("Okay, send me the trial details, I'll discuss it with the board.", "think_it_over"),
        ],
    ),
    rpair(
        "b54r_d02_maastricht_hearing",
        "Hearing-aid shop (Maastricht, Netherlands): a 74-year-old sent by her daughter doubts she needs anything. "
        "Better meets her where she is, asks where she notices it and turns her friend's drawer story into a free four-week trial; "
        "worse goes straight to the test and answers the doubt with technology and reimbursement.",
        better=[
            c("Good morning. My daughter says I don't hear well anymore. I think she mumbles. But she made me come.", None),
            t("Good morning. Well, you're here now, so let's find out who's right. Where do you notice it yourself, if anywhere?"),
            c("Hmm. At family dinners, maybe. Everyone talks at once. And the new priest is quieter than the old one.", None),
            t("Noisy tables and voices at a distance are typical first signs, but they can also just be a noisy room. Shall we do the test? Twenty minutes, free, and you see the result on the screen with me."),
            c("Fine. But I'm not buying those things. My friend Annie has them in a drawer. They whistle.", "bad_experience"),
            t("A lot of people end up with them in a drawer, usually because they were set too loud too fast. Today is only the test. If it shows a loss, you take a pair home for four weeks, free; if they whistle or live in the drawer, you bring them back."),
            c("Four weeks and I can give them back. Alright, let's do the test.", None),
        ],
        worse=[
            c("Good morning. My daughter says I don't hear well anymore. I think she mumbles. But she made me come.", None),
            t("Good morning. Let's do a quick hearing test and we'll know for sure. It's free and takes twenty minutes."),
            c("Fine. But I'm not buying those things. My friend Annie has them in a drawer. They whistle.", "bad_experience"),
            t("Modern ones hardly whistle any more, they have feedback cancelling. And the basic model is fully covered by your health insurance."),
            c("Covered, hm. Well, we'll see what the test says.", None),
            t("Right, this way please. Afterwards I'll show you the two models that would suit you."),
            c("If you must.", None),
        ],
    ),
    rpair(
        "b54r_d03_poznan_forklifts",
        "Forklift leasing (Poznań, Poland): a busy warehouse owner wants a quick quote for two electric forklifts. "
        "Better asks three fast questions, spots that a counterbalance truck can't work his narrow high racks and quotes a reach truck; "
        "worse quotes two standard trucks from the capacity alone.",
        better=[
            c("Yeah, hello, I need a quote for two forklifts. Electric. Leasing, three years. Can you send something today?", None),
            t("Yes, today. Three quick questions so it's right: heaviest pallet, height of the top rack, and how many shifts?"),
            c("Max 1.2 tonnes. Top beam 6.5 metres. Two shifts, sometimes Saturday. I'm between meetings, so quick, please.", "no_time"),
            t("Last one: how wide are the aisles?"),
            c("Two point eight, maybe three metres.", None),
            t("Then a normal counterbalance truck can't turn in 2.8 metres at 6.5 high. You'd want one reach truck for the racks and one counterbalance for loading lorries, and with two shifts a spare battery or lithium. I'll quote both power options by four."),
            c("Reach truck, okay, nobody told me that. By four is fine.", None),
        ],
        worse=[
            c("Yeah, hello, I need a quote for two forklifts. Electric. Leasing, three years. Can you send something today?", None),
            t("Sure. What capacity do you need?"),
            c("Max 1.2 tonnes. I'm between meetings, so quick, please.", "no_time"),
            t("No problem. Two 1.6-tonne electric counterbalance trucks, 36-month lease, about 2,900 złoty a month each including service."),
            c("2,900 each? The other dealer said 2,400.", "too_expensive"),
            t("Theirs may be without service. Ours includes everything, with a breakdown response inside 24 hours. The quote will be with you in an hour."),
            c("Okay, send it.", None),
        ],
    ),
    rpair(
        "b54r_d04_antalya_hotellinen",
        "Hotel linen supplier (Antalya, Turkey): a resort's head of housekeeping says the sheets go grey and tear within a season. "
        "Better diagnoses the laundry process first, proposes a fabric suited to it and a free side-by-side test; "
        "worse recommends a pricier high-thread cotton without asking why the sheets fail.",
        better=[
            c("Merhaba. I'm head of housekeeping at a resort in Lara, 180 rooms. With our current supplier the sheets go grey and tear after one season. I want to see other options.", None),
            t("Merhaba. Before I show fabrics: do you wash in-house or with an outside laundry? Greying often starts in the wash, not on the loom."),
            c("Outside, an industrial laundry in Kepez. The owner is my manager's cousin, so changing them is not an option, just so you know.", None),
            t("Understood, then the sheets have to survive their process. Do you know the wash temperature, and whether they use chlorine?"),
            c("No idea, I can ask. Ours are cotton, 200 threads.", None),
            t("Chlorine at high heat eats pure cotton. A 50/50 cotton-polyester percale keeps colour and strength far better in industrial washes, and it's cheaper. I'll give you 40 sets free: mark them and compare them with yours after sixty washes."),
            c("That's a real test. But polyester in August, at forty degrees? Guests will say it's hot.", None),
            t("Cheap poly, yes. Ours is tightly woven and breathes; put ten of the sets in sea-view rooms and ask the guests before you buy anything."),
        ],
        worse=[
            c("Merhaba. I'm head of housekeeping at a resort in Lara, 180 rooms. With our current supplier the sheets go grey and tear after one season. I want to see other options.", None),
            t("Merhaba. For a resort like yours I'd recommend our 300-thread-count Egyptian cotton sateen. It's stronger and more luxurious than 200."),
            c("How much per set?", None),
            t("A king set is 38 euros, against maybe 25 you pay now, but it lasts much longer. I can send samples this week."),
            c("38 is a lot, with 180 rooms and three sets per bed. My manager will ask why.", "too_expensive"),
            t("Understood. I'll add a cost-per-night calculation, it looks better over two years. Samples and the calculation by Friday?"),
            c("Fine, Friday. I'll show him and we decide.", "think_it_over"),
        ],
    ),
    rpair(
        "b54r_d05_aswan_familytours",
        "Tour desk (Aswan, Egypt): a father with children of six and ten asks what to do in three days. "
        "Better asks about the kids, heat and early mornings, is honest about the 4 a.m. Abu Simbel run and builds a plan around them; "
        "worse sells the standard package and the doubt goes home with the customer.",
        better=[
            c("Hi, we're in Aswan for three days, my wife, me and two kids, six and ten. What trips would you recommend?", None),
            t("Welcome to Aswan! Before I recommend anything: what do the kids enjoy, and how are they with heat and early mornings?"),
            c("The ten-year-old loves Egypt, mummies, all that. The little one gets grumpy when it's hot. And we all hate early mornings, honestly.", None),
            t("Then be careful with Abu Simbel: the bus leaves at four and it's three hours each way. There's a 25-minute flight, but it's about 170 dollars per person return."),
            c("Hmm, 170 each, that's nearly 700 for us. Too much for one temple.", "too_expensive"),
            t("Fair. Then skip it this time: Philae by boat early on day two, twenty minutes from town, a sunset felucca tonight, and a Nubian village afternoon with camels and baby crocodiles for the little one. All three, 140 dollars for the family."),
            c("The little one would love crocodiles, and my son still gets his temple. Okay, book the felucca for tonight.", None),
        ],
        worse=[
            c("Hi, we're in Aswan for three days, my wife, me and two kids, six and ten. What trips would you recommend?", None),
            t("Welcome! Most families take our three-day package: Abu Simbel on day one, Philae and the High Dam on day two, felucca and Nubian village on day three. 260 dollars for the family."),
            c("Abu Simbel is the one with the very early start, right? The kids are six and ten.", None),
            t("Yes, pick-up at four, but the kids can sleep on the bus. It's really the highlight."),
            c("Hmm, I'm not sure the small one will cope. Let me talk to my wife.", "think_it_over"),
            t("Of course. The package also comes without Abu Simbel for 150. Just let me know tonight because of the bus booking."),
            c("Okay, I'll come back after dinner.", None),
        ],
    ),
    rpair(
        "b54r_d06_sonora_solarpump",
        "Solar water pumps (Hermosillo, northern Mexico): a rancher tired of diesel costs asks whether solar pumps really work. "
        "Better sizes the need (depth, herd, drinking water per day), points out the storage tank matters as much as the pump and wants to measure the well; "
        "worse quotes a standard kit before asking anything but the depth.",
        better=[
            c("Buenas. I have a well at my ranch near Ures, the diesel pump is eating me alive. Somebody told me solar pumps. They work for real?", None),
            t("Buenas. In Sonora there's plenty of sun, so they can. Whether one works for you depends on the well: how deep is it, and how much water do you need a day?"),
            c("Sixty metres, more or less. 120 head of cattle, maybe 50 litres each in summer. Diesel costs me like 9,000 pesos a month.", None),
            t("So about 6,000 litres a day from 60 metres, doable with a mid-size pump. Do the animals drink from a tank or straight from the pump?"),
            c("From a trough. There's an old tank, 10,000 litres, cracked.", None),
            t("Then the tank matters as much as the pump: the pump fills by day, the tank covers nights and cloudy days. Pump and panels about 95,000, plus fixing the tank, roughly ten months of diesel."),
            c("Ninety-five thousand at once is a lot, after the dry year we had.", "no_money"),
            t("The ganadera association has 18-month credit for this. But first I need to measure your well's flow, otherwise I'm guessing. Saturday morning?"),
        ],
        worse=[
            c("Buenas. I have a well at my ranch near Ures, the diesel pump is eating me alive. Somebody told me solar pumps. They work for real?", None),
            t("Buenas. Yes, they work very well here. Our 2 HP kit with eight panels pumps up to 15,000 litres a day. 110,000 pesos installed, and it pays for itself in about a year."),
            c("110,000? That's a lot at once, after the dry year we had.", "no_money"),
            t("We do payments over 18 months, and there's no fuel and hardly any maintenance. How deep is your well?"),
            c("Sixty metres, more or less.", None),
            t("That's fine for this kit. I'll send the quote and the finance form by WhatsApp."),
            c("Send it, I'll look when I can.", "brush_off"),
        ],
    ),
    rpair(
        "b54r_d07_concepcion_eveningstudy",
        "University admissions (Concepción, Chile): a shy 38-year-old asks about the evening accounting degree. "
        "Better learns she already does invoicing at work, offers recognition of prior learning and a trial class around her childcare; "
        "worse gives accurate facts, fees and the deadline, and leaves her alone with the doubts.",
        better=[
            c("Hello, um, I want to ask about the evening accounting program. I'm 38, I don't know if that's too old.", None),
            t("Hello. Not too old at all, the evening group averages about 35. Tell me a bit about you: do you work now, and what made you think of accounting?"),
            c("I work in a hardware store, I do the cash and the invoices, eight years already. I want a real title. But I have two kids and money is tight.", "no_money"),
            t("Eight years of invoicing counts: our recognition process can validate up to two first-year courses, which saves a semester of fees. And depending on income there's free tuition or a state loan. Would that help?"),
            c("Maybe. But three nights a week, with the kids... I don't know if I can.", "no_time"),
            t("That's the real question. Some students do two nights here and one online. Why not come to a class next Tuesday, see how it feels, and bring a few of your invoices so I can check what could be recognised?"),
            c("A trial class, okay. I'll ask my sister to take the kids on Tuesday.", None),
        ],
        worse=[
            c("Hello, um, I want to ask about the evening accounting program. I'm 38, I don't know if that's too old.", None),
            t("Hello! Not too old at all. It's four years, Monday, Wednesday and Thursday from seven to ten, 190,000 pesos a month, and you can apply for state funding."),
            c("190,000 a month. I have two kids, money is tight.", "no_money"),
            t("Many of our students get free tuition or a state loan; you can check eligibility online. Enrolment closes on the 15th of February."),
            c("Okay. Three nights is a lot with the kids. I need to think.", "think_it_over"),
            t("Of course. Here's the brochure with the link to apply, and call us with any questions."),
            c("Thank you.", None),
        ],
    ),
    rpair(
        "b54r_d08_tucuman_canedrones",
        "Crop-spraying drones (Tucumán, Argentina): a sugarcane grower who uses a plane asks why he'd change. "
        "Better asks where the plane causes trouble, finds the drift complaints near a school and proposes drones only there, conceding the plane is cheaper elsewhere; "
        "worse lists drone benefits for all 400 hectares and argues the price.",
        better=[
            c("Hola. The guys at the ingenio say you spray cane with drones now. I use a plane. Why would I change?", None),
            t("Hola. Maybe you shouldn't, not for all of it. How many hectares, and how is the plane working for you?"),
            c("Four hundred hectares. Plane's fine on the big blocks. The problem is the fields by the school in Monteros, drift complaints last year, even the municipality came.", None),
            t("That's where drones earn their money: they fly two metres over the cane, drift is far lower and you can spray to the edge. How many hectares are near the school or houses?"),
            c("Maybe sixty.", None),
            t("Then keep the plane for the big blocks, it's cheaper there, and let us do those sixty at 9,000 pesos a hectare. I'd do a first ten hectares with the municipality invited to watch."),
            c("Inviting the municipality is smart. But 9,000, the plane is like 6,000.", "too_expensive"),
            t("True: about 180,000 more a season on sixty hectares, against a fine or a ban near the school. And the ten-hectare test I'll do at plane price."),
        ],
        worse=[
            c("Hola. The guys at the ingenio say you spray cane with drones now. I use a plane. Why would I change?", None),
            t("Hola! Drones are more precise, there's less drift, no airstrip needed and they reach small fields. It's 9,000 pesos a hectare."),
            c("The plane is like 6,000. And I have 400 hectares.", "too_expensive"),
            t("It's more per hectare, but you save around 15 percent on product because the application is precise. Over 400 hectares it adds up."),
            c("Hmm. The plane works fine on my big blocks. The only trouble is near the school.", "no_need"),
            t("Then we could start with the fields near the school. I'll send a quote."),
            c("Just send it by email, I'll look when I have a moment.", "brush_off"),
        ],
    ),
    rpair(
        "b54r_d09_salzburg_skirental",
        "Ski rental (Salzburg region, Austria): a family on their first ski trip needs everything. "
        "Better asks about ski school and days, rents the kids for the week and the parents (one with a bad knee) for two days with an option to extend; "
        "worse sells the fixed six-day family package.",
        better=[
            c("Hiya! So it's our first ski trip ever, me, my husband and two kids, eight and twelve. We need everything, I think? Skis, boots, helmets?", None),
            t("Welcome! Yes, skis, boots, poles and helmets for all four. Have you booked ski school, and how many days are you planning to ski?"),
            c("Kids have ski school all six days. Me and hubby, we'll try. He's got a dodgy knee, to be honest.", None),
            t("Then the kids for six days, it's cheaper by the week. For you two I'd do two days first: love it and you extend at the same daily rate; if the knee says no, you've not paid for skis sitting in the hotel."),
            c("Oh, that's clever. My sister paid a whole week for her lot and they gave up on day two.", None),
            t("Happens a lot. Boots matter most, so let's measure the kids' feet first. Kids' six days are 95 each, adults' two days 58 each."),
            c("Bit steep all together, but fine. Kids first.", "too_expensive"),
        ],
        worse=[
            c("Hiya! So it's our first ski trip ever, me, my husband and two kids, eight and twelve. We need everything, I think? Skis, boots, helmets?", None),
            t("Welcome! Our family package is great value: skis, boots, poles and helmets for two adults and two kids, six days, 480 euros."),
            c("480! Blimey. And my husband's got a dodgy knee, he might only manage a day or two.", "too_expensive"),
            t("He can bring his skis back early, but the package price is fixed; it's still cheaper than renting separately. Shall we start with boots?"),
            c("Go on then. Kids first.", None),
            t("Great, shoes off, the little one first."),
            c("Right, come on, Ellie.", None),
        ],
    ),
    rpair(
        "b54r_d10_brussels_legaltranslation",
        "Translation agency (Brussels, Belgium): a law-firm paralegal needs a 40-page contract from Dutch into English by Monday. "
        "Better asks what the translation is for and which pages matter, drops the sworn stamp and the annexes already in English, and halves the cost; "
        "worse quotes the whole document per word with a rush fee.",
        better=[
            c("Hello, I need a contract translated from Dutch into English, about 40 pages, by Monday. How much?", None),
            t("Hello. Possible, yes. What's it for: a court or authority, where you'd need a sworn translation, or for someone to read?"),
            c("For the English lawyer on the other side of a dispute. Not for court. Just quick, please, this week is crazy.", None),
            t("Then no sworn stamp, which saves a day. Do all 40 pages need doing, or are there annexes, like general terms, the other side already has in English?"),
            c("Oh. The last 15 pages are their general terms, they're on their website in English.", None),
            t("Then it's 25 pages, about 9,000 words: a legal translator plus a second reviewer, 1,260 euros, delivered Monday at ten. Send the Word file rather than a scan and it stays at that."),
            c("That's a lot better than I feared. I'll send the Word file now.", None),
        ],
        worse=[
            c("Hello, I need a contract translated from Dutch into English, about 40 pages, by Monday. How much?", None),
            t("Hello. Legal Dutch to English is 0.14 euros a word, plus 10 percent for weekend work. Forty pages is about 14,000 words, so around 2,150, delivered Monday."),
            c("2,150? The agency on Avenue Louise did it for 1,600 last time.", "too_expensive"),
            t("We use legal specialists and a second reviewer, which cheaper agencies often skip. I can drop the rush fee if Tuesday works."),
            c("Tuesday doesn't work, the meeting is Monday afternoon.", "no_time"),
            t("Then Monday it is. Send me the file and I'll confirm."),
            c("Fine, sending it.", None),
        ],
    ),
]
